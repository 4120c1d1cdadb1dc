"""Batch scoring into a file: streaming, parallel, resumable, and nothing lost.

:func:`run_batch` reads its inputs record by record (:func:`framing.corpus.read_articles`), scores
them in ``jobs`` processes (:mod:`framing.parallel`) or on a Dask cluster (:mod:`framing.dask`),
and appends one row per article to the output, in input order; memory stays flat however large
the corpus. The files of a run:

- the output: JSON Lines (``.jsonl``, ``.ndjson``, ``.json``), one ArticleScore per line exactly
  as ``--format json`` prints it; CSV (``.csv``), a header and one row of the headline ``COLUMNS``
  per article, formula-like cells escaped as in ``--format csv``; or Parquet (``.parquet``, needs
  pyarrow), the headline columns, written when the run completes from the spool
  ``OUTPUT.spool.jsonl``, which holds the rows until then;
- the errors file (optional): one row per record that could not be read or scored, with its
  ``id``, ``source`` and ``reason`` (JSON Lines, or CSV by extension);
- the checkpoint ``OUTPUT.checkpoint``: the run's journal in JSON Lines. Its first line names the
  format, options and inputs; then one line per record done, in order, with its source, id,
  whether it was scored, and the sizes of the output and errors files once its row was written;
  the last line says that the run is complete.

How a record is identified: by its source location (the path as given plus ``:line`` for JSON
Lines, ``:row`` for CSV and Parquet, ``[k]`` for a JSON list; a text or HTML file by its path)
together with its id. Locations are unique within a run even where ids repeat.

Why nothing is lost or written twice: every row is appended whole and flushed before the
checkpoint line that records it (and both are synced to disk every few seconds and at the end).
``resume=True`` reads the checkpoint up to its last complete line whose file sizes the files
really reach, cuts the output and errors files back to those sizes (which removes a torn last
line, or a row written but never recorded), then reads the inputs again and checks them against
the checkpoint record by record (same source, same id, same text, same order) before it skips them: an input
that changed since is an error that says so, not a silent duplicate or gap. A run that stopped on
a full disk, a Ctrl-C, a kill or a crash is resumed the same way. Records that failed are not
retried on resume: they are in the errors file, to be fixed and scored on their own.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from framing.corpus import ReadError
from framing.errors import FramingError
from framing.parallel import Outcome, Settings, default_jobs

__all__ = [
    "OUTPUT_FORMATS", "BatchError", "Interrupted", "RecordError", "Progress", "BatchSummary",
    "output_format", "run_batch", "json_row", "csv_row", "headline_row", "render_row", "CHECKPOINT_SUFFIX",
]

CHECKPOINT_SUFFIX = ".checkpoint"
SPOOL_SUFFIX = ".spool.jsonl"
_SCHEMA = "framing.checkpoint/1"
OUTPUT_FORMATS = {".jsonl": "json", ".ndjson": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
_SYNC_SECONDS = 2.0
_KEEP_ERRORS = 20


class BatchError(FramingError):
    """The batch cannot start or go on (an output it cannot write, a checkpoint that does not fit)."""


class Interrupted(FramingError):
    """The batch was stopped (Ctrl-C, SIGTERM); ``summary`` says how far it got."""

    def __init__(self, summary: "BatchSummary"):
        super().__init__(f"interrupted after {summary.scored + summary.failed + summary.skipped:,} records")
        self.summary = summary


@dataclass(frozen=True)
class RecordError:
    """A record that could not be read or scored: its id (empty when it has none), where
    it is, and why (one line)."""

    id: str
    source: str
    reason: str


@dataclass(frozen=True)
class Progress:
    """How far a run is: records finished in this run (``scored`` + ``failed``), ``skipped``
    (done by the run it resumes), ``total`` (an estimate of all records, None when unknown) and
    seconds since this run started."""

    done: int
    scored: int
    failed: int
    skipped: int
    total: int | None
    elapsed: float


@dataclass(frozen=True)
class BatchSummary:
    """What a run did: counts, the files, whether it completed, and the first errors."""

    output: str
    errors_file: str | None
    checkpoint: str
    format: str
    scored: int
    failed: int
    skipped: int
    elapsed: float
    complete: bool
    errors: tuple[RecordError, ...]  # the first few; all of them are in errors_file

    @property
    def records(self) -> int:
        return self.scored + self.failed + self.skipped


def output_format(path: str | Path, default: str | None = None) -> str:
    """``json``, ``csv`` or ``parquet`` from the output's extension (else ``default``)."""
    fmt = OUTPUT_FORMATS.get(Path(path).suffix.lower(), default)
    if fmt not in ("json", "csv", "parquet"):
        raise BatchError(f"{path}: cannot tell the output format from the extension; use .jsonl, .csv or .parquet")
    return fmt


