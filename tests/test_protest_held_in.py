"""A protest held in a place against a target, named by a light verb's noun (issue 16, PLOVER PROTEST).

"Activists held a rally in Manila against Y" gave nothing: the parse hangs "in Manila" on the noun and
"against Y" on the light verb, and the noun's place was read as the protest's target, so the verb's target
was never read and the activists, of no named country, had no place. Now the noun's "in" phrase places the
protest (its protesters are a group of the country it is held in, as "Students rallied in Manila" already
were) and the light verb's "against" names its target. A protest held in its target's own country is a
domestic event and stays out; a place with no target gives nothing.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _said(result: ArticleResult) -> list[tuple[str | None, str, str]]:
    return [(s.subject.country, s.predicate.name, s.object.label) for s in result.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group noun of no country, "held" a rally
        ("Students held a rally in Jakarta against Australian fishing bans.", ("IDN", "protests", "Australia")),
        # "staged" a demonstration, the target a country named bare
        ("Workers staged a demonstration in Santiago against Argentina.", ("CHL", "protests", "Argentina")),
        # a counted crowd, a march, the target owned through a possessive
        ("Thousands of people staged a march in Hanoi against China's claims.", ("VNM", "protests", "China")),
        # a group named after its country keeps it
        ("Kenyan traders held a protest in Nairobi against Tanzanian tariffs.", ("KEN", "protests", "Tanzania")),
    ],
)
def test_a_protest_held_in_a_place_against_a_target(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = _said(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Activists held a rally in Lima on Sunday.",  # a place and no target
        "Farmers staged a protest in Madrid against Spanish water rules.",  # the target's own country: domestic
        "Chile held talks in Peru.",  # talks held in a country are no meeting with it
    ],
)
def test_a_place_alone_is_no_target(run: Run, text: str) -> None:
    result = run(text)
    assert not result.statements, _said(result)
