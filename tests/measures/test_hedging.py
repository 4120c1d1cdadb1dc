"""Tests for framing/measures/hedging.py: hedges, boosters, their context rules and rates."""
from __future__ import annotations

import re

import pytest

import framing
from conftest import line_of, lexicon_row
from framing.lexicon import inflections, load_lexicons, tokenize_entry
from framing.measures.hedging import measure_hedging
from framing.parsing import parse

LEX = load_lexicons()


def hedging(text: str):
    return measure_hedging(parse(text, LEX), LEX)






def assert_hit_evidence(text: str, hit) -> None:
    """The span lies inside the text, reads as reported, and the lexicon row it cites matches it."""
    assert 0 <= hit.start < hit.end <= len(text)
    assert text[hit.start : hit.end] == hit.text
    assert re.fullmatch(r"(hedges|boosters)\.tsv:\d+", hit.entry), hit.entry
    term, row = lexicon_row(hit.entry)
    assert tokenize_entry(hit.text) in inflections(term, row.get("pos", ""), LEX.irregular), (hit.text, hit.entry, term)
    if hit.entry.startswith("hedges"):
        assert hit.kind == "hedge"
        if hit.type != "negated_booster":
            assert hit.type == row["type"]


def summary(text: str) -> list[tuple[str, str, str]]:
    result = hedging(text)
    for hit in result.hits:
        assert_hit_evidence(text, hit)
    return [(h.text, h.kind, h.type) for h in result.hits]


# --- context rules: each trap and its counterpart -------------------------------------------

TRAPS = [
    # "May" the month is not a hedge; "may" the modal is
    pytest.param("The bridge will reopen in May.", [], id="in-May"),
    pytest.param("The vote is set for May 5.", [], id="May-5"),
    pytest.param("The ferry sank on 3 May.", [], id="on-3-May"),
    pytest.param("The ruling takes effect in early May.", [], id="early-May"),
    pytest.param("The bridge may close.", [("may", "hedge", "epistemic")], id="bridge-may-close"),
    pytest.param("Lawmakers may vote in May.", [("may", "hedge", "epistemic")], id="modal-and-month"),
    # "might" the noun is not a hedge
    pytest.param("They feared the might of the army.", [], id="the-might-of"),
    pytest.param("With all its might, the army advanced.", [], id="its-might"),
    pytest.param("It might rain later.", [("might", "hedge", "epistemic")], id="might-rain"),
    # approximators count only before a quantity
    pytest.param("About 300 people gathered.", [("About", "hedge", "approximator")], id="about-300"),
    pytest.param("About half of the voters stayed home.", [("About", "hedge", "approximator")], id="about-half"),
    pytest.param("Nearly 40 homes burned.", [("Nearly", "hedge", "approximator")], id="nearly-40"),
    pytest.param("Some 300 people left early.", [("Some", "hedge", "approximator")], id="some-300"),
    pytest.param("She wrote a story about the war.", [], id="story-about-the-war"),
    pytest.param("Some people left early.", [], id="some-people"),
    pytest.param("The dam is nearly finished.", [], id="nearly-finished"),
    # "would" after a reporting verb is reported future, not a hedge
    pytest.param("She said it would reopen.", [], id="said-it-would"),
    pytest.param("That would be a mistake.", [("would", "hedge", "conditional")], id="that-would-be"),
    # "could not" is ability
    pytest.param("He could not attend.", [], id="could-not"),
    pytest.param("He couldn't attend.", [], id="couldnt"),
    pytest.param("It could collapse.", [("could", "hedge", "epistemic")], id="could-collapse"),
    # "apparent" counts before a noun only
    pytest.param("The apparent attack killed two.", [("apparent", "hedge", "epistemic")], id="apparent-attack"),
    pytest.param("It became apparent that the talks had failed.", [], id="became-apparent"),
    pytest.param("The damage was apparent.", [], id="was-apparent"),
    # suggest with a non-human subject hedges; a person suggesting is reporting
    pytest.param("The data suggest a slowdown.", [("suggest", "hedge", "epistemic")], id="data-suggest"),
    pytest.param("He suggested a deal.", [], id="he-suggested"),
    # boosters
    pytest.param("This is clearly true.", [("clearly", "booster", "booster")], id="clearly"),
    pytest.param("The plan will never work.", [("never", "booster", "booster")], id="never"),
    pytest.param("It does not mean the plan will necessarily fail.",
                 [("necessarily", "hedge", "negated_booster")], id="not-mean-necessarily"),
    # "suspect" the noun, "believe in", "likely voters", ", whether ... or", "a new kind of" are no hedges
    pytest.param("The suspect appeared in court.", [], id="the-suspect"),
    pytest.param("Police arrested two suspects.", [], id="two-suspects"),
    pytest.param("Both suspects were held.", [], id="both-suspects"),
    pytest.param("He suspects that the fire was set.", [("suspects", "hedge", "doxastic")], id="he-suspects"),
    pytest.param("He will decide, whether to run or not.", [("whether", "hedge", "investigation")], id="whether-to"),
    pytest.param("Police suspect the fire was set.", [("suspect", "hedge", "doxastic")], id="police-suspect"),
    pytest.param("Most voters believe in democracy.", [], id="believe-in"),
    pytest.param("Most voters believe the vote was fair.", [("believe", "hedge", "doxastic")], id="believe-that"),
    pytest.param("The poll surveyed 900 likely voters.", [], id="likely-voters"),
    pytest.param("A strike is likely next week.", [("likely", "hedge", "epistemic")], id="likely"),
    pytest.param("The law applies to all, whether rich or poor.", [], id="whether-concessive"),
    pytest.param("It is unclear whether the bridge will reopen.",
                 [("unclear", "hedge", "investigation"), ("whether", "hedge", "investigation")], id="whether-question"),
    pytest.param("The new kind of policy was popular.", [], id="new-kind-of"),
    # a plain sentence has nothing
    pytest.param("The bridge reopened on Tuesday.", [], id="plain"),
]


