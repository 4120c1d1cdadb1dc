"""Reading the shipped data: the ``framing.lexicons`` package (``lexicons/`` in the repository),
and its model weights, plain JSON files in ``lexicons/models/``, never pickles."""
from __future__ import annotations

import json
from importlib import resources
from typing import Callable, TypeVar

from framing.errors import ResourceError

__all__ = ["shipped", "read_model", "derived"]

T = TypeVar("T")


def shipped():
    """The shipped data folder (``importlib.resources``); a ResourceError that says what to do
    when it is not installed beside this ``framing``: Python started inside a source checkout
    imports the checkout's ``framing/``, which has no lexicons unless installed with ``pip
    install -e .``."""
    try:
        return resources.files("framing.lexicons")
    except ModuleNotFoundError:
        raise ResourceError(
            "framing's lexicons are not installed beside this copy of framing (a source checkout "
            "imported without 'pip install -e .'): install it so, or run Python outside the checkout"
        ) from None


def read_model(name: str, path: str | None = None, what: str = "model") -> dict:
    """The JSON of the shipped model file ``name`` (or of the file at ``path``); a missing or
    unreadable file is a ResourceError naming ``what``."""
    try:
        if path:
            with open(path, encoding="utf-8") as fh:
                return json.load(fh)
        return json.loads((shipped() / "models" / name).read_text(encoding="utf-8"))
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
