"""Argument rules of the ``patterns.v1`` extractor: who acts and on whom, over the dependency parse."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.extract._context import _Context, _first_of, _is_reporting
from kg.extract._discourse import _RECIPROCAL, coalition_leaders, leading_modifier, local_pair, refer
from kg.extract._interrupted import enclosing, interrupted_first, interruption
from kg.extract._publisher import institutional_authors, institutional_we
from kg.extract._out_of_office import holder_label, office_marks, out_of_office_sector, party_title, titled_not_yet
from kg.extract._modality import _inverted_condition, amount_of, opened_condition, commands_own_forces, intention_noun, issued_document, issuing_verb, sought_standing
from kg.extract._readouts import bullet_subjects, is_bullet_start
from kg.extract._words import (
    aimed_categories,
    _PORTIONS,
    launch_words,
    _WEAPONS,
    _LED_ACTS,
    _LED_INQUIRIES,
    _AGREEING_TO,
    _VOTING,
    _CHAMBER_MEMBERS,
    _INTERNATIONAL_BODIES,
    HARMED_IN,
    _ACTOR_TYPES,
    _APART,
    _CARRIERS,
    _WITH_MANNER,
    _BILATERAL,
    _CIVILIANS,
    _COMMITMENT_NOUNS,
    _ASKING_NOUNS,
    _HELP_NOUNS,
    _ONLOOKING,
    _THIRD_PARTY,
    _COMMITTED,
    _DENY_FACT,
    _EVALUATING,
    _EVENT_WORDS,
    _FIRST_PERSON,
    _GETTING,
    _HELD,
    _JUDGING,
    _GATHERING,
    _GROUP_PLACE_PREPS,
    _GROUP_SECTORS,
    _INSTITUTIONS,
    _LIGHT_VERBS,
    _MAKING_TIES,
    _PROMISING,
    _AHEAD,
    _BELONGING,
    _TRADED,
    _SENT_GOODS,
    _INVESTED,
    _LINKING,
    _OBJECT_CONTROL,
    _OBJECT_PREPS,
    _PLACE_NOUNS,
    _PLACE_PREPS,
    _RECEIVING,
    _RELATIVE,
    _REPORTING,
    _SELF,
    _SERVING_AS,
    _STATIVE,
    _SUPPOSE,
    _TIES,
    _WHILE_PREPS,
    _MATTER_NOUNS,
    _MATTER_PHRASES,
    _MATTER_PREPS,
    contest_intents,
    named_wars,
    envoy_summons,
    event_doers,
    journeys,
    intent_stating_verbs,
    joining_verbs,
    faring_nouns,
    light_nouns,
    pledge_of,
    responding_verbs,
    origin_groups,
    placed_under,
    state_acts,
    undergoing_phrases,
    undergoing_verbs,
    claiming_words,
    disowning_verbs,
    giving_verbs,
    assuring_verb,
    supplying_verbs,
    struck_sites,
)
from kg.extract.lexicon import Trigger
from kg.gazetteer import PEOPLE_SECTORS, acts_for_state, cities, civilian_noun, culture_noun, follower_nouns, legislator_nouns, load_gazetteer, metonyms, pastime_body, pastime_word, place_nouns, regions, sector_nouns, state_nouns, structural_cues
from kg.model import Entity, EntityType, Mention, sector_actor
from kg.nlp import first_conjunct, span_text, text_of
from kg.resolve import coordinated_label

#: Triggers of those predicates that go one way: "X and Y hosted the talks" do not meet each other.
_ONE_WAY = {"host", "receive", "welcome", "phone", "call", "invite", "visit"}

#: Nouns that name what is talked about: "on the question of Sudia" makes Sudia a topic, not a participant.
_TOPIC_NOUNS = {"issue", "question", "subject", "matter", "topic", "situation", "case", "file", "problem", "theme", "status", "future", "fate"}

#: Posts a candidate is backed or opposed for: the body that owns the post ("for the UN job", "for the AU chair") is
#: no target of the act on the candidate.
_POSTS = {"job", "post", "chair", "seat", "position", "role", "presidency", "chairmanship", "premiership", "vacancy"}

#: Verbs of an act's aim, whose object is the target of their subject's act ("the sanctions target Y's banks").
_AIMING = {"target", "hit", "strike", "affect", "penalise", "penalize", "punish", "aim", "direct"}

#: Words that count an event in apposition to its noun ("the visit, the latest by ...", "the raid, the third by ...").
_COUNTING = {"first", "second", "third", "fourth", "fifth", "last", "latest", "next"}

#: Prepositions of what a target is warned, blamed or praised for ("warned Y against ...", "condemned Y for ...",
#: "criticised Y over ...", "accused Y of ...", "asked Y about ...").
_REASON_PREPS = {"of", "for", "against", "over", "about"}

#: Dashes that end a dateline ("NORTOWN, May 2 (Wire) - ...").
_DASHES = {"-", "--", "\u2013", "\u2014"}

#: Offices whose holders act for their state ("ministers of Norland and Sudia").
_OFFICE_NOUNS = {"minister", "leader", "president", "official", "envoy", "ambassador", "delegation", "delegate", "negotiator", "diplomat", "representative", "spokesman", "spokesperson"}

#: Prepositions of a target that the parse may hang on a "by" agent ("imposed by X on Y").
_STRANDED_PREPS = {"on", "against", "toward", "towards"}

#: Relatives: a person's daughter or widow is another person, not the one named as the owner.
_KIN = {"daughter", "son", "wife", "husband", "widow", "widower", "mother", "father", "brother", "sister", "child", "children", "family", "relative", "grandson", "granddaughter", "nephew", "niece", "cousin"}

#: Groups that act for the one who leads them ("the Saudi-led coalition"); a "Haitian-led transition" does not act.
_LED_GROUPS = {"coalition", "alliance", "bloc", "militia"}
#: Weapons that act for the one who leads them ("Saudi-led jets", "US-led warships"); not the nouns of a strike,
#: which are acts (``_LED_DEEDS``).
_LED_ARMS = frozenset(_WEAPONS - _LED_ACTS)
#: Acts of force and inquiries whose leader does them when they act ("US-led strikes hit Y", "a French-led mission
#: attacked Y", "a UN-led inquiry accused Y"); as what a verb is done to they are things ("sent troops to the French-led
#: mission", "welcomed the US-led operation"), and as the noun of an act with its target ``_led_act_doers`` reads them.
_LED_DEEDS = frozenset(_LED_ACTS | _LED_INQUIRIES)
#: Prepositions of time and means whose gerund is the act of the clause's subject ("after meeting Y", "by signing
#: the pact"); not "without" or "instead of", whose gerund did not happen, nor "on", most often a verb's own
#: complement ("focused on defeating Y", "insisted on meeting Y").
_GERUND_ADJUNCTS = {"after", "before", "upon", "while", "since", "by", "during"}
#: Passives whose subject does their complement's act ("are expected to sign", "is said to have armed Y").
_RAISING_PASSIVES = {"expect", "set", "schedule", "say", "believe", "report", "think", "understand", "know", "suppose",
                     "slate", "poise", "due", "likely", "unlikely"}
#: Groups a state sends abroad, who act as the one who leads them ("a delegation led by Y's foreign minister").
_TRAVELLING_BODIES = {"delegation", "entourage"}


@dataclass(frozen=True)
class Arg:
    """A resolved argument with the confidence of the path that found it."""

    entity: Entity
    score: float
    prep: str | None = None  # the preposition it was reached through, if any
    place: bool = False  # a place named after the actor ("the Uganda border", "Chinese waters")
    inner: bool = False  # found inside the object phrase ("a halt of ferry services with Sudia")
    via: str | None = None  # for an inner argument, the preposition inside the phrase ("with" above)


def _is_stance(token: Token) -> bool:
    """'anti-Russian', 'pro-Western', 'non-NATO': a stance towards a country, not the country acting."""
    doc = token.doc
    low = token.lower_
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    before2 = doc[token.i - 2].lower_ if token.i > 1 else ""
    return low.startswith(("anti-", "pro-", "non-")) or (before == "-" and before2 in ("anti", "pro", "non")) or before in ("anti-", "pro-", "non-")


def _actors(ctx: _Context, token: Token, score: float, sent_token: Token | None = None) -> list[Arg]:
    """Actors a token stands for, with its conjuncts ("Armenia and Azerbaijan", "Armenia, led by its prime minister,
    and Azerbaijan")."""
    found: list[Arg] = _members_of(ctx, token, score) + _headline_pair(ctx, token, score)
    tokens = [token, *token.conjuncts, *_listed_countries(ctx, token), *_listed_appositions(ctx, token, score, sent_token)]
    anchor = (sent_token or token).i
    for first in (token, *token.conjuncts):
        if (interrupted := interruption(first)) is None:
            continue
        if anchor in interrupted.modifier:
            # "X, backed by Z, and Y", "X, an ally of Z, and Y": the modifier is said of X alone
            tokens = [t for t in tokens if t.i < interrupted.modifier.start]
            break
        if _actor(ctx, first, score, sent_token or token) is not None and _actor(ctx, interrupted.second, score, sent_token or token) is not None:
            tokens.append(interrupted.second)  # "X, represented by its envoy, and Y": Y, whatever the parse hangs it on
    for tok in tokens:
        arg = _actor(ctx, tok, score, sent_token or token)
        # a word that names no actor itself may stand for one named elsewhere ("it", "both sides")
        args = [arg, *_coordinated_nationals(tok, arg), *_coordinated_bodies(ctx, tok, arg), *_hyphened_nationals(ctx, tok, arg),
                *_coordinated_owners(ctx, tok, arg, sent_token or token), *_joint_we(ctx, tok, arg, sent_token or token)] if arg \
            else [Arg(r.entity, score * r.score, place=r.place) for r in refer(ctx, tok)]
        for new in args:
            if all(a.entity.key != new.entity.key for a in found):
                found.append(new)
    if not found and token.tag_ == "NNS" and _may_list_states(token):
        # "Several countries, including X and Y, condemned Z", "donors such as X and Y pledged ...", "Y's backers,
        # notably X": the group names no one, the ones it lists act (not a group of private people: "individuals
        # supplying oil, including Z", "firms such as Z")
        found = [Arg(a.entity, a.score * 0.9) for p in _listing_preps(token) for o in p.children if o.dep_ == "pobj"
                 for a in _actors(ctx, o, score, sent_token)]
    return found


def _listed_appositions(ctx: _Context, token: Token, score: float, sent_token: Token | None) -> list[Token]:
    """Items of a list the parse hangs on its first item as appositions: "X's president, Y's prime minister and Z's
    foreign minister met", "President A of X, Prime Minister B of Y and Foreign Minister C of Z met" (also past the
    first item's own name: "X's president, A, Y's prime minister, B, and ..."). An apposition that names another
    country's official (a person, or a noun of one who acts for a state: :func:`kg.gazetteer.acts_for_state`) is no
    second name of the first, when a conjunct says a list goes on ("X's president, a former general, and Y's envoy": the
    general is X's president; "X, Y's neighbour and ally, ...": X)."""
    if not any(c.dep_ == "appos" for c in token.children):
        return []
    own = _actor(ctx, token, score, sent_token or token)
    if own is None or not own.entity.country:
        return []
    items: list[Token] = []
    for node in (token, *(c for c in token.children if c.dep_ == "appos")):
        for app in (c for c in node.children if c.dep_ == "appos"):
            # the list goes on after the apposition, on it or on the name it follows ("X and Y, a Z-owned weekly
            # reports": a clause's subject the parse hangs after the list is none of it)
            later = [c for c in node.conjuncts if c.i > app.i]
            if not (app.conjuncts or later) or (arg := _actor(ctx, app, score, sent_token or token)) is None:
                continue
            # (one who acts for that state: "Y's prime minister", a person; not a relation to it: "Y's neighbour and ally")
            if arg.entity.country and arg.entity.country != own.entity.country \
                    and (arg.entity.type is EntityType.PERSON or acts_for_state(app.lemma_.lower()) is True):
                items += [app, *app.conjuncts, *later]
    return items


def _may_list_states(noun: Token) -> bool:
    """Whether a plural group noun may list states or their organs: not people who act for themselves (firms, fans,
    tourists, civilians: :func:`kg.gazetteer.acts_for_state`, the sectors of private people), nor "individuals"."""
    lemma = noun.lemma_.lower()
    return acts_for_state(lemma) is not False and sector_nouns().get(lemma) not in (*PEOPLE_SECTORS, "civilians", "labour") \
        and lemma not in ("individual", "person", "entity")


def _listing_preps(noun: Token) -> list[Token]:
    """The prepositions that list members of a plural noun: "including", "notably", "especially", "like", "such as"."""
    return [c for c in noun.children if c.dep_ == "prep" and (c.lower_ in ("including", "notably", "especially", "like")
            or (c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"))]


def _international_body(ctx: _Context, token: Token) -> bool:
    """Whether a noun is named by an international organisation or its organ ("a UN team", "the AU panel")."""
    return any(
        c.dep_ in ("compound", "poss") and (m := ctx.mention(c)) is not None and m.entity.type is EntityType.ORGANIZATION
        and m.entity.role in _INTERNATIONAL_BODIES
        for c in token.children
    )


def _coordinated_nationals(token: Token, arg: Arg) -> list[Arg]:
    """'Norlandic and Sudian troops', 'Norlandic, Sudian and Ostian police': one force per country.

    The resolver reads the phrase as the first country's force; each coordinated adjective of
    another country adds that country's force of the same sector.
    """
    entity = arg.entity
    # "the Norlandic and Sudian leaders": a noun standing for its country by its adjective stands for each country
    states = entity.type is EntityType.COUNTRY and not token.ent_type_ and _state_noun(token)
    if not states and (entity.type is not EntityType.SECTOR_ACTOR or entity.role is None):
        return []
    found: list[Arg] = []
    modifiers = [m for m in token.children if m.dep_ in ("amod", "compound", "nmod")]  # "nmod": a demonym the tagger takes for a name ("Thai")
    # "Norlandic, Sudian and Ostian air forces": the parser may hang each word of the list on the noun, with a comma
    commas = any(m.i + 1 < token.i and token.doc[m.i + 1].text == "," for m in modifiers)
    for modifier in modifiers:
        for conj in ((modifier,) if commas else ()) + tuple(modifier.conjuncts):
            country = load_gazetteer().lookup(conj.text)
            if country is None or country.type is not EntityType.COUNTRY or country.country in (None, entity.country):
                continue
            if states and all(a.entity.country != country.country for a in found):
                found.append(Arg(country, arg.score))
            elif entity.role is not None and all(a.entity.country != country.country for a in found):
                found.append(Arg(_sector_group(country.country, entity.role, coordinated_label(conj.text, modifier, token)), arg.score))
    return found


def _joint_we(ctx: _Context, token: Token, arg: Arg, anchor: Token) -> list[Arg]:
    """'Joint statement by Norland and Sudia ... We call on Ostia to ...': an institutional "we" of a joint statement
    stands for each author (:mod:`kg.extract._joint`); :func:`_actor` gives the first."""
    if token.lower_ not in _FIRST_PERSON or ctx.speaker(anchor.sent, anchor) is not None:
        return []
    return [Arg(e, arg.score) for e in institutional_authors(ctx, token) if e.key != arg.entity.key]


def _coordinated_owners(ctx: _Context, token: Token, arg: Arg, anchor: Token) -> list[Arg]:
    """'welcomed the mediation efforts of Norland and Sudia', 'praised the contributions of Norland, Sudia and Ostia': a
    noun that names no actor stands for the actor of its own "of" or "by" phrase (:func:`_actor`); each actor coordinated
    with that one in the phrase is a party too ("the efforts of Norland and local groups": Norland alone; a person listed
    after a state is rather its officer named in a misparsed apposition: "the President of Norland, Ann Berg, and ...")."""
    if ctx.mention(token) is not None or token.pos_ not in ("NOUN", "PROPN"):
        return []
    of = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children if p.dep_ == "pobj"]
    if not of or not of[0].conjuncts or (first := ctx.mention(of[0])) is None or first.entity.key != arg.entity.key:
        return []
    found: list[Arg] = []
    for conj in of[0].conjuncts:
        m = ctx.mention(conj)
        if m is not None and m.entity.type in _ACTOR_TYPES and not _is_event(m.entity) and m.entity.key != arg.entity.key \
                and (m.entity.type is EntityType.PERSON) == (first.entity.type is EntityType.PERSON) \
                and (other := _actor(ctx, conj, arg.score, anchor)) is not None and all(a.entity.key != other.entity.key for a in found):
            found.append(Arg(other.entity, arg.score))
    return found


def _coordinated_bodies(ctx: _Context, token: Token, arg: Arg) -> list[Arg]:
    """'the Norlandic and Sudia Regional governments': a named body coordinated with a country's word on the head they
    share is a party too. The resolver reads the phrase as the country's government (kg.resolve.coordinated_label) and
    the name, cut before the head, as the body's ("Sudia Regional governments"); the phrase's words are the country's,
    so the body is found inside it, after "and" or a comma."""
    if arg.entity.type is not EntityType.SECTOR_ACTOR or (phrase := ctx.mention(token)) is None or phrase.entity.key != arg.entity.key:
        return []
    text = text_of(token.doc)
    found: list[Arg] = []
    for i in range(token.left_edge.i, token.i):
        inner = ctx.nested.get(i)
        if inner is not None and inner.entity.type is EntityType.ORGANIZATION and phrase.start < inner.start and inner.end <= token.idx \
                and re.search(r"\band\b|,", text[phrase.start : inner.start]):
            found.append(Arg(inner.entity, arg.score))
    return found


def _sector_group(country: str, role: str, label: str) -> Entity:
    """The sector actor of ``country`` for ``role`` ("military", "civilians"), one entity per country and sector."""
    return sector_actor(country, role, label)


def _hyphened_nationals(ctx: _Context, token: Token, arg: Arg) -> list[Arg]:
    """'a French-Iranian academic', 'a US-Israeli citizen': a person of two nationalities, written with a hyphen, stands
    for each country (the resolver reads the demonym next to the noun; the one before the hyphen adds its country). Not
    an act or a place ("US-Israeli strikes", "the Russian-Ukrainian border"), whose hyphen names two sides or a line."""
    entity = arg.entity
    lemma = ctx.lemmas[token.i]
    if token.pos_ != "NOUN" or lemma in ctx.event_nouns or lemma in _PLACE_NOUNS or lemma in place_nouns() \
            or not (entity.type is EntityType.COUNTRY or (entity.type is EntityType.SECTOR_ACTOR and entity.role is not None)):
        return []
    found: list[Arg] = []
    for modifier in token.children:
        if modifier.dep_ not in ("amod", "compound", "nmod"):
            continue
        for first in modifier.children:
            if first.dep_ in ("amod", "compound", "nmod") and first.i + 2 == modifier.i and first.doc[first.i + 1].text == "-":
                country = load_gazetteer().lookup(first.text)
                if country is None or country.type is not EntityType.COUNTRY or country.country in (None, entity.country):
                    continue
                if entity.type is EntityType.COUNTRY:
                    found.append(Arg(country, arg.score))
                elif entity.role is not None:  # "a British-Iranian dual national": the same people of the other country
                    found.append(Arg(_sector_group(country.country, entity.role, f"{first.text} {token.text}"), arg.score))
    return found


def _acts(token: Token) -> bool:
    """Whether a noun is the side that acts: a subject, a "by" agent or the owner of an act ("the striker's attack").

    Not the subject of a gerund after another verb: "we want to see Indian companies investing" invites them.
    """
    node = first_conjunct(token)
    if node.dep_ == "nsubj":
        return node.head.tag_ != "VBG"
    return node.dep_ == "poss" or (node.dep_ == "pobj" and node.head.lower_ == "by")


def _listed_countries(ctx: _Context, token: Token) -> list[Token]:
    """'invited Norland, Sudia, as well as Ostia': a country the parse takes for an apposition of a country is listed with it.

    So are the named parties coordinated with a nameless apposition ("Norland, the wider alliance and the
    Government of Sudia are committed to ..."): the parse reads the second item of the list as an apposition
    of the first and the third as its conjunct; the nameless item stays out.
    """
    m = ctx.mention(token)
    if m is None or m.entity.type is not EntityType.COUNTRY:
        return []
    listed = []
    for c in token.children:
        if c.dep_ != "appos":
            continue
        a = ctx.mention(c)
        if a is None:
            if c.pos_ == "NOUN" and any(k.dep_ == "cc" and k.lower_ in ("and", "or") for k in c.children):
                listed += [k for k in c.conjuncts if k.pos_ == "PROPN" and ctx.mention(k) is not None]
        elif a.entity.type is EntityType.COUNTRY and a.entity.key != m.entity.key:
            listed.append(c)
    return listed


def _each_other(verb: Token) -> bool:
    """Whether a verb's object is "each other" or "one another": its coordinated subjects act on one another."""
    return any(
        c.dep_ in ("dobj", "pobj") and ((c.lower_ == "other" and any(d.lower_ == "each" for d in c.children)) or (c.lower_ == "one" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "another"))
        for c in (*verb.children, *(g for p in verb.children if p.dep_ == "prep" for g in p.children))
    )


def _apart(anchor: Token) -> bool:
    """Whether a trigger's coordinated subjects act each on their own: "X and Y each reached a deal", "X and Y
    separately signed treaties", "X and Y have each ..." (``_APART`` on the clause, or "each" beside the subject)."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else _clause_verb(anchor)
    if verb is None:
        return False
    kids = list(verb.children)
    if any(c.lower_ in _APART and c.dep_ in ("advmod", "dep", "npadvmod", "appos") for c in kids):
        return True
    return any(a.lower_ in _APART and a.dep_ in ("appos", "det", "dep") for s in kids if s.dep_ in ("nsubj", "nsubjpass") for a in s.children)


def _fought_together(anchor: Token, cognates: Collection[str]) -> bool:
    """Whether a verb of fighting has a thing for its direct object, which its coordinated subjects fight side by
    side: "X and Y pledged to fight piracy", "X and Y are battling the locusts" (no fight between X and Y). A
    cognate object, a noun of the fight itself or of its trigger (``cognates``: "fought a war", "exchanged fire"), or "each other"
    leaves them opponents. A companion or a manner of company puts them on one side too: "X and Y fought alongside Z",
    "X and Y fought together" (``_SAME_SIDE``). Called only when the act has no actor for its object."""
    return anchor.pos_ in ("VERB", "AUX") and any(
        (c.dep_ == "dobj" and c.lemma_.lower() not in cognates and c.lower_ not in ("other", "one"))
        or (c.dep_ in ("prep", "advmod") and c.lower_ in _SAME_SIDE)
        for c in anchor.children
    )


#: Words of company on a verb of fighting: its coordinated subjects fight on one side ("fought alongside Y",
#: "fought together").
_SAME_SIDE = frozenset({"alongside", "together", "jointly"})


def _partner_named(anchor: Token) -> bool:
    """Whether a reciprocal trigger names a partner with "with", actor or not: "X and Y reached a deal with the
    union" (X and Y are on one side), not "X and Y signed a deal with the help of Z" (``_WITH_MANNER``).

    Only "with" on the act's noun, on the light verb it is the object of, or on a verb's object ("swapped
    prisoners with the rebels") names a partner: a verb's own "with" may be a circumstance ("met, with Z in
    attendance"), and its actors are read as objects by the general rules. An onlooker or a third party is none ("X
    and Y resumed talks with Z as mediator").
    """
    if anchor.pos_ in ("VERB", "AUX"):
        holders = [c for c in anchor.children if c.dep_ == "dobj"]
    else:
        holders = [anchor] + ([anchor.head] if anchor.dep_ == "dobj" and anchor.head.pos_ in ("VERB", "AUX") else [])
    if anchor.dep_ in ("attr", "appos") and any(
        c.dep_ == "poss" and c.tag_ != "PRP$" and c.lower_ not in ("other", "other's") or c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children
    ):
        return True  # "X and Y are the regime's allies", "X and Y, partners of the regime": their partner is the owner
    return any(
        p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.lemma_.lower() not in _WITH_MANNER
        and not (p.lower_ == "other" and any(d.lower_ == "each" for d in p.children)) and not _onlooker(p)
        for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
    )


def _members_of(ctx: _Context, token: Token, score: float) -> list[Arg]:
    """'ministers of Norland and Sudia', 'officials from Norland and Sudia', 'Norland's and Sudia's envoys': each country's own.

    Only plural nouns of a state's government, forces or offices, and only when two or more actors
    are named (one is left to the single-owner rules).
    """
    if token.tag_ not in ("NNS", "NNPS") or not _state_noun(token):
        return []
    owners = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children if p.dep_ == "pobj"]
    owners += [c for c in token.children if c.dep_ == "poss"]
    # "Norland and Sudia's leaders": the parse may make the first owner a modifier, its conjunct carrying the "'s"
    owners += [c for c in token.children if c.dep_ == "nmod" and any(k.dep_ == "case" for o in (c, *c.conjuncts) for k in o.children)]
    for owner in owners[:1]:
        found = {a.entity.key: Arg(a.entity, score * 0.85) for o in (owner, *owner.conjuncts) if (m := ctx.mention(o)) for a in [Arg(m.entity, 1.0)] if m.entity.type in _ACTOR_TYPES}
        if len(found) >= 2:
            return list(found.values())
    return []


def _compound_owner(ctx: _Context, name: Token) -> Mention | None:
    """The country that owns a noun phrase when the parse hangs its possessive on a name compounded with the noun:
    "Sudia's NATO bid", "Sudia's EU membership" (Sudia's, not NATO's); ``None`` when there is none."""
    owners = [m for c in name.children if c.dep_ == "poss" and (m := ctx.mention(c)) is not None and m.entity.type is EntityType.COUNTRY]
    return owners[0] if len(owners) == 1 and (m := ctx.mention(name)) is not None and m.entity.type is EntityType.ORGANIZATION else None


def _state_noun(token: Token) -> bool:
    """Whether a noun names members of a state's government or forces ("ministers", "officials", "troops")."""
    lemma = token.lemma_.lower()
    return sector_nouns().get(lemma) in ("government", "military", "police") or lemma in _OFFICE_NOUNS


def _owned_place(token: Token) -> bool:
    """Whether a noun names a place that a country's name on it places in that country: a kind of place ("capital",
    "region", "coast") or a settlement of :func:`kg.gazetteer.place_nouns` ("city", "town")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in _PLACE_NOUNS or place_nouns().get(lemma) == "settlement")


def places_within(ctx: _Context, anchor: Token, on_verb: bool = False) -> list[Arg]:
    """The countries a visit's thing is placed in by an "in" phrase, when the thing names no actor itself: a verb's
    direct object ("visited a naval base in Sudia", "toured two factories in Sudia") or a noun's "to" or "of" object
    ("a visit to an air base in Sudia", "a tour of ports in Sudia"); not "visited Norlandic troops in Sudia", whose
    troops are the object, nor kin ("visited relatives in Sudia"). With ``on_verb``, also the verb's own "in" phrase
    after such a thing, where the parse may hang it ("toured a solar plant in Sudia"), unless the thing is an act
    ("attended a meeting in Sudia" is read by its own trigger)."""
    if anchor.pos_ in ("VERB", "AUX"):
        things = [d for d in anchor.children if d.dep_ == "dobj"]
    else:
        things = [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for p in c.children if p.dep_ == "pobj"]
    things = [t for d in things if d.pos_ == "NOUN" for t in (d, *d.conjuncts) if t.lemma_.lower() not in _KIN and not _actors(ctx, t, 1.0)]
    holders = list(things)
    if on_verb and anchor.pos_ in ("VERB", "AUX") and any(ctx.lemmas[t.i] not in ctx.event_nouns for t in things):
        holders.append(anchor)
    return [
        Arg(a.entity, a.score, prep.lower_, place=True)
        for holder in holders
        for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in ("in", "inside") and (holder is not anchor or prep.i > things[0].i)
        for p in prep.children if p.dep_ == "pobj"
        for a in _actors(ctx, p, 0.85) if a.entity.type is EntityType.COUNTRY
    ]


def _headline_pair(ctx: _Context, token: Token, score: float) -> list[Arg]:
    """'Norland, Sudia agree to ...', 'North Norland, South Norland trade fire': in a headline a comma joins two
    subjects as "and" would (each name of one word or several)."""
    if token.dep_ != "nsubj":
        return []
    doc = token.doc
    end = token.right_edge.i if doc[token.right_edge.i].text == "," else token.right_edge.i + 1
    if end + 1 < len(doc) and doc[end].text == ",":
        # "Norland, Sudia restore ties": the parse may make both names subjects; the first's phrase ends at the comma
        second = [c for c in token.head.children if c.dep_ == "nsubj" and c.left_edge.i == end + 1]
        if second:
            token = second[0]
    edge = token.left_edge.i
    if edge < 2:
        return []
    comma = doc[edge - 1]
    if comma.text != ",":
        return []  # the cheap test first: most subjects follow no comma
    # the first name's phrase ends at the comma, or takes the comma in
    firsts = [c for c in token.head.children if c.i < comma.i and c.right_edge.i in (comma.i - 1, comma.i)]
    if not firsts:
        return []
    first = firsts[0]
    sent = token.sent
    if span_text(sent).rstrip().endswith((".", "!", "?", '"', "\u201d")) or first.left_edge.i != sent.start:
        return []
    pair = [ctx.mention(first), ctx.mention(token)]
    if any(m is None or m.entity.type not in _ACTOR_TYPES for m in pair) or pair[0] is pair[1]:
        return []
    return [Arg(m.entity, score * 0.9) for m in pair if m is not None]


def _is_event(entity: Entity) -> bool:
    """Names of events ("UN Climate Change Conference") and bare institution words ("Cabinet") are not actors."""
    words = entity.label.lower().split()
    if entity.type is not EntityType.ORGANIZATION or not words:
        return False
    generic = len(words) == 1 and words[0] in _INSTITUTIONS and not entity.country and not entity.wikidata
    return words[-1] in _EVENT_WORDS or generic


def _resolution_score(entity: Entity) -> float:
    if entity.type is EntityType.TOPIC:
        return 0.9
    return 1.0 if entity.wikidata or entity.type in (EntityType.COUNTRY, EntityType.SECTOR_ACTOR) else 0.9


def _actor(ctx: _Context, token: Token, score: float, anchor: Token) -> Arg | None:
    """The actor one token stands for: a mention, a pronoun, a dyad phrase or a modifier's country."""
    m = ctx.mention(token)
    if m is not None and ctx.in_title(token):
        return None  # "praised the film 'Friends of Sudia'": a name inside a quoted title takes no part
    if m is not None:
        if _is_event(m.entity) or (anchor.i != token.i and ctx.mention(anchor) is m):
            return None
        if m.entity.type is EntityType.SECTOR_ACTOR and m.entity.role in PEOPLE_SECTORS and _acts(token):
            return None  # "Japanese carmakers accused ...": a country's firms act for themselves, not for its state
        if m.entity.type is EntityType.PERSON and _acts(token) and ctx.speaks_for_itself(m.entity):
            return None  # "Czech analyst Jan Novak condemned Y": a commentator's judgement is no act (kg._titles.private_speakers)
        if m.entity.type is EntityType.ORGANIZATION and pastime_body(m.entity.label):
            return None  # "the Football Association met Y's sports minister": a body of sport speaks for no state
        return Arg(m.entity, score * _resolution_score(m.entity))
    low = token.lower_
    if low in _RELATIVE and token.head.dep_ == "relcl":
        return _actor(ctx, token.head.head, score * 0.9, anchor)
    if low in _RELATIVE and token.head.dep_ == "prep" and token.head.head.dep_ == "relcl":
        # "the Pact, of which Norland and Sudia are founders": the antecedent of "which"
        return _actor(ctx, token.head.head.head, score * 0.9, anchor)
    if low in ("them", "him") and token.dep_ == "dobj" and (shared := _shared_object(token)) is not None:
        # "X expelled three Y diplomats, accusing them of spying", "X detained a Y citizen and charged him with ...":
        # the object of a verb that goes on the first clause is that clause's object
        found = _actors(ctx, shared, score * 0.9)
        if len(found) == 1:
            return found[0]
    if low in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj" and token.head.head.pos_ in ("VERB", "AUX"):
        # "Norland protested ..., and it has recalled ...": the first clause's subject (two or more: see _discourse)
        found = [a for a in _subjects_of_verb(ctx, token.head.head) if a.entity.type is not EntityType.PERSON or low == "they"]
        if len(found) == 1:
            return Arg(found[0].entity, score * 0.8)
    if low in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass"):
        # "Norland said on Monday that it would leave": the pronoun is the reporter (two or more: see _discourse).
        clause = token.head
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "ccomp" and _is_reporting(clause.head):
            found = _subjects_of_verb(ctx, clause.head)
            if len(found) == 1:
                return Arg(found[0].entity, score * 0.8)
    if low in _FIRST_PERSON or low in _SELF:
        speaker = ctx.speaker(anchor.sent, anchor)
        if speaker is None:
            # "We will support Sudia" in a government's own release: that government (see _publisher)
            publisher = institutional_we(ctx, token)
            return Arg(publisher, score * 0.75) if publisher is not None else None
        if low in _SELF:
            return Arg(speaker, score * 0.8) if not ctx.speaks_for_itself(speaker) else None
        if ctx.speaks_for_itself(speaker):
            return None  # "“We condemn Y,” a Sudian professor said": not the state's word (kg.gazetteer.speaks_for_itself)
        country = speaker if speaker.type is EntityType.COUNTRY else ctx.country(speaker.country)
        return Arg(country, score * 0.8) if country else None
    gerund = token.tag_ == "VBG" and token.dep_ in ("dobj", "pobj") and any(c.dep_ == "poss" for c in token.children)
    # "Indian shelling killed two civilians in Z": the tagger may read an act noun as a gerund with its doer's adjective
    # (no verb takes an adjective modifier), a noun as the subject of the clause
    gerund = gerund or (token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ctx.event_nouns
                        and any(c.dep_ in ("amod", "poss") and c.i < token.i and ctx.mention(c) for c in token.children))
    if token.pos_ in ("NOUN", "PROPN") and (person := _named_holder(ctx, token)) is not None:
        # "Kenya's President William Ruto met ...", "Y's foreign minister, Ann Berg, said": the parse makes the name an
        # apposition of the title; the one named acts, not the title's country
        return Arg(person.entity, score * _resolution_score(person.entity))
    if token.pos_ in ("NOUN", "PROPN") or gerund:  # ("condemned Y troops' shelling": a gerund owned, as a noun)
        # "the Border Police, whose boats gave chase": the antecedent of "whose".
        if token.head.dep_ == "relcl" and any(c.lower_ == "whose" for c in token.children):
            return _actor(ctx, token.head.head, score * 0.9, anchor)
        place = token.lemma_.lower() in _PLACE_NOUNS
        if token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in _CIVILIANS and not _international_body(ctx, token):
            return None  # "the Italian team arrived", "Japanese tourists visited": people, not their state
        if _acts(token) and acts_for_state(_sector_word(token)) is False and not _international_body(ctx, token):
            # "the French striker attacked ...": a person or a body of a country acts for itself, not for the state ("a UN
            # team", "an EU panel": a body of an international organisation acts for it)
            return None
        # "X's daughter" is not X; "German cuisine", "a Chinese restaurant", "Spanish literature" are no act of their
        # country (a noun of a shop or of culture that is no act of the lexicon: kg.gazetteer.culture_noun)
        foreign_thing = culture_noun(token.lemma_.lower()) and ctx.lemmas[token.i] not in ctx.event_nouns
        # "over the Y war": a proper noun compounded with a noun of war names which war, no doer (see named_wars)
        war = token.lemma_.lower() in named_wars() or token.lower_ in named_wars()
        follower = token.lemma_.lower() in follower_nouns()
        # "the two former Soviet republics", "ex-Yugoslav states": states that were part of the one named, not it
        marks = office_marks(token)
        parts = bool(marks) and token.lemma_.lower() in _PART_STATES
        if marks and not parts and (holder := _out_of_office(ctx, token, out_of_office_sector(marks))) is not None:
            # (former officials speak for themselves, as a mention of a people's sector does: no party as a doer)
            return None if holder.role in PEOPLE_SECTORS and _acts(token) else Arg(holder, score * 0.85, place=place)
        if _pastime_phrase(token):
            # "Y's football federation president criticised X", "the Y-ian Athletics Federation accused X": a body of
            # sport or the arts and its officers speak for no state (kg.gazetteer.pastime_word)
            return None
        if _office_title(token) and party_title(token):
            # "Y's Labour Party leader criticised X": the party's office, not Y's; the party when named, else no one
            party = [m.entity for c in token.children if c.dep_ in ("compound", "nmod", "poss") and (m := ctx.mention(c)) is not None
                     and m.entity.type is EntityType.ORGANIZATION]
            return Arg(party[0], score * 0.85) if len(party) == 1 else None
        for child in token.children if token.lemma_.lower() not in _KIN and not foreign_thing else ():
            if child.dep_ == "compound" and war:
                continue
            if parts and child.dep_ in ("amod", "compound", "nmod"):
                continue
            if child.dep_ in ("compound", "poss") and follower:
                continue  # "a Kremlin critic", "Y's opponents": whom the person backs or opposes, not the person
            if child.dep_ in ("poss", "compound", "amod", "nmod") and not _is_stance(child) and (m := ctx.mention(child)):
                if child.dep_ == "compound" and (owner := _compound_owner(ctx, child)) is not None:
                    m = owner  # "Y's O bid": the parse hangs the owner on the name before the noun; the phrase is Y's
                if m.entity.type is EntityType.ORGANIZATION and pastime_body(m.entity.label):
                    return None  # "the Football Association chairman": its man, of no state
                if m.entity.type in _ACTOR_TYPES:
                    return Arg(m.entity, score * 0.85, place=place)
            # "the Indian prime minister's visit", "Russian troops' incursions": an owner named by its office or force
            if child.dep_ == "poss" and ctx.mention(child) is None and _state_noun(child) and (owner := _actor(ctx, child, score, anchor)):
                return Arg(owner.entity, owner.score * 0.85, place=place)
            # "the Sudian capital's port", "the Sudian capital's airport": a thing of a place of a country's lies in that
            # country, a place for the acts that reach a place (a visit, an attack), as "Sudia's port" is (a target
            # only: "the Sudian capital's mayor said ..." is no act of Sudia's)
            if child.dep_ == "poss" and ctx.mention(child) is None and not _acts(token) and _owned_place(child) \
                    and (owner := _actor(ctx, child, score, anchor)) is not None and owner.entity.type is EntityType.COUNTRY:
                return Arg(owner.entity, owner.score * 0.85, place=True)
        if token.lemma_.lower() in _TRAVELLING_BODIES and (leader := _body_leader(ctx, token, score, anchor)) is not None:
            return leader
        deed = token.lemma_.lower() in _LED_DEEDS and _acts(token)
        for child in token.children:
            # "Vietnamese-led forces", "the Saudi-led coalition", "Saudi-led jets", "US-led strikes hit Y": the leader
            # acts (not "Syrian-backed militia", nor the leader of a study or a team)
            if leading_modifier(child) and (token.lemma_.lower() in sector_nouns() or token.lemma_.lower() in _LED_GROUPS
                                            or token.lemma_.lower() in _LED_ARMS or deed):
                leaders = [m for g in child.children if g.i < child.i and (m := ctx.mention(g)) and m.entity.type in _ACTOR_TYPES]
                if leaders:
                    return Arg(leaders[0].entity, score * 0.85, place=place)
            # "a British-flagged tanker", "a Greek-owned ship": the country whose flag or owners the thing has
            if child.dep_ == "amod" and child.lower_ in _BELONGING and child.i >= 2 and child.doc[child.i - 1].text == "-":
                owners = [m for g in child.children if g.i == child.i - 2 and (m := ctx.mention(g)) and m.entity.type is EntityType.COUNTRY]
                if owners:
                    return Arg(owners[0].entity, score * 0.85, place=place)
        # "jets of the Norland-led coalition", "strikes by a coalition led by Norland": a group's arms, forces and acts
        # of force act for its leader (not "members of the coalition", who are its states)
        if token.lemma_.lower() in _LED_ARMS | _LED_ACTS or sector_nouns().get(token.lemma_.lower()) == "military":
            groups = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _LED_GROUPS and ctx.mention(p) is None]
            if groups and len(leaders := coalition_leaders(ctx, groups[0])) == 1:
                return Arg(leaders[0], score * 0.85, place=place)
        # "a coalition led by Norland": its leader acts for it (the "-led" coalition above, in a clause); so does the
        # coalition "Norland leads" as the doer of its own participle ("Norland leads a coalition fighting Y")
        if token.lemma_.lower() == "coalition" and any(c.dep_ == "acl" for c in token.children) \
                and len(leaders := coalition_leaders(ctx, token, verb_subject=any(c.dep_ == "acl" and c.tag_ == "VBG" for c in token.children))) == 1:
            return Arg(leaders[0], score * 0.85, place=place)
        # "the invasion of Sudia by Norland": an act with its own agent stands for the agent, not its patient; so does
        # an act with a clause naming its doer ("a strike carried out by Y", "an explosion blamed on Y")
        for agent in _act_agents(ctx, token) + _clause_doers(ctx, token):
            if (arg := _actor(ctx, agent, score * 0.85, anchor)) is not None:
                return arg
        if (origins := fired_from(ctx, token)):
            # "fire from Y wounded two guards", "hit by shells fired from Y": where fire comes from, no doer named
            return Arg(origins[0].entity, score * 0.8, place=place)
        for agent in _led_by(token) if deed or token.lemma_.lower() not in _LED_DEEDS else ():
            if (m := ctx.mention(agent)) is not None and m.entity.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                return Arg(m.entity, score * 0.85, place=place)
        # "the Bureau of the Chancellor of the Kingdom of Norland": an institution of a country.
        node = token
        for step in range(0 if token.lemma_.lower() in _TOPIC_NOUNS else 3):  # "the question of Sudia" is a topic
            of = [p for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children if p.dep_ == "pobj"]
            if not of:
                break
            node = of[0]
            m = ctx.mention(node)
            # "members of the League", "raids by the Norlandic navy"
            if m is not None and m.entity.type is EntityType.ORGANIZATION and pastime_body(m.entity.label):
                return None  # "the head of the Rugby Union": a body of sport speaks for no state
            if m is not None and (m.entity.type is EntityType.COUNTRY or (step == 0 and m.entity.type in _ACTOR_TYPES)) and not _is_event(m.entity):
                return Arg(m.entity, score * 0.85)
            if node.pos_ not in ("NOUN", "PROPN") or node.text[:1].islower():
                break
        # "the waters off Sudia", "the airspace around Sudia": a place named by the country it lies by, as "Sudian waters"
        if place and (country := _country_after(ctx, token, _AROUND_PLACE)) is not None:
            return Arg(country, score * 0.85, place=True)
        measured = token.dep_ == "pobj" and token.head.lower_ == "on"
        traded = (token.lower_ in _TRADED and (token.dep_ == "dobj" or measured)) or (token.lower_ in _INVESTED and measured)
        # "a delegation from Norland", "officials from Norland", "troops from Norland": the state's own people;
        # "tariffs on imports from Norland": the goods a measure falls on are Norland's (not "an inquiry into
        # imports from Norland", which looks into the importers)
        # (several countries: _members_of; "refugees from Norland" are no state's people)
        if (_state_noun(token) or traded) and (country := _country_after(ctx, token, ("from",))) is not None:
            return Arg(country, score * 0.85)
        if _seated_organ(token) and (country := _country_after(ctx, token, ("in",))) is not None:
            return Arg(country, score * 0.85)  # "the foreign ministry in Hanoi", "officials in Moscow", "a court in Y"
        if (chamber := _sitting_chamber(ctx, token)) is not None:
            return Arg(chamber, score * 0.85)  # "lawmakers in the Knesset", "deputies in the State Duma"
        if traded and token.lower_ in _SENT_GOODS and (country := _country_after(ctx, token, ("to",))) is not None:
            return Arg(country, score * 0.85)  # "curbs on exports to Norland": the goods a measure keeps from Norland
        # "Fighters loyal to Norland's exiled general": an unmarked group takes the country of whom it serves.
        for loyal in token.children:
            if loyal.dep_ == "amod" and loyal.lemma_.lower() == "loyal":
                for prep in loyal.children:
                    for pobj in prep.children if prep.dep_ == "prep" and prep.lower_ == "to" else ():
                        lord = _actor(ctx, pobj, score, anchor) if pobj.dep_ == "pobj" else None
                        group = _group_actor(token, lord.entity.country) if lord is not None and lord.entity.country else None
                        if group is not None:
                            return Arg(group, score * 0.8)
        # "refugees from Sudia", "migrants fleeing Sudia", "workers who fled Sudia": a group named by where it comes
        # from is that country's sector actor, as "Sudian refugees" is (not the object of a verb of moving or
        # protecting people: "evacuated tourists from Sudia" names the place they leave)
        moved = token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in origin_groups()[2]
        # "an attack by gunmen from Y": the agent of an act noun named by its origin stays no one (session 27,
        # _agent_origin; the parse may hang its "by" on the active verb); as a clause's doer ("gunmen from Y killed
        # ...", a passive's agent "killed by gunmen from Y") it is Y's group
        moved = moved or (_armed_origin(token) and token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ != "agent")
        origin = None if moved else _origin_group(ctx, *_counted_group(ctx, token))
        if origin is not None:
            return Arg(origin, score * 0.85)
        # "Demonstrators in Baghdad", "rebels throughout Chad": an unmarked group placed in a country.
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in _GROUP_PLACE_PREPS:
                for pobj in prep.children:
                    m = ctx.mention(pobj)
                    if pobj.dep_ == "pobj" and m is not None and m.entity.type is EntityType.COUNTRY and m.entity.country:
                        group = _group_actor(token, m.entity.country, token.doc[token.i : pobj.i + 1].text)
                        if group is not None:
                            return Arg(group, score * 0.85)
    return None


#: Nouns of the states that were parts of another ("former Soviet republics", "ex-Yugoslav states").
_PART_STATES = {"republic", "state", "country", "nation", "colony", "territory"}
@cache
def _pastime_bodies() -> frozenset[str]:
    cues = structural_cues()
    return frozenset(cues.body_nouns + cues.pastime_bodies)


def _pastime_phrase(token: Token) -> bool:
    """Whether a noun's phrase names a body of sport or the arts, or one of its officers: a word of a sport or an art
    right before a noun of a body (``body_nouns`` and ``pastime_bodies`` of ``kg/data/structural.yaml``) in it or as
    it ("the football federation", "the Athletics Federation's president", "the Y-ian cricket board chief"); not
    "Y's sports minister" or "the Y-ian culture ministry" (offices of a state named for what they deal with), nor
    "Y-ian fishing boats" (a thing)."""
    doc = token.doc
    # the word right after the sport names what it modifies (the parse may hang "cricket" of "the cricket board chief"
    # on "chief")
    return any(t.dep_ in ("compound", "amod") and pastime_word(t.text) and doc[t.i + 1].lemma_.lower() in _pastime_bodies()
               for t in doc[token.left_edge.i : token.i])


def _office_title(token: Token) -> bool:
    """Whether a noun names a state's officials or one of its offices: the nouns of :func:`_state_noun` and the last
    words of the titles of office ("secretary", "chancellor"), also with "-elect" ("president-elect")."""
    title = titled_not_yet(token) or token
    return _state_noun(title) or (title.pos_ in ("NOUN", "PROPN") and acts_for_state(title.lemma_.lower()) is True)


def _out_of_office(ctx: _Context, token: Token, sector: str) -> Entity | None:
    """The person a state's office names when its holder is out of it, as a sector actor of the state: a former holder
    ("Y's former president", "a former Y-ian defence minister": ``former officials``, who no longer speak for Y; PLOVER
    codes them as elites), the opposition's ("Y's opposition leader", a shadow minister: "Y's shadow foreign
    secretary", "the shadow chancellor of Y": ``opposition``, whose act is the opposition's, as "Y's opposition
    criticised X" is) or one who has not taken the office up yet ("Y's president-elect", "the incoming president of Y",
    "the prime minister-designate of Y": ``incoming government``; he may speak for the government he will form, but
    holds no office of Y's yet). As a target such a person keeps Y's country ("X arrested a former Y-ian minister": a
    Y-ian, not Y). None when no single state's office is named."""
    if not _office_title(token):
        return None
    holders = [c for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < token.i]
    holders += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    countries = [m for c in holders if (m := ctx.mention(c)) is not None and m.entity.type is EntityType.COUNTRY]
    if len(countries) != 1:
        return None
    label = holder_label(token)
    if countries[0].entity.country and not any(ctx.mention(c) is countries[0] for c in holders if c.i < token.i):
        label += f" of {countries[0].text}"  # "the former president of Y"
    return sector_actor(countries[0].entity.country or "", sector, label)


#: Nouns of a state's tie to another beside the stance nouns of ``followers.yaml`` ("its neighbour, Y,", "its partner, Y,").
_TIE_HOLDERS = {"neighbour", "neighbor", "partner"}


def _named_holder(ctx: _Context, title: Token) -> Mention | None:
    """The person named in apposition to a title noun that names no one itself ("President" in "Kenya's President
    William Ruto", "minister" in "Y's foreign minister, Ann Berg,"), when the article resolved the name to a person of a
    known country (else the title's owner stays the actor: a name we cannot place says less than "Y's foreign minister")."""
    for child in title.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and (m := ctx.mention(child)) is not None \
                and m.entity.type is EntityType.PERSON and m.entity.country:
            return m
        # "Russia's ally Belarus", "Sudan's neighbour Chad", "its neighbour, Ethiopia,": a state or a body named in
        # apposition right after a common noun is what the noun names, not the noun's owner (after a comma only on a
        # noun of a tie: "Seizing a Y tanker, X, a member of O, said": the parse may make a participle opener's
        # subject an apposition of its object)
        close = child.i == title.i + 1 or (child.i == title.i + 2 and title.doc[title.i + 1].text == ","
                                           and (title.lemma_.lower() in follower_nouns() or title.lemma_.lower() in _TIE_HOLDERS))
        if child.dep_ == "appos" and title.pos_ == "NOUN" and close and (m := ctx.mention(child)) is not None \
                and m.entity.type in (EntityType.COUNTRY, EntityType.ORGANIZATION) and ctx.mention(title) is None:
            return m
    return None


def _shared_object(pronoun: Token) -> Token | None:
    """The antecedent of an object pronoun ("them", "him") of a verb that goes on a first clause, a participle set on
    it or a coordinated verb with no subject of its own: that clause's direct object, when it agrees in number
    ("expelled three Y diplomats, accusing them", "arrested a Y national and charged him"). None otherwise."""
    verb = pronoun.head
    if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    if verb.dep_ == "advcl" and verb.tag_ != "VBG":
        return None  # "..., after Z had warned them": a clause of its own
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < pronoun.i]
    if len(objects) != 1:
        return None
    plural = objects[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in objects[0].children)
    return objects[0] if plural == (pronoun.lower_ == "them") else None


def _bare_participle(verb: Token) -> bool:
    """Whether a verb is a participle clause set on another without a subject of its own ("Speaking after talks with Y,
    X said ...", "Returning from Y, X told reporters ...")."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _body_leader(ctx: _Context, token: Token, score: float, anchor: Token) -> Arg | None:
    """The state official who leads a delegation: "a delegation led by Y's foreign minister", "the delegation, headed by
    Z's envoy" act as their leader (not "a delegation led by a professor", no one of a state). Missions and teams are
    left out: "the peacekeeping mission led by a Y general" is no act of Y."""
    for clause in token.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in ("lead", "head"):
            continue
        for pobj in (p for by in clause.children if by.dep_ in ("agent", "prep") and by.lower_ == "by" for p in by.children if p.dep_ == "pobj"):
            arg = _actor(ctx, pobj, score * 0.9, anchor)
            if arg is not None and (arg.entity.type is EntityType.PERSON or arg.entity.role in ("government", "military") or _state_noun(pobj)):
                return arg
    return None


#: Sectors of the organs that sit in their own country, so that the place they are in names it (not armed forces,
#: which are often abroad: "the troops in Y").
_SEATED_SECTORS = {"government", "police", "judiciary", "legislature"}
#: Offices and missions of those sectors that travel or sit abroad ("the embassy in Y", "the delegation in Geneva"):
#: the offices that act for their state, less its officials at home, and its missions.
_ABROAD_OFFICES = (_OFFICE_NOUNS - {"official"}) | {"embassy", "consulate", "mission"}


def _seated_organ(token: Token) -> bool:
    """Whether a noun names an organ of a state that sits in its own country: "the government in Y's capital",
    "authorities in Y", "a court in Y" (a state's organs, police, courts and parliament, less its travelling offices
    and missions)."""
    lemma = _sector_word(token)
    return lemma not in _ABROAD_OFFICES and sector_nouns().get(lemma) in _SEATED_SECTORS


def _sector_word(token: Token) -> str:
    """The sector noun a head noun makes with the adjective before it, else its lemma: "the lower house", "the upper
    chamber" name a legislature (``kg/data/sectors.tsv``), where "house" alone names no organ of a state (as
    ``kg.resolve._sector_of`` reads a country's sector noun)."""
    lemma = token.lemma_.lower()
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.dep_ == "amod" and before.head.i == token.i and f"{before.lower_} {lemma}" in sector_nouns():
        return f"{before.lower_} {lemma}"
    return lemma


def _sitting_chamber(ctx: _Context, token: Token) -> Entity | None:
    """The named legislature a noun of its members sits in: "lawmakers in the Knesset", "deputies in the State Duma"
    act for the chamber, as "members of the Knesset" do (class legis23; the chambers of ``kg/data/state_organs.tsv``,
    the members' nouns of sector legislature in ``kg/data/sectors.tsv`` and ``kg/data/actor_heads.tsv``). Not a
    chamber's members placed in a city or a state ("lawmakers in Texas": no country, so no chamber)."""
    lemma = token.lemma_.lower()
    if lemma not in legislator_nouns() and lemma not in _CHAMBER_MEMBERS and token.lower_ not in _CHAMBER_MEMBERS:
        return None
    for m in (ctx.mention(p) for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
        if m is not None and m.entity.type is EntityType.SECTOR_ACTOR and m.entity.role == "legislature":
            return m.entity
    return None


def _country_after(ctx: _Context, token: Token, preps: tuple[str, ...]) -> Entity | None:
    """The first country a noun's own phrase of one of these prepositions names ("officials from Y", "the waters off Y")."""
    for m in (ctx.mention(p) for c in token.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"):
        if m is not None and m.entity.type is EntityType.COUNTRY:
            return m.entity
    return None


#: Prepositions that place a place noun by a country ("the waters off Y", "the skies around Y", "the seas near Y").
_AROUND_PLACE = ("off", "around", "near", "surrounding")
#: Prepositions of what an "in protest" idiom protests against ("in protest at/against/over Y's move").
_PROTESTED_PREPS = ("at", "against", "over")


def _act_agents(ctx: _Context, noun: Token) -> list[Token]:
    """The "by" agents of an act named with its patient: "the invasion of Sudia by Norland" → Norland.

    Only nouns the lexicon names as acts (:attr:`_Context.event_nouns`) with an "of" patient. The
    parse may hang the agent on the active verb whose object the act is ("condemned the invasion
    of Sudia by Norland"): a "by" after the noun with a noun object (not "by cutting tariffs", a means).
    """
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    if ctx.lemmas[noun.i] not in ctx.event_nouns:
        # "lodged a protest over the violation of its airspace by X", "protested over the treatment of its nationals by
        # X", "ordered an inquiry into the sale of arms by X": a noun of any act, nested in a phrase of the clause's
        # verb or of its object, whose "by" the parse hangs on that active verb (which has no agent of its own)
        # (its own "by" or the verb's)
        clause = _verb_of_nested_act(noun)
        own = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        return [] if clause is None else [p for p in own or _by_on_verb_after(clause, noun) if p.pos_ in ("NOUN", "PROPN")]
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    verb = noun.head
    if preps:
        agents = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    elif noun.dep_ == "dobj" and verb.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        agents = _by_after_object(noun)
    elif (clause := _verb_of_nested_act(noun)) is not None:
        # "lodged a protest over the shelling of its posts by X", "protested over the seizure of its boats by X",
        # "ordered an inquiry into the bombing of the convoy by X": the parse may hang the "by" on the clause verb
        agents = _by_on_verb_after(clause, noun)
    else:
        agents = []
    return [p for p in agents if p.pos_ in ("NOUN", "PROPN")]


def _verb_of_nested_act(noun: Token) -> Token | None:
    """The active verb an act noun hangs on through a preposition, of the verb itself ("protested [over the shelling of
    ...]") or of the verb's direct object ("lodged a protest [over the shelling of ...]", "ordered an inquiry [into the
    seizure of ...]"); None for a passive verb, whose "by" names its own agent."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    head = noun.head.head
    verb = head.head if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN") else head
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
        return None
    return verb


def _by_on_verb_after(verb: Token, noun: Token) -> list[Token]:
    """The objects of the "by" phrases the parse hangs on ``verb`` after ``noun``."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i for p in c.children if p.dep_ == "pobj"]


def _by_after_object(noun: Token) -> list[Token]:
    """The objects of the "by" phrases the parse hangs on the verb whose direct object ``noun`` is, after the noun
    ("condemned the invasion of Y by X", "is investigating war crimes by X's forces"): on an active verb, which has
    no agent of its own, they name the doer of the object's act."""
    return [p for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i for p in c.children if p.dep_ == "pobj"]


#: Participles of doing whose "by" agent is the doer of the act they modify ("a strike carried out by Y", "the raid,
#: launched by Y's commandos"), and of blaming with the preposition naming the one blamed ("an explosion blamed on Y",
#: "attacks attributed to Y").
_DOING_PARTICIPLES = {"carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit", "execute", "order", "direct"}
_BLAMING_PARTICIPLES = {"blame": "on", "attribute": "to", "ascribe": "to", "pin": "on"}


def _clause_doers(ctx: _Context, noun: Token) -> list[Token]:
    """Who a participle clause on an act's noun names as its doer: "a drone strike carried out by Y", "the raid,
    launched by Y's commandos", "an explosion blamed on Y", "attacks attributed to Y" (only nouns of the lexicon's acts,
    :attr:`_Context.event_nouns`, and only a clause of doing or of blaming: not "refugees displaced by Y")."""
    if ctx.lemmas[noun.i] not in ctx.event_nouns:
        return []
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        lemma = clause.lemma_.lower()
        if lemma in _DOING_PARTICIPLES:
            found += [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        elif lemma in _BLAMING_PARTICIPLES:
            found += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == _BLAMING_PARTICIPLES[lemma] for p in c.children if p.dep_ == "pobj"]
    return found


def _led_by(noun: Token) -> list[Token]:
    """Who a participle clause of leading names as the leader of an act or a body of force or of an inquiry: "strikes
    led by Y hit Z", "a mission headed by Y attacked Z", "an inquiry led by Y accused Z" (PETRARCH2's "-LED" compounds:
    the leader acts for what it leads); not talks, a study or a team led by Y, whose leader is no party to what they do. The caller takes a leader named as a state or
    an organisation only: "the mission led by a Y general" is no act of Y."""
    lemma = noun.lemma_.lower()
    if lemma not in _LED_ARMS | _LED_DEEDS and sector_nouns().get(lemma) != "military":
        return []
    return [p for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in ("lead", "head")
            for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _origin_sector(noun: Token) -> str | None:
    """The sector of a group noun that may be named by where it comes from ("refugees", "asylum seekers",
    "workers", "fishermen": ``origin_sectors`` of ``kg/data/origin_groups.yaml``), or None."""
    nouns = sector_nouns()
    words = [noun.lemma_.lower()]
    if noun.i > 0 and noun.doc[noun.i - 1].dep_ == "compound" and noun.doc[noun.i - 1].head.i == noun.i:
        words.insert(0, f"{noun.doc[noun.i - 1].lemma_.lower()} {noun.lemma_.lower()}")  # "asylum seeker"
    sector = next((nouns[w] for w in words if w in nouns), None)
    return sector if sector in origin_groups()[0] else None


def _armed_origin(noun: Token) -> bool:
    """Whether a group noun is of an armed sector that may be named by its origin ("gunmen", "militants", "rebels"
    from Y: ``armed groups`` and ``rebels`` of ``origin_sectors`` in ``kg/data/origin_groups.yaml``)."""
    return _origin_sector(noun) in ("armed groups", "rebels")


def _origin_place(ctx: _Context, place: Token) -> Token | None:
    """``place`` when it names a country, by its name or its capital ("refugees from Kabul" are Afghans)."""
    m = ctx.mention(place)
    if m is None or m.entity.type is not EntityType.COUNTRY or not m.entity.country:
        return None
    return place


def _own_origin(ctx: _Context, noun: Token) -> Token | None:
    """The country a group noun says it comes from by its own words: "refugees from Y", "migrants fleeing (from) Y",
    "workers who fled Y", "students who left Y" (verbs of leaving: ``kg/data/origin_groups.yaml``)."""
    leaving = origin_groups()[1]
    kids = list(noun.children)
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        # "soldiers were ambushed by gunmen from Y": the parse may hang "from Y" on the verb, right after the agent
        kids += [c for c in noun.head.head.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
    for child in kids:
        if child.dep_ == "prep" and child.lower_ == "from":
            places = [p for p in child.children if p.dep_ == "pobj"]
        elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in leaving:
            places = [p for p in child.children if p.dep_ == "dobj"]
            places += [p for c in child.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        else:
            continue
        for place in places:
            if _origin_place(ctx, place) is not None:
                return place
    return None


def _counted_group(ctx: _Context, noun: Token) -> tuple[Token, Token | None]:
    """A group noun and the country it says it comes from (:func:`_own_origin`), through a quantity: "thousands of
    refugees from Y" (the parse may hang "from Y" on the quantity or on the group)."""
    if _origin_sector(noun) is not None:
        return noun, _own_origin(ctx, noun)
    counted = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if counted is None or _origin_sector(counted) is None:
        return noun, None
    return counted, _own_origin(ctx, counted) or _own_origin(ctx, noun)


def _origin_group(ctx: _Context, noun: Token, place: Token | None) -> Entity | None:
    """The sector actor of the country ``place`` names for a group noun of an origin sector (:func:`_origin_sector`)
    with no country of its own: "refugees from Sudia" is Sudia's refugees, as "Sudian refugees" is."""
    if place is None or noun.pos_ != "NOUN" or any(c.dep_ in ("poss", "amod", "compound", "nmod") and ctx.mention(c) for c in noun.children):
        return None
    sector = _origin_sector(noun)
    m = ctx.mention(place)
    if sector is None or m is None or not m.entity.country:
        return None
    start = min((c.i for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i), default=noun.i)
    return _sector_group(m.entity.country, sector, f"{noun.doc[start : noun.i + 1].text} from {m.text}")  # "from Burkina Faso"


def _origin_after_verb(ctx: _Context, verb: Token, dobj: Token) -> tuple[Entity, Token] | None:
    """A group object named by where it comes from in a "from" phrase the parse hung on the verb: "welcomed refugees
    from Y", "arrested fishermen from Y", "took in thousands of migrants from Y" (the phrase right after the object).

    Returns the group's sector actor and the "from" phrase, which then names no object of its own. Not after a
    verb of moving or protecting people ("evacuated tourists from Y", "defended civilians from Y": ``from_verbs``), nor when
    the country is the subject's own ("Norland deported workers from Norland" moves them out of it).
    """
    if verb.lemma_.lower() in origin_groups()[2]:
        return None
    after = dobj.right_edge.i + 1
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == after), None)
    if prep is None:
        return None
    place = next((p for p in prep.children if p.dep_ == "pobj" and _origin_place(ctx, p) is not None), None)
    if place is None:
        return None
    group, _ = _counted_group(ctx, dobj)  # "thousands of refugees": what the quantity counts is the group
    entity = _origin_group(ctx, group, place)
    if entity is None:
        return None
    own = {ctx.mention(s).entity.country for s in verb.children if s.dep_ == "nsubj" and ctx.mention(s) is not None}
    return (entity, prep) if entity.country not in own else None


def _group_actor(token: Token, country: str, label: str | None = None) -> Entity | None:
    """A sector actor of ``country`` for an unmarked group noun ("demonstrators"), or None for other nouns.

    Only groups of :data:`_GROUP_SECTORS` in the plural and without a modifier naming another
    country qualify: "demonstrators in Baghdad", "police dispersed demonstrators".
    """
    sector = sector_nouns().get(token.lemma_.lower())
    plural = token.tag_ in ("NNS", "NNPS")
    if sector is None and token.tag_ == "NNP" and token.i == token.sent.start and token.lower_.endswith("s"):
        # "Rebels in Mali abducted ...": the tagger takes a capitalised plural opening the sentence for a name
        sector = sector_nouns().get(token.lower_[:-1])
        plural = True
    if sector not in _GROUP_SECTORS or not plural:
        return None
    return _sector_group(country, sector, label or " ".join(t.text for t in token.subtree if t.i <= token.i and t.dep_ not in ("det", "nummod", "quantmod")))


def _issuers(ctx: _Context, noun: Token, depth: int) -> list[Arg] | None:
    """Who issues a document whose clause is their act, or None when the text does not say.

    "X adopted a resolution condemning Y", "a statement urging Y to ... was issued by X" (the subjects of the
    issuing verb), "X's statement condemning Y" (its owner), "In a statement condemning Y, X said ..." (the one
    who speaks in it). "read a report condemning Y", "drafted a resolution condemning Y": no issuer.
    """
    owners = [a for c in noun.children if c.dep_ == "poss" for a in _actors(ctx, c, 0.9)]
    if owners:
        return owners
    verb = issuing_verb(noun)
    if verb is not None:
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb, depth + 1)]
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.pos_ == "VERB":
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, prep.head, depth + 1)]
    return None


def _subjects_of_verb(ctx: _Context, verb: Token, depth: int = 0) -> list[Arg]:
    if depth <= 3 and (document := issued_document(verb)) is not None and (issuers := _issuers(ctx, document, depth)) is not None:
        # "issued a statement condemning Y", "passed a resolution that urges Y to ...": the issuer acts
        return issuers
    subjects = _first_of(list(verb.children), {"nsubj"}) or _subject_on_auxiliary(verb)
    if not [s for s in subjects if s.pos_ != "PUNCT" and s.idx > verb.idx - _line_offset(verb)]:
        # "- Condemned the raid", "The Minister: * urged X to ...": a readout's bullet is its issuer's act
        bullet = bullet_subjects(ctx, verb)
        if bullet is not None:
            return [Arg(e, 0.8) for e in bullet]
    if not subjects or _object_of_bare_preposition(subjects[0]) or (len(subjects) == 1 and _fronted_participle(subjects[0])):
        # "Bombing Y, X, which ..., said": the parse may take the fronted participle for the subject
        fronted = _fronted_subjects(ctx, verb)
        if fronted:
            return fronted
    # "BAMAKO, Jan 31 (Wire) - Mali's government ordered ...": a dateline can parse as a second subject
    for subject in subjects:
        found = _actors(ctx, _after_dateline(subject, verb), 1.0)
        if not found and subject.pos_ == "VERB":
            # "The charity working in Sudia reported": a participle parsed as the subject
            found = [a for s in _first_of(list(subject.children), {"nsubj"}) for a in _actors(ctx, s, 0.9)]
        if found:
            for later in _split_conjuncts(subject, subjects):
                found += [a for a in _actors(ctx, later, 0.9) if all(a.entity.key != f.entity.key for f in found)]
            if (first := interrupted_first(verb, subject)) is not None and _actor(ctx, first, 0.9, first) is not None:
                # "X, represented by its envoy, and Y signed ...": the parse may make X the head of Y's clause
                found = [*_actors(ctx, first, 0.9), *(a for a in found if all(a.entity.key != f.entity.key for f in _actors(ctx, first, 0.9)))]
            return found
    if subjects:
        return []
    named = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ == "PROPN"] if verb.pos_ == "VERB" else []
    if named and (found := _actors(ctx, named[0], 0.9)):
        # "Qatar funds Hamas", "Turkey funds the militia": the parse may hang the name before a verb in -s on it as a
        # compound (as if "Qatar funds" were a noun), though it reads the word as the verb
        return found
    opening = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod") and c.ent_type_ in ("GPE", "ORG") and c.left_edge.i == verb.sent.start and c.i < verb.i]
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if opening and finite and (found := _actors(ctx, opening[0], 0.9)):
        # "Nauru cut ties with Y", "Tonga severed ties with Y": the parse may take a short name that opens the sentence
        # before a finite verb with no subject for an adverb ("Monday", "Earlier"), and the verb then for a participle;
        # only a named place or body is read
        return found
    interrupted = _interrupted_subject(verb)
    if interrupted is not None:
        found = _actors(ctx, interrupted, 0.9)
        if found:
            return found
    if verb.tag_ == "VBG" and verb.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        # "condemned Y troops' shelling of Z": a gerund the parse reads as a verb has its doer as its owner
        found = [a for c in verb.children if c.dep_ == "poss" for a in _actors(ctx, c, 0.9)]
        if found:
            return found
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] or _stranded_agents(ctx, verb)
    if agents:
        found = _actors(ctx, agents[0], 1.0)
        if len(found) > 1 and (taken := _fronted_past_agent(ctx, verb)):
            # "In talks mediated by X, Y and Z agreed to ...": the parse may coordinate the main clause's subjects with
            # the adjunct's agent; they are the clause's
            found = [f for f in found if f.entity.key not in taken] or found
        # "signed by X, secretary of ..., and Sudian adviser Y": after an apposition the parse may
        # hang the second agent on the verb; a noun coordinated with a verb is that agent's conjunct
        # (not the party after a participle that interrupts a list: "aid to Y, attacked by X, and Z" names no Z attacking)
        listed = enclosing(verb) if any(c.dep_ == "conj" for c in verb.children) else None
        after = listed[1].second.i if listed is not None else -1
        for extra in verb.children:
            if extra.dep_ == "conj" and extra.pos_ in ("NOUN", "PROPN") and extra.i > agents[0].i and extra.i != after:
                found += [a for a in _actors(ctx, extra, 0.9) if all(a.entity.key != f.entity.key for f in found)]
        if not found and ctx.lemmas[verb.i] in envoy_summons()[0] and (hosts := _envoy_host(ctx, verb)):
            return hosts  # "Y's envoy to X was summoned by the foreign ministry": an agent of no state is the host's
        return found
    doers = _state_doers(ctx, verb)
    if doers is not None:
        return doers
    if _stative(verb):
        return _actors(ctx, _first_of(list(verb.children), {"nsubjpass"})[0], 1.0)
    if depth > 3:
        return []
    head = verb.head
    if (act := misparsed_act(ctx, verb)) is not None:
        # "Armenian shelling hit villages in Z": the act noun's doer, named by its adjective or owner
        return [a for c in act.children if c.dep_ in ("amod", "poss") and c.i < act.i for a in _actors(ctx, c, 0.9)]
    if (fronted_fire := fronted_act(verb)) is not None and (origins := fired_from(ctx, fronted_fire)):
        # "Shelling from Y hit villages in Z": the parse may read the act noun that opens the sentence as a participle
        return [Arg(a.entity, a.score * 0.9) for a in origins]
    if verb.dep_ == "xcomp":
        # "X urged Y to leave", "Y was urged to leave": the one urged does what it is urged to do
        if commands_own_forces(head):
            # "X ordered its troops to withdraw from Y": X's own act, through its forces
            return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head, depth + 1)]
        controllers = _first_of(list(head.children), {"dobj"}) or _first_of(list(head.children), {"nsubjpass"})
        if controllers and head.lemma_.lower() in _OBJECT_CONTROL:
            return [Arg(a.entity, a.score * 0.9) for a in _actors(ctx, controllers[0], 1.0)]
        raised = _first_of(list(head.children), {"nsubjpass"})
        if raised and not _first_of(list(head.children), {"dobj"}) and head.lemma_.lower() in _RAISING_PASSIVES:
            # "X and Y are expected to sign a pact", "X is set to visit Y", "X is said to have armed Y": the passive's
            # subject does the complement's act (its modality is the passive's: _modality)
            return [Arg(a.entity, a.score * 0.9) for a in _actors(ctx, raised[0], 1.0)]
        resolved = _first_of(list(head.children), {"nsubjpass"})
        if resolved and head.lemma_.lower() in contest_intents()[1]:
            # "X, Y and Z are resolved to defeat W": the parse may read the resolve as a passive verb
            return [Arg(a.entity, a.score * 0.9) for a in _actors(ctx, resolved[0], 1.0)]
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head, depth + 1)]
    if verb.dep_ in ("csubj", "nsubj") and _fronted_participle(verb):
        # "Seeking a deal, Norland, the largest economy, said ...": the parse took the adjunct for the subject
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head, depth + 1)]
    if verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
        # "Norland is eager to trade with Sudia": the subject of the copula
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head, depth + 1)]
    if verb.dep_ in ("conj", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "conj" or verb.dep_ == "advcl":
            found = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head, depth + 1)]
            if not found and verb.dep_ == "conj" and head.dep_ == "ccomp" and _is_reporting(head.head):
                # "X said the line was marked ... and accused Y": the conjunct belongs to the reporter
                found = [Arg(a.entity, a.score * 0.8) for a in _subjects_of_verb(ctx, head.head, depth + 1)]
            return found
    if verb.dep_ == "pcomp" and head.lower_ == "to" and head.head.lemma_.lower() in _COMMITTED:
        # "X is committed to sending troops", "remains committed to supporting Y": the gerund is X's act
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, head.head, depth + 1)]
    if verb.dep_ == "pcomp" and head.lower_ == "to" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in _COMMITMENT_NOUNS:
        # "reiterated its commitment to supporting Y", "X's pledge to defending Y": the owner of the commitment acts,
        # else the one who states it
        noun = head.head
        owners = [a for c in noun.children if c.dep_ == "poss" for a in _actors(ctx, c, 1.0)]
        if not owners and noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
            owners = _subjects_of_verb(ctx, noun.head, depth + 1)
        return [Arg(a.entity, a.score * 0.9) for a in owners]
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in _GERUND_ADJUNCTS and head.head.pos_ in ("VERB", "AUX"):
        # "After meeting Y's king, X praised ...", "X signed the deal before leaving Y", "Speaking after meeting Y, X
        # said": a gerund of time or means without a subject of its own is the act of the clause's subject
        clause = head.head
        while _bare_participle(clause) and clause.head.i != clause.i:
            clause = clause.head
        if _first_of(list(clause.children), {"nsubj"}):
            return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, clause, depth + 1)]
    if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            head.lemma_.lower() in state_nouns() or head.lemma_.lower() == "member") and (said := _said_of(ctx, head, depth)):
        return said  # "X became the first country to recognise Y", "X, the only member to oppose Y,"
    # (an intent noun's infinitive the parse calls a relative clause is read as the infinitive: "unveiled a strategy to
    # destroy Y")
    intent = intention_noun(verb) if verb.dep_ == "relcl" else None
    if verb.dep_ == "relcl" and intent is None:
        return _actors(ctx, head, 0.9)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ == "ADJ" and head.dep_ == "ROOT" and head.i == verb.i - 1 and verb.lower_ in ctx.event_nouns:
        # "Indian shelling damaged homes in Z": the parse may make the doer's adjective the sentence's head and the act
        # noun its participle (the verb of harm then an adjective of what was harmed)
        return _actors(ctx, head, 0.85)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in HARMED_IN:
        return []  # "five Y soldiers, killed in an ambush by X": the participle's noun was harmed, not the harmer
    if (verb.dep_ in ("acl", "pcomp") or intent is not None) and head.pos_ in ("NOUN", "PROPN"):
        owners = _actors(ctx, head, 0.85)
        if not owners and intention_noun(verb) is not None:
            # "X, in its resolve to crush Y, ...": the owner a pronoun names
            owners = [a for c in head.children if c.dep_ == "poss" for a in _actors(ctx, c, 0.85)]
            if not owners and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX") and head.head.lemma_.lower() in intent_stating_verbs():
                # "X announced a plan to attack Y": the intent stated is its stater's ("X condemned the plan": another's)
                owners = [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, head.head, depth + 1)]
        return owners
    if _hyphenated(verb):
        # "Russian-occupied South Ossetia", "Chinese-funded railway"
        return _actors(ctx, verb.doc[verb.i - 2], 0.85, verb)
    return []


