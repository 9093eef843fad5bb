"""Constructions the construction grid (benchmarks/construction_grid.py) found failing across
categories, each with invented sentences of several shapes and a distractor; and the grid itself,
with a recall floor per frame."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import events, expect
from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway was criticised for its whaling policy by Australia.", ("Australia", "criticizes", "Norway")),
        ("Ghana was threatened with a trade embargo by Nigeria.", ("Nigeria", "threatens", "Ghana")),
        ("Cuba was investigated over money laundering by Panama.", ("Panama", "investigates", "Cuba")),
        ("Bolivia was asked to return the stolen artefacts by Peru.", ("Peru", "demands", "Bolivia")),
        ("Laos was pressed on the dam project by Thailand.", ("Thailand", "demands", "Laos")),
        ("Kenya was praised for the rescue by the lifeguards.", None),
    ],
)
def test_a_passive_agent_hung_on_the_complement_is_the_agent(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"X was V-ed for/over/with N by Y", "X was V-ed to do Z by Y": the parse hangs "by Y" on N or Z."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Mali was blamed for the raid by Algerian rebels.",
        "Chad was condemned over the bombing by Sudanese militias.",
    ],
)
def test_the_agent_of_an_act_in_the_reason_does_not_accuse(run: Run, text: str) -> None:
    """"X was blamed for the raid by Y": Y raided; the parse's reading of who blames X is not guessed."""
    assert not {e for e in events(run(text)) if e[1] in ("accuses", "criticizes")}, events(run(text))


