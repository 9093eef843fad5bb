"""Argument constructions of particular classes of triggers (private to ``patterns.v1``).

The general argument rules (``_arguments``) read subjects and objects off the parse around a
trigger. A few classes of acts state one of their sides through a construction of their own, which
``constructions`` adds when the general rules found no actor there:

* withdrawing from a place names the country through the place: "pulled back from the border
  with Y", "pulled its soldiers out of Y", "from the valley along the frontier with Y"; and "the
  withdrawal of X's forces" names who withdraws (RETREAT);
* a debt restructured that is the subject's own names its creditor as the giver: "X restructured its debt with Y",
  "X's debt restructuring with Y" (AID, ``kg.extract._economic``);
* aid for works names the country they are in: "fund the reconstruction of ports in Y", "paid for the rebuilding of bridges in Y" (AID);
* aid named in the phrase or object of a verb of helping is given by the helper: "X helped with the training of Y's
  army", "X contributed to the equipping of Y's troops", "X sent officers to support the training of Y's police"
  (AID, ``_aid_helpers``; not "with the help of" below);
* investigating an act names its doer: "an inquiry into spying by Y", also when the parse hangs
  "by Y" on the light verb ("launched an inquiry into ... by Y") (INVESTIGATE);
* holding someone captive states the captive as a secondary predicate: "held Y's fishermen
  hostage", "kept three Y engineers prisoner" (COERCE);
* help named as the means of another act is given to that act's subject: "Y retook the city with the
  help of X", "with X's support, Y drove out ..." (SUPPORT, AID);
* welcomed news names who is praised through its that-clause: "welcomed the news that Y had agreed to
  ..." (SUPPORT);
* a request noun names who is asked through its for-to clause: "renewed its call for Y to share
  data" (REQUEST);
* protesters of no named country take the country of the place they protest in, or that they are
  placed in ("students in Lima blocked a highway": civilians who act for no state elsewhere), or that
  names them ("Iranian students protested"); a subject that only counts a crowd is such a group
  ("Thousands marched in X against Y", "Crowds in X burned Y flags", ``_crowd``); the thing of a protest act
  that is "anti-Y" names its target ("shouted anti-Y slogans"); a protest held at a state's embassy or consulate is
  against that state ("rallied outside the Y embassy", at a part of it: "at the gates of the Y embassy",
  ``building_of_part``), and so is an "anti-Y" protest, whose protesters
  are the country it is held in ("anti-Y protests erupted in X") (PROTEST);
* a state's boycott of an event another hosts is aimed at the host ("boycotted the Games held in Y",
  ``_boycotted_hosts``) (SANCTION); a show of force answers an armed force's coming near ("as Y's warships
  sailed through the strait", ``_FORCE_MOVES``) as it answers a hostile act (MOBILIZE);
* a role held in a body is said of the clause's subject through a preposition: "signed on as a
  partner in Y", "is among the largest contributors to Y", "is one of the founding members of Y";
* an investigation that names a thing it investigates ("of arms sales") has no other target, whatever
  the parse hangs on its light verb ("to Y") (INVESTIGATE, ``investigated_thing``);
* a show of force set against a strain names the other side of it: "called up reservists amid tensions
  with Y", "put its army on alert during the standoff with Y", "amid the dispute between X and Y" (X the
  subject); a strain between others names no target (MOBILIZE, ``_strained_with``);
* a border phrase the parse splits over the verb ("a deployment [along the frontier] [with Y]")
  still names the neighbour (``split_border``);
* an envoy ordered out stands for the state that sent it ("told the Sudian envoy to leave"), and a
  passive expulsion without its agent is the act of the country left ("Sudia's ambassador was ordered
  to leave Norland", "was expelled from Norland"; nothing for "the country") (SANCTION);
* taking part names what is joined, even when it is a force: "joined the naval task force", "sent
  a contingent to the monitoring mission" (``participatesIn``, ``partnerIn``);
* a contest a phrase of help names by a possessive pronoun is the helped party's: "X supported Y in its
  fight against Z", "X stands by Y in its struggle against Z", "helped Y in its efforts to crush Z" (Y
  fights Z; the pronoun agrees with Y, and Y is a state, a state's force or an armed group) (ASSAULT); so is a noun
  of fighting or an intent owned by no one ("X backs Y in the fight against Z", unless the help is denied) and the
  contest of a verb of praise's "for" ("X praised Y for its struggle against Z"); a contest
  between two states that a third backs is a war, though the noun ("fight", "struggle", "battle") is armed only in
  an armed contest: "X backs Y's struggle against Z", "against Z-ian aggression" (``backed_contest``); the help may be
  a noun in another "in" phrase ("X is firm in its backing of Y in its war on Z"), the fight hung on the helped ("Y and
  the Y-ian army in their war"), the helped the subject of the clause the help goes with ("Backed by X in its fight
  against Z, Y ..."); the helper named the enemy gives nothing (class fight24);
* the target of an act of force or coercion named through a thing it owns by a possessive pronoun: "X condemned the
  shelling of its border posts by Y", "X protested after its boats were seized by Y" (the pronoun's antecedent;
  ``_owned_patients``)
  (ASSAULT, COERCE);
* harm suffered at someone's hands, and a force's fall to another, name the doer and the target: "X's
  troops suffered heavy losses at the hands of Y", "the X garrison fell to Y" (ASSAULT, ``_suffered``);
  a loss of forces and a participle of harm name the target of an attack noun: "X lost ten soldiers in
  an attack by Y", "five X soldiers, killed in a raid by Y, ..." (``_victims``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract._arguments import AIMED_PREPS, Arg, _actors, _is_stance, _actors_in_np, _clause_verb, _group_actor, _listing_preps, _onlooker, _prep_objects, _subjects_of_verb, armed_people, handed_to, struck_in, with_role_clause
from kg.extract._context import _Context, _first_of
from kg.extract._crowds import crowd_group, crowd_lemma, crowd_nouns, foreign_targets
from kg.extract._ground import _from_objects
from kg.extract._renamed import judged_doers
from kg.extract._refined import refined_adversaries, split_adversaries, split_adversary
from kg.extract._discourse import patient_owner, refer
from kg.extract._economic import own_debt_creditors, restructuring_sides
from kg.extract._topics import topic_label
from kg.extract._modality import _modality, intention_noun
from kg.extract._words import HARMED_IN as _HARMED_IN
from kg.extract._words import _BILATERAL, _BUILDING_PARTS, _CAPTIVE, _CLAIM_NOUNS, _GATHERING, _INTERNATIONAL_BODIES, _GROUP_PLACE_PREPS, _RESPONSES, _LIGHT_VERBS, _LINKING, _MEMBER_HEADS, _NEGATE, _PLACE_NOUNS, _RECEIVING, _REQUESTING, _THREATEN, _TIE_NOUNS, _TIED_TO, _WEAPONS, _WISH, aggression_nouns, contest_intents, contest_modifiers, helping_verb, operation_nouns, praising_verbs
from kg.gazetteer import sector_nouns, structural_cues
from kg.model import Entity, EntityType, Modality, sector_actor, slugify
from kg.nlp import first_conjunct

#: Prepositions that lead from a place to the country it belongs to or lies by ("the border with Y").
_OF_PLACE = ("with", "of")
#: Prepositions that lead from a place to another place it lies by ("the valley along the frontier").
_BY_PLACE = ("along", "near", "on", "at", "beside")
#: Prepositions of a role noun whose object's clause subject holds the role ("as a partner", "among the contributors").
_ROLE_PREPS = ("as", "among")
#: Verbs whose object act is asked for, refused, feared or discussed, not done.
_NOT_DONE = _REQUESTING | _NEGATE | _THREATEN | _WISH | {"seek", "oppose", "propose", "discuss", "consider", "insist", "press", "push", "rule", "delay", "postpone", "block", "resist", "fear", "expect", "await"}
#: Prepositions that place an act by a border ("a buildup near the border with Y").
BY_BORDER = ("along", "near", "toward", "towards", "across")
#: Nouns of a border between two states.
_BORDERS = ("border", "frontier", "boundary")
#: Envoys whose expulsion or recall reduces relations with the state that sent them.
_ENVOYS = {"ambassador", "envoy", "diplomat", "attache", "consul", "charge", "chargé"}
#: Verbs of leaving a country an envoy is ordered to perform.
_LEAVING = {"leave", "depart", "quit", "exit"}
#: Nouns of a piece of news whose that-clause says what happened ("the news that Y had agreed").
_CONTENT_NOUNS = {"news", "fact", "announcement", "report", "reports", "word", "confirmation", "information"}
#: Verbs whose object agreement is still being made.
_NEGOTIATING = {"negotiate", "discuss", "seek", "propose", "draft", "pursue", "want", "need", "broker", "mediate", "facilitate", "explore"}
#: A state's missions abroad: a protest held at one is a protest against that state.
_MISSIONS = {"embassy", "consulate", "legation", "chancery"}
#: Prepositions that place a protest at a building ("outside the embassy", "marched to the consulate").
_AT_PLACE = {"outside", "at", "near", "before", "opposite", "to", "toward", "towards", "beside", "around", "on"}
#: Nouns of a weapons test or an exercise in which weapons are fired ("fired missiles during drills").
_EXERCISES = {"test", "trial", "drill", "exercise", "manoeuvre", "maneuver", "wargame", "war-game"}
#: Crowds whose violence at a state's mission is a violent protest ("protesters stormed the Y embassy", "youths stoned
#: the Y consulate"): every noun of a crowd of ordinary people (``kg/data/crowd_nouns.tsv``, ``_crowds``).
_RIOTERS = frozenset(noun for noun, kind in crowd_nouns().items() if kind != "abroad")
#: Nouns of those whose gathering at a mission is a protest ("demonstrators gathered outside the Y embassy").
_GATHERERS = {"protester", "demonstrator", "rioter", "mob", "activist", "marcher", "picketer"}
#: Nouns of a protest in the street, held by a crowd ("a rally was held in X"), and the verbs of its being held or breaking out.
_STREET_PROTESTS = {"protest", "demonstration", "rally", "march", "picket", "riot", "in", "strike", "walkout", "vigil", "sit"}
_STAGING = {"hold", "stage", "organize", "organise", "mount", "erupt", "break", "spread", "take"}
#: Nouns of a city's public ways, whose "of" names the city a protest is held in ("took to the streets of X").
_STREETS = {"street", "streets", "square", "squares"}
#: Nouns of a crowd that name no group of their own ("a mob", "rioters"): protesters of the country they act in.
_MOBS = {"mob", "rioter"}
#: Nouns that count a group ("thousands of students").
_COUNTS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "crowd", "group", "number", "million", "millions"} \
    | {noun for noun, kind in crowd_nouns().items() if kind == "crowd"}  # "a mob of youths", "a throng of villagers"
#: Nouns of people of no group a crowd is counted in ("hundreds of people").
_CROWD_PEOPLE = {"people", "person", "citizen", "resident", "local", "inhabitant", "man", "woman"}
#: Prepositions that place a harm inside an attack ("in a raid", "during the shelling", "under fire").
_IN_ATTACK = ("in", "during", "under")
#: Verbs of undergoing an act named by the object of their "under" ("came under attack", "was under bombardment"):
#: their subject is the act's target (PETRARCH2 "COME * (UNDER ATTACK)", "ARRIVE * (UNDER FIRE)").
_UNDERGOING = {"come", "be", "remain", "stay", "fall"}
#: Prepositions of the doer of an act undergone ("came under shelling from Y", "under attack by Y").
_UNDERGONE_FROM = ("from", "by")
#: Nouns of an attack that also name a verbal attack ("the plan came under attack from Y's lawmakers"): undergone,
#: they are acts of force only when a weapon names them ("missile attack") or the doer is an armed force.
_VERBAL_ATTACKS = {"attack", "assault", "offensive", "onslaught"}
#: Nouns of shooting undergone ("came under fire from Y", "drew fire from Y"): a criticism too (WordNet "under fire"
#: n.2 "being criticized"), so an act of force only when a side is an armed force.
_FIRE = {"fire"}
#: Verbs that take the fire they undergo as their object ("took fire from Y", "drew fire from Y").
_FIRE_TAKEN = {"take", "draw"}
#: Sectors (and armed-group kinds) of a doer that make an attack undergone an act of force, and of the harmed who may
#: be a side of the fight they were harmed in.
_ARMED_ROLES = {"military", "police", "armed groups", "armed group", "rebels", "movement"}
#: Nouns of strained relations whose "with" names the other side ("amid tensions with Y", "during the standoff with Y").
_STRAINS = {
    "tension", "tensions", "standoff", "stand-off", "dispute", "row", "crisis", "confrontation", "friction", "feud",
    "spat", "rift", "clash", "clashes", "skirmish", "skirmishes", "escalation", "hostility", "hostilities", "showdown",
}
#: Prepositions that set an act against a strain ("amid tensions", "over the dispute", "following clashes").
_AMID = ("amid", "amidst", "over", "during", "following", "after", "in", "despite")
#: Prepositions and conjunctions that set a show of force after the act it answers ("after Y's drills", "in response
#: to Y's drills", "after Y fired a missile"; the nouns of answering whose "to" or "for" names the act are
#: ``_words._RESPONSES``).
_PROVOKED_PREPS = ("after", "following", "in")
_PROVOKED_MARKS = ("after", "when", "as", "because", "since")
#: Verbs of an armed force's coming near or through another's waters or skies, which a show of force may answer
#: though they are no attack ("put its navy on alert as Y's warships sailed through the strait", "scrambled jets when Y's
#: bombers approached"): WordNet 3.0 sail v.1, fly v.2, enter v.1, cross v.1, approach v.1, transit v.1, pass v.1.
_FORCE_MOVES = {"sail", "fly", "enter", "cross", "approach", "transit", "pass", "intrude", "overfly", "circle", "steam", "patrol", "near"}
#: Words before "of" that pick some of a group ("one of the founding members").
_PARTITIVE = ("one", "some", "several", "two", "three", "many", "each")


#: Predicates of a judgement passed on another's act (CAMEO 051 praise, 111 criticism, 14 protest).
_JUDGED = {"praises", "criticizes", "protests"}


def constructions(ctx: _Context, anchor: Token, predicate: str, category: str, subjects: list[Arg], objects: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """The trigger's subjects and objects, completed by its class's own construction where the general rules found none."""
    verb = anchor.pos_ in ("VERB", "AUX")
    actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if (predicate in _JUDGED or (category in ("REJECT", "REQUEST") and verb)) and (judged := judged_doers(ctx, anchor)) is not None:
        # "X closed the border, a move Y criticised", "..., which Y condemned": the renamed act's doer is judged, not the
        # antecedent (kg/extract/_renamed.py); "..., which Y denied" judges no one, and "..., which Y had demanded" asks
        # for what is done already (of whom, the sentence does not say)
        return (subjects, judged) if judged and category != "REQUEST" else ([], [])
    if category == "AID" and verb and (eased := own_debt_creditors(ctx, anchor, subjects)) is not None:
        return eased  # "X restructured its debt with Y": Y eases X's debt (kg/extract/_economic.py)
    if category == "AID" and not verb and (eased := restructuring_sides(ctx, anchor, objects)) is not None:
        return eased  # "X's debt restructuring with Y": Y eases X's debt; "X completed a debt restructuring with Y": whose?
    if predicate == "withdrawsFrom" and not verb and _wanted(anchor):
        return [], []  # "insisted on a pullout of X's troops": asked for, not done
    if predicate == "signsAgreementWith" and not verb and _sought(anchor):
        return [], []  # "called for a treaty between X and Y", "talks on a deal between X and Y": not (yet) made
    if predicate in ("withdrawsFrom", "mobilizes") and not subjects and not verb:
        # "the withdrawal of Turkish forces from ...", "the deployment of Turkish troops to ...": the forces named
        # with "of" are the ones who leave or are sent
        forces = [o for o in objects if o.prep == "of" and _armed_force(o)]
        subjects, objects = forces, [o for o in objects if o not in forces]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    elif predicate in ("withdrawsFrom", "mobilizes") and not subjects and any(c.dep_ == "nsubjpass" for c in anchor.children):
        # "Russian troops were deployed to Y", "two Z warships were sent to Y's coast", "X's soldiers were withdrawn
        # from Y": a passive without its agent moves the forces of the country that owns them
        hardware = any(ctx.lemmas[c.i] in _WEAPONS for c in anchor.children if c.dep_ == "nsubjpass")  # "Y's tanks": Y
        forces = [o for o in objects if o.prep is None and (_armed_force(o) or (hardware and o.entity.type is EntityType.COUNTRY))]
        subjects, objects = forces, [o for o in objects if o not in forces]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if category in ("SANCTION", "COERCE") and verb and not subjects and any(c.dep_ == "nsubjpass" for c in anchor.children):
        # "Y was suspended from the Commonwealth", "Y was expelled from the Council of Europe": a passive without its agent
        # whose "from" body is an international organisation it was in: the body did it
        bodies = [o for o in objects if o.prep == "from" and o.entity.type is EntityType.ORGANIZATION and o.entity.role in _INTERNATIONAL_BODIES]
        subjects, objects = bodies, [o for o in objects if o not in bodies]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if predicate == "concedes" and verb:
        objects = handed_to(objects)  # "handed over Z's leaders to Y": conceded to Y, not to Z
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if category == "SANCTION" and verb and anchor.lemma_.lower() == "boycott" \
            and (hosts := [a for a in _boycotted_hosts(ctx, anchor) if all(a.entity.key not in (s.entity.key, s.entity.country) for s in subjects)]):
        # "X boycotted the Games held in Y", "X boycotted the Y Olympics": a state's staying away from what another
        # hosts is aimed at the host (CAMEO 163; the place the general rules read is the host)
        keys = {h.entity.key for h in hosts}
        objects = [o for o in objects if o.entity.key not in keys] + hosts
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if category == "INVESTIGATE" and verb and not subjects and (founders := _body_founders(ctx, anchor)):
        # "X set up a commission that will investigate Y", "X appointed a panel that looked into Y's role": the body
        # a state creates for the inquiry acts for it
        subjects = founders
    if predicate == "withdrawsFrom" and verb:
        # "suspended its joint drills with Y": the partner of the act ended is no side it pulls back from
        acts = [c for c in anchor.children if c.dep_ == "dobj"]  # ("withdrew from the frontier with Y": the parse may hang the place's "with" on the verb)
        keys = {a.entity.key for t in acts for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)}
        partners = [o for o in objects if o.entity.key in keys]
        objects = [o for o in objects if o not in partners]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
        if (partners and not actor_objects) or any(m.lower_ in _BILATERAL for a in acts for m in a.children if m.dep_ == "amod"):
            return [], []  # "suspended its joint drills with Y": a joint act ended, no pulling back from the partner
    if predicate == "withdrawsFrom" and not [o for o in actor_objects if all(o.entity.key != s.entity.key for s in subjects)]:
        # (the subject's own forces, "the troops it had massed", are no place left)
        objects = objects + _withdrawn_from(ctx, anchor, subjects)
    elif category == "INVESTIGATE" and not actor_objects and not verb and not _wanted(anchor):
        doers = _investigated_doers(ctx, anchor)
        if doers and anchor.dep_ == "dobj" and {d.entity.key for d in doers} & {a.entity.key for a in subjects}:
            # "X opened an investigation into crimes by Y": the general rules took the act's "by Y" for the noun's own
            subjects = _subjects_of_verb(ctx, anchor.head)
        objects = objects + (doers or _questioned_doers(ctx, anchor))
    elif category == "INVESTIGATE" and not actor_objects and verb:
        objects = objects + _questioned_doers(ctx, anchor)
    elif category == "COERCE" and not actor_objects and verb:
        objects = objects + [a for comp in _secondary_predicates(anchor) for a in _actors_in_np(ctx, comp) or _captives(ctx, comp)]
    elif category == "AID" and not actor_objects and verb:
        objects = objects + _aided_country(ctx, anchor)
    elif category == "AID" and not subjects and actor_objects and (not verb or anchor.dep_ == "pcomp") and anchor.lemma_.lower() not in _GIVERS:
        subjects = _aid_helpers(ctx, anchor, actor_objects)  # "helped with the training of Y's army", "in arming Y's troops"
    elif (predicate in _RELATIONAL or anchor.lemma_.lower() in _GIVERS) and not verb and not (subjects and actor_objects):
        # "X is Y's ally", "X, Y's closest ally,", "Y's allies, including X", "allies of Y such as X"
        if not subjects and not actor_objects:
            # "X, Y's neighbour and ally": the owner of the first of coordinated nouns owns them all
            subjects = [a for c in _relational_place(anchor).children if c.dep_ == "poss" for a in _actors(ctx, c, 0.9)]
        holders = [h for h in _relation_holders(ctx, anchor) if h.entity.key not in {a.entity.key for a in subjects + objects}]
        if holders and subjects:
            objects = objects + holders
        elif holders:
            subjects = holders
    elif predicate == "mediates" and not actor_objects:
        keys = {a.entity.key for a in subjects}
        objects = objects + [a for a in _mediated_sides(ctx, anchor) if a.entity.key not in keys]
    if category in ("CONCEDE", "RETREAT") and verb and anchor.lemma_.lower() in _GOT_BACK:
        # "X recovered its drone from Y", "X regained its seized tanker from Y": Y gave it back (PETRARCH2 RECOVER
        # "* &AIRCRAFT", 0842); the one who got it back is the receiver
        held = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]  # "recovered its drone from Y": either may hold it
        givers = [a for t in held for p in _from_objects(t) for a in _actors(ctx, p, 0.9)]
        if givers and subjects:
            return givers, subjects
    if category == "ASSAULT" and not verb and not actor_objects and (prep := split_adversary(anchor)) is not None:
        # "UK backs Kenya in war on Z": the parse hangs the fight's "on Z" on the word of help
        objects = objects + [Arg(a.entity, a.score, "against") for p in prep.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if category == "ASSAULT" and (refined := refined_adversaries(ctx, anchor)):
        # "Y's battle with extremism, above all against Z", "the war on terror, notably against Z": the group named
        # is the adversary, not the abstraction (class fight24)
        keys = {o.entity.key for o in objects}
        objects = [o for o in objects if o.entity.type is not EntityType.TOPIC] + [r for r in refined if r.entity.key not in keys]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if category in ("SANCTION", "COERCE", "ASSAULT") and not [o for o in objects if o.entity.type is not EntityType.TOPIC]:
        objects = objects + _tied_targets(ctx, anchor)
    if category == "ASSAULT" and not [o for o in objects if o.entity.type is not EntityType.TOPIC]:
        objects = objects + struck_in(ctx, anchor, subjects)
    if category in ("SUPPORT", "AID") and not verb and helping_verb(anchor) is None and (helped := _helped_act(anchor)) is not None:
        # (not the act a verb of helping names: "X helped with the training of Y's army" is X's aid, above)
        # "Y retook the city with the help of X": X helps Y, whatever the general rules read off "of"
        helpers = _actors(ctx, anchor, 0.9)
        if helpers:
            return helpers, [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, helped)]
    if category in ("SUPPORT", "AID") and (foes := _contest_foes(ctx, anchor)):
        # "UK backs Kenya in war on Z", "X supports Y in its fight against terrorist groups, notably Z": the adversary of
        # the helped contest, wherever the parse hangs it, is not helped
        objects = [o for o in objects if o.entity.key not in foes]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if category in ("SUPPORT", "AID") and verb and not actor_objects and (clause := _helped_clause(anchor)) is not None:
        # "Backed by X in its fight against Z, Y has made gains": the participle's helped is the clause's subject, and
        # what its "in" names is no thing supported (class fight24)
        keys = {s.entity.key for s in subjects}
        objects = [o for o in objects if o.prep != "in"] + [a for a in _subjects_of_verb(ctx, clause) if a.entity.key not in keys]
        actor_objects = [o for o in objects if o.entity.type is not EntityType.TOPIC]
    if category == "SUPPORT" and verb and not actor_objects:
        objects = objects + _content_subjects(ctx, anchor)
    if category in _OWNED_TARGETS and not actor_objects:
        # "condemned the shelling of its border posts by Y", "Y seized their fishing boats": the owner is the target
        objects = objects + [o for o in _owned_patients(ctx, anchor, subjects) if all(o.entity.key != s.entity.key for s in subjects)]
    if category == "ASSAULT" and (denied := helped_contest(anchor, predicate == "fightsWith")) is not None and denied[0] is None \
            and _help_denied(denied[1]):
        return [], objects  # "X refused to back Y in the war against Z": no one's fight is said, not even the refuser's
    if category == "ASSAULT" and (helped := _helped_fighters(ctx, anchor, predicate == "fightsWith")):
        # "X supported Y in its fight against Z", "X helped Y in its efforts to crush Z": Y fights Z, not X
        keys = {h.entity.key for h in helped}
        objects = [o for o in objects if o.entity.key not in keys]
        if _helper_fought(ctx, anchor, predicate == "fightsWith", objects):
            return [], []  # "X supports Y in its fight against X": the helper is no enemy of the one it helps
        return helped, objects
    if category == "ASSAULT" and (suffered := _suffered(ctx, anchor, subjects, objects)) is not None:
        return suffered
    if category == "ASSAULT" and verb and (kept := _in_custody(ctx, anchor, subjects, objects)) is not None:
        return kept
    if category == "ASSAULT" and (not verb or anchor.dep_ == "pcomp") and (undergone := _undergone(ctx, anchor, subjects, objects)) is not None:
        return undergone
    # a country named only as the place of the attack ("in Y", "inside Y") yields to the harmed the clause names: "a Z
    # commander was killed in a strike by X in Y" (X attacks the commander; Y is where)
    placed = [o for o in actor_objects if o.prep in _WHERE and o.entity.type is EntityType.COUNTRY]
    if category == "ASSAULT" and verb and placed and any(c.dep_ == "dobj" and armed_people(c) and not _actors(ctx, c, 0.8) for c in anchor.children):
        # "X's jets struck Kurdish fighters in Y", "bombed insurgents inside Y": armed people of no state are whom the
        # blow is aimed at, Y where they are (as "an offensive against fighters in Y", ``_arguments.struck_in``)
        objects = [o for o in objects if o not in placed]
        actor_objects = [o for o in actor_objects if o not in placed]
    if category == "ASSAULT" and not verb and len(placed) == len(actor_objects):
        victims = [v for v in _victims(ctx, anchor) if all(v.entity.key != s.entity.key for s in subjects)]
        if predicate == "fightsWith":
            # the harmed of a fight are a side of it only if they bear arms and one other side is named: not "a Z
            # journalist (or Z soldier) died in clashes between X and Y"
            victims = [v for v in victims if v.entity.role in _ARMED_ROLES] if len(subjects) == 1 and not placed else []
        if victims:
            objects = [o for o in objects if o not in placed] + victims
    if predicate == "fightsWith" and (harm := _harm_verb(anchor)) is not None:
        # "two X soldiers were killed in a clash with Y's troops", "died during fighting with Y" (a gerund): the
        # harmed are one side of the fight if they bear arms (a journalist killed in a clash took no side in it)
        partners = actor_objects or _partner_on_verb(ctx, anchor)
        keys = {o.entity.key for o in partners}
        harmed = {h.entity.key for h in _subjects_of_verb(ctx, harm)} | {h.entity.key for h in _victims(ctx, anchor)}
        subjects = [s for s in subjects if s.entity.key not in harmed or s.entity.role in _ARMED_ROLES]
        if not subjects and partners:
            subjects = [v for v in _victims(ctx, anchor) if v.entity.key not in keys and v.entity.role in _ARMED_ROLES]
        objects = objects + [o for o in partners if o not in objects]
    if category == "REQUEST" and not verb and not actor_objects:
        objects = objects + (_asked(ctx, anchor) or _asked_from(ctx, anchor))
    if category == "MOBILIZE" and not actor_objects:
        objects = objects + (_strained_with(ctx, anchor, subjects) or _provoked_by(ctx, anchor, subjects) or _offshore(ctx, anchor, subjects)
                             or _force_placed(ctx, anchor, subjects))
    if category == "PROTEST" and _displayed(anchor):
        return [], []  # "held a demonstration of its new drones for Y's officials": a display, no protest
    if category == "PROTEST" and verb and anchor.lemma_.lower() in _GATHERING and not _gathered_protesters(anchor):
        return [], []  # "diplomats gathered outside the embassy": a gathering, no protest
    if category == "PROTEST" and verb:
        subjects = _placed_protesters(ctx, anchor, subjects)
    elif category == "PROTEST" and anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in _LIGHT_VERBS:
        subjects = _placed_protesters(ctx, anchor.head, subjects, anchor)  # "Iranian students began a hunger strike"
    if category == "PROTEST" and verb and not actor_objects:
        # "shouted anti-Y slogans", "burned anti-Y banners": the act's thing is "anti-" its target
        objects = objects + [a for thing in _first_of(list(anchor.children), {"dobj"}) for a in _anti_targets(ctx, thing)]
        objects = objects + _held_against(ctx, anchor)
    if category == "PROTEST" and verb:
        # "anti-Y protesters rallied in X": the crowd's own "anti-" names the target (and no protester), whatever place
        # the general rules read
        objects = objects + [a for s in _protest_subjects(anchor) for a in _anti_targets(ctx, _counted(s))]
    if category == "PROTEST" and not verb and (against := _anti_targets(ctx, anchor)):
        # "anti-Y protests erupted in X": Y is the target, not a protester; the protesters are X's
        keys = {a.entity.key for a in against}
        placed = _protests_placed(ctx, anchor)
        subjects = [s for s in subjects if s.entity.key not in keys] or placed
        # "Thousands joined anti-Y demonstrations in X": the crowd is the protest's own group, named by its place
        subjects = [next((p for p in placed if p.entity.key == s.entity.key), s) for s in subjects]
        objects = [o for o in objects if o.entity.key not in keys] + against
    if category == "PROTEST" and not verb and not subjects:
        # "a rally was held outside the Y embassy in X", "a protest against Y's plan was staged in X": a protest held by
        # no one named is held by protesters of the one country it is held in
        subjects = _unnamed_protesters(ctx, anchor) or _noun_rioters(ctx, anchor)
    if category in ("PROTEST", "ACCUSE") and not actor_objects and not objects and not _embassy_owners(ctx, anchor):
        # "X lodged a protest after Y's official visited the islands": a protest with no target answers the act it follows
        objects = _provoked_by(ctx, anchor, subjects, any_act=True)
    # "besieged the Y embassy", "the Y embassy was picketed by protesters": the mission stands for its state too
    if category == "PROTEST" and (owners := _embassy_owners(ctx, anchor) + _mission_states(ctx, [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")], None)):
        # "a hunger strike in front of the Y embassy": the general rules may read the embassy through "in"
        objects = objects + [a for a in owners if all(a.entity.key != o.entity.key or o.prep == "in" for o in objects)]
        # "protested at the Y consulate": the mission the general rules read as Y's government stands for its state
        states = {a.entity.country for a in owners if a.entity.type is EntityType.COUNTRY}
        objects = [o for o in objects if not (o.entity.type is EntityType.SECTOR_ACTOR and o.entity.role == "government" and o.entity.country in states)]
    if category == "STRUCTURAL" and not subjects and not verb:
        subjects = _role_holders(ctx, anchor)
        if predicate == "memberOf":
            # a person named as one of a cabinet or a board holds a seat, not the membership of a state
            subjects = [s for s in subjects if s.entity.type in (EntityType.COUNTRY, EntityType.ORGANIZATION)]
    if predicate == "memberOf" and not verb and anchor.lemma_.lower() in structural_cues().part_nouns:
        subjects, objects = _parts_of(ctx, anchor, subjects, objects)
    if predicate == "memberOf" and not verb and anchor.lemma_.lower() in _MEMBER_HEADS:
        # "a member state of Y", "a member economy of Y": said of a state only ("a Y member state": the
        # organisation named inside the noun is its object, read by the extractor)
        inside = {a.entity.key for c in anchor.children if c.dep_ in ("compound", "nmod") for a in _actors(ctx, c, 0.9)}
        subjects = [s for s in subjects if s.entity.type is EntityType.COUNTRY or s.entity.key in inside]
    if predicate == "sanctions" and verb and _envoys(anchor):
        # "ordered the Sudian envoy to leave": the envoy stands for the state that sent it
        objects = [_sender(ctx, o) for o in objects]
        if not subjects:
            subjects = _country_left(ctx, anchor)
    if predicate == "cooperatesWith" and verb and not subjects and any(c.dep_ == "prep" and c.lower_ == "alongside" for c in anchor.children):
        # "X's troops are deployed (stationed) alongside Y's": the force placed beside another is on its side, not an
        # object of the act
        placed = [a for c in anchor.children if c.dep_ == "nsubjpass" for a in _actors(ctx, c, 0.9)]
        keys = {a.entity.key for a in placed}
        subjects, objects = placed, [o for o in objects if o.entity.key not in keys]
    if predicate in ("participatesIn", "partnerIn") and verb and not objects:
        objects = _joined_body(anchor)
    return subjects, objects


#: Prepositions of a noun of help that name who is helped ("support for Y", "assistance to Y", "solidarity with Y");
#: not "of" ("the support of Y" is Y's).
_HELPED_PREPS = ("for", "to", "with")
#: Prepositions of a verb of help that name who is helped ("stands by Y", "sided with Y", "stands behind Y", "rallied
#: behind Y").
_HELPED_VERB_PREPS = ("by", "with", "behind")
#: Verbs of asking for help, whose subject is the one helped ("Y asked X for help in its fight against Z", "Y requested
#: X's assistance in its war on Z"; class fight24).
_ASKING_HELP = {"ask", "request", "seek", "appeal", "plead", "beg"}
#: Entity roles of an organisation that fights: the armed groups and movements of ``kg/data/armed_groups.tsv``.
_FIGHTING_ROLES = ("armed group", "movement", "armed groups", "rebels")


def helped_contest(anchor: Token, fight: bool = False) -> tuple[Token | None, Token] | None:
    """The possessive pronoun of a contest that a phrase of help says is the helped party's, with the word of help:
    "X supported Y in [its] fight against Z", "X's backing for Y in [their] war on Z", "X helped Y in [its] efforts
    to defeat Z" (``helping`` of ``kg/data/contests.yaml``; the parse may hang "in ..." on a light verb whose object
    is the noun of help: "expressed solidarity with Y in its struggle"); a verb of praise's "for" phrase says so as
    well: "X praised Y for [its] struggle against Z" (``praising``). None for another phrase: "X lost soldiers in
    the fight against Z".

    A contest no one owns is the helped party's too (the pronoun is then None): an armed operation (``operations`` of
    ``kg/data/contests.yaml``) whose adversary is named, "X is assisting Y's troops in operations against Z", "X
    helped Y in the offensive against Z"; with ``fight`` (the trigger is a noun of fighting of the lexicon,
    ``fightsWith``) a fight, "X backs Y in the fight against Z", "X praised Y for the war against Z"; and an intent
    with an infinitive of force, "X helped Y in efforts to crush Z" (issue 16, helper fight13)."""
    holder = anchor if anchor.pos_ in ("NOUN", "PROPN") else intention_noun(anchor)
    if holder is None or holder.dep_ != "pobj" or holder.head.lower_ not in ("in", "for"):
        return None
    praised = holder.head.lower_ == "for"
    pronouns: list[Token | None] = [c for c in holder.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if not pronouns and holder is anchor and _helped_operation(holder):
        pronouns = [None]
    elif not pronouns and (fight or holder is not anchor) and not any(c.dep_ == "poss" for c in holder.children):
        pronouns = [None]  # "in the fight against Z", "in efforts to crush Z": owned by no one named
    if not pronouns:
        return None
    words = praising_verbs() if praised else contest_intents()[2]
    head = holder.head.head
    if head.lemma_.lower() not in words and (word := _help_of_helped(head, words)) is not None:
        # "helping [Y's forces in the operation against Z]", "its support of [the Y government and the Y-ian people in
        # their fight against Z]": the parse may hang "in" on the helped party (or the last of them)
        head = word
    if head.lemma_.lower() in words:
        # (praise is read off its verb only: "praised Y for its fight"; a noun of praise's "for" is what is praised)
        return (pronouns[0], head) if not praised or head.pos_ in ("VERB", "AUX") else None
    if head.pos_ in ("VERB", "AUX") and not praised:
        # "expressed solidarity with Y in its struggle", "will provide assistance to Y in its campaign"; "remains
        # firm in its backing of Y in its war": the noun of help in another "in" phrase of the verb or of its
        # adjective, the parse hanging both phrases on the verb
        nouns = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in words]
        nouns = nouns or [p for h in (head, *(a for a in head.children if a.dep_ == "acomp")) for c in h.children
                          if c.dep_ == "prep" and c.lower_ == "in" and c.i != holder.head.i
                          for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() in words]
        if nouns:
            return pronouns[0], nouns[0]
    return None


def _help_of_helped(party: Token, words: frozenset[str]) -> Token | None:
    """The word of help whose helped party a noun is, the first of coordinated ones: the verb whose object it is ("backed
    [Y and its army]"), or the noun whose "for", "to", "with" or (after an owner) "of" object it is ("its support of [the
    Y government and the Y-ian people]"); else None."""
    while party.dep_ == "conj" and party.head.i != party.i:
        party = party.head
    if party.dep_ in ("dobj", "nsubjpass") and party.head.pos_ in ("VERB", "AUX") and party.head.lemma_.lower() in words:
        return party.head
    if party.dep_ == "pobj" and party.head.dep_ == "prep":
        noun = party.head.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in words and party.head.lower_ in _helped_preps(noun):
            return noun
    return None


def _helped_preps(noun: Token) -> tuple[str, ...]:
    """The prepositions of a noun of help that name who is helped: "for", "to", "with", and "of" after an owner ("X's
    support of Y", "its backing of Y"; "the support of Y" is Y's own)."""
    return _HELPED_PREPS + ("of",) if any(c.dep_ == "poss" for c in noun.children) else _HELPED_PREPS


def _helped_operation(noun: Token) -> bool:
    """Whether a noun names an armed operation of no owner's against a named adversary, by its name or as an armed
    force: "in operations against Z", "in the offensive on Z", "in the counteroffensive against Z-ian troops" (not "in
    X's offensive", "in the campaign against corruption", "against Z's tariffs")."""
    if noun.lemma_.lower() not in operation_nouns() or any(c.dep_ == "poss" for c in noun.children):
        return False
    nouns = sector_nouns()
    return any(
        p.pos_ == "PROPN" or nouns.get(p.lemma_.lower()) in _FIGHTING_SECTORS
        for c in noun.children if c.dep_ == "prep" and c.lower_ in _ADVERSARY_PREPS for p in c.children if p.dep_ == "pobj"
    )


#: Sectors of the nouns of a force one fights ("troops", "militias", "rebels").
_FIGHTING_SECTORS = ("military", "armed groups", "rebels")


#: Categories of acts done to a target whose patient may be a thing owned by the target ("shelled its border posts").
_OWNED_TARGETS = ("ASSAULT", "COERCE", "MOBILIZE")


def _offshore(ctx: _Context, anchor: Token, subjects: list[Arg]) -> list[Arg]:
    """The state off whose coast forces are sent or stationed ("stationed warships off Y's coast", "off the coast of
    Y", "off the Y-ian coast", "deployed a carrier off Y"), a show of force near Y as "near Y" is; not the doer's own
    coast."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return []
    holders = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    own = {s.entity.country for s in subjects}
    return [
        Arg(a.entity, a.score * 0.9, "off")
        for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "off"
        for p in prep.children if p.dep_ == "pobj"
        for a in _actors(ctx, p, 0.9) or [b for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj" for b in _actors(ctx, q, 0.9)]
        if a.entity.country not in own
    ]


#: Nouns of the state of readiness a show of force puts forces in ("on high alert", "on standby", "on a war footing").
_READINESS = {"alert", "standby", "readiness", "footing"}
#: Prepositions of where forces are sent ("sent warships toward Y", "moved tanks to Y's border").
_SENT_TO = ("to", "toward", "towards", "into", "near", "along", "around")
#: Prepositions of a place phrase that names the neighbour through the border it lies on ("on the border with Y").
_ON_BORDER = ("on", "at")


def _force_placed(ctx: _Context, anchor: Token, subjects: list[Arg]) -> list[Arg]:
    """The neighbour a border phrase names when the parse hangs it on the forces or on their state of readiness rather
    than on the verb: "put its troops on high alert [along the border with Y]", "raised the readiness of its forces [on
    the border with Y]", "placed its army on standby [near the frontier with Y]" (as "deployed troops along the border
    with Y" names Y). Not the subject's own country, nor a place of another kind ("on alert in the capital")."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return []
    holders = [p for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ in ("on", "in")
               for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in _READINESS]
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    holders += objects + [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    own = {s.entity.country for s in subjects if s.entity.country}
    found = [
        Arg(a.entity, a.score * 0.9, a.prep, place=True)
        for holder in holders
        for a in _prep_objects(ctx, holder, 0.9)
        if a.place and (a.prep in BY_BORDER or (a.prep in _ON_BORDER and a.via == "with")) and a.entity.country not in own
    ]
    # "sent 71 warplanes and nine ships [toward Y]": the parse may hang where the forces go on the last of them (the
    # trigger's own object says they are forces)
    last = [c for o in objects for c in o.conjuncts if c.i > o.i]
    found += [Arg(a.entity, a.score * 0.9, a.prep, place=True) for c in last[-1:] for a in _prep_objects(ctx, c, 0.9)
              if a.prep in _SENT_TO and a.entity.country not in own]
    return found


def _owned_patients(ctx: _Context, anchor: Token, subjects: list[Arg]) -> list[Arg]:
    """The owner a possessive pronoun names of the patient of an act of force, coercion or a show of force: "X condemned
    the shelling of its border posts by Y", "the seizure of their fishing boats by Y's navy", "Y's navy seized its
    trawlers", "X says Y's troops opened fire on its positions", "Y's jets violated its airspace" (the
    pronoun's antecedent, resolved by :func:`kg.extract._discourse.refer`, is the target, as "Z's border posts" names
    Z). The patient is a verb's object (or passive subject) or a noun's "of", "on" or "against" object; nothing when the pronoun has no
    sure antecedent; of two states before "its", the one that is not the doer: "X condemned Y's shelling of its border
    posts", "X said Y's troops seized its tanker" (:func:`kg.extract._discourse.patient_owner`)."""
    if anchor.pos_ in ("VERB", "AUX"):
        patients, prep = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")], None
        # "opened fire on its positions", "fired rockets at their towns": the object of the act's preposition
        patients += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS for p in c.children if p.dep_ == "pobj"]
    else:
        # "the shelling of its posts", "the attack on its embassy", "a raid against their camps"
        patients, prep = [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against") for p in c.children if p.dep_ == "pobj"], "of"
    patients += [c for p in patients for c in p.conjuncts]
    # (or a description of an actor's kind: "struck the group's positions", "the junta's bases")
    owners = [c for p in patients for c in p.children if c.dep_ == "poss" and (c.lower_ in ("its", "their") or (c.pos_ == "NOUN" and ctx.mention(c) is None))]
    doers = [s.entity for s in subjects]
    # (two states named before "its": the one that is not the act's doer, "X condemned Y's shelling of its posts")
    found = [Arg(r.entity, 0.8 * r.score, prep) for o in owners for r in refer(ctx, o) or patient_owner(ctx, o, doers) if r.entity.type is not EntityType.TOPIC]
    return list({a.entity.key: a for a in found}.values())


def backed_contest(ctx: _Context, anchor: Token, subjects: list[Arg], objects: list[Arg]) -> bool:
    """Whether a noun of contest between two states is one a phrase of help takes a side in, which makes it a war
    (a state does not back another's match): "X supported Y in its fight against Z" (:func:`helped_contest`), "X
    backs Y's struggle against Z", "X's support for Y's battle against Z" (the noun the object of a word of help).

    A side must be a state or a state's armed force (not a people), the other a state ("X backs Y in its fight against corruption", a
    topic, or "against Z-ian disinformation", a thing, are no war). Not a contest for a prize ("X backed Y in its
    fight for the title against Z"): a "for" phrase of the noun names what is contested, which a war of two states
    backed by a third rarely has written beside it; abstaining there keeps the sports pages out), nor a contest
    "over" a thing of another kind of struggle ("over tariffs", ``figurative`` of ``kg/data/contests.yaml``).
    """
    if anchor.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "prep" and c.lower_ == "for" for c in anchor.children):
        return False
    figurative = contest_modifiers()[1]
    if any(w.lemma_.lower() in figurative for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("over", "about")
           for p in c.children if p.dep_ == "pobj" for w in (p, *p.children) if w.dep_ in ("pobj", "compound", "amod")):
        return False  # "X backed Y in its fight against Z over steel tariffs": a trade dispute ("a trade war")
    helping = contest_intents()[2]
    if (helped := helped_contest(anchor)) is not None and helped[0] is None:
        return False  # "helped Y in the campaign against Z": without the pronoun, only an armed side makes it a war
    if helped is not None:
        # the fighters are the helped party the pronoun agrees with, not the helper
        sides = {a.entity.key for a in _helped_fighters(ctx, anchor)}
    elif (anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in helping) or (
            anchor.dep_ == "pobj" and anchor.head.lower_ in ("for", "in") and anchor.head.head.lemma_.lower() in helping):
        # "X backs Y's struggle against Z", "X's support for Y's battle": the fighter is the noun's named owner
        sides = {a.entity.key for c in anchor.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in _actors(ctx, c, 1.0)}
    else:
        return False
    if not sides or any(s.entity.key not in sides for s in subjects):
        return False
    # the adversary is named as a state ("against Z", "against Moscow"), or by its armed act ("against Z-ian aggression",
    # "against Z's invasion", class fight24), not as another thing of it ("Z-ian disinformation")
    named = any(p.pos_ == "PROPN" or p.lemma_.lower() in aggression_nouns()
                for c in anchor.children if c.dep_ == "prep" and c.lower_ in _ADVERSARY_PREPS for p in c.children if p.dep_ == "pobj")
    # the helped side is a state or its armed force: a people's struggle ("the Y-ians in their struggle against Z")
    # is as often one for rights or votes
    state = any(s.entity.type is EntityType.COUNTRY or (s.entity.type is EntityType.SECTOR_ACTOR and s.entity.role in _ARMED_ROLES) for s in subjects)
    return named and state and any(o.entity.type is EntityType.COUNTRY and o.prep in _ADVERSARY_PREPS for o in objects)


