"""Gender agreement of "he", "she", "his", "her" (kg/extract/_gender.py, kg/extract/_discourse.py), on invented texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def criticisms(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {t for t in triples(result) if t[1] == "criticizes"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title says who is "she": the man named first is passed over
        ("Mr Olaf Scholz met Mrs Theresa May in Berlin. She criticized Russia over the raid.", ("Theresa May", "criticizes", "Russia")),
        # ... and who is "he"
        ("Mr Emmanuel Macron met Mrs Giorgia Meloni on Tuesday. He criticized Russia over the raid.", ("Emmanuel Macron", "criticizes", "Russia")),
        # both known to agree: the previous sentence's subject
        ("Mr Emmanuel Macron met Mr Olaf Scholz on Tuesday. He criticized Russia over the raid.", ("Emmanuel Macron", "criticizes", "Russia")),
        # a pronoun resolved earlier with one candidate teaches her gender
        (
            "Giorgia Meloni arrived in Paris on Monday. She praised France for its help. "
            "President Emmanuel Macron met Giorgia Meloni on Tuesday. She criticized Russia over the raid.",
            ("Giorgia Meloni", "criticizes", "Russia"),
        ),
        # "Prime Minister Mrs ...": the title after the office; "her government" is her country
        ("Prime Minister Mrs Mette Frederiksen welcomed Justin Trudeau. Her government condemned Russia over the raid.", ("Denmark", "criticizes", "Russia")),
    ],
)
def test_pronoun_takes_the_person_of_its_gender(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert criticisms(run(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # nothing known of either: two candidates remain
        "President Emmanuel Macron met Giorgia Meloni on Tuesday. She criticized Russia over the raid.",
        # both known to agree, and the subject is not one of them: two candidates remain
        "Talks in Oslo brought Ms Jacinda Ardern and Ms Mette Frederiksen together. She criticized Russia over the raid.",
        # the only person named is known not to agree
        "Mr Olaf Scholz arrived in Paris. She criticized Russia over the raid.",
    ],
)
def test_pronoun_abstains_without_one_agreeing_person(run: Run, text: str) -> None:
    assert criticisms(run(text)) == set()


def test_a_title_inside_a_name_says_nothing() -> None:
    from kg.extract._gender import _genders_of

    # the words of the name itself are left out before this is called ("Sheikh" in a woman's name)
    assert _genders_of(["prime", "minister", "mrs"]) == {"f"}
    assert _genders_of(["mr", "mrs"]) == {"m", "f"}  # contradictory: the caller leaves the gender unknown
