"""compare() on the fictional demo corpus (directional checks: each outlet was written with a known
framing, corpora/README.md) and on small hand-made inputs."""
import dataclasses
import subprocess
import sys

import pytest

import framing
from conftest import REPO
from framing.article import Article
from framing.comparison import CORPUS, MEASURES, TABLES, Comparison, compare, group_of, measure_values
from framing.corpus import read_articles
from framing.lexicon import load_lexicons

LEX = load_lexicons()
EVENTS = ("calder-square-protest", "eastmoor-water-advisory", "harbour-bridge-closure")


@pytest.fixture(scope="module")
def scores():
    return [framing.score(a, LEX) for a in read_articles([REPO / "corpora" / "demo"])]


@pytest.fixture(scope="module")
def demo(scores):
    return compare(scores, lexicons=LEX)


def _means(cmp: Comparison, event: str, measure: str) -> dict:
    return {r.outlet: r.mean for r in cmp.profile if r.event == event and r.measure == measure}


def _top(cmp, event, measure):
    means = _means(cmp, event, measure)
    return max(means, key=means.get)


def test_events_outlets_and_every_table(demo):
    assert demo.events == (*EVENTS, CORPUS)
    assert demo.outlets == ("Bulletin Now", "Northern Courier", "The Civic Review", "The Daily Ledger")
    assert len(demo.articles) == 12 and demo.skipped == ()
    for name in TABLES:
        assert {r.event for r in demo.table(name)} == {*EVENTS, CORPUS}, name
    assert len(demo.profile) == 4 * 4 * len(MEASURES)


@pytest.mark.parametrize("event", [*EVENTS, CORPUS])
def test_directional_profile(demo, event):
    assert _top(demo, event, "anonymous_source_share") == "Northern Courier"
    assert _top(demo, event, "hedges_per_1000_words") == "Northern Courier"
    assert _top(demo, event, "boosters_per_1000_words") == "The Civic Review"
    assert _top(demo, event, "distancing_share") == "The Civic Review"
    assert _top(demo, event, "documentary_share") == "Bulletin Now"
    assert _top(demo, event, "quoted_word_share") == "The Daily Ledger"


def test_focal_actors_portrayed_as_written(demo):
    for event, actor in (("harbour-bridge-closure", "Alice Grant"), ("eastmoor-water-advisory", "Helen Brandt"),
                         ("calder-square-protest", "Ruth Ingleby")):
        rows = {r.outlet: r for r in demo.actors if r.event == event and r.actor == actor}
        assert set(rows) == set(demo.outlets)
        assert rows["Northern Courier"].mean < rows["The Daily Ledger"].mean
        assert rows["Northern Courier"].mean == min(r.mean for r in rows.values())


def test_omitted_actors_are_rows_with_no_mentions(demo):
    omitted = [r for r in demo.actors if r.mentions == 0]
    assert omitted and all(r.mean is None and r.articles == 0 for r in omitted)
    named = [r for r in demo.actors if r.mentions]
    assert all(-1 <= r.mean <= 1 and r.negative + r.neutral + r.positive == r.mentions for r in named)


def test_voices_by_source_type(demo):
    types = {(r.outlet, r.source_type): r for r in demo.source_types if r.event == CORPUS}
    assert types[("Northern Courier", "anonymous")].attributions > 0
    assert ("The Daily Ledger", "anonymous") not in types
    assert types[("Bulletin Now", "document")].attribution_share == max(
        r.attribution_share for (o, t), r in types.items() if t == "document")
    for outlet in demo.outlets:
        shares = [r.attribution_share for (o, _), r in types.items() if o == outlet]
        assert sum(shares) == pytest.approx(1.0, abs=0.01)
    ingleby = {r.outlet: r for r in demo.voices if r.event == "calder-square-protest" and r.source == "Ruth Ingleby"}
    assert ingleby["The Daily Ledger"].attributions > ingleby["Northern Courier"].attributions


def test_distinctive_words_follow_each_outlets_style(demo):
    words = {o: {r.term for r in demo.wording if r.event == CORPUS and r.outlet == o} for o in demo.outlets}
    assert {"reportedly", "unclear"} <= words["Northern Courier"]
    assert {"clearly", "undoubtedly", "insisted"} <= words["The Civic Review"]
    assert "said" in words["The Daily Ledger"] and {"records", "show"} <= words["Bulletin Now"]
    ranks = [r.rank for r in demo.wording if r.event == CORPUS and r.outlet == "Bulletin Now"]
    assert ranks == list(range(1, len(ranks) + 1))


