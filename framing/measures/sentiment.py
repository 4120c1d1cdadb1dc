"""Sentiment toward actors, per mention, from the words around the mention; and overall tone.

Per mention: the polar words within ``window`` tokens of the mention, in the same clause (an
apposition right after the mention included; see ``_window``), not counting words of actor names, each weighted by its distance (1 / (1 + (d - 1) / 3)), flipped and
damped under a negation in the three words before it (VADER's factor -0.74), and summed; the sum
is squashed to -1..1 as VADER does (x / sqrt(x^2 + 15)). Word polarity comes from VADER's lexicon
(shipped in the vaderSentiment package) extended by ``sentiment.tsv``. Each mention carries
its voice: ``writer`` (the outlet's own words), ``quoted`` (inside a quotation) or ``reported``
(inside an indirect attribution, or judged by a cue's speaker: "Musk called Senator Mark Kelly a
traitor", rule_words ``judged_object``), with the speaker where the attribution measure knows it.

Overall tone: the mean of VADER's compound score over the article's sentences, with the same
lexicon (VADER's plus ``sentiment.tsv``).

Reference: Hutto, C.J. and Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text. ICWSM.
"""
from __future__ import annotations

import bisect
import functools
import math
from dataclasses import dataclass

from framing.article import Document
from framing.lexicon import Lexicons, inflections
from framing.measures.actor_types import ANAPHORIC, masked, mention_tokens
from framing.measures.actors import ActorsResult
from framing.measures.attribution import AttributionResult

__all__ = ["PolarWord", "MentionSentiment", "ActorSentiment", "SentimentResult", "measure_sentiment", "word_valences"]

_NEGATORS = {"not", "n't", "no", "never", "nor", "without", "neither", "hardly", "cannot"}
_THRESHOLD = 0.05


@dataclass(frozen=True)
class PolarWord:
    """A word that moved a mention's score: its span, valence as applied, and its source."""

    start: int
    end: int
    text: str
    valence: float
    source: str  # "vader" or a sentiment.tsv row


@dataclass(frozen=True)
class MentionSentiment:
    """Sentiment toward one mention of an actor: ``score`` in -1..1 and its label; ``evidence``
    the polar words near it, ``reasons`` the model's features that weighed most toward the label
    (``l1:praised`` = "praised" one word left of the mention; ``vl1`` = polarity of the words just
    left; ``w:`` and ``b:`` words and word pairs of the sentence, the mention masked as ``<t>``)."""

    actor: str
    start: int
    end: int
    sentence: int
    score: float
    label: str  # negative | neutral | positive
    voice: str  # writer | quoted | reported
    speaker: str | None
    evidence: tuple[PolarWord, ...]
    reasons: tuple[tuple[str, float], ...] = ()  # the model's features that weighed most


@dataclass(frozen=True)
class ActorSentiment:
    """Sentiment toward one actor over the article: means of mention scores (-1..1), label
    counts, the same split by voice, and the sentences of its most negative and most positive
    mentions (sentence indices; None where no mention is polar)."""

    actor: str
    type: str
    mentions: int
    mean: float
    negative: int
    neutral: int
    positive: int
    writer_mean: float | None
    others_mean: float | None
    others_speakers: tuple[str, ...]
    most_negative_sentence: int | None
    most_positive_sentence: int | None


@dataclass(frozen=True)
class SentimentResult:
    """Per-mention and per-actor sentiment, and the article's tone (mean VADER compound of its
    sentences, -1..1, with the share of negative and positive sentences)."""

    mentions: tuple[MentionSentiment, ...]
    actors: tuple[ActorSentiment, ...]
    tone: float
    negative_sentence_share: float
    positive_sentence_share: float


def _vader_lexicon() -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().lexicon


@functools.lru_cache(maxsize=8)
def _analyzer(lexicons: Lexicons):
    """A VADER analyzer of framing's own whose lexicon includes ``sentiment.tsv``."""
    from framing.measures.vader import Analyzer

    analyzer = Analyzer()
    analyzer.lexicon.update({word: value for word, (value, source) in _valences(lexicons).items() if source != "vader"})
    return analyzer


def word_valences(lexicons: Lexicons) -> dict[str, float]:
    """Lower-cased word -> polarity (-4..4): VADER's lexicon extended by ``sentiment.tsv``."""
    return _plain_valences(lexicons)


@functools.lru_cache(maxsize=8)
def _plain_valences(lexicons: Lexicons) -> dict[str, float]:
    return {word: value for word, (value, source) in _valences(lexicons).items()}


