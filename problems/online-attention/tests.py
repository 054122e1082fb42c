import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import online_attention

TOL = dict(rtol=1e-6, atol=1e-9)


def reference(q, chunks):
    """All keys at once, with a Python log-sum-exp: the slow truth."""
    q = np.asarray(q, dtype=float)
    ks = [np.asarray(k, dtype=float) for k, _ in chunks if len(k)]
    vs = [np.asarray(v, dtype=float) for k, v in chunks if len(k)]
    K, V = np.concatenate(ks), np.concatenate(vs)
    scores = [float(K[j] @ q) / math.sqrt(len(q)) for j in range(len(K))]
    top = max(scores)
    w = [math.exp(s - top) for s in scores]
    total = math.fsum(w)
    return np.array([math.fsum(w[j] * V[j, c] for j in range(len(w))) / total for c in range(V.shape[1])])


class ReadOnce:
    """An iterable that yields copies of the chunks and refuses a second pass."""

    def __init__(self, chunks):
        self.chunks = [(np.array(k, dtype=float), np.array(v, dtype=float)) for k, v in chunks]
        self.used = False

    def __iter__(self):
        if self.used:
            raise AssertionError("kv_chunks was iterated a second time; it can be read only once")
        self.used = True
        for k, v in self.chunks:
            yield k.copy(), v.copy()


def reused_buffers(chunks):
    """A streaming reader: every chunk is written into the same two buffers, overwritten by the next."""
    d = chunks[0][0].shape[1]
    dv = chunks[0][1].shape[1]
    size = max(len(k) for k, _ in chunks)
    kbuf, vbuf = np.empty((size, d)), np.empty((size, dv))
    for k, v in chunks:
        n = len(k)
        kbuf[:n], vbuf[:n] = k, v
        yield kbuf[:n], vbuf[:n]
    kbuf[:] = np.nan
    vbuf[:] = np.nan


def run(q, chunks):
    got = online_attention(q.copy(), ReadOnce(chunks))
    dv = chunks[0][1].shape[1]
    return as_array(got, "online_attention(q, kv_chunks)", shape=(dv,))


def split(K, V, sizes):
    out, start = [], 0
    for n in sizes:
        out.append((K[start:start + n], V[start:start + n]))
        start += n
    assert start == len(K)
    return out


_rng = np.random.default_rng(0)
_K = _rng.normal(size=(40, 8)) * 2
_V = _rng.normal(size=(40, 3))
_Q = _rng.normal(size=8)
CHUNKINGS = {
    "one chunk of 40": [40],
    "40 chunks of 1": [1] * 40,
    "uneven chunks 3, 17, 1, 11, 8": [3, 17, 1, 11, 8],
}

EX = [(np.array([[0.0], [0.0]]), np.array([[4.0, 0.0], [0.0, 4.0]])), (np.array([[math.log(2)]]), np.array([[2.0, 2.0]]))]


def test_worked_example():
    """Scores [0, 0 | ln 2] with values [4, 0], [0, 4] | [2, 2] give [2, 2]"""
    assert_close(run(np.array([1.0]), EX), [2.0, 2.0], **TOL, name="online_attention")


@pytest.mark.parametrize("case", CHUNKINGS)
def test_matches_full_softmax(case):
    """Matches softmax(K q / sqrt(d)) V over all keys ({case})"""
    chunks = split(_K, _V, CHUNKINGS[case])
    assert_close(run(_Q, chunks), reference(_Q, chunks), **TOL, name="online_attention")


def test_scores_scaled_by_sqrt_d():
    """Scores are k . q / sqrt(d): d = 9, two keys with k . q = 3 and 0 get weights e / (e + 1) and 1 / (e + 1)"""
    q = np.zeros(9)
    q[0] = 1.0
    k = np.zeros((2, 9))
    k[0, 0] = 3.0
    v = np.array([[1.0], [0.0]])
    assert_close(run(q, [(k, v)]), [math.e / (math.e + 1)], **TOL, name="online_attention with d = 9")


def test_generator_input():
    """kv_chunks may be a generator, read exactly once"""
    chunks = split(_K, _V, [5, 20, 15])
    gen = ((k.copy(), v.copy()) for k, v in chunks)
    got = as_array(online_attention(_Q.copy(), gen), "online_attention(q, generator)", shape=(3,))
    assert_close(got, reference(_Q, chunks), **TOL, name="online_attention(q, generator)")


def test_reused_buffers():
    """Each chunk is used before the next is read: a reader refilling one buffer gives the right answer"""
    chunks = split(_K, _V, [10, 10, 7, 13])
    got = as_array(online_attention(_Q.copy(), reused_buffers(chunks)), "online_attention(q, chunks in a reused buffer)", shape=(3,))
    assert_finite(got, "online_attention(q, chunks in a reused buffer)")
    assert_close(got, reference(_Q, chunks), **TOL, name="online_attention(q, chunks in a reused buffer)")


def test_later_chunk_far_above():
    """Stable when a later chunk's scores (~ +1e4) are far above the earlier ones (~ -1e4)"""
    q = np.array([1.0, 0.0, 0.0, 0.0])
    rng = np.random.default_rng(1)
    chunks = [(np.column_stack([-2e4 + rng.normal(size=4), rng.normal(size=(4, 3))]), rng.normal(size=(4, 2))),
              (np.column_stack([2e4 + rng.normal(size=3) * 2, rng.normal(size=(3, 3))]), rng.normal(size=(3, 2)))]
    got = run(q, chunks)
    assert_finite(got, "online_attention")
    assert_close(got, reference(q, chunks), **TOL, name="online_attention")


