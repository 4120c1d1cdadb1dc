"""Punkt sentence boundaries with a list of abbreviations and no trained data: NLTK's algorithm.

framing splits sentences with Punkt given only its abbreviation list (no collocations, no
frequent sentence starters, no orthographic statistics: NLTK's trained data is not available
offline). This module is the part of NLTK's ``nltk/tokenize/punkt.py`` (NLTK 3.10) that such a
splitter runs, so that framing need not ``import nltk``, which loads SciPy, scikit-learn and
pandas (about 190 MB and a second in every process) for a few hundred lines. With the trained
parameters empty, the orthographic heuristic reduces to "a punctuation mark or a lower-case word
does not start a sentence" and the collocation and sentence-starter heuristics never fire; the
rest is NLTK's code with its regular expressions, compiled, as NLTK compiles them, with the
``regex`` engine. A test compares the spans with NLTK's on real articles.

Derived from NLTK, Copyright (C) 2001-2026 NLTK Project (Punkt: Willy, Steven Bird, Edward Loper,
Joel Nothman, Arthur Darcet, Tom Aarsen), licensed under the Apache License, Version 2.0
(http://www.apache.org/licenses/LICENSE-2.0; a copy in LICENSE-NLTK.txt). Changes: only sentence
splitting with an abbreviation list is kept; tokens are plain strings; results are lists.

Reference: Kiss, T. and Strunk, J. (2006). Unsupervised Multilingual Sentence Boundary
Detection. Computational Linguistics 32(4): 485-525.
"""
from __future__ import annotations

import re

import regex

__all__ = ["PunktSplitter"]

# PunktLanguageVars (English): sentence-end characters, word tokens, period contexts, realignment
_NON_WORD = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb%s])" % re.escape("!?")
_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
_WORD_TOKENIZER = regex.compile(
    r"""(
        %(MultiChar)s
        |
        (?=%(WordStart)s)\S+?  # Accept word characters until end is found
        (?= # Sequences marking a word's end
            \s|                                 # White-space
            $|                                  # End-of-string
            %(NonWord)s|%(MultiChar)s|          # Punctuation
            ,(?=$|\s|%(NonWord)s|%(MultiChar)s) # Comma if at end of word
        )
        |
        \S
    )"""
    % {"NonWord": _NON_WORD, "MultiChar": _MULTI_CHAR, "WordStart": _WORD_START},
    re.UNICODE | re.VERBOSE,
)
_PERIOD_CONTEXT = regex.compile(
    r"""
        %(SentEndChars)s             # a potential sentence ending
        (?=(?P<after_tok>
            %(NonWord)s              # either other punctuation
            |
            \s+(?P<next_tok>\S+)     # or whitespace and some other token
        ))"""
    % {"NonWord": _NON_WORD, "SentEndChars": "[%s]" % re.escape(".?!")},
    re.UNICODE | re.VERBOSE,
)
_BOUNDARY_REALIGNMENT = regex.compile(r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)', re.MULTILINE)

# PunktToken
_ELLIPSIS = regex.compile(r"\.\.+$")
_NUMERIC = regex.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_INITIAL = regex.compile(r"[^\W\d]\.$", re.UNICODE)

_SENT_END_CHARS = (".", "?", "!")
_PUNCTUATION = tuple(";:,.!?")
_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace


class PunktSplitter:
    """Sentence spans by Punkt with the given abbreviations (lower case, without the final
    period, as NLTK's ``PunktParameters.abbrev_types``)."""

    def __init__(self, abbreviations: set[str] | frozenset[str]):
        self._abbreviations = frozenset(abbreviations)

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence of ``text``: NLTK's ``span_tokenize`` with
        ``realign_boundaries=True``."""
        return self._realign_boundaries(text, self._slices_from_text(text))

    # PunktSentenceTokenizer._match_potential_end_contexts
    def _potential_end_contexts(self, text: str):
        previous_start = previous_stop = 0
        previous_match = None
        for match in _PERIOD_CONTEXT.finditer(text):
            # the slice of the word before the match: after the last white space since the last match
            before_text = text[previous_stop : match.start()]
            last_space = max(before_text.rfind(c) for c in _WHITESPACE)
            if last_space > 0:  # NLTK's index 0 counts as "none found", as here
                word_start = last_space + previous_stop + 1
            else:
                word_start = previous_start
            if previous_match and previous_stop <= word_start:
                yield previous_match, text[previous_start:previous_stop] + previous_match.group() + previous_match.group("after_tok")
            previous_match = match
            previous_start, previous_stop = word_start, match.start()
        if previous_match:
            yield previous_match, text[previous_start:previous_stop] + previous_match.group() + previous_match.group("after_tok")

    def _slices_from_text(self, text: str) -> list[tuple[int, int]]:
        slices = []
        last_break = 0
        for match, context in self._potential_end_contexts(text):
            if self._contains_sentbreak(context):
                slices.append((last_break, match.end()))
                if match.group("next_tok"):
                    last_break = match.start("next_tok")  # the next sentence starts after white space
                else:
                    last_break = match.end()  # it starts at the following punctuation
        slices.append((last_break, len(text.rstrip())))  # the last sentence without trailing white space
        return slices

    def _realign_boundaries(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Punctuation after the period that belongs to the sentence ("(Sent1.) Sent2.")."""
        out = []
        realign = 0
        for k, (start1, stop1) in enumerate(slices):
            start1 += realign
            if k + 1 == len(slices):
                if text[start1:stop1]:
                    out.append((start1, stop1))
                continue
            start2, stop2 = slices[k + 1]
            m = _BOUNDARY_REALIGNMENT.match(text[start2:stop2])
            if m:
                out.append((start1, start2 + len(m.group(0).rstrip())))
                realign = m.end()
            else:
                realign = 0
                if text[start1:stop1]:
                    out.append((start1, stop1))
        return out

    def _contains_sentbreak(self, text: str) -> bool:
        """Whether a token of ``text`` other than the last is a sentence break: NLTK's
        ``text_contains_sentbreak`` (its first and second annotation passes) with no trained data."""
        tokens = [tok for line in text.split("\n") if line.strip() for tok in _WORD_TOKENIZER.findall(line)]
        for k in range(len(tokens) - 1):
            tok = tokens[k]
            # first pass, by the token alone: a sentence-end character, or a word ending in a
            # period that is not an abbreviation, breaks (an ellipsis or an abbreviation does not)
            if tok in _SENT_END_CHARS:
                sentbreak = True
            elif _ELLIPSIS.match(tok):
                sentbreak = False
            elif tok.endswith(".") and not tok.endswith(".."):
                low = tok[:-1].lower()
                sentbreak = not (low in self._abbreviations or low.split("-")[-1] in self._abbreviations)
            else:
                sentbreak = False
            # second pass: an initial or a number before a token that does not start a sentence
            # is no break (the orthographic heuristic with no statistics: a punctuation mark or a
            # lower-case word does not start one, an upper-case word after an initial neither)
            if sentbreak and tok.endswith("."):
                initial = _INITIAL.match(tok) is not None
                if initial or _type_no_period(tok) == "##number##":
                    nxt = tokens[k + 1]
                    if nxt in _PUNCTUATION or nxt[0].islower() or (initial and nxt[0].isupper()):
                        sentbreak = False
            if sentbreak:
                return True
        return False


def _type_no_period(tok: str) -> str:
    """PunktToken.type_no_period: the lower-cased token, numbers as ``##number##``, without a
    final period."""
    typ = _NUMERIC.sub("##number##", tok.lower())
    if len(typ) > 1 and typ[-1] == ".":
        return typ[:-1]
    return typ
