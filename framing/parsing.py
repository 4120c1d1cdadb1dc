"""parse(article) -> Document: paragraphs, sentences, tokens and quotations of one article."""
from __future__ import annotations

from framing.article import Article, Document
from framing.furniture import blank_out, find_furniture
from framing.lexicon import Lexicons, load_lexicons
from framing.quotes import find_quotes
from framing.segment import segment

__all__ = ["parse"]


def parse(article: Article | str, lexicons: Lexicons | None = None) -> Document:
    """Split an article into spans; all offsets point into ``article.text`` as given. Page
    furniture (:mod:`framing.furniture`) is blanked out first: no paragraph, sentence, token or
    quotation overlaps it (a caption kept after a credit's label begins after the label)."""
    if isinstance(article, str):
        article = Article(text=article)
    lexicons = lexicons or load_lexicons()
    furniture = find_furniture(article.text, lexicons)  # share buttons, "Advertisement": not the article
    text = blank_out(article.text, furniture)
    paragraphs, sentences, tokens = segment(text, lexicons)
    quotes = find_quotes(text, paragraphs)
    return Document(
        article=article,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        quotes=tuple(quotes),
        _quote_starts=tuple(q.start for q in quotes),
        furniture=furniture,
        body_text=text if furniture else None,
    )
