"""Names grouped into actors: the same canonical name or text, a surname, an acronym, a title and
surname of the right sex, initials and suffixes ("Donald J. Trump", "Trump Jr."), and the
user-named actors with their aliases and surnames."""
from __future__ import annotations

import re

from framing.article import Document
from framing.lexicon import tokenize_entry
from framing.measures.actor_gazetteer import Gazetteer, same_first_name, sex
from framing.measures.actor_names import PARTICLES, SUFFIXES, Candidate
from framing.measures.actor_types import Actor, ActorSpec, Mention

__all__ = ["merge_candidates", "name_key"]


_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def name_key(text: str) -> str:
    return re.sub(r"[’']s$", "", re.sub(r"\s+", " ", text)).strip().lower()


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name)).lower()


def _user_aliases(specs: tuple[ActorSpec, ...], gaz: Gazetteer) -> tuple[dict[str, ActorSpec], dict[str, ActorSpec]]:
    """What a one-word name found in the text may stand for among user-named actors: their own
    one-word names and aliases ("Perry" in "Rick Perry=Perry", also when the text writes
    "Gov. Perry"), and the surnames of user-named people ("Obama" for "Barack Obama", even when
    the full name never appears). A spec counts as a person when typed so, or, untyped, when it
    is two to four capitalised words that open with a first name (``first_names.tsv``), with no
    organisation word, no plural group noun at the end, and no gazetteer entry; a surname that
    is a gazetteer entry by itself ("Washington") is nobody's, and so is one that two named
    actors share; one that a person found in the text with a first name has stays theirs
    ("Michelle Obama", in :func:`merge_candidates`). Returns (explicit, surnames), each lower-case word ->
    spec."""
    explicit: dict[str, ActorSpec] = {}
    for spec in specs:
        for form in (spec.name, *spec.aliases):
            if len(form.split()) == 1:
                explicit.setdefault(name_key(form), spec)
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


def _named_person(spec: ActorSpec, gaz: Gazetteer) -> bool:
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


def _user_person_typing(spec: ActorSpec, gaz: Gazetteer) -> tuple[str, str, str]:
    """("person", evidence, sex) for a user-named person (:func:`_named_person`): the sex of its
    first name ("Donald Trump": m), so that he/she link to it as to a name found in the text."""
    first = spec.name.split()[0]
    evidence = "user-named actor" if spec.type else f"user-named actor; first name {first!r} (first_names.tsv)"
    return "person", evidence, sex(gaz, first.lower()) if len(spec.name.split()) >= 2 else "-"


def _user_person(name: str, specs: tuple[ActorSpec, ...], gaz: Gazetteer) -> ActorSpec | None:
    """The user-named person that a longer name found in the text stands for: same first and last
    word ("Hillary Rodham Clinton" for "Hillary Clinton")."""
    words = name.lower().split()
    if len(words) < 3:
        return None
    for spec in specs:
        parts = spec.name.lower().split()
        if (len(parts) >= 2 and spec.type in ("", "person") and parts[0] == words[0] and parts[-1] == words[-1]
                and parts[0] in gaz.first_names):
            return spec
    return None


