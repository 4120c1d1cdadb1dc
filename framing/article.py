"""Articles as given, and the parsed documents the measures read.

Every offset in this module is a character offset into ``Article.text`` exactly as the user gave
it (end exclusive), so ``text[span.start:span.end]`` is always the evidence a number rests on.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

__all__ = ["MAX_CHARS", "Article", "Span", "Token", "Sentence", "Paragraph", "Quote", "Document"]


# The longest article framing scores: about 330,000 words, ten times a long book chapter. A text
# that long is a mistake (a whole corpus in one file, a binary dump) and would take minutes and
# gigabytes; it is refused with an error that says so.
MAX_CHARS = 2_000_000


@dataclass(frozen=True)
class Article:
    """One news article.

    ``text`` is the body (and headline, where the source gives no separate title); the other
    fields are metadata used to label output and to group articles for comparison.
    """

    text: str
    id: str = ""
    title: str = ""
    outlet: str = ""
    event: str = ""
    date: str = ""
    url: str = ""
    source: str = ""  # where the article came from: a path, "path:line", or "<stdin>"
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Span:
    """A stretch of ``Article.text``: ``start`` and ``end`` are character offsets, end exclusive."""

    start: int
    end: int

    def text(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Token:
    """A word, number or punctuation mark. ``lower`` is the lower-cased form used for matching."""

    start: int
    end: int
    text: str
    lower: str
    index: int  # position in Document.tokens
    sentence: int  # index of the sentence holding it

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True)
class Sentence:
    """A sentence: its span, its paragraph, and the range of its tokens in Document.tokens."""

    start: int
    end: int
    index: int
    paragraph: int
    token_start: int
    token_end: int


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    index: int


@dataclass(frozen=True)
class Quote:
    """A quotation between quotation marks.

    ``start``/``end`` include the marks; ``segments`` are the inner (content) spans, one per
    paragraph for a quotation continued over paragraphs. ``closed`` is False where the closing
    mark was missing and the quotation was cut at the end of its paragraph.
    """

    start: int
    end: int
    segments: tuple[Span, ...]
    mark: str  # "double" or "single"
    closed: bool

    @property
    def content(self) -> Span:
        return Span(self.segments[0].start, self.segments[-1].end)


@dataclass(frozen=True)
class Furniture:
    """A line of the page that is not the article ("Share this with Facebook Twitter Email"),
    left out of every measure: its span, its text and the entry of ``furniture.tsv`` that matched."""

    span: Span
    text: str
    entry: str


@dataclass(frozen=True)
class Document:
    """An article split into paragraphs, sentences, tokens and quotations (all spans into text)."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    quotes: tuple[Quote, ...]
    _quote_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    furniture: tuple[Furniture, ...] = ()
    body_text: str | None = field(default=None, repr=False, compare=False)  # the text, furniture blanked

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def body(self) -> str:
        """The text with its page furniture blanked out (same length, same offsets)."""
        return self.article.text if self.body_text is None else self.body_text

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.article.text[sentence.start : sentence.end]

    @functools.cached_property
    def word_count(self) -> int:
        return sum(1 for t in self.tokens if t.is_word)

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation whose content holds ``offset``, or None."""
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
        return None
