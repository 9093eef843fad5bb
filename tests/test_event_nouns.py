"""Acts named by nouns (issue 16): the event nouns of every category (kg/data/lexicon_nouns.yaml, derived from
WordNet by scripts/build_event_nouns.py) with their doer and target attached as news writes them. Every sentence
is invented; each table ends with a distractor that must yield no event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import events, expect
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt's repudiation of Sudan's claims angered Khartoum.", ("Egypt", "rejects", "Sudan")),
        ("Ghana's snub of Togo's offer was noted in Lome.", ("Ghana", "rejects", "Togo")),
        ("Turkey's imprisonment of two Greek soldiers drew protests.", ("Türkiye", "coerces", "Greek soldiers")),
        ("The assassination of a Pakistani general by India shocked the region.", ("India", "attacks", "Pakistan")),
        ("Chile's extradition of the banker to Peru was welcomed by lawyers.", ("Chile", "cooperatesWith", "Peru")),
        ("The club's dismissal of its coach surprised fans.", None),
    ],
)
def test_an_event_noun_of_a_verb_names_its_act(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"X's N of Y", "the N of Y by X": a noun derived from a verb of a category names that category's act."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The praise for Ghana by Togo was noted.", ("Togo", "praises", "Ghana")),
        ("The veto of Chile's bid by Peru was expected.", ("Peru", "rejects", "Chile")),
        ("The backing for Kosovo by Albania was expected.", ("Albania", "supports", "Kosovo")),
        ("The demand for reparations from Germany by Poland was repeated.", ("Poland", "demands", "Germany")),
        ("The praise for the singer by the critics was loud.", None),
    ],
)
def test_the_agent_hung_on_the_patient_is_the_doer(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"the N for/of/to Y by X": the parse hangs "by X" on Y, the noun's patient or target."""
    expect(events(run(text)), expected)


def test_the_agent_of_an_act_inside_the_patient_is_not_the_doer(run: Run) -> None:
    """"an enquiry into smuggling by Y", "protests against abuses by Y": Y smuggled or committed the abuses."""
    found = events(run("Lithuania opened an enquiry into smuggling by Belarusian border guards."))
    assert ("Lithuania", "investigates", "Belarusian border guards") in found, found
    assert not {e for e in found if e[0] == "Belarusian border guards"}, found
    found = events(run("Bolivian students marched at rallies against the abuses by the Peruvian police."))
    assert not {e for e in found if e[0] == "Peruvian police"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The extradition of two bankers to Chile by Peru was completed.", ("Chile", "cooperatesWith", "Peru")),
        ("Islamabad's extradition of a suspect to Egypt was completed.", ("Egypt", "cooperatesWith", "Pakistan")),
        ("The demand for reparations from Germany by Poland was repeated.", ("Poland", "demands", "Germany")),
        ("Kenya's request for help from Uganda was granted.", ("Kenya", "demands", "Uganda")),
        ("The club's demand for money from the league was rejected.", None),
    ],
)
def test_a_target_inside_the_patient_phrase(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"the extradition of a suspect to Y" (the verb's object preposition), "a demand for N from Y" (who is asked)."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The severance of ties with Iran by Bahrain was announced.", ("Bahrain", "sanctions", "Iran")),
        ("The removal of sanctions on Iran by Canada was announced.", ("Canada", "concedes", "Iran")),
        ("Japan's restoration of relations with South Korea was announced.", ("Japan", "diplomaticRelationsWith", "South Korea")),
        ("Egypt's normalization of relations with Qatar was announced on Monday.", ("Egypt", "diplomaticRelationsWith", "Qatar")),
        ("Tokyo marked thirty years since the establishment of relations between Chile and Japan.",
         ("Chile", "diplomaticRelationsWith", "Japan")),
        ("The club's restoration of the stadium surprised fans.", None),
    ],
)
def test_a_deverbal_noun_reads_as_its_verb_with_its_object(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"the severance of ties", "the normalization of relations": the noun's "of" object completes the verb's trigger."""
    found = {(s.subject.label, s.predicate.name, s.object.label) for s in run(text).statements if s.predicate.name not in ("leaderOf", "officialOf")}
    expect(found, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's information sharing with Sweden was praised.", ("Norway", "cooperatesWith", "Sweden")),
        ("The intelligence sharing with Iraq by Jordan was praised.", ("Iraq", "cooperatesWith", "Jordan")),
        ("Brazil's intelligence sharing with Peru came as no surprise.", ("Brazil", "cooperatesWith", "Peru")),
        ("The company's data sharing with advertisers drew fines.", None),
    ],
)
def test_a_compound_before_a_gerund_is_its_object(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"X's intelligence sharing with Y" is "X shared intelligence with Y"."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India's conclusion of a fisheries accord with Vietnam was welcomed.", ("India", "signsAgreementWith", "Vietnam")),
        ("Japan's resumption of aid to Myanmar was welcomed.", ("Japan", "providesAidTo", "Myanmar")),
        ("Peru announced the launch of talks with Chile.", ("Peru", "meetsWith", "Chile")),
        ("The imposition of sanctions on Iran by Canada was criticised.", ("Canada", "sanctions", "Iran")),
        ("The conclusion of the report angered Chile.", None),
    ],
)
def test_the_noun_of_a_light_verb_hands_its_doer_to_the_event(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"X's conclusion of an accord with Y", "X announced the launch of talks with Y": as "X concluded an accord"."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The massing of Iranian troops on the border with Iraq alarmed Baghdad.", ("Iranian troops", "mobilizes", "Iraq")),
        ("The deployment of Turkish troops to Libya worried Egypt.", ("Turkish troops", "mobilizes", "Libya")),
        ("The deployment of Russian warships near the coast of Norway alarmed Oslo.", ("Russian warships", "mobilizes", "Norway")),
        ("The deployment of Chinese workers to Kenya was welcomed.", None),
    ],
)
def test_forces_named_after_of_are_the_ones_sent(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"the deployment of Y-ian troops to Z": the forces deployed are the doer, as for a withdrawal."""
    expect(events(run(text)), expected)


def test_the_judge_of_a_noun_act_is_not_its_doer(run: Run) -> None:
    """"Y condemned X's N of ...": X does the act, Y criticises X; Y does not imprison anyone."""
    found = events(run("Peru condemned Chile's imprisonment of Peruvian sailors."))
    assert ("Peru", "criticizes", "Chile") in found and ("Chile", "coerces", "Peruvian sailors") in found, found
    assert not {e for e in found if e[0] == "Peru" and e[1] == "coerces"}, found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The planned deployment of Turkish troops to Libya worried Egypt.", "intended"),
        ("There was no withdrawal of Russian troops from Moldova.", "negated"),
        ("The extradition of two bankers to Chile by Peru was postponed.", "intended"),
    ],
)
def test_a_noun_act_keeps_the_modality_its_words_give(run: Run, text: str, modality: str) -> None:
    """"the planned N" is intended, "no N" negated, "the N was postponed" still ahead."""
    found = [s for s in run(text).statements if s.predicate.category != "STRUCTURAL"]
    assert found and all(s.modality.value == modality for s in found), [(s.predicate.name, s.modality.value) for s in found]
