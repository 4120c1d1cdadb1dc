"""What is attributed: the quotation next to a cue, the clause after it (without the addressee of
"told"), or what comes before a cue that closes its sentence."""
from __future__ import annotations

from framing.article import Span
from framing.quotes import is_title
from framing.measures.attribution.sources import DETERMINERS, PREPOSITIONS, QUOTE_CHARS, SUBORDINATORS, Context


def frames_words(ctx: Context, cue_start: int, cue_end: int, sent_start: int, sent_end: int) -> bool:
    toks = ctx.doc.tokens
    window = ctx.lowers[cue_end : min(cue_end + 4, sent_end)]
    if window and window[0] in {"that", ":", ",", "to"}:
        return True
    if any(w in {"that"} for w in window[1:3]):
        return True
    if any(toks[k].text in QUOTE_CHARS for k in range(cue_end, min(cue_end + 3, sent_end))):
        return True
    before = [toks[k].text for k in range(max(sent_start, cue_start - 3), cue_start)]
    return any(b in QUOTE_CHARS for b in before) or (before[-1:] == [","])


def frames_call(ctx: Context, cue_end: int, sent_end: int) -> bool:
    window = ctx.lowers[cue_end : min(cue_end + 8, sent_end)]
    if window[:1] == ["for"]:
        return True
    toks = ctx.doc.tokens
    return any(toks[k].text in QUOTE_CHARS for k in range(cue_end, min(cue_end + 8, sent_end)))


def content_after(ctx: Context, cue_end: int, sent, naming: bool = False) -> tuple[Span | None, bool]:
    """What follows the cue ending at token ``cue_end``: a quotation opening within a few tokens
    (direct), else the clause up to the sentence's end or a clause of the writer's (indirect). A
    quotation inside a reported clause is a fragment of it, and the clause is the content ('said
    the response was "wholly inadequate"'), except after a verb of naming (``naming``: 'called
    Kelly a "traitor"': the quoted word is what was said)."""
    doc = ctx.doc
    toks = doc.tokens
    start = _skip_addressee(ctx, cue_end, sent.token_end)
    for k in range(cue_end, min(cue_end + 6, sent.token_end)):
        q = doc.quote_at(toks[k].start)
        if q is not None and toks[k].text in QUOTE_CHARS and q.start == toks[k].start:
            between = ctx.lowers[cue_end:k]
            if "that" in between:
                break
            if not naming and k > start and toks[k - 1].text not in ":,—–" and not _adjunct(ctx, start, k):
                break  # not 'said on Tuesday "we will win"' (an adjunct), but 'said the response was "..."'
            return q.content, True
    k = _past_adjunct(ctx, start, sent.token_end)
    if k < sent.token_end and ctx.lowers[k] in {"that", ":", ","}:
        k += 1
    end = sent.token_end
    asides = ctx.lex.rule_words("aside")
    for m in range(k + 1, sent.token_end - 1):
        if toks[m].text == ";" or (toks[m].text == "," and (
                ctx.lowers[m + 1] in {"but", "while", "after", "although", "though", "whereas"}
                or ctx.lowers[m + 1] in asides or " ".join(ctx.lowers[m + 1 : m + 3]) in asides
                or " ".join(ctx.lowers[m + 1 : m + 4]) in asides  # ", the latest in a series of ...": the writer's aside
                or _closing_which(ctx, m, sent.token_end))):
            if not ctx.in_quote(m):
                end = m
                break
    while end > k and not toks[end - 1].is_word and toks[end - 1].text not in QUOTE_CHARS:
        end -= 1
    if end <= k:
        return None, False
    return Span(toks[k].start, toks[end - 1].end), False


_ADJUNCT_MAX = 4  # words between a cue and the "that" opening its content ("said last month that")
_ADJUNCT_PREPOSITIONS = {"in", "on", "at", "during", "over", "after", "before"}


