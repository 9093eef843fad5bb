"""Offline gazetteers: countries and international organisations, read from package data.

The data files (``kg/data/countries.tsv``, ``kg/data/organizations.tsv``) are
described in ``kg/data/GAZETTEER-SOURCES.md``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.model import Entity, EntityType

NAME, ADJECTIVE, METONYM = "name", "adjective", "metonym"


@dataclass(frozen=True)
class Surface:
    """A string that names an entity, and how it names it (name, adjective or metonym)."""

    text: str
    entity: Entity
    kind: str


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@dataclass(frozen=True)
class Gazetteer:
    """Countries and organisations with every surface form that names them."""

    countries: dict[str, Entity]
    organizations: dict[str, Entity]
    surfaces: tuple[Surface, ...]

    def by_text(self) -> dict[str, Surface]:
        """Surfaces keyed by their exact text."""
        return {s.text: s for s in self.surfaces}

    def country(self, iso3: str) -> Entity | None:
        """The country with this ISO 3166 alpha-3 code."""
        return self.countries.get(iso3.upper())

    def entity(self, key: str) -> Entity | None:
        """An entity by its key (``country/AZE``, ``org/NATO``)."""
        kind, _, code = key.partition("/")
        return (self.countries if kind == "country" else self.organizations).get(code)


@cache
def load_gazetteer() -> Gazetteer:
    """Load the shipped gazetteers (cached: they are read once per process).

    >>> load_gazetteer().country("AZE").wikidata
    'Q227'
    """
    countries: dict[str, Entity] = {}
    surfaces: list[Surface] = []
    for row in _rows("countries.tsv"):
        names = [row["name"], row["official_name"], *_split(row["variants"])]
        entity = Entity(
            key=f"country/{row['iso3']}",
            label=row["name"],
            type=EntityType.COUNTRY,
            country=row["iso3"],
            wikidata=row["wikidata"] or None,
            aliases=tuple(dict.fromkeys(n for n in names[1:] if n != row["name"])),
        )
        countries[row["iso3"]] = entity
        surfaces += [Surface(n, entity, NAME) for n in dict.fromkeys(names) if n]
        surfaces += [Surface(a, entity, ADJECTIVE) for a in _split(row["adjectives"])]
        surfaces += [Surface(m, entity, METONYM) for m in _split(row["metonyms"])]
    organizations: dict[str, Entity] = {}
    for row in _rows("organizations.tsv"):
        names = [row["label"], *_split(row["acronyms"]), *_split(row["variants"])]
        entity = Entity(
            key=f"org/{row['id']}",
            label=row["label"],
            type=EntityType.ORGANIZATION,
            wikidata=row["wikidata"] or None,
            role=row["kind"] or None,
            aliases=tuple(dict.fromkeys(names[1:])),
        )
        organizations[row["id"]] = entity
        surfaces += [Surface(n, entity, NAME) for n in dict.fromkeys(names)]
    return Gazetteer(countries, organizations, tuple(surfaces))


@cache
def sector_nouns() -> dict[str, str]:
    """Nouns that make a sector actor of a country adjective ("Turkish troops" → military).

    >>> sector_nouns()["troop"]
    'military'
    """
    return {r["noun"]: r["sector"] for r in _rows("sectors.tsv")}
