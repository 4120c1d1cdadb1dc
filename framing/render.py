"""Every output format, in one place: summary, explain, JSON, CSV and tables.

Renderers return strings; they never print. JSON is one object per article (schema
``framing.article/1``); tables and CSV have one row per article with the columns of
``framing.scoring.COLUMNS``.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import TYPE_CHECKING, Iterable

from tabulate import tabulate, tabulate_formats

from framing.scoring import COLUMNS, ArticleScore, headline

if TYPE_CHECKING:
    from framing.compare import Comparison
    from framing.evaluate.polnear import PolnearReport

__all__ = [
    "FORMATS", "to_dict", "render_json", "render_csv", "render_table", "render_summary", "render_explain", "render",
    "EVALUATION_COLUMNS", "polnear_to_dict", "render_polnear", "render_polnear_errors",
    "COMPARISON_COLUMNS", "comparison_to_dict", "comparison_tables", "render_comparison", "render_comparison_csv",
    "basil_compare_to_dict", "render_basil_compare",
]

FORMATS = ("summary", "table", "json", "csv", "markdown", *sorted(f for f in tabulate_formats if f not in ("markdown",)))


def to_dict(score: ArticleScore) -> dict:
    """A score as plain data (what ``--format json`` prints), schema first."""
    data = dataclasses.asdict(score)
    data["article"]["extra"] = dict(score.article.extra)
    data["headline"] = headline(score)
    return data


def render_json(score: ArticleScore) -> str:
    return json.dumps(to_dict(score), ensure_ascii=False)


def _safe_cell(value):
    """Cells that a spreadsheet would run as a formula get a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render_csv(scores: Iterable[ArticleScore], header: bool = True) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    for s in scores:
        row = headline(s)
        writer.writerow([_safe_cell(row[c]) for c in COLUMNS])
    return out.getvalue()


