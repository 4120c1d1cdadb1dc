"""Batch scoring: speed against the reference pipeline, parallel speed-up, and peak memory, in one run.

    python benchmarks/bench_batch.py [ARTICLES.jsonl] [--limit N] [--repeat 10] [--no-repeat]

ARTICLES.jsonl defaults to ../shared/data/article_bias_prediction_sample/articles_subset.jsonl (4,000
real articles, text in ``content_original``). Prints:

1. articles/s of full scoring (``framing.score``, every measure) in one process, and of the shared
   reference pipeline (../shared/bench/reference_pipeline.py: Punkt, Treebank, VADER per sentence)
   on the same texts in the same run, and their ratio: framing's time per article / the
   reference's (goal: at most 1.5);
2. articles/s of ``framing score ARTICLES -o out.jsonl --jobs 1`` and ``--jobs 2`` (reading,
   scoring and writing JSON Lines, process start included) and the speed-up (goal: at least 1.8
   on two cores);
3. peak memory (resident set, the largest process; with psutil also the sum over the run's
   processes) of ``framing score -o out.csv --jobs 2`` on the articles and on the articles
   repeated ``--repeat`` times (40,000; goal: at most 300 MB, and the same for both). This part
   takes longest; ``--no-repeat`` leaves out the repeated run.

The goals are the issue's; the script prints the figures whether or not they are met.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT = SHARED / "data" / "article_bias_prediction_sample" / "articles_subset.jsonl"


def load(path: Path, n: int | None) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if n is not None and len(texts) >= n:
                break
            texts.append(json.loads(line).get("content_original") or "")
    return [t for t in texts if t.strip()]


def rate(fn, texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return len(texts) / (time.perf_counter() - start)


def _tree_rss(pid: int) -> tuple[int, int]:
    """(sum, largest) resident set size in bytes of a process and its descendants."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    sizes = []
    for p in procs:
        try:
            sizes.append(p.memory_info().rss)
        except psutil.Error:
            pass
    return sum(sizes), max(sizes, default=0)


def run_cli(args: list[str]) -> tuple[float, float, float | None]:
    """Run ``framing score ARGS`` (quiet); (seconds, the largest process's peak RSS in MB, the
    peak of the sum over its processes in MB). Sampled every second with psutil; without psutil,
    the largest process from getrusage (a maximum over every run so far) and no sum."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cmd = [sys.executable, "-m", "framing", "score", *args, "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks = [0, 0]
    try:
        import psutil  # noqa: F401

        def sample():
            while proc.poll() is None:
                total, largest = _tree_rss(proc.pid)
                peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], largest)
                time.sleep(1.0)

        threading.Thread(target=sample, daemon=True).start()
        have_psutil = True
    except ImportError:
        have_psutil = False
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"framing score failed ({proc.returncode}): {err.strip()[-500:]}")
    if have_psutil:
        return elapsed, peaks[1] / 2**20, peaks[0] / 2**20
    return elapsed, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024, None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (default: all)")
    parser.add_argument("--repeat", type=int, default=10, help="repeat the articles this many times for the memory run")
    parser.add_argument("--no-repeat", action="store_true", help="leave out the repeated memory run")
    args = parser.parse_args(argv[1:])
    path = Path(args.articles)
    if not path.is_file():
        print(f"skipped: {path} not found (give the articles as the first argument)")
        return 0
    sys.path.insert(0, str(SHARED / "bench"))
    from reference_pipeline import ReferencePipeline

    import framing
    from framing.lexicon import load_lexicons

    texts = load(path, args.limit)
    print(f"articles={len(texts)} file={path}")
    lex = load_lexicons()
    framing.score(texts[0], lex)  # warm caches (lexicons, models, VADER, CMUdict)
    ref = ReferencePipeline()
    ref_rate = rate(ref.process, texts)
    our_rate = rate(lambda t: framing.score(t, lex), texts)
    print(f"reference_articles_per_s={ref_rate:.2f}")
    print(f"framing_articles_per_s={our_rate:.2f}  (full scoring, one process)")
    print(f"time_ratio={ref_rate / our_rate:.2f}  (framing time per article / reference; goal <= 1.5)")
    sys.stdout.flush()

    tmp = Path(tempfile.mkdtemp(prefix="framing-bench-"))
    try:
        source = tmp / "articles.jsonl"
        with open(path, encoding="utf-8") as f, open(source, "w", encoding="utf-8") as out:
            for k, line in enumerate(f):
                if args.limit is not None and k >= args.limit:
                    break
                out.write(line)
        n = sum(1 for _ in open(source, encoding="utf-8"))
        rates = {}
        for jobs in (1, 2):
            seconds, largest, total = run_cli([str(source), "-o", str(tmp / f"out{jobs}.jsonl"), "--jobs", str(jobs)])
            rates[jobs] = n / seconds
            print(f"cli_jobs{jobs}_articles_per_s={rates[jobs]:.2f}  ({seconds:.1f} s, reading + scoring + writing JSON Lines)")
            (tmp / f"out{jobs}.jsonl").unlink()
            sys.stdout.flush()
        print(f"speedup_jobs2_over_jobs1={rates[2] / rates[1]:.2f}  (goal >= 1.8)")
        sys.stdout.flush()
        runs = [(n, source)]
        if not args.no_repeat:
            repeated = tmp / "repeated.jsonl"
            with open(repeated, "wb") as out:
                for _ in range(args.repeat):
                    with open(source, "rb") as f:
                        shutil.copyfileobj(f, out)
            runs.append((n * args.repeat, repeated))
        for count, file in runs:
            seconds, largest, total = run_cli([str(file), "-o", str(tmp / "mem.csv"), "--jobs", "2"])
            summed = f", sum over processes {total:.0f} MB" if total is not None else ""
            print(f"peak_memory_{count}_articles: largest process {largest:.0f} MB{summed}  "
                  f"({count / seconds:.1f} articles/s, --jobs 2, CSV; goal <= 300 MB and flat)")
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
