"""Train framing's models from the shared annotated data: ``python -m framing.train WHAT --data DIR``.

- ``attribution --data POLNEAR/data/train``: the attribution cue detector
  (:mod:`framing.measures.cue_model`), a logistic regression over token features, trained on
  the PolNeAR train compartment only.
- ``sentiment --data NEWSMTSC/train.jsonl``: the target-dependent sentiment model
  (:mod:`framing.measures.sentiment_model`), a multinomial logistic regression over the features
  of :mod:`framing.measures.target_features`, trained on NewsMTSC's train split only (its dev
  splits served for model choice).

Weights are written as plain JSON (``--out``, default the ``lexicons/models`` folder of this
checkout), never pickled, and can be reloaded without running code. Training is deterministic.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

__all__ = ["train_attribution", "train_sentiment", "main"]

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "lexicons" / "models"


def train_attribution(data: str | Path, min_count: int = 3, c: float = 0.5, prune: float = 0.2, threshold: float = 0.45) -> dict:
    """Fit the cue detector on a PolNeAR compartment; return the model as plain data.

    Features seen fewer than ``min_count`` times are dropped; weights below ``prune`` in absolute
    value are dropped from the shipped model (dev F1 is unchanged at 0.2).
    """
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from framing.article import Article
    from framing.evaluate.polnear import read_polnear
    from framing.lexicon import load_lexicons
    from framing.measures.cue_model import token_features
    from framing.parsing import parse

    lex = load_lexicons()
    features: list[dict[str, float]] = []
    labels: list[int] = []
    documents = 0
    for name, text, gold in read_polnear(data, lex):
        doc = parse(Article(text=text, id=name), lex)
        cues = sorted((r.cue.start, r.cue.end) for r in gold if r.cue is not None)
        for tok, f in zip(doc.tokens, token_features(doc, lex)):
            features.append(f)
            labels.append(int(any(s < tok.end and tok.start < e for s, e in cues)))
        documents += 1
    counts = Counter(k for f in features for k in f)
    features = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in features]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, np.array(labels))
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0]) if abs(w) >= prune}
    return {
        "weights": weights,
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "meta": {
            "model": "logistic regression over token features (framing.measures.cue_model)",
            "trained_on": f"PolNeAR {Path(data).name} compartment: {documents} articles, {len(labels)} tokens",
            "c": c,
            "min_count": min_count,
            "prune": prune,
            "features": len(weights),
        },
    }


def read_newsmtsc(path: str | Path):
    """Yield ``(TargetContext, label)`` for every target of a NewsMTSC JSONL file (polarity 2.0
    negative, 4.0 neutral, 6.0 positive; ``to`` is exclusive). The other actors masked in each
    context are those framing's actor measure finds in the sentence, as when scoring."""
    from framing.article import Article
    from framing.lexicon import load_lexicons
    from framing.measures.actors import find_actors
    from framing.measures.target_features import TargetContext
    from framing.parsing import parse

    lex = load_lexicons()

    labels = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            sentence = record["sentence_normalized"]
            doc = parse(Article(text=sentence), lex)
            mentions = [(m.start, m.end) for a in find_actors(doc, lex).actors if a.type != "group"
                        for m in a.mentions if m.rule != "pronoun"]
            for t in record["targets"]:
                start, end = t["from"], t["to"]
                others = tuple((s, e) for s, e in mentions if e <= start or s >= end)
                yield TargetContext(sentence, start, end, others), labels[float(t["polarity"])]


def train_sentiment(data: str | Path, c: float = 0.1, min_count: int = 2, prune: float = 0.02) -> dict:
    """Fit the target-dependent sentiment model on a NewsMTSC file; return it as plain data.

    Features seen fewer than ``min_count`` times are dropped, and weights whose largest absolute
    value over the three classes is below ``prune`` are left out of the shipped model.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from framing.lexicon import load_lexicons
    from framing.measures.sentiment import word_valences
    from framing.measures.sentiment_model import CLASSES
    from framing.measures.target_features import target_features

    valences = word_valences(load_lexicons())
    pairs = list(read_newsmtsc(data))
    features = [target_features(ctx, valences) for ctx, _ in pairs]
    labels = [CLASSES.index(label) for _, label in pairs]
    counts = Counter(k for f in features for k in f)
    features = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in features]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    coef = model.coef_  # classes in order 0, 1, 2 = CLASSES
    weights = {
        str(n): [round(float(coef[0][k]), 4), round(float(coef[1][k]), 4), round(float(coef[2][k]), 4)]
        for k, n in enumerate(names)
        if max(abs(coef[0][k]), abs(coef[1][k]), abs(coef[2][k])) >= prune
    }
    return {
        "weights": weights,
        "bias": [round(float(b), 6) for b in model.intercept_],
        "meta": {
            "model": "multinomial logistic regression over target features (framing.measures.target_features)",
            "classes": list(CLASSES),
            "trained_on": f"NewsMTSC {Path(data).name}: {len(labels)} targets",
            "c": c,
            "min_count": min_count,
            "prune": prune,
            "features": len(weights),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["attribution", "sentiment"], help="which model to train")
    parser.add_argument("--data", required=True,
                        help="the training data (attribution: PolNeAR data/train; sentiment: NewsMTSC train.jsonl)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="folder to write the model to")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.what == "attribution":
        from framing.measures.cue_model import MODEL_FILE

        model = train_attribution(args.data)
        path = out / MODEL_FILE
    else:
        from framing.measures.sentiment_model import MODEL_FILE as SENTIMENT_FILE

        model = train_sentiment(args.data)
        path = out / SENTIMENT_FILE
    path.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    sys.stderr.write(f"wrote {path} ({model['meta']['features']} features) in {time.perf_counter() - began:.0f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
