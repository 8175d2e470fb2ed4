"""Character tables of the pre-Unicode Vietnamese encodings, as text extraction sees them.

A legacy file is read as if it were Latin-1/Windows-1252, so every table maps the *characters* a
loader sees (one per byte, or the glyph a PDF's ToUnicode map substitutes for it) to Unicode.

* **TCVN3 (ABC, TCVN 5712:1993 VN3)** — fonts ``.VnTime`` (lower case) and ``.VnTimeH`` (upper
  case). One byte per letter: the 67 lower-case precomposed letters (``à``..``ỵ``, ``ă â ê ô ơ ư
  đ``) plus the seven upper-case base letters ``Ă Â Ê Ô Ơ Ư Đ`` (0xA1–0xA7). Upper-case toned
  letters have no code of their own: ``.VnTimeH`` draws the *lower-case* codes as capitals, so
  the 67 upper-case letters are the same codes read in an upper-case context (see
  :mod:`ingest.legacy`). The VN1 variant's extra capitals that fall in the Latin-1 range
  (``À``→``Ắ`` …) are accepted too; its 0x80–0x9F capitals are not, because ABC fonts keep
  Windows quotes and dashes there.
* **VNI (VNI-Windows)** — a base ASCII letter followed by a modifier character: tone marks
  ``ø ù û õ ï`` (huyền sắc hỏi ngã nặng), ``â`` circumflex, ``ê`` breve, circumflex+tone ``à á å ã
  ä``, breve+tone ``è é ú ü ë``; single characters for ``ơ``=``ô``, ``ư``=``ö``, ``đ``=``ñ``, the
  toned ``i`` (``ì í æ ó ò``) and ``ỵ``=``î``. Capitals use the capital modifiers.
* **VISCII** — all 134 letters in one byte each, including six C0 control positions; the
  0x80–0x9F half appears either as C1 controls (Latin-1 decoding) or as Windows-1252 punctuation.
* **Windows-1258** read as Windows-1252 — ``ă ơ ư đ`` and the five *combining* tone marks show as
  ``ã õ ý ð`` and ``Ì ì Ò Þ ò``.

It also holds the Vietnamese syllable inventory (onsets, rhymes, spelling rules) that
:mod:`ingest.legacy` uses to judge whether a converted token is Vietnamese, and
:func:`encode_legacy`, the inverse of the tables (for tests and fixtures).
"""

from __future__ import annotations

import unicodedata

# --- TCVN3 -------------------------------------------------------------------------------------
_TCVN3_CODES = "¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ"
_TCVN3_UNICODE = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
_TCVN3_VN1_CODES = "¯º¿ÀÁÂÃÄÅÍÙÚÛàðÿ"
_TCVN3_VN1_UNICODE = "ẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ"

# Glyphs that a PDF's ToUnicode map (or the Adobe glyph list's double mappings) puts in place of a
# TCVN3 byte: the soft hyphen 0xAD (``ư``) drawn as "minus"/"hyphen", the middle dot 0xB7 (``ã``)
# as "bullet operator", the micro sign 0xB5 (``à``) as Greek mu, the macron 0xAF as modifier macron.
TCVN3_GLYPH_SUBSTITUTES: dict[str, str] = {
    "\u2212": "\xad",  # − minus sign
    "\u2010": "\xad",  # ‐ hyphen
    "\u2011": "\xad",  # ‑ non-breaking hyphen
    "\u2219": "\xb7",  # ∙ bullet operator
    "\u22c5": "\xb7",  # ⋅ dot operator
    "\u03bc": "\xb5",  # μ Greek mu
    "\u02c9": "\xaf",  # ˉ modifier macron
}

TCVN3_TO_UNICODE: dict[str, str] = dict(zip(_TCVN3_CODES, _TCVN3_UNICODE, strict=True))
TCVN3_TO_UNICODE.update(zip(_TCVN3_VN1_CODES, _TCVN3_VN1_UNICODE, strict=True))
TCVN3_TO_UNICODE.update({g: TCVN3_TO_UNICODE[c] for g, c in TCVN3_GLYPH_SUBSTITUTES.items()})

