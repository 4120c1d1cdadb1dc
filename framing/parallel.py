"""Scoring in worker processes: lazily, in input order, in bounded memory, one bad record at a time.

:func:`score_stream` takes articles (and :class:`~framing.corpus.ReadError` records, which it passes
through in their place) and yields one :class:`Outcome` per input, in input order. With ``jobs`` > 1
it scores chunks of articles in a pool of processes (:mod:`concurrent.futures`); each worker loads
the lexicons and models once, when it starts, and scores a tiny text to fill its caches. At most
``max_pending`` chunks are in flight, so memory does not grow with the corpus. An exception while
scoring one article becomes that article's error; a worker that dies (killed, out of memory) breaks
the pool, and then the articles that were in flight are scored again one at a time in a new pool,
so that only the one that kills a worker gets an error. Workers ignore Ctrl-C: the parent stops
them.

Workers are started with the ``forkserver`` method where the platform has it (``spawn``
elsewhere), never by forking a process that may run threads; a script that calls this must guard
its entry point with ``if __name__ == "__main__":``.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from framing.article import Article
from framing.corpus import ReadError

__all__ = ["Settings", "Outcome", "default_jobs", "score_stream", "WORKER_DIED"]

WORKER_DIED = "the worker process died while scoring this record (killed, or out of memory)"


@dataclass(frozen=True)
class Settings:
    """How to score, as workers receive it: ``lexicons`` is a folder (or None, or a loaded
    :class:`~framing.lexicon.Lexicons`), ``actors`` user-named actors (ActorSpecs or strings),
    ``sentiment`` and ``cues`` as for :func:`framing.scoring.score`."""

    lexicons: object = None
    actors: tuple = ()
    sentiment: str = "model"
    cues: str = "model"


@dataclass(frozen=True)
class Outcome:
    """What became of one input: the ``item`` (an Article or a ReadError), and either ``result``
    (the ArticleScore, or what ``transform`` made of it) or ``error`` (one line)."""

    item: Article | ReadError
    result: object = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def default_jobs() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _reason(exc: BaseException) -> str:
    from framing.errors import FramingError

    text = str(exc) if isinstance(exc, FramingError) else f"{type(exc).__name__}: {exc}"
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"


class _Scorer:
    """Lexicons and actors loaded once; scores one article into (result, error)."""

    def __init__(self, settings: Settings, transform: Callable | None):
        from framing.lexicon import load_lexicons
        from framing.scoring import resolve_actors

        self.settings = settings
        self.lex = load_lexicons(settings.lexicons)
        self.specs = resolve_actors(settings.actors)
        self.transform = transform

    def warm(self) -> None:
        """Load the models, VADER and CMUdict by scoring a tiny text."""
        self.score(Article(text='Officials said on Monday the bridge may reopen. "It will," she said.'))

    def score(self, article: Article | str) -> tuple[object, str | None]:
        from framing.scoring import score

        try:
            result = score(article, self.lex, self.specs, sentiment=self.settings.sentiment, cues=self.settings.cues)
            return (self.transform(result) if self.transform else result), None
        except Exception as exc:  # one bad record never stops the others
            return None, _reason(exc)


_WORKER: list[_Scorer] = []  # the scorer of this worker process (set by _init_worker)


def _watch_parent(pid: int) -> None:
    """Exit when the process that started the pool is gone (killed with SIGKILL, it cannot stop
    its workers; they would go on holding memory)."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:
            pass


