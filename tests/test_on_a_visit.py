"""A journey named by "on a visit (trip, tour) to Y" is where its traveller is, whatever the verb or the noun the phrase
hangs on: "The X president, on a three-day visit to Y, held talks ...", "X's foreign minister, on a visit to Y, praised
Z", "Speaking on a visit to Y, X's president ..." give X visits Y. Before, an "on" phrase after a verb of reacting was
read as its topic ("praised Z on ..."), and one hung on the subject noun had no traveller. A visit commented on is
still the topic of the comment, not the commenter's journey.
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
        ("The Ghanaian president, on a two-day visit to Togo, opened a new border post.", ("GHA", "visits", "TGO")),
        ("Spain's foreign minister, on a visit to Rabat, praised Morocco.", ("ESP", "visits", "MAR")),
        ("Speaking on a trip to Hanoi, the Australian prime minister criticized China.", ("AUS", "visits", "VNM")),
        ("The Chilean president is on a state visit to Argentina.", ("CHL", "visits", "ARG")),
    ],
)
def test_traveller_visits(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


def test_visit_commented_on_is_the_topic(run: Run) -> None:
    found = country_triples(run("Kenyan analysts commented on the visit to China."))
    assert not [t for t in found if t[1] == "visits" and t[0] == "KEN"], found
