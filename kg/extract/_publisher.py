"""Institutional first person of the ``patterns.v1`` extractor: "we" in a government's own release.

Entry points: :func:`institutional_we` and :func:`first_person_owner`. A press release, statement or news story that a
government publishes speaks for that government: "We will continue to support Sudia",
"our partners", "the aid we gave" outside quotation marks stand for it. The argument rules call
:func:`institutional_we` for "we", "our", "us" or "ours" when no speaker of their own is found
(a quotation's speaker, a "Name: ..." label, a reporting verb's subject or a transcript's
answerer come first, see :meth:`kg.extract._context._Context.speaker`).

The publishing government is read from the article's metadata (:func:`publisher_country`):

* its source or byline naming a country and a government body ("UK Government", "Ministry of
  Foreign Affairs of Norland", "Norlandic Department of Foreign Affairs", "Embassy of Norland"),
  or a government body without a country word that only one government has
  ("Foreign and Commonwealth Office", "State Department"): ``kg/data/publishers.yaml``;
* its web address on a government domain: a government label before a country code
  ("www.gov.uk", "diplomatie.gouv.fr", "mofa.go.jp", ``kg/data/cctld.tsv``) or a domain of one
  government (".gov", "admin.ch");
* with none of these, its own self-identification (:func:`self_identified`): a headline naming
  the body and the kind of document ("Ministry of Foreign Affairs of Chile: statement on ..."),
  or a first sentence whose subject is a government body of one country ("The Government of
  Chile condemns ...").

"our" owning an organ ("our forces", "our ambassador") is resolved the same way, the speaker first
(:func:`first_person_owner`, called by :mod:`kg.extract._discourse`). An "our" of several parties
("our shared commitment", "our two countries") is nobody's alone: it gives nothing.

A title of office written bare in such a release names the publisher's own officer
(:func:`own_officer`, called by :mod:`kg.extract._discourse`): in a UK Government release "The Defence
Secretary met the Chilean defence minister" is the United Kingdom meeting Chile, as "The British Defence
Secretary met ..." would be.

A source that names no government (a news agency, an encyclopaedia, a newspaper) or an unknown
source gives nothing, and so does a "we" inside quotation marks whose speaker is not known, or in
a journalist's question of a transcript: the first person there is someone else's.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import takewhile
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml
from spacy.tokens import Token

from kg.data import table
from kg.extract._joint import joint_authors
from kg.gazetteer import country_in, load_gazetteer, load_office_holders, titles
from kg.model import Article, Entity, EntityType

if TYPE_CHECKING:
    from kg.extract._context import _Context

#: First-person plural words that a government's own text uses for itself.
_WE = {"we", "our", "us", "ours"}
#: Words that make "our" stand for two or more parties ("our shared commitment", "our two countries").
_SHARED = {"shared", "joint", "common", "mutual", "bilateral", "two", "both", "three", "respective"}


@cache
def _config() -> dict[str, Any]:
    text = resources.files("kg.data").joinpath("publishers.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def _cctlds() -> dict[str, str]:
    """Country-code top-level domain -> ISO 3166 alpha-3 (``kg/data/cctld.tsv``)."""
    return {row["cctld"]: row["iso3"] for row in table("cctld.tsv")}


def government_of_name(name: str | None) -> str | None:
    """The country whose government a source or byline names, or None.

    >>> government_of_name("UK Government"), government_of_name("Reuters")
    ('GBR', None)
    """
    if not name or not name.strip():
        return None
    config = _config()
    folded = " ".join(name.split()).casefold()
    for publisher, code in config["named_publishers"].items():
        if re.search(rf"(?<!\w){re.escape(publisher.casefold())}(?!\w)", folded):
            return str(code)
    if not any(re.search(rf"(?<!\w){re.escape(word)}s?(?!\w)", folded) for word in config["government_words"]):
        return None
    return country_in(name)


def government_of_url(url: str | None) -> str | None:
    """The country whose government a web address belongs to, or None.

    >>> government_of_url("https://www.gov.uk/government/news/x"), government_of_url("https://example.com/gov/x")
    ('GBR', None)
    """
    if not url or "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) < 2:
        return None
    config = _config()
    domains: dict[str, str] = config["government_domains"]
    for n in (2, 1):
        if ".".join(labels[-n:]) in domains:
            return domains[".".join(labels[-n:])]
    country = _cctlds().get(labels[-1])
    if country is not None and set(labels[:-1]) & set(config["government_domain_labels"]):
        return country
    return None


def publisher_country(article: Article) -> str | None:
    """The ISO 3166 alpha-3 code of the government that published ``article``, or None if unknown.

    The source comes first, then the byline, then the web address; a source naming a publisher
    that is no government ("Reuters") does not make its government domain count.
    """
    return _publisher_of(article.source, article.author, article.url)


@lru_cache(maxsize=4096)
def _publisher_of(source: str | None, author: str | None, url: str | None) -> str | None:
    """:func:`publisher_country` of an article's metadata (cached: the argument rules ask for every bare noun)."""
    for name in (source, author):
        code = government_of_name(name)
        if code is not None:
            return code
    return government_of_url(url)


