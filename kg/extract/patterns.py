"""The ``patterns.v1`` extractor: lexicon triggers plus argument rules over the dependency parse.

For every trigger (a verb, noun or adjective of the lexicon) in a sentence it
finds the subject and object over the parse:

* verbs: ``nsubj``; passive ``nsubjpass`` as object with the ``by`` agent as
  subject; direct and prepositional objects; subjects shared through ``conj``,
  ``xcomp`` (object control: "urged Russia to withdraw") and relative clauses;
* nouns: ``by`` agents (also through "the support provided by"), possessors
  ("Japan's contribution", "our cooperation"), country adjectives ("Chinese
  investment"), the subject of a light verb ("lodged a protest", "sent a
  message"), ``of/to/with/against/on/for/in`` objects, and ``between X and Y``;
* adjectives ("congratulatory message") act through the noun they modify.

Arguments the sentence does not state next to the trigger (``_discourse.refer``;
each abstains, yielding nothing, when two candidates compete):

* "it"/"its" → the only state actor named before it in its sentence, else the
  previous sentence's subject (nothing if that subject is a thing or an unknown name);
* "he"/"she"/"his" → the last named person who agrees in gender (the only one in
  the sentence, else the only person of the nearest of three previous sentences, or
  of several the one known to agree; ``_gender``: titles, gendered offices, earlier
  pronouns); "..., she said" attributes the quote to that person, and "we" in it is
  her government;
* "they"/"their" → a plural subject (coordinated actors, "both sides", a plural
  force) of a governing clause or of the previous sentence;
* "its ministry", "their troops", "his government" (as the actor) → the owner;
* "both sides", "the two countries", "the neighbours", "the two" as the actor → the
  sides of the last meeting stated before, else the two countries the headline
  names, else the two the article names most; one statement each, or one symmetric
  pair (not "our two countries", not as an object; nothing after a meeting of three);
* "expelled/summoned the ambassador" → the envoy's country (named with that noun
  earlier, else the other side of the pair; not "an envoy" or "its envoy");
* "rejected the accusations", "condemned the move", "the pretexts" → the actor of
  the nearest earlier statement of a fitting category in three sentences ("the
  deal" of a reciprocal act: both parties; two actors in that sentence compete);
  "the incident" → the one actor of every earlier act of force in the article.
* "we"/"our"/"us" outside quotation marks with no speaker, and "our forces" → the
  government that published the article (``_publisher``: its source, byline, web
  address or self-identification; nothing for other publishers, a quotation without
  a known speaker, a journalist's question, or "our joint ...").

A subject pronoun takes a name of its own sentence only as a governing clause's
subject, and none at all after an unknown name there ("Ana Sol said she ...").
In a press-conference transcript (an article with a "Q:"/"Question:" label) an
answer's lines belong to its answerer and a question asserts nothing. In a readout
or fact sheet (``_readouts``) a bullet line without a subject ("- Condemned ...",
"The Minister: * urged ...") is the act of its label's actor or of the issuer (the
heading's owner, else the first caller; both sides of a joint readout); nothing
when no issuer is known. A headline event the body states again is counted once.

Structures: coordinated subjects of a reciprocal act with no partner named apart
relate to each other ("X and Y held talks"; not "X and Y hosted talks"); a target
the parse hangs on a "by" agent ("imposed by X on Y"); "the expulsion of ... by
X"; the author of a restrictive relative clause ("the proposal that X made") or
the maker of a light verb's act ("X made a claim that Y denied"); an event noun's doer named in an ordinal
apposition ("the visit, the first by a Y leader to Z"), a light verb's relative clause or fronted participle ("the
sanctions, which X imposed,", "Imposed by X, the sanctions ..."), its target by the verb of aim it is the subject of
("... target Y's banks", "are aimed at Y"), a blow's place hung on its agent ("carried out by X's forces inside Y"),
and a noun of combat as the armed side of a verb of striking ("a Y drone attack hit a depot in Z"); the subject
after a dateline ("CITY, May 2 (Wire) - X said"); a label before a colon names
the speaker ("President X: ..."); "X and Y accused each other" goes both ways; a noun the parse coordinates with a
passive verb is a second "by" agent; a state acting "as part of" a coalition, an international
organisation or a body of forces it names gives the group its statement too ("X, as part of NATO,
sent troops to Y": ``_acting_for``);
"ministers of X and Y" and a headline's "X, Y agree" name both. A linking verb's
predicate adjective completes it ("remains opposed to Y-ian mediation": the adjective's object is
the clause's, and what is opposed is not happening); a verb of judgement without a direct object
takes the phrase after its "as" label that names its actor as a possessor ("denounced as illegal
Y's detention of ..."); a passive's subject completes a verb + object trigger ("the ambassador was
ordered to leave", not an act noun with its own "of"/"by": "the occupation of X by Y was
terminated"); an event noun's place hung on the verb whose object it is names the target of a
place predicate ("watching a buildup near the border with Y"); a list of modifiers parsed as a
noun of the verb stands for its object ("launched missile, drone and artillery attacks against
Y"); a conditional threat keeps the act's reading of places ("will pull its troops out of Y unless
..."); an investigation that names a thing it investigates has no other target ("of arms sales to
Y"); a reported "has to / needs to / ought to" is an obligation like "must"; a verb of winning, striking
or leaving ("routed", "pounded", "left") is an act of force only when a side is an armed force, an armed
group or a weapon, or the act is placed in a battle (``armed`` entries; a noun of any contest, "campaign",
"fight", "operation", "coalition against", also when a word of combat qualifies it: "a ground operation against
Y", "X's campaign against the Islamic State", "X is part of the coalition against Y"; a noun in scare quotes,
'Y's "war" on Z', states nothing); "supports Y against Z" does not
support Z; an intent named by a noun with the infinitive of an act of force is its owner's intended act ("X's
determination to defeat Y", "in its efforts to destroy Y"), and a fight a phrase of help names by "its"/"their" or by no owner is
the helped party's ("X supported Y in its fight against Z", "X backs Y in the fight against Z": Y fights Z; not when Z
is an armed group of Y's own country, a domestic fight, as a relation of two actors of one country never is), as is the
fight a verb of praise's "for" names ("X praised Y for its struggle against Z"); a restated noun of one's own resolve
is no agreement ("X reaffirmed its determination to defeat Y"); harm suffered "at the hands of" Y, or a
force's fall to Y, is Y's attack; an entry may code its statements in the PLOVER category of its CAMEO code ("released Y's
prisoners": CAMEO 084, RETREAT, though the predicate is ``concedes``). Not arguments:
names inside a quoted title
("the film 'Friends of X'"), what a topic noun or talks are about ("on the
question of X", "talks about X"), a place after "in", a business one joins
("joined X, a gas company" is no membership).

Who does an event named by a noun without a doer of its own (``kg/data/event_doers.yaml``): a light
verb's subject ("launched an attack on Y"); the clause's subject for an event one takes part in named
in a time phrase ("pledged aid after talks with Y"), not for an act done to a target ("spoke out after
the attack on Y") nor for what a verb of speech is about ("commented on the talks with Y"); a verb
that judges such an act ("condemned the attack on Y") acts on its doer, never on its target. A verb of helping gives
the act of aid its phrase or object names ("helped with the training of Y's army", "assisted in arming Y's reservists",
"contributed to the equipping of Y's forces": X's aid to Y, with the helping verb's modality). "The X-Y
accord" names the agreement's parties as "between X and Y" does (collapsed: negated).

Objects that are not actors become Topic entities labelled with their noun
phrase. Modality comes from modal auxiliaries, negation and governing verbs
(plan, intend, would like, refuse); "pressed for X to act" states no act, and a
pledge not to act ("vowed never to sign") no agreement; attribution from quotes and reporting
verbs; the event date from date expressions in the sentence.

Confidence = trigger weight (verb 0.85, noun 0.75, adjective 0.7) × the
lexicon entry's weight (mined entries 0.9) × the weakest argument, whose score
is its path (direct dependent 1.0; prepositional object or inherited through
conj/xcomp/advcl/relcl/light verb 0.9 per step; modifier, reported-clause
subject, "of"/"by" chain, temporal event noun or beneficiary of a welcomed
act 0.85; actor inside an object phrase, pronoun, owned organ, envoy's country,
dyad or a readout's issuer 0.8; the only candidate of the previous sentence, a
definite event description or a bare "the two" 0.75) × its resolution (gazetteer 1.0, NER-only name or topic 0.9).
The README's "Confidence" section is the user-facing version.

The extractor lives here; its parts are private modules beside it: argument
rules (``_arguments``), discourse reference (``_discourse``, ``_gender``),
bulleted readouts (``_readouts``), per-article
context with speakers, dates and the statements read so far (``_context``),
topic labels (``_topics``) and word lists (``_words``).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from functools import cache, partial
from itertools import combinations
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract._arguments import (
    made_by_relative,
    _ONE_WAY,
    Arg,
    act_voted_for,
    addressed_targets,
    denied_fact,
    condition_parties,
    _actors,
    _agents_after_patient,
    _clause_verb,
    _conditional,
    _apart,
    _fought_together,
    _each_other,
    _is_stance,
    _partner_named,
    _group_actor,
    _noun_args,
    _onlooker,
    _prep_objects,
    _responding,
    _subjects_of_verb,
    _verb_args,
    misparsed_act,
    fronted_act,
    between_after_participle,
    gerund_parties,
    hyphen_sides,
    places_within,
)
from kg.extract._acting_for import acting_groups, group_arg, group_object
from kg.extract._arranged import arranged_sides, participle_head, sides_named
from kg.extract._constructions import _BORDERS, BY_BORDER, _armed_noun, building_of_part, _helped_fighters, _relation_holders, _relational_place, backed_contest, constructions, crowd_protest, fire_undergone, helped_contest, investigated_thing, rioted_missions, split_border, weapons_test
from kg.extract._context import _Context, _first_of, _is_reporting, _without_headline_repeats, owns_responsibility
from kg.extract._discourse import _RECIPROCAL, answered_doers
from kg.extract._economic import figurative_partners, partner_ties, pooled_funds
from kg.extract._evaluative import evaluations
from kg.extract._unwelcome import unwelcome_envoys
from kg.extract._led_groups import leading_verbs, leads_abroad, led_destination, sent_to_talks
from kg.extract._nested_demands import asked_act_owners, nested_demands, request_nouns, requested_help_recipients
from kg.extract._renamed import judging_verbs
from kg.extract._ground import _LANDING, ground_sides, held_targets, landed_munitions, launched_weapons, launchers, taken_ground
from kg.extract._threats import conditional_threats, threat_code
from kg.extract._modality import _PLEDGES, nobody, _devoted, _hypothetical, characterizes, intention_noun, collapsed, commands_own_forces, counterfactual, _modality, _prepared, _purpose_clause, _refused_pledge, noun_modality, interrogative, obligation, owed, expected, requested, requested_noun, issuing_verb, sought_standing
from kg.extract._structural import structural_statements
from kg.extract._topics import _topic_for
from kg.extract._words import (
    _BUILDING,
    blocking_nouns,
    pledge_of,
    _PORTIONS,
    _CRIME_LABELS,
    judging_words,
    _EVALUATING,
    _STRIFE,
    _AGREEING_TO,
    _INTERNATIONAL_BODIES,
    named_wars,
    stance_nouns,
    _ACTOR_TYPES,
    _PLACE_NOUNS,
    _ARMED_MODIFIERS,
    _ARRIVALS,
    _RECEIVING,
    _CARRIERS,
    _FORCE_WORDS,
    _WEAPONS,
    _GETTING,
    _IN_PREDICATES,
    _LIGHT_VERBS,
    _MEMBER_HEADS,
    _NEGATE,
    _PARTNER_NOUNS,
    _PASSAGES,
    _RELATIVE,
    _PLACE_PREDICATES,
    _REPORT_DEMAND,
    _REPORTING,
    _REQUESTING,
    _THREAT_ACTS,
    _THREATEN,
    _TRIGGER_WEIGHT,
    _WISH,
    _VOTING,
    contest_modifiers,
    contest_vote_nouns,
    done_to_categories,
    event_doers,
    helping_verb,
    issued_documents,
    origin_groups,
    punishing_verbs,
    responding_verbs,
    sent_objects,
)
from kg.extract.lexicon import Lexicon, Trigger, load_lexicon
from kg.gazetteer import acts_for_state, load_gazetteer, sector_nouns
from kg.model import (
    Article,
    Entity,
    EntityType,
    Mention,
    Modality,
    Predicate,
    Statement,
)
from kg.vocab import goldstein as goldstein_of
from kg.vocab import predicate

NAME = "patterns.v1"

#: Verbs of leading a group sent abroad ("led a delegation to Y": kg/extract/_led_groups.py).
_LEADING = leading_verbs()
#: One statement as read before it is made: subject, object, predicate, CAMEO code, Goldstein value, PLOVER category.
_Reading = tuple[Arg, Arg, Predicate, str | None, float, str | None]


#: Verbs of taking people or forces out of a place (their direct object is what moves, never what is left).
_MOVING_OUT = {"evacuate", "withdraw", "pull", "remove", "extract"}

#: Nouns of a degree that stand for what they measure when a verb raises or lowers them ("the alert level").
_MEASURE_NOUNS = {"level", "state", "status", "degree", "posture", "condition"}
#: Nouns of an amount or a load whose "of" object is what is handed over ("fifty tonnes of food", "a shipment of arms").
_QUANTITY_NOUNS = {
    "tonne", "ton", "kilogram", "kilo", "litre", "liter", "barrel", "dose", "shipment", "consignment", "cargo", "load",
    "batch", "convoy", "planeload", "truckload", "shipload", "boatload", "package", "parcel", "quantity", "amount",
    "lot", "supply", "delivery", "crate", "box", "bag", "sack", "container", "pallet",
    "thousand", "hundred", "million", "dozen", "number", "group", "wave", "influx", "round", "series",
    # a share of it: "wrote off 90 percent of Y's debt", "buys most of its oil from Y", "half of its gas"
    "per cent", *_PORTIONS,
}


def _verb_words(verb: Token, children: Sequence[Token] | None = None) -> set[str]:
    """Words that can complete a two-word verb trigger: particle, preposition or direct object (``children``: the verb's, if read already)."""
    words: set[str] = set()
    for child in verb.children if children is None else children:
        if child.dep_ in ("prt", "prep", "dobj", "advmod", "dative", "agent"):
            words |= {child.lemma_.lower(), child.lower_}
        if child.dep_ == "prt" or child.dep_ == "advmod" and child.lower_ in _PARTICLES and child.i > verb.i:
            # a particle as such ("handed over"), for three-word triggers (_completed); the parse may read one as an
            # adverb ("turned back a convoy")
            words.add(f"prt:{child.lower_}")
        if child.dep_ == "prep":
            # "developed the jet jointly with Y": the parse may hang the adverb on the verb's preposition
            words |= {g.lower_ for g in child.children if g.dep_ == "advmod"}
        if child.dep_ == "nsubjpass" and child.lower_ not in ("who", "which", "that") and not any(p.dep_ == "prep" and p.lower_ in ("of", "by") for p in child.children):
            # "the ambassador was ordered to leave", "relations were severed": a passive's subject is its object
            # (not "the occupation of X by Y was terminated": an act noun with its own arguments is read itself)
            words |= {child.lemma_.lower(), child.lower_}
        if child.dep_ == "dobj":
            nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
            if nxt is not None and nxt.dep_ == "quantmod" and nxt.pos_ in ("ADP", "ADV") and nxt.head.head.i == child.i:
                # "handed over ten soldiers": the parse may read the particle as a bound of the object's number
                words |= {nxt.lower_, f"prt:{nxt.lower_}"}
            # "halt mediation efforts": the object's compound names the thing too
            words |= {g.lemma_.lower() for g in child.children if g.dep_ == "compound"}
            if child.lemma_.lower() in _MEASURE_NOUNS:
                # "raised the alert level" (the tagger may read "alert" as an adjective), "raised the level of
                # alert", "heightened its state of readiness": the measure stands for what it measures
                words |= {g.lemma_.lower() for g in child.children if g.dep_ in ("amod", "compound")}
                words |= {p.lemma_.lower() for g in child.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"}
            # "sent doctors and medicine", "shipped fifty tonnes of food", "a convoy of aid": each conjunct of the
            # object, and what a quantity or a load holds, is what is sent
            words |= _things_held(child)
        if child.dep_ in ("oprd", "ccomp", "xcomp", "advcl") and child.pos_ in ("NOUN", "ADJ"):
            # "held the sailors hostage": a secondary predicate completes the verb as its object would
            words |= {child.lemma_.lower(), child.lower_}
        if child.dep_ == "ccomp" and (reduced := _reduced_relative_noun(verb, child)) is not None:
            # "intercepted Y's missiles fired at Z": a reduced relative the parse reads as a clause with its noun for subject
            words.add(reduced.lemma_.lower())
        if child.dep_ == "acomp" and child.pos_ == "ADJ":
            # "remains opposed to": the predicate adjective of a linking verb completes it
            words.add(child.lower_)
    if _object_relativised(verb, verb.children if children is None else children):
        # "the sanctions (which) the EU imposed on Y", "aid pledged by Japan to Y": the noun the clause modifies is
        # the verb's object
        words |= {verb.head.lemma_.lower(), verb.head.lower_} | {g.lemma_.lower() for g in verb.head.children if g.dep_ == "compound"}
    return words


def _object_relativised(verb: Token, children: Sequence[Token]) -> bool:
    """Whether the noun a clause modifies is the clause verb's object: a relative clause whose object is a relative
    pronoun or left out ("the sanctions which (that) the EU imposed", "the sanctions the EU imposed"), or a past
    participle ("aid pledged by Japan", "troops sent to Y"). Not when the noun is the clause's subject ("the country
    that imposed sanctions")."""
    if verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i == verb.i:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in children)
    if verb.dep_ != "relcl":
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if objects:
        return all(o.lower_ in ("which", "that", "whom") for o in objects) and not any(c.lower_ in ("which", "that", "who") for c in subjects)
    return bool(subjects) and not any(c.lower_ in ("which", "that", "who") or c.dep_ == "nsubjpass" for c in subjects)


def _things_held(noun: Token) -> set[str]:
    """The words of what a noun phrase hands over besides its head: each conjunct ("doctors and medicine"), and
    what a quantity or a load holds ("fifty tonnes of food", "hundreds of drones", "thousands of tonnes of wheat")."""
    words: set[str] = set()
    things = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    while things:
        thing = things.pop()
        if thing.i != noun.i:
            words |= {thing.lemma_.lower(), thing.lower_}
        if thing.lemma_.lower() in _QUANTITY_NOUNS:
            things += [p for g in thing.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"]
    return words


def _prep_objects_of(verb: Token, children: Sequence[Token] | None = None) -> list[tuple[str, set[str]]]:
    """Each preposition of a verb with the words (lemma and form) of its objects ("deploy to the border").

    A preposition that ends the verb's direct object is the verb's too: "put [a Y journalist who filmed the
    base under arrest]", "placed [a Y reporter and his driver under arrest]" (the parse may hang the verb's
    phrase on the object noun, a relative clause, a participle or a conjunct; where it hangs, the phrase
    still says where the object is put).
    """
    kids = list(verb.children if children is None else children)
    preps = [child for child in kids if child.dep_ in ("prep", "agent", "dative")]
    if not any(p.lower_ == "under" for p in preps):
        # "placed [a Y reporter] and [his driver under arrest]": a second object the parse makes a conjunct of the verb
        objects = [child for child in kids if child.dep_ == "dobj" or (child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"))]
        preps += [prep for child in objects if (prep := _ending_prep(child)) is not None]
        # "joined [her Y counterpart for talks]": the parse may hang the verb's phrase on a direct object that names an
        # actor (an act or a thing takes phrases of its own: "suffered [a defeat at the hands of Y]")
        preps += [g for child in objects if child.dep_ == "dobj" and _names_actor(child) for g in child.children if g.dep_ == "prep" and g.i > child.i]
    # "supplied Y with food and fuel", "provided Y with hundreds of drones": what the object holds completes it too
    # "gathered at the gates of the Y embassy": a building's part stands for the building (``building_of_part``)
    return [(child.lower_, {w for g in child.children if g.dep_ == "pobj" for b in building_of_part(g) for w in (b.lemma_.lower(), b.lower_, *_things_held(b))})
            for child in preps]


def _names_actor(noun: Token) -> bool:
    """Whether a noun names an actor by itself: a name, a state's office or organ ("the president", "officials"), or a
    noun a nationality or a country qualifies ("her Y counterpart"); not an act or a thing ("a defeat", "aid")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or acts_for_state(noun.lemma_.lower()) is True \
        or any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "NORP") for c in noun.children)


def _measured_goods(token: Token, nouns: Mapping[str, Sequence[Trigger]]) -> bool:
    """Whether a noun is what a sanction noun falls on, through "on" ("tariffs on exports to Y"), also when the parse
    hangs the "on" on the noun's light verb ("announced curbs [on exports to Y]"), or the act a noun of blocking stops
    ("dropped its veto on aid to Y", "lifted its objection to aid for Y"): the measure decides, the act is not done."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("on", "to", "against"):
        return False
    holder = token.head.head
    measures = [holder] if holder.pos_ in ("NOUN", "PROPN") else [c for c in holder.children if c.dep_ == "dobj" and c.i < token.i]
    if token.head.lower_ == "on" and any(t.predicate.category == "SANCTION" for m in measures for t in nouns.get(m.lemma_.lower(), ())):
        return True
    return any(m.lemma_.lower() in blocking_nouns() for m in measures)


def _ending_prep(obj: Token) -> Token | None:
    """The "under" phrase that ends a direct object's phrase inside it ("a Y journalist [...] under arrest"), if any."""
    end = obj.right_edge
    if end.i == obj.i:
        return None
    # "under (house) arrest" must end the phrase with its noun: in "who had lived under arrest for years on
    # trial" the parse hangs the verb's own phrase ("on trial") on the noun, and the relative clause keeps it
    for token in obj.doc[obj.i + 1 : end.i + 1]:
        if token.dep_ == "prep" and token.lower_ == "under" and any(p.dep_ == "pobj" and p.i == end.i for p in token.children):
            return token
    return None


def _completed(trig: Trigger, words: set[str], prep_objects: Callable[[], list[tuple[str, set[str]]]]) -> bool:
    """Whether what a trigger needs besides its head word is there: for a trigger with a
    prepositional object, one of those words as the object of one of its prepositions
    (``prep_objects``, read from the parse on first need), else one of its ``extra`` words among
    ``words``."""
    if trig.prep_object:
        if any(f"prt:{w}" in words for w in trig.extra if w in _PARTICLES) and not words.isdisjoint(trig.prep_object):
            return True  # "handed over two suspects": a particle verb's direct object completes it as a preposition's would
        return any(prep in trig.extra and not found.isdisjoint(trig.prep_object) for prep, found in prep_objects())
    return not trig.extra or not words.isdisjoint(trig.extra)


def _word_index(triggers: Sequence[Trigger]) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """Where each verb trigger of a lemma may match: (the positions of those that need no particular word,
    each completing word -> the positions of the triggers it completes), for :func:`_candidates`."""
    always: list[int] = []
    by_word: dict[str, list[int]] = {}
    for position, trig in enumerate(triggers):
        if trig.extra and not trig.prep_object:
            for word in trig.extra:
                by_word.setdefault(word, []).append(position)
        else:
            always.append(position)
    return tuple(always), {word: tuple(positions) for word, positions in by_word.items()}


def _candidates(triggers: Sequence[Trigger], index: tuple[tuple[int, ...], dict[str, tuple[int, ...]]], words: set[str]) -> list[Trigger]:
    """The triggers of a verb, in lexicon order, less those whose completing words (particle, object...) are all
    missing: most of a common verb's many two-word triggers are not tested one by one."""
    always, by_word = index
    positions = set(always)
    for word in words:
        positions.update(by_word.get(word, ()))
    return [triggers[p] for p in sorted(positions)]


def _gerund_index(verbs: Iterable[str]) -> dict[str, str]:
    """The -ing forms of one-word verb lemmas, each with its verb ("lifting" -> "lift", "easing" -> "ease",
    "summoning" -> "summon", "banning" -> "ban"), for acts named by a gerund noun.

    >>> _gerund_index(["lift", "ease", "ban", "tie"])["banning"], _gerund_index(["tie"])["tying"], _gerund_index(["equip"])["equipping"]
    ('ban', 'tie', 'equip')
    """
    index: dict[str, str] = {}
    for verb in verbs:
        if not verb.isalpha():
            continue
        if verb.endswith("ie"):
            forms = [verb[:-2] + "ying"]
        elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
            forms = [verb[:-1] + "ing"]
        else:
            forms = [verb + "ing"]
        if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and (verb[-3] not in "aeiou" or verb[-4:-2] == "qu"):
            forms.append(verb + verb[-1] + "ing")  # a final consonant doubled after one short vowel ("qu" is a consonant: "equipping")
        for form in forms:
            index.setdefault(form, verb)
    return index



def _reduced_relative_noun(verb: Token, clause: Token) -> Token | None:
    """The noun a participle describes when the parse reads "V N fired at Z" as a clause with the noun for subject
    ("intercepted Y's missiles fired at Z"): a past form with no auxiliary or marker, whose subject opens right after
    the verb."""
    if clause.tag_ not in ("VBN", "VBD") or any(g.dep_ in ("aux", "auxpass", "mark") for g in clause.children):
        return None
    return next((g for g in clause.children if g.dep_ == "nsubj" and g.pos_ == "NOUN" and g.left_edge.i == verb.i + 1), None)


def _without_membership_echoes(statements: list[Statement]) -> list[Statement]:
    """The statements without the other readings of a word read as joining an organisation: "X acceded to O" is X's
    membership, not a concession to O; "O admitted X as a member" is no diplomatic relation. A reading of another word
    of the sentence between the same two sides stays, and so does leaving ("X withdrew from O": a membership negated,
    and a withdrawal)."""
    joined = {(s.evidence.start, s.subject.key, s.object.key, _first_word(s.trigger)) for s in statements
              if s.predicate.name == "memberOf" and s.trigger and s.modality is Modality.ASSERTED and not s.former}
    if not joined:
        return statements
    return [s for s in statements if s.predicate.name == "memberOf" or not s.trigger
            or not ({(s.evidence.start, s.subject.key, s.object.key, _first_word(s.trigger)),
                     (s.evidence.start, s.object.key, s.subject.key, _first_word(s.trigger))} & joined)]


def _first_word(trigger: str | None) -> str:
    return (trigger or "").split(" ", 1)[0].lower()


def _aimed_measure(ctx: _Context, noun: Token) -> bool:
    """Whether ``noun`` names a measure, an act of pressure or an inquiry aimed at someone: a noun of the lexicon whose
    readings are hostile (:attr:`_Context.hostile_nouns`, Goldstein below 0: "tariff", "embargo", "probe", "inquiry",
    "lawsuit", "complaint", "demand"), or one whose hostile reading a modifier picks, with that modifier ("curbs on
    Y's oil", "export restrictions on Y"; not "arms control"). Its "on", "into" or "against" phrase names whom it is
    aimed at, who is no one supported or judged by a verb whose object the measure is."""
    mods = ctx.hostile_nouns.get(ctx.lemmas[noun.i])
    return mods is not None and (not mods or any(ctx.lemmas[c.i] in mods for c in noun.children))


def _hostile(trigger: Trigger) -> bool:
    """A trigger of a hostile act: its CAMEO code's Goldstein value is below zero."""
    return trigger.goldstein is not None and trigger.goldstein < 0


#: Categories of the acts a definite noun may stand for when it names an earlier one ("condemned the invasion"): acts
#: done to another, not meetings, statements of support or standing relations.
_REFERABLE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "RETREAT", "THREATEN", "PROTEST", "AID", "CONCEDE", "REJECT", "ACCUSE"})


def _unconditional(triggers: Sequence[Trigger]) -> list[Trigger]:
    """The triggers that hold on their word alone, without a required object or modifier."""
    return [t for t in triggers if not t.extra]

class PatternExtractor:
    """The lexicon-and-dependency extractor registered as ``patterns.v1``."""

    name = NAME

    def __init__(self, lexicon_files: Sequence[Path] = (), lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon(lexicon_files)
        self._lemmas = frozenset(self.lexicon.verbs) | frozenset(self.lexicon.nouns) | frozenset(self.lexicon.adjectives)
        self._verb_index = {lemma: _word_index(triggers) for lemma, triggers in self.lexicon.verbs.items()}
        self._gerunds = {form: verb for form, verb in _gerund_index(self.lexicon.verbs).items() if form not in self.lexicon.nouns}
        self._lemmas |= frozenset(self._gerunds)
        self._lemmas |= _LANDING  # "shells landed in Y": a munition coming down (_ground.landed_munitions), read as "hit" is
        self._landed = [t for t in self.lexicon.verbs.get("hit", ()) if t.predicate.name == "attacks" and not t.extra][:1]
        # "the severance of ties with Y": a noun read as its verb when its "of" object completes the verb's trigger
        self._deverbal = {noun: verb for noun, verb in self.lexicon.deverbal.items() if verb in self.lexicon.verbs and noun not in self._gerunds}
        # each predicate's noun triggers: the cognate objects of its verbs ("fought a war")
        self._nouns_of: dict[str, set[str]] = {}
        for noun, triggers in self.lexicon.nouns.items():
            for t in triggers:
                self._nouns_of.setdefault(t.predicate.name, set()).add(noun)
        self._lemmas |= frozenset(self._deverbal)
        # nouns of a request or warning, read also where another verb governs them ("ignored Y's call for Z to leave")
        self._requests = request_nouns(self.lexicon.nouns)
        # verbs of a judgement passed on another ("condemned", "welcomed"): a relative after their clause may rename
        # what they judge, not their judging (kg/extract/_renamed.py)
        self._judging = judging_verbs(self.lexicon.verbs)
        # verbs a third party arranges an event with ("hosted talks between Y and Z") and the nouns of those events
        arranging = [t for triggers in self.lexicon.verbs.values() for t in triggers if t.third_party]
        self._arranging = frozenset(t.lemma for t in arranging)
        self._arranged = frozenset(w for t in arranging for w in t.extra)
        # acts a show of force may answer ("in response to Y's drills", "after Y fired a missile"): verbs whose every
        # unconditional reading is hostile (Goldstein below 0; a verb with none: every reading), and nouns that are so,
        # or whose hostile readings a modifier picks ("military exercise"); a noun maps to the modifiers it needs
        self._hostile_verbs = frozenset(lemma for lemma, triggers in self.lexicon.verbs.items() if all(map(_hostile, _unconditional(triggers) or triggers)))
        # the categories of the acts a noun names on its own ("invasion", "blockade"), which "the invasion" may stand for
        self._noun_categories = {lemma: frozenset(t.predicate.category for t in bare) for lemma, triggers in self.lexicon.nouns.items()
                                 if (bare := _unconditional(triggers)) and all(t.predicate.category in _REFERABLE for t in bare)}
        self._hostile_nouns: dict[str, frozenset[str]] = {}
        for lemma, triggers in self.lexicon.nouns.items():
            if (bare := _unconditional(triggers)) and all(map(_hostile, bare)):
                self._hostile_nouns[lemma] = frozenset()
            elif mods := {m for t in triggers if _hostile(t) for m in t.extra} - {m for t in triggers if not _hostile(t) for m in t.extra}:
                self._hostile_nouns[lemma] = frozenset(mods)

    # ---------------------------------------------------------------- entry
    def __call__(self, doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Statement]:
        ctx = _Context(doc, article, mentions, frozenset(self.lexicon.nouns), self._hostile_verbs, self._hostile_nouns, self._arranged,
                       self._noun_categories, self._judging)
        seen: set[tuple[str, str, str, str, int]] = set()
        unique: list[Statement] = []
        for statement in self._statements(ctx):
            key = (statement.subject.key, statement.predicate.name, statement.object.key, statement.modality.value, statement.evidence.start)
            if key not in seen:
                seen.add(key)
                unique.append(statement)
        unique = _without_membership_echoes(unique)
        yield from _without_headline_repeats(doc, unique)  # a headline's event stated again in the body counts once

    def _statements(self, ctx: _Context) -> Iterator[Statement]:
        for standing in structural_statements(ctx):  # leaderOf / officialOf / memberOf: kg/extract/_structural.py
            ctx.standing.append(standing)  # (a group acting as its member does acts on none of its members: _acting_for)
            yield standing
        for sent in ctx.doc.sents:
            if ctx.in_question(sent) or interrogative(sent):
                continue  # a journalist's question in a transcript, or any direct question, asserts nothing
            obliged = yield from self._obligations(ctx, sent)
            wished = yield from self._wishes(ctx, sent)
            evaluated = yield from self._evaluations(ctx, sent)
            yield from self._conditional_threats(ctx, sent)
            yield from self._unwelcome_envoys(ctx, sent)
            wished |= obliged | evaluated
            found = [
                (token, trigger, anchor)
                for token in ctx.tokens(sent)
                if ctx.lemmas[token.i] in self._lemmas  # most tokens trigger nothing: skip them cheaply
                for trigger, anchor in self._triggers(token)
            ]
            # verb + object triggers of the hand-written lexicon ("sever relations") decide over their object noun;
            # a mined one ("monitor deployment") gives way to a hand-written noun trigger.
            # (not a third party's arranging: "hosted talks between Y and Z" is also the talks between Y and Z)
            verbs = {anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and trigger.extra and trigger.weight >= 1.0 and not trigger.third_party}
            curated_nouns = {anchor.head.i for _, trigger, anchor in found if trigger.kind != "verb" and trigger.weight >= 1.0 and anchor.dep_ in ("dobj", "nsubjpass")}
            nouns_under = {anchor.head.i for _, trigger, anchor in found if trigger.kind != "verb" and anchor.dep_ in ("dobj", "nsubjpass")}
            # "the raid, which Y's forces carried out inside Z,", "the deal (that) X reached with Y": a light verb in a relative
            # clause of an act noun, whose object is the relative word, is the noun's verb as after it ("carried out a raid")
            # (not when the noun gives way to the verb it is the object of: "the sanctions, which X imposed on Y, were lifted")
            nouns_under |= {verb.i for _, trigger, anchor in found if trigger.kind != "verb"
                            and not (anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.i in verbs and anchor.head.lemma_.lower() not in _LIGHT_VERBS)
                            for verb in anchor.children if made_by_relative(verb)}
            # "agreed to new sanctions on Y": an act agreed to that is no agreement itself is the subject's (PETRARCH2
            # "AGREE * (TO SANCTIONS)", 163), not an agreement with a topic
            # ("agreed to Y's demand" stays the hand-written concession of its verb + object trigger)
            nouns_under |= {anchor.head.head.i for _, trigger, anchor in found if trigger.kind != "verb" and trigger.predicate.category != "AGREE"
                            and anchor.dep_ == "pobj" and anchor.head.lower_ == "to" and anchor.head.head.lemma_.lower() in _AGREEING_TO
                            and anchor.head.head.i not in verbs}
            # "voted for / in favour of sanctions against Y": the act voted for is the voter's, not a rejection of Y
            nouns_under |= {voted.i for _, trigger, anchor in found if trigger.kind != "verb" and trigger.predicate.category != "AGREE"
                            and (voted := act_voted_for(anchor)) is not None and voted.i not in verbs}
            # "X and Y held talks": a verb + object trigger that relates its subjects to each other decides
            # over an object noun that cannot ("talks" alone has no second side)
            # (not a passive without an agent: "talks between X and Y were held" names the holders in its noun)
            pairing = {anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and trigger.extra and trigger.pair and trigger.weight >= 1.0
                       and any(c.dep_ in ("nsubj", "agent") for c in anchor.children)}
            refusals = {anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and anchor.lemma_.lower() in _NEGATE | _THREATEN | _REQUESTING
                        and not commands_own_forces(anchor)}
            # "put pressure on Y to recognise Z": the act a verb + object demand presses for is asked for, not done
            refusals |= {anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and trigger.extra and trigger.predicate.name == "demands"}
            # "staged a strike", "went on strike": the verb + object trigger of a protest decides over an act of force its
            # object noun reads alone (the noun's index -> the verb's)
            stoppages = {noun.i: anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and trigger.predicate.category == "PROTEST"
                         and trigger.extra and trigger.weight >= 1.0 for noun in _completing_nouns(anchor, trigger)
                         if any(t.predicate.category == "ASSAULT" for t in self.lexicon.nouns.get(noun.lemma_.lower(), ()))}
            # "granted Y's request", "met Y's demands": a hand-written concession of a verb + object decides over the
            # request its object noun names, even after a light verb ("grant" also carries "granted asylum")
            conceded = {anchor.i for _, trigger, anchor in found if trigger.kind == "verb" and trigger.extra and trigger.weight >= 1.0
                        and trigger.predicate.category == "CONCEDE"}
            # "retaliated against Y with trade curbs", "punished Y by expelling its diplomats": the act the means names
            # decides over the verb of answering alone (an attack, coercion)
            answered = _answered_by_means(found)
            unreal = _hypothetical(ctx.tokens(sent), found)
            produced: list[tuple[Token, list[Statement]]] = []
            typed: set[int] = set()  # anchors where a trigger that holds for its object's type was read
            for token, trigger, anchor in found:
                # "declined to accept the verdict", "threatened to cut ties", "invited X to visit":
                # the refusal, threat or request is the event; its complement did not happen (yet).
                if trigger.kind == "verb" and (anchor.dep_ == "xcomp" or _purpose_clause(anchor)) and anchor.head.i in refusals \
                        and not denied_fact(anchor.head, anchor):  # "denied attacking Y": the act itself, negated
                    continue
                if trigger.kind == "verb" and anchor.dep_ == "conj" and (anchor.head.dep_ == "xcomp" or _purpose_clause(anchor.head)) and anchor.head.head.i in refusals:
                    continue  # "urged its allies to rally and march on X": the second asked-for act
                if anchor.i in wished:
                    continue  # "would like to see Chinese companies investing": wished, not done
                if anchor.i in unreal:
                    continue
                if trigger.kind == "verb" and anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in _REQUESTING:
                    continue  # "demanded that its partners refuse to recognize X": asked for, not done
                if trigger.kind == "verb" and anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in _REQUESTING - {"call"} and not commands_own_forces(anchor.head):
                    continue  # "encouraged X and Y to work together": asked for, not done ("called to congratulate" is done)
                if requested(anchor) if anchor.pos_ in ("VERB", "AUX") else requested_noun(anchor):
                    continue  # "urged Y to stop attacking Z", "called on Y to begin talks with Z": asked for, not done
                # "severed diplomatic relations": the verb decides, the noun is its object.
                # "sent a congratulatory message", "lodged a protest": after a light verb the noun decides.
                if trigger.kind != "verb" and anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.i in verbs and anchor.head.lemma_.lower() not in _LIGHT_VERBS:
                    continue
                if trigger.kind != "verb" and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.i in verbs \
                        and anchor.head.head.pos_ == "NOUN":
                    continue  # "the cutting of diplomatic ties with Y": the act read as its verb decides, as "cut diplomatic ties"
                if trigger.kind != "verb" and not trigger.pair and anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.i in pairing:
                    continue
                if trigger.kind == "verb" and anchor.lemma_.lower() in _LIGHT_VERBS and anchor.i in nouns_under and anchor.i not in pairing \
                        and anchor.i not in stoppages.values() and anchor.i not in conceded:
                    continue
                if trigger.kind != "verb" and trigger.predicate.category == "REQUEST" and anchor.dep_ == "dobj" and anchor.head.i in conceded:
                    continue  # "granted Y's request for jets": the request is granted, not made
                if trigger.kind != "verb" and trigger.predicate.category == "ASSAULT" and anchor.i in stoppages:
                    continue  # "staged a strike against Y's firms": a stoppage of work, no attack
                if trigger.kind == "verb" and trigger.weight < 1.0 and trigger.extra and anchor.i in curated_nouns:
                    continue
                if trigger.object_type is None and anchor.i in typed:
                    continue  # "joined NATO": membership was read, not participation
                statements = list(self._from_trigger(ctx, sent, token, anchor, trigger))
                if trigger.object_type is not None and statements and not trigger.alongside:
                    typed.add(anchor.i)
                produced.append((anchor, statements))
            if answered:
                done = {anchor.i for anchor, statements in produced if statements}
                produced = [(anchor, statements) for anchor, statements in produced if not answered.get(anchor.i, set()) & done]
            for statement in _without_restated_pledges(produced):
                ctx.events.append(statement)  # for "the move", "the accusations" in later sentences
                yield statement
            yield from self._nested_demands(ctx, sent)

    # ------------------------------------------------------------- triggers
    def _triggers(self, token: Token) -> list[tuple[Trigger, Token]]:
        lemma = token.lemma_.lower()
        if lemma in _LANDING and token.pos_ == "VERB" and landed_munitions(token):
            return [(t, token) for t in self._landed]  # the plain trigger of attack of "hit"
        if token.pos_ in ("VERB", "AUX") and lemma in self.lexicon.verbs:
            kids = list(token.children)  # spaCy makes new Token objects on every walk: walk once
            children = _verb_words(token, kids)
            if lemma in self._arranging and (event := participle_head(token)) is not None:
                children |= {event.lemma_.lower(), event.lower_}  # "the X-hosted talks", "talks between Y and Z hosted by X"
            # "called on Arabs to unite": the infinitive may be parsed as a purpose clause
            # ("forced the airliner to land": the tagger may read a bare infinitive that is also a noun as "to" + noun)
            complement = any(c.dep_ in ("xcomp", "ccomp") or _purpose_clause(c) or _bare_infinitive_as_noun(c) for c in kids)
            prep_objects = cache(partial(_prep_objects_of, token, kids))  # read from the parse on first need
            # "helped Y build": the object may be parsed as the subject of a bare infinitive clause
            # "Y was helped by X": a passive's subject is its object
            has_object = any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children)) for c in kids)
            chosen: list[tuple[Trigger, Token]] = []  # triggers that hold only for an object type, then the first plain one
            own_ends = False  # the object is people sent for their own ends: no later reading by the object holds
            # "accepted (denied) responsibility for the delays": who answers for an act, no agreement or rejection
            owned = owns_responsibility(token)
            # "called his counterpart a liar": an object with a predicative noun or adjective is named, not the act the
            # verb and that object name ("called his counterpart" on the telephone)
            naming = lemma in _EVALUATING and any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") for c in kids)
            crowd: Trigger | None = None  # a crowd's bare verb, read where no completed trigger is ("protesters marched")
            for trig in _candidates(self.lexicon.verbs[lemma], self._verb_index[lemma], children) if not owned else ():
                if trig.crowd:
                    crowd = crowd or (trig if crowd_protest(token) and (not trig.extra or _completed(trig, children, prep_objects)) else None)
                    continue
                if crowd is not None and not trig.extra:
                    break  # "protesters rallied in X": the crowd's protest, not the bare verb's other reading (mobilizing)
                if (trig.needs_complement and not complement) or (trig.needs_object and not has_object):
                    continue
                if trig.predicate.category == "CONSULT" and trig.extra and lemma in _GETTING and any(
                    c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in kids
                ):
                    continue  # "received a letter of protest (a message of support) from Y": the act the letter's noun names
                if trig.predicate.name == "visits" and trig.extra and any(c.dep_ == "dobj" and c.lemma_.lower() not in trig.extra and c.lower_ not in _RELATIVE for c in kids):
                    continue  # "flew the hostages to Y": a traveller's verb with an object carries others, no visit
                if own_ends and trig.extra and not trig.prep_object:
                    continue  # "sent its cricket team to Y" is no aid, nor any other act of sending a team
                if naming and trig.extra and not trig.prep_object:
                    continue
                if trig.complement_verbs and not any(
                    (c.dep_ in ("xcomp", "ccomp") or _purpose_clause(c)) and c.lemma_.lower() in trig.complement_verbs for c in kids
                ):
                    continue  # "told the envoy to leave", not "told the envoy that ..."
                if not _completed(trig, children, prep_objects):
                    continue
                if trig.extra and (trig.predicate.category == "AGREE" or trig.predicate.name == "visits") \
                        and lemma in _LEADING and (abroad := leads_abroad(token)) is not None and not (abroad and trig.predicate.name == "visits"):
                    continue  # "led a delegation": no agreement, a visit only with a destination (kg/extract/_led_groups.py)
                if trig.ground is not None and not taken_ground(token, kids, trig.ground):
                    continue  # "seized a tanker from Y", "took the title from Y": no ground taken, no fight
                if trig.third_party and not sides_named(token, kids, trig.extra):
                    continue  # "hosted talks with Y" (a party), "hosted the talks" (no sides): no mediation
                if trig.predicate.category == "AGREE" and _own_text(token, trig):
                    continue  # "the council adopted a resolution on fisheries": a body's own text, not a settlement
                if trig.predicate.name == "providesAidTo" and trig.cameo != "075" and trig.extra and not trig.prep_object and _sends_people(trig, kids):
                    own_ends = True
                    continue  # "sent its cricket team to Y", "sent workers to Y": people sent for their own ends
                chosen.append((trig, token))
                if trig.object_type is None and not trig.alongside:
                    break
            if crowd is not None and not any(t.object_type is None and not t.alongside for t, _ in chosen):
                chosen.append((crowd, token))
            if chosen:
                return chosen
        if token.pos_ in ("NOUN", "PROPN") and lemma in self.lexicon.nouns:
            kids = list(token.children)
            mods = {c.lemma_.lower() for c in kids if c.dep_ in ("amod", "compound", "nmod", "prep")}
            # "joint air force drills": the parse may hang the noun's modifier on a compound before it
            mods |= {g.lemma_.lower() for c in kids if c.dep_ == "compound" for g in c.children if g.dep_ == "amod" and g.i < c.i}
            if token.dep_ == "dobj" and _light_verb(token.head):
                # "reaches a deal with Y": the parse may hang the noun's own preposition on its light verb
                mods |= {c.lower_ for c in token.head.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in _NOUN_PARTNER_PREPS}
                # "expressed his regret to Y": so the "to" of a feeling conveyed
                mods |= {c.lower_ for c in token.head.children if c.dep_ in ("prep", "dative") and c.i > token.i and c.lower_ == "to"}
            # "the deal, which X reached with Y,": so on a light verb in a relative clause of the noun
            mods |= {c.lower_ for r in kids if made_by_relative(r) for c in r.children if c.dep_ == "prep" and c.lower_ in _NOUN_PARTNER_PREPS}
            # "a call for Y to act": the preposition may be parsed as the marker of an infinitive clause
            mods |= {m.lower_ for c in kids if c.dep_ in ("advcl", "acl") for m in c.children if m.dep_ == "mark"}
            # "a mediation effort between X and Y", "the aid package for X": the head noun carries the arguments
            carriers = _CARRIERS | (_MEMBER_HEADS if any(t.predicate.name == "memberOf" for t in self.lexicon.nouns[lemma]) else set())
            anchor = token.head if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and token.head.lemma_.lower() in carriers else token
            if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _CARRIERS and token.head.head.pos_ == "NOUN":
                anchor = token.head.head  # "a note of protest", "a message of support": the document carries them
            if "between" not in mods and between_after_participle([c for c in kids if c.dep_ == "acl"]):
                mods.add("between")  # "the accord reached on Monday between X and Y": the participle's pair are its parties
            if "between" not in mods and hyphen_sides(kids) is not None:
                mods.add("between")  # "the X-Y agreement": a hyphenated pair before the noun names its parties as "between X and Y" does
            for trig in self.lexicon.nouns[lemma]:
                # "announced curbs [on exports]": the parse may hang an "on" of the noun's on its light verb
                held = kids + ([c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > token.i]
                               if trig.extra and token.dep_ == "dobj" and _light_verb(token.head) else [])
                if trig.prep_object and not any(
                    c.dep_ == "prep" and c.lower_ == (trig.extra[0] if trig.extra else "of")
                    and any(g.lemma_.lower() in trig.prep_object for g in c.children if g.dep_ == "pobj")
                    for c in held
                ):
                    continue  # "expulsion of diplomats", "restrictions on imports": the preposition's object decides
                if trig.predicate.category != "SANCTION" and _measured_goods(token, self.lexicon.nouns):
                    continue  # "tariffs on exports to Y", "its veto on aid to Y": the measure's goods or the act it stops
                if trig.prep_object or mods.issuperset(trig.extra):
                    return [(trig, anchor)]
        if token.pos_ == "ADJ" and lemma in self.lexicon.adjectives and token.head.pos_ in ("NOUN", "PROPN"):
            return [(trig, token.head) for trig in self.lexicon.adjectives[lemma][:1]]
        if token.pos_ == "NOUN" and lemma in self._gerunds:
            return self._gerund_triggers(token, self._gerunds[lemma])
        if token.pos_ == "NOUN" and lemma in self._deverbal:
            return self._gerund_triggers(token, self._deverbal[lemma], nominal=True)
        return []

    def _gerund_triggers(self, token: Token, verb: str, nominal: bool = False) -> list[tuple[Trigger, Token]]:
        """"The lifting of sanctions on Y by X", "X's summoning of the Y-ian envoy": a verb's act named
        by its -ing noun, with the verb's object after "of", is read as the verb with that object.

        Only a determined gerund with an "of" object is an act ("the signing of a pact", not "signing
        ceremonies"); the object completes a two-word trigger as a direct object would ("lift sanctions").
        A compound before the gerund may stand for that object ("X's intelligence sharing with Y" is
        "shared intelligence with Y"), then only for a two-word trigger it completes.

        In the phrase or object of a verb of helping (``_words.helping_verb``: "helped with training for Y's navy",
        "assisted in training of Y's army") an act of aid needs no "the", and its "for" / "to" object stands for the
        "of" one; no other act is read there without them ("helped with signing of the accord").

        ``nominal``: a deverbal noun of :attr:`Lexicon.deverbal` ("the severance of ties with Y", "the
        normalization of relations"), read only through a hand-written trigger its "of" object completes.
        """
        kids = list(token.children)
        objects = [p for c in kids if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        compounds = [] if nominal else [c for c in kids if c.dep_ == "compound" and c.pos_ == "NOUN"]
        # "assisted in training for Y's army", "helped with training of Y's troops": the act of aid a verb of helping
        # names is an act without "the", and its "for" / "to" phrase names whom it is done for (aid only, below)
        helped = not nominal and helping_verb(token) is not None
        determined = any(c.dep_ in ("det", "poss") for c in kids)
        recipients = [] if objects or not helped else [p for c in kids if c.dep_ == "prep" and c.lower_ in ("for", "to") for p in c.children if p.dep_ == "pobj"]
        objects = objects or recipients
        if not (objects or compounds) or not (determined or helped):
            return []
        words = {w for o in objects for w in (o.lemma_.lower(), o.lower_)}
        words |= {g.lemma_.lower() for o in objects for g in o.children if g.dep_ == "compound"}
        words |= {w for c in compounds for w in (c.lemma_.lower(), c.lower_)}
        if not nominal:
            words |= {c.lower_ for c in kids if c.dep_ in ("prep", "prt")}
        prep_objects = cache(partial(_prep_objects_of, token, kids))
        for trig in _candidates(self.lexicon.verbs[verb], self._verb_index[verb], words):
            if (nominal or not objects) and (not trig.extra or trig.prep_object or trig.weight < 1.0):
                continue  # only a hand-written trigger completed by the object named before or after the noun
            if (recipients or not determined) and trig.predicate.category != "AID":
                continue  # "helped with signing of the accord": only an act of aid is read off a helping verb's phrase
            if trig.ground is not None:
                continue  # "the freeing of two hostages": ground is read off a verb's own phrases, the next trigger here
            if not (trig.needs_complement or trig.complement_verbs) and _completed(trig, words, prep_objects):
                return [(trig, token)]
        return []

    def _from_trigger(self, ctx: _Context, sent: Span, token: Token, anchor: Token, trigger: Trigger) -> Iterator[Statement]:
        if anchor.pos_ in ("VERB", "AUX"):
            subjects, objects = _verb_args(ctx, anchor)
            if not subjects and trigger.pair and len(parties := gerund_parties(ctx, anchor)) >= 2:
                subjects, objects = parties, []  # "fighting between X and Y continued"
        else:
            subjects, objects = _noun_args(ctx, anchor, trigger)
        pred = trigger.predicate
        led = led_destination(ctx, anchor) if pred.name == "visits" and trigger.kind == "verb" and ctx.lemmas[anchor.i] in _LEADING else None
        if led is not None:
            # "X led a delegation to Y" (X visits Y), "X headed the Z-ian delegation at the talks with Y" (Z meets Y): the
            # destination of the group led, never the group (kg/extract/_led_groups.py)
            pred, objects = predicate(led[0]), led[2]
            subjects = [s for s in subjects if s.entity.country] or led[1] or subjects
            if not objects:
                return
        elif pred.name == "visits" and trigger.kind == "verb" and trigger.extra and not trigger.prep_object and (met := sent_to_talks(ctx, anchor)):
            # "sent a delegation to the talks with Y": the people sent meet the party of the talks (kg/extract/_led_groups.py)
            keys = {s.entity.country or s.entity.key for s in subjects}
            pred, objects = predicate("meetsWith"), [a for a in met if (a.entity.country or a.entity.key) not in keys]
        if anchor.pos_ in ("VERB", "AUX") and trigger.kind == "verb" and not _VENUES.isdisjoint(trigger.prep_object):
            # "took Y to the World Court", "took the issue to the WTO": the court or body a dispute is
            # taken to, which completes the trigger, is where the act is done, not its target
            venues = {a.entity.key for c in anchor.children if c.dep_ == "prep" and c.lower_ in trigger.extra
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _VENUES for a in _actors(ctx, p, 1.0)}
            objects = [o for o in objects if o.entity.key not in venues]
        if anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() not in _LIGHT_VERBS \
                and (pred.category in done_to_categories()[1] or anchor.lemma_.lower() in event_doers()[0]):
            objects = self._doers_not_targets(ctx, anchor, objects, pred.category in _MEASURE_JUDGING)
        if anchor.pos_ in ("VERB", "AUX") and trigger.kind == "verb" and (own := _OWN_OBJECT_PREPS.intersection(trigger.extra)) and not trigger.needs_object:
            # "stood by Y", "will stand by its allies": the trigger's own "by" names its object, not an agent; "stands
            # firmly behind Y": "behind", no preposition of an object elsewhere ("stood behind the podium": no actor)
            objects += [a for c in anchor.children if c.dep_ == "prep" and c.lower_ in own for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
        beside = _side_by_side(anchor) if anchor.pos_ in ("VERB", "AUX") and trigger.kind == "verb" and pred.category == "SUPPORT" else None
        if beside is not None:
            # "stands side by side with Y", "stood shoulder to shoulder with Y": the partner of the idiom is the one
            # supported, and nothing else the verb governs ("stood side by side with Y at the ceremony")
            objects = [a for p in beside.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
        wrecked = trigger.crowd and trigger.cameo == _RIOT  # "rioters looted Y-owned shops": a crowd's wrecking (``_crowds``)
        missions = rioted_missions(ctx, anchor) if pred.category == "ASSAULT" or wrecked else []
        if wrecked and not missions:
            return  # "a mob looted a local shop": property of no foreign owner, no protest against a state
        if missions:
            # "protesters stormed the Y embassy", "a mob torched Y's consulate": a crowd's violence at a state's mission
            # is a violent protest against that state (CAMEO 145), not an attack
            pred, objects = predicate("protests"), missions
        boycott = pred.category == "SANCTION" and anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() in _BOYCOTTS \
            and all(s.entity.type is EntityType.SECTOR_ACTOR and s.entity.role in _PRIVATE_GROUPS for s in subjects)
        if boycott:
            # "Pakistani traders boycotted Afghan goods", "students in Dhaka boycotted Y's products": a boycott by people
            # who are no state is their protest (CAMEO 143), read with a protest's protesters
            pred = predicate("protests")
        if trigger.third_party and anchor.pos_ in ("VERB", "AUX"):
            # "X hosted talks between Y and Z": the sides of the talks, nothing else the verb takes ("hosted talks between
            # Y and Z in W"); a participle's holders are read as a mediation's ("Y and Z resumed talks hosted by X")
            objects = arranged_sides(ctx, anchor, trigger.extra)
        subjects, objects = constructions(ctx, anchor, pred.name, pred.category, subjects, objects)
        if anchor.pos_ in ("VERB", "AUX") and (asked := asked_act_owners(ctx, anchor, self._requests)):
            # "Peru supported the demand for Bolivia's withdrawal": the one asked to act is not whom the request is judged
            # for ("backed the call for aid to Y" keeps Y, to be helped): kg/extract/_nested_demands.asked_act_owners
            objects = [o for o in objects if o.entity.key not in asked]
        if pred.category == "SUPPORT" and anchor.pos_ in ("VERB", "AUX") and trigger.kind == "verb" \
                and not [o for o in objects if o.entity.type is not EntityType.TOPIC] \
                and (helped := requested_help_recipients(ctx, anchor, self._requests, self.lexicon.nouns)):
            objects = helped  # "X supported the appeal for help for Y": Y is to be helped, X backs that
        fired = fire_undergone(ctx, anchor) if pred.name == "attacks" and trigger.kind == "verb" else None
        if fired is not None:
            # "X came under fire from Y", "X drew fire from Y": Y fires at X when a side bears arms, else criticizes X
            armed, subjects, objects = fired
            if not subjects:
                return
            if not armed:
                pred = predicate("criticizes")
        if trigger.third_party and (not objects or {o.entity.country or o.entity.key for o in objects} & {s.entity.country or s.entity.key for s in subjects}):
            # no sides named apart from the host (no topic stands for them), or the host is one ("X hosted talks between its
            # foreign minister and Y's"): the talks' own noun says who met
            return
        if trigger.undergone and anchor.pos_ in ("VERB", "AUX"):
            # "X intercepted a Y missile", "a Y rocket was downed by X": the weapon's owner did the act to X
            weapons = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            # "intercepted Y's missiles fired at Z": the parse may read the reduced relative as a clause of its noun
            weapons += [n for c in anchor.children if c.dep_ == "ccomp" and (n := _reduced_relative_noun(anchor, c)) is not None]
            owners = [a for c in weapons for a in _actors(ctx, c, 0.9)]
            # "two rockets fired from Y by Z": the agent of the participle that launched them
            owners += [a for c in weapons for acl in c.children if acl.dep_ == "acl" for by in acl.children if by.dep_ == "agent"
                       for p in by.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)]
            subjects, objects = owners, [s for s in subjects if all(s.entity.key != o.entity.key for o in owners)]
        if trigger.ground is not None:
            # "retook the town from Y", "drove Y out of the town": Y is fought, not the ground (kg/extract/_ground.py)
            subjects, objects = ground_sides(ctx, anchor, trigger.ground, subjects)
            if not objects and trigger.ground in ("fallen", "seized"):
                return  # "the town fell to Y", "X captured the base": no country the ground lies in, no land occupied
        elif pred.name in ("attacks", "coerces"):
            if pred.name == "attacks" and not subjects and anchor.pos_ in ("VERB", "AUX"):
                # "rockets fired from Y positions hit Z", "a drone launched from Y-held territory struck Z": the launch
                # site's holder attacks (not "fired from Z": a bare country names where)
                keys = {o.entity.key for o in objects}
                subjects = [a for a in launchers(ctx, anchor) if a.entity.key not in keys]
            # "shelled Y-held districts", "bombed areas under Y's control": the ground's holder is attacked;
            # "besieged Y-held suburbs", "blockaded Y-run ports": the holder is besieged or blockaded
            objects = held_targets(ctx, anchor, objects, subjects)
        if trigger.partner_preps and anchor.pos_ in ("VERB", "AUX"):
            # "discussed Y with Z": the "with" of the verb names the partner; "discussed Y", "discussed relations with
            # Y", "discussed sending troops to Y": what is talked about names none
            objects = _partners(ctx, anchor, trigger.partner_preps, self.lexicon.nouns)
            if not objects and not _sides_named(ctx, anchor):
                return  # "the two leaders discussed Z", "both countries discuss Z": no side named, no partner known
        clause = anchor if anchor.pos_ in ("VERB", "AUX") else _clause_verb(anchor)
        if counterfactual(clause):
            return  # "would have sanctioned Y had it ...", "should have condemned Y": it did not happen
        modality = trigger.modality or _modality(clause)
        if not trigger.modality and modality is not Modality.NEGATED and (governed := noun_modality(anchor)) is not None:
            modality = governed  # "the summit was called off", "talks planned for June"
        if (bearer := owed(clause)) is not None:
            if not expected(bearer):
                return  # "Norland should (must, ought to, has to) condemn Sudia": owed, not done nor intended
            modality = Modality.POSSIBLE  # "the new pipeline should boost trade with Sudia": expected
        if modality is not Modality.ASSERTED and not trigger.modality and anchor.pos_ in ("NOUN", "PROPN") and noun_modality(anchor) is None \
                and _anothers_act_met(ctx, anchor, clause, subjects, pred.category):
            modality = Modality.ASSERTED  # "Y did not accept (will ignore) X's criticism of Z": the criticism was made; Y's answer is negated (to come)
        if anchor.pos_ not in ("VERB", "AUX") and any(c.lower_ == "no" and c.dep_ == "det" for c in anchor.children):
            modality = Modality.NEGATED
        if pred.category == "AGREE" and anchor.pos_ not in ("VERB", "AUX") and collapsed(anchor):
            modality = Modality.NEGATED  # "the X-Y accord collapsed", "a failed deal": no agreement holds
        if _non_prefixed(token):
            modality = Modality.NEGATED  # "X, a non-member of O": the noun says X is not one
        if pred.category == "ASSAULT" and any(
            _figurative_contest(n) for n in ([anchor] if anchor.pos_ in ("NOUN", "PROPN") else [c for c in anchor.children if c.dep_ == "dobj"])
        ):
            return  # "the trade war between X and Y", "X and Y fought a trade war", "a war of words": not belligerents
        if trigger.kind == "noun" and _scare_quoted(token):
            return  # "Y's \"war\" on Z is a sham": the writer disowns the word
        if trigger.armed and trigger.kind == "noun" and _named_event(token, sent):
            return  # "in the Battle of Arica", "Operation Sea Shield": a named event, whose sides its name does not give
        if modality is Modality.NEGATED and trigger.silent_when_negated:
            return
        if pred.category in ("SUPPORT", "CONSULT") and anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() in _RECEIVING and _people_taken_in(anchor):
            return  # "Germany welcomed refugees from Y", "received migrants from Y": taking people in, not praise or a visit
        if pred.category == "CONSULT" and anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() in _GETTING and not trigger.extra and _thing_got(ctx, anchor):
            return  # "received aid / a warning from Y": a thing got is no visitor received ("received a letter from Y" is
            # a communication by its own trigger)
        if pred.category == "THREATEN" and anchor.pos_ in ("NOUN", "PROPN") and characterizes(anchor):
            return  # "X is a threat to Y": a judgement of X, not a threat X made
        if pred.category == "COERCE" and anchor.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in _TURNS for c in anchor.children):
            return  # "took over the G20 presidency from Y", "assumed command of the mission": a turn in an office, not a seizure
        if pred.name == "tradesWith" and trigger.holder and trigger.kind == "noun" and not _said_of_subject(anchor):
            return  # "the carmaker sued its German supplier": a firm's partner, not a state's trade
        if pred.name == "accuses" and trigger.kind == "verb" and not _part_in_wrong(anchor):
            return  # "X cited Y's role in the peace talks": a part in no wrong accuses no one
        if pred.name == "mobilizes" and not _forces_mobilized(anchor):
            return  # "mobilized pressure groups", "mobilize support": not a show of force
        answered: str | None = None  # the category of the earlier act an answer with no target of its own answers
        answer_targets: set[str] = set()  # the keys of the targets found for it
        if subjects and anchor.pos_ in ("VERB", "AUX") and _responding(anchor) and not [o for o in objects if o.entity.type in _ACTOR_TYPES]:
            # "Y imposed sanctions on X. X vowed to retaliate.": an answer with no target of its own answers the last
            # hostile act done to its subject (kg.extract._discourse.answered_doers)
            doers, answered = answered_doers(ctx, anchor, [s.entity for s in subjects])
            answer_targets = {e.key for e in doers}
            objects = [*objects, *(Arg(e, _ANSWERED_SCORE) for e in doers)]
        if trigger.armed and answered != "ASSAULT" and not _armed_contest(ctx, anchor, subjects, objects) and not backed_contest(ctx, anchor, subjects, objects):
            # (an answer to an attack is an armed contest: "Y shelled X's border posts. X vowed to hit back.")
            return  # "Brazil defeated Argentina in the final": a match, not a battle
        if pred.name == "withdrawsFrom" and trigger.armed and anchor.pos_ in ("VERB", "AUX") and _no_departure(ctx, anchor):
            return  # "the raid left ten people dead", "Y's shelling left the town without power": a result, no leaving
        if anchor.pos_ in ("VERB", "AUX") and _contest_vote(ctx, anchor):
            return  # "X voted against Y in the song contest": a rival's side in a contest, no rejection
        if pred.name == "visits":
            # "the blue helmets arrived in Sudia", "the gendarmes who landed in the Sudian capital":
            # a deployment, not a visit
            if anchor.pos_ in ("VERB", "AUX") and _forces_subject(anchor):
                return
            if anchor.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and c.pos_ == "PROPN" and (m := ctx.mention(c)) is not None and m.entity.type is EntityType.COUNTRY for c in anchor.children
            ):
                return  # "Russia is in Syria": a country present in another, not an official visiting
            # "Venezuelans arrived in Colombia", "refugees from Sudia reached Norland", "Norlandic tourists visited
            # Sudia": private people travel for their own ends (the groups of kg/data/origin_groups.yaml); a visit is
            # an official's or a delegation's
            private = origin_groups()[0]
            subjects = [s for s in subjects if not (s.entity.type is EntityType.SECTOR_ACTOR and (s.entity.role in ("military", "police") or s.entity.role in private))]
        if modality is Modality.NEGATED and trigger.negated_as is not None:
            # "We shall never accept this annexation": a refused acceptance is a rejection.
            pred, modality = trigger.negated_as, Modality.ASSERTED
        elif pred.name == "agreesTo" and anchor.pos_ in ("VERB", "AUX") and _refused_pledge(anchor):
            return  # "vowed never to sign the accord": no agreement; the negated act speaks for itself
        elif pred.name == "agreesTo" and anchor.pos_ in ("VERB", "AUX") and _own_stance(anchor):
            return  # "reaffirmed its determination to defeat Y": its own resolve restated, nothing agreed to
        elif pred.name == "agreesTo" and anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() in _VOWS and any(
            c.dep_ == "xcomp" and any(t.predicate.category in _HOSTILE_ACTS for t, _ in self._triggers(c)) for c in anchor.children
        ):
            return  # "vowed to retaliate", "pledged to punish Y": a hostile act vowed is read by its own trigger, no agreement
        cameo, goldstein = trigger.cameo, trigger.goldstein
        if missions:
            cameo, goldstein = _RIOT, goldstein_of(_RIOT, pred.goldstein)
        elif boycott:
            cameo, goldstein = _BOYCOTT, goldstein_of(_BOYCOTT, pred.goldstein)
        elif fired is not None and not fired[0]:
            cameo, goldstein = _CRITICISM, goldstein_of(_CRITICISM, pred.goldstein)
        act = pred  # the act as read; a threat of it or a preparation for it keeps its reading of places
        if pred.name in _THREAT_ACTS and modality in (Modality.INTENDED, Modality.POSSIBLE) and _conditional(anchor):
            # "will withdraw its force from Chad unless ...", "may halt mediation if ...": a threat, coded by the act
            # threatened ("will strike Y unless ...": 138, "would impose sanctions unless ...": 1312)
            pred, modality = predicate("threatens"), Modality.ASSERTED
            cameo = threat_code(cameo)
            goldstein = goldstein_of(cameo, pred.goldstein)
            if not [o for o in objects if o.entity.type in _ACTOR_TYPES]:
                # "would impose sanctions unless Y changes course": the one the condition is put to is threatened
                objects = [*objects, *condition_parties(ctx, anchor, subjects)]
        elif pred.category in _VOWED_THREATS and modality is Modality.INTENDED and _vowed(anchor):
            # "vowed to retaliate against Y", "pledged to impose sanctions on Y": a hostile act vowed is a threat
            # (PETRARCH2 "VOW * ATTACK", "PLEDGE * BOYCOTT": CAMEO 13), not an intent to cooperate
            cameo = _VOWED_THREATS[pred.category]
            pred, modality = predicate("threatens"), Modality.ASSERTED
            goldstein = goldstein_of(cameo, pred.goldstein)
        elif pred.category == "ASSAULT" and modality is not Modality.NEGATED and (_prepared(anchor) or (anchor.pos_ in ("VERB", "AUX") and weapons_test(anchor))):
            # "the navy got ready to bombard X again": a show of force (CAMEO 15), the attack is still to come; "test-fired
            # a missile toward X", "fired rockets near X during drills": a show of force, no attack
            pred, modality = predicate("mobilizes"), Modality.ASSERTED
            cameo, goldstein = pred.cameo, pred.goldstein
        if pred.name == "mobilizes" and anchor.pos_ in ("VERB", "AUX") and (recipients := _arms_handed(anchor, objects)):
            # "will send 14 tanks to Y": weapons sent to a state are military aid (PETRARCH2 "SEND * &WEAPON", CAMEO 072),
            # not a deployment; "sent tanks to the border with Y" (a place) stays a show of force
            pred, objects = predicate("providesAidTo"), recipients
            cameo, goldstein = _MILITARY_AID, goldstein_of(_MILITARY_AID, pred.goldstein)
        if pred.name != trigger.predicate.name and (led is not None or (pred.name == "meetsWith" and trigger.predicate.name == "visits")):
            cameo, goldstein = pred.cameo, pred.goldstein  # "led the delegation (sent envoys) to the talks with Y": a meeting
        if pred.name == "visits" and anchor.pos_ in ("VERB", "AUX") and _inspectors_visit(anchor):
            # "IAEA inspectors visited Y's plant", "UN investigators visited Y": a visit by inspectors is an inspection
            # (PETRARCH2 VISIT "INSPECTOR *", CAMEO 090)
            pred = predicate("investigates")
            cameo, goldstein = pred.cameo, pred.goldstein
        if pred.name == "attacks" and ctx.lemmas[anchor.i] == "raid" and subjects and objects and not any(o.place or o.prep in _WHERE_PREPS for o in objects) and all(
                s.entity.type is EntityType.SECTOR_ACTOR and s.entity.role in _LAW_ENFORCING for s in subjects):
            # "X's police raided the offices of a Y firm", "a raid by X's tax officials on Y's embassy": a search by those
            # who enforce the law is coercion (CAMEO 170, as an arrest is), no act of force; a raid on ground of another
            # state ("X's police raided camps in Y") stays the force it uses there
            pred = predicate("coerces")
            cameo, goldstein = pred.cameo, pred.goldstein
        if pred.name == "providesAidTo" and subjects and all(s.entity.type is EntityType.ORGANIZATION and s.entity.role is None for s in subjects):
            # "Airbus delivered 20 planes to Y Airways": a firm's goods to another country's firm are a sale, no aid (a
            # body of no known kind gives aid to a state, not to its businesses)
            objects = [o for o in objects if not (o.entity.type is EntityType.SECTOR_ACTOR and o.entity.role == "business")]
            if not objects:
                return
        if pred.name == "providesAidTo" and (funds := pooled_funds(objects)):
            # "X is the largest donor to the Asian Development Bank", "X gave $2 billion to the Global Fund": money paid
            # into a bank or a fund of many members is a share in it (as "the largest contributor to Y" is), no aid to it
            pred, objects = predicate("participatesIn"), funds
            cameo, goldstein = pred.cameo, pred.goldstein
        coded = trigger.category if pred is trigger.predicate else None  # "released Y's prisoners": CAMEO 084, PLOVER RETREAT
        if modality is Modality.INTENDED and anchor.pos_ in ("NOUN", "PROPN") and sought_standing(anchor) is None \
                and pledge_of(anchor) is None and _anothers_plan(ctx, anchor, [*subjects, *objects]):
            # ("X hailed Y's pledge of aid to Z": the pledge's owner intends the act, whoever hails it)
            modality = Modality.POSSIBLE  # "X offered to host talks between Y and Z": X's offer, not Y's or Z's intent
        if pred.category == "ASSAULT" and anchor.pos_ in ("NOUN", "PROPN") and (helped := helped_contest(anchor, pred.name == "fightsWith")) is not None \
                and (helped[0] is not None or _helped_fighters(ctx, anchor, pred.name == "fightsWith")):
            # "X will (did not, may) support Y in its fight against Z", "X will back Y in the fight against Z": the help
            # is X's to give; Y's fight is there
            modality = Modality.ASSERTED
        if modality is Modality.INTENDED and pred.category != "STRUCTURAL" and (intent := self.lexicon.intent_code(cameo)):
            # "pledged to keep sending arms to Sudia": CAMEO 0332, an expressed intent (PLOVER AGREE)
            cameo, goldstein, coded = intent, goldstein_of(intent, goldstein), self.lexicon.intent_category
        if anchor.pos_ in ("VERB", "AUX") and "with" in trigger.extra and trigger.prep_object and ctx.lemmas[anchor.i] in _HANDING_WITH:
            # "supplied Y with LNG", "provided Y with Leopard tanks": the "with" phrase is the thing handed, never a side
            # ("complied with Y's requests" is another's act, whose owner is the side)
            objects = [o for o in objects if o.prep != "with"]
        if pred.symmetric:
            # "cooperate with X", "cooperation between X and Y", not "coordinate supplies to X"
            # "the extradition of a suspect to X", "the normalization of relations with X": an object reached inside the
            # "of" phrase through "with" or a preposition of the trigger's
            objects = [o for o in objects if o.prep in (None, "with", "between", "among", "alongside") or o.prep in trigger.object_preps
                       or (o.inner and o.prep == "of" and (o.via == "with" or o.via in trigger.object_preps))]
            if anchor.pos_ in ("VERB", "AUX") and any(o.prep in trigger.object_preps for o in objects):
                # "extradited two Sudian suspects to Norland": the partner is the one handed to; what is handed over
                # (the direct object) takes no part
                objects = [o for o in objects if o.prep is not None]
        if pred.name == "attacks" and anchor.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and ctx.lemmas[c.i] in ctx.event_nouns for c in anchor.children):
            # "killed the deal with Y", "executed a loan agreement with Y": an act ended or carried out, whose partner
            # the parse may hang on the verb, is no one attacked ("struck the convoy with Y's fighters" still is)
            objects = [o for o in objects if o.prep != "with" or o.inner or o.place]
        if (trigger.pair or pred.category == "CONSULT") and pred.name != "mediates" and anchor.pos_ in ("VERB", "AUX") \
                and not any(c.lower_ == "between" for c in anchor.children):
            # "X hosted talks between Y and Z": the parties of the talks meet each other, not the host (a mediator stands
            # between the sides of what it mediates: "brokered a truce between Y and Z")
            objects = [o for o in objects if o.prep != "between"]
        if trigger.pair or pred.name in _RECIPROCAL or trigger.coordinated is not None:
            # "talks about Sudia", "cooperation on Sudia": what is talked about takes no part; nor does it inside the
            # object's phrase of an exchange ("X and Y traded barbs over Z", "X, Y trade threats over Z")
            matters = ("about", "on", "over", "regarding", "concerning")
            objects = [o for o in objects if o.prep not in matters or o.prep in trigger.extra or o.prep in trigger.object_preps]
            objects = [o for o in objects if not (o.inner and o.via in matters and trigger.kind == "verb" and trigger.extra)]
        if (pred.category in ("SUPPORT", "AID", "COOPERATE") or pred.name in ("participatesIn", "memberOf")) \
                and "against" not in trigger.extra and "against" not in trigger.object_preps:
            # "supports Y against Z", "backed Y against the rebels of Z": Z is the adversary, not helped;
            # "joined the coalition against Z": Z is not what was joined
            objects = [o for o in objects if o.prep != "against"]
            if pred.category == "AID" and "between" not in trigger.extra and "between" not in trigger.object_preps:
                # "sponsored talks between Y and Z", "financed a pipeline between Y and Z": the parties of the thing paid
                # for are not given anything
                objects = [o for o in objects if o.prep != "between"]
            if pred.category == "AID" and anchor.lemma_.lower() in _BUILDING and "with" not in trigger.object_preps:
                # "agreed to build a port with Y": a work built with another is built together, nothing given to it
                objects = [o for o in objects if o.prep != "with"]
            if "from" not in trigger.extra and "from" not in trigger.object_preps:
                # "protect Y from Z", "defend civilians from Z's raids": what Y is kept from is the threat, not
                # a beneficiary ("refugees from Z", inside the object phrase, are still Z's people)
                objects = [o for o in objects if o.prep != "from" or o.inner]
        if pred.name == "withdrawsFrom" and anchor.pos_ in ("VERB", "AUX") and anchor.lemma_.lower() in _MOVING_OUT:
            # "evacuated Y-ian refugees from the town", "pulled Y's nationals out": what is moved out is not what is left
            # ("withdrew its troops from Y": the parse may read "troops from Y" as Y's; "its" says whose they are)
            # ("withdrew about 2,500 troops from Y": the parse may hang the place left on forces no word before names
            # as another's; that "from" says where they leave, not whose they are)
            moved = [a.entity for c in anchor.children if c.dep_ == "dobj" and not any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children)
                     and not _forces_from_place_left(ctx, c) for a in _actors(ctx, c, 1.0)]
            own = {s.entity.country for s in subjects}
            # (another's people evacuated, "Italy evacuated Libyan students from Tripoli", are no retreat of the evacuator)
            objects = [] if any(e.country and e.country not in own for e in moved) else objects
        if pred.category == "ASSAULT" and trigger.ground is None and "from" not in trigger.extra and "from" not in trigger.object_preps \
                and any(o.prep != "from" for o in objects):
            # "crossed into Y from Z", "entered Y from Z", "shelled Y from Z's territory": where the force came or fired
            # from is no second target (ground taken "from" an adversary is read in kg/extract/_ground.py)
            objects = [o for o in objects if o.prep != "from" or o.inner]
        if pred.category == "ASSAULT" and anchor.pos_ in ("VERB", "AUX") and any(o.place and o.prep in ("near", "along") for o in objects) \
                and any(c.dep_ in ("dobj", "nsubjpass") for c in anchor.children) and _by_a_border(anchor):
            # "killed eight militants near the Y border", "shelled positions along the border with Y": a border lies on
            # both sides, and whose the militants or the positions are the sentence does not say; "bombed Z's villages
            # near the Y border" names its target itself
            objects = [o for o in objects if not (o.place and o.prep in ("near", "along"))]
        if "at" not in trigger.extra and "at" not in trigger.object_preps and (
            anchor.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "dobj" and c.lemma_.lower() not in trigger.extra for c in anchor.children)
            or any(o.prep != "at" and o.entity.type in _ACTOR_TYPES for o in objects)
        ):
            # "denounced the embargo at the UN General Assembly", "criticized Y at the Security Council", "protested at
            # the UN against Y": beside what is done or to whom, a body that meets is where ("lashed out at the UN",
            # "fired at UNIFIL" keep theirs)
            objects = [o for o in objects if not (o.prep == "at" and o.entity.type is EntityType.ORGANIZATION and o.entity.role in _INTERNATIONAL_BODIES)]
        if anchor.pos_ in ("VERB", "AUX") and (about := _document_topics(anchor)) and not (about & set(trigger.object_preps)):
            # "vetoed the resolution on Y", "rejected the report on Y", "welcomed the UN statement about Y": what a
            # text is about is no party to what is done with the text
            objects = [o for o in objects if o.prep not in about]
        own = {s.entity.country for s in subjects if s.entity.country}
        if pred.category in ("ACCUSE", "PROTEST") and any(o.prep in ("over", "about", "against") and o.entity.country not in own for o in objects):
            # "appealed to the League over Sudian raids", "lodged a complaint with the League against Sudia": the
            # addressee is not the target ("lodged a complaint with Sudia", the only party, still is; so is Y in
            # "protested to Y over the detention of one of X's citizens", whose matter is X's own)
            objects = [o for o in objects if o.prep not in ("to", "with")]
        if pred.category in ("ACCUSE", "PROTEST") and (complained := [a for a in addressed_targets(ctx, anchor) if a.entity.country not in own]):
            # "filed a complaint with the Council against Y": the parse may hang the target on the addressee
            keys = {s.entity.key for s in subjects}
            objects = [o for o in objects if o.prep not in ("to", "with")]
            objects += [a for a in complained if a.entity.key not in keys and all(a.entity.key != o.entity.key for o in objects)]
        if pred.category == "INVESTIGATE":
            # "an investigation of arms sales to Croatia": what is investigated is the sale, not its buyer
            objects = [o for o in objects if not o.inner]
            if anchor.pos_ in ("NOUN", "PROPN") and investigated_thing(ctx, anchor):
                # "opened an investigation of weapons sales to Sudia": the parse may hang "to Sudia" on the
                # light verb; once a thing is named as investigated, only its doer ("by") is a target
                objects = [o for o in objects if o.prep in ("of", "into", "by")]
        if act.name not in _PLACE_PREDICATES:
            # "funding to extend the railway to the Uganda border": a place is no recipient ("will pull its
            # troops out of Y unless ...": a threat to withdraw still leaves Y).
            objects = [o for o in objects if not o.place]
        elif not _foreign_actors(objects, own) and anchor.pos_ in ("VERB", "AUX"):
            # "built up its forces, sending tanks toward the frontier with Sudia"; "massed troops in its own province of
            # X, moving tanks toward the border with Sudia" (a region at home is where, no target: _foreign_actors)
            objects += [a for c in anchor.children if c.dep_ == "advcl" and c.tag_ == "VBG" for a in _prep_objects(ctx, c, 0.8) if a.place]
        elif not _foreign_actors(objects, own) and anchor.dep_ == "dobj" and anchor.head.pos_ in ("VERB", "AUX"):
            # "was watching a Norlandic buildup near the border with Sudia": the parse may hang the event
            # noun's place on the verb whose object it is; only a place by a border names the target
            objects += [a for a in _prep_objects(ctx, anchor.head, 0.8) if a.place and a.prep in BY_BORDER] or split_border(ctx, anchor.head)
        if act.name not in _IN_PREDICATES and "in" not in trigger.extra and "in" not in trigger.object_preps:
            # "endorsed an annex in Ohrid": for most events "in X" is where, not whom ("arrive in X" says so itself).
            # A visit to a thing in X is one to X: "visited a naval base in Sudia", "toured a port in Sudia".
            within = places_within(ctx, anchor, on_verb=not trigger.extra) if pred.name == "visits" else []
            objects = [o for o in objects if o.prep not in ("in", "inside")]
            objects += [a for a in within if all(a.entity.key != o.entity.key for o in objects)]
        elif pred.category == "ASSAULT" and any(not o.prep and o.entity.type is EntityType.ORGANIZATION and o.entity.role in _ARMED_SECTORS for o in objects):
            # "struck Houthi rebels in Sanaa": an attack on an armed group is on the group, where it is is no target
            objects = [o for o in objects if o.prep not in ("in", "inside")]
        elif pred.category == "COERCE" and anchor.pos_ in ("VERB", "AUX") and any(
            not o.prep and not o.place and o.entity.type in _ACTOR_TYPES for o in objects
        ):
            # "detained British tourists in Erbil", "seized a Y ship in the sea near Z": the people or things coerced are
            # the target; where it happened is no second one
            objects = [o for o in objects if o.prep not in ("in", "inside", "near", "off") and not (o.place and o.prep)]
        if pred.name == "memberOf" and anchor.dep_ == "appos" and ctx.mention(anchor.head) is None \
                and any(c.dep_ in ("amod", "compound", "nmod", "poss") and ctx.mention(c) is not None for c in anchor.head.children):
            return  # "X, a Danish choir, once part of the Royal Theatre": a thing of a country's is no member state
        if pred.name == "memberOf" and anchor.pos_ in ("NOUN", "PROPN"):
            # "a NATO member", "a European Union member state": the organisation modifies the noun
            named = {a.entity.key for c in anchor.children if c.dep_ in ("compound", "nmod") for a in _actors(ctx, c, 0.9)}
            inside = [s for s in subjects if s.entity.key in named and s.entity.type is EntityType.ORGANIZATION]
            if inside:
                subjects = [s for s in subjects if s not in inside]
                objects = [*objects, *inside]
                if not subjects and anchor.dep_ in ("attr", "oprd"):
                    # "Turkey has been a NATO member": the member is the copula's subject
                    subjects = [a for c in anchor.head.children if c.dep_ == "nsubj" for a in _actors(ctx, c, 0.9)]
                elif not subjects and (seeker := sought_standing(anchor)) is not None:
                    # "Y applied for NATO membership": the one who asks is the member to be (intended: noun_modality)
                    subjects = [Arg(a.entity, a.score * 0.9) for a in _subjects_of_verb(ctx, seeker)]
        if pred.category == "STRUCTURAL" and anchor.tag_ == "VBG" and anchor.dep_ in ("acl", "pcomp", "pobj"):
            return  # "dissatisfaction with X joining Y": a standing relation is not read off a participle phrase
        if trigger.object_type is not None:
            # "joined NATO" (an organisation named as the object), not "joined the NATO mission"
            objects = [o for o in objects if o.entity.type.value == trigger.object_type and not o.inner]
            if trigger.object_type == "Organization":
                objects = [o for o in objects if o.entity.key not in _bodies_of(ctx, anchor)]
            if not objects:
                return
        wants_actor = pred.range in ("Actor", "Country", "Organization")
        if pred.name == "memberOf" and _called_a_business(anchor):
            objects = []  # "joined Nordco, a shipping company": employment, not membership
        ties: list[tuple[Arg, Arg]] = []
        if pred.name == "partnerIn" and anchor.pos_ in ("NOUN", "PROPN"):
            if figurative_partners(anchor):
                return  # "X and Y are partners in crime": an idiom of blame, no project
            # "X is a key partner of Y (in the project)", "Y's partner X", "X and Y are partners": X cooperatesWith Y,
            # besides X's part in the project (kg/extract/_economic.py)
            holders = _relation_holders(ctx, anchor) if any(c.dep_ == "poss" for c in anchor.children) else []
            ties = partner_ties(anchor, subjects, objects, holders)
        if pred.range == "Topic":
            objects = []
        if pred.name == "participatesIn":
            # "joined X for talks", "joined the mission with Y": a person or a country is no mission or forum one takes part in
            objects = [o for o in objects if o.entity.type not in (EntityType.PERSON, EntityType.COUNTRY, EntityType.SECTOR_ACTOR)]
        objects = [o for o in objects if not wants_actor or o.entity.type in _ACTOR_TYPES]
        if answered is not None:
            if modality in (Modality.INTENDED, Modality.POSSIBLE):
                # "Y expelled X's diplomats. X said it would retaliate.": an answer still to come is a threat (CAMEO 13)
                cameo, pred, modality, coded = threat_code(trigger.cameo), predicate("threatens"), Modality.ASSERTED, None
                goldstein = goldstein_of(cameo, pred.goldstein)
            elif pred.category == "ASSAULT" and answered != "ASSAULT":
                objects = [o for o in objects if o.entity.key not in answer_targets]  # "X retaliated" for a sanction: no attack said
        if pred.category in ("COERCE", "ASSAULT") and anchor.pos_ in ("VERB", "AUX") and not any(_plausible(s.entity, o.entity) for s in subjects for o in objects):
            # "Egyptian police dispersed demonstrators in Cairo": not Egypt, the demonstrators
            objects = _policed_groups(anchor, subjects) or objects
        if pred.category == "PROTEST" and set(trigger.extra) & _PASSAGES:
            objects = []  # "blocked a road near the border with Spain": a place, not a target
        if not objects and pred.category == "PROTEST" and anchor.pos_ in ("VERB", "AUX"):
            objects = _purpose_targets(ctx, anchor)
        if not objects and not wants_actor and beside is None:
            objects = _topic_for(ctx, anchor)  # (the idiom "side by side with" names a partner or nothing)
            if pred.category == "SUPPORT":
                # "worked to resolve the old dispute": settling a strife is read, the strife is supported by no one;
                # "the new envoy presented his credentials": a mined trigger's own object is nothing supported (with the
                # one it is presented to, "presented his credentials to Y", Y is the partner)
                own = set(trigger.extra) if trigger.kind == "verb" and trigger.weight < 1.0 else set()
                objects = [o for o in objects if _topic_head(o.entity.label) not in _STRIFE | own and _topic_head(o.entity.label).rstrip("s") not in own]
        pairs: list[tuple[Arg, Arg]] = []
        # "X and Y held talks", "X and Y met", "the treaty was signed by X and Y": without a partner
        # named apart, coordinated subjects of a reciprocal act relate to each other.
        mutual = trigger.pair or (pred.name in _RECIPROCAL and anchor.lemma_.lower() not in _ONE_WAY)
        # "X and Y each reached a deal with the union": each is a party on its own side, not the other's partner
        together = len(subjects) >= 2 and not _apart(anchor) and not _partner_named(anchor)
        if mutual and pred.category == "ASSAULT" and not objects and _fought_together(anchor, {*self._nouns_of.get(pred.name, ()), *trigger.extra}):
            mutual = False  # "X and Y pledged to fight piracy": side by side against a thing, not each other's foes
        if mutual and len(subjects) >= 2 and all(o.entity.type is EntityType.TOPIC for o in objects) and pred.range != "Topic":
            objects = []
        if anchor.pos_ in ("VERB", "AUX") and len(subjects) >= 2 and _each_other(anchor):
            # "X and Y accused each other": each acts on the other
            pairs = [(s, o) for s in subjects for o in subjects if s.entity.key != o.entity.key]
        elif mutual and not objects and len(subjects) >= 2:
            pairs = list(combinations(subjects, 2)) if together else []
        else:
            pairs = [(s, o) for s in subjects for o in objects]
        readings: list[_Reading] = [(s, o, pred, cameo, goldstein, coded) for s, o in pairs]
        if ties:
            tie = predicate("cooperatesWith")
            readings += [(s, o, tie, tie.cameo, tie.goldstein, None) for s, o in ties]
        if (other := trigger.coordinated) is not None and together and not [o for o in objects if o.entity.type in _ACTOR_TYPES] \
                and not (anchor.pos_ in ("VERB", "AUX") and (_each_other(anchor) or not _act_agreed(anchor))):
            # "X and Y reached a deal on Z", "X and Y agreed to a truce": the coordinated parties are each other's
            # partners, besides each one's commitment (a directed act holds both ways: "X and Y traded accusations")
            own = other.category == pred.category
            code, value = (cameo, goldstein) if own else (other.cameo, other.goldstein)
            if other.symmetric or other.name in _RECIPROCAL:  # one statement a pair, as "X and Y signed a treaty"
                mutual_pairs = list(combinations(subjects, 2))
            else:
                mutual_pairs = [(a, b) for a in subjects for b in subjects if a.entity.key != b.entity.key]
            if other is pred:
                readings = [r for r in readings if r[1].entity.type is not EntityType.TOPIC]
            readings += [(a, b, other, code, value, coded if own else None) for a, b in mutual_pairs]
        if modality is not Modality.NEGATED and readings and (groups := acting_groups(ctx, anchor)):
            # "X, as part of the coalition, struck Y": the coalition struck Y too (kg/extract/_acting_for.py)
            readings += self._group_readings(ctx, groups, readings)
        speaker = ctx.speaker(sent, token)
        when, precision = ctx.event_when(sent, token)
        for subj, obj, pred, cameo, goldstein, coded in readings:
            if not _plausible(subj.entity, obj.entity) or (pred.name == "withdrawsFrom" and _a_place(obj.entity)):
                continue
            s_ent, o_ent = subj.entity, obj.entity
            if pred.symmetric and o_ent.key < s_ent.key:
                s_ent, o_ent = o_ent, s_ent
            confidence = _TRIGGER_WEIGHT[trigger.kind] * trigger.weight * min(subj.score, obj.score)
            yield Statement(
                article_id=ctx.article.id,
                subject=s_ent,
                predicate=pred,
                object=o_ent,
                modality=modality,
                evidence=ctx.evidence(sent),
                extractor=NAME,
                confidence=round(confidence, 3),
                date=when,
                date_precision=precision,
                attributed_to=speaker,
                cameo=cameo,
                goldstein=goldstein,
                trigger=token.text if token.i == anchor.i else f"{token.text} {anchor.text}",
                coded_category=coded,
            )

    @staticmethod
    def _group_readings(ctx: _Context, groups: Mapping[str, tuple[Entity, frozenset[str]]], readings: Sequence[_Reading]) -> list[_Reading]:
        """The readings of a member's act a group it acts as part of does too: the same act on the same object, for an
        event the member does (not a standing relation, as its membership) on an object that is none of the group's."""
        found: list[_Reading] = []
        for subj, obj, pred, *rest in readings:
            if (group := groups.get(subj.entity.key)) is None or pred.category == "STRUCTURAL" or not _plausible(subj.entity, obj.entity):
                continue
            if group_object(ctx, group[0], group[1], obj.entity):
                found.append((group_arg(subj, group[0]), obj, pred, *rest))
        return found

    def _doers_not_targets(self, ctx: _Context, verb: Token, objects: list[Arg], measures: bool = False) -> list[Arg]:
        """A judging verb's objects less the targets of an act done to a target that its object names.

        "Norway condemned the attack on Peru", "opposed the sanctions against Y", "denounced the blockade of
        Y": Peru and Y suffered the act; what is condemned is its doer, named by a possessor, an adjective or
        a "by" phrase ("condemned Chile's attack on Peru", "the attack on Peru by Chile"), or nobody. A light
        verb ("launched an attack on Y") is not asked: its object is its own act (``_noun_args``). So for a measure,
        pressure or inquiry aimed at someone (:func:`_aimed_measure`): "backed the export curbs on Y", "supported the
        investigation into Y's use of funds" support no Y; "endorsed the EU's probe into Y" supports the EU. Only with
        ``measures``, for a verb that judges the measure itself (supports, criticises, protests or rejects it): one
        that investigates a complaint against Y, or demands an inquiry into Y, is still aimed at Y.
        """
        done_to = done_to_categories()[0]
        acts = [d for d in verb.children if d.dep_ == "dobj"]
        # "the attack on Y, which X condemned": the relative pronoun stands for the act
        acts = [verb.head if d.lower_ in ("which", "that") and verb.dep_ == "relcl" else d for d in acts]
        # "demanded an end to the blockade of Y": the act whose end is asked for
        # ("called for an end to Y's occupation of Z", "pressed for the lifting of Y's sanctions": so in its "for" phrase)
        ends = acts + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        acts += [p for d in ends if d.lemma_.lower() in _ENDINGS for c in d.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for p in c.children if p.dep_ == "pobj"]
        for dobj in acts:
            act = any(t.predicate.category in done_to for t in self.lexicon.nouns.get(dobj.lemma_.lower(), ())[:1])
            if not act and not (measures and _aimed_measure(ctx, dobj)):
                continue
            # a measure is aimed "on", "into" or "against" its target; its "of" phrase may name its owner ("rejected the
            # appeal of Y's businessman", "welcomed the demand of Y")
            preps = _ACT_TARGET_PREPS if act else _AIMED_PREPS
            kids = list(dobj.children)
            agents = [p for c in kids if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"] + _agents_after_patient(dobj, ctx.event_nouns, ctx)
            doers = [a for p in agents for a in _actors(ctx, p, 0.9)]
            # ("condemned the Y war": a proper noun compounded with a noun of war names which war, no doer; named_wars)
            war = dobj.lemma_.lower() in named_wars() or dobj.lower_ in named_wars()
            doers += [a for c in kids if c.dep_ in ("poss", "amod", "compound", "nmod") and not _is_stance(c) and not (war and c.dep_ == "compound")
                      for a in _actors(ctx, c, 0.85, dobj)]
            done = {a.entity.key for a in _prep_objects(ctx, dobj, 0.9) if a.prep != "by" and (act or a.prep in preps)}
            done |= {a.entity.key for c in kids if c.dep_ == "prep" and c.lower_ == "of" and act for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)}
            # "vetoed new EU sanctions [on Y]", "hailed the probe [into Y's vote]": the parse may hang the act's target on
            # the judging verb, right after the act
            done |= {a.entity.key for c in verb.children if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1 and c.lower_ in preps
                     for p in c.children if p.dep_ == "pobj" for a in _actors(ctx, p, 0.9)}
            done -= {a.entity.key for a in doers}
            objects = [o for o in objects if o.entity.key not in done]
            objects += [d for d in doers if all(d.entity.key != o.entity.key for o in objects)]
        return objects

    def _wishes(self, ctx: _Context, sent: Span) -> Generator[Statement, None, set[int]]:
        """Wishes to see an actor do something are invitations: "We hope to see Sudian firms among our investors".

        Returns the token indices of the wished-for phrase, whose own triggers are not asserted.
        """
        invites = predicate("invites")
        wished: set[int] = set()
        for see in ctx.tokens(sent):
            if ctx.lemmas[see.i] != "see" or see.dep_ != "xcomp" or ctx.lemmas[see.head.i] not in _WISH:
                continue
            # "to see more Sudian firms among our investors" (the object), or a small clause the parse makes
            # of "to see Sudian firms investing in mines" (the wished-for clause, its subject the ones invited)
            clauses = [c for c in see.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
            for dobj in _first_of(list(see.children), {"dobj"}) or [s for c in clauses for s in _first_of(list(c.children), {"nsubj"})]:
                wished |= {t.i for t in dobj.subtree} | {t.i for c in clauses if dobj.head.i == c.i for t in c.subtree}
                said_by = ctx.speaker(sent, see)
                yield from _complement_statements(
                    ctx, sent, see, invites, "020", Modality.INTENDED, f"{see.head.text} to {see.text}",
                    _subjects_of_verb(ctx, see), _actors(ctx, dobj, 0.9), lambda _subj: said_by,  # noqa: B023 - used at once
                )
        return wished

    def _evaluations(self, ctx: _Context, sent: Span) -> Generator[Statement, None, set[int]]:
        """Evaluative speech acts: "X described Y as a threat" (see ``_evaluative``).

        Returns the token indices of the label phrases, whose own triggers are not read ("a threat").
        """
        covered: set[int] = set()
        for ev in evaluations(ctx, sent):
            covered |= ev.covered
            pred = predicate(ev.predicate)
            yield from _complement_statements(
                ctx, sent, ev.verb, pred, ev.cameo or pred.cameo, _modality(ev.verb), ev.label.text if ev.verb is ev.label else f"{ev.verb.text} ... {ev.label.text}",
                ev.subjects, ev.objects, lambda subj: subj.entity if subj.entity.type is EntityType.PERSON else None,
            )
        return covered

    def _conditional_threats(self, ctx: _Context, sent: Span) -> Iterator[Statement]:
        """Acts of retaliation promised under a condition are threats: "X said it would take countermeasures if Y
        continues its patrols" (see ``_threats``)."""
        threatens = predicate("threatens")
        for threat in conditional_threats(ctx, sent):
            said_by = ctx.speaker(sent, threat.verb)
            yield from _complement_statements(
                ctx, sent, threat.verb, threatens, threat.cameo, Modality.ASSERTED,
                threat.verb.text if threat.act.i == threat.verb.i else f"{threat.verb.text} {threat.act.text}",
                threat.subjects, threat.objects, lambda _subj: said_by,  # noqa: B023 - used at once
                goldstein_of(threat.cameo, threatens.goldstein),
            )

    def _unwelcome_envoys(self, ctx: _Context, sent: Span) -> Iterator[Statement]:
        """An envoy declared persona non grata is expelled: "X declared Y's ambassador persona non grata" (X sanctions
        Y, CAMEO 161 as "expel ambassador"; see ``_unwelcome``)."""
        sanctions = predicate("sanctions")
        for declared in unwelcome_envoys(ctx, sent):
            said_by = ctx.speaker(sent, declared.verb)
            yield from _complement_statements(
                ctx, sent, declared.verb, sanctions, "161", _modality(declared.verb), f"{declared.verb.text} persona non grata",
                declared.subjects, declared.objects, lambda _subj: said_by,  # noqa: B023 - used at once
            )

    def _nested_demands(self, ctx: _Context, sent: Span) -> Iterator[Statement]:
        """Requests and warnings named inside another act are their makers' acts: "X ignored Y's call for Z to
        withdraw" (Y demands Z), "X rejected Y's demand that it halt the tests" (Y demands X; see ``_nested_demands``).
        The request was made: asserted, whatever the governing verb says of it (a statement the noun's own reading
        already gave is counted once)."""
        for found in nested_demands(ctx, sent, self._requests):
            said_by = ctx.speaker(sent, found.governing)
            pred = found.trigger.predicate
            yield from _complement_statements(
                ctx, sent, found.noun, pred, found.trigger.cameo or pred.cameo, found.modality, found.noun.text,
                found.subjects, found.objects, lambda _subj: said_by,  # noqa: B023 - used at once
            )

    def _obligations(self, ctx: _Context, sent: Span) -> Generator[Statement, None, set[int]]:
        """Reported obligations are demands: "Chile insisted that Peru must (has to, needs to) release the trawler".

        Returns the token indices of the obliged clause, whose own triggers are not asserted (the
        trawler is not released yet).
        """
        demands = predicate("demands")
        obliged: set[int] = set()
        for verb in ctx.tokens(sent):
            lemma = ctx.lemmas[verb.i]
            if (lemma not in _REPORTING and lemma not in _REPORT_DEMAND) or verb.pos_ != "VERB":
                continue  # a reporting verb (_is_reporting) or a verb of demand, the word tested first
            for comp in verb.children:
                must = obligation(comp) if comp.dep_ == "ccomp" else None
                if must is None:
                    continue
                obliged |= {t.i for t in comp.subtree} - {t.i for subj in _first_of(list(comp.children), {"nsubj", "nsubjpass"}) for t in subj.subtree}
                subjects = _subjects_of_verb(ctx, verb)
                targets = [a for s in _first_of(list(comp.children), {"nsubj", "nsubjpass"}) for a in _actors(ctx, s, 0.9)]
                modality = Modality.NEGATED if any(c.dep_ == "neg" for c in verb.children) else Modality.ASSERTED
                yield from _complement_statements(
                    ctx, sent, verb, demands, "100", modality,
                    f"{verb.text} ... {must}",
                    subjects, targets, lambda subj: subj.entity if subj.entity.type is EntityType.PERSON else None,
                )
        return obliged


def _complement_statements(
    ctx: _Context,
    sent: Span,
    anchor: Token,
    pred: Predicate,
    cameo: str | None,
    modality: Modality,
    trigger: str,
    subjects: Sequence[Arg],
    objects: Sequence[Arg],
    attributed_to: Callable[[Arg], Entity | None],
    goldstein: float | None = None,
) -> Iterator[Statement]:
    """Statements of a construction read through a verb's complement (wishes, reported obligations):
    every plausible subject-object pair, with the confidence of a verb trigger reached at one remove (x 0.9).
    ``goldstein``: the value of a code that is not the predicate's (default: the predicate's)."""
    when, precision = ctx.event_when(sent, anchor)
    for subj in subjects:
        for obj in objects:
            if not _plausible(subj.entity, obj.entity):
                continue
            s_ent, o_ent = subj.entity, obj.entity
            if pred.symmetric and o_ent.key < s_ent.key:
                s_ent, o_ent = o_ent, s_ent
            yield Statement(
                article_id=ctx.article.id,
                subject=s_ent,
                predicate=pred,
                object=o_ent,
                modality=modality,
                evidence=ctx.evidence(sent),
                extractor=NAME,
                confidence=round(_TRIGGER_WEIGHT["verb"] * 0.9 * min(subj.score, obj.score), 3),
                date=when,
                date_precision=precision,
                attributed_to=attributed_to(subj),
                cameo=cameo,
                goldstein=pred.goldstein if goldstein is None else goldstein,
                trigger=trigger,
            )


def _partners(ctx: _Context, verb: Token, preps: Sequence[str], nouns: Mapping[str, Sequence[Trigger]]) -> list[Arg]:
    """The actors a verb's prepositions ``preps`` name: "discussed the dam with Y and Z". The parse may
    hang the phrase on the direct object ("discussed maritime security with Y"); there it names the partner unless the
    object is a noun of a relation, an event or a place that takes its own other side ("discussed relations with Y",
    "discussed trade with Y", "discussed the border with Y": talked about, Y is no partner)."""
    heads = [verb] + [o for o in verb.children if o.dep_ == "dobj" and not _own_other_side(o, nouns)]
    return [
        Arg(a.entity, a.score, prep.lower_)
        for head in heads
        for prep in head.children if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep.children if pobj.dep_ == "pobj" and not _onlooker(pobj)
        for a in _actors(ctx, pobj, 0.9)
    ]


def _bodies_of(ctx: _Context, anchor: Token) -> set[str]:
    """The keys of organisations a trigger's object names only as its modifier: "joined the NATO mission", "as part
    of the African Union force" (a mission or a force of the organisation, not the organisation itself)."""
    heads = [c for c in anchor.children if c.dep_ == "dobj"]
    heads += [p for c in anchor.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    return {
        m.entity.key
        for h in heads if h.pos_ in ("NOUN", "PROPN") and ctx.mention(h) is None
        for c in h.children if c.dep_ in ("compound", "amod", "nmod", "poss") and (m := ctx.mention(c)) is not None
    }


#: Tags of a word that names one actor: a singular noun or name, or a personal pronoun ("he", "she").
_SINGULAR_TAGS = frozenset({"NN", "NNP", "PRP"})


def _sides_named(ctx: _Context, verb: Token) -> bool:
    """Whether the subject of a verb (or of the verb it completes: "continue to discuss") names two actors or more
    itself ("X and Y", "officials from X and Y"), or coordinates two singular actors, each its own side ("He and the Y
    president", "The minister and her Y counterpart", read by discourse reference), not through a collective word or a
    pronoun ("the two leaders", "both countries", "they") that stands for a pair found elsewhere."""
    node = verb
    while not (subjects := [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]) and node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
    return any(len({m.entity.key for t in s.subtree if (m := ctx.mention(t)) is not None}) >= 2
               or (s.conjuncts and all(c.tag_ in _SINGULAR_TAGS for c in (s, *s.conjuncts))) for s in subjects)


def _own_other_side(noun: Token, nouns: Mapping[str, Sequence[Trigger]]) -> bool:
    """Whether a noun takes its own other side after "with": a relation, a quarrel or a place ("relations with Y",
    "the dispute with Y", "the border with Y"), or a reciprocal act its trigger reads it as ("trade with Y", "a deal
    with Y"; not "tariffs", a one-way act, nor "fishing quotas", no "import quota")."""
    lemma = noun.lemma_.lower()
    if lemma in _PARTNER_NOUNS or lemma in _PLACE_NOUNS:
        return True
    words = {c.lemma_.lower() for c in noun.children}
    return any((t.pair or t.predicate.name in _RECIPROCAL) and set(t.extra) <= words for t in nouns.get(lemma, ()))


def _completing_nouns(verb: Token, trigger: Trigger) -> list[Token]:
    """The nouns that complete a verb + object trigger on ``verb``: its direct object ("staged a strike") or the object
    of its preposition ("went on strike") among the trigger's words."""
    if trigger.prep_object:
        return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in trigger.extra for p in c.children
                if p.dep_ == "pobj" and p.lemma_.lower() in trigger.prep_object]
    return [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_.lower() in trigger.extra or c.lower_ in trigger.extra)]


