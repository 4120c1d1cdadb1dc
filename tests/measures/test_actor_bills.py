"""Tests for framing/measures/actor_bills.py: bills named by number are one actor."""
from __future__ import annotations

import pytest

from framing.lexicon import load_lexicons
from framing.measures.actor_bills import bill_names
from framing.measures.actors import find_actors
from framing.parsing import parse

LEX = load_lexicons()


def _bills(text):
    doc = parse(text, LEX)
    return [(doc.text[doc.tokens[i].start : doc.tokens[j - 1].end], name) for i, j, name, _ in bill_names(doc, [t.lower for t in doc.tokens])]


@pytest.mark.parametrize("text, found", [
    ("The governor weighed Senate Bill 1062 for a week.", [("Senate Bill 1062", "SB 1062")]),
    ("Critics called SB1062 toxic.", [("SB1062", "SB 1062")]),
    ("She vetoed S.B. 1062 on Wednesday.", [("S.B. 1062", "SB 1062")]),
    ("The House passed HB 2 and Assembly Bill 5.", [("HB 2", "HB 2"), ("Assembly Bill 5", "AB 5")]),
    ("She signed Senate Bill No. 1062 and SB-12.", [("Senate Bill No. 1062", "SB 1062"), ("SB-12", "SB 12")]),
    # no number, or not a bill
    ("The Senate bill failed.", []),
    ("Senate Bill sponsors met.", []),
    ("Bill Clinton was 46 in 1992.", []),
    ("The sb 12 line was closed.", []),
])
def test_a_bill_by_number_is_found_in_each_form(text, found):
    assert _bills(text) == found


def test_the_forms_of_one_bill_are_one_actor_of_type_other():
    text = "Gov. Jan Brewer weighed Senate Bill 1062. Democrats call SB1062 toxic."
    doc = parse(text, LEX)
    actors = find_actors(doc, LEX)
    bill = actors.get("SB 1062")
    assert bill.type == "other" and [m.text for m in bill.mentions] == ["Senate Bill 1062", "SB1062"]
    assert {m.rule for m in bill.mentions} == {"bill"}
    assert "bill's number" in bill.type_evidence
    assert actors.get("Bill") is None and actors.get("Senate") is None


def test_a_bill_inside_a_name_the_user_gives_stays_the_users():
    from framing.measures.actors import parse_actor_spec

    text = "Brewer weighed Senate Bill 1062. Critics called SB1062 toxic."
    doc = parse(text, LEX)
    actors = find_actors(doc, LEX, (parse_actor_spec("Arizona religious freedom bill=Senate Bill 1062,SB1062"),))
    assert [m.text for m in actors.get("Arizona religious freedom bill").mentions] == ["Senate Bill 1062", "SB1062"]
    assert actors.get("SB 1062") is None
