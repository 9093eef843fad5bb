"""Speaking or talking to a named person is consulting them (CAMEO 040; kg/data/lexicon.yaml, "speak to" / "talk to"
with a person for object); an audience named by no person is no partner. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events, expect

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emmanuel Macron spoke to Joe Biden about Ukraine.", ("Emmanuel Macron", "meetsWith", "Joe Biden")),
        ("The Kenyan president talked to Abiy Ahmed about the dam.", ("Kenya", "meetsWith", "Abiy Ahmed")),
        ("On Tuesday the Chilean foreign minister spoke to Luiz Inácio Lula da Silva by video.", ("Chile", "meetsWith", "Luiz Inácio Lula da Silva")),
        # an audience
        ("Speaking to reporters, the Chilean minister said the talks went well.", None),
        ("The French president spoke to the National Assembly.", None),
    ],
)
def test_speaking_to_a_named_person_is_consulting(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)
