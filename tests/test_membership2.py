"""Memberships stated in general forms: founding members listed, "A joined O", "O's member states A and B",
"A is one of the N members of O", "A, B and C are among the members of O".

Every sentence here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult


@pytest.mark.parametrize(
    ("text", "members", "organisation"),
    [
        ("The African Union's founding members included Kenya, Uganda and Tanzania.", ["Kenya", "Uganda", "Tanzania"], "African Union"),
        ("Founding members of NATO including Belgium, Norway and Denmark met in Brussels.", ["Belgium", "Norway", "Denmark"],
         "North Atlantic Treaty Organization"),
        ("Lithuania joined NATO in 2004.", ["Lithuania"], "North Atlantic Treaty Organization"),
        ("NATO's member states Norway and Denmark objected.", ["Norway", "Denmark"], "North Atlantic Treaty Organization"),
        ("Norway is one of the 32 members of NATO.", ["Norway"], "North Atlantic Treaty Organization"),
        ("Chile is one of the twelve member states of APEC.", ["Chile"], "Asia-Pacific Economic Cooperation"),
        ("Mexico, Chile and Peru are among the members of APEC.", ["Mexico", "Chile", "Peru"], "Asia-Pacific Economic Cooperation"),
    ],
)
def test_stated_memberships(run: Callable[..., ArticleResult], text: str, members: list[str], organisation: str) -> None:
    found = triples(run(text))
    assert {(m, "memberOf", organisation) for m in members} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Norway is one of the critics of NATO.",
        "Kenya asked whether Norway would join NATO.",
        "Norway and NATO held talks on Monday.",
    ],
)
def test_no_membership_where_none_is_stated(run: Callable[..., ArticleResult], text: str) -> None:
    assert not [t for t in triples(run(text)) if t[1] == "memberOf"]
