"""A company named for its country ("<country> Airways", "<demonym> Airlines", "<country> Railways") is a firm of that
country, which acts for itself, not the state: "Turkish Airlines resumed flights to Y" was a concession of Türkiye,
"<country> Airways suspended flights to Y" a sanction. A name's head word, which the lemmatizer keeps as written, is
looked up among the sector nouns as the lower-case noun would be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, EntityType
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian Airlines suspended flights to Eritrea.",
        "Kenya Airways resumed flights to Somalia on Monday.",
        "Ukrainian Railways halted trains to Moldova.",
    ],
)
def test_company_is_no_state(run: Run, text: str) -> None:
    result = run(text)
    assert not [t for t in country_triples(run(text)) if t[1] in ("sanctions", "concedes")], country_triples(result)
    assert [m for m in result.mentions if m.entity.type is EntityType.SECTOR_ACTOR and m.entity.role == "business"]


def test_state_still_acts(run: Run) -> None:
    assert ("ETH", "sanctions", "ERI") in country_triples(run("Ethiopia suspended flights to Eritrea."))