def institutional_we(ctx: _Context, token: Token) -> Entity | None:
    """The government a "we", "our", "us" or "ours" stands for in its own release, or None.

    Only outside quotation marks and outside a journalist's question, and only when the
    article's publisher is a government (:func:`publisher_country`).
    """
    if token.lower_ not in _WE or shared_first_person(token):
        return None
    if any(start <= token.idx < end for start, end in ctx.quotes) or ctx.in_question(token.sent):
        return None
    if (joint := joint_authors(ctx, publisher_country(ctx.article))) is not None:
        return joint[0] if joint else None  # a joint statement's "we": its first author here, each one by institutional_authors
    return ctx.country(publisher_country(ctx.article) or self_identified(ctx))


def institutional_authors(ctx: _Context, token: Token) -> list[Entity]:
    """Every government an institutional "we" stands for: each author of a joint statement ("Joint statement by Norland
    and Sudia ... We call on Ostia to ...": Norland and Sudia, :mod:`kg.extract._joint`), else the one of
    :func:`institutional_we`."""
    first = institutional_we(ctx, token)
    if first is None:
        return []
    return joint if (joint := joint_authors(ctx, publisher_country(ctx.article))) else [first]


#: The kinds of document a government body issues.
_DOCUMENT_KINDS = r"(?:press release|news release|statement|readout|communiqu[eé])"
#: A headline that says what kind of document a government body issued: "Ministry of X: statement on ...", "Statement
#: by the Government of X on Y", "X statement on Y" (the words after "on", "about" ... name its topic, not its author).
_DOCUMENT_TITLE = re.compile(
    rf"^(?:(?P<body>[^:–—]{{3,120}}?)\s*[:–—]\s*{_DOCUMENT_KINDS}\b"
    rf"|{_DOCUMENT_KINDS}\s+(?:from|by|of)\s+(?P<by>.{{3,120}}?)(?:\s+(?:on|about|regarding|concerning|following|after)\s.*)?$"
    rf"|(?P<before>[^:–—]{{2,80}}?)\s+{_DOCUMENT_KINDS}\s+(?:on|about|regarding|concerning|following|after)\s.*$)",
    re.IGNORECASE,
)


def self_identified(ctx: _Context) -> str | None:
    """The government an article with no publisher metadata names as its author, or None.

    Only for an article without source, byline or web address. Its headline names the body and
    the kind of document ("Ministry of Foreign Affairs of Chile: statement on ...", "Press
    release from the Government of Chile", "Statement by the Government of Chile on Peru", "Chile
    statement on Peru": a country's name alone), or its first sentence's subject is a government
    body of one country ("The Government of Chile condemns ...", "Chile's Ministry of Foreign
    Affairs announces ...").
    """
    article = ctx.article
    if article.source or article.author or (article.url and not article.url.startswith("file:")):
        return None
    if article.title and (m := _DOCUMENT_TITLE.match(article.title.strip())):
        if m["before"]:  # "UK statement on Y", "Norlandic Government statement on Y": a country's name alone is its government's
            if _finite_verb(ctx, len(article.title.strip())):
                return None  # "X statement on Y sparks anger" is a story about the statement
            named = load_gazetteer().lookup(m["before"])
            return named.country if named is not None and named.type is EntityType.COUNTRY else government_of_name(m["before"])
        return government_of_name(m["body"] or m["by"])
    sentences = list(ctx.doc.sents)
    first = next((s for s in sentences if s.text.strip() and s.text.strip() != (article.title or "").strip()), None)
    if first is None:
        return None
    subjects = [c for c in first.root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    phrase = ctx.doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1].text
    return government_of_name(phrase)


