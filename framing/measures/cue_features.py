"""The features of the attribution cue detector (:mod:`framing.measures.cue_model`), by name.

:func:`token_feature_names` (the first stage's: the token and its neighbours, their word
clusters, the reporting verbs of ``reporting_verbs.tsv``, quotation marks, capitals, a subject
before, a verb of speech before or after) and :func:`stack_feature_names` (the second stage's,
from the first stage's probabilities) are the definitions the model is trained on
(``python -m framing.train attribution``); :func:`framing.measures.cue_model.token_probabilities`
adds up the same weights without naming every feature of every token.
"""
from __future__ import annotations

import bisect
import itertools
import re

from framing.article import Document
from framing.lexicon import Lexicons
from framing.measures.word_clusters import WordClusters, load_word_clusters

__all__ = ["token_feature_names", "stack_feature_names"]

_QUOTES = set("\"“”‘’'«»„")
_STEM = re.compile(r"(ing|ed|es|s)$")
_SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "it", "who", "which"}


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


_BOUNDARY = ("<s>", "</s>")


def _stem(w: str) -> str:
    return _STEM.sub("", w) if len(w) > 4 else w


def _clusters_of(w: str, clusters: WordClusters) -> tuple[str, ...]:
    return ("B",) * len(clusters.granularities) if w in _BOUNDARY else clusters.of(w)


def _word_group_names(group: int, w: str, clusters: WordClusters) -> list[str]:
    """The names of a token's features that depend on one word of its neighbourhood: 0 the token
    itself (word, suffixes, stem, clusters), 1 the word before (and its clusters), 2 the word
    after (and its clusters), 3 two before, 4 two after; ``<s>`` and ``</s>`` beyond the sentence."""
    ks = clusters.granularities
    if group == 0:
        names = ["w=" + w, "suf3=" + w[-3:], "suf2=" + w[-2:], "st=" + _stem(w)]
        names.extend(f"c{k}={c}" for k, c in zip(ks, clusters.of(w)))
        return names
    if group == 1:
        return ["w-1=" + w, *(f"c{k}-1={c}" for k, c in zip(ks, _clusters_of(w, clusters)))]
    if group == 2:
        return ["w+1=" + w, *(f"c{k}+1={c}" for k, c in zip(ks, _clusters_of(w, clusters)))]
    return [("w-2=" if group == 3 else "w+2=") + w]


def _cluster_pair_names(right: bool, x: tuple[str, ...], y: tuple[str, ...], ks: tuple[int, ...]) -> list[str]:
    """The clusters of the word before with the token's (``right``: the token's with the word after's)."""
    if right:
        return [f"c{k}cc+1={a}_{b}" for k, a, b in zip(ks, x, y)]
    return [f"c{k}-1c={a}_{b}" for k, a, b in zip(ks, x, y)]


def _pair_names(m2: str, m1: str, w: str, p1: str, p2: str) -> list[str]:
    """The word pairs around a token."""
    return ["w-1w=" + m1 + "_" + w, "st-1=" + m1 + "_" + _stem(w), "ww+1=" + w + "_" + p1,
            "w-2w-1=" + m2 + "_" + m1, "w+1w+2=" + p1 + "_" + p2, "w-1w+1=" + m1 + "_" + p1]


# The features of a token other than the words around it (:func:`_sentence_contexts`), one bit
# each, in the order their names are listed; the reporting verb's ``lex=kind:frame`` and ``lex``
# come after ``first`` (bit 15). A token's set of them is then one int: the detector adds up
# their weights once per set (:func:`framing.measures.cue_model.token_probabilities`).
_FLAGS = (
    *(f"pos={k}" for k in range(6)), *(f"rpos={k}" for k in range(6)),
    "that_after", "to_after", "cap", "first",
    "inq", "sq", "qb1", "qa1", "qb2", "qa2", "qb3", "qa3", "prevcap", "nextcap",
    "subjpron1", "subjcap1", "subjpron2", "subjcap2", "subjpron3", "subjcap3",
    "cue_before", *(f"cue_before_d={k}" for k in range(4)),
    "cue_that_before", "cue_comma_between", "cue_and_between", "lex_and_before", "cue_after", "cue_after_inv",
)
_BIT = {name: 1 << k for k, name in enumerate(_FLAGS)}
_BEFORE_LEX = _BIT["inq"]  # the bits below this come before the reporting verb's names
# the bits from this one on are of a verb of speech elsewhere in the sentence: they vary most
_SPEECH_SHIFT = _FLAGS.index("cue_before")
_POS = tuple(_BIT[f"pos={k}"] for k in range(6))
_RPOS = tuple(_BIT[f"rpos={k}"] for k in range(6))
_QB = tuple(_BIT[f"qb{d}"] for d in (1, 2, 3))
_QA = tuple(_BIT[f"qa{d}"] for d in (1, 2, 3))
_SUBJPRON = tuple(_BIT[f"subjpron{d}"] for d in (1, 2, 3))
_SUBJCAP = tuple(_BIT[f"subjcap{d}"] for d in (1, 2, 3))
_CUE_D = tuple(_BIT["cue_before"] | _BIT[f"cue_before_d={k}"] for k in range(4))
(_THAT_AFTER, _TO_AFTER, _CAP, _FIRST, _INQ, _SQ, _PREVCAP, _NEXTCAP, _CUE_THAT_BEFORE, _CUE_COMMA_BETWEEN,
 _CUE_AND_BETWEEN, _LEX_AND_BEFORE, _CUE_AFTER, _CUE_AFTER_INV) = (_BIT[name] for name in (
    "that_after", "to_after", "cap", "first", "inq", "sq", "prevcap", "nextcap", "cue_that_before",
    "cue_comma_between", "cue_and_between", "lex_and_before", "cue_after", "cue_after_inv"))


