"""Tests of the scorer (kg.evaluate): matching rules, counts, reports and file errors."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.evaluate as evaluate
from kg.errors import EvaluationDataInvalid, KGError
from kg.evaluate import (
    GoldArticle,
    content_words,
    format_event_report,
    format_gold_report,
    lemma,
    load_events,
    load_gold,
    normalize_label,
    report_to_json,
    score_article,
    score_events,
    score_gold,
    topic_overlap,
)

# --------------------------------------------------------------------------- fixtures

ENTITIES: dict[str, Any] = {
    "AZE": {"label": "Azerbaijan", "type": "Country", "wikidata": "Q227", "aliases": ["Republic of Azerbaijan"]},
    "USA": {"label": "United States", "type": "Country", "wikidata": "Q30", "aliases": ["US", "America"]},
    "ARM": {"label": "Armenia", "type": "Country", "wikidata": "Q399", "aliases": []},
    "aliyev": {"label": "Ilham Aliyev", "type": "Person", "aliases": ["Aliyev"]},
    "us_companies": {"label": "American companies", "type": "Organization", "aliases": ["US companies"],
                     "part_of": "USA"},
}


def gold_statement(subject: list[Any], predicate: str, category: str, obj: list[Any], **extra: Any) -> dict[str, Any]:
    return {
        "subject": subject, "predicate": predicate, "category": category, "object": obj,
        "modality": extra.get("modality", "asserted"), "attributed_to": extra.get("attributed_to"),
        "evidence": extra.get("evidence", ""), "required": extra.get("required", True),
    }


def make_gold(tmp_path: Path, statements: list[dict[str, Any]], name: str = "a.txt") -> GoldArticle:
    """Write a gold file and read it back with load_gold (so parsing is exercised too)."""
    path = tmp_path / (name.removesuffix(".txt") + ".json")
    data = {"article": name, "metadata": {"title": "T", "source": "S", "published": "2021-07-03"},
            "entities": ENTITIES, "statements": statements}
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_gold(path)


def ent(label: str, type_: str = "Country", country: str | None = None, wikidata: str | None = None) -> dict[str, Any]:
    return {"iri": f"x:{label}", "label": label, "type": type_, "country": country, "wikidata": wikidata}


def rec(subject: dict[str, Any], predicate: str, category: str, obj: dict[str, Any], *,
        modality: str = "asserted", attributed_to: dict[str, Any] | None = None,
        text: str = "Some sentence.", confidence: float = 0.5) -> dict[str, Any]:
    return {
        "article": {"id": "a1", "title": "T", "published": "2021-07-03", "source": "S", "url": None},
        "subject": subject, "predicate": predicate, "category": category, "cameo": None, "object": obj,
        "modality": modality, "attributed_to": attributed_to,
        "evidence": {"text": text, "start": 0, "end": len(text)},
        "date": "2021-07-03", "confidence": confidence, "extractor": "test.v1",
    }


AZE = ent("Azerbaijan", country="AZE", wikidata="Q227")
USA = ent("United States", country="USA", wikidata="Q30")
ARM = ent("Armenia", country="ARM", wikidata="Q399")


def topic(label: str) -> dict[str, Any]:
    return ent(label, "Topic")


# --------------------------------------------------------------------------- normalisation


def test_module_doctests_pass() -> None:
    from kg.evaluate import normalize  # the examples live with the normalising functions

    result = doctest.testmod(normalize)
    assert result.attempted >= 5
    assert result.failed == 0


@pytest.mark.parametrize("a, b", [("U.S.", "US"), ("the United States", "United  States"),
                                  ("Côte d’Ivoire", "cote d'ivoire"), ("THE U.S.", "us")])
def test_normalize_label_equates_variants(a: str, b: str) -> None:
    assert normalize_label(a) == normalize_label(b)


def test_normalize_label_keeps_distinct_names_apart() -> None:
    assert normalize_label("Armenia") != normalize_label("Armenian")
    assert normalize_label("Theodore") == "theodore"  # only a leading "the " word is dropped


def test_lemma_and_content_words() -> None:
    assert lemma("policies") == "policy"
    assert lemma("approaches") == "approach"
    assert lemma("routes") == "route"
    assert lemma("process") == "process"
    assert content_words("the expansion of rail freight links") == {
        "expansion", "rail", "freight", "link"}


# --------------------------------------------------------------------------- entity matching


@pytest.mark.parametrize("system_usa", [
    pytest.param(ent("United States"), id="label"),
    pytest.param(ent("America", "Organization"), id="alias"),
    pytest.param(ent("the U.S."), id="alias-dots-and-article"),
    pytest.param(ent("Uncle Sam", wikidata="Q30"), id="wikidata"),
    pytest.param(ent("Washington", "Country", country="USA"), id="iso-country"),
    pytest.param(ent("U.S. companies", "Organization", country="USA"), id="part-of"),
])
def test_entity_matches_by_label_alias_wikidata_iso_and_part_of(tmp_path: Path, system_usa: dict[str, Any]) -> None:
    gold = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])])
    score = score_article(gold, [rec(AZE, "praises", "SUPPORT", system_usa)])
    assert (score.typed.counts.correct, score.typed.counts.recalled) == (1, 1)
    assert score.typed.misses == () and score.typed.false_positives == ()


@pytest.mark.parametrize("system_usa", [
    pytest.param(ent("Joe Biden", "Person", country="USA"), id="person-with-country"),
    pytest.param(ent("Washington", "Organization", country="USA"), id="organization-with-country"),
    pytest.param(ent("Uncle Sam", wikidata="Q31"), id="other-wikidata"),
    pytest.param(ent("Americans"), id="unlisted-demonym"),
])
def test_entity_does_not_match_without_a_rule(tmp_path: Path, system_usa: dict[str, Any]) -> None:
    gold = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])])
    score = score_article(gold, [rec(AZE, "praises", "SUPPORT", system_usa)])
    assert score.typed.counts == evaluate.Counts(correct=0, system=1, recalled=0, gold=1)
    assert [fp.object for fp in score.typed.false_positives] == [system_usa["label"]]
    assert [m.object for m in score.typed.misses] == ["United States"]


def test_any_listed_alternative_counts(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [gold_statement(["aliyev", "AZE"], "praises", "SUPPORT", ["USA"])])
    score = score_article(gold, [rec(ent("Aliyev", "Person", country="AZE"), "praises", "SUPPORT", USA)])
    assert score.typed.counts.recalled == 1


# --------------------------------------------------------------------------- direction, dyads, required


def test_symmetric_predicate_matches_in_either_direction(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [gold_statement(["AZE"], "cooperatesWith", "COOPERATE", ["USA"])])
    score = score_article(gold, [rec(USA, "cooperatesWith", "COOPERATE", AZE)])
    assert score.typed.counts.correct == 1 and score.typed.counts.recalled == 1


def test_directed_predicate_does_not_match_reversed_but_dyad_does(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [gold_statement(["ARM"], "occupies", "ASSAULT", ["AZE"])])
    score = score_article(gold, [rec(AZE, "occupies", "ASSAULT", ARM)])
    assert score.typed.counts == evaluate.Counts(correct=0, system=1, recalled=0, gold=1)
    assert score.dyad.counts == evaluate.Counts(correct=1, system=1, recalled=1, gold=1)


def test_dyad_ignores_category_typed_does_not(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])])
    score = score_article(gold, [rec(AZE, "cooperatesWith", "COOPERATE", USA)])
    assert score.typed.counts.f1 == 0.0
    assert score.dyad.counts.f1 == 1.0
    assert score.typed.false_positives[0].predicate == "cooperatesWith"
    assert score.typed.misses[0].predicate == "praises"


def test_non_required_gold_is_neither_recall_nor_false_positive(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [
        gold_statement(["AZE"], "praises", "SUPPORT", ["USA"]),
        gold_statement(["AZE"], "fightsWith", "ASSAULT", ["ARM"], required=False),
    ])
    matched_optional = score_article(gold, [rec(ARM, "fightsWith", "ASSAULT", AZE)])
    assert matched_optional.typed.counts == evaluate.Counts(correct=1, system=1, recalled=0, gold=1)
    assert matched_optional.typed.false_positives == ()
    assert [m.predicate for m in matched_optional.typed.misses] == ["praises"]  # optional one not a miss
    nothing = score_article(gold, [])
    assert nothing.typed.counts.gold == 1
    assert [m.predicate for m in nothing.typed.misses] == ["praises"]


def test_no_system_statements_gives_zero_precision(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])])
    counts = score_article(gold, []).typed.counts
    assert (counts.precision, counts.recall, counts.f1) == (0.0, 0.0, 0.0)


# --------------------------------------------------------------------------- topics


def test_topic_overlap_threshold(tmp_path: Path) -> None:
    gold_topic = "expansion of rail freight links"
    assert topic_overlap(gold_topic, "rail freight") == 0.5
    assert topic_overlap(gold_topic, "rail markets") == 0.25
    gold = make_gold(tmp_path, [gold_statement(["USA"], "supports", "SUPPORT", [{"topic": gold_topic}])])
    passes = score_article(gold, [rec(USA, "supports", "SUPPORT", topic("Rail freight"))])
    fails = score_article(gold, [rec(USA, "supports", "SUPPORT", topic("rail markets"))])
    assert passes.typed.counts.recalled == 1
    assert fails.typed.counts.recalled == 0
    assert fails.typed.misses[0].object == f"topic:{gold_topic}"


def test_topic_matches_organisation_label_and_plurals(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [
        gold_statement(["USA"], "supports", "SUPPORT", [{"topic": "Southern Gas Corridor"}]),
        gold_statement(["AZE", "USA"], "partnerIn", "STRUCTURAL", [{"topic": "large-scale energy projects"}]),
    ])
    score = score_article(gold, [
        rec(USA, "supports", "SUPPORT", ent("Southern Gas Corridor", "Organization")),
        rec(AZE, "partnerIn", "STRUCTURAL", topic("energy project")),
    ])
    assert score.typed.counts == evaluate.Counts(correct=2, system=2, recalled=2, gold=2)


# --------------------------------------------------------------------------- totals


def test_micro_totals_sum_counts_over_articles(tmp_path: Path) -> None:
    one = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])], "one.txt")
    two = make_gold(tmp_path, [gold_statement(["ARM"], "occupies", "ASSAULT", ["AZE"]),
                               gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])], "two.txt")
    report = score_gold([
        (one, [rec(AZE, "praises", "SUPPORT", USA)]),                                   # P 1/1, R 1/1
        (two, [rec(ARM, "occupies", "ASSAULT", AZE), rec(USA, "threatens", "THREATEN", ARM),
               rec(ARM, "threatens", "THREATEN", AZE)]),                                  # P 1/3, R 1/2
    ])
    assert [a.article for a in report.articles] == ["one.txt", "two.txt"]
    total = report.typed.counts
    assert total == evaluate.Counts(correct=2, system=4, recalled=2, gold=3)
    assert total.precision == pytest.approx(0.5)          # micro; the macro mean would be 2/3
    assert total.recall == pytest.approx(2 / 3)
    assert total.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert len(report.typed.false_positives) == 2 and len(report.typed.misses) == 1


# --------------------------------------------------------------------------- diagnostics


def test_modality_accuracy_prefers_statement_with_gold_evidence(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [gold_statement(["USA"], "contributesTo", "SUPPORT", [{"topic": "sustainable peace"}],
                                               modality="possible", evidence="could do a great deal for")])
    records = [
        rec(USA, "contributesTo", "SUPPORT", topic("peace"), modality="asserted", confidence=0.9,
            text="The US contributed to peace."),
        rec(USA, "contributesTo", "SUPPORT", topic("sustainable peace"), modality="possible", confidence=0.4,
            text="The US could do a  great deal for sustainable peace."),
    ]
    score = score_article(gold, records)
    assert score.modality == evaluate.Ratio(1, 1)
    # Without the evidence sentence, the more confident statement is the best match.
    records[1]["evidence"]["text"] = "Another sentence."
    score = score_article(gold, records)
    assert score.modality == evaluate.Ratio(0, 1)
    assert score.modality_mismatches[0].expected == "possible"
    assert score.modality_mismatches[0].found == "asserted"


def test_attribution_accuracy_only_counts_attributed_gold(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [
        gold_statement(["AZE"], "praises", "SUPPORT", ["USA"], attributed_to="aliyev", evidence="appreciate"),
        gold_statement(["AZE"], "cooperatesWith", "COOPERATE", ["USA"], attributed_to="aliyev"),
        gold_statement(["ARM"], "occupies", "ASSAULT", ["AZE"]),  # no speaker: not counted
        gold_statement(["USA"], "supports", "SUPPORT", ["ARM"], attributed_to="aliyev"),  # not recalled
    ])
    score = score_article(gold, [
        rec(AZE, "praises", "SUPPORT", USA, attributed_to=ent("President Aliyev", "Person")),
        rec(AZE, "praises", "SUPPORT", USA, attributed_to=ent("Aliyev", "Person"), text="We appreciate it."),
        rec(AZE, "cooperatesWith", "COOPERATE", USA, attributed_to=None),
        rec(ARM, "occupies", "ASSAULT", AZE),
    ])
    # Both "praises" statements are correct although they match the same gold statement.
    assert score.typed.counts == evaluate.Counts(correct=4, system=4, recalled=3, gold=4)
    assert score.attribution == evaluate.Ratio(1, 2)
    assert [(m.predicate, m.expected, m.found) for m in score.attribution_mismatches] == [
        ("cooperatesWith", "Ilham Aliyev", "none")]
    assert score.modality == evaluate.Ratio(3, 3)


def test_report_totals_of_diagnostics(tmp_path: Path) -> None:
    one = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"], modality="intended")], "1.txt")
    two = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])], "2.txt")
    report = score_gold([(one, [rec(AZE, "praises", "SUPPORT", USA)]), (two, [rec(AZE, "praises", "SUPPORT", USA)])])
    assert report.modality == evaluate.Ratio(1, 2)
    assert report.attribution.value is None


# --------------------------------------------------------------------------- reports


def test_gold_report_text_and_json(tmp_path: Path) -> None:
    gold = make_gold(tmp_path, [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"], evidence="We appreciate")],
                     "azerbaijan-us.txt")
    report = score_gold([(gold, [rec(ARM, "threatens", "THREATEN", AZE, text="Armenia threatened.")])])
    plain = format_gold_report(report)
    assert "azerbaijan-us.txt" in plain and "TOTAL (micro)" in plain
    assert "MISS" not in plain
    verbose = format_gold_report(report, verbose=True)
    assert "MISS  Azerbaijan praises United States" in verbose and "We appreciate" in verbose
    assert "FP    Armenia threatens Azerbaijan" in verbose and "Armenia threatened." in verbose
    data = json.loads(json.dumps(report_to_json(report)))
    assert data["kind"] == "gold"
    assert data["total"]["typed"]["system"] == 1 and data["total"]["typed"]["precision"] == 0.0
    assert data["articles"][0]["typed"]["misses"][0]["predicate"] == "praises"
    assert data["articles"][0]["typed"]["false_positives"][0]["subject"] == "Armenia"


# --------------------------------------------------------------------------- PLOVER events


def write_events(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def actor(code: str, text: str = "x") -> dict[str, str]:
    return {"actorText": text, "code": code}


def event_record(rid: str, event: str, source: list[dict[str, str]], target: list[dict[str, str]]) -> dict[str, Any]:
    return {"id": rid, "date": "2000-01-01", "text": f"Sentence {rid}.",
            "expected": [{"source": source, "target": target, "event": event}]}


def test_plover_aliases_legacy_codes_and_free_sides(tmp_path: Path) -> None:
    path = write_events(tmp_path, [
        event_record("demand", "DEMAND", [actor("USA")], [actor("ISR")]),
        event_record("italy", "SANCTION", [actor("ITL", "Italy")], [actor("SRB")]),
        event_record("free", "AGREE", [actor("IGO", "UN")], []),
        event_record("fight", "FIGHT", [actor("ISR")], [actor("PSE")]),
    ])
    records = load_events(path)
    assert [e.category for r in records for e in r.expected] == ["REQUEST", "SANCTION", "AGREE", "ASSAULT"]
    assert records[1].expected[0].source == {"ITA"}
    assert records[2].expected[0].source == frozenset()
    usa, isr, ita, srb, pse = (ent(n, country=c) for n, c in
                               [("US", "USA"), ("Israel", "ISR"), ("Italy", "ITA"), ("Serbia", "SRB"), ("Gaza", "PSE")])
    report = score_events([
        (records[0], [rec(usa, "demands", "REQUEST", isr)]),
        (records[1], [rec(ita, "sanctions", "SANCTION", srb)]),
        (records[2], [rec(ent("United Nations", "Organization"), "agreesTo", "AGREE", topic("ceasefire"))]),
        (records[3], [rec(pse, "fightsWith", "ASSAULT", isr)]),  # symmetric predicate: sides swapped
    ])
    assert [r.correct for r in report.records] == [True, True, True, True]
    assert report.counts.recall == 1.0
    assert report.per_category["REQUEST"] == evaluate.Ratio(1, 1)
    assert "DEMAND" not in report.per_category


def test_plover_wrong_side_category_or_direction_fails(tmp_path: Path) -> None:
    records = load_events(write_events(tmp_path, [event_record("r", "DISAPPROVE", [actor("FRA")], [actor("RUS")])]))
    fra, rus = ent("France", country="FRA"), ent("Russia", country="RUS")
    attempts = [
        rec(rus, "criticizes", "ACCUSE", fra),        # reversed, not symmetric
        rec(fra, "threatens", "THREATEN", rus),       # other category
        rec(ent("Macron", "Person", country=None), "criticizes", "ACCUSE", rus),  # no country on subject
    ]
    report = score_events([(records[0], attempts)])
    assert report.records[0].correct is False
    assert report.per_category == {"ACCUSE": evaluate.Ratio(0, 1)}
    assert report.counts.precision == 0.0
    # A person belongs to a country through its country field.
    report = score_events([(records[0], [rec(ent("Macron", "Person", country="FRA"), "criticizes", "ACCUSE", rus)])])
    assert report.records[0].correct is True


def test_plover_precision_counts_unmatched_statements(tmp_path: Path) -> None:
    records = load_events(write_events(tmp_path, [
        event_record("a", "AGREE", [actor("JOR"), actor("GBR")], []),
        event_record("b", "THREATEN", [actor("ISR")], [actor("LBN")]),
    ]))
    jor, gbr = ent("Jordan", country="JOR"), ent("Britain", country="GBR")
    report = score_events([
        (records[0], [rec(jor, "agreesTo", "AGREE", topic("joint military exercises")),
                      rec(jor, "cooperatesWith", "COOPERATE", gbr)]),
        (records[1], []),
    ])
    counts = report.counts
    assert counts == evaluate.Counts(correct=1, system=2, recalled=1, gold=2)
    assert (counts.precision, counts.recall, counts.f1) == (0.5, 0.5, 0.5)
    assert [ok for _, ok in report.records[0].statements] == [True, False]
    plain = format_event_report(report)
    assert "coded correctly: 1" in plain and "THREATEN" in plain
    verbose = format_event_report(report, verbose=True)
    assert "MISS b: Sentence b." in verbose and "(no statements)" in verbose
    assert "+ Jordan [JOR] agreesTo joint military exercises [-] (AGREE)" in verbose
    data = json.loads(json.dumps(report_to_json(report)))
    assert data["kind"] == "events" and data["total"]["recalled"] == 1
    assert data["per_category"]["AGREE"]["value"] == 1.0


def test_plover_event_precision_leaves_structural_statements_out(tmp_path: Path) -> None:
    records = load_events(write_events(tmp_path, [event_record("a", "DISAPPROVE", [actor("FRA")], [actor("RUS")])]))
    fra, rus = ent("France", country="FRA"), ent("Russia", country="RUS")
    macron = ent("Macron", "Person", country="FRA")
    report = score_events([(records[0], [
        rec(macron, "leaderOf", "STRUCTURAL", fra),   # can never match an event
        rec(fra, "criticizes", "ACCUSE", rus),
        rec(fra, "threatens", "THREATEN", rus),       # a wrong event still counts
    ])])
    # The default precision keeps its definition; the event figure leaves the leaderOf statement out.
    assert report.counts == evaluate.Counts(correct=1, system=3, recalled=1, gold=1)
    assert report.event_counts == evaluate.Counts(correct=1, system=2, recalled=1, gold=1)
    plain = format_event_report(report)
    assert "precision 0.333" in plain and "event precision (structural statements left out: 1, 2 event statements) 0.500" in plain
    data = json.loads(json.dumps(report_to_json(report)))
    assert data["total"]["precision"] == 0.3333 and data["event_total"]["precision"] == 0.5


def test_an_intended_act_scores_by_its_predicate_in_the_gold_and_as_an_intent_in_plover(tmp_path: Path) -> None:
    # "Azerbaijan will release the Armenian servicemen": the dev gold says CONCEDE (intended);
    # a PLOVER record codes it AGREE, as CAMEO root 03 does. The statement carries both.
    aze_arm = rec(AZE, "concedes", "AGREE", ARM, modality="intended")
    aze_arm["predicate_category"] = "CONCEDE"
    gold = make_gold(tmp_path, [gold_statement(["AZE"], "concedes", "CONCEDE", ["ARM"], modality="intended")])
    assert score_article(gold, [aze_arm]).typed.counts.recalled == 1
    records = load_events(write_events(tmp_path, [event_record("a", "AGREE", [actor("AZE")], [actor("ARM")])]))
    assert score_events([(records[0], [aze_arm])]).counts.recalled == 1
    # Records without the field (other tools) are scored by their one category.
    plain = rec(AZE, "concedes", "AGREE", ARM, modality="intended")
    assert score_article(gold, [plain]).typed.counts.recalled == 0


# --------------------------------------------------------------------------- errors


def test_malformed_gold_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"article": "x.txt",\n "entities": {', encoding="utf-8")
    with pytest.raises(EvaluationDataInvalid, match=r"broken\.json: line 2: not valid JSON") as info:
        load_gold(path)
    assert isinstance(info.value, KGError)


@pytest.mark.parametrize("mutate, problem", [
    (lambda d: d["statements"][0].update(subject=["XYZ"]), "unknown entity 'XYZ'"),
    (lambda d: d["statements"][0].update(modality="maybe"), "unknown modality"),
    (lambda d: d["statements"][0].update(object=[]), "'object' must be a non-empty list"),
    (lambda d: d.pop("entities"), "'entities' must be an object"),
])
def test_schema_errors_name_file_and_statement(tmp_path: Path, mutate: Any, problem: str) -> None:
    data = {"article": "x.txt", "metadata": {}, "entities": ENTITIES,
            "statements": [gold_statement(["AZE"], "praises", "SUPPORT", ["USA"])]}
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(EvaluationDataInvalid) as info:
        load_gold(path)
    assert "bad.json" in str(info.value) and problem in str(info.value)


def test_missing_gold_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(EvaluationDataInvalid, match="nope.json"):
        load_gold(tmp_path / "nope.json")


def test_malformed_event_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "ev.jsonl"
    good = json.dumps(event_record("a", "AGREE", [actor("JOR")], []))
    path.write_text(good + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationDataInvalid, match=r"ev\.jsonl: line 3: not valid JSON"):
        load_events(path)
    path.write_text(good + "\n" + json.dumps({"id": "b", "text": "t", "expected": []}) + "\n", encoding="utf-8")
    with pytest.raises(EvaluationDataInvalid, match=r"ev\.jsonl: line 2: 'expected'"):
        load_events(path)


# --------------------------------------------------------------------------- properties

POOL = [AZE, USA, ARM, ent("Aliyev", "Person", country="AZE"), topic("energy projects"), ent("Mars")]
CATEGORIES = ["SUPPORT", "COOPERATE", "ASSAULT", "STRUCTURAL"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(POOL), st.sampled_from(CATEGORIES), st.sampled_from(POOL)), max_size=8))
def test_dyad_is_never_stricter_than_typed(tmp_path_factory: pytest.TempPathFactory,
                                           triples: list[tuple[dict[str, Any], str, dict[str, Any]]]) -> None:
    gold = make_gold(tmp_path_factory.mktemp("g"), [
        gold_statement(["AZE", "aliyev"], "praises", "SUPPORT", ["USA"]),
        gold_statement(["ARM"], "occupies", "ASSAULT", ["AZE"]),
        gold_statement(["AZE"], "cooperatesWith", "COOPERATE", ["USA"], required=False),
        gold_statement(["AZE", "USA"], "partnerIn", "STRUCTURAL", [{"topic": "large-scale energy projects"}]),
    ])
    score = score_article(gold, [rec(s, "p", c, o) for s, c, o in triples])
    typed, dyad = score.typed.counts, score.dyad.counts
    assert typed.system == dyad.system == len(triples)
    assert typed.correct <= dyad.correct and typed.recalled <= dyad.recalled
    assert typed.gold == dyad.gold == 3
    assert typed.correct + len(score.typed.false_positives) == typed.system
    assert typed.recalled + len(score.typed.misses) == typed.gold
    for counts in (typed, dyad):
        assert 0.0 <= counts.f1 <= max(counts.precision, counts.recall) <= 1.0


def test_plover_records_are_split_by_scope_for_the_cross_border_goal(tmp_path: Path) -> None:
    records = load_events(write_events(tmp_path, [
        event_record("joint", "AGREE", [actor("JOR"), actor("GBR")], []),           # two countries act together
        event_record("across", "DISAPPROVE", [actor("FRA")], [actor("RUS")]),
        event_record("home", "COERCE", [actor("EGY", "police")], [actor("EGY", "students")]),  # one country
        event_record("free", "THREATEN", [actor("ISR")], []),
    ]))
    fra, rus, jor, gbr = (ent(n, country=c) for n, c in [("France", "FRA"), ("Russia", "RUS"), ("Jordan", "JOR"), ("Britain", "GBR")])
    report = score_events([
        (records[0], [rec(jor, "cooperatesWith", "COOPERATE", gbr)]),    # wrong category
        (records[1], [rec(fra, "criticizes", "ACCUSE", rus)]),
        (records[2], []),                                                 # domestic: left out by design
        (records[3], [rec(ent("Israel", country="ISR"), "threatens", "THREATEN", rus)]),
    ])
    assert [r.scope for r in report.records] == ["cross-border", "cross-border", "domestic", "one-sided"]
    cross = report.of_scope("cross-border")
    assert cross.counts == evaluate.Counts(correct=1, system=2, recalled=1, gold=2)
    plain = format_event_report(report)
    assert "cross-border records: 2, coded correctly: 1 (recall 0.500); event statements matching: 1/2 (event precision 0.500)" in plain
    assert "domestic records: 1, coded correctly: 0" in plain
    data = json.loads(json.dumps(report_to_json(report)))
    assert data["by_scope"]["cross-border"]["total"]["recalled"] == 1 and data["records"][2]["scope"] == "domestic"
