"""Features of one target mention in its sentence, for the target-dependent sentiment model.

The same function serves training (NewsMTSC sentences with target offsets) and scoring (a
mention in a parsed article), so the model sees the same features in both. Features know where
the target is: words by side and distance from the mention, the polarity of nearby words (VADER's
lexicon and ``sentiment.tsv``) by zone with negation, cheap syntactic cues (the target opens the
sentence, follows "by", is the object of a polar verb), and whether the target and the polar words
are inside a quotation. The three words each side of the mention also count by their word
clusters (:mod:`framing.measures.word_clusters`), so that what the model learned of "slammed"
carries to "blasted", which NewsMTSC's train split may never show near a target. The target is
masked (``<t>``) and other actors' mentions too (``<e>``), so the model learns about contexts,
not names.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from framing.measures.word_clusters import WordClusters, load_word_clusters

__all__ = ["TargetContext", "target_features", "tokenize_sentence", "with_word", "FEATURE_KEY"]

# what the features' names mean, for a reader of the model's reasons (``--explain``)
FEATURE_KEY = (
    "lN:word / rN:word a word N places left / right of the mention (N 1, 2 or 3), and in zones of distance "
    "(l2: 2-3 places, l4: 4-7, l8: more; x after the number: past a comma, 'but' or the like); vl2 / vr4 the "
    "polarity of the polar words in a zone, "
    "cl2n / cr4p how many are negative / positive; vall all polar words of the sentence, vnear those of the "
    "mention's clause weighed by distance, vq those inside quotation marks; w:word and b:word_word the "
    "sentence's words and word pairs (<t> the mention, <e> another actor); t:start, t:by, t:poss, t:quoted "
    "the mention opens the sentence, follows 'by', is possessive, is quoted; t:objpol / t:subjpol the "
    "polarity of the word just before / after it; s:quote, s:others the sentence has a quotation, other actors; "
    "kl1_400:c=word / kr2_1000:c=word the word cluster c (of 400 or 1,000) of the word N places left / right, "
    "and that word."
)

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*\w*|\w+(?:-\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|\S")
_QUOTES = set("\"“”‘’«»„")
_NEGATORS = {"not", "n't", "no", "never", "nor", "without", "neither", "hardly", "cannot", "nothing", "none"}
_CLAUSE = {",", ";", ":", "—", "–", "but", "while", "whereas", "although", "though", "however"}
_ZONES = ((1, 1, "1"), (2, 3, "2"), (4, 7, "4"), (8, 1000, "8"))


@dataclass(frozen=True)
class TargetContext:
    """A sentence, the target's character span in it, and other actors' spans (to mask)."""

    sentence: str
    start: int
    end: int
    others: tuple[tuple[int, int], ...] = ()


def tokenize_sentence(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def _zone(d: int) -> str:
    for lo, hi, name in _ZONES:
        if lo <= d <= hi:
            return name
    return "8"


_ZONE_OF = tuple(_zone(d) for d in range(1001))
_NEAR_LEFT = {d: f"l{d}:" for d in (1, 2, 3)}
_NEAR_RIGHT = {d: f"r{d}:" for d in (1, 2, 3)}
# the granularities of the word clusters of the near words, by their place in WordClusters.granularities
_CLUSTER_LEVELS = (1, 2)
# side -> zone -> crossed a clause boundary -> the feature's prefix ("l4x:")
_ZONE_KEYS = {side: {z: {False: f"{side}{z}:", True: f"{side}{z}x:"} for _, _, z in _ZONES} for side in "lr"}
# side -> distance (1000: beyond) -> (the prefix within the clause, beyond it)
_DISTANCE_KEYS = {side: tuple((keys[z][False], keys[z][True]) for z in _ZONE_OF) for side, keys in _ZONE_KEYS.items()}


def _zone_of(d: int) -> str:
    return _ZONE_OF[d] if d <= 1000 else "8"


_POLAR: list = [None]  # the last sentence's polar words: (lows, valences, [(index, valence)]), swapped whole


def _polar(lows: tuple[str, ...], valences: dict[str, float]) -> list[tuple[int, float]]:
    """(index, valence) of the sentence's words in ``valences``, in order (the last sentence's are
    kept: an article's mentions in one sentence come one after another)."""
    last = _POLAR[0]
    if last is not None and last[0] is lows and last[1] is valences:
        return last[2]
    found = [(k, v) for k, w in enumerate(lows) if (v := valences.get(w)) is not None]
    _POLAR[0] = (lows, valences, found)
    return found


