"""Readers: files, folders and stdin to Article records.

``read_articles(paths)`` yields, in order, an :class:`~framing.article.Article` for every
article it can read and a :class:`ReadError` for every input it cannot (empty, binary,
undecodable, malformed), so one bad input never stops the others. Formats, by file extension:

- ``.txt`` (and anything unknown): the body, optionally after front matter between ``---`` lines
  with ``title:``, ``outlet:``, ``event:``, ``date:``, ``url:``, ``id:`` fields;
- ``.html``/``.htm``: the main text (``<article>`` if there is one, else the page's paragraphs),
  without scripts, styles, navigation, headers and footers; the title from ``<title>`` or ``<h1>``;
- ``.json``: one article object or a list of them; ``.jsonl``: one object per line;
- ``.csv``: one article per row; ``.parquet``: one article per row (needs pyarrow:
  ``pip install 'framing[parquet]'``).
Record fields: ``text`` (or ``content``, ``body``, ``content_original``), ``title``, ``outlet``
(or ``source``), ``event``, ``date``, ``url``, ``id``. ``-`` reads stdin as text.

``.jsonl``, ``.csv`` and ``.parquet`` files are read record by record, so a corpus of any size
takes the memory of one record; a record that cannot be read (a broken JSON line, bytes that are
not UTF-8) is one error and the records around it are read. A record's ``source`` says where it is:
``path:line`` for JSON Lines, ``path:row`` for CSV (the header is row 1) and Parquet (the first
row is 1), ``path[k]`` for a JSON list, the path for a file of one article.

Limits: an article of more than ``MAX_CHARS`` characters, and a file of one article larger than
``MAX_FILE_BYTES``, is an error (no news article comes near; a file that size is a mistake or
not an article), as is a record line longer than ``MAX_RECORD_BYTES``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Collection, Iterable, Iterator

from framing.article import MAX_CHARS, Article

__all__ = ["ReadError", "read_articles", "read_text", "decode", "parse_front_matter", "html_to_text", "path_event_outlet",
           "count_records", "read_file", "input_files", "MAX_CHARS", "MAX_FILE_BYTES", "MAX_RECORD_BYTES"]

TEXT_FIELDS = ("text", "content_original", "content", "body", "article")
_META = ("title", "outlet", "event", "date", "url", "id")
_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".csv", ".parquet"}
_STREAMED = (".jsonl", ".csv", ".parquet")
MAX_FILE_BYTES = 32_000_000  # a file of one article (.txt, .html, .json)
MAX_RECORD_BYTES = 16_000_000  # one line of a .jsonl file
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a zip archive",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
}


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read as an article: where, and why (one line)."""

    source: str
    reason: str
    id: str = ""  # the record's id ("id", "ID" or "Id"), or the one it would have had ("mix-2"); "" for a whole input

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class _DecodeError(Exception):
    pass


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or BOM-marked UTF-16; binary data and other
    encodings raise an error whose message says what the bytes look like."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise _DecodeError(f"binary file ({what}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _DecodeError("invalid UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise _DecodeError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _DecodeError(f"not valid UTF-8 (byte {exc.start}); convert the file to UTF-8") from None


def _json_reason(exc: json.JSONDecodeError) -> str:
    """The JSON parser's reason without its dangling "at" ("Invalid control character at")."""
    return exc.msg[: -len(" at")] if exc.msg.endswith(" at") else exc.msg


_OPEN_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:title|outlet|event|date|url|id|source|author)[ \t]*:")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---``-delimited front matter (``key: value`` lines) from the body."""
    m = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", text, re.S)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip('"').strip("'")
    return meta, text[m.end() :]


class _MainText(HTMLParser):
    _SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg", "template", "iframe", "button"}
    _BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "br", "tr", "pre", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.in_article = 0
        self.saw_article = False
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>, text)
        self.current: list[str] = []
        self.title = ""
        self.h1 = ""
        self._in_title = False
        self._in_h1 = False
        self.meta: dict[str, str] = {}

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.blocks.append((self.in_article > 0, text))
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "article":
            self._flush()
            self.in_article += 1
            self.saw_article = True
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        elif tag == "meta":
            d = dict(attrs)
            key = (d.get("property") or d.get("name") or "").lower()
            if key and d.get("content"):
                self.meta[key] = d["content"]
        if tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "article":
            self._flush()
            self.in_article = max(0, self.in_article - 1)
        elif tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self._flush()

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        if self.skip:
            return
        if self._in_h1:
            self.h1 += data
        self.current.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Main text of an HTML page, paragraphs separated by blank lines, and its metadata."""
    parser = _MainText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # html.parser is lenient; anything it still raises is bad input
        raise _DecodeError(f"cannot parse HTML: {exc}") from None
    parser._flush()
    blocks = [t for inside, t in parser.blocks if inside or not parser.saw_article]
    meta = {
        "title": (parser.meta.get("og:title") or parser.h1 or parser.title).strip(),
        "outlet": parser.meta.get("og:site_name", "").strip(),
        "date": (parser.meta.get("article:published_time") or parser.meta.get("date") or "").strip(),
        "url": parser.meta.get("og:url", "").strip(),
    }
    return "\n\n".join(blocks), meta


def _record_id(meta: dict) -> str:
    return str(meta.get("id") or meta.get("ID") or meta.get("Id") or "")


def _article(text: str, meta: dict, source: str, default_id: str) -> Article | ReadError:
    ident = _record_id(meta) or default_id
    if not text or not text.strip():
        return ReadError(source, "empty: no text to score", ident)
    if len(text) > MAX_CHARS:
        return ReadError(source, f"too long: {len(text):,} characters; framing scores articles of up to {MAX_CHARS:,}", ident)
    extra = tuple((k, str(v)) for k, v in meta.items()
                  if k not in _META and k not in ("ID", "Id") and k not in TEXT_FIELDS and isinstance(v, (str, int, float)))
    return Article(
        text=text,
        id=ident,
        title=str(meta.get("title") or ""),
        outlet=str(meta.get("outlet") or meta.get("source") or ""),
        event=str(meta.get("event") or ""),
        date=str(meta.get("date") or ""),
        url=str(meta.get("url") or ""),
        source=source,
        extra=extra,
    )


def _record(obj, source: str, default_id: str, text_field: str | None = None, outlet_field: str | None = None,
            event_field: str | None = None) -> Article | ReadError:
    if not isinstance(obj, dict):
        return ReadError(source, "a record must be a JSON object", default_id)
    fields = (text_field,) if text_field else TEXT_FIELDS
    text = next((obj[f] for f in fields if isinstance(obj.get(f), str) and obj[f].strip()), None)
    if text is None:
        ident = _record_id(obj) or default_id
        present = next((f for f in fields if f in obj), None)
        if present is None:
            keys = ", ".join(str(k) for k in list(obj)[:8]) + (", ..." if len(obj) > 8 else "")
            hint = "; give the text's field with --text-field" if not text_field else ""
            return ReadError(source, f"no text field ({' / '.join(fields)}) in the record (its fields: {keys or 'none'}){hint}", ident)
        what = "empty" if isinstance(obj[present], str) or obj[present] is None else f"not text but {type(obj[present]).__name__}"
        return ReadError(source, f"the text field {present!r} is {what}", ident)
    article = _article(text, obj, source, default_id)
    named = {k: str(obj.get(f) if obj.get(f) is not None else "").strip() for k, f in (("outlet", outlet_field), ("event", event_field)) if f}
    return replace(article, **named) if named and isinstance(article, Article) else article


def read_text(text: str, source: str, default_id: str, suffix: str = ".txt", text_field: str | None = None,
              outlet_field: str | None = None, event_field: str | None = None) -> Iterator[Article | ReadError]:
    """Articles from the decoded contents of one input. ``text_field``, ``outlet_field`` and
    ``event_field`` name the fields of JSON/JSONL/CSV records that hold the text, the outlet and the
    event (default: ``TEXT_FIELDS``; ``outlet`` or ``source``; ``event``)."""
    fields = (text_field, outlet_field, event_field)
    if suffix in (".html", ".htm"):
        try:
            body, meta = html_to_text(text)
        except _DecodeError as exc:
            yield ReadError(source, str(exc))
            return
        yield _article(body, meta, source, default_id)
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(source, f"invalid JSON: {_json_reason(exc)} at line {exc.lineno} column {exc.colno}")
            return
        except RecursionError:
            yield ReadError(source, "invalid JSON: nested too deeply")
            return
        items = data if isinstance(data, list) else [data]
        for k, obj in enumerate(items):
            yield _record(obj, source if len(items) == 1 else f"{source}[{k}]", default_id if len(items) == 1 else f"{default_id}-{k + 1}", *fields)
    elif suffix == ".jsonl":
        yield from _jsonl_records(enumerate(text.split("\n"), start=1), source, default_id, fields)
    elif suffix == ".csv":
        yield from _csv_records(io.StringIO(text, newline=""), source, default_id, fields)
    else:
        meta, body = parse_front_matter(text)
        if not meta and _OPEN_FRONT_MATTER.match(text):
            yield ReadError(source, "front matter opened with --- is never closed with a line of ---")
            return
        yield _article(body, meta, source, default_id)


def _jsonl_line(line: str, where: str, default_id: str, fields) -> Article | ReadError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(where, f"invalid JSON: {_json_reason(exc)} at column {exc.colno}", default_id)
    except RecursionError:
        return ReadError(where, "invalid JSON: nested too deeply", default_id)
    return _record(obj, where, default_id, *fields)


def _jsonl_records(lines: Iterable[tuple[int, str | bytes]], source: str, default_id: str, fields) -> Iterator[Article | ReadError]:
    """Records of numbered JSON lines (str, or bytes to decode as UTF-8 line by line)."""
    seen = False
    for lineno, line in lines:
        where, ident = f"{source}:{lineno}", f"{default_id}-{lineno}"
        if line is None:
            seen = True
            yield ReadError(where, f"line too long (over {MAX_RECORD_BYTES:,} bytes)", ident)
            continue
        if isinstance(line, bytes):
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                seen = True
                yield ReadError(where, f"not valid UTF-8 (byte {exc.start} of the line); convert the file to UTF-8", ident)
                continue
        if not line.strip():
            continue
        seen = True
        yield _jsonl_line(line, where, ident, fields)
    if not seen:
        yield ReadError(source, "empty: no text to score")


def _csv_records(stream: io.TextIOBase, source: str, default_id: str, fields) -> Iterator[Article | ReadError]:
    """Records of CSV rows (row 1 is the header); a row with bytes that were not UTF-8 (read as
    surrogate escapes) or that the csv module rejects is one error."""
    text_field, outlet_field, event_field = fields
    if csv.field_size_limit() < 2 * MAX_CHARS:
        csv.field_size_limit(2 * MAX_CHARS)  # the default (131,072 characters) is shorter than many articles
    reader = csv.DictReader(stream)
    try:
        header = [k.strip().lower() for k in reader.fieldnames or () if k]
    except csv.Error as exc:
        yield ReadError(source, f"malformed CSV header: {exc}")
        return
    if not header:
        yield ReadError(source, "empty: no text to score")
        return
    wanted = (text_field.lower(),) if text_field else TEXT_FIELDS
    if not any(f in header for f in wanted):
        yield ReadError(source, f"no text column ({' / '.join(wanted)}) in the header: {', '.join(header)[:200]}"
                                + ("" if text_field else "; name it with --text-field"))
        return
    rowno = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rowno += 1
            yield ReadError(f"{source}:{rowno}", f"malformed CSV row: {exc}", f"{default_id}-{rowno - 1}")
            continue
        rowno += 1
        values = [v for v in row.values() if isinstance(v, str)]
        if any(_SURROGATE.search(v) for v in values):
            yield ReadError(f"{source}:{rowno}", "not valid UTF-8; convert the file to UTF-8", f"{default_id}-{rowno - 1}")
            continue
        yield _record({k.strip().lower(): v for k, v in row.items() if k}, f"{source}:{rowno}", f"{default_id}-{rowno - 1}",
                      text_field and text_field.lower(), outlet_field and outlet_field.lower(), event_field and event_field.lower())
    if rowno == 1:
        yield ReadError(source, "no records: only a header row")


_SURROGATE = re.compile("[\udc80-\udcff]")


def _binary_lines(f, lineno: int = 0, end: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary file from its position, at most MAX_RECORD_BYTES each (None for
    a longer line, which is skipped without holding it in memory); with ``end``, the lines that
    start before byte ``end``."""
    while True:
        if end is not None and f.tell() >= end:
            return
        line = f.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        lineno += 1
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, line


