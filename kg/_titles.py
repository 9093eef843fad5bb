"""Titles and names around a person's name, for the resolve stage (:mod:`kg.resolve`).

A title before a name ("the Kenyan trade minister X", "President of Freedonia X"),
after it ("X, the Y ambassador to Z", "X, adviser to the President of Y", "X served
as president of Y"), a defining sentence ("X is a Zambian politician"), and the
repair of names the NER cut short or glued to a country word, and which person a title written alone may
name (:func:`same_title`, :func:`other_parties`). Text is read
"masked": lower case, each country mention replaced by ``@N`` (see :func:`masked`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.ambiguity import name_word
from kg.gazetteer import ADJECTIVE, HONORIFICS, PEOPLE_SECTORS, Role, load_gazetteer, load_office_holders, role_of, sector_nouns, structural_cues, titles
from kg.gazetteer import title_pattern as _title_pattern
from kg.model import EntityType, Mention
from kg.nlp import entities

_NO_LONGER = {"former", "ex", "ex-", "late", "then", "previous", "future", "incoming", "would-be", "shadow", "opposition"}
"""Words before a title that mean the person named does not hold that office now ("former President Donald Trump")."""

_GLUE = r"(?:by|to|of|in|for|from|with|and|or|at|on|as|the|a|an|said|says|told|that|who|which|while|but)"
"""Words that cannot stand between a country and a title of the same phrase ("Russian foreign ministry spokeswoman")."""

@dataclass(frozen=True)
class Place:
    """A country mention: its span and the ISO code it resolved to."""

    span: Span
    code: str


def country_tokens(doc: Doc, keys: dict[int, str | None] | None = None) -> dict[int, Place]:
    """Map each token index inside a (resolved) gazetteer country mention to the mention."""
    found = {}
    for ent in entities(doc):
        key = keys.get(ent.start) if keys is not None else ent.ent_id_
        if key and key.startswith("country/"):
            place = Place(ent, key.split("/", 1)[1])
            for i in range(ent.start, ent.end):
                found[i] = place
    return found


def masked(tokens: list[Token], countries: dict[int, Place]) -> tuple[str, list[str]]:
    """Lower-case text of tokens with each country mention replaced by ``@N`` (N indexes the codes)."""
    words, codes, _ = _masked_words(tokens, countries)
    return " ".join(words), codes


def _masked_words(tokens: list[Token], countries: dict[int, Place]) -> tuple[list[str], list[str], list[int]]:
    """The words of :func:`masked`, the codes, and the index of each word's first token."""
    words: list[str] = []
    codes: list[str] = []
    starts: list[int] = []
    last_span = None
    for token in tokens:
        place = countries.get(token.i)
        if place is not None:
            if place is not last_span:
                words.append(f"@{len(codes)}")
                codes.append(place.code)
                starts.append(token.i)
            last_span = place
            continue
        last_span = None
        glued = bool(words) and token.i > 0 and not token.doc[token.i - 1].whitespace_ and (
            token.text == "-" or words[-1].endswith("-")
        )
        if glued:
            words[-1] += token.lower_  # "Secretary-General" is three tokens, one title
        elif token.text in ("'s", "’s"):
            words.append("'s")
            starts.append(token.i)
        else:
            words.append(token.lower_)
            starts.append(token.i)
    return words, codes, starts


_PLACE_PREPOSITIONS = [[w] for w in ("in", "at", "inside", "near", "across", "throughout")]
"""Words before a country that make it a place ("in Freedonia"), as a one-word list to compare with a text's last word."""
_REGNAL_END = re.compile(r"\s[IVX]{1,5}$")
"""A regnal number ending a name ("Rufus IV")."""


def after_place_word(text: str, start: int) -> bool:
    """Whether the word before ``start`` in a line of words makes a country there a place, not a title's owner: "in
    Freedonia Minister X" (where it happened, not whose minister).

    >>> after_place_word("talks in c0 minister p0", 9), after_place_word("the c0 minister p0", 4)
    (True, False)
    """
    return text[: start - 1].split()[-1:] in _PLACE_PREPOSITIONS


def regnal_name(label: str) -> bool:
    """Whether a person's name ends with a regnal number, a monarch's ("Rufus IV", "Mswati III").

    >>> regnal_name("Rufus IV"), regnal_name("Ana Sol")
    (True, False)
    """
    return _REGNAL_END.search(label) is not None