def merge_candidates(
    doc: Document, candidates: list[Candidate], gaz: Gazetteer, known: tuple[ActorSpec, ...] = ()
) -> list[Actor]:
    """Group candidates into actors: same canonical name, same text, surname, acronym; and the
    user-named actors ``known`` by their one-word aliases and surnames (see
    :func:`_user_aliases`; a surname counts unless a person found in the text has it too) and
    by longer forms of their names (:func:`_user_person`); a gazetteer entry the user names by
    another of its forms ("Republicans") with all its forms ("GOP"), unless the user names a person."""
    groups: dict[str, dict] = {}  # key -> {name, type, evidence, aliases, mentions, gender}
    order: list[str] = []
    alias_of: dict[str, str] = {}
    known_names: dict[str, ActorSpec] = {}  # key -> user-named person with no mention yet
    specs = {spec.name.lower(): spec for spec in known}
    # the type, evidence and sex of each user-named person, worked out once
    people = {key: _user_person_typing(spec, gaz) for key, spec in specs.items() if _named_person(spec, gaz)}

    def group(key: str, name: str) -> dict:
        if key not in groups:
            groups[key] = {"name": name, "type": "", "evidence": "", "aliases": [], "mentions": [], "gender": "-",
                           "shared": None}
            order.append(key)
        return groups[key]

    # a gazetteer entry the user named by one of its other forms is the user's actor: a
    # user-named "Republicans" has the text's "GOP" and "Republican Party" too
    # (not a person's: a user-named "Jim Jordan=Jordan" does not take the country's "Jordanian")
    user_entry: dict[str, ActorSpec] = {}
    for key, spec in specs.items():
        if key in people or spec.type == "person":
            continue
        for form in (spec.name, *spec.aliases):
            entry = gaz.entries.get(tokenize_entry(form))
            if entry is not None and entry[0].lower() not in specs:
                user_entry.setdefault(entry[0].lower(), spec)

    # first pass: canonical names (user, gazetteer) and multiword proper nouns
    pending: list[Candidate] = []
    for c in candidates:
        if c.rule == "title_only":
            pending.append(c)
            continue
        if c.canonical:
            spec = user_entry.get(c.canonical.lower()) if c.rule != "user" else None
            g = group(spec.name.lower(), spec.name) if spec is not None else group(c.canonical.lower(), c.canonical)
            if c.type and not (spec is not None and spec.type):  # a type the user gave stays
                g["type"], g["evidence"] = c.type, c.evidence
            spec = specs.get(c.canonical.lower()) if c.rule == "user" else None
            if spec is not None and spec.name.lower() in people:
                g["type"], g["evidence"], g["gender"] = people[spec.name.lower()]
            elif spec is not None and not g["type"] and (entry := gaz.entries.get(tokenize_entry(spec.name))):
                g["type"], g["evidence"] = entry[1], entry[2]  # an untyped "Morgan Stanley": the gazetteer's type
        elif len(c.text.split()) >= 2 and (spec := _user_person(c.text, known, gaz)) is not None:
            g = group(spec.name.lower(), spec.name)
            g["type"], g["evidence"] = "person", "user-named actor (a longer form of its name)"
        elif len(c.text.split()) >= 2:
            g = group(name_key(c.text), c.text)
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
    _merge_middle_names(groups, order)
    _merge_short_names(groups, order, gaz)
    # surnames and acronyms of multiword names; people with no suffix first, so that "Trump" is
    # Donald Trump's, not Donald Trump Jr.'s, who keeps "Trump Jr."
    holders: dict[str, list[str]] = {}  # surname -> the people found in the text who have it
    suffixes = {key: _suffix(groups[key]["name"].split()) for key in order}
    for key in sorted(order, key=lambda k: suffixes[k] != ""):
        name = groups[key]["name"]
        parts = name.split()
        if groups[key]["type"] == "person" and len(parts) >= 2 and not groups[key]["shared"] and not _by_surname_only(parts, gaz):
            surname = (parts[-2] if suffixes[key] else parts[-1]).lower()  # "King" in "Martin Luther King Jr"
            for form in _surname_forms(surname):  # "al-Assad" and "Assad" for Bashar al-Assad
                alias_of.setdefault(form, key)
                holders.setdefault(form, []).append(key)
            if suffixes[key]:
                alias_of.setdefault(f"{surname} {suffixes[key]}", key)
        if len(parts) >= 3:
            alias_of.setdefault(_acronym(name), key)
        for alias in groups[key]["aliases"]:
            alias_of.setdefault(alias.lower(), key)
    # also surnames of untyped two-word names whose first word is capitalised and not an org (and
    # of those typed only by a public figure's surname: "Trump" is Donald Trump's before Ivanka's)
    for key in list(order):
        parts = groups[key]["name"].split()
        untyped = (not groups[key]["type"] or _by_surname_only(parts, gaz)) and not groups[key]["shared"]
        if untyped and len(parts) == 2 and parts[-1].lower() not in gaz.org_cues:
            for form in _surname_forms(parts[-1].lower()):
                alias_of.setdefault(form, key)
    _short_forms(groups, order, alias_of, gaz)
    _first_names(groups, order, alias_of, gaz)
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
        k = name_key(c.text)
        target = alias_of.get(k)
        if target in groups and c.title and c.gender != "-" and groups[target]["gender"] not in ("-", c.gender):
            # "Mr. Obama" is not Michelle Obama: the user-named person of that surname, another
            # person found with it whose sex agrees (Barack Obama), or his own
            spec = surnames.get(k)
            other = [h for h in holders.get(k, []) if groups[h]["gender"] in ("-", c.gender) and h != target]
            if spec is not None and spec.name.lower() != target:
                target = spec.name.lower()
            else:
                target = other[0] if other else None
            if target is not None and target not in groups:
                known_names[target] = spec
        if target in known_names and target not in groups:
            spec = known_names[target]
            g = group(target, spec.name)
            if spec.type or k in surnames:
                evidence = "user-named actor" + ("" if spec.type else " (its surname)")
                g["type"], g["evidence"] = spec.type or "person", evidence
                g["gender"] = people[target][2] if target in people else "-"
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


