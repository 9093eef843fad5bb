"""Modality of the ``patterns.v1`` extractor: how firmly a clause states its event, and which clauses state none."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract._words import (
    pledge_of,
    _TIME_WORDS,
    claiming_words,
    assuring_verb,
    helping_verb,
    disowning_verbs,
    _RANKS,
    _NOBODY,
    _AHEAD,
    _ASSURING,
    _PROMISING,
    _CALLED_OFF,
    _CEASE,
    _COLLAPSED,
    _CLAIM_NOUNS,
    _COMMITMENT_NOUNS,
    _COMMITTED,
    _DISPUTE,
    _DYAD_NOUNS,
    _HEDGES,
    _INTEND,
    _LIKELY,
    _MUST,
    _MUST_PERIPHRASTIC,
    _NEGATE,
    _POSSIBLE,
    _REPORTING,
    _REQUESTING,
    _SCARCELY,
    _SCHEDULED,
    _STRIVING,
    _SUPPOSE,
    _UNWILLING,
    _WILL,
    blocking_verbs,
    contest_intents,
    issued_documents,
)
from kg.extract.lexicon import Trigger
from kg.gazetteer import acts_for_state, sector_nouns, state_nouns
from kg.model import Modality
from kg.extract._readouts import is_bullet_start
from kg.nlp import text_of


def _prepared(verb: Token) -> bool:
    """Whether a verb is what its actor prepares or stands poised to do ("prepared to resume shelling")."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in ("prepare", "poise", "poised", "gear"):
            return True
    return False


def _ranked_doer(noun: Token) -> bool:
    """Whether a noun ranks a state among the doers of an act its infinitive names, which is then done: "X became the
    first country to recognise Y", "the latest member to ratify", "the only nation to vote against" (``_RANKS``)."""
    return (noun.lemma_.lower() in state_nouns() or noun.lemma_.lower() == "member") and any(
        c.dep_ == "amod" and c.lower_ in _RANKS for c in noun.children
    )


def intention_noun(verb: Token) -> Token | None:
    """The noun of an intent whose infinitive a verb is: "X's determination [to defeat] Y", "its resolve [to combat]
    Y", "in its efforts [to destroy] Y" (``intentions`` of ``kg/data/contests.yaml``), else None."""
    noun = verb.head
    if verb.dep_ not in ("acl", "xcomp", "relcl") or noun.i == verb.i or noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # (an infinitive the parse calls a relative clause has no subject of its own: "the strategy to destroy Y")
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    return noun if noun.lemma_.lower() in contest_intents()[0] or noun.lower_ in contest_intents()[0] else None


def _intent_stater(noun: Token) -> Token | None:
    """The verb whose object a noun of intent is, when it speaks of the intent as its subject's own: "X did not announce
    its plan to ...", "X denied any plan to ...". None for a subject noun ("X's resolve has never been stronger" says
    something else of the intent) and for another's intent named by its owner ("X rejected Y's plan to attack Z":
    Y's plan stands)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return None if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children) else verb


def _negates(word: Token) -> bool:
    """Whether a verb's dependent denies it: "not", "n't", "never"."""
    return word.dep_ == "neg" or word.lower_ in ("never", "not", "n't")


