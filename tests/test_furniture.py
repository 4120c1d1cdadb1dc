"""Page furniture: lines of a scraped page that are not the article, left out of every measure."""
import pytest

import framing
from framing.furniture import MAX_LINE, blank_out, find_furniture
from framing.lexicon import load_lexicons
from framing.parsing import parse

LEX = load_lexicons()

PAGE = """Council votes on budget as protesters fill the square

Share this with Facebook Twitter WhatsApp Email

Media playback is unsupported on your device

Thousands of protesters filled the square on Tuesday, police said.

ADVERTISEMENT

"We will not be silenced," said Maria Lopez, an organiser.

Read more: Mayor Tom Hill defends cuts

Copyright 2024 The Daily Ledger. All rights reserved."""


def _lines(text):
    return [f.text for f in find_furniture(text, LEX)]


@pytest.mark.parametrize("line", [
    "Share this with Facebook Twitter WhatsApp Email", "Facebook Twitter Pinterest", "Email | Print",
    "Media playback is unsupported on your device", "ADVERTISEMENT", "Story continues below advertisement",
    "Read more »", "READ MORE: Mayor defends cuts", "Related: Council budget explained", "SEE ALSO: Mayor's plan",
    "Sign up for our morning briefing", "CLICK HERE TO GET THE APP", "Comments (12)", "Share via",
    "Get news from the BBC in your inbox, each weekday morning", "Photo: Getty Images", "(AP Photo/Evan Vucci)", "Copyright 2019 The Associated Press. All rights reserved.",
    "© 2019 Newsmax. All rights reserved.", "Image copyright Getty Images", "WATCH:",
    "JUST WATCHED Mayor defends cuts Replay More Videos ... MUST WATCH Mayor defends cuts 02:08",
    "Story Continued Below", "Unlock the White House Watch newsletter for free", "Source link", "Exit mobile version",
    "Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy",
])
def test_a_line_of_page_furniture_is_found(line):
    assert _lines(f"The mayor spoke.\n{line}\nShe left.") == [line]


@pytest.mark.parametrize("line", [
    "Copyright law was rewritten in 1998, the court said.", "Twitter said it would appeal.",
    "Copyright 20 years ago meant little.", "The union insisted all rights reserved under the old contract stay.",
    "Sign up rates for the programme rose 40 per cent.", "Subscribe to the theory that nothing changes.",
    "Facebook, Twitter",
    "Facebook", "Related parties were named in the filing.", "More than 300 people came.",
    "Watch out for the floods, officials warned.", "Sign language interpreters were present.",
    "Share prices fell 15 per cent.",
])
def test_article_prose_that_begins_like_furniture_is_kept(line):
    assert _lines(f"The mayor spoke.\n{line}\nShe left.") == []


