"""The word lists the actor rules consult, read once per set of lexicons: countries and
organisations with their short forms and demonyms, titles, first names with their sex,
organisation and place words, words that are no names, sentence openers, closed-class words,
pronouns, group nouns."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from framing.lexicon import Lexicons, inflections, tokenize_entry

__all__ = ["Gazetteer", "load_gazetteer", "sex", "title_at", "same_first_name"]


@dataclass(frozen=True)
class Gazetteer:
    # token sequence (lower) -> (canonical name, type, type evidence, rule)
    entries: dict
    first: dict  # first token -> max length
    titles: dict  # token sequence -> gender
    roles: dict  # title token sequence -> the office it names, for "the <title>" ("rep" -> "representative")
    first_names: dict  # lower -> sex: m, f or -
    org_cues: frozenset
    place_cues: dict  # lower -> "surname" when a first name before it makes a person ("Eli Lake"), else ""
    non_names: frozenset
    starters: frozenset
    pronouns: dict  # lower -> (gender, number, kind)
    forms: dict  # token sequence -> the entry as written (to check acronyms' case)
    groups: frozenset = frozenset()  # plural group nouns (groups.tsv)
    sub_national: frozenset = frozenset()  # token sequences of places.tsv (states, provinces, cities)
    # token sequences the lexicon lists written with a small first letter ("al-Qaeda", "tea party",
    # "euro zone"): they are names in the text also when written so
    lowercase: frozenset = frozenset()
    # canonical name -> the words of all its forms ("NATO": nato, north, atlantic, alliance, ...)
    words_of: dict = field(default_factory=dict)
    # closed-class words (stopwords.tsv: articles, pronouns, prepositions, auxiliaries, ...): "The",
    # "By", "What", "Was" opening a sentence before a name are not part of it
    closed: frozenset = frozenset()
    # short first name -> the full names it stands for (nicknames.tsv: "bob" -> {"robert"})
    nicknames: dict = field(default_factory=dict)
    # last words by which an organisation named in full is referred to alone (short_heads.tsv:
    # "the Times" for the New York Times)
    short_heads: frozenset = frozenset()
    # words of non_names.tsv that are no name only alone ("Congressional")
    lone_non_names: frozenset = frozenset()
    # organisation's canonical name -> its kind in organisations.tsv (company, media, agency, ...)
    org_kinds: dict = field(default_factory=dict)
    # surnames of well-known public figures (surnames.tsv: "obama") -> their row ("surnames.tsv:12")
    public_surnames: dict = field(default_factory=dict)
    # those of them that are a name also when they open a sentence ("Obama"; not "Bush", a word)
    opening_surnames: frozenset = frozenset()
    legal_forms: frozenset = frozenset()  # rule_words.tsv: legal_form, of_place_head, named_thing, place_prefix
    compound_after: frozenset = frozenset()  # rule_words.tsv: "the school board" is no mention of the school
    of_place_heads: frozenset = frozenset()
    topic_heads: frozenset = frozenset()  # rule_words.tsv: topic_head ("Council on Foreign Relations")
    saying: frozenset = frozenset()  # rule_words.tsv: saying ("said", "told"): a word before one speaks
    saying_nouns: frozenset = frozenset()  # rule_words.tsv: saying_noun ("claims"): also a plural noun
    named_things: frozenset = frozenset()
    place_prefixes: frozenset = frozenset()
    saint_mount: frozenset = frozenset()  # "St. Louis", "Mt. Vernon", "Ft. Worth": part of the name
    compass: frozenset = frozenset()
    proper_groups: frozenset = frozenset()  # "Catholics": a group noun written with a capital
    stock_indexes: frozenset = frozenset()  # "S&P", "Nasdaq": before a number, an index's name
    renamed: dict = field(default_factory=dict)  # name -> {its other period's name's tokens: that name}


@functools.lru_cache(maxsize=8)
def load_gazetteer(lexicons: Lexicons) -> Gazetteer:
    entries: dict[tuple[str, ...], tuple[str, str, str, str]] = {}
    forms: dict[tuple[str, ...], str] = {}
    lowercase: set[tuple[str, ...]] = set()
    period_names: dict[str, dict[tuple[str, ...], str]] = {}

    def add(form: str, canonical: str, typ: str, evidence: str, rule: str) -> None:
        seq = tokenize_entry(form)
        if seq and form[0].islower():
            lowercase.add(seq)
        if seq and seq not in entries:
            entries[seq] = (canonical, typ, evidence, rule)
            forms[seq] = form
        elif seq and not form.isupper():
            forms[seq] = form  # "Nato" beside "NATO": the acronym may be written as a word

    # countries (with their demonyms), then organisations: their names and aliases
    for name, typ in (("countries", "place"), ("organisations", "organisation"), ("places", "place")):
        for e in lexicons[name] if name in lexicons else ():
            evidence = f"{e.get('kind', 'country')} ({e.ref})" if typ == "place" else f"organisation ({e.ref})"
            add(e.term, e.term, typ, evidence, "gazetteer")
            renamed = [f.strip() for f in e.get("renamed").split(",") if f.strip()]
            for alias in (*e.get("aliases").split(","), *renamed):
                add(alias.strip(), e.term, typ, evidence, "gazetteer")
            if renamed:
                period_names[e.term] = {tokenize_entry(f): f for f in renamed}
            for form in (e.term, *e.get("aliases").split(",")):
                form = form.strip()
                if 3 <= len(form) <= 6 and form.isalpha() and form.isupper():  # not "G.M.", a general manager
                    add(".".join(form) + ".", e.term, typ, evidence, "gazetteer")  # "F.B.I." as the Times writes it
            for demonym in e.get("demonyms").split(",") if typ == "place" else ():
                add(demonym.strip(), e.term, typ, evidence, "demonym")
    place_names = {e.term for e in lexicons["places"]} if "places" in lexicons else set()  # places.tsv's rows
    first: dict[str, int] = {}
    for seq in entries:
        first[seq[0]] = max(first.get(seq[0], 0), len(seq))
    titles = {tokenize_entry(e.term): e.get("gender", "-") for e in lexicons["titles"]}
    roles = {tokenize_entry(e.term): e.get("role") for e in lexicons["titles"] if e.get("role")}
    _derived_titles(lexicons, titles, roles)
    first_names = {}  # the sex column (male, female, both) as m, f or -
    if "first_names" in lexicons:
        first_names = {e.term.lower(): _SEX.get(e.get("sex", "-"), "-") for e in lexicons["first_names"]}
    pronouns = {e.term.lower(): (e.get("gender"), e.get("number"), e.get("kind")) for e in lexicons["pronouns"]}
    return Gazetteer(
        entries=entries,
        first=first,
        titles=titles,
        roles=roles,
        first_names=first_names,
        org_cues=frozenset(e.term.lower() for e in lexicons["org_cues"]),
        place_cues={e.term.lower(): e.get("surname", "") for e in lexicons["place_cues"]}
        if "place_cues" in lexicons else {},
        non_names=frozenset(e.term.lower() for e in lexicons["non_names"] if e.get("alone") != "yes"),
        lone_non_names=frozenset(e.term.lower() for e in lexicons["non_names"] if e.get("alone") == "yes"),
        starters=frozenset(e.term.lower() for e in lexicons["sentence_starters"]) | _reported_forms(lexicons),
        pronouns=pronouns,
        forms=forms,
        groups=frozenset(e.term.lower() for e in lexicons["groups"]) if "groups" in lexicons else frozenset(),
        sub_national=frozenset(seq for seq, entry in entries.items() if entry[0] in place_names),
        lowercase=frozenset(lowercase),
        words_of=_words_of(entries),
        closed=frozenset(e.term.lower() for e in lexicons["stopwords"]) if "stopwords" in lexicons else frozenset(),
        nicknames={e.term.lower(): frozenset(n.strip().lower() for n in e.get("names").split(",") if n.strip())
                   for e in lexicons["nicknames"]} if "nicknames" in lexicons else {},
        org_kinds={e.term: e.get("kind") for e in lexicons["organisations"]} if "organisations" in lexicons else {},
        short_heads=frozenset(e.term.lower() for e in lexicons["short_heads"]) if "short_heads" in lexicons
        else frozenset(),
        public_surnames={e.term.lower(): e.ref for e in lexicons["surnames"]} if "surnames" in lexicons else {},
        opening_surnames=frozenset(e.term.lower() for e in lexicons["surnames"] if e.get("word") != "yes")
        if "surnames" in lexicons else frozenset(),
        legal_forms=lexicons.rule_words("legal_form"),
        compound_after=lexicons.rule_words("compound_after"),
        of_place_heads=lexicons.rule_words("of_place_head"),
        topic_heads=lexicons.rule_words("topic_head"),
        saying=lexicons.rule_words("saying"),
        saying_nouns=lexicons.rule_words("saying_noun"),
        named_things=lexicons.rule_words("named_thing"),
        place_prefixes=lexicons.rule_words("place_prefix"),
        saint_mount=lexicons.rule_words("saint_mount"),
        compass=lexicons.rule_words("compass"),
        proper_groups=lexicons.rule_words("proper_group"),
        stock_indexes=lexicons.rule_words("stock_index"),
        renamed=period_names,
    )


def _derived_titles(lexicons: Lexicons, titles: dict, roles: dict) -> None:
    """Add the titles ``titles.tsv`` implies: a ``portfolio`` word of ``rule_words.tsv`` before a
    ``portfolio_title`` ("Health Minister", "Education Secretary"), and a ``title_modifier``
    before any title of one or two words ("Acting Attorney General", "Interim President"), each
    with its title's gender and role. A listed title keeps its own row."""
    portfolios, heads = lexicons.rule_words("portfolio"), lexicons.rule_words("portfolio_title")
    modifiers = lexicons.rule_words("title_modifier")
    base = list(titles.items())
    for seq, gender in base:
        derived = [(m, *seq) for m in modifiers] if len(seq) <= 2 else []
        if len(seq) == 1 and seq[0] in heads:
            derived += [(p, *seq) for p in portfolios]
        for new in derived:
            if new not in titles:
                titles[new] = gender
                if seq in roles:
                    roles[new] = roles[seq]