def _past_adjunct(ctx: Context, k: int, end: int) -> int:
    """The "that" after a few words of time, manner or addressee between the cue and its content
    ("said last month that", "said privately that", "said in a statement that", "told aides
    that"), else ``k``; not "said the letter that she sent was forged" nor "told a story that
    moved them" (the content itself, with a relative "that")."""
    for m in range(k + 1, min(k + _ADJUNCT_MAX + 1, end)):
        if ctx.lowers[m] == "that":
            addressees = ctx.lex.rule_words("addressee")
            if k > 0 and ctx.lowers[k - 1] in ctx.lex.rule_words("addressee_verb") and all(
                    ctx.lowers[x] in addressees or ctx.doc.tokens[x].text[:1].isupper() for x in range(k, m)):
                return m  # "told aides that", "told CNN that"
            return m if _adjunct(ctx, k, m) else k
    return k


def _adjunct(ctx: Context, k: int, m: int) -> bool:
    """Tokens [k, m) are words of time, place or manner only: capitalised words ("Tuesday"),
    adverbs in "-ly" ("privately"), words of ``adjunct`` (``rule_words.tsv``: "last", "week",
    "earlier") and a preposition with a noun and at most a determiner before it ("in a
    statement", "on Tuesday"); a determiner or a noun elsewhere opens a noun phrase ("the letter
    that she sent", "a family that")."""
    toks, low = ctx.doc.tokens, ctx.lowers
    adjunct = ctx.lex.rule_words("adjunct")
    x = k
    while x < m:
        if not toks[x].is_word:
            return False
        if low[x] in _ADJUNCT_PREPOSITIONS and x + 1 < m:
            x += 2 + (low[x + 1] in DETERMINERS and x + 2 < m)  # "in a statement", "on Tuesday"
            continue
        if not (toks[x].text[:1].isupper() or low[x] in adjunct or low[x].endswith("ly") and len(low[x]) > 4):
            return False
        x += 1
    return x == m


def _introduced(ctx: Context, start: int, close: int) -> bool:
    """The word before the quotation opening at ``start`` (closing at token ``close``) is a
    preposition or a possessive, as before a programme's or a book's title ("on "Meet the Press"",
    "Sunday's "State of the Union"")."""
    toks = ctx.doc.tokens
    k = close
    while k > 0 and toks[k].start > start:
        k -= 1
    return k > 0 and toks[k].start == start and (ctx.lowers[k - 1] in PREPOSITIONS or ctx.lowers[k - 1] in ("'s", "’s"))


def _closing_which(ctx: Context, comma: int, end: int) -> bool:
    """The comma at ``comma`` opens a "which" clause that runs to the sentence's end: the writer's
    gloss on what was said ("... an attack on X, which led to broad outages"); not one closed by
    another comma inside the content ("the bridge, which was built in 1920, would reopen"), nor one
    whose subject is a pronoun ("the plan, which he called a good deal")."""
    return (ctx.lowers[comma + 1] == "which" and not any(ctx.lowers[x] == "," for x in range(comma + 2, end))
            and ctx.lowers[comma + 2] not in ctx.pronouns)  # "which he called a good deal": still his words


def _skip_addressee(ctx: Context, k: int, end: int) -> int:
    """After "told" and the like, the addressee is not part of the content: "told reporters the
    plan was dead", "told The Post that ..."; ``addressee_verb``, ``addressee`` and ``addressee_noun``
    of ``rule_words.tsv``)."""
    if k == 0 or ctx.lowers[k - 1] not in ctx.lex.rule_words("addressee_verb") or k >= end:
        return k
    low = ctx.lowers
    addressees = ctx.lex.rule_words("addressee")
    if low[k] in addressees:
        return k + 1
    hit = ctx.mention_by_start.get(ctx.doc.tokens[k].start)
    if hit is None and low[k] in {"the", "a", "an"} and k + 1 < end:
        hit = ctx.mention_by_start.get(ctx.doc.tokens[k + 1].start)
        if hit is None and (ctx.lowers[k + 1] in addressees or ctx.lowers[k + 1] in ctx.lex.rule_words("addressee_noun")):
            return k + 2
    if hit is not None:
        mention = hit[1]
        while k < end and ctx.doc.tokens[k].start < mention.end:
            k += 1
        if k < end and low[k] in ctx.lex.rule_words("addressee_noun"):
            k += 1  # "told a Senate hearing that ..."
    return k


