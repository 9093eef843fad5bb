"""The person index (`kg extract --format people`) and a person's country from general nationality constructions.

Every sentence here is invented.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import people_by_label
from click.testing import CliRunner

from kg.cli import main
from kg.model import ArticleResult


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a country word opening the noun phrase of the name
        ("The race was won by the Kenyan runner Daniel Kiprotich Mwangi on Sunday.", "Daniel Kiprotich Mwangi", "KEN"),
        ("The novel was translated by Brazilian novelist Helena Castro Ribeiro last year.", "Helena Castro Ribeiro", "BRA"),
        ("The award went to the Ghana-born engineer Kofi Mensah Boateng.", "Kofi Mensah Boateng", "GHA"),
        # an apposition
        ("Tomas Varga, a Hungarian diplomat, arrived in Vienna on Monday.", "Tomas Varga", "HUN"),
        ("Tomas Varga, a citizen of Hungary, was detained at the airport.", "Tomas Varga", "HUN"),
        # a defining sentence, also when the parser ends the sentence inside the parenthesis
        ("Tomas Varga (born 3 May 1961) is a Hungarian economist.", "Tomas Varga", "HUN"),
        ("Tomas Varga (; born 2 March 1948) was a Hungarian economist and banker.", "Tomas Varga", "HUN"),
        ("Tomas Varga (born 1971), is a Walloon Belgian sculptor and poet.", "Tomas Varga", "BEL"),
        ("Tomas Varga is a retired schoolteacher from Nigeria.", "Tomas Varga", "NGA"),
        ("Lieutenant-General Tomas Varga, (3 May 1890 - 1 June 1960) was a senior Hungarian Army officer.", "Tomas Varga", "HUN"),
        # a seat in a country's legislature
        ("Arpad Kiss, a veteran member of the Hungarian Parliament, died on Monday.", "Arpad Kiss", "HUN"),
        ("Arpad Kiss is a member of Hungary's National Assembly and a keen sailor.", "Arpad Kiss", "HUN"),
        ("Arpad Kiss served as an elected member of the Hungarian National Assembly for ten years.", "Arpad Kiss", "HUN"),
        # "X of Y" after a full name: a competitor or delegate listed by country, a monarch's regnal name and realm
        ("Daniel Mwangi of Kenya finished second in the final.", "Daniel Mwangi", "KEN"),
        ("The theatre was founded by Frederick IX of Denmark in 1950.", "Frederick IX", "DNK"),
        # "the country's" refers to the one country the sentence named before it
        ("Freedonia's exporters praised the deal, and the country's Prime Minister Anwar Karim welcomed it.", "Anwar Karim", None),
        ("Bangladesh's exporters praised the deal, and the country's Prime Minister Anwar Karim welcomed it.", "Anwar Karim", "BGD"),
        # a nationality stated at a later mention gives the person their country
        ("Tomas Varga met the press. Varga, a Hungarian diplomat, said the talks went well.", "Tomas Varga", "HUN"),
    ],
)
def test_nationality_constructions_give_the_person_a_country(
    run: Callable[..., ArticleResult], text: str, name: str, country: str | None
) -> None:
    assert people_by_label(run(text))[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police arrested Daniel Kiprotich Mwangi on Sunday.",  # a verb between: the police are Kenyan
        "The Kenyan runners' coach Daniel Kiprotich Mwangi spoke.",  # the runners are Kenyan
        "Tomas Varga, a key Hungarian ally, won the vote.",  # Hungary's ally, not a Hungarian
        "The Hungarian ally Tomas Varga won the vote.",
        "Tomas Varga is a delegate from Nigeria who spoke first.",  # "from Y who...": where the delegation came from
        "Talks between Austria and Hungary stalled, the country's foreign minister Tomas Varga said.",  # which country?
        "Tomas Varga met the Hungarian ambassador on Friday.",
        "The vote was won by Tomas Varga of Hungary's ruling party.",  # the party is Hungary's
        "Tomas Varga, a member of the European Parliament, spoke in Strasbourg.",  # no country's legislature
        "Tomas Varga, a critic of the Hungarian Parliament, spoke in Vienna.",  # a critic, not a member
    ],
)
def test_no_nationality_where_the_text_does_not_give_one(run: Callable[..., ArticleResult], text: str) -> None:
    assert [p.country for p in people_by_label(run(text)).values()] == [None]


def test_kg_extract_lists_every_person_with_country_role_and_wikidata(tmp_path: Path) -> None:
    article = tmp_path / "gala.txt"
    article.write_text(
        "Gala in Nairobi\n\nThe prize went to the Kenyan runner Daniel Kiprotich Mwangi. "
        "President Joe Biden sent a message. The evening was hosted by Amina Odhiambo.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(article), "--format", "people", "-q"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    people = {r["person"]["label"]: r for r in rows}
    # everyone the article names, in statements or not
    assert set(people) == {"Daniel Kiprotich Mwangi", "Joe Biden", "Amina Odhiambo"}
    assert people["Daniel Kiprotich Mwangi"]["person"]["country"] == "KEN"
    assert people["Joe Biden"]["person"] | {"iri": None} == {
        "iri": None, "label": "Joe Biden", "type": "Person", "country": "USA", "wikidata": "Q6279",
    }
    assert people["Joe Biden"]["role"] == "president"
    assert people["Amina Odhiambo"]["person"]["country"] is None
    mwangi = people["Daniel Kiprotich Mwangi"]
    first = mwangi["mentions"][0]
    assert article.read_text(encoding="utf-8")[first["start"] : first["end"]] == "Daniel Kiprotich Mwangi"
    assert all(r["article"]["id"] == rows[0]["article"]["id"] for r in rows)
