"""Encouraging or lobbying another to act asks it to act (session 27, lead).

"X encouraged Y to join the pact" is a request (CAMEO 020, ``kg/data/lexicon.yaml``: "encourage" with a complement);
"encouraged the talks" alone is none. The act asked for is not done: "X lobbied Y to support Z" states no support of
Z by X or by Y (``_words._REQUESTING``), while "X persuaded Y to send tanks" (an act that happened) keeps Y's act.
All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _named(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        ("Japan encouraged Vietnam to join the regional trade pact.", "Japan", "Vietnam"),
        ("Germany has encouraged Serbia to resume talks with Kosovo.", "Germany", "Serbia"),
        ("Qatar encourages Lebanon to elect a president quickly.", "Qatar", "Lebanon"),
    ],
)
def test_encouraging_another_to_act_is_a_request(run: Run, text: str, asker: str, asked: str) -> None:
    assert (asker, "demands", asked) in _named(run(text))


def test_encouraging_a_thing_is_no_request(run: Run) -> None:
    assert not [s for s in run("Brazil encouraged the talks between Israel and Hamas.").statements if s.predicate.name == "demands"]


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay lobbied Brazil to support the talks with China.",
        "Uruguay pressured Brazil to support Argentina's bid.",
        "Egypt implored Sudan to support the truce with Chad.",
    ],
)
def test_the_act_lobbied_for_is_not_done(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "supports"], run(text).statements


def test_the_act_one_was_persuaded_to_do_is_done(run: Run) -> None:
    assert ("Germany", "providesAidTo", "Ukraine") in _named(run("France persuaded Germany to send tanks to Ukraine."))
