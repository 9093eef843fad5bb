"""The extract stage's entry point: statements kept whatever the extractor, within the vocabulary's domains."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import ArticleResult

from conftest import triples


def test_a_person_is_no_member_where_the_vocabulary_has_countries_only(run: Callable[..., ArticleResult]) -> None:
    """"<Person> joined <Organisation>" is a job, not the membership (memberOf: Country -> Organization) of a country."""
    person = run("Trade Minister Kofi Boateng of Ghana visited Togo. Boateng joined the Cocoa Exporters Group in May.")
    assert not {t for t in triples(person) if t[1] == "memberOf"}
    country = run("Ghana joined the Cocoa Exporters Group in May.")
    assert ("Ghana", "memberOf", "Cocoa Exporters Group") in triples(country)
