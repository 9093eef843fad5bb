"""Structural relations of the ``patterns.v1`` extractor: offices (leaderOf, officialOf) and memberships (memberOf).

Entry point: :func:`structural_statements`. Two sources:

* what the text states in a sentence, with its time when it gives one: "X served as /
  was elected / became president of Y", "former prime minister X", "Y's head of state
  X", "X was the prime minister of Y from 1990 to 1995", "X chairs / heads / leads O", "X has led Y since 2014",
  "X, who heads Y's government,", "Y, ruled by X,", "X took over as O secretary-general", "Y was admitted as O's 11th member",
  "Y joined / is a member of / acceded to O", "Y became O's 31st member", "the founding members of O include A, B
  and C", "O member Y"; in biographical prose also "X succeeded Z as president of Y" (Z held it before),
  "Under President X, Y ...", "during the presidency of X, Y ...", "X held the post of", "the founder and first
  chairman of O", a subject "he" / "she" for the person a sentence before named ("She served as president of Y",
  offices of countries and international bodies only), "its" for the country or body ("Its chairman, X,") and
  "the party" for the one party named just before;
* the role and country that :mod:`kg.resolve` gave a titled person (the first mention
  of each), when no sentence stated the same relation.

A past office or membership ("former", "served as ... until 1995", "was the
president of") is marked ``former`` and carries the dates the text gives
(``valid_from``, ``valid_until``): it is never asserted as current. The holder of a country's office stated in a
sentence, given no country by :mod:`kg.resolve`, is of that country in the statement ("X succeeded Z as
president of Y": X and Z of Y). The cue words
are in ``kg/data/structural.yaml``; the titles are those of ``kg/data/roles.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from spacy.tokens import Span, Token

from kg._titles import after_place_word, ends_title_phrase, party_office, regnal_name
from kg.extract._context import _Context
from kg.extract._discourse import refer
from kg.gazetteer import load_gazetteer, role_of, structural_cues, title_pattern
from kg.model import Entity, EntityType, Mention, Modality, Statement
from kg.resolve import person_predicates
from kg.vocab import predicate

EXTRACTOR = "patterns.v1"
_KINDS = {EntityType.PERSON: "p", EntityType.COUNTRY: "c", EntityType.ORGANIZATION: "o"}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_STATE_PRONOUNS = ("it", "its")
_PERSON_SUBJECTS = ("he", "she")


@dataclass(frozen=True)
class _Found:
    """One structural relation read from a sentence."""

    subject: Entity
    predicate: str
    object: Entity
    trigger: str
    former: bool
    valid_from: str | None
    valid_until: str | None


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The sentence patterns over the masked text (see :func:`_masked`), compiled once."""
    cues = structural_cues()
    title = title_pattern().pattern.replace("(?P<title>", "(?:", 1)
    mod = rf"(?:(?:{_alternatives(cues.title_modifiers + cues.former)}) )"
    fill = rf"(?:(?:{_alternatives(cues.country_fillers)}) )?"
    owner = rf"(?:@(?P<k1>[co])(?P<c1>\d+) (?:'s )?{fill})?"
    of = r"(?: (?:of|for) (?:the )?@(?P<k2>[co])(?P<c2>\d+)(?! 's))?"
    end = r"(?![\w-])(?! 's)"
    # one more word may qualify a title ("the ceremonial president"), never one that makes it another office
    free = rf"(?P<free>(?!(?:{_alternatives(cues.not_titles)})\b)[a-z]+ )??"
    office = rf"(?P<mods>{mod}*){owner}(?P<mods2>{mod}*){free}(?P<title>{title}){end}"
    verbs = _alternatives(cues.office_verbs["current"] + cues.office_verbs["past"])
    countries = r"@c\d+(?: , (?:the )?@c\d+)*(?: ,)?(?: and (?:the )?@c\d+)?"
    # "NATO, the OSCE and the Council of Europe", "both the AU and the Commonwealth", "the AU and of the Commonwealth"
    orgs = r"(?:both )?(?:the )?@o\d+(?: , (?:the )?@o\d+)*(?: ,)?(?: (?:and|as well as) (?:of )?(?:the )?@o\d+)?"
    nouns = _alternatives(cues.member_nouns)
    openers = _alternatives(cues.list_openers)
    copulas = _alternatives(cues.member_copulas["current"] + cues.member_copulas["past"])
    ranks = _alternatives(cues.member_ranks)
    # "a member state", "the 29th member", "a full member country", "one of the six founding members"
    membership = (rf"(?:(?:a|an|the) )?(?:(?:\d+(?:st|nd|rd|th)|{ranks}) ){{0,2}}(?:{nouns})"
                  rf"|(?:one of|among) the (?:(?:\d+|[a-z]+) )??(?:(?:founding|original|full|permanent) )?(?:{nouns})")
    accessions = _alternatives(cues.accession_nouns)
    members = rf"{_alternatives(cues.member_verbs['current'] + cues.member_verbs['past'])}|(?:{copulas}) (?:{membership}) of"
    # the last organisation of a list is not the subject of a clause of its own ("Y is a member of O1 and O2 is ...")
    clause_end = r"(?! (?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|said|says)\b)"
    partner = rf"(?:(?:{_alternatives(cues.office_partners)}) and (?:the |a |an )?)?"  # "the founder and first chairman of O"
    paren = r"(?:\( [^()]* \) )?"
    aside = r"(?:\( [^()]* \) |, [^,;()]{1,80}? , )?"  # "X (born 1950)", "X, the former envoy, ..."
    return {
        # "the former Afghan prime minister X", "Y's head of state, X", "King X of Y"
        "before": re.compile(
            rf"(?<![\w@-]){office}{of}(?: ,)? @p(?P<p>\d+)(?: of (?:the )?@c(?P<c3>\d+))?"
        ),
        # "X, the Y ambassador to Z", "X, who was prime minister of Y", "X, adviser to the president of Y"
        "after": re.compile(
            rf"@p(?P<p>\d+) {paren}, (?P<rel>who (?:is|was|has been|had been|served as|serves as) )?(?:the |a |an )?"
            rf"{office}(?: to (?:the )?(?:@c(?P<c4>\d+) (?:'s )?)?(?:{title}){end})?{of}"
        ),
        # "X served as / was elected / became president of Y", "X was a politician who was president of Y"
        "verb": re.compile(
            rf"@p(?P<p>\d+) {aside}(?:, (?:who )?|(?:is|was) (?:a|an) [^,;]{{0,60}}? who )?(?P<verb>{verbs}) (?:as )?(?:the |a |an )?{partner}{office}{of}"
        ),
        # "X succeeded Z as president of Y", "X, who replaced Z as O's chairman": X holds the office, Z held it
        "succeeds": re.compile(
            rf"@p(?P<p>\d+) {aside}(?:, (?:who )?)?(?P<verb>{_alternatives(cues.succession_verbs)}) @p(?P<q>\d+) as (?:the |a |an )?{office}{of}"
        ),
        # "Z was succeeded as president of Y by X"
        "succeeded_by": re.compile(
            rf"@p(?P<q>\d+) {aside}(?:, (?:who )?)?(?:was|had been) (?P<verb>{_alternatives(cues.succession_passives)}) as (?:the |a |an )?{office}{of}"
            rf"(?: ,)? by @p(?P<p>\d+)"
        ),
        # "Under President X, Y joined O", "during the presidency of X, Y ...", "under X's premiership, Y ...": a
        # head whose country is the subject of the clause the phrase opens
        "under": re.compile(
            rf"(?<![\w@-])(?:under|during) (?:(?P<mods>{mod}*)(?P<title>{title}) @p(?P<p>\d+)"
            rf"|the (?P<noun>{_alternatives(list(cues.office_nouns))}) of @p(?P<p2>\d+)"
            rf"|@p(?P<p3>\d+) 's (?P<noun2>{_alternatives(list(cues.office_nouns))})) , (?:the )?@c(?P<c5>\d+) (?!,|and\b|'s)"
        ),
        # "parliament elected X president of Y", "they named X the ambassador of Y"
        "elected": re.compile(
            rf"(?:elected|re-elected|appointed|named|made|nominated) @p(?P<p>\d+) (?:as )?(?:the |a |an )?{office}{of}"
        ),
        # "the second president of Y was X", "Y's head of state is X"
        "inverted": re.compile(
            rf"(?<![\w@-])(?:the )?{office}{of} (?P<verb>is|was|has been|had been|became|becomes|remains) @p(?P<p>\d+)"
        ),
        # "O, led by X", "O is chaired by X", "Y, ruled by X since 2000,": a country by the verbs of ruling only ("Y, led by
        # X," is as often a team as a state)
        "led_by": re.compile(
            rf"(?:@o(?P<o>\d+) (?:, )?(?:(?:which|that) )?(?P<verb>(?:is |was |are |were )?(?:led|headed|chaired|run|presided over))"
            rf"|@c(?P<c>\d+) (?:, )?(?:(?:which|that) )?(?P<verb2>(?:is |was |has been |had been )?(?:ruled|governed))) by @p(?P<p>\d+)"
        ),
        # "X chairs / heads / leads O", "X, who has headed O since 2019,"
        "leads": re.compile(
            rf"@p(?P<p>\d+) {aside}(?:, who )?(?P<verb>{_alternatives(cues.leads_organisation['current'] + cues.leads_organisation['past'])})"
            rf" (?:the )?@o(?P<o>\d+)(?! 's)"
        ),
        # "X ruled Y", "X, who has led Y since 2014,", "X heads Y's government", "X runs the government of Y"; not "X led
        # Y to victory", "X led Y's delegation" (``rules_country_not_after``)
        "rules": re.compile(
            rf"@p(?P<p>\d+) {paren}(?:, who )?(?P<verb>{_alternatives(cues.rules_country['current'] + cues.rules_country['past'])})"
            rf" (?:over )?(?:(?:the )?@c(?P<c>\d+)(?! 's)(?! (?:{_alternatives(cues.rules_country_not_after)})\b(?! (?:the )?\d{{4}}))"
            rf"(?! (?:,|and|or) (?:the )?@c)(?! \d)(?! for (?!\d|(?:{_alternatives(cues.rules_country_spans)})\b))"
            rf"|@c(?P<cg>\d+) 's {fill}government|the {fill}government of (?:the )?@c(?P<cg2>\d+)|(?:the )?@g(?P<g>\d+))(?![\w-])(?! 's)"
        ),
        # "Gustav III of Y": a regnal name of a country is its monarch's
        "regnal": re.compile(r"@p(?P<p>\d+) of (?:the )?@c(?P<c>\d+)"),
        # "A, B and C joined O", "Y is a member of O1 and O2", "Y, which joined O in 2004"
        "joins": re.compile(
            rf"(?<![\w@])(?P<subj>{countries}) (?:, (?:which|that) )?(?:(?:has|have|had) )?"
            rf"(?:(?:also|now|officially|formally|already|later|eventually|finally|subsequently) )?"
            rf"(?P<verb>{members}) (?P<obj>{orgs}){clause_end}(?: as (?:its|the|a|an) (?:[a-z0-9-]+ ){{0,2}}?(?:{nouns})(?![\w-]))?"
        ),
        # "Y, a member of O since 2004, ...", "Y, a founding member of O1 and O2,"
        "apposed": re.compile(rf"(?<![\w@])(?P<subj>@c\d+) , (?P<verb>(?:{membership}) of) (?P<obj>{orgs}){clause_end}"),
        # "O admitted Y as its 54th member", "O accepted A and B as new members in 2004"
        "admitted": re.compile(
            rf"@o(?P<o>\d+) (?:(?:formally|officially) )?(?P<verb>{_alternatives(cues.admitting_verbs)}) (?P<subj>{countries}) as "
            rf"(?:(?:a|an|its|the) )?(?:(?:\d+(?:st|nd|rd|th)|{ranks}) ){{0,2}}(?:{nouns})(?![\w-])"
        ),
        # "Y became O's 31st member", "A and B are O's newest member states", "Y is a NATO member state"
        "owned_member": re.compile(
            rf"(?<![\w@])(?P<subj>{countries}) (?:(?:officially|formally) )?(?P<verb>{copulas}) (?:(?:the )?@o(?P<o>\d+) 's |(?:a|an) (?:(?:{ranks}) )?@o(?P<o3>\d+) )"
            rf"(?:(?!and\b|or\b)[a-z0-9-]+ ){{0,2}}?(?:{nouns})(?![\w-])"
        ),
        # more memberships of the same countries after one: ", a full member of O2 and an O3 member country",
        # "and acceded to O2 in 2004", "and since 2004 also part of O2" (not: no verb or member noun)
        "and_member": re.compile(
            rf"(?: (?:in|since|from|until|on) [^,;()@]{{1,30}}?)?(?: ,)?(?: and| as well as)? (?:(?:has|have|had) )?(?:also )?"
            rf"(?:(?P<verb>{_alternatives(cues.member_verbs['current'] + cues.member_verbs['past'])})"
            rf"|(?P<cop>{copulas}) (?:{membership}) of|(?:{membership}) of) (?P<obj>{orgs}){clause_end}"
        ),
        "and_owned": re.compile(rf"(?: (?:in|since|from|until|on) [^,;()@]{{1,30}}?)?(?: ,)?(?: and)? (?:a|an) (?:(?:{ranks}) )?@o(?P<o>\d+) (?:{nouns})(?![\w-])"),
        # "NATO member Y", "O's member states include A, B and C", "O has 27 members, including Y"
        "org_members": re.compile(
            rf"@o(?P<o>\d+) (?:'s )?(?:(?!and\b|or\b|with\b|against\b|to\b)[a-z0-9-]+ ){{0,2}}?(?:fellow )?(?:{nouns}) (?:, )?"
            rf"(?:(?:{openers}) (?:, )?)?(?:the )?(?P<subj>{countries})"
        ),
        # "the founding members of O were A, B and C", "members of O such as Y"
        "members_of": re.compile(
            rf"(?:{nouns}) (?:of|in) (?:the )?@o(?P<o>\d+) (?:, )?(?:{openers}) (?:, )?(?:the )?(?P<subj>{countries})"
        ),
        # "O was founded by A and B"
        "founded_by": re.compile(
            rf"@o(?P<o>\d+) (?:was|were) (?:founded|established|created|set up) (?:in \d{{4}} )?by (?:the )?(?P<subj>{countries})"
        ),
        # "Y's membership of O"
        "membership": re.compile(r"@c(?P<c>\d+) 's (?:full )?membership (?:of|in) (?:the )?@o(?P<o>\d+)"),
        # "after Y's accession to O", "since the admission of Y into O": an entry the text puts behind it
        "accession": re.compile(
            rf"(?<![\w@-])(?:{_alternatives(cues.accession_openers)}) (?:the )?(?:@c(?P<c>\d+) 's (?:formal )?(?:{accessions})"
            rf"|(?:formal )?(?:{accessions}) of (?:the )?@c(?P<c2>\d+)) (?:to|into|in) (?:the )?@o(?P<o>\d+)"
        ),
        # "Y's accession to O was completed in 2013", "the admission of Y to O took effect": an entry the text says happened
        "accession_done": re.compile(
            rf"(?<![\w@-])(?:the )?(?:@c(?P<c>\d+) 's (?:formal )?(?:{accessions})|(?:formal )?(?:{accessions}) of (?:the )?@c(?P<c2>\d+))"
            rf" (?:to|into|in) (?:the )?@o(?P<o>\d+) (?:was (?:completed|finalised|finalized|formalised|formalized)"
            rf"|(?:took|came into) effect|became effective|took place)(?![\w-])"
        ),
    }


