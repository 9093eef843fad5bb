"""bilateral-kg: news articles about relations between countries, as a knowledge graph.

The public API is the stage entry points, the data model and the errors::

    import kg
    for result in kg.process(["examples/articles"]):
        for statement in result.statements:
            print(statement.subject.label, statement.predicate.name, statement.object.label)

Stage functions are imported lazily, so ``import kg`` does not load spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

from kg.errors import ArticleUnreadable, KGError, UnknownExtractor  # noqa: E402
from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Mention, Modality, Statement  # noqa: E402

_LAZY = {
    "read_articles": "kg.read",
    "load_nlp": "kg.nlp",
    "parse": "kg.nlp",
    "resolve": "kg.resolve",
    "extract": "kg.extract",
    "get_extractor": "kg.extract",
    "to_dataset": "kg.rdf",
    "load_graph": "kg.store",
    "open_store": "kg.store",
    "open_source": "kg.store",
    "run_query": "kg.query",
    "run_endpoint_query": "kg.query",
    "named_query": "kg.query",
    "to_networkx": "kg.views",
    "write_html": "kg.views",
    "view": "kg.views",
    "process": "kg.pipeline",
    "build": "kg.pipeline",
    "statement_record": "kg.pipeline",
}

__all__ = sorted(
    [
        "Article",
        "ArticleResult",
        "ArticleUnreadable",
        "Entity",
        "EntityType",
        "Evidence",
        "KGError",
        "Mention",
        "Modality",
        "Statement",
        "UnknownExtractor",
        "__version__",
        *_LAZY,
    ]
)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
