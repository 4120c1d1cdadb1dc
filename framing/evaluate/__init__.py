"""Evaluation of the measures against human annotation.

- :mod:`framing.evaluate.metrics`: span matching (overlap, exact) and precision/recall/F1;
- :mod:`framing.evaluate.brat`: a reader of brat standoff ``.ann`` files;
- :mod:`framing.evaluate.polnear`: attribution against PolNeAR (``framing evaluate polnear DIR``).

    >>> from framing.evaluate import evaluate_polnear
    >>> report = evaluate_polnear("PolNeAR/data/dev")          # doctest: +SKIP
    >>> report.score("cue", "overlap").f1                      # doctest: +SKIP
"""
from __future__ import annotations

__all__ = ["PRF", "match_spans", "read_brat", "evaluate_polnear", "PolnearReport"]

_LAZY = {
    "PRF": "framing.evaluate.metrics",
    "match_spans": "framing.evaluate.metrics",
    "read_brat": "framing.evaluate.brat",
    "evaluate_polnear": "framing.evaluate.polnear",
    "PolnearReport": "framing.evaluate.polnear",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'framing.evaluate' has no attribute {name!r}")