def render_table(scores: Iterable[ArticleScore], fmt: str = "simple") -> str:
    fmt = {"table": "simple", "markdown": "github"}.get(fmt, fmt)
    rows = [[headline(s)[c] for c in COLUMNS] for s in scores]
    return tabulate(rows, headers=list(COLUMNS), tablefmt=fmt, floatfmt=".3g")


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_summary(s: ArticleScore) -> str:
    """A readable summary of every measure, with the evidence behind the counts."""
    text = s.article.text
    att, hed, ev, sen, rd = s.attribution, s.hedging, s.evidentiality, s.sentiment, s.readability
    title = s.article.title or _clip(text[s.sentences[0].start : s.sentences[0].end], 70) if s.sentences else s.article.title
    lines = [f"== {title}", f"   {s.article.source or s.article.id}" + (f" · {s.article.outlet}" if s.article.outlet else ""),
             f"   {s.words} words, {len(s.sentences)} sentences, {s.paragraphs} paragraphs", ""]

    lines.append(
        f"Attribution: {len(att.attributions)} attributions ({att.per_1000_words:.1f} per 1,000 words) in "
        f"{_pct(att.sentence_share)} of sentences; {_pct(att.attributed_word_share)} of words attributed, "
        f"{_pct(att.quoted_word_share)} quoted; {att.direct} direct, {att.indirect} indirect"
    )
    if att.by_stance:
        lines.append("  cue stance: " + ", ".join(f"{k} {v}" for k, v in sorted(att.by_stance.items())))
    if att.by_source_type:
        lines.append("  source types: " + ", ".join(f"{k} {v}" for k, v in sorted(att.by_source_type.items())))
    for a in att.attributions:
        who = a.source_actor or a.source_text or "(no source)"
        content = _clip(text[a.content.start : a.content.end], 70) if a.content else ""
        cue = f"{a.cue_text} [{a.stance}]" if a.cue else "(quotation, speaker from context)"
        lines.append(f"  - s{a.sentence + 1} {who} · {cue} · {'“' + content + '”' if a.direct else content}")
    for r in att.non_responses:
        lines.append(f"  - s{r.sentence + 1} no response: {r.actor or '?'} · “{r.text}” ({r.entry})")
    if att.voices:
        lines.append("  voices: " + "; ".join(f"{v.source} ({v.source_type}) {v.attributions}× {v.words} words" for v in att.voices[:8]))
    lines.append("")

    ratio = "n/a" if hed.boosters_per_hedge is None else f"{hed.boosters_per_hedge:.2f}"
    lines.append(
        f"Hedging: {hed.hedges} hedges ({hed.hedges_per_1000_words:.1f} per 1,000 words), {hed.boosters} boosters "
        f"({hed.boosters_per_1000_words:.1f} per 1,000 words); {_pct(hed.hedged_sentence_share)} of sentences hedged; "
        f"boosters per hedge {ratio}"
    )
    for h in hed.hits:
        lines.append(f"  - s{h.sentence + 1} {h.kind} “{h.text}” ({h.type}; {h.entry}{', rule ' + h.rule if h.rule else ''})")
    lines.append("")

    lines.append("Evidentiality (share of sentences): " + ", ".join(f"{b} {_pct(v)}" for b, v in ev.profile.items() if v))
    for se in ev.sentences:
        if se.basis != "unmarked":
            marks = ", ".join(f"“{m.text}” ({m.basis}; {m.entry})" for m in se.markers)
            lines.append(f"  - s{se.sentence + 1} {se.basis}: {marks}")
    lines.append("")

    lines.append(f"Actors: {len(s.actors.actors)} (sentiment -1..1 from the words around each mention)")
    by_name = {a.actor: a for a in sen.actors}
    rows = []
    for a in s.actors.actors:
        sa = by_name.get(a.name)
        rows.append([
            a.name, a.type, a.count, "yes" if a.speaks else "", ", ".join(a.aliases[:3]),
            f"{sa.mean:+.2f}" if sa else "", f"{sa.negative}/{sa.neutral}/{sa.positive}" if sa else "",
            "" if not sa or sa.writer_mean is None else f"{sa.writer_mean:+.2f}",
            "" if not sa or sa.others_mean is None else f"{sa.others_mean:+.2f}",
        ])
    if rows:
        table = tabulate(rows, headers=["actor", "type", "mentions", "speaks", "aliases", "sentiment", "neg/neu/pos", "writer", "quoted/reported"], tablefmt="simple")
        lines.extend("  " + line for line in table.splitlines())
    lines.append(f"  tone {sen.tone:+.2f} (negative sentences {_pct(sen.negative_sentence_share)}, positive {_pct(sen.positive_sentence_share)})")
    lines.append("")
    lines.append(
        f"Readability: Flesch reading ease {rd.flesch_reading_ease:.1f}, Flesch-Kincaid grade {rd.flesch_kincaid_grade:.1f}, "
        f"Gunning fog {rd.gunning_fog:.1f}, SMOG {rd.smog_index:.1f}, Coleman-Liau {rd.coleman_liau_index:.1f}, "
        f"ARI {rd.automated_readability_index:.1f}; {rd.words_per_sentence:.1f} words per sentence"
    )
    return "\n".join(lines)


def render_explain(s: ArticleScore) -> str:
    """Every sentence with each hit marked ``[[words | label]]`` and its evidence listed below."""
    text = s.article.text
    marks: list[tuple[int, int, str, int]] = []  # start, end, label, priority
    for a in s.attribution.attributions:
        if a.cue:
            marks.append((a.cue.start, a.cue.end, f"cue:{a.stance}", 0))
        if a.source and a.cue:
            marks.append((a.source.start, a.source.end, "source", 1))
    for h in s.hedging.hits:
        marks.append((h.start, h.end, f"{h.kind}:{h.type}", 0))
    for se in s.evidentiality.sentences:
        for m in se.markers:
            if not m.entry.startswith("attribution"):
                marks.append((m.start, m.end, f"evidence:{m.basis}", 2))
    for m in s.sentiment.mentions:
        marks.append((m.start, m.end, f"actor:{m.actor} {m.score:+.2f}", 3))
    chosen: list[tuple[int, int, str]] = []
    for start, end, label, _ in sorted(marks, key=lambda x: (x[3], x[0])):
        if all(end <= c[0] or start >= c[1] for c in chosen):
            chosen.append((start, end, label))
    chosen.sort()
    evidence = {se.sentence: se for se in s.evidentiality.sentences}
    hed = {h.sentence: h for h in s.hedging.sentences}
    out = [f"== {s.article.title or s.article.source or s.article.id}: {len(s.sentences)} sentences", ""]
    k = 0
    for idx, span in enumerate(s.sentences):
        parts, pos = [], span.start
        while k < len(chosen) and chosen[k][0] < span.end:
            start, end, label = chosen[k]
            if start >= span.start:
                parts.append(text[pos:start])
                parts.append(f"[[{text[start:end]} | {label}]]")
                pos = end
            k += 1
        parts.append(text[pos : span.end])
        se, hs = evidence.get(idx), hed.get(idx)
        head = f"[s{idx + 1}] ({se.basis if se else 'unmarked'}; hedges {hs.hedges if hs else 0}, boosters {hs.boosters if hs else 0})"
        out.append(head)
        out.append("    " + " ".join("".join(parts).split()))
        for a in s.attribution.attributions:
            if a.sentence == idx:
                who = a.source_actor or a.source_text or "(none)"
                content = _clip(text[a.content.start : a.content.end], 80) if a.content else "(none)"
                out.append(f"    attribution ({a.rule}, {a.entry or 'context'}): {who} [{a.source_type}] -> {a.cue_text or '(no cue)'} -> {content}")
        for m in s.sentiment.mentions:
            if m.sentence == idx and m.evidence:
                words = ", ".join(f"{w.text} {w.valence:+.2f} ({w.source})" for w in m.evidence)
                out.append(f"    sentiment toward {m.actor} ({m.voice}{', said by ' + m.speaker if m.speaker else ''}): {m.score:+.2f} from {words}")
    return "\n".join(out)


