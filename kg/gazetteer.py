"""Offline gazetteers: countries, international organisations and armed groups, read from package data.

The data files (``kg/data/countries.tsv``, ``kg/data/organizations.tsv``,
``kg/data/armed_groups.tsv``, ``kg/data/state_forces.tsv``, ``kg/data/state_organs.tsv``) are described in ``kg/data/GAZETTEER-SOURCES.md``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any
from importlib import resources

import yaml

from kg.data import table
from kg.model import Entity, EntityType

NAME, ADJECTIVE, METONYM = "name", "adjective", "metonym"


@dataclass(frozen=True)
class Surface:
    """A string that names an entity, and how it names it (name, adjective or metonym)."""

    text: str
    entity: Entity
    kind: str


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@dataclass(frozen=True)
class Gazetteer:
    """Countries and organisations with every surface form that names them.

    The entities carry no aliases: an entity's aliases are the names an article
    used for it (filled in by :func:`kg.resolve.resolve`), so the graph's
    ``skos:altLabel`` values are the variants seen, not the whole gazetteer row.
    """

    countries: dict[str, Entity]
    organizations: dict[str, Entity]
    surfaces: tuple[Surface, ...]
    folded: dict[str, Entity] = field(default_factory=dict)
    """Surfaces by their casefolded text (for :meth:`lookup`)."""
    forces: dict[str, Entity] = field(default_factory=dict)
    """A state's forces, services and organs known by a name of their own, by the code of their key (``ISR-idf``,
    ``ISR-knesset``)."""

    def by_text(self) -> dict[str, Surface]:
        """Surfaces keyed by their exact text."""
        return {s.text: s for s in self.surfaces}

    def country(self, iso3: str) -> Entity | None:
        """The country with this ISO 3166 alpha-3 code."""
        return self.countries.get(iso3.upper())

    def lookup(self, text: str) -> Entity | None:
        """The country or organisation a name, adjective, metonym or ISO 3166 alpha-3 code stands for.

        Case-insensitive, and blind to context (the resolver weighs ambiguous
        names in their article; see ``kg/data/ambiguous.yaml``).

        >>> load_gazetteer().lookup("aze").label, load_gazetteer().lookup("the Republic of Azerbaijan").label
        ('Azerbaijan', 'Azerbaijan')
        """
        key = " ".join(text.split())
        if len(key) == 3 and key.isalpha() and key.upper() in self.countries:
            return self.countries[key.upper()]
        return self.folded.get(key.casefold())


    def entity(self, key: str) -> Entity | None:
        """An entity by its key (``country/AZE``, ``org/NATO``, ``actor/ISR-idf``)."""
        kind, _, code = key.partition("/")
        return (self.countries if kind == "country" else self.forces if kind == "actor" else self.organizations).get(code)


_ARTICLE = re.compile(r"(?<![\w'’])([Aa]l)([- ])(?=\w)")
"""The Arabic article in a transliterated name ("al-Qaeda", "Al Shabaab", "Izz ad-Din al-Qassam")."""


def transliterations(name: str) -> list[str]:
    """A transliterated name with the spellings news uses for the same words, the name first.

    The Arabic article is written "al-", "al ", "Al-" or "Al "; an apostrophe (for an ayn or a
    hamza) is written straight, curly or not at all. Only these two conventions are varied:
    other spellings of a group's name are listed in ``armed_groups.tsv`` from their sources.

    >>> transliterations("al-Qaeda"), transliterations("Kata'ib")
    (['al-Qaeda', 'al Qaeda', 'Al-Qaeda', 'Al Qaeda'], ["Kata'ib", 'Kata’ib', 'Kataib'])
    """
    forms = [name]
    for match in list(_ARTICLE.finditer(name))[:2]:
        start, end = match.span()
        forms = [
            f[:start] + article + f[end:]
            for f in forms
            for article in ("al-", "al ", "Al-", "Al ")
        ]
    spelled: list[str] = []
    for form in forms:
        spelled += [form, form.replace("'", "’"), form.replace("'", "")] if "'" in form else [form]
    return list(dict.fromkeys(spelled))


@cache
def load_gazetteer() -> Gazetteer:
    """Load the shipped gazetteers (cached: they are read once per process).

    >>> load_gazetteer().country("AZE").wikidata
    'Q227'
    """
    countries: dict[str, Entity] = {}
    surfaces: list[Surface] = []
    for row in table("countries.tsv"):
        names = [row["name"], row["official_name"], *_split(row["variants"])]
        entity = Entity(
            key=f"country/{row['iso3']}",
            label=row["name"],
            type=EntityType.COUNTRY,
            country=row["iso3"],
            wikidata=row["wikidata"] or None,
        )
        countries[row["iso3"]] = entity
        surfaces += [Surface(n, entity, NAME) for n in dict.fromkeys(names) if n]
        surfaces += [Surface(a, entity, ADJECTIVE) for a in _split(row["adjectives"])]
        surfaces += [Surface(m, entity, METONYM) for m in _split(row["metonyms"])]
    organizations: dict[str, Entity] = {}
    # Movements and armed groups (armed_groups.tsv) act for the country they are based in (CAMEO
    # codes Hamas PSE); those active across countries (al-Qaeda, Islamic State) have none.
    groups = table("armed_groups.tsv")
    for row in [*table("organizations.tsv"), *groups]:
        names = [row["label"], *_split(row["acronyms"]), *_split(row["variants"])]
        if row in groups:
            names = [spelling for name in names for spelling in transliterations(name)]
        entity = Entity(
            key=f"org/{row['id']}",
            label=row["label"],
            type=EntityType.ORGANIZATION,
            country=row.get("country") or None,
            wikidata=row.get("wikidata") or None,
            role=row["kind"] or None,
        )
        organizations[row["id"]] = entity
        surfaces += [Surface(n, entity, NAME) for n in dict.fromkeys(names)]
    # A state's forces, services and organs known by a name of their own ("the IDF", "the IRGC", "Mossad", "the
    # Knesset", "the Bundestag"): the state's sector actor, as "Israeli troops", "Iranian intelligence" or "the German
    # parliament" is (kg/resolve.py)
    forces: dict[str, Entity] = {}
    for row in [*table("state_forces.tsv"), *table("state_organs.tsv")]:
        code = f"{row['country']}-{row['id']}"
        entity = Entity(key=f"actor/{code}", label=row["label"], type=EntityType.SECTOR_ACTOR, country=row["country"], role=row["sector"])
        forces[code] = entity
        surfaces += [Surface(n, entity, NAME) for n in dict.fromkeys([row["label"], *_split(row["acronyms"]), *_split(row["variants"])])]
    folded: dict[str, Entity] = {}
    for surface in surfaces:
        folded.setdefault(surface.text.casefold(), surface.entity)
    return Gazetteer(countries, organizations, tuple(surfaces), folded, forces)


@cache
def follower_nouns() -> frozenset[str]:
    """Nouns of a person's stance or tie towards another, whose name before them is the one supported, opposed or
    given to, not the person ("a Kremlin critic", "Y's opponents", "Y's creditors"): ``followers`` of
    ``kg/data/followers.yaml``. The resolver makes no sector actor of a possessive on them ("Y's lenders" lend to Y),
    the extractor no actor of the name before them (:mod:`kg.extract._arguments`)."""
    loaded: dict[str, list[str]] = yaml.safe_load(resources.files("kg.data").joinpath("followers.yaml").read_text(encoding="utf-8"))
    return frozenset(loaded["followers"])


@cache
def reporting_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of verbs that report a speaker's words, as the extractor reads a reporting clause ("X said that
    ...", "quoted Y as saying") and as the resolver finds a quotation's speaker ('"...," she explained'): one list
    with the few verbs only one of them takes (``kg/data/reporting.yaml``).

    >>> clause, quotation = reporting_verbs()
    >>> "say" in clause & quotation, "report" in clause - quotation, "explain" in quotation - clause
    (True, True, True)
    """
    loaded: dict[str, list[str]] = yaml.safe_load(resources.files("kg.data").joinpath("reporting.yaml").read_text(encoding="utf-8"))
    said = frozenset(loaded["reporting"])
    return said | frozenset(loaded["clause_only"]), said | frozenset(loaded["quotation_only"])


