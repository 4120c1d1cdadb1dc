"""Lexicons: tab-separated word lists in ``lexicons/``, loaded once, matched over tokens.

A lexicon file is UTF-8 TSV: ``#`` comment lines (source and licence), one header row naming the
columns, then one entry per row. The first column is the entry itself (one or more words); a
``pos`` column of ``verb`` or ``noun`` makes the matcher accept inflected forms (claim, claims,
claimed, claiming; a multiword verb such as "point out" inflects its first word). A user folder
given as ``lexicons=DIR`` adds entries: a file of the same name extends the shipped one, and a row
whose entry is already there replaces it; a row whose entry starts with ``-`` removes it.
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from framing.model_files import shipped
from pathlib import Path

from framing.errors import ResourceError

__all__ = [
    "check_table",
    "closed_columns",
    "Entry",
    "Lexicon",
    "Lexicons",
    "Match",
    "load_lexicons",
    "inflections",
    "tokenize_entry",
]

# Tokenization of lexicon entries follows the document tokenizer (framing.segment.TOKEN_PATTERN).
_ENTRY_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*\w*|\w+(?:-\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|\S")


@dataclass(frozen=True)
class Entry:
    """One row of a lexicon: ``term`` as written, its columns, and where it came from."""

    term: str
    fields: tuple[tuple[str, str], ...]
    lexicon: str
    line: int
    origin: str  # "framing" for shipped lists, else the user's folder

    def get(self, column: str, default: str = "") -> str:
        for key, value in self.fields:
            if key == column:
                return value or default
        return default

    @property
    def ref(self) -> str:
        """Where this entry is written: ``hedges.tsv:41``."""
        return f"{self.lexicon}.tsv:{self.line}"


@dataclass(frozen=True)
class Match:
    """A lexicon hit: tokens ``[token_start, token_end)`` of the document matched ``entry``."""

    token_start: int
    token_end: int
    entry: Entry


def tokenize_entry(term: str) -> tuple[str, ...]:
    return tuple(t.lower().replace("’", "'") for t in _ENTRY_TOKEN.findall(term))


_VOWELS = set("aeiou")


def _double_final(word: str) -> bool:
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def _verb_forms(word: str, irregular: dict[str, tuple[str, ...]]) -> set[str]:
    forms = {word}
    if word in irregular:
        forms.update(irregular[word])
        return forms
    if re.search(r"(s|x|z|ch|sh)$", word):
        forms.add(word + "es")
    elif re.search(r"[^aeiou]y$", word):
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms.add(word + "d")
        if not word.endswith(("ee", "ye", "oe")):
            forms.add(word[:-1] + "ing")
        else:
            forms.add(word + "ing")
    elif re.search(r"[^aeiou]y$", word):
        forms.update({word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        if _double_final(word):
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    return forms


def _noun_forms(word: str) -> set[str]:
    if re.search(r"(s|x|z|ch|sh)$", word):
        return {word, word + "es"}
    if re.search(r"[^aeiou]y$", word):
        return {word, word[:-1] + "ies"}
    return {word, word + "s"}


def inflections(term: str, pos: str, irregular: dict[str, tuple[str, ...]] | None = None) -> set[tuple[str, ...]]:
    """Token sequences that ``term`` matches: its inflected forms for verbs and nouns.

    A verb inflects its first word (claim -> claims, claimed, claiming; "point out" -> "pointed
    out"), a noun its last word (official -> officials). No WordNet: regular English rules plus
    the irregular verbs in ``irregular_verbs.tsv``.
    """
    tokens = tokenize_entry(term)
    if not tokens:
        return set()
    if pos == "verb":
        head = _verb_forms(tokens[0], irregular or {})
        return {(form,) + tokens[1:] for form in head}
    if pos == "noun":
        return {tokens[:-1] + (form,) for form in _noun_forms(tokens[-1])}
    return {tokens}


class Lexicon:
    """The entries of one list, compiled into a matcher over lower-cased token sequences."""

    def __init__(self, name: str, entries: tuple[Entry, ...], irregular: dict[str, tuple[str, ...]]):
        self.name = name
        self.entries = entries
        index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for entry in entries:
            for seq in inflections(entry.term, entry.get("pos"), irregular):
                index.setdefault(seq[0], []).append((seq, entry))
        for seqs in index.values():
            seqs.sort(key=lambda pair: -len(pair[0]))
        self._index = index
        # first word -> ((length, {sequence: entry}), ...), longest first: the entry is the first
        # of that length and sequence in _index's order, so one look-up per length finds what
        # trying each candidate in turn would
        by_length: dict[str, tuple[tuple[int, dict[tuple[str, ...], Entry]], ...]] = {}
        for first, seqs in index.items():
            lengths: dict[int, dict[tuple[str, ...], Entry]] = {}
            for seq, entry in seqs:
                lengths.setdefault(len(seq), {}).setdefault(seq, entry)
            by_length[first] = tuple(lengths.items())
        self._by_length = by_length

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def terms(self) -> set[str]:
        return {e.term.lower() for e in self.entries}

    def match_at(self, lowers: list[str] | tuple[str, ...], i: int, end: int | None = None) -> tuple[int, Entry] | None:
        """The longest entry starting at token ``i``: (token end, entry), or None."""
        candidates = self._by_length.get(lowers[i])
        if not candidates:
            return None
        end = len(lowers) if end is None else end
        for length, entries in candidates:
            j = i + length
            if j <= end:
                entry = entries.get(tuple(lowers[i:j]))
                if entry is not None:
                    return j, entry
        return None

    def find(self, lowers: list[str] | tuple[str, ...], start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping longest matches in ``lowers[start:end]``, left to right."""
        end = len(lowers) if end is None else end
        found: list[Match] = []
        i = start
        index = self._by_length
        while i < end:
            if lowers[i] in index:
                hit = self.match_at(lowers, i, end)
                if hit:
                    found.append(Match(i, hit[0], hit[1]))
                    i = hit[0]
                    continue
            i += 1
        return found


class Lexicons:
    """Every lexicon, by name (the file name without ``.tsv``), with a user's folder applied."""

    def __init__(self, tables: dict[str, tuple[Entry, ...]], user_dir: str | None = None):
        self.user_dir = user_dir
        self._tables = tables
        irregular: dict[str, tuple[str, ...]] = {}
        for e in tables.get("irregular_verbs", ()):
            irregular[e.term.lower()] = tuple(
                v.strip().lower() for k, v in e.fields if k != "base" for v in v.split(",") if v.strip()
            )
        self.irregular = irregular
        self._compiled: dict[str, Lexicon] = {}
        self._rule_words: dict[str, frozenset[str]] | None = None

    def names(self) -> list[str]:
        return sorted(self._tables)

    def __contains__(self, name: str) -> bool:
        return name in self._tables

    def rule_words(self, rule: str) -> frozenset[str]:
        """The lower-cased terms of ``rule_words.tsv`` whose ``rules`` name ``rule`` (the words a
        rule of a measure tests for: ``"impersonal"``, ``"legal_form"``, ...)."""
        if self._rule_words is None:
            by_rule: dict[str, set[str]] = {}
            for e in self._tables.get("rule_words", ()):
                for r in e.get("rules").split(","):
                    by_rule.setdefault(r.strip(), set()).add(e.term.lower())
            self._rule_words = {r: frozenset(words) for r, words in by_rule.items()}
        return self._rule_words.get(rule, frozenset())

    def __getitem__(self, name: str) -> Lexicon:
        if name not in self._compiled:
            if name not in self._tables:
                raise ResourceError(f"no lexicon named {name!r} (have: {', '.join(self.names())})")
            self._compiled[name] = Lexicon(name, self._tables[name], self.irregular)
        return self._compiled[name]


def _rows(text: str):
    """(line number, cells) of a TSV's rows: comment and blank lines skipped, header first."""
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if line.strip() and not line.lstrip().startswith("#"):
            yield lineno, [c.strip() for c in line.split("\t")]


def _read_table(rows: list[tuple[int, list[str]]], name: str, origin: str) -> tuple[list[str], list[Entry]]:
    """A lexicon file's header (lower-cased column names) and entries, from its rows (:func:`_rows`)."""
    entries: list[Entry] = []
    header: list[str] = []
    for lineno, cells in rows:
        if not header:
            header = [c.lower() for c in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        entries.append(Entry(cells[0], tuple(zip(header, cells)), name, lineno, origin))
    return header, entries


def _merge(base: list[Entry], extra: list[Entry]) -> list[Entry]:
    by_term = {e.term.lower(): e for e in base}
    for e in extra:
        term = e.term.lower()
        if term.startswith("-"):
            by_term.pop(term[1:].strip(), None)
        else:
            by_term[term] = e
    return list(by_term.values())


@functools.lru_cache(maxsize=1)
def _shipped_tables() -> tuple[dict[str, tuple[Entry, ...]], dict[str, list[str]]]:
    """The shipped lexicons' entries and headers, by name."""
    root = shipped()
    tables: dict[str, tuple[Entry, ...]] = {}
    headers: dict[str, list[str]] = {}
    for item in root.iterdir():
        if item.name.endswith(".tsv"):
            name = item.name[:-4]
            headers[name], entries = _read_table(list(_rows(item.read_text(encoding="utf-8"))), name, "framing")
            tables[name] = tuple(entries)
    if not tables:
        raise ResourceError("the shipped lexicons are missing from the framing package; reinstall framing")
    return tables, headers


@functools.lru_cache(maxsize=1)
def closed_columns() -> dict[tuple[str, str], tuple[str, str]]:
    """(lexicon, column) -> (the values allowed there, flags), as ``lexicons/schema/columns.tsv``
    gives them ("neutral, distancing, ..." or "number -4..4"; lexicon ``*`` for every lexicon;
    flags ``list``: several values, comma-separated; ``required``: no empty cell)."""
    text = (shipped() / "schema" / "columns.tsv").read_text(encoding="utf-8")
    return {(cells[0], cells[1]): (cells[2], cells[3] if len(cells) > 3 else "") for _, cells in list(_rows(text))[1:]}


def check_table(path: str, name: str, text: str, shipped_header: list[str] | None) -> None:
    """Raise a one-line ResourceError where a lexicon file cannot mean what its writer meant: a
    column the shipped list of that name lacks (or a different first column), a row with more
    cells than columns, an empty entry, or a value outside a closed column's values."""
    _check_rows(path, name, list(_rows(text)), shipped_header)


def _check_rows(path: str, name: str, rows: list[tuple[int, list[str]]], shipped_header: list[str] | None) -> None:
    if not rows:
        return
    header = [c.lower() for c in rows[0][1]]
    if shipped_header is not None:
        if header[:1] != shipped_header[:1]:
            raise ResourceError(f"{path}: the first column must be {shipped_header[0]!r}, as in framing's {name}.tsv "
                                f"(columns: {', '.join(shipped_header)}; separate them with tabs)")
        unknown = [c for c in header if c not in shipped_header]
        if unknown:
            raise ResourceError(f"{path}: column {unknown[0]!r} is not one of {name}.tsv's "
                                f"({', '.join(shipped_header)}; separate columns with tabs)")
    closed = closed_columns()
    missing = [col for (lex, col), (_, flags) in closed.items() if lex == name and "required" in flags and col not in header]
    if missing:
        raise ResourceError(f"{path}: it needs a {missing[0]!r} column (columns: {', '.join(shipped_header or header)})")
    for lineno, cells in rows[1:]:
        while len(cells) > len(header) and not cells[-1]:
            cells = cells[:-1]  # a spreadsheet's trailing empty cells
        if len(cells) > len(header):
            raise ResourceError(f"{path}:{lineno}: {len(cells)} cells for {len(header)} columns")
        if not cells[0].strip("-").strip():
            raise ResourceError(f"{path}:{lineno}: the entry ({header[0]}) is empty")
        if cells[0].startswith("-"):
            continue  # a removal: only its entry counts
        for column, value in zip(header, cells + [""] * (len(header) - len(cells))):
            allowed, flags = closed.get((name, column)) or closed.get(("*", column)) or ("", "")
            if not value and "required" in flags:
                raise ResourceError(f"{path}:{lineno}: the {column} column is empty (give one or more of: {allowed})")
            if allowed and value and not _allowed(value, allowed, "list" in flags):
                what = f"a number from {allowed[7:].replace('..', ' to ')}" if allowed.startswith("number ") else f"one of: {allowed}"
                raise ResourceError(f"{path}:{lineno}: {column} {value!r} is not {what}")


def _allowed(value: str, allowed: str, several: bool = False) -> bool:
    if allowed.startswith("number "):
        low, high = (float(x) for x in allowed[7:].split(".."))
        try:
            return low <= float(value) <= high
        except ValueError:
            return False
    values = {v.strip() for v in allowed.split(",")}
    return all(v.strip() in values for v in value.split(",")) if several else value in values


@functools.lru_cache(maxsize=8)
def _load(user_dir: str | None) -> Lexicons:
    base, headers = _shipped_tables()
    tables = dict(base)
    if user_dir:
        folder = Path(user_dir)
        if not folder.is_dir():
            raise ResourceError(f"lexicon folder not found: {user_dir}")
        for path in sorted(folder.glob("*.tsv")):
            name = path.stem
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise ResourceError(f"cannot read lexicon {path}: {exc}") from None
            if name not in headers:
                near = difflib.get_close_matches(name, list(headers), n=1, cutoff=0.8)
                if near:
                    raise ResourceError(f"{path}: framing has no lexicon {name!r}; did you mean {near[0]}.tsv? "
                                        "(a list of a new name is loaded but used by nothing)")
            rows = list(_rows(text))
            _check_rows(str(path), name, rows, headers.get(name))
            _, extra = _read_table(rows, name, str(folder))
            tables[name] = tuple(_merge(list(tables.get(name, ())), extra))
    return Lexicons(tables, user_dir)


def load_lexicons(user_dir: str | Path | None = None) -> Lexicons:
    """The shipped lexicons, extended or overridden by the TSV files in ``user_dir``.

    Loaded once per folder and cached; the result is shared and must not be changed.
    """
    if isinstance(user_dir, Lexicons):
        return user_dir
    return _load(str(Path(user_dir).resolve()) if user_dir else None)
