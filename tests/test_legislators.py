"""A state's legislators acting through their chamber; chambers named by their rank; votes in a contest (session 23, legis23).

* Members named by the chamber they sit in act for it, as "members of the Knesset" do: "lawmakers in the Knesset",
  "deputies in the State Duma", "MPs in the Sejm" (kg.extract._arguments._sitting_chamber; the members' nouns are
  kg.gazetteer.legislator_nouns and _words._CHAMBER_MEMBERS). Lawmakers placed in a place that is no chamber of a
  state ("lawmakers in Texas") are no state's.
* "lower house", "upper house", "lower chamber", "upper chamber" are sector nouns of the legislature
  (kg/data/sectors.tsv): "Russia's lower house", "the upper house of Japan's parliament", "the X parliament's lower
  house" are that country's legislature; "the lower house of an old building" is none.
* A vote for or against a side in a contest between rivals (song contest, election of a chair, final) is no
  rejection (kg/data/contests.yaml ``votes``, kg.extract.patterns._contest_vote); a vote against sanctions on Y or
  against Y's motion stays one (PETRARCH2's "vote against", CAMEO 12).

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.gazetteer import legislator_nouns
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def test_legislator_nouns_hold_the_members_of_a_chamber() -> None:
    assert {"lawmaker", "legislator", "senator", "parliamentarian", "congressman"} <= legislator_nouns()
    assert "lower house" not in legislator_nouns()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawmakers in the Knesset passed a bill imposing sanctions on Iran.", ("ISR", "sanctions", "IRN")),
        ("Legislators in the Bundestag have approved sanctions against Belarus.", ("DEU", "sanctions", "BLR")),
        ("Deputies in the State Duma voted for new sanctions against Georgia.", ("RUS", "sanctions", "GEO")),
        ("MPs in the Sejm adopted a resolution that condemns Russia.", ("POL", "criticizes", "RUS")),
        ("Senators in the Riksdag condemned Iran's nuclear programme.", ("SWE", "criticizes", "IRN")),
        ("A law imposing sanctions on Moldova was approved by lawmakers in the State Duma.", ("RUS", "sanctions", "MDA")),
    ],
)
def test_members_sitting_in_a_named_chamber_act_for_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli lawmakers passed a bill imposing sanctions on Iran.", ("ISR", "sanctions", "IRN")),
        ("Polish legislators voted for sanctions against Russia.", ("POL", "sanctions", "RUS")),
        ("Japanese parliamentarians passed a resolution condemning China.", ("JPN", "criticizes", "CHN")),
    ],
)
def test_members_named_by_their_demonym_act_for_their_state(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's lower house of parliament approved sanctions against Moldova.", ("RUS", "sanctions", "MDA")),
        ("The upper house of Japan's parliament passed a resolution condemning China.", ("JPN", "criticizes", "CHN")),
        ("The Russian parliament's lower house approved a bill imposing sanctions on Georgia.", ("RUS", "sanctions", "GEO")),
        ("The upper house of Poland's parliament has passed sanctions against Moldova.", ("POL", "sanctions", "MDA")),
        ("Poland's upper chamber adopted a resolution condemning Belarus.", ("POL", "criticizes", "BLR")),
        ("Italy's lower house will vote for sanctions against Iran next week.", ("ITA", "sanctions", "IRN")),
    ],
)
def test_a_chamber_named_by_its_rank_is_the_legislature(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ireland voted against Britain.", ("IRL", "rejects", "GBR")),
        ("Hungary voted against Ukraine's motion at the assembly.", ("HUN", "rejects", "UKR")),
        ("Greece voted against Turkey in the election year.", ("GRC", "rejects", "TUR")),
    ],
)
def test_a_vote_against_a_side_outside_a_contest_stays_a_rejection(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    said = country_triples(run(text))
    assert expected in said, said


@pytest.mark.parametrize(
    "text",
    [
        # domestic acts, a chamber's own state, a US state's legislators, a building
        "Israeli lawmakers passed the budget.",
        "Lawmakers in the Knesset approved a pension reform.",
        "Texas lawmakers passed a bill imposing sanctions on Iran.",
        "Lawmakers in Texas passed a bill imposing sanctions on Iran.",
        "Lawmakers in the State Duma passed a law on Russia's budget.",
        "Water flooded the lower house of an old building.",
        "Russia's lower house of parliament approved the budget.",
        "The upper house of the museum reopened after repairs.",
        # votes in a contest between rivals
        "Ireland voted against Britain in the Eurovision.",
        "Sweden's jury voted against Norway in the song contest final.",
        "Greece voted against Turkey in the election for the council's chair.",
        "At the Eurovision Song Contest, Cyprus voted against Greece.",
        "Cyprus voted for Greece in the song contest.",
    ],
)
def test_distractors_give_no_state_relation(run: Run, text: str) -> None:
    said = {t for t in country_triples(run(text)) if t[0] and t[2] and len(str(t[2])) == 3}
    assert not said, said