def _light_verb(verb: Token) -> bool:
    """Whether a verb is a light verb whose object noun carries the event ("reached a deal", "held talks")."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _LIGHT_VERBS


#: Prepositions of a noun trigger that name its partner ("a deal with Y", "an agreement with Y").
_NOUN_PARTNER_PREPS = {"with"}


def _act_agreed(verb: Token) -> bool:
    """Whether a verb of a reciprocal act names what is done or agreed as an act: an object ("swapped prisoners",
    "agreed a truce"), an infinitive ("agreed to restore ties") or "to" an act ("agreed to a ceasefire").

    "X and Y agreed that ..." states a view both hold, and "agreed on Z" each one's commitment to Z: no
    partner is named either way, and the coordinated parties are not read as each other's.
    """
    return any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ == "to") or _purpose_clause(c) for c in verb.children)


#: Particles of phrasal verbs whose direct object may complete a three-word trigger ("hand over suspects").
_PARTICLES = frozenset({"over", "back", "off", "out", "up", "down", "away"})
#: Prepositions that name the target of an act done to someone ("sanctions on Y", "the attack against Y").
_ACT_TARGET_PREPS = ("on", "against", "of", "to", "into")
#: Prepositions of the one a measure, an act of pressure or an inquiry is aimed at ("curbs on Y", "the probe into Y").
_AIMED_PREPS = ("on", "into", "against")
#: Categories of the verbs that judge a measure named by their object rather than join it ("backed the probe into Y",
#: "denounced the lawsuit against Y"; not "investigated the complaint against Y", "demanded an inquiry into Y").
_MEASURE_JUDGING = frozenset({"SUPPORT", "ACCUSE", "PROTEST", "REJECT"})
#: CAMEO code of a crowd's violence at a state's mission: protest violently, riot.
_RIOT = "145"
#: CAMEO code of a boycott by people who are no state: conduct strike or boycott.
_BOYCOTT = "143"
#: CAMEO code of fire undergone from a side that bears no arms ("came under fire from Y"): criticize or denounce.
_CRITICISM = "111"
#: Confidence of the target of an answer found in an earlier sentence (kg.extract._discourse.answered_doers).
_ANSWERED_SCORE = 0.75
#: Courts and bodies a dispute is taken to ("took Y to the ICJ", "before a tribunal", "to the WTO"): where, not whom.
_VENUES = frozenset({"court", "courts", "tribunal", "arbitration", "icj", "wto", "itlos", "icc"})
#: CAMEO code of weapons handed to another state: provide military aid.
_MILITARY_AID = "072"
#: Verbs of handing whose "with" phrase is the thing handed and the direct object the one who gets it ("supplied Y
#: with gas", "furnished Y with arms").
_HANDING_WITH = {"supply", "provide", "furnish", "equip", "arm"}
#: Verbs of sending that hand over what they move when it goes to a state ("sent tanks to Y").
_SENDING = {"send", "ship", "deliver", "dispatch", "rush", "transfer"}
#: Weapons a state hands to another when it sends them there; troops, warships and warplanes sent are deployed.
_HANDED_WEAPONS = {"tank", "howitzer", "missile", "rocket", "drone", "artillery", "shell", "mortar", "ammunition", "munition", "weapon", "arm", "rifle", "grenade"}
#: Verbs of a boycott.
_BOYCOTTS = {"boycott"}
#: Sectors of private people, whose boycott is a protest ("farmers in Manila boycotted Y's fertiliser").
_PRIVATE_GROUPS = {"opposition", "labour", "agriculture", "education", "commentators", "business", "civilians"}
#: CAMEO codes of a threat by the category of the hostile act vowed: force 138, repression 137, sanctions 1312.
_VOWED_THREATS = {"ASSAULT": "138", "COERCE": "137", "SANCTION": "1312"}
#: Verbs of vowing an act ("vowed to retaliate"): the verbs of a pledge less "commit" and "undertake", said of plans more
#: than of threats.
_VOWING = _PLEDGES - {"commit", "undertake"}


def _vowed(anchor: Token) -> bool:
    """Whether a verb, or the noun its light verb takes, is the act its subject vows: "vowed to retaliate against Y",
    "swore to crush Y", "pledged to impose sanctions on Y"."""
    verb = anchor.head if anchor.dep_ == "dobj" and anchor.pos_ in ("NOUN", "PROPN") and anchor.head.lemma_.lower() in _LIGHT_VERBS else anchor
    return verb.dep_ == "xcomp" and verb.pos_ == "VERB" and verb.head.lemma_.lower() in _VOWING


#: Sectors of a state that enforce its law rather than fight: their raids are searches (``kg/data/sectors.tsv`` roles).
_LAW_ENFORCING = frozenset({"police", "judiciary", "government", "intelligence"})
#: Prepositions that name where an act is done ("raided camps in Y", "across Y"): ground, not a target.
_WHERE_PREPS = frozenset({"in", "inside", "across", "near", "at", "within"})


def _answered_by_means(found: Sequence[tuple[Token, Trigger, Token]]) -> dict[int, set[int]]:
    """The verbs of answering or punishing another (``responding`` and ``punishing`` of ``kg/data/event_doers.yaml``)
    whose means is a trigger of another category in the same sentence, each with the means' anchors: "X retaliated
    against Y with trade curbs" (the curbs' sanction), "X punished Y by expelling its diplomats" (the expulsion). The
    verb gives way where its means gives a statement; a bare "retaliated against Y", a means that is no act ("with
    force") or one that gives nothing keeps the verb's own reading (PETRARCH2 codes the bare verbs 190 and 17x)."""
    anchors = {anchor.i: trigger.predicate.category for _, trigger, anchor in found}
    answering = responding_verbs() | punishing_verbs()
    answered: dict[int, set[int]] = {}
    for _, trigger, anchor in found:
        if trigger.kind != "verb" or anchor.lemma_.lower() not in answering:
            continue
        means = {m.i for prep in anchor.children if prep.dep_ == "prep" and prep.lower_ in ("with", "by")
                 for m in prep.children if m.dep_ in ("pobj", "pcomp") and anchors.get(m.i, trigger.predicate.category) != trigger.predicate.category}
        if means:
            answered[anchor.i] = means
    return answered


def _without_restated_pledges(produced: Sequence[tuple[Token, list[Statement]]]) -> Iterator[Statement]:
    """The statements of a sentence, less pledges whose promised act is coded on its own.

    "X pledged to keep sending aid to Y" yields ``X providesAidTo Y`` coded as an intent
    (CAMEO 0332, AGREE): ``X agreesTo "continue military aid to Y"`` read off "promised" says the
    same with a topic instead of the target, so it gives way; so does the topic of a pledge named by
    its noun or adjective ("its commitment to supporting Y", "is committed to defeating Y"). A pledge whose act is not coded as
    an intent ("agreed to restore diplomatic relations") stays.
    """
    # an act a commitment names by its gerund ("committed to defeating Y", "its commitment to supporting Y") is the
    # commitment's content, coded or not; an agreement's act that is not coded ("agreed to restore relations") leaves it
    coded = [
        (anchor, s) for anchor, statements in produced for s in statements
        if s.coded_category or (s.modality is Modality.INTENDED and anchor.dep_ == "pcomp" and _devoted(anchor.head))
        # "reiterated its commitment to defeat Y": the infinitive of an intent noun is the act intended, read on its own
        or (s.modality is Modality.INTENDED and intention_noun(anchor) is not None)
        or (s.predicate.name == "threatens" and _vowed(anchor))  # "vowed to retaliate against Y": the threat says it
    ]
    for anchor, statements in produced:
        for statement in statements:
            restated = (
                statement.predicate.name == "agreesTo"
                and statement.object.type is EntityType.TOPIC
                and any(a.i != anchor.i and anchor.is_ancestor(a) and statement.subject.key in _actors_of(c) for a, c in coded)
            )
            if not restated:
                yield statement


def _topic_head(label: str) -> str:
    """The head noun of a topic's label: its last word, or the word before its first preposition.

    >>> _topic_head("old quarrel"), _topic_head("peaceful resolution of conflict"), _topic_head("effort to end war")
    ('quarrel', 'resolution', 'effort')
    """
    words = label.lower().split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "on", "over", "with", "between", "in", "to", "for", "against") and i > 0), len(words))
    return words[cut - 1]


