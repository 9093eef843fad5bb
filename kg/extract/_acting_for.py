"""Acts done "as part of" a group (private to ``patterns.v1``): "X, as part of the coalition, struck Y" is the
coalition's act too.

A state or its forces acting "as part of" a coalition, an alliance, an international organisation or a
multinational body of forces do a share of the group's own act: the contingents of a multinational force act for
it, as its "coalition air strikes" do (CAMEO codes the acts of such a force by the force; led24's "-led" groups act
for their leader the same way). So the group gets the member's statement as a second subject, with the same
predicate, object, modality and evidence:

* "X, as part of the Z Coalition, bombed Y's positions": the coalition named by its name;
* "As part of the Z-led coalition, X's jets struck Y": the coalition named by its leader (the leader acts for it,
  :func:`kg.extract._discourse.coalition_leaders`);
* "The Z-led coalition struck Y. ... As part of the coalition, X sent jets": a bare "the coalition" names the last
  coalition the article named before it by its name or its leader (:func:`kg.extract._discourse.last_coalition`);
* "As part of NATO, X sent troops to Y", "X sent instructors as part of NATO's mission to train Y's forces", "as part of
  the African Union force, X's troops fought Y": an international organisation, or a body of forces it names.

The group must be an actor (``kg/data/acting_groups.yaml``): not a deal, a plan, a programme, a summit or an effort
("as part of the agreement, X will ...", "as part of its strategy", "as part of his tour of Asia"), nor a coalition
of no name and no leader ("an international coalition"), an organ of a body ("the Security Council" acts by its own
decisions) or a body of one country (a party's "alliance"). Only "as part of": a member acts in its own name "as a
member of" a body ("as a NATO member, X opposed ..."), and a plain apposition of membership ("X, part of the EU,
criticised Y") states the membership, no act of the group. Nothing is copied for a standing relation (the member's
membership itself), for a negated act (one member not acting says nothing of the group), or towards the group's
own members (the member itself, any actor the sentence places in the group, or one the article says belongs to it:
a group acting on its own member is no relation between states).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Token

from kg.extract._arguments import Arg, _actors, _clause_verb, _subjects_of_verb
from kg.extract._context import _Context
from kg.extract._discourse import coalition_leaders, last_coalition, leading_modifier
from kg.extract._words import _INTERNATIONAL_BODIES
from kg.model import Entity, EntityType

#: How much less sure a group's act is than its member's: the group is read through the phrase, one step away.
_GROUP_SCORE = 0.85
#: Members that act for a group: a state or a state's organ or force ("X's troops").
_MEMBERS = (EntityType.COUNTRY, EntityType.SECTOR_ACTOR)
#: Dependencies by which a clause hands its subject to the clause it governs ("X, as part of the coalition, vowed
#: to strike Y", "sent instructors as part of a mission to train Y's forces", "sent jets and struck Y").
_SHARED_SUBJECT = ("conj", "xcomp", "advcl")
#: Predicates of membership: an actor the article says is in the group is none of its targets.
_JOINING = ("memberOf", "participatesIn")


@cache
def _groups_yaml() -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = yaml.safe_load(resources.files("kg.data").joinpath("acting_groups.yaml").read_text(encoding="utf-8"))
    return loaded


def acting_groups(ctx: _Context, anchor: Token) -> dict[str, tuple[Entity, frozenset[str]]]:
    """The groups a trigger's subjects act as part of: each member's key -> (the group, the keys of the members the
    phrase names). Read on the trigger's clause and the clauses that hand it their subject, on their subjects, and on
    a trigger noun itself ("X's strikes as part of the coalition")."""
    found: dict[str, tuple[Entity, frozenset[str]]] = {}
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else _clause_verb(anchor)
    if anchor.pos_ in ("NOUN", "PROPN"):
        for group in _groups_of(ctx, anchor):
            members = [a for c in anchor.children if c.dep_ in ("poss", "amod", "compound") for a in _actors(ctx, c, 1.0)]
            _add(found, group, members)
    for _ in range(5):
        if verb is None:
            break
        holders = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
        groups = [g for h in holders for g in _groups_of(ctx, h)]
        if groups:
            # the phrase describes a passive's subject, not its agent: "X, as part of NATO, was criticised by Y" is no act
            # of NATO's; "X's troops were deployed to Y as part of the mission" is, when the act's readings make the forces
            # moved their doers (only a reading's subject is copied)
            passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
            members = [a for c in passive for a in _actors(ctx, c, 1.0)] if passive else _subjects_of_verb(ctx, verb)
            for group in groups:
                _add(found, group, members)
        verb = _governing_clause(verb)
    return found


def _governing_clause(verb: Token) -> Token | None:
    """The clause that hands a verb its subject, or None: "sent jets and struck Y", "vowed to strike Y", and through
    the adjective or participle of a copula ("is ready to send jets", "is dedicated to expanding its aid to Y": the
    verb under "to", then the copula that holds the subject and the "as part of" phrase)."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ in _SHARED_SUBJECT and head.pos_ in ("VERB", "AUX", "ADJ"):
        return head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "ADJ"):
        return head.head
    if verb.dep_ == "acomp" and head.pos_ == "AUX":
        return head
    return None


