"""A named building after "at", "in" or "inside" is where an act takes place, never a party to it.

"X received Y at Z House", "X and Y met at the Z Palace", "X criticized Y at the Z Centre": the NER tags such a name
as an organisation, but a name headed by a noun of a building (``kg/data/building_nouns.tsv``, WordNet's kinds of
building) in that place names the venue (:func:`kg._places.names_venue`). The gazetteer's metonyms of a state stay
("at the Kremlin": Russia; "the White House said"), and so does such a name as a subject ("the Z Center praised Y")
or with a country in it ("at the Y Embassy"). All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg._places import names_venue
from kg.gazetteer import building_nouns
from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]

_VENUE_WORDS = ("House", "Palace", "Hotel", "Centre", "Castle", "Hall", "Villa", "Tower")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a direct object, then the venue
        ("The Senegalese president received the Gambian foreign minister at Marlow House.", ("SEN", "meetsWith", "GMB")),
        # an intransitive meeting of two sides named in the subject
        ("The defence ministers of Chile and Peru met at the Miraflores Palace on Friday.", ("CHL", "meetsWith", "PER")),
        # a light verb and "in"
        ("Kenyan and Somali delegates held talks in the Serena Hotel.", ("KEN", "meetsWith", "SOM")),
        # a hostile verb: where it was said is no target
        ("The Indonesian minister criticized Malaysia at the Borneo Convention Centre.", ("IDN", "criticizes", "MYS")),
        # an event noun with its venue
        ("Talks between Norway and Sweden at Harewood Castle ended without a deal.", ("NOR", "meetsWith", "SWE")),
        # the venue and its city
        ("The Thai prime minister hosted the Lao president at Government House in Bangkok.", ("THA", "meetsWith", "LAO")),
    ],
)
def test_a_named_building_is_the_venue_not_a_party(run: Run, text: str, kept: tuple[str, str, str]) -> None:
    found = country_triples(run(text))
    assert kept in found or (kept[2], kept[1], kept[0]) in found, found
    assert not [t for t in found if any(str(side).endswith(_VENUE_WORDS) for side in (t[0], t[2]))], found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Norwegian minister met the Russian president at the Kremlin.", ("NOR", "meetsWith", "RUS")),  # a metonym
        ("The White House criticized Cuba.", ("USA", "criticizes", "CUB")),  # a metonym, as a subject
        ("The Carter Center praised Ghana.", (None, "praises", "GHA")),  # a building noun's name as a subject: an actor
        ("The House of Representatives condemned Iran.", (None, "criticizes", "IRN")),  # a chamber: an actor
    ],
)
def test_metonyms_and_actors_named_like_buildings_stay(run: Run, text: str, kept: tuple[str | None, str, str]) -> None:
    found = country_triples(run(text))
    assert kept in found, found


def test_the_building_nouns_come_from_wordnet() -> None:
    nouns = building_nouns()
    assert {"house", "palace", "hotel", "castle", "hall", "centre", "center", "residence", "villa", "tower"} <= nouns
    assert not {"ministry", "council", "office", "parliament", "government"} & nouns


def test_only_a_named_building_after_a_preposition_of_place_is_a_venue(nlp: object) -> None:
    doc = nlp("The Borneo House praised Ghana at the House and at Marlow House.")  # type: ignore[operator]
    venues = {e.text for e in doc.ents if names_venue(e)}
    assert "Marlow House" in venues
    assert not venues & {"The Borneo House", "Borneo House", "House", "the House"}