def _own_stance(verb: Token) -> bool:
    """Whether a verb's object is a noun of its subject's own resolve (``_words.stance_nouns``), owned by a pronoun or by
    no one: "X reaffirmed its determination to defeat Y", "X reiterated its readiness to send troops to Y" (issue 16,
    helper fight13). Not "X reaffirmed its commitment to the ceasefire" (a commitment to a thing is agreeing to it)."""
    stances = stance_nouns()
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in stances and all(p.pos_ == "PRON" for p in c.children if p.dep_ == "poss")
        for c in verb.children
    )


def _actors_of(statement: Statement) -> set[str]:
    """Keys of the statement's acting side: its subject, or both sides of a symmetric predicate or of talks (each side
    of "X and Y agreed to resume talks" takes part in them)."""
    mutual = statement.predicate.symmetric or statement.predicate.name == "meetsWith"
    return {statement.subject.key, statement.object.key} if mutual else {statement.subject.key}


def _called_a_business(verb: Token) -> bool:
    """Whether a verb's object is set off as a business: "joined Nordco, a shipping company"."""
    nouns = sector_nouns()
    return any(a.dep_ == "appos" and nouns.get(a.lemma_.lower()) == "business" for d in verb.children if d.dep_ == "dobj" for a in d.children)


def _sends_people(trigger: Trigger, children: Sequence[Token]) -> bool:
    """Whether an aid trigger completed by its object word sends people who go for their own ends: "sent its
    cricket team to Y", "dispatched workers to Y", "will send its national squad" (a head noun of people or bodies
    outside politics in ``kg/data/actor_heads.tsv``, or of a sector of private people in ``kg/data/sectors.tsv``),
    not "sent a rescue team", "a team of doctors", "relief workers": a word of relief among the noun's modifiers,
    its "of" objects or their conjuncts makes the group aid (``kg/data/sent_objects.yaml``), and for military aid a
    word of an armed service ("sent military trainers to Y"). False when no object
    completes the trigger or one that does is aid itself ("sent doctors and a football team")."""
    own_sectors, aid_words, service_words = sent_objects()
    if trigger.cameo == _MILITARY_AID:
        aid_words |= service_words  # "sent military trainers to Y"
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    # "sent hundreds of workers": what a quantity holds is what is sent
    objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    matched = [o for o in objects if o.lemma_.lower() in trigger.extra or o.lower_ in trigger.extra]
    if not matched:
        return False
    for noun in matched:
        lemma = noun.lemma_.lower()
        if not (acts_for_state(lemma) is False or sector_nouns().get(lemma) in own_sectors):
            return False
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        modifiers += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        modifiers += [g for m in modifiers for g in m.children if g.dep_ in ("conj", "compound")]
        if any(m.lemma_.lower() in aid_words or m.lower_ in aid_words for m in modifiers):
            return False
    return True


