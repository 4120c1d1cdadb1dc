"""Page furniture: the lines of a scraped page that are not the article ("Share this with
Facebook Twitter Email", "Media playback is unsupported on your device", "Advertisement",
"Read more: ...", "Copyright 2024 ..."), found line by line with ``lexicons/furniture.tsv``.

:func:`framing.parsing.parse` blanks these lines out before it splits the text, so no measure
sees them, while every offset still points into the text as given; the score lists each line
left out with the entry that matched it.
"""
from __future__ import annotations

import re

from framing.article import Furniture, Span
from framing.lexicon import Lexicons

__all__ = ["find_furniture", "blank_out", "MAX_LINE"]

MAX_LINE = 200  # a longer line is never furniture

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_TRAILING = " \t:.!»›>|•·-–—"


def find_furniture(text: str, lexicons: Lexicons) -> tuple[Furniture, ...]:
    """The lines of ``text`` that are page furniture, each with the entry of ``furniture.tsv``
    that matched it."""
    rules = _rules(lexicons)
    if not text or not any(rules[:4]):
        return ()
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped or len(stripped) > MAX_LINE:
            continue
        low = stripped.lower()
        entry = _match(low, rules)
        if entry is not None:
            start = m.start() + len(line) - len(line.lstrip())
            end = start + len(stripped)
            resumes = [low.find(t) + len(t) for t in rules[4] if low.find(t) > 0]
            if resumes:  # "Image copyright Reuters Image caption ...": the caption is kept
                end = start + min(resumes)
            out.append(Furniture(Span(start, end), text[start:end], entry))
    return tuple(out)


def blank_out(text: str, furniture: tuple[Furniture, ...]) -> str:
    """``text`` with each furniture line replaced by spaces of the same length."""
    if not furniture:
        return text
    parts, pos = [], 0
    for f in furniture:
        parts.append(text[pos : f.span.start])
        parts.append(" " * (f.span.end - f.span.start))
        pos = f.span.end
    parts.append(text[pos:])
    return "".join(parts)


def _rules(lexicons: Lexicons):
    whole, start, contains, words, resume = {}, [], [], {}, []
    for e in lexicons["furniture"]:
        term, how = e.term.lower(), e.get("match", "line")
        if how == "start":
            start.append((term, e.ref))
        elif how == "contains":
            contains.append((term, e.ref))
        elif how == "words":
            words[term] = e.ref
        elif how == "resume":
            resume.append(term)
        else:
            whole[term.rstrip(_TRAILING)] = e.ref
    start.sort(key=lambda t: -len(t[0]))
    return whole, start, contains, words, resume


def _match(low: str, rules) -> str | None:
    whole, start, contains, words, _ = rules
    ref = whole.get(low.rstrip(_TRAILING))
    if ref is not None:
        return ref
    for term, ref in start:
        if low.startswith(term) and (len(low) == len(term) or not term[-1].isalpha() or not low[len(term)].isalnum()):
            return ref
    for term, ref in contains:
        if term in low:
            return ref
    found = _WORD.findall(low)
    rest = _WORD.sub("", low)
    if len(found) >= 2 and all(w in words for w in found) and not any(c.isalnum() for c in rest):
        return words[found[0]]
    return None
