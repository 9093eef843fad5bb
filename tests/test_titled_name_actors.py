"""A person named in apposition to a title acts as that person, and a name the parse hangs after a verb as an
adverbial is its object (session 26).

"Kenya's President William Ruto met ..." parses the name as an apposition of "President": the person acts, not the
title's country (a name we cannot place keeps the title's owner as the actor, which says more). The same name is the
antecedent of a "he" in the next sentence. "met Ethiopian Prime Minister Abiy Ahmed" may parse as an adverbial noun
phrase whose head is the last word: a name phrase opening right after the verb is its object. People and countries
here are real office-holders of the gazetteer's leaders table; all sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _meetings(result: ArticleResult) -> set[tuple[str, str]]:
    return {(s.subject.label, s.object.label) for s in result.statements if s.predicate.name == "meetsWith"}


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Kenya's President William Ruto met Ethiopian Prime Minister Abiy Ahmed.", ("William Ruto", "Abiy Ahmed")),
        ("Kenya's president, William Ruto, met Ethiopia's prime minister on Monday.", ("William Ruto", "Ethiopia")),
        ("France's President Emmanuel Macron met Olaf Scholz in Paris.", ("Emmanuel Macron", "Olaf Scholz")),
        ("Kenya's President William Ruto arrived in Addis Ababa on Monday.\n\nHe met Abiy Ahmed at the palace.",
         ("William Ruto", "Abiy Ahmed")),
    ],
)
def test_the_named_office_holder_acts(run: Run, text: str, meeting: tuple[str, str]) -> None:
    found = _meetings(run(text))
    assert meeting in found or meeting[::-1] in found, found


def test_a_name_placed_by_its_title_acts_for_that_country(run: Run) -> None:
    found = {(s.subject.label, s.subject.country, s.object.label) for s in run("Norway's foreign minister, Kari Vollan, met Sweden's prime minister.").statements
             if s.predicate.name == "meetsWith"}
    assert ("Kari Vollan", "NOR", "Sweden") in found, found


def test_a_name_we_cannot_place_leaves_the_titles_country(run: Run) -> None:
    found = _meetings(run("The Netherlands' trade minister, Pim Dekker, met Belgium's prime minister."))
    assert ("Netherlands", "Belgium") in found, found


def test_a_title_with_no_name_is_no_person(run: Run) -> None:
    found = _meetings(run("The minister met Monday with officials."))
    assert not found, found
