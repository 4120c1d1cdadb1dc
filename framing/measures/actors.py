"""Actors: the people, organisations and places an article names, with every mention.

No trained model: names are found by rules over capitalisation and word lists, in this order of
trust (each mention records the rule that found it):

1. ``user``: actors and aliases the user names (``--actor "Elon Musk=Musk,Elon"``).
2. ``gazetteer``: countries, regions and their demonyms (``countries.tsv``), organisations
   and their short forms (``organisations.tsv``).
3. ``proper_noun``: runs of capitalised words ("Mark Kelly", "Department of Government
   Efficiency"), not counting a sentence's first word when it is a common sentence opener, nor
   days, months and the like (``non_names.tsv``). A title before the run ("Senator",
   ``titles.tsv``) is kept apart and makes the actor a person; a first name
   (``first_names.tsv``, US Census 1990) makes it a person; an organisation word ("Department",
   "Business", ``org_cues.tsv``) makes it an organisation; a place word last ("Kansas City",
   ``place_cues.tsv``) makes it a place.
4. Aliases merge: a surname alone ("Musk"), a title and surname ("Mr Musk"), an acronym in
   brackets after a name ("(Doge)"), and a gazetteer's short forms join the full name's actor.
5. ``pronoun``: "he"/"she" is linked to a person of a compatible gender: the nearest named
   before it in the same sentence, else the first named (usually the subject) in the nearest of
   the three previous sentences; a pronoun linked so counts for the next pronoun.

Whether an actor speaks is decided by the attribution measure (see :func:`with_speakers`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from framing.article import Document, Token
from framing.lexicon import Lexicons, tokenize_entry

__all__ = ["Mention", "Actor", "ActorsResult", "ActorSpec", "find_actors", "parse_actor_spec", "with_speakers", "speaking_type"]

_PRONOUN_LOOKBACK = 3  # sentences
_PROPER_GROUPS = {"catholics", "christians", "muslims", "jews", "evangelicals"}
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")
_CONNECTORS = {"of", "the", "for", "and", "de", "da", "del", "van", "von", "der", "al", "bin", "&"}
_TYPES = ("person", "organisation", "place", "group", "other")


@dataclass(frozen=True)
class Mention:
    """One place an actor is named: a span of the text, its sentence, and the rule that found it."""

    start: int
    end: int
    text: str
    sentence: int
    rule: str  # user | gazetteer | proper_noun | alias | demonym | pronoun


@dataclass(frozen=True)
class Actor:
    """An actor with every mention. ``type`` is person, organisation, place, group or other;
    ``type_evidence`` says why (a title, a first name, an organisation word, a gazetteer row)."""

    name: str
    type: str
    type_evidence: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    gender: str = "-"  # m, f or - (from a title or first name; used to link pronouns)
    speaks: bool = False
    attributions: int = 0

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True)
class ActorsResult:
    """All actors of an article, most mentioned first."""

    actors: tuple[Actor, ...]

    def get(self, name: str) -> Actor | None:
        for actor in self.actors:
            if actor.name == name or name in actor.aliases:
                return actor
        return None

    def mention_at(self, start: int, end: int) -> tuple[Actor, Mention] | None:
        """The actor mentioned inside ``[start, end)``, first one."""
        for actor in self.actors:
            for m in actor.mentions:
                if start <= m.start and m.end <= end:
                    return actor, m
        return None


@dataclass(frozen=True)
class ActorSpec:
    """A user-named actor: canonical name, aliases, and optionally a type."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str = ""


def parse_actor_spec(spec: str) -> ActorSpec:
    """``"Elon Musk=Musk,Elon"`` or ``"Elon Musk:person=Musk"`` -> ActorSpec."""
    name, _, aliases = spec.partition("=")
    name, _, typ = name.partition(":")
    typ = typ.strip().lower()
    if typ and typ not in _TYPES:
        raise ValueError(f"actor type must be one of {', '.join(_TYPES)}: {spec!r}")
    if not name.strip():
        raise ValueError(f"actor needs a name: {spec!r}")
    return ActorSpec(name.strip(), tuple(a.strip() for a in aliases.split(",") if a.strip()), typ)


# ---------------------------------------------------------------------------------------------
# Gazetteers, compiled once per Lexicons


@dataclass(frozen=True)
class _Gazetteer:
    # token sequence (lower) -> (canonical name, type, type evidence, rule)
    entries: dict
    first: dict  # first token -> max length
    titles: dict  # token sequence -> gender
    first_names: dict  # lower -> sex
    org_cues: frozenset
    place_cues: dict  # lower -> "surname" when a first name before it makes a person ("Eli Lake"), else ""
    non_names: frozenset
    starters: frozenset
    pronouns: dict  # lower -> (gender, number, kind)
    forms: dict  # token sequence -> the entry as written (to check acronyms' case)
    groups: frozenset = frozenset()  # plural group nouns (groups.tsv)


