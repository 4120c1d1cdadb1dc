"""Where attributions are: the trained cue detector's cues, the reporting-verb lexicon's rules,
coordinated verbs, verbs their subject settles ("The average of polls shows"), the verb of a
quotation's frame ('"...," Oliver barked.'), punctuation cues
("PENCE:", a dash after a quotation), unnamed reports ("reportedly"), polls ("In a CBS News
poll, ..."), and non-responses ("did not respond to a request for comment")."""
from __future__ import annotations

import bisect

from framing.article import Span
from framing.measures.attribution.content import frames_call, frames_words
from framing.measures.attribution.result import Attribution, NonResponse
from framing.measures.attribution.sources import (
    AUX, CLAUSE_BREAK, DASHES, DETERMINERS, PREPOSITIONS, QUOTE_CHARS, SUBORDINATORS, Context, clause_start,
)




def _speaker_label(ctx: Context, k: int, c: int) -> bool:
    """Tokens [k, c) before a colon name a speaker: an actor named there, or a transcript's name in
    capitals ("PENCE:"), not a label ("Correction:", "The Latest:"), a headline's phrase or a
    title ("American Carnage:"); labels: ``not_speaker`` of ``rule_words.tsv``."""
    words = " ".join(ctx.lowers[k:c])
    labels = ctx.lex.rule_words("not_speaker")
    if words in labels or ctx.lowers[k] in labels:
        return False
    toks = ctx.doc.tokens
    if all(toks[m].text.isupper() for m in range(k, c) if toks[m].text[0].isalpha()):
        return True
    hit = ctx.mention_by_start.get(toks[k].start)
    # not a name that begins with an organisation's or a place's ("American Carnage: a must-read")
    return hit is not None and hit[1].end >= toks[c - 1].end and hit[1].rule != "longer_name"


def punctuation_cues(ctx: Context) -> list[Attribution]:
    """Attributions whose cue is punctuation: a speaker's name and a colon opening a sentence
    ("PENCE: Well, look, ..."; "Poll: Voters abandon ..."), and a dash after a quotation that
    names its speaker ('"..." ― Carla Sanchez').
    """
    doc, toks, low = ctx.doc, ctx.doc.tokens, ctx.lowers
    out: list[Attribution] = []
    for sent in doc.sentences:
        a, b = sent.token_start, sent.token_end
        k = a
        while k < b and toks[k].text in QUOTE_CHARS:
            k += 1
        c = k
        while c < b and c - k < 5 and (toks[c].text[0].isupper() or toks[c].text == ".") and toks[c].text != ":":
            c += 1
        if (k < c < b - 1 and toks[c].text == ":" and toks[k].text[0].isalpha() and _speaker_label(ctx, k, c)
                and any(t.text[0].isalpha() for t in toks[c + 1 : b])):  # not "Clinton: 2,316." (a count)
            source = ctx.source_of(k, c)
            end = b
            while end > c + 1 and not toks[end - 1].is_word:
                end -= 1
            content = Span(toks[c + 1].start, toks[end - 1].end) if end > c + 1 else None
            cue = Span(toks[c].start, toks[c].end)
            out.append(Attribution(sent.index, cue, ":", source[0], source[1], source[2], source[3], content,
                                   False, "neutral", "speech", "colon_speaker", ""))
        for d in range(a, b):
            if low[d] not in DASHES or d + 1 >= b or not toks[d + 1].text[0].isupper():
                continue
            q = None
            for back in (d - 1, d - 2):
                if back >= 0 and toks[back].text in QUOTE_CHARS:
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


def _words_span(ctx: Context, a: int, b: int) -> Span | None:
    """The span from the first to the last word among tokens [a, b), or None if there is none."""
    toks = ctx.doc.tokens
    while a < b and not toks[a].is_word:
        a += 1
    while b > a and not toks[b - 1].is_word:
        b -= 1
    return Span(toks[a].start, toks[b - 1].end) if b > a else None


def _rule_row(ctx: Context, k: int) -> str:
    hit = ctx.lex["rule_words"].match_at(ctx.lowers, k, k + 1)
    return hit[1].ref if hit else "rule_words.tsv"