#: Prepositions of a noun of contest that name the adversary ("the fight against Z", "a war on Z", "a battle with Z").
_ADVERSARY_PREPS = ("against", "on", "with")


def _helped_fighters(ctx: _Context, anchor: Token, fight: bool = False) -> list[Arg]:
    """The helped party that fights in a contest a phrase of help names by a possessive pronoun (:func:`helped_contest`):
    "X supported Y in its fight against Z", "X stands by Y in its struggle against Z", "X's backing for Y's army in their
    war on Z", "X helped Y in its efforts to crush Z" (Y fights Z; X's help is read by its own trigger).

    The helped party is a verb's object (its passive subject, or the object of its own "by" / "with": "stands by Y",
    "sided with Y"), a noun's "for", "to" or "with" object, or else the one who receives, welcomes or thanks for the
    help ("Y welcomed X's assistance in its war on Z"). It must be a party (a state, a state's actor or an
    armed group) and agree with the pronoun: "its" a single one, "their" several or a body ("the Y-ian army ... their
    war"). Nothing when the pronoun does not agree ("X backed Y's forces in its fight": X's own) or the helped is no
    party ("X supports the plan in its fight against Z").
    """
    found = helped_contest(anchor, fight)
    if found is None:
        return []
    pronoun, helper = found
    if pronoun is None and _help_denied(helper):
        return []  # "X did not back Y in the fight against Z": without the pronoun, only the help says whose fight it is
    kids = list(helper.children)
    if helper.pos_ in ("VERB", "AUX"):
        helped = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
        # "pledged backing for Y in their war": a gerund the tagger reads as a verb keeps the noun's "for Y"
        preps = _HELPED_VERB_PREPS + (_HELPED_PREPS if helper.tag_ == "VBG" and helper.dep_ in ("dobj", "nsubj", "pobj") else ())
        helped = helped or [p for c in kids if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    else:
        helped = [p for c in kids if c.dep_ == "prep" and c.lower_ in _helped_preps(helper) for p in c.children if p.dep_ == "pobj"]
        if not helped and helper.dep_ == "dobj":
            # "expressed solidarity with Y in its struggle": the parse may hang the noun's "with Y" on its light verb
            # ("provided help to Y in its fight": a "to" the parse reads as the verb's dative)
            helped = [p for c in helper.head.children if c.dep_ in ("prep", "dative") and c.lower_ in _HELPED_PREPS for p in c.children if p.dep_ == "pobj"]
    if helped:
        target = helped[0]
        several = target.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in target.children)
        found_args = _actors(ctx, target, 1.0)
    else:
        # "Y welcomed X's assistance in its war on Z", "Y thanked X for its support in its fight against Z": the one
        # who receives the help is the helped; so is the one who asks for it ("Y asked X for help in its fight")
        receiver = helper.head if helper.dep_ == "dobj" else helper.head.head if helper.dep_ == "pobj" and helper.head.lower_ == "for" else None
        if receiver is not None and receiver.pos_ in ("VERB", "AUX") and receiver.lemma_.lower() in _RECEIVING | _ASKING_HELP:
            found_args = _subjects_of_verb(ctx, receiver)
        elif (clause := _helped_clause(helper)) is not None:
            # "With X's support in its fight against Z, Y retook the town", "Backed by X in its war on Z, Y ...": the
            # one the help goes with is the clause's subject (class fight24)
            found_args = _subjects_of_verb(ctx, clause)
        else:
            return []
        several = len(found_args) > 1
    parties = [
        Arg(a.entity, a.score * 0.9) for a in found_args
        if a.entity.type in (EntityType.COUNTRY, EntityType.SECTOR_ACTOR)
        or (a.entity.type is EntityType.ORGANIZATION and a.entity.role in _FIGHTING_ROLES)
    ]
    if not parties:
        return []
    if pronoun is None:
        # an operation helped in without a pronoun: the helped party is a state or its armed force, or an armed group
        # (a state's government stands for the state: "X backs the Y government in the fight against Z")
        return [p for p in parties if p.entity.type is not EntityType.SECTOR_ACTOR or p.entity.role in _ARMED_ROLES or p.entity.role == "government"]
    body = all(p.entity.type is not EntityType.COUNTRY for p in parties)
    # "X stands with Y in their struggle against Z": "their" of one state helped by one helper is Y's (its people's) or
    # both's, and Y fights Z either way; after several helpers ("X and W back Y in their war") it may be theirs alone
    agrees = (not several) if pronoun.lower_ == "its" else (several or body or not _several_helpers(helper))
    return parties if agrees else []


