"""score(article) -> ArticleScore: every measure of one article, with its evidence.

The headline figures of a score (one number per column, the same names in tables, CSV and JSON)
are listed once, in ``COLUMNS``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from framing.article import MAX_CHARS, Article, Furniture, Span
from framing.errors import InputError
from framing.lexicon import Lexicons, load_lexicons
from framing.measures.actors import (
    ActorSpec, ActorsResult, find_actors, parse_actor_spec, with_speakers, with_speakers_possessives,
)
from framing.measures.attribution import AttributionResult, measure_attribution
from framing.measures.evidentiality import EvidentialityResult, measure_evidentiality
from framing.measures.hedging import HedgingResult, measure_hedging
from framing.measures.readability import ReadabilityResult, measure_readability
from framing.measures.sentiment import SentimentResult, measure_sentiment
from framing.parsing import parse

__all__ = ["SCHEMA", "COLUMNS", "TEXT_COLUMNS", "INTEGER_COLUMNS", "ArticleScore", "score", "score_many", "headline", "resolve_actors"]

SCHEMA = "framing.article/1"

# name -> description (with unit); the order of columns in every table.
COLUMNS: dict[str, str] = {
    "id": "article id",
    "outlet": "outlet",
    "event": "event, as given (a record's event field)",
    "date": "date, as given",
    "title": "title, as given",
    "words": "words in the body",
    "sentences": "sentences",
    "attributions_per_1000_words": "attribution relations per 1,000 words",
    "attributed_word_share": "share of words inside attributed content, direct or indirect (0-1)",
    "quoted_word_share": "share of words inside quotation marks (0-1)",
    "anonymous_sources": "attributions to anonymous sources",
    "distancing_cues": "attributions with a distancing verb (claim, allege, insist)",
    "hedges_per_1000_words": "hedges per 1,000 words",
    "hedged_sentence_share": "share of sentences with a hedge (0-1)",
    "boosters_per_1000_words": "boosters per 1,000 words",
    "reported_share": "share of sentences whose evidential basis is reported (0-1)",
    "no_evidence_sentences": "sentences that say a claim lacks evidence",
    "actors": "actors named",
    "tone": "mean VADER compound of the sentences (-1..1)",
    "flesch_reading_ease": "Flesch reading ease (about 0-100 for ordinary prose, higher is easier; unclamped)",
}


TEXT_COLUMNS = frozenset({"id", "outlet", "event", "date", "title"})  # the columns of text; the others are numbers
INTEGER_COLUMNS = frozenset({"words", "sentences", "anonymous_sources", "distancing_cues", "no_evidence_sentences", "actors"})


@dataclass(frozen=True)
class ArticleScore:
    """All measures of one article. Every span in it is a character offset into
    ``article.text``; ``sentences`` are the sentence spans the measures refer to by index."""

    schema: str
    article: Article
    words: int
    sentences: tuple[Span, ...]
    paragraphs: int
    attribution: AttributionResult
    hedging: HedgingResult
    evidentiality: EvidentialityResult
    actors: ActorsResult
    sentiment: SentimentResult
    readability: ReadabilityResult
    furniture: tuple[Furniture, ...] = ()  # lines of the page left out of every measure


def resolve_actors(actors: Iterable[str | ActorSpec] | None, actors_file: str | Path | None = None) -> tuple[ActorSpec, ...]:
    """User-named actors from ``"Name=Alias,Alias"`` strings, ActorSpecs and an actors file
    (one such line per actor; ``#`` comments)."""
    specs: list[ActorSpec] = []
    for a in actors or ():
        specs.append(a if isinstance(a, ActorSpec) else parse_actor_spec(a))
    if actors_file:
        for line in Path(actors_file).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                specs.append(parse_actor_spec(line.strip()))
    return tuple(specs)


def score(
    article: Article | str,
    lexicons: Lexicons | str | Path | None = None,
    actors: Sequence[str | ActorSpec] = (),
    sentiment: str = "model",
    cues: str = "model",
) -> ArticleScore:
    """Score one article (or a text) with every measure.

    ``lexicons`` is a folder of the user's own TSV lists (extending or overriding the shipped
    ones) or a loaded :class:`~framing.lexicon.Lexicons`; ``actors`` names actors and aliases
    (``"Elon Musk=Musk,Elon"``); ``sentiment`` is ``model`` (the trained target-dependent model)
    or ``lexicon`` (polar words around each mention); ``cues`` is how attribution cues are found:
    ``model``, ``rules`` or ``both`` (see :func:`~framing.measures.attribution.measure_attribution`).
    Returns an :class:`ArticleScore`. A text of more than ``MAX_CHARS`` characters raises
    :class:`~framing.errors.InputError`; anything but an Article or a str (None, bytes, a dict)
    raises TypeError.
    """
    if isinstance(article, str):
        article = Article(text=article)
    elif not isinstance(article, Article) or not isinstance(article.text, str):
        what = type(article.text if isinstance(article, Article) else article).__name__
        raise TypeError(f"framing.score takes an Article or a str of text, not {what}")
    if len(article.text) > MAX_CHARS:
        raise InputError(f"too long: {len(article.text):,} characters; framing scores articles of up to {MAX_CHARS:,}")
    lex = lexicons if isinstance(lexicons, Lexicons) else load_lexicons(lexicons)
    specs = resolve_actors(actors)
    doc = parse(article, lex)
    found = find_actors(doc, lex, specs)
    attribution = measure_attribution(doc, lex, found, cues=cues)
    speakers: dict[str, int] = {}
    for a in attribution.attributions:
        if a.source_actor:
            speakers[a.source_actor] = speakers.get(a.source_actor, 0) + 1
    found = with_speakers_possessives(with_speakers(found, speakers), attribution.attributions, doc.text,
                                      lex.rule_words("own_word"))
    return ArticleScore(
        schema=SCHEMA,
        article=article,
        words=doc.word_count,
        sentences=tuple(Span(s.start, s.end) for s in doc.sentences),
        paragraphs=len(doc.paragraphs),
        attribution=attribution,
        hedging=measure_hedging(doc, lex),
        evidentiality=measure_evidentiality(doc, lex, attribution),
        actors=found,
        sentiment=measure_sentiment(doc, lex, found, attribution, method=sentiment),
        readability=measure_readability(doc),
        furniture=doc.furniture,
    )


def score_many(
    articles: Iterable[Article | str],
    lexicons: Lexicons | str | Path | None = None,
    actors: Sequence[str | ActorSpec] = (),
    sentiment: str = "model",
    cues: str = "model",
    jobs: int = 1,
) -> Iterator[ArticleScore]:
    """Score articles lazily, in order (options as for :func:`score`).

    ``jobs`` > 1 scores in that many processes (see :mod:`framing.parallel`; ``0`` or ``None``: one
    per core), reading ahead a bounded number of articles; call it under
    ``if __name__ == "__main__":`` in a script. With one job an article that cannot be scored
    raises its exception; with several, a :class:`~framing.errors.FramingError` naming it."""
    if jobs == 1:
        lex = lexicons if isinstance(lexicons, Lexicons) else load_lexicons(lexicons)
        specs = resolve_actors(actors)
        for article in articles:
            yield score(article, lex, specs, sentiment=sentiment, cues=cues)
        return
    from framing.errors import FramingError
    from framing.parallel import Settings, default_jobs, score_stream

    if isinstance(lexicons, Path):
        lexicons = str(lexicons)
    settings = Settings(lexicons, resolve_actors(actors), sentiment, cues)
    for outcome in score_stream(articles, settings, jobs=jobs or default_jobs()):
        if outcome.error is not None:
            item = outcome.item
            where = item if isinstance(item, str) else (item.source or item.id or item.text)
            raise FramingError(f"{' '.join(str(where).split())[:80]}: {outcome.error}")
        yield outcome.result


def headline(s: ArticleScore) -> dict[str, object]:
    """The headline figures of a score, keyed by ``COLUMNS``."""
    att, hed, ev = s.attribution, s.hedging, s.evidentiality
    return {
        "id": s.article.id,
        "outlet": s.article.outlet,
        "event": s.article.event,
        "date": s.article.date,
        "title": s.article.title,
        "words": s.words,
        "sentences": len(s.sentences),
        "attributions_per_1000_words": att.per_1000_words,
        "attributed_word_share": att.attributed_word_share,
        "quoted_word_share": att.quoted_word_share,
        "anonymous_sources": att.by_source_type.get("anonymous", 0),
        "distancing_cues": att.by_stance.get("distancing", 0),
        "hedges_per_1000_words": hed.hedges_per_1000_words,
        "hedged_sentence_share": hed.hedged_sentence_share,
        "boosters_per_1000_words": hed.boosters_per_1000_words,
        "reported_share": ev.profile.get("reported", 0.0),
        "no_evidence_sentences": ev.counts.get("no_evidence", 0),
        "actors": len(s.actors.actors),
        "tone": s.sentiment.tone,
        "flesch_reading_ease": s.readability.flesch_reading_ease,
    }
