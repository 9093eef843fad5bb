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
from functools import cache

from spacy.tokens import Span, Token

from kg.extract._arguments import Arg, _act_agents, _actors, _agents_after_patient, _subjects_of_verb, name_after_verb, noun_owners
from kg.extract._context import _Context, _first_of, _is_reporting
from kg.extract._renamed import renamed_act_doers, renaming_noun
from kg.extract._words import (
    _ACTOR_TYPES,
    _ALLY_LABELS,
    _CLAIM_NOUNS,
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
    judging_words,
)
from kg.gazetteer import speaks_for_itself
from kg.model import Entity, EntityType


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
    if lemma in _ALLY_LABELS or (lemma in ("partner", "partnership") and mods & _STRATEGIC):
        return "strategicPartnerOf", None
    if lemma in _BLAMING and any(c.dep_ == "prep" and c.lower_ in ("for", "of") for c in label.children):
        return "accuses", "112"  # "said Y was responsible for the attack", "found Y guilty of": blame, not a quality
    if lemma in _CRIME_LABELS:
        return "accuses", "112"  # "called Y's offensive a genocide", "described the raid as a war crime"
    if lemma in _negative_labels():
        return "criticizes", "111"
    if lemma in _POSITIVE_LABELS:
        return "praises", "051"
    if lemma in _LABEL_HEADS:
        # "a terrorist state", "a rogue regime", "a reliable country": a plain noun of a state takes the
        # sense of its evaluative modifier
        if mods & _negative_labels():
            return "criticizes", "111"
        if mods & _POSITIVE_LABELS:
            return "praises", "051"
    if lemma in _ACT_HEADS:
        # "an act of aggression", "an act of piracy", "an act of war": an act named by what it is an act of
        kinds = {p.lemma_.lower() for c in label.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"}
        if kinds & _CRIME_LABELS:
            return "accuses", "112"
        if kinds & (_negative_labels() | _HOSTILE_ACTS_OF | judging_words().qualities):
            return "criticizes", "111"
    return None


@cache
def _negative_labels() -> frozenset[str]:
    """The labels of a criticism: :data:`_NEGATIVE_LABELS` and the labels of condemnation and the insults of
    ``judgements.yaml``."""
    return frozenset(_NEGATIVE_LABELS) | judging_words().condemning | judging_words().insults


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
    if (renamed := renamed_act_doers(ctx, phrase)) is not None:
        return renamed  # "Y closed the port, a step X called unfriendly", "..., which X described as a provocation": Y
    if phrase.lower_ in _RELATIVE:
        return []  # a relative that renames no act after its clause is not read here
    if ctx.mention(phrase) is None and _an_act(ctx, phrase):
        return _act_doers(ctx, phrase)  # "the shelling of Z by Y", "Y's blockade": the doer, never the "of" patient
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


#: Nouns of a tie between states, whose "with" phrase names the other side ("relations with Y", "ties with Y").
_TIES = {"relation", "relations", "relationship", "tie", "ties", "link", "links", "partnership", "cooperation"}


def _state_of(ctx: _Context, arg: Arg) -> Arg:
    """A person's country in place of the person (a tie between states), other actors as they are."""
    if arg.entity.type is EntityType.PERSON and arg.entity.country and (country := ctx.country(arg.entity.country)) is not None:
        return Arg(country, arg.score)
    return arg


def _tie_partners(ctx: _Context, phrase: Token) -> list[Arg]:
    """The other side of a tie an evaluation names as a strategic one: "X described its relations with Y as a strategic
    partnership", "called ties with Y an alliance" (Y; the evaluator is the one side). Only for labels of a standing
    tie: "described relations with Y as excellent" praises no one."""
    if phrase.lemma_.lower() not in _TIES and phrase.lower_ not in _TIES:
        return []
    return [a for c in phrase.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"
            for a in _actors(ctx, p, 0.85)]


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


#: Plain nouns of what a party is like, that a wrongful modifier makes a quality shown ("the aggressive nature of Y",
#: "Y's hostile intentions").
_NATURE_HEADS = {"nature", "face", "character", "intention", "intent", "design", "ambition"}


def _an_act(ctx: _Context, noun: Token) -> bool:
    """Whether a noun names an act or a stance of someone: a noun of the lexicon's acts, of an act or a stance whose
    "of" names its doer, of a wrongful quality, of a claim or of a negative label ("interference"), or a noun in
    "-ing" ("the shelling", "the killing")."""
    words = judging_words()
    lemma = ctx.lemmas[noun.i]
    return noun.pos_ in ("NOUN", "PROPN") and (
        lemma in ctx.event_nouns or lemma in words.doer_of or lemma in words.qualities or lemma in _CLAIM_NOUNS
        or lemma in _NEGATIVE_LABELS or (noun.tag_ in ("NN", "NNS") and lemma.endswith("ing"))
    )


def _act_doers(ctx: _Context, noun: Token) -> list[Arg]:
    """Who does the act a judged noun names: its owners (``noun_owners``: "Y's blockade", "the Sudian raid", "the
    strikes by Y") or its "by" agent hung elsewhere (``_act_agents``, ``_agents_after_patient``: "the seizure of the
    ship by Y"); else its "of" phrase when that names the doer (:func:`_of_doer`: "the presence of Y's troops", "the
    support of Y"); else, with no "of" phrase, its "from" phrase ("the threat from Y"). Not a noun of no act ("Y's
    economy", "the flood"), nor the "of" patient of an act done to something ("the shelling of Y's city", "the
    killing of Y's soldiers"); a "from" after an "of" patient is left alone ("the withdrawal of troops from Y")."""
    if not _an_act(ctx, noun):
        return []
    agents = _act_agents(ctx, noun) or _agents_after_patient(noun, ctx.event_nouns, ctx)
    doers = noun_owners(ctx, noun) or [a for p in agents for a in _actors(ctx, p, 0.85) if a.entity.type in _ACTOR_TYPES]
    if doers:
        return doers
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    named = "of" if "of" in preps and _of_doer(ctx, noun) else "from" if "of" not in preps else None
    return [a for c in noun.children if c.dep_ == "prep" and c.lower_ == named for p in c.children if p.dep_ == "pobj"
            for a in _actors(ctx, p, 0.8) if a.entity.type in _ACTOR_TYPES]


def _of_doer(ctx: _Context, noun: Token) -> bool:
    """Whether a noun's "of" phrase names who acts, not what is acted on: a noun of presence or stance
    (``doer_of`` of ``judgements.yaml``), of a quality or a claim ("the brutality of Y", "the claims of Y"), or a
    noun of the lexicon's acts that is no hostile act ("the support of Y", "the visit of Y's president"); a hostile
    act ("the occupation of Y", "the shelling of Y's city") or an act in "-ing" ("the killing of Y's soldiers") acts
    on its "of" phrase."""
    words = judging_words()
    lemma = ctx.lemmas[noun.i]
    if lemma in words.doer_of or lemma in words.qualities or lemma in _CLAIM_NOUNS:
        return True
    return lemma in ctx.event_nouns and lemma not in ctx.hostile_nouns


def _party(entity: Entity) -> bool:
    """Whether a speaker is a party whose judgement is an act: a state, an organisation, a sector of a state, or a
    person with an office (not a commentator with no role, nor a country's firms or analysts: kg.gazetteer.speaks_for_itself)."""
    return entity.type in _ACTOR_TYPES and (entity.type is not EntityType.PERSON or bool(entity.role)) and not speaks_for_itself(entity)


def _judges(ctx: _Context, sent: Span, clause: Token) -> tuple[Token, list[Arg]]:
    """Who utters a judging clause, and the verb that says so: the subject of the reporting verb whose complement the
    clause is ("X said Y's raid was an outrage", "Y's raid is an outrage, X said"), else the speaker of the quotation
    or the lead-in paragraph holding it (:meth:`_Context.speaker`); a party only."""
    if clause.dep_ == "ccomp" and _is_reporting(clause.head):
        return clause.head, [a for a in _subjects_of_verb(ctx, clause.head) if _party(a.entity)]
    speaker = ctx.speaker(sent, clause)
    return clause, [Arg(speaker, 0.8)] if speaker is not None and _party(speaker) else []


def _unasserted(clause: Token) -> bool:
    """Whether a judging clause judges nothing as it stands: a supposition ("would be a disgrace", "if Y attacked, it
    would be a crime") or a denial ("was not a mistake")."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
        for c in clause.children
    )


def _judgements(ctx: _Context, sent: Span) -> Iterator[Evaluation]:
    """A speaker's copular or showing judgement of another party's act: "Y's blockade is an outrage", "the presence of
    Y's troops is a tragedy", "Y's strikes show the brutality of its government", "these raids demonstrate Y's
    cruelty" said by X (:func:`_judges`) criticize Y (CAMEO 111; a crime label accuses, a welcome step praises, as
    in :func:`_sense`).

    The judged subject must be an act with a doer (:func:`_act_doers`): "the flood was a tragedy", "Y's economy is a
    disaster" judge no one. A judgement under a reporting verb with a label :func:`_sense` reads is the reported
    copula of :func:`evaluations` ("X said Y is a threat"), not read twice; a label of misfortune ("a tragedy") is
    read here only, with an act's doer. A supposition or a denial ("would be an outrage", "is not a
    mistake") is not read (:func:`_unasserted`).
    """
    words = judging_words()
    for verb in ctx.tokens(sent):
        lemma = ctx.lemmas[verb.i]
        showing = lemma in words.showing and verb.pos_ == "VERB"
        if not showing and (lemma != "be" or verb.pos_ not in ("AUX", "VERB")):
            continue
        if _unasserted(verb):
            continue
        readings: list[tuple[Token, tuple[str, str | None], list[Arg]]] = []  # (label, sense, doers)
        subjects = _first_of(list(verb.children), {"nsubj"})
        if showing:
            for quality in _first_of(list(verb.children), {"dobj"}):
                mods = {c.lemma_.lower() for c in quality.children if c.dep_ == "amod"}
                if ctx.lemmas[quality.i] not in words.qualities and not (ctx.lemmas[quality.i] in _NATURE_HEADS and mods & _negative_labels()):
                    continue  # "the report shows the cost of the war": no wrongful quality
                owners = noun_owners(ctx, quality) or [
                    a for c in quality.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                    for a in _actors(ctx, p, 0.85) if a.entity.type in _ACTOR_TYPES
                ]
                if not owners and subjects:
                    # "Y's raids show contempt for the truce": the act's doer; "Y has shown contempt for ...": Y
                    owners = _act_doers(ctx, subjects[0]) or [a for a in _actors(ctx, subjects[0], 0.85) if a.entity.type in _ACTOR_TYPES]
                readings.append((quality, ("criticizes", "111"), owners))
        elif subjects:
            reported = verb.dep_ == "ccomp" and _is_reporting(verb.head)
            for label in (c for c in verb.children if c.dep_ in ("attr", "acomp")):
                sense = _sense(label)
                if sense is not None and reported:
                    continue  # "X said Y's raid was an outrage": the reported copula of evaluations()
                if sense is None and ctx.lemmas[label.i] in words.misfortunes:
                    sense = ("criticizes", "111")
                if sense is not None:
                    readings.append((label, sense, _act_doers(ctx, subjects[0])))
        if not any(doers for _, _, doers in readings):
            continue
        said, judges = _judges(ctx, sent, verb)
        for label, (pred, cameo), doers in readings:
            if doers and judges:
                yield Evaluation(verb if said is verb else said, label, pred, cameo, judges, doers)


def evaluations(ctx: _Context, sent: Span) -> Iterator[Evaluation]:
    """The evaluative constructions of a sentence."""
    yield from _feelings(ctx, sent)
    yield from _judgements(ctx, sent)
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
            if verb.dep_ == "relcl" and renaming_noun(ctx, verb.head) and not any(c.lower_ in _RELATIVE for c in verb.children):
                # "Y closed the port, a step X called unfriendly", "an action X called a provocation": the act renamed
                # is the object the clause leaves out (the parse may take a noun label for the object)
                readings += [(verb.head, label) for label in (targets or _labels(verb, verb.head))]
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
                if comp.dep_ == "ccomp" and comp.lemma_.lower() == "be" and not _unasserted(comp):
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
            if sense[0] == "strategicPartnerOf" and (partners := _tie_partners(ctx, phrase)):
                objects = partners  # "described its relations with Y as a strategic partnership": Y, not "its" owner
            evaluators = _subjects_of_verb(ctx, verb)
            if lemma in _REPORTING:
                # "X said Y is a threat": a judgement when X is a party, not a commentator with no office (_party)
                evaluators = [e for e in evaluators if _party(e.entity)]
            if sense[0] == "strategicPartnerOf":
                # a tie between states: a person who names it speaks for the state ("President X called Y an ally")
                evaluators = [_state_of(ctx, e) for e in evaluators]
                objects = [_state_of(ctx, o) for o in objects]
            if objects and evaluators:
                yield Evaluation(verb, label, sense[0], sense[1], evaluators, objects)
