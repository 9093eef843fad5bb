"""Ground taken from an adversary (private to ``patterns.v1``): "X retook the town from Y", "X drove Y out of the town".

A place taken from someone, or someone driven out of a place, names the one fought (CAMEO 19 FIGHT, PLOVER ASSAULT):
PETRARCH2's SEIZE and CAPTURE rows code a town, a stronghold, an airfield or a base taken as territory occupied
(192) and "DRIVE * (OUT OF)" as an assault, so the adversary, not the ground, is the object of ``attacks``. The
verbs of taking are those of seizing things too ("seized a tanker from Y" is a seizure, CAMEO 1711; "took the title
from Y" a match's), so the ground decides: a noun of ground (``ground`` of ``kg/data/contests.yaml`` and the
settlements of ``kg/data/place_nouns.tsv``), what a noun of holding holds ("wrested control of the town"), or a
place's name. Both sides are a state or an armed force ("Police drove the protesters out of the square": no
adversary; "Labour took the city from the Tories": an election).

Two shapes (the ``ground`` of a lexicon trigger, :class:`kg.extract.lexicon.Trigger`):

* ``object``: the ground is the direct object (or a passive's subject), the adversary the "from" phrase, on the
  verb or on the ground's noun ("captured the village from Y's troops", "the town was retaken from Y");
* ``out``: the adversary is the direct object (or a passive's subject), the ground the "out of" or "from" phrase
  ("pushed Y out of the city", "Y was driven from the valley by X").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract._arguments import Arg, _actors
from kg.extract._context import _Context
from kg.extract._words import _FORCE_WORDS, ground_nouns
from kg.gazetteer import sector_nouns
from kg.model import EntityType

_PLACE_LABELS = ("GPE", "LOC", "FAC")
"""The NER's labels of a place's name."""

_SIDE_ROLES = {"military", "police", "armed groups", "armed group", "rebels", "movement", "government"}
"""Roles of a sector actor or an organisation that may take ground or hold it: a state's government or forces, an
armed group."""


def _ground(token: Token) -> bool:
    """Whether a noun phrase's head names ground: a noun of ground ("the port", "the town of X"), a place's name
    ("Mosul", "the Golan Heights"), or a noun of holding whose "of" object is either ("control of the airport")."""
    nouns, holders = ground_nouns()
    if token.pos_ == "PROPN" or token.ent_type_:
        return token.ent_type_ in _PLACE_LABELS  # "the Islamic State" names a group, not a state's ground
    if token.lemma_.lower() in nouns or token.lower_ in nouns:
        return True
    if token.lemma_.lower() in holders:
        return any(_ground(p) for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
    return False


_ARMED_ROLES = {"military", "armed groups", "rebels"}
"""Sectors of the nouns of armed forces ("troops", "militias", "rebels"), as the parse shows them."""

_NAME_LABELS = ("ORG", "NORP", "GPE")
"""The NER's labels of a name that may stand for a state or an armed group."""


def _party(token: Token, state: bool) -> bool:
    """Whether a noun phrase's head may name a side of a fight, read off the parse before the actors are known: a
    name of a group or a state ("Hezbollah", "Syria"), or a noun of armed forces ("troops", "militias"), or with
    ``state`` of a government ("the government", "the regime"); not civilians ("migrants", "farmers"), nor envoys
    ("expelled Y's diplomats from the country" is a sanction). The actors are checked once resolved (:func:`_side`)."""
    if token.pos_ == "PROPN" or token.ent_type_:
        return token.ent_type_ in _NAME_LABELS
    lemma = token.lemma_.lower()
    sector = sector_nouns().get(lemma)
    return sector in _ARMED_ROLES or lemma in _FORCE_WORDS or (state and lemma in _GOVERNMENTS)


_GOVERNMENTS = {"government", "regime", "administration", "authorities"}
"""Nouns of a state's government, which may hold ground ("retook the town from the government")."""


def _held(patient: Token) -> list[Token]:
    """A patient with what it holds, if it is a noun of holding ("control of the airport"): where the parse may hang
    the "from" phrase ("wrested [control of the oilfield from Y]")."""
    if patient.lemma_.lower() not in ground_nouns()[1]:
        return [patient]
    return [patient, *(p for c in patient.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]


def _patients(kids: Sequence[Token]) -> list[Token]:
    """A verb's direct object, or a passive's subject ("the town was retaken")."""
    return [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]


def _from_objects(holder: Token) -> list[Token]:
    """The objects of a word's "from" phrase."""
    return [p for c in holder.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]


def _left_places(verb: Token, kids: Sequence[Token]) -> list[Token]:
    """The places a verb drives out of: its "out of" phrase ("out" as a preposition or a particle with "of") or its
    "from" phrase ("drove Y from the town", "drove out Y from the town"; the parse may hang it on the object:
    "expelled [Y's militias from the area]")."""
    places = _from_objects(verb) + [p for o in _patients(kids) for p in _from_objects(o)]
    for out in kids:
        if out.lower_ == "out" and out.dep_ in ("prep", "prt", "advmod"):
            places += [p for c in out.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            if out.dep_ == "prt":  # "drove out the militants of the town": the parse may hang "of" on the verb
                places += [p for c in kids if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return places


def taken_ground(verb: Token, kids: Sequence[Token], shape: str) -> bool:
    """Whether a verb of taking or driving out is done on ground, in the trigger's ``shape``, with its adversary's
    phrase there: read off the parse alone, before the sides are known."""
    patients = _patients(kids)
    if shape == "object":
        adversaries = [o for h in (verb, *(h for p in patients if _ground(p) for h in _held(p))) for o in _from_objects(h)]
        return any(_ground(p) for p in patients) and any(_party(o, True) for o in adversaries)
    return any(not _ground(p) and _party(p, False) for p in patients) and any(_ground(p) for p in _left_places(verb, kids))


def _side(arg: Arg) -> bool:
    """Whether an argument is a state or an armed force: a country, or a government, a force or an armed group."""
    entity = arg.entity
    return entity.type is EntityType.COUNTRY or (entity.type in (EntityType.SECTOR_ACTOR, EntityType.ORGANIZATION) and entity.role in _SIDE_ROLES)


def ground_sides(ctx: _Context, verb: Token, shape: str, subjects: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """Who takes the ground and who it is taken from (or driven out of it): both a state or an armed force."""
    patients = _patients(list(verb.children))
    if shape == "object":
        holders = [verb, *(h for p in patients for h in _held(p))]
        adversaries = [a for h in holders for o in _from_objects(h) for a in _actors(ctx, o, 0.9)]
    else:
        adversaries = [a for p in patients if not _ground(p) for a in _actors(ctx, p, 1.0)]
        if not subjects and any(p.dep_ == "nsubjpass" for p in patients):
            # "Y's troops were driven out of the villages by X": the parse may hang the agent on the place
            subjects = [a for place in _left_places(verb, list(verb.children)) for c in place.children if c.dep_ == "prep" and c.lower_ == "by"
                        for b in c.children if b.dep_ == "pobj" for a in _actors(ctx, b, 0.9)]
    return [s for s in subjects if _side(s)], [a for a in adversaries if _side(a)]