_DATE = rf"(?:(?:\d{{1,2}} )?(?P<m{{n}}>{'|'.join(_MONTHS)}) (?:\d{{1,2}} (?:, )?)?)?(?P<y{{n}}>1[0-9]{{3}}|20[0-9]{{2}})(?!\d)"


@cache
def _tails() -> list[tuple[str, re.Pattern[str]]]:
    """Time phrases right after a relation: (kind, pattern) — "from 1990 to 1995", "since 2004", "in 2004"."""
    one, two = _DATE.replace("{n}", "1"), _DATE.replace("{n}", "2")
    lead = r"^(?: [a-z]+){0,3}? "
    apart = r"^(?: [a-z]+){0,3}?(?: ,)? "  # "was prime minister of Y twice, from 1990 to 1992"
    return [
        ("range", re.compile(rf"{apart}(?:from|between) {one} (?:to|until|till|and|-) {two}")),
        ("range", re.compile(rf"^ \( {one} (?:-|to) {two} \)")),
        ("since", re.compile(rf"{apart}since {one}")),
        ("until", re.compile(rf"{apart}(?:until|till) {one}")),
        ("in", re.compile(rf"{lead}(?:in|on) {one}")),
    ]


@cache
def _opening_date() -> re.Pattern[str]:
    """A date that opens the clause of a relation: "In 2003, X succeeded Z as president of Y", "in 2011 he was appointed"."""
    return re.compile(rf"(?:^|[,;] )(?:in|on) {_DATE.replace('{n}', '1')} (?:, )?$")


