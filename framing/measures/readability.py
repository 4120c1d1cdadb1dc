"""Readability: standard indices computed by textstat, offline.

textstat counts syllables with the CMU Pronouncing Dictionary, which it asks NLTK for and, when
NLTK does not have it, tries to download. framing ships the dictionary in NLTK's own format
(``lexicons/nltk_data/corpora/cmudict/``, CMU's BSD-style licence) and adds that folder to
NLTK's documented data path (``nltk.data.path``) before the first call, so textstat finds it
with no network. If the file is missing, framing raises ResourceError instead of letting textstat
start a download.

References: Flesch (1948); Kincaid et al. (1975); Gunning (1952); McLaughlin (1969, SMOG);
Coleman and Liau (1975); Smith and Senter (1967, ARI); as implemented in textstat.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from framing.article import Document
from framing.errors import ResourceError

__all__ = ["ReadabilityResult", "measure_readability", "ensure_cmudict"]


@dataclass(frozen=True)
class ReadabilityResult:
    """Readability indices of the article body, as textstat computes them (unclamped). Flesch
    reading ease is about 0-100 for ordinary prose (higher is easier) but falls outside that range
    for very easy or very hard text; the grade indices are US school grades and can fall below
    zero for very short words and sentences; ``words_per_sentence`` uses framing's sentences."""

    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    words: int
    sentences: int
    words_per_sentence: float


@functools.lru_cache(maxsize=1)
def ensure_cmudict() -> str:
    """Put framing's copy of CMUdict on NLTK's data path; return the folder. Never downloads."""
    import nltk

    folder = resources.files("framing.lexicons") / "nltk_data"
    path = str(folder)
    if not (folder / "corpora" / "cmudict" / "cmudict").is_file():
        raise ResourceError(
            "CMUdict is missing from framing's lexicons (lexicons/nltk_data/corpora/cmudict/); reinstall framing"
        )
    if path not in nltk.data.path:
        nltk.data.path.insert(0, path)
    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        raise ResourceError(f"NLTK cannot read framing's CMUdict in {path}") from None
    return path


def measure_readability(doc: Document) -> ReadabilityResult:
    """Readability indices of ``doc`` (textstat, English)."""
    ensure_cmudict()
    import textstat

    text = doc.text
    words = doc.word_count
    sentences = len(doc.sentences)
    if not words:
        return ReadabilityResult(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, sentences, 0.0)
    return ReadabilityResult(
        flesch_reading_ease=round(textstat.flesch_reading_ease(text), 2),
        flesch_kincaid_grade=round(textstat.flesch_kincaid_grade(text), 2),
        gunning_fog=round(textstat.gunning_fog(text), 2),
        smog_index=round(textstat.smog_index(text), 2),
        coleman_liau_index=round(textstat.coleman_liau_index(text), 2),
        automated_readability_index=round(textstat.automated_readability_index(text), 2),
        words=words,
        sentences=sentences,
        words_per_sentence=round(words / sentences, 2) if sentences else 0.0,
    )
