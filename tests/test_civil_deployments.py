"""People of no armed service deployed abroad are no show of force (session 26).

"Deploy" alone is a show of force (CAMEO 15x) for whatever it moves: "deployed 10,000 troops to the border with Y",
"deployed missiles near Y". Doctors, nurses, rescuers, relief teams deployed to another state are humanitarian aid
(CAMEO 073, as when they are sent or dispatched: ``kg/data/lexicon.yaml``), and people who go for their own ends or of
no state service (athletes, a club's trainers, journalists: ``kg/data/actor_heads.tsv``, the civil sectors of
``kg/data/sectors.tsv``) make no show of force (``patterns._forces_mobilized``). All sentences are invented for
these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _named(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "giver", "recipient"),
    [
        ("Cuba deployed 500 doctors to Italy.", "Cuba", "Italy"),
        ("Rescue teams were deployed to Syria by Turkey after the earthquake.", "Türkiye", "Syria"),
        ("China has deployed a medical team to Laos, the ministry said.", "China", "Laos"),
    ],
)
def test_relief_deployed_is_aid(run: Run, text: str, giver: str, recipient: str) -> None:
    found = _named(run(text))
    assert (giver, "providesAidTo", recipient) in found, found
    assert not [f for f in found if f[1] == "mobilizes"], found


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed its athletes to Brazil for the games.",
        "Britain deployed 40 journalists to Qatar for the tournament.",
        "The club deployed its youth team to Spain.",
    ],
)
def test_people_of_no_service_are_no_show_of_force(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name in ("mobilizes", "providesAidTo")], run(text).statements


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia deployed 10,000 troops to the border with Ukraine.", "Ukraine"),
        ("India deployed fighter jets near the Chinese border.", "China"),
        ("Iran has deployed missiles near Iraq.", "Iraq"),
    ],
)
def test_forces_deployed_stay_a_show_of_force(run: Run, text: str, target: str) -> None:
    assert [s for s in run(text).statements if s.predicate.name == "mobilizes" and s.object.label == target]
