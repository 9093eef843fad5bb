"""Free relatives of naming (issue 16): "condemned what it called an incursion by Y" condemns Y's act.

The relative "what" is the object of a verb of naming ("call", "describe as", "term", "label", "brand") or the
subject of a reported copula ("what it said was N"); the noun
the clause names it by stands for the object of the main verb, and its actors (its "by" or "from" agent, its owner,
its national modifier) are the target. A name with no actor in it gives no target. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _countries(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name as object predicate, its agent in "by" (hung on the naming verb by the parse)
        ("Chile denounced what it described as an incursion by Bolivian soldiers.", ("CHL", "criticizes", "BOL")),
        ("Finland protested what it termed a violation of its waters by a Russian warship.", ("FIN", "protests", "RUS")),
        # the name with an owner, read by the parse as a second object
        ("Lithuania slammed what it labelled Moscow's provocation on the border.", ("LTU", "criticizes", "RUS")),
        # a passive relative with a national modifier
        ("Egypt rejected what was described as an Ethiopian ultimatum over the dam.", ("EGY", "rejects", "ETH")),
        # a reported copula: "what it said was N"
        ("Poland condemned what it said was a Russian drone strike on its territory.", ("POL", "criticizes", "RUS")),
        ("Ukraine denounced what it believes were Belarusian troop movements near the border.", ("UKR", "criticizes", "BLR")),
        # the relative as the object of a preposition of the act ("over", "about")
        ("Seoul lodged a protest over what it called an illegal survey by Japanese ships.", ("KOR", "protests", "JPN")),
        ("Kenya protested to Uganda over what it termed a raid by Somali militias.", ("KEN", "protests", "SOM")),
        # a verb trigger with an object phrase of its own kind
        ("Greece deplored what it termed an unlawful drilling operation by Turkey.", ("GRC", "criticizes", "TUR")),
    ],
)
def test_the_named_act_s_doer_is_the_target(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _countries(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru criticized what it called a flawed report.",  # the name names no actor
        "Norway condemned what it called a heavy-handed crackdown on protesters.",
        "Peru condemned what it said was a smear campaign.",
        "Peru complained about what it called unfair treatment.",
        "Ghana condemned what it said was an attack on Togolese traders.",  # the patient is no doer
    ],
)
def test_a_name_without_an_actor_gives_no_target(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.category in ("ACCUSE", "PROTEST")], _countries(run(text))