def test_differences_tested_within_events_only_across_the_corpus(demo):
    per_event = [r for r in demo.differences if r.event != CORPUS]
    assert all(r.p_value is None and r.mark == "" for r in per_event)  # one article per outlet: no test
    corpus = {r.measure: r for r in demo.differences if r.event == CORPUS}
    assert all(r.within_events and r.permutations == 2000 for r in corpus.values())
    assert corpus["hedges_per_1000_words"].p_holm < 0.05 and corpus["hedges_per_1000_words"].mark
    assert corpus["hedges_per_1000_words"].highest == "Northern Courier"
    assert corpus["hedges_per_1000_words"].lowest == "The Daily Ledger"


def test_reproducible_with_a_seed(scores):
    a = compare(scores, permutations=300, seed=5, lexicons=LEX)
    b = compare(scores, permutations=300, seed=5, lexicons=LEX)
    assert a == b


def test_articles_without_an_outlet_are_listed_not_dropped():
    scores = [framing.score(Article(text=t, id=i, outlet=o, source=f"{i}.txt"), LEX)
              for t, i, o in (("The mayor said it may rain.", "a", "X"), ("Officials said it rained.", "b", "Y"),
                              ("Nobody knows who wrote this.", "c", ""))]
    cmp = compare(scores, permutations=10, lexicons=LEX)
    assert [(s.source, s.reason) for s in cmp.skipped] == [("c.txt", "no outlet: left out of the comparison")]
    assert cmp.events == (CORPUS,) and len(cmp.articles) == 2


def test_group_by_another_field():
    art = Article(text="The mayor said it may rain.", outlet="X", extra=(("bias_text", "left"),))
    s = framing.score(art, LEX)
    assert group_of(s, "bias_text") == "left" and group_of(s, "outlet") == "X" and group_of(s, "nope") == ""
    cmp = compare([s, framing.score(dataclasses.replace(art, extra=(("bias_text", "right"),)), LEX)], by="bias_text", lexicons=LEX)
    assert cmp.by == "bias_text" and cmp.outlets == ("left", "right")
    from framing.render.comparison import render_comparison

    text = render_comparison(cmp)
    assert "1. Group profile" in text and "the other groups" in text and "between groups" in text
    assert "outlet" not in text.split("\n", 1)[1]  # the headings speak of groups of bias_text, not outlets


def test_event_option_keeps_one_event(scores):
    one = compare(scores, event="harbour-bridge-closure", permutations=0, lexicons=LEX)
    assert one.events == ("harbour-bridge-closure",) and len(one.articles) == 4


def test_measure_values_are_the_headline_plus_shares(scores):
    values = measure_values(scores[0])
    assert list(values) == list(MEASURES)
    h = framing.scoring.headline(scores[0])
    assert values["hedges_per_1000_words"] == h["hedges_per_1000_words"]


def test_to_frame(demo):
    pd = pytest.importorskip("pandas")
    frame = demo.to_frame("profile")
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(demo.profile)
    assert list(frame.columns)[:4] == ["event", "outlet", "measure", "mean"]
    wide = frame[frame.event == CORPUS].pivot(index="outlet", columns="measure", values="mean")
    assert wide["hedges_per_1000_words"].idxmax() == "Northern Courier"
    assert len(demo.to_frame("wording")) == len(demo.wording)
    with pytest.raises(ValueError):
        demo.table("nope")


def test_compare_works_without_pandas():
    code = (
        "import sys; sys.modules['pandas'] = None\n"  # import pandas now raises ImportError
        "import framing\n"
        "s = [framing.score(framing.Article(text=t, outlet=o)) for t, o in (('It may rain, he said.', 'A'), ('It rained.', 'B'))]\n"
        "cmp = framing.compare(s, permutations=10)\n"
        "assert isinstance(cmp, framing.Comparison) and len(cmp.profile) > 0\n"
        "try:\n    cmp.to_frame('profile')\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "to_frame needs pandas: pip install 'framing[pandas]'"


def test_framing_compare_is_the_function_however_often_it_is_called():
    # the module holding it is framing.comparison: a submodule named "compare" replaced the
    # package's function with itself once imported (the second call, or help(), then failed)
    code = (
        "import framing\n"
        "help(framing.compare)\n"
        "s = [framing.score(framing.Article(text=t, outlet=o)) for t, o in (('It may rain, he said.', 'A'), ('It rained.', 'B'))]\n"
        "for _ in range(2):\n    cmp = framing.compare(s, permutations=10)\n"
        "import framing.comparison\n"
        "assert framing.compare is framing.comparison.compare and isinstance(cmp, framing.Comparison)\n"
    )
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)


