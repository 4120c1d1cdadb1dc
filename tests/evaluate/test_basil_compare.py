import pytest

from conftest import shared_data
from framing.evaluate.basil_compare import evaluate_basil_compare, spearman, target_actor


def test_spearman_with_ties_and_constants():
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 1, 2], [1, 2, 3]) == pytest.approx(0.8660, abs=1e-4)  # average ranks 1.5, 1.5, 3
    assert spearman([1, 1, 1], [1, 2, 3]) is None


def test_target_to_actor_rule():
    first = {"donald", "bill", "hillary"}
    assert target_actor("Donald_Trump", {"Donald_Trump"}, first) == "Donald Trump=Trump"
    assert target_actor("Bill_Clinton", {"Bill_Clinton", "Hillary_Clinton"}, first) == "Bill Clinton"
    assert target_actor("Obama_administration", set(), first) == "Obama administration"
    assert target_actor("Republicans", set(), first) == "Republicans"


def test_on_basil():
    data = shared_data()
    if data is None or not (data / "basil" / "articles").is_dir():
        pytest.skip("BASIL not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    report = evaluate_basil_compare(data / "basil", limit=10)
    assert report.events == 10 and report.articles == 30
    assert all(len(i.framing) == 3 and any(i.mentions) for i in report.items)
    assert report.agreement is None or 0 <= report.agreement <= 1
