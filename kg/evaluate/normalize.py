"""Names, words, categories and codes as the scorers compare them (see :mod:`kg.evaluate` for the rules)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

SYMMETRIC_PREDICATES: frozenset[str] = frozenset(
    {"cooperatesWith", "diplomaticRelationsWith", "strategicPartnerOf", "fightsWith"}
)
"""Gold predicates whose subject and object may be swapped when matching."""

MODALITIES: frozenset[str] = frozenset({"asserted", "possible", "intended", "negated"})

TOPIC_THRESHOLD = 0.5
"""Minimum share of a gold topic's content words found in the system label."""

CATEGORY_ALIASES: Mapping[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
"""PLOVER 0.5 event names read as the categories of the bilateral vocabulary."""


LEGACY_CODES: Mapping[str, str] = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
"""Non-ISO country codes of CAMEO / PLOVER records with their ISO alpha-3 equivalent."""

NON_COUNTRY_CODES: frozenset[str] = frozenset({"IGO", "NGO", "IMG", "MNC", "UAF"})
"""Actor codes of PLOVER records that name no country."""

STOPWORDS: frozenset[str] = frozenset(
    """a an the of in and or to for on with between by at from into onto over under
    about against among across through during towards toward within upon as
    its their his her our your my this that these those it they them we he she
    is are was were be been being has have had will would shall should can could may might
    any each other both all some such""".split()
)
"""English function words left out of a topic's content words ("not" is kept)."""

_ISO3 = re.compile(r"[A-Z]{3}")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})




COUNTRY_LEVEL_TYPES = frozenset({"Country", "SectorActor"})
"""System entity types that stand for their country in matching rule (c)."""


def _fold(text: str) -> str:
    """Fold diacritics and compatibility forms, unify quotes, casefold and collapse whitespace."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split())


def normalize_label(text: str) -> str:
    """Normalise an entity name for comparison.

    >>> normalize_label("  The U.S. ")
    'us'
    >>> normalize_label("Aleksandar Vučić") == normalize_label("aleksandar  vucic")
    True
    >>> normalize_label("Côte d’Ivoire")
    "cote d'ivoire"
    """
    text = " ".join(_fold(text).replace(".", "").split())
    if text.startswith("the "):
        text = text[4:]
    return text


def _normalize_text(text: str) -> str:
    """Normalise a sentence or evidence snippet (case, quotes, diacritics, spaces)."""
    return _fold(text)


def lemma(word: str) -> str:
    """Lemmatise a lower-case word crudely: possessive first, then plural endings.

    ``ies`` becomes ``y`` (words longer than four letters), ``es`` is dropped
    after ``ss``, ``x``, ``ch``, ``sh`` and ``zz``, otherwise a final ``s`` is
    dropped unless the word ends in ``ss`` or has at most three letters.

    >>> [lemma(w) for w in ["kosovo's", "policies", "ties", "taxes", "approaches"]]
    ['kosovo', 'policy', 'tie', 'tax', 'approach']
    >>> [lemma(w) for w in ["processes", "cases", "projects", "gas", "us", "process", "countries'"]]
    ['process', 'case', 'project', 'gas', 'us', 'process', 'country']
    """
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("ss", "x", "ch", "sh", "zz")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_words(text: str) -> frozenset[str]:
    """The lemmatised content words of a text (alphabetic tokens minus stopwords).

    >>> sorted(content_words("the fight against terrorism"))
    ['fight', 'terrorism']
    >>> sorted(content_words("Kosovo’s independence"))
    ['independence', 'kosovo']
    """
    words = (lemma(w) for w in _WORD.findall(_fold(text).replace(".", "")))
    return frozenset(w for w in words if w and w not in STOPWORDS)


def topic_overlap(gold_topic: str, label: str) -> float:
    """Share of the gold topic's content words found in a system label.

    >>> topic_overlap("expansion of regional rail freight links", "rail freight expansion")
    0.6
    """
    gold = content_words(gold_topic)
    if not gold:
        return 1.0 if normalize_label(gold_topic) == normalize_label(label) else 0.0
    return len(gold & content_words(label)) / len(gold)


def _category(value: object) -> str:
    text = value.strip().upper() if isinstance(value, str) else ""
    return CATEGORY_ALIASES.get(text, text)
