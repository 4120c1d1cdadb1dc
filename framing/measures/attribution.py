"""Attribution: who is quoted or reported, by which cue, saying what.

An attribution relation has a cue (a reporting verb or phrase, ``reporting_verbs.tsv``), a
source (who speaks) and content (what is attributed), after the PARC / PolNeAR scheme
(Pareti 2016; Newell, Margolin and Ruths 2018, "An Attribution Relations Corpus for Political
News", LREC). Rules, each named in the ``rule`` field of what it finds:

- ``verb``: a reporting verb. Verbs whose frame is ``clause`` count only where they frame words
  (followed by "that", a colon, a comma or a quotation, or next to one). The source is the
  subject: the first actor or pronoun of the clause before the verb, skipping an apposition
  ("Hugh Hill, a doctor at the clinic, said"); after it in inverted order ('"...," said Hill').
  The content is the quotation next to the verb, else the clause after it.
- ``according_to``: "according to X, ..." -- the source is X, the content the rest of the
  sentence.
- ``quote_inherits``: a quotation with no cue in its sentence takes the speaker of the nearest
  attribution in the previous or next sentence of the same or an adjacent paragraph.
- Cues inside another attribution's quotation are not counted (they are the speaker's, not the
  writer's attribution).

Source types: person, organisation, place (named actors of that type; a pronoun linked to an actor
counts as the actor), named (a named actor of unknown type), anonymous (``anonymous_sources.tsv``),
document (``attribution_nouns.tsv``), pronoun (a pronoun linked to no actor), other (an unnamed
description), none (no source found).
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from framing.article import Document, Span
from framing.lexicon import Lexicons
from framing.measures.actors import ActorsResult

__all__ = ["Attribution", "NonResponse", "Voice", "AttributionResult", "measure_attribution"]

_AUX = {
    "has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "previously", "repeatedly",
    "later", "then", "did", "does", "do", "not", "n't", "would", "will", "could", "should", "may", "might",
    "reportedly", "once", "again", "publicly", "privately", "recently", "earlier", "further", "just",
    "already", "often", "still", "even", "apparently", "allegedly", "flatly", "quickly", "nor", "neither",
    "never", "immediately", "also", "first", "last", "only", "openly", "angrily",
}
_CLAUSE_BREAK = {",", ";", ":", "—", "–", "(", ")", "that", "and", "but", "after", "before", "while",
                 "when", "because", "as", "if", "although", "since", "though", "where", "who", "which"}
_QUOTE_CHARS = "\"“”‘’'«»„"
_PREPOSITIONS = {"at", "in", "of", "on", "to", "for", "with", "from", "by", "over", "about", "alongside",
                 "against", "into", "under", "after", "before", "'s", "’s", "than", "like"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "of",
                "these", "those", "some", "each", "every", "no"}


@dataclass(frozen=True)
class Attribution:
    """One attribution relation found in the text.

    ``cue``, ``source`` and ``content`` are spans into the text (``None`` where absent);
    ``source_actor`` is the canonical name of the actor who speaks, where known. ``direct`` is
    True when the content is a quotation. ``stance`` is the reporting verb's stance (neutral,
    distancing, endorsing, evaluative); ``kind`` is speech, belief or data. ``rule`` names the
    pattern and ``entry`` the lexicon row that fired (``cue_model`` for a cue the trained
    detector found among words the lexicon does not list); ``probability`` is the detector's
    probability for the cue (None where a rule alone found it).
    """

    sentence: int
    cue: Span | None
    cue_text: str
    source: Span | None
    source_text: str
    source_type: str
    source_actor: str | None
    content: Span | None
    direct: bool
    stance: str
    kind: str
    rule: str
    entry: str
    probability: float | None = None  # the cue detector's probability; None for a rule's cue


@dataclass(frozen=True)
class NonResponse:
    """A request for comment reported as unanswered or declined ("did not respond to a request
    for comment"), with the actor who did not respond where the sentence names one."""

    sentence: int
    span: Span
    text: str
    actor: str | None
    entry: str


@dataclass(frozen=True)
class Voice:
    """One source's share of the article: attributions and words of content attributed to it."""

    source: str
    source_type: str
    attributions: int
    words: int
    share_of_attributed_words: float


@dataclass(frozen=True)
class AttributionResult:
    """Attribution in one article.

    Rates: ``per_1000_words`` attributions per 1,000 words; ``sentence_share`` the share of
    sentences that carry an attribution (0-1); ``quoted_word_share`` the share of words inside
    quotation marks (0-1); ``attributed_word_share`` the share of words inside any attributed
    content, direct or indirect (0-1): how much of the text rests on others' words.
    """

    attributions: tuple[Attribution, ...]
    non_responses: tuple[NonResponse, ...]
    voices: tuple[Voice, ...]
    words: int
    per_1000_words: float
    sentence_share: float
    quoted_word_share: float
    attributed_word_share: float
    by_source_type: dict[str, int]
    by_stance: dict[str, int]
    by_kind: dict[str, int]
    direct: int
    indirect: int


class _Context:
    def __init__(self, doc: Document, lexicons: Lexicons, actors: ActorsResult):
        self.doc = doc
        self.lex = lexicons
        self.actors = actors
        self.lowers = [t.lower for t in doc.tokens]
        self.anon = lexicons["anonymous_sources"]
        self.docs = lexicons["attribution_nouns"]
        self.pronouns = {e.term.lower() for e in lexicons["pronouns"]}
        self.cue_probabilities: list[float] = []  # the cue detector's, where it ran
        # offset -> (actor, mention) for fast lookups
        self.mention_by_start: dict[int, tuple] = {}
        for a in actors.actors:
            for m in a.mentions:
                self.mention_by_start[m.start] = (a, m)

    def in_quote(self, tok_index: int) -> bool:
        tok = self.doc.tokens[tok_index]
        q = self.doc.quote_at(tok.start)
        return q is not None and any(s.start <= tok.start < s.end for s in q.segments)

    def source_of(self, i: int, j: int) -> tuple[Span | None, str, str, str | None]:
        """Describe the source in tokens [i, j): (span, text, type, actor name)."""
        toks = self.doc.tokens
        while i < j and (toks[i].lower in _AUX or toks[i].text in _QUOTE_CHARS or toks[i].text in ",."):
            i += 1
        while j > i and (toks[j - 1].lower in _AUX or toks[j - 1].text in ",." or toks[j - 1].text in _QUOTE_CHARS):
            j -= 1
        if i >= j:
            return None, "", "none", None
        if self.lowers[i] in {"who", "which"} and i > 0 and toks[i - 1].text in ",—–":
            span = Span(toks[i].start, toks[i].end)
            actor = self._antecedent(i - 1)
            if actor is None:  # "..., which suggests that": a clause, no one's voice
                return None, "", "none", None
            return span, toks[i].text, _source_type(actor), actor.name
        j = self._noun_phrase_end(i, j)
        span = Span(toks[i].start, toks[j - 1].end)
        text = self.doc.text[span.start : span.end]
        lows = self.lowers[i:j]
        head = self.docs.find(lows[:3])
        if head and head[0].token_start <= 1:
            return span, text, "document", None  # "records seen by The Post", "a report by X"
        # a named actor (or pronoun linked to one): the first in the phrase
        for k in range(i, j):
            hit = self.mention_by_start.get(toks[k].start)
            if hit and hit[0].type == "group" and " " not in hit[0].name and self.anon.find(lows):
                break  # "officials said": an unnamed group is an anonymous source
            if hit:
                actor, mention = hit
                # a pronoun linked to an actor counts as that actor; "a spokesman for X" speaks
                # for X: an organisation's voice
                return span, text, _source_type(actor), actor.name
        if self.docs.find(lows):
            return span, text, "document", None
        if self.anon.find(lows):
            return span, text, "anonymous", None
        if j - i == 1 and lows[0] in self.pronouns:
            return span, text, "pronoun", None
        return span, text, "other", None


    def _antecedent(self, comma: int):
        """The actor a relative pronoun after ``comma`` refers to: among the actors named in the
        12 tokens before it (in its sentence), a person first, then a group or organisation,
        the nearest of each."""
        toks = self.doc.tokens
        sentence = toks[comma].sentence
        found = []
        for k in range(comma - 1, max(-1, comma - 13), -1):
            if toks[k].sentence != sentence or toks[k].text in _QUOTE_CHARS or toks[k].text == ";":
                break
            hit = self.mention_by_start.get(toks[k].start)
            if hit:
                found.append(hit[0])
        rank = {"person": 0, "group": 1, "organisation": 1}
        return min(found, key=lambda a: rank.get(a.type, 2), default=None)

    def _noun_phrase_end(self, i: int, j: int) -> int:
        """Where the source's noun phrase ends within tokens [i, j): before the first auxiliary or
        other verb-like word ("Clinton laid out" -> "Clinton", "She'll present" -> "She"; "Clinton
        spokesman Nick Merrill" is kept whole)."""
        for k in range(i + 1, j):
            if self.lowers[k] in _VERBISH:
                return k
        return j


_VERBISH = {"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might",
            "must", "should", "did", "does", "do", "'ll", "’ll", "'d", "’d", "'re", "’re", "'ve", "’ve", "to",
            "went", "took", "made", "laid", "began", "started", "continued", "tried", "sought", "also", "then",
            "later", "again", "not", "never", "first", "repeatedly", "recently", "publicly", "now"}


def _source_type(actor) -> str:
    """The source type of a named actor: its type; an untyped name of two or three capitalised
    words found by capitalisation that speaks is a person (as :func:`with_speakers` types it);
    any other untyped name is ``named``."""
    from framing.measures.actors import speaking_type

    return actor.type if actor.type != "other" else (speaking_type(actor) or "named")


def _clause_start(ctx: _Context, sent_start: int, cue: int) -> int:
    """First token of the clause that ends just before the cue (skipping an apposition)."""
    toks = ctx.doc.tokens
    k = cue - 1
    while k >= sent_start and (toks[k].lower in _AUX):
        k -= 1
    if k >= sent_start and toks[k].text == ")":
        # "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the name
        m = k - 1
        while m >= sent_start and toks[m].text not in "()" and k - m <= 6:
            m -= 1
        if m > sent_start and toks[m].text == "(":
            end, k = k, m - 1
            while k >= sent_start and toks[k].lower not in _CLAUSE_BREAK and toks[k].text not in _QUOTE_CHARS:
                k -= 1
            return k + 1 if k + 1 < m else m
    # apposition: "Hugh Hill, a doctor at the clinic, said" / "Musk — who ..., has said" /
    # "Quina Jones, 25, said" / "Johnnie Wilson, of Springfield, Va., said"
    for _ in range(2):
        if not (k >= sent_start and toks[k].text in ",—–"):
            break
        m = k - 1
        while m >= sent_start and toks[m].text not in ",—–" and (
            toks[m].text not in _QUOTE_CHARS or _possessive(ctx, m)
        ):
            m -= 1
        if not (m >= sent_start and toks[m].text in ",—–"):
            break
        inner = ctx.lowers[m + 1 : k]
        if not inner:
            break
        if len([w for w in inner if w != "."]) == 1 and toks[m + 1].text[0].isupper() and m > sent_start:
            of = _of_place_before(ctx, sent_start, m)  # ", of Springfield, Va.,": the state closes it
            if of is not None:
                k = of - 1
                continue
        if inner[0] in _DETERMINERS or inner[0] in {"who", "which", "whose", "of"} or (len(inner) == 1 and inner[0].isdigit()):
            k = m - 1
        else:
            break
    end = k
    while k >= sent_start:
        t = toks[k]
        if t.lower in _CLAUSE_BREAK or t.text in _QUOTE_CHARS:
            break
        k -= 1
    if k >= sent_start and toks[k].lower in {"who", "which"} and k > sent_start and toks[k - 1].text not in ",—–":
        # "Two people who asked not to be named said": the subject is before the relative clause
        m = k - 1
        while m >= sent_start and toks[m].lower not in _CLAUSE_BREAK and toks[m].text not in _QUOTE_CHARS:
            m -= 1
        return m + 1
    if k > sent_start and toks[k].lower in {"who", "which"} and toks[k - 1].text in ",—–":
        return k  # "Democrats, who have argued that": the relative pronoun is the source
    return k + 1 if k + 1 <= end else end + 1


def _possessive(ctx: _Context, k: int) -> bool:
    """Token ``k`` is the apostrophe of a plural possessive ("the Residents' Council")."""
    toks = ctx.doc.tokens
    return toks[k].text in "'’" and k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].lower.endswith("s")


