"""Reading the shipped model weights: plain JSON files in ``lexicons/models/``, never pickles."""
from __future__ import annotations

import json
from importlib import resources

from framing.errors import ResourceError

__all__ = ["read_model"]


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
