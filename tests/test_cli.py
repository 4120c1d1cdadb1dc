import pytest
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def test_every_command_has_help():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = [c for c in ("score", "lexicons") if c in result.output]
    assert commands == ["score", "lexicons"]
    for command in commands:
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and len(sub.output) > 100


def test_score_a_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\ntitle: Bridge\n---\nThe mayor said the bridge may close.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(f)])
    assert result.exit_code == 0, result.output
    assert "== Bridge" in result.output and "Hedging: 1 hedge (" in result.output


def test_stdin_and_json():
    result = runner.invoke(app, ["score", "-", "--format", "json"], input="Officials said it may rain.")
    assert result.exit_code == 0
    assert result.output.startswith('{"schema": "framing.article/1"')


def test_bad_files_give_one_line_errors_and_the_rest_is_scored(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text("A fine article.", encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("framing: error:")]
    assert len(errors) == 2 and any("bad.txt" in e for e in errors)
    assert result.stdout.count("\n") == 2  # header and the good article


def test_unknown_format_and_missing_lexicon_folder():
    result = runner.invoke(app, ["score", "-", "--format", "nope"], input="x")
    assert result.exit_code == 2 and "unknown format" in result.stderr
    result = runner.invoke(app, ["score", "-", "--lexicons", "/no/such/dir"], input="x")
    assert result.exit_code == 2 and "not found" in result.stderr


def test_a_misspelt_user_lexicon_stops_scoring_with_one_line(tmp_path):
    (tmp_path / "hedges.tsv").write_text("term\tpos\tkind\nsurely not\tphrase\tepistemic\n", encoding="utf-8")
    result = runner.invoke(app, ["score", "-", "--lexicons", str(tmp_path)], input="It may rain.")
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "hedges.tsv" in result.stderr and "'kind'" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("extra", [["-f", "csv"], ["-f", "json"], ["-o", "out.jsonl"]])
def test_explain_with_a_format_that_cannot_show_it_is_refused(extra, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["score", "-", "--explain", *extra], input="Ann Lee said it may rain.")
    assert result.exit_code == 2 and "--explain" in result.stderr and not (tmp_path / "out.jsonl").exists()


def test_actor_option_and_lexicons_command():
    result = runner.invoke(app, ["score", "-", "--actor", "Acme Widgets=Acme"], input="Acme cut jobs, Acme said.")
    assert "Acme Widgets" in result.output
    result = runner.invoke(app, ["lexicons"])
    assert result.exit_code == 0 and "hedges" in result.output and "reporting_verbs" in result.output


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "framing", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("framing ")
