"""A diplomatic note of protest is a protest (issue 16, helper topic12).

"X lodged a diplomatic note with Y", "X sent a note verbale to Y", "X handed a note of protest to Y's envoy", "X
delivered a demarche to Y": X protests Y, as "X lodged a protest with Y" does (the ``protests`` noun entry of
``kg/data/lexicon.yaml`` for "protest note", "diplomatic note", "note of protest", "note verbale", "demarche"; the
light verbs of ``kg/extract/_words.py`` hand the note to their subject and its "with" or "to" to the state protested
to). A bare "note" is no protest: "took note of Y's proposal", "a note on the visa rules", "a new banknote".

All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _protests(result: ArticleResult) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.object.label, s.modality.value) for s in result.statements if s.predicate.name == "protests"}


@pytest.mark.parametrize(
    ("text", "protester", "target"),
    [
        # lodged "with", a city standing for its state
        ("Indonesia lodged a diplomatic note with Canberra over the fishing boats.", "Indonesia", "Australia"),
        # sent "to", the note verbale parsed as "verbale" after "note"
        ("Georgia sent a note verbale to Russia.", "Georgia", "Russia"),
        # a note of protest handed to the envoy of the state
        ("Lithuania handed a note of protest to the Belarusian charge d'affaires.", "Lithuania", "Belarus"),
        # a demarche delivered
        ("Greece delivered a demarche to Turkey over the flights.", "Greece", "Türkiye"),
        # the note received: the sender protests to the receiver
        ("Romania received a protest note from Hungary.", "Hungary", "Romania"),
        # a second clause after a summons
        ("Croatia summoned Serbia's ambassador and handed him a protest note.", "Croatia", "Serbia"),
    ],
)
def test_a_diplomatic_note_is_a_protest(run: Run, text: str, protester: str, target: str) -> None:
    found = _protests(run(text))
    assert (protester, target, "asserted") in found, found


def test_a_note_not_sent_is_negated(run: Run) -> None:
    assert ("Georgia", "Russia", "negated") in _protests(run("Georgia did not send a diplomatic note to Russia."))


@pytest.mark.parametrize(
    "text",
    [
        "The central bank issued a new banknote.",
        "Greece took note of Turkey's proposal.",
        "Turkey's foreign ministry published a note on the visa rules.",
        "The envoy left a note at the door.",
        # a note to one's own capital
        "Peru's foreign ministry said it had lodged a diplomatic note with Lima.",
    ],
)
def test_no_protest_without_a_note_of_protest_to_another(run: Run, text: str) -> None:
    assert not _protests(run(text))
