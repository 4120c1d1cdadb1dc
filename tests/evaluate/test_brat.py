from framing.article import Span
from framing.evaluate.brat import parse_brat, read_brat

ANN = (
    "T1\tSource 0 9\tAnna Berg\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 30;35 47\tthe bridge would close\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "#1\tAnnotatorNotes T3\tIs the date part of the content?\n"
    "T5\tAttribution-no-source 60 80\tis drawing criticism\n"
    "E2\tAttribution-no-source:T5\n"
    "T6\tContent 90 120\ta span whose text\n"
    "held a newline\n"
    "R1\tSame Arg1:T1 Arg2:T6\n"
    "A1\tNegated E1\n"
    "T7\tCue 14 10\tbackwards\n"
    "E3\tAttribution:T4 Content\n"
    "\n"
)


def test_text_bound_spans_with_fragments():
    doc = parse_brat(ANN)
    assert [t.id for t in doc.textbounds] == ["T1", "T2", "T3", "T4", "T5", "T6"]
    t3 = doc.textbound("T3")
    assert t3.type == "Content"
    assert t3.fragments == (Span(15, 30), Span(35, 47))
    assert t3.span == Span(15, 47)  # the covering span
    assert doc.textbound("T1").text == "Anna Berg"
    assert doc.textbound("T99") is None and doc.textbound(None) is None


def test_relations_by_role():
    doc = parse_brat(ANN)
    e1, e2, r1 = doc.relations
    assert (e1.id, e1.type, e1.anchor) == ("E1", "Attribution", "T4")
    assert e1.roles == (("Content", "T3"), ("Cue", "T2"), ("Source", "T1"))
    assert e1.get("Source") == "T1" and e1.get("Discuss") is None
    assert (e2.type, e2.anchor, e2.roles) == ("Attribution-no-source", "T5", ())
    assert (r1.type, r1.anchor, r1.get("Arg2")) == ("Same", None, "T6")


def test_notes_and_skipped_lines_are_counted():
    doc = parse_brat(ANN)
    assert len(doc.notes) == 1
    note = doc.notes[0]
    assert (note.type, note.target, note.text) == ("AnnotatorNotes", "T3", "Is the date part of the content?")
    # the continuation line, the attribute line, the backwards span and the broken event
    assert doc.skipped_lines == (10, 12, 13, 14)


def test_read_brat_from_a_file(tmp_path):
    path = tmp_path / "a_1234.ann"
    path.write_text(ANN, encoding="utf-8")
    doc = read_brat(path)
    assert doc.path == str(path) and len(doc.relations) == 3


def test_windows_line_endings_and_garbage():
    doc = parse_brat("T1\tCue 0 4\tsaid\r\nnot an annotation\r\nE1\tAttribution:T1 Cue:T1\r\n")
    assert len(doc.textbounds) == 1 and len(doc.relations) == 1 and doc.skipped_lines == (2,)
