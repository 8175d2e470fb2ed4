"""Detect and repair Vietnamese text typed in pre-Unicode fonts (TCVN3/ABC, VNI, VISCII, Windows-1258).

A PDF or Word file typeset in ``.VnTime`` extracts as Latin-1 look-alikes: ``B¸o c¸o`` for
``Báo cáo``. :class:`LegacyRepairer` finds such text and converts it to Unicode NFC.

**Detection** is a scored decision per block (a run of lines between blank lines), never a single
character trigger. For each candidate encoding every whitespace token is converted with that
encoding's table (:mod:`ingest.legacy_tables`); a *changed* token scores +1 when it becomes a
valid Vietnamese syllable and was not one before, and -1 when it was one and no longer is.
Tokens that already hold letters only Unicode has (``ư ơ đ ạ ế`` …) are never converted and count
against every encoding, so real Unicode Vietnamese cannot flip. The block's score is
``(good - bad) / (changed + unicode_tokens / 2)``; the best encoding wins when its score is at
least ``min_score`` with at least one good token. A block too short to decide alone (nothing but
neutral tokens such as ``Thèng``) follows the encoding that wins over the whole text, when its own
score under that encoding is not negative. Syllable validity is onset + rhyme from the Vietnamese
inventory, at most one tone mark, and only sắc/nặng on a stop coda (``-c -ch -p -t``).

**Repairs after conversion** (in converted blocks only):

* PDF glyph substitutions for TCVN3 bytes: ``−``/``‐`` for ``ư`` (0xAD), ``∙`` for ``ã`` (0xB7), ``μ``
  for ``à``; an ASCII ``-`` inside a token becomes ``ư`` when that alone makes it a syllable
  (``n-íc`` → ``nước``, never ``QĐ-TTg``);
* ``.VnTimeH`` capitals: the upper-case font reuses the lower-case codes, so ``CñA`` is ``CỦA``. A
  token is upper case when it has a capital after its first letter and no lower-case ASCII letter;
  a token with only an initial capital (``VÒ``) or none follows its line when the line is wholly
  capitals; ``Uû ban`` stays ``Uỷ ban``;
* spaces a PDF inserts inside a syllable (``t −íng``, ``tØ nh``, ``c ho``) are removed when the
  joined letters form a syllable and one side alone does not, or when the right side starts with a
  converted vowel that lacks an onset and the left side is toneless (``nghi Öp`` → ``nghiệp``).

Text with nothing to repair is returned unchanged (NFC).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ingest.legacy_tables import (
    CP1258_TO_UNICODE,
    TCVN3_TO_UNICODE,
    VISCII_TO_UNICODE,
    VNI_TO_UNICODE,
)

_TONE_MARKS = {"\u0300": "huyen", "\u0301": "sac", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}
_ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
           "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")
_RHYMES = frozenset(
    """a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu iêc iêm iên iêng
    iêp iêt iêu o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen
    oeo oet oc oi om on ong oong ooc op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua uân uâng
    uât uây uc uê uêch uênh ui um un ung up ut uơ uôc uôi uôm uôn uông uôt uy uya uych uyên uyêt
    uynh uyt uyu ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu y yêm yên yêng yêt
    yêu""".split()
)
# letters only Unicode Vietnamese has (never produced by reading legacy bytes as Latin-1)
_UNICODE_ONLY_RE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1"
                              "\u01af\u01b0\u1ea0-\u1ef9]")
_BLOCK_SEP_RE = re.compile(r"(\n[ \t\u00a0]*\n)")
_TOKEN_SPLIT_RE = re.compile(r"(\s+)")
_TCVN3_UPPER_BASES = set("¡¢£¤¥¦§")
_UPPER_CONTEXT_RATIO = 0.8


def _edge_strip(token: str) -> str:
    """The token without punctuation and symbols at either end (letters, digits, marks stay)."""
    start, end = 0, len(token)
    while start < end and unicodedata.category(token[start])[0] in "PSZC":
        start += 1
    while end > start and unicodedata.category(token[end - 1])[0] in "PSZC":
        end -= 1
    return token[start:end]


def _split_tone(word: str) -> tuple[str, list[str]]:
    """``(toneless lower-case word, tone names)`` of an NFC word."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [_TONE_MARKS[c] for c in decomposed if c in _TONE_MARKS]
    bare = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare), tones


def is_syllable(word: str) -> bool:
    """Whether ``word`` (NFC, no punctuation) is a well-formed Vietnamese syllable."""
    if not word or len(word) > 7 or not word.isalpha():
        return False
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return False
    bare, tones = _split_tone(word)
    if len(tones) > 1:
        return False
    for onset in _ONSETS:
        if bare.startswith(onset):
            rhyme = bare[len(onset):]
            if rhyme in _RHYMES:
                if rhyme.endswith(("c", "ch", "p", "t")) and tones[:1] not in (["sac"], ["nang"]):
                    continue
                return True
    return False


def _core_is_syllable(token: str) -> bool:
    return is_syllable(_edge_strip(token))


