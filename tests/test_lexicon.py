import re
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


@pytest.mark.parametrize(
    "name, text, message",
    [
        ("hedges.tsv", "term\tkind\nsurely not\tepistemic\n", "column 'kind' is not one of hedges.tsv's"),
        ("hedges.tsv", "term pos type\nsurely not\n", "the first column must be 'term'"),
        ("hedges.tsv", "term\tpos\nsurely not\tphrase\tepistemic\n", "hedges.tsv:2: 3 cells for 2 columns"),
        ("hedges.tsv", "term\tpos\n\tphrase\n", "the entry (term) is empty"),
        ("reporting_verbs.tsv", "term\tpos\tstance\nblurt\tverb\tdistanced\n", "stance 'distanced' is not one of: neutral"),
        ("reporting_verbs.tsv", "term\tpos\nblurt\tverbs\n", "pos 'verbs' is not one of"),
        ("sentiment.tsv", "term\tpos\tvalence\nrotten\tadj\tvery bad\n", "valence 'very bad' is not a number from -4 to 4"),
        ("sentiment.tsv", "term\tpos\tvalence\nrotten\tadj\t-7\n", "is not a number from -4 to 4"),
        ("reporting_verb.tsv", "term\tpos\nblurt\tverb\n", "did you mean reporting_verbs.tsv"),
        ("reporting_verbs.tsv", "term\tpos\tstance\nassert\tverb\tneutral, distancing\n", "stance 'neutral, distancing' is not one of"),
        ("rule_words.tsv", "term\nverdict\n", "it needs a 'rules' column"),
        ("rule_words.tsv", "term\trules\nverdict\t\n", "the rules column is empty"),
        ("rule_words.tsv", "term\trules\nverdict\tnot_speaker, nonsense\n", "rules 'not_speaker, nonsense' is not one of"),
    ],
)
def test_a_user_list_that_cannot_mean_what_it_says_is_a_one_line_error(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match=re.escape(message)) as caught:
        load_lexicons(tmp_path)
    assert "\n" not in str(caught.value) and str(tmp_path / name) in str(caught.value)


def test_a_user_list_may_leave_out_columns_remove_entries_and_use_a_valid_value(tmp_path):
    (tmp_path / "reporting_verbs.tsv").write_text("term\tpos\tstance\nblurt\tverb\tevaluative\t\t\n-claim\n", encoding="utf-8")
    (tmp_path / "sentiment.tsv").write_text("term\tpos\tvalence\nrotten\tadj\t-2.5\n", encoding="utf-8")
    lex = load_lexicons(tmp_path)
    verbs = {e.term: e for e in lex["reporting_verbs"]}
    assert verbs["blurt"].get("stance") == "evaluative" and verbs["blurt"].get("frame", "any") == "any"
    assert "claim" not in verbs


def test_every_shipped_lexicon_passes_the_checks_a_user_list_gets():
    from framing.lexicon import _shipped_tables, check_table
    from framing.model_files import shipped

    headers = _shipped_tables()[1]
    for item in shipped().iterdir():
        if item.name.endswith(".tsv"):
            check_table(item.name, item.name[:-4], item.read_text(encoding="utf-8"), headers[item.name[:-4]])


def _first_candidate(lexicon, lowers, i, end):
    """match_at as a scan of the candidates of lowers[i], longest first (the matcher's definition)."""
    for seq, entry in lexicon._index.get(lowers[i], ()):
        j = i + len(seq)
        if j <= end and tuple(lowers[i:j]) == seq:
            return j, entry
    return None


def test_matcher_finds_what_scanning_the_candidates_finds():
    from conftest import demo_texts

    from framing.parsing import parse

    lex = load_lexicons()
    docs = [parse(text, lex) for text in demo_texts()]
    for name in lex.names():
        lexicon = lex[name]
        sequences = [list(seq) for seqs in lexicon._index.values() for seq, _ in seqs]
        for lowers in [[t.lower for t in doc.tokens] for doc in docs] + sequences + [s[:-1] for s in sequences if len(s) > 1]:
            for i in range(len(lowers)):
                for end in (len(lowers), min(len(lowers), i + 2)):
                    assert lexicon.match_at(lowers, i, end) == _first_candidate(lexicon, lowers, i, end), (name, lowers[i:end])


def test_places_are_no_first_names_and_in_no_other_gazetteer():
    first = {e.term.lower() for e in LEX["first_names"]}
    elsewhere = set()
    for name in ("countries", "organisations"):
        for e in LEX[name]:
            forms = [e.term, *e.get("aliases").split(",")]
            if name == "countries":
                forms += e.get("demonyms").split(",")
            elsewhere |= {f.strip().lower() for f in forms if f.strip()}
    for e in LEX["places"]:
        forms = [f.strip().lower() for f in (e.term, *e.get("aliases").split(","), *e.get("demonyms").split(",")) if f.strip()]
        assert not set(forms) & first, e.term
        assert not set(forms) & elsewhere, e.term
        assert e.get("kind") in ("us_state", "province", "city"), e.term


def test_the_lexicons_readme_gives_each_word_lists_rows():
    """lexicons/README.md's table states how many rows each TSV word list has; it must match."""
    import re

    from conftest import REPO

    folder = REPO / "lexicons"
    stated = {m.group(1): int(m.group(2).replace(",", ""))
              for m in re.finditer(r"^\| `([a-z_]+\.tsv)` \| ([\d,]+) \|", (folder / "README.md").read_text(encoding="utf-8"), re.M)}
    counted = {}
    for path in sorted(folder.glob("*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
        counted[path.name] = len(lines) - 1  # the header
    assert stated == counted


def test_surnames_of_public_figures_collide_with_no_first_name_place_organisation_or_closed_word():
    lex = load_lexicons()
    others = {e.term.lower() for e in lex["first_names"]} | {e.term.lower() for e in lex["stopwords"]}
    for name in ("countries", "organisations", "places"):
        for e in lex[name]:
            others.add(e.term.lower())
            others.update(a.strip().lower() for a in e.get("aliases").split(",") if a.strip())
    clashes = [e.ref for e in lex["surnames"] if e.term.lower() in others]
    assert clashes == []


def test_rule_words_are_data_a_user_list_can_extend():
    assert {"unclear", "seems"} <= LEX.rule_words("impersonal") and "seems" in LEX.rule_words("belief")
    assert LEX.rule_words("no such rule") == frozenset()


def test_a_users_rule_word_changes_what_the_rule_does(tmp_path):
    import framing

    text = "VERDICT: The plan will fail.\n\nUPDATE: The vote is on Friday."
    before = [a.source_text for a in framing.score(text, LEX).attribution.attributions if a.rule == "colon_speaker"]
    (tmp_path / "rule_words.tsv").write_text("term\trules\nverdict\tnot_speaker\n-update\n", encoding="utf-8")
    after = [a.source_text for a in framing.score(text, load_lexicons(tmp_path)).attribution.attributions
             if a.rule == "colon_speaker"]
    assert before == ["VERDICT"] and after == ["UPDATE"]
