"""Acts and bodies of force led by a state (PLOVER ASSAULT; CAMEO 19, 190, 191 blockade, 195 aerial weapons): "X-led" or
"X-headed" before a strike, raid, offensive, operation, mission, blockade or force makes X their doer, as a demonym
("Israeli air strikes") does; "coalition air strikes" act for the leader of the coalition the article named; the arms,
forces and strikes of / by / from an X-led coalition act for X; so does an act "led by" a named state, and an inquiry
led by X (CAMEO 09, its findings 112). An attack on an armed group is not on the country it is in. "X-backed" names a
supporter, no side. kg/extract/_arguments.py _actor, _led_act_doers, _led_by; kg/extract/_discourse.py
_coalition_forces, coalition_leaders; word sets _words._LEADING, _LED_ACTS."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples, events

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes led, as the subject of a verb of striking; the target's army positions name the target
        ("Nigerian-led strikes hit Cameroonian army positions on Sunday.", ("NGA", "attacks", "CMR")),
        # airstrikes, perfect tense, a country's name before "-led"
        ("Ethiopia-led airstrikes have pounded Eritrean border posts since May.", ("ETH", "attacks", "ERI")),
        # an abbreviation with full stops before "-led"
        ("U.K.-led air strikes destroyed an Argentine radar station.", ("GBR", "attacks", "ARG")),
        # a mission led, verb of attacking
        ("A Chadian-led mission attacked Sudanese army units near the border.", ("TCD", "attacks", "SDN")),
        # a raid led, passive voice: the target is the subject
        ("Venezuelan troops were killed in a Colombian-led raid.", ("COL", "attacks", "VEN")),
        # "-headed" as "-led"
        ("An Indian-headed operation shelled Pakistani lines in Kashmir.", ("IND", "attacks", "PAK")),
        # an offensive led, with its target after "against"
        ("The Rwandan-led offensive against Burundian forces stalled in the hills.", ("RWA", "attacks", "BDI")),
    ],
)
def test_an_act_of_force_led_by_a_state_is_its_attack(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air strikes led by Egypt hit Libyan army depots near Derna.", ("EGY", "attacks", "LBY")),
        ("A mission headed by Senegal attacked Gambian army barracks.", ("SEN", "attacks", "GMB")),
    ],
)
def test_an_act_of_force_led_by_a_named_state_is_its_attack(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


def test_a_force_led_by_an_officer_is_no_act_of_the_officers_state(run: Run) -> None:
    found = country_triples(run("The peacekeeping force led by a Ghanaian commander attacked gangs in Liberia."))
    assert not [t for t in found if t[0] == "GHA"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Finnish-led inquiry blamed Belarus for the border incident.", ("Finland", "accuses", "Belarus")),
        ("An investigation headed by the OSCE has accused Azerbaijan of shelling villages.",
         ("Organization for Security and Co-operation in Europe", "accuses", "Azerbaijan")),
        ("The Belgian-led investigation into Rwanda's role in the shooting went on.", ("Belgium", "investigates", "Rwanda")),
    ],
)
def test_an_inquiry_led_by_a_state_or_body_acts_for_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = events(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a mission led, as where troops are sent, stays the mission (a topic), not its leader
        ("Latvia sent troops to the Swedish-led mission in Kosovo.", "participatesIn"),
        # an operation led, as what is welcomed or condemned, is no party
        ("Chile welcomed the Brazilian-led operation.", None),
    ],
)
def test_an_act_led_that_is_done_to_is_no_actor(run: Run, text: str, kept: str | None) -> None:
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements}
    assert not [t for t in found if t[2] in ("Sweden", "Brazil")], found
    if kept:
        assert [t for t in found if t[1] == kept], found


def test_a_title_case_headline_reads_its_led_strikes(run: Run) -> None:
    # the parse takes "Led" for a name compounded with the strikes
    found = country_triples(run("Tanzanian-Led Strikes Hit Mozambican Army Bases"))
    assert ("TZA", "attacks", "MOZ") in found, found


def test_a_blockade_led_by_a_state_is_its_coercion(run: Run) -> None:
    found = country_triples(run("The Egyptian-led blockade of Libya entered its third month."))
    assert ("EGY", "coerces", "LBY") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "coalition air strikes": the parse hangs "coalition" on "air"
        ("The Kenyan-led coalition moved north. Coalition air strikes then hit Somali army depots.", ("KEN", "attacks", "SOM")),
        # "a coalition drone strike", in a later sentence
        ("A coalition led by Algeria massed on the frontier. On Friday a coalition drone strike killed Malian soldiers.",
         ("DZA", "attacks", "MLI")),
    ],
)
def test_a_coalitions_strikes_act_for_its_leader(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets of the Jordanian-led coalition struck Syrian army depots.", ("JOR", "attacks", "SYR")),
        ("Strikes by the Kenyan-led coalition hit Somali government posts.", ("KEN", "attacks", "SOM")),
        ("Troops from the Nigerian-led coalition shelled Nigerien army positions.", ("NGA", "attacks", "NER")),
    ],
)
def test_the_arms_of_a_coalition_led_by_a_state_act_for_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


def test_a_coalition_with_no_leader_names_no_doer_of_its_strikes(run: Run) -> None:
    found = country_triples(run("The Danish governing coalition met on Monday. Coalition air strikes hit Estonian army posts."))
    assert not [t for t in found if t[1] == "attacks"], found


def test_members_of_a_coalition_are_not_its_leader(run: Run) -> None:
    found = country_triples(run("Members of the Kenyan-led coalition shelled Somali army positions."))
    assert ("KEN", "attacks", "SOM") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a study, a team, talks and an inquiry led do no act of force
        "A Swiss-led study found that the vaccine works in mice.",
        "The Argentine-led team won the cup in Lisbon.",
        "Norwegian-led talks began in Oslo on Tuesday.",
        "A Canadian-led inquiry into the crash opened in June.",
        # strikes with no doer named
        "The strikes hit targets across the city overnight.",
        # a labour strike led by a union, no state
        "A union-led strike shut the port for two days.",
    ],
)
def test_nothing_led_by_a_state_is_read_where_no_act_of_force_is(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] in ("attacks", "coerces")], found


@pytest.mark.parametrize(
    ("text", "backer", "target"),
    [
        ("Iran-backed militias attacked Kuwaiti bases in Iraq.", "IRN", "KWT"),
        ("Chinese-backed rebels shelled Burmese army positions.", "CHN", "MMR"),
        ("Syrian-funded fighters raided Lebanese border posts.", "SYR", "LBN"),
    ],
)
def test_a_backer_is_no_side_of_what_the_backed_do(run: Run, text: str, backer: str, target: str) -> None:
    found = country_triples(run(text))
    assert (backer, "attacks", target) not in found, found


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        ("Chadian-led strikes killed Boko Haram militants in Nigeria.", "Boko Haram", "Nigeria"),
        ("Emirati drones struck al-Shabaab fighters in Mogadishu.", "al-Shabaab", "Somalia"),
        ("The Kenyan-led coalition bombed al-Shabaab camps in Somalia.", "al-Shabaab", "Somalia"),
    ],
)
def test_an_attack_on_an_armed_group_is_not_on_the_country_it_is_in(run: Run, text: str, group: str, place: str) -> None:
    found = events(run(text))
    targets = {o for _, p, o in found if p == "attacks"}
    assert group in targets, found
    assert place not in targets, found


def test_an_attack_on_a_place_with_no_group_is_on_its_country(run: Run) -> None:
    found = country_triples(run("Chadian jets bombed a market in Nigeria."))
    assert ("TCD", "attacks", "NGA") in found, found
