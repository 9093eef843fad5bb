"""An act owned by a country's office or force stands for that country (issue 16).

"X condemned the Indian prime minister's visit" gave nothing, while "the visit of the Indian prime minister"
and "India's visit" named India: the possessive's owner was read only when it was itself a name. An owner
named by an office ("the Chilean foreign minister's", "the Russian ambassador's") or by a force ("Turkish
troops'") now stands for its country as the "of" phrase does. A relative of the office holder or a thing
owned that is no act stays out.

All sentences are invented for these tests.
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
        # a verb of criticism, the owner an office with a demonym
        ("Vietnam denounced the Chinese defence minister's remarks on the islands.", ("Vietnam", "criticizes", "China")),
        # a verb of rejection, a compound office
        ("Colombia rejected the Venezuelan foreign minister's offer of talks.", ("Colombia", "rejects", "Venezuela")),
        # a protest through "against", the owner an envoy
        ("Students in Nairobi protested against the Ugandan ambassador's comments.", ("*", "protests", "Uganda")),
        # a verb of praise, the owner a head of state
        ("Ghana welcomed the Nigerian president's decision to reopen the border.", ("Ghana", "praises", "Nigeria")),
        # a gerund the parse reads as a verb, owned by a force
        ("Estonia protested Russian warplanes' flying over its islands.", ("Estonia", "protests", "Russian warplanes")),
    ],
)
def test_an_act_owned_by_an_office_is_its_countrys(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = triples(run(text))
    subject, predicate, target = expected
    assert any((subject in ("*", s)) and p == predicate and o == target for s, p, o in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Ghana praised the Nigerian president's daughter.",  # a relative is no act of the state
        "Kenya admired the Ugandan ambassador's car.",  # a thing owned, no act
        "The Nigerian president's wife visited Ghana.",  # a relative travels for herself
    ],
)
def test_a_relative_or_a_thing_of_the_office_names_no_country(run: Run, text: str) -> None:
    said = triples(run(text))
    assert not [t for t in said if t[2] == "Nigeria" or t[2] == "Uganda" or t[0] == "Nigeria"], said
