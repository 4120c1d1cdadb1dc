"""The README's framing compare example is what the command prints today."""
import re

from typer.testing import CliRunner

from conftest import REPO
from framing.cli import app


def test_compare_example_matches(monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n\$ framing compare corpora/demo\n(.*?)```", readme, re.S).group(1)
    head, _, corpus_part = block.partition("\n...\n")
    monkeypatch.chdir(REPO)
    out = CliRunner().invoke(app, ["compare", "corpora/demo"]).stdout
    assert out.startswith(head.strip())
    assert corpus_part.strip() in out
