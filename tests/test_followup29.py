"""Follow-ups of the session-29 classes of nested acts (class followup29).

* A pledge thanked, praised or welcomed is for the one who thanks when it names no one (``_arguments``, the pledge
  block): "Y thanked X for its pledge of aid" is X's intended aid to Y, as "Y thanked X for its aid" is X's aid.
* A group a state sends abroad is never what it agrees to (``scripts/mine_petrarch.py`` leaves out the mined
  agreesTo triggers whose object is a group of ``kg/data/led_groups.yaml``): "X managed a delegation" states nothing.
* People sent to talks with Y meet Y (``_led_groups.sent_to_talks``): "X sent a delegation to the talks with Y".
* A named ship is no party (``kg/data/vessel_prefixes.yaml``, ``kg._places.names_vessel``): "X deployed HMAS Y".

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


def _of(found: set[tuple[str | None, str, str | None]], name: str) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, p, o in found if p == name}


@pytest.mark.parametrize(
    ("text", "giver", "receiver", "name"),
    [
        ("Peru thanked Chile for its promise of assistance.", "CHL", "PER", "providesAidTo"),
        ("Nepal praised India for its pledge of support.", "IND", "NPL", "supports"),
        ("Chile welcomed Peru's pledge of assistance.", "PER", "CHL", "providesAidTo"),
        ("Kenya thanked Uganda for its swift pledge of help after the floods.", "UGA", "KEN", "providesAidTo"),
        ("Thanking Norway for its pledge of aid, Iceland's premier said the money would rebuild the harbour.", "NOR", "ISL", "providesAidTo"),
        ("Tonga's king thanked Fiji for its promise of humanitarian assistance.", "FJI", "TON", "providesAidTo"),
    ],
)
def test_a_pledge_thanked_is_for_the_thanker(run: Run, text: str, giver: str, receiver: str, name: str) -> None:
    result = run(text)
    found = {(s.subject.country, s.object.country): s.modality for s in result.statements if s.predicate.name == name}
    assert found.get((giver, receiver)) is Modality.INTENDED, found
    assert not any(s.predicate.name == "agreesTo" for s in result.statements), result.statements


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        # the pledge names its own recipient: the thanker is not it
        ("Nepal praised India for its pledge of support to Bhutan.", "IND", "BTN"),
        ("Ecuador criticised Colombia for its pledge of aid to Venezuela.", "COL", "VEN"),
    ],
)
def test_a_pledge_naming_its_recipient_keeps_it(run: Run, text: str, giver: str, receiver: str) -> None:
    found = country_triples(run(text))
    pairs = _of(found, "supports") | _of(found, "providesAidTo")
    assert (giver, receiver) in pairs, found
    assert not {p for p in pairs if p[1] != receiver}, found


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine thanked Germany for its pledge of silence.",
        "The charity thanked donors for their pledge of aid.",
    ],
)
def test_a_pledge_of_no_help_or_no_state_helps_no_one(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not _of(found, "providesAidTo") and not _of(found, "supports"), found


@pytest.mark.parametrize(
    "text",
    [
        "Estonia managed a delegation to Latvia.",
        "Chile will oversee a trade mission to Peru.",
        "The mission to Latvia was managed by Estonia.",
        "Estonia to direct trade delegation to Latvia",
        "Ghana's minister directed the delegation.",
        "Ghana sent a mission to Nigeria.",
        "The Malian colonel commanded the UN mission in Chad.",
    ],
)
def test_a_group_sent_abroad_is_never_agreed_to(run: Run, text: str) -> None:
    assert not _of(country_triples(run(text)), "agreesTo")


@pytest.mark.parametrize(
    ("text", "side", "other", "modality"),
    [
        ("Togo sent envoys to the peace talks with Benin in Accra.", "TGO", "BEN", Modality.ASSERTED),
        ("Senegal dispatched negotiators to the summit with Gambia.", "SEN", "GMB", Modality.ASSERTED),
        ("Ghana will dispatch its foreign minister to negotiations with Nigeria next week.", "GHA", "NGA", Modality.INTENDED),
        ("Liberia's envoys, sent to the talks with Guinea, returned on Friday.", "LBR", "GIN", Modality.ASSERTED),
        ("Mali sends delegation to negotiations with Niger", "MLI", "NER", Modality.ASSERTED),
    ],
)
def test_people_sent_to_talks_with_a_party_meet_it(run: Run, text: str, side: str, other: str, modality: Modality) -> None:
    result = run(text)
    found = {(s.subject.country, s.object.country): s.modality for s in result.statements if s.predicate.name == "meetsWith"}
    assert found.get((side, other)) is modality, result.statements
    assert not any(s.predicate.name == "visits" for s in result.statements), result.statements


@pytest.mark.parametrize(
    ("text", "sender", "receiver", "name"),
    [
        ("Ghana sent a delegation to Nigeria.", "GHA", "NGA", "visits"),
        ("Burkina Faso dispatched an envoy to Niger.", "BFA", "NER", "visits"),
        ("Ghana sent a medical team to Nigeria.", "GHA", "NGA", "providesAidTo"),
    ],
)
def test_people_sent_to_a_state_keep_their_reading(run: Run, text: str, sender: str, receiver: str, name: str) -> None:
    assert (sender, receiver) in _of(country_triples(run(text)), name)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana sent a delegation to the talks.",
        "Ghana sent a letter to the talks with Nigeria.",
        "Ghana sent its football team to Nigeria.",
    ],
)
def test_talks_of_no_party_or_no_people_sent_give_no_meeting(run: Run, text: str) -> None:
    assert not _of(country_triples(run(text)), "meetsWith")


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The Australian Defence Force has deployed HMAS Adelaide to deliver water and medical supplies.", "Adelaide"),
        ("Indonesia deployed KRI Bima Suci to the Natuna Sea.", "Bima"),
        ("Chinese ships rammed BRP Sierra Madre near the shoal.", "Sierra"),
        ("HMNZS Canterbury was deployed by New Zealand to carry blankets.", "Canterbury"),
        ("Iran seized the MV Stena Gale in the Strait of Hormuz.", "Stena"),
    ],
)
def test_a_named_ship_is_no_party(run: Run, text: str, ship: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if ship in s.object.label or ship in s.subject.label], result.statements


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("The Royal Navy deployed HMS Trent to deliver aid to Haiti.", None, "HTI"),
        ("Japan dispatched JS Izumo to deliver relief to Tonga.", "JPN", "TON"),
        ("HMNZS Canterbury was deployed by New Zealand to carry aid to Fiji.", "NZL", "FJI"),
    ],
)
def test_a_ship_sent_to_deliver_aid_to_a_state_is_aid_to_it(run: Run, text: str, giver: str | None, receiver: str) -> None:
    result = run(text)
    assert any(s.predicate.name == "providesAidTo" and s.object.country == receiver and (giver is None or s.subject.country == giver)
               for s in result.statements), result.statements
    assert not any(s.predicate.name == "mobilizes" for s in result.statements), result.statements


def test_a_ship_prefix_is_matched_in_capitals_only() -> None:
    from kg.gazetteer import vessel_prefixes

    assert {"HMS", "USS", "KRI"} <= vessel_prefixes() and "hms" not in vessel_prefixes()
