"""Taking another state before a court, a tribunal or arbitration ("X took Y to the ICJ",
"hauled Y before a tribunal", "dragged Y to the WTO over its tariffs"): an accusation brought in law (CAMEO 115,
kg/data/lexicon.yaml). The court or body is where the case goes, not a party (patterns._VENUES), and "over" the
matter is no seizure ("take over")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gambia took Myanmar to the World Court in 2019.", ("GMB", "accuses", "MMR")),
        ("Canada will take India to the WTO over its sugar subsidies.", ("CAN", "accuses", "IND")),
        ("Belize hauled Guatemala before an international tribunal.", ("BLZ", "accuses", "GTM")),
        ("Timor-Leste dragged Australia to arbitration over the treaty.", ("TLS", "accuses", "AUS")),
    ],
)
def test_a_state_taken_to_court_is_accused(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    triples = country_triples(run(text))
    assert expected in triples
    assert not any(p in ("coerces", "attacks") for _, p, _ in triples)  # "over" the matter is no "take over"
    assert {s for s, p, _ in triples if p == "accuses"} == {expected[0]}
    assert all(o == expected[2] for _, p, o in triples if p == "accuses")  # the court is no party


@pytest.mark.parametrize(
    "text",
    [
        "Canada took the dispute to the WTO.",  # no state taken there
        "The company took the ministry to court.",  # no state on either side
    ],
)
def test_no_state_taken_no_accusation(run: Run, text: str) -> None:
    assert not any(p == "accuses" for _, p, _ in country_triples(run(text)))
