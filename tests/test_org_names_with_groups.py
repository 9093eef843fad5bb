"""An organisation's name that ends with a preposition the ruler took a known name out of is completed by that name
(kg.resolve._organization): "the Global Coalition against" + "Al-Shabaab" is one organisation, and a member of it is
no member of the group it is against."""

from __future__ import annotations

from collections.abc import Callable

from conftest import triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


def test_a_name_after_the_closing_preposition_completes_the_organisation(run: Run) -> None:
    found = triples(run("Canada belongs to the Global Coalition against Al-Shabaab."))
    assert ("Canada", "memberOf", "Global Coalition against Al-Shabaab") in found


def test_a_member_of_an_organisation_named_after_a_group_is_no_member_of_the_group(run: Run) -> None:
    found = triples(run("Ghana is a founding member of the Partnership for Boko Haram Victims."))
    members = {o for s, p, o in found if s == "Ghana" and p == "memberOf"}
    assert members and all(o.startswith("Partnership for") for o in members), found
