"""evaluate_polnear on a tiny hand-written compartment (invented sentences), the CLI, and a
smoke run on the real PolNeAR dev compartment when the shared data is present."""
import json

import pytest
from conftest import shared_data
from typer.testing import CliRunner

from framing.cli import app
from framing.errors import InputError
from framing.evaluate.metrics import PRF
from framing.evaluate.polnear import annotator_agreement, evaluate_polnear

ALPHA = (
    "Anna Berg said the bridge would close on Monday.\n\n"
    "The river rose on Tuesday.\n\n"
    '"We will reopen it soon," said Tom Hale.\n'
)
BETA = (
    "According to the council, the road is safe.\n\n"
    "Officials said the tunnel was flooded.\n\n"
    "The plan is drawing criticism.\n"
)


def at(text: str, phrase: str, within: str = "") -> str:
    """'start end' of ``phrase`` (its first occurrence inside ``within``, where given)."""
    start = text.index(within or phrase) + (within or phrase).index(phrase)
    return f"{start} {start + len(phrase)}"


def alpha_ann() -> str:
    t = ALPHA
    q_start = t.index('"We')
    split = t.index(" reopen")
    q_end = t.index(" said Tom")
    return "\n".join([
        f"T1\tSource {at(t, 'Anna Berg')}\tAnna Berg",
        f"T2\tCue {at(t, 'said', 'said the')}\tsaid",
        f"T3\tContent {at(t, 'the bridge would close on Monday')}\tthe bridge would close on Monday",
        f"T4\tAttribution {at(t, 'said', 'said the')}\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "#1\tAnnotatorNotes T3\tShould the date be part of the content?",
        # an invented relation no system would find: every span a false negative (class other)
        f"T5\tSource {at(t, 'The river')}\tThe river",
        f"T6\tCue {at(t, 'rose')}\trose",
        f"T7\tContent {at(t, 'on Tuesday')}\ton Tuesday",
        f"T8\tAttribution {at(t, 'rose')}\trose",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        # a quotation annotated in two fragments: scored as its covering span
        f"T9\tContent {q_start} {split};{split + 1} {q_end}\t\"We will reopen it soon,\"",
        f"T10\tCue {at(t, 'said', 'said Tom')}\tsaid",
        f"T11\tSource {at(t, 'Tom Hale')}\tTom Hale",
        f"T12\tAttribution {at(t, 'said', 'said Tom')}\tsaid",
        "E3\tAttribution:T12 Cue:T10 Source:T11 Content:T9",
        "this line is not brat",
        "",
    ])


def beta_ann() -> str:
    t = BETA
    return "\n".join([
        f"T1\tCue {at(t, 'According to')}\tAccording to",
        f"T2\tSource {at(t, 'the council')}\tthe council",
        f"T3\tContent {at(t, 'the road is safe')}\tthe road is safe",
        f"T4\tAttribution {at(t, 'According to')}\tAccording to",
        "E1\tAttribution:T4 Cue:T1 Source:T2 Content:T3",
        # no cue argument: the anchor is the cue
        f"T5\tAttribution-no-source {at(t, 'is drawing criticism')}\tis drawing criticism",
        f"T6\tContent {at(t, 'The plan')}\tThe plan",
        "E2\tAttribution-no-source:T5 Content:T6",
        "",
    ])


@pytest.fixture
def compartment(tmp_path):
    folder = tmp_path / "dev"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (folder / "text" / "beta.txt").write_text(BETA, encoding="utf-8")
    (folder / "attributions" / "alpha_a1a1.ann").write_text(alpha_ann(), encoding="utf-8")
    # a second annotator of alpha: not used (the first file by sorted name is)
    (folder / "attributions" / "alpha_b2b2.ann").write_text(
        "T1\tCue 0 4\tAnna\nT2\tAttribution 0 4\tAnna\nE1\tAttribution:T2 Cue:T1\n", encoding="utf-8"
    )
    (folder / "attributions" / "beta_c3c3.ann").write_text(beta_ann(), encoding="utf-8")
    return folder


