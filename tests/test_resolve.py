"""Entity resolution: countries, titled people and their later mentions, sector actors."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import ArticleResult, EntityType

TEXT = (
    "President of Azerbaijan Ilham Aliyev sent a message to President of the United States of America Joseph Biden.\n\n"
    "Aliyev said the U.S. was a partner. We would like to see American companies here, the President of Azerbaijan said."
)


def test_titled_person_gets_role_and_country(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    people = {m.entity.label: m.entity for m in result.mentions if m.entity.type is EntityType.PERSON}
    assert people["Ilham Aliyev"].role == "president" and people["Ilham Aliyev"].country == "AZE"
    # A known office-holder gets the usual name of the office-holders table; the name seen is an alias.
    assert people["Joe Biden"].country == "USA" and "Joseph Biden" in people["Joe Biden"].aliases


def test_surname_and_title_mentions_resolve_to_the_same_person(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    aliyev = {m.start: m.text for m in result.mentions if m.entity.key == "person/ilham-aliyev"}
    later_title = TEXT.index("President of Azerbaijan said")
    assert {"Ilham Aliyev", "Aliyev"} <= set(aliyev.values()) and aliyev.get(later_title) == "President"


def test_variants_resolve_to_one_country_node(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    usa = {m.text for m in result.mentions if m.entity.key == "country/USA"}
    assert {"the United States of America", "U.S."} <= usa


def test_sector_actor_belongs_to_its_country(run: Callable[..., ArticleResult]) -> None:
    result = run(TEXT)
    [actor] = [m.entity for m in result.mentions if m.entity.type is EntityType.SECTOR_ACTOR]
    assert (actor.label, actor.country, actor.role) == ("American companies", "USA", "business")


def test_possessive_title(run: Callable[..., ArticleResult]) -> None:
    result = run("\"We will not accept that,\" Mali's Foreign Minister Abdoulaye Diop told reporters.")
    [diop] = [m.entity for m in result.mentions if m.entity.type is EntityType.PERSON]
    assert (diop.label, diop.role, diop.country) == ("Abdoulaye Diop", "foreign minister", "MLI")
