"""Coordinated parties interrupted by a participle or an apposition: "X, led by its president, and Y signed".

A list of parties to talks, a deal or a fight often carries a modifier set off by commas on its first item: a passive
participle ("X, represented by its foreign minister, and Y") or an apposition ("X, a close ally of Z, and Y"). The
closing comma ends the modifier and "and" joins the next party to the first, as in "X and Y". The parse often hangs
the second party on the participle, on its agent or on the event noun, or makes it a second subject of the verb
(or the first party the head of "Y signed"), so the second party was lost; and it may hang the participle on the
event noun, whose "by" agent then read as a party ("clashes between X, backed by Z, and Y" gave X fighting Z).
CAMEO codes the events between the named sides (PETRARCH2 reads the agents of a compound actor list); the one who
leads or backs a side is no side: "led by its president" names X's leader, "backed by Z" is Z's support of X only.

What stays out (``kg/extract/_interrupted.py``): a modifier with a finite verb or a gerund, one with commas of its own,
a second noun that is the only subject of a clause of its own ("X attacked Y, backed by Z, and W condemned it"), and
a second item that names no actor ("the talks, hosted by Z, and the ceasefire").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


def _pairs(result: ArticleResult, predicate: str) -> set[frozenset[str | None]]:
    return {frozenset((s.subject.country, s.object.country)) for s in result.statements if s.predicate.name == predicate}


def _directed(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "predicate", "first", "second"),
    [
        # the "between" noun as the subject, its participle hung on the noun and the second side a second subject
        ("Negotiations between Bolivia, represented by its foreign minister, and Chile resumed in Lima.", "meetsWith", "BOL", "CHL"),
        ("The accord between Peru, represented by its trade minister, and Ecuador was signed in Quito.", "signsAgreementWith", "PER", "ECU"),
        ("Talks between Armenia, led by its prime minister, and Azerbaijan will resume next month.", "meetsWith", "ARM", "AZE"),
        # an apposition, with the verb hung on the event noun
        ("The summit between Vietnam, a founding member of the bloc, and Cambodia ended without a statement.", "meetsWith", "VNM", "KHM"),
        # the "between" noun as an object, the second side a conjunct of the participle
        ("Turkey hosted talks between Ukraine, represented by its defence minister, and Russia.", "meetsWith", "UKR", "RUS"),
        # a fight: the backer is no side
        ("Clashes between Kyrgyzstan, backed by Russia, and Tajikistan killed ten soldiers.", "fightsWith", "KGZ", "TJK"),
        ("Fighting between Sudan, supported by Egypt, and South Sudan resumed along the border.", "fightsWith", "SDN", "SSD"),
        # coordinated subjects: the parse may make the first the head of the second's clause
        ("Ghana, represented by its finance minister, and Togo signed a customs accord.", "signsAgreementWith", "GHA", "TGO"),
        ("Sudan, represented by its army chief, and Chad signed an accord.", "signsAgreementWith", "SDN", "TCD"),
    ],
)
def test_the_second_party_joins_the_first(run: Run, text: str, predicate: str, first: str, second: str) -> None:
    found = _pairs(run(text), predicate)
    assert frozenset((first, second)) in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil signed trade deals with Argentina, led by its new president, and Uruguay.", ("BRA", "signsAgreementWith", "URY")),
        ("Egypt accused Ethiopia, backed by foreign lenders, and Sudan of ignoring the treaty.", ("EGY", "accuses", "SDN")),
        ("Germany sent aid to Turkey, hit by an earthquake, and Syria.", ("DEU", "providesAidTo", "SYR")),
        ("The United States imposed sanctions on Russia, accused of war crimes, and Belarus.", ("USA", "sanctions", "BLR")),
    ],
)
def test_an_interrupted_object_list_keeps_its_second_item(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = _directed(run(text))
    assert expected in found, found


def test_the_agent_of_the_participle_is_no_party(run: Run) -> None:
    result = run("Clashes between Kyrgyzstan, backed by Russia, and Tajikistan killed ten soldiers.")
    assert all("RUS" not in pair for pair in _pairs(result, "fightsWith")), _directed(result)


@pytest.mark.parametrize(
    ("text", "backer", "backed", "other"),
    [
        ("Clashes between Kyrgyzstan, backed by Russia, and Tajikistan killed ten soldiers.", "RUS", "KGZ", "TJK"),
        ("Talks between Serbia, backed by Russia, and Kosovo resumed.", "RUS", "SRB", "XKX"),
        ("Germany sent aid to Ukraine, attacked by Russia, and Moldova.", "RUS", "UKR", "MDA"),
    ],
)
def test_the_participle_is_said_of_the_party_it_follows(run: Run, text: str, backer: str, backed: str, other: str) -> None:
    found = _directed(run(text))
    assert any(t[0] == backer and t[2] == backed for t in found), found
    assert not any(other in (t[0], t[2]) and backer in (t[0], t[2]) for t in found), found


def test_a_host_named_after_the_second_party_mediates_both(run: Run) -> None:
    found = _directed(run("Talks between Sudan, represented by its envoy, and Chad, hosted by Qatar, ended on Monday."))
    assert {("QAT", "mediates", "SDN"), ("QAT", "mediates", "TCD")} <= found, found
    assert not {t for t in found if t[0] == "QAT" and t[1] == "meetsWith"}, found


@pytest.mark.parametrize(
    ("text", "said_of", "not_of", "predicate", "owner"),
    [
        ("Mali, backed by Russia, and Niger formed a defence pact.", "MLI", "NER", "supports", "RUS"),
        ("Armenia, a close ally of Russia, and Azerbaijan signed a peace deal.", "ARM", "AZE", "strategicPartnerOf", "RUS"),
        ("Five Malian soldiers, killed in an ambush by Niger, and a Chadian officer were buried.", "MLI", "TCD", "attacks", "NER"),
    ],
)
def test_the_modifier_is_said_of_the_first_party_alone(run: Run, text: str, said_of: str, not_of: str, predicate: str, owner: str) -> None:
    found = _pairs(run(text), predicate)
    assert frozenset((said_of, owner)) in found, found
    assert frozenset((not_of, owner)) not in found, found


def test_a_leader_is_no_party_of_the_accord(run: Run) -> None:
    statements = run("Ethiopia, led by its prime minister, signed an accord with Eritrea.").statements
    agreements = [s for s in statements if s.predicate.name == "signsAgreementWith"]
    assert {(s.subject.country, s.object.country) for s in agreements} == {("ETH", "ERI")}, statements
    assert all(EntityType.PERSON not in (s.subject.type, s.object.type) for s in agreements), statements


@pytest.mark.parametrize(
    "text",
    [
        # a new clause after the modifier: Poland condemns, it is not attacked
        "Russia attacked Ukraine, backed by Belarus, and Poland condemned the invasion.",
        # the backer of the first side is no side of the fight, nor is the nameless second side anyone
        "The fighting between Mali, supported by Russia, and the rebels in the north continued.",
        "Renewed clashes between Niger, backed by Algerian drones, and armed groups killed dozens.",
        # the participle is the talks', and the second item is no actor
        "The talks, hosted by Oman, and the truce in the south were praised in the press.",
    ],
)
def test_no_new_party(run: Run, text: str) -> None:
    found = _directed(run(text))
    assert not {t for t in found if t[1] in ("attacks", "fightsWith", "meetsWith") and "POL" in t}, found
    assert not {t for t in found if t[1] == "fightsWith"}, found
    assert not {t for t in found if "OMN" in t}, found


def test_the_second_of_a_new_clause_is_not_an_object(run: Run) -> None:
    found = _directed(run("Russia attacked Ukraine, backed by Belarus, and Poland condemned the invasion."))
    assert ("RUS", "attacks", "UKR") in found, found
    assert ("RUS", "attacks", "POL") not in found, found
