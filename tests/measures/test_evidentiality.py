"""Tests for framing/measures/evidentiality.py: the evidential basis of each sentence."""
from __future__ import annotations

import re

import pytest

import framing
from conftest import lexicon_row
from framing.lexicon import inflections, load_lexicons, tokenize_entry
from framing.measures.actors import find_actors
from framing.measures.attribution import measure_attribution
from framing.measures.evidentiality import BASES, measure_evidentiality
from framing.parsing import parse

LEX = load_lexicons()


def evidentiality(text: str):
    doc = parse(text, LEX)
    attribution = measure_attribution(doc, LEX, find_actors(doc, LEX))
    return doc, measure_evidentiality(doc, LEX, attribution)




def assert_marker_evidence(doc, sentence_evidence) -> None:
    text = doc.text
    sent = doc.sentences[sentence_evidence.sentence]
    for m in sentence_evidence.markers:
        assert sent.start <= m.start < m.end <= sent.end, m
        assert text[m.start : m.end] == m.text
        assert m.basis in BASES
        if m.entry.startswith("attribution:"):
            assert m.basis in ("reported", "documentary")
            assert re.fullmatch(r"attribution:\w+", m.entry)
        else:
            assert re.fullmatch(r"evidentials\.tsv:\d+", m.entry), m.entry
            term, row = lexicon_row(m.entry)
            assert row["basis"] == m.basis
            assert tokenize_entry(m.text) in inflections(term, row["pos"], LEX.irregular)
    assert sentence_evidence.basis == sentence_evidence.bases[0]
    if sentence_evidence.basis != "unmarked":
        assert set(sentence_evidence.bases) == {m.basis for m in sentence_evidence.markers}


def only_sentence(text: str):
    doc, result = evidentiality(text)
    assert len(result.sentences) == 1
    (se,) = result.sentences
    assert_marker_evidence(doc, se)
    return se


BASIS_CASES = [
    pytest.param("The governor provided no evidence for the claim.", "no_evidence", "provided no evidence", id="no-evidence"),
    pytest.param("The casualty figures could not be independently verified.", "no_evidence",
                 "could not be independently verified", id="not-verified"),
    pytest.param("Court records show the firm paid no tax.", "documentary", "Court records show", id="records-show"),
    pytest.param("A reporter at the scene saw three tanks.", "witnessed", "reporter at the scene", id="reporter-saw"),
    pytest.param("The minister said the port would reopen.", "reported", "said", id="said"),
    pytest.param("The ship was reportedly hit by a drone.", "reported", "reportedly", id="reportedly"),
    pytest.param("According to the police, two men were arrested.", "reported", "According to", id="according-to"),
    pytest.param("The fire was apparently started by a candle.", "inferred", "apparently", id="apparently"),
]


@pytest.mark.parametrize("text, basis, marker", BASIS_CASES)
def test_one_sentence_per_basis(text, basis, marker):
    se = only_sentence(text)
    assert se.basis == basis
    assert marker in [m.text for m in se.markers if m.basis == basis]


def test_plain_assertion_is_unmarked():
    se = only_sentence("The bridge reopened on Tuesday.")
    assert se.basis == "unmarked"
    assert se.bases == ("unmarked",)
    assert se.markers == ()


def test_reported_marker_from_attribution_names_its_rule():
    se = only_sentence("The minister said the port would reopen.")
    (m,) = se.markers
    assert m.entry == "attribution:verb"
    assert m.text == "said"


def test_witnessed_needs_a_first_hand_frame():
    se = only_sentence("Our correspondent saw three tanks near the border.")
    assert {m.text for m in se.markers} == {"correspondent saw"}
    assert all(m.basis == "witnessed" for m in se.markers)


# --- precedence -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, primary, also",
    [
        ("The senator claimed the vote was rigged but provided no evidence.", "no_evidence", "reported"),
        ("The senator said, without evidence, that the vote was rigged.", "no_evidence", "reported"),
        ("Records show the firm paid no tax, the senator said.", "documentary", "reported"),
        ("Footage shows the convoy, but it could not be independently verified.", "no_evidence", "witnessed"),
    ],
)
def test_precedence(text, primary, also):
    se = only_sentence(text)
    assert se.basis == primary
    assert also in se.bases
    assert se.bases.index(primary) < se.bases.index(also)


