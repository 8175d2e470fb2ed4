"""Reading numbers the Vietnamese way.

One module, shared by the answering code and the evaluation:

* ``4.094`` is 4094 (dots group thousands), ``6.946.305,937`` is 6946305.937, ``15,9`` is 15.9
  (comma is the decimal mark), ``02`` is 2;
* ``15,9%`` and ``15,9 phần trăm`` are percentages; ``3 nghìn``, ``2,5 triệu``, ``1 tỷ`` are scaled;
* dates (``24/2/2021``, ``ngày 28/12``), document numbers (``350/QĐ-TĐC``, ``132/2008/NĐ-CP``,
  ``ISO 9001:2015``), names with a number (``Đề án 996``, ``Ban chỉ đạo 389``, ``COVID-19``) and
  ordinals (``lần thứ 32``) are recognised and classified, so that callers can keep only quantities.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

QuantityKind = Literal["number", "percent", "year", "date", "id", "ordinal", "note"]

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:\u202f\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+"  # "2 145": a narrow space parts groups
_NUM_RE = re.compile(rf"(?<![\d.,])(?:{_NUM})(?![\d])")
# a sheet pasted from an English-locale Excel: "1,482,650" thousands, "16.2" decimals (see :func:`english_figures`)
_EN_NUM_RE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+)(?![\d])")
SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_SCALE_RE = re.compile(r"\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b(?!\s+(?:lệ|trọng)\b)", re.IGNORECASE)
_PERCENT_RE = re.compile(r"\s*(%|phần\s+trăm)", re.IGNORECASE)
_DATE_LONG_RE = re.compile(r"(?<!\w)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})(?!\d)", re.I)
_DATE_FULL_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
# "16.01.2023", "16-01-2023": how a digital signature's stamp ("Thời gian ký: 16.01.2023 08:42:17") and some forms date
_DATE_DOTTED_RE = re.compile(r"(?<![\d.,/-])(\d{1,2})([.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d.,/-])")
_DATE_MY_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{4})(?![\d/])")
_DATE_DM_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
_DOCNUM_RE = re.compile(r"(?<![\w/])(\d+[a-zA-Z]?)(?:/\d{2,4})?/[A-ZĐa-zđ][\wĐđ&.]*(?:[-–][\wĐđ&]+)*")
_YEAR_RANGE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")

# Words that, right before a number, make it a name or an identifier rather than a quantity.
_DESIGNATORS = (
    "nghị định", "quyết định", "thông tư", "đề án", "chương trình", "ban chỉ đạo", "công văn",
    "tờ trình", "báo cáo", "chỉ thị", "nghị quyết", "luật", "điều", "khoản", "mục", "chương",
    "mã", "iso", "tcvn", "qcvn", "iec", "dự án", "hiệp định", "phụ lục", "bảng", "hình",
    "trung tâm", "khu vực", "nhóm", "loại", "hạng", "tập", "quyển", "phiên bản",
)
_NUMBER_NO_RE = re.compile(r"\bsố\s*$")  # "số 12" (a number designation) but not "tổng số 12"
_ORDINAL_BEFORE = ("lần thứ", "thứ", "khóa", "khoá", "kỳ", "giai đoạn", "lần")


@dataclass(frozen=True)
class Quantity:
    """A number found in text. ``value`` is None for dates; ``text`` is the span as written."""

    value: float | None
    start: int
    end: int
    text: str
    kind: QuantityKind

    @property
    def is_quantity(self) -> bool:
        return self.kind in ("number", "percent")


def parse_vn_number(token: str) -> float | None:
    """Parse one number written the Vietnamese way. Returns None if it is not a number.

    >>> parse_vn_number("4.094"), parse_vn_number("15,9"), parse_vn_number("6.946.305,937")
    (4094.0, 15.9, 6946305.937)
    """
    s = unicodedata.normalize("NFC", str(token)).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    s = s.rstrip("%")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if re.fullmatch(r"-?\d+(?:\.\d+)?", s):
        return float(s)
    return None


def parse_en_number(token: str) -> float | None:
    """Parse one number written the English way ("1,482,650", "16.2"); None if it is not one."""
    s = str(token).strip().rstrip("%").replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    return None


# evidence of each notation in a table's cells: groups of three after two commas or more ("1,482,650"), a
# point before one or two digits ("16.2", "109.4%"), which no Vietnamese figure has; and the other way round
_EN_CELL_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d+\.\d{1,2}\s*%?")
_VN_CELL_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+,\d{1,2}\s*%?")


def english_figures(cells: list[str]) -> bool:
    """Are a table's figures written the English way ("12,450 | 622,500 | 16.2")? Some cell must say so
    beyond doubt and none the Vietnamese way ("1.482.650", "16,2")."""
    cells = [c.strip() for c in cells]
    return any(_EN_CELL_RE.fullmatch(c) for c in cells) and not any(_VN_CELL_RE.fullmatch(c) for c in cells)


def format_vn_number(x: float, decimals: int | None = None) -> str:
    """Write a number the Vietnamese way: 4094 → ``4.094``, 15.9 → ``15,9``, 881 → ``881``."""
    if decimals is None:
        decimals = 0 if float(x).is_integer() else 2
    s = f"{abs(x):,.{decimals}f}"  # 4,094.50
    s = s.replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")
    if "," in s:
        s = s.rstrip("0").rstrip(",")
    return ("-" if x < 0 else "") + s


def _lower_tail(text: str, start: int, width: int = 24) -> str:
    return text[max(0, start - width) : start].lower()


# what a count counts, written right after it: "19 hồ sơ", "6 doanh nghiệp"
_COUNTED_AFTER_RE = re.compile(r"[ \u00a0]+(?:hồ sơ|doanh nghiệp|tổ chức|cơ sở|mẫu|lượt|người|PTĐ|phương tiện|chiếc|"
                               r"văn bản|dự thảo|giấy|quyết định|đề tài|lớp|cuộc|tin|bài)\b")


def _classify(text: str, start: int, end: int, token: str) -> QuantityKind:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # glued to letters: COVID-19, WG1, 36a, SCSC1 ...
    if before.isalpha() or after.isalpha():
        return "id"
    if before == "-" and start >= 2 and text[start - 2].isalpha():
        return "id"
    if after == ":" and end + 1 < len(text) and text[end + 1].isdigit():  # ISO 9001:2015
        return "id"
    if before == ":" and start >= 2 and text[start - 2].isdigit():  # the 2015 of 9001:2015
        return "id"
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and re.fullmatch(r"\d{1,2}", token) and re.match(r"[ \t]+[A-ZĐÀ-Ỹ]", text[end:]):
        line = text[line_start : (text.find("\n", end) + 1 or len(text) + 1) - 1]
        if re.search(r"\d[\d.,]*\s+\d[\d.,]*\s*$", line):
            return "id"  # the row number of a table row: "1 Công tơ điện 1 pha chiếc 29.874 32.650"
    if not re.fullmatch(r"0\d", token) and re.search(r"(?<![\w&])[A-ZĐ]{3,}[ \u00a0]$", text[max(0, start - 12) : start]) \
            and not _COUNTED_AFTER_RE.match(text, end):
        return "id"  # a name with its number: "QUATEST 3", "ISO 9001" (not the count "Tạp chí TCĐLCL 02 kỳ",
        # nor "chuyển Tổng cục TCĐLCL 19 hồ sơ": the count of what follows it)
    tail = _lower_tail(text, start).rstrip()
    for word in _ORDINAL_BEFORE:
        if tail.endswith(word) and (len(tail) == len(word) or not tail[-len(word) - 1].isalpha()):
            return "ordinal"
    for word in _DESIGNATORS:
        if tail.endswith(word) and (len(tail) == len(word) or not tail[-len(word) - 1].isalpha()):
            return "id"
    if _NUMBER_NO_RE.search(tail) and not re.search(r"(tổng|với|là|có|gồm|đạt)\s+số\s*$", tail):
        return "id"
    if re.fullmatch(r"(?:19|20)\d{2}", token):
        return "year"
    return "number"


# "[1]" written against the word or figure it notes, or opening the note's own line: no figure
_NOTE_REF_RE = re.compile(r"(?<=[^\s\[(])\[\d{1,3}\](?!\d)|^\[\d{1,3}\](?=\s)", re.M)


def find_quantities(text: str, english: bool = False) -> list[Quantity]:
    """Every number in ``text``, classified. Spans never overlap; order is by position. ``english``: its
    figures are written the English way (:func:`english_figures`)."""
    return list(_find_quantities(text, english))


@lru_cache(maxsize=20000)
def _find_quantities(text: str, english: bool = False) -> tuple[Quantity, ...]:
    taken: list[tuple[int, int]] = []
    out: list[Quantity] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(q: Quantity) -> None:
        taken.append((q.start, q.end))
        out.append(q)

    for m in _NOTE_REF_RE.finditer(text):  # "186,5 triệu đồng[1]": a footnote's reference
        add(Quantity(None, m.start(), m.end(), m.group(0), "note"))
    for m in _DATE_LONG_RE.finditer(text):  # "ngày 20 tháng 02 năm 2006"
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            add(Quantity(None, m.start(), m.end(), m.group(0), "date"))
    for m in _DATE_FULL_RE.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12 and free(m.start(), m.end()):
            add(Quantity(None, m.start(), m.end(), m.group(0), "date"))
    for m in _DATE_DOTTED_RE.finditer(text):
        d, mo = int(m.group(1)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12 and free(m.start(), m.end()):
            add(Quantity(None, m.start(), m.end(), m.group(0), "date"))
    for m in _DOCNUM_RE.finditer(text):
        if free(m.start(), m.end()):
            add(Quantity(None, m.start(), m.end(), m.group(0), "id"))
    for m in _DATE_MY_RE.finditer(text):
        if free(m.start(), m.end()) and 1 <= int(m.group(1)) <= 12:
            add(Quantity(None, m.start(), m.end(), m.group(0), "date"))
    for m in _DATE_DM_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        d, mo = int(m.group(1)), int(m.group(2))
        tail = _lower_tail(text, m.start(), 12)
        if 1 <= d <= 31 and 1 <= mo <= 12 and re.search(r"(ngày|hôm|từ|đến)\s*$", tail):
            add(Quantity(None, m.start(), m.end(), m.group(0), "date"))
    for m in _YEAR_RANGE_RE.finditer(text):
        for g in (1, 2):
            if free(m.start(g), m.end(g)):
                add(Quantity(float(m.group(g)), m.start(g), m.end(g), m.group(g), "year"))
    for m in (_EN_NUM_RE if english else _NUM_RE).finditer(text):
        start, end, token = m.start(), m.end(), m.group(0)
        if not free(start, end):
            continue
        value = parse_en_number(token) if english else parse_vn_number(token)
        if value is None:
            continue
        kind = _classify(text, start, end, token)
        span_end = end
        if kind in ("number", "year"):
            pm = _PERCENT_RE.match(text, end)
            sm = _SCALE_RE.match(text, end)
            if pm:
                kind, span_end = "percent", pm.end()
            elif sm:
                value *= SCALE[sm.group(1).lower()]
                kind, span_end = "number", sm.end()
        add(Quantity(value, start, span_end, text[start:span_end], kind))
    out.sort(key=lambda q: q.start)
    return tuple(out)


def split_scale(written: str) -> tuple[float | None, str | None]:
    """``"12,7 tỷ"`` → ``(12.7, "tỷ")``: the number as written and its scale word; ``(None, None)`` without one."""
    m = _SCALE_RE.search(written)
    if not m or m.end() != len(written):
        return None, None
    return parse_vn_number(written[: m.start()].strip()), m.group(1)


def quantities(text: str) -> list[Quantity]:
    """Only the quantities (numbers and percentages) of ``text``."""
    return [q for q in find_quantities(text) if q.is_quantity]


def date_text(written: str) -> str:
    """A date as d/m/yyyy: "ngày 20 tháng 02 năm 2006" → "20/02/2006", "16.01.2023" → "16/01/2023"; other forms
    unchanged."""
    bare = written.strip()
    if m := _DATE_LONG_RE.fullmatch(bare):
        return f"{m.group(1)}/{m.group(2)}/{m.group(3)}"
    m = _DATE_DOTTED_RE.fullmatch(bare)
    return f"{m.group(1)}/{m.group(3)}/{m.group(4)}" if m else written


def numbers_equal(a: float | None, b: float | None, rel: float = 1e-6) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(1e-9, rel * max(abs(a), abs(b)))
