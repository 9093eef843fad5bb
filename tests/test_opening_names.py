"""A short country name that opens a sentence is its verb's subject even when the parse calls it an adverb (issue 16).

(Each sentence below was checked to parse with the name as "npadvmod" or "advmod" and to give nothing before.)

"Nauru cut ties with Y": the parse may take a rare short name before a finite verb with no subject for a noun-phrase
adverb, as it would "Monday". Only an actor's name is read so; a time stays a time. Invented sentences.
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
        ("Nauru severed ties with Israel.", ("NRU", "sanctions", "ISR")),
        ("Tonga severed ties with Taiwan on Friday.", ("TON", "sanctions", "TWN")),
        ("Nauru expelled two Chinese diplomats.", ("NRU", "sanctions", "CHN")),
        ("Nauru protested to Australia over the detention centre.", ("NRU", "protests", "AUS")),
    ],
)
def test_an_opening_name_is_the_subject(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


def test_an_opening_time_is_no_subject(run: Run) -> None:
    assert not country_triples(run("Monday saw talks collapse in Geneva."))
