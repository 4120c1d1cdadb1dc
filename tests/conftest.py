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
