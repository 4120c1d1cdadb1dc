"""Train framing's models from the shared annotated data: ``python -m framing.train WHAT --data DIR``.

- ``attribution --data POLNEAR/data/train``: the attribution cue detector
  (:mod:`framing.measures.cue_model`), a logistic regression over token features, trained on
  the PolNeAR train compartment only.
- ``sentiment --data NEWSMTSC/train.jsonl``: the target-dependent sentiment model
  (:mod:`framing.measures.sentiment_model`), a multinomial logistic regression over the features
  of :mod:`framing.measures.target_features`, trained on NewsMTSC's train split only (its dev
  splits served for model choice).

- ``clusters --data TEXTS...``: the word clusters (:mod:`framing.measures.word_clusters`) that
  the cue detector uses, from unannotated news text: JSON Lines files (the ``content_original``
  or ``text`` field) and folders of ``.txt`` files. The shipped clusters come from
  ``../shared/data/article_bias_prediction_sample/articles_subset.jsonl`` and the PolNeAR train
  compartment's ``text`` folder; train them before the cue detector.

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

__all__ = ["train_attribution", "train_sentiment", "train_clusters", "main"]

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "lexicons" / "models"


def _fit_binary(rows: list[list[str]], labels: list[int], c: float, min_count: int):
    """A logistic regression over binary features given by name; returns (name -> weight, bias)."""
    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for names in rows for k in names)
    vocab = sorted(k for k, n in counts.items() if n >= min_count)
    index = {k: i for i, k in enumerate(vocab)}
    indptr, indices = [0], []
    for names in rows:
        indices.extend(sorted({index[k] for k in names if k in index}))
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(matrix, np.array(labels))
    return dict(zip(vocab, (float(w) for w in model.coef_[0]))), float(model.intercept_[0])


def train_attribution(
    data: str | Path, min_count: int = 3, c: float = 0.5, c2: float = 0.2, folds: int = 5,
    prune: float = 0.05, threshold: float = 0.45,
) -> dict:
    """Fit the two-stage cue detector on a PolNeAR compartment; return the model as plain data.

    Stage one is fitted on every article; stage two on stage one's ``folds``-fold cross-validated
    probabilities (articles dealt to folds in name order), so that it learns from probabilities
    like those it will see on new text. Features seen fewer than ``min_count`` times are dropped;
    weights below ``prune`` in absolute value are left out of the shipped model.
    """
    import math

    from framing.article import Article
    from framing.evaluate.polnear import read_polnear
    from framing.lexicon import load_lexicons
    from framing.measures.cue_model import stack_feature_names, token_feature_names
    from framing.parsing import parse

    lex = load_lexicons()
    articles = []
    for name, text, gold in read_polnear(data, lex):
        doc = parse(Article(text=text, id=name), lex)
        cues = sorted((r.cue.start, r.cue.end) for r in gold if r.cue is not None)
        labels = [int(any(s < tok.end and tok.start < e for s, e in cues)) for tok in doc.tokens]
        articles.append((doc, token_feature_names(doc, lex), labels))

    def probabilities(names: list[list[str]], weights: dict[str, float], bias: float) -> list[float]:
        out = []
        for f in names:
            z = bias + sum(weights.get(k, 0.0) for k in f)
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0)
        return out

    held_out: list[list[float]] = [[] for _ in articles]
    for fold in range(folds):
        train = [a for j, a in enumerate(articles) if j % folds != fold]
        weights, bias = _fit_binary([f for _, names, _ in train for f in names], [y for *_, ys in train for y in ys], c, min_count)
        for j, (_, names, _) in enumerate(articles):
            if j % folds == fold:
                held_out[j] = probabilities(names, weights, bias)
    weights, bias = _fit_binary([f for _, names, _ in articles for f in names], [y for *_, ys in articles for y in ys], c, min_count)
    stacked = [
        base + extra
        for (doc, names, _), probs in zip(articles, held_out)
        for base, extra in zip(names, stack_feature_names(doc, probs))
    ]
    weights2, bias2 = _fit_binary(stacked, [y for *_, ys in articles for y in ys], c2, min_count)
    kept = {k: round(w, 4) for k, w in weights.items() if abs(w) >= prune}
    kept2 = {k: round(w, 4) for k, w in weights2.items() if abs(w) >= prune}
    tokens = sum(len(ys) for *_, ys in articles)
    return {
        "weights": kept,
        "bias": round(bias, 6),
        "stage2": {"weights": kept2, "bias": round(bias2, 6)},
        "threshold": threshold,
        "meta": {
            "model": "two stacked logistic regressions over token features (framing.measures.cue_model)",
            "trained_on": f"PolNeAR {Path(data).name} compartment: {len(articles)} articles, {tokens} tokens",
            "c": c,
            "c2": c2,
            "folds": folds,
            "min_count": min_count,
            "prune": prune,
            "features": len(kept) + len(kept2),
        },
    }


def read_newsmtsc(path: str | Path):
    """Yield ``(TargetContext, label)`` for every target of a NewsMTSC JSONL file (polarity 2.0
    negative, 4.0 neutral, 6.0 positive; ``to`` is exclusive). The other actors masked in each
    context are those framing's actor measure finds in the sentence, as when scoring."""
    from framing.article import Article
    from framing.lexicon import load_lexicons
    from framing.measures.actor_types import masked
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
            mentions = [(m.start, m.end) for a in find_actors(doc, lex).actors for m in a.mentions if masked(a.type, m)]
            for t in record["targets"]:
                start, end = t["from"], t["to"]
                others = tuple((s, e) for s, e in mentions if e <= start or s >= end)
                yield TargetContext(sentence, start, end, others), labels[float(t["polarity"])]