def render(scores: list[ArticleScore], fmt: str = "summary", explain: bool = False) -> str:
    """Render scores in one of ``FORMATS``."""
    if fmt == "json":
        return "\n".join(render_json(s) for s in scores)
    if fmt == "csv":
        return render_csv(scores).rstrip("\n")
    if fmt == "summary":
        blocks = [render_summary(s) + ("\n\n" + render_explain(s) if explain else "") for s in scores]
        return "\n\n".join(blocks)
    body = render_table(scores, fmt)
    if explain:
        body += "\n\n" + "\n\n".join(render_explain(s) for s in scores)
    return body


# The columns of an evaluation table: one row per role, match mode and cue class.
EVALUATION_COLUMNS = ("role", "match", "cue_class", "gold", "predicted", "tp", "fp", "fn", "precision", "recall", "f1")


def _evaluation_rows(report: "PolnearReport") -> list[list]:
    return [
        [s.role, s.match, s.cue_class, s.prf.gold, s.prf.predicted, s.prf.tp, s.prf.fp, s.prf.fn,
         round(s.prf.precision, 4), round(s.prf.recall, 4), round(s.prf.f1, 4)]
        for s in report.scores
    ]


def polnear_to_dict(report: "PolnearReport") -> dict:
    """A PolNeAR evaluation as plain data (what ``--format json`` prints): the counts, the
    annotation files used and one object per row of ``EVALUATION_COLUMNS``; the per-article
    relations and the errors are left out (``errors`` is their number; see
    :func:`render_polnear_errors`)."""
    return {
        "schema": "framing.evaluation.polnear/1",
        "directory": report.directory,
        "documents": report.documents,
        "annotation_files_used": len(report.annotation_files),
        "annotation_files_found": report.annotation_files_found,
        "annotation_files": list(report.annotation_files),
        "texts_without_annotation": report.texts_without_annotation,
        "gold_relations": report.gold_relations,
        "predicted_relations": report.predicted_relations,
        "skipped_lines": report.skipped_lines,
        "notes": report.notes,
        "invalid_spans": report.invalid_spans,
        "elapsed_seconds": report.elapsed_seconds,
        "scores": [dict(zip(EVALUATION_COLUMNS, row)) for row in _evaluation_rows(report)],
        "errors": len(report.errors),
    }


def render_polnear(report: "PolnearReport", fmt: str = "table") -> str:
    """A PolNeAR evaluation in one of ``FORMATS``: JSON (one object), CSV (the rows of
    ``EVALUATION_COLUMNS``), or a one-line summary of the run above a table (``summary`` and
    ``table`` give the same). Precision, recall and F1 are fractions 0-1."""
    if fmt == "json":
        return json.dumps(polnear_to_dict(report), ensure_ascii=False)
    rows = _evaluation_rows(report)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(EVALUATION_COLUMNS)
        writer.writerows([[_safe_cell(c) for c in row] for row in rows])
        return out.getvalue().rstrip("\n")
    extra = [f"{n} {what}" for n, what in (
        (report.texts_without_annotation, "texts without annotation left out"),
        (report.skipped_lines, "unreadable annotation lines skipped"),
        (report.invalid_spans, "gold spans outside their text dropped"),
    ) if n]
    head = (
        f"PolNeAR {report.directory}: {report.documents} documents, {len(report.annotation_files)} of "
        f"{report.annotation_files_found} annotation files used (the first by name per article); "
        f"{report.gold_relations} gold relations, {report.predicted_relations} predicted; "
        f"{report.elapsed_seconds:.1f} s" + ("; " + ", ".join(extra) if extra else "")
    )
    tablefmt = {"table": "simple", "summary": "simple", "markdown": "github"}.get(fmt, fmt)
    return head + "\n\n" + tabulate(rows, headers=list(EVALUATION_COLUMNS), tablefmt=tablefmt, floatfmt=".3f")