def report_adverb_cues(ctx: Context, taken: list[Span], contents: list[Span]) -> list[Attribution]:
    """Attributions to unnamed reports: an adverb of ``report_adverb`` (``rule_words.tsv``) that
    says its clause rests on others' words ("The FBI is reportedly making arrangements to ...")
    is a cue with no source, and its sentence is the content; not where a cue that names who
    reports stands just after it ("reportedly said": that cue's relation carries it), nor inside
    another attribution's content ("An official said the pump had reportedly failed": the
    official's report, as PolNeAR leaves nested cues unmarked)."""
    doc, toks, low = ctx.doc, ctx.doc.tokens, ctx.lowers
    adverbs = ctx.lex.rule_words("report_adverb")
    starts = {t.start for t in taken}
    out: list[Attribution] = []
    for sent in doc.sentences:
        for k in range(sent.token_start, sent.token_end):
            if low[k] not in adverbs or ctx.in_quote(k):
                continue
            cue = Span(toks[k].start, toks[k].end)
            after = range(k + 1, min(k + 4, sent.token_end))
            if any(cue.overlaps(t) for t in taken) or any(toks[m].start in starts for m in after) \
                    or any(c.start <= cue.start < c.end for c in contents):
                continue
            content = _words_span(ctx, sent.token_start, sent.token_end)
            out.append(Attribution(sent.index, cue, toks[k].text, None, "", "none", None, content, False,
                                   "neutral", "speech", "report_adverb", _rule_row(ctx, k)))
    return out


_POLL_PHRASE_MAX = 12  # words from "in" to the end of the poll's phrase
_POLL_TAIL = 4  # words after the poll's noun in a phrase that ends its sentence's clause ("this month")


def poll_cues(ctx: Context, taken: list[Span], contents: list[Span]) -> list[Attribution]:
    """Attributions to polls: "in" before a noun phrase whose head is a ``poll_noun`` of
    ``rule_words.tsv`` ("In a CBS News poll released Monday, she led Mr. Sanders 56 percent to
    32 percent"; "Clinton led by 5 points in the previous Washington Post poll"): the cue is "in",
    the source the poll (a document), the content what the sentence says besides that phrase,
    unless the phrase is inside another attribution's content ("She said that in a recent poll
    ...").
    The phrase either opens the sentence and ends at a comma, or has a determiner ("in a", "in
    the") and a singular noun; not "leads in the polls" (a race, not a finding), nor a phrase in
    a sentence that has a cue of its own ("voters in a recent poll said": the poll only says who
    spoke)."""
    doc, toks, low = ctx.doc, ctx.doc.tokens, ctx.lowers
    nouns = ctx.lex.rule_words("poll_noun")
    out: list[Attribution] = []
    for sent in doc.sentences:
        a, b = sent.token_start, sent.token_end
        sent_span = Span(toks[a].start, toks[b - 1].end)
        for k in range(a, b - 2):
            if low[k] != "in" or ctx.in_quote(k):
                continue
            opening = all(not t.is_word for t in toks[a:k])
            head = next((m for m in range(k + 1, min(k + _POLL_PHRASE_MAX, b))
                         if low[m] in nouns or low[m] in CLAUSE_BREAK or toks[m].text in ".?!"), None)
            if head is None or low[head] not in nouns:
                continue  # "In a memo released as polls closed": the poll is in another clause
            if head + 1 < b and toks[head + 1].is_word and toks[head + 1].text[:1].islower() \
                    and low[head + 1] not in PREPOSITIONS and not low[head + 1].endswith("ed"):
                continue  # "the survey department": the poll's noun is no head
            if k > a and low[k - 1] in ctx.lex.rule_words("poll_taker"):
                continue  # "took part in the survey": who answered it, not what it found
            end = head + 1  # the phrase goes on to a comma: "released Monday", "of 800 likely voters"
            while end < b and toks[end].is_word and end - k < _POLL_PHRASE_MAX:
                end += 1
            if opening and end < b and toks[end].text == ",":
                content = _words_span(ctx, end + 1, b)
            elif (not opening and low[k + 1] in DETERMINERS and not low[head].endswith("s")
                  and not any(t.overlaps(sent_span) for t in taken)
                  and end - head <= _POLL_TAIL):
                content = _words_span(ctx, a, k)  # "... 5 percent in the new poll this month."
            else:
                continue  # "in the poll were undecided": the poll is in the subject
            cue = Span(toks[k].start, toks[k].end)
            if content is None or len(doc.text[content.start : content.end].split()) < 3 or any(
                    cue.overlaps(t) for t in taken) or any(c.start <= cue.start < c.end for c in contents):
                continue  # "In the polls, anyway."
            source = Span(toks[k + 1].start, toks[head].end)
            out.append(Attribution(sent.index, cue, toks[k].text, source, doc.text[source.start : source.end],
                                   "document", None, content, False, "neutral", "data", "poll", _rule_row(ctx, head)))
            break
    return out


