"""Acts whose object is a noun standing for another party's act (session 29, nested29).

* A group sent abroad that someone leads (kg/extract/_led_groups.py): "X led a delegation to Y" is X's visit to Y
  (CAMEO 042), "... at (to) the talks with Y" X's meeting with Y (040); never an agreement to the delegation (the
  mined "lead delegation", 036); no destination gives nothing.
* One who welcomes, praises or thanks another's act aimed at a target (an investigation, sanctions, an accusation) is
  not its target (``aimed_at`` of kg/data/event_doers.yaml): "X applauded Y's investigation into the crash".

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType, Modality
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _of(found: set[tuple[str | None, str, str | None]], name: str) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, p, o in found if p == name}


@pytest.mark.parametrize(
    ("text", "visitor", "visited"),
    [
        ("Ghana's trade minister led a business delegation to Nigeria.", "GHA", "NGA"),
        ("Malawi's foreign minister will head a delegation to Lusaka next week.", "MWI", "ZMB"),
        ("A business delegation to Zambia was headed by Malawi's trade minister.", "MWI", "ZMB"),
        ("The delegation, which Senegal's prime minister led to Bamako, signed a fisheries deal.", "SEN", "MLI"),
        ("Norway's envoy led a fact-finding mission to Sudan.", "NOR", "SDN"),
        ("Austrian minister to lead trade delegation to Slovenia", "AUT", "SVN"),
        # a leader of no named state: the delegation's own state
        ("Tomas Novak led Slovakia's delegation to Poland.", "SVK", "POL"),
    ],
)
def test_leading_a_group_abroad_is_a_visit(run: Run, text: str, visitor: str, visited: str) -> None:
    found = country_triples(run(text))
    assert (visitor, visited) in _of(found, "visits"), found
    assert not _of(found, "agreesTo"), found


@pytest.mark.parametrize(
    ("text", "side", "other"),
    [
        ("The prime minister led the Latvian delegation at the talks with Lithuania.", "LVA", "LTU"),
        ("Malawi's foreign minister will lead a delegation to talks with Zambia.", "MWI", "ZMB"),
        ("Mongolia's delegation to the negotiations with Kazakhstan was headed by its deputy premier.", "MNG", "KAZ"),
    ],
)
def test_leading_a_group_to_talks_is_a_meeting(run: Run, text: str, side: str, other: str) -> None:
    found = country_triples(run(text))
    assert (side, other) in _of(found, "meetsWith"), found
    assert not _of(found, "agreesTo"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian coach led the team to victory.",
        "The Malawian minister led the delegation in prayer.",
        "Ghana's trade minister led a delegation.",
        "The Kenyan president headed the delegation to the summit.",
        "Estonia's minister headed the delegation, officials said.",
    ],
)
def test_leading_a_group_without_a_destination_states_nothing(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not {p for _, p, _ in found} & {"agreesTo", "visits", "meetsWith"}, found


@pytest.mark.parametrize(
    "text",
    ["The Kenyan general led the UN mission in Mali.", "The EU mission to Moldova is led by Romania."],
)
def test_a_bodys_mission_led_is_no_visit(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not _of(found, "visits") and not _of(found, "agreesTo"), found


@pytest.mark.parametrize(
    ("text", "praiser", "praised"),
    [
        ("Uruguay applauded Paraguay's investigation into the ferry accident.", "URY", "PRY"),
        ("Uruguay applauded Paraguay's inquiry.", "URY", "PRY"),
        ("Iceland hailed the sanctions imposed by Norway.", "ISL", "NOR"),
        ("Praised by Finland, Sweden's probe into the leak went on.", "FIN", "SWE"),
    ],
)
def test_welcoming_an_aimed_act_does_not_make_the_welcomer_its_target(run: Run, text: str, praiser: str, praised: str) -> None:
    found = country_triples(run(text))
    assert praiser not in {o for s, p, o in found if p in ("investigates", "sanctions")}, found


@pytest.mark.parametrize(
    "text",
    [
        "Officials welcomed the investigation into the crash.",
        "Uruguay welcomed the investigation into the ferry accident.",
    ],
)
def test_an_investigation_of_no_state_investigates_no_one(run: Run, text: str) -> None:
    assert not _of(country_triples(run(text)), "investigates")


def test_welcoming_help_still_makes_the_welcomer_its_beneficiary(run: Run) -> None:
    found = country_triples(run("Bhutan welcomed the support provided by Nepal."))
    assert ("NPL", "BTN") in _of(found, "supports"), found


@pytest.mark.parametrize(
    ("text", "judge", "asked"),
    [
        ("Peru supported the demand for Bolivia's withdrawal from the border zone.", "PER", "BOL"),
        ("Estonia backed calls for Latvia's exit from the fishing pact.", "EST", "LVA"),
        ("Iceland opposed the call for Norway's expulsion from the council.", "ISL", "NOR"),
        ("Kenya welcomed the appeal for Uganda's release of the detained traders.", "KEN", "UGA"),
    ],
)
def test_the_one_asked_to_act_is_not_whom_the_request_is_judged_for(run: Run, text: str, judge: str, asked: str) -> None:
    found = country_triples(run(text))
    assert (judge, asked) not in {(s, o) for s, p, o in found if p in ("supports", "praises", "rejects")}, found


@pytest.mark.parametrize(
    ("text", "backer", "helped"),
    [
        ("Uruguay backed the call for aid to Paraguay.", "URY", "PRY"),
        ("Belgium supported the appeal for food aid to Niger.", "BEL", "NER"),
        ("Portugal endorsed the plea for help for Mozambique.", "PRT", "MOZ"),
        ("Austria supported the appeal for assistance for Nepal.", "AUT", "NPL"),
        # the maker of the request is backed ("Togolese" owns the demand, not the act asked for)
        ("Ghana backed the Togolese demand for higher tariffs.", "GHA", "TGO"),
    ],
)
def test_the_one_a_request_would_help_or_its_maker_stays_supported(run: Run, text: str, backer: str, helped: str) -> None:
    assert (backer, helped) in _of(country_triples(run(text)), "supports")


def test_a_request_of_no_state_supports_no_state(run: Run) -> None:
    result = run("Peru supported the demand for higher wages.")
    assert not [s for s in result.statements if s.object.type is EntityType.COUNTRY], result.statements


@pytest.mark.parametrize(
    ("text", "giver", "receiver", "name"),
    [
        ("France hailed Germany's pledge of aid to Ukraine.", "DEU", "UKR", "providesAidTo"),
        ("Sweden welcomed Finland's promise of military assistance to Estonia.", "FIN", "EST", "providesAidTo"),
        ("Japan made a pledge of aid to Laos.", "JPN", "LAO", "providesAidTo"),
        ("Canada's pledge of support for Haiti was praised by Mexico.", "CAN", "HTI", "supports"),
    ],
)
def test_an_act_pledged_by_its_noun_is_the_owners_intent(run: Run, text: str, giver: str, receiver: str, name: str) -> None:
    result = run(text)
    found = {(s.subject.country, s.object.country): s.modality for s in result.statements if s.predicate.name == name}
    assert found.get((giver, receiver)) is Modality.INTENDED, found
    assert not any(s.predicate.name == "agreesTo" and s.subject.country == giver for s in result.statements)


@pytest.mark.parametrize(
    "text",
    [
        "The pledge of aid was welcomed by the charity.",
        "Norway hailed the vow of silence kept by the monks.",
    ],
)
def test_a_pledge_of_no_state_gives_no_aid(run: Run, text: str) -> None:
    assert not {p for _, p, _ in country_triples(run(text))} & {"providesAidTo", "supports"}
