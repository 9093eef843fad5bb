"""The bilateral vocabulary: predicates and CAMEO codes, read from package data."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from kg.errors import UnknownPredicate
from kg.model import Predicate


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


@cache
def predicates() -> dict[str, Predicate]:
    """Every predicate of the vocabulary, by name.

    >>> predicates()["supports"].category
    'SUPPORT'
    """
    result = {}
    for row in _rows("predicates.tsv"):
        result[row["predicate"]] = Predicate(
            name=row["predicate"],
            category=row["category"],
            cameo=None if row["cameo"] == "-" else row["cameo"],
            goldstein=float(row["goldstein"]),
            symmetric=row["symmetric"] == "yes",
            domain=row["domain"],
            range=row["range"],
            label=row["label"],
            comment=row["comment"],
        )
    return result


def predicate(name: str) -> Predicate:
    """Look a predicate up by name.

    Raises:
        UnknownPredicate: the name is not in the vocabulary; the message lists the choices.
    """
    try:
        return predicates()[name]
    except KeyError:
        choices = ", ".join(sorted(predicates()))
        raise UnknownPredicate(f"Unknown predicate {name!r}. Available: {choices}") from None


@cache
def cameo_codes() -> dict[str, tuple[str, float]]:
    """CAMEO event codes with their names and GDELT Goldstein values.

    >>> cameo_codes()["051"]
    ('Praise or endorse', 3.4)
    """
    return {r["code"]: (r["name"].strip(), float(r["goldstein_gdelt"])) for r in _rows("cameo_codes.tsv")}


def goldstein(cameo: str | None, default: float = 0.0) -> float:
    """The Goldstein value of a CAMEO code, falling back to its root, then to ``default``.

    >>> goldstein("0511")
    3.4
    """
    codes = cameo_codes()
    while cameo:
        if cameo in codes:
            return codes[cameo][1]
        cameo = cameo[:-1]
    return default
