"""Reading the shipped model weights: plain JSON files in ``lexicons/models/``, never pickles."""
from __future__ import annotations

import json
from importlib import resources
from typing import Callable, TypeVar

from framing.errors import ResourceError

__all__ = ["read_model", "derived"]

T = TypeVar("T")


def read_model(name: str, path: str | None = None, what: str = "model") -> dict:
    """The JSON of the shipped model file ``name`` (or of the file at ``path``); a missing or
    unreadable file is a ResourceError naming ``what``."""
    try:
        if path:
            with open(path, encoding="utf-8") as fh:
                return json.load(fh)
        return json.loads((resources.files("framing.lexicons") / "models" / name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot load the {what} ({path or name}): {exc}") from None


def derived(cache: dict, owners: tuple, build: Callable[[], T]) -> T:
    """What ``build`` makes from ``owners`` (a loaded model, its word clusters), made once and
    kept in ``cache`` by their ids (models hold dicts: they cannot be hashed). The owners are held
    with the entry, so their ids are not reused while it lives; at most 4 entries."""
    key = tuple(id(o) for o in owners)
    entry = cache.get(key)
    if entry is None or any(a is not b for a, b in zip(entry[0], owners)):
        if len(cache) >= 4:
            cache.clear()
        entry = cache[key] = (owners, build())
    return entry[1]