@cache
def sector_nouns() -> dict[str, str]:
    """Nouns that make a sector actor of a country adjective ("Turkish troops" → military).

    >>> sector_nouns()["troop"]
    'military'
    """
    return {r["noun"]: r["sector"] for r in table("sectors.tsv")}


#: Sectors whose members act for their state ("Turkish troops", "the Kenyan police").
STATE_SECTORS = frozenset({"government", "military", "police", "intelligence", "judiciary", "legislature"})
#: Sectors whose members act for themselves, never as their state ("Japanese carmakers accused ..."): firms, and those
#: who study or comment on public affairs, whose judgement is their own ("a Greek analyst said Y's move was reckless",
#: "an Israeli professor warned ...", "a columnist", "a think tank"). The others (rebels, armed groups, opposition,
#: civilians, labour, education, media...) keep their country: PLOVER codes them as its actors (sectors REB, OPP, CVL,
#: LAB, EDU, MED).
PEOPLE_SECTORS = frozenset({"business", "commentators", "former officials"})


def speaks_for_itself(entity: Entity) -> bool:
    """Whether a speaker's words are its own, not its state's: a country's firms or commentators (:data:`PEOPLE_SECTORS`).
    Their "we" is not their country ("“We condemn Y's raid,” a Norlandic professor said"), nor their judgement its act.

    >>> from kg.model import sector_actor
    >>> speaks_for_itself(sector_actor("GRC", "commentators", "Greek analyst")), speaks_for_itself(sector_actor("GRC", "government", "Greek officials"))
    (True, False)
    """
    return entity.type is EntityType.SECTOR_ACTOR and entity.role in PEOPLE_SECTORS


