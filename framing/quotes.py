"""Quotation spans: straight and curly marks, quotations continued over paragraphs, stray marks.

Rules, in order of trust:
- A double quotation opens at “ „ « (or a straight " when none is open) and closes at ” » (or a
  straight " when one is open); two apostrophes '' count as a straight " (the convention of LDC
  and newspaper archives: ''We will win,'' she said).
- A quotation still open at the end of its paragraph continues only where the next paragraph
  opens with a quotation mark (the typographic convention for a quotation of several
  paragraphs); otherwise it is cut at the end of its paragraph and marked ``closed=False``. So a
  stray mark never swallows the rest of the article.
- Single marks ‘ ’ ' make a quotation only outside double quotations, when the opening one starts
  a word and a closing one follows within the same paragraph; an apostrophe inside a word
  ("don’t", "Musk’s") is never a quotation mark.
"""
from __future__ import annotations

import re

from framing.article import Paragraph, Quote, Span

__all__ = ["find_quotes", "is_title"]

_DOUBLE = re.compile(r"''|[\"“”„«»]")  # '' : two apostrophes for a straight double mark (LDC, NYT archives)
_SINGLE = re.compile(r"['‘’]")
_OPENERS = "“„«"
_CLOSERS = "”»"
_CONTINUERS = ('"', "''", "“", "„", "«")  # marks that open a paragraph going on with a quotation
_MAX_SINGLE = 400


def _strip(start: int, end: int, text: str) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _double_quotes(text: str, paragraphs: list[Paragraph]) -> list[Quote]:
    quotes: list[Quote] = []
    pending: list[Span] = []  # segments of a quotation continued from earlier paragraphs
    pending_start = -1
    for k, para in enumerate(paragraphs):
        marks = [(m.start(), m.end()) for m in _DOUBLE.finditer(text, para.start, para.end)]
        open_at = open_end = -1
        i = 0
        if pending:
            if marks and text[para.start:marks[0][0]].strip() == "":
                open_at, open_end = marks[0]
                i = 1
            else:  # the previous paragraph's quotation did not go on: cut it there
                quotes.append(Quote(pending_start, pending[-1].end, tuple(pending), "double", False))
                pending, pending_start = [], -1
        for pos, end in marks[i:]:
            ch = text[pos:end]
            opening = ch in _OPENERS or (ch in ('"', "''") and open_at < 0) or (
                # ”Mr. Trump ...” : a closing mark written where a quotation opens a paragraph
                ch in _CLOSERS and open_at < 0 and pos == para.start and end < para.end and text[end].isalnum()
            )
            if opening:
                if open_at < 0:
                    open_at, open_end = pos, end
                continue
            if open_at < 0:
                continue  # a stray closing mark
            seg = _strip(open_end, pos, text)
            if pending:
                quotes.append(Quote(pending_start, end, tuple(pending) + (seg,), "double", True))
                pending, pending_start = [], -1
            else:
                quotes.append(Quote(open_at, end, (seg,), "double", True))
            open_at = -1
        if open_at >= 0:
            seg = _strip(open_end, para.end, text)
            nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            continues = nxt is not None and text.startswith(_CONTINUERS, nxt.start)
            if not pending:
                pending_start = open_at
            pending.append(seg)
            if not continues:
                quotes.append(Quote(pending_start, para.end, tuple(pending), "double", False))
                pending, pending_start = [], -1
    if pending:
        quotes.append(Quote(pending_start, pending[-1].end, tuple(pending), "double", False))
    return quotes


def _single_quotes(text: str, paragraphs: list[Paragraph], doubles: list[Quote]) -> list[Quote]:
    quotes: list[Quote] = []
    for para in paragraphs:
        open_at = -1
        for m in _SINGLE.finditer(text, para.start, para.end):
            pos = m.start()
            before = text[pos - 1] if pos > para.start else " "
            after = text[pos + 1] if pos + 1 < para.end else " "
            if any(q.start <= pos < q.end for q in doubles):
                continue
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe inside a word
            starts_word = (before.isspace() or before in "([—–-:") and after.isalnum()
            ends_word = not before.isspace() and not after.isalnum()
            if open_at < 0:
                if starts_word and text[pos] != "’":
                    open_at = pos
                continue
            if ends_word and text[pos] != "‘":
                if pos - open_at <= _MAX_SINGLE:
                    quotes.append(Quote(open_at, pos + 1, (_strip(open_at + 1, pos, text),), "single", True))
                open_at = -1
            elif starts_word and text[pos] != "’":
                open_at = pos
    return quotes


def find_quotes(text: str, paragraphs: list[Paragraph]) -> list[Quote]:
    """All quotations in ``text``, ordered by start; they never overlap."""
    doubles = _double_quotes(text, paragraphs)
    singles = _single_quotes(text, paragraphs, doubles)
    found = sorted(doubles + singles, key=lambda q: q.start)
    return [q for q in found if q.segments and q.segments[0].end > q.segments[0].start]


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")
_TITLE_SMALL = {"the", "of", "and", "a", "an", "on", "in", "to", "for", "at", "with", "by", "or", "from"}


def is_title(text: str) -> bool:
    """A quotation that is a title, not someone's words: two to six words in Title Case, with no
    mark that ends a sentence ("Meet the Press," "State of the Union")."""
    body = text.strip().rstrip(",.;:")
    words = _TITLE_WORD.findall(body)
    if not 2 <= len(words) <= 6 or any(c in body for c in ".?!"):
        return False
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return words[0][0].isupper() and len(capitalised) >= 2 and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)

