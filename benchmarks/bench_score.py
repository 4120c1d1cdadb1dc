"""Scoring speed against the shared reference pipeline, measured in the same run.

    python benchmarks/bench_score.py [ARTICLES.jsonl] [N]

ARTICLES.jsonl defaults to ../shared/data/article_bias_prediction_sample/articles_subset.jsonl
(text in ``content_original``); the reference is ../shared/bench/reference_pipeline.py (Punkt,
Treebank tokens, VADER per sentence). Prints articles per second for both and their ratio
(framing's time per article / the reference's); lower is better.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load(path: Path, n: int) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(texts) >= n:
                break
            texts.append(json.loads(line).get("content_original") or "")
    return texts


def rate(fn, texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return len(texts) / (time.perf_counter() - start)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else SHARED / "data" / "article_bias_prediction_sample" / "articles_subset.jsonl"
    n = int(argv[2]) if len(argv) > 2 else 200
    if not path.is_file():
        print(f"skipped: {path} not found (give the articles as the first argument)")
        return 0
    sys.path.insert(0, str(SHARED / "bench"))
    from reference_pipeline import ReferencePipeline

    import framing
    from framing.lexicon import load_lexicons

    texts = [t for t in load(path, n) if t.strip()]
    lex = load_lexicons()
    framing.score(texts[0], lex)  # warm caches (lexicons, VADER, CMUdict)
    ref = ReferencePipeline()
    ref_rate = rate(ref.process, texts)
    our_rate = rate(lambda t: framing.score(t, lex), texts)
    print(f"articles={len(texts)}")
    print(f"reference_articles_per_s={ref_rate:.2f}")
    print(f"framing_articles_per_s={our_rate:.2f}")
    print(f"time_ratio={ref_rate / our_rate:.2f}  (framing time per article / reference; goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
