"""Judgements of an act named again after its clause (private to ``patterns.v1``): "X did Z, a move Y criticised".

A clause's act may be named again right after it, and judged there:

* by an apposition of a noun of an act (a plain one, "move", "step", or one of the lexicon's, "attack", "deal"), set
  off by a comma or a dash or after "in" ("Norland closed its border with Sudia, a move Ostia criticised", "..., a
  step that Ostia called unfriendly", "... — a decision Ostia hailed as historic", "Norland recalled its envoy in a
  move Ostia welcomed", "..., a move condemned by Ostia", "Norland shelled Sudia, an attack Ostia condemned");
* by a relative "which" set off by a comma ("Norland seized two Sudian trawlers, which Ostia condemned"), which stands
  for the whole clause, or for the act its antecedent names ("Norland's decision to close the port, which Ostia
  criticised, ...");
* by a noun of judgement drawn by such a renamed act ("..., a move that drew condemnation from Ostia", "..., which
  sparked anger in Ostia").

The judged is the doer of the renamed act: the subject of the clause it renames (Norland above), or the owner of an
act noun ("Norland's decision"); never the clause's object (Sudia), which the general rules would take for the
antecedent. A renamed act whose doer is no actor ("the talks were held in Lima, a move Ostia welcomed") is judged by
no one. A relative "which" whose antecedent is an actor judged for a reason of its own ("..., which Ostia criticised
for its record") stays that actor's, and so does one after a clause of judgement ("Norland welcomed Sudia's offer,
which Ostia also praised": the offer, not the welcoming). A denial of the renamed act ("..., which Ostia denied") says
the act is disputed, it judges no one; a request of it ("..., which Ostia had demanded") names no one asked.

Entry points: :func:`judged_doers` (a verb or a noun of judgement, read by ``_constructions.constructions``) and
:func:`renamed_act_doers` (a phrase an evaluative verb labels, read by ``_evaluative``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from kg.extract._arguments import _REASON_PREPS, Arg, _actors, _subjects_of_verb, noun_owners
from kg.extract._context import _Context
from kg.extract._words import _ACT_NAMES, _ACTOR_TYPES, _DENY_FACT, undergoing_verbs
from kg.extract.lexicon import Trigger

#: Marks that set an apposition off from the clause it renames ("..., a move", "... — a decision").
_SET_OFF = {",", "—", "–", "-", "--", ";"}
#: Dependencies by which a renaming noun or a relative's antecedent hangs, through the clause's words, on the clause's
#: verb ("signed a deal with Y, a move ...": appos of Y, pobj of "with", prep of "signed").
_CLAUSE_PATH = {"appos", "npadvmod", "dobj", "pobj", "prep", "dative", "attr", "oprd", "conj", "compound", "nmod", "advmod"}
#: Relative words that stand for a clause when set off by a comma.
_CLAUSAL_RELATIVES = {"which"}
#: Relative words of a relative clause on a renaming noun.
_RELATIVES = {"which", "that"}


#: Predicates of a judgement passed on another, or of turning another down: the verbs a renamed act is judged by.
JUDGING_PREDICATES = frozenset({"praises", "criticizes", "protests", "rejects", "accuses"})


def judging_verbs(verbs: Mapping[str, Sequence[Trigger]]) -> frozenset[str]:
    """The lexicon's verbs that pass a judgement on another on their own word (no object or phrase required):
    praise, criticism, protest, rejection, accusation.

    >>> from kg.extract.lexicon import load_lexicon
    >>> found = judging_verbs(load_lexicon().verbs)
    >>> sorted(w for w in ("condemn", "welcome", "reject", "sign", "visit") if w in found)
    ['condemn', 'reject', 'welcome']
    """
    return frozenset(lemma for lemma, triggers in verbs.items()
                     if any(t.predicate.name in JUDGING_PREDICATES and not t.extra for t in triggers))


def renaming_noun(ctx: _Context, noun: Token) -> bool:
    """Whether a noun may name again an act just stated: a plain noun of an act ("a move", "a step") or a noun of the
    lexicon's acts ("an attack", "a deal")."""
    return noun.pos_ == "NOUN" and (ctx.lemmas[noun.i] in _ACT_NAMES or ctx.lemmas[noun.i] in ctx.event_nouns)


def _set_off(noun: Token) -> bool:
    """Whether a noun phrase follows its clause apart from it: after a comma or a dash ("..., a move"), or as the object
    of an "in" on a verb ("expelled the envoys in a move ...")."""
    edge = noun.left_edge.i
    if edge > 0 and noun.doc[edge - 1].text in _SET_OFF:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX")


def _act_owners(ctx: _Context, noun: Token) -> list[Arg]:
    """The owners of a noun of an act ("Norland's decision", "the blockade by Norland"); nothing for a noun of no act."""
    return noun_owners(ctx, noun) if renaming_noun(ctx, noun) else []


def _clause_doers(ctx: _Context, noun: Token, relative: bool = False) -> list[Arg] | None:
    """Who did the act a noun after a clause renames: the owner of the first act noun on its way up ("Norland's
    decision to ..., which"), else the subject of the first verb before it it hangs on ("Norland signed a deal with
    Sudia, a move ...": Norland), else the owner of the noun itself when it names no actor ("the row concerns
    Norland's plan, which ...": the plan is Norland's). When the way up leaves the clause (a subject, a verb after the
    noun) or finds no actor: None for a noun that names an actor itself ("the row concerns Sudia, which ..." may stand
    for Sudia), else nothing. A relative "which" whose way up meets a verb of judgement first renames what that verb
    judges (``relative``): None."""
    node = noun
    while True:
        if relative and node.pos_ == "VERB" and node.i < noun.i and ctx.lemmas[node.i] in ctx.judging_verbs:
            return None  # "X welcomed Z's offer, which Y also praised": "which" renames what X judged, not X's judging
        if node.pos_ in ("VERB", "AUX") and node.i != noun.i:
            if node.i < noun.i and (doers := [a for a in _subjects_of_verb(ctx, node) if a.entity.type in _ACTOR_TYPES]):
                return doers
            break
        if owners := _act_owners(ctx, node):
            return owners
        if node.dep_ not in _CLAUSE_PATH or node.head.i == node.i:
            break
        node = node.head
    return noun_owners(ctx, noun) or (None if ctx.mention(noun) is not None else [])


