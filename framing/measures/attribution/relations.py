"""One attribution relation from a cue: its source (before or after the cue, the agent of a
passive, a participle's subject) and its content; "according to X"."""
from __future__ import annotations

from framing.article import Span
from framing.measures.attribution.content import content_after, quotation_before, trailing_cue
from framing.measures.attribution.cues import AUX_OR_BE, passive, reporting_participle
from framing.measures.attribution.result import Attribution
from framing.measures.attribution.sources import AUX, CLAUSE_BREAK, PREPOSITIONS, QUOTE_CHARS, Context, clause_start, sentence_subject


AGENT_ENDS = (PREPOSITIONS - {"of", "'s", "’s"}) | {"last", "this", "on", "earlier", "later"}


def verb_attribution(ctx: Context, sent, i: int, j: int, entry, probability: float | None = None) -> Attribution:
    doc, toks = ctx.doc, ctx.doc.tokens
    quote_before, quote_close = quotation_before(ctx, i, sent)
    inverted = False
    participle = False
    src_start = clause_start(ctx, sent.token_start, i)
    if quote_before is None and src_start < i:
        # '"...," James Comey, the director of the bureau, said': the quotation closes before a
        # long source
        quote_before, quote_close = quotation_before(ctx, src_start, sent)
    if quote_before is not None and any(ctx.lowers[m] in ("and", "but") for m in range(quote_close + 1, i)):
        # 'called her "disgusting" and referred to ...': the quotation is the first verb's
        quote_before, quote_close = None, -1
    source = ctx.source_of(src_start, i)
    inner = _relative_subject(ctx, src_start, i)
    if inner is not None:  # "the Americans who Trump claims to", "what she said was an affair"
        source = ctx.source_of(inner, i)
    by = j - 1 if ctx.lowers[j - 1] == "by" else (j if ctx.lowers[j : j + 1] == ["by"] else None)
    head = i
    while head < j - 1 and ctx.lowers[head] in AUX_OR_BE:
        head += 1
    last = _last_verb(ctx, i, j)
    last_passive = passive(ctx, sent, last)
    is_passive = last_passive or passive(ctx, sent, head)  # "was widely praised by"
    after_agent = None
    if by is not None and is_passive:
        # "is supported by unions", "was first reported by The Post": the agent speaks; "was
        # accused by critics of lying": what they said follows the agent
        of_ends = ctx.lowers[last] in ctx.lex.rule_words("of_after_agent")
        k = by + 1
        while k < sent.token_end and ctx.lowers[k] not in CLAUSE_BREAK and ctx.lowers[k] not in AGENT_ENDS \
                and not (of_ends and ctx.lowers[k] == "of" and k + 1 < sent.token_end and not toks[k + 1].text[0].isupper()) \
                and (toks[k].text not in ".;:!?" or ctx.title_period(k)) and toks[k].text not in QUOTE_CHARS and k - by <= 8:
            k += 1  # "by Dr. Samuel Achterberg": the period of "Dr." does not end the agent
        agent = ctx.source_of(by + 1, k)
        if agent[0] is not None:
            source = agent
            after_agent = k if by == j else None
    elif source[0] is not None and last_passive and ctx.lowers[last] not in ctx.lex.rule_words("experiencer") \
            and not _speaks_in_passive(ctx, j, sent.token_end):
        # "Trump has been accused of ...", "Cruz was asked about ...", "is expected to": the
        # subject is who is spoken of or to, not who speaks; the speaker goes unnamed (not "It
        # was pleased to announce": the cue ends in an active verb; not "She is worried that",
        # "Trump was convinced that": who feels or believes, the experiencer rule of rule_words.tsv)
        source = (None, "", "none", None)
    comma_before = i > sent.token_start and (
        ctx.lowers[i - 1] == "," or i - 1 > sent.token_start and toks[i - 1].text in QUOTE_CHARS and ctx.lowers[i - 2] == ","
    )  # '..., claiming', '... as “fantastic,” telling'
    if source[0] is None and ctx.lowers[i].endswith("ing") and comma_before:
        # "..., claiming that ...": the subject of the main clause speaks
        source = sentence_subject(ctx, sent, i)
        if source[0] is None:  # "The spokesman declined to answer questions, saying": who did not answer
            before = [r for r in ctx.non_responses if r.sentence == sent.index and r.subject_span is not None
                      and r.span.end <= toks[i].start]
            if before:
                r = before[-1]
                source = (r.subject_span, r.subject, r.subject_type, r.actor)
        participle = source[0] is not None
    elif source[0] is None and (i > sent.token_start and (toks[i - 1].text in QUOTE_CHARS or toks[i - 1].text == "," and (
            quote_before is not None or _inverted_name(ctx, sent, j))) or _opens_inverted(ctx, sent, i, j)):
        # '"...," said Hill.', 'The plan failed, said Hill.', 'Said Hill: "..."' -- the source follows the cue
        k = j
        while k < sent.token_end and (toks[k].text not in ",.;:!?(" or ctx.title_period(k)) and toks[k].text not in QUOTE_CHARS and k - j < 8:
            k += 1  # '"...," said Mr. Burman.': the period of "Mr." does not end the source
        hit = ctx.mention_by_start.get(toks[k + 1].start) if k + 1 < sent.token_end and toks[k].text == "," else None
        if hit is not None and ctx.mention_ends.get(hit[1].end):
            # '"...," said its director, Anna Price.': the name in apposition is who speaks
            e = min(ctx.after(k + 1, hit[1]), sent.token_end)
            if e >= sent.token_end or toks[e].text in ",.;:!?" or toks[e].text in QUOTE_CHARS:
                k = e
        source = ctx.source_of(j, k)
        inverted = source[0] is not None
    trailing = trailing_cue(ctx, sent, src_start, j)
    if trailing is not None and quote_before is None:
        content, direct = trailing, False
    elif quote_before is not None and (inverted or quote_close >= src_start - 2):
        content, direct = quote_before, True
    else:
        start = j if after_agent is None else after_agent
        if inverted:
            start = j
            while start < sent.token_end and toks[start].text not in ",;:":
                start += 1
        if after_agent is not None and not (
            after_agent < sent.token_end and (ctx.lowers[after_agent] in {"of", "that", "as", ":"} or toks[after_agent].text in QUOTE_CHARS)
        ):
            content, direct = None, False  # "was praised by Dr. Ada Brill, the health officer": no words of hers follow
        else:
            content, direct = content_after(ctx, start, sent, naming=entry is not None and entry.get("frame") == "call")
        if content is None and quote_before is not None:
            content, direct = quote_before, True
        if content is None and inverted and j == i + 1 and toks[i - 1].text == "," and i - 1 > sent.token_start:
            # "The plan failed, said Hill.": what comes before the comma (after a quotation's
            # close or the sentence's start)
            first = sent.token_start
            while first < i - 1 and not toks[first].is_word:
                first += 1
            if first < i - 1:
                content = Span(toks[first].start, toks[i - 2].end)
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
        stance=_stance(ctx, entry, last, j),
        kind=entry.get("kind", "speech") if entry else ("speech" if probability is None else _unlisted_kind(ctx, i, j)),
        rule="verb_inverted" if inverted else ("verb_participle" if participle else "verb"),
        # a verb of no list: the detector's, or (no probability) a quotation's frame ('"...," Oliver
        # barked'; speech, as it voices the quotation)
        entry=entry.ref if entry else ("cue_model" if probability is not None else "quotation_frame"),
        probability=probability,
        negated=_negated(ctx, sent, i, last) or _no_one(ctx, source[1]),
    )


