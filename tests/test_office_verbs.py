"""Offices and memberships stated by a verb (kg/extract/_structural.py, cue words of kg/data/structural.yaml): the
verbs of ruling and of being in charge with a state, its government or a body as object, in a main clause, a relative
clause and a participle ("X has led Y since 2014", "X, who heads Y's government,", "Y, ruled by X since 2000,"),
"took over as / became TITLE of O", and "was admitted / accepted as O's Nth member"; and what such verbs say of no
office ("led Y to victory", "led the Y delegation", "chaired the O summit", "ran for president of Y").

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult, Statement


def _structural(result: ArticleResult) -> dict[tuple[str, str, str], Statement]:
    return {(s.subject.label, s.predicate.name, s.object.label): s for s in result.statements
            if s.predicate.name in ("leaderOf", "officialOf", "memberOf")}


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        ("Tomas Berger has led Austria since 2019.", "Tomas Berger", "Austria"),
        ("Rosa Quispe, who has governed Peru since 2021, arrived in Lima.", "Rosa Quispe", "Peru"),
        ("Irena Novak, who heads Croatia's government, visited Berlin.", "Irena Novak", "Croatia"),
        ("Stefan Richter runs the government of Switzerland.", "Stefan Richter", "Switzerland"),
        ("John Okafor heads the Nigerian government.", "John Okafor", "Nigeria"),
        ("Chile, ruled by Carlos Mendoza since 2022, signed the pact.", "Carlos Mendoza", "Chile"),
        ("John Okafor presided over Nigeria for eight years.", "John Okafor", "Nigeria"),
        ("Jan Kowal ruled Poland for eleven years.", "Jan Kowal", "Poland"),
    ],
)
def test_a_verb_of_ruling_makes_the_leader_of_a_state(run: Callable[..., ArticleResult], text: str, person: str,
                                                       owner: str) -> None:
    assert (person, "leaderOf", owner) in triples(run(text))


def test_the_ruling_verb_keeps_its_time(run: Callable[..., ArticleResult]) -> None:
    current = _structural(run("Tomas Berger has led Austria since 2019."))[("Tomas Berger", "leaderOf", "Austria")]
    assert not current.former and current.valid_from == "2019"
    past = _structural(run("Jan Kowal ruled Poland from 1990 to 1995."))[("Jan Kowal", "leaderOf", "Poland")]
    assert past.former and (past.valid_from, past.valid_until) == ("1990", "1995")


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        ("Maria Costa, who has chaired the African Union since 2023, visited Kenya.", "Maria Costa", "African Union"),
        ("The OSCE, run by Hans Vogel, sent observers.", "Hans Vogel", "Organization for Security and Co-operation in Europe"),
        ("Hans Vogel took over as NATO secretary-general in 2024.", "Hans Vogel", "North Atlantic Treaty Organization"),
        ("Kofi Mensah took over as secretary-general of the African Union.", "Kofi Mensah", "African Union"),
    ],
)
def test_a_verb_of_being_in_charge_makes_the_leader_of_a_body(run: Callable[..., ArticleResult], text: str, person: str,
                                                              owner: str) -> None:
    assert (person, "leaderOf", owner) in triples(run(text))


def test_a_new_office_is_kept_beside_a_former_one(run: Callable[..., ArticleResult]) -> None:
    found = _structural(run("Maria Lopez, Spain's former foreign minister, became the EU's foreign policy chief."))
    assert found[("Maria Lopez", "officialOf", "Spain")].former
    assert not found[("Maria Lopez", "officialOf", "European Union")].former


@pytest.mark.parametrize(
    ("text", "country", "body"),
    [
        ("Tuvalu was admitted as the Commonwealth's newest member.", "Tuvalu", "Commonwealth"),
        ("Oman was accepted as the Arab League's newest member.", "Oman", "Arab League"),
        ("South Sudan joined as the East African Community's sixth member.", "South Sudan", "East African Community"),
    ],
)
def test_an_admission_as_a_member_is_a_current_membership(run: Callable[..., ArticleResult], text: str, country: str,
                                                          body: str) -> None:
    statement = _structural(run(text))[(country, "memberOf", body)]
    assert not statement.former


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Dvorak led the Czech delegation to the talks.",
        "Jan Kowal led Poland to victory over Spain.",
        "Jan Kowal led Poland into the war.",
        "Jan Kowal led Poland's response.",
        "Omar Haddad ran for president of Tunisia.",
        "Carlos Mendoza chaired the OSCE meeting.",
        "A firm run by Omar Haddad won the contract in Jordan.",
        "Omar Haddad heads the football federation of Jordan.",
        "Pavel Dvorak led the protest in Prague.",
        "Nigeria, led by John Okafor, beat Ghana.",
        "Tomas Berger led Austria, Hungary and Slovakia in condemning the vote.",
        "Jan Kowal led Poland for the first time.",
        "Jan Kowal led Poland 2-1 at half-time.",
    ],
)
def test_no_office_for_a_delegation_a_team_a_meeting_or_a_candidacy(run: Callable[..., ArticleResult], text: str) -> None:
    assert not _structural(run(text))
