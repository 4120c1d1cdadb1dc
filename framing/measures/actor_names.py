"""Names in a text, before they are grouped into actors (:mod:`framing.measures.actors`): where a
run of capitalised words starts and ends, what kind of name it is, and which words are no names.

The rules, in order of trust: user-named actors, gazetteer entries, then runs of capitalised
words, which a title or a word that opens a sentence does not start, an initial, "St." or a title
of several words does not end, and "and" ends unless the whole is an organisation's or a law's."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace

from framing.article import Document, Token
from framing.lexicon import tokenize_entry
from framing.measures.actor_bills import bill_names
from framing.measures.actor_gazetteer import Gazetteer, sex, title_at
from framing.measures.actor_types import ActorSpec

__all__ = ["Candidate", "SUFFIXES", "find_candidates", "is_initial", "is_name_token", "span_text"]


_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")

_CLOCK = {"a.m.", "p.m."}
_CONNECTORS = {"of", "the", "for", "and", "de", "da", "del", "van", "von", "der", "al", "bin", "&"}
_ENTRY_SMALL = _CONNECTORS | {"on", "to", "in", "at", "against", "without"}  # small words inside a listed name

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


# after these a word is capitalised as a sentence's first is: 'he said, "We have ...'; "... If"
_OPENERS = {'"', "“", "‘", "'", "(", "[", "—", "–", "--", "-", "...", "…"}


@dataclass
class Candidate:
    start_tok: int
    end_tok: int
    text: str
    rule: str
    canonical: str | None = None  # set for gazetteer/user hits
    type: str = ""
    evidence: str = ""
    title: str = ""  # title tokens before the name
    gender: str = "-"
    shared: bool = False  # its surname is shared with a first name before "and": "Malia and Sasha Obama"


def find_candidates(
    doc: Document, lowers: list[str], gaz: Gazetteer, known: tuple[ActorSpec, ...] = ()
) -> list[Candidate]:
    """Names in ``doc``, before they are grouped into actors: user-named actors, gazetteer entries and
    runs of capitalised words, sentence by sentence; then the surnames that are people's rather
    than an organisation's (:func:`_surnames_before_aliases`) and the family names shared by two
    people (:func:`_shared_surnames`). ``lowers``: the tokens' lower-cased texts."""
    user = _match_user(known)
    user_first: dict[str, int] = {}
    for seq in user:
        user_first[seq[0]] = max(user_first.get(seq[0], 0), len(seq))
    captions = _caption_sentences(doc)
    headlines = [s.index not in captions and _headline(doc, s) for s in doc.sentences]
    caps_elsewhere = _caps_elsewhere(doc, headlines)
    surnames = _person_surnames(doc, lowers, gaz)
    tokens = doc.tokens
    candidates: list[Candidate] = []

    for sent in doc.sentences:
        i, end = sent.token_start, sent.token_end
        headline = headlines[sent.index]
        while i < end:
            tok = tokens[i]
            # 1. user-named actors (case-insensitive, but a capitalised alias must be capitalised)
            hit = _longest(lowers, i, end, user, user_first)
            if hit:
                j, (canonical, typ) = hit
                if tok.text[0].isupper() or not tok.text[0].isalpha():
                    candidates.append(Candidate(i, j, span_text(doc, i, j), "user", canonical, typ, "user"))
                    i = j
                    continue
            # 2. gazetteer (the text must be capitalised as a name is)
            hit = _longest(lowers, i, end, gaz.entries, gaz.first)
            listed_lower = hit is not None and tuple(lowers[i : hit[0]]) in gaz.lowercase  # "al-Qaeda", "tea party"
            if listed_lower and not _small_entry_ok(tokens, lowers, i, hit[0], end, gaz):
                hit = None
            if hit and (is_name_token(tok) or tok.text.isupper() or listed_lower) and _gazetteer_case_ok(
                doc, hit, i, sent.token_start, gaz, caps_elsewhere
            ) and not _place_in_longer_name(doc, lowers, hit, i, end, gaz):
                j, (canonical, typ, evidence, rule) = hit
                if j < end and lowers[j].isdigit() and span_text(doc, i, j).lower() in gaz.stock_indexes:
                    i = j + 1  # "S&P 500", "Nasdaq 100": a stock index, not the company
                    continue
                if typ == "place" and _before_titled_name(tokens, lowers, j, end, gaz):
                    i = j  # "US President Donald Trump": a modifier of his title, no mention of the US
                    continue
                named_org = None if headline else _org_name_after(tokens, lowers, i, j, end, gaz)
                if named_org and {lowers[k] for k in range(j, named_org)} <= gaz.words_of.get(canonical, frozenset()) | (
                    gaz.legal_forms if typ == "organisation" else frozenset()
                ):
                    # "Democrat Party", "Veterans Affairs Department", "Facebook Inc", "NATO Alliance":
                    # the entry, with words of its own names or its legal form ("Homeland Security
                    # Committee" is no form of the Department of Homeland Security)
                    text = span_text(doc, i, named_org)
                    candidates.append(Candidate(i, named_org, text, rule, canonical, typ, evidence))
                    i = named_org
                    continue
                if named_org:  # "Senate Judiciary Committee", "Chinese Communist Party": an organisation's own name
                    cand = _proper_noun(doc, i, named_org, sent.token_start, gaz, caps_elsewhere, headline, surnames)
                    if cand:
                        candidates.append(cand)
                        i = named_org
                        continue
                if listed_lower or all(
                    tokens[k].text[0].isupper() or not tokens[k].text[0].isalpha() or tokens[k].lower in _ENTRY_SMALL
                    for k in range(i, j)
                ):  # "Council on Foreign Relations", "People's Liberation Army", "Bureau of Alcohol, Tobacco, ..."
                    candidates.append(Candidate(i, j, span_text(doc, i, j), rule, canonical, typ, evidence))
                    i = j
                    continue
            # 3. runs of capitalised words (in a Title Case Headline, only of words capitalised
            # elsewhere in the text: "Pete Buttigieg Claims God Is on His Side" names Pete Buttigieg)
            if is_name_token(tok) and headline and not _headline_name_word(tokens, lowers, i, end, gaz, caps_elsewhere):
                i += 1
                continue
            if is_name_token(tok):
                j = i + 1
                user_next = False  # a user-named actor starts at j, after words that are no name
                while j < end:
                    t = tokens[j]
                    if headline and is_name_token(t) and not _headline_name_word(tokens, lowers, j, end, gaz, caps_elsewhere):
                        break
                    if (
                        title_at(lowers, j, end - 1, gaz.titles) and j + 1 < end
                        and not _title_goes_on(lowers, i, j, gaz) and not _title_is_surname(doc, lowers, i, j, end, gaz)
                        and lowers[j + 1] not in gaz.org_cues  # "Northfield General Hospital": no title
                    ):
                        break  # "US President Donald Trump": the title starts a new name
                    if user and _longest(lowers, j, end, user, user_first) and _no_name(lowers, i, j, gaz):
                        user_next = True  # "The Obama administration"
                        break
                    capital, particle = is_name_token(t), _particle_name(t)
                    entry = _longest(lowers, j, end, gaz.entries, gaz.first) if capital or particle else None
                    # "Bashar al-Assad"; not "The al-Qaeda", a listed name
                    name_word = capital or particle and lowers[j - 1] not in gaz.closed and entry is None
                    if not name_word:
                        entry = None
                    if entry is not None and not _acronym_case_ok(doc, j, entry[0], gaz):
                        entry = None  # "Kim Jong Un": not the UN
                    if name_word and (t.lower not in gaz.non_names or _surname_here(tokens, j, surnames)) and entry is None:
                        if _PARTY_TAG.match(t.text):
                            break  # "(R-Minn.)", "D-Nev.": a party and state tag, not a name
                        j += 1
                    elif entry is not None and tuple(lowers[j : entry[0]]) in gaz.lowercase:
                        j = entry[0]  # "Boston Tea Party": a name the lexicon lists written small, inside a name
                    elif entry is not None and lowers[j - 1] == "of" and entry[1][1] == "place" and any(
                        lowers[k] in gaz.org_cues or lowers[k] in gaz.of_place_heads for k in range(i, j - 1)
                    ):
                        # "University of Texas", "Consumer Federation of America", "Southern District of
                        # New York", "State of Iowa": a place in a longer name
                        j = entry[0]
                    elif entry is not None and j == i + 1 and lowers[i] in gaz.compass and entry[1][1] == "place":
                        j = entry[0]  # "West Baltimore", "South Florida", "Northern Virginia"
                    elif entry is not None and _first_name_before_entry(doc, lowers, i, j, end, entry, gaz):
                        j += 1  # "Vicente Fox", "George Washington": a first name, then a gazetteer word
                    elif (
                        entry is not None and entry[0] == j + 1 and entry[1][1] in ("place", "organisation")
                        and tuple(lowers[k] for k in range(i, j) if lowers[k] != ".") in gaz.titles
                        and (j + 1 >= end or not is_name_token(tokens[j + 1]))
                    ):
                        j += 1  # "Sheriff Israel", "Mr. Jordan": a title, then a surname the lists know otherwise
                    elif (
                        entry is not None and not headline and lowers[j - 1] != "and"
                        and not _no_name(lowers, i, j, gaz)
                        and (named_org := _org_name_after(tokens, lowers, i, entry[0], end, gaz))
                    ):
                        j = named_org  # "St. Louis Tea Party Coalition": a gazetteer name in an organisation's name
                    elif entry is not None and _place_in_longer_name(
                        doc, lowers, entry, j, end, gaz, lowers[j - 1] != "and" and not _no_name(lowers, i, j, gaz)
                    ):
                        j += 1  # "The Boston Globe": a place in a longer name
                    elif t.lower in ("'s", "’s") and j - i <= 3 and j + 1 < end and is_name_token(tokens[j + 1]) \
                            and lowers[j + 1] in gaz.org_cues and lowers[i] not in gaz.first_names:
                        # "King's College", "Children's Hospital", "St. John's University": a possessive
                        # inside an organisation's name (not "John Smith's Foundation": a person's)
                        j += 1
                    elif t.text == "." and j + 1 < end and is_name_token(tokens[j + 1]) and (
                        tuple(lowers[j - 1 : j]) in gaz.titles or lowers[j - 1] in gaz.saint_mount
                        or _middle_initial(tokens, lowers, i, j, gaz)
                    ):
                        j += 1  # "Mr. Obama", "Sen. Kelly": a title's period; "St. Louis"; "Loretta E. Lynch"
                    elif (
                        t.lower in _CONNECTORS
                        and j + 1 < end
                        and not (t.lower == "of" and _first_and_last(lowers, i, j, gaz))
                        and not (t.lower == "and" and not _and_joins(tokens, lowers, i, j, end, gaz))
                        and is_name_token(tokens[j + 1])
                        and t.lower != "the"
                        or (t.text == "&" and j + 1 < end and is_name_token(tokens[j + 1]))
                        or (
                            t.lower in ("on", "to") and j + 1 < end and is_name_token(tokens[j + 1])
                            and lowers[j + 1] not in gaz.non_names and lowers[j - 1] in gaz.topic_heads
                            and (t.lower == "on" or j + 2 < end and is_name_token(tokens[j + 2]))
                        )  # "Council on American-Islamic Relations", "Coalition to Stop Gun Violence" (not
                        # "Committee to Zuckerberg:")
                    ):
                        j += 1
                    else:
                        break
                if user_next:
                    i = j  # "The", "President", "Secretary of State" before a user-named actor
                    continue
                if j < end and tokens[j].text[0].isupper() and _compound_modifier(tokens[j].text):
                    i = j + 1  # "Hong Kong-based", "Islamic State-inspired": all of it a modifier
                    continue
                cand = _proper_noun(doc, i, j, sent.token_start, gaz, caps_elsewhere, headline, surnames)
                if cand:
                    candidates.append(cand)
                i = j
                continue
            # 4. pronouns are linked later
            i += 1

    candidates = _longer_names(candidates, doc, lowers, gaz, headlines, caps_elsewhere, surnames)
    candidates = _with_bills(candidates, doc, lowers)
    candidates = _surnames_before_aliases(candidates, gaz)
    return _shared_surnames(candidates, doc, lowers, gaz)


