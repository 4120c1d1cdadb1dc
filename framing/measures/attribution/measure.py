"""The attribution measure: cues, then a relation per cue, then the steps that join them (shared
sources of participles, content that stops at the next cue, quotations that inherit a speaker),
then the per-article figures."""
from __future__ import annotations

import bisect
from collections import Counter

from framing.article import Document, Span
from framing.lexicon import Lexicons
from framing.measures.actors import ActorsResult
from framing.measures.attribution.cues import BE
from framing.measures.attribution.cues import (
    coordinated, detector_cues, find_non_responses, lexicon_cues, poll_cues, punctuation_cues, quotation_frame_cues,
    report_adverb_cues, subject_cues,
)
from framing.measures.attribution.relations import according_to, verb_attribution
from framing.measures.attribution.result import Attribution, AttributionResult, Voice
from framing.measures.attribution.sources import AUX, Context, sentence_subject, source_type
from framing.quotes import is_title

__all__ = ["measure_attribution"]


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
    ctx = Context(doc, lexicons, actors)
    non_responses = ctx.non_responses = find_non_responses(ctx)
    silent = [r.span for r in non_responses]
    rule_cues = lexicon_cues(ctx, silent) if cues in ("rules", "both") else []
    model_cues = detector_cues(ctx, silent) if cues in ("model", "both") else []
    chosen = list(rule_cues)
    for cue in model_cues:
        if not any(c[1] < cue[2] and cue[1] < c[2] for c in rule_cues):
            chosen.append(cue)
    if cues != "rules":
        chosen.extend(coordinated(ctx, chosen))
        chosen.extend(subject_cues(ctx, chosen))
        chosen.extend(quotation_frame_cues(ctx, chosen))
    found: list[Attribution] = []
    for sent_index, i, j, entry, probability in sorted(chosen, key=lambda c: c[1]):
        sent = doc.sentences[sent_index]
        if entry is not None and entry.term.lower() == "according to":
            found.append(according_to(ctx, sent, i, j, entry))
        else:
            found.append(verb_attribution(ctx, sent, i, j, entry, probability))
    taken = [a.cue for a in found if a.cue is not None]
    found.extend(a for a in punctuation_cues(ctx) if not any(a.cue.overlaps(t) for t in taken))
    taken = [a.cue for a in found if a.cue is not None]
    contents = [a.content for a in found if a.content is not None]
    found.extend(report_adverb_cues(ctx, taken, contents))
    found.extend(poll_cues(ctx, taken, contents))
    found.sort(key=lambda a: a.cue.start if a.cue else 0)
    found = _expletive_it(ctx, found)
    found = _participles_share_source(ctx, found)
    found = _received_judgements(ctx, found)
    found = _stop_content_at_next_cue(ctx, found)
    found = _inherit_quotes(ctx, found)
    return _summarise(doc, actors, found, non_responses)


# words of an impersonal "it" construction: "it is unclear whether", "it seems likely that"
# what may stand between "it" and a passive cue: "it has been widely reported that"
_PASSIVE_BETWEEN = {"is", "was", "'s", "’s", "has", "had", "have", "been", "being", "be", "will", "would", "may",
                    "might", "could", "also", "now", "not", "n't", "widely", "previously", "first", "generally",
                    "still", "already", "long"}
_BE = {"is", "was", "'s", "’s", "been", "be", "being"}
_SEEM = {"seems", "seemed", "seem", "appears", "appeared", "appear"}
_CLAUSE_OPENERS = {"that", "whether", "if", "why", "how", "what", "who", "when", "where", "likely", "unlikely"}


