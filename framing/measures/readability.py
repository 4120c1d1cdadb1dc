"""Readability: standard indices computed by textstat, offline.

textstat counts syllables with the CMU Pronouncing Dictionary, which it asks NLTK for and, when
NLTK does not have it, tries to download. framing ships the dictionary in NLTK's own format
(``lexicons/nltk_data/corpora/cmudict/``, CMU's BSD-style licence) and reads that file itself,
with no NLTK and no network; if the file is missing it raises ResourceError. To let textstat
itself find the same file offline, :func:`ensure_cmudict` adds the folder to NLTK's documented
data path (``nltk.data.path``).

The indices are textstat's (0.7): its formulas, its word, sentence, letter and character counts,
its syllables per word (CMUdict's first pronunciation, else Pyphen) and its easy-word list,
computed here once per article and per word: textstat itself recounts each word's syllables for
each index with caches of 128 entries, which made readability a fifth of framing's scoring time,
and it holds CMUdict as NLTK's lists of phonemes (over 100 MB in every process), where framing
keeps one number per word. The figures are the same to the last bit (a test compares them with
textstat's on real articles).

References: Flesch (1948); Kincaid et al. (1975); Gunning (1952); McLaughlin (1969, SMOG);
Coleman and Liau (1975); Smith and Senter (1967, ARI); as implemented in textstat.
"""
from __future__ import annotations

import functools
import importlib.util
import re
from dataclasses import dataclass
from framing.model_files import shipped
from pathlib import Path

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
    """Put framing's copy of CMUdict on NLTK's data path, for textstat used directly; return the
    folder. Never downloads. (framing's own readability reads the file without NLTK.)"""
    import nltk

    _cmudict_file()
    folder = shipped() / "nltk_data"
    path = str(folder)
    if path not in nltk.data.path:
        nltk.data.path.insert(0, path)
    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        raise ResourceError(f"NLTK cannot read framing's CMUdict in {path}") from None
    return path


# textstat 0.7's text transformations (textstat/backend/transformations, selections, counts)
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_PUNCTUATION_AND_APOSTROPHE = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


def _words(text: str) -> list[str]:
    """textstat's ``list_words``: punctuation removed (apostrophes of contractions kept), split on
    white space."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


def _sentence_count(text: str) -> int:
    """textstat's ``count_sentences``: runs of text up to . ! or ?, not counting those of two
    words or fewer; at least 1."""
    if not text:
        return 0
    pieces = _SENTENCE.findall(text)
    ignored = sum(1 for piece in pieces if len(_words(piece)) <= 2)
    return max(1, len(pieces) - ignored)


def _cmudict_file():
    """framing's copy of CMUdict (NLTK's format); ResourceError if it is missing."""
    path = shipped() / "nltk_data" / "corpora" / "cmudict" / "cmudict"
    if not path.is_file():
        raise ResourceError(
            "CMUdict is missing from framing's lexicons (lexicons/nltk_data/corpora/cmudict/); reinstall framing"
        )
    return path


@functools.lru_cache(maxsize=1)
def _cmudict_syllables() -> dict[str, int]:
    """CMUdict's words -> the vowel phonemes (those marked with a stress digit) of their first
    pronunciation: what textstat counts from NLTK's reader of the same file (``cmudict.dict()``,
    words lower-cased, pronunciations in file order), held as numbers rather than phoneme lists
    (a tenth of the memory)."""
    path = _cmudict_file()
    table: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        pieces = line.split()
        if pieces:
            table.setdefault(pieces[0].lower(), sum(1 for p in pieces[2:] if p[-1].isdigit()))
    return table


@functools.lru_cache(maxsize=1)
def _hyphenator():
    from pyphen import Pyphen

    return Pyphen(lang="en_US")  # textstat's, for English


@functools.lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """textstat's list of easy English words (its Gunning fog never counts them as difficult),
    read from the installed package without importing it (importing textstat imports NLTK)."""
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError("textstat is not installed; framing reads its list of easy words (pip install textstat)")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "en" / "easy_words.txt"
    with path.open(encoding="utf-8") as f:
        return frozenset(line.strip() for line in f)


@functools.lru_cache(maxsize=65536)
def _word_counts(word: str) -> tuple[int, bool]:
    """(syllables, difficult) of one word as textstat 0.7 counts them: CMUdict's vowel phonemes,
    else Pyphen's hyphenation points + 1; difficult = not on textstat's easy-word list and at
    least three syllables (its Gunning fog threshold for English)."""
    low = word.lower()
    syllables = _cmudict_syllables().get(low)
    if syllables is None:
        syllables = len(_hyphenator().positions(low)) + 1
    return syllables, low not in _easy_words() and syllables >= 3


def measure_readability(doc: Document) -> ReadabilityResult:
    """Readability indices of ``doc`` (textstat, English)."""
    _cmudict_syllables()  # a missing dictionary is an error even for a text of no words

    text = doc.body  # without page furniture
    words = doc.word_count
    sentences = len(doc.sentences)
    if not words:
        return ReadabilityResult(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, sentences, 0.0)
    listed = _words(text)
    n_words = len(listed)
    n_sentences = _sentence_count(text)
    syllables = polysyllables = difficult = 0
    for word in listed:
        count, hard = _word_counts(word)
        syllables += count
        polysyllables += count >= 3
        difficult += hard
    try:
        words_per_sentence = n_words / n_sentences
    except ZeroDivisionError:
        words_per_sentence = 0.0
    try:
        syllables_per_word = syllables / n_words
    except ZeroDivisionError:
        syllables_per_word = 0.0
    # textstat/backend/metrics: the same formulas, in the same order of operations
    if words_per_sentence == 0 or syllables_per_word == 0:
        fre = fkg = 0.0
    else:
        fre = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
        fkg = (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59
    fog = 0.0 if not n_words else 0.4 * (words_per_sentence + 100 * difficult / n_words)
    smog = 0.0 if not n_sentences else (1.043 * (30 * (polysyllables / n_sentences)) ** 0.5) + 3.1291
    letters = (len(_PUNCTUATION_AND_APOSTROPHE.sub("", _SPACE.sub("", text))) / n_words * 100) if n_words else 0.0
    per_word = (n_sentences / n_words * 100) if n_words else 0.0
    cli = 0.0 if letters == 0 or per_word == 0 else (0.058 * letters) - (0.296 * per_word) - 15.8
    spaced = len(text.split())
    chars = len(_SPACE.sub("", text)) / spaced if spaced else 0.0
    ari = 0.0 if chars == 0 or words_per_sentence == 0 else (4.71 * chars) + (0.5 * words_per_sentence) - 21.43
    return ReadabilityResult(
        flesch_reading_ease=round(fre, 2),
        flesch_kincaid_grade=round(fkg, 2),
        gunning_fog=round(fog, 2),
        smog_index=round(smog, 2),
        coleman_liau_index=round(cli, 2),
        automated_readability_index=round(ari, 2),
        words=words,
        sentences=sentences,
        words_per_sentence=round(words / sentences, 2) if sentences else 0.0,
    )
