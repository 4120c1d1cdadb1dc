import csv
import io
import json

import framing
from framing.render import render, render_csv, render_explain, render_summary
from framing.scoring import COLUMNS

TEXT = 'Officials claimed the bridge may be unsafe. "It is clearly fine," said Mayor Jane Roe.'


def test_json_carries_the_schema_and_evidence_spans_match_the_text():
    s = framing.score(TEXT)
    data = json.loads(render([s], "json"))
    assert data["schema"] == "framing.article/1"
    text = data["article"]["text"]
    for hit in data["hedging"]["hits"]:
        assert text[hit["start"] : hit["end"]] == hit["text"]
    assert set(data["headline"]) == set(COLUMNS)


def test_csv_has_the_same_columns_and_escapes_formulas():
    s = framing.score(framing.Article(text=TEXT, id="=HYPERLINK(1)", outlet="@outlet"))
    rows = list(csv.reader(io.StringIO(render_csv([s]))))
    assert rows[0] == list(COLUMNS)
    assert rows[1][0] == "'=HYPERLINK(1)" and rows[1][1] == "'@outlet"


def test_table_formats():
    s = framing.score(TEXT)
    assert "| id" in render([s], "markdown")
    assert "\\begin{tabular}" in render([s], "latex")


def test_summary_and_explain_name_their_evidence():
    s = framing.score(TEXT)
    summary = render_summary(s)
    assert "claimed [distancing]" in summary and "hedges.tsv" in summary
    explain = render_explain(s)
    assert "[[claimed | cue:distancing]]" in explain
    assert "[[may | hedge:epistemic]]" in explain


def test_explain_gives_what_the_sentiment_model_weighed_and_a_key_to_it():
    s = framing.score("Critics said the mayor ruined the harbour. Mayor Ada Brill praised the builders.")
    out = render_explain(s)
    lines = [line for line in out.splitlines() if "sentiment toward Ada Brill" in line]
    m = next(m for m in s.sentiment.mentions if m.actor == "Ada Brill")
    assert lines and f"{m.score:+.2f}, {m.label} most by {m.reasons[0][0]} {m.reasons[0][1]:+.2f}" in lines[0]
    assert "the sentiment model's features" in out and "vall all polar words of the sentence" in out
