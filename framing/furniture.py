"""Page furniture: the lines of a scraped page that are not the article ("Share this with
Facebook Twitter Email", "Media playback is unsupported on your device", "Advertisement",
"Read more: ...", "Copyright 2024 ... All rights reserved."), found line by line with
``lexicons/furniture.tsv``.

:func:`framing.parsing.parse` blanks these lines out before it splits the text, so no measure
sees them, while every offset still points into the text as given; the score lists each line
left out with the entry that matched it. A whole-line entry ("ADVERTISEMENT") and a label (a
credit, a player's notice) count anywhere, and so does a photo credit closing a caption's line
("... on 27 September. Photograph: Win McNamee/Getty Images": the credit alone); a rule that reads a line's beginning, end or words
applies only to a line that opens the text or a paragraph, or follows a finished sentence or a
line of furniture: in hard-wrapped prose a line may begin mid-sentence ("... urged everyone
to" / "sign up for the vaccine"). A name card, as The Hill prints them inside a sentence ("Sen.
John McCain John Sidney McCain2020 Democrats make play ... MORE (R-Ariz.) said"), is the one
piece of furniture found inside a line: the card goes, the sentence stays.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from framing.article import Furniture, Span
from framing.lexicon import Lexicons

__all__ = ["find_furniture", "blank_out", "MAX_LINE"]

MAX_LINE = 200  # a longer line is never furniture

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_TRAILING = " \t:.,!»›>|•·-–—"
_SENTENCE_END = tuple(".!?:\"”'’)»")


def find_furniture(text: str, lexicons: Lexicons) -> tuple[Furniture, ...]:
    """The lines of ``text`` that are page furniture, each with the entry of ``furniture.tsv``
    that matched it (for a caption's label, the label alone: "Image copyright Reuters Image
    caption" of a line whose caption is the article's), and the name cards inside lines (a
    ``card`` entry: "Sen. John McCain John Sidney McCain2020 ... MORE"), in the text's order."""
    rules = _rules(lexicons)
    out = []
    previous, last_end = ("", True), 0  # the last non-blank line, whether a blank line came after it
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        blank_between = text.count("\n", last_end, m.start()) >= 2
        last_end = m.end()
        if not stripped:
            previous = (previous[0], True)
            continue
        opens = previous[1] or blank_between or previous[0].endswith(_SENTENCE_END)
        if len(stripped) <= MAX_LINE:
            start = m.start() + len(line) - len(line.lstrip())
            hit = _match(stripped, rules, opens)
            length = 0
            if hit is not None:
                entry, length = hit
                out.append(Furniture(Span(start, start + length), text[start : start + length], entry))
                if length == len(stripped):  # a line of furniture ends what came before it
                    previous = ("", True)
                    continue
            credit = _credit(stripped, length, rules.credits)
            if credit is not None:  # "... on Capitol Hill. Photograph: Win McNamee/Getty Images"
                entry, at = credit
                end = start + len(stripped)
                out.append(Furniture(Span(start + at, end), text[start + at : end], entry))
                if at == 0:
                    previous = ("", True)
                    continue
        previous = (stripped, False)
    lines = [f.span for f in out]
    for pattern, ref in rules.cards:  # inside lines: "Sen. John McCain John Sidney McCain2020 ... MORE (R-Ariz.)"
        for m in pattern.finditer(text):
            if not any(sp.start <= m.start("card") < sp.end for sp in lines):  # not inside a furniture line
                out.append(Furniture(Span(m.start("card"), m.end("card")), m.group("card"), ref))
    return tuple(sorted(out, key=lambda f: f.span.start))


def _credit(line: str, after: int, credits) -> tuple[str, int] | None:
    """(entry, where it begins) of a photo credit that closes ``line`` after its first ``after``
    characters (a label already taken): "Photograph: Win McNamee/Getty Images", "(Photo: Mark
    Lambie/El Paso Times)", written with the entry's capitals, at most 80 characters, no sentence
    in it, and an agency's slash or the bracket's close ("the photograph: a burned car" is prose)."""
    for pattern, ref in credits:
        m = pattern.search(line, after)
        if m is None or len(line) - m.start() > 80:
            continue
        tail = line[m.end() :]
        if re.search(r"(?<!\b[A-Z])[.!?](?:\s|$)", tail) or not ("/" in tail or line.startswith("(", m.start()) and line.endswith(")")):
            continue
        return ref, m.start()
    return None


