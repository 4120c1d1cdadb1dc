"""compare(scores) -> Comparison: how outlets covered the same events, side by side.

From scored articles (:func:`framing.score`), for each event and, where there are several events,
for the corpus as a whole (event ``"(all)"``), six tables of plain rows (the issue's five, the
third split in two):

1. ``profile``: per outlet and measure (``MEASURES``), the mean over its articles, with each
   outlet tested against the rest;
2. ``actors``: sentiment toward each actor per outlet (mention-weighted mean of the per-mention
   scores of :mod:`framing.measures.sentiment`, with the mention count); an outlet that never names
   an actor gets a row with 0 mentions and no mean, so omissions are rows too;
3. ``source_types`` and ``voices``: who is quoted or reported by which outlet (attributions and
   attributed words), by source type and per source;
4. ``wording``: each outlet's most distinctive words against the other outlets (Monroe, Colaresi
   and Quinn 2008; :mod:`framing.wording`);
5. ``differences``: per measure, whether the outlets differ more than chance (permutation test
   across articles, Holm-corrected; :mod:`framing.stats`).

Every table is a tuple of frozen dataclass rows (``comparison.profile``), and a pandas DataFrame
with ``comparison.to_frame("profile")`` when pandas is installed (``pip install framing[pandas]``).
Nothing is re-scored: the measures come from the scores, and the words for the wording table from
one tokenization of each text with framing's own token pattern.
"""
from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Literal

from framing.furniture import blank_out
from framing.lexicon import Lexicons, load_lexicons
from framing.profile import MEASURES, measure_values
from framing.measures.actor_gazetteer import Gazetteer, load_gazetteer, same_first_name
from framing.measures.actor_names import SUFFIXES
from framing.measures.actors import OUTLET_EVIDENCE
from framing.scoring import ArticleScore
from framing.stats import holm, permutation_tests, significance_mark
from framing.wording import content_words, distinctive_words, stopwords

__all__ = [
    "SCHEMA", "CORPUS", "MEASURES", "TABLES", "TableName", "ArticleRow", "Skipped", "ProfileRow", "ActorRow",
    "SourceTypeRow", "VoiceRow", "WordRow", "DifferenceRow", "Comparison", "compare", "measure_values", "group_of",
    "name_aliases",
]

SCHEMA = "framing.comparison/1"
CORPUS = "(all)"  # the event label of the corpus-wide tables

TableName = Literal["profile", "actors", "source_types", "voices", "wording", "differences"]
TABLES: tuple[str, ...] = ("profile", "actors", "source_types", "voices", "wording", "differences")

@dataclass(frozen=True)
class ArticleRow:
    """An article that went into the comparison: its event, outlet (the ``by`` group) and where it came from."""

    event: str
    outlet: str
    id: str
    title: str
    source: str
    words: int


@dataclass(frozen=True)
class Skipped:
    """An input left out of the comparison, and why (no outlet, no text, unreadable)."""

    source: str
    reason: str


@dataclass(frozen=True)
class ProfileRow:
    """One measure of one outlet in one event: the mean over its ``n`` articles with a value (of
    ``articles``), the standard deviation (None below 2), and the permutation test of this outlet
    against the other outlets of the event (``p_value``; ``p_holm`` Holm-adjusted over all outlets
    and measures of the event; ``mark`` ``*``/``**``/``***`` below 0.05/0.01/0.001 of ``p_holm``)."""

    event: str
    outlet: str
    measure: str
    mean: float | None
    sd: float | None
    n: int
    articles: int
    p_value: float | None
    p_holm: float | None
    mark: str


