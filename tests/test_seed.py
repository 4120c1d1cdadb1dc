"""What a careful reader finds in the shared seed article (a real news article, not copied here:
the test reads ../shared/data/seed/ and skips when it is absent)."""
import pytest

import framing
from framing.corpus import read_articles


@pytest.fixture
def seed(seed_path):
    (article,) = list(read_articles([seed_path]))
    return framing.score(article)


@pytest.mark.parametrize("cue", ["claimed", "posted", "said", "called", "claiming"])
def test_musks_claims_are_attributed_to_musk(seed, cue):
    text = seed.article.text
    musk = [a for a in seed.attribution.attributions if a.cue_text.split()[-1] == cue and a.source_actor == "Elon Musk"]
    assert musk, f"no attribution to Musk with cue {cue!r}"
    for a in musk:
        assert text[a.cue.start : a.cue.end] == a.cue_text


def test_called_a_traitor(seed):
    (a,) = [a for a in seed.attribution.attributions if a.cue_text == "called"]
    assert seed.article.text[a.content.start : a.content.end] == "traitor" and a.direct


def test_unanswered_request_for_comment(seed):
    (r,) = seed.attribution.non_responses
    assert r.actor == "X" and "request for comment" in r.text


def test_lack_of_evidence(seed):
    markers = [m for s in seed.evidentiality.sentences for m in s.markers if m.basis == "no_evidence"]
    assert [m.text for m in markers] == ["provided no evidence"]


def test_hedges(seed):
    words = {h.text for h in seed.hedging.hits if h.kind == "hedge"}
    assert {"apparent", "apparently"} <= words


@pytest.mark.parametrize(
    "name", ["Elon Musk", "Donald Trump", "Ukraine", "X", "Tesla", "SpaceX", "Mark Kelly", "Larry Kudlow", "Fox Business"]
)
def test_actors(seed, name):
    assert seed.actors.get(name) is not None, [a.name for a in seed.actors.actors]


def test_musk_is_one_actor_and_speaks(seed):
    musk = seed.actors.get("Elon Musk")
    assert "Musk" in musk.aliases and musk.count >= 8 and musk.speaks and musk.type == "person"
    assert not seed.actors.get("Tesla").speaks


def test_every_attribution_has_the_speaker_a_careful_reader_gives(seed):
    # (sentence, last word of the cue, speaker); the article's own text says "Trump said" in s12
    # (sentence 11); the newsletter prompt after the headline is page furniture, no sentence
    expected = [
        (0, "claims", "Elon Musk"), (1, "claimed", "Elon Musk"), (2, "claim", "Elon Musk"),
        (3, "posted", "Elon Musk"), (11, "said", "Donald Trump"), (12, "said", "Elon Musk"),
        (13, "reiterated", "Elon Musk"), (14, "claiming", "Elon Musk"), (15, "called", "Elon Musk"),
        (15, "posted", "Mark Kelly"), (15, "repeated", "Elon Musk"),
    ]
    got = [(a.sentence, a.cue_text.split()[-1], a.source_actor) for a in seed.attribution.attributions]
    assert got == expected


def test_his_call_to_leave_nato_is_musks_not_kellys(seed):
    # "Musk called Senator Mark Kelly a traitor ... and repeated his call for the US to leave Nato"
    text = seed.article.text
    at = text.index("his call for the US")
    assert next(a.name for a in seed.actors.actors for m in a.mentions if m.start == at) == "Elon Musk"
