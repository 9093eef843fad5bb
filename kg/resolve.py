"""Resolve stage: find the countries, organisations, people and sector actors an article names.

Entry point: :func:`resolve`. Everything is offline and deterministic:

* gazetteer names (tagged by the entity ruler in :mod:`kg.nlp`) become countries
  and organisations, once :mod:`kg.ambiguity` has weighed the names that also
  mean something else (Georgia, Congo, Jordan, Turkey...);
* NER persons get a role and a country from their titles ("President of
  Freedonia Rufus Firefly", "Freedonia's Foreign Minister Jane Doe", "the Kenyan
  trade minister X", "X, the Y ambassador to Z" (Y's), "X, adviser to the
  President of Y"); a title without a country word gets one only from an
  unambiguous source (a country in the title phrase, an apposition, a known
  office-holder, a ruler's possessive "his Prime Minister X", the one country of a
  document about one country: :mod:`kg._office_country`), never from the countries
  around it; a noun of office gives a role ("during the presidency of X"); and known
  office-holders (``kg/data/leaders.tsv``) their usual name, Wikidata id and
  country; later mentions by surname or by title ("Aliyev", "the President of
  Azerbaijan", "the minister") resolve to the same person within the article, and
  a title without a name ("the Azerbaijani president") to its holder on the
  article's date;
* where a structural cue exists, the NER's labels are not needed (modules beside
  this one): the name words after a title ("President of Freedonia Rufus
  Firefly", :mod:`kg._names`), a surname after its full name ("Firefly said"),
  a body after a country's possessive ("Freedonia's Grand Water Council",
  :mod:`kg._bodies`), an acronym in brackets that spells the name before it and
  its later uses ("the Lake Region Water Board (LRWB) ... the LRWB",
  :mod:`kg._acronyms`); a name with two antecedents stays unresolved;
* a country adjective or name on a sector noun ("American companies", "Russian
  border guards") becomes a sector actor of that country; coordinated ones on one
  head ("the Norlandic and Sudian regional authorities") each their share of it
  (:func:`coordinated_label`), and each mention of a sector actor keeps its own
  phrase as its label ("Norlandic marines", later "the Norlandic military");
* the NER's organisation that is only a descriptor on a common noun ("Counter-Piracy
  training") is none, and a name it cut before its head noun gets it back ("the
  Sudia Regional government");
* "we"/"our" inside a quotation resolve to the speaker's country, and definite
  descriptions ("the bloc", "the court") to the entity named just before;
* every entity carries the other names the article used for it (``aliases``).

What cannot be decided stays unresolved and is logged at debug level.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg._acronyms import acronym_mentions
from kg._bare_surnames import bare_surnames
from kg._bodies import national_bodies
from kg._names import surname_mentions, titled_names
from kg._office_country import office_countries
from kg._particles import particle_name
from kg._places import country_beside, in_place_role, names_operation, names_vessel, names_venue, place_names, ranked, unknown_place_label
from kg._regime import regime_mentions
from kg._titles import (
    Place,
    clean_person_name,
    country_adjectives,
    country_tokens,
    name_of_country,
    nationality_before,
    of_country_after,
    office_noun,
    office_verbs,
    other_parties,
    private_speakers,
    same_title,
    title_after,
    title_before,
)
from kg.ambiguity import gazetteer_keys
from kg.gazetteer import (
    HONORIFICS,
    OfficeHolder,
    Role,
    follower_nouns,
    load_gazetteer,
    load_office_holders,
    name_cues,
    nominals,
    place_ids,
    reporting_verbs,
    state_kinds,
    role_of,
    sector_nouns,
    speaks_for_itself,
    structural_cues,
    titles,
)
from kg.gazetteer import title_pattern as _title_pattern
from kg.model import Article, Entity, EntityType, Mention, sector_actor, slugify
from kg.nlp import entities, quote_spans, span_text, text_of

log = logging.getLogger(__name__)

_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
"""Dependencies by which a country name or adjective modifies a noun ("Russian troops", "US Congress")."""

_PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")
"""NER labels of places, which the NER sometimes gives a known person's full name ("Antony Blinken met ...")."""

_NOT_CURRENT = {"deputy", "vice", "former", "ex", "ex-", "late", "first", "assistant", "junior", "shadow", "opposition", "acting", "then", "previous", "future", "incoming", "outgoing"}
"""Words before a title that mean it is not the office's current holder ("the former Russian president")."""

_GENERIC_TITLES = {"minister": "minister"}
"""Titles that also name any more specific office ending in them ("the minister" for the foreign minister)."""


@dataclass(frozen=True)
class PersonInfo:
    """A person with the role and country their title gives (``kg.resolve`` internal)."""

    entity: Entity
    predicate: str | None
    titles: tuple[str, ...] = ()
    """The titles the text wrote for the person (lower case, :attr:`kg.gazetteer.Role.title`)."""

    def titled(self, role: Role | None) -> PersonInfo:
        """The person also known by the title of ``role`` when it names the person's own office."""
        if role is None or not role.title or role.title in self.titles or role.role != self.entity.role:
            return self
        return replace(self, titles=(*self.titles, role.title))


def _sector_of(head: Token, nouns: dict[str, str]) -> str | None:
    """The sector a head noun names, alone or with the word before it ("border guard")."""
    words = [head.lemma_.lower()]
    if head.pos_ == "PROPN":  # a name's head ("Norlandic Airlines", "Norland Railways"), which the lemmatizer keeps
        words += [head.lower_, head.lower_[:-1]] if head.lower_.endswith("s") else [head.lower_]
    if head.i > 0:
        before = head.doc[head.i - 1]  # by lemma and as written: "customs service" (lemma "custom")
        words[:0] = [f"{before.lemma_.lower()} {head.lemma_.lower()}", f"{before.lower_} {head.lemma_.lower()}"]
    return next((nouns[w] for w in words if w in nouns), None)


