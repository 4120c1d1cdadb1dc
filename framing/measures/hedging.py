"""Hedging: hedges and boosters per sentence.

Hedges (``hedges.tsv``) withhold commitment ("may", "apparently", "it is unclear whether");
boosters (``boosters.tsv``) assert it ("clearly", "in fact"). Sources: Hyland (2005),
Metadiscourse; Islam, Xiao and Mercer (2020), LREC; cue types after the Szeged Uncertainty Corpus
(Szarvas et al. 2012). A booster under negation ("not necessarily") counts as a hedge of type
``negated_booster``.

Context rules (the ``rule`` column of ``hedges.tsv``), for the known traps; the words they test
for are rows of ``rule_words.tsv`` (rules ``month_before``, ``noun_before``, ``suspect_noun``,
``quantity``, ``unit``) that a lexicons folder of one's own can extend:

- ``modal_may``: "May" the month does not count: a capitalised "May", or "may" next to a number
  or after "in", "of", "since", "until", "by", "early", "late", "mid".
- ``noun_might``: "might" after a determiner or preposition ("the might of") does not count.
- ``before_number``: "about", "around", "nearly", "some" count only before a quantity ("about
  300", "about half", "about an hour"): "about the war" and "around a table" do not count.
- ``not_reported_future``: "would" after a reporting verb in the same clause ("said it would")
  is the future of reported speech, not a hedge ("..., but that would be a mistake" is one).
- ``possibility``: "could not"/"couldn't" is ability, not a hedge.
- ``attributive``: "apparent" counts before a noun ("the apparent attack"), not in "it became
  apparent that".
- ``hedge_suggest``: "suggest"/"indicate" count when the subject is not a person ("the data
  suggest"); "he suggested a deal" is a reporting verb.
- ``not_noun_kind``: "kind of"/"sort of" count as degree ("kind of odd"), not after an article
  ("a kind of fish").
- ``doxastic_passive``: "considered" counts as a belief when passive or evaluative ("is
  considered", "widely considered", "considered to be"), not "the council considered the plan".
- ``not_set_phrase``: "possible" does not count in "as soon as possible", "the best possible".
- ``conditional_if``: "if" does not count in "if only", "if anything", "as if", "even if".
- ``not_noun_thought``: "thought" does not count as a noun ("school of thought").
- ``not_supposed_to``: "supposed to" is an obligation or plan, not a belief.
- ``not_comparative``: "expected" does not count in "than expected", "as expected".

A booster of several words takes its words from a hedge inside it: "no doubt", "without a doubt"
are boosters, not the hedge "doubt".
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from framing.article import Document, Span
from framing.lexicon import Lexicons

__all__ = ["Hit", "SentenceHedging", "HedgingResult", "measure_hedging"]

# the context rules' word lists are data (``rule_words.tsv``): ``month_before`` ("in May"),
# ``noun_before`` ("the might of", "the suspect"), ``suspect_noun`` ("a murder suspect"),
# ``quantity`` ("about two") and ``unit`` ("about an hour"); closed classes of grammar stay here
_NEGATORS = {"not", "n't", "no", "never", "nor", "neither", "without", "hardly"}
_PERSON_SUBJECTS = {"he", "she", "they", "i", "we", "you"}


@dataclass(frozen=True)
class Hit:
    """A hedge or booster: its span, the words, its type and the lexicon row (``entry``) that fired."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str  # hedge | booster
    type: str  # epistemic, doxastic, conditional, investigation, approximator, degree, negated_booster, booster
    entry: str
    rule: str  # the context rule that was checked, or ""


@dataclass(frozen=True)
class SentenceHedging:
    sentence: int
    hedges: int
    boosters: int


@dataclass(frozen=True)
class HedgingResult:
    """Hedges and boosters of one article.

    ``hedges_per_1000_words`` and ``boosters_per_1000_words`` are rates per 1,000 words;
    ``hedged_sentence_share`` the share of sentences with at least one hedge (0-1);
    ``boosters_per_hedge`` boosters divided by hedges (None when there is no hedge).
    """

    hits: tuple[Hit, ...]
    sentences: tuple[SentenceHedging, ...]
    hedges: int
    boosters: int
    hedges_per_1000_words: float
    boosters_per_1000_words: float
    hedged_sentence_share: float
    boosters_per_hedge: float | None
    by_type: dict[str, int]


def _is_number(tok_text: str, lower: str, quantities: frozenset[str]) -> bool:
    return tok_text[0].isdigit() or lower in quantities


