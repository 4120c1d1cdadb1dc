"""Bills by their number: "Senate Bill 1062", "Senate Bill No. 1062", "SB 1062", "SB1062",
"SB-1062" and "S.B. 1062" name one bill, an actor called "SB 1062" (type other: a thing, not a
person). Without this rule the chamber and "Bill" were two actors, the second a first name
("Senate" and "Bill"). A bill inside a name the user gives stays the user's."""
from __future__ import annotations

import re

from framing.article import Document

__all__ = ["bill_names"]

_CHAMBERS = {"senate": "SB", "house": "HB", "assembly": "AB"}
_SHORT = {"sb": "SB", "hb": "HB", "ab": "AB", "s.b.": "SB", "h.b.": "HB", "a.b.": "AB"}
_JOINED = re.compile(r"(SB|HB|AB)-?(\d{1,5})")
_NUMBER = re.compile(r"\d{1,5}")


def bill_names(doc: Document, lowers: list[str]) -> list[tuple[int, int, str, str]]:
    """Each bill named by number: (first token, end token, its name, the evidence)."""
    tokens = doc.tokens
    out = []
    k = 0
    while k < len(tokens):
        joined = _JOINED.fullmatch(tokens[k].text)
        if joined:
            out.append((k, k + 1, f"{joined[1]} {joined[2]}", f"a bill's number {tokens[k].text!r}"))
            k += 1
            continue
        if k + 1 < len(tokens) and _NUMBER.fullmatch(tokens[k + 1].text) and tokens[k + 1].sentence == tokens[k].sentence:
            short = _SHORT.get(lowers[k]) if tokens[k].text.isupper() else None
            if short:
                out.append((k, k + 2, f"{short} {tokens[k + 1].text}", f"a bill's number {doc.text[tokens[k].start:tokens[k + 1].end]!r}"))
                k += 2
                continue
        if k + 2 < len(tokens) and lowers[k] in _CHAMBERS and tokens[k].text[0].isupper() and tokens[k + 1].text == "Bill":
            n = k + 2
            if lowers[n] == "no" and n + 1 < len(tokens):  # "Senate Bill No. 1062"
                n += 2 if tokens[n + 1].text == "." else 1
            if n < len(tokens) and _NUMBER.fullmatch(tokens[n].text) and tokens[n].sentence == tokens[k].sentence:
                name = f"{_CHAMBERS[lowers[k]]} {tokens[n].text}"
                out.append((k, n + 1, name, f"a bill's number {doc.text[tokens[k].start:tokens[n].end]!r}"))
                k = n + 1
                continue
        k += 1
    return out
