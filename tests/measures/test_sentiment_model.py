"""Tests for framing/measures/sentiment_model.py and target_features.py: the trained model."""
import json

import pytest
from conftest import shared_data

import framing
from framing.lexicon import load_lexicons
from framing.measures.sentiment import word_valences
from framing.measures.sentiment_model import CLASSES, load_sentiment_model, predict
from framing.measures.target_features import TargetContext, target_features

VAL = word_valences(load_lexicons())


def mention_score(text: str, actor: str) -> float:
    s = framing.score(text)
    return next(m.score for m in s.sentiment.mentions if m.actor == actor)


@pytest.mark.parametrize(
    "good, bad",
    [
        ("Voters praised Ann Cole for her courage.", "Voters attacked Ann Cole for her cowardice."),
        ("Ann Cole won the award for her brave work.", "Ann Cole was charged with fraud and corruption."),
        ("The brilliant Ann Cole led the rescue.", "The disgraced Ann Cole fled the country."),
    ],
)
def test_directional_pairs(good, bad):
    assert mention_score(good, "Ann Cole") > mention_score(bad, "Ann Cole")


def test_two_targets_in_one_sentence_get_different_labels():
    s = framing.score("Critics praised Tom Bell, while the court convicted Ann Cole of fraud.")
    by = {m.actor: m.score for m in s.sentiment.mentions}
    assert by["Tom Bell"] > by["Ann Cole"]


def test_prediction_is_a_distribution_with_reasons():
    p = predict(TargetContext("Ann Cole is a traitor and a liar.", 0, 8), VAL)
    assert abs(sum(p.probabilities) - 1) < 1e-3
    assert p.label == CLASSES[max(range(3), key=lambda k: p.probabilities[k])]
    assert p.score == pytest.approx(p.probabilities[2] - p.probabilities[0], abs=1e-3)
    assert p.label == "negative" and p.reasons and all(v > 0 for _, v in p.reasons)


def test_features_mask_the_target_and_other_actors():
    f = target_features(TargetContext("Ann Cole met Tom Bell.", 0, 8, ((13, 21),)), VAL)  # "Tom Bell"
    assert "w:<t>" in f and "w:<e>" in f
    assert not any("cole" in k or "bell" in k for k in f)


def test_near_words_count_by_their_word_clusters():
    from framing.measures.word_clusters import WordClusters

    clusters = WordClusters((100, 400, 1000), {"slammed": ("1", "2", "3"), "voters": ("4", "5", "6")})
    f = target_features(TargetContext("Voters slammed Ann Cole and Tom Bell.", 15, 23, ((28, 36),)), VAL, clusters)
    assert {"kl1_400:2", "kl1_1000:3", "kl2_400:5", "kl2_1000:6"} <= set(f)
    assert "kl1_100:1" not in f  # the coarsest clusters are left out
    assert "kr1_400:U" in f  # "and": a word the clusters do not know
    assert not any(k.startswith(("kr2_", "kr3_")) for k in f)  # "Tom Bell", another actor, is masked


def test_a_cluster_reason_names_its_word():
    from framing.measures.target_features import with_word

    ctx = TargetContext("Voters slammed Ann Cole today.", 15, 23)
    assert with_word(ctx, "kl1_400:5") == "kl1_400:5=slammed"
    assert with_word(ctx, "kl2_1000:7") == "kl2_1000:7=Voters"
    assert with_word(ctx, "kr1_400:9") == "kr1_400:9=today"
    assert with_word(ctx, "l1:slammed") == "l1:slammed" and with_word(ctx, "vall") == "vall"
    reasons = [name for name, _ in predict(ctx, VAL, reasons=-1).reasons]
    assert any(name.startswith("kl1_") for name in reasons)
    assert all("=" in name for name in reasons if name.startswith(("kl", "kr")))


def test_shipped_model_is_plain_json_and_small():
    from importlib import resources

    path = resources.files("framing.lexicons") / "models" / "target_sentiment.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"weights", "bias", "meta"} and len(data["bias"]) == 3
    assert len(path.read_bytes()) < 4_000_000
    assert load_sentiment_model().meta["classes"] == list(CLASSES)


def test_training_on_a_tiny_file(tmp_path):
    from framing.train import train_sentiment

    rows = []
    for k, (word, pol) in enumerate([("praised", 6.0), ("attacked", 2.0), ("met", 4.0)] * 4):
        sentence = f"Voters {word} Ann Cole on day {k}."
        start = sentence.index("Ann Cole")
        rows.append({"primary_gid": str(k), "sentence_normalized": sentence,
                     "targets": [{"Input.gid": str(k), "from": start, "to": start + 8,
                                  "mention": "Ann Cole", "polarity": pol}]})
    for r in rows:
        t = r["targets"][0]
        assert r["sentence_normalized"][t["from"] : t["to"]] == "Ann Cole"
    data = tmp_path / "train.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    model = train_sentiment(data, min_count=1, prune=0.0)
    out = tmp_path / "m.json"
    out.write_text(json.dumps(model), encoding="utf-8")
    loaded = load_sentiment_model(str(out))
    p = predict(TargetContext("Voters praised Ann Cole today.", 15, 23), VAL, loaded)
    q = predict(TargetContext("Voters attacked Ann Cole today.", 16, 24), VAL, loaded)
    assert p.score > q.score


def test_the_shipped_model_is_what_training_gives():
    """`python -m framing.train sentiment` on NewsMTSC train rebuilds the shipped weights (the
    features depend on the actor measure, which masks other actors: a change there must retrain)."""
    data = shared_data()
    train = data / "newsmtsc" / "train.jsonl" if data else None
    if train is None or not train.is_file():
        pytest.skip("NewsMTSC train.jsonl not found: set FRAMING_SHARED_DATA or put shared/data beside the repo")
    from framing.train import train_sentiment

    shipped = load_sentiment_model()
    fresh = train_sentiment(train)
    assert {k: v for k, v in fresh["meta"].items() if k != "features"} == {
        k: v for k, v in shipped.meta.items() if k != "features"}
    prune = fresh["meta"]["prune"]
    for name in set(fresh["weights"]) ^ set(shipped.weights):  # only weights at the pruning edge may differ
        w = fresh["weights"].get(name) or shipped.weights[name]
        assert max(map(abs, w)) < prune + 0.002, name
    for name in set(fresh["weights"]) & set(shipped.weights):
        assert fresh["weights"][name] == pytest.approx(shipped.weights[name], abs=0.002), name
    assert fresh["bias"] == pytest.approx(shipped.bias, abs=0.002)
