"""An act that a noun of proposing puts forward is intended, not done (kg/extract/_modality.py, ``_proposed``).

"A Y-ian proposal for joint patrols" names patrols nobody has held yet: whoever answers the proposal (turns it down,
studies it, welcomes it), the proposer's act is intended, as "Y proposed joint patrols" already was. All sentences are
invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import modalities

from kg.model import ArticleResult, Modality

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # an adjective owner, a "from" owner, possessive owners; "for" and "of" phrases; four answering verbs
        ("Ghana turned down a Togolese proposal for joint patrols along the border.", ("Togo", "cooperatesWith", "Ghana")),
        ("Chile is studying an offer from Peru for joint naval exercises.", ("Peru", "cooperatesWith", "Chile")),
        ("Latvia welcomed Estonia's proposal for joint naval drills.", ("Estonia", "cooperatesWith", "Latvia")),
        ("Oman rejected Iran's suggestion of joint patrols in the strait.", ("Iran", "cooperatesWith", "Oman")),
    ],
)
def test_an_act_a_proposal_puts_forward_is_intended(run: Run, text: str, triple: tuple[str, str, str]) -> None:
    found = modalities(run(text))
    ways = [triple, (triple[2], triple[1], triple[0])]
    assert any(found.get(w) is Modality.INTENDED for w in ways), found
    assert not any(found.get(w) is Modality.ASSERTED for w in ways), found


def test_joint_patrols_held_are_asserted(run: Run) -> None:
    # distractor: no proposal, the act was done
    found = modalities(run("Ghana and Togo held joint patrols along the border."))
    assert Modality.ASSERTED in {found.get(("Ghana", "cooperatesWith", "Togo")), found.get(("Togo", "cooperatesWith", "Ghana"))}, found
