from collections import Counter

import pytest

from framing.errors import ResourceError
from framing.lexicon import inflections, load_lexicons

LEX = load_lexicons()


@pytest.mark.parametrize(
    "term, pos, form",
    [
        ("claim", "verb", ("claimed",)),
        ("claim", "verb", ("claiming",)),
        ("claim", "verb", ("claims",)),
        ("say", "verb", ("said",)),
        ("deny", "verb", ("denied",)),
        ("deny", "verb", ("denies",)),
        ("admit", "verb", ("admitted",)),
        ("argue", "verb", ("arguing",)),
        ("point out", "verb", ("pointed", "out")),
        ("go on to say", "verb", ("went", "on", "to", "say")),
        ("official", "noun", ("officials",)),
        ("according to", "phrase", ("according", "to")),
    ],
)
def test_inflections(term, pos, form):
    assert form in inflections(term, pos, LEX.irregular)


def test_phrases_do_not_inflect():
    assert inflections("according to", "phrase") == {("according", "to")}


def test_matcher_prefers_the_longest_entry():
    lows = "it is not clear whether he will".split()
    hits = LEX["hedges"].find(lows)
    assert [(lows[h.token_start : h.token_end], h.entry.term) for h in hits][0] == (["not", "clear"], "not clear")


def test_every_shipped_lexicon_has_a_header_and_unique_terms():
    for name in LEX.names():
        lex = LEX[name]
        assert len(lex) > 0, name
        counts = Counter(e.term.lower() for e in lex)
        dupes = [t for t, n in counts.items() if n > 1]
        assert not dupes, f"{name}: duplicate entries {dupes[:5]}"


def test_user_folder_extends_and_overrides(tmp_path):
    (tmp_path / "hedges.tsv").write_text(
        "# mine\nterm\tpos\ttype\trule\tnote\nconceivably maybe\tphrase\tepistemic\t\t\n-perhaps\t\t\t\t\n",
        encoding="utf-8",
    )
    (tmp_path / "newlist.tsv").write_text("term\nfoo\n", encoding="utf-8")
    lex = load_lexicons(tmp_path)
    terms = lex["hedges"].terms()
    assert "conceivably maybe" in terms and "perhaps" not in terms and "may" in terms
    assert "newlist" in lex.names()
    entry = next(e for e in lex["hedges"] if e.term == "conceivably maybe")
    assert entry.origin == str(tmp_path.resolve()) or entry.origin == str(tmp_path)


def test_missing_user_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ResourceError, match="not found"):
        load_lexicons(tmp_path / "nope")