def _rest_names(rest: int | tuple[int, str]) -> list[str]:
    """The names of the features in ``rest`` (a token's bits of ``_FLAGS``, paired with the kind
    of its reporting verb where it is one), in the order the model adds their weights."""
    bits, kind = rest if isinstance(rest, tuple) else (rest, None)
    names = [name for k, name in enumerate(_FLAGS) if bits >> k & 1]
    if kind is not None:
        at = sum(1 for k in range(_BEFORE_LEX.bit_length() - 1) if bits >> k & 1)
        names[at:at] = ["lex=" + kind, "lex"]
    return names


# the bits of the position from the start (by the token's index) and from the end (by the
# number of tokens from it to the end), in fours; past 23, the last
_POS_AT = tuple(_POS[min(5, r // 4)] for r in range(24))
_RPOS_AT = tuple(_RPOS[min(5, m // 4)] for m in range(24))


def _sentence_contexts(doc: Document, lexicons: Lexicons):
    """For every sentence of ``doc``: its first token, its words padded with two ``<s>`` before
    and two ``</s>`` after, and for each of its tokens its features other than the words around
    it (position, capitals, quotation marks, the lexicon, a subject before it, a verb of speech
    before or after it in the sentence) as an int of bits of ``_FLAGS``, or for a reporting verb
    of the lexicon that int and its ``kind:frame`` (names: :func:`_rest_names`). Ints rather than
    lists of names: a token's set of these recurs often, so the detector sums its weights once.

    One pass over a sentence's tokens, a token marking the features it gives its neighbours
    (capitals, quotation marks, "that" and "to" after), since most tokens give none."""
    toks = doc.tokens
    lows = [t.lower for t in toks]
    texts = [t.text for t in toks]
    lex_kind = _lexicon_kinds(doc, lows, lexicons)
    lex_at = sorted(lex_kind)
    quote_at = doc.quote_at if doc.quotes else None
    if quote_at is not None:  # quotations by start, and the furthest end up to each
        spans = sorted((q.start, q.end) for q in doc.quotes)
        quote_starts = [q[0] for q in spans]
        reach = list(itertools.accumulate((q[1] for q in spans), max))
    for s in doc.sentences:
        a, b = s.token_start, s.token_end
        n = b - a
        words = lows[a:b]
        padded = ["<s>", "<s>", *words, "</s>", "</s>"]
        kinds = {k - a: lex_kind[k] for k in lex_at[bisect.bisect_left(lex_at, a) : bisect.bisect_left(lex_at, b)]}
        speech = [a + r for r, kind in kinds.items() if kind.startswith("speech")]
        in_quotes = None
        if quote_at is not None and n:  # only where a quotation reaches into the sentence
            k = bisect.bisect_right(quote_starts, toks[b - 1].start)
            if k and reach[k - 1] > toks[a].start:
                in_quotes = quote_at
        pos = _POS_AT[:n] if n <= 24 else _POS_AT + (_POS[5],) * (n - 24)
        rpos = _RPOS_AT[n:0:-1] if n <= 23 else (_RPOS[5],) * (n - 23) + _RPOS_AT[23:0:-1]
        f = [x | y for x, y in zip(pos, rpos)]
        if n:
            f[0] |= _FIRST
        has_quote = False
        subject, subject_bits = -4, _SUBJCAP  # the last pronoun or capitalised word, and which
        for r in range(n):
            i = a + r
            t = texts[i]
            c = t[0]
            w = words[r]
            x = f[r]
            if r - subject <= 3:  # a subject just before: a pronoun or a capitalised word
                x |= subject_bits[r - subject - 1]
            if c.isupper():
                x |= _CAP
                if c.isalpha():
                    if r:
                        f[r - 1] |= _NEXTCAP
                    if r + 1 < n:
                        f[r + 1] |= _PREVCAP
                    if w not in _SUBJECT_PRONOUNS:
                        subject, subject_bits = r, _SUBJCAP
            if w in _SUBJECT_PRONOUNS:
                subject, subject_bits = r, _SUBJPRON
            elif w == "that":
                for k in range(max(0, r - 3), r):
                    f[k] |= _THAT_AFTER
            elif w == "to" and r:
                f[r - 1] |= _TO_AFTER
            elif t in _QUOTES:
                has_quote = True
                for d in (1, 2, 3):
                    if r - d >= 0:
                        f[r - d] |= _QA[d - 1]
                    if r + d < n:
                        f[r + d] |= _QB[d - 1]
            if in_quotes is not None and in_quotes(toks[i].start) is not None:
                x |= _INQ
            if speech:  # a verb of speech earlier or later in the sentence (before i - 1, after i + 1)
                k = bisect.bisect_left(speech, i - 1)
                if k:
                    k = speech[k - 1]
                    between = lows[k + 1 : i]
                    x |= _CUE_D[min(3, (i - k) // 4)]
                    if "that" in between:
                        x |= _CUE_THAT_BEFORE
                    if "," in between or ";" in between:
                        x |= _CUE_COMMA_BETWEEN
                    if "and" in between:
                        x |= _CUE_AND_BETWEEN
                    if r in kinds and kinds[r].startswith("speech"):
                        x |= _LEX_AND_BEFORE
                k = bisect.bisect_right(speech, i + 1)
                if k < len(speech):
                    x |= _CUE_AFTER
                    k = speech[k]
                    if "," in (lows[k - 1], lows[k - 2]):
                        x |= _CUE_AFTER_INV
            f[r] = x
        if has_quote:
            f = [x | _SQ for x in f]
        for r, kind in kinds.items():
            f[r] = (f[r], kind)
        yield a, padded, f


def _context_names(doc: Document, lexicons: Lexicons) -> list[tuple[tuple[str, ...], list[str]]]:
    """For every token of ``doc``: its five-word window (two words before, the token, two after;
    ``<s>`` and ``</s>`` beyond the sentence) and the names of its other features
    (:func:`_sentence_contexts`)."""
    out = []
    for _, padded, rests in _sentence_contexts(doc, lexicons):
        out.extend((tuple(padded[r : r + 5]), _rest_names(f)) for r, f in enumerate(rests))
    return out


def token_feature_names(doc: Document, lexicons: Lexicons, clusters: WordClusters | None = None) -> list[list[str]]:
    """The first stage's features of every token of ``doc``, in order, by name (every feature
    is binary: present or not): the token and its neighbours (words, suffixes, stem, pairs,
    clusters and pairs of clusters), then the rest of :func:`_context_names`."""
    clusters = clusters or load_word_clusters()
    ks = clusters.granularities
    out = []
    for (m2, m1, w, p1, p2), rest in _context_names(doc, lexicons):
        names: list[str] = []
        for group, word in enumerate((w, m1, p1, m2, p2)):
            names += _word_group_names(group, word, clusters)
        names += _cluster_pair_names(False, _clusters_of(m1, clusters), clusters.of(w), ks)
        names += _cluster_pair_names(True, clusters.of(w), _clusters_of(p1, clusters), ks)
        out.append(names + _pair_names(m2, m1, w, p1, p2) + rest)
    return out


def _bucket(p: float) -> int:
    return min(4, int(p * 5))


def stack_feature_names(doc: Document, probabilities: list[float]) -> list[list[str]]:
    """The second stage's own features of every token, from the first stage's probabilities: the
    token's, its neighbours', and the highest before and after it in the sentence (in fifths)."""
    out: list[list[str]] = []
    for s in doc.sentences:
        a, b = s.token_start, s.token_end
        probs = probabilities[a:b]
        n = b - a
        # the highest probability in probs[:r - 1] and in probs[r + 2:]
        before = [0.0] * n
        best = 0.0
        for r in range(2, n):
            best = max(best, probs[r - 2])
            before[r] = best
        after = [0.0] * n
        best = 0.0
        for r in range(n - 3, -1, -1):
            best = max(best, probs[r + 2])
            after[r] = best
        for r in range(n):
            p0, mb, ma = _bucket(probs[r]), _bucket(before[r]), _bucket(after[r])
            out.append([
                f"p0={p0}",
                f"p-1={_bucket(probs[r - 1]) if r > 0 else 'B'}",
                f"p+1={_bucket(probs[r + 1]) if r + 1 < n else 'B'}",
                f"maxb={mb}", f"maxa={ma}", f"p0maxb={p0}_{mb}", f"p0maxa={p0}_{ma}",
            ])
    return out
