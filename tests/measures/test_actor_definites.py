"""Tests for framing/measures/actor_definites.py: "the company", "the committee", "the newspaper"
as mentions of the organisation named before."""
from __future__ import annotations

import pytest

from framing.lexicon import load_lexicons
from framing.measures.actor_definites import definite_heads
from framing.measures.actors import find_actors
from framing.parsing import parse

LEX = load_lexicons()


def definites(text: str) -> list[tuple[str, str]]:
    """(actor, mention text) of every ``definite`` mention found in ``text``, in text order."""
    doc = parse(text, LEX)
    found = find_actors(doc, LEX)
    out = []
    for a in found.actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
            if m.rule == "definite":
                out.append((m.start, a.name, m.text))
    return [(name, mention) for _, name, mention in sorted(out)]


def test_the_heads_and_their_kinds_are_read_from_the_lexicon():
    heads = definite_heads(LEX)
    assert heads["company"] == frozenset({"company"})
    assert heads["committee"] == frozenset()  # by name only
    assert heads["newspaper"] == frozenset({"newspaper"})


@pytest.mark.parametrize("text, expected", [
    # by the name's head: its last word, or the word before "of", "on", "for" or "to"
    ("The Harbour Oversight Committee met on Monday. Later the committee voted to publish.",
     [("Harbour Oversight Committee", "the committee")]),
    ("The Department of Harbour Safety issued a warning. Critics said the department acted late.",
     [("Department of Harbour Safety", "the department")]),
    ("The Harbour Commission on Ferry Safety issued a warning. Later the commission said more.",
     [("Harbour Commission on Ferry Safety", "the commission")]),
    ("The Harbour Committee to Protect Ferries met. Later the committee voted.",
     [("Harbour Committee to Protect Ferries", "the committee")]),
    # by kind: Tesla is a company in organisations.tsv, the Post a newspaper
    ("Tesla shares fell on Monday. The company said demand was strong.", [("Tesla", "The company")]),
    ("The Washington Post reported the deal. An aide told the paper it was off.",
     [("Washington Post", "the paper")]),
])
def test_the_head_refers_to_the_organisation_named_before(text, expected):
    assert definites(text) == expected


def test_the_nearest_organisation_that_fits_is_meant():
    text = ("Tesla and the Harbour Oversight Committee clashed. Apple stayed out. "
            "The company said nothing, and the committee adjourned.")
    assert definites(text) == [("Apple", "The company"), ("Harbour Oversight Committee", "the committee")]


@pytest.mark.parametrize("text", [
    "The company said demand was strong. Tesla shares fell.",  # not named yet
    "Tesla shares fell. The company Rivian said demand was strong.",  # the name follows
    "The Harbour Oversight Committee met. The department of health was not asked.",  # no fit
    "The Washington Post ran ads. Voters saw them on TV and in the newspaper.",  # print
    "Tesla shares fell. Cambridge Analytica was sold. The company said nothing.",  # an unknown name between
    "Tesla shares fell. A. B. C. D. E. F. The company said nothing.",  # a kind only within five sentences
    "The Harbour Labour Party met. Members were told to toe the party line.",  # an idiom
])
def test_no_referent(text):
    assert definites(text) == []


def test_the_newspaper_is_the_newspaper_named_last_before_it():
    text = ("The Daily Clarion Times broke the story. The Harbour City Herald followed. "
            "The newspaper said the council had been warned, an editor told the paper.")
    assert definites(text) == [("Harbour City Herald", "The newspaper"), ("Harbour City Herald", "the paper")]
