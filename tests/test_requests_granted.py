"""Granting another's request, plea or appeal is a concession (CAMEO 08, as meeting or accepting its demands:
kg/data/lexicon.yaml concedes "grant demand|request|plea|appeal"). The verb + object concession decides over the
request its object names, although "grant" is a light verb (kg/extract/patterns.py, ``conceded``): "granted Y's
request" is no request by Y."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovakia granted Ukraine's request for fighter jets.", ("SVK", "concedes", "UKR")),
        ("Bulgaria granted a Turkish request to extradite the suspect.", ("BGR", "concedes", "TUR")),
        ("Norway has granted the request of Iceland for more fishing rights.", ("NOR", "concedes", "ISL")),
    ],
)
def test_granting_a_request_is_a_concession(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found and not [t for t in found if t[1] == "demands"], found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan court granted the request of the defence.",
        "Hungary granted asylum to a Polish politician.",
    ],
)
def test_other_grants_are_no_concession(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "concedes"]
