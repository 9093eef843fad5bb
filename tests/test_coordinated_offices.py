"""Meetings named by coordinated subjects whose sides are read by discourse reference (kg/extract/_discourse.py,
_bare_organ; kg/extract/patterns.py, _sides_named).

"X's prime minister arrived in Y. The prime minister and the Y president held talks" gave the visit only: a bare
office ("the prime minister") stood for the previous subject's country when it acted alone, not as the first of
coordinated subjects (which holds the coordination). And "X and Y discussed Z" pairs only sides the subject names
itself: a coordination of two singular actors ("She and the Y president", "The minister and the Y prime minister")
now counts, each conjunct its own side; a collective word or a plural pronoun ("the two leaders", "they") still not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a bare office first of two, holding talks
        ("Croatia's prime minister arrived in Ljubljana on Monday. The prime minister and the Slovenian president held talks.", "HRV", "SVN"),
        # meeting "his counterpart"
        ("Kenya's president flew to Dodoma. The president and his Tanzanian counterpart met.", "KEN", "TZA"),
        # discussing, with an office
        ("The Irish foreign minister visited London. The foreign minister and the British prime minister discussed trade.", "IRL", "GBR"),
        # discussing, with a pronoun
        ("The Japanese foreign minister is visiting Seoul. She and the South Korean president discussed trade.", "JPN", "KOR"),
    ],
)
def test_coordinated_sides_meet(run: Run, text: str, a: str, b: str) -> None:
    assert (a, "meetsWith", b) in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # two countries before: the office's country is unknown
        "Cuba and Mexico signed a deal. The president and the prime minister met.",
        # a collective word or a pronoun for the pair, discussing: no sides named
        "Paraguay and Uruguay opened a bridge. The two leaders discussed trade.",
        "They discussed trade.",
        # no actor of a state at all
        "The minister and the ambassador discussed the budget.",
    ],
)
def test_no_meeting_without_two_sides(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "meetsWith"]