def test_an_outlets_own_name_is_no_actor_or_voice_of_its_coverage():
    texts = (
        ("The mayor closed the bridge, she told the Courier. The Courier could not confirm the cost.", "Northern Courier"),
        ("The mayor closed the bridge, officials said. The Northern Courier reported the cost first.", "Daily Ledger"),
    )
    scores = [framing.score(Article(text=t, id=o, outlet=o), LEX) for t, o in texts]
    own = [a for a in scores[0].actors.actors if a.name == "Northern Courier"]
    assert [(a.type, [m.rule for m in a.mentions]) for a in own] == [("organisation", ["outlet", "outlet"])]
    cmp = compare(scores, permutations=10, lexicons=LEX)
    rows = {(r.actor, r.outlet): r.mentions for r in cmp.actors}
    # the Courier's own "told the Courier" is left out; the Ledger naming the Courier is coverage
    assert rows[("Northern Courier", "Daily Ledger")] == 1 and rows[("Northern Courier", "Northern Courier")] == 0
    voices = {v.outlet: v.attributions for v in cmp.voices if v.source == "Northern Courier"}
    assert voices == {"Northern Courier": 0, "Daily Ledger": 1}  # "The Courier could not confirm": the writer


def _comparison(texts_by_outlet):
    scores = [framing.score(Article(text=t, outlet=o, id=f"{o}{k}"), LEX)
              for o, texts in texts_by_outlet.items() for k, t in enumerate(texts)]
    return compare(scores, permutations=0, lexicons=LEX)


def _actor_rows(texts_by_outlet):
    return {(r.actor, r.outlet): r for r in _comparison(texts_by_outlet).actors}


def test_the_long_csv_says_which_forms_an_actors_row_absorbed():
    import csv
    import io

    from framing.render.comparison import render_comparison_csv

    cmp = _comparison({"A": ["Donald Trump praised the plan."], "B": ["Trump attacked the plan."]})
    rows = [r for r in csv.DictReader(io.StringIO(render_comparison_csv(cmp))) if r["table"] == "actors"]
    assert {(r["actor"], r["actor_also_as"]) for r in rows if r["actor"].endswith("Trump")} == {("Donald Trump", "Trump")}


def test_a_surname_alone_counts_toward_the_one_person_of_that_name_in_the_event():
    rows = _actor_rows({
        "A": ["Donald Trump praised the plan. Donald Trump spoke in Ohio.", "Donald J. Trump visited a factory."],
        "B": ["Trump attacked the plan in a speech.", "Voters booed Trump at the rally."],
    })
    assert ("Trump", "B") not in rows and ("Donald J. Trump", "A") not in rows
    main = rows[("Donald Trump", "B")]
    assert main.articles == 2 and main.mentions == 2 and main.also_as == "Donald J. Trump, Trump"
    assert rows[("Donald Trump", "A")].articles == 2


def test_a_surname_shared_by_two_people_named_about_as_often_stays_apart():
    rows = _actor_rows({
        "A": ["Hillary Clinton spoke in Ohio.", "Bill Clinton spoke in Iowa."],
        "B": ["Clinton spoke in Texas."],
    })
    assert ("Clinton", "B") in rows and rows[("Hillary Clinton", "A")].also_as == ""


def test_page_furniture_is_no_outlets_distinctive_wording():
    body = ("The council voted on the budget on {d}, and protesters gathered outside the hall. "
            "The mayor said the cuts would fall on libraries.")
    scores = [framing.score(Article(text=("ADVERTISEMENT\n\nShare this with Facebook Twitter Email\n\n" if o == "A" else "")
                                    + body.format(d=d), outlet=o, id=f"{o}{d}"), LEX)
              for o in ("A", "B") for d in ("Monday", "Tuesday", "Friday")]
    words = {r.term for r in compare(scores, permutations=0, lexicons=LEX).wording}
    assert not words & {"advertisement", "facebook", "twitter", "email", "share"}


