"""The exception tree of bilateral-kg.

Every expected failure is a :class:`KGError`; the CLI prints its message as
``Error: ...`` on stderr and exits with status 1.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error bilateral-kg raises on purpose."""


class ArticleUnreadable(KGError):
    """An input file or record cannot be read as an article.

    Attributes:
        source: the file (and line) that failed.
        reason: what is wrong with it, in a few words.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnknownExtractor(KGError):
    """No extractor is registered under the requested name."""


class UnknownPredicate(KGError):
    """A lexicon entry names a predicate that is not in the vocabulary."""


class LexiconInvalid(KGError):
    """A lexicon file is malformed."""


class ModelNotInstalled(KGError):
    """No English spaCy pipeline is installed."""


class QueryFailed(KGError):
    """A SPARQL query could not be parsed or run."""


class GraphUnreadable(KGError):
    """An RDF graph file cannot be parsed."""


class EvaluationDataInvalid(KGError):
    """A gold or evaluation file is malformed; the message names the file."""


class StoreUnavailable(KGError):
    """A store folder cannot be opened (missing, locked by another process, or not a store)."""


class UnknownField(KGError):
    """A ``--field NAME=COLUMN`` mapping names a field articles do not have."""


class UnknownCountry(KGError):
    """A view names a country that is not in the graph; the message lists those present."""


class InvalidViewOption(KGError):
    """A view option (date, category, depth, cap) is malformed or contradicts another."""