def test_no_evidence_beats_reported_in_the_counts():
    _, result = evidentiality("The senator claimed the vote was rigged but provided no evidence.")
    assert result.counts["no_evidence"] == 1
    assert result.counts["reported"] == 0


def test_marker_inside_a_quotation_is_the_speakers():
    text = '"It apparently burned for hours," the chief said.'
    se = only_sentence(text)
    assert se.basis == "reported"
    assert "inferred" not in se.bases
    assert "apparently" not in [m.text for m in se.markers]


def test_same_marker_outside_a_quotation_counts():
    se = only_sentence("It apparently burned for hours.")
    assert se.basis == "inferred"


def test_reportedly_raises_reported_share():
    _, marked = evidentiality("The ship was reportedly hit by a drone. The crew was rescued.")
    _, plain = evidentiality("The ship was hit by a drone. The crew was rescued.")
    assert marked.profile["reported"] > plain.profile["reported"]
    assert plain.profile["unmarked"] > marked.profile["unmarked"]


# --- profile --------------------------------------------------------------------------------

ARTICLE = (
    "The governor provided no evidence for the claim. Court records show the firm paid no tax. "
    "A reporter at the scene saw three tanks. The minister said the port would reopen. "
    "The fire was apparently started by a candle. The bridge reopened on Tuesday."
)


def test_profile_one_of_each():
    doc, result = evidentiality(ARTICLE)
    assert len(result.sentences) == 6
    assert [s.basis for s in result.sentences] == list(BASES)
    for se in result.sentences:
        assert_marker_evidence(doc, se)
    assert result.counts == {b: 1 for b in BASES}
    for b in BASES:
        assert result.profile[b] == pytest.approx(1 / 6, abs=1e-4)


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "The bridge reopened. Officials said it was safe. It apparently was.",
        "Nothing happened.",
        "Records show a loss. Figures show a gain. The firm said it was fine.",
    ],
)
def test_profile_shares_sum_to_one(text):
    _, result = evidentiality(text)
    n = len(result.sentences)
    assert set(result.profile) == set(BASES) == set(result.counts)
    assert sum(result.profile.values()) == pytest.approx(1.0, abs=1e-3)
    assert sum(result.counts.values()) == n
    for b in BASES:
        assert result.profile[b] == pytest.approx(result.counts[b] / n, abs=1e-4)


def test_score_reports_same_profile():
    text = "The bridge reopened. Officials said it was safe. It apparently was."
    s = framing.score(text)
    assert [se.basis for se in s.evidentiality.sentences] == ["unmarked", "reported", "inferred"]
    assert s.evidentiality.profile["reported"] == pytest.approx(1 / 3, abs=1e-4)


def test_empty_text_has_empty_profile():
    _, result = evidentiality("")
    assert result.sentences == ()
    assert all(v == 0 for v in result.counts.values())
    assert all(v == 0.0 for v in result.profile.values())


# --- traps: first-hand and documentary evidence need a frame --------------------------------

def test_witnesses_said_is_reported():
    assert only_sentence("Witnesses said the car sped away.").basis == "reported"


def test_witnesses_who_saw_are_first_hand():
    se = only_sentence("Witnesses saw the car explode.")
    assert se.basis == "witnessed" and {m.text for m in se.markers} == {"Witnesses saw"}


def test_saw_meaning_experienced_is_not_witnessed():
    assert only_sentence("The city saw heavy rain on Monday.").basis == "unmarked"


def test_study_as_topic_is_not_documentary():
    assert only_sentence("The council voted to fund a study of the bridge.").basis == "unmarked"


@pytest.mark.parametrize("text", [
    "His claim can't be verified.", "The report couldn't be confirmed.", "The figure cannot be confirmed.",
    "The account wasn’t independently verified.", "The numbers haven't been verified.",
])
def test_contracted_and_negated_forms_of_unverified_are_no_evidence(text):
    assert framing.score(text).evidentiality.sentences[0].basis == "no_evidence"


@pytest.mark.parametrize("text", ["The fire appears to have been started by a candle.", "It seems the plan failed."])
def test_a_cue_the_evidentials_list_as_inferred_is_the_writers_inference(text):
    se = only_sentence(text)
    assert se.basis == "inferred" and all(m.basis == "inferred" for m in se.markers)


def test_a_documents_inference_stays_its_report():
    se = only_sentence("The CBO report indicates that the deficit will grow.")
    assert se.basis != "inferred"
