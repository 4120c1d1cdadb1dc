"""Hedging against the Szeged Uncertainty Corpus: sentence- and cue-level precision, recall, F1.

The Szeged Uncertainty Corpus (Szarvas, Vincze, Farkas, Móra and Gurevych 2012, "Cross-genre and
cross-domain detection of semantic uncertainty", Computational Linguistics 38(2)) marks
uncertainty cues inline, ``<ccue type="speculation_hypo_doxastic _">considered</ccue>``, in
``<Sentence>`` elements grouped into ``<DocumentPart>`` (``Title``, ``Text``) of ``<Document>``
elements with a ``<DocID>``. There is no scope annotation and no official split.

Each sentence's plain text is rebuilt from the XML and parsed as a document of its own
(:func:`framing.parsing.parse`), then run through :func:`framing.measures.hedging.measure_hedging`.
The scores follow CoNLL-2010 Task 1 (Farkas et al. 2010, "The CoNLL-2010 Shared Task", CoNLL):

- **sentence**: a sentence is uncertain in the gold standard when it holds a ``ccue``, and
  predicted uncertain when framing finds at least one hit of kind ``hedge`` (boosters are not
  hedges; a negated booster, "not necessarily", is one);
- **cue**: framing's hedge spans against the gold cue spans, one-to-one, greedily by largest
  overlap (:func:`framing.evaluate.metrics.match_spans`, ``overlap``: one shared character is a
  match), overall and per type.

Conventions:

- the corpus's cue types map to framing's: ``speculation_modal_probable_`` and
  ``speculation_modal_possible_`` to ``epistemic``, ``speculation_hypo_doxastic _`` to
  ``doxastic``, ``speculation_hypo_condition _`` to ``conditional``,
  ``speculation_hypo_investigation _`` to ``investigation`` (spaces and underscores in the type
  names are ignored); framing's ``negated_booster`` counts as ``epistemic``; its
  ``approximator`` ("about 300") and ``degree`` ("usually", "largely") hedges are not scored,
  because the corpus does not annotate vagueness of quantity or degree as uncertainty (they
  still count as hedges in ``framing score``);
- each ``ccue`` element is one gold cue (3,265 in ``wiki.xml``, the corpus's own count). A
  discontinuous multiword cue ("either ... or") is split into several elements with no link
  between them, so each part is scored as a cue; adjacent elements stay apart too, because in
  this corpus they are separate cues ("might seem" is *might* + *seem*), while contiguous
  multiword cues are one element ("not known for certain");
- title sentences (``DocumentPart type="Title"``) are skipped unless ``include_titles``: they
  are article names, not prose, and the report counts them;
- splits are by document: :func:`split_of` puts a document in ``dev`` when the SHA-1 of its id
  falls in the lowest fifth, else in ``train`` (80/20, the same on every machine and run).
"""
from __future__ import annotations

import hashlib
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from framing.article import Article, Span
from framing.errors import InputError
from framing.evaluate.metrics import PRF, Matching, match_spans
from framing.lexicon import Lexicons, load_lexicons
from framing.measures.hedging import Hit, measure_hedging

__all__ = [
    "CUE_TYPES",
    "GOLD_TYPE_MAP",
    "PREDICTED_TYPE_MAP",
    "Split",
    "GoldCue",
    "SzegedSentence",
    "ScoredSentence",
    "TypeScore",
    "SzegedReport",
    "SzegedError",
    "read_szeged",
    "split_of",
    "predicted_type",
    "score_sentences",
    "evaluate_szeged",
    "szeged_errors",
]

Split = Literal["all", "train", "dev"]
SPLITS: tuple[Split, ...] = ("all", "train", "dev")
DEV_SHARE = 0.2