def _contest_foes(ctx: _Context, helper: Token) -> set[str]:
    """The adversaries of a contest a word of help's "in" phrase names that the parse may hang on the help itself: a
    headline's "X backs Y in war on Z" (:func:`kg.extract._refined.split_adversaries`) and the armed groups that narrow
    down an abstraction, "X supports Y in its fight against terrorist groups, in particular W and Z"
    (:func:`kg.extract._refined.refined_adversaries`); keys of their entities."""
    holders = [helper, helper.head] if helper.dep_ == "dobj" else [helper]
    contests = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    foes = {a.entity.key for prep in split_adversaries(helper) for p in prep.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)}
    return foes | {a.entity.key for c in contests for a in refined_adversaries(ctx, c)}


def _helped_clause(helper: Token) -> Token | None:
    """The verb whose subject a phrase of help set on it helps: a noun of help after "with" ("With the support of X in its
    fight against Z, Y retook the town": :func:`_helped_act`) or a participle of help without a subject of its own
    ("Backed by X in its war on Z, Y has made gains"); else None."""
    if helper.pos_ not in ("VERB", "AUX"):
        return _helped_act(helper)
    if helper.tag_ != "VBN" or helper.dep_ != "advcl" or any(c.dep_.startswith("nsubj") for c in helper.children):
        return None
    return helper.head if helper.head.pos_ in ("VERB", "AUX") else None


