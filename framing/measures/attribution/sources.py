"""Who speaks: the source of a cue (the subject before it, skipping appositions; a relative
pronoun's antecedent; a document or an anonymous description), and the word lists the other parts
of the measure share."""
from __future__ import annotations

import functools

from framing.article import Document, Span
from framing.lexicon import Lexicons
from framing.measures.actor_gazetteer import load_gazetteer
from framing.measures.actors import ActorsResult


AUX = {
    "has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "previously", "repeatedly",
    "later", "then", "did", "does", "do", "not", "n't", "would", "will", "could", "should", "may", "might",
    "reportedly", "once", "again", "publicly", "privately", "recently", "earlier", "further", "just",
    "already", "often", "still", "even", "apparently", "allegedly", "flatly", "quickly", "nor", "neither",
    "never", "immediately", "also", "first", "last", "only", "openly", "angrily",
}


CLAUSE_BREAK = {",", ";", ":", "—", "–", "(", ")", "that", "and", "but", "after", "before", "while",
                 "when", "because", "as", "if", "although", "since", "though", "where", "who", "which"}


QUOTE_CHARS = "\"“”‘’'«»„"


DASHES = {"―", "—", "--", "–"}


PREPOSITIONS = {"at", "in", "of", "on", "to", "for", "with", "from", "by", "over", "about", "alongside",
                 "against", "into", "under", "after", "before", "'s", "’s", "than", "like"}


DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "of",
                "these", "those", "some", "each", "every", "no"}


