"""Duplicate articles: the same story read twice, identical or nearly so.

Wire stories are syndicated under other headlines, datelines and trailers, and
corpora repeat records. Two articles are duplicates when their bodies (the
text without its headline) are identical once case, punctuation and spacing
are ignored, or when the Jaccard similarity of their 5-word shingles is at
least :data:`THRESHOLD`. The similarity is estimated with MinHash signatures
and candidates are found with locality-sensitive hashing, so memory grows by
one small signature per article and each check costs about the same however
many articles were read.

A store keeps the signatures of its articles (:func:`load_signatures`,
:func:`save_signatures`, a file in the store folder), so a story built in
one run is found again in the next: the graph does not depend on how the
inputs were split into runs.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from kg.model import Article, Duplicate

THRESHOLD = 0.6
"""Estimated Jaccard similarity of word 5-shingles at or above which two articles are one story."""

SHINGLE = 5
"""Words per shingle."""

MIN_SHINGLES = 8
"""Texts with fewer shingles are compared only for identity: too short to be called near-identical."""

_PERMUTATIONS = 128
_BANDS = 32  # 32 bands of 4 rows: pairs above ~0.45 similarity become candidates
_rng = np.random.default_rng(20261128)
# multiply-shift hashing: (a*x + b) mod 2**64, top 32 bits; a odd
_A = _rng.integers(0, 1 << 63, size=_PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 1 << 63, size=_PERMUTATIONS, dtype=np.uint64)


def body_words(article: Article) -> list[str]:
    """The lower-cased words of an article's text without its headline.

    >>> body_words(Article("x", "Head line\\n\\nSpain met Italy.", title="Head line"))
    ['spain', 'met', 'italy']
    """
    text = article.text
    if article.title and text.lstrip().startswith(article.title):
        text = text.lstrip()[len(article.title) :]
    return re.findall(r"\w+", text.lower())


def _signature(words: list[str]) -> np.ndarray | None:
    if len(words) - SHINGLE + 1 < MIN_SHINGLES:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little") for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    with np.errstate(over="ignore"):  # the wrap-around modulo 2**64 is the hash
        # the top 32 bits: stored as uint32, half the memory per remembered article
        return ((np.outer(hashes, _A) + _B) >> np.uint64(32)).min(axis=0).astype(np.uint32)  # type: ignore[no-any-return]


def _stub(article: Article) -> Article:
    """The article without its text: all a duplicate needs to name it, and no memory held for the text."""
    return Article(article.id, "", origin=article.origin, url=article.url)


class Deduplicator:
    """Remembers the articles of a run and tells whether a new one repeats an earlier one.

    >>> seen = Deduplicator()
    >>> seen.check(Article("a", "Title\\n\\nSpain and Italy met.", title="Title", origin="a.txt")) is None
    True
    >>> seen.check(Article("b", "Other title\\n\\nSpain and  Italy met!", title="Other title", origin="b.txt")).of
    'a'
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._stored: set[str] = set()  # ids of the articles loaded from a store (load_signatures)
        self._exact: dict[bytes, Article] = {}
        self._signatures: list[tuple[Article, np.ndarray]] = []
        # LSH buckets keyed by the hash of (band, its rows): an int is a fifth of the memory of the
        # tuple of bytes, and a rare collision only adds a candidate that the similarity check drops.
        self._buckets: dict[int, list[int]] = {}

    def check(self, article: Article) -> Duplicate | None:
        """A :class:`Duplicate` naming the earlier article this one repeats, or None (and it is remembered).

        Args:
            article: the article just read.
        """
        words = body_words(article)
        key = hashlib.sha256(" ".join(words).encode("utf-8")).digest()
        if key in self._exact:
            if self._itself(article, self._exact[key]):
                return None  # the stored article read again: unchanged
            return self._duplicate(article, self._exact[key], 1.0)
        signature = _signature(words)
        if signature is not None:
            rows = _PERMUTATIONS // _BANDS
            bands = [hash((b, signature[b * rows : (b + 1) * rows].tobytes())) for b in range(_BANDS)]
            candidates = sorted({i for band in bands for i in self._buckets.get(band, ())})
            best: tuple[float, Article] | None = None
            for index in candidates:
                kept, kept_signature = self._signatures[index]
                similarity = float(np.mean(kept_signature == signature))
                if similarity >= self.threshold and (best is None or similarity > best[0]):
                    best = (similarity, kept)
            if best is not None and self._itself(article, best[1]):
                best = None  # a new version of a stored article (same id or URL): it replaces it, it does not copy it
            # a copy is remembered as the story it copies, so that a copy of the copy is found too
            kept = best[1] if best is not None else _stub(article)
            index = len(self._signatures)
            self._signatures.append((kept, signature))
            for band in bands:
                bucket = self._buckets.get(band)
                if bucket is None:
                    self._buckets[band] = [index]  # an exact-size list: most buckets keep one article
                else:
                    bucket.append(index)
            self._exact[key] = kept
            if best is not None:
                return self._duplicate(article, kept, round(best[0], 3))
            return None
        self._exact[key] = _stub(article)
        return None

    def _itself(self, article: Article, kept: Article) -> bool:
        """Whether ``kept``, loaded from the store, is a version of ``article`` (same id or same URL) rather than another story."""
        return kept.id in self._stored and (kept.id == article.id or (article.url is not None and kept.url == article.url))

    @staticmethod
    def _duplicate(article: Article, kept: Article, similarity: float) -> Duplicate:
        return Duplicate(
            of=kept.id,
            of_origin=kept.origin,
            origin=article.origin,
            similarity=similarity,
            title=article.title,
            published=article.published,
            source=article.source,
            url=article.url,
        )