def _finite_verb(ctx: _Context, end: int) -> bool:
    """Whether the article's text up to character ``end`` (its headline) holds a finite verb."""
    return any(t.tag_ in ("VBZ", "VBD", "VBP") and t.pos_ in ("VERB", "AUX") for t in takewhile(lambda t: t.idx < end, ctx.doc))


def first_person_owner(ctx: _Context, token: Token) -> Entity | None:
    """The country an "our" owning an organ stands for ("our forces", "our ambassador"), or None.

    The speaker's country when the words are attributed to someone (a quotation, a reporting
    verb, a transcript's answerer), else the publishing government (:func:`institutional_we`).
    """
    if token.lower_ != "our" or token.dep_ != "poss" or shared_first_person(token):
        return None
    speaker = ctx.speaker(token.sent, token)
    if speaker is not None and ctx.speaks_for_itself(speaker):
        return None  # a firm's or a commentator's "our" is not its state's
    if speaker is not None:
        return speaker if speaker.type is EntityType.COUNTRY else ctx.country(speaker.country)
    return institutional_we(ctx, token)


def first_person_owners(ctx: _Context, token: Token) -> list[Entity]:
    """Every country an "our" owning an organ stands for: :func:`first_person_owner`, and each author of a joint
    statement when the "our" is theirs ("our envoys" in a joint statement of Norland and Sudia: each one's)."""
    owner = first_person_owner(ctx, token)
    if owner is None:
        return []
    if ctx.speaker(token.sent, token) is None and (joint := joint_authors(ctx, publisher_country(ctx.article))):
        return joint
    return [owner]


def shared_first_person(token: Token) -> bool:
    """Whether "our" owns something of several parties: "our shared commitment", "our two countries"."""
    if token.dep_ != "poss":
        return False
    return any(c.lower_ in _SHARED for c in token.head.children if c.i != token.i)


# ------------------------------------------------------------------ the publisher's own officers
#: Determiners of a bare title: "the Prime Minister"; "a" or "an" only for a spokesperson ("a Foreign Office spokesperson").
_DEFINITE = {"the"}
_INDEFINITE = {"a", "an"}
#: Dependencies of the words that may make a title another state's ("the Chilean minister", "Peru's minister").
_OWNING = {"amod", "compound", "poss", "nmod", "appos"}
#: Prepositions that may make a title another state's ("the minister of Peru", "the envoy from Peru", "the Minister for
#: Peru"); not a place ("met the Prime Minister in Lima": the meeting's place).
_OWNING_PREPS = {"of", "for", "from"}


@cache
def _heads_of(country: str) -> frozenset[str]:
    """The roles of ``kg/data/roles.tsv`` the office-holders table lists holders of for ``country``."""
    roles = titles()
    entity = f"country/{country}"
    return frozenset(roles[h.title].role if h.title in roles else h.title for h in load_office_holders().holders if h.entity == entity)


def _title_role(token: Token) -> str | None:
    """The role a title noun names with the words before it and an "of" phrase ("the Foreign Secretary": foreign
    minister, "the Secretary of State": foreign minister, "a Foreign Office spokesperson": spokesperson), or None when
    the words before it are no title's ("the new minister": the words must all belong to the title)."""
    doc = token.doc
    before = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
    start = min((c.left_edge.i for c in before), default=token.i)
    words = [t.lower_ for t in doc[start : token.i + 1]]
    of = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    roles = titles()
    if of and (found := roles.get(" ".join(words + ["of"] + [t.lower_ for t in doc[of[0].left_edge.i : of[0].i + 1]]))):
        return found.role if found.country is None else None
    found = roles.get(" ".join(words))
    if found is not None:
        return found.role if found.country is None else None
    head = roles.get(token.lower_)
    config = _config()
    # "a Foreign Office spokesperson", "a Government spokesman": the body that speaks, a body of a government
    if head is not None and head.role in config["spokesperson_roles"] and len(words) > 1 and words[-2] in config["government_words"]:
        return head.role
    return None


