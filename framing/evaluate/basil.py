"""Actors and sentiment toward them against BASIL (``framing evaluate basil DIR``).

BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of Factual Reporting",
EMNLP-IJCNLP) annotates 300 articles (100 events x Fox News, New York Times, Huffington Post) with
their main entities, biased spans with a target and a polarity, and the author's feeling toward
each main entity. Each article's text is rebuilt from its sentences (a space between sentences,
a blank line between paragraphs), so every annotated span has an exact offset in it.

- (a) **actor detection**: is each main entity, and each span target, among the actors framing
  finds by itself (no names given)? The rules of :func:`_found`: the entity's name, a person's
  surname, the first part of "Obama administration" and "Republican lawmakers" (on either side),
  case, accents, punctuation and possessives ignored, plurals and "-or"/"-er" ignored for groups
  and organisations, gazetteer aliases, and BASIL's names cut at a non-ASCII letter ("Felipe
  Calder"). Recall. Some entities are policies or events, or never mentioned in their article
  (BASIL names entities per event, across three outlets): they stay in the denominator.
- (b) **span polarity**: for each annotated span with a target, the sign of framing's sentiment
  toward the target in the span's sentence (the mean over the target's mentions there) against
  the annotated polarity (pos/neg): accuracy and macro-F1 over pos/neg. Here the targets are
  given to framing as named actors (the last word of a person's name as an alias), so the figure
  measures polarity, not detection. A target never written as given ("Walmart" for "Wal-Mart",
  "Republican lawmakers") takes framing's sentiment toward the actors it finds that are that
  target by the rules of (a), other than the article's other targets. A span whose sentence does
  not mention its target by name or pronoun gets framing's sentiment toward the target over the
  whole article, and one with no mention at all counts as wrong (reported as ``no_mention``).
- (c) **article level**: framing's mean sentiment toward each main entity (found as in (b)) in the
  article against ``author_feeling_<entity>`` (neg / neu / pos), with neutral for a mean within +-``neutral_band``:
  macro-F1 over the three classes.
"""
from __future__ import annotations

import bisect
import unicodedata
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from framing.errors import InputError
from framing.evaluate.metrics import PRF
from framing.lexicon import Lexicons, load_lexicons

__all__ = ["BasilReport", "evaluate_basil"]


@dataclass(frozen=True)
class BasilReport:
    """The three BASIL checks; recalls, accuracies and F1 are fractions 0-1."""

    directory: str
    articles: int
    main_entities: int
    main_entities_found: int
    span_targets: int
    span_targets_found: int
    spans: int
    spans_no_mention: int
    span_accuracy: float
    span_macro_f1: float
    span_per_class: dict[str, PRF]
    entity_judgements: int
    entity_macro_f1: float
    entity_accuracy: float
    entity_per_class: dict[str, PRF]
    neutral_band: float
    elapsed_seconds: float

    @property
    def main_entity_recall(self) -> float:
        return self.main_entities_found / self.main_entities if self.main_entities else 0.0

    @property
    def span_target_recall(self) -> float:
        return self.span_targets_found / self.span_targets if self.span_targets else 0.0


def _article(path: Path, ann_path: Path):
    try:
        art = json.loads(path.read_text(encoding="utf-8"))
        ann = json.loads(ann_path.read_text(encoding="utf-8")) if ann_path.is_file() else {}
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for p, para in enumerate(art.get("body-paragraphs", [])):
        for s, sentence in enumerate(para):
            if parts:
                sep = "\n\n" if s == 0 else " "
                parts.append(sep)
                pos += len(sep)
            starts.append(pos)
            parts.append(sentence)
            pos += len(sentence)
    return art, ann, "".join(parts), starts


def _name(entity: str) -> str:
    return " ".join(entity.replace("_", " ").split())


_GENERIC_HEADS = {"administration", "campaign", "officials", "leaders", "lawmakers", "supporters", "government", "team", "bill"}


def _norm(name: str) -> str:
    """Lower case, accents and punctuation dropped: "Peña-Nieto" -> "pena nieto"."""
    plain = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in plain if (ch.isalnum() and not unicodedata.combining(ch)) or ch == " ").strip()


def _variant(key: str) -> str:
    """A name key with the differences that do not change whom a group or an organisation's name
    names dropped: a plural's final "s" and the "-or"/"-er" spelling ("protestors" is
    "protesters")."""
    key = key[:-1] if len(key) > 3 and key.endswith("s") else key
    return key[:-2] + "er" if key.endswith("or") else key


