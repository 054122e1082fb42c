import numpy as np


def attend_with_cache(q_t, k_t, v_t, cache_k, cache_v):
    """One decoding step of causal attention with a key/value cache.

    q_t, k_t, v_t: float arrays (..., 1, d), the newest position.
    cache_k, cache_v: float arrays (..., T, d) with T >= 0, the earlier positions.
    Returns (out, new_cache_k, new_cache_v): out (..., 1, d) is the attention of q_t over all
    T + 1 positions; the new caches (..., T + 1, d) are new arrays with k_t, v_t appended.
    Raises ValueError when the two caches hold different numbers of positions.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    out, ck, cv = attend_with_cache(np.array([[1.0, 0.0]]), np.array([[1.0, 1.0]]),
                                    np.array([[2.0, 4.0]]), np.zeros((0, 2)), np.zeros((0, 2)))
    print(out)
    print(ck, cv)