@functools.lru_cache(maxsize=8)
def _word_sets(lexicons: Lexicons) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The pronouns, the nouns of ``others_of.tsv`` and the abbreviations of ``abbreviations.tsv``
    always followed by a name ("mr", "rep") of a set of lexicons, read once, not per article."""
    pronouns = frozenset(e.term.lower() for e in lexicons["pronouns"])
    others_of = frozenset(lexicons["others_of"].terms()) if "others_of" in lexicons else frozenset()
    abbreviations = frozenset(e.term.lower().rstrip(".") for e in lexicons["abbreviations"] if e.get("kind") == "title")
    return pronouns, others_of, abbreviations


class Context:
    def __init__(self, doc: Document, lexicons: Lexicons, actors: ActorsResult):
        self.doc = doc
        self.lex = lexicons
        self.actors = actors
        self.lowers = [t.lower for t in doc.tokens]
        self.starts = [t.start for t in doc.tokens]  # for bisecting an offset to its token
        self.anon = lexicons["anonymous_sources"]
        self.docs = lexicons["attribution_nouns"]
        self.pronouns, self.others_of, self._title_abbreviations = _word_sets(lexicons)
        gaz = load_gazetteer(lexicons)
        self._titles = gaz.titles  # word tuples of titles.tsv
        self._org_kinds = gaz.org_kinds  # organisation -> its kind in organisations.tsv ("party")
        self.cue_probabilities: list[float] = []  # the cue detector's, where it ran
        self.non_responses: tuple = ()  # the article's unanswered requests, once found
        # offset -> (actor, mention) for fast lookups
        self.mention_by_start: dict[int, tuple] = {}
        self.mention_ends: dict[int, bool] = {}  # a mention's end -> whether a person's mention ends there
        for a in actors.actors:
            for m in a.mentions:
                self.mention_by_start[m.start] = (a, m)
                self.mention_ends[m.end] = self.mention_ends.get(m.end, False) or a.type == "person"
        self._name_starts: dict[int, int] | None = None
        self._verb_matches: dict[int, list] = {}

    def verb_matches(self, sent) -> list:
        """The matches of ``reporting_verbs.tsv`` in sentence ``sent``, found once and kept (the
        cue steps each read them)."""
        found = self._verb_matches.get(sent.index)
        if found is None:
            found = self._verb_matches[sent.index] = self.lex["reporting_verbs"].find(
                self.lowers, sent.token_start, sent.token_end)
        return found

    def name_start(self, k: int) -> int | None:
        """The first token of the actor's name that token ``k`` lies inside, not at its start
        (the "and" of "Centers for Disease Control and Prevention"), else None."""
        if self._name_starts is None:
            toks = self.doc.tokens
            by_start = {t.start: x for x, t in enumerate(toks)}
            self._name_starts = {}
            for m in {m for _, m in self.mention_by_start.values()}:
                first = by_start.get(m.start)
                x = first + 1 if first is not None else len(toks)
                while x < len(toks) and toks[x].end <= m.end:
                    self._name_starts[x] = first
                    x += 1
        return self._name_starts.get(k)

    def title_period(self, k: int) -> bool:
        """Whether token ``k`` is the period of a title's abbreviation before a name ("Mr. Burman",
        "Rep. Jim Clyburn"), which ends no phrase."""
        toks = self.doc.tokens
        return (
            toks[k].text == "." and 0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start
            and toks[k + 1].text[:1].isupper() and self.lowers[k - 1] in self._title_abbreviations
        )

    def in_quote(self, tok_index: int) -> bool:
        tok = self.doc.tokens[tok_index]
        q = self.doc.quote_at(tok.start)
        return q is not None and any(s.start <= tok.start < s.end for s in q.segments)

    def source_of(self, i: int, j: int) -> tuple[Span | None, str, str, str | None]:
        """Describe the source in tokens [i, j): (span, text, type, actor name)."""
        toks = self.doc.tokens
        while i < j and (toks[i].lower in AUX or toks[i].text in QUOTE_CHARS or not toks[i].is_word) and (
            toks[i].start not in self.mention_by_start  # "Will Hurd": a name, no auxiliary
        ):
            i += 1
        while j > i and (toks[j - 1].lower in AUX or toks[j - 1].text in ",." or toks[j - 1].text in QUOTE_CHARS):
            j -= 1
        if i >= j:
            return None, "", "none", None
        if self.lowers[i] in {"who", "which"} and i > 0 and toks[i - 1].text in ",—–":
            span = Span(toks[i].start, toks[i].end)
            described = self._described_before(i - 1) if self.lowers[i] == "who" else None
            if described is not None:  # "Okafor said the senator, who argued": the senator's voice
                _, _, kind, name = self.source_of(described, i - 1)
                return span, toks[i].text, kind if kind != "none" else "other", name
            actor = self._antecedent(i - 1)
            if actor is None:  # "..., which suggests that": a clause, no one's voice
                return None, "", "none", None
            return span, toks[i].text, source_type(actor), actor.name
        j = self._noun_phrase_end(i, j)
        if j - i == 1 and self.lowers[i] in _NO_SOURCE:
            return None, "", "none", None  # "By citing ...", "There is no way ... recalling": no one
        span = Span(toks[i].start, toks[j - 1].end)
        text = self.doc.text[span.start : span.end]
        lows = self.lowers[i:j]
        head = self.docs.find(lows[:3])
        if head and head[0].token_start <= 1:
            return span, text, "document", None  # "records seen by The Post", "a report by X"
        # who the source is comes before a relative clause or a "close to": "The man who was
        # arrested by the FBI" is not the FBI, nor is "a source close to the investigation" a document
        marks = self.anon.find(lows)  # the phrase's words of anonymous_sources.tsv
        h = self._head_end(i, j, marks)
        person = self._apposed_person(i, h) or self._named_head(i, h)
        if person is not None:  # "Texas Gov. Greg Abbott", "Clinton spokesman Nick Merrill"
            return span, text, source_type(person), person.name
        # a named actor (or pronoun linked to one): the first in the phrase
        others = False  # past "Trump's critics": a name after a preposition is no longer the source
        for k in range(i, h):
            if others and self.lowers[k] in _HEAD_ENDS and self.lowers[k] not in (",", "and"):
                break  # "His customers, browsing in central Ramallah": not Ramallah
            if self.lowers[k] in ("his", "her", "their") and k + 1 < h and self.lowers[k + 1] in self.others_of:
                others = True  # "His customers", though "His" is linked to no one
            hit = self.mention_by_start.get(toks[k].start)
            if hit and hit[0].type == "group" and " " not in hit[0].name and marks:
                break  # "officials said": an unnamed group is an anonymous source
            if hit and self._someone_elses(k, hit[1], j):
                others = True
                continue  # "Trump's critics", "her husband": they speak, not Trump or she
            if hit:
                actor, mention = self._last_adjacent(hit, k, j)
                unnamed = self._unnamed(lows, marks, k - i, self.after(k, hit[1]) - i, actor)
                if unnamed is not None:  # "a Pentagon official": anonymous, for the Pentagon
                    return span, text, "anonymous", unnamed or None
                if self._party_member(i, k, mention, j, actor):
                    return span, text, "other", None  # "the Florida Republican said": one member
                if actor.type in ("organisation", "place") and self._office_in(self.after(k, mention), j):
                    return span, text, "other", None  # "the former FBI director told": a person, not the FBI
                if actor.type == "place" and (head := self._modified(k, mention, j, actor)) is not None:
                    # "The California senator said": a senator, not California; "French carmaker
                    # Renault said": Renault
                    if head is False:
                        return span, text, "other", None
                    return span, text, source_type(head), head.name
                # a pronoun linked to an actor counts as that actor; "a spokesman for X" speaks
                # for X: an organisation's voice; "House Democrats": the Democrats'
                return span, text, source_type(actor), actor.name
        if self.docs.find(lows[: h - i]) or self.data_head(lows[: h - i]):
            return span, text, "document", None
        if marks:
            return span, text, "anonymous", None
        if j - i == 1 and lows[0] in self.pronouns:
            return span, text, "pronoun", None
        return span, text, "other", None


    def _head_end(self, i: int, j: int, marks) -> int:
        """Where the part of the source phrase in tokens [i, j) that says who the source is
        ends: at a relative pronoun after its first word ("The man who was arrested by the FBI")
        or at a phrase of ``anonymous_sources.tsv`` whose ``with_name`` is ``beyond`` ("a source
        close to the investigation"; ``marks``: the phrase's matches of that list); else ``j``."""
        ends = [i + m.token_start for m in marks if m.entry.get("with_name") == "beyond"]
        ends += [k for k in range(i + 1, j) if self.lowers[k] in ("who", "whose")]
        return min(ends, default=j)

    def _apposed_person(self, i: int, j: int):
        """The person named after the phrase's last comma (after any title) when that name, or it
        and "of" a place, ends the phrase ("A New York Times reporter, Jonathan Martin": Martin, not
        the Times; "One leading Republican, Senator Lindsey Graham of South Carolina"); else None."""
        toks = self.doc.tokens
        comma = next((k for k in range(j - 1, i, -1) if toks[k].text == ","), None)
        if comma is None or comma + 1 >= j:
            return None
        k = comma + 1
        k += self._title_before_name(k, j)  # "One leading Republican, Senator Lindsey Graham"
        hit = self.mention_by_start.get(toks[k].start) if k < j else None
        if hit is None or hit[0].type != "person" or hit[1].rule == "pronoun":
            return None
        if hit[1].end != toks[j - 1].end and not self._of_place(self.after(k, hit[1]), j):
            return None
        return hit[0]

    def data_head(self, words: list[str]) -> bool:
        """The phrase's head, its last word before a preposition, is data (``data_head`` of
        ``rule_words.tsv``): "Footage of the march", "The tally of ballots"; not "The average
        American"."""
        k = next((n for n, w in enumerate(words) if w in PREPOSITIONS and w not in ("'s", "’s")), len(words))
        return k > 0 and words[k - 1] in self.lex.rule_words("data_head")

    def _party_member(self, i: int, k: int, mention, j: int, actor) -> bool:
        """Whether the phrase [i, j) names one member of the party ``mention`` (at token ``k``)
        names: "the Florida Republican", "a leading Democrat", "The Republican", "The Democratic
        senator", "A Labour MP" (a determiner opens it, the party's word in the singular ends it or
        only common nouns and titles follow); not "Republicans", "the Republican Party", "the RNC"."""
        word = mention.text
        toks = self.doc.tokens
        nouns = range(self.after(k, mention), j)  # "the Democratic senator", "A Labour MP"
        return (
            self._org_kinds.get(actor.name) == "party"
            # "the Democratic candidate's former doctor": a member's
            and all(self.lowers[n] in ("'s", "’s") or toks[n].is_word and (
                toks[n].text[0].islower() or (self.lowers[n],) in self._titles) for n in nouns)
            and " " not in word and not word.lower().endswith("s") and not word.isupper() and word != actor.name and k >= i
            and self.lowers[i] in ("the", "a", "an", "one", "another", "each", "every")
        )

    def _title_before_name(self, k: int, j: int) -> int:
        """The number of tokens of a title (and its period) at token ``k``, before ``j``."""
        for n in (3, 2, 1):
            if k + n < j and tuple(self.lowers[k : k + n]) in self._titles:
                return n + (self.doc.tokens[k + n].text == "." and k + n + 1 < j)
        return 0

    def _office_in(self, m: int, j: int) -> bool:
        """Tokens [m, j), after an organisation's or a place's name, are a title that ends the
        source phrase, after lower-case words at most ("The FBI director", "The Senate majority
        leader", "the Tesla chairman"): the office's holder speaks, not the organisation; not a
        title of ``speaks_for`` (``rule_words.tsv``: "spokesman", "press secretary"), whose
        holder speaks for it."""
        for n in (3, 2, 1):
            if m <= j - n and tuple(self.lowers[j - n : j]) in self._titles:
                if " ".join(self.lowers[j - n : j]) in self.lex.rule_words("speaks_for"):
                    return False  # "A Pentagon spokesman", "the White House press secretary": its voice
                return all(self.doc.tokens[x].text[:1].islower() for x in range(m, j - n))
        return False

    def _of_place(self, m: int, j: int) -> bool:
        """Tokens [m, j) are "of" or "from" and a place's name ("of South Carolina")."""
        if m + 1 >= j or self.lowers[m] not in ("of", "from"):
            return False
        hit = self.mention_by_start.get(self.doc.tokens[m + 1].start)
        return hit is not None and hit[0].type == "place" and hit[1].end >= self.doc.tokens[j - 1].end

    def _last_adjacent(self, hit, k: int, j: int):
        """The last of names written one right after the other from ``hit`` (actor, mention, at
        token ``k``) within the phrase ending at token ``j``: "House Democrats", "Senate Republicans" are the
        parties' voices, not the chambers'."""
        toks = self.doc.tokens
        while hit[1].rule != "pronoun":  # "his Instagram account" is still his
            m = self.after(k, hit[1])
            if m >= j or toks[m].start - hit[1].end > 1:
                return hit
            following = self.mention_by_start.get(toks[m].start)
            if following is None or following[0].type not in ("organisation", "group", "person"):
                return hit
            hit, k = following, m
        return hit

    def after(self, k: int, mention) -> int:
        """The index of the first token after ``mention``, which starts at token ``k``."""
        toks = self.doc.tokens
        while k < len(toks) and toks[k].end <= mention.end:
            k += 1
        return k

    def _unnamed(self, lows: list[str], marks, at: int, end: int, actor) -> str | None:
        """Whether a source phrase (``lows``, with ``marks``, its matches of
        ``anonymous_sources.tsv``) that names ``actor`` from its word ``at`` to ``end`` is still an
        anonymous source: None when it is not (no entry of the list, or only one whose
        ``with_name`` is ``voice``: "a Tesla spokesman"; or the actor is a person the phrase does
        not name after "close to" or the like: "Trump's lawyer"); else the name of the actor it
        speaks for ("a Pentagon official": the Pentagon; "White House officials": the group so
        named; ``with_name`` ``affiliation``), or "" for none ("a source close to Trump", "people
        familiar with the Pentagon's plans": ``beyond``; "a Kremlin critic": ``unaffiliated``).
        A name that opens the phrase before a comma is the source's ("Kadri Liik, an expert on
        Russia"); the words of the name of an actor other than a group are not the list's ("the
        Observer"), nor is a noun of the list before another word that is no preposition ("the
        official Twitter account")."""
        if at == 0 and end < len(lows) and lows[end] == ",":
            return None
        marks = [m for m in marks if not (actor.type != "group" and at <= m.token_start < end) and not (
            m.entry.get("pos") == "noun" and m.token_end < len(lows) and lows[m.token_end] not in _AFTER_HEAD)]
        if not any(m.entry.get("with_name") != "voice" for m in marks):
            return None
        if any(m.entry.get("with_name") == "beyond" and m.token_end <= at for m in marks) or any(
                m.entry.get("with_name") == "unaffiliated" and end <= m.token_start <= end + 1 for m in marks):
            return ""  # "a source close to Trump"; "a Trump critic", not "Ben Sasse, a Trump critic"
        return None if actor.type == "person" else actor.name

    def _modified(self, k: int, mention, j: int, place):
        """What the place named at token ``k`` modifies in the phrase ending at ``j``, when common
        nouns follow it: the actor other than a place they are then followed by and describe
        ("French carmaker Renault", "Chinese foreign ministry spokesman Lijian Zhao"); False when
        they end the phrase and the place is no country ("The California senator", "the New York
        billionaire"; a country's "foreign ministry", "military" or "state media" speak for it);
        None when no common noun follows, or a determiner, preposition, comma or other word that
        ends a noun phrase comes first ("Libyan authorities or the FBI")."""
        toks = self.doc.tokens
        m = self.after(k, mention)
        if m >= j or not toks[m].text[:1].islower():
            return None
        while m < j:
            hit = self.mention_by_start.get(toks[m].start)
            if hit is not None:
                return hit[0] if hit[0].type != "place" and hit[1].rule != "pronoun" else None
            if not toks[m].text[:1].islower() and toks[m].text != "-" or self.lowers[m] in _NOUN_PHRASE_ENDS:
                return None
            m += 1
        return None if "countries.tsv" in place.type_evidence else False

    def _someone_elses(self, k: int, mention, j: int) -> bool:
        """Whether the mention at token ``k`` is a possessive or a name before a noun of
        ``others_of.tsv`` within the phrase ending at ``j`` ("Trump's critics", "his son", "Trump
        critics", "Twitter users"): others than it."""
        m = self.after(k, mention)
        if m < j and self.lowers[m] in ("'s", "’s"):
            m += 1
        elif self.lowers[k] not in ("his", "her", "their", "its") and mention.rule == "pronoun":
            return False
        return m < j and self.lowers[m] in self.others_of

    def _named_head(self, i: int, j: int):
        """The person a source phrase ends on when a modifier naming another actor comes first:
        the last person named in tokens [i, j) before a preposition, comma or "and", if the
        phrase names some other actor before it; else None ("Clinton spokesman Nick Merrill"
        is Merrill's voice, "a spokesman for Clinton" and "Clinton's office" stay Clinton's)."""
        toks = self.doc.tokens
        first = last = None
        k = i
        while k < j:
            title = self._title_length(k, j)
            if title:
                k += title  # "Trump's Secretary of State Mike Pompeo": "of" inside a title ends nothing
                continue
            if self.lowers[k] in _HEAD_ENDS:
                break
            hit = self.mention_by_start.get(toks[k].start)
            k += 1
            if hit is None:
                continue
            first = first or hit[0]
            if source_type(hit[0]) == "person":  # also "CNN's Fareed Zakaria", a name no list types
                last = hit[0]
        return last if last is not None and last is not first else None

    def _title_length(self, k: int, j: int) -> int:
        """The number of words of a title of two or three words with a preposition in it that
        starts at token ``k`` before ``j`` ("Secretary of State"), else 0."""
        for n in (3, 2):
            words = tuple(self.lowers[k : k + n])
            if k + n <= j and words in self._titles and any(w in PREPOSITIONS for w in words):
                return n
        return 0

    def _described_before(self, comma: int) -> int | None:
        """Where a description the relative "who" after ``comma`` refers to starts: a determiner
        and up to three lower-case words, no name among them, just before the comma ("the
        senator", "a former aide"; not "Senator Ellis", "the Harbor Council", nor a description in
        apposition to a name)."""
        toks = self.doc.tokens
        sentence = toks[comma].sentence
        for k in range(comma - 1, max(-1, comma - 5), -1):
            if toks[k].sentence != sentence or not toks[k].is_word or toks[k].start in self.mention_by_start \
                    or toks[k].end in self.mention_ends:
                return None
            if self.lowers[k] in ("the", "a", "an") and k < comma - 1:
                if k >= 2 and toks[k - 1].text == "," and toks[k - 2].end in self.mention_ends:
                    return None  # "Dr. Samuel Achterberg, the regional health officer, who": an apposition
                return k
            if not toks[k].text.islower() or self.lowers[k] in _VERBISH or self.lowers[k] in PREPOSITIONS:
                return None
        return None

    def _antecedent(self, comma: int):
        """The actor a relative pronoun after ``comma`` refers to: among the actors named in the
        12 tokens before it (in its sentence), a person first, then a group or organisation,
        the nearest of each."""
        toks = self.doc.tokens
        sentence = toks[comma].sentence
        found = []
        for k in range(comma - 1, max(-1, comma - 13), -1):
            if toks[k].sentence != sentence or toks[k].text in QUOTE_CHARS or toks[k].text == ";":
                break
            hit = self.mention_by_start.get(toks[k].start)
            if hit:
                found.append(hit[0])
        rank = {"person": 0, "group": 1, "organisation": 1}
        return min(found, key=lambda a: rank.get(a.type, 2), default=None)

    def _noun_phrase_end(self, i: int, j: int) -> int:
        """Where the source's noun phrase ends within tokens [i, j): before the first auxiliary or
        other verb-like word ("Clinton laid out" -> "Clinton", "She'll present" -> "She"; "Clinton
        spokesman Nick Merrill" is kept whole, and so are "a source close to the campaign" and a
        relative clause: "One councillor, who asked not to be named")."""
        k = i + 1
        while k < j:
            if self.lowers[k] in ("who", "whose"):
                # a relative clause belongs to the phrase, up to its closing comma ("One councillor,
                # who asked not to be named, said"; "Two people who asked not to be named said")
                k = next((m for m in range(k + 1, j) if self.lowers[m] == ","), j)
                continue
            if self.lowers[k] in _VERBISH and not (self.lowers[k] == "to" and self.lowers[k - 1] in _NEAR):
                return k
            k += 1
        return j


# the commonest verbs of saying and believing, a deliberately small part of reporting_verbs.tsv:
# all its speech and belief verbs ("accused", "agreed", ...) end the subject too early (PolNeAR
# train, exact source F1 0.641 -> 0.636)

# a source phrase of one of these words alone is no one's: a preposition, an existential or
# locative adverb, an interrogative
_NO_SOURCE = (PREPOSITIONS - {"'s", "’s"}) | {"there", "here", "what", "how", "why", "where", "when", "whether", "the",
                                              "a", "an", "so", "not", "no"}

SUBORDINATORS = {"when", "while", "if", "after", "before", "although", "though", "because", "since", "as", "once",
                "unless", "until", "whether", "whereas"}

_HEAD_ENDS = (PREPOSITIONS - {"'s", "’s"}) | {",", "(", "—", "–", "and", "or", "who", "which"}

# what may follow the head noun of a source phrase ("an official at", "an aide, who", "a source
# close to"); before another word such a noun is a modifier ("the official Twitter account")
_NOUN_PHRASE_ENDS = _HEAD_ENDS | DETERMINERS  # after a place's common nouns: "the U.S. allowed the ..."

_AFTER_HEAD = _HEAD_ENDS | {"that", "close", "closest", "familiar", "briefed", "speaking", "knowledgeable"}

_NEAR = {"close", "closer", "closest", "loyal", "allied", "near", "next"}  # "to" after these is no verb's

_VERBISH = {"is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might",
            "must", "should", "did", "does", "do", "'ll", "’ll", "'d", "’d", "'re", "’re", "'ve", "’ve", "to",
            "went", "took", "made", "laid", "began", "started", "continued", "tried", "sought", "also", "then",
            "later", "again", "not", "never", "first", "repeatedly", "recently", "publicly", "now"}


def source_type(actor) -> str:
    """The source type of a named actor: its type; an untyped name of two or three capitalised
    words found by capitalisation that speaks is a person (as :func:`with_speakers` types it);
    any other untyped name is ``named``."""
    from framing.measures.actors import speaking_type

    return actor.type if actor.type != "other" else (speaking_type(actor) or "named")


def clause_start(ctx: Context, sent_start: int, cue: int) -> int:
    """First token of the clause that ends just before the cue (skipping an apposition)."""
    toks = ctx.doc.tokens
    k = cue - 1
    while k >= sent_start and (toks[k].lower in AUX):
        k -= 1
    of = _of_place_after_name(ctx, sent_start, k)
    if of is not None:
        k = of  # "Sen. Lindsey Graham (R) of South Carolina said": the place is the name's
    if k >= sent_start and toks[k].text == ")":
        # "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the name
        m = k - 1
        while m >= sent_start and toks[m].text not in "()" and k - m <= 6:
            m -= 1
        if m > sent_start and toks[m].text == "(":
            end, k = k, m - 1
            while k >= sent_start and toks[k].lower not in CLAUSE_BREAK and toks[k].text not in QUOTE_CHARS:
                k -= 1
            return k + 1 if k + 1 < m else m
    # apposition: "Hugh Hill, a doctor at the clinic, said" / "Musk — who ..., has said" /
    # "Quina Jones, 25, said" / "Johnnie Wilson, of Springfield, Va., said"
    for _ in range(2):
        if not (k >= sent_start and toks[k].text in ",—–"):
            break
        m = k - 1
        while m >= sent_start and toks[m].text not in ",—–" and (
            toks[m].text not in QUOTE_CHARS or _possessive(ctx, m)
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
        if inner[0] in DETERMINERS or inner[0] in {"who", "which", "whose", "of"} or (len(inner) == 1 and inner[0].isdigit()):
            k = m - 1
        elif m > sent_start and (toks[m - 1].text[:1].isupper() or inner[0].endswith("ing") and toks[m + 1].text.islower()) and (
            inner[0] not in ctx.pronouns and inner[0] not in SUBORDINATORS and not any(w in _VERBISH for w in inner)
        ):
            # "Richard Revesz, director of the institute, said", "Dianne Feinstein, Democrat of
            # California, said", "Clinton, meanwhile, said": a name, then its apposition
            k = m - 1
        elif _name_after_noun(ctx, sent_start, m, k):
            # "The campaign's chairman, Phil Lovas, said": the name is the apposition of the noun
            # before it; the source is both
            k = m - 1
            while k >= sent_start and toks[k].lower not in CLAUSE_BREAK and toks[k].text not in QUOTE_CHARS:
                k -= 1
            return k + 1
        else:
            break
    end = k
    joined = False  # past an "and" between names, the subject goes on only as far as names do
    saying = ctx.lex.rule_words("saying")
    while k >= sent_start:
        t = toks[k]
        if t.lower in saying and k < end:
            break  # "X said businesses were concerned about": the subject follows the verb of saying
        if t.lower == "and" and _names_joined(ctx, sent_start, k, end):
            joined = True
            k -= 1
            continue
        if t.lower in CLAUSE_BREAK and (first := ctx.name_start(k)) is not None and first >= sent_start:
            k = first - 1  # "The Centers for Disease Control and Prevention said": one name
            continue
        if t.lower in CLAUSE_BREAK or t.text in QUOTE_CHARS:
            break
        if joined and not (t.text[:1].isupper() or t.lower in _IN_NAMES):
            break
        k -= 1
    if k >= sent_start and toks[k].lower in {"who", "which"} and k > sent_start and toks[k - 1].text not in ",—–":
        # "Two people who asked not to be named said": the subject is before the relative clause
        m = k - 1
        while m >= sent_start and toks[m].lower not in CLAUSE_BREAK and toks[m].text not in QUOTE_CHARS:
            m -= 1
        return m + 1
    if k > sent_start and toks[k].lower in {"who", "which"} and toks[k - 1].text in ",—–":
        return k  # "Democrats, who have argued that": the relative pronoun is the source
    return k + 1 if k + 1 <= end else end + 1


_IN_NAMES = {".", "of", "in", "for", "at", "from", "the", "'s", "’s", "-"}


def _name_after_noun(ctx: Context, sent_start: int, m: int, k: int) -> bool:
    """Tokens between the commas at ``m`` and ``k`` are a name (capitalised words, and perhaps "of"
    or "from" a place of one or two words) and a common noun ends the words before the first comma
    ("chairman, Phil Lovas,", "One critic, Senator Rand Paul of Kentucky,")."""
    toks = ctx.doc.tokens
    inner = [t for t in toks[m + 1 : k] if t.text != "."]
    if inner and len(inner) > 2 and inner[-2].lower in ("of", "from") or len(inner) > 3 and inner[-3].lower in ("of", "from"):
        inner = inner[: max(x for x, t in enumerate(inner) if t.lower in ("of", "from"))]  # "..., of Kentucky"
    if not inner or len(inner) > 4 or not all(t.text[:1].isupper() for t in inner):
        return False
    before = toks[m - 1] if m > sent_start else None
    return before is not None and before.text.isalpha() and before.text.islower() and before.lower not in CLAUSE_BREAK


def _names_joined(ctx: Context, sent_start: int, k: int, end: int) -> bool:
    """The "and" at token ``k`` joins two actors' names in the subject ("Obama and Clinton said",
    "Officials in California and Ohio disagreed"): a mention ends just before it, another starts
    just after it, and only capitalised words follow up to the subject's end."""
    toks = ctx.doc.tokens
    if k <= sent_start or k >= end or toks[k - 1].end not in ctx.mention_ends or toks[k + 1].start not in ctx.mention_by_start:
        return False
    return all(toks[m].text[:1].isupper() or toks[m].text == "." for m in range(k + 1, end + 1))


def _possessive(ctx: Context, k: int) -> bool:
    """Token ``k`` is the apostrophe of a plural possessive ("the Residents' Council")."""
    toks = ctx.doc.tokens
    return toks[k].text in "'’" and k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].lower.endswith("s")


def _of_place_after_name(ctx: Context, sent_start: int, k: int) -> int | None:
    """Where the name before "of" and a place ending at token ``k`` ends (its last token, or the
    ")" of a party tag after it): "Lindsey Graham (R) of South Carolina", "Graham of South
    Carolina"; else None."""
    toks = ctx.doc.tokens
    m = k
    while m > sent_start and toks[m].lower != "of" and k - m < 5:
        m -= 1
    if m <= sent_start or toks[m].lower != "of" or m + 1 > k:
        return None
    hit = ctx.mention_by_start.get(toks[m + 1].start)
    if hit is None or hit[0].type != "place" or hit[1].end != toks[k].end:
        return None
    before = m - 1
    if toks[before].text == ")" or ctx.mention_ends.get(toks[before].end):
        return before
    return None


def _of_place_before(ctx: Context, sent_start: int, comma: int) -> int | None:
    """Where the "of Place" apposition before ``comma`` opens (its comma: "Wilson, of
    Springfield, Va.,"), or None."""
    m = comma - 1
    while m >= sent_start and ctx.doc.tokens[m].text not in ",—–" and comma - m <= 4:
        m -= 1
    return m if m >= sent_start and ctx.lowers[m + 1 : m + 2] == ["of"] else None


def sentence_subject(ctx: Context, sent, before: int):
    """The first actor named in the sentence before token ``before``, outside quotations, with the
    capitalised words right after it ("House Speaker Paul Ryan": Ryan, not the House), but not a
    dateline ("WASHINGTON — ..."); where no actor is named, a pronoun or a run of capitalised
    words opening the sentence before a word in lower case ("He apologised", "Alvarez
    apologised"); else no one."""
    toks = ctx.doc.tokens
    start = sent.token_start
    if ctx.lowers[start] in SUBORDINATORS:
        # "When Mr. Rubio did take Mr. Trump on, he did it sideways, acknowledging": the subject
        # follows the opening clause
        comma = next((k for k in range(start, before) if toks[k].text == ","), None)
        if comma is not None:
            start = comma + 1
    for k in range(start, before):
        if ctx.in_quote(k):
            continue
        hit = ctx.mention_by_start.get(toks[k].start)
        if hit and (k == start or ctx.lowers[k - 1] not in PREPOSITIONS):
            m = hit[1]
            end = k
            while end < before and toks[end].end <= m.end:
                end += 1
            if k == start and end < before and toks[end].text in DASHES:
                continue  # "WASHINGTON — Senator Chuck Schumer told ...": a dateline, not the subject
            while end < before and toks[end].text[:1].isupper() and toks[end].is_word:
                end += 1  # "House Speaker Paul Ryan": the whole name, whose head speaks
            return ctx.source_of(k, end)
    # no actor named: a pronoun or a run of capitalised words opening the sentence before a word
    # in lower case ("He apologised but said", "Alvarez apologised but said")
    k = start
    while k < before and not toks[k].is_word:
        k += 1
    if k < before and ctx.lowers[k] in ctx.pronouns:
        return ctx.source_of(k, k + 1)
    end = k
    while end < before and toks[end].is_word and toks[end].text[:1].isupper():
        end += 1
    if k < end < before and toks[end].is_word and toks[end].text[:1].islower() \
            and ctx.lowers[k] not in load_gazetteer(ctx.lex).starters:
        return ctx.source_of(k, end)
    return None, "", "none", None