def _date_of(match: re.Match[str], n: int) -> str:
    year, month = match[f"y{n}"], match[f"m{n}"]
    return f"{year}-{_MONTHS.index(month) + 1:02d}" if month else year


def _time(tail: str, past: bool, today: dt.date) -> tuple[str | None, str | None, bool]:
    """(valid_from, valid_until, former) from the words after a relation."""
    for kind, pattern in _tails():
        match = pattern.match(tail)
        if not match:
            continue
        if kind == "range":
            start, until = _date_of(match, 1), _date_of(match, 2)
            return start, until, int(until[:4]) < today.year or past
        if kind == "since":
            return _date_of(match, 1), None, past
        if kind == "until":
            until = _date_of(match, 1)
            return None, until, int(until[:4]) < today.year or past
        if kind == "in" and not past:
            return _date_of(match, 1), None, False
        return None, None, past
    return None, None, past


def _masked(ctx: _Context, sent: Span, pronouns: bool = False) -> tuple[str, list[Mention]]:
    """A sentence as lower-case words with each person, country and organisation mention replaced by ``@<kind><n>``.

    With ``pronouns``, a subject "it" or a possessive "its" that stands for one country (:func:`kg.extract._discourse.refer`)
    is that country too: "Y gained independence in 1991. It is a member of O" (``its`` becomes "@c<n> 's").
    """
    words: list[str] = []
    slots: list[Mention] = []
    last: Mention | None = None
    for token in ctx.tokens(sent):
        mention = ctx.by_token.get(token.i)
        if pronouns and mention is None and (body := _named_body(ctx, token)) is not None:
            words[-1:] = [f"@o{len(slots)}"]  # "the party" for the party named before: "The party is chaired by X"
            slots.append(Mention(body, token.idx, token.idx + len(token), token.text))
            last = None
            continue
        if pronouns and mention is None and (kind := _pronoun_kind(token)) is not None:
            referents = refer(ctx, token)
            if len(referents) == 1 and not referents[0].place and referents[0].entity.type in kind:
                words.append(f"@{_KINDS[referents[0].entity.type]}{len(slots)}")
                slots.append(Mention(referents[0].entity, token.idx, token.idx + len(token), token.text))
                if token.lower_ == "its":
                    words.append("'s")
                last = None
                continue
        if mention is not None and mention.entity.type is EntityType.PERSON and _title_only(mention):
            mention = None  # "the president": a title, whoever holds it
        if mention is not None and mention.entity.type is EntityType.SECTOR_ACTOR and mention.entity.key.endswith("-government") \
                and mention.text.lower().split()[-1:] == ["government"]:
            if mention is not last:  # "Y's government", "the government of Y": read by the rule of ruling a country only
                words.append(f"@g{len(slots)}")
                slots.append(mention)
            last = mention
            continue
        if mention is not None and mention.entity.type in _KINDS:
            if mention is not last:
                words.append(f"@{_KINDS[mention.entity.type]}{len(slots)}")
                slots.append(mention)
            last = mention
            continue
        last = None
        text = token.lower_
        if text in ("–", "—"):
            text = "-"
        if words and token.i > 0 and not token.doc[token.i - 1].whitespace_ and (text == "-" or words[-1].endswith("-")) \
                and not words[-1].startswith("@") and not words[-1][-1:].isdigit():
            words[-1] += text  # "secretary-general"
            for prefix in ("ex-", "then-"):
                if words[-1].startswith(prefix) and len(words[-1]) > len(prefix):
                    words[-1:] = [prefix, words[-1][len(prefix):]]  # "ex-president", "then-president": a modifier and a title
        elif text in ("'s", "’s"):
            words.append("'s")
        elif text:
            words.append(text)
    masked = re.sub(r"(\d{4})\s*-\s*(\d{4})", r"\1 - \2", " ".join(words))
    masked = re.sub(r"(?<![\w@-])ex - ", "ex- ", masked)  # "ex - president" as the tokenizer may leave it
    return _adverbs().sub(r"\1", masked), slots


