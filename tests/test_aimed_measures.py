"""Support or judgement of a measure aimed at a state is no support or judgement of that state (session 28).

The object of a verb of supporting, praising or judging ("backed", "hailed", "condemned") that names a measure, an
act of pressure or an inquiry aimed at someone (a hostile noun of the lexicon: "price cap on Y's oil", "the
investigation into Y's use of funds", "the lawsuit against Y", "the levy on Y's cement") has its target
dropped: what is supported is the measure (a topic) or its owner ("the EU's inquiry"). A measure's own doer, or an
act that is no measure ("Y's bid", "aid to Y"), keeps its side; so does a measure's "of" phrase, which may name its owner ("the
appeal of Y's businessman"). All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _triples(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        # a price cap (a noun of restricting, with its "on" phrase)
        ("Australia backed the price cap on Venezuelan crude.", "Australia", "Venezuela"),
        # an inquiry whose "into" phrase owns the thing looked into
        ("Norway supported the investigation into Poland's use of EU funds.", "Norway", "Poland"),
        # the parse hangs the "into" phrase on the praising verb
        ("Mexico hailed the probe into Guatemala's election.", "Mexico", "Guatemala"),
        # a levy (a duty by another name) endorsed
        ("Jordan endorsed the new levy on Egyptian cement.", "Jordan", "Egypt"),
        # a cap with no word of price
        ("Kenya backed the cap on Ugandan sugar.", "Kenya", "Uganda"),
        # an inquiry welcomed
        ("Romania welcomed the inquiry into Moldova's banking scandal.", "Romania", "Moldova"),
    ],
)
def test_the_target_of_a_supported_measure_is_not_supported(run: Run, text: str, subject: str, target: str) -> None:
    found = _triples(run(text))
    assert not {t for t in found if t[0] == subject and t[2] == target}, found


@pytest.mark.parametrize(
    ("text", "expected", "target"),
    [
        # the measure's owner is the one supported
        ("Denmark welcomed the EU's inquiry into Malta's visa sales.", ("Denmark", "praises", "European Union"), "Malta"),
        ("Italy backed the Commission's tariffs on Chinese cars.", ("Italy", "supports", "Commission"), "China"),
        # or the measure is a topic
        ("Austria endorsed the lawsuit against Turkey.", ("Austria", "supports", "lawsuit"), "Türkiye"),
    ],
)
def test_the_measure_or_its_owner_is_supported(run: Run, text: str, expected: tuple[str, str, str], target: str) -> None:
    found = _triples(run(text))
    assert expected in found
    assert (expected[0], expected[1], target) not in found


@pytest.mark.parametrize(
    ("text", "expected", "target"),
    [
        # the doer of an act condemned is criticised, its target is not
        ("Hungary condemned the Turkish incursion into Syria.", ("Hungary", "criticizes", "Türkiye"), "Syria"),
    ],
)
def test_a_condemned_acts_doer_stays_criticised(run: Run, text: str, expected: tuple[str, str, str], target: str) -> None:
    found = _triples(run(text))
    assert expected in found
    assert (expected[0], expected[1], target) not in found


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        # criticism of a measure aimed at Y is no criticism of Y (abstained: it is rather support of Y)
        ("Greece denounced the lawsuit against Cyprus.", "Greece", "Cyprus"),
        ("Belgium criticised the tariffs on Indian steel.", "Belgium", "India"),
    ],
)
def test_a_criticised_measures_target_is_not_criticised(run: Run, text: str, subject: str, target: str) -> None:
    found = _triples(run(text))
    assert (subject, "criticizes", target) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bid is no measure against its owner
        ("Brazil backed Peru's bid for membership.", ("Brazil", "supports", "Peru")),
        # Y's own inquiry: Y is supported
        ("Chile supported Argentina's investigation into the crash.", ("Chile", "supports", "Argentina")),
        # aid is no measure against its recipient
        ("Norway welcomed aid to Yemen.", ("Norway", "praises", "Yemen")),
        # a complaint owned by Y
        ("Estonia praised Lithuania's complaint against China.", ("Estonia", "praises", "Lithuania")),
    ],
)
def test_no_measure_keeps_its_side(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # investigating a complaint against Y is investigating Y
        ("The WTO investigated the complaint against China.", ("World Trade Organization", "investigates", "China")),
        # a demand for an inquiry into Y is put to Y
        ("Poland demanded an investigation into Russia's role.", ("Poland", "demands", "Russia")),
    ],
)
def test_a_verb_that_joins_the_measure_keeps_its_target(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(run(text))
