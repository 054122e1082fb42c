"""The curriculum's tracks, in the order the index shows them.

This tuple is the one list of tracks: ``problem.md`` front matter names one of these slugs,
``check`` refuses any other, and the site groups and orders problems by it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Track:
    slug: str
    title: str
    blurb: str


TRACKS = (
    Track("losses", "Losses", "Softmax, cross-entropy and the losses models are trained on, forward and backward, stable for extreme inputs."),
    Track("activations", "Activations", "The nonlinearities between layers and their derivatives, stable for any input size."),
    Track("layers", "Layers", "Linear, normalisation, dropout, embedding, convolution and pooling layers: forward passes and gradients."),
    Track("recurrent", "Recurrent networks", "RNN, LSTM and GRU cells, and backpropagation through time."),
    Track("attention", "Attention", "Scaled dot-product attention, masking, heads, caches and position encodings of transformers."),
    Track("transformers", "Transformers", "The feed-forward layer, the pre-norm block and a whole GPT forward pass, built from the pieces."),
    Track("optimizers", "Optimizers", "The update rules that train networks: momentum, Adam, AdamW, RMSProp, Lion, clipping and schedules."),
    Track("numerics", "Numerics", "One-pass and low-precision computation: log-sum-exp, online softmax, running variance, int8 quantisation."),
    Track("classic-ml", "Classic ML", "Distances, regression, clustering, PCA, naive Bayes, trees and text features, vectorised."),
    Track("metrics", "Metrics", "Scoring classifiers and generated text: confusion matrices, F1, ROC AUC, calibration, BLEU."),
    Track("decoding", "Decoding", "Turning a model's logits into tokens: sampling, filtering, penalties, beam search and speculative decoding."),
    Track("generative", "Generative models", "The sampling and noise arithmetic of VAEs, Gumbel-softmax and diffusion models."),
    Track("rl", "Reinforcement learning", "Returns, advantages, value updates and policies, computed from trajectories."),
)
TRACK_SLUGS = tuple(t.slug for t in TRACKS)
