"""Scoring on a Dask cluster when one machine is not enough: the same scoring, partition by partition.

Needs dask (``pip install 'framing[dask]'``, which brings ``dask[distributed]``). Each worker
process loads framing's lexicons and models once (the first partition it scores) and keeps them.

- :func:`score_bag`: a ``dask.bag`` of articles (:class:`~framing.article.Article`, text, or dict
  records with a ``text`` field) to a bag of ArticleScores (or of what ``row`` makes of them).
- :func:`score_dataframe`: a ``dask.dataframe`` with a text column to one with the headline
  ``COLUMNS`` (and ``source`` and ``error``), one row per input row; read Parquet with
  ``dask.dataframe.read_parquet`` and pass it here.
- :func:`read_bag`: files many workers can read (JSON Lines and CSV shards, Parquet, text/HTML
  files) as a bag of records: one partition per file, and large JSON Lines files cut at line
  boundaries into blocks of ``blocksize`` bytes, each record's ``source`` (``path:line``) the same
  as :func:`framing.corpus.read_articles` gives it.
- :func:`score_partitions`: what ``framing score --engine dask --scheduler ADDRESS -o FILE`` runs
  (through :func:`framing.batch.run_batch`): the partitions of ``read_bag``, scored on the
  cluster, a bounded number at a time, their rows coming back in input order to be written,
  checkpointed and resumed as a local run is (a resumed run skips the partitions done).

The paths must name the same files on the machine that submits and on every worker (a shared
file system), as for any Dask reader.
"""
from __future__ import annotations

import uuid
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from framing.article import Article
from framing.corpus import ReadError
from framing.parallel import Outcome, Settings, _Scorer

__all__ = ["Part", "plan", "read_part", "read_bag", "score_bag", "score_dataframe", "score_partitions", "BLOCKSIZE"]

BLOCKSIZE = 4_000_000  # bytes of JSON Lines per partition: ~700 news articles


def _require():
    try:
        import dask  # noqa: F401
    except ImportError:
        from framing.errors import FramingError

        raise FramingError("the Dask engine needs dask: pip install 'framing[dask]'") from None


@dataclass(frozen=True)
class Part:
    """One partition of the input: a file (or bytes ``[start, end)`` of a JSON Lines file), the
    id stem of its records, and a key that names it in a checkpoint."""

    file: str
    default_id: str
    start: int = 0
    end: int | None = None
    error: str | None = None  # a path that cannot be read: the partition is this one error

    @property
    def key(self) -> str:
        return self.file if self.end is None and not self.start else f"{self.file}@{self.start}-{self.end}"


def plan(paths: Iterable[str | Path], blocksize: int = BLOCKSIZE, exclude: Iterable[str | Path] = ()) -> list[Part]:
    """The partitions of ``paths``, in the order :func:`framing.corpus.read_articles` reads them
    (``exclude``: files of the folders not to read)."""
    from framing.corpus import input_files

    parts: list[Part] = []
    for entry in input_files((str(p) for p in paths), tuple(exclude)):
        if isinstance(entry, ReadError):
            parts.append(Part(entry.source, "", error=entry.reason))
            continue
        file, default_id = entry
        size = file.stat().st_size if file.suffix.lower() == ".jsonl" else 0
        if size > blocksize:
            for start in range(0, size, blocksize):
                parts.append(Part(str(file), default_id, start, min(size, start + blocksize)))
        else:
            parts.append(Part(str(file), default_id))
    return parts


def read_part(part: Part, text_field: str | None = None) -> list[Article | ReadError]:
    """The records of one partition (run on a worker)."""
    from framing.corpus import read_file

    if part.error is not None:
        return [ReadError(part.file, part.error)]
    return list(read_file(part.file, part.default_id, text_field, part.start, part.end))


def read_bag(paths: Iterable[str | Path], text_field: str | None = None, blocksize: int = BLOCKSIZE):
    """A dask bag of the records (Article or ReadError) of ``paths``, one partition per part."""
    _require()
    import dask.bag as db

    parts = plan(paths, blocksize)
    return db.from_sequence(parts, npartitions=max(1, len(parts))).map_partitions(
        lambda ps: [r for p in ps for r in read_part(p, text_field)])


_SCORERS: dict = {}  # per worker process: (Settings, transform) -> _Scorer, loaded once


def _scorer(settings: Settings, transform: Callable | None) -> _Scorer:
    key = (settings, transform)
    scorer = _SCORERS.get(key)
    if scorer is None:
        scorer = _SCORERS[key] = _Scorer(settings, transform)
    return scorer


def _as_article(record) -> Article | ReadError | str:
    if isinstance(record, (Article, ReadError, str)):
        return record
    if isinstance(record, dict):
        from framing.corpus import _record

        return _record(record, str(record.get("source") or record.get("id") or ""), str(record.get("id") or ""))
    raise TypeError(f"cannot score a {type(record).__name__}: give Articles, texts or dict records")


def _score_records(records: Iterable, settings: Settings, transform: Callable | None) -> list[Outcome]:
    scorer = _scorer(settings, transform)
    out = []
    for record in records:
        item = _as_article(record)
        if isinstance(item, ReadError):
            out.append(Outcome(item, None, item.reason))
        else:
            result, error = scorer.score(item)
            out.append(Outcome(item, result, error))
    return out