def _foreign_holder_before(ctx: _Context, token: Token, country: str) -> bool:
    """Whether the article names another state's holder of a title with the same noun before ``token`` ("President
    Ana Sol of Peru ... the President", "the Peruvian Minister ... the Minister"): the bare title may be theirs."""
    for earlier in ctx.doc[: token.i]:
        if earlier.lower_ != token.lower_:
            continue
        owners = [earlier, *(t for c in earlier.children if c.dep_ in _OWNING or (c.dep_ == "prep" and c.lower_ in _OWNING_PREPS)
                             for t in c.subtree)]
        if earlier.dep_ == "compound":
            owners.append(earlier.head)  # "President Ana Sol": the name the title is written on
        for owner in owners:
            m = ctx.mention(owner)
            if m is not None and m.entity.country and m.entity.country != country:
                return True
    return False


def _in_headline(ctx: _Context, token: Token) -> bool:
    """Whether a token is in the article's headline, its title written as its first line."""
    title = (ctx.article.title or "").strip()
    return bool(title) and ctx.article.text.lstrip().startswith(title) and token.idx < ctx.article.text.find(title) + len(title)


def _own_body(entity: Entity, country: str) -> bool:
    """Whether an actor is the publishing government's: of its country, or a body named by a government word whose
    country the text leaves open ("a Home Office spokeswoman told reporters", where "Home Office" names no country itself)."""
    if entity.country:
        return entity.country == country
    words = entity.label.casefold().split()
    return entity.type is EntityType.ORGANIZATION and bool(words) and words[-1].rstrip("s") in _config()["government_words"]


def own_officer(ctx: _Context, token: Token) -> Entity | None:
    """The publishing government's country that a bare title of its own officer stands for, or None.

    In a release that a government publishes (:func:`publisher_country`; never a news agency's or a newspaper's
    story) a singular title of an office that government has, with "the" (none in its headline: "Foreign Secretary
    meets Chilean counterpart") and no country of its own, names its own
    officer, who acts for it as "the British foreign secretary" does: in a UK Government release "The Defence
    Secretary met the Chilean defence minister", "Tonga's envoy called on the Minister for the Pacific", "The
    Secretary of State praised Ghana's ...", "A Foreign Office spokesperson condemned ..." are the United Kingdom's acts.

    The office (``officer_roles`` of ``kg/data/publishers.yaml``) is one every government has (a minister, an
    ambassador, a spokesperson) or a head of state's or government's that the office-holders table gives the
    publisher ("the Prime Minister" of a UK release, not "the President"). Not for a title with a country word or
    owner of its own ("the Chilean minister", "the minister of Peru"), nor after another state's holder of a title
    with the same noun ("President Ana Sol of Peru ... the President": hers, as :mod:`kg.resolve` reads it), nor in a
    quotation whose speaker is not the publisher's or in a journalist's question, nor for an envoy that is no
    subject ("summoned the Ambassador": the other state's).
    """
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NN", "NNP") or token.dep_ == "compound":
        return None
    country = publisher_country(ctx.article)
    if country is None:
        return None
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    role = _title_role(token)
    config = _config()
    # a headline drops the article: "Foreign Secretary meets Chilean counterpart"
    headline = not dets and token.dep_ == "nsubj" and _in_headline(ctx, token)
    if role is None or not (dets & _DEFINITE or headline or (dets & _INDEFINITE and role in config["spokesperson_roles"])):
        return None
    if role not in config["officer_roles"] and role not in _heads_of(country):
        return None
    if role in config["envoy_roles"] and token.dep_ != "nsubj":
        return None
    owned = [t for c in token.children if c.dep_ in _OWNING or (c.dep_ == "prep" and c.lower_ in _OWNING_PREPS) for t in c.subtree]
    if any((m := ctx.mention(t)) is not None and not _own_body(m.entity, country) for t in owned):
        return None  # "the Chilean Foreign Minister", "the Minister for Peru", "the minister of the Pact"
    if ctx.in_question(token.sent) or ctx.in_title(token) or _foreign_holder_before(ctx, token, country):
        return None
    if any(start <= token.idx < end for start, end in ctx.quotes):
        speaker = ctx.speaker(token.sent, token)
        if speaker is None or not _own_body(speaker, country):
            return None  # "“The Minister will not come,” the Peruvian envoy said": not for certain the publisher's
    return ctx.country(country)
