"""Tests for framing/measures/sentiment.py: sentiment toward actors, voice, and tone."""
from __future__ import annotations

from conftest import line_of

import math
from importlib import resources

import pytest

import framing

LEX_DIR = resources.files("framing.lexicons")




def assert_sentiment_evidence(s) -> None:
    text = s.article.text
    for m in s.sentiment.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert -1.0 <= m.score <= 1.0
        assert m.label == ("positive" if m.score >= 0.05 else "negative" if m.score <= -0.05 else "neutral")
        assert m.voice in ("writer", "quoted", "reported")
        actor = s.actors.get(m.actor)
        assert actor is not None
        assert (m.start, m.end) in {(x.start, x.end) for x in actor.mentions}
        sent = s.sentences[m.sentence]
        for w in m.evidence:
            assert text[w.start : w.end] == w.text
            assert sent.start <= w.start and w.end <= sent.end  # polar words come from the same sentence
            assert not (m.start <= w.start < m.end)  # the name itself is not evidence
            assert w.source == "vader" or w.source.startswith("sentiment.tsv:")
        if not m.evidence:
            assert m.score == 0.0


def sentiment(text: str, **kw):
    """Scores with the lexicon method, whose arithmetic these tests check by hand (the trained
    model is tested in test_sentiment_model.py)."""
    kw.setdefault("sentiment", "lexicon")
    s = framing.score(text, **kw)
    assert_sentiment_evidence(s)
    return s


def mention(s, actor: str, nth: int = 0):
    return [m for m in s.sentiment.mentions if m.actor == actor][nth]


def actor_row(s, actor: str):
    return next(a for a in s.sentiment.actors if a.actor == actor)


# --- target-dependent sentiment -------------------------------------------------------------

def test_praised_and_traitor_in_one_sentence():
    text = "The senator praised Smith but called Jones a traitor."
    s = sentiment(text)
    smith, jones = mention(s, "Smith"), mention(s, "Jones")
    assert smith.score > jones.score
    assert smith.label == "positive"
    assert jones.label == "negative"
    traitor = next(w for w in jones.evidence if w.text == "traitor")
    assert traitor.source == f"sentiment.tsv:{line_of('sentiment', 'traitor')}"
    assert traitor.valence < 0
    assert traitor.start == text.index("traitor")
    praised = next(w for w in smith.evidence if w.text == "praised")
    assert praised.source == "vader" and praised.valence > 0


def test_nearer_word_weighs_more():
    s = sentiment("Critics praised Smith on Monday alongside Jones.")
    smith, jones = mention(s, "Smith"), mention(s, "Jones")
    praised_for_smith = next(w.valence for w in smith.evidence if w.text == "praised")
    praised_for_jones = next(w.valence for w in jones.evidence if w.text == "praised")
    assert praised_for_smith > praised_for_jones > 0


@pytest.mark.parametrize(
    "good, bad",
    [
        ("Ann Cole, a hero to many, arrived at the hearing.", "Ann Cole, a traitor to many, arrived at the hearing."),
        ("Voters praised Ann Cole at the rally.", "Voters attacked Ann Cole at the rally."),
        ("The brave Ann Cole left the building.", "The corrupt Ann Cole left the building."),
        ("Ann Cole is a hero.", "Ann Cole is not a hero."),
    ],
)
def test_actor_next_to_positive_word_scores_higher(good, bad):
    g, b = mention(sentiment(good), "Ann Cole"), mention(sentiment(bad), "Ann Cole")
    assert g.score > 0 > b.score
    assert g.label == "positive" and b.label == "negative"


def test_negation_flips_and_damps():
    plain = next(w for w in mention(sentiment("Ann Cole is a hero."), "Ann Cole").evidence if w.text == "hero")
    # "no" takes the place of "a", so "hero" is as far from the name in both sentences
    negated = next(w for w in mention(sentiment("Ann Cole is no hero."), "Ann Cole").evidence if w.text == "hero")
    assert plain.valence > 0
    assert negated.valence == pytest.approx(-0.74 * plain.valence, abs=2e-3)


def test_neutral_sentence_gives_neutral_mention():
    s = sentiment("Ann Cole walked to the office on the corner.")
    m = mention(s, "Ann Cole")
    assert m.score == 0.0 and m.label == "neutral" and m.evidence == ()


def test_polar_word_in_another_sentence_does_not_count():
    s = sentiment("Ann Cole walked to the office on the corner. It was a disaster.")
    assert mention(s, "Ann Cole").evidence == ()


def test_score_is_vader_squashed_sum():
    m = mention(sentiment("The senator praised Smith but called Jones a traitor."), "Jones")
    total = sum(w.valence for w in m.evidence)
    assert m.score == pytest.approx(total / math.sqrt(total * total + 15), abs=2e-3)


# --- voice ----------------------------------------------------------------------------------

def test_mention_inside_quotation_is_quoted_with_speaker():
    text = 'Ruth Okafor said: "Tom Bell is a liar and a coward."'
    s = sentiment(text)
    bell = mention(s, "Tom Bell")
    assert bell.voice == "quoted"
    assert bell.speaker == "Ruth Okafor"
    assert bell.label == "negative"
    assert mention(s, "Ruth Okafor").voice == "writer"
    row = actor_row(s, "Tom Bell")
    assert row.writer_mean is None
    assert row.others_mean == pytest.approx(bell.score, abs=1e-4)
    assert row.others_speakers == ("Ruth Okafor",)


def test_mention_in_indirect_speech_is_reported():
    s = sentiment("Ruth Okafor said Tom Bell was a liar.")
    bell = mention(s, "Tom Bell")
    assert bell.voice == "reported"
    assert bell.speaker == "Ruth Okafor"