def _check(rule: str, lowers: list[str], doc: Document, i: int, j: int, sent_start: int, sent_end: int,
           reporting_before: bool, lex: Lexicons) -> bool:
    toks = doc.tokens
    prev = lowers[i - 1] if i > sent_start else ""
    nxt = lowers[j] if j < sent_end else ""
    nxt_text = toks[j].text if j < sent_end else ""
    if rule == "modal_may":
        if toks[i].text == "May":
            return False  # capitalised: the month (a sentence-initial modal "May I" is rare in news)
        if prev in lex.rule_words("month_before") or (nxt_text[:1].isdigit()) or (i > sent_start and toks[i - 1].text[:1].isdigit()):
            return False
        return True
    if rule == "noun_might":
        return prev not in lex.rule_words("noun_before")
    if rule == "before_number":
        k = j
        while k < sent_end and lowers[k] in {"$", "£", "€", "us$"}:
            k += 1
        if k < sent_end and lowers[k] in {"a", "an"}:
            return k + 1 < sent_end and lowers[k + 1] in lex.rule_words("unit")
        return k < sent_end and _is_number(toks[k].text, lowers[k], lex.rule_words("quantity"))
    if rule == "not_reported_future":
        return not reporting_before  # a reporting verb earlier in the same clause
    if rule == "possibility":
        return nxt not in {"not", "n't"} and not lowers[i].endswith("n't")
    if rule == "attributive":
        return prev not in {"became", "become", "becomes", "is", "was", "are", "were", "be", "been"} and nxt != "that"
    if rule == "not_noun_kind":  # "a kind of fish", "this sort of thing", "a new kind of policy"
        return prev not in {"a", "an", "the", "this", "that", "these", "those", "every", "any", "some", "what", "one",
                            "new", "different", "same", "other", "certain", "particular", "similar", "whole", "right",
                            "wrong", "special", "that's", "what's"}
    if rule == "verb_suspect":  # "police suspect that", not "the suspect", "two suspects", "a murder suspect"
        if lowers[i] == "suspects":  # a plural noun, but after "he", "she", "who", or before "that"
            return prev in {"he", "she", "it", "who", "one"} or nxt == "that"
        noun = prev in lex.rule_words("noun_before") or prev in lex.rule_words("suspect_noun")
        return not noun and not (prev and _is_number(toks[i - 1].text, prev, lex.rule_words("quantity")))
    if rule == "not_believe_in":  # "believe in democracy": faith, not a belief that something is so
        return nxt != "in"
    if rule == "not_likely_voters":  # "900 likely voters": the pollsters' term for a population
        return nxt not in {"voters", "caucusgoers", "electorate"}
    if rule == "not_concessive":  # ", whether rich or poor": regardless, no question (not ", whether to run or not")
        return not (prev in {",", "—", "–"} and "or" in lowers[j : min(j + 3, sent_end)]
                    and nxt not in {"to", "he", "she", "they", "it", "we", "i", "you", "the"})
    if rule == "doxastic_passive":  # "is considered (to be)", "widely considered", "considered by"
        return prev in {"is", "are", "was", "were", "be", "been", "being", "widely", "generally", "often", "long",
                        "still", "now", "also"} or nxt in {"to", "as", "by", "one", "among", "a", "an", "the", "it", "him", "her",
                                             "them", "himself", "herself", "itself", "themselves"} and prev not in {"he", "she", "they", "we", "i", "it", "committee", "council", "court"}
    if rule == "not_set_phrase":  # "as soon as possible", "the best possible", "where possible"
        return not (prev in {"as", "best", "maximum", "minimum", "highest", "lowest", "where", "whenever", "wherever", "greatest", "fastest", "every", "all"}
                    or nxt in {"to"} and prev in {"made", "make", "makes", "making"})
    if rule == "conditional_if":  # not "if only", "if anything", "as if", "even if", "if and only if"
        return nxt not in {"only", "anything", "any", "not", "and"} and prev not in {"as", "even", "only"}
    if rule == "not_noun_thought":  # "school of thought", "a thought", "the thought of"
        return lowers[i] != "thought" or prev not in {"of", "a", "the", "his", "her", "their", "this", "that", "second", "some"}
    if rule == "not_comparative":  # "smaller than expected", "rose as expected": no expectation of the writer's
        return prev not in {"than", "as"}
    if rule == "not_supposed_to":  # "was supposed to arrive": an obligation or plan
        return nxt != "to"
    if rule == "hedge_suggest":
        k = i - 1
        while k >= sent_start and lowers[k] in {"also", "has", "have", "had", "strongly", "may", "might", "would", "could", "to", "seem", "seems", "seemed"}:
            k -= 1
        if k < sent_start:
            return True
        subj = toks[k]
        return not (lowers[k] in _PERSON_SUBJECTS or (subj.text[0].isupper() and k > sent_start))
    return True


