"""A missile stopped in flight was fired at the one who stops it (CAMEO 190, undergone; lexicon field ``undergone``).

"X intercepted a Y missile" was X's coercion of Y; the owner of the missile attacked X. The owner is named by the
weapon's modifier or by the agent of the participle that launched it ("rockets fired by Y"), in the active or the
passive. A ship, a cargo or an aircraft intercepted stays X's act; drones fly as often to watch as to strike.
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
        ("The Emirati air defences intercepted an Iranian missile on Sunday.", ("IRN", "attacks", "ARE")),
        ("Jordan downed two Syrian rockets near the border.", ("SYR", "attacks", "JOR")),
        ("A North Korean missile was intercepted by Japanese destroyers.", ("PRK", "attacks", "JPN")),
        ("Kuwait intercepted three rockets fired by Iraqi militias.", ("IRQ", "attacks", "KWT")),
    ],
)
def test_intercepted_missile_attacks_the_interceptor(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert (expected[2], "coerces", expected[0]) not in found and (expected[2], "attacks", expected[0]) not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Spanish navy intercepted a Moroccan fishing boat.", ("ESP", "coerces", "MAR")),
        ("Finland intercepted a Russian fighter jet.", ("FIN", "coerces", "RUS")),
    ],
)
def test_other_things_intercepted_stay_the_interceptors_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
