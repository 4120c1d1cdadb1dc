import json

import pytest
from typer.testing import CliRunner

from conftest import shared_data
from framing.cli import app
from framing.errors import InputError
from framing.evaluate.newsmtsc import evaluate_newsmtsc

ROWS = [
    ("Voters praised Ann Cole for her courage.", "Ann Cole", 6.0),
    ("Critics attacked Tom Bell over the scandal.", "Tom Bell", 2.0),
    ("Ann Cole met reporters on Tuesday.", "Ann Cole", 4.0),
]


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.jsonl"
    lines = []
    for k, (sentence, mention, pol) in enumerate(ROWS):
        start = sentence.index(mention)
        lines.append(json.dumps({"primary_gid": str(k), "sentence_normalized": sentence, "targets": [
            {"Input.gid": str(k), "from": start, "to": start + len(mention), "mention": mention, "polarity": pol}]}))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_counts_add_up(tiny):
    r = evaluate_newsmtsc(tiny)
    assert (r.sentences, r.targets) == (3, 3)
    assert sum(sum(row.values()) for row in r.confusion.values()) == 3
    assert r.accuracy == pytest.approx(sum(r.confusion[c][c] for c in r.confusion) / 3, abs=1e-4)
    assert r.confusion["negative"]["negative"] == 1  # "attacked ... over the scandal"
    assert 0 <= r.macro_f1 <= 1 and 0 <= r.f1_pn <= 1


def test_lexicon_method_and_limit(tiny):
    r = evaluate_newsmtsc(tiny, method="lexicon", limit=2)
    assert r.method == "lexicon" and r.targets == 2


def test_bad_input(tmp_path):
    with pytest.raises(InputError):
        evaluate_newsmtsc(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"no": "fields"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        evaluate_newsmtsc(bad)


def test_cli(tiny):
    result = CliRunner().invoke(app, ["evaluate", "newsmtsc", str(tiny), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["targets"] == 3
    result = CliRunner().invoke(app, ["evaluate", "newsmtsc", "/no/such.jsonl"])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_on_the_shared_dev_split():
    data = shared_data()
    path = data / "newsmtsc" / "rw_dev.jsonl" if data else None
    if path is None or not path.is_file():
        pytest.skip("NewsMTSC rw_dev.jsonl not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    r = evaluate_newsmtsc(path, limit=50)
    assert r.sentences == 50 and 0.3 < r.macro_f1 <= 1