def _with_bills(candidates: list[Candidate], doc: Document, lowers: list[str]) -> list[Candidate]:
    """Bills named by number (:func:`~framing.measures.actor_bills.bill_names`) in place of the
    names found in their words ("Senate" and "Bill" of "Senate Bill 1062")."""
    users = [c for c in candidates if c.rule == "user"]
    bills = [b for b in bill_names(doc, lowers) if not any(c.start_tok < b[1] and b[0] < c.end_tok for c in users)]
    if not bills:
        return candidates  # none, or each inside a name the user gave ("Senate Bill 1062=SB1062")
    kept = [c for c in candidates if not any(c.start_tok < j and i < c.end_tok for i, j, _, _ in bills)]
    kept += [Candidate(i, j, span_text(doc, i, j), "bill", name, "other", evidence) for i, j, name, evidence in bills]
    return sorted(kept, key=lambda c: c.start_tok)


def _longer_names(candidates: list[Candidate], doc: Document, lowers: list[str], gaz: Gazetteer,
                  headlines: list[bool], caps_elsewhere: set[str], surnames: frozenset) -> list[Candidate]:
    """An organisation or place of the gazetteer and the capitalised words right after it are
    one longer name when those words name no one by themselves: "Republican National
    Convention", "Iraq War", "Apple Music", "CBS This Morning", "Canadian Press", not "Republican"
    and an actor "National Convention". The words name someone by themselves when they begin
    with a first name or a title, end in the surname of a person named in the text or in a word
    that stands alone elsewhere in the text ("Homeland Security Kirstjen Nielsen ... Nielsen
    said"), stand alone elsewhere themselves, are a group ("Republican Senators") or go before
    a title ("IRS Acting Commissioner"); headlines and words in capitals are left as they are."""
    tokens = doc.tokens
    ends = {c.end_tok for c in candidates if c.canonical is not None}
    alone = Counter(c.text.lower() for c in candidates if c.canonical is None and c.start_tok not in ends)
    out: list[Candidate] = []
    k = 0
    while k < len(candidates):
        c = candidates[k]
        x = candidates[k + 1] if k + 1 < len(candidates) else None
        sent = tokens[c.start_tok].sentence
        if (
            x is not None and c.canonical is not None and c.type in ("organisation", "place")
            and x.canonical is None and x.rule == "proper_noun" and not x.title and x.start_tok == c.end_tok
            and tokens[x.start_tok].sentence == sent and not headlines[sent]
            and not x.text.isupper() and not alone[x.text.lower()]
            and tokens[x.start_tok].lower not in gaz.first_names and tokens[x.start_tok].lower not in gaz.groups
            and tokens[x.end_tok - 1].lower not in surnames and not alone[tokens[x.end_tok - 1].lower]
            and tokens[x.end_tok - 1].lower not in gaz.public_surnames  # "Hungarian Viktor Orban"
            and not title_at(lowers, x.end_tok, doc.sentences[sent].token_end, gaz.titles)
        ):
            longer = _proper_noun(doc, c.start_tok, x.end_tok, doc.sentences[sent].token_start, gaz,
                                  caps_elsewhere, False, surnames)
            if longer is not None and longer.start_tok == c.start_tok and longer.end_tok == x.end_tok:
                out.append(replace(longer, rule="longer_name"))
                k += 2
                continue
        out.append(c)
        k += 1
    return out