def render_polnear_errors(report: "PolnearReport") -> str:
    """The errors of a PolNeAR evaluation as JSON Lines, one error per line (the fields of
    :class:`framing.evaluate.polnear.SpanError`), in article order."""
    return "".join(json.dumps(dataclasses.asdict(e), ensure_ascii=False) + "\n" for e in report.errors)


SZEGED_COLUMNS = ("level", "type", "gold", "predicted", "tp", "fp", "fn", "precision", "recall", "f1")


def _szeged_rows(report: "SzegedReport") -> list[list]:
    rows = []
    for level, prf, gold, predicted in (
        ("sentence", report.sentence, report.uncertain_sentences, report.predicted_uncertain_sentences),
        ("cue", report.cue, report.gold_cues, report.predicted_hedges),
    ):
        rows.append([level, "all", gold, predicted, prf.tp, prf.fp, prf.fn,
                     round(prf.precision, 4), round(prf.recall, 4), round(prf.f1, 4)])
    for name, ts in report.by_type.items():
        rows.append(["cue", name, ts.gold, ts.predicted, ts.found, ts.predicted - ts.correct, ts.gold - ts.found,
                     round(ts.precision, 4), round(ts.recall, 4), round(ts.f1, 4)])
    return rows


def szeged_to_dict(report: "SzegedReport") -> dict:
    """A Szeged evaluation as plain data (``--format json``): the run, the notes, one object per
    row of ``SZEGED_COLUMNS`` and the type confusion table."""
    return {
        "schema": "framing.evaluation.szeged/1",
        "path": report.path,
        "split": report.split,
        "include_titles": report.include_titles,
        "documents": report.documents,
        "sentences": report.sentences,
        "title_sentences_skipped": report.title_sentences_skipped,
        "elapsed_seconds": report.elapsed_seconds,
        "notes": list(report.notes),
        "scores": [dict(zip(SZEGED_COLUMNS, row)) for row in _szeged_rows(report)],
        "type_confusion": report.type_confusion,
    }


def render_szeged(report: "SzegedReport", fmt: str = "table") -> str:
    """A Szeged evaluation in one of ``FORMATS``: per-type rows give detection of cues of that
    type whatever type framing assigns (see :class:`framing.evaluate.szeged.TypeScore`)."""
    if fmt == "json":
        return json.dumps(szeged_to_dict(report), ensure_ascii=False)
    rows = _szeged_rows(report)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(SZEGED_COLUMNS)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    head = (
        f"Szeged {report.path} ({report.split}): {report.documents} documents, {report.sentences} sentences, "
        f"{report.title_sentences_skipped} title sentences skipped; {report.gold_cues} gold cues, "
        f"{report.predicted_hedges} predicted hedges; {report.elapsed_seconds:.1f} s"
    )
    tablefmt = {"table": "simple", "summary": "simple", "markdown": "github"}.get(fmt, fmt)
    notes = "\n".join("- " + n for n in report.notes)
    return head + "\n\n" + tabulate(rows, headers=list(SZEGED_COLUMNS), tablefmt=tablefmt, floatfmt=".3f") + ("\n\n" + notes if notes else "")


def render_szeged_errors(errors) -> str:
    """Szeged errors as JSON Lines (the fields of :class:`framing.evaluate.szeged.SzegedError`)."""
    return "".join(json.dumps(dataclasses.asdict(e), ensure_ascii=False) + "\n" for e in errors)


