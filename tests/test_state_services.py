"""A state's services named by their function ("the security service", "the customs service", "the border service") are
organs of the state (WordNet 3.0: security service n.1, secret service n.1, intelligence service n.1, civil service n.1,
foreign service n.1, armed service n.1), read from kg/data/sectors.tsv by kg.resolve._sector_of, which also tries the word
before the head as written ("customs service", whose lemma is "custom"). "Service" alone stays a firm's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[[str], ArticleResult]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # possessive country, an accusation
        ("Moldova's security service accused Russia of planning a coup.", ("MDA", "accuses", "RUS")),
        # demonym, a criticism in the present perfect
        ("The Latvian intelligence service has criticised Belarus over the border crossings.", ("LVA", "criticizes", "BLR")),
        # the service as the doer of a seizure
        ("Finland's customs service seized a Russian cargo ship in Kotka.", ("FIN", "coerces", "RUS")),
        # a compound of a compound ("state border guard service") as the object of an attack
        ("Belarusian soldiers fired on Poland's border service near the crossing.", ("BLR", "attacks", "POL")),
        # a passive with the service as the by-agent
        ("Two Georgian nationals were detained by Armenia's national security service.", ("ARM", "coerces", "GEO")),
        # "secret service", plural
        ("The Czech secret services expelled three Russian agents last year.", ("CZE", "coerces", "RUS")),
    ],
)
def test_a_states_service_acts_for_the_state(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a firm's service, no state organ
        "Estonia's postal service criticised Latvia's new stamp prices.",
        # a church service
        "The Polish memorial service honoured Lithuanian victims of the war.",
        # a news service reporting
        "A Turkish news service reported heavy rain in Greece.",
    ],
)
def test_other_services_do_not_act_for_the_state(run: Run, text: str) -> None:
    found = country_triples(run(text))
    assert not [t for t in found if t[0] and t[2] and t[0] != t[2] and t[1] not in ("leaderOf", "officialOf")], found
