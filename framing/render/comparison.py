"""Comparisons (``framing compare``): terminal tables, markdown, JSON and one long CSV; and the
BASIL outlet-ranking evaluation that builds on them."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import TYPE_CHECKING

from tabulate import tabulate

from framing.render.article import _clip
from framing.render.formats import safe_cell, table_format

if TYPE_CHECKING:
    from framing.comparison import Comparison

__all__ = [
    "COMPARISON_COLUMNS", "comparison_to_dict", "comparison_tables", "render_comparison", "render_comparison_csv",
    "basil_compare_to_dict", "render_basil_compare", "group_word",
]


# The columns of the long CSV of a comparison: one value per row; pandas reads it directly.
COMPARISON_COLUMNS = ("table", "event", "outlet", "measure", "statistic", "value", "n", "p_value", "p_holm", "mark",
                      "actor", "actor_type", "actor_also_as", "actor_omitted", "source", "source_type", "term", "rank")


def comparison_to_dict(cmp: "Comparison") -> dict:
    """A comparison as plain data (what ``--format json`` prints, one object): schema, settings,
    the measures with their descriptions, the articles, the inputs left out, and every table as a
    list of row objects (the fields of the row dataclasses of :mod:`framing.comparison`)."""
    from framing.comparison import MEASURES, TABLES

    return {
        "schema": cmp.schema,
        "by": cmp.by,
        "events": list(cmp.events),
        "outlets": list(cmp.outlets),
        "permutations": cmp.permutations,
        "seed": cmp.seed,
        "measures": dict(MEASURES),
        "articles": [dataclasses.asdict(a) for a in cmp.articles],
        "skipped": [dataclasses.asdict(s) for s in cmp.skipped],
        "tables": {name: [dataclasses.asdict(r) for r in cmp.table(name)] for name in TABLES},
    }


def _long_rows(cmp: "Comparison"):
    """The rows of the long CSV, as dicts keyed by ``COMPARISON_COLUMNS``."""
    for r in cmp.profile:
        yield {"table": "profile", "event": r.event, "outlet": r.outlet, "measure": r.measure, "statistic": "mean",
               "value": r.mean, "n": r.n, "p_value": r.p_value, "p_holm": r.p_holm, "mark": r.mark}
    for r in cmp.actors:
        yield {"table": "actors", "event": r.event, "outlet": r.outlet, "measure": "sentiment", "statistic": "mean",
               "value": r.mean, "n": r.mentions, "actor": r.actor, "actor_type": r.type, "actor_also_as": r.also_as,
               "actor_omitted": r.omitted}
    for r in cmp.source_types:
        for measure, count, share in (("attributions", r.attributions, r.attribution_share), ("words", r.words, r.word_share)):
            base = {"table": "source_types", "event": r.event, "outlet": r.outlet, "measure": measure, "source_type": r.source_type}
            yield {**base, "statistic": "count", "value": count}
            yield {**base, "statistic": "share", "value": share}
    for r in cmp.voices:
        for measure, value in (("attributions", r.attributions), ("words", r.words)):
            yield {"table": "voices", "event": r.event, "outlet": r.outlet, "measure": measure, "statistic": "count",
                   "value": value, "n": r.articles, "source": r.source, "source_type": r.source_type}
    for r in cmp.wording:
        for statistic, value in (("z", r.z), ("log_odds", r.log_odds)):
            yield {"table": "wording", "event": r.event, "outlet": r.outlet, "measure": "word", "statistic": statistic,
                   "value": value, "n": r.count, "term": r.term, "rank": r.rank}
    for r in cmp.differences:
        yield {"table": "differences", "event": r.event, "outlet": "", "measure": r.measure, "statistic": "between_ss",
               "value": r.statistic, "n": r.n, "p_value": r.p_value, "p_holm": r.p_holm, "mark": r.mark}


def render_comparison_csv(cmp: "Comparison") -> str:
    """A comparison as one long, tidy CSV: one value per row, columns ``COMPARISON_COLUMNS``
    (``table`` names the table; ``statistic`` says what ``value`` is: a mean, count, share, z,
    log-odds or the between-outlet sum of squares). Empty cells are missing values."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COMPARISON_COLUMNS)
    for row in _long_rows(cmp):
        writer.writerow([safe_cell("" if row.get(c) is None else row.get(c)) for c in COMPARISON_COLUMNS])
    return out.getvalue()


def _num(x, digits: int = 3) -> str:
    """A figure for a table: 3 significant digits, at least the units (1234, 56.7, 0.123)."""
    if x is None:
        return "—"
    if isinstance(x, float):
        return f"{x:.0f}" if abs(x) >= 10 ** digits else f"{x:.{digits}g}"
    return str(x)


