"""Per-article context of the ``patterns.v1`` extractor: mentions by token, speakers of quotes and reported speech, event dates."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache
from collections.abc import Callable, Iterator, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract._discourse import quoted_speaker, refer
from kg.extract._out_of_office import holder_label, office_marks, out_of_office_sector, party_title, titled_not_yet
from kg.extract._publisher import shared_first_person
from kg.extract._readouts import office_label_speaker
from kg.extract._words import _ACTOR_TYPES, _DANGLING, _DOCUMENTS, _FIRST_PERSON, _REPORTING, _WEEKDAYS, claiming_words, disowning_verbs
from kg._titles import private_speakers
from kg.gazetteer import PEOPLE_SECTORS, acts_for_state, cities, metonyms, speaks_for_itself
from kg.model import Article, Entity, EntityType, Evidence, Mention, Statement, sector_actor
from kg.nlp import entities, first_conjunct, quote_spans, span_text, text_of

#: Labels of a journalist's question in a transcript.
_QUESTION_LABELS = {"q", "question", "questions", "reporter", "journalist"}
#: How many sentences after a lead-in "X said:" paragraph are still X's statement.
_LEAD_IN_WINDOW = 6


def _is_reporting(token: Token) -> bool:
    """Whether a token is a reporting verb (said, told, added...)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _REPORTING


def owns_responsibility(verb: Token) -> bool:
    """Whether a verb owns or disowns an act by its noun of answering for it ("accepted responsibility for the
    delays", "denied responsibility for the strike"): the verb says who answers for the act, it agrees to or rejects
    nothing (CAMEO 015, 016)."""
    _, owning, owned = claiming_words()
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in owning and lemma not in disowning_verbs()):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in owned for c in verb.children)


def _document_speaks(token: Token) -> bool:
    """Whether a verb introduces a document's words: "The letter goes on: ...", "The message reads: ...".

    Any verb whose subject is a document noun counts when a quotation follows it (the caller checks).
    """
    return token.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _DOCUMENTS for c in token.children)


def _first_of(tokens: Sequence[Token], deps: set[str]) -> list[Token]:
    return [t for t in tokens if t.dep_ in deps]


