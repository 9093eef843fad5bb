"""A group a state sends abroad, named as what someone leads (private to ``patterns.v1``; class nested29).

"Leading a delegation" is never an agreement to it (the mined PETRARCH2 lexicon files "LEAD * MISSION" under 036):
the leader's state goes where the group goes. Read on a verb of leading (``kg/data/led_groups.yaml``) whose direct
object, passive subject or relative-clause head is a group sent abroad (a delegation, a mission, a team):

* "to Y", a state or a place of one, is a visit: "Norland's trade minister led a business delegation to Sudia",
  "a mission to Sudia was headed by Norland's envoy", "the delegation, which Norland's minister led to Sudia,";
* "to" or "at" talks (a meeting, a summit) "with Y" is a meeting with Y: "the Norlandic delegation at the talks with
  Sudia was led by its foreign minister";
* the group's own state stands in for a leader of no named state: "the foreign minister led the Norlandic
  delegation at the talks with Sudia", "Jan Berg led Norland's delegation to Sudia" (Norland meets, visits Sudia);
* a body's group is the body's work, in which a state that leads it takes part: "the UN mission to Sudia is led by
  Norland" is no visit;
* no destination gives nothing ("led the delegation in prayer", "led the team to victory").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Token

from kg.extract._arguments import Arg, _actors
from kg.extract._context import _Context
from kg.extract._words import _ACTOR_TYPES, _RELATIVE
from kg.model import EntityType


@cache
def _data() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(resources.files("kg.data").joinpath("led_groups.yaml").read_text(encoding="utf-8"))
    return {key: frozenset(words) for key, words in raw.items()}


def leading_verbs() -> frozenset[str]:
    """The verbs of leading a group (``leading_verbs`` of ``kg/data/led_groups.yaml``)."""
    return _data()["leading_verbs"]


def led_group(verb: Token) -> Token | None:
    """The group a verb of leading takes: its direct object, its passive subject or the noun its relative clause is on.

    ("led a delegation", "the delegation was headed by", "the delegation, which X led,"); None for any other verb or
    object ("led the country", "headed the ministry").
    """
    if verb.lemma_.lower() not in _data()["leading_verbs"] or verb.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(verb.children)
    for child in kids:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in _data()["groups"]:
            return child
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in _data()["groups"] \
            and (verb.dep_ == "acl" or any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _RELATIVE for c in kids)):
        return verb.head  # "the delegation, which X led,", "a delegation led by X"
    return None


def _destinations(verb: Token, group: Token) -> list[tuple[str, Token]]:
    """The objects of the "to" and "at" phrases of the verb or the group, with their prepositions."""
    return [(prep.lower_, p) for head in (verb, group) for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("to", "at") for p in prep.children if p.dep_ == "pobj"]


def leads_abroad(verb: Token) -> bool | None:
    """Whether a verb of leading takes its group somewhere ("to" or "at" a place or talks); None when it leads no
    group sent abroad. A trigger of agreement is never read on such a verb, nor one of visiting without a destination.
    """
    group = led_group(verb)
    return None if group is None else bool(_destinations(verb, group)) and not _bodys(group)


def _bodys(group: Token) -> bool:
    """Whether a group is a body's own ("the UN mission to Y", "an EU delegation"): a state that leads it takes part in
    the body's work (the next trigger of the verb), it makes no visit of its own."""
    return any(c.dep_ in ("compound", "nmod", "poss", "amod") and c.ent_type_ == "ORG" for c in group.children)


def led_destination(ctx: _Context, verb: Token) -> tuple[str, list[Arg], list[Arg]] | None:
    """What leading a group abroad states: the predicate, the group's own actors (who stand in for a leader of no
    state) and the party visited or met (none when it names no destination); None when the verb leads no such group.

    Invented: "Norland's minister led a delegation to Sudia" -> ("visits", [], [Sudia]); "the minister led the
    Norlandic delegation at the talks with Sudia" -> ("meetsWith", [Norland], [Sudia]).
    """
    group = led_group(verb)
    if group is None:
        return None
    if _bodys(group):
        return "visits", [], []
    own = [a for a in _actors(ctx, group, 0.9) if a.entity.type in _ACTOR_TYPES]
    visited: list[Arg] = []
    met: list[Arg] = []
    for prep, place in _destinations(verb, group):
        if place.lemma_.lower() in _data()["meetings"]:
            met += [a for w in place.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"
                    for a in _actors(ctx, p, 0.9) if a.entity.type in _ACTOR_TYPES]
        elif prep == "to" and ctx.mention(place) is not None:
            # a state or a place of one named itself ("to Sudia", "to Sudia City"), not a thing of its ("to Sudia's embassy")
            visited += [a for a in _actors(ctx, place, 0.9) if a.entity.type is EntityType.COUNTRY]
    keys = {a.entity.country or a.entity.key for a in own}
    if met:
        return "meetsWith", own, [a for a in met if (a.entity.country or a.entity.key) not in keys]
    return "visits", own, [a for a in visited if (a.entity.country or a.entity.key) not in keys]
