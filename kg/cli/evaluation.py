"""``kg evaluate``: score extraction against gold annotations or PLOVER records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from kg.cli._common import _extractor_opt, _lexicon_opt, _options


@click.command()
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of gold *.json files.")
@click.option("--events", "events_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="PLOVER-style JSON Lines records.")
@click.argument("articles", nargs=-1, metavar="[ARTICLES...]")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "show_details", is_flag=True, help="List misses and false positives.")
@click.option("--entities", "entities", is_flag=True, help="With --gold: score entity resolution instead of statements.")
@_extractor_opt
@_lexicon_opt
def evaluate(gold_dir: Path | None, events_file: Path | None, articles: tuple[str, ...], as_json: bool, show_details: bool, entities: bool, extractor: str, lexicon: tuple[Path, ...]) -> None:
    """Score extraction against gold annotations (--gold DIR ARTICLES...) or PLOVER records (--events FILE).

    \b
    Examples:
        kg evaluate --gold examples/gold examples/articles
        kg evaluate --entities --gold examples/gold examples/articles
        kg evaluate --events tests/data/plover_dev.jsonl --json
    """
    from kg import evaluate as ev
    from kg.pipeline import evaluate_entities, evaluate_events, evaluate_gold

    if (gold_dir is None) == (events_file is None):
        raise click.UsageError("Give either --gold DIR with ARTICLES, or --events FILE.")
    options = _options(extractor, lexicon, False, "https://w3id.org/bikg/")
    if entities:
        if gold_dir is None or not articles:
            raise click.UsageError("--entities needs --gold DIR and the ARTICLES to score.")
        entity_report = evaluate_entities(gold_dir, list(articles), options)
        text = ev.format_entity_report(entity_report, verbose=show_details)
        click.echo(json.dumps(ev.entity_report_to_json(entity_report), indent=2) if as_json else text)
        return
    if gold_dir is not None:
        if not articles:
            raise click.UsageError("--gold needs the ARTICLES to score.")
        report: Any = evaluate_gold(gold_dir, list(articles), options)
        text = ev.format_gold_report(report, verbose=show_details)
    else:
        assert events_file is not None
        report = evaluate_events(events_file, options)
        text = ev.format_event_report(report, verbose=show_details)
    click.echo(json.dumps(ev.report_to_json(report), indent=2) if as_json else text)
