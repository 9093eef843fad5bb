"""Cities of one country stand for it in a place's role (kg/data/cities.tsv, scripts/build_cities.py).

War and crisis news names the city a strike hit, a visitor reached or a crowd filled. A city that is no capital
was an unknown place, and the act lost its target or its host. Now a city of one country (GeoNames, less names
shared by two countries, common words and people's names) stands for that country as the object of a verb or a
preposition or the subject of a passive; not as a subject ("X said"), a possessive ("X's mayor"), a modifier
("X officials") or the "of" object of a person ("the mayor of X"), and not inside a longer name ("Ricardo Lagos").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from kg.gazetteer import cities
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian drones struck Zaporizhzhia overnight.", ("RUS", "attacks", "UKR")),  # object of a verb
        ("Armenian artillery shelled Barda and Tartar.", ("ARM", "attacks", "AZE")),
        ("Saudi air strikes on Aden killed 20 people.", ("SAU", "attacks", "YEM")),  # object of a noun's preposition
        ("The Turkish bombardment of Raqqa continued for a week.", ("TUR", "attacks", "SYR")),  # "of" a place noun
        ("Aleppo was bombed by Russian jets.", ("RUS", "attacks", "SYR")),  # subject of a passive
        ("The French foreign minister arrived in Basra for talks.", ("FRA", "visits", "IRQ")),  # a visit's place
        ("Demonstrators in Karachi burned American flags.", ("PAK", "protests", "USA")),  # a crowd's place
    ],
)
def test_city_stands_for_its_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Odesa accused Russia of war crimes.",  # "of" a person: the mayor is no state's official
        "Kharkiv officials said the strike hit a school.",  # a modifier
        "Basra's governor criticised Iran over water shortages.",  # a possessive
        "Former Chilean president Ricardo Lagos met Japanese officials.",  # a word of a person's name
    ],
)
def test_city_as_no_actor(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not {t for t in found if t[0] in ("UKR", "IRQ") and t[1] in ("accuses", "criticizes")}, found
    assert ("CHL", "meetsWith", "JPN") in found or "Lagos" not in text, found


def test_talks_held_in_a_city_take_no_third_party(run: Run) -> None:
    found = country_triples(run("The Armenian and Azerbaijani foreign ministers met in Almaty."))
    assert ("ARM", "meetsWith", "AZE") in found or ("AZE", "meetsWith", "ARM") in found, found
    assert not {t for t in found if "KAZ" in t}, found


def test_the_table_leaves_out_shared_names_and_words() -> None:
    table = cities()
    assert table["Mosul"] == "IRQ" and table["Lviv"] == "UKR"
    assert "Tripoli" not in table  # Libya's and Lebanon's
    assert "Reading" not in table and "Mobile" not in table  # common words
    assert "Houston" not in table  # a person's name too (WordNet)
    assert "Austin" not in table and "Frederick" not in table  # a word of an office-holder's name, under a million people
    assert "Sophia" not in table and "Londono" not in table  # other languages' names of capitals
    assert table["Basra"] == "IRQ"  # another spelling of GeoNames' "Basrah"