def _helper_fought(ctx: _Context, anchor: Token, fight: bool, objects: list[Arg]) -> bool:
    """Whether the adversary of a helped party's contest is its helper, or the helper's country: "X supports Y in its
    fight against X", "X's army backs Y in its war against X" (nonsense or a misreading: nothing is read)."""
    found = helped_contest(anchor, fight)
    if found is None:
        return False
    givers = [a.entity for w in _helper_words(found[1]) for a in _actors(ctx, w, 1.0)]
    keys = {e.key for e in givers} | {f"country/{e.country}" for e in givers if e.country}
    return any(o.entity.key in keys or (o.entity.type is EntityType.COUNTRY and f"country/{o.entity.country}" in keys) for o in objects)


def _helper_words(helper: Token) -> list[Token]:
    """The words that name who gives a help: a verb's subject or passive agent ("X backs Y", "Y was backed by X"), a
    noun's owner ("X's support for Y", "its backing"), else the subject of the verb whose object the noun is
    ("X expressed solidarity with Y")."""
    if helper.pos_ in ("VERB", "AUX"):
        words = [c for c in helper.children if c.dep_ == "nsubj"]
        return words or [p for c in helper.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    words = [c for c in helper.children if c.dep_ == "poss"]
    if not words and helper.dep_ == "dobj":
        words = [c for c in helper.head.children if c.dep_ == "nsubj"]
    return words


def _several_helpers(helper: Token) -> bool:
    """Whether the help is given by several ("X and W back Y", "the allies back Y", "their support for Y")."""
    return any(w.tag_ in ("NNS", "NNPS") or w.lower_ in ("their", "they", "we", "our") or any(c.dep_ == "conj" for c in w.children)
               for w in _helper_words(helper))


def _help_denied(helper: Token) -> bool:
    """Whether a word of help or praise is denied: "X did not back Y", "X refused to help Y", "no support for Y"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in helper.children):
        return True
    clause = helper if helper.pos_ in ("VERB", "AUX") else _clause_verb(helper)
    return clause is not None and _modality(clause) is Modality.NEGATED


def _suffered(ctx: _Context, verb: Token, subjects: list[Arg], objects: list[Arg]) -> tuple[list[Arg], list[Arg]] | None:
    """The doer and the target of harm suffered at someone's hands, or of a fall to a force: "X's troops suffered heavy
    losses at the hands of Y", "X's soldiers died (were shot) at the hands of Y", "the X-ian garrison fell to Y".

    The doer is the "of" object of "at the hands", or the object of "fell to"; the target is the verb's patient (a
    passive subject read as the object) or else its subject. A noun of harm ("X's defeat at the hands of Y", "the
    deaths of X's soldiers at the hands of Y", "suffered a defeat at the hands of Y") takes its "of" object, else its
    owner, else the subject of the verb whose object it is. None when there is no such phrase; nothing (empty sides)
    when the phrase names no actor.
    """
    kids = list(verb.children)
    holders = kids
    if verb.pos_ not in ("VERB", "AUX"):
        # "X's defeat at the hands of Y", "suffered a defeat at the hands of Y" (the parse hangs the phrase on the
        # object): the harm's owner, else the one who suffers it, is the target
        noun = verb
        if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
            subjects = [*subjects, *(a for a in _subjects_of_verb(ctx, noun.head) if all(a.entity.key != s.entity.key for s in subjects))]
        # "the deaths of X's soldiers at the hands of Y": the harmed named with "of" are the patient
        objects = [o for o in objects if o.prep == "of" and not o.inner]
    else:
        noun = None
    doers_at = [
        p for c in holders if c.dep_ == "prep" and c.lower_ == "at"
        for h in c.children if h.dep_ == "pobj" and h.lemma_.lower() == "hand"
        for o in h.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"
    ]
    if not doers_at and noun is not None:
        return None
    if not doers_at and verb.lemma_.lower() == "fall":
        doers_at = [p for c in kids if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    if not doers_at:
        return None
    doers = _actors(ctx, doers_at[0], 0.9)
    keys = {d.entity.key for d in doers}
    # a verb's patient is its passive subject (no preposition); a noun's is its "of" object (kept above)
    targets = [o for o in objects if (o.prep is None or noun is not None) and o.entity.type is not EntityType.TOPIC and o.entity.key not in keys]
    targets = targets or [Arg(a.entity, a.score * 0.9) for a in subjects if a.entity.key not in keys]
    return (doers, targets) if doers and targets else ([], [])


def _victims(ctx: _Context, noun: Token) -> list[Arg]:
    """Who an attack named by its noun harmed, said through a verb of harm suffered in it: "Y's reporter was killed in a
    raid by X", "three Y soldiers died in an ambush by X", "the strike by X in which two Y officers were wounded".

    Only a passive or intransitive verb of harm (``_HARMED_IN``) has the harmed as its subject; "X killed Y in a raid" is
    the verb's own act.
    """
    verbs: list[Token] = []
    if noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ in _IN_ATTACK and noun.head.head.pos_ == "VERB":
        verbs.append(noun.head.head)  # "was killed in a raid by X"
    # "a raid by X in which Y's reporter died": the parse may hang the clause on the agent
    agents = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for a in c.children if a.dep_ == "pobj"]
    verbs += [
        c for holder in (noun, *agents) for c in holder.children if c.dep_ == "relcl"
        for p in c.children if p.dep_ == "prep" and p.lower_ in _IN_ATTACK and any(w.lower_ == "which" for w in p.children)
    ]
    found: list[Arg] = []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma == "lose" and _forces_lost(verb):
            # "X lost ten soldiers in an attack by Y": X's forces were harmed
            found += [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, verb)]
            continue
        if lemma not in _HARMED_IN:
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "five Y soldiers, killed in an ambush by X, were buried": the participle describes the harmed
            found += _actors(ctx, verb.head, 0.85, verb) or _actors_in_np(ctx, verb.head)
            continue
        first = verb
        while first.dep_ == "conj" and first.head.pos_ == "VERB" and not [c for c in first.children if c.dep_.startswith("nsubj")]:
            first = first.head  # "was shot and killed in an ambush by X": the first conjunct holds the subject
        deps = {"nsubj"} if lemma == "die" else {"nsubjpass"}
        for harmed in _first_of(list(first.children), deps):
            found += _actors(ctx, harmed, 0.85) or _actors_in_np(ctx, harmed)
    return found


#: Words that open the question an investigation asks ("whether Y did", "how Y obtained").
_QUESTIONED = {"whether", "if", "how", "why", "who"}
#: Prepositions that name where an act happened ("a strike in Y", "a raid inside Y").
_WHERE = ("in", "inside")

#: Words for people lost in an attack besides the armed and police forces of ``kg/data/sectors.tsv``: "lost ten men".
_LIVES = {"life", "man", "member", "personnel"}


def _harm_verb(anchor: Token) -> Token | None:
    """The verb of harm suffered in a fight: the trigger itself ("died in clashes with Y", a verb pattern) or the
    verb whose "in" / "during" / "under" phrase names the fight ("were killed during fighting with Y")."""
    if anchor.pos_ == "VERB" and anchor.lemma_.lower() in _HARMED_IN:
        return anchor
    if anchor.dep_ in ("pobj", "pcomp") and anchor.head.lower_ in _IN_ATTACK and anchor.head.head.lemma_.lower() in _HARMED_IN:
        return anchor.head.head
    return None


def _partner_on_verb(ctx: _Context, noun: Token) -> list[Arg]:
    """The other side of a fight named right after its noun but hung by the parse on the verb of harm: "died in a
    shootout with Y on Friday" ("with Y" on "died")."""
    prep = noun.head
    if prep.lower_ not in _IN_ATTACK or prep.head.pos_ != "VERB":
        return []
    return [Arg(a.entity, a.score * 0.9) for c in prep.head.children
            if c.dep_ == "prep" and c.lower_ == "with" and c.i == noun.right_edge.i + 1
            for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]


def _forces_lost(verb: Token) -> bool:
    """Whether a verb of losing has forces or lives as its object: "lost ten soldiers", "lost three men", not "lost the
    election" or "lost ground" (a place or a thing lost is no harm done to the loser)."""
    nouns = sector_nouns()
    return any(
        c.dep_ == "dobj" and (nouns.get(c.lemma_.lower()) in ("military", "police") or c.lemma_.lower() in _LIVES)
        for c in verb.children
    )


def _undergone(ctx: _Context, noun: Token, subjects: list[Arg], objects: list[Arg]) -> tuple[list[Arg], list[Arg]] | None:
    """The doer and the target of an attack undergone: "a Y patrol came under attack from X", "Y's posts came under heavy
    shelling by X", "the Y embassy was under rocket fire from X" (the clause's subject is the target).

    The doer is the noun's "from" or "by" phrase (the general rules read "from" as an object), the target the subject
    of the verb of undergoing (``_UNDERGOING``) whose "under" names the attack. None when either is missing: "the town
    came under attack" names no doer, and is left to the other rules. A bare "attack" or "assault" undergone from
    a doer that is no armed force is a criticism, and no act of force at all (empty sides).
    """
    if not (noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX")):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in _UNDERGOING:
        return None
    if noun.dep_ == "pcomp":  # a bare gerund ("came under shelling by X"): the general rules read its clause subject
        doers = [a for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in _UNDERGONE_FROM
                 for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
    else:
        doers = [a for a in subjects if a.prep in (None, *_UNDERGONE_FROM)] if subjects else [o for o in objects if o.prep in _UNDERGONE_FROM]
    if not doers:
        # "came under attack by X": the parse may hang the doer on the verb
        doers = [a for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in _UNDERGONE_FROM and c.i > noun.i
                 for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
    targets = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb)]
    keys = {d.entity.key for d in doers}
    targets = [t for t in targets if t.entity.key not in keys]
    if not doers or not targets:
        return None
    weapon = any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in noun.children)
    if noun.lemma_.lower() in _VERBAL_ATTACKS and not weapon and not all(d.entity.role in _ARMED_ROLES for d in doers):
        return [], []  # "the Y plan came under attack from X's lawmakers": a criticism, not an act of force
    return doers, targets


def fire_undergone(ctx: _Context, verb: Token) -> tuple[bool, list[Arg], list[Arg]] | None:
    """Fire undergone by the verb's subject: "X came under fire from Y", "X was under fire from Y", "X took (drew) fire
    from Y". Returns whether it is an act of force, the doers (the "from" or "by" phrase of the fire or of the verb)
    and the targets (the verb's subject); None when the verb takes no bare fire ("came under rocket fire" is read by
    its own noun).

    An act of force when a side is an armed force (``_ARMED_ROLES``), else a criticism ("the X government came under
    fire from Y over its plan"). No doer or no target named ("the building came under fire", "came under fire from
    critics"): empty sides, nothing is stated.
    """
    lemma = verb.lemma_.lower()
    if lemma in _UNDERGOING:
        fire = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for p in c.children if p.dep_ == "pobj"]
    elif lemma in _FIRE_TAKEN:
        fire = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return None
    fire = [f for f in fire if f.lemma_.lower() in _FIRE]
    if not fire or any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") for c in fire[0].children):
        return None
    doers = [a for head in (fire[0], verb) for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in _UNDERGONE_FROM
             for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
    keys = {d.entity.key for d in doers}
    targets = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, verb) if a.entity.key not in keys]
    if not doers or not targets:
        return False, [], []
    return any(a.entity.role in _ARMED_ROLES for a in doers + targets), doers, targets