#: Unicode lower-case letter -> its TCVN3 (.VnTime) code; upper case is the same code in .VnTimeH,
#: except the seven base capitals which have codes of their own.
UNICODE_TO_TCVN3: dict[str, str] = dict(zip(_TCVN3_UNICODE, _TCVN3_CODES, strict=True))

# --- VNI ---------------------------------------------------------------------------------------
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền sắc hỏi ngã nặng
_VNI_TONE = dict(zip(_TONES, "øùûõï", strict=True))
_VNI_CIRC_TONE = dict(zip(_TONES, "àáåãä", strict=True))
_VNI_BREVE_TONE = dict(zip(_TONES, "èéúüë", strict=True))
_VNI_I = dict(zip(_TONES, "ìíæóò", strict=True))


def _vni_encode_letter(letter: str) -> str | None:
    """The VNI spelling of one lower-case Vietnamese letter with a diacritic, else ``None``."""
    if letter == "đ":
        return "ñ"
    parts = unicodedata.normalize("NFD", letter)
    base, marks = parts[0], parts[1:]
    tone = next((m for m in marks if m in _TONES), "")
    circ, breve, horn = "\u0302" in marks, "\u0306" in marks, "\u031b" in marks
    if base not in "aeiouy" or not marks:
        return None
    if base == "i":
        return _VNI_I[tone] if tone else None
    if base == "y" and tone == "\u0323":
        return "î"
    if horn:
        head = "ô" if base == "o" else "ö"
        return head + (_VNI_TONE[tone] if tone else "")
    if circ:
        return base + (_VNI_CIRC_TONE[tone] if tone else "â")
    if breve:
        return base + (_VNI_BREVE_TONE[tone] if tone else "ê")
    return base + _VNI_TONE[tone]


def vietnamese_letters() -> list[str]:
    """The 67 lower-case Vietnamese letters that carry a diacritic (``à``..``ỵ``, ``đ``)."""
    return [c for c in _TCVN3_UNICODE if c.islower()]


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = {}
    for low in vietnamese_letters():
        seq = _vni_encode_letter(low)
        assert seq is not None, low
        encode[low] = seq
        encode[low.upper()] = seq.upper()
    decode = {seq: letter for letter, seq in encode.items()}
    # a capital base with a lower-case modifier (or the reverse) still means the base's case
    for letter, seq in list(encode.items()):
        if len(seq) == 2:
            for variant in (seq[0] + seq[1].swapcase(),):
                decode.setdefault(variant, letter)
    return encode, decode


#: Unicode letter -> VNI character sequence (one or two characters).
UNICODE_TO_VNI, VNI_TO_UNICODE = _vni_tables()

# --- VISCII ------------------------------------------------------------------------------------
_VISCII_C0 = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}
_VISCII_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"  # 0x80
    "ÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ"  # 0xA0
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡư"  # 0xC0
    "àáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ"  # 0xE0
)


def _viscii_tables() -> tuple[dict[str, str], dict[str, str]]:
    decode: dict[str, str] = {chr(b): u for b, u in _VISCII_C0.items()}
    for offset, uni in enumerate(_VISCII_HIGH):
        byte = 0x80 + offset
        latin1 = chr(byte)
        if latin1 != uni:
            decode[latin1] = uni
        try:
            cp1252 = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if cp1252 != latin1:
            decode[cp1252] = uni
    encode = {u: chr(b) for b, u in _VISCII_C0.items()}
    encode.update({u: chr(0x80 + i) for i, u in enumerate(_VISCII_HIGH)})
    return decode, encode


#: character seen (Latin-1 or Windows-1252 reading of a VISCII byte) -> Unicode letter.
VISCII_TO_UNICODE, UNICODE_TO_VISCII = _viscii_tables()

# --- Windows-1258 read as Windows-1252 ------------------------------------------------------
CP1258_TO_UNICODE: dict[str, str] = {
    "Ã": "Ă",
    "ã": "ă",
    "Õ": "Ơ",
    "õ": "ơ",
    "Ý": "Ư",
    "ý": "ư",
    "Ð": "Đ",
    "ð": "đ",
    "þ": "₫",
    "Ì": "\u0300",
    "ì": "\u0301",
    "Ò": "\u0309",
    "Þ": "\u0303",
    "ò": "\u0323",
}