def test_a_non_response_is_scored_as_the_relation_polnear_annotates(tmp_path):
    # the measure counts "did not respond" apart from attributions; PolNeAR annotates it as one,
    # its verb the cue and what went unanswered the content
    text = "The council did not immediately respond to requests for comment.\n"
    folder = tmp_path / "dev"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "gamma.txt").write_text(text, encoding="utf-8")
    (folder / "attributions" / "gamma_a1a1.ann").write_text("\n".join([
        f"T1\tSource {at(text, 'The council')}\tThe council",
        f"T2\tCue {at(text, 'did not immediately respond')}\tdid not immediately respond",
        f"T3\tContent {at(text, 'to requests for comment')}\tto requests for comment",
        f"T4\tAttribution {at(text, 'did not immediately respond')}\tdid not immediately respond",
        "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3",
        "",
    ]), encoding="utf-8")
    r = evaluate_polnear(folder)
    (p,) = r.articles[0].predicted
    assert [text[s.start : s.end] for s in (p.cue, p.source, p.content)] == [
        "did not immediately respond", "The council", "to requests for comment"]
    assert p.cue_class == r.articles[0].gold[0].cue_class  # classed from the cue's words, as the gold one
    assert p.origin.startswith("non_response no_comment.tsv:")
    for role in ("cue", "source", "content"):
        assert r.score(role, "exact") == PRF(1, 0, 0)


def test_the_gold_spans_are_written_where_intended():
    start, end = map(int, at(ALPHA, "said", "said Tom").split())
    assert ALPHA[start:end] == "said" and ALPHA[end:end + 4] == " Tom"


def test_counts_and_files(compartment):
    r = evaluate_polnear(compartment)
    assert r.documents == 2
    assert r.annotation_files == ("alpha_a1a1.ann", "beta_c3c3.ann")
    assert r.annotation_files_found == 3
    assert r.gold_relations == 5
    assert r.notes == 1 and r.skipped_lines == 1 and r.invalid_spans == 0
    assert r.elapsed_seconds >= 0
    gold = {a.name: a.gold for a in r.articles}
    assert [g.cue_class for g in gold["alpha"]] == ["speech", "other", "speech"]
    assert [g.cue_class for g in gold["beta"]] == ["according_to", "other"]
    quote = gold["alpha"][2].content
    assert ALPHA[quote.start : quote.end] == '"We will reopen it soon,"'  # covering span of the fragments


def test_predictions_are_the_expected_ones(compartment):
    # the precondition of the figures below: what the attribution measure finds in these texts
    r = evaluate_polnear(compartment)
    found = {a.name: a for a in r.articles}
    alpha = [(ALPHA[p.cue.start : p.cue.end], ALPHA[p.source.start : p.source.end]) for p in found["alpha"].predicted]
    beta = [(BETA[p.cue.start : p.cue.end], BETA[p.source.start : p.source.end]) for p in found["beta"].predicted]
    assert alpha == [("said", "Anna Berg"), ("said", "Tom Hale")]
    assert beta == [("According to", "the council"), ("said", "Officials")]
    assert r.predicted_relations == 4


@pytest.mark.parametrize(
    "role, match, cue_class, expected",
    [
        ("cue", "overlap", "all", PRF(3, 1, 2)),
        ("cue", "exact", "all", PRF(3, 1, 2)),
        ("source", "overlap", "all", PRF(3, 1, 1)),
        ("source", "exact", "all", PRF(3, 1, 1)),
        ("content", "overlap", "all", PRF(3, 1, 2)),
        ("content", "exact", "all", PRF(3, 1, 2)),
        ("cue", "overlap", "speech", PRF(2, 1, 0)),
        ("cue", "overlap", "according_to", PRF(1, 0, 0)),
        ("cue", "overlap", "other", PRF(0, 0, 2)),
        ("source", "overlap", "speech", PRF(2, 1, 0)),
        ("source", "overlap", "other", PRF(0, 0, 1)),
        ("content", "exact", "other", PRF(0, 0, 2)),
    ],
)
def test_figures(compartment, role, match, cue_class, expected):
    assert evaluate_polnear(compartment).score(role, match, cue_class) == expected


def test_precision_recall_f1_of_cues(compartment):
    cue = evaluate_polnear(compartment).score("cue", "overlap")
    assert (cue.precision, cue.recall) == (0.75, 0.6)
    assert cue.f1 == pytest.approx(2 / 3)


