"""Conditional threats of the ``patterns.v1`` extractor: an act of retaliation promised if another party acts.

"X said it would take resolute countermeasures if Y continues its patrols", "X warned that it would retaliate should Y
deploy troops", "X vowed to strike back unless Y withdraws", "X warned of a firm response if Y ...", "X vowed a
resolute response if Y ...", "X threatened to close the strait if Y ..." (any act a threat verb announces): X
threatens Y. The act (a verb or a taken noun of ``kg/data/conditional_threats.yaml``) is still to come, and its
condition (an "if" or "unless" clause, one opened by "in case" or "in the event (that)", or by an inverted "should",
"were" or "had": see ``_arguments.condition_of``) names the party threatened as its subject, or as the agent of a
passive ("if attacked by Y"), or by a hostile act's noun after "in case of" / "in the event of" ("in case of an
invasion by Y"). An answer given with force ("will respond with force in case Y ...") and a passage closed ("would
close the strait were Y to ...", CAMEO 1381) are such acts too; the threat is coded 138 when the act is one of
military force ("respond militarily", "take military action"). An act with no condition, a condition without an actor,
or a past counterfactual ("would have retaliated if Y had ...") is no threat here; a conditional offer ("would sign
the deal if Y agrees") has no act of retaliation and is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Span, Token

from kg.extract._arguments import Arg, _actors, _subjects_of_verb, condition_of, condition_parties
from kg.extract._context import _Context, _first_of, _is_reporting
from kg.extract._modality import _modality, counterfactual
from kg.extract._words import _ACTOR_TYPES, _PROMISING, _THREATEN
from kg.model import Modality


@dataclass(frozen=True)
class ConditionalThreat:
    """One act of retaliation promised under a condition: who threatens whom, read off which verb."""

    verb: Token
    act: Token  # the verb of retaliation, or the noun taken
    subjects: list[Arg]
    objects: list[Arg]
    cameo: str = "130"  # 138 for an act of military force, 1381 for a passage closed


@cache
def _data() -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(resources.files("kg.data").joinpath("conditional_threats.yaml").read_text(encoding="utf-8"))
    return data


@cache
def _words() -> dict[str, frozenset[str]]:
    return {key: frozenset(str(w) for w in words) for key, words in _data().items() if isinstance(words, list)}


@cache
def _codes() -> dict[str, str]:
    codes = _data()["codes"]
    assert isinstance(codes, dict)
    return {str(k): str(v) for k, v in codes.items()}


def threat_code(act_code: str | None) -> str:
    """The CAMEO code of a threat of an act with CAMEO code ``act_code``: the code of
    ``kg/data/conditional_threats.yaml`` for the longest prefix of the act's code that has one, else 130.

    >>> threat_code("190"), threat_code("1631"), threat_code("192"), threat_code("087"), threat_code(None)
    ('138', '1312', '1382', '130', '130')
    """
    codes = _codes()
    for end in range(len(act_code or ""), 1, -1):
        if (code := codes.get((act_code or "")[:end])) is not None:
            return code
    return "130"


@cache
def retaliation_words() -> frozenset[str]:
    """The first words of the acts of ``kg/data/conditional_threats.yaml`` a sentence must hold to be looked at."""
    words = _words()
    return frozenset(w.split()[0] for w in words["verbs"] | words["answering"] | words["taking"] | words["closing"]) | _THREATEN | _PROMISING


def _retaliates(verb: Token) -> Token | None:
    """The act of retaliation a verb states ("retaliate", "strike back", "respond firmly", "take countermeasures",
    "take military action"), or None."""
    words = _words()
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1]
    phrase = f"{lemma} {particles[0]}" if particles else lemma
    if lemma in words["verbs"] or phrase in words["verbs"]:
        return verb
    if lemma in words["answering"]:
        manners = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "acomp", "npadvmod")}
        manners |= {c.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for c in p.children if c.lower_ == "kind"}
        if manners & words["manners"] or "kind" in manners or _answered_with(verb):
            return verb
    if lemma in words["closing"] and any(c.dep_ == "dobj" and c.lemma_.lower() in words["passages"] for c in verb.children):
        return verb  # "would close the strait if Y ...": a blockade threatened
    nouns: list[Token] = []
    if lemma in words["taking"] or lemma in _PROMISING:
        nouns = _first_of(list(verb.children), {"dobj"})  # "take countermeasures", "vowed a resolute response"
    elif lemma in _THREATEN and (acts := [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]):
        return acts[0]  # "threatened to close the strait if Y ...": whatever is threatened, the threat is made
    elif lemma in _THREATEN:
        # "warned of countermeasures", "threatened retaliation": the warning names the act threatened
        nouns = _first_of(list(verb.children), {"dobj"}) + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for noun in nouns:
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
        if noun.lower_ in words["nouns"] or noun.lemma_.lower() in words["nouns"]:
            return noun
        if noun.lemma_.lower() in words["measures"] and mods & words["forceful"]:
            return noun
    return None


def _answered_with(verb: Token) -> list[Token]:
    """The nouns of force an answer is given with: "respond with force", "answer with military force", "react with
    tough measures"."""
    words = _words()
    nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    return [
        n for n in nouns
        if n.lemma_.lower() in words["answered_with"] or n.lower_ in words["answered_with"]
        or (n.lemma_.lower() in words["measures"] and {c.lemma_.lower() for c in n.children if c.dep_ in ("amod", "compound")} & words["forceful"])
    ]


