"""Wrong code that the catalogue once misdiagnosed, graded as a learner would submit it: each now gets
a message (and a likely mistake, if any) that is right about what the code does."""
from __future__ import annotations

import pytest

from harness.diagnose import diagnose, profile
from harness.parallel import grader
from harness.problem import load_problem

from conftest import ROOT


def graded(slug: str, source: str) -> tuple[dict, dict | None]:
    problem = load_problem(ROOT / "problems" / slug)
    result = grader(False)(source, problem.tests, problem.meta.time_limit)
    return result, diagnose(result, profile(problem, grader(False)))


def messages(result: dict) -> str:
    return "\n".join(t["message"] or "" for t in result["tests"])


def test_an_assert_in_learner_code_is_their_error_not_a_modified_input():
    source = (
        "import numpy as np\n\ndef kl_divergence(p, q):\n    assert np.all(q > 0), 'q has zeros'\n"
        "    return float(np.mean(np.sum(np.where(p > 0, p * np.log(p / q), 0.0), axis=-1)))\n"
    )
    result, _ = graded("kl-divergence", source)
    inputs = next(t for t in result["tests"] if t["id"] == "test_does_not_modify_inputs")
    erroring = [t for t in result["tests"] if t["status"] == "error"]
    assert erroring and all(t["line"] == 4 and "AssertionError: q has zeros" in t["message"] for t in erroring)
    assert inputs["status"] in ("passed", "error") and "modif" not in (inputs["message"] or "")


def test_dropout_with_the_global_generator_is_told_it_ignores_rng():
    source = (
        "import numpy as np\n\ndef dropout(x, p, rng):\n    mask = np.random.random(x.shape) >= p\n"
        "    return x * mask / (1 - p), mask\n\ndef dropout_backward(dout, mask, p):\n    return dout * mask / (1 - p)\n"
    )
    result, named = graded("dropout", source)
    text = messages(result)
    assert "not drawn from the generator passed in" in text
    assert "opposite" not in text and "< 1 - p" not in text
    assert named is None or "rng" in named["description"] or "generator" in named["description"]


ADAM = (
    "import numpy as np\n\ndef adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):\n"
    "    m = beta1 * m + (1 - beta1) * grad\n    v = beta2 * v + (1 - beta2) * grad * grad\n"
    "    m_hat = m / {m_div}\n    v_hat = v / {v_div}\n"
    "    return param - lr * m_hat / (np.sqrt(v_hat) + {eps}), m, v\n"
)


def test_adam_with_t_ignored_is_not_told_it_uses_t_minus_1():
    source = ADAM.format(m_div="(1 - beta1)", v_div="(1 - beta2)", eps="eps")
    result, named = graded("adam", source)
    assert result["status"] == "failed"
    assert "t - 1" not in messages(result)
    assert named is None or named["mutant"] != "correction_t_minus_1"


def test_adam_with_a_hard_coded_eps_is_not_told_it_has_no_eps():
    source = ADAM.format(m_div="(1 - beta1 ** t)", v_div="(1 - beta2 ** t)", eps="1e-7")
    result, named = graded("adam", source)
    assert result["status"] == "failed"
    assert "without adding eps" not in messages(result)
    assert named is None or named["mutant"] != "no_eps"


def test_batch_norm_with_a_wrong_eps_is_not_blamed_on_cancellation():
    reference = load_problem(ROOT / "problems" / "batch-norm").solution
    source = reference.replace("np.sqrt(var + eps)", "np.sqrt(var + 1e-2)", 1)
    assert source != reference
    result, _ = graded("batch-norm", source)
    large = next(t for t in result["tests"] if t["id"] == "test_forward_large_offset")
    assert large["status"] == "failed" and "cancel" not in large["message"] and "out for 1e6 + noise" in large["message"]


def test_linear_regression_rounded_is_not_told_it_forgot_the_intercept():
    source = (
        "import numpy as np\n\ndef fit_linear_regression(X, y):\n    A = np.column_stack([X, np.ones(len(X))])\n"
        "    coef = np.linalg.lstsq(A, y, rcond=None)[0].round(4)\n    return coef[:-1], float(coef[-1])\n"
    )
    result, _ = graded("linear-regression", source)
    assert result["status"] == "failed" and "intercept?" not in messages(result) and "forgot" not in messages(result)


def test_warmup_off_by_one_names_the_last_warmup_step():
    source = (
        "import math\n\ndef warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):\n"
        "    if step < warmup_steps:\n        return base_lr * step / warmup_steps\n"
        "    if step > total_steps:\n        return min_lr\n"
        "    p = (step - warmup_steps) / (total_steps - warmup_steps)\n"
        "    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p))\n"
    )
    result, _ = graded("warmup-cosine", source)
    shape = next(t for t in result["tests"] if t["id"] == "test_shape_of_the_schedule")
    assert shape["status"] == "failed"
    assert "the last warmup step (step 4" in shape["message"] and "never increase" not in shape["message"]


@pytest.mark.parametrize("form", ["np.log(1 + np.exp(-np.abs(x)))", "np.log(1.0 + np.exp(-np.abs(x)))"])
def test_bce_without_log1p_misses_the_promised_digits(form):
    source = (
        "import numpy as np\n\ndef bce_with_logits(logits, targets):\n    x = np.asarray(logits, dtype=float)\n"
        f"    t = np.asarray(targets, dtype=float)\n    return float(np.mean(np.maximum(x, 0) - x * t + {form}))\n"
    )
    result, _ = graded("binary-cross-entropy-with-logits", source)
    failed = {t["id"] for t in result["tests"] if t["status"] == "failed"}
    assert "test_exact_for_large_logits[logit 30, target 1]" in failed
