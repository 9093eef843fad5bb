"""Crowds of ordinary people acting against another state's mission, nationals or property (PLOVER PROTEST, CAMEO
145 "protest violently, riot"), session 29 (class crowd29).

* A crowd is named by a noun of ``kg/data/crowd_nouns.tsv`` (``scripts/build_crowd_nouns.py``, from WordNet 3.0): a
  crowd itself ("a mob"), people of a protest or a riot ("rioters", "hooligans"), ordinary people when many ("youths",
  "villagers"); it is the group of the country it acts in.
* Its act of force at a foreign mission, against people of a foreign state ("Y workers", "Y miners") or on property a
  foreign state or its people own ("Y-owned shops", "a warehouse owned by a Y company") protests that state: active,
  passive, nominal ("an attack by youths on the Y embassy"), headline and reported forms.
* A crowd's verbs of looting, wrecking and burning property and of driving people off (``crowd: true`` in
  ``kg/data/lexicon.yaml``) hold only for a crowd and a foreign owner.
* Distractors: fans and a referee, a cheering crowd, students at an embassy for visas, a local shop, a sports title, an
  armed group, troops, property of the crowd's own country.

kg/extract/_crowds.py, kg/extract/_constructions.py (_crowd, rioted_missions, _noun_rioters, _protest_places),
kg/extract/patterns.py (a crowd's wrecking), kg/extract/lexicon.py (_crowd_form).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples, events

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign mission: active, passive, nominal, headline, reported
        ("Angry youths hurled rocks at the Austrian embassy in Tunis.", ("TUN", "protests", "AUT")),
        ("The Austrian embassy in Tunis was stoned by angry youths on Sunday.", ("TUN", "protests", "AUT")),
        ("An attack by youths on the Austrian embassy in Tunis was condemned by Vienna.", ("TUN", "protests", "AUT")),
        ("A mob stormed the Belgian consulate in Kinshasa.", ("COD", "protests", "BEL")),
        ("The Belgian consulate in Kinshasa was stormed by a mob.", ("COD", "protests", "BEL")),
        ("Mob storms Belgian consulate in Kinshasa", ("COD", "protests", "BEL")),
        ("The police said students had set fire to the Dutch consulate in Jakarta.", ("IDN", "protests", "NLD")),
        # foreign-owned property
        ("Villagers in Laos torched a warehouse owned by a Thai company.", ("LAO", "protests", "THA")),
        ("Rioters looted Lebanese-owned shops in Freetown.", ("SLE", "protests", "LBN")),
        ("Lebanese-owned shops were looted by rioters in Freetown.", ("SLE", "protests", "LBN")),
        ("Rioters loot Lebanese shops in Freetown", ("SLE", "protests", "LBN")),
        ("Hooligans ransacked Greek restaurants in Tirana.", ("ALB", "protests", "GRC")),
        # foreign people
        ("A mob of youths attacked Bangladeshi workers in Kuala Lumpur.", ("MYS", "protests", "BGD")),
        ("Bangladeshi workers were attacked by a mob in Kuala Lumpur.", ("MYS", "protests", "BGD")),
        ("Villagers in Guinea chased away Malian gold miners.", ("GIN", "protests", "MLI")),
        ("A mob drove off Chinese traders in Harare.", ("ZWE", "protests", "CHN")),
        # the crowd's place on the spot where it acts
        ("Local youths attacked Malian traders at a market in Abidjan.", ("CIV", "protests", "MLI")),
        ("A mob beat up Nepali workers near a construction site in Doha.", ("QAT", "protests", "NPL")),
    ],
)
def test_crowd_violence_is_a_violent_protest(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    result = run(text)
    assert expected in country_triples(result), country_triples(result)
    found = [s for s in result.statements if s.predicate.name == "protests"]
    assert {s.cameo for s in found} == {"145"}, [(s.subject.label, s.object.label, s.cameo) for s in found]


@pytest.mark.parametrize(
    "text",
    [
        "Angry fans threw bottles at the referee.",
        "A cheering crowd welcomed the Thai prime minister in Vientiane.",
        "Students visited the Austrian embassy in Tunis to apply for visas.",
        "A mob attacked a local shop in Freetown.",
        "Youths from Senegal won the under-20 title.",
        "Rioters burned tyres on the main road in Freetown.",
        "Thai troops looted shops in the border town.",
        "Lebanese rioters looted Lebanese-owned shops in Beirut.",
        "Hooligans ransacked a restaurant in Tirana.",
        "Fans chased off the referee in Madrid.",
        "Youths attacked traders at a market in Abidjan.",
    ],
)
def test_crowd_distractors_state_nothing(run: Run, text: str) -> None:
    assert not events(run(text)), events(run(text))


def test_crowd_nouns_are_ordinary_people() -> None:
    """The crowd table holds crowds and ordinary people, and no state's organs."""
    from kg.extract._crowds import crowd_nouns

    table = crowd_nouns()
    assert {table[w] for w in ("mob", "throng")} == {"crowd"}
    assert {table[w] for w in ("rioter", "demonstrator", "hooligan")} == {"protester"}
    assert {table[w] for w in ("youth", "villager", "student", "fan")} == {"people"}
    assert {table[w] for w in ("engineer", "trader", "tourist")} == {"abroad"}
    assert not {"official", "soldier", "police", "policeman", "diplomat", "militant", "occupier", "raider"} & set(table)


def test_crowd_triggers_take_objects_not_prepositions(tmp_path) -> None:
    """A crowd's trigger may be a verb with its object or a particle of driving off, not with a preposition."""
    from kg.extract.lexicon import check_lexicon_files

    good = tmp_path / "good.yaml"
    good.write_text("entries:\n  - predicate: protests\n    verbs: [\"loot shop|shops\", \"chase away|off\"]\n    crowd: true\n", encoding="utf-8")
    check_lexicon_files([good])
