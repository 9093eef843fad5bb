"""Parameters of the named queries: their kinds, and the RDF term each value stands for.

A ``country`` value is an ISO 3166 alpha-3 code or any name the gazetteer
knows (:func:`resolve_country`: a typo gets suggestions, a name of several
countries is refused with the candidates, never guessed); a ``category`` is
a PLOVER category of the vocabulary; ``text`` is a plain literal.
:func:`parameter_term` checks a value and gives its term; the term is then
written into the query by :meth:`kg.query.named.NamedQuery.bind`, never the
value as text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

from rdflib import Literal, URIRef

from kg.errors import QueryParameterInvalid
from kg.rdf import DEFAULT_BASE, PREFIXES

BI_NS = PREFIXES["bi"]

PARAMETER_KINDS = ("country", "category", "text", "integer")


@dataclass(frozen=True)
class Parameter:
    """A parameter of a named query; it binds the variable of the same name.

    Attributes:
        name: the variable name (without ``?``).
        kind: ``country`` (an ISO 3166 alpha-3 code or a name, bound to the
            country's IRI), ``category`` (a PLOVER category, bound to its IRI)
            ``text`` (bound to a plain literal) or ``integer`` (a whole number
            >= 0, written as a bare number so that it may stand after ``LIMIT``
            and ``OFFSET``; 0 counts as not given for the query's ``#if``
            blocks: ``limit=0`` lists everything).
        description: one line for ``kg query --list``.
        optional: the query runs without it (the variable stays unbound).
        default: the value used when none is given (``# param: limit integer=100``); only for
            ``integer`` parameters, which are then optional.
    """

    name: str
    kind: str
    description: str
    optional: bool = False
    default: str = ""


@cache
def _country_names() -> dict[str, tuple[str, set[str]]]:
    """Country names by their case-folded text: (the name as written, the ISO codes it names)."""
    from kg.gazetteer import NAME, load_gazetteer

    names: dict[str, tuple[str, set[str]]] = {}
    for surface in load_gazetteer().surfaces:
        if surface.kind == NAME and surface.entity.key.startswith("country/"):
            names.setdefault(surface.text.casefold(), (surface.text, set()))[1].add(surface.entity.country or "")
    return names


@cache
def _ambiguous_names() -> dict[str, set[str]]:
    """Names the resolver leaves undecided without context (``kg/data/ambiguous.yaml``: several
    country readings and no default, as bare "Congo"), by case-folded text: their countries' codes."""
    from kg.ambiguity import ambiguities

    found = {}
    for name, ambiguity in ambiguities().items():
        countries = {key.split("/", 1)[1] for key in ambiguity.readings if key.startswith("country/")}
        if len(countries) > 1 and not ambiguity.default.startswith("country/"):
            found[name.casefold()] = countries
    return found


def _country_label(code: str) -> str:
    from kg.gazetteer import load_gazetteer

    entity = load_gazetteer().country(code)
    return entity.label if entity is not None else code


def resolve_country(value: str) -> str:
    """The ISO 3166 alpha-3 code of a country given by code or by any of its names (any case).

    >>> resolve_country("aze"), resolve_country("United States"), resolve_country("Türkiye")
    ('AZE', 'USA', 'TUR')

    A name that may stand for several countries ("Congo", "Korea") is refused
    with the candidates, never guessed.

    Raises:
        QueryParameterInvalid: no country (or more than one) has that name;
            the message suggests close names.
    """
    from kg.gazetteer import load_gazetteer

    text = value.strip()
    gazetteer = load_gazetteer()
    if len(text) == 3 and gazetteer.country(text) is not None:
        return text.upper()
    codes = _ambiguous_names().get(text.casefold()) or _country_names().get(text.casefold(), ("", set()))[1]
    if not codes:  # "Korea": no country's name, but a word of several ("South Korea", "North Korea")
        word = re.compile(r"(?<!\w)" + re.escape(text.casefold()) + r"(?!\w)")
        codes = {code for name, (_, named) in _country_names().items() if word.search(name) for code in named} if text else set()
        if len(codes) == 1:
            codes = set()  # one country whose name holds the word: suggested below, not guessed
    if len(codes) == 1:
        return next(iter(codes))
    if len(codes) > 1:
        names = ", ".join(f"{code} ({_country_label(code)})" for code in sorted(codes))
        raise QueryParameterInvalid(f"{value!r} may name more than one country: {names}. Give one of these codes.")
    close = difflib.get_close_matches(text.casefold(), list(_country_names()), n=3, cutoff=0.75)
    hint = f" Did you mean: {', '.join(_country_names()[c][0] for c in close)}?" if close else " Give an ISO 3166 alpha-3 code (AZE) or a name (Azerbaijan)."
    raise QueryParameterInvalid(f"Unknown country {value!r}.{hint}")


def _categories() -> set[str]:
    from kg.vocab import predicates

    return {p.category for p in predicates().values()}


def integer_value(parameter: Parameter, value: str) -> int:
    """An ``integer`` parameter's value.

    >>> integer_value(Parameter("limit", "integer", ""), " 25 ")
    25

    Raises:
        QueryParameterInvalid: the value is not a whole number >= 0.
    """
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        raise QueryParameterInvalid(f"--param {parameter.name}={value!r}: give a whole number (0 or more), e.g. --param {parameter.name}=50")
    return int(text)


def parameter_term(parameter: Parameter, value: str, base: str = DEFAULT_BASE) -> URIRef | Literal:
    """The RDF term a parameter value stands for.

    >>> parameter_term(Parameter("a", "country", ""), "Azerbaijan").n3()
    '<https://w3id.org/bikg/id/country/AZE>'
    >>> parameter_term(Parameter("p", "text", ""), 'say "hi" } ').n3()
    '"say \\\\"hi\\\\" } "'

    Raises:
        QueryParameterInvalid: the value names no country or category.
    """
    if parameter.kind == "country":
        return URIRef(f"{base}id/country/{resolve_country(value)}")
    if parameter.kind == "category":
        categories = _categories()
        if value.strip().upper() not in categories:
            raise QueryParameterInvalid(f"Unknown category {value!r}. Available: {', '.join(sorted(categories))}")
        return URIRef(BI_NS + value.strip().upper())
    if parameter.kind == "integer":
        return Literal(integer_value(parameter, value))
    return Literal(value)


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``NAME=VALUE`` strings as a dict.

    >>> parse_params(["a=AZE", "b=United States"])
    {'a': 'AZE', 'b': 'United States'}

    Raises:
        QueryParameterInvalid: a pair has no ``=``.
    """
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryParameterInvalid(f"--param {pair!r}: write NAME=VALUE, e.g. --param a=AZE")
        values[name.strip()] = value.strip()
    return values