def _of_place_before(ctx: _Context, sent_start: int, comma: int) -> int | None:
    """Where the "of Place" apposition before ``comma`` opens (its comma: "Wilson, of
    Springfield, Va.,"), or None."""
    m = comma - 1
    while m >= sent_start and ctx.doc.tokens[m].text not in ",—–" and comma - m <= 4:
        m -= 1
    return m if m >= sent_start and ctx.lowers[m + 1 : m + 2] == ["of"] else None


def _frames_words(ctx: _Context, cue_start: int, cue_end: int, sent_start: int, sent_end: int) -> bool:
    toks = ctx.doc.tokens
    window = ctx.lowers[cue_end : min(cue_end + 4, sent_end)]
    if window and window[0] in {"that", ":", ",", "to"}:
        return True
    if any(w in {"that"} for w in window[1:3]):
        return True
    if any(toks[k].text in _QUOTE_CHARS for k in range(cue_end, min(cue_end + 3, sent_end))):
        return True
    before = [toks[k].text for k in range(max(sent_start, cue_start - 3), cue_start)]
    return any(b in _QUOTE_CHARS for b in before) or (before[-1:] == [","])


def _frames_call(ctx: _Context, cue_end: int, sent_end: int) -> bool:
    window = ctx.lowers[cue_end : min(cue_end + 8, sent_end)]
    if window[:1] == ["for"]:
        return True
    toks = ctx.doc.tokens
    return any(toks[k].text in _QUOTE_CHARS for k in range(cue_end, min(cue_end + 8, sent_end)))


