"""Discounted returns of a 30-step trajectory with an episode end after step 12, for gamma 0.9 and 0.5."""
import numpy as np

T = 30


def visual(solution):
    rewards = np.zeros(T)
    rewards[[9, 16, 26]] = 1.0  # goals reached at t = 9, 16 and 26
    rewards[21] = -0.5  # a penalty at t = 21
    dones = np.zeros(T, dtype=int)
    dones[12] = 1  # the first episode ends after step 12; the next starts at t = 13
    series = {"reward r_t": rewards}
    for gamma in (0.9, 0.5):
        g = np.asarray(solution.discounted_returns(rewards.copy(), gamma, dones=dones.copy()), dtype=float)
        if g.shape != (T,):
            raise ValueError(f"discounted_returns returned shape {g.shape} for {T} rewards")
        series[f"return G_t, gamma {gamma:g}"] = g
    return {
        "kind": "lines",
        "title": "Discounted returns over a trajectory with an episode end",
        "caption": "G_t sums the rewards still ahead, each step further away counting gamma times less: it ramps up before each reward, faster for small gamma. "
                   "After the episode ends at t = 12 nothing flows back across the boundary, so the returns just before it see only the first episode's rewards.",
        "x": np.arange(T),
        "xlabel": "time step t",
        "series": series,
    }
