"""Tests for framing/measures/attribution/: who is quoted or reported, by which cue, saying what."""
from __future__ import annotations

import re
from importlib import resources

import pytest

import framing
from conftest import line_of, lexicon_row
from framing.lexicon import inflections, load_lexicons, tokenize_entry
from framing.measures.actors import find_actors
from framing.measures.attribution import measure_attribution
from framing.parsing import parse

LEX = load_lexicons()
LEX_DIR = resources.files("framing.lexicons")






def cut(text: str, span) -> str | None:
    return None if span is None else text[span.start : span.end]


def assert_attribution_evidence(text: str, a) -> None:
    for span in (a.cue, a.source, a.content):
        if span is not None:
            assert 0 <= span.start < span.end <= len(text), a
    assert cut(text, a.cue) == (a.cue_text if a.cue else None)
    if a.cue is None:
        assert a.cue_text == ""
    if a.source is not None:
        assert cut(text, a.source) == a.source_text
    else:
        assert a.source_text == "" and a.source_type == "none"
    if a.cue is not None and a.entry == "cue_model":
        assert a.probability is not None  # the detector's cue, among words the lexicon lacks
    elif a.cue is not None and a.entry == "quotation_frame":
        assert a.probability is None and a.direct and (a.stance, a.kind) == ("neutral", "speech")  # '"...," Oliver barked.'
    elif a.cue is not None and a.rule in ("colon_speaker", "dash_speaker"):
        assert a.entry == "" and a.cue_text in (":", "―", "—", "--", "–")  # punctuation: the rule is the evidence
    elif a.cue is not None and a.rule in ("report_adverb", "poll"):
        # the rule_words row that fired: the adverb itself, or the poll's noun ending the source
        assert re.fullmatch(r"rule_words\.tsv:\d+", a.entry), a.entry
        term, row = lexicon_row(a.entry)
        if a.rule == "report_adverb":
            assert "report_adverb" in row["rules"] and term == a.cue_text.lower()
            assert a.source is None and (a.stance, a.kind) == ("neutral", "speech")
        else:
            assert "poll_noun" in row["rules"] and a.source_text.lower().endswith(term)
            assert a.cue_text.lower() == "in" and (a.source_type, a.stance, a.kind) == ("document", "neutral", "data")
    elif a.cue is not None:
        assert re.fullmatch(r"reporting_verbs\.tsv:\d+", a.entry), a.entry
        term, row = lexicon_row(a.entry)
        words = tokenize_entry(a.cue_text)
        forms = inflections(term, row["pos"], LEX.irregular)
        # the entry's words, after any auxiliaries the cue keeps ("was first reported"), and
        # before any the detector adds ("claimed credit for")
        assert any(words[k:m] in forms for k in range(len(words)) for m in range(k + 1, len(words) + 1)), (a.cue_text, term)
        fixed = LEX.rule_words("fixed_object")
        after = tokenize_entry(text[a.cue.end :])[:1]
        if row["stance"] == "distancing" and any(w in fixed for w in words[1:] + after):
            assert a.stance == "neutral"  # "claimed responsibility": the usual words
        else:
            assert a.stance == row["stance"]
        assert a.kind == row["kind"]
    else:
        assert a.rule in ("quote_inherits", "quote_no_speaker") and a.entry == ""
    assert a.stance in ("neutral", "distancing", "endorsing", "evaluative")


def attribution(text: str):
    doc = parse(text, LEX)
    result = measure_attribution(doc, LEX, find_actors(doc, LEX))
    for a in result.attributions:
        assert_attribution_evidence(text, a)
        sent = doc.sentences[a.sentence]
        if a.cue is not None:
            assert sent.start <= a.cue.start and a.cue.end <= sent.end
    for n in result.non_responses:
        assert text[n.span.start : n.span.end] == n.text
        assert re.fullmatch(r"no_comment\.tsv:\d+", n.entry)
    return result


def only(text: str):
    result = attribution(text)
    assert len(result.attributions) == 1, [(a.cue_text, a.rule) for a in result.attributions]
    return result.attributions[0]


SAY = f"reporting_verbs.tsv:{line_of('reporting_verbs', 'say')}"


# --- direct quotations ----------------------------------------------------------------------

def test_quote_then_source_then_said():
    text = '"We will rebuild," Grant said.'
    a = only(text)
    assert a.cue_text == "said"
    assert a.entry == SAY
    assert a.source_text == "Grant" and a.source_actor == "Grant"
    assert cut(text, a.content).startswith("We will rebuild")
    assert a.direct is True
    assert a.rule == "verb"
    assert a.stance == "neutral" and a.kind == "speech"


def test_inverted_said_then_source():
    text = '"We will rebuild," said Grant.'
    a = only(text)
    assert a.rule == "verb_inverted"
    assert a.source_text == "Grant" and a.source_actor == "Grant"
    assert cut(text, a.content).startswith("We will rebuild")
    assert a.direct is True


def test_inverted_with_title():
    text = '"We will rebuild," said Mayor Ann Cole.'
    a = only(text)
    assert a.source_actor == "Ann Cole"
    assert a.source_type == "person"
    assert a.source_text == "Mayor Ann Cole"


@pytest.mark.parametrize("text, source, actor", [
    ('"There is a lot of new complexity," said Mr. Quill.', "Mr. Quill", "Quill"),
    ('"That is all," added Rep. Ada Brill (D-Ohio), head of the caucus.', "Rep. Ada Brill", "Ada Brill"),
])
def test_inverted_source_after_an_abbreviated_title(text, source, actor):
    # the period of "Mr." or "Rep." does not end the source (it was "Mr", speaking for no one)
    a = only(text)
    assert a.source_text == source and a.source_actor == actor and a.source_type == "person"


def test_colon_then_quotation():
    text = 'Ruth Okafor said: "The levee held."'
    a = only(text)
    assert a.source_actor == "Ruth Okafor"
    assert cut(text, a.content) == "The levee held."
    assert a.direct


def test_a_speakers_name_and_a_colon_opening_a_sentence():
    text = "BRILL: We will hold the line until the talks resume."
    a = only(text)
    assert (a.rule, a.cue_text, a.source_text) == ("colon_speaker", ":", "BRILL")
    assert cut(text, a.content) == "We will hold the line until the talks resume"


@pytest.mark.parametrize("text", [
    "Correction: An earlier version misspelled the name.",
    "BYLINE: Ada Brill.",
    "Twitter: @adabrill.",
    "Ada Brill won the count. Ada Brill: 2,316. Tom Ebert: 1,547.",  # counts, not words
])
def test_a_label_or_a_count_after_a_colon_is_no_speech(text):
    assert not [a for a in attribution(text).attributions if a.rule == "colon_speaker"]


# --- indirect speech ------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("The union welcomed the decision but said the penalty was too lenient.", "The union"),  # the first cue's
    ("Alvarez apologised but said the plan was sound.", "Alvarez"),  # no actor: the capitalised subject
    ("He resigned and said the plan was sound.", "He"),
    ("WASHINGTON — Senator Ada Brill told reporters that the vote was a mistake and called on the council to "
     "resign.", "Ada Brill"),  # a dateline is not the subject
])
def test_a_verb_joined_by_and_or_but_shares_the_subject(text, source):
    result = attribution(text)
    a = result.attributions[-1]
    assert a.cue_text in ("said", "called") and source in a.source_text


@pytest.mark.parametrize("text, content", [
    ("Hale said last month that the election was rigged.", "the election was rigged"),
    ("Hale said privately on Tuesday that the plan would fail.", "the plan would fail"),
    ("Hale told aides that he will not run.", "he will not run"),
    ("Hale said the plan that he backed had failed.", "the plan that he backed had failed"),  # a relative "that"
    ("Hale said many of the deaths that followed were avoidable.", "many of the deaths that followed were avoidable"),
])
def test_words_of_time_manner_or_addressee_before_that_are_not_the_content(text, content):
    a = only(text)
    assert cut(text, a.content) == content