def _surname_forms(surname: str) -> tuple[str, ...]:
    """A lower-cased surname and, after an Arabic article, the name without it ("al-assad", "assad")."""
    return (surname, surname[3:]) if surname[:3] in PARTICLES and len(surname) > 4 else (surname,)


def _by_surname_only(parts: list[str], gaz: Gazetteer) -> bool:
    """A name typed a person's only by a public figure's surname ("Ivanka Trump"): no first name
    the lists know."""
    return parts[0].lower() not in gaz.first_names and parts[-1].lower() in gaz.public_surnames


def _suffix(parts: list[str], least: int = 3) -> str:
    """"jr" for the words of "Donald Trump Jr." (and "sr", "ii", ...), a name of at least
    ``least`` words, else ""."""
    last = parts[-1].lower().rstrip(".") if len(parts) >= least else ""
    return last if last in SUFFIXES else ""


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
    for key in [k for k in order if len(groups[k]["name"].split()) == 2 and _suffix(groups[k]["name"].split(), 2)]:
        ending = " " + groups[key]["name"].lower()
        fulls = [k for k in order if k != key and groups[k]["name"].lower().endswith(ending)]
        if len(fulls) == 1:
            _join(groups, order, fulls[0], key)


def _merge_middle_names(groups: dict[str, dict], order: list[str]) -> None:
    """One person under a name with and without middle names ("Hillary Rodham Clinton", "Hillary
    Clinton"; "Anita Ashok Datar", "Anita Datar"): when exactly one longer name and one name of
    just the first and last word share those words, the later joins the first. Suffixes count
    as words ("Donald Trump Jr." is not Donald Trump)."""
    by_ends: dict[tuple[str, str], list[str]] = {}
    for key in order:
        if groups[key]["type"] != "person":
            continue
        parts = [p.lower().rstrip(".") for p in groups[key]["name"].split() if not _INITIALS.match(p)]
        if len(parts) >= 2:
            by_ends.setdefault((parts[0], parts[-1]), []).append(key)
    for keys in by_ends.values():
        lengths = sorted(len(groups[k]["name"].split()) for k in keys)
        if lengths[0] == 2 and lengths[-1] > 2 and len(keys) == 2:
            _join(groups, order, keys[0], keys[1])


