import pytest

import framing
from framing.profile import MEASURES, measure_values
from framing.scoring import COLUMNS, headline


def test_measures_are_the_headline_plus_shares():
    s = framing.score("Officials said the bridge may close. Critics claimed it was clearly unsafe. Records show cracks.")
    values = measure_values(s)
    assert list(values) == list(MEASURES)
    h = headline(s)
    assert all(values[m] == h[m] for m in MEASURES if m in COLUMNS)
    att = s.attribution
    assert values["anonymous_source_share"] == pytest.approx(att.by_source_type.get("anonymous", 0) / len(att.attributions))
    assert values["documentary_share"] == s.evidentiality.profile["documentary"]


def test_shares_without_a_denominator_are_none():
    values = measure_values(framing.score("The bridge is old."))
    assert values["anonymous_source_share"] is None and values["distancing_share"] is None
