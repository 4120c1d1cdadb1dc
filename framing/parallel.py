"""Scoring in worker processes: lazily, in input order, in bounded memory, one bad record at a time.

:func:`score_stream` takes articles (and :class:`~framing.corpus.ReadError` records, which it passes
through in their place) and yields one :class:`Outcome` per input, in input order. With ``jobs`` > 1
it scores chunks of articles in worker processes, each with its own pipe; each worker loads the
lexicons and models once, when it starts, and scores a tiny text to fill its caches. At most
``max_pending`` chunks are read ahead, so memory does not grow with the corpus. An exception while
scoring one article becomes that article's error; when a worker dies (killed, out of memory) a new
one takes its place and scores the chunk it had again one article at a time, so that only the
article that kills a worker gets an error. Workers ignore Ctrl-C: the parent stops them. The
parent runs no threads of its own for this, so stopping early (Ctrl-C, a consumer that stops
reading) never leaves anything that keeps the interpreter from exiting.

Workers are started with the ``forkserver`` method where the platform has it (``spawn``
elsewhere), never by forking a process that may run threads; a script that calls this must guard
its entry point with ``if __name__ == "__main__":``.
"""
from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.connection
import pickle
import os
import signal
import threading
import time
from collections import deque
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
        """Load the models, VADER and CMUdict by scoring a tiny text (the transform is not called:
        it may write rows)."""
        self._score('Officials said on Monday the bridge may reopen. "It will," she said.')

    def _score(self, article: Article | str):
        from framing.scoring import score

        return score(article, self.lex, self.specs, sentiment=self.settings.sentiment, cues=self.settings.cues)

    def score(self, article: Article | str) -> tuple[object, str | None]:
        try:
            result = self._score(article)
            return (self.transform(result) if self.transform else result), None
        except Exception as exc:  # one bad record never stops the others
            return None, _reason(exc)


def _watch_parent(pid: int) -> None:
    """Exit when the process that started the workers is gone (killed with SIGKILL, it cannot
    stop them; they would go on holding memory)."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:
            pass


def _worker_main(conn, settings: Settings, transform: Callable | None, parent: int) -> None:
    """A worker process: load once and say so (None, or the exception when loading fails, and
    stop), then score each chunk the parent sends until it sends None or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    from framing.errors import FramingError

    failure: Exception | None = None
    try:
        scorer = _Scorer(settings, transform)
        scorer.warm()
    except Exception as exc:
        failure = exc
    if failure is not None:
        _send(conn, failure, lambda: FramingError(_reason(failure)))
        return
    conn.send(None)
    while True:
        try:
            articles = conn.recv()
        except (EOFError, OSError):
            return
        if articles is None:
            return
        results = [scorer.score(a) for a in articles]
        _send(conn, results, lambda: [_picklable(r) for r in results])


def _send(conn, message, fallback: Callable) -> None:
    """Send ``message``, or what ``fallback`` makes of it when it cannot be pickled."""
    try:
        conn.send(message)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        conn.send(fallback())


def _picklable(result: tuple[object, str | None]) -> tuple[object, str | None]:
    try:
        pickle.dumps(result)
        return result
    except Exception as exc:
        return None, f"the result cannot be sent from the worker process: {_reason(exc)}"


