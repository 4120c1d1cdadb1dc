import dataclasses

import pytest

from conftest import REPO
from framing.article import Article
from framing.corpus import read_articles
from framing.errors import FramingError
from framing.events import assign_events, group_events, load_groups, save_groups


@pytest.fixture(scope="module")
def demo_articles():
    return list(read_articles([REPO / "corpora" / "demo"]))


def test_demo_events_are_recovered_without_event_or_date(demo_articles):
    blind = [dataclasses.replace(a, event="", date="") for a in demo_articles]
    groups = group_events(blind)
    found = sorted(sorted(key.split("/")[0] for key in g.keys) for g in groups)
    assert found == [[e] * 4 for e in ("calder-square-protest", "eastmoor-water-advisory", "harbour-bridge-closure")]
    terms = {g.keys[0].split("/")[0]: g.terms for g in groups}
    assert "bridge" in terms["harbour-bridge-closure"] and "eastmoor" in terms["eastmoor-water-advisory"]
    assert all(g.event.startswith("event-") for g in groups)


def test_date_window_splits_similar_stories():
    a = Article(text="The harbour bridge closed after cracks were found by inspectors.", id="a", title="Bridge closed", date="2026-03-14")
    b = dataclasses.replace(a, id="b", date="2026-03-15")
    c = dataclasses.replace(a, id="c", date="2026-06-01")
    groups = group_events([a, b, c], window_days=3)
    assert sorted(g.keys for g in groups) == [("a", "b"), ("c",)]
    assert len(group_events([a, b, c], window_days=None)) == 1


def test_edge_cases():
    assert group_events([]) == ()
    (g,) = group_events([Article(text="Only one.", id="x")])
    assert g.keys == ("x",)


def test_save_edit_load_assign(tmp_path, demo_articles):
    groups = group_events([dataclasses.replace(a, event="") for a in demo_articles])
    path = tmp_path / "groups.tsv"
    save_groups(groups, path)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[1] == "id\tevent\ttitle" and "top terms:" in text
    mapping = load_groups(path)
    assert len(mapping) == 12
    # the user renames one group by editing the file
    first = groups[0].event
    path.write_text(text.replace(f"\t{first}\t", "\tmy-event\t"), encoding="utf-8")
    mapping = load_groups(path)
    assigned = assign_events(demo_articles, mapping)
    assert sum(a.event == "my-event" for a in assigned) == 4
    untouched = assign_events([Article(text="x", id="zzz", event="own")], mapping)
    assert untouched[0].event == "own"


def test_bad_mapping_file(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tevent\nonly-one-column\n", encoding="utf-8")
    with pytest.raises(FramingError, match="bad.tsv:2"):
        load_groups(bad)
    with pytest.raises(FramingError, match="cannot read"):
        load_groups(tmp_path / "missing.tsv")
