"""Tests for framing/measures/actor_titles.py: "the president" as a mention of the person titled so."""
from __future__ import annotations

import pytest

from framing.lexicon import load_lexicons
from framing.measures.actors import find_actors
from framing.parsing import parse

LEX = load_lexicons()


def title_mentions(text: str) -> dict[str, list[str]]:
    """Each person's mentions found by the title rule, as text."""
    result = find_actors(parse(text, LEX), LEX)
    out = {}
    for a in result.actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
            if m.rule == "title":
                out.setdefault(a.name, []).append(m.text)
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("President Barack Obama spoke on Monday. Critics said the president had caved.", {"Barack Obama": ["president"]}),
        # an abbreviated title and another word for the same office; modifiers before the title
        ("Rep. Bob Etheridge was angry. \"Who are you!\" the seven-term congressman demands.",
         {"Bob Etheridge": ["congressman"]}),
        ("GOP Chairman Michael Steele spoke. The embattled GOP chairman apologised.", {"Michael Steele": ["chairman"]}),
        ("Chairman Michael Steele spoke. The embattled chairman apologised.", {"Michael Steele": ["chairman"]}),
        ("Secretary of State John Kerry flew in. The secretary met the king.", {"John Kerry": ["secretary"]}),
        # the person of that office mentioned last
        ("Gov. Ann Cole met Gov. Tom Bell. Bell spoke first. Then the governor left.", {"Tom Bell": ["governor"]}),
        # "former" must agree
        ("Former President Bill Clinton met President Barack Obama. The former president smiled. The president did not.",
         {"Bill Clinton": ["president"], "Barack Obama": ["president"]}),
        # "former" a word away from the title
        ("President Donald Trump spoke. Former Mexican President Vicente Fox said the president was wrong.",
         {"Donald Trump": ["president"]}),
        ("Minority Leader Ann Cole spoke. Majority Leader Tom Bell replied. The minority leader left.",
         {"Ann Cole": ["minority leader"]}),
        ("Ukrainian President Volodymyr Zelensky spoke. President Donald Trump replied. The Ukrainian president left.",
         {"Volodymyr Zelensky": ["president"]}),
        # the holder mentioned most, when none was mentioned in this sentence or the one before
        ("President Donald Trump spoke. Trump said no. Trump left. French President Francois Hollande came in 2015. "
         "Critics said little. Analysts said the president was right.", {"Donald Trump": ["president"]}),
        ("Surgeon General Jerome Adams spoke. The surgeon general left.", {"Jerome Adams": ["surgeon general"]}),
    ],
)
def test_the_title_is_a_mention_of_the_person_titled_so_before(text, expected):
    assert title_mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The president spoke. Later President Barack Obama left.",  # nobody titled so before
        "President Barack Obama spoke. The president of the company left.",
        "President Barack Obama spoke. The president and CEO of the bank left.",
        "Senator Ann Cole spoke. The president left.",  # another office
        "Sir Tom Bell spoke. The sir left.",  # a title that names no office
        "President Barack Obama spoke. The presidents met.",
        # a title followed by a name, also after an abbreviation's period
        "Sen. Ann Cole spoke. She took the seat of the late Sen. Frank Lautenberg.",
        # a common noun phrase, or the office after a possessive
        "Gen. Tom Bell spoke. The general election is near.",
        "Justice Ann Cole wrote it. The justice system is broken.",
        "Maj. Tom Bell spoke. The major parties disagreed.",
        "Gov. Tom Bell spoke. Ann Cole could win the governor's seat.",
        # another title of the same office
        "Majority Leader Tom Bell replied. The minority leader left.",
        "Secretary of State John Kerry spoke. The UN Secretary-General said no.",
        # a capitalised modifier the holder was not titled with
        "President Barack Obama spoke. The Ukrainian president said no.",
        # the office in general
        "President Barack Obama spoke. If a Democrat becomes president, they can impeach the president.",
    ],
)
def test_no_title_mention(text):
    assert title_mentions(text) == {}


def test_a_title_mention_is_an_antecedent_for_he():
    result = find_actors(parse("President Barack Obama spoke. Mary Smith agreed. The president said he would go.", LEX), LEX)
    obama = result.get("Barack Obama")
    assert [m.rule for m in obama.mentions] == ["proper_noun", "title", "pronoun"]