def detector_cues(ctx: Context, silent: list[Span]) -> list[tuple]:
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
        while i < j and (ctx.lowers[i] in AUX or ctx.lowers[i] in {",", "."}):
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
        if passive_without_clause(ctx, sent, i, j) and ctx.lowers[j : j + 1] not in (["by"], ["of"], ["for"]):
            continue  # "was proposed in 2024"; "is supported by unions", "was accused of" stay
        i0 = cue.token_start if ctx.lowers[cue.token_start] in AUX else i
        hits = verbs.find(ctx.lowers, i, j)
        if not hits:  # the lexicon entry may start before the span: "according" + "to"
            k = max(sent.token_start, i - 2)
            hits = [m for m in verbs.find(ctx.lowers, k, min(sent.token_end, j + 2)) if m.token_start < j and i < m.token_end]
        entry = hits[0].entry if hits else None
        if entry is not None and j - i == 1 and i > sent.token_start and ctx.lowers[i - 1] in ("a", "an", "the") \
                and ctx.lowers[i].endswith(("ed", "en")) and "-" not in ctx.lowers[i] \
                and j < sent.token_end and doc.tokens[j].is_word and ctx.lowers[j] not in DETERMINERS:
            continue  # "In a written statement", "the reported death": an adjective ("a self-described" stays)
        if entry is not None and entry.term.lower() == "according to":
            i0, j = hits[0].token_start, hits[0].token_end
        elif entry is not None and j < hits[0].token_end <= sent.token_end and hits[0].token_start < j:
            j = hits[0].token_end  # the entry's last words: "was quoted as" + "saying"
        elif entry is not None and i <= hits[0].token_start and hits[0].token_end < j \
                and doc.tokens[hits[0].token_end].start in ctx.mention_by_start:
            j = hits[0].token_end  # "Said Ellis:": the verb, then its source
        if entry is not None and entry.get("frame") == "call" and cue.probability < 0.7 and not frames_call(ctx, j, sent.token_end):
            continue  # a doubtful "called a strike", "called the meeting"
        out.append((sent.index, i0, j, entry, cue.probability))
    return out


def coordinated(ctx: Context, chosen: list[tuple]) -> list[tuple]:
    """Reporting verbs of the lexicon joined by "and" or "but" to a cue before them in their
    sentence ("Musk called Kelly a traitor ... and repeated his call for ..."), where the detector
    gives them at least ``_COORDINATED`` (it doubts verbs that follow another cue, since most are
    inside its content)."""
    doc = ctx.doc
    out = []
    for sent in doc.sentences:
        for m in ctx.verb_matches(sent):
            i, j = m.token_start, m.token_end
            if m.entry.get("pos") != "verb" or max(ctx.cue_probabilities[i:j]) < _COORDINATED or ctx.in_quote(i):
                continue
            k = i - 1
            while k >= sent.token_start and ctx.lowers[k] in AUX:
                k -= 1
            if k < sent.token_start or ctx.lowers[k] not in {"and", "but"}:
                continue
            if any(c[0] == sent.index and c[2] <= k for c in chosen) and not any(c[1] < j and i < c[2] for c in chosen):
                out.append((sent.index, i, j, m.entry, round(max(ctx.cue_probabilities[i:j]), 3)))
    return out


_COORDINATED = 0.25