START_DEATHS = 3  # workers that may die while loading before the run gives up


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
    outcome carries, e.g. a rendered row. At most ``max_pending`` (default ``4 * jobs``, at
    least ``jobs``) chunks of ``chunksize`` items are read ahead of the one being yielded."""
    it = iter(items)
    if jobs > 1:
        head = list(itertools.islice(it, 2 * chunksize))
        if len(head) == 2 * chunksize:
            yield from _parallel(itertools.chain(head, it), settings, jobs, transform, chunksize, max(max_pending or 4 * jobs, jobs))
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


class _Worker:
    """One worker process and the parent's end of its pipe. ``ready`` once it has loaded;
    ``task`` is what it is scoring: (chunk number, positions in the chunk), or None."""

    def __init__(self, context, settings: Settings, transform: Callable | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, settings, transform, os.getpid()), daemon=True)
        self.process.start()
        child.close()  # the worker holds the only other end: its death is an end of file here
        self.ready = False
        self.task: tuple[int, list[int]] | None = None

    def stop(self, force: bool) -> None:
        if not force:
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.terminate()  # busy with a huge article, or stopped early
        self.process.join()
        self.conn.close()


@dataclass
class _Chunk:
    """Up to ``chunksize`` consecutive items; ``outcomes`` fills as workers answer."""

    items: list
    outcomes: list
    missing: int


def _parallel(items: Iterator, settings: Settings, jobs: int, transform, chunksize: int, max_pending: int) -> Iterator[Outcome]:
    """Workers start when there is work for them, load, say they are ready, then score one chunk
    at a time over their own pipe. The parent waits on the pipes and the workers' exit sentinels
    only, and has no threads, so a worker that dies at any moment (even halfway through sending an
    answer) is an end of file here, never a hang. A chunk whose worker died is scored again one
    article at a time, so that only an article that kills a worker by itself gets
    :data:`WORKER_DIED`. A worker that fails to load raises its error here, as scoring in one
    process would; workers that die while loading (:data:`START_DEATHS` of them) stop the run with
    a :class:`~framing.errors.FramingError`."""
    from framing.errors import FramingError

    context = _context()
    workers: list[_Worker] = []
    chunks: dict[int, _Chunk] = {}
    tasks: deque[tuple[int, list[int]]] = deque()  # (chunk number, positions) waiting for a worker
    source = iter(items)
    read = yielded = 0  # chunks read so far; the next chunk to yield
    exhausted = finished = False
    start_deaths = 0

    def read_chunk() -> None:
        nonlocal read, exhausted
        batch = list(itertools.islice(source, chunksize))
        if not batch:
            exhausted = True
            return
        outcomes = [Outcome(x, None, x.reason) if isinstance(x, ReadError) else None for x in batch]
        positions = [k for k, o in enumerate(outcomes) if o is None]
        chunks[read] = _Chunk(batch, outcomes, len(positions))
        if positions:
            tasks.append((read, positions))
        read += 1

    def answer(task: tuple[int, list[int]], results: list) -> None:
        chunk = chunks[task[0]]
        for k, (result, error) in zip(task[1], results):
            chunk.outcomes[k] = Outcome(chunk.items[k], result, error)
        chunk.missing -= len(task[1])

    def lost(worker: _Worker) -> None:
        """A worker died: what it was scoring is scored again, one article at a time, or is
        that article's error; a death before it was ready counts toward giving up."""
        nonlocal start_deaths
        workers.remove(worker)
        worker.stop(force=True)
        if worker.task is None:
            start_deaths += not worker.ready
            if start_deaths >= START_DEATHS:
                raise FramingError(f"{start_deaths} worker processes died while loading (out of memory? try fewer --jobs)")
            return
        number, positions = worker.task
        if len(positions) > 1:  # find the article that did it: each one alone, first in line
            tasks.extendleft((number, [k]) for k in reversed(positions))
        else:
            answer((number, positions), [(None, WORKER_DIED)])

    try:
        while True:
            while not exhausted and read - yielded < max_pending:
                read_chunk()
            while yielded in chunks and chunks[yielded].missing == 0:
                yield from chunks.pop(yielded).outcomes
                yielded += 1
            if exhausted and not chunks:
                break
            idle = [w for w in workers if w.ready and w.task is None]
            starting = sum(not w.ready for w in workers)
            while len(workers) < jobs and len(tasks) > len(idle) + starting:
                workers.append(_Worker(context, settings, transform))
                starting += 1
            for worker in idle:
                if not tasks:
                    break
                task = worker.task = tasks.popleft()
                try:
                    worker.conn.send([chunks[task[0]].items[k] for k in task[1]])
                except OSError:  # it died while idle: the task goes to the next worker
                    worker.task = None
                    tasks.appendleft(task)
                    lost(worker)
            waiting = [w for w in workers if not w.ready or w.task is not None]
            if not waiting:
                continue
            ready = set(multiprocessing.connection.wait([w.conn for w in waiting] + [w.process.sentinel for w in waiting]))
            for worker in waiting:
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        lost(worker)
                        continue
                    if worker.ready:
                        answer(worker.task, message)
                        worker.task = None
                    elif message is not None:
                        raise message  # it could not load: the same error as in one process
                    else:
                        worker.ready = True
                elif worker.process.sentinel in ready:
                    lost(worker)
        finished = True
    finally:
        for worker in workers:
            worker.stop(force=not finished)
