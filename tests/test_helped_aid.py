"""Aid named by a noun or a gerund in the phrase of a verb of helping (class aid25, CAMEO 070-072).

"X trained Y's army" and "X's training of Y's army" were read as X's military aid to Y (CAMEO 072), but the same act
named inside the phrase of a verb of helping had no doer: "X helped with the training of Y's army", "X assisted in
training for Y's troops", "X contributed to the equipping of Y's forces", "X took part in arming Y's reservists". A verb
of helping (VerbNet help-72.1 "help, assist, aid" with their "with" / "in" theme, contribute-13.2 "contribute to",
"participate / take part / engage in"; PETRARCH2 HELP and CONTRIBUTE, CAMEO 070) makes its subject a giver of the act
of aid it names, so the statement is the one the verb form gives, with the helping verb's modality ("will help with":
intended; "did not help with": negated). A verb whose direct object is the act does the same ("assisted the training of
Y's police"); "support" and "back" only as the purpose of a verb of sending or giving ("sent officers to support the
training of Y's police": the sender gives them). Inside such a phrase the act may be named without "the" and with its
receiver after "for" or "to" ("helped with training for Y's navy"); elsewhere a gerund still needs "the" and an "of"
object.

Before, "X helped with the arming of Y" even read Y as X's helper (the "with the help of Y" construction took the
phrase of the verb of helping for a means); that is gone.

Out: an act after any other verb keeps its own doers ("Italy criticised the training of militias by Russia": Russia's,
and no help from Italy; "Poland asked for training for its troops": nobody gives it); approving of another's act is
no aid ("Germany supports the arming of Y" stays support); training at home, or for a contest, aids nobody; acts that
are not aid in a helping phrase ("helped with the signing of the accord") are not read through it; rebuilding a
country's works stays with the verbs of paying for works ("fund / pay for the rebuilding of ... in Y").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _aid(result: ArticleResult) -> dict[tuple[str | None, str | None], Modality]:
    return {(s.subject.country, s.object.country): s.modality for s in result.statements if s.predicate.name == "providesAidTo"}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Norway assisted with the training of the Somali army.", "NOR", "SOM"),  # "with", "the ... of"
        ("Denmark assisted in training for the Georgian army.", "DNK", "GEO"),  # "in", no "the", "for" receiver
        ("Britain helped with training for the Kenyan navy.", "GBR", "KEN"),
        ("Belgium contributed to the equipping of Senegalese troops.", "BEL", "SEN"),  # "contribute to", equipping
        ("Italy has contributed towards training of Libyan coast guards.", "ITA", "LBY"),
        ("Sweden took part in the equipping of the Ukrainian army.", "SWE", "UKR"),  # "take part in"
        ("The Netherlands assisted the training of Malian soldiers.", "NLD", "MLI"),  # a direct object
        ("Australia sent twenty officers to support the training of Fijian police.", "AUS", "FJI"),  # purpose of sending
        ("Italy helped in training Libyan coast guards.", "ITA", "LBY"),  # a verbal gerund
        ("Sweden participated in equipping Latvian border guards.", "SWE", "LVA"),
        ("Britain helped with the training and equipping of Ukrainian troops.", "GBR", "UKR"),  # conjoined acts
    ],
)
def test_a_helper_gives_the_aid_its_phrase_names(run: Run, text: str, giver: str, receiver: str) -> None:
    found = _aid(run(text))
    assert found.get((giver, receiver)) is Modality.ASSERTED, found
    assert (receiver, giver) not in found, found  # the aided is no helper


@pytest.mark.parametrize(
    ("text", "giver", "receiver", "modality"),
    [
        ("Turkey will assist in the arming of Azerbaijani forces.", "TUR", "AZE", Modality.INTENDED),
        ("Norway will assist in arming Estonian reservists.", "NOR", "EST", Modality.INTENDED),
        ("Japan may assist in the training of Philippine coast guard crews.", "JPN", "PHL", Modality.POSSIBLE),
        ("Germany did not help with the training of Iraqi troops.", "DEU", "IRQ", Modality.NEGATED),
        ("Germany refused to assist in arming Estonian reservists.", "DEU", "EST", Modality.NEGATED),
    ],
)
def test_the_helping_verb_gives_the_modality(run: Run, text: str, giver: str, receiver: str, modality: Modality) -> None:
    found = _aid(run(text))
    assert found.get((giver, receiver)) is modality, found
    assert (receiver, giver) not in found, found


def test_the_equipping_gerund_is_read_as_its_verb(run: Run) -> None:
    found = _aid(run("Chile resumed the equipping of Bolivian border guards."))
    assert ("CHL", "BOL") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Britain helped with training for the Olympics.",  # no actor is aided
        "Britain helped with the training of British pilots.",  # at home
        "The training of Dutch pilots in the Netherlands resumed.",  # at home, no helper
        "Poland asked for help with training for its own troops.",  # a request: nobody gives it
        "France helped with the signing of the accord.",  # no act of aid
        "Kenyan soldiers took part in the training of Kenyan recruits.",  # the aided's own
    ],
)
def test_no_aid_given(run: Run, text: str) -> None:
    found = _aid(run(text))
    assert not found, found


def test_criticised_training_is_no_help_from_the_critic(run: Run) -> None:
    statements = run("Italy criticised the training of militias by Russia.").statements
    assert not [s for s in statements if s.subject.country == "ITA" and s.predicate.category in ("SUPPORT", "AID")], statements


def test_approving_of_arming_is_no_aid(run: Run) -> None:
    found = _aid(run("Germany supports the arming of Ukraine."))
    assert not found, found