def _threat_cameo(verb: Token, act: Token) -> str:
    """The CAMEO code of a conditional threat: 1381 for a passage closed ("would close the strait"), 138 for an act of
    military force ("respond militarily", "respond with force", "take military action", "threatened to use force"),
    else 130."""
    words = _words()
    if act.pos_ in ("VERB", "AUX") and act.lemma_.lower() in words["closing"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words["passages"] for c in act.children
    ):
        return "1381"
    marks = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "acomp", "npadvmod")}
    for noun in [*_answered_with(verb), *([act] if act.pos_ in ("NOUN", "PROPN") else []), *_first_of(list(act.children), {"dobj"})]:
        marks |= {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    return "138" if marks & words["military"] else "130"


def _nominal_condition_parties(ctx: _Context, heads: list[Token], subjects: list[Arg]) -> list[Arg]:
    """The doers of a hostile act a nominal condition names: "will take military action in the event of an attack by
    Y", "would retaliate in case of a Y incursion", "in case of Y's invasion" (an act of the lexicon whose every
    reading is hostile, :attr:`_Context.hostile_nouns`; its doer a modifier before it or a "by" / "from" phrase), less
    the clause's own ``subjects``."""
    keys = {a.entity.key for a in subjects}
    countries = {a.entity.country for a in subjects if a.entity.country}
    found: list[Arg] = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
            for case in (p for p in prep.children if p.dep_ == "pobj" and p.lower_ in ("case", "event")):
                dets = [c.lower_ for c in case.children if c.dep_ == "det"]
                if dets != (["the"] if case.lower_ == "event" else []):
                    continue  # "in the event of", "in case of"; not "in that case", "in any event"
                acts = [p for c in case.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
                for act in acts:
                    mods = ctx.hostile_nouns.get(ctx.lemmas[act.i])
                    if mods is None or (mods and not any(ctx.lemmas[c.i] in mods for c in act.children)):
                        continue
                    doers = [c for c in act.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < act.i]
                    doers += [p for c in act.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for p in c.children if p.dep_ == "pobj"]
                    found += [
                        Arg(a.entity, a.score * 0.9) for d in doers for a in _actors(ctx, d, 1.0)
                        if a.entity.type in _ACTOR_TYPES and a.entity.key not in keys and (a.entity.country is None or a.entity.country not in countries)
                    ]
    return found


def conditional_threats(ctx: _Context, sent: Span) -> list[ConditionalThreat]:
    """The conditional threats of a sentence (see the module's docstring)."""
    words = retaliation_words()
    found: list[ConditionalThreat] = []
    for verb in ctx.tokens(sent):
        if ctx.lemmas[verb.i] not in words or verb.pos_ not in ("VERB", "AUX"):
            continue  # most tokens are no such verb: the word is tested first
        act = _retaliates(verb)
        if act is None:
            continue
        warning = ctx.lemmas[verb.i] in _THREATEN or (ctx.lemmas[verb.i] in _PROMISING and act.i != verb.i)  # "vowed a firm response"
        if warning and any(c.dep_ in ("dobj", "dative") and c.i != act.i for c in verb.children):
            continue  # "warned Y of retaliation if ...": the warning's own object is read by its trigger
        if counterfactual(verb) or (act.i != verb.i and act.pos_ in ("VERB", "AUX") and counterfactual(act)):
            continue  # "would have closed the strait if Y had attacked": what did not happen, no threat made
        if _modality(verb) not in ((Modality.ASSERTED, Modality.INTENDED, Modality.POSSIBLE) if warning else (Modality.INTENDED, Modality.POSSIBLE)):
            continue  # a warning is the threat made; an act of retaliation itself must be still to come
        holder = verb
        if condition_of(verb) is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PROMISING | _THREATEN:
            holder = verb.head  # "vowed to strike back if Y ...": the parse may hang the condition on the vow
        elif condition_of(verb) is None and verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in _THREATEN or _is_reporting(verb.head)):
            holder = verb.head  # "warned that it would take military action should Y ...": or on the warning
        elif condition_of(verb) is None and act.dep_ == "xcomp" and act.head.i == verb.i and condition_of(act) is not None:
            holder = act  # "threatened to leave the talks unless Y ...": or on the act threatened
        subjects = [a for a in _subjects_of_verb(ctx, verb) if a.entity.type in _ACTOR_TYPES]
        objects = condition_parties(ctx, holder, subjects) if subjects else []
        if subjects and not objects and condition_of(holder) is None:
            # "will respond with force in the event of an attack by Y": a condition named by the act's noun
            objects = _nominal_condition_parties(ctx, [holder, verb, *([act] if act.pos_ == "NOUN" else [])], subjects)
        if objects:
            found.append(ConditionalThreat(verb, act, subjects, objects, _threat_cameo(verb, act)))
    return found