def quotation_before(ctx: Context, cue_start: int, sent) -> tuple[Span | None, int]:
    """The quotation that closes shortly before the cue: (its content, its closing token); not a
    title after a preposition or a possessive ('During Sunday's "Meet the Press," Tapper asked';
    '"Total Exoneration," Trump said' is what he said)."""
    doc = ctx.doc
    toks = doc.tokens
    for k in range(cue_start - 1, max(sent.token_start - 1, cue_start - 8), -1):
        if toks[k].text in QUOTE_CHARS:
            q = doc.quote_at(toks[k].start)
            if q is not None and q.end == toks[k].end:
                if is_title(doc.text[q.content.start : q.content.end]) and _introduced(ctx, q.start, k):
                    return None, -1  # 'During Sunday's "Meet the Press," Tapper asked': a title
                return q.content, k
    return None, -1


def trailing_cue(ctx: Context, sent, src_start: int, cue_end: int) -> Span | None:
    """"The bridge will close, officials said on Tuesday." -- a cue closing its sentence after a
    comma, with at most an addressee and a few words of time, place or manner after it (:func:`_adjunct`,
    or a phrase opened by a preposition: "at a news conference"; not "Okafor said it would fail"
    nor "Holder announced his resignation"), reports what comes before the comma; so
    does a cue set off by commas, whose content covers both sides ("Chlorine fell, the log shows,
    and stayed low"; before "but" or a new subject, only the side before: "Taxes are high, Okafor
    said, but ..."; a quotation after the comma is the content instead). Not when all that comes
    before is a subordinate clause ("When the phone rang, Okafor answered.")."""
    toks = ctx.doc.tokens
    after = _skip_addressee(ctx, cue_end, sent.token_end)
    words = [k for k in range(after, sent.token_end) if toks[k].is_word]
    comma_after = bool(words) and toks[after].text == "," and after + 1 < sent.token_end \
        and toks[after + 1].text not in QUOTE_CHARS  # 'Okafor said, "We lost."': the quotation
    aside = comma_after and _goes_on(ctx, after + 1, sent.token_end)
    if src_start <= sent.token_start + 2 or not comma_after and words and (
            len(words) > 4 or any(ctx.lowers[k] in _CLAUSE_WORDS for k in words)
            or not (_adjunct(ctx, after, words[-1] + 1) or ctx.lowers[words[0]] in _ADJUNCT_PREPOSITIONS)):
        return None  # "Okafor said it would fail", "Holder announced his resignation": what follows is the content
    comma = src_start - 1
    if toks[comma].text not in ",—–":
        return None
    a, b = sent.token_start, comma
    while a < b and not toks[a].is_word:
        a += 1
    if ctx.lowers[a] in SUBORDINATORS and not any(toks[k].text == "," for k in range(a, b)):
        return None  # "When the phone rang, Okafor answered."
    if aside:  # both sides of the aside, as one span
        b = words[-1] + 1
    if b > a and ctx.lowers[a] in _OPENING_PREPOSITIONS and len(words) >= 2 and ctx.lowers[words[0]] not in _OPENING_PREPOSITIONS:
        return None  # "In Ohio, Lovas said the plan failed": a phrase before the subject, not what was said
    return Span(toks[a].start, toks[b - 1].end) if b > a else None


# words that make what follows a cue a clause of its own ("said it would fail", "said that")
_CLAUSE_WORDS = {"that", "he", "she", "it", "they", "we", "i", "you", "would", "will", "could", "should", "may",
                 "might", "must", "can", "is", "was", "were", "are", "has", "have", "had"}


def _goes_on(ctx: Context, k: int, end: int) -> bool:
    """After the comma closing an aside ("the log shows,"), the sentence goes on with the same
    clause: not "but" or another conjunction, nor "and" before a new subject."""
    toks, low = ctx.doc.tokens, ctx.lowers
    if low[k] in ("but", "while", "although", "though", "yet", "or"):
        return False
    if low[k] == "and":
        return k + 1 < end and toks[k + 1].text[:1].islower() and low[k + 1] not in DETERMINERS \
            and low[k + 1] not in _CLAUSE_WORDS
    return True


_OPENING_PREPOSITIONS = {"in", "on", "at", "after", "before", "during", "since", "for", "with", "by", "from", "under",
                         "over", "among", "unlike", "like", "despite", "following", "as", "earlier", "later", "last"}