def _said_of(ctx: _Context, noun: Token, depth: int) -> list[Arg]:
    """Who a common noun is said of: the subject of a linking verb ("X became the latest country", "X is one of few
    countries", "X was among the first nations") or the head of an apposition ("X, the only member ...")."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "among"):
        node = node.head if node.head.lower_ == "among" else node.head.head  # "among the first nations", "one of few countries"
    if node.dep_ in ("attr", "prep") and node.head.lemma_.lower() in _LINKING:
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, node.head, depth + 1)]
    if node.dep_ == "appos":
        return _actors(ctx, node.head, 0.9, node)
    return []


def _state_doers(ctx: _Context, verb: Token) -> list[Arg] | None:
    """The state that performs an act only states do, in a passive without an agent: the country where ("a Canadian
    citizen was arrested in Iran", "the journalists detained in Ethiopia") or, for a removal, the country left
    ("was deported from Thailand"); ``kg/data/state_acts.yaml``. None when the verb is no such passive; no one when
    it names no country (the participle's noun is its patient, not its doer: "a citizen arrested last week")."""
    lemma = verb.lemma_.lower()
    preps = state_acts().get(lemma)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    if passive and lemma in envoy_summons()[0]:
        return _envoy_host(ctx, verb)
    if not preps or not passive:
        return None
    if lemma in placed_under() and not any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
        return None
    # the place may hang on the noun of the act's own phrase: "put under investigation in Y", "sentenced to prison in Y"
    holders = [verb] + [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("under", "to") for p in c.children if p.dep_ == "pobj"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        states = [a for a in _actors(ctx, pobj, 1.0) if a.entity.type is EntityType.COUNTRY]
                        if states:
                            return [Arg(states[0].entity, 0.8)]
    return []


def _envoy_host(ctx: _Context, verb: Token) -> list[Arg] | None:
    """The host state that summoned an envoy, in a passive without an agent: the country of the envoy's post ("Y's
    ambassador to X", "the Y envoy in X"), else of the place of the summons ("summoned to the foreign ministry in X");
    ``envoy_host`` of ``kg/data/state_acts.yaml``. None when the one summoned is no envoy; no one when no country is
    named, or when the only country named is the envoy's own."""
    envoy = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    words = envoy_summons()[1]
    # ("the Indian high commissioner": a two-word title is listed whole)
    if envoy is None or not any(t.lower_ in words or t.lemma_.lower() in words or f"{t.lower_} {envoy.lower_}" in words for t in [envoy, *envoy.lefts]):
        return None
    sent_by = _actors(ctx, envoy, 1.0)
    senders = {a.entity.key for a in sent_by} | {a.entity.country for a in sent_by if a.entity.country}
    posts = [p for c in envoy.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for p in c.children if p.dep_ == "pobj"]
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    posts += [p for holder in [verb, *places] for c in holder.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    for post in posts:
        hosts = [a for a in _actors(ctx, post, 1.0) if a.entity.type is EntityType.COUNTRY and a.entity.key not in senders]
        if hosts:
            return [Arg(hosts[0].entity, 0.8)]
    for place in places:
        # "summoned to the Turkish foreign ministry": a ministry of the host state, named by its country
        hosts = [a for a in _actors(ctx, place, 1.0) if a.entity.type is EntityType.SECTOR_ACTOR and a.entity.country
                 and a.entity.country not in senders]
        if hosts:
            return [Arg(hosts[0].entity, 0.8)]
    return []


def _subject_on_auxiliary(verb: Token) -> list[Token]:
    """A subject the parse hangs on the verb's auxiliary: "X, Y and Z are committed to ...", "X remains resolved to
    ..." (the copula read as a passive's auxiliary keeps the subject of the whole clause)."""
    return [s for aux in verb.children if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i for s in aux.children if s.dep_ == "nsubj"]


def _interrupted_subject(verb: Token) -> Token | None:
    """The subject before a parenthetical attribution, which the parse gives to the reporting verb.

    "Norland, the foreign ministry said on Monday, has backed Sudia", "Norland, officials said,
    expelled two envoys": the parse makes the attribution the main clause, with "Norland" as a
    second subject (or a modifier) of "said" and the act as its complement. The first noun phrase,
    set off by a comma before the speaker, is the act's subject.
    """
    head = verb.head
    if verb.dep_ in ("ccomp", "advcl", "conj", "parataxis") and head.i < verb.i and _is_reporting(head):
        if not any(t.text == "," for t in verb.doc[head.i + 1 : verb.left_edge.i]):
            return None
        return _before_speaker(head)
    # "X, the ministry said, vowed to ...": the parse can also hang the attribution on the act
    for said in verb.children:
        if said.dep_ == "parataxis" and said.i < verb.i and _is_reporting(said):
            return _before_speaker(said)
    return None


def _before_speaker(head: Token) -> Token | None:
    """The noun phrase before the speaker of a reporting verb, set off by a comma: "X, the ministry said"."""
    doc = head.doc
    speakers = [c for c in head.children if c.dep_ == "nsubj"]
    for c in head.children:
        if c.dep_ not in ("nsubj", "npadvmod", "dep", "appos") or c.pos_ not in ("NOUN", "PROPN"):
            continue
        end = c.right_edge.i if doc[c.right_edge.i].text == "," else c.right_edge.i + 1  # the comma may hang on the noun
        if end < head.i and doc[end].text == "," and any(s.i > end for s in speakers):
            return c
    return None


def _split_conjuncts(first: Token, subjects: list[Token]) -> list[Token]:
    """Second subjects that are conjuncts of the first which the parse split off after a clause or an apposition.

    "Norland, which chairs the forum, and Sudia signed ...", "Norland, a founding member, and Sudia
    signed ...": the parse can make both nouns subjects of the verb, with the "and" on the first.
    """
    ccs = [c for c in first.children if c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i > first.i]
    return [s for s in subjects if s.i > first.i and any(cc.i < s.i and not any(t.pos_ in ("VERB", "AUX") for t in s.doc[cc.i + 1 : s.i]) for cc in ccs)]


def _object_of_bare_preposition(subject: Token) -> bool:
    """Whether a subject is the object of the preposition just before it that the parse left without one.

    "Shortly after the close of the summit, X and Y signed ...", "After talks with Z, X and Y
    signed ...": the parse can make "the close" or "talks" the verb's subject and leave "after"
    without an object (or take it for the marker of a clause that is the sentence's main clause).
    """
    before = subject.left_edge.i - 1
    prep = subject.doc[before] if before >= subject.sent.start else None
    if prep is None or prep.tag_ != "IN" or prep.head.i != subject.head.i:
        return False
    if prep.dep_ == "mark":
        return subject.head.dep_ == "ROOT"
    return prep.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


#: Verbs whose own subject the parse can hang on a fronted adjunct; other clauses take theirs from a head.
_FRONTED_CLAUSES = {"ROOT", "ccomp"}


def _fronted_subjects(ctx: _Context, verb: Token) -> list[Arg]:
    """The subject of a clause that the parse hung on the last noun of a fronted adjunct.

    "After weeks of talks with the rebels, Norland and Sudia signed ...", "Although the talks had
    stalled over fishing, Norland's foreign minister, Ana Sol, rejected ...", "Seeking a deal,
    Norland, the largest economy, said ...": the parse can attach the subject (with its conjuncts
    and appositions) as a conjunct or apposition of the adjunct's last noun and leave the verb
    without one. The subject is the single noun phrase between a comma of the adjunct and the verb
    whose head the parse attached to the left of that comma (a relative clause or an apposition
    after it may come with it); the farthest such comma wins, so that an apposition stays with its
    noun. Only the phrase's head and its own conjuncts are actors, not the adjunct's noun it was
    coordinated with.
    """
    if verb.dep_ not in _FRONTED_CLAUSES or verb.pos_ not in ("VERB", "AUX"):
        return []
    children = list(verb.children)
    if _first_of(children, {"nsubjpass", "expl", "csubjpass"}) or any(c.dep_ == "csubj" and not _fronted_participle(c) for c in children):
        return []
    doc, sent = verb.doc, verb.sent
    end = verb.i
    while end > sent.start and (doc[end - 1].is_punct or (doc[end - 1].head.i == verb.i and doc[end - 1].dep_ in ("aux", "neg", "advmod"))):
        end -= 1
    best: Token | None = None
    for comma in (t for t in reversed(doc[sent.start : end]) if t.text == ","):
        span = doc[comma.i + 1 : end]
        while len(span) and span[-1].is_punct:
            span = span[:-1]
        if not len(span):
            continue
        roots = [t for t in span if not (span.start <= t.head.i < span.end) and not t.is_punct]
        root = roots[0] if roots else None
        if root is None or root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("conj", "appos", "npadvmod") or root.head.i >= comma.i:
            continue
        # "Norland, home to ten million people, said": an apposition hung elsewhere; "Norland, which holds the
        # presidency, said": a relative clause hung on the adjunct's noun
        if all(_set_off(t) or _set_off_clause(t, root) for t in roots[1:]):
            best = root
    if best is None:
        return []
    found: list[Arg] = []
    for tok in (best, *(c for c in best.conjuncts if c.i > best.i)):
        arg = _actor(ctx, tok, 0.9, tok)
        for new in [arg] if arg else [Arg(r.entity, 0.9 * r.score, place=r.place) for r in refer(ctx, tok)]:
            if all(a.entity.key != new.entity.key for a in found):
                found.append(new)
    return found


def _fronted_past_agent(ctx: _Context, participle: Token) -> set[str]:
    """The keys of the subjects a main clause takes from after the agent of a participle in its fronted adjunct ("In
    talks hosted by X, Y and Z agreed to ...": Y and Z, which the parse coordinates with X)."""
    noun = participle.head
    if participle.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return set()
    main = noun.head.head
    if main.i < participle.i or main.pos_ not in ("VERB", "AUX"):
        return set()
    return {a.entity.key for a in _fronted_subjects(ctx, main)}


def _set_off_clause(token: Token, noun: Token) -> bool:
    """Whether a relative clause right after a noun, set off by a comma, is that noun's, wherever the parse hung it."""
    doc = token.doc
    left = token.left_edge.i
    return token.dep_ == "relcl" and left > 0 and doc[left - 1].text == "," and doc[left].lower_ in ("which", "who", "whose") \
        and noun.right_edge.i + 1 == left - 1


def _set_off(token: Token) -> bool:
    """Whether a noun phrase stands between commas: "..., home to ten million people, ..."."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    return token.pos_ == "NOUN" and left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","


def _fronted_participle(token: Token) -> bool:
    """Whether a clausal subject is a participial adjunct set off by a comma: "Seeking a deal, Norland said"."""
    return token.tag_ == "VBG" and token.i < token.head.i and any(t.text == "," for t in token.doc[token.right_edge.i : token.head.i])


def _stranded_agents(ctx: _Context, verb: Token) -> list[Token]:
    """The "by" agent of a passive that the parse hangs on the verb's complement instead of the verb.

    "Norland was criticised for its conduct by Sudia", "Norland was pressed to cut tariffs by
    Sudia", "Norland was threatened with a blockade by Sudia": after a reason, a manner, an
    instrument or an infinitive the parse attaches the agent to the nearest noun or verb. A "by"
    on an act the lexicon names is that act's own agent ("blamed for the raid by the rebels": the
    rebels raided) unless the act is the passive's instrument ("with sanctions by Sudia"); a "by"
    before a clause or a gerund is a means ("by cutting tariffs").
    """
    children = list(verb.children)
    if not _first_of(children, {"nsubjpass"}) or not _first_of(children, {"auxpass"}):
        return []
    frontier: list[tuple[Token, str]] = [(verb, "")]
    for _ in range(3):
        deeper: list[tuple[Token, str]] = []
        for node, prep in frontier:
            for child in node.children:
                if child.i < verb.i:
                    continue
                if child.dep_ == "prep" and child.lower_ == "by":
                    if prep not in ("", "with") and node.pos_ in ("NOUN", "PROPN") and ctx.lemmas[node.i] in ctx.event_nouns:
                        continue
                    agents = [p for p in child.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and _actors(ctx, p, 1.0)]
                    if agents:
                        return agents
                elif child.dep_ == "prep":
                    deeper += [(p, child.lower_) for p in child.children if p.dep_ in ("pobj", "pcomp")]
                elif child.dep_ in ("xcomp", "dobj") and node.i != verb.i or child.dep_ == "xcomp" or (
                    child.dep_ == "advcl" and any(a.lower_ == "to" for a in child.children if a.dep_ == "aux")
                ):
                    deeper.append((child, ""))
        frontier = deeper
    return []


def _hyphenated(verb: Token) -> bool:
    """Whether a participle is joined to the word before it by a hyphen: "Norland-backed", not "Norland - backed"."""
    doc = verb.doc
    return verb.dep_ == "amod" and verb.i >= 2 and doc[verb.i - 1].text == "-" and not doc[verb.i - 1].whitespace_ and not doc[verb.i - 2].whitespace_


def _after_dateline(subject: Token, verb: Token) -> Token:
    """The subject after a dateline the parse took for it: "NORTOWN, May 2 (Wire) - President Ana Sol said".

    When the subject opens the sentence and a dash stands between it and the verb, the phrase
    between the dash and the verb is the subject if it has a single head that is a noun.
    """
    sent = subject.sent
    if subject.i - sent.start > 2:
        return subject
    # a free-standing dash, not the hyphen of "Norland-backed"
    dashes = [t for t in sent.doc[subject.i + 1 : verb.i] if t.text in _DASHES and t.whitespace_ and t.doc[t.i - 1].whitespace_]
    if not dashes or not any(t.text in (",", "(") for t in sent.doc[sent.start : dashes[0].i]):
        return subject  # a dateline names a place and a date or source: "NORTOWN, May 2 -", "NORTOWN (Wire) -"
    phrase = sent.doc[dashes[0].i + 1 : verb.i]
    # the verb's own auxiliaries and adverbs before it are not part of the subject: "- Norland has not signed"
    heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) and t.pos_ != "PUNCT" and not (t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg", "advmod"))]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON") else subject


def _conditional(token: Token) -> bool:
    """Whether the clause of ``token`` carries an "unless ..." or "if ..." condition, or one opened by inversion
    ("should Y attack", "were Y to attack")."""
    return condition_of(token) is not None


def condition_of(token: Token) -> Token | None:
    """The clause that puts a condition on the clause of ``token``: "if Y ...", "unless Y ...", "should Y ...",
    "were Y to ...", "in case Y ...", "in the event that Y ...", or None."""
    verb = token if token.pos_ in ("VERB", "AUX") else _clause_verb(token)
    if verb is None:
        return None
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "conj"):
            continue
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in clause.children):
            return clause
        if (clause.dep_ != "conj" or clause.lower_ == "were") and any(_inverted_condition(a) for a in (clause, *clause.children) if a is clause or a.dep_ in ("aux", "auxpass")):
            return clause  # "should Y deploy troops", "were Y to block exports" (a complement in the parse)
        if opened_condition(clause):
            return clause  # "in case Y extends its waters" (an adverbial clause, or a complement or conjunct in the parse)
    # "will launch a military response in the event that Y resumes the drills": the parse hangs the clause on a noun
    opened = [t for t in verb.subtree if t.dep_ in ("relcl", "acl", "advcl") and t.head.pos_ == "NOUN" and opened_condition(t)]
    if opened and (clause_verb := _clause_verb(opened[0].head)) is not None and clause_verb.i == verb.i:
        return opened[0]
    return _fronted_inversion(verb)


def _fronted_inversion(verb: Token) -> Token | None:
    """The condition the parse makes the root when it follows a complement: "X threatened military action should Y
    continue drilling" (root "continue", with "threatened" its complement), "X will strike back in case Y joins"
    (root "joins"), or None.

    The inverted auxiliary must come right after the complement and its subject after the auxiliary; a question
    ("... should Y continue?") is no condition.
    """
    root = verb.head
    if verb.dep_ != "ccomp" or root.dep_ != "ROOT" or root.i < verb.i or verb.sent[-1].text == "?":
        return None
    if opened_condition(root):
        return root  # "X will strike back in case Y joins the offensive" (root "joins")
    after = verb.right_edge.i + 1
    aux = next((c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i == after), None)
    if aux is None or aux.lower_ not in ("should", "were", "had") or aux.tag_ not in ("VBD", "MD"):
        return None
    return root if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in root.children) else None


def condition_parties(ctx: _Context, token: Token, subjects: Collection[Arg]) -> list[Arg]:
    """The actors a condition on the clause of ``token`` asks to act or refrain, its subject ("if Y continues its
    patrols", "should Y deploy troops") or a passive's agent ("if its ships are seized by Y"), less the clause's own
    ``subjects``."""
    clause = condition_of(token)
    if clause is None:
        return []
    keys = {a.entity.key for a in subjects}
    # "if its ships are seized by Y": a passive condition's agent is the one it is put to
    parties = [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # "were Y to block exports": the parse may take Y for the attribute of "were"
    parties = parties or _first_of(list(clause.children), {"nsubj", "nsubjpass"} | ({"attr", "acomp"} if clause.lower_ == "were" else set()))
    return [Arg(a.entity, a.score * 0.9) for s in parties[:1]
            for a in _actors(ctx, s, 1.0) if a.entity.type in _ACTOR_TYPES and a.entity.key not in keys]


def fronted_act(verb: Token) -> Token | None:
    """The act noun that opens a sentence when the parse reads it as a participle of a past verb with no subject:
    "Shelling from Y hit villages in Z" ("Shelling" VBG, an adverbial clause or a clausal subject of "hit", which may be
    tagged a participle), or None."""
    finite = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if not finite or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "csubj") and c.tag_ == "VBG" and c.i == verb.sent.start and c.i < verb.i), None)


def misparsed_act(ctx: _Context, verb: Token) -> Token | None:
    """The act noun a past verb with no subject follows when the tagger read the noun as a gerund that heads the
    clause: "Armenian shelling hit villages in Z" parses as "shelling" with "hit" its complement. The noun is the
    lexicon's (an act with its own doer), right before the verb, and names its doer by a country's adjective or
    owner ("Armenian", "Y's"); the verb is then the clause's verb and the noun its subject.

    Invented example: "Sudian bombing destroyed a bridge in Norland" ("bombing" VBG ROOT, "destroyed" VBD xcomp).
    """
    head = verb.head
    if verb.tag_ != "VBD" or verb.dep_ not in ("xcomp", "ccomp") or head.tag_ != "VBG" or head.i != verb.i - 1 or head.lower_ not in ctx.event_nouns:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in (*verb.children, *head.children)):
        return None
    return head if any(c.dep_ in ("amod", "poss") and c.i < head.i and ctx.mention(c) for c in head.children) else None


def _stative(verb: Token) -> bool:
    """'Norland is committed to the talks with Sudia': a passive form that says what its subject does."""
    return (
        verb.lemma_.lower() in _STATIVE
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


def helper_phrase(prep: Token) -> bool:
    """Whether a preposition introduces who helps or asks for the clause's act: "with the help of Y", "with the
    support of Y", "at the request of Y", "at the invitation of Y", "on the orders of Y" (neither a target nor a topic)."""
    nouns = _HELP_NOUNS if prep.lower_ == "with" else _ASKING_NOUNS if prep.lower_ in ("at", "on", "upon") else ()
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in p.children)
        for p in prep.children
    )


def _agent_origin(ctx: _Context, prep: Token) -> bool:
    """Whether a "from" phrase names where a "by" agent comes from: "an attack by gunmen from Y", "a raid by militants
    from Y" (gunmen from Y are no act of Y's, as "gunmen from Y attacked" is not), on the agent or, as the parse may
    hang it, on the act right after the agent. Not when the agent is a state's own people ("an attack by troops from
    Y": Y's troops) or is named."""
    holder = prep.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "by":
        agents = [holder]
    else:
        agents = [p for by in holder.children if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i < prep.i
                  for p in by.children if p.dep_ == "pobj" and p.right_edge.i + 1 == prep.i]
    return any(p.pos_ == "NOUN" and not _state_noun(p) and ctx.mention(p) is None for p in agents)


def _prep_objects(ctx: _Context, head: Token, score: float, skip: set[int] | frozenset[int] = frozenset()) -> list[Arg]:
    found: list[Arg] = []
    # "kidnapped up to 16 advisers": the preposition hangs off the particle
    preps = [c for c in head.children if c.dep_ in ("prep", "dative") and c.i not in skip]
    preps += [g for c in head.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep" and g.i not in skip]
    # "exported rice worth $2 billion to Y", "signed deals worth $5 billion with Y": the parse may hang the phrase on the
    # amount's "worth" (an adjective of the goods or a preposition of the verb)
    preps += [g for c in head.children if c.dep_ in ("amod", "prep") and c.lower_ == "worth" for g in c.children if g.dep_ == "prep" and g.i not in skip]
    for prep in preps:
        if prep.lower_ == "along" and any(c.dep_ == "prep" and c.lower_ == "with" for c in prep.children):
            continue  # "along with Australia": company, not an object
        if prep.lower_ in _OBJECT_PREPS:
            if prep.lower_ == "from" and _agent_origin(ctx, prep):
                continue  # "an attack by gunmen from Y": where the doers come from, not who attacks (see _agent_origin)
            if helper_phrase(prep):
                continue  # "arrested him with the help of Y's police": Y helps, it is no target (see _constructions._helped_act)
            for pobj in prep.children:
                if prep.lower_ == "for" and pobj.lemma_.lower() in _POSTS:
                    continue
                if pobj.dep_ == "pobj" and not (prep.lower_ == "with" and _onlooker(pobj)):
                    own = _actors(ctx, pobj, score)  # read once: the same call again gives the same actors
                    direct = own
                    if not direct and (prep.lower_ in _PLACE_PREPS or prep.lower_ in ("of", "against")) and pobj.lemma_.lower() not in _TOPIC_NOUNS:
                        # "along the frontier with Sudia", "a halt of ferry services with Sudia"; "air strikes on targets in
                        # Sudia", "raids against bases across Sudia": where the things struck are
                        within = _SITE_PLACES if prep.lower_ in ("on", "against") and _struck_site(pobj) else ()
                        # "warned of retaliation against Y", "spoke of sanctions against Y": what an act spoken "of" is aimed at
                        aimed = ("against",) if prep.lower_ == "of" else ()
                        direct = [Arg(a.entity, a.score, a.prep, a.place or inner.lower_ in within, a.inner, inner.lower_)
                                  for inner, a in _phrase_actors(ctx, pobj, ("with", "of", "for", "to", *within, *aimed), score * 0.9)]
                    nested = prep.lower_ != "of" and not own
                    inner = not own
                    found += [Arg(a.entity, a.score, prep.lower_, a.place or prep.lower_ in ("along", "near", "around") or nested, inner, a.via if inner else None) for a in direct]
            for comp in prep.children:
                if comp.dep_ == "pcomp" and comp.pos_ in ("VERB", "AUX"):
                    # "protested over what it called an incursion by Y": the free relative stands for the act it names
                    found += [Arg(a.entity, min(a.score, score), prep.lower_) for a in _named_in_free_relative(ctx, comp)]
    return found


#: Prepositions of a verb of force that name what it is aimed at ("opened fire on", "fired rockets at").
AIMED_PREPS = ("on", "at", "against", "into")
#: Prepositions of where a military site struck lies ("targets in Y", "positions across Y", "depots inside Y").
_SITE_PLACES = ("in", "inside", "across", "near")


def _struck_site(noun: Token) -> bool:
    """Whether a noun names a military target or site (``struck_sites``: "targets", "positions", "bases")."""
    return noun.lemma_.lower() in struck_sites() or noun.lower_ in struck_sites()


def _phrase_actors(ctx: _Context, noun: Token, preps: tuple[str, ...], score: float) -> list[tuple[Token, Arg]]:
    """The actors named in a noun's phrases of the given prepositions, each with its preposition ("targets in Y")."""
    return [(inner, a) for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in preps
            for p in inner.children if p.dep_ == "pobj" for a in _actors(ctx, p, score)]


def struck_in(ctx: _Context, anchor: Token, subjects: list[Arg]) -> list[Arg]:
    """The country an attack's target lies in, when the target names no actor: "carried out air strikes on an
    airport in Y", "a raid on a hamlet in Y", "launched an attack against a convoy in Y" (as "struck an
    airport in Y" names Y). The phrase may hang on the noun or on its light verb; not the doer's own country
    ("strikes on hideouts in its own north"). A verb of force whose target is a "to" phrase names it so too: "set fire to
    a depot in Y", "laid waste to villages in Y". Armed people are no thing of Y's: "an offensive against Kurdish
    fighters in Y", "raids on militias in Y" name where they are, not whom the blow is aimed at (as "militants in Y"
    read as an armed group, not as Y); ground or things struck in Y stay Y's ("an offensive in northern Y", "strikes on
    rebel positions in Y"). (A military site "on" or "against" which any act is done is read with its place by
    :func:`_prep_objects` already: "strikes on targets in Y", "raids on positions across Y".)"""
    holders = [anchor, *([anchor.head] if anchor.dep_ == "dobj" and anchor.head.pos_ in ("VERB", "AUX") else [])]
    aimed = (*AIMED_PREPS, "to") if anchor.pos_ in ("VERB", "AUX") else AIMED_PREPS
    own = {s.entity.country for s in subjects if s.entity.country}
    targets = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in aimed for p in c.children
               if p.dep_ == "pobj" and p.pos_ == "NOUN" and not _actors(ctx, p, 0.8) and not armed_people(p)]
    found = [a for t in targets for _, a in _phrase_actors(ctx, t, ("in",), 0.8)
             if a.entity.type is EntityType.COUNTRY and a.entity.country not in own]
    return [Arg(a.entity, a.score, "on", place=True) for i, a in enumerate(found) if all(a.entity.key != b.entity.key for b in found[:i])]


def armed_people(noun: Token) -> bool:
    """Whether a noun names armed people of no state ("fighters", "militias", "insurgents"; the armed groups and rebels of
    ``kg/data/sectors.tsv``), not a thing or a place ("an airport", "rebel positions")."""
    lemma = noun.lemma_.lower()
    return sector_nouns().get(lemma) in ("armed groups", "rebels") or lemma in ("fighter", "militia", "combatant")


def with_role_holder(as_prep: Token) -> Token | None:
    """Who holds the role an "as" phrase names in an absolute "with" phrase: "with X as mediator, ..." (the parse may
    hang "as" on X, or X on the clause verb as its subject), "... with X as mediator" ("as" hung on the clause verb or
    its object right after X)."""
    head, doc = as_prep.head, as_prep.doc
    if head.pos_ in ("NOUN", "PROPN") and (head.dep_ == "pobj" and head.head.lower_ == "with" or head.left_edge.i > 0 and doc[head.left_edge.i - 1].lower_ == "with"):
        return head
    before = doc[as_prep.i - 1] if as_prep.i > 0 else None
    if before is not None and before.pos_ in ("NOUN", "PROPN"):
        # "as" hung on the clause verb or on its object noun, right after the "with" phrase of the same head
        phrase = before
        while phrase.dep_ in ("compound", "flat") and phrase.head.i > phrase.i:
            phrase = phrase.head
        owner = phrase.head.head if phrase.dep_ == "pobj" and phrase.head.lower_ == "with" else None
        # (the parse may hang the one on the clause verb and the other on its object: "signed a deal with X as mediator")
        if owner is not None and (owner.i == head.i or owner.dep_ == "dobj" and owner.head.i == head.i or head.dep_ == "dobj" and head.head.i == owner.i):
            return phrase
    return None


def with_role_clause(token: Token) -> Token | None:
    """The clause verb of an absolute "with" phrase that names a role ("with X as mediator", "with X acting as
    mediator"), for the role noun or its participle; None elsewhere."""
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "as":
        holder = with_role_holder(node.head)
        if holder is not None:
            # "with X as mediator": the "with" hangs on the clause verb (or on its object), or X is parsed as the clause
            # verb's subject
            node = holder.head.head if holder.dep_ == "pobj" else holder.head
            node = node.head if node.pos_ == "NOUN" and node.dep_ == "dobj" else node
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head.head  # "with X acting as mediator": the participle
    if node.dep_ == "pcomp" and node.head.lower_ == "with" and node.pos_ in ("VERB", "AUX"):
        clause = node.head.head
        return clause if clause.pos_ in ("VERB", "AUX") else None
    return None


def _onlooker(pobj: Token) -> bool:
    """Whether the object of "with" watches rather than takes part: "met in Lima, with Brazil in attendance", "held
    talks with China present", "with Norway as an observer" (the parse may hang "in attendance" on the verb, right
    after the object)."""
    after = pobj.doc[pobj.right_edge.i + 1] if pobj.right_edge.i + 1 < len(pobj.doc) else None
    if after is not None and (
        (after.lower_ in ("in", "as") and any(c.dep_ == "pobj" and c.lower_ in _ONLOOKING for c in after.children))
        or (after.lower_ in _ONLOOKING and after.pos_ in ("ADJ", "VERB"))  # "with China present": parsed onto the talks
    ):
        return True
    words = [c for c in pobj.children if c.dep_ in ("amod", "acl", "acomp", "advmod")]
    words += [g for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("in", "as") for g in c.children if g.dep_ == "pobj"]
    return any(w.lower_ in _ONLOOKING for w in words)


def name_after_verb(verb: Token) -> list[Token]:
    """A name right after a verb that the parse takes for an adverbial noun phrase ("EU monitors criticized Azerbaijan.",
    "met Ethiopian Prime Minister Abiy Ahmed": the phrase opens right after the verb): the verb's object, though not
    parsed as one."""
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1]


def _verb_args(ctx: _Context, verb: Token) -> tuple[list[Arg], list[Arg]]:
    subjects = _subjects_of_verb(ctx, verb)
    objects: list[Arg] = []
    children = list(verb.children)
    passive = _first_of(children, {"nsubjpass"})
    if passive and not _stative(verb):
        # "sanctions on Sudia were lifted", "a pact with Sudia was signed": as for an active verb's
        # object ("lifted sanctions on Sudia"), a passive subject that is no actor has its target in a phrase
        # "NORTOWN, May 2 (Wire) - Sudia was accused ...": a dateline can parse as a second passive subject
        patient = _after_dateline(passive[0], verb)
        objects += _actors(ctx, patient, 1.0) or _prep_objects(ctx, patient, 0.9)
    consumed: set[int] = set()  # "from" phrases that name an object's origin, not an object
    if not passive and not _first_of(children, {"dobj", "dative", "attr", "ccomp", "xcomp"}):
        # "EU monitors criticized Azerbaijan.": the parse may take a name right after the verb for an adverbial noun
        # phrase; a named actor there is the object (a date or a place word is no actor)
        objects += [a for c in name_after_verb(verb) for a in _actors(ctx, c, 0.9)]
    # an actor is the direct object or the passive's subject: "warned Y against ...", "Y was warned against ..."
    targeted = bool(passive) and bool(objects)
    undergone = _undergone_phrases(ctx, verb)
    for dobj in _first_of(children, {"dobj", "dative", "attr"}):
        if dobj.i in undergone:
            continue
        own = _actors(ctx, dobj, 1.0)
        if verb.lemma_.lower() in _JUDGING and (doers := _undergone_doers(ctx, dobj)):
            # "condemned the killing of Z-ian aid workers by Y's troops": the doer is judged, not the people
            own = [a for d in doers for a in _actors(ctx, d, 0.9)]
        if not own and dobj.dep_ == "dobj" and (origin := _origin_after_verb(ctx, verb, dobj)) is not None:
            # "welcomed refugees from Sudia": the refugees are Sudia's, as "Sudian refugees" are
            own = [Arg(origin[0], 0.85)]
            consumed.add(origin[1].i)
        found = own or _prep_objects(ctx, dobj, 0.9) or _actors_in_np(ctx, dobj)
        if not found and dobj.dep_ == "dobj" and (any(c.dep_ == "nsubj" for c in children) or verb.dep_ == "xcomp" and not any(c.dep_ == "auxpass" for c in children)):
            # "X is investigating war crimes by Y's forces", "X began investigating killings by Y's soldiers": an active
            # verb (with a subject, or controlled) has no "by" agent of its own, so a "by" phrase the parse hangs on it
            # after the object names the doer of the object's act
            found = [Arg(a.entity, a.score, "by") for p in _by_after_object(dobj) for a in _actors(ctx, p, 0.85)]
        objects += found
        targeted = targeted or bool(own)
    if not passive and (_participle_patient(ctx, verb) or (verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj") and _state_doers(ctx, verb))):
        # "Sudia, accused by Norland of spying, ...", "a Sudian citizen arrested in Norland ...": the actor a passive
        # participle describes is its patient
        objects += _actors(ctx, verb.head, 0.9, verb)
    elif not passive and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
            and (listed := enclosing(verb)) is not None:
        # "clashes between Sudia, backed by Norland, and Ostia": the party the participle interrupts a list after is its
        # patient, wherever the parse hangs it (Norland backs Sudia)
        objects += _actors(ctx, listed[0], 0.9, verb)
    for comp in _first_of(children, {"ccomp", "xcomp"}):
        named = _named_in_free_relative(ctx, comp)
        objects += named or [Arg(a.entity, 0.85) for a in _first_of_actors(ctx, _first_of(list(comp.children), {"nsubj"}))]
    objects += _prep_objects(ctx, verb, 0.9, consumed | undergone | (_reason_phrases(ctx, verb) if targeted else set()))
    if objects:
        # "met with Y's prime minister, as well as Z's officials": the parse may hang the added object on the verb
        objects += [Arg(a.entity, a.score, objects[-1].prep) for c in _as_well_as_objects(verb) for a in _actors(ctx, c, 0.9)
                    if all(a.entity.key != o.entity.key for o in objects)]
    if not objects and verb.lemma_.lower() in _LINKING:
        # "X remains opposed to Y-ian mediation": the predicate adjective's object is the clause's
        objects += [a for comp in _first_of(children, {"acomp"}) if comp.pos_ == "ADJ" for a in _prep_objects(ctx, comp, 0.9)]
    if not objects and not _first_of(children, {"dobj"}):
        objects += _after_as_label(ctx, verb)
    if _hyphenated(verb):
        objects += _actors(ctx, verb.head, 0.9, verb)
    if not objects and is_bullet_start(verb) and bullet_subjects(ctx, verb) is not None:
        objects += _bullet_objects(ctx, verb)
    own_object = [c for c in children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _RELATIVE]
    if not objects and verb.dep_ == "relcl" and not own_object and _first_of(children, {"nsubj"}):
        # "the offer Norland turned down", "the terms Sudia accepted": the antecedent is the object;
        # an act that is no actor stands for who made it ("Sudia made a claim that Norland denied").
        antecedent = verb.head
        objects += _actors(ctx, antecedent, 0.9, verb) or _maker(ctx, antecedent)
    if not objects and verb.dep_ in ("acl", "relcl") and not _first_of(children, {"dobj"}) and intention_noun(verb) is not None:
        objects += _garden_path_object(ctx, verb)
    if not objects and verb.pos_ == "VERB" and not _first_of(children, {"dobj", "ccomp", "xcomp", "attr", "acomp"}):
        objects += _object_of_next_verb(ctx, verb)
    asked = verb.lemma_.lower() in _OBJECT_CONTROL and _first_of(children, {"dobj"})
    if not objects and not asked:
        # "threatened to break off relations with Congo": the complement's objects are the target
        # (but "asked voters to endorse X": the ones asked are the object, whoever they are;
        # "denied shelling Congo": a fact denied is the subject's own act, refusing Congo nothing).
        for comp in _first_of(children, {"xcomp"}):
            if comp.pos_ in ("VERB", "AUX") and not denied_fact(verb, comp):
                # "refused to hand over Z's leaders to Y": Y is refused, not those handed over (:func:`handed_to`)
                objects += [Arg(a.entity, a.score * 0.9) for a in handed_to(_verb_args(ctx, comp)[1])]
    return subjects, objects


def handed_to(objects: list[Arg]) -> list[Arg]:
    """The sides of a handing over with a state receiving: "the Taliban handed over al-Qaeda leaders to Y", "refused to
    hand over Z's fighters to Y" concede to Y (or refuse Y), not to those handed over, unless they are the receiver's own
    ("handed over Y-ian prisoners to Y"). A receiver that is no state ("to the Red Cross") leaves the people's state the
    side conceded to."""
    states = {o.entity.country for o in objects if o.prep == "to" and o.entity.country
              and o.entity.type in (EntityType.COUNTRY, EntityType.SECTOR_ACTOR, EntityType.PERSON)}
    if not states:
        return objects
    return [o for o in objects if o.prep is not None or o.entity.country in states]


def _reason_phrases(ctx: _Context, verb: Token) -> set[int]:
    """The phrases of a verb with a direct target that say what the target is warned, blamed or praised for: "warned
    Y against the forced transfer of Z-ians", "condemned Y for the killing of Z-ian civilians", "criticised Y over its
    treatment of Z-ian migrants", "accused Y of supporting rebels in Z". Whoever takes part in that act (its victim
    too) is no second target of the verb; a name the phrase is made of still is ("warned Y against Z")."""
    skip = {
        prep.i for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in _REASON_PREPS
        and all(ctx.mention(p) is None or _gerund_opened(p) for p in prep.children if p.dep_ == "pobj")
    }
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _REASON_PREPS for p in c.children if p.dep_ == "pobj"]
    return skip | {to.i for n in nouns if (to := borrowed_to(ctx, n)) is not None}


def borrowed_to(ctx: _Context, noun: Token) -> Token | None:
    """The "to" phrase the parse hangs on a verb right after a noun whose phrase it ends: "protested Y's arms sales
    to Z", "rejected Y's claims to Z", "thanked Y for its aid to Z". The noun's act goes to Z; the verb, with its
    own target Y, goes nowhere. Only for a noun the verb's target owns ("Y's sales") or the noun of a reason phrase
    beside a direct target ("thanked Y for its aid"): "sent aid to Z", "moved its embassy to Z" keep their "to"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _REASON_PREPS else noun.head
    if verb.pos_ not in ("VERB", "AUX") or ctx.mention(noun) is not None:
        return None
    if noun.dep_ == "dobj":
        owned = any(c.dep_ == "poss" and (m := ctx.mention(c)) is not None and m.entity.type in _ACTOR_TYPES for c in noun.children)
    else:
        owned = noun.head.head.i == verb.i and any(c.dep_ == "dobj" and _actors(ctx, c, 1.0) for c in verb.children)
    if not owned:
        return None
    after = noun.right_edge.i + 1
    return next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i == after), None)


def _undergone_phrases(ctx: _Context, verb: Token) -> set[int]:
    """The object phrases of a verb of judging or asking that name an act by the people it is done to: "condemned the
    treatment of Y-ian prisoners", "warned against the forced transfer of Y-ians", "called for the release of Y-ian
    hostages". The people (who do not act for their state) are no target, nor is their country; the phrase (the
    object noun, or the preposition of a phrase) is left out. Only people: "condemned the actions of Y" stays Y's."""
    if verb.lemma_.lower() not in _JUDGING:
        return set()
    phrases = [(c, c) for c in verb.children if c.dep_ == "dobj"]
    phrases += [(c, p) for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return {key.i for key, noun in phrases if undergone_act(ctx, noun)}


def undergone_act(ctx: _Context, noun: Token) -> bool:
    """Whether a noun names an act by the people it is done to, with no doer: "the treatment of Y-ian prisoners", "the
    deportation of Y-ian traders" (not "Y's treatment of ...", nor "the treatment of its nationals by Y's police": an
    owner or a "by" agent is the doer)."""
    return ctx.mention(noun) is None and not any(c.dep_ == "poss" for c in noun.children) and not _act_agents(ctx, noun) \
        and not any(t.lower_ == "by" and t.dep_ in ("prep", "agent") for t in noun.subtree) \
        and _undergoing_people(ctx, noun)


def _undergoing_people(ctx: _Context, noun: Token) -> bool:
    """Whether a noun's "of" phrase names people an act is done to ("the release of Y-ian hostages")."""
    return any(_undergoer(ctx, p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


def _undergone_doers(ctx: _Context, noun: Token) -> list[Token]:
    """The "by" doers an act named by the people it is done to has of its own: "the killing of Z-ian aid workers by Y's
    troops" → the troops (a noun the lexicon does not name as an act has no agent read otherwise)."""
    if ctx.mention(noun) is not None or any(c.dep_ == "poss" for c in noun.children) or not _undergoing_people(ctx, noun):
        return []
    return [p for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]


def _undergoer(ctx: _Context, people: Token) -> bool:
    """Whether a noun names people who do not act for their state ("Y-ian migrants", "Y-ians", "Y-ian prisoners")."""
    lemma = people.lemma_.lower()
    m = ctx.mention(people)
    if m is not None and (m.entity.type is not EntityType.SECTOR_ACTOR or m.entity.role == "civilians"):
        return m.entity.type is EntityType.SECTOR_ACTOR  # ("Y-ians": the people of a country, no state organ)
    # (not a firm's or a pundit's people, who speak for themselves: "rejected the appeal of a Y-ian businessman" is read
    # as before, and the speaker filter drops it)
    return lemma in _HELD or (acts_for_state(lemma) is not True and sector_nouns().get(lemma) not in PEOPLE_SECTORS
                              and (lemma in sector_nouns() or civilian_noun(lemma)))


def _gerund_opened(noun: Token) -> bool:
    """Whether a noun phrase opens with a gerund the parse took for an adjective: "of supporting rebels", "for arming
    Z-ian militias" (the noun is the gerund's object)."""
    return any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i == noun.left_edge.i for c in noun.children)


def _object_of_next_verb(ctx: _Context, verb: Token) -> list[Arg]:
    """The object a verb shares with the verb coordinated after it: "X condemned and sanctioned Y", "X invaded and
    annexed Y" (the parse hangs Y on the last verb only). Only an actor that is the later verb's direct object, and
    only when the later verb has no subject of its own ("X protested and Y apologised" shares nothing)."""
    return [
        Arg(a.entity, a.score * 0.9)
        for conj in verb.children if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        for d in conj.children if d.dep_ == "dobj"
        for a in _actors(ctx, d, 1.0)
    ]


def _as_well_as_objects(verb: Token) -> list[Token]:
    """Nouns the parse coordinates with a verb through "as well as" after its object ("met with Y, as well as Z"): more
    objects of the verb (a verb's own noun conjunct is otherwise a misparse of another kind)."""
    found: list[Token] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PROPN") or conj.i < verb.i:
            continue
        marks = [c for c in conj.children if c.dep_ == "cc"] + [c for c in verb.children if c.dep_ == "cc" and c.i < conj.i]
        if any(m.lower_ == "as" and m.i >= 2 and m.doc[m.i - 1].lower_ == "well" and m.doc[m.i - 2].lower_ == "as" for m in marks):
            found.append(conj)
    return found


def _garden_path_object(ctx: _Context, verb: Token) -> list[Arg]:
    """The object of an intent noun's infinitive that the parse made a second subject of the clause the noun is the
    subject of: "X's campaign to defeat [Y] is working", "X's strategy to crush [Y] has failed" (read as "Y is
    working"). Only the phrase right after the infinitive, before the clause's verb, and only beside the noun's own
    subject role (issue 16, helper fight13)."""
    noun, clause = verb.head, verb.head.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.pos_ not in ("VERB", "AUX"):
        return []
    stray = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i and verb.i < c.i < clause.i
             and c.left_edge.i == verb.i + 1]
    return [Arg(a.entity, a.score * 0.9) for c in stray[:1] for a in _actors(ctx, c, 1.0)]


def _named_in_free_relative(ctx: _Context, comp: Token) -> list[Arg]:
    """The doers of the act a free relative of naming stands for: "condemned what it called an incursion by Y",
    "denounced what it described as Y's aggression", "protested what was termed a violation by Y's jets", "condemned
    what it said was a Y drone strike".

    The relative "what" is the object of the verb of naming (or the subject of a reported copula); the noun the clause
    names it by (its "as" phrase, its object predicate or the copula's predicate noun) is that object, and the actors of that noun (its "by" agent, which the parse may hang on
    the naming verb, its owner or national modifier, its "from" phrase) are the target. Nothing when the clause is
    no such relative or the noun names no actor (then the namer stays the object, as for any complement clause).
    """
    lemma = comp.lemma_.lower()
    if lemma in _EVALUATING and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in comp.children):
        # (the parse may make the name a second object: "what it labelled Y's provocation")
        nouns = [c for c in comp.children if c.dep_ in ("oprd", "dobj") and c.lower_ != "what" and c.pos_ in ("NOUN", "PROPN")]
        nouns += [p for c in comp.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
    elif lemma in _REPORTING | _SUPPOSE:
        # "condemned what it said was a Y drone strike", "what it believes were Y's troops": the reported copula's
        # subject is the relative, its predicate noun the name
        nouns = [a for cop in comp.children if cop.dep_ == "ccomp" and cop.lemma_.lower() == "be"
                 and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in cop.children)
                 for a in cop.children if a.dep_ == "attr" and a.pos_ in ("NOUN", "PROPN")]
    else:
        return []
    found: list[Arg] = []
    for noun in nouns[:1]:
        bys = [c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")]
        bys += [c for c in comp.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i]
        for prep in bys:
            found += [a for p in prep.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.85)]
        found += [a for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and not _is_stance(c)
                  for a in _actors(ctx, c, 0.85, noun)]
    return list({a.entity.key: a for a in found}.values())


def denied_fact(verb: Token, comp: Token) -> bool:
    """Whether a complement is a fact its verb denies: a gerund, simple or perfect, under deny or refute ("denied
    shelling Y", "denies having sent troops to Y"): the subject's own act, read as negated."""
    return verb.lemma_.lower() in _DENY_FACT and (comp.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "VBG" for c in comp.children))


