"""The cue model's fast logits are, to the last bit, the sums over its feature dictionaries."""
from framing.lexicon import load_lexicons
from framing.measures.cue_model import load_cue_model, token_features, token_logits
from framing.parsing import parse

from conftest import demo_texts

LEX = load_lexicons()


def test_fast_logits_equal_the_feature_sums():
    model = load_cue_model()
    texts = demo_texts() + ['"We will," she said. “No,” he claimed — to them, that it may be so.', "x", "A B C D"]
    for text in texts:
        doc = parse(text, LEX)
        slow = [model.bias + sum(model.weights.get(k, 0.0) * v for k, v in f.items()) for f in token_features(doc, LEX)]
        assert token_logits(doc, LEX, model) == slow
