"""Crowds of ordinary people and the foreign things their violence is done to (private to ``patterns.v1``).

A crowd is named by a noun of ``kg/data/crowd_nouns.tsv`` (``scripts/build_crowd_nouns.py``, from WordNet 3.0): a
crowd itself ("a mob", "a throng"), people named for a protest or a riot ("rioters", "looters"), or ordinary people
who act as a crowd when many ("youths", "villagers", "fans"). Its violence at a foreign state's mission, nationals,
shops or businesses is a violent protest against that state (CAMEO 145 "protest violently, riot"; PLOVER PROTEST):
"Angry youths in Sudia threw stones at the Norlandic embassy", "a mob looted Norlandic-owned shops in Sudia",
"villagers attacked Norlandic surveyors" (Sudia's crowd protests Norland). The crowd has no state of its own: it is
the group of the country it acts in (``_constructions._crowd``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.data import table
from kg.extract._arguments import Arg, _actors
from kg.extract._context import _Context
from kg.gazetteer import sector_nouns
from kg.model import Entity, EntityType, sector_actor

#: Sectors of private people whose harm by a foreign crowd is a protest against their state ("Y traders", "Y workers",
#: "Y students", "Y tourists"); a state's own organs (government, military, police) are attacked, not protested.
_PRIVATE_SECTORS = {"civilians", "business", "labour", "agriculture", "education", "refugees", "media", "religious"}
#: Sectors a crowd of ordinary people keeps when it acts ("villagers": civilians); any other crowd protests as the
#: opposition does ("rioters", "a mob", "youths").
_CROWD_SECTORS = {"civilians", "labour", "agriculture", "education"}
#: Nouns of what people own and a crowd wrecks or loots (WordNet 3.0 shop n.1, store, business n.4 "a commercial or
#: industrial enterprise", property n.1, premises, factory, restaurant, home): "Y-owned shops", "shops owned by Y
#: nationals", "Y businesses".
_PROPERTY = {"shop", "store", "business", "property", "properties", "premises", "factory", "restaurant", "supermarket",
             "warehouse", "market", "stall", "home", "house", "office", "hotel", "plant", "mine", "company", "firm", "cafe",
             "bakery", "kiosk", "bank"}
#: Verbs of owning a thing, whose agent or modifier names the owner ("shops owned by Y nationals", "Y-owned shops").
_OWNING = {"own", "run", "operate"}


@cache
def crowd_nouns() -> dict[str, str]:
    """Nouns of crowds of ordinary people and their class (``kg/data/crowd_nouns.tsv``), and of the people abroad a crowd
    harms (class ``abroad``: "engineers", "traders").

    >>> crowd_nouns()["mob"], crowd_nouns()["rioter"], crowd_nouns()["villager"]
    ('crowd', 'protester', 'people')
    """
    return {r["noun"]: r["class"] for r in table("crowd_nouns.tsv")}


def crowd_lemma(noun: Token) -> str:
    """A noun's lemma, and a capitalised plural's opening a sentence, which the tagger may take for a name: "Hooligans
    attacked ..." → "hooligan"."""
    if noun.tag_ in ("NNP", "NNPS") and noun.i == noun.sent.start and noun.lower_.endswith("s") and noun.lower_[:-1] in crowd_nouns():
        return noun.lower_[:-1]
    return noun.lemma_.lower()


def is_crowd(noun: Token) -> bool:
    """Whether a noun names a crowd: a crowd itself ("a mob"), or many of the people of a crowd ("rioters", "youths")."""
    lemma = crowd_lemma(noun)
    kind = crowd_nouns().get(lemma)
    return kind == "crowd" or (kind in ("protester", "people") and (noun.tag_ in ("NNS", "NNPS") or lemma != noun.lemma_.lower()))


def crowd_group(noun: Token, counted: Token, country: str, label: str | None = None) -> Entity | None:
    """The group of ``country`` a crowd noun names ("angry youths", "a mob of hooligans", "villagers"), or None for a
    noun of no crowd: ordinary people keep their sector (``kg/data/sectors.tsv``: "villagers" civilians), any other
    crowd protests as the opposition does. ``counted`` is what the noun counts ("youths" of "a mob of youths")."""
    if not is_crowd(counted):
        return None
    sector = sector_nouns().get(crowd_lemma(counted))
    if sector not in _CROWD_SECTORS:
        sector = "opposition"
    start = next((t.i for t in noun.subtree if t.dep_ not in ("det", "amod", "nummod", "quantmod") and t.i <= counted.i), noun.i)
    return sector_actor(country, sector, label or noun.doc[start : counted.i + 1].text)


def foreign_targets(ctx: _Context, things: list[Token]) -> list[Arg]:
    """The states whose private people or property a crowd's act of force is done to: "Y traders", "Y-owned shops",
    "shops owned by Y nationals", "Y businesses", "Y's nationals" (the state of a sector actor of private people, or
    the owner named on property). Nothing for a state's organs ("Y soldiers"), a thing of no named owner ("a local
    shop") or a person of no nationality ("the referee")."""
    found: list[Arg] = []
    for thing in things:
        if thing.lemma_.lower() in _PROPERTY or thing.lower_ in _PROPERTY:
            owners = _owners(ctx, thing)
        else:
            # "Y traders" (a sector of private people), "Y engineers" (people abroad named by their nationality alone)
            abroad = crowd_nouns().get(thing.lemma_.lower()) == "abroad"
            owners = [a for a in _actors(ctx, thing, 0.85) if a.entity.role in _PRIVATE_SECTORS or abroad and a.entity.type is EntityType.COUNTRY]
        for arg in owners:
            state = ctx.country(arg.entity.country) if arg.entity.country else None
            if state is not None and all(state.key != f.entity.key for f in found):
                found.append(Arg(state, arg.score))
    return found


def _owners(ctx: _Context, thing: Token) -> list[Arg]:
    """Who owns a piece of property: its nationality or owner modifier ("Y shops", "Y-owned shops", "Y's businesses")
    or the agent of its verb of owning ("shops owned by Y nationals")."""
    mods = [c for c in thing.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    # "Y-owned": the parse may hang the nationality on "owned"
    mods += [g for c in thing.children if c.dep_ in ("amod", "compound") and c.lower_ in _OWNING | {"owned", "run", "operated"}
             for g in c.children if g.dep_ in ("npadvmod", "amod", "compound", "nmod")]
    owners = [a for m in mods for a in _actors(ctx, m, 0.85) if a.entity.country]
    # "shops owned by Y nationals", "a factory run by a Y company": the owner, or the nationality it is named by
    agents = [p for acl in thing.children if acl.dep_ == "acl" and acl.lemma_.lower() in _OWNING
              for by in acl.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"]
    owners += [a for p in agents for a in (_actors(ctx, p, 0.85) or [
        b for m in p.children if m.dep_ in ("amod", "compound", "nmod") for b in _actors(ctx, m, 0.85)]) if a.entity.country]
    return [a for a in owners if a.entity.type is EntityType.COUNTRY or a.entity.role in _PRIVATE_SECTORS]