CUE_TYPES = ("epistemic", "doxastic", "conditional", "investigation")
# keys: the corpus's type names with spaces and underscores squeezed out (see _gold_type)
GOLD_TYPE_MAP = {
    "speculation_modal_probable": "epistemic",
    "speculation_modal_possible": "epistemic",
    "speculation_hypo_doxastic": "doxastic",
    "speculation_hypo_condition": "conditional",
    "speculation_hypo_investigation": "investigation",
}
PREDICTED_TYPE_MAP = {
    "epistemic": "epistemic",
    "doxastic": "doxastic",
    "conditional": "conditional",
    "investigation": "investigation",
    "negated_booster": "epistemic",
}
# framing's hedge types that are not semantic uncertainty in the corpus's scheme (Szarvas et al.
# 2012 annotate neither vagueness of quantity nor of degree): not scored against it.
UNSCORED_TYPES = frozenset({"approximator", "degree"})

ErrorKind = Literal["false_positive", "false_negative", "wrong_type"]


@dataclass(frozen=True)
class GoldCue:
    """One ``ccue`` element: its span in the sentence text (whitespace around it left out), its
    words, the corpus's ``raw_type`` and the mapped ``type`` (one of ``CUE_TYPES``)."""

    start: int
    end: int
    text: str
    raw_type: str
    type: str


