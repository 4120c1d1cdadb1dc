"""Group articles about the same event when the corpus does not say which event each covers.

``group_events(articles)`` represents each article by TF-IDF weights of the words of its title and
lead (the first ``lead_words`` words of the body), measures cosine distance between every pair,
sets the distance of articles dated more than ``window_days`` apart to 1 (where both have a date),
and cuts an average-linkage agglomerative clustering at ``threshold`` (scikit-learn). Each group is
named by its top terms, so a user can check it; ``save_groups`` writes the mapping as an editable
TSV file (``id``, ``event``, ``title``) and ``load_groups`` reads it back for the next run.

References: Salton, G. and Buckley, C. (1988). Term-weighting approaches in automatic text
retrieval. *Information Processing & Management* 24(5). Yang, Y., Pierce, T. and Carbonell, J.
(1998). A study of retrospective and on-line event detection. SIGIR '98 (TF-IDF, cosine similarity
and agglomerative clustering of news stories into events, with a time window).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from framing.article import Article
from framing.errors import FramingError

__all__ = ["EventGroup", "group_events", "assign_events", "save_groups", "load_groups", "article_key"]


@dataclass(frozen=True)
class EventGroup:
    """Articles found to cover one event: a label (``event-N-term-term``), the articles' keys
    (:func:`article_key`), titles, and the group's top TF-IDF terms (highest mean weight first)."""

    event: str
    keys: tuple[str, ...]
    titles: tuple[str, ...]
    terms: tuple[str, ...]


def article_key(article: Article) -> str:
    """The key of an article in a mapping file: its id, else where it came from."""
    return article.id or article.source


def _lead(article: Article, lead_words: int) -> str:
    words = article.text.split()
    return f"{article.title} {article.title} " + " ".join(words[:lead_words])  # the title counts twice


def _date(text: str) -> dt.date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def group_events(
    articles: Sequence[Article],
    threshold: float = 0.8,
    window_days: int | None = 3,
    lead_words: int = 80,
    top_terms: int = 5,
) -> tuple[EventGroup, ...]:
    """Group articles about the same event (see the module docstring).

    ``threshold`` is the cosine distance (0-1) at which clusters stop merging (average linkage;
    lower makes more, tighter groups); ``window_days`` the largest date difference within a group
    (None: dates ignored); ``lead_words`` how much of each body is read besides the title. English
    stop words are dropped (scikit-learn's list). Returns groups, largest first; a single article
    forms its own group.
    """
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    articles = list(articles)
    if not articles:
        return ()
    docs = [_lead(a, lead_words) for a in articles]
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b")
    try:
        x = vec.fit_transform(docs)
    except ValueError:  # no words at all
        x = None
    if len(articles) == 1 or x is None:
        labels = np.zeros(len(articles), dtype=int) if len(articles) == 1 else np.arange(len(articles))
    else:
        sim = (x @ x.T).toarray()
        dist = np.clip(1.0 - sim, 0.0, 1.0)
        if window_days is not None:
            days = [_date(a.date) for a in articles]
            for i, di in enumerate(days):
                for j in range(i + 1, len(days)):
                    dj = days[j]
                    if di and dj and abs((di - dj).days) > window_days:
                        dist[i, j] = dist[j, i] = 1.0
        np.fill_diagonal(dist, 0.0)
        model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average", distance_threshold=threshold)
        labels = model.fit_predict(dist)
    vocab = np.array(vec.get_feature_names_out()) if x is not None else np.array([])
    members: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        members.setdefault(int(lab), []).append(i)
    ordered = sorted(members.values(), key=lambda ix: (-len(ix), ix[0]))
    groups = []
    for n, ix in enumerate(ordered, start=1):
        terms: tuple[str, ...] = ()
        if x is not None and len(vocab):
            weights = np.asarray(x[ix].mean(axis=0)).ravel()
            top = [int(t) for t in np.argsort(-weights)[:top_terms] if weights[t] > 0]
            terms = tuple(str(vocab[t]) for t in top)
        label = f"event-{n}" + "".join(f"-{t}" for t in terms[:2])
        groups.append(EventGroup(label, tuple(article_key(articles[i]) for i in ix),
                                 tuple(articles[i].title for i in ix), terms))
    return tuple(groups)


def assign_events(articles: Iterable[Article], mapping: Mapping[str, str]) -> list[Article]:
    """The articles with ``event`` set from ``mapping`` (article key -> event); an article the
    mapping does not name keeps its own event."""
    return [dataclasses.replace(a, event=mapping[article_key(a)]) if article_key(a) in mapping else a for a in articles]


def save_groups(groups: Sequence[EventGroup], path: str | Path) -> None:
    """Write groups as an editable mapping file: UTF-8 TSV with a ``#`` line per group (its label
    and top terms), then ``id<TAB>event<TAB>title`` rows. Edit the event column to move an article,
    and pass the file back with ``--group-events FILE``."""
    lines = ["# framing event groups: edit the event column to move an article to another group; "
             "lines starting with # are comments", "id\tevent\ttitle"]
    for g in groups:
        lines.append(f"# {g.event}: {len(g.keys)} articles; top terms: {', '.join(g.terms)}")
        for key, title in zip(g.keys, g.titles):
            lines.append(f"{_clean(key)}\t{_clean(g.event)}\t{_clean(title)}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def load_groups(path: str | Path) -> dict[str, str]:
    """Read a mapping file written by :func:`save_groups` (or by hand: ``id<TAB>event`` rows, an
    optional header, ``#`` comments) into ``{article key: event}``. Raises FramingError on a row
    without two columns."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise FramingError(f"{path}: cannot read the event mapping: {exc.strerror or exc}") from None
    mapping: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise FramingError(f"{path}:{lineno}: expected 'id<TAB>event', got {line[:60]!r}")
        if lineno <= 2 and cols[0].strip() == "id" and cols[1].strip() == "event":
            continue
        mapping[cols[0].strip()] = cols[1].strip()
    return mapping