def _participle_patient(ctx: _Context, verb: Token) -> bool:
    """Whether a passive participle with its "by" agent describes a named actor: "Sudia, criticized by Norland over ...".

    Only an actor the resolver named ("troops deployed by Norland" are no patient we know) that is
    a subject or object of its clause ("talks in Sudia, brokered by Norland": Sudia is a place), and
    only a participle of its own agent ("the aid provided by Norland" is the noun's business).
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False  # "a meeting in Sudia, brokered by Norland": a place or a noun's modifier is no patient
    m = ctx.mention(verb.head)
    return m is not None and m.entity.type in _ACTOR_TYPES


def _after_as_label(ctx: _Context, verb: Token) -> list[Arg]:
    """The object a verb of judgement states after its "as" label, when it has no direct object.

    "condemned as a provocation Norland's seizure of ...", "denounced as illegal Norland's
    detention of ...", "condemned as an act of aggression Norland's drilling ...": the parse hangs
    the long object on "as" as an apposition of the label, as the label's own noun (the label an
    adjective before it), or as a second object of "as". Only a noun phrase that names its actor
    as a possessor ("Norland's seizure") is taken; the label itself ("an act of aggression",
    "a provocation") names nobody, and a phrase without a possessor abstains.
    """
    found: list[Arg] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        phrases = [p for p in prep.children if p.dep_ == "pobj"]
        phrases += [ap for p in phrases for ap in p.children if ap.dep_ == "appos"]
        for phrase in phrases:
            if phrase.dep_ == "appos" or any(c.dep_ == "poss" for c in phrase.children):
                found += [a for a in _actors(ctx, phrase, 0.85) if all(a.entity.key != f.entity.key for f in found)]
    return found


def _line_offset(token: Token) -> int:
    """How far ``token`` stands from the start of its line, in characters."""
    return token.idx - (text_of(token.doc).rfind("\n", 0, token.idx) + 1)


def _bullet_objects(ctx: _Context, verb: Token) -> list[Arg]:
    """'- Condemned the raids by X', '- Invited President Y to visit': the object of a bullet's opening verb.

    The parse of a bullet without a subject often fails (the verb taken for an adjective, the
    object for the root): the object is the first noun phrase after the verb on its line.
    """
    doc = verb.doc
    text = text_of(doc)
    end = text.find("\n", verb.idx)
    rest = [t for t in doc[verb.i + 1 :] if end < 0 or t.idx < end]
    inside = {t.i for t in rest}
    for t in rest:
        if t.pos_ in ("NOUN", "PROPN") and (t.head.i not in inside or t.head.i == t.i):
            return _actors(ctx, t, 1.0) or _prep_objects(ctx, t, 0.9) or _actors_in_np(ctx, t)
    return []


def _maker(ctx: _Context, act: Token) -> list[Arg]:
    """Who made an act named by a light verb's object: "Sudia levelled charges", "Norland made an offer"."""
    verb = act.head
    if act.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _LIGHT_VERBS:
        return []
    return [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, verb)]