def _intent_denied(noun: Token) -> bool:
    """Whether a noun of intent is denied or dropped: "has no plan to attack Y", "did not announce its plan to ...",
    "abandoned its plan to attack Y"."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    verb = _intent_stater(noun)
    if verb is not None:
        if any(_negates(c) for c in verb.children):
            return True
        if verb.lemma_.lower() in _NEGATE:
            return True  # "denied any plan to attack Y"
    return noun_modality(noun) is Modality.NEGATED  # "abandoned its plan to attack Y"


def _hypothetical(sent: Sequence[Token], found: Sequence[tuple[Token, Trigger, Token]]) -> set[int]:
    """Token indices of clauses that state no event of their own.

    * a condition: "will withdraw unless President X arranged a ceasefire";
    * an infinitive that modifies a noun: "the right to fire on militants", "attempts to resolve
      the crisis", "a plan to attack";
    * the acts an actor is accused of: "accused Sudia of breaking the truce"
      (the accuser is not their subject, and the accusation is the event);
    * what is rejected: "Norland is opposed to (remains opposed to, is against) a Sudian inquiry"
      (proposed, not happening);
    * a clause on what a verb of blocking stops: "vetoed a resolution condemning Sudia", "blocked a
      statement that criticized Sudia" (never issued, :func:`_blocked`);
    * a clause opened by "for": "pressed for Sudia to lift the ban", "it is vital for Norland to
      sign" (wanted or needed, not done);
    * a condition opened by "in case" or "in the event (that)" (:func:`opened_condition`);
    * a condition put first by inversion: "Had Norland attacked Sudia, ...", "Were Norland to
      attack Sudia, ...", "... had it not signed the deal" (:func:`_inverted_condition`).
    """
    unreal: set[int] = set()
    # "X's determination to defeat Y", "in its efforts to destroy Y": an act of force its owner intends, "X's bid to
    # join Y": a membership it seeks (read with the modality of the noun, :func:`intention_noun`); an infinitive on
    # another noun, or of another act, is not read
    intended_force = {anchor.i for _, trigger, anchor in found if (trigger.predicate.category == "ASSAULT" or trigger.predicate.name == "memberOf") and intention_noun(anchor) is not None}
    for token in sent:
        if token.lower_ in _INVERTING and _inverted_condition(token):
            clause = token.head if token.dep_ in ("aux", "auxpass") else token
            unreal |= {t.i for t in clause.subtree}
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
            unreal |= {t.i for t in token.subtree}
        if token.dep_ in ("advcl", "ROOT") and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in token.children):
            # a condition, or one standing alone as a wish: "If only Norland had condemned the raids."
            unreal |= {t.i for t in token.subtree}
        elif token.pos_ in ("VERB", "AUX") and opened_condition(token):
            # "will deploy troops in case Y attacks its villages": the condition states no attack; the parse may make
            # it the root, with the main clause before it its complement ("X would welcome Z in case Y agrees")
            main = {t.i for c in token.children if c.dep_ == "ccomp" and c.i < token.i for t in c.subtree} if token.dep_ == "ROOT" else set()
            if token.dep_ != "ROOT" or main:
                unreal |= {t.i for t in token.subtree} - main
        if token.dep_ in ("acl", "relcl") and token.pos_ in ("VERB", "AUX") and _blocked(token.head):
            # "vetoed a resolution condemning Y", "blocked a statement that criticized Y": never issued
            unreal |= {t.i for t in token.subtree}
        if (token.dep_ in ("acl", "xcomp") or (token.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))) \
                and token.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children) and token.i not in intended_force \
                and not _ranked_doer(token.head):
            # "the right of Norlandic ships to board vessels", "a bid to end the dispute", "the mission to train Y's
            # soldiers" (an infinitive the parse may call a relative clause); not a comment set off inside it, which
            # the writer states ("X's decision to close the port, which Y criticised, ...": the criticism was made)
            unreal |= {t.i for t in token.subtree} - _set_off_comments(token)
    for _, trigger, anchor in found:
        category = trigger.predicate.category
        if category == "REQUEST" and anchor.pos_ in ("VERB", "AUX") and anchor.dep_ not in ("ROOT", "ccomp", "conj", "xcomp", "advcl") and is_bullet_start(anchor):
            # "- Invited President X to visit Y": in a bullet the parse may lose the request's complement;
            # an infinitive after the misparsed request on its line is what was asked for
            line_end = text_of(anchor.doc).find("\n", anchor.idx)
            unreal |= {t.i for t in sent if t.i > anchor.i and (line_end < 0 or t.idx < line_end) and t.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)}
        if category == "ACCUSE" and anchor.pos_ in ("VERB", "AUX"):
            for prep in anchor.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and any(c.dep_ in ("pcomp", "pobj") for c in prep.children):
                    unreal |= {t.i for c in prep.children if c.dep_ == "pcomp" for t in c.subtree}
                    # "of breaking the truce, shelling villages", "of bombing hospitals, ignoring the law and
                    # attacking Y" (the first act parsed as a noun): the list goes on (parsed as advcl)
                    unreal |= {t.i for c in anchor.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > prep.i for t in c.subtree}
        if category == "REJECT":
            # "is opposed to / remains opposed to / is against Y-ian mediation": the mediation is not happening
            holders = [anchor, *(c for c in anchor.children if c.dep_ == "acomp" and c.pos_ == "ADJ")]
            for child in (c for h in holders for c in h.children):
                nouns = [child] if child.dep_ in ("dobj", "nsubjpass") else [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in ("to", "against") else []
                unreal |= {n.i for n in nouns}
    return unreal


def _set_off_comments(clause: Token) -> set[int]:
    """Token indices of the relative clauses inside a clause that a comma and "which" set off ("..., which Y
    criticised"): a comment the writer states, whatever the clause they sit in states."""
    return {t.i for d in clause.subtree if d.dep_ == "relcl" and any(
        c.lower_ == "which" and c.i > 0 and c.doc[c.i - 1].text == "," for c in d.children) for t in d.subtree}


def _blocked(noun: Token) -> bool:
    """Whether a noun is what a verb of blocking stops ("vetoed a resolution", "a draft ... was blocked"):
    ``kg/data/blocked_acts.yaml``. The verb is not negated ("did not block the statement" let it pass)."""
    verb = noun.head
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ in ("dobj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in blocking_verbs()
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def issued_document(clause: Token) -> Token | None:
    """The document whose clause says what its issuer does, or None (``kg/data/issued_documents.yaml``).

    "a resolution condemning Y", "a statement that urges Y to ...": a participle or a relative clause whose
    subject is the relative word. A clause with a subject of its own ("a report that Y attacked Z") says what
    the document reports, not what it does.
    """
    if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
        return None
    noun = clause.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in issued_documents()[0]:
        return None
    if clause.dep_ == "acl" and clause.tag_ == "VBG":
        return noun
    if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children):
        return noun
    return None


def issuing_verb(noun: Token) -> Token | None:
    """The verb that issues a document ("adopted a resolution", "a statement was issued by X"), or None: a verb
    that reads, drafts or blocks the text issues nothing (``kg/data/issued_documents.yaml``)."""
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in issued_documents()[1]:
        return verb
    return None


def _issued_through(verb: Token) -> Token | None:
    """The issuing verb of the document whose clause (or a conjunct of it) ``verb`` is: "issued a statement
    condemning Y and urging Z to ..." -> "issued"."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and clause.head.i != clause.i:
        clause = clause.head
    noun = issued_document(clause)
    return issuing_verb(noun) if noun is not None else None


_RELATIVE_WORDS = {"which", "who", "that", "whom"}

#: Auxiliaries that open a condition when put before their subject: "Had X known", "Were X to attack",
#: "Should X attack".
_INVERTING = {"had", "were", "should"}


def _inverted_condition(word: Token) -> bool:
    """Whether a word opens a condition by inversion: "Had Norland attacked Sudia, ...", "Were Norland to
    attack Sudia, ...", "Should Norland attack Sudia, ...", "... had it not signed the deal".

    The auxiliary comes first in its clause and its subject after it; a clause that is the sentence's
    root is a question ("Had Norland attacked Sudia?"), not a condition, and is left to
    :func:`interrogative`.
    """
    if word.lower_ not in _INVERTING or word.tag_ not in ("VBD", "MD"):
        return False
    clause = word.head if word.dep_ in ("aux", "auxpass") else word
    if clause.dep_ == "ROOT" or clause.head.i == clause.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and word.i < c.i for c in clause.children) and not _were_to(word):
        return False
    first = next((t for t in clause.subtree if not (t.is_punct or t.dep_ == "cc")), None)
    return first is not None and first.i == word.i


def _were_to(word: Token) -> bool:
    """Whether "were" opens "were Y to V", which the parse may read as "were" with Y its attribute and V a complement
    ("would impose tariffs were Y to block exports"; or its adjectival complement)."""
    if word.lower_ != "were":
        return False
    doc = word.doc
    # the infinitive's "to" right after Y (the parse may hang the infinitive on "were" or on the main verb)
    return any(c.dep_ in ("attr", "acomp") and word.i < c.i and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].tag_ == "TO" for c in word.children)


#: Phrases that open a condition as "if" does (complex subordinators): "in case Y attacks", "in the event that Y
#: attacks", "in the event Y attacks". "in case of", "in the event of" take a noun and open no clause.
_CONDITION_OPENERS = (("in", "case"), ("in", "the", "event", "that"), ("in", "the", "event"))


def opened_condition(verb: Token) -> bool:
    """Whether a clause is a condition opened by a phrase before its subject: "(will respond) in case Y attacks",
    "in the event that Y resumes the drills".

    "took part in the event Y hosted" is a relative clause on the noun "event", no condition: without "that" the
    clause must not be the parse's relative clause, and with it "that" must be a conjunction, not the relative's
    object.
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i), None)
    if subject is None:
        return False
    start, doc = subject.left_edge.i, verb.doc
    for opener in _CONDITION_OPENERS:
        begin = start - len(opener)
        if begin < verb.sent.start or tuple(t.lower_ for t in doc[begin:start]) != opener:
            continue
        if opener[-1] == "that":
            return doc[start - 1].dep_ == "mark"
        return opener[-1] == "case" or verb.dep_ != "relcl"
    return False


