"""Communicating with another is consulting (issue 16, session 22; CAMEO 040, PETRARCH2's CONSULT verbs NOTIFY,
APPRISE, CONTACT, "COMMUNICATE WITH", CABLE; WordNet inform v.1, brief v.1, write v.7).

"X informed Y of Z", "X briefed Y on Z", "X wrote to Y", "X contacted Y", "X is in contact with Y", "contacts
between X and Y", "X spoke to Y by phone". An audience that is no actor ("briefed reporters") is no partner, and
the frame of a statement ("Speaking to ..., X said") names none. All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_triples

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Latvia informed Lithuania of its decision to close the crossing.", {"LVA", "LTU"}),
        ("The Qatari emir briefed the Egyptian president on the talks.", {"QAT", "EGY"}),
        ("Senegal wrote to the Gambian government about the fishing dispute.", {"SEN", "GMB"}),
        ("Slovakia notified Hungary of the pipeline repairs.", {"SVK", "HUN"}),
        ("Mongolian officials contacted their Kazakh counterparts after the accident.", {"MNG", "KAZ"}),
        ("Oman remains in close contact with Yemen's government.", {"OMN", "YEM"}),
        ("Contacts between Serbia and Kosovo resumed in Brussels.", {"SRB", "XKX"}),
        ("The Thai premier spoke to Cambodia's leader by telephone on Friday.", {"THA", "KHM"}),
    ],
)
def test_communicating_is_consulting(run: Run, text: str, pair: set[str]) -> None:
    said = country_triples(run(text))
    assert any(p == "meetsWith" and {s, o} == pair for s, p, o in said), said


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian ministry briefed journalists on the new border rules.",  # an audience, no partner
        "Officials informed residents about the flood warning.",
        "Speaking to reporters in Riga, the Latvian minister said the crossing would close.",
        "Doctors found no contact between the patients.",
    ],
)
def test_an_audience_is_no_partner(run: Run, text: str) -> None:
    said = country_triples(run(text))
    assert not [t for t in said if t[1] == "meetsWith"], said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana sent a message of support to Burkina Faso after the floods.", ("GHA", "supports", "BFA")),
        ("Oman sent a message of congratulations to Jordan's new prime minister.", ("OMN", "congratulates", "JOR")),
        ("Malta issued a statement of support for Tunisia.", ("MLT", "supports", "TUN")),
    ],
)
def test_a_message_carries_its_act(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    """A message, telegram or statement "of" an act carries it, as a note of protest does (kg.extract._words._CARRIERS):
    the act read, not only a message sent."""
    said = country_triples(run(text))
    assert expected in said, said