# --- rows, made in the workers (module-level functions, so that they can be sent to them) ----------

def json_row(score) -> str:
    """One line of JSON Lines output: the ArticleScore as ``--format json`` prints it."""
    from framing.render import render_json

    return render_json(score)


def csv_row(score) -> str:
    """One CSV record of the headline columns (formula-like cells escaped), without the newline."""
    from framing.render import render_csv

    return render_csv([score], header=False)[:-1]


def headline_row(score) -> str:
    """The headline figures as one JSON object (the spool of Parquet output)."""
    from framing.scoring import headline

    return json.dumps(headline(score), ensure_ascii=False)


def render_row(fmt: str, explain: bool, score) -> str:
    """A score in one of the terminal formats of ``framing score`` (summary, json, csv)."""
    if fmt == "json":
        return json_row(score)
    if fmt == "csv":
        return csv_row(score)
    from framing.render import render

    return render([score], fmt, explain)


_ROWS = {"json": json_row, "csv": csv_row, "parquet": headline_row}


# --- files --------------------------------------------------------------------------------------

def _sizes(*paths: Path | None) -> list[int]:
    return [p.stat().st_size if p is not None and p.exists() else 0 for p in paths]


class _Files:
    """The output (or Parquet spool), errors and checkpoint files of a run, opened for appending."""

    def __init__(self, out: Path, err: Path | None, ckpt: Path):
        self.paths = (out, err, ckpt)
        self.out = open(out, "ab")
        self.err = open(err, "ab") if err is not None else None
        self.ckpt = open(ckpt, "ab")
        self.synced = time.monotonic()

    def write(self, target, data: bytes, path: Path) -> None:
        try:
            target.write(data)
            target.flush()
        except OSError as exc:
            raise _WriteFailed(path, exc) from None

    def sync(self, force: bool = False) -> None:
        if force or time.monotonic() - self.synced > _SYNC_SECONDS:
            for f, path in zip((self.out, self.err, self.ckpt), self.paths):
                if f is not None and not f.closed:
                    try:
                        f.flush()
                        os.fsync(f.fileno())
                    except OSError as exc:
                        raise _WriteFailed(path, exc) from None
            self.synced = time.monotonic()

    def close(self) -> None:
        for f in (self.out, self.err, self.ckpt):
            if f is not None:
                try:
                    f.close()
                except OSError:
                    pass


class _NoCheckpoint(Exception):
    pass


class _WriteFailed(Exception):
    def __init__(self, path: Path, exc: OSError):
        super().__init__(f"{path}: cannot write: {exc.strerror or exc}")
        self.path = path


def _error_bytes(err_path: Path, error: RecordError) -> bytes:
    if err_path.suffix.lower() == ".csv":
        import csv
        import io

        from framing.render import safe_cell

        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow([safe_cell(v) for v in (error.id, error.source, error.reason)])
        return buffer.getvalue().encode("utf-8")
    return (json.dumps({"id": error.id, "source": error.source, "reason": error.reason}, ensure_ascii=False) + "\n").encode("utf-8")


def _csv_header() -> bytes:
    from framing.render import render_csv

    return render_csv([], header=True).encode("utf-8")


def _truncate(path: Path | None, size: int) -> None:
    if path is not None and path.exists() and path.stat().st_size > size:
        with open(path, "r+b") as f:
            f.truncate(size)


# --- the checkpoint -----------------------------------------------------------------------------

@dataclass(frozen=True)
class _State:
    """A checkpoint read back: its header, the records it lists (up to the last valid line), the
    byte offset of the end of that line, and the sizes it gives the output and errors files."""

    header: dict
    records: int
    cut: int
    out: int
    err: int
    parts: frozenset
    complete: bool


