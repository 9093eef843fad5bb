"""One article that uses every optional part of the model, with text that needs escaping.

The golden file ``tests/data/rich_article.nq`` holds the quads it becomes
(:func:`kg.rdf.article_terms` with run :data:`RUN`).
"""

from __future__ import annotations

import datetime as dt

from kg.model import Article, ArticleResult, Duplicate, Entity, EntityType, Evidence, Modality, Statement
from kg.vocab import predicate

RUN = "https://w3id.org/bikg/id/run/test"
"""The run its statements were made by (a fixed IRI: the real one changes with the software version)."""


def rich_result() -> ArticleResult:
    """The article: every entity type and modality, aliases, roles, copies, quotes, backslashes and line breaks."""
    aze = Entity("country/AZE", "Azerbaijan", EntityType.COUNTRY, country="AZE", wikidata="Q227")
    usa = Entity("country/USA", "United States", EntityType.COUNTRY, country="USA", wikidata="Q30")
    aliyev = Entity(
        "person/ilham-aliyev", "Ilham Aliyev", EntityType.PERSON, country="AZE", wikidata="Q58052", role="president",
        aliases=("Aliyev", 'Ilham "I." Aliyev'),
    )
    socar = Entity("org/socar", "SOCAR", EntityType.ORGANIZATION, country="AZE")
    banks = Entity("actor/TUR-business", "Turkish banks", EntityType.SECTOR_ACTOR, country="TUR", role="business")
    topic = Entity("topic/energy-routes", "energy routes", EntityType.TOPIC, aliases=("energy corridors",))
    text = 'Baku said "yes".\nThe US supports energy routes. Aliyev criticised SOCAR\\Turkish banks.\r\nNo deal.'
    article = Article(
        "rich-1", text, 'Aliyev: "A new\nroute" \\ é', dt.date(2021, 7, 3), "Turan", "https://example.org/news?id=1&x=é",
        "rich.txt", 'Jane "J" Doe',
        duplicates=(
            Duplicate("rich-1", "copy.txt", 0.9, "rich.txt", "Copied", dt.date(2021, 7, 4), "Other", "https://example.org/copy"),
            Duplicate("rich-1", "copy2.txt", 1.0),
        ),
    )

    def statement(s: Entity, p: str, o: Entity, modality: Modality, start: int, **more: object) -> Statement:
        evidence = Evidence(text[start : start + 30], start, start + 30)
        return Statement("rich-1", s, predicate(p), o, modality, evidence, "patterns.v1", **more)  # type: ignore[arg-type]

    return ArticleResult(article, 4, (), (
        statement(usa, "supports", topic, Modality.ASSERTED, 17, confidence=0.8123, date=dt.date(2021, 7, 2), attributed_to=aliyev,
                  cameo="050", goldstein=3.5, trigger="supports"),
        statement(aliyev, "criticizes", socar, Modality.NEGATED, 48, confidence=0.5, cameo="111", goldstein=-2.0, trigger="criticised"),
        statement(aze, "criticizes", banks, Modality.POSSIBLE, 60, confidence=1.0, goldstein=0.0, coded_category="AGREE"),
        statement(socar, "supports", usa, Modality.INTENDED, 0, confidence=0.6666666),
    ))