def _sniff(head: bytes) -> str:
    """How to read a file from its first bytes: ``utf-16`` or ``utf-8``; raises _DecodeError for
    binary data."""
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise _DecodeError(f"binary file ({what}), not text")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head:
        raise _DecodeError("binary file (contains NUL bytes), not text")
    return "utf-8"


def _line_range(f, start: int, end: int | None) -> int:
    """Move ``f`` to the first line that starts at or after byte ``start``; the number of lines
    before it."""
    if start <= 0:
        f.seek(0)
        return 0
    f.seek(start - 1)
    f.readline()  # the rest of the line that holds byte start - 1
    begin = f.tell()
    f.seek(0)
    lines, left = 0, begin
    while left > 0:
        chunk = f.read(min(left, 1 << 20))
        if not chunk:
            break
        lines += chunk.count(b"\n")
        left -= len(chunk)
    f.seek(begin)
    return lines


def read_file(file: str | Path, default_id: str | None = None, text_field: str | None = None, start: int = 0,
              end: int | None = None) -> Iterator[Article | ReadError]:
    """Records of one file, as :func:`read_articles` reads it (``default_id``: the id stem of its
    records, by default the file's stem); of a ``.jsonl`` file, only the lines that start in bytes
    ``[start, end)``, numbered as in the whole file (for readers that share a file out)."""
    file = Path(file)
    default_id = file.stem if default_id is None else default_id
    fields = (text_field, None, None)
    suffix = file.suffix.lower()
    if suffix == ".jsonl" and (start or end is not None):
        yield from _jsonl_range(file, str(file), default_id, fields, start, end)
    elif suffix in _STREAMED:
        yield from _streamed(file, str(file), default_id, suffix, fields)
    else:
        yield from _one_file(file, str(file), default_id, suffix, fields, False, None)


