"""VADER's scores of a sentence as vaderSentiment computes them, with less repeated work.

framing's tone is VADER's compound score of every sentence of every article. vaderSentiment
(3.3) spends much of that time on two things that do not change the result: it rebuilds each
text one character at a time to replace emoji, and it lower-cases every word of the sentence
again for each of the (up to) three words it checks before each sentiment word. This analyzer is
vaderSentiment's own, with a text holding no emoji left as it is, the lower-cased words computed
once per sentence, and a word not in the lexicon given its zero without a call; every rule and
every operation on the scores is vaderSentiment's.
A test compares the scores with vaderSentiment's on real sentences.

Reference: Hutto, C.J. and Gilbert, E. (2014). VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text. ICWSM. (vaderSentiment: MIT licence.)
"""
from __future__ import annotations

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    N_SCALAR,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    NEGATE,
    SentiText,
)

_NEGATE = frozenset(NEGATE)

__all__ = ["Analyzer"]


class _Words(list):
    """A sentence's words, with their lower-cased forms computed once."""

    def __init__(self, words):
        super().__init__(words)
        self.lowers = [str(w).lower() for w in words]


class _SentiText(SentiText):
    def _words_and_emoticons(self):
        return _Words(super()._words_and_emoticons())


class Analyzer(SentimentIntensityAnalyzer):
    """vaderSentiment's SentimentIntensityAnalyzer, faster, with the same scores."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._emoji_chars = frozenset(self.emojis)

    def polarity_scores(self, text):
        # vaderSentiment's, except that a text with no emoji character is not rebuilt (the
        # rebuilt text would be the same string)
        if self._emoji_chars.isdisjoint(text):
            text = text.strip()
        else:
            text_no_emoji = ""
            prev_space = True
            for chr in text:
                if chr in self.emojis:
                    description = self.emojis[chr]
                    if not prev_space:
                        text_no_emoji += " "
                    text_no_emoji += description
                    prev_space = False
                else:
                    text_no_emoji += chr
                    prev_space = chr == " "
            text = text_no_emoji.strip()

        sentitext = _SentiText(text)

        sentiments = []
        words_and_emoticons = sentitext.words_and_emoticons
        lowers = words_and_emoticons.lowers
        for i, item in enumerate(words_and_emoticons):
            valence = 0
            # check for vader_lexicon words that may be used as modifiers or negations
            if lowers[i] in BOOSTER_DICT:
                sentiments.append(valence)
                continue
            if i < len(words_and_emoticons) - 1 and lowers[i] == "kind" and lowers[i + 1] == "of":
                sentiments.append(valence)
                continue
            if lowers[i] not in self.lexicon:  # what sentiment_valence does with a word not in the lexicon
                sentiments.append(valence)
                continue

            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)

        sentiments = self._but_check(words_and_emoticons, sentiments)

        return self.score_valence(sentiments, text)

    @staticmethod
    def _but_check(words_and_emoticons, sentiments):
        # check for modification in sentiment due to contrastive conjunction 'but'
        words_and_emoticons_lower = _lowers(words_and_emoticons)
        if 'but' in words_and_emoticons_lower:
            bi = words_and_emoticons_lower.index('but')
            for sentiment in sentiments:
                si = sentiments.index(sentiment)
                if si < bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 0.5)
                elif si > bi:
                    sentiments.pop(si)
                    sentiments.insert(si, sentiment * 1.5)
        return sentiments

    # vaderSentiment's checks, reading the lower-cased words computed once (it lower-cases the
    # whole sentence again on every call)
    @staticmethod
    def _negation_check(valence, words_and_emoticons, start_i, i):
        words_and_emoticons_lower = _lowers(words_and_emoticons)
        if start_i == 0:
            if _negated(words_and_emoticons_lower[i - (start_i + 1)]):  # 1 word preceding lexicon word (w/o stopwords)
                valence = valence * N_SCALAR
        if start_i == 1:
            if words_and_emoticons_lower[i - 2] == "never" and \
                    (words_and_emoticons_lower[i - 1] == "so" or
                     words_and_emoticons_lower[i - 1] == "this"):
                valence = valence * 1.25
            elif words_and_emoticons_lower[i - 2] == "without" and \
                    words_and_emoticons_lower[i - 1] == "doubt":
                valence = valence
            elif _negated(words_and_emoticons_lower[i - (start_i + 1)]):  # 2 words preceding the lexicon word position
                valence = valence * N_SCALAR
        if start_i == 2:
            if words_and_emoticons_lower[i - 3] == "never" and \
                    (words_and_emoticons_lower[i - 2] == "so" or words_and_emoticons_lower[i - 2] == "this") or \
                    (words_and_emoticons_lower[i - 1] == "so" or words_and_emoticons_lower[i - 1] == "this"):
                valence = valence * 1.25
            elif words_and_emoticons_lower[i - 3] == "without" and \
                    (words_and_emoticons_lower[i - 2] == "doubt" or words_and_emoticons_lower[i - 1] == "doubt"):
                valence = valence
            elif _negated(words_and_emoticons_lower[i - (start_i + 1)]):  # 3 words preceding the lexicon word position
                valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence, words_and_emoticons, i):
        words_and_emoticons_lower = _lowers(words_and_emoticons)
        onezero = "{0} {1}".format(words_and_emoticons_lower[i - 1], words_and_emoticons_lower[i])

        twoonezero = "{0} {1} {2}".format(words_and_emoticons_lower[i - 2],
                                          words_and_emoticons_lower[i - 1], words_and_emoticons_lower[i])

        twoone = "{0} {1}".format(words_and_emoticons_lower[i - 2], words_and_emoticons_lower[i - 1])

        threetwoone = "{0} {1} {2}".format(words_and_emoticons_lower[i - 3],
                                           words_and_emoticons_lower[i - 2], words_and_emoticons_lower[i - 1])

        threetwo = "{0} {1}".format(words_and_emoticons_lower[i - 3], words_and_emoticons_lower[i - 2])

        sequences = [onezero, twoonezero, twoone, threetwoone, threetwo]

        for seq in sequences:
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break

        if len(words_and_emoticons_lower) - 1 > i:
            zeroone = "{0} {1}".format(words_and_emoticons_lower[i], words_and_emoticons_lower[i + 1])
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(words_and_emoticons_lower) - 1 > i + 1:
            zeroonetwo = "{0} {1} {2}".format(words_and_emoticons_lower[i], words_and_emoticons_lower[i + 1],
                                              words_and_emoticons_lower[i + 2])
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]

        # check for booster/dampener bi-grams such as 'sort of' or 'kind of'
        n_grams = [threetwoone, threetwo, twoone]
        for n_gram in n_grams:
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence


def _negated(word: str) -> bool:
    """vaderSentiment's ``negated([word])`` for one lower-cased word: a negation word, or one
    holding "n't"."""
    return word in _NEGATE or "n't" in word


def _lowers(words) -> list[str]:
    """The lower-cased words, as vaderSentiment computes them (``str(w).lower()``)."""
    return words.lowers if isinstance(words, _Words) else [str(w).lower() for w in words]
