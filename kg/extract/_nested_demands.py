"""Requests and warnings named inside another act (private to ``patterns.v1``): "X ignored Y's call for Z to withdraw".

A noun of request or warning (the lexicon's own: "call for", "demand", "request", "appeal", "plea", "warning",
"ultimatum", "invitation"; ``kg/data/nested_demands.yaml``) that another verb governs names an act of its own, done
whatever that verb says of it: "Peru ignored Chile's call for Bolivia to withdraw its claim" is Peru's rejection of
Chile and Chile's demand on Bolivia. The verb's own reading keeps deciding over the noun's (``patterns``: "ignore a
call" is a rejection), so the request is read here, from the noun's phrase, when it names both sides:

* its maker, the noun's owner: a possessor ("Y's demand"), an adjective ("Y-ian demands"), "from Y" or "by Y";
* whom it is addressed to: the subject of its "that" clause ("Y's demand that Z halt the tests"), the subject of
  its "for ... to" clause ("Y's call for Z to leave"), its "to" phrase ("Y's warning to Z"); a pronoun subject of
  the clause stands for the governing verb's subject ("X rejected Y's demand that it halt the tests": X was asked),
  and so does the missing subject of an infinitive after a verb by which the one asked answers
  ("X ignored Y's warnings not to supply missiles", "X accepted Y's invitation to attend").

The request was made, so it is asserted even when the governing verb is negated or a refusal ("X has not replied
to Y's request that it hand over the suspects", "X is expected to reject Y's demand that it ..."); not when the
governing verb is only possible or intended and the noun names no request already made ("X may reject any Y-ian
demand that it ..."). The object of a light verb with no owner of its own is the light verb's subject's request, with that verb's
modality ("Y issued a demand that Z withdraw", "Y will send an ultimatum to Z"). A noun with no owner under another
verb ("rejected calls for Z to resign"), or one whose addressee is not named, gives nothing; nor does a relative
clause ("the demand that X rejected") or a noun whose complement is its maker's own act ("Y's threat to cut ties"), nor a warning of a danger ("Y's storm warning to Z").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Span, Token

from kg.extract._arguments import Arg, _actors, _subjects_of_verb
from kg.extract._context import _Context
from kg.extract._discourse import _DEFINITE
from kg.extract._modality import _modality
from kg.extract._words import _ACTOR_TYPES, _LIGHT_VERBS, _RELATIVE
from kg.extract.lexicon import Trigger
from kg.model import Modality

#: Personal pronouns that, as the subject of a request's clause, stand for the governing verb's subject.
_PRONOUNS = {"it", "they"}
#: Dependency labels of a clause the parse hangs on a noun.
_CLAUSES = ("acl", "advcl", "ccomp", "relcl")


@dataclass(frozen=True)
class NestedDemand:
    """One request read inside another act: the noun, its lexicon trigger, who made it and whom it asks."""

    noun: Token
    governing: Token
    trigger: Trigger
    subjects: list[Arg]
    objects: list[Arg]
    modality: Modality = Modality.ASSERTED  # a request made by the light verb's subject takes the verb's


@cache
def _data() -> dict[str, list[str]]:
    data: dict[str, list[str]] = yaml.safe_load(resources.files("kg.data").joinpath("nested_demands.yaml").read_text(encoding="utf-8"))
    return data


@cache
def answering_verbs() -> frozenset[str]:
    """Verbs by which the one asked answers a request (``answering`` of ``kg/data/nested_demands.yaml``)."""
    return frozenset(_data()["answering"])


def request_nouns(nouns: Mapping[str, Sequence[Trigger]]) -> dict[str, Trigger]:
    """The lexicon's nouns of request or warning, each with its plain trigger: a REQUEST predicate, or THREATEN
    coded 13x, read with no word but "for" ("call for"), less the nouns of one's own act.

    >>> from kg.extract.lexicon import load_lexicon
    >>> found = request_nouns(load_lexicon().nouns)
    >>> found["demand"].predicate.name, found["warning"].predicate.name, "threat" in found
    ('demands', 'threatens', False)
    """
    own = set(_data()["own_act_nouns"])
    found: dict[str, Trigger] = {}
    for lemma, triggers in nouns.items():
        if lemma in own:
            continue
        for trig in triggers:
            if trig.prep_object or not set(trig.extra) <= {"for"}:
                continue
            category = trig.predicate.category
            if category == "REQUEST" or (category == "THREATEN" and (trig.cameo or "").startswith("13")):
                found[lemma] = trig
                break
    return found


def nested_demands(ctx: _Context, sent: Span, nouns: Mapping[str, Trigger]) -> list[NestedDemand]:
    """The requests of a sentence named by a noun another verb governs (see the module's docstring)."""
    found: list[NestedDemand] = []
    for noun in ctx.tokens(sent):
        trigger = nouns.get(ctx.lemmas[noun.i])
        if trigger is None or noun.pos_ != "NOUN":
            continue  # most tokens are no such noun: the word is tested first
        if trigger.extra and not any(c.dep_ == "prep" and c.lower_ in trigger.extra for c in noun.children) \
                and not any(m.dep_ == "mark" and m.lower_ in trigger.extra for c in noun.children if c.dep_ in _CLAUSES for m in c.children):
            continue  # "a call for Y to act" ("for" may be the marker of the clause), not "a phone call"
        governing = _governing_verb(noun)
        if governing is None:
            continue
        if trigger.predicate.category == "THREATEN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ and ctx.mention(c) is None for c in noun.children):
            continue  # "Y's tsunami warning to Z", "a travel warning": a danger warned of, no threat
        modality = _modality(governing)
        makers = [a for a in _makers(ctx, noun) if a.entity.type in _ACTOR_TYPES]
        light = not makers and ctx.lemmas[governing.i] in _LIGHT_VERBS and noun.dep_ == "dobj"
        if light:
            # "X issued a demand that Y withdraw": a light verb's object is its subject's act, with the verb's modality
            # ("X did not issue a demand that ...": negated; "X will issue a demand ...": intended)
            makers = [a for a in _subjects_of_verb(ctx, governing) if a.entity.type in _ACTOR_TYPES]
        elif modality in (Modality.POSSIBLE, Modality.INTENDED) and not _made(noun):
            continue  # "X may reject any Y-ian demand that it ...": no demand need have been made
        if not makers:
            continue
        own = {a.entity.key for a in makers} | {a.entity.country for a in makers if a.entity.country}
        asked = [a for a in _addressees(ctx, noun, governing, light) if a.entity.type in _ACTOR_TYPES
                 and a.entity.key not in own and (not a.entity.country or a.entity.country not in own)]
        if asked:
            found.append(NestedDemand(noun, governing, trigger, makers, asked, modality if light else Modality.ASSERTED))
    return found


def _made(noun: Token) -> bool:
    """Whether a noun names a request already made whatever is still to come of it: a possessed or definite one ("X is
    expected to reject Y's demand", "the request from Y"), not "any (a) Y-ian demand"."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is: its direct object ("rejected Y's demand"), the object of its preposition
    ("complied with Y's demand", "replied to Y's request") or its passive subject ("Y's demand was rejected")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _makers(ctx: _Context, noun: Token) -> list[Arg]:
    """Who made the request: the noun's possessor ("Y's"), adjective or compound ("Y-ian demands"), or the object of
    its "from" or "by" phrase ("a request from Y")."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for p in c.children if p.dep_ == "pobj"]
    return [a for o in owners for a in _actors(ctx, o, 0.9, noun)]


def _addressees(ctx: _Context, noun: Token, governing: Token, light: bool = False) -> list[Arg]:
    """Whom the request asks: its "to" phrase, or the subject of its clause, a pronoun there standing for the governing
    verb's subject; an infinitive with no subject of its own after a verb of answering asks that verb's subject.
    ``light``: the governing verb is the request's own light verb, whose subject made it (no pronoun or infinitive
    stands for the one asked then)."""
    # ("a warning from Y to Z": the parse may hang the "to" phrase on the maker's "from")
    preps = [c for c in noun.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ in ("from", "by") for g in c.children if g.dep_ == "prep"]
    if light or ctx.lemmas[governing.i] in answering_verbs():
        # ("ignored a warning from Y to Z": or on a verb of answering, right after the noun's phrase; such a verb has no
        # "to" of its own there)
        preps += [c for c in governing.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
    asked = [a for c in preps if c.lower_ == "to" for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9, noun)]
    clauses = [c for c in noun.children if c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX")]
    if light or ctx.lemmas[governing.i] in answering_verbs():
        # ("complied with Y's demand that it close the crossing": the parse may hang the "that" clause on the verb of
        # answering, right after the noun, which takes no such clause of its own)
        clauses += [c for c in governing.children if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    for clause in clauses:
        kids = list(clause.children)
        if _relative(kids):
            continue  # "the demand that X rejected": the clause says what was done with the noun
        if any(k.dep_ in ("nsubjpass", "auxpass") for k in kids):
            continue  # "Y's demand that Z be included": a passive's subject is what is acted on, not the one asked
        subjects = [k for k in kids if k.dep_ == "nsubj"]
        if not subjects:
            infinitive = any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
            if infinitive and not light and ctx.lemmas[governing.i] in answering_verbs():
                asked += _answerers(ctx, governing)
            continue
        subject = subjects[0]
        if subject.lower_ in _PRONOUNS:
            if not light:
                asked += _answerers(ctx, governing)
            continue
        asked += _actors(ctx, subject, 0.9, noun)
    return asked


def _answerers(ctx: _Context, governing: Token) -> list[Arg]:
    """The governing verb's subject, or the agent of its passive ("Y's demand was rejected by X")."""
    return _subjects_of_verb(ctx, governing)


def _relative(kids: Sequence[Token]) -> bool:
    """Whether a clause on a noun is a relative one: a relative word fills an argument no other word fills
    ("the demand that X rejected", "the call which came from Y"); "the request that it hand over the suspects",
    where the parse may take "that" for a second object, is not."""
    for kid in kids:
        if kid.lower_ in _RELATIVE and kid.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            if not any(k.dep_ == kid.dep_ and k.i != kid.i for k in kids):
                return True
    return False


def _asked_acts(verb: Token, noun: Token) -> list[Token]:
    """The acts a request noun asks for after "for": on the noun, or on the verb right after the noun, where the parse may
    hang it ("endorsed the plea [for help for Y]")."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == noun.right_edge.i + 1]
    return [p for c in preps for p in c.children if p.dep_ == "pobj"]


def asked_act_owners(ctx: _Context, verb: Token, nouns: Mapping[str, Trigger]) -> set[str]:
    """The actors who own the act a request asks for, when a verb takes the request itself as its object (class nested29).

    "Peru supported the demand for Bolivia's withdrawal", "X opposed calls for Y's expulsion", "X backed the plea for
    Y's help": Y is the one asked to act (or acted on), named by the possessor or adjective of the act noun after "for",
    or by the subject of a "for ... to" clause ("the demand for Y to withdraw"); the verb judges the request, not Y. The
    one the act is done to or for after its own "to" or "for" is another matter ("backed the call for aid to Y": Y is
    to be helped, and stays the verb's object). The keys of those owners; empty when the verb's object is no request.
    """
    keys: set[str] = set()
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "nsubjpass") or ctx.lemmas[noun.i] not in nouns:
            continue
        for act in _asked_acts(verb, noun):
            if ctx.mention(act) is not None:
                continue  # "a call for Y" names no act of Y's
            owners = [c for c in act.children if c.dep_ in ("poss", "amod", "compound") and ctx.mention(c) is not None]
            keys |= {a.entity.key for c in owners for a in _actors(ctx, c, 0.9)}
        # "the demand for Y to withdraw": the parse may make "for" the marker of the clause, whose subject is Y
        keys |= {a.entity.key for c in noun.children if c.dep_ in _CLAUSES and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 for g in c.children if g.dep_ == "nsubj" for a in _actors(ctx, g, 0.9)}
    return keys


def requested_help_recipients(ctx: _Context, verb: Token, requests: Mapping[str, Trigger], nouns: Mapping[str, Sequence[Trigger]]) -> list[Arg]:
    """Whom the help a request asks for is for, when a verb takes the request as its object (class nested29): "X supported
    the appeal for help for Y", "X backed the call for aid to Y" (Y is to be helped, the one a verb of support backs).
    Only an act of help (a noun of the lexicon's AID or SUPPORT triggers) with its own "to" or "for" phrase; never the
    one asked to act ("the demand for Y's withdrawal": :func:`asked_act_owners`).
    """
    found: list[Arg] = []
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "nsubjpass") or ctx.lemmas[noun.i] not in requests:
            continue
        for act in _asked_acts(verb, noun):
            if not any(t.predicate.category in ("AID", "SUPPORT") for t in nouns.get(ctx.lemmas[act.i], ())):
                continue
            found += [a for c in act.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for p in c.children if p.dep_ == "pobj"
                      for a in _actors(ctx, p, 0.85) if a.entity.type in _ACTOR_TYPES]
    return found

