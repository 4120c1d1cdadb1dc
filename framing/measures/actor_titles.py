"""People named by their office: "the president", "the seven-term congressman", "the embattled
chairman" as mentions of the person the article titled so before ("President Barack Obama", "Rep.
Bob Etheridge", "Chairman Michael Steele").

A title's office is the ``role`` column of ``titles.tsv`` ("Rep." and "congressman" are both
"representative"). "the", up to three modifiers ("former", "embattled", hyphenated words such as
"seven-term", capitalised words), then a title whose office a person in the article held when
named before: the mention is the title's words, linked to the person of that office mentioned
last, in its sentence or the one before, else to the one of that office mentioned most so far.
The description must agree with how that person was titled:

- "former" on both or neither ("the former president" is not the sitting one);
- a title of several words is that title ("the minority leader" is not the majority leader;
  "the treasury secretary" is not the secretary of state), a title of one word any title of its
  office ("the secretary", "the congressman");
- a capitalised modifier ("the Ukrainian president", "the Massachusetts senator") only the person
  titled with that word before the title ("Ukrainian President ...").

Not linked: a title followed by "of" ("the president of the company"), by a name, also after an
abbreviation's period ("the late Sen. Frank Lautenberg"), by "and" and another title ("the
president and CEO"), by a noun that makes it a common noun phrase ("the general election",
``_COMMON_AFTER``), or by a possessive and the office ("the governor's seat"); a title in a
sentence that speaks of the office in general ("a president", "presidents", "becomes president",
"runs for president"); an office nobody was named with; words that are already a mention.
"""
from __future__ import annotations

from dataclasses import replace

from framing.article import Document, Sentence, Token
from framing.measures.actor_gazetteer import Gazetteer, title_at
from framing.measures.actor_types import Actor, Mention, mention_tokens

__all__ = ["link_titles"]

_MODIFIERS = frozenset({
    "former", "current", "new", "outgoing", "incoming", "embattled", "late", "veteran", "longtime",
    "freshman", "junior", "senior", "top", "sitting", "beleaguered", "retiring",
})
# nouns after a title that make "the <title> <noun>" a thing, not the office holder
_COMMON_AFTER = frozenset({
    "election", "elections", "system", "investigation", "investigations", "probe", "race", "job", "post",
    "position", "nominee", "nomination", "nominations", "candidate", "candidates", "hopeful", "hopefuls",
    "debate", "debates", "primary", "primaries", "contest", "parties", "party", "league", "role", "title",
    "office", "seat", "term", "pick", "library", "museum", "department", "offices",
})
# nouns after "the <title>'s" that name the office, not its holder: "the governor's seat"
_OFFICE_AFTER_POSSESSIVE = frozenset({
    "seat", "race", "post", "position", "job", "election", "elections", "primary", "nomination", "contest",
})
_INDEFINITE = frozenset({"a", "an", "any", "every", "no", "each", "another", "future"})
_BECOMING = frozenset({"become", "becomes", "became", "becoming", "elected"})  # "becomes president"
_RUNNING = frozenset({"run", "runs", "ran", "running", "bid", "campaign"})  # "runs for president"
_MAX_MODIFIERS = 3
_MAX_TITLE = 3  # words


def link_titles(doc: Document, lowers: list[str], actors: list[Actor], gaz: Gazetteer) -> list[Actor]:
    """``actors`` with "the <title>" mentions added to the persons titled so earlier (see the module).
    ``lowers``: the tokens' lower-cased texts."""
    tokens = doc.tokens
    if not gaz.roles or not tokens or "the" not in lowers:
        return actors
    taken: set[int] = set()
    offices: list[tuple[int, str, tuple[str, ...], bool, frozenset, str]] = []  # per titled mention
    last_seen: dict[str, list[int]] = {}  # person -> the tokens its mentions start at
    for a, _, k, k_end in mention_tokens(doc, actors):
        taken.update(range(k, k_end))
        if a.type != "person":
            continue
        last_seen.setdefault(a.name, []).append(k)
        office = _office_before(tokens, lowers, k, gaz)
        if office:
            offices.append((k, *office, a.name))
    if not offices:
        return actors
    roles = {o[1] for o in offices}
    added: dict[str, list[Mention]] = {}
    for k, low in enumerate(lowers):
        if low != "the":
            continue
        found = _description(tokens, lowers, k, gaz, taken)
        if found is None:
            continue
        start, end, role, former, marks = found
        if role not in roles or _office_in_general(lowers, doc.sentences[tokens[k].sentence], end):
            continue
        title = tuple(lowers[start:end])
        holders = {
            name for at, r, words, f, before, name in offices
            if at < k and r == role and f == former and marks <= before
            and (len(title) == 1 or words[-len(title):] == title)
        }
        if not holders:
            continue
        person = _holder(tokens, holders, last_seen, k)
        added.setdefault(person, []).append(
            Mention(tokens[start].start, tokens[end - 1].end, doc.text[tokens[start].start : tokens[end - 1].end],
                    tokens[k].sentence, "title")
        )
        last_seen[person].append(start)
    if not added:
        return actors
    return [
        replace(a, mentions=tuple(sorted(a.mentions + tuple(added[a.name]), key=lambda m: m.start)))
        if a.name in added else a
        for a in actors
    ]


