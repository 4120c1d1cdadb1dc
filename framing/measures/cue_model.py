"""A trained detector of attribution cues: is this token part of a cue?

Two logistic regressions, stacked. The first reads the token and its neighbours (words, suffixes,
word pairs, and their word clusters, :mod:`framing.measures.word_clusters`), whether it is a
reporting verb of ``reporting_verbs.tsv`` (and of which kind and frame), whether a verb of
speech comes earlier or later in the sentence (and with "that", a comma or "and" between: a
reporting verb inside another's reported clause is that clause's content, not a cue of the
writer's), capitalisation, the position of quotation marks and of "that" / "to" after it, a
pronoun or capitalised word just before (a subject), the position in the sentence. The second
reads the same features plus the first's probabilities for the token, its neighbours and the
most likely cue before and after it in the sentence, so that one confident cue can make a
neighbour less (or more) likely. Both are trained on the PolNeAR train compartment (Newell,
Margolin and Ruths 2018) by ``python -m framing.train attribution``, the second on the first's
five-fold cross-validated probabilities; the weights ship as plain JSON
(``lexicons/models/attribution_cues.json``: feature -> weight, bias, and the same for
``stage2``; threshold), never a pickle. Adjacent cue tokens (at most one token apart, in one
sentence) make one cue span; a span's probability is its highest token's.

The model finds cues that a word list cannot decide alone: belief and intention ("wants",
"believes"), stance ("endorsed", "criticized"), data ("polls show"), a colon before a quotation,
and it rejects reporting words that are nouns or idioms ("his tweet", "no way to tell").
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from framing.article import Document
from framing.lexicon import Lexicons
from framing.measures.cue_features import (
    _FLAGS, _SPEECH_SHIFT, _clusters_of, _rest_names, _sentence_contexts, _stem, _word_group_names,
    stack_feature_names, token_feature_names,
)
from framing.measures.word_clusters import WordClusters, load_word_clusters
from framing.model_files import derived, read_model

__all__ = [
    "CueModel", "CueSpan", "token_feature_names", "stack_feature_names", "token_probabilities",
    "load_cue_model", "predict_cues", "MODEL_FILE",
]

MODEL_FILE = "attribution_cues.json"


@dataclass(frozen=True)
class CueModel:
    """Stage one (``weights``, ``bias``) and, where present, stage two (``stage2_weights``,
    ``stage2_bias``) of the detector; a token is a cue where the last stage's probability
    exceeds ``threshold``."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict
    stage2_weights: dict[str, float] | None = None
    stage2_bias: float = 0.0


@dataclass(frozen=True)
class CueSpan:
    """Tokens ``[token_start, token_end)`` predicted to be a cue, with the highest token
    probability in the span."""

    token_start: int
    token_end: int
    probability: float


@functools.lru_cache(maxsize=4)
def load_cue_model(path: str | None = None) -> CueModel:
    """The shipped cue model (or the JSON file at ``path``)."""
    data = read_model(MODEL_FILE, path, "attribution cue model")
    stage2 = data.get("stage2")
    return CueModel(
        data["weights"], float(data["bias"]), float(data["threshold"]), data.get("meta", {}),
        stage2["weights"] if stage2 else None, float(stage2["bias"]) if stage2 else 0.0,
    )


