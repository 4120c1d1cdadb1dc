"""People named by their office: "the president", "the seven-term congressman", "the GOP chairman"
as mentions of the person the article titled so before ("President Barack Obama", "Rep. Bob
Etheridge", "RNC Chairman Michael Steele").

A title's office is the ``role`` column of ``titles.tsv`` ("Rep." and "congressman" are both
"representative"). "the", up to three modifiers (capitalised words, also names such as "GOP" or
"Arizona", hyphenated words, "former", "embattled" and the like), then a title whose office a person in the article held when named
before: the mention is the title's words, linked to the person of that office mentioned last
before it. "former" must agree ("the former president" is not the sitting one). Not linked: a
title followed by "of" ("the president of the company"), by a name ("the President Obama") or by
"and" and another title ("the president and CEO"); an office nobody was named with; words that
are already a mention.
"""
from __future__ import annotations

from dataclasses import replace

from framing.article import Document, Token
from framing.measures.actor_gazetteer import Gazetteer
from framing.measures.actor_types import Actor, Mention

__all__ = ["link_titles"]

_MODIFIERS = frozenset({
    "former", "current", "new", "outgoing", "incoming", "embattled", "late", "veteran", "longtime",
    "freshman", "junior", "senior", "top", "sitting", "beleaguered", "retiring",
})
_MAX_MODIFIERS = 3
_MAX_TITLE = 3  # words


def link_titles(doc: Document, actors: list[Actor], gaz: Gazetteer) -> list[Actor]:
    """``actors`` with "the <title>" mentions added to the persons titled so earlier (see the module)."""
    tokens = doc.tokens
    if not gaz.roles or not tokens:
        return actors
    lowers = [t.lower for t in tokens]
    token_at = {t.start: t.index for t in tokens}
    taken: set[int] = set()
    offices: list[tuple[int, str, bool, str]] = []  # (token, role, former, actor) of each titled mention
    last_seen: dict[str, list[int]] = {}  # person -> the tokens its mentions start at
    for a in actors:
        for m in a.mentions:
            k = token_at.get(m.start)
            if k is None:
                continue
            k_end = k
            while k_end < len(tokens) and tokens[k_end].end <= m.end:
                k_end += 1
            taken.update(range(k, k_end))
            if a.type != "person":
                continue
            last_seen.setdefault(a.name, []).append(k)
            office = _office_before(tokens, lowers, k, gaz)
            if office:
                offices.append((k, office[0], office[1], a.name))
    if not offices:
        return actors
    roles = {role for _, role, _, _ in offices}
    added: dict[str, list[Mention]] = {}
    for k, tok in enumerate(tokens):
        if lowers[k] != "the":
            continue
        found = _description(tokens, lowers, k, gaz, taken)
        if found is None:
            continue
        start, end, role, former = found
        if role not in roles:
            continue
        holders = {name for at, r, f, name in offices if at < k and r == role and f == former}
        if not holders:
            continue
        person = max(holders, key=lambda name: max(at for at in last_seen[name] if at < k))
        added.setdefault(person, []).append(
            Mention(tokens[start].start, tokens[end - 1].end, doc.text[tokens[start].start : tokens[end - 1].end],
                    tok.sentence, "title")
        )
        last_seen[person].append(start)
    if not added:
        return actors
    return [
        replace(a, mentions=tuple(sorted(a.mentions + tuple(added[a.name]), key=lambda m: m.start)))
        if a.name in added else a
        for a in actors
    ]


def _office_before(tokens: tuple[Token, ...], lowers: list[str], k: int, gaz: Gazetteer) -> tuple[str, bool] | None:
    """The office of a title just before token ``k`` ("Rep. Bob" -> representative), and whether
    "former" stands before the title; None when no title with an office is there."""
    end = k - 1 if k > 0 and tokens[k - 1].text == "." else k
    for n in range(_MAX_TITLE, 0, -1):
        if end - n < 0:
            continue
        role = gaz.roles.get(tuple(lowers[end - n : end]))
        if role and tokens[end - n].sentence == tokens[k].sentence:
            return role, end - n > 0 and lowers[end - n - 1] == "former"
    return None


def _description(
    tokens: tuple[Token, ...], lowers: list[str], k: int, gaz: Gazetteer, taken: set[int]
) -> tuple[int, int, str, bool] | None:
    """"the" at ``k``, modifiers, a title with an office: (title start, title end, office,
    "former" among the modifiers), or None."""
    sentence = tokens[k].sentence
    for start in range(k + 1, min(k + 2 + _MAX_MODIFIERS, len(tokens))):
        if tokens[start].sentence != sentence:
            return None
        for n in range(_MAX_TITLE, 0, -1):
            role = gaz.roles.get(tuple(lowers[start : start + n]))
            if role and start + n <= len(tokens) and tokens[start + n - 1].sentence == sentence:
                end = start + n
                if end < len(tokens) and tokens[end].sentence == sentence and (
                    lowers[end] == "of" or end in taken or (lowers[end] == "and" and _title_at(lowers, end + 1, gaz))
                ):
                    return None  # "the president of ...", "the President Obama", "the president and CEO"
                if any(t in taken for t in range(start, end)):
                    return None
                return start, end, role, "former" in lowers[k + 1 : start]
        if not _modifier(tokens[start]):
            return None
    return None


def _title_at(lowers: list[str], k: int, gaz: Gazetteer) -> bool:
    return any(tuple(lowers[k : k + n]) in gaz.titles for n in range(1, _MAX_TITLE + 1) if k + n <= len(lowers))


def _modifier(tok: Token) -> bool:
    """A word between "the" and a title: "former", "embattled", "GOP", "Arizona", "seven-term"."""
    text = tok.text
    return tok.lower in _MODIFIERS or (text[0].isupper() and text[0].isalpha()) or (
        "-" in text and text.replace("-", "").isalnum()
    )