class _Context:
    """Per-article lookups shared by the argument rules."""

    def __init__(
        self,
        doc: Doc,
        article: Article,
        mentions: Sequence[Mention],
        event_nouns: frozenset[str] = frozenset(),
        hostile_verbs: frozenset[str] = frozenset(),
        hostile_nouns: Mapping[str, frozenset[str]] | None = None,
        arranged: frozenset[str] = frozenset(),
        noun_categories: Mapping[str, frozenset[str]] | None = None,
        judging_verbs: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        # the categories of the acts each noun of the lexicon names on its own ("invasion": ASSAULT), for "the invasion"
        # standing for an earlier act (kg.extract._discourse)
        self.noun_categories = noun_categories or {}
        self.judging_verbs = judging_verbs  # the lexicon's verbs of praise, blame, protest or rejection (_renamed.judging_verbs)
        self.arranged = arranged  # nouns of events a third party arranges ("talks"): the lexicon's ``third_party`` objects
        self.event_nouns = event_nouns  # the lexicon's noun triggers: nouns that name an act with its own agent
        # verb and noun lemmas of the lexicon that name a hostile act ("fire", "drill"); a noun's modifiers that make it
        # one ("military exercise"; none: any use)
        self.hostile_verbs, self.hostile_nouns = hostile_verbs, hostile_nouns or {}
        self._tokens = list(doc)  # spaCy makes a new Token object on every iteration: make them once
        self.lemmas = [t.lemma_.lower() for t in self._tokens]  # each token's lower-case lemma, read once
        self.article = article
        self.mentions = mentions
        self.by_token: dict[int, Mention] = {}
        # a mention inside a longer one, by its first token: "Sudia Regional" in the phrase of "the Norlandic and Sudia
        # Regional governments" (kg.extract._arguments._coordinated_bodies)
        self.nested: dict[int, Mention] = {}
        for m in mentions:
            if m.text.lower().endswith(_DANGLING):
                continue  # a name cut after a function word ("Office of the President of") is a fragment
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                if span.start in self.by_token and self.by_token[span.start] is not m:
                    self.nested.setdefault(span.start, m)
                for i in range(span.start, span.end):  # indices, not Token objects
                    self.by_token.setdefault(i, m)
        self.quotes = quote_spans(text_of(doc))
        self._titles = [(a, b) for a, b in self.quotes if _title_like(text_of(doc)[a + 1 : b - 1])]
        self._speakers: dict[tuple[int, int], Entity | None] = {}
        self._finding: set[tuple[int, int]] = set()  # quotations whose speaker is being looked for (no re-entry)
        self._quoted_we: dict[int, Mention | None] = {}  # "we" in a quotation that resolve left open, by token
        self._private: frozenset[str] | None = None  # persons described as analysts and the like, on first use
        self._lead_in: dict[int, Entity] | None = None  # lead-in speakers by sentence start (_lead_ins)
        self._turns: list[tuple[int, int, bool, Entity | None]] | None = None  # transcript turns, on first use
        self._dates: list[tuple[int, dt.date, str]] | None = None  # resolved DATE entities (start token, day, precision), on first use
        self._countries: dict[str | None, Entity] = {}  # each country's first mention
        for m in mentions:
            if m.entity.type is EntityType.COUNTRY:
                self._countries.setdefault(m.entity.country, m.entity)
        self.events: list[Statement] = []  # the statements of the sentences read so far, in order
        self.standing: list[Statement] = []  # the article's standing relations read from its structure (memberships, offices)
        self.genders: dict[str, str] = {}  # person key -> 'm'/'f' from pronouns resolved so far (kg.extract._gender)
        self.title_genders: dict[str, set[str]] | None = None  # person key -> genders of their titles, on first use
        # the article's two countries: not those named only for a person or body of sport, business or culture ("the
        # French striker attacked the Spanish defence" names no pair of states)
        # nor those named only as where something happened: a city in "talks in X", "met at X" ("After talks in Abu Dhabi,
        # the two sides agreed" names no side; a venue still counts for a side named elsewhere, the host first)
        counts = Counter(m.entity.country for m in mentions if m.entity.type is EntityType.COUNTRY and not _private_modifier(doc, m))
        sides = [m for m in mentions if not _venue(doc, m)]
        named = {m.entity.country for m in sides}
        self.dyad = _headline_pair(doc, sides, counts, self.country) or [self.country(code) for code, _ in counts.most_common() if code in named][:2]

    def country(self, code: str | None) -> Entity | None:
        if code is None:
            return None
        found = self._countries.get(code)
        if found:
            return found
        from kg.gazetteer import load_gazetteer

        return load_gazetteer().country(code)

    def in_title(self, token: Token) -> bool:
        """Whether a token is inside a quoted title ("the film 'Friends of Sudia'"), not a quoted statement."""
        return any(start < token.idx < end for start, end in self._titles)

    def tokens(self, sent: Span) -> list[Token]:
        """The tokens of a sentence (made once per article; iterating ``sent`` makes new ones every time)."""
        return self._tokens[sent.start : sent.end]

    def evidence(self, sent: Span) -> Evidence:
        """The sentence as evidence, without the spaces and line breaks spaCy leaves at its ends (offsets moved to match)."""
        text = span_text(sent)
        stripped = text.strip()
        if stripped == text:
            return Evidence(text, sent.start_char, sent.end_char)
        start = sent.start_char + (len(text) - len(text.lstrip()))
        return Evidence(stripped, start, start + len(stripped))

    def mention(self, token: Token) -> Mention | None:
        found = self.by_token.get(token.i)
        if found is None and token.lower_ in _FIRST_PERSON and self.quotes:
            return self._first_person(token)
        return found

    def speaks_for_itself(self, entity: Entity) -> bool:
        """Whether a speaker's words are its own, not its state's: a country's firms or commentators
        (:func:`kg.gazetteer.speaks_for_itself`), or a person without an office the article describes as one ("Czech
        analyst Jan Novak", "Jan Novak, a Czech analyst": :func:`kg._titles.private_speakers`)."""
        if speaks_for_itself(entity):
            return True
        if entity.type is not EntityType.PERSON or entity.role:
            return False
        if self._private is None:
            self._private = private_speakers(self.doc, self.mentions)
        return entity.key in self._private

    def _first_person(self, token: Token) -> Mention | None:
        """A "we", "our" or "us" in a quotation that :mod:`kg.resolve` left open: the speaker's country when the speaker
        is known only here, by discourse reference ("“We condemn Y's raid,” she said", "He added: “Our soldiers ...”",
        "“...,” the minister said": see :meth:`speaker`). "Our two countries", "our shared goal" are nobody's alone."""
        if token.i in self._quoted_we:
            return self._quoted_we[token.i]
        quote = next(((a, b) for a, b in self.quotes if a <= token.idx < b), None)
        if quote is None or quote in self._finding or self.in_title(token):
            return None  # outside quotation marks (see kg.extract._publisher), or asked while its speaker is looked for
        found: Mention | None = None
        speaker = self.speaker(token.sent, token)
        if speaker is None or shared_first_person(token) or self.speaks_for_itself(speaker):
            country = None  # nobody's, or not the state's ("“We ...,” a Sudian analyst said": kg.gazetteer.speaks_for_itself)
        else:
            country = speaker if speaker.type is EntityType.COUNTRY else self.country(speaker.country)
        if country is not None:
            found = Mention(country, token.idx, token.idx + len(token.text), token.text)
        self._quoted_we[token.i] = found
        return found

    # ------------------------------------------------------------ speakers
    def speaker(self, sent: Span, token: Token) -> Entity | None:
        """Who the sentence (or the clause holding ``token``) is attributed to."""
        for start, end in self.quotes:
            if start <= token.idx < end:
                key = (start, end)
                if key not in self._speakers:
                    if key in self._finding:
                        return None  # a word of the quotation asked for while its speaker is looked for
                    self._finding.add(key)
                    try:
                        self._speakers[key] = self._quote_speaker(start, end) or self._previous_speaker(start)
                    finally:
                        self._finding.discard(key)
                return self._speakers[key]
        text = span_text(sent)  # substring tests spare most token scans
        colon = next((t for t in self.tokens(sent) if t.text == ":"), None) if ":" in text else None
        if colon is not None and token.i > colon.i and (label := self._label_speaker(sent, colon)) is not None:
            return label
        # Reported speech: the trigger sits under a reporting verb's complement.
        # (an act owned or disowned, "X admitted responsibility for the strike on Y", is X's word as a claim is)
        for ancestor in token.ancestors:
            if _is_reporting(ancestor) or owns_responsibility(ancestor):
                found = self._subject_entity(ancestor)
                if found:
                    return found
        for t in self.tokens(sent) if "according" in text.lower() else ():
            if t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(self.doc) else False:
                obj = [c for c in t.nbor(1).children if c.dep_ == "pobj"]
                if obj and (m := self.mention(obj[0])):
                    return m.entity
        # A transcript: an answer's unlabelled lines belong to its answerer ("we" is their government).
        turn = self._turn(token.idx)
        if turn is not None:
            return None if turn[2] else turn[3]
        return self._lead_in_speaker(sent)

    def _lead_in_speaker(self, sent: Span) -> Entity | None:
        """Who a statement introduced by a lead-in paragraph is by: "Minister X said:" closing a paragraph, the
        sentences after it (a press release's unquoted statement) are X's, up to :data:`_LEAD_IN_WINDOW` of them and
        until another sentence ends with a colon. Read once per article (:meth:`_lead_ins`)."""
        if self._lead_in is None:
            self._lead_in = self._lead_ins()
        return self._lead_in.get(sent.start)

    def _lead_ins(self) -> dict[int, Entity]:
        """The lead-in speaker of each sentence that has one, by the sentence's first token."""
        found: dict[int, Entity] = {}
        text = text_of(self.doc)
        speaker: Entity | None = None
        left = 0
        for sent in self.doc.sents:
            if speaker is not None and left > 0:
                found[sent.start] = speaker
                left -= 1
            if text[sent.start_char:sent.end_char].rstrip().endswith(":"):
                verbs = [t for t in sent if _is_reporting(t)]
                # "X said: ..." on one line reads its own label; only a colon closing its line opens a lead-in
                closes_line = "\n" in text[sent.end_char:sent.end_char + 3] or sent.end_char >= len(text.rstrip())
                speaker = self._subject_entity(verbs[-1]) if verbs and closes_line else None
                left = _LEAD_IN_WINDOW
        return found

    def in_question(self, sent: Span) -> bool:
        """Whether a sentence is part of a journalist's question in a transcript: no one asserts it."""
        turn = self._turn(sent.start_char)
        return turn is not None and turn[2]

    def _turn(self, char: int) -> tuple[int, int, bool, Entity | None] | None:
        """The transcript turn (start, end, is a question, answerer) holding character ``char``, if any."""
        if self._turns is None:
            self._turns = self._read_turns()
        return next((t for t in self._turns if t[0] <= char < t[1]), None)

    def _read_turns(self) -> list[tuple[int, int, bool, Entity | None]]:
        """The question and answer turns of a press-conference transcript; none in other articles.

        A turn starts at a line opening with a label and a colon: a question label ("Q:",
        "Question:", "Reporter:") or an answerer ("A:", "Answer:", or a label naming one person
        or institution, "Spokesperson Ana Sol:"). "A:" answers for the last named answerer. An
        article is a transcript only if it has a question label, so that a headline "Name: ..."
        does not make the whole article that person's.
        """
        text = text_of(self.doc)
        starts: list[tuple[int, bool, Entity | None]] = []
        answerer: Entity | None = None
        questions = 0
        for line in re.finditer(r"(?m)^[ \t]*([^\n:]{1,60}?)[ \t]*:[ \t]+\S", text):
            low = line[1].strip().lower()
            if low in _QUESTION_LABELS or re.search(r"\b(reporter|journalist|question)\b", low):
                starts.append((line.start(), True, None))
                questions += 1
                continue
            if low not in ("a", "answer"):
                span = self.doc.char_span(line.start(1), line.end(1), alignment_mode="expand")
                found = {m.entity.key: m.entity for t in span or () if (m := self.mention(t)) and m.entity.type in _ACTOR_TYPES}
                people = [e for e in found.values() if e.type is EntityType.PERSON] or list(found.values())
                if len(people) != 1:
                    continue  # not a label: the line goes on the current turn
                answerer = people[0]
            starts.append((line.start(), False, answerer))
        if not questions:
            return []
        ends = [s for s, _, _ in starts[1:]] + [len(text)]
        return [(start, end, question, who) for (start, question, who), end in zip(starts, ends, strict=True)]

    def _label_speaker(self, sent: Span, colon: Token) -> Entity | None:
        """The speaker a label before a colon names: "Ana Sol: ...", "Norland's president Ana Sol: ...".

        The label is a short phrase (at most eight tokens) without a verb, naming one person (or,
        without a person, one organisation or country); "Breaking news: ..." names nobody.
        """
        label = self.tokens(sent)[: colon.i - sent.start]
        if not label or len(label) > 8 or any(t.pos_ in ("VERB", "AUX") for t in label):
            return None
        if (issuer := office_label_speaker(self, label)) is not None:
            return issuer  # "The Minister:" over a readout's bullets: its issuer (see kg.extract._readouts)
        found = {m.entity.key: m.entity for t in label if (m := self.mention(t)) and m.entity.type in _ACTOR_TYPES}
        people = [e for e in found.values() if e.type is EntityType.PERSON]
        named = people or list(found.values())
        return named[0] if len(named) == 1 else None

    def _previous_speaker(self, before: int) -> Entity | None:
        """The person who last spoke before a quotation that names no speaker of its own."""
        verbs = [t for t in self.doc if t.idx < before and _is_reporting(t)]
        for verb in reversed(verbs):
            found = self._subject_entity(verb)
            if found is not None and found.type is EntityType.PERSON:
                return found
            if found is not None and self.speaks_for_itself(found):
                return None  # "“...,” a Sudian analyst said. “...”": the analyst's, not an earlier official's
        return None

    def _subject_entity(self, verb: Token, opening: Token | None = None) -> Entity | None:
        """The actor a reporting verb's subject names; a person first ("Minister of Armenia Ararat Mirzoyan").

        "The letter goes on to say": the subject of the governing verb, and for a
        document (letter, message, statement) its author, the subject of the verb
        that sent or issued it earlier in the article. A "he" or "she" after the quotation
        that opens at ``opening`` is the person named before it (:func:`kg.extract._discourse.quoted_speaker`).
        """
        # "X rejected the claim and said ...", "X denied it, saying ...": a second verb or a participle clause with no
        # subject of its own shares its head's
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                verb.dep_ in ("xcomp", "conj") or verb.dep_ == "advcl" and verb.tag_ == "VBG") and verb.head is not verb:
            verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = [m.entity for t in child.subtree if (m := self.mention(t)) and m.entity.type in _ACTOR_TYPES]
                people = [e for e in found if e.type is EntityType.PERSON]
                if found and not people and found[0].type is EntityType.COUNTRY and _held_outside(child):
                    return _outside_speaker(child, found)
                if people or found:
                    return (people or found)[0]
                if child.lower_ in ("he", "she"):
                    # "..., she said": the last named person (see kg.extract._discourse), before the quotation it ends
                    quoted = opening is not None and opening.i < child.i
                    referents = [r.entity for r in (quoted_speaker(self, child, opening) if quoted else refer(self, child))]
                    named = [e for e in referents if e.type is EntityType.PERSON]
                    if named:
                        return named[0]
                    if len(referents) == 1 and referents[0].type is EntityType.COUNTRY:
                        return referents[0]  # "The Sudian president arrived. He said: ...": an office named without its holder
                elif child.pos_ == "NOUN" and len(named := [r.entity for r in refer(self, child)]) == 1:
                    return named[0]  # "..., the foreign minister said": an office of the country named before
                if child.lemma_.lower() in _DOCUMENTS:
                    return self._author(child)
        return None

    def _author(self, document: Token) -> Entity | None:
        """Who sent or issued a document named earlier ("Aliyev sent a letter ... The letter says")."""
        lemma = document.lemma_.lower()
        for token in reversed(self.doc[: document.i]):
            if token.lemma_.lower() == lemma and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
                return self._subject_entity(token.head) if token.dep_ == "dobj" else None
        return None

    def _quote_speaker(self, start: int, end: int) -> Entity | None:
        """The speaker of a quotation: the subject of a reporting verb right after or before it, or the
        author of a document whose words follow a colon ("The letter goes on: ...")."""
        after = self.doc.char_span(end, min(len(text_of(self.doc)), end + 200), alignment_mode="expand")
        before = self.doc.char_span(max(0, start - 200), start, alignment_mode="expand")
        candidates: list[Token] = []
        if after is not None:
            first_sent = next(iter(after.sents), None)  # type: ignore[attr-defined]
            candidates += [t for t in (first_sent or after) if _is_reporting(t)][:1]
        if before is not None and before.text.rstrip().endswith((":", ",")):
            candidates += [t for t in before if _is_reporting(t) or _document_speaks(t)][-1:]
        opening = self.doc.char_span(start, end, alignment_mode="expand")
        for verb in candidates:
            if found := self._subject_entity(verb, opening[0] if opening is not None and len(opening) else None):
                return found
        return None

    # --------------------------------------------------------------- dates
    def event_date(self, sent: Span, token: Token) -> dt.date | None:
        """The event date: a date expression of the sentence, resolved against the publication date."""
        return self.event_when(sent, token)[0]

    def event_when(self, sent: Span, token: Token) -> tuple[dt.date | None, str]:
        """The event date (:meth:`event_date`) and its precision: ``day``, ``month`` or ``year`` (:func:`date_precision`)."""
        if self._dates is None:
            published = self.article.published
            found = ((ent.start, resolve_date(ent.text, published), ent.text) for ent in entities(self.doc) if ent.label_ == "DATE")
            self._dates = [(start, day, date_precision(text)) for start, day, text in found if day is not None]
        best: tuple[int, dt.date, str] | None = None
        for start, day, precision in self._dates:
            if sent.start <= start < sent.end:
                distance = abs(start - token.i)
                if best is None or distance < best[0]:
                    best = (distance, day, precision)
        return (best[1], best[2]) if best else (self.article.published, "day")