@functools.lru_cache(maxsize=8)
def _gazetteer(lexicons: Lexicons) -> _Gazetteer:
    entries: dict[tuple[str, ...], tuple[str, str, str, str]] = {}
    forms: dict[tuple[str, ...], str] = {}

    def add(form: str, canonical: str, typ: str, evidence: str, rule: str) -> None:
        seq = tokenize_entry(form)
        if seq and seq not in entries:
            entries[seq] = (canonical, typ, evidence, rule)
            forms[seq] = form
        elif seq and not form.isupper():
            forms[seq] = form  # "Nato" beside "NATO": the acronym may be written as a word

    if "countries" in lexicons:
        for e in lexicons["countries"]:
            evidence = f"{e.get('kind', 'country')} ({e.ref})"
            add(e.term, e.term, "place", evidence, "gazetteer")
            for alias in e.get("aliases").split(","):
                add(alias.strip(), e.term, "place", evidence, "gazetteer")
            for demonym in e.get("demonyms").split(","):
                add(demonym.strip(), e.term, "place", evidence, "demonym")
    if "organisations" in lexicons:
        for e in lexicons["organisations"]:
            evidence = f"organisation ({e.ref})"
            add(e.term, e.term, "organisation", evidence, "gazetteer")
            for alias in e.get("aliases").split(","):
                add(alias.strip(), e.term, "organisation", evidence, "gazetteer")
    first: dict[str, int] = {}
    for seq in entries:
        first[seq[0]] = max(first.get(seq[0], 0), len(seq))
    titles = {tokenize_entry(e.term): e.get("gender", "-") for e in lexicons["titles"]}
    first_names = {}
    if "first_names" in lexicons:
        first_names = {e.term.lower(): e.get("sex", "-") for e in lexicons["first_names"]}
    pronouns = {e.term.lower(): (e.get("gender"), e.get("number"), e.get("kind")) for e in lexicons["pronouns"]}
    return _Gazetteer(
        entries=entries,
        first=first,
        titles=titles,
        first_names=first_names,
        org_cues=frozenset(e.term.lower() for e in lexicons["org_cues"]),
        place_cues={e.term.lower(): e.get("surname", "") for e in lexicons["place_cues"]} if "place_cues" in lexicons else {},
        non_names=frozenset(e.term.lower() for e in lexicons["non_names"]),
        starters=frozenset(e.term.lower() for e in lexicons["sentence_starters"]),
        pronouns=pronouns,
        forms=forms,
        groups=frozenset(e.term.lower() for e in lexicons["groups"]) if "groups" in lexicons else frozenset(),
    )


# ---------------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    start_tok: int
    end_tok: int
    text: str
    rule: str
    canonical: str | None = None  # set for gazetteer/user hits
    type: str = ""
    evidence: str = ""
    title: str = ""  # title tokens before the name
    gender: str = "-"
    shared: bool = False  # its surname is shared with a first name before "and": "Malia and Sasha Obama"


def _is_name_token(tok: Token) -> bool:
    t = tok.text
    return t[0].isupper() and (t[0].isalpha()) and not (len(t) == 1 and t in "AI")


def _title_case_sentence(tokens: tuple[Token, ...]) -> bool:
    """A Title Case Headline: no final punctuation and most longer words capitalised."""
    if tokens and tokens[-1].text in ".!?\"”'’":
        return False
    words = [t for t in tokens if t.text[0].isalpha() and len(t.text) > 3]
    if len(words) < 4:
        return False
    return sum(1 for t in words if t.text[0].isupper()) / len(words) >= 0.7


def _caps_elsewhere(doc: Document) -> set[str]:
    """Lower-cased words that appear capitalised somewhere other than a sentence's start."""
    seen: set[str] = set()
    for s in doc.sentences:
        toks = doc.sentence_tokens(s)
        for k, tok in enumerate(toks):
            if k == 0 or not tok.text[0].isupper() or "\n" in doc.text[toks[k - 1].end : tok.start]:
                continue
            prev = toks[k - 1].text
            if prev in "\"“‘'(—–-:" or prev in _OPENERS or (k >= 2 and prev == toks[k - 2].text == "."):
                continue
            seen.add(tok.lower)
    return seen


def _match_user(specs: tuple[ActorSpec, ...]) -> dict[tuple[str, ...], tuple[str, str]]:
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for spec in specs:
        for form in (spec.name, *spec.aliases):
            seq = tokenize_entry(form)
            if seq:
                table[seq] = (spec.name, spec.type)
    return table


def find_actors(doc: Document, lexicons: Lexicons, known: tuple[ActorSpec, ...] = ()) -> ActorsResult:
    """Actors named in ``doc`` with their mentions, types and merged aliases.

    ``known`` are user-named actors; their names and aliases always count as mentions.
    Returns actors ordered by number of mentions (then first appearance).
    """
    gaz = _gazetteer(lexicons)
    user = _match_user(known)
    user_first: dict[str, int] = {}
    for seq in user:
        user_first[seq[0]] = max(user_first.get(seq[0], 0), len(seq))
    caps_elsewhere = _caps_elsewhere(doc)
    tokens = doc.tokens
    lowers = [t.lower for t in tokens]
    candidates: list[_Candidate] = []

    for sent in doc.sentences:
        i, end = sent.token_start, sent.token_end
        headline = _title_case_sentence(doc.sentence_tokens(sent))
        while i < end:
            tok = tokens[i]
            # 1. user-named actors (case-insensitive, but a capitalised alias must be capitalised)
            hit = _longest(lowers, i, end, user, user_first)
            if hit:
                j, (canonical, typ) = hit
                if tok.text[0].isupper() or not tok.text[0].isalpha():
                    candidates.append(_Candidate(i, j, _span_text(doc, i, j), "user", canonical, typ, "user"))
                    i = j
                    continue
            # 2. gazetteer (the text must be capitalised as a name is)
            hit = _longest(lowers, i, end, gaz.entries, gaz.first)
            if hit and (_is_name_token(tok) or tok.text.isupper()) and _gazetteer_case_ok(doc, hit, i, sent.token_start, gaz, caps_elsewhere):
                j, (canonical, typ, evidence, rule) = hit
                if all(tokens[k].text[0].isupper() or tokens[k].lower in _CONNECTORS for k in range(i, j)):
                    candidates.append(_Candidate(i, j, _span_text(doc, i, j), rule, canonical, typ, evidence))
                    i = j
                    continue
            # 3. runs of capitalised words
            if _is_name_token(tok):
                j = i + 1
                user_next = False  # a user-named actor starts at j, after words that are no name
                while j < end:
                    t = tokens[j]
                    if _title_at(lowers, j, end, gaz.titles) and j + 1 < end and not _title_goes_on(lowers, i, j, gaz) and not _title_is_surname(doc, lowers, i, j, end, gaz):
                        break  # "US President Donald Trump": the title starts a new name
                    if user and _longest(lowers, j, end, user, user_first) and _no_name(lowers, i, j, gaz):
                        user_next = True  # "The Obama administration"
                        break
                    if _is_name_token(t) and t.lower not in gaz.non_names and not _longest(lowers, j, end, gaz.entries, gaz.first):
                        if _PARTY_TAG.match(t.text):
                            break  # "(R-Minn.)", "D-Nev.": a party and state tag, not a name
                        j += 1
                    elif _is_name_token(t) and _first_name_before_entry(doc, lowers, i, j, end, sent.token_start, gaz):
                        j += 1  # "Vicente Fox", "George Washington": a first name, then a gazetteer word
                    elif t.text == "." and j + 1 < end and _is_name_token(tokens[j + 1]) and (
                        tuple(lowers[j - 1 : j]) in gaz.titles or lowers[j - 1] in _SAINT_MOUNT
                        or _middle_initial(tokens, lowers, i, j, gaz)
                    ):
                        j += 1  # "Mr. Obama", "Sen. Kelly": a title's period; "St. Louis"; "Loretta E. Lynch"
                    elif (
                        t.lower in _CONNECTORS
                        and j + 1 < end
                        and not (t.lower == "of" and _first_and_last(lowers, i, j, gaz))
                        and not (t.lower == "and" and not _and_joins(tokens, lowers, i, j, end, gaz))
                        and _is_name_token(tokens[j + 1])
                        and t.lower != "the"
                        or (t.text == "&" and j + 1 < end and _is_name_token(tokens[j + 1]))
                    ):
                        j += 1
                    else:
                        break
                if user_next:
                    i = j  # "The", "President", "Secretary of State" before a user-named actor
                    continue
                cand = _proper_noun(doc, i, j, sent.token_start, gaz, caps_elsewhere, headline)
                if cand:
                    candidates.append(cand)
                i = j
                continue
            # 4. pronouns are linked later
            i += 1

    candidates = _surnames_before_aliases(candidates, gaz)
    candidates = _shared_surnames(candidates, doc, lowers, gaz)
    candidates.extend(_definite(doc, lowers, candidates, known, lexicons))
    candidates.extend(_groups(doc, candidates, gaz))
    actors = _merge(doc, candidates, gaz, known)
    actors = _link_pronouns(doc, actors, gaz)
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0].start))
    return ActorsResult(tuple(actors))


