"""Coordinated subjects of a reciprocal act relate to each other ("X and Y reached a deal", "X and Y traded accusations").

The lexicon's ``coordinated`` field names the predicate the coordinated parties stand in to each other when no
partner is named apart; it is read besides the trigger's own statements (each party's commitment to a topic).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


def _between(found: set[tuple[str, str, str]], a: str, pred: str, b: str) -> bool:
    return (a, pred, b) in found or (b, pred, a) in found


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland reached a deal on fishing quotas.",  # light verb + agreement noun
        "Norway and Iceland struck an agreement on whaling.",
        "Norway and Iceland hammered out a compromise on quotas.",  # verb + object trigger
        "Norway and Iceland have reached a ceasefire.",
        "Norway and Iceland agreed to a truce on Monday.",  # "to" an act
        "Norway and Iceland agreed to reopen their embassies.",  # an infinitive
        "The accord was reached by Norway and Iceland in May.",  # passive, the agents coordinated
    ],
)
def test_coordinated_parties_of_an_agreement_agree_with_each_other(run: Run, text: str) -> None:
    assert _between(_triples(run(text)), "Norway", "signsAgreementWith", "Iceland"), _triples(run(text))


def test_the_topic_of_the_agreement_is_kept(run: Run) -> None:
    found = _triples(run("Norway and Iceland reached a deal on fishing quotas."))
    assert ("Norway", "agreesTo", "fishing quotas") in found and ("Iceland", "agreesTo", "fishing quotas") in found, found


@pytest.mark.parametrize(
    ("text", "pred"),
    [
        ("Ghana and Togo traded accusations over the dam.", "accuses"),
        ("Ghana and Togo exchanged barbs at the summit.", "criticizes"),
        ("Ghana and Togo traded threats after the incident.", "threatens"),
        ("Ghana and Togo swapped prisoners on the bridge.", "concedes"),
        ("Ghana and Togo severed diplomatic ties.", "sanctions"),
    ],
)
def test_a_directed_reciprocal_act_holds_both_ways(run: Run, text: str, pred: str) -> None:
    found = _triples(run(text))
    assert ("Ghana", pred, "Togo") in found and ("Togo", pred, "Ghana") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana traded accusations with Togo.", ("Ghana", "accuses", "Togo")),
        ("Ghana exchanged prisoners with Togo.", ("Ghana", "concedes", "Togo")),
        ("Ghana and Togo exchanged fire across the river.", ("Ghana", "fightsWith", "Togo")),
        ("Ghana exchanged fire with Togo's army.", ("Ghana", "fightsWith", "Togo")),
    ],
)
def test_an_exchange_with_a_partner(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    a, pred, b = expected
    found = _triples(run(text))  # a side may be the country's force ("Togo army")
    assert any(p == pred and {x.split()[0], y.split()[0]} == {a, b} for x, p, y in found), found


def test_trading_accusations_is_no_trade(run: Run) -> None:
    assert not any(p == "tradesWith" for _, p, _ in _triples(run("Ghana and Togo traded accusations over the dam.")))


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland's leaders met in Oslo.",  # coordinated owners of a plural office noun
        "Norway and Iceland's foreign ministers held talks in Reykjavik.",
    ],
)
def test_coordinated_owners_of_the_people_who_meet(run: Run, text: str) -> None:
    assert _between(_triples(run(text)), "Norway", "meetsWith", "Iceland"), _triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland each reached a deal with the union.",  # each on its own, with a partner named
        "Norway and Iceland reached a deal with the union.",  # on one side together
        "Norway and Iceland separately signed treaties.",
        "Norway and Iceland agreed that the talks had been useful.",  # a view both hold
        "Norway and Iceland agreed on new quotas.",  # each one's commitment to a topic
        "Norway and Iceland pledged to cut emissions.",  # a pledge is one-sided
    ],
)
def test_no_agreement_between_parties_that_act_apart(run: Run, text: str) -> None:
    assert not _between(_triples(run(text)), "Norway", "signsAgreementWith", "Iceland"), _triples(run(text))


def test_deals_with_a_third_party_relate_each_to_it(run: Run) -> None:
    found = _triples(run("Norway and Iceland reached deals with Denmark."))
    assert _between(found, "Norway", "signsAgreementWith", "Denmark") and _between(found, "Iceland", "signsAgreementWith", "Denmark"), found
    assert not _between(found, "Norway", "signsAgreementWith", "Iceland"), found


@pytest.mark.parametrize(
    "text",
    [
        "Norway reaches a deal with Iceland on fishing quotas",  # a headline: "with" hung on the light verb
        "Norway reached a deal on Monday with Iceland.",  # a time between the noun and its partner
        "Norway struck an agreement with Iceland over quotas.",
    ],
)
def test_the_partner_of_an_agreement_hung_on_its_light_verb(run: Run, text: str) -> None:
    assert _between(_triples(run(text)), "Norway", "signsAgreementWith", "Iceland"), _triples(run(text))


def test_a_helper_after_with_is_no_partner(run: Run) -> None:
    assert not _between(_triples(run("Norway reached a deal with the help of Iceland.")), "Norway", "signsAgreementWith", "Iceland")


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo pledged to fight piracy in the gulf.",  # an infinitive of a pledge
        "Chile and Peru are fighting drug trafficking together.",  # a present progressive
        "Mali and Niger battled the locust swarms last summer.",  # a past, another verb of fighting
        "Jointly fighting the epidemic, Kenya and Uganda shared their vaccine stocks.",  # a fronted participle
    ],
)
def test_coordinated_parties_fighting_a_thing_are_no_foes(run: Run, text: str) -> None:
    found = _triples(run(text))
    assert not any(pred == "fightsWith" for _, pred, _ in found), found


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Chile and Peru fought a war over the nitrate fields.", "Chile", "Peru"),  # a cognate object: the fight itself
        ("Mali and Niger clashed at the border on Sunday.", "Mali", "Niger"),  # no object
        ("Ghana and Togo fought each other for the island.", "Ghana", "Togo"),  # each other
    ],
)
def test_coordinated_parties_fighting_without_a_thing_fight_each_other(run: Run, text: str, a: str, b: str) -> None:
    assert _between(_triples(run(text)), a, "fightsWith", b), _triples(run(text))