#: Modals that, with a perfect ("would have signed", "should have condemned"), state what did not happen.
_COUNTERFACTUAL_MODALS = {"would", "should", "'d", "ought"}
#: Modals whose perfect may be a guess about the past ("could have shelled the town", "might have
#: signed"): counterfactual only beside a condition or a "but" that says what happened instead.
_OPEN_MODALS = {"could", "might"}


def _modal_perfect(verb: Token) -> str | None:
    """The modal of a verb's perfect ("would" in "would have sanctioned", "could" in "could have been
    vetoed"), or None."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    have = next((a for a in auxes if a.lower_ in ("have", "'ve") and a.tag_ == "VB"), None)
    if have is None:
        return None
    if verb.dep_ == "xcomp" and verb.head.lower_ == "ought":
        return "ought"  # "ought to have condemned": the modal governs the perfect infinitive
    return next((a.lower_ for a in auxes if a.tag_ == "MD" and a.i < have.i), None)


def _but_instead(verb: Token) -> bool:
    """Whether a verb has a condition or a "but" clause beside it: "could have vetoed the resolution but
    abstained", "could have sanctioned Sudia if it had wished", "might have won, had Norland attacked"."""
    for child in verb.children:
        if child.dep_ == "cc" and child.lower_ == "but" and any(c.dep_ == "conj" and c.i > child.i for c in verb.children):
            return True
        if child.dep_ in ("advcl", "ccomp") and (
            any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children)
            or any(_inverted_condition(t) for t in (child, *child.children))
        ):
            return True
    return False


