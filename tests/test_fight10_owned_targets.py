"""The target of an act of force or coercion named through a thing it owns by a possessive pronoun (issue 16,
helper fight10): "X condemned the shelling of its border posts by Y" (Y attacks X, as "the shelling of X's border
posts by Y" does), "X protested after its fishing boats were seized by Y's coastguards" (Y coerces X), "X and W
condemned the detention of their sailors by Y" (``_constructions._owned_patients``; the pronoun's antecedent is
resolved by ``_discourse.refer``; of two states named before it, the one that is not the doer: "X condemned Y's
shelling of its posts", ``_discourse.patient_owner``; nothing when it is unsure).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]

_DONE_TO = ("ASSAULT", "COERCE")


def _acts(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.category, s.object.label) for s in result.statements if s.predicate.category in _DONE_TO}


@pytest.mark.parametrize(
    ("text", "doer", "category", "target"),
    [
        # a noun of attack, its "of" patient owned by "its", the doer in "by"
        ("Finland condemned the shelling of its border posts by Russian troops.", "Russian troops", "ASSAULT", "Finland"),
        ("Peru denounced the bombing of its villages by Chilean warplanes.", "Chilean warplanes", "ASSAULT", "Peru"),
        # a noun of coercion, "their" for coordinated owners
        ("Japan and South Korea condemned the detention of their sailors by Russian border guards.", "Russian border guards", "COERCE", "South Korea"),
        ("Lithuania condemned the kidnapping of its officer by Belarusian agents.", "Belarus", "COERCE", "Lithuania"),
        # a passive verb whose subject is owned by "its"
        ("Vietnam protested after its fishing boats were seized by Chinese coastguards.", "China", "COERCE", "Vietnam"),
        # two states before "its": the one that is not the doer
        ("Norway said Russian coastguards seized its trawlers.", "Russia", "COERCE", "Norway"),
        ("Cyprus condemned Turkey's shelling of its fishing boats.", "Türkiye", "ASSAULT", "Cyprus"),
    ],
)
def test_the_owner_of_the_patient_is_the_target(run: Run, text: str, doer: str, category: str, target: str) -> None:
    found = _acts(run(text))
    assert (doer, category, target) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # no doer, no state, no act of force
        "The navy praised the shelling of the dunes by artillery during the drill.",
        "Ghana condemned the arrest of its fishermen.",
        "The club condemned the shelling of its stadium by the rebels.",
        "Chile praised the rescue of its miners by Peruvian crews.",
        # two states besides the doer before the pronoun: its owner is not sure
        "Norway told Sweden that Russian coastguards seized its trawlers.",
    ],
)
def test_no_owned_target_without_a_doer_or_a_sure_owner(run: Run, text: str) -> None:
    assert not _acts(run(text))
