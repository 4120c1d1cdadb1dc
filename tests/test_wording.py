import math
from collections import Counter

import pytest

from conftest import REPO
from framing.lexicon import load_lexicons
from framing.parsing import parse
from framing.wording import content_words, distinctive_words, log_odds, stopwords


def test_log_odds_known_example():
    # Monroe, Colaresi and Quinn (2008) eq. 16 and 18-19, worked by hand: n_i = n_j = 16, alpha_0 = 32
    a, b = Counter(x=10, y=1, z=5), Counter(x=1, y=10, z=5)
    prior = {"x": 11, "y": 11, "z": 10}
    scores = log_odds(a, b, prior)
    delta = math.log(21 / 27) - math.log(12 / 36)
    assert scores["x"][0] == pytest.approx(delta) and scores["x"][0] == pytest.approx(0.8473, abs=1e-4)
    assert scores["x"][1] == pytest.approx(delta / math.sqrt(1 / 21 + 1 / 12))
    assert scores["y"][0] == pytest.approx(-delta) and scores["z"] == (0.0, 0.0)


def test_distinctive_words_uses_the_counts_as_prior_by_default():
    groups = {"a": Counter(x=10, y=1, z=5), "b": Counter(x=1, y=10, z=5)}
    out = distinctive_words(groups, top=5)
    (word,) = out["a"]
    assert (word.term, word.count, word.other_count) == ("x", 10, 1)
    assert word.z == pytest.approx(2.3414, abs=1e-4) and word.per_1000_words == pytest.approx(625.0)
    assert [w.term for w in out["b"]] == ["y"]


def test_the_prior_shrinks_rare_words():
    groups = {"a": Counter(common=40, rare=2, other=58), "b": Counter(common=20, other=80)}
    words = {w.term: w for w in distinctive_words(groups, top=10)["a"]}
    assert words["common"].z > words["rare"].z > 0


def test_one_group_has_nothing_to_compare_with():
    assert distinctive_words({"a": Counter(x=3)}) == {"a": ()}


def test_content_words_are_framings_tokens_without_stopwords():
    lex = load_lexicons()
    text = "The U.S. mayor’s plan, it's said, won't work: 3 critics claimed it."
    stop = stopwords(lex)
    words = content_words(text, stop)
    assert words == ["u.s.", "mayor", "plan", "said", "work", "critics", "claimed"]
    doc_words = [t.lower for t in parse(text, lex).tokens]
    assert all(w in doc_words for w in words)


def test_tokens_match_parse_on_the_demo_corpus():
    from framing.corpus import read_articles
    from framing.wording import _TOKEN

    lex = load_lexicons()
    for article in read_articles([REPO / "corpora" / "demo"]):
        mine = [m.group().lower().replace("’", "'") for m in _TOKEN.finditer(article.text)]
        assert mine == [t.lower for t in parse(article, lex).tokens], article.source


def test_stopwords_lexicon_is_shipped():
    stop = stopwords(load_lexicons())
    assert {"the", "and", "of", "would", "don't"} <= stop and "said" not in stop and "claimed" not in stop