def group_object(ctx: _Context, group: Entity, members: frozenset[str], obj: Entity) -> bool:
    """Whether the group may act on an object of its member's act: not the group, nor one of its members (named in the
    phrase's clause, or said to belong to it anywhere in the article: "Y is a member of O", "Y joined O")."""
    if obj.key == group.key or obj.key in members:
        return False
    return not any(s.predicate.name in _JOINING and s.subject.key == obj.key and s.object.key == group.key for s in (*ctx.standing, *ctx.events))


def group_arg(member: Arg, group: Entity) -> Arg:
    """The group as the subject of its member's act, one step less sure."""
    return Arg(group, round(member.score * _GROUP_SCORE, 3))


def _add(found: dict[str, tuple[Entity, frozenset[str]]], group: Entity, members: list[Arg]) -> None:
    keys = frozenset(a.entity.key for a in members)
    for member in members:
        if member.entity.type in _MEMBERS and member.entity.key != group.key:
            found.setdefault(member.entity.key, (group, keys))


def _groups_of(ctx: _Context, holder: Token) -> list[Entity]:
    """The groups of the "as part of" phrases a verb or a noun holds: "as part of NATO", "as part of its mission"."""
    groups: list[Entity] = []
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for share in prep.children:
            if share.dep_ != "pobj" or share.pos_ != "NOUN" or share.lemma_.lower() not in _groups_yaml()["shares"]:
                continue
            wholes = [p for c in share.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            if len(wholes) == 1 and not wholes[0].conjuncts and (group := _acting_group(ctx, wholes[0])) is not None:
                groups.append(group)
    return groups


def _acting_group(ctx: _Context, noun: Token) -> Entity | None:
    """The actor a group noun names: an international organisation or a coalition by its name ("NATO", "the Z
    Coalition"), a coalition by its leader or an earlier naming, or a body of forces by its organisation ("NATO's
    mission", "the African Union force", "a UN-led operation"); None for a thing or a group of no one known."""
    lemma = noun.lemma_.lower()
    data = _groups_yaml()
    if (m := ctx.mention(noun)) is not None:
        entity = m.entity
        # a name that says it is a group ("the Z Coalition", "UN Interim Force in Lebanon"), or an organisation
        # (not an organ of one: "the Security Council" acts by its own decisions, not by a member's acts)
        # ("Operation Sea Shield" names an act: no group); a body of one country ("the Y-ian Democratic Alliance", a
        # party) is none of states
        words = {lemma, *entity.label.lower().split()}
        named_group = not words.isdisjoint({*data["coalitions"], *data["bodies"]} - set(data["named_acts"]))
        if entity.type is EntityType.ORGANIZATION and not entity.country \
                and (entity.role in _INTERNATIONAL_BODIES - {"organ"} or named_group):
            return entity
        return None
    if lemma not in data["coalitions"] and lemma not in data["bodies"]:
        return None
    owners = _organisations(ctx, noun)
    if lemma in data["coalitions"]:
        leaders = coalition_leaders(ctx, noun, verb_subject=False)
        if not owners and not leaders and lemma == "coalition" and all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            # "the coalition": the last one the article named before it (a coalition of no name and no leader named
            # after that one, "the ruling coalition", hides it; "the alliance" may be another: NATO is "the Atlantic
            # alliance")
            leaders = last_coalition(ctx, noun, sentences=len(ctx.doc))
        owners = owners or leaders
    elif not owners:
        # "a UN-led operation", "the Z-led mission": the leader before "-led"
        owners = list({m.entity.key: m.entity for c in noun.children if leading_modifier(c)
                       for g in c.children if g.i < c.i and (m := ctx.mention(g)) is not None
                       and m.entity.type in (EntityType.COUNTRY, EntityType.ORGANIZATION)}.values())
    return owners[0] if len(owners) == 1 else None


def _organisations(ctx: _Context, noun: Token) -> list[Entity]:
    """The international organisations that own a group noun by its modifiers: "NATO's mission", "the African Union
    force", "the NATO alliance" (not a country's own force: "the French force")."""
    found: dict[str, Entity] = {}
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") and (m := ctx.mention(child)) is not None \
                and m.entity.type is EntityType.ORGANIZATION and m.entity.role in _INTERNATIONAL_BODIES - {"organ"}:
            found.setdefault(m.entity.key, m.entity)
    return list(found.values())