def test_a_name_in_apposition_after_an_inverted_cue_speaks():
    text = '"The fine is a rounding error," said its director, Anna Price.'
    a = only(text)
    assert (a.source_text, a.source_actor, a.source_type) == ("its director, Anna Price", "Anna Price", "person")


def test_a_source_described_in_words_keeps_its_capitals_in_the_voices():
    result = attribution("A poll by the Lakeview Institute found that most voters backed the levy. "
                         "A spokesman for the Lakeview Institute said the poll was fair.")
    assert all(v.source == v.source.lower() or v.source[:1].isupper() for v in result.voices)
    assert any("Lakeview Institute" in v.source for v in result.voices)


def test_a_quoted_fragment_inside_a_reported_clause_leaves_the_clause_the_content():
    text = 'The regulator said the company\'s response was "wholly inadequate."'
    a = only(text)
    assert cut(text, a.content) == 'the company\'s response was "wholly inadequate."' and not a.direct
    text = 'The regulator said: "The response was wholly inadequate."'
    a = only(text)
    assert cut(text, a.content) == "The response was wholly inadequate." and a.direct


def test_a_quotation_before_a_coordinated_verb_is_the_first_verbs():
    text = 'Hale called the plan "reckless" and urged the council to drop it.'
    result = attribution(text)
    urged = [a for a in result.attributions if a.cue_text == "urged"]
    assert urged and all(cut(text, a.content) != "reckless" for a in urged)


def test_apposition_is_skipped_to_find_the_subject():
    text = "Hugh Hill, a doctor at the clinic, said the ward was full."
    a = only(text)
    assert a.source_actor == "Hugh Hill"
    assert a.source_type == "person"
    assert a.source_text.startswith("Hugh Hill")
    assert cut(text, a.content) == "the ward was full"
    assert a.direct is False


def test_relative_clause_apposition():
    a = only("Ruth Okafor, who runs a bakery, said the levee broke.")
    assert a.source_actor == "Ruth Okafor"


@pytest.mark.parametrize("text, cue, source_type, actor, content", [
    # a description just before the comma is who speaks, not the name before it
    ("Okafor said the senator, who argued for the cuts, was wrong.", "argued", "other", None, "for the cuts"),
    ("Okafor met a former aide, who said the plan was wrong.", "said", "anonymous", None, "the plan was wrong"),
    ("Okafor praised Senator Ellis, who said the plan was wrong.", "said", "person", "Ellis", "the plan was wrong"),
    ("The senator, who argued that the cuts were fair, will vote on Monday.", "argued", "other", None, "the cuts were fair"),
    ("It was praised by Dr. Ann Cole, the regional health officer, who said the plan was fair.", "said", "person",
     "Ann Cole", "the plan was fair"),  # a description in apposition to a name
])
def test_a_relative_who_speaks_for_the_phrase_just_before_it(text, cue, source_type, actor, content):
    a = next(a for a in attribution(text).attributions if a.cue_text == cue)
    assert (a.source_text, a.source_type, a.source_actor) == ("who", source_type, actor)
    assert cut(text, a.content) == content  # a relative clause closes at its comma


@pytest.mark.parametrize("text, name, source", [
    ("Quina Jones, 25, said the march would go on.", "Quina Jones", "Quina Jones, 25"),
    ("Johnnie Wilson, of Springfield, Va., said he had fought for his country.", "Johnnie Wilson",
     "Johnnie Wilson, of Springfield, Va"),
    ("Rep. Gwen Moore (D-Wis.) said the remark was a dog whistle.", "Gwen Moore", "Rep. Gwen Moore (D-Wis.)"),
])
def test_an_age_a_home_town_or_a_party_label_belongs_to_the_source(text, name, source):
    a = only(text)
    assert a.source_actor == name
    assert a.source_text == source