@cache
def _adverbs() -> re.Pattern[str]:
    """An adverb after a person or an auxiliary (``office_adverbs``): "X was later elected", "X subsequently served as"
    read as "X was elected", "X served as"."""
    return re.compile(rf"(@p\d+ |(?<![\w@-])(?:was|were|is|are|has been|had been|have been) )"
                      rf"(?:{_alternatives(structural_cues().office_adverbs)}) (?=[a-z])")


def _named_body(ctx: _Context, token: Token) -> Entity | None:
    """The organisation "the party", "the federation" stands for (``body_nouns``): the only one named in its sentence
    before it or in the two before whose name has that noun ("The Union Party won. The party is chaired by X",
    "X became the party's leader"). None for a noun with other words ("the ruling party", "a party"), or of two bodies."""
    if token.lower_ not in structural_cues().body_nouns or token.i <= token.sent.start or token.doc[token.i - 1].lower_ != "the":
        return None
    sents = [token.sent]
    while len(sents) < 3 and sents[-1].start > 0:
        sents.append(token.doc[sents[-1].start - 1].sent)
    start = sents[-1].start_char
    found = {m.entity.key: m.entity for m in ctx.mentions
             if start <= m.start < token.idx and m.entity.type is EntityType.ORGANIZATION
             and token.lower_ in m.entity.label.lower().split()}
    return next(iter(found.values())) if len(found) == 1 else None


