import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    """Grouped-query attention: query head h uses key/value head h // (Hq // Hkv).

    q: float array (B, Hq, T, d); k, v: float arrays (B, Hkv, T, d), Hkv dividing Hq.
    causal: if True, query i attends only to keys j <= i.
    Returns a new float array (B, Hq, T, d). Raises ValueError if Hkv does not divide Hq.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    q = np.array([[[[0.0], [0.0]], [[np.log(3)], [np.log(3)]]]])
    k = np.array([[[[1.0], [0.0]]]])
    v = np.array([[[[4.0], [0.0]]]])
    print(grouped_query_attention(q, k, v)[..., 0])
    print(grouped_query_attention(q, k, v, causal=True)[..., 0])