def test_same_words_in_writer_voice():
    s = sentiment("Tom Bell is a liar and a coward.")
    bell = mention(s, "Tom Bell")
    assert bell.voice == "writer" and bell.speaker is None
    assert actor_row(s, "Tom Bell").others_mean is None


def test_quote_attributed_to_anonymous_source_keeps_its_text():
    s = sentiment('"Tom Bell is a liar," a senior official said.')
    bell = mention(s, "Tom Bell")
    assert bell.voice == "quoted"
    assert bell.speaker == "a senior official"


# --- tone -----------------------------------------------------------------------------------

POSITIVE = "The festival was a wonderful, joyful success. Everyone loved the music and the food was great."
NEGATIVE = "The attack was a horrific, brutal tragedy. Dozens were killed and the town is in grief."


def test_tone_sign():
    pos, neg = sentiment(POSITIVE).sentiment, sentiment(NEGATIVE).sentiment
    assert pos.tone > 0.5
    assert neg.tone < -0.5
    assert pos.positive_sentence_share == 1.0 and pos.negative_sentence_share == 0.0
    assert neg.negative_sentence_share == 1.0 and neg.positive_sentence_share == 0.0


def test_tone_of_mixed_text_lies_between():
    mixed = sentiment(POSITIVE + " " + NEGATIVE).sentiment
    assert sentiment(NEGATIVE).sentiment.tone < mixed.tone < sentiment(POSITIVE).sentiment.tone
    assert mixed.positive_sentence_share == pytest.approx(0.5)
    assert mixed.negative_sentence_share == pytest.approx(0.5)


def test_empty_text_tone_is_zero():
    s = framing.score("")
    assert s.sentiment.tone == 0.0
    assert s.sentiment.mentions == () and s.sentiment.actors == ()


# --- per-actor aggregates -------------------------------------------------------------------

AGG_TEXT = (
    "Residents praised the Federal Reserve for its calm work. Critics attacked the Fed over the crisis. "
    "The Fed met on Tuesday. Ruth Okafor said: \"The Fed is a disaster.\""
)


def test_per_actor_aggregates_match_mentions():
    s = sentiment(AGG_TEXT)
    for row in s.sentiment.actors:
        ms = [m for m in s.sentiment.mentions if m.actor == row.actor]
        assert row.mentions == len(ms) == s.actors.get(row.actor).count
        assert row.mean == pytest.approx(sum(m.score for m in ms) / len(ms), abs=1e-4)
        assert row.negative == sum(m.label == "negative" for m in ms)
        assert row.neutral == sum(m.label == "neutral" for m in ms)
        assert row.positive == sum(m.label == "positive" for m in ms)
        assert row.negative + row.neutral + row.positive == row.mentions
        writer = [m.score for m in ms if m.voice == "writer"]
        others = [m.score for m in ms if m.voice != "writer"]
        assert row.writer_mean == (pytest.approx(sum(writer) / len(writer), abs=1e-4) if writer else None)
        assert row.others_mean == (pytest.approx(sum(others) / len(others), abs=1e-4) if others else None)


def test_fed_aggregate_by_hand():
    s = sentiment(AGG_TEXT)
    fed = actor_row(s, "Federal Reserve")
    ms = [m for m in s.sentiment.mentions if m.actor == "Federal Reserve"]
    # "Residents praised ..." and "Critics attacked ..." are attributions (stance cues): their
    # judgements are reported, not the writer's
    assert [m.voice for m in ms] == ["reported", "reported", "writer", "quoted"]
    assert [m.label for m in ms] == ["positive", "negative", "neutral", "negative"]
    assert (fed.positive, fed.neutral, fed.negative) == (1, 1, 2)
    assert fed.most_positive_sentence == 0
    assert fed.most_negative_sentence in (1, 3)
    assert fed.most_negative_sentence == min(ms, key=lambda m: m.score).sentence
    assert fed.others_speakers == ("Residents", "Critics", "Ruth Okafor")
    assert fed.type == "organisation"


def test_no_polar_mention_gives_no_extreme_sentence():
    s = sentiment("Ann Cole walked to the office on the corner.")
    row = actor_row(s, "Ann Cole")
    assert row.most_negative_sentence is None and row.most_positive_sentence is None
    assert row.mean == 0.0


# --- traps found in review (each was a bug; kept as regression tests) -----------------------

def test_tone_uses_the_news_lexicon():
    s = sentiment("Tom Bell is a traitor.")
    assert mention(s, "Tom Bell").label == "negative"
    assert s.sentiment.tone < 0


def test_apposition_of_one_actor_does_not_colour_another():
    s = sentiment("Tom Jones, a traitor to many, met with Ann Smith in the old town hall.")
    assert mention(s, "Tom Jones").label == "negative"
    assert mention(s, "Ann Smith").label == "neutral"


def test_whom_a_cues_speaker_judges_is_portrayed_in_the_speakers_words():
    text = 'Musk called Senator Mark Kelly a "traitor" on Sunday. Musk did not call Kelly a traitor.'
    result = framing.score(text)
    voices = [(m.voice, m.speaker) for m in result.sentiment.mentions if m.actor == "Mark Kelly"]
    assert voices == [("reported", "Musk"), ("writer", None)]  # a denied cue judges no one


def test_content_no_one_said_is_the_writers():
    result = framing.score("Nobody said Mark Kelly was a liar.")
    assert [(m.voice, m.speaker) for m in result.sentiment.mentions if m.actor == "Mark Kelly"] == [("writer", None)]
