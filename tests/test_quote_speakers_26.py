"""Who said it: the speaker of a quotation named before it, and commentators who speak for themselves (session 26).

* A "he" or "she" who speaks a quotation is the person named before the quotation opens, as the apposition of an
  office names them ("Y's foreign minister, Ana Sol, arrived ... “...,” she said"), however many sentences or
  paragraphs the quotation runs; "He added: “...”" the same. The first person inside ("we", "our soldiers") is
  then that person's country (``kg.extract._context._Context._first_person``,
  ``kg.extract._discourse.quoted_speaker``). A quotation left open at a paragraph's end in straight quotes goes on
  in the next paragraph that opens with a quote mark.
* Analysts, experts, academics, professors, commentators, columnists, researchers and think tanks speak for
  themselves: "a Y-ian analyst said Z's move was reckless" is no act of Y, and their "we" is not Y
  (sector ``commentators`` of ``kg/data/sectors.tsv``, ``kg.gazetteer.speaks_for_itself``), nor is a person the
  article describes as one ("Romanian analyst Ion Rusu", ``kg._titles.private_speakers``); what they report keeps
  them as its speaker.

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _said(result: ArticleResult) -> set[tuple[str | None, str, str | None, str | None]]:
    """(subject country, predicate, object country, speaker label) of the events of a result."""
    return {
        (s.subject.country, s.predicate.name, s.object.country, s.attributed_to.label if s.attributed_to else None)
        for s in result.statements
        if s.predicate.category != "STRUCTURAL"
    }


# ------------------------------------------------------------------ speakers named before the quotation
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after a one-sentence quotation, the speaker named in an office's apposition
        (
            "Ghana's foreign minister, Kofi Mensah, spoke in Accra on Monday.\n\n“We condemn Togo's decision to close the border,” he said.",
            ("GHA", "criticizes", "TGO", "Kofi Mensah"),
        ),
        # "He added:" before the quotation, a sentence after the one naming him
        (
            "Chile's president, Rodrigo Fuentes, met Argentine officials on Monday. He praised their patience.\n\n"
            "He added: “We condemn Bolivia's closure of the border.”",
            ("CHL", "criticizes", "BOL", "Rodrigo Fuentes"),
        ),
        # "our" inside the quotation: the speaker's country, owning what was attacked
        (
            "Kenya's president, William Otieno, addressed parliament on Monday.\n\n“Somalia has attacked our soldiers,” he said.",
            ("SOM", "attacks", "KEN", "William Otieno"),
        ),
        # "She said:" opening the quotation
        (
            "Vietnam's foreign ministry spokeswoman, Le Thi Hoa, held a briefing on Thursday.\n\n"
            "She said: “We strongly protest China's deployment of warships near our islands.”",
            ("VNM", "protests", "CHN", "Le Thi Hoa"),
        ),
        # a quotation of two paragraphs in curly quotes, its speaker a pronoun after the second
        (
            "Peru's foreign minister, Lucia Vargas, spoke in Lima on Friday.\n\n“Ecuador seized three of our boats. We condemn "
            "Ecuador's seizure of the boats.\n\n“We will not negotiate under pressure,” she said.",
            ("PER", "criticizes", "ECU", "Lucia Vargas"),
        ),
        # the same in straight quotes: the first paragraph is left open and goes on in the next
        (
            'Estonia\'s defence minister, Maria Tamm, visited the border on Monday.\n\n"Russia has violated our airspace. We condemn '
            'Russia\'s incursion.\n\n"We will ask our allies for help," she said.',
            ("EST", "criticizes", "RUS", "Maria Tamm"),
        ),
        # a bare title after a quotation of several sentences
        (
            "Norway's defence minister, Kari Lund, visited the base on Friday.\n\n“The sky was clear. Our pilots saw everything. "
            "We condemn the Russian incursion,” the minister said.",
            ("NOR", "criticizes", "RUS", "Kari Lund"),
        ),
    ],
)
def test_a_quotation_is_its_speakers_named_before(run: Run, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _said(run(text))


def test_the_quotations_own_words_do_not_name_its_speaker(run: Run) -> None:
    found = _said(run("Latvia's defence minister, Inese Kalnina, visited the border on Monday.\n\n"
                      "“I met Jonas Petraitis yesterday. We condemn Belarus's incursion,” she said."))
    assert ("LVA", "criticizes", "BLR", "Inese Kalnina") in found


@pytest.mark.parametrize(
    "text",
    [
        # two men named before: "he" could be either
        "Mongolia's president, Bat Erdene, and China's premier, Li Wei, met on Tuesday.\n\n“We condemn Nepal's decision,” he said.",
        # nobody named before
        "The talks ended without agreement on Monday.\n\n“We condemn Nepal's decision,” he said.",
    ],
)
def test_an_unknown_speakers_we_is_nobody(run: Run, text: str) -> None:
    assert not {s for s in _said(run(text)) if s[1] == "criticizes"}


# ------------------------------------------------------------------ commentators speak for themselves
@pytest.mark.parametrize(
    "text",
    [
        "A Greek analyst said Turkey's move was reckless.",
        "Cyprus's move was reckless, a Turkish analyst said.",
        "A Polish commentator condemned Belarus for the border crisis.",
        "Indian experts accused Bangladesh of sheltering smugglers.",
        "An Egyptian columnist criticized Ethiopia over the dam.",
        "A Japanese scholar praised South Korea for its restraint.",
        "A Chinese researcher accused Vietnam of provocation.",
        "A Kenyan think tank accused Uganda of blocking trade.",
        "Sudanese academics praised Egypt for its mediation.",
        "“Armenia's decision is dangerous,” an Azerbaijani professor said.",
        "According to a Moroccan political scientist, Algeria's move was a mistake.",
    ],
)
def test_a_commentator_is_not_their_state(run: Run, text: str) -> None:
    assert not run(text).statements


def test_a_commentators_we_is_not_their_state(run: Run) -> None:
    found = _said(run("“We condemn Russia's attack on Moldova,” a Romanian professor told the newspaper."))
    assert not {s for s in found if s[0] == "ROU"}
    assert ("RUS", "attacks", "MDA", "Romanian professor") in found


@pytest.mark.parametrize(
    "text",
    [
        "“We condemn Russia's raid on Moldova,” said Ion Rusu, a Romanian analyst.",
        "Romanian analyst Ion Rusu said: “We condemn Russia's raid on Moldova.”",
        "Romanian analyst Ion Rusu spoke on Monday. “We condemn Russia's raid on Moldova,” he said.",
        "Romanian analyst Ion Rusu condemned Russia's raid on Moldova.",
    ],
)
def test_a_named_commentator_is_not_their_state(run: Run, text: str) -> None:
    found = _said(run(text))
    assert not {s for s in found if s[1] == "criticizes"}
    assert ("RUS", "attacks", "MDA") in {s[:3] for s in found}


def test_a_quotation_after_a_commentators_is_not_an_earlier_officials(run: Run) -> None:
    found = _said(run("Chile's foreign minister, Ana Soto, spoke in Santiago on Monday. “We will talk to Peru,” Soto said.\n\n"
                      "“Peru's tariffs are a mistake,” a Chilean analyst said. “We condemn Peru's decision.”"))
    assert not {s for s in found if s[1] == "criticizes"}


def test_what_a_commentator_reports_keeps_its_speaker(run: Run) -> None:
    assert ("RUS", "threatens", "LVA", "Jonas Kazlauskas") in _said(run("A Lithuanian analyst, Jonas Kazlauskas, said Russia had threatened Latvia."))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greek officials criticized Turkey's decision to send a survey ship.", ("GRC", "TUR")),
        ("A Polish diplomat condemned Belarus for the border crisis.", ("POL", "BLR")),
    ],
)
def test_officials_still_act_for_their_state(run: Run, text: str, pair: tuple[str, str]) -> None:
    assert any((s[0], s[2]) == pair for s in _said(run(text)))