def _people_taken_in(verb: Token) -> bool:
    """Whether a verb of receiving has people who arrive as its object: "welcomed refugees from Y", "received
    Y's students", "welcomed tourists" (``_ARRIVALS``), not "welcomed the decision" or "welcomed the president"."""
    return any(d.lemma_.lower() in _ARRIVALS for d in verb.children if d.dep_ == "dobj")


def _bare_infinitive_as_noun(prep: Token) -> bool:
    """Whether "to" + a bare common noun after a verb's object is an infinitive the tagger read as a noun: "forced the
    airliner to land", "ordered the ship to return" (a noun with neither determiner nor modifier)."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or not any(c.dep_ == "dobj" and c.i < prep.i for c in prep.head.children):
        return False
    return any(p.dep_ == "pobj" and p.tag_ == "NN" and not list(p.children) for p in prep.children)


def _thing_got(ctx: _Context, verb: Token) -> bool:
    """Whether a verb of getting has an act or a sum of money, not a visitor, as its object: "received aid / a warning /
    $5 million from Y" (the act is read by its noun), not "received the Y-ian delegation" or "a delegation from Y"."""
    return any(d.ent_type_ == "MONEY" or ctx.lemmas[d.i] in ctx.event_nouns for d in verb.children if d.dep_ == "dobj")


