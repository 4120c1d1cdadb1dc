"""Speed of the target-dependent sentiment model in batch: mentions per second on one core.

    python benchmarks/bench_sentiment.py [NEWSMTSC.jsonl]

Predicts every target of the file (default ../shared/data/newsmtsc/train.jsonl) with
framing.measures.sentiment_model.predict (features and model), after loading the model and the
word clusters once.
The goal is at least 5,000 mentions per second per core.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "data" / "newsmtsc" / "train.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found (give a NewsMTSC JSONL file as the first argument)")
        return 0
    from framing.lexicon import load_lexicons
    from framing.measures.sentiment import word_valences
    from framing.measures.sentiment_model import load_sentiment_model, predict
    from framing.measures.target_features import TargetContext
    from framing.measures.word_clusters import load_word_clusters

    contexts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        spans = [(t["from"], t["to"]) for t in record["targets"]]
        for s, e in spans:
            contexts.append(TargetContext(record["sentence_normalized"], s, e, tuple(x for x in spans if x != (s, e))))
    valences = word_valences(load_lexicons())
    model = load_sentiment_model()
    load_word_clusters()  # loaded once, as the model is, before the clock starts
    began = time.perf_counter()
    for ctx in contexts:
        predict(ctx, valences, model)
    elapsed = time.perf_counter() - began
    print(f"mentions={len(contexts)} seconds={elapsed:.2f}")
    print(f"mentions_per_s={len(contexts) / elapsed:.0f}  (goal >= 5000 per core)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