def _p(p) -> str:
    return "n/a" if p is None else ("<0.001" if p < 0.001 else f"{p:.3f}")


def group_word(cmp: "Comparison") -> str:
    """What the compared groups are called in headings: "outlet", or "group" under ``--by`` another
    field (groups of its values)."""
    return "outlet" if cmp.by == "outlet" else "group"


def comparison_tables(cmp: "Comparison", event: str) -> list[tuple[str, list[str], list[list]]]:
    """The tables of one event as ``(title, headers, rows)``, ready for tabulate (also used by the
    HTML report): outlet profile (measures as rows, outlets as columns), actors by outlet, source
    types, top voices, distinctive wording and differences."""
    from framing.comparison import MEASURES

    c = cmp.for_event(event)
    unit = group_word(cmp)
    outlets = sorted({r.outlet for r in c.profile})
    out = []
    prof = {(r.outlet, r.measure): r for r in c.profile}
    n_articles = {o: next((r.articles for r in c.profile if r.outlet == o), 0) for o in outlets}
    rows = [["articles", *[n_articles[o] for o in outlets]]]
    for m in MEASURES:
        rows.append([m, *[_num(prof[(o, m)].mean) + prof[(o, m)].mark if (o, m) in prof else "—" for o in outlets]])
    out.append((f"1. {unit.capitalize()} profile: mean per article (* this {unit} differs from the others, Holm-adjusted p < 0.05)",
                ["measure", *outlets], rows))

    actors: dict[tuple[str, str], dict[str, object]] = {}
    for r in c.actors:
        actors.setdefault((r.actor, r.type), {})[r.outlet] = r
    rows = []
    for (name, typ), per in actors.items():
        omitted = [o for o in outlets if per[o].omitted]  # across events, only where the outlet covered one naming it
        also = next(iter(per.values())).also_as
        rows.append([f"{name} (also {also})" if also else name, typ, *[("—" if per[o].mentions == 0 else f"{per[o].mean:+.2f} ({per[o].mentions})") for o in outlets],
                     ", ".join(omitted)])
    out.append((f"2. Sentiment toward actors: mean -1..1 (mentions); — not named by that {unit}",
                ["actor", "type", *outlets, "omitted by"], rows))

    types = sorted({r.source_type for r in c.source_types})
    st = {(r.outlet, r.source_type): r for r in c.source_types}
    rows = [[t, *[(f"{st[(o, t)].attributions} ({100 * st[(o, t)].attribution_share:.0f}%), {st[(o, t)].words} w"
                   if (o, t) in st else "—") for o in outlets]] for t in types]
    out.append((f"3a. Voices by source type: attributions (share of the {unit}'s), attributed words",
                ["source type", *outlets], rows))
    voices: dict[tuple[str, str], dict[str, object]] = {}
    for r in c.voices:
        voices.setdefault((r.source, r.source_type), {})[r.outlet] = r
    rows = [[_clip(src, 40), typ, *[("—" if per[o].attributions == 0 else f"{per[o].attributions}× {per[o].words} w") for o in outlets]]
            for (src, typ), per in voices.items()]
    out.append((f"3b. Most cited sources: attributions × attributed words; — not cited by that {unit}",
                ["source", "type", *outlets], rows))

    words: dict[str, list[str]] = {o: [] for o in outlets}
    for r in c.wording:
        words[r.outlet].append(f"{r.term} {r.z:.1f}")
    rows = [[o, ", ".join(words[o]) or "—"] for o in outlets]
    out.append((f"4. Distinctive words against the other {unit}s: z-score of the log-odds ratio with an informative "
                "Dirichlet prior (Monroe et al. 2008; |z| > 1.96 is notable)", [cmp.by, "words (z)"], rows))

    rows = []
    for r in c.differences:
        rows.append([r.measure, _num(r.statistic), _p(r.p_value), _p(r.p_holm), r.mark, r.highest or "—", r.lowest or "—", r.n])
    within = any(r.within_events for r in c.differences)
    tested = any(r.p_value is not None for r in c.differences)
    how = (f"{cmp.permutations} shuffles" + (" within events" if within else "") + "; p Holm-adjusted over the measures"
           if tested else f"no test possible here (it needs a{'n' if unit == 'outlet' else ''} {unit} with two or more articles, "
           "and --permutations above 0)")
    out.append((f"5. Differences between {unit}s: permutation test of the between-{unit} sum of squares, {how}",
                ["measure", "statistic", "p", "p (Holm)", "", "highest", "lowest", "n"], rows))
    return out


