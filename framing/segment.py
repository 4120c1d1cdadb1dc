"""Paragraphs, sentences and tokens as character spans, offline.

Sentences come from NLTK's Punkt algorithm with no trained data (:mod:`framing.punkt`, NLTK's
code without the rest of NLTK): its abbreviation list is the project's
``lexicons/abbreviations.tsv``. Two repairs follow, because untrained Punkt cannot know them: a
general abbreviation ("U.S.", "Inc.", "a.m.") followed by a word that usually starts a
sentence ("The", "He", ...) ends the sentence; "No.", "pp." and the like are abbreviations only
before a number (otherwise "he said no." ends one); initials ("J.D. Vance") and a lower-case start
after a quotation ('"We will!" she said.') do not, nor does a quotation's frame of a name and a
verb after a question or an exclamation ('"Why now?" Okafor asked.'). Tokens are the matches of ``TOKEN_PATTERN``,
compiled as NLTK's RegexpTokenizer compiles it (the ``regex`` engine, its flags).

References: Kiss, T. and Strunk, J. (2006). Unsupervised Multilingual Sentence Boundary
Detection. Computational Linguistics 32(4).
"""
from __future__ import annotations

import functools
import re

import regex

from framing.article import Paragraph, Sentence, Span, Token
from framing.lexicon import Lexicons
from framing.punkt import PunktSplitter

__all__ = ["TOKEN_PATTERN", "MAX_SENTENCE_TOKENS", "split_paragraphs", "split_sentences", "tokenize", "Segmenter"]