@cache
def _actor_heads() -> dict[str, str]:
    return {r["noun"]: r["class"] for r in table("actor_heads.tsv")}


@cache
def legislator_nouns() -> frozenset[str]:
    """Nouns of a legislature's members: the sector nouns of ``legislature`` (``kg/data/sectors.tsv``) and WordNet's
    nouns under "legislator" (``kg/data/actor_heads.tsv``).

    >>> {"lawmaker", "senator", "congressman"} <= legislator_nouns()
    True
    """
    rows = table("actor_heads.tsv")
    return frozenset({n for n, sector in sector_nouns().items() if sector == "legislature" and " " not in n}
                     | {r["noun"] for r in rows if r.get("anchor") == "legislator"})


@cache
def _title_words() -> frozenset[str]:
    """The last word of each title of office ("minister", "spokesman")."""
    return frozenset(w for title in titles() for w in title.split()[-1:])


def acts_for_state(noun: str) -> bool | None:
    """Whether a head noun under a country's demonym names its state (None: no actor noun at all).

    The sectors table decides first (True for a state organ, False for business, None for the other
    sectors), then the titles of office ("minister", "spokesman"), then WordNet's class of the noun
    (``kg/data/actor_heads.tsv``, ``scripts/build_actor_heads.py``): True for an official or a force, False
    for a person or body of sport, business, travel or entertainment.

    >>> acts_for_state("troop"), acts_for_state("striker"), acts_for_state("minister"), acts_for_state("rebel")
    (True, False, True, None)
    """
    sector = sector_nouns().get(noun)
    if sector is not None:
        return True if sector in STATE_SECTORS else False if sector in PEOPLE_SECTORS else None
    if noun in _title_words():
        return True
    cls = _actor_heads().get(noun)
    return None if cls is None else cls == "state"


@cache
def _pastime_words() -> frozenset[str]:
    return frozenset(r["noun"] for r in table("pastime_words.tsv"))


def pastime_body(label: str) -> bool:
    """Whether an organisation's name makes it a body of sport or the arts, which speaks for no state: a word of
    ``kg/data/pastime_words.tsv`` (``scripts/build_pastime_words.py``) in a name with no word of a state organ ("the
    Ministry of Sport" is one).

    >>> pastime_body("Football Association"), pastime_body("National Chess Federation"), pastime_body("Ministry of Sports"), pastime_body("Arab League")
    (True, True, False, False)
    """
    words = [w.strip(".,'\u2019").lower() for w in label.split()]
    if any(acts_for_state(w) is True for w in words):
        return False
    return any(pastime_word(w) for w in words)


def pastime_word(word: str) -> bool:
    """Whether a word names a sport or one of the arts (``kg/data/pastime_words.tsv``), so that a body it names is one of
    them ("football" in "the football federation").

    >>> pastime_word("football"), pastime_word("Olympic"), pastime_word("defence")
    (True, True, False)
    """
    return word.lower() in _pastime_words()


@cache
def _culture_heads() -> frozenset[str]:
    return frozenset(r["noun"] for r in table("culture_heads.tsv"))


def culture_noun(noun: str) -> bool:
    """Whether a head noun names a place of trade or a work or practice of a culture, so that a demonym on it says
    where the thing comes from, not who acts ("German cuisine", "a Chinese restaurant", "Spanish literature"):
    WordNet's class of the noun (``kg/data/culture_heads.tsv``, ``scripts/build_culture_heads.py``). Goods and food
    are not such nouns: a measure on a country's goods concerns the country ("tariffs on Australian wine").

    >>> culture_noun("cuisine"), culture_noun("restaurant"), culture_noun("troop"), culture_noun("aggression")
    (True, True, False, False)
    """
    return noun in _culture_heads()


@cache
def place_nouns() -> dict[str, str]:
    """Nouns whose "of" object is a place, with their class: ``event`` for an act done to a place ("siege",
    "shelling", "liberation"), ``settlement`` for a kind of place ("town", "village", "province"): WordNet's
    class of the noun (``kg/data/place_nouns.tsv``, ``scripts/build_place_nouns.py``).

    >>> place_nouns()["siege"], place_nouns()["town"], "meeting" in place_nouns()
    ('event', 'settlement', False)
    """
    return {r["word"]: r["class"] for r in table("place_nouns.tsv") if r["class"] != "act"}


