"""A dyad's timeline: cooperation and conflict per month, with the statements under it.

Entry points: :func:`timeline_data` (the numbers) and :func:`write_timeline`
(``kg timeline``: an offline HTML page whose chart is inline SVG drawn by a few
lines of script, no library).

A month's cooperation is the sum of the Goldstein values above zero of the
asserted statements dated in it, its conflict the sum of those below zero; the
counts are the numbers of such statements. Hedged and negated statements are
listed but not counted ("may cooperate" and "did not condemn" are not events).
The statements are those of the dyad view (:func:`kg.views.select.select`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from markupsafe import Markup
from rdflib import Dataset

from kg.views.graph import to_networkx
from kg.views.html import script_json, template
from kg.views.select import select


def _months(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last`` inclusive.

    >>> _months("2023-11", "2024-02")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timeline_data(
    graph: nx.MultiDiGraph,
    a: str,
    b: str,
    *,
    since: str | None = None,
    until: str | None = None,
    categories: Iterable[str] = (),
) -> dict[str, Any]:
    """Per-month cooperation and conflict of the dyad ``a``–``b``, and its statements.

    Args:
        graph: a graph from :func:`~kg.views.graph.to_networkx`.
        a, b: the two countries (ISO alpha-3 codes or labels).
        since, until, categories: as in :func:`~kg.views.select.select`.

    Returns:
        ``{"dyad": [label a, label b], "months": [{"month", "cooperation",
        "conflict", "cooperation_count", "conflict_count", "statements"}...],
        "statements": [{"date", "month", "subject", "predicate", "object",
        "category", "modality", "speaker", "goldstein", "counted", "sentence",
        "headline", "publisher", "url"}...], "notes": [...]}``, statements
        sorted by date.

    Raises:
        UnknownCountry: a country is not in the graph.
        InvalidViewOption: malformed dates or categories.
    """
    selection = select(graph, dyad=(a, b), since=since, until=until, categories=categories, max_nodes=None)
    sub = selection.graph
    statements = []
    undated = 0
    for _, _, attrs in sub.edges(data=True):
        for m in attrs.get("mentions") or []:
            if not m.get("date"):
                undated += 1
                continue
            # Each mention as it was said (a symmetric edge is stored in one direction only).
            goldstein = m.get("goldstein")
            statements.append({
                "date": m["date"],
                "month": m["date"][:7],
                "subject": sub.nodes[m["subject"]].get("label"),
                "predicate": attrs["predicate"],
                "object": sub.nodes[m["object"]].get("label"),
                "category": attrs.get("category") or "",
                "modality": m.get("modality") or "",
                "speaker": m.get("speaker_label"),
                "goldstein": 0.0 if goldstein is None else float(goldstein),
                "counted": m.get("modality") == "asserted",
                "sentence": m.get("sentence"),
                "headline": m.get("headline"),
                "publisher": m.get("publisher"),
                "url": m.get("url"),
            })
    statements.sort(key=lambda r: (r["date"], r["subject"] or "", r["predicate"], r["object"] or "", r["sentence"] or ""))
    months: list[dict[str, Any]] = []
    if statements:
        index = {}
        for month in _months(statements[0]["month"], statements[-1]["month"]):
            index[month] = len(months)
            months.append({"month": month, "cooperation": 0.0, "conflict": 0.0, "cooperation_count": 0,
                           "conflict_count": 0, "statements": 0})
        for st in statements:
            row = months[index[st["month"]]]
            row["statements"] += 1
            if st["counted"] and st["goldstein"] > 0:
                row["cooperation"] = round(row["cooperation"] + st["goldstein"], 2)
                row["cooperation_count"] += 1
            elif st["counted"] and st["goldstein"] < 0:
                row["conflict"] = round(row["conflict"] + st["goldstein"], 2)
                row["conflict_count"] += 1
    notes = list(selection.notes)
    if undated:
        notes.append(f"{undated} undated statement(s) left out.")
    labels = [str(graph.nodes[f].get("label")) for f in selection.focus]
    return {"dyad": labels, "months": months, "statements": statements, "notes": notes}


def write_timeline(
    dataset: Dataset,
    path: Path,
    a: str,
    b: str,
    *,
    title: str | None = None,
    since: str | None = None,
    until: str | None = None,
    categories: Iterable[str] = (),
) -> dict[str, Any]:
    """Write the dyad timeline of a dataset as one offline HTML page (``kg timeline``).

    Returns:
        The data drawn (see :func:`timeline_data`).

    Raises:
        UnknownCountry: a country is not in the graph.
        InvalidViewOption: malformed dates or categories.
    """
    data = timeline_data(to_networkx(dataset), a, b, since=since, until=until, categories=categories)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page = template("timeline.html").render(
        title=title or "bilateral-kg: " + " – ".join(data["dyad"]) + " timeline",
        data=Markup(script_json(data)),
        notes=data["notes"],
        statement_count=len(data["statements"]),
    )
    path.write_text(page, encoding="utf-8")
    return data