TOKEN_PATTERN = r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*\w*|\w+(?:-\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|\S"

MAX_SENTENCE_TOKENS = 1000

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")
_INITIALS = re.compile(r"(?:\b[A-Z]\.){1,3}$")
_FIRST_WORD = re.compile(r"^\W*(\w+)")
_QUOTE_OR_BRACKET = "\"“‘'([«„"
# a quotation's frame after a quoted question or exclamation: '"Why now?" Okafor asked.' is one
# sentence; Punkt ends one at "?" before a capital
_QUESTION_CLOSED = re.compile(r"[?!][\"”’']$")
_FRAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}[a-z]+(?:\s+[a-z]+ly)?\.$")
# NLTK's RegexpTokenizer(TOKEN_PATTERN) matches with the regex engine and these flags; matching
# directly spares its per-match time limit (framing's pattern is linear)
_TOKENS = regex.compile(TOKEN_PATTERN, re.UNICODE | re.MULTILINE | re.DOTALL)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs: blocks between blank lines; where the text has no blank line, each line."""
    spans: list[tuple[int, int]] = []
    if _BLANK_LINE.search(text):
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    paragraphs = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        start += lead
        end = start + len(stripped)
        paragraphs.append(Paragraph(start, end, len(paragraphs)))
    return paragraphs


class Segmenter:
    """Splits text into sentences and tokens with the abbreviations of a set of lexicons."""

    def __init__(self, lexicons: Lexicons):
        kinds: dict[str, str] = {}
        for entry in lexicons["abbreviations"]:
            kinds[entry.term.lower().rstrip(".")] = entry.get("kind", "general")
        # "No." is an abbreviation only before a number: Punkt may end a sentence there, and the
        # break is undone where a number follows (:meth:`_merge_false_breaks`)
        self._punkt = PunktSplitter({k for k, kind in kinds.items() if kind != "number"})
        self._kinds = kinds
        self._starters = lexicons["sentence_starters"].terms()
        self._pattern = _TOKENS

    def sentences(self, text: str, paragraph: Paragraph) -> list[tuple[int, int]]:
        """Sentence spans inside one paragraph, as offsets into ``text``."""
        chunk = text[paragraph.start : paragraph.end]
        spans = [(paragraph.start + s, paragraph.start + e) for s, e in self._punkt.span_tokenize(chunk)]
        spans = self._split_after_abbreviations(text, spans)
        return self._merge_false_breaks(text, spans)

    def _split_after_abbreviations(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for start, end in spans:
            piece = text[start:end]
            cut = start
            for m in re.finditer(r"(\S+)\.(\s+)(\S)", piece):
                word = m.group(1).lstrip(_QUOTE_OR_BRACKET).lower()
                if self._kinds.get(word) not in ("general", "month"):
                    continue
                nxt = _FIRST_WORD.match(piece[m.end(2) :])
                if not nxt:
                    continue
                follower = nxt.group(1)
                if follower.lower() in self._starters and follower[0].isupper():
                    boundary = start + m.end(1) + 1
                    out.append((cut, boundary))
                    cut = start + m.end(2)
            out.append((cut, end))
        return out

    def _merge_false_breaks(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged:
                prev_start, prev_end = merged[-1]
                prev = text[prev_start:prev_end]
                head = text[start:end].lstrip(_QUOTE_OR_BRACKET + "”’ ")
                first = _FIRST_WORD.match(text[start:end])
                lower_start = bool(head) and head[0].islower()
                initials = _INITIALS.search(prev) is not None and (
                    first is None or first.group(1).lower() not in self._starters
                )
                kind = self._kinds.get(prev.rsplit(None, 1)[-1].lstrip(_QUOTE_OR_BRACKET).rstrip(".").lower()) if prev.endswith(".") else None
                title = kind == "title"
                number = kind == "number" and text[start:end][:1].isdigit()
                frame = _QUESTION_CLOSED.search(prev) is not None and _FRAME.fullmatch(text[start:end]) is not None
                if lower_start or initials or title or number or frame:
                    merged[-1] = (prev_start, end)
                    continue
            merged.append((start, end))
        return merged

    def tokens(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(start + m.start(), start + m.end()) for m in self._pattern.finditer(text[start:end])]


@functools.lru_cache(maxsize=8)
def _segmenter(lexicons: Lexicons) -> Segmenter:
    return Segmenter(lexicons)


def split_sentences(text: str, lexicons: Lexicons) -> list[Span]:
    """Sentence spans of ``text`` (all paragraphs)."""
    seg = _segmenter(lexicons)
    return [Span(s, e) for p in split_paragraphs(text) for s, e in seg.sentences(text, p)]


def tokenize(text: str, lexicons: Lexicons) -> list[Span]:
    """Token spans of ``text``."""
    return [Span(s, e) for s, e in _segmenter(lexicons).tokens(text, 0, len(text))]


def segment(text: str, lexicons: Lexicons) -> tuple[list[Paragraph], list[Sentence], list[Token]]:
    """Paragraphs, sentences and tokens of ``text``; every token lies in exactly one sentence.

    A run of more than ``MAX_SENTENCE_TOKENS`` tokens with no sentence end (a page of text with no
    punctuation, a table flattened to one line) is cut into pieces of that many tokens, so that
    the measures, several of which look at a whole sentence for each word or mention in it, take
    time in proportion to the text. No sentence of real prose comes near: the longest in 1,500
    news articles of ../shared/data has 300 tokens."""
    seg = _segmenter(lexicons)
    paragraphs = split_paragraphs(text)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for p in paragraphs:
        for s, e in seg.sentences(text, p):
            spans = seg.tokens(text, s, e)
            for cut in range(0, len(spans), MAX_SENTENCE_TOKENS):  # an overlong "sentence" in pieces
                piece = spans[cut : cut + MAX_SENTENCE_TOKENS]
                first = len(tokens)
                for ts, te in piece:
                    word = text[ts:te]
                    tokens.append(Token(ts, te, word, word.lower().replace("’", "'"), len(tokens), len(sentences)))
                start = s if cut == 0 else piece[0][0]
                end = e if cut + MAX_SENTENCE_TOKENS >= len(spans) else piece[-1][1]
                sentences.append(Sentence(start, end, len(sentences), p.index, first, len(tokens)))
    return paragraphs, sentences, tokens
