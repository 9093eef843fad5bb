"""The verb of a verbless headline: the ``headline_verbs`` pipeline component (kg.nlp adds it last).

Headline grammar drops the article, writes a comma for "and" and puts the verb in the present, and the tagger,
which has seen few headlines, may read that verb as a noun: "Norland sanctions Sudian firms over oil" is parsed as
one noun phrase headed by "firms" (the verb a plural noun modifying it), "Norland, Sudia trade fire along border"
as a name with an apposition ("trade fire"). Such a line states nothing. Its words are right; only its tags and
heads are wrong, so this component re-reads the line as the clause it is, once, after the parser: no second pass.

A line is re-read only when all of these hold (else it is left as parsed):

* it is a line of its own (a title or a headline: nothing else on its line) of at most :data:`MAX_TOKENS` tokens,
  without final punctuation, and the parser found no finite verb in it (in a line with one, only an object noun the
  parser made a clause of the name before it is read as a noun: :func:`_noun_clauses`);
* a word of it, tagged a noun, is a third-person present form of one of the extractor's verbs that are mostly verbs
  (``kg/data/headline_verbs.tsv``: "sanctions", "expels", "condemns"), or a form of a verb + object trigger of the
  lexicon that the object's noun follows ("trade fire", "swap prisoners": ``kg/data/headline_phrases.tsv``; "trade"
  alone is mostly a noun, "Brazil, Argentina trade goals" stays one);
* the words before it are one name phrase, or several joined by a comma or "and", each headed by a word that names
  an actor (a country, nationality or person, an organisation of the gazetteer, a noun of a state's organ or
  force: "Sudian government", or a name after a country's: "US Treasury"; not a company the NER found alone, nor
  "Norland-Sudia trade" before "talks"), and the words
  after it begin with a noun phrase, whose head becomes the verb's object; a verb read on its own (not a verb +
  object trigger) also needs an actor among those words ("Norland pledges tracker" stays a noun phrase);
* a base form ("sanction") only after more than one actor ("Norland and Sudia sanction ...").

The word becomes the line's root verb (its lemma the table's verb), the names before it its subjects (two joined
by a comma both subjects, as the extractor reads "Norland, Sudia agree ..."), the noun phrase after it its direct
object, and a preposition the parse hung outside that phrase the verb's. Outside headlines nothing changes: "US
sanctions on Sudian firms took effect" has a verb, and ends with a full stop.

One slip of the same kind is mended in any sentence (:func:`_verbless_sentence`): a sentence without a verb whose root
is a plural noun right after a noun of a state's organ or force that a country's name or adjective names, and that is the form of a verb + preposition trigger
before its preposition ("Sudia's navy exercises near Norland.", "The Sudian air force drills off Norland's coast.":
``kg/data/headline_phrases.tsv``): the noun is the verb, the organ's noun its subject.
"""

from __future__ import annotations

import itertools
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.data import table
from kg.gazetteer import acts_for_state

