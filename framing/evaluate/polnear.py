"""Attribution against PolNeAR: cue, source and content spans, precision, recall and F1.

PolNeAR (Newell, Margolin and Ruths 2018, "An Attribution Relations Corpus for Political News",
LREC; https://github.com/networkdynamics/PolNeAR) annotates attribution relations in US political
news in brat standoff. A compartment folder (``data/train``, ``data/dev``) holds
``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``; an article annotated by several
annotators is scored against one file, the first by sorted name, and the files used are listed in
the report.

Each article's text is parsed and run through :func:`framing.measures.actors.find_actors` and
:func:`framing.measures.attribution.measure_attribution`; each predicted relation's cue, source
and content spans are compared with the gold ``Cue``, ``Source`` and ``Content`` spans of the
article's ``Attribution`` and ``Attribution-no-source`` relations (:mod:`framing.evaluate.metrics`:
``overlap`` and ``exact`` matching, one-to-one). Conventions:

- a discontinuous gold span counts as its covering span; a relation's ``Content`` and
  ``Content2`` together count as one content span, their covering span;
- a gold relation with no ``Cue`` argument takes its anchor span (always the cue's words where
  both are given) as its cue;
- within an article, identical spans of a role count once on each side (the measure gives a
  quotation with no cue the speaker of a nearby attribution, so the same source span can come
  twice; PolNeAR marks each token in at most one relation);
- cue classes, decided from the cue's own words, for gold and predicted cues alike:
  ``according_to`` (the cue contains "according to"), ``speech`` (it contains an entry of
  ``reporting_verbs`` whose kind is speech, in any inflection: said, told, wrote), ``other``
  (belief, perception, data "shows", a colon or a dash, anything else); a relation with no cue
  is of class ``none``. Per class, the spans of the gold and predicted relations of that class
  are matched among themselves; relations of class ``none`` (the measure's quotations that
  inherit a nearby speaker) count only in the figures over all relations;
- PolNeAR annotates a declined or unanswered request for comment as an attribution ("The
  campaign did not immediately respond to requests for comment": cue "did not immediately
  respond", content "to requests for comment"); the measure counts these apart, as
  non-responses, and each one scored here is such a relation, its verb the cue.
"""
from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from framing.article import Article, Document, Span
from framing.errors import InputError
from framing.evaluate.brat import BratDocument, read_brat
from framing.evaluate.metrics import MODES, PRF, match_spans, strip_span
from framing.lexicon import Lexicon, Lexicons, load_lexicons, tokenize_entry

__all__ = [
    "ROLES",
    "read_polnear",
    "CUE_CLASSES",
    "RelationSpans",
    "ArticleEvaluation",
    "RoleScore",
    "SpanError",
    "PolnearReport",
    "cue_classifier",
    "evaluate_polnear",
    "annotator_agreement",
]

Role = Literal["cue", "source", "content"]
ROLES: tuple[Role, ...] = ("cue", "source", "content")
CUE_CLASSES = ("speech", "according_to", "other")
ALL = "all"


@dataclass(frozen=True)
class RelationSpans:
    """One attribution relation reduced to what is scored: its cue, source and content spans
    (``None`` where absent), the class of its cue, and its ``origin``: the gold relation's id
    (``E3``) or the rule and lexicon row that predicted it."""

    cue: Span | None
    source: Span | None
    content: Span | None
    cue_class: str
    origin: str


@dataclass(frozen=True)
class ArticleEvaluation:
    """One article: its name (``text/NAME.txt``), the annotation file scored against, and its
    gold and predicted relations."""

    name: str
    annotation_file: str
    gold: tuple[RelationSpans, ...]
    predicted: tuple[RelationSpans, ...]


@dataclass(frozen=True)
class RoleScore:
    """Counts for one role (cue, source, content), one match mode (overlap, exact) and one cue
    class (``all``, or one of ``CUE_CLASSES``: the relations whose cue is of that class)."""

    role: str
    match: str
    cue_class: str
    prf: PRF


@dataclass(frozen=True)
class SpanError:
    """A span the measure missed (``false_negative``: a gold span), added
    (``false_positive``: a predicted span), or found with other bounds (``boundary``: a gold
    span matched by overlap but not exactly; ``predicted`` is the span that matched it), under
    overlap matching over all classes. ``sentence`` is the sentence holding the span's start,
    ``origin`` the gold relation id or the predicting rule and lexicon row."""

    article: str
    role: str
    error: Literal["false_positive", "false_negative", "boundary"]
    cue_class: str
    start: int
    end: int
    text: str
    sentence: str
    origin: str
    predicted: Span | None = None
    predicted_text: str = ""


