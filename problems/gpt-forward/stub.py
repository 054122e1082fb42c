import numpy as np


def gpt_forward(tokens, params, n_heads):
    """Logits of a GPT-2 model for one sequence of token ids.

    tokens: 1-D int array (T,); params: dict with wte (V, D), wpe (T_max, D), blocks (a list of
    transformer-block parameter dicts), lnf_g, lnf_b (D,). Raises ValueError if T = 0 or T > T_max.
    Returns logits (T, V) = layer_norm(blocks(wte[tokens] + wpe[:T])) @ wte.T.
    """
    # Add your transformer_block (and its layer norm and GELU) from the transformer-block problem
    # above this function as helpers, then use them here.
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    params = {
        "wte": np.array([[2.0, 0.0], [0.0, 2.0], [1.0, 1.0]]),
        "wpe": np.array([[0.0, 0.0], [1.0, 1.0], [3.0, 1.0], [0.0, 0.0]]),
        "blocks": [],
        "lnf_g": np.ones(2), "lnf_b": np.zeros(2),
    }
    print(gpt_forward(np.array([0, 1, 2]), params, n_heads=1))
