"""Detect and repair Vietnamese text typed in pre-Unicode fonts (TCVN3/ABC, VNI, VISCII, CP1258).

A PDF or Word file typeset in ``.VnTime`` extracts as Latin-1 look-alikes: ``B¸o c¸o`` for
``Báo cáo``. :class:`LegacyRepairer` finds such text and converts it to Unicode NFC; the character
tables are in :mod:`ingest.legacy_tables`.

**Detection** is a scored decision per block (lines between blank lines), never a one-character
trigger. For each candidate encoding, every token holding a non-ASCII character is converted and
judged with the Vietnamese syllable inventory (onset + rhyme, spelling rules, one tone mark,
sắc/nặng only on ``-c -ch -p -t``): ``gain`` = syllable weight after conversion minus before,
summed. Tokens holding letters only Unicode has (``ư ơ đ ạ ế`` …) are never converted and count
as no gain, so Unicode Vietnamese scores ≤ 0 (``có``→``cú`` is neutral, ``và``→``vỔ`` negative).
An encoding wins a block when ``gain / tokens considered ≥ min_score`` (default 0.5) and at least
two legacy characters sit in tokens of two or more letters that became syllables (``5 µm`` alone
is not TCVN3 ``5 àm``); the best score wins. A block that cannot decide alone follows the encoding
that wins over the whole text when its own score under it is not negative and it has no
Unicode-only letters. ASCII-only text is never touched.

**Repairs in converted blocks**

* glyphs a PDF's ToUnicode map substitutes for TCVN3 bytes (``−`` U+2212 for ``ư``, ``∙`` U+2219
  for ``ã``, Greek ``μ`` for ``à`` …, see ``TCVN3_GLYPH_SUBSTITUTES``); an ASCII ``-`` inside a
  token becomes ``ư`` when only that makes it a syllable (``n-íc`` → ``nước``, not ``QĐ-TTg``);
* ``.VnTimeH`` capitals: the upper-case font reuses the lower-case codes, so ``CñA`` is ``CỦA``.
  A token with a capital after its first letter and no lower-case ASCII letter is upper case; one
  with only an initial capital (``VÒ``) or no ASCII letter follows its column (a run of tokens
  without a 3-space gap) when the column's TCVN3 words are ≥ 80 % capitals; ``Uû ban`` stays
  ``Uỷ ban``, ``céng hoµ`` stays ``cộng hoà``. A capital toned letter inside a mixed-case word
  (``Ấn`` typed as ``Ên``) cannot be told from the lower-case one and comes out lower case;
* spaces a PDF inserts inside syllables and identifiers: ``t −íng`` → ``tướng``, ``tØ nh`` →
  ``tỉnh``, ``Nhµ n −íc`` → ``Nhà nước`` (a consonant fragment goes to the syllable it starts),
  ``nghi Öp`` → ``nghiệp`` (a diphthong ``iê uô ươ`` cut after a toneless half), ``sa u`` →
  ``sau`` (a lone vowel letter), ``Q §-TTg`` → ``QĐ-TTg``, ``25/6/ 2004`` → ``25/6/2004``.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ingest.legacy_tables import (
    CP1258_TO_UNICODE,
    TCVN3_TO_UNICODE,
    VISCII_TO_UNICODE,
    VNI_TO_UNICODE,
    is_syllable,
    split_tone,
    syllable_weight,
)

# letters only Unicode Vietnamese has (never produced by reading legacy bytes as Latin-1)
_UNICODE_ONLY_RE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
# Separators are spaces only: Python's \s also matches \x1c-\x1f, \x85 and \xa0, which are VISCII
# letters (Ỵ, Ầ, Õ …) in a VISCII file read as Latin-1.
_SPACE_CHARS = " \t\r\f\v\u1680\u2000-\u200a\u202f\u205f\u3000"
_BLOCK_SEP_RE = re.compile(f"(\n[{_SPACE_CHARS}]*\n)")
_TOKEN_SPLIT_RE = re.compile(f"([{_SPACE_CHARS}]+)")
_TOKEN_RE = re.compile(f"[^\n{_SPACE_CHARS}]+")
_EDGE_PUNCTUATION = string.punctuation + "“”‘’„‚«»…–—•"
_TCVN3_UPPER_BASES = frozenset("¡¢£¤¥¦§")
_UPPER_COLUMN_RATIO = 0.8
_MIN_EVIDENCE = 2
_VOWELS = frozenset("aăâeêioôơuưy")
_DIPHTHONG_CUTS = frozenset({("i", "ê"), ("y", "ê"), ("u", "ô"), ("ư", "ơ")})
_LETTERS_HEAD_RE = re.compile(r"[^\W\d_]+")
_LETTERS_TAIL_RE = re.compile(r"[^\W\d_]+$")
_ID_TAIL_RE = re.compile(r"[/-][A-ZĐ]{1,2}$")  # …/2004/Q | Đ-TTg
_ID_HEAD_RE = re.compile(r"^[A-ZĐ]{1,4}[-/]")
_NUMBER_TAIL_RE = re.compile(r"\d/$")  # 25/6/ | 2004
_SLASH_ID_HEAD_RE = re.compile(r"^/[A-ZĐ]")  # 86/2002 | /NĐ-CP


def _edge_strip(token: str) -> str:
    """The token without ASCII or typographic punctuation at either end (``§`` is a letter)."""
    return token.strip(_EDGE_PUNCTUATION)


def _core_is_syllable(token: str) -> bool:
    return is_syllable(_edge_strip(token))


# --- per-encoding token converters ---------------------------------------------------------------
def _tcvn3_token(token: str, upper: bool = False) -> str:
    converted = "".join(
        (TCVN3_TO_UNICODE[c].upper() if upper else TCVN3_TO_UNICODE[c])
        if c in TCVN3_TO_UNICODE
        else c
        for c in token
    )
    if "-" in converted and any(c.isalpha() for c in converted):
        hyphen_free = converted.replace("-", "ư")  # the 0xAD glyph extracted as a hyphen
        if _core_is_syllable(hyphen_free) and not _core_is_syllable(converted):
            return hyphen_free
    return converted


def _vni_token(token: str) -> str:
    out, i = [], 0
    while i < len(token):
        pair = token[i : i + 2]
        if len(pair) == 2 and pair in VNI_TO_UNICODE:
            out.append(VNI_TO_UNICODE[pair])
            i += 2
        else:
            out.append(VNI_TO_UNICODE.get(token[i], token[i]))
            i += 1
    return "".join(out)


# Windows-1252 punctuation (– “ …) is a VISCII capital only next to a letter
_VISCII_PUNCTUATION = frozenset(
    c for c in VISCII_TO_UNICODE if ord(c) > 0xFF and unicodedata.category(c)[0] in "PS"
)


def _viscii_token(token: str) -> str:
    out = []
    for i, ch in enumerate(token):
        by_letter = (i > 0 and token[i - 1].isalpha()) or token[i + 1 : i + 2].isalpha()
        keep = ch in _VISCII_PUNCTUATION and not by_letter
        out.append(ch if keep else VISCII_TO_UNICODE.get(ch, ch))
    return "".join(out)


_CP1258_TRANS = str.maketrans(CP1258_TO_UNICODE)


def _cp1258_token(token: str) -> str:
    return unicodedata.normalize("NFC", token.translate(_CP1258_TRANS))


_CONVERTERS: dict[str, Callable[[str], str]] = {
    "tcvn3": _tcvn3_token,
    "vni": _vni_token,
    "viscii": _viscii_token,
    "cp1258": _cp1258_token,
}


def _convert_token(encoding: str, token: str) -> str:
    """One token in ``encoding``, out of context (TCVN3 case decided by the token alone)."""
    if _UNICODE_ONLY_RE.search(token):
        return token
    if encoding == "tcvn3":
        return _tcvn3_token(token, upper=_TokenCase.sure_upper(token) is True)
    return _CONVERTERS[encoding](token)


# --- detection -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Score:
    """Evidence for one encoding over the non-ASCII tokens of a text."""

    gain: float  # syllable weight after conversion minus before, summed
    considered: int  # tokens with a non-ASCII character
    evidence: int  # legacy characters in tokens of 2+ letters that became syllables
    unicode_tokens: int  # tokens with letters only Unicode has

    @property
    def value(self) -> float:
        return self.gain / self.considered if self.considered else 0.0


def _score(encoding: str, text: str) -> _Score:
    gain, considered, evidence, unicode_tokens = 0.0, 0, 0, 0
    for token in _TOKEN_RE.findall(text):
        if token.isascii():
            continue
        considered += 1
        if _UNICODE_ONLY_RE.search(token):
            unicode_tokens += 1
            continue
        converted = _convert_token(encoding, token)
        if converted == token:
            continue
        core = _edge_strip(converted)
        before, after = syllable_weight(_edge_strip(token)), syllable_weight(core)
        gain += after - before
        if after and not before and len(core) > 1:
            evidence += sum(1 for c in token if not c.isascii())
    return _Score(gain, considered, evidence, unicode_tokens)


# --- TCVN3 upper case ----------------------------------------------------------------------------
class _TokenCase:
    """Upper-case decisions for TCVN3 tokens (``.VnTimeH`` reuses the lower-case codes)."""

    @staticmethod
    def sure_upper(token: str) -> bool | None:
        """True/False when the token decides alone, None when its column must decide."""
        letters = [c for c in token if (c.isascii() and c.isalpha()) or c in _TCVN3_UPPER_BASES]
        if any(c.isascii() and c.islower() for c in letters):
            return False
        if any(not c.isascii() or c.isupper() for c in letters[1:]):
            return True
        return None

    @classmethod
    def upper_tokens(cls, parts: list[str]) -> list[bool]:
        """For each token of ``parts`` (token, space, token…): are its codes capitals?"""
        columns: list[list[int]] = [[]]
        for index in range(0, len(parts), 2):
            if index and len(parts[index - 1]) >= 3:
                columns.append([])
            columns[-1].append(index)
        decisions = [False] * len(parts)
        for column in columns:
            votes = {i: cls.sure_upper(parts[i]) for i in column}
            words = [vote for i, vote in votes.items() if cls._is_legacy_word(parts[i])]
            upper, lower = words.count(True), words.count(False)
            column_upper = upper > 0 and upper >= _UPPER_COLUMN_RATIO * (upper + lower)
            for i, vote in votes.items():
                decisions[i] = column_upper if vote is None else vote
        return decisions[0::2]

    @staticmethod
    def _is_legacy_word(token: str) -> bool:
        """A word with TCVN3 codes: only these tell the fonts apart (``UBND`` is typed caps)."""
        converted = _tcvn3_token(token)
        return converted != token and _edge_strip(converted).isalpha()


# --- spaces inside syllables ---------------------------------------------------------------------
def _vowelless(word: str) -> bool:
    return not any(c in _VOWELS for c in split_tone(word)[0])


def _ends_open(word: str) -> bool:
    return split_tone(word[-1])[0] in _VOWELS


def _leading_word(token: str) -> str:
    head = _LETTERS_HEAD_RE.match(token)
    return head.group() if head else ""


class _SyllableJoiner:
    """Removes the spaces a PDF inserts inside syllables and identifiers of a converted line."""

    def join(self, parts: list[str]) -> list[str]:
        """``parts`` alternate token, spaces, token… (``re.split`` with a group)."""
        out = [parts[0]]
        for i in range(1, len(parts), 2):
            right = parts[i + 1]
            following = parts[i + 3] if i + 3 < len(parts) else ""
            if self._joins(out[-1], right, following):
                out[-1] += right
            else:
                out += [parts[i], right]
        return out

    @staticmethod
    def _joins(left: str, right: str, following: str) -> bool:
        if _ID_TAIL_RE.search(left) and _ID_HEAD_RE.match(right):
            return True
        if (_NUMBER_TAIL_RE.search(left) and right[:1].isdigit()) or (
            left[-1:].isdigit() and _SLASH_ID_HEAD_RE.match(right)
        ):
            return True
        tail, head = _LETTERS_TAIL_RE.search(left), _LETTERS_HEAD_RE.match(right)
        if tail is None or head is None or (tail.start() and left[tail.start() - 1].isalnum()):
            return False
        a, b = tail.group(), head.group()
        if not is_syllable(a + b):
            return False
        if b == right and _vowelless(b) and is_syllable(b + _leading_word(following)):
            return False  # an onset fragment: it belongs to the next token (``Nhà n ước``)
        if not is_syllable(a) or not is_syllable(b):
            return True
        if len(b) == 1 and b in "aeiouy":  # a lone vowel letter: ``sa u``, ``vừ a``
            return _ends_open(a)
        if split_tone(a)[1]:
            return False
        return (a[-1].lower(), split_tone(b[0])[0]) in _DIPHTHONG_CUTS  # ``nghi ệp``


_JOINER = _SyllableJoiner()


_CELL_SEP_RE = re.compile(r"( \| )")  # the cells of a table row, or of a letterhead's two columns side by side


def _mixed_block(encoding: str, block: str) -> str:
    """A block in part retyped in Unicode (a "Nơi nhận" list in Unicode beside the signer in VNI, one line or
    one cell of a row each): each line, or each cell, converted on its own when it has no Unicode-only letter
    and does not read worse converted. "Đắk Nông" stays whole, though "Nông" alone would read as VNI ("Nơng")."""
    lines = []
    for line in block.split("\n"):
        cells = _CELL_SEP_RE.split(line)
        for k in range(0, len(cells), 2):
            score = _score(encoding, cells[k])
            if score.considered and score.value >= 0 and not score.unicode_tokens:
                cells[k] = _convert_block(encoding, cells[k])
        lines.append("".join(cells))
    return "\n".join(lines)


def _retyped(text: str) -> bool:
    """A line (or a cell) retyped in Unicode among legacy text: half its non-ASCII words, or more, in letters
    only Unicode has ("- Các phòng thuộc Chi cục;")."""
    marked = [t for t in _TOKEN_RE.findall(text) if not t.isascii()]
    unicode_only = sum(1 for t in marked if _UNICODE_ONLY_RE.search(t))
    return unicode_only > 0 and 2 * unicode_only >= len(marked)


def _convert_block(encoding: str, block: str) -> str:
    lines = []
    for line in block.split("\n"):
        cells = _CELL_SEP_RE.split(line)
        retyped = [_retyped(c) for c in cells[0::2]]
        if any(retyped):  # its other words, "Nông", would read as legacy ones ("Nơng")
            cells[0::2] = [c if kept else _convert_block(encoding, c) for c, kept in zip(cells[0::2], retyped)]
            lines.append("".join(cells))
            continue
        parts = _TOKEN_SPLIT_RE.split(line)
        converted = list(parts)
        if encoding == "tcvn3":
            for n, upper in enumerate(_TokenCase.upper_tokens(parts)):
                if not _UNICODE_ONLY_RE.search(parts[2 * n]):
                    converted[2 * n] = _tcvn3_token(parts[2 * n], upper=upper)
        else:
            converted[0::2] = [_convert_token(encoding, p) for p in parts[0::2]]
        lines.append("".join(_JOINER.join(converted)))
    return unicodedata.normalize("NFC", "\n".join(lines))


# --- public API ----------------------------------------------------------------------------------
_VNI_FONT_RE = re.compile(r"vni[- ]", re.IGNORECASE)  # VNI-Times, VNI-Helve


def legacy_font(name: str) -> tuple[str, bool] | None:
    """The encoding a font name stands for, and whether it draws every letter as a capital:
    ``.VnTime`` → ("tcvn3", False), ``.VnTimeH`` → ("tcvn3", True), ``VNI-Times`` → ("vni", False);
    None for a Unicode font (Times New Roman, Arial …)."""
    name = name.strip()
    if name.lower().startswith(".vn"):  # .VnTime, .VnArialH, .VnCentury Schoolbook
        return "tcvn3", name.endswith("H")
    if _VNI_FONT_RE.match(name):
        return "vni", False
    return None


def decode_font_text(text: str, encoding: str, upper: bool = False) -> str:
    """Text typed in a legacy font whose name is known (a Word run in ``.VnTime``), as Unicode NFC.

    Unlike :meth:`LegacyRepairer.repair` nothing is guessed: the font says how every character is
    drawn, so a short run ("n¨m") converts as surely as a page. Text that already holds letters only
    Unicode has was typed in Unicode whatever its font says, and comes back unchanged."""
    if _UNICODE_ONLY_RE.search(text):
        return text
    if encoding == "tcvn3":
        out = "".join(TCVN3_TO_UNICODE.get(c, c) for c in text)
        return unicodedata.normalize("NFC", out.upper() if upper else out)
    return unicodedata.normalize("NFC", _CONVERTERS[encoding](text))


@dataclass(frozen=True)
class RepairResult:
    """The outcome of :meth:`LegacyRepairer.repair`."""

    text: str  # repaired Unicode text, NFC
    encoding: str | None  # "tcvn3" | "vni" | "viscii" | "cp1258" | None (dominant one if mixed)
    repaired_blocks: int  # how many paragraphs/blocks were converted


class LegacyRepairer:
    """Finds the blocks of a text written in a legacy Vietnamese encoding and converts them.

    Call :meth:`repair` on as much of a document as is at hand (a page, better the whole
    text with blank lines between paragraphs): short blocks borrow the document's encoding.
    """

    def __init__(self, min_score: float = 0.5) -> None:
        self.min_score = min_score

    def repair(self, text: str) -> RepairResult:
        """Repair every legacy-encoded block of ``text``; other text comes back as is (NFC)."""
        text = unicodedata.normalize("NFC", text)
        pieces = _BLOCK_SEP_RE.split(text)
        document = self._best(text)
        used: Counter[str] = Counter()
        for index in range(0, len(pieces), 2):
            block = pieces[index]
            encoding = self._best(block)
            if encoding is None and document is not None:
                own = _score(document, block)
                if own.considered and own.value >= 0 and not own.unicode_tokens:
                    encoding = document
                elif own.unicode_tokens:
                    mixed = _mixed_block(document, block)
                    if mixed != block:
                        pieces[index] = mixed
                        used[document] += 1
            if encoding is None:
                continue
            converted = _convert_block(encoding, block)
            if converted != block:
                pieces[index] = converted
                used[encoding] += 1
        if not used:
            return RepairResult(text, None, 0)
        return RepairResult("".join(pieces), used.most_common(1)[0][0], sum(used.values()))

    def _best(self, text: str) -> str | None:
        """The encoding that scores best on ``text``, if one reaches ``min_score``."""
        best, best_value = None, self.min_score
        for encoding in _CONVERTERS:
            score = _score(encoding, text)
            beats = score.value > best_value or (best is None and score.value == best_value)
            if score.evidence >= _MIN_EVIDENCE and beats:
                best, best_value = encoding, score.value
        return best