def _pronoun_slot(mention: Mention) -> bool:
    """Whether a slot of :func:`_masked` is a pronoun: "he now works as its senior director" names no office of the
    country of whoever "he" is (a company's, likely), as "the former prime minister X" does of X's."""
    return mention.text.lower() in _PERSON_SUBJECTS + _STATE_PRONOUNS


def _pronoun_kind(token: Token) -> tuple[EntityType, ...] | None:
    """The kinds of actor a pronoun may stand for in a structural rule, or None: a subject "he" or "she" a person
    ("She served as president of Y from 2001"), a subject "it" or a possessive "its" a country or an organisation
    ("It is a member of O", "Its chairman is X")."""
    low = token.lower_
    if low in _PERSON_SUBJECTS and token.dep_ in ("nsubj", "nsubjpass"):
        return (EntityType.PERSON,)
    if low in _STATE_PRONOUNS:
        return (EntityType.COUNTRY, EntityType.ORGANIZATION)
    return None


@cache
def _curated_organisations() -> frozenset[str]:
    """Keys of the organisations of the gazetteer (international bodies, ``kg/data/organizations.tsv``)."""
    return frozenset(e.key for e in load_gazetteer().organizations.values())


def _clause_between(ctx: _Context, sent: Span, country: Mention, person: Mention) -> bool:
    """Whether a word of another phrase (:func:`kg._titles.ends_title_phrase`) stands between a country
    and the titled name after it: "Freedonia hosted Prime Minister X". The comma of an apposition ends no phrase
    ("Y's head of state, X", "O's chairman, X")."""
    return any(ends_title_phrase(t) for t in ctx.tokens(sent) if country.end <= t.idx < person.start
               and not (t.text == "," and t.i + 1 < len(t.doc) and t.doc[t.i + 1].idx >= person.start))


def _title_only(mention: Mention) -> bool:
    """Whether a person mention is a title without a name ("the president", "the Foreign Minister")."""
    return _title_only_text(mention.text)


@lru_cache(maxsize=4096)
def _title_only_text(text: str) -> bool:
    """:func:`_title_only` of a mention's text (asked for each token of the mention: read once)."""
    return title_pattern().fullmatch(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).lower()) is not None


