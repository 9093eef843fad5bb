"""Bulleted readouts (kg/extract/_readouts.py): a bullet without a subject is its issuer's act, on invented texts."""

from __future__ import annotations

from collections.abc import Callable

from conftest import triples
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def events(result: ArticleResult) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) labels of the result's event statements (not people's titles)."""
    return {t for t in triples(result) if t[1] not in ("leaderOf", "officialOf")}


DASHES = """Readout of Prime Minister Albanese's Call with President Lula of Brazil

Prime Minister Anthony Albanese spoke with President Luiz Inácio Lula da Silva of Brazil today.

- The two leaders discussed the war in Ukraine.
- Both sides agreed to expand trade in agricultural products.
- Condemned the missile attacks by Russia on civilian targets.
- Invited President Lula to visit Canberra next year.
"""

LABELLED = """Fact sheet: Foreign Minister Penny Wong's meeting with Foreign Minister Wang Yi of China

Foreign Minister Penny Wong met Foreign Minister Wang Yi in Beijing on Monday.

The Minister:
* reaffirmed support for a peaceful settlement in the Taiwan Strait;
* urged China to lift the remaining trade barriers;
* welcomed the resumption of ministerial dialogue.
"""

NUMBERED_JOINT = """Joint readout of the meeting between President Ruto of Kenya and President Samia Suluhu Hassan of Tanzania

President William Ruto met President Samia Suluhu Hassan in Arusha on Friday.

1. Agreed to remove non-tariff barriers on the common border.
"""


def test_dash_bullets_are_the_heading_owners_acts(run: Run) -> None:
    found = events(run(DASHES))
    assert ("Anthony Albanese", "criticizes", "Russia") in found
    assert ("Anthony Albanese", "invites", "Luiz Inácio Lula da Silva") in found
    # "The two leaders" / "Both sides" keep their own subject: the sides of the call
    assert ("Australia", "tradesWith", "Brazil") in found
    # the invited visit has not happened
    assert not [t for t in found if t[1] == "visits"]


def test_bullets_under_an_office_label_are_the_issuers(run: Run) -> None:
    result = run(LABELLED)
    demands = [s for s in result.statements if s.predicate.name == "demands" and s.object.label == "China"]
    assert [(s.subject.label, s.attributed_to.label if s.attributed_to else None) for s in demands] == [("Penny Wong", "Penny Wong")]


def test_numbered_bullets_of_a_joint_readout_are_both_sides(run: Run) -> None:
    found = {t for t in events(run(NUMBERED_JOINT)) if t[1] == "agreesTo"}
    subjects = {s for s, _, _ in found}
    # ("President Ruto of Kenya" names the president himself since session 22: a title before a known surname)
    assert len(subjects) == 2 and {"William Ruto", "Samia Suluhu Hassan"} == subjects, found


def test_readout_without_a_known_issuer_abstains(run: Run) -> None:
    text = "Readout\n\nIssued by the press office on Friday:\n\n- Condemned the missile attacks by Russia on civilian targets.\n- Urged Iran to release the detained sailors.\n"
    found = events(run(text))
    assert not [t for t in found if t[1] in ("criticizes", "demands")], found


def test_bullets_outside_a_readout_get_no_subject(run: Run) -> None:
    text = (
        "Week in review\n\nPrime Minister Anthony Albanese met President Lula of Brazil on Monday.\n\n"
        "Other news of the week:\n- Condemned the missile attacks by Russia on civilian targets.\n- Urged Iran to release the detained sailors.\n"
    )
    found = events(run(text))
    assert not [t for t in found if t[1] in ("criticizes", "demands")], found


def test_a_list_of_facts_is_no_readout(run: Run) -> None:
    text = "Key facts about the region\n\nThe following countries border the lake:\n- Kenya, which has the longest shoreline.\n- Uganda, which hosts the largest port.\n- Tanzania, whose fisheries supply Europe.\n"
    assert events(run(text)) == set()