def counterfactual(clause: Token | None) -> bool:
    """Whether a clause states what would, could or should have happened, and so did not:
    "Norland would have sanctioned Sudia had it ...", "Norland should have condemned Sudia",
    "Norland could have vetoed the resolution but abstained", "would have liked to sign a deal".

    A guess about the past ("Norland could have shelled the town", "may have signed a deal") is not
    one; it is read as possible. The clause is a trigger's verb or the verb whose argument its noun
    is; an infinitive, a purpose clause or a conjunct without its own tense shares its head's perfect
    ("would have sanctioned Sudia and expelled its envoy").
    """
    node = clause
    for _ in range(6):
        if node is None:
            return False
        modal = _modal_perfect(node)
        if modal in _COUNTERFACTUAL_MODALS or (modal in _OPEN_MODALS and _but_instead(node)):
            return True
        if modal is not None or node.head.i == node.i:
            return False
        own_tense = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in node.children)
        if not (node.dep_ in ("xcomp", "acomp") or _purpose_clause(node) or (node.dep_ == "conj" and not own_tense and node.tag_ not in ("VBD", "VBZ", "VBP"))):
            return False
        node = node.head
    return False


def _purpose_clause(verb: Token) -> bool:
    """Whether a verb heads an infinitive of purpose ("sent troops to help", "to deepen cooperation")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _asks(verb: Token) -> bool:
    """Whether a verb asks for an act: "urged", "asked", "demanded", "called on/for" (not "called to congratulate").

    An invitation is left out: "invited Y to come to the capital" offers a visit its host expects.
    """
    lemma = verb.lemma_.lower()
    if lemma not in _REQUESTING or lemma == "invite":
        return False
    return lemma != "call" or any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for") for c in verb.children)


#: Verbs of command: a state commanding its own forces orders its own act ("ordered its troops to withdraw").
_COMMANDING = {"order", "instruct", "direct", "command"}
#: Possessive pronouns that make the commanded forces the commander's own ("its troops", "their army").
_OWN = {"its", "their", "his", "her"}


def commands_own_forces(verb: Token) -> bool:
    """Whether a verb of command has the subject's own forces as its object: "X ordered its troops to withdraw from
    Y", "directed its navy to blockade Y". What the forces are told to do is then the commander's own intended act,
    not an act asked of another (as in "ordered Y's troops to leave")."""
    if verb.lemma_.lower() not in _COMMANDING:
        return False
    forces = sector_nouns()
    return any(
        c.dep_ == "dobj" and forces.get(c.lemma_.lower()) in ("military", "police") and any(p.dep_ == "poss" and p.lower_ in _OWN for p in c.children)
        for c in verb.children
    )


def requested(clause: Token | None) -> bool:
    """Whether a clause lies inside what a verb of asking asks for, at any depth of complements.

    "X urged Y to stop attacking Z", "called on Y to begin talks with Z", "demanded that Y begin talks
    with Z", "pressed Y to try to mediate", "asked Y to consider sanctioning Z": the act is asked for,
    neither done nor intended by its doer, and the asker is not its subject. The request itself is the
    event ("X demands Y"). ``clause`` is a trigger's verb, or the verb whose object its noun is
    (see :func:`requested_noun`).
    """
    node = clause
    for _ in range(6):
        if node is None or node.head.i == node.i or not (node.dep_ in ("xcomp", "ccomp", "conj") or _purpose_clause(node)):
            return False
        if node.dep_ != "conj" and _asks(node.head):
            return not commands_own_forces(node.head)
        node = node.head
    return False


def requested_noun(noun: Token) -> bool:
    """Whether an event noun is the object of an act asked for: "urged Y to resume negotiations",
    "demanded that Y begin talks with Z" (not "asked Y to finance the line, after talks with Z": a
    phrase of time may be parsed onto the asked-for verb, yet its event took place)."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "seek" and noun.head.pos_ == "VERB" and noun.lemma_.lower() in _HELP_SOUGHT:
        return True  # "sought Y's support": asked of Y, not (yet) given ("seek" is no verb of asking for a clause)
    return noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.pos_ in ("VERB", "AUX") and requested(noun.head)


#: Verbs that say what their subject is: "X is (remains, has become) a threat to Y".
_COPULAS = {"be", "remain", "become", "seem", "stay"}


def characterizes(noun: Token) -> bool:
    """Whether an act noun says what its subject is rather than what it did: "X is a threat to Y",
    "X remains a serious threat to Y's security", "has become a threat" (the writer's judgement of X,
    not a threat X made: PLOVER THREATEN is an explicit threat). "X's threat to Y", "issued a threat
    to Y" are acts.
    """
    return noun.dep_ in ("attr", "acomp") and noun.head.lemma_.lower() in _COPULAS


_AUXILIARIES = {"be", "do", "have", "will", "would", "can", "could", "shall", "should", "may", "might", "must"}


def interrogative(sent: Sequence[Token]) -> bool:
    """Whether a sentence is a direct question: "Will X sanction Y?", "Is X about to sign a deal with Y?",
    "Why did X attack Y?" (it asserts nothing). A statement ending in a question mark ("X attacked Y,
    but why?") is not one: the question opens with an auxiliary or a wh-word.
    """
    words = [t for t in sent if not t.is_space and not t.is_punct]
    marks = [t.text for t in sent if t.is_punct]
    if not words or not marks or marks[-1] not in ("?", '"', "”", "'") or "?" not in marks[-2:]:
        return False
    first = words[0]
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") or (first.pos_ == "AUX" and first.lemma_.lower() in _AUXILIARIES)


