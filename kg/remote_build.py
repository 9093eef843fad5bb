"""Building into a remote store or part files instead of a local store: :func:`build_elsewhere`.

``kg build --push-to URL`` and ``kg build --nquads-dir DIR`` without a local store. It
composes the pipeline (:func:`kg.pipeline.process`) with the cluster's delivery helpers
(:mod:`kg.cluster`), so it sits above both and neither imports it.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cluster import BuildState, _push_quads, analyse, part_name, write_part
from kg.model import Article, ArticleResult, BuildSummary, Duplicate, Skipped
from kg.rdf import QuadSet, add_article, add_copy, add_run, article_term, run_iri

if TYPE_CHECKING:
    from kg.pipeline import Options, Progress
    from kg.push import Target


def build_elsewhere(
    paths: Sequence[str | Path],
    options: Options,
    state: Path,
    *,
    push_to: Target | None = None,
    part_dir: Path | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_duplicate: Callable[[Duplicate], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> BuildSummary:
    """Build ``paths`` into a remote store (``push_to``) and/or N-Quads part files (``part_dir``), not a local store.

    Articles the state file records with the same content are skipped before
    parsing; the others are analysed (on ``options.cluster`` if set, else as
    ``options.workers`` says) and delivered a batch of :data:`kg.write.WRITE_BATCH`
    at a time, each recorded in the state file once it landed. With
    ``part_dir`` and a cluster, the workers write the part files themselves.

    Returns:
        Counts as :func:`kg.pipeline.build` (articles delivered, unchanged, ...).

    Raises:
        PushFailed: a batch did not land; rerunning the build resumes after the last batch that did.
    """
    from kg.extract import check_extractor, get_extractor, run_name
    from kg.pipeline import process
    from kg.write import WRITE_BATCH

    if push_to is None and part_dir is None:
        raise ValueError("give push_to or part_dir")
    started = time.perf_counter()
    summary = BuildSummary()
    done = BuildState(state)
    if part_dir is not None:
        part_dir.mkdir(parents=True, exist_ok=True)
    workers_write = part_dir is not None and bool(options.cluster)
    extractor, run = None, None
    if workers_write and push_to is None:
        # the workers describe the run in each part file: the client only checks the extractor's name and
        # the user's lexicon files, and starts sending articles without loading spaCy or the lexicon
        check_extractor(options.extractor, options.lexicon_files)
    else:
        extractor = get_extractor(options.extractor, options.lexicon_files)
        name, digest = run_name(extractor, options.extractor)
        run = run_iri(name, digest, options.base)
        header = QuadSet()
        add_run(header.default_graph, run, name, digest)
        if push_to is not None:
            _push_quads(push_to, header)
        if part_dir is not None and not workers_write:
            write_part(part_dir / f"run-{hashlib.sha256(str(run).encode()).hexdigest()[:16]}.nq", header)

    def skip(item: Skipped) -> None:
        summary.skipped.append(item)
        if on_skip:
            on_skip(item)

    def duplicate(item: Duplicate) -> None:
        summary.duplicates.append(item)
        if on_duplicate:
            on_duplicate(item)

    def keep(article: Article) -> bool:
        if done.unchanged(article):
            summary.unchanged += 1
            return False
        return True

    analyser = None
    if workers_write:
        assert part_dir is not None

        def analyser(articles: Iterable[Article], opts: Options) -> Iterator[tuple[Article, ArticleResult | str]]:
            return analyse(articles, opts, part=part_dir.resolve())

    batch: list[ArticleResult] = []
    entities: set[str] = set()

    def deliver() -> None:
        if not batch:
            return
        if push_to is not None or not workers_write:  # workers that write the part files have made these quads
            assert run is not None
            quads = QuadSet()
            for result in batch:
                add_article(quads, result, run, options.base)
            if part_dir is not None and not workers_write:
                write_part(part_dir / part_name([r.article for r in batch]), quads)
            if push_to is not None:
                _push_quads(push_to, quads)
        done.record(r.article for r in batch)
        batch.clear()

    for result in process(paths, options, skip, on_duplicate=duplicate, on_progress=on_progress, keep=keep, extractor=extractor, analyser=analyser):
        batch.append(result)
        summary.articles += 1
        summary.sentences += result.sentences
        summary.statements += len(result.statements)
        entities.update(e.key for s in result.statements for e in (s.subject, s.object))
        if len(batch) >= WRITE_BATCH:
            deliver()
    deliver()
    if summary.duplicates:
        copies = QuadSet()
        for copy in summary.duplicates:
            add_copy(copies.default_graph, article_term(copy.of, options.base), copy)
        if push_to is not None:
            _push_quads(push_to, copies)
        if part_dir is not None:
            write_part(part_dir / f"copies-{hashlib.sha256(json.dumps([d.origin for d in summary.duplicates]).encode()).hexdigest()[:16]}.nq", copies)
    summary.entities = len(entities)
    summary.seconds = time.perf_counter() - started
    return summary

