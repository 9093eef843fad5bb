"""Known people whose names the NER misreads: taken for a place, or cut short at the start of a sentence.

The small English model sometimes labels a full name a place ("Antony Blinken met ..." as a GPE) or leaves a first
name out of the name at the start of a sentence ("Recep" of "Recep Tayyip Erdogan"). A known office-holder's name
read as a place is a person's, and a proper noun compounded into a name with no entity of its own is part of it.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _meetings(result: ArticleResult) -> set[tuple[str | None, str | None]]:
    return {(s.subject.country, s.object.country) for s in result.statements if s.predicate.name == "meetsWith"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Antony Blinken met Germany's foreign minister, Annalena Baerbock, in Berlin.", ("USA", "DEU")),
        ("Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Monday.", ("TUR", "RUS")),
        ("Recep Tayyip Erdogan hosted Vladimir Putin in Ankara.", ("TUR", "RUS")),
    ],
    ids=["full-name-as-place", "first-name-left-out", "first-name-left-out-2"],
)
def test_a_misread_known_name_is_the_person(run: Run, text: str, pair: tuple[str, str]) -> None:
    found = _meetings(run(text))
    assert pair in found, found


def test_the_completed_name_is_the_whole_name(run: Run) -> None:
    result = run("Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Monday.")
    assert "Recep Tayyip Erdoğan" in {s.subject.label for s in result.statements}


def test_a_place_before_a_name_stays_out_of_it(run: Run) -> None:
    # a country word compounded before a name is no first name ("Turkish Erdogan")
    result = run("Moscow hosted Turkish President Recep Tayyip Erdogan on Friday.")
    labels = {m.entity.label for m in result.mentions}
    assert not any(label.startswith(("Turkish", "Moscow")) and "Erdo" in label for label in labels), labels
