"""First cause of every missed and every false event dyad on a relation set scored by score_relations.py (re3d).

Usage::

    .venv/bin/kg extract /work/shared/eval/external/re3d_dev.jsonl --format jsonl > out/re3d.sys.jsonl
    .venv/bin/python benchmarks/re3d_error_causes.py /work/shared/eval/external/re3d_dev.jsonl out/re3d.sys.jsonl [--list FILE]

It reuses the scorer's own matching (``score_relations.py`` and ``common.py`` beside the records
file) for the *dyad* view's "event" group: a gold relation of an event type is found when an
event statement of its sentence names both of its sides in either direction. The articles are
parsed and resolved again with the project's pipeline to see which gold sides the resolver can
name at all (a side is *resolvable* when one of the article's mentions matches it under the
scorer's rules).

Missed gold relation, first cause (checked in this order):

* ``gold convention: place``: a side is a place ("the city", a town): a place is no party in our
  vocabulary (it is where something happens);
* ``gold convention: common noun``: a side is a common-noun phrase without a name ("civilians",
  "member states", "their supporters"), which no canonical actor label can match;
* ``wrong actor``: an event statement of the sentence names one side and another actor;
* ``actor unresolved: <kind>``: a side the resolver cannot name, by kind: ``first person``
  ("we", "our": a government's own release), ``other pronoun`` ("they", "he", "I"), ``regime``
  ("the X regime"), ``alias`` (a side written with an armed group's other name that the scorer
  cannot match to the group's label: "ISIL", "Daesh" against "Islamic State"), ``title`` ("the
  Foreign Secretary"), ``name`` (any other name);
* ``wrong actor``: both sides resolvable, an event statement of the sentence names neither;
* ``trigger missing``: both sides resolvable, no event statement in the sentence.

False event statement, first cause: ``not a dyad: topic object`` (the object is a topic, not an
actor); ``wrong actor`` (a gold relation of the sentence shares one side with it);
``actor unscorable`` (a gold relation of the sentence has a side of the kinds above that the
scorer cannot match); ``no gold event in sentence`` (a trigger read where the gold sees no event
between actors, or a gold omission).

Nothing here is written for one sentence: the records are only read, and no text of theirs
is printed unless ``--list`` asks for the per-item list (written to a file outside the repo).
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

FIRST_PERSON = {"we", "our", "us", "ours"}
PRONOUNS = {"i", "me", "my", "he", "she", "him", "her", "his", "they", "them", "their", "it", "its"}
TITLE_WORDS = {"minister", "secretary", "president", "prime", "foreign", "defence", "defense", "home", "the", "mr", "mrs", "ms", "un", "us"}


def _scorer(records: Path) -> tuple[ModuleType, ModuleType, ModuleType]:
    sys.path.insert(0, str(records.resolve().parent))
    return importlib.import_module("score_relations"), importlib.import_module("common"), importlib.import_module("mappings")


def _publisher(article: Any) -> str | None:
    """The government that published an article (None with a checkout older than kg.extract._publisher)."""
    try:
        from kg.extract._publisher import publisher_country
    except ImportError:
        return None
    return publisher_country(article)


def _kind(side: dict[str, Any]) -> str:
    """What a gold side is, by its text: first person, pronoun, regime, title or name."""
    text = side["text"].strip()
    low = re.sub(r"[’']s\b", "", text.lower())
    words = re.findall(r"[a-z]+", low)
    if words and set(words) <= FIRST_PERSON:
        return "first person"
    if words and set(words) <= PRONOUNS:
        return "other pronoun"
    if "regime" in words:
        return "regime"
    if words and set(words) <= TITLE_WORDS | {"secretaries", "ministers"}:
        return "title"
    return "name"


def _mentions(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each record's resolved entities, as the scorer's entity dicts (label, type, country)."""
    from kg.model import Article
    from kg.nlp import parse
    from kg.resolve import resolve

    articles = [Article(id=r["id"], text=r["text"], source=r.get("source"), url=r.get("url")) for r in records]
    found: dict[str, list[dict[str, Any]]] = {}
    for article, doc in parse(articles):
        found[article.id] = [
            {"label": m.entity.label, "type": m.entity.type.value, "country": m.entity.country, "wikidata": m.entity.wikidata, "text": m.text}
            for m in resolve(doc, article)
        ]
    return found


