"""A trained detector of attribution cues: is this token part of a cue?

A logistic regression over the token and its neighbours (words, suffixes, word pairs), whether it
is a reporting verb of ``reporting_verbs.tsv`` (and of which kind and frame), capitalisation, the
position of quotation marks and of "that" / "to" after it, a pronoun or capitalised word just before (a subject), the position in the
sentence. Trained on the PolNeAR train
compartment (Newell, Margolin and Ruths 2018) by ``python -m framing.train attribution``; the
weights ship as plain JSON (``lexicons/models/attribution_cues.json``: feature -> weight, bias,
threshold), never a pickle. Adjacent cue tokens (at most one token apart, in one sentence) make
one cue span; a span's probability is its highest token's.

The model finds cues that a word list cannot decide alone: belief and intention ("wants",
"believes"), stance ("endorsed", "criticized"), data ("polls show"), a colon before a quotation,
and it rejects reporting words that are nouns or idioms ("his tweet", "no way to tell").
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from framing.article import Document
from framing.lexicon import Lexicons
from framing.model_files import read_model

__all__ = ["CueModel", "CueSpan", "token_features", "token_logits", "load_cue_model", "predict_cues", "MODEL_FILE"]

MODEL_FILE = "attribution_cues.json"
_QUOTES = set("\"“”‘’'«»„")
_STEM = re.compile(r"(ing|ed|es|s)$")
_SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "it", "who", "which"}


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict


@dataclass(frozen=True)
class CueSpan:
    """Tokens ``[token_start, token_end)`` predicted to be a cue, with the highest token
    probability in the span."""

    token_start: int
    token_end: int
    probability: float


def _lexicon_kinds(doc: Document, lows: list[str], lexicons: Lexicons) -> dict[int, str]:
    """Token index -> ``kind:frame`` of the reporting verb of ``reporting_verbs.tsv`` it is part of."""
    verbs = lexicons["reporting_verbs"]
    lex_kind: dict[int, str] = {}
    for s in doc.sentences:
        for m in verbs.find(lows, s.token_start, s.token_end):
            tag = m.entry.get("kind", "speech") + ":" + m.entry.get("frame", "any")
            for k in range(m.token_start, m.token_end):
                lex_kind[k] = tag
    return lex_kind


def token_features(doc: Document, lexicons: Lexicons) -> list[dict[str, float]]:
    """Features of every token of ``doc``, in order (the same for training and scoring)."""
    toks = doc.tokens
    lows = [t.lower for t in toks]
    lex_kind = _lexicon_kinds(doc, lows, lexicons)
    feats: list[dict[str, float]] = []
    for s in doc.sentences:
        a, b = s.token_start, s.token_end
        has_quote = any(toks[k].text in _QUOTES for k in range(a, b))

        def at(k: int) -> str:
            return lows[k] if a <= k < b else ("<s>" if k < a else "</s>")

        for i in range(a, b):
            w = lows[i]
            stem = _STEM.sub("", w) if len(w) > 4 else w
            f = {
                "w=" + w: 1.0,
                "suf3=" + w[-3:]: 1.0,
                "suf2=" + w[-2:]: 1.0,
                "st=" + stem: 1.0,
                "w-2=" + at(i - 2): 1.0,
                "w-1=" + at(i - 1): 1.0,
                "w+1=" + at(i + 1): 1.0,
                "w+2=" + at(i + 2): 1.0,
                "w-1w=" + at(i - 1) + "_" + w: 1.0,
                "ww+1=" + w + "_" + at(i + 1): 1.0,
                "st-1=" + at(i - 1) + "_" + stem: 1.0,
                "w+1w+2=" + at(i + 1) + "_" + at(i + 2): 1.0,
                "w-2w-1=" + at(i - 2) + "_" + at(i - 1): 1.0,
            }
            if "that" in lows[i + 1 : min(b, i + 4)]:
                f["that_after"] = 1.0
            if at(i + 1) == "to":
                f["to_after"] = 1.0
            if toks[i].text[0].isupper():
                f["cap"] = 1.0
            if i == a:
                f["first"] = 1.0
            if i in lex_kind:
                f["lex=" + lex_kind[i]] = 1.0
                f["lex"] = 1.0
            if doc.quote_at(toks[i].start) is not None:
                f["inq"] = 1.0
            if has_quote:
                f["sq"] = 1.0
            for d in (1, 2, 3):
                if i - d >= a and toks[i - d].text in _QUOTES:
                    f[f"qb{d}"] = 1.0
                if i + d < b and toks[i + d].text in _QUOTES:
                    f[f"qa{d}"] = 1.0
            if i > a and toks[i - 1].text[0].isupper() and toks[i - 1].text[0].isalpha():
                f["prevcap"] = 1.0
            if i + 1 < b and toks[i + 1].text[0].isupper() and toks[i + 1].text[0].isalpha():
                f["nextcap"] = 1.0
            for d in (1, 2, 3):  # a subject just before: a pronoun or a capitalised word
                k = i - d
                if k < a:
                    break
                if lows[k] in _SUBJECT_PRONOUNS:
                    f[f"subjpron{d}"] = 1.0
                    break
                if toks[k].text[0].isupper() and toks[k].text[0].isalpha():
                    f[f"subjcap{d}"] = 1.0
                    break
            f[f"pos={min(5, (i - a) // 4)}"] = 1.0
            f[f"rpos={min(5, (b - i) // 4)}"] = 1.0
            f["w-1w+1=" + at(i - 1) + "_" + at(i + 1)] = 1.0
            feats.append(f)
    return feats


@functools.lru_cache(maxsize=4)
def load_cue_model(path: str | None = None) -> CueModel:
    """The shipped cue model (or the JSON file at ``path``)."""
    data = read_model(MODEL_FILE, path, "attribution cue model")
    return CueModel(data["weights"], float(data["bias"]), float(data["threshold"]), data.get("meta", {}))


def token_logits(doc: Document, lexicons: Lexicons, model: CueModel) -> list[float]:
    """The model's logit for every token of ``doc``: ``bias + sum of the weights of the token's
    features``, the same number, to the last bit, as summing over :func:`token_features` in order
    (a feature with no weight adds 0.0, which changes no sum), computed without building the
    feature dictionaries: that made the cue model a quarter of framing's scoring time."""
    weights = model.weights
    get = weights.get
    prefix = _word_prefix_cache(model)
    toks = doc.tokens
    lows = [t.lower for t in toks]
    lex_kind = _lexicon_kinds(doc, lows, lexicons)
    quote_at = doc.quote_at
    bias = model.bias
    flag = {name: weights.get(name) for name in _FLAGS}
    out: list[float] = []
    for s in doc.sentences:
        a, b = s.token_start, s.token_end
        texts = [toks[k].text for k in range(a, b)]
        quote = [t in _QUOTES for t in texts]
        has_quote = any(quote)
        upper = [t[0].isupper() for t in texts]
        name_like = [t[0].isupper() and t[0].isalpha() for t in texts]
        padded = ["<s>", "<s>", *lows[a:b], "</s>", "</s>"]
        n = b - a
        for r in range(n):
            i = a + r
            m2, m1, w, p1, p2 = padded[r : r + 5]
            z = prefix.get(w)
            if z is None:
                z = prefix[w] = _prefix_sum(weights, w)
            stem = _STEM.sub("", w) if len(w) > 4 else w
            for key in (
                "w-2=" + m2, "w-1=" + m1, "w+1=" + p1, "w+2=" + p2,
                "w-1w=" + m1 + "_" + w, "ww+1=" + w + "_" + p1, "st-1=" + m1 + "_" + stem,
                "w+1w+2=" + p1 + "_" + p2, "w-2w-1=" + m2 + "_" + m1,
            ):
                x = get(key)
                if x is not None:
                    z += x
            if "that" in lows[i + 1 : min(b, i + 4)] and flag["that_after"] is not None:
                z += flag["that_after"]
            if p1 == "to" and flag["to_after"] is not None:
                z += flag["to_after"]
            if upper[r] and flag["cap"] is not None:
                z += flag["cap"]
            if r == 0 and flag["first"] is not None:
                z += flag["first"]
            kind = lex_kind.get(i)
            if kind is not None:
                x = get("lex=" + kind)
                if x is not None:
                    z += x
                if flag["lex"] is not None:
                    z += flag["lex"]
            if flag["inq"] is not None and quote_at(toks[i].start) is not None:
                z += flag["inq"]
            if has_quote and flag["sq"] is not None:
                z += flag["sq"]
            if has_quote:
                for d in (1, 2, 3):
                    if r - d >= 0 and quote[r - d] and flag[f"qb{d}"] is not None:
                        z += flag[f"qb{d}"]
                    if r + d < n and quote[r + d] and flag[f"qa{d}"] is not None:
                        z += flag[f"qa{d}"]
            if r > 0 and name_like[r - 1] and flag["prevcap"] is not None:
                z += flag["prevcap"]
            if r + 1 < n and name_like[r + 1] and flag["nextcap"] is not None:
                z += flag["nextcap"]
            for d in (1, 2, 3):
                if r - d < 0:
                    break
                if padded[r + 2 - d] in _SUBJECT_PRONOUNS:
                    x = flag[f"subjpron{d}"]
                    if x is not None:
                        z += x
                    break
                if name_like[r - d]:
                    x = flag[f"subjcap{d}"]
                    if x is not None:
                        z += x
                    break
            for key in (f"pos={min(5, r // 4)}", f"rpos={min(5, (n - r) // 4)}", "w-1w+1=" + m1 + "_" + p1):
                x = get(key)
                if x is not None:
                    z += x
            out.append(bias + z)
    return out


