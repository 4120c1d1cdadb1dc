"""The ``framing`` command: parses options, calls the library, renders. Nothing else."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from framing import __version__

app = typer.Typer(
    help="Measure how news articles frame events: attribution, hedging, evidentiality, "
    "sentiment toward actors, readability.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)


def _fail(message: str) -> None:
    typer.echo(f"framing: error: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"framing {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """framing: how news articles frame events."""


def _format_help() -> str:
    return "summary (default), table, json (one object per line), csv, markdown, or any tabulate format (github, latex, ...)."


@app.command()
def score(
    paths: List[str] = typer.Argument(..., metavar="PATH", help="Article files or folders (.txt with optional front matter, .html, .json, .jsonl, .csv, .parquet); - for stdin."),
    format: str = typer.Option("summary", "--format", "-f", help=_format_help()),
    explain: bool = typer.Option(False, "--explain", help="Show every sentence with each hit marked and labelled."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons that extend or override the shipped ones."),
    actor: List[str] = typer.Option([], "--actor", metavar="NAME=ALIAS,...", help='Name an actor and its aliases: "Elon Musk=Musk,Elon" (repeatable).'),
    actors_file: Optional[Path] = typer.Option(None, "--actors-file", help="A file with one actor per line, as for --actor."),
    text_field: Optional[str] = typer.Option(None, "--text-field", help="The field that holds the text in JSON/JSONL/CSV records."),
    sentiment: str = typer.Option("model", "--sentiment", help="model (trained on NewsMTSC, default) or lexicon (polar words around each mention)."),
    cues: str = typer.Option("model", "--cues", help="How attribution cues are found: model (trained on PolNeAR, default), rules or both."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write one row per article to this file, streaming: .jsonl (the JSON of --format json), .csv (the headline columns) or .parquet (needs pyarrow). With a checkpoint beside it, for --resume."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="With -o: write one row per record that could not be read or scored (id, source, reason) to this file (.jsonl, or .csv)."),
    resume: bool = typer.Option(False, "--resume", help="With -o: continue an interrupted run where it stopped (the same inputs and options), repairing a half-written last row."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Score in this many processes (default 0: one per core)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar (it is drawn only when stderr is a terminal)."),
    engine: str = typer.Option("local", "--engine", help="With -o: local (processes on this machine, default) or dask (an existing Dask cluster; needs framing's dask extra)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler's address, e.g. tcp://10.0.0.5:8786."),
) -> None:
    """Score articles: every measure, with the evidence behind each number."""
    from framing.errors import FramingError
    from framing.lexicon import load_lexicons
    from framing.render import FORMATS
    from framing.scoring import resolve_actors

    if format not in FORMATS:
        _fail(f"unknown format {format!r}; choose one of: summary, table, json, csv, markdown, or a tabulate format")
        raise typer.Exit(2)
    if sentiment not in ("model", "lexicon") or cues not in ("model", "rules", "both"):
        _fail(f"--sentiment takes model or lexicon, --cues model, rules or both (got {sentiment!r}, {cues!r})")
        raise typer.Exit(2)
    if explain and (format in ("json", "csv") or output is not None):
        _fail("--explain marks the evidence in the summary and table formats on the terminal; JSON (-f json, "
              "or -o FILE.jsonl) carries every piece of evidence with its span already, CSV only the headline figures")
        raise typer.Exit(2)
    if output is None and (errors or resume or engine != "local"):
        _fail("--errors, --resume and --engine dask write to a file: give it with -o FILE")
        raise typer.Exit(2)
    try:
        load_lexicons(lexicons)
        specs = resolve_actors(actor, actors_file)
    except (FramingError, ValueError, OSError) as exc:
        _fail(str(exc))
        raise typer.Exit(2)
    if output is not None:
        _score_to_file(paths, output, errors, resume, jobs, lexicons, specs, sentiment, cues, text_field,
                       format if format in ("json", "csv") else None, quiet, engine, scheduler)
    else:
        _score_to_stdout(paths, format, explain, jobs, lexicons, specs, sentiment, cues, text_field, quiet)


def _progress_bar(quiet: bool):
    from framing.progress import ProgressBar

    return ProgressBar(sys.stderr, enabled=False if quiet else None)


def _score_to_stdout(paths, format, explain, jobs, lexicons, specs, sentiment, cues, text_field, quiet) -> None:
    import functools

    from framing.batch import render_row
    from framing.corpus import read_articles
    from framing.parallel import Settings, default_jobs, score_stream
    from framing.render import render

    settings = Settings(str(lexicons) if lexicons else None, specs, sentiment, cues)
    streamed = format in ("summary", "json", "csv")
    transform = functools.partial(render_row, format, explain) if streamed else None
    failed = 0
    collected = []
    first = True
    for outcome in score_stream(read_articles(paths, text_field=text_field), settings, jobs=jobs or default_jobs(), transform=transform):
        if not outcome.ok:
            item = outcome.item
            _fail(f"{getattr(item, 'source', '') or getattr(item, 'id', '')}: {outcome.error}")
            failed += 1
        elif not streamed:
            collected.append(outcome.result)
        elif format == "csv":
            from framing.render import render_csv

            typer.echo((render_csv([], header=True) if first else "") + outcome.result)
            first = False
        else:
            typer.echo(("" if first or format == "json" else "\n") + outcome.result)
            first = False
    if collected:
        typer.echo(render(collected, format, explain))
    if failed:
        raise typer.Exit(1)


def _score_to_file(paths, output, errors, resume, jobs, lexicons, specs, sentiment, cues, text_field, format, quiet, engine, scheduler) -> None:
    import signal

    from framing.batch import Interrupted, run_batch
    from framing.errors import FramingError

    bar = _progress_bar(quiet)

    def stop(signum, frame):  # a kill (SIGTERM) stops the run as Ctrl-C does: cleanly, resumable
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        summary = run_batch(paths, output, errors=errors, resume=resume, jobs=jobs, lexicons=lexicons, actors=specs,
                            sentiment=sentiment, cues=cues, text_field=text_field, format=format, progress=bar,
                            engine=engine, scheduler=scheduler)
    except Interrupted as exc:
        bar.close()
        s = exc.summary
        _fail(f"interrupted after {s.records:,} records ({s.scored:,} scored, {s.failed:,} failed in this run); "
              f"{output} holds every record done; run the same command with --resume to continue")
        raise typer.Exit(130)
    except FramingError as exc:
        bar.close()
        _fail(str(exc))
        raise typer.Exit(2)
    finally:
        signal.signal(signal.SIGTERM, previous)
    bar.close()
    for e in summary.errors[:10]:
        _fail(f"{e.source}: {e.reason}")
    if summary.failed > 10:
        _fail(f"... and {summary.failed - 10:,} more" + (f" (all in {summary.errors_file})" if summary.errors_file else ""))
    done = f"{summary.scored:,} articles scored" + (f", {summary.failed:,} failed" if summary.failed else "")
    done += f" ({summary.skipped:,} more done before --resume)" if summary.skipped else ""
    typer.echo(f"framing: {done} in {summary.elapsed:.1f} s -> {summary.output}"
               + (f"; errors in {summary.errors_file}" if summary.failed and summary.errors_file else ""), err=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command("lexicons")
def lexicons_cmd(
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons to include."),
) -> None:
    """List the lexicons in use, with their sizes and origins."""
    from tabulate import tabulate

    from framing.errors import FramingError
    from framing.lexicon import load_lexicons

    try:
        lex = load_lexicons(lexicons)
    except FramingError as exc:
        _fail(str(exc))
        raise typer.Exit(2)
    rows = []
    for name in lex.names():
        entries = list(lex[name])
        origins = sorted({e.origin for e in entries})
        rows.append([name, len(entries), ", ".join(origins)])
    typer.echo(tabulate(rows, headers=["lexicon", "entries", "from"], tablefmt="simple"))


@app.command("compare")
def compare_cmd(
    paths: List[str] = typer.Argument(..., metavar="PATH", help="Folders laid out as EVENT/OUTLET.txt or EVENT/OUTLET/*.txt, article files, or .jsonl/.csv/.json records; - for stdin."),
    format: str = typer.Option("table", "--format", "-f", help="table (default), markdown, csv (one long tidy table), json (one object), or any tabulate format (github, latex, ...)."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report (tables, actor heatmap, each article with its evidence marked) to this file."),
    by: str = typer.Option("outlet", "--by", help="Compare groups of this article field: outlet (default), or another field of the records (e.g. bias_text)."),
    group_events: Optional[str] = typer.Option(None, "--group-events", help="auto: group articles about the same event by their titles and leads (TF-IDF, cosine, agglomerative clustering), printing the groups on stderr; or FILE: an id<TAB>event mapping (see --save-groups)."),
    save_groups: Optional[Path] = typer.Option(None, "--save-groups", help="Write the event groups of --group-events auto to this editable mapping file."),
    text_field: Optional[str] = typer.Option(None, "--text-field", help="The field that holds the text in JSON/JSONL/CSV records."),
    outlet_field: Optional[str] = typer.Option(None, "--outlet-field", help="The field that holds the outlet (default: outlet, else source)."),
    event_field: Optional[str] = typer.Option(None, "--event-field", help="The field that holds the event (default: event)."),
    permutations: int = typer.Option(2000, "--permutations", min=0, help="Shuffles per permutation test (0: no tests)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the permutation tests."),
    top_words: int = typer.Option(10, "--top-words", min=1, help="Distinctive words per outlet."),
    lexicons: Optional[Path] = typer.Option(None, "--lexicons", help="A folder of your own TSV lexicons that extend or override the shipped ones."),
    actor: List[str] = typer.Option([], "--actor", metavar="NAME=ALIAS,...", help='Name an actor and its aliases: "Elon Musk=Musk,Elon" (repeatable).'),
    actors_file: Optional[Path] = typer.Option(None, "--actors-file", help="A file with one actor per line, as for --actor."),
) -> None:
    """Compare outlets covering the same events: profiles, actors, voices, wording, differences."""
    from framing.comparison import Skipped, compare
    from framing.corpus import ReadError, read_articles
    from framing.errors import FramingError
    from framing.events import assign_events, group_events as find_groups, load_groups, save_groups as write_groups
    from framing.lexicon import load_lexicons
    from framing.render import FORMATS, render_comparison
    from framing.scoring import resolve_actors, score as score_article

    if format not in FORMATS:
        _fail(f"unknown format {format!r}; choose one of: table, markdown, csv, json, or a tabulate format")
        raise typer.Exit(2)
    if save_groups and group_events != "auto":
        _fail("--save-groups needs --group-events auto")
        raise typer.Exit(2)
    try:
        lex = load_lexicons(lexicons)
        specs = resolve_actors(actor, actors_file)
        mapping = load_groups(group_events) if group_events and group_events != "auto" else None
    except (FramingError, ValueError, OSError) as exc:
        _fail(str(exc))
        raise typer.Exit(2)

    if html is not None and not os.access(html.parent, os.W_OK):
        _fail(f"{html}: cannot write: no such folder, or not writable")
        raise typer.Exit(2)
    skipped: list = []
    articles = []
    for item in read_articles(paths, text_field=text_field, outlet_field=outlet_field, event_field=event_field, path_metadata=True):
        if isinstance(item, ReadError):
            _fail(str(item))
            skipped.append(Skipped(item.source, item.reason))
        else:
            articles.append(item)
    if group_events == "auto":
        groups = find_groups(articles)
        for g in groups:
            typer.echo(f"framing: {g.event}: {len(g.keys)} articles; top terms: {', '.join(g.terms)}", err=True)
        if save_groups:
            try:
                write_groups(groups, save_groups)
            except OSError as exc:
                _fail(f"{save_groups}: cannot write: {exc.strerror or exc}")
                raise typer.Exit(2)
        mapping = {key: g.event for g in groups for key in g.keys}
    if mapping is not None:
        articles = assign_events(articles, mapping)
    scores = []
    for article in articles:
        try:
            scores.append(score_article(article, lex, specs))
        except FramingError as exc:
            _fail(f"{article.source or article.id}: {exc}")
            skipped.append(Skipped(article.source or article.id, str(exc)))
    result = compare(scores, by=by, permutations=permutations, seed=seed, top_words=top_words, lexicons=lex, skipped=skipped)
    for s in result.skipped[len(skipped):]:
        _fail(str(f"{s.source}: {s.reason}"))
    if not result.articles:
        _fail(f"no article with text and a{'n' if by[:1] in 'aeiou' else ''} {by} to compare")
        raise typer.Exit(1)
    if len(result.outlets) < 2:
        _fail(f"nothing to compare: every article has the {by} {result.outlets[0]!r}; comparing needs two or more")
        raise typer.Exit(1)
    typer.echo(render_comparison(result, format))
    if html:
        from framing.report import render_report

        try:
            html.write_text(render_report(result, scores), encoding="utf-8")
        except OSError as exc:
            _fail(f"{html}: cannot write: {exc.strerror or exc}")
            raise typer.Exit(2)
    if result.skipped:
        raise typer.Exit(1)


from framing.cli_evaluate import evaluate_app  # noqa: E402  (the sub-app of framing evaluate)

app.add_typer(evaluate_app, name="evaluate")


def main() -> None:
    """Entry point of the console script and ``python -m framing``."""
    try:
        app()
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)
