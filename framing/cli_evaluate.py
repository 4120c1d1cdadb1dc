"""``framing evaluate``: agreement with human annotation. Parses, runs one evaluation, renders."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import typer

__all__ = ["evaluate_app"]


def _fail(message: str) -> None:
    typer.echo(f"framing: error: {message}", err=True)


def _report(format: str, run: Callable, render: Callable, errors: Optional[Path] = None,
            render_errors: Optional[Callable] = None) -> None:
    """Run an evaluation, write its errors where asked, print its report; a bad format, bad
    input or an unwritable errors file is one line on stderr and exit code 2."""
    from framing.errors import FramingError
    from framing.render import FORMATS

    if format not in FORMATS:
        _fail(f"unknown format {format!r}; choose one of: table, json, csv, markdown, or a tabulate format")
        raise typer.Exit(2)
    try:
        report = run()
        if errors is not None and render_errors is not None:
            errors.write_text(render_errors(report), encoding="utf-8")
    except FramingError as exc:
        _fail(str(exc))
        raise typer.Exit(2)
    except OSError as exc:
        _fail(f"{errors}: cannot write: {exc.strerror or exc}")
        raise typer.Exit(2)
    typer.echo(render(report, format))


evaluate_app = typer.Typer(
    help="Measure agreement with human annotation: precision, recall and F1 against a research corpus.",
    no_args_is_help=True,
)


@evaluate_app.command("polnear")
def evaluate_polnear_cmd(
    directory: Path = typer.Argument(..., help="A PolNeAR compartment: a folder with text/ and attributions/ (PolNeAR/data/dev)."),
    format: str = typer.Option("table", "--format", "-f", help="table (default), json (one object), csv, markdown, or any tabulate format."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N articles (by file name)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write every false positive, false negative and boundary error as JSON Lines to this file."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons that extend or override the shipped ones."),
    agreement: bool = typer.Option(False, "--agreement", help="Score the second human annotator against the first, on the articles annotated twice: a ceiling for framing's figures."),
) -> None:
    """Attribution against PolNeAR: P/R/F1 of cue, source and content spans, overall and by cue class."""
    from framing.evaluate.polnear import annotator_agreement, evaluate_polnear
    from framing.render import render_polnear, render_polnear_errors

    if agreement:
        run = lambda: annotator_agreement(directory, lexicons=lexicons)  # noqa: E731
    else:
        run = lambda: evaluate_polnear(directory, lexicons=lexicons, limit=limit)  # noqa: E731
    _report(format, run, render_polnear, errors, render_polnear_errors)

@evaluate_app.command("basil-compare")
def evaluate_basil_compare_cmd(
    directory: Path = typer.Argument(..., help="The BASIL folder: articles/ and annotations/ by year."),
    format: str = typer.Option("table", "--format", "-f", help="table (default), json (one object), csv, markdown, or any tabulate format."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N events (by id)."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons that extend or override the shipped ones."),
) -> None:
    """Outlet rankings of sentiment toward a target against BASIL's annotated net polarity: Spearman and pairwise agreement."""
    from framing.evaluate.basil_compare import evaluate_basil_compare
    from framing.render import render_basil_compare

    _report(format, lambda: evaluate_basil_compare(directory, lexicons=lexicons, limit=limit), render_basil_compare)

@evaluate_app.command("szeged")
def evaluate_szeged_cmd(
    path: Path = typer.Argument(..., help="A Szeged Uncertainty Corpus XML file (wiki.xml)."),
    format: str = typer.Option("table", "--format", "-f", help="table (default), json (one object), csv, markdown, or any tabulate format."),
    split: str = typer.Option("all", "--split", help="all, or the document-level 80/20 split: train or dev."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N sentences."),
    include_titles: bool = typer.Option(False, "--include-titles", help="Score title sentences too (skipped by default)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write false positives, false negatives and wrong types as JSON Lines."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons that extend or override the shipped ones."),
) -> None:
    """Hedging against the Szeged uncertainty corpus: sentence- and cue-level P/R/F1, per cue type."""
    from framing.evaluate.szeged import evaluate_szeged, szeged_errors
    from framing.render import render_szeged, render_szeged_errors

    if split not in ("all", "train", "dev"):
        _fail(f"unknown split {split!r}; choose all, train or dev")
        raise typer.Exit(2)
    options = dict(lexicons=lexicons, limit=limit, include_titles=include_titles, split=split)
    _report(format, lambda: evaluate_szeged(path, **options), render_szeged,
            errors, lambda report: render_szeged_errors(szeged_errors(path, **options)))

@evaluate_app.command("newsmtsc")
def evaluate_newsmtsc_cmd(
    path: Path = typer.Argument(..., help="A NewsMTSC JSONL file (train.jsonl, rw_dev.jsonl, mt_dev.jsonl)."),
    format: str = typer.Option("table", "--format", "-f", help="table (default), json (one object), csv, markdown, or any tabulate format."),
    method: str = typer.Option("model", "--method", help="model (the trained model, default) or lexicon (polar words around the mention)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N sentences."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons that extend or override the shipped ones."),
) -> None:
    """Sentiment toward target mentions against NewsMTSC: macro-F1, accuracy, per-class P/R/F1."""
    from framing.evaluate.newsmtsc import evaluate_newsmtsc
    from framing.render import render_newsmtsc

    if method not in ("model", "lexicon"):
        _fail(f"unknown method {method!r}; choose model or lexicon")
        raise typer.Exit(2)
    _report(format, lambda: evaluate_newsmtsc(path, lexicons=lexicons, method=method, limit=limit), render_newsmtsc)

@evaluate_app.command("basil")
def evaluate_basil_cmd(
    directory: Path = typer.Argument(..., help="The BASIL folder: articles/ and annotations/ by year."),
    format: str = typer.Option("table", "--format", "-f", help="table (default), json (one object), csv, markdown, or any tabulate format."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N articles (by path)."),
    neutral_band: float = typer.Option(0.25, "--neutral-band", help="Mean sentiment within +-this counts as neutral for author feeling."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons that extend or override the shipped ones."),
) -> None:
    """Actors and sentiment against BASIL: entity recall, span polarity, author feeling per entity."""
    from framing.evaluate.basil import evaluate_basil
    from framing.render import render_basil

    _report(format, lambda: evaluate_basil(directory, lexicons=lexicons, limit=limit, neutral_band=neutral_band), render_basil)
