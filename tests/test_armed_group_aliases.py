"""Armed groups under their other names (kg/data/armed_groups.tsv, kg.gazetteer.transliterations), on invented texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import triples
from kg.gazetteer import load_gazetteer, transliterations
from kg.model import ArticleResult
from conftest import ISIL

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # acronyms
        ("ISIS militants attacked a Kenyan border post.", ISIL),
        ("ISIL fighters attacked a Kenyan border post.", ISIL),
        # the Arabic acronym, with and without its apostrophe
        ("Daesh attacked a Kenyan border post on Monday.", ISIL),
        ("Da'esh attacked a Kenyan border post on Monday.", ISIL),
        # qualified names
        ("The so-called Islamic State attacked a Kenyan border post.", ISIL),
        ("The self-styled Islamic State attacked a Kenyan border post.", ISIL),
        ("The Islamic State group attacked a Kenyan border post.", ISIL),
        # a longer translation of the name
        ("Fighters of the Islamic State in Iraq and al-Sham attacked a Kenyan border post.", ISIL),
        # the Arabic article written another way
        ("Al Qaida attacked a Kenyan border post on Monday.", "al-Qaeda"),
        # an apostrophe left out
        ("Kataib Hezbollah attacked a Kenyan border post on Monday.", "Kata'ib Hezbollah"),
        # a translated name (PETRARCH2 Phoenix dictionary)
        ("The Party of God attacked an Israeli border post on Monday.", "Hezbollah"),
    ],
)
def test_armed_group_alias_resolves_to_the_group(run: Run, text: str, group: str) -> None:
    result = run(text)
    labels = {s.subject.label for s in result.statements if s.predicate.name == "attacks"}
    expected = load_gazetteer().lookup(group)
    assert expected is not None and expected.label in labels, triples(result)


@pytest.mark.parametrize(
    "text",
    [
        # the goddess, not the group: "Isis" is no acronym
        "The temple of Isis was restored by Egypt with help from Italy.",
        # a broadcaster whose name starts with the Arabic article
        "Al Jazeera reported that Kenya had closed the border.",
    ],
)
def test_names_like_an_alias_name_no_group(run: Run, text: str) -> None:
    groups = {e.label for s in run(text).statements for e in (s.subject, s.object) if e.key.startswith("org/")}
    assert not groups & {ISIL, "al-Qaeda", "Hezbollah"}, groups


def test_transliterations_vary_only_the_article_and_the_apostrophe() -> None:
    assert transliterations("Hamas") == ["Hamas"]
    assert set(transliterations("al-Nusra Front")) == {"al-Nusra Front", "al Nusra Front", "Al-Nusra Front", "Al Nusra Front"}
    assert "Jama’at Nusrat al-Islam wal-Muslimin" in transliterations("Jama'at Nusrat al-Islam wal-Muslimin")
    assert not [t for t in transliterations("Jama'at Nusrat al-Islam wal-Muslimin") if "w al" in t.lower() or "wAl" in t]
