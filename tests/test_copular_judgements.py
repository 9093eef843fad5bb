"""A speaker's copular and "show / demonstrate" judgements of another party's act (CAMEO 111).

Officials judge another's act with a copula or a verb of showing as often as with a verb of criticism: "Y's blockade
is an outrage, X said", "X said the presence of Y's troops was a tragedy", "Y's raids show the brutality of its
army, X said". CAMEO files such statements under 111 "criticize or denounce" (PETRARCH2 reads OUTRAGE, SCANDALIZE
and DISGRACE as disapproval, 110/111): the speaker criticizes the doer of the judged act. The speaker is the
subject of the reporting verb, or the speaker of the quotation or of the lead-in "X said:" paragraph that holds the
judgement; a party only (a state, an organisation, an official).

What stays out:
- a judgement nobody utters (a narrator's sentence) or that a commentator with no office utters;
- a subject that is no act ("the flood", "Y's economy"), or an act whose "of" phrase is its patient ("the killing of
  Y's soldiers", "the shelling of Y's city" judge whoever did it, not Y);
- a label of misfortune ("a tragedy", "a catastrophe") said of anything but an act with a doer;
- a supposition or a denial ("would be a disaster", "was not a mistake");
- a verb of showing whose object is no wrongful quality ("showed the strength of Y's economy").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _judged(result: ArticleResult, predicate: str = "criticizes") -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a reported copula with a label of condemnation
        ("Hungary's foreign minister said Romania's conduct at the summit was shameful.", ("HUN", "ROU")),
        # the speaker after the clause; a label of misfortune with an act that has a doer
        ("Tanzania's refusal to free the fishermen is a tragedy for their families, Kenya's interior ministry said.", ("KEN", "TZA")),
        # the doer in the "of" phrase of a noun of presence
        ("The presence of Ethiopian troops in the region is a catastrophe, the Eritrean information minister said.", ("ERI", "ETH")),
        # the doer as the "by" agent of an act whose "of" phrase is its patient
        ("The British defence secretary said the seizure of the tanker by Iran was an outrage.", ("GBR", "IRN")),
        ("Ecuador's president said the storming of the embassy by Mexican police was barbaric.", ("ECU", "MEX")),
    ],
)
def test_a_copular_judgement_criticizes_the_doer(run: Run, text: str, pair: tuple[str, str]) -> None:
    found = _judged(run(text))
    assert pair in found, found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the quality's owner in its "of" phrase
        ("These raids demonstrate the savagery of the Sudanese army, Chad's foreign ministry said.", ("TCD", "SDN")),
        # the quality's possessor
        ("Norway said Denmark's remarks revealed its contempt for the fisheries treaty.", ("NOR", "DNK")),
        # an unowned quality: the doer of the act that shows it
        ("Serbia's strikes on the villages show contempt for international law, the Croatian foreign minister said.", ("HRV", "SRB")),
        # a plain noun of what a party is like with a wrongful modifier
        ("The Indian defence minister said Pakistan's actions demonstrated the aggressive nature of its army.", ("IND", "PAK")),
    ],
)
def test_showing_a_wrongful_quality_criticizes_its_owner(run: Run, text: str, pair: tuple[str, str]) -> None:
    found = _judged(run(text))
    assert pair in found, found


def test_a_quotation_of_several_sentences_keeps_its_speaker(run: Run) -> None:
    text = (
        "Kenyan foreign minister Ana Sol spoke to reporters on Monday.\n\n"
        '"Uganda\'s seizure of the boats is an outrage. The arrests show Kampala\'s disregard for the treaty," Sol said.'
    )
    statements = [s for s in run(text).statements if s.predicate.name == "criticizes"]
    assert {(s.subject.label, s.object.country) for s in statements} == {("Ana Sol", "UGA")}, statements
    assert len({s.evidence.start for s in statements}) == 2, statements  # both sentences of the quotation


def test_a_lead_in_paragraph_speaks_the_judgements_after_it(run: Run) -> None:
    text = (
        "The Chilean foreign ministry said in a statement on Monday:\n\n"
        "Peru's blockade of the port is a scandal. The presence of Peruvian warships off our coast is a tragedy for "
        "the fishermen. These raids show the brutality of the Peruvian government.\n\nThe port reopened on Tuesday."
    )
    statements = [s for s in run(text).statements if s.predicate.name == "criticizes"]
    assert {(s.subject.country, s.object.country) for s in statements} == {("CHL", "PER")}, statements
    assert len({s.evidence.start for s in statements}) == 3, statements


def test_a_welcome_step_in_a_quotation_is_praise(run: Run) -> None:
    text = 'Egypt\'s foreign minister spoke on Monday. "Sudan\'s decision to reopen the crossing is a welcome step," he said.'
    assert ("EGY", "SDN") in _judged(run(text), "praises")


@pytest.mark.parametrize(
    "text",
    [
        "The flood was a tragedy for Pakistan.",  # no act, no speaker
        "The earthquake was a tragedy for Turkey, the Greek prime minister said.",  # no act
        "The report shows the cost of the war.",  # no wrongful quality, no speaker
        "Turkey's economy is a disaster, analysts said.",  # no act, no party
        "He said the match was a disgrace.",  # no party
        "Peru's blockade of the port is an outrage.",  # a narrator's sentence: nobody judges
        "The death of Peruvian migrants is a tragedy, the Chilean president said.",  # a misfortune, no doer
        "The Chilean president said the killing of Peruvian soldiers was a tragedy.",  # the "of" phrase is the patient
        "The Indian minister said Pakistan's decision would be a disaster.",  # a supposition
        "The Indian minister said Pakistan's decision was not a mistake.",  # a denial
        "The Polish minister said the figures showed the strength of the German economy.",  # no wrongful quality
        "Turkey's conduct is shameful, said John Smith, a professor at Oxford.",  # a commentator with no office
    ],
)
def test_no_judged_act_or_no_party_no_criticism(run: Run, text: str) -> None:
    found = _judged(run(text)) | _judged(run(text), "praises")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ('"The shelling of Kharkiv is an outrage," the Polish president said.', "UKR"),
        ("Chile called the killing of Peruvian fishermen a crime.", "PER"),
        ("Austria was appalled by the bombing of Serbian villages.", "SRB"),
    ],
)
def test_the_patient_of_a_judged_act_is_not_its_doer(run: Run, text: str, patient: str) -> None:
    statements = [s for s in run(text).statements if s.predicate.category == "ACCUSE" and s.object.country == patient]
    assert not statements, statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of an act that is no hostile act: its "of" phrase is its doer
        ("Jordan was pleased with the support of Kuwait.", ("praises", "JOR", "KWT")),
        # the "by" agent hung on the evaluating verb, after the act's "of" patient
        ("Kenya called the bombing of the market by Somali militants an act of terrorism.", ("criticizes", "KEN", "SOM")),
        # with no "of" phrase, the "from" phrase
        ("Latvia's prime minister said the threat from Russia was intolerable.", ("criticizes", "LVA", "RUS")),
    ],
)
def test_the_doer_of_a_judged_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    predicate, subject, obj = expected
    found = _judged(run(text), predicate)
    assert (subject, obj) in found, found
