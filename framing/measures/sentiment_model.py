"""The trained target-dependent sentiment model: negative, neutral or positive toward a mention.

A multinomial logistic regression over the features of
:func:`framing.measures.target_features.target_features`, trained on NewsMTSC's train split
(Hamborg and Donnay 2021, "NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment
Classification in Political News Articles", EACL) by ``python -m framing.train sentiment``.
The weights ship as plain JSON (``lexicons/models/target_sentiment.json``: per feature, one weight
per class, and the class biases), never a pickle.
"""
from __future__ import annotations

import functools
import math
from operator import itemgetter
from dataclasses import dataclass

from framing.errors import ResourceError
from framing.measures.target_features import TargetContext, target_features, with_word
from framing.model_files import derived, read_model

__all__ = ["SentimentModel", "Prediction", "load_sentiment_model", "predict", "MODEL_FILE", "CLASSES"]

MODEL_FILE = "target_sentiment.json"
CLASSES = ("negative", "neutral", "positive")


@dataclass(frozen=True)
class SentimentModel:
    weights: dict[str, tuple[float, float, float]]
    bias: tuple[float, float, float]
    meta: dict


@dataclass(frozen=True)
class Prediction:
    """Class probabilities (negative, neutral, positive), the label, ``score`` = P(positive) -
    P(negative) in -1..1, and the features that pushed most toward the label (name, weight)."""

    probabilities: tuple[float, float, float]
    label: str
    score: float
    reasons: tuple[tuple[str, float], ...]


@functools.lru_cache(maxsize=4)
def load_sentiment_model(path: str | None = None) -> SentimentModel:
    """The shipped model (or the JSON file at ``path``)."""
    data = read_model(MODEL_FILE, path, "sentiment model")
    try:
        weights = {k: (float(v[0]), float(v[1]), float(v[2])) for k, v in data["weights"].items()}
        bias = tuple(float(b) for b in data["bias"])
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ResourceError(f"cannot load the sentiment model ({path or MODEL_FILE}): {exc}") from None
    return SentimentModel(weights, bias, data.get("meta", {}))


_push = itemgetter(1)
_TABLES: dict[int, tuple] = {}


def _table(model: SentimentModel) -> dict[str, tuple[float, ...]]:
    """Feature -> its weights (negative, neutral, positive) and, for a value of 1, its push toward
    each class (:func:`predict`), computed once per model."""
    return derived(_TABLES, (model,), lambda: {name: (*w, *_pushes(*w)) for name, w in model.weights.items()})


def _pushes(c0: float, c1: float, c2: float) -> tuple[float, float, float]:
    """How far a feature's contributions push toward each class, relative to the mean of the other two."""
    return c0 - ((c0 + c1 + c2) - c0) / 2, c1 - ((c0 + c1 + c2) - c1) / 2, c2 - ((c0 + c1 + c2) - c2) / 2


def predict(ctx: TargetContext, valences: dict[str, float], model: SentimentModel | None = None, reasons: int = 4) -> Prediction:
    """The model's prediction for the target in ``ctx``."""
    model = model or load_sentiment_model()
    feats = target_features(ctx, valences)
    get = _table(model).get
    z0, z1, z2 = model.bias
    contributions: list[tuple[str, tuple[float, ...]]] = []  # (name, (c0, c1, c2, push0, push1, push2))
    append = contributions.append
    for name, value in feats.items():
        w = get(name)
        if w is None:
            continue
        if value != 1.0:  # (a weight times 1 is the weight)
            c = w[0] * value, w[1] * value, w[2] * value
            w = (*c, *_pushes(*c))
        z0 += w[0]
        z1 += w[1]
        z2 += w[2]
        append((name, w))
    z = [z0, z1, z2]
    top = max(z)
    exp = [math.exp(v - top) for v in z]
    total = sum(exp)
    probs = tuple(round(e / total, 4) for e in exp)
    k = max(range(3), key=lambda c: z[c])
    # what pushed toward the label most, relative to the mean of the other two classes: the
    # largest positive pushes, in order (ties in the order of the features)
    at = 3 + k
    if reasons >= 0:  # only positive pushes are shown: sort those alone (stable, as sorting all would be)
        pushes = [(name, w[at]) for name, w in contributions if w[at] > 0 and name != "bias"]
        pushed = sorted(pushes, key=_push, reverse=True)[:reasons]
    else:
        pushes = [(name, w[at]) for name, w in contributions if name != "bias"]
        pushed = sorted(pushes, key=lambda item: -item[1])[:reasons]
    return Prediction(probs, CLASSES[k], round(probs[2] - probs[0], 4),
                      tuple((with_word(ctx, n), round(v, 3)) for n, v in pushed if v > 0))
