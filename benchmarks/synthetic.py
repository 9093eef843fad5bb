"""A synthetic news graph of a given size, for the view benchmarks (no NLP involved).

Entities follow a preferential-attachment pattern (a few hubs, many leaves), as
real news graphs do: countries are the hubs, topics and people mostly leaves.
"""

from __future__ import annotations

import datetime as dt
import random

from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Modality, Statement
from kg.vocab import predicates

_TYPES = [(EntityType.COUNTRY, 0.04), (EntityType.ORGANIZATION, 0.08), (EntityType.PERSON, 0.25),
          (EntityType.SECTOR_ACTOR, 0.08), (EntityType.TOPIC, 0.55)]


def synthetic_results(nodes: int, edges: int, *, seed: int = 7, per_article: int = 6) -> list[ArticleResult]:
    """About ``nodes`` entities and ``edges`` distinct (subject, predicate, object) statements.

    Every fifth statement is repeated in a second article, so edges aggregate
    several mentions and sources.
    """
    rng = random.Random(seed)
    preds = [p for p in predicates().values()]
    entities: list[Entity] = []
    countries: list[Entity] = []
    for i in range(nodes):
        r, acc = rng.random(), 0.0
        kind = EntityType.TOPIC
        for t, share in _TYPES:
            acc += share
            if r < acc:
                kind = t
                break
        if kind is EntityType.COUNTRY or (i < 2):
            code = f"C{len(countries):03d}" if len(countries) >= 2 else ("AZE", "USA")[len(countries)]
            e = Entity(f"country/{code}", f"Country {code}", EntityType.COUNTRY, country=code, wikidata=f"Q{1000 + i}")
            countries.append(e)
        else:
            country = rng.choice(countries).country if kind is not EntityType.TOPIC else None
            e = Entity(f"{kind.value.lower()}/e{i}", f"{kind.value} {i}", kind, country=country)
        entities.append(e)
    weights = [1.0] * len(entities)
    actors = [i for i, e in enumerate(entities) if e.type is not EntityType.TOPIC]
    seen: set[tuple[int, str, int]] = set()
    triples: list[tuple[int, str, int]] = []
    # First every entity once (so the graph has exactly ``nodes`` nodes), then preferential attachment.
    pending = list(range(len(entities)))
    rng.shuffle(pending)
    while len(triples) < edges:
        p = rng.choice(preds).name
        if pending:
            new = pending.pop()
            hub = rng.choices(actors, weights=[weights[i] for i in actors])[0]
            s, o = (new, hub) if entities[new].type is not EntityType.TOPIC and rng.random() < 0.5 else (hub, new)
        else:
            s = rng.choices(actors, weights=[weights[i] for i in actors])[0]
            o = rng.choices(range(len(entities)), weights=weights)[0] if rng.random() < 0.7 else rng.randrange(len(entities))
        if s == o or (s, p, o) in seen:
            if pending and s != o:
                pending.append(new)
            continue
        seen.add((s, p, o))
        triples.append((s, p, o))
        weights[s] += 1
        weights[o] += 1
    mentions = triples + [t for i, t in enumerate(triples) if i % 5 == 0]
    rng.shuffle(mentions)
    start = dt.date(2019, 1, 1)
    results = []
    by_name = predicates()
    for a in range(0, len(mentions), per_article):
        chunk = mentions[a:a + per_article]
        date = start + dt.timedelta(days=rng.randrange(6 * 365))
        sentences = [f"{entities[s].label} {p} {entities[o].label} (sentence {a + k})." for k, (s, p, o) in enumerate(chunk)]
        text = " ".join(sentences)
        article = Article(f"syn{a // per_article}", text, title=f"Synthetic article {a // per_article}", published=date,
                          source=f"Agency {rng.randrange(20)}", url=f"https://example.org/news/{a // per_article}")
        statements = []
        offset = 0
        for (s, p, o), sentence in zip(chunk, sentences):
            pred = by_name[p]
            statements.append(Statement(
                article_id=article.id, subject=entities[s], predicate=pred, object=entities[o],
                modality=Modality.ASSERTED if rng.random() < 0.85 else Modality.POSSIBLE,
                evidence=Evidence(sentence, offset, offset + len(sentence)), extractor="synthetic.v1",
                confidence=0.8, date=date, cameo=pred.cameo, goldstein=pred.goldstein,
            ))
            offset += len(sentence) + 1
        results.append(ArticleResult(article, len(chunk), (), tuple(statements)))
    return results
