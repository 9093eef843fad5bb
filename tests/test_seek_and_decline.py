"""Asking another for assurances, talks or recognition, and declining another's offer (issue 16, CAMEO 02x, 120).

PETRARCH2's SEARCH block codes "seek" with an object of what is asked (clarification 021, recognition and
commitment 022, extradition 0213, compensation 0231, release 0253, ceasefire 0256, talks 026); only the help,
aid and loans of CAMEO 023 were read. Its verb DECLINE (120) was left out, as prices and exports decline too;
it is now read with an object of what is offered or asked. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nepal sought assurances from India over the new road.", ("Nepal", "demands", "India")),
        ("Azerbaijan sought talks with Armenia on the peace treaty.", ("Azerbaijan", "demands", "Armenia")),
        ("Somaliland has long sought recognition from Ethiopia.", ("Somaliland", "demands", "Ethiopia")),
        ("Tunisia declined Italy's offer of naval patrols.", ("Tunisia", "rejects", "Italy")),
        ("Cuba declined an invitation from Argentina to the summit.", ("Cuba", "rejects", "Argentina")),
    ],
)
def test_seeking_and_declining(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Copper prices declined sharply on Monday.",  # a fall, no refusal
        "Nepal's exports to India declined last year.",  # a fall of trade is no rejection
        "The prime minister sought a second term.",  # nothing asked of another
    ],
)
def test_falls_and_own_aims_are_no_request_or_rejection(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[1] in ("rejects", "demands")], said
