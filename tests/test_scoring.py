import dataclasses
import math

import pytest

import framing
from framing.scoring import COLUMNS, SCHEMA, headline


def test_score_a_plain_text_returns_every_measure():
    s = framing.score("Officials said the bridge may reopen. The mayor, Jane Roe, praised the crews.")
    assert s.schema == SCHEMA
    assert s.words == 13 and len(s.sentences) == 2
    assert s.hedging.hedges == 1
    assert len(s.attribution.attributions) >= 1
    assert s.actors.get("Jane Roe") is not None
    assert 0 <= s.readability.flesch_reading_ease <= 121


def test_results_are_frozen():
    s = framing.score("A short text.")
    try:
        s.words = 3
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("ArticleScore must be frozen")


def test_headline_has_every_column_and_finite_numbers():
    row = headline(framing.score(framing.Article(text="He said it was clearly over.", id="a1", outlet="Ledger")))
    assert list(row) == list(COLUMNS)
    assert row["id"] == "a1" and row["outlet"] == "Ledger"
    for key, value in row.items():
        if isinstance(value, float):
            assert math.isfinite(value), key


def test_score_many_is_lazy_and_in_order():
    gen = framing.score_many(["First text.", "Second text here."])
    assert next(gen).words == 2
    assert next(gen).words == 3


def test_user_actor_aliases():
    s = framing.score("Acme Widgets cut jobs. Acme said the market fell.", actors=["Acme Widgets=Acme"])
    actor = s.actors.get("Acme Widgets")
    assert actor is not None and actor.count == 2 and actor.speaks


@pytest.mark.parametrize("bad", [None, 123, b"Officials said so.", {"text": "Officials said so."}])
def test_anything_but_an_article_or_a_text_is_a_clear_type_error(bad):
    with pytest.raises(TypeError, match="takes an Article or a str"):
        framing.score(bad)


def test_the_public_names_are_listed_for_tab_completion():
    assert {"score", "score_many", "compare", "parse"} <= set(dir(framing))