def _first_of_actors(ctx: _Context, tokens: list[Token]) -> list[Arg]:
    return _actors(ctx, tokens[0], 0.9) if tokens else []


def _actors_in_np(ctx: _Context, noun: Token) -> list[Arg]:
    """Actors inside a non-actor noun phrase: 'the support provided by Norland' → Norland.

    Also the author in a restrictive relative clause whose object is the noun: 'the proposal
    (that) Norland made' → Norland (not 'the claim that Norland lied', a complement clause, nor
    'the plan, which Norland called fair', a comment set off by a comma).
    """
    for clause in noun.children:
        restrictive = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text != ","
        if clause.dep_ == "relcl" and restrictive and not [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _RELATIVE]:
            authors = [a for s in _first_of(list(clause.children), {"nsubj"}) if s.lower_ not in _RELATIVE for a in _actors(ctx, s, 0.8)]
            if authors:
                return authors
    # ("held talks with the help of Y": who helps is no actor of the phrase; see helper_phrase)
    helping = {h.i for prep in noun.subtree if helper_phrase(prep) for h in prep.subtree}
    helping |= _modifier_clause_words(noun, _agent_is_doer(noun))
    for t in noun.subtree:
        if t.i == noun.i or t.i in helping:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "of", "from") and not (t.head.lower_ == "from" and _agent_origin(ctx, t.head)):
            arg = _actor(ctx, t, 0.8, noun)
            if arg is not None and arg.entity.type in _ACTOR_TYPES:
                # "the support provided by Norland and Sudia": each actor of the list
                return [arg, *(a for c in t.conjuncts if ctx.mention(c) is not None and (a := _actor(ctx, c, 0.8, noun)) is not None
                               and a.entity.type in _ACTOR_TYPES and a.entity.key != arg.entity.key)]
    return []


