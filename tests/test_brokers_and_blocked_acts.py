"""A broker stands between the sides of what it brokers, and an act another blocks did not happen (issue 16).

* "X brokered a ceasefire (a truce, a deal) between Y and Z" and "helped broker a peace deal between Y and Z": X
  mediates between Y and Z (PETRARCH2 BROKER, CAMEO 045), not a topic "ceasefire between Y and Z"; a host of talks
  between Y and Z mediates too, and is no party to them ("X hosted talks between Y and Z": Y and Z meet; session 22);
* an act blocked, vetoed or thwarted by another is negated, as a cancelled one: "W blocked X's aid package for Y",
  "W blocked X's sanctions against Y"; an act approved or pledged is not.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import modalities
from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "broker", "sides"),
    [
        ("Oman brokered a ceasefire between Yemen and Saudi Arabia.", "Oman", ("Yemen", "Saudi Arabia")),
        ("Kuwait helped broker a peace deal between Bahrain and Qatar.", "Kuwait", ("Bahrain", "Qatar")),
        ("Angola brokered a truce between Rwanda and Burundi last year.", "Angola", ("Rwanda", "Burundi")),
    ],
)
def test_a_broker_mediates_between_the_sides(run: Run, text: str, broker: str, sides: tuple[str, str]) -> None:
    found = modalities(run(text))
    for side in sides:
        assert (broker, "mediates", side) in found, found
    assert not [k for k in found if k[1] == "mediates" and k[2] not in sides], found


def test_a_host_of_talks_between_two_sides_mediates_and_the_sides_meet(run: Run) -> None:
    """Since session 22 (PETRARCH2 "HOST * TALKS (BETWEEN)"): the host mediates, and is no party to the talks
    (tests/test_hosted_talks.py)."""
    found = modalities(run("Kenya hosted talks between Ethiopia and Eritrea."))
    assert ("Kenya", "mediates", "Ethiopia") in found and ("Kenya", "mediates", "Eritrea") in found, found
    assert ("Ethiopia", "meetsWith", "Eritrea") in found, found
    assert not [k for k in found if k[0] == "Kenya" and k[1] != "mediates"], found


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Slovakia blocked the EU's aid package for Moldova.", ("European Union", "providesAidTo", "Moldova")),
        ("Cyprus blocked the EU's sanctions against Belarus.", ("European Union", "sanctions", "Belarus")),
        ("Austria thwarted the EU's aid package for Serbia.", ("European Union", "providesAidTo", "Serbia")),
    ],
)
def test_an_act_another_blocks_is_negated(run: Run, text: str, act: tuple[str, str, str]) -> None:
    found = modalities(run(text))
    assert found.get(act) is Modality.NEGATED, found


def test_a_veto_rejects_the_actor_and_asserts_no_act(run: Run) -> None:
    found = modalities(run("Greece vetoed the EU's aid package for North Macedonia."))
    assert ("Greece", "rejects", "European Union") in found, found
    assert found.get(("European Union", "providesAidTo", "North Macedonia")) in (None, Modality.NEGATED), found


def test_an_act_pledged_is_not_negated(run: Run) -> None:
    found = modalities(run("Norway pledged an aid package for Moldova."))
    assert found.get(("Norway", "providesAidTo", "Moldova")) is Modality.INTENDED, found


@pytest.mark.parametrize(
    ("text", "judged", "sufferer"),
    [
        ("Austria vetoed new EU sanctions on Belarus.", "European Union", "Belarus"),
        ("Greece opposed the Turkish blockade of Cyprus.", "Türkiye", "Cyprus"),
        ("Chile condemned Bolivian raids against Peru.", "Bolivia", "Peru"),
    ],
)
def test_a_judged_act_names_its_doer_not_its_target(run: Run, text: str, judged: str, sufferer: str) -> None:
    """The target of a judged act done to someone is no target of the judgement, also when the parse hangs its
    phrase on the judging verb ("vetoed new EU sanctions [on Y]")."""
    objects = {s.object.label for s in run(text).statements if s.predicate.category in ("REJECT", "DISAPPROVE", "ACCUSE")}
    assert judged in objects and sufferer not in objects, objects
