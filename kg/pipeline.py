"""The pipeline: the only module that composes the stages.

read → nlp → resolve → extract → rdf → store. :func:`process` yields one
:class:`~kg.model.ArticleResult` per article (or a :class:`~kg.model.Skipped`);
:func:`build` writes them into the on-disk store, incrementally (and, on
request, the TriG file and the HTML view);
:func:`statement_record` is the stable JSON shape of ``kg extract``.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Dataset

from kg.analysis import GC_YOUNG, analyse, analyse_batch
from kg.errors import ArticleUnreadable
from kg.evaluate import (
    EntityReport,
    EventReport,
    GoldArticle,
    GoldReport,
    load_events,
    load_gold,
    score_entities,
    score_events,
    score_gold,
)
from kg.extract import DEFAULT_EXTRACTOR, Extractor, get_extractor, run_name
from kg.model import (
    Article,
    ArticleResult,
    BuildSummary,
    Duplicate,
    Entity,
    EntityType,
    Mention,
    Skipped,
    Statement,
    slugify,
)
from kg.rdf import DEFAULT_BASE, article_iri, entity_iri, run_iri
from kg.read import read_articles
from kg.read.dedup import SIGNATURES, Deduplicator, load_signatures, save_signatures

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    """Settings of a run.

    Attributes:
        extractor: registered extractor name.
        lexicon_files: user lexicon files added to the shipped one.
        strict: stop at the first unreadable input.
        base: base IRI of minted identifiers.
        fields: corpus column for each article field (``--field text=body``), see :mod:`kg.read.corpus`.
        workers: processes that parse and extract in parallel (1: in this process).
        shard: ``(I, N)``: process only the articles of shard I of N (1-based),
            chosen by :func:`in_shard` from the article id.
        summaries: keep the store's dyad summaries (:mod:`kg.summary`) up to date
            as articles are written. Without, a build is faster and drops the
            summaries it would leave stale; the corpus-wide named queries then
            read every statement until ``kg summarize`` computes them again.
        cluster: address of a Dask scheduler (``tcp://HOST:8786``): parse and
            extract on its workers (:mod:`kg.cluster`) instead of ``workers`` local processes.
    """

    extractor: str = DEFAULT_EXTRACTOR
    lexicon_files: tuple[Path, ...] = ()
    strict: bool = False
    base: str = DEFAULT_BASE
    fields: Mapping[str, str] = field(default_factory=dict)
    workers: int = 1
    shard: tuple[int, int] | None = None
    summaries: bool = True
    cluster: str | None = None


@dataclass(frozen=True)
class Progress:
    """How far a run has got, for progress bars.

    Attributes:
        inputs: number of inputs (files, URLs, stdin) in the batch.
        done: inputs whose articles have all been analysed.
        articles: articles analysed so far.
        statements: statements extracted so far.
        current: the input being worked on.
    """

    inputs: int
    done: int
    articles: int
    statements: int
    current: str


def skip_reasons(skipped: Iterable[Skipped]) -> dict[str, int]:
    """How many inputs were skipped for each kind of reason (the reason up to its details), most frequent first.

    >>> skip_reasons([Skipped("a", "not valid JSON: Expecting value (column 1)"), Skipped("b", "empty file"),
    ...               Skipped("c", "not valid JSON: Extra data (column 9)")])
    {'not valid JSON': 2, 'empty file': 1}
    """
    counts = Counter(re.split(r":| \(|\n", item.reason.strip(), maxsplit=1)[0].strip() for item in skipped)  # a reason may span lines
    return dict(counts.most_common())


def in_shard(article_id: str, shard: tuple[int, int] | None) -> bool:
    """Whether an article belongs to shard ``(I, N)``: SHA-256 of its id, modulo N, equals I - 1.

    The id (the record's ``id``, else a hash of the text) does not depend on
    the machine, the input's path or its order, so N machines given the same
    inputs and ``--shard 1/N`` ... ``--shard N/N`` build disjoint shards that
    cover every article.

    >>> [in_shard("azerbaijan-us", (i, 3)) for i in (1, 2, 3)].count(True)
    1
    """
    if shard is None:
        return True
    index, count = shard
    return int(hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16], 16) % count == index - 1


def process(
    paths: Iterable[str | Path],
    options: Options = Options(),
    on_skip: Callable[[Skipped], None] | None = None,
    *,
    on_duplicate: Callable[[Duplicate], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    keep: Callable[[Article], bool] | None = None,
    extractor: Extractor | None = None,
    seen: Deduplicator | None = None,
    analyser: Callable[[Iterable[Article], Options], Iterator[tuple[Article, ArticleResult | str]]] | None = None,
) -> Iterator[ArticleResult]:
    """Read, parse, resolve and extract every article under ``paths``.

    Unreadable and non-English inputs are passed to ``on_skip`` (and logged);
    with ``options.strict`` the first one raises
    :class:`~kg.errors.ArticleUnreadable`. Repeats of an article already read
    are passed to ``on_duplicate`` and not analysed again. ``on_progress`` is
    called after each article. Articles for which ``keep`` returns False are
    read but not parsed (a store that already holds them). ``extractor``
    defaults to ``options.extractor``; with ``options.workers`` > 1, each worker
    process loads its own; with ``options.cluster``, each Dask worker does
    (:func:`kg.cluster.analyse`). ``analyser`` replaces how articles are
    parsed and extracted (given the articles to analyse and ``options``).
    ``seen`` holds the articles of earlier runs, to find repeats of them too
    (:func:`kg.read.read_articles`).

    Raises:
        ArticleUnreadable: with ``options.strict``, at the first input skipped.
        UnknownField: ``options.fields`` names a field articles do not have.
    """
    counts = Counter[str]()  # "input" being read, "inputs" in the batch, "done" inputs, "articles" and "statements" analysed
    pending: deque[int] = deque()  # input index of each article handed to the parser, in order

    def skip(item: Skipped) -> None:
        log.warning("skipped %s: %s", item.origin, item.reason)
        if on_skip:
            on_skip(item)

    def on_input(index: int, total: int, origin: str) -> None:
        counts["input"], counts["inputs"] = index, total
        if on_progress:
            on_progress(Progress(total, counts["done"], counts["articles"], counts["statements"], origin))

    def articles() -> Iterator[Article]:
        for item in read_articles(paths, strict=options.strict, fields=options.fields, on_input=on_input, seen=seen):
            if isinstance(item, Skipped):
                skip(item)
            elif isinstance(item, Duplicate):
                log.info("duplicate %s of article %s", item.origin, item.of)
                if on_duplicate:
                    on_duplicate(item)
            elif in_shard(item.id, options.shard) and (keep is None or keep(item)):
                pending.append(counts["input"])
                yield item

    def report(article: Article, statements: int) -> None:
        counts.update(articles=1, statements=statements)
        index = pending.popleft() if pending else 0
        counts["done"] = index if pending and pending[0] == index else index + 1
        if on_progress:
            on_progress(Progress(counts["inputs"], counts["done"], counts["articles"], counts["statements"], article.origin))

    def failed(article: Article, exc: Exception | str) -> None:
        if options.strict:
            raise ArticleUnreadable(article.origin, f"extraction failed: {exc}")
        log.error("extraction failed for %s: %s", article.origin, exc)
        skip(Skipped(article.origin, f"extraction failed: {exc}"))
        report(article, 0)

    if analyser is None and options.cluster:
        from kg.cluster import analyse as analyser
    if analyser is not None:
        outcomes: Iterator[tuple[Article, ArticleResult | str]] = analyser(articles(), options)
    elif options.workers > 1:
        outcomes = _parallel(articles(), options)
    else:
        outcomes = _serial(articles(), extractor or get_extractor(options.extractor, options.lexicon_files))
    with fewer_collections():
        for article, outcome in outcomes:
            if isinstance(outcome, ArticleResult):
                report(article, len(outcome.statements))
                yield outcome
            else:
                failed(article, outcome)
    if on_progress:
        on_progress(Progress(counts["inputs"], counts["inputs"], counts["articles"], counts["statements"], ""))




@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest generation every :data:`GC_YOUNG` allocations inside the block (restored after it)."""
    previous = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _serial(articles: Iterable[Article], extractor: Extractor) -> Iterator[tuple[Article, ArticleResult | str]]:
    """Parse (in spaCy batches) and extract in this process."""
    from kg.nlp import load_nlp, parse

    for article, doc in parse(articles, load_nlp()):
        try:
            yield article, analyse(doc, article, extractor)
        except Exception as exc:  # one broken article never sinks the batch
            log.debug("extraction failed for %s", article.origin, exc_info=True)
            yield article, f"{type(exc).__name__}: {exc}"


# ---------------------------------------------------------------- parallel workers

_WORKER: tuple[Language, Extractor] | None = None


def _start_worker(extractor_name: str, lexicon_files: tuple[Path, ...]) -> None:
    from kg.nlp import load_nlp

    global _WORKER
    _WORKER = (load_nlp(), get_extractor(extractor_name, lexicon_files))
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])  # a worker only processes articles


