import numpy as np


def logsumexp(x):
    """log(sum(exp(x))) over the last axis of x, computed stably.

    x: float array of shape (..., C) with C >= 1.
    Returns an array of shape x.shape[:-1] (a scalar for 1-D input).
    """
    raise NotImplementedError


def log_softmax(x):
    """log(softmax(x)) over the last axis of x, computed stably.

    x: float array of shape (..., C) with C >= 1.
    Returns a float array of the same shape as x.
    """
    raise NotImplementedError