def _arms_handed(anchor: Token, objects: list[Arg]) -> list[Arg]:
    """The states weapons are sent to, when a verb of sending has weapons as its object and states (not places) as
    its destination: "will send 14 tanks to Y", "tanks were sent to Y by X". Empty for troops, warships or
    warplanes, for a place ("to the border with Y", "to Y's frontier") and for other verbs ("moved tanks to Y")."""
    if anchor.lemma_.lower() not in _SENDING or not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _HANDED_WEAPONS for c in anchor.children
    ):
        return []
    return [o for o in objects if o.prep == "to" and not o.place and not o.inner and o.entity.type is EntityType.COUNTRY]


#: Nouns of people whose visit is an inspection (PETRARCH2 VISIT "INSPECTOR *", CAMEO 090).
_INSPECTORS = {"inspector", "investigator"}


def _inspectors_visit(verb: Token) -> bool:
    """Whether a verb of visiting has inspectors for its subject: "IAEA inspectors visited Y's plant", "a team of UN
    investigators visited Y" (not "the minister visited Y")."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [p for h in heads if h.lemma_.lower() in ("team", "group", "delegation", "mission") for c in h.children
              if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(h.lemma_.lower() in _INSPECTORS for h in heads)


def _forces_from_place_left(ctx: _Context, noun: Token) -> bool:
    """Whether a verb's object is a force whose only country is its "from" phrase: "withdrew about 2,500 troops [from
    Y]", "pulled some 400 police officers [from Y]" (not "Y-ian troops from the town", "Y's soldiers")."""
    if not _armed_noun(noun) or not any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
        return False
    return not any(c.dep_ in ("amod", "compound", "nmod", "poss") and ctx.mention(c) is not None for c in noun.children)


