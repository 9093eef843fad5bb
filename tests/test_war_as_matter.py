"""A war named as the cause or matter of another act is no fight of that act's doer (issue 16, helper topic12).

"X recalled its envoy over the Y war", "X cut ties with Z amid the Y conflict", "X expelled Z's diplomats in protest at
the Y war": the war is what the act answers. Its doer takes no part in the war by answering it, and a proper noun
compounded with a noun of war names which war, not the doer of the act ("the Y war" is no act of Y's to sanction).
Read by ``kg/extract/_arguments.matter_phrase`` (the prepositions and phrases of cause or matter of
``kg/extract/_words.py``) and ``named_wars`` of ``kg/data/contests.yaml``. What stays: the war's own sides ("X's war
with Y", "the conflict between X and Y", "X and Y went to war over Z", "X waged war on Y") and the act's own target
("X imposed sanctions on Y over the Z war").

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract._arguments import matter_phrase
from kg.model import ArticleResult
from kg.nlp import load_nlp

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "over", the envoy's host not named: nothing at all
        ("Argentina withdrew its ambassador over the Syria war.", set()),
        ("Ghana recalled its envoy over the Sudan fighting.", set()),
        # "amid", the act's own target named
        ("Colombia broke off relations with Iran amid the Yemen conflict.", {("Colombia", "sanctions", "Iran")}),
        # "because of" (parsed with "because" as the preposition)
        ("Uruguay suspended arms sales to Turkey because of the Libya conflict.", {("Uruguay", "sanctions", "Türkiye")}),
        # "in protest at", the "at" phrase hung on the verb
        ("Ecuador expelled Russian diplomats in protest at the Ukraine war.", {("Ecuador", "sanctions", "Russia")}),
        # the act's direct target stays; the war's place is no second target
        ("Canada imposed sanctions on Russia over the Ukraine war.", {("Canada", "sanctions", "Russia")}),
        ("Ireland criticised Israel over the Gaza fighting.", {("Ireland", "criticizes", "Israel")}),
    ],
)
def test_a_war_as_matter_is_no_fight_of_the_doer(run: Run, text: str, kept: set[tuple[str, str, str]]) -> None:
    found = _triples(run(text))
    assert found == kept, found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Armenia's war with Azerbaijan ended in 2020.", {"Armenia", "Azerbaijan"}),
        ("The conflict between Ethiopia and Eritrea lasted two years.", {"Ethiopia", "Eritrea"}),
        ("Iraq and Iran went to war over the waterway.", {"Iraq", "Iran"}),
        ("Kenya waged war on Somalia.", {"Kenya", "Somalia"}),
        ("India and Pakistan fought over Kashmir.", {"India", "Pakistan"}),
    ],
)
def test_the_sides_of_a_war_still_fight(run: Run, text: str, sides: set[str]) -> None:
    fights = [{s, o} for s, p, o in _triples(run(text)) if p == "fightsWith"]
    assert sides in fights, fights


def test_a_war_named_by_its_place_alone_says_nothing(run: Run) -> None:
    assert not _triples(run("The Ukraine war dominated the summit."))


@pytest.mark.parametrize(
    ("text", "index", "matter"),
    [
        ("Norland recalled its envoy because of the war.", 7, True),
        ("Norland recalled its envoy in response to the fighting.", 8, True),
        ("Norland recalled its envoy amid the war.", 6, True),
        ("Norland lost soldiers in the war.", 5, False),
        ("Norland recalled its envoy from the capital.", 6, False),
    ],
)
def test_matter_phrase(text: str, index: int, matter: bool) -> None:
    doc = load_nlp()(text)
    assert matter_phrase(doc[index]) is matter, [t.text for t in doc]


@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        # a war judged, named by its place: no side is criticised
        ("Chile condemned the Sudan war.", set()),
        ("Chile denounced the Yemen conflict.", set()),
        # a hyphenated pair names the sides of the war, neither one the doer judged
        ("Chile condemned the Armenia-Azerbaijan war.", set()),
        # a possessive or an adjective before the war names its waging side
        ("Chile condemned Iraq's war on Kuwait.", {"Iraq"}),
        ("Chile condemned the Iraqi war against Kuwait.", {"Iraq"}),
    ],
)
def test_a_war_judged_criticises_its_named_doer_only(run: Run, text: str, criticised: set[str]) -> None:
    found = {o for s, p, o in _triples(run(text)) if p == "criticizes" and s == "Chile"}
    assert found == criticised, found
