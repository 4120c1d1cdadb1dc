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

__all__ = ["CueModel", "CueSpan", "token_features", "load_cue_model", "predict_cues", "MODEL_FILE"]

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


def token_features(doc: Document, lexicons: Lexicons) -> list[dict[str, float]]:
    """Features of every token of ``doc``, in order (the same for training and scoring)."""
    toks = doc.tokens
    lows = [t.lower for t in toks]
    verbs = lexicons["reporting_verbs"]
    lex_kind: dict[int, str] = {}
    for s in doc.sentences:
        for m in verbs.find(lows, s.token_start, s.token_end):
            tag = m.entry.get("kind", "speech") + ":" + m.entry.get("frame", "any")
            for k in range(m.token_start, m.token_end):
                lex_kind[k] = tag
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


def predict_cues(doc: Document, lexicons: Lexicons, model: CueModel | None = None) -> list[CueSpan]:
    """Cue spans predicted in ``doc``: runs of tokens whose probability exceeds the model's
    threshold, joined across at most one token within a sentence."""
    model = model or load_cue_model()
    w, bias, th = model.weights, model.bias, model.threshold
    toks = doc.tokens
    spans: list[CueSpan] = []
    cur: list[int] | None = None  # [start, last, best probability * 1e6]
    best = 0.0
    for i, f in enumerate(token_features(doc, lexicons)):
        z = bias + sum(w.get(k, 0.0) * v for k, v in f.items())
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