def _commits(token: Token) -> bool:
    """Whether a word states a devotion to an act: "committed", "pledged", or a noun "commitment", "determination"."""
    lemma = token.lemma_.lower()
    # "is determined to defeat Y", "are resolved to crush Y": a resolve (``resolved`` of ``kg/data/contests.yaml``)
    return lemma in _COMMITTED or (token.pos_ != "NOUN" and lemma in contest_intents()[1]) or (token.pos_ == "NOUN" and lemma in _COMMITMENT_NOUNS)


def _devoted(node: Token) -> bool:
    """Whether a node is the "to" of a devotion to an act: "committed [to] sending troops", "its commitment [to] supporting Y" (the act is intended)."""
    return node.dep_ == "prep" and node.lower_ == "to" and _commits(node.head) and any(c.dep_ == "pcomp" for c in node.children)


def collapsed(noun: Token) -> bool:
    """Whether an agreement named by a noun came to nothing: "the X-Y accord collapsed", "a failed deal",
    "Norland scuttled the treaty" (not "the talks collapsed", which still took place: only agreements ask)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    governors = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.tag_ in ("VBN", "VBD", "JJ") and c.i < noun.i]
    if noun.dep_ in ("nsubj", "dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        governors.append(noun.head)
    return any(v.lemma_.lower() in _COLLAPSED for v in governors)


def amount_of(noun: Token) -> Token | None:
    """The sum of money that an act's noun measures: "$500 million in aid" (the phrase hung on the sum), "provided
    2 billion yen in assistance" (hung on the verb whose object is the sum), or the measure of acts it counts: "a
    fresh round of sanctions", "a wave of air strikes" ("a package of sanctions": see _words._CARRIERS). The sum or
    the measure is then the act's noun phrase; so is a sum "of" the act ("20 million pounds of support")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and noun.head.head.lemma_.lower() in _MEASURES:
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _sum(holder := noun.head.head) and holder.lemma_.lower() not in _TIME_WORDS:
        return holder  # "announced 20 million pounds of humanitarian support for Y" (not "30 years of relations")
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    holder = noun.head.head
    if _sum(holder):
        return holder
    if holder.pos_ in ("VERB", "AUX"):
        return next((c for c in holder.children if c.dep_ == "dobj" and _sum(c)), None)
    return None


#: Nouns that count acts of one kind ("a round of sanctions", "a wave of strikes", "a barrage of missiles").
_MEASURES = {"round", "wave", "set", "raft", "series", "batch", "slew", "spate", "flurry", "barrage", "volley",
             "salvo", "string", "tranche"}


def _sum(token: Token) -> bool:
    """Whether a noun phrase's head is a sum: a money entity ("$5 million") or a counted currency the tagger missed
    ("40 million euros")."""
    if token.pos_ not in ("NOUN", "NUM", "SYM", "PROPN"):
        return False
    return token.ent_type_ == "MONEY" or any(c.dep_ in ("nummod", "compound", "quantmod") and (c.like_num or c.ent_type_ == "CARDINAL") for c in token.children)


#: Verbs that stop a standing part one takes ("suspended its membership", "froze its participation in the bloc"), and
#: the nouns of such parts; a stopped act of another kind is read by its own trigger ("suspended talks": CAMEO 16).
_SUSPENDING = {"suspend", "freeze", "end", "halt", "terminate", "renounce", "quit", "cease"}
_STANDING_PARTS = {"membership", "participation", "involvement"}
#: Help one seeks from another, which "seek" asks for rather than gives (the nouns of the "seek" entry of demands in
#: kg/data/lexicon.yaml); "seeks closer cooperation with Y" is an intent of one's own.
_HELP_SOUGHT = {"support", "help", "aid", "assistance", "backing", "loan", "funding", "financing", "protection", "weapon", "arm", "bailout"}
#: Verbs of weighing an act still undecided ("is considering imposing sanctions", "mulls sending troops",
#: "discussed sending troops").
_WEIGHING = {"consider", "weigh", "mull", "contemplate", "ponder", "explore", "study", "debate", "discuss", "eye"}
#: Passives of hearsay: what their subject "is said (believed, reported) to have done" is not asserted.
_HEARSAY = {"say", "believe", "report", "think", "rumour", "rumor", "allege", "suppose", "understand", "suspect"}
#: Nouns that bundle acts named by their modifier ("an aid package", "a sanctions bill").
_PACKAGES = {"package", "bill", "plan", "programme", "program", "deal", "proposal", "scheme"}


#: Verbs of asking for or striving for a standing one does not hold yet ("sought membership of Y", "applied for Y
#: membership", "pressed for membership in Y").
_SEEKING = {"seek", "want", "request", "apply", "bid", "push", "press", "lobby", "campaign", "ask"}


def sought_standing(noun: Token) -> Token | None:
    """The verb that asks for a membership or a participation still to be had ("Y applied for membership of O", "Y
    seeks O membership", "Y pushed for membership in O"), or None. Its subject is the one to be a member."""
    if noun.lemma_.lower() not in _STANDING_PARTS:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _SEEKING else None