def train_sentiment(data: str | Path, c: float = 0.1, min_count: int = 2, prune: float = 0.02) -> dict:
    """Fit the target-dependent sentiment model on a NewsMTSC file; return it as plain data.

    Features seen fewer than ``min_count`` times are dropped, and weights whose largest absolute
    value over the three classes is below ``prune`` are left out of the shipped model. The classes
    keep the weight of their share of the data (no re-balancing): balanced weights made the model
    call a target positive far more often than news writing does (on BASIL's spans, 327 positive
    calls for 218 positive spans; macro-F1 0.624 against 0.650 unbalanced, NewsMTSC dev about
    the same).
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
    model = LogisticRegression(C=c, max_iter=3000)
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
            "class_weight": "none (the classes' shares in the data)",
            "min_count": min_count,
            "prune": prune,
            "features": len(weights),
        },
    }


def _unannotated_texts(sources: list[str | Path]):
    """Texts of JSON Lines files (``content_original`` or ``text``) and folders of ``.txt`` files."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for txt in sorted(path.glob("*.txt")):
                yield txt.read_text(encoding="utf-8", errors="replace")
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    yield record.get("content_original") or record.get("text") or ""


def train_clusters(
    sources: list[str | Path], vocabulary: int = 30000, contexts: int = 3000, dimensions: int = 100,
    granularities: tuple[int, ...] = (100, 400, 1000), min_count: int = 5,
) -> str:
    """Cluster the ``vocabulary`` most frequent words of ``sources`` (seen at least ``min_count``
    times) by their neighbours; return the clusters file's text (TSV, with its header comments).

    Each word's vector counts the ``contexts`` most frequent words at offsets -2, -1, +1 and +2
    (framing's own tokens, lower-cased), weighted by positive pointwise mutual information with
    context-distribution smoothing (counts ** 0.75), reduced by truncated SVD to ``dimensions``,
    normalised, and grouped by k-means once per granularity. Deterministic (fixed seeds).
    """
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    from framing.article import Article
    from framing.lexicon import load_lexicons
    from framing.parsing import parse

    lex = load_lexicons()
    documents = [[t.lower for t in parse(Article(text=text), lex).tokens] for text in _unannotated_texts(sources) if text.strip()]
    counts = Counter(w for words in documents for w in words)
    vocab = [w for w, c in counts.most_common(vocabulary) if c >= min_count and "\t" not in w]
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, w in enumerate(vocab[:contexts])}
    rows: list[int] = []
    cols: list[int] = []
    for words in documents:
        ids = [index.get(w, -1) for w in words]
        ctx = [context.get(w, -1) for w in words]
        n = len(words)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for slot, offset in enumerate((-2, -1, 1, 2)):
                j = i + offset
                if 0 <= j < n and ctx[j] >= 0:
                    rows.append(wi)
                    cols.append(slot * contexts + ctx[j])
    shape = (len(vocab), 4 * contexts)
    matrix = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=shape).tocsr().tocoo()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(1)).ravel()
    col_weights = np.asarray(matrix.sum(0)).ravel() ** 0.75
    col_weights = col_weights / col_weights.sum() * total
    pmi = np.log(matrix.data * total / (row_sums[matrix.row] * col_weights[matrix.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (matrix.row[keep], matrix.col[keep])), shape=shape)
    vectors = normalize(TruncatedSVD(dimensions, random_state=0).fit_transform(ppmi))
    labels = [MiniBatchKMeans(k, random_state=0, n_init=3, batch_size=4096).fit(vectors).labels_ for k in granularities]
    names = ", ".join("/".join(Path(s).parts[-3:]) for s in sources)
    lines = [
        "# Word clusters for the attribution cue detector (framing.measures.word_clusters).",
        f"# Computed by `python -m framing.train clusters` from unannotated news text ({names}: "
        f"{len(documents)} texts, {sum(counts.values())} tokens): the {len(vocab)} most frequent words, "
        f"PPMI over neighbours at -2..+2, SVD to {dimensions} dimensions, k-means at {', '.join(map(str, granularities))}.",
        "# Words and cluster numbers only; no text of the corpus. Licence: MIT, like framing's code.",
        "\t".join(["word", *(f"c{k}" for k in granularities)]),
    ]
    lines.extend("\t".join([w, *(str(int(lab[i])) for lab in labels)]) for i, w in enumerate(vocab))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["attribution", "sentiment", "clusters"], help="which model to train")
    parser.add_argument("--data", required=True, nargs="+",
                        help="the training data (attribution: PolNeAR data/train; sentiment: NewsMTSC train.jsonl; "
                             "clusters: JSON Lines files and folders of .txt files)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="folder to write the model to")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.what == "clusters":
        from framing.measures.word_clusters import CLUSTERS_FILE

        text = train_clusters(args.data)
        path = out / CLUSTERS_FILE
        path.write_text(text, encoding="utf-8")
        sys.stderr.write(f"wrote {path} ({text.count(chr(10)) - 5} words) in {time.perf_counter() - began:.0f} s\n")
        return 0
    if len(args.data) != 1:
        parser.error(f"{args.what} takes one --data path")
    if args.what == "attribution":
        from framing.measures.cue_model import MODEL_FILE

        model = train_attribution(args.data[0])
        path = out / MODEL_FILE
    else:
        from framing.measures.sentiment_model import MODEL_FILE as SENTIMENT_FILE

        model = train_sentiment(args.data[0])
        path = out / SENTIMENT_FILE
    path.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    sys.stderr.write(f"wrote {path} ({model['meta']['features']} features) in {time.perf_counter() - began:.0f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
