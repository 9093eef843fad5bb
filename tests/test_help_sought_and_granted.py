"""Help sought from another and money granted (issue 16).

* seeking help is asking for it (CAMEO 023 "appeal for aid"): "X sought Y's support", "sought a loan from Y", "is
  seeking weapons from Y" (X demands Y); the help is not given ("sought Y's support" is no support by Y), and seeking
  cooperation stays one's own intent;
* a lender's approval, extension or disbursement of money is its grant (PETRARCH2 EXTEND * LOAN, CAMEO 071): "the IMF
  approved a loan for Y", "X extended a credit line to Y", "disbursed the second tranche to Y";
* weapons handed to a state are military aid (CAMEO 072): "X will transfer its fighter jets to Y", "gave Y two patrol
  boats and a helicopter", "lent its tanks to Y".

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwan sought Japanese support in its dispute over fishing rights.", ("Taiwan", "demands", "Japan")),
        ("Sri Lanka sought a loan from India last month.", ("Sri Lanka", "demands", "India")),
        ("Niger is seeking weapons from Russia.", ("Niger", "demands", "Russia")),
    ],
)
def test_seeking_help_asks_for_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(run(text))
    assert expected in found, found
    assert not [t for t in found if t[1] in ("supports", "providesAidTo")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The World Bank approved a $500 million loan for Kenya.", ("World Bank", "providesAidTo", "Kenya")),
        ("Qatar extended a $1 billion credit line to Turkey.", ("Qatar", "providesAidTo", "Türkiye")),
        ("Japan disbursed the first tranche to Sri Lanka.", ("Japan", "providesAidTo", "Sri Lanka")),
    ],
)
def test_money_approved_or_extended_is_granted(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The bank approved a mortgage for the family.",
        "Georgia seeks closer cooperation with the bloc's members.",
    ],
)
def test_no_help_sought_or_granted(run: Run, text: str) -> None:
    found = _triples(run(text))
    assert not [t for t in found if t[1] in ("demands", "providesAidTo")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovakia will transfer its fighter jets to Ukraine.", ("Slovakia", "providesAidTo", "Ukraine")),
        ("Australia gave Papua New Guinea two patrol boats and a helicopter.", ("Australia", "providesAidTo", "Papua New Guinea")),
        ("Spain lent its tanks to Latvia for the exercise.", ("Spain", "providesAidTo", "Latvia")),
    ],
)
def test_weapons_handed_to_a_state_are_military_aid(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """CAMEO 072: every verb of handing with every name of a weapon ("handed back the islands" is a concession)."""
    found = _triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgium handed over Leopard tanks to Lithuania.", ("Belgium", "providesAidTo", "Lithuania")),
        ("Kenya handed over two suspects to Uganda.", ("Kenya", "cooperatesWith", "Uganda")),
        ("Armenia handed over four villages to Azerbaijan.", ("Armenia", "concedes", "Azerbaijan")),
    ],
)
def test_a_particle_verbs_object_completes_its_trigger(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """"handed over tanks / suspects / villages": the object after the particle decides the act (military aid 072,
    judicial cooperation 063, a concession 08), as a preposition's object does for "deploy to the border"."""
    found = _triples(run(text))
    assert expected in found, found


def test_weapons_handed_to_no_state_are_nothing(run: Run) -> None:
    assert not run("The ministry gave the museum two old tanks.").statements