_SAINT_MOUNT = {"st", "mt", "ft"}  # "St. Louis", "Mt. Vernon", "Ft. Worth": part of the name


def _no_name(lowers: list[str], i: int, j: int, gaz: "_Gazetteer") -> bool:
    """Tokens ``i:j`` are only titles, periods and words that are no names ("The", "President",
    "Secretary of State", "Sen.")."""
    return _name_start(lowers, i, j, gaz) >= j


def _name_start(lowers: list[str], i: int, j: int, gaz: "_Gazetteer") -> int:
    """The first token in ``i:j`` after titles, periods and words that are no names ("The Vice
    President Joseph" -> "Joseph"), or ``j``."""
    k = i
    while k < j:
        for length in (3, 2, 1):
            if k + length <= j and tuple(lowers[k : k + length]) in gaz.titles:
                k += length
                break
        else:
            if lowers[k] not in gaz.non_names and lowers[k] not in gaz.starters and lowers[k] != ".":
                return k
            k += 1
    return j


def _surnames_before_aliases(candidates: list[_Candidate], gaz: "_Gazetteer") -> list[_Candidate]:
    """A one-word organisation of the gazetteer, or its one-word alias ("Bloomberg", "Fox" for Fox
    News), that is the surname of a person named in full in the text ("Michael Bloomberg",
    "Vicente Fox") is that person's: "Fox said"."""
    surnames = {
        c.text.split()[-1].lower()
        for c in candidates
        if c.rule == "proper_noun" and c.type == "person" and c.text.split()[0].lower() in gaz.first_names
    }
    return [
        replace(c, rule="proper_noun", canonical=None, type="", evidence="")
        if c.canonical and c.end_tok - c.start_tok == 1 and c.type == "organisation" and c.text.lower() in surnames
        else c
        for c in candidates
    ]


def _shared_surnames(candidates: list[_Candidate], doc: Document, lowers: list[str], gaz: "_Gazetteer") -> list[_Candidate]:
    """Marks "Sasha Obama" in "Malia and Sasha Obama", "Hillary Clinton" in "Bill and Hillary
    Clinton": a family named together, whose surname alone ("Obama said") is not theirs."""
    def shared(c: _Candidate) -> bool:
        a = c.start_tok
        words = c.text.split()
        return (
            c.canonical is None and len(words) == 2 and words[0].lower() in gaz.first_names and a >= 2
            and lowers[a - 1] == "and" and lowers[a - 2] in gaz.first_names and _is_name_token(doc.tokens[a - 2])
            and not (a >= 3 and _is_name_token(doc.tokens[a - 3]))  # "Paul Ryan and Mitch McConnell": Ryan's own
        )

    return [replace(c, shared=True) if shared(c) else c for c in candidates]


def _title_goes_on(lowers: list[str], i: int, j: int, gaz: "_Gazetteer") -> bool:
    """Token ``j`` continues a title that starts in the run ``i:j`` ("Attorney General", "Vice
    President", "Deputy Attorney General"): not a new title."""
    return any(
        k + n > j and tuple(lowers[k : k + n]) in gaz.titles
        for k in range(max(i, j - 2), j)
        for n in (2, 3)
    )


def _title_is_surname(doc: Document, lowers: list[str], i: int, j: int, end: int, gaz: "_Gazetteer") -> bool:
    """A one-word title at ``j`` after a first name, with no name after it, is a surname: "Billie
    Jean King said", "Rev. Martin Luther King Jr." (not "President" in "Joe Biden President")."""
    if any(tuple(lowers[j : j + n]) in gaz.titles for n in (2, 3) if j + n <= end):
        return False
    k = _name_start(lowers, i, j, gaz)  # after "Rev.", "On Monday"
    if k >= j or lowers[k] not in gaz.first_names or j - k > 2:
        return False
    after = doc.tokens[j + 1] if j + 1 < end else None
    return after is None or not _is_name_token(after) or after.lower in gaz.non_names or after.lower in _SUFFIXES