@pytest.mark.parametrize("text, expected", TRAPS)
def test_hedge_traps(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text, term",
    [
        ("The bridge may close.", "may"),
        ("It might rain later.", "might"),
        ("It could collapse.", "could"),
        ("That would be a mistake.", "would"),
        ("About 300 people gathered.", "about"),
        ("The apparent attack killed two.", "apparent"),
    ],
)
def test_hit_cites_its_lexicon_row_and_rule(text, term):
    (hit,) = hedging(text).hits
    assert hit.entry == f"hedges.tsv:{line_of('hedges', term)}"
    _, row = lexicon_row(hit.entry)
    assert hit.rule == row["rule"] != ""


def test_booster_cites_boosters_tsv():
    text = "This is clearly true."
    (hit,) = hedging(text).hits
    assert hit.entry == f"boosters.tsv:{line_of('boosters', 'clearly')}"
    assert (hit.start, hit.end) == (text.index("clearly"), text.index("clearly") + len("clearly"))


def test_not_necessarily_is_a_hedge_not_a_booster():
    text = "This is not necessarily true."
    result = hedging(text)
    assert result.hedges == 1
    assert result.boosters == 0
    (hit,) = result.hits
    assert_hit_evidence(text, hit)
    assert "necessarily" in hit.text
    assert hit.kind == "hedge"


def test_not_necessarily_has_type_negated_booster():
    (hit,) = hedging("This is not necessarily true.").hits
    assert hit.type == "negated_booster"


def test_negated_booster_flips_to_hedge():
    plain = hedging("The plan will clearly fail.")
    negated = hedging("The plan will not clearly fail.")
    assert (plain.hedges, plain.boosters) == (0, 1)
    assert (negated.hedges, negated.boosters) == (1, 0)
    assert negated.hits[0].type == "negated_booster"
    assert negated.hits[0].rule == "negated"


# --- directional pairs ----------------------------------------------------------------------

PAIRS = [
    ("The bridge may close next week.", "The bridge will close next week."),
    ("The fire was apparently started by a candle.", "The fire was started by a candle."),
    ("About 300 people gathered in the square.", "300 people gathered in the square."),
    ("It is unclear whether the talks will resume.", "The talks will resume on Monday."),
    ("The senator might resign.", "The senator will resign."),
]


@pytest.mark.parametrize("hedged, plain", PAIRS)
def test_hedged_version_scores_higher(hedged, plain):
    h, p = hedging(hedged), hedging(plain)
    assert h.hedges_per_1000_words > p.hedges_per_1000_words
    assert h.hedged_sentence_share > p.hedged_sentence_share


def test_booster_raises_booster_rate_not_hedge_rate():
    b = hedging("The plan will certainly fail.")
    p = hedging("The plan will fail.")
    assert b.boosters_per_1000_words > p.boosters_per_1000_words == 0.0
    assert b.hedges_per_1000_words == p.hedges_per_1000_words == 0.0


# --- rates ----------------------------------------------------------------------------------

def test_rates_by_hand():
    text = "The bridge may close. The road opened in 1990. It is clearly safe."
    doc = parse(text, LEX)
    assert doc.word_count == 13
    r = measure_hedging(doc, LEX)
    assert (r.hedges, r.boosters) == (1, 1)
    assert r.hedges_per_1000_words == pytest.approx(1000 / 13, abs=1e-3)
    assert r.boosters_per_1000_words == pytest.approx(1000 / 13, abs=1e-3)
    assert r.hedged_sentence_share == pytest.approx(1 / 3, abs=1e-4)
    assert r.boosters_per_hedge == pytest.approx(1.0)
    assert [(s.sentence, s.hedges, s.boosters) for s in r.sentences] == [(0, 1, 0), (1, 0, 0), (2, 0, 1)]
    assert r.by_type == {"epistemic": 1, "booster": 1}
    assert [h.sentence for h in r.hits] == [0, 2]


def test_boosters_per_hedge_none_without_hedges():
    r = hedging("It is clearly safe. The road is certainly open.")
    assert r.hedges == 0
    assert r.boosters == 2
    assert r.boosters_per_hedge is None


