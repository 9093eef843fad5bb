"""An envoy summoned, in the passive without an agent (issue 16): the host state protests the envoy's state.

Only the host state's foreign ministry summons a foreign envoy, so "Y's ambassador to X was summoned" names X as the
one who summoned, by the envoy's post ("to X", "in X") or the place of the summons ("summoned to the foreign ministry
in X"): ``envoy_host`` of kg/data/state_acts.yaml, as for the other acts only states do. Nothing when the one summoned
is no envoy or no host country is named. All sentences are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import ArticleResult

Run = Callable[..., ArticleResult]


def _countries(result: ArticleResult) -> set[tuple[str | None, str, str | None]]:
    return {(s.subject.country, s.predicate.name, s.object.country) for s in result.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post on the envoy: "to X", "in X" (a capital stands for its country)
        ("Argentina's ambassador to Uruguay has been summoned over the fishing dispute.", ("URY", "protests", "ARG")),
        ("Norway's envoy in Minsk was summoned again on Friday.", ("BLR", "protests", "NOR")),
        # the place of the summons
        ("The Colombian charge d'affaires was summoned to the foreign ministry in Caracas.", ("VEN", "protests", "COL")),
        ("The Austrian consul was summoned in Slovenia over the remarks.", ("SVN", "protests", "AUT")),
        # a ministry of the host named by its country, a two-word title, an agent of no state
        ("The Dutch ambassador was summoned to the Turkish foreign ministry.", ("TUR", "protests", "NLD")),
        ("The Indian high commissioner in Islamabad was summoned.", ("PAK", "protests", "IND")),
        ("Germany's envoy to Turkey was summoned by the foreign ministry over the resolution.", ("TUR", "protests", "DEU")),
        # a reduced relative
        ("The Greek ambassador to Albania, summoned on Tuesday, left without comment.", ("ALB", "protests", "GRC")),
        # an agent, when given, is the one who summoned as always
        ("Peru's ambassador was summoned by Chile over the border incident.", ("CHL", "protests", "PER")),
    ],
)
def test_the_host_state_summoned_the_envoy(run: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _countries(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's ambassador to the United Nations was summoned.",  # an organisation is no host state
        "The Indian ambassador was summoned to the ministry.",  # no host named
        "The witnesses were summoned to a court in Peru.",  # no envoy
        "The Moroccan envoy was summoned to Rabat for consultations.",  # called home by its own state
        "The Moroccan envoy was summoned to the Moroccan foreign ministry.",  # its own state's ministry
    ],
)
def test_no_host_no_protest(run: Run, text: str) -> None:
    assert not [s for s in run(text).statements if s.predicate.category == "PROTEST"], _countries(run(text))