def _merge_short_names(groups: dict[str, dict], order: list[str], gaz: Gazetteer) -> None:
    """One person under a full and a short first name ("Robert Mueller", "Bob Mueller"; "James
    Comey", "Jim Comey"; ``nicknames.tsv``): the later name joins the first, when the other words
    are the same and the two are not known to be of different sexes."""
    seen: dict[tuple[str, ...], list[tuple[str, tuple, str]]] = {}  # the words after the first name -> people
    for key in list(order):
        g = groups[key]
        words = g["name"].split()
        parts = [p.lower() for p in words if not _INITIALS.match(p)]
        initials = tuple(p for p in words if _INITIALS.match(p))
        if g["type"] != "person" or len(parts) < 2 or parts[0] not in gaz.first_names:
            continue
        rest = tuple(parts[1:])
        into = next((k for first, inits, k in seen.get(rest, ())
                     if first != parts[0] and same_first_name(gaz, first, parts[0])
                     and (inits == initials or not inits or not initials)
                     and (groups[k]["gender"] == g["gender"] or "-" in (groups[k]["gender"], g["gender"]))), None)
        if into is None:
            seen.setdefault(rest, []).append((parts[0], initials, key))
        else:
            _join(groups, order, into, key)


def _first_names(groups: dict[str, dict], order: list[str], alias_of: dict[str, str], gaz: Gazetteer) -> None:
    """"Hillary" for Hillary Clinton: a first name alone stands for the one person found in the
    article with that first name, unless it is already someone's surname or alias ("Ryan" stays
    Paul Ryan's beside Ryan Zinke). So does the first word of a person's name of two or three words
    that is no first name the lists know: a family name written first ("Li" for Li Keqiang,
    "Ri" for Ri Yong Ho)."""
    firsts: dict[str, list[str]] = {}
    for key in order:
        parts = groups[key]["name"].split()
        if groups[key]["type"] == "person" and len(parts) >= 2 and (
            parts[0].lower() in gaz.first_names or len(parts) <= 3 and parts[0].isalpha()
        ):
            firsts.setdefault(parts[0].lower(), []).append(key)
    for first, keys in firsts.items():
        if len(keys) == 1:
            alias_of.setdefault(first, keys[0])


def _short_forms(groups: dict[str, dict], order: list[str], alias_of: dict[str, str], gaz: Gazetteer) -> None:
    """"the Times" for the New York Times: the last word of an organisation's name of two or more
    words found in the article, where that word is one of ``short_heads.tsv``, stands for it when
    no other organisation found there ends with it. The gazetteer's own "The Times" (of London)
    is then the same organisation too, and joins it; named alone, it has the bare word. An
    organisation named with and without "The" is one."""
    for key in [k for k in order if k.startswith("the ") and k[4:] in groups]:
        if groups[key]["type"] == groups[k := key[4:]]["type"] == "organisation":
            _join(groups, order, k, key)  # "The Orlando Sentinel" opening a sentence, "the Orlando Sentinel"
    ends: dict[str, list[str]] = {}
    for key in order:
        words = groups[key]["name"].split()
        if groups[key]["type"] == "organisation" and len(words) >= 2 and words[-1].lower() in gaz.short_heads:
            ends.setdefault(words[-1].lower(), []).append(key)
    for head, keys in ends.items():
        bare = "the " + head
        fulls = [k for k in keys if k != bare] or keys
        if len(fulls) != 1:
            continue
        if bare in keys and fulls[0] != bare:
            _join(groups, order, fulls[0], bare)
        alias_of.setdefault(head, fulls[0])


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


def _add_mention(g: dict, c: Candidate, doc: Document, alias: bool = False) -> None:
    tokens = doc.tokens
    start, end = tokens[c.start_tok].start, tokens[c.end_tok - 1].end
    rule = "alias" if alias and c.rule in ("proper_noun", "title_only") else c.rule
    g["mentions"].append(Mention(start, end, doc.text[start:end], tokens[c.start_tok].sentence, rule))
    if c.text != g["name"]:
        g["aliases"].append(c.text)
