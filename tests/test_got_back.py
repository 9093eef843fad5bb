"""Getting one's own back from another (PETRARCH2 RECOVER "* &AIRCRAFT", 0842 return, release property): the "from"
party gives it back, to the one who recovers it (kg/extract/_constructions.py, _GOT_BACK). Ground recovered from an
adversary stays a fight; a thing recovered from no one states nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey regained its seized helicopter from Syria.", ("SYR", "concedes", "TUR")),
        ("Pakistan recovered its downed drone from India on Friday.", ("IND", "concedes", "PAK")),
        ("The Greek government has recovered its impounded aircraft from Libya.", ("LBY", "concedes", "GRC")),
    ],
)
def test_what_is_recovered_from_another_is_given_back_by_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found and expected[::-1] not in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Iran recovered its drone after the crash.", "concedes"),
        ("Ukraine recovered the town from Russia.", "concedes"),
    ],
)
def test_no_return_without_a_giver(run: Run, text: str, absent: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == absent]
