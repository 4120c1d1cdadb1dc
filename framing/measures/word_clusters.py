"""Word clusters: words that occur in similar contexts share a cluster number.

A word's cluster lets the attribution cue detector generalise from the words it was trained on to
words it never saw there ("slammed" shares a cluster with "criticized", "attacked", "praised").
The shipped clusters (``lexicons/models/word_clusters.tsv``) were computed by
``python -m framing.train clusters`` from unannotated news text: every lower-cased token's
left and right neighbours (two each side) counted over the corpus, weighted by positive pointwise
mutual information, reduced to 100 dimensions by truncated SVD and grouped by k-means at three
granularities (100, 400 and 1,000 clusters), the way Brown clusters are used as features in
tagging. The file holds words and numbers only, no text.
"""
from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from framing.model_files import shipped

from framing.errors import ResourceError

__all__ = ["WordClusters", "load_word_clusters", "CLUSTERS_FILE", "GRANULARITIES"]

CLUSTERS_FILE = "word_clusters.tsv"
GRANULARITIES = (100, 400, 1000)
UNKNOWN = "U"


@dataclass(frozen=True)
class WordClusters:
    """Lower-cased word -> its cluster at each granularity of ``granularities`` (as strings, the
    way they appear in feature names)."""

    granularities: tuple[int, ...]
    clusters: dict[str, tuple[str, ...]]

    def of(self, word: str) -> tuple[str, ...]:
        """The word's clusters, ``U`` at every granularity for a word the clusters do not know."""
        return self.clusters.get(word) or (UNKNOWN,) * len(self.granularities)


def parse_word_clusters(text: str, where: str = CLUSTERS_FILE) -> WordClusters:
    """Read the TSV: ``#`` comment lines, a header ``word`` + one column per granularity
    (``c100`` ...), then one word per row."""
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    if not rows:
        raise ResourceError(f"cannot load the word clusters ({where}): the file is empty")
    header = rows[0].split("\t")
    if header[0] != "word" or not all(h.startswith("c") and h[1:].isdigit() for h in header[1:]):
        raise ResourceError(f"cannot load the word clusters ({where}): the header must be word, c100, c400, ...")
    width = len(header)
    clusters: dict[str, tuple[str, ...]] = {}
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per distinct set of clusters
    for line in rows[1:]:
        cells = line.split("\t")
        if len(cells) == width:
            key = tuple(sys.intern(c) for c in cells[1:])
            clusters[cells[0]] = shared.setdefault(key, key)
    return WordClusters(tuple(int(h[1:]) for h in header[1:]), clusters)


@functools.lru_cache(maxsize=2)
def load_word_clusters(path: str | None = None) -> WordClusters:
    """The shipped word clusters (or the TSV at ``path``); a missing file is a ResourceError."""
    try:
        if path:
            with open(path, encoding="utf-8") as fh:
                return parse_word_clusters(fh.read(), path)
        text = (shipped() / "models" / CLUSTERS_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot load the word clusters ({path or CLUSTERS_FILE}): {exc}") from None
    return parse_word_clusters(text)
