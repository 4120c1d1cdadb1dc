"""Features of one target mention in its sentence, for the target-dependent sentiment model.

The same function serves training (NewsMTSC sentences with target offsets) and scoring (a
mention in a parsed article), so the model sees the same features in both. Features know where
the target is: words by side and distance from the mention, the polarity of nearby words (VADER's
lexicon and ``sentiment.tsv``) by zone with negation, cheap syntactic cues (the target opens the
sentence, follows "by", is the object of a polar verb), and whether the target and the polar words
are inside a quotation. The target is masked (``<t>``) and other actors' mentions too (``<e>``),
so the model learns about contexts, not names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TargetContext", "target_features", "tokenize_sentence"]

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


def target_features(ctx: TargetContext, valences: dict[str, float]) -> dict[str, float]:
    """Feature name -> value for the target in ``ctx``. ``valences`` maps lower-cased words to
    polarity (-4..4)."""
    text = ctx.sentence
    spans = tokenize_sentence(text)
    words = [text[a:b] for a, b in spans]
    lows = [w.lower().replace("’", "'") for w in words]
    n = len(spans)
    tgt = [k for k, (a, b) in enumerate(spans) if a < ctx.end and b > ctx.start]
    if not tgt:
        return {"bias": 1.0}
    i, j = tgt[0], tgt[-1] + 1
    other = set()
    for s, e in ctx.others:
        other.update(k for k, (a, b) in enumerate(spans) if a < e and b > s and not (i <= k < j))
    masked = []
    for k, w in enumerate(lows):
        if i <= k < j:
            if k == i:
                masked.append("<t>")
        elif k in other:
            if not masked or masked[-1] != "<e>":
                masked.append("<e>")
        else:
            masked.append(w)
    # quotation state per token
    in_quote = [False] * n
    open_q = False
    for k, w in enumerate(words):
        if w in _QUOTES and w not in ("’",):
            open_q = not open_q
            continue
        in_quote[k] = open_q
    f: dict[str, float] = {"bias": 1.0}
    for w in masked:
        f["w:" + w] = 1.0
    for a, b in zip(masked, masked[1:]):
        f["b:" + a + "_" + b] = 1.0
    # words by side and distance, within the clause and beyond it (other actors masked)
    shown = ["<e>" if k in other else w for k, w in enumerate(lows)]
    clause_left = clause_right = False
    for k in range(i - 1, -1, -1):
        d = i - k
        if lows[k] in _CLAUSE:
            clause_left = True
        z = _zone(d)
        if d <= 3:
            f[f"l{d}:{shown[k]}"] = 1.0
        f[f"l{z}{'x' if clause_left else ''}:{shown[k]}"] = 1.0
    for k in range(j, n):
        d = k - j + 1
        if lows[k] in _CLAUSE:
            clause_right = True
        z = _zone(d)
        if d <= 3:
            f[f"r{d}:{shown[k]}"] = 1.0
        f[f"r{z}{'x' if clause_right else ''}:{shown[k]}"] = 1.0
    # polarity of nearby words, by side and zone, with negation and clause crossing
    total = 0.0
    for k in range(n):
        if i <= k < j or k in other:
            continue
        v = valences.get(lows[k])
        if v is None:
            continue
        negated = any(lows[m] in _NEGATORS for m in range(max(0, k - 3), k))
        if negated:
            v = -0.74 * v
        side = "l" if k < i else "r"
        d = i - k if k < i else k - j + 1
        crossed = any(lows[m] in _CLAUSE for m in (range(k + 1, i) if k < i else range(j, k)))
        z = _zone(d)
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
