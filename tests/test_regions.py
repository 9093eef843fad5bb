"""Regions and territories of one country stand for it in a place's role, as its cities do (kg/data/regions.tsv,
scripts/build_regions.py).

War and crisis news names the region or territory a strike hit, troops left or a minister toured: the West Bank,
the Kurdistan Region, Tigray, a Ukrainian oblast, a Chinese province. ISO 3166-2 (pycountry) lists the subdivisions
of every country; the table keeps their English names, with their type word ("the Kharkiv region", "the Kherson
oblast"), and a few curated territories, with the country ISO 3166 assigns them. A region in a place's role stands
for its country: the object of a verb or a preposition, the subject of a passive; never an actor ("X said", "Tigray
forces"), nor the place of a city's or a region's own legislature ("lawmakers in X"). A region of the acting state's
own country is a domestic event: nothing.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.gazetteer import place_ids, regions
from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack on a place in a region or territory
        ("Moroccan police raided a camp in the West Bank.", ("MAR", "attacks", "PSE")),
        ("Israeli jets bombed a refugee camp in the Gaza Strip.", ("ISR", "attacks", "PSE")),
        ("Russian missiles hit a power station in the Kharkiv region on Sunday.", ("RUS", "attacks", "UKR")),
        ("Eritrean soldiers looted homes in Tigray.", ("ERI", "attacks", "ETH")),
        ("Iranian drones attacked a base in the Kurdistan Region.", ("IRN", "attacks", "IRQ")),
        ("Ukraine shelled Russian positions in the Belgorod region.", ("UKR", "attacks", "RUS")),
        # the region as the subject of a passive; "the X region of Y"
        ("The Kherson oblast was shelled by Russian artillery overnight.", ("RUS", "attacks", "UKR")),
        ("The Tigray region of Ethiopia was bombed by Eritrean jets.", ("ERI", "attacks", "ETH")),
        ("Turkish warplanes have bombed targets in the Kurdistan Region of Iraq.", ("TUR", "attacks", "IRQ")),
        # a visit to a region
        ("The Qatari emir visited Balochistan last week.", ("QAT", "visits", "PAK")),
        ("The Japanese foreign minister toured Xinjiang in March.", ("JPN", "visits", "CHN")),
        ("A Chinese delegation arrived in the Amhara region on Friday.", ("CHN", "visits", "ETH")),
        # a territory taken or left
        ("Russia seized Crimea in 2014.", ("RUS", "occupies", "UKR")),
        ("Russian troops withdrew from the Kherson region.", ("RUS", "withdrawsFrom", "UKR")),
        ("Israeli troops withdrew from the Sinai Peninsula in 1982.", ("ISR", "withdrawsFrom", "EGY")),
        # "in REGION" as a crowd's place
        ("Demonstrators in Sindh burned Indian flags.", ("PAK", "protests", "IND")),
    ],
)
def test_region_stands_for_its_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani jets bombed villages in Balochistan.",  # a region of the acting state's own country: domestic
        "Ethiopian troops shelled towns in the Amhara region.",
        "Chinese police detained hundreds of people in Xinjiang.",
        "Kherson said Russian shelling killed three people.",  # the region as a subject: no actor, and no target
        "Darfur Airways opened a route to Cairo.",  # a company's name
        "Texas Roadhouse opened a restaurant in Kuwait.",
        "Lawmakers in Texas passed a bill imposing sanctions on Iran.",  # a region's own legislature
        "Legislators in Sindh passed a resolution condemning India.",
        "Xinjiang was hit by floods.",  # a natural event, no actor
    ],
)
def test_region_as_no_actor(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not found, found


def test_a_home_region_leaves_the_border_to_the_target(run: Run) -> None:
    """A mobilization in a region of one's own country, toward the border with another: the other is the target
    (kg/extract/patterns._foreign_actors), as when the region is unknown."""
    found = country_triples(run("India reinforced its troops in Rajasthan, rushing tanks to the frontier with Pakistan."))
    assert ("IND", "mobilizes", "PAK") in found, found
    found = country_triples(run("India beefed up its army's presence in Rajasthan, rushing tanks to the frontier with Pakistan."))
    assert ("IND", "mobilizes", "PAK") in found, found


def test_the_table_keeps_one_country_names() -> None:
    table = regions()
    assert table["West Bank"] == "PSE" and table["Gaza Strip"] == "PSE" and table["Golan Heights"] == "SYR"
    assert table["Crimea"] == "UKR" and table["Nagorno-Karabakh"] == "AZE" and table["Kurdistan Region"] == "IRQ"
    assert table["Donetsk region"] == "UKR" and table["Donetsk Oblast"] == "UKR"  # the oblast's adjective made a name
    assert table["Idlib province"] == "SYR" and table["Rakhine State"] == "MMR" and table["Xinjiang"] == "CHN"
    assert table["Afar region"] == "ETH" and "Afar" not in table  # a common word alone ("from afar")
    assert "Punjab" not in table  # India's and Pakistan's
    assert "Central" not in table and "Northern" not in table and "Central Region" not in table  # generic words
    assert not [name for name in table if "Kashmir" in name]  # disputed
    assert "Abkhazia" not in table and "Western Sahara" not in table  # the gazetteer's own entities
    assert "Somali" not in table  # a demonym
    assert "Victoria" not in table  # a person's name
    assert "Donetsk" not in table and place_ids()["Donetsk"] == "city/UKR"  # the city stands for it already
    assert place_ids()["Tigray"] == "region/ETH"


def test_the_shipped_table_is_the_scripts_output() -> None:
    spec = importlib.util.spec_from_file_location("build_regions", ROOT / "scripts" / "build_regions.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert "\n".join(builder.table_lines()) + "\n" == (ROOT / "kg" / "data" / "regions.tsv").read_text(encoding="utf-8")
