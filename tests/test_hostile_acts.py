"""Hostile acts in shapes read since session 28 (branch hostile28). The tests assert exact statement sets.

* A crowd's act at another state's mission is a protest against that state, also at a part of the building ("at the
  gates of the Y embassy", "outside the walls of the Y embassy compound": ``_constructions.building_of_part``) and
  when the parse hangs the place on the act's thing ("chanted slogans [outside the Y embassy]"); waving or holding up
  placards and banners is a protest act (lexicon, CAMEO 141).
* Chasing, driving or turning away another state's vessels or aircraft is coercion (lexicon, CAMEO 170).
* Putting one's forces on alert is a show of force (lexicon, CAMEO 152); an armed force's coming near ("as Y's
  warships sailed through the strait", ``_constructions._FORCE_MOVES``) names the target, as a hostile act does.
* Banning, blocking or barring another state's apps, firms, airlines or broadcasters is a sanction (lexicon, CAMEO
  163); boycotting an event a state hosts ("the Games held in Y", "the World Cup in Y") is aimed at the host
  (``_constructions._boycotted_hosts``).
* Dismantling, closing or shutting down one's bases or outposts in another state is a withdrawal (lexicon, CAMEO 087).
* People of no party harmed in ground another state holds ("killed two civilians in Y-administered Z") stand for the
  holder as ground struck does (``_ground._harmed_in``); armed people of no state still name only where. Weapons'
  fire ("Y's artillery fire hit a village in Z", ``patterns._weapons_fire``) is an armed side of "hit" or "strike".

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _statements(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country or s.object.label) for s in result.statements}


def _objects(result: ArticleResult, predicate: str) -> set[str | None]:
    return {s.object.country for s in result.statements if s.predicate.name == predicate}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Demonstrators chanted slogans outside the Egyptian embassy in Khartoum.", "EGY"),
        ("Hundreds of protesters gathered at the gates of the Belgian embassy in Kinshasa.", "BEL"),
        ("Protesters waved placards at the entrance of the Saudi consulate in Istanbul.", "SAU"),
        ("Demonstrators assembled outside the walls of the Iranian embassy compound in Baku.", "IRN"),
        ("Activists held up banners in front of the gates of the Chinese consulate in Sydney.", "CHN"),
        ("Rioters stormed the compound of the British embassy in Khartoum.", "GBR"),
        ("Angry crowds threw rocks at the gates of the Serbian embassy in Pristina.", "SRB"),
    ],
)
def test_crowd_at_a_mission_protests_its_state(run: Run, text: str, target: str) -> None:
    assert _objects(run(text), "protests") == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Farmers chanted slogans outside the agriculture ministry in Lisbon.",
        "Diplomats gathered at the gates of the Korean embassy in Hanoi.",
        "Workers gathered at the gates of the car factory in Turin.",
        "Fans waved banners at the entrance of the stadium in Seville.",
    ],
)
def test_no_protest_of_a_state(run: Run, text: str) -> None:
    assert run(text).statements == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indonesian navy chased away a Vietnamese fishing boat from the Natuna islands.", {("IDN", "coerces", "VNM")}),
        ("Japanese coast guard ships drove off three Chinese vessels near the Senkaku islands.", {("JPN", "coerces", "CHN")}),
        ("Greek fighter jets chased off two Turkish drones over the Aegean.", {("GRC", "coerces", "TUR")}),
        ("Argentina's navy turned back a Spanish trawler.", {("ARG", "coerces", "ESP")}),
        ("The coast guard chased away a fishing boat.", set()),
        ("The Italian navy escorted its own fishing boats back to port.", set()),
        ("Police drove off the protesters.", set()),
    ],
)
def test_vessels_chased_away(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _statements(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan put its navy on high alert as Chinese warships sailed near Okinawa.", {("JPN", "mobilizes", "CHN")}),
        ("South Korea placed its army on alert after North Korea fired a missile.", {("KOR", "mobilizes", "PRK")}),
        ("Estonia put its air force on alert when Russian bombers approached its airspace.", {("EST", "mobilizes", "RUS")}),
        ("The Philippine army went on high alert after Chinese ships entered its waters.", {("PHL", "mobilizes", "CHN")}),
        ("Japan put its coast guard on alert ahead of the typhoon.", set()),
        ("Brazil put its police on high alert for the carnival.", set()),
    ],
)
def test_forces_put_on_alert(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _statements(run(text)) == expected


def test_diplomats_travelling_provoke_no_alert(run: Run) -> None:
    # the visit is read; the alert answers no armed force
    assert _objects(run("Poland put its troops on alert as Russian diplomats flew to Warsaw."), "mobilizes") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia banned Russian broadcasters from its airwaves.", {("EST", "sanctions", "RUS")}),
        ("The United States blocked dozens of Chinese apps over security concerns.", {("USA", "sanctions", "CHN")}),
        ("Ukraine barred Belarusian airlines from its airspace.", {("UKR", "sanctions", "BLR")}),
        ("Canada boycotted the Olympic Games held in Beijing.", {("CAN", "sanctions", "CHN")}),
        ("Egypt boycotted the World Cup in Qatar.", {("EGY", "sanctions", "QAT")}),
        ("The government blocked access to the website.", set()),
        ("Consumers boycotted the new smartphone.", set()),
        ("Russia boycotted the talks in Geneva.", set()),
        ("France banned its own firms from bidding.", set()),
    ],
)
def test_bans_and_boycotts(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _statements(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain dismantled its last military base in Iraq.", {("GBR", "withdrawsFrom", "IRQ")}),
        ("Russia closed two outposts in Syria.", {("RUS", "withdrawsFrom", "SYR")}),
        ("Germany shut down its garrison in Afghanistan.", {("DEU", "withdrawsFrom", "AFG")}),
        ("The United States closed a military base in Texas.", set()),
        ("The army dismantled a rebel camp in the north.", set()),
        ("Russia dismantled its nuclear warheads.", set()),
    ],
)
def test_bases_given_up(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _statements(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani shelling killed two civilians in Indian-administered Kashmir.", {("PAK", "attacks", "IND")}),
        ("Azerbaijani drones wounded four civilians in Armenian-controlled Karabakh.", {("AZE", "attacks", "ARM")}),
        ("Russian artillery fire killed three people in Ukrainian-held Kherson.", {("RUS", "attacks", "UKR")}),
        # armed people of no state name where they are, not whom (session 27)
        ("A Turkish drone strike killed three Kurdish fighters in northern Iraq.", set()),
        # one's own ground: no holder harmed (and ground of no country named as before)
        ("Indian police killed two civilians in Indian-administered Kashmir.", set()),
        # one's own hold on another's land: the land's country, as before
        ("Turkish soldiers killed two men in Turkish-occupied northern Cyprus.", {("TUR", "attacks", "CYP"), ("TUR", "occupies", "CYP")}),
        ("Russian soldiers detained a journalist in Russian-occupied Melitopol.", {("RUS", "coerces", "UKR"), ("RUS", "occupies", "UKR")}),
    ],
)
def test_harm_in_held_ground(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _statements(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani artillery fire hit a village in India.", {("PAK", "attacks", "IND")}),
        ("Russian sniper fire hit a car in Ukraine.", {("RUS", "attacks", "UKR")}),
        ("Israeli tank fire struck a school in Gaza.", {("ISR", "attacks", "PSE")}),
        # a fire that is no weapon's, and one's own country
        ("A fire hit a village in India.", set()),
        ("Pakistani artillery fire hit a village in Pakistan.", set()),
    ],
)
def test_weapons_fire_hits(run: Run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _statements(run(text)) == expected
