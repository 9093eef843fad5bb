"""A statement introduced by a lead-in paragraph ("Minister X said:" closing a paragraph; a press release's unquoted
statement follows): the first person of the paragraphs after it is X (kg/extract/_context.py _lead_in_speaker), for up
to six sentences and until another paragraph ends with a colon. A verb of encouraging with an infinitive is a request,
not a feeling the addressee has about the speaker (kg/extract/_evaluative.py _feelings)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean Foreign Minister Alberto van Klaveren said:\n\nI welcome the decision by the Government of Peru to reopen the border.",
         ("Alberto van Klaveren", "praises", "PER")),
        ("Kenyan Foreign Minister Musalia Mudavadi said:\n\nThe talks were long.\n\nI am appalled by the latest attack by Somali militants.",
         ("Musalia Mudavadi", "criticizes", "SOM")),
        ("The Irish foreign minister said:\n\nI condemn the Russian strikes on Odesa.", ("IRL", "criticizes", "RUS")),
    ],
)
def test_the_first_person_after_a_lead_in_is_its_speaker(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s.subject.label if s.subject.type.value == "Person" else s.subject.country, s.predicate.name, s.object.country) for s in run(text).statements}
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Notes to editors:\n\nI welcome the decision by the Government of Peru to reopen the border.",  # no speaker named
        "Chilean Foreign Minister Alberto van Klaveren said:\n\nThe talks were long.\n\nContacts:\n\nI welcome the decision by the Government of Peru.",
    ],
)
def test_no_lead_in_speaker_no_statement(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.name == "praises"]


def test_encouraging_another_to_act_is_no_praise_of_the_speaker(run: Run) -> None:
    text = "Chilean Foreign Minister Alberto van Klaveren said:\n\nI encourage the Government of Peru and the Government of Bolivia to work together."
    assert not [s for s in run(text).statements if s.predicate.name == "praises"]
