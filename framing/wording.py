"""Distinctive wording: which words one outlet uses more than the others, and how surely.

Log-odds ratios with an informative Dirichlet prior, after Monroe, Colaresi and Quinn (2008),
"Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the Content of Political
Conflict", *Political Analysis* 16(4), 372-403, section 3.5. For word w, group i (one outlet) and
group j (all the other outlets), with counts y, totals n and prior pseudo-counts alpha
(alpha_0 their sum):

    delta_w = log((y_wi + a_w) / (n_i + a_0 - y_wi - a_w)) - log((y_wj + a_w) / (n_j + a_0 - y_wj - a_w))
    var(delta_w) ~ 1 / (y_wi + a_w) + 1 / (y_wj + a_w)
    z_w = delta_w / sqrt(var(delta_w))

The prior is informative: ``a_w = prior_size * f_w``, where ``f_w`` is the word's share of a
background corpus (by default all the groups together) and ``prior_size`` (alpha_0) defaults to
the number of words of the background, so each word's pseudo-count is its background count. The
prior shrinks rare words toward no difference, which is what makes the z-scores usable on a small
single-event corpus: a word an outlet used twice is not distinctive just for being absent
elsewhere. ``|z| > 1.96`` is the paper's rough threshold (it is not corrected for the many words).

Words are framing's own tokens (``framing.segment.TOKEN_PATTERN``, lower-cased, ’ as '), words
only (a letter first), without the stop words of ``lexicons/stopwords.tsv``.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Hashable, Iterable, Mapping

from framing.lexicon import Lexicons, load_lexicons
from framing.segment import TOKEN_PATTERN

__all__ = ["WordScore", "log_odds", "distinctive_words", "content_words", "count_words", "stopwords"]

_TOKEN = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class WordScore:
    """One word of one group against the rest: counts, log-odds ratio (natural log) and z-score.

    ``count`` and ``other_count`` are the word's counts in the group and in the rest;
    ``per_1000_words`` its rate in the group per 1,000 counted words.
    """

    group: Hashable
    term: str
    count: int
    other_count: int
    per_1000_words: float
    log_odds: float
    z: float


@functools.lru_cache(maxsize=8)
def stopwords(lexicons: Lexicons | None = None) -> frozenset[str]:
    """The stop words of ``lexicons/stopwords.tsv`` (and a user folder's), lower-cased."""
    lex = lexicons or load_lexicons()
    return frozenset(lex["stopwords"].terms()) if "stopwords" in lex.names() else frozenset()


def content_words(text: str, stop: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``text`` as framing tokenizes them (lower-cased; ’ as '), without stop words,
    numbers, punctuation and possessive ``'s``. The tokens are the ones ``framing.parse`` gives
    (the same pattern and lower-casing), found without sentence splitting, which does not change
    them."""
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group().lower().replace("’", "'")
        if w[0].isalpha() and w not in stop and len(w) > 1:
            out.append(w)
    return out


def log_odds(
    counts_i: Mapping[str, int],
    counts_j: Mapping[str, int],
    prior: Mapping[str, float],
    words: Iterable[str] | None = None,
) -> dict[str, tuple[float, float]]:
    """``{word: (delta, z)}`` for group i against group j with prior pseudo-counts ``prior``
    (Monroe, Colaresi and Quinn 2008, eq. 16 and 18-19); alpha_0 is the sum of ``prior``.
    ``words`` limits the words scored (default: every word of ``prior``)."""
    n_i = sum(counts_i.values())
    n_j = sum(counts_j.values())
    a0 = sum(prior.values())
    out: dict[str, tuple[float, float]] = {}
    for w in (prior if words is None else words):
        a = prior[w]
        if a <= 0:
            continue
        out[w] = _delta_z(counts_i.get(w, 0), counts_j.get(w, 0), n_i, n_j, a, a0)
    return out


def _delta_z(yi: float, yj: float, n_i: float, n_j: float, a: float, a0: float) -> tuple[float, float]:
    delta = math.log((yi + a) / (n_i + a0 - yi - a)) - math.log((yj + a) / (n_j + a0 - yj - a))
    return delta, delta / math.sqrt(1.0 / (yi + a) + 1.0 / (yj + a))


def distinctive_words(
    groups: Mapping[Hashable, Counter],
    background: Counter | None = None,
    prior_size: float | None = None,
    top: int = 10,
    min_count: int = 2,
) -> dict[Hashable, tuple[WordScore, ...]]:
    """For each group, its ``top`` most distinctive words against all the other groups together,
    highest z first (only words with z > 0 that the group used at least ``min_count`` times).

    ``groups`` maps a group (an outlet) to its word counts; ``background`` is the corpus whose word
    shares make the prior (default: the groups summed); ``prior_size`` is alpha_0 (default: the
    background's number of words). A single group gets nothing (there is no rest to compare with).
    """
    total = Counter()
    for c in groups.values():
        total.update(c)
    bg = background if background is not None else total
    bg_n = sum(bg.values())
    if bg_n == 0 or len(groups) < 2:
        return {g: () for g in groups}
    size = float(prior_size) if prior_size is not None else float(bg_n)
    vocab = set(total)
    prior = {w: size * bg.get(w, 0) / bg_n for w in vocab}
    # words the background lacks still need a prior: give them half a background occurrence
    floor = 0.5 * size / bg_n
    prior = {w: (a if a > 0 else floor) for w, a in prior.items()}
    a0 = sum(prior.values())
    n_all = sum(total.values())
    result: dict[Hashable, tuple[WordScore, ...]] = {}
    for g, counts in groups.items():
        n_i = sum(counts.values())
        scored = []
        for w, c in counts.items():
            if c >= min_count:
                d, z = _delta_z(c, total[w] - c, n_i, n_all - n_i, prior[w], a0)
                if z > 0:
                    scored.append((z, d, w))
        scored.sort(key=lambda x: (-x[0], x[2]))
        result[g] = tuple(
            WordScore(g, w, counts[w], total[w] - counts[w], round(1000 * counts[w] / (n_i or 1), 3), round(d, 4), round(z, 4))
            for z, d, w in scored[:top]
        )
    return result


def count_words(texts: Iterable[str], stop: frozenset[str] = frozenset()) -> Counter:
    """Word counts of several texts (see :func:`content_words`)."""
    c: Counter = Counter()
    for t in texts:
        c.update(content_words(t, stop))
    return c
