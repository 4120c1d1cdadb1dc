"""The cue detector's features other than the words around a token: the one-pass code that
marks them as bits gives the same names as the plain per-token definition below."""
import bisect

from framing.lexicon import load_lexicons
from framing.measures.cue_features import _QUOTES, _SUBJECT_PRONOUNS, _context_names, _lexicon_kinds
from framing.parsing import parse

from conftest import demo_texts

LEX = load_lexicons()
TEXTS = [
    '"We will," she said. “No,” he claimed — to them, that it may be so.',
    "I told them that we want to go, and they said it, she added, that Ms. Smith and I agreed.",
    "“He said ‘no’ twice,” the spokesman said, according to Reuters. They, however, denied it.",
    "x", "A B C D", "Officials said that critics claimed the plan failed, and he argued it would work.",
    " ".join(["word"] * 30) + ", he said.",
]


def _plain(doc):
    """Each token's names, one by one, as the model was first trained on them."""
    toks = doc.tokens
    lows = [t.lower for t in toks]
    lex_kind = _lexicon_kinds(doc, lows, LEX)
    quote_at = doc.quote_at if doc.quotes else None
    out = []
    for s in doc.sentences:
        a, b = s.token_start, s.token_end
        n = b - a
        texts = [toks[k].text for k in range(a, b)]
        quote = [t in _QUOTES for t in texts]
        name_like = [t[0].isupper() and t[0].isalpha() for t in texts]
        padded = ["<s>", "<s>", *lows[a:b], "</s>", "</s>"]
        speech = [k for k in range(a, b) if lex_kind.get(k, "").startswith("speech")]
        for r in range(n):
            i = a + r
            f = [f"pos={min(5, r // 4)}", f"rpos={min(5, (n - r) // 4)}"]
            if "that" in lows[i + 1 : min(b, i + 4)]:
                f.append("that_after")
            if padded[r + 3] == "to":
                f.append("to_after")
            if texts[r][0].isupper():
                f.append("cap")
            if r == 0:
                f.append("first")
            kind = lex_kind.get(i)
            if kind is not None:
                f += ["lex=" + kind, "lex"]
            if quote_at is not None and quote_at(toks[i].start) is not None:
                f.append("inq")
            if any(quote):
                f.append("sq")
                for d in (1, 2, 3):
                    if r - d >= 0 and quote[r - d]:
                        f.append(f"qb{d}")
                    if r + d < n and quote[r + d]:
                        f.append(f"qa{d}")
            if r > 0 and name_like[r - 1]:
                f.append("prevcap")
            if r + 1 < n and name_like[r + 1]:
                f.append("nextcap")
            for d in (1, 2, 3):
                if r - d < 0:
                    break
                if padded[r + 2 - d] in _SUBJECT_PRONOUNS:
                    f.append(f"subjpron{d}")
                    break
                if name_like[r - d]:
                    f.append(f"subjcap{d}")
                    break
            if speech:
                k = bisect.bisect_left(speech, i - 1)
                if k:
                    k = speech[k - 1]
                    between = lows[k + 1 : i]
                    f += ["cue_before", f"cue_before_d={min(3, (i - k) // 4)}"]
                    if "that" in between:
                        f.append("cue_that_before")
                    if "," in between or ";" in between:
                        f.append("cue_comma_between")
                    if "and" in between:
                        f.append("cue_and_between")
                    if kind is not None and kind.startswith("speech"):
                        f.append("lex_and_before")
                k = bisect.bisect_right(speech, i + 1)
                if k < len(speech):
                    f.append("cue_after")
                    k = speech[k]
                    if "," in (lows[k - 1], lows[k - 2]):
                        f.append("cue_after_inv")
            out.append(f)
    return out


def test_marked_features_equal_the_plain_definition():
    for text in TEXTS + demo_texts():
        doc = parse(text, LEX)
        assert [rest for _, rest in _context_names(doc, LEX)] == _plain(doc)


def test_a_long_sentence_has_every_position_from_start_and_end():
    doc = parse(TEXTS[-1], LEX)
    names = [rest for _, rest in _context_names(doc, LEX)]
    assert {f"pos={k}" for k in range(6)} <= {n for f in names for n in f}
    assert {f"rpos={k}" for k in range(6)} <= {n for f in names for n in f}
    assert names[0][:2] == ["pos=0", "rpos=5"] and names[-1][:2] == ["pos=5", "rpos=0"]
