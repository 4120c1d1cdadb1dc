import json

import pytest

from conftest import shared_data
from framing.errors import InputError
from framing.evaluate.basil import _found, evaluate_basil


def write_article(root, year, uid, k, source, paragraphs, entities, spans, feelings):
    (root / "articles" / year).mkdir(parents=True, exist_ok=True)
    (root / "annotations" / year).mkdir(parents=True, exist_ok=True)
    art = {"title": "T", "date": "2012-01-01", "uuid": f"u{k}", "source": source, "triplet-uuid": uid,
           "main-entities": entities, "body-paragraphs": paragraphs}
    ann = {"uuid": f"u{k}", "triplet-uuid": uid, "article-level-annotations": feelings, "phrase-level-annotations": spans}
    (root / "articles" / year / f"{uid}_{k}.json").write_text(json.dumps(art), encoding="utf-8")
    (root / "annotations" / year / f"{uid}_{k}_ann.json").write_text(json.dumps(ann), encoding="utf-8")


@pytest.fixture
def tiny(tmp_path):
    sentences = [["Senator Ann Cole praised the brave rescue crews."], ["Critics called Tom Bell a liar and a fraud."]]
    second = sentences[1][0]
    write_article(tmp_path, "2012", "ev1", 1, "nyt", sentences, ["Ann Cole", "Tom Bell", "Republican lawmakers"], [
        {"id": "p1", "start": second.index("a liar"), "end": second.index("a liar") + 6, "txt": "a liar",
         "polarity": "neg", "target": "Tom_Bell"},
    ], {"author_feeling_Ann_Cole": "pos", "author_feeling_Tom_Bell": "neg"})
    return tmp_path


def test_figures_on_a_hand_made_article(tiny):
    r = evaluate_basil(tiny)
    assert r.articles == 1 and r.main_entities == 3 and r.main_entities_found == 2  # "Republican lawmakers" is no name
    assert (r.span_targets, r.span_targets_found) == (1, 1)
    assert r.spans == 1 and r.span_per_class["neg"].tp == 1 and r.span_accuracy == 1.0
    assert r.entity_judgements == 2 and 0 <= r.entity_macro_f1 <= 1


def test_a_span_target_the_text_names_otherwise_takes_the_sentiment_of_the_actor_found_for_it(tmp_path):
    # the user-named "Bell campaign" is never written; the actor Tom Bell is that target (the
    # matching rule of the recall check), so the span is scored, not counted as never mentioned
    text = "Critics called Tom Bell a greedy liar and a fraud. Bell denied it."
    write_article(tmp_path, "2012", "ev1", 1, "nyt", [[text]], ["Bell campaign"], [
        {"id": "p0", "start": text.index("a greedy"), "end": text.index(" and"), "txt": "a greedy liar",
         "polarity": "neg", "target": "Bell_campaign"},
    ], {"author_feeling_Bell_campaign": "neg"})
    r = evaluate_basil(tmp_path)
    assert (r.main_entities_found, r.spans, r.spans_no_mention) == (1, 1, 0)
    assert r.span_per_class["neg"].tp + r.span_per_class["pos"].fp == 1


def test_a_span_target_does_not_take_the_sentiment_of_another_wanted_target(tmp_path):
    # "Hillary Clinton" is not written; Bill Clinton, himself a target, is no stand-in for her
    text = "Critics called Bill Clinton a greedy liar and a fraud. Clinton denied it."
    write_article(tmp_path, "2012", "ev1", 1, "nyt", [[text]], ["Bill Clinton", "Hillary Clinton"], [
        {"id": "p0", "start": text.index("a greedy"), "end": text.index(" and"), "txt": "a greedy liar",
         "polarity": "neg", "target": "Hillary_Clinton"},
    ], {})
    assert evaluate_basil(tmp_path).spans_no_mention == 1


@pytest.mark.parametrize(
    "entity, names, found",
    [
        ("Barack_Obama", {"obama"}, True),
        ("Obama administration", {"barack obama", "obama"}, True),
        ("Walmart", {"wal-mart"}, True),
        ("Republican lawmakers", {"republican party"}, False),
        ("Republican lawmakers", {"republican party", "republicans"}, True),
        ("Democratic Lawmakers", {"democratic lawmakers"}, True),
        ("Democratic Lawmakers", {"lawmakers"}, False),
        ("White House officials and lawmakers", {"lawmakers"}, False),
        ("Catholics", {"catholic"}, True),
        ("protestors", {"protesters"}, True),
        ("Obama's administration", {"obama"}, True),
        ("Felipe Calder", {"felipe calderón"}, True),
        ("Felipe Calder", {"felipe calderon"}, False),
        ("Ann Cole", {"ann coleman"}, False),
        ("Williams", {"william": "person"}, False),
        ("Chris Stevens", {"steven": "person"}, False),
        ("Maxine Waters", {"water": "other"}, False),
        ("Catholics", {"catholic": "group"}, True),
        ("Obama's administration", {"obama": "person"}, True),
        ("Obamas", {"obama": "person"}, False),
        ("Catholics", {"catholic leaders": "group"}, True),
        ("Republicans", {"lawmakers": "group"}, False),
        ("SB_1062_bill", {"sb 1062": "other"}, True),
        ("SB_1062_bill", {"bill": "other"}, False),
    ],
)
def test_entity_matching_rule(entity, names, found):
    assert _found(entity, names) is found


@pytest.mark.parametrize("entity, name", [("America", "united states"), ("UN", "united nations")])
def test_a_gazetteer_alias_counts_as_its_canonical_name(entity, name):
    assert _found(entity, {name: "place"}, {"america": "United States", "un": "United Nations"})


def test_not_a_basil_folder(tmp_path):
    with pytest.raises(InputError, match="not a BASIL folder"):
        evaluate_basil(tmp_path)


def test_on_the_shared_data():
    data = shared_data()
    if data is None or not (data / "basil" / "articles").is_dir():
        pytest.skip("BASIL not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    r = evaluate_basil(data / "basil", limit=6)
    assert r.articles == 6 and 0 <= r.main_entity_recall <= 1 and 0 <= r.span_macro_f1 <= 1


def test_gazetteer_alias_and_cut_names():
    assert _found("Justice_Department", {"department of justice"}, {"justice department": "Department of Justice"})
    assert _found("Felipe Calder", {"felipe calderón"})
    assert not _found("Felipe Calder", {"felipe calderwood"})