#: The longest line read as a headline, in tokens.
MAX_TOKENS = 20
#: Tags of a finite verb: a line with one has its clause already.
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
#: Tags a misread verb has (a noun, or a base form left without a subject).
_MISREAD = frozenset({"NN", "NNS", "NNP", "NNPS", "VB"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Tags of the words of a name phrase before the verb ("the US", "Norland's navy", "Sudian-led forces", "X, Y").
_SUBJECT_TAGS = _NOUNS | {"JJ", "HYPH", ",", "CC", "DT", "POS", "VBN", "NML"}
#: Tags that open the noun phrase after the verb.
_OBJECT_OPENERS = _NOUNS | {"DT", "JJ", "JJR", "JJS", "CD", "PRP$", "PRP", "VBN", "VBG"}
#: The relation of a modifier to its noun, by the modifier's tag.
_MODIFIER_DEPS = {"JJ": "amod", "JJR": "amod", "JJS": "amod", "VBN": "amod", "DT": "det", "CD": "nummod", "PRP$": "poss"}
#: What ends a sentence that is no headline.
_FINAL = frozenset({".", "!", "?", ":", ";", '"', "\u201d", "\u2026", "'", ")"})


@cache
def _verbs() -> tuple[dict[str, str], dict[str, tuple[str, frozenset[str]]]]:
    """The forms read as a verb on their own (form -> verb), and those read with an object (form -> verb, objects)."""
    alone = {row["form"]: row["verb"] for row in table("headline_verbs.tsv")}
    with_object = {row["form"]: (row["verb"], frozenset(row["objects"].split("|"))) for row in table("headline_phrases.tsv")}
    return alone, with_object


@cache
def _bases() -> frozenset[str]:
    """The base forms of the verbs read on their own, for a subject of more than one ("Norland, Sudia sanction ...")."""
    return frozenset(_verbs()[0].values())


def _plural(subjects: list[tuple[Token, str, Token | None]]) -> bool:
    """Whether the words before a verb name more than one: several phrases, or a plural noun ("Sudian troops")."""
    heads = [token for token, dep, _ in subjects if dep in ("nsubj", "conj")]
    return len(heads) > 1 or heads[0].tag_ in ("NNS", "NNPS")


@Language.component("headline_verbs")
def headline_verbs(doc: Doc) -> Doc:
    """Re-read each verbless headline line whose verb the tagger took for a noun as a clause (see the module)."""
    text = doc.text
    sents = list(doc.sents)
    for line in [line for sent in sents if (line := headline_line(sent, text)) is not None]:
        if not any(t.tag_ in _FINITE for t in line):
            _reread(line)
        _noun_clauses(line)  # also the object of a verb just re-read: "Norland stymies Sudian bid"
    for sent in sents:
        if sent.root.tag_ == "NNS":
            _verbless_sentence(sent)
    return doc


def _verbless_sentence(sent: Span) -> None:
    """Make the plural noun root of a sentence without a verb the verb it is, with the noun of a state's organ or force
    right before it its subject: "Sudia's navy exercises near Norland.", "The Sudian army drills along the border." (a
    form of a verb + preposition trigger of ``kg/data/headline_phrases.tsv``, its preposition right after it)."""
    root, doc = sent.root, sent.doc
    verb, objects = _verbs()[1].get(root.lower_, ("", frozenset()))
    if not verb or root.i + 1 >= sent.end or doc[root.i + 1].lower_ not in objects or root.i == sent.start:
        return
    subject = doc[root.i - 1]
    if subject.head.i != root.i or subject.dep_ not in ("compound", "nsubj") or subject.tag_ not in ("NN", "NNS") \
            or acts_for_state(subject.lemma_.lower()) is not True:
        return
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
        return  # a clause of its own elsewhere: "Sudian navy exercises began"
    if not any(t.ent_type_ in ("GPE", "NORP") for t in doc[sent.start : root.i]):
        return  # whose force: not "Joint navy exercises near Norland."
    for child in [c for c in root.lefts if c.i != subject.i]:
        child.head = subject  # "Sudia's", "The Sudian air": the subject's words
    subject.dep_ = "nsubj"
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBZ", verb
    root.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")


def headline_line(sent: Span, text: str) -> Span | None:
    """The sentence without its surrounding white space, if it is a line of its own without final punctuation."""
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    if end - start < 3 or end - start > MAX_TOKENS or sent.doc[end - 1].text in _FINAL:
        return None
    first, last = sent.doc[start], sent.doc[end - 1]
    if _next_char(text, first.idx - 1, -1) not in ("", "\n") or _next_char(text, last.idx + len(last.text), 1) not in ("", "\n", "\r"):
        return None  # part of a longer line: a sentence the parser cut, not a headline
    return sent.doc[start:end]


def _next_char(text: str, i: int, step: int) -> str:
    r"""The first character from ``i`` on in the direction ``step`` that is no space or tab ("" at an end of the text).

    >>> _next_char("a \n  b", 4, -1), _next_char("b  ", 1, 1)
    ('\n', '')
    """
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return text[i] if 0 <= i < len(text) else ""


#: What an object noun's dependents may be for its parse to be mended (no verb of its own: no clause).
_NOUN_KIDS = frozenset({"nsubj", "poss", "det", "amod", "compound", "prep", "case"})


def _noun_clauses(line: Span) -> None:
    """Mend a headline's object noun that the parser made a clause: in "Norland blocks Sudia's NATO bid" or "Norland
    stymies Sudian bid" the parser reads "NATO bid" and "Sudian bid" as clauses ("NATO bids") whose subject is the
    name; in "Norland stalls Sudia's NATO membership" the noun hangs on the verb as an apposition. The name (an
    organisation or a nationality right before the noun) becomes the noun's modifier, and a noun the verb has as a
    clause or an apposition, when it has no direct object, its object. A person or a country before a noun stays a
    subject ("calls Smith a liar", "says Sudia behind attack")."""
    for noun in line:
        if noun.tag_ not in ("NN", "NNS") or any(c.dep_ not in _NOUN_KIDS for c in noun.children):
            continue
        for name in noun.children:
            if name.dep_ == "nsubj" and name.i == noun.i - 1 and name.ent_type_ in ("ORG", "NORP"):
                name.dep_ = "compound" if name.ent_type_ == "ORG" else "amod"
        verb = noun.head
        if noun.dep_ in ("ccomp", "appos") and verb.pos_ == "VERB" and verb.i < noun.i and not any(c.dep_ in ("dobj", "nsubj") for c in noun.children) \
                and not any(c.dep_ == "dobj" for c in verb.children):
            noun.dep_ = "dobj"


def _reread(line: Span) -> bool:
    """Make the first word of a verbless headline that can be its verb the root of the line; whether one was."""
    alone, with_object = _verbs()
    bases = _bases()
    doc = line.doc
    for verb in line[1:-1]:
        lower = verb.lower_
        if (lower not in alone and lower not in with_object and lower not in bases) or verb.tag_ not in _MISREAD or verb.ent_type_:
            continue
        before, after = doc[line.start : verb.i], doc[verb.i + 1 : line.end]
        subjects = _subjects(before)
        if subjects is None or after[0].tag_ not in _OBJECT_OPENERS:
            continue
        attached = _outside(after)
        # "vetoes Sudian bid": a modifier the parse hung outside the object's phrase is the object's
        modifiers = list(itertools.takewhile(lambda t: t.tag_ in _MODIFIER_DEPS, attached[:-1]))
        attached = attached[len(modifiers):]
        if not attached or attached[0].tag_ not in _NOUNS | {"PRP"}:
            continue
        obj, rest = attached[0], _object_rest(attached[0], attached[1:])
        if rest is None:
            continue
        rest += [(t, _MODIFIER_DEPS[t.tag_], obj) for t in modifiers]
        lemma = alone.get(lower) if any(_actor_word(t) for t in after) else None  # not "Norland pledges tracker"
        if lemma is None and lower in bases and _plural(subjects) and any(_actor_word(t) for t in after):
            lemma = lower  # "Norland and Sudia sanction ...": the base form after more than one
        if lemma is None:
            lemma, objects = with_object.get(lower, ("", frozenset()))
            if obj.lower_ not in objects and obj.lemma_.lower() not in objects:
                continue
        _make_clause(verb, lemma, subjects, obj, rest)
        return True
    return False


def _object_rest(obj: Token, others: list[Token]) -> list[tuple[Token, str, Token | None]] | None:
    """How the other phrase heads after a headline's object hang: a preposition on the verb (``None``), a noun after a
    comma or "and" as the object's conjunct ("Y oligarchs, banks"), the comma or "and" on the object; ``None`` for
    anything else."""
    found: list[tuple[Token, str, Token | None]] = []
    for token in others:
        previous = token.doc[token.i - 1]
        if token.tag_ == "IN":
            found.append((token, "prep", None))
        elif token.tag_ == ",":
            found.append((token, "punct", obj))
        elif token.tag_ == "CC" and token.lower_ == "and":
            found.append((token, "cc", obj))
        elif token.tag_ in _NOUNS and (previous.tag_ == "," or previous.lower_ == "and"):
            found.append((token, "conj", obj))
        else:
            return None
    return found


def _actor_word(token: Token) -> bool:
    """Whether a word names an actor: a country, nationality or person, an organisation of the gazetteer (not a
    company the NER found), or a noun of a state's organ or force ("government", "troops", "minister")."""
    if token.ent_type_ in ("GPE", "NORP", "PERSON") or (token.ent_type_ == "ORG" and token.ent_id_):
        return True
    return not token.ent_type_ and acts_for_state(token.lemma_.lower()) is True


def _state_body(phrase: list[Token]) -> bool:
    """Whether a phrase names a body of a state: an organisation's name after a country or nationality ("US Treasury")."""
    words = [t for t in phrase[:-1] if t.tag_ != "DT"]
    return phrase[-1].ent_type_ == "ORG" and any(t.ent_type_ in ("GPE", "NORP") for t in words) \
        and all(t.ent_type_ in ("GPE", "NORP", "ORG") for t in words)  # not "US firm Norco": a company


def _outside(span: Span) -> list[Token]:
    """The tokens of a span whose head lies outside it (or that are a root): the heads of its phrases."""
    return [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]


def _subjects(before: Span) -> list[tuple[Token, str, Token | None]] | None:
    """The words before a headline's verb as (token, relation, the token it hangs on, ``None`` for the verb), if they
    are names of actors.

    Commas and "and" split the words into phrases, each headed by its last word, a noun; the other words of a
    phrase that the parse hung outside it hang on that head ("Sudian government": the adjective is the noun's).
    One phrase is the subject; several joined by commas are each a subject ("Norland, Sudia"); one joined by "and"
    is a conjunct of the first (its "and" the first's ``cc``). ``None`` when the words are not such phrases.
    """
    if not 1 <= len(before) <= 8 or any(t.tag_ not in _SUBJECT_TAGS for t in before):
        return None
    outside = {t.i for t in _outside(before)}
    phrases: list[list[Token]] = [[]]
    joiners: list[Token] = []
    for token in before:
        if token.tag_ == "," or (token.tag_ == "CC" and token.lower_ == "and"):
            joiners.append(token)
            phrases.append([])
        else:
            phrases[-1].append(token)
    if any(not phrase or phrase[-1].tag_ not in _NOUNS or not (_actor_word(phrase[-1]) or _state_body(phrase)) for phrase in phrases):
        return None  # each phrase names an actor: not "Norland-Sudia trade talks", nor a company ("Norco, Sudco")
    first = phrases[0][-1]
    found: list[tuple[Token, str, Token | None]] = [(first, "nsubj", None)]
    for joiner, phrase in zip(joiners, phrases[1:]):
        # a comma joins as "and" does ("Norland, Sudia trade fire" is "Norland and Sudia trade fire")
        found += [(joiner, "cc" if joiner.lower_ == "and" else "punct", first), (phrase[-1], "conj", first)]
    for phrase in phrases:
        for token in phrase[:-1]:
            if token.i in outside:
                dep = {"JJ": "amod", "DT": "det", "VBN": "amod", "HYPH": "punct", "POS": "case"}.get(token.tag_, "compound")
                found.append((token, dep, phrase[-1]))
    return found


def _make_clause(verb: Token, lemma: str, subjects: list[tuple[Token, str, Token | None]], obj: Token,
                 rest: list[tuple[Token, str, Token | None]]) -> None:
    """Rewrite the parse of a headline line as a clause: ``verb`` its root, the subjects and the object its dependents
    (each (token, relation, the token it hangs on, ``None`` for the verb))."""
    verb.head = verb  # the root first, then every phrase head on it: no step makes a cycle
    third = verb.lower_ != lemma
    verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = "ROOT", "VERB", "VBZ" if third else "VBP", lemma
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin" if third else "Tense=Pres|VerbForm=Fin")
    placed = [*subjects, (obj, "dobj", None), *rest]
    for token, dep, _ in placed:
        token.head, token.dep_ = verb, dep
    for token, dep, head in placed:
        if head is not None:  # then the words that hang on a phrase head, once that hangs on the verb
            token.head = head