def noun_modality(noun: Token) -> Modality | None:
    """The modality a verb or participle gives the event a noun names: called off ("cancelled the summit",
    "the visit was called off", "a scrapped meeting") is negated; put ahead ("the talks are planned for
    June", "postponed the visit", "a proposed summit") is intended; None when neither says anything."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    governors = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.tag_ in ("VBN", "VBD", "JJ") and c.i < noun.i]
    noun = amount_of(noun) or noun  # "pledged $5 million in aid": the sum's verb governs the act
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in _PACKAGES:
        noun = noun.head  # "blocked the aid package", "approved the sanctions bill": the package's verb governs the act
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        governors.append(noun.head)
    if (assuring := assuring_verb(noun)) is not None:
        governors.append(assuring)  # "assured Y of its support": promised
    lemmas = {
        v.lemma_.lower() for v in governors
        # "called the talks useful": only "called off" calls an event off
        if v.lemma_.lower() != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)
    }
    if lemmas & _CALLED_OFF:
        return Modality.NEGATED  # "scrapped its planned talks": called off wins
    if lemmas & _SUSPENDING and noun.lemma_.lower() in _STANDING_PARTS:
        return Modality.NEGATED  # "froze its participation in the bloc", "suspended its membership": no longer taking part
    if sought_standing(noun) is not None:
        return Modality.INTENDED  # "applied for membership of Y": asked for, not held
    if _proposed(noun):
        return Modality.INTENDED  # "a Y-ian proposal for joint patrols": put forward, not done
    if _disowned(noun):
        return Modality.NEGATED  # "denied responsibility for the strike on Y": the claim denied
    if pledge_of(noun) is not None:
        return Modality.INTENDED  # "X's pledge of aid to Y": the act pledged is still to come
    # "pledged aid to Y", "promised a loan": an act promised is intended (kg.extract._words._PROMISING)
    return Modality.INTENDED if lemmas & (_AHEAD | _PROMISING | _ASSURING) else None


#: Nouns of an act put forward and not yet done ("a proposal for joint patrols", "an offer of joint exercises").
_PROPOSALS = {"proposal", "offer", "suggestion", "idea", "plan", "overture"}


def _proposed(noun: Token) -> bool:
    """Whether an act is what a noun of proposing puts forward: "turned down a Y-ian proposal for joint patrols", "is
    studying an offer from Y of joint exercises", "Y's plan for a joint task force" (the act is intended, whoever
    answers the proposal)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of"):
        return False
    holder = noun.head.head
    return holder.pos_ == "NOUN" and holder.lemma_.lower() in _PROPOSALS


def _disowned(noun: Token) -> bool:
    """Whether an act is the one a verb of disowning denies answering for: "X denied responsibility for the strike on Y",
    "X rejected responsibility for the shelling of Y" (``disowning`` of ``kg/data/event_doers.yaml``), also with the
    "for" phrase hung on the verb."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    _, _, owned = claiming_words()
    holder = noun.head.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in owned and holder.dep_ == "dobj":
        verb = holder.head
    elif holder.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in owned for c in holder.children):
        verb = holder
    else:
        return False
    return verb.lemma_.lower() in disowning_verbs()


def _disputed_claim(clause: Token) -> bool:
    """Whether a clause is the content of a claim that its governing verb disputes.

    "Y rejected claims that it had attacked Z", "denied reports that it would recall its envoy",
    "dismissed Z's allegation that its jets bombed a town", "the accusations that Y shelled Z were
    refuted by Y": the act is denied, as in "denied that it had attacked Z" (negated), not asserted.
    A claim that is confirmed or only repeated ("confirmed reports that ...") is left as it is.
    """
    noun = clause.head
    if noun.i == clause.i or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CLAIM_NOUNS:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    # a content clause may be parsed as a relative one ("claims that X had attacked Y were rejected"):
    # its "that" is then a marker, not the relative pronoun
    if not (clause.dep_ in ("acl", "ccomp", "appos") or (clause.dep_ == "relcl" and marked)):
        return False
    if not (marked or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return False  # "the claim to the islands": no clause of its own
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _DISPUTE


def _claim_comment(verb: Token) -> bool:
    """Whether a verb comments on a claim the clause before it made, with the claim's noun before its subject: "X accused
    Y of arming Z, an allegation Y denies", "..., claims Y has rejected", "..., a charge Y rejects" (the parse may make
    the clause before the comment's complement)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in _CLAIM_NOUNS and t.i < s.i for s in subjects for t in s.subtree)


