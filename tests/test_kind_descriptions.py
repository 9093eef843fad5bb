"""A definite noun of an actor's kind stands for the actor named before it (issue 16).

"The Myanmar junta bombed villages. Thailand condemned the junta.": the junta is Myanmar's government. The
antecedent is the actor an earlier phrase headed by the same noun names ("the US-led coalition", "the Malian
junta"), in the noun's own sentence or the two before it; with none, the only actor of the noun's kind named in
the nearest of those sentences ("the group", "the rebels", "the militants": an armed group or movement of the
gazetteer; "the alliance", "the bloc": an intergovernmental body; "the regime", "the junta": a state's
government). Two candidates, none, or a sentence too far back leave the noun unresolved
(``kg.extract._discourse._described_actor``).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str | None]]:
    """(subject label, predicate, object X) of every statement, X the object's label, country and key."""
    return {(s.subject.label, s.predicate.name, side) for s in result.statements for side in (s.object.label, s.object.country, s.object.key)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same noun heads an earlier phrase that names a government: an object
        ("The Malian junta expelled a Danish contingent. Denmark condemned the junta on Friday.", ("Denmark", "criticizes", "MLI")),
        # the same noun, a led coalition resolved to its leader
        ("The US-led coalition launched airstrikes on Islamic State positions. Iran denounced the coalition.", ("Iran", "criticizes", "USA")),
        # the kind of actor: an armed group named before, a possessive of the target of an attack
        ("The Houthis seized a cargo ship in the Red Sea. The United States struck the rebels' radar sites.", ("United States", "attacks", "Houthis")),
        # the kind of actor, in the subject, two sentences later
        ("Boko Haram raided a village in Niger. Dozens of homes burned. The group later attacked a Chadian patrol.", ("Boko Haram", "attacks", "TCD")),
        # an intergovernmental body named before: "the bloc"
        ("ASEAN leaders met in Jakarta on Monday. China praised the bloc for its restraint.", ("China", "praises", "org/ASEAN")),
        # the act charged hung on the noun by the parse ("accused the junta of arming ...")
        ("The Guinean junta dissolved parliament. Sierra Leone accused the junta of arming border gangs.", ("Sierra Leone", "accuses", "GIN")),
        # the noun's own sentence, the antecedent before it
        ("After the Wagner group arrived in Libya, Egypt condemned the group.", ("Egypt", "criticizes", "Wagner")),
    ],
)
def test_a_noun_of_an_actors_kind_stands_for_the_actor_named_before(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # two juntas named before with the same noun, one of them unknown to the gazetteer: either could be meant
        ("Chad condemned the Malian junta and the Fabrikan junta. Senegal criticised the junta on Tuesday.", "Senegal"),
        # two armed groups named before: "the group" could be either
        ("Hamas and Hezbollah fired rockets at Israel. Israel struck the group's positions.", "Israel"),
        # "a group" of unnamed people is no organisation
        ("A group of gunmen attacked the Turkish consulate in Basra. Iraq condemned the group.", "Iraq"),
        # ... nor when the act charged to it is named
        ("A group of gunmen attacked the Turkish consulate in Basra. Iraq accused the group of working for Iran.", "Iraq"),
        # the antecedent three sentences back is too far
        ("The Malian junta expelled a Danish contingent. The troops left by train. Their families followed. Trade fell. Denmark condemned the junta.", "Denmark"),
        # a noun with words of its own is another group
        ("Hezbollah fired rockets at Israel. Egypt condemned the rebel group in Sudan.", "Egypt"),
    ],
)
def test_an_unsure_or_qualified_noun_of_a_kind_names_no_actor(run: Run, text: str, wrong: str) -> None:
    result = run(text)
    assert not [s for s in result.statements if s.subject.label == wrong], [(s.subject.label, s.predicate.name, s.object.label) for s in result.statements]