def _sector_actor(span: Span, country: Entity) -> tuple[Entity, int, int] | None:
    """A sector actor when a country name or adjective modifies a sector noun."""
    head = span.root.head
    if head.i < span.end or span.root.dep_ not in _MODIFIER_DEPS or head.ent_type_ == "PERSON" or _against(span):
        return None
    if span.root.dep_ == "poss" and head.lemma_.lower() in follower_nouns():
        return None  # "Y's lenders", "Y's largest investor": those who lend to or invest in Y, not Y's business
    nouns = sector_nouns()
    sector = _sector_of(head, nouns)
    while sector is None and _inner_modifier(head):
        head = head.head  # "Kyrgyz border guards": the adjective hung on the first word of a compound head
        sector = _sector_of(head, nouns)
    if sector is None:
        return None
    phrase = span.doc[span.start : head.i + 1]
    label = re.sub(r"\s*'s\b", "", phrase.text).strip()
    if span.end < head.i and span.doc[span.end].lower_ in _COORDINATORS:
        # "Hungarian and Romanian officials": the first country's force is "Hungarian officials" (each country its own,
        # see kg.extract._arguments._coordinated_nationals)
        label = coordinated_label(span.text, span.root, head)
    return sector_actor(country.country, sector, label), phrase.start_char, phrase.end_char


def coordinated_label(words: str, modifier: Token, head: Token) -> str:
    """The label of one country's share of a head noun that coordinated country words modify: the country's words,
    the words shared after the last of them, and the head, singular for a body a country has one of
    (``one_per_country`` of ``kg/data/names.yaml``).

    "the Norlandic and Sudian regional authorities" gives "Sudian regional authorities" (and "Norlandic regional
    authorities"), "the Norlandic and Sudian foreign ministries" "Norlandic foreign ministry". A capitalised word
    after the last conjunct goes on with its name, not with the others: "the Norlandic and Sudia Regional
    governments" gives "Norlandic government".
    """
    doc = head.doc
    start = head.i  # the shared words: the lower-case ones right before the head, whatever the parse of the list
    while start > modifier.i + 1 and (doc[start - 1].is_lower and doc[start - 1].is_alpha and doc[start - 1].lower_ not in _COORDINATORS
                                      or doc[start - 1].text == "-"):
        start -= 1
    shared = doc[start : head.i].text if start < head.i else ""
    return " ".join(w for w in (words, shared, one_noun(head)) if w)


_COORDINATORS = ("and", "or", ",", "&")
"""Words after a country's word that coordinate it with others on one head ("the Norlandic and Sudian troops")."""


def one_noun(head: Token) -> str:
    """A plural head as one country's share of it: singular for a body a country has one of ("governments" gives
    "government", "air forces" "force"), as written otherwise ("officials")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return head.text
    lemma = head.lemma_.lower()
    before = head.doc[head.i - 1].lower_ if head.i > 0 else ""
    bodies = name_cues().one_per_country
    return head.lemma_ if lemma in bodies or f"{before} {lemma}" in bodies else head.text


def _inner_modifier(token: Token) -> bool:
    """Whether a word that a country's name or adjective hangs on is itself a modifier of the noun after it: the first
    word of a compound ("Kyrgyz border guards") or a plain adjective ("the Norlandic and Sudia Regional governments"),
    not another country's word ("Turkish Cypriot officials") nor a participle ("Russian speaking residents")."""
    head = token.head
    if head.i <= token.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "compound":
        return True
    return token.dep_ == "amod" and token.tag_ == "JJ" and not token.ent_id_ and token.ent_type_ != "NORP" and token.i > 0 \
        and token.doc[token.i - 1].text != "-"


def _against(span: Span) -> bool:
    """Whether a country's adjective says what a noun is against or for, not whose it is: "anti-French protesters" are
    no French protesters, nor "pro-Russian separatists" Russian ones (tokenized "Anti - French", or "anti-French" as one
    word).

    The country stays named; extraction reads the stance (``kg.extract._arguments._is_stance``).
    """
    doc = span.doc
    if span.text.lower().startswith(_STANCES):
        return True
    return span.start > 1 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ in _STANCES


#: Prefixes of a stance towards a country: "anti-French", "pro-Russian" protesters are neither French nor Russian.
_STANCES = ("anti", "pro")


def _movement_name(span: Span) -> Span | None:
    """The whole capitalised name of a force or body that a country's name or adjective is part of, when a word of it
    names a movement (``movement_words`` and ``movement_heads`` of ``kg/data/names.yaml``): "the Free Norlandic Army",
    "the Norlandic Liberation Front", "the Sudian People's Resistance Forces" name armed groups, not the country or its
    own forces."""
    doc = span.doc
    head = span.root.head
    while head.dep_ in ("poss", "compound") and head.head.i > head.i and head.head.is_title:
        head = head.head  # "the Sudian People's Liberation Army"
    cues = name_cues()
    if head.i < span.end or not head.is_title or head.lower_ not in cues.movement_heads:
        return None
    start = span.start
    while start > 0 and doc[start - 1].is_title and doc[start - 1].head.i == head.i and doc[start - 1].dep_ in ("amod", "compound"):
        start -= 1
    words = doc[start : head.i + 1]
    if not all(t.is_title or t.text in ("'s", "’s") for t in words):
        return None
    return words if any(t.lower_ in cues.movement_words for t in words) else None


def _people(span: Span, country: Entity) -> Entity | None:
    """The people a plural demonym names, when it heads its own noun phrase without "the".

    "Thousands of Venezuelans fled to Colombia", "Syrians crossed into Turkey", "Ukrainians living in Poland",
    "some 2,000 Afghans": the country's people (the sector of the noun "people" in ``kg/data/sectors.tsv``), who
    do not act for its state. "The Americans rejected the plan": the definite plural may stand for the country's
    side in talks or war, and stays the country.
    """
    root = span.root
    if root.dep_ in _MODIFIER_DEPS or root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None
    counted = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.tag_ in ("NNS", "CD")
    if root.tag_ not in ("NNS", "NNPS") and not counted and not (root.text.endswith("s") and root.text[:-1] in country_adjectives()):
        return None  # "Swiss said": not a plural noun (a plural the tagger calls singular still ends in its demonym's "s")
    sector = sector_nouns().get("people")
    if sector is None:
        return None
    return sector_actor(country.country, sector, span_text(span))