def test_first_chunk_far_above():
    """Stable when the first chunk holds the largest scores (~ +1e4) and later ones are far below"""
    q = np.array([0.0, 2.0])
    rng = np.random.default_rng(2)
    chunks = [(np.column_stack([rng.normal(size=3), 7.07e3 + rng.normal(size=3)]), rng.normal(size=(3, 4))),
              (np.column_stack([rng.normal(size=5), -7.07e3 + rng.normal(size=5)]), rng.normal(size=(5, 4))),
              (np.column_stack([rng.normal(size=2), 7.07e3 - 1.0 + rng.normal(size=2)]), rng.normal(size=(2, 4)))]
    got = run(q, chunks)
    assert_finite(got, "online_attention")
    assert_close(got, reference(q, chunks), **TOL, name="online_attention")


def test_all_scores_very_negative():
    """Stable when every score is near -1e4"""
    q = np.array([-1.0])
    rng = np.random.default_rng(3)
    chunks = [(1e4 + rng.normal(size=(4, 1)), rng.normal(size=(4, 2))), (1e4 + rng.normal(size=(6, 1)), rng.normal(size=(6, 2)))]
    got = run(q, chunks)
    assert_finite(got, "online_attention")
    assert_close(got, reference(q, chunks), **TOL, name="online_attention")


def test_wide_spread_within_chunks():
    """Stable for scores from -1e4 to +1e4 inside each chunk, growing maxima chunk after chunk"""
    q = np.array([1.0])
    chunks = [(np.array([[-1e4], [0.0], [10.0]]), np.array([[1.0], [2.0], [3.0]])),
              (np.array([[5000.0], [-5000.0]]), np.array([[4.0], [5.0]])),
              (np.array([[1e4], [1e4 - 1.0], [-1e4]]), np.array([[6.0], [7.0], [8.0]]))]
    got = run(q, chunks)
    assert_finite(got, "online_attention")
    e = math.exp(-1.0)
    assert_close(got, [(6.0 + 7.0 * e) / (1 + e)], **TOL, name="online_attention")


def test_empty_chunks_allowed():
    """Empty chunks (0 keys) anywhere are skipped"""
    empty = (np.zeros((0, 8)), np.zeros((0, 3)))
    chunks = split(_K, _V, [12, 28])
    with_empty = [empty, chunks[0], empty, empty, chunks[1], empty]
    got = as_array(online_attention(_Q.copy(), ReadOnce(with_empty)), "online_attention", shape=(3,))
    assert_close(got, reference(_Q, chunks), **TOL, name="online_attention with empty chunks")


def test_single_key():
    """A single key gets weight 1: the output is its value"""
    assert_close(run(np.array([3.0, -1.0]), [(np.array([[5.0, 2.0]]), np.array([[0.25, -7.0, 1.5]]))]), [0.25, -7.0, 1.5], **TOL, name="online_attention")


def test_no_keys_raises():
    """No keys at all raises ValueError: no chunks, or only empty ones"""
    with pytest.raises(ValueError):
        online_attention(np.ones(4), iter([]))
    with pytest.raises(ValueError):
        online_attention(np.ones(4), iter([(np.zeros((0, 4)), np.zeros((0, 2))), (np.zeros((0, 4)), np.zeros((0, 2)))]))


def test_mismatched_chunk_raises():
    """A chunk whose k and v have different numbers of rows raises ValueError"""
    chunks = [(np.ones((3, 2)), np.ones((3, 5))), (np.ones((4, 2)), np.ones((2, 5)))]
    with pytest.raises(ValueError):
        online_attention(np.ones(2), iter(chunks))


def test_inputs_unchanged():
    """q and the chunks' arrays are left unchanged"""
    chunks = split(_K.copy(), _V.copy(), [7, 33])
    q = _Q.copy()
    online_attention(q, iter(chunks))
    assert np.array_equal(q, _Q), "online_attention changed the caller's q"
    assert np.array_equal(np.concatenate([k for k, _ in chunks]), _K), "online_attention changed a chunk's k"
    assert np.array_equal(np.concatenate([v for _, v in chunks]), _V), "online_attention changed a chunk's v"


def test_memory_does_not_grow_with_keys():
    """Memory does not grow with the number of keys: 100 chunks of 200 keys are not all kept, not even as copies"""
    import tracemalloc

    d, dv, n, count = 16, 8, 200, 100
    q = np.full(d, 0.1)

    def stream():
        rng = np.random.default_rng(11)
        for _ in range(count):
            yield rng.normal(size=(n, d)), rng.normal(size=(n, dv))

    chunk_bytes = n * (d + dv) * 8
    tracemalloc.start()
    try:
        online_attention(q, stream())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * chunk_bytes, (
        f"online_attention used {peak / 1e6:.1f} MB at its peak while streaming {count} chunks of "
        f"{chunk_bytes / 1e3:.0f} kB each ({count * chunk_bytes / 1e6:.1f} MB in all): the state kept "
        "must not grow with the number of keys"
    )
