"""The measures of an outlet profile: one number per article, the same names in every table.

``MEASURES`` are the headline figures of a score (:data:`framing.scoring.COLUMNS`, less the id,
outlet and sentence count) plus the shares that the comparison of outlets needs: the share of
attributions to anonymous sources, of cued attributions with a distancing verb, and of sentences
per evidential basis. ``measure_values(score)`` computes them from an
:class:`~framing.scoring.ArticleScore` without re-scoring anything.
"""
from __future__ import annotations

import math

from framing.scoring import ArticleScore, headline

__all__ = ["MEASURES", "measure_values"]

_HEADLINE = ("words", "attributions_per_1000_words", "attributed_word_share", "quoted_word_share", "anonymous_sources",
             "distancing_cues", "hedges_per_1000_words", "hedged_sentence_share", "boosters_per_1000_words",
             "reported_share", "no_evidence_sentences", "actors", "tone", "flesch_reading_ease")

# name -> description (with unit): the measures of the profile and differences tables, in order.
MEASURES: dict[str, str] = {
    "words": "words in the body",
    "attributions_per_1000_words": "attribution relations per 1,000 words",
    "attributed_word_share": "share of words inside attributed content (0-1)",
    "quoted_word_share": "share of words inside quotation marks (0-1)",
    "anonymous_sources": "attributions to anonymous sources",
    "anonymous_source_share": "share of attributions whose source is anonymous (0-1; articles without attributions left out)",
    "distancing_cues": "attributions with a distancing verb (claim, allege, insist)",
    "distancing_share": "share of cued attributions whose verb is distancing (0-1; articles without cues left out)",
    "hedges_per_1000_words": "hedges per 1,000 words",
    "hedged_sentence_share": "share of sentences with a hedge (0-1)",
    "boosters_per_1000_words": "boosters per 1,000 words",
    "reported_share": "share of sentences whose evidential basis is reported (0-1)",
    "documentary_share": "share of sentences whose evidential basis is documentary (0-1)",
    "witnessed_share": "share of sentences whose evidential basis is witnessed (0-1)",
    "inferred_share": "share of sentences whose evidential basis is inferred (0-1)",
    "no_evidence_share": "share of sentences saying a claim lacks evidence (0-1)",
    "no_evidence_sentences": "sentences that say a claim lacks evidence",
    "actors": "actors named",
    "tone": "mean VADER compound of the sentences (-1..1)",
    "flesch_reading_ease": "Flesch reading ease (higher is easier)",
}


def measure_values(score: ArticleScore) -> dict[str, float | None]:
    """The ``MEASURES`` of one article: the headline figures of :func:`framing.scoring.headline`
    plus shares that need a denominator (None where it is 0)."""
    h = headline(score)
    out: dict[str, float | None] = {name: h[name] for name in _HEADLINE}
    att, ev = score.attribution, score.evidentiality
    n_att = len(att.attributions)
    cued = sum(att.by_stance.values())
    out["anonymous_source_share"] = att.by_source_type.get("anonymous", 0) / n_att if n_att else None
    out["distancing_share"] = att.by_stance.get("distancing", 0) / cued if cued else None
    for basis in ("documentary", "witnessed", "inferred", "no_evidence"):
        out[f"{basis}_share"] = ev.profile.get(basis, 0.0)
    for name, v in out.items():
        if isinstance(v, float) and math.isnan(v):
            out[name] = None
    return {name: out[name] for name in MEASURES}