SIGNATURES = "kg-signatures.npz"
"""The file, in a store folder, that keeps the signatures of the store's articles between builds."""


def save_signatures(seen: Deduplicator, path: Path, keep: Callable[[str], bool]) -> None:
    """Write what ``seen`` remembers of the articles for which ``keep(id)`` is true (those the store holds) to ``path``.

    The file is replaced whole (written beside it, then renamed), so a crash leaves the old one.
    """
    stubs: dict[str, int] = {}
    table: list[Article] = []

    def number(article: Article) -> int:
        if article.id not in stubs:
            stubs[article.id] = len(table)
            table.append(article)
        return stubs[article.id]

    exact = [(key, number(kept)) for key, kept in seen._exact.items() if keep(kept.id)]
    signed = [(signature, number(kept)) for kept, signature in seen._signatures if keep(kept.id)]
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez_compressed(
        tmp,
        ids=np.array([a.id for a in table], dtype=str),
        origins=np.array([a.origin or "" for a in table], dtype=str),
        urls=np.array([a.url or "" for a in table], dtype=str),
        exact_keys=np.frombuffer(b"".join(k for k, _ in exact), dtype=np.uint8).reshape(len(exact), 32),
        exact_of=np.array([i for _, i in exact], dtype=np.int64),
        signatures=np.array([sig for sig, _ in signed], dtype=np.uint32).reshape(len(signed), _PERMUTATIONS),
        signature_of=np.array([i for _, i in signed], dtype=np.int64),
    )
    os.replace(tmp, path)


def load_signatures(path: Path, keep: Callable[[str], bool], threshold: float = THRESHOLD) -> Deduplicator:
    """A :class:`Deduplicator` that remembers the articles saved in ``path`` for which ``keep(id)`` is true.

    Articles removed from the store since (``keep`` false) are forgotten; a
    missing or unreadable file gives an empty one.
    """
    seen = Deduplicator(threshold)
    try:
        with np.load(path, allow_pickle=False) as data:
            ids, origins, urls = data["ids"].tolist(), data["origins"].tolist(), data["urls"].tolist()
            stubs = [Article(str(i), "", origin=str(o), url=str(u) or None) for i, o, u in zip(ids, origins, urls, strict=True)]
            exact = list(zip((row.tobytes() for row in data["exact_keys"]), data["exact_of"].tolist(), strict=True))
            signed = list(zip(data["signatures"], data["signature_of"].tolist(), strict=True))
    except (OSError, ValueError, KeyError):
        return seen
    rows = _PERMUTATIONS // _BANDS
    for key, index in exact:
        if keep(stubs[index].id):
            seen._exact[key] = stubs[index]
            seen._stored.add(stubs[index].id)
    for signature, index in signed:
        if keep(stubs[index].id):
            position = len(seen._signatures)
            seen._signatures.append((stubs[index], signature))
            for band in range(_BANDS):
                seen._buckets.setdefault(hash((band, signature[band * rows : (band + 1) * rows].tobytes())), []).append(position)
    return seen
