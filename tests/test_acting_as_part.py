"""A member acting "as part of" a coalition, an alliance or a multinational body acts for it too (session 25, coal25).

"X, as part of the coalition, struck Y" names a strike that is the coalition's as well as X's: the contingents of a
multinational force do a share of its own act, as its "coalition air strikes" do (CAMEO codes the acts of such a
force by the force; the "-led" coalitions of session 24 act for their leader the same way). The group gets the
member's statement as a second subject, with the same predicate, object, modality and evidence
(``kg/extract/_acting_for.py``, nouns in ``kg/data/acting_groups.yaml``). The group is an actor: an international
organisation ("as part of NATO"), a coalition by its name ("the X Coalition"), by its leader ("the X-led
coalition") or, bare, by the last coalition so named before ("the coalition"), or a body of forces its organisation names
("NATO's mission", "the African Union force").

What stays out:

* a share in a thing that is no actor: a deal, a plan, a package, a tour, a strategy, talks ("as part of the
  agreement, X will ...", "as part of his tour of Asia");
* a coalition of no name and no leader ("an international coalition"), or one "built" (not led) by a state;
* "as a member of" (a member acts in its own name, in a capacity it holds), a plain apposition of membership ("X, part
  of the EU, criticised Y": the membership is stated, the EU did nothing), "within NATO";
* an organ of a body ("as part of the Security Council": the council acts by its own decisions), a body of one
  country (a party);
* a negated act (one member not acting says nothing of the group), and the member's standing relations;
* an act on one of the group's own members (a member the article names as such): no relation between states.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


def _acts(result: ArticleResult, subject: str) -> set[tuple[str, str]]:
    """(predicate, object label) of the statements the subject (by label) makes, standing relations left out (a
    symmetric one either way round)."""
    acts = set()
    for s in result.statements:
        if s.predicate.category == "STRUCTURAL":
            continue
        if s.subject.label == subject:
            acts.add((s.predicate.name, s.object.label))
        elif s.predicate.symmetric and s.object.label == subject:
            acts.add((s.predicate.name, s.subject.label))
    return acts


@pytest.mark.parametrize(
    ("text", "group", "act"),
    [
        # a coalition named by its name, the phrase set off after the subject
        ("Egypt, as part of the Islamic Military Counter Terrorism Coalition, struck militant camps in Libya.",
         "Islamic Military Counter Terrorism Coalition", ("attacks", "Libya")),
        # an organisation named itself, the phrase fronted
        ("As part of NATO, Norway sent troops to Lithuania.", "North Atlantic Treaty Organization", ("mobilizes", "Lithuania")),
        # a body of forces its organisation owns, the phrase after the object
        ("As part of the European Union's naval mission, Italy deployed warships to Libya.", "European Union", ("mobilizes", "Libya")),
        # a body named by its organisation as a compound; a state's force as the member
        ("As part of the African Union force, Kenyan troops fought al-Shabaab in Somalia.", "African Union", ("fightsWith", "al-Shabaab")),
        # the subject handed down to a purpose clause
        ("Latvia has deployed instructors as part of NATO's mission to train Iraqi soldiers.", "North Atlantic Treaty Organization",
         ("providesAidTo", "Iraqi soldiers")),
        # an act of coercion by a member's jets
        ("As part of NATO's air policing mission, Spanish jets intercepted Russian bombers over the Baltic.",
         "North Atlantic Treaty Organization", ("coerces", "Russian bombers")),
        # a sanction
        ("As part of the EU, France imposed sanctions on Iran.", "European Union", ("sanctions", "Iran")),
        # the second of coordinated verbs shares the subject the phrase describes
        ("Pakistan sent jets as part of the Islamic Military Counter Terrorism Coalition and bombed Houthi bases in Yemen.",
         "Islamic Military Counter Terrorism Coalition", ("attacks", "Houthis")),
        # forces a passive moves, with no agent
        ("Hungarian soldiers were sent to Kosovo as part of the NATO mission.", "North Atlantic Treaty Organization",
         ("mobilizes", "Kosovo")),
        # the act under an adjective or a participle of a copula, which holds the subject and the phrase (session 26)
        ("Denmark, as part of NATO, is dedicated to expanding its military aid to Estonia.",
         "North Atlantic Treaty Organization", ("providesAidTo", "Estonia")),
        ("Spain, as part of NATO, is determined to keep supporting Latvia.", "North Atlantic Treaty Organization",
         ("supports", "Latvia")),
        ("As part of the European Union, Austria is ready to impose sanctions on Belarus.", "European Union",
         ("sanctions", "Belarus")),
    ],
)
def test_the_group_does_its_members_act(run: Run, text: str, group: str, act: tuple[str, str]) -> None:
    found = _acts(run(text), group)
    assert act in found, found


@pytest.mark.parametrize(
    ("text", "leader", "act"),
    [
        # a coalition named by its leader: the leader acts for it
        ("Jordan, as part of the US-led alliance, launched air strikes on Hezbollah positions in Syria.", "United States",
         ("attacks", "Hezbollah")),
        # a bare "the coalition" names the last coalition named before
        ("The Saudi-led coalition intervened in Yemen in 2015. Sudanese troops, as part of the coalition, fought Houthi rebels.",
         "Saudi Arabia", ("fightsWith", "Houthis")),
        ("The French-led coalition was formed in 2013. It has a base in Niamey. Its budget grew last year. Mali's army "
         "voted in June. As part of the coalition, Chadian troops attacked Boko Haram.", "France", ("attacks", "Boko Haram")),
    ],
)
def test_a_led_coalition_acts_through_its_leader(run: Run, text: str, leader: str, act: tuple[str, str]) -> None:
    found = _acts(run(text), leader)
    assert act in found, found


def test_the_groups_statement_keeps_the_members_modality_and_evidence(run: Run) -> None:
    result = run("Italy will send warships to Libya as part of the European Union's naval mission.")
    by_subject = {s.subject.label: s for s in result.statements if s.predicate.name == "mobilizes"}
    assert set(by_subject) == {"Italy", "European Union"}, by_subject
    member, group = by_subject["Italy"], by_subject["European Union"]
    assert member.modality is group.modality is Modality.INTENDED
    assert member.evidence == group.evidence and member.object == group.object
    assert group.confidence < member.confidence


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("France, as a member of NATO, imposed sanctions on Russia.", "North Atlantic Treaty Organization"),  # a capacity
        ("Portugal, part of the EU, criticised Angola.", "European Union"),  # a plain apposition of membership
        ("Within NATO, Hungary opposed new aid to Ukraine.", "North Atlantic Treaty Organization"),
        ("As part of the Security Council, Norway condemned Israel.", "United Nations Security Council"),  # an organ
        ("Qatar, as part of the Islamic Military Counter Terrorism Coalition, did not strike Yemen.",
         "Islamic Military Counter Terrorism Coalition"),  # negated
        # the group's own member (the article says so) is no target of the group
        ("Greece is a member of NATO. As part of NATO, Turkey criticized Greece.", "North Atlantic Treaty Organization"),
        # a body of one country (a party) is no group of states
        ("Kenya, as part of the Democratic Alliance of South Africa, criticized Uganda.", "Democratic Alliance of South Africa"),
        # the phrase describes a passive's subject, who suffers the act
        ("Estonia, as part of NATO, was criticized by Russia.", "North Atlantic Treaty Organization"),
        # an adjective of the subject's own state, no act
        ("Slovakia, as part of the European Union, is worried about Hungary.", "European Union"),
    ],
)
def test_no_group_acts(run: Run, text: str, actor: str) -> None:
    found = _acts(run(text), actor)
    assert not found, found


def test_a_coalition_of_no_leader_named_last_hides_an_earlier_one(run: Run) -> None:
    text = ("The US-led coalition struck Syria in May. Belgium's ruling coalition collapsed in June. "
            "As part of the coalition, Jordan attacked Hezbollah.")
    found = _acts(run(text), "United States")
    assert ("attacks", "Hezbollah") not in found, found


def test_a_coalition_built_not_led_names_no_one(run: Run) -> None:
    found = _acts(run("The United States built a coalition against the Islamic State. As part of the coalition, Australia bombed Iraq."),
                  "United States")
    assert ("attacks", "Iraq") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "As part of the agreement, Greece will withdraw its troops from Cyprus.",  # a deal is no actor
        "As part of an aid package, Germany sent food to Yemen.",
        "As part of its strategy, Japan will invest in Vietnam.",
        "As part of his tour of Asia, the French president visited Japan.",
        "As part of the talks, Israel released Palestinian prisoners.",
        "As part of an international coalition, Belgium struck targets in Syria.",  # no name, no leader
        "As part of Operation Sea Shield, Greek ships intercepted a Turkish tanker.",  # a named operation is an act
    ],
)
def test_only_the_member_acts_as_part_of_no_actor(run: Run, text: str) -> None:
    statements = run(text).statements
    subjects = {s.subject.key for s in statements if s.predicate.category != "STRUCTURAL"}
    assert len(subjects) <= 1, [(s.subject.label, s.predicate.name, s.object.label) for s in statements]


def test_no_standing_relation_is_copied(run: Run) -> None:
    result = run("As part of NATO, Norway sent troops to Lithuania.")
    assert not [s for s in result.statements if s.subject.label == "North Atlantic Treaty Organization" and s.predicate.category == "STRUCTURAL"]
