"""Envoys declared unwelcome (private to ``patterns.v1``): "X declared Y's ambassador persona non grata" expels him.

Declaring a foreign diplomat *persona non grata* is the formal act by which the host state sends him away (Vienna
Convention on Diplomatic Relations, art. 9). Event coders file it with the expulsion of diplomats (PETRARCH2
"EXPEL * DIPLOMAT"; here the lexicon's "expel ambassador|diplomat|envoy", CAMEO 161, PLOVER SANCTION), so X
``sanctions`` Y, the state the envoy stands for. The Latin words parse in many ways (a verb "persona" whose subject
is the envoy, a secondary predicate of a passive, an apposition to the envoy), so the words are found as such and
the verb of declaring they hang on is read:

* "X declared the Y ambassador persona non grata", "X has declared two Y diplomats personae non gratae";
* "Y's envoy was declared persona non grata by X";
* "Y's consul to X was declared persona non grata" (no agent: the state of the envoy's post, as for a summons).

Someone who is no envoy ("declared the journalist persona non grata": a ban on entry, not a diplomatic act), a
state's own envoy, or a declarer that names no state give nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract._arguments import Arg, _actors, _envoy_host, _subjects_of_verb
from kg.extract._constructions import _sender
from kg.extract._context import _Context
from kg.extract._words import _ACTOR_TYPES, envoy_summons

#: Verbs that declare someone persona non grata ("declared", "named", "pronounced", "proclaimed", "deemed").
_DECLARING = {"declare", "name", "pronounce", "proclaim", "deem"}
#: Nouns of a mission's staff that name envoys with a word of the mission ("two embassy officials", "a staff member
#: of the consulate").
_STAFF = {"official", "officer", "employee", "staff", "member", "worker", "attache", "secretary", "counsellor", "counselor"}
_MISSIONS = {"embassy", "consulate", "mission", "legation"}
#: The words of the phrase, singular and plural.
_PERSONA, _GRATA = {"persona", "personae"}, {"grata", "gratae"}


@dataclass(frozen=True)
class Unwelcome:
    """One declaration: the verb, who declares (the host state) and whom the envoys stand for."""

    verb: Token
    subjects: list[Arg]
    objects: list[Arg]


def unwelcome_envoys(ctx: _Context, sent: Span) -> list[Unwelcome]:
    """The declarations of persona non grata of a sentence (see the module's docstring)."""
    found: list[Unwelcome] = []
    for token in ctx.tokens(sent):
        if ctx.lemmas[token.i] not in _GRATA:
            continue  # most sentences hold no such word: the word is tested first
        doc = token.doc
        if token.i < 2 or doc[token.i - 1].lower_ != "non" or doc[token.i - 2].lower_ not in _PERSONA:
            continue
        persona = doc[token.i - 2]
        verb = _declaring_verb(ctx, persona, token)
        if verb is None:
            continue
        envoys = [e for e in _declared(verb, persona) if _envoy(e)]
        # an envoy named as a sector actor ("the Sudian envoy") stands for the state that sent him, as when expelled
        objects = [_sender(ctx, a) for e in envoys for a in _actors(ctx, e, 1.0) if a.entity.type in _ACTOR_TYPES
                   and not _names_phrase(ctx, a, persona)]
        if not objects:
            continue
        subjects = _declarers(ctx, verb, persona)
        own = {a.entity.country for a in subjects if a.entity.country}
        objects = [a for a in objects if a.entity.country and a.entity.country not in own]
        if subjects and objects:
            found.append(Unwelcome(verb, subjects, objects))
    return found


def _names_phrase(ctx: _Context, arg: Arg, persona: Token) -> bool:
    """Whether an actor is a name the recogniser made of the phrase itself ("Persona Non Grata" as a person)."""
    mention = ctx.mention(persona)
    return mention is not None and mention.entity.key == arg.entity.key


def _declaring_verb(ctx: _Context, persona: Token, grata: Token) -> Token | None:
    """The verb of declaring the phrase hangs on, within three steps up from either of its words."""
    for start in (persona, grata):
        word = start
        for _ in range(4):
            if word.pos_ in ("VERB", "AUX") and ctx.lemmas[word.i] in _DECLARING:
                return word
            if word.head.i == word.i:
                break
            word = word.head
    return None


def _declared(verb: Token, persona: Token) -> list[Token]:
    """Who is declared: the verb's object or passive subject, the subject of the clause the parse makes of the phrase
    ("declared [the ambassador persona] non grata"), and their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") and persona.i in range(c.left_edge.i, c.right_edge.i + 1)
              for g in c.children if g.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        heads.append(verb.head)  # "the Y envoy declared persona non grata by X last week"
    if verb.dep_ == "relcl":
        # "Y's ambassador, who was declared persona non grata by X, left": the relative stands for its antecedent
        heads = [verb.head if h.lower_ in ("who", "whom", "that") else h for h in heads]
    phrase = range(persona.i, persona.i + 3)
    # "declared Y's consul persona non grata", "Peru Declares Mexican Ambassador Persona Non Grata": the parse may make
    # the words the head of the envoy's noun phrase, the envoy's noun a compound of it; both are read (a name the
    # recogniser made of the words themselves is left out: _names_phrase)
    # ("declared [a Y diplomat persona] non grata": the envoy's noun may hang on any word of the phrase)
    heads += [k for h in heads if h.i in phrase for w in h.subtree if w.i in phrase for k in w.lefts if k.dep_ == "compound" and k.i not in phrase]
    return heads + [c for h in heads for c in h.conjuncts]


def _envoy(noun: Token) -> bool:
    """Whether a noun names a diplomat: an envoy's word ("ambassador", "charge d'affaires", "the Y high commissioner"),
    or a word of a mission's staff with a word of the mission ("embassy officials", "a member of the consulate")."""
    words = envoy_summons()[1]
    if any(t.lower_ in words or t.lemma_.lower() in words or f"{t.lower_} {noun.lower_}" in words for t in [noun, *noun.lefts]):
        return True
    if noun.lemma_.lower() not in _STAFF:
        return False
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    mods |= {p.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"}
    return bool(mods & _MISSIONS)


def _declarers(ctx: _Context, verb: Token, persona: Token) -> list[Arg]:
    """Who declares: the verb's subject, a passive's "by" agent (the parse may hang it on the phrase), or, in a
    passive without one, the state of the envoy's post ("Y's consul to X was declared persona non grata")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return [a for a in _subjects_of_verb(ctx, verb) if a.entity.type in _ACTOR_TYPES]
    holders = [verb, persona, *persona.subtree]
    agents = [p for h in holders for c in h.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    if agents:
        return [a for p in agents for a in _actors(ctx, p, 1.0) if a.entity.type in _ACTOR_TYPES]
    return _envoy_host(ctx, verb) or []
