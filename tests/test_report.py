"""The HTML report: self-contained, escaped, with tables, heatmap and highlights; rendered by
headless Chromium (Debian's ``chromium`` package; skipped when it is not installed)."""
import re
import shutil
import subprocess

import pytest

import framing
from conftest import REPO
from framing.article import Article
from framing.comparison import compare
from framing.corpus import read_articles
from framing.report import render_report, sentiment_colour


@pytest.fixture(scope="module")
def demo_report():
    scores = [framing.score(a) for a in read_articles([REPO / "corpora" / "demo"])]
    return render_report(compare(scores, permutations=200), scores)


def test_self_contained(demo_report):
    assert demo_report.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script|<link|src=|@import|url\(|https?://(?!example\.org)", demo_report)


def test_tables_heatmap_and_highlights(demo_report):
    assert demo_report.count('<table class="heatmap">') == 4  # three events and the corpus
    assert demo_report.count('<details class="article"') == 12
    for cls in ("hedge", "booster", "evidential", "actor", "cue-distancing", "att-content", "att-source"):
        assert re.search(rf'class="hl [^"]*\b{cls}\b', demo_report), cls
    assert "rgba(215,48,39" in demo_report and "rgba(49,104,180" in demo_report


def test_text_is_escaped():
    text = 'The <b>mayor</b> said "it may <script>alert(1)</script> rain" & left.'
    s = framing.score(Article(text=text, outlet="<i>X</i>", title="<Title>", id="1"))
    t = framing.score(Article(text="Officials said it rained.", outlet="Y", id="2"))
    page = render_report(compare([s, t], permutations=0), [s, t])
    assert "<script>" not in page and "<b>mayor" not in page and "<i>X</i>" not in page
    assert "alert(1)" in page and "&lt;i&gt;X&lt;/i&gt;" in page and "&lt;Title&gt;" in page


def test_sentiment_colour():
    assert sentiment_colour(None) == "#f6f8fa"
    assert sentiment_colour(-1.0) == "rgba(215,48,39,0.85)" and sentiment_colour(0.25) == "rgba(49,104,180,0.42)"


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_renders_in_headless_chromium(demo_report, tmp_path):
    browser = _chromium()
    if not browser:
        pytest.skip("chromium not installed (Debian: apt-get install -y chromium); the report was not rendered")
    page = tmp_path / "report.html"
    page.write_text(demo_report, encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<table") == 4 * 6  # three events and the corpus: six tables each, one of them the heatmap
    assert len(re.findall(r'<td class="cell" data-mean=', dom)) > 20
    assert len(re.findall(r'class="hl [^"]*\bhedge\b', dom)) > 10
    shot = tmp_path / "report.png"
    subprocess.run([*flags, "--window-size=1280,2000", f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a page with content, not a blank one