def _names_a_body(ctx: _Context, mention: Mention, names: bool = True) -> bool:
    """Whether an organisation's (or a country's) name modifies a noun after it: "the NATO mission", "the African Union
    force", "the Serbian Chess Federation" name a body of the organisation or country, not the organisation or country.
    Without ``names``, a name the parser hangs the country on is no body ("President of Y Ana Sol")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    if not names and last.head.i in ctx.by_token and last.ent_type_ != "NORP" and last.pos_ != "ADJ":
        # "President of Y Ana Sol": the parser may hang a country's name on the name after it, no body; a country
        # adjective still qualifies one, even one the resolver took for a name ("the Slovak Chess Federation")
        return False
    return last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ in ("NOUN", "PROPN") and last.head.i >= span.end


def _may_relate(ctx: _Context, sent: Span) -> tuple[bool, bool]:
    """Whether a sentence names what a relation needs: a person (every office rule), or a country and
    an organisation (the membership rules), counting a pronoun that may stand for the one missing (:func:`_pronoun_kind`:
    "She served as president of Y", "It is a member of O", "Its chairman is X"); and whether it has such a pronoun.
    Read off the mention index and the lemmas, without making spaCy tokens."""
    kinds: set[EntityType] = set()
    for i in range(sent.start, sent.end):
        mention = ctx.by_token.get(i)
        if mention is not None and mention.entity.type in _KINDS:
            kinds.add(mention.entity.type)
    lemmas = {ctx.lemmas[i] for i in range(sent.start, sent.end)}
    person = bool(lemmas & set(_PERSON_SUBJECTS)) and bool(kinds - {EntityType.PERSON})
    state = bool(lemmas & set(_STATE_PRONOUNS + structural_cues().body_nouns)) and bool(kinds & {EntityType.PERSON, EntityType.ORGANIZATION})
    if EntityType.PERSON in kinds or len(kinds) >= 2:
        return True, person or state
    return person or state, person or state


@cache
def _cue_words() -> tuple[set[str], set[str], set[str], tuple[str, ...], set[str]]:
    """The cue words of the office and membership rules as sets, made once (not for every sentence)."""
    cues = structural_cues()
    former_words = set(cues.former)
    past_verbs = set(cues.office_verbs["past"]) | set(cues.leads_organisation["past"]) | set(cues.rules_country["past"])
    past_members = set(cues.member_verbs["past"])
    past_copulas = tuple(f"{c} " for c in cues.member_copulas["past"])
    blocked = set(cues.not_titles) - set(cues.former) - {"the", "a", "an", "of", "and", "or", "to", "for", "by", "with", "as", "who",
                                                          "which", "that", "said", "says", "told", "his", "her", "their", "its"}
    return former_words, past_verbs, past_members, past_copulas, blocked


def _sentence_relations(ctx: _Context, sent: Span, today: dt.date) -> Iterator[_Found]:
    may, pronouns = _may_relate(ctx, sent)
    if not may:
        return
    text, slots = _masked(ctx, sent, pronouns=pronouns)
    if "@" not in text:
        return
    cues = structural_cues()
    former_words, past_verbs, past_members, past_copulas, blocked = _cue_words()
    rules = _rules()

    def entity(index: str | None, kind: EntityType) -> Entity | None:
        if index is None:
            return None
        found = slots[int(index)].entity
        return found if found.type is kind else None

    def time(match: re.Match[str], past: bool, opened: bool = False) -> tuple[str | None, str | None, bool]:
        start, until, former = _time(text[match.end() :][:80], past, today)
        if opened and start is None and until is None and not past and (opening := _opening_date().search(text, 0, match.start())):
            start = _date_of(opening, 1)  # "In 2011 he was appointed minister of Y": from 2011
        return start, until, former

    for name in ("before", "after", "verb", "elected", "inverted", "succeeds", "succeeded_by"):
        for match in rules[name].finditer(text):
            person = entity(match["p"], EntityType.PERSON)
            role = role_of(match["title"])
            groups = match.groupdict()
            # the country after the title ("president of Y") decides over one before it ("the Y ambassador to Z")
            index, kind = next(((groups[c], groups.get(k) if k else "c") for c, k in (("c2", "k2"), ("c3", ""), ("c4", ""), ("c1", "k1"))
                                if groups.get(c) is not None), (None, None))
            owner = slots[int(index)].entity if index is not None else None
            if name == "inverted" and owner is None:
                continue  # "the president was X": whose president, the sentence does not say
            if owner is None and role.country:
                owner = ctx.country(role.country)
            if owner is None and person is not None and person.country and role.role not in cues.organisation_titles \
                    and not re.match(r" (?:of|for|to|at|in)\b", text[match.end() :]) and not _pronoun_slot(slots[int(match["p"])]):
                # "the former prime minister X", "X, a former ambassador,": the country of a known office-holder
                # or of an earlier title; not when the title goes on to name what it is of ("president of the club")
                owner = ctx.country(person.country)
            if person is None or owner is None or owner.type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                continue
            if kind == "c" and owner.type is not EntityType.COUNTRY:
                continue
            if index is not None and index == groups.get("c2") and _names_a_body(ctx, slots[int(index)], names=False):
                continue  # "president of the Serbian Chess Federation": of a body the country word qualifies, not of the country
            if owner.type is EntityType.ORGANIZATION and owner.key not in _curated_organisations() and _pronoun_slot(slots[int(match["p"])]):
                continue  # "he was commander of the 5th Regiment", "she chaired the rowing union": a name's office only
            if owner.type is EntityType.ORGANIZATION and role.role in cues.country_only_titles:
                continue  # "King of the Hill": no organisation has a king
            predicate_name = role.predicate
            if role.role in cues.organisation_only_titles:
                if owner.type is not EntityType.ORGANIZATION or owner.key not in _curated_organisations():
                    continue  # "the Russian intelligence chief X", "Army chief X": no office the title names of a known body
                if role.predicate == "leaderOf" and groups.get("free"):
                    predicate_name = "officialOf"  # "UN refugee chief X": an official of the UN, not its head
            if groups.get("c1") is not None and index == groups["c1"] and after_place_word(text, match.start("k1")):
                continue  # "in Freedonia Minister X": a place, not the minister's country
            if name == "before" and groups.get("c1") is not None and index == groups["c1"] and match["p"] is not None \
                    and _clause_between(ctx, sent, slots[int(index)], slots[int(match["p"])]):
                continue  # "Freedonia hosted Prime Minister X": the country's verb ends the title's phrase
            if party_office(groups.get("free") or "", match["title"]):
                continue  # "Y's Conservative leader X": X leads the party, not Y (kg._titles.party_office)
            if set(text[: match.start("title")].split()[-2:]) & blocked:
                continue  # "the future president of Y, X", "the vice president of Y, X"
            if name == "after" and text[: match.start()].endswith(", ") and re.match(r" , @p\d+", text[match.end() :]):
                continue  # "X's president, A, Y's prime minister, B, and ...": a list of titled names, the title is B's
            mods = f"{match['mods'] or ''} {match['mods2'] or ''}".split()
            verb = groups.get("verb") or ""
            rel = (groups.get("rel") or "").split()
            past = bool(set(mods) & former_words) or verb in past_verbs or "was" in rel or "had" in rel or "served" in rel
            # an opening date is the office's when the office is what the clause states ("In 2011 X was appointed
            # minister"), not when the title names an actor of another act ("In 2015, President X nominated ...")
            start, until, former = time(match, past, opened=name in ("verb", "elected", "succeeds", "succeeded_by"))
            yield _Found(person, predicate_name, owner, match["title"], former, start, until)
            if (previous := entity(groups.get("q"), EntityType.PERSON)) is not None:
                # "X succeeded Z as president of Y in 1998": Z's office ended when X's began
                yield _Found(previous, predicate_name, owner, match["title"], True, None, start)
    for match in rules["under"].finditer(text):
        person = entity(match["p"] or match["p2"] or match["p3"], EntityType.PERSON)
        country = entity(match["c5"], EntityType.COUNTRY)
        title = match["title"] or cues.office_nouns[match["noun"] or match["noun2"]]
        role = role_of(title)
        if person is None or country is None or role.predicate not in ("leaderOf", "officialOf") or role.role in cues.organisation_titles:
            continue
        if role.country and country.country != role.country:
            continue  # a title of one state only ("Taoiseach") over another state's clause
        former = bool(set((match["mods"] or "").split()) & former_words)
        yield _Found(person, role.predicate, country, title, former, None, None)
    for name, kind in (("leads", "o"), ("rules", "c")):
        for match in rules[name].finditer(text):
            person = entity(match["p"], EntityType.PERSON)
            index = match[kind] if kind == "o" else (match["c"] or match["cg"] or match["cg2"])
            target = entity(index, EntityType.ORGANIZATION if kind == "o" else EntityType.COUNTRY)
            if kind == "c" and match["g"] is not None and (government := slots[int(match["g"])].entity).country:
                target = ctx.country(government.country)  # "X heads Y's government": Y's head of government
            if person is None or target is None:
                continue
            if (kind == "o" or match["c"]) and _names_a_body(ctx, slots[int(index)]):
                continue  # "X chaired the O summit", "X led the Y delegation": a meeting or a body of O or Y, not O or Y
            start, until, former = time(match, match["verb"] in past_verbs)
            yield _Found(person, "leaderOf", target, match["verb"], former, start, until)
    for match in rules["led_by"].finditer(text):
        person = entity(match["p"], EntityType.PERSON)
        target = entity(match["o"], EntityType.ORGANIZATION) if match["o"] else entity(match["c"], EntityType.COUNTRY)
        verb = match["verb"] or match["verb2"]
        if person is not None and target is not None:
            start, until, former = time(match, verb.startswith(("was", "were", "had")))
            yield _Found(person, "leaderOf", target, verb, former, start, until)
    for match in rules["regnal"].finditer(text):
        person = entity(match["p"], EntityType.PERSON)
        country = entity(match["c"], EntityType.COUNTRY)
        if person is not None and country is not None and regnal_name(person.label):
            yield _Found(person, "leaderOf", country, "monarch", False, None, None)
    joining_verbs = set(cues.member_verbs["current"])
    entry_copulas = set(cues.member_copulas["current"])  # "Y was admitted as O's 11th member": an entry, its membership goes on
    for name in ("joins", "apposed", "owned_member", "admitted", "org_members", "members_of", "founded_by", "membership", "accession",
                 "accession_done"):
        for match in rules[name].finditer(text):
            if text[: match.start()].split()[-1:] in (["if"], ["unless"], ["whether"]):
                continue  # "if Y joined O": a condition, not a fact
            if name == "accession_done" and text[: match.start()].split()[-1:] not in ([], [","], ["and"], ["when"], ["once"], ["after"]):
                continue  # "talks on Y's accession to O were completed": the talks were, not the accession
            groups = match.groupdict()
            subjects = re.findall(r"@c(\d+)", groups["subj"]) if groups.get("subj") else [groups["c"] or groups.get("c2")]
            verb = groups.get("verb") or {"accession_done": "accession"}.get(name, name)
            # "was a member of" is a past membership; "was admitted to" an entry, the membership it starts goes on
            past = verb in past_members or (verb.startswith(past_copulas) and verb not in joining_verbs and verb not in entry_copulas
                                            and name != "admitted")
            found = [(match, groups, verb, past)]
            if name in ("joins", "owned_member"):
                found += _more_memberships(rules, text, match.end(), verb, past, past_members, past_copulas, joining_verbs)
            for one, one_groups, one_verb, one_past in found:
                objects = re.findall(r"@o(\d+)", one_groups["obj"]) if one_groups.get("obj") else [one_groups.get("o") or one_groups.get("o3")]
                start, until, former = time(one, one_past)
                for s in subjects:
                    for o in objects:
                        if one_verb in joining_verbs and _names_a_body(ctx, slots[int(o)]):
                            continue  # "Y joined the NATO mission": a mission of O, not O (participation, patterns.py)
                        country, org = entity(s, EntityType.COUNTRY), entity(o, EntityType.ORGANIZATION)
                        if name == "apposed" and org is not None and org.key not in _curated_organisations():
                            continue  # "the minister of Y, a member of the X party": the minister's party, not Y's
                        if country is not None and org is not None:
                            yield _Found(country, "memberOf", org, one_verb.replace("_", " "), former, start, until)


def _more_memberships(
    rules: dict[str, re.Pattern[str]], text: str, at: int, verb: str, past: bool,
    past_members: set[str], past_copulas: tuple[str, ...], joining_verbs: set[str],
) -> list[tuple[re.Match[str], dict[str, str | None], str, bool]]:
    """The memberships coordinated after one, of the same countries: "Y belongs to O1 and acceded to O2 in 1997", "Y is
    an O1 member country, a full member of O2 and a founding member of O3". A part with its own verb has its own
    time ("and was in O2 until 1990" is no part: no member noun); one without a verb takes the first's time."""
    found: list[tuple[re.Match[str], dict[str, str | None], str, bool]] = []
    while (more := rules["and_member"].match(text, at) or rules["and_owned"].match(text, at)) is not None:
        groups = more.groupdict()
        own = groups.get("verb") or groups.get("cop")
        if own:
            past = own in past_members or (f"{own} ".startswith(past_copulas) and own not in joining_verbs
                                           and own not in structural_cues().member_copulas["current"])
            verb = own if own in joining_verbs else "member of"
        found.append((more, groups, verb, past))
        at = more.end()
    return found