def _read_state(ckpt: Path, out: Path, err: Path | None) -> _State:
    """The last consistent state of a checkpoint: complete JSON lines whose file sizes the output
    and errors files reach. Dask runs (lines with ``part``) go back to the last finished part."""
    out_size, err_size = _sizes(out, err)
    header: dict | None = None
    records = cut = out_at = err_at = 0
    part_cut = (0, 0, 0, 0)  # records, cut, out, err at the last finished part
    parts: set = set()
    complete = False
    offset = 0
    with open(ckpt, "rb") as f:
        for line in f:
            end = offset + len(line)
            if not line.endswith(b"\n"):
                break
            try:
                entry = json.loads(line)
            except ValueError:
                break
            if not isinstance(entry, dict):
                break
            if header is None:
                if entry.get("checkpoint") != _SCHEMA:
                    raise BatchError(f"{ckpt}: not a framing checkpoint")
                header = entry
                cut, out_at, err_at = end, int(entry.get("out", 0)), int(entry.get("err", 0))
                part_cut = (0, cut, out_at, err_at)
            elif "complete" in entry:
                complete = True
            elif "part_done" in entry:
                parts.add(entry["part_done"])
                part_cut = (records, end, out_at, err_at)
                cut = end
            else:
                o, e = int(entry.get("out", -1)), int(entry.get("err", 0))
                if o < 0 or o > out_size or e > err_size:
                    break  # recorded, but its row never reached the disk
                records, cut, out_at, err_at = records + 1, end, o, e
            offset = end
    if header is None:  # written first, before any row: a run that stopped before it had done nothing
        raise _NoCheckpoint
    if header.get("engine") == "dask":
        records, cut, out_at, err_at = part_cut
    return _State(header, records, cut, out_at, err_at, frozenset(parts), complete)


def _entries(ckpt: Path, cut: int) -> Iterator[dict]:
    """The record lines of a checkpoint, up to byte ``cut``."""
    with open(ckpt, "rb") as f:
        offset = 0
        first = True
        for line in f:
            offset += len(line)
            if offset > cut:
                return
            if first:
                first = False
                continue
            entry = json.loads(line)
            if "source" in entry:
                yield entry


def _skip_done(items: Iterable, entries: Iterator[dict]) -> Iterator:
    """The items after those the checkpoint lists, checking that each listed one is the same
    record (source, id and text) in the same place."""
    it = iter(items)
    for k, entry in enumerate(entries, start=1):
        item = next(it, None)
        if item is None:
            raise BatchError(f"the inputs have fewer records than the run being resumed ({k - 1:,}, it had more); "
                             "run without --resume to start afresh")
        source, ident = _where(item)
        if source != entry["source"] or ident != entry.get("id", ""):
            raise BatchError(f"the inputs changed since the run being resumed: record {k:,} is {source} (id {ident!r}), "
                             f"the checkpoint has {entry['source']} (id {entry.get('id', '')!r}); run without --resume to start afresh")
        if entry.get("text") and entry["text"] != _digest(item):
            raise BatchError(f"the inputs changed since the run being resumed: the text of record {k:,} ({source}, id "
                             f"{ident!r}) is not the text scored then; run without --resume to start afresh")
    yield from it