def _expletive_it(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """An "it" that stands for no one is no source: "it is unclear whether", "it seems likely
    that", "it was reported that", "it is expected that" are attributions with no source
    (PolNeAR's ``Attribution-no-source``), not the voice of an "it". Not "it has said", "it is
    steering clear of", "it was pleased to announce" nor "it is likely to announce" (an
    organisation's "it")."""
    from dataclasses import replace

    starts = ctx.starts
    out: list[Attribution] = []
    for a in found:
        if a.source is not None and a.cue is not None and a.source_actor is None and a.source_text.lower() == "it" \
                and a.cue.start >= a.source.end:
            k, e = bisect.bisect_left(starts, a.source.end), bisect.bisect_left(starts, a.cue.end)
            words = ctx.lowers[k:e]
            m = next((n for n, w in enumerate(words) if w not in _PASSIVE_BETWEEN), len(words))
            head = words[m] if m < len(words) else ""
            after = ctx.lowers[k + m + 1 : k + m + 3]
            # "it is unclear whether", "it seems the": not "it is likely to announce", "it appears to"
            impersonal = head in ctx.lex.rule_words("impersonal") and (bool(_CLAUSE_OPENERS & set(after)) or head in _SEEM and after[:1] != ["to"])
            # "it was reported (recently) that", not "it was pleased to announce"
            last = len(words) - 1
            while last > m and words[last].endswith("ly"):
                last -= 1
            after_cue = ctx.lowers[e : e + 1]
            passive = (m == last and _BE & set(words[:m]) and head.endswith(("ed", "en", "wn", "id", "ght"))
                       and after[:1] != ["to"] and after_cue != ["to"])
            if impersonal or passive:
                a = replace(a, source=None, source_text="", source_type="none")
        out.append(a)
    return out


# what ends the agent after "from" of a received judgement, and opens its content
_AGENT_ENDS = {",", ".", ";", ":", "—", "–", "(", "over", "for", "about", "that", "after", "when", "because", "as",
               "since", "while", "but"}
_CONTENT_OPENERS = {"over", "for", "about", "that"}


def _received_judgements(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """"Trump has faced criticism from Democrats over the plan": a judgement its subject receives
    (a verb of ``received`` in ``rule_words.tsv`` -- faced, drew, received, won -- or "came under",
    "met with", then the cue's noun with at most three words between) is the judgement of the
    agent after "from" or "of" ("Democrats"), or of no one, not of the subject; its content is
    what follows ("the plan", "that the plan failed"), or else the subject, whom it judges."""
    from dataclasses import replace

    verbs = ctx.lex.rule_words("received")
    toks, low, starts = ctx.doc.tokens, ctx.lowers, ctx.starts
    out = []
    for a in found:
        if a.cue is None or a.source is None or a.source.end > a.cue.start or a.rule != "verb":
            out.append(a)
            continue
        sent = ctx.doc.sentences[a.sentence]
        i, j = bisect.bisect_left(starts, a.cue.start), bisect.bisect_left(starts, a.cue.end)
        noun = j - 1
        while noun > i and low[noun] in ("from", "of", "for", "over", "about"):
            noun -= 1
        v = next((k for k in range(noun - 1, max(sent.token_start, i - 4) - 1, -1) if low[k] in verbs
                  or low[k] == "under" and k > 0 and low[k - 1] in ("came", "come", "comes", "coming")
                  or low[k] == "with" and k > 0 and low[k - 1] == "met"), None)
        if v is None or noun - v > 4 or not toks[noun].text.isalpha() or not toks[noun].text.islower() \
                or any(not toks[k].text.isalpha() or low[k] in AUX for k in range(v + 1, noun)):
            out.append(a)
            continue
        # the subject, before the verb and its auxiliaries: whom the judgement is about
        w = v - 1 if low[v] not in ("under", "with") else v - 2
        while w > 0 and low[w] in AUX:
            w -= 1
        subject = Span(a.source.start, toks[w].end) if toks[w].end > a.source.start else a.source
        trailing = low[noun + 1 : j]  # the cue's own last words: "criticism from", "praise for"
        k = j
        source = (None, "", "none", None)
        opens = trailing[-1] if trailing and trailing[-1] in _CONTENT_OPENERS else None
        agent = trailing[-1:] in (["from"], ["of"]) or not trailing and k < sent.token_end and low[k] in ("from", "of")
        if agent:
            k = k if trailing else k + 1
            e = k
            while e < sent.token_end and low[e] not in _AGENT_ENDS and e - k < 12:
                e += 1
            if e > k:
                source = ctx.source_of(k, e)
                k = e
        if opens is None and k < sent.token_end and low[k] in _CONTENT_OPENERS:
            opens = low[k]
            k = k if opens == "that" else k + 1
        last = sent.token_end
        while last > k and not toks[last - 1].is_word:
            last -= 1
        content = Span(toks[k].start, toks[last - 1].end) if opens is not None and last > k else subject
        out.append(replace(_with_source(a, source), content=content, direct=False))
    return out


def _participles_share_source(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """'"...," Chaffetz said in a statement, adding that ...': a participle cue after a comma
    reports the same speaker as the attribution before it in the sentence; so does a verb with no
    subject of its own joined to that attribution's cue by "and" or "but" ("The union welcomed the
    decision but said ...")."""
    from dataclasses import replace

    toks, starts = ctx.doc.tokens, ctx.starts
    out: list[Attribution] = []
    for b in found:
        if b.cue is not None and b.rule in ("verb", "verb_participle") and b.cue_text.lower().endswith("ing"):
            k = bisect.bisect_left(starts, b.cue.start)
            before = [a for a in out if a.sentence == b.sentence and a.source is not None and a.cue is not None
                      and a.cue.end <= b.cue.start]
            if k > 0 and toks[k - 1].text == "," and before and (b.source is None or b.rule == "verb_participle"):
                b = replace(_with_source(b, _source_of(before[-1])), rule="verb_participle")
        elif b.cue is not None and b.source is None and b.rule == "verb" and not b.negated \
                and not BE & set(b.cue_text.lower().split()):
            # "The union welcomed the decision but said ...": a verb joined by "and" or "but" to
            # the cue before it shares that cue's subject; not a passive ("praised the report and
            # was accused of ...": who was spoken of, not who spoke)
            k = bisect.bisect_left(starts, b.cue.start) - 1
            while k >= 0 and ctx.lowers[k] in AUX and ctx.lowers[k] not in BE:
                k -= 1
            if k >= 0 and ctx.lowers[k] in ("and", "but"):
                first = next((a for a in out if a.sentence == b.sentence and a.source is not None and a.cue is not None
                              and a.cue.end <= b.cue.start and a.rule in ("verb", "verb_participle")), None)
                # the sentence's first cue: its main clause's ("Musk called X ... after he posted ...,
                # and repeated his call": Musk, not "he"); with none before it, the sentence's
                # subject ("Alvarez apologised but said")
                src = _source_of(first) if first else sentence_subject(ctx, ctx.doc.sentences[b.sentence], k + 1)
                if src[0] is not None:
                    b = _with_source(b, src)
        out.append(b)
    return out


def _source_of(a: Attribution) -> tuple:
    """An attribution's source as (span, text, type, actor), the shape the source rules return."""
    return a.source, a.source_text, a.source_type, a.source_actor


def _with_source(b: Attribution, source: tuple) -> Attribution:
    """``b`` with the source (span, text, type, actor)."""
    from dataclasses import replace

    return replace(b, source=source[0], source_text=source[1], source_type=source[2], source_actor=source[3])


def _stop_content_at_next_cue(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """Indirect content ends before the next attribution's cue in its sentence, or before that
    cue's subject ("he had spent time with troops, and repeated his call ..." leaves "and repeated
    ..." out; "Asked about the charges, Rubio said" leaves out "Rubio"); a relative clause's
    content ends at the comma before the main clause's verb ("the senator, who argued for the
    cuts, was wrong": "for the cuts"); a poll's finding keeps what its respondents said ("In the
    survey, most renters said rents had risen")."""
    from dataclasses import replace

    toks, low, starts = ctx.doc.tokens, ctx.lowers, ctx.starts
    out = []
    for a in found:
        if a.content is not None and not a.direct and a.cue is not None and a.rule != "poll":
            # the next cue, or its subject before it ("Asked about the charges, Rubio said": not "Rubio")
            later = [b.source.start if _opens_clause(ctx, a.content.start, b) else b.cue.start
                     for b in found if b.cue is not None and b.sentence == a.sentence
                     and a.content.start < b.cue.start < a.content.end and b.cue.start > a.cue.end]
            if _relative(ctx, a):  # "who argued for the cuts, was wrong": the clause closes
                k = bisect.bisect_left(starts, a.content.start)
                stop = bisect.bisect_left(starts, a.content.end)  # the tokens before the content's end
                close = next((m for m in range(k, stop - 1) if low[m] == "," and low[m + 1] in _MAIN_VERBS), None)
                if close is not None:
                    later.append(toks[close].start)
            if later:
                end = min(later)
                k = bisect.bisect_left(starts, end)
                k = k if k < len(toks) else None
                while k is not None and k > 0 and (low[k - 1] in {"and", ",", "but", "then"} or toks[k - 1].start >= end):
                    k -= 1
                if k is not None and k > 0 and toks[k - 1].end > a.content.start:
                    a = replace(a, content=Span(a.content.start, toks[k - 1].end))
        out.append(a)
    return out


# what opens the main clause again after a relative clause's closing comma ("who argued for the
# cuts, was wrong")
_MAIN_VERBS = {"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might",
               "must", "should", "did", "does", "do"}


def _relative(ctx: Context, b: Attribution) -> bool:
    """``b``'s source is a relative pronoun after a comma or a dash ("the senator, who argued"):
    its clause sits inside the sentence's main clause."""
    if b.source is None or b.source_text.lower() not in ("who", "which"):
        return False
    k = bisect.bisect_left(ctx.starts, b.source.start)
    return k > 0 and ctx.lowers[k - 1] in (",", "—", "–")


def _opens_clause(ctx: Context, after: int, b: Attribution) -> bool:
    """``b``'s source comes before its cue, after ``after``, and opens a clause: after a comma,
    "and" or "but" ("..., Rubio said"; not "patients than the 37 publicly reported", nor a
    relative: "the senator, who argued for the cuts")."""
    if b.source is None or not after < b.source.start < b.cue.start:
        return False
    k = bisect.bisect_left(ctx.starts, b.source.start)
    return k > 0 and ctx.lowers[k - 1] in (",", "and", "but") and ctx.lowers[k] not in ("who", "which", "that")


def _inherit_quotes(ctx: Context, found: list[Attribution]) -> list[Attribution]:
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
        if q.mark == "single" and words < 4 or is_title(doc.text[content.start : content.end]):
            continue  # a scare quote or a title ("Meet the Press"), not someone's words
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


def _same_anonymous(key: tuple[str, str], described: dict[str, list[tuple[str, str]]]) -> tuple[str, str]:
    """The voice of an anonymous source: "the official" after "A senior government official,
    speaking on condition of anonymity" is that official's, where the article described one
    such source before (by the same head noun, the last word before a comma or "who"); else its
    own. ``described`` collects the article's anonymous sources by head noun as they come."""
    words = key[0].split(",")[0].split(" who ")[0].split()
    if not words:
        return key
    head = words[-1]
    earlier = described.setdefault(head, [])
    if words[0] == "the" and len(words) == 2 and len(set(earlier)) == 1:
        return earlier[0]
    if key not in earlier:
        earlier.append(key)
    return key


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
    # a denied cue gives no one a voice ("Nobody said", "did not say whether"): not in the voices
    # nor in the words that rest on others'
    attributed = count_words([a.content for a in found if a.content is not None and not a.negated])
    voices: dict[tuple[str, str], list[int]] = {}
    shown: dict[tuple[str, str], str] = {}  # an unlinked source as first written ("the Lakeview Institute")
    described: dict[str, list[tuple[str, str]]] = {}  # head noun -> the anonymous sources with it, in order
    for a in found:
        if a.source_type == "none" or a.negated:
            continue
        actor = actors.get(a.source_actor) if a.source_actor else None
        key = (actor.name, source_type(actor)) if actor else (a.source_text.lower(), a.source_type)
        if actor is None and a.source_type == "anonymous":
            key = _same_anonymous(key, described)
        shown.setdefault(key, actor.name if actor else a.source_text)
        v = voices.setdefault(key, [0, 0])
        v[0] += 1
        v[1] += count_words([a.content]) if a.content else 0
    total_voice_words = sum(v[1] for v in voices.values()) or 1
    voice_rows = tuple(
        Voice(shown[key], key[1], n, w, round(w / total_voice_words, 4))
        for key, (n, w) in sorted(voices.items(), key=lambda kv: (-kv[1][1], -kv[1][0]))
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
        by_stance=dict(Counter(a.stance for a in found if a.cue is not None and not a.negated)),
        by_kind=dict(Counter(a.kind for a in found)),
        direct=sum(1 for a in found if a.direct),
        indirect=sum(1 for a in found if not a.direct),
        negated=sum(1 for a in found if a.negated),
    )