@dataclass(frozen=True)
class PolnearReport:
    """The evaluation of one PolNeAR compartment.

    ``documents`` articles were scored, each against one of its ``annotation_files`` (file names,
    one per article) out of ``annotation_files_found``; ``texts_without_annotation`` texts had
    none and were left out. ``gold_relations`` and ``predicted_relations`` count relations;
    ``skipped_lines`` counts brat lines that did not parse, ``notes`` annotator notes, and
    ``invalid_spans`` gold spans outside their text (dropped). ``scores`` holds P/R/F1 per role,
    match mode and cue class; ``articles`` every article's gold and predicted relations, and
    ``errors`` every false positive, false negative and boundary error, for error analysis.
    ``elapsed_seconds`` is the wall-clock time of the run. ``compared_with`` is ``framing``, or
    ``second annotator`` for :func:`annotator_agreement` (the predicted relations are then a
    second human's).
    """

    directory: str
    documents: int
    annotation_files: tuple[str, ...]
    annotation_files_found: int
    texts_without_annotation: int
    gold_relations: int
    predicted_relations: int
    skipped_lines: int
    notes: int
    invalid_spans: int
    elapsed_seconds: float
    scores: tuple[RoleScore, ...]
    articles: tuple[ArticleEvaluation, ...]
    errors: tuple[SpanError, ...]
    compared_with: str = "framing"

    def score(self, role: str, match: str = "overlap", cue_class: str = ALL) -> PRF:
        """The counts for ``role`` under ``match`` in ``cue_class`` (zero counts if none)."""
        for s in self.scores:
            if (s.role, s.match, s.cue_class) == (role, match, cue_class):
                return s.prf
        return PRF()


def cue_classifier(lexicons: Lexicons):
    """A function from cue words to their class (``speech``, ``according_to``, ``other``), from
    the ``reporting_verbs`` entries whose kind is speech (an entry with no kind is speech, as in
    the attribution measure)."""
    verbs = lexicons["reporting_verbs"]
    speech = Lexicon(
        "reporting_verbs_speech",
        tuple(e for e in verbs if e.get("kind", "speech") == "speech" and e.term.lower() != "according to"),
        lexicons.irregular,
    )

    def classify(words: str) -> str:
        tokens = tokenize_entry(words)
        if any(tokens[k : k + 2] == ("according", "to") for k in range(len(tokens) - 1)):
            return "according_to"
        return "speech" if speech.find(tokens) else "other"

    return classify


def _compartment(directory: Path) -> tuple[list[tuple[str, Path, Path, tuple[Path, ...]]], int, int]:
    """(name, text path, annotation path, all its annotation files by name) per article, sorted;
    the number of annotation files found; texts with no annotation file."""
    if not directory.exists():
        raise InputError(f"{directory}: no such directory")
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(
            f"{directory}: not a PolNeAR compartment: it needs text/ and attributions/ folders (give one such as PolNeAR/data/dev)"
        )
    by_name: dict[str, list[Path]] = {}
    ann_files = sorted(ann_dir.glob("*.ann"))
    for path in ann_files:
        by_name.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    articles, unannotated = [], 0
    for text_path in sorted(text_dir.glob("*.txt")):
        anns = by_name.get(text_path.stem)
        if not anns:
            unannotated += 1
            continue
        articles.append((text_path.stem, text_path, anns[0], tuple(anns)))
    if not articles:
        raise InputError(f"{directory}: no article has both text/NAME.txt and attributions/NAME_ANNOTATOR.ann")
    return articles, len(ann_files), unannotated


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")  # as stored: offsets count every character, \r included
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def _gold_relations(ann: BratDocument, text: str, classify) -> tuple[tuple[RelationSpans, ...], int]:
    """The article's attribution relations, and the number of spans dropped as outside the text."""
    invalid = 0

    def covering(ids: list[str | None]) -> Span | None:
        nonlocal invalid
        spans = []
        for ann_id in ids:
            tb = ann.textbound(ann_id)
            if tb is None:
                continue
            span = tb.span
            if span.end > len(text):
                invalid += 1
                continue
            spans.append(span)
        return Span(min(s.start for s in spans), max(s.end for s in spans)) if spans else None

    out = []
    for rel in ann.relations:
        if not rel.type.startswith("Attribution"):
            continue
        cue = covering([rel.get("Cue") or rel.anchor])
        source = covering([rel.get("Source")])
        content = covering([ref for role, ref in rel.roles if role.startswith("Content")])
        cls = classify(text[cue.start : cue.end]) if cue else "none"
        out.append(RelationSpans(cue, source, content, cls, rel.id))
    return tuple(out), invalid