@functools.lru_cache(maxsize=64)
def _sentence(text: str) -> tuple:
    """Token spans, token ends, words, lower-cased words, quotation state, running count of
    clause boundaries, and the names of the word and word-pair features of the unmasked words
    (``w:`` and ``b:``) of a sentence (cached: an article's mentions in one sentence share them)."""
    spans = tuple(tokenize_sentence(text))
    words = tuple(text[a:b] for a, b in spans)
    lows = tuple(w.lower().replace("’", "'") for w in words)
    in_quote = [False] * len(spans)
    open_q = False
    for k, w in enumerate(words):
        if w in _QUOTES and w not in ("’",):
            open_q = not open_q
            continue
        in_quote[k] = open_q
    clauses = [0]
    for w in lows:
        clauses.append(clauses[-1] + (w in _CLAUSE))
    word_names = tuple(["w:" + w for w in lows])
    pair_names = tuple(["b:" + a + "_" + b for a, b in zip(lows, lows[1:])])
    return spans, tuple(b for _, b in spans), words, lows, tuple(in_quote), tuple(clauses), word_names, pair_names


def _overlapping(spans, ends, start: int, end: int) -> range:
    """Indices of the tokens overlapping ``[start, end)`` (tokens are sorted and disjoint)."""
    first = bisect.bisect_right(ends, start)
    last = first
    while last < len(spans) and spans[last][0] < end:
        last += 1
    return range(first, last)


def _masked_names(lows, word_names, pair_names, i: int, j: int, other: set[int]) -> list[str]:
    """The ``w:`` names of the masked sentence's words, then its ``b:`` names of adjacent pairs:
    the target's tokens ``[i, j)`` are one ``<t>``, a run of other actors' tokens one ``<e>``."""
    parts: list = []  # the masked sentence: runs (a, b) of unmasked words, and "<t>" / "<e>"
    k = 0
    for m in sorted(other.union(range(i, j))):
        if m > k:
            parts.append((k, m))
        if m == i:
            parts.append("<t>")
        elif not i <= m < j and (not parts or parts[-1] != "<e>"):
            parts.append("<e>")
        k = m + 1
    if k < len(lows):
        parts.append((k, len(lows)))
    words: list[str] = []
    pairs: list[str] = []
    last = None  # the previous part's last word (or marker)
    for part in parts:
        if part.__class__ is str:
            words.append("w:" + part)
            if last is not None:
                pairs.append("b:" + last + "_" + part)
            last = part
        else:
            a, b = part
            words.extend(word_names[a:b])
            if last is not None:
                pairs.append("b:" + last + "_" + lows[a])
            pairs.extend(pair_names[a : b - 1])
            last = lows[b - 1]
    words.extend(pairs)
    return words


def _cluster_names(shown, i: int, j: int, clusters: WordClusters) -> list[str]:
    """The word clusters of the three words each side of the target's tokens ``[i, j)``, at the
    granularities of ``_CLUSTER_LEVELS`` (none for a masked actor)."""
    names = []
    append = names.append
    of = clusters.of
    levels = [(g, clusters.granularities[g]) for g in _CLUSTER_LEVELS]
    for side, places in (("l", range(i - 1, max(-1, i - 4), -1)), ("r", range(j, min(len(shown), j + 3)))):
        for d, k in enumerate(places, 1):
            w = shown[k]
            if w != "<e>":
                found = of(w)
                for g, size in levels:
                    append(f"k{side}{d}_{size}:{found[g]}")
    return names


def with_word(ctx: TargetContext, name: str) -> str:
    """A cluster feature's name with the word it stands for in ``ctx`` ("kr1_400:336" ->
    "kr1_400:336=attack"), so that a reason can be checked against the text; other names as
    they are."""
    if name[:1] != "k" or name[1:2] not in ("l", "r") or not name[2:3].isdigit() or "_" not in name:
        return name
    spans, ends, words, *_ = _sentence(ctx.sentence)
    tgt = _overlapping(spans, ends, ctx.start, ctx.end)
    if not tgt:
        return name
    d = int(name[2])
    k = tgt[0] - d if name[1] == "l" else tgt[-1] + d
    return f"{name}={words[k]}" if 0 <= k < len(words) else name