def test_boosters_per_hedge_zero_without_boosters():
    r = hedging("The road may be open.")
    assert r.boosters_per_hedge == 0.0


def test_two_hedges_two_to_one():
    r = hedging("The road may perhaps reopen. It is definitely closed today.")
    assert r.hedges == 2
    assert r.boosters == 1
    assert r.boosters_per_hedge == pytest.approx(0.5)
    assert r.hedged_sentence_share == pytest.approx(0.5)


def test_empty_text_has_zero_rates():
    r = hedging("")
    assert r.hits == ()
    assert r.hedges_per_1000_words == 0.0
    assert r.hedged_sentence_share == 0.0
    assert r.boosters_per_hedge is None


def test_score_end_to_end_matches_measure():
    text = "Officials said the bridge may reopen. It is clearly unsafe."
    s = framing.score(text)
    assert s.hedging.hedges == 1
    assert s.hedging.boosters == 1
    for hit in s.hedging.hits:
        assert_hit_evidence(text, hit)
        span = s.sentences[hit.sentence]
        assert span.start <= hit.start and hit.end <= span.end


# --- traps found in review (each was a bug; kept as regression tests) -----------------------

def test_month_at_sentence_start_is_not_a_hedge():
    assert summary("May was the wettest month on record.") == []


@pytest.mark.parametrize("text", [
    "He wrote a book about a soldier.",
    "They sat around a table.",
    "It is up to a judge to decide.",
])
def test_preposition_before_article_is_not_an_approximator(text):
    assert summary(text) == []


def test_about_an_hour_is_an_approximator():
    assert summary("It will take about an hour.") == [("about", "hedge", "approximator")]


def test_would_in_a_later_clause_after_said_is_a_hedge():
    text = "She said the bridge would reopen, but that would be a mistake."
    hits = hedging(text).hits
    assert [(h.text, h.start) for h in hits] == [("would", text.rindex("would"))]


# --- rules added while measuring on the Szeged corpus ----------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bridge is considered unsafe by engineers.", ["considered"]),
        ("She is widely regarded as the favourite.", ["regarded as"]),
        ("The council considered the plan on Monday.", []),
        ("It was a kind of protest.", []),
        ("The results were kind of disappointing.", ["kind of"]),
        ("Repairs will start as soon as possible.", []),
        ("A settlement is possible.", ["possible"]),
        ("If anything, the vote was closer.", []),
        ("If the vote fails, the mayor resigns.", ["If"]),
        ("It was a school of thought.", []),
    ],
)
def test_rules_added_for_the_szeged_corpus(text, expected):
    s = framing.score(text)
    assert [h.text for h in s.hedging.hits if h.kind == "hedge"] == expected


def test_degree_and_approximator_hedges_keep_their_types():
    s = framing.score("Officials usually meet about 300 residents.")
    assert {h.text: h.type for h in s.hedging.hits} == {"usually": "degree", "about": "approximator"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bridge is expected to reopen in June.", [("is expected to", "doxastic")]),
        ("The mayor appears to have resigned.", [("appears to", "epistemic")]),
        ("The minister reportedly resigned.", [("reportedly", "doxastic")]),
        ("The man allegedly stole a car.", [("allegedly", "doxastic")]),
        ("A deal is likely this week.", [("likely", "epistemic")]),
        ("It is unclear whether the vote will pass.", [("unclear", "investigation"), ("whether", "investigation")]),
        ("The data suggest that prices fell.", [("suggest", "epistemic")]),
        ("She suggested a new date.", []),
        ("The convoy was supposed to arrive at noon.", []),
        ("The report is not necessarily final.", [("necessarily", "negated_booster")]),
    ],
)
def test_issue_traps_have_their_types(text, expected):
    s = framing.score(text)
    got = [(h.text, h.type) for h in s.hedging.hits if h.kind == "hedge"]
    assert got == expected
    for h in s.hedging.hits:
        assert text[h.start : h.end] == h.text


def test_the_context_rules_words_are_data_a_users_list_can_extend(tmp_path):
    # "about a fortnight" is no quantity to the shipped units; a user's rule_words row makes it one
    text = "The repairs will take about a fortnight. Police suspect arson."
    assert [h.text for h in measure_hedging(parse(text, LEX), LEX).hits] == ["suspect"]
    (tmp_path / "rule_words.tsv").write_text("term\trules\nfortnight\tunit\npolice\tsuspect_noun\n", encoding="utf-8")
    mine = load_lexicons(tmp_path)
    assert [h.text for h in measure_hedging(parse(text, mine), mine).hits] == ["about"]


@pytest.mark.parametrize("text, hits", [
    ("Without a doubt, the plan worked.", [("Without a doubt", "booster")]),
    ("There is no doubt that the plan worked.", [("no doubt", "booster")]),
    ("I doubt the plan worked.", [("doubt", "hedge")]),
    ("Sales were smaller than expected, and prices rose as expected.", []),
    ("We expect prices to rise.", [("expect", "hedge")]),
])
def test_a_booster_phrase_keeps_its_words_and_than_expected_is_no_hedge(text, hits):
    assert [(h.text, h.kind) for h in hedging(text).hits] == hits
