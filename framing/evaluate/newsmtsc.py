"""Sentiment toward actors against NewsMTSC: macro-F1, accuracy, per-class P/R/F1.

NewsMTSC (Hamborg and Donnay 2021, "NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment
Classification in Political News Articles", EACL) gives sentences from US news with target
mentions (``from``/``to`` character offsets, ``to`` exclusive) and the sentiment of the sentence
toward each (2.0 negative, 4.0 neutral, 6.0 positive). For every target the tool's prediction is
the one :func:`framing.measures.sentiment.measure_sentiment` makes for a mention at that span:
the sentence is parsed, actors are found as in ``framing score``, the other actors' mentions are
masked, and the trained model (or, with ``method="lexicon"``, the word window) labels the mention.
The paper's metrics: macro-F1 over the three classes (primary), accuracy, F1 over positive and
negative only (F1pn).
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from framing.errors import InputError
from framing.evaluate.metrics import PRF
from framing.lexicon import Lexicons, load_lexicons

__all__ = ["NewsmtscReport", "evaluate_newsmtsc", "CLASSES"]

CLASSES = ("negative", "neutral", "positive")
_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


@dataclass(frozen=True)
class NewsmtscReport:
    """Agreement with NewsMTSC: ``per_class[label]`` counts (tp, fp, fn) of each class;
    ``macro_f1`` their mean F1, ``f1_pn`` the mean over negative and positive, ``accuracy`` the
    share of targets labelled right (fractions 0-1). ``confusion[gold][predicted]``."""

    path: str
    method: str
    sentences: int
    targets: int
    accuracy: float
    macro_f1: float
    f1_pn: float
    per_class: dict[str, PRF]
    confusion: dict[str, dict[str, int]]
    elapsed_seconds: float


def _records(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield record["sentence_normalized"], [
                (int(t["from"]), int(t["to"]), _LABELS[float(t["polarity"])]) for t in record["targets"]
            ]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{lineno}: not a NewsMTSC record ({exc})") from None


def predict_targets(sentence: str, targets: list[tuple[int, int]], lex: Lexicons, method: str = "model") -> list[str]:
    """framing's label for each ``(start, end)`` target of ``sentence``."""
    from framing.article import Article
    from framing.measures.actor_types import masked
    from framing.measures.actors import find_actors
    from framing.measures.sentiment import word_valences
    from framing.measures.sentiment_model import load_sentiment_model, predict
    from framing.measures.target_features import TargetContext
    from framing.parsing import parse

    doc = parse(Article(text=sentence), lex)
    found = find_actors(doc, lex)
    mentions = [(m.start, m.end) for a in found.actors for m in a.mentions if masked(a.type, m)]
    valences = word_valences(lex)
    out = []
    for start, end in targets:
        others = tuple((s, e) for s, e in mentions if e <= start or s >= end)
        ctx = TargetContext(sentence, start, end, others)
        if method == "model":
            out.append(predict(ctx, valences, load_sentiment_model()).label)
        else:
            out.append(_lexicon_label(ctx, valences))
    return out


def _lexicon_label(ctx, valences) -> str:
    from framing.measures.target_features import target_features

    near = target_features(ctx, valences).get("vnear", 0.0)
    return "positive" if near >= 0.05 else "negative" if near <= -0.05 else "neutral"


def evaluate_newsmtsc(path: str | Path, lexicons: Lexicons | str | Path | None = None, method: str = "model",
                      limit: int | None = None) -> NewsmtscReport:
    """Score framing's sentiment toward each NewsMTSC target in ``path`` (a JSONL file)."""
    if method not in ("model", "lexicon"):
        raise ValueError(f"method must be model or lexicon, not {method!r}")
    began = time.perf_counter()
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    lex = load_lexicons(lexicons)
    confusion = {g: {p: 0 for p in CLASSES} for g in CLASSES}
    sentences = 0
    for sentence, targets in _records(path):
        if limit is not None and sentences >= limit:
            break
        sentences += 1
        labels = predict_targets(sentence, [(s, e) for s, e, _ in targets], lex, method)
        for (_, _, gold), pred in zip(targets, labels):
            confusion[gold][pred] += 1
    per_class = {}
    for c in CLASSES:
        tp = confusion[c][c]
        fp = sum(confusion[g][c] for g in CLASSES if g != c)
        fn = sum(confusion[c][p] for p in CLASSES if p != c)
        per_class[c] = PRF(tp, fp, fn)
    total = sum(sum(row.values()) for row in confusion.values())
    if not total:
        raise InputError(f"{path}: no targets")
    return NewsmtscReport(
        path=str(path),
        method=method,
        sentences=sentences,
        targets=total,
        accuracy=round(sum(confusion[c][c] for c in CLASSES) / total, 4),
        macro_f1=round(sum(per_class[c].f1 for c in CLASSES) / 3, 4),
        f1_pn=round((per_class["negative"].f1 + per_class["positive"].f1) / 2, 4),
        per_class=per_class,
        confusion=confusion,
        elapsed_seconds=round(time.perf_counter() - began, 3),
    )
