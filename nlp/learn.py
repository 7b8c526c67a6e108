"""Pure-Python learners over sparse binary features: softmax regression (SGD) and its vocabulary.

No NumPy: the data are a few thousand short texts, and a dependency-free
trainer is deterministic everywhere (fixed seed, fixed order, plain floats)
and runs in the tests.  A document is a list of feature indices; its feature
values are 1/sqrt(len) (an L2-normalised binary vector), so long texts do not
outweigh short ones.
"""
from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

Doc = list[int]


@dataclass(frozen=True)
class SGDConfig:
    epochs: int = 30
    rate: float = 0.5  # learning rate at epoch 0; decays as rate / (1 + epoch * decay)
    decay: float = 0.2
    l2: float = 1e-4  # applied to the weights a document touches
    seed: int = 13


@dataclass
class Linear:
    """Per-class weights over the vocabulary, and a bias per class."""

    weights: list[list[float]]
    bias: list[float]

    def scores(self, doc: Doc) -> list[float]:
        """Bias + feature value x weights of *doc*, per class (itemgetter: the sum runs in C)."""
        if len(doc) < 2:
            return [b + sum(w[i] for i in doc) for w, b in zip(self.weights, self.bias, strict=True)]
        pick, v = itemgetter(*doc), 1.0 / math.sqrt(len(doc))
        return [b + v * sum(pick(w)) for w, b in zip(self.weights, self.bias, strict=True)]


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def vocabulary(docs: Iterable[set[str]], min_df: int) -> list[str]:
    """Features seen in at least *min_df* documents, sorted (deterministic indices)."""
    df: dict[str, int] = {}
    for doc in docs:
        for g in doc:
            df[g] = df.get(g, 0) + 1
    return sorted(g for g, n in df.items() if n >= min_df)


def index(doc: set[str], vocab: dict[str, int]) -> Doc:
    """Sorted indices of the features of *doc* that are in *vocab*."""
    return sorted(vocab[g] for g in doc if g in vocab)


def train_softmax(docs: Sequence[Doc], labels: Sequence[int], n_classes: int, n_features: int,
                  sample_weights: Sequence[float] | None = None, config: SGDConfig = SGDConfig()) -> Linear:
    """Multinomial logistic regression by SGD (cross-entropy, sparse L2)."""
    model = Linear([[0.0] * n_features for _ in range(n_classes)], [0.0] * n_classes)
    sw = sample_weights or [1.0] * len(docs)
    order = list(range(len(docs)))
    rng = random.Random(config.seed)
    for epoch in range(config.epochs):
        rng.shuffle(order)
        eta = config.rate / (1.0 + epoch * config.decay)
        shrink = eta * config.l2
        for k in order:
            doc = docs[k]
            if not doc:
                continue
            probs = softmax(model.scores(doc))
            v = 1.0 / math.sqrt(len(doc))
            for c, p in enumerate(probs):
                g = (p - (c == labels[k])) * sw[k] * eta
                if -1e-4 < g < 1e-4:
                    continue
                w = model.weights[c]
                gv = g * v
                for i in doc:
                    w[i] -= gv + shrink * w[i]
                model.bias[c] -= g
    return model
