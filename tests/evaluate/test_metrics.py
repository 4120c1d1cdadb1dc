import pytest

from framing.article import Span
from framing.evaluate.metrics import PRF, match_spans, strip_span


@pytest.mark.parametrize(
    "counts, precision, recall, f1",
    [
        ((3, 1, 2), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        ((0, 0, 0), 0.0, 0.0, 0.0),  # undefined: 0.0
        ((0, 4, 0), 0.0, 0.0, 0.0),
        ((0, 0, 5), 0.0, 0.0, 0.0),
        ((2, 0, 0), 1.0, 1.0, 1.0),
    ],
)
def test_prf(counts, precision, recall, f1):
    prf = PRF(*counts)
    assert prf.precision == pytest.approx(precision)
    assert prf.recall == pytest.approx(recall)
    assert prf.f1 == pytest.approx(f1)
    assert (prf.gold, prf.predicted) == (counts[0] + counts[2], counts[0] + counts[1])


def test_prf_adds_and_is_frozen():
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)
    with pytest.raises(AttributeError):
        PRF(1, 1, 1).tp = 2


def test_overlap_is_one_to_one_and_greedy_by_largest_overlap():
    gold = [Span(0, 10), Span(12, 20)]
    predicted = [Span(8, 14), Span(2, 9), Span(30, 35)]
    m = match_spans(gold, predicted, "overlap")
    # gold 0 shares 7 characters with predicted 1 and 2 with predicted 0: it takes predicted 1;
    # gold 1 then takes predicted 0 (2 characters); predicted 2 overlaps nothing
    assert m.pairs == ((0, 1), (1, 0))
    assert m.unmatched_predicted == (2,)
    assert m.prf == PRF(2, 1, 0)


def test_one_predicted_span_cannot_find_two_gold_spans():
    m = match_spans([Span(0, 5), Span(6, 10)], [Span(0, 10)], "overlap")
    assert m.prf == PRF(1, 0, 1)
    assert m.pairs == ((0, 0),)  # the larger overlap (5 characters against 4)


def test_touching_spans_do_not_overlap():
    assert match_spans([Span(0, 5)], [Span(5, 9)], "overlap").prf == PRF(0, 1, 1)


def test_exact_strips_whitespace_quotation_marks_and_punctuation():
    text = '“It will work,” said the mayor: fine.'
    quote_with_marks = Span(0, 15)       # “It will work,”
    quote_inside = Span(1, 13)           # It will work
    assert text[quote_with_marks.start : quote_with_marks.end] == "“It will work,”"
    assert strip_span(quote_with_marks, text) == quote_inside
    assert match_spans([quote_with_marks], [quote_inside], "exact", text).prf == PRF(1, 0, 0)
    # without the text, spans are compared as given
    assert match_spans([quote_with_marks], [quote_inside], "exact").prf == PRF(0, 1, 1)
    # one word short is not exact, but overlaps
    assert match_spans([quote_inside], [Span(1, 8)], "exact", text).prf == PRF(0, 1, 1)
    assert match_spans([quote_inside], [Span(1, 8)], "overlap", text).prf == PRF(1, 0, 0)


def test_a_span_of_punctuation_only_is_kept():
    text = "Critics ― the plan fails."
    dash = Span(8, 9)
    assert strip_span(dash, text) == dash
    assert match_spans([dash], [dash], "exact", text).prf == PRF(1, 0, 0)


def test_empty_inputs_and_unknown_mode():
    assert match_spans([], [], "overlap").prf == PRF(0, 0, 0)
    assert match_spans([Span(0, 3)], [], "exact", "abc").prf == PRF(0, 0, 1)
    with pytest.raises(ValueError):
        match_spans([], [], "fuzzy")