@pytest.mark.parametrize("text, source", [
    ("The Centers for Disease Control and Prevention said cases rose.", "Centers for Disease Control and Prevention"),
    ("The Harbour Committee on Ways and Means said it would vote.", "Harbour Committee on Ways and Means"),
    ("The Bureau of Alcohol, Tobacco, Firearms and Explosives said it was looking into it.",
     "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
])
def test_an_and_or_a_comma_inside_an_actors_name_does_not_end_the_source(text, source):
    a = only(text)
    assert a.source_actor == source
    assert a.source_text == "The " + source


@pytest.mark.parametrize("text, source, actor", [
    ("Marco Rubio spoke. One leading Republican, Senator Lindsey Graham of South Carolina, praised Rubio.",
     "One leading Republican, Senator Lindsey Graham of South Carolina", "Lindsey Graham"),
    ("Sen. Lindsey Graham (R) of South Carolina said the bill was bad.", "Sen. Lindsey Graham (R) of South Carolina",
     "Lindsey Graham"),
    ("Sen. Lindsey Graham of South Carolina said the bill was bad.", "Sen. Lindsey Graham of South Carolina",
     "Lindsey Graham"),
    # one member of a party is not the party's voice; its members are
    ("Marco Rubio spoke. The Florida Republican said the bill was bad.", "The Florida Republican", None),
    ("One leading Democrat said the bill was bad.", "One leading Democrat", None),
    ("The Democratic senator said the bill was bad.", "The Democratic senator", None),
    ("A Labour MP said the bill was bad.", "A Labour MP", None),
    ("Taxes will rise, the Democratic candidate's former doctor said.", "the Democratic candidate's former doctor", None),
    ("One critic, Senator Rand Paul of Kentucky, said the bill was bad.", "One critic, Senator Rand Paul of Kentucky",
     "Rand Paul"),
    ("House Republicans said the bill was bad.", "House Republicans", "Republican Party"),
])
def test_a_person_described_by_party_or_place(text, source, actor):
    a = [a for a in attribution(text).attributions if a.cue_text in ("said", "praised")][0]
    assert (a.source_text, a.source_actor) == (source, actor)


@pytest.mark.parametrize("text, source, actor", [
    ("Senator Maria Lopez spoke. The California senator said the bill was badly drafted.", "The California senator", None),
    ("The New York billionaire said the deal was void.", "The New York billionaire", None),
    ("French carmaker Renault said its plant would not reopen.", "French carmaker Renault", "Renault"),
    # a country's organs speak for it
    ("The Russian foreign ministry said the deal was void.", "The Russian foreign ministry", "Russia"),
])
def test_a_place_before_a_common_noun_is_no_source(text, source, actor):
    a = [a for a in attribution(text).attributions if a.cue_text == "said"][0]
    assert (a.source_text, a.source_actor) == (source, actor)


@pytest.mark.parametrize("text, source, actor", [
    ("Twitter users said the video was fake.", "Twitter users", None),
    ("Dana Reyes spoke. Reyes critics said the bridge would close.", "Reyes critics", "Reyes critics"),
    ("Dana Reyes spoke. Her customers, shopping in central Ohio, said the bridge would close.",
     "Her customers, shopping in central Ohio", None),
    ("Dana Reyes spoke. Her husband, Tom Ebert, said the bridge would close.", "Her husband, Tom Ebert", "Tom Ebert"),
    ("Dana Reyes spoke. One of Reyes's colleagues said the bridge would close.", "One of Reyes's colleagues", None),
    ("His customers, shopping in central Ohio, said the bridge would close.", "His customers, shopping in central Ohio",
     None),  # "His" linked to no one
])
def test_people_named_after_an_actor_are_others_than_it(text, source, actor):
    a = [a for a in attribution(text).attributions if a.cue_text == "said"][0]
    assert (a.source_text, a.source_actor) == (source, actor)


@pytest.mark.parametrize("text, source, actor", [
    ("The bridge is in Ohio. Ohio Gov. Dana Reyes said the bridge would close.", "Ohio Gov. Dana Reyes", "Dana Reyes"),
    ("Dana Reyes was away. Reyes spokesman Tom Ebert said the bridge would close.", "Reyes spokesman Tom Ebert", "Tom Ebert"),
    ("The Pentagon spokesman Tom Ebert said the bridge would close.", "The Pentagon spokesman Tom Ebert", "Tom Ebert"),
    ("Dana Reyes's lawyer Tom Ebert said the bridge would close.", "Dana Reyes's lawyer Tom Ebert", "Tom Ebert"),
    ("A spokesman for Dana Reyes said the bridge would close.", "A spokesman for Dana Reyes", "Dana Reyes"),
    ("Dana Reyes's office said the bridge would close.", "Dana Reyes's office", "Dana Reyes"),
])
def test_a_person_named_after_a_modifier_is_the_one_who_speaks(text, source, actor):
    a = [a for a in attribution(text).attributions if a.cue_text == "said"][0]
    assert a.source_text == source
    assert a.source_actor == actor


@pytest.mark.parametrize("text, source", [
    ("Dana Reyes and Tom Ebert said the bridge would close.", "Dana Reyes and Tom Ebert"),
    ("Officials in Ohio and Kentucky said the bridge would close.", "Officials in Ohio and Kentucky"),
    ("Reyes read the report and Ebert said the bridge would close.", "Ebert"),
])
def test_and_between_names_joins_the_subject_but_not_two_clauses(text, source):
    a = [a for a in attribution(text).attributions if a.cue_text == "said"][0]
    assert a.source_text == source


@pytest.mark.parametrize("text, source", [
    ("The union's chief negotiator, Ada Brill, said the talks had failed.", "The union's chief negotiator, Ada Brill"),
    ('"The talks failed," the negotiator, Ada Brill, said.', "the negotiator, Ada Brill"),
])
def test_a_name_in_apposition_after_a_noun_is_part_of_the_source(text, source):
    a = only(text)
    assert a.source_text == source
    assert a.source_actor == "Ada Brill"


@pytest.mark.parametrize("text, source, actor", [
    ("Ada Brill, director of the Centre for Port Studies at Vennick University, said the talks had failed.",
     "Ada Brill, director of the Centre for Port Studies at Vennick University", "Ada Brill"),
    ("Senator Ada Brill, Democrat of Ohio, said the talks had failed.", "Senator Ada Brill, Democrat of Ohio", "Ada Brill"),
    ("Ada Brill, meanwhile, said the talks had failed.", "Ada Brill, meanwhile", "Ada Brill"),
    ("Ada Brill, Reyes's communications director, said the talks had failed.",
     "Ada Brill, Reyes's communications director", "Ada Brill"),
    ("One former aide, speaking on condition of anonymity, said the talks had failed.",
     "One former aide, speaking on condition of anonymity", None),
])
def test_an_apposition_without_an_article_is_skipped_to_find_the_subject(text, source, actor):
    # (before, with no source found before the cue, the words after it were taken for an inverted source)
    a = only(text)
    assert (a.source_text, a.source_actor) == (source, actor)
    assert cut(text, a.content) == "the talks had failed"


@pytest.mark.parametrize("text, cue, actor", [
    ("Ada Brill shot the ball but claimed it was an accident.", "claimed", "Ada Brill"),
    ("Ada Brill called the rules “unfair,” telling reporters that they would fail.", "telling", "Ada Brill"),
    ("When Tom Ebert met Ada Brill, she smiled, adding that the talks would go on.", "adding", "Ada Brill"),
])
def test_a_cue_with_no_subject_of_its_own_takes_the_main_clauses(text, cue, actor):
    a = [a for a in attribution(text).attributions if a.cue_text == cue][0]
    assert a.source_actor == actor
    assert "," not in a.source_text  # a clause between commas is no apposition ("Ada Brill, she smiled,")


@pytest.mark.parametrize("text, source", [
    ("The talks had failed, said Ada Brill.", "Ada Brill"),
    ("The talks had failed, said the chief negotiator.", "the chief negotiator"),
])
def test_an_inverted_source_without_a_quotation(text, source):
    assert only(text).source_text == source



@pytest.mark.parametrize("text, content", [
    ("In Ohio, Ada Brill said the talks had failed.", "the talks had failed"),
    ("The talks had failed, Ada Brill said on Tuesday.", "The talks had failed"),
    ("In the end, the talks failed, Ada Brill said.", "In the end, the talks failed"),
    ("The plan was legal, she told the court in her filing.", "The plan was legal"),
    ("The bridge will close, officials said late Tuesday.", "The bridge will close"),
    ("The bridge will close, officials told reporters on Tuesday.", "The bridge will close"),
    ("In the end, Okafor said it would fail.", "it would fail"),  # a clause after the cue: its content
    ("The bridge will close, officials said at a news conference.", "The bridge will close"),
    ("Shortly after the vote, Okafor announced his resignation.", "his resignation"),  # an object, not an adjunct
    ("Taxes are high, Okafor said, but spending is low.", "Taxes are high"),  # "but" ends it
    ("The bridge will close, officials said, and the mayor wants it rebuilt.", "The bridge will close"),
    ('When the vote ended, Okafor said, "We lost fair and square."', "We lost fair and square."),  # the quotation
])
def test_what_comes_before_a_closing_cue_is_content_unless_a_clause_or_object_follows_or_it_opens_the_subject(text, content):
    a = only(text)
    assert cut(text, a.content) == content


def test_a_relative_pronoun_after_a_comma_is_the_source_and_names_its_antecedent():
    text = "He clashed with Mitch McConnell, now the Senate majority leader, who in 2010 said the goal was to beat him."
    a = only(text)
    assert a.source_text == "who"
    assert a.source_actor == "Mitch McConnell"
    assert a.source_type == "person"


def test_a_participle_after_a_comma_shares_the_speaker_before_it():
    text = '"Deals should not be required," Mayor Dana Ortiz said on Monday, adding that the talks would go on.'
    found = attribution(text).attributions
    adding = [a for a in found if a.cue_text == "adding"]
    assert adding, [a.cue_text for a in found]
    assert adding[0].source_actor == "Dana Ortiz"
    assert adding[0].rule == "verb_participle"


@pytest.mark.parametrize("text, cue, source", [
    ("The nominee has been endorsed by dozens of papers.", "endorsed", "dozens of papers"),
    ("The registration issue was first reported by The Example Post on Monday.", "reported", "The Example Post"),
    ("The claim was rejected by the court.", "rejected", "the court"),
])
def test_the_agent_of_a_passive_cue_is_the_source(text, cue, source):
    found = attribution(text).attributions
    assert len(found) == 1, found
    assert cue in found[0].cue_text
    assert found[0].source_text == source


def test_a_titled_agent_is_whole_and_no_apposition_is_its_words():
    text = "The plan was praised by Dr. Ada Brill, the regional health officer, on Monday."
    found = attribution(text).attributions
    assert [(a.source_text, a.content) for a in found] == [("Dr. Ada Brill", None)]


def test_what_an_agent_said_follows_it_after_accused_of():
    text = "Senator Jane Roe was accused by critics of lying about the budget."
    found = attribution(text).attributions
    assert [(a.cue_text, a.source_text, cut(text, a.content)) for a in found] == [
        ("was accused", "critics", "of lying about the budget")
    ]


@pytest.mark.parametrize("text, cue", [
    ("Senator Jane Roe was widely criticized over the budget.", "criticized"),
    ("Mayor Dana Ortiz has been criticized for the cuts.", "criticized"),
])
def test_the_subject_of_a_passive_cue_without_agent_is_no_source(text, cue):
    # the subject is who is spoken of or to; PolNeAR's annotators give such cues no source
    found = [a for a in attribution(text).attributions if cue in a.cue_text]
    assert found and found[0].source is None and found[0].source_type == "none"


@pytest.mark.parametrize("text", [
    "Mayor Dana Ortiz was quoted as saying the plan would fail.",
    "Mayor Dana Ortiz was heard saying the plan would fail.",
])
def test_the_subject_of_quoted_as_saying_speaks(text):
    found = [a for a in attribution(text).attributions if a.cue is not None]
    assert found and found[0].source_actor == "Dana Ortiz"


def test_reported_content_ends_where_the_writers_aside_begins():
    text = ("Mayor Ada Brill has claimed the flood was caused by a broken gate, the latest in a series of "
            "troubles for the council.")
    a = only(text)
    assert cut(text, a.content) == "the flood was caused by a broken gate"


@pytest.mark.parametrize("text, source", [
    ("Trump was convinced that the election was stolen.", "Trump"),
    ("She is worried that costs will rise.", "She"),
    ("The mayor was disappointed that the plan failed.", "The mayor"),
])
def test_who_feels_or_believes_is_the_source_of_a_be_participle(text, source):
    found = [a for a in attribution(text).attributions if a.cue is not None]
    assert found and found[0].source_text == source


@pytest.mark.parametrize("text", [
    "Roe was criticized following the vote.",
    "Cruz was asked during the debate whether he would run.",
])
def test_a_word_in_ing_that_is_no_reporting_verb_does_not_make_the_subject_speak(text):
    assert not [a for a in attribution(text).attributions if a.source_text in ("Roe", "Cruz")]


def test_an_agent_named_with_of_is_whole():
    text = "Roe was accused by the Department of Justice of fraud."
    found = [a for a in attribution(text).attributions if a.cue is not None]
    assert [(a.source_text, cut(text, a.content)) for a in found] == [("the Department of Justice", "of fraud")]


def test_an_inverted_cue_without_a_quotation_reports_what_comes_before_its_comma():
    text = "Hello, said Hugh Hill."  # one word: too short for the clause before a closing cue
    a = only(text)
    assert (a.source_text, cut(text, a.content)) == ("Hugh Hill", "Hello")


@pytest.mark.parametrize("text, cue", [
    ("Calloway did not say where his information came from.", "did not say"),
    ("Calloway didn't say where his information came from.", "say"),
    ("Musk spoke, nor did he claim that the attack came from abroad.", "claim"),
    ("Musk has never claimed that the attack came from abroad.", "claimed"),
])
def test_a_negated_cue_is_marked_and_its_stance_not_counted(text, cue):
    result = attribution(text)
    negated = [a for a in result.attributions if a.cue is not None and a.cue_text.endswith(cue)]
    assert negated and negated[0].negated
    assert result.negated == 1 and sum(result.by_stance.values()) == sum(
        1 for a in result.attributions if a.cue is not None) - 1


@pytest.mark.parametrize("text, source", [
    ("Nobody said the talks had failed.", "Nobody"),
    ("No one has claimed that the ferry sank.", "No one"),
    ("No group has claimed that the ferry sank.", "No group"),
    ("None of the officials said the ferry sank.", "None of the officials"),
])
def test_a_cue_whose_source_is_no_one_is_negated_and_gives_no_voice(text, source):
    result = attribution(text)
    (a,) = result.attributions
    assert a.source_text == source and a.negated and result.negated == 1
    assert result.voices == () and result.attributed_word_share == 0.0
    assert result.by_stance == {}


@pytest.mark.parametrize("text", [
    "No fewer than 30 officials said the ferry sank.",
    "No wonder Grant said the ferry sank.",
    "No matter what critics said, the ferry sank.",
])
def test_no_fewer_than_is_no_denial(text):
    a = attribution(text).attributions[0]
    assert not a.negated


def test_a_negated_cue_gives_no_voice_but_others_do():
    result = attribution("Calloway did not say where the ferry was. Grant said it sank.")
    assert [v.source for v in result.voices] == ["Grant"]


@pytest.mark.parametrize("text, stance", [
    ("The Harbour Front claimed responsibility for the attack.", "neutral"),
    ("The Harbour Front claimed credit for the attack.", "neutral"),
    ("The Harbour Front claimed the attack was a hoax.", "distancing"),
])
def test_claiming_responsibility_is_the_usual_word_not_distancing(text, stance):
    (a,) = attribution(text).attributions
    assert a.stance == stance


@pytest.mark.parametrize("text", [
    "Musk claimed that the attack came from abroad. Nobody doubted it.",
    '"Never," said Hill.',  # the negator is what was said
    "Absolutely not, said Hill.",
    "Smith, who was not present, said the vote was rigged.",  # another clause's negator
    "Smith did not resign and claimed the vote was rigged.",
    "Smith not only claimed the vote was rigged.",
])
def test_an_affirmed_cue_is_not_negated(text):
    result = attribution(text)
    assert result.attributions and not any(a.negated for a in result.attributions) and result.negated == 0


def test_according_to_a_document():
    text = "According to court records, the firm paid no tax."
    a = only(text)
    assert a.rule == "according_to"
    assert a.cue_text == "According to"
    assert a.entry == f"reporting_verbs.tsv:{line_of('reporting_verbs', 'according to')}"
    assert a.source_text == "court records"
    assert a.source_type == "document"
    assert cut(text, a.content) == "the firm paid no tax"


def test_according_to_at_the_end():
    text = "The firm paid no tax, according to the police."
    a = only(text)
    assert a.rule == "according_to"
    assert a.source_text == "the police"
    assert cut(text, a.content) == "The firm paid no tax"


@pytest.mark.parametrize("text", [
    "Indeed, according to the police, the firm paid no tax.",
    "But according to the police, the firm paid no tax.",
    "In fact, according to the police, the firm paid no tax.",
])
def test_according_to_after_an_opening_word(text):
    a = only(text)
    assert a.source_text == "the police"
    assert cut(text, a.content) == "the firm paid no tax"


@pytest.mark.parametrize("text", [
    "By citing the report, the senator avoided the question.",  # a preposition
    "There is no way to think of the war without recalling the dead.",  # existential "there"
    "* There is no reference to the vote in the report.",  # and a bullet before it
])
def test_a_lone_function_word_is_no_source(text):
    found = attribution(text).attributions
    assert found, "the cue is expected to fire; the test is about its source"
    assert [(a.source, a.source_text, a.source_type) for a in found] == [(None, "", "none")] * len(found)


@pytest.mark.parametrize("text, source, actor", [
    ("Mayor Ana Ruiz spoke on Monday. Ruiz's critics said the plan would fail.", "Ruiz's critics", None),
    ("Mayor Ana Ruiz spoke on Monday. Her husband said the plan would fail.", "Her husband", None),
    ("Mayor Ana Ruiz spoke on Monday. Her opponents said the plan would fail.", "Her opponents", "opponents"),
    # those who speak on her behalf stay her voice
    ("Mayor Ana Ruiz spoke on Monday. Ruiz's lawyer said the plan would fail.", "Ruiz's lawyer", "Ana Ruiz"),
    ("Mayor Ana Ruiz spoke on Monday. A Ruiz spokesman said the plan would fail.", "A Ruiz spokesman", "Ana Ruiz"),
])
def test_a_possessor_is_not_the_voice_of_its_critics_or_family(text, source, actor):
    a = attribution(text).attributions[-1]
    assert (a.source_text, a.source_actor) == (source, actor)


@pytest.mark.parametrize("text, actor", [
    ("House Democrats said the bill would fail.", "Democratic Party"),  # not the House
    ("Several Senate Republicans said they opposed it.", "Republican Party"),
    ("Texas Republicans said they opposed it.", "Republican Party"),
    ("Mayor Ana Ruiz spoke. Later, her Harbour Oversight Committee report said the plan failed.", "Ana Ruiz"),
])
def test_of_names_written_one_after_another_the_last_speaks(text, actor):
    assert attribution(text).attributions[-1].source_actor == actor


@pytest.mark.parametrize("text, actor", [
    ("A Harbour City Herald reporter, Jonathan Marsh, said the race was close.", "Jonathan Marsh"),
    ("Mayor Ana Ruiz spoke. Ruiz's deputy, Tom Bell, said the plan failed.", "Tom Bell"),
    ("Jonathan Marsh, a Harbour City Herald reporter, said the race was close.", "Jonathan Marsh"),
])
def test_a_person_named_in_apposition_at_the_end_speaks(text, actor):
    assert attribution(text).attributions[-1].source_actor == actor


def test_study_found_is_documentary_data():
    a = only("A study found that the drug worked.")
    assert a.source_type == "document"
    assert a.kind == "data"


@pytest.mark.parametrize(
    "text, source",
    [
        ("A person familiar with the matter said the deal was close.", "A person familiar with the matter"),
        ("Officials said the road was safe.", "Officials"),
        ("Two people who asked not to be named said the talks had stalled.", None),
    ],
)
def test_anonymous_sources(text, source):
    result = attribution(text)
    (a,) = result.attributions
    assert a.source_type == "anonymous"
    assert a.source_actor is None
    if source:
        assert a.source_text == source
    assert result.by_source_type == {"anonymous": 1}


@pytest.mark.parametrize(
    "text, source, actor",
    [
        # an unnamed official of a named organisation is anonymous and speaks for it
        ("A Pentagon official, speaking on condition of anonymity, said the talks stalled.",
         "A Pentagon official, speaking on condition of anonymity", "Department of Defense"),
        ("A senior White House official said the talks stalled.", "A senior White House official", "White House"),
        ("A top Democratic aide says the bill is dead.", "A top Democratic aide", "Democratic Party"),
        ("An official at the Pentagon said the strike had worked.", "An official at the Pentagon", "Department of Defense"),
        # near someone is not for someone; "close to" goes on to what the source is close to
        ("A source close to Mayor Ann Lee said the bill was dead.", "A source close to Mayor Ann Lee", None),
        ("One top GOP aide close to the negotiations said the bill was dead.",
         "One top GOP aide close to the negotiations", "Republican Party"),
        ("Pentagon officials said the strike had worked.", "Pentagon officials", "Pentagon officials"),
    ],
)
def test_an_unnamed_source_with_a_named_affiliation_is_anonymous(text, source, actor):
    result = attribution(text)
    (a,) = result.attributions
    assert (a.source_text, a.source_type, a.source_actor) == (source, "anonymous", actor)
    assert result.by_source_type == {"anonymous": 1}


@pytest.mark.parametrize(
    "text, typ, actor",
    [
        ("A Tesla spokesman said the company would appeal.", "organisation", "Tesla"),  # on the record, for Tesla
        ("Ruth Okafor, a senior aide, said the deal was close.", "person", "Ruth Okafor"),  # named
        ("Kadri Liik, an expert on Russia, said the deal was close.", "person", "Kadri Liik"),  # named, untyped
        ("The White House's official account said the deal was close.", "organisation", "White House"),  # an adjective
        ("The Harbour Observer said the deal was close.", "organisation", "Harbour Observer"),  # a newspaper's name
    ],
)
def test_a_spokesman_of_a_named_organisation_or_a_named_aide_is_not_anonymous(text, typ, actor):
    (a,) = attribution(text).attributions
    assert (a.source_type, a.source_actor) == (typ, actor)


def test_a_verb_after_and_takes_the_whole_subject_name():
    result = attribution("House Speaker Paul Ryan says the bill will pass, and said it would be signed.")
    assert [(a.source_text, a.source_actor) for a in result.attributions] == [("House Speaker Paul Ryan", "Paul Ryan")] * 2


@pytest.mark.parametrize(
    "text, cue",
    [
        ("It is unclear whether the mayor approved the order.", "is unclear"),
        ("It seems likely that the vote will pass.", "seems"),
        ("It was reported that the mayor resigned.", "was reported"),
        ("It is widely expected that the bill will pass.", "is widely expected"),
    ],
)
def test_an_impersonal_it_is_no_source(text, cue):
    result = attribution(text)
    (a,) = result.attributions
    assert (a.cue_text, a.source, a.source_type) == (cue, None, "none")
    assert result.voices == ()


@pytest.mark.parametrize("text", ["The firm said it would appeal. It has said the ruling was wrong.",
                                  "The firm lost. It said the ruling was wrong."])
def test_an_it_that_stands_for_an_organisation_is_a_source(text):
    assert attribution(text).attributions[-1].source_text == "It"


def test_a_request_for_comment_left_unanswered_is_no_attribution():
    result = attribution("The force did not respond to questions from the Courier on Saturday night.")
    assert result.attributions == ()
    assert [(n.text, n.subject) for n in result.non_responses] == [("did not respond to questions", "The force")]


@pytest.mark.parametrize(
    "text, source",
    [
        ("One councillor, who asked not to be named, said some colleagues might resign.", "One councillor, who asked not to be named"),
        ("Two people who asked not to be named said the talks had stalled.", "Two people who asked not to be named"),
        ("Chris Cox, who runs the lobbying arm, said the bill was bad.", "Chris Cox, who runs the lobbying arm"),
    ],
)
def test_a_relative_clause_stays_in_the_source_phrase(text, source):
    (a,) = attribution(text).attributions
    assert a.source_text == source


@pytest.mark.parametrize(
    "text, actor",
    [
        ("CNN's Fareed Zakaria said the plan failed.", "Fareed Zakaria"),  # a name no list types
        ("Trump's Secretary of State Mike Pompeo said the talks would go on.", "Mike Pompeo"),  # "of" in a title
        ("A spokesman for Clinton said it.", "Clinton"),
    ],
)
def test_the_person_a_possessive_or_a_title_leads_to_speaks(text, actor):
    (a,) = attribution(text).attributions
    assert a.source_actor == actor


@pytest.mark.parametrize(
    "text, source, typ, actor",
    [
        # a name inside a relative clause or after "close to" is not who the source is
        ("The man who was arrested by the FBI told reporters he was innocent.", "The man who was arrested by the FBI", "other", None),
        ("The lawyer who has represented Apple said the case was weak.", "The lawyer who has represented Apple", "other", None),
        ("A source close to the investigation said it was over.", "A source close to the investigation", "anonymous", None),
        # a critic speaks for no one named; a named person with a critic's apposition speaks
        ("A Kremlin critic said the vote was rigged.", "A Kremlin critic", "anonymous", None),
        ("Senator Ben Sasse of Nebraska, a frequent Trump critic, said it.",
         "Senator Ben Sasse of Nebraska, a frequent Trump critic", "person", "Ben Sasse"),
    ],
)
def test_who_the_source_is_comes_before_a_relative_clause_or_close_to(text, source, typ, actor):
    (a,) = attribution(text).attributions
    assert (a.source_text, a.source_type, a.source_actor) == (source, typ, actor)


@pytest.mark.parametrize(
    "text",
    ["Apple posted a loss. It was pleased to announce that sales rose.",
     "The ministry met. It is likely to announce a plan, officials said."],
)
def test_an_it_that_stands_for_an_organisation_before_to_is_kept(text):
    assert any(a.source_text == "It" for a in attribution(text).attributions)


def test_a_participle_after_an_unanswered_request_is_the_voice_of_who_did_not_answer():
    result = attribution("The spokesman declined to answer questions, saying the case was under investigation.")
    (a,) = result.attributions
    assert (a.cue_text, a.source_text, a.source_type) == ("saying", "The spokesman", "anonymous")
    (r,) = result.non_responses
    assert (r.subject, r.subject_type) == ("The spokesman", "anonymous")


def test_named_source_is_not_anonymous():
    result = attribution("Ruth Okafor said the deal was close.")
    assert result.by_source_type.get("anonymous", 0) == 0


# --- stance ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "verb, stance",
    [("said", "neutral"), ("claimed", "distancing"), ("alleged", "distancing"), ("insisted", "distancing"),
     ("confirmed", "endorsing"), ("acknowledged", "endorsing"), ("boasted", "evaluative")],
)
def test_stance_of_the_cue(verb, stance):
    text = f"The mayor {verb} that the budget was balanced."
    a = only(text)
    assert a.cue_text == verb
    assert a.stance == stance


