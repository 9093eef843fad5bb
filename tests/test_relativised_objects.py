"""The noun a clause modifies completes a verb's trigger as its object would, when it is the verb's object: a relative
clause whose object is a relative pronoun or left out, or a past participle.

"the sanctions, which the EU imposed on Y," "the aid the US sent to Y", "weapons supplied by X to Y" gave nothing: the
trigger "impose sanctions", "send aid", "supply weapons" needs its object word, which the clause leaves to the noun it
modifies. Not when the noun is the clause's subject ("the country that imposed sanctions"), nor when the clause has
its own object ("the day the EU imposed sanctions on Y" is read from that object).
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
        ("The sanctions, which Canada imposed on China last year, were lifted.", ("CAN", "sanctions", "CHN")),
        ("The medicine Japan sent to Tonga arrived on Friday.", ("JPN", "providesAidTo", "TON")),
        ("Weapons supplied by Belarus to Russia were found in the town.", ("BLR", "providesAidTo", "RUS")),
        ("The relief that Norway shipped to Yemen was delayed.", ("NOR", "providesAidTo", "YEM")),
    ],
)
def test_modified_noun_is_the_object(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The country that imposed sanctions on Cuba was not named.",
        "The day that Canada sent its ambassador home was cold.",
        "The teams sent to the tournament by Ghana arrived late.",
    ],
)
def test_noun_that_is_no_object(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] in ("sanctions", "providesAidTo")], found