def _jsonl_range(file: Path, source: str, default_id: str, fields, start: int, end: int | None) -> Iterator[Article | ReadError]:
    try:
        with open(file, "rb") as f:
            encoding = _sniff(f.read(4096))
            if encoding != "utf-8":
                if start == 0:
                    yield from _streamed(file, source, default_id, ".jsonl", fields)
                return
            lineno = _line_range(f, start, end)
            for item in _jsonl_records(_binary_lines(f, lineno, end), source, default_id, fields):
                if not (item.__class__ is ReadError and item.source == source):  # "empty" only for a whole file
                    yield item
    except _DecodeError as exc:
        if start == 0:
            yield ReadError(source, str(exc))
    except OSError as exc:
        if start == 0:
            yield ReadError(source, f"cannot read: {exc.strerror or exc}")


def _streamed(file: Path, source: str, default_id: str, suffix: str, fields) -> Iterator[Article | ReadError]:
    """Records of a .jsonl, .csv or .parquet file, one at a time."""
    if suffix == ".parquet":
        yield from _parquet_records(file, source, default_id, fields)
        return
    try:
        f = open(file, "rb")
    except OSError as exc:
        yield ReadError(source, f"cannot read: {exc.strerror or exc}")
        return
    with f:
        try:
            head = f.read(4096)
            encoding = _sniff(head)
            f.seek(0)
        except _DecodeError as exc:
            yield ReadError(source, str(exc))
            return
        except OSError as exc:
            yield ReadError(source, f"cannot read: {exc.strerror or exc}")
            return
        if not head.strip():
            yield ReadError(source, "empty: no text to score")
            return
        try:
            if suffix == ".jsonl" and encoding == "utf-8":
                yield from _jsonl_records(_binary_lines(f), source, default_id, fields)
            elif suffix == ".jsonl":
                stream = io.TextIOWrapper(f, encoding=encoding, newline="")
                yield from _jsonl_records(enumerate((line.rstrip("\r\n") for line in stream), start=1), source, default_id, fields)
            else:
                stream = io.TextIOWrapper(f, encoding="utf-8-sig" if encoding == "utf-8" else encoding,
                                          errors="surrogateescape" if encoding == "utf-8" else "strict", newline="")
                yield from _csv_records(stream, source, default_id, fields)
        except UnicodeDecodeError:
            yield ReadError(source, f"invalid {encoding.upper()} text; convert the file to UTF-8")
        except OSError as exc:
            yield ReadError(source, f"cannot read: {exc.strerror or exc}")


