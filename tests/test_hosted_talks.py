"""Talks a third party hosts, convenes or sponsors between two others are its mediation (CAMEO 045).

PETRARCH2 codes "HOST * TALKS (BETWEEN)" and "FINANCE * TALKS" (verb SPONSOR) as mediation: "X hosted talks between Y
and Z", "talks between Y and Z hosted by X", "the X-hosted talks between Y and Z", "in talks hosted by X, Y and Z
agreed ...", "Y and Z resumed talks hosted by X": X mediates Y and Z, and Y still meets Z. Only when the sides are
named apart from the host (the ``third_party`` field of ``kg/data/lexicon.yaml``, ``kg/extract/_arranged.py``):
"X hosted talks with Y" is X's meeting with Y, "X hosted the talks" names no one, "X hosted Y's president" is a visit.
All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kg.extract.lexicon import load_lexicon
from kg.model import ArticleResult, Modality
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _mediated(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, p, o in country_triples(result) if p == "mediates"}


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        # the verb with its object (active, progressive, perfect, passive)
        ("Mongolia hosted talks between Kazakhstan and Uzbekistan on water sharing.", "MNG", ("KAZ", "UZB")),
        ("Slovenia is hosting negotiations between Croatia and Montenegro.", "SVN", ("HRV", "MNE")),
        ("Iceland has hosted two rounds of negotiations between Estonia and Latvia.", "ISL", ("EST", "LVA")),
        ("Negotiations between Bhutan and Nepal were hosted by India.", "IND", ("BTN", "NPL")),
        # a participle of the talks' noun, after it or hyphenated before it
        ("Talks between Gabon and Chad hosted by Cameroon ended without a deal.", "CMR", ("GAB", "TCD")),
        ("The Kenya-hosted talks between Somalia and Djibouti stalled.", "KEN", ("SOM", "DJI")),
        # the holders of talks a participle names
        ("Paraguay and Uruguay resumed talks hosted by Chile.", "CHL", ("PRY", "URY")),
        ("At talks hosted by Zambia, Malawi and Mozambique signed a border protocol.", "ZMB", ("MWI", "MOZ")),
        # a hyphenated pair before the noun; the other verbs of the class
        ("Jordan hosted the Lebanon-Syria talks.", "JOR", ("LBN", "SYR")),
        ("Senegal convened talks between Gambia and Guinea.", "SEN", ("GMB", "GIN")),
        ("Finland sponsored a dialogue between Georgia and Armenia.", "FIN", ("GEO", "ARM")),
    ],
)
def test_a_host_of_talks_between_two_others_mediates_both(run: Run, text: str, host: str, sides: tuple[str, str]) -> None:
    result = run(text)
    assert {(host, sides[0]), (host, sides[1])} <= _mediated(result), country_triples(result)
    # the sides still meet each other through the talks' own noun, and the host meets neither
    meetings = {(s, o) for s, p, o in country_triples(result) if p == "meetsWith"}
    assert sides in meetings or sides[::-1] in meetings, meetings
    assert not [m for m in meetings if host in m], meetings


def test_talks_to_be_hosted_are_an_intended_mediation(run: Run) -> None:
    result = run("Egypt will host talks between Ethiopia and Sudan next month.")
    found = {(s.subject.country, s.object.country): s.modality for s in result.statements if s.predicate.name == "mediates"}
    assert found == {("EGY", "ETH"): Modality.INTENDED, ("EGY", "SDN"): Modality.INTENDED}


def test_a_mediator_named_before_the_sides_of_a_fronted_adjunct_is_the_only_mediator(run: Run) -> None:
    """"In talks mediated by X, Y and Z agreed ...": the parse may coordinate Y and Z with X; they are the clause's
    subjects, and the mediated sides."""
    result = run("In talks mediated by Kenya, Somalia and Ethiopia agreed to reopen the border.")
    assert _mediated(result) == {("KEN", "SOM"), ("KEN", "ETH")}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Portugal hosted Angola's president.", ("PRT", "meetsWith", "AGO")),  # a visit hosted
        ("Morocco hosted talks with Tunisia.", ("MAR", "meetsWith", "TUN")),  # the host is a party
        ("Brazil hosted a summit of Mercosur leaders.", None),  # no sides
        ("Belgium hosted the talks.", None),
        ("Denmark hosted talks on fisheries quotas.", None),
        ("Norway hosted talks between its foreign minister and Sweden's.", None),  # the host is a side
    ],
)
def test_hosting_without_two_other_sides_is_no_mediation(run: Run, text: str, kept: tuple[str, str, str] | None) -> None:
    result = run(text)
    assert not _mediated(result), country_triples(result)
    if kept is not None:
        assert kept in country_triples(result)


def test_a_third_party_entry_holds_only_verb_and_object_triggers(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - predicate: mediates\n    third_party: true\n    verbs: ['stage talk|talks']\n", encoding="utf-8")
    [trigger] = [t for t in load_lexicon([path]).verbs["stage"] if t.third_party]
    assert trigger.extra == ("talk", "talks") and trigger.predicate.name == "mediates"
    assert not any(t.third_party for t in load_lexicon().verbs["host"] if not t.extra)


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        ("In talks brokered by Qatar, Rwanda and Burundi agreed to a ceasefire.", "ceasefire"),
        ("In negotiations hosted by Kenya, Somalia and Ethiopia agreed to reopen the border.", "reopen border"),
        ("At talks mediated by Malaysia, Thailand and Cambodia agreed to a truce.", "truce"),
    ],
)
def test_fronted_talks_the_parse_runs_on_into_the_subjects_are_no_topic(run: Run, text: str, agreed: str) -> None:
    """"In talks hosted by X, Y and Z agreed to ...": the parse may coordinate Y and Z with X inside the fronted phrase;
    the phrase is still the occasion of the agreement, not what is agreed to."""
    topics = {s.object.label for s in run(text).statements if s.predicate.name == "agreesTo"}
    assert agreed in topics and not [t for t in topics if "talk" in t or "negotiation" in t], topics


def test_talks_agreed_on_after_the_verb_stay_the_topic(run: Run) -> None:
    topics = {s.object.label for s in run("Cambodia and Laos agreed on talks about the dam.").statements if s.predicate.name == "agreesTo"}
    assert [t for t in topics if "talk" in t], topics


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("Bhutan and Nepal held talks on water. The talks were hosted by India.", "IND", ("BTN", "NPL")),
        ("Gabon met Cameroon in Libreville. Chad hosted the talks.", "TCD", ("GAB", "CMR")),
        ("Estonia held talks with Latvia. Finland hosted the negotiations on Friday.", "FIN", ("EST", "LVA")),
    ],
)
def test_the_talks_hosted_are_the_talks_named_before(run: Run, text: str, host: str, sides: tuple[str, str]) -> None:
    """"Y and Z held talks. The talks were hosted by X.": a definite noun of talks stands for the nearest earlier
    meeting, whose sides X mediates."""
    result = run(text)
    assert _mediated(result) == {(host, sides[0]), (host, sides[1])}, country_triples(result)


@pytest.mark.parametrize(
    "text",
    [
        "Mali and Niger signed a pact. Senegal hosted the talks.",  # no talks before
        "Malta and Cyprus held talks. The talks were hosted by Malta.",  # the host is a side
        "Spain met Portugal. Two days later, Morocco hosted a summit.",  # not definite: other talks
    ],
)
def test_talks_hosted_without_earlier_sides_mediate_no_one(run: Run, text: str) -> None:
    assert not _mediated(run(text))
