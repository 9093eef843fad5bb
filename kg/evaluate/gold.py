"""Gold annotation files (``gold/*.json``): their data model and :func:`load_gold`, which checks them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.errors import EvaluationDataInvalid
from kg.evaluate.normalize import MODALITIES, _category


@dataclass(frozen=True)
class GoldEntity:
    """An entity of a gold file.

    Attributes:
        id: its key in the gold file (an ISO alpha-3 code for most countries).
        label: preferred name.
        type: Country, Organization, Person, Territory...
        wikidata: Wikidata Q-id, if given.
        aliases: other acceptable names.
        part_of: id of the entity it belongs to (e.g. national companies), if any.
    """

    id: str
    label: str
    type: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    part_of: str | None = None


@dataclass(frozen=True)
class GoldTopic:
    """A topic item of a gold subject or object list (matched by word overlap)."""

    topic: str


GoldItem = str | GoldTopic
"""An entity id or a topic."""


@dataclass(frozen=True)
class GoldStatement:
    """A statement of a gold file; ``subject`` and ``object`` list acceptable alternatives."""

    subject: tuple[GoldItem, ...]
    predicate: str
    category: str
    object: tuple[GoldItem, ...]
    modality: str
    attributed_to: str | None
    evidence: str
    required: bool


@dataclass(frozen=True)
class GoldArticle:
    """One gold file.

    Attributes:
        article: the annotated article's file name, e.g. ``azerbaijan-us-independence-day-2021.txt``.
        metadata: title, source, published (strings as in the file).
        entities: gold entities by id.
        statements: gold statements in file order.
        path: the gold file it was read from (for messages).
    """

    article: str
    metadata: Mapping[str, str]
    entities: Mapping[str, GoldEntity]
    statements: tuple[GoldStatement, ...]
    path: str = ""


def _fail(where: str, problem: str) -> EvaluationDataInvalid:
    return EvaluationDataInvalid(f"{where}: {problem}")


def _req_str(data: Mapping[str, object], key: str, where: str, *, empty: bool = False) -> str:
    value = data.get(key)
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise _fail(where, f"{key!r} must be a non-empty string")
    return value


def _opt_str(data: Mapping[str, object], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(where, f"{key!r} must be a string or null")
    return value or None


def _parse_entity(eid: str, raw: object, where: str) -> GoldEntity:
    if not isinstance(raw, dict):
        raise _fail(where, "must be an object")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _fail(where, "'aliases' must be a list of strings")
    return GoldEntity(
        id=eid,
        label=_req_str(raw, "label", where),
        type=_req_str(raw, "type", where),
        wikidata=_opt_str(raw, "wikidata", where),
        aliases=tuple(aliases),
        part_of=_opt_str(raw, "part_of", where),
    )


def _parse_items(raw: object, key: str, entities: Mapping[str, GoldEntity], where: str) -> tuple[GoldItem, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(where, f"{key!r} must be a non-empty list")
    items: list[GoldItem] = []
    for item in raw:
        if isinstance(item, str):
            if item not in entities:
                raise _fail(where, f"{key!r} names unknown entity {item!r}")
            items.append(item)
        elif isinstance(item, dict) and isinstance(item.get("topic"), str) and item["topic"].strip():
            items.append(GoldTopic(item["topic"]))
        else:
            raise _fail(where, f"{key!r} items must be entity ids or {{\"topic\": \"...\"}}, got {item!r}")
    return tuple(items)


def _parse_statement(raw: object, entities: Mapping[str, GoldEntity], where: str) -> GoldStatement:
    if not isinstance(raw, dict):
        raise _fail(where, "must be an object")
    modality = _req_str(raw, "modality", where)
    if modality not in MODALITIES:
        raise _fail(where, f"unknown modality {modality!r} (expected one of {', '.join(sorted(MODALITIES))})")
    attributed_to = _opt_str(raw, "attributed_to", where)
    if attributed_to is not None and attributed_to not in entities:
        raise _fail(where, f"'attributed_to' names unknown entity {attributed_to!r}")
    required = raw.get("required", True)
    if not isinstance(required, bool):
        raise _fail(where, "'required' must be true or false")
    return GoldStatement(
        subject=_parse_items(raw.get("subject"), "subject", entities, where),
        predicate=_req_str(raw, "predicate", where),
        category=_category(_req_str(raw, "category", where)),
        object=_parse_items(raw.get("object"), "object", entities, where),
        modality=modality,
        attributed_to=attributed_to,
        evidence=_req_str(raw, "evidence", where, empty=True),
        required=required,
    )


def load_gold(path: Path) -> GoldArticle:
    """Read one gold annotation file (schema in ``gold/README.md``).

    Args:
        path: the ``*.json`` gold file.

    Returns:
        The parsed gold article.

    Raises:
        EvaluationDataInvalid: the file cannot be read, is not valid JSON or does
            not follow the schema; the message names the file and the problem.
    """
    name = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(name, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise _fail(name, f"not UTF-8 text: {exc.reason}") from None
    except json.JSONDecodeError as exc:
        raise _fail(name, f"line {exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise _fail(name, "top level must be a JSON object")
    article = _req_str(data, "article", name)
    metadata_raw = data.get("metadata", {})
    if not isinstance(metadata_raw, dict):
        raise _fail(name, "'metadata' must be an object")
    metadata = {str(k): str(v) for k, v in metadata_raw.items() if v is not None}
    entities_raw = data.get("entities")
    if not isinstance(entities_raw, dict):
        raise _fail(name, "'entities' must be an object")
    entities = {eid: _parse_entity(eid, raw, f"{name}: entity {eid!r}") for eid, raw in entities_raw.items()}
    statements_raw = data.get("statements")
    if not isinstance(statements_raw, list):
        raise _fail(name, "'statements' must be a list")
    statements = tuple(
        _parse_statement(raw, entities, f"{name}: statement {i}") for i, raw in enumerate(statements_raw, 1)
    )
    return GoldArticle(article=article, metadata=metadata, entities=entities, statements=statements, path=name)
