"""PLOVER event records (``eval/plover_dev.jsonl``): :func:`load_events` and :func:`score_events`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate.gold import _fail, _req_str
from kg.evaluate.matching import Counts, Ratio, _show, _sys_statement, _SysEntity, _SysStatement
from kg.evaluate.normalize import (
    _ISO3,
    LEGACY_CODES,
    NON_COUNTRY_CODES,
    SYMMETRIC_PREDICATES,
    _category,
)
from kg.vocab import EVENT_CATEGORIES


@dataclass(frozen=True)
class ExpectedEvent:
    """An expected event of a PLOVER record.

    Attributes:
        event: the event name as written in the record (e.g. DEMAND).
        category: the category it is read as (e.g. REQUEST).
        source: ISO alpha-3 codes of the source countries; empty means free.
        target: ISO alpha-3 codes of the target countries; empty means free.
        source_text: the source actors' text, for display.
        target_text: the target actors' text, for display.
    """

    event: str
    category: str
    source: frozenset[str]
    target: frozenset[str]
    source_text: tuple[str, ...] = ()
    target_text: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventRecord:
    """One PLOVER gold-standard sentence with its expected events."""

    id: str
    date: str | None
    text: str
    expected: tuple[ExpectedEvent, ...]


def _country_code(code: str) -> str | None:
    code = code.strip().upper()
    code = LEGACY_CODES.get(code, code)
    return code if _ISO3.fullmatch(code) and code not in NON_COUNTRY_CODES else None


def _parse_actors(raw: object, where: str) -> tuple[frozenset[str], tuple[str, ...]]:
    if not isinstance(raw, list):
        raise _fail(where, "must be a list of actors")
    codes: set[str] = set()
    texts: list[str] = []
    for actor in raw:
        if not isinstance(actor, dict) or not isinstance(actor.get("code"), str):
            raise _fail(where, f"actor must be an object with a 'code' string, got {actor!r}")
        country = _country_code(actor["code"])
        if country:
            codes.add(country)
        texts.append(f"{actor.get('actorText') or '?'} [{actor['code']}]")
    return frozenset(codes), tuple(texts)


def _parse_event(raw: object, where: str) -> ExpectedEvent:
    if not isinstance(raw, dict):
        raise _fail(where, "expected event must be an object")
    event = _req_str(raw, "event", where)
    source, source_text = _parse_actors(raw.get("source"), f"{where}: 'source'")
    target, target_text = _parse_actors(raw.get("target"), f"{where}: 'target'")
    return ExpectedEvent(event, _category(event), source, target, source_text, target_text)


def load_events(path: Path) -> list[EventRecord]:
    """Read PLOVER event records, one JSON object a line (blank lines are skipped).

    Args:
        path: the ``*.jsonl`` file.

    Returns:
        The records in file order.

    Raises:
        EvaluationDataInvalid: the file cannot be read or a line is malformed;
            the message names the file and the line number.
    """
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise _fail(name, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise _fail(name, f"not UTF-8 text: {exc.reason}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}: line {number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(where, f"not valid JSON: {exc.msg}") from None
        if not isinstance(raw, dict):
            raise _fail(where, "must be a JSON object")
        expected = raw.get("expected")
        if not isinstance(expected, list) or not expected:
            raise _fail(where, "'expected' must be a non-empty list")
        date = raw.get("date")
        records.append(EventRecord(
            id=_req_str(raw, "id", where),
            date=date if isinstance(date, str) else None,
            text=_req_str(raw, "text", where),
            expected=tuple(_parse_event(e, where) for e in expected),
        ))
    return records


def _side(entity: _SysEntity | None, codes: frozenset[str]) -> bool:
    if not codes:
        return True
    if entity is None or entity.country is None:
        return False
    return LEGACY_CODES.get(entity.country, entity.country) in codes


def _event_match(expected: ExpectedEvent, s: _SysStatement) -> bool:
    if s.category != expected.category:
        return False
    if _side(s.subject, expected.source) and _side(s.object, expected.target):
        return True
    return (s.predicate in SYMMETRIC_PREDICATES
            and _side(s.object, expected.source) and _side(s.subject, expected.target))


@dataclass(frozen=True)
class EventOutcome:
    """How one PLOVER record was coded.

    Attributes:
        id: record id.
        text: the sentence.
        expected: the expected events, rendered ``CATEGORY: sources -> targets``.
        correct: a produced statement matches an expected event.
        statements: the produced statements, rendered, each with whether it matched.
        recalled: for each expected event, its category and whether it was matched.
        structural: how many produced statements are of no event category (see :data:`EVENT_CATEGORIES`).
        scope: "cross-border" (an expected event's actors name two or more countries), "domestic"
            (every expected event has both sides, all of one country: left out by design, as the
            mission is relations between countries) or "one-sided" (a side is free or names no country).
    """

    id: str
    text: str
    expected: tuple[str, ...]
    correct: bool
    statements: tuple[tuple[str, bool], ...]
    recalled: tuple[tuple[str, bool], ...]
    structural: int = 0
    scope: str = "one-sided"

    @property
    def matched(self) -> int:
        """Produced statements that match an expected event."""
        return sum(1 for _, ok in self.statements if ok)


@dataclass(frozen=True)
class EventReport:
    """Scores of a set of PLOVER records."""

    records: tuple[EventOutcome, ...]

    @property
    def counts(self) -> Counts:
        """correct/system: matching statements; recalled/gold: records coded correctly."""
        return Counts(
            correct=sum(r.matched for r in self.records),
            system=sum(len(r.statements) for r in self.records),
            recalled=sum(1 for r in self.records if r.correct),
            gold=len(self.records),
        )

    @property
    def event_counts(self) -> Counts:
        """As :attr:`counts`, with structural statements left out of the system statements (event precision)."""
        c = self.counts
        return Counts(correct=c.correct, system=c.system - sum(r.structural for r in self.records),
                      recalled=c.recalled, gold=c.gold)

    def of_scope(self, scope: str) -> EventReport:
        """The records of one :attr:`EventOutcome.scope` (the PLOVER goals count "cross-border" records)."""
        return EventReport(tuple(r for r in self.records if r.scope == scope))

    @property
    def per_category(self) -> dict[str, Ratio]:
        """Recall of expected events by category, sorted by category."""
        result: dict[str, Ratio] = {}
        for record in self.records:
            for category, ok in record.recalled:
                result[category] = result.get(category, Ratio()) + Ratio(int(ok), 1)
        return dict(sorted(result.items()))


def _show_expected(e: ExpectedEvent) -> str:
    def side(codes: frozenset[str]) -> str:
        return ",".join(sorted(codes)) or "*"

    name = e.category if e.event.upper() == e.category else f"{e.category} ({e.event})"
    return f"{name}: {side(e.source)} -> {side(e.target)}"


def _show_statement(s: _SysStatement) -> str:
    def side(entity: _SysEntity | None) -> str:
        return f"{_show(entity)} [{entity.country if entity and entity.country else '-'}]"

    return f"{side(s.subject)} {s.predicate or '?'} {side(s.object)} ({s.category or '?'})"


def _scope(expected: Sequence[ExpectedEvent]) -> str:
    if any(len(e.source | e.target) > 1 for e in expected):
        return "cross-border"
    if all(e.source and e.target and len(e.source | e.target) == 1 for e in expected):
        return "domestic"
    return "one-sided"


def score_events(pairs: Iterable[tuple[EventRecord, Sequence[Mapping[str, object]]]]) -> EventReport:
    """Score the statements extracted from each PLOVER sentence against its expected events.

    Args:
        pairs: each record with the statement records produced from its text.

    Returns:
        Per-record outcomes; the report's properties give totals and per-category recall.
    """
    outcomes = []
    for record, records in pairs:
        system = [_sys_statement(r) for r in records]
        statements = tuple(
            (_show_statement(s), any(_event_match(e, s) for e in record.expected)) for s in system
        )
        recalled = tuple((e.category, any(_event_match(e, s) for s in system)) for e in record.expected)
        outcomes.append(EventOutcome(
            id=record.id,
            text=record.text,
            expected=tuple(_show_expected(e) for e in record.expected),
            correct=any(ok for _, ok in recalled),
            statements=statements,
            recalled=recalled,
            structural=sum(1 for s in system if s.category not in EVENT_CATEGORIES),
            scope=_scope(record.expected),
        ))
    return EventReport(tuple(outcomes))