_BAREHONORIFICS = frozenset(h.rstrip(".") for h in HONORIFICS)
"""Honorifics without their full stop ("mr", "dr")."""


@cache
def _title_around(before: bool) -> re.Pattern[str]:
    """The masked text's title pattern just before a name (``before``) or just after it (see :func:`masked`)."""
    if before:
        return re.compile(
            rf"(?:(?:@(?P<c1>\d+))(?: 's)? |the )?(?:(?!{_GLUE}\b)[a-z-]+ ){{0,2}}?{_title_pattern().pattern}(?: of (?:the )?@(?P<c2>\d+))?$"
        )
    return re.compile(
        rf"(?:\( [^()]* \) )?(?:, (?:who (?P<verb1>{office_verbs()}) )?|(?:, )?(?P<verb2>{office_verbs()}) (?:as )?)(?:the |a |an )?(?:(?:(?!{_GLUE}\b)[a-z-]+ )?(?:@(?P<c1>\d+))(?: 's)? )?(?:(?!{_GLUE}\b)[a-z-]+ ){{0,2}}?{_title_pattern().pattern}(?! 's)"
        rf"(?: to (?:the )?(?:@(?P<c3>\d+)(?: 's)? )?(?:{_any_title()}))?(?: of (?:the )?(?:@(?P<c2>\d+)(?: 's)?)?)?"
    )


@cache
def office_verbs() -> str:
    """The verbs that put a title after a name ("X served as president of Y"; ``kg/data/structural.yaml``)."""
    verbs = structural_cues().office_verbs
    return "|".join(re.escape(v) for v in sorted({*verbs["current"], *verbs["past"]}, key=len, reverse=True))


@cache
def _any_title() -> str:
    """The title alternatives without their group name (for a second title in one pattern)."""
    return _title_pattern().pattern.replace("(?P<title>", "(?:", 1)


def title_before(span: Span, countries: dict[int, Place]) -> tuple[Role | None, str | None]:
    """Role and country from the words just before a name ("President of Azerbaijan", "Mali's Foreign Minister")."""
    start = max(span.sent.start, span.start - 9)
    tokens = [t for t in span.doc[start : span.start] if t.lower_.rstrip(".") not in _BAREHONORIFICS]
    words, codes, starts = _masked_words(tokens, countries)
    text = " ".join(words)
    text = re.sub(r"\s*,\s*$", "", text)
    match = _title_around(before=True).search(text)
    if not match:
        inverted = _INVERTED.search(text)  # "the second president of Y was X": of Y, an office of the past or now
        index = inverted["c1"] or inverted["c2"] if inverted else None
        return None, codes[int(index)] if index is not None else None
    role = role_of(match["title"])
    index = match["c2"] or match["c1"]
    if index is not None and index == match["c1"] and after_place_word(text, match.start("c1")):
        index = None  # "in Freedonia Minister X": where it happened, not whose minister
    if index is not None and index == match["c1"] and _walled(span.doc, starts, text, match):
        index = None  # "X of Freedonia met Prime Minister Y of Sylvania": Freedonia is X's, the clause's word ends its phrase
    code = codes[int(index)] if index is not None else role.country
    title_word = len(text[: match.start("title")].split())
    if code is None and title_word < len(starts) and of_country_after(span, countries) is None:
        code = _coordinated_country(span, starts[title_word], countries)  # "Y-ian President A and Prime Minister B"
    if code is None and text[: match.start("title")].endswith("the country 's "):
        end = max(t.i for t in tokens if t.lower_ == "country")
        code = _the_country(span, end, countries)  # "Freedonia's society ... the country's Prime Minister X"
    prefix = text[: match.start("title")]
    if party_office(text[match.end("c1") if match["c1"] else match.start() : match.start("title")], match["title"]):
        return None, code  # "Y's Labour Party leader X": X leads the party, not Y
    if prefix and not prefix.endswith(" ") and prefix.split()[-1] in _NO_LONGER:
        return None, code  # "ex-President X": the word glued to the title
    title_word = len(prefix.split()) - (1 if prefix and not prefix.endswith(" ") else 0)
    if _no_longer_before(span.doc, starts[title_word] - 1, span.sent.start):
        return None, code  # "former US President Donald Trump": still American, no longer president
    return role, code


