import numpy as np


def transformer_block(x, params, n_heads):
    """GPT-2's pre-norm transformer block.

    x: (T, D) or (B, T, D); params: dict with ln1_g, ln1_b, w_qkv, b_qkv, w_o, b_o, ln2_g, ln2_b,
    w_fc, b_fc, w_proj, b_proj; n_heads divides D (else ValueError).
    Returns a new float array of the shape of x:
    a = x + attn(layer_norm(x)); out = a + mlp(layer_norm(a)).
    """
    raise NotImplementedError


if __name__ == "__main__":
    # The first example of the statement: press Run to see what your code prints.
    D = 2
    p = dict(ln1_g=np.ones(D), ln1_b=np.zeros(D), w_qkv=np.zeros((D, 3 * D)), b_qkv=np.zeros(3 * D),
             w_o=np.eye(D), b_o=np.zeros(D), ln2_g=np.ones(D), ln2_b=np.zeros(D),
             w_fc=np.zeros((D, 4 * D)), b_fc=np.zeros(4 * D), w_proj=np.zeros((4 * D, D)), b_proj=np.zeros(D))
    p["w_qkv"][:, 2 * D:] = np.eye(D)
    x = np.array([[1.0, -1.0], [3.0, 5.0], [0.0, 2.0]])
    print(transformer_block(x, p, n_heads=1))