def _middle_initial(tokens: tuple[Token, ...], lowers: list[str], i: int, j: int, gaz: "_Gazetteer") -> bool:
    """The period at ``j`` follows an initial inside a person's name: a first name comes before it
    in the run, or only initials do ("Loretta E. Lynch", "J. Edgar Hoover"), and what follows is no
    sentence's first word ("He quoted Malcolm X. He said", "Plan B. Trump opposed it")."""
    if not _letter(tokens[j - 1]) or lowers[j + 1] in gaz.starters or _pronoun(lowers[j + 1], gaz):
        return False
    k = _name_start(lowers, i, j, gaz)
    return k < j and (any(lowers[m] in gaz.first_names for m in range(k, j - 1))
                      or all(_letter(tokens[m]) or lowers[m] == "." for m in range(k, j)))


def _letter(tok: Token) -> bool:
    """A single capital letter: a middle initial ("Loretta E. Lynch", "J. Edgar Hoover")."""
    return len(tok.text) == 1 and tok.text.isupper()


def _and_joins(tokens: tuple[Token, ...], lowers: list[str], i: int, j: int, end: int, gaz: "_Gazetteer") -> bool:
    """"and" at ``j`` is part of the name that starts at ``i``: the name is an organisation's
    ("Department of Health and Human Services", "Centers for Disease Control and Prevention",
    "Bill and Melinda Gates Foundation"). Otherwise it joins two names ("Andre Carson and
    Emanuel Cleaver", "Chicago and Boston"), which stay apart."""
    k = j + 1
    while k < end and (_is_name_token(tokens[k]) or lowers[k] in ("of", "for")):
        k += 1
    return any(lowers[m] in gaz.org_cues or lowers[m][:-1] in gaz.org_cues or lowers[m] in _NAMED_THINGS for m in range(i, k))


# words that make "and" part of a name that is no organisation's: "Immigration and Nationality
# Act", "Operation Fast and Furious", "Oversight and Government Reform", "Ways and Means"
_NAMED_THINGS = {"act", "amendment", "treaty", "accord", "accords", "operation", "reform", "means"}


def _first_name_before_entry(doc: Document, lowers: list[str], i: int, j: int, end: int, sent_start: int,
                             gaz: "_Gazetteer") -> bool:
    """The run ``i:j`` is one first name that is no common sentence opener ("Vicente", not
    "Will"), after titles at most ("President Vicente"), and token ``j`` is a
    one-word gazetteer entry ("Fox", "Washington") with no capitalised word after it: a surname,
    not the organisation or place ("Will Mexico pay?" stays apart)."""
    f = j - 1
    if lowers[f] not in gaz.first_names or lowers[f] in gaz.starters or not _no_name(lowers, i, f, gaz):
        return False
    hit = _longest(lowers, j, end, gaz.entries, gaz.first)
    return hit is not None and hit[0] == j + 1 and not (j + 1 < end and _is_name_token(doc.tokens[j + 1]))


def _first_and_last(lowers: list[str], i: int, j: int, gaz: "_Gazetteer") -> bool:
    """Tokens ``i:j`` hold a first name and a word after it and no organisation word: a person's
    name, which "of" ends ("Rick Perry of Texas" is Rick Perry, from Texas; "Carter Center of
    Atlanta" stays whole)."""
    return any(lowers[k] in gaz.first_names for k in range(i, j - 1)) and not any(lowers[k] in gaz.org_cues for k in range(i, j))


def _gazetteer_case_ok(doc: Document, hit, i: int, sent_start: int, gaz: "_Gazetteer", caps_elsewhere: set[str]) -> bool:
    """An acronym entry (WHO, ICE) must be written in capitals, unless the lexicon also lists it
    written as a word ("Nato" for NATO); a one-word entry opening a
    sentence must not be a common sentence opener ("Who will pay ...")."""
    j, (canonical, typ, evidence, rule) = hit
    tok = doc.tokens[i]
    form = gaz.forms.get(tuple(t.lower for t in doc.tokens[i:j]), "")
    if len(form) > 1 and form.isupper() and not doc.text[tok.start : doc.tokens[j - 1].end].isupper():
        return False
    if j - i == 1 and _initial(doc, i, sent_start) and tok.lower in gaz.starters and tok.lower not in caps_elsewhere:
        return False
    return True


def _title_at(lowers, j, end, titles) -> bool:
    return any(tuple(lowers[j : j + n]) in titles for n in (1, 2, 3) if j + n < end)


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}


def _definite(doc: Document, lowers: list[str], candidates: list["_Candidate"], known: tuple[ActorSpec, ...],
              lexicons: Lexicons) -> list["_Candidate"]:
    """"the administration" as a mention of the user-named "Obama administration": "the" and the
    last word of a user-named actor's name, after the actor, or the words of its name before that
    word ("Obama", "SB 1062"), appear in the article, where that word is a head of
    ``definite_heads.tsv`` and no other actor, named by the user or found in the text, ends with
    it ("the Bush administration", "Trump's administration"); not "the administration of ...",
    which names its own."""
    if not known or "definite_heads" not in lexicons:
        return []
    allowed = lexicons["definite_heads"].terms()
    heads: dict[str, ActorSpec | None] = {}
    for spec in known:
        words = spec.name.lower().split()
        if len(words) >= 2 and words[-1] in allowed:
            heads[words[-1]] = None if words[-1] in heads else spec
    tokens = doc.tokens
    taken = {k for c in candidates for k in range(c.start_tok, c.end_tok)}
    users = {k for c in candidates if c.rule == "user" for k in range(c.start_tok, c.end_tok)}
    for c in candidates:
        last = c.text.lower().split()[-1] if c.text else ""
        if last in heads and (heads[last] is None or c.canonical != heads[last].name):
            heads[last] = None  # another actor ends with it: "the administration" is unclear
    for k in range(1, len(tokens)):
        if tokens[k].lower not in heads or k in users:
            continue
        before = k - 2 if tokens[k - 1].lower in ("'s", "’s") and k >= 2 else k - 1
        if _is_name_token(tokens[before]) and tokens[before].lower not in _DETERMINERS and before not in users:
            heads[tokens[k].lower] = None  # "the Bush administration", "Trump's administration" too
    heads = {h: spec for h, spec in heads.items() if spec is not None}
    if not heads:
        return []
    first = {}  # where each user-named actor, or the words before its head, first appear
    for c in candidates:
        if c.rule == "user" and c.canonical is not None:
            first[c.canonical] = min(first.get(c.canonical, c.start_tok), c.start_tok)
    for spec in heads.values():
        modifier = tokenize_entry(spec.name)[:-1]  # "Obama" of "Obama administration"
        n = len(modifier)
        at = next((k for k in range(len(lowers) - n + 1) if tuple(lowers[k : k + n]) == modifier), None)
        if at is not None:
            first[spec.name] = min(first.get(spec.name, at), at)
    out = []
    for k in range(len(tokens) - 1):
        head = tokens[k + 1].lower
        if tokens[k].lower != "the" or head not in heads or k in taken or k + 1 in taken:
            continue
        if first.get(heads[head].name, len(tokens)) > k:
            continue  # not named yet in this article: "the administration" may be anyone's
        if tokens[k + 1].sentence != tokens[k].sentence or (k + 2 < len(tokens) and tokens[k + 2].lower == "of"):
            continue
        spec = heads[head]
        out.append(_Candidate(k, k + 2, _span_text(doc, k, k + 2), "definite", spec.name, spec.type,
                              f"\"the {head}\" after the named {spec.name} (definite_heads.tsv)"))
    return out


