"""framing.batch: streaming output files, error rows, and resuming a run with nothing lost or doubled."""
import errno
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from framing import batch
from framing.batch import BatchError, Interrupted, run_batch
from framing.cli import app

from conftest import write_jsonl

runner = CliRunner()


def _corpus(tmp_path, n=12):
    path = tmp_path / "in.jsonl"
    write_jsonl(path, n)
    with open(path, "a", encoding="utf-8") as f:  # a broken line, then a good one: both are records
        f.write('{"text": "broken\n{"id": "last", "text": "The mayor said the bridge may reopen."}\n')
    return path


def test_jsonl_rows_are_the_json_of_format_json(tmp_path):
    src = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    summary = run_batch([src], out, errors=tmp_path / "err.jsonl", jobs=1)
    assert (summary.scored, summary.failed, summary.complete) == (13, 1, True)
    printed = runner.invoke(app, ["score", str(src), "--format", "json", "--jobs", "1"])
    assert printed.exit_code == 1  # the broken line
    assert out.read_text(encoding="utf-8") == printed.stdout
    (error,) = [json.loads(line) for line in (tmp_path / "err.jsonl").read_text(encoding="utf-8").splitlines()]
    # the id the record would have had: its file's stem and line, as a scored record without an id gets
    assert error["source"] == f"{src}:13" and error["id"] == "in-13" and "invalid JSON" in error["reason"]


def test_csv_rows_are_the_csv_of_format_csv_and_formulas_are_escaped(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "=HYPERLINK(1)", "outlet": "@evil", "text": "The mayor said it may rain."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "out.csv"), "--errors", str(tmp_path / "e.csv"), "-j", "1"])
    assert result.exit_code == 0, result.output
    printed = runner.invoke(app, ["score", str(src), "--format", "csv", "-j", "1"])
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert text == printed.stdout
    assert "'=HYPERLINK(1),'@evil" in text
    assert (tmp_path / "e.csv").read_text(encoding="utf-8") == "id,source,reason\n"


def test_the_cli_reports_failures_in_the_summary_and_the_exit_code(tmp_path):
    src = _corpus(tmp_path, 3)
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "o.jsonl"), "--errors", str(tmp_path / "e.jsonl"), "-j", "1"])
    assert result.exit_code == 1
    assert f"{src}:4: invalid JSON" in result.stderr
    assert "4 articles scored, 1 failed" in result.stderr and "Traceback" not in result.output


def test_an_error_row_keeps_the_records_id(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"ID": "ok1", "text": "The mayor said the bridge may reopen."}\n{"ID": "empty1", "text": ""}\n'
                   '{"id": "bare", "title": "no text"}\n{bad json\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "o.jsonl"), "--errors", str(tmp_path / "e.jsonl"), "-j", "1"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["source"]) for r in rows] == [("empty1", f"{src}:2"), ("bare", f"{src}:3"), ("in-4", f"{src}:4")]