@cache
def building_nouns() -> frozenset[str]:
    """Nouns of buildings ("house", "palace", "hall", "hotel"): a name headed by one names a venue, not a party
    (``kg/data/building_nouns.tsv``, WordNet's kinds of building, ``scripts/build_building_nouns.py``).

    >>> "house" in building_nouns(), "hall" in building_nouns(), "ministry" in building_nouns()
    (True, True, False)
    """
    return frozenset(r["word"] for r in table("building_nouns.tsv"))


@cache
def place_verbs() -> frozenset[str]:
    """Verbs whose direct object is a place ("shelled X", "liberated X"): the verbs of the ``event`` nouns of
    :func:`place_nouns` (``act`` rows of ``kg/data/place_nouns.tsv``).

    >>> "shell" in place_verbs(), "capture" in place_verbs()
    (True, False)
    """
    return frozenset(r["word"] for r in table("place_nouns.tsv") if r["class"] == "act")


@cache
def metonyms() -> frozenset[str]:
    """The names that stand for a country by its capital or seat of government (the gazetteer's metonyms: "Kremlin",
    "Abu Dhabi").

    >>> "Kremlin" in metonyms(), "Russia" in metonyms()
    (True, False)
    """
    return frozenset(s.text for s in load_gazetteer().surfaces if s.kind == METONYM)


@cache
def cities() -> dict[str, str]:
    """Cities whose name alone places them in one country, with its ISO 3166 alpha-3 code: GeoNames' cities of at
    least 15,000 people less ambiguous names, common words and people's names (``kg/data/cities.tsv``,
    ``scripts/build_cities.py``).

    >>> cities()["Kharkiv"], cities()["Mosul"], "Tripoli" in cities(), "Reading" in cities()
    ('UKR', 'IRQ', False, False)
    """
    return {r["name"]: r["country"] for r in table("cities.tsv")}


@cache
def regions() -> dict[str, str]:
    """Regions and territories whose name alone places them in one country, with its ISO 3166 alpha-3 code: ISO
    3166-2 subdivisions under their English names and with their type word ("Donetsk region", "Idlib province"), and
    curated territories ("West Bank", "Crimea", "Golan Heights"), less shared names, common words and people's
    names (``kg/data/regions.tsv``, ``scripts/build_regions.py``).

    >>> regions()["West Bank"], regions()["Donetsk region"], "Punjab" in regions(), "Central" in regions()
    ('PSE', 'UKR', False, False)
    """
    return {r["name"]: r["country"] for r in table("regions.tsv")}


@cache
def place_ids() -> dict[str, str]:
    """The id of each name of a city or a region that places it in one country: ``city/<ISO3>`` for the cities of
    :func:`cities`, ``region/<ISO3>`` for the regions of :func:`regions` (a name of both is the city's). One table,
    built once, for :func:`kg.nlp.city_names`.

    >>> place_ids()["Kharkiv"], place_ids()["Kharkiv region"], place_ids()["Crimea"]
    ('city/UKR', 'region/UKR', 'region/UKR')
    """
    return {**{name: f"region/{code}" for name, code in regions().items()}, **{name: f"city/{code}" for name, code in cities().items()}}