def _groups(doc: Document, candidates: list["_Candidate"], gaz: "_Gazetteer") -> list["_Candidate"]:
    """Group actors: a plural group noun (``groups.tsv``), with the capitalised word before it
    when there is one ("Republican lawmakers", "GOP leaders", "Catholics"), else alone
    ("protesters")."""
    if not gaz.groups:
        return []
    tokens = doc.tokens
    taken = {k for c in candidates for k in range(c.start_tok, c.end_tok)}
    out = []
    for tok in tokens:
        if tok.lower not in gaz.groups or tok.index in taken:
            continue
        i = tok.index
        k = i - 1
        sent_start = doc.sentences[tok.sentence].token_start
        modifier = k >= sent_start and tokens[k].text[0].isalpha() and (
            (tokens[k].text[0].isupper() and (k in taken or not _initial(doc, k, sent_start)))
            or (tokens[k].text.isupper() and len(tokens[k].text) > 1)
        )
        start = k if modifier else i
        noun = tok.text if tok.lower in _PROPER_GROUPS else tok.lower
        name = f"{tokens[k].text} {tok.lower}" if modifier else noun
        out.append(_Candidate(start, i + 1, name, "group", name, "group", "group noun (groups.tsv)"))
    return out


def _span_text(doc: Document, i: int, j: int) -> str:
    return doc.text[doc.tokens[i].start : doc.tokens[j - 1].end]


def _longest(lowers, i, end, table, first):
    n = first.get(lowers[i])
    if not n:
        return None
    for length in range(min(n, end - i), 0, -1):
        seq = tuple(lowers[i : i + length])
        if seq in table:
            return i + length, table[seq]
    return None


def _initial(doc: Document, i: int, sent_start: int) -> bool:
    """Token ``i`` starts its sentence or line (after nothing but quotation marks or brackets)."""
    tokens = doc.tokens
    if i > sent_start and ("\n" in doc.text[tokens[i - 1].end : tokens[i].start] or _opens(tokens[i - 1], tokens[i])):
        return True
    if i - 2 >= sent_start and tokens[i - 1].text == tokens[i - 2].text == ".":  # an ellipsis: "... If"
        return True
    return all(not t.text[0].isalnum() for t in tokens[sent_start:i])


# after these a word is capitalised as a sentence's first is: 'he said, "We have ...'; "... If"
_OPENERS = {'"', "“", "‘", "'", "(", "[", ":", "—", "–", "--", "-", "...", "…"}


def _opens(before: Token, tok: Token) -> bool:
    """``before`` opens what ``tok`` begins: a colon, dash, bracket or ellipsis, or a quotation
    mark written against the word ('"We', not the closing mark of '," Grant')."""
    if before.text not in _OPENERS:
        return False
    return before.text not in {'"', "'", "“", "‘"} or before.end == tok.start


def _proper_noun(doc, i, j, sent_start, gaz, caps_elsewhere, headline) -> _Candidate | None:
    tokens = doc.tokens
    title = ""
    gender = "-"
    # drop a common sentence opener or a non-name word at the start
    while i < j:
        low = tokens[i].lower
        initial = _initial(doc, i, sent_start)
        if low in gaz.non_names or _pronoun(low, gaz) or (initial and low in gaz.starters and low not in caps_elsewhere):
            i += 1
            continue
        break
    # a title before the name: "Senator", "Prime Minister", "Mr"
    if tuple(t.lower for t in tokens[i:j] if t.text != ".") in gaz.titles:
        # a title alone ("the President") names someone only as a surname ("King"): kept for
        # :func:`_merge`, which drops it unless it is the surname of a person named in the text
        return _Candidate(i, j, _span_text(doc, i, j), "title_only")
    for length in (3, 2, 1):
        seq = tuple(t.lower for t in tokens[i : i + length])
        if i + length < j and seq in gaz.titles:
            start = i
            gender = gaz.titles[seq]
            i += length
            if i < j and tokens[i].text == ".":
                i += 1
            if i < j and tokens[i].lower in ("of", "for"):
                # "Director of National Intelligence James Clapper": the title goes on to the first name
                k = next((k for k in range(i, j - 1) if tokens[k].lower in gaz.first_names), None)
                if k is None:
                    return None  # "Director of Central Intelligence": a title, no name
                i = k
            title = _span_text(doc, start, i - 1 if tokens[i - 1].text == "." else i) if i > start else ""
            break
    # trim trailing connectors and non-names
    while j > i and (tokens[j - 1].lower in _CONNECTORS or tokens[j - 1].lower in gaz.non_names):
        j -= 1
    if i >= j:
        return None
    if _PARTY_TAG.match(tokens[i].text):
        return None
    words = [t for t in tokens[i:j] if t.text[0].isalpha()]
    if not words or (len(words) == 1 and words[0].lower in _SUFFIXES):
        return None  # nothing, or a suffix alone (", Jr.")
    initial = _initial(doc, i, sent_start)
    if len(words) == 1 and initial and words[0].lower not in caps_elsewhere and not title:
        return None  # a capitalised first word seen nowhere else as a name
    if headline and words[0].lower not in caps_elsewhere:
        return None  # Title Case Headline words are not names unless capitalised elsewhere
    text = _span_text(doc, i, j)
    typ, evidence = "", ""
    first = _first_word(words)
    has_first_name = len(words) >= 2 and first.lower in gaz.first_names and words[-1].text[0].isupper()
    place = len(words) >= 2 and words[-1].lower in gaz.place_cues
    if title:
        typ, evidence = "person", f"title {title!r} (titles.tsv)"
    elif any(t.lower in gaz.org_cues for t in words):
        cue = next(t.text for t in words if t.lower in gaz.org_cues)
        typ, evidence = "organisation", f"organisation word {cue!r} (org_cues.tsv)"
    elif place and not (has_first_name and gaz.place_cues[words[-1].lower] == "surname"):
        typ, evidence = "place", f"place word {words[-1].text!r} (place_cues.tsv)"
    elif has_first_name:
        typ, evidence = "person", f"first name {first.text!r} (first_names.tsv)"
    if typ == "person" and gender == "-" and has_first_name:
        gender = _sex(gaz, first.lower)
    return _Candidate(i, j, text, "proper_noun", None, typ, evidence, title, gender if typ == "person" else "-")


