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
    Track("layers", "Layers", "Linear, normalisation, dropout, embedding and convolution layers: forward passes and gradients."),
    Track("attention", "Attention", "Scaled dot-product attention, masking, heads and position encodings of transformers."),
    Track("optimizers", "Optimizers", "The update rules that train networks: momentum, Adam, AdamW, clipping and schedules."),
    Track("classic-ml", "Classic ML", "Distances, regression, clustering, PCA and nearest neighbours, vectorised."),
    Track("decoding", "Decoding", "Turning a model's logits into tokens: filtering and greedy decoding."),
)
TRACK_SLUGS = tuple(t.slug for t in TRACKS)
