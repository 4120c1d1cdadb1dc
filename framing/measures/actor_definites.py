"""Organisations referred to by "the" and a head noun once named: "the company" for Tesla, "the
committee" for the House Intelligence Committee, "the newspaper" for the Washington Post.

A definite description "the <head>" (a term of ``definite_heads.tsv``) is a mention of the
organisation named last before it that fits the head: its name has the head as a capitalised word
(the last word, or the word before "of", "on", "for" or "to": "the committee" for the House
Intelligence Committee, "the department" for the Department of Justice, "the commission" for the
Commission on Presidential Debates), or, when it was named in the last five
sentences, its kind in ``organisations.tsv`` is one of the head's ``kinds`` ("the company" for
a company); a name ending with a newspaper's word (``short_heads.tsv``: "Orlando Sentinel") is of
kind newspaper, and one ending with a legal form (``legal_form`` of ``rule_words.tsv``: "Ltd",
"Inc.") of kind company. Nearest first, as in rule-based coreference's head match. Left alone: "the
department of ..." (it names its own), "the group Human Rights Watch" (the name follows), print
"in the newspaper", words already part of a name, and any "the <head>" before an organisation
that fits is named.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import replace

from framing.article import Document
from framing.lexicon import Lexicons
from framing.measures.actor_gazetteer import Gazetteer
from framing.measures.actor_names import is_name_token
from framing.measures.actor_types import Actor, Mention

__all__ = ["definite_heads", "link_definites"]

_KIND_WINDOW = 5  # sentences: "the company" far from the last company named may be another one
_IDIOMS = {("party", "line")}  # "toe the party line": any party's
_LINKERS = {"of", "on", "for", "to"}  # the head of "Commission on Presidential Debates" is before them
_PRINT = {"newspaper", "paper"}  # "in the newspaper", "on paper": print, not a voice


@functools.lru_cache(maxsize=8)
def definite_heads(lexicons: Lexicons) -> dict[str, frozenset[str]]:
    """Head noun (lower case) -> the organisation kinds it may refer to (empty: by name only)."""
    if "definite_heads" not in lexicons:
        return {}
    return {e.term.lower(): frozenset(k.strip() for k in (e.get("kinds") or "").split(",") if k.strip())
            for e in lexicons["definite_heads"]}


@functools.lru_cache(maxsize=8)
def _bare(forms: frozenset[str]) -> frozenset[str]:
    """Legal forms without their periods ("inc" for "inc.")."""
    return frozenset(f.rstrip(".") for f in forms)


def _fits(actor: Actor, head: str, kinds: frozenset[str], gaz: Gazetteer, near: bool) -> bool:
    """Whether "the <head>" may refer to ``actor``: by the head word of its name (the last word,
    or the word before the first "of", "on", "for" or "to": "Department of Justice", "Commission
    on Presidential Debates"), or, when ``near``, by its kind."""
    words = actor.name.split()
    lows = [w.lower() for w in words]
    linker = next((x for x in range(1, len(lows)) if lows[x] in _LINKERS), None)
    name_head = lows[linker - 1] if linker is not None else lows[-1]
    if name_head == head and words[lows.index(name_head)][:1].isupper():
        return True
    if not kinds or not near:
        return False
    if len(words) >= 2 and lows[-1] in gaz.short_heads:
        return "newspaper" in kinds
    if len(words) >= 2 and lows[-1].rstrip(".") in _bare(gaz.legal_forms):
        return "company" in kinds  # "Brightwave Telecom Ltd": a company by its legal form
    return gaz.org_kinds.get(actor.name) in kinds


def _referent(named: list, before: int, tok, kinds: frozenset[str], gaz: Gazetteer) -> Actor | None:
    """The organisation named last in ``named[:before]`` (start, actor, sentence) that "the
    <tok>" fits. A name of no known type in between ("Cambridge Analytica") may be the company
    meant: past it, only a name's head fits, not a kind."""
    by_kind = True
    for n in range(before - 1, -1, -1):
        _, actor, sentence = named[n]
        if actor.type != "organisation":
            by_kind = False
            continue
        if _fits(actor, tok.lower, kinds, gaz, by_kind and tok.sentence - sentence <= _KIND_WINDOW):
            return actor
    return None


def link_definites(doc: Document, actors: list[Actor], gaz: Gazetteer, heads: dict[str, frozenset[str]]) -> list[Actor]:
    """The actors, with "the <head>" added as a ``definite`` mention of the organisation it
    refers to (see the module's docstring)."""
    orgs = [a for a in actors if a.type == "organisation"]
    if not orgs or not heads:
        return actors
    tokens = doc.tokens
    unknown = [a for a in actors if a.type == "other" and len(a.name.split()) >= 2]
    named = sorted(((m.start, a, m.sentence) for a in orgs + unknown for m in a.mentions), key=lambda n: n[0])
    starts = [start for start, _, _ in named]
    spans = sorted((m.start, m.end) for a in actors for m in a.mentions)
    span_starts = [s for s, _ in spans]

    def inside(offset: int) -> bool:
        at = bisect.bisect_right(span_starts, offset) - 1
        return at >= 0 and spans[at][0] <= offset < spans[at][1]

    added: dict[str, list[Mention]] = {}
    for k in range(1, len(tokens)):
        tok = tokens[k]
        kinds = heads.get(tok.lower)
        if kinds is None:
            continue
        the = tokens[k - 1]
        if the.lower != "the" or the.sentence != tok.sentence or inside(tok.start) or inside(the.start):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.sentence == tok.sentence and (
                nxt.lower == "of" or is_name_token(nxt) or nxt.lower in gaz.compound_after):
            continue  # "the department of", "the group Human Rights Watch", "the school board"
        if tok.lower in _PRINT and k >= 2 and tokens[k - 2].lower in ("in", "on"):
            continue
        if (tok.lower, nxt.lower if nxt is not None else "") in _IDIOMS:
            continue
        actor = _referent(named, bisect.bisect_left(starts, the.start), tok, kinds, gaz)
        if actor is not None:
            added.setdefault(actor.name, []).append(
                Mention(the.start, tok.end, doc.text[the.start : tok.end], tok.sentence, "definite"))
    if not added:
        return actors
    return [replace(a, mentions=tuple(sorted(a.mentions + tuple(added[a.name]), key=lambda m: m.start)))
            if a.name in added else a for a in actors]