def measure_hedging(doc: Document, lexicons: Lexicons) -> HedgingResult:
    """Hedges and boosters in ``doc`` with their spans, per sentence and per 1,000 words.

    References: Hyland, K. (2005). Metadiscourse. Continuum. Islam, J., Xiao, L. and Mercer, R.
    (2020). A Lexicon-based Approach for Detecting Hedges in Informal Text. LREC.
    """
    hedges = lexicons["hedges"]
    boosters = lexicons["boosters"]
    verbs = lexicons["reporting_verbs"]
    lowers = [t.lower for t in doc.tokens]
    toks = doc.tokens
    hits: list[Hit] = []
    per_sentence: list[SentenceHedging] = []
    for sent in doc.sentences:
        s0, s1 = sent.token_start, sent.token_end
        speech_at = [m.token_start for m in verbs.find(lowers, s0, s1) if m.entry.get("kind") == "speech"]
        clause_breaks = [k for k in range(s0, s1) if lowers[k] in {";", "but", "—"} or (lowers[k] == "," and k + 1 < s1 and lowers[k + 1] in {"but", "and", "while", "although"})]
        sentence_hits: list[Hit] = []
        taken: set[int] = set()
        booster_matches = boosters.find(lowers, s0, s1)
        phrases = [(m.token_start, m.token_end) for m in booster_matches if m.token_end - m.token_start > 1]
        for m in hedges.find(lowers, s0, s1):
            if any(a <= m.token_start and m.token_end <= b for a, b in phrases):
                continue  # "no doubt", "without a doubt": the booster's words
            rule = m.entry.get("rule")
            reported = any(
                k < m.token_start and not any(k < b < m.token_start for b in clause_breaks) for k in speech_at
            )
            if rule and not _check(rule, lowers, doc, m.token_start, m.token_end, s0, s1, reported, lexicons):
                continue
            sentence_hits.append(_hit(doc, m.token_start, m.token_end, sent.index, "hedge", m.entry.get("type", "epistemic"), m.entry.ref, rule))
            taken.update(range(m.token_start, m.token_end))
        for m in booster_matches:
            if taken.intersection(range(m.token_start, m.token_end)):
                continue
            negated = _negated(lowers, s0, m.token_start)
            if negated:
                sentence_hits.append(_hit(doc, m.token_start, m.token_end, sent.index, "hedge", "negated_booster", m.entry.ref, "negated"))
            else:
                sentence_hits.append(_hit(doc, m.token_start, m.token_end, sent.index, "booster", "booster", m.entry.ref, ""))
        sentence_hits.sort(key=lambda h: h.start)
        hits.extend(sentence_hits)
        per_sentence.append(SentenceHedging(
            sent.index,
            sum(1 for h in sentence_hits if h.kind == "hedge"),
            sum(1 for h in sentence_hits if h.kind == "booster"),
        ))
    words = doc.word_count
    n_hedges = sum(1 for h in hits if h.kind == "hedge")
    n_boosters = len(hits) - n_hedges
    n_sent = len(doc.sentences) or 1
    return HedgingResult(
        hits=tuple(hits),
        sentences=tuple(per_sentence),
        hedges=n_hedges,
        boosters=n_boosters,
        hedges_per_1000_words=round(1000 * n_hedges / words, 3) if words else 0.0,
        boosters_per_1000_words=round(1000 * n_boosters / words, 3) if words else 0.0,
        hedged_sentence_share=round(sum(1 for s in per_sentence if s.hedges) / n_sent, 4),
        boosters_per_hedge=round(n_boosters / n_hedges, 4) if n_hedges else None,
        by_type=dict(Counter(h.type for h in hits)),
    )


def _negated(lowers: list[str], sent_start: int, i: int) -> bool:
    """A negator among the 8 words before token ``i``, within its clause."""
    for k in range(i - 1, max(sent_start, i - 8) - 1, -1):
        if lowers[k] in {",", ";", ":", "but", "—"}:
            return False
        if lowers[k] in _NEGATORS:
            return True
    return False


def _hit(doc: Document, i: int, j: int, sentence: int, kind: str, typ: str, entry: str, rule: str) -> Hit:
    span = Span(doc.tokens[i].start, doc.tokens[j - 1].end)
    return Hit(span.start, span.end, doc.text[span.start : span.end], sentence, kind, typ, entry, rule)
