"""Vietnamese tokenisation for the lexical index — the same function for index and query.

Vietnamese writes one syllable per space-separated token, and most words are two syllables, so the
index holds syllables *and* syllable bigrams (``thẩm định`` → ``thẩm``, ``định``, ``thẩm_định``).
Numbers are kept in one canonical form (``4.094`` → ``4094``). ``fold=True`` gives the accent-folded
tokens used for queries typed without diacritics.
"""

from __future__ import annotations

import re

from ingest.normalize import fold as fold_text

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:&[^\W\d_]+)?", re.UNICODE)

# Very frequent function syllables: kept for bigrams, dropped as unigrams.
STOPWORDS = frozenset(
    "và của các là có được cho với trong đã đến tại để những một này theo về từ khi như cũng thì "
    "đó nào ra vào bị do trên số lượng nhiều hơn bao nhiêu gì ai sao mấy hãy cho biết năm".split()
)


def syllables(text: str, fold: bool = False) -> list[str]:
    text = text.lower()
    if fold:
        text = fold_text(text)
    out = []
    for tok in _TOKEN_RE.findall(text):
        if tok[0].isdigit():
            tok = re.sub(r"[.,](?=\d{3}(?:\D|$))", "", tok).replace(",", ".")
        out.append(tok)
    return out


def tokens(text: str, fold: bool = False) -> list[str]:
    """Unigrams (without stopwords) plus bigrams of adjacent syllables."""
    syl = syllables(text, fold=fold)
    uni = [s for s in syl if s not in STOPWORDS]
    bi = [f"{a}_{b}" for a, b in zip(syl, syl[1:]) if not (a[0].isdigit() and b[0].isdigit())]
    return uni + bi


def has_diacritics(text: str) -> bool:
    lowered = text.lower()
    return fold_text(lowered) != lowered
