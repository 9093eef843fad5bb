"""A state's organ or office named without its country stands for the country the previous sentence is about
(issue 16).

"Norland protested on Monday. The foreign ministry summoned ...": wire copy names the country once and then its
organs bare. A bare organ of government ("the foreign ministry", "the government") or office ("the prime
minister", "the president") that acts, or speaks a quotation, stands for the country the previous sentence's
subject is or serves; so does "he" said by such an office (``kg.extract._discourse._bare_organ``). A previous
subject of two countries, an organisation or nothing leaves it unresolved; armed forces named bare ("the army
said") are left out, since their reports often follow an attack on them.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organ of government as the subject of an act
        ("Greece complained about the overflights. The foreign ministry summoned the Turkish ambassador.", ("Greece", "protests", "Türkiye", Modality.ASSERTED)),
        ("Ecuador reacted angrily to the raid on Thursday. The government expelled Mexico's ambassador.", ("Ecuador", "sanctions", "Mexico", Modality.ASSERTED)),
        # an office as the speaker of a quotation in the first person
        ('Romania hosted a donors\' conference. "We will keep supporting Moldova," the president said.', ("Romania", "supports", "Moldova", Modality.INTENDED)),
        # "he" said by a bare office
        ("Austria welcomed the election result. The chancellor said he would visit Serbia in May.", ("Austria", "visits", "Serbia", Modality.INTENDED)),
        # the previous subject is an organ of the country
        ("Poland's foreign ministry condemned the arrests. The prime minister called on Belarus to free the men.", ("Poland", "demands", "Belarus", Modality.ASSERTED)),
    ],
)
def test_a_bare_organ_stands_for_the_country_named_before(run: Run, text: str, expected: tuple[str, str, str, Modality]) -> None:
    found = {(s.subject.label, s.predicate.name, s.object.label, s.modality) for s in run(text).statements}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "unresolved"),
    [
        # an organisation before it: whose government is not said (nor whose "it")
        ("Hezbollah fired drones at Israel. The government said it would expel Iran's ambassador.", "Iran"),
        # two countries before it
        ("Ghana and Togo held border talks. The president said he would visit Benin.", "Benin"),
        # armed forces named bare are not resolved
        ("Sudan shelled the border on Sunday. The army then struck Chad's bases.", "Chad"),
        # an office with a country of its own in a phrase is not bare
        ("Peru protested the fishing raid. The president of the senate called on Chile to pay damages.", "Chile"),
    ],
)
def test_a_bare_organ_without_a_single_country_before_stays_unresolved(run: Run, text: str, unresolved: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.object.label == unresolved], [(s.subject.label, s.predicate.name, s.object.label) for s in result.statements]