def test_claimed_is_distancing_where_said_is_neutral():
    claimed = attribution("The mayor claimed the budget was balanced.")
    said = attribution("The mayor said the budget was balanced.")
    assert claimed.by_stance == {"distancing": 1}
    assert said.by_stance == {"neutral": 1}
    assert claimed.attributions[0].entry == f"reporting_verbs.tsv:{line_of('reporting_verbs', 'claim')}"


def test_confirmed_is_endorsing():
    text = "The ministry confirmed that two soldiers died."
    a = only(text)
    assert a.stance == "endorsing"
    assert a.entry == f"reporting_verbs.tsv:{line_of('reporting_verbs', 'confirm')}"
    assert cut(text, a.content) == "two soldiers died"


# --- quotations without a cue ---------------------------------------------------------------

def test_quote_without_cue_inherits_previous_speaker():
    text = 'Mayor Ann Cole spoke at the depot on Monday. "We will rebuild," Cole said. "It will take years."'
    result = attribution(text)
    assert [a.rule for a in result.attributions] == ["verb", "quote_inherits"]
    first, second = result.attributions
    assert second.sentence == 2
    assert second.cue is None
    assert second.source_actor == first.source_actor == "Ann Cole"
    assert cut(text, second.content) == "It will take years."
    assert second.direct


