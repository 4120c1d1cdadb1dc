"""read_articles' options for comparisons: record field names and event/outlet from the path."""
import json

from framing.corpus import ReadError, path_event_outlet, read_articles


def test_outlet_and_event_fields(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"content": "Hi there.", "paper": "P", "story": "S", "source": "other"}) + "\n"
                    + json.dumps({"content": "No paper.", "source": "other"}) + "\n", encoding="utf-8")
    first, second = read_articles([path], outlet_field="paper", event_field="story")
    assert (first.outlet, first.event) == ("P", "S")
    assert second.outlet == ""  # a named outlet field is not replaced by the default "source"
    (default,) = list(read_articles([path]))[:1]
    assert default.outlet == "other"


def test_csv_fields_are_case_insensitive(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Body,Paper\nHello there.,P\n", encoding="utf-8")
    (article,) = read_articles([path], text_field="body", outlet_field="Paper")
    assert article.outlet == "P" and article.text == "Hello there."


def test_path_metadata(tmp_path):
    (tmp_path / "ev1").mkdir()
    (tmp_path / "ev1" / "paper-a.txt").write_text("Text one.", encoding="utf-8")
    (tmp_path / "ev2" / "paper-b").mkdir(parents=True)
    (tmp_path / "ev2" / "paper-b" / "x.txt").write_text("---\noutlet: Paper B\n---\nText two.", encoding="utf-8")
    items = list(read_articles([tmp_path], path_metadata=True))
    assert [(a.event, a.outlet) for a in items] == [("ev1", "paper-a"), ("ev2", "Paper B")]
    assert [(a.event, a.outlet) for a in read_articles([tmp_path])] == [("", ""), ("", "Paper B")]
    assert path_event_outlet(tmp_path / "ev1", tmp_path / "ev1" / "paper-a.txt") == ("ev1", "paper-a")


def test_errors_pass_through(tmp_path):
    (tmp_path / "ev").mkdir()
    (tmp_path / "ev" / "empty.txt").write_text("", encoding="utf-8")
    (item,) = read_articles([tmp_path], path_metadata=True)
    assert isinstance(item, ReadError)


def test_an_upper_case_id_field_is_the_records_id_and_a_blank_text_field_says_so(tmp_path):
    from framing.corpus import ReadError, read_articles

    path = tmp_path / "ids.jsonl"
    path.write_text('{"ID": "abc", "text": "The mayor said so."}\n{"id": 1, "text": ""}\n{"id": 2, "text": 5}\n', encoding="utf-8")
    good, blank, number = read_articles([path])
    assert good.id == "abc" and ("ID", "abc") not in good.extra
    assert isinstance(blank, ReadError) and blank.reason == "the text field 'text' is empty"
    assert isinstance(number, ReadError) and number.reason == "the text field 'text' is not text but int"


def test_a_record_without_the_text_field_names_the_fields_it_has(tmp_path):
    from framing.corpus import ReadError, read_articles

    path = tmp_path / "mistyped.jsonl"
    path.write_text('{"id": "a", "body": "The mayor said so."}\n', encoding="utf-8")
    (named,) = read_articles([path], text_field="text")
    assert isinstance(named, ReadError) and named.reason == "no text field (text) in the record (its fields: id, body)"
    path.write_text('{"id": "a", "bdy": "The mayor said so."}\n', encoding="utf-8")
    (guessed,) = read_articles([path])
    assert isinstance(guessed, ReadError) and guessed.reason.endswith("(its fields: id, bdy); give the text's field with --text-field")


def test_a_csv_text_field_is_found_whatever_its_case(tmp_path):
    from framing.corpus import read_articles

    path = tmp_path / "rec.csv"
    path.write_text('Headline,Body\nX,"The mayor said so."\n', encoding="utf-8")
    (article,) = read_articles([path], text_field="Body")
    assert article.text == "The mayor said so."
