import pytest

from framing.lexicon import load_lexicons
from framing.segment import segment, split_paragraphs, split_sentences

LEX = load_lexicons()


def sentences(text):
    return [text[s.start : s.end] for s in split_sentences(text, LEX)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He moved to the U.S. The next day he left.", ["He moved to the U.S.", "The next day he left."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("Mr. Smith and Mrs. Jones met Dr. Who.", ["Mr. Smith and Mrs. Jones met Dr. Who."]),
        ("Sen. Mark Kelly spoke. Gov. Ann Lee did not.", ["Sen. Mark Kelly spoke.", "Gov. Ann Lee did not."]),
        ("They met at 9 a.m. on Monday. It rained.", ["They met at 9 a.m. on Monday.", "It rained."]),
        ("The meeting ended at 5 p.m. The vote came later.", ["The meeting ended at 5 p.m.", "The vote came later."]),
        ("J.D. Vance met voters. He spoke.", ["J.D. Vance met voters.", "He spoke."]),
        ("Growth was 3.5 per cent. Prices rose 0.2 per cent.", ["Growth was 3.5 per cent.", "Prices rose 0.2 per cent."]),
        ('"We will win," he said. Then he left.', ['"We will win," he said.', "Then he left."]),
        ("“We will win!” she said. Then she left.", ["“We will win!” she said.", "Then she left."]),
        ("The firm is Acme Inc. It grew.", ["The firm is Acme Inc.", "It grew."]),
        ("He works at Acme Inc. in Ohio.", ["He works at Acme Inc. in Ohio."]),
        ("Is it over? Nobody knows. Maybe!", ["Is it over?", "Nobody knows.", "Maybe!"]),
        # a quotation's frame after a quoted question or exclamation stays with it
        ('"Why now?" Okafor asked. Then he left.', ['"Why now?" Okafor asked.', "Then he left."]),
        ("“Enough!” Sen. Ann Lee said quietly. It ended.", ["“Enough!” Sen. Ann Lee said quietly.", "It ended."]),
        ('"Why now?" Okafor asked the panel.', ['"Why now?"', "Okafor asked the panel."]),  # more than a frame
        ("The No. 2 official said no. Clinton left.", ["The No. 2 official said no.", "Clinton left."]),
        ("See pp. 4-5 and Fig. 3 of Vol. 2. It is long.", ["See pp. 4-5 and Fig. 3 of Vol. 2.", "It is long."]),
        ("He ranked No. 1 in Ohio.", ["He ranked No. 1 in Ohio."]),
    ],
)
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_paragraphs_by_blank_lines_keep_wrapped_lines_together():
    text = "First paragraph\nwraps here.\n\nSecond one."
    paras = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == ["First paragraph\nwraps here.", "Second one."]


def test_paragraphs_by_lines_when_there_is_no_blank_line():
    text = "One.\nTwo.\n"
    assert [text[p.start : p.end] for p in split_paragraphs(text)] == ["One.", "Two."]


def test_tokens_are_spans_into_the_text_and_each_lies_in_its_sentence():
    text = "Musk’s firm, SpaceX, lost $1.5bn in 2022.\n\n“It’s fine,” he said."
    paragraphs, sents, tokens = segment(text, LEX)
    assert [t.text for t in tokens[:3]] == ["Musk", "’s", "firm"]
    assert "1.5bn" in [t.text for t in tokens]
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
        s = sents[tok.sentence]
        assert s.start <= tok.start and tok.end <= s.end
    assert len(paragraphs) == 2 and sents[-1].paragraph == 1


def test_empty_and_whitespace_text():
    assert segment("", LEX) == ([], [], [])
    assert segment(" \n\n \t", LEX) == ([], [], [])