_WALL_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "PUNCT"})
"""Parts of speech that end the phrase of a title when read backwards from it ("called in | Ambassador X")."""


def ends_title_phrase(token: Token) -> bool:
    """Whether a word between a country and the title after it belongs to another phrase, so that the
    country does not own the title: "Freedonia met | Prime Minister X", "Freedonia hosted | President X"
    (not the modifiers of the title: "Freedonia's outgoing Prime Minister X", "the Freedonian acting
    President X", "the Freedonian ex - president X")."""
    return token.pos_ in _WALL_POS and token.dep_ not in ("amod", "compound", "nmod") and token.text not in ("'s", "’s", "-")


def _walled(doc: Doc, starts: list[int], text: str, match: re.Match[str]) -> bool:
    """Whether a word of another phrase (:func:`ends_title_phrase`) stands between a country and the title after it."""
    country = len(text[: match.start("c1") - 1].split())
    title = len(text[: match.start("title")].split())
    return any(ends_title_phrase(doc[starts[word]]) for word in range(country + 1, title))


def _coordinated_country(span: Span, title_start: int, countries: dict[int, Place]) -> str | None:
    """The country of the first of two titled names joined by "and", for the second title, which names none:
    "Freedonian President Rufus Firefly and Prime Minister Ana Sol" (Ana Sol is Freedonia's too). The first name
    must be right before the "and", with its own title and country ("Freedonia's President Rufus Firefly")."""
    doc = span.doc
    conj = title_start - 1
    if conj <= span.sent.start or doc[conj].lower_ != "and":
        return None
    end = conj
    first = end
    while first - 1 >= span.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    if first == end:
        return None
    role, code = title_before(doc[first:end], countries)
    return code if role is not None else None


def _no_longer_before(doc: Doc, last: int, limit: int) -> bool:
    """Whether a word of :data:`_NO_LONGER` modifies the title that follows token ``last`` ("the then President",
    "former US President"), read back over the title's own phrase only: "then called in Ambassador X" is no former
    title. ``limit`` is the first token that may be read (the sentence start)."""
    i = last
    while i >= limit and i > last - 4:
        token = doc[i]
        if token.lower_ in _NO_LONGER or f"{token.lower_}-" in _NO_LONGER and doc[i + 1].text == "-":
            return True
        glued_hyphen = token.text == "-" and not doc[i - 1].whitespace_
        if token.pos_ in _WALL_POS and not glued_hyphen and token.text not in ("'s", "’s"):
            return False
        i -= 1
    return False


_INVERTED = re.compile(
    r"(?:@(?P<c1>\d+) 's |the )(?:[a-z-]+ ){0,2}?(?:head of state|head of government|president|prime minister|premier|king|queen|"
    r"monarch|chancellor|emperor|empress|sultan|emir)(?: of (?:the )?@(?P<c2>\d+))? (?:is|was|has been|had been|became|remains)$"
)
"""A title of a country's leader, then a copula, before a name: "the first president of Y was X", "Y's head of state is X"."""


def _the_country(span: Span, end: int, countries: dict[int, Place]) -> str | None:
    """What "the country's" refers to: the one country the sentence names before ``end`` (None: none, or several)."""
    codes = {countries[i].code for i in range(span.sent.start, end) if i in countries}
    return codes.pop() if len(codes) == 1 else None


def name_of_country(span: Span, countries: dict[int, Place]) -> str | None:
    """The country of "X of Y" right after a full name: a monarch's regnal name ("Frederick IX of Denmark"), a
    competitor or delegate listed by country ("Daniel Mwangi of Kenya finished second"); not "X of Y's party"."""
    code = of_country_after(span, countries)
    if code is None or len(span) < 2:
        return None
    place_end = next(p.span.end for i, p in countries.items() if i > span.end and p.code == code)
    if place_end < len(span.doc) and span.doc[place_end].text in ("'s", "’s"):
        return None
    return code