@dataclass(frozen=True)
class ActorRow:
    """Sentiment toward one actor in one outlet's coverage of an event: the mean of its mentions'
    scores (-1..1; None when the outlet never names it), mentions, articles naming it, the mentions'
    negative/neutral/positive counts and the mean in the writer's own words (None: none).
    ``omitted``: the outlet never names the actor though it covered an event in which another
    outlet does (across all events, an outlet that covered none of those events omits nothing).
    ``also_as``: the other forms of this person's name counted here, a middle initial's variant
    or a surname some articles name them by alone (see :func:`name_aliases`); empty if none."""

    event: str
    actor: str
    type: str
    outlet: str
    mentions: int
    articles: int
    mean: float | None
    negative: int
    neutral: int
    positive: int
    writer_mean: float | None
    also_as: str = ""
    omitted: bool = False  # no mention, in an event the outlet covered and in which someone names the actor


@dataclass(frozen=True)
class SourceTypeRow:
    """An outlet's attributions to one source type in an event (person, organisation, anonymous,
    document, ...): count, attributed words, and their shares of the outlet's attributions/words (0-1)."""

    event: str
    outlet: str
    source_type: str
    attributions: int
    words: int
    attribution_share: float
    word_share: float


@dataclass(frozen=True)
class VoiceRow:
    """One source (an actor, or the words naming an unnamed source) as used by one outlet in an
    event: attributions, attributed words and articles citing it. The event's most cited sources only."""

    event: str
    source: str
    source_type: str
    outlet: str
    attributions: int
    words: int
    articles: int


@dataclass(frozen=True)
class WordRow:
    """A word distinctive of one outlet in an event against the other outlets: its count there and
    elsewhere, rate per 1,000 counted words, log-odds ratio and z-score (:mod:`framing.wording`), rank."""

    event: str
    outlet: str
    rank: int
    term: str
    count: int
    other_count: int
    per_1000_words: float
    log_odds: float
    z: float


@dataclass(frozen=True)
class DifferenceRow:
    """Do the outlets of an event differ in one measure more than chance? The between-outlet sum of
    squares (``statistic``), its permutation p-value, Holm-adjusted over the measures of the event,
    the mark, the articles with a value (``n``), the outlets, the outlets with the highest and lowest
    mean ("" when all means tie), the shuffles drawn, and whether labels were shuffled within events (corpus rows).
    ``p_value`` is None where no test is possible (e.g. one article per outlet)."""

    event: str
    measure: str
    statistic: float
    p_value: float | None
    p_holm: float | None
    mark: str
    n: int
    outlets: int
    highest: str
    lowest: str
    permutations: int
    within_events: bool


@dataclass(frozen=True)
class Comparison:
    """Outlets compared, event by event. ``events`` lists the events in order, ``"(all)"`` last when
    there are several; ``outlets`` the groups (``by``). Tables: see ``TABLES`` and the module docstring."""

    schema: str
    by: str
    events: tuple[str, ...]
    outlets: tuple[str, ...]
    articles: tuple[ArticleRow, ...]
    profile: tuple[ProfileRow, ...]
    actors: tuple[ActorRow, ...]
    source_types: tuple[SourceTypeRow, ...]
    voices: tuple[VoiceRow, ...]
    wording: tuple[WordRow, ...]
    differences: tuple[DifferenceRow, ...]
    skipped: tuple[Skipped, ...]
    permutations: int
    seed: int

    def table(self, name: TableName) -> tuple:
        """The rows of one table (``"profile"``, ``"actors"``, ...)."""
        if name not in TABLES:
            raise ValueError(f"unknown table {name!r}; one of {', '.join(TABLES)}")
        return getattr(self, name)

    def to_frame(self, name: TableName):
        """One table as a pandas DataFrame, one column per field (needs pandas: ``framing[pandas]``)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise ImportError("to_frame needs pandas: pip install 'framing[pandas]'") from None
        rows = self.table(name)
        row_type = _ROW_TYPES[name]
        return pd.DataFrame([dataclasses.astuple(r) for r in rows], columns=[f.name for f in dataclasses.fields(row_type)])

    def for_event(self, event: str) -> "Comparison":
        """The same comparison with only one event's rows."""
        keep = lambda rows: tuple(r for r in rows if r.event == event)  # noqa: E731
        return dataclasses.replace(
            self, events=tuple(e for e in self.events if e == event),
            articles=tuple(a for a in self.articles if event in (a.event, CORPUS)),
            **{name: keep(getattr(self, name)) for name in TABLES},
        )


