"""Entity-resolution scoring (kg.evaluate.score_entities*) and ``kg evaluate --entities``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import GoldArticle, entity_report_to_json, format_entity_report, load_gold, score_entities, score_entities_article

ROOT = Path(__file__).resolve().parent.parent

ENTITIES: dict[str, Any] = {
    "AZE": {"label": "Azerbaijan", "type": "Country", "wikidata": "Q227", "aliases": ["Azerbaijani"]},
    "USA": {"label": "United States", "type": "Country", "wikidata": "Q30", "aliases": ["US"]},
    "KOS": {"label": "Kosovo", "type": "Country", "aliases": []},
    "ARM": {"label": "Armenia", "type": "Country", "wikidata": "Q399", "aliases": []},
    "aliyev": {"label": "Ilham Aliyev", "type": "Person", "aliases": ["Aliyev"]},
    "NATO": {"label": "NATO", "type": "Organization", "aliases": []},
    "us_companies": {"label": "American companies", "type": "Organization", "aliases": [], "part_of": "USA"},
}


def _statement(subject: list[str], obj: list[Any]) -> dict[str, Any]:
    return {"subject": subject, "predicate": "supports", "category": "SUPPORT", "object": obj,
            "modality": "asserted", "attributed_to": None, "evidence": "", "required": True}


def _gold(tmp_path: Path, statements: list[dict[str, Any]]) -> GoldArticle:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"article": "a.txt", "entities": ENTITIES, "statements": statements}), encoding="utf-8")
    return load_gold(path)


def _entity(label: str, type_: str, country: str | None = None, wikidata: str | None = None, key: str = "") -> dict[str, Any]:
    return {"key": key or label, "label": label, "type": type_, "country": country, "wikidata": wikidata, "aliases": []}


def test_recall_and_precision_per_group(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        _statement(["aliyev"], ["USA"]),
        _statement(["AZE"], ["NATO"]),
        _statement(["KOS"], [{"topic": "peace"}]),
    ])
    system = [
        _entity("Ilham Aliyev", "Person", "AZE"),
        _entity("United States", "Country", "USA", "Q30"),
        _entity("Azerbaijan", "Country", "AZE", "Q227"),
        _entity("Kosovo", "Country", "XKX", "Q1246"),  # gold id KOS is read as XKX
        _entity("Aliyev", "Person"),  # a second node for the same person: a duplicate
        _entity("Hungary", "Country", "HUN"),  # the gold says nothing about it
    ]
    score = score_entities_article(gold, system)
    countries, others = score.groups["countries"], score.groups["people_orgs"]
    assert (countries.recalled, countries.gold, countries.right, countries.judged, countries.unjudged) == (3, 3, 3, 3, 1)
    assert (others.recalled, others.gold, others.right, others.judged) == (1, 2, 1, 2)
    assert score.misses == ("NATO (NATO)",)
    assert any("duplicate node for aliyev" in w for w in score.wrong)


def test_sector_actor_recalls_its_country_and_is_judged_only_as_a_named_org(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [_statement(["us_companies"], ["ARM"])])
    system = [
        _entity("American companies", "SectorActor", "USA"),
        _entity("Armenian troops", "SectorActor", "ARM"),
    ]
    score = score_entities_article(gold, system)
    assert score.groups["countries"].recalled == 1  # ARM through its sector actor
    assert score.groups["people_orgs"].recalled == 1 and score.groups["people_orgs"].right == 1
    assert "Armenian troops [SectorActor]" in score.unjudged


def test_wrongly_resolved_name_is_wrong(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [_statement(["AZE"], ["ARM"])])
    # "Azerbaijani" resolved to some other country node: named like AZE, matches nothing.
    system = [{**_entity("Armenia", "Country", "ARM", "Q399")},
              {**_entity("Iran", "Country", "IRN"), "aliases": ["Azerbaijani"]}]
    score = score_entities_article(gold, system)
    assert score.groups["countries"].judged == 2 and score.groups["countries"].right == 1


def test_person_country(tmp_path: Path) -> None:
    statements = [{**_statement(["aliyev"], ["AZE"]), "predicate": "leaderOf", "category": "STRUCTURAL"}]
    gold = _gold(tmp_path, statements)
    right = score_entities_article(gold, [_entity("Ilham Aliyev", "Person", "AZE")])
    wrong = score_entities_article(gold, [_entity("Ilham Aliyev", "Person", "ARM")])
    assert (right.person_country.hits, right.person_country.total) == (1, 1)
    assert (wrong.person_country.hits, wrong.person_country.total) == (0, 1)


def test_report_renders_as_text_and_json(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [_statement(["aliyev"], ["USA"])])
    report = score_entities([(gold, [_entity("Ilham Aliyev", "Person"), _entity("United States", "Country", "USA")])])
    text = format_entity_report(report, verbose=True)
    assert "TOTAL (micro)" in text and "== a.txt" in text
    data = entity_report_to_json(report)
    assert data["kind"] == "entities" and data["total"]["countries"]["recall"] == 1.0  # type: ignore[index]


def test_cli_scores_entities_of_a_dev_article(tmp_path: Path) -> None:
    name = "armenia-azerbaijan-prisoner-release-2023"
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(ROOT / "examples/gold" / f"{name}.json", gold_dir)
    result = CliRunner().invoke(main, ["evaluate", "--entities", "--json", "--gold", str(gold_dir),
                                       str(ROOT / "examples/articles" / f"{name}.txt")])
    assert result.exit_code == 0, result.output
    total = json.loads(result.output)["total"]
    assert total["countries"]["recall"] == 1.0 and total["people_orgs"]["recall"] == 1.0


def test_cli_entities_needs_gold() -> None:
    result = CliRunner().invoke(main, ["evaluate", "--entities", "examples/articles"])
    assert result.exit_code == 2 and "--gold" in result.output