def test_an_error_row_of_a_record_without_an_id_has_the_id_it_would_have_had(tmp_path):
    src = tmp_path / "rows.csv"
    src.write_text("id,text\n,The mayor said the bridge may reopen.\n,\nown,\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "o.jsonl"), "--errors", str(tmp_path / "e.jsonl"), "-j", "1"])
    assert result.exit_code == 1
    scored = [json.loads(line)["article"]["id"] for line in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line)["id"] for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (scored, errors) == (["rows-1"], ["rows-2", "own"])


def _interrupt_after(n):
    def progress(p):
        if p.done >= n:
            raise KeyboardInterrupt
    return progress


def test_resume_after_an_interruption_and_a_torn_last_line(tmp_path):
    src = _corpus(tmp_path, 12)
    clean = tmp_path / "clean.jsonl"
    run_batch([src], clean, errors=tmp_path / "clean-err.jsonl", jobs=1)
    out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    with pytest.raises(Interrupted) as info:
        run_batch([src], out, errors=err, jobs=1, progress=_interrupt_after(5))
    assert info.value.summary.scored == 5
    with open(out, "ab") as f:
        f.write(b'{"schema": "framing.article/1", "article": {"te')  # a row cut short by a crash
    with pytest.raises(BatchError, match="--resume"):
        run_batch([src], out, errors=err, jobs=1)  # an unfinished run is not overwritten by accident
    summary = run_batch([src], out, errors=err, jobs=2, resume=True)
    assert (summary.skipped, summary.scored, summary.failed) == (5, 8, 1)
    assert out.read_bytes() == clean.read_bytes()
    assert err.read_bytes() == (tmp_path / "clean-err.jsonl").read_bytes()
    again = run_batch([src], out, errors=err, jobs=1, resume=True)  # a complete run: nothing to do
    assert (again.skipped, again.scored) == (14, 0) and out.read_bytes() == clean.read_bytes()


def test_a_row_written_but_not_checkpointed_is_not_doubled(tmp_path):
    src = _corpus(tmp_path, 6)
    clean = tmp_path / "clean.csv"
    run_batch([src], clean, jobs=1)
    out = tmp_path / "out.csv"
    with pytest.raises(Interrupted):
        run_batch([src], out, jobs=1, progress=_interrupt_after(3))
    ckpt = tmp_path / "out.csv.checkpoint"
    lines = ckpt.read_bytes().splitlines(keepends=True)
    ckpt.write_bytes(b"".join(lines[:-1]))  # the crash came between the row and its checkpoint line
    run_batch([src], out, jobs=1, resume=True)
    assert out.read_bytes() == clean.read_bytes()


def test_a_full_disk_stops_the_run_cleanly_and_resume_finishes_it(tmp_path, monkeypatch):
    src = _corpus(tmp_path, 8)
    clean = tmp_path / "clean.jsonl"
    run_batch([src], clean, jobs=1)
    real = batch._Files.write
    calls = {"n": 0}

    def write(self, target, data, path):
        calls["n"] += 1
        if calls["n"] == 9:
            target.write(data[: len(data) // 2])  # half a row reaches the disk
            target.flush()
            raise batch._WriteFailed(path, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
        return real(self, target, data, path)

    monkeypatch.setattr(batch._Files, "write", write)
    out = tmp_path / "out.jsonl"
    with pytest.raises(BatchError, match="No space left on device.*--resume"):
        run_batch([src], out, jobs=1)
    monkeypatch.setattr(batch._Files, "write", real)
    run_batch([src], out, jobs=1, resume=True)
    assert out.read_bytes() == clean.read_bytes()


def test_resume_refuses_changed_inputs_and_options(tmp_path):
    src = _corpus(tmp_path, 6)
    out = tmp_path / "out.jsonl"
    with pytest.raises(Interrupted):
        run_batch([src], out, jobs=1, progress=_interrupt_after(3))
    with pytest.raises(BatchError, match="sentiment"):
        run_batch([src], out, jobs=1, resume=True, sentiment="lexicon")
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    src.write_text(lines[1] + lines[0] + "".join(lines[2:]), encoding="utf-8")
    with pytest.raises(BatchError, match="inputs changed"):
        run_batch([src], out, jobs=1, resume=True)


def test_resume_refuses_a_record_whose_text_changed(tmp_path):
    src = _corpus(tmp_path, 6)
    out = tmp_path / "out.jsonl"
    with pytest.raises(Interrupted):
        run_batch([src], out, jobs=1, progress=_interrupt_after(3))
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    record = json.loads(lines[1])
    record["text"] = record["text"].replace(" ", "  ", 1)  # same source, same id, another text
    src.write_text(lines[0] + json.dumps(record) + "\n" + "".join(lines[2:]), encoding="utf-8")
    with pytest.raises(BatchError, match="text of record 2"):
        run_batch([src], out, jobs=1, resume=True)


def test_a_run_does_not_read_its_own_output_from_the_folder_it_scores(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(2):
        (folder / f"a{k}.txt").write_text("The mayor said the bridge may reopen.", encoding="utf-8")
    (folder / "README.md").write_text("# About this corpus\n\nTwo articles.", encoding="utf-8")
    for _ in range(2):  # the second run finds the first run's files in the folder
        summary = run_batch([folder], folder / "scores.jsonl", errors=folder / "errors.csv", jobs=1)
        assert (summary.scored, summary.failed) == (2, 0)
        rows = [json.loads(line) for line in (folder / "scores.jsonl").read_text(encoding="utf-8").splitlines()]
        assert sorted(r["article"]["id"] for r in rows) == ["a0", "a1"]


def test_resume_needs_a_checkpoint_for_an_existing_output(tmp_path):
    src = _corpus(tmp_path, 2)
    (tmp_path / "out.jsonl").write_text("something\n", encoding="utf-8")
    with pytest.raises(BatchError, match="no checkpoint"):
        run_batch([src], tmp_path / "out.jsonl", jobs=1, resume=True)


def test_progress_counts_up_to_the_total(tmp_path):
    src = _corpus(tmp_path, 4)
    seen = []
    run_batch([src], tmp_path / "o.jsonl", jobs=1, progress=seen.append)
    assert [p.done for p in seen] == [1, 2, 3, 4, 5, 6]
    assert seen[-1].total == 6 and seen[-1].failed == 1


def test_parquet_output(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = _corpus(tmp_path, 5)
    run_batch([src], tmp_path / "o.csv", jobs=1)
    summary = run_batch([src], tmp_path / "o.parquet", jobs=1)
    assert summary.complete and not (tmp_path / "o.parquet.spool.jsonl").exists()
    table = pq.read_table(tmp_path / "o.parquet").to_pylist()
    import csv

    rows = list(csv.DictReader(open(tmp_path / "o.csv", encoding="utf-8")))
    assert [r["id"] for r in table] == [r["id"] for r in rows]
    assert [r["words"] for r in table] == [int(r["words"]) for r in rows]
    assert [round(r["tone"], 4) for r in table] == [float(r["tone"]) for r in rows]


def test_a_killed_run_resumes_with_nothing_lost_or_doubled(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 60)
    clean = tmp_path / "clean.jsonl"
    run_batch([src], clean, jobs=1)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "framing", "score", str(src), "-o", str(out), "--jobs", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ckpt = tmp_path / "out.jsonl.checkpoint"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if ckpt.exists() and ckpt.read_bytes().count(b"\n") > 10:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < out.read_bytes().count(b"\n") < 60
    result = subprocess.run(cmd + ["--resume"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == clean.read_bytes()
