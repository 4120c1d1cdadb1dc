"""The errors framing raises: each message is one line a user can act on."""
from __future__ import annotations

__all__ = ["FramingError", "InputError", "ResourceError"]


class FramingError(Exception):
    """Base class: the CLI prints ``str(error)`` on one line and exits non-zero."""


class InputError(FramingError):
    """An input could not be read as an article (empty, binary, undecodable, malformed)."""


class ResourceError(FramingError):
    """A data file framing needs (a lexicon, a model, NLTK data) is missing or unreadable."""