def _parquet_records(file: Path, source: str, default_id: str, fields) -> Iterator[Article | ReadError]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield ReadError(source, "reading Parquet needs pyarrow: pip install 'framing[parquet]'")
        return
    try:
        table = pq.ParquetFile(file)
        rowno = 0
        for batch in table.iter_batches(batch_size=256):
            for row in batch.to_pylist():
                rowno += 1
                yield _record(row, f"{source}:{rowno}", f"{default_id}-{rowno}", *fields)
    except OSError as exc:
        yield ReadError(source, f"cannot read Parquet: {exc.strerror or exc}")
    except Exception as exc:  # pyarrow's errors for a file that is not Parquet, or is damaged
        yield ReadError(source, f"cannot read Parquet: {' '.join(str(exc).split())[:200]}")


def count_records(paths: Iterable[str | Path], exclude: Collection[str | Path] = ()) -> int | None:
    """About how many records ``read_articles(paths)`` yields, cheaply (for a progress bar):
    lines of JSON Lines files, lines of CSV files less the header, rows of Parquet files, one per
    other file; None when reading stdin."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        try:
            files = _files(path, exclude) if path.exists() else []
        except OSError:
            continue
        for file in files:
            suffix = file.suffix.lower()
            try:
                if suffix in (".jsonl", ".csv"):
                    with open(file, "rb") as f:
                        lines, last = 0, b""
                        while chunk := f.read(1 << 20):
                            lines += chunk.count(b"\n")
                            last = chunk
                    lines += bool(last) and not last.endswith(b"\n")
                    total += max(0, lines - (suffix == ".csv"))
                elif suffix == ".parquet":
                    import pyarrow.parquet as pq

                    total += pq.ParquetFile(file).metadata.num_rows
                else:
                    total += 1
            except Exception:  # a file that cannot be counted is still read (and reported) later
                total += 1
    return total


def input_files(paths: Iterable[str | Path], exclude: Collection[str | Path] = ()) -> Iterator[tuple[Path, str] | ReadError]:
    """The files ``read_articles(paths)`` reads, in its order, each with the id stem of its records
    (its path below the folder given, else its stem); a ReadError for a path that is missing or a
    folder with no articles. ``exclude``: files not to read from folders (a run's own output)."""
    for entry in _input_files(paths, exclude):
        yield entry if isinstance(entry, ReadError) else entry[:2]


def _input_files(paths: Iterable[str | Path], exclude: Collection[str | Path] = ()) -> Iterator[tuple[Path, str, Path] | ReadError]:
    """(file, id stem, the path given) for each file under ``paths``, or a ReadError."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield ReadError(str(raw), "no such file or folder")
            continue
        try:
            files = _files(path, exclude)
        except OSError as exc:
            yield ReadError(str(raw), f"cannot read: {exc.strerror or exc}")
            continue
        if not files:
            yield ReadError(str(raw), f"no articles: the folder holds no {', '.join(sorted(_SUFFIXES))} files "
                                      "(a README, LICENSE or CHANGELOG is not read as one)")
        for file in files:
            yield file, file.stem if not path.is_dir() else str(file.relative_to(path).with_suffix("")), path


# a folder's documentation, not its articles ("corpora/README.md")
_NOT_ARTICLES = {"readme", "license", "licence", "changelog"}


def _files(path: Path, exclude: Collection[str | Path] = ()) -> list[Path]:
    """The files under ``path`` to read: the file itself, or a folder's files of the kinds read
    (not hidden ones, a README or LICENSE, nor those of ``exclude``)."""
    if not path.is_dir():
        return [path]
    skip = {Path(p).resolve() for p in exclude}
    names = {q.name for q in skip}  # a file is resolved only when its name is one of these
    return sorted(
        p for p in path.rglob("*")
        if p.is_file() and p.suffix.lower() in _SUFFIXES and not p.name.startswith(".")
        and p.stem.lower() not in _NOT_ARTICLES and (p.name not in names or p.resolve() not in skip)
    )


def stdin_kind(text: str) -> str:
    """How to read text piped in, as the suffix of a file of its kind: ``.jsonl`` when its first
    or second line is a JSON object and more lines follow; ``.json`` when the whole is one JSON
    object or array, or opens as one (``{"``, ``[{``, a line of ``{``) even if broken, so that the
    error says where; ``.html`` when it opens as an HTML page; else ``.txt``."""
    head = text.lstrip("\ufeff \t\r\n")
    if head[:1] not in ("{", "["):
        return ".html" if head[:200].lower().startswith(("<!doctype html", "<html")) else ".txt"
    first, _, rest = head.partition("\n")
    second = next((line for line in rest.split("\n") if line.strip()), "")
    if head[0] == "{" and second and (_json_object(first) or _json_object(second)):
        return ".jsonl"  # also with a broken first record among good ones
    try:
        if isinstance(json.loads(head), (dict, list)):
            return ".json"
    except (json.JSONDecodeError, RecursionError):
        pass
    return ".json" if head.startswith(('{"', "[{")) or first.strip() in ("{", "[") else ".txt"


def _json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def read_articles(
    paths: Iterable[str | Path],
    stdin: io.TextIOBase | None = None,
    text_field: str | None = None,
    outlet_field: str | None = None,
    event_field: str | None = None,
    path_metadata: bool = False,
    exclude: Collection[str | Path] = (),
) -> Iterator[Article | ReadError]:
    """Articles (and ReadErrors) from files, folders (recursively: .txt .html .json .jsonl .csv
    .md) and ``-`` for stdin (read as :func:`stdin_kind` says), lazily and in order.

    ``text_field``, ``outlet_field`` and ``event_field`` name the record fields (see
    :func:`read_text`). With ``path_metadata``, a text or HTML file found in a folder that has no
    ``event`` or ``outlet`` of its own takes them from its path below that folder (see
    :func:`path_event_outlet`): ``EVENT/OUTLET.txt`` or ``EVENT/OUTLET/*.txt``. A folder's README,
    LICENSE and the like are not read, nor the files of ``exclude`` (a run's own output in the
    folder it reads); a folder with no articles is a ReadError."""
    fields = (text_field, outlet_field, event_field)
    for raw in paths:
        if str(raw) == "-":
            stream = stdin if stdin is not None else sys.stdin
            try:
                text = stream.read()
            except UnicodeDecodeError:
                yield ReadError("<stdin>", "not valid UTF-8")
                continue
            yield from read_text(text, "<stdin>", "stdin", stdin_kind(text), *fields)
            continue
        for entry in _input_files([raw], exclude):
            if isinstance(entry, ReadError):
                yield entry
                continue
            file, default_id, path = entry
            source = str(file)
            suffix = file.suffix.lower()
            if suffix in _STREAMED:
                yield from _streamed(file, source, default_id, suffix, fields)
                continue
            yield from _one_file(file, source, default_id, suffix, fields, path_metadata and path.is_dir(), path)


def _one_file(file: Path, source: str, default_id: str, suffix: str, fields, path_metadata: bool, folder: Path | None
              ) -> Iterator[Article | ReadError]:
    """Records of a file read whole: one article (.txt, .html, ...), or a .json object or list."""
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadError(source, f"too large: {size / 1e6:.1f} MB; framing reads files of one article of up to "
                                    f"{MAX_FILE_BYTES / 1e6:.0f} MB")
            return
        data = file.read_bytes()
    except OSError as exc:
        yield ReadError(source, f"cannot read: {exc.strerror or exc}")
        return
    if not data.strip():
        yield ReadError(source, "empty: no text to score")
        return
    try:
        text = decode(data)
    except _DecodeError as exc:
        yield ReadError(source, str(exc))
        return
    items = read_text(text, source, default_id, suffix, *fields)
    if path_metadata and suffix not in (".json", ".jsonl", ".csv"):
        event, outlet = path_event_outlet(folder, file)
        items = (_fill(item, event, outlet) for item in items)
    yield from items


def path_event_outlet(folder: Path, file: Path) -> tuple[str, str]:
    """The event and outlet a file's path below ``folder`` gives: ``EVENT/OUTLET.txt`` -> (EVENT,
    OUTLET); ``EVENT/OUTLET/NAME.txt`` (or deeper) -> the two folders above the file; ``OUTLET.txt``
    directly in ``folder`` -> (the folder's name, OUTLET)."""
    parts = file.relative_to(folder).parts
    if len(parts) == 1:
        return folder.resolve().name, file.stem
    if len(parts) == 2:
        return parts[0], file.stem
    return parts[-3], parts[-2]


def _fill(item: Article | ReadError, event: str, outlet: str) -> Article | ReadError:
    if isinstance(item, ReadError):
        return item
    return replace(item, event=item.event or event, outlet=item.outlet or outlet)
