"""Results as plain data: what :func:`dataclasses.asdict` gives, several times faster.

``dataclasses.asdict`` deep-copies every leaf value and looks up every class's fields at each step;
on an article's score (thousands of spans, tokens' worth of evidence) that took as long as parsing
the article. :func:`as_plain` walks the same structure once: a dataclass becomes a dict of its
fields in order, a tuple or list the same type of its items, a dict a dict; strings, numbers,
booleans and None are immutable and are kept as they are. Anything else is deep-copied, as
``asdict`` does.
"""
from __future__ import annotations

import copy
import dataclasses

__all__ = ["as_plain"]

_ATOMS = (str, int, float, bool, type(None))
_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def as_plain(obj):
    """``dataclasses.asdict(obj)`` for a dataclass instance; the same conversion for any value."""
    cls = type(obj)
    if cls in _ATOMS:
        return obj
    if cls is tuple or cls is list:
        return cls(as_plain(v) for v in obj)
    if cls is dict:
        return {as_plain(k): as_plain(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: as_plain(getattr(obj, name)) for name in _field_names(cls)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):  # a named tuple
        return cls(*[as_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return cls(as_plain(v) for v in obj)
    if isinstance(obj, dict):
        return cls((as_plain(k), as_plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)
