"""Aid named as the one who gives it: a donor, creditor or lender of another (CAMEO 070 / 071).

"X is Y's biggest creditor", "X, the largest donor to Y,", "X is one of Y's main lenders" gave nothing, while "X is
Y's closest ally" was read. The agent nouns of PETRARCH2's DONATE, LEND and FUND verbs are relational nouns as
"ally" and "backer" are: their owner, or the one given to, receives from the one they are said of. A noun of no
named receiver ("the donor conference", "Kenya's creditors met") states nothing.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _aid(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country or s.subject.label, s.object.country) for s in result.statements if s.predicate.name == "providesAidTo"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China is Kenya's biggest creditor.", ("CHN", "KEN")),
        ("Germany is Ukraine's second-largest donor.", ("DEU", "UKR")),
        ("China is the largest lender to Zambia.", ("CHN", "ZMB")),
        ("Japan is one of Jordan's biggest donors.", ("JPN", "JOR")),
        ("Saudi Arabia, a major donor to Yemen, pledged more funds.", ("SAU", "YEM")),
        ("The IMF is Argentina's largest creditor.", ("International Monetary Fund", "ARG")),
    ],
)
def test_a_giver_named_gives_to_the_owner(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert pair in _aid(run(text))


@pytest.mark.parametrize(
    "text",
    ["The donor conference raised 2 billion dollars.", "Kenya's creditors met in Paris.", "Blood donors queued in Kyiv."],
)
def test_no_receiver_named_states_nothing(run: Run, text: str) -> None:
    assert not run(text).statements


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        ("China is by far Kenya's biggest creditor.", "providesAidTo", ("CHN", "KEN")),
        ("Russia is by far Armenia's closest ally.", "strategicPartnerOf", ("RUS", "ARM")),
    ],
)
def test_by_far_before_a_relational_noun(run: Run, text: str, predicate: str, pair: tuple[str, str]) -> None:
    # the parse reads "by far Y's N" as a "by" phrase; the noun is still said of the subject
    found = {(s.subject.country, s.object.country) for s in run(text).statements if s.predicate.name == predicate}
    assert pair in found or pair[::-1] in found, found