def _forces_mobilized(anchor: Token) -> bool:
    """Whether a show of force has armed forces (or nothing) as its object: "mobilized 300,000 reservists",
    "Iran mobilized", "boosted its forces", not "mobilized pressure groups", "mobilize support",
    "boosted its sales force" (a force whose compound names no armed service is a workforce) or "deployed doctors to
    Y" (people of a civil sector or of no state service: ``kg/data/sectors.tsv``, ``kg/data/actor_heads.tsv``)."""
    objects = _first_of(list(anchor.children), {"dobj"}) if anchor.pos_ in ("VERB", "AUX") else []
    if not objects:
        return True
    word = objects[0].lemma_.lower()
    # "its labour force" (the tagger may read "labour" as an adjective); a country adjective says whose
    modifiers = [c.lemma_.lower() for c in objects[0].children if c.dep_ == "compound" or (c.dep_ == "amod" and c.text[:1].islower())]
    if word in ("force", "forces") and any(m not in _ARMED_MODIFIERS for m in modifiers):
        return False
    own_sectors, _, _ = sent_objects()
    if acts_for_state(word) is False or sector_nouns().get(word) in own_sectors | _CIVIL_SECTORS:
        return False  # "deployed 500 doctors to Y", "deployed its athletes": people of no armed service
    if anchor.lemma_.lower() not in ("mobilize", "mobilise"):
        return True
    nouns = sector_nouns()
    return nouns.get(word) in ("military", "police", "armed groups", "rebels") or word in _FORCE_WORDS


