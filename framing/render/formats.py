"""Output formats shared by every renderer: the format names, table styles, CSV writing."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Sequence

from tabulate import tabulate, tabulate_formats

__all__ = ["FORMATS", "table_format", "write_csv", "table", "safe_cell"]

FORMATS = ("summary", "table", "json", "csv", "markdown", *sorted(f for f in tabulate_formats if f not in ("markdown",)))


def table_format(fmt: str) -> str:
    """The tabulate style for a format name: ``table`` and ``summary`` are ``simple``,
    ``markdown`` is ``github``; any tabulate format is itself."""
    return {"table": "simple", "summary": "simple", "markdown": "github"}.get(fmt, fmt)


def safe_cell(value):
    """Cells that a spreadsheet would run as a formula get a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(header: Sequence, rows: Iterable[Sequence], *more: tuple[Sequence, Iterable[Sequence]]) -> str:
    """CSV text (no trailing newline): a header and rows, then optionally more header/rows
    blocks; every cell goes through :func:`safe_cell`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for head, body in ((header, rows), *more):
        writer.writerow(head)
        writer.writerows([[safe_cell(c) for c in row] for row in body])
    return out.getvalue().rstrip("\n")


def table(rows: Iterable[Sequence], headers: Sequence[str], fmt: str, floatfmt: str = ".3f") -> str:
    return tabulate(list(rows), headers=list(headers), tablefmt=table_format(fmt), floatfmt=floatfmt)
