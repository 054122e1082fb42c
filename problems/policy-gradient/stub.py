import numpy as np


def reinforce_loss_and_grad(logits, actions, returns):
    """REINFORCE loss and its gradient with respect to the logits.

    logits: float array (T, A); actions: int array (T,); returns: float array (T,).
    loss = -mean_t returns[t] * log softmax(logits[t])[actions[t]], a Python float;
    dlogits (T, A) = returns[t] / T * (softmax(logits[t]) - onehot(actions[t])).
    Raises ValueError if the lengths of logits, actions and returns differ.
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    logits = np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
    print(reinforce_loss_and_grad(logits, np.array([0, 2]), np.array([1.0, -2.0])))
