"""Outlet rankings of sentiment toward a target against BASIL (``framing evaluate basil-compare DIR``).

BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of Factual Reporting",
EMNLP-IJCNLP) covers each event (``triplet-uuid``) by three outlets (Fox News, the New York Times,
the Huffington Post) and annotates biased spans with a target and a polarity. For each event and
each annotated target, the annotated net polarity of an outlet is its positive minus its negative
spans toward that target; framing's score of the outlet is its mean sentiment toward the target in
the actors table of :func:`framing.comparison.compare`. The question: do the two rank the three
outlets alike?

- Spearman's rho per (event, target) over the three outlets, ties given average ranks; undefined
  (and counted apart) where either side gives all three outlets the same value; the report gives
  the mean of the defined ones.
- Pairwise agreement: over the outlet pairs whose annotated net polarity differs, the share that
  framing orders the same way. A pair that framing ties (e.g. neither article names the target) is
  reported apart and counts as a miss in ``agreement`` and is left out of ``agreement_untied``.

Targets to actors: a BASIL target id is an entity name with underscores (``Donald_Trump``). It is
passed to the scorer as a user-named actor ``Donald Trump``; when it has two or more words and
its first word is a first name (``lexicons/first_names.tsv``), its last word is an alias
(``Trump``) unless another target of the same event ends with the same word (``Bill_Clinton`` and
``Hillary_Clinton``). An outlet whose article never names the target gets sentiment 0 (nothing
said about it); targets named in none of the three articles are counted and left out.
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from framing.errors import FramingError

__all__ = ["BasilItem", "BasilCompareReport", "read_basil", "target_actor", "spearman", "evaluate_basil_compare"]

OUTLETS = ("fox", "nyt", "hpo")


@dataclass(frozen=True)
class BasilItem:
    """One event and target: per outlet (``OUTLETS`` order) framing's mean sentiment (0 where the
    target is not named), mentions, and the annotated positive and negative spans; Spearman's rho
    (None where undefined) and the pair counts."""

    event: str
    target: str
    actor: str
    framing: tuple[float, ...]
    mentions: tuple[int, ...]
    positive: tuple[int, ...]
    negative: tuple[int, ...]
    spearman: float | None
    concordant: int
    discordant: int
    framing_ties: int

    @property
    def net(self) -> tuple[int, ...]:
        return tuple(p - n for p, n in zip(self.positive, self.negative))


@dataclass(frozen=True)
class BasilCompareReport:
    """The figures of a BASIL comparison (see the module docstring)."""

    directory: str
    events: int
    articles: int
    targets: int
    targets_not_named: int
    spearman_mean: float | None
    spearman_defined: int
    spearman_undefined: int
    pairs: int
    concordant: int
    discordant: int
    framing_ties: int
    annotation_ties: int
    agreement: float | None
    agreement_untied: float | None
    elapsed_seconds: float
    items: tuple[BasilItem, ...]


def read_basil(directory: str | Path) -> list[dict]:
    """BASIL articles with their annotations: dicts with ``event``, ``outlet`` (fox/nyt/hpo),
    ``id``, ``title``, ``date``, ``text`` (paragraphs separated by blank lines, sentences by a
    space) and ``spans`` (``(target, polarity)`` of every phrase-level annotation)."""
    root = Path(directory)
    if not (root / "articles").is_dir() or not (root / "annotations").is_dir():
        raise FramingError(f"{root}: not a BASIL folder (expected articles/ and annotations/)")
    out = []
    for path in sorted((root / "articles").glob("*/*.json")):
        ann_path = root / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        try:
            art = json.loads(path.read_text(encoding="utf-8"))
            ann = json.loads(ann_path.read_text(encoding="utf-8")) if ann_path.is_file() else {}
        except (OSError, json.JSONDecodeError) as exc:
            raise FramingError(f"{path}: cannot read: {exc}") from None
        text = "\n\n".join(" ".join(s.strip() for s in para) for para in art.get("body-paragraphs", []) if para)
        out.append({
            "event": art["triplet-uuid"], "outlet": str(art.get("source", "")).lower(), "id": path.stem,
            "title": art.get("title", ""), "date": art.get("date", ""), "text": text,
            "spans": [(p["target"], p["polarity"]) for p in ann.get("phrase-level-annotations", []) if p.get("target")],
        })
    if not out:
        raise FramingError(f"{root}: no articles found in articles/*/")
    return out


def target_actor(target: str, others: set[str], first_names: set[str]) -> str:
    """The ``--actor`` spec of a BASIL target (see the module docstring): ``"Donald Trump=Trump"``."""
    words = target.replace("_", " ").split()
    name = " ".join(words)
    last = words[-1] if len(words) >= 2 else ""
    clash = any(o != target and o.replace("_", " ").split()[-1] == last for o in others)
    if last and words[0].lower() in first_names and not clash:
        return f"{name}={last}"
    return name


def _ranks(xs: list[float]) -> list[float]:
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    ranks = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: list[float], ys: list[float]) -> float | None:
    """Spearman's rho with average ranks for ties (Pearson's r of the ranks); None when either
    side is constant."""
    rx, ry = _ranks(xs), _ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return None
    return sxy / (sxx * syy) ** 0.5


def evaluate_basil_compare(directory: str | Path, lexicons=None, limit: int | None = None) -> BasilCompareReport:
    """Score BASIL's articles with its targets as named actors, compare the outlets of each event,
    and measure agreement with the annotated net polarity (module docstring). ``limit`` keeps the
    first N events (by id). Returns a :class:`BasilCompareReport`."""
    from framing.article import Article
    from framing.comparison import compare
    from framing.lexicon import Lexicons, load_lexicons
    from framing.scoring import resolve_actors, score

    start = time.perf_counter()
    lex = lexicons if isinstance(lexicons, Lexicons) else load_lexicons(lexicons)
    first_names = {e.term.lower() for e in lex["first_names"]}
    records = read_basil(directory)
    events = sorted({r["event"] for r in records})
    if limit:
        keep = set(events[:limit])
        records = [r for r in records if r["event"] in keep]
        events = events[:limit]
    targets: dict[str, set[str]] = defaultdict(set)
    for r in records:
        targets[r["event"]].update(t for t, _ in r["spans"])
    scores = []
    for r in records:
        specs = resolve_actors([target_actor(t, targets[r["event"]], first_names) for t in sorted(targets[r["event"]])])
        article = Article(text=r["text"], id=r["id"], title=r["title"], outlet=r["outlet"], event=r["event"], date=r["date"], source=r["id"])
        scores.append(score(article, lex, specs))
    cmp = compare(scores, permutations=0, top_actors=10**6, top_voices=0, top_words=1, lexicons=lex)
    sentiment = {(a.event, a.actor, a.outlet): a for a in cmp.actors}
    for a in cmp.actors:  # a row also under the forms it absorbed ("David Brat" in "Dave Brat (also David Brat)")
        for form in filter(None, (f.strip() for f in a.also_as.split(","))):
            sentiment.setdefault((a.event, form, a.outlet), a)
    polarity: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in records:
        for t, pol in r["spans"]:
            polarity[(r["event"], t, r["outlet"])][0 if pol == "pos" else 1] += 1
    items = []
    not_named = annotation_ties = 0
    for ev in events:
        for t in sorted(targets[ev]):
            name = t.replace("_", " ").strip()
            rows = [sentiment.get((ev, " ".join(name.split()), o)) for o in OUTLETS]
            mentions = tuple(r.mentions if r else 0 for r in rows)
            if not any(mentions):
                not_named += 1
                continue
            fr = tuple(float(r.mean) if r and r.mean is not None else 0.0 for r in rows)
            pos = tuple(polarity[(ev, t, o)][0] for o in OUTLETS)
            neg = tuple(polarity[(ev, t, o)][1] for o in OUTLETS)
            net = [p - n for p, n in zip(pos, neg)]
            con = dis = ties = 0
            for i in range(3):
                for j in range(i + 1, 3):
                    if net[i] == net[j]:
                        annotation_ties += 1
                        continue
                    d = fr[i] - fr[j]
                    if d == 0:
                        ties += 1
                    elif (d > 0) == (net[i] > net[j]):
                        con += 1
                    else:
                        dis += 1
            items.append(BasilItem(ev, t, name, tuple(round(x, 4) for x in fr), mentions, pos, neg,
                                   spearman(list(fr), [float(x) for x in net]), con, dis, ties))
    defined = [i.spearman for i in items if i.spearman is not None]
    con = sum(i.concordant for i in items)
    dis = sum(i.discordant for i in items)
    ties = sum(i.framing_ties for i in items)
    pairs = con + dis + ties
    return BasilCompareReport(
        directory=str(directory), events=len(events), articles=len(records),
        targets=len(items), targets_not_named=not_named,
        spearman_mean=round(sum(defined) / len(defined), 4) if defined else None,
        spearman_defined=len(defined), spearman_undefined=len(items) - len(defined),
        pairs=pairs, concordant=con, discordant=dis, framing_ties=ties, annotation_ties=annotation_ties,
        agreement=round(con / pairs, 4) if pairs else None,
        agreement_untied=round(con / (con + dis), 4) if con + dis else None,
        elapsed_seconds=round(time.perf_counter() - start, 2), items=tuple(items),
    )