def _ethnic(span: Span) -> bool:
    """Whether a demonym names an ethnic group, not its country: "ethnic Turks", "ethnic Albanian mayors"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic"


def resolve(doc: Doc, article: Article) -> list[Mention]:
    """Find every entity mention in a parsed article.

    Args:
        doc: the article parsed by :func:`kg.nlp.parse`.
        article: the article itself (for its id and text).

    Returns:
        Mentions sorted by position. Persons carry role and country when a title
        gives them; later surname and title mentions point to the same entity.
    """
    gazetteer = load_gazetteer()
    keys = gazetteer_keys(doc)
    countries = country_tokens(doc, keys)
    mentions: list[Mention] = []
    people: dict[str, PersonInfo] = {}
    renamed: dict[str, str] = {}
    day = article.published
    title_matches = list(_title_pattern().finditer(text_of(doc).lower()))
    title_spans = [m.span() for m in title_matches]

    # "President of Freedonia Rufus Firefly" where the NER saw no name: the words after the title (kg._names),
    # read in their place among the NER's names, so that a later "Firefly" (even tagged as an organisation) finds
    # the person
    names = titled_names(doc, countries, title_matches)
    titled = {i for name in names for i in range(name.start, name.end)}
    rejected: dict[int, Span] | None = None
    places = place_names(doc)
    # "Ruto met Scholz": the one office-holder of the table a lone surname the NER left untagged or took for a place
    # names (kg._bare_surnames); the NER's place of the same word is then passed over, as a titled name's is
    bare = bare_surnames(doc, places, titled)
    names += bare
    titled.update(span.start for span in bare)
    placed: set[str] = set()  # names of places the gazetteer does not know, read as the country written beside them
    for ent, is_titled in sorted([(e, False) for e in entities(doc)] + [(n, True) for n in names], key=lambda pair: pair[0].start):
        if is_titled:
            known = _person(ent, countries, people, day, renamed)
            if known is not None:
                mentions.append(Mention(known.entity, ent.start_char, ent.end_char, span_text(ent)))
            continue
        if ent.start in titled:
            continue  # the end of a titled name the NER cut short
        if not ent.ent_id_ and ent.label_ in ("ORG", "PERSON") and names_operation(ent):
            continue  # "Operation Desert Shield": an event, no party (kg._places)
        if names_vessel(ent):
            continue  # "HMAS Adelaide", "USS Ronald Reagan": a ship, its owner's means, no party (kg._places)
        if not ent.ent_id_ and ent.label_ in ("ORG", "PERSON", "FAC") and names_venue(ent) and not any(i in countries for i in range(ent.start, ent.end)):
            continue  # "received Y at X House": where, no party; "at the Y Embassy" keeps Y (kg._places)
        if ent.ent_id_.startswith(("city/", "region/")):
            country = gazetteer.entity(f"country/{ent.ent_id_.partition('/')[2]}") if in_place_role(ent) else None
            if country is not None:  # "Russian missiles hit X", "raided a village in the West Bank": a city or a region
                # of one country, in a place's role (kg._places)
                mentions.append(Mention(country, ent.start_char, ent.end_char, span_text(ent)))
            continue
        if not ent.ent_id_ and _unknown_place(ent, countries, places, people, day) and (beside := country_beside(ent, countries)) is not None:
            country = gazetteer.entity(f"country/{beside.code}") if in_place_role(ent) else None
            if country is not None:  # "an assault on Afrin, Syria", "the town of X in eastern Ukraine" (kg._places)
                mentions.append(Mention(country, ent.start_char, ent.end_char, span_text(ent)))
                placed.add(span_text(ent))
            continue
        if ent.ent_id_:
            key = keys.get(ent.start)
            entity = gazetteer.entity(key) if key else None
            if entity is None and ent.ent_id_.startswith("actor/") and (organ := _qualified_organ(ent, countries)) is not None:
                mentions.append(organ)  # "Canada's House of Commons", "the US Congress"
                continue
            if entity is None or _ethnic(ent):
                continue
            actor = _sector_actor(ent, entity) if entity.type is EntityType.COUNTRY else None
            folk = _people(ent, entity) if entity.type is EntityType.COUNTRY and actor is None and ent.label_ == "NORP" else None
            if entity.type is EntityType.COUNTRY and (movement := _movement_name(ent)) is not None:
                mentions.append(_organization(movement, countries))  # "the Free Norlandic Army": an armed group
            elif actor:
                mentions.append(Mention(actor[0], actor[1], actor[2], text_of(doc)[actor[1] : actor[2]]))
            elif folk is not None:
                mentions.append(Mention(folk, ent.start_char, ent.end_char, span_text(ent)))
            else:
                mentions.append(Mention(entity, ent.start_char, ent.end_char, span_text(ent)))
        elif ent.label_ == "PERSON" or ent.label_ == "ORG" and (_names_person(ent, people, day) or _titled_name(ent, countries)) \
                or ent.label_ in _PLACE_LABELS and _names_person(ent, people, day):  # the NER's "place" "Antony Blinken"
            span = clean_person_name(ent)
            if not span.text or not span[0].is_title and not span[0].is_upper and not particle_name(span[0]):
                continue
            if span.text in places and not _person_named(span, countries, people, day):
                log.debug("%r at %d: a place, not a person", span.text, span.start_char)
                continue  # "the liberation of Tal Kaif", "the town of Tal Kaif"
            known = _person(span, countries, people, day, renamed)
            if known is None:
                continue
            mentions.append(Mention(known.entity, span.start_char, span.end_char, span.text))
        elif ent.label_ == "ORG" and not _title_part(ent, title_spans) and not ent.text.endswith("-") and not _place_org(ent, countries, places) \
                and not _descriptor(ent) and not _cut_title_case_phrase(ent, countries):
            if rejected is None:  # read once, when the article has an organisation
                rejected = {e.start: e for e in entities(doc) if e.ent_id_ and keys.get(e.start) is None}
            mentions.append(_organization(ent, countries, rejected))

    # "Freedonia's Grand Water Council": a body of Freedonia, the NER's labels aside (kg._bodies)
    mentions = national_bodies(doc, countries, mentions, lambda span: _organization(span, countries))
    # "Name (ACRONYM)" ... "ACRONYM": the phrase's organisation, whatever the NER's labels (kg._acronyms)
    mentions = acronym_mentions(doc, mentions, lambda span: _organization(span, countries))
    mentions += surname_mentions(doc, mentions)  # "Rufus Firefly ... Firefly said", the NER's labels aside (kg._names)
    mentions += _title_mentions(doc, countries, people, mentions, title_matches, day)
    mentions += _first_person_mentions(doc, mentions)
    mentions += _nominal_mentions(doc, mentions)
    # Persons may have gained a role or their full name after their first mention: point every mention at the
    # final entity.
    final = {info.entity.key: info.entity for info in people.values()}
    for old, new in renamed.items():
        final[old] = final.get(new, final.get(old))  # type: ignore[assignment]
    mentions = [m if (entity := final.get(m.entity.key) or m.entity) is m.entity else replace(m, entity=entity) for m in mentions]
    mentions = office_countries(doc, countries, mentions)  # "his Prime Minister X": the ruler's country (kg._office_country)
    mentions = regime_mentions(doc, mentions)  # "the Maduro regime": Venezuela's government (kg._regime)
    return _with_aliases(sorted(mentions, key=lambda m: (m.start, -m.end)), placed)


def _descriptor(ent: Span) -> bool:
    """Whether the NER's organisation is only a descriptor on a common noun it modifies: "Counter-Piracy training",
    "Anti-Glider systems", "Pro-Reform rallies" say what a thing is for or against (``descriptor_prefixes`` of
    ``kg/data/names.yaml``). A body keeps its name: "the Anti-Fraud Commission" (the head is in the name), "the
    Anti-Fraud commission" (a body's head, ``body_heads``)."""
    first = ent[0].lower_
    prefixes = name_cues().descriptor_prefixes
    if first not in prefixes and first.partition("-")[0] not in prefixes:
        return False
    head = ent.root.head
    return ent.root.dep_ in _MODIFIER_DEPS and head.i >= ent.end and head.pos_ == "NOUN" and head.is_lower \
        and head.lower_ not in name_cues().body_heads and head.lemma_.lower() not in name_cues().body_heads