@cache
def vessel_prefixes() -> frozenset[str]:
    """Prefixes written before a ship's name ("HMAS Adelaide", "USS X"), in capitals as written: ``prefixes`` of
    ``kg/data/vessel_prefixes.yaml``.

    >>> "HMAS" in vessel_prefixes(), "hmas" in vessel_prefixes()
    (True, False)
    """
    data = yaml.safe_load(resources.files("kg.data").joinpath("vessel_prefixes.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w) for w in data["prefixes"])


@cache
def event_name_openers() -> frozenset[str]:
    """Words that open the name of one military operation or exercise ("Operation Desert Shield"):
    ``openers`` of ``kg/data/named_events.yaml``.

    >>> "operation" in event_name_openers()
    True
    """
    data = yaml.safe_load(resources.files("kg.data").joinpath("named_events.yaml").read_text(encoding="utf-8"))
    return frozenset(str(w) for w in data["openers"])


def civilian_noun(noun: str) -> bool:
    """Whether a head noun names people who do not act for their state: refugees, farmers, journalists.

    A noun of the sectors table or of WordNet's people classes (``kg/data/actor_heads.tsv``) that
    :func:`acts_for_state` does not call a state organ or force.

    >>> civilian_noun("refugee"), civilian_noun("farmer"), civilian_noun("troop"), civilian_noun("remark")
    (True, True, False, False)
    """
    known = noun in sector_nouns() or noun in _actor_heads()
    return known and acts_for_state(noun) is not True


@dataclass(frozen=True)
class OfficeHolder:
    """A person who held an office (or belonged to a government) over a period.

    Attributes:
        entity: key of the country or organisation (``country/AZE``, ``org/UN``).
        office: ``head_of_state``, ``head_of_government``, ``foreign_minister``,
            ``other`` (curated rows) or ``official`` (a government member of the
            PETRARCH2 dictionaries, office unknown).
        title: the title of office as written in English news ("president").
        name: the person's usual English name.
        aliases: other names (surname, spellings).
        start: first day in office (None: unknown).
        end: last day in office (None: still in office, or unknown).
        leader: whether news calls this person "the <country> leader".
        wikidata: the person's Wikidata Q-id, when certain.
        source: ``curated`` or ``phoenix:LINE``.
    """

    entity: str
    office: str
    title: str
    name: str
    aliases: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    leader: bool
    wikidata: str | None
    source: str

    @property
    def curated(self) -> bool:
        """Whether the office is known (a curated row), not only the government membership."""
        return self.source == "curated"

    def serves_on(self, day: dt.date) -> bool:
        """Whether the person held the office on ``day`` (both ends inclusive)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _date(text: str, end: bool = False) -> dt.date | None:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD; a partial date is its first day (or last day with ``end``).

    >>> _date("2018-06"), _date("2022-03", end=True)
    (datetime.date(2018, 6, 1), datetime.date(2022, 3, 31))
    """
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    year, month = parts
    if not end:
        return dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _name_key(name: str) -> str:
    """Casefolded, diacritic-free, dot-free form of a person's name for lookups."""
    folded = name
    if not name.isascii():  # ASCII has neither compatibility forms nor combining marks: most names skip this
        folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    # "al-Thani" and "Al Thani", "Jean-Pierre" and "Jean Pierre" are spellings of one name
    folded = folded.replace(".", " ").replace("’", "'").replace("-", " ")
    return " ".join(folded.casefold().split())


@dataclass(frozen=True)
class OfficeHolders:
    """The office-holders table (``kg/data/leaders.tsv``) with its lookups."""

    holders: tuple[OfficeHolder, ...]
    """Curated rows only (the ones with a known office), in file order."""
    by_name: dict[str, tuple[OfficeHolder, ...]]
    by_short_name: dict[str, tuple[OfficeHolder, ...]] = field(default_factory=dict)
    """Rows of names of three words or more, by their first two words ("Adolfo Rodriguez" of "Adolfo Rodriguez Saa")."""

    def named(self, name: str, day: dt.date | None = None, short: bool = False) -> OfficeHolder | None:
        """The one person a name refers to, or None when unknown or ambiguous.

        A full name (two words or more) is looked up in every row: the country a
        person belongs to does not depend on the date; curated rows (known office)
        are preferred, and among them the one serving on ``day``. A single word (a
        surname: "Putin") only matches the curated rows (whose surnames were chosen
        to be distinctive): a bare surname is too weak a clue among the 16,000
        government members of the dictionaries. With ``short`` (the name follows a
        title of office), a two-word name also finds the one person whose longer name
        begins with it.

        >>> holders = load_office_holders()
        >>> holders.named("Nikol Pashinyan").entity
        'country/ARM'
        >>> holders.named("Putin", dt.date(2021, 7, 3)).name
        'Vladimir Putin'
        """
        rows = self.by_name.get(_name_key(name), ())
        if len(_name_key(name).split()) < 2:
            rows = tuple(r for r in rows if r.curated)
        elif not rows and short:
            # a titled name given by its first two words only ("President Adolfo Rodriguez"): the one person of the
            # table whose longer name starts so
            rows = self.by_short_name.get(_name_key(name), ())
            if len({r.name for r in rows}) > 1:
                return None
        if not rows:
            return None
        curated = [r for r in rows if r.curated]
        if curated:
            serving = [r for r in curated if day is not None and r.serves_on(day)]
            pool = serving or curated
            if len({r.name for r in pool}) > 1:
                return None
            return max(pool, key=lambda r: (r.start or dt.date.min))
        if len({(r.name, r.entity) for r in rows}) > 1:
            return None
        return rows[0]

    def titled_surname(self, word: str, title: str) -> OfficeHolder | None:
        """The office-holder a title and a single name word stand for ("President Ruto", "Chancellor Scholz"): the one
        person of the curated rows whose one-word name is ``word``, when ``title`` names an office the table gives that
        person; None when no one or two people of the table bear the name, or the title is another office's ("Prime
        Minister Ruto"). The NER may leave such a word untagged; the title and the table vouch for it.

        >>> load_office_holders().titled_surname("Ruto", "president").name
        'William Ruto'
        >>> load_office_holders().titled_surname("Ruto", "prime minister") is None
        True
        """
        rows = [r for r in self.by_name.get(_name_key(word), ()) if r.curated]
        if len({r.name for r in rows}) != 1:
            return None
        role = _title_role(" ".join(title.lower().split()))
        fitting = [r for r in rows if _title_role(r.title) == role]
        return max(fitting, key=lambda r: r.start or dt.date.min) if fitting else None

    def holding(self, entity: str, role: str, day: dt.date) -> OfficeHolder | None:
        """Who held the office named by ``role`` for ``entity`` on ``day`` (None when unknown or not one person).

        ``role`` is a role of ``kg/data/roles.tsv`` ("president", "foreign
        minister", "prime minister", "king"...); "leader" and "head of state" name
        the country's leader and its head of state.

        >>> load_office_holders().holding("country/AZE", "president", dt.date(2021, 7, 3)).name
        'Ilham Aliyev'
        """
        rows = [r for r in self.holders if r.entity == entity and r.serves_on(day)]
        if role == "leader":
            found = [r for r in rows if r.leader]
        elif role == "head of state":
            found = [r for r in rows if r.office == "head_of_state"]
        elif role == "foreign minister":
            found = [r for r in rows if r.office == "foreign_minister"]
        else:
            found = [r for r in rows if _title_role(r.title) == role]
        if any(r.start == day for r in found):
            found = [r for r in found if r.end != day]  # handover day: the incoming holder
        names = {r.name for r in found}
        return found[0] if len(names) == 1 else None


def _title_role(title: str) -> str:
    """The role of ``kg/data/roles.tsv`` a title of the office-holders table stands for."""
    return _roles_by_title().get(title, title)


@cache
def _roles_by_title() -> dict[str, str]:
    return {r["title"]: r["role"] for r in table("roles.tsv")}


@cache
def load_office_holders() -> OfficeHolders:
    """Load the shipped office-holders table (cached; see ``kg/data/GAZETTEER-SOURCES.md``).

    >>> load_office_holders().holding("country/USA", "foreign minister", dt.date(2024, 7, 10)).name
    'Antony Blinken'
    """
    holders = []
    for row in table("leaders.tsv"):
        holders.append(OfficeHolder(
            entity=row["entity"],
            office=row["office"],
            title=row["title"],
            name=row["name"],
            aliases=tuple(_split(row["aliases"])),
            start=_date(row["from"]),
            end=_date(row["to"], end=True),
            leader=row["leader"] == "y",
            wikidata=row["wikidata"] or None,
            source=row["source"],
        ))
    by_name: dict[str, list[OfficeHolder]] = {}
    for holder in holders:
        for name in dict.fromkeys(_name_key(n) for n in (holder.name, *holder.aliases)):
            by_name.setdefault(name, []).append(holder)
    by_short: dict[str, list[OfficeHolder]] = {}
    for holder in holders:
        words = _name_key(holder.name).split()
        if len(words) >= 3:
            by_short.setdefault(" ".join(words[:2]), []).append(holder)
    return OfficeHolders(
        tuple(h for h in holders if h.curated), {k: tuple(v) for k, v in by_name.items()},
        {k: tuple(v) for k, v in by_short.items() if k not in by_name},
    )


HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "sir", "h.e.", "dr.", "mr.", "mrs.", "ms.", "madam", "sheikh"})
"""Words before a name that are not part of it (lower case)."""