def test_errors_name_the_span_and_its_sentence(compartment):
    errors = evaluate_polnear(compartment).errors
    cue_errors = sorted((e.error, e.article, e.text, e.cue_class) for e in errors if e.role == "cue")
    assert cue_errors == [
        ("false_negative", "alpha", "rose", "other"),
        ("false_negative", "beta", "is drawing criticism", "other"),
        ("false_positive", "beta", "said", "speech"),
    ]
    fp = next(e for e in errors if e.role == "cue" and e.error == "false_positive")
    assert fp.sentence == "Officials said the tunnel was flooded."
    assert BETA[fp.start : fp.end] == "said" and "reporting_verbs.tsv:" in fp.origin
    fn = next(e for e in errors if e.role == "source" and e.error == "false_negative")
    assert (fn.text, fn.sentence, fn.origin) == ("The river", "The river rose on Tuesday.", "E2")


def test_limit(compartment):
    r = evaluate_polnear(compartment, limit=1)
    assert r.documents == 1 and r.annotation_files == ("alpha_a1a1.ann",) and r.gold_relations == 3


@pytest.mark.parametrize("layout", ["missing", "file", "no_text_folder", "empty"])
def test_not_a_compartment(tmp_path, layout):
    target = tmp_path / "dev"
    if layout == "file":
        target.write_text("x", encoding="utf-8")
    elif layout == "no_text_folder":
        (target / "attributions").mkdir(parents=True)
    elif layout == "empty":
        (target / "text").mkdir(parents=True)
        (target / "attributions").mkdir()
    with pytest.raises(InputError):
        evaluate_polnear(target)


runner = CliRunner()


def test_cli(compartment, tmp_path):
    errors_file = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["evaluate", "polnear", str(compartment), "--format", "json", "--errors", str(errors_file)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "framing.evaluation.polnear/1"
    assert data["documents"] == 2 and data["annotation_files_used"] == 2
    assert data["annotation_files"] == ["alpha_a1a1.ann", "beta_c3c3.ann"]
    cue = next(s for s in data["scores"] if (s["role"], s["match"], s["cue_class"]) == ("cue", "overlap", "all"))
    assert (cue["tp"], cue["fp"], cue["fn"], cue["precision"], cue["recall"]) == (3, 1, 2, 0.75, 0.6)
    lines = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == data["errors"] and {"article", "role", "error", "text", "sentence"} <= set(lines[0])

    table = runner.invoke(app, ["evaluate", "polnear", str(compartment)])
    assert table.exit_code == 0 and "2 documents" in table.stdout and "according_to" in table.stdout

    missing = runner.invoke(app, ["evaluate", "polnear", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
    assert missing.stderr.strip().count("\n") == 0 and missing.stderr.startswith("framing: error:")
    assert "Traceback" not in missing.output

    assert runner.invoke(app, ["evaluate", "polnear", "--help"]).exit_code == 0


def test_annotator_agreement_scores_the_second_file_against_the_first(compartment):
    r = annotator_agreement(compartment)
    assert r.compared_with == "second annotator"
    assert r.documents == 1  # only alpha has two annotation files
    assert r.annotation_files == ("alpha_a1a1.ann vs alpha_b2b2.ann",)
    assert (r.gold_relations, r.predicted_relations) == (3, 1)
    assert r.score("cue") == PRF(0, 1, 3)  # the second annotator's "Anna" overlaps no cue of the first
    assert evaluate_polnear(compartment).compared_with == "framing"
    table = runner.invoke(app, ["evaluate", "polnear", str(compartment), "--agreement"])
    assert table.exit_code == 0 and "annotator agreement" in table.stdout
    data = json.loads(runner.invoke(app, ["evaluate", "polnear", str(compartment), "--agreement", "-f", "json"]).stdout)
    assert data["compared_with"] == "second annotator" and data["documents"] == 1


def test_real_dev_compartment():
    data = shared_data()
    dev = data / "polnear" / "data" / "dev" if data else None
    if dev is None or not (dev / "text").is_dir():
        pytest.skip("PolNeAR dev not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    r = evaluate_polnear(dev, limit=5)
    assert r.documents == 5 and len(r.annotation_files) == 5
    for s in r.scores:
        assert 0 <= s.prf.precision <= 1 and 0 <= s.prf.recall <= 1 and 0 <= s.prf.f1 <= 1
