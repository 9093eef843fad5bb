"""The bilateral vocabulary: predicates and CAMEO codes, read from package data."""

from __future__ import annotations

from functools import cache

from kg.data import table
from kg.errors import UnknownPredicate
from kg.model import Predicate

#: PLOVER event categories: every predicate category but STRUCTURAL (offices, memberships, relations).
EVENT_CATEGORIES: frozenset[str] = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "INVESTIGATE",
})

@cache
def predicates() -> dict[str, Predicate]:
    """Every predicate of the vocabulary, by name.

    >>> predicates()["supports"].category
    'SUPPORT'
    """
    result = {}
    for row in table("predicates.tsv"):
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
    return {r["code"]: (r["name"].strip(), float(r["goldstein_gdelt"])) for r in table("cameo_codes.tsv")}


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
