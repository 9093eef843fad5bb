"""A passive of moving forces without its agent moves the forces of the country that owns them (CAMEO 150, 0356).

"Russian troops were deployed to Y", "two Z warships were sent to Y's coast", "X's soldiers were withdrawn from Y"
gave nothing: the passive has no subject, and the forces, its patient, were read as the object. People who are no
force ("tourists were sent", "diplomats were sent") and things ("relief supplies") move no state's forces.
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
        ("Iranian troops were deployed to Armenia's southern border.", ("IRN", "mobilizes", "ARM")),
        ("Three Egyptian frigates have been sent to the coast of Eritrea.", ("EGY", "mobilizes", "ERI")),
        ("Additional Pakistani soldiers were moved to the frontier with Afghanistan.", ("PAK", "mobilizes", "AFG")),
        ("Spanish warplanes will be stationed in Estonia next year.", ("ESP", "mobilizes", "EST")),
        ("The last Dutch soldiers were withdrawn from Mali in June.", ("NLD", "withdrawsFrom", "MLI")),
        ("Canada's troops have been pulled out of Latvia.", ("CAN", "withdrawsFrom", "LVA")),
        ("Russian tanks were moved to the Finnish border.", ("RUS", "mobilizes", "FIN")),
    ],
)
def test_passive_moves_the_owners_forces(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian tourists were sent to Egypt by a travel agency.",
        "Relief supplies were sent to Chad.",
        "Two Danish diplomats were sent to Ghana.",
        "Japanese volunteers were sent to Nepal after the earthquake.",
    ],
)
def test_no_force_is_moved(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] in ("mobilizes", "withdrawsFrom")]
