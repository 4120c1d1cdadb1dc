"""Evaluation reports: PolNeAR, Szeged, NewsMTSC and BASIL, as tables, CSV and JSON."""
from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING

from tabulate import tabulate

from framing.render.formats import table_format, write_csv

if TYPE_CHECKING:
    from framing.evaluate.basil import BasilReport
    from framing.evaluate.newsmtsc import NewsmtscReport
    from framing.evaluate.polnear import PolnearReport
    from framing.evaluate.szeged import SzegedReport

__all__ = [
    "EVALUATION_COLUMNS", "polnear_to_dict", "render_polnear", "render_polnear_errors",
    "SZEGED_COLUMNS", "szeged_to_dict", "render_szeged", "render_szeged_errors",
    "newsmtsc_to_dict", "render_newsmtsc", "basil_to_dict", "render_basil",
]


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
        "compared_with": report.compared_with,
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
        return write_csv(EVALUATION_COLUMNS, rows)
    extra = [f"{n} {what}" for n, what in (
        (report.texts_without_annotation, "texts without annotation left out"),
        (report.skipped_lines, "unreadable annotation lines skipped"),
        (report.invalid_spans, "gold spans outside their text dropped"),
    ) if n]
    if report.compared_with == "framing":
        used = (f"{len(report.annotation_files)} of {report.annotation_files_found} annotation files used "
                f"(the first by name per article); {report.gold_relations} gold relations, "
                f"{report.predicted_relations} predicted")
    else:
        used = (f"annotator agreement: the second annotation file by name scored against the first "
                f"({report.gold_relations} relations against {report.predicted_relations})")
    head = (
        f"PolNeAR {report.directory}: {report.documents} documents, {used}; "
        f"{report.elapsed_seconds:.1f} s" + ("; " + ", ".join(extra) if extra else "")
    )
    tablefmt = table_format(fmt)
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
        return write_csv(SZEGED_COLUMNS, rows)
    head = (
        f"Szeged {report.path} ({report.split}): {report.documents} documents, {report.sentences} sentences, "
        f"{report.title_sentences_skipped} title sentences skipped; {report.gold_cues} gold cues, "
        f"{report.predicted_hedges} predicted hedges; {report.elapsed_seconds:.1f} s"
    )
    tablefmt = table_format(fmt)
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
        summary = [["macro_f1", report.macro_f1], ["accuracy", report.accuracy], ["f1_pn", report.f1_pn]]
        return write_csv(["metric", "value"], summary, (headers, rows))
    head = (f"NewsMTSC {report.path} ({report.method}): {report.sentences} sentences, {report.targets} targets; "
            f"macro-F1 {report.macro_f1:.3f}, accuracy {report.accuracy:.3f}, F1pn {report.f1_pn:.3f}; {report.elapsed_seconds:.1f} s")
    tablefmt = table_format(fmt)
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
        return write_csv(headers, rows)
    head = (f"BASIL {report.directory}: {report.articles} articles; neutral band +-{report.neutral_band} for "
            f"author feeling; {report.elapsed_seconds:.1f} s")
    tablefmt = table_format(fmt)
    return head + "\n\n" + tabulate(rows, headers=headers, tablefmt=tablefmt, floatfmt=".3f")