def _content_after(ctx: _Context, cue_end: int, sent) -> tuple[Span | None, bool]:
    doc = ctx.doc
    toks = doc.tokens
    # a quotation that starts within a few tokens after the cue
    for k in range(cue_end, min(cue_end + 6, sent.token_end)):
        q = doc.quote_at(toks[k].start)
        if q is not None and toks[k].text in _QUOTE_CHARS and q.start == toks[k].start:
            between = ctx.lowers[cue_end:k]
            if "that" in between:
                break
            return q.content, True
    k = _skip_addressee(ctx, cue_end, sent.token_end)
    if k < sent.token_end and ctx.lowers[k] in {"that", ":", ","}:
        k += 1
    end = sent.token_end
    for m in range(k + 1, sent.token_end - 1):
        if toks[m].text == ";" or (toks[m].text == "," and ctx.lowers[m + 1] in {"but", "while", "after", "although", "though", "whereas"}):
            if not ctx.in_quote(m):
                end = m
                break
    while end > k and not toks[end - 1].is_word and toks[end - 1].text not in _QUOTE_CHARS:
        end -= 1
    if end <= k:
        return None, False
    return Span(toks[k].start, toks[end - 1].end), False


_ADDRESSEES = {"reporters", "journalists", "him", "her", "them", "us", "me", "you", "supporters", "lawmakers",
               "voters", "colleagues", "officials", "investigators", "members", "viewers", "listeners", "readers"}
_ADDRESSEE_VERBS = {"told", "tell", "tells", "telling", "informed", "inform", "informs", "assured", "assure",
                    "warned", "warn", "warns", "reminded", "briefed", "advised", "promised", "wrote"}


def _skip_addressee(ctx: _Context, k: int, end: int) -> int:
    """After "told" and the like, the addressee is not part of the content: "told reporters the
    plan was dead", "told The Post that ..."."""
    if k == 0 or ctx.lowers[k - 1] not in _ADDRESSEE_VERBS or k >= end:
        return k
    low = ctx.lowers
    if low[k] in _ADDRESSEES:
        return k + 1
    hit = ctx.mention_by_start.get(ctx.doc.tokens[k].start)
    if hit is None and low[k] in {"the", "a", "an"} and k + 1 < end:
        hit = ctx.mention_by_start.get(ctx.doc.tokens[k + 1].start)
        if hit is None and ctx.lowers[k + 1] in _ADDRESSEES | {"newspaper", "committee", "crowd", "audience", "court", "hearing", "station", "agency", "broadcaster"}:
            return k + 2
    if hit is not None:
        mention = hit[1]
        while k < end and ctx.doc.tokens[k].start < mention.end:
            k += 1
    return k