def _predicted_relations(doc: Document, lex: Lexicons, classify) -> tuple[RelationSpans, ...]:
    from framing.measures.actors import find_actors
    from framing.measures.attribution import measure_attribution

    result = measure_attribution(doc, lex, find_actors(doc, lex))
    text = doc.article.text
    relations = [
        RelationSpans(
            a.cue, a.source, a.content,
            classify(text[a.cue.start : a.cue.end]) if a.cue else "none",
            f"{a.rule} {a.entry}".strip(),
        )
        for a in result.attributions
    ]
    for r in result.non_responses:
        cue, content = _non_response_spans(r.span, text)
        if cue is not None:
            relations.append(RelationSpans(cue, r.subject_span, content, classify(text[cue.start : cue.end]),
                                           f"non_response {r.entry}"))
    return tuple(relations)


def _non_response_spans(span: Span, text: str) -> tuple[Span | None, Span | None]:
    """A non-response as PolNeAR annotates it: the verb is the cue and what was not answered the
    content ("declined" + "to comment", "did not immediately respond" + "to requests for
    comment"); a phrase with no such verb ("no comment": the words someone said) is no relation."""
    words = [(m.start() + span.start, m.end() + span.start) for m in re.finditer(r"\S+", text[span.start : span.end])]
    if not words or text[words[0][0] : words[0][1]].lower() == "no":
        return None, None
    cut = next((n for n, (a, b) in enumerate(words) if n and text[a:b].lower() in ("to", "for")), len(words))
    cue = Span(words[0][0], words[cut - 1][1])
    content = Span(words[cut][0], words[-1][1]) if cut < len(words) else None
    return cue, content


def _spans(relations: tuple[RelationSpans, ...], role: str, cls: str) -> list[tuple[Span, RelationSpans]]:
    """The role's spans of the relations in class ``cls``, each span once (first relation kept)."""
    seen: set[Span] = set()
    out = []
    for r in relations:
        span = getattr(r, role)
        if span is None or (cls != ALL and r.cue_class != cls) or span in seen:
            continue
        seen.add(span)
        out.append((span, r))
    return out


def _compare(name: str, doc: Document, gold, predicted, totals: dict, errors: list[SpanError]) -> None:
    text = doc.article.text
    starts = [s.start for s in doc.sentences]

    def sentence(offset: int) -> str:
        if not doc.sentences:
            return ""
        s = doc.sentences[max(0, bisect.bisect_right(starts, offset) - 1)]
        return " ".join(text[s.start : s.end].split())

    def error(role, kind, span, rel, other=None):
        errors.append(SpanError(
            name, role, kind, rel.cue_class, span.start, span.end, " ".join(text[span.start : span.end].split()),
            sentence(span.start), rel.origin, other, " ".join(text[other.start : other.end].split()) if other else "",
        ))

    for role in ROLES:
        for cls in (ALL, *CUE_CLASSES):
            g = _spans(gold, role, cls)
            p = _spans(predicted, role, cls)
            for mode in MODES:
                m = match_spans([s for s, _ in g], [s for s, _ in p], mode, text)
                key = (role, mode, cls)
                totals[key] = totals.get(key, PRF()) + m.prf
                if mode != "overlap" or cls != ALL:
                    continue
                for gi in m.unmatched_gold:
                    error(role, "false_negative", *g[gi])
                for pi in m.unmatched_predicted:
                    error(role, "false_positive", *p[pi])
                for gi, pi in m.pairs:
                    gs, ps = g[gi][0], p[pi][0]
                    if strip_span(gs, text) != strip_span(ps, text):
                        error(role, "boundary", gs, g[gi][1], ps)


