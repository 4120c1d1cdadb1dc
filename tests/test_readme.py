"""The README's examples are real: its CLI example output is what the CLI prints today."""
import re

from typer.testing import CliRunner

from conftest import REPO
from framing.cli import app


def test_cli_example_output_matches(tmp_path, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    expected = re.search(r"```\n\$ framing score port.txt\n(.*?)```", readme, re.S).group(1).rstrip("\n")
    article = re.search(r"where `port.txt` is\n\n```\n(.*?)```", readme, re.S).group(1)
    (tmp_path / "port.txt").write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["score", "port.txt"])
    assert result.exit_code == 0
    assert result.stdout.rstrip("\n") == expected


def test_csv_example_matches(tmp_path, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    expected = re.search(r"```\n\$ framing score port.txt --format csv\n(.*?)```", readme, re.S).group(1).rstrip("\n")
    article = re.search(r"where `port.txt` is\n\n```\n(.*?)```", readme, re.S).group(1)
    (tmp_path / "port.txt").write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["score", "port.txt", "--format", "csv"])
    assert result.stdout.rstrip("\n") == expected
