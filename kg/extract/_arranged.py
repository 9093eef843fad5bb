"""Events arranged by a third party (private to ``patterns.v1``): "X hosted talks between Y and Z".

One who hosts, convenes or sponsors talks between two others is no party to them: it mediates between the sides
(CAMEO 045; PETRARCH2 "HOST * TALKS (BETWEEN)", "FINANCE * TALKS" whose verb is SPONSOR), while the sides meet each
other through the talks' own noun. The verb's subject is the mediator only when the sides are named apart from it
(the ``third_party`` of a lexicon trigger, :class:`kg.extract.lexicon.Trigger`):

* a "between" phrase of the event's noun, or of the verb the parse hangs it on: "X hosted talks between Y and Z",
  "talks between Y and Z hosted by X", "the X-hosted talks between Y and Z";
* a hyphenated pair before the noun: "X hosted the Y-Z talks" (or more: "the Y-Z-W talks");
* the members a gathering's "of" phrase lists: "X hosted a summit of Y, Z and W", "X convened a meeting of the
  leaders of Y and Z" (``_arguments.gathering_parties``);
* the sides of talks an earlier sentence names, for a definite noun: "Y and Z held talks. The talks were hosted by X."
  (``_discourse.earlier_meeting_sides``);
* the holders of the event, when the verb is a participle of its noun: "Y and Z resumed talks hosted by X", "in talks
  hosted by X, Y and Z agreed to ..." (``_constructions._mediated_sides``, shared with "talks mediated by X").

* the coordinated direct object of a verb whose particle gathers them: "X brought together Y and Z", "X brought Y and Z
  together for talks" (:func:`gathered_sides`).

Not "X hosted talks with Y" (X is a party: a meeting) nor "X hosted the talks" (no sides): the next trigger on the verb
is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract._arguments import Arg, _actors, _hyphen_pair, _hyphenated, gathering_of, gathering_parties, hyphen_sides
from kg.extract._context import _Context
from kg.extract._discourse import earlier_meeting_sides
from kg.extract._interrupted import interrupted_before

#: Nouns that count events ("a round of talks", "a series of consultations").
_COUNTS = {"round", "series", "cycle", "session"}
#: Dependencies of a participle on the event noun it names ("talks hosted by X", "the X-hosted talks").
_PARTICIPLES = ("acl", "amod", "relcl")


def arranged_event(verb: Token, children: Sequence[Token], words: Sequence[str]) -> Token | None:
    """The event noun a third party's verb arranges: its object ("hosted talks", "talks were hosted by X") or the noun
    its participle modifies ("talks hosted by X", "the X-hosted talks"), when it is one of ``words``."""
    for child in children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        # "hosted a new round of talks": a count of events stands for them
        for noun in (child, *(p for c in child.children if c.dep_ == "prep" and c.lower_ == "of" and child.lemma_.lower() in _COUNTS
                               for p in c.children if p.dep_ == "pobj")):
            if noun.lemma_.lower() in words or noun.lower_ in words:
                return noun
    head = participle_head(verb)
    if head is not None and (head.lemma_.lower() in words or head.lower_ in words):
        return head
    return None


def participle_head(verb: Token) -> Token | None:
    """The noun a participle names the event of: "talks hosted by X", "the X-hosted talks" (hyphenated to its doer),
    "talks between Y and Z hosted by X" (the parse may hang the participle on the last side)."""
    if verb.dep_ not in _PARTICIPLES or verb.tag_ != "VBN" or (verb.dep_ == "amod" and not _hyphenated(verb)):
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    # "talks between Y, represented by its envoy, and Z, hosted by X": the parse may not make Z Y's conjunct
    if head.dep_ != "pobj":
        head = interrupted_before(head) or head
    if head.dep_ == "pobj" and head.head.lower_ == "between" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    return head if head.i != verb.i and head.pos_ in ("NOUN", "PROPN") else None


def _between(token: Token) -> list[Token]:
    """The objects of a token's own "between" phrases."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]


def _nouns(event: Token) -> list[Token]:
    """The event noun and the count of it the parse may hang its phrases on ("a round of talks between Y and Z")."""
    if event.dep_ == "pobj" and event.head.lower_ == "of" and event.head.head.lemma_.lower() in _COUNTS:
        return [event, event.head.head]
    return [event]


#: Verbs whose subject stays away from the event that is their object, or only judges it ("India snubbed the summit
#: hosted by Y", "X boycotted the talks hosted by Y", "X condemned the meeting hosted by Y"): no side of it.
_STAYING_AWAY = {"snub", "boycott", "skip", "shun", "avoid", "miss", "ignore", "reject", "refuse", "decline", "oppose",
                 "criticise", "criticize", "condemn", "denounce", "dismiss", "question", "doubt"}


