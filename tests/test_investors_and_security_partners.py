"""An investor and a security partner named as a person (session 26).

"X is the largest investor in Y" is investment (CAMEO 061; WordNet investor n.1, the agent noun of INVEST), read as
"Y's biggest creditor" is aid: the one invested in is the other side. "X remains Y's main security partner" is a
strategic partnership, as "strategic partner" and "ally" are. Investors who are a country's business people ("foreign
investors in Y complained") are no state's act. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "investor", "invested"),
    [
        ("South Korea is the third-largest investor in Vietnam.", "South Korea", "Vietnam"),
        ("Japan, the biggest investor in Indonesia, opened a new plant.", "Japan", "Indonesia"),
        ("The Netherlands remains the largest foreign investor in Brazil, officials said.", "Netherlands", "Brazil"),
    ],
)
def test_an_investor_in_a_state(run: Run, text: str, investor: str, invested: str) -> None:
    found = {(s.subject.label, s.object.label) for s in run(text).statements if s.predicate.name == "investsIn"}
    assert (investor, invested) in found, run(text).statements


@pytest.mark.parametrize("text", ["Foreign investors in Vietnam complained about red tape.", "The investor bought shares in a Chilean mine."])
def test_private_investors_are_no_state(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "investsIn"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Russia remains Armenia's main security partner.", {"Russia", "Armenia"}),
        ("France, a key defence partner of Greece, sent two frigates.", {"France", "Greece"}),
        ("Australia is a military partner of Papua New Guinea.", {"Australia", "Papua New Guinea"}),
    ],
)
def test_a_security_partner(run: Run, text: str, sides: set[str]) -> None:
    found = [{s.subject.label, s.object.label} for s in run(text).statements if s.predicate.name == "strategicPartnerOf"]
    assert sides in found, run(text).statements


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Italy is one of Libya's main customers.", {"Italy", "Libya"}),
        ("Qatar is one of Pakistan's main suppliers of gas.", {"Qatar", "Pakistan"}),
        ("Spain remains one of Morocco's biggest buyers, officials said.", {"Spain", "Morocco"}),
    ],
)
def test_one_of_a_states_trading_holders(run: Run, text: str, sides: set[str]) -> None:
    """"X is one of Y's main customers": the count of the partitive is said of the subject, as "X is Y's main customer"
    is (patterns._said_of_subject)."""
    found = [{s.subject.label, s.object.label} for s in run(text).statements if s.predicate.name == "tradesWith"]
    assert sides in found, run(text).statements


def test_a_firms_customer_is_no_trade(run: Run) -> None:
    assert not run("The firm is one of the bank's main customers.").statements