@dataclass(frozen=True)
class Role:
    """An office named by a title, the structural predicate it implies, the one country using it, if any, and the
    title as the text wrote it (lower case; "foreign secretary" and "secretary of state" both name a foreign minister)."""

    role: str
    predicate: str
    country: str | None = None
    title: str = ""


@cache
def titles() -> dict[str, Role]:
    """Titles of office written out, longest first (see ``kg/data/roles.tsv``; :func:`role_of` also reads the patterns).

    >>> titles()["foreign minister"].predicate
    'officialOf'
    """
    table = {r["title"]: Role(r["role"], r["predicate"], r.get("country") or None) for r in _role_rows() if "{" not in r["title"]}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


def _role_rows() -> list[dict[str, str]]:
    return table("roles.tsv")


@cache
def _structural_yaml() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(resources.files("kg.data").joinpath("structural.yaml").read_text(encoding="utf-8"))
    return loaded


@cache
def _portfolio_roles() -> dict[str, str]:
    return {str(k): str(v) for k, v in _structural_yaml()["portfolio_roles"].items()}


@cache
def _portfolio() -> str:
    cues = _structural_yaml()
    words = "|".join(re.escape(str(w)) for w in sorted(cues["portfolio_words"], key=len, reverse=True))
    return rf"(?:{words})(?:,? (?:{words}))*"


@cache
def _title_patterns() -> list[tuple[re.Pattern[str], Role]]:
    """The titles of ``roles.tsv`` written with ``{portfolio}``, as regular expressions (lower case)."""
    return [
        (re.compile(re.escape(r["title"]).replace(re.escape("{portfolio}"), f"(?P<portfolio>{_portfolio()})")),
         Role(r["role"], r["predicate"], r.get("country") or None))
        for r in _role_rows() if "{portfolio}" in r["title"]
    ]