def _quote_before(ctx: _Context, cue_start: int, sent) -> tuple[Span | None, int]:
    """The quotation that closes shortly before the cue: (its content, its closing token)."""
    doc = ctx.doc
    toks = doc.tokens
    for k in range(cue_start - 1, max(sent.token_start - 1, cue_start - 8), -1):
        if toks[k].text in _QUOTE_CHARS:
            q = doc.quote_at(toks[k].start)
            if q is not None and q.end == toks[k].end:
                return q.content, k
    return None, -1


def measure_attribution(
    doc: Document, lexicons: Lexicons, actors: ActorsResult, cues: str = "model"
) -> AttributionResult:
    """Attribution relations of ``doc``, with per-article rates.

    ``actors`` comes from :func:`framing.measures.actors.find_actors` on the same document.
    ``cues`` chooses how cues are found: ``model`` (default: the trained cue detector of
    :mod:`framing.measures.cue_model`, with the lexicon's stance and kind for the words it
    knows), ``rules`` (the reporting-verb lexicon and its rules only) or ``both`` (either).
    Rates: attributions per 1,000 words; shares are fractions of sentences or words (0-1).
    """
    if cues not in ("model", "rules", "both"):
        raise ValueError(f"cues must be model, rules or both, not {cues!r}")
    ctx = _Context(doc, lexicons, actors)
    non_responses = _non_responses(ctx)
    silent = [r.span for r in non_responses]
    rule_cues = _rule_cues(ctx, silent) if cues in ("rules", "both") else []
    model_cues = _model_cues(ctx, silent) if cues in ("model", "both") else []
    chosen = list(rule_cues)
    for cue in model_cues:
        if not any(c[1] < cue[2] and cue[1] < c[2] for c in rule_cues):
            chosen.append(cue)
    if cues != "rules":
        chosen.extend(_coordinated(ctx, chosen))
    found: list[Attribution] = []
    for sent_index, i, j, entry, probability in sorted(chosen, key=lambda c: c[1]):
        sent = doc.sentences[sent_index]
        if entry is not None and entry.term.lower() == "according to":
            found.append(_according_to(ctx, sent, i, j, entry))
        else:
            found.append(_verb_attribution(ctx, sent, i, j, entry, probability))
    taken = [a.cue for a in found if a.cue is not None]
    found.extend(a for a in _punctuation_cues(ctx) if not any(a.cue.overlaps(t) for t in taken))
    found.sort(key=lambda a: a.cue.start if a.cue else 0)
    found = _participles_share_source(ctx, found)
    found = _stop_content_at_next_cue(ctx, found)
    found = _inherit_quotes(ctx, found)
    return _summarise(doc, actors, found, non_responses)


def _participles_share_source(ctx: _Context, found: list[Attribution]) -> list[Attribution]:
    """'"...," Chaffetz said in a statement, adding that ...': a participle cue after a comma
    reports the same speaker as the attribution before it in the sentence."""
    from dataclasses import replace

    toks, starts = ctx.doc.tokens, [t.start for t in ctx.doc.tokens]
    out: list[Attribution] = []
    for b in found:
        if b.cue is not None and b.rule in ("verb", "verb_participle") and b.cue_text.lower().endswith("ing"):
            k = bisect.bisect_left(starts, b.cue.start)
            before = [a for a in out if a.sentence == b.sentence and a.source is not None and a.cue is not None
                      and a.cue.end <= b.cue.start]
            if k > 0 and toks[k - 1].text == "," and before and (b.source is None or b.rule == "verb_participle"):
                a = before[-1]
                b = replace(b, source=a.source, source_text=a.source_text, source_type=a.source_type,
                            source_actor=a.source_actor, rule="verb_participle")
        out.append(b)
    return out


def _stop_content_at_next_cue(ctx: _Context, found: list[Attribution]) -> list[Attribution]:
    """Indirect content ends before the next attribution's cue in its sentence ("he had spent time
    with troops, and repeated his call ..." leaves "and repeated ..." out)."""
    from dataclasses import replace

    toks, low = ctx.doc.tokens, ctx.lowers
    out = []
    for a in found:
        if a.content is not None and not a.direct and a.cue is not None:
            later = [b.cue.start for b in found if b.cue is not None and b.sentence == a.sentence
                     and a.content.start < b.cue.start < a.content.end and b.cue.start > a.cue.end]
            if later:
                end = min(later)
                k = next((t.index for t in toks if t.start >= end), None)
                while k is not None and k > 0 and (low[k - 1] in {"and", ",", "but", "then"} or toks[k - 1].start >= end):
                    k -= 1
                if k is not None and k > 0 and toks[k - 1].end > a.content.start:
                    a = replace(a, content=Span(a.content.start, toks[k - 1].end))
        out.append(a)
    return out


_DASHES = {"―", "—", "--", "–"}


_NOT_SPEAKERS = {"correction", "clarification", "update", "updated", "source", "sources", "note", "editor",
                 "the latest", "related", "watch", "read", "video", "photos", "breaking", "exclusive", "analysis",
                 "opinion", "editorial", "live", "q", "a"}


