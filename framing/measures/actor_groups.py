"""Actors named by a common noun: groups ("Republican lawmakers", "protesters", ``groups.tsv``) and
"the administration" for a user-named "Obama administration" (``definite_heads.tsv``)."""
from __future__ import annotations

from framing.article import Document
from framing.lexicon import Lexicons, tokenize_entry
from framing.measures.actor_gazetteer import Gazetteer
from framing.measures.actor_names import Candidate, is_initial, is_name_token, span_text
from framing.measures.actor_types import ActorSpec

__all__ = ["definite_candidates", "group_candidates"]


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}


def definite_candidates(
    doc: Document, lowers: list[str], candidates: list[Candidate], known: tuple[ActorSpec, ...], lexicons: Lexicons
) -> list[Candidate]:
    """"the administration" as a mention of the user-named "Obama administration": "the" and the
    last word of a user-named actor's name, after the actor, or the words of its name before that
    word ("Obama", "SB 1062"), appear in the article, where that word is a head of
    ``definite_heads.tsv`` and no other actor, named by the user or found in the text, ends with
    it ("the Bush administration", "Trump's administration"); not "the administration of ...",
    which names its own."""
    if not known or "definite_heads" not in lexicons:
        return []
    allowed = lexicons["definite_heads"].terms()
    heads: dict[str, ActorSpec | None] = {}
    for spec in known:
        words = spec.name.lower().split()
        if len(words) >= 2 and words[-1] in allowed:
            heads[words[-1]] = None if words[-1] in heads else spec
    tokens = doc.tokens
    taken = {k for c in candidates for k in range(c.start_tok, c.end_tok)}
    users = {k for c in candidates if c.rule == "user" for k in range(c.start_tok, c.end_tok)}
    for c in candidates:
        last = c.text.lower().split()[-1] if c.text else ""
        if last in heads and (heads[last] is None or c.canonical != heads[last].name):
            heads[last] = None  # another actor ends with it: "the administration" is unclear
    for k in range(1, len(tokens)):
        if tokens[k].lower not in heads or k in users:
            continue
        before = k - 2 if tokens[k - 1].lower in ("'s", "’s") and k >= 2 else k - 1
        if is_name_token(tokens[before]) and tokens[before].lower not in _DETERMINERS and before not in users:
            heads[tokens[k].lower] = None  # "the Bush administration", "Trump's administration" too
    heads = {h: spec for h, spec in heads.items() if spec is not None}
    if not heads:
        return []
    first = {}  # where each user-named actor, or the words before its head, first appear
    for c in candidates:
        if c.rule == "user" and c.canonical is not None:
            first[c.canonical] = min(first.get(c.canonical, c.start_tok), c.start_tok)
    for spec in heads.values():
        modifier = tokenize_entry(spec.name)[:-1]  # "Obama" of "Obama administration"
        n = len(modifier)
        at = next((k for k in range(len(lowers) - n + 1) if tuple(lowers[k : k + n]) == modifier), None)
        if at is not None:
            first[spec.name] = min(first.get(spec.name, at), at)
    out = []
    for k in range(len(tokens) - 1):
        head = tokens[k + 1].lower
        if tokens[k].lower != "the" or head not in heads or k in taken or k + 1 in taken:
            continue
        if first.get(heads[head].name, len(tokens)) > k:
            continue  # not named yet in this article: "the administration" may be anyone's
        if tokens[k + 1].sentence != tokens[k].sentence or (k + 2 < len(tokens) and tokens[k + 2].lower == "of"):
            continue
        spec = heads[head]
        out.append(Candidate(k, k + 2, span_text(doc, k, k + 2), "definite", spec.name, spec.type,
                              f"\"the {head}\" after the named {spec.name} (definite_heads.tsv)"))
    return out


def group_candidates(doc: Document, candidates: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Group actors: a plural group noun (``groups.tsv``), with the capitalised word before it
    when there is one ("Republican lawmakers", "GOP leaders", "Catholics"), or the whole name
    that word ends ("New York voters"), else alone ("protesters")."""
    if not gaz.groups:
        return []
    tokens = doc.tokens
    taken = {k for c in candidates for k in range(c.start_tok, c.end_tok)}
    opens = {c.end_tok: c.start_tok for c in candidates}  # a name ending just before a token -> its start
    out = []
    for tok in tokens:
        if tok.lower not in gaz.groups or tok.index in taken:
            continue
        i = tok.index
        k = i - 1
        sent_start = doc.sentences[tok.sentence].token_start
        modifier = k >= sent_start and tokens[k].text[0].isalpha() and (
            (tokens[k].text[0].isupper() and (k in taken or not is_initial(doc, k, sent_start)))
            or (tokens[k].text.isupper() and len(tokens[k].text) > 1)
        )
        start = k if modifier else i
        if modifier and k in taken and opens.get(i, k) < k:
            start = opens[i]  # "New York voters", "North Carolina Republicans": the whole name
        noun = tok.text if tok.lower in gaz.proper_groups else tok.lower
        name = f"{span_text(doc, start, i)} {tok.lower}" if modifier else noun
        out.append(Candidate(start, i + 1, name, "group", name, "group", "group noun (groups.tsv)"))
    return out
