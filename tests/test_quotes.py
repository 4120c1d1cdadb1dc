import pytest

from framing.quotes import find_quotes, is_title
from framing.segment import split_paragraphs


def quotes(text):
    return find_quotes(text, split_paragraphs(text))


def contents(text):
    return [" / ".join(text[s.start : s.end] for s in q.segments) for q in quotes(text)]


def test_straight_and_curly_quotes():
    text = 'He said "we will win" and she said “we will not”.'
    assert contents(text) == ["we will win", "we will not"]
    assert all(q.closed for q in quotes(text))


def test_two_apostrophes_are_a_double_quotation_mark():
    text = "''We will win,'' she said. It was the students' idea.\n\n''First part.\n\n''Second part,'' he said."
    assert contents(text) == ["We will win,", "First part. / Second part,"]
    first = quotes(text)[0]
    assert text[first.start : first.end] == "''We will win,''"


def test_a_closing_mark_that_opens_a_paragraph_opens_a_quotation():
    text = "”We were never asked.” ― Ada Brill\n\nShe left. Then ” stood alone."
    assert contents(text) == ["We were never asked."]


def test_quote_that_ends_a_sentence_with_comma():
    text = '"This is over," he said.'
    (q,) = quotes(text)
    assert text[q.start : q.end] == '"This is over,"'


def test_quote_continued_over_paragraphs():
    text = "“First part of the quote.\n\n“Second part of it,” she said.\n\nNext paragraph."
    (q,) = quotes(text)
    assert q.closed and len(q.segments) == 2
    assert text[q.segments[0].start : q.segments[0].end] == "First part of the quote."
    assert text[q.segments[1].start : q.segments[1].end] == "Second part of it,"


def test_unclosed_quote_does_not_swallow_the_article():
    text = "He said “this never closes.\n\nThe next paragraph is the writer's.\n\nAnd so is this one."
    (q,) = quotes(text)
    assert not q.closed
    assert q.end <= text.index("\n\n")


def test_stray_closing_mark_is_ignored():
    text = "Odd mark” here. Then “a real quote” follows."
    assert contents(text) == ["a real quote"]


def test_apostrophes_are_not_quotes_but_single_quotes_are():
    text = "Musk’s firm said it didn’t know. The headline read ‘Ukraine area’ today."
    assert contents(text) == ["Ukraine area"]
    assert quotes(text)[0].mark == "single"


def test_quotes_never_overlap():
    text = '"a" "b" “c ‘d’ e” \'f\''
    qs = quotes(text)
    for a, b in zip(qs, qs[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize("text, title", [
    ("Meet the Press,", True),
    ("State of the Union", True),
    ("Fox News Sunday", True),
    ("We will win,", False),
    ("Never,", False),
    ("Lies", False),  # one word: a scare quote or a word of speech
    ("It Was Over. We Left", False),
])
def test_a_title_is_told_from_someones_words(text, title):
    assert is_title(text) is title
