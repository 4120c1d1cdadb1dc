import gzip
import json

from framing.article import Article
from framing.corpus import ReadError, html_to_text, parse_front_matter, read_articles


def read(*paths):
    return list(read_articles([str(p) for p in paths]))


def test_front_matter():
    meta, body = parse_front_matter("---\ntitle: A title\noutlet: The Ledger\n---\nBody here.\n")
    assert meta == {"title": "A title", "outlet": "The Ledger"}
    assert body == "Body here.\n"


def test_txt_with_front_matter_spans_point_into_the_body(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\ntitle: T\nevent: e1\n---\nThe mayor said it may rain.\n", encoding="utf-8")
    (a,) = read(f)
    assert isinstance(a, Article)
    assert a.title == "T" and a.event == "e1" and a.id == "a" and a.text.startswith("The mayor")


def test_bad_inputs_become_errors_and_good_ones_are_still_read(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "zipped.txt").write_bytes(gzip.compress(b"hello"))
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    items = read(tmp_path)
    errors = {e.source.rsplit("/", 1)[-1]: e.reason for e in items if isinstance(e, ReadError)}
    good = [a for a in items if isinstance(a, Article)]
    assert [a.id for a in good] == ["good"]
    assert set(errors) == {"empty.txt", "blank.txt", "image.txt", "latin1.txt", "zipped.txt"}
    assert "PNG" in errors["image.txt"] and "UTF-8" in errors["latin1.txt"] and "gzip" in errors["zipped.txt"]
    assert all("\n" not in r for r in errors.values())


def test_bom_and_utf16(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffWith a BOM.".encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes("Sixteen bits.".encode("utf-16"))
    texts = sorted(a.text for a in read(tmp_path))
    assert texts == ["Sixteen bits.", "With a BOM."]


def test_json_jsonl_and_csv(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": "One.", "outlet": "O", "id": "x1"}), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text('{"content": "Two."}\n{broken\n{"body": "Three."}\n', encoding="utf-8")
    (tmp_path / "rows.csv").write_text("title,text,outlet\nT,Four.,P\nU,,Q\n", encoding="utf-8")
    items = read(tmp_path / "one.json", tmp_path / "many.jsonl", tmp_path / "rows.csv")
    assert [i.text if isinstance(i, Article) else "ERR" for i in items] == ["One.", "Two.", "ERR", "Three.", "Four.", "ERR"]
    assert items[0].id == "x1" and items[0].outlet == "O"
    assert items[2].source.endswith("many.jsonl:2")


def test_html_main_text():
    html = """<html><head><title>Page</title><meta property="og:site_name" content="The Ledger">
    <script>var x = "not text";</script><style>p {}</style></head>
    <body><nav>Home | World</nav><article><h1>Bridge closes</h1><p>The bridge closed.</p>
    <p>Officials said it may reopen.</p></article><footer>Copyright</footer></body></html>"""
    text, meta = html_to_text(html)
    assert text == "Bridge closes\n\nThe bridge closed.\n\nOfficials said it may reopen."
    assert meta["title"] == "Bridge closes" and meta["outlet"] == "The Ledger"


def test_missing_path_is_an_error():
    (e,) = read("/no/such/file.txt")
    assert isinstance(e, ReadError) and "no such file" in e.reason


def test_a_folders_readme_is_not_an_article_and_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said so.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Notes", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("CC0", encoding="utf-8")
    assert [a.id for a in read_articles([tmp_path])] == ["a"]
    (tmp_path / "empty").mkdir()
    (err,) = read_articles([tmp_path / "empty"])
    assert isinstance(err, ReadError) and err.reason.startswith("no articles")


def test_what_is_piped_in_is_read_as_what_it_looks_like():
    import io

    jsonl = '{"id": "x", "text": "The mayor said so."}\n{"id": "y", "text": "Officials said no."}\n'
    assert [a.id for a in read_articles(["-"], stdin=io.StringIO(jsonl))] == ["x", "y"]
    pretty = '{\n  "id": "z",\n  "text": "The mayor said so."\n}\n'
    assert [a.id for a in read_articles(["-"], stdin=io.StringIO(pretty))] == ["z"]
    (text,) = read_articles(["-"], stdin=io.StringIO("{Not JSON} The mayor said so.\nMore."))
    assert text.text.startswith("{Not JSON}")
    (page,) = read_articles(["-"], stdin=io.StringIO("<!DOCTYPE html><html><body><p>The mayor said so.</p></body></html>"))
    assert page.text.strip() == "The mayor said so."


def test_an_unclosed_front_matter_and_a_bad_json_line_are_errors_that_say_where(tmp_path):
    fm = tmp_path / "fm.txt"
    fm.write_text("---\ntitle: Unclosed\noutlet: X\nThe mayor said it may rain.\n", encoding="utf-8")
    (err,) = read_articles([fm])
    assert isinstance(err, ReadError) and "never closed" in err.reason
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a\x01b"}\n{"text": "The mayor said so."}\n', encoding="utf-8")
    first, second = read_articles([bad])
    assert first.reason == "invalid JSON: Invalid control character at column 12"
    assert second.text == "The mayor said so."


def test_broken_json_piped_in_is_an_error_and_a_rule_line_before_prose_is_no_front_matter(tmp_path):
    import io

    (err,) = read_articles(["-"], stdin=io.StringIO('{\n "text": "unclosed,\n "id": "a"\n}\n'))
    assert isinstance(err, ReadError) and err.reason.startswith("invalid JSON")
    note = tmp_path / "note.md"
    note.write_text("---\nUpdate: The mayor resigned.\n\nThe mayor said so.\n", encoding="utf-8")
    (article,) = read_articles([note])
    assert "The mayor said so." in article.text
