"""Articles: the summary, --explain, JSON (schema ``framing.article/1``), CSV and tables.

Renderers return strings; they never print. Tables and CSV have one row per article with the
columns of ``framing.scoring.COLUMNS``.
"""
from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Iterable

from tabulate import tabulate

from framing.plain import as_plain
from framing.render.formats import safe_cell, table_format
from framing.scoring import COLUMNS, ArticleScore, headline

__all__ = ["to_dict", "render_json", "render_csv", "render_table", "render_summary", "render_explain", "render"]


def to_dict(score: ArticleScore) -> dict:
    """A score as plain data (what ``--format json`` prints), schema first."""
    data = as_plain(score)
    data["article"]["extra"] = dict(score.article.extra)
    data["headline"] = headline(score)
    return data


def render_json(score: ArticleScore) -> str:
    return json.dumps(to_dict(score), ensure_ascii=False)


def render_csv(scores: Iterable[ArticleScore], header: bool = True) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    for s in scores:
        row = headline(s)
        writer.writerow([safe_cell(row[c]) for c in COLUMNS])
    return out.getvalue()


def render_table(scores: Iterable[ArticleScore], fmt: str = "simple") -> str:
    fmt = table_format(fmt)
    rows = [[headline(s)[c] for c in COLUMNS] for s in scores]
    return tabulate(rows, headers=list(COLUMNS), tablefmt=fmt, floatfmt=".3g")


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _n(count: int, noun: str) -> str:
    """"1 hedge", "2 hedges", "0 hedges"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_summary(s: ArticleScore) -> str:
    """A readable summary of every measure, with the evidence behind the counts."""
    text = s.article.text
    att, hed, ev, sen, rd = s.attribution, s.hedging, s.evidentiality, s.sentiment, s.readability
    title = s.article.title or _clip(text[s.sentences[0].start : s.sentences[0].end], 70) if s.sentences else s.article.title
    if not title and not s.sentences:
        title = "(no article text" + (": only page furniture)" if s.furniture else ")")
    lines = [f"== {title}", f"   {s.article.source or s.article.id}" + (f" · {s.article.outlet}" if s.article.outlet else ""),
             f"   {_n(s.words, 'word')}, {_n(len(s.sentences), 'sentence')}, {_n(s.paragraphs, 'paragraph')}"]
    if s.furniture:
        lines_hit = len({text.count("\n", 0, f.span.start) for f in s.furniture})  # a caption's label and credit: one line
        lines.append(f"   left out as page furniture: {_n(lines_hit, 'line')} ("
                     + "; ".join(_clip(f.text, 30) for f in s.furniture[:3]) + ("; …" if len(s.furniture) > 3 else "") + ")")
    lines.append("")

    lines.append(
        f"Attribution: {_n(len(att.attributions), 'attribution')} ({att.per_1000_words:.1f} per 1,000 words) in "
        f"{_pct(att.sentence_share)} of sentences; {_pct(att.attributed_word_share)} of words attributed, "
        f"{_pct(att.quoted_word_share)} quoted; {att.direct} direct, {att.indirect} indirect"
    )
    if att.by_stance or att.negated:
        lines.append("  cue stance: " + ", ".join(f"{k} {v}" for k, v in sorted(att.by_stance.items()))
                     + (f"{', ' if att.by_stance else ''}negated {att.negated} (no stance)" if att.negated else ""))
    if att.by_source_type:
        lines.append("  source types: " + ", ".join(f"{k} {v}" for k, v in sorted(att.by_source_type.items())))
    for a in att.attributions:
        who = a.source_actor or a.source_text or "(no source)"
        content = _clip(text[a.content.start : a.content.end], 70) if a.content else ""
        cue = f"{a.cue_text} [{'negated, ' if a.negated else ''}{a.stance}]" if a.cue else "(quotation, speaker from context)"
        lines.append(f"  - s{a.sentence + 1} {who} · {cue} · {'“' + content + '”' if a.direct else content}")
    for r in att.non_responses:
        lines.append(f"  - s{r.sentence + 1} no response: {r.actor or r.subject or '?'} · “{r.text}” ({r.entry})")
    if att.voices:
        lines.append("  voices: " + "; ".join(f"{v.source} ({v.source_type}) {v.attributions}× {v.words} words" for v in att.voices[:8]))
    lines.append("")

    ratio = "n/a" if hed.boosters_per_hedge is None else f"{hed.boosters_per_hedge:.2f}"
    lines.append(
        f"Hedging: {_n(hed.hedges, 'hedge')} ({hed.hedges_per_1000_words:.1f} per 1,000 words), {_n(hed.boosters, 'booster')} "
        f"({hed.boosters_per_1000_words:.1f} per 1,000 words); {_pct(hed.hedged_sentence_share)} of sentences hedged; "
        f"boosters per hedge {ratio}"
    )
    for h in hed.hits:
        lines.append(f"  - s{h.sentence + 1} {h.kind} “{h.text}” ({h.type}; {h.entry}{', rule ' + h.rule if h.rule else ''})")
    lines.append("")

    lines.append("Evidentiality (share of sentences): " + ", ".join(f"{b} {_pct(v)}" for b, v in ev.profile.items() if v))
    for se in ev.sentences:
        if se.basis != "unmarked":
            marks = ", ".join(f"“{m.text}” ({m.basis}; {m.entry})" for m in se.markers)
            lines.append(f"  - s{se.sentence + 1} {se.basis}: {marks}")
    lines.append("")

    lines.append(f"Actors: {len(s.actors.actors)} (sentiment -1..1 from the words around each mention)")
    by_name = {a.actor: a for a in sen.actors}
    rows = []
    for a in s.actors.actors:
        sa = by_name.get(a.name)
        rows.append([
            a.name, a.type, a.count, "yes" if a.speaks else "", ", ".join(a.aliases[:3]),
            f"{sa.mean:+.2f}" if sa else "", f"{sa.negative}/{sa.neutral}/{sa.positive}" if sa else "",
            "" if not sa or sa.writer_mean is None else f"{sa.writer_mean:+.2f}",
            "" if not sa or sa.others_mean is None else f"{sa.others_mean:+.2f}",
        ])
    if rows:
        table = tabulate(rows, headers=["actor", "type", "mentions", "speaks", "aliases", "sentiment", "neg/neu/pos", "writer", "quoted/reported"], tablefmt="simple")
        lines.extend("  " + line for line in table.splitlines())
    lines.append(f"  tone {sen.tone:+.2f} (negative sentences {_pct(sen.negative_sentence_share)}, positive {_pct(sen.positive_sentence_share)})")
    lines.append("")
    lines.append(
        f"Readability: Flesch reading ease {rd.flesch_reading_ease:.1f}, Flesch-Kincaid grade {rd.flesch_kincaid_grade:.1f}, "
        f"Gunning fog {rd.gunning_fog:.1f}, SMOG {rd.smog_index:.1f}, Coleman-Liau {rd.coleman_liau_index:.1f}, "
        f"ARI {rd.automated_readability_index:.1f}; {rd.words_per_sentence:.1f} words per sentence"
    )
    return "\n".join(lines)


def render_explain(s: ArticleScore) -> str:
    """Every sentence with each hit marked ``[[words | label]]`` and its evidence listed below."""
    text = s.article.text
    marks: list[tuple[int, int, str, int]] = []  # start, end, label, priority
    for a in s.attribution.attributions:
        if a.cue:
            marks.append((a.cue.start, a.cue.end, f"cue:{'negated ' if a.negated else ''}{a.stance}", 0))
        if a.source and a.cue:
            marks.append((a.source.start, a.source.end, "source", 1))
    for h in s.hedging.hits:
        marks.append((h.start, h.end, f"{h.kind}:{h.type}", 0))
    for se in s.evidentiality.sentences:
        for m in se.markers:
            if not m.entry.startswith("attribution"):
                marks.append((m.start, m.end, f"evidence:{m.basis}", 2))
    for m in s.sentiment.mentions:
        marks.append((m.start, m.end, f"actor:{m.actor} {m.score:+.2f}", 3))
    chosen: list[tuple[int, int, str]] = []
    for start, end, label, _ in sorted(marks, key=lambda x: (x[3], x[0])):
        if all(end <= c[0] or start >= c[1] for c in chosen):
            chosen.append((start, end, label))
    chosen.sort()
    evidence = {se.sentence: se for se in s.evidentiality.sentences}
    hed = {h.sentence: h for h in s.hedging.sentences}
    out = [f"== {s.article.title or s.article.source or s.article.id}: {len(s.sentences)} sentences", ""]
    k = 0
    for idx, span in enumerate(s.sentences):
        parts, pos = [], span.start
        while k < len(chosen) and chosen[k][0] < span.end:
            start, end, label = chosen[k]
            if start >= span.start:
                parts.append(text[pos:start])
                parts.append(f"[[{text[start:end]} | {label}]]")
                pos = end
            k += 1
        parts.append(text[pos : span.end])
        se, hs = evidence.get(idx), hed.get(idx)
        head = f"[s{idx + 1}] ({se.basis if se else 'unmarked'}; hedges {hs.hedges if hs else 0}, boosters {hs.boosters if hs else 0})"
        out.append(head)
        out.append("    " + " ".join("".join(parts).split()))
        for a in s.attribution.attributions:
            if a.sentence == idx:
                who = a.source_actor or a.source_text or "(none)"
                content = _clip(text[a.content.start : a.content.end], 80) if a.content else "(none)"
                out.append(f"    attribution ({a.rule}, {a.entry or 'context'}): {who} [{a.source_type}] -> {a.cue_text or '(no cue)'} -> {content}")
        for m in s.sentiment.mentions:
            if m.sentence == idx and (m.evidence or m.reasons):
                why = []
                if m.reasons:  # what the model weighed: the score's own explanation
                    why.append(f"{m.label} most by " + ", ".join(f"{k} {w:+.2f}" for k, w in m.reasons[:4]))
                if m.evidence:
                    why.append(("polar words near: " if m.reasons else "from ") + ", ".join(f"{w.text} {w.valence:+.2f} ({w.source})" for w in m.evidence))
                out.append(f"    sentiment toward {m.actor} ({m.voice}{', said by ' + m.speaker if m.speaker else ''}): {m.score:+.2f}, " + "; ".join(why))
    if any(m.reasons for m in s.sentiment.mentions):
        from framing.measures.target_features import FEATURE_KEY

        out.append("")
        out.append("the sentiment model's features (\"negative most by ...\": those that weighed most toward the label):")
        out.extend(textwrap.wrap(FEATURE_KEY, 100, initial_indent="  ", subsequent_indent="  "))
    if s.furniture:
        out.append("")
        out.append("left out as page furniture (not the article; no measure reads these lines):")
        out.extend(f"  - {f.span.start}-{f.span.end} {_clip(f.text, 70)} ({f.entry})" for f in s.furniture)
    return "\n".join(out)


def render(scores: list[ArticleScore], fmt: str = "summary", explain: bool = False) -> str:
    """Render scores in one of ``FORMATS``."""
    if fmt == "json":
        return "\n".join(render_json(s) for s in scores)
    if fmt == "csv":
        return render_csv(scores).rstrip("\n")
    if fmt == "summary":
        blocks = [render_summary(s) + ("\n\n" + render_explain(s) if explain else "") for s in scores]
        return "\n\n".join(blocks)
    body = render_table(scores, fmt)
    if explain:
        body += "\n\n" + "\n\n".join(render_explain(s) for s in scores)
    return body


# The columns of an evaluation table: one row per role, match mode and cue class.