def role_of(title: str) -> Role:
    """The role a title of office (lower case, as :func:`title_pattern` matched it) names.

    >>> role_of("minister of foreign affairs and international cooperation").role
    'foreign minister'
    >>> role_of("minister for culture").role
    'minister'
    """
    found = titles().get(title)
    if found is not None:
        return replace(found, title=title)
    roles = _portfolio_roles()
    for pattern, role in _title_patterns():
        match = pattern.fullmatch(title)
        if match:
            first = next((w for w in match["portfolio"].replace(",", " ").split() if w not in ("the", "and")), "")
            return replace(role, role=roles.get(first, role.role), title=title)
    raise KeyError(title)


@cache
def title_pattern() -> re.Pattern[str]:
    """A regular expression matching any title of office (lower case): the portfolio patterns, then the rest longest first."""
    patterns = [p.pattern.replace("(?P<portfolio>", "(?:") for p, _ in _title_patterns()]
    alternatives = "|".join([*patterns, *(re.escape(t) for t in titles())])
    return re.compile(rf"(?P<title>{alternatives})")



@cache
def nominals() -> dict[str, tuple[str, ...]]:
    """Definite descriptions ("bloc", "court") and the entity keys they can stand for (``kg/data/nominals.yaml``).

    >>> "org/EU" in nominals()["bloc"]
    True
    """
    text = resources.files("kg.data").joinpath("nominals.yaml").read_text(encoding="utf-8")
    return {str(k).lower(): tuple(v) for k, v in (yaml.safe_load(text) or {}).items()}


@cache
def state_kinds() -> dict[str, tuple[str, ...]]:
    """"the island nation", "the Gulf kingdom": each kind of ``kg/data/state_kinds.yaml`` with each of its nouns.

    A noun that is a description of :func:`nominals` ("kingdom") keeps only the kind's countries it can stand for.

    >>> state_kinds()["gulf kingdom"]
    ('country/SAU', 'country/BHR')
    """
    own_nominals = nominals()
    data = yaml.safe_load(resources.files("kg.data").joinpath("state_kinds.yaml").read_text(encoding="utf-8")) or {}
    table: dict[str, tuple[str, ...]] = {}
    for kind, codes in (data.get("kinds") or {}).items():
        keys = tuple(f"country/{code}" for code in codes)
        for noun in data.get("nouns") or ():
            own = own_nominals.get(noun)
            narrowed = tuple(k for k in keys if own is None or k in own)
            if narrowed:
                table[f"{str(kind).lower()} {noun}"] = narrowed
    return table


