"""Event nouns whose actors sit outside the clause's own verb (session 27, branch nominal27).

* An event noun in apposition, or with a reduced relative, names its agent there: "The visit, the first by a Y
  leader to Z in a decade, ..." (an ordinal in apposition stands for the noun it counts,
  ``_arguments._noun_args``; also its owner: "the trip, Y's second to Z"); "The sanctions, imposed by X and W on Monday,
  target Y's banks", "which X imposed", "Imposed by X, the sanctions are aimed at Y" (a light verb's relative clause or
  fronted participle names the doer, the verb of the act's aim its target, ``_AIMING``); "The raid, carried out by X's
  special forces inside Y, killed ..." (where the blow fell, hung by the parse on the agent).
* A noun of an act of combat is an armed side of a verb of striking (``patterns._armed_contest``): "A Y drone attack
  hit an oil depot in Z"; and a verb of force aimed through "to" names the country of the thing struck
  (``_arguments.struck_in``): "Y-ian shelling set fire to a school in Z".
* Another's part in a wrong alleged, cited, claimed or pointed to is an accusation (the ``accuses`` entry of
  ``kg/data/lexicon.yaml``): "X alleged Y-ian involvement in the murder", "X cited Y's role in the bombing"; a part
  in no wrong accuses no one ("cited Y's role in the peace talks": ``wrongs`` of ``kg/data/judgements.yaml``).
* A protest note presented is lodged ("present" among the light verbs of ``kg/extract/_words.py``).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _dyads(result: ArticleResult) -> set[tuple[str | None, str, str | None, str]]:
    return {(s.subject.country, s.predicate.name, s.object.country, s.modality.value) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "doer", "predicate", "target"),
    [
        # an ordinal in apposition carries the agent and the destination of a visit
        ("The visit, the first by a Norwegian leader to Chile in a decade, marks a thaw.", "NOR", "visits", "CHL"),
        ("The trip, the second by Peru's foreign minister to Bolivia this year, was brief.", "PER", "visits", "BOL"),
        # ... and the target of a raid
        ("The raid, the third by Turkish forces against Syria this year, killed five people.", "TUR", "attacks", "SYR"),
        # a reduced relative's agent; the target is the object of the verb of aim
        ("The sanctions, imposed by France and Germany on Monday, target Iranian officials.", "FRA", "sanctions", "IRN"),
        ("The sanctions, imposed by France and Germany on Monday, target Iranian officials.", "DEU", "sanctions", "IRN"),
        ("The sanctions, announced by Canada last week, target Russia's banks.", "CAN", "sanctions", "RUS"),
        # a passive relative clause reads as the participle
        ("The new tariffs, which were imposed by Mexico, hit Guatemalan exporters.", "MEX", "sanctions", "GTM"),
        # a relative clause of a light verb names the doer as its subject; so does a fronted participle's agent
        ("The sanctions, which France imposed on Monday, target Iranian officials.", "FRA", "sanctions", "IRN"),
        ("Imposed by Canada on Friday, the sanctions target Russian oligarchs.", "CAN", "sanctions", "RUS"),
        # a passive verb of aim
        ("The sanctions, imposed by Canada, are aimed at Russian oligarchs.", "CAN", "sanctions", "RUS"),
        # the owner of the counting word
        ("The trip, Peru's second to Bolivia this year, was brief.", "PER", "visits", "BOL"),
        ("The raid, Turkey's third against Syria this month, killed five people.", "TUR", "attacks", "SYR"),
        # where the blow fell, hung on the agent
        ("The raid, carried out by Turkey's special forces inside Syria, killed five people.", "TUR", "attacks", "SYR"),
        ("The strike, carried out by Israeli jets in Lebanon, killed a commander.", "ISR", "attacks", "LBN"),
    ],
)
def test_agent_beside_the_event_noun(run: Run, text: str, doer: str, predicate: str, target: str) -> None:
    found = _dyads(run(text))
    assert (doer, predicate, target, "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # a country-adjective attack noun as the subject of a verb of striking
        ("A Ukrainian drone attack hit an oil depot in Russia.", "UKR", "RUS"),
        ("An Indian air raid hit a bridge in Pakistan.", "IND", "PAK"),
        # ... of setting fire, the thing set on fire placed in the target
        ("A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region.", "UKR", "RUS"),
        ("Israeli shelling set fire to a school in Lebanon.", "ISR", "LBN"),
        ("Armenian troops set fire to villages in Azerbaijan.", "ARM", "AZE"),
    ],
)
def test_attack_noun_as_subject(run: Run, text: str, doer: str, target: str) -> None:
    found = _dyads(run(text))
    assert (doer, "attacks", target, "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Iran alleged Israeli involvement in the murder.", "IRN", "ISR"),
        ("Iran cited Israel's role in the attack.", "IRN", "ISR"),
        ("Bolivia cited Peruvian involvement in the assassination of a judge.", "BOL", "PER"),
        ("Iran pointed to Israeli complicity in the blast.", "IRN", "ISR"),
        ("Ghana claimed Togolese interference in the election.", "GHA", "TGO"),
        ("Venezuela alleged a Colombian hand in the attack on its president.", "VEN", "COL"),
        ("Officials in Norway cited Swedish involvement in a plot to sabotage the pipeline.", "NOR", "SWE"),
    ],
)
def test_part_in_a_wrong_alleged(run: Run, text: str, accuser: str, accused: str) -> None:
    found = _dyads(run(text))
    assert (accuser, "accuses", accused, "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "protester", "target"),
    [
        ("Sweden presented a protest note to the Russian envoy.", "SWE", "RUS"),
        ("Chile presented a demarche to the Peruvian ambassador on Tuesday.", "CHL", "PER"),
        ("The Estonian foreign ministry said it had presented a note of protest to Belarus's charge d'affaires.", "EST", "BLR"),
    ],
)
def test_protest_note_presented(run: Run, text: str, protester: str, target: str) -> None:
    found = _dyads(run(text))
    assert (protester, "protests", target, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a part in no wrong, or no side
        "Germany alleged irregularities in the vote.",
        "Chile cited Norway's role in the peace talks.",
        "Peru pointed to Chilean involvement in the peace process.",
        "Peru claimed a role in the talks.",
        # an ordinal with no agent, an event of no sides
        "The visit, the latest of many, marks a thaw.",
        "The summit, the first in a decade, opened in Lima.",
        # sanctions whose aim names no actor; an attack no one is named for
        "The sanctions, imposed by France, target corruption.",
        "The sanctions target Iranian officials.",
        "The sanctions are aimed at Russian oligarchs.",
        # a relative clause of no light verb names no doer
        "The sanctions, which Norway called fair, target Russian oligarchs.",
        # a figurative war, a crowd's fire, a raid at home
        "A Chinese trade war hit American farmers.",
        "Protesters set fire to a car in Lima.",
        "The raid, carried out by Turkish forces inside Turkey, killed five militants.",
        # a gift presented is no protest
        "Sweden presented an award to the Russian envoy.",
    ],
)
def test_distractors(run: Run, text: str) -> None:
    found = {d for d in _dyads(run(text)) if d[1] in ("accuses", "visits", "attacks", "sanctions", "protests", "meetsWith")}
    assert not found, found