def _sex(gaz: "_Gazetteer", first_name: str) -> str:
    """m, f or - for a first name of ``first_names.tsv`` (its sex column: male, female, both)."""
    return {"male": "m", "female": "f", "m": "m", "f": "f"}.get(gaz.first_names.get(first_name, ""), "-")


def _pronoun(low: str, gaz: "_Gazetteer") -> bool:
    """A pronoun, also with a clitic written on it ("I’m", "I've", "It’s"): never a name."""
    return re.split(r"[’']", low, maxsplit=1)[0] in gaz.pronouns


def _first_word(words: list[Token]) -> Token:
    """The first word of a name after its initials ("Edgar" in "J. Edgar Hoover"); never its last."""
    k = 0
    while k < len(words) - 2 and _letter(words[k]):
        k += 1
    return words[k]


def _key(text: str) -> str:
    return re.sub(r"[’']s$", "", re.sub(r"\s+", " ", text)).strip().lower()


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name)).lower()


def _user_aliases(specs: tuple[ActorSpec, ...], gaz: _Gazetteer) -> tuple[dict[str, ActorSpec], dict[str, ActorSpec]]:
    """What a one-word name found in the text may stand for among user-named actors: their own
    one-word names and aliases ("Perry" in "Rick Perry=Perry", also when the text writes
    "Gov. Perry"), and the surnames of user-named people ("Obama" for "Barack Obama", even when
    the full name never appears). A spec counts as a person when typed so, or, untyped, when it
    is two to four capitalised words that open with a first name (``first_names.tsv``), with no
    organisation word, no plural group noun at the end, and no gazetteer entry; a surname that
    is a gazetteer entry by itself ("Washington") is nobody's, and so is one that two named
    actors share; one that a person found in the text with a first name has stays theirs
    ("Michelle Obama", in :func:`_merge`). Returns (explicit, surnames), each lower-case word ->
    spec."""
    explicit: dict[str, ActorSpec] = {}
    for spec in specs:
        for form in (spec.name, *spec.aliases):
            if len(form.split()) == 1:
                explicit.setdefault(_key(form), spec)
    surnames: dict[str, ActorSpec] = {}
    shared: set[str] = set()
    for spec in specs:
        words = spec.name.split()
        if not 2 <= len(words) <= 4 or not _named_person(spec, gaz):
            continue
        lows = [w.lower() for w in words]
        if (lows[-1],) in gaz.entries:
            continue  # "George Washington": "Washington" alone is the place
        if lows[-1] in surnames and surnames[lows[-1]] is not spec:
            shared.add(lows[-1])
        surnames[lows[-1]] = spec
    return explicit, {k: v for k, v in surnames.items() if k not in shared and k not in explicit}


def _named_person(spec: ActorSpec, gaz: _Gazetteer) -> bool:
    """A user-named actor is a person: typed so, or, untyped, two to four capitalised words that
    open with a first name (``first_names.tsv``), with no organisation word, no plural group noun
    at the end, and no gazetteer entry ("Morgan Stanley", "Bill and Melinda Gates Foundation")."""
    if spec.type:
        return spec.type == "person"
    words = spec.name.split()
    lows = [w.lower() for w in words]
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() and w[0].isalpha() for w in words)
        and lows[0] in gaz.first_names
        and not any(w in gaz.org_cues for w in lows)
        and lows[-1] not in gaz.groups
        and tuple(tokenize_entry(spec.name)) not in gaz.entries
    )


def _user_person_typing(spec: ActorSpec, gaz: _Gazetteer) -> tuple[str, str, str]:
    """("person", evidence, sex) for a user-named person (:func:`_named_person`): the sex of its
    first name ("Donald Trump": m), so that he/she link to it as to a name found in the text."""
    first = spec.name.split()[0]
    evidence = "user-named actor" if spec.type else f"user-named actor; first name {first!r} (first_names.tsv)"
    return "person", evidence, _sex(gaz, first.lower()) if len(spec.name.split()) >= 2 else "-"


def _user_person(name: str, specs: tuple[ActorSpec, ...], gaz: _Gazetteer) -> ActorSpec | None:
    """The user-named person that a longer name found in the text stands for: same first and last
    word ("Hillary Rodham Clinton" for "Hillary Clinton")."""
    words = name.lower().split()
    if len(words) < 3:
        return None
    for spec in specs:
        parts = spec.name.lower().split()
        if len(parts) >= 2 and spec.type in ("", "person") and parts[0] == words[0] and parts[-1] == words[-1] and parts[0] in gaz.first_names:
            return spec
    return None


