"""A weapon fired in a test or an exercise is a show of force, not an attack (issue 16, CAMEO 150).

PETRARCH2 codes "TEST *" (test-fire) and "* &WEAPON (ON EXERCISE)" as 150, "demonstrate military power": "X
test-fired a missile toward Y", "X fired missiles near Y during drills" give X mobilizes Y, not X attacks Y
(``kg.extract._constructions.weapons_test``). A weapon fired at Y outside a test stays an attack. Invented sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang test-fired a missile toward South Korea.", ("PRK", "mobilizes", "KOR")),
        ("The Chinese navy fired missiles near Taiwan during an exercise.", ("CHN", "mobilizes", "TWN")),
        ("Iran test-fired a ballistic missile toward the UAE.", ("IRN", "mobilizes", "ARE")),
        ("Russian warships fired missiles near Finland during drills.", ("RUS", "mobilizes", "FIN")),
    ],
)
def test_a_weapon_fired_in_a_test_is_a_show_of_force(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert not [t for t in found if t[1] == "attacks"], found


def test_a_weapon_fired_at_another_outside_a_test_stays_an_attack(run: Run) -> None:
    assert ("RUS", "attacks", "UKR") in country_triples(run("Russia fired missiles at Ukraine's power plants."))


def test_a_test_with_no_other_party_names_no_one(run: Run) -> None:
    assert not country_triples(run("Pakistan test-fired a cruise missile."))
