"""Actors: the people, organisations and places an article names, with every mention.

No trained model: names are found by rules over capitalisation and word lists, in this order of
trust (each mention records the rule that found it):

1. ``user``: actors and aliases the user names (``--actor "Elon Musk=Musk,Elon"``).
2. ``gazetteer``: countries, regions and their demonyms (``countries.tsv``), organisations
   and their short forms (``organisations.tsv``); forms listed written small ("al-Qaeda", "tea
   party") also when so written. A gazetteer name that goes on to an organisation word starts an
   organisation's own name ("Senate Appropriations Committee", "Russian Defense Ministry").
   ``longer_name``: one that goes on to capitalised words that name no one by themselves is one
   longer name, typed by its own words ("Republican National Convention", "Iraq War", "Apple
   Music"; not the party and "National Convention"). Such a name is no person's: no pronoun
   links to it and speaking does not make it a person.
3. ``proper_noun``: runs of capitalised words ("Mark Kelly", "Department of Government
   Efficiency"), not counting a sentence's first word when it is a common sentence opener (also
   after a transcript speaker's colon: "WALLACE: Well, ..."), nor days, months and the like
   (``non_names.tsv``); in a Title Case Headline (also one pasted in as the first paragraph with a
   period added) only words capitalised elsewhere, first names and titles make names. A title
   before the run ("Senator", ``titles.tsv``) is kept apart and makes the actor a person; a first name
   (``first_names.tsv``, US Census 1990) makes it a person; an organisation word ("Department",
   "Business", ``org_cues.tsv``) makes it an organisation; a place word last ("Kansas City",
   ``place_cues.tsv``) makes it a place. A letter alone is no name ("Y" of "R-N.Y."), and a
   one-word name with no type is none where the article also writes the word in small letters
   ("Polling", "First": the capital of a heading or a sentence's start).
   ``bill``: a bill by its number, whatever the form ("Senate Bill 1062", "SB1062", "S.B. 1062":
   one actor "SB 1062" of type other; :mod:`~framing.measures.actor_bills`).
4. Aliases merge: a surname alone ("Musk"), a title and surname ("Mr Musk"), an acronym in
   brackets after a name ("(Doge)"), and a gazetteer's short forms join the full name's actor
   (also a user-named actor's, when the user named the entry by one of its forms); "the Times"
   joins the one newspaper of the article whose name ends so.
5. ``title``: "the president", "the seven-term congressman" is linked to the person the article
   titled so before (:mod:`~framing.measures.actor_titles`).
6. ``outlet``: the article's own outlet (its ``outlet`` field), by its name with and without
   "The" and by the last word of a name of two or more words ("told the Courier" in the Northern
   Courier), one organisation whatever the text calls it (:func:`outlet_spec`). Comparisons
   leave it out: it is the writer, not an actor of the story.
7. ``definite``: "the company", "the committee", "the newspaper" is linked to the organisation
   named last before it that fits the head noun (:mod:`~framing.measures.actor_definites`).
8. ``pronoun``: "he"/"she" is linked to a person of a compatible gender: the nearest named
   before it in the same sentence, else the first named (usually the subject) in the nearest of
   the three previous sentences; a pronoun linked so counts for the next pronoun.

Whether an actor speaks is decided by the attribution measure (see :func:`with_speakers`).

The rules live in :mod:`~framing.measures.actor_names` (names), :mod:`~framing.measures.actor_groups`
(group nouns), :mod:`~framing.measures.actor_merge` (grouping names into actors) and
:mod:`~framing.measures.actor_gazetteer` (the word lists); this module runs them and links pronouns.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from framing.article import Document
from framing.lexicon import Lexicons, tokenize_entry
from framing.measures.actor_definites import definite_heads, link_definites
from framing.measures.actor_gazetteer import Gazetteer, load_gazetteer
from framing.measures.actor_groups import definite_candidates, group_candidates
from framing.measures.actor_merge import merge_candidates
from framing.measures.actor_names import find_candidates
from framing.measures.actor_titles import link_titles
from framing.measures.actor_types import Actor, ActorsResult, ActorSpec, Mention, parse_actor_spec

__all__ = [
    "Mention", "Actor", "ActorsResult", "ActorSpec", "find_actors", "parse_actor_spec", "with_speakers",
    "with_speakers_possessives",
    "speaking_type", "outlet_spec", "OUTLET_EVIDENCE",
]


_PRONOUN_LOOKBACK = 3  # sentences


def find_actors(doc: Document, lexicons: Lexicons, known: tuple[ActorSpec, ...] = ()) -> ActorsResult:
    """Actors named in ``doc`` with their mentions, types and merged aliases.

    ``known`` are user-named actors; their names and aliases always count as mentions.
    Returns actors ordered by number of mentions (then first appearance).
    """
    gaz = load_gazetteer(lexicons)
    outlet = outlet_spec(doc.article.outlet, known, gaz)
    if outlet is not None:
        known = (*known, outlet)
    lowers = [t.lower for t in doc.tokens]
    candidates = find_candidates(doc, lowers, gaz, known)
    candidates.extend(definite_candidates(doc, lowers, candidates, known, lexicons))
    candidates.extend(group_candidates(doc, candidates, gaz))
    actors = [_period_name(a, gaz) for a in merge_candidates(doc, candidates, gaz, known)]
    text = doc.text
    written_small = {t.text for t in doc.tokens if t.text.isalpha() and t.text.islower()
                     and text[t.start - 1 : t.start] not in ("#", "@")}
    actors = [a for a in actors if not _common_word(a, written_small)]
    actors = link_titles(doc, lowers, actors, gaz)
    actors = _link_pronouns(doc, actors, gaz)
    actors = link_definites(doc, actors, gaz, definite_heads(lexicons))
    if outlet is not None:
        actors = [_as_outlet(a) if a.name == outlet.name else a for a in actors]
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0].start))
    return ActorsResult(tuple(actors))


def _period_name(actor: Actor, gaz: Gazetteer) -> Actor:
    """An organisation named in the article only by a name of another period (the ``renamed``
    column of organisations.tsv: "Twitter" for X) goes by that name, the one written most."""
    forms = gaz.renamed.get(actor.name)
    if not forms:
        return actor
    named = Counter(tokenize_entry(m.text) for m in actor.mentions if m.rule == "gazetteer")
    if not named or not all(seq in forms for seq in named):
        return actor
    name = forms[max(named, key=lambda seq: (named[seq], forms[seq]))]
    return replace(actor, name=name, aliases=tuple(a for a in actor.aliases if a != name))


def _common_word(actor: Actor, written_small: set[str]) -> bool:
    """An untyped one-word name that the article also writes small is a common word capitalised
    by a heading, a title or a sentence's start ("Polling", "First", "Election", "States"), not an
    actor: every mention one capitalised word found by its capital alone (rule ``proper_noun``),
    and the word in ``written_small`` (the article's words written in small letters, not in a hashtag
    or a handle); not an acronym of five letters or fewer."""
    name = actor.name
    if name.isupper() and len(name) <= 5:
        return False  # an acronym ("LGBT", written "lgbt friendly" once)
    return (actor.type == "other" and name.lower() in written_small
            and all(m.rule == "proper_noun" and " " not in m.text for m in actor.mentions))


OUTLET_EVIDENCE = "the article's own outlet (its outlet field)"


def outlet_spec(outlet: str, known: tuple[ActorSpec, ...], gaz: Gazetteer) -> ActorSpec | None:
    """The article's own outlet as an organisation: its name as given, without a dataset label's
    qualifiers (:func:`_outlet_core`: "CNN" of "CNN (Web News)"), without a leading "The",
    and the last word of a name of two or more words unless that word is a closed-class word or a
    generic organisation word ("Courier" for "Northern Courier", "Times"; not "Now" of "Bulletin
    Now" nor "News" of "Fox News"; a newspaper word of ``short_heads.tsv`` always counts). None
    without an outlet, or when the user names an actor of that name."""
    name = " ".join(outlet.split())
    if not name or any(spec.name.lower() == name.lower() for spec in known):
        return None
    core = _outlet_core(name)  # "CNN" of "CNN (Web News)", "New York Times" of "New York Times - News"
    words = core.split()
    bare = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
    aliases = [form for form in dict.fromkeys((core, " ".join(bare))) if form != name]
    last = bare[-1].lower()
    if len(bare) >= 2 and last.isalpha() and bare[-1][0].isupper() and last not in gaz.closed and (
        last in gaz.short_heads or last not in gaz.org_cues
    ) and (last,) not in gaz.entries:  # not "India" of "Times of India"
        aliases.append(bare[-1])
    return ActorSpec(name, tuple(aliases), "organisation")


def _outlet_core(name: str) -> str:
    """An outlet's name without the qualifiers of a dataset's label: a trailing parenthesis ("CNN
    (Web News)"), a dash and what follows ("New York Times - News"), "Online" or "Online News"
    ("NPR Online News")."""
    core = re.sub(r"\s*\([^()]*\)\s*$", "", name)
    core = re.sub(r"\s+[-–—|](?:\s+.*)?$", "", core)
    core = re.sub(r"\s+Online(?:\s+News)?$", "", core).strip()
    return core if core and core.lower() not in ("the", "a", "an") else name  # not "The" of "The Online News"


def _as_outlet(actor: Actor) -> Actor:
    """The outlet's actor, typed and explained as the outlet, its mentions ``outlet``."""
    mentions = tuple(replace(m, rule="outlet") if m.rule == "user" else m for m in actor.mentions)
    return replace(actor, type="organisation", type_evidence=OUTLET_EVIDENCE, mentions=mentions)


def _looks_personal(actor: Actor) -> bool:
    """An untyped name of two or three capitalised words ("Elon Musk") may be a person's; one in
    capitals is a dateline's or a headline's ("DES MOINES"), and one that begins with "The" ("The
    Record") or with a gazetteer's name ("Iraq War") is none."""
    name = actor.name
    words = name.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and not name.isupper()
            and words[0] != "The" and not any(m.rule == "longer_name" for m in actor.mentions))


def _personal(actor: Actor) -> bool:
    """A person, or an untyped name that looks like one (:func:`_looks_personal`)."""
    return actor.type == "person" or actor.type == "other" and _looks_personal(actor)


def _link_pronouns(doc: Document, actors: list[Actor], gaz: Gazetteer) -> list[Actor]:
    """Link he/she/his/her to a person of compatible gender: in the same sentence the nearest one
    named (or already linked) before it, else the first named (the likely subject) in the nearest
    of the three previous sentences that names one; she/her to a woman before a person of unknown
    sex, also to one named in those sentences before one of unknown sex in its own."""
    persons = [a for a in actors if _personal(a)]
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
        # "she"/"her" goes to a woman named before a person of unknown sex, who in news is more
        # often a man ("Senator Jane Smith criticised President Trump and defended her party")
        if gender == "f" and any(a.gender == "f" for _, a in same):
            same = [p for p in same if p[1].gender == "f"]
        elif gender == "f" and same and (woman := _woman_before(by_sentence, tok.sentence)) is not None:
            same = [(0, woman)]  # "Jane Smith met President Trump. Trump praised her."
        pool = [same[-1][1]] if same else []
        back = 1
        while not pool and back <= _PRONOUN_LOOKBACK:
            pool = [a for start, a in sorted(by_sentence.get(tok.sentence - back, []), key=lambda p: p[0])
                    if a.gender in ("-", gender)]
            if gender == "f" and any(a.gender == "f" for a in pool):
                pool = [a for a in pool if a.gender == "f"]
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


def _woman_before(by_sentence: dict[int, list[tuple[int, Actor]]], sentence: int) -> Actor | None:
    """The first woman named in the nearest of the previous sentences (up to the pronoun look-back)
    that names one, else None."""
    for back in range(1, _PRONOUN_LOOKBACK + 1):
        women = [a for _, a in sorted(by_sentence.get(sentence - back, []), key=lambda p: p[0]) if a.gender == "f"]
        if women:
            return women[0]
    return None


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


_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def with_speakers_possessives(result: ActorsResult, attributions, text: str, own_words: frozenset[str]) -> ActorsResult:
    """A "his" or "her" inside a person's cue or opening what the person is reported to say, before
    a noun of the person's own saying (``own_words``: the ``own_word`` rule of ``rule_words.tsv``:
    "call", "demand", "pledge"), is that person's: "Musk ... repeated his call for the US to leave
    Nato" is Musk's call, though the nearest person named before "his" is another ("Senator Mark
    Kelly"). Not "criticized Romney, calling his plan a disaster" (Romney's plan), nor "saying his
    support for Ukraine was reckless". ``attributions`` are the attribution measure's relations on
    ``text``; the pronoun moves to the speaker's actor where its gender fits."""
    possessives = {m.start: (a, m) for a in result.actors for m in a.mentions
                   if m.rule == "pronoun" and m.text.lower() in _POSSESSIVE_GENDER}
    if not possessives:
        return result
    by_name = {a.name: a for a in result.actors}
    moves: dict[int, str] = {}  # a possessive's start -> the speaker it moves to
    for att in attributions:
        speaker = by_name.get(att.source_actor) if att.source_actor else None
        if att.cue is None or speaker is None or not _personal(speaker):
            continue
        for start, (owner, m) in possessives.items():
            inside = att.cue.start <= start < att.cue.end or att.content is not None and start == att.content.start
            if not inside or owner is speaker or speaker.gender not in ("-", _POSSESSIVE_GENDER[m.text.lower()]):
                continue
            after = text[m.end : m.end + 40].split()[:1]
            if after and after[0].strip(",.;:").lower() in own_words:  # "his call", not "told her that"
                moves[start] = speaker.name
    if not moves:
        return result
    mentions = {a.name: [m for m in a.mentions if m.start not in moves] for a in result.actors}
    for start, name in moves.items():
        mentions[name].append(possessives[start][1])
    actors = [replace(a, mentions=tuple(sorted(mentions[a.name], key=lambda m: m.start)))
              for a in result.actors if mentions[a.name]]
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0].start))
    return ActorsResult(tuple(actors))


def speaking_type(actor: Actor) -> str | None:
    """``person`` for an untyped name of two to four capitalised words found by capitalisation
    (not a user's or a gazetteer's name, nor one that begins with "The"), the type such a name gets
    when it speaks; else None."""
    words = actor.name.split()
    found_by_rule = all(m.rule in ("proper_noun", "alias", "pronoun") for m in actor.mentions)
    if found_by_rule and actor.type == "other" and 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) \
            and words[0] != "The":
        return "person"
    return None