def render_comparison(cmp: "Comparison", fmt: str = "table") -> str:
    """A comparison in one of ``FORMATS``: ``json`` (one object, :func:`comparison_to_dict`),
    ``csv`` (the long table, :func:`render_comparison_csv`), or a summary followed by every
    event's tables (``summary``/``table``: plain text; ``markdown``: GitHub tables under headings;
    any tabulate format)."""
    if fmt == "json":
        return json.dumps(comparison_to_dict(cmp), ensure_ascii=False)
    if fmt == "csv":
        return render_comparison_csv(cmp).rstrip("\n")
    from collections import Counter

    tablefmt = table_format(fmt)
    md = fmt == "markdown"
    events = [e for e in cmp.events]
    n_events = len([e for e in events if e != "(all)"]) or 1
    groups = "outlets" if cmp.by == "outlet" else f"groups by {cmp.by}"
    lines = [f"{'# ' if md else ''}framing compare: {len(cmp.articles)} articles, {n_events} event{'s' if n_events != 1 else ''}, "
             f"{len(cmp.outlets)} {groups}; permutation tests with {cmp.permutations} shuffles, seed {cmp.seed}"]
    if cmp.skipped:
        lines.append(f"left out ({len(cmp.skipped)}):")
        lines.extend(f"  - {s.source}: {s.reason}" for s in cmp.skipped)
    for event in events:
        counts = Counter(a.outlet for a in cmp.articles if event in (a.event, "(all)") or event == "(all)")
        label = "all events together" if event == "(all)" and len(events) > 1 else event
        lines.append("")
        lines.append(f"{'## ' if md else '== '}{label}: {sum(counts.values())} articles ("
                     + ", ".join(f"{o} {n}" for o, n in sorted(counts.items())) + ")")
        for title, headers, rows in comparison_tables(cmp, event):
            lines.append("")
            lines.append(f"{'### ' if md else ''}{title}")
            if md:
                lines.append("")
            lines.append(tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True) if rows else "(none)")
    return "\n".join(lines)


def basil_compare_to_dict(report) -> dict:
    """A BASIL comparison evaluation as plain data (``--format json``): the figures and one
    object per event and target (:class:`framing.evaluate.basil_compare.BasilItem`)."""
    data = dataclasses.asdict(report)
    data = {"schema": "framing.evaluation.basil_compare/1", **data}
    for item, obj in zip(report.items, data["items"]):
        obj["net"] = list(item.net)
    return data


def render_basil_compare(report, fmt: str = "table") -> str:
    """A BASIL comparison evaluation in one of ``FORMATS``: JSON (one object), CSV (one row per
    event and target), or the figures above a table of the event-target pairs."""
    if fmt == "json":
        return json.dumps(basil_compare_to_dict(report), ensure_ascii=False)
    headers = ["event", "target", "framing fox/nyt/hpo", "mentions", "net polarity fox/nyt/hpo", "spearman", "concordant", "discordant", "framing ties"]
    rows = [[i.event[:8], i.target, " / ".join(f"{x:+.3f}" for x in i.framing), "/".join(map(str, i.mentions)),
             " / ".join(f"{x:+d}" for x in i.net), "n/a" if i.spearman is None else f"{i.spearman:+.2f}",
             i.concordant, i.discordant, i.framing_ties] for i in report.items]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["event", "target", "outlet", "framing_sentiment", "mentions", "positive_spans", "negative_spans", "spearman"])
        for i in report.items:
            for k, outlet in enumerate(("fox", "nyt", "hpo")):
                writer.writerow([i.event, safe_cell(i.target), outlet, i.framing[k], i.mentions[k], i.positive[k], i.negative[k],
                                 "" if i.spearman is None else round(i.spearman, 4)])
        return out.getvalue().rstrip("\n")
    r = report
    head = (
        f"BASIL {r.directory}: {r.events} events, {r.articles} articles; {r.targets} event-target pairs named by framing "
        f"in at least one outlet ({r.targets_not_named} more named in none, left out); {r.elapsed_seconds:.1f} s\n"
        f"Spearman rho (outlet ranking by framing's sentiment vs annotated net polarity, average ranks for ties): "
        f"mean {'n/a' if r.spearman_mean is None else f'{r.spearman_mean:+.3f}'} over {r.spearman_defined} pairs "
        f"({r.spearman_undefined} undefined: one side constant)\n"
        f"Pairwise agreement over {r.pairs} outlet pairs whose annotated net polarity differs ({r.annotation_ties} annotation-tied "
        f"pairs left out): {r.concordant} concordant, {r.discordant} discordant, {r.framing_ties} tied by framing; "
        f"agreement {'n/a' if r.agreement is None else f'{r.agreement:.3f}'} (ties as misses), "
        f"{'n/a' if r.agreement_untied is None else f'{r.agreement_untied:.3f}'} without framing's ties (chance 0.5)"
    )
    tablefmt = table_format(fmt)
    return head + "\n\n" + tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True)