def _ceased(verb: Token) -> bool:
    """Whether a verb is the gerund of an act its head ends: "stopped supporting Y", "ceased shelling Y",
    "halted funding Y" (not "stopped to refuel", an infinitive of purpose)."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.i != verb.i and verb.head.lemma_.lower() in _CEASE


def _open_question(clause: Token) -> bool:
    """Whether a clause is an open question: "it is unclear whether X will sanction Y", "X has not
    decided whether to sanction Y", "diplomats wonder if X will expel the envoy" (not a condition:
    "will withdraw if X attacks" is an adverbial clause, read by :func:`_hypothetical`)."""
    return any(
        c.dep_ == "mark" and (c.lower_ == "whether" or (c.lower_ == "if" and clause.dep_ in ("ccomp", "csubj")))
        for c in clause.children
    )


def _modality(verb: Token | None) -> Modality:
    """Modality of a clause from its auxiliaries, negation and governing verbs, and of a document's act from the
    verb that issues the document ("failed to adopt a resolution condemning Y": negated; "will issue a statement
    urging Y to ...": intended)."""
    own = _clause_modality(verb)
    if own is Modality.ASSERTED and verb is not None and (issuer := _issued_through(verb)) is not None:
        return _modality(issuer)
    return own


def _clause_modality(verb: Token | None) -> Modality:
    """Modality of a clause from its auxiliaries, negation and governing verbs.

    A near miss or a rarity ("nearly attacked", "seldom criticizes") denies a clause. A hedging adverb
    ("allegedly", "reportedly", "probably"), a word of likelihood ("is unlikely to") or
    a third party's belief or fear ("worries that Y will") makes a clause possible; unwillingness
    ("is reluctant to") denies it; a schedule ("is due to", "is set to") makes it intended. An open
    question (:func:`_open_question`) is possible whatever its governing words say ("it is not
    clear whether X will attack Y" neither denies the attack nor states an intent), unless the
    question's own clause is negated.
    """
    if verb is None:
        return Modality.ASSERTED
    if _ceased(verb):
        # "stopped supporting Y", "decided to stop shelling Y": the act no longer holds; "never stopped
        # attacking Y": it goes on; "may stop funding Y": it may end
        ending = _modality(verb.head)
        return {Modality.NEGATED: Modality.ASSERTED, Modality.POSSIBLE: Modality.POSSIBLE}.get(ending, Modality.NEGATED)
    chain = [verb]
    node = verb
    others: set[int] = set()
    # "eager to trade with Sudia to grow both economies", "willing to send ships to help guard
    # the strait": a purpose clause shares the intent of the clause it serves
    while not _open_question(node) and (node.dep_ in ("xcomp", "ccomp", "acomp", "conj", "pcomp") or _purpose_clause(node) or _devoted(node)) and node.head.i != node.i and len(chain) < 6:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING:
            break
        if node.dep_ == "ccomp" and node.i < node.head.i and _claim_comment(node.head):
            break  # "X accused Y of arming Z, an allegation Y denies": a comment on the claim, which was made
        if node.dep_ == "conj" and node.tag_ in ("VBD", "VBZ", "VBP"):
            break  # "will provide funding and reaffirmed support": a finite conjunct has its own tense
        if node.dep_ in ("ccomp", "xcomp") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE_WORDS for c in node.children):
            # "Experts expect China to invest", "the US wants Russia to release ...": the governing
            # verb's subject expects or wishes it; the act is possible, not its actor's stated intent
            others.add(node.head.i)
        helper = helping_verb(node) if node.dep_ == "pcomp" else None
        node = helper if helper is not None else node.head  # "will assist in arming Y": the helping verb's auxiliaries
        chain.append(node)
    if _disputed_claim(chain[-1]):
        return Modality.NEGATED  # "rejected claims that it had attacked Z"
    if (intent := intention_noun(chain[-1])) is not None:
        if _intent_denied(intent):
            return Modality.NEGATED  # "has no plan to attack Y", "abandoned its plan to attack Y"
        chain.append(intent)  # "X's determination to defeat Y": intended (and a hedge on the noun's verb is read too)
        if (stater := _intent_stater(intent)) is not None:
            chain.append(stater)
        intended_by_noun = True
    else:
        intended_by_noun = False
    possible = _open_question(chain[-1])
    intended = intended_by_noun
    for v in chain:
        lemma = v.lemma_.lower()
        if v.i != verb.i and (lemma == "exclude" or (lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children))):
            # "ruled out sending troops": denied; "has not ruled out (refused to rule out) sending troops": possible
            denied = any(_negates(c) for c in v.children) or any(w.lemma_.lower() in _NEGATE for w in chain[chain.index(v) + 1:])
            return Modality.POSSIBLE if denied else Modality.NEGATED
        if v.i != verb.i and lemma in _WEIGHING:
            possible = True  # "is considering imposing sanctions on Y", "mulls sending troops": weighed, not done
        for child in v.children:
            low = child.lower_
            if _negates(child):
                return Modality.NEGATED
            if child.dep_ in ("nsubj", "nsubjpass") and nobody(child):
                return Modality.NEGATED  # "Neither X nor Y has accepted the ruling", "no country recognised the vote"
            if child.dep_ == "dobj" and any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in child.children):
                return Modality.NEGATED  # "accepted neither the ruling nor the mediation"
            if child.dep_ == "advmod" and low in _SCARCELY and not (child.i + 1 < len(child.doc) and child.doc[child.i + 1].pos_ == "ADV"):
                return Modality.NEGATED  # "nearly attacked Y", "seldom criticizes Y" (not "nearly always criticizes Y")
            if child.dep_ == "aux":
                if low in _POSSIBLE:
                    possible = True
                elif low in _WILL:
                    intended = True
            elif child.dep_ == "advmod" and low in _HEDGES:
                possible = True  # "X allegedly shelled Y", "reportedly signed a deal"
        if v.i != verb.i:
            if lemma in _NEGATE or lemma in _UNWILLING:
                return Modality.NEGATED  # "refused to sign", "seems unwilling to sanction Y"
            if lemma in _LIKELY or (lemma in _SUPPOSE and v.i in others):
                possible = True  # "is unlikely to attack Y", "worries that Y will sanction Z"
            if lemma in _SCHEDULED and (v.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in v.children)):
                intended = True  # "is due to sign", "is set to sign"
            if lemma in _HEARSAY and any(c.dep_ == "auxpass" for c in v.children):
                possible = True  # "is reported to have sent troops", "is believed to have armed Y": hearsay
            if commands_own_forces(v):
                intended = True  # "ordered its troops to withdraw": commanded, not yet done
            wants = lemma in _INTEND or v.lower_ in _INTEND  # "going to": the word itself
            if wants and v.i in others:
                possible = True
            elif wants:
                intended = True
            if lemma in _STRIVING and chain[chain.index(v) - 1].dep_ == "xcomp":
                intended = True  # "has applied to join Y", "aspires to join Y": sought, not yet done
        if lemma in ("ready", "willing", "prepared") or (v.dep_ == "acomp" and lemma in _INTEND) or (v.i != verb.i and _commits(v)):
            intended = True
    if possible:
        return Modality.POSSIBLE
    return Modality.INTENDED if intended else Modality.ASSERTED