def test_a_long_line_is_never_furniture():
    line = "Related: " + "word " * (MAX_LINE // 5)
    assert _lines(line) == []


def test_a_caption_after_a_credit_is_kept_as_the_articles():
    (f,) = find_furniture("Image copyright Reuters Image caption Mr Moyo at a rally in Harare\nHe spoke.", LEX)
    assert f.text == "Image copyright Reuters Image caption" and f.entry.startswith("furniture.tsv:")
    doc = parse("Image copyright Reuters Image caption Mr Moyo at a rally in Harare\nHe spoke.", LEX)
    assert [t.text for t in doc.tokens][:3] == ["Mr", "Moyo", "at"]


def test_blanking_keeps_every_offset():
    furniture = find_furniture(PAGE, LEX)
    blank = blank_out(PAGE, furniture)
    assert len(blank) == len(PAGE) and "Facebook" not in blank and "Maria Lopez" in blank
    assert all(PAGE[f.span.start : f.span.end] == f.text and not blank[f.span.start : f.span.end].strip() for f in furniture)


def test_no_measure_reads_furniture_and_the_score_lists_it():
    s = framing.score(PAGE, LEX)
    assert [f.text for f in s.furniture] == [
        "Share this with Facebook Twitter WhatsApp Email", "Media playback is unsupported on your device", "ADVERTISEMENT",
        "Read more: Mayor Tom Hill defends cuts", "Copyright 2024 The Daily Ledger. All rights reserved."]
    names = {a.name for a in s.actors.actors}
    assert {"Maria Lopez", "police"} <= names and not names & {"Facebook", "X", "WhatsApp", "Tom Hill", "The Daily Ledger"}
    assert [a.source_actor for a in s.attribution.attributions] == ["police", "Maria Lopez"]
    assert s.words == sum(1 for t in parse(PAGE, LEX).tokens if t.is_word) < len(PAGE.split())
    for span in s.sentences:
        assert not any(f.span.overlaps(span) for f in s.furniture)


def test_the_summary_and_explain_say_what_was_left_out():
    from framing.render.article import render_explain, render_summary

    s = framing.score(PAGE, LEX)
    assert "left out as page furniture: 5 lines" in render_summary(s)
    assert "Media playback is unsupported on your device (furniture.tsv:" in render_explain(s)


def test_a_caption_full_of_names_after_a_player_notice_is_no_headline():
    text = ("The talks failed, he said.\n\nMedia playback is unsupported on your device Media caption President Trump "
            "and Iran's President Rouhani traded insults at the UN\n\nIn an interview, Mr Zarif said so.")
    names = {a.name: a.type for a in framing.score(text, LEX).actors.actors}
    assert names.get("Rouhani") == "person" and names.get("Trump") == "person" and "Media" not in names


def test_a_line_that_goes_on_a_sentence_is_no_furniture_and_a_blanked_line_does_not_split_one():
    wrapped = "Officials urged everyone over 65 to\nsign up for the vaccine before Friday.\n\nThey said so."
    assert _lines(wrapped) == []
    doc = parse("Officials said the bridge would close\nAdvertisement\nfor repairs on Tuesday.\n\nThey left.", LEX)
    assert len(doc.sentences) == 2 and [f.text for f in doc.furniture] == ["Advertisement"]


def test_a_caption_label_opening_a_line_is_furniture_alone_and_offsets_survive_case_folding():
    text = "He spoke.\nImage caption, Mr Moyo at a rally\nImage copyright İHA/İstanbul Image caption Mr Erdoğan spoke."
    got = [f.text for f in find_furniture(text, LEX)]
    assert got == ["Image caption,", "Image copyright İHA/İstanbul Image caption"]
    words = [t.text for t in parse(text, LEX).tokens]
    assert "Erdoğan" in words and "Moyo" in words and "caption" not in words


def test_a_text_of_nothing_but_furniture_scores_as_no_words_and_says_so():
    from framing.render.article import render_summary

    s = framing.score("ADVERTISEMENT\n\nShare this with Facebook Twitter Email\n", LEX)
    assert s.words == 0 and len(s.furniture) == 2
    assert render_summary(s).startswith("== (no article text: only page furniture)")


def test_a_captions_share_buttons_and_credit_go_and_the_caption_stays():
    text = ("The senator spoke.\n\nFacebook Twitter Pinterest Protesters gather outside the court on 27 September. "
            "Photograph: Ann Lee/Getty Images\n\nRep. Tom Hill lives nearby. (Photo: Ed Moss/El Paso Times)\nHe left.")
    found = find_furniture(text, LEX)
    assert [f.text for f in found] == ["Facebook Twitter Pinterest", "Photograph: Ann Lee/Getty Images", "(Photo: Ed Moss/El Paso Times)"]
    kept = blank_out(text, found)
    assert "Protesters gather outside the court on 27 September." in kept and "Ann Lee" not in kept and "Ed Moss" not in kept
    assert len(kept) == len(text) and kept.count("\n") == text.count("\n")  # a credit leaves its line's break


@pytest.mark.parametrize("text", [
    "A caption here. Photograph: " + "x/" * 45,  # too long for a credit
    "The mayor held up the photograph: a burned car on Main Street.",  # prose, small letters
    "The jurors saw the Photograph: Exhibit 4. It was blurry.",  # a sentence in it, no agency
    "Jurors studied one (Photo: a burned car",  # an opened bracket never closed
])
def test_a_credit_is_only_a_short_tail_like_a_credit(text):
    assert find_furniture(text, LEX) == ()


@pytest.mark.parametrize("line, credit", [
    ("The U.S. Capitol. (Photo: J. Scott Applewhite, AP)", "(Photo: J. Scott Applewhite, AP)"),  # an initial is no sentence end
    ("Senators met. Photograph: Win McNamee/Getty Images Trump said he would go.", None),  # a sentence ends the line
])
def test_a_credits_tail_holds_no_sentence(line, credit):
    assert [f.text for f in find_furniture(line, LEX)] == ([credit] if credit else [])


def test_a_credit_on_a_line_of_its_own_goes_with_its_line():
    text = "A caption.\nPhotograph: Ann Lee/Getty Images\nHe left."
    assert [f.text for f in find_furniture(text, LEX)] == ["Photograph: Ann Lee/Getty Images"]
    assert "Ann Lee" not in [a.name for a in framing.score(text).actors.actors]


def test_a_credit_is_looked_for_after_a_label_and_offsets_hold():
    text = "The mayor spoke.\nWATCH: (Photo: AP) Image caption Mayor Ada Brill at a rally.\nShe left."
    found = find_furniture(text, LEX)
    spans = sorted((f.span.start, f.span.end) for f in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no two pieces overlap
    kept = blank_out(text, found)
    assert len(kept) == len(text) and "She left." in kept
    last = framing.score(text).sentences[-1]
    assert text[last.start : last.end].strip() == "She left."


@pytest.mark.parametrize("line, furniture", [
    ("The mayor speaks in Harbor City, Thursday, April 18. (AP Photo/Ada Brill)", "(AP Photo/Ada Brill)"),
    ("The mayor speaks in Harbor City, March 12. REUTERS/Ada Brill/File Photo", "REUTERS/Ada Brill/File Photo"),
    ("FILE PHOTO: The mayor speaks in Harbor City, March 12.", "FILE PHOTO: The mayor speaks in Harbor City, March 12."),
    ('[jwplayer file="http://example.org/clip.mp4"]', '[jwplayer file="http://example.org/clip.mp4"]'),
])
def test_agency_photo_credits_file_photos_and_player_shortcodes_are_furniture(line, furniture):
    assert _lines(f"The mayor spoke.\n\n{line}\n\nShe left.") == [furniture]


def test_a_name_card_inside_a_sentence_is_furniture_and_the_sentence_stays():
    text = ("Sen. Ada Brill Ada Jane BrillSenators balk at long trial Brill says the vote is close MORE (D-Ore.) said "
            "the bill would pass. Brill wants MORE money for schools.")
    card = "Ada Jane BrillSenators balk at long trial Brill says the vote is close MORE"
    assert _lines(text) == [card]
    s = framing.score(text, LEX)
    assert [a.name for a in s.actors.actors] == ["Ada Brill"]
    assert [(a.cue_text, a.source_actor) for a in s.attribution.attributions] == [("said", "Ada Brill")]
    assert "senators" not in blank_out(text, s.furniture).lower()


def test_a_possessive_after_a_repeated_name_is_no_name_card():
    assert _lines("Biden Defends Biden's record on jobs in a speech and promised MORE jobs.") == []