def _speaker_label(ctx: _Context, k: int, c: int) -> bool:
    """Tokens [k, c) before a colon name a speaker: an actor named there, or a transcript's name in
    capitals ("PENCE:"), not a label ("Correction:", "The Latest:") or a headline's phrase."""
    words = " ".join(ctx.lowers[k:c])
    if words in _NOT_SPEAKERS or ctx.lowers[k] in _NOT_SPEAKERS:
        return False
    toks = ctx.doc.tokens
    if all(toks[m].text.isupper() for m in range(k, c) if toks[m].text[0].isalpha()):
        return True
    hit = ctx.mention_by_start.get(toks[k].start)
    return hit is not None and hit[1].end >= toks[c - 1].end


def _punctuation_cues(ctx: _Context) -> list[Attribution]:
    """Attributions whose cue is punctuation: a speaker's name and a colon opening a sentence
    ("PENCE: Well, look, ..."; "Poll: Voters abandon ..."), and a dash after a quotation that
    names its speaker ('"..." ― Carla Sanchez').
    """
    doc, toks, low = ctx.doc, ctx.doc.tokens, ctx.lowers
    out: list[Attribution] = []
    for sent in doc.sentences:
        a, b = sent.token_start, sent.token_end
        k = a
        while k < b and toks[k].text in _QUOTE_CHARS:
            k += 1
        c = k
        while c < b and c - k < 5 and (toks[c].text[0].isupper() or toks[c].text == ".") and toks[c].text != ":":
            c += 1
        if k < c < b - 1 and toks[c].text == ":" and toks[k].text[0].isalpha() and _speaker_label(ctx, k, c):
            source = ctx.source_of(k, c)
            end = b
            while end > c + 1 and not toks[end - 1].is_word:
                end -= 1
            content = Span(toks[c + 1].start, toks[end - 1].end) if end > c + 1 else None
            cue = Span(toks[c].start, toks[c].end)
            out.append(Attribution(sent.index, cue, ":", source[0], source[1], source[2], source[3], content,
                                   False, "neutral", "speech", "colon_speaker", ""))
        for d in range(a, b):
            if low[d] not in _DASHES or d + 1 >= b or not toks[d + 1].text[0].isupper():
                continue
            q = None
            for back in (d - 1, d - 2):
                if back >= 0 and toks[back].text in _QUOTE_CHARS:
                    q = doc.quote_at(toks[back].start)
                    break
            if q is None and d > a:
                continue
            if q is None:  # the dash opens the sentence: the quotation ended the previous one
                prev = doc.quotes[bisect.bisect_right([x.end for x in doc.quotes], toks[d].start) - 1] if doc.quotes else None
                q = prev if prev is not None and prev.end <= toks[d].start and toks[d].start - prev.end <= 3 else None
            if q is None:
                continue
            e = d + 1
            while e < b and e - d <= 4 and (toks[e].text[0].isupper() or toks[e].text == "."):
                e += 1
            source = ctx.source_of(d + 1, e)
            cue = Span(toks[d].start, toks[d].end)
            out.append(Attribution(sent.index, cue, toks[d].text, source[0], source[1], source[2], source[3], q.content,
                                   True, "neutral", "speech", "dash_speaker", ""))
    return out


def _model_cues(ctx: _Context, silent: list[Span]) -> list[tuple]:
    """Cues of the trained detector: (sentence, token start, token end, lexicon entry, p)."""
    from framing.measures.cue_model import load_cue_model, predict_cues, token_probabilities

    doc = ctx.doc
    model = load_cue_model()
    ctx.cue_probabilities = token_probabilities(doc, ctx.lex, model)
    verbs = ctx.lex["reporting_verbs"]
    out = []
    anonymous = [
        Span(doc.tokens[m.token_start].start, doc.tokens[m.token_end - 1].end)
        for sent in doc.sentences
        for m in ctx.anon.find(ctx.lowers, sent.token_start, sent.token_end)
    ]
    for cue in predict_cues(doc, ctx.lex, model, ctx.cue_probabilities):
        i, j = cue.token_start, cue.token_end
        while i < j and (ctx.lowers[i] in _AUX or ctx.lowers[i] in {",", "."}):
            i += 1  # "has claimed" keeps "claimed" as the cue's head; "has" alone is no cue
        while j > i and ctx.lowers[j - 1] in {",", ":", ".", ";"} and j - i > 1:
            j -= 1  # "said:" -> "said"
        if i >= j or ctx.in_quote(i):
            continue  # nothing but auxiliaries, or inside a quotation (the speaker's own report)
        start = doc.tokens[i].start
        if any(sp.start <= start < sp.end for sp in silent + anonymous):
            continue  # "did not respond to a request", "who asked not to be named"
        sent = doc.sentences[doc.tokens[i].sentence]
        naming = {"known", "called", "named", "dubbed"}
        if (ctx.lowers[j : j + 1] == ["as"] and ctx.lowers[j - 1] in naming) or (
            ctx.lowers[j - 1] == "as" and j - i >= 2 and ctx.lowers[j - 2] in naming
        ):
            continue  # "previously known as", "a group called": naming, not attribution
        if _passive_without_clause(ctx, sent, i, j) and ctx.lowers[j : j + 1] not in (["by"], ["of"], ["for"]):
            continue  # "was proposed in 2024"; "is supported by unions", "was accused of" stay
        i0 = cue.token_start if ctx.lowers[cue.token_start] in _AUX else i
        hits = verbs.find(ctx.lowers, i, j)
        if not hits:  # the lexicon entry may start before the span: "according" + "to"
            k = max(sent.token_start, i - 2)
            hits = [m for m in verbs.find(ctx.lowers, k, min(sent.token_end, j + 2)) if m.token_start < j and i < m.token_end]
        entry = hits[0].entry if hits else None
        if entry is not None and entry.term.lower() == "according to":
            i0, j = hits[0].token_start, hits[0].token_end
        if entry is not None and entry.get("frame") == "call" and cue.probability < 0.7 and not _frames_call(ctx, j, sent.token_end):
            continue  # a doubtful "called a strike", "called the meeting"
        out.append((sent.index, i0, j, entry, cue.probability))
    return out