def test_quote_with_no_speaker_anywhere():
    text = 'The bridge closed on Monday. "It will take years."'
    result = attribution(text)
    (a,) = result.attributions
    assert a.rule == "quote_no_speaker"
    assert a.source_type == "none" and a.source_actor is None


def test_scare_quote_is_not_an_attribution():
    result = attribution("The mayor's 'plan' was never published.")
    assert result.attributions == ()


# --- non-responses --------------------------------------------------------------------------

def test_did_not_respond_is_a_non_response_not_an_attribution():
    text = "The company did not respond to a request for comment."
    result = attribution(text)
    assert result.attributions == ()
    (n,) = result.non_responses
    assert n.text == "did not respond to a request for comment"
    assert n.entry == f"no_comment.tsv:{line_of('no_comment', 'did not respond to a request for comment')}"
    assert n.actor is None
    assert n.sentence == 0


def test_non_response_names_the_actor():
    result = attribution("The Federal Reserve did not respond to a request for comment.")
    (n,) = result.non_responses
    assert n.actor == "Federal Reserve"


def test_declined_to_comment():
    result = attribution("Ruth Okafor declined to comment.")
    assert result.attributions == ()
    assert [n.text for n in result.non_responses] == ["declined to comment"]
    assert result.non_responses[0].actor == "Ruth Okafor"