def token_probabilities(doc: Document, lexicons: Lexicons, model: CueModel, clusters: WordClusters | None = None) -> list[float]:
    """The model's cue probability for every token of ``doc`` (the last stage's): the sums over
    :func:`token_feature_names`, added in a fixed order (the token's other features, its word
    pairs, the features of each of its five words, its two pairs of clusters). The weights of a
    word's features are summed once and kept (a bounded cache per model), and word pairs and
    pairs of clusters are looked up by pair in tables split from the model (:class:`_Tables`),
    so that no feature name is built per token; this makes the detector several times faster.

    Both stages' sums are added at once as one complex number (stage one's in the real part,
    stage two's in the imaginary): Python adds complex numbers part by part, so each part is
    the same float as if added alone, in half the operations."""
    clusters = clusters or load_word_clusters()
    t = _caches(model, clusters)
    words, rest_sums, speech = t.words, t.rests, t.speech
    common = (1 << _SPEECH_SHIFT) - 1
    bigram, stem_pair, skip_pair = t.bigrams.get, t.stem_pairs.get, t.skip_pairs.get
    zero4 = (0j,) * 4
    three = len(clusters.granularities) == 3
    sums: list[complex] = []
    for _, padded, rests in _sentence_contexts(doc, lexicons):
        entries = []
        for w in padded:
            e = words.get(w)
            if e is None:
                e = words[w] = _word_entry(w, clusters, t)
            entries.append(e)
        n = len(rests)
        # at each place p: the pairs of words (word p, word p + 1); the word before and the
        # token's stem (for the token at p + 1); the clusters of the word before with the
        # token's (left, for the token at p + 1) and of the token with the word after (right, p)
        pairs = [bigram((padded[p], padded[p + 1]), zero4) for p in range(n + 3)]
        stems = [stem_pair((padded[p], entries[p + 1][6]), 0j) for p in range(1, n + 1)]
        lefts = _cluster_sums(entries, 7, 1, n + 1, three)
        rights = _cluster_sums(entries, 8, 2, n + 2, three)
        for r, rest in enumerate(rests):
            # the token's other features: the sums of those up to the verbs of speech kept by
            # their set (as one name list, :func:`_rest_names`), then those of the verbs of speech
            if rest.__class__ is int:
                bits = rest
                key = bits & common
            else:
                bits = rest[0]
                key = (bits & common, rest[1])
            s = rest_sums.get(key)
            if s is None:
                s = rest_sums[key] = _sums(_rest_names(key), t.weights)
            for x in speech[bits >> _SPEECH_SHIFT]:
                s += x
            _, e_m1, e_w, e_p1, _ = entries[r : r + 5]
            # w-1w, st-1, ww+1, w-2w-1, w+1w+2, w-1w+1; the token, the word before, after, two
            # before, two after; the clusters of the word before with the token's, the token's
            # with the word after's
            sums.append(
                s + pairs[r + 1][0] + stems[r] + pairs[r + 2][1] + pairs[r][2] + pairs[r + 3][3]
                + skip_pair((padded[r + 1], padded[r + 3]), 0j)
                + e_w[0] + e_m1[1] + e_p1[2] + entries[r][3] + entries[r + 4][4] + lefts[r] + rights[r]
            )
    bias1 = model.bias
    # the logistic function (exp overflows past 700)
    p1s = [1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0 for z in [bias1 + s.real for s in sums]]
    if model.stage2_weights is None:
        return p1s
    bias2 = model.stage2_bias
    return _second_stage(doc, p1s, [bias2 + s.imag for s in sums], t.stack)


def _cluster_sums(entries: list[tuple], side: int, start: int, stop: int, three: bool) -> list[complex]:
    """The weights of the pairs of clusters of each word of ``entries[start:stop]`` with the
    next word's, at every granularity (``side``: the index in :func:`_word_entry` of the first
    word's tables, second cluster -> weight). ``three``: there are three granularities, as in
    the shipped clusters, added without a loop (a loop costs a tenth of the detector's time).
    Where ``0j`` comes first, the sum only differs in the sign of a zero, which adds the same."""
    pairs = zip([e[side] for e in entries[start:stop]], [e[5] for e in entries[start + 1 : stop + 1]])
    if three:
        return [f[0].get(c[0], 0j) + f[1].get(c[1], 0j) + f[2].get(c[2], 0j) for f, c in pairs]
    out = []
    for firsts, seconds in pairs:
        g = 0j
        for table, c in zip(firsts, seconds):
            g += table.get(c, 0j)
        out.append(g)
    return out


def _word_entry(w: str, clusters: WordClusters, t: "_Tables") -> tuple:
    """The sums of a word's features as the token and as each of its neighbours (groups 0 to 4
    of :func:`_word_group_names`), its clusters, its stem, and the tables of the pairs of
    clusters it opens (:class:`_Tables`: ``left_clusters``, then ``right_clusters``)."""
    sums = [_sums(_word_group_names(group, w, clusters), t.weights) for group in range(5)]
    mine = _clusters_of(w, clusters)
    return (
        *sums, mine, _stem(w),
        tuple(table.get(c, _EMPTY) for table, c in zip(t.left_clusters, mine)),
        tuple(table.get(c, _EMPTY) for table, c in zip(t.right_clusters, mine)),
    )


