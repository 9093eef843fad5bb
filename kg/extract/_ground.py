"""Ground taken from an adversary (private to ``patterns.v1``): "X retook the town from Y", "X drove Y out of the town".

A place taken from someone, or someone driven out of a place, names the one fought (CAMEO 19 FIGHT, PLOVER ASSAULT):
PETRARCH2's SEIZE and CAPTURE rows code a town, a stronghold, an airfield or a base taken as territory occupied
(192) and "DRIVE * (OUT OF)" as an assault, so the adversary, not the ground, is the object of ``attacks``. The
verbs of taking are those of seizing things too ("seized a tanker from Y" is a seizure, CAMEO 1711; "took the title
from Y" a match's), so the ground decides: a noun of ground (``ground`` of ``kg/data/contests.yaml`` and the
settlements of ``kg/data/place_nouns.tsv``), what a noun of holding holds ("wrested control of the town"), or a
place's name. Both sides are a state or an armed force ("Police drove the protesters out of the square": no
adversary; "Labour took the city from the Tories": an election).

Ground named by who holds it stands for its holder as the target of an attack (:func:`held_targets`): "X shelled
Y-held districts", "X bombed areas controlled by Y", "X struck villages under Y's control" (X attacks Y).

Two shapes (the ``ground`` of a lexicon trigger, :class:`kg.extract.lexicon.Trigger`):

* ``object``: the ground is the direct object (or a passive's subject), the adversary the "from" phrase, on the
  verb or on the ground's noun ("captured the village from Y's troops", "the town was retaken from Y"), or the
  ground's holder ("captured the Y-held town", "retook areas held by Y");
* ``out``: the adversary is the direct object (or a passive's subject), the ground the "out of" or "from" phrase
  ("pushed Y out of the city", "Y was driven from the valley by X").

Ground that passes to a force with no one named it is taken from is territory occupied (CAMEO 192 "occupy
territory", PETRARCH2's SEIZE and CAPTURE of "* &TOWN", "* AIRFIELD", "* BASES"; WordNet 3.0 fall v.14 "be
captured"): the taker ``occupies`` the country the ground lies in, as the resolver reads a place's name (a city of
one country, "Afrin, Syria", "the Ukrainian town of X"), never a country's own name ("Peru fell to Chile in the
final", "took Japan to court"). Two more shapes:

* ``fallen``: the ground is the verb's subject, the taker the "to" phrase, the owner of "the hands" or of a noun of
  holding in an "into" / "under" phrase ("Y fell to X", "Y fell into the hands of X", "Y came under X's control");
  a force that falls ("the garrison fell to X") stays an attack (lexicon ``fall to``);
* ``seized``: the ground is the direct object (or a passive's subject) and the taker the subject ("X captured Y",
  "Y was overrun by X", "X seized control of the port of Y"); for "take", of many senses, only a place's name or a
  kind of place ("took the town of Y", not "took a position").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract._arguments import Arg, _actors, _prep_objects, armed_people, launch_countries
from kg.extract._context import _Context
from kg.extract._words import _FORCE_WORDS, _WEAPONS, ground_nouns, holding_words, launch_words
from kg.gazetteer import place_nouns, sector_nouns
from kg.model import EntityType

_PLACE_LABELS = ("GPE", "LOC", "FAC")
"""The NER's labels of a place's name."""

_SIDE_ROLES = {"military", "police", "armed groups", "armed group", "rebels", "movement", "government"}
"""Roles of a sector actor or an organisation that may take ground or hold it: a state's government or forces, an
armed group."""


def _ground(token: Token) -> bool:
    """Whether a noun phrase's head names ground: a noun of ground ("the port", "the town of X"), a place's name
    ("Mosul", "the Golan Heights"), or a noun of holding or of a part whose "of" object is either ("control of the
    airport", "parts of the city")."""
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
    """A patient with what it holds, if it is a noun of holding or of a part ("control of the airport", "parts of the
    city"): where the parse may hang the "from" phrase ("wrested [control of the oilfield from Y]")."""
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


def _holders(place: Token, anchor: Token) -> list[Token]:
    """The words that name who holds a place: the name before a hyphenated participle of holding ("[Y]-held towns"),
    the agent of one ("areas held by [Y]"), the owner of a noun of holding in an "under" phrase ("territory under
    [Y]'s control", "under the control of [Y]"; the parse may hang the phrase on the verb, right after the place)."""
    participles, nouns = holding_words()
    doc = place.doc
    found: list[Token] = []
    for c in place.children:
        if c.dep_ in ("amod", "compound", "npadvmod", "nmod") and c.lower_ in participles and c.i >= place.left_edge.i + 2 \
                and doc[c.i - 1].text == "-" and not doc[c.i - 1].whitespace_ and not doc[c.i - 2].whitespace_:
            found.append(doc[c.i - 2])
        elif c.dep_ == "acl" and c.lower_ in participles:
            found += [p for by in c.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"]
    unders = [c for c in place.children if c.dep_ == "prep" and c.lower_ == "under"]
    unders += [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "under" and c.i == place.right_edge.i + 1]
    found += [o for u in unders for p in u.children if p.dep_ == "pobj" and p.lemma_.lower() in nouns for o in _holding_owners(p)]
    return found


def _holding_owners(hold: Token) -> list[Token]:
    """The words that name the owner of a noun of holding: "[Y]'s control", "[Y] occupation", "[Yish] rule", "the
    control of [Y]"."""
    return [m for m in hold.children if m.dep_ in ("poss", "compound", "amod", "nmod")] + \
        [p for of in hold.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]


def _taken_from(holder: Token) -> list[Token]:
    """The words of a "from" phrase that name whom ground is taken from: its object ("from [Y]"), or the owner of its
    noun of holding ("liberated the town from [Y] occupation", "freed the port from [Y]'s control")."""
    nouns = holding_words()[1]
    return [w for o in _from_objects(holder) for w in (_holding_owners(o) if o.lemma_.lower() in nouns else [o])]




def _occupied(token: Token, verb: Token) -> bool:
    """Whether a phrase names ground that may stand for the country it lies in: ground (:func:`_ground`) that is no
    country's own name ("Peru fell to Chile") nor a force ("the garrison fell to Y"); after "take", of many senses,
    only a place's name or a kind of place ("took the town", not "took a position")."""
    if not _ground(token) or token.ent_id_.startswith("country/") or (token.pos_ != "PROPN" and not token.ent_type_ and _party(token, False)):
        return False
    if verb.lemma_.lower() != "take" or token.pos_ == "PROPN" or token.ent_type_ or token.lemma_.lower() in ground_nouns()[1]:
        return True  # "took Y", "took control of the airport"
    return place_nouns().get(token.lemma_.lower()) == "settlement"  # "took the town", not "took a position"


def _takers(verb: Token) -> list[Token]:
    """The words that name whom ground falls to: the "to" object ("fell to [Y]"), the owner of "the hands" in an "into"
    phrase ("fell into the hands of [Y]"), the owner of a noun of holding in an "into" or "under" phrase ("came under
    [Y]'s control", "fell under the control of [Y]", "fell into [Y] hands")."""
    nouns = holding_words()[1] | {"hand", "hands"}
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        objects = [p for p in prep.children if p.dep_ == "pobj"]
        if prep.lower_ == "to":
            found += objects
        elif prep.lower_ in ("into", "under"):
            found += [o for p in objects if p.lemma_.lower() in nouns for o in _holding_owners(p)]
    return found


_LANDS = frozenset({"region", "area", "land", "lands", "island", "peninsula", "coast", "coastline", "countryside", "valley", "north", "south", "east", "west"})
"""Nouns of ground, besides the kinds of place of :func:`kg.gazetteer.place_nouns` ("town", "province"), whose country
modifier says where they lie ("the Y-ian town", "Y's northern region"); on a facility it says whose it is ("a Y base",
"Y's positions"), which names no land occupied."""


def _land(held: Token) -> bool:
    """Whether ground held is named as land: a place's name, a kind of place or of land, or a facility named by its
    place ("the port of Z"); not a facility named by whose it is ("a Y base", "Y's positions")."""
    if held.pos_ == "PROPN" or held.ent_type_ or place_nouns().get(held.lemma_.lower()) == "settlement" or held.lemma_.lower() in _LANDS:
        return True
    return any(p.ent_type_ in _PLACE_LABELS for c in held.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


def _placed_in(verb: Token, held: Token) -> list[Token]:
    """The "in" phrases that place ground held: its own ("the airport in Z") or the verb's right after it ("captured the
    town in eastern Y", where the parse hangs the phrase on the verb)."""
    return [c for c in held.children if c.dep_ == "prep" and c.lower_ == "in"] + \
        [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == held.right_edge.i + 1]


def _placed(token: Token, verb: Token) -> bool:
    """Whether ground is named so that the country it lies in may be read (:func:`_lands`), off the parse alone: land,
    or ground placed by an "in" phrase; a facility named only by whose it is ("seized a Y base") is left to the
    verb's other readings (a seizure, CAMEO 17)."""
    return any(_land(held) or _placed_in(verb, held) for held in _held(token))


def _lands(ctx: _Context, verb: Token, grounds: list[Token]) -> list[Arg]:
    """The countries ground occupied lies in: the place's own name ("Y fell to X": a city of one country, "Afrin,
    Syria"), the country modifier of a kind of place ("the Y-ian town of Z"), the "of" place of one ("the town of Z"),
    or an "in" phrase on the ground or right after it ("the airport in Z", "took control of the port in Y",
    "captured the town in eastern Y")."""
    found: list[Arg] = []
    for ground in grounds:
        for held in _held(ground):  # "control of the airport"
            if _land(held):
                found += _actors(ctx, held, 1.0)
            found += [a for c in _placed_in(verb, held) for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
    lands = [a for a in found if a.entity.type is EntityType.COUNTRY]
    return [a for i, a in enumerate(lands) if all(a.entity.key != b.entity.key for b in lands[:i])]


def taken_ground(verb: Token, kids: Sequence[Token], shape: str) -> bool:
    """Whether a verb of taking or driving out is done on ground, in the trigger's ``shape``, with its adversary's
    phrase there (or, for ``fallen``, its taker's; for ``seized``, with no adversary needed): read off the parse alone,
    before the sides are known."""
    if shape == "fallen":
        return any(_occupied(s, verb) and _placed(s, verb) for s in kids if s.dep_ == "nsubj") and any(_party(t, True) for t in _takers(verb))
    patients = _patients(kids)
    if shape == "seized":
        return any(_occupied(p, verb) and _placed(p, verb) for p in patients)
    if shape == "object":
        adversaries = [o for h in (verb, *(h for p in patients if _ground(p) for h in _held(p))) for o in _taken_from(h)]
        adversaries += [h for p in patients if _ground(p) for h in _holders(p, verb)]  # "captured the Y-held town"
        return any(_ground(p) for p in patients) and any(_party(o, True) for o in adversaries)
    return any(not _ground(p) and _party(p, False) for p in patients) and any(_ground(p) for p in _left_places(verb, kids))


def _side(arg: Arg) -> bool:
    """Whether an argument is a state or an armed force: a country, or a government, a force or an armed group."""
    entity = arg.entity
    return entity.type is EntityType.COUNTRY or (entity.type in (EntityType.SECTOR_ACTOR, EntityType.ORGANIZATION) and entity.role in _SIDE_ROLES)


def ground_sides(ctx: _Context, verb: Token, shape: str, subjects: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """Who takes the ground and who it is taken from (or driven out of it): both a state or an armed force; for the
    shapes of ground occupied (``fallen``, ``seized``), who takes it and the country it lies in."""
    patients = _patients(list(verb.children))
    if shape in ("fallen", "seized"):
        kids = list(verb.children)
        if shape == "fallen":
            subjects = [a for t in _takers(verb) for a in _actors(ctx, t, 0.9)]
        grounds = [g for g in (kids if shape == "fallen" else patients) if g.dep_ in ("nsubj", "dobj", "nsubjpass") and _occupied(g, verb) and _placed(g, verb)]
        return [s for s in subjects if _side(s)], _lands(ctx, verb, grounds)
    if shape == "object":
        holders = [verb, *(h for p in patients for h in _held(p))]
        adversaries = [a for h in holders for o in _taken_from(h) for a in _actors(ctx, o, 0.9)]
        # "captured the Y-held town", "retook areas held by Y": ground named by its holder is taken from the holder
        adversaries += [Arg(m.entity, 0.85) for p in patients if _ground(p) for h in _holders(p, verb) if (m := ctx.mention(h)) is not None]
    else:
        adversaries = [a for p in patients if not _ground(p) for a in _actors(ctx, p, 1.0)]
        if not subjects and any(p.dep_ == "nsubjpass" for p in patients):
            # "Y's troops were driven out of the villages by X": the parse may hang the agent on the place
            subjects = [a for place in _left_places(verb, list(verb.children)) for c in place.children if c.dep_ == "prep" and c.lower_ == "by"
                        for b in c.children if b.dep_ == "pobj" for a in _actors(ctx, b, 0.9)]
    return [s for s in subjects if _side(s)], [a for a in adversaries if _side(a)]


_ATTACKED_PREPS = ("on", "against", "at", "into")
"""Prepositions of a verb of attack whose object is what is attacked ("fired on Y-held positions")."""

_ATTACKED_NOUN_PREPS = ("on", "against", "at", "into", "of")
"""Prepositions of a noun of attack whose object is what is attacked ("strikes on Y-held areas", "the shelling of
Y-held districts")."""

_WHERE = ("in", "inside")
"""Prepositions of the place an act is done in ("shelled Y-held villages in Z": Z is where)."""


def _attacked(anchor: Token) -> list[Token]:
    """The heads of the phrases an act of force is done to: a verb's direct object or passive subject and its "on",
    "against" or "at" object; a noun's "on", "against" or "of" object, also when the parse hangs it on the light verb
    the noun is the object of ("carried out strikes [on Y-held areas]")."""
    kids = list(anchor.children)
    verb = anchor.pos_ in ("VERB", "AUX")
    heads = _patients(kids) if verb else []
    preps = _ATTACKED_PREPS if verb else _ATTACKED_NOUN_PREPS
    heads += [p for c in kids if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    if not verb and anchor.dep_ == "dobj" and anchor.head.pos_ in ("VERB", "AUX"):
        heads += [p for c in anchor.head.children if c.dep_ == "prep" and c.lower_ in _ATTACKED_PREPS and c.i > anchor.i
                  for p in c.children if p.dep_ == "pobj"]
    return [h for head in heads for h in (head, *head.conjuncts)]


def held_targets(ctx: _Context, anchor: Token, objects: list[Arg], subjects: Sequence[Arg] = ()) -> list[Arg]:
    """The objects of an attack, with ground named by who holds it read as its holder: "X shelled Y-held districts of
    Z", "X bombed areas controlled by Y", "X struck villages under Y's control in Z" (X attacks Y; the ground, the
    country it lies in and the place of the act are not attacked). The holder is named, and is a state or an armed
    force (``_side``): "X shelled rebel-held (government-held) areas" names no one. Other objects are kept."""
    holders: list[Arg] = []
    places: set[str] = set()
    own = {s.entity.country or s.entity.key for s in subjects}
    harmed_in = _harmed_in(ctx, anchor)
    for place in _attacked(anchor) + harmed_in:
        if place.pos_ != "PROPN" and not _ground(place):  # ("Y-held Z": a name, whatever the NER makes of it)
            continue
        found = [Arg(m.entity, 0.85) for h in _holders(place, anchor) if (m := ctx.mention(h)) is not None and _side(Arg(m.entity, 1.0))]
        if place in harmed_in:
            # "X's troops arrested two men in X-occupied Z": the doer's own hold names no one harmed; Z is read as before
            found = [a for a in found if (a.entity.country or a.entity.key) not in own]
        if not found:
            continue
        holders += [a for a in found if all(a.entity.key != h.entity.key for h in holders)]
        places |= {a.entity.key for a in (*_actors(ctx, place, 1.0), *_prep_objects(ctx, place, 0.9))}
    if not holders:
        return objects
    keys = {h.entity.key for h in holders}
    kept = [o for o in objects if o.entity.key not in places - keys and o.prep not in _WHERE]
    return [*kept, *(h for h in holders if all(h.entity.key != o.entity.key for o in kept))]


def _harmed_in(ctx: _Context, verb: Token) -> list[Token]:
    """The places a verb of force harms people of no party in: "killed two civilians in Y-held Z", "wounded three
    people inside Y-administered Z" (the "in" or "inside" phrase of the verb or of its direct object), which
    :func:`held_targets` reads as their holder's, as it reads ground struck. Not when the harmed name a party ("killed
    a W commander in Y-held Z": W is attacked) or are armed people of no state ("killed fighters in Y-held Z" names
    where they are, not whom the blow is aimed at, as ``_arguments.struck_in``)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    patients = _patients(list(verb.children))
    if not patients or any(armed_people(p) or _actors(ctx, p, 0.8) for p in patients):
        return []
    return [p for h in (verb, *patients) for c in h.children if c.dep_ == "prep" and c.lower_ in _WHERE for p in c.children if p.dep_ == "pobj"]


def launched_weapons(verb: Token) -> list[tuple[Token, Token]]:
    """The weapons launched that are a verb's subject, each with its participle of launching: "[rockets] [fired] from
    Y positions hit Z"; the parse may make the participle the clause's verb, with the weapon its subject and the verb
    of attack hung on it as a clause of its own with no subject."""
    participles = launch_words()[0]
    launched = [(w, acl) for w in verb.children if w.dep_ == "nsubj" and (w.lemma_.lower() in _WEAPONS or _munition(w))
                for acl in w.children if acl.dep_ == "acl" and acl.lower_ in participles]
    if not launched and verb.dep_ in ("advcl", "conj") and verb.head.lower_ in participles and not any(c.dep_ == "nsubj" for c in verb.children):
        launched = [(w, verb.head) for w in verb.head.children if w.dep_ == "nsubj" and (w.lemma_.lower() in _WEAPONS or _munition(w))]
    return launched


#: Verbs of a munition coming down ("shells landed in Y", "a rocket fell on a Y town").
_LANDING = {"land", "fall", "impact"}
#: Munitions that explode where they come down; a drone or an aircraft that lands or falls may have crashed or been
#: brought down, and is left out.
_MUNITIONS = {"missile", "rocket", "shell", "bomb", "mortar", "projectile", "grenade", "munition", "warhead"}
#: A munition gone astray ("a stray missile landed in Y") struck no one on purpose.
_ASTRAY = {"stray", "errant", "wayward", "misfired", "accidental"}
#: Waters where a munition lands in a test or a show of force ("missiles landed in Y's economic zone"), not a strike.
_OPEN_SEA = {"sea", "ocean", "water", "waters", "zone", "gulf", "strait", "channel", "bay"}


def _munition(word: Token) -> bool:
    """A munition's noun: "shells", "a missile", or rounds of one ("mortar rounds", "artillery rounds")."""
    lemma = word.lemma_.lower()
    return lemma in _MUNITIONS or (lemma == "round" and any(c.dep_ == "compound" and c.lemma_.lower() in _MUNITIONS | {"artillery", "tank"} for c in word.children))


def landed_munitions(verb: Token) -> bool:
    """Whether a verb of coming down ("land", "fall") has munitions as its subject: "two shells landed in Y's territory",
    "a Z missile fell on a Y village" is a strike on where they came down (CAMEO 194 / 195), read as "hit" is. The
    place must be named after "in", "on", "inside", "into" or "near", and be no open water ("landed in Y's economic
    zone" is a test or a show of force); a stray munition ("a stray missile") struck no one on purpose."""
    # "shells fired from Y positions landed in Z": the parse may make the participle the clause's verb (launched_weapons)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [w for w, _ in launched_weapons(verb)]
    if not any(_munition(w) and not any(a.lower_ in _ASTRAY for a in w.children) for w in subjects):
        return False
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "inside", "into", "near")
              for p in c.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() not in _OPEN_SEA for p in places)


def launchers(ctx: _Context, verb: Token) -> list[Arg]:
    """Who launched the weapon that is the subject of a verb of attack and names no actor itself: the agent of its
    participle of launching ("rockets fired by Y hit Z"), or the holder of its launch site, the participle's "from"
    phrase: a state or an armed force named on a noun of its own emplacements ("rockets fired from Y positions hit
    Z", "shells fired from Y army posts"), or the holder of ground named by its holder ("a drone launched from Y-held
    territory struck the ship"). A bare country or ground of no named holder ("fired from Z", "from Z's territory")
    names where, not who: nothing."""
    sites = launch_words()[1]
    found: list[Arg] = []
    for _weapon, acl in launched_weapons(verb):
        found += [a for by in acl.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
        for site in _from_objects(acl):
            held = [Arg(m.entity, 0.85) for h in _holders(site, acl) if (m := ctx.mention(h)) is not None]
            owned = []
            if site.lemma_.lower() in sites or site.lower_ in sites:
                # "Y positions", "Yish positions" (the demonym names no actor of the noun's own), "Y army posts"
                owned = [Arg(m.entity, 0.85) for c in site.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                         if (m := ctx.mention(c)) is not None] or _actors(ctx, site, 0.85)
            found += [a for a in held or owned if _side(a)]
    if not found:
        found = [a for _weapon, acl in launched_weapons(verb) for site in _from_objects(acl) for a in launch_countries(ctx, site)]
    return [a for i, a in enumerate(found) if all(a.entity.key != b.entity.key for b in found[:i])]
