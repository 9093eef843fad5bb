"""Acts decided on, police sent abroad, and a matter's own side (issue 16, session 22).

* "X adopted (approved, agreed) new sanctions against Y", "X agreed to new sanctions on Y" (PETRARCH2 "AGREE * (TO
  SANCTIONS)", 163): the act decided on is the subject's, no agreement with a topic; an agreement decided on stays
  one ("X and Y agreed a ceasefire", "X agreed a trade deal with Y").
* "X will send police officers to Y" (CAMEO 153; PETRARCH2 "SEND * POLICE"): a show of force, no occupation.
* "X criticized Y over the Z arms sale": the matter's own side (Z) is no partner of the clause's subject.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Canada adopted new sanctions against Nicaragua.", ("CAN", "sanctions", "NIC"), "agreesTo"),
        ("The UK agreed new sanctions on Iran's shipping.", ("GBR", "sanctions", "IRN"), "agreesTo"),
        ("Japan agreed to new sanctions on North Korea.", ("JPN", "sanctions", "PRK"), "agreesTo"),
        ("Norway approved a new aid package for Moldova.", ("NOR", "providesAidTo", "MDA"), None),
        ("Peru agreed a trade deal with Ecuador.", ("PER", "signsAgreementWith", "ECU"), None),
        ("Rwanda will send police officers to the Central African Republic.", ("RWA", "mobilizes", "CAF"), "occupies"),
    ],
)
def test_acts_decided_on_are_the_subjects(run: Run, text: str, expected: tuple[str, str, str], absent: str | None) -> None:
    said = country_triples(run(text))
    assert expected in said or (expected[2], expected[1], expected[0]) in said, said
    assert absent is None or not [t for t in said if t[1] == absent], said


@pytest.mark.parametrize(
    ("text", "pair"),
    [("Beijing protested to Washington over the Taiwan arms sale.", {"CHN", "TWN"}), ("Russia warned the US over the Ukraine arms deal.", {"RUS", "UKR"})],
)
def test_a_matters_own_side_is_no_partner_of_the_subject(run: Run, text: str, pair: set[str]) -> None:
    said = country_triples(run(text))
    assert not [t for t in said if t[1] == "cooperatesWith" and {t[0], t[2]} == pair], said


@pytest.mark.parametrize("text", ["Parliament approved the budget.", "The council adopted a resolution on fisheries."])
def test_a_bodys_own_text_is_no_act(run: Run, text: str) -> None:
    assert not run(text).statements