def _agent_is_doer(noun: Token) -> bool:
    """Whether a passive "by" agent of a clause on a noun is its doer or owner ("the support provided by Y",
    "remarks made by Y", "troops deployed by Y", "the territory claimed by Y"), not what was done to
    people who act for no state ("refugees expelled by Y", "farmers evicted by Y")."""
    return not civilian_noun(noun.lemma_.lower())


def _modifier_clause_words(noun: Token, keep_agent: bool) -> set[int]:
    """Token indices of the clauses inside a noun phrase that describe its people or things, not its act:
    "refugees [who fled from Sudia]", "aid for families [displaced by Sudia's shelling]", "attacks on
    civilians [living near the Sudian border]" (Sudia is no party to the support, aid or attacks).

    With ``keep_agent`` (see :func:`_agent_is_doer`), the passive "by" agent of a clause on the noun
    itself stays: it is the noun's own doer or owner ("the support provided by Norland", "the attacks
    that were carried out by Sudia"). An owner or an "of" phrase outside any clause stays too ("Sudia's
    attacks", "the people of Sudia").
    """
    skipped: set[int] = set()
    for t in noun.subtree:
        if t.dep_ not in ("relcl", "acl") or t.i == noun.i or t.i in skipped:
            continue
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children):
            continue  # "a plan to attack Y": an infinitive names the noun's own act
        clause = {c.i for c in t.subtree}
        if keep_agent and t.head.i == noun.i:
            clause -= {a.i for c in t.children if c.dep_ == "agent" for a in c.subtree}
        skipped |= clause
    return skipped


