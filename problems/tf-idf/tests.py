import math

import numpy as np
import pytest

from harness.testkit import as_array, assert_close, assert_finite
from solution import tf_idf

# Loose enough for float32 arithmetic inside, far tighter than any of the classic mistakes.
TOL = dict(rtol=1e-5, atol=1e-7)


def reference(counts):
    """Term by term and document by document, straight from the definitions."""
    counts = np.asarray(counts, dtype=float)
    n_docs, n_terms = counts.shape
    idf = []
    for j in range(n_terms):
        df = sum(1 for i in range(n_docs) if counts[i, j] > 0)
        idf.append(math.log((1 + n_docs) / (1 + df)) + 1)
    out = np.zeros((n_docs, n_terms))
    for i in range(n_docs):
        row = [counts[i, j] * idf[j] for j in range(n_terms)]
        norm = math.sqrt(sum(v * v for v in row))
        if norm > 0:
            out[i] = [v / norm for v in row]
    return out


def run(counts):
    got = tf_idf(counts.copy())
    return as_array(got, "tf_idf(counts)", shape=counts.shape)


_rng = np.random.default_rng(0)
_sparse = _rng.poisson(0.3, size=(12, 30))
_sparse[[2, 7]] = 0                               # two empty documents
CASES = {
    "5 docs x 8 terms, small counts": _rng.poisson(1.5, size=(5, 8)),
    "12 docs x 30 terms, sparse, two empty docs": _sparse,
    "one document, 4 terms": np.array([[2, 0, 1, 5]]),
    "6 docs x 4 terms, fractional counts": _rng.random((6, 4)) * 3 * (_rng.random((6, 4)) > 0.4),
}


def test_worked_example():
    """3 docs x 3 terms: [[1, 1, 0], [1, 0, 2], [1, 0, 0]]"""
    got = run(np.array([[1, 1, 0], [1, 0, 2], [1, 0, 0]]))
    expected = [[0.5085423203783267, 0.8610369956309303, 0.0], [0.2832169249871526, 0.0, 0.9590558766926298], [1.0, 0.0, 0.0]]
    assert_close(got, expected, **TOL, name="tf_idf([[1, 1, 0], [1, 0, 2], [1, 0, 0]])")


def test_empty_document_and_unused_term():
    """An empty document stays zero and a term in no document gives no nan: [[0, 0, 0], [2, 0, 1]]"""
    got = run(np.array([[0, 0, 0], [2, 0, 1]]))
    assert_finite(got, "tf_idf([[0, 0, 0], [2, 0, 1]])")
    assert_close(got, [[0.0, 0.0, 0.0], [2 / math.sqrt(5), 0.0, 1 / math.sqrt(5)]], **TOL, name="tf_idf([[0, 0, 0], [2, 0, 1]])")


@pytest.mark.parametrize("case", CASES)
def test_matches_definition(case):
    """Matches counts * idf with unit-L2 rows, computed term by term ({case})"""
    counts = CASES[case]
    got = run(counts)
    assert_finite(got, "tf_idf(counts)")
    assert_close(got, reference(counts), **TOL, name="tf_idf(counts)")


def test_row_norms():
    """Every nonempty document's row has L2 norm 1; empty documents are all zeros"""
    counts = CASES["12 docs x 30 terms, sparse, two empty docs"]
    got = run(counts)
    norms = np.sqrt((got ** 2).sum(axis=1))
    expected = np.where(counts.sum(axis=1) > 0, 1.0, 0.0)
    assert_close(norms, expected, **TOL, name="row norms of tf_idf(counts)")


def test_term_in_every_document_keeps_weight():
    """A term in every document has idf exactly 1, not 0: [[1, 1], [1, 0]]"""
    idf1 = math.log(3 / 2) + 1
    norm = math.sqrt(1 + idf1 ** 2)
    assert_close(run(np.array([[1, 1], [1, 0]])), [[1 / norm, idf1 / norm], [1.0, 0.0]], **TOL, name="tf_idf([[1, 1], [1, 0]])")


def test_df_counts_documents():
    """df counts documents, not occurrences: 5 occurrences of term 0 in one document give df = 1"""
    counts = np.array([[5, 5, 0], [0, 1, 0], [0, 2, 2]])
    # df = [1, 3, 1]: idf = [ln 2 + 1, 1, ln 2 + 1]
    hi = math.log(2) + 1
    r0 = np.array([hi, 1.0, 0.0])
    r2 = np.array([0.0, 1.0, hi])
    expected = [r0 / np.linalg.norm(r0), [0.0, 1.0, 0.0], r2 / np.linalg.norm(r2)]
    assert_close(run(counts), expected, **TOL, name="tf_idf([[5, 5, 0], [0, 1, 0], [0, 2, 2]])")


def test_repeated_terms_count():
    """Term frequency is the count, not presence: one document [3, 1] gives [3, 1] / sqrt(10)"""
    assert_close(run(np.array([[3, 1]])), [[3 / math.sqrt(10), 1 / math.sqrt(10)]], **TOL, name="tf_idf([[3, 1]])")


def test_single_term_documents():
    """A document that uses a single term gets weight exactly 1 on it"""
    counts = np.array([[3, 0, 0], [1, 0, 0], [0, 0, 4], [0, 0, 0]])
    expected = [[1.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]]
    assert_close(run(counts), expected, **TOL, name="tf_idf([[3, 0, 0], [1, 0, 0], [0, 0, 4], [0, 0, 0]])")


def test_small_fractional_counts():
    """Rows with a norm below 1 are scaled up to norm 1: [[0.1, 0, 0.2], [0, 0.05, 0]]"""
    counts = np.array([[0.1, 0.0, 0.2], [0.0, 0.05, 0.0]])
    # every term is in exactly one document: idf = ln(3/2) + 1 for all three
    assert_close(run(counts), [[1 / math.sqrt(5), 0.0, 2 / math.sqrt(5)], [0.0, 1.0, 0.0]], **TOL, name="tf_idf(counts)")


def test_rows_scaled_independently():
    """Documents that are multiples of each other get the same row"""
    base = np.array([1, 0, 2, 1, 0])
    counts = np.array([base, 4 * base, [0, 3, 0, 0, 1], 10 * base])
    got = run(counts)
    assert_close(got[1], got[0], **TOL, name="row of the document 4 x [1, 0, 2, 1, 0]")
    assert_close(got[3], got[0], **TOL, name="row of the document 10 x [1, 0, 2, 1, 0]")
    assert_close(got, reference(counts), **TOL, name="tf_idf(counts)")


def test_large_counts():
    """Counts up to 10^6 give finite, correct rows"""
    counts = np.array([[10 ** 6, 3, 0], [0, 10 ** 6, 10 ** 5], [1, 0, 0]])
    got = run(counts)
    assert_finite(got, "tf_idf(counts)")
    assert_close(got, reference(counts), **TOL, name="tf_idf(counts)")


def test_float_output_for_int_input():
    """Integer counts give a float array"""
    got = tf_idf(np.array([[1, 2], [0, 1]]))
    kind = np.asarray(got).dtype.kind
    assert kind == "f", f"tf_idf of an int array returned an array of dtype {np.asarray(got).dtype}, expected a float dtype"


def test_input_unchanged():
    """counts is left unchanged"""
    for case in (CASES["6 docs x 4 terms, fractional counts"], np.array([[1, 1, 0], [1, 0, 2]])):
        counts, before = case.copy(), case.copy()
        tf_idf(counts)
        assert np.array_equal(counts, before), f"tf_idf changed the caller's counts: it was\n{before}\nand is now\n{counts}"
