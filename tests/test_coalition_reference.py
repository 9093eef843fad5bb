"""A coalition named again ("the coalition", "coalition troops / jets / warships") refers to the last coalition the
article named by its leader or its name: "the X-led coalition", "a coalition led / headed by X", "X leads / heads a
coalition", or a named coalition organisation; its leader acts for it (CAMEO actors of a multinational force;
PETRARCH2's "-LED" compounds). kg/extract/_discourse.py coalition_leaders, _coalition_forces; kg/extract/_arguments.py
_actor ("a coalition led by X"). With no led coalition named before, a bare "coalition" stays unresolved: it may be a
government coalition."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X-led coalition", then the coalition's forces by "coalition" + a weapon noun
        ("The Emirati-led coalition has deployed ships off Aden. On Tuesday coalition warplanes hit Houthi depots near Mokha.",
         ("ARE", "attacks", "YEM")),
        # "X leads a coalition", then "coalition warships"
        ("Britain leads a naval coalition in the Gulf. Coalition warships fired on Iranian boats late on Friday.", ("GBR", "attacks", "IRN")),
        # "a coalition headed by X", then a passive with "coalition jets" as agent
        ("A coalition headed by Turkey massed troops on the frontier. Syrian army posts were bombed by coalition jets overnight.",
         ("TUR", "attacks", "SYR")),
        # "X heads a coalition of states", then "coalition troops" in a clash
        ("Nigeria heads a coalition of West African states. Coalition troops clashed with Malian soldiers on Thursday.",
         ("MLI", "fightsWith", "NGA")),
        # "X leads a coalition", then a bare "the coalition" as subject
        ("Kenya leads a coalition of regional armies. Last week the coalition shelled Somali militia bases near Kismayo.", None),
        # "the X-led coalition of the willing", then "coalition tanks" crossing into a state
        ("The US-led coalition of the willing assembled in Kuwait. On Thursday coalition tanks crossed into Iraq.", ("USA", "attacks", "IRQ")),
        # "-led" coalition as the target of another state's criticism
        ("The Saudi-led coalition met in Riyadh on Sunday. Iran condemned the coalition a day later.", ("IRN", "criticizes", "SAU")),
    ],
)
def test_a_coalition_named_again_is_its_leader(run: Run, text: str, expected: tuple[str, str, str] | None) -> None:
    found = country_triples(run(text))
    if expected is None:
        assert any(t[0] == "KEN" and t[1] == "attacks" for t in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A coalition led by France launched raids in Chad on Monday.", ("FRA", "attacks", "TCD")),
        ("A coalition headed by the Turkish government bombed northern Iraq.", ("TUR", "attacks", "IRQ")),
        # "X leads a coalition <participle> Y": the coalition the leader leads is the participle's doer
        ("Saudi Arabia leads a coalition fighting the Houthis in Yemen.", ("SAU", "fightsWith", "YEM")),
        ("The British government heads a coalition backing Ukraine against Russia.", ("GBR", "supports", "UKR")),
    ],
)
def test_a_coalition_led_by_a_state_acts_for_it(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # no coalition named before: a bare "coalition" may be a government coalition
        "Coalition forces attacked Iraq on Monday.",
        # a coalition named only after
        "Coalition jets struck Yemen. Saudi Arabia leads a coalition of Gulf states.",
        # a governing coalition named before names no leader
        "The Dutch governing coalition met on Monday. Coalition forces attacked Belgium.",
        # politics: coalition government, coalition partners
        "The two parties formed a coalition government in Italy. Coalition partners criticised France.",
        # sports: a coalition of clubs
        "A coalition of football clubs led by Spain's champions opposed the new league rules. The coalition criticised UEFA.",
        # business: a coalition of firms
        "A coalition of carmakers led by Toyota lobbied Japan on tariffs. The coalition criticised the United States.",
    ],
)
def test_an_unled_or_later_coalition_is_no_state(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] in ("attacks", "criticizes", "fightsWith")], text


def test_a_ruling_coalition_stays_its_country(run: Run) -> None:
    found = country_triples(run("Germany's ruling coalition criticised Poland on Tuesday. Coalition troops attacked Russia."))
    assert ("DEU", "criticizes", "POL") in found
    assert not [t for t in found if t[1] == "attacks"], found
