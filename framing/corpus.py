"""Readers: files, folders and stdin to Article records.

``read_articles(paths)`` yields, in order, an :class:`~framing.article.Article` for every
article it can read and a :class:`ReadError` for every input it cannot (empty, binary,
undecodable, malformed), so one bad input never stops the others. Formats, by file extension:

- ``.txt`` (and anything unknown): the body, optionally after front matter between ``---`` lines
  with ``title:``, ``outlet:``, ``event:``, ``date:``, ``url:``, ``id:`` fields;
- ``.html``/``.htm``: the main text (``<article>`` if there is one, else the page's paragraphs),
  without scripts, styles, navigation, headers and footers; the title from ``<title>`` or ``<h1>``;
- ``.json``: one article object or a list of them; ``.jsonl``: one object per line;
- ``.csv``: one article per row.
Record fields: ``text`` (or ``content``, ``body``, ``content_original``), ``title``, ``outlet``
(or ``source``), ``event``, ``date``, ``url``, ``id``. ``-`` reads stdin as text.
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
from typing import Iterable, Iterator

from framing.article import Article

__all__ = ["ReadError", "read_articles", "read_text", "decode", "parse_front_matter", "html_to_text", "path_event_outlet"]

TEXT_FIELDS = ("text", "content_original", "content", "body", "article")
_META = ("title", "outlet", "event", "date", "url", "id")
_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"}
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


def _article(text: str, meta: dict, source: str, default_id: str) -> Article | ReadError:
    if not text or not text.strip():
        return ReadError(source, "empty: no text to score")
    extra = tuple((k, str(v)) for k, v in meta.items() if k not in _META and k not in TEXT_FIELDS and isinstance(v, (str, int, float)))
    return Article(
        text=text,
        id=str(meta.get("id") or default_id),
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
        return ReadError(source, "a record must be a JSON object")
    fields = (text_field,) if text_field else TEXT_FIELDS
    text = next((obj[f] for f in fields if isinstance(obj.get(f), str) and obj[f].strip()), None)
    if text is None:
        return ReadError(source, f"no text field ({' / '.join(fields)}) in the record")
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
            yield ReadError(source, f"invalid JSON: {exc.msg} at line {exc.lineno}")
            return
        items = data if isinstance(data, list) else [data]
        for k, obj in enumerate(items):
            yield _record(obj, source if len(items) == 1 else f"{source}[{k}]", default_id if len(items) == 1 else f"{default_id}-{k + 1}", *fields)
    elif suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{source}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadError(where, f"invalid JSON: {exc.msg}")
                continue
            yield _record(obj, where, f"{default_id}-{lineno}", *fields)
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        for rowno, row in enumerate(reader, start=2):
            yield _record({k.strip().lower(): v for k, v in row.items() if k}, f"{source}:{rowno}", f"{default_id}-{rowno - 1}",
                          text_field, outlet_field and outlet_field.lower(), event_field and event_field.lower())
    else:
        meta, body = parse_front_matter(text)
        yield _article(body, meta, source, default_id)


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES and not p.name.startswith("."))
    return [path]


def read_articles(
    paths: Iterable[str | Path],
    stdin: io.TextIOBase | None = None,
    text_field: str | None = None,
    outlet_field: str | None = None,
    event_field: str | None = None,
    path_metadata: bool = False,
) -> Iterator[Article | ReadError]:
    """Articles (and ReadErrors) from files, folders (recursively: .txt .html .json .jsonl .csv
    .md) and ``-`` for stdin, lazily and in order.

    ``text_field``, ``outlet_field`` and ``event_field`` name the record fields (see
    :func:`read_text`). With ``path_metadata``, a text or HTML file found in a folder that has no
    ``event`` or ``outlet`` of its own takes them from its path below that folder (see
    :func:`path_event_outlet`): ``EVENT/OUTLET.txt`` or ``EVENT/OUTLET/*.txt``."""
    fields = (text_field, outlet_field, event_field)
    for raw in paths:
        if str(raw) == "-":
            stream = stdin if stdin is not None else sys.stdin
            try:
                text = stream.read()
            except UnicodeDecodeError:
                yield ReadError("<stdin>", "not valid UTF-8")
                continue
            yield from read_text(text, "<stdin>", "stdin", ".txt", *fields)
            continue
        path = Path(raw)
        if not path.exists():
            yield ReadError(str(raw), "no such file or folder")
            continue
        for file in _files(path):
            source = str(file)
            try:
                data = file.read_bytes()
            except OSError as exc:
                yield ReadError(source, f"cannot read: {exc.strerror or exc}")
                continue
            if not data.strip():
                yield ReadError(source, "empty: no text to score")
                continue
            try:
                text = decode(data)
            except _DecodeError as exc:
                yield ReadError(source, str(exc))
                continue
            default_id = file.stem if not path.is_dir() else str(file.relative_to(path).with_suffix(""))
            items = read_text(text, source, default_id, file.suffix.lower(), *fields)
            if path_metadata and path.is_dir() and file.suffix.lower() not in (".json", ".jsonl", ".csv"):
                event, outlet = path_event_outlet(path, file)
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