def _reported_forms(lexicons: Lexicons) -> frozenset[str]:
    """The past forms of the one-word reporting verbs of ``reporting_verbs.tsv`` ("warned",
    "said", "wrote"): opening a sentence before a name, they are no part of it ('Warned Okafor:
    "..."', 'Added Brill, "..."')."""
    if "reporting_verbs" not in lexicons:
        return frozenset()
    forms = set()
    for e in lexicons["reporting_verbs"].entries:
        base = e.term.lower()
        if e.get("pos") == "verb" and " " not in base:
            forms.update(f[0] for f in inflections(base, "verb", lexicons.irregular)
                         if f[0] != base and not f[0].endswith(("ing", "s")))
    return frozenset(forms)


def _words_of(entries: dict) -> dict[str, frozenset]:
    words: dict[str, set] = {}
    for seq, (canonical, *_rest) in entries.items():
        words.setdefault(canonical, set()).update(seq)
    return {canonical: frozenset(w) for canonical, w in words.items()}


_SEX = {"male": "m", "female": "f", "m": "m", "f": "f"}


def sex(gaz: Gazetteer, first_name: str) -> str:
    """m, f or - for a first name of ``first_names.tsv`` (- for both sexes, or not a first name)."""
    return gaz.first_names.get(first_name, "-")


def title_at(lowers: list[str], k: int, end: int, titles: dict) -> bool:
    """A title of one to three words starts at token ``k`` and ends by ``end``."""
    return any(tuple(lowers[k : k + n]) in titles for n in (1, 2, 3) if k + n <= end)


def same_first_name(gaz: Gazetteer, a: str, b: str) -> bool:
    """Two lower-cased first names of one person: equal, or a short form and its full name ("bob",
    "robert"), or two short forms of one full name ("bill", "will")."""
    if a == b:
        return True
    full_a = gaz.nicknames.get(a, frozenset()) | {a}
    full_b = gaz.nicknames.get(b, frozenset()) | {b}
    return bool(full_a & full_b)