_ROW_TYPES = {"profile": ProfileRow, "actors": ActorRow, "source_types": SourceTypeRow, "voices": VoiceRow,
              "wording": WordRow, "differences": DifferenceRow}


def group_of(score: ArticleScore, by: str) -> str:
    """The group of an article: an :class:`~framing.article.Article` field (``outlet``, ``date``,
    ...) or a key of its ``extra`` metadata (a JSONL record's other fields, e.g. ``bias_text``)."""
    article = score.article
    if by in ("text", "extra"):
        raise ValueError(f"cannot group by {by!r}")
    if hasattr(article, by):
        return str(getattr(article, by) or "").strip()
    return str(dict(article.extra).get(by, "")).strip()


@dataclass
class _Facts:
    """What the tables need from one article, extracted once."""

    event: str
    outlet: str
    values: dict
    actors: dict  # name -> [type, sum, mentions, neg, neu, pos, writer_sum, writer_n]
    voices: dict  # (source, type) -> [attributions, words]
    words: Counter


def _facts(score: ArticleScore, event: str, outlet: str, stop: frozenset) -> _Facts:
    types = {a.name: a.type for a in score.actors.actors}
    # the article's own outlet ("told the Courier") is the writer, not an actor of the story
    own = {a.name for a in score.actors.actors if a.type_evidence == OUTLET_EVIDENCE}
    actors: dict[str, list] = {}
    for m in score.sentiment.mentions:
        if m.actor in own:
            continue
        a = actors.setdefault(m.actor, [types.get(m.actor, ""), 0.0, 0, 0, 0, 0, 0.0, 0])
        a[1] += m.score
        a[2] += 1
        a[3 + ("negative", "neutral", "positive").index(m.label)] += 1
        if m.voice == "writer":
            a[6] += m.score
            a[7] += 1
    voices = {(v.source, v.source_type): [v.attributions, v.words] for v in score.attribution.voices
              if v.source not in own}
    text = blank_out(score.article.text, score.furniture)  # page furniture's words are no outlet's wording
    title = score.article.title
    words = Counter(content_words(text, stop))
    if title and title.strip() not in text[: len(title) + 20]:
        words.update(content_words(title, stop))
    return _Facts(event, outlet, measure_values(score), actors, voices, words)