def _coordinated(ctx: _Context, chosen: list[tuple]) -> list[tuple]:
    """Reporting verbs of the lexicon joined by "and" or "but" to a cue before them in their
    sentence ("Musk called Kelly a traitor ... and repeated his call for ..."), where the detector
    gives them at least ``_COORDINATED`` (it doubts verbs that follow another cue, since most are
    inside its content)."""
    doc = ctx.doc
    out = []
    for sent in doc.sentences:
        for m in ctx.lex["reporting_verbs"].find(ctx.lowers, sent.token_start, sent.token_end):
            i, j = m.token_start, m.token_end
            if m.entry.get("pos") != "verb" or max(ctx.cue_probabilities[i:j]) < _COORDINATED or ctx.in_quote(i):
                continue
            k = i - 1
            while k >= sent.token_start and ctx.lowers[k] in _AUX:
                k -= 1
            if k < sent.token_start or ctx.lowers[k] not in {"and", "but"}:
                continue
            if any(c[0] == sent.index and c[2] <= k for c in chosen) and not any(c[1] < j and i < c[2] for c in chosen):
                out.append((sent.index, i, j, m.entry, round(max(ctx.cue_probabilities[i:j]), 3)))
    return out


_COORDINATED = 0.25


def _rule_cues(ctx: _Context, silent: list[Span]) -> list[tuple]:
    """Cues of the reporting-verb lexicon that pass its rules: (sentence, start, end, entry, None)."""
    doc = ctx.doc
    verbs = ctx.lex["reporting_verbs"]
    out = []
    for sent in doc.sentences:
        matches = verbs.find(ctx.lowers, sent.token_start, sent.token_end)
        has_verb = any(m.entry.get("pos") == "verb" for m in matches)
        for match in matches:
            i, j, entry = match.token_start, match.token_end, match.entry
            if ctx.in_quote(i) or any(sp.start <= doc.tokens[i].start < sp.end for sp in silent):
                continue
            if entry.get("pos") == "phrase" and entry.term.lower() != "according to" and has_verb:
                continue  # "in an interview" qualifies the sentence's verb cue
            frame = entry.get("frame", "any")
            term = entry.term.lower()
            if doc.tokens[i].text[0].isupper() and not _sentence_initial(ctx, sent, i):
                continue  # "The Example Post", "Say Media": part of a name, not a verb
            if term == "according to":
                out.append((sent.index, i, j, entry, None))
                continue
            if term == "state" and not (ctx.lowers[i] == "stated" or ctx.lowers[j : j + 1] == ["that"]):
                continue
            if entry.get("pos") == "verb" and i > sent.token_start and ctx.lowers[i - 1] in _DETERMINERS:
                continue  # "the claim", "a report", "his call": a noun, not a verb
            if _passive_without_clause(ctx, sent, i, j):
                continue  # "was proposed in the plan", "were reported to councillors"
            kind = entry.get("kind", "speech")
            if kind == "data":
                # "records show ...": a cue only with a document or data subject, which frames
                # what follows whatever the verb's frame
                src = ctx.source_of(_clause_start(ctx, sent.token_start, i), i)
                if src[2] != "document":
                    continue
            elif frame == "clause" and not _frames_words(ctx, i, j, sent.token_start, sent.token_end):
                continue
            if frame == "call" and not _frames_call(ctx, j, sent.token_end):
                continue
            out.append((sent.index, i, j, entry, None))
    return out