def newsmtsc_to_dict(report: "NewsmtscReport") -> dict:
    """A NewsMTSC evaluation as plain data (``--format json``)."""
    return {
        "schema": "framing.evaluation.newsmtsc/1",
        "path": report.path, "method": report.method, "sentences": report.sentences, "targets": report.targets,
        "macro_f1": report.macro_f1, "accuracy": report.accuracy, "f1_pn": report.f1_pn,
        "per_class": {c: {"tp": p.tp, "fp": p.fp, "fn": p.fn, "precision": round(p.precision, 4),
                          "recall": round(p.recall, 4), "f1": round(p.f1, 4)} for c, p in report.per_class.items()},
        "confusion": report.confusion, "elapsed_seconds": report.elapsed_seconds,
    }


def render_newsmtsc(report: "NewsmtscReport", fmt: str = "table") -> str:
    """A NewsMTSC evaluation: macro-F1, accuracy, F1 over positive and negative, per-class rows."""
    if fmt == "json":
        return json.dumps(newsmtsc_to_dict(report), ensure_ascii=False)
    rows = [[c, p.tp, p.fp, p.fn, round(p.precision, 4), round(p.recall, 4), round(p.f1, 4)] for c, p in report.per_class.items()]
    headers = ["class", "tp", "fp", "fn", "precision", "recall", "f1"]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["metric", "value"])
        writer.writerows([["macro_f1", report.macro_f1], ["accuracy", report.accuracy], ["f1_pn", report.f1_pn]])
        writer.writerow(headers)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    head = (f"NewsMTSC {report.path} ({report.method}): {report.sentences} sentences, {report.targets} targets; "
            f"macro-F1 {report.macro_f1:.3f}, accuracy {report.accuracy:.3f}, F1pn {report.f1_pn:.3f}; {report.elapsed_seconds:.1f} s")
    tablefmt = {"table": "simple", "summary": "simple", "markdown": "github"}.get(fmt, fmt)
    return head + "\n\n" + tabulate(rows, headers=headers, tablefmt=tablefmt, floatfmt=".3f")


def basil_to_dict(report: "BasilReport") -> dict:
    """A BASIL actors-and-sentiment evaluation as plain data (``--format json``)."""
    data = dataclasses.asdict(report)
    data["main_entity_recall"] = round(report.main_entity_recall, 4)
    data["span_target_recall"] = round(report.span_target_recall, 4)
    return {"schema": "framing.evaluation.basil/1", **data}


def render_basil(report: "BasilReport", fmt: str = "table") -> str:
    """The three BASIL checks: actor detection recall, span polarity, article-level feeling."""
    if fmt == "json":
        return json.dumps(basil_to_dict(report), ensure_ascii=False, default=str)
    rows = [
        ["actors", "main-entity recall", round(report.main_entity_recall, 4), report.main_entities],
        ["actors", "span-target recall", round(report.span_target_recall, 4), report.span_targets],
        ["span polarity", "macro-F1 (pos/neg)", report.span_macro_f1, report.spans],
        ["span polarity", "accuracy", report.span_accuracy, report.spans],
        ["span polarity", "spans whose target is never mentioned", report.spans_no_mention, report.spans],
        ["author feeling", "macro-F1 (neg/neu/pos)", report.entity_macro_f1, report.entity_judgements],
        ["author feeling", "accuracy", report.entity_accuracy, report.entity_judgements],
    ]
    headers = ["check", "figure", "value", "n"]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    head = (f"BASIL {report.directory}: {report.articles} articles; neutral band +-{report.neutral_band} for "
            f"author feeling; {report.elapsed_seconds:.1f} s")
    tablefmt = {"table": "simple", "summary": "simple", "markdown": "github"}.get(fmt, fmt)
    return head + "\n\n" + tabulate(rows, headers=headers, tablefmt=tablefmt, floatfmt=".3f")


# ---------------------------------------------------------------------------------------------
# Comparisons (framing compare): terminal tables, markdown, JSON and one long CSV

# The columns of the long CSV of a comparison: one value per row; pandas reads it directly.
COMPARISON_COLUMNS = ("table", "event", "outlet", "measure", "statistic", "value", "n", "p_value", "p_holm", "mark",
                      "actor", "actor_type", "source", "source_type", "term", "rank")


def comparison_to_dict(cmp: "Comparison") -> dict:
    """A comparison as plain data (what ``--format json`` prints, one object): schema, settings,
    the measures with their descriptions, the articles, the inputs left out, and every table as a
    list of row objects (the fields of the row dataclasses of :mod:`framing.compare`)."""
    from framing.compare import MEASURES, TABLES

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
               "value": r.mean, "n": r.mentions, "actor": r.actor, "actor_type": r.type}
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
        writer.writerow([_safe_cell("" if row.get(c) is None else row.get(c)) for c in COMPARISON_COLUMNS])
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