def compare(
    scores: Iterable[ArticleScore],
    by: str = "outlet",
    event: str | None = None,
    *,
    permutations: int = 2000,
    seed: int = 0,
    top_words: int = 10,
    top_actors: int = 20,
    top_voices: int = 12,
    lexicons: Lexicons | str | None = None,
    skipped: Iterable[Skipped] = (),
) -> Comparison:
    """Compare the outlets (``by``: ``"outlet"``, another article field, or an ``extra`` key) that
    covered each event (``article.event``; articles without one form a single corpus).

    ``event`` keeps one event only. ``permutations`` and ``seed`` set the permutation tests;
    ``top_words`` the distinctive words per outlet, ``top_actors`` and ``top_voices`` the actors and
    sources per event (most mentioned/cited first). ``lexicons`` supplies the stop words. Articles
    with no group are left out and listed in ``Comparison.skipped`` after ``skipped`` (e.g. the
    reader's errors). Returns a :class:`Comparison`.
    """
    lex = lexicons if isinstance(lexicons, Lexicons) else load_lexicons(lexicons)
    stop = stopwords(lex)
    gaz = load_gazetteer(lex)
    left_out = [s if isinstance(s, Skipped) else Skipped(getattr(s, "source", str(s)), getattr(s, "reason", "")) for s in skipped]
    facts: list[_Facts] = []
    articles: list[ArticleRow] = []
    for s in scores:
        ev = s.article.event.strip()
        if event is not None and ev != event:
            continue
        outlet = group_of(s, by)
        if not outlet:
            left_out.append(Skipped(s.article.source or s.article.id, f"no {by}: left out of the comparison"))
            continue
        facts.append(_facts(s, ev, outlet, stop))
        articles.append(ArticleRow(ev, outlet, s.article.id, s.article.title, s.article.source, s.words))
    named = list(dict.fromkeys(f.event for f in facts))
    if not named:
        events: list[str] = []
    elif len(named) == 1:
        events = [named[0] or CORPUS]
    else:
        events = [e or "(no event)" for e in named] + [CORPUS]
    for k, f in enumerate(facts):
        if not f.event:
            f.event = "(no event)" if len(named) > 1 else CORPUS
            articles[k] = dataclasses.replace(articles[k], event=f.event)
    tables: dict[str, list] = {name: [] for name in TABLES}
    for ev in events:
        members = facts if ev == CORPUS else [f for f in facts if f.event == ev]
        within = ev == CORPUS and len(events) > 1
        _event_tables(ev, members, within, tables, permutations, seed, top_words, top_actors, top_voices, gaz)
    return Comparison(
        schema=SCHEMA, by=by, events=tuple(events), outlets=tuple(sorted({f.outlet for f in facts})),
        articles=tuple(articles), skipped=tuple(left_out), permutations=permutations, seed=seed,
        **{name: tuple(rows) for name, rows in tables.items()},
    )


def _extremes(ranked: list[tuple[float, object]]) -> tuple[str, str]:
    """The groups with the highest and the lowest mean (``ranked``: (mean, group), highest first);
    "" for both when all means tie (no group stands out)."""
    if not ranked or ranked[0][0] == ranked[-1][0]:
        return "", ""
    return str(ranked[0][1]), str(ranked[-1][1])


def _mean(xs: list[float]) -> float | None:
    return sum(xs) / len(xs) if xs else None


