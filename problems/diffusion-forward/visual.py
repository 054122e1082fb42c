"""The linear beta schedule's signal and noise scales over T = 1000 steps, and one noised signal at four steps."""
import numpy as np

T = 1000


def visual(solution):
    abar = np.asarray(solution.linear_beta_schedule(T), dtype=float)
    if abar.shape != (T,):
        raise ValueError(f"linear_beta_schedule({T}) returned shape {abar.shape}")
    signal = np.sin(np.linspace(0, 4 * np.pi, 64))
    noise = np.random.default_rng(0).standard_normal(64)
    steps = np.array([0, 100, 300, 999])
    noised = np.asarray(solution.q_sample(np.tile(signal, (4, 1)), steps, abar, np.tile(noise, (4, 1))), dtype=float)
    t = np.arange(T)
    return {
        "kind": "lines",
        "title": "How much of x0 survives at step t",
        "caption": "sqrt(abar_t) scales the clean signal and sqrt(1 - abar_t) the noise: by the last step almost nothing of x0 is left. "
                   "The last series is q_sample's value at the middle entry of a sine wave as t grows (steps 0, 100, 300, 999, joined).",
        "x": t,
        "xlabel": "step t",
        "series": {
            "sqrt(abar_t): signal scale": np.sqrt(abar),
            "sqrt(1 - abar_t): noise scale": np.sqrt(1 - abar),
            "x_t at one entry": np.interp(t, steps, noised[:, 16]),
        },
    }
