"""Diacritics an OCR engine dropped or misread, mended from the document itself.

Tesseract reading a scanned Vietnamese report keeps most syllables right and gets a few wrong in ways
that only touch the marks: "Nam 2024" for "Năm 2024", "hành chinh", "so vơi", "nang suất". The same
report writes those words right many times. A word is mended when

* one of the two word pairs it stands in is common in the document (three times or more) with the same
  letters but other marks on this word: "năm 2024" ×12 beside a lone "Nam 2024";
* neither pair is attested as written (twice or more, and at least a quarter as often as its commonest
  marking): "Việt Nam 2024" keeps "Nam" when "Việt Nam" is common;
* the word itself is rare in the document (twice at most) and its mended form common (five times or
  more): "của hàng" is no misread "cửa hàng", "của" is everywhere.

Only the marks change, so every offset into the text stays where it was. A typed report is left as it
is: only a text with many such words (ten at least, 0.3% of its words) is mended.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ingest.normalize import fold

_WORD_RE = re.compile(r"[^\W_]+")
_COMMON = 3  # a pair written this often is how the document writes it
_RARE = 1  # a pair written only this often may be a misreading
_RARE_WORD = 2  # … and only a word written this seldom
_COMMON_WORD = 5  # … into one written this often
# only a text with many such words is mended: an OCR'd scan has dozens, a typed report one or two, and those
# are mostly words in their own right ("thanh toán" beside "thành lập", "đình chỉ" beside "quyết định")
_NOISY_MIN = 10
_NOISY_SHARE = 0.003


def mend_diacritics(text: str) -> str:
    words = [(m.start(), m.group(0)) for m in _WORD_RE.finditer(text)]
    if len(words) < 200:  # too little text to know how it writes its words
        return text
    low = [w.lower() for _, w in words]
    single = Counter(low)
    pairs = Counter(zip(low, low[1:]))
    by_key: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (a, b), n in pairs.items():
        by_key[(fold(a), fold(b))][(a, b)] += n
    fixes: list[tuple[int, str]] = []
    for i, (start, word) in enumerate(words):
        if word.isdigit() or not any(c.isalpha() for c in word):
            continue
        left = (low[i - 1], low[i]) if i else None
        right = (low[i], low[i + 1]) if i + 1 < len(low) else None
        if any(p is not None and _attested(p, pairs, by_key) for p in (left, right)):
            continue  # written so elsewhere too: the document's own spelling
        votes = {_mended(p, j, by_key) for p, j in ((left, 1), (right, 0)) if p is not None} - {None}
        if len(votes) != 1:
            continue
        better = votes.pop()
        if len(better) != len(word) or fold(better) != fold(word.lower()):
            continue
        if single[low[i]] > _RARE_WORD or single[better] < _COMMON_WORD:
            continue  # a word the document often writes ("của", "đang", "qua"), or a replacement it rarely does
        fixes.append((start, "".join(b.upper() if w.isupper() else b for w, b in zip(word, better))))
    if len(fixes) < _NOISY_MIN or len(fixes) < _NOISY_SHARE * len(words):
        return text  # a clean text: its few look-alikes ("thanh toán", "đình chỉ") are words in their own right
    out = list(text)
    for start, fixed in fixes:
        out[start : start + len(fixed)] = fixed
    return "".join(out)


def _attested(pair: tuple[str, str], pairs: Counter, by_key: dict) -> bool:
    """Is the pair written so often, against the other ways of marking it, that it is no misreading?"""
    n = pairs[pair]
    return n > _RARE and n * 4 >= max(by_key[(fold(pair[0]), fold(pair[1]))].values())


def _mended(pair: tuple[str, str], at: int, by_key: dict) -> str | None:
    """The word at ``at`` of ``pair`` as the document commonly writes that pair, when it differs."""
    forms = by_key[(fold(pair[0]), fold(pair[1]))]
    best, n = forms.most_common(1)[0]
    if n < _COMMON or best == pair or best[1 - at] != pair[1 - at]:
        return None  # not common, or the other word differs too
    return best[at]
