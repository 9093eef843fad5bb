"""Evaluative speech acts of the ``patterns.v1`` extractor: an actor calls another one something.

"X called Y's demands unacceptable", "X described Y as a threat", "X branded Y's conduct as
reckless", "X regards Y as a key ally", "X said Y is a reliable partner": the evaluator is the
subject of the evaluating verb (or of the reporting verb), the evaluated actor is its object (or
the subject of the reported copula), and the label word says what the act is. A negative label is
a criticism (CAMEO 111), a positive one praise (051), an ally or strategic partner a
``strategicPartnerOf`` relation. Feelings are evaluations too: "X is appalled by Y's attack" is a
criticism of Y, "X is heartened by the choice Y made" praise of Y (the experiencer evaluates what
caused the feeling). The word lists are in ``_words``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract._arguments import Arg, _actors, _subjects_of_verb, name_after_verb
from kg.extract._context import _Context, _first_of, _is_reporting
from kg.extract._words import (
    _ALLY_LABELS,
    _CAUSE_PREPS,
    _DISMAYED,
    _CRIME_LABELS,
    _EVALUATING,
    _EVALUATING_AS,
    _HEARTENED,
    _NEGATIVE_LABELS,
    _POSITIVE_LABELS,
    _RELATIVE,
    _REPORTING,
    _REQUESTING,
    _STRATEGIC,
)


@dataclass(frozen=True)
class Evaluation:
    """One evaluative construction: who evaluates whom, as what, read off which verb."""

    verb: Token
    label: Token
    predicate: str  # criticizes, praises or strategicPartnerOf
    cameo: str | None
    subjects: list[Arg]
    objects: list[Arg]
    replaces_label: bool = True  # a feeling's cause ("appalled by the attack") keeps its own triggers

    @property
    def covered(self) -> set[int]:
        """Token indices of the label phrase, whose own triggers ("a threat", "an ally") this reading replaces."""
        return {t.i for t in self.label.subtree} if self.replaces_label else set()


def _sense(label: Token) -> tuple[str, str | None] | None:
    """The predicate and CAMEO code a label word stands for, if it is evaluative."""
    lemma = label.lemma_.lower()
    mods = {c.lemma_.lower() for c in label.children if c.dep_ in ("amod", "compound", "nmod")}
    if lemma in _ALLY_LABELS or (lemma == "partner" and mods & _STRATEGIC):
        return "strategicPartnerOf", None
    if lemma in _BLAMING and any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in label.children):
        return "accuses", "112"  # "said Y was responsible for the attack", "found Y guilty of": blame, not a quality
    if lemma in _CRIME_LABELS:
        return "accuses", "112"  # "called Y's offensive a genocide", "described the raid as a war crime"
    if lemma in _NEGATIVE_LABELS:
        return "criticizes", "111"
    if lemma in _POSITIVE_LABELS:
        return "praises", "051"
    if lemma in _LABEL_HEADS:
        # "a terrorist state", "a rogue regime", "a reliable country": a plain noun of a state takes the
        # sense of its evaluative modifier
        if mods & _NEGATIVE_LABELS:
            return "criticizes", "111"
        if mods & _POSITIVE_LABELS:
            return "praises", "051"
    if lemma in _ACT_HEADS:
        # "an act of aggression", "an act of piracy", "an act of war": an act named by what it is an act of
        kinds = {p.lemma_.lower() for c in label.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"}
        if kinds & _CRIME_LABELS:
            return "accuses", "112"
        if kinds & (_NEGATIVE_LABELS | _HOSTILE_ACTS_OF):
            return "criticizes", "111"
    return None


#: Nouns of an act that an "of" phrase qualifies ("an act of aggression"), and the acts of hostility that make such an
#: act a criticism besides the negative labels ("an act of war", "an act of piracy", "an act of sabotage").
_ACT_HEADS = {"act", "action", "deed"}
_HOSTILE_ACTS_OF = {"war", "piracy", "sabotage", "banditry", "vandalism", "hostility", "intimidation", "coercion", "revenge"}


#: Adjectives of blame with the act blamed ("responsible for the attack", "guilty of war crimes"), and the nouns and
#: verb of blame said of an actor ("Y bore responsibility for", "Y was to blame for"): an accusation.
_BLAMING = {"responsible", "guilty", "culpable", "accountable", "liable", "responsibility", "blame"}
#: Verbs of bearing a responsibility said of another ("Y bears full responsibility for ..."); not "take" or "claim",
#: which are the doer's own word for its act.
_BEARING = {"bear", "carry", "shoulder"}
#: Plain nouns of a state or its government that say nothing of it on their own ("a state", "a regime"), and plain
#: nouns of an act or a body ("a hostile act", "a welcome step", "a terrorist group"), which take the sense of their
#: evaluative modifier.
_LABEL_HEADS = {"state", "country", "nation", "regime", "government", "power", "actor", "neighbour", "neighbor",
                "act", "action", "move", "step", "measure", "gesture", "group", "organisation", "organization"}


def _target(ctx: _Context, phrase: Token) -> list[Arg]:
    """Actors an evaluated phrase stands for: "Y", "Y's conduct", "the decision by Y"."""
    if phrase.lower_ in _RELATIVE:
        return []  # "..., which X described as a provocation": what "which" stands for is not read here
    found = _actors(ctx, phrase, 0.9)
    if found:
        return found
    for child in phrase.children:
        if child.dep_ == "poss":
            return _actors(ctx, child, 0.85)
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            for pobj in _first_of(list(child.children), {"pobj"}):
                if found := _actors(ctx, pobj, 0.8):
                    return found  # "the shelling of the village by Y": the first phrase naming an actor
    return []


def _labels(verb: Token, target: Token) -> list[Token]:
    """Label words of an evaluating verb: "as a threat", an object predicate, a trailing adjective."""
    labels: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            labels += [g for g in child.children if g.dep_ in ("pobj", "amod", "acomp", "advmod")]
        elif child.dep_ in ("oprd", "acomp") or (child.dep_ in ("dobj", "ccomp") and child is not target and child.i > target.i):
            labels.append(child)
    # "called Y's demands unacceptable": a predicative adjective parsed as the object's modifier (or adverb); "described Y's launch
    # as a threat", "called Y's launch a provocation": the label hung on the object (a noun the parse reads as a verb)
    labels += [c for c in target.children if c.dep_ in ("amod", "dobj", "advmod") and c.i > target.i]
    # "called Y's blockade a crime": the label read as an apposition, with no comma ("called Y's envoy, a friend" is one)
    labels += [c for c in target.children if c.dep_ == "appos" and c.i > target.i and c.doc[c.left_edge.i - 1].text != ","]
    labels += [g for c in target.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return labels


_FEELINGS = _DISMAYED | _HEARTENED


def _feelings(ctx: _Context, sent: Span) -> Iterator[Evaluation]:
    """ "X is appalled by Y's attack", "X was heartened by Y's offer": the experiencer evaluates the cause."""
    for feeling in ctx.tokens(sent):
        lemma = ctx.lemmas[feeling.i]
        if lemma not in _FEELINGS and feeling.lower_ not in _FEELINGS:
            continue  # the word test first: it reads no tagger label
        low = feeling.lower_
        if feeling.pos_ not in ("VERB", "ADJ"):
            continue
        if lemma in _REQUESTING and any(c.dep_ in ("xcomp", "ccomp") for c in feeling.children):
            continue  # "Y was encouraged by X to join", "I encourage Y to work with Z": a request
        if feeling.pos_ == "VERB" and (felt := _first_of(list(feeling.children), {"dobj"}) or name_after_verb(feeling)):
            # "Y's decision angered X", "the attack by Y outraged X": the object feels, about what the subject names
            causes = _first_of(list(feeling.children), {"nsubj"})
            subjects = _actors(ctx, felt[0], 0.9)
            objects = [a for cause in causes[:1] if ctx.mention(cause) is None for a in _target(ctx, cause)]
            objects = [o for o in objects if all(o.entity.key != s.entity.key for s in subjects)]
            if subjects and objects:
                dismayed = bool({lemma, low} & _DISMAYED)
                yield Evaluation(feeling, feeling, "criticizes" if dismayed else "praises", "111" if dismayed else "051", subjects, objects, replaces_label=False)
            continue  # "the news shocked X": the subject causes the feeling, it does not feel it
        verb = feeling.head if feeling.dep_ == "acomp" or feeling.pos_ != "VERB" else feeling
        experiencers = _first_of(list(feeling.children), {"nsubjpass", "nsubj"})
        if not experiencers and feeling.dep_ == "acomp":
            experiencers = _first_of(list(verb.children), {"nsubj"})  # "X is appalled by ...", the participle as a complement
        causes = [p for c in feeling.children if c.dep_ in ("prep", "agent") and c.lower_ in _CAUSE_PREPS for p in c.children if p.dep_ == "pobj"]
        if not experiencers or not causes or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = _actors(ctx, experiencers[0], 0.9)
        objects = [a for cause in causes[:1] for a in _target(ctx, cause)]
        dismayed = bool({lemma, low} & _DISMAYED)
        if subjects and objects:
            yield Evaluation(verb, feeling, "criticizes" if dismayed else "praises", "111" if dismayed else "051", subjects, objects, replaces_label=False)


def evaluations(ctx: _Context, sent: Span) -> Iterator[Evaluation]:
    """The evaluative constructions of a sentence."""
    yield from _feelings(ctx, sent)
    for verb in ctx.tokens(sent):
        lemma = ctx.lemmas[verb.i]
        if (lemma not in _EVALUATING and lemma not in _REPORTING and lemma not in _EVALUATING_AS) or verb.pos_ != "VERB":
            continue  # neither evaluating nor reporting (_is_reporting): nothing to read, the word tested first
        readings: list[tuple[Token, Token]] = []  # (evaluated phrase, label)
        if lemma in _EVALUATING_AS:
            # "sees Y as a key partner", "perceives Y as a threat": only the "as" label evaluates
            targets = _first_of(list(verb.children), {"dobj"})
            readings += [(targets[0], g) for c in verb.children if targets and c.dep_ == "prep" and c.lower_ == "as"
                         for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        elif lemma in _EVALUATING:
            targets = _first_of(list(verb.children), {"dobj"})
            if targets:
                readings += [(targets[0], label) for label in _labels(verb, targets[0])]
            predicatives = [c for c in verb.children if c.dep_ == "oprd"]
            if not targets and len(predicatives) >= 2:
                # "called Y's offensive a genocide": the parse may read both nouns as predicatives, the first evaluated
                readings.append((predicatives[0], predicatives[-1]))
            if not targets:
                # "called the Sudian seizure a crime": or the first as a predicative whose object is the label
                readings += [(p, label) for p in predicatives if p.pos_ == "NOUN" for label in p.children if label.dep_ == "dobj"]
            for comp in verb.children:
                # "considers Y a friend": the small clause is parsed as a clause whose subject is Y ("called Y's decision
                # unacceptable": or as a predicative with a subject of its own)
                if comp.dep_ in ("ccomp", "oprd") and comp.pos_ in ("NOUN", "ADJ"):
                    said_of = _first_of(list(comp.children), {"nsubj"})
                    if not said_of and comp.dep_ == "oprd" and not targets:
                        said_of = [c for c in comp.children if c.dep_ == "compound" and c.i < comp.i][:1]  # "called Y unacceptable"
                    readings += [(s, comp) for s in said_of]
                if comp.dep_ in ("ccomp", "xcomp") and (labels := _first_of(list(comp.children), {"dobj"})):
                    # "branded Y's move a violation", "called Y's drilling a provocation": a possessed act read as a clause
                    # whose object is the label; the evaluated is its subject, the verb's object or the act itself
                    said_of = _first_of(list(comp.children), {"nsubj"}) or targets or [comp]
                    readings += [(said_of[0], label) for label in labels]
        elif _is_reporting(verb):
            # "X said Y is a threat to the region"
            for comp in verb.children:
                if comp.dep_ == "ccomp" and comp.lemma_.lower() == "be":
                    said_of = _first_of(list(comp.children), {"nsubj"})
                    readings += [(said_of[0], a) for a in comp.children if said_of and a.dep_ in ("attr", "acomp")]
                    # "X said Y was to blame for the crisis"
                    readings += [(said_of[0], a) for a in comp.children if said_of and a.dep_ == "xcomp" and a.lemma_.lower() == "blame"]
                elif comp.dep_ == "ccomp" and comp.lemma_.lower() in _BEARING:
                    # "X said Y bore full responsibility for the crisis": the one said to bear the blame is accused
                    said_of = _first_of(list(comp.children), {"nsubj"})
                    readings += [(said_of[0], o) for o in comp.children if said_of and o.dep_ == "dobj" and o.lemma_.lower() in ("responsibility", "blame")]
        for phrase, label in readings:
            sense = _sense(label)
            if sense is None:
                continue
            objects = _target(ctx, phrase)
            evaluators = _subjects_of_verb(ctx, verb)
            if objects and evaluators:
                yield Evaluation(verb, label, sense[0], sense[1], evaluators, objects)
