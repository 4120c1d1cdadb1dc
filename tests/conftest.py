"""Shared test helpers: where the shared evaluation data is, and small texts."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data() -> Path | None:
    """The shared evaluation data: $FRAMING_SHARED_DATA, else ../shared/data beside the repo."""
    env = os.environ.get("FRAMING_SHARED_DATA")
    path = Path(env) if env else REPO.parent / "shared" / "data"
    return path if path.is_dir() else None


@pytest.fixture
def seed_path() -> Path:
    data = shared_data()
    path = data / "seed" / "000_39e7f201a43239dc.txt" if data else None
    if path is None or not path.is_file():
        pytest.skip("seed article not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    return path


def demo_texts() -> list[str]:
    """The demo corpus's article bodies (fictional, written by the project)."""
    from framing.corpus import parse_front_matter

    return [parse_front_matter(p.read_text(encoding="utf-8"))[1] for p in sorted((REPO / "corpora" / "demo").rglob("*.txt"))]


def write_jsonl(path: Path, n: int) -> list[dict]:
    """``n`` records (the demo articles over and over, each with its own id) as JSON Lines."""
    import json

    texts = demo_texts()
    records = [{"id": f"r{k}", "outlet": f"Outlet {k % 3}", "text": texts[k % len(texts)]} for k in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


def lexicon_row(ref: str) -> tuple[str, dict[str, str]]:
    """The row that ``ref`` ("hedges.tsv:13") names, read straight from the shipped file."""
    from importlib import resources

    name, line = ref.rsplit(":", 1)
    lines = (resources.files("framing.lexicons") / name).read_text(encoding="utf-8").splitlines()
    header = next(l for l in lines if l.strip() and not l.startswith("#")).split("\t")
    cells = lines[int(line) - 1].split("\t")
    assert not cells[0].startswith("#"), f"{ref} points at a comment line"
    return cells[0], dict(zip(header, cells))


def line_of(name: str, term: str) -> int:
    """The line of ``term`` in the shipped lexicon ``name``.tsv (as lexicon entries cite it)."""
    from importlib import resources

    lines = (resources.files("framing.lexicons") / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, start=1):
        if not line.startswith("#") and line.split("\t")[0] == term:
            return n
    raise AssertionError(f"{term!r} not in {name}.tsv")