_EMPTY: dict = {}


def _stack_tables(model: CueModel) -> dict[str, list[float]]:
    """The second stage's weights of :func:`stack_feature_names`, by bucket (index 5: ``B``,
    beyond the sentence; the pairs by ``5 * p0 + max``)."""
    w2 = model.stage2_weights or {}
    tables = {}
    for name in ("p0", "p-1", "p+1", "maxb", "maxa"):
        tables[name] = [w2.get(f"{name}={b}", 0.0) for b in (0, 1, 2, 3, 4, "B")]
    for name in ("p0maxb", "p0maxa"):
        tables[name] = [w2.get(f"{name}={a}_{b}", 0.0) for a in range(5) for b in range(5)]
    return tables


def _second_stage(doc: Document, probabilities: list[float], z2: list[float], tables: dict[str, list[float]]) -> list[float]:
    """The second stage's probabilities: ``z2`` (its sums over the first stage's features) plus
    the weights of :func:`stack_feature_names`, looked up by bucket."""
    t_p0, t_m1, t_p1 = tables["p0"], tables["p-1"], tables["p+1"]
    t_mb, t_ma, t_p0mb, t_p0ma = tables["maxb"], tables["maxa"], tables["p0maxb"], tables["p0maxa"]
    out = [0.0] * len(probabilities)
    exp = math.exp
    for s in doc.sentences:
        a, b = s.token_start, s.token_end
        n = b - a
        buckets = [min(4, int(p * 5)) for p in probabilities[a:b]]
        after = [0] * n
        best = 0
        for r in range(n - 3, -1, -1):
            if buckets[r + 2] > best:
                best = buckets[r + 2]
            after[r] = best
        best = 0
        for r in range(n):
            if r >= 2 and buckets[r - 2] > best:
                best = buckets[r - 2]
            p0, ma = buckets[r], after[r]
            z = (z2[a + r] + t_p0[p0] + t_m1[buckets[r - 1] if r > 0 else 5] + t_p1[buckets[r + 1] if r + 1 < n else 5]
                 + t_mb[best] + t_ma[ma] + t_p0mb[5 * p0 + best] + t_p0ma[5 * p0 + ma])
            out[a + r] = 1.0 / (1.0 + exp(-z)) if z > -700 else 0.0  # the logistic function (exp overflows past 700)
    return out


def _sums(names: list[str], weights: dict[str, complex]) -> complex:
    """The weights of ``names``, both stages, added in order (a name the model lacks adds nothing)."""
    s = 0j
    for name in names:
        x = weights.get(name)
        if x is not None:
            s += x
    return s


_CACHES: dict[tuple, tuple] = {}
# the families of word-pair features, and the pair each looks up: (word, next word) at a place
_ADJACENT = ("w-1w", "ww+1", "w-2w-1", "w+1w+2")


@dataclass(frozen=True)
class _Tables:
    """A model's weights as :func:`token_probabilities` reads them, each the complex number
    ``stage one weight + stage two weight * 1j``: feature -> weight; the word-pair features by
    pair of words (``bigrams``: the four families of ``_ADJACENT`` by two adjacent words, ``0j``
    where absent; ``stem_pairs``: the word before and the token's stem; ``skip_pairs``: the words
    before and after); the pairs of clusters at each granularity by the first cluster, then the
    second (``left_clusters``: the word before with the token's; ``right_clusters``: the token's
    with the word after's); the second stage's tables (:func:`_stack_tables`); the bounded cache
    of each word's sums, clusters, stem and tables of pairs of clusters (:func:`_word_entry`);
    the bounded cache of the sums of a token's other features up to the verbs of speech, by
    their bits (a few thousand sets recur); ``speech``: by the bits of the verbs of speech, the
    weights of their features in order."""

    weights: dict[str, complex]
    bigrams: dict[tuple[str, str], tuple[complex, ...]]
    stem_pairs: dict[tuple[str, str], complex]
    skip_pairs: dict[tuple[str, str], complex]
    left_clusters: tuple[dict[str, dict[str, complex]], ...]
    right_clusters: tuple[dict[str, dict[str, complex]], ...]
    stack: dict[str, list[float]]
    words: dict
    rests: dict
    speech: tuple[tuple[complex, ...], ...]


