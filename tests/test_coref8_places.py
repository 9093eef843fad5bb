"""A place is no party: a name the NER took for a person or an organisation where only a place can stand.

"the liberation of X", "the siege of X", "the shelling of X", "the fall of X" (acts done to a place) and "the town
of X", "the village of X" (kinds of settlement), from WordNet (``kg/data/place_nouns.tsv``,
``scripts/build_place_nouns.py``), and a name the NER tags as a place elsewhere in the article, are places
outside the gazetteer: not a Person or an Organization, so no event statement has such a name for its party
(:mod:`kg._places`). A title, a rank or an earlier mention as a person keeps a person.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import events

from kg._places import in_place_frame
from kg.gazetteer import place_nouns, place_verbs
from kg.model import ArticleResult, EntityType

Run = Callable[..., ArticleResult]
ROOT = Path(__file__).resolve().parent.parent


def _actors(result: ArticleResult) -> dict[str, EntityType]:
    """The person and organisation mentions of a result, by label."""
    return {m.entity.label: m.entity.type for m in result.mentions if m.entity.type in (EntityType.PERSON, EntityType.ORGANIZATION)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kenya welcomed the liberation of Tal Kaif.", "Tal Kaif"),  # an act done to a place
        ("Iraqi forces captured the town of Tal Kaif.", "Tal Kaif"),  # a kind of settlement
        ("Kenya welcomed the fall of Bir Hadid.", "Bir Hadid"),
        ("Iraq condemned the shelling of Kafr Nabl.", "Kafr Nabl"),
        # the name in a place's frame once is a place in every mention
        ("Iraqi troops entered Umm Sawan on Monday. Iraq welcomed the recapture of Umm Sawan.", "Umm Sawan"),
        # coordinated places
        ("The rebels lifted the siege of Bir Hadid and Tal Kaif, Iraq said.", "Tal Kaif"),
        # the object of a verb of an act done to a place
        ("Iraqi troops shelled Tal Kaif on Monday.", "Tal Kaif"),
        ("Iraqi forces bombarded Umm Sawan.", "Umm Sawan"),
        # the object of a preposition of place
        ("Turkish jets struck targets near Bir Hadid, Iraq said.", "Bir Hadid"),
    ],
)
def test_a_name_where_only_a_place_can_stand_is_no_person(run: Run, text: str, place: str) -> None:
    result = run(text)
    assert place not in _actors(result), _actors(result)
    assert not any(place in (s, o) for s, _, o in events(result)), events(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank before the name: a person
        ("Iraq praised General Tal Kaif for the liberation of the town.", ("Iraq", "praises", "Tal Kaif")),
        # the doer of the act is the party, the place is not
        ("Kenya welcomed the liberation of Tal Kaif by Iraqi forces.", ("Kenya", "praises", "Iraqi forces")),
        # a person, no place's frame
        ("Iraq praised Tal Kaif for his courage.", ("Iraq", "praises", "Tal Kaif")),
        # a verb that takes a person as readily as a place ("captured"), with a person's apposition
        ("Iraq captured Tal Kaif, the rebel commander.", ("Iraq", "coerces", "Tal Kaif")),
        # a rank before the name under a verb of a place
        ("Iraqi troops shelled positions of General Tal Kaif.", ("Iraqi troops", "attacks", "Tal Kaif")),
    ],
)
def test_a_person_or_the_doer_keeps_the_statement(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(run(text)), events(run(text))


def test_a_ranked_name_in_a_place_frame_stays_a_person(run: Run) -> None:
    """Distractor: "the capture of General Tal Kaif" names a person, with a rank."""
    assert _actors(run("Iraq reported the capture of General Tal Kaif by its army."))["Tal Kaif"] is EntityType.PERSON


def test_the_place_nouns_come_from_wordnet_classes() -> None:
    table = place_nouns()
    assert {table[n] for n in ("siege", "shelling", "liberation", "recapture", "fall")} == {"event"}
    assert {table[n] for n in ("town", "village", "city", "province")} == {"settlement"}
    assert not {"release", "arrest", "meeting", "presidency", "home"} & set(table)
    assert {"shell", "bombard", "liberate"} <= place_verbs() and not {"capture", "fall", "arrest"} & place_verbs()


def test_only_the_of_object_of_a_place_noun_is_in_a_place_frame(nlp: object) -> None:
    text = "The siege of Tal Kaif ended before Tal Kaif spoke of peace."
    doc = nlp(text)  # type: ignore[operator]
    first = doc.char_span(text.index("Tal"), text.index("Tal") + 8)
    second = doc.char_span(text.rindex("Tal"), text.rindex("Tal") + 8)
    assert in_place_frame(first) and not in_place_frame(second)


def test_the_place_nouns_table_is_regenerated_byte_for_byte(tmp_path: Path) -> None:
    """kg/data/place_nouns.tsv is derived, not edited: scripts/build_place_nouns.py writes it again unchanged."""
    pytest.importorskip("wn")
    spec = importlib.util.spec_from_file_location("build_place_nouns", ROOT / "scripts" / "build_place_nouns.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "place_nouns.tsv"
    assert module.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (ROOT / "kg" / "data" / "place_nouns.tsv").read_text(encoding="utf-8")
