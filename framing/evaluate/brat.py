"""A reader of brat standoff annotation files (``.ann``), as PolNeAR ships them.

Format (brat rapid annotation tool, https://brat.nlplab.org/standoff.html): one annotation per
line, fields separated by tabs.

- text-bound: ``T1<TAB>Cue 113 119<TAB>mocked``; a discontinuous span lists its fragments
  separated by ``;`` (``Content 315 448;463 553``). Offsets are character offsets into the
  article's text, end exclusive.
- event: ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``: the first pair is the event's
  type and its trigger (anchor), the rest its arguments by role.
- relation: ``R1<TAB>Type Arg1:T1 Arg2:T2``: a type, then arguments by role.
- note: ``#1<TAB>AnnotatorNotes T66<TAB>free text``.

Lines of any other kind (attributes, normalisations, equivalences), continuation lines of a span
text that held a newline, and lines that do not parse are skipped and counted, never fatal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from framing.article import Span
from framing.errors import InputError

__all__ = ["TextBound", "Relation", "Note", "BratDocument", "parse_brat", "read_brat"]

_ID = re.compile(r"^[TERN#*AM]\d*$")
_ROLE = re.compile(r"^([^:\s]+):([TE]\d+)$")


@dataclass(frozen=True)
class TextBound:
    """A text-bound annotation: ``id`` (``T3``), ``type`` (``Content``), its ``fragments`` (one
    for a continuous span) and the ``text`` the file gives for it."""

    id: str
    type: str
    fragments: tuple[Span, ...]
    text: str

    @property
    def span(self) -> Span:
        """The covering span: from the first fragment's start to the last fragment's end."""
        return Span(min(f.start for f in self.fragments), max(f.end for f in self.fragments))


@dataclass(frozen=True)
class Relation:
    """An event (``E``) or relation (``R``) line: its ``type`` (``Attribution``), its ``anchor``
    (the trigger's id, for events; ``None`` for relations) and its arguments ``roles`` as
    (role, annotation id) pairs in the order written (a role can repeat: ``Content2``)."""

    id: str
    type: str
    anchor: str | None
    roles: tuple[tuple[str, str], ...]

    def get(self, role: str) -> str | None:
        """The id filling ``role``, or None."""
        return next((ref for name, ref in self.roles if name == role), None)


@dataclass(frozen=True)
class Note:
    """An annotator's note: ``#1<TAB>AnnotatorNotes T66<TAB>text``."""

    id: str
    type: str
    target: str
    text: str


@dataclass(frozen=True)
class BratDocument:
    """One ``.ann`` file: its text-bound annotations, relations and notes, and the numbers
    (1-based) of the lines that were skipped."""

    path: str
    textbounds: tuple[TextBound, ...]
    relations: tuple[Relation, ...]
    notes: tuple[Note, ...]
    skipped_lines: tuple[int, ...]

    @cached_property
    def _by_id(self) -> dict[str, TextBound]:
        return {t.id: t for t in self.textbounds}

    def textbound(self, ann_id: str | None) -> TextBound | None:
        """The text-bound annotation ``ann_id``, or None when absent."""
        return self._by_id.get(ann_id) if ann_id else None


def _textbound(ann_id: str, fields: list[str]) -> TextBound | None:
    if len(fields) < 2:
        return None
    type_and_offsets = fields[1].split(" ", 1)
    if len(type_and_offsets) != 2:
        return None
    kind, offsets = type_and_offsets
    fragments = []
    for part in offsets.split(";"):
        bounds = part.split()
        if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
            return None
        start, end = int(bounds[0]), int(bounds[1])
        if end < start:
            return None
        fragments.append(Span(start, end))
    return TextBound(ann_id, kind, tuple(fragments), fields[2] if len(fields) > 2 else "")


def _relation(ann_id: str, fields: list[str]) -> Relation | None:
    if len(fields) < 2 or not fields[1].strip():
        return None
    parts = fields[1].split()
    if ann_id.startswith("E"):
        head = _ROLE.match(parts[0])
        if not head:
            return None
        kind, anchor, rest = head.group(1), head.group(2), parts[1:]
    else:
        kind, anchor, rest = parts[0], None, parts[1:]
    roles = []
    for part in rest:
        m = _ROLE.match(part)
        if not m:
            return None
        roles.append((m.group(1), m.group(2)))
    return Relation(ann_id, kind, anchor, tuple(roles))


def parse_brat(text: str, path: str = "") -> BratDocument:
    """Parse the contents of a brat ``.ann`` file. Never raises on a bad line: it is skipped
    and its number listed in ``skipped_lines``."""
    textbounds: list[TextBound] = []
    relations: list[Relation] = []
    notes: list[Note] = []
    skipped: list[int] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        fields = line.split("\t")
        ann_id = fields[0]
        parsed: object = None
        if _ID.match(ann_id):
            if ann_id.startswith("T"):
                parsed = _textbound(ann_id, fields)
                if parsed:
                    textbounds.append(parsed)
            elif ann_id.startswith(("E", "R")):
                parsed = _relation(ann_id, fields)
                if parsed:
                    relations.append(parsed)
            elif ann_id.startswith("#") and len(fields) >= 2:
                head = fields[1].split(" ", 1)
                parsed = Note(ann_id, head[0], head[1] if len(head) > 1 else "", fields[2] if len(fields) > 2 else "")
                notes.append(parsed)
        if parsed is None:
            skipped.append(lineno)
    return BratDocument(path, tuple(textbounds), tuple(relations), tuple(notes), tuple(skipped))


def read_brat(path: str | Path) -> BratDocument:
    """Read a brat ``.ann`` file (UTF-8). Raises :class:`~framing.errors.InputError` when the
    file cannot be read or decoded."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    return parse_brat(text, str(path))
