"""Part of an organisation, or part of one of its bodies (issue 16).

* "X is (became) part of O", "X, as part of O, ...": O named itself is an organisation X is a member of
  (kg/data/lexicon.yaml, the noun trigger "part of" with ``object_type: Organization``).
* "X, as part of the O mission (force, operation), ...", "X joined the O mission": a body named by its organisation
  is one X takes part in (participatesIn, the organisation as its object, as for "took part in the O mission"); it
  states no membership of O (``patterns._bodies_of``, ``_structural._names_a_body``).
* "the O mission to train Y's soldiers": an infinitive on a noun (which the parse may call a relative clause) names
  no act of the body's organisation (``_modality._hypothetical``).
* "as part of the coalition" (no organisation named), "as part of the deal", "part of Y" (a country): nothing.
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
        ("In 1986 Portugal became part of the European Union.", ("Portugal", "memberOf", "European Union")),
        ("Austria, as part of the European Union, voted for the tariffs.", ("Austria", "memberOf", "European Union")),
        ("As part of the African Union, Ghana voted for the resolution.", ("Ghana", "memberOf", "African Union")),
    ],
)
def test_part_of_an_organisation_is_membership(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))


@pytest.mark.parametrize(
    ("text", "member", "organisation"),
    [
        ("Norway is serving as part of the NATO mission to train Iraqi officers.", "Norway", "North Atlantic Treaty Organization"),
        ("Burundi, as part of the African Union force, patrolled the capital.", "Burundi", "African Union"),
        ("Denmark joined the NATO mission in Iraq.", "Denmark", "North Atlantic Treaty Organization"),
    ],
)
def test_part_of_a_body_is_participation_not_membership(run: Run, text: str, member: str, organisation: str) -> None:
    found = _triples(run(text))
    assert (member, "participatesIn", organisation) in found
    assert (member, "memberOf", organisation) not in found
    assert not [t for t in found if t[0] == organisation], found  # the body's infinitive is no act of the organisation


@pytest.mark.parametrize(
    "text",
    [
        "Japan is serving as part of the coalition.",
        "As part of the deal, Turkey will buy gas from Azerbaijan.",
        "Part of the aid went to Nepal.",
        "The province is part of Ethiopia.",
        "The Nordic Choir is a Danish ensemble, once part of the Royal Theatre in Copenhagen.",
    ],
)
def test_no_membership_from_other_parts(run: Run, text: str) -> None:
    assert not [t for t in _triples(run(text)) if t[1] in ("memberOf", "participatesIn")]