#: Prepositions of an event noun's patient or target, on whose object the parse may hang the noun's "by" agent.
_PATIENT_PREPS = {"of", "for", "to", "on", "against", "into", "with"}


def _agents_after_patient(noun: Token, events: frozenset[str] = frozenset(), ctx: _Context | None = None) -> list[Token]:
    """'the expulsion of the envoy by Norland', 'the praise for Sudia by Norland', 'the veto of Sudia's bid by
    Norland': a "by" agent the parse hangs on the object of the event's first preposition (its patient or target).

    Past "of", only when that object's phrase names an actor besides the agent (with ``ctx``) and is no act of its
    own (an -ing noun or one of ``events``): "protests against incursions by Norland", "an enquiry into smuggling
    by Norland", "demonstrations against violations by Norland" name the incursions', the smuggling's and the
    violations' doer."""
    found = []
    for of in noun.children:
        if of.dep_ != "prep" or of.lower_ not in _PATIENT_PREPS:
            continue
        for patient in of.children:
            if patient.dep_ != "pobj":
                continue
            bys = [by for by in patient.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"]
            if not bys:
                continue
            if of.lower_ != "of":
                if patient.lower_.endswith("ing") or patient.lemma_.lower() in events or ctx is None:
                    continue
                agent_side = {t.i for by in bys for t in by.subtree}
                named = [ctx.mention(t) for t in patient.subtree if t.i not in agent_side]
                if not any(m is not None and m.entity.type in _ACTOR_TYPES for m in named):
                    continue
            found += [agent for by in bys for agent in by.children if agent.dep_ == "pobj"]
    return found


def _agents_on_actors(ctx: _Context, noun: Token) -> list[Token]:
    """'the cutting of ties with Y by X', 'the withdrawal of troops from Y by X': a "by" agent the parse hangs on an
    actor named deeper in the act noun's phrase.

    An actor is no act and has no agent of its own, so a "by" phrase hung on one (through a chain of prepositions
    from the act noun, at most three deep) is the act noun's agent; "by" on a noun that is no actor ("talks by
    phone", "attacks by drones") is left alone.
    """
    found: list[Token] = []
    frontier = [noun]
    for _ in range(3):
        deeper: list[Token] = []
        for node in frontier:
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ == "by":
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    deeper.append(pobj)
                    m = ctx.mention(pobj)
                    if m is None or m.entity.type not in _ACTOR_TYPES or pobj.lemma_.lower() in ctx.event_nouns:
                        continue
                    found += [a for by in pobj.children if by.dep_ in ("prep", "agent") and by.lower_ == "by" for a in by.children
                              if a.dep_ == "pobj" and (am := ctx.mention(a)) is not None and am.entity.type in _ACTOR_TYPES]
        frontier = deeper
    return found


def _stranded_objects(ctx: _Context, agent: Token) -> list[Arg]:
    """'sanctions imposed by Norland on Sudia': a target the parse hangs on the agent instead of the participle."""
    return [
        Arg(a.entity, a.score, prep.lower_)
        for prep in agent.children if prep.dep_ == "prep" and prep.lower_ in _STRANDED_PREPS
        for pobj in prep.children if pobj.dep_ == "pobj"
        for a in _actors(ctx, pobj, 0.9)
    ]


def _in_protest(noun: Token) -> Token | None:
    """The verb of the clause an "in protest" idiom qualifies ("X recalled its envoy in protest at Y's move", "walked out of
    the talks in protest against Y", PETRARCH2 "* (IN PROTEST)"), or None for another use of the noun ("joined in the
    protest", "in a protest against Y", "in protests at home": a determined or plural protest is an event of its own)."""
    if noun.lower_ != "protest" or noun.dep_ != "pobj" or noun.head.lower_ != "in" or any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    verb = _clause_verb(noun.head)
    return verb if verb is not None and verb.i < noun.i else None


def matter_phrase(noun: Token) -> bool:
    """Whether a noun is the object of a phrase of its clause's cause or matter: "X recalled its envoy over the war",
    "X cut ties with Y amid the conflict", "X left the talks because of the war", "in protest at the war", "in
    response to the fighting" (the act answers it; its doer takes no part in it by saying so).

    >>> from kg.nlp import load_nlp
    >>> doc = load_nlp()("Norland recalled its envoy because of the war.")
    >>> matter_phrase(doc[7]), matter_phrase(doc[3])
    (True, False)
    """
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _MATTER_PREPS:
        return True
    holder = prep.head
    if f"{holder.lower_} {prep.lower_}" in _MATTER_PHRASES:
        return True
    if holder.lower_ in _MATTER_NOUNS and holder.dep_ == "pobj" and holder.head.lower_ == "in":
        return True
    # "in protest at the war" with "at" hung on the verb, right after "in protest"
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and c.right_edge.i + 1 == prep.i and any(p.dep_ == "pobj" and p.lower_ in _MATTER_NOUNS for p in c.children)
        for c in holder.children
    )


