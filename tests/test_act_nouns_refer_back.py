"""A definite noun that the lexicon reads as an act on its own stands for the nearest earlier act of its kind, as
"the move" and "the attack" already did (kg/extract/_discourse.py, ``_event_actor``; the categories from the lexicon's
noun triggers, ``_Context.noun_categories``). All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import events

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # criticism of an assault and of a coercion, a refusal of an occupation; three nouns of the lexicon
        ("Ethiopia invaded Eritrea in May. Kenya condemned the invasion on Tuesday.", ("Kenya", "criticizes", "Ethiopia")),
        ("Turkey blockaded Cyprus's ports for a week. Greece criticised the blockade.", ("Greece", "criticizes", "Türkiye")),
        ("Armenia annexed two villages of Azerbaijan. Georgia refused to recognise the annexation.", ("Georgia", "rejects", "Armenia")),
    ],
)
def test_a_definite_act_noun_stands_for_the_earlier_acts_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert expected in found, found


def test_with_no_earlier_act_the_noun_names_no_one(run: Run) -> None:
    # distractor: nothing before the noun did the act
    assert not events(run("Chile signed a fisheries deal with Peru. Bolivia condemned the invasion.")) - events(run("Chile signed a fisheries deal with Peru."))