def score_bag(bag, lexicons: str | None = None, actors: tuple = (), sentiment: str = "model", cues: str = "model",
              row: Callable | None = None, errors: bool = False):
    """A bag of the scores of ``bag``'s articles, partition by partition: ArticleScores (or
    ``row(score)``, e.g. :func:`framing.batch.json_row`), or with ``errors=True`` the
    :class:`~framing.parallel.Outcome` of every record, failures included (else a record that
    cannot be scored is left out)."""
    _require()
    settings = Settings(lexicons, tuple(actors), sentiment, cues)

    def partition(records):
        outcomes = _score_records(records, settings, row)
        return outcomes if errors else [o.result for o in outcomes if o.ok]

    return bag.map_partitions(partition)


def _frame_meta():
    import pandas as pd

    from framing.scoring import COLUMNS, INTEGER_COLUMNS, TEXT_COLUMNS

    text = TEXT_COLUMNS | {"source", "error"}
    return pd.DataFrame({c: pd.Series(dtype="object" if c in text else "Int64" if c in INTEGER_COLUMNS else "float64")
                         for c in (*COLUMNS, "source", "error")})


def _score_frame(frame, settings: Settings, text_column: str, id_column: str | None, outlet_column: str | None):
    import pandas as pd

    from framing.scoring import headline

    scorer = _scorer(settings, None)
    rows = []
    for position, (index, record) in enumerate(frame.iterrows()):
        ident = str(record[id_column]) if id_column else str(index)
        text = record[text_column]
        source = f"row {index}"
        if not isinstance(text, str) or not text.strip():
            rows.append({"id": ident, "source": source, "error": "empty: no text to score"})
            continue
        article = Article(text=text, id=ident, outlet=str(record[outlet_column]) if outlet_column else "", source=source)
        result, error = scorer.score(article)
        rows.append({**headline(result), "source": source, "error": None} if error is None else
                    {"id": ident, "outlet": article.outlet, "source": source, "error": error})
    meta = _frame_meta()
    out = pd.DataFrame(rows, columns=list(meta.columns), index=frame.index)
    return out.astype(meta.dtypes.to_dict())


def score_dataframe(df, text_column: str = "text", id_column: str | None = None, outlet_column: str | None = None,
                    lexicons: str | None = None, actors: tuple = (), sentiment: str = "model", cues: str = "model"):
    """A dask dataframe of the headline ``COLUMNS`` of each row's text (plus ``source`` and
    ``error``: None, or why the row could not be scored), partition by partition, same index."""
    _require()
    settings = Settings(lexicons, tuple(actors), sentiment, cues)
    return df.map_partitions(_score_frame, settings, text_column, id_column, outlet_column, meta=_frame_meta())


def _score_part(part: Part, settings: Settings, transform: Callable | None, text_field: str | None) -> list[tuple]:
    """Read and score one partition on a worker: (source, id, ok, result or error) per record,
    light to send back (no article text)."""
    out = []
    for o in _score_records(read_part(part, text_field), settings, transform):
        item = o.item
        source, ident = item.source, item.id  # a record that could not be read keeps its id where it has one
        out.append((source, ident, o.ok, o.result if o.ok else o.error))
    return out


def score_partitions(paths: Iterable[str | Path], scheduler, settings: Settings, transform: Callable | None,
                     text_field: str | None = None, skip: frozenset = frozenset(), blocksize: int = BLOCKSIZE,
                     max_pending: int | None = None, exclude: Iterable[str | Path] = ()) -> Iterator[tuple[str, list[Outcome]]]:
    """(part key, outcomes) for every partition of ``paths`` not in ``skip``, in input order,
    scored on the cluster at ``scheduler`` (an address, or a ``distributed.Client``); the files
    of ``exclude`` are not read from folders (the run's own output)."""
    _require()
    from distributed import Client

    paths = [str(p) for p in paths]
    if "-" in paths:
        from framing.batch import BatchError

        raise BatchError("the Dask engine reads files the workers can read, not stdin")
    if isinstance(scheduler, Client):
        client = scheduler
    else:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError, ValueError) as exc:
            from framing.batch import BatchError

            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {' '.join(str(exc).split())[:200]}") from None
    try:
        workers = sum(client.nthreads().values()) or 1
        limit = max_pending or 2 * workers
        run = uuid.uuid4().hex[:8]
        pending: deque = deque()
        parts = [p for p in plan(paths, blocksize, exclude) if p.key not in skip]
        for k, part in enumerate(parts):
            pending.append((part, client.submit(_score_part, part, settings, transform, text_field,
                                                key=f"framing-{run}-{k}", pure=False)))
            while len(pending) >= limit:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        if client is not scheduler:
            client.close()


def _collect(part: Part, future) -> tuple[str, list[Outcome]]:
    try:
        records = future.result()
    except Exception as exc:  # a worker lost, or the task failed: the whole partition is one error
        from framing.parallel import _reason

        return part.key, [Outcome(ReadError(part.key, f"the cluster could not score this partition: {_reason(exc)}"), None,
                                  f"the cluster could not score this partition: {_reason(exc)}")]
    outcomes = []
    for source, ident, ok, value in records:
        item = Article(text="", id=ident, source=source) if ok else ReadError(source, value, ident)
        outcomes.append(Outcome(item, value if ok else None, None if ok else value))
    return part.key, outcomes
