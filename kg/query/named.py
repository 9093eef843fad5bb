"""The named queries shipped as ``kg/queries/*.rq``: reading them, and binding their parameters.

A ``.rq`` file starts with a comment header (``# title:``, ``# description:``,
one ``# param:`` per parameter, :func:`parse_named_query`) and may hold
``#if`` blocks (:func:`render_template`) so that it can start from the bound
side when a parameter is given and scan otherwise. A query may ship a summary
variant, ``NAME.summary.rq``, giving the same rows from a store's dyad
summaries (:mod:`kg.summary`); ``bind(..., summaries=True)`` renders it. A
variant that reads a page from the store's listings also ships
``NAME.listings.rq``, which picks them (:func:`page_listings`).

Parameters are never pasted into query text as strings: each value is checked
and turned into an RDF term (:func:`kg.query.params.parameter_term`), and
written in N-Triples syntax (a checked IRI or an escaped literal) in place of
the parameter's variable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral

from kg.errors import QueryFailed, QueryParameterInvalid, UnknownQuery
from kg.query.params import PARAMETER_KINDS, Parameter, parameter_term
from kg.rdf import DEFAULT_BASE
from kg.store import oxigraph_of
from kg.summary import SUMMARY_GRAPH, SUMMARY_TERMS, summary_terms


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query shipped with the package (``kg/queries/NAME.rq``)."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    """The query with no parameter given (its ``#if`` blocks resolved)."""
    template: str = ""
    """The ``.rq`` file as shipped; :meth:`bind` renders it."""
    summary: str = ""
    """``NAME.summary.rq`` if shipped: the same answer read from a store's dyad summaries
    (:mod:`kg.summary`), which :meth:`bind` renders instead with ``summaries=True``."""
    listings: str = ""
    """``NAME.listings.rq`` if shipped: which of the store's statement listings hold a page of the
    summary variant (:func:`page_listings`); each ``#listed`` line is written from them."""

    def bind(
        self, values: Mapping[str, str], *, base: str = DEFAULT_BASE, summaries: bool = False, store: ox.Store | Dataset | None = None
    ) -> str:
        """The query text with ``values`` bound: each parameter variable replaced by its RDF term.

        With ``summaries`` (the source is a store whose dyad summaries are
        complete: :func:`kg.summary.has_summaries`), a query shipped with a
        summary variant is rendered from that variant: the same rows, without
        scanning every statement. Graph files, endpoints and other stores get
        the raw query. A variant that reads a page from the store's listings
        (a ``#listed`` line) needs the ``store``: its ``NAME.listings.rq``
        runs there first, and the listings that hold the page are written into
        the query as constants (:func:`page_listings`).

        The template's ``#if`` blocks are kept or dropped by which parameters
        are given (see :func:`render_template`), then every ``?NAME`` of a
        given parameter becomes the term, written in N-Triples syntax (an IRI
        checked to hold no delimiter, or an escaped string literal). The values
        are never pasted as SPARQL: a country or category must name one, and
        text becomes a literal. Constants, unlike a ``VALUES`` row, let the
        query engine start from the bound country (about 20 times faster on a
        million triples).

        Raises:
            QueryParameterInvalid: a parameter is unknown, missing or has a
                value that names nothing (an unknown country or category).
        """
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryParameterInvalid(
                f"Query {self.name!r} has no parameter {unknown[0]!r}. Available: {', '.join(known) or 'none'}"
            )
        missing = [p.name for p in self.parameters if not p.optional and not values.get(p.name)]
        if missing:
            raise QueryParameterInvalid(f"Query {self.name!r} needs --param {missing[0]}=... ({known[missing[0]].description})")
        values = {**{p.name: p.default for p in self.parameters if p.default}, **{k: v for k, v in values.items() if v}}
        terms = {p.name: parameter_term(p, values[p.name], base) for p in self.parameters if values.get(p.name)}
        countries = [(p.name, terms[p.name]) for p in self.parameters if p.kind == "country" and p.name in terms]
        if len(countries) == 2 and countries[0][1] == countries[1][1]:
            code = str(countries[0][1]).rsplit("/", 1)[-1]
            raise QueryParameterInvalid(
                f"Query {self.name!r}: a dyad needs two different countries, got {code} twice ({countries[0][0]} and {countries[1][0]})."
            )
        bound = {name: _sparql_term(term) for name, term in terms.items()}
        # an integer of 0 is bound (a page's arithmetic may use it) but counts as not given for the #if blocks
        given = {name for name, term in terms.items() if not (isinstance(term, Literal) and term.datatype is not None and term.toPython() == 0)}
        template = self.summary if summaries and self.summary else self.template or self.text
        if summaries and self.summary:
            store = store if isinstance(store, ox.Store) or store is None else oxigraph_of(store)
            # the summary nodes and keys a variant may start from (kg.summary.summary_terms), e.g. ?dyad;
            # its #if blocks may test them too
            derived = summary_terms({name: str(term) for name, term in terms.items()}, store)
            bound, given = {**bound, **derived}, given | set(derived)
        text = _substitute(render_template(template, given, self.name), bound)
        if summaries and _LISTED.search(text):
            if store is None:
                raise QueryFailed(f"{self.name}.summary.rq reads the listings of a store: bind it with the store")
            chosen = _substitute(render_template(self.listings, given, self.name + ".listings"), bound)
            end = sum(int(values[name]) for name in ("limit", "offset") if values.get(name))
            listed = page_listings(store, chosen, end)
            text = _LISTED.sub(lambda m: listed, text)
        return text


def _substitute(text: str, bound: Mapping[str, str]) -> str:
    if not bound:
        return text
    variables = re.compile(r"[?$](" + "|".join(re.escape(name) for name in bound) + r")(?![\w\u00b7\u0300-\u036f\u203f-\u2040])")
    # one pass, so a literal's text is never scanned again for variables
    return variables.sub(lambda m: bound[m.group(1)], text)


_LISTED = re.compile(r"^[ \t]*#listed[ \t]*$", re.MULTILINE)


def page_listings(store: ox.Store, listings_query: str, end: int) -> str:
    """The listings that hold the first ``end`` rows of a page, as a ``VALUES`` block of constants
    binding each listing's columns (its key first: ``?listing``, or the key the variant reads); the
    variant's next line reads their rows (``?statement bi:listedIn ?listing``).

    ``listings_query`` gives one row per listing (its key as the first column, its ``?statements`` count: the rows it
    holds, its ``?month``: the group it belongs to, and any other column, bound alongside its rows),
    ordered as the page is (newest month first, the undated listing last; for ``partners``, one
    group per PLOVER category in the page's order). The page's first ``end`` rows are in the groups
    whose earlier groups hold fewer than ``end`` rows: every listing of those groups is taken. Given
    as constants, the engine reads each listing's rows from its index; a listing chosen inside the
    query instead was joined with every ``bi:listedIn`` triple (seconds at 10M triples).
    """
    solutions = store.query(listings_query)
    extra = [v.value for v in solutions.variables if v.value not in ("statements", "month")]
    rows, before, month = [], 0, object()
    for row in solutions:
        if row["month"] != month:
            if before >= end:
                break
            month = row["month"]
        before += int(row["statements"].value)
        rows.append("(" + " ".join("UNDEF" if row[name] is None else str(row[name]) for name in extra) + ")")
    if not rows:
        # nothing to list: one listing that holds nothing, so that the engine reads an empty index range
        # (with no row at all, it read every statement first: 42 s for an unknown name at 10M triples)
        rows.append("(" + " ".join(f"<{SUMMARY_GRAPH}/none>" if i == 0 else "UNDEF" for i in range(len(extra))) + ")")
    return f"VALUES ({' '.join('?' + name for name in extra)}) {{ {' '.join(rows)} }}"


_SAFE_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')


def _sparql_term(term: URIRef | Literal) -> str:
    r"""A parameter's term as SPARQL text: an IRI in angle brackets or an N-Triples string literal.

    >>> print(_sparql_term(Literal('a"} #')))
    "a\"} #"
    """
    if isinstance(term, Literal) and isinstance(term.toPython(), int) and not isinstance(term.toPython(), bool):
        return str(term.toPython())  # an integer parameter, bare: it may stand after LIMIT and OFFSET
    if isinstance(term, Literal):
        return str(_quoteLiteral(term))
    text = term.n3()
    if not _SAFE_IRI.fullmatch(text):  # pragma: no cover - parameter_term builds IRIs from checked codes
        raise QueryParameterInvalid(f"Not a usable IRI: {text}")
    return str(text)


_DIRECTIVE = re.compile(r"\s*#(if|elif|else|endif)\b(.*)$")


def render_template(template: str, given: set[str], name: str = "query") -> str:
    r"""A named query's text for the parameters ``given``: its ``#if`` blocks resolved.

    A line ``#if a b`` (each name optionally ``!name``: not given) opens a
    block kept only when every condition holds; ``#elif ...``, ``#else`` and
    ``#endif`` work as in the C preprocessor, blocks nest, and the directive
    lines themselves are dropped. SPARQL reads the directives as comments, so
    a template is still readable SPARQL.

    >>> print(render_template("A\n#if x\nB\n#else\nC\n#endif\nD", {"x"}), end="")
    A
    B
    D

    Raises:
        QueryFailed: the blocks do not balance; the message names the query.
    """
    out = []
    stack: list[tuple[bool, bool]] = []  # (this block is kept, some branch of it was taken)
    for line in template.splitlines(keepends=True):
        match = _DIRECTIVE.match(line)
        if match is None:
            if all(keep for keep, _ in stack):
                out.append(line)
            continue
        word, rest = match.group(1), match.group(2).split()
        holds = all((c[1:] not in given) if c.startswith("!") else (c in given) for c in rest)
        if word == "if":
            stack.append((holds, holds))
        elif not stack:
            raise QueryFailed(f"{name}.rq: #{word} without #if")
        elif word == "elif":
            taken = stack[-1][1]
            stack[-1] = (holds and not taken, taken or holds)
        elif word == "else":
            stack[-1] = (not stack[-1][1], True)
        else:
            stack.pop()
    if stack:
        raise QueryFailed(f"{name}.rq: #if without #endif")
    return "".join(out)


_HEADER = re.compile(r"#\s*(title|description|param):\s?(.*)")


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read the comment header of a ``.rq`` file: ``# title:``, ``# description:`` (continued
    by indented comment lines) and one ``# param: NAME KIND[?]  DESCRIPTION`` per parameter.

    >>> q = parse_named_query("x", "# title: X\\n# param: c country  The country.\\nSELECT * WHERE { ?s ?p ?c }")
    >>> q.title, q.parameters[0].kind
    ('X', 'country')
    """
    title, description, parameters = name, "", []
    last = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            last, value = match.group(1), match.group(2).strip()
            if last == "title":
                title = value
            elif last == "description":
                description = value
            else:
                pname, kind, pdesc = (value.split(None, 2) + ["", ""])[:3]
                kind, _, default = kind.partition("=")
                optional = kind.endswith("?") or bool(default)
                kind = kind.rstrip("?")
                if kind not in PARAMETER_KINDS:
                    raise QueryFailed(f"{name}.rq: parameter {pname!r} has unknown kind {kind!r}. Available: {', '.join(PARAMETER_KINDS)}")
                if default and (kind != "integer" or not default.isdigit()):
                    raise QueryFailed(f"{name}.rq: parameter {pname!r}: only an integer parameter has a default, a whole number (limit integer=100)")
                parameters.append(Parameter(pname, kind, pdesc.strip(), optional, default))
        elif last == "description":
            description += " " + line.lstrip("#").strip()
        elif last == "param" and parameters:
            p = parameters[-1]
            parameters[-1] = replace(p, description=f"{p.description} {line.lstrip('#').strip()}")
    declared = {p.name for p in parameters}
    for directive in filter(None, (_DIRECTIVE.match(line) for line in text.splitlines())):
        unknown_names = [c.lstrip("!") for c in directive.group(2).split() if c.lstrip("!") not in declared]
        if unknown_names:
            raise QueryFailed(f"{name}.rq: #{directive.group(1)} names {unknown_names[0]!r}, which is not a parameter")
    render_template(text, declared, name)  # the blocks must balance
    return NamedQuery(name, title, description.strip(), tuple(parameters), render_template(text, set(), name), text)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every query shipped in ``kg/queries/``, by name (the file name without ``.rq``)."""
    folder = resources.files("kg.queries")
    found = {}
    variants = {}
    listings = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(_VARIANT):
            variants[entry.name[: -len(_VARIANT)]] = entry.read_text(encoding="utf-8")
        elif entry.name.endswith(_LISTINGS):
            listings[entry.name[: -len(_LISTINGS)]] = entry.read_text(encoding="utf-8")
        elif entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse_named_query(name, entry.read_text(encoding="utf-8"))
    for name, text in variants.items():
        if name not in found:
            raise QueryFailed(f"{name}{_VARIANT}: a summary variant of no query ({name}.rq is missing)")
        found[name] = with_summary(found[name], text, listings.pop(name, ""))
    if listings:
        raise QueryFailed(f"{next(iter(listings))}{_LISTINGS}: the listings of no summary variant")
    return found