def _cp1258_encode_char(char: str) -> str:
    """One Unicode character as Windows-1258 bytes, shown as Windows-1252 characters."""
    try:
        return char.encode("cp1258").decode("cp1252")
    except UnicodeError:
        pass
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return (base + tone).encode("cp1258").decode("cp1252")


def encode_legacy(text: str, encoding: str) -> str:
    """Unicode ``text`` written in a legacy encoding, as a Latin-1/Windows-1252 loader shows it.

    The inverse of the tables, for tests and fixtures. TCVN3 capitals that have no code of their
    own come out as the lower-case code (how ``.VnTimeH`` stores them), so they read back as
    capitals only in an upper-case context (``TÀN``, a heading), as in a real document.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        out = []
        for ch in text:
            code = UNICODE_TO_TCVN3.get(ch) or UNICODE_TO_TCVN3.get(ch.lower())
            out.append(code if code and ch.lower() != ch.upper() else ch)
        return "".join(out)
    if encoding == "vni":
        return "".join(UNICODE_TO_VNI.get(ch, ch) for ch in text)
    if encoding == "viscii":
        return "".join(UNICODE_TO_VISCII.get(ch, ch) for ch in text)
    if encoding == "cp1258":
        return "".join(ch if ch.isascii() else _cp1258_encode_char(ch) for ch in text)
    raise ValueError(f"unknown legacy encoding: {encoding!r}")


# --- the Vietnamese syllable inventory (what a repaired token must look like) ------------------
TONE_NAMES = {
    "\u0300": "huyen",
    "\u0301": "sac",
    "\u0309": "hoi",
    "\u0303": "nga",
    "\u0323": "nang",
}
_ONSETS = (
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gh",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "ngh",
    "nh",
    "p",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
)
_RHYMES = frozenset(
    """a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu iêc iêm iên iêng
    iêp iêt iêu o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen
    oeo oet oc oi om on ong oong ooc op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua uân uâng
    uât uây uc uê uêch uênh ui um un ung up ut uơ uôc uôi uôm uôn uông uôt uy uya uych uyên uyêt
    uynh uyt uyu ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu y yêm yên yêng yêt
    yêu""".split()
)
_RARE_RHYMES = frozenset(
    "oong ooc oao oeo uyu oăm oen oet uêch uênh oap oam uya uych yêng ươu oăc uơ".split()
)
_FRONT_ONSETS = frozenset({"k", "gh", "ngh"})
_BACK_ONSETS = frozenset({"c", "g", "ng"})


def split_tone(word: str) -> tuple[str, list[str]]:
    """``(toneless lower-case word, tone names)`` of an NFC word."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [TONE_NAMES[c] for c in decomposed if c in TONE_NAMES]
    bare = "".join(c for c in decomposed if c not in TONE_NAMES)
    return unicodedata.normalize("NFC", bare), tones


def syllable_weight(word: str) -> float:
    """1.0 for a well-formed Vietnamese syllable, 0.5 for one with a rare (loan-word) rhyme, else 0.

    ``word`` is NFC without punctuation. Checks onset + rhyme, the spelling rules (``k gh ngh``
    only before ``e ê i y``; ``c g ng`` not before them), at most one tone mark, and only
    sắc/nặng on a stop coda.
    """
    if not word or len(word) > 7 or not word.isalpha():
        return 0.0
    if not (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())):
        return 0.0
    bare, tones = split_tone(word)
    if len(tones) > 1:
        return 0.0
    for onset in _ONSETS:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset) :]
        if rhyme not in _RHYMES:
            continue
        front = rhyme[0] in "eêiy"
        if (onset in _FRONT_ONSETS and not front) or (
            onset in _BACK_ONSETS and front and not (onset == "g" and rhyme[0] == "i")
        ):
            continue
        if rhyme.endswith(("c", "ch", "p", "t")) and tones[:1] not in (["sac"], ["nang"]):
            continue
        return 0.5 if rhyme in _RARE_RHYMES else 1.0
    return 0.0


def is_syllable(word: str) -> bool:
    """Whether ``word`` (NFC, no punctuation) is a well-formed Vietnamese syllable."""
    return syllable_weight(word) > 0