def _holder(tokens: tuple[Token, ...], holders: set[str], last_seen: dict[str, list[int]], k: int) -> str:
    """Which holder of the office "the <title>" at token ``k`` names: the one mentioned last, if
    that was in its sentence or the one before; else the one mentioned most so far (the article's
    president, not a foreign one named in passing), the last mentioned of those."""
    last = {name: max(at for at in last_seen[name] if at < k) for name in holders}
    near = [name for name in holders if tokens[k].sentence - tokens[last[name]].sentence <= 1]
    if near:
        return max(near, key=last.__getitem__)
    return max(holders, key=lambda name: (sum(1 for at in last_seen[name] if at < k), last[name]))


def _office_before(tokens: tuple[Token, ...], lowers: list[str], k: int, gaz: Gazetteer):
    """How the person named at token ``k`` is titled just before it ("Former Mexican President
    Vicente" -> president, ("president",), former, {"mexican"}), or None when no title with an
    office is there."""
    end = k - 1 if k > 0 and tokens[k - 1].text == "." else k
    for n in range(_MAX_TITLE, 0, -1):
        if end - n < 0:
            continue
        words = tuple(lowers[end - n : end])
        role = gaz.roles.get(words)
        if role and tokens[end - n].sentence == tokens[k].sentence:
            before = range(max(0, end - n - _MAX_MODIFIERS), end - n)
            before = [b for b in before if tokens[b].sentence == tokens[k].sentence]
            former = any(lowers[b] == "former" for b in before)
            marks = frozenset(lowers[b] for b in before if tokens[b].text[:1].isupper())
            return role, words, former, marks
    return None


def _description(tokens: tuple[Token, ...], lowers: list[str], k: int, gaz: Gazetteer, taken: set[int]):
    """"the" at ``k``, modifiers, a title with an office: (title start, title end, office,
    "former" among the modifiers, the capitalised modifiers), or None."""
    sentence = tokens[k].sentence
    n_tokens = len(tokens)
    for start in range(k + 1, min(k + 2 + _MAX_MODIFIERS, n_tokens)):
        if tokens[start].sentence != sentence:
            return None
        for n in range(_MAX_TITLE, 0, -1):
            role = gaz.roles.get(tuple(lowers[start : start + n]))
            if not role or start + n > n_tokens or tokens[start + n - 1].sentence != sentence:
                continue
            end = start + n
            if any(t in taken for t in range(start, end)) or _named_after(tokens, lowers, end, sentence, gaz, taken):
                return None
            modifiers = range(k + 1, start)
            marks = frozenset(lowers[m] for m in modifiers if tokens[m].text[:1].isupper())
            return start, end, role, any(lowers[m] == "former" for m in modifiers), marks
        if not _modifier(tokens[start]):
            return None
    return None


def _named_after(tokens, lowers, end: int, sentence: int, gaz: Gazetteer, taken: set[int]) -> bool:
    """What follows a title at ``end`` makes it no description of a person named before: "of",
    a name (after an abbreviation's period too), "and" with another title, a common noun."""
    if end >= len(tokens) or tokens[end].sentence != sentence:
        return False
    nxt = end + 1 if tokens[end].text == "." and end + 1 < len(tokens) else end
    if nxt in taken or (tokens[nxt].text[:1].isupper() and tokens[nxt].text[:1].isalpha()
                        and lowers[nxt] not in gaz.non_names and tokens[nxt].sentence == sentence):
        return True  # "the President Obama", "the late Sen. Frank Lautenberg"
    low = lowers[end]
    if low in ("'s", "’s") and end + 1 < len(lowers) and lowers[end + 1] in _OFFICE_AFTER_POSSESSIVE:
        return True  # "the governor's seat": the office, whoever holds it
    return low == "of" or low in _COMMON_AFTER or (low == "and" and title_at(lowers, end + 1, len(lowers), gaz.titles))


def _office_in_general(lowers: list[str], sentence: Sentence, end: int) -> bool:
    """The sentence of the description whose title ends at ``end`` speaks of the office in
    general: "a president", "any senator", "presidents", "becomes president"."""
    title = lowers[end - 1]
    lo, hi = sentence.token_start, sentence.token_end
    for m in range(lo, hi):
        if lowers[m] in (title + "s", title + "es"):
            return True
        if lowers[m] == title and m != end - 1 and (
            any(lowers[b] in _INDEFINITE for b in range(max(lo, m - 2), m))
            or (m > lo and lowers[m - 1] in _BECOMING)
            or (m > lo + 1 and lowers[m - 1] == "for" and lowers[m - 2] in _RUNNING)
        ):
            return True
    return False


def _modifier(tok: Token) -> bool:
    """A word between "the" and a title: "former", "embattled", "GOP", "Arizona", "seven-term"."""
    text = tok.text
    return tok.lower in _MODIFIERS or (text[0].isupper() and text[0].isalpha()) or (
        "-" in text and text.replace("-", "").isalnum()
    )
