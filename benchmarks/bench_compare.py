"""Speed of ``framing compare`` against scoring alone, measured in the same run.

    python benchmarks/bench_compare.py [ARTICLES.jsonl] [N]

ARTICLES.jsonl defaults to ../shared/data/article_bias_prediction_sample/articles_subset.jsonl
(text in ``content_original``, outlet in ``source``), N to all of it (4,000 articles). Reads the
articles once, scores them (time S), then compares the outlets from those scores (time C: the
tables, the distinctive words from one tokenization per text, and the permutation tests with the
default 2,000 shuffles). ``framing compare`` does both, so its time over scoring's is (S + C) / S;
the goal is at most 1.2.
"""
from __future__ import annotations

import sys
import time
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SHARED / "data" / "article_bias_prediction_sample" / "articles_subset.jsonl"
    n = int(argv[2]) if len(argv) > 2 else None
    if not path.is_file():
        print(f"skipped: {path} not found (give the articles as the first argument)")
        return 0
    import framing
    from framing.comparison import compare
    from framing.corpus import ReadError, read_articles
    from framing.lexicon import load_lexicons

    articles = [a for a in islice(read_articles([path], text_field="content_original"), n) if not isinstance(a, ReadError)]
    lex = load_lexicons()
    framing.score(articles[0], lex)  # warm caches (lexicons, VADER, CMUdict)
    compare([framing.score(articles[0], lex)], lexicons=lex)  # warm the stop words and numpy

    start = time.perf_counter()
    scores = [framing.score(a, lex) for a in articles]
    s = time.perf_counter() - start
    start = time.perf_counter()
    result = compare(scores, lexicons=lex)
    c = time.perf_counter() - start

    print(f"articles={len(scores)} outlets={len(result.outlets)} events={len(result.events)}")
    print(f"score_seconds={s:.2f}")
    print(f"compare_seconds={c:.2f}  (tables, wording and permutation tests from the scores)")
    print(f"time_ratio={(s + c) / s:.3f}  (framing compare / scoring alone; goal <= 1.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
