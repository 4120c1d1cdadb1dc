"""Distinctive wording of left, center and right outlets on the same stories (AllSides, NeuS data).

    python benchmarks/allsides_wording.py [headline_11_2021-10-19_crawled_all.jsonl] [TOP]

Each AllSides story gives the headline and lead paragraphs of a left-, a center- and a right-rated
outlet covering it (Lee et al. 2022, NeuS, NAACL). Pooled over the stories that have all three
sides, each side's words are counted with framing's tokens and stop words and compared with the
other two sides by the table ``framing compare`` uses (log-odds with an informative Dirichlet prior,
Monroe, Colaresi and Quinn 2008). Prints the TOP words per side with their z-scores and counts.
Since every story is covered by all three sides, the words reflect how the sides word the same
news, not which news they choose.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "data" / "allsides_neus" / "raw_crawled" / "headline_11_2021-10-19_crawled_all.jsonl"
SIDES = ("left", "center", "right")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    top = int(argv[2]) if len(argv) > 2 else 15
    if not path.is_file():
        print(f"skipped: {path} not found (give the JSONL file as the first argument)")
        return 0
    from framing.wording import count_words, distinctive_words, stopwords

    stop = stopwords()
    counts = {side: Counter() for side in SIDES}
    stories = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        news = json.loads(line).get("news") or {}
        if not all(news.get(side) for side in SIDES):
            continue
        stories += 1
        for side in SIDES:
            item = news[side]
            counts[side].update(count_words([item.get("newsTitle") or "", " ".join(item.get("newBody") or [])], stop))
    print(f"stories with left, center and right coverage: {stories}; words counted: "
          + ", ".join(f"{s} {sum(c.values())}" for s, c in counts.items()))
    for side, words in distinctive_words(counts, top=top, min_count=5).items():
        print(f"{side:>6}: " + ", ".join(f"{w.term} {w.z:.1f} ({w.count}/{w.other_count})" for w in words))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