def test_the_one_urged_in_a_passive_does_the_urged_act(run: Run) -> None:
    """"Chile was urged to reopen the border by Peru": Peru urges; Peru does not reopen anything."""
    found = events(run("Chile was urged to reopen the border by Peru."))
    assert ("Peru", "demands", "Chile") in found, found
    assert not {e for e in found if e[0] == "Peru" and e[1] == "concedes"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanctions on Venezuela were lifted by Colombia.", ("Colombia", "concedes", "Venezuela")),
        ("A border accord with Bhutan was ratified by Nepal.", ("Nepal", "signsAgreementWith", "Bhutan")),
        ("Restrictions on Cuban exports were eased by Mexico.", ("Mexico", "concedes", "Cuba")),
        ("Charges against Ecuador were dropped by Peru.", ("Peru", "concedes", "Ecuador")),
        ("Tickets for the match in Portugal were sold by the club.", None),
    ],
)
def test_a_passive_subject_that_is_no_actor_has_its_target_in_a_phrase(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"Sanctions on Y were lifted by X" reads as "X lifted sanctions on Y" does."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lifting of the embargo on Cuba by Mexico surprised traders.", ("Mexico", "concedes", "Cuba")),
        ("Ghana's easing of visa restrictions on Nigerians was welcomed.", ("Ghana", "concedes", "Nigerians")),  # Nigeria's people (a plural demonym)
        ("The training of Malian officers by France continued.", ("France", "providesAidTo", "Mali")),
        ("The banning of Russian flights by Poland came into force.", ("Poland", "sanctions", "Russia")),
        ("The signing of the striker by the club was announced on Monday.", None),
        ("The easing of inflation in Peru helped exporters.", None),
    ],
)
def test_an_act_named_by_its_gerund_reads_as_its_verb(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"the V-ing of O by X", "X's V-ing of O": the gerund's "of" object is the verb's object."""
    expect(events(run(text)), expected)


#: Recall per frame the grid reached on 2026-12-05 (benchmarks/README.md), rounded down to 0.05; the nominal frames
#: as reached on 2026-12-06 with the event nouns of every category. The apposition frame's floor is 0.9 since the
#: noun cells added to the grid that night move the cycle of country pairs and names for the frames after the
#: nominal ones: main's extractor reads it at 0.94 too (the tagger takes "boycotted", "shared", "massed" after
#: the appositive name for adjectives).
FRAME_FLOORS = {
    "past": 1.0, "perfect": 1.0, "reported": 1.0, "passive": 0.95, "nominal_by": 0.9, "nominal_poss": 0.95,
    "light": 1.0, "intent": 1.0, "negated": 1.0, "coordinated": 0.95, "apposition": 0.9, "relative": 0.95,
    "participial": 0.85, "headline": 0.90,
}


def _assert_floors(long: bool, floors: dict[str, float], speaking: int) -> None:
    """Recall per frame (per context for the long grid) at or above each floor, at most ``speaking`` distractors speaking."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import construction_grid as g

    grid, quiet, spoke = g.tally(g.run(g.build_long_cells() if long else g.build_cells()))
    recall = g.context_recall(grid) if long else g.frame_recall(grid)
    assert set(recall) == set(floors)
    below = {name: round(r, 3) for name, r in recall.items() if r < floors[name]}
    assert not below, below
    assert len(spoke) <= speaking, spoke


def test_the_construction_grid_keeps_its_recall_per_frame_and_its_distractors_silent() -> None:
    """Every frame of the grid (every category's verbs in it) at or above its floor; at most 4 of the 84 distractors speak."""
    _assert_floors(False, FRAME_FLOORS, 4)


#: Recall per long context the grid reached on 2026-12-06 (benchmarks/README.md), rounded down to 0.05.
CONTEXT_FLOORS = {
    "lead_adverbial": 0.95, "lead_subordinate": 0.95, "attribution_after": 0.95, "according_to": 0.95, "numbers_quotes": 0.95,
    "attribution_inside": 0.80, "actor_apposition": 0.80, "official": 0.90, "ministry": 0.90, "dateline": 0.95,
    "second_verb": 0.95, "quote_before": 0.95, "second_clause": 0.90, "wire": 0.95,
}


def test_the_long_construction_grid_keeps_its_recall_per_context_and_its_distractors_silent() -> None:
    """Every long context (every frame's cells wrapped in it) at or above its floor; at most 25 of the 159 long distractors speak."""
    _assert_floors(True, CONTEXT_FLOORS, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden reached a deal with Canada on gas prices.", ("Sweden", "signsAgreementWith", "Canada")),
        ("Chile struck an agreement with Peru.", ("Chile", "signsAgreementWith", "Peru")),
        ("After months of talks, Ghana concluded a deal with Togo.", ("Ghana", "signsAgreementWith", "Togo")),
        ("The club reached an agreement with the striker.", None),
        ("The deal with Canada collapsed.", None),
    ],
)
def test_a_deal_reached_with_another_party_relates_the_two(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"X reached / struck / concluded a deal (an agreement) with Y": PETRARCH2 "REACH * DEAL" (030), AGREE."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shortly after the end of a two-day summit in the port city of Mombasa, Kenya and Uganda signed a trade pact with Tanzania.", ("Uganda", "signsAgreementWith", "Tanzania")),
        ("Shortly after the close of talks in Lima, Peru and Chile condemned Bolivia for the blockade.", ("Chile", "criticizes", "Bolivia")),
        ("Although the talks had dragged on for weeks over grazing rights, Chad's interior minister, Musa Idris, accused Niger of harbouring bandits.", ("Musa Idris", "accuses", "Niger")),
        ("Citing the drought along the river, Egypt, the most populous Arab state, urged Ethiopia to slow the filling of the dam.", ("Egypt", "demands", "Ethiopia")),
        ("After a meeting with the coach, the club and its sponsor praised the players.", None),
    ],
)
def test_a_fronted_adjunct_does_not_take_the_clause_subject(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"After talks in Z, X and Y signed ...", "Citing N, X, the largest state, urged ...": the parse hangs the subject on the adjunct's last noun."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria, which holds the rotating presidency of the regional forum this year, and Iran criticized Turkey over its trade policy.", ("Iran", "criticizes", "Türkiye")),
        ("Senegal, a founding member of the bloc, and Mali signed a transit accord with Guinea.", ("Mali", "signsAgreementWith", "Guinea")),
        ("Kenya, which hosts the regional court, and Rwanda have condemned Burundi for the raids.", ("Rwanda", "criticizes", "Burundi")),
        ("Colombia, which shares a long border with the country, and Brazil urged Venezuela to release the detained journalists.", ("Brazil", "demands", "Venezuela")),
        ("The union, which represents dock workers, and the party accused the minister of lying.", None),
    ],
)
def test_a_subject_coordinated_after_a_relative_clause_or_apposition_acts_too(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"X, which chairs the forum, and Y criticized Z": the parse makes Y a second subject of the verb, the "and" hanging on X."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam, the foreign ministry said on Monday, assisted Morocco with food and medicine.", ("Vietnam", "providesAidTo", "Morocco")),
        ("France, the foreign ministry said on Monday, has backed Spain's bid to host the summit.", ("France", "supports", "Spain")),
        ("Ghana, officials in Accra said, expelled two Nigerian diplomats over the visa row.", ("Ghana", "sanctions", "Nigeria")),
        ("Austria, the foreign ministry said on Monday, will back Brazil's bid to host the summit.", ("Austria", "supports", "Brazil")),
        ("Qatar, the foreign ministry said on Sunday, vowed to send food aid to Sudan.", ("Qatar", "providesAidTo", "Sudan")),
        ("The club, its coach said on Monday, has signed a striker from Portugal.", None),
    ],
)
def test_the_subject_before_a_parenthetical_attribution_acts(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"X, the ministry said on Monday, has backed Y": the parse makes "said" the main verb and X its second subject."""
    expect(events(run(text)), expected)


def test_an_act_behind_a_parenthetical_attribution_keeps_its_negation(run: Run) -> None:
    """"X, a spokesman said, will not sign the accord with Y": the act is negated, not asserted."""
    found = run("Norway, a government spokesman said late on Friday, will not sign the fisheries accord with Iceland.")
    assert {(s.subject.label, s.predicate.name, s.object.label, s.modality.value) for s in found.statements} >= {("Norway", "signsAgreementWith", "Iceland", "negated")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GENEVA, Dec 4 (Wire) - Belgrade was accused of espionage by the Spanish government, two days before the summit.", ("Spanish government", "accuses", "Serbia")),
        ("NAIROBI, March 12 (Wire) - Sanctions on Sudan were lifted by Kenya on Thursday.", ("Kenya", "concedes", "Sudan")),
        ("ACCRA, June 9 (Wire) - Two Togolese traders were detained by Ghana near the border.", ("Ghana", "coerces", "Togolese traders")),
        ("ROME, Jan 5 (Wire) - The striker was signed by the club on Monday.", None),
    ],
)
def test_a_dateline_is_not_the_patient_of_a_passive(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"CITY, May 2 (Wire) - X was accused ... by Y": the parse makes the dateline a second passive subject."""
    expect(events(run(text)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a statement on Tuesday, the Peruvian government rejected the unions' demands.", ("Peruvian government", "rejects", "unions demands")),
        ("In a letter to the council, the Chilean government rejected the mayor's plan.", ("Chilean government", "rejects", "mayor plan")),
        ("On Tuesday, in a statement issued in Geneva, the Italian government vetoed the unions' bid for membership.", ("Italian government", "rejects", "unions bid for membership")),
        ("In a statement on Monday, the club praised its players.", None),
    ],
)
def test_a_fronted_prepositional_phrase_is_not_the_object(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    """"In a statement, X rejected the demands": the act is about the demands, not the statement."""
    found = events(run(text))
    expect(found, expected)
    assert not {e for e in found if e[2] in ("statement", "letter")}, found