def _work(articles: list[Article]) -> list[ArticleResult | str]:
    """Parse a chunk of articles in one spaCy batch (faster than one by one) and analyse each."""
    assert _WORKER is not None, "worker not started"
    return analyse_batch(articles, *_WORKER)


CHUNK = 8
"""Articles sent to a worker at once: parsed as one spaCy batch (about 15% faster than one at a time)."""


def _parallel(articles: Iterable[Article], options: Options) -> Iterator[tuple[Article, ArticleResult | str]]:
    """Parse and extract in ``options.workers`` processes, in input order, with a bounded queue.

    Workers are spawned (not forked: the parent may hold an open store) and each
    loads the pipeline once. Articles go out in chunks of :data:`CHUNK`, at most
    two chunks per worker in flight, so memory does not grow with the corpus.
    """
    context = multiprocessing.get_context("spawn")
    in_flight: deque[tuple[list[Article], Any]] = deque()
    limit = 2 * options.workers

    def results() -> Iterator[tuple[Article, ArticleResult | str]]:
        chunk, pending = in_flight.popleft()
        yield from zip(chunk, pending.get(), strict=True)

    with context.Pool(options.workers, initializer=_start_worker, initargs=(options.extractor, options.lexicon_files)) as pool:
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) < CHUNK:
                continue
            in_flight.append((chunk, pool.apply_async(_work, (chunk,))))
            chunk = []
            while len(in_flight) >= limit:
                yield from results()
        if chunk:
            in_flight.append((chunk, pool.apply_async(_work, (chunk,))))
        while in_flight:
            yield from results()


