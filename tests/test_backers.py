"""Support named as the one who gives it (CAMEO 050): "X is the main backer of Y", "X, Y's chief patron,", "Y's backers,
including X", "X remains Y's most important supporter". The noun names its holder (lexicon field ``holder``): its
owner is the one supported, not the supporter as the owner of an act is ("Y's support for X"). A linking verb other
than "be" says it as well ("remains", "has become"), for allies too.
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
        ("Saudi Arabia is the main backer of Bahrain's government.", ("SAU", "supports", "BHR")),
        ("Russia remains Belarus's most important backer.", ("RUS", "supports", "BLR")),
        ("Oman, a longtime supporter of Yemen, hosted the talks.", ("OMN", "supports", "YEM")),
        ("Armenia's foreign backers, including France, urged restraint.", ("FRA", "supports", "ARM")),
        ("Kenya has become Somalia's closest ally.", ("KEN", "strategicPartnerOf", "SOM")),
    ],
)
def test_holder_noun_names_the_supporter(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert (expected[2], expected[1], expected[0]) not in found or expected[1] == "strategicPartnerOf", found


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the president rallied in Lima.",
        "Fly Emirates is the main sponsor of the football club.",
        "The museum thanked its patrons for their donations.",
    ],
)
def test_no_state_is_backed(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "supports"]
