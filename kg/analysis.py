"""One parsed article through resolution and extraction: :func:`analyse`.

Kept apart from :mod:`kg.pipeline` so that the engines that run it elsewhere (the local
process pool, a Dask worker in :mod:`kg.cluster`) need not import the pipeline that
composes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import Extractor, extract
from kg.model import Article, ArticleResult

if TYPE_CHECKING:  # spaCy loads with the modules that parse: a cluster client that only reads articles never does
    from spacy.language import Language
    from spacy.tokens import Doc

GC_YOUNG = 10_000
"""Allocations between two collections of the garbage collector's youngest generation while articles are
processed (Python's default is 700). spaCy makes and drops many objects per article; collecting less often
cuts the collector's time in a build by about 40% (measured in ``benchmarks/README.md``)."""


def analyse(doc: Doc, article: Article, extractor: Extractor) -> ArticleResult:
    """Resolve and extract one parsed article."""
    from kg.nlp import span_text
    from kg.resolve import resolve

    mentions = resolve(doc, article)
    statements = tuple(extract(doc, article, mentions, extractor))
    sentences = sum(1 for s in doc.sents if span_text(s).strip())
    return ArticleResult(article, sentences, tuple(mentions), statements)


def analyse_batch(articles: list[Article], nlp: Language, extractor: Extractor) -> list[ArticleResult | str]:
    """Parse articles in one spaCy batch (faster than one by one) and analyse each.

    An article whose analysis fails gives its error as a string instead, for the caller
    (a local worker's parent, or a Dask client) to report or, with ``--strict``, to raise.
    """
    from kg.nlp import parse

    outcomes: list[ArticleResult | str] = []
    for article, doc in parse(articles, nlp, batch_size=len(articles)):
        try:
            outcomes.append(analyse(doc, article, extractor))
        except Exception as exc:  # reported by the caller, which decides (strict or skip)
            outcomes.append(f"{type(exc).__name__}: {exc}")
    return outcomes