@cache
def _nationality() -> re.Pattern[str]:
    """A person's nationality in a defining sentence or an apposition: "X is a Zambian politician", "X (1923-1999)
    was an Irish diplomat", "X, (1923-1999) was an Irish diplomat", "X, a Brazilian diplomat, ...", "X is a
    Kenyan-born Irish writer" (the nationality, not the birthplace), "X, a citizen of Y", "X is a national of Y",
    "X, a member of Freedonia's parliament" (a seat in a country's legislature, ``legislatures`` of
    ``kg/data/structural.yaml``)."""
    houses = "|".join(re.escape(h) for h in sorted(structural_cues().legislatures, key=len, reverse=True))
    return re.compile(
        r"(?:(?:, )?\([^()]*\) )?(?:, (?:(?:is|was|served as) )?|(?:is|was|served as) )(?:a|an) (?:[a-z]+ )?"
        r"(?:(?:@\d+-born )?@(?P<c>\d+)(?:-born)? (?P<noun>[a-z-]+)"
        r"|(?:citizen|national) of (?:the )?@(?P<c2>\d+)|(?:[a-z-]+ ){1,3}?from (?:the )?@(?P<c3>\d+)(?: [^a-z@]|$)"
        rf"|member of (?:the )?@(?P<c4>\d+) (?:'s )?(?:[a-z]+ )?(?:{houses})(?![\w-]))"
    )


_NATIONALITY_LEAD = frozenset({"the", "a", "an", ",", "(", ";", ":", "and", "by", "with", "of", "to", "for", "from"})
"""Words after which a country word starts the noun phrase of a name ("the Kenyan runner X", "by Brazilian novelist X")."""