def _held(event: Token) -> bool:
    """Whether an event noun is held by two or more subjects of a verb: its object ("Y and Z resumed talks"; not "X
    snubbed the summit": :data:`_STAYING_AWAY`; "X attended the summit hosted by Y" names one side, no mediation) or
    the object of its preposition ("in talks ..., Y and Z agreed")."""
    if event.dep_ == "dobj":
        verb = event.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _STAYING_AWAY:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.conjuncts or s.tag_ in ("NNS", "NNPS") for s in subjects)
    # (the parse may hang the sides on the host: "In talks hosted by Q, Y and Z agreed")
    return event.dep_ == "pobj" and event.head.dep_ == "prep" and event.head.head.pos_ in ("VERB", "AUX")


def _gathered(children: Sequence[Token], words: Sequence[str]) -> Token | None:
    """The direct object of a verb whose particle gathers it ("brought together Y and Z", "brought Y and Z together"),
    when the particle is one of ``words``."""
    # "brought Y and Z together on Monday": the parse may hang the particle on the verb's next preposition
    near = [*children, *(g for c in children if c.dep_ == "prep" for g in c.children)]
    if not any(c.dep_ in ("advmod", "prt") and c.lower_ in words for c in near):
        return None
    return next((c for c in children if c.dep_ == "dobj"), None)


def sides_named(verb: Token, children: Sequence[Token], words: Sequence[str]) -> bool:
    """Whether the sides of the event a third party's verb arranges are named apart from its subject (a "between"
    phrase, a hyphenated pair, the holders of the event its participle names, or coordinated objects gathered by a
    particle: "brought together Y and Z", not "brought together its ministers")."""
    if (gathered := _gathered(children, words)) is not None:
        return bool(gathered.conjuncts)
    event = arranged_event(verb, children, words)
    if event is None:
        return False
    if any(_between(n) for n in _nouns(event)) or _between(verb) or hyphen_sides(list(event.children)) is not None:
        return True
    if gathering_of(event):
        return True  # "X hosted a summit of Y, Z and W", "a meeting of the leaders of Y and Z": the gathering's members
    if event.head.i == verb.i:
        return _definite(event)  # "The talks were hosted by X": the sides of the talks an earlier sentence names
    return _held(event)


def _definite(event: Token) -> bool:
    """Whether an event noun is definite and bare ("the talks", "these negotiations"): it may stand for talks named
    before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in event.children) \
        and not any(c.dep_ in ("poss", "prep", "amod", "compound", "acl", "relcl") for c in event.children)


def arranged_sides(ctx: _Context, verb: Token, words: Sequence[str]) -> list[Arg]:
    """The sides of the event a third party's verb arranges named by a "between" phrase or a hyphenated pair ("X hosted
    talks between Y and Z", "X hosted the Y-Z talks"), when two or more are known; the holders of an event named by a
    participle are read with any mediation's (``_constructions._mediated_sides``)."""
    if (gathered := _gathered(list(verb.children), words)) is not None:
        return gathered_sides(ctx, gathered)
    event = arranged_event(verb, list(verb.children), words)
    if event is None:
        return []
    sides: list[Arg] = []
    for found in [*(a for p in [*(q for n in _nouns(event) for q in _between(n)), *_between(verb)] for a in _actors(ctx, p, 1.0)),
                  *_hyphen_pair(ctx, list(event.children)), *gathering_parties(ctx, event)]:
        if all(found.entity.key != s.entity.key for s in sides):
            sides.append(Arg(found.entity, found.score, "between", found.place))
    if not sides and event.head.i == verb.i and _definite(event):
        # "Y and Z held talks. The talks were hosted by X.": the sides of the earlier talks
        sides = [Arg(e, 0.75, "between") for e in earlier_meeting_sides(ctx, event)]
    # "hosted talks between its foreign minister and Y's": with one side known, the other may be the host itself
    return sides if len(sides) > 1 else []


def gathered_sides(ctx: _Context, gathered: Token) -> list[Arg]:
    """The sides a third party brings together, its coordinated direct object ("X brought together Y and Z", "X brought
    Y and Z together for talks"), when two or more are known actors."""
    sides: list[Arg] = []
    for found in _actors(ctx, gathered, 1.0):
        if all(found.entity.key != s.entity.key for s in sides):
            sides.append(Arg(found.entity, found.score, "between", found.place))
    return sides if len(sides) > 1 else []