def _in_custody(ctx: _Context, verb: Token, subjects: list[Arg], objects: list[Arg]) -> tuple[list[Arg], list[Arg]] | None:
    """The keeper and the victim of harm suffered in custody: "a Y prisoner died in X custody", "was tortured in the
    custody of X's police", "died while in X police custody" (CAMEO 182; custody is PETRARCH2's &DETENTION).

    The keeper is the state the custody is said of (its modifier or its "of" phrase); the victim is the subject of
    "die" or the passive subject of the harm (read as the object). None when no custody of a named keeper is there;
    "died in custody" alone names no keeper and states nothing (empty sides) when the verb is "die".
    """
    custody = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "under") for p in c.children
               if p.dep_ == "pobj" and p.lemma_.lower() == "custody"]
    if not custody:
        return None
    held = custody[0]
    keepers = [a for c in held.children if c.dep_ in ("amod", "compound", "poss", "nmod") for a in _actors(ctx, c, 0.85)]
    keepers += [a for c in held.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.85)]
    dies = verb.lemma_.lower() == "die"
    if not keepers:
        return ([], []) if dies else None
    keys = {k.entity.key for k in keepers}
    victims = [a for a in (subjects if dies else objects) if a.entity.key not in keys]
    return (keepers, victims) if victims else ([], [])


def _envoys(verb: Token) -> bool:
    """Whether a verb's object (or passive subject) is an envoy: "expelled the ambassador", "the envoy was told to leave"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ENVOYS for c in verb.children)


def _sender(ctx: _Context, arg: Arg) -> Arg:
    """The state an envoy named as a sector actor stands for ("the Sudian envoy" → Sudia); other arguments as they are."""
    entity = arg.entity
    country = ctx.country(entity.country) if entity.type is EntityType.SECTOR_ACTOR and entity.role == "government" else None
    return Arg(country, arg.score, arg.prep, arg.place, arg.inner) if country is not None else arg


def _country_left(ctx: _Context, verb: Token) -> list[Arg]:
    """Who expels an envoy a passive names without its agent: the country the envoy is ordered to leave
    ("Sudia's ambassador was ordered to leave Norland", "was expelled from Norland"). Only a country;
    "ordered to leave the country" names none, and nothing is read then."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    places = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from" for p in prep.children if p.dep_ == "pobj"]
    places += [d for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _LEAVING for d in c.children if d.dep_ == "dobj"]
    return [Arg(a.entity, a.score * 0.85) for p in places for a in _actors(ctx, p, 1.0) if a.entity.type is EntityType.COUNTRY]


