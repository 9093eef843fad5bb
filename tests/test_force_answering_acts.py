"""A show of force that answers another's hostile act is set against its doer (CAMEO 15: MOBILIZE).

"put its forces on alert in response to Y's drills", "raised its readiness following Y's military exercises", "moved
troops to the border after Y's soldiers attacked a patrol" gave nothing: the target of a show of force was read
only from a border or a strain ("amid tensions with Y"). The act must be one whose every reading in the lexicon is
hostile (a Goldstein value below zero), named with its doer: not an event of no hostility ("elections", "floods",
"praise"), not the patient of the act ("after the invasion of Z"), not the subject's own act.
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
        ("Finland put its border guards on high alert in response to Russia's military drills.", ("FIN", "mobilizes", "RUS")),
        ("Latvia raised its readiness level following Belarusian military exercises near the frontier.", ("LVA", "mobilizes", "BLR")),
        ("South Korea deployed more troops to the border after North Korea shelled an island.", ("KOR", "mobilizes", "PRK")),
        ("Armenia mobilised its reservists in reaction to the incursion by Azerbaijani troops.", ("ARM", "mobilizes", "AZE")),
        ("Greece raised the alert status of its navy after Turkish threats.", ("GRC", "mobilizes", "TUR")),
    ],
)
def test_show_of_force_answers_the_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Romania put its army on alert after the Hungarian elections.",
        "Kenya deployed troops after heavy floods.",
        "Ghana raised its alert level after Nigeria's praise for the plan.",
        "Cyprus raised its alert level after the invasion of Lebanon.",
        "Pakistan put its forces on alert after its own missile drills.",
    ],
)
def test_no_hostile_act_of_another(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "mobilizes"]
