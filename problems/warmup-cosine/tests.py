import math

import pytest

from harness.testkit import as_scalar, assert_close
from solution import warmup_cosine_lr


def ref(step, base, warm, total, min_lr=0.0):
    if step < warm:
        return base * (step + 1) / warm
    if step > total:
        return min_lr
    return min_lr + 0.5 * (base - min_lr) * (1 + math.cos(math.pi * (step - warm) / (total - warm)))


def check(step, base, warm, total, min_lr=None):
    args = dict(base_lr=base, warmup_steps=warm, total_steps=total)
    if min_lr is not None:
        args["min_lr"] = min_lr
    got = as_scalar(warmup_cosine_lr(step, **args), f"warmup_cosine_lr(step={step})")
    m = 0.0 if min_lr is None else min_lr
    want = ref(step, base, warm, total, m)
    rtol, atol = 1e-7, 1e-15 + 1e-10 * abs(base)
    where = f"step={step} (base_lr={base:g}, warmup_steps={warm}, total_steps={total}, min_lr={m:g})"
    assert_close(got, want, rtol=rtol, atol=atol, name=f"learning rate at {where}")
    return got


def test_worked_example_warmup():
    """Worked example warmup (4 steps, base_lr=1): 0.25, 0.5, 0.75, 1.0"""
    for step in range(4):
        check(step, 1.0, 4, 12)


def test_worked_example_cosine():
    """Worked example cosine (steps 4..12 of 12): 1.0 down to 0"""
    for step in range(4, 13):
        check(step, 1.0, 4, 12)


def test_first_step_is_not_zero():
    """Step 0 gets base_lr / warmup_steps, not 0"""
    check(0, 3e-4, 10, 100)


def test_peak_at_end_of_warmup():
    """The last warmup step (warmup_steps - 1) and step warmup_steps both give exactly base_lr"""
    for step in (9, 10):
        got = check(step, 3e-4, 10, 100)
        assert_close(got, 3e-4, rtol=1e-9, atol=1e-18, name=f"learning rate at step {step}")


def test_halfway_is_the_midpoint():
    """Halfway through the cosine the rate is (base_lr + min_lr) / 2"""
    got = check(60, 1e-3, 20, 100, 1e-4)
    assert_close(got, 5.5e-4, rtol=1e-7, atol=1e-15, name="learning rate halfway through the decay")


def test_reaches_min_lr_at_total_steps():
    """At step == total_steps the rate is exactly min_lr"""
    got = check(100, 1e-3, 20, 100, 1e-5)
    assert_close(got, 1e-5, rtol=1e-9, atol=1e-15, name="learning rate at step == total_steps")


@pytest.mark.parametrize("step", [101, 150, 10000])
def test_min_lr_after_total_steps(step):
    """After total_steps the rate stays at min_lr (step={step})"""
    check(step, 1e-3, 20, 100, 1e-5)


def test_default_min_lr_is_zero():
    """Without a min_lr argument the schedule decays to 0"""
    for step in (30, 70, 100, 120):
        check(step, 1e-3, 20, 100)


def test_full_schedule_with_min_lr():
    """Every step from 0 to total_steps + 5 matches, with min_lr > 0"""
    for step in range(0, 56):
        check(step, 6e-4, 7, 50, 6e-5)


@pytest.mark.parametrize("warm", [0, 1])
def test_short_or_no_warmup(warm):
    """warmup_steps={warm}: step 0 already gets base_lr, then the cosine"""
    got = check(0, 0.1, warm, 10, 0.001)
    assert_close(got, 0.1, rtol=1e-9, atol=1e-15, name=f"learning rate at step 0 with warmup_steps={warm}")
    for step in range(1, 13):
        check(step, 0.1, warm, 10, 0.001)


def test_shape_of_the_schedule():
    """The rate rises during warmup, then never increases, staying within [min_lr, base_lr]"""
    rates = [as_scalar(warmup_cosine_lr(s, 2.0, 5, 30, min_lr=0.5), f"warmup_cosine_lr(step={s})") for s in range(40)]
    for s in range(1, 5):
        assert rates[s] > rates[s - 1], f"during warmup the rate should rise, but step {s} gives {rates[s]:.6g} after {rates[s - 1]:.6g}"
    # Where warmup meets the cosine both sides are base_lr: say which side is off, not that the
    # first cosine step "increased".
    for s, part in ((4, "the last warmup step (step 4 of warmup_steps=5)"), (5, "the first cosine step (step 5)")):
        assert abs(rates[s] - 2.0) <= 1e-9, f"{part} should be base_lr = 2, got {rates[s]:.6g}"
    for s in range(6, 40):
        assert rates[s] <= rates[s - 1] + 1e-12, (
            f"after warmup the rate should never increase, but step {s} gives {rates[s]:.6g} after {rates[s - 1]:.6g}"
        )
    after = rates[5:]
    assert min(after) >= 0.5 - 1e-12 and max(rates) <= 2.0 + 1e-12, (
        "after warmup every rate should lie in [min_lr, base_lr] = [0.5, 2.0], and none should exceed base_lr; "
        f"got values from {min(after):.6g} to {max(rates):.6g}"
    )


def test_returns_a_float():
    """The learning rate is a single float, not an array"""
    as_scalar(warmup_cosine_lr(3, 1e-3, 10, 100), "warmup_cosine_lr(3, 1e-3, 10, 100)")
    as_scalar(warmup_cosine_lr(50, 1e-3, 10, 100), "warmup_cosine_lr(50, 1e-3, 10, 100)")
