"""Language identification: non-English articles are reported and skipped.

The extractor's spaCy model and lexicon are English. py3langid (an offline
naive-Bayes identifier, model shipped in the wheel) decides; a text is called
non-English only when it is long enough to tell (:data:`MIN_WORDS`) and the
identifier is confident (:data:`MIN_CONFIDENCE`), so short texts and texts
full of foreign names are kept. A text that is plainly English (:func:`plainly_english`)
is not given to the identifier at all: its model takes half a second to load
and about a millisecond per article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MIN_WORDS = 20
"""Texts with fewer words are never called non-English: the identifier is unreliable on them."""

MIN_CONFIDENCE = 0.95
"""Normalised probability the identifier must give a language other than English."""

ACCEPTED = frozenset({"en"})
"""Languages the pipeline can read."""

_SAMPLE = 1000
"""Characters of an article looked at: the start, about 150 words, enough to tell (and half the cost of 2,000)."""


_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by it at from be are have has said its this an will not were which been".split()
)
"""The commonest English words of news text: about a third of an English article's words, a few per cent of
another language's ("a", "in", "was"...), where "the" is all but absent."""


def plainly_english(words: list[str]) -> bool:
    """Whether at least a fifth of the words are :data:`_FUNCTION_WORDS` and one in fifty is "the".

    The dev articles score 0.23-0.45 and 0.03-0.07; French, German, Dutch,
    Italian, Spanish, Portuguese, Danish and Indonesian news sentences 0.00-0.15
    and 0.00.

    >>> plainly_english("The minister said that the talks were a success for both countries".split())
    True
    >>> plainly_english("Le ministre a dit que les discussions ont été un succès pour les deux pays".split())
    False
    """
    lowered = [w.lower() for w in words]
    return bool(lowered) and sum(w in _FUNCTION_WORDS for w in lowered) >= 0.2 * len(lowered) and lowered.count("the") >= 0.02 * len(lowered)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float] | None:
    """The language of a text (ISO 639-1 code) and the identifier's confidence; None when too short to tell.

    >>> detect_language("Too short.") is None
    True
    >>> detect_language("Le gouvernement français a annoncé mardi que le ministre des affaires "
    ...                 "étrangères se rendrait au Maroc la semaine prochaine pour des entretiens.")[0]
    'fr'
    """
    sample = text[:_SAMPLE]
    if len(re.findall(r"\w+", sample)) < MIN_WORDS:
        return None
    language, confidence = _identifier().classify(sample)
    return str(language), float(confidence)


def foreign_language(text: str) -> str | None:
    """Why a text is not read as English (e.g. ``not English (detected 'fr', confidence 1.00)``), or None.

    >>> foreign_language("France and Morocco agreed on Tuesday to reopen talks.") is None
    True
    """
    if plainly_english(re.findall(r"\w+", text[:_SAMPLE])):
        return None
    found = detect_language(text)
    if found is None:
        return None
    language, confidence = found
    if language in ACCEPTED or confidence < MIN_CONFIDENCE:
        return None
    return f"not English (detected {language!r}, confidence {confidence:.2f})"