def comparison_tables(cmp: "Comparison", event: str) -> list[tuple[str, list[str], list[list]]]:
    """The tables of one event as ``(title, headers, rows)``, ready for tabulate (also used by the
    HTML report): outlet profile (measures as rows, outlets as columns), actors by outlet, source
    types, top voices, distinctive wording and differences."""
    from framing.compare import MEASURES

    c = cmp.for_event(event)
    outlets = sorted({r.outlet for r in c.profile})
    out = []
    prof = {(r.outlet, r.measure): r for r in c.profile}
    n_articles = {o: next((r.articles for r in c.profile if r.outlet == o), 0) for o in outlets}
    rows = [["articles", *[n_articles[o] for o in outlets]]]
    for m in MEASURES:
        rows.append([m, *[_num(prof[(o, m)].mean) + prof[(o, m)].mark if (o, m) in prof else "—" for o in outlets]])
    out.append(("1. Outlet profile: mean per article (* this outlet differs from the others, Holm-adjusted p < 0.05)",
                ["measure", *outlets], rows))

    actors: dict[tuple[str, str], dict[str, object]] = {}
    for r in c.actors:
        actors.setdefault((r.actor, r.type), {})[r.outlet] = r
    rows = []
    for (name, typ), per in actors.items():
        omitted = [o for o in outlets if per[o].mentions == 0]
        rows.append([name, typ, *[("—" if per[o].mentions == 0 else f"{per[o].mean:+.2f} ({per[o].mentions})") for o in outlets],
                     ", ".join(omitted)])
    out.append(("2. Sentiment toward actors: mean -1..1 (mentions); — not named by that outlet",
                ["actor", "type", *outlets, "omitted by"], rows))

    types = sorted({r.source_type for r in c.source_types})
    st = {(r.outlet, r.source_type): r for r in c.source_types}
    rows = [[t, *[(f"{st[(o, t)].attributions} ({100 * st[(o, t)].attribution_share:.0f}%), {st[(o, t)].words} w"
                   if (o, t) in st else "—") for o in outlets]] for t in types]
    out.append(("3a. Voices by source type: attributions (share of the outlet's), attributed words",
                ["source type", *outlets], rows))
    voices: dict[tuple[str, str], dict[str, object]] = {}
    for r in c.voices:
        voices.setdefault((r.source, r.source_type), {})[r.outlet] = r
    rows = [[_clip(src, 40), typ, *[("—" if per[o].attributions == 0 else f"{per[o].attributions}× {per[o].words} w") for o in outlets]]
            for (src, typ), per in voices.items()]
    out.append(("3b. Most cited sources: attributions × attributed words; — not cited by that outlet",
                ["source", "type", *outlets], rows))

    words: dict[str, list[str]] = {o: [] for o in outlets}
    for r in c.wording:
        words[r.outlet].append(f"{r.term} {r.z:.1f}")
    rows = [[o, ", ".join(words[o]) or "—"] for o in outlets]
    out.append(("4. Distinctive words against the other outlets: z-score of the log-odds ratio with an informative "
                "Dirichlet prior (Monroe et al. 2008; |z| > 1.96 is notable)", ["outlet", "words (z)"], rows))

    rows = []
    for r in c.differences:
        rows.append([r.measure, _num(r.statistic), _p(r.p_value), _p(r.p_holm), r.mark, r.highest, r.lowest, r.n])
    within = any(r.within_events for r in c.differences)
    tested = any(r.p_value is not None for r in c.differences)
    how = (f"{cmp.permutations} shuffles" + (" within events" if within else "") + "; p Holm-adjusted over the measures"
           if tested else "no test possible here (it needs an outlet with two or more articles, and --permutations above 0)")
    out.append((f"5. Differences between outlets: permutation test of the between-outlet sum of squares, {how}",
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

    tablefmt = {"table": "simple", "summary": "simple", "markdown": "github"}.get(fmt, fmt)
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
                writer.writerow([i.event, _safe_cell(i.target), outlet, i.framing[k], i.mentions[k], i.positive[k], i.negative[k],
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
    tablefmt = {"table": "simple", "summary": "simple", "markdown": "github"}.get(fmt, fmt)
    return head + "\n\n" + tabulate(rows, headers=headers, tablefmt=tablefmt, disable_numparse=True)
