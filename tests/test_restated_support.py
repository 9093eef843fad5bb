"""Support restated or shown, and a state's government named "the Government of X".

"X reiterated support for Y" gave nothing, though "X reiterated its support for Y" and "X expressed support for Y"
were read: verbs of restating or showing one's own stance ("reiterate, reaffirm, restate, underline, stress, show,
demonstrate, signal") carry the act their object names, as light verbs do. "The Government of X" and "the Federal
Government of X" are X's own government (the sector actor "the X-ian government" also names), not an organisation of
that name; so "backs the Government of X in the fight against Z" gives X's government a fight with Z, as it does a
state.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country or s.subject.label, s.predicate.name, s.object.country or s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Britain reiterated support for Chad.", ("GBR", "supports", "TCD")),
        ("Japan reaffirmed solidarity with Turkey after the earthquake.", ("JPN", "supports", "TUR")),
        ("India showed support for Bhutan on Monday.", ("IND", "supports", "BTN")),
        ("Germany stressed cooperation with France on defence.", ("DEU", "cooperatesWith", "FRA")),
    ],
)
def test_a_stance_restated_or_shown_is_read(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(run(text))


def test_a_report_shown_is_no_act_of_its_subject(run: Run) -> None:
    assert not run("The report showed an attack on a power plant.").statements


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenya welcomed the decision of the Government of Somalia.", "SOM"),
        ("Norway backs the Federal Government of Nigeria.", "NGA"),
        ("China signed a loan deal with the Government of Kenya.", "KEN"),
    ],
)
def test_the_government_of_a_state_is_its_government(run: Run, text: str, country: str) -> None:
    result = run(text)
    governments = [m.entity for m in result.mentions if m.entity.type is EntityType.SECTOR_ACTOR and m.entity.country == country]
    assert any(e.role == "government" and e.key == f"actor/{country}-government" for e in governments), [m.entity for m in result.mentions]


def test_a_regional_government_is_no_state_government(run: Run) -> None:
    result = run("The Kurdistan Regional Government criticised Baghdad.")
    assert not any(m.entity.key.startswith("actor/") for m in result.mentions)


@pytest.mark.parametrize(
    ("text", "fighter"),
    [
        ("Britain reaffirmed backing for the Government of Mali in the war on ISIL.", "MLI"),
        ("France backs the Malian government in the fight against al-Qaeda.", "MLI"),
    ],
)
def test_a_government_backed_in_the_fight_fights(run: Run, text: str, fighter: str) -> None:
    assert any(s.predicate.name == "fightsWith" and fighter in (s.subject.country, s.object.country) for s in run(text).statements)