@functools.lru_cache(maxsize=8)
def _valences(lexicons: Lexicons) -> dict[str, tuple[float, str]]:
    table = {word: (float(v), "vader") for word, v in _vader_lexicon().items()}
    for e in lexicons["sentiment"]:
        try:
            value = float(e.get("valence"))
        except ValueError:
            continue
        for seq in inflections(e.term, e.get("pos"), lexicons.irregular):
            if len(seq) == 1:
                table[seq[0]] = (value, e.ref)
    return table


def _label(score: float) -> str:
    return "positive" if score >= _THRESHOLD else "negative" if score <= -_THRESHOLD else "neutral"


_OBJECT_WINDOW = 6  # tokens after a judging cue that may name whom it judges


def measure_sentiment(
    doc: Document,
    lexicons: Lexicons,
    actors: ActorsResult,
    attribution: AttributionResult,
    window: int = 6,
    method: str = "model",
) -> SentimentResult:
    """Sentiment toward each actor mention, per actor, and the article's tone.

    ``method`` is ``model`` (default: the trained target-dependent model of
    :mod:`framing.measures.sentiment_model`; ``score`` = P(positive) - P(negative), the label its
    most probable class) or ``lexicon`` (the distance-weighted polar words within ``window``
    tokens, squashed to -1..1). Either way each mention lists the polar words near it as evidence,
    and with the model the features that weighed most (``reasons``).
    """
    if method not in ("model", "lexicon"):
        raise ValueError(f"method must be model or lexicon, not {method!r}")
    valences = _valences(lexicons)
    plain = _plain_valences(lexicons)
    if method == "model":
        from framing.measures.sentiment_model import load_sentiment_model, predict
        from framing.measures.target_features import TargetContext

        model = load_sentiment_model()
    toks = doc.tokens
    name_tokens: set[int] = set()
    mention_at: dict[tuple[int, int], tuple[int, int]] = {}
    for _, m, i, j in mention_tokens(doc, actors.actors):
        mention_at[(m.start, m.end)] = (i, j)
        if m.rule not in ANAPHORIC:
            name_tokens.update(range(i, j))
    # the first attribution (in their order) whose content holds each token's start
    starts = [t.start for t in toks]
    content_of: list = [None] * len(toks)
    judging = lexicons.rule_words("judged_object")
    judged_by: list = [None] * len(toks)
    for att in attribution.attributions:
        if att.content is not None and not att.negated:  # "Nobody said Trump was a liar": no one's words
            for k in range(bisect.bisect_left(starts, att.content.start), bisect.bisect_left(starts, att.content.end)):
                if content_of[k] is None:
                    content_of[k] = att
        if att.cue is not None and not att.negated and att.cue_text.split()[-1].lower() in judging:
            # "Musk called Senator Mark Kelly a traitor", "praised Smith for": the one the cue's
            # speaker judges, named between the cue and what was said, is portrayed in their words
            k = bisect.bisect_left(starts, att.cue.end)
            stop = att.content.start if att.content is not None and att.content.start >= att.cue.end else None
            for n in range(k, min(k + _OBJECT_WINDOW, len(toks))):
                if (stop is not None and toks[n].start >= stop) or toks[n].sentence != toks[k - 1].sentence:
                    break
                if judged_by[n] is None:
                    judged_by[n] = att
    named_in: dict[int, list] = {}  # sentence -> (actor, mention), in the order of actors and mentions
    for b in actors.actors:
        for o in b.mentions:
            named_in.setdefault(o.sentence, []).append((b, o))

    rows: list[list] = []  # the fields of each mention's MentionSentiment
    contexts: list[tuple[int, int, object]] = []  # (sentence, index in rows, context) for the model
    for a in actors.actors:
        for m in a.mentions:
            if (m.start, m.end) not in mention_at:
                continue
            i, j = mention_at[(m.start, m.end)]
            sent = doc.sentences[toks[i].sentence]
            lo, hi = _window(toks, sent, i, j, window)
            total = 0.0
            evidence = []
            for k in list(range(lo, i)) + list(range(j, hi)):
                if k in name_tokens:
                    continue
                hit = valences.get(toks[k].lower)
                if hit is None:
                    continue
                value, source = hit
                if any(toks[n].lower in _NEGATORS for n in range(max(sent.token_start, k - 3), k)):
                    value *= -0.74
                d = (i - k) if k < i else (k - j + 1)
                weighted = value / (1 + (d - 1) / 3)
                total += weighted
                evidence.append(PolarWord(toks[k].start, toks[k].end, toks[k].text, round(weighted, 3), source))
            score = total / math.sqrt(total * total + 15) if total else 0.0
            label, reasons = _label(score), ()
            if method == "model":
                others = tuple(
                    (o.start - sent.start, o.end - sent.start)
                    for b, o in named_in.get(m.sentence, ())
                    if b.name != a.name and masked(b.type, o)
                )
                ctx = TargetContext(doc.text[sent.start : sent.end], m.start - sent.start, m.end - sent.start, others)
                contexts.append((sent.index, len(rows), ctx))
            voice, speaker = "writer", None
            att = content_of[i]  # the mention starts at token i
            if att is not None:
                voice = "quoted" if att.direct else "reported"
                speaker = att.source_actor or (att.source_text or None)
            elif doc.quote_at(m.start) is not None:
                voice = "quoted"
            elif judged_by[i] is not None:
                voice, speaker = "reported", judged_by[i].source_actor or (judged_by[i].source_text or None)
            rows.append([a.name, m.start, m.end, m.sentence, score, label, voice, speaker, tuple(evidence), reasons])
    # the model's predictions, sentence by sentence (the features of a sentence's words are cached
    # while its mentions come one after another)
    contexts.sort(key=lambda c: c[0])
    for _, k, ctx in contexts:
        prediction = predict(ctx, plain, model)
        rows[k][4:6], rows[k][9] = (prediction.score, prediction.label), prediction.reasons
    mentions = [MentionSentiment(name, start, end, sentence, round(score, 4), label, voice, speaker, evidence, reasons)
                for name, start, end, sentence, score, label, voice, speaker, evidence, reasons in rows]
    mentions.sort(key=lambda x: x.start)
    return SentimentResult(
        mentions=tuple(mentions),
        actors=_per_actor(actors, mentions),
        **_tone(doc, lexicons),
    )


