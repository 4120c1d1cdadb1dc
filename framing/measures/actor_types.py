"""The results of the actor measure (actors and their mentions) and the actors a user names
(``--actor "Elon Musk=Musk,Elon"``)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from framing.article import Document

__all__ = ["Mention", "Actor", "ActorsResult", "ActorSpec", "parse_actor_spec", "mention_tokens"]


_TYPES = ("person", "organisation", "place", "group", "other")


@dataclass(frozen=True)
class Mention:
    """One place an actor is named: a span of the text, its sentence, and the rule that found it."""

    start: int
    end: int
    text: str
    sentence: int
    rule: str  # user | gazetteer | longer_name | proper_noun | bill | alias | demonym | definite | group | title | outlet | pronoun


# rules of mentions that refer back to an actor without naming it ("he", "the company"): the
# sentiment model's context masks names (``<e>``), not these
ANAPHORIC = frozenset({"pronoun", "definite"})


def masked(actor_type: str, mention: "Mention") -> bool:
    """Whether the sentiment model's context masks this mention of another actor as ``<e>``: a
    name, not a group noun ("protesters") nor a word referring back ("he", "the company")."""
    return actor_type != "group" and mention.rule not in ANAPHORIC


@dataclass(frozen=True)
class Actor:
    """An actor with every mention. ``type`` is person, organisation, place, group or other;
    ``type_evidence`` says why (a title, a first name, an organisation word, a gazetteer row)."""

    name: str
    type: str
    type_evidence: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    gender: str = "-"  # m, f or - (from a title or first name; used to link pronouns)
    speaks: bool = False
    attributions: int = 0

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True)
class ActorsResult:
    """All actors of an article, most mentioned first."""

    actors: tuple[Actor, ...]

    def get(self, name: str) -> Actor | None:
        for actor in self.actors:
            if actor.name == name or name in actor.aliases:
                return actor
        return None

    def mention_at(self, start: int, end: int) -> tuple[Actor, Mention] | None:
        """The actor mentioned inside ``[start, end)``, first one."""
        for actor in self.actors:
            for m in actor.mentions:
                if start <= m.start and m.end <= end:
                    return actor, m
        return None


@dataclass(frozen=True)
class ActorSpec:
    """A user-named actor: canonical name, aliases, and optionally a type."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str = ""


def parse_actor_spec(spec: str) -> ActorSpec:
    """``"Elon Musk=Musk,Elon"`` or ``"Elon Musk:person=Musk"`` -> ActorSpec."""
    name, _, aliases = spec.partition("=")
    name, _, typ = name.partition(":")
    typ = typ.strip().lower()
    if typ and typ not in _TYPES:
        raise ValueError(f"actor type must be one of {', '.join(_TYPES)}: {spec!r}")
    if not name.strip():
        raise ValueError(f"actor needs a name: {spec!r}")
    return ActorSpec(name.strip(), tuple(a.strip() for a in aliases.split(",") if a.strip()), typ)


def mention_tokens(doc: Document, actors: Iterable[Actor]) -> Iterator[tuple[Actor, Mention, int, int]]:
    """Each actor's mentions with the tokens ``[i, j)`` they cover; a mention that does not start
    at a token is left out."""
    tokens = doc.tokens
    token_at = {t.start: t.index for t in tokens}
    for a in actors:
        for m in a.mentions:
            i = token_at.get(m.start)
            if i is None:
                continue
            j = i
            while j < len(tokens) and tokens[j].end <= m.end:
                j += 1
            yield a, m, i, j