def of_country_after(span: Span, countries: dict[int, Place]) -> str | None:
    """The country in "of [the] Y" right after a titled name ("King Rufus of Freedonia")."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        if i in countries and countries[i].span.start == i:
            return countries[i].code
    return None


def title_after(span: Span, countries: dict[int, Place]) -> tuple[Role | None, str | None]:
    """Role and country from an apposition after a name ("Fumio Kishida, Japan's prime minister")."""
    end = min(_sentence_end(span), span.end + 16)
    tokens = list(span.doc[span.end : end])
    text, codes = masked(tokens, countries)
    match = _title_around(before=False).match(text)
    if not match:
        nationality = _nationality().match(text)  # "X (born 1950) is a Zambian politician": Zambian, no office
        if nationality is None or nationality["noun"] in structural_cues().not_nationality_nouns:
            return None, None
        return None, codes[int(nationality["c"] or nationality["c2"] or nationality["c3"] or nationality["c4"])]
    index = match["c2"] or match["c3"] or match["c1"]  # "adviser to the President of Y" works for Y
    role = role_of(match["title"])
    code = codes[int(index)] if index is not None else role.country
    verb = match["verb1"] or match["verb2"]
    if verb in structural_cues().office_verbs["past"]:
        return None, code  # "X was the president of Y": of Y, but the office is in the past
    if party_office(text[match.end("c1") if match["c1"] else match.start() : match.start("title")], match["title"]):
        return None, code  # "X, Y's Conservative Party leader,": X leads the party, not Y
    if not_yet_after(text, match.end("title")):
        return None, code  # "X, Y's president-elect,": of Y, but the office is not taken up yet
    if set(text[: match.start("title")].split()) & _NO_LONGER:
        return None, code
    return role, code


def party_office(between: str, title: str) -> bool:
    """Whether the words between a country (or the start of a title's phrase) and a title make it an office of a
    party, not of the state (``party_words`` and ``party_titles`` of ``kg/data/structural.yaml``): "Labour Party
    leader", "Conservative leader", "Green Party spokesman"; not "Labour prime minister" (a party's adjective on
    an office of the state).

    >>> party_office(" 's labour party ", "leader"), party_office(" conservative ", "leader"), party_office(" labour ", "prime minister")
    (True, True, False)
    """
    cues = structural_cues()
    words = set(between.lower().split())
    return "party" in words or (title.lower() in cues.party_titles and bool(words & set(cues.party_words)))


def not_yet_after(text: str, end: int) -> bool:
    """Whether a title ending at ``end`` of a masked text (see :func:`masked`) is written with a word of ``not_yet``
    (``kg/data/structural.yaml``) after a hyphen: "president-elect", "prime minister-designate".

    >>> not_yet_after("@0 's president-elect , met", 15), not_yet_after("@0 's president , met", 15)
    (True, False)
    """
    match = re.match(r"[-\u2010\u2011]([a-z]+)", text[end : end + 16])
    return match is not None and match[1] in structural_cues().not_yet


def office_after(span: Span, countries: dict[int, Place]) -> Role | None:
    """The office an apposition or an office verb after a name gives, held now or in the past ("X, the king of
    Y", "X reigned as King of Y", "X was the prime minister of Y"); None without one."""
    end = min(_sentence_end(span), span.end + 16)
    text, _ = masked(list(span.doc[span.end : end]), countries)
    match = _title_around(before=False).match(text)
    return role_of(match["title"]) if match else None


@cache
def _office_noun_around() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(re.escape(n) for n in sorted(structural_cues().office_nouns, key=len, reverse=True))
    return (re.compile(rf"\b(?:the|a) (?P<noun>{nouns}) of $"),  # "during the presidency of X"
            re.compile(rf"^(?:'s|’s) (?P<noun>{nouns})\b(?! of\b)"),  # "X's presidency", not "X's presidency of the club"
            # "the office of chancellor is held by X", "the position of king was held by X"
            re.compile(rf"\b(?:post|office|position) of (?:the )?{_title_pattern().pattern} (?:is |was |has been |had been )?"
                       r"(?:currently |then |now |later )?held by (?:the )?(?:[a-z]+ )?$"))


def office_noun(span: Span) -> Role | None:
    """The office a noun of office says a name holds ("during the presidency of X", "X's premiership", "in the
    reign of X", "the office of chancellor is held by X"); None without one, or for an office of something
    named after it ("X's presidency of the club")."""
    before, after, held = _office_noun_around()
    doc = span.doc
    head = doc[max(span.sent.start, span.start - 4) : span.start].text.lower() + " "
    tail = doc[span.end : min(span.sent.end, span.end + 3)].text.lower()
    match = before.search(head) or after.match(tail)
    if match:
        return role_of(structural_cues().office_nouns[match["noun"]])
    post = held.search(doc[max(span.sent.start, span.start - 14) : span.start].text.lower() + " ")
    return role_of(post["title"]) if post else None


def _sentence_end(span: Span) -> int:
    """The end of a name's sentence, past a parenthesis the parser took for a sentence end ("X (; born 1950) is a...")."""
    doc = span.doc
    end = span.sent.end
    if span.end < len(doc) and doc[span.end].text.startswith("("):
        close = next((t.i for t in doc[span.end : span.end + 20] if t.text.endswith(")")), None)
        if close is not None and close + 1 < len(doc):
            end = max(end, doc[close + 1].sent.end)
    return end


def nationality_before(span: Span, countries: dict[int, Place]) -> str | None:
    """The country of a country word that opens the noun phrase of a name: "the Kenyan runner X", "Brazilian
    novelist X", "the Kenya-born X", "the Kenyan-born sprint coach X", "the Kenyan-born Irish writer X" (Irish).

    The words between the country and the name must be singular common nouns (one person's occupation);
    the country word must start the phrase (sentence start, a determiner, a preposition or a comma), so
    that "Kenyan police arrested X" (a verb between) and "the Kenyan runners' coach X" give nothing.
    """
    doc = span.doc
    i = span.start - 1
    nouns = 0
    while i >= span.sent.start and nouns < 3 and doc[i].tag_ == "NN" and doc[i].is_lower and doc[i].is_alpha:
        i -= 1
        nouns += 1
    if nouns and doc[i + 1].lower_ in structural_cues().not_nationality_nouns:
        return None  # "the Russian ally X"
    born = i - 1 >= span.sent.start and doc[i].lower_ == "born" and doc[i - 1].text == "-"
    if born:
        i -= 2
    elif nouns == 0:
        return None  # "Kenyan X": a country word glued to a name is cut off by clean_person_name, not a nationality
    place = countries.get(i)
    if place is None or place.span.end != i + 1:
        return None
    lead = place.span.start - 1
    if not born and lead - 2 >= span.sent.start and doc[lead].lower_ == "born" and doc[lead - 1].text == "-" \
            and (birthplace := countries.get(lead - 2)) is not None:
        lead = birthplace.span.start - 1  # "the Kenyan-born Irish writer X": Irish, where X was born is no nationality
    if lead >= span.sent.start and doc[lead].lower_ not in _NATIONALITY_LEAD:
        return None
    return place.code


def clean_person_name(span: Span) -> Span:
    """A PERSON span without honorifics and titles ("Spokeswoman Maria Zakharova"), completed with name words
    the NER left out ("Antony" of "Antony J. Blinken", "Raisi" of "Ebrahim Raisi")."""
    doc = span.doc
    start, end = span.start, span.end
    titled = _titled_before(doc, start)
    stripped = True
    while stripped:
        stripped = False
        while start < end and (doc[start].lower_ in HONORIFICS or doc[start].lower_ == "the"):
            start += 1
            stripped = True
        for k in range(min(4, end - start - 1), 0, -1):
            if " ".join(t.lower_ for t in doc[start : start + k]) in titles():
                start += k
                stripped = titled = True
                break
        if end - start > 1 and is_country_word(doc[start]):
            start += 1  # "Freedonian Rufus Firefly": the country word before a name is not part of it
            stripped = True
    for k in range(min(4, end - start), 0, -1):
        if end < span.sent.end and " ".join(t.lower_ for t in doc[end - k : end]) in titles() and name_word(doc[end]):
            start, titled = end, True  # "Tudor King | Rufus IV": the NER took the words before a title for the name
            break
    if titled:
        end = name_end(doc, end, span.sent.end)  # after a title the name runs to the end of its capitalised words
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if start == end:
        return doc[start:end]
    initial = re.fullmatch(r"[A-Z]\.", doc[start].text) is not None
    if initial and start > 0 and not doc[start - 1].is_sent_end and not doc[start - 1].ent_type_ and name_word(doc[start - 1]):
        start -= 1  # "Antony" of "Antony J. Blinken"
    if end - start == 1 and start > 0 and not titled and _given_name_before(doc[start - 1], doc[start]):
        start -= 1  # "Rosa" of "the Freedonian Foreign Minister, Rosa Mendel": the NER took the surname alone
    while start > 0 and not titled and _left_out_name(doc[start - 1], doc[start:end]):
        start -= 1  # "Recep" of "Recep Tayyip Erdogan" at the start of a sentence
    if end - start == 1 and end < len(doc) and not doc[end].is_sent_start and not doc[end].ent_type_ and name_word(doc[end]):
        end += 1  # "Raisi" of "Ebrahim Raisi"
    return doc[start:end]


def _left_out_name(token: Token, name: Span) -> bool:
    """Whether a capitalised word the NER left out before a name is a first part of it: a proper noun compounded into
    the name, with no entity of its own, that makes the name of a known person (a rank or a title before the name
    makes none)."""
    return token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.i in range(name.start, name.end) \
        and not token.ent_type_ and name_word(token) and load_office_holders().named(f"{token.text} {name.text}") is not None


def _given_name_before(token: Token, surname: Token) -> bool:
    """Whether a capitalised word the NER left out before a surname it tagged alone is the given name: a proper noun
    compounded into the surname, with no entity of its own, inside the sentence."""
    if not (token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.i == surname.i and not token.ent_type_
            and not token.is_sent_start and name_word(token) and not is_country_word(token)):
        return False
    # "Tayyip Erdogan": a known office-holder's surname keeps its holder unless the longer name is known too
    holders = load_office_holders()
    return holders.named(surname.text) is None or holders.named(f"{token.text} {surname.text}") is not None


def _titled_before(doc: Doc, start: int) -> bool:
    """Whether a title of office ends right before token ``start`` ("President | Rufus T. Firefly")."""
    return any(" ".join(t.lower_ for t in doc[start - k : start]) in titles() for k in range(1, min(4, start) + 1))


def is_country_word(token: Token) -> bool:
    """Whether a token is a country adjective or demonym of the gazetteer ("Freedonian")."""
    return token.text in country_adjectives()


@cache
def country_adjectives() -> frozenset[str]:
    """The gazetteer's adjectives and demonyms of countries ("Freedonian")."""
    return frozenset(s.text for s in load_gazetteer().surfaces if s.kind == ADJECTIVE and s.entity.type is EntityType.COUNTRY)


def name_end(doc: Doc, end: int, limit: int) -> int:
    """The end of a person's name that the NER cut short: more name words, and hyphenated parts ("Chan-o-cha")."""
    for _ in range(6):
        if end >= limit:
            break
        token = doc[end]
        if token.text == "-" and not doc[end - 1].whitespace_ and not token.whitespace_ and end + 1 < limit and doc[end + 1].is_alpha:
            end += 2
        elif token.ent_type_ in ("", "PERSON") and not token.is_sent_start and name_word(token):
            end += 1
        elif _REGNAL.fullmatch(token.text) and (len(token.text) > 1 or end + 1 >= limit or doc[end + 1].text in ("of", ",", ".")):
            end += 1  # "King Rufus II", "Queen Anne I of Freedonia"
            break
        else:
            break
    return end


_REGNAL = re.compile(r"[IVX]{1,5}")


_TITLE_GLUE = frozenset({"of", "the", "for", "and", "on", "to"})
"""Words of a title that are not words of its office ("minister of foreign affairs")."""


def same_title(title: str, held: tuple[str, ...], office: str = "") -> bool:
    """Whether a title written alone is one the text gave a person: the words of the one are all words of the
    other ("the foreign minister" for "Minister of Foreign Affairs X", "the minister" for "Foreign Minister X"),
    not another style of the same office ("the Foreign Secretary" is not "Secretary of State X"). The office's
    own name (``office``, the role: "the foreign minister") names its holder in any style ("External Affairs
    Minister X"). A person the text gave no title (a role from a noun of office) fits any.

    >>> same_title("foreign minister", ("minister of foreign affairs",))
    True
    >>> same_title("foreign secretary", ("secretary of state",))
    False
    >>> same_title("foreign minister", ("secretary of state",), office="foreign minister")
    True
    """
    if not held or not title or title == office:
        return True
    words = set(title.replace("-", " ").split()) - _TITLE_GLUE
    for other in held:
        theirs = set(other.replace("-", " ").split()) - _TITLE_GLUE
        if words <= theirs or theirs <= words:
            return True
    return False


_PERSONAL = frozenset({"he", "she", "him", "her"})
"""Personal pronouns that stand for a person of the discourse."""


def other_parties(span: Span, named: dict[int, str]) -> tuple[set[str], bool]:
    """The people a title's clause names outside the title's own phrase, whom the title cannot name ("Foreign
    Minister X met the Chilean foreign minister": another minister; "the Chilean foreign minister hosted X"), and
    whether a personal pronoun stands there ("She met the Chilean foreign minister"). A title in apposition to a
    name is that name's ("X, the Chilean foreign minister, said"); the clauses below the title's own
    (:data:`_OTHER_CLAUSES`) are not read. ``named`` maps tokens to the people named there."""
    own = span.root
    if own.dep_ == "appos":
        own = own.head
    phrase = {t.i for t in own.subtree}
    clause = own
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    keys: set[str] = set()
    pronoun = False
    todo = [clause]
    while todo:
        token = todo.pop()
        if token.i in phrase:
            continue
        if token.i in named:
            keys.add(named[token.i])
        elif token.lower_ in _PERSONAL and token.pos_ == "PRON":
            pronoun = True
        todo += [c for c in token.children if c.dep_ not in _OTHER_CLAUSES]
    return keys, pronoun


_OTHER_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"})
"""Dependencies that open another clause, whose people are not the title's clause-mates ("X said ..., the
President said": the speaker twice; "Y expelled the ambassador, and police escorted Ambassador X": X)."""


def private_speakers(doc: Doc, mentions: Iterable[Mention]) -> frozenset[str]:
    """Keys of the persons without an office whom the article describes by a noun of one who speaks for himself: an
    analyst, a professor, a columnist, a firm's man (the sectors of :data:`kg.gazetteer.PEOPLE_SECTORS`) before the
    name or in an apposition ("Czech analyst Jan Novak", "Jan Novak, a Czech analyst", "a Czech analyst, Jan Novak").
    Their "we" is not their country, nor their own act their state's.
    """
    nouns = sector_nouns()
    found: set[str] = set()
    for m in mentions:
        if m.entity.type is not EntityType.PERSON or m.entity.role or m.entity.key in found:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        described = [c for c in root.children if c.dep_ in ("compound", "appos") and not span.start <= c.i < span.end]
        if root.dep_ == "appos":
            described.append(root.head)  # "a Czech analyst, Jan Novak"
        if any(nouns.get(t.lemma_.lower()) in PEOPLE_SECTORS for t in described):
            found.add(m.entity.key)
    return frozenset(found)
