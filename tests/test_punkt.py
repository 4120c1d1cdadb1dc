"""Tests for framing/punkt.py: the same sentence spans as NLTK's Punkt with the same abbreviations."""
import json

import pytest
from conftest import demo_texts, shared_data

from framing.lexicon import load_lexicons
from framing.punkt import PunktSplitter

ABBREVIATIONS = {e.term.lower().rstrip(".") for e in load_lexicons()["abbreviations"]}
SPLITTER = PunktSplitter(ABBREVIATIONS)


def spans(text):
    return [text[s:e] for s, e in SPLITTER.span_tokenize(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith went home. He slept.", ["Mr. Smith went home.", "He slept."]),
        ("It ended in 1990. the next year began.", ["It ended in 1990. the next year began."]),  # a number before lower case
        ("Ask J. Bach about it.", ["Ask J. Bach about it."]),  # an initial before a capital
        ('"Stop." She left. (Really.) Yes!', ['"Stop."', "She left.", "(Really.)", "Yes!"]),
        ("Wait... what? No!", ["Wait... what?", "No!"]),
        ("  Trailing space.  ", ["  Trailing space."]),  # leading space kept, trailing dropped, as NLTK
        ("", []),
    ],
)
def test_sentences(text, expected):
    assert spans(text) == expected


def _texts():
    yield from demo_texts()
    yield "Mr. Smith met Gov. Lee at 5 p.m. The U.S. Army, e.g. its 3rd Div., won 3-2. No. 5 is here. no. 6!"
    data = shared_data()
    path = data / "article_bias_prediction_sample" / "articles_subset.jsonl" if data else None
    if path is not None and path.is_file():
        with open(path, encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k == 300:
                    break
                yield json.loads(line).get("content_original") or ""


def test_the_same_spans_as_nltk():
    punkt = pytest.importorskip("nltk.tokenize.punkt")
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    nltk_punkt = punkt.PunktSentenceTokenizer(params)
    for text in _texts():
        for paragraph in [text, *text.split("\n")]:
            assert SPLITTER.span_tokenize(paragraph) == list(nltk_punkt.span_tokenize(paragraph)), paragraph[:200]