_YEAR_ONLY = re.compile(r"(?:the year |early |late |mid-)?(\d{4})|last year")


def date_precision(text: str) -> str:
    """How much a date expression :func:`resolve_date` resolves says: ``year``, ``month`` or ``day``.

    >>> date_precision("in 2001"), date_precision("last year"), date_precision("last month"), date_precision("3 July 2021")
    ('year', 'year', 'month', 'day')
    """
    low = re.sub(r"^(on|in|since|during|by|of)\s+", "", text.lower().strip())
    if _YEAR_ONLY.fullmatch(low):
        return "year"
    if low == "last month":
        return "month"
    return "day"


def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """Resolve a date expression against the publication date.

    Years alone resolve to 1 January of that year; weekdays to the latest such
    day on or before publication.

    >>> resolve_date("last year", dt.date(2021, 7, 3))
    datetime.date(2020, 1, 1)
    >>> resolve_date("on Tuesday", dt.date(2021, 8, 26))
    datetime.date(2021, 8, 24)
    >>> resolve_date("2016", None)
    datetime.date(2016, 1, 1)
    """
    from kg.read import parse_date

    low = text.lower().strip()
    low = re.sub(r"^(on|in|since|during|by|of)\s+", "", low)
    if (full := parse_date(text.strip())) is not None:
        return full
    if m := re.fullmatch(r"(?:the year |early |late |mid-)?(\d{4})", low):
        return dt.date(int(m[1]), 1, 1)
    if published is None:
        return None
    if low in ("today", "this week", "this month", "this year"):
        return published
    if low == "yesterday":
        return published - dt.timedelta(days=1)
    if low == "last week":
        return published - dt.timedelta(days=7)
    if low == "last month":
        first = published.replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1)
    if low == "last year":
        return dt.date(published.year - 1, 1, 1)
    if low.rstrip("s") in _WEEKDAYS or low.replace("last ", "") in _WEEKDAYS:
        day = _WEEKDAYS.index(low.replace("last ", "").rstrip("s") if low.rstrip("s") not in _WEEKDAYS else low.rstrip("s"))
        back = (published.weekday() - day) % 7
        return published - dt.timedelta(days=back)
    return None


