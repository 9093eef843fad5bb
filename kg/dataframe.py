"""Query answers as pandas DataFrames with typed columns, for notebooks.

Entry point: :func:`to_dataframe`, which :meth:`kg.query.QueryResult.to_dataframe`
calls. pandas is an optional dependency (``pip install 'bilateral-kg[notebook]'``);
without it :class:`~kg.errors.NotebookExtraMissing` names the extra to install.

A column is typed from the RDF datatypes of its values: when every bound value
of a column is a literal of one family, the column gets that family's dtype
(``xsd:date``, ``xsd:dateTime``, ``xsd:gYearMonth`` and ``xsd:gYear`` →
``datetime64``; integer types → the nullable ``Int64``; ``xsd:decimal``,
``xsd:double`` and ``xsd:float`` → ``float64``; ``xsd:boolean`` → the nullable
``boolean``). Any other column (IRIs, plain and language-tagged strings, mixed
values) holds the values' text as Python strings. Unbound values are missing
(``<NA>``, ``NaT``, ``NaN`` or ``None``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kg.errors import NotebookExtraMissing

if TYPE_CHECKING:
    import pandas

_XSD = "http://www.w3.org/2001/XMLSchema#"
_LITERAL = 2  # the kind of a literal cell (kg.query.Cell: kind, text, datatype, language)

_FAMILY = {
    **{_XSD + t: "int" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                 "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt",
                                 "unsignedShort", "unsignedByte")},
    **{_XSD + t: "float" for t in ("decimal", "double", "float")},
    **{_XSD + t: "datetime" for t in ("date", "dateTime", "dateTimeStamp", "gYearMonth", "gYear")},
    _XSD + "boolean": "bool",
}
"""The dtype family of each XSD datatype that gets a typed column."""

Cell = tuple[int, str, "str | None", "str | None"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise NotebookExtraMissing(
            "Query answers as DataFrames need pandas: install the notebook extra, "
            "pip install 'bilateral-kg[notebook]'"
        ) from None
    return pandas


def _family(values: Sequence[Cell | None]) -> str | None:
    """The dtype family every bound value of a column shares, or None (a column of strings)."""
    families = set()
    for cell in values:
        if cell is None:
            continue
        kind, _, datatype, _ = cell
        family = _FAMILY.get(datatype or "") if kind == _LITERAL else None
        if family is None:
            return None
        families.add(family)
    if families == {"int", "float"}:
        return "float"
    return families.pop() if len(families) == 1 else None


def _column(pd: Any, values: Sequence[Cell | None], family: str | None) -> Any:
    texts = [None if cell is None else cell[1] for cell in values]
    if family == "int":
        return pd.array([None if t is None else int(t) for t in texts], dtype="Int64")
    if family == "float":
        return pd.to_numeric(pd.Series(texts, dtype=object), errors="coerce").astype("float64")
    if family == "bool":
        return pd.array([None if t is None else t.strip() in ("true", "1") for t in texts], dtype="boolean")
    if family == "datetime":
        series = pd.Series(texts, dtype=object)
        aware = any(t is not None and (t.endswith("Z") or "+" in t[10:] or t[10:].count("-")) for t in texts)
        # dates with and without a time, and with zones, in one column: parsed each on its own, in UTC if
        # any value has a zone (pandas refuses to mix naive and zoned values)
        return pd.to_datetime(series, errors="coerce", utc=aware, format="mixed")
    return pd.Series(texts, dtype=object)


def to_dataframe(columns: Sequence[str], cells: Sequence[Sequence[Cell | None]]) -> pandas.DataFrame:
    """A table of query answer cells as a DataFrame, each column typed from its values' datatypes.

    Args:
        columns: the column (variable) names.
        cells: the rows, each a cell (kind, text, datatype, language) or None for an unbound value.

    Raises:
        NotebookExtraMissing: pandas is not installed.
    """
    pd = _pandas()
    data = {}
    for i, name in enumerate(columns):
        values = [row[i] for row in cells]
        data[name] = _column(pd, values, _family(values))
    return pd.DataFrame(data, columns=list(columns))
