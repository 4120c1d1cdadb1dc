"""evaluate_szeged on a tiny hand-written file in the corpus's format (invented sentences), and a
smoke run on the real wiki.xml when the shared data is present."""
import dataclasses
import json

import pytest
from conftest import shared_data

from framing.errors import InputError
from framing.evaluate.metrics import PRF
from framing.evaluate.szeged import (
    CUE_TYPES,
    evaluate_szeged,
    read_szeged,
    score_sentences,
    split_of,
    szeged_errors,
)

PROB = 'type="speculation_modal_probable_"'
DOX = 'type="speculation_hypo_doxastic _"'
COND = 'type="speculation_hypo_condition _"'
INV = 'type="speculation_hypo_investigation _"'

# Invented sentences. Bridge_1 falls in the train split, Tunnel_2 in dev (see test_split).
TINY = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<Annotation created="1/1/2024" creator="test"><DocumentSet>
<Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">Bridge_1</DocID>
<DocumentPart type="Title"><Sentence id="S1.1">A <ccue {PROB}>possible</ccue> bridge</Sentence></DocumentPart>
<DocumentPart type="Text">
<Sentence id="S1.2">The council <ccue {PROB}>may</ccue> close the bridge in May.</Sentence>
<Sentence id="S1.3">Drivers will <ccue {PROB}>either</ccue> take the ferry <ccue {PROB}>or</ccue> wait.</Sentence>
<Sentence id="S1.4">The ferry carried about 300 cars.</Sentence>
</DocumentPart></Document>
<Document type="Wikipedia_text_weasel"><DocID type="WIKIPEDIA_ARTICLE_ID">Tunnel_2</DocID>
<DocumentPart type="Title"><Sentence id="S1.1">Tunnel</Sentence></DocumentPart>
<DocumentPart type="Text">
<Sentence id="S1.2">Engineers <ccue {DOX}>believe</ccue> the deck is sound.</Sentence>
<Sentence id="S1.3"><ccue {COND}>If</ccue> it rains, the road <ccue {PROB}>might</ccue> flood.</Sentence>
<Sentence id="S1.4">It is <ccue {INV}>unclear whether</ccue> tolls will rise.</Sentence>
<Sentence id="S1.5">Smith &amp; Sons built the tunnel in 1990.</Sentence>
<Sentence id="S1.6">The mayor <ccue {DOX}>considered</ccue> it safe, and residents clearly agree.</Sentence>
<Sentence id="S1.7">Tests <ccue {DOX}>suggest</ccue> the cables are worn.</Sentence>
</DocumentPart></Document>
</DocumentSet></Annotation>
"""


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "tiny.xml"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_read_rebuilds_text_and_cue_spans(tiny):
    sents = list(read_szeged(tiny))
    assert [(s.doc_id, s.sentence_id, s.title) for s in sents][:2] == [("Bridge_1", "S1.1", True), ("Bridge_1", "S1.2", False)]
    assert len(sents) == 11
    split_cue = sents[2]
    assert split_cue.text == "Drivers will either take the ferry or wait."
    assert [(split_cue.text[c.start : c.end], c.type, c.raw_type) for c in split_cue.cues] == [
        ("either", "epistemic", "speculation_modal_probable_"),
        ("or", "epistemic", "speculation_modal_probable_"),
    ]
    starts_with_cue = sents[6]
    assert starts_with_cue.text == "If it rains, the road might flood."
    assert [(c.start, c.end, c.type) for c in starts_with_cue.cues] == [(0, 2, "conditional"), (22, 27, "epistemic")]
    assert sents[8].text == "Smith & Sons built the tunnel in 1990." and not sents[8].uncertain


def test_exact_figures(tiny):
    r = evaluate_szeged(tiny)
    assert (r.documents, r.sentences, r.title_sentences_skipped) == (2, 9, 2)
    assert (r.uncertain_sentences, r.predicted_uncertain_sentences, r.gold_cues, r.predicted_hedges) == (7, 6, 9, 8)
    # sentences: uncertain and hedged 6 ("considered it safe" is a belief); "about 300" alone is
    # an approximator, not scored against the corpus; either/or missed 1
    assert r.sentence == PRF(6, 0, 1)
    assert r.sentence.precision == pytest.approx(1.0) and r.sentence.recall == pytest.approx(6 / 7)
    # cues: "whether" loses to "unclear" for the one gold cue "unclear whether"
    assert r.cue == PRF(7, 1, 2)
    assert r.cue.f1 == pytest.approx(2 * (7 / 8) * (7 / 9) / (7 / 8 + 7 / 9))
    assert list(r.by_type) == list(CUE_TYPES)
    figures = {t: (s.gold, s.found, s.predicted, s.correct, s.typed) for t, s in r.by_type.items()}
    assert figures == {
        "epistemic": (4, 2, 3, 3, PRF(2, 1, 2)),  # framing's "suggest" is epistemic
        "doxastic": (3, 3, 2, 2, PRF(2, 0, 1)),
        "conditional": (1, 1, 1, 1, PRF(1, 0, 0)),
        "investigation": (1, 1, 2, 1, PRF(1, 1, 0)),
    }
    assert r.by_type["doxastic"].recall == pytest.approx(1.0) and r.by_type["epistemic"].precision == 1.0
    assert r.type_confusion == {
        "epistemic": {"epistemic": 2},
        "doxastic": {"doxastic": 2, "epistemic": 1},
        "conditional": {"conditional": 1},
        "investigation": {"investigation": 1},
    }
    assert "title sentences skipped: 2" in r.notes[0]
    json.dumps(dataclasses.asdict(r))  # plain data


def test_titles_included(tiny):
    r = evaluate_szeged(tiny, include_titles=True)
    assert (r.sentences, r.title_sentences_skipped) == (11, 0)
    assert r.sentence == PRF(7, 0, 1) and r.cue == PRF(8, 1, 2)


def test_limit_counts_scored_sentences(tiny):
    r = evaluate_szeged(tiny, limit=2)
    assert (r.documents, r.sentences, r.title_sentences_skipped) == (1, 2, 1)
    assert r.cue == PRF(1, 0, 2)


def test_split(tiny):
    assert (split_of("Bridge_1"), split_of("Tunnel_2")) == ("train", "dev")
    train, dev = evaluate_szeged(tiny, split="train"), evaluate_szeged(tiny, split="dev")
    assert (train.sentences, dev.sentences) == (3, 6)
    assert train.cue + dev.cue == evaluate_szeged(tiny).cue
    ids = [f"doc {i}" for i in range(2000)]
    assert 0.17 < sum(split_of(i) == "dev" for i in ids) / len(ids) < 0.23
    with pytest.raises(ValueError, match="unknown split"):
        evaluate_szeged(tiny, split="test")


def test_errors(tiny):
    got = [(e.error, e.doc_id, e.sentence_id, e.text, e.type) for e in szeged_errors(tiny)]
    assert got == [
        ("false_negative", "Bridge_1", "S1.3", "either", "epistemic"),
        ("false_negative", "Bridge_1", "S1.3", "or", "epistemic"),
        ("false_positive", "Tunnel_2", "S1.4", "whether", "investigation"),
    ]
    fp = next(e for e in szeged_errors(tiny) if e.error == "false_positive")
    assert fp.sentence[fp.start : fp.end] == "whether" and fp.origin.startswith("investigation hedges.tsv:")
    wrong = list(szeged_errors(tiny, kinds=("wrong_type",)))
    assert [(e.text, e.type, e.predicted_type, e.predicted_text) for e in wrong] == [("suggest", "doxastic", "epistemic", "suggest")]


def test_score_sentences_gives_hedges_and_matching(tiny):
    scored = list(score_sentences(tiny, split="dev"))
    assert [s.sentence.sentence_id for s in scored] == ["S1.2", "S1.3", "S1.4", "S1.5", "S1.6", "S1.7"]
    unclear = scored[2]
    assert [h.text for h in unclear.hedges] == ["unclear", "whether"]
    assert unclear.matching.pairs == ((0, 0),) and unclear.matching.unmatched_predicted == (1,)


def test_bad_input(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        evaluate_szeged(tmp_path / "missing.xml")
    broken = tmp_path / "broken.xml"
    broken.write_text("<Annotation><Sentence id='S1'>open", encoding="utf-8")
    with pytest.raises(InputError, match="not well-formed"):
        evaluate_szeged(broken)
    odd = tmp_path / "odd.xml"
    odd.write_text('<Annotation><Sentence id="S1"><ccue type="speculation_other">x</ccue></Sentence></Annotation>', encoding="utf-8")
    with pytest.raises(InputError, match="unknown ccue type"):
        evaluate_szeged(odd)


def test_real_wiki_xml():
    data = shared_data()
    path = data / "szeged_uncertainty" / "wiki.xml" if data else None
    if path is None or not path.is_file():
        pytest.skip("szeged_uncertainty/wiki.xml not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    r = evaluate_szeged(path, limit=200)
    assert r.sentences == 200 and r.documents > 10 and r.title_sentences_skipped > 0
    assert r.gold_cues > 0 and r.predicted_hedges > 0
    figures = [r.sentence.precision, r.sentence.recall, r.sentence.f1, r.cue.precision, r.cue.recall, r.cue.f1]
    figures += [f for s in r.by_type.values() for f in (s.precision, s.recall, s.f1)]
    assert all(0.0 <= f <= 1.0 for f in figures)