def is_name_token(tok: Token) -> bool:
    """A capitalised word that may be (part of) a name: not "A", "I", nor a compound modifier
    ("Washington-based", "GOP-controlled", "Russian-backed")."""
    t = tok.text
    return t[0].isupper() and (t[0].isalpha()) and not (len(t) == 1 and t in "AI") and not _compound_modifier(t)


PARTICLES = ("al-", "el-", "ad-", "as-", "ar-")  # an Arabic article written before a family name: "al-Assad"


def _particle_name(tok: Token) -> bool:
    """A family name with its article ("al-Assad", "el-Sisi"), which goes on a name begun before it."""
    return tok.text[:3] in PARTICLES and tok.text[3:4].isupper()


def _compound_modifier(text: str) -> bool:
    """A word such as "Denver-based" or "Democratic-run": a modifier made from a name."""
    return "-" in text and _MODIFIER.search(text) is not None


# the second part of a compound modifier made from a name ("Denver-based", "Democratic-run")
_MODIFIER = re.compile(
    r"-(?:based|led|run|controlled|dominated|held|backed|funded|owned|made|born|bred|raised|speaking|style|era|like|"
    r"friendly|linked|affiliated|allied|aligned|leaning|centric|centered|focused|bound|sponsored|supported|"
    r"inspired|appointed|nominated|elected|ruled|occupied|registered|trained|educated|majority|minority|area|"
    r"wide|only|first|specific|related|oriented|heavy|free|proof|backing|bashing|loving|hating)$")


