"""A courtesy call paid on another's leader is a visit (CAMEO 042; kg/data/lexicon.yaml visits, the nouns "courtesy
call" and "courtesy visit" with their "on" partner)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nigerian foreign minister paid a courtesy call on the Ghanaian president.", ("NGA", "visits", "GHA")),
        ("The Omani envoy paid a courtesy call on Iran's foreign minister in Tehran.", ("OMN", "visits", "IRN")),
        ("Vietnam's defence minister made a courtesy visit to Laos on Monday.", ("VNM", "visits", "LAO")),
    ],
)
def test_a_courtesy_call_is_a_visit(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


def test_a_courtesy_call_on_no_actor_is_nothing(run: Run) -> None:
    assert not [t for t in country_triples(run("The Dutch coach paid a courtesy call on the local school.")) if t[1] == "visits"]
