"""Duplicate articles: the same story read twice, identical or nearly so.

Wire stories are syndicated under other headlines, datelines and trailers, and
corpora repeat records. Two articles are duplicates when their bodies (the
text without its headline) are identical once case, punctuation and spacing
are ignored, or when the Jaccard similarity of their 5-word shingles is at
least :data:`THRESHOLD`. The similarity is estimated with MinHash signatures
and candidates are found with locality-sensitive hashing, so memory grows by
one small signature per article and each check costs about the same however
many articles were read.
"""

from __future__ import annotations

import hashlib
import re

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
    return Article(article.id, "", origin=article.origin)


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
