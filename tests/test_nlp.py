"""The spaCy pipeline: paragraph-aware sentences and the gazetteer entity ruler."""

from __future__ import annotations

from spacy.language import Language


def test_headline_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("Ilham Aliyev: US can contribute to peace\n\nPresident of Azerbaijan Ilham Aliyev sent a message.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Ilham Aliyev: US can contribute to peace"


def test_ruler_runs_before_ner_and_tags_countries(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("entity_ruler") < names.index("ner")
    doc = nlp("The occupation of the territories of Azerbaijan by Armenia was terminated. Armenia agreed.")
    armenia = [e for e in doc.ents if e.text == "Armenia"]
    assert len(armenia) == 2 and {e.label_ for e in armenia} == {"GPE"} and {e.ent_id_ for e in armenia} == {"country/ARM"}


def test_demonyms_metonyms_and_prefixes(nlp: Language) -> None:
    doc = nlp("The Kremlin rejected Sino-American talks, Azerbaijani officials said.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Kremlin"] == "country/RUS" and ids["Azerbaijani"] == "country/AZE" and ids["Sino-"] == "country/CHN"


def test_abbreviated_country_before_a_hyphen_is_its_own_token(nlp: Language) -> None:
    doc = nlp("Morocco normalized relations with Israel in a U.S.-brokered deal under the U.S.-Kenya partnership.")
    assert [e.ent_id_ for e in doc.ents if e.text == "U.S."] == ["country/USA", "country/USA"]
