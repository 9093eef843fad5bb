"""A possessive in a verb's "for" phrase is its direct object's ("X thanked Y for its help", "X blamed Y for its
attacks": kg/extract/_discourse.py _reason_owner); with two states named before it, "its" had stayed unresolved. Then
the act thanked or blamed for is the object's, done to the subject ("Y thanked X for its aid": X aids Y, as the
welcomed aid of kg/extract/_arguments.py is)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia thanked Hungary for its support.", ("HUN", "supports", "SRB")),
        ("Moldova has thanked Romania for its humanitarian aid.", ("ROU", "providesAidTo", "MDA")),
        ("Iraq blamed Turkey for its airstrikes near Erbil.", ("TUR", "attacks", "IRQ")),
        ("The Lebanese president praised Qatar for its financial assistance.", ("QAT", "providesAidTo", "LBN")),
    ],
)
def test_the_act_a_state_is_thanked_or_blamed_for_is_its_own(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chile praised Peru for its victory in the final.", "attacks"),
        ("Brazil thanked its fans for their support.", "supports"),
    ],
)
def test_no_act_of_the_object_without_a_trigger_or_a_state(run: Run, text: str, absent: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == absent]