def _has_tone(word: str) -> bool:
    return bool(_split_tone(word)[1])


# --- per-encoding token converters -----------------------------------------------------------
def _tcvn3_token(token: str, upper: bool = False) -> str:
    out = []
    for ch in token:
        uni = TCVN3_TO_UNICODE.get(ch)
        if uni is None:
            out.append(ch)
        else:
            out.append(uni.upper() if upper else uni)
    converted = "".join(out)
    if "-" in converted and any(c.isalpha() for c in converted.replace("-", "")):
        hyphen_free = converted.replace("-", "ư")
        if _core_is_syllable(hyphen_free) and not _core_is_syllable(converted):
            converted = hyphen_free
    return converted


def _vni_token(token: str) -> str:
    out, i = [], 0
    while i < len(token):
        pair = token[i:i + 2]
        if len(pair) == 2 and pair in VNI_TO_UNICODE:
            out.append(VNI_TO_UNICODE[pair])
            i += 2
        else:
            out.append(VNI_TO_UNICODE.get(token[i], token[i]))
            i += 1
    return "".join(out)


_VISCII_TRANS = str.maketrans(VISCII_TO_UNICODE)
_CP1258_TRANS = str.maketrans(CP1258_TO_UNICODE)


def _viscii_token(token: str) -> str:
    return token.translate(_VISCII_TRANS)


def _cp1258_token(token: str) -> str:
    return unicodedata.normalize("NFC", token.translate(_CP1258_TRANS))


_CONVERTERS: dict[str, Callable[[str], str]] = {
    "tcvn3": _tcvn3_token,
    "vni": _vni_token,
    "viscii": _viscii_token,
    "cp1258": _cp1258_token,
}


def _convert_token(encoding: str, token: str) -> str:
    if _UNICODE_ONLY_RE.search(token):
        return token
    return _CONVERTERS[encoding](token)


@dataclass(frozen=True)
class RepairResult:
    """The outcome of :meth:`LegacyRepairer.repair`."""

    text: str  # repaired Unicode text, NFC
    encoding: str | None  # "tcvn3" | "vni" | "viscii" | "cp1258" | None when nothing was repaired
    repaired_blocks: int  # how many paragraphs/blocks were converted


@dataclass(frozen=True)
class _Score:
    """Evidence for one encoding over the non-ASCII tokens of a text."""

    good: int  # tokens that become syllables and were not
    gain: int  # syllables after conversion minus syllables before
    changed: int  # tokens the encoding changes
    considered: int  # tokens with a non-ASCII character (Unicode-only ones included)

    @property
    def value(self) -> float:
        return self.gain / self.considered if self.considered else 0.0


def _score(encoding: str, text: str) -> _Score:
    good = gain = changed = considered = 0
    for token in text.split():
        if token.isascii():
            continue
        considered += 1
        converted = _convert_token(encoding, token)
        if converted == token:
            continue
        changed += 1
        before, after = _core_is_syllable(token), _core_is_syllable(converted)
        good += after and not before
        gain += after - before
    return _Score(good, gain, changed, considered)


class _TokenCase:
    """Upper-case decisions for TCVN3 tokens (``.VnTimeH`` reuses the lower-case codes)."""

    @staticmethod
    def sure_upper(token: str) -> bool | None:
        """True/False when the token decides alone, None when its context must decide."""
        letters = [c for c in token if c.isascii() and c.isalpha() or c in _TCVN3_UPPER_BASES]
        if any(c.islower() for c in letters if c.isascii()):
            return False
        if any(not c.isascii() or c.isupper() for c in letters[1:]):
            return True
        return None

    @staticmethod
    def _is_legacy_word(token: str) -> bool:
        """A word with TCVN3 codes: only these tell the fonts apart (``UBND`` is typed caps)."""
        converted = _tcvn3_token(token)
        return converted != token and _edge_strip(converted).isalpha()

    @classmethod
    def upper_tokens(cls, parts: list[str]) -> list[bool]:
        """Per token of ``parts`` (token, space, token…): draw its lower-case codes as capitals?

        A token that cannot decide alone follows its column (tokens up to a gap of three or more
        spaces) when the column's words written with TCVN3 codes are (nearly) all capitals.
        """
        columns: list[list[int]] = [[]]
        for index in range(0, len(parts), 2):
            if index and len(parts[index - 1]) >= 3:
                columns.append([])
            columns[-1].append(index)
        decisions = [False] * len(parts)
        for column in columns:
            votes = {i: cls.sure_upper(parts[i]) for i in column}
            words = [v for i, v in votes.items() if cls._is_legacy_word(parts[i])]
            upper, lower = words.count(True), words.count(False)
            column_upper = upper > 0 and upper >= _UPPER_CONTEXT_RATIO * (upper + lower)
            for i, vote in votes.items():
                decisions[i] = column_upper if vote is None else vote
        return decisions[0::2]


