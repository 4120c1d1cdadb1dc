"""Evidentiality: on what evidence each sentence's claim stands.

Each sentence gets every basis whose markers it holds (``evidentials.tsv``) and one primary
basis, by this order of precedence:

- ``no_evidence``: the text says the claim lacks evidence ("provided no evidence", "could not be
  independently verified");
- ``documentary``: documents, records or data ("records show", "according to figures");
- ``witnessed``: seen or heard first-hand ("a reporter at the scene saw");
- ``reported``: on someone's word (an attribution of speech, belief or data found by the
  attribution measure, not one of stance such as "voted to" or "criticized", or "reportedly",
  "according to");
- ``inferred``: concluded from signs ("apparently", "appears to", "suggests");
- ``unmarked``: asserted in the writer's voice with no marker.

Scheme after Chafe (1986), "Evidentiality in English conversation and academic writing", and
Aikhenvald (2004), Evidentiality (Oxford University Press), adapted to news.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from framing.article import Document
from framing.lexicon import Lexicons
from framing.measures.attribution import AttributionResult

__all__ = ["BASES", "Marker", "SentenceEvidence", "EvidentialityResult", "measure_evidentiality"]

BASES = ("no_evidence", "documentary", "witnessed", "reported", "inferred", "unmarked")


@dataclass(frozen=True)
class Marker:
    """Evidence for a basis: a span of the text and the lexicon row or rule that found it."""

    start: int
    end: int
    text: str
    basis: str
    entry: str


@dataclass(frozen=True)
class SentenceEvidence:
    sentence: int
    basis: str  # the primary basis (see BASES)
    bases: tuple[str, ...]
    markers: tuple[Marker, ...]


@dataclass(frozen=True)
class EvidentialityResult:
    """Per-sentence evidential bases and the article's profile: ``profile[basis]`` is the share
    of sentences (0-1) whose primary basis it is; ``counts`` the number of such sentences."""

    sentences: tuple[SentenceEvidence, ...]
    profile: dict[str, float]
    counts: dict[str, int]


def measure_evidentiality(doc: Document, lexicons: Lexicons, attribution: AttributionResult) -> EvidentialityResult:
    """The evidential basis of every sentence of ``doc`` and the article's profile (shares 0-1)."""
    lex = lexicons["evidentials"]
    lowers = [t.lower for t in doc.tokens]
    by_sentence: dict[int, list[Marker]] = {}
    witnessed_sources = set()
    for a in attribution.attributions:
        if a.source is not None and a.kind == "data":
            src = [t.lower for t in doc.tokens if a.source.start <= t.start < a.source.end]
            if lex.find(src + [a.cue_text.lower()]) and any(
                m.entry.get("basis") == "witnessed" for m in lex.find(src + [a.cue_text.lower()])
            ):
                witnessed_sources.add(a.source)  # "footage shows": seen, not a document
    # "The fire appears to have been started by a candle": a cue the evidentials list as inferred,
    # whose subject is a thing or no one, is the writer's inference, not a report (the detector
    # finds "appears"); not "The CBO report indicates" (a document's), "Experts suggest" (theirs)
    found = {sent.index: lex.find(lowers, sent.token_start, sent.token_end) for sent in doc.sentences}
    inferred = [(doc.tokens[m.token_start].start, doc.tokens[m.token_end - 1].end)
                for matches in found.values() for m in matches if m.entry.get("basis") == "inferred"]
    for a in attribution.attributions:
        if a.cue is None and a.source_type == "none":
            continue
        if a.source in witnessed_sources:
            continue
        if a.cue is not None and a.source_type in ("other", "none", "pronoun") and a.source_actor is None \
                and any(s < a.cue.end and a.cue.start < e for s, e in inferred):
            continue
        if a.kind == "stance":
            continue  # "the council voted to fund", "critics attacked the plan": an act, not a claim's evidence
        basis = "documentary" if a.source_type == "document" or a.kind == "data" else "reported"
        span = a.cue or a.content
        by_sentence.setdefault(a.sentence, []).append(
            Marker(span.start, span.end, doc.text[span.start : span.end], basis, f"attribution:{a.rule}")
        )
    sources = [a.source for a in attribution.attributions if a.source is not None]
    out: list[SentenceEvidence] = []
    for sent in doc.sentences:
        markers = list(by_sentence.get(sent.index, []))
        for m in found[sent.index]:
            a, b = doc.tokens[m.token_start].start, doc.tokens[m.token_end - 1].end
            if doc.quote_at(a) is not None and m.entry.get("basis") != "no_evidence":
                continue  # a marker inside a quotation is the speaker's, not the writer's
            if any(src.start <= a < src.end for src in sources if src not in witnessed_sources) and m.entry.get("basis") == "witnessed":
                continue  # "Witnesses said ...": reported, not seen by the writer
            if any(mk.start == a and mk.end == b and mk.basis == m.entry.get("basis") for mk in markers):
                continue  # the attribution measure found it already
            markers.append(Marker(a, b, doc.text[a:b], m.entry.get("basis"), m.entry.ref))
        markers.sort(key=lambda mk: mk.start)
        bases = tuple(b for b in BASES if any(mk.basis == b for mk in markers)) or ("unmarked",)
        out.append(SentenceEvidence(sent.index, bases[0], bases, tuple(markers)))
    counts = Counter(s.basis for s in out)
    n = len(out) or 1
    return EvidentialityResult(
        sentences=tuple(out),
        profile={b: round(counts.get(b, 0) / n, 4) for b in BASES},
        counts={b: counts.get(b, 0) for b in BASES},
    )
