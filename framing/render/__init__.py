"""Every output format, in one place: ``framing.render`` re-exports the renderers of

- :mod:`framing.render.formats`: format names, table styles, CSV cells;
- :mod:`framing.render.article`: an article's summary, ``--explain``, JSON, CSV and tables;
- :mod:`framing.render.evaluation`: the evaluation reports;
- :mod:`framing.render.comparison`: comparisons of outlets.

Renderers return strings; they never print.
"""
from framing.render.article import *  # noqa: F401,F403
from framing.render.article import __all__ as _article
from framing.render.comparison import *  # noqa: F401,F403
from framing.render.comparison import __all__ as _comparison
from framing.render.evaluation import *  # noqa: F401,F403
from framing.render.evaluation import __all__ as _evaluation
from framing.render.formats import FORMATS, safe_cell, table_format, write_csv

__all__ = ["FORMATS", "safe_cell", "table_format", "write_csv", *_article, *_evaluation, *_comparison]