# --- unnamed reports and polls --------------------------------------------------------------

def test_reportedly_rests_the_clause_on_unnamed_reports():
    text = "The agency is reportedly preparing to interview the mayor."
    a = only(text)
    assert (a.cue_text, a.rule, a.source_type) == ("reportedly", "report_adverb", "none")
    assert cut(text, a.content) == "The agency is reportedly preparing to interview the mayor"
    result = attribution(text)
    assert result.voices == ()  # no one is named: no one's voice
    assert result.attributed_word_share > 0.9  # but the sentence rests on others' words


def test_reportedly_before_a_verb_of_saying_leaves_the_verb_the_cue():
    a = only("The minister reportedly said that the plan would fail.")
    assert a.rule == "verb" and a.cue_text.endswith("said") and a.source_text == "The minister"


def test_reportedly_inside_another_attributions_content_is_that_report():
    a = only("An official said a backup pump had reportedly failed in March.")
    assert (a.cue_text, a.source_text) == ("said", "An official")


@pytest.mark.parametrize("text, source, content", [
    ("In a Harbor Times poll released Monday, 54 percent of voters backed the levy.",
     "a Harbor Times poll", "54 percent of voters backed the levy"),
    ("In the same survey, most renters said rents had risen.", "the same survey", "most renters said rents had risen"),
    ("Okafor led Brill by 5 points in the latest Harbor Times poll.", "the latest Harbor Times poll",
     "Okafor led Brill by 5 points"),
])
def test_in_a_poll_is_a_data_attribution(text, source, content):
    result = attribution(text)
    (a,) = [a for a in result.attributions if a.rule == "poll"]
    assert (a.cue_text.lower(), a.source_text, a.source_type, a.kind) == ("in", source, "document", "data")
    assert cut(text, a.content) == content


@pytest.mark.parametrize("text", [
    "Okafor has surged in the polls since June.",  # a race, not a finding
    "Forty percent of voters in the poll were undecided about the levy.",  # the poll only says who
    "In a memo released as polls closed, the campaign thanked its volunteers.",  # another clause's poll
    "Voters in a recent survey said the levy was too high.",  # the sentence has its own cue
    "In the polls, anyway.",  # no claim
    "Okafor said that in the latest survey her lead had grown.",  # inside Okafor's words
])
def test_in_a_poll_that_reports_no_finding_is_no_cue(text):
    assert not [a for a in attribution(text).attributions if a.rule == "poll"]


# --- quotations over paragraphs and nested cues ---------------------------------------------

MULTI = (
    'Ruth Okafor described the night to reporters. "The river rose fast and the levee broke.\n\n'
    '"We lost everything in an hour," Okafor said.'
)


def test_multi_paragraph_quotation_is_one_quote():
    doc = parse(MULTI, LEX)
    (q,) = doc.quotes
    assert len(q.segments) == 2
    assert [MULTI[s.start : s.end] for s in q.segments] == [
        "The river rose fast and the levee broke.", "We lost everything in an hour,"]
    assert len(doc.paragraphs) == 2


def test_multi_paragraph_quotation_is_attributed_whole():
    result = attribution(MULTI)
    (a,) = [x for x in result.attributions if x.direct]  # "described the night" is indirect
    assert a.source_actor == "Ruth Okafor"
    assert a.direct
    assert a.content.start == MULTI.index("The river")
    assert a.content.end == MULTI.index(' Okafor said') - 1
    words = parse(MULTI, LEX).word_count
    assert result.quoted_word_share == pytest.approx(14 / words, abs=1e-4)


def test_reporting_verbs_inside_a_quotation_are_not_counted():
    text = 'Ruth Okafor said: "My neighbour told me the levee broke, and he said the water came in."'
    result = attribution(text)
    (a,) = result.attributions
    assert a.cue.start == text.index("said")
    assert a.source_actor == "Ruth Okafor"
    assert cut(text, a.content).startswith("My neighbour told me")


# --- cues that are not cues -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The state will pay for the repairs.",
        "He lives in a state with no income tax.",
        "The firm added 300 jobs.",
        "The union called a strike.",
        "The claim was rejected in the end.",
    ],
)
def test_not_a_cue(text):
    assert attribution(text).attributions == ()


def test_state_as_a_verb_is_a_cue():
    a = only("Officials stated that the road was safe.")
    assert a.cue_text == "stated"
    assert a.entry == f"reporting_verbs.tsv:{line_of('reporting_verbs', 'state')}"


def test_added_framing_words_is_a_cue():
    a = only('"It will be fine," the mayor added.')
    assert a.cue_text == "added"


@pytest.mark.parametrize("text, source", [
    ("The road is safe, officials said.", "officials"),
    ("The road is safe, Mayor Ann Cole said on Monday.", "Mayor Ann Cole"),
    ("He lives in the state of Ohio, officials said.", "officials"),
])
def test_content_before_a_sentence_final_cue(text, source):
    a = only(text)
    assert a.source_text == source
    assert cut(text, a.content) == text.split(",")[0]
    assert a.direct is False


# --- rates ----------------------------------------------------------------------------------

def test_rates_by_hand():
    result = attribution('"We will rebuild," Grant said.')
    assert result.words == 5
    assert result.per_1000_words == pytest.approx(200.0)
    assert result.quoted_word_share == pytest.approx(0.6)
    assert result.attributed_word_share == pytest.approx(0.6)
    assert result.sentence_share == pytest.approx(1.0)
    assert (result.direct, result.indirect) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        MULTI,
        'Mayor Ann Cole spoke at the depot on Monday. "We will rebuild," Cole said. "It will take years."',
        "The bridge reopened. Officials said it was safe. A person familiar with the matter said it was not.",
        '"Everything," she said, "is fine." "Nothing is fine," said Grant. "Nothing."',
        "",
    ],
)
def test_rates_are_consistent(text):
    result = attribution(text)
    words = parse(text, LEX).word_count
    n = len(result.attributions)
    assert result.per_1000_words == pytest.approx(1000 * n / words if words else 0.0, abs=1e-3)
    assert 0.0 <= result.quoted_word_share <= 1.0
    assert 0.0 <= result.attributed_word_share <= 1.0
    assert 0.0 <= result.sentence_share <= 1.0
    assert result.direct + result.indirect == n
    assert sum(result.by_source_type.values()) == n
    assert sum(result.by_stance.values()) == sum(1 for a in result.attributions if a.cue is not None)
    assert sum(v.attributions for v in result.voices) == sum(1 for a in result.attributions if a.source_type != "none")
    if result.voices:
        assert sum(v.share_of_attributed_words for v in result.voices) == pytest.approx(1.0, abs=1e-3)