#: Prepositions a title-case headline capitalises, which a name of a body seldom holds before a country's word.
_HEADLINE_PREPOSITIONS = frozenset({"to", "into", "onto", "on", "over", "against", "along", "across", "from", "toward", "towards", "near", "amid"})


def _cut_title_case_phrase(ent: Span, countries: dict[int, Place]) -> bool:
    """Whether the NER's organisation is a run of a title-case headline cut at a preposition: "Sends Troops To Syrian
    Border" gives "Troops To", "Launches Inquiry Into Iranian Spying" gives "Inquiry Into" (the span ends on a
    capitalised preposition, or holds one before a country's word that ends it). Names of bodies keep theirs
    ("Commission On Human Rights", "Doctors Without Borders")."""
    if len(ent) < 2:
        return False
    last = ent[-1]
    if last.is_title and last.lower_ in _HEADLINE_PREPOSITIONS:
        return True
    return len(ent) >= 3 and (ent.end - 1) in countries and any(t.is_title and t.lower_ in _HEADLINE_PREPOSITIONS for t in ent[1:-1])


def _unknown_place(ent: Span, countries: dict[int, Place], places: frozenset[str], people: dict[str, PersonInfo], day: dt.date | None) -> bool:
    """Whether a name the gazetteer does not know is a place's: the NER's place ("Afrin", "the X nuclear plant"), or a
    person's or an organisation's name in a place's frame ("the town of X": :func:`kg._places.place_names`), not a
    person the article or a title names nor an organisation's name with a word of one in it."""
    if unknown_place_label(ent):
        return True
    if ent.label_ == "ORG":
        return _place_org(ent, countries, places)
    return ent.label_ == "PERSON" and ent.text in places and not _person_named(ent, countries, people, day)


