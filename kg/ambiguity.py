"""Ambiguous gazetteer names: read a mention in its context before trusting the ruler's key.

Entry point: :func:`gazetteer_keys` (used by :mod:`kg.resolve`). The names and
their cues are data (``kg/data/ambiguous.yaml``, format at its top): Georgia
(the US state), bare "Congo", "Jordan" and "Chad" as person names, "Turkey" the
bird, bare UN organ names inside national bodies' names... Mentions the context
cannot decide stay unresolved and are logged at debug level.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from kg._particles import particle_name
from kg.gazetteer import HONORIFICS, metonyms, sector_nouns, titles
from kg.nlp import entities, span_text, text_of

log = logging.getLogger("kg.resolve")


@dataclass(frozen=True)
class Ambiguity:
    """How to read a gazetteer name that also names something else (``kg/data/ambiguous.yaml``)."""

    readings: dict[str, tuple[str, ...]]
    default: str
    person_name: bool = False
    inside_name: bool = False
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()


@cache
def ambiguities() -> dict[str, Ambiguity]:
    """Ambiguous gazetteer names and the cues that decide them.

    >>> ambiguities()["Congo"].default
    'none'
    """
    text = resources.files("kg.data").joinpath("ambiguous.yaml").read_text(encoding="utf-8")
    found = {}
    for name, raw in (yaml.safe_load(text) or {}).items():
        found[name] = Ambiguity(
            readings={key: tuple(cues) for key, cues in (raw.get("readings") or {}).items()},
            default=raw.get("default", "none"),
            person_name=bool(raw.get("person_name")),
            inside_name=bool(raw.get("inside_name")),
            not_before=frozenset(raw.get("not_before") or ()),
            not_after=frozenset(raw.get("not_after") or ()),
        )
    return found


_NOT_NAME_WORDS = {
    "government", "army", "president", "says", "said", "news", "times", "post", "crisis", "talks", "border",
    "election", "elections", "coup", "junta", "visit", "minister", "police", "forces", "king", "queen", "prime",
    "foreign", "state", "republic", "national", "embassy", "ambassador", "president-elect",
}


def name_word(token: Token) -> bool:
    """Whether a token looks like part of a person's name (capitalised, proper, not a place, title or common noun)."""
    low = token.lower_
    return (
        (token.is_title or particle_name(token)) and token.pos_ == "PROPN" and not token.ent_id_ and low not in _NOT_NAME_WORDS
        and low not in HONORIFICS and low.rstrip(".") not in HONORIFICS
        and low not in titles() and token.lemma_.lower() not in sector_nouns()
    )


def _cue_count(cue: str, text: str) -> int:
    if cue not in text:  # most cues are absent: a substring test is far cheaper than the regex
        return 0
    return len(_cue_pattern(cue).findall(text))


@cache
def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)")


def first_name_at(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` is a one-word gazetteer mention read as a person's first name ("Sofia Rossi")."""
    ent = next((e for e in doc.ents if e.start == i), None)
    return ent is not None and _first_name(ent)


def _first_name(ent: Span) -> bool:
    """Whether a one-word capital or city is a person's first name: "Sofia Rossi", "Minister Lima Okafor".

    A city names its country's government only on its own ("Sofia protested"); followed by a
    capitalised name word that is not a place, title, date or common noun it starts a name. The
    recogniser may take an unknown surname for a place ("Paris Hilton": "Hilton" a GPE): a word that
    no gazetteer knows (see :func:`name_word`) still counts as a name word.
    """
    if len(ent) != 1 or ent.text not in metonyms() or ent.end >= ent.sent.end:
        return False
    nxt = ent.doc[ent.end]
    if nxt.ent_type_ in ("GPE", "LOC") and not (nxt.ent_iob_ == "B" and (nxt.i + 1 >= len(nxt.doc) or nxt.doc[nxt.i + 1].ent_iob_ != "I")):
        return False  # a word inside a longer place name ("Paris Ile de France"), not a surname of its own
    return name_word(nxt) and nxt.ent_type_ in ("", "PERSON", "GPE", "LOC") and not nxt.text.endswith(("'s", "’s"))


def disambiguate(ent: Span, text: str | None = None) -> str | None:
    """The entity key a gazetteer mention stands for once its context is weighed (None: unresolved).

    Most names name one thing and keep the ruler's key; the names of
    ``kg/data/ambiguous.yaml`` (Georgia, Congo, Jordan, Chad, Turkey...) are read
    from their neighbours and the cues of the sentence and the article.
    ``text`` is the article's text if the caller has it (``doc.text`` is rebuilt
    from the tokens on every access).
    """
    amb = ambiguities().get(span_text(ent))
    if amb is None:
        if _first_name(ent):
            log.debug("left %r at %d unresolved: part of a person's name", ent.text, ent.start_char)
            return None
        return ent.ent_id_
    doc = ent.doc
    sent = ent.sent
    prev = doc[ent.start - 1] if ent.start > sent.start else None
    nxt = doc[ent.end] if ent.end < sent.end else None
    # "Pan-American", "Latin-American": the word a hyphen joins to the mention counts as the word before it.
    joined = doc[ent.start - 2] if prev is not None and prev.text == "-" and ent.start - 1 > sent.start else prev
    reason = None
    if nxt is not None and nxt.text in amb.not_before or joined is not None and joined.text in amb.not_after:
        reason = "another sense of the word"
    elif amb.person_name and (prev is not None and name_word(prev) or nxt is not None and name_word(nxt)):
        reason = "part of a person's name"
    elif amb.inside_name and prev is not None and (
        prev.is_title and prev.lower_ not in ("the", "a", "an") or prev.text in ("'s", "’s") or prev.ent_id_.startswith("country/")
    ):
        reason = "part of a longer name"
    if reason is None:
        sentence = span_text(sent)
        article = text_of(doc) if text is None else text
        scores = {
            key: 3 * sum(_cue_count(c, sentence) for c in cues) + sum(_cue_count(c, article) for c in cues)
            for key, cues in amb.readings.items()
        }
        best = max(scores.values(), default=0)
        leaders = [key for key, score in scores.items() if score == best]
        if best == 0:
            chosen = amb.default
        elif len(leaders) == 1:
            chosen = leaders[0]
        else:
            chosen = "none"
            reason = f"context does not decide between {', '.join(sorted(leaders))}"
        if chosen != "none":
            return chosen
        reason = reason or ("no cue for any reading" if best == 0 else "the context names another sense")
    log.debug("left %r at %d unresolved: %s", ent.text, ent.start_char, reason)
    return None


def gazetteer_keys(doc: Doc) -> dict[int, str | None]:
    """The entity key of each gazetteer mention (by start token), after disambiguation."""
    text = text_of(doc)
    return {ent.start: disambiguate(ent, text) for ent in entities(doc) if ent.ent_id_}
