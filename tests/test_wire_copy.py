"""Wire-copy forms of MOBILIZE, RETREAT, PROTEST and INVESTIGATE (helper wire26).

News-agency copy opens with a dateline ("CITY, May 2 (Wire) -"), ends its clauses with an attribution ("officials
said") and packs acts into nested noun phrases ("a protest over the seizure of its boat by Y"). The parse hangs the
phrases of such copy on other words than in the plain forms the category table covers:

* a dateline names no antecedent of a pronoun ("CITY (Wire) - X put its troops on alert": "its" is X's, the wire
  is no target; :func:`kg.extract._discourse.in_dateline`);
* a border phrase hung on the forces or on their state of readiness names the target of a show of force ("put its
  troops on high alert along the border with Y", "raised the readiness of its forces on the border with Y";
  ``_constructions._force_placed``);
* the units of an army are moved, sent and stationed as troops are ("moved three divisions toward the frontier with Y"),
  and forces are rushed to a border (PETRARCH2 RUSH "* (TO BORDER)"); where forces go may hang on the last of
  coordinated forces ("sent 71 warplanes and nine ships toward Y");
* the place a withdrawal leaves: "the troops which it had sent to the border with Y" (the parse hangs "with Y" on the
  clause verb), "two bases in northern Y" (``_constructions._places_in``), "about 2,500 troops from Y" (the parse
  hangs the place left on the forces; ``patterns._forces_from_place_left``);
* an act noun nested in a phrase of the verb or of its object takes the "by" the parse hangs on the verb ("lodged a
  protest over the seizure of its boat by Y"; ``_arguments._verb_of_nested_act``);
* a body a state sets up to investigate acts for the state ("X set up a commission that will investigate Y";
  ``_constructions._body_founders``);
* the country a noun of attack's target lies in ("carried out air strikes on an airport in Y", as "struck an airport
  in Y" names Y; ``_arguments.struck_in``);
* a visit by inspectors is an inspection (PETRARCH2 VISIT "INSPECTOR *", CAMEO 090; ``patterns._inspectors_visit``).

All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from kg.extract._discourse import in_dateline
from kg.model import ArticleResult
from tests.conftest import events, expect

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("KABUL, March 3 (Reuters) - Pakistan closed the border crossing.", "Reuters", True),
        ("KABUL, March 3 (Reuters) - Pakistan closed the border crossing.", "Pakistan", False),
        ("ACCRA (AFP) - Ghana placed its army on standby.", "AFP", True),
        ("MAPUTO, May 9 - Mozambique reopened the port.", "MAPUTO", True),
        # a person's dates in brackets, a hyphenated modifier, a dash inside a clause: no dateline
        ("Ana Sol (May 2, 1901 - 1980) was a diplomat from Norway.", "Ana", False),
        ("Norway-backed monitors arrived in Sudan on Monday.", "Norway", False),
        ("Peru, Chile and Bolivia - all members of the bloc - signed the deal.", "Peru", False),
    ],
)
def test_in_dateline(nlp: Language, text: str, word: str, inside: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert in_dateline(token) is inside


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's wire service is no antecedent of "its", so no target of the show of force
        ("TBILISI, June 4 (Reuters) - Georgia put its border guards on high alert near the frontier with Russia, officials said.", ("Georgia", "mobilizes", "Russia")),
        ("ACCRA (AFP) - Ghana placed its army on standby along the border with Togo.", ("Ghana", "mobilizes", "Togo")),
        ("Ecuador raised the readiness of its troops on the border with Peru after the incident, officials said.", ("Ecuador", "mobilizes", "Peru")),
        ("Peru heightened the vigilance of its units at the frontier with Ecuador, the army said.", ("Peru", "mobilizes", "Ecuador")),
        # the units of an army
        ("Ethiopia has moved three divisions toward the frontier with Eritrea, diplomats said.", ("Ethiopia", "mobilizes", "Eritrea")),
        ("Chad sent two battalions to its border with Sudan on Tuesday.", ("Chad", "mobilizes", "Sudan")),
        ("Thailand stationed a regiment near the border with Cambodia in March.", ("Thailand", "mobilizes", "Cambodia")),
        # rushed there (PETRARCH2 RUSH "* (TO BORDER)")
        ("Sudan rushed troops to the border with Chad, witnesses said.", ("Sudan", "mobilizes", "Chad")),
        ("Morocco rushed two battalions toward the frontier with Mauritania.", ("Morocco", "mobilizes", "Mauritania")),
        # where the forces go, hung on the last of coordinated forces
        ("China sent 71 warplanes and nine ships toward Taiwan on Sunday, Taipei's defence ministry said.", ("China", "mobilizes", "Taiwan")),
        ("Russia dispatched bombers and two tankers toward Norway's coast.", ("Russia", "mobilizes", "Norway")),
        # no target, no force, or the subject's own land
        ("The hospital rushed doctors to the scene.", None),
        ("Japan sent warships and aircraft to its own islands.", None),
        ("LIMA, Aug 2 (Reuters) - Peru put its navy on alert, the defence ministry said.", None),
        ("Kenya put its police on alert in Nairobi.", None),
        ("Chile raised the readiness of its troops on the border with its northern province.", None),
        ("Ghana moved two divisions of its civil service to the new capital.", None),
    ],
)
def test_show_of_force_in_wire_copy(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda withdrew the troops that it had sent to the border with Somalia, officials said.", ("Uganda", "withdrawsFrom", "Somalia")),
        ("Chile pulled back the units it had moved to the frontier with Bolivia.", ("Chile", "withdrawsFrom", "Bolivia")),
        ("Turkish forces withdrew from two bases in northern Iraq, according to Kurdish officials.", ("Turkish forces", "withdrawsFrom", "Iraq")),
        ("France withdrew its soldiers from three camps in Chad, the army said.", ("France", "withdrawsFrom", "Chad")),
        # a number of forces whose "from" phrase is the place they leave, not their country
        ("The United States withdrew about 2,500 troops from Iraq.", ("United States", "withdrawsFrom", "Iraq")),
        ("Britain withdrew roughly 900 soldiers from Estonia, officials said.", ("United Kingdom", "withdrawsFrom", "Estonia")),
        # another's people moved out, or the subject's own land: no place left
        ("Italy evacuated Libyan students from Tripoli.", None),
        ("Sudan withdrew its troops from the towns in its north.", None),
        ("The company withdrew from two bases in Iraq.", None),
    ],
)
def test_place_left_in_wire_copy(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


def test_talks_left_name_no_country(run: Run) -> None:
    """A meeting left in a city is no soil left: no withdrawal from the host country."""
    found = events(run("Ghana withdrew from the talks in Geneva."))
    assert not any(o == "Switzerland" for _, _, o in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland lodged a protest over the shelling of its villages by Belarus.", ("Poland", "protests", "Belarus")),
        ("Estonia protested over the detention of its border guard by Russia.", ("Estonia", "protests", "Russia")),
        ("TOKYO, April 2 (Kyodo) - Japan lodged a protest over the seizure of its fishing boat by China, officials said.", ("Japan", "protests", "China")),
        ("Greece ordered an inquiry into the seizure of its trawler by Turkey.", ("Greece", "investigates", "Türkiye")),
        # a noun of any act with its "of" patient, nested so, takes its own "by" or the verb's
        ("Estonia lodged a protest over the violation of its airspace by Russia.", ("Estonia", "protests", "Russia")),
        ("Poland strongly protested against the violation of its airspace by Belarusian helicopters.", ("Poland", "protests", "Belarus")),
        ("Chile protested over the treatment of its nationals by Bolivian police.", ("Chile", "protests", "Bolivian police")),
        ("Denmark ordered an inquiry into the sale of drones by Iran.", ("Denmark", "investigates", "Iran")),
        # the nested act is read too
        ("Japan lodged a protest over the seizure of its fishing boat by China.", ("China", "coerces", "Japan")),
        # a "by" of no actor names no one
        ("Norway lodged a complaint over the seizure of the cargo by customs.", None),
        ("The minister protested over the closure of the school by the council.", None),
    ],
)
def test_nested_act_agent_on_the_verb(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kosovo set up a commission that will investigate Serbia's role in the riots.", ("Kosovo", "investigates", "Serbia")),
        ("Ghana has appointed a panel which is examining Togo's handling of the border dispute, officials said.", ("Ghana", "investigates", "Togo")),
        ("Chile formed a team that will look into claims that Peruvian officials took bribes.", ("Chile", "investigates", "Peruvian officials")),
        # a body set up for another task, or one the subject did not set up
        ("Kenya set up a committee that will review school fees.", None),
    ],
)
def test_body_set_up_to_investigate(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


def test_body_of_another_is_not_the_subjects(run: Run) -> None:
    """The commission that investigated Y, welcomed by X, is no body of X's."""
    found = events(run("Peru welcomed the commission that investigated Chile's role."))
    assert ("Peru", "investigates", "Chile") not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel carried out air strikes on an airport in Syria on Monday, the Syrian army said.", ("Israel", "attacks", "Syria")),
        ("Turkey's raid on a hilltop hamlet in Iraq killed five.", ("Türkiye", "attacks", "Iraq")),
        ("Russia launched an attack against a convoy in Ukraine.", ("Russia", "attacks", "Ukraine")),
        # the doer's own land, or a strike of workers
        ("Nigeria carried out air strikes on hideouts in its own north.", None),
        ("The strike on a factory in Germany was called off by the union.", None),
    ],
)
def test_attack_on_a_place_in_a_country(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN investigators visited Ethiopia's Tigray region last week, a spokesman said.", ("United Nations", "investigates", "Ethiopia")),
        ("Chinese inspectors visited Australian beef farms.", ("China", "investigates", "Australia")),
        ("IAEA inspectors visited Iran on Monday.", ("International Atomic Energy Agency", "investigates", "Iran")),
    ],
)
def test_inspectors_visit(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    expect(events(run(text)), expected)


def test_a_minister_visit_stays_a_visit(run: Run) -> None:
    found = events(run("The Indian foreign minister visited Nepal."))
    assert ("India", "visits", "Nepal") in found and not any(p == "investigates" for _, p, _ in found), found