def build(
    paths: Sequence[str | Path],
    store: Path,
    options: Options = Options(),
    on_skip: Callable[[Skipped], None] | None = None,
    *,
    output: Path | None = None,
    html: bool = True,
    on_duplicate: Callable[[Duplicate], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> BuildSummary:
    """Build the graph of ``paths`` into the on-disk store ``store``, incrementally.

    An article the store holds with the same content is skipped before parsing;
    one whose content changed (same id or URL) replaces its stored version;
    articles are written :data:`~kg.write.WRITE_BATCH` to a transaction (each
    whole or absent after a crash). Duplicates are counted once: after
    the articles, each copy is recorded as a further source of the article
    kept (:func:`kg.rdf.add_copy`); the store folder keeps the signatures of
    its articles (:data:`kg.read.dedup.SIGNATURES`), so a copy of an article
    of an earlier build is found too. With ``output``, the whole store is also
    written to ``output/graph.trig`` (and ``output/graph.html``).

    Returns:
        Counts of articles (added, replaced, unchanged), sentences, statements,
        entities, skipped inputs, duplicates and seconds.
    """
    from kg.store import open_store
    from kg.write import (
        FLUSH_EVERY,
        WRITE_BATCH,
        ArticleIndex,
        flush,
        write_articles,
        write_copies,
        write_run,
    )
    from kg.summary import drop_summaries, ensure_summaries

    started = time.perf_counter()
    summary = BuildSummary()

    def count_skip(item: Skipped) -> None:
        summary.skipped.append(item)
        if on_skip:
            on_skip(item)

    extractor = get_extractor(options.extractor, options.lexicon_files)
    name, digest = run_name(extractor, options.extractor)
    run = run_iri(name, digest, options.base)
    dataset = open_store(store)
    if not options.summaries:
        drop_summaries(dataset)  # writes that do not follow them would leave them wrong
    elif ensure_summaries(dataset):  # a new store, or one built before the dyad summaries existed
        log.info("%s: dyad summaries computed", store)
    index = ArticleIndex(dataset)

    def stored(article_id: str) -> bool:
        return str(article_iri(article_id, options.base)) in index.by_iri

    # the signatures of the articles of earlier builds: a repeat of one of them is a duplicate too
    seen = load_signatures(store / SIGNATURES, stored)
    saved = time.perf_counter()

    def count_duplicate(item: Duplicate) -> None:
        summary.duplicates.append(item)
        if on_duplicate:
            on_duplicate(item)

    def changed(article: Article) -> bool:
        if index.unchanged(article, options.base):
            summary.unchanged += 1
            return False
        return True

    entities: set[str] = set()
    write_run(dataset, run, name, digest)
    results = process(
        paths, options, count_skip, on_duplicate=count_duplicate, on_progress=on_progress, keep=changed, extractor=extractor, seen=seen
    )
    batch: list[ArticleResult] = []  # written WRITE_BATCH at a time, in one transaction each

    def write_batch() -> None:
        if batch:
            summary.replaced += write_articles(dataset, batch, run, index, options.base).count("replaced")
            batch.clear()

    for result in results:
        if any(_same_article(result.article, other.article) for other in batch):
            write_batch()  # the later version replaces the earlier one: write them in turn
        batch.append(result)
        summary.articles += 1
        if len(batch) >= WRITE_BATCH:
            write_batch()
        if summary.articles % FLUSH_EVERY == 0:
            write_batch()
            flush(dataset)
            if time.perf_counter() - saved > SAVE_SIGNATURES_EVERY:  # the file grows with the store: not at every flush
                save_signatures(seen, store / SIGNATURES, stored)
                saved = time.perf_counter()
        summary.sentences += result.sentences
        summary.statements += len(result.statements)
        entities.update(e.key for s in result.statements for e in (s.subject, s.object))
    write_batch()
    summary.entities = len(entities)
    write_copies(dataset, summary.duplicates, options.base)
    flush(dataset)  # or every later open of the store replays the last writes from RocksDB's log
    save_signatures(seen, store / SIGNATURES, stored)
    if output is not None:
        write_outputs(dataset, output, html=html)
    summary.seconds = time.perf_counter() - started
    return summary


SAVE_SIGNATURES_EVERY = 60.0
"""Seconds between two saves of the store's duplicate signatures during a build (and once at its end): a build
killed in between loses only the signatures of its last minute, whose copies a later build then keeps."""


def _same_article(a: Article, b: Article) -> bool:
    """Whether two articles are versions of one (same id, or same URL): one replaces the other."""
    return a.id == b.id or (a.url is not None and a.url == b.url)


def write_outputs(dataset: Dataset, output: Path, *, html: bool = True) -> None:
    """Write ``output/graph.trig`` (and ``output/graph.html``) from a dataset."""
    from kg.export import export
    from kg.views import write_view

    output.mkdir(parents=True, exist_ok=True)
    export(dataset, "trig", output / "graph.trig")
    if html:
        write_view(dataset, output / "graph.html")


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


def _date_text(statement: Statement) -> str | None:
    """The event date as far as the text gives it: ``2001`` (year), ``2001-03`` (month) or ``2001-03-05``."""
    if statement.date is None:
        return None
    return statement.date.isoformat()[: {"year": 4, "month": 7}.get(statement.date_precision, 10)]


def statement_record(statement: Statement, article: Article, base: str = DEFAULT_BASE) -> dict[str, object]:
    """The stable JSON shape of one statement (``kg extract --format jsonl``)."""
    return {
        "article": article_record(article, base),
        "subject": _entity_record(statement.subject, base),
        "predicate": statement.predicate.name,
        "category": statement.category,
        "predicate_category": statement.predicate.category,
        "cameo": statement.cameo,
        "goldstein": statement.goldstein,
        "object": _entity_record(statement.object, base),
        "modality": statement.modality.value,
        "attributed_to": _entity_record(statement.attributed_to, base),
        "evidence": {"text": statement.evidence.text, "start": statement.evidence.start, "end": statement.evidence.end},
        "date": _date_text(statement),
        "date_precision": statement.date_precision if statement.date else None,
        "valid_from": statement.valid_from,
        "valid_until": statement.valid_until,
        "former": statement.former,
        "confidence": statement.confidence,
        "extractor": statement.extractor,
    }


def person_records(result: ArticleResult, base: str = DEFAULT_BASE) -> list[dict[str, object]]:
    """The people an article names, once each in order of first mention (``kg extract --format people``).

    Every resolved person is listed, whether or not a statement names them, with the
    country the text gives (their title, a nationality, an apposition; or the office-holders
    table), their role and their Wikidata id where the table has one.
    """
    article = article_record(result.article, base)
    by_key: dict[str, list[Mention]] = {}
    for mention in result.mentions:
        if mention.entity.type is EntityType.PERSON:
            by_key.setdefault(mention.entity.key, []).append(mention)
    records: list[dict[str, object]] = []
    for mentions in by_key.values():
        entity = mentions[0].entity
        records.append({
            "article": article,
            "person": _entity_record(entity, base),
            "role": entity.role,
            "aliases": list(entity.aliases),
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in mentions],
        })
    return records


def article_record(article: Article, base: str = DEFAULT_BASE) -> dict[str, object]:
    """The ``article`` object of the ``kg extract`` records."""
    return {
        "id": article.id,
        "iri": str(article_iri(article.id, base)),
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
    }


def _with_gold(gold_dir: Path, paths: Sequence[str | Path], options: Options) -> Iterator[tuple[GoldArticle, ArticleResult]]:
    """Each result of ``paths`` with the gold file of ``gold_dir`` for it (matched by file name)."""
    golds = {g.article: g for g in (load_gold(p) for p in sorted(Path(gold_dir).glob("*.json")))}
    for result in process(paths, options):
        gold = golds.get(Path(result.article.origin).name)
        if gold is None:
            log.warning("no gold file for %s", result.article.origin)
            continue
        yield gold, result


def evaluate_gold(gold_dir: Path, paths: Sequence[str | Path], options: Options = Options()) -> GoldReport:
    """Extract ``paths`` and score them against the gold files of ``gold_dir`` (matched by file name)."""
    return score_gold(
        (gold, [statement_record(s, result.article, options.base) for s in result.statements])
        for gold, result in _with_gold(gold_dir, paths, options)
    )


def evaluate_events(events_file: Path, options: Options = Options()) -> EventReport:
    """Extract each record of a PLOVER-style JSON Lines file and score the statements.

    The reader keeps one copy of identical texts; a record whose sentence repeats an earlier
    record's (the same sentence coded with two events) is scored on that copy's statements.
    """
    records = load_events(events_file)
    produced: dict[str, list[dict[str, object]]] = {}
    for result in process([events_file], options):
        produced[result.article.id] = [statement_record(s, result.article, options.base) for s in result.statements]
    by_text: dict[str, list[dict[str, object]]] = {}
    for record in records:
        if slugify(record.id) in produced:
            by_text.setdefault(record.text.strip(), produced[slugify(record.id)])
    return score_events((record, produced.get(slugify(record.id), by_text.get(record.text.strip(), []))) for record in records)


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
    return score_entities((gold, entity_records(result, options.base)) for gold, result in _with_gold(gold_dir, paths, options))