def test_quoted_text_scores_more_quoted_words_than_paraphrase():
    quoted = attribution('Ruth Okafor said: "The levee held through the night."')
    paraphrase = attribution("Ruth Okafor said the levee held through the night.")
    assert quoted.quoted_word_share > paraphrase.quoted_word_share == 0.0
    assert paraphrase.attributed_word_share > 0.0


def test_score_end_to_end():
    text = "Hugh Hill, a doctor at the clinic, said the ward was full. The clinic did not respond to a request for comment."
    s = framing.score(text)
    assert [a.source_actor for a in s.attribution.attributions] == ["Hugh Hill"]
    assert len(s.attribution.non_responses) == 1
    assert s.actors.get("Hugh Hill").speaks


# --- traps found in review (each was a bug; kept as regression tests) -----------------------

def test_records_show_without_that():
    a = only("Records show the firm paid no tax.")
    assert a.source_type == "document"


def test_multi_paragraph_quotation_with_pronoun_speaker():
    text = MULTI.replace("Okafor said.", "she said.")
    (a,) = [x for x in attribution(text).attributions if x.direct]
    assert a.source_actor == "Ruth Okafor"


def test_told_addressee_is_not_content():
    text = "Ruth Okafor told reporters the plan was dead."
    a = only(text)
    assert cut(text, a.content) == "the plan was dead"


@pytest.mark.parametrize("text", ['"We will rebuild," Grant said.', "She said the plan was dead."])
def test_source_type_is_a_documented_value(text):
    a = only(text)
    assert a.source_type in {"person", "organisation", "place", "named", "anonymous", "document", "pronoun", "other", "none"}


def test_a_voice_has_the_type_its_attributions_give_it():
    # "Gideon Brill" is found as a capitalised name of unknown type; speaking makes it a person's
    result = attribution("Gideon Brill said the talks had failed. “We tried,” Brill said.")
    assert [(v.source, v.source_type) for v in result.voices] == [("Gideon Brill", "person")]
    assert {a.source_type for a in result.attributions} == {"person"}


def test_the_subject_of_a_nested_verb_follows_the_verb_of_saying():
    text = "Ada Brill said traders on the waterfront were concerned about losing customers."
    nested = [a for a in attribution(text).attributions if a.cue_text != "said"]
    assert [(a.source_text, a.cue_text) for a in nested] == [("traders on the waterfront", "about")]
    assert cut(text, nested[0].content) == "losing customers"


def test_a_slogan_before_a_cue_is_what_was_said():
    text = '"Total Exoneration," Grant said.'
    assert cut(text, only(text).content) == "Total Exoneration,"


def test_a_quoted_title_is_no_ones_words():
    text = 'During Sunday\'s "Meet the Press," Jake Tapper asked the senator about her plan. "We Will Rebuild" aired later.'
    result = attribution(text)
    assert [(a.source_text, cut(text, a.content)) for a in result.attributions] == [
        ("Jake Tapper", "the senator about her plan")]


@pytest.mark.parametrize("text, content", [
    ("The mayor said the bridge would reopen in May, which will please commuters.", "the bridge would reopen in May"),
    ("The mayor said the bridge, which was built in 1920, would reopen.", "the bridge, which was built in 1920, would reopen"),
    ("The mayor said she backed the plan, which she called a good deal.", "she backed the plan, which she called a good deal"),
])
def test_a_closing_which_clause_is_the_writers_gloss(text, content):
    a = only(text)
    assert cut(text, a.content) == content


@pytest.mark.parametrize("text, source_type, actor", [
    ("The FBI director told a Senate hearing that he felt nauseous.", "other", None),  # the office's holder
    ("The Senate majority leader said the vote would be held.", "other", None),
    ("A Pentagon spokesman said the strike was lawful.", "organisation", "Department of Defense"),  # its voice
    ("The White House press secretary said the report was false.", "organisation", "White House"),
])
def test_an_office_named_after_an_organisation_is_its_holders_voice_unless_a_spokesman(text, source_type, actor):
    (a,) = [a for a in attribution(text).attributions if a.cue is not None]
    assert (a.source_type, a.source_actor) == (source_type, actor)


def test_told_an_organisations_hearing_is_the_addressee():
    text = "The director told a Senate hearing that he felt nauseous."
    a = only(text)
    assert cut(text, a.content) == "he felt nauseous"


@pytest.mark.parametrize("text, source", [
    ("Farmers – exactly the Americans who Trump claims to stand up for – would be most affected.", "Trump"),
    ("He paid her to keep quiet about what she said was an affair.", "she"),
    ("Officials who spoke on condition of anonymity said the plan failed.",
     "Officials who spoke on condition of anonymity"),  # the relative clause is the source's own
])
def test_the_subject_of_a_cue_inside_a_relative_clause_is_its_source(text, source):
    (a,) = [a for a in attribution(text).attributions if a.cue_text in ("claims", "said")]
    assert a.source_text == source


def test_the_official_after_one_anonymous_official_is_that_officials_voice():
    result = attribution('A senior government official, speaking on condition of anonymity, said the talks had '
                         'failed. The official said a new round was unlikely.')
    assert [(v.source, v.attributions) for v in result.voices] == [
        ("A senior government official, speaking on condition of anonymity", 2)]
    two = attribution("A police official said the road was closed. A transport official said buses would run. "
                      "The official said more.")
    assert len(two.voices) == 3  # which official is meant, no rule can tell


@pytest.mark.parametrize("text, content", [
    ("He said the letter that she sent was forged.", "the letter that she sent was forged"),
    ("He told a story that moved the crowd.", "a story that moved the crowd"),
    ("Hale said in a statement that he will not run.", "he will not run"),
])
def test_a_relative_that_after_a_noun_phrase_keeps_the_noun_phrase_in_the_content(text, content):
    (a,) = [a for a in attribution(text).attributions if a.cue is not None]
    assert cut(text, a.content) == content


@pytest.mark.parametrize("text", [
    'He said on Tuesday "we will win this fight."',
    'She said simply "no."',
])
def test_a_quotation_after_words_of_time_or_manner_is_direct(text):
    a = only(text)
    assert a.direct


@pytest.mark.parametrize("text", [
    "The minister praised the report and was accused of hiding its flaws.",
    "Protests erupted and were said to be spreading.",
])
def test_a_passive_joined_by_and_does_not_take_the_first_verbs_subject(text):
    passive = [a for a in attribution(text).attributions if a.cue_text.endswith(("accused", "said"))]
    assert passive and all(a.source is None for a in passive)


@pytest.mark.parametrize("text", [
    "Millions of people took part in the survey.",
    "She worked for years in the survey department.",
])
def test_taking_part_in_a_poll_or_a_survey_department_is_no_poll_cue(text):
    assert not [a for a in attribution(text).attributions if a.rule == "poll"]


# --- cues that their subject settles (cues.subject_cues) -------------------------------------

