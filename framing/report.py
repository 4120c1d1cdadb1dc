"""The HTML report of a comparison: one self-contained page (``framing compare --html FILE``).

No network, no scripts, no external styles: inline CSS, the comparison's tables, an actor-by-outlet
heatmap (an HTML table whose cells are coloured by mean sentiment, red negative, blue positive), and
each article with its evidence marked: attribution cues (by stance), sources and attributed content,
hedges, boosters, evidential markers, and actor mentions coloured by their sentiment. Hovering over
a mark shows what it is and which lexicon row or rule found it. All text is HTML-escaped.
"""
from __future__ import annotations

import html
from collections import defaultdict
from typing import Iterable

from framing.comparison import CORPUS, Comparison
from framing.render import comparison_tables
from framing.render.comparison import group_word
from framing.scoring import ArticleScore

__all__ = ["render_report", "sentiment_colour"]

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
main{max-width:1180px;margin:0 auto;padding:24px 28px 60px;background:#fff}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin:1.6em 0 .4em;border-bottom:2px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.05em;margin:1.3em 0 .4em}p.note{color:#57606a;font-size:.9em;margin:.2em 0 .6em}
table{border-collapse:collapse;font-size:.86em;margin:.3em 0 1em;font-variant-numeric:tabular-nums}
th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f0f3f6;font-weight:600}td.num{text-align:right}
.scroll{overflow-x:auto}
table.heatmap td.cell{text-align:center;min-width:7em}
table.heatmap td.omitted{color:#8c959f;background:repeating-linear-gradient(45deg,#f6f8fa,#f6f8fa 4px,#eaeef2 4px,#eaeef2 8px)}
.scale span{display:inline-block;width:3.2em;text-align:center;font-size:.8em;border:1px solid #d0d7de}
.legend span.hl{margin-right:.6em}
details.article{border:1px solid #d0d7de;border-radius:6px;margin:.6em 0;padding:.3em .8em}
details.article summary{cursor:pointer;font-weight:600}
details.article .meta{color:#57606a;font-size:.85em;font-weight:400}
.text p{margin:.5em 0}
.hl.att-content{border-bottom:2px solid #8250df}
.hl.att-source{font-weight:600;color:#0550ae}
.hl.cue-neutral{outline:1px solid #8c959f;border-radius:2px}
.hl.cue-distancing{outline:2px solid #cf222e;border-radius:2px}
.hl.cue-endorsing{outline:2px solid #1a7f37;border-radius:2px}
.hl.cue-evaluative{outline:2px solid #bf8700;border-radius:2px}
.hl.cue-negated{outline:1px dashed #8c959f;border-radius:2px}
.hl.hedge{background:#fff8c5;box-shadow:inset 0 -3px 0 #d4a72c}
.hl.booster{background:#ffd8b5;box-shadow:inset 0 -3px 0 #e16f24}
.hl.evidential{text-decoration:underline dotted #0969da 2px;text-underline-offset:3px}
.hl.actor{border-radius:3px;padding:0 1px}
.mark{font-weight:700;color:#cf222e}
footer{margin-top:3em;color:#57606a;font-size:.85em}
"""


def sentiment_colour(score: float | None, strength: float = 0.5) -> str:
    """A CSS background colour for a sentiment score (-1..1): red for negative, blue for positive,
    alpha rising to 0.85 at ``|score| >= strength``; light grey for None."""
    if score is None:
        return "#f6f8fa"
    a = min(abs(score) / strength, 1.0) * 0.85
    r, g, b = (215, 48, 39) if score < 0 else (49, 104, 180)
    return f"rgba({r},{g},{b},{a:.2f})"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _table(headers: list[str], rows: list[list], cls: str = "") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for v in row:
            text = _e(v)
            for mark in ("***", "**", "*"):
                if isinstance(v, str) and v.endswith(mark) and v[: -len(mark)].strip():
                    text = f'{_e(v[: -len(mark)])}<span class="mark">{mark}</span>'
                    break
            cells.append(f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<div class="scroll"><table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def _heatmap(cmp: Comparison, event: str) -> str:
    rows = [r for r in cmp.actors if r.event == event]
    outlets = sorted({r.outlet for r in rows})
    per: dict[tuple[str, str], dict] = defaultdict(dict)
    for r in rows:
        per[(r.actor, r.type)][r.outlet] = r
    if not per:
        return '<p class="note">No actors named.</p>'
    unit = group_word(cmp)
    out = ['<div class="scroll"><table class="heatmap"><thead><tr><th>actor</th><th>type</th>']
    out += [f"<th>{_e(o)}</th>" for o in outlets] + ["</tr></thead><tbody>"]
    for (actor, typ), cells in per.items():
        also = next(iter(cells.values())).also_as
        out.append(f"<tr><th>{_e(actor)}{f' <small>(also {_e(also)})</small>' if also else ''}</th><td>{_e(typ)}</td>")
        for o in outlets:
            r = cells.get(o)
            if r is None or r.mentions == 0:
                out.append(f'<td class="cell omitted" title="not named by this {unit}">—</td>')
            else:
                tip = f"{actor} in {o}: mean {r.mean:+.3f} over {r.mentions} mentions ({r.negative} negative, {r.neutral} neutral, {r.positive} positive)"
                out.append(f'<td class="cell" data-mean="{r.mean:.4f}" style="background-color:{sentiment_colour(r.mean)}" '
                           f'title="{_e(tip)}">{r.mean:+.2f} <small>({r.mentions})</small></td>')
        out.append("</tr>")
    out.append("</tbody></table></div>")
    scale = "".join(f'<span style="background-color:{sentiment_colour(v)}">{v:+.2f}</span>' for v in (-0.5, -0.25, -0.1, 0.0, 0.1, 0.25, 0.5))
    out.append(f'<p class="note scale">Mean sentiment toward each actor (-1..1) with mentions in brackets; hatched: not named. Scale: {scale}</p>')
    return "".join(out)


def _marks(s: ArticleScore) -> list[tuple[int, int, str, str, str]]:
    """(start, end, css classes, label, inline style) for every piece of evidence in a score."""
    marks = []
    for a in s.attribution.attributions:
        who = a.source_actor or a.source_text or "unnamed source"
        if a.content:
            marks.append((a.content.start, a.content.end, "att-content", f"attributed to {who} ({a.source_type}; {a.rule})", ""))
        if a.source and a.cue:
            marks.append((a.source.start, a.source.end, "att-source", f"source: {who} ({a.source_type})", ""))
        if a.cue:
            stance = "negated" if a.negated else a.stance  # a denied cue has no stance ("did not claim")
            marks.append((a.cue.start, a.cue.end, f"cue cue-{stance}", f"reporting cue, {'negated ' if a.negated else ''}{a.stance} ({a.entry or a.rule})", ""))
    for h in s.hedging.hits:
        marks.append((h.start, h.end, h.kind, f"{h.kind}: {h.type} ({h.entry}{', rule ' + h.rule if h.rule else ''})", ""))
    for se in s.evidentiality.sentences:
        for m in se.markers:
            if not m.entry.startswith("attribution"):
                marks.append((m.start, m.end, "evidential", f"evidential: {m.basis} ({m.entry})", ""))
    for m in s.sentiment.mentions:
        words = ", ".join(f"{w.text} {w.valence:+.2f}" for w in m.evidence) or "no polar words nearby"
        marks.append((m.start, m.end, "actor", f"{m.actor}: sentiment {m.score:+.2f} ({m.voice}; {words})",
                      f"background-color:{sentiment_colour(m.score)}"))
    return [m for m in marks if m[0] < m[1]]


def _highlight(s: ArticleScore) -> str:
    """The article's text as paragraphs of escaped text with every mark; overlapping marks are
    split at their boundaries so each piece carries all the classes that cover it."""
    text = s.article.text
    marks = _marks(s)
    cuts = sorted({0, len(text), *[m[0] for m in marks], *[m[1] for m in marks]})
    starts = defaultdict(list)
    for m in marks:
        starts[m[0]].append(m)
    active: list[tuple[int, int, str, str, str]] = []
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m[1] > a] + starts.get(a, [])
        chunk = _e(text[a:b]).replace("\n\n", "</p><p>").replace("\n", "<br>")
        if not active:
            pieces.append(chunk)
            continue
        classes = " ".join(sorted({c for m in active for c in m[2].split()}))
        title = "; ".join(dict.fromkeys(m[3] for m in active))
        style = next((m[4] for m in active if m[4]), "")
        pieces.append(f'<span class="hl {classes}" title="{_e(title)}"' + (f' style="{style}"' if style else "") + f">{chunk}</span>")
    return "<p>" + "".join(pieces) + "</p>"


_LEGEND = (
    '<p class="note legend">Marks: <span class="hl cue cue-neutral">said</span> neutral cue, '
    '<span class="hl cue cue-distancing">claimed</span> distancing cue, <span class="hl cue cue-endorsing">confirmed</span> '
    'endorsing cue, <span class="hl cue cue-negated">did not say</span> negated cue, <span class="hl att-source">source</span>, <span class="hl att-content">attributed content</span>, '
    '<span class="hl hedge">may</span> hedge, <span class="hl booster">clearly</span> booster, '
    '<span class="hl evidential">records show</span> evidential marker, actor mentions coloured by sentiment '
    f'(<span class="hl actor" style="background-color:{sentiment_colour(-0.5)}">negative</span> '
    f'<span class="hl actor" style="background-color:{sentiment_colour(0.5)}">positive</span>). Hover over a mark for its source.</p>'
)


def render_report(cmp: Comparison, scores: Iterable[ArticleScore], title: str = "framing compare", max_articles: int = 400) -> str:
    """The comparison and its articles as one self-contained HTML page (a string).

    ``scores`` are the scores the comparison was made from (their evidence is marked in each
    article); at most ``max_articles`` articles are shown, event by event, each in a collapsible
    section (the first of each event open), and a note says how many were left out.
    """
    scores = list(scores)
    keys = {(a.source, a.id): a for a in cmp.articles}
    by_event: dict[str, list[tuple[str, ArticleScore]]] = defaultdict(list)
    for s in scores:
        row = keys.get((s.article.source, s.article.id))
        if row is not None:
            by_event[row.event].append((row.outlet, s))
    single = len(cmp.events) == 1
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{_e(title)}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<style>{_CSS}</style></head><body><main>",
             f"<h1>{_e(title)}</h1>",
             f'<p class="note">{len(cmp.articles)} articles, {len(cmp.outlets)} {_e(cmp.by)} groups, '
             f'{len([e for e in cmp.events if e != CORPUS]) or 1} event(s). Permutation tests: {cmp.permutations} shuffles, '
             f"seed {cmp.seed}; <span class=\"mark\">*</span> p &lt; 0.05, ** &lt; 0.01, *** &lt; 0.001 after Holm's correction.</p>"]
    if cmp.skipped:
        parts.append(f"<h3>Left out ({len(cmp.skipped)})</h3><ul>" + "".join(f"<li>{_e(s.source)}: {_e(s.reason)}</li>" for s in cmp.skipped) + "</ul>")
    shown = 0
    for event in cmp.events:
        label = "All events together" if event == CORPUS and not single else event
        parts.append(f'<section class="event" id="{_e(event)}"><h2>{_e(label)}</h2>')
        tables = comparison_tables(cmp, event)
        for i, (caption, headers, rows) in enumerate(tables):
            parts.append(f"<h3>{_e(caption)}</h3>")
            if i == 1:
                parts.append(_heatmap(cmp, event))
                continue
            parts.append(_table(headers, rows, "compare") if rows else '<p class="note">(none)</p>')
        if event != CORPUS or single:
            members = sorted(by_event.get(event, []), key=lambda x: (x[0], x[1].article.id))
            if members:
                parts.append(f"<h3>Articles ({len(members)})</h3>" + _LEGEND)
            for k, (outlet, s) in enumerate(members):
                if shown >= max_articles:
                    break
                shown += 1
                a = s.article
                meta = " · ".join(x for x in (outlet, a.date, a.source) if x)
                parts.append(f'<details class="article"{" open" if k == 0 else ""}><summary>{_e(a.title or a.id)} '
                             f'<span class="meta">{_e(meta)}</span></summary><div class="text">{_highlight(s)}</div></details>')
        parts.append("</section>")
    if shown < len(cmp.articles):
        parts.append(f'<p class="note">{len(cmp.articles) - shown} articles not shown (the report shows at most {max_articles}).</p>')
    parts.append('<footer>Made by framing. Every number comes from the words marked in the articles; see the project README for the measures.</footer>')
    parts.append("</main></body></html>")
    return "\n".join(parts)