def subject_cues(ctx: Context, chosen: list[tuple]) -> list[tuple]:
    """Reporting verbs of the lexicon that the detector doubts but whose subject settles them, in
    sentences with no other cue, or in a clause of their own before the sentence's other cues
    (:func:`_own_clause`; elsewhere such a verb is most often inside another cue's content):

    - a data verb after a document or data, with a finding after it ("The average of polls shows
      Clinton leading", "Video of the arrest shows him"; not "The order established a curfew",
      "The lawsuit found its way"; :func:`_data_subject`);
    - a verb of speech closing its sentence after a comma and a subject who can speak ("Bonuses
      rose by a fifth last year, Reuters reports.", "..., a senior official maintains.");
    - a verb of speech in the past, then "that" and a clause, after such a subject ("In 1998,
      Canada pledged that in the year 2000 it would lift the limits").

    Who can speak: a source of a type other than ``other`` or ``pronoun`` (:meth:`Context.source_of`;
    "he said." is left to the detector, which is sure of it). Rule cues: no probability."""
    doc = ctx.doc
    toks = doc.tokens
    out = []
    busy: dict[int, list[int]] = {}
    for c in chosen:
        busy.setdefault(c[0], []).append(c[1])
    for sent in doc.sentences:
        for m in ctx.verb_matches(sent):
            i, j = m.token_start, m.token_end
            if sent.index in busy and not _own_clause(ctx, i, j, busy[sent.index]):
                continue
            kind = m.entry.get("kind", "speech")
            if m.entry.get("pos") != "verb" or kind not in ("data", "speech") or ctx.in_quote(i) or toks[i].text[0].isupper():
                continue  # "States", "Say Mexico demanded": a name or an imperative
            if i > sent.token_start and ctx.lowers[i - 1] in _NOT_BEFORE_VERB:
                continue  # "the findings", "to show": a noun or an infinitive
            if ctx.lowers[i] in ("state", "states"):
                continue  # most often the noun
            if kind == "data":
                found = _finding_after(ctx, sent, m.entry, j) and not passive_without_clause(ctx, sent, i, j) \
                    and _data_subject(ctx, clause_start(ctx, sent.token_start, i), i)
            elif ctx.lowers[j : j + 1] == ["that"] and ctx.lowers[j - 1].endswith("ed"):
                # a clause after "that", not "denied that request."
                found = sent.token_end - j > 4 and _can_speak(ctx, clause_start(ctx, sent.token_start, i), i)
            else:
                found = _closing(ctx, sent, i, j)
            if found:
                out.append((sent.index, i, j, m.entry, None))
                break
    return out


_NOT_BEFORE_VERB = DETERMINERS | {"to"}


def quotation_frame_cues(ctx: Context, chosen: list[tuple]) -> list[tuple]:
    """The frame of a quotation that names its speaker with a verb of no list: '"...," Oliver
    barked.', '"...," an angry Hollande retaliated.', '"...?" he wondered aloud.', '"...," barked
    Oliver.' -- in a sentence with no other cue, a quotation closing on a comma, "?" or "!", then
    only a subject who can speak (a pronoun too) and a verb in the past (or one of the lexicon),
    in either order, perhaps an adverb in "-ly", and the end of the sentence. Rule cues: no
    probability."""
    doc = ctx.doc
    toks = doc.tokens
    busy = {c[0] for c in chosen}
    out = []
    for sent in doc.sentences:
        if sent.index in busy:
            continue
        a, b = sent.token_start, sent.token_end
        while b > a and toks[b - 1].text in ".!" or b > a + 1 and toks[b - 1].text in QUOTE_CHARS and toks[b - 2].text == ".":
            b -= 1  # the full stop (and a quotation mark after it)
        if b < sent.token_end and ctx.lowers[b - 1].endswith("ly") and b - 1 > a:
            b -= 1  # an adverb: "he said quietly."
        for q in range(max(a, b - 7), b - 2):
            if toks[q].text not in QUOTE_CHARS or toks[q - 1].text not in (",", "?", "!") or q == a:
                continue
            quote = doc.quote_at(toks[q].start)
            if quote is None or quote.end != toks[q].end:
                continue
            frame = range(q + 1, b)
            if not all(toks[m].is_word for m in frame):
                break
            for v, (s0, s1) in ((b - 1, (q + 1, b - 1)), (q + 1, (q + 2, b))):
                # the verb's row of the lexicon, if it has one
                entry = next((m.entry for m in ctx.verb_matches(sent)
                              if m.token_start == v and m.token_end == v + 1 and m.entry.get("pos") == "verb"), None)
                if _frame_verb(ctx, v, entry) and _frame_subject(ctx, s0, s1):
                    out.append((sent.index, v, v + 1, entry, None))
                    break
            break
    return out


