"""Tests for framing/measures/vader.py: the same scores as vaderSentiment's analyzer."""
import json

from conftest import demo_texts, shared_data
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.lexicon import load_lexicons
from framing.measures.vader import Analyzer
from framing.parsing import parse

LEX = load_lexicons()

QUIRKS = [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Not bad at all",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today only kinda sux! But I'll get by, lol",
    "At least it isn't a horrible book. It was the least bad.",
    "It was never so good, and without doubt great, kind of good, sort of bad.",
    "He is not the bomb, no good, no or nor bad?? Really???",
    "",
    "   ",
]


def _sentences():
    yield from QUIRKS
    texts = demo_texts()
    data = shared_data()
    path = data / "article_bias_prediction_sample" / "articles_subset.jsonl" if data else None
    if path is not None and path.is_file():
        with open(path, encoding="utf-8") as f:
            texts += [json.loads(line).get("content_original") or "" for _, line in zip(range(150), f)]
    for text in texts:
        doc = parse(text, LEX)
        yield from (doc.sentence_text(s) for s in doc.sentences)


def test_the_same_scores_as_vadersentiment():
    ours, theirs = Analyzer(), SentimentIntensityAnalyzer()
    extra = {"fiasco": -2.5, "praised": 2.1}  # as framing extends the lexicon
    ours.lexicon.update(extra)
    theirs.lexicon.update(extra)
    for sentence in _sentences():
        assert ours.polarity_scores(sentence) == theirs.polarity_scores(sentence), sentence
