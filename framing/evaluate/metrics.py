"""Span-level precision, recall and F1, and the one-to-one matching of gold to predicted spans.

Two ways to count a predicted span as finding a gold one, after the span-level scores used for
attribution relations (Pareti 2016, "PARC 3.0", LREC; Newell, Margolin and Ruths 2018, "An
Attribution Relations Corpus for Political News", LREC):

- ``overlap``: the two spans share at least one character;
- ``exact``: the two spans have the same start and end once whitespace, quotation marks and
  punctuation around them are stripped (so ``"It will work,"`` and ``It will work`` are the same).

Each gold span is matched to at most one predicted span and vice versa, greedily, the pair that
shares most characters first (ties: the earlier gold span, then the earlier predicted span).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal, Sequence

from framing.article import Span

__all__ = ["MatchMode", "MODES", "PRF", "Matching", "match_spans", "strip_span"]

MatchMode = Literal["overlap", "exact"]
MODES: tuple[MatchMode, ...] = ("overlap", "exact")


@dataclass(frozen=True)
class PRF:
    """Counts of one comparison: true positives, false positives, false negatives.

    ``precision`` = tp / (tp + fp), ``recall`` = tp / (tp + fn), ``f1`` their harmonic mean; each
    is a fraction 0-1, and 0.0 where its denominator is zero.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        """Gold spans compared: tp + fn."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Predicted spans compared: tp + fp."""
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Matching:
    """The result of :func:`match_spans`: ``pairs`` of (gold index, predicted index), and the
    indices left without a partner (false negatives and false positives)."""

    pairs: tuple[tuple[int, int], ...]
    unmatched_gold: tuple[int, ...]
    unmatched_predicted: tuple[int, ...]

    @property
    def prf(self) -> PRF:
        return PRF(len(self.pairs), len(self.unmatched_predicted), len(self.unmatched_gold))


def _strippable(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def strip_span(span: Span, text: str) -> Span:
    """``span`` without the whitespace and punctuation (quotation marks included) at its ends.

    A span made of nothing else (a cue that is a colon or a dash) is returned unchanged.
    """
    start, end = span.start, min(span.end, len(text))
    while start < end and _strippable(text[start]):
        start += 1
    while end > start and _strippable(text[end - 1]):
        end -= 1
    return Span(start, end) if end > start else span


def match_spans(
    gold: Sequence[Span],
    predicted: Sequence[Span],
    mode: MatchMode = "overlap",
    text: str | None = None,
) -> Matching:
    """Match gold to predicted spans one-to-one, greedily by largest overlap.

    ``mode`` is ``overlap`` (any shared character) or ``exact`` (same start and end after
    :func:`strip_span` on both; without ``text`` the spans are compared as given). Returns a
    :class:`Matching`; its ``prf`` gives the counts.
    """
    if mode not in MODES:
        raise ValueError(f"unknown match mode {mode!r}; choose one of {', '.join(MODES)}")
    if mode == "exact" and text is not None:
        g_norm = [strip_span(s, text) for s in gold]
        p_norm = [strip_span(s, text) for s in predicted]
    else:
        g_norm, p_norm = list(gold), list(predicted)
    candidates: list[tuple[int, int, int]] = []  # (-shared characters, gold index, predicted index)
    if mode == "exact":
        by_span: dict[tuple[int, int], list[int]] = {}
        for pi, p in enumerate(p_norm):
            by_span.setdefault((p.start, p.end), []).append(pi)
        for gi, g in enumerate(g_norm):
            for pi in by_span.get((g.start, g.end), ()):
                candidates.append((-(g.end - g.start), gi, pi))
    else:
        for gi, g in enumerate(g_norm):
            for pi, p in enumerate(p_norm):
                shared = min(g.end, p.end) - max(g.start, p.start)
                if shared > 0:
                    candidates.append((-shared, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return Matching(
        pairs=tuple(pairs),
        unmatched_gold=tuple(i for i in range(len(gold)) if i not in used_g),
        unmatched_predicted=tuple(i for i in range(len(predicted)) if i not in used_p),
    )
