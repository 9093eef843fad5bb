"""A reciprocal event of three or more parties holds between each two of them (session 26).

"X, Y and Z held talks" already paired every two; these shapes paired only the first with the others, or nothing:
"talks between X, Y and Z" (the first party acted towards the rest), "the X-Y-Z talks" (the last two words of the
hyphen only), "cooperation among X, Y and Z" and "a summit of X, Y and Z" (no one), and a list whose second item
the parse hangs on the first as an apposition ("X's president, Y's prime minister and Z's foreign minister met").
Each pair is read once, never a party with itself; a list of one country's cities or organs gives no pair. All
sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _pairs(result: ArticleResult, predicate: str) -> list[frozenset[str]]:
    return [frozenset((s.subject.country or s.subject.label, s.object.country or s.object.label))
            for s in result.statements if s.predicate.name == predicate]


def _all_pairs(*codes: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for i, a in enumerate(codes) for b in codes[i + 1:]}


@pytest.mark.parametrize(
    ("text", "predicate", "parties"),
    [
        ("Talks between the Malian, Nigerien and Chadian governments resumed on Monday.", "meetsWith", ("MLI", "NER", "TCD")),
        ("Trilateral talks between Oman, Kuwait and Bahrain were held in Muscat.", "meetsWith", ("OMN", "KWT", "BHR")),
        ("The Latvia-Estonia-Finland talks ended without a deal.", "meetsWith", ("LVA", "EST", "FIN")),
        ("A summit of Bolivia, Paraguay and Uruguay opened on Monday.", "meetsWith", ("BOL", "PRY", "URY")),
        ("A meeting of the foreign ministers of Greece, Cyprus and Egypt was held in Athens.", "meetsWith", ("GRC", "CYP", "EGY")),
        ("Cooperation among Slovenia, Croatia and Austria has deepened.", "cooperatesWith", ("SVN", "HRV", "AUT")),
        ("Zambia's president, Malawi's prime minister and Angola's foreign minister met in Lusaka.", "meetsWith", ("ZMB", "MWI", "AGO")),
        ("President Hakainde Kaputo of Zambia, Prime Minister Lazarus Banda of Malawi and Foreign Minister Teté Lourenço of Angola"
         " met in Lusaka.", "meetsWith", ("ZMB", "MWI", "AGO")),
    ],
)
def test_each_two_parties_are_paired_once(run: Run, text: str, predicate: str, parties: tuple[str, ...]) -> None:
    pairs = _pairs(run(text), predicate)
    assert set(pairs) == _all_pairs(*parties), pairs
    assert len(pairs) == len(set(pairs)), pairs  # no duplicate
    assert all(len(p) == 2 for p in pairs), pairs  # no party paired with itself


def test_two_parties_keep_their_reading(run: Run) -> None:
    assert set(_pairs(run("A summit of Bolivia and Paraguay opened on Monday."), "meetsWith")) == _all_pairs("BOL", "PRY")
    assert set(_pairs(run("The Latvia-Estonia talks ended."), "meetsWith")) == _all_pairs("LVA", "EST")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosted the Uganda-Rwanda-Burundi talks.",
        "Kenya hosted a summit of Uganda, Rwanda and Burundi.",
        "Kenya convened a meeting of the leaders of Uganda, Rwanda and Burundi in Nairobi.",
    ],
)
def test_a_host_mediates_between_each_party(run: Run, text: str) -> None:
    result = run(text)
    assert set(_pairs(result, "meetsWith")) == _all_pairs("UGA", "RWA", "BDI"), result.statements
    assert set(_pairs(result, "mediates")) == {frozenset(("KEN", c)) for c in ("UGA", "RWA", "BDI")}, result.statements


def test_a_host_of_its_own_gathering_mediates_nothing(run: Run) -> None:
    assert not _pairs(run("Kenya hosted a meeting of its cabinet."), "mediates")


@pytest.mark.parametrize(
    "text",
    [
        "A meeting of the mayors of Osaka, Kobe and Nagoya was held on Friday.",  # one country's cities
        "Talks between the French defence, finance and trade ministries resumed.",  # one country's organs
        "The Hamburg-Bremen-Hanover rail line reopened.",  # a route, not sides
        "A meeting of Zambia's cabinet was held in Lusaka.",  # one party
        "Zambia's president, a former general, and his deputy met in Lusaka.",  # an apposition of the same person
    ],
)
def test_no_pair_without_two_states(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name in ("meetsWith", "cooperatesWith")], run(text).statements


def test_a_clause_after_the_list_is_no_item(run: Run) -> None:
    # the parse hangs "reports" on the first item as an apposition: it is the reporting clause, not a third party
    text = "Venezuela threatened to strike Peru and Chile, a Bolivian daily reports."
    assert {s.object.label for s in run(text).statements if s.predicate.name == "threatens"} == {"Peru", "Chile"}, run(text).statements


def test_a_title_between_two_names_of_a_list_is_the_second_ones(run: Run) -> None:
    text = ("Zambia's president, Hakainde Kaputo, Malawi's prime minister, Lazarus Banda, and Angola's foreign minister,"
            " Teté Lourenço, met in Lusaka.")
    offices = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name in ("leaderOf", "officialOf")}
    assert ("Hakainde Kaputo", "Malawi") not in offices, offices
    assert {("Hakainde Kaputo", "Zambia"), ("Lazarus Banda", "Malawi")} <= offices, offices
    # each name after its own title keeps it
    text = "Zambia's president, Hakainde Kaputo, met Malawi's prime minister, Lazarus Banda, in Lusaka."
    offices = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "leaderOf"}
    assert offices == {("Hakainde Kaputo", "Zambia"), ("Lazarus Banda", "Malawi")}, offices