def _asked(ctx: _Context, noun: Token) -> list[Arg]:
    """Who is asked to act by a request noun with a for-to clause: "its call for Y to share data"."""
    clauses = [c for c in noun.children if c.dep_ in ("advcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    return [Arg(a.entity, a.score) for c in clauses for s in c.children if s.dep_ == "nsubj" for a in _actors(ctx, s, 0.9)]


def _asked_from(ctx: _Context, noun: Token) -> list[Arg]:
    """Who is asked by a request noun for a thing the parse hangs "from" on: "a demand for compensation from Y",
    "its request for help from Y" (as "demanded compensation from Y")."""
    return [
        Arg(a.entity, a.score, "from")
        for for_ in noun.children if for_.dep_ == "prep" and for_.lower_ == "for"
        for thing in for_.children if thing.dep_ == "pobj"
        for from_ in thing.children if from_.dep_ == "prep" and from_.lower_ == "from"
        for p in from_.children if p.dep_ == "pobj"
        for a in _actors(ctx, p, 0.85)
    ]


def _armed_force(arg: Arg) -> bool:
    """A country's armed forces or police ("Turkish troops", "X's warships"), which a country moves."""
    return arg.entity.type is EntityType.SECTOR_ACTOR and arg.entity.role in ("military", "police")


def _armed_noun(token: Token) -> bool:
    """Whether a noun names armed forces, police or their arms ("troops", "peacekeepers", "warships", "tanks")."""
    lemma = token.lemma_.lower()
    return sector_nouns().get(lemma) in ("military", "police") or lemma in _WEAPONS


def _wanted(noun: Token) -> bool:
    """Whether an act noun is what someone asks for, refuses or talks about, not what happens:
    "insisted on a pullout of X's troops", "called for the withdrawal of ..."."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("for", "on", "about", "against"):
        head = head.head
    return noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _NOT_DONE


def _content_subjects(ctx: _Context, verb: Token) -> list[Arg]:
    """Who did what a welcomed piece of news says: "welcomed the news that Y had agreed to ...", "hailed
    the announcement that Y would reopen the border" (the clause's subject, not the news, is praised)."""
    return [
        Arg(a.entity, a.score)
        for news in verb.children if news.dep_ == "dobj" and news.lemma_.lower() in _CONTENT_NOUNS
        for clause in news.children if clause.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        for subject in clause.children if subject.dep_ == "nsubj"
        for a in _actors(ctx, subject, 0.85)
    ]


def _helped_act(noun: Token) -> Token | None:
    """The act a help noun accompanies: "retook the city [with the help of X]", "[With X's support], Y
    drove out ..." (also when the parse hangs the phrase on the verb's object); None for other uses."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    head = noun.head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "attr"):
        head = head.head  # "regained the province with Y's help": the phrase hung on the object
    return head if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in head.children) else None


def _sought(noun: Token) -> bool:
    """Whether an agreement noun is what is sought or talked about, not what was made: "called for a treaty",
    "talks on a deal between X and Y", "negotiating an accord", "hopes for an agreement"."""
    if _wanted(noun):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about", "for", "toward", "towards", "over", "regarding"):
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _NEGOTIATING


def _aided_country(ctx: _Context, verb: Token) -> list[Arg]:
    """The country whose works an aid pays for: "fund the reconstruction of ports in Y", "finance schools in Y",
    "pledged $3 billion to rebuild Y"."""
    found: list[Arg] = []
    works = [c for c in verb.children if c.dep_ == "dobj"]
    works += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj"]  # "paid for the rebuilding of ..."
    for work in works:
        for node in work.subtree:
            if node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.pos_ == "NOUN":
                found += [Arg(a.entity, a.score, "in") for a in _actors(ctx, node, 0.8) if a.entity.type is EntityType.COUNTRY]
    # "pledged $3 billion to rebuild Y": the country a purpose of rebuilding names
    for purpose in verb.children:
        if purpose.dep_ == "advcl" and purpose.lemma_.lower() in _REBUILDING and any(a.tag_ == "TO" for a in purpose.children):
            found += [Arg(a.entity, a.score, "for") for o in purpose.children if o.dep_ == "dobj"
                      for a in _actors(ctx, o, 0.8) if a.entity.type is EntityType.COUNTRY]
    return found


#: Verbs of rebuilding whose object, named in a purpose of aid, is the one aided ("pledged $3 billion to rebuild Y").
_REBUILDING = {"rebuild", "reconstruct", "restore", "repair", "rehabilitate", "redevelop"}


def _aid_helpers(ctx: _Context, noun: Token, aided: list[Arg]) -> list[Arg]:
    """Who gives an act of aid named by a noun without a doer of its own, through the verb of helping whose phrase or
    object it is (``helping_verb``): "X helped with the training of Y's army", "X assisted in training for Y's troops",
    "X contributed to the equipping of Y's forces", "X sent instructors to support the training of Y's police" (X gives
    it, as in "X trained Y's army"); so is a verbal gerund there ("X assisted in arming Y's reservists"; only aid: the
    same phrase with an act of another class is left to its own rules). Not the aided themselves ("Y's army took part
    in the training of its recruits")."""
    helper = helping_verb(noun)
    if helper is None:
        return []
    keys = {a.entity.key for a in aided} | {a.entity.country for a in aided if a.entity.country}
    return [Arg(a.entity, a.score * 0.85) for a in _subjects_of_verb(ctx, helper)
            if a.entity.key not in keys and (a.entity.country or a.entity.key) not in keys]


def _placed_protesters(ctx: _Context, verb: Token, subjects: list[Arg], held: Token | None = None) -> list[Arg]:
    """Protesters of no named country take the country they protest in: "Farmers protested in Paris
    against French taxes" is a domestic protest (then dropped), "students rallied in Seoul against
    Japanese curbs" a Korean group's protest against Japan."""
    if not subjects:
        # "Students in Lima blocked a highway to ...": civilians are no actor of their state as such
        # (``_arguments._CIVILIANS``), but a group placed in a country, or named after it ("Iranian
        # students protested ..."), protests as that country's group
        protesters = _protest_subjects(verb)
        found = [
            Arg(group, 0.85)
            for s in protesters
            if (group := _placed_group(ctx, s) or _national_group(ctx, _counted(s))) is not None
        ]
        if not found and len(countries := _protest_countries(ctx, verb, held)) == 1:
            # "Protesters rallied outside the Y embassy in Manila", "Demonstrators marched in Lima": a group
            # of no named country protests as a group of the one country its protest is held in
            country = countries.pop()
            found = [Arg(group, 0.8) for s in protesters if (group := _group_actor(_counted(s), country) or _crowd(s, country)) is not None]
        return found
    # a capitalised group noun at the head of a sentence ("Farmers protested ...") may be read as an
    # organisation of no country; _group_actor below accepts only group nouns ("farmers", "students")
    if len(subjects) != 1 or subjects[0].entity.type not in (EntityType.SECTOR_ACTOR, EntityType.ORGANIZATION) or subjects[0].entity.country:
        return subjects
    places = {
        m.entity.country
        for h in ([verb] if held is None else [verb, held])
        for prep in h.children if prep.dep_ == "prep" and prep.lower_ in _GROUP_PLACE_PREPS
        for p in prep.children if p.dep_ == "pobj" and (m := ctx.mention(p)) is not None and m.entity.type is EntityType.COUNTRY and m.entity.country
    }
    groups = [g for s in verb.children if s.dep_ == "nsubj" and len(places) == 1 for g in [_group_actor(s, next(iter(places))) or _crowd(s, next(iter(places)))] if g is not None]
    return [Arg(groups[0], subjects[0].score)] if groups else subjects


def _displayed(anchor: Token) -> bool:
    """Whether a protest trigger is a demonstration of a thing shown (WordNet demonstration n.1 "a show or display"),
    not of feelings held in public (n.3): "held a demonstration of its new drones", "staged a demonstration of the
    missile shield" (the noun, or the object of its light verb, with an "of" object)."""
    nouns = [anchor] if anchor.pos_ in ("NOUN", "PROPN") else [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(n.lemma_.lower() == "demonstration" and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children) for n in nouns)


def crowd_protest(verb: Token) -> bool:
    """Whether a verb's subject is a crowd of protest: protesters, rioters, students, villagers or a mob (``_crowds``:
    "anti-Y protesters marched in X", "students demonstrated"), or a count of people ("thousands rallied in X")."""
    return any(crowd_lemma(_counted(s)) in _RIOTERS | _GATHERERS or _crowd_counted(s) is not None for s in _protest_subjects(verb))


def _gathered_protesters(verb: Token) -> bool:
    """Whether those who gather are a crowd of protest: "demonstrators gathered outside the Y embassy", "hundreds of
    protesters massed at the Y consulate" (PETRARCH2 "ASSEMBLE DEMONSTRATORS *"), or gather for one ("crowds gathered
    outside the Y embassy to protest", PETRARCH2 "ASSEMBLE * (TO DEMONSTRATE)", read by the protest verb itself)."""
    return any(_counted(s).lemma_.lower() in _GATHERERS for s in _protest_subjects(verb))


def _unnamed_protesters(ctx: _Context, noun: Token) -> list[Arg]:
    """The protesters of a protest noun held by no one named, in one country: "a rally was held outside the Y embassy in
    X", "a protest was staged in X against Y's plan" (a group of X's, of the opposition sector as "protesters" are)."""
    holder = noun.head
    if noun.lemma_.lower() not in _STREET_PROTESTS or noun.dep_ not in ("nsubjpass", "nsubj") or holder.lemma_.lower() not in _STAGING:
        return []  # "a protest note was handed to the Y embassy in X": the note of a state, no crowd
    if any(c.dep_ == "agent" for c in holder.children) or any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in noun.children):
        return []  # "a protest was held by Y exiles": its own holders; "a demonstration of Y drones": a display, no protest
    places = _protest_places(ctx, holder, noun)
    if len(places) != 1:
        return []
    country, place = next(iter(places.items()))
    label = f"{noun.text} in {place.text}"
    return [Arg(sector_actor(country, "opposition", label), 0.75)]


def _held_against(ctx: _Context, verb: Token) -> list[Arg]:
    """The target a protest noun held by its verb names by "against", where the parse hangs it on the noun: "went on
    strike against Y's tariffs", "staged a walkout against Y" (PROTEST, CAMEO 143: PETRARCH2 "MARCH * (AGAINST)")."""
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    return [Arg(a.entity, a.score, "against") for noun in held for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "against"
            for p in prep.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.85)]


#: Nouns of an event a state hosts for others, whose boycott is aimed at the host (WordNet 3.0 Olympic Games n.1,
#: games n.1 "a single play of a sport", world cup n.1, championship n.1 "a competition at which a champion is
#: chosen", tournament n.1, exposition n.1 "a collection of things for public display", expo, world's fair n.1).
_HOSTED_EVENTS = {"olympics", "olympiad", "games", "cup", "championship", "championships", "tournament", "expo", "exposition", "exhibition", "fair", "jubilee"}


def _boycotted_hosts(ctx: _Context, verb: Token) -> list[Arg]:
    """The state that hosts an event a verb of boycotting names: "boycotted the Olympic Games held in Y", "boycotted
    the World Cup in Y", "the Y Olympics", "Y's Games" (the place's country, or the state named on the event). Not a
    meeting ("boycotted the talks in Geneva": the venue of talks is no party, as the host of an event one side attends
    is not)."""
    events = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _HOSTED_EVENTS or c.lower_ in _HOSTED_EVENTS)]
    places = [m for e in events for m in e.children if m.dep_ in ("compound", "poss", "nmod", "amod") and m.ent_type_ in ("GPE", "NORP")]
    # "the World Cup in Y" (the parse may hang the phrase on the verb, right after the event)
    ends = {e.right_edge.i + 1 for e in events}
    ins = [prep for e in events for prep in e.children if prep.dep_ == "prep" and prep.lower_ == "in"]
    ins += [prep for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i in ends]
    places += [p for prep in ins for p in prep.children if p.dep_ == "pobj"]
    # "the Games held (staged, hosted) in Y"
    places += [p for e in events for acl in e.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
               for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"]
    found = [Arg(ctx.country(a.entity.country) or a.entity, 0.8, "on") for p in places for a in _actors(ctx, p, 0.8)
             if a.entity.country and a.entity.type in (EntityType.COUNTRY, EntityType.SECTOR_ACTOR)]
    return [a for i, a in enumerate(found) if all(a.entity.key != b.entity.key for b in found[:i])]


def _mission(noun: Token) -> bool:
    """Whether a noun names a state's diplomatic mission: an embassy, a consulate, a high commission (a Commonwealth
    state's embassy in another's capital, WordNet high commission n.1)."""
    lemma = noun.lemma_.lower()
    return lemma in _MISSIONS or lemma == "commission" and any(c.lower_ == "high" and c.dep_ in ("amod", "compound") for c in noun.children)


def _protest_subjects(verb: Token) -> list[Token]:
    """The subject noun of a protest verb, or of the clause whose purpose the protest is: "Y traders went on strike
    to protest Z's tariffs", "students gathered to protest" (an infinitive of purpose or a controlled complement has
    no subject of its own) (PROTEST, CAMEO 143: PETRARCH2 "START * STRIKE IN PROTEST")."""
    own = _first_of(list(verb.children), {"nsubj"})[:1]
    # "the Y embassy was stormed by protesters": a passive's agent
    own = own or [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"][:1]
    if not own and _crowd_as_root(verb):
        own = [verb.head]  # "Hundreds of people protested outside the Y embassy"
    if own or (served := _served_clause(verb)) is None:
        return own
    return _first_of(list(served.children), {"nsubj"})[:1]


def _crowd_as_root(verb: Token) -> bool:
    """Whether a protest verb is the act of the crowd the parse made the sentence's root: "Hundreds of people protested
    outside the Y embassy", "Thousands rallied in X" (with no other verb, the parse may read the act as a participle of
    the crowd). Only a count or a crowd's noun before an active form: "Dozens of people killed in clashes" (a headline's
    passive) has a verb of no protest, and "by" or "were" make a passive."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and verb.i > head.i \
        and not any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children) \
        and (head.lemma_.lower() in _RIOTERS | _GATHERERS or _crowd_counted(head) is not None)


def _served_clause(verb: Token) -> Token | None:
    """The verb a subjectless infinitive of purpose serves: "gathered" of "gathered outside the Y embassy to protest"."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.head if verb.head.pos_ in ("VERB", "AUX") else None


def _protest_countries(ctx: _Context, verb: Token, held: Token | None = None) -> set[str]:
    """The countries a protest verb places its protest in (:func:`_protest_places`)."""
    return set(_protest_places(ctx, verb, held))


def _protest_places(ctx: _Context, verb: Token, held: Token | None = None) -> dict[str, Token]:
    """The countries a protest verb places its protest in: "rallied in Manila", "marched through Lima", and
    the place of a mission it is held at or done to ("outside the Y embassy in Manila", "stormed the Y embassy in
    Manila": the embassy stands in Manila)."""
    # "in Manila and in Hanoi", "in Manila and Hanoi": every place counts, and two abstain
    # (the place may hang on the noun of protest a light verb holds: "held a rally in Manila")
    holders = [verb] if held is None else [verb, held]
    if (served := _served_clause(verb)) is not None:
        holders.append(served)  # "gathered in Baghdad to protest": the purpose's place is the clause's
    preps = [c for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in _GROUP_PLACE_PREPS for c in (prep, *prep.conjuncts)]
    places = [q for prep in preps for p in prep.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
    missions = [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in _AT_PLACE for p in prep.children if p.dep_ == "pobj"]
    missions += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]  # "stormed the Y embassy in Baghdad", passive
    missions += [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "in" for front in prep.children if front.lower_ == "front"
                 for of in front.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    # "chanted slogans outside the Y embassy in Manila": the parse may hang the crowd's place on the thing of its act
    missions += [p for c in verb.children if c.dep_ == "dobj" for prep in c.children if prep.dep_ == "prep" and prep.lower_ in _AT_PLACE
                 for p in prep.children if p.dep_ == "pobj"]
    # "at the gates of the Y embassy in Manila", "at the walls of the Y embassy compound in Manila": the building's
    # parts stand where it stands
    missions = [w for parts in map(building_of_part, missions) if any(_mission(b) for b in parts) for w in parts]
    places += [p for m in missions for prep in m.children if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"]
    # "attacked Y traders in X", "looted shops owned by Y nationals in X": the parse may hang the crowd's place on the
    # foreign people or property its act is done to, or on their owner (``_crowds.foreign_targets``)
    harmed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and foreign_targets(ctx, [c])]
    places += [p for c in harmed for prep in c.subtree if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"]
    # "attacked Y traders at a market in X", "near a mine in X": where the act is done
    places += [p for _ in harmed[:1] for at in verb.children if at.dep_ == "prep" and at.lower_ in _AT_PLACE for spot in at.children if spot.dep_ == "pobj"
               for prep in spot.children if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"]
    # "took to the streets of X", "marched through the streets of X": the streets' city
    places += [p for h in holders for prep in h.children if prep.dep_ == "prep" for street in prep.children
               if street.dep_ == "pobj" and street.lemma_.lower() in _STREETS for of in street.children if of.dep_ == "prep" and of.lower_ == "of"
               for p in of.children if p.dep_ == "pobj"]
    return {m.entity.country: p for p in places if (m := ctx.mention(p)) is not None and m.entity.type is EntityType.COUNTRY and m.entity.country}


def _placed_group(ctx: _Context, noun: Token) -> Entity | None:
    """The group a noun names with the country it is placed in: "students in Lima", "farmers across Chad", "crowds in Dhaka"."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _GROUP_PLACE_PREPS:
            continue
        for pobj in prep.children:
            m = ctx.mention(pobj)
            if pobj.dep_ == "pobj" and m is not None and m.entity.type is EntityType.COUNTRY and m.entity.country:
                label = noun.doc[noun.i : pobj.i + 1].text
                return _group_actor(noun, m.entity.country, label) or _crowd(noun, m.entity.country, label)
    return None


def _anti_targets(ctx: _Context, noun: Token) -> list[Arg]:
    """The actors a protest noun is "anti-": "anti-Y protests", "anti-Y rallies" (Y's adjective or name after "anti-")."""
    doc = noun.doc
    found: list[Arg] = []
    for mod in noun.children:
        if mod.dep_ not in ("amod", "compound", "nmod") or mod.i < 2:
            continue
        anti = mod.lower_.startswith("anti-") or (doc[mod.i - 1].text == "-" and doc[mod.i - 2].lower_ == "anti")
        if anti:
            found += [Arg(a.entity, a.score, "against") for a in _actors(ctx, mod, 0.9)]
    return found


def _protests_placed(ctx: _Context, noun: Token) -> list[Arg]:
    """The protesters of a protest noun held in a country: "anti-Y protests erupted in X", "joined anti-Y
    rallies in X's capital" (a group of X's, of the opposition sector as "protesters" are)."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "dobj") and noun.head.pos_ in ("VERB", "AUX") else [])
    countries = {
        m.entity.country: p
        for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in _GROUP_PLACE_PREPS
        for p in prep.children if p.dep_ == "pobj" and (m := ctx.mention(p)) is not None and m.entity.type is EntityType.COUNTRY and m.entity.country
    }
    if len(countries) != 1:
        return []
    country, place = next(iter(countries.items()))
    label = f"{noun.text} in {place.text}"
    return [Arg(sector_actor(country, "opposition", label), 0.8)]


def _counted(noun: Token) -> Token:
    """The group a count names: "thousands of students" → "students"; other nouns as they are."""
    if noun.lemma_.lower() in _COUNTS:
        return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), noun)
    return noun


def _crowd(noun: Token, country: str, label: str | None = None) -> Entity | None:
    """A crowd a protest verb's subject counts without naming a group ("Thousands marched in X against Y",
    "Crowds burned Y's flags in X", "hundreds of people rallied", "a mob", "rioters"): protesters of the country the
    protest is held in, as "protesters" are (sector "opposition"). Not a count of a group of its own ("thousands of
    farmers": that group)."""
    if noun.lemma_.lower() in _MOBS:
        start = next(t.i for t in noun.subtree if t.dep_ != "det")  # "a mob": "mob"
        return sector_actor(country, "opposition", label or noun.doc[start : noun.i + 1].text)
    counted = _crowd_counted(noun)
    if counted is None and noun.lemma_.lower() in _CROWD_PEOPLE and noun.tag_ in ("NNS", "NNPS") and (sector := sector_nouns().get(noun.lemma_.lower())):
        # "Residents gathered outside the Y embassy in X to protest", "locals in X rallied against Y": the people of the
        # place, as "Xian residents" are (their sector of kg/data/sectors.tsv)
        start = next(t.i for t in noun.subtree if t.dep_ not in ("det", "amod"))
        return sector_actor(country, sector, label or noun.doc[start : noun.i + 1].text)
    if counted is None:
        # "Angry youths threw stones at the Y embassy in X", "hundreds of rioters", "a mob of hooligans": a crowd of
        # ordinary people (``_crowds``)
        inner = noun
        while (nxt := _counted(inner)) is not inner:
            inner = nxt
        return crowd_group(noun, inner, country, label)
    label = label or noun.doc[noun.left_edge.i : counted.i + 1].text
    return sector_actor(country, "opposition", label)


def _crowd_counted(noun: Token) -> Token | None:
    """The last word of a count of a crowd ("thousands" of "thousands", "people" of "tens of thousands of people"), or
    None when the noun counts nothing or counts a group of its own ("thousands of farmers")."""
    if noun.lower_ not in _COUNTS and noun.lemma_.lower() not in _COUNTS:
        return None
    counted = noun
    while (inner := _counted(counted)) is not counted:
        counted = inner  # "tens of thousands of people"
    if counted.i != noun.i and counted.lower_ not in _COUNTS and counted.lemma_.lower() not in _CROWD_PEOPLE:
        return None
    return counted


def _national_group(ctx: _Context, noun: Token) -> Entity | None:
    """The group a noun names after a country: "Iranian students", "Korean farmers" (groups of ``_group_actor`` only)."""
    countries = [m.entity.country for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and not _is_stance(c)
                 and (m := ctx.mention(c)) is not None and m.entity.country]  # not "anti-Y students"
    if len(set(countries)) != 1:
        return None
    return _group_actor(noun, countries[0])


def _embassy_owners(ctx: _Context, anchor: Token) -> list[Arg]:
    """The state whose embassy a protest is held at: "protested outside the Y embassy", "a rally in front of
    Y's consulate", "marched to the embassy of Y" (PROTEST, CAMEO 14: the mission stands for its state)."""
    holders = [anchor]
    if anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.lemma_.lower() in _LIGHT_VERBS:
        # "staged a protest [outside the Y embassy]", "a protest was held [outside the Y embassy]": the parse may hang it
        # on the verb
        holders.append(anchor.head)
    elif anchor.dep_ in ("nsubj", "nsubjpass") and anchor.lemma_.lower() in _STREET_PROTESTS and anchor.head.lemma_.lower() in _STAGING:
        holders.append(anchor.head)  # "protests erupted outside the Y embassy", "a rally took place outside the Y consulate"
    if anchor.pos_ in ("VERB", "AUX") and (served := _served_clause(anchor)) is not None:
        holders.append(served)  # "gathered outside the Y embassy to protest ...": the place of the act it is the purpose of
    if anchor.pos_ in ("VERB", "AUX") and crowd_protest(anchor):
        # "chanted slogans [outside the Y embassy]", "threw stones [at the Y embassy's gates]": the parse may hang the
        # crowd's place on the thing of its act
        holders += [c for c in anchor.children if c.dep_ == "dobj"]
    places = [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in _AT_PLACE for p in prep.children if p.dep_ == "pobj"]
    # "in front of the embassy"
    places += [
        p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "in"
        for front in prep.children if front.dep_ == "pobj" and front.lower_ == "front"
        for of in front.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"
    ]
    return _mission_states(ctx, [w for p in places for w in building_of_part(p)], "at")


def building_of_part(place: Token) -> list[Token]:
    """A place, and the building it is a part of when it names one ("the gates of the Y embassy", "the compound of the
    Y consulate", "the Y embassy's walls"): a crowd at a building's gate is at the building (``_words._BUILDING_PARTS``)."""
    if place.lower_ not in _BUILDING_PARTS and place.lemma_.lower() not in _BUILDING_PARTS:
        return [place]
    wholes = [p for of in place.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    wholes += [c for c in place.children if c.dep_ in ("poss", "compound") and _mission(c)]  # "the embassy's gates", "the embassy gates"
    # "the walls of the Y embassy compound": a part of a part
    return [place, *(w for whole in wholes for w in (building_of_part(whole) if whole.i > place.i else [whole]))]


def _mission_states(ctx: _Context, places: list[Token], prep: str | None) -> list[Arg]:
    """The states whose diplomatic missions ``places`` name ("the Y embassy", "Y's consulate", "the embassy of Y")."""
    found: list[Arg] = []
    for place in places:
        if not _mission(place):
            continue
        for arg in _actors(ctx, place, 0.9):
            entity = arg.entity
            country = ctx.country(entity.country) if entity.type is EntityType.SECTOR_ACTOR and entity.country else None
            found.append(Arg(country or entity, arg.score, prep))
    return found


#: Verbs of getting one's own back: the "from" party returns it.
_GOT_BACK = {"recover", "regain", "recuperate", "retrieve", "reclaim"}


def _tied_targets(ctx: _Context, anchor: Token) -> list[Arg]:
    """The actor a hostile act's targets are tied to, when they name none themselves: "sanctions on individuals linked
    to Y", "arrested three men tied to Y's intelligence", "froze the assets of businessmen close to Y", "blacklisted
    firms with ties to Y", "struck sites linked to Y" (the act is done to Y's people or property: PETRARCH2 codes the
    target by its affiliation). Only in the act's object phrase: the doer's own ties ("militias linked to Y attacked
    Z") name no target."""
    doers = {t.i for c in anchor.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
    found: list[Arg] = []
    for t in anchor.subtree:
        if t.i in doers or t.i == anchor.i:
            continue
        ends: list[Token] = []
        if t.lower_ in _TIED_TO and t.dep_ in ("acl", "amod") and t.pos_ in ("VERB", "ADJ"):
            ends = [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for o in p.children if o.dep_ == "pobj"]
        elif t.dep_ == "pobj" and t.lemma_.lower() in _TIE_NOUNS and t.head.lower_ == "with":
            ends = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        for end in ends:
            found += _actors(ctx, end, 0.8) or [a for c in end.children if c.dep_ == "poss" for a in _actors(ctx, c, 0.8)] or _actors_in_np(ctx, end)
    return [a for i, a in enumerate(found) if all(a.entity.key != b.entity.key for b in found[:i])]


def weapons_test(verb: Token) -> bool:
    """Whether an act of firing is a test or an exercise: "test-fired a missile toward Y" (PETRARCH2 "TEST *", CAMEO
    150 "demonstrate military power"), "fired missiles near Y during drills", "launched rockets in an exercise"
    (PETRARCH2 "* &WEAPON (ON EXERCISE)"): a show of force, not an attack."""
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "test":
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "on") and any(p.dep_ == "pobj" and p.lemma_.lower() in _EXERCISES for p in c.children)
               for c in verb.children)


def rioted_missions(ctx: _Context, verb: Token) -> list[Arg]:
    """The states whose missions a crowd's act of force is done to: "protesters stormed the Y embassy", "a mob
    torched Y's consulate", "hundreds of students attacked the embassy of Y" (CAMEO 145, a violent protest: the
    crowd protests, it does not wage an attack). The subject is a crowd (``_RIOTERS``, or a count of people), the
    mission the verb's object or the object of its "to", "on" or "at" ("set fire to the Y consulate"). Nothing for
    another doer ("gunmen attacked the Y embassy" stays an attack) or another thing ("protesters stormed parliament")."""
    subjects = [_counted(c) for c in _riot_doers(verb)]  # "the Y embassy was stormed by protesters": the agent
    if not subjects or not (crowd_lemma(subjects[0]) in _RIOTERS or _crowd_counted(subjects[0]) is not None):
        return []
    places = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "an attack by rioters on the Y embassy", "the assault on Y traders by a mob": a noun's "on" or "against"
    preps = ("to", "on", "at") if verb.pos_ in ("VERB", "AUX") else ("on", "against", "of")
    holders = [verb] if verb.pos_ in ("VERB", "AUX") else [verb, *subjects]  # "by rioters on the Y embassy": on the doer
    places += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    # "stormed the compound of the Y embassy", "threw rocks at the gates of the Y consulate"
    # "looted Y-owned shops", "attacked Y traders": the state of the private people or property harmed (``_crowds``)
    return _mission_states(ctx, [w for p in places for w in building_of_part(p)], None) or foreign_targets(ctx, places)


def _riot_doers(anchor: Token) -> list[Token]:
    """Who does a crowd's act: the subject of a verb (``_protest_subjects``), the "by" of a noun ("an attack by rioters
    on the Y embassy")."""
    if anchor.pos_ in ("VERB", "AUX"):
        return _protest_subjects(anchor)
    return [p for c in anchor.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"][:1]


def _noun_rioters(ctx: _Context, noun: Token) -> list[Arg]:
    """The crowd of a noun of force done to a foreign mission, nationals or property (``rioted_missions``): "an attack
    by rioters on the Y embassy in X" (a group of X's, the one country the act is placed in)."""
    doers = _riot_doers(noun)
    places = _protest_places(ctx, noun, doers[0]) if doers else {}  # "by rioters on the Y embassy in X": on the doer
    if not doers or len(places) != 1:
        return []
    country = next(iter(places))
    group = _group_actor(_counted(doers[0]), country) or _crowd(doers[0], country)
    return [Arg(group, 0.75)] if group is not None else []


#: Verbs of deploying forces somewhere, and the prepositions of where to ("massed on the border", "sent to Y").
_DEPLOYING = {"mass", "deploy", "send", "station", "move", "dispatch", "post", "position", "base"}
_DEPLOYED_TO = ("on", "to", "in", "along", "at", "near", "into")


#: Nouns of a body set up to do a task ("a commission", "a panel of experts", "a task force").
_TASK_BODIES = {"commission", "committee", "panel", "team", "taskforce", "force", "board", "body", "tribunal", "mission", "unit"}
#: Verbs of setting up such a body ("set up", "established", "appointed").
_FOUNDING = {"set", "establish", "create", "form", "appoint", "launch", "name", "convene", "constitute", "found"}


def _body_founders(ctx: _Context, verb: Token) -> list[Arg]:
    """Who set up the body a relative clause's verb has for its subject: "X set up a commission that will investigate
    Y", "X has appointed a panel which is examining Y's role" (X; not "the commission that Y investigated", whose
    body is the object, nor a body no one is said to set up: "a UN team that visited Y" is read as it names its
    owner)."""
    body = verb.head
    if verb.dep_ != "relcl" or body.lemma_.lower() not in _TASK_BODIES or body.dep_ != "dobj":
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in verb.children):
        return []
    founding = body.head
    if founding.lemma_.lower() not in _FOUNDING or (founding.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in founding.children)):
        return []
    return _subjects_of_verb(ctx, founding)


def _withdrawn_from(ctx: _Context, anchor: Token, subjects: list[Arg]) -> list[Arg]:
    """The country a withdrawal leaves, through the place named: "from the border with Y", "out of Y", or where the
    forces withdrawn had been sent ("the troops it had massed on Y's border")."""
    starts: list[Token] = []
    holders = [anchor]
    if not any(c.lower_ == "from" for c in anchor.children):
        # "withdrew about 2,500 troops from Y": the parse may hang the place left on the forces withdrawn
        holders += [c for c in anchor.children if c.dep_ == "dobj" and _armed_noun(c)]
    for prep in (c for h in holders for c in h.children):
        if prep.lower_ == "from" and prep.dep_ in ("prep", "advmod"):
            starts += [p for p in prep.children if p.dep_ == "pobj"]
        elif prep.lower_ == "out" and prep.dep_ in ("prep", "prt", "advmod"):
            # "pulled its soldiers out of Y": "of" hangs on "out"
            starts += [p for of in prep.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    # "pulled back from the border": the preposition may hang on the particle
    for prt in anchor.children:
        if prt.dep_ in ("prt", "advmod") and prt.lower_ in ("back", "away", "out"):
            starts += [p for prep in prt.children if prep.dep_ == "prep" and prep.lower_ == "from" for p in prep.children if p.dep_ == "pobj"]
    if not starts:
        # "demobilised the troops it had massed on the border with Y", "withdrew the forces it sent to Y": the place the
        # forces were sent to, in a relative clause of a verb of deploying on the direct object, is the place left
        rels = [rel for obj in anchor.children if obj.dep_ == "dobj" for rel in obj.children if rel.dep_ == "relcl" and rel.lemma_.lower() in _DEPLOYING]
        starts = [p for rel in rels for prep in rel.children if prep.dep_ in ("prep", "dative") and prep.lower_ in _DEPLOYED_TO for p in prep.children if p.dep_ == "pobj"]
        # "the troops which it had sent [to the border] [with Y]": the parse may hang the place noun's "with" on the
        # clause verb, right after the place noun
        starts += [p for rel in rels for w in rel.children if w.dep_ == "prep" and w.lower_ == "with"
                   and any(s.i == w.i - 1 and s.lemma_.lower() in _BORDERS for s in starts) for p in w.children if p.dep_ == "pobj"]
    found: list[Arg] = []
    for start in starts:
        for arg in _through_places(ctx, start, 0.9, 0) or _places_in(ctx, start, subjects):
            if all(a.entity.key != arg.entity.key for a in found):
                found.append(Arg(arg.entity, arg.score, "from", place=True))
    return found


#: Nouns of the posts a force holds in a country and leaves ("withdrew from two bases in Y", "from its positions in Y");
#: "bases" as written, which the lemmatiser may read as "basis".
_POSTS_HELD = _PLACE_NOUNS | {"bases", "position", "outpost", "garrison", "camp", "checkpoint", "post", "stronghold"}


def _places_in(ctx: _Context, node: Token, subjects: list[Arg]) -> list[Arg]:
    """The country a place left lies in: "withdrew from two bases in northern Y", "pulled out of its positions in Y"
    (a place noun, or a post a force holds, with an "in" phrase naming a country); not the subject's own country
    ("withdrew from the towns in its north" leaves no foreign soil)."""
    if node.lemma_.lower() not in _POSTS_HELD and node.lower_ not in _POSTS_HELD:
        return []
    own = {s.entity.country for s in subjects if s.entity.country}
    return [a for prep in node.children if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"
            for a in _actors(ctx, p, 0.8) if a.entity.type is EntityType.COUNTRY and a.entity.country not in own]


def _through_places(ctx: _Context, node: Token, score: float, depth: int) -> list[Arg]:
    """Actors a place phrase names: the place itself ("Y"), or through "with"/"of" of a place noun, or a place it lies by."""
    direct = _actors(ctx, node, score)
    if direct or depth >= 3:
        return direct
    found: list[Arg] = []
    for prep in node.children:
        if prep.dep_ != "prep" or not (prep.lower_ in _BY_PLACE or (prep.lower_ in _OF_PLACE and node.lemma_.lower() in _PLACE_NOUNS)):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                found += _through_places(ctx, pobj, score * 0.9, depth + 1)
    return found


#: Relations named by a noun of the one who holds them ("an ally", "a trading partner", "a backer"): their owner ("Y's
#: ally", "an ally of Y") is one side, the one the noun is said of the other.
_RELATIONAL = ("strategicPartnerOf", "tradesWith", "supports")
#: The lexicon's nouns of aid or investment named as the one who gives it ("Y's largest donor", "the biggest investor in
#: Y", kg/data/lexicon.yaml): relational too.
_GIVERS = {"donor", "creditor", "lender", "benefactor", "funder", "investor"}


def _relational_place(noun: Token) -> Token:
    """The word that stands where a relational noun is said of someone: the first of coordinated nouns ("Y's neighbour
    and ally"), the count a partitive names ("one of Y's closest allies"), or the noun itself."""
    noun = first_conjunct(noun)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "some", "among"):
        noun = noun.head.head
    return noun


def _relation_holders(ctx: _Context, noun: Token) -> list[Arg]:
    """Who a relational noun is said of: the subject of "is" ("X is Y's closest ally"), the noun an apposition
    names ("X, Y's ally, ..."), or the members listed after it ("Y's allies, including X", "allies of Y such as X")."""
    holders: list[Arg] = []
    place = _relational_place(noun)
    if place.dep_ == "attr" and place.head.lemma_ in _LINKING:
        holders += _subjects_of_verb(ctx, place.head)
    elif place.dep_ == "pobj" and place.head.lower_ == "by" and any(c.lower_ == "far" for c in (*place.children, *place.head.children)) \
            and place.head.head.lemma_ in _LINKING:
        holders += _subjects_of_verb(ctx, place.head.head)  # "X is by far Y's closest ally": the parse reads "by" as a preposition
    elif place.dep_ == "appos":
        holders += _actors(ctx, place.head, 0.9, place)
    # "Y's allies, including X", "allies of Y such as X"
    holders += [a for prep in _listing_preps(noun) for p in prep.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
    return holders


def _parts_of(ctx: _Context, noun: Token, subjects: list[Arg], objects: list[Arg]) -> tuple[list[Arg], list[Arg]]:
    """The part and the whole of a noun of a part of an organisation named before it: "O's affiliate X", "X, O's armed
    wing,", "X is O's offshoot", "the O affiliate X claimed ..." (X memberOf O). The organisation the possessive or the
    compound names owns the part, not a doer; the part is the name the noun is said of (the copula's subject, the
    apposition, the name right after the noun). A part named with "of" ("X is an affiliate of O") is read by the
    general rules; an owner that is no organisation ("the bank's branch") gives nothing to move."""
    if noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return [], []  # "O's Middle East Branch": the name of a unit, not a part said of someone
    owners = [a for c in noun.children if c.dep_ in ("poss", "compound", "nmod")
              for a in _actors(ctx, c, 0.9) if a.entity.type is EntityType.ORGANIZATION]
    if not owners:
        return subjects, objects
    keys = {o.entity.key for o in owners}
    holders = _relation_holders(ctx, noun) + [a for c in noun.children if c.dep_ == "appos" for a in _actors(ctx, c, 0.9)]
    doc = noun.doc
    comma = noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == ","
    following = doc[noun.i + 2] if comma else doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if noun.pos_ == "NOUN" and following is not None and (named := ctx.mention(following)) is not None and named.start == following.idx \
            and (not comma or ctx.doc.text[named.end : named.end + 2].lstrip()[:1] == ","):
        # "O's affiliate X claimed ...", "O's affiliate, X, claimed ...": the parse may hang X anywhere (not "at the
        # request of O's Middle East Branch, X completed ...": a name's own word, and a clause's subject after a comma)
        holders.append(Arg(named.entity, 0.85))
    parts = [h for h in holders if h.entity.type is EntityType.ORGANIZATION and h.entity.key not in keys]
    return list({p.entity.key: p for p in parts}.values()), objects + [o for o in owners if all(o.entity.key != b.entity.key for b in objects)]


#: Prepositions that hang a mediation on what it mediates ("talks under Y's mediation", "a deal through Y's mediation").
_MEDIATED_BY = ("under", "through", "via")


#: Prepositions of talks the clause's subjects hold ("in talks mediated by Z, X and Y agreed ...").
_HELD_IN = ("in", "at", "during", "after", "following", "through")


def _mediated_sides(ctx: _Context, anchor: Token) -> list[Arg]:
    """The sides of talks or a deal a mediation is named on: "X held talks with Y under Z's mediation", "talks between
    X and Y took place under Z's mediation", "X and Y resumed talks mediated by Z", "the Z-mediated talks between X
    and Y", "in talks mediated by Z, X and Y agreed ...", "X and Y signed a deal with Z as mediator" (Z mediates X and Y,
    as in "Z mediated between X and Y").

    The mediated thing is the noun or verb the mediation hangs on (``_MEDIATED_BY``, or the participle's head noun);
    its sides are that noun's "between" and "with" parties and, when it is a verb's object, the verb's subjects and
    "with" partners (a verb's noun subject's parties: "talks between X and Y took place under ...").
    """
    if anchor.dep_ == "pobj" and anchor.head.lower_ in _MEDIATED_BY:
        host = anchor.head.head
    elif (clause := with_role_clause(anchor)) is not None:
        host = clause  # "Y and Z signed a deal with X as mediator", "with X acting as mediator, Y and Z ..."
    elif anchor.dep_ in ("acl", "amod") and anchor.pos_ in ("VERB", "ADJ"):
        host = anchor.head
    else:
        return []
    heads = [host]
    if host.pos_ == "NOUN" and host.dep_ == "dobj":
        heads.append(host.head)  # "X held talks with Y under Z's mediation": the holders of the talks
    if host.pos_ in ("VERB", "AUX"):
        heads += [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]  # "talks between X and Y took place"
        heads += [c for c in host.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "X held talks with Y, with Z as mediator"
    sides: list[Arg] = []
    for head in heads:
        if head.pos_ in ("VERB", "AUX"):
            sides += _subjects_of_verb(ctx, head)
        sides += [a for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("between", "with")
                  for p in prep.children if p.dep_ == "pobj" and not _onlooker(p) for a in _actors(ctx, p, 0.9)]
    if not sides and host.dep_ == "pobj" and host.head.lower_ in _HELD_IN and host.head.head.pos_ in ("VERB", "AUX") \
            and (host.lemma_.lower() in ctx.arranged or host.lower_ in ctx.arranged):
        # "in talks mediated by Z, X and Y agreed to ...": the clause's coordinated subjects held the talks, a noun of the
        # events a third party arranges (one subject names one side only: "at talks hosted by Z, X accused Y ...")
        holders = _subjects_of_verb(ctx, host.head.head)
        if len({a.entity.key for a in holders}) > 1:
            sides = [Arg(a.entity, a.score * 0.9) for a in holders]
    return sides


def _investigated_doers(ctx: _Context, noun: Token) -> list[Arg]:
    """Whoever did the act an investigation is into: "an inquiry into spying by Y" (also "by Y" hung on the light verb)."""
    holders = [noun]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _LIGHT_VERBS and any(c.dep_ == "nsubj" for c in verb.children):
        # "X launched an inquiry into spying by Y": the parse may hang "into ..." and "by Y" on the
        # light verb; an active verb with a subject has no "by" agent of its own
        holders.append(verb)
    acts = [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in ("into", "of") for p in prep.children if p.dep_ == "pobj"]
    # (the parse may label "by" an agent even on an active verb: "opened a probe into atrocities by Y's army")
    agents = [p for act in acts for by in act.children if by.dep_ in ("prep", "agent") and by.lower_ == "by" for p in by.children if p.dep_ == "pobj"]
    if acts and len(holders) > 1:
        agents += [p for by in verb.children if by.dep_ in ("prep", "agent") and by.lower_ == "by" for p in by.children if p.dep_ == "pobj"]
    if acts and not agents:
        # "an investigation into war crimes by Y's army": a "by" the parse hangs on the noun after its act names the
        # act's doer ("an investigation by Y into ..." names the investigator, before the act)
        agents = [p for by in noun.children if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i > acts[0].i
                  for p in by.children if p.dep_ == "pobj"]
    return [Arg(a.entity, a.score, "by") for agent in agents for a in _actors(ctx, agent, 0.85)]


def _questioned_doers(ctx: _Context, head: Token) -> list[Arg]:
    """The doers of the act an investigation asks about in a clause: "X is investigating whether Y's hackers stole the
    data", "an inquiry into whether Y's agents kidnapped him", "looking into how Y obtained the licences", "probing
    reports that Y's agents sabotaged the line"."""
    owners = [head] + ([head.head] if head.dep_ == "dobj" and head.head.lemma_.lower() in _LIGHT_VERBS else [])  # the parse may
    # hang "into ..." on the light verb ("launched a probe into how ...")
    holders = owners + [prep for h in owners for prep in h.children if prep.dep_ == "prep" and prep.lower_ in ("into", "on", "of")]
    clauses = [c for h in holders for c in h.children if c.dep_ in ("ccomp", "pcomp") and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in _QUESTIONED for m in c.children)]
    # "X is probing allegations that Y's troops entered Z", "an inquiry into claims that Y's agents ...": the content
    # clause of a claim investigated names its doer
    claims = [c for h in holders for c in h.children if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in _CLAIM_NOUNS]
    clauses += [c for claim in claims for c in claim.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [Arg(a.entity, a.score, "by") for clause in clauses for s in _first_of(list(clause.children), {"nsubj"}) for a in _actors(ctx, s, 0.85)]


def _secondary_predicates(verb: Token) -> list[Token]:
    """A verb's secondary predicate of captivity: "held the sailors hostage" (also parsed as a clause of its own)."""
    return [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "advcl", "dobj") and c.lemma_.lower() in _CAPTIVE]


def _captives(ctx: _Context, comp: Token) -> list[Arg]:
    """The captives the parse puts inside the predicate's phrase: "held [Y's fishermen hostage]"."""
    return [a for c in comp.children if c.dep_ in ("compound", "nmod", "amod", "poss") for a in _actors(ctx, c, 0.85)]


def _role_holders(ctx: _Context, noun: Token) -> list[Arg]:
    """Who holds a role said through a preposition of the clause: "signed on as a partner in Y",
    "is among the largest contributors to Y", "became one of the founding members of Y"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _PARTITIVE:
        noun = noun.head.head  # "one of the members": the role is said of "one"
        if noun.dep_ in ("attr", "oprd", "appos") and noun.head.pos_ in ("VERB", "AUX"):
            return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, noun.head)]
    if noun.dep_ == "pobj" and noun.head.lower_ in _ROLE_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
        return [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, noun.head.head)]
    return []


def _joined_body(verb: Token) -> list[Arg]:
    """What an actor joins or sends people to, as a topic, even a force: "joined the naval task force"."""
    heads = [p for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "in") for p in prep.children if p.dep_ == "pobj"]
    heads += [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "join"]
    for head in heads:
        label = topic_label(head)
        if label and head.pos_ in ("NOUN", "PROPN"):
            return [Arg(Entity(key=f"topic/{slugify(label)}", label=label, type=EntityType.TOPIC), 0.9)]
    return []


def investigated_thing(ctx: _Context, noun: Token) -> bool:
    """Whether an investigation noun names what it investigates as a thing, not an actor: "an inquiry
    into weapons sales", not "an investigation of Sudia"."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS else [])  # "launched an inquiry [into ...]"
    things = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "into") for p in c.children if p.dep_ == "pobj"]
    return bool(things) and not any(_actors(ctx, t, 1.0) for t in things)


def split_border(ctx: _Context, verb: Token) -> list[Arg]:
    """The neighbour a border phrase names when the parse splits it over the verb: "monitoring a deployment
    [along the frontier] [with Sudia]" (both phrases hung on the verb, "with" right after the place noun)."""
    found: list[Arg] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in BY_BORDER:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.lemma_.lower() not in _BORDERS or any(c.dep_ == "prep" for c in place.children):
                continue
            after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and c.i == place.i + 1]
            found += [Arg(a.entity, a.score, prep.lower_, place=True) for w in after for p in w.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.8)]
    return found


def _force_holders(anchor: Token) -> list[Token]:
    """Where the phrases of a show of force hang: its verb or noun, the verb's object and, for a noun, its light verb
    ("declared a partial mobilisation amid tensions with Y", "put its forces on alert after Y's drills")."""
    holders = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    if anchor.pos_ not in ("VERB", "AUX") and anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX"):
        holders.append(anchor.head)
    return holders


def _provoked_by(ctx: _Context, anchor: Token, subjects: list[Arg], any_act: bool = False) -> list[Arg]:
    """Whose hostile act a show of force answers: "put its forces on alert in response to Y's drills", "raised the
    alert after Y's missile launch", "scrambled jets after Y fired a missile" (an act of the lexicon whose every
    reading is hostile, :attr:`_Context.hostile_verbs` and ``hostile_nouns``; its doer named by a modifier, "by Y" or the clause's subject).
    Not the patient of the act ("after the invasion of Z": Z is no provoker), nor an act of the subject's own.

    With ``any_act``, for a protest or a complaint with no target of its own: whose act of any kind it answers ("X
    lodged a protest after Y's official visited the islands", "X protested when Y's jets flew over its islands")."""
    acts: list[Token] = []
    for holder in _force_holders(anchor):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in _PROVOKED_PREPS:
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    if pobj.lemma_.lower() in _RESPONSES:  # "in response to Y's drills", "in retaliation for ..."
                        acts += [q for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for q in c.children if q.dep_ == "pobj"]
                    elif child.lower_ != "in":
                        acts.append(pobj)
            elif child.lower_ == "following" and child.dep_ in ("acl", "advcl"):
                acts += [q for q in child.children if q.dep_ == "dobj"]  # the parse's participle "following Y's drills"
            elif child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _PROVOKED_MARKS for m in child.children):
                acts.append(child)  # "after Y fired a missile", "when Y's jets flew over" ("when" is parsed as an adverb)
    keys = {s.entity.key for s in subjects}
    countries = {s.entity.country for s in subjects if s.entity.country}
    found: list[Arg] = []
    for act in acts:
        verb = act.pos_ in ("VERB", "AUX")
        mods = ctx.hostile_nouns.get(ctx.lemmas[act.i]) if not verb else None
        hostile = ctx.lemmas[act.i] in ctx.hostile_verbs if verb else mods is not None and (not mods or any(ctx.lemmas[c.i] in mods for c in act.children))
        moved = verb and not hostile and not any_act and ctx.lemmas[act.i] in _FORCE_MOVES
        if not (hostile or moved or (any_act and (verb or ctx.lemmas[act.i] in ctx.event_nouns))):
            continue
        if moved:
            # "as Y's warships sailed through the strait": only an armed force's coming near provokes; "as Y's
            # diplomats flew to Geneva" does not
            doers = [c for c in act.children if c.dep_ == "nsubj" and (ctx.lemmas[c.i] in _WEAPONS or any(
                a.entity.type is EntityType.SECTOR_ACTOR and a.entity.role == "military" for a in _actors(ctx, c, 0.9)))]
        elif verb:
            doers = [c for c in act.children if c.dep_ == "nsubj"]
            # "after X's fishermen were detained by Y's navy": a passive's agent
            doers += [p for c in act.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        else:
            doers = [c for c in act.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < act.i]
            doers += [p for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        found += [
            Arg(a.entity, a.score * 0.85, "after")
            for d in doers
            for a in _actors(ctx, d, 0.9)
            if a.entity.key not in keys and (a.entity.country is None or a.entity.country not in countries)
        ]
    return found


def _strained_with(ctx: _Context, anchor: Token, subjects: list[Arg]) -> list[Arg]:
    """The other side of a strain a show of force is set against: "called up reservists amid rising tensions with Y",
    "put its army on alert during the standoff with Y", "a mobilisation amid the dispute between X and Y" (the party
    that is not the subject). The phrase may hang on the verb, on its object or, for a noun, on its light verb."""
    keys = {s.entity.key for s in subjects}
    countries = {s.entity.country for s in subjects if s.entity.country}
    found: list[Arg] = []
    for holder in _force_holders(anchor):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _AMID:
                continue
            for strain in prep.children:
                if strain.dep_ != "pobj" or (strain.lemma_.lower() not in _STRAINS and strain.lower_ not in _STRAINS):
                    continue
                for prep2 in (c for c in strain.children if c.dep_ == "prep" and c.lower_ in ("with", "between")):
                    sides = [a for p in prep2.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
                    own = [a for a in sides if a.entity.key in keys or a.entity.country in countries]
                    if prep2.lower_ == "between" and not own:
                        continue  # "amid tensions between Y and Z": a strain of others, the act's target is not said
                    found += [Arg(a.entity, a.score * 0.9, "with") for a in sides if a not in own]
    return found
