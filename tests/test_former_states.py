"""Former states (ISO 3166-3) are parties of their time: the Soviet Union, Yugoslavia, Czechoslovakia, East Germany.

History paragraphs and encyclopaedic text name them ("the Soviet Union withdrew from Afghanistan in 1989", "Soviet
troops invaded Czechoslovakia"); they were unknown names and the statement was lost. Each is a country of the
gazetteer with the status "former state" and its own code (SUN, YUG, CSK, DDR); "a former Soviet republic" said of a
state of today makes no statement of the Soviet Union.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.gazetteer import load_gazetteer
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The Soviet Union withdrew from Afghanistan in 1989.", ("SUN", "withdrawsFrom", "AFG")),
        ("Soviet troops invaded Czechoslovakia in 1968.", ("SUN", "attacks", "CSK")),
        ("Yugoslavia broke off relations with Albania.", ("YUG", "sanctions", "ALB")),
        ("East Germany signed a treaty with Poland in 1950.", ("DDR", "signsAgreementWith", "POL")),
    ],
)
def test_a_former_state_is_a_party(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in {(s.subject.country, s.predicate.name, s.object.country) for s in run(text).statements}


def test_a_former_republic_of_today_is_itself(run: Run) -> None:
    found = {(s.subject.country, s.object.country) for s in run("Kazakhstan, a former Soviet republic, signed a deal with China.").statements}
    assert ("KAZ", "CHN") in found and not any("SUN" in pair for pair in found)


@pytest.mark.parametrize(("name", "code"), [("USSR", "SUN"), ("Yugoslav", "YUG"), ("GDR", "DDR"), ("Czechoslovak", "CSK")])
def test_the_former_states_names_resolve(name: str, code: str) -> None:
    entity = load_gazetteer().lookup(name)
    assert entity is not None and entity.country == code
