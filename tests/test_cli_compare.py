"""framing compare and framing evaluate basil-compare through typer's CliRunner."""
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import REPO, shared_data
from framing.cli import app

runner = CliRunner()
DEMO = str(REPO / "corpora" / "demo")
TABLE_TITLES = ("1. Outlet profile", "2. Sentiment toward actors", "3a. Voices by source type", "3b. Most cited sources",
                "4. Distinctive words", "5. Differences between outlets")


def test_help():
    for args in (["compare", "--help"], ["evaluate", "basil-compare", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0 and len(result.output) > 200


@pytest.mark.parametrize("fmt", ["table", "markdown", "github", "latex"])
def test_every_table_in_every_text_format(fmt):
    result = runner.invoke(app, ["compare", DEMO, "--format", fmt, "--permutations", "100"])
    assert result.exit_code == 0, result.output
    for title in TABLE_TITLES:
        assert result.stdout.count(title) == 4, (fmt, title)  # three events and the corpus
    assert "Northern Courier" in result.stdout


def test_csv_is_one_long_table_pandas_reads():
    pd = pytest.importorskip("pandas")
    result = runner.invoke(app, ["compare", DEMO, "--format", "csv", "--permutations", "100"])
    assert result.exit_code == 0
    frame = pd.read_csv(io.StringIO(result.stdout))
    assert list(frame.columns[:6]) == ["table", "event", "outlet", "measure", "statistic", "value"]
    assert set(frame["table"]) == {"profile", "actors", "source_types", "voices", "wording", "differences"}
    hedges = frame[(frame.table == "profile") & (frame.event == "(all)") & (frame.measure == "hedges_per_1000_words")]
    assert hedges.set_index("outlet")["value"].idxmax() == "Northern Courier"


def test_json_is_one_object_with_every_table():
    result = runner.invoke(app, ["compare", DEMO, "--format", "json", "--permutations", "100"])
    data = json.loads(result.stdout)
    assert data["schema"] == "framing.comparison/1" and data["by"] == "outlet"
    assert set(data["tables"]) == {"profile", "actors", "source_types", "voices", "wording", "differences"}
    diff = [r for r in data["tables"]["differences"] if r["event"] == "(all)" and r["measure"] == "hedges_per_1000_words"]
    assert diff[0]["p_value"] is not None and diff[0]["p_holm"] >= diff[0]["p_value"]


def test_html_report(tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["compare", DEMO, "--html", str(out), "--permutations", "50"])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").count('class="heatmap"') == 4


def test_folder_of_outlet_folders_without_front_matter(tmp_path):
    for outlet, texts in (("alpha", ["The mayor said the bridge may close.", "Officials said it might rain."]),
                          ("beta", ["The mayor clearly closed the bridge.", "It certainly rained, records show."])):
        (tmp_path / "bridge" / outlet).mkdir(parents=True)
        for k, text in enumerate(texts):
            (tmp_path / "bridge" / outlet / f"{k}.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path), "--format", "json", "--permutations", "50"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["events"] == ["bridge"] and data["outlets"] == ["alpha", "beta"]


def test_jsonl_records_with_field_options_and_bad_records(tmp_path):
    rows = [
        {"body": "The mayor said the bridge may close.", "paper": "A", "story": "s1", "id": "1"},
        {"body": "Officials claimed the bridge is clearly safe.", "paper": "B", "story": "s1", "id": "2"},
        {"body": "The council said it might reopen.", "paper": "A", "story": "s2", "id": "3"},
        {"body": "Records show the bridge reopened.", "paper": "B", "story": "s2", "id": "4"},
        {"body": "No outlet here.", "story": "s2", "id": "5"},
        {"paper": "A", "story": "s1", "id": "6"},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(path), "--text-field", "body", "--outlet-field", "paper",
                                 "--event-field", "story", "--format", "json", "--permutations", "50"])
    assert result.exit_code == 1  # some records were left out
    errors = [line for line in result.stderr.splitlines() if line.startswith("framing: error:")]
    assert len(errors) == 2 and any("c.jsonl:5" in e and "no outlet" in e for e in errors)
    assert any("c.jsonl:6" in e and "no text" in e for e in errors)
    data = json.loads(result.stdout)
    assert data["events"] == ["s1", "s2", "(all)"] and data["outlets"] == ["A", "B"]
    assert sorted(s["source"] for s in data["skipped"]) == [f"{path}:5", f"{path}:6"]


def test_group_events_auto_and_from_a_file(tmp_path):
    groups = tmp_path / "groups.tsv"
    result = runner.invoke(app, ["compare", DEMO, "--group-events", "auto", "--save-groups", str(groups),
                                 "--format", "json", "--permutations", "20"])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("top terms:") == 3
    assert len(json.loads(result.stdout)["events"]) == 4
    edited = groups.read_text(encoding="utf-8").replace("\tevent-1-", "\tmine-")
    groups.write_text(edited, encoding="utf-8")
    result = runner.invoke(app, ["compare", DEMO, "--group-events", str(groups), "--format", "json", "--permutations", "20"])
    assert any(e.startswith("mine-") for e in json.loads(result.stdout)["events"])


def test_usage_errors(tmp_path):
    assert runner.invoke(app, ["compare", DEMO, "--format", "nope"]).exit_code == 2
    assert runner.invoke(app, ["compare", DEMO, "--save-groups", str(tmp_path / "g.tsv")]).exit_code == 2
    result = runner.invoke(app, ["compare", DEMO, "--group-events", str(tmp_path / "missing.tsv")])
    assert result.exit_code == 2 and "cannot read" in result.stderr
    result = runner.invoke(app, ["compare", "-"], input="No outlet at all.")
    assert result.exit_code == 1 and "no article" in result.stderr


def test_basil_compare_command():
    data = shared_data()
    if data is None or not (data / "basil" / "articles").is_dir():
        pytest.skip("BASIL not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    result = runner.invoke(app, ["evaluate", "basil-compare", str(data / "basil"), "--limit", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["events"] == 5 and report["articles"] == 15 and report["targets"] > 0
    assert report["concordant"] + report["discordant"] + report["framing_ties"] == report["pairs"]


def test_one_outlet_is_nothing_to_compare(tmp_path):
    (tmp_path / "a.txt").write_text("---\noutlet: Solo\n---\nThe mayor said the bridge may reopen.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\noutlet: Solo\n---\nOfficials said the bridge may close.\n", encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path)])
    assert result.exit_code == 1
    assert "nothing to compare: every article has the outlet 'Solo'" in result.stderr


def test_an_html_report_that_cannot_be_written_fails_before_the_work(tmp_path):
    result = runner.invoke(app, ["compare", str(REPO / "corpora" / "demo"), "--html", str(tmp_path / "no" / "such" / "r.html")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "cannot write" in result.stderr