def _found(entity: str, names: set[str] | dict[str, str], canonical: dict[str, str] | None = None) -> bool:
    """An entity is found when an actor's name or alias is its name or, for a name of two or more
    words, its last word unless that is a generic head ("lawmakers"); "Obama administration",
    "Romney campaign", "Republican lawmakers", "SB 1062 bill" also count as their first part, and so do the names
    framing finds ("Catholic leaders" is "Catholics"); case, accents, possessives, hyphens and
    punctuation are ignored ("Wal-Mart" is "Walmart"); a plural's "s" and "-or" for
    "-er" are ignored against the names of actors that are not people ("Catholics" is "Catholic",
    "protestors" is "protesters", but "Williams" is not "William"); a name the gazetteers know
    under another name counts as that name ("Justice Department" is "Department of Justice");
    and a name BASIL cut at a letter outside ASCII ("Felipe Calder") matches the names it begins
    ("Felipe Calderón"). ``names`` maps each name to its actor's type (a set: types unknown)."""
    types = names if isinstance(names, dict) else {}
    raw = {n.lower() for n in names}
    exact = {_norm(n).replace(" ", "") for n in names} - {""}
    groups = [n for n in names if types.get(n) != "person"]
    loose = {_variant(_norm(n).replace(" ", "")) for n in groups}
    loose |= {_variant("".join(w[:-1])) for w in (_norm(n).split() for n in groups) if len(w) >= 2 and w[-1] in _GENERIC_HEADS}
    loose -= {""}
    words = _norm(re.sub(r"['’]s\b", "", _name(entity))).split()  # "Obama's administration"
    if not words:
        return False
    forms = [words]
    if len(words) >= 2 and words[-1] in _GENERIC_HEADS:
        forms.append(words[:-1])
    for form in forms:
        key = "".join(form)
        if key in exact or _variant(key) in loose:
            return True
        if len(form) >= 2 and form[-1] not in _GENERIC_HEADS and form[-1] in exact:
            return True  # a surname; "lawmakers" alone is not "Democratic lawmakers"
    other = _norm(canonical.get(_name(entity).lower(), "")).replace(" ", "") if canonical else ""
    if other and (other in exact or _variant(other) in loose):
        return True
    cut = _name(entity).lower()
    return any(n.startswith(cut) and len(n) > len(cut) and not n[len(cut)].isascii() for n in raw)


def _gazetteer_names(lex: Lexicons) -> dict[str, str]:
    """Alias (lower case) -> canonical name, from the country and organisation gazetteers."""
    out: dict[str, str] = {}
    for table, column in (("countries", "aliases"), ("organisations", "aliases")):
        if table not in lex:
            continue
        for e in lex[table]:
            for alias in e.get(column).split(","):
                if alias.strip():
                    out.setdefault(alias.strip().lower(), e.term)
    return out


def _prf(gold: list[str], pred: list[str], classes: tuple[str, ...]) -> dict[str, PRF]:
    out = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        out[c] = PRF(tp, fp, fn)
    return out