_BOUNDARIES = {",", ";", ":", "—", "–", "(", ")", "but", "while", "whereas", "although", "though"}


def _window(toks, sent, i: int, j: int, window: int) -> tuple[int, int]:
    """Tokens [lo, i) and [j, hi) around a mention, within its clause: the window stops at a
    comma, semicolon, dash or contrastive conjunction, except that an apposition right after the
    mention ("Tom Jones, a traitor to many, ...") belongs to it."""
    lo = i
    while lo > sent.token_start and i - lo < window and toks[lo - 1].lower not in _BOUNDARIES:
        lo -= 1
    hi = j
    if hi < sent.token_end and toks[hi].text == ",":
        hi += 1  # an apposition: up to the next comma
        while hi < sent.token_end and hi - j < window + 1 and toks[hi].text not in ",;:":
            hi += 1
        return lo, hi
    while hi < sent.token_end and hi - j < window and toks[hi].lower not in _BOUNDARIES:
        hi += 1
    return lo, hi


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def _per_actor(actors: ActorsResult, mentions: list[MentionSentiment]) -> tuple[ActorSentiment, ...]:
    out = []
    by_actor: dict[str, list[MentionSentiment]] = {}
    for m in mentions:
        by_actor.setdefault(m.actor, []).append(m)
    for a in actors.actors:
        ms = by_actor.get(a.name)
        if not ms:
            continue
        scores = [m.score for m in ms]
        neg = min(ms, key=lambda m: m.score)
        pos = max(ms, key=lambda m: m.score)
        others = [m for m in ms if m.voice != "writer"]
        out.append(ActorSentiment(
            actor=a.name,
            type=a.type,
            mentions=len(ms),
            mean=_mean(scores) or 0.0,
            negative=sum(1 for m in ms if m.label == "negative"),
            neutral=sum(1 for m in ms if m.label == "neutral"),
            positive=sum(1 for m in ms if m.label == "positive"),
            writer_mean=_mean([m.score for m in ms if m.voice == "writer"]),
            others_mean=_mean([m.score for m in others]),
            others_speakers=tuple(dict.fromkeys(m.speaker for m in others if m.speaker)),
            most_negative_sentence=neg.sentence if neg.score <= -_THRESHOLD else None,
            most_positive_sentence=pos.sentence if pos.score >= _THRESHOLD else None,
        ))
    return tuple(out)


def _tone(doc: Document, lexicons: Lexicons) -> dict:
    vader = _analyzer(lexicons)
    scores = [vader.polarity_scores(doc.sentence_text(s))["compound"] for s in doc.sentences]
    n = len(scores) or 1
    return {
        "tone": round(sum(scores) / n, 4),
        "negative_sentence_share": round(sum(1 for s in scores if s <= -_THRESHOLD) / n, 4),
        "positive_sentence_share": round(sum(1 for s in scores if s >= _THRESHOLD) / n, 4),
    }