@cache
def state_nouns() -> frozenset[str]:
    """The nouns of a state ("nation", "country", "kingdom": the ``nouns`` of ``kg/data/state_kinds.yaml``).

    >>> "country" in state_nouns()
    True
    """
    data = yaml.safe_load(resources.files("kg.data").joinpath("state_kinds.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(str(n).lower() for n in data.get("nouns") or ())


@dataclass(frozen=True)
class StructuralCues:
    """Cue words of the structural relations read from text (``kg/data/structural.yaml``)."""

    title_modifiers: tuple[str, ...]
    former: tuple[str, ...]
    not_titles: tuple[str, ...]
    country_only_titles: tuple[str, ...]
    organisation_titles: tuple[str, ...]
    organisation_only_titles: tuple[str, ...]
    country_fillers: tuple[str, ...]
    office_verbs: dict[str, tuple[str, ...]]
    leads_organisation: dict[str, tuple[str, ...]]
    rules_country: dict[str, tuple[str, ...]]
    member_verbs: dict[str, tuple[str, ...]]
    member_copulas: dict[str, tuple[str, ...]]
    member_nouns: tuple[str, ...]
    member_ranks: tuple[str, ...]
    admitting_verbs: tuple[str, ...]
    list_openers: tuple[str, ...]
    not_nationality_nouns: tuple[str, ...]
    ruler_offices: tuple[str, ...]
    document_offices: tuple[str, ...]
    legislatures: tuple[str, ...]
    accession_nouns: tuple[str, ...]
    accession_openers: tuple[str, ...]
    office_nouns: dict[str, str]
    part_nouns: tuple[str, ...] = ()
    leader_governments: tuple[str, ...] = ()
    succession_verbs: tuple[str, ...] = ()
    succession_passives: tuple[str, ...] = ()
    office_adverbs: tuple[str, ...] = ()
    body_nouns: tuple[str, ...] = ()
    office_partners: tuple[str, ...] = ()
    not_yet: tuple[str, ...] = ()
    """Words hyphenated after a title that say its holder has not taken the office up yet ("president-elect")."""
    party_words: tuple[str, ...] = ()
    """Words before a title that make it a party's office ("Labour Party leader"), ``party`` for any title."""
    party_titles: tuple[str, ...] = ()
    """Titles that a party's adjective before them makes a party's ("Conservative leader")."""
    pastime_bodies: tuple[str, ...] = ()
    """Nouns of a body that a word of sport or the arts makes one of them ("football board"), beside ``body_nouns``."""
    rules_country_not_after: tuple[str, ...] = ()
    rules_country_spans: tuple[str, ...] = ()


@cache
def structural_cues() -> StructuralCues:
    """Load ``kg/data/structural.yaml`` (cached).

    >>> "served as" in structural_cues().office_verbs["past"]
    True
    """
    raw = _structural_yaml()

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in raw[key])

    def tenses(key: str) -> dict[str, tuple[str, ...]]:
        return {tense: tuple(str(w).lower() for w in raw[key][tense] or ()) for tense in ("current", "past")}

    return StructuralCues(
        title_modifiers=words("title_modifiers"), former=words("former"), not_titles=words("not_titles"),
        country_only_titles=words("country_only_titles"), organisation_titles=words("organisation_titles"),
        organisation_only_titles=words("organisation_only_titles"), country_fillers=words("country_fillers"),
        office_verbs=tenses("office_verbs"), leads_organisation=tenses("leads_organisation"),
        rules_country=tenses("rules_country"), member_verbs=tenses("member_verbs"), member_copulas=tenses("member_copulas"),
        member_nouns=words("member_nouns"), member_ranks=words("member_ranks"), admitting_verbs=words("admitting_verbs"), list_openers=words("list_openers"),
        not_nationality_nouns=words("not_nationality_nouns"), ruler_offices=words("ruler_offices"),
        document_offices=words("document_offices"), legislatures=words("legislatures"),
        accession_nouns=words("accession_nouns"), accession_openers=words("accession_openers"),
        office_nouns={str(k).lower(): str(v).lower() for k, v in raw["office_nouns"].items()},
        part_nouns=words("part_nouns"),
        leader_governments=words("leader_governments"),
        succession_verbs=words("succession_verbs"), succession_passives=words("succession_passives"),
        office_adverbs=words("office_adverbs"), body_nouns=words("body_nouns"),
        office_partners=words("office_partners"), not_yet=words("not_yet"), party_words=words("party_words"),
        party_titles=words("party_titles"), pastime_bodies=words("pastime_bodies"),
        rules_country_not_after=words("rules_country_not_after"), rules_country_spans=words("rules_country_spans"),
    )


@dataclass(frozen=True)
class NameCues:
    """Cue words of names read without the NER's labels (``kg/data/names.yaml``)."""

    acronym_connectors: frozenset[str]
    not_organisation_heads: frozenset[str]
    body_heads: frozenset[str]
    letter_labels: frozenset[str] = frozenset()
    regnal_titles: frozenset[str] = frozenset()
    movement_words: frozenset[str] = frozenset()
    movement_heads: frozenset[str] = frozenset()
    descriptor_prefixes: frozenset[str] = frozenset()
    one_per_country: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    particle_name_blockers: frozenset[str] = frozenset()


@cache
def name_cues() -> NameCues:
    """Load ``kg/data/names.yaml`` (cached).

    >>> "of" in name_cues().acronym_connectors
    True
    """
    raw = yaml.safe_load(resources.files("kg.data").joinpath("names.yaml").read_text(encoding="utf-8")) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    return NameCues(
        acronym_connectors=words("acronym_connectors"), not_organisation_heads=words("not_organisation_heads"),
        body_heads=words("body_heads"), letter_labels=words("letter_labels"), regnal_titles=words("regnal_titles"),
        movement_words=words("movement_words"), movement_heads=words("movement_heads"),
        descriptor_prefixes=words("descriptor_prefixes"), one_per_country=words("one_per_country"),
        name_particles=words("name_particles"), particle_name_blockers=words("particle_name_blockers"),
    )


def country_in(name: str) -> str | None:
    """The one country a name mentions (by name or adjective), or None for none or several: a government's, a
    publisher's or an author's name ("Chile's Ministry of Foreign Affairs", "Norwegian Government").

    >>> country_in("Chile's Ministry of Foreign Affairs"), country_in("Chile and Peru"), country_in("Reuters")
    ('CHL', None, None)
    """
    gazetteer = load_gazetteer()
    words = re.findall(r"[\w'’&.-]+", re.sub(r"['’]s\b", "", name))  # "Chile's Ministry": Chile
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n]).strip(".,")
            if not phrase[:1].isupper():
                continue  # "and" is no ISO code here: names are capitalised
            entity = gazetteer.lookup(phrase)
            if entity is not None and entity.type is EntityType.COUNTRY and entity.country:
                found.add(entity.country)
                i += n
                break
        else:
            i += 1
    return found.pop() if len(found) == 1 else None
