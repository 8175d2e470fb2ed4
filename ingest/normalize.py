"""Vietnamese text normalisation: the one well-defined text that is indexed, quoted and offset into.

``normalize_text`` is applied to every report at ingest *and* to every query, so both sides agree:

* Unicode NFC (pypdf returns NFD from some PDFs);
* no-break and other odd spaces become plain spaces, zero-width characters are dropped, runs of
  spaces collapse, line endings become ``\\n``, trailing spaces go;
* one tone-mark placement style — the mark sits on the first vowel of the open clusters
  ``oa oe uy`` (``hoà``→``hòa``, ``thuỷ``→``thủy``; ``hoàn``, ``quý`` are untouched);
* a lowercase Vietnamese word glued to the figure after it by a converter ("đạt50,3%", "với186 cơ sở") is
  parted from it ("đạt 50,3%"); an ASCII one stays ("m3", "km2", "ISO9001"), and so does one digit alone,
  a footnote's mark ("vi phạm3");
* typographic quotes become ``"``/``'`` and dashes become ``-`` so that matching is not defeated by
  typography; the eth ``Ð``/``ð`` some converters write for ``Đ``/``đ`` becomes that letter.

``fold`` removes all diacritics (``đ``→``d``) and lowercases: the key of the accent-folded index for
queries typed without diacritics.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}  # huyền sắc hỏi ngã nặng
_SPACE_RE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
_GROUP_SPACE_RE = re.compile(r"[\u00a0\u2009\u202f]")  # no-break, thin, narrow no-break
_THOUSANDS_RE = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{_GROUP_SPACE_RE.pattern}\d{{3}})+(?!\d)")
_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MULTISPACE_RE = re.compile(r" {2,}")
_TRAILING_RE = re.compile(r" +\n")
_LEADING_RE = re.compile(r"\n +")
_MANY_NEWLINES_RE = re.compile(r"\n{3,}")
# (a figure of two digits or more, or with its decimals or "%": one digit glued on is a footnote's mark, "vi phạm3")
_GLUED_FIGURE_RE = re.compile(r"(?<![^\W_])([^\W\d_]{2,})(?=\d(?:\d|[.,]\d|\s*%))")
_TRANSLATE = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2010": "-", "\u2011": "-",
        "\u2212": "-", "\u2026": "...", "\r": "",
        # the Icelandic eth some fonts and converters give for the Vietnamese Đ/đ ("Ðà Nẵng")
        "\u00d0": "\u0110", "\u00f0": "\u0111",
    }
)
# first vowel, second vowel carrying the tone, not followed by another letter (open syllable)
_TONE_MOVE_RE = re.compile(
    r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![^\W\d_])|(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])"
)


def _move_tone(m: re.Match[str]) -> str:
    first = m.group(1) or m.group(3)
    second = m.group(2) or m.group(4)
    decomposed = unicodedata.normalize("NFD", second)
    tone = next((c for c in decomposed if c in _TONES), "")
    bare = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", bare)


def normalize_tone_marks(text: str) -> str:
    """``hoà``→``hòa``, ``thuỷ``→``thủy``, ``HOÀ``→``HÒA``; leaves ``hoàn``, ``quý``, ``khuya``."""
    return _TONE_MOVE_RE.sub(_move_tone, text)


def normalize_text(text: str) -> str:
    """The normalised form of a report or a query (see the module docstring)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").translate(_TRANSLATE)
    text = _ZERO_WIDTH_RE.sub("", text).replace("\x00", "")
    text = _THOUSANDS_RE.sub(lambda m: _GROUP_SPACE_RE.sub("\x00", m.group(0)), text)
    text = _SPACE_RE.sub(" ", text).replace("\x00", "\u202f")
    text = _MULTISPACE_RE.sub(" ", text)
    text = _TRAILING_RE.sub("\n", text)
    text = _LEADING_RE.sub("\n", text)
    text = _MANY_NEWLINES_RE.sub("\n\n", text)
    text = normalize_tone_marks(text)
    text = _GLUED_FIGURE_RE.sub(_parted, text)
    return text.strip()


def _parted(m: re.Match[str]) -> str:
    word = m.group(1)
    return f"{word} " if word.islower() and not word.isascii() else word


def collapse_ws(text: str) -> str:
    """Normalised text with all whitespace runs collapsed to one space (for matching evidence)."""
    return re.sub(r"\s+", " ", normalize_text(text)).strip()


@lru_cache(maxsize=200000)
def fold(text: str) -> str:
    """Lowercase and strip every diacritic: ``Đo lường`` → ``do luong``."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d").replace("\u0111", "d")
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))
