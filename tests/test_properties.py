"""Properties of framing.score on arbitrary text (hypothesis): no exception, every evidence span
inside the text and equal to the words it names, every rate finite and within its range."""
import math

from hypothesis import HealthCheck, given, settings, strategies as st

import framing
from framing.lexicon import load_lexicons

LEX = load_lexicons()
WORDS = ["The", "mayor", "said", "may", "might", "claimed", "Dana", "Whitfield", "officials", "“", "”", '"', "'",
         "according", "to", "records", "not", "clearly", "U.S.", "Mr.", "Inc.", ",", ".", "!", "?", "\n", "\n\n",
         "he", "she", "reportedly", "no", "evidence", "about", "300", "é", "中文", "—", "(", ")", ":"]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=80).map("".join),
)


def _span(text, start, end, words=None):
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    if words is not None:
        assert text[start:end] == words


def _share(x):
    assert math.isfinite(x) and 0.0 <= x <= 1.0, x


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_score_holds_its_invariants(text):
    s = framing.score(text, LEX)
    t = s.article.text
    for sent in s.sentences:
        _span(t, sent.start, sent.end)
    att = s.attribution
    for a in att.attributions:
        for span in (a.cue, a.source, a.content):
            if span is not None:
                _span(t, span.start, span.end)
        if a.cue is not None and a.cue_text:
            assert t[a.cue.start : a.cue.end] == a.cue_text
        assert 0 <= a.sentence < len(s.sentences)
    for h in s.hedging.hits:
        _span(t, h.start, h.end, h.text)
    for se in s.evidentiality.sentences:
        for m in se.markers:
            _span(t, m.start, m.end, m.text)
    for actor in s.actors.actors:
        for m in actor.mentions:
            _span(t, m.start, m.end, m.text)
    for m in s.sentiment.mentions:
        _span(t, m.start, m.end)
        assert -1.0 <= m.score <= 1.0
        for w in m.evidence:
            _span(t, w.start, w.end, w.text)
    for x in (att.sentence_share, att.quoted_word_share, att.attributed_word_share, s.hedging.hedged_sentence_share,
              s.sentiment.negative_sentence_share, s.sentiment.positive_sentence_share, *s.evidentiality.profile.values()):
        _share(x)
    for x in (att.per_1000_words, s.hedging.hedges_per_1000_words, s.hedging.boosters_per_1000_words):
        assert math.isfinite(x) and x >= 0
    assert -1.0 <= s.sentiment.tone <= 1.0
    for a in s.sentiment.actors:
        assert -1.0 <= a.mean <= 1.0
    rd = s.readability
    for x in (rd.flesch_reading_ease, rd.flesch_kincaid_grade, rd.gunning_fog, rd.smog_index, rd.coleman_liau_index,
              rd.automated_readability_index, rd.words_per_sentence):
        assert math.isfinite(x)
    assert s.words >= 0 and rd.words == s.words