def nobody(subject: Token) -> bool:
    """Whether a subject names no one: "neither X nor Y", "neither side", "no country", "none of them", "nobody"."""
    if subject.lower_ in _NOBODY:
        return True
    return any(c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "no") for c in subject.children)


#: Verbs of a pledge: with a negated complement ("vowed not to return X") they state no agreement.
_PLEDGES = {"vow", "pledge", "promise", "commit", "swear", "undertake"}


def _refused_pledge(verb: Token) -> bool:
    """Whether a pledge's complement is negated: "vowed not to sign", "promised never to return".

    The actor commits to not doing something: no agreement to do it. The negated act is read on its
    own ("vowed never to sign the accord with X": a negated signing); the pledge itself yields nothing,
    as its target is not named (a promise to X not to act is no rejection of X).
    """
    if verb.lemma_.lower() not in _PLEDGES or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "neg" or g.lower_ in ("never", "not") for g in c.children) for c in verb.children)


def obligation(clause: Token) -> str | None:
    """The words that make a reported clause an obligation, if any: "must", "should", or a periphrastic
    "has to", "needs to", "ought to" with its infinitive ("Sudia has to release the crew").

    A negated periphrasis ("does not have to", "need not") lifts the obligation: nothing. So does a
    perfect ("Sudia should have released the crew"): a reproach about the past asks for nothing.
    """
    if _modal_perfect(clause) is not None:
        return None
    # ("... should Y cross the line": a "should" put before its subject opens a condition, it asks for nothing)
    must = next((c.text for c in clause.children if c.dep_ == "aux" and c.lower_ in _MUST and not _inverted_condition(c)), None)
    if must is not None:
        return must
    if clause.lemma_.lower() not in _MUST_PERIPHRASTIC and clause.lower_ not in _MUST_PERIPHRASTIC:
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    infinitive = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in clause.children)
    return f"{clause.text} to" if infinitive else None


def owed(clause: Token | None) -> Token | None:
    """The word that states a clause as owed rather than done, if any: a modal of obligation ("Norland should
    (must) condemn Sudia", "Sudia should be sanctioned") or a periphrastic one with its infinitive ("ought to",
    "has to", "needs to", "will have to condemn Sudia"), negated or not ("must not attack Sudia" states no
    attack either). Returns the verb that carries it (the clause or a head it shares its tense with), whose
    subject tells a duty from an expectation (:func:`expected`).

    Not an obligation: a perfect ("should have condemned" is counterfactual, see :func:`counterfactual`;
    "must have known" is a guess about the past), nor a past "had to withdraw", which says the act was done
    under constraint. A reported obligation ("Norland said Sudia must release the crew") is read before as a
    demand (:func:`obligation`); this is for one the writer states in its own clause.
    """
    node = clause
    for _ in range(6):
        if node is None:
            return None
        if _modal_perfect(node) is not None:
            return None
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MUST for c in node.children):
            return node
        lemma = node.lemma_.lower()
        if node.i != clause.i and (lemma in _MUST_PERIPHRASTIC or node.lower_ in _MUST_PERIPHRASTIC) and node.tag_ != "VBD":
            return node  # "ought to condemn", "has to condemn", "will have to negotiate", "needs to apologize"
        if node.head.i == node.i:
            return None
        own_tense = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in node.children)
        infinitive = node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
        if not (infinitive or node.dep_ == "acomp" or _purpose_clause(node) or (node.dep_ == "conj" and not own_tense and node.tag_ not in ("VBD", "VBZ", "VBP"))):
            return None
        node = node.head
    return None


def expected(bearer: Token) -> bool:
    """Whether the modal a verb carries (:func:`owed`) states an expectation rather than a duty: its subject is a
    thing, which owes nothing ("the new pipeline should boost trade with Sudia", "the deal should lift
    exports to Sudia"); an actor's ("Norland should condemn Sudia"), a pronoun's or none is a duty."""
    subjects = [c for c in bearer.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    return subject.pos_ == "NOUN" and acts_for_state(lemma) is None and lemma not in sector_nouns() and lemma not in _DYAD_NOUNS