_VOWELS = frozenset("aăâeêioôơuưy")
_LETTER_HEAD_RE = re.compile(r"[^\W\d_]+")
_LETTER_TAIL_RE = re.compile(r"[^\W\d_]+$")
_ID_TAIL_RE = re.compile(r"[/-][A-ZĐ]{1,2}$")  # 115/2004/Q | Đ-TTg
_ID_HEAD_RE = re.compile(r"^[A-ZĐ]{1,4}[-/]")
_NUMBER_TAIL_RE = re.compile(r"\d/$")  # 25/6/ | 2004
_SLASH_ID_HEAD_RE = re.compile(r"^/[A-ZĐ]")  # 86/2002 | /NĐ-CP


def _vowelless(word: str) -> bool:
    return not any(c in _VOWELS for c in _split_tone(word)[0])


class _SyllableJoiner:
    """Removes the spaces a PDF inserts inside syllables and identifiers of a converted line."""

    def join(self, original: list[str], converted: list[str]) -> list[str]:
        """``original``/``converted`` alternate token, whitespace, token… (``re.split``)."""
        out = [converted[0]]
        for i in range(1, len(converted), 2):
            sep, right = converted[i], converted[i + 1]
            following = converted[i + 3] if i + 3 < len(converted) else ""
            if sep.strip(" ") == "" and self._joins(out[-1], right, original[i + 1], following):
                out[-1] += right
            else:
                out += [sep, right]
        return out

    def _joins(self, left: str, right: str, right_orig: str, following: str) -> bool:
        if _ID_TAIL_RE.search(left) and _ID_HEAD_RE.match(right):
            return True
        if _NUMBER_TAIL_RE.search(left) and right[:1].isdigit():
            return True
        if left[-1:].isdigit() and _SLASH_ID_HEAD_RE.match(right):
            return True
        tail, head = _LETTER_TAIL_RE.search(left), _LETTER_HEAD_RE.match(right)
        if tail is None or head is None or (tail.start() and left[tail.start() - 1].isalnum()):
            return False
        a, b = tail.group(), head.group()
        if not is_syllable(a + b):
            return False
        if b == right and _vowelless(b) and is_syllable(b + _leading_word(following)):
            return False  # an onset fragment: it belongs to the next token (``Nhà n ước``)
        if not is_syllable(a) or not is_syllable(b):
            return True
        # both halves are syllables: join a toneless open left half with a right half that has no
        # onset and is a lone vowel letter or starts with a converted legacy code (``nghi Öp``)
        if not _starts_vowel(b) or not _ends_open(a):
            return False
        lone_vowel = len(b) == 1 and b.isascii()
        from_legacy = not right_orig[:1].isascii() and right_orig[:1] != right[:1]
        return lone_vowel or (from_legacy and not _has_tone(a))


def _leading_word(token: str) -> str:
    head = _LETTER_HEAD_RE.match(token)
    return head.group() if head else ""


def _starts_vowel(word: str) -> bool:
    return _split_tone(word[0])[0] in _VOWELS


def _ends_open(word: str) -> bool:
    return _split_tone(word[-1])[0] in _VOWELS


_JOINER = _SyllableJoiner()


def _convert_block(encoding: str, block: str) -> str:
    lines = []
    for line in block.split("\n"):
        parts = _TOKEN_SPLIT_RE.split(line)
        converted = list(parts)
        if encoding == "tcvn3":
            for n, upper in enumerate(_TokenCase.upper_tokens(parts)):
                if not _UNICODE_ONLY_RE.search(parts[2 * n]):
                    converted[2 * n] = _tcvn3_token(parts[2 * n], upper=upper)
        else:
            converted[0::2] = [_convert_token(encoding, p) for p in parts[0::2]]
        lines.append("".join(_JOINER.join(parts, converted)))
    return unicodedata.normalize("NFC", "\n".join(lines))


class LegacyRepairer:
    """Finds blocks written in a legacy Vietnamese encoding and converts them to Unicode."""

    def __init__(self, min_score: float = 0.5) -> None:
        self.min_score = min_score

    def repair(self, text: str) -> RepairResult:
        """Repair every legacy-encoded block of ``text``; Unicode text comes back unchanged."""
        text = unicodedata.normalize("NFC", text)
        pieces = _BLOCK_SEP_RE.split(text)
        document = self._best(text)
        used: Counter[str] = Counter()
        repaired = 0
        for index in range(0, len(pieces), 2):
            block = pieces[index]
            encoding = self._best(block)
            if encoding is None and document is not None:
                own = _score(document, block)
                if own.changed and own.value >= 0:
                    encoding = document
            if encoding is None:
                continue
            converted = _convert_block(encoding, block)
            if converted != block:
                pieces[index] = converted
                repaired += 1
                used[encoding] += 1
        if not repaired:
            return RepairResult(text, None, 0)
        return RepairResult("".join(pieces), used.most_common(1)[0][0], repaired)

    def _best(self, text: str) -> str | None:
        best, best_value = None, self.min_score
        for encoding in _CONVERTERS:
            score = _score(encoding, text)
            if score.good >= 1 and score.value >= best_value:
                if best is None or score.value > best_value:
                    best, best_value = encoding, score.value
        return best