def target_features(ctx: TargetContext, valences: dict[str, float], clusters: WordClusters | None = None) -> dict[str, float]:
    """Feature name -> value for the target in ``ctx``. ``valences`` maps lower-cased words to
    polarity (-4..4); ``clusters``: the word clusters (the shipped ones by default)."""
    spans, ends, words, lows, in_quote, clauses, word_names, pair_names = _sentence(ctx.sentence)
    n = len(spans)
    tgt = _overlapping(spans, ends, ctx.start, ctx.end)
    if not tgt:
        return {"bias": 1.0}
    i, j = tgt[0], tgt[-1] + 1
    other = set()
    for s, e in ctx.others:
        other.update(k for k in _overlapping(spans, ends, s, e) if not (i <= k < j))
    # (every feature below is set in this order, as one assignment at a time would: a key set
    # again keeps its first place)
    f: dict[str, float] = {"bias": 1.0}
    shown = ["<e>" if k in other else w for k, w in enumerate(lows)] if other else lows
    f.update(dict.fromkeys(_masked_names(lows, word_names, pair_names, i, j, other), 1.0))
    # words by side and distance, within the clause and beyond it (other actors masked)
    keys = []
    append = keys.append
    left, right = _DISTANCE_KEYS["l"], _DISTANCE_KEYS["r"]
    at = clauses[i]
    for k in range(i - 1, -1, -1):
        d = i - k
        if d <= 3:
            append(_NEAR_LEFT[d] + shown[k])
        append(left[d if d <= 1000 else 1000][at - clauses[k] > 0] + shown[k])
    at = clauses[j]
    for k in range(j, n):
        d = k - j + 1
        if d <= 3:
            append(_NEAR_RIGHT[d] + shown[k])
        append(right[d if d <= 1000 else 1000][clauses[k + 1] - at > 0] + shown[k])
    f.update(dict.fromkeys(keys, 1.0))
    f.update(dict.fromkeys(_cluster_names(shown, i, j, clusters or load_word_clusters()), 1.0))
    # polarity of nearby words, by side and zone, with negation and clause crossing
    total = 0.0
    for k, v in _polar(lows, valences):
        if i <= k < j or k in other:
            continue
        negated = any(lows[m] in _NEGATORS for m in range(max(0, k - 3), k))
        if negated:
            v = -0.74 * v
        side = "l" if k < i else "r"
        d = i - k if k < i else k - j + 1
        crossed = (clauses[i] - clauses[k + 1] if k < i else clauses[k] - clauses[j]) > 0
        z = _zone_of(d)
        key = f"v{side}{z}{'x' if crossed else ''}"
        f[key] = f.get(key, 0.0) + v / 4
        sign = "p" if v > 0 else "n"
        f[f"c{side}{z}{sign}"] = f.get(f"c{side}{z}{sign}", 0.0) + 1.0
        if in_quote[k]:
            f["vq"] = f.get("vq", 0.0) + v / 4
        if not crossed:
            total += v / (1 + (d - 1) / 3)
        f["vall"] = f.get("vall", 0.0) + v / 4
    f["vnear"] = total / (abs(total) + 4)
    # cheap roles
    if i == 0 or all(w in _QUOTES for w in words[:i]):
        f["t:start"] = 1.0
    if i > 0 and lows[i - 1] == "by":
        f["t:by"] = 1.0
    if j < n and lows[j] in ("'s", "’s"):
        f["t:poss"] = 1.0
    if i > 0 and valences.get(lows[i - 1]) is not None:
        f["t:objpol"] = valences[lows[i - 1]] / 4
    if j < n and valences.get(lows[j]) is not None:
        f["t:subjpol"] = valences[lows[j]] / 4
    if in_quote[i]:
        f["t:quoted"] = 1.0
    if any(in_quote):
        f["s:quote"] = 1.0
    if other:
        f["s:others"] = 1.0
    return f
