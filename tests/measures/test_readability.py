"""Tests for framing/measures/readability.py: textstat indices, offline, and degenerate texts."""
from __future__ import annotations

import math
import socket

import pytest

import framing
from framing.errors import ResourceError
from framing.lexicon import load_lexicons
from framing.measures import readability
from framing.measures.readability import measure_readability
from framing.parsing import parse

LEX = load_lexicons()

INDICES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
)

EASY = "The cat sat on the mat. The dog ran to the park. We had fun in the sun."
HARD = (
    "Institutional intergovernmental considerations necessitate comprehensive reconsideration "
    "of unprecedented administrative responsibilities."
)
NEWS = (
    "The committee may approve the plan on Monday. Officials said it was necessary, "
    "according to records seen by reporters. The mayor declined to comment."
)


def readability_of(text: str):
    return measure_readability(parse(text, LEX))


@pytest.mark.parametrize("text", [EASY, HARD, NEWS, "Hello.", '"Yes," she said.'])
def test_indices_are_finite(text):
    r = readability_of(text)
    for name in INDICES:
        value = getattr(r, name)
        assert isinstance(value, float), name
        assert math.isfinite(value), name


def test_counts_come_from_framings_own_parse():
    doc = parse(NEWS, LEX)
    r = measure_readability(doc)
    assert r.words == doc.word_count == 24
    assert r.sentences == len(doc.sentences) == 3
    assert r.words_per_sentence == pytest.approx(8.0)


def test_easy_text_reads_easier_than_long_words():
    easy, hard = readability_of(EASY), readability_of(HARD)
    assert easy.flesch_reading_ease > hard.flesch_reading_ease
    assert easy.flesch_kincaid_grade < hard.flesch_kincaid_grade
    assert easy.gunning_fog < hard.gunning_fog
    assert easy.coleman_liau_index < hard.coleman_liau_index
    assert easy.automated_readability_index < hard.automated_readability_index


def test_same_words_in_shorter_sentences_read_easier():
    long = "The mayor said that the council would meet and that the plan would pass and that taxes would fall."
    short = "The mayor said the council would meet. The plan would pass. Taxes would fall."
    assert readability_of(short).flesch_reading_ease > readability_of(long).flesch_reading_ease


def test_score_carries_readability():
    s = framing.score(EASY)
    assert s.readability == readability_of(EASY)
    assert s.readability.flesch_reading_ease > 60


@pytest.mark.parametrize("text", ["", "   \n\n  ", "...", "\u201c \u201d"])
def test_empty_text_gives_zeros(text):
    r = framing.score(text).readability
    for name in INDICES:
        assert getattr(r, name) == 0.0, name
    assert r.words == 0
    assert r.words_per_sentence == 0.0


def test_empty_text_sentences_zero():
    r = framing.score("").readability
    assert r.sentences == 0


def _refuse(*args, **kwargs):
    raise AssertionError("network access attempted")


@pytest.fixture
def no_network(monkeypatch):
    import nltk

    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(nltk, "download", _refuse)
    # forget what earlier tests loaded, so the dictionary is looked up again under the block
    monkeypatch.setattr(nltk.data, "path", [p for p in nltk.data.path if "framing" not in p and "lexicons" not in p])
    readability.ensure_cmudict.cache_clear()
    from textstat.backend.utils import _get_cmudict

    _get_cmudict.get_cmudict.cache_clear()
    yield
    readability.ensure_cmudict.cache_clear()


def test_works_with_network_blocked(no_network):
    import nltk

    text = "Engineers inspected the northern viaduct overnight. Repairs could begin within a fortnight."
    r = framing.score(text).readability
    assert r.words == 12
    assert math.isfinite(r.flesch_reading_ease) and r.flesch_reading_ease != 0.0
    assert readability.ensure_cmudict() in nltk.data.path


def test_socket_block_is_effective(no_network):
    # guards the test above: the block must actually refuse a connection
    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("127.0.0.1", 9))


def test_missing_dictionary_raises_resource_error_not_download(monkeypatch, tmp_path, no_network):
    monkeypatch.setattr(readability, "shipped", lambda: tmp_path)  # a data folder without CMUdict
    readability.ensure_cmudict.cache_clear()
    readability._cmudict_syllables.cache_clear()  # loaded by earlier tests: look for the file again
    with pytest.raises(ResourceError, match="CMUdict"):
        readability_of("The bridge reopened on Tuesday.")
    with pytest.raises(ResourceError):
        framing.score("The bridge reopened on Tuesday.")


# --- unclamped, as documented --------------------------------------------------------------

def test_flesch_reading_ease_is_unclamped_as_documented():
    # textstat's formula is passed through: very easy text scores above 100, very hard below 0
    assert readability_of(EASY).flesch_reading_ease > 100.0
    assert readability_of(HARD).flesch_reading_ease < 0.0


def test_the_indices_are_textstats_to_the_last_bit():
    import textstat

    from conftest import demo_texts

    readability.ensure_cmudict()  # textstat used directly finds framing's CMUdict through NLTK

    texts = demo_texts() + ["U.S. wasn't 'quoted' rock'n'roll dogs' toys!!! ?? ...", "Ünïcödé façade naïve — “quotes” isn’t.",
                            "I'm. You're? They'll! Zyxwvut qwertyuiop asdfgh.", "one. two. three words here."]
    for text in texts:
        r = measure_readability(parse(text, LEX))
        assert (r.flesch_reading_ease, r.flesch_kincaid_grade, r.gunning_fog, r.smog_index, r.coleman_liau_index,
                r.automated_readability_index) == tuple(round(f(text), 2) for f in (
            textstat.flesch_reading_ease, textstat.flesch_kincaid_grade, textstat.gunning_fog, textstat.smog_index,
            textstat.coleman_liau_index, textstat.automated_readability_index))
