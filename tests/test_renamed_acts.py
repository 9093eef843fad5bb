"""Judgements of an act named again after its clause (kg/extract/_renamed.py, read by _constructions, _evaluative and
the participles of consequence of _arguments): "X did Z, a move Y criticised", "..., which Y condemned", "..., a step Y
called unfriendly", "..., sparking anger in Y" judge X, the doer of the renamed act, not the clause's object. A judge
of no one state, a judgement of no act, a denial and a judge of the doer's own country give nothing. All sentences are
invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]

_JUDGING = ("criticizes", "praises", "protests", "rejects", "accuses")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition of a noun of an act after a comma, the object (with or without "that") left out
        ("Ghana closed its border with Togo, a move Benin criticised.", ("BEN", "criticizes", "GHA")),
        ("Argentina expelled two Chilean diplomats, a move that Bolivia condemned.", ("BOL", "criticizes", "ARG")),
        ("Morocco lifted its ban on Spanish fish imports, a decision Madrid welcomed.", ("ESP", "praises", "MAR")),
        # after a dash, with an "as" label; after "in"
        ("Peru recalled its ambassador from Ecuador — a decision Colombia hailed as courageous.", ("COL", "praises", "PER")),
        ("Latvia banned Russian state broadcasters in a move Moscow condemned.", ("RUS", "criticizes", "LVA")),
        # a passive participle or a passive relative clause with its agent
        ("Egypt sent troops to Somalia, a move condemned by Ethiopia.", ("ETH", "criticizes", "EGY")),
        ("Serbia suspended its border controls with Hungary, a step that was praised by Austria.", ("AUT", "praises", "SRB")),
        # the doer of an infinitive the main verb controls
        ("Norway decided to expel three Russian diplomats, a move Moscow condemned.", ("RUS", "criticizes", "NOR")),
        # coordinated judges
        ("Russia annexed the island, a move that Japan and South Korea condemned.", ("KOR", "criticizes", "RUS")),
        # a noun of the lexicon's acts renames the act as a plain noun of an act does
        ("Syria fired rockets at Jordan, an attack Iraq condemned.", ("IRQ", "criticizes", "SYR")),
        ("Vietnam signed a fishing deal with Indonesia, an agreement Malaysia welcomed.", ("MYS", "praises", "VNM")),
    ],
)
def test_a_judgement_of_a_renaming_noun_judges_the_clause_subject(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # "which" set off by a comma stands for the clause, not for its last noun
        ("India banned Chinese apps, which Beijing condemned.", ("CHN", "criticizes", "IND"), None),
        ("Japan released the Korean fishing crew, which Seoul has welcomed.", ("KOR", "praises", "JPN"), None),
        ("Egypt bombed Libya, which Tunisia condemned.", ("TUN", "criticizes", "EGY"), ("TUN", "criticizes", "LBY")),
        ("Chile signed a trade deal with Peru, which Bolivia has welcomed.", ("BOL", "praises", "CHL"), ("BOL", "praises", "PER")),
        # the owner of the act named, inside the noun's own infinitive
        ("Poland's decision to build a fence along the border, which Minsk criticised, was approved by parliament.",
         ("BLR", "criticizes", "POL"), None),
    ],
)
def test_a_judgement_of_which_after_a_comma_judges_the_clause(run: Run, text: str, expected: tuple[str, str, str],
                                                               wrong: tuple[str, str, str] | None) -> None:
    found = country_triples(run(text))
    assert expected in found, found
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an evaluative label of the renamed act: an adjective, an "as" label, a noun label the parse makes the object
        ("Armenia froze its membership of the alliance, a step Moscow called unfriendly.", ("RUS", "criticizes", "ARM")),
        ("Estonia expelled a Russian consul, which Moscow described as hostile.", ("RUS", "criticizes", "EST")),
        ("Canada expelled an Indian diplomat, an action New Delhi called absurd.", ("IND", "criticizes", "CAN")),
        # a feeling the renamed act caused
        ("Greece vetoed the accession talks, a move that angered Ankara.", ("TUR", "criticizes", "GRC")),
        ("Kenya deported two Ugandan activists, which infuriated Kampala.", ("UGA", "criticizes", "KEN")),
    ],
)
def test_a_label_or_feeling_of_the_renamed_act_judges_its_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of consequence: "in" a country or its capital, "by" on the noun or the verb, "from"
        ("Norway seized a Russian trawler, sparking anger in Moscow.", ("RUS", "criticizes", "NOR")),
        ("Vietnam detained a Chinese survey ship, triggering condemnation by China.", ("CHN", "criticizes", "VNM")),
        ("Bolivia nationalised Brazilian gas fields, drawing sharp criticism from Brasilia.", ("BRA", "criticizes", "BOL")),
        # the verb of consequence with the act as its subject, or in a relative clause of the renamed act
        ("Australia's new visa rules drew outrage in Fiji.", ("FJI", "criticizes", "AUS")),
        ("Sweden extradited the Turkish journalist, a move that drew criticism from Germany.", ("DEU", "criticizes", "SWE")),
        ("Denmark burned the confiscated drugs, which drew praise from Norway.", ("NOR", "praises", "DNK")),
        # a feeling voiced is a criticism, as dismay is
        ("Pakistan voiced anger over India's decision to suspend the treaty.", ("PAK", "criticizes", "IND")),
    ],
)
def test_a_judgement_drawn_by_an_act_judges_its_doer(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # no state judges: analysts, markets, a group of no one state, the doer's own parliament
        "Ghana closed its border with Togo, a move analysts criticised.",
        "Ghana closed its border with Togo, a decision that surprised markets.",
        "Ghana closed its border with Togo, a move that most Western countries condemned.",
        "Ghana closed its border with Togo, a move welcomed by Ghana's own parliament.",
        # no judgement: a step sought, a denial of the act, protests held in a country, anger in a city
        "Ghana closed its border with Togo, a step Benin had long sought.",
        "Ghana closed its border with Togo, which Benin denied.",
        "Ghana closed its border with Togo, sparking protests in Benin.",
        "Ghana closed its border with Togo, sparking anger in Kumasi.",
        # a renamed act with no actor for its doer
        "The summit was held in Lima, a move Chile welcomed.",
        "The move, which Benin condemned, came after months of talks.",
    ],
)
def test_no_state_judges_or_no_act_is_judged(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[1] in _JUDGING], found


def test_which_judged_for_a_reason_of_its_own_stays_the_antecedent(run: Run) -> None:
    # distractor for the clause reading: "criticised for" names why the antecedent itself is judged
    found = country_triples(run("Egypt hosted the Sudanese general, which Ethiopia criticised for his record."))
    assert ("ETH", "criticizes", "EGY") not in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "which" after a clause of judgement renames what was judged, not the judging
        ("Sweden welcomed the accord between Chile and Peru, which Norway also praised.", ("NOR", "praises", "SWE")),
        ("Italy praised Greece's rescue effort, which Malta also welcomed.", ("MLT", "praises", "ITA")),
    ],
)
def test_which_after_a_judgement_does_not_judge_the_judge(run: Run, text: str, wrong: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert wrong not in found, found


def test_a_request_of_which_keeps_its_addressee(run: Run) -> None:
    # "which Y urged to ...": the relative names the one asked, the clause reading does not apply
    found = country_triples(run("The dispute concerns Austria, which Romania pressed to halt the dam."))
    assert ("ROU", "demands", "AUT") in found, found


def test_a_request_of_an_act_already_done_names_no_addressee(run: Run) -> None:
    # "..., which Y had demanded": asked for before it was done, of whom the sentence does not say
    found = country_triples(run("Norway expelled three Russian diplomats, which Sweden had demanded."))
    assert not [t for t in found if t[1] == "demands"], found