def _frame_verb(ctx: Context, v: int, entry) -> bool:
    """A verb in the past or of the lexicon (``entry``, its row), in lower case: "barked",
    "retaliated", "says"."""
    w, text = ctx.lowers[v], ctx.doc.tokens[v].text
    if not text.isalpha() or not text.islower() or w in AUX or w.endswith("ly"):
        return False
    return w.endswith("ed") or entry is not None


def _frame_subject(ctx: Context, s0: int, s1: int) -> bool:
    """Tokens [s0, s1) are a speaker: a personal pronoun, or one to five words that name someone
    who can speak ("Oliver", "an angry Hollande", "one user"), with no verb among them."""
    if not 0 < s1 - s0 <= 5:
        return False
    words = ctx.lowers[s0:s1]
    if s1 - s0 == 1 and words[0] in ("he", "she", "they", "i", "we"):
        return True
    if AUX & set(words) or any(w in PREPOSITIONS for w in words):
        return False
    return _can_speak(ctx, s0, s1)


def _finding_after(ctx: Context, sent, entry, j: int) -> bool:
    """After a data verb, a finding: "that" (which "proved", "established" and the other verbs of
    the lexicon that endorse need), or for "shows", "found" a word or a comma closing an aside
    ("Chlorine fell, the log shows, and stayed low"), but not "its way"."""
    after = ctx.lowers[j : min(j + 2, sent.token_end)]
    if entry.get("stance") == "endorsing":
        return after[:1] == ["that"]
    return bool(after) and (ctx.doc.tokens[j].is_word or after[0] == ",") and after[1:] != ["way"]


def _own_clause(ctx: Context, i: int, j: int, cues: list[int]) -> bool:
    """The verb at tokens [i, j) comes before every other cue of its sentence, and a clause
    boundary (", but", ", while", ";") stands between ("Video shows him with his hands up, but
    the officer said ...")."""
    if any(c <= i for c in cues):
        return False
    between = ctx.lowers[j : min(cues)]
    return ";" in between or any(between[k] == "," and between[k + 1] in ("but", "while", "although", "though")
                                 for k in range(len(between) - 1))


def _closing(ctx: Context, sent, i: int, j: int) -> bool:
    """The verb at tokens [i, j) closes its sentence after a comma and a subject who can speak,
    with no auxiliary or "as" among the subject's words and no determiner or preposition ending
    them (", could blunt Republican claims.", ", as Sanders proposes.", "in that state."), and
    no subordinator opening the sentence ("When the phone rang, Okafor answered.")."""
    toks = ctx.doc.tokens
    if any(t.is_word and t.text not in QUOTE_CHARS for t in toks[j : sent.token_end]):
        return False  # a time or place after the verb is left to the detector
    k = i - 1
    while k >= sent.token_start and ctx.lowers[k] in AUX:
        k -= 1
    c = k  # the comma before the subject
    while c >= sent.token_start and toks[c].text not in ",—–" and toks[c].text not in QUOTE_CHARS and i - c <= _SUBJECT_MAX:
        c -= 1
    if c <= sent.token_start + 2 or c == k or toks[c].text not in ",—–" or not toks[k].is_word \
            or ctx.lowers[sent.token_start] in SUBORDINATORS:
        return False
    words = ctx.lowers[c + 1 : k + 1]
    if words[-1] in DETERMINERS or words[-1] in PREPOSITIONS or AUX & set(words) or "as" in words:
        return False
    return _can_speak(ctx, c + 1, k + 1)


_SUBJECT_MAX = 9  # tokens from the comma to a closing verb: its subject ("the candidate's former doctor")


def _can_speak(ctx: Context, a: int, b: int) -> bool:
    return ctx.source_of(a, b)[2] not in ("other", "none", "pronoun")