def read_polnear(directory: str | Path, lexicons: Lexicons | None = None):
    """Yield ``(name, text, gold relations)`` for each annotated article of a compartment (the
    first annotation file by name per article), for training and error analysis."""
    lex = lexicons or load_lexicons()
    classify = cue_classifier(lex)
    articles, _, _ = _compartment(Path(directory))
    for name, text_path, ann_path, _ in articles:
        text = _read_text(text_path)
        gold, _ = _gold_relations(read_brat(ann_path), text, classify)
        yield name, text, gold


def annotator_agreement(directory: str | Path, lexicons: Lexicons | str | Path | None = None) -> PolnearReport:
    """How far two human annotators agree, as a ceiling for the measure's figures: over the
    articles of a compartment with two or more annotation files, the second file by name is
    scored against the first exactly as :func:`evaluate_polnear` scores framing (its relations
    stand where the predicted ones do; ``compared_with`` says so)."""
    return _score_compartment(directory, lexicons, None, agreement=True)


def _score_compartment(directory, lexicons, limit: int | None, agreement: bool) -> PolnearReport:
    """The loop of :func:`evaluate_polnear` and :func:`annotator_agreement`: each article's first
    annotation file is gold, compared with framing's relations or (``agreement``) with the
    second annotation file's."""
    from framing.parsing import parse

    began = time.perf_counter()
    folder = Path(directory)
    articles, found, unannotated = _compartment(folder)
    if agreement:
        articles = [a for a in articles if len(a[3]) >= 2]
    if limit is not None:
        articles = articles[: max(0, limit)]
    lex = load_lexicons(lexicons)
    classify = cue_classifier(lex)
    totals: dict[tuple[str, str, str], PRF] = {}
    errors: list[SpanError] = []
    evaluated = []
    skipped = notes = invalid = 0
    for name, text_path, ann_path, all_files in articles:
        text = _read_text(text_path)
        files = all_files[:2] if agreement else (ann_path,)
        anns = [read_brat(f) for f in files]
        skipped += sum(len(a.skipped_lines) for a in anns)
        notes += sum(len(a.notes) for a in anns)
        relations = []
        for ann in anns:
            rels, dropped = _gold_relations(ann, text, classify)
            relations.append(rels)
            invalid += dropped
        doc = parse(Article(text=text, id=name, source=str(text_path)), lex)
        gold = relations[0]
        predicted = relations[1] if agreement else _predicted_relations(doc, lex, classify)
        _compare(name, doc, gold, predicted, totals, errors)
        evaluated.append(ArticleEvaluation(name, " vs ".join(f.name for f in files), gold, predicted))
    order = {c: i for i, c in enumerate((ALL, *CUE_CLASSES))}
    scores = tuple(
        RoleScore(role, mode, cls, prf)
        for (role, mode, cls), prf in sorted(
            totals.items(), key=lambda kv: (order[kv[0][2]], ROLES.index(kv[0][0]), MODES.index(kv[0][1]))
        )
    )
    return PolnearReport(
        directory=str(folder),
        documents=len(evaluated),
        annotation_files=tuple(a.annotation_file for a in evaluated),
        annotation_files_found=found,
        texts_without_annotation=unannotated,
        gold_relations=sum(len(a.gold) for a in evaluated),
        predicted_relations=sum(len(a.predicted) for a in evaluated),
        skipped_lines=skipped,
        notes=notes,
        invalid_spans=invalid,
        elapsed_seconds=round(time.perf_counter() - began, 3),
        scores=scores,
        articles=tuple(evaluated),
        errors=tuple(errors),
        compared_with="second annotator" if agreement else "framing",
    )


def evaluate_polnear(
    directory: str | Path,
    lexicons: Lexicons | str | Path | None = None,
    limit: int | None = None,
) -> PolnearReport:
    """Score the attribution measure against one PolNeAR compartment (``data/dev``, ``data/train``).

    ``lexicons``: a folder of the user's own TSV lists or a loaded :class:`Lexicons` (as for
    :func:`framing.score`); ``limit``: score only the first N articles (by file name). Returns a
    :class:`PolnearReport` with precision, recall and F1 (fractions 0-1) for cue, source and
    content spans, overlap and exact, over all relations and per cue class. Raises
    :class:`~framing.errors.InputError` when ``directory`` is not a compartment.
    """
    return _score_compartment(directory, lexicons, limit, agreement=False)
