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


class NotebookExtraMissing(KGError):
    """A notebook feature (DataFrames) needs a package of the ``notebook`` extra that is not installed."""


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


class UnknownQuery(KGError):
    """No named query is shipped under the requested name; the message lists the choices."""


class QueryParameterInvalid(KGError):
    """A named query's parameter is unknown, missing, or names nothing (an unknown country or category)."""


class ResultTooLarge(KGError):
    """A query result passes the configured cap on rows or triples."""


class EndpointFailed(KGError):
    """A remote SPARQL endpoint cannot be reached or refuses a request; the message names it."""


class QueryRefused(KGError):
    """The server refuses a query on purpose: federation (SERVICE), LOAD, or an update on a read-only server."""


class QueryTimedOut(KGError):
    """A query ran past the server's time limit and was stopped."""


class ClusterUnavailable(KGError):
    """The Dask cluster named by ``--cluster`` cannot be used (package missing, no scheduler, no worker)."""


class PushFailed(KGError):
    """Some graphs did not reach the remote store; the message lists them and how to resume.

    Attributes:
        failed: the IRIs of the graphs that did not land (``""`` for the default graph).
    """

    def __init__(self, message: str, failed: list[str]) -> None:
        super().__init__(message)
        self.failed = failed