def _title_like(quoted: str) -> bool:
    """Whether quoted words read as a title: at most eight words, no clause punctuation, content words capitalised.

    >>> _title_like("Friends of the North")
    True
    >>> _title_like("We will defend our waters")
    False
    """
    words = quoted.split()
    if not words or len(words) > 8 or quoted.rstrip().endswith((".", ",", "!", "?", ";", ":")):
        return False
    content = [w for w in words if len(w) > 3]
    return bool(content) and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _headline_end(doc: Doc) -> int:
    """Character offset where the headline (a first line without final punctuation) ends; 0 if none."""
    text = text_of(doc)
    first = text.split("\n", 1)[0]
    if "\n" not in text or not first.strip() or first.rstrip().endswith((".", "!", "?", '"', "\u201d")):
        return 0
    return len(first)


def _headline_pair(doc: Doc, mentions: Sequence[Mention], counts: Counter[str | None], country: Callable[[str | None], Entity | None]) -> list[Entity | None]:
    """The two countries a headline names ("Norland-Sudia talks", "Norland's minister calls Sudian envoy"), or nothing.

    A headline is a first line without final punctuation. It names a country with the country's
    name or adjective, or with a person or force of that country. Exactly two countries make the
    article's pair (most mentioned first); one, or three and more, leave the pair to the counts.
    """
    end = _headline_end(doc)
    codes = list(dict.fromkeys(m.entity.country for m in mentions if m.end <= end and m.entity.type in _ACTOR_TYPES and m.entity.type is not EntityType.ORGANIZATION and m.entity.country))
    if len(codes) != 2:
        return []
    return [country(code) for code in sorted(codes, key=lambda c: -counts.get(c, 0))]  # a tie: the headline's order


