"""The README's results table states what the evaluation commands give today, on the shared data.

Each row is checked against the command it names (run through the CLI with ``--format json``).
Skipped, saying so, when the shared data is not beside the repository (or at
$FRAMING_SHARED_DATA)."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from conftest import REPO, shared_data
from framing.cli import app


def _row(label: str) -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith(f"| {label} |")]
    assert len(rows) == 1, f"README results table: no single row '{label}'"
    return rows[0]


def _figure(x: float) -> str:
    return f"{x:.3f}"


@pytest.fixture(scope="module")
def data():
    path = shared_data()
    if path is None:
        pytest.skip("shared data not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    return path


def _json(*args: str) -> dict:
    result = CliRunner().invoke(app, ["evaluate", *args, "--format", "json"])
    assert result.exit_code == 0, result.stdout
    return json.loads(result.stdout)


def _prf(report: dict, role: str, match: str = "overlap", cue_class: str = "all") -> dict:
    return next(s for s in report["scores"] if (s["role"], s["match"], s["cue_class"]) == (role, match, cue_class))


def test_polnear_dev_figures(data):
    report = _json("polnear", str(data / "polnear" / "data" / "dev"))
    for role, label in (("cue", "attribution: cues"), ("source", "attribution: sources"), ("content", "attribution: content")):
        overlap, exact = _prf(report, role), _prf(report, role, "exact")
        row = _row(label)
        stated = " / ".join(_figure(overlap[k]) for k in ("precision", "recall")) + f" / **{_figure(overlap['f1'])}**"
        assert stated in row, (label, stated)
        assert f"exact F1 {_figure(exact['f1'])}" in row, (label, exact["f1"])


def test_newsmtsc_dev_figures(data):
    row = _row("sentiment toward a mention")
    model = [_json("newsmtsc", str(data / "newsmtsc" / f"{split}.jsonl")) for split in ("rw_dev", "mt_dev")]
    lexicon = [_json("newsmtsc", str(data / "newsmtsc" / f"{split}.jsonl"), "--method", "lexicon") for split in ("rw_dev", "mt_dev")]
    assert f"macro-F1 **{_figure(model[0]['macro_f1'])}** / **{_figure(model[1]['macro_f1'])}**" in row
    assert f"accuracy {_figure(model[0]['accuracy'])} / {_figure(model[1]['accuracy'])}" in row
    assert f"`--method lexicon`: {_figure(lexicon[0]['macro_f1'])} / {_figure(lexicon[1]['macro_f1'])}" in row


def test_basil_figures(data):
    report = _json("basil", str(data / "basil"))
    assert f"main-entity recall **{_figure(report['main_entity_recall'])}**" in _row("actor detection")
    assert f"span-target recall {_figure(report['span_target_recall'])}" in _row("actor detection")
    row = _row("sentiment toward a span's target")
    assert f"macro-F1 (pos/neg) **{_figure(report['span_macro_f1'])}**, accuracy {_figure(report['span_accuracy'])}" in row
    assert f"({report['spans_no_mention']} of {report['spans']:,} spans" in row
    row = _row("author's feeling toward an entity")
    assert f"macro-F1 (neg/neu/pos) {_figure(report['entity_macro_f1'])}, accuracy {_figure(report['entity_accuracy'])}" in row


def test_basil_compare_figures_and_example(data):
    report = _json("basil-compare", str(data / "basil"))
    row = _row("outlet ranking of sentiment")
    assert f"Spearman {report['spearman_mean']:+.3f}; pairwise agreement {_figure(report['agreement'])}" in row
    assert f"({_figure(report['agreement_untied'])} without framing's ties" in row
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n\$ framing evaluate basil-compare \.\./shared/data/basil\n(.*?)```", readme, re.S).group(1)
    assert f"{report['targets']} event-target pairs named by framing" in block
    assert f"mean {report['spearman_mean']:+.3f} over {report['spearman_defined']} pairs" in block
    assert (f"{report['concordant']} concordant, {report['discordant']} discordant, {report['framing_ties']} tied by framing"
            in block)


def test_szeged_figures(data):
    wiki = str(data / "szeged_uncertainty" / "wiki.xml")
    reports = {split: _json("szeged", wiki, *(("--split", split) if split else ())) for split in ("", "train", "dev")}

    def score(split: str, level: str) -> dict:
        return next(s for s in reports[split]["scores"] if (s["level"], s["type"]) == (level, "all"))

    for level, label in (("sentence", "hedging: uncertain sentences"), ("cue", "hedging: cues")):
        whole = score("", level)
        row = _row(label)
        stated = " / ".join(_figure(whole[k]) for k in ("precision", "recall")) + f" / **{_figure(whole['f1'])}**"
        assert stated in row, (label, stated)
        assert f"dev split {_figure(score('dev', level)['f1'])}" in row, (label, "dev")
    assert f"train split {_figure(score('train', 'sentence')['f1'])}" in _row("hedging: uncertain sentences")
