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
    "compare": "framing.compare",
    "Comparison": "framing.compare",
}


def _checkout_lexicons() -> None:
    """Let ``framing.lexicons`` be the checkout's ``lexicons/`` when ``framing`` is imported from a
    source checkout that is not installed in editable mode (``python`` started in the clone after
    ``pip install .`` imports the clone's ``framing/``, beside which the installed package's
    lexicons are not): the installed package maps ``framing.lexicons`` to that folder the same way."""
    import importlib.util
    import os
    import sys

    if importlib.util.find_spec("framing.lexicons") is not None:
        return
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lexicons")
    init = os.path.join(folder, "__init__.py")
    if os.path.isfile(init):
        spec = importlib.util.spec_from_file_location("framing.lexicons", init, submodule_search_locations=[folder])
        module = importlib.util.module_from_spec(spec)
        sys.modules["framing.lexicons"] = module
        spec.loader.exec_module(module)


_checkout_lexicons()


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