def _clausal_relative(verb: Token, roles: set[str]) -> Token | None:
    """The relative "which" set off by a comma that a relative clause's verb takes in one of ``roles``."""
    if verb.dep_ != "relcl":
        return None
    for c in verb.children:
        if c.dep_ in roles and c.lower_ in _CLAUSAL_RELATIVES and c.i > 0 and c.doc[c.i - 1].text == ",":
            return c
    return None


def _judged_for_itself(ctx: _Context, verb: Token, antecedent: Token) -> bool:
    """Whether a relative's antecedent is an actor its verb judges for a reason of its own ("Y, which X criticised for
    its record"): the relative stands for the actor, not for the clause."""
    return bool(_actors(ctx, antecedent, 0.9)) and any(c.dep_ == "prep" and c.lower_ in _REASON_PREPS for c in verb.children)


def _renamed_noun(ctx: _Context, verb: Token, relative_roles: set[str]) -> Token | None:
    """The renaming noun a relative clause or participle of a judging verb hangs on, with the noun as what is judged
    ("a move Y criticised", "a move that Y condemned", "a move condemned by Y", "a move that was condemned by Y")."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not renaming_noun(ctx, noun) or not _set_off(noun):
        return None
    own = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    drawn = "nsubj" in relative_roles  # the noun draws a judgement ("a move that drew criticism"), not is judged
    if verb.dep_ == "acl":
        # "a move condemned by Y": a passive participle of its own agent; "a move drawing criticism from Y": a present
        # one whose noun draws; no "to" clause of the noun ("a decision to ...")
        if drawn:
            return noun if verb.tag_ == "VBG" else None
        return noun if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) else None
    relatives = [c for c in own if c.lower_ in _RELATIVES]
    if relatives:
        return noun if all(r.dep_ in relative_roles for r in relatives) else None
    # "a move Y criticised": no relative word, the verb's subject is the judge and its object the noun
    return noun if not drawn and not any(c.dep_ in ("dobj", "nsubjpass") for c in own) else None


def judged_doers(ctx: _Context, anchor: Token) -> list[Arg] | None:
    """Who is judged by a judging verb or noun on an act named after its clause, or None for no such construction.

    "Norland closed the border, a move Ostia criticised", "..., which Ostia condemned": the clause's subject
    (Norland); "Norland's decision to close the border, which Ostia criticised, ...": the act's owner; a noun of
    judgement drawn by the renamed act, "..., a move that drew condemnation from Ostia", "..., which sparked anger in
    Ostia": the same. An empty list when the construction holds but names no actor for the act, or when the verb
    denies the act ("..., which Ostia denied"): nothing is judged.
    """
    if anchor.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("xcomp", "ccomp") for c in anchor.children):
            return None  # "..., which Y urged to withdraw": the relative names whom the verb acts on, asks or tells
        verb, roles = anchor, {"dobj", "nsubjpass"}  # the renamed act is what the verb judges
    elif anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB" and anchor.head.lemma_.lower() in undergoing_verbs():
        verb, roles = anchor.head, {"nsubj"}  # "which drew criticism from Y": the renamed act draws the judgement
    else:
        return None
    denied = anchor.i == verb.i and verb.lemma_.lower() in _DENY_FACT  # "..., which Y denied": disputed, no one judged
    if (noun := _renamed_noun(ctx, verb, roles)) is not None:
        return [] if denied else _clause_doers(ctx, noun)
    if anchor.i != verb.i and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        # "X expelled Y's envoys, drawing condemnation from Y": a participle of consequence set off after the clause
        return _clause_doers(ctx, verb.head) if verb.dep_ == "acl" else None
    if _clausal_relative(verb, roles) is None or _judged_for_itself(ctx, verb, verb.head):
        return None
    return [] if denied else _clause_doers(ctx, verb.head, relative=True)


def renamed_act_doers(ctx: _Context, phrase: Token) -> list[Arg] | None:
    """The doers of the renamed act an evaluative verb labels, or None when the phrase renames no act after its clause:
    "Norland expelled two envoys, a step Ostia called unfriendly" (the noun "step"), "..., which Ostia described as
    hostile" (the relative "which"), "..., a move that angered Ostia" (the feeling's cause "that": Norland)."""
    verb = phrase.head
    if phrase.lower_ in _RELATIVES and phrase.dep_ in ("dobj", "nsubjpass", "nsubj"):
        noun = _renamed_noun(ctx, verb, {phrase.dep_})
        if noun is not None:
            return _clause_doers(ctx, noun)
        if (relative := _clausal_relative(verb, {phrase.dep_})) is not None and relative.i == phrase.i and not _judged_for_itself(ctx, verb, verb.head):
            return _clause_doers(ctx, verb.head, relative=True)
        return None
    if renaming_noun(ctx, phrase) and _set_off(phrase) \
            and any(c.dep_ == "relcl" and c.i > phrase.i for c in phrase.children) and not noun_owners(ctx, phrase):
        return _clause_doers(ctx, phrase)
    return None
