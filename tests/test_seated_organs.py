"""An organ of a state named by the place it sits in stands for that state (issue 16).

Wire copy names governments by their seat: "the foreign ministry in Hanoi", "officials in Moscow", "a court in
Tehran", "police in Lagos". These gave nothing: a state noun took its country from an adjective, a compound or
"from Y", not from "in Y". Organs that sit at home (government, police, courts, parliament, "authorities") now
take the country of the place they are "in"; armed forces ("troops in Y" are often abroad) and travelling offices
or missions ("the embassy in Y", "the delegation in Geneva") do not, and a demonym still wins ("US officials in
Kabul" are American).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _said(result: ArticleResult) -> list[tuple[str | None, str, str | None]]:
    return [(s.subject.country, s.predicate.name, s.object.country) for s in result.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministry in Seoul protested the Japanese textbooks.", ("KOR", "protests", "JPN")),
        ("Officials in Ankara accused Athens of provocation.", ("TUR", "accuses", "GRC")),
        ("A court in Tehran sentenced a French tourist to five years.", ("IRN", "coerces", "FRA")),
        ("Police in Nairobi detained three Ugandan traders.", ("KEN", "coerces", "UGA")),
        ("The government in Kabul rejected Pakistan's offer of talks.", ("AFG", "rejects", "PAK")),
    ],
)
def test_an_organ_seated_in_a_place_is_its_state(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = _said(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    ("text", "wrong_subject"),
    [
        ("The embassy in Ankara protested the arrest of a Greek citizen.", "TUR"),  # a mission sits abroad
        ("The delegation in Geneva rejected the Chilean proposal.", "CHE"),  # a travelling body
        ("Troops in Chad attacked a convoy from Sudan.", "TCD"),  # armed forces are often abroad
        ("Canadian officials in Beijing criticised Japan.", "CHN"),  # the demonym wins
    ],
)
def test_missions_forces_and_named_owners_keep_out(run: Run, text: str, wrong_subject: str) -> None:
    said = _said(run(text))
    assert not [t for t in said if t[0] == wrong_subject], said
