"""Economic relations between states (session 27, CAMEO 061 and 071): trade read from a verb the tagger took for a
plural noun, goods bought from another, trade balances and imports with a partner, debts eased, swap lines and freight
links opened.

* "Y imports coal from Z.": the tagger reads "Y imports" as a compound of "coal"; a plural noun whose lemma is one of
  the extractor's verbs, right after a country's name, in a clause's place, with another actor after it, is that
  verb (kg/_past_verbs.py, as the past forms are).
* Goods bought or purchased from another (PETRARCH2 "BUY * PRODUCTS" 061), a share of them read through ("most of
  its oil"); trade deficits, surpluses and gaps with a partner; imports named by their noun.
* Debt written off, forgiven, restructured or rescheduled, debt relief (PETRARCH2 "WRITE * OFF DEBT", "RESTRUCTURE *
  DEBT" 071), a share of the debt read through ("90 percent of Y's debt").
* Currency swap lines and freight or rail links launched, opened or extended (061).

All sentences are invented for these tests; distractors are one economy's own figures, a firm's purchases, a line at
home, a state's own debt.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from spacy.language import Language

from kg.model import ArticleResult
from tests.conftest import country_triples

Run = Callable[..., ArticleResult]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vietnam imports coal from Australia.", {"VNM", "AUS"}),
        ("Officials said Peru exports copper to China.", {"PER", "CHN"}),
        ("In 2020, Chile imports gas from Argentina and Bolivia.", {"CHL", "ARG"}),
        ("Mongolia sells coal to China, the ministry said.", {"MNG", "CHN"}),
    ],
)
def test_present_verb_read_as_a_noun_is_the_verb(run: Run, text: str, pair: set[str]) -> None:
    found = country_triples(run(text))
    assert any(p == "tradesWith" and {s, o} == pair for s, p, o in found), found


def test_present_verb_slip_is_mended_in_the_parse(nlp: Language) -> None:
    doc = nlp("Vietnam imports coal from Australia.")
    verb = doc[1]
    assert (verb.pos_, verb.dep_, verb.lemma_) == ("VERB", "ROOT", "import")
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 1) and (doc[2].dep_, doc[2].head.i) == ("dobj", 1)
    assert doc[3].head.i == 1  # "from Australia" is the verb's


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam imports rose sharply.",  # a noun after all: the subject of a verb
        "Vietnam imports coal.",  # no partner named: left as parsed
        "Kenya exports data were revised.",
    ],
)
def test_present_verb_slip_needs_a_partner_and_a_clause(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "tradesWith"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan buys most of its oil from Saudi Arabia.", {"JPN", "SAU"}),
        ("Poland purchased coal from Colombia last year.", {"POL", "COL"}),
        ("Ghana sells cocoa to the Netherlands.", {"GHA", "NLD"}),
        ("Indian imports of Russian oil surged in the spring.", {"IND", "RUS"}),
        ("Kenya's trade deficit with China widened.", {"KEN", "CHN"}),
        ("Brazil's trade surplus with Argentina grew for a third year.", {"BRA", "ARG"}),
        ("The trade gap between Morocco and Spain narrowed.", {"MAR", "ESP"}),
    ],
)
def test_goods_bought_balances_and_imports_are_trade(run: Run, text: str, pair: set[str]) -> None:
    found = country_triples(run(text))
    assert any(p == "tradesWith" and {s, o} == pair for s, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "China's trade surplus widened in March.",
        "Kenya's exports rose sharply.",
        "Kenya's imports fell for a second month.",
        "Toyota buys steel from its suppliers.",
    ],
)
def test_one_economy_figures_are_no_trade(run: Run, text: str) -> None:
    assert not country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Russia wrote off 90 percent of Cuba's debt.", "RUS", "CUB"),
        ("France announced debt relief for Senegal.", "FRA", "SEN"),
        ("China restructured Ghana's loans.", "CHN", "GHA"),
        ("Germany forgave most of Tanzania's debts.", "DEU", "TZA"),
    ],
)
def test_debt_eased_is_economic_aid(run: Run, text: str, giver: str, receiver: str) -> None:
    found = country_triples(run(text))
    assert (giver, "providesAidTo", receiver) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Zambia restructured its debt.",  # a state's own debt: no partner
        "Zambia owes China $4 billion.",  # a debt owed is no act (PETRARCH2 has no verb of owing)
    ],
)
def test_own_or_owed_debt_is_no_aid(run: Run, text: str) -> None:
    assert not [t for t in country_triples(run(text)) if t[1] == "providesAidTo"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey and Qatar extended their currency swap line.", {"TUR", "QAT"}),
        ("Kazakhstan opened a freight rail route to Georgia.", {"KAZ", "GEO"}),
        ("Laos and Thailand launched a new cargo railway service.", {"LAO", "THA"}),
    ],
)
def test_swap_lines_and_freight_links_are_cooperation(run: Run, text: str, pair: set[str]) -> None:
    found = country_triples(run(text))
    assert any(p == "cooperatesWith" and {s, o} == pair for s, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru opened a rail line in the north.",
        "Egypt's central bank extended the swap line.",
    ],
)
def test_links_at_home_are_no_cooperation(run: Run, text: str) -> None:
    assert not country_triples(run(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China accounts for 60 percent of Mongolia's exports.", {"CHN", "MNG"}),
        ("India buys half of Myanmar's exports.", {"IND", "MMR"}),
        ("Japan makes up a third of Brazil's imports.", {"JPN", "BRA"}),
        ("Analysts say Germany takes a quarter of Austria's exports.", {"DEU", "AUT"}),
    ],
)
def test_share_of_another_trade_held_by_a_state(run: Run, text: str, pair: set[str]) -> None:
    found = country_triples(run(text))
    assert any(p == "tradesWith" and {s, o} == pair for s, p, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Rice accounts for 60 percent of Vietnam's exports.",  # a good's share: no partner
        "Mining accounts for most of Chile's exports.",
    ],
)
def test_share_held_by_a_good_is_no_trade(run: Run, text: str) -> None:
    assert not country_triples(run(text))