_NEGATORS = {"not", "n't", "never", "nor", "neither"}
_CLAUSE_OPENERS = {"and", "but", "or", "who", "which", "that", "while", "as"}


def _opens_inverted(ctx: Context, sent, i: int, j: int) -> bool:
    """'Said Ellis: "..."', 'Says Okafor, "..."': the cue, an inflected verb (not the imperative
    'Tell Congress: "..."'), opens its sentence, and a name follows it, then a colon, a comma or a
    quotation mark (not 'Asked about Cruz's charges, Rubio said': whom the question was about)."""
    toks = ctx.doc.tokens
    first = next((k for k in range(sent.token_start, i + 1) if toks[k].is_word), i)
    if first != i or j >= sent.token_end or not ctx.lowers[j - 1].endswith(("s", "d", "te")):
        return False  # said, says, added, wrote, told; not tell, ask
    hit = ctx.mention_by_start.get(toks[j].start)
    if hit is None or hit[1].text.lower() in ctx.pronouns:
        return False
    e = ctx.after(j, hit[1])
    return e < sent.token_end and (toks[e].text in ",:" or toks[e].text in QUOTE_CHARS)


def _negated(ctx: Context, sent, i: int, last: int) -> bool:
    """The cue at tokens ``i``..``last`` (its last verb) is denied: a negator among its words or
    the three words before it, counted back over words only, stopping at punctuation, a quotation
    mark or a word that opens another clause ("did not say", "didn't say", "has never claimed",
    "nor did he claim"; not '"Never," said Hill', "Smith, who was not present, said", "did not
    resign and claimed", "not only said")."""
    toks, low = ctx.doc.tokens, ctx.lowers
    k, seen = last - 1, 0
    while k >= sent.token_start and (k >= i or seen < 3):
        if not toks[k].is_word or low[k] in _CLAUSE_OPENERS:
            break
        if (low[k] in _NEGATORS or low[k].endswith(("n't", "n’t"))) and low[k + 1] != "only":
            return True
        seen += k < i
        k -= 1
    return False