_VARIANT = ".summary.rq"
_LISTINGS = ".listings.rq"


def with_summary(query: NamedQuery, text: str, listings: str = "") -> NamedQuery:
    """``query`` with its summary variant (the text of ``NAME.summary.rq``) and the query that picks
    the listings of its page (``NAME.listings.rq``, needed by a variant with a ``#listed`` line).

    Raises:
        QueryFailed: the variant's ``#if`` blocks name something that is not a
            parameter of the query, or do not balance.
    """
    declared = {p.name for p in query.parameters}
    for variant, body in ((_VARIANT, text), (_LISTINGS, listings)):
        for directive in filter(None, (_DIRECTIVE.match(line) for line in body.splitlines())):
            unknown_names = [c.lstrip("!") for c in directive.group(2).split() if c.lstrip("!") not in declared | SUMMARY_TERMS]
            if unknown_names:
                raise QueryFailed(f"{query.name}{variant}: #{directive.group(1)} names {unknown_names[0]!r}, which is not a parameter")
    render_template(text, declared, query.name + ".summary")
    if _LISTED.search(text) and not listings:
        raise QueryFailed(f"{query.name}{_VARIANT} has a #listed line but no {query.name}{_LISTINGS} picks its listings")
    render_template(listings, declared, query.name + ".listings")
    return replace(query, summary=text, listings=listings)


def named_query(name: str) -> NamedQuery:
    """A shipped query by name.

    Raises:
        UnknownQuery: no query has that name; the message lists the choices.
    """
    queries = named_queries()
    if name not in queries:
        raise UnknownQuery(f"Unknown query {name!r}. Available: {', '.join(queries)}")
    return queries[name]
