import math

import pytest

from framing.stats import holm, permutation_test, permutation_tests, significance_mark


def test_a_big_difference_is_found():
    a = [1.0, 2.0, 3.0, 1.5, 2.5, 2.0]
    b = [10.0, 11.0, 12.0, 10.5, 11.5, 11.0]
    r = permutation_test(a + b, ["a"] * 6 + ["b"] * 6, permutations=2000, seed=0)
    # only 2 of the 924 splits of 12 into 6+6 are as extreme: p is near 2/924
    assert r.p_value < 0.01
    assert r.group_means == (2.0, 11.0) and r.group_sizes == (6, 6)
    assert all(p < 0.01 for p in r.group_p_values)


def test_identical_groups_give_p_one():
    r = permutation_test([5.0] * 10, ["a"] * 5 + ["b"] * 5, permutations=500, seed=1)
    assert r.statistic == 0.0 and r.p_value == 1.0 and r.group_p_values == (1.0, 1.0)


def test_same_values_in_each_group_are_not_different():
    values = [1.0, 2.0, 3.0, 4.0] * 2
    r = permutation_test(values, ["a"] * 4 + ["b"] * 4, permutations=999, seed=0)
    assert r.statistic == pytest.approx(0.0) and r.p_value == 1.0


def test_seed_makes_it_reproducible_and_p_is_never_zero():
    values = [0.1, 0.4, 0.35, 0.8, 0.9, 0.7, 0.2, 0.3]
    groups = list("aabbbbaa")
    r1 = permutation_test(values, groups, permutations=300, seed=7)
    r2 = permutation_test(values, groups, permutations=300, seed=7)
    assert r1 == r2 and r1.p_value >= 1 / 301


def test_statistic_is_the_between_group_sum_of_squares():
    r = permutation_test([1, 3, 5, 7], ["a", "a", "b", "b"], permutations=10)
    # means 2 and 6, grand mean 4: 2 * (2-4)^2 + 2 * (6-4)^2 = 16
    assert r.statistic == pytest.approx(16.0)


def test_missing_values_are_left_out_and_untestable_cases_give_none():
    r = permutation_test([1.0, None, float("nan"), 2.0], ["a", "a", "b", "b"], permutations=10)
    assert r.n == 2 and r.p_value is None
    one_each = permutation_test([1.0, 2.0, 3.0], ["a", "b", "c"], permutations=100)
    assert one_each.p_value is None and one_each.permutations == 0


def test_strata_shuffle_within_events_only():
    # outlet b is higher within each event; the events differ a lot
    values = [1, 2, 1.1, 2.1, 1.2, 2.2, 100, 101, 100.1, 101.1, 100.2, 101.2]
    groups = ["a", "b"] * 6
    events = ["x"] * 6 + ["y"] * 6
    within = permutation_test(values, groups, strata=events, permutations=2000, seed=0)
    assert within.p_value < 0.01


def test_many_measures_share_shuffles_and_match_single_tests():
    values = {"m1": [1, 2, 3, 10, 11, 12], "m2": [5, 5, 5, 5, 5, 5], "m3": [1, None, 3, 10, 11, 12]}
    groups = list("aaabbb")
    many = permutation_tests(values, groups, permutations=500, seed=3)
    for name, column in values.items():
        assert many[name] == permutation_test(column, groups, permutations=500, seed=3)


def test_holm_known_example():
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx((0.03, 0.06, 0.06, 0.02))
    assert holm([0.5, None, 0.01]) == (pytest.approx(0.5), None, pytest.approx(0.02))
    assert holm([0.9, 0.8]) == (1.0, 1.0)
    assert holm([]) == ()


def test_marks():
    assert [significance_mark(p) for p in (None, 0.2, 0.04, 0.009, 0.0004)] == ["", "", "*", "**", "***"]
    assert not math.isnan(permutation_test([1, 2, 3, 4], list("aabb"), permutations=20).statistic)