def structural_statements(ctx: _Context) -> Iterator[Statement]:
    """leaderOf / officialOf / memberOf statements of an article: as its sentences state them, then from titles.

    Each relation is stated once per article (its first sentence); one stated in a
    sentence with its time comes before the titled person's bare role.
    """
    today = ctx.article.published or dt.date.today()
    done: set[tuple[str, str, str]] = set()
    for sent in ctx.doc.sents:
        for found in _sentence_relations(ctx, sent, today):
            key = (found.subject.key, found.predicate, found.object.key)
            if key in done or found.subject.key == found.object.key:
                continue
            done.add(key)
            subject = found.subject
            if subject.type is EntityType.PERSON and not subject.country and found.object.type is EntityType.COUNTRY:
                subject = replace(subject, country=found.object.country)  # "X succeeded Z as president of Y": X is of Y
            yield _statement(ctx, sent, subject, found.predicate, found.object, found.trigger,
                             former=found.former, valid_from=found.valid_from, valid_until=found.valid_until)
    roles = person_predicates(ctx.mentions)
    seen: set[str] = set()
    for mention in ctx.mentions:
        person = mention.entity
        if person.key in seen or person.key not in roles or not person.country:
            continue
        if person.role in structural_cues().organisation_titles:
            continue  # "the company's chairman X": the chairman of an organisation the text names, if any, not of X's country
        country = ctx.country(person.country)
        if country is None:
            continue
        seen.add(person.key)
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or (person.key, roles[person.key], country.key) in done:
            continue
        yield _statement(ctx, span.sent, person, roles[person.key], country, person.role or "")


def _statement(
    ctx: _Context, sent: Span, subject: Entity, name: str, obj: Entity, trigger: str, *,
    former: bool = False, valid_from: str | None = None, valid_until: str | None = None,
) -> Statement:
    return Statement(
        article_id=ctx.article.id,
        subject=subject,
        predicate=predicate(name),
        object=obj,
        modality=Modality.ASSERTED,
        evidence=ctx.evidence(sent),
        extractor=EXTRACTOR,
        confidence=0.8,
        date=ctx.article.published,
        cameo=None,
        goldstein=0.0,
        trigger=trigger,
        former=former,
        valid_from=valid_from,
        valid_until=valid_until,
    )