def _by_pair(weights: dict[str, complex], family: str) -> dict[tuple[str, str], complex]:
    """The weights of ``family=x_y`` by ``(x, y)``: a name is filed under every split at an
    underscore, so a pair of words finds its feature whatever underscores the words hold."""
    prefix = family + "="
    out = {}
    for name, value in weights.items():
        if name.startswith(prefix):
            both = name[len(prefix) :]
            at = both.find("_")
            while at >= 0:
                out[(both[:at], both[at + 1 :])] = value
                at = both.find("_", at + 1)
    return out


def _by_first(pairs: dict[tuple[str, str], complex]) -> dict[str, dict[str, complex]]:
    """``pairs`` by the first of the pair, then the second."""
    out: dict[str, dict[str, complex]] = {}
    for (x, y), value in pairs.items():
        out.setdefault(x, {})[y] = value
    return out


def _caches(model: CueModel, clusters: WordClusters) -> _Tables:
    """Per model and clusters, the :class:`_Tables` (the cache of words holds at most 40,000)."""
    return derived(_CACHES, (model, clusters), lambda: _tables(model, clusters))


def _tables(model: CueModel, clusters: WordClusters) -> _Tables:
    w2 = model.stage2_weights or {}
    both = {k: complex(v, w2.get(k, 0.0)) for k, v in model.weights.items()}
    both.update({k: complex(model.weights.get(k, 0.0), v) for k, v in w2.items()})
    adjacent = [_by_pair(both, family) for family in _ADJACENT]
    bigrams = {pair: tuple(t.get(pair, 0j) for t in adjacent) for t in adjacent for pair in t}
    return _Tables(
        both, bigrams, _by_pair(both, "st-1"), _by_pair(both, "w-1w+1"),
        tuple(_by_first(_by_pair(both, f"c{k}-1c")) for k in clusters.granularities),
        tuple(_by_first(_by_pair(both, f"c{k}cc+1")) for k in clusters.granularities),
        _stack_tables(model),
        _BoundedCache(40_000),
        _BoundedCache(40_000),
        _speech_table(both),
    )


def _speech_table(weights: dict[str, complex]) -> tuple[tuple[complex, ...], ...]:
    """For every set of the features of ``_FLAGS`` from ``_SPEECH_SHIFT`` on (as bits shifted
    down), the weights of those the model has, in order."""
    names = _FLAGS[_SPEECH_SHIFT:]
    return tuple(
        tuple(weights[name] for k, name in enumerate(names) if bits >> k & 1 and name in weights)
        for bits in range(1 << len(names))
    )


class _BoundedCache(dict):
    """A dict that empties itself when it grows past ``limit`` entries (memory stays flat)."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value):
        if len(self) >= self.limit:
            self.clear()
        super().__setitem__(key, value)


def predict_cues(
    doc: Document, lexicons: Lexicons, model: CueModel | None = None, probabilities: list[float] | None = None
) -> list[CueSpan]:
    """Cue spans predicted in ``doc``: runs of tokens whose probability exceeds the model's
    threshold, joined across at most one word within a sentence. ``probabilities``: the
    model's token probabilities, where already computed."""
    model = model or load_cue_model()
    th = model.threshold
    toks = doc.tokens
    spans: list[CueSpan] = []
    cur: list[int] | None = None  # [start, last]
    best = 0.0
    if probabilities is None:
        probabilities = token_probabilities(doc, lexicons, model)
    for i, p in enumerate(probabilities):
        if p <= th:
            continue
        if cur is not None and i <= cur[1] + 2 and toks[cur[1]].sentence == toks[i].sentence and (
            i == cur[1] + 1 or toks[i - 1].is_word
        ):
            cur[1] = i
            best = max(best, p)
        else:
            if cur is not None:
                spans.append(CueSpan(cur[0], cur[1] + 1, round(best, 3)))
            cur, best = [i, i], p
    if cur is not None:
        spans.append(CueSpan(cur[0], cur[1] + 1, round(best, 3)))
    return spans