def _without_headline_repeats(doc: Doc, statements: Sequence[Statement]) -> Iterator[Statement]:
    """The statements without those of the headline that the body states again: one event, the body's.

    A headline's statement about a topic gives way to the body's statement of the same subject and
    predicate ("pledge to resume trade" / "pledged to resume cross-border trade and to reopen the
    ferry line"); a headline's event to the body's event of the same predicate between the same
    countries ("Norland expels Sudian envoy" / "Norland expelled the Sudian ambassador on Monday"),
    which has the date and the full sentence; a meeting's or a symmetric relation's in either order (:func:`_mutual`).
    """
    headline = _headline_end(doc)
    body = [s for s in statements if s.evidence.start >= headline]
    about = {(s.subject.key, s.predicate.name) for s in body if s.object.type is EntityType.TOPIC}
    stated = {_country_triple(s) for s in body}
    for statement in statements:
        if statement.evidence.start < headline:
            if statement.object.type is EntityType.TOPIC and (statement.subject.key, statement.predicate.name) in about:
                continue
            if _country_triple(statement) in stated or _mutual(statement) and _country_triple(statement)[::-1] in stated:
                continue
        yield statement


def _mutual(statement: Statement) -> bool:
    """Whether an event is one whichever side a sentence names first: a symmetric predicate, or a meeting (PLOVER
    CONSULT: "Norland-Sudia talks" in a headline, "Sudia's minister held talks with Norland's" in the body)."""
    return statement.predicate.symmetric or statement.predicate.category == "CONSULT"