def blank_out(text: str, furniture: tuple[Furniture, ...]) -> str:
    """``text`` with each furniture line replaced by spaces of the same length, its line break
    too (so that a line taken out of a paragraph does not split it); a credit that closes a
    caption's line leaves the line break."""
    if not furniture:
        return text
    parts, pos = [], 0
    for f in sorted(furniture, key=lambda f: f.span.start):
        start = max(pos, f.span.start)  # pieces never overlap; were they to, offsets still hold
        whole_line = not text[text.rfind("\n", 0, f.span.start) + 1 : f.span.start].strip()
        end = max(start, f.span.end + (whole_line and text[f.span.end : f.span.end + 1] == "\n"))
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


class _Rules(NamedTuple):
    whole: dict
    labels: list
    starts: list
    ends: list
    contains: list
    words: dict
    actions: frozenset
    resumes: list
    credits: list
    cards: list


@functools.lru_cache(maxsize=8)
def _rules(lexicons: Lexicons) -> _Rules:
    """The entries of ``furniture.tsv`` by how they match: whole lines; labels and beginnings
    (longest first), endings and inner phrases, as case-blind patterns; platform and action words; the
    caption labels after which a line resumes; credits that close a caption's line."""
    whole, words, actions = {}, {}, set()
    patterns: dict[str, list] = {"start": [], "label": [], "end": [], "contains": [], "resume": [], "credit": [],
                                 "card": []}
    for e in lexicons["furniture"]:
        term, how = e.term.lower(), e.get("match", "line")
        if how in ("credit", "card"):
            patterns[how].append((e.term, e.ref))  # as written: "Photograph:", not "the photograph:"
        elif how in patterns:
            patterns[how].append((term, e.ref))
        elif how in ("words", "action"):
            words[term] = e.ref
            if how == "action":
                actions.add(term)
        else:
            whole[term.rstrip(_TRAILING)] = e.ref

    def compiled(how: str, form: str, flags=re.IGNORECASE):
        # a word's edge around the entry where it begins or ends with a letter ("more:" may run on)
        items = sorted(patterns[how], key=lambda t: -len(t[0]))
        return [(re.compile(form.format((r"(?<![^\W_])" if t[0].isalnum() else "") + re.escape(t)
                                        + (r"(?![^\W_])" if t[-1].isalnum() else "")), flags), ref)
                for t, ref in items]

    return _Rules(whole, compiled("label", "^{}"), compiled("start", "^{}"), compiled("end", r"{}[\s.!]*$"),
                  compiled("contains", "{}"), words, frozenset(actions), compiled("resume", r"{}[,:]?"),
                  compiled("credit", "{}", 0), [(re.compile(_CARD.format(re.escape(t))), ref) for t, ref in patterns["card"]])


# a name card inside a sentence: the name as the text writes it, then the card, which repeats the
# name in full with its surname run into the card's first headline, and ends with the entry
_CARD_WORD = r"[A-Z(][\w.'’()\"-]*"
_CARD = (r"(?:" + _CARD_WORD + r"\s){{0,3}}(?P<sur>[A-Z][a-z]+(?:[A-Z][a-z]+)?)\s"
         r"(?P<card>(?:" + _CARD_WORD + r"\s){{1,4}}?(?P=sur)(?=[A-Z0-9])[^\n]{{0,400}}?\s{}(?![^\W_]))")


def _match(line: str, rules, opens: bool) -> tuple[str, int] | None:
    """(entry, length of the furniture from the line's start) where ``line`` (stripped) is page
    furniture; ``opens``: it opens a paragraph or follows a finished sentence."""
    whole, labels, starts, ends, contains = rules.whole, rules.labels, rules.starts, rules.ends, rules.contains
    words, actions, resumes = rules.words, rules.actions, rules.resumes
    low = line.lower()
    entry = whole.get(low.rstrip(_TRAILING))
    if entry is None:  # a credit or a player's notice, wherever its line is
        entry = next((ref for pattern, ref in labels if pattern.search(line)), None)
    if entry is None and opens:
        entry = next((ref for pattern, ref in starts if pattern.search(line)), None)
        entry = entry or next((ref for pattern, ref in ends + contains if pattern.search(line)), None)
        if entry is None:
            every = _WORD.findall(low)
            found = [w for w in every if not w.isdigit()]
            acts = actions & set(found)
            if found and all(w in words for w in found) and not any(c.isalnum() for c in _WORD.sub("", low)) and (
                    len(found) >= 3 or acts and (len(found) == 2 or len(every) > len(found))):
                entry = words[found[0]]
    if entry is None and opens:  # a caption's label opening the line: the label alone
        for pattern, ref in resumes:
            m = pattern.match(line)
            if m:
                return ref, len(line[: m.end()].rstrip())
        return None
    if entry is None:
        return None
    cut = [len(line[: m.end()].rstrip()) for pattern, _ in resumes for m in [pattern.search(line)] if m and m.start() > 0]
    return entry, min(cut) if cut else len(line)  # "Image copyright Reuters Image caption ...": the caption is kept