def act_voted_for(noun: Token) -> Token | None:
    """The verb of voting whose "for" or "in favour of" phrase a noun is the object of, or None: "X voted for
    sanctions against Y", "X voted in favour of new sanctions on Y" (the act voted for is the voter's, as in "voted
    to impose sanctions on Y"; the "against" the parse may hang on the verb is the noun's)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "for":
        verb = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ in ("favour", "favor") and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in":
        verb = prep.head.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _VOTING else None


def _clause_verb(noun: Token) -> Token | None:
    head = noun
    for _ in range(4):
        if head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "compound", "amod") and head.head.i != head.i:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return head
        else:
            break
    return head if head.pos_ in ("VERB", "AUX") else None


def _metonym(token: Token) -> bool:
    """Whether a token is a capital or seat standing for its country ("Belgrade", "Washington")."""
    return token.text in metonyms()


def hyphen_sides(modifiers: list[Token]) -> tuple[Token, Token] | None:
    """The two words of a hyphenated modifier, "India-Pakistan" in "India-Pakistan talks" (parsed as
    "India" modifying "Pakistan" with the hyphen between them), neither a capital: two capitals name a
    route as often as two parties ("the Paris-Berlin train", "Baku-Tbilisi flights")."""
    for second in modifiers:
        if second.dep_ not in ("compound", "amod", "nmod") or _metonym(second):
            continue
        for first in second.children:
            if first.dep_ in ("compound", "amod", "nmod") and first.i + 2 == second.i and first.doc[first.i + 1].text in ("-", "–") \
                    and not _metonym(first):
                return first, second
    return None


def _hyphen_pair(ctx: _Context, modifiers: list[Token]) -> list[Arg]:
    """The actors of a hyphenated modifier (:func:`hyphen_sides`) when they are different actors: two in
    "India-Pakistan talks", three in "the Armenia-Georgia-Azerbaijan talks"."""
    sides = hyphen_sides(modifiers)
    if sides is None:
        return []
    first, second = sides
    a, b = _actor(ctx, first, 0.9, first), _actor(ctx, second, 0.9, second)
    if a is None or b is None or a.entity.key == b.entity.key:
        return []
    chain = [a, b]
    # "the Armenia-Georgia-Azerbaijan talks": each word further back across a hyphen, on the same modifier or the next
    # one, is a further side (not a capital: "the Baku-Tbilisi-Kars railway" is a route)
    doc, heads = first.doc, {first.i, second.i}
    while first.i >= 2 and doc[first.i - 1].text in ("-", "–") and (prev := doc[first.i - 2]).dep_ in ("compound", "amod", "nmod") \
            and prev.head.i in heads and not _metonym(prev):
        if (c := _actor(ctx, prev, 0.9, prev)) is None:
            return []  # "the Istanbul-Armenia-Georgia route": not a list of sides
        if all(c.entity.key != o.entity.key for o in chain):
            chain.insert(0, c)
        first = prev
        heads.add(prev.i)
    return chain


#: Verbs of speaking to someone whose direct object (or dative) is the one spoken to ("told Y that ...", "urged Y to ...").
_ADDRESSING = {"tell", "assure", "urge", "press", "ask", "warn", "brief", "inform", "remind", "thank", "promise", "reassure", "caution", "advise", "implore", "congratulate", "invite"}


def _addressees(ctx: _Context, verb: Token, subjects: list[Arg]) -> list[Arg]:
    """The actors a verb of speaking to someone addresses ("told his Sudian counterpart that ...", "urged Y to ..."),
    other than its subjects; none for another verb ("said", "signed")."""
    if verb.lemma_.lower() not in _ADDRESSING:
        return []
    return [Arg(a.entity, a.score * 0.85) for c in verb.children if c.dep_ in ("dobj", "dative")
            for a in _actors(ctx, c, 1.0) if all(a.entity.key != s.entity.key for s in subjects)]


def _takes_part(noun: Token, trigger: Trigger) -> bool:
    """Whether the subject of the clause is the doer of an event its time or occasion phrase names.

    "X pledged aid after talks with Y", "X signed a deal during a visit to Y", "X's students marched
    at a rally against Y": an event one takes part in (``occasions`` of ``kg/data/event_doers.yaml``).
    Not an act done to a target ("X spoke out after the attack on Y", "X called for calm amid the
    blockade of Y": what X reacts to), nor what a verb of speech, judgement or perception is about
    ("X commented on the sanctions against Y", "X reported on the talks with Y").
    """
    reacting, topic_preps, occasions = event_doers()
    if trigger.predicate.category not in occasions and not trigger.pair:
        return False
    verb = noun.head.head
    if noun.head.lower_ == "on" and _on_a_journey(noun):
        return True  # "X praised Y on a visit to Z": where X was, not what X spoke of ("commented on the visit": the topic)
    return not (noun.head.lower_ in topic_preps and verb.lemma_.lower() in reacting)


def _on_a_journey(noun: Token) -> bool:
    """A journey one is on ("on a visit to Y", "on his trip to Y", ``journeys`` of ``kg/data/event_doers.yaml``), not
    one spoken of ("commented on the visit")."""
    return noun.lemma_.lower() in journeys() and any(c.dep_ in ("det", "poss") and c.lower_ != "the" for c in noun.children)


def _helps_another(ctx: _Context, clause: Token, noun: Token, trigger: Trigger) -> bool:
    """Whether a clause whose "in" phrase names a fight helps another actor in it: "X renewed its support for Y in the
    fight against Z", "X backed Y in the war with Z" (Y fights; X helps). Only acts of force ask (taking part in talks
    is the same for a helper), and only "in" ("X recognised Y after a war with Z": X fought Z)."""
    if trigger.predicate.category != "ASSAULT" or noun.head.lower_ != "in":
        return False
    holders = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
    helped = [c for h in holders for c in h.children if c.dep_ == "dobj" and c.i != noun.i]
    helped += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for p in c.children if p.dep_ == "pobj"]
    return any(_actors(ctx, h, 1.0) for h in helped)


def _joined_in(ctx: _Context, noun: Token) -> list[Arg]:
    """The doers of an act of force named in the "in" phrase of a verb of joining (``joining`` of
    ``kg/data/contests.yaml``): "X joined Y in the fight against Z", "X and W joined Y in its war on Z", "X has joined
    Y in the offensive against Z" (the one who joins and the one joined both fight Z; "X backed Y in the war against Z"
    is help, read elsewhere). Nothing for another phrase or verb ("X lost soldiers in the fight against Z")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = noun.head.head
    if verb.lemma_.lower() not in joining_verbs() or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    joiners = [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, verb)]
    joined = [Arg(a.entity, a.score * 0.85) for d in _first_of(list(verb.children), {"dobj"}) for a in _actors(ctx, d, 1.0)]
    return list({a.entity.key: a for a in (*joiners, *joined)}.values())


def _responding(verb: Token) -> bool:
    """Whether a verb answers an act ("retaliated", "responded", "hit back"): its "with" phrase names the answer."""
    lemma = verb.lemma_.lower()
    if lemma in responding_verbs():
        return True
    return any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in responding_verbs() for c in verb.children)


def _light_noun_doers(ctx: _Context, holder: Token) -> list[Arg]:
    """Who does the act of a light verb's noun ("X's conclusion of an accord with Y", "the imposition of sanctions
    on Y by X", "X announced the launch of talks with Y"), handed to the event its "of" object names."""
    kids = list(holder.children)
    doers = [a for c in kids if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
    doers += [a for p in _agents_after_patient(holder, ctx.event_nouns, ctx) for a in _actors(ctx, p, 0.9)]
    doers += [a for c in kids if c.dep_ in ("poss", "amod", "compound", "nmod") and not _is_stance(c) for a in _actors(ctx, c, 0.85, holder)]
    if not doers and holder.dep_ == "dobj" and holder.head.pos_ in ("VERB", "AUX") and holder.head.lemma_.lower() in _LIGHT_VERBS:
        doers = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, holder.head)]
    return [Arg(a.entity, a.score * 0.9) for a in doers]


def _led_act_doers(ctx: _Context, noun: Token) -> list[Arg]:
    """Who leads an act of force named by its noun: "the Saudi-led offensive against Y", "US-led strikes on Y" (the
    leader fights; "Y-backed" names a supporter, no side). Only actors written before "led" ("the offensive led by X"
    is a "by" agent)."""
    return [
        Arg(m.entity, 0.85)
        for c in noun.children if leading_modifier(c)
        for g in c.children if g.i < c.i and (m := ctx.mention(g)) is not None and m.entity.type in _ACTOR_TYPES
    ]


#: Nouns of a share in a group: "X is part of the coalition", "X, a member of the alliance".
_SHARE_NOUNS = {"part", "member"}


def _group_members(ctx: _Context, noun: Token) -> list[Arg]:
    """Who a clause says belongs to a group named by the noun (``_LED_GROUPS``): "X is part of the coalition against Y",
    "X is a full member of an alliance against Y", "X, a member of the coalition against Y" (joining and leading it are
    light verbs: "X joined the coalition")."""
    if noun.lemma_.lower() not in _LED_GROUPS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    share = noun.head.head
    if share.lemma_.lower() not in _SHARE_NOUNS or share.pos_ != "NOUN":
        return []
    if share.dep_ == "attr" and share.head.pos_ in ("VERB", "AUX"):
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, share.head)]
    if share.dep_ == "appos":
        return _actors(ctx, share.head, 0.85, share)
    return []


def between_of_occurrence(noun: Token) -> list[Token]:
    """The parties of an event named as the subject of a verb of its happening: "heavy fighting broke out between X
    and Y", "clashes erupted between X's troops and Y's" (the parse hangs "between" on the intransitive verb)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]


def gerund_parties(ctx: _Context, verb: Token) -> list[Arg]:
    """The parties of a reciprocal act named by a gerund that stands as a noun: "fighting between X and Y continued",
    "there was fighting between X's troops and Y" (the tagger reads "fighting" as the verb, with no subject)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("nsubj", "nsubjpass", "attr", "dobj", "pobj"):
        return []
    between = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
    return _actors(ctx, between[0], 1.0) if between else []


def between_after_participle(participles: list[Token]) -> list[Token]:
    """The parties of an act named after a participle of its noun: "the accord reached on Monday between X and Y",
    "the deal signed in Doha between X and Y", "the talks held last week between X and Y".

    The parse hangs "between" on the participle, or on the object of the participle's preposition of place
    or time ("in Doha between X and Y"); either way the pair are the parties of the noun's act.
    """
    found: list[Token] = []
    for participle in participles:
        if participle.tag_ != "VBN":
            continue
        preps = [c for c in participle.children if c.dep_ == "prep"]
        preps += [g for c in preps if c.lower_ != "between" for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep"]
        found += [p for c in preps if c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
    return found[:1]


#: Categories of a judgement that a state may pass "in" its own country ("sparked anger in Y").
_JUDGED_IN = {"ACCUSE", "SUPPORT"}


def _judges_drawn(ctx: _Context, verb: Token, noun: Token, trigger: Trigger) -> list[Arg]:
    """Who passes a judgement an act draws besides a "from" party: its "by" agent ("triggered condemnation by Y"), or,
    for a noun of praise or blame, the country or capital it is felt "in" ("sparked anger in Y", "drew praise in
    Y"): the state, not a city of it ("sparked anger in Lviv") nor protesters ("sparked protests in Y": a place of
    demonstrations, read by nothing here)."""
    holders = (noun, verb) if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) else (noun,)
    found = [a for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
             if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
    if found or trigger.predicate.category not in _JUDGED_IN:
        return found
    return [a for holder in (noun, verb) for c in holder.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
            and p.ent_type_ == "GPE" for a in _actors(ctx, p, 0.9) if a.entity.type is EntityType.COUNTRY and not a.place
            and ((m := ctx.mention(p)) is not None and (_metonym(p) or m.text in _country_names(a.entity)))]


def _country_names(country: Entity) -> set[str]:
    """The names a country is written by: its label and variants ("Russia", "the Russian Federation")."""
    return {country.label, *country.aliases}


def _act_owners(ctx: _Context, verb: Token) -> list[Arg]:
    """The owners of an act that is the verb's subject: "Y's decision to expel ... drew criticism from X", "the Sudian
    move sparked protests from X", "the purchase by Y drew a rebuke from X" (its possessor, national modifier or "by"
    agent; not an "of" or other phrase, whose actor may be the act's patient)."""
    return [a for subject in _first_of(list(verb.children), {"nsubj"}) for a in noun_owners(ctx, subject)]


def noun_owners(ctx: _Context, noun: Token) -> list[Arg]:
    """The owners of an act named by a noun: its possessor ("Y's decision"), national modifier ("the Sudian move") or
    "by" agent ("the purchase by Y"); not an "of" or other phrase, whose actor may be the act's patient."""
    owners = [a for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and not _is_stance(c)
              for a in _actors(ctx, c, 0.85, noun)]
    owners += [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.85)]
    return [a for a in owners if a.entity.type in _ACTOR_TYPES]


#: Prepositions of what a complaint or appeal is about, beside its addressee's "with" or "to".
_COMPLAINED_PREPS = ("against", "about", "over")


def addressed_targets(ctx: _Context, anchor: Token) -> list[Arg]:
    """The target of a complaint made to an addressee: "filed a complaint with the Council against Y", "lodged a
    complaint with the WTO over Y's boycott", "complained to the League about Y" → Y, not the Council, the WTO or
    the League. The parse may hang the target's phrase on the complaint, on its light verb or on the addressee.

    Empty when the act has no "with" or "to" addressee or names no other target: "lodged a complaint with Y", where
    Y is the only party, is a complaint against Y.
    """
    holders = [anchor]
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "dobj" and anchor.head.pos_ in ("VERB", "AUX"):
        holders.append(anchor.head)
    addressees = [p for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
                  for p in c.children if p.dep_ == "pobj"]
    if not addressees:
        return []
    found: list[Arg] = []
    for holder in holders + addressees:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _COMPLAINED_PREPS:
                continue
            # ("lodged a complaint with Y over the deportation of Z-ian traders": the people deported are no target)
            for pobj in (p for p in prep.children if p.dep_ == "pobj" and not undergone_act(ctx, p)):
                own = _actors(ctx, pobj, 0.9)
                if not own:
                    # "over Y's boycott", "about the Sudian blockade": the owner of the act complained of
                    own = [a for c in pobj.children if c.dep_ in ("poss", "amod", "compound") and not _is_stance(c)
                           for a in _actors(ctx, c, 0.85, pobj)]
                found += [Arg(a.entity, a.score, prep.lower_) for a in own if a.entity.type in _ACTOR_TYPES]
    return list({a.entity.key: a for a in found}.values())


_CLAIMED = ("ASSAULT", "COERCE")
"""Categories of the acts a party claims as its own: an attack, a bombing, a kidnapping (PETRARCH2's CLAIM rows)."""


def claimed_by(noun: Token) -> Token | None:
    """The verb by which its subject owns the act a noun names, if any: "X claimed the attack" (a verb of ``claiming``
    with the act as its object), "X claimed (accepted, took) responsibility for the attack" (a verb of ``owning``
    whose object is a noun of ``owned`` with the act after "for", which the parse may hang on the verb)
    (``kg/data/event_doers.yaml``)."""
    claiming, owning, owned = claiming_words()
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in claiming:
        return head
    if noun.dep_ != "pobj" or head.lower_ != "for":
        return None
    holder = head.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in owned and holder.dep_ == "dobj":
        verb = holder.head
    elif holder.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in owned for c in holder.children):
        verb = holder  # "claimed responsibility [for the attack]" hung on the verb
    else:
        return None
    return verb if verb.pos_ == "VERB" and (verb.lemma_.lower() in owning or verb.lemma_.lower() in disowning_verbs()) else None