def _verb_attribution(ctx: _Context, sent, i: int, j: int, entry, probability: float | None = None) -> Attribution:
    doc, toks = ctx.doc, ctx.doc.tokens
    quote_before, quote_close = _quote_before(ctx, i, sent)
    inverted = False
    participle = False
    src_start = _clause_start(ctx, sent.token_start, i)
    source = ctx.source_of(src_start, i)
    by = j - 1 if ctx.lowers[j - 1] == "by" else (j if ctx.lowers[j : j + 1] == ["by"] else None)
    head = i
    while head < j - 1 and ctx.lowers[head] in _AUX_OR_BE:
        head += 1
    if by is not None and _passive(ctx, sent, head):
        # "is supported by unions", "was first reported by The Post": the agent speaks
        k = by + 1
        while k < sent.token_end and ctx.lowers[k] not in _CLAUSE_BREAK and ctx.lowers[k] not in _AGENT_ENDS \
                and toks[k].text not in ".;:!?" and toks[k].text not in _QUOTE_CHARS and k - by <= 8:
            k += 1
        agent = ctx.source_of(by + 1, k)
        if agent[0] is not None:
            source = agent
    if source[0] is None and i > sent.token_start and ctx.lowers[i - 1] == "and":
        # "Musk called Kelly a traitor ... and repeated his call": the sentence's subject
        source = _sentence_subject(ctx, sent, i)
    if source[0] is None and ctx.lowers[i].endswith("ing") and i > sent.token_start and ctx.lowers[i - 1] == ",":
        # "..., claiming that ...": the subject of the main clause speaks
        source = _sentence_subject(ctx, sent, i)
        participle = source[0] is not None
    elif source[0] is None and i > sent.token_start and (toks[i - 1].text in _QUOTE_CHARS or toks[i - 1].text == ","):
        # '"...," said Hill.' -- the source follows the cue
        k = j
        while k < sent.token_end and toks[k].text not in ",.;:!?" and toks[k].text not in _QUOTE_CHARS and k - j < 8:
            k += 1
        source = ctx.source_of(j, k)
        inverted = source[0] is not None
    trailing = _trailing_cue(ctx, sent, src_start, j)
    if trailing is not None and quote_before is None:
        content, direct = trailing, False
    elif quote_before is not None and (inverted or quote_close >= src_start - 2):
        content, direct = quote_before, True
    else:
        start = j
        if inverted:
            start = j
            while start < sent.token_end and toks[start].text not in ",;:":
                start += 1
        content, direct = _content_after(ctx, start, sent)
        if content is None and quote_before is not None:
            content, direct = quote_before, True
    cue = Span(toks[i].start, toks[j - 1].end)
    return Attribution(
        sentence=sent.index,
        cue=cue,
        cue_text=doc.text[cue.start : cue.end],
        source=source[0],
        source_text=source[1],
        source_type=source[2],
        source_actor=source[3],
        content=content,
        direct=direct,
        stance=entry.get("stance", "neutral") if entry else "neutral",
        kind=entry.get("kind", "speech") if entry else _unlisted_kind(ctx, i, j),
        rule="verb_inverted" if inverted else ("verb_participle" if participle else "verb"),
        entry=entry.ref if entry else "cue_model",
        probability=probability,
    )


_BE = {"is", "was", "were", "are", "be", "been", "being", "'s"}
_AUX_OR_BE = _AUX | _BE
_AGENT_ENDS = (_PREPOSITIONS - {"of", "'s", "’s"}) | {"last", "this", "on", "earlier", "later"}


def _passive(ctx: _Context, sent, i: int) -> bool:
    """The verb at token ``i`` is passive: a form of "be" (and adverbs) before a participle."""
    k = i - 1
    while k >= sent.token_start and ctx.lowers[k] in {"also", "not", "n't", "widely", "first", "later", "previously"}:
        k -= 1
    return k >= sent.token_start and ctx.lowers[k] in _BE and ctx.lowers[i].endswith(("ed", "en", "id", "ld", "wn"))


def _passive_without_clause(ctx: _Context, sent, i: int, j: int) -> bool:
    """A passive reporting verb with no clause or quotation after it ("was proposed in 2024")."""
    if not _passive(ctx, sent, i):
        return False
    after = ctx.lowers[j : j + 3]
    return not ({"that", "to", "as", ":"} & set(after)) and not any(
        ctx.doc.tokens[m].text in _QUOTE_CHARS for m in range(j, min(j + 3, sent.token_end))
    )


def _trailing_cue(ctx: _Context, sent, src_start: int, cue_end: int) -> Span | None:
    """"The bridge will close, officials said on Tuesday." -- a cue closing its sentence after a
    comma reports what comes before the comma."""
    toks = ctx.doc.tokens
    rest = [t for t in toks[cue_end : sent.token_end] if t.is_word]
    if len(rest) > 4 or any(t.lower == "that" for t in rest) or src_start <= sent.token_start + 2:
        return None
    comma = src_start - 1
    if toks[comma].text not in ",—–":
        return None
    a, b = sent.token_start, comma
    while a < b and not toks[a].is_word:
        a += 1
    return Span(toks[a].start, toks[b - 1].end) if b > a else None


def _sentence_initial(ctx: _Context, sent, i: int) -> bool:
    return all(not t.text[0].isalnum() for t in ctx.doc.tokens[sent.token_start : i])


_BELIEF = {"want", "wants", "wanted", "wanting", "like", "likes", "liked", "seem", "seems", "seemed", "appear",
           "appears", "appeared", "view", "views", "viewed", "see", "sees", "saw", "plan", "plans", "planned",
           "intend", "intends", "intended", "prefer", "prefers", "preferred", "consider", "considers", "considered"}


def _unlisted_kind(ctx: _Context, i: int, j: int) -> str:
    """The kind of a cue the lexicon does not list: speech for a colon or dash before a quotation,
    belief for wants and views, else stance (support, criticism, endorsement)."""
    words = ctx.lowers[i:j]
    if any(w in {":", "—", "―", "–"} for w in words):
        return "speech"
    if any(w in _BELIEF for w in words):
        return "belief"
    return "stance"


def _sentence_subject(ctx: _Context, sent, before: int):
    """The first actor named in the sentence before token ``before``, outside quotations."""
    toks = ctx.doc.tokens
    for k in range(sent.token_start, before):
        if ctx.in_quote(k):
            continue
        hit = ctx.mention_by_start.get(toks[k].start)
        if hit and (k == sent.token_start or ctx.lowers[k - 1] not in _PREPOSITIONS):
            m = hit[1]
            end = k
            while end < before and toks[end].end <= m.end:
                end += 1
            return ctx.source_of(k, end)
    return None, "", "none", None


