"""People handed over to a state: the receiver is the side conceded to (or refused), not the people's group
(kg/extract/_arguments.py, ``handed_to``); and fighters handed over are people, not fighter jets (kg/data/lexicon.yaml).
All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a handing over, a refused one, an extradition; the people of a group, of a movement, of a third state
        ("The Taliban handed over three al-Qaeda commanders to Pakistan.", ("Taliban", "concedes", "Pakistan"), "al-Qaeda"),
        ("Iran refused to hand over the Hezbollah suspects to Argentina.", ("Iran", "rejects", "Argentina"), "Hezbollah"),
        ("Kenya handed over three Somali pirates to the Seychelles.", ("Kenya", "concedes", "Seychelles"), "Somalia"),
    ],
)
def test_people_handed_to_a_state_are_no_side(run: Run, text: str, kept: tuple[str, str, str], dropped: str) -> None:
    found = events(run(text))
    assert kept in found, found
    assert not any(o == dropped or o.startswith(dropped) for _, _, o in found), found


def test_a_states_own_people_handed_to_it_keep_it_the_side(run: Run) -> None:
    # distractor of the rule: the receiver is the people's own state
    found = events(run("Turkey handed over two Syrian soldiers to Syria."))
    assert ("Türkiye", "concedes", "Syria") in found, found


def test_fighters_handed_over_are_people_not_aircraft(run: Run) -> None:
    found = events(run("Syria handed over five Hamas fighters to Jordan."))
    assert not any(p == "providesAidTo" for _, p, _ in found), found