def _init_worker(settings: Settings, transform: Callable | None, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    scorer = _Scorer(settings, transform)
    scorer.warm()
    _WORKER[:] = [scorer]


def _score_chunk(articles: list) -> list[tuple[object, str | None]]:
    scorer = _WORKER[0]
    return [scorer.score(a) for a in articles]


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def score_stream(
    items: Iterable[Article | ReadError | str],
    settings: Settings = Settings(),
    jobs: int = 1,
    transform: Callable | None = None,
    chunksize: int = 8,
    max_pending: int | None = None,
) -> Iterator[Outcome]:
    """One :class:`Outcome` per item, in input order, lazily.

    ``jobs`` processes score in parallel (1: in this process; fewer than ``2 * chunksize``
    articles are scored here too, as starting workers would take longer); ``transform`` (a
    module-level function, so that workers can receive it) turns each ArticleScore into what the
    outcome carries, e.g. a rendered row. At most ``max_pending`` (default ``4 * jobs``) chunks
    of ``chunksize`` articles are in flight."""
    it = iter(items)
    if jobs > 1:
        head = list(itertools.islice(it, 2 * chunksize))
        if len(head) == 2 * chunksize:
            yield from _parallel(itertools.chain(head, it), settings, jobs, transform, chunksize, max_pending or 4 * jobs)
            return
        it = iter(head)
    scorer = None
    for item in it:
        if isinstance(item, ReadError):
            yield Outcome(item, None, item.reason)
            continue
        if scorer is None:
            scorer = _Scorer(settings, transform)
        result, error = scorer.score(item)
        yield Outcome(item, result, error)


class _Pool:
    def __init__(self, settings: Settings, transform: Callable | None, jobs: int):
        self.args = (settings, transform, jobs)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        settings, transform, jobs = self.args
        return ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker, initargs=(settings, transform, os.getpid()))

    def submit(self, chunk: list):
        return self.executor.submit(_score_chunk, chunk)

    def restart(self) -> None:
        self.stop(force=True)
        self.executor = self._start()

    def stop(self, force: bool = False) -> None:
        if force:
            # ProcessPoolExecutor has no public way to stop a worker that is busy (a huge article)
            for process in list(getattr(self.executor, "_processes", {}).values()):
                if process.is_alive():
                    process.terminate()
        self.executor.shutdown(wait=not force, cancel_futures=True)


def _parallel(items: Iterator, settings: Settings, jobs: int, transform, chunksize: int, max_pending: int) -> Iterator[Outcome]:
    pool = _Pool(settings, transform, jobs)
    pending: deque[list] = deque()  # [articles, future] for a chunk, or [outcomes, None] when known
    finished = False

    def settle() -> list[Outcome]:
        """The outcomes of the head entry, waiting for it; recovers from a broken pool."""
        entry = pending.popleft()
        if entry[1] is None:
            return entry[0]
        try:
            results = entry[1].result()
        except BrokenProcessPool:
            _rescore([entry, *(e for e in pending if e[1] is not None)], pool)
            return entry[0]
        return [Outcome(a, r, e) for a, (r, e) in zip(entry[0], results)]

    try:
        chunk: list = []
        for item in items:
            if isinstance(item, ReadError):
                if chunk:
                    pending.append([chunk, pool.submit(chunk)])
                    chunk = []
                pending.append([[Outcome(item, None, item.reason)], None])
            else:
                chunk.append(item)
                if len(chunk) >= chunksize:
                    pending.append([chunk, pool.submit(chunk)])
                    chunk = []
            while len(pending) >= max_pending or (pending and (pending[0][1] is None or pending[0][1].done())):
                yield from settle()
        if chunk:
            pending.append([chunk, pool.submit(chunk)])
        while pending:
            yield from settle()
        finished = True
    finally:
        pool.stop(force=not finished)


def _rescore(entries: list[list], pool: _Pool) -> None:
    """After a worker died: score the articles of ``entries`` again one at a time in a new pool,
    so that only an article that kills a worker again gets an error; the entries then hold their
    outcomes."""
    pool.restart()
    for entry in entries:
        future = entry[1]
        if future.done() and not future.cancelled() and future.exception() is None:  # finished before the break
            entry[0], entry[1] = [Outcome(a, r, e) for a, (r, e) in zip(entry[0], future.result())], None
            continue
        outcomes = []
        for article in entry[0]:
            try:
                (result, error), = pool.submit([article]).result()
            except BrokenProcessPool:
                result, error = None, WORKER_DIED
                pool.restart()
            outcomes.append(Outcome(article, result, error))
        entry[0], entry[1] = outcomes, None