def _country_triple(statement: Statement) -> tuple[str, str, str]:
    """An event's sides by country where they have one ("Sudian envoy" and "Sudia" are one side), and its predicate.

    A standing relation keeps its sides as they are: two officials of one country are two statements.
    """
    s, o = statement.subject, statement.object
    if statement.predicate.category == "STRUCTURAL":
        return (s.key, statement.predicate.name, o.key)
    return (s.country or s.key, statement.predicate.name, (o.country or o.key) if o.type is not EntityType.TOPIC else o.key)


_VENUE_PREPS = frozenset({"in", "at", "inside"})
"""Prepositions whose object, when a city, is where something happened ("talks in X", "met at X")."""


@cache
def _city_names() -> frozenset[str]:
    """The names of cities: the gazetteer's metonyms (capitals, :func:`kg.gazetteer.metonyms`) and :func:`kg.gazetteer.cities`."""
    return metonyms() | frozenset(cities())


def _venue(doc: Doc, mention: Mention) -> bool:
    """Whether a country's mention is a city where something happened, not the state: a city or capital's name
    (:func:`kg.gazetteer.cities`, a gazetteer metonym) as the object of "in", "at" or "inside" ("after talks in Abu
    Dhabi", "the two sides met in Istanbul"). "Moscow said" and "strikes in Ukraine" (the country's own name) stay."""
    if mention.entity.type is not EntityType.COUNTRY:
        return False
    if mention.text not in _city_names():
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = first_conjunct(span.root)
    return root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPS


