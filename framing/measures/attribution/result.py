"""What the attribution measure returns: relations, non-responses, voices, and the per-article result."""
from __future__ import annotations

from dataclasses import dataclass

from framing.article import Span

__all__ = ["Attribution", "NonResponse", "Voice", "AttributionResult"]


@dataclass(frozen=True)
class Attribution:
    """One attribution relation found in the text.

    ``cue``, ``source`` and ``content`` are spans into the text (``None`` where absent);
    ``source_actor`` is the canonical name of the actor who speaks, where known. ``direct`` is
    True when the content is a quotation. ``stance`` is the reporting verb's stance (neutral,
    distancing, endorsing, evaluative); ``kind`` is speech, belief or data. ``rule`` names the
    pattern and ``entry`` the lexicon row that fired (``cue_model`` for a cue the trained
    detector found among words the lexicon does not list, ``quotation_frame`` for such a verb
    in a quotation's frame: '"...," Oliver barked.'); ``probability`` is the detector's
    probability for the cue (None where a rule alone found it); ``negated`` is True for a cue
    said not to have happened ("did not say", "never claimed", "nor did he claim") or whose
    source is no one ("Nobody said", "No group has claimed"), whose stance, voice and words the
    article's counts leave out.
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
    negated: bool = False  # "did not say", "never claimed": the cue is denied


@dataclass(frozen=True)
class NonResponse:
    """A request for comment reported as unanswered or declined ("did not respond to a request
    for comment"), with the actor who did not respond where the sentence names one, and the words
    that say who did not (``subject``, "The force"; empty where none do), their span and their
    source type (as an attribution's source: ``anonymous`` for "The spokesman")."""

    sentence: int
    span: Span
    text: str
    actor: str | None
    entry: str
    subject: str = ""
    subject_span: Span | None = None
    subject_type: str = "none"


@dataclass(frozen=True)
class Voice:
    """One source's share of the article: attributions and words of content attributed to it. A
    source described in words is one voice however it is capitalised, and "the official" after
    one anonymous "senior government official" is that official's voice."""

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
    content, direct or indirect (0-1): how much of the text rests on others' words. ``by_stance``
    counts the cues' stances, not those of negated cues ("did not claim", "Nobody said"), counted
    in ``negated``; a negated cue gives no one a voice (``voices``) and its content rests on no
    one's words (``attributed_word_share``).
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
    negated: int = 0  # negated cues ("did not say"), left out of ``by_stance``, ``voices`` and ``attributed_word_share``
