"""The sides of talks or a deal a mediation is named on are the ones mediated (CAMEO 045).

"X held talks with Y under Z's mediation", "talks between X and Y took place under Z's mediation", "X and Y resumed
talks mediated by Z", "the Z-mediated talks between X and Y", "X and Y reached a deal through Z's mediation": Z
mediates X and Y, as in "Z mediated between X and Y". A mediation named alone mediates no one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "mediator", "sides"),
    [
        ("Serbia held talks with Montenegro under the European Union's mediation.", "European Union", {"SRB", "MNE"}),
        ("Talks between Sudan and Chad took place under Egyptian mediation.", "EGY", {"SDN", "TCD"}),
        ("Rwanda and Burundi resumed negotiations mediated by Angola.", "AGO", {"RWA", "BDI"}),
        ("The Omani-mediated talks between Iran and Saudi Arabia ended.", "OMN", {"IRN", "SAU"}),
        ("Eritrea and Djibouti settled the dispute through Qatari mediation.", "QAT", {"ERI", "DJI"}),
    ],
)
def test_the_sides_of_mediated_talks_are_mediated(run: Run, text: str, mediator: str, sides: set[str]) -> None:
    result = run(text)
    found = {(s.subject.country or s.subject.label, s.object.country or s.object.label) for s in result.statements if s.predicate.name == "mediates"}
    mediated = {o for m, o in found if m == mediator}
    assert sides <= mediated, found


@pytest.mark.parametrize(
    "text",
    [
        "Mediation by Algeria failed.",
        "The mediator, Norway, said little.",
    ],
)
def test_a_mediation_alone_mediates_no_one(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "mediates"]
