"""Scores as plain-text tables (what ``kg evaluate`` prints) and as JSON (``kg evaluate --json``)."""

from __future__ import annotations

from kg.evaluate.entities import ENTITY_GROUPS, EntityCounts, EntityReport
from kg.evaluate.events import EventReport
from kg.evaluate.matching import Counts, Ratio
from kg.evaluate.statements import GoldReport, MatchResult


def _pct(ratio: Ratio) -> str:
    value = ratio.value
    return "n/a" if value is None else f"{ratio.hits}/{ratio.total} ({value:.1%})"


def _prf(counts: Counts) -> str:
    return f"{counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f}"


def format_gold_report(report: GoldReport, verbose: bool = False) -> str:
    """Render gold scores as a plain-text table.

    Args:
        report: the scores.
        verbose: also list misses, false positives and modality/attribution mismatches.

    Returns:
        The table, lines joined by newlines (no trailing newline).
    """
    width = max([len("TOTAL (micro)"), *(len(a.article) for a in report.articles)])
    header = (f"{'article':<{width}}  {'sys':>4} {'gold':>4}  "
              f"{'typed P':>7} {'R':>6} {'F1':>6}   {'dyad P':>6} {'R':>6} {'F1':>6}")
    lines = [header, "-" * len(header)]

    def row(name: str, typed: Counts, dyad: Counts) -> str:
        return (f"{name:<{width}}  {typed.system:>4} {typed.gold:>4}  "
                f"{typed.precision:7.3f} {typed.recall:6.3f} {typed.f1:6.3f}   "
                f"{dyad.precision:6.3f} {dyad.recall:6.3f} {dyad.f1:6.3f}")

    for a in report.articles:
        lines.append(row(a.article, a.typed.counts, a.dyad.counts))
    lines.append("-" * len(header))
    typed, dyad = report.typed, report.dyad
    lines.append(row("TOTAL (micro)", typed.counts, dyad.counts))
    lines.append("")
    c = typed.counts
    lines.append(f"typed: {c.correct}/{c.system} system statements correct, "
                 f"{c.recalled}/{c.gold} required gold statements recalled")
    lines.append(f"modality accuracy: {_pct(report.modality)}; attribution accuracy: {_pct(report.attribution)}")
    if verbose:
        for a in report.articles:
            lines.append("")
            lines.append(f"== {a.article}")
            for m in a.typed.misses:
                lines.append(f"  MISS  {m.subject} {m.predicate} {m.object} ({m.category}, {m.modality})")
                lines.append(f"        evidence: {m.evidence}")
            for fp in a.typed.false_positives:
                lines.append(f"  FP    {fp.subject} {fp.predicate} {fp.object} ({fp.category})")
                lines.append(f"        sentence: {fp.evidence}")
            for mm in a.modality_mismatches:
                lines.append(f"  MODALITY  {mm.predicate}: expected {mm.expected}, found {mm.found}  «{mm.evidence}»")
            for mm in a.attribution_mismatches:
                lines.append(f"  ATTRIB    {mm.predicate}: expected {mm.expected}, found {mm.found}  «{mm.evidence}»")
    return "\n".join(lines)


def format_event_report(report: EventReport, verbose: bool = False) -> str:
    """Render PLOVER event scores as plain text.

    Args:
        report: the scores.
        verbose: also list every record with its expected events and produced statements.

    Returns:
        The report, lines joined by newlines (no trailing newline).
    """
    c, e = report.counts, report.event_counts
    lines = [
        f"records: {c.gold}, coded correctly: {c.recalled}",
        f"statements: {c.system}, matching an expected event: {c.correct}",
        f"precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}",
        f"event precision (structural statements left out: {c.system - e.system}, "
        f"{e.system} event statements) {e.precision:.3f}  F1 {e.f1:.3f}",
    ]
    for scope in ("cross-border", "domestic", "one-sided"):
        part = report.of_scope(scope)
        pc, pe = part.counts, part.event_counts
        lines.append(f"{scope} records: {pc.gold}, coded correctly: {pc.recalled} (recall {pc.recall:.3f}); "
                     f"event statements matching: {pe.correct}/{pe.system} (event precision {pe.precision:.3f})")
    lines += ["", f"{'category':<12} {'recall':>16}"]
    for category, ratio in report.per_category.items():
        lines.append(f"{category:<12} {_pct(ratio):>16}")
    if verbose:
        for r in report.records:
            lines.append("")
            lines.append(f"{'OK  ' if r.correct else 'MISS'} {r.id}: {r.text}")
            for expected in r.expected:
                lines.append(f"     expected {expected}")
            for text, ok in r.statements:
                lines.append(f"     {'+' if ok else '-'} {text}")
            if not r.statements:
                lines.append("     (no statements)")
    return "\n".join(lines)


def _counts_json(counts: Counts) -> dict[str, object]:
    return {
        "correct": counts.correct, "system": counts.system, "recalled": counts.recalled, "gold": counts.gold,
        "precision": round(counts.precision, 4), "recall": round(counts.recall, 4), "f1": round(counts.f1, 4),
    }


def _ratio_json(ratio: Ratio) -> dict[str, object]:
    value = ratio.value
    return {"hits": ratio.hits, "total": ratio.total, "value": None if value is None else round(value, 4)}


