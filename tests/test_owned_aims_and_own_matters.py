"""Two readings of the target of an act.

* A possessive pronoun on what an act of force or a show of force is aimed at names its target, through the verb's
  preposition as through its object: "X says Y's troops opened fire on its positions", "Y fired rockets at their
  towns", "Y's jets violated its airspace" (the pronoun's antecedent, not the doer).
* A protest or complaint made to a state over a matter of the complainer's own people is against that state: "X
  lodged a protest with Y over the detention of an X businessman" gave nothing, the addressee being dropped for a
  target that was X's own national.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia says Russian troops opened fire on its border posts.", ("RUS", "attacks", "GEO")),
        ("Israel said Hezbollah fired rockets at its northern towns.", ("LBN", "attacks", "ISR")),
        ("Lithuania says Belarusian helicopters violated its airspace.", ("BLR", "mobilizes", "LTU")),
        ("Vietnam protested to China over the arrest of Vietnamese fishermen.", ("VNM", "protests", "CHN")),
        ("Kenya lodged a complaint with Uganda about the detention of Kenyan traders.", ("KEN", "criticizes", "UGA")),
    ],
)
def test_target_named(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Russia moved troops to its western border.", "mobilizes"),
        ("The Nigerian army opened fire on its own soldiers by mistake.", "attacks"),
    ],
)
def test_own_things_are_no_target(run: Run, text: str, wrong: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == wrong]


def test_addressee_of_another_matter_is_not_the_target(run: Run) -> None:
    found = country_triples(run("Peru lodged a complaint with the OAS against Bolivia."))
    assert ("PER", "criticizes", "BOL") in found and not [t for t in found if t[2] == "Organization of American States"], found