def _according_to(ctx: _Context, sent, i: int, j: int, entry) -> Attribution:
    doc, toks = ctx.doc, ctx.doc.tokens
    k = j
    while k < sent.token_end and toks[k].text not in ",;." and k - j < 12:
        k += 1
    source = ctx.source_of(j, k)
    # the content is the rest of the sentence without the "according to X" phrase
    if i > sent.token_start:
        a, b = sent.token_start, i
    else:
        a, b = min(k + 1, sent.token_end), sent.token_end
    while b > a and not toks[b - 1].is_word:
        b -= 1
    content = Span(toks[a].start, toks[b - 1].end) if b > a else None
    cue = Span(toks[i].start, toks[j - 1].end)
    return Attribution(
        sent.index, cue, doc.text[cue.start : cue.end], source[0], source[1], source[2], source[3],
        content, False, entry.get("stance", "neutral"), entry.get("kind", "speech"), "according_to", entry.ref,
    )


def _inherit_quotes(ctx: _Context, found: list[Attribution]) -> list[Attribution]:
    """Quotations with no attribution in their sentence take the nearest speaker around them."""
    doc = ctx.doc
    covered = [a.content for a in found if a.content is not None]
    by_sentence: dict[int, list[Attribution]] = {}
    for a in found:
        by_sentence.setdefault(a.sentence, []).append(a)
    sentence_of = {}
    for s in doc.sentences:
        sentence_of[s.index] = s
    extra: list[Attribution] = []
    for q in doc.quotes:
        content = q.content
        if any(c.overlaps(content) for c in covered):
            continue
        words = len(doc.text[content.start : content.end].split())
        if q.mark == "single" and words < 4:
            continue  # a scare quote or a title, not someone's words
        sent_idx = _sentence_index(doc, q.start)
        if sent_idx in by_sentence:
            continue
        para = doc.sentences[sent_idx].paragraph
        speaker = None
        for delta in (-1, 1, -2, 2):
            near = by_sentence.get(sent_idx + delta)
            if near and abs(doc.sentences[sent_idx + delta].paragraph - para) <= 1:
                speaker = next((a for a in near if a.kind == "speech" and a.source_type != "none"), None)
                if speaker:
                    break
        if speaker is None:
            source = (None, "", "none", None)
        else:
            source = (speaker.source, speaker.source_text, speaker.source_type, speaker.source_actor)
        extra.append(
            Attribution(sent_idx, None, "", source[0], source[1], source[2], source[3], content, True,
                        "neutral", "speech", "quote_inherits" if speaker else "quote_no_speaker", "")
        )
    return sorted(found + extra, key=lambda a: (a.sentence, a.cue.start if a.cue else (a.content.start if a.content else 0)))


def _sentence_index(doc: Document, offset: int) -> int:
    starts = [s.start for s in doc.sentences]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _non_responses(ctx: _Context) -> tuple[NonResponse, ...]:
    doc = ctx.doc
    lex = ctx.lex["no_comment"]
    out = []
    for sent in doc.sentences:
        for m in lex.find(ctx.lowers, sent.token_start, sent.token_end):
            span = Span(doc.tokens[m.token_start].start, doc.tokens[m.token_end - 1].end)
            source = ctx.source_of(_clause_start(ctx, sent.token_start, m.token_start), m.token_start)
            out.append(NonResponse(sent.index, span, doc.text[span.start : span.end], source[3], m.entry.ref))
    return tuple(out)


def _summarise(doc: Document, actors: ActorsResult, found: list[Attribution], non_responses) -> AttributionResult:
    words = doc.word_count
    word_starts = [t.start for t in doc.tokens if t.is_word]

    def count_words(spans: list[Span]) -> int:
        inside = 0
        merged: list[list[int]] = []
        for s in sorted(spans, key=lambda s: s.start):
            if merged and s.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], s.end)
            else:
                merged.append([s.start, s.end])
        for a, b in merged:
            inside += bisect.bisect_left(word_starts, b) - bisect.bisect_left(word_starts, a)
        return inside

    quoted = count_words([seg for q in doc.quotes for seg in q.segments])
    attributed = count_words([a.content for a in found if a.content is not None])
    voices: dict[tuple[str, str], list[int]] = {}
    for a in found:
        if a.source_type == "none":
            continue
        actor = actors.get(a.source_actor) if a.source_actor else None
        key = (actor.name, actor.type) if actor else (a.source_text.lower(), a.source_type)
        v = voices.setdefault(key, [0, 0])
        v[0] += 1
        v[1] += count_words([a.content]) if a.content else 0
    total_voice_words = sum(v[1] for v in voices.values()) or 1
    voice_rows = tuple(
        Voice(name, typ, n, w, round(w / total_voice_words, 4))
        for (name, typ), (n, w) in sorted(voices.items(), key=lambda kv: (-kv[1][1], -kv[1][0]))
    )
    sentences_with = len({a.sentence for a in found})
    n_sent = len(doc.sentences) or 1
    return AttributionResult(
        attributions=tuple(found),
        non_responses=non_responses,
        voices=voice_rows,
        words=words,
        per_1000_words=round(1000 * len(found) / words, 3) if words else 0.0,
        sentence_share=round(sentences_with / n_sent, 4),
        quoted_word_share=round(quoted / words, 4) if words else 0.0,
        attributed_word_share=round(attributed / words, 4) if words else 0.0,
        by_source_type=dict(Counter(a.source_type for a in found)),
        by_stance=dict(Counter(a.stance for a in found if a.cue is not None)),
        by_kind=dict(Counter(a.kind for a in found)),
        direct=sum(1 for a in found if a.direct),
        indirect=sum(1 for a in found if not a.direct),
    )