def _merge(doc: Document, candidates: list[_Candidate], gaz: _Gazetteer, known: tuple[ActorSpec, ...] = ()) -> list[Actor]:
    """Group candidates into actors: same canonical name, same text, surname, acronym; and the
    user-named actors ``known`` by their one-word aliases and surnames (see
    :func:`_user_aliases`; a surname counts unless a person found in the text has it too) and
    by longer forms of their names (:func:`_user_person`)."""
    groups: dict[str, dict] = {}  # key -> {name, type, evidence, aliases, mentions, gender}
    order: list[str] = []
    alias_of: dict[str, str] = {}
    known_names: dict[str, ActorSpec] = {}  # key -> user-named person with no mention yet
    specs = {spec.name.lower(): spec for spec in known}

    def group(key: str, name: str) -> dict:
        if key not in groups:
            groups[key] = {"name": name, "type": "", "evidence": "", "aliases": [], "mentions": [], "gender": "-", "shared": None}
            order.append(key)
        return groups[key]

    # first pass: canonical names (user, gazetteer) and multiword proper nouns
    pending: list[_Candidate] = []
    for c in candidates:
        if c.rule == "title_only":
            pending.append(c)
            continue
        if c.canonical:
            g = group(c.canonical.lower(), c.canonical)
            if c.type:
                g["type"], g["evidence"] = c.type, c.evidence
            spec = specs.get(c.canonical.lower()) if c.rule == "user" else None
            if spec is not None and _named_person(spec, gaz):
                g["type"], g["evidence"], g["gender"] = _user_person_typing(spec, gaz)
            elif spec is not None and not g["type"] and (entry := gaz.entries.get(tokenize_entry(spec.name))):
                g["type"], g["evidence"] = entry[1], entry[2]  # an untyped "Morgan Stanley": the gazetteer's type
        elif len(c.text.split()) >= 2 and (spec := _user_person(c.text, known, gaz)) is not None:
            g = group(spec.name.lower(), spec.name)
            g["type"], g["evidence"] = "person", "user-named actor (a longer form of its name)"
        elif len(c.text.split()) >= 2:
            g = group(_key(c.text), c.text)
            g["shared"] = c.shared and g["shared"] in (None, True)
            if c.type and not g["type"]:
                g["type"], g["evidence"] = c.type, c.evidence
            if c.gender != "-":
                g["gender"] = c.gender
        else:
            pending.append(c)
            continue
        _add_mention(g, c, doc)
    _merge_initials(groups, order)
    # surnames and acronyms of multiword names; people with no suffix first, so that "Trump" is
    # Donald Trump's, not Donald Trump Jr.'s, who keeps "Trump Jr."
    holders: dict[str, list[str]] = {}  # surname -> the people found in the text who have it
    for key in sorted(order, key=lambda k: _suffix(groups[k]["name"]) != ""):
        name = groups[key]["name"]
        parts = name.split()
        if groups[key]["type"] == "person" and len(parts) >= 2 and not groups[key]["shared"]:
            surname = _surname(parts).lower()
            alias_of.setdefault(surname, key)
            holders.setdefault(surname, []).append(key)
            if _suffix(name):
                alias_of.setdefault(f"{surname} {_suffix(name)}", key)
        if len(parts) >= 3:
            alias_of.setdefault(_acronym(name), key)
        for alias in groups[key]["aliases"]:
            alias_of.setdefault(alias.lower(), key)
    # also surnames of untyped two-word names whose first word is capitalised and not an org
    for key in list(order):
        parts = groups[key]["name"].split()
        if not groups[key]["type"] and len(parts) == 2 and parts[-1].lower() not in gaz.org_cues and not groups[key]["shared"]:
            alias_of.setdefault(parts[-1].lower(), key)
    explicit, surnames = _user_aliases(known, gaz)
    for word, spec in explicit.items():  # the user said so: before any alias found in the text
        alias_of[word] = spec.name.lower()
        known_names[spec.name.lower()] = spec
    for word, spec in surnames.items():
        holder = groups.get(alias_of.get(word, ""))
        if holder is None or holder["name"].split()[0].lower() not in gaz.first_names:
            alias_of[word] = spec.name.lower()  # not held by a person with a first name ("Plus Obama")
            known_names[spec.name.lower()] = spec
    for c in pending:
        k = _key(c.text)
        target = alias_of.get(k)
        if target in groups and c.title and c.gender != "-" and groups[target]["gender"] not in ("-", c.gender):
            # "Mr. Obama" is not Michelle Obama: the user-named person of that surname, another
            # person found with it whose sex agrees (Barack Obama), or his own
            spec = surnames.get(k)
            other = [h for h in holders.get(k, []) if groups[h]["gender"] in ("-", c.gender) and h != target]
            target = spec.name.lower() if spec is not None and spec.name.lower() != target else other[0] if other else None
            if target is not None and target not in groups:
                known_names[target] = spec
        if target in known_names and target not in groups:
            spec = known_names[target]
            g = group(target, spec.name)
            if spec.type or k in surnames:
                g["type"], g["evidence"] = spec.type or "person", "user-named actor" + ("" if spec.type else " (its surname)")
                g["gender"] = _user_person_typing(spec, gaz)[2]
        if target is None and k in groups:
            target = k
        if c.rule == "title_only" and (target is None or groups.get(target, {"type": "person"})["type"] != "person"):
            continue  # a title alone that is no person's surname
        if target is None:
            g = group(k, c.text)
            if c.type and not g["type"]:
                g["type"], g["evidence"] = c.type, c.evidence
            if c.gender != "-":
                g["gender"] = c.gender
        else:
            g = groups[target]
            if c.title and c.gender != "-" and g["gender"] == "-":
                g["gender"] = c.gender
            if not g["type"] and c.type:
                g["type"], g["evidence"] = c.type, c.evidence
        _add_mention(g, c, doc, alias=target is not None)
    actors = []
    for key in order:
        g = groups[key]
        mentions = tuple(sorted(g["mentions"], key=lambda m: m.start))
        typ = g["type"] or "other"
        evidence = g["evidence"] or "capitalised name with no type cue"
        aliases = tuple(dict.fromkeys(a for a in g["aliases"] if a != g["name"]))
        actors.append(Actor(g["name"], typ, evidence, aliases, mentions, g["gender"]))
    return actors


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _suffix(name: str) -> str:
    """"jr" for "Donald Trump Jr." (and "sr", "ii", ...), else ""."""
    parts = name.split()
    last = parts[-1].lower().rstrip(".") if len(parts) >= 3 else ""
    return last if last in _SUFFIXES else ""