def _held_outside(title: Token) -> bool:
    """Whether a reporting verb's subject is an office its country's state does not speak through: one out of office
    ("Y's former president", "Y's shadow foreign secretary", "Y's president-elect") or a party's ("Y's Labour Party
    leader"; :mod:`kg.extract._out_of_office`)."""
    if title.pos_ not in ("NOUN", "PROPN"):
        return False
    office = titled_not_yet(title) or title
    return bool(office_marks(title)) or (acts_for_state(office.lemma_.lower()) is True and party_title(office))


def _outside_speaker(title: Token, found: list[Entity]) -> Entity | None:
    """Whose words a subject of :func:`_held_outside` says, given the actors of its phrase (its country first): a
    party's officer the party's when named ("Y's Labour Party leader said": the Labour Party), else no one's; an office
    out of office its sector's of the country ("Y's president-elect said": Y's incoming government), a former holder's
    his own (no one's)."""
    marks = office_marks(title)
    if not marks:
        parties = [e for e in found if e.type is EntityType.ORGANIZATION]
        return parties[0] if len(parties) == 1 else None
    sector = out_of_office_sector(marks)
    if sector in PEOPLE_SECTORS or not found[0].country:
        return None
    return sector_actor(found[0].country, sector, holder_label(title))


def _private_modifier(doc: Doc, mention: Mention) -> bool:
    """Whether a country's mention only modifies a noun of a person or body that does not act for its state ("the French
    striker", "a Spanish bank": :func:`kg.gazetteer.acts_for_state`)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ == "NOUN" and acts_for_state(root.head.lemma_.lower()) is False

