"""framing.parallel: scoring in worker processes gives what scoring in this process gives, in order."""
import os

import pytest

from framing.article import MAX_CHARS, Article
from framing.batch import json_row
from framing.corpus import ReadError
from framing.parallel import WORKER_DIED, Settings, score_stream
from framing.scoring import score_many

from conftest import demo_texts


def _articles(n):
    texts = demo_texts()
    return [Article(text=texts[k % len(texts)], id=f"a{k}", source=f"demo:{k}") for k in range(n)]


def _die_on_id(score):
    """A row maker that kills its worker process on the article with id 'die'."""
    if score.article.id == "die":
        os._exit(3)
    return score.article.id


def test_two_processes_give_the_same_rows_in_the_same_order():
    items = _articles(20)
    items.insert(7, ReadError("broken.jsonl:8", "invalid JSON"))
    items.insert(12, Article(text="x" * (MAX_CHARS + 1), id="huge", source="huge.txt"))
    one = list(score_stream(items, Settings(), jobs=1, transform=json_row))
    two = list(score_stream(items, Settings(), jobs=2, transform=json_row, chunksize=3))
    assert [o.item for o in one] == [o.item for o in two] == items
    assert [o.result for o in one] == [o.result for o in two]
    assert [o.error for o in two if not o.ok] == ["invalid JSON", two[12].error]
    assert "too long" in two[12].error


def test_score_many_with_jobs_is_lazy_and_equal():
    texts = [a.text for a in _articles(18)]
    serial = list(score_many(texts))
    parallel = list(score_many(texts, jobs=2))
    assert [s.attribution for s in parallel] == [s.attribution for s in serial]
    assert [s.sentiment for s in parallel] == [s.sentiment for s in serial]
    first = next(iter(score_many(iter(texts), jobs=2)))
    assert first.article.text == texts[0]


def test_a_record_that_kills_its_worker_is_the_only_one_lost():
    items = _articles(24)
    items[10] = Article(text=items[10].text, id="die", source="demo:die")
    out = list(score_stream(items, Settings(), jobs=2, transform=_die_on_id, chunksize=4))
    assert [o.item.id for o in out] == [a.id for a in items]
    assert [o.error for o in out if not o.ok] == [WORKER_DIED]
    assert [o.result for o in out if o.ok] == [a.id for a in items if a.id != "die"]


def test_few_articles_are_scored_in_this_process():
    out = list(score_stream(_articles(3), Settings(), jobs=4, transform=_die_on_id))
    assert [o.result for o in out] == ["a0", "a1", "a2"]


@pytest.mark.parametrize("bad", ["nope", "lexicon"])
def test_bad_settings_are_errors_of_every_record_not_a_crash(bad):
    out = list(score_stream(_articles(2), Settings(sentiment=bad if bad == "nope" else "model", cues="model" if bad == "nope" else bad), jobs=1))
    assert all(not o.ok and o.error for o in out)


_STOP_EARLY = """
import sys
sys.path[:0] = {paths!r}
from conftest import demo_texts
from framing.scoring import score_many

if __name__ == "__main__":
    texts = demo_texts() * 4
    for _ in range(5):
        scores = score_many(iter(texts), jobs=2)
        next(scores)
        scores.close()  # a consumer that stops reading: workers are stopped mid-answer
    print("exiting")
"""


def test_stopping_early_leaves_nothing_that_keeps_the_interpreter_from_exiting(tmp_path):
    """Stopping a parallel run halfway (Ctrl-C, a reader that stops) used to leave a thread
    blocked on a half-sent answer, and the interpreter then hung at exit."""
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "stop_early.py"
    script.write_text(_STOP_EARLY.format(paths=[str(Path(__file__).parent), str(Path(__file__).parents[1])]))
    try:
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        pytest.fail("the interpreter did not exit after a parallel run was stopped early")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "exiting"


@pytest.mark.parametrize("jobs", [1, 2])
def test_lexicons_that_fail_to_load_raise_the_same_error_in_one_process_or_many(jobs):
    from framing.errors import ResourceError

    with pytest.raises(ResourceError, match="nonexistent"):
        list(score_stream(_articles(20), Settings(lexicons="/nonexistent/lexicons"), jobs=jobs))


class _DiesOnArrival:
    """A transform whose unpickling kills the worker process that receives it: a worker that
    dies while it loads."""

    def __call__(self, score):
        return score

    def __reduce__(self):
        return (os._exit, (3,))


def test_workers_that_die_while_loading_stop_the_run_with_one_error_not_a_loop():
    from framing.errors import FramingError

    big = [Article(text=("The council said the bridge may reopen. " * 800), id=f"b{k}") for k in range(16)]
    with pytest.raises(FramingError, match="died while loading"):
        list(score_stream(big, Settings(), jobs=2, transform=_DiesOnArrival()))


def _unpicklable(score):
    return lambda: score.article.id


def test_a_result_that_cannot_be_sent_back_is_that_articles_error():
    out = list(score_stream(_articles(18), Settings(), jobs=2, transform=_unpicklable, chunksize=4))
    assert len(out) == 18 and all("cannot be sent" in o.error for o in out)