def _digest(item) -> str:
    """A short fingerprint of a record's text, kept in the checkpoint so that a resumed run notices
    a text edited since; empty for a record that could not be read and for the Dask engine's
    records, whose texts stay on the workers (its runs resume by partition)."""
    if isinstance(item, ReadError) or not item.text:
        return ""
    return hashlib.blake2b(item.text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _where(item) -> tuple[str, str]:
    return item.source, item.id  # a record that could not be read keeps its id where it has one


# --- the run ------------------------------------------------------------------------------------

def run_batch(
    paths: Iterable[str | Path],
    output: str | Path,
    errors: str | Path | None = None,
    resume: bool = False,
    jobs: int | None = None,
    lexicons: str | Path | None = None,
    actors: Iterable = (),
    sentiment: str = "model",
    cues: str = "model",
    text_field: str | None = None,
    format: str | None = None,
    progress: Callable[[Progress], None] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    stdin=None,
) -> BatchSummary:
    """Score every record of ``paths`` into ``output`` (see the module's docstring).

    ``jobs`` processes score in parallel (None or 0: one per core); ``engine="dask"`` scores on the
    Dask cluster at ``scheduler`` instead (:func:`framing.dask.score_partitions`). ``progress`` is
    called with a :class:`Progress` after every record. Returns a :class:`BatchSummary`; raises
    :class:`BatchError` when the run cannot start or go on (the files are left consistent, so that
    ``resume=True`` continues it) and :class:`Interrupted` on KeyboardInterrupt."""
    paths = [str(p) for p in paths]
    out = Path(output)
    err = Path(errors) if errors else None
    fmt = output_format(out, format)
    if fmt == "parquet":
        _parquet_module()
    if engine not in ("local", "dask"):
        raise BatchError(f"unknown engine {engine!r}; choose local or dask")
    if engine == "dask" and not scheduler:
        raise BatchError("--engine dask needs --scheduler ADDRESS (tcp://host:8786)")
    if err is not None and err.resolve() == out.resolve():
        raise BatchError(f"{out}: the errors file must not be the output file")
    ckpt = Path(str(out) + CHECKPOINT_SUFFIX)
    target = Path(str(out) + SPOOL_SUFFIX) if fmt == "parquet" else out
    settings = Settings(str(lexicons) if lexicons else None, tuple(actors), sentiment, cues)
    header = {
        "checkpoint": _SCHEMA, "format": fmt, "engine": engine, "framing": _version(),
        "options": {"lexicons": str(Path(lexicons).resolve()) if lexicons else None,
                    "actors": [str(a) for a in settings.actors], "sentiment": sentiment, "cues": cues,
                    "text_field": text_field},
        "inputs": paths, "errors": str(err) if err else None,
    }
    state = _prepare(ckpt, target, err, header, resume, fmt, out)
    own = tuple(f for f in (out, target, ckpt, err) if f is not None)  # not read back from an input folder
    started = time.monotonic()
    scored = failed = 0
    skipped = state.records if state else 0
    kept: list[RecordError] = []
    total = None
    if progress is not None:
        from framing.corpus import count_records

        total = count_records(paths, own)
    complete = False
    files = _Files(target, err, ckpt)
    try:
        units = _units(engine, paths, settings, jobs, fmt, text_field, scheduler, state, ckpt, stdin, own)
        for part, outcomes in units:
            for outcome in outcomes:
                source, ident = _where(outcome.item)
                if outcome.ok:
                    files.write(files.out, outcome.result.encode("utf-8") + b"\n", target)
                    scored += 1
                else:
                    error = RecordError(ident, source, outcome.error)
                    if len(kept) < _KEEP_ERRORS:
                        kept.append(error)
                    if files.err is not None:
                        files.write(files.err, _error_bytes(err, error), err)
                    failed += 1
                entry = {"source": source, "id": ident, "text": _digest(outcome.item), "ok": outcome.ok, "out": files.out.tell(),
                         "err": files.err.tell() if files.err is not None else 0}
                if part is not None:
                    entry["part"] = part
                files.write(files.ckpt, (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"), ckpt)
                files.sync()
                if progress is not None:
                    progress(Progress(scored + failed, scored, failed, skipped, total, time.monotonic() - started))
            if part is not None:
                files.write(files.ckpt, (json.dumps({"part_done": part}) + "\n").encode("utf-8"), ckpt)
        if fmt == "parquet":
            files.sync(force=True)
            files.out.close()
            _write_parquet(target, out)
        files.write(files.ckpt, (json.dumps({"complete": True, "records": skipped + scored + failed}) + "\n").encode("utf-8"), ckpt)
        files.sync(force=True)
        complete = True
    except _WriteFailed as exc:
        raise BatchError(f"{exc}; {skipped + scored + failed:,} records are saved; free some space (or fix the file) "
                         "and run the same command with --resume") from None
    except KeyboardInterrupt:
        raise Interrupted(_summary(out, err, ckpt, fmt, scored, failed, skipped, started, False, kept)) from None
    finally:
        try:
            files.sync(force=True)
        except _WriteFailed:
            pass
        files.close()
    return _summary(out, err, ckpt, fmt, scored, failed, skipped, started, complete, kept)


def _summary(out, err, ckpt, fmt, scored, failed, skipped, started, complete, kept) -> BatchSummary:
    return BatchSummary(str(out), str(err) if err else None, str(ckpt), fmt, scored, failed, skipped,
                        round(time.monotonic() - started, 3), complete, tuple(kept))


def _version() -> str:
    from framing import __version__

    return __version__


def _prepare(ckpt: Path, target: Path, err: Path | None, header: dict, resume: bool, fmt: str, out: Path) -> _State | None:
    """Start the files afresh, or check and cut them back for a resumed run; the state resumed."""
    try:
        if resume and ckpt.exists():
            if fmt == "parquet" and not target.exists():
                raise BatchError(f"{out}: no spool ({target.name}) to resume from: that run completed, or the spool was "
                                 "deleted; run without --resume to score again")
            try:
                state = _read_state(ckpt, target, err)
            except _NoCheckpoint:
                return _prepare(ckpt, target, err, header, False, fmt, out)
            _check_resumable(state.header, header, ckpt)
            _truncate(ckpt, state.cut)
            _truncate(target, state.out)
            _truncate(err, state.err)
            return state
        if resume and (target.exists() and target.stat().st_size > 0):
            raise BatchError(f"{target}: exists but has no checkpoint ({ckpt.name}), so what it holds is unknown; "
                             "move it away, or run without --resume to overwrite it")
        if not resume and ckpt.exists():
            try:
                state = _read_state(ckpt, target, err)
                unfinished = state.records > 0 and not state.complete  # a run that did nothing is no loss
            except (BatchError, _NoCheckpoint):
                unfinished = False
            if unfinished:
                raise BatchError(f"{out}: an unfinished run is writing this file ({ckpt.name}); "
                                 "continue it with --resume, or delete both files to start afresh")
        head = _csv_header() if fmt == "csv" else b""
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(head)
        err_head = b""
        if err is not None:
            err.parent.mkdir(parents=True, exist_ok=True)
            err_head = b"id,source,reason\n" if err.suffix.lower() == ".csv" else b""
            err.write_bytes(err_head)
        ckpt.write_bytes((json.dumps({**header, "out": len(head), "err": len(err_head)}, ensure_ascii=False) + "\n").encode("utf-8"))
        return None
    except OSError as exc:
        raise BatchError(f"{exc.filename or out}: cannot write: {exc.strerror or exc}") from None


def _check_resumable(old: dict, new: dict, ckpt: Path) -> None:
    for key in ("format", "engine", "framing", "options", "errors"):
        if old.get(key) != new.get(key):
            raise BatchError(f"{ckpt}: the run being resumed had {key} {old.get(key)!r}, this one {new.get(key)!r}; "
                             "resume with the same options, or run without --resume to start afresh")
    inputs = list(old.get("inputs") or ())
    if list(new["inputs"][: len(inputs)]) != inputs:
        raise BatchError(f"{ckpt}: the run being resumed read {inputs}; give the same inputs (more may follow them)")


def _units(engine, paths, settings, jobs, fmt, text_field, scheduler, state, ckpt, stdin, own=()) -> Iterator[tuple[object, list[Outcome]]]:
    """(part, outcomes) in input order: part is None for the local engine (one outcome at a time)."""
    transform = _ROWS[fmt]
    if engine == "dask":
        from framing.dask import score_partitions

        done = state.parts if state else frozenset()
        yield from score_partitions(paths, scheduler, settings, transform, text_field=text_field, skip=done, exclude=own)
        return
    from framing.corpus import read_articles
    from framing.parallel import score_stream

    items = read_articles(paths, stdin=stdin, text_field=text_field, exclude=own)
    if state is not None and state.records:
        items = _skip_done(items, _entries(ckpt, state.cut))
    for outcome in score_stream(items, settings, jobs=jobs or default_jobs(), transform=transform):
        yield None, [outcome]


# --- Parquet ------------------------------------------------------------------------------------

def _parquet_module():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet as pq
    except ImportError:
        raise BatchError("Parquet output needs pyarrow: pip install 'framing[parquet]'") from None
    return pq


def _write_parquet(spool: Path, out: Path, rows_per_group: int = 10_000) -> None:
    """The spool's headline rows as a Parquet file, a row group at a time, written to a temporary
    file and moved into place, so that ``out`` is never half-written."""
    import pyarrow as pa

    from framing.scoring import COLUMNS, INTEGER_COLUMNS, TEXT_COLUMNS

    pq = _parquet_module()
    schema = pa.schema([(c, pa.string() if c in TEXT_COLUMNS else pa.int64() if c in INTEGER_COLUMNS else pa.float64())
                        for c in COLUMNS])
    tmp = out.with_name(out.name + ".tmp")
    try:
        with pq.ParquetWriter(tmp, schema) as writer, open(spool, "rb") as f:
            rows: list[dict] = []
            for line in f:
                rows.append(json.loads(line))
                if len(rows) >= rows_per_group:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        os.replace(tmp, out)
    except OSError as exc:
        raise _WriteFailed(out, exc) from None
    spool.unlink(missing_ok=True)
