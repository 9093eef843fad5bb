"""Where a coercion happens is no second target when the people or things coerced are named ("Y detained Z-ian
tourists in W's city", "seized a Z-ian ship in the sea near W"): kg/extract/patterns.py, COERCE with an actor
object (the rule applies only when such a patient is named)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        ("Iran detained Danish tourists in Basra.", "DNK", "IRQ"),
        ("Turkey arrested Syrian smugglers in Iraq.", "SYR", "IRQ"),
        ("Russia seized a Ukrainian freighter in the Black Sea near Romania.", "UKR", "ROU"),
        ("Egypt detained Sudanese refugees in Libya.", "SDN", "LBY"),
    ],
)
def test_the_place_of_a_coercion_is_no_target(run: Run, text: str, target: str, place: str) -> None:
    result = run(text)
    objects = {s.object.country for s in result.statements if s.predicate.name == "coerces"}
    assert target in objects, result.statements
    assert place not in objects, result.statements
