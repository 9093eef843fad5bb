"""Territory taken and places the gazetteer does not know (CAMEO 192 "occupy territory", PLOVER ASSAULT).

* A place that falls to a force, or is captured, seized, overrun or taken by one with no adversary named, is land
  occupied: the taker ``occupies`` the country the place lies in (kg/extract/_ground.py, shapes ``fallen`` and
  ``seized``; lexicon ``occupies`` entries after the ground taken from an adversary).
* A place's name the gazetteer does not know, written with its country beside it ("X, Syria", "X in eastern Ukraine",
  "X in Ukraine's Y region"), stands for that country wherever a place is read (kg/_places.py country_beside).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples, events

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fell to" with a force named by its demonym
        ("Melitopol fell to Russian troops in early March.", ("RUS", "occupies", "UKR")),
        # "came under the control of", a past tense with a date
        ("Sirte came under the control of Egyptian forces in 2016.", ("EGY", "occupies", "LBY")),
        # "fell into the hands of"
        ("Misrata fell into the hands of Chadian rebels after a long siege.", ("TCD", "occupies", "LBY")),
        # "has come under Y control": a perfect, the taker an adjective on the noun of holding
        ("Kismayo has come under Ethiopian control.", ("ETH", "occupies", "SOM")),
        # the ground a kind of place with its country's adjective
        ("The Azerbaijani town of Lachin fell to Armenian units on Tuesday.", ("ARM", "occupies", "AZE")),
        # a country's own name as the taker
        ("Kidal fell to Algeria after three days.", ("DZA", "occupies", "MLI")),
    ],
)
def test_a_place_fallen_to_a_force_is_land_occupied(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found
    assert not [t for t in found if t[1] == "attacks"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive with its agent
        ("Bunia was captured by Rwandan troops last year.", ("RWA", "occupies", "COD")),
        # an active verb, the ground a kind of place with its country's adjective and "of" name
        ("Armenian forces seized the Azerbaijani town of Shusha in 1992.", ("ARM", "occupies", "AZE")),
        # "overrun" (WordNet overrun v.1)
        ("Eritrean soldiers overran the Ethiopian town of Zalambessa.", ("ERI", "occupies", "ETH")),
        # "seized control of" a facility placed by its city
        ("Sudanese troops seized control of the port in Benghazi.", ("SDN", "occupies", "LBY")),
        # a known city taken by a named armed group's state sponsor
        ("Herat was seized by Iranian special forces, the report said.", ("IRN", "occupies", "AFG")),
    ],
)
def test_a_place_captured_with_no_adversary_is_land_occupied(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # apposition, an attack noun after a light verb
        ("Turkish troops launched an offensive on Kobani, Syria.", ("TUR", "attacks", "SYR")),
        # apposition inside a place's "in" phrase, with a date after it
        ("Israeli jets bombed targets in Jarabulus, Syria, on Tuesday.", ("ISR", "attacks", "SYR")),
        ("Kenyan warplanes struck a camp in Jilib, Somalia.", ("KEN", "attacks", "SOM")),
        # "in COUNTRY's REGION"
        ("Russian artillery pounded Izium in Ukraine's Kharkiv region.", ("RUS", "attacks", "UKR")),
        # "the town of X in eastern COUNTRY"
        ("Rwandan forces shelled the town of Kiwanja in the eastern DRC.", ("RWA", "attacks", "COD")),
        # a visit's destination
        ("The Egyptian foreign minister travelled to Marib, Yemen.", ("EGY", "visits", "YEM")),
        # a place fallen, placed by its apposition
        ("Jilib, Somalia, fell to Kenyan troops last week.", ("KEN", "occupies", "SOM")),
        # a held place: the holder's modifier does not hide the place
        ("Turkish troops launched an assault on rebel-held Kobani, Syria.", ("TUR", "attacks", "SYR")),
    ],
)
def test_an_unknown_place_with_its_country_beside_it_stands_for_the_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


def test_an_unknown_place_is_no_name_of_its_country(run: Run) -> None:
    result = run("Turkish troops launched an offensive on Kobani, Syria.")
    syria = [s.object for s in result.statements if s.object.country == "SYR"]
    assert syria and all("Kobani" not in entity.aliases for entity in syria)


@pytest.mark.parametrize(
    "text",
    [
        # domestic: a state's own forces take or retake its own town
        "Libyan forces retook Sirte.",
        "Malian troops captured Kidal.",
        "Gao, Mali, fell to Malian troops.",
        # a country's own name falling in a match
        "Brazil fell to Argentina in the final.",
        # no place, or no taker
        "The company's share price fell to record lows.",
        "The decision fell to the German chancellor.",
        "Berlin fell to third place in the rankings.",
        "Responsibility for the talks fell to Austria.",
        # ground with no country named
        "Chinese troops captured the town.",
        # a person's name and an organisation's with a country beside them
        "Juan Perez, Spain's ambassador, visited Gao.",
        "Gazprom, Russia's gas company, signed a deal with Shell.",
        # a country that starts a clause after a fronted place
        "In Gao, France has deployed troops.",
    ],
)
def test_distractors_yield_no_event(run: Run, text: str) -> None:
    assert not events(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Russian military captured a Ukrainian drone.",  # a thing seized: a seizure (coerces)
        "Japan took China to the WTO.",  # a country's own name after "take"
        "China took a tough position against Japan.",  # "take", of many senses: no kind of place
        "The Syrian garrison fell to the Islamic State.",  # a force that falls is attacked
    ],
)
def test_no_occupation_without_land_taken(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "occupies"]