#: Sectors of people with no armed service besides those who go for their own ends (``own_sectors`` of
#: ``kg/data/sent_objects.yaml``): doctors and nurses, refugees.
_CIVIL_SECTORS = frozenset({"health", "refugees"})
#: Nouns of ending an act: "an end to the blockade of Y", "the lifting of the siege of Y".
_ENDINGS = {"end", "halt", "stop", "lifting", "cessation", "removal"}
#: Nouns of armed combat that place a verb of winning in a war: "defeated Y in the battle for the town".
#: Nouns of a blow struck, beside those of combat: "an air raid hit ...", "the shelling set fire to ...".
_STRIKES = {"raid", "shelling", "bombardment", "bombing", "barrage", "airstrike", "incursion", "invasion", "salvo"}
_COMBAT = {"battle", "war", "fighting", "combat", "offensive", "counteroffensive", "counter-offensive", "clash", "clashes", "skirmish", "siege", "assault", "attack", "ambush", "engagement"}
#: Sectors whose members fight, and the armed groups of the gazetteer (``kg/data/armed_groups.tsv``, role
#: "armed group" or "movement"): an act of winning with one of them on a side is an armed contest.
_ARMED_SECTORS = {"military", "armed groups", "rebels", "armed group", "movement"}


def _armed_contest(ctx: _Context, verb: Token, subjects: Sequence[Arg], objects: Sequence[Arg]) -> bool:
    """Whether a verb of winning, striking or leaving (CAMEO 190 "defeat", "pound"; 087 "leave") is an act of
    armed forces, not of teams, storms or travellers.

    True when a side is an armed force, an armed group or a weapon ("the army routed the militants", "Y's
    missiles hit the city", "Y's peacekeepers left X"), the verb is placed in combat ("defeated Y in the
    battle for the town"), or, for a noun of any contest, a word of combat qualifies it ("a ground operation
    against Y", "the counter-terrorism campaign"); not for "Brazil defeated Argentina in the final", where two
    countries are teams, nor "X's campaign against Y's tariffs".
    """
    # a force of a country's, or an armed group of the gazetteer ("defeated the Islamic State")
    if any(a.entity.type in (EntityType.SECTOR_ACTOR, EntityType.ORGANIZATION) and a.entity.role in _ARMED_SECTORS for a in (*subjects, *objects)):
        return True
    nouns = sector_nouns()
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # "the towns were hit by shells fired from Y": a passive's agent is a side as a subject is
    sides += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # "routed the fighters of Y", "crushed the rebellion": the head noun of a side names a force
    if any(nouns.get(s.lemma_.lower()) in _ARMED_SECTORS or s.lemma_.lower() in _FORCE_WORDS | _WEAPONS for s in sides):
        return True
    # "a Y drone attack hit the depot", "Y's shelling set fire to the school": a side that is itself an act of combat
    if any(s.dep_ == "nsubj" and (s.lemma_.lower() in _COMBAT | _STRIKES or s.lower_ in _STRIKES) and not _figurative_contest(s) for s in sides):
        return True
    if verb.pos_ in ("VERB", "AUX") and (act := misparsed_act(ctx, verb)) is not None and act.lower_ in _STRIKES:
        return True  # "Armenian shelling hit the village": the parse may make the act noun the clause's head (misparsed_act)
    if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _STRIKES for c in verb.children):
        return True  # "Kyrgyz shelling hit houses": the tagger may read the act noun as an auxiliary of the verb
    if verb.pos_ in ("VERB", "AUX") and (act := fronted_act(verb)) is not None and act.lower_ in _STRIKES:
        return True  # "Shelling from Y hit the village": the parse may read the act noun as a fronted participle
    if any(s.dep_ == "nsubj" and _weapons_fire(s) for s in sides):
        return True  # "Y's artillery fire hit the village", "Y's gunfire struck a school"
    if verb.pos_ in ("VERB", "AUX") and launched_weapons(verb):
        return True  # "missiles fired from Y positions hit Z": the parse may hang the verb on the weapon's participle
    if verb.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound", "nmod") and (c.lemma_.lower() in contest_modifiers()[0] | _WEAPONS | _COMBAT) for c in verb.children
    ):
        return True  # "a ground operation against Y", "the counter-terrorism campaign", "the air battle"
    places = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during") for p in prep.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in _COMBAT for p in places)


#: Nouns of shots fired, themselves an act of combat ("gunfire") or one when a weapon names them ("artillery fire").
_FIRE_NOUNS = {"gunfire", "shellfire", "cannonfire", "fire"}


def _weapons_fire(noun: Token) -> bool:
    """Whether a noun names weapons' fire: "gunfire", "shellfire", or "fire" with a weapon before it ("artillery fire",
    "rocket fire", "tank fire", "mortar fire"); not "fire" alone ("a fire destroyed the depot", "fire broke out")."""
    lemma = noun.lemma_.lower()
    if lemma not in _FIRE_NOUNS:
        return False
    return lemma != "fire" or any(c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in _WEAPONS or c.lemma_.lower() in ("sniper", "machine-gun", "gun", "naval"))
                                  for c in noun.children)


#: Prepositions of what a text is about ("a resolution on Y", "a report about Y").
_ABOUT_PREPS = frozenset({"on", "about", "concerning", "regarding"})
#: Texts whose "on" names whom they fall on ("lift its measures on Y"), not what they are about.
_FALLING_ON = frozenset({"measure"})


def _document_topics(verb: Token) -> frozenset[str]:
    """The prepositions of what a verb's object text is about, when its object is a document of
    ``kg/data/issued_documents.yaml`` with such a phrase ("vetoed a draft resolution on Y", "rejected the report on Y");
    empty otherwise."""
    documents = issued_documents()[0] - _FALLING_ON
    texts = [d for d in verb.children if d.dep_ in ("dobj", "nsubjpass") and d.lemma_.lower() in documents]
    # ("vetoed the resolution [on Y]": the parse may hang the phrase on the verb, right after the text)
    return frozenset(
        c.lower_ for d in texts for c in [*d.children, *verb.children]
        if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS and (c.head.i == d.i or c.i == d.right_edge.i + 1)
    )


