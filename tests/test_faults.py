"""Bad input and faults: every one gets a correct result or a one-line error naming the input,
never a traceback or a hang, and the good records around it are all scored."""
import gzip
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import MAX_CHARS, ReadError, read_articles

runner = CliRunner()
GOOD = "The mayor said on Monday that the bridge may reopen next week, according to officials."


def _make(folder: Path) -> dict[str, str]:
    """Write every kind of bad input (and a few good ones) into ``folder``; name -> what to expect:
    ``ok`` (scored), ``error`` (one error line) or ``mixed`` (some records scored, some errors)."""
    folder.mkdir(exist_ok=True)
    kinds = {}

    def put(name, data, kind):
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        kinds[name] = kind

    put("empty.txt", b"", "error")
    put("whitespace.txt", " \n\t\r\n  ", "error")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(300), "error")
    put("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "error")
    put("zipped.txt", gzip.compress(GOOD.encode()), "error")
    put("zipped.jsonl", gzip.compress(json.dumps({"text": GOOD}).encode()), "error")
    put("bad-utf8.txt", GOOD.encode() + b" \xff\xfe\xfa broken", "error")
    put("bom.txt", b"\xef\xbb\xbf" + GOOD.encode(), "ok")
    put("utf16.txt", GOOD.encode("utf-16"), "ok")
    put("utf16.jsonl", (json.dumps({"text": GOOD}) + "\n").encode("utf-16"), "ok")
    put("latin1.txt", "Le caf\xe9 a ferm\xe9, a dit le maire.".encode("latin-1"), "error")
    put("one-long-line.txt", ("word " * 200_000).strip(), "ok")  # 1 MB, no punctuation
    put("nested.html", "<html><body>" + "<div>" * 50_000 + f"<p>{GOOD}</p>" + "</div>" * 50_000 + "</body></html>", "ok")
    put("scripts.html", "<html><head><style>p {color: red}</style><script>var said = 'may'; alert(1)</script></head>"
                        f"<body><script>document.write('x')</script><p>{GOOD}</p><noscript>Enable JS</noscript></body></html>", "ok")
    put("broken-middle.jsonl", json.dumps({"id": "j1", "text": GOOD}) + "\n{\"id\": \"j2\", \"text\": \"cut\n"
                               + json.dumps({"id": "j3", "text": GOOD}) + "\n", "mixed")
    put("no-text-column.csv", "id,headline,outlet\n1,A headline,Ledger\n", "error")
    put("duplicate-ids.jsonl", json.dumps({"id": "same", "text": GOOD}) + "\n" + json.dumps({"id": "same", "text": GOOD + " Again."}) + "\n", "ok")
    put("deutsch.txt", "Der Bürgermeister sagte am Montag, die Brücke könnte nächste Woche wieder öffnen.", "ok")
    put("chinese.txt", "市长周一表示，这座桥可能会在下周重新开放。官员们说。", "ok")
    put("arabic.txt", "قال رئيس البلدية يوم الاثنين إن الجسر قد يعاد فتحه الأسبوع المقبل.", "ok")
    put("deep.json", "[" * 100_000 + "]" * 100_000, "error")
    put("good.txt", GOOD, "ok")
    return kinds


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults") / "inputs"
    return folder, _make(folder)


def _expect(result, name, kind):
    assert "Traceback" not in result.output, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("framing: error:")]
    if kind == "ok":
        assert result.exit_code == 0, result.output
        assert result.stdout.strip()
    else:
        assert result.exit_code == 1, result.output
        assert errors and all(name in line for line in errors), errors
    if kind == "mixed":
        assert result.stdout.strip()


def test_every_bad_input_alone(bad_folder):
    folder, kinds = bad_folder
    for name, kind in sorted(kinds.items()):
        result = runner.invoke(app, ["score", str(folder / name), "--format", "json", "--jobs", "1"])
        _expect(result, name, kind)


def test_all_of_them_in_one_batch_with_the_good_records_scored(bad_folder, tmp_path):
    folder, kinds = bad_folder
    out, err = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["score", str(folder), "-o", str(out), "--errors", str(err), "--jobs", "2"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in err.read_text(encoding="utf-8").splitlines()]
    scored = {Path(r["article"]["source"].split(":")[0]).name for r in rows}
    failed = {Path(e["source"].split(":")[0]).name for e in errors}
    assert scored == {n for n, k in kinds.items() if k in ("ok", "mixed")}
    assert failed == {n for n, k in kinds.items() if k in ("error", "mixed")}
    assert sorted(r["article"]["id"] for r in rows if r["article"]["id"] == "same") == ["same", "same"]
    assert [r["article"]["id"] for r in rows if "broken-middle" in r["article"]["source"]] == ["j1", "j3"]
    assert all(e["reason"] and "\n" not in e["reason"] for e in errors)
    long_line = next(r for r in rows if r["article"]["source"].endswith("one-long-line.txt"))
    assert long_line["words"] == 200_000


def test_a_50_mb_article_is_refused_by_its_size_without_being_read(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse file: 50 MB of NUL bytes, written in no time
    with open(big, "r+b") as f:
        f.write(b"word " * 1000)
    result = runner.invoke(app, ["score", str(big), "--jobs", "1"])
    assert result.exit_code == 1 and "huge.txt: too large: 52.4 MB" in result.stderr


def test_a_50_mb_record_and_a_too_long_text_are_errors_and_the_next_record_is_read(tmp_path):
    src = tmp_path / "big.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "big", "text": "word " * (10 * 1024 * 1024)}) + "\n")  # 50 MB line
        f.write(json.dumps({"id": "long", "text": "word " * (MAX_CHARS // 5 + 1)}) + "\n")  # just over MAX_CHARS
        f.write(json.dumps({"id": "ok", "text": GOOD}) + "\n")
    items = list(read_articles([src]))
    assert isinstance(items[0], ReadError) and "line too long" in items[0].reason
    assert isinstance(items[1], ReadError) and "too long" in items[1].reason and items[1].source.endswith(":2")
    assert items[2].id == "ok"


def test_a_folder_with_an_unreadable_file(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = folder / "b.txt"
    locked.write_text(GOOD, encoding="utf-8")
    (folder / "c.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        if os.geteuid() == 0 if hasattr(os, "geteuid") else False:
            # root reads a file whatever its mode: simulate the refusal a normal user gets
            real = Path.read_bytes

            def read_bytes(self):
                if self.name == "b.txt":
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self)

            monkeypatch.setattr(Path, "read_bytes", read_bytes)
        result = runner.invoke(app, ["score", str(folder), "--format", "csv", "--jobs", "1"])
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert f"{locked}: cannot read: Permission denied" in result.stderr
    assert [line.split(",")[0] for line in result.stdout.splitlines()[1:]] == ["a", "c"]


def test_invalid_utf8_in_one_jsonl_line_and_one_csv_row(tmp_path):
    jl = tmp_path / "x.jsonl"
    jl.write_bytes(json.dumps({"text": GOOD}).encode() + b"\n" + b'{"text": "caf\xe9"}\n' + json.dumps({"text": GOOD}).encode() + b"\n")
    cs = tmp_path / "x.csv"
    cs.write_bytes(b"id,text\n1," + GOOD.encode() + b"\n2,caf\xe9\n3," + GOOD.encode() + b"\n")
    items = list(read_articles([jl, cs]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "ReadError", "Article", "Article", "ReadError", "Article"]
    assert items[1].source.endswith("x.jsonl:2") and "UTF-8" in items[1].reason
    assert items[4].source.endswith("x.csv:3") and "UTF-8" in items[4].reason