def _receiver_before(noun: Token) -> Token | None:
    """The receiver of a verb of giving that the parse hangs on the thing given as its modifier: "X gave [Y military
    aid]", "X will send [the Y army more support]" (a name that opens the object's phrase right after the verb, of
    ``giving`` in ``kg/data/event_doers.yaml``); not "X gave Y's aid", "X sent the Y aid", nor with a receiver of its
    own ("gave Y aid to Z")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in giving_verbs():
        return None
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for h in (verb, noun) for c in h.children):
        return None
    return next((c for c in noun.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1), None)


def _distinct(args: list[Arg]) -> list[Arg]:
    """The arguments, each entity once (the first mention kept)."""
    kept: dict[str, Arg] = {}
    for arg in args:
        kept.setdefault(arg.entity.key, arg)
    return list(kept.values())


#: Prepositions whose object lists the parties of a reciprocal event other than "between" ("cooperation among X, Y and Z").
_AMONG = ("among", "amongst")

#: Nouns of a gathering whose "of" object names those who meet ("a summit of X, Y and Z", "a meeting of the leaders of X and Y").
_GATHERINGS = {"summit", "meeting", "conference", "gathering", "session", "talk", "consultation"}


def _gathered_parties(ctx: _Context, noun: Token, children: list[Token], trigger: Trigger) -> list[Arg]:
    """The parties of a reciprocal event its "among" object lists ("cooperation among X, Y and Z"), or of a meeting its
    "of" object lists ("a summit of X, Y and Z", "a meeting of the foreign ministers of X and Y"), when they are two or
    more different actors; none for one ("a meeting of X's cabinet") nor for another noun ("the visit of X")."""
    preps = [c for c in children if c.dep_ == "prep" and c.lower_ in _AMONG]
    for prep in preps:
        parties = _distinct([a for p in prep.children if p.dep_ == "pobj" for a in _actors(ctx, p, 1.0)])
        if len(parties) >= 2 and all(a.entity.type in _ACTOR_TYPES for a in parties):
            return parties
    return gathering_parties(ctx, noun) if trigger.predicate.category == "CONSULT" else []


def gathering_of(noun: Token) -> list[Token]:
    """The objects of the "of" phrase of a noun of a gathering that may list those who meet ("a summit of Y and Z", "a
    meeting of the leaders of Y, Z and W"): a list, or a noun whose own "of" object is one."""
    if noun.lemma_.lower() not in _GATHERINGS:
        return []
    found = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [p for p in found if p.conjuncts or any(g.dep_ == "prep" and g.lower_ == "of" for g in p.children)]


def gathering_parties(ctx: _Context, noun: Token) -> list[Arg]:
    """The two or more different actors the "of" phrase of a gathering lists (:func:`gathering_of`): "a summit of Y, Z
    and W"; none for one ("a meeting of Y's cabinet") nor for things that are no actors."""
    parties = _distinct([a for p in gathering_of(noun) for a in _actors(ctx, p, 1.0)])
    return parties if len(parties) >= 2 and all(a.entity.type in _ACTOR_TYPES for a in parties) else []


def made_by_relative(verb: Token) -> bool:
    """Whether a relative clause on a noun is one of a light verb whose object is the relative word: "the raid, which Y's
    forces carried out inside Z,", "the deal that X reached with Y" (not "the plan, which X called fair")."""
    return verb.dep_ == "relcl" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _LIGHT_VERBS \
        and any(g.dep_ == "dobj" and g.lower_ in _RELATIVE for g in verb.children)


#: Nouns of a share of a whole ("60 percent of Y's exports", "half of its imports").
_PORTION_NOUNS = _PORTIONS | {"fraction", "proportion"}
#: Verbs whose subject holds a share named by their object or their "for" phrase ("accounts for", "takes", "buys").
_SHARE_VERBS = {"account", "take", "buy", "purchase", "absorb", "receive", "represent", "make"}


def _share_takers(ctx: _Context, noun: Token) -> list[Arg]:
    """The subjects of a verb whose object is a share of a noun's whole: "X accounts for 60 percent of Y's exports",
    "X takes half of Y's imports", "X buys most of Y's exports" (X, the noun "exports"); none for a share no verb
    holds ("60 percent of Y's exports go to X" is read by its "to")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    share = noun.head.head
    if share.lemma_.lower() not in _PORTION_NOUNS:
        return []
    verb = share.head if share.dep_ == "dobj" else share.head.head if share.dep_ == "pobj" and share.head.lower_ in ("for", "up") else None
    if share.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ == "up" for c in share.head.children):
        verb = share.head  # "X makes up a third of Y's imports"
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SHARE_VERBS:
        return []
    return [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, verb)]


def _noun_args(ctx: _Context, noun: Token, trigger: Trigger) -> tuple[list[Arg], list[Arg]]:
    subjects: list[Arg] = []
    objects: list[Arg] = []
    children = list(noun.children)
    # Agents: "by X", also through a participle: "the support provided by X".
    # ("talks between Y, represented by its envoy, and Z": the parse may hang a party's own participle on the noun)
    skipped = {i for c in children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" and (found := interruption(p)) is not None
               and _actor(ctx, p, 1.0, p) is not None for i in found.modifier}
    # ("the sanctions, which were imposed by X on Y,": a passive relative clause on the noun reads as its participle)
    holders = [noun] + [c for c in children if c.i not in skipped and (c.dep_ == "acl" or (
        c.dep_ == "relcl" and any(g.dep_ == "nsubjpass" and g.lower_ in _RELATIVE for g in c.children)))]
    # ("the visit, the first by a Y leader to Z in a decade,": an ordinal in apposition stands for the noun it counts)
    counting = [c for c in children if c.dep_ == "appos" and (c.ent_type_ == "ORDINAL" or c.lower_ in _COUNTING)]
    holders += counting
    # ("the sanctions, which X imposed on Monday,", "the raid, which X's forces carried out inside Y,": a relative clause
    # of a light verb whose object is the noun names its doer as its subject; not "the plan, which X called fair")
    made = [c for c in children if made_by_relative(c)]
    # ("Imposed by X on Monday, the sanctions target Y": a fronted participle of a light verb on the clause the noun is
    # the subject of)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        made += [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < noun.i
                 and c.lemma_.lower() in _LIGHT_VERBS and any(g.dep_ == "agent" for g in c.children)]
    holders += made
    # ("talks between Y and Z, mediated by X": a third party's participle names no side of the talks)
    sides = [noun] + [c for c in holders[1:] if c.lemma_.lower() not in _THIRD_PARTY]
    agents = [pobj for holder in sides for prep in holder.children if prep.dep_ in ("prep", "agent") and prep.lower_ == "by" for pobj in prep.children if pobj.dep_ == "pobj"]
    agents += [g for c in made if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj" and g.lower_ not in _RELATIVE]
    # ("the visit, Y's first to Z": the counting word's owner)
    agents += [g for c in counting for g in c.children if g.dep_ == "poss"]
    after = _agents_after_patient(noun, ctx.event_nouns, ctx)
    agents += after
    if not agents:
        agents = _agents_on_actors(ctx, noun)
    if not agents:
        agents = [a for a in _act_agents(ctx, noun) if a.head.head.i != noun.i]  # hung on the verb, not the noun's own "by"
    for agent in agents:
        subjects += _actors(ctx, agent, 1.0)
    stranded = [a for agent in agents for a in _stranded_objects(ctx, agent)]
    # ("the first by a Y leader to Z": the parse hangs the counted event's "to Z" on its agent)
    stranded += [a for agent in agents if agent.head.head.i in {c.i for c in counting}
                 for prep in agent.children if prep.dep_ == "prep" and prep.lower_ == "to"
                 for pobj in prep.children if pobj.dep_ == "pobj" for a in _actors(ctx, pobj, 0.9)]
    receiver = _receiver_before(noun)
    for child in children:
        if receiver is not None and child.i == receiver.i:
            objects += _actors(ctx, child, 0.9, noun)  # "X gave [Y military aid]": Y receives, X gives
            continue
        # "anti-Russian protests" are against Russia, "pro-Russian rallies" not by Russia.
        if child.dep_ in ("poss", "amod", "compound", "nmod") and not _is_stance(child):
            if child.lemma_.lower() in trigger.extra and child.dep_ != "poss":
                continue  # the trigger's own word ("[Visa] restrictions"), though a name's spelling, names no party
            if trigger.holder:
                objects += _actors(ctx, child, 0.85, noun)  # "Y's main backer": Y is backed
            else:
                subjects += _actors(ctx, child, 0.85, noun)
    led: list[Arg] = []
    if trigger.predicate.category == "ASSAULT" or noun.lemma_.lower() in _LED_ACTS | _LED_INQUIRIES:
        # "the X-led offensive against Y", "the X-led blockade of Y" (CAMEO 191), "the X-led inquiry into Y" (09)
        led = [a for a in _led_act_doers(ctx, noun) if all(a.entity.key != s.entity.key for s in subjects)]
        subjects += led
    if not subjects:
        subjects = _group_members(ctx, noun)  # "X is part of the coalition against Y"
    between = [p for h in (noun, *counting) for c in h.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
    if not between:
        between = between_after_participle(holders[1:])
    if not between and trigger.pair:
        between = between_of_occurrence(noun)  # "fighting broke out between X and Y"
    # a reciprocal event between three or more parties holds between each two of them ("talks between X, Y and Z")
    mutual = trigger.pair or (trigger.predicate.name in _RECIPROCAL and noun.lemma_.lower() not in _ONE_WAY)
    if not between and (trigger.pair or trigger.predicate.category in ("CONSULT", "COOPERATE")) and (hyphened := _hyphen_pair(ctx, children)):
        # "India-Pakistan talks", "US-China trade talks": the two sides of the hyphen are the parties; "the X-Y-Z talks" three
        return (hyphened, []) if trigger.pair or (mutual and len(hyphened) > 2) else (hyphened[:1], hyphened[1:])
    if not between and not subjects and mutual and (gathered := _gathered_parties(ctx, noun, children, trigger)):
        return gathered, []
    if between:
        parties = _actors(ctx, between[0], 1.0)
        if (trigger.pair or (mutual and not subjects and len(_distinct(parties)) > 2)) and len(parties) >= 2:
            return _distinct(parties), []
        if not subjects and len(parties) >= 2 and trigger.predicate.range in ("Actor", "Country"):
            # "talks between Armenia and Azerbaijan": the first party acts towards the others.
            return parties[:1], parties[1:]
        objects += parties
    if not subjects and (protested := _in_protest(noun)) is not None:
        # "X walked out of the talks in protest against Y", "boycotted the summit in protest at Y's raids": the idiom is
        # the clause subject's protest, wherever the parse hangs it; its target may hang on the verb
        subjects = [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, protested)]
        if not any(c.dep_ == "prep" and c.lower_ in _PROTESTED_PREPS for c in children):
            holders = [protested] if noun.head.head.i == protested.i else [noun.head.head, protested]
            objects += [a for holder in holders for a in _prep_objects(ctx, holder, 0.85)
                        if a.prep in _PROTESTED_PREPS and all(a.entity.key != s.entity.key for s in subjects)]
    if not subjects and noun.dep_ == "appos":
        # "Norland, a long-standing ally of Sudia": the appositive's head
        subjects = _actors(ctx, noun.head, 0.9, noun)
    if not subjects and trigger.predicate.category == "ASSAULT":
        subjects = _joined_in(ctx, noun)  # "X joined Y in the fight against Z": X and Y fight Z
    # "gathered for a rally against X", "flew to Y for talks", "is in Y for talks" (being somewhere for the event)
    framed: Token | None = None  # the clause whose subject takes part in the event its occasion phrase names
    gathered = noun.head.lower_ == "for" and (noun.head.head.lemma_.lower() in _GATHERING or (
        noun.head.head.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.head.head.children)))
    if not subjects and noun.dep_ == "pobj" and (noun.head.lower_ in _WHILE_PREPS or gathered) and noun.head.head.pos_ in ("VERB", "AUX") \
            and _takes_part(noun, trigger):
        # "after a meeting with the king", "during a trip to Sudia", "gathered for a rally": the main clause's subject takes part
        # ("urged Sudia to fund the port after a meeting with its king": the one who urged).
        clause = noun.head.head
        while (clause.dep_ in ("xcomp", "pcomp") or _bare_participle(clause)) and clause.head.i != clause.i:
            # "took to burning tyres during the protests": up to the main verb; "Speaking after talks with Y, X said":
            # a participle without a subject of its own is the main clause subject's
            clause = clause.head.head if clause.dep_ == "pcomp" else clause.head
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children) and not _helps_another(ctx, clause, noun, trigger):
            # not a passive's agent: "X was indicted by Y's court for crimes during the war against Z" (Y took no part)
            subjects = [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, clause)]
            framed = clause
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "on" and _on_a_journey(noun) and noun.head.head.pos_ in ("NOUN", "PROPN"):
        subjects = _actors(ctx, noun.head.head, 0.85)  # "The X president, on a visit to Y, held talks": the traveller
    for holder in holders:
        for arg in _prep_objects(ctx, holder, 0.9):
            if all(arg.entity.key != s.entity.key for s in subjects):
                objects.append(arg)
    if not objects and trigger.predicate.name == "tradesWith":
        # "X accounts for 60 percent of Y's exports", "X takes half of Y's imports": who holds the share trades with Y
        objects += [a for a in _share_takers(ctx, noun) if all(a.entity.key != s.entity.key for s in subjects)]
    if not objects and (to := borrowed_to(ctx, noun)) is not None:
        # "thanked Y for its aid to Z", "protested Y's arms sales to Z": the "to" phrase the parse hangs on the verb
        objects += [Arg(a.entity, a.score, "to") for p in to.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)
                    if all(a.entity.key != s.entity.key for s in subjects)]
    if framed is not None and trigger.predicate.category == "CONSULT" and not trigger.pair and not objects:
        # "In a phone call, X told Y that ...", "During talks in Z, X urged Y to ...": a conversation with no partner of
        # its own is held with the one the clause's subject speaks to
        objects = _addressees(ctx, framed, subjects)
    if after and not [o for o in objects if o.entity.type is not EntityType.TOPIC]:
        # "the extradition of a suspect to Y by X": with the agent hung on the patient, the patient reads as X's;
        # the patient's other prepositions still name the target
        for patient in {a.head.head.i: a.head.head for a in after}.values():
            objects += [
                Arg(a.entity, a.score * 0.9, "of", inner=True, via=inner.lower_)
                for inner in patient.children if inner.dep_ == "prep" and inner.lower_ in ("with", "to", "for", "of")
                for p in inner.children if p.dep_ == "pobj"
                for a in _actors(ctx, p, 0.9) if all(a.entity.key != s.entity.key for s in subjects)
            ]
    if trigger.kind == "verb" or (noun.lemma_.lower() in _CARRIERS and not objects):
        # "the lifting of sanctions on Y": the "of" object of an act read as its verb is the verb's
        # object, and its target may be in a phrase of it ("lifted sanctions on Y"); so for an act carried by a
        # noun ("a package of sanctions on Y")
        for pobj in (p for c in children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
            inside = [p for c in pobj.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
            if trigger.pair and not subjects and inside and len(parties := _actors(ctx, inside[0], 1.0)) >= 2:
                return parties, []  # "the establishment of relations between X and Y", as "X and Y established relations"
            if not _actors(ctx, pobj, 1.0):
                objects += [a for a in _prep_objects(ctx, pobj, 0.9) if all(a.entity.key != s.entity.key for s in subjects + objects)]
    objects += [a for a in stranded if all(a.entity.key != s.entity.key for s in subjects + objects)]
    if trigger.predicate.category == "ASSAULT" and subjects and not [o for o in objects if o.entity.type is not EntityType.TOPIC]:
        # "the raid, carried out by Y's special forces inside Z,": the parse hangs where the blow fell on its agent
        objects += [Arg(a.entity, a.score, prep.lower_, place=True) for agent in agents
                    for prep in agent.children if prep.dep_ == "prep" and prep.lower_ in ("in", "inside")
                    for pobj in prep.children if pobj.dep_ == "pobj" for a in _actors(ctx, pobj, 0.85)
                    if a.entity.type is EntityType.COUNTRY and all(a.entity.country != s.entity.country for s in subjects)]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _AIMING and subjects \
            and not [o for o in objects if o.entity.type is not EntityType.TOPIC]:
        # "the sanctions, imposed by X and Z on Monday, target Y's banks", "the strikes, ordered by X, hit Y", "are
        # aimed at Y's oligarchs": the act is aimed at what the clause's verb names
        aims = [c for c in noun.head.children if c.dep_ == "dobj"] if noun.dep_ == "nsubj" else []
        aims += [p for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("at", "against") for p in c.children if p.dep_ == "pobj"]
        objects += [a for c in aims for a in _actors(ctx, c, 0.9) if all(a.entity.key != s.entity.key for s in subjects)]
    # "fired shells, drones and missiles at X": a conjunct shares the first conjunct's verb
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i != first.i:
        first = first.head
    # "pledged $500 million in aid to Y", "provided 2 billion yen in assistance": the amount stands for the act
    first = amount_of(first) or first
    # "launched missile, drone, and artillery attacks": a list of modifiers may be parsed as a noun
    # modifying the verb whose last conjunct is the event; that noun stands for the verb's object
    listed = first.dep_ == "npadvmod" and first.i != noun.i and first.head.pos_ == "VERB"
    if not objects and first.i != noun.i:
        # "launched mortar, rocket and artillery attacks on Y": the parse may hang "on Y" on the first conjunct
        objects = [a for a in _prep_objects(ctx, first, 0.9) if all(a.entity.key != s.entity.key for s in subjects)]
    verb = first.head if listed else _clause_verb(first)
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children) and first.dep_ == "dobj"
    # "X vowed a new offensive", "X planned an offensive against Y", "X postponed the talks with Y": the act promised
    # or scheduled is the subject's, still to come (``noun_modality``: intended)
    promised = first.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in _PROMISING | _AHEAD
    # "signed a strategic partnership with Y", "formed an alliance with Y": the tie is made by the verb's subject
    tied = trigger.predicate.category == "STRUCTURAL" and trigger.pair and verb is not None and verb.lemma_.lower() in _MAKING_TIES
    if (assuring := assuring_verb(first)) is not None:
        verb = assuring
    if first.dep_ == "pobj" and verb is not None and (first.head.head.i == verb.i or assuring is not None) and (
            (first.head.lower_ == "with" and verb.lemma_.lower() in supplying_verbs()) or assuring is not None):
        # "X provided Y with support", "Y was supplied with backing by X": the act in the "with" phrase of a verb of
        # supplying is the verb subject's, done for the verb's object, as in "X provided support to Y"; so is the act in
        # the "of" phrase of a verb of assuring ("X assured Y of its support": promised, kg.extract._modality)
        if not subjects:
            subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb)]
        if not objects:
            objects = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in _actors(ctx, c, 0.9)
                       if all(a.entity.key != s.entity.key for s in subjects)]
    if first.dep_ == "pobj" and first.head.lower_ == "with" and verb is not None and first.head.head.i == verb.i and _responding(verb):
        # "X retaliated with airstrikes on Y", "X hit back with sanctions against Y": the act answered with is the verb
        # subject's; its target, when the noun names none, is the verb's ("retaliated against Y with strikes")
        if not subjects:
            subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb)]
        if not objects:
            objects = [a for a in _prep_objects(ctx, verb, 0.9) if a.prep != "with" and all(a.entity.key != s.entity.key for s in subjects)]
    # "X agreed to new sanctions on Y": an act agreed to is the agreeing subject's, as after a light verb
    agreed_to = first.dep_ == "pobj" and first.head.lower_ == "to" and verb is not None and first.head.head.i == verb.i \
        and verb.lemma_.lower() in _AGREEING_TO and trigger.predicate.category != "AGREE"
    # "X voted for sanctions against Y", "X voted in favour of new sanctions on Y": so is an act voted for
    agreed_to = agreed_to or (verb is not None and trigger.predicate.category != "AGREE" and (voted := act_voted_for(first)) is not None and voted.i == verb.i)
    if (first.dep_ in ("dobj", "attr", "nsubjpass") or listed or agreed_to) and verb is not None and (verb.lemma_.lower() in _LIGHT_VERBS or first.dep_ == "attr" or own or promised or tied or agreed_to):
        # light verbs hand the event to their object; "X reaffirmed its support": "its" is X
        if not subjects:
            subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb)]
        elif led and len(led) == len(subjects) and verb.lemma_.lower() == "join":
            # "X joined the Y-led coalition against Z": who joins fights beside the leader
            subjects += [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb) if all(a.entity.key != s.entity.key for s in subjects)]
        if not objects:
            objects = [a for a in _prep_objects(ctx, verb, 0.9) if all(a.entity.key != s.entity.key for s in subjects)]
            objects += [a for d in _first_of(list(verb.children), {"dative"}) for a in _actors(ctx, d, 0.9)]
            # "sanctions were imposed by the EU on Y": the parse may hang the target on the passive's agent
            objects += [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                        for a in _stranded_objects(ctx, p) if all(a.entity.key != s.entity.key for s in subjects)]
        elif all(o.prep == "in" for o in objects):
            # "held a rally in Manila against Y", "staged a protest in X against Y": the noun's "in" names where
            # the act is held; the light verb's own phrase of a target, when it has one, names whom it is done to
            aimed = [a for a in _prep_objects(ctx, verb, 0.9) if a.prep not in (None, "in") and all(a.entity.key != s.entity.key for s in subjects)]
            objects = aimed or objects
    if not subjects and trigger.predicate.category in _CLAIMED and (claimer := claimed_by(first)) is not None:
        # "X claimed the rocket attack on Y", "X claimed responsibility for the bombing of Y's bus": the act owned is X's
        subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, claimer)]
    if not subjects and (seeker := sought_standing(noun)) is not None:
        # "X applied for membership of Y", "X sought membership in Y": the one who asks is the member to be
        subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, seeker)]
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX") \
            and noun.head.head.lemma_.lower() in _SERVING_AS:
        # "X acted as a mediator between Y and Z", "X served as the main mediator": the role is the subject's, as in "X is a mediator"
        subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, noun.head.head)]
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.lemma_.lower() in faring_nouns():
        # "X welcomed Y's progress in the fight against Z", "Y's gains in the war with Z": the owner takes part
        subjects = [Arg(a.entity, a.score * 0.9) for c in noun.head.head.children if c.dep_ == "poss" for a in _actors(ctx, c, 0.9)]
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "as" and (holder := with_role_holder(noun.head)) is not None:
        # "with X as mediator, Y and Z signed ...", "Y and Z signed a deal with X as mediator": the role is the
        # "with" phrase's object's (the sides are the clause's: _constructions._mediated_sides)
        subjects = _actors(ctx, holder, 0.9)
    if not subjects and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in light_nouns() \
            and noun.head.head.pos_ == "NOUN":
        subjects = _light_noun_doers(ctx, noun.head.head)
    if (pledge := pledge_of(noun)) is not None and trigger.predicate.category != "AGREE":
        # "X's pledge of aid to Y", "a promise of support for Y by X": the pledge's owner does the act pledged, for the
        # one its "to" or "for" phrase names when the act's noun names no one (intended: _modality.noun_modality)
        subjects = subjects or _light_noun_doers(ctx, pledge)
        if not [o for o in objects if o.entity.type is not EntityType.TOPIC]:
            # ("X made a pledge of aid to Y": the parse may hang the phrase on the light verb)
            light = [pledge.head] if pledge.dep_ == "dobj" and pledge.head.lemma_.lower() in _LIGHT_VERBS else []
            objects += [a for h in (pledge, *light) for a in _prep_objects(ctx, h, 0.9) if a.prep in ("to", "for") and not a.inner
                        and all(a.entity.key != s.entity.key for s in subjects)]
        thanker = pledge.head.head if pledge.dep_ == "pobj" and pledge.head.lower_ == "for" else pledge.head if pledge.dep_ == "dobj" else None
        if not [o for o in objects if o.entity.type is not EntityType.TOPIC] and thanker is not None and thanker.pos_ in ("VERB", "AUX") \
                and thanker.lemma_.lower() in _RECEIVING:
            # "Y thanked X for its pledge of aid", "Y welcomed X's promise of support": as "thanked X for its aid", the one
            # who thanks or welcomes is whom the act pledged is for when the pledge names no one
            objects += [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, thanker)
                        if all(a.entity.key != s.entity.key for s in subjects)]
    # (an attack undergone, "came under attack from Y", is read by kg/extract/_constructions.py, _undergone)
    met = first.head.head if first.dep_ == "pobj" and first.head.head.pos_ in ("VERB", "AUX") and trigger.predicate.category != "ASSAULT" else None
    if met is not None and f"{met.lemma_.lower()} {first.head.lower_}" in undergoing_phrases():
        verb = met  # "Y came under criticism from X", "Y's plan met with protests from X": as "drew criticism from X"
    elif met is not None:
        met = None
    if not subjects and verb is not None and not trigger.pair and (met is not None or (first.dep_ == "dobj" and verb.lemma_.lower() in _GETTING | undergoing_verbs())):
        # "Y received aid from X", "Y secured $3 billion in loans from X", "Y got a warning from X": X gives, Y gets;
        # "Y drew criticism from X", "Y's decision sparked protests from X": X acts on Y
        givers = [a for holder in (verb, first, noun) for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
        if not givers and met is None and verb.lemma_.lower() in undergoing_verbs():
            givers = _judges_drawn(ctx, verb, noun, trigger)
        if givers:
            getters = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb)]
            undergone = met is not None or verb.lemma_.lower() in undergoing_verbs()
            if not getters and undergone:
                getters = _act_owners(ctx, verb)
            # ("drew criticism from X and Z": each critic acts on the subject)
            doers = list({g.entity.key: g for g in givers}.values()) if undergone else givers[:1]
            keys = {d.entity.key for d in doers}
            return doers, [g for g in getters if g.entity.key not in keys]
    about = any(c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS for h in holders for c in h.children)
    thanked_for = noun.dep_ == "pobj" and noun.head.lower_ == "for" and verb is not None and noun.head.head.i == verb.i
    topics_only = bool(objects) and all(o.entity.type is EntityType.TOPIC for o in objects)
    open_object = (not objects and not about) or (thanked_for and (not objects or topics_only))
    # ("X welcomed Y's request that Z reopen the border": a clause of the noun with a subject of its own names who is
    # to act, not the one who welcomes; kg/extract/_nested_demands.py reads it)
    open_object = open_object and not any(c.dep_ in ("acl", "advcl", "ccomp") and any(
        g.dep_ == "nsubj" and g.lower_ not in _RELATIVE and g.pos_ != "PRON" and _actors(ctx, g, 0.9) for g in c.children) for c in children)
    if open_object and not trigger.pair and subjects and verb is not None and (noun.dep_ == "dobj" or thanked_for) \
            and verb.lemma_.lower() in _RECEIVING and trigger.predicate.name != "mediates" \
            and trigger.predicate.category not in aimed_categories():
        # "Ukraine welcomed the support provided by Poland": the one who welcomes is the beneficiary; so is the one who
        # thanks or praises another "for" its help ("Y thanked X for its military aid", "for its support in modernising
        # the line": what the help is in is no beneficiary). One who praises a mediation is not thereby one of its sides
        # ("X praised Y's mediation efforts": between whom the sentence does not say). Nor is one who welcomes an act aimed at
        # a target ("X applauded Y's investigation into the crash": the crash is investigated, not X)
        objects = [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, verb)]
    if trigger.pair and not objects and len(subjects) < 2:
        # "the Norland-Sudia partnership", "Norlandic-Sudian ties of close alliance"
        # (not the clause's words when a fight is its act's cause or matter: "X recalled its envoy over the Y war" is
        # no war of X's, "X cut ties with Y amid the war" none of X and Y's; "X and Y talked about cooperation" is read
        # as their cooperation, as "discussed cooperation" is)
        matter = trigger.predicate.category == "ASSAULT" and matter_phrase(noun)
        # (nor when the noun names a side of its own and is the matter of its clause: "X criticized Y over the Taiwan
        # arms sale" is no sale between X and Taiwan)
        own_side = any(_actors(ctx, t, 0.85, noun) for left in noun.lefts for t in left.subtree) and matter_phrase(noun)
        lefts = list(noun.lefts) + (list(noun.head.head.lefts) if noun.dep_ == "pobj" and not matter and not own_side else [])
        modifiers = [t for left in lefts for t in left.subtree]
        parties = [a for t in modifiers if not _is_stance(t) for a in _actors(ctx, t, 0.85, noun)]
        unique = list({a.entity.key: a for a in parties}.values())
        if len(unique) >= 2:
            return unique, []
        if len(subjects) == 1 and any((c.dep_ == "poss" and c.lower_ in _FIRST_PERSON) or c.lower_ in _BILATERAL for c in children):
            # "our close cooperation" in a message to the other side of the dyad
            others = [Arg(c, 0.8) for c in ctx.dyad if c and c.key != subjects[0].entity.key]
            if len(others) == 1 and len(ctx.dyad) == 2 and any(c and c.key == subjects[0].entity.key for c in ctx.dyad):
                return subjects, others
        if not subjects and noun.dep_ in ("nsubj", "dobj", "pobj"):
            dyad = [Arg(c, 0.8) for c in local_pair(ctx, noun)]
            # "bilateral cooperation", or "ties, which amount to a close partnership": the pair at this
            # point of the article (the sides of the last meeting, else the two countries named most)
            about_ties = not matter and any(a.lemma_.lower() in _TIES for a in noun.ancestors)
            if len(dyad) == 2 and (about_ties or any(c.lower_ in _BILATERAL for c in children)):
                return dyad, []
    return subjects, objects


#: Nouns of shots and blows that name where they come from by "from" ("fire from Y", "shelling from Y", "a barrage from
#: Y"), as their doer's adjective does ("Yish fire", "Yish shelling").
_FIRED_ACTS = frozenset({"fire", "gunfire", "shellfire", "cannonfire", "shelling", "bombardment", "barrage", "salvo", "volley"})
#: Munitions whose participle of launching may name where they were fired from ("rockets fired from Y").
_FIRED_MUNITIONS = frozenset({"missile", "rocket", "shell", "bomb", "mortar", "projectile", "grenade", "munition", "drone", "round"})


def fired_from(ctx: _Context, noun: Token) -> list[Arg]:
    """The state that fire or a munition comes from, when no one who fired it is named: "fire from Y", "shelling
    from Y", "artillery fire from Y's territory", "shells fired from Y" (a munition's participle of launching with no
    agent), read by :func:`launch_countries`. Invented examples: "Two Norlandic guards were wounded by fire from Y",
    "Shells fired from Y hit a Z town" (Y attacks). Not "from Z-city" (where, not who), nor a weapon from a country
    with no launching ("drones from Y" may be supplied, not fired, by Y)."""
    lemma, low = noun.lemma_.lower(), noun.lower_
    if noun.pos_ not in ("NOUN", "VERB") or any(c.dep_ in ("poss", "amod", "compound", "nmod") and ctx.mention(c) for c in noun.children):
        return []
    sites: list[Token] = []
    if lemma in _FIRED_ACTS or low in _FIRED_ACTS:
        sites = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    elif lemma in _FIRED_MUNITIONS:
        participles = launch_words()[0]
        sites = [p for acl in noun.children if acl.dep_ == "acl" and acl.lower_ in participles and not any(c.dep_ == "agent" for c in acl.children)
                 for c in acl.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    return [a for site in sites for a in launch_countries(ctx, site)]


_OWN_GROUND = frozenset({"territory", "soil", "side"})
"""Nouns of a state's own ground, whose owner names the state a weapon is launched from ("from Y's territory", "from
Yish soil", "from the Yish side")."""


def launch_countries(ctx: _Context, site: Token) -> list[Arg]:
    """The state a weapon is launched from when no one who launched it is named: a country's own name ("rockets fired
    from Y", "from southern Y") or the owner of its own ground ("from Y's territory", "from Yish soil", "from the
    territory of Y"). Event coders code the launching state's territory as the attacker when no actor is named
    (PETRARCH2 codes the source country of "fired from Y"); a city or region of a state ("fired from Z-city") names
    where, not the state: nothing, as a non-state group may hold it."""
    def own_name(token: Token) -> list[Arg]:
        m = ctx.mention(token)
        if m is None or m.entity.type is not EntityType.COUNTRY or m.text in cities() or m.text in regions() or m.text in metonyms():
            return []
        return [Arg(m.entity, 0.8)]
    if site.lemma_.lower() in _OWN_GROUND or site.lower_ in _OWN_GROUND:
        owners = [c for c in site.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        owners += [p for c in site.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return [a for o in owners for a in own_name(o)]
    return own_name(site) if site.pos_ == "PROPN" else []