def _load(records_path: Path, system_path: Path) -> tuple[ModuleType, ModuleType, ModuleType, list[dict[str, Any]], dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The scorer's modules, the gold records, the event-dyad group, and the system's non-negated statements of
    the group's predicates by article slug."""
    score, common, mappings = _scorer(records_path)
    records = common.read_jsonl(str(records_path))
    group = mappings.GROUPS["dyad"][records[0]["dataset"]][0]
    preds = set(group["predicates"])
    by_art: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for st in common.read_jsonl(str(system_path)):
        if st.get("modality") != "negated" and st.get("predicate") in preds:
            by_art[common.slug((st.get("article") or {}).get("id"))].append(st)
    return score, common, mappings, records, group, by_art


def classify(records_path: Path, system_path: Path) -> tuple[collections.Counter[str], collections.Counter[str], list[tuple[str, ...]]]:
    from kg.model import Article

    score, common, mappings, records, group, by_art = _load(records_path, system_path)
    event_preds = set(group["predicates"])
    mentions = _mentions(records)
    polarity = _polarity(mappings, records[0]["dataset"])
    misses: collections.Counter[str] = collections.Counter()
    false: collections.Counter[str] = collections.Counter()
    items: list[tuple[str, ...]] = []
    for r in records:
        sts = by_art.get(common.slug(r["id"]), [])
        gold = [dict(g, predicates=sorted(event_preds)) for g in r["expected"] if g["type"] in group["types"]]
        extra = [dict(g, predicates=sorted(event_preds)) for g in r.get("also_true", []) if g["type"] in group["types"]]
        ents = mentions.get(r["id"], [])
        publisher = _publisher(Article(id=r["id"], text=r["text"], source=r.get("source"), url=r.get("url")))
        seen = set()
        for g in gold:
            key = (frozenset(map(common.norm, g["subject"]["names"])), frozenset(map(common.norm, g["object"]["names"])), tuple(g.get("span") or ()))
            if key in seen:
                continue
            seen.add(key)
            if any(score.matches(s, g, True) for s in sts):
                continue
            cause = _miss_cause(score, g, [s for s in sts if score.span_ok(s, g, True)], ents, polarity, publisher)
            misses[cause] += 1
            items.append(("MISS", r["id"], cause, g["type"], g["subject"]["text"], g["object"]["text"]))
        for s in sts:
            if any(score.matches(s, g, True) for g in gold + extra):
                continue
            cause = _false_cause(score, s, [g for g in gold + extra if score.span_ok(s, g, True)], polarity)
            false[cause] += 1
            items.append(("FALSE", r["id"], cause, s["predicate"], s["subject"].get("label", ""), s["object"].get("label", "")))
    return misses, false, items


def _polarity(mappings: ModuleType, dataset: str) -> tuple[dict[str, str], dict[str, str]]:
    """Gold type -> polarity group, and predicate -> polarity group (hostile, friendly)."""
    groups = mappings.GROUPS["polarity"][dataset]
    return ({t: g["name"] for g in groups for t in g["types"]}, {p: g["name"] for g in groups for p in g["predicates"]})


def _miss_cause(
    score: ModuleType, g: dict[str, Any], here: list[dict[str, Any]], ents: list[dict[str, Any]], polarity: tuple[dict[str, str], dict[str, str]], publisher: str | None
) -> str:
    sides = (g["subject"], g["object"])
    for side in sides:
        if side.get("etype") == "Location" and not side.get("iso3"):
            return "gold convention: place"
    for side in sides:
        if not side.get("named", True) and not side.get("iso3") and _kind(side) == "name":
            return "gold convention: common noun"
    of_type, of_predicate = polarity
    same = [s for s in here if of_predicate.get(s["predicate"]) == of_type.get(g["type"])]
    for s in same:
        for a, b in (("subject", "object"), ("object", "subject")):
            for mine, other in ((sides[0], sides[1]), (sides[1], sides[0])):
                if score.side_match(s.get(a), mine) and _alias_of(other, s.get(b) or {}):
                    return "alias: resolved, label unscorable"
                if score.side_match(s.get(a), mine) and _kind(other) == "first person" and publisher and (s.get(b) or {}).get("country") == publisher:
                    return "first person: resolved to the publisher, label unscorable"
    for side in sides:
        if not any(score.side_match(e, side) for e in ents):
            kind = _kind(side)
            if kind == "first person" and publisher:
                return "first person: resolved to the publisher, label unscorable"
            if kind == "name" and _alias(side, ents):
                return "alias: resolved, label unscorable"
            said = re.sub(r"^the\s+", "", side["text"].strip().lower())
            if any(re.sub(r"^the\s+", "", e["text"].strip().lower()) == said for e in ents):
                return f"{kind}: resolved, label unscorable"  # the phrase is a mention, under a label the scorer cannot match
            return f"actor unresolved: {kind}"
    return "wrong actor" if same else "trigger missing"


def _alias_of(side: dict[str, Any], entity: dict[str, Any]) -> bool:
    """Whether a gold side's name is another name of the system entity (a gazetteer variant, not its label)."""
    from kg.gazetteer import load_gazetteer

    found = load_gazetteer().lookup(re.sub(r"^the\s+", "", side["text"].strip(), flags=re.IGNORECASE))
    return found is not None and found.label == entity.get("label")


def _alias(side: dict[str, Any], ents: list[dict[str, Any]]) -> bool:
    """Whether the resolver found a named side under another label (a group's other name: the scorer cannot tell)."""
    return any(_alias_of(side, e) for e in ents)


def _false_cause(score: ModuleType, s: dict[str, Any], here: list[dict[str, Any]], polarity: tuple[dict[str, str], dict[str, str]]) -> str:
    if (s.get("object") or {}).get("type") == "Topic":
        return "not a dyad: topic object"
    of_type, of_predicate = polarity
    here = [g for g in here if of_type.get(g["type"]) == of_predicate.get(s["predicate"])]
    if not here:
        return "no gold event of its kind in sentence"
    for g in here:
        sides = (g["subject"], g["object"])
        for a, b in (("subject", "object"), ("object", "subject")):
            for mine, other in ((sides[0], sides[1]), (sides[1], sides[0])):
                if score.side_match(s.get(a), mine) and _alias_of(other, s.get(b) or {}):
                    return "alias: resolved, label unscorable"
    for g in here:
        if any(score.side_match(s.get(a), side) for a in ("subject", "object") for side in (g["subject"], g["object"])):
            return "wrong actor"
    if any(_kind(side) != "name" for g in here for side in (g["subject"], g["object"])):
        return f"{sorted(_kind(side) for g in here for side in (g['subject'], g['object']) if _kind(side) != 'name')[0]}: resolved, label unscorable"
    return "wrong actor"


def linked_scores(records_path: Path, system_path: Path) -> dict[str, float | int]:
    """Event-dyad P/R/F1 as the scorer computes them, with gold sides also linked the project's way.

    A diagnostic, not a score: a gold side written with another name of a gazetteer entity
    ("Daesh") also matches that entity, and a first-person side ("we") also matches the government
    that published the record (:func:`kg.extract._publisher.publisher_country`). It uses the
    project's own name lists, so it says what the resolver found, not how well it generalises.
    """
    from kg.model import Article

    score, common, mappings, records, group, by_art = _load(records_path, system_path)

    def side(ent: dict[str, Any] | None, gold: dict[str, Any], publisher: str | None) -> bool:
        if score.side_match(ent, gold) or (ent and _alias_of(gold, ent)):
            return True
        return bool(ent and publisher and _kind(gold) == "first person" and ent.get("type") != "Person" and ent.get("country") == publisher)

    def match(st: dict[str, Any], g: dict[str, Any], publisher: str | None) -> bool:
        if not score.span_ok(st, g, True):
            return False
        pairs = [(st.get("subject"), st.get("object"))]
        if g.get("symmetric") or st.get("predicate") in mappings.SYMMETRIC:
            pairs.append((st.get("object"), st.get("subject")))
        return any(side(a, g["subject"], publisher) and side(b, g["object"], publisher) for a, b in pairs)

    found = n_gold = ok = n_sys = 0
    for r in records:
        publisher = _publisher(Article(id=r["id"], text=r["text"], source=r.get("source"), url=r.get("url")))
        sts = by_art.get(common.slug(r["id"]), [])
        gold = [g for g in r["expected"] if g["type"] in group["types"]]
        extra = [g for g in r.get("also_true", []) if g["type"] in group["types"]]
        seen = set()
        for g in gold:
            key = (frozenset(map(common.norm, g["subject"]["names"])), frozenset(map(common.norm, g["object"]["names"])), tuple(g.get("span") or ()))
            if key in seen:
                continue
            seen.add(key)
            n_gold += 1
            found += any(match(st, g, publisher) for st in sts)
        n_sys += len(sts)
        ok += sum(any(match(st, g, publisher) for g in gold + extra) for st in sts)
    p = ok / n_sys if n_sys else 0.0
    r_ = found / n_gold if n_gold else 0.0
    return {"gold": n_gold, "found": found, "system": n_sys, "correct": ok, "precision": round(p, 3), "recall": round(r_, 3), "f1": round(2 * p * r_ / (p + r_), 3) if p + r_ else 0.0}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("system", type=Path)
    ap.add_argument("--list", type=Path, help="write every item with its cause (tab-separated) to this file")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--linked", action="store_true", help="also print the diagnostic event-dyad score with gold sides linked the project's way")
    args = ap.parse_args(argv)
    misses, false, items = classify(args.records, args.system)
    if args.list:
        args.list.write_text("".join("\t".join(i) + "\n" for i in items), encoding="utf-8")
    if args.json:
        print(json.dumps({"missed": dict(misses), "false": dict(false)}))
        return
    print(f"missed gold event dyads: {sum(misses.values())}")
    for cause, n in sorted(misses.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:4d}  {cause}")
    print(f"false event statements: {sum(false.values())}")
    for cause, n in sorted(false.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:4d}  {cause}")
    if args.linked:
        print("diagnostic event dyad, gold aliases and 'we' linked:", json.dumps(linked_scores(args.records, args.system)))


if __name__ == "__main__":
    main()