@dataclass(frozen=True)
class SzegedSentence:
    """One ``Sentence`` element: its document's id, its own id (``S1.2``; unique within the
    document only), whether it is in a title part, its plain text and its gold cues."""

    doc_id: str
    sentence_id: str
    title: bool
    text: str
    cues: tuple[GoldCue, ...]

    @property
    def uncertain(self) -> bool:
        return bool(self.cues)


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence with framing's hedges in it (hits of kind ``hedge``, offsets into
    ``sentence.text``) and the one-to-one ``matching`` of its gold cues (gold indices) to the
    hedges (predicted indices)."""

    sentence: SzegedSentence
    hedges: tuple[Hit, ...]
    matching: Matching

    @property
    def predicted_uncertain(self) -> bool:
        return bool(self.hedges)


@dataclass(frozen=True)
class TypeScore:
    """Cue-level figures for one type.

    ``gold`` cues of this type, ``found`` of them matched by a hedge of any type; ``predicted``
    hedges framing gave this type (mapped), ``correct`` of them matched to a gold cue of any
    type. ``precision`` = correct / predicted and ``recall`` = found / gold (fractions 0-1, 0.0
    where the denominator is 0): how well cues of the type are detected, whatever type framing
    gives them. ``typed`` counts only matches where both types agree (tp), against the rest of
    ``predicted`` (fp) and of ``gold`` (fn): detection and typing together.
    """

    type: str
    gold: int
    found: int
    predicted: int
    correct: int
    typed: PRF

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class SzegedReport:
    """The evaluation of the hedging measure on one Szeged Uncertainty Corpus file.

    ``documents`` documents and ``sentences`` sentences were scored (in ``split``, at most
    ``limit`` sentences); ``title_sentences_skipped`` title sentences were left out (none when
    ``include_titles``). ``uncertain_sentences`` sentences hold a gold cue,
    ``predicted_uncertain_sentences`` at least one hedge. ``gold_cues`` counts ``ccue`` elements,
    ``predicted_hedges`` framing's hedge hits. ``sentence`` holds the counts of the
    uncertain-sentence decision, ``cue`` those of cue spans (overlap, one-to-one); ``by_type``
    the :class:`TypeScore` of each type (``CUE_TYPES``, then any other type framing's lexicons
    give); ``type_confusion[gold type][framing's type]`` counts the matched pairs.
    ``elapsed_seconds`` is the wall-clock time of the run; ``notes`` states the conventions.
    """

    path: str
    split: str
    limit: int | None
    include_titles: bool
    documents: int
    sentences: int
    title_sentences_skipped: int
    uncertain_sentences: int
    predicted_uncertain_sentences: int
    gold_cues: int
    predicted_hedges: int
    sentence: PRF
    cue: PRF
    by_type: dict[str, TypeScore]
    type_confusion: dict[str, dict[str, int]]
    elapsed_seconds: float
    notes: tuple[str, ...]


@dataclass(frozen=True)
class SzegedError:
    """One error of the hedging measure, for analysis. ``error`` is ``false_negative`` (a gold
    cue no hedge overlaps), ``false_positive`` (a hedge that overlaps no gold cue) or
    ``wrong_type`` (a match whose mapped types differ). ``start``, ``end`` and ``text`` are the
    span in ``sentence`` (the sentence text) of the gold cue (false negative, wrong type) or of
    the hedge (false positive); ``type`` is its mapped type (the gold type for ``wrong_type``)
    and ``origin`` the corpus's type name or framing's ``type entry rule`` (the lexicon row that
    fired). For ``wrong_type``, ``predicted_type`` and ``predicted_text`` give the hedge."""

    error: ErrorKind
    doc_id: str
    sentence_id: str
    sentence: str
    start: int
    end: int
    text: str
    type: str
    origin: str
    predicted_type: str = ""
    predicted_text: str = ""


def _gold_type(raw: str) -> str:
    key = re.sub(r"[\s_]+", "_", raw).strip("_")
    if key not in GOLD_TYPE_MAP:
        known = ", ".join(sorted(GOLD_TYPE_MAP))
        raise InputError(f"unknown ccue type {raw!r} (known: {known})")
    return GOLD_TYPE_MAP[key]


def predicted_type(hit: Hit) -> str:
    """The type of framing's hedge mapped to ``CUE_TYPES`` (a type the map does not know, from a
    user's lexicon, is kept as it is)."""
    return PREDICTED_TYPE_MAP.get(hit.type, hit.type)


def _sentence(el: ET.Element, doc_id: str, title: bool) -> SzegedSentence:
    """The sentence's plain text (its text and that of every element inside it, in order) and
    the span of each ``ccue`` in it."""
    parts: list[str] = []
    cues: list[GoldCue] = []
    length = 0

    def add(s: str | None) -> None:
        nonlocal length
        if s:
            parts.append(s)
            length += len(s)

    def walk(node: ET.Element) -> None:
        add(node.text)
        for child in node:
            if child.tag.lower() == "ccue":
                start = length
                words = "".join(child.itertext())
                add(words)
                lead = len(words) - len(words.lstrip())
                stripped = words.strip()
                if stripped:
                    raw = child.get("type", "")
                    cues.append(GoldCue(start + lead, start + lead + len(stripped), stripped, raw, _gold_type(raw)))
            else:
                walk(child)
            add(child.tail)

    walk(el)
    return SzegedSentence(doc_id, el.get("id", ""), title, "".join(parts), tuple(cues))


def read_szeged(path: str | Path) -> Iterator[SzegedSentence]:
    """Every sentence of a Szeged Uncertainty Corpus XML file (``wiki.xml``), titles included,
    in file order, read incrementally. Raises :class:`~framing.errors.InputError` when the file
    is missing or not well-formed XML, or holds a ``ccue`` type not in ``GOLD_TYPE_MAP``.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    doc_id, doc_number, part = "", 0, ""
    try:
        for event, el in ET.iterparse(str(path), events=("start", "end")):
            tag = el.tag.lower()
            if event == "start":
                if tag == "document":
                    doc_number += 1
                    doc_id = f"document {doc_number}"  # until its DocID is read
                elif tag == "documentpart":
                    part = el.get("type", "")
                continue
            if tag == "docid":
                doc_id = (el.text or "").strip() or doc_id
            elif tag == "sentence":
                yield _sentence(el, doc_id, part.lower() == "title")
                el.clear()
            elif tag == "document":
                el.clear()
    except ET.ParseError as exc:
        raise InputError(f"{path}: not well-formed XML: {exc}") from None


def split_of(doc_id: str) -> Literal["train", "dev"]:
    """The split a document belongs to: ``dev`` when the first four bytes of the SHA-1 of its
    id (UTF-8), as a fraction of 2**32, are below ``DEV_SHARE`` (0.2), else ``train``."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).digest()
    return "dev" if int.from_bytes(digest[:4], "big") < DEV_SHARE * 2**32 else "train"


def _selected(
    path: str | Path, split: str, include_titles: bool, limit: int | None
) -> Iterator[tuple[SzegedSentence, bool]]:
    """The sentences of ``split`` in file order, each with whether it is scored (False: a title
    sentence skipped), up to ``limit`` scored ones."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    taken = 0
    split_cache: dict[str, str] = {}
    for sent in read_szeged(path):
        if limit is not None and taken >= limit:
            return
        if split != "all":
            if sent.doc_id not in split_cache:
                split_cache[sent.doc_id] = split_of(sent.doc_id)
            if split_cache[sent.doc_id] != split:
                continue
        scored = include_titles or not sent.title
        taken += scored
        yield sent, scored


def _score(sent: SzegedSentence, lex: Lexicons) -> ScoredSentence:
    from framing.parsing import parse  # imports NLTK: only when scoring

    if sent.text.strip():
        doc = parse(Article(text=sent.text, id=f"{sent.doc_id} {sent.sentence_id}"), lex)
        hedges = tuple(h for h in measure_hedging(doc, lex).hits if h.kind == "hedge" and h.type not in UNSCORED_TYPES)
    else:
        hedges = ()
    matching = match_spans(
        [Span(c.start, c.end) for c in sent.cues], [Span(h.start, h.end) for h in hedges], "overlap"
    )
    return ScoredSentence(sent, hedges, matching)


def score_sentences(
    path: str | Path,
    lexicons: Lexicons | str | Path | None = None,
    limit: int | None = None,
    include_titles: bool = False,
    split: Split = "all",
) -> Iterator[ScoredSentence]:
    """Each selected sentence of ``path`` with framing's hedges and their matching to the gold
    cues, lazily, in file order. Arguments as for :func:`evaluate_szeged`."""
    lex = load_lexicons(lexicons)
    for sent, scored in _selected(path, split, include_titles, limit):
        if scored:
            yield _score(sent, lex)


def evaluate_szeged(
    path: str | Path,
    lexicons: Lexicons | str | Path | None = None,
    limit: int | None = None,
    include_titles: bool = False,
    split: Split = "all",
) -> SzegedReport:
    """Score the hedging measure against one Szeged Uncertainty Corpus XML file (``wiki.xml``).

    ``lexicons``: a folder of the user's own TSV lists or a loaded :class:`Lexicons`; ``limit``:
    score only the first N sentences selected; ``include_titles``: score title sentences too
    (skipped by default); ``split``: ``all``, or the ``train`` or ``dev`` documents of
    :func:`split_of`. Returns a :class:`SzegedReport`: precision, recall and F1 (fractions 0-1)
    of the uncertain-sentence decision and of cue spans, overall and per type (see the module
    docstring for the conventions). Raises :class:`~framing.errors.InputError` when the file
    cannot be read as the corpus, ``ValueError`` for an unknown ``split``.

    References: Szarvas et al. (2012), Computational Linguistics 38(2); Farkas et al. (2010),
    The CoNLL-2010 Shared Task, CoNLL.
    """
    began = time.perf_counter()
    lex = load_lexicons(lexicons)
    skipped = 0
    documents: set[str] = set()
    n_sent = uncertain = predicted_uncertain = 0
    sentence = PRF()
    gold_by_type: Counter[str] = Counter()
    found_by_type: Counter[str] = Counter()
    pred_by_type: Counter[str] = Counter()
    correct_by_type: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = {}
    cue = PRF()
    for sent, scoring in _selected(path, split, include_titles, limit):
        if not scoring:
            skipped += 1
            continue
        scored = _score(sent, lex)
        documents.add(sent.doc_id)
        n_sent += 1
        gold_u, pred_u = sent.uncertain, scored.predicted_uncertain
        uncertain += gold_u
        predicted_uncertain += pred_u
        sentence += PRF(int(gold_u and pred_u), int(pred_u and not gold_u), int(gold_u and not pred_u))
        m = scored.matching
        cue += m.prf
        gold_by_type.update(c.type for c in sent.cues)
        pred_by_type.update(predicted_type(h) for h in scored.hedges)
        for gi, pi in m.pairs:
            g, p = sent.cues[gi].type, predicted_type(scored.hedges[pi])
            found_by_type[g] += 1
            correct_by_type[p] += 1
            confusion.setdefault(g, Counter())[p] += 1
    types = list(CUE_TYPES) + sorted(set(pred_by_type) - set(CUE_TYPES))
    by_type = {}
    for t in types:
        agree = confusion.get(t, Counter())[t]
        by_type[t] = TypeScore(
            t, gold_by_type[t], found_by_type[t], pred_by_type[t], correct_by_type[t],
            PRF(agree, pred_by_type[t] - agree, gold_by_type[t] - agree),
        )
    notes = (
        (
            "title sentences scored (include_titles=True)"
            if include_titles
            else f"title sentences skipped: {skipped} (DocumentPart type=\"Title\"; include_titles=True scores them)"
        ),
        "gold: a sentence is uncertain when it holds a ccue; each ccue element is one gold cue",
        "predicted: hits of kind hedge (boosters are not hedges; a negated booster is one)",
        "cue match: overlap of one character, one-to-one, greedily by largest overlap",
        "types: modal_probable and modal_possible -> epistemic; "
        "framing's negated_booster -> epistemic; its approximator and degree hedges are not scored (the corpus does not annotate vagueness as uncertainty)",
        f"split: {split}" + ("" if split == "all" else f" (documents by SHA-1 of DocID, dev share {DEV_SHARE})"),
    )
    return SzegedReport(
        path=str(path),
        split=split,
        limit=limit,
        include_titles=include_titles,
        documents=len(documents),
        sentences=n_sent,
        title_sentences_skipped=skipped,
        uncertain_sentences=uncertain,
        predicted_uncertain_sentences=predicted_uncertain,
        gold_cues=cue.gold,
        predicted_hedges=cue.predicted,
        sentence=sentence,
        cue=cue,
        by_type=by_type,
        type_confusion={g: dict(confusion[g].most_common()) for g in types if g in confusion},
        elapsed_seconds=round(time.perf_counter() - began, 3),
        notes=notes,
    )


def szeged_errors(
    path: str | Path,
    lexicons: Lexicons | str | Path | None = None,
    limit: int | None = None,
    include_titles: bool = False,
    split: Split = "all",
    kinds: Collection[str] = ("false_positive", "false_negative"),
) -> Iterator[SzegedError]:
    """The hedging measure's errors on ``path``, lazily, sentence by sentence in file order:
    within a sentence, false negatives, then false positives, then (when ``kinds`` includes
    ``wrong_type``) matches whose mapped types differ. Arguments as for
    :func:`evaluate_szeged`; ``kinds`` selects the errors yielded.
    """
    unknown = set(kinds) - {"false_positive", "false_negative", "wrong_type"}
    if unknown:
        raise ValueError(f"unknown error kinds {sorted(unknown)}; choose from false_positive, false_negative, wrong_type")
    for scored in score_sentences(path, lexicons, limit=limit, include_titles=include_titles, split=split):
        sent, m = scored.sentence, scored.matching
        if "false_negative" in kinds:
            for gi in m.unmatched_gold:
                c = sent.cues[gi]
                yield SzegedError(
                    "false_negative", sent.doc_id, sent.sentence_id, sent.text, c.start, c.end, c.text, c.type, c.raw_type
                )
        if "false_positive" in kinds:
            for pi in m.unmatched_predicted:
                h = scored.hedges[pi]
                yield SzegedError(
                    "false_positive", sent.doc_id, sent.sentence_id, sent.text, h.start, h.end, h.text,
                    predicted_type(h), f"{h.type} {h.entry} {h.rule}".strip(),
                )
        if "wrong_type" in kinds:
            for gi, pi in m.pairs:
                c, h = sent.cues[gi], scored.hedges[pi]
                if c.type != predicted_type(h):
                    yield SzegedError(
                        "wrong_type", sent.doc_id, sent.sentence_id, sent.text, c.start, c.end, c.text, c.type,
                        c.raw_type, predicted_type(h), h.text,
                    )