def _title_case_sentence(tokens: tuple[Token, ...]) -> bool:
    """A Title Case Headline: no final punctuation (a closing quotation mark may end it: "At
    CPAC: 'The Era Of Empty Talk Is Over'") and most longer words capitalised."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].text in "\"”'’" and tokens[end - 2].text not in ".!?,":
        end -= 1
    if tokens and tokens[end - 1].text in ".!?\"”'’":
        return False
    words = [t for t in tokens if t.text[0].isalpha() and len(t.text) > 3]
    if len(words) < 4:
        return False
    return sum(1 for t in words if t.text[0].isupper()) / len(words) >= 0.7


def _caption_sentences(doc: Document) -> set[int]:
    """The sentences that open a caption kept after a credit's or a player's label on its line
    ("Image copyright Reuters Image caption President Trump and Iran's President Rouhani traded
    insults"): no headline, however many of their words are names."""
    text, out = doc.text, set()
    starts = [s.start for s in doc.sentences]
    for f in doc.furniture:
        if text[f.span.end : f.span.end + 1] not in ("\n", ""):  # the line goes on after the label
            k = bisect.bisect_left(starts, f.span.end)
            if k < len(starts) and "\n" not in text[f.span.end : starts[k]]:
                out.add(k)
    return out


def _headline(doc: Document, sent) -> bool:
    """A Title Case Headline; or one pasted in as the text's first paragraph with a period
    added, as scraped news often has it ("Poll: Wealthy Voters Abandon Republican Party.")."""
    toks = doc.sentence_tokens(sent)
    if _title_case_sentence(toks):
        return True
    return (
        sent.index == 0 and sent.paragraph == 0 and len(doc.paragraphs) > 1 and toks and toks[-1].text == "."
        and (len(doc.sentences) < 2 or doc.sentences[1].paragraph > 0) and _title_case_sentence(toks[:-1])
    )


def _headline_name_word(tokens, lowers: list[str], k: int, end: int, gaz: Gazetteer, caps_elsewhere: set[str]) -> bool:
    """In a Title Case Headline, where every word is capitalised, token ``k`` may be part of a
    name: a word capitalised elsewhere in the text, a first name, a title, an initial, or the word
    after a first name or an initial ("By Anthony Zurcher, BBC News")."""
    return (lowers[k] in caps_elsewhere or lowers[k] in gaz.first_names or _letter(tokens[k])
            or title_at(lowers, k, end, gaz.titles)
            or k > 0 and (lowers[k - 1] in gaz.first_names or lowers[k - 1] == "." and _letter(tokens[k - 2])))


def _caps_elsewhere(doc: Document, headlines: list[bool]) -> set[str]:
    """Lower-cased words that appear capitalised somewhere other than a sentence's start or a
    Title Case Headline (``headlines``: whether each sentence is one)."""
    seen: set[str] = set()
    for s in doc.sentences:
        if headlines[s.index]:
            continue
        toks = doc.sentence_tokens(s)
        for k, tok in enumerate(toks):
            if k == 0 or not tok.text[0].isupper() or "\n" in doc.text[toks[k - 1].end : tok.start]:
                continue
            prev = toks[k - 1].text
            if prev in "\"“‘'(—–-:" or prev in _OPENERS or _after_ellipsis(toks, k, 0) or prev.lower() in _CLOCK:
                continue
            seen.add(tok.lower)
    return seen


def _person_surnames(doc: Document, lowers: list[str], gaz: Gazetteer) -> frozenset[str]:
    """The last words of the names in ``doc`` that begin with a capitalised first name ("trump" for
    "Donald J. Trump"): words that name a person when they follow "The" or "What"."""
    tokens = doc.tokens
    found = set()
    n = len(tokens)
    for k, low in enumerate(lowers):
        if low not in gaz.first_names or not tokens[k].text[0].isupper():
            continue
        m = k + 1
        while m < n and (
            is_name_token(tokens[m]) and (m == k + 1 or lowers[m] not in gaz.non_names)
            or tokens[m].text == "." and _letter(tokens[m - 1])
        ):
            m += 1  # a word that is no name ends the name, unless it follows the first name ("Theresa May")
        last = max((q for q in range(k + 1, m) if is_name_token(tokens[q]) and not _letter(tokens[q])), default=None)
        if last is not None:
            found.add(lowers[last])
    return frozenset(found)


_DATE_BEFORE = {"in", "since", "until", "till", "of", "last", "next", "early", "late", "mid", "by", "on", "from",
                "through", "during", "this", "that", "each", "every", "between", "and", "or", "to", "before", "after"}


def _surname_here(tokens, k: int, surnames: frozenset) -> bool:
    """A word the lists call no name ("May", a month) is here the surname of a person named in the
    text ("Theresa May ... May said"): not after a word that goes before dates ("in May") nor
    before a number ("May 5")."""
    return (
        tokens[k].lower in surnames
        and not (k > 0 and tokens[k - 1].lower in _DATE_BEFORE)
        and not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit())
    )


def _not_of_the_name(tokens, i: int, j: int, initial: bool, gaz: Gazetteer, surnames: frozenset) -> bool:
    """Token ``i`` opens the run ``i:j`` of capitalised words but is no part of the name after it:
    a word with a small-lettered hyphen part ("Australian-born Julian Assange", "Fact-checking
    Donald Trump"); or, before a person's name (a first name, or the one word of a surname that
    the text gives a person), a word in capitals ("WATCHED Obama") or a closed-class word opening
    the sentence ("The Trump transition team", "What Trump said", "By Hayes' count")."""
    text = tokens[i].text
    head, _, tail = text.rpartition("-")
    if head and tail.isalpha() and tail.islower():
        return True
    low, after = tokens[i].lower, tokens[i + 1].lower
    person = after in gaz.first_names or (j - i == 2 and after in surnames)
    if not person or low in gaz.first_names:
        return False
    if len(text) >= 4 and text.isalpha() and text.isupper() and not tokens[i + 1].text.isupper():
        return True
    return initial and low in gaz.closed


def _match_user(specs: tuple[ActorSpec, ...]) -> dict[tuple[str, ...], tuple[str, str]]:
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for spec in specs:
        for form in (spec.name, *spec.aliases):
            seq = tokenize_entry(form)
            if seq:
                table[seq] = (spec.name, spec.type)
    return table


def _no_name(lowers: list[str], i: int, j: int, gaz: Gazetteer) -> bool:
    """Tokens ``i:j`` are only titles, periods and words that are no names ("The", "President",
    "Secretary of State", "Sen.")."""
    return _name_start(lowers, i, j, gaz) >= j


def _name_start(lowers: list[str], i: int, j: int, gaz: Gazetteer) -> int:
    """The first token in ``i:j`` after titles, periods and words that are no names ("The Vice
    President Joseph" -> "Joseph"), or ``j``."""
    k = i
    while k < j:
        for length in (3, 2, 1):
            if k + length <= j and tuple(lowers[k : k + length]) in gaz.titles:
                k += length
                break
        else:
            if lowers[k] not in gaz.non_names and lowers[k] not in gaz.starters and lowers[k] != ".":
                return k
            k += 1
    return j


