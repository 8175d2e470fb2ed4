"""Score a text extraction against a hand-checked Unicode transcript (the legacy-font benchmark).

Both sides are put in NFC and their whitespace runs collapsed to one space. By default both sides
also get :func:`ingest.normalize.normalize_tone_marks` (``hoà``→``hòa``): the two tone-placement
styles are the same word, the transcripts use either, and the ingest pipeline writes one of them,
so comparing them as different would score the style, not the extraction. Pass
``normalize_tones=False`` for the benchmark's literal comparison.

* **diacritic accuracy** — of the transcript's characters that carry a diacritic (more than one
  code point under NFD) or are ``đ``/``Đ``, the share that come back exactly, i.e. lie inside an
  aligned equal block of :class:`difflib.SequenceMatcher` (``autojunk=False``);
* **syllable accuracy** — the share of the transcript's whitespace tokens matched exactly when the
  token sequences are aligned with ``SequenceMatcher``.

Character alignment of two 64k-character strings with ``SequenceMatcher`` takes minutes, so the
characters are aligned in two stages with the same matcher: the token sequences first (equal
token runs are equal characters), then the characters of each replaced stretch between them. On
the fixtures this agrees with one whole-string alignment to within 0.001. A replaced stretch too
long to align in one go (text extracted without spaces) is aligned in 1000-character pieces of
the transcript, each against the window of the extraction where the previous piece ended.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from ingest.normalize import normalize_tone_marks

_WS_RE = re.compile(r"\s+")
_MAX_CELLS = 4_000_000  # characters × characters aligned in one go
_PIECE, _MARGIN = 1000, 100  # piecewise alignment of huge stretches
_ANCHOR = 4  # a matched run this long places the next piece


def _prepare(text: str, normalize_tones: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    if normalize_tones:
        text = normalize_tone_marks(text)
    return _WS_RE.sub(" ", text).strip()


def _is_diacritic(char: str) -> bool:
    return char in "đĐ" or len(unicodedata.normalize("NFD", char)) > 1


def _matched_char_positions(
    tokens: SequenceMatcher, extracted: list[str], truth: list[str]
) -> set[int]:
    """Positions in ``" ".join(truth)`` of characters that lie in aligned equal blocks."""
    starts, offset = [], 0
    for token in truth:
        starts.append(offset)
        offset += len(token) + 1
    matched: set[int] = set()
    for tag, i1, i2, j1, j2 in tokens.get_opcodes():
        if j1 == j2:
            continue
        truth_text = " ".join(truth[j1:j2])
        if tag == "equal":
            matched.update(range(starts[j1], starts[j1] + len(truth_text)))
        elif tag == "replace":
            _align_characters(" ".join(extracted[i1:i2]), truth_text, starts[j1], matched)
    return matched


def _align_characters(a: str, b: str, b_offset: int, matched: set[int]) -> None:
    """Add the positions (plus ``b_offset``) of ``b``'s characters aligned with ``a``.

    Spaces are left out of both sides, so a space inserted or lost inside a word does not cut a
    matched run short.
    """
    b_positions = [b_offset + i for i, c in enumerate(b) if c != " "]
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if len(a) * len(b) <= _MAX_CELLS:
        pieces = [(0, SequenceMatcher(None, a, b, autojunk=False))]
    else:
        pieces = _piecewise(a, b)
    for start, matcher in pieces:
        for block in matcher.get_matching_blocks():
            matched.update(b_positions[start + block.b : start + block.b + block.size])


def _piecewise(a: str, b: str) -> list[tuple[int, SequenceMatcher]]:
    """Align ``b`` in pieces, each against the window of ``a`` where the previous one ended."""
    pieces, ratio, position = [], len(a) / len(b), 0.0
    for start in range(0, len(b), _PIECE):
        piece = b[start : start + _PIECE]
        low = max(0, int(position) - _MARGIN)
        window = a[low : int(position + len(piece) * ratio) + _MARGIN]
        matcher = SequenceMatcher(None, window, piece, autojunk=False)
        pieces.append((start, matcher))
        anchors = [block for block in matcher.get_matching_blocks() if block.size >= _ANCHOR]
        if anchors:
            last = anchors[-1]
            position = low + last.a + last.size + (len(piece) - last.b - last.size) * ratio
        else:
            position += len(piece) * ratio
    return pieces


def score_extraction(extracted: str, truth: str, *, normalize_tones: bool = True) -> dict:
    """``{"diacritic_accuracy", "syllable_accuracy", "chars", "syllables"}`` of an extraction.

    ``chars`` is the number of diacritic characters in the transcript, ``syllables`` the number
    of its whitespace tokens; an accuracy is 1.0 when there is nothing to count.
    """
    ext_tokens = _prepare(extracted, normalize_tones).split(" ")
    truth_text = _prepare(truth, normalize_tones)
    truth_tokens = truth_text.split(" ") if truth_text else []
    if ext_tokens == [""]:
        ext_tokens = []
    tokens = SequenceMatcher(None, ext_tokens, truth_tokens, autojunk=False)
    syllables_ok = sum(block.size for block in tokens.get_matching_blocks())
    matched = _matched_char_positions(tokens, ext_tokens, truth_tokens)
    targets = [i for i, c in enumerate(truth_text) if _is_diacritic(c)]
    diacritics_ok = sum(1 for i in targets if i in matched)
    return {
        "diacritic_accuracy": diacritics_ok / len(targets) if targets else 1.0,
        "syllable_accuracy": syllables_ok / len(truth_tokens) if truth_tokens else 1.0,
        "chars": len(targets),
        "syllables": len(truth_tokens),
    }