def _with_aliases(mentions: list[Mention], placed: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    """Give every entity the other names it was mentioned by in the article (its ``aliases``).

    Title-only mentions ("the minister") are not names and are left out, and so are the names of the places that
    stand for their country (``placed``: "an assault on Afrin, Syria").
    """
    first: dict[str, Entity] = {}
    labels: dict[str, set[str]] = {}
    for m in mentions:
        first.setdefault(m.entity.key, m.entity)
        if m.entity.type is EntityType.SECTOR_ACTOR:
            # a sector actor keeps the phrase of each mention as its label: "Norlandic marines" early on and "the
            # Norlandic military" later are one node, and the later statement reads "Norlandic military"
            labels.setdefault(m.entity.key, set()).add(m.entity.label)
    seen: dict[str, dict[str, None]] = {}
    for m in mentions:
        text = re.sub(r"^the\s+", "", m.text.strip(), flags=re.IGNORECASE)
        if m.entity.type is EntityType.PERSON and text.lower() in titles() or text.lower() in nominals() or text.lower() in state_kinds():
            continue
        if m.text.lower() in _WE or m.entity.type is EntityType.COUNTRY and (text in place_ids() or m.text in placed):
            continue  # "we"; a city or a region named for its country ("missiles hit X") is no name of the country
        if text and (text != first[m.entity.key].label or m.entity.key in labels):
            seen.setdefault(m.entity.key, {})[text] = None
    described: dict[tuple[str, str], Entity] = {}
    for m in mentions:
        named = (m.entity.key, m.entity.label if m.entity.key in labels else "")
        if named not in described:
            entity = m.entity if m.entity.key in labels else first[m.entity.key]
            aliases = tuple(a for a in seen.get(m.entity.key, ()) if a != entity.label)
            described[named] = entity if entity.aliases == aliases else replace(entity, aliases=aliases)
    return [m if m.entity is (entity := described[m.entity.key, m.entity.label if m.entity.key in labels else ""]) else replace(m, entity=entity)
            for m in mentions]


def _holder_entity(holder: OfficeHolder, role: Role | None) -> Entity:
    """A person entity for a known office-holder; the role only when the text gives one."""
    return Entity(
        key=f"person/{slugify(holder.name)}",
        label=holder.name,
        type=EntityType.PERSON,
        country=holder.entity.split("/", 1)[1] if holder.entity.startswith("country/") else None,
        wikidata=holder.wikidata,
        role=role.role if role else None,
    )


def _title_part(ent: Span, title_spans: list[tuple[int, int]]) -> bool:
    """Whether an NER organisation is (part of) a title of office: "EAM", "State" of "Secretary of State"."""
    if ent.text.lower() in titles():
        return True
    return any(start <= ent.start_char and ent.end_char <= end for start, end in title_spans)


_ORG_WORDS = {"office", "ministry", "department", "council", "group", "bank", "agency", "party", "union", "court",
              "committee", "commission", "force", "forces", "army", "service", "company", "corporation", "house",
              "administration", "government", "parliament", "assembly", "organisation", "organization", "fund",
              "hospital", "university", "school", "college", "airport", "stadium", "bridge", "street", "road", "square",
              "park", "hall", "center", "centre", "foundation", "institute", "museum", "palace", "hotel", "cup", "prize",
              "award", "trophy", "line", "station", "port", "mosque", "church", "cathedral", "memorial", "library"}


def _titled_name(ent: Span, countries: dict[int, Place]) -> bool:
    """Whether an NER organisation is a person's name after a title ("adviser Rufus Firefly"), or with its title ("King Rufus")."""
    words = ent.text.split()
    if not 2 <= len(words) <= 4 or any(w.lower() in _ORG_WORDS or not w[0].isupper() for w in words):
        return False
    if any(" ".join(words[:k]).lower() in titles() for k in range(1, len(words))):
        return True  # "King Rufus", "President Rufus T. Firefly" read as one organisation
    return title_before(ent, countries)[0] is not None


def _person_named(span: Span, countries: dict[int, Place], people: dict[str, PersonInfo], day: dt.date | None) -> bool:
    """Whether a name in a place's frame is a person's all the same: titled ("the capture of General X"), a
    person the article named before, or a known office-holder ("the fall of President X")."""
    if ranked(span) or span.start > 0 and span.doc[span.start - 1].lower_ in HONORIFICS:
        return True
    if any(_same_person(span.text, p.entity.label) for p in people.values()):
        return True
    if title_before(span, countries)[0] is not None or title_after(span, countries)[0] is not None:
        return True
    return load_office_holders().named(span.text, day) is not None


def _place_org(ent: Span, countries: dict[int, Place], places: frozenset[str]) -> bool:
    """Whether an NER organisation is a place's name ("the shelling of Kafr Nabl"): not one with a word of an
    organisation ("the siege of the Ministry of Defence"), an acronym or a country in it."""
    if any(w.lower() in _ORG_WORDS for w in ent.text.split()) or ent.text.isupper():
        return False
    if any(i in countries for i in range(ent.start, ent.end)):
        return False
    return ent.text in places


def _names_person(ent: Span, people: dict[str, PersonInfo], day: dt.date | None) -> bool:
    """Whether an ORG name is in fact a person's: one seen in the article, or a known office-holder."""
    text = ent.text
    if any(_same_person(text, p.entity.label) for p in people.values()):
        return True
    holder = load_office_holders().named(text, day)
    return holder is not None and holder.curated


def _qualified_organ(ent: Span, countries: dict[int, Place]) -> Mention | None:
    """The body an ambiguous name of a state organ (``kg/data/ambiguous.yaml``) names when a country qualifies it.

    "the US Congress", "Japan's Diet": the country's own organ of that name (``kg/data/state_organs.tsv``); "Canada's
    House of Commons", "Peru's Congress": an organisation of that other country, as the NER's name of it would be.
    Without a country right before it (a modifier or a possessive), the name stays unresolved ("the Indian National
    Congress": the party, no organ).
    """
    organization = _organization(ent, countries)
    code = organization.entity.country
    if code is None:
        return None
    own = load_gazetteer().entity(ent.ent_id_)
    if own is not None and own.country == code:
        return Mention(own, ent.start_char, ent.end_char, span_text(ent))
    return organization


#: Words of a state's name for its own organ that add nothing to the organ's sector ("the Federal Government of X").
_ORGAN_NAME_WORDS = {"the", "of", "federal", "national", "central", "republic"}


def _cut_head(ent: Span) -> str | None:
    """The head noun of a body's name that the NER left out when the name ends in an adjective: "the Sudia Regional
    government", "the Ostia Provincial authorities". Only a noun of a state's body (``kg/data/sectors.tsv``), in lower
    case, right after; as written, also when a country's word shares it ("the Norlandic and Sudia Regional
    governments": "Sudia Regional governments", the phrase's own words)."""
    doc = ent.doc
    last = ent[-1]
    if ent.end >= len(doc) or not (last.tag_ == "JJ" or last.pos_ == "ADJ" or last.is_title and last.lower_.endswith("al")):
        return None  # "Regional", "Provincial", "Federal": an adjective, even where the tagger calls it a name
    head = doc[ent.end]
    if head.pos_ != "NOUN" or not head.is_lower or _sector_of(head, sector_nouns()) is None:
        return None
    return head.text


def _state_organ_name(ent: Span, inner: list[Place]) -> str | None:
    """The sector of a state's organ named by its sector noun and the state's name alone: "the Government of Sudia",
    "the Federal Government of Sudia" (government); not "the Kurdistan Regional Government" (no country in it) nor "the
    Government Accountability Office of X" (more words)."""
    if len({place.code for place in inner}) != 1:
        return None
    spans = {(place.span.start, place.span.end) for place in inner}
    words = [t for t in ent if t.lower_ not in _ORGAN_NAME_WORDS and not any(a <= t.i < b for a, b in spans)]
    if len(words) != 1:
        return None
    sector = sector_nouns().get(words[0].lemma_.lower())
    return sector if sector == "government" else None


def _organization(ent: Span, countries: dict[int, Place], rejected: dict[int, Span] | None = None) -> Mention:
    """An organisation found by the NER, with its country when a country names or modifies it.

    A gazetteer name right after it that was read as part of a longer name
    ("Grand Water" + "Security Council"), or after a preposition it ends with ("the Coalition against" + a group's
    name), completes it.
    """
    doc = ent.doc
    start_char, end_char = ent.start_char, ent.end_char
    if rejected and ent.end in rejected:
        end_char = rejected[ent.end].end_char
    inner = [countries[i] for i in range(ent.start, ent.end) if i in countries]
    before = ent.start - 1
    if not inner and before >= 0 and before in countries and doc[before].dep_ in _MODIFIER_DEPS:
        inner = [countries[before]]  # "the US Congress", "Chinese state media"
    if not inner and before >= 1 and doc[before].text in ("'s", "’s") and before - 1 in countries:
        inner = [countries[before - 1]]  # "Freedonia's Grand Water Council"
    if ent[-1].lower_ == "of" and ent.end in countries:
        # The ruler took the country out of "Development Bank of Freedonia": give it back.
        place = countries[ent.end]
        inner = [place]
        end_char = place.span.end_char
    elif ent[-1].pos_ == "ADP" and (name := next((e for e in entities(doc) if e.start == ent.end), None)) is not None:
        # "the Global Coalition against" + "Daesh": a name the ruler took out of the organisation's name ends it
        end_char = name.end_char
    elif len(ent) > 1 and ent[-1].tag_ == "POS":
        end_char = ent[-2].idx + len(ent[-2])  # the NER took the possessive in: "the Claims Commission's ruling"
    raw = text_of(doc)[start_char:end_char].rstrip()
    end_char = start_char + len(raw)
    text = re.sub(r"^the\s+", "", raw, flags=re.IGNORECASE)
    label = f"{text} {noun}" if (noun := _cut_head(ent)) else text
    if (sector := _state_organ_name(ent, inner)) is not None:
        # "the Government of Sudia", "the Federal Government of Sudia": the state's own government, as "the Iraqi
        # government" is, not an organisation of that name
        return Mention(sector_actor(inner[0].code, sector, text), end_char - len(text), end_char, text)
    entity = Entity(
        key=f"org/{slugify(label)}",
        label=label,
        type=EntityType.ORGANIZATION,
        country=inner[0].code if inner else None,
    )
    return Mention(entity, end_char - len(text), end_char, text)


def _person(
    span: Span, countries: dict[int, Place], people: dict[str, PersonInfo], day: dt.date | None,
    renamed: dict[str, str] | None = None,
) -> PersonInfo | None:
    """The person a PERSON name stands for: an earlier one of the article, or a new one (None: too weak a name).

    Role and country come from a title around the name; a person of the
    office-holders table (``kg/data/leaders.tsv``) gets its usual name, Wikidata id
    and, when the text names no country, the country of the table. A full name
    after a surname seen alone ("Zakharova" ... "Maria Zakharova") renames that
    person (``renamed`` maps the old key to the new one). A single word that
    is neither a known person, nor titled, nor later completed is not a person
    mention the resolver can vouch for ("Background:") and is skipped.
    """
    name = span.text
    same = {p.entity.key: p for key, p in people.items() if _same_person(name, key) or _same_person(name, p.entity.label)}
    if len(same) > 1:
        log.debug("%r at %d: the name of %d people of the article, unresolved", name, span.start_char, len(same))
        return None  # "Kofi Mensah met Yao Mensah. Mensah said": two antecedents
    known = next(iter(same.values()), None)
    role, code = title_before(span, countries)
    if role is not None and code is None:
        code = of_country_after(span, countries)  # "King Rufus of Freedonia"
    if role is None:
        after_role, after_code = title_after(span, countries)
        role, code = after_role, after_code or code
    if role is None:
        role = office_noun(span)  # "during the presidency of X": a president, of a country the discourse may give
    if code is None:
        code = nationality_before(span, countries) or name_of_country(span, countries)  # "the Kenyan runner X", "Frederick IX of Denmark"
    holder = load_office_holders().named(name, day, short=role is not None) if known is None else None
    if holder is not None:
        known = next((p for p in people.values() if p.entity.key == f"person/{slugify(holder.name)}"), None)
    if known is None and holder is None and len(name.split()) > 1:
        short = next((p for p in people.values() if _same_person(p.entity.label, name)), None)
        if short is not None and renamed is not None:
            entity = replace(short.entity, key=f"person/{slugify(name)}", label=name,
                             role=short.entity.role or (role.role if role else None),
                             country=short.entity.country or code)
            renamed[short.entity.key] = entity.key
            known = PersonInfo(entity, short.predicate or (role.predicate if role else None), short.titles).titled(role)
            people.pop(short.entity.label, None)
            people[name] = known
            return known
    if known is None and holder is None and role is None and len(name.split()) == 1 and not _completed_later(span):
        log.debug("skipped the single-word name %r at %d: no title, no known person", name, span.start_char)
        return None
    if known is None:
        if holder is not None:
            # The table's country wins: a title's country is read from a few words of text.
            entity = _holder_entity(holder, role)
            entity = replace(entity, country=entity.country or code)
            if not holder.curated and name != holder.name and name.lower() == holder.name.lower():
                # "Ilse van den Brink" of a dictionary row written "Ilse Van Den Brink": the text's spelling of particles
                entity = replace(entity, label=name)
        else:
            entity = Entity(
                key=f"person/{slugify(name)}",
                label=name,
                type=EntityType.PERSON,
                country=code,
                role=role.role if role else None,
            )
        known = PersonInfo(entity, role.predicate if role else None).titled(role)
        people[entity.label] = known
    elif role and known.entity.role is None:
        entity = replace(known.entity, role=role.role, country=code or known.entity.country)
        known = PersonInfo(entity, role.predicate, known.titles).titled(role)
        people[known.entity.label] = known
    elif code and known.entity.country is None:
        known = _placed(known, code, people)  # "Ms Okafor ... Okafor, a Nigerian lawyer, said"
    if known.titled(role) is not known:  # "Foreign Minister X ... Minister of Foreign Affairs X"
        known = known.titled(role)
        people[known.entity.label] = known
    return known


def _placed(person: PersonInfo, code: str, people: dict[str, PersonInfo]) -> PersonInfo:
    """A person seen without a country, given the one a later mention states (a nationality, an apposition)."""
    placed = replace(person, entity=replace(person.entity, country=code))
    people[placed.entity.label] = placed
    return placed


def person_predicates(mentions: Sequence[Mention]) -> dict[str, str]:
    """The structural predicate (leaderOf/officialOf) each titled person's role implies."""
    roles = {role.role: role.predicate for role in titles().values()}
    return {m.entity.key: roles[m.entity.role] for m in mentions if m.entity.type is EntityType.PERSON and m.entity.role in roles}


def _completed_later(span: Span) -> bool:
    """Whether a single-word name reappears later in the article as part of a longer PERSON name."""
    word = span.text
    return any(e.label_ == "PERSON" and e.start > span.start and len(e) > 1 and word in e.text.split() for e in entities(span.doc))


def _same_person(name: str, known: str) -> bool:
    """Whether ``name`` refers to the already seen ``known`` (same name, or its surname).

    >>> _same_person("Aliyev", "Ilham Aliyev")
    True
    >>> _same_person("Heydar Aliyev", "Ilham Aliyev")
    False
    >>> _same_person("van den Brink", "Ilse van den Brink"), _same_person("Van den Brink", "Ilse van den Brink")
    (True, True)
    """
    if name == known:
        return True
    parts = known.split()
    if len(parts) > len(name.split()) > 1 and name.split()[0].lower() in name_cues().name_particles \
            and known.lower().endswith(" " + name.lower()):
        return True  # a surname with its particles (kg._particles)
    return len(name.split()) == 1 and len(parts) > 1 and name in (parts[-1], parts[0])


def _role_fits(person_role: str | None, role: Role) -> bool:
    """Whether a person's role answers a title ("the minister" fits a foreign minister)."""
    if person_role is None:
        return False
    if person_role == role.role:
        return True
    generic = _GENERIC_TITLES.get(role.role)
    return generic is not None and person_role.endswith(generic) and not person_role.endswith("prime minister")


def _title_country(span: Span, countries: dict[int, Place]) -> str | None:
    """The country a title names: "President of Azerbaijan", "the Azerbaijani president", "China's top diplomat"."""
    doc = span.doc
    after = doc[span.end : span.end + 4]
    if after and after[0].lower_ == "of":
        for tok in list(after)[1:]:
            if tok.i in countries:
                return countries[tok.i].code
            if tok.lower_ not in ("the",):
                break
    before = doc[max(0, span.start - 3) : span.start]
    if before and before[-1].i in countries:
        return countries[before[-1].i].code
    # "China's top diplomat", "Buenos Aires' foreign minister" (the bare apostrophe of a name ending in s)
    if len(before) >= 2 and before[-1].text in ("'s", "’s", "'", "’") and before[-2].i in countries:
        return countries[before[-2].i].code
    return None


def _title_mentions(
    doc: Doc, countries: dict[int, Place], people: dict[str, PersonInfo], taken: list[Mention],
    title_matches: list[re.Match[str]], day: dt.date | None = None,
) -> list[Mention]:
    """Mentions of people by title alone: "the President of Azerbaijan", "the Kazakh leader", "the minister".

    A title resolves to the person of the article with that role (and country,
    when the title names one), the most recently mentioned one first; when the
    article names nobody in that office, the office-holders table gives the
    holder on the article's date. Undecidable titles stay unresolved.
    """
    occupied = {i for m in taken for i in range(m.start, m.end)}
    last_seen: dict[str, int] = {}
    for m in taken:
        if m.entity.type is EntityType.PERSON:
            last_seen.setdefault(m.entity.key, m.start)
    positions = sorted((m.start, m.entity.key) for m in taken if m.entity.type is EntityType.PERSON)
    named: dict[int, str] = {}  # token -> the person a name there stands for
    for m in taken:
        if m.entity.type is EntityType.PERSON and (name := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None:
            named.update(dict.fromkeys(range(name.start, name.end), m.entity.key))
    found: list[Mention] = []
    lowered = text_of(doc).lower()
    for match in title_matches:  # of _title_pattern() in ``lowered``
        start, end = match.span()
        if start and lowered[start - 1].isalpha() or end < len(lowered) and lowered[end].isalpha():
            continue
        if start in occupied or _not_yet_after(lowered, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end < len(doc) and doc[span.end].ent_type_ == "PERSON":
            continue
        if span.end + 1 < len(doc) and doc[span.end].text == "," and (doc[span.end + 1].ent_type_ == "PERSON" or span.end + 1 in named):
            continue  # "the President of Freedonia, Rufus Firefly": the title is the name's that follows, not the table's
        if _predicative(lowered, start):
            continue  # "X was the President of Y": that title is X's, not the office-holder's of the article's date
        role = role_of(match["title"])
        code = _title_country(span, countries) or role.country
        others, pronoun = other_parties(span, named)
        fitting = [p for p in people.values() if _role_fits(p.entity.role, role) and same_title(role.title, p.titles, role.role) and p.entity.key not in others]
        candidates = {p.entity.key: p.entity for p in fitting if code is None or p.entity.country == code}
        person = None
        if len(candidates) == 1 or (candidates and code is None and role.role != "president"):
            earlier = [key for pos, key in positions if pos < start and key in candidates]
            person = candidates[earlier[-1]] if earlier else next(iter(candidates.values()))
        elif not candidates and code is not None and day is not None:
            person = _office_holder(span, role, code, people, day)
        if person is None and not candidates and code is not None:
            # "the French ambassador" ... "Ambassador Joël Meyer": the one person in that role whose country
            # the text did not give is the one the title names.
            unplaced = [p for p in fitting if p.entity.country is None]
            if len(unplaced) == 1 and not pronoun:  # "She met the Chilean foreign minister": another minister
                placed = replace(unplaced[0], entity=replace(unplaced[0].entity, country=code))
                people[placed.entity.label] = placed
                person = placed.entity
        if person is not None:
            _titled_too(people, person.key, role)  # "the British Foreign Secretary" ... "the Foreign Secretary"
            found.append(Mention(person, start, end, text_of(doc)[start:end]))
            positions.append((start, person.key))
            positions.sort()
    return found


def _not_yet_after(lowered: str, end: int) -> bool:
    """Whether a title ending at ``end`` is written with a word of ``not_yet`` (``kg/data/structural.yaml``) after a
    hyphen, so that it names one who has not taken the office up: "Y's president-elect", "the prime minister-designate".

    >>> _not_yet_after("the president-elect said", 13), _not_yet_after("the president said", 13)
    (True, False)
    """
    match = re.match(r"[-\u2010\u2011]([a-z]+)", lowered[end : end + 16])
    return match is not None and match[1] in structural_cues().not_yet


def _titled_too(people: dict[str, PersonInfo], key: str, role: Role) -> None:
    """Record that a title written alone named the person of ``key``, so that a later one in its words finds them."""
    for label, info in people.items():
        if info.entity.key == key:
            people[label] = info.titled(role)
            return


def _predicative(lowered: str, start: int) -> bool:
    """Whether a title at ``start`` follows an office verb ("was the", "served as", "became") and so names someone's office."""
    before = lowered[max(0, start - 40) : start]
    return re.search(rf"\b(?:{office_verbs()}) (?:as )?(?:the |a |an )?(?:[a-z-]+ )?$", before) is not None


def _office_holder(span: Span, role: Role, code: str, people: dict[str, PersonInfo], day: dt.date) -> Entity | None:
    """The holder of the office a title names on the article's date, from the office-holders table."""
    before = span.doc[max(0, span.start - 3) : span.start]
    if any(t.lower_ in _NOT_CURRENT for t in before):
        return None
    holder = load_office_holders().holding(f"country/{code}", role.role, day)
    if holder is None:
        log.debug("no single holder of %r for %s on %s", span.text, code, day)
        return None
    if _before_term(span, holder):
        log.debug("%r at %d: the sentence is dated before %s took office", span.text, span.start_char, holder.name)
        return None
    key = f"person/{slugify(holder.name)}"
    known = next((p for p in people.values() if p.entity.key == key or _same_person(p.entity.label, holder.name)), None)
    if known is not None:
        if known.entity.role is None:
            known = PersonInfo(replace(known.entity, role=role.role, country=known.entity.country or code), role.predicate, known.titles).titled(role)
            people[known.entity.label] = known
        return known.entity
    entity = _holder_entity(holder, role)
    people[entity.label] = PersonInfo(entity, role.predicate).titled(role)
    return entity


def _before_term(span: Span, holder: OfficeHolder) -> bool:
    """Whether the title's sentence names a year before the holder took office ("In 1985 the President of Y..."):
    the article's date gives today's holder, not the one of a past the sentence tells."""
    if holder.start is None:
        return False
    years = [int(y) for y in re.findall(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", span.sent.text)]
    return any(year < holder.start.year for year in years)


_QUOTING = reporting_verbs()[1]
"""Lemmas of the verbs that attribute a quotation to its speaker (``kg/data/reporting.yaml``)."""

_WE = {"we", "our", "us", "ours", "ourselves"}
_PAIR_NOUNS = {"country", "side", "nation", "state", "people", "government"}


def _speaker(doc: Doc, start: int, end: int, by_token: dict[int, Mention]) -> Entity | None:
    """The actor a quotation is attributed to: the subject of a reporting verb just after or just before it."""
    after = doc.char_span(end, min(len(text_of(doc)), end + 120), alignment_mode="contract")
    before = doc.char_span(max(0, start - 160), start, alignment_mode="contract")
    verbs: list[Token] = []
    if after is not None:
        verbs += [t for t in after if t.lemma_.lower() in _QUOTING and t.pos_ == "VERB"][:1]
    if before is not None and before.text.rstrip().endswith((":", ",")):
        verbs += [t for t in before if t.lemma_.lower() in _QUOTING and t.pos_ == "VERB"][-1:]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for token in (child, *child.subtree):
                mention = by_token.get(token.i)
                if mention is not None and mention.entity.type is not EntityType.TOPIC:
                    return mention.entity
    return None


def _first_person_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"we", "our", "us" inside a quotation → the country of the speaker it is attributed to.

    ("We value this help ...", said the Freedonian president → Freedonia.) Left out:
    "our two countries" and the like, which stand for both sides, not the speaker's.
    """
    by_token: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):  # indices, not Token objects
                by_token.setdefault(i, m)
    gazetteer = load_gazetteer()
    private: frozenset[str] | None = None  # persons who speak for themselves (read on the first quotation with "we")
    found: dict[int, tuple[int, Mention]] = {}  # token start -> (length of its quotation, mention)
    text = text_of(doc)
    for start, end in quote_spans(text):
        lowered = text[start:end].lower()
        if not any(we in lowered for we in _WE):
            continue  # no "we" in its characters, so in none of its tokens: spare making them
        quote = doc.char_span(start, end, alignment_mode="contract")
        if quote is None or not any(t.lower_ in _WE for t in quote):
            continue
        speaker = _speaker(doc, start, end, by_token)
        if private is None:
            private = private_speakers(doc, mentions)
        if speaker is not None and (speaks_for_itself(speaker) or speaker.key in private):
            continue  # a firm's or a commentator's "we" is not its country ("“We ...,” a Norlandic analyst said")
        code = speaker.country if speaker is not None else None
        country = gazetteer.country(code) if code else None
        if country is None:
            continue
        country = next((m.entity for m in mentions if m.entity.key == country.key), country)
        for token in quote:
            if token.lower_ not in _WE or token.i in by_token:
                continue
            head = token.head
            if token.dep_ == "poss" and head.lemma_.lower() in _PAIR_NOUNS and any(
                c.lower_ in ("two", "both") for c in head.children
            ):
                continue
            # Quotation marks that do not pair up can put a word in two spans: the shorter one decides.
            if token.idx not in found or end - start < found[token.idx][0]:
                found[token.idx] = (end - start, Mention(country, token.idx, token.idx + len(token.text), token.text))
    return [mention for _, mention in sorted(found.values(), key=lambda item: item[1].start)]


def _nominal_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the bloc", "the kingdom" → the candidate entity named most recently before (``kg/data/nominals.yaml``).

    A state described by its kind or region ("the island nation", "the Gulf state", ``kg/data/state_kinds.yaml``)
    is the one country of that kind named before it, and stays unresolved when two were.
    """
    kinds = state_kinds()
    table = nominals() | kinds
    # kinds first ("the Gulf kingdom" before "the kingdom"), in any case ("the Gulf state", "the Island Nation")
    alternatives = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(rf"\b[Tt]he ((?i:{alternatives})|{'|'.join(re.escape(k) for k in nominals())})\b")
    occupied = {i for m in mentions for i in range(m.start, m.end)}
    named = sorted(((m.start, m.entity) for m in mentions if m.entity.type is not EntityType.PERSON), key=lambda pair: pair[0])
    found: list[Mention] = []
    for match in pattern.finditer(text_of(doc)):
        start, end = match.span()
        if any(i in occupied for i in range(start, end)) or end < len(text_of(doc)) and text_of(doc)[end] == "-":
            continue  # part of a name ("the Central African Republic") or of a compound ("the bloc-wide ban")
        candidates = set(table[match[1].lower()])
        before = [entity for pos, entity in named if pos < start and entity.key in candidates]
        if match[1].lower() in kinds and len({entity.key for entity in before}) > 1:
            # a kind has many members: "Qatar and Kuwait ... the Gulf state" could be either
            log.debug("left %r at %d unresolved: two countries of its kind named before", match[0], start)
        elif before:
            found.append(Mention(before[-1], start, end, match[0]))
        else:
            log.debug("left %r at %d unresolved: no %s named before", match[0], start, match[1])
    return found