def _surnames_before_aliases(candidates: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A one-word organisation or place of the gazetteer, or its one-word alias ("Bloomberg", "Fox"
    for Fox News, "Washington"), that is the surname of a person named in full in the text
    ("Michael Bloomberg", "Vicente Fox", "Jesse Washington") is that person's: "Fox said". Not an
    acronym the surname is not written as ("UN" beside Kim Jong Un)."""
    surnames = {
        c.text.split()[-1]
        for c in candidates
        if c.rule == "proper_noun" and c.type == "person" and c.text.split()[0].lower() in gaz.first_names
    }
    lowered = {s.lower() for s in surnames}
    return [
        replace(c, rule="proper_noun", canonical=None, type="", evidence="")
        if c.canonical and c.end_tok - c.start_tok == 1 and c.type in ("organisation", "place") and c.text.lower() in lowered
        and not (len(c.text) > 1 and c.text.isupper() and c.text not in surnames)
        else c
        for c in candidates
    ]


def _shared_surnames(candidates: list[Candidate], doc: Document, lowers: list[str], gaz: Gazetteer) -> list[Candidate]:
    """Marks "Sasha Obama" in "Malia and Sasha Obama", "Hillary Clinton" in "Bill and Hillary
    Clinton": a family named together, whose surname alone ("Obama said") is not theirs."""
    def shared(c: Candidate) -> bool:
        a = c.start_tok
        words = c.text.split()
        return (
            c.canonical is None and len(words) == 2 and words[0].lower() in gaz.first_names and a >= 2
            and lowers[a - 1] == "and" and lowers[a - 2] in gaz.first_names and is_name_token(doc.tokens[a - 2])
            and not (a >= 3 and is_name_token(doc.tokens[a - 3]))  # "Paul Ryan and Mitch McConnell": Ryan's own
        )

    return [replace(c, shared=True) if shared(c) else c for c in candidates]


def _title_goes_on(lowers: list[str], i: int, j: int, gaz: Gazetteer) -> bool:
    """Token ``j`` continues a title that starts in the run ``i:j`` ("Attorney General", "Vice
    President", "Deputy Attorney General"): not a new title."""
    return any(
        k + n > j and tuple(lowers[k : k + n]) in gaz.titles
        for k in range(max(i, j - 2), j)
        for n in (2, 3)
    )


def _title_is_surname(doc: Document, lowers: list[str], i: int, j: int, end: int, gaz: Gazetteer) -> bool:
    """A one-word title at ``j`` after a first name, with no name after it, is a surname: "Billie
    Jean King said", "Rev. Martin Luther King Jr." (not "President" in "Joe Biden President")."""
    if any(tuple(lowers[j : j + n]) in gaz.titles for n in (2, 3) if j + n <= end):
        return False
    k = _name_start(lowers, i, j, gaz)  # after "Rev.", "On Monday"
    if k >= j or lowers[k] not in gaz.first_names or j - k > 2:
        return False
    after = doc.tokens[j + 1] if j + 1 < end else None
    return after is None or not is_name_token(after) or after.lower in gaz.non_names or after.lower in SUFFIXES


def _middle_initial(tokens: tuple[Token, ...], lowers: list[str], i: int, j: int, gaz: Gazetteer) -> bool:
    """The period at ``j`` follows an initial inside a person's name: a first name comes before it
    in the run, or only initials do ("Loretta E. Lynch", "J. Edgar Hoover"), and what follows is no
    sentence's first word ("He quoted Malcolm X. He said", "Plan B. Trump opposed it")."""
    if not _letter(tokens[j - 1]) or lowers[j + 1] in gaz.starters or _pronoun(lowers[j + 1], gaz):
        return False
    k = _name_start(lowers, i, j, gaz)
    return k < j and (any(lowers[m] in gaz.first_names for m in range(k, j - 1))
                      or all(_letter(tokens[m]) or lowers[m] == "." for m in range(k, j)))


def _letter(tok: Token) -> bool:
    """A single capital letter: a middle initial ("Loretta E. Lynch", "J. Edgar Hoover")."""
    return len(tok.text) == 1 and tok.text.isupper()


def _and_joins(tokens: tuple[Token, ...], lowers: list[str], i: int, j: int, end: int, gaz: Gazetteer) -> bool:
    """"and" at ``j`` is part of the name that starts at ``i``: the name is an organisation's
    ("Department of Health and Human Services", "Centers for Disease Control and Prevention",
    "Bill and Melinda Gates Foundation"). Otherwise it joins two names ("Andre Carson and
    Emanuel Cleaver", "Chicago and Boston", "Harvard University and Elizabeth Warren": a first
    name after "and" starts another name unless an organisation word follows), which stay apart."""
    k = j + 1
    while k < end and (is_name_token(tokens[k]) or lowers[k] in ("of", "for")):
        k += 1

    def naming(m: int) -> bool:
        return lowers[m] in gaz.org_cues or lowers[m][:-1] in gaz.org_cues or lowers[m] in gaz.named_things

    if j + 1 < end and lowers[j + 1] in gaz.first_names and not any(naming(m) for m in range(j + 1, k)):
        return False
    if j + 1 < end and lowers[j + 1] == "the":
        return False  # "The Houston Chronicle and The Boston Globe"
    if not any(naming(m) for m in range(i, j)) and any(
        lowers[m] in gaz.first_names and is_name_token(tokens[m + 1]) for m in range(i, j - 1)
    ):
        return False  # "CFO Allen Weisselberg and National Enquirer": a person's name before "and"
    return any(naming(m) for m in range(i, k))


def _first_name_before_entry(doc: Document, lowers: list[str], i: int, j: int, end: int, entry: tuple,
                             gaz: Gazetteer) -> bool:
    """The run ``i:j`` is a first name that is no common sentence opener ("Vicente", not
    "Will"), after titles at most ("President Vicente"), and at most two middle names the lists do
    not know ("Christine Blasey"), and token ``j`` is a one-word gazetteer entry ("Fox",
    "Washington", "Ford") with no capitalised word after it: a surname, not the organisation or
    place ("Will Mexico pay?" stays apart). ``entry`` is the gazetteer's longest match at ``j``
    (:func:`_longest`)."""
    f = _name_start(lowers, i, j, gaz)
    if f >= j or j - f > 3 or lowers[f] not in gaz.first_names or lowers[f] in gaz.starters:
        return False
    if any(not is_name_token(doc.tokens[m]) or lowers[m] in gaz.first or lowers[m] in gaz.non_names
           for m in range(f + 1, j)):
        return False  # "Christine Blasey Ford", not "John Texas Ford" (a gazetteer word in the run)
    return entry[0] == j + 1 and not (j + 1 < end and is_name_token(doc.tokens[j + 1]))


def _place_in_longer_name(doc: Document, lowers: list[str], hit, i: int, end: int, gaz: Gazetteer,
                          inside: bool = False) -> bool:
    """The place the gazetteer finds at ``i`` (``hit``) is part of a longer name: a place of
    ``places.tsv`` followed by a capitalised word the lists do not know ("Virginia Tech", "Virginia
    Foxx"); a one-word country followed by a surname that stands alone elsewhere in the text
    ("Chad Smith ... Smith said"); any place between capitalised words of a name (``inside``:
    "Secure America Now"). Titles, gazetteer names, first names and group nouns after it keep
    the place apart ("Texas Gov. Greg Abbott", "Ohio Republicans")."""
    j, (canonical, typ, evidence, rule) = hit
    tokens = doc.tokens
    if typ != "place" or j >= end or not is_name_token(tokens[j]):
        return False
    nxt = lowers[j]
    if title_at(lowers, j, end, gaz.titles) or nxt in gaz.first_names or nxt in gaz.groups or nxt in gaz.non_names:
        return False
    after = _longest(lowers, j, end, gaz.entries, gaz.first)
    if tuple(lowers[i:j]) in gaz.sub_national or (inside and not (tokens[j].text.isupper() and len(tokens[j].text) > 1)):
        # "Virginia Tech", "New York Yankees", "Boston Tea Party": a longer name, left to the run of
        # capitals; not before another gazetteer name ("Texas Republicans")
        return after is None or tuple(lowers[j : after[0]]) in gaz.lowercase
    if after is not None or j != i + 1 or (j + 1 < end and is_name_token(tokens[j + 1])) or nxt in gaz.org_cues or nxt in gaz.place_cues:
        return False
    word = tokens[j].text
    return any(t.text == word and k != j and lowers[k - 1] != lowers[i] for k, t in enumerate(tokens) if k)


def _first_and_last(lowers: list[str], i: int, j: int, gaz: Gazetteer) -> bool:
    """Tokens ``i:j`` hold a first name and a word after it and no organisation word: a person's
    name, which "of" ends ("Rick Perry of Texas" is Rick Perry, from Texas; "Carter Center of
    Atlanta" stays whole)."""
    first_name = any(lowers[k] in gaz.first_names for k in range(i, j - 1))
    return first_name and not any(lowers[k] in gaz.org_cues for k in range(i, j))


def _before_titled_name(tokens, lowers: list[str], j: int, end: int, gaz: Gazetteer) -> bool:
    """A title and then a name follow from token ``j`` ("President Donald Trump" after "US")."""
    for n in (3, 2, 1):
        if j + n < end and tuple(lowers[j : j + n]) in gaz.titles:
            k = j + n + (tokens[j + n].text == "." and j + n + 1 < end)
            return k < end and is_name_token(tokens[k]) and tokens[j].text[:1].isupper()
    return False


def _speaks_by_name(word: Token, tokens, j: int, gaz: Gazetteer) -> bool:
    """A capitalised word opening a sentence before a verb of saying is a name ("Musk said", "Rice
    told reporters"), unless it is a closed-class word, a word that is no name, a common sentence
    opener ("Nobody said", "History says"), or a plural ("Critics said"); not before a word of
    saying that is also a noun ("Jobless claims", ``saying_noun`` of ``rule_words.tsv``)."""
    low = word.lower
    return (j < len(tokens) and tokens[j].lower in gaz.saying and tokens[j].lower not in gaz.saying_nouns
            and low not in gaz.closed and low not in gaz.non_names and low not in gaz.starters
            and not (low.endswith("s") and not low.endswith("ss")))


def _acronym_case_ok(doc: Document, i: int, j: int, gaz: Gazetteer) -> bool:
    """An acronym entry (WHO, ICE) at tokens ``i:j`` is written in capitals, unless the lexicon
    also lists it written as a word ("Nato" for NATO)."""
    form = gaz.forms.get(tuple(t.lower for t in doc.tokens[i:j]), "")
    return not (len(form) > 1 and form.isupper() and not doc.text[doc.tokens[i].start : doc.tokens[j - 1].end].isupper())


def _gazetteer_case_ok(doc: Document, hit, i: int, sent_start: int, gaz: Gazetteer, caps_elsewhere: set[str]) -> bool:
    """An acronym entry (WHO, ICE) must be written in capitals, unless the lexicon also lists it
    written as a word ("Nato" for NATO); a one-word entry opening a
    sentence must not be a common sentence opener ("Who will pay ...")."""
    j, (canonical, typ, evidence, rule) = hit
    tok = doc.tokens[i]
    if not _acronym_case_ok(doc, i, j, gaz):
        return False
    if j - i == 1 and is_initial(doc, i, sent_start) and tok.lower in gaz.starters and tok.lower not in caps_elsewhere:
        return False
    return True


def _small_entry_ok(tokens, lowers, i: int, j: int, end: int, gaz: Gazetteer) -> bool:
    """A name the lexicon lists written small ("tea party") at ``i:j`` is that name: written small,
    not after "a" ("a tea party for veterans"); capitalised, not the start of a longer name ("Tea
    Party Patriots", left to the run of capitals)."""
    if not tokens[i].text[:1].isupper():
        return not (i > 0 and lowers[i - 1] in ("a", "an"))
    return not (j < end and is_name_token(tokens[j]) and lowers[j] not in gaz.non_names)


def _and_goes_on(lowers: list[str], j: int, end: int, cue: bool, gaz: Gazetteer) -> bool:
    """"and" at ``j`` inside an organisation's name: before its organisation word ("House Ways and
    Means Committee"), or after it when neither a gazetteer name nor a first name follows ("House
    Committee on Oversight and Government Reform"; not "United Airlines and American Airlines")."""
    if not cue:
        return True
    return j + 1 < end and lowers[j + 1] not in gaz.first_names and not _longest(lowers, j + 1, end, gaz.entries, gaz.first)


def _org_name_after(tokens, lowers, i: int, k: int, end: int, gaz: Gazetteer) -> int | None:
    """Where a name from token ``i`` that ends in a gazetteer name before token ``k`` goes on as part
    of an organisation's own name: capitalised words among which is an organisation word, with
    "of", "for" and "&" between them, "and" before the organisation word ("House Ways and Means
    Committee"), "on" and "to" after it ("Senate Select Committee on Intelligence", "Coalition to
    Stop Gun Violence"), and a gazetteer name after "of" ("Federation of America"); up to a title, a
    person's first name after the organisation word,
    another gazetteer name, a word that is no name, or the sentence's end ("Senate Judiciary
    Committee", "Chinese Foreign Ministry"; not "House Democrats and Senate Republicans", nor
    "United Airlines and American Airlines"). The name's end, or None."""
    j = k
    cue = False
    while j < end and not title_at(lowers, j, end - 1, gaz.titles):
        t = tokens[j]
        entry = _longest(lowers, j, end, gaz.entries, gaz.first)
        if entry is not None:
            if not (cue and lowers[j - 1] == "of"):
                break
            j = entry[0]  # "Planned Parenthood Federation of America"
            continue
        if is_name_token(t) and lowers[j] not in gaz.non_names and not _PARTY_TAG.match(t.text):
            if cue and lowers[j] in gaz.first_names and j + 1 < end and is_name_token(tokens[j + 1]):
                break  # "Senate Environment Committee Jim Inhofe": a person after the name
            cue = cue or lowers[j] in gaz.org_cues
            j += 1
        elif (
            (lowers[j] in ("of", "for", "&") or (lowers[j] == "and" and j > k and _and_goes_on(lowers, j, end, cue, gaz))
             or (lowers[j] in ("on", "to") and cue and (lowers[j] == "on" or j + 2 < end and is_name_token(tokens[j + 2]))))
            and j + 1 < end and is_name_token(tokens[j + 1]) and lowers[j + 1] not in gaz.non_names
        ):
            j += 1
        else:
            break
    while j > k and not is_name_token(tokens[j - 1]):
        j -= 1
    return j if cue and j > k else None


def span_text(doc: Document, i: int, j: int) -> str:
    return doc.text[doc.tokens[i].start : doc.tokens[j - 1].end]


def _longest(lowers, i, end, table, first):
    n = first.get(lowers[i])
    if not n:
        return None
    for length in range(min(n, end - i), 0, -1):
        seq = tuple(lowers[i : i + length])
        if seq in table:
            return i + length, table[seq]
    return None


def is_initial(doc: Document, i: int, sent_start: int) -> bool:
    """Token ``i`` starts its sentence or line (after nothing but quotation marks or brackets)."""
    tokens = doc.tokens
    if i > sent_start and ("\n" in doc.text[tokens[i - 1].end : tokens[i].start] or _opens(tokens[i - 1], tokens[i])):
        return True
    if i > sent_start and tokens[i - 1].lower in _CLOCK:
        return True  # "11:58 A.M. Comey is ...": a sentence the splitter ran on after the time
    if _after_ellipsis(tokens, i, sent_start):
        return True
    return all(not t.text[0].isalnum() for t in tokens[sent_start:i])


def _after_speaker(tokens, i: int, start: int) -> bool:
    """Token ``i`` follows a transcript speaker's label within ``tokens[start:]`` ("WALLACE: Let's")."""
    return i - 2 >= start and tokens[i - 1].text == ":" and tokens[i - 2].text.isupper()


def _after_ellipsis(tokens, i: int, start: int) -> bool:
    """Token ``i`` follows an ellipsis written as periods ("... If"), within ``tokens[start:]``."""
    return i - 2 >= start and tokens[i - 1].text == tokens[i - 2].text == "."


def _opens(before: Token, tok: Token) -> bool:
    """``before`` opens what ``tok`` begins: a dash, bracket or ellipsis (not a colon, which often
    opens a list of names: "Republicans: Alaska, Arizona"), or a quotation
    mark written against the word ('"We', not the closing mark of '," Grant')."""
    if before.text not in _OPENERS:
        return False
    return before.text not in {'"', "'", "“", "‘"} or before.end == tok.start


def _proper_noun(doc, i, j, sent_start, gaz, caps_elsewhere, headline, surnames=frozenset()) -> Candidate | None:
    tokens = doc.tokens
    title = ""
    gender = "-"
    # drop a common sentence opener or a non-name word at the start
    while i < j:
        low = tokens[i].lower
        initial = is_initial(doc, i, sent_start)
        opener = (
            low in gaz.starters and low not in caps_elsewhere and (initial or _after_speaker(tokens, i, sent_start))
            and not _short_first_name(doc, i, j, gaz)
        )
        if ((low in gaz.non_names and not _surname_here(tokens, i, surnames)) or _pronoun(low, gaz) or opener
                or i + 1 < j and _not_of_the_name(tokens, i, j, initial, gaz, surnames)):
            i += 1
            while i < j and tokens[i].lower in _CONNECTORS:
                i += 1  # "Some of Gabbard's colleagues": not "of Gabbard"
            continue
        break
    # a title before the name: "Senator", "Prime Minister", "Mr"
    if tuple(t.lower for t in tokens[i:j] if t.text != ".") in gaz.titles:
        # a title alone ("the President") names someone only as a surname ("King"): kept for
        # :func:`merge_candidates`, which drops it unless it is the surname of a person named in the text
        return Candidate(i, j, span_text(doc, i, j), "title_only")
    for length in (3, 2, 1):
        seq = tuple(t.lower for t in tokens[i : i + length])
        if i + length < j and seq in gaz.titles and not _organisation_after_title(tokens, i + length, j, gaz):
            start = i
            gender = gaz.titles[seq]
            i += length
            if i < j and tokens[i].text == ".":
                i += 1
            if i < j and tokens[i].lower in ("of", "for"):
                # "Director of National Intelligence James Clapper": the title goes on to the first name
                k = next((k for k in range(i, j - 1) if tokens[k].lower in gaz.first_names), None)
                if k is None:
                    return None  # "Director of Central Intelligence": a title, no name
                i = k
            title = span_text(doc, start, i - 1 if tokens[i - 1].text == "." else i) if i > start else ""
            break
    # trim trailing connectors and non-names
    while j > i and (tokens[j - 1].lower in _CONNECTORS or tokens[j - 1].lower in ("on", "to") or tokens[j - 1].lower in gaz.non_names and not _surname_here(tokens, j - 1, surnames)):
        j -= 1
    if i >= j:
        return None
    if _PARTY_TAG.match(tokens[i].text):
        return None
    words = [t for t in tokens[i:j] if t.text[0].isalpha()]
    if not words or (len(words) == 1 and words[0].lower in SUFFIXES):
        return None  # nothing, or a suffix alone (", Jr.")
    initial = is_initial(doc, i, sent_start)
    if len(words) == 1 and initial and words[0].lower not in caps_elsewhere and not title \
            and words[0].lower not in gaz.opening_surnames and not _speaks_by_name(words[0], tokens, j, gaz):
        return None  # a capitalised first word seen nowhere else as a name (unless "Obama", or "Musk said")
    if len(words) == 1 and words[0].lower in gaz.closed and words[0].lower not in surnames and not title:
        return None  # a closed-class word alone ("In", "NOT"), unless a person named in the text has it ("May")
    if len(words) == 1 and words[0].lower in gaz.lone_non_names:
        return None  # "Congressional" before "Republicans"
    if len(words) == 1 and len(words[0].text) == 1 and not title:
        return None  # a letter alone: "R-N.Y." and "No-B.S." end in one ("Y", "S"); "the A, C and E lines"
    if headline and words[0].lower not in caps_elsewhere and not (words[0].lower in gaz.first_names and len(words) >= 2) \
            and not (len(words) == 1 and words[0].lower in gaz.opening_surnames):
        return None  # Title Case Headline words are not names unless capitalised elsewhere (or "Obama")
    text = span_text(doc, i, j)
    typ, evidence = "", ""
    first = _first_word(words)
    has_first_name = len(words) >= 2 and words[-1].text[0].isupper() and (
        first.lower in gaz.first_names
        # a short form opening the name, not before a first name ("Will Hurd", not "Will Hillary Clinton")
        or first is words[0] and first.lower in gaz.nicknames and words[1].lower not in gaz.first_names
    )
    place = len(words) >= 2 and words[-1].lower in gaz.place_cues
    if title:
        typ, evidence = "person", f"title {title!r} (titles.tsv)"
    elif any(t.lower in gaz.org_cues for t in words):
        cue = next(t.text for t in words if t.lower in gaz.org_cues)
        typ, evidence = "organisation", f"organisation word {cue!r} (org_cues.tsv)"
    elif place and not (has_first_name and gaz.place_cues[words[-1].lower] == "surname"):
        typ, evidence = "place", f"place word {words[-1].text!r} (place_cues.tsv)"
    elif len(words) >= 2 and words[0].lower in gaz.compass and gaz.entries.get(tuple(t.lower for t in words[1:]), ("", ""))[1] == "place":
        typ, evidence = "place", f"part of the place {words[1].text!r}"
    elif has_first_name:
        typ, evidence = "person", f"first name {first.text!r} (first_names.tsv)"
    elif len(words) <= 3 and words[-1].lower in gaz.public_surnames and not (
            len(words) > 1 and (words[0].lower in gaz.place_prefixes or words[0].lower.rstrip(".") in gaz.saint_mount)):
        typ, evidence = "person", f"a public figure's surname {words[-1].text!r} ({gaz.public_surnames[words[-1].lower]})"
    if typ == "person" and gender == "-" and has_first_name:
        gender = sex(gaz, first.lower)
    return Candidate(i, j, text, "proper_noun", None, typ, evidence, title, gender if typ == "person" else "-")


def _organisation_after_title(tokens, k: int, j: int, gaz: Gazetteer) -> bool:
    """The words after a title word are an organisation's own, the title word its first ("General
    Services Administration", "Justice Centre for Constitutional Freedoms"): an organisation word
    among them, no first name and no "and" ("Press Secretary Sarah Sanders", "Sen. Frank Church",
    "Mayor Rahm Emanuel and Police Superintendent ..." keep their titles)."""
    words = [t.lower for t in tokens[k:j] if t.text[0].isalpha()]
    return (any(w in gaz.org_cues for w in words) and "and" not in words
            and not any(w in gaz.first_names for w in words))


def _short_first_name(doc: Document, i: int, j: int, gaz: Gazetteer) -> bool:
    """A sentence opener that is also a short first name (``nicknames.tsv``: "Will") is the name
    when a name word that is no first name follows it and the sentence asks no question ("Will
    Hurd said", not "Will Congress act?" nor "Will Hillary Clinton run")."""
    tokens = doc.tokens
    if tokens[i].lower not in gaz.nicknames or i + 1 >= j or not is_name_token(tokens[i + 1]) or tokens[i + 1].lower in gaz.first_names:
        return False  # "Will Hillary Clinton win": a first name after it, the opener is the verb
    sent = doc.sentences[tokens[i].sentence]
    return not doc.text[sent.start : sent.end].rstrip().rstrip("\"'”’)").endswith("?")


def _pronoun(low: str, gaz: Gazetteer) -> bool:
    """A pronoun, also with a clitic written on it ("I’m", "I've", "It’s"): never a name."""
    return re.split(r"[’']", low, maxsplit=1)[0] in gaz.pronouns


def _first_word(words: list[Token]) -> Token:
    """The first word of a name after its initials ("Edgar" in "J. Edgar Hoover"); never its last."""
    k = 0
    while k < len(words) - 2 and _letter(words[k]):
        k += 1
    return words[k]