def evaluate_basil(directory: str | Path, lexicons: Lexicons | str | Path | None = None,
                   limit: int | None = None, neutral_band: float = 0.25) -> BasilReport:
    """Run the three checks on a BASIL folder (``articles/`` and ``annotations/`` by year)."""
    import framing
    from framing.article import Article
    from framing.evaluate.basil_compare import target_actor

    began = time.perf_counter()
    root = Path(directory)
    if not (root / "articles").is_dir() or not (root / "annotations").is_dir():
        raise InputError(f"{root}: not a BASIL folder (it needs articles/ and annotations/)")
    lex = load_lexicons(lexicons)
    first_names = lex["first_names"].terms() if "first_names" in lex else set()
    canonical = _gazetteer_names(lex)
    paths = sorted((root / "articles").glob("*/*.json"))[: limit if limit else None]
    if not paths:
        raise InputError(f"{root}: no articles in articles/*/")
    mains = mains_found = targets_n = targets_found = 0
    span_gold: list[str] = []
    span_pred: list[str] = []
    no_mention = 0
    ent_gold: list[str] = []
    ent_pred: list[str] = []
    for path in paths:
        art, ann, text, starts = _article(path, root / "annotations" / path.parent.name / f"{path.stem}_ann.json")
        if not text.strip():
            continue
        article = Article(text=text, id=path.stem, title=art.get("title", ""))
        plain = framing.score(article, lex)
        names = {n.lower(): a.type for a in plain.actors.actors for n in (a.name, *a.aliases)}
        entities = [e.replace(" ", "_") for e in art.get("main-entities", [])]
        for e in entities:
            mains += 1
            mains_found += _found(e, names, canonical)
        spans = [p for p in ann.get("phrase-level-annotations", []) if p.get("target") and p.get("id", "").startswith("p")]
        targets = sorted({p["target"] for p in spans})
        for t in targets:
            targets_n += 1
            targets_found += _found(t, names, canonical)
        wanted = sorted(set(targets) | set(entities))
        specs = [target_actor(t, set(wanted), first_names) for t in wanted]
        named = framing.score(article, lex, actors=specs)
        by_actor_sentence: dict[tuple[str, int], list[float]] = {}
        by_actor: dict[str, list[float]] = {}
        for m in named.sentiment.mentions:
            by_actor_sentence.setdefault((m.actor, m.sentence), []).append(m.score)
            by_actor.setdefault(m.actor, []).append(m.score)
        sent_starts = [s.start for s in named.sentences]
        # the actors a target never written as named may be found as, other than wanted targets
        # ("Barack Obama" is no stand-in for "Sasha and Malia Obama", nor Bill for Hillary Clinton)
        wanted_names = {_name(t) for t in wanted}
        named_names = {a.name: {n.lower(): a.type for n in (a.name, *a.aliases)} for a in named.actors.actors
                       if a.name not in wanted_names and a.name in by_actor}
        found_as = {t: [a for a, n in named_names.items() if _found(t, n, canonical)] for t in wanted}
        for p in spans:
            k = int(p["id"][1:])
            if k >= len(starts) or p.get("polarity") not in ("pos", "neg"):
                continue
            offset = starts[k] + int(p["start"])
            sentence = max(0, bisect.bisect_right(sent_starts, offset) - 1)
            actor = _name(p["target"])
            scores = by_actor_sentence.get((actor, sentence)) or by_actor.get(actor)
            if not scores:
                others = found_as[p["target"]]
                scores = [x for a in others for x in by_actor_sentence.get((a, sentence), [])] or [
                    x for a in others for x in by_actor[a]
                ]
            span_gold.append(p["polarity"])
            if not scores:
                no_mention += 1
                span_pred.append("none")
                continue
            span_pred.append("pos" if sum(scores) / len(scores) > 0 else "neg")
        feelings = ann.get("article-level-annotations", {})
        for e in entities:
            gold = feelings.get(f"author_feeling_{e}")
            if gold not in ("neg", "neu", "pos"):
                continue
            scores = by_actor.get(_name(e)) or [x for a in found_as[e] for x in by_actor[a]]
            mean = sum(scores) / len(scores) if scores else 0.0
            ent_gold.append(gold)
            ent_pred.append("pos" if mean > neutral_band else "neg" if mean < -neutral_band else "neu")
    span_per_class = _prf(span_gold, span_pred, ("pos", "neg"))
    ent_per_class = _prf(ent_gold, ent_pred, ("neg", "neu", "pos"))
    return BasilReport(
        directory=str(root),
        articles=len(paths),
        main_entities=mains,
        main_entities_found=mains_found,
        span_targets=targets_n,
        span_targets_found=targets_found,
        spans=len(span_gold),
        spans_no_mention=no_mention,
        span_accuracy=round(sum(g == p for g, p in zip(span_gold, span_pred)) / len(span_gold), 4) if span_gold else 0.0,
        span_macro_f1=round(sum(v.f1 for v in span_per_class.values()) / 2, 4),
        span_per_class=span_per_class,
        entity_judgements=len(ent_gold),
        entity_macro_f1=round(sum(v.f1 for v in ent_per_class.values()) / 3, 4),
        entity_accuracy=round(sum(g == p for g, p in zip(ent_gold, ent_pred)) / len(ent_gold), 4) if ent_gold else 0.0,
        entity_per_class=ent_per_class,
        neutral_band=neutral_band,
        elapsed_seconds=round(time.perf_counter() - began, 3),
    )