def _surname(parts: list[str]) -> str:
    """The last word of a person's name that is no suffix: "King" in "Martin Luther King Jr"."""
    return parts[-2] if _suffix(" ".join(parts)) else parts[-1]


def _merge_initials(groups: dict[str, dict], order: list[str]) -> None:
    """One person under names with and without initials ("Donald J. Trump", "Donald Trump"),
    when only one name with initials has those other words ("George W. Bush" and "George H.W.
    Bush" stay apart, and so does "George Bush" then): the later names join the first. And
    "Trump Jr." joins the one name that ends so ("Donald Trump Jr.")."""
    variants: dict[tuple[str, ...], list[str]] = {}
    for key in order:
        if groups[key]["type"] not in ("person", ""):
            continue
        parts = groups[key]["name"].split()
        bare = tuple(p.lower() for p in parts if not _INITIALS.match(p))
        if len(bare) >= 2:
            variants.setdefault(bare, []).append(key)
    for keys in variants.values():
        initialled = {groups[k]["name"] for k in keys if any(_INITIALS.match(p) for p in groups[k]["name"].split())}
        if len(keys) < 2 or len(initialled) != 1:
            continue
        for k in keys[1:]:
            _join(groups, order, keys[0], k)
    # "Trump Jr." is Donald Trump Jr., when one name ends so
    for key in [k for k in order if len(groups[k]["name"].split()) == 2 and _suffix("- " + groups[k]["name"])]:
        ending = " " + groups[key]["name"].lower()
        fulls = [k for k in order if k != key and groups[k]["name"].lower().endswith(ending)]
        if len(fulls) == 1:
            _join(groups, order, fulls[0], key)


def _join(groups: dict[str, dict], order: list[str], into: str, key: str) -> None:
    """Moves the group ``key`` into the group ``into``: its mentions, and its name as an alias."""
    g, other = groups[into], groups.pop(key)
    order.remove(key)
    g["mentions"].extend(other["mentions"])
    g["aliases"].extend([other["name"], *other["aliases"]])
    if not g["type"]:
        g["type"], g["evidence"] = other["type"], other["evidence"]
    if g["gender"] == "-":
        g["gender"] = other["gender"]


def _add_mention(g: dict, c: _Candidate, doc: Document, alias: bool = False) -> None:
    tokens = doc.tokens
    start, end = tokens[c.start_tok].start, tokens[c.end_tok - 1].end
    rule = "alias" if alias and c.rule in ("proper_noun", "title_only") else c.rule
    g["mentions"].append(Mention(start, end, doc.text[start:end], tokens[c.start_tok].sentence, rule))
    if c.text != g["name"]:
        g["aliases"].append(c.text)


def _looks_personal(name: str) -> bool:
    """An untyped name of two or three capitalised words ("Elon Musk") may be a person's; one in
    capitals is a dateline's or a headline's ("DES MOINES")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and not name.isupper()


def _link_pronouns(doc: Document, actors: list[Actor], gaz: _Gazetteer) -> list[Actor]:
    """Link he/she/his/her to a person of compatible gender: in the same sentence the nearest one
    named (or already linked) before it, else the first named (the likely subject) in the nearest
    of the three previous sentences that names one."""
    persons = [a for a in actors if a.type == "person" or (a.type == "other" and _looks_personal(a.name))]
    if not persons:
        return actors
    by_sentence: dict[int, list[tuple[int, Actor]]] = {}
    for a in persons:
        for m in a.mentions:
            by_sentence.setdefault(m.sentence, []).append((m.start, a))
    added: dict[str, list[Mention]] = {}
    for tok in doc.tokens:
        info = gaz.pronouns.get(tok.lower)
        if not info or info[2] != "person" or tok.lower == "i":
            continue
        gender = info[0]
        same = sorted(((start, a) for start, a in by_sentence.get(tok.sentence, [])
                       if start < tok.start and a.gender in ("-", gender)), key=lambda p: p[0])
        # in the same sentence, the nearest person before the pronoun ("Musk called Kelly a
        # traitor after he posted": Kelly); in an earlier one, the first named, usually the
        # subject ("Musk met Trump. He said": Musk)
        pool = [same[-1][1]] if same else []
        back = 1
        while not pool and back <= _PRONOUN_LOOKBACK:
            pool = [a for start, a in sorted(by_sentence.get(tok.sentence - back, []), key=lambda p: p[0])
                    if a.gender in ("-", gender)]
            back += 1
        if pool:
            a = pool[0]
            added.setdefault(a.name, []).append(Mention(tok.start, tok.end, tok.text, tok.sentence, "pronoun"))
            by_sentence.setdefault(tok.sentence, []).append((tok.start, a))  # "He ... He ...": a chain
    out = []
    for a in actors:
        if a.name in added:
            a = replace(a, mentions=tuple(sorted(a.mentions + tuple(added[a.name]), key=lambda m: m.start)))
        out.append(a)
    return out


def with_speakers(result: ActorsResult, speakers: dict[str, int]) -> ActorsResult:
    """The same actors with ``speaks`` and ``attributions`` set from the attribution measure
    (``speakers`` maps an actor's name to the number of attributions it is the source of). An
    untyped multiword name that speaks becomes a person."""
    out = []
    for a in result.actors:
        n = speakers.get(a.name, 0)
        a = replace(a, speaks=n > 0, attributions=n)
        if n and speaking_type(a):
            a = replace(a, type="person", type_evidence="a multiword name that speaks (attribution source)")
        out.append(a)
    return ActorsResult(tuple(out))


def speaking_type(actor: Actor) -> str | None:
    """``person`` for an untyped name of two to four capitalised words found by capitalisation
    (not a user's or a gazetteer's name), the type such a name gets when it speaks; else None."""
    words = actor.name.split()
    found_by_rule = all(m.rule in ("proper_noun", "alias", "pronoun") for m in actor.mentions)
    if found_by_rule and actor.type == "other" and 2 <= len(words) <= 4 and all(w[0].isupper() for w in words):
        return "person"
    return None
