"""The shipped gazetteers: countries, organisations and office-holders (kg.gazetteer)."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from importlib import resources

import pycountry
import pytest
from spacy.language import Language

from kg.gazetteer import load_gazetteer, load_office_holders
from kg.model import EntityType
from kg.read import article_from_text
from kg.ambiguity import ambiguities
from kg.resolve import resolve
from conftest import ISIL

def _un_members() -> list[str]:
    text = resources.files("kg.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    return [r["iso3"] for r in csv.DictReader(text.splitlines(), delimiter="\t") if r["status"] == "member"]


def test_every_un_member_is_there() -> None:
    assert len(_un_members()) == 193
    assert {"VAT", "PSE"} <= set(load_gazetteer().countries)  # the two observers
    assert {"XKX", "TWN"} <= set(load_gazetteer().countries)


@pytest.mark.parametrize(
    ("iso3", "qid"),
    [("AZE", "Q227"), ("USA", "Q30"), ("ARM", "Q399"), ("FRA", "Q142"), ("RUS", "Q159"), ("CHN", "Q148"),
     ("IND", "Q668"), ("JPN", "Q17"), ("TUR", "Q43"), ("GBR", "Q145")],
)
def test_wikidata_ids_are_right(iso3: str, qid: str) -> None:
    assert load_gazetteer().country(iso3).wikidata == qid  # type: ignore[union-attr]


def test_wikidata_ids_are_unique() -> None:
    gazetteer = load_gazetteer()
    ids = [e.wikidata for e in (*gazetteer.countries.values(), *gazetteer.organizations.values()) if e.wikidata]
    assert [q for q, n in Counter(ids).items() if n > 1] == []


def test_at_least_sixty_organisations_with_acronyms() -> None:
    gazetteer = load_gazetteer()
    assert len(gazetteer.organizations) >= 60
    for acronym in ("UN", "EU", "NATO", "OSCE", "AU", "ASEAN", "GCC", "SCO", "BRICS", "CIS", "CSTO", "OTS",
                    "ECOWAS", "SADC", "OIC", "CARICOM", "IMF", "WTO", "ICJ", "ICC", "IAEA"):
        found = gazetteer.lookup(acronym)
        assert found is not None and found.type is EntityType.ORGANIZATION, acronym


@pytest.mark.parametrize(
    ("name", "label", "country"),
    [
        ("Hamas", "Hamas", "PSE"),
        ("Hizbollah", "Hezbollah", "LBN"),
        ("Taliban", "Taliban", "AFG"),
        ("Ansar Allah", "Houthis", "YEM"),
        ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "PAK"),
        ("PKK", "Kurdistan Workers' Party", "TUR"),
        ("ISIS", ISIL, None),  # active across countries: no country
        ("M23", "March 23 Movement", "COD"),
        ("Rapid Support Forces", "Rapid Support Forces", "SDN"),
        ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "SYR"),
        ("Polisario Front", "Polisario Front", "ESH"),
        ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "MLI"),
    ],
)
def test_armed_groups_act_for_the_country_they_are_based_in(name: str, label: str, country: str | None) -> None:
    found = load_gazetteer().lookup(name)
    assert found is not None and found.type is EntityType.ORGANIZATION
    assert (found.label, found.country) == (label, country)


def test_armed_group_countries_are_gazetteer_countries() -> None:
    gazetteer = load_gazetteer()
    groups = [e for e in gazetteer.organizations.values() if e.role in ("movement", "armed group")]
    assert len(groups) >= 15
    assert all(gazetteer.country(g.country) is not None for g in groups if g.country)


def _pycountry_names(iso3: str) -> tuple[str, str]:
    record = pycountry.countries.get(alpha_3=iso3)
    assert record is not None, iso3
    return record.name, getattr(record, "official_name", record.name)


def test_every_un_member_code_and_pycountry_names_look_up_to_that_member() -> None:
    gazetteer = load_gazetteer()
    wrong = []
    for iso3 in _un_members():
        for text in (iso3, iso3.lower(), *_pycountry_names(iso3)):
            found = gazetteer.lookup(text)
            if found is None or found.country != iso3:
                wrong.append((iso3, text, found.key if found else None))
    assert wrong == []


def test_every_un_member_short_and_official_name_resolves_in_running_text(nlp: Language) -> None:
    """Each member's short name (ours and pycountry's) and official name, in a sentence, resolves to that member.

    A name that needs context (kg/data/ambiguous.yaml: bare "Congo") gets a sentence with a cue of the member.
    """
    gazetteer = load_gazetteer()
    cases = []
    for iso3 in _un_members():
        short, official = _pycountry_names(iso3)
        for name in dict.fromkeys((gazetteer.countries[iso3].label, short, official)):
            text = f"Officials said on Monday that {name} had signed the accord."
            amb = ambiguities().get(name)
            if amb is not None and amb.default == "none":
                text += f" The ceremony was held in {amb.readings[f'country/{iso3}'][0]}."
            cases.append((iso3, name, text))
    wrong = []
    for (iso3, name, text), doc in zip(cases, nlp.pipe(c[2] for c in cases)):
        article = article_from_text(text, "un.txt")
        mentions = [m for m in resolve(doc, article) if m.entity.type is EntityType.COUNTRY]
        start = text.index(name)
        if not any(m.entity.country == iso3 and m.start <= start < m.end for m in mentions):
            wrong.append((iso3, name, [(m.text, m.entity.country) for m in mentions]))
    assert wrong == []


def test_office_holder_on_a_date() -> None:
    holders = load_office_holders()
    assert holders.holding("country/ARM", "prime minister", dt.date(2023, 12, 7)).name == "Nikol Pashinyan"  # type: ignore[union-attr]
    assert holders.holding("country/GBR", "prime minister", dt.date(2021, 7, 3)).name == "Boris Johnson"  # type: ignore[union-attr]
    assert holders.holding("country/GBR", "prime minister", dt.date(2024, 7, 10)).name == "Keir Starmer"  # type: ignore[union-attr]
    assert holders.holding("country/USA", "president", dt.date(2021, 7, 3)).name == "Joe Biden"  # type: ignore[union-attr]
    assert holders.holding("country/USA", "foreign minister", dt.date(2019, 8, 29)).name == "Mike Pompeo"  # type: ignore[union-attr]
    assert holders.holding("country/KAZ", "leader", dt.date(2024, 5, 16)).name == "Kassym-Jomart Tokayev"  # type: ignore[union-attr]
    assert holders.holding("country/CHN", "prime minister", dt.date(2024, 1, 1)).name == "Li Qiang"  # "premier"  # type: ignore[union-attr]
    assert holders.holding("country/ARM", "prime minister", dt.date(2010, 1, 1)) is None  # not in the table


def test_office_holders_by_name() -> None:
    holders = load_office_holders()
    assert holders.named("Nikol Pashinyan").entity == "country/ARM"  # type: ignore[union-attr]
    assert holders.named("Lavrov").entity == "country/RUS"  # type: ignore[union-attr]
    assert holders.named("Barack Obama").wikidata == "Q76"  # type: ignore[union-attr]
    # A government member of the PETRARCH2 dictionaries: country known, office not.
    official = holders.named("Janet Napolitano")
    assert official is not None and official.entity == "country/USA" and not official.curated
    assert holders.named("John") is None


def test_office_holders_table_is_consistent() -> None:
    holders = load_office_holders().holders
    assert len(holders) >= 300
    gazetteer = load_gazetteer()
    for h in holders:
        assert gazetteer.entity(h.entity) is not None, h
        assert h.start is not None and (h.end is None or h.start <= h.end), h
    # Every G20 member has a current head of state or government.
    g20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
    current = {h.entity for h in holders if h.end is None and h.office in ("head_of_state", "head_of_government")}
    assert [c for c in g20 if f"country/{c}" not in current] == []


def test_every_curated_holder_is_found_by_name_and_by_office_on_the_day_they_took_it() -> None:
    holders = load_office_holders()
    for h in holders.holders:
        found = holders.named(h.name.upper(), h.start)
        assert found is not None and found.name == h.name, h.name
        if h.office in ("head_of_state", "head_of_government", "foreign_minister") and h.entity.startswith("country/"):
            role = "foreign minister" if h.office == "foreign_minister" else h.title
            assert h.start is not None
            on_day = holders.holding(h.entity, _role(role), h.start)
            assert on_day is not None and on_day.name == h.name, (h.name, h.start)


def _role(title: str) -> str:
    from kg.gazetteer import titles

    return titles()[title].role if title in titles() else title


def test_curated_surnames_name_one_person() -> None:
    owners: dict[str, set[str]] = {}
    for h in load_office_holders().holders:
        for alias in h.aliases:
            if len(alias.split()) == 1:
                owners.setdefault(alias.casefold(), set()).add(h.name)
    assert {a: names for a, names in owners.items() if len(names) > 1} == {}


def test_ambiguity_and_nominal_data_name_known_entities() -> None:
    from kg.ambiguity import ambiguities
    from kg.gazetteer import nominals, state_kinds

    gazetteer = load_gazetteer()
    keys = [k for a in ambiguities().values() for k in (*a.readings, a.default)]
    keys += [k for candidates in (*nominals().values(), *state_kinds().values()) for k in candidates]
    assert [k for k in keys if k != "none" and gazetteer.entity(k) is None] == []
    # every ambiguous name is a name the ruler tags
    assert [n for n in ambiguities() if gazetteer.lookup(n) is None] == []


@pytest.mark.parametrize("spelling", ["Awn Shawkat al-Khasawneh", "Awn Shawkat Al Khasawneh", "AWN SHAWKAT AL-KHASAWNEH"])
def test_a_name_is_found_whatever_its_hyphens(spelling: str) -> None:
    """Transliterations write the Arabic article "al-X", "Al X" or "Al-X": one name."""
    found = load_office_holders().named(spelling)
    assert found is not None and found.entity == "country/JOR"


@pytest.mark.parametrize(
    ("name", "iso3", "status", "demonym", "capital"),
    [
        ("Kosovo", "XKX", "partially recognised", "Kosovar", "Pristina"),
        ("Taiwan", "TWN", "partially recognised", "Taiwanese", "Taipei"),
        ("Western Sahara", "ESH", "non-self-governing territory", "Sahrawi", None),
        ("Palestine", "PSE", "observer", "Palestinian", "Ramallah"),
        ("Somaliland", "XSL", "unrecognised", "Somalilander", "Hargeisa"),
        ("Northern Cyprus", "XNC", "partially recognised", "Turkish Cypriot", "North Nicosia"),
        ("Abkhazia", "XAB", "partially recognised", "Abkhaz", "Sukhumi"),
        ("South Ossetia", "XSO", "partially recognised", "South Ossetian", "Tskhinvali"),
        ("Transnistria", "XTR", "unrecognised", "Transnistrian", "Tiraspol"),
    ],
)
def test_partly_recognised_states_have_status_demonym_and_capital(
    name: str, iso3: str, status: str, demonym: str, capital: str | None
) -> None:
    gazetteer = load_gazetteer()
    rows = {r["iso3"]: r for r in csv.DictReader(
        resources.files("kg.data").joinpath("countries.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t")}
    assert rows[iso3]["status"] == status
    assert gazetteer.lookup(name).key == gazetteer.lookup(demonym).key == f"country/{iso3}"
    if capital is not None:
        assert gazetteer.lookup(capital).key == f"country/{iso3}"
