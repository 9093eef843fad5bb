"""Restrictions on what crosses a border are sanctions (CAMEO 163), not coercion.

"imposed visa restrictions / travel curbs / entry bans / an asset freeze on Y('s officials)": every noun of
restricting with every name of a crossing (visa, travel, entry, export, import, trade, investment, asset,
financial). Sanctions on a country's officials are read as on those officials, a sector actor of the country,
as "sanctions on Y-ian officials" always was. The trigger's own modifier ("Visa" tagged as a company name)
is no party.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples, events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa imposed visa restrictions on senior Eritrean officials.", ("CAN", "sanctions", "ERI")),
        ("South Korea announced export curbs on Russia.", ("KOR", "sanctions", "RUS")),
        ("Norway slapped travel curbs on Belarusian ministers.", ("NOR", "sanctions", "BLR")),
        ("Visa restrictions were imposed on Zimbabwean officials by Britain.", ("GBR", "sanctions", "ZWE")),
        ("Switzerland ordered an asset freeze against Libyan officials.", ("CHE", "sanctions", "LBY")),
    ],
)
def test_restriction_nouns_are_sanctions(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert not any(p == "coerces" for _, p, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The city imposed parking restrictions on the avenue.",
        "Investors worried about export curbs.",
        "Kenya imposed travel restrictions on Kenyan officials.",
    ],
)
def test_restrictions_of_no_party(run: Run, text: str) -> None:
    expect(events(run(text)), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesia imposed restrictions on imports from Malaysia.", ("IDN", "sanctions", "MYS")),
        ("The Netherlands tightened curbs on exports to China.", ("NLD", "sanctions", "CHN")),
        ("Australia announced a ban on investments from Russia.", ("AUS", "sanctions", "RUS")),
    ],
)
def test_restrictions_on_goods_of_a_country(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """"N on W" noun triggers: a restriction, curb, ban, limit or control on imports, exports, trade or investment."""
    found = country_triples(run(text))
    assert expected in found, found
    assert not any(p == "coerces" for _, p, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru imposed restrictions on traffic in the capital.",
        "Kenya welcomed investment from China.",
    ],
)
def test_no_measure_on_a_country(run: Run, text: str) -> None:
    assert not any(p == "sanctions" for _, p, _ in country_triples(run(text)))


def test_trigger_word_is_no_party(run: Run) -> None:
    """"Visa" opening the sentence may be tagged a company; as the trigger's own word it names no subject."""
    labels = {s.subject.label for s in run("Visa bans were imposed on Syrian generals by Austria.").statements}
    assert "Visa" not in labels, labels


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        ("Mexico imposed punitive tariffs on exports to Guatemala.", True),
        ("Argentina announced curbs on imports from Paraguay.", True),
        ("Mexico doubled its exports to Guatemala.", False),
    ],
)
def test_goods_a_measure_falls_on_are_no_trade(run: Run, text: str, measured: bool) -> None:
    """The goods a sanction noun falls on ("tariffs on exports to Y") state the sanction, not a trade relation."""
    found = {p for _, p, _ in country_triples(run(text))}
    assert ("tradesWith" not in found) is measured, found
    assert ("sanctions" in found) is measured, found
