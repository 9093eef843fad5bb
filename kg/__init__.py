"""bilateral-kg: news articles about relations between countries, as a knowledge graph.

The public API is the stage entry points and the data model::

    from kg import build, read_articles, extract_articles
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.errors import ArticleUnreadable, KGError, UnknownExtractor  # noqa: E402
from kg.model import Article, ArticleResult, Entity, EntityType, Evidence, Mention, Modality, Statement  # noqa: E402

__all__ = [
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
]