def test_a_short_first_name_and_its_full_form_are_one_row():
    rows = _actor_rows({"A": ["Chuck Schumer praised the plan."], "B": ["Charles Schumer attacked the plan."]})
    assert ("Charles Schumer", "A") not in rows and rows[("Chuck Schumer", "B")].mentions == 1


def test_when_every_outlet_ties_no_outlet_is_highest_or_lowest():
    cmp = _comparison({"A": ["The bridge closed on Monday."], "B": ["The bridge closed on Tuesday."]})
    row = next(r for r in cmp.differences if r.measure == "witnessed_share")
    assert (row.highest, row.lowest) == ("", "")


def test_across_events_an_outlet_omits_an_actor_only_in_events_it_covered():
    from framing.render.comparison import comparison_tables

    scores = [framing.score(Article(text=t, outlet=o, event=e, id=f"{o}{e}"), LEX) for o, e, t in [
        ("A", "ferry", "Mayor Dana Reyes praised the ferry."), ("B", "ferry", "The ferry sank."),
        ("C", "bridge", "The bridge closed."), ("A", "bridge", "The bridge opened."),
    ]]
    cmp = compare(scores, permutations=0, lexicons=LEX)
    title, headers, rows = comparison_tables(cmp, CORPUS)[1]
    reyes = next(r for r in rows if r[0] == "Dana Reyes")
    assert reyes[-1] == "B"  # C covered only the bridge, where no one names her


def test_across_events_an_outlet_omits_only_actors_of_events_it_covered_also_beyond_the_top_rows():
    from framing.render.comparison import comparison_tables

    scores = [framing.score(Article(text=t, outlet=o, event=e, id=f"{o}{e}"), LEX) for o, e, t in [
        ("A", "ferry", "Tom Ebert spoke. Tom Ebert left. Tom Ebert came. Dana Reyes spoke. Dana Reyes left."),
        ("B", "ferry", "Tom Ebert spoke. Dana Reyes spoke."),
        ("A", "park", "Sam Okafor spoke. Sam Okafor left. Sam Okafor came. Sam Okafor ran. Dana Reyes spoke. "
                      "Dana Reyes left. Dana Reyes came."),
        ("C", "park", "Sam Okafor spoke."),
        ("D", "bridge", "The bridge closed."),
    ]]
    cmp = compare(scores, permutations=0, lexicons=LEX, top_actors=1)  # Reyes is no event's top actor
    rows = comparison_tables(cmp, CORPUS)[1][2]
    assert [(r[0], r[-1]) for r in rows] == [("Dana Reyes", "C")]  # C covered the park; D no event naming her


def test_an_actors_type_is_that_of_most_of_its_mentions_whatever_the_order_of_the_articles():
    # a stray "Barr" of unknown type first must not make the Attorney General "other"
    texts = [("A", "The letter to Barr was sent on Monday. Barr did not reply."),
             ("B", "Attorney General William Barr said the report was complete. Barr said he would testify. "
                   "William Barr left the building, and Barr spoke to reporters.")]
    for order in (texts, texts[::-1]):
        arts = [framing.score(Article(text=t, outlet=o, event="e1", id=o)) for o, t in order]
        rows = {r.outlet: r.type for r in compare(arts).actors if r.actor == "William Barr"}
        assert rows == {"A": "person", "B": "person"}


def test_a_name_with_a_suffix_does_not_keep_the_surname_from_the_person_it_names():
    # "Trump" is the president's even where one article names Donald Trump Jr.
    texts = [("A", "President Donald Trump spoke. Trump said the plan was good."),
             ("B", "President Trump said the plan was good. Trump left."),
             ("C", "Donald Trump praised Donald Trump Jr. at the rally. Trump smiled."),
             ("D", "Donald Trump spoke again on Monday. Trump said little.")]
    arts = [framing.score(Article(text=t, outlet=o, event="e1", id=o), LEX) for o, t in texts]
    rows = {r.outlet: r.mentions for r in compare(arts, permutations=0, lexicons=LEX).actors if r.actor == "Donald Trump"}
    assert rows["B"] > 0  # B names him only as "Trump": not an outlet that omits him