def _match_json(result: MatchResult) -> dict[str, object]:
    return {
        **_counts_json(result.counts),
        "misses": [vars(m).copy() for m in result.misses],
        "false_positives": [vars(fp).copy() for fp in result.false_positives],
    }


def report_to_json(report: GoldReport | EventReport) -> dict[str, object]:
    """A JSON-serialisable view of a report (for ``--json``).

    Args:
        report: gold or event scores.

    Returns:
        ``{"kind": "gold", "articles": [...], "total": {...}}`` or
        ``{"kind": "events", "total": {...}, "event_total": {...}, "by_scope": {...}, "per_category": {...}, "records": [...]}``
        (``event_total``: structural statements left out, see :attr:`EventReport.event_counts`; ``by_scope``:
        the same for the cross-border, domestic and one-sided records, see :attr:`EventOutcome.scope`).
        Precision, recall and F1 are rounded to 4 decimals; the counts are exact.
    """
    if isinstance(report, GoldReport):
        return {
            "kind": "gold",
            "articles": [
                {
                    "article": a.article,
                    "typed": _match_json(a.typed),
                    "dyad": _match_json(a.dyad),
                    "modality": _ratio_json(a.modality),
                    "attribution": _ratio_json(a.attribution),
                    "modality_mismatches": [vars(m).copy() for m in a.modality_mismatches],
                    "attribution_mismatches": [vars(m).copy() for m in a.attribution_mismatches],
                }
                for a in report.articles
            ],
            "total": {
                "typed": _counts_json(report.typed.counts),
                "dyad": _counts_json(report.dyad.counts),
                "modality": _ratio_json(report.modality),
                "attribution": _ratio_json(report.attribution),
            },
        }
    return {
        "kind": "events",
        "total": _counts_json(report.counts),
        "event_total": _counts_json(report.event_counts),
        "by_scope": {
            scope: {"total": _counts_json(report.of_scope(scope).counts), "event_total": _counts_json(report.of_scope(scope).event_counts)}
            for scope in ("cross-border", "domestic", "one-sided")
        },
        "per_category": {k: _ratio_json(v) for k, v in report.per_category.items()},
        "records": [
            {
                "id": r.id,
                "text": r.text,
                "expected": list(r.expected),
                "correct": r.correct,
                "scope": r.scope,
                "statements": [{"statement": text, "matched": ok} for text, ok in r.statements],
            }
            for r in report.records
        ],
    }




def format_entity_report(report: EntityReport, verbose: bool = False) -> str:
    """Render entity-resolution scores as a plain-text table.

    Args:
        report: the scores.
        verbose: also list missed gold entities, wrong and unjudged system entities.

    Returns:
        The table, lines joined by newlines (no trailing newline).
    """
    width = max([len("TOTAL (micro)"), *(len(a.article) for a in report.articles)])
    header = (f"{'article':<{width}}  {'countries P':>11} {'R':>6} {'n':>3}   {'people+orgs P':>13} {'R':>6} {'n':>3}")
    lines = [header, "-" * len(header)]

    def row(name: str, countries: EntityCounts, others: EntityCounts) -> str:
        return (f"{name:<{width}}  {countries.precision:11.3f} {countries.recall:6.3f} {countries.gold:>3}   "
                f"{others.precision:13.3f} {others.recall:6.3f} {others.gold:>3}")

    for a in report.articles:
        lines.append(row(a.article, a.groups["countries"], a.groups["people_orgs"]))
    lines.append("-" * len(header))
    countries, others = report.group("countries"), report.group("people_orgs")
    lines.append(row("TOTAL (micro)", countries, others))
    lines.append("")
    for name, c in (("countries", countries), ("people+orgs", others)):
        lines.append(f"{name}: {c.recalled}/{c.gold} gold entities resolved, {c.right}/{c.judged} judged system "
                     f"entities right, {c.unjudged} unjudged")
    lines.append(f"person country: {_pct(report.person_country)}")
    if verbose:
        for a in report.articles:
            lines.append("")
            lines.append(f"== {a.article}")
            lines += [f"  MISS      {m}" for m in a.misses]
            lines += [f"  WRONG     {w}" for w in a.wrong]
            if a.unjudged:
                lines.append(f"  UNJUDGED  {'; '.join(a.unjudged)}")
    return "\n".join(lines)


def _entity_counts_json(c: EntityCounts) -> dict[str, object]:
    return {"recalled": c.recalled, "gold": c.gold, "right": c.right, "judged": c.judged, "unjudged": c.unjudged,
            "precision": round(c.precision, 4), "recall": round(c.recall, 4)}


def entity_report_to_json(report: EntityReport) -> dict[str, object]:
    """A JSON-serialisable view of an entity report (for ``--json``)."""
    return {
        "kind": "entities",
        "articles": [
            {"article": a.article, **{g: _entity_counts_json(c) for g, c in a.groups.items()},
             "misses": list(a.misses), "wrong": list(a.wrong), "unjudged": list(a.unjudged),
             "person_country": _ratio_json(a.person_country)}
            for a in report.articles
        ],
        "total": {**{g: _entity_counts_json(report.group(g)) for g in ENTITY_GROUPS},
                  "person_country": _ratio_json(report.person_country)},
    }
