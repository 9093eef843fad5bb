"""The pipeline: the only module that composes the stages.

read → nlp → resolve → extract → rdf → views. :func:`process` yields one
:class:`~kg.model.ArticleResult` per article (or a :class:`~kg.model.Skipped`);
:func:`build` writes the graph (TriG) and the HTML view;
:func:`statement_record` is the stable JSON shape of ``kg extract``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from kg.errors import ArticleUnreadable
from kg.evaluate import EntityReport, EventReport, GoldReport, load_events, load_gold, score_entities, score_events, score_gold
from kg.extract import DEFAULT_EXTRACTOR, Extractor, extract, get_extractor
from kg.model import Article, ArticleResult, BuildSummary, Entity, EntityType, Skipped, Statement, slugify
from kg.nlp import load_nlp, parse
from kg.rdf import DEFAULT_BASE, article_iri, entity_iri, to_dataset
from kg.read import read_articles
from kg.resolve import resolve

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    """Settings of a run.

    Attributes:
        extractor: registered extractor name.
        lexicon_files: user lexicon files added to the shipped one.
        strict: stop at the first unreadable input.
        base: base IRI of minted identifiers.
    """

    extractor: str = DEFAULT_EXTRACTOR
    lexicon_files: tuple[Path, ...] = ()
    strict: bool = False
    base: str = DEFAULT_BASE


def process(
    paths: Iterable[str | Path],
    options: Options = Options(),
    on_skip: Callable[[Skipped], None] | None = None,
) -> Iterator[ArticleResult]:
    """Read, parse, resolve and extract every article under ``paths``.

    Unreadable inputs are passed to ``on_skip`` (and logged); with
    ``options.strict`` the first one raises :class:`~kg.errors.ArticleUnreadable`.
    """
    extractor = get_extractor(options.extractor, options.lexicon_files)
    nlp = load_nlp()

    def skip(item: Skipped) -> None:
        log.warning("skipped %s: %s", item.origin, item.reason)
        if on_skip:
            on_skip(item)

    def articles() -> Iterator[Article]:
        for item in read_articles(paths, strict=options.strict):
            if isinstance(item, Skipped):
                skip(item)
            else:
                yield item

    for article, doc in parse(articles(), nlp):
        try:
            yield analyse(doc, article, extractor)
        except Exception as exc:  # one broken article never sinks the batch
            if options.strict:
                raise ArticleUnreadable(article.origin, f"extraction failed: {exc}") from exc
            log.exception("extraction failed for %s", article.origin)
            skip(Skipped(article.origin, f"extraction failed: {exc}"))


def analyse(doc: Doc, article: Article, extractor: Extractor) -> ArticleResult:
    """Resolve and extract one parsed article."""
    mentions = resolve(doc, article)
    statements = tuple(extract(doc, article, mentions, extractor))
    sentences = sum(1 for s in doc.sents if s.text.strip())
    return ArticleResult(article, sentences, tuple(mentions), statements)


def build(
    paths: Sequence[str | Path],
    output: Path,
    options: Options = Options(),
    on_skip: Callable[[Skipped], None] | None = None,
    html: bool = True,
) -> BuildSummary:
    """Build the graph of ``paths`` into ``output/graph.trig`` (and ``output/graph.html``).

    Returns:
        Counts of articles, sentences, statements, entities, skipped inputs and seconds.
    """
    from kg.views import to_networkx, write_html

    started = time.perf_counter()
    summary = BuildSummary()

    def count_skip(item: Skipped) -> None:
        summary.skipped.append(item)
        if on_skip:
            on_skip(item)

    results = list(process(paths, options, count_skip))
    dataset = to_dataset(results, base=options.base)
    output.mkdir(parents=True, exist_ok=True)
    dataset.serialize(destination=output / "graph.trig", format="trig")
    if html:
        write_html(to_networkx(dataset), output / "graph.html")
    summary.articles = len(results)
    summary.sentences = sum(r.sentences for r in results)
    summary.statements = sum(len(r.statements) for r in results)
    summary.entities = len({e.key for r in results for s in r.statements for e in (s.subject, s.object)})
    summary.seconds = time.perf_counter() - started
    return summary


def _entity_record(entity: Entity | None, base: str) -> dict[str, object] | None:
    if entity is None:
        return None
    return {
        "iri": str(entity_iri(entity, base)),
        "label": entity.label,
        "type": entity.type.value,
        "country": entity.country,
        "wikidata": entity.wikidata,
    }


def statement_record(statement: Statement, article: Article, base: str = DEFAULT_BASE) -> dict[str, object]:
    """The stable JSON shape of one statement (``kg extract --format jsonl``)."""
    return {
        "article": {
            "id": article.id,
            "iri": str(article_iri(article.id, base)),
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
            "url": article.url,
        },
        "subject": _entity_record(statement.subject, base),
        "predicate": statement.predicate.name,
        "category": statement.predicate.category,
        "cameo": statement.cameo,
        "goldstein": statement.goldstein,
        "object": _entity_record(statement.object, base),
        "modality": statement.modality.value,
        "attributed_to": _entity_record(statement.attributed_to, base),
        "evidence": {"text": statement.evidence.text, "start": statement.evidence.start, "end": statement.evidence.end},
        "date": statement.date.isoformat() if statement.date else None,
        "confidence": statement.confidence,
        "extractor": statement.extractor,
    }


def evaluate_gold(gold_dir: Path, paths: Sequence[str | Path], options: Options = Options()) -> GoldReport:
    """Extract ``paths`` and score them against the gold files of ``gold_dir`` (matched by file name)."""
    golds = {g.article: g for g in (load_gold(p) for p in sorted(Path(gold_dir).glob("*.json")))}
    pairs = []
    for result in process(paths, options):
        gold = golds.get(Path(result.article.origin).name)
        if gold is None:
            log.warning("no gold file for %s", result.article.origin)
            continue
        pairs.append((gold, [statement_record(s, result.article, options.base) for s in result.statements]))
    return score_gold(pairs)


def evaluate_events(events_file: Path, options: Options = Options()) -> EventReport:
    """Extract each record of a PLOVER-style JSON Lines file and score the statements."""
    records = load_events(events_file)
    produced: dict[str, list[dict[str, object]]] = {}
    for result in process([events_file], options):
        produced[result.article.id] = [statement_record(s, result.article, options.base) for s in result.statements]
    return score_events((record, produced.get(slugify(record.id), [])) for record in records)


_ACTOR_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.SECTOR_ACTOR)


def entity_records(result: ArticleResult, base: str = DEFAULT_BASE) -> list[dict[str, object]]:
    """One record per distinct actor entity the article mentions, in order of first mention (for entity scoring)."""
    records: dict[str, dict[str, object]] = {}
    for mention in result.mentions:
        entity = mention.entity
        if entity.type in _ACTOR_TYPES and entity.key not in records:
            record = _entity_record(entity, base) or {}
            records[entity.key] = {**record, "key": entity.key, "aliases": list(entity.aliases)}
    return list(records.values())


def evaluate_entities(gold_dir: Path, paths: Sequence[str | Path], options: Options = Options()) -> EntityReport:
    """Resolve the entities of ``paths`` and score them against the gold files of ``gold_dir`` (matched by file name)."""
    golds = {g.article: g for g in (load_gold(p) for p in sorted(Path(gold_dir).glob("*.json")))}
    pairs = []
    for result in process(paths, options):
        gold = golds.get(Path(result.article.origin).name)
        if gold is None:
            log.warning("no gold file for %s", result.article.origin)
            continue
        pairs.append((gold, entity_records(result, options.base)))
    return score_entities(pairs)
