"""The cue model: its fast probabilities are the sums over its named features, in both stages."""
import math

import pytest

from framing.lexicon import load_lexicons
from framing.measures.cue_model import (
    CueModel, load_cue_model, predict_cues, stack_feature_names, token_feature_names, token_probabilities,
)
from framing.measures.word_clusters import load_word_clusters
from framing.parsing import parse

from conftest import demo_texts

LEX = load_lexicons()
TEXTS = ['"We will," she said. “No,” he claimed — to them, that it may be so.', "x", "A B C D"]


def _slow(doc, model):
    def prob(z):
        return 1.0 / (1.0 + math.exp(-z))

    names = token_feature_names(doc, LEX)
    p1 = [prob(model.bias + sum(model.weights.get(k, 0.0) for k in f)) for f in names]
    if model.stage2_weights is None:
        return p1
    stacked = [f + g for f, g in zip(names, stack_feature_names(doc, p1))]
    return [prob(model.stage2_bias + sum(model.stage2_weights.get(k, 0.0) for k in f)) for f in stacked]


def test_fast_probabilities_equal_the_feature_sums():
    model = load_cue_model()
    assert model.stage2_weights, "the shipped model has two stages"
    for text in demo_texts()[:4] + TEXTS:
        doc = parse(text, LEX)
        assert token_probabilities(doc, LEX, model) == pytest.approx(_slow(doc, model), abs=1e-9)


def test_a_one_stage_model_uses_its_first_stage():
    shipped = load_cue_model()
    one = CueModel(shipped.weights, shipped.bias, shipped.threshold, {})
    doc = parse(TEXTS[0], LEX)
    assert token_probabilities(doc, LEX, one) == pytest.approx(_slow(doc, one), abs=1e-9)


def test_word_pairs_with_underscores_find_their_weights():
    names = ["w-1w=x_y_z", "ww+1=x_y_z", "w-2w-1=x_y_z", "w+1w+2=x_y_z", "w-1w+1=x_y_c_d", "st-1=x_y_z",
             "c100-1c=U_U", "c1000cc+1=U_U", "w=x_y", "suf2=_d"]
    model = CueModel({k: 0.25 * (i + 1) for i, k in enumerate(names)}, -1.0, 0.5, {}, {k: -0.5 for k in names}, 0.5)
    doc = parse("a_b x_y z c_d.", LEX)
    assert token_probabilities(doc, LEX, model) == _slow(doc, model)


def test_features_name_the_word_its_clusters_and_a_speech_verb_before():
    doc = parse("Officials said that critics claimed the plan failed.", LEX)
    names = token_feature_names(doc, LEX)
    claimed = [t.lower for t in doc.tokens].index("claimed")
    f = names[claimed]
    assert "w=claimed" in f and "lex" in f
    clusters = load_word_clusters().of("claimed")
    assert f"c100={clusters[0]}" in f
    assert "cue_before" in f and "cue_that_before" in f  # "said that ... claimed": nested in content
    assert "cue_before" not in names[0]


def test_stack_features_see_the_likeliest_cue_around():
    doc = parse("He said it was fine.", LEX)
    probs = [0.0, 0.9, 0.0, 0.0, 0.0, 0.0]
    names = stack_feature_names(doc, probs)
    assert "p0=4" in names[1] and "p-1=0" in names[1]
    assert "maxb=4" in names[3] and "maxb=0" in names[2]  # "it" is next to "said", not after it
    assert "maxa=4" not in names[0]  # "said" is "He"'s neighbour, not after it by two


def test_cue_spans_do_not_join_across_a_comma():
    doc = parse('"It is over," Smith said in a statement, adding that it was time.', LEX)
    texts = [doc.text[doc.tokens[c.token_start].start : doc.tokens[c.token_end - 1].end] for c in predict_cues(doc, LEX)]
    assert any(t.startswith("said") for t in texts) and "adding" in texts