def _sd(xs: list[float]) -> float | None:
    if len(xs) < 2:
        return None
    m = sum(xs) / len(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def _event_tables(ev: str, members: list[_Facts], within: bool, tables: dict, permutations: int, seed: int,
                  top_words: int, top_actors: int, top_voices: int, gaz: Gazetteer | None = None) -> None:
    outlets = sorted({f.outlet for f in members})
    by_outlet: dict[str, list[_Facts]] = defaultdict(list)
    for f in members:
        by_outlet[f.outlet].append(f)

    # 1 and 5: profile and differences
    groups = [f.outlet for f in members]
    strata = [f.event for f in members] if within else None
    tests = permutation_tests({m: [f.values[m] for f in members] for m in MEASURES}, groups, strata, permutations, seed)
    omnibus_holm = dict(zip(MEASURES, holm([tests[m].p_value for m in MEASURES])))
    keys = [(m, o) for m in MEASURES for o in tests[m].groups]
    group_p = {(m, o): p for m in MEASURES for o, p in zip(tests[m].groups, tests[m].group_p_values)}
    group_holm = dict(zip(keys, holm([group_p[k] for k in keys])))
    for o in outlets:
        for m in MEASURES:
            xs = [f.values[m] for f in by_outlet[o] if f.values[m] is not None]
            ph = group_holm.get((m, o))
            tables["profile"].append(ProfileRow(ev, o, m, _r(_mean(xs)), _r(_sd(xs)), len(xs), len(by_outlet[o]),
                                                _r(group_p.get((m, o))), _r(ph), significance_mark(ph)))
    for m in MEASURES:
        t = tests[m]
        ranked = sorted(zip(t.group_means, t.groups), key=lambda x: (-x[0], str(x[1])))
        tables["differences"].append(DifferenceRow(
            ev, m, _r(t.statistic), _r(t.p_value), _r(omnibus_holm[m]), significance_mark(omnibus_holm[m]), t.n,
            len(t.groups), *_extremes(ranked), t.permutations, within))

    # 2: actors by outlet; a surname alone counted as the one person it names in the event
    aliases = name_aliases(members, gaz=gaz)
    also_as: dict[str, str] = {}
    for other, main in sorted(aliases.items()):
        also_as[main] = f"{also_as[main]}, {other}" if main in also_as else other
    agg: dict[str, dict[str, list]] = defaultdict(dict)
    named_in: dict[str, set[str]] = defaultdict(set)  # actor -> the events in which an article names it
    type_mentions: dict[str, Counter] = defaultdict(Counter)  # actor -> type -> mentions so typed
    for f in members:
        merged: dict[str, list] = {}
        for name, a in f.actors.items():
            type_mentions[aliases.get(name, name)][a[0]] += a[2]
            cur = merged.setdefault(aliases.get(name, name), [a[0], 0.0, 0, 0, 0, 0, 0.0, 0])
            for i in range(1, 8):
                cur[i] += a[i]
        for name, a in merged.items():
            cur = agg[name].setdefault(f.outlet, [a[0], 0.0, 0, 0, 0, 0, 0.0, 0, 0])
            for i in range(1, 8):
                cur[i] += a[i]
            cur[8] += 1
            named_in[name].add(f.event)
    covered: dict[str, set[str]] = defaultdict(set)  # outlet -> the events it covered
    for f in members:
        covered[f.outlet].add(f.event)
    ranked_actors = sorted(agg, key=lambda n: (-sum(v[2] for v in agg[n].values()), -len(agg[n]), n))[:top_actors]
    for name in ranked_actors:
        # the type most of its mentions have, whatever the order of the articles (a stray "Barr"
        # of unknown type does not make William Barr "other")
        typ = min(type_mentions[name].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        for o in outlets:
            v = agg[name].get(o)
            if v is None:
                # an omission only where the outlet covered an event in which someone names the actor
                tables["actors"].append(ActorRow(ev, name, typ, o, 0, 0, None, 0, 0, 0, None, also_as.get(name, ""),
                                                 bool(named_in[name] & covered[o])))
            else:
                tables["actors"].append(ActorRow(ev, name, typ, o, v[2], v[8], _r(v[1] / v[2]), v[3], v[4], v[5],
                                                 _r(v[6] / v[7]) if v[7] else None, also_as.get(name, "")))

    # 3: voices, by source type and per source
    per_source: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(dict)
    shown: dict[tuple[str, str], str] = {}  # a source described in words, as first written ("A senior official")
    for f in members:
        merged_voices: dict[tuple[str, str], list[int]] = {}
        for (source, typ), (n_att, n_words) in f.voices.items():
            if typ == "person":
                key = (aliases.get(source, source), typ)
            else:
                key = (shown.setdefault((source.lower(), typ), source), typ)
            cur = merged_voices.setdefault(key, [0, 0])
            cur[0] += n_att
            cur[1] += n_words
        for key, (n_att, n_words) in merged_voices.items():
            cur = per_source[key].setdefault(f.outlet, [0, 0, 0])
            cur[0] += n_att
            cur[1] += n_words
            cur[2] += 1
    for o in outlets:
        types: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for (_, typ), per in per_source.items():
            if o in per:
                types[typ][0] += per[o][0]
                types[typ][1] += per[o][1]
        n_att = sum(v[0] for v in types.values()) or 1
        n_words = sum(v[1] for v in types.values()) or 1
        for typ, (a, w) in sorted(types.items(), key=lambda kv: (-kv[1][0], kv[0])):
            tables["source_types"].append(SourceTypeRow(ev, o, typ, a, w, round(a / n_att, 4), round(w / n_words, 4)))
    ranked_sources = sorted(per_source, key=lambda k: (-sum(v[0] for v in per_source[k].values()),
                                                       -sum(v[1] for v in per_source[k].values()), k))[:top_voices]
    for source, typ in ranked_sources:
        for o in outlets:
            a, w, n = per_source[(source, typ)].get(o, (0, 0, 0))
            tables["voices"].append(VoiceRow(ev, source, typ, o, a, w, n))

    # 4: distinctive wording
    counts: dict[str, Counter] = {}
    for o in outlets:
        c = counts[o] = Counter()
        for f in by_outlet[o]:
            c.update(f.words)
    for o, words in distinctive_words(counts, top=top_words).items():
        for rank, w in enumerate(words, start=1):
            tables["wording"].append(WordRow(ev, o, rank, w.term, w.count, w.other_count, w.per_1000_words, w.log_odds, w.z))


def name_aliases(members: list[_Facts], share: float = 0.9, gaz: Gazetteer | None = None) -> dict[str, str]:
    """Person names that stand, across the event's articles, for a person named more often in
    another form, mapped to that form. A middle initial's variant ("Donald J. Trump") joins the
    same first and last name written most ("Donald Trump"), unless two different initialed forms
    share them ("George H. W. Bush", "George W. Bush": two people, none merged); so does a short
    first name and its full one, as within an article (``gaz``'s ``nicknames.tsv``: "Chuck
    Schumer", "Charles Schumer"). A one-word name
    ("Trump") joins the full name ending with it where that person is in at least ``share`` of the
    articles naming anyone of that surname, every full name counting ("Hillary Rodham Clinton")
    but one with a suffix beside the same name without it ("Donald Trump Jr." beside "Donald
    Trump": writers call the son "Trump Jr."; "Martin Luther King Jr." alone keeps "King"): "Clinton" stays
    apart where Hillary and Bill Clinton are both named. An article that names someone only by
    surname then counts toward the full name's row."""
    articles: Counter = Counter()
    for f in members:
        for name, a in f.actors.items():
            if a[0] == "person":
                articles[name] += 1
    out: dict[str, str] = {}
    variants: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in articles:
        words = name.split()
        if len(words) > 1 and words[-1].lower().rstrip(".") not in SUFFIXES and all(
                len(w.rstrip(".")) == 1 for w in words[1:-1]):
            variants[(words[0].lower(), words[-1])].append(name)
    if gaz is not None:  # "Chuck Schumer" and "Charles Schumer": a short first name and its full one
        keys = list(variants)
        for x, a in enumerate(keys):
            for b in keys[x + 1 :]:
                if a[1] == b[1] and a in variants and b in variants and same_first_name(gaz, a[0], b[0]):
                    variants[a].extend(variants.pop(b))
    for forms in variants.values():
        if len({n for n in forms if len(n.split()) > 2}) > 1:
            continue  # two initialed forms: two people
        main = max(forms, key=lambda n: (articles[n], -len(n), n))
        out.update({n: main for n in forms if n != main})
    people: Counter = Counter()  # each full name (as merged) -> articles naming it in any form
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name, n in articles.items():
        words = name.split()
        while len(words) > 2 and words[-1].lower().rstrip(".") in SUFFIXES:
            words = words[:-1]
        if len(words) < len(name.split()) and " ".join(words) in articles:
            continue  # "Donald Trump Jr." beside "Donald Trump": writers call the son "Trump Jr."
        if len(words) > 1:
            main = out.get(name, name)
            people[main] += n
            by_surname[words[-1]].add(main)
    for short in articles:
        fulls = by_surname.get(short) if " " not in short else None
        if fulls:
            best = max(fulls, key=lambda n: (people[n], n))
            if people[best] >= share * sum(people[n] for n in fulls):
                out[short] = best
    return out


def _r(x: float | None, digits: int = 6) -> float | None:
    return None if x is None else round(float(x), digits)