def _stance(ctx: Context, entry, last: int, j: int) -> str:
    """The cue's stance: its lexicon row's, but neutral for a distancing verb before a noun of
    rule_words ``fixed_object`` ("claimed responsibility for the attack", "claimed credit for"),
    the usual words for the act, which cast no doubt (the noun ends the cue at ``last`` or
    follows it at ``j``)."""
    stance = entry.get("stance", "neutral") if entry else "neutral"
    fixed = ctx.lex.rule_words("fixed_object")
    if stance == "distancing" and (ctx.lowers[last] in fixed or j < len(ctx.lowers) and ctx.lowers[j] in fixed):
        return "neutral"
    return stance


def _no_one(ctx: Context, source_text: str) -> bool:
    """The source denies that anyone said it: "No one has claimed", "Nobody said", "No group
    has claimed", "None of them said" (``no_one`` of ``rule_words.tsv``; not "No fewer than 30
    officials said", "No wonder Trump said": ``not_denial``)."""
    words = source_text.lower().split()[:2]
    if not words:
        return False
    if words[0] in ctx.lex.rule_words("no_one"):
        return True
    return words[0] == "no" and len(words) == 2 and words[1] not in ctx.lex.rule_words("not_denial")


def _last_verb(ctx: Context, i: int, j: int) -> int:
    """The cue's last word but prepositions: its participle in "been accused of", "was widely
    criticized over"; "announce" in "was pleased to announce" (no passive)."""
    m = j - 1
    while m > i and ctx.lowers[m] in PREPOSITIONS:
        m -= 1
    return m


def _speaks_in_passive(ctx: Context, j: int, end: int) -> bool:
    """A passive cue whose subject is the speaker: "was quoted as saying", "was heard saying",
    "was recorded telling" (a reporting verb's "-ing" form after it, or after "as")."""
    if ctx.lowers[j - 1] in PREPOSITIONS and ctx.lowers[j - 1] != "as":
        return False  # "accused of lying": what was said, not the subject saying it
    k = j + 1 if ctx.lowers[j : j + 1] == ["as"] else j
    return reporting_participle(ctx, k, end)


def _inverted_name(ctx: Context, sent, j: int) -> bool:
    """After a comma and a cue with no quotation before them, the words from token ``j`` are the
    speaker only if they look like one: a name ("The talks failed, said Ada Brill"), or a short
    phrase ending the sentence ("..., said the negotiator."), not a clause ("..., said the suing
    states were wrong")."""
    toks = ctx.doc.tokens
    if j >= sent.token_end:
        return False
    if toks[j].text[:1].isupper():
        return True
    return ctx.lowers[j] in ("the", "a", "an") and sent.token_end - j <= 6


_RELATIVES = {"who", "whom", "what", "that", "which"}


def _relative_subject(ctx: Context, start: int, cue: int) -> int | None:
    """Where the subject of a cue inside a relative or "what" clause begins, when that subject is
    a name or a pronoun between the relative word and the cue ("the Americans who Trump claims to
    stand up for": Trump; "what she said was an affair": she), auxiliaries and adverbs at most
    after it; else None ("officials who spoke on condition of anonymity said": the relative
    clause is the source's own, and its subject the source)."""
    toks = ctx.doc.tokens
    r = next((m for m in range(cue - 1, start - 1, -1) if ctx.lowers[m] in _RELATIVES), None)
    if r is None or r + 1 >= cue:
        return None
    k = r + 1
    if ctx.lowers[k] in ctx.pronouns:
        end = k + 1
    else:
        hit = ctx.mention_by_start.get(toks[k].start)
        if hit is None:
            return None
        end = k
        while end < cue and toks[end].start < hit[1].end:
            end += 1
    return k if all(ctx.lowers[m] in AUX for m in range(end, cue)) else None


def _unlisted_kind(ctx: Context, i: int, j: int) -> str:
    """The kind of a cue the lexicon does not list: speech for a colon or dash before a quotation,
    belief for wants and views (``belief`` of ``rule_words.tsv``), else stance (support, criticism, endorsement)."""
    words = ctx.lowers[i:j]
    if any(w in {":", "—", "―", "–"} for w in words):
        return "speech"
    belief = ctx.lex.rule_words("belief")
    if any(w in belief for w in words):
        return "belief"
    return "stance"


_OPENING_WORDS = {"indeed", "but", "and", "yet", "still", "so", "however", "meanwhile", "moreover", "also",
                  "now", "then", "in", "fact", "instead", "rather", "thus", "therefore", "nonetheless",
                  "nevertheless", "besides", "furthermore", "or", "because"}


def according_to(ctx: Context, sent, i: int, j: int, entry) -> Attribution:
    doc, toks = ctx.doc, ctx.doc.tokens
    k = j
    while k < sent.token_end and toks[k].text not in ",;." and k - j < 12:
        k += 1
    source = ctx.source_of(j, k)
    # the content is the rest of the sentence without the "according to X" phrase: what comes
    # before it, unless that is only an opening word ("Indeed, according to X, ...")
    if any(toks[m].is_word and toks[m].lower not in _OPENING_WORDS for m in range(sent.token_start, i)):
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
