"""A PETRARCH2 pattern's object after a particle is kept (issue 16, scripts/mine_petrarch.py).

"* UP DEMONSTRATION", "* DOWN &WEAPON", "* BACK {&MILITARY PART}" were mined as "break up", "lay down" and
"send back" with any object, so "X laid down new rules for Y's traders" was a withdrawal and "X sent back Y's
migrants" a release. The miner now keeps the object with the particle ("put down riot", "lay down weapon|...")
and leaves a pattern out when that object is a phrase of several words (the miner itself is tested in
tests/test_extract_lexicon.py). All sentences are invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya laid down new rules for Somali traders.",
        "Greece sent back 100 Turkish migrants.",
        "Brazil broke up the meeting with Bolivian diplomats early.",
    ],
)
def test_a_particle_verb_with_another_object_is_no_mined_event(run: Run, text: str) -> None:
    statements = run(text).statements
    assert not [s for s in statements if s.predicate.name in ("withdrawsFrom", "concedes", "coerces")], statements
