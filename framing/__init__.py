"""framing: measure how news articles frame events.

    >>> import framing
    >>> result = framing.score("Officials said the bridge may reopen.")
    >>> result.hedging.hedges
    1

The measures can be used one by one on a parsed document (``framing.parse``): see
``framing.measures``. Nothing heavy is imported until it is used.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Article",
    "ArticleScore",
    "score",
    "score_many",
    "parse",
    "load_lexicons",
    "read_articles",
    "find_actors",
    "measure_attribution",
    "measure_hedging",
    "measure_evidentiality",
    "measure_sentiment",
    "measure_readability",
    "FramingError",
    "compare",
    "Comparison",
]

_LAZY = {
    "Article": "framing.article",
    "ArticleScore": "framing.scoring",
    "score": "framing.scoring",
    "score_many": "framing.scoring",
    "parse": "framing.parsing",
    "load_lexicons": "framing.lexicon",
    "read_articles": "framing.corpus",
    "find_actors": "framing.measures.actors",
    "measure_attribution": "framing.measures.attribution",
    "measure_hedging": "framing.measures.hedging",
    "measure_evidentiality": "framing.measures.evidentiality",
    "measure_sentiment": "framing.measures.sentiment",
    "measure_readability": "framing.measures.readability",
    "FramingError": "framing.errors",
    "compare": "framing.comparison",
    "Comparison": "framing.comparison",
}


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