def subject_cues_of(text: str, chosen: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """What :func:`subject_cues` finds in ``text`` (verb, probability), with the words ``chosen``
    (their first occurrence) as the cues found before it."""
    from framing.measures.attribution.cues import subject_cues
    from framing.measures.attribution.sources import Context

    doc = parse(text, LEX)
    ctx = Context(doc, LEX, find_actors(doc, LEX))
    taken = [next((t.sentence, t.index, t.index + 1, None, None) for t in doc.tokens if t.lower == w) for w in chosen]
    return [(text[doc.tokens[i].start : doc.tokens[j - 1].end], p) for _, i, j, _, p in subject_cues(ctx, taken)]


@pytest.mark.parametrize("text, verb", [
    ("A Lakeview Institute analysis of state budgets shows rural districts losing teachers.", "shows"),
    ("A review by the inspector general found the agency had lost track of 40 laptops.", "found"),
    ("Videos of the storm show no damage.", "show"),
    ("The Harbor Times average of polls taken this month shows Okafor ahead.", "shows"),
    ("Bonuses rose by a fifth last year, Reuters reports.", "reports"),
    ("Bonuses rose by a fifth last year, a senior official maintains.", "maintains"),
    ("In 1998, Canada pledged that in the year 2000 it would lift the limits.", "pledged"),
])
def test_a_reporting_verb_whose_subject_can_report_is_a_rule_cue(text, verb):
    assert subject_cues_of(text) == [(verb, None)]  # a rule's cue: no probability


@pytest.mark.parametrize("text", [
    "Rents rose in that state.",  # a noun after a determiner
    "Rents rose, the agency states.",  # "states": most often the noun
    "The executive order established a nightly curfew in the city.",  # no finding after it
    "The lawsuit found its way to the Supreme Court.",
    "When the phone rang at midnight, the Harbor Council answered.",  # a subordinate clause alone before it
    "The race was too close to call.",
    "Rents are up, as Okafor proposes.",
    "Jobs rose, which could blunt Republican claims.",
    "Okafor wants to show the data.",  # an infinitive
    "Rents rose by a fifth last year, he reports.",  # a pronoun: the detector's to decide
    "The county's figures were poor, the inspectors found in March.",  # words after the verb
])
def test_no_rule_cue_for_a_noun_an_infinitive_no_finding_or_a_subject_that_cannot_report(text):
    assert subject_cues_of(text) == []


def test_a_rule_cue_in_a_sentence_with_another_cue_is_left_out():
    text = "Okafor said a review found the agency had lost track of laptops."
    (a,) = attribution(text).attributions
    assert a.cue_text == "said" and cut(text, a.content) == "a review found the agency had lost track of laptops"


def test_a_data_verb_after_a_document_reports_its_finding():
    text = "A Lakeview Institute analysis of state budgets shows rural districts losing teachers."
    a = only(text)
    assert (a.cue_text, a.kind, a.probability) == ("shows", "data", None)
    assert cut(text, a.content) == "rural districts losing teachers"


# --- a cue that opens its sentence, and content before a later cue's subject -----------------

@pytest.mark.parametrize("text, cue, source", [
    ('Said Ellis: "I do not get the sense she cares."', "Said", "Ellis"),
    ('Says Okafor, "We will rebuild."', "Says", "Okafor"),
])
def test_a_cue_opening_its_sentence_before_a_name_is_inverted(text, cue, source):
    a = only(text)
    assert (a.cue_text, a.source_text, a.rule) == (cue, source, "verb_inverted")
    assert a.direct


def test_a_question_before_the_answer_stops_at_the_answerers_name():
    text = "Asked about the charges, Rubio said the reforms were fine."
    by_cue = {a.cue_text: a for a in attribution(text).attributions}
    assert cut(text, by_cue["said"].content) == "the reforms were fine"
    assert cut(text, by_cue["Asked about"].content) == "the charges"


def test_a_cue_set_off_by_commas_reports_both_sides_of_it():
    text = "Free chlorine fell within two hours, the log shows, and stayed low until Tuesday."
    a = only(text)
    assert (a.cue_text, a.source_text) == ("shows", "the log")
    assert cut(text, a.content) == "Free chlorine fell within two hours, the log shows, and stayed low until Tuesday"


def test_a_participle_between_an_article_and_its_noun_is_no_cue():
    text = "In a written statement, chief executive Helen Brandt said the authority had acted."
    a = only(text)
    assert (a.cue_text, a.source_text) == ("said", "chief executive Helen Brandt")


def test_a_rule_cue_in_its_own_clause_before_another_cue_stays():
    text = "Video of the arrest shows him with his hands in the air, but the officer said he refused to obey."
    assert subject_cues_of(text, chosen=("said",)) == [("shows", None)]
    assert subject_cues_of("Okafor said the survey shows rents rising.", chosen=("said",)) == []  # inside its content
    assert subject_cues_of("The survey shows rents rising and officials said so.", chosen=("said",)) == []  # no boundary


def test_an_imperative_opening_its_sentence_takes_no_source():
    text = 'Tell Congress: "Stop the cuts now."'
    doc = parse(text, LEX)
    result = measure_attribution(doc, LEX, find_actors(doc, LEX), cues="both")
    assert not [a for a in result.attributions if a.source_text == "Congress"]


# --- a quotation's frame with a verb of no list -----------------------------------------------

@pytest.mark.parametrize("text, cue, source, rule", [
    ('"We will not back down," Oliver barked.', "barked", "Oliver", "verb"),
    ('"The port will always be the port," an angry Hollande retaliated.', "retaliated", "an angry Hollande", "verb"),
    ('"People are afraid of wasting their votes," he surmised.', "surmised", "he", "verb"),
    ('"Is this really the plan?" she sighed quietly.', "sighed", "she", "verb"),
    ('"Enough," barked Oliver.', "barked", "Oliver", "verb_inverted"),
])
def test_a_quotations_frame_names_its_speaker_whatever_the_verb(text, cue, source, rule):
    a = only(text)
    assert (a.cue_text, a.source_text, a.rule, a.entry, a.probability) == (cue, source, rule, "quotation_frame", None)
    assert a.direct and cut(text, a.content) == text[1 : text.index('"', 1)]


@pytest.mark.parametrize("text", [
    '"We will not back down," the crowd roared.',  # no one who speaks for themselves
    '"We will not back down," Oliver told the families.',  # more than a subject and a verb
    '"We will not back down" was painted on the wall.',  # no comma closing the quotation
    '"We will not back down," Oliver was quoted.',  # an auxiliary
    '"We will not back down," Oliver Twist.',  # no verb
])
def test_no_frame_cue_without_a_speaker_and_a_verb_alone_after_the_quotation(text):
    from framing.measures.attribution.cues import quotation_frame_cues
    from framing.measures.attribution.sources import Context

    doc = parse(text, LEX)
    assert quotation_frame_cues(Context(doc, LEX, find_actors(doc, LEX)), []) == []


def test_a_frame_cue_only_where_its_sentence_has_no_other_cue():
    text = '"We will not back down," Oliver barked.'
    from framing.measures.attribution.cues import quotation_frame_cues
    from framing.measures.attribution.sources import Context

    doc = parse(text, LEX)
    ctx = Context(doc, LEX, find_actors(doc, LEX))
    assert len(quotation_frame_cues(ctx, [])) == 1
    assert quotation_frame_cues(ctx, [(0, 0, 1, None, 0.9)]) == []


def test_a_quoted_question_and_its_frame_are_one_attribution():
    text = '"Is this really the plan?" Okafor asked.'
    a = only(text)  # not a quotation inheriting a speaker beside a cue with no content
    assert (a.cue_text, a.source_text, a.rule) == ("asked", "Okafor", "verb")
    assert cut(text, a.content) == "Is this really the plan?" and a.direct


@pytest.mark.parametrize("text, cue, source, content", [
    ("Okafor has faced criticism from the Harbor Council over the plan.", "criticism", "the Harbor Council", "the plan"),
    ("The plan drew sharp criticism from unions.", "criticism", "unions", "The plan"),
    ("Okafor received praise for the plan.", "received praise for", "", "the plan"),
    ("Okafor has faced criticism from rivals that the plan was rushed.", "criticism", "rivals",
     "that the plan was rushed"),
])
def test_a_judgement_the_subject_receives_is_the_agents_not_the_subjects(text, cue, source, content):
    a = next(a for a in attribution(text).attributions if cue in a.cue_text)
    assert a.source_text == source and (a.source_type == "none") == (source == "")
    assert cut(text, a.content) == content


def test_a_judgement_the_subject_gives_stays_the_subjects():
    text = "Okafor criticized the plan."
    a = only(text)
    assert (a.source_text, cut(text, a.content)) == ("Okafor", "the plan")