def _data_subject(ctx: Context, a: int, i: int) -> bool:
    """The phrase in tokens [a, i) is headed by a document or data noun: its last word before a
    preposition, a relative or a participle ("The average of polls taken ...", "research
    conducted by"). Nouns: ``attribution_nouns.tsv`` and ``data_head`` of ``rule_words.tsv``."""
    h = next((k for k in range(a, i) if ctx.lowers[k] in _HEAD_STOPS), i)
    return h > a and (bool(ctx.docs.find(ctx.lowers[h - 1 : h])) or ctx.data_head(ctx.lowers[a:h]))


# what ends the head of a data verb's subject: prepositions (not a possessive: "POLITICO's
# average"), relatives, participles
_HEAD_STOPS = (PREPOSITIONS - {"'s", "’s"}) | {"that", "which", "who", ",", "conducted", "taken", "released", "published"}


def lexicon_cues(ctx: Context, silent: list[Span]) -> list[tuple]:
    """Cues of the reporting-verb lexicon that pass its rules: (sentence, start, end, entry, None)."""
    doc = ctx.doc
    out = []
    for sent in doc.sentences:
        matches = ctx.verb_matches(sent)
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
            if entry.get("pos") == "verb" and i > sent.token_start and ctx.lowers[i - 1] in DETERMINERS:
                continue  # "the claim", "a report", "his call": a noun, not a verb
            if passive_without_clause(ctx, sent, i, j):
                continue  # "was proposed in the plan", "were reported to councillors"
            kind = entry.get("kind", "speech")
            if kind == "data":
                # "records show ...": a cue only with a document or data subject, which frames
                # what follows whatever the verb's frame
                src = ctx.source_of(clause_start(ctx, sent.token_start, i), i)
                if src[2] != "document":
                    continue
            elif frame == "clause" and not frames_words(ctx, i, j, sent.token_start, sent.token_end):
                continue
            if frame == "call" and not frames_call(ctx, j, sent.token_end):
                continue
            out.append((sent.index, i, j, entry, None))
    return out


BE = {"is", "was", "were", "are", "be", "been", "being", "'s"}


AUX_OR_BE = AUX | BE


def passive(ctx: Context, sent, i: int) -> bool:
    """The verb at token ``i`` is passive: a form of "be" (and adverbs) before a participle."""
    k = i - 1
    while k >= sent.token_start and ctx.lowers[k] in {"also", "not", "n't", "widely", "first", "later", "previously"}:
        k -= 1
    return k >= sent.token_start and ctx.lowers[k] in BE and ctx.lowers[i].endswith(("ed", "en", "id", "ld", "wn"))


def passive_without_clause(ctx: Context, sent, i: int, j: int) -> bool:
    """A passive reporting verb with no clause or quotation after it ("was proposed in 2024")."""
    if not passive(ctx, sent, i):
        return False
    after = ctx.lowers[j : j + 3]
    if reporting_participle(ctx, j, sent.token_end):
        return False  # "was quoted as saying the plan failed", "was heard saying" (not "during", "following")
    return not ({"that", "to", "as", ":"} & set(after)) and not any(
        ctx.doc.tokens[m].text in QUOTE_CHARS for m in range(j, min(j + 3, sent.token_end))
    )


def reporting_participle(ctx: Context, k: int, end: int) -> bool:
    """Token ``k`` is the "-ing" form of a reporting verb of the lexicon ("saying", "telling"),
    not any word in "-ing" ("during", "following", "something")."""
    if k >= end or not ctx.lowers[k].endswith("ing"):
        return False
    return any(m.token_start == k for m in ctx.lex["reporting_verbs"].find(ctx.lowers, k, k + 1))


def _sentence_initial(ctx: Context, sent, i: int) -> bool:
    return all(not t.text[0].isalnum() for t in ctx.doc.tokens[sent.token_start : i])


def find_non_responses(ctx: Context) -> tuple[NonResponse, ...]:
    doc = ctx.doc
    lex = ctx.lex["no_comment"]
    out = []
    for sent in doc.sentences:
        for m in lex.find(ctx.lowers, sent.token_start, sent.token_end):
            span = Span(doc.tokens[m.token_start].start, doc.tokens[m.token_end - 1].end)
            source = ctx.source_of(clause_start(ctx, sent.token_start, m.token_start), m.token_start)
            out.append(NonResponse(sent.index, span, doc.text[span.start : span.end], source[3], m.entry.ref, source[1],
                                   source[0], source[2]))
    return tuple(out)