_FLAGS = ("that_after", "to_after", "cap", "first", "lex", "inq", "sq", "qb1", "qa1", "qb2", "qa2", "qb3", "qa3",
          "prevcap", "nextcap", "subjpron1", "subjcap1", "subjpron2", "subjcap2", "subjpron3", "subjcap3")


def _prefix_sum(weights: dict[str, float], w: str) -> float:
    """The sum of the weights of a token's first four features (its word, suffixes and stem), in
    the order of :func:`token_features`, starting from 0 as ``sum`` does."""
    stem = _STEM.sub("", w) if len(w) > 4 else w
    z = 0
    for key in ("w=" + w, "suf3=" + w[-3:], "suf2=" + w[-2:], "st=" + stem):
        x = weights.get(key)
        if x is not None:
            z += x
    return z


_PREFIX_CACHES: dict[int, tuple[CueModel, dict[str, float]]] = {}


def _word_prefix_cache(model: CueModel) -> dict[str, float]:
    """Word -> the sum of its first four features' weights, per model (the model is held with its
    cache, so its id is not reused while the entry lives); at most 4 models, 100,000 words each."""
    entry = _PREFIX_CACHES.get(id(model))
    if entry is None or entry[0] is not model:
        if len(_PREFIX_CACHES) >= 4:
            _PREFIX_CACHES.clear()
        entry = _PREFIX_CACHES[id(model)] = (model, _BoundedCache(100_000))
    return entry[1]


class _BoundedCache(dict):
    """A dict that empties itself when it grows past ``limit`` entries (memory stays flat)."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value):
        if len(self) >= self.limit:
            self.clear()
        super().__setitem__(key, value)


def predict_cues(doc: Document, lexicons: Lexicons, model: CueModel | None = None) -> list[CueSpan]:
    """Cue spans predicted in ``doc``: runs of tokens whose probability exceeds the model's
    threshold, joined across at most one token within a sentence."""
    model = model or load_cue_model()
    th = model.threshold
    toks = doc.tokens
    spans: list[CueSpan] = []
    cur: list[int] | None = None  # [start, last, best probability * 1e6]
    best = 0.0
    for i, z in enumerate(token_logits(doc, lexicons, model)):
        p = 1.0 / (1.0 + math.exp(-z))
        if p <= th:
            continue
        if cur is not None and i <= cur[1] + 2 and toks[cur[1]].sentence == toks[i].sentence:
            cur[1] = i
            best = max(best, p)
        else:
            if cur is not None:
                spans.append(CueSpan(cur[0], cur[1] + 1, round(best, 3)))
            cur, best = [i, i], p
    if cur is not None:
        spans.append(CueSpan(cur[0], cur[1] + 1, round(best, 3)))
    return spans