#: Verbs of answering, judging or heeding an act another has done (the judgement and comment verbs of
#: ``kg/data/event_doers.yaml``, the verbs of acceptance of ``_RECEIVING``, and those of heeding or disregarding:
#: WordNet 3.0 heed v.1, ignore v.2, tolerate v.1, share v.3 "have in common"): not doing so is the answer's negation, the
#: act answered was done ("did not accept Y's criticism"). Verbs of wishing, asking, proposing, allowing or attesting
#: are no such verbs: "did not want Y's mediation", "did not confirm Y's withdrawal" leave the act undone or unknown.
_ANSWERING = frozenset({
    "accept", "welcome", "appreciate", "praise", "hail", "commend", "applaud", "laud", "thank",
    "condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "blast", "protest", "regret", "lament",
    "comment", "react", "respond", "reply", "answer", "counter", "heed", "ignore", "disregard", "tolerate", "dismiss",
    "reject", "share", "echo", "join", "forgive", "excuse", "resent",
})
#: Acts done whatever their target or their audience thinks of them (said, or done to a target): an answer to one
#: leaves it done ("did not accept Y's criticism", "will ignore Y's threats"). An act of giving or of working together
#: happens only if taken up ("did not accept Y's aid", "urged Z to accept Y's mediation"): not read so.
_UNILATERAL_CATEGORIES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "PROTEST", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _anothers_act_met(ctx: _Context, noun: Token, clause: Token | None, subjects: Sequence[Arg], category: str) -> bool:
    """Whether a noun's act, done by another than its clause's subject, is what that subject meets or answers, so the
    clause's negation is of the answer, not of the act: "Y did not accept X's criticism of Z", "neither Y nor W heeded
    X's call for Z to leave", "Y did not respond to X's accusations" (X's act was done).

    The noun is the object of a verb of answering (``_ANSWERING``) or of its preposition and names its doer in its own
    phrase ("X's", "by X", "X-ian"); not a light verb ("did not impose sanctions"), a verb of wishing, letting or
    attesting ("did not want Y's mediation", "did not allow Y's inspection"); and only for an act done whatever its
    target thinks of it (``_UNILATERAL_CATEGORIES``: not "did not accept Y's aid", not given).
    """
    if clause is None or not subjects:
        return False
    if not (noun.dep_ == "dobj" and noun.head.i == clause.i) and not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == clause.i):
        return False
    lemma = ctx.lemmas[clause.i]
    if lemma not in _ANSWERING or category not in _UNILATERAL_CATEGORIES:
        return False
    if not any(c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return False
    if any(c.dep_ == "nsubj" and nobody(c) for c in clause.children):
        return True  # "no country accepted X's criticism of Z"
    outer = {a.entity.key for a in _subjects_of_verb(ctx, clause)}
    return bool(outer) and not outer & {s.entity.key for s in subjects}


#: Predicative words after the object of "leave" that say what a blow made of it ("left ten people dead").
_LEFT_STATES = ("oprd", "acomp", "xcomp", "advcl")


def _no_departure(ctx: _Context, verb: Token) -> bool:
    """Whether a verb of leaving names a result, not a departure: its subject is an act ("the raid left the town",
    "Y's shelling left Z's capital without power": an act goes nowhere), or "leave" has a predicative adjective or
    participle right after its object ("left ten people dead", "left 20 civilians wounded", "left the village
    deserted"), or is a participle after a comma ("..., leaving a vacuum"), or its object is a thing left in a place
    ("left its mark on Z", "left a garrison in Z"); not "Y's troops left Z", "Y's troops left Z in May", nor "left Z, angered by ..." (after a comma)."""
    if any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and ctx.lemmas[c.i] in ctx.event_nouns for c in verb.children):
        return True
    if ctx.lemmas[verb.i] != "leave":
        return False
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == ",":
        return True  # "Y's forces pulled out of Z, leaving a vacuum", "Y shelled Z, leaving ten dead": what the act left
    left = [c for c in verb.children if c.dep_ == "dobj"]
    if left and not any(_actors(ctx, c, 0.8) for c in left) and any(
        _actors(ctx, p, 0.8) for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ):
        return True  # "Y's army left its mark on Z", "Y's forces left mines in Z": a thing left in a place, no place left
    ends = [c.right_edge.i for c in left]
    return any(c.dep_ in _LEFT_STATES and c.i - 1 in ends and (c.pos_ == "ADJ" or c.tag_ in ("VBN", "VBD"))
               and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "dobj") for g in c.children) for c in verb.children)


def _by_a_border(verb: Token) -> bool:
    """Whether every "near" or "along" phrase of a verb or of its object is one of a border ("near the Y border",
    "along the border with Y"; not "near the Y town of Z")."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    places = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("near", "along") for p in c.children if p.dep_ == "pobj"]
    return bool(places) and all(p.lemma_.lower() in _BORDERS for p in places)


#: Nouns of a part in something that is a wrong only when that thing is ("Y's role in the bombing", not "in the talks");
#: "complicity", "interference" or "meddling" alleged are wrongs themselves.
_NEUTRAL_PARTS = {"role", "hand", "part", "involvement"}


def _part_in_wrong(verb: Token) -> bool:
    """Whether a verb of alleging or citing another's part names a wrong: "X cited Y's role in the bombing", "pointed to
    Y-ian involvement in the plot" (the "in" phrase of the part names a wrong: ``wrongs`` of ``kg/data/judgements.yaml``)
    or "alleged Y-ian complicity"; not "X cited Y's role in the peace talks". True for any other verb of accusing."""
    parts = [c for c in verb.children if c.dep_ == "dobj"]
    parts += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    neutral = [p for p in parts if p.lemma_.lower() in _NEUTRAL_PARTS]
    if not neutral:
        return True
    wrongs = judging_words().wrongs | _CRIME_LABELS
    # ("cited Y's role in the attack": the parse may hang the part's "in" on the verb, after the part)
    ins = [c for p in neutral for c in p.children if c.dep_ == "prep" and c.lower_ == "in"]
    ins += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > neutral[0].i]
    return any(w.lemma_.lower() in wrongs for c in ins for w in c.children if w.dep_ in ("pobj", "pcomp"))


def _forces_subject(verb: Token) -> bool:
    """Whether a verb's subject is an armed or police force: "troops arrived", "the police officers who arrived"."""
    subjects = _first_of(list(verb.children), {"nsubj"})
    if subjects and subjects[0].lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subjects = [verb.head]
    nouns = sector_nouns()
    return any(
        nouns.get(word) in ("military", "police")
        for s in subjects[:1]
        for word in (s.lemma_.lower(), *(c.lemma_.lower() for c in s.children if c.dep_ == "compound"))
    )


def _policed_groups(verb: Token, subjects: Sequence[Arg]) -> list[Arg]:
    """A country's police act at home: "Norlandic police used tear gas to scatter protesters".

    When every subject is a police force and the act (or its purpose clause) has an unmarked group
    noun as its object, the group is of the police's country.
    """
    if not subjects or not all(s.entity.type is EntityType.SECTOR_ACTOR and s.entity.role == "police" and s.entity.country for s in subjects):
        return []
    country = subjects[0].entity.country
    assert country is not None
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB")]
    found: list[Arg] = []
    for v in verbs:
        for dobj in _first_of(list(v.children), {"dobj"}):
            group = _group_actor(dobj, country)
            if group is None:
                # "banned the march planned by farmers": the ones who demonstrate
                agents = [p for c in dobj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                agents += [p for c in dobj.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
                group = next((g for a in agents if (g := _group_actor(a, country)) is not None), None)
            if group is not None and all(a.entity.key != group.key for a in found):
                found.append(Arg(group, 0.8))
    return found


def _said_of_subject(noun: Token) -> bool:
    """Whether a noun is said of a clause's subject: "X is the biggest buyer of ...", "X, the main supplier of ...",
    "X emerged as the largest exporter of ...", "X is one of Y's main customers" (or a conjunct of such a noun; the
    count of a partitive stands for it)."""
    first = _relational_place(noun)
    return first.dep_ in ("attr", "appos", "oprd") or (first.dep_ == "pobj" and first.head.lower_ == "as")


#: Verbs of vowing, and the categories of hostile acts: vowing one is no agreement (the act's own trigger reads it as
#: intended, "vowed to retaliate against Y": a threat).
_VOWS = {"vow", "pledge", "promise", "swear"}
_HOSTILE_ACTS = {"ASSAULT", "THREATEN", "COERCE", "SANCTION", "PROTEST", "ACCUSE", "MOBILIZE", "REJECT"}
#: Offices and turns taken over from a predecessor ("took over the rotating presidency from Y", "seized the helm"):
#: a succession, never a thing seized from its owner.
_TURNS = {"presidency", "chairmanship", "chair", "helm", "leadership", "command", "post", "office", "role", "duty", "reins", "baton", "portfolio", "mandate", "premiership"}
#: Prepositions of what a feeling or a demand in a protest's purpose clause is about ("anger at X's tariffs").
_TARGET_PREPS = ("for", "of", "against", "at", "over", "with")


def _purpose_targets(ctx: _Context, verb: Token) -> list[Arg]:
    """The target a protest's purpose clause names: "shut a highway to voice their anger at X's tariffs".

    Actors standing for the purpose clause's object ("X's policies") or the object of its
    for/of/against/at/over phrase, whether the parse hangs that phrase on the object or on the verb.
    """
    found: list[Arg] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
            continue
        for dobj in _first_of(list(clause.children), {"dobj"}):
            # "to show anger at X's tariffs": the parse may hang "at ..." on the clause's verb instead of its object
            holders = [dobj, *(c for c in clause.children if c.dep_ == "prep")]
            phrases = [dobj, *(p for h in holders for c in ([h] if h.dep_ == "prep" else h.children) if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for p in c.children if p.dep_ == "pobj")]
            for phrase in phrases:
                for arg in _actors(ctx, phrase, 0.8):
                    if all(a.entity.key != arg.entity.key for a in found):
                        found.append(arg)
    return found


def _anothers_plan(ctx: _Context, noun: Token, sides: Sequence[Arg]) -> bool:
    """Whether an event noun is planned by an actor who takes no part in it: "X offered to host talks
    between Y and Z", "X proposed a meeting between Y and Z", "X will host a summit of Y and Z".

    The plan is X's; Y and Z stated no intent (an intent is coded PLOVER AGREE), so their event is only
    possible. "Y plans to hold talks with Z", "Y postponed its visit to Z": Y is a side, its intent.
    A noun that names its own pair ("between Y and Z") is planned by someone else whoever the clause's
    subject is, even one left unresolved ("she is willing to stage a summit between Y and Z").
    """
    verb = _clause_verb(noun)
    if verb is None or not sides or noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # "a meeting between Y and Z is planned": the event is the subject, nobody else plans it
    planners = {a.entity.key for a in _subjects_of_verb(ctx, verb)}
    if planners:
        return not planners & {a.entity.key for a in sides}
    paired = any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    subject = verb
    while subject.dep_ in ("xcomp", "acomp") and subject.head.i != subject.i:
        subject = subject.head  # "is willing to stage": the subject is the copula's
    return paired and any(c.dep_ in ("nsubj", "nsubjpass") for c in subject.children)


#: Prepositions that name a verb trigger's object only when the trigger itself holds them ("stand by Y", "stand
#: behind Y", "fought alongside Y"): elsewhere "by" names an agent, "behind" a place and "alongside" company.
_OWN_OBJECT_PREPS = frozenset({"by", "behind", "alongside"})


#: Prepositions of the idioms of a noun said twice ("side by side", "shoulder to shoulder", "hand in hand").
_TWICE_PREPS = ("by", "to", "in")


def _side_by_side(verb: Token) -> Token | None:
    """The "with" of an idiom of a noun said twice around a preposition that a verb governs: "stands side by side with
    Y", "stood shoulder to shoulder with Y" (the parse hangs "with" on either noun, and the idiom on the verb as an
    object, an adverb or a clause). None without one ("stood by the window", "stood with Y": read as usual)."""
    doc = verb.doc
    for first in (t for t in verb.subtree if t.pos_ in ("NOUN", "PROPN") and t.i + 3 < len(doc)):
        second = doc[first.i + 2]
        if doc[first.i + 1].lower_ in _TWICE_PREPS and second.lower_ == first.lower_ and doc[first.i + 3].lower_ == "with" \
                and verb.i in (first.head.i, first.head.head.i):
            return doc[first.i + 3]
    return None


def _a_place(entity: Entity) -> bool:
    """Whether an argument is a place named by a common noun ("withdrew from the village"): a retreat from it is
    no act towards another state (the country, organisation or agreement left is what RETREAT codes)."""
    words = entity.label.lower().split()
    return entity.type is EntityType.TOPIC and bool(words) and words[-1] in _PLACE_NOUNS


def _own_topic(subject: Entity, obj: Entity) -> bool:
    """Whether a topic is named after the subject's own country: "the Italian government rejected the Italian unions'
    proposal" is a domestic matter, not a relation with another state (issue 16, point 5)."""
    words = obj.label.split()
    if obj.type is not EntityType.TOPIC or not words or not subject.country:
        return False
    owner = load_gazetteer().lookup(words[0]) if words[0][:1].isupper() else None
    return owner is not None and owner.country == subject.country


def _foreign_actors(objects: list[Arg], own: set[str]) -> list[Arg]:
    """The objects that are actors other than the subjects' own country: a city or a region of that country ("moved
    troops to its X region", ``kg/data/regions.tsv``) stands for it, and names where at home, no target (class
    regions24; a domestic event relates no two states, issue 16 point 5)."""
    return [o for o in objects if o.entity.type in _ACTOR_TYPES and not (o.entity.type is EntityType.COUNTRY and o.entity.country in own)]


def _plausible(subject: Entity, obj: Entity) -> bool:
    """Reject self-relations and relations of an actor with its own country.

    Two actors of one country are not related either, whatever their sectors ("the Brazilian
    government" and "Brazilian farmers", "the French opposition" and "the French government",
    "Egyptian police" and "demonstrators" in Cairo): the graph holds relations between countries,
    and a domestic event has the same country on both sides (issue 16, point 5). A person of one
    country may still act on an actor of that country named as a thing ("visited the Sudian
    parliament" is read elsewhere); an organisation or a topic has no country of its own.
    """
    if subject.key == obj.key or subject.type not in _ACTOR_TYPES or _own_topic(subject, obj):
        return False
    if obj.type is EntityType.COUNTRY and subject.country == obj.country:
        return False
    if subject.type in (EntityType.SECTOR_ACTOR, EntityType.PERSON) and obj.type in (EntityType.PERSON, EntityType.SECTOR_ACTOR):
        # "Assad attacked Syrians", "the Brazilian president met Brazilian farmers": a person or a sector of one country
        # acting on a person or a sector of the same country is a domestic event
        return not (subject.country and subject.country == obj.country)
    return not (obj.type in _ACTOR_TYPES and subject.country and subject.country == obj.country and subject.type is not EntityType.PERSON)


_QUOTES = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"}


def _scare_quoted(token: Token) -> bool:
    """Whether a trigger noun stands alone in quotation marks, as a word the writer disowns: 'its "war" on Y',
    'the so-called "campaign"' (a quotation of several words is someone's speech, read as such)."""
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and doc[i - 1].text in _QUOTES and doc[i + 1].text in _QUOTES


def _figurative_contest(noun: Token) -> bool:
    """Whether a noun of contest names a struggle that is no armed one by its modifier ("a trade war", "the price war",
    "a propaganda war") or its "of" object ("a war of words"): ``figurative`` of ``kg/data/contests.yaml``."""
    figurative = contest_modifiers()[1]
    return any(
        (c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in figurative)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in figurative for p in c.children if p.dep_ == "pobj"))
        for c in noun.children
    )


def _contest_vote(ctx: _Context, verb: Token) -> bool:
    """Whether a verb of voting goes for or against a side named itself in a contest between rivals (class legis23).

    "X voted against Y in the Eurovision", "at the song contest, X voted against Y", "voted against Y in the
    election for the chair": the vote is a contestant's or a candidate's, no rejection (PETRARCH2's mined "vote
    against", CAMEO 12) nor support. The contest is the head noun of the verb's (or the side's) "in", "at" or
    "during" phrase (``votes`` of ``kg/data/contests.yaml``; "the song contest final", not "the election year"). "Voted against
    sanctions on Y" or "against a resolution on Y" names no side itself and stays a rejection.
    """
    if verb.lemma_.lower() not in _VOTING:
        return False
    sides = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "for") for p in c.children if p.dep_ == "pobj"]
    if not any(ctx.mention(p) is not None for p in sides):
        return False
    nouns = contest_vote_nouns()
    holders = [verb, *sides]
    places = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "during") for p in c.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in nouns or p.lower_ in nouns for p in places)  # not "in the election year"


def _named_event(token: Token, sent: Span) -> bool:
    """Whether a noun of a contest is capitalised inside its sentence, as the name of one event ("the Battle of
    Arica", "Operation Sea Shield"), not an act whose sides the sentence names. In a title-case headline
    ("Norland Launches Offensive Against Sudia") every word is capitalised and none is named so."""
    return token.i > sent.start and token.text[:1].isupper() and not token.is_upper and not _title_case(sent)


def _title_case(sent: Span) -> bool:
    """Whether a sentence is written in title case: at least three content words, each capitalised."""
    content = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(content) >= 3 and all(t.text[:1].isupper() for t in content)


def _own_text(verb: Token, trig: Trigger) -> bool:
    """Whether the object that completes an agreement trigger is a text the subject issues itself: "X adopted a
    resolution on fisheries", "a motion on quotas was passed by X" (a document noun of
    ``kg/data/issued_documents.yaml`` under one of its issuing verbs). A settlement or another's proposal keeps
    the agreement: "adopted a resolution of / to the dispute", "adopted Y's motion"."""
    documents = issued_documents()[0]
    return any(
        c.lemma_.lower() in trig.extra and c.lemma_.lower() in documents and issuing_verb(c) is not None  # c.head: this verb
        and not any(k.dep_ == "poss" or (k.dep_ == "prep" and k.lower_ in ("of", "to")) for k in c.children)
        for c in verb.children
    )


def _non_prefixed(token: Token) -> bool:
    """Whether a trigger noun carries the prefix "non-" that negates it ("a non-member of O", "non-members")."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "non" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
