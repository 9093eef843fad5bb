"""Joint statements of the ``patterns.v1`` extractor: the institutional "we" of a text several governments issue.

Entry point: :func:`joint_authors`. A text whose headline or first sentence says that several governments issue it
together speaks for each of them: in "Joint statement by the foreign ministers of Norland and Sudia\\n\\nWe call on
Ostia to release the detainees" the "we" is Norland and Sudia, whichever of them published the page (the publisher's
own "we" is :func:`kg.extract._publisher.institutional_we`). The forms read:

* a headline (or first line) "Joint statement by/of/from X and Y [on Z]", "Joint communiqué of the Governments of X,
  Y and Z", "Joint declaration between X and Y", "Joint statement on Z by X and Y";
* a headline "X and Y joint statement on Z", "X-Y joint statement";
* a first sentence "X and Y issued the following joint statement", "The following is the joint statement by X and Y".

Every author must be a country or an international body of the gazetteer ("Norland and the European Union"): a joint
statement of a country and a firm or a group of people ("Norland and Acme Energy") makes "we" nobody's alone, and gives
nothing. One author only ("Joint statement by the ministries of Norland") is no joint statement.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.gazetteer import country_in, load_gazetteer
from kg.model import Entity, EntityType

if TYPE_CHECKING:
    from kg.extract._context import _Context

#: The kinds of document several governments issue together.
_KINDS = r"(?:press\s+statement|statement|communiqu[eé]|declaration|press\s+release|readout)"
#: Words after the authors that open the document's topic, place or occasion ("... on Z", "... at the summit").
_TAIL = re.compile(r"\s*(?:[:–—|]|\s-\s|\s(?:on|about|regarding|concerning|following|after|at|in|to\s+mark|marking|for)\s).*$",
                   re.IGNORECASE)
#: "Joint statement by X and Y [on Z]", "Joint communiqué of X and Y", "Joint declaration between X and Y".
_JOINT_BY = re.compile(rf"^\s*(?:the\s+)?joint\s+{_KINDS}\s+(?:issued\s+)?(?:by|of|from|between)\s+(?P<authors>.{{3,240}})$",
                       re.IGNORECASE)
#: "Joint statement on Z by the Governments of X and Y": the topic first, then its authors named by their offices (a bare
#: "by" may name the doers of the topic: "Joint statement on attacks by X and Y on shipping").
_JOINT_ON_BY = re.compile(rf"^\s*(?:the\s+)?joint\s+{_KINDS}\s+(?:on|about|regarding|concerning)\s+.{{3,160}}\s+by\s+"
                          rf"(?P<authors>the\s+(?:[\w-]+\s+){{1,4}}of\s+(?:(?!\sby\s).){{3,200}})$",
                          re.IGNORECASE)
#: "X and Y joint statement on Z", "X-Y joint statement".
_JOINT_BEFORE = re.compile(rf"^\s*(?P<authors>[^:–—]{{3,160}}?)\s+joint\s+{_KINDS}\b(?:\s+(?:on|about|regarding|concerning|following|after|at|in)\s.*)?$",
                           re.IGNORECASE)
#: A first sentence: "X and Y (have) issued the following joint statement", "The following is the joint statement by X and Y".
_ISSUED = re.compile(rf"^\s*(?P<authors>[^.:;]{{3,240}}?)\s+(?:have\s+|has\s+|today\s+)?(?:issued|released|adopted|published|made|agreed)"
                     rf"\s+(?:the\s+following|this)\s+joint\s+{_KINDS}\b", re.IGNORECASE)
_FOLLOWING = re.compile(rf"^\s*(?:the\s+)?following\s+is\s+(?:the\s+|a\s+)?(?:text\s+of\s+the\s+)?joint\s+{_KINDS}\s+(?:by|of|from|between)"
                        rf"\s+(?P<authors>[^.:;]{{3,240}})", re.IGNORECASE)
#: An adverbial that may open the first sentence before its authors ("Today, X and Y issued ...", "On Monday, ...").
_OPENER = re.compile(r"^\s*(?:today|(?:on\s+)?\w+day(?:\s+\d{1,2}\s+\w+)?|(?:on\s+)?\d{1,2}\s+\w+(?:\s+\d{4})?)\s*,\s*", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)


def _author(item: str) -> str | None:
    """The key of the one actor an author item names: a country ("the foreign ministers of Norland", "Norlandic
    Government") or an international body of the gazetteer ("the European Union"); None for anything else."""
    gazetteer = load_gazetteer()
    bare = re.sub(r"^(?:the)\s+", "", item.strip(" .'’\"“”"), flags=re.IGNORECASE)
    # "the European Union", or a body at the end of an "of" phrase ("the foreign ministers of the G7")
    for name in (bare, re.sub(r"^(?:the)\s+", "", re.split(r"\s+of\s+", bare)[-1], flags=re.IGNORECASE)):
        whole = gazetteer.lookup(name)
        if whole is not None and whole.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return whole.key
    country = country_in(bare)
    return f"country/{country}" if country else None


def _items(authors: str) -> list[str]:
    """The items of a list of authors, a country name with "and" kept whole ("Trinidad and Tobago")."""
    parts = [p for p in _ITEM_SPLIT.split(authors) if p.strip()]
    gazetteer = load_gazetteer()
    items: list[str] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and (both := gazetteer.lookup(f"{parts[i]} and {parts[i + 1]}")) is not None and both.type is EntityType.COUNTRY:
            items.append(f"{parts[i]} and {parts[i + 1]}")
            i += 2
            continue
        items.append(parts[i])
        i += 1
    # "Norland-Sudia joint statement": a hyphen joins two names that are not one name ("Guinea-Bissau")
    return [side for item in items for side in (item.split("-") if "-" in item and _author(item) is None else [item])]


@lru_cache(maxsize=1024)
def joint_author_keys(title: str, first: str) -> tuple[str, ...] | None:
    """The entity keys of a joint statement's authors read from its headline and first paragraph; ``()`` for a joint
    statement with an author that is no state or international body; None for a text that is no joint statement.

    >>> joint_author_keys("Joint statement by the foreign ministers of Chile and Finland on Myanmar", "")
    ('country/CHL', 'country/FIN')
    >>> joint_author_keys("", "Chile and Acme Energy issued the following joint statement:")
    ()
    >>> joint_author_keys("Chile statement on Myanmar", "We are concerned.") is None
    True
    """
    found: str | None = None
    bare = False  # "X and Y joint statement": the names alone ("X and Y issue joint statement" is a story about it)
    for line in (title, first):
        line = " ".join(line.split())
        if not line:
            continue
        if (m := _JOINT_BY.match(line)) or (m := _JOINT_ON_BY.match(line)):
            found = _TAIL.sub("", m["authors"])
        elif (m := _JOINT_BEFORE.match(line)):
            found, bare = m["authors"], True
        elif (m := _ISSUED.match(_OPENER.sub("", line))) or (m := _FOLLOWING.match(line)):
            found = _TAIL.sub("", m["authors"])
        if found is not None:
            break
    if not found:
        return None
    keys: list[str] = []
    for item in _items(found):
        key = _author(item)
        if bare and (key is None or (whole := load_gazetteer().lookup(re.sub(r"^the\s+", "", item.strip(), flags=re.IGNORECASE))) is None
                     or whole.key != key):
            return None
        if key is None:
            return ()
        if key not in keys:
            keys.append(key)
    return tuple(keys) if len(keys) >= 2 else None


def joint_authors(ctx: _Context, own: str | None) -> list[Entity] | None:
    """The authors a joint statement's institutional "we" stands for, its publisher (the country ``own``) first; ``[]`` when one of them is
    no state or international body (the "we" is nobody's alone); None when the article is no joint statement."""
    article = ctx.article
    title = (article.title or "").strip()
    body = article.text.strip()
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    first = re.split(r"\n\s*\n", body, maxsplit=1)[0] if body else ""
    keys = joint_author_keys(title, first[:400])
    if keys is None:
        return None
    gazetteer = load_gazetteer()
    entities = [e for key in keys if (e := (ctx.country(key.split("/", 1)[1]) if key.startswith("country/") else gazetteer.entity(key))) is not None]
    if len(entities) != len(keys):
        return []
    return sorted(entities, key=lambda e: e.country != own if own else False)  # (a stable sort: the rest keep their order)
