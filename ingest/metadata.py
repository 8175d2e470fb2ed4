"""Report metadata from the normalised text: title, the year the report is about, date, author.

General rules for Vietnamese year-end reviews and similar reports (nothing keyed to one file):

* **title** — the first line when it reads as a heading (short, no final period, not a photo
  caption, not a by-line); otherwise inferred from a "tổng kết công tác năm …" phrase, else from the
  first sentence of the body; the file's own metadata (DOCX/HTML/PDF title) comes first when present
  and usable (not a web address, a file name such as ``ND109.doc`` or a placeholder). An official
  document (the "Cộng hòa xã hội chủ nghĩa Việt Nam" header) is titled by its type line and subject:
  "Nghị định của Chính phủ Về đăng ký kinh doanh".
* **year** — the year under review: the one year an official document's subject line names ("BÁO CÁO /
  Kết quả kiểm tra … trong kinh doanh xăng dầu năm 2019"), not as a plan; else "tổng kết (công tác) năm
  YYYY" / "kết quả … năm YYYY" wins;
  otherwise the most-mentioned "năm YYYY" that is not only a plan year ("phương hướng/kế hoạch/nhiệm
  vụ năm YYYY") nor part of a full date ("Luật … ngày 12 tháng 6 năm 1999" cites another
  document), never later than the publication date; else the publication year. A review that talks
  about next year's plans keeps the year it reviews.
* **date** — a by-line date ("Ngày viết: Thứ Ba, Tháng Mười Hai 28, 2021"), "ngày 28 tháng 12 năm
  2021", or a full d/m/yyyy near the top.
* **author** — "Người viết:", "Tác giả:", "Tác giả bài viết:" by-lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ingest.splitter import is_caption

_MONTHS = {
    "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "giêng": 1, "chạp": 12,
}
_BYLINE_RE = re.compile(r"^(người viết|tác giả|ngày viết|lượt xem|đăng ngày|cập nhật)\b", re.IGNORECASE)
_AUTHOR_RE = re.compile(r"(?:Người viết|Tác giả(?: bài viết)?)\s*:\s*([^-|\n]+?)\s*(?:-|\||\n|$)", re.IGNORECASE)
_DATE_WORDS_RE = re.compile(
    r"Tháng\s+(Mười Hai|Mười Một|Mười|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Giêng|Chạp)\s+(\d{1,2}),\s*((?:19|20)\d{2})",
    re.IGNORECASE,
)
_DATE_LONG_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_DATE_NUM_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
_REVIEW_RE = re.compile(
    r"(?:tổng kết|sơ kết|kết quả)(?:\s+(?:công tác|hoạt động|thực hiện|nhiệm vụ|chuyên môn)){0,3}(?:\s+(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?|\s+quý\s+(?:I{1,3}|IV|[1-4]))?\s+năm\s+((?:19|20)\d{2})",
    re.IGNORECASE,
)
_TITLE_PHRASE_RE = re.compile(
    r"((?:Hội nghị\s+)?[Tt]ổng kết\s+[Cc]ông tác\s+năm\s+(?:19|20)\d{2}(?:\s+và\s+[Pp]hương hướng[^.,;()]*?năm\s+(?:19|20)\d{2})?"
    r"(?:\s+của\s+[^.,;()]{3,60}?)?)(?=[.,;()]|\s+Ảnh\b|$)",
    re.MULTILINE,
)
_PLAN_BEFORE_RE = re.compile(r"(phương hướng|kế hoạch|nhiệm vụ|mục tiêu|định hướng|trọng tâm|trong|sắp tới)[^.\n]{0,30}$", re.IGNORECASE)
_YEAR_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
# a year written bare or after a month ("Tết Nguyên đán Giáp Thìn 2024", "tháng 10/2022"), not one inside a
# document's number or a standard's code ("119/2017/NĐ-CP", "QCVN 1:2022/BKHCN") nor a span's ("2021-2025")
_BARE_YEAR_RE = re.compile(r"(?<![\d:.,\-–—])((?:19|20)\d{2})(?![\d/\-–—])")
# the words that open a report's body after its subject line ("Thực hiện Kế hoạch số …", "Căn cứ …")
_OPENING_AFTER_TITLE_RE = re.compile(r"\s(?:Thực hiện|Căn cứ|Triển khai|Theo đề nghị|Kính gửi)\b")
# a span of years a review covers ("giai đoạn 2016–2020"); also read by the answerer
PERIOD_SPAN_RE = re.compile(r"\bgiai đoạn\s+((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b", re.IGNORECASE)
# the part of a year a title's plan is for, right before its year: "quý III", "6 tháng cuối"
_TITLE_PART_AHEAD_RE = re.compile(r"(?:quý\s+(?:I{1,3}|IV|[1-4])|\d{1,2}\s+tháng\s+cuối|(?:sáu|chín)\s+tháng\s+cuối)\s*$",
                                  re.IGNORECASE)
_TITLE_PLAN_RE = re.compile(r"(phương hướng|kế hoạch|nhiệm vụ|mục tiêu|định hướng)[^.\n]{0,30}$", re.IGNORECASE)
# "ngày 12 tháng 6 năm 1999", also with the stray spaces PDFs put in numbers ("ngày 0 7 tháng 6 …")
_FULL_DATE_RE = re.compile(r"ngày\s+\d(?: ?\d)?\s+tháng\s+\d(?: ?\d)?\s+năm\s+(?:19|20)\d{2}", re.IGNORECASE)
# the national motto that opens a letterhead (also how the retriever finds a letterhead further down)
NATIONAL_MOTTO_RE = re.compile(r"cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam", re.IGNORECASE)
_DOC_TYPE_RE = re.compile(
    r"^(nghị định|thông tư(?: liên tịch)?|quyết định|chỉ thị|nghị quyết|luật|pháp lệnh|báo cáo|kế hoạch|"
    r"thông báo|công văn|tờ trình|hướng dẫn|quy chế|quy định|chương trình|đề án)\b",
    re.IGNORECASE,
)
_JUNK_TITLE_RE = re.compile(
    r"^(?:https?://|www\.)|\.(?:docx?|pdf|txt|rtf|odt|html?|xlsx?|pptx?|md)$|^(?:untitled|no title|title|document\d*|"
    r"slide \d+|microsoft word|trang chủ|home)$",
    re.IGNORECASE,
)


_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# a letterhead's line, which Word puts as a saved page's <title> (its first line) when the file has no title
_LETTERHEAD_LINE_RE = re.compile(
    r"^(?:SỞ|UBND|ỦY BAN|UỶ BAN|BỘ|TỔNG CỤC|CHI CỤC|CỤC|TRUNG TÂM|VIỆN|CỘNG HÒA|CỘNG HOÀ|CƠ QUAN|TỈNH|THÀNH PHỐ)\b")


class _Patterns:
    """The patterns above as written, or accent-folded ("nam 2019", "tong ket", "thang") for a report typed
    without diacritics: the same rules read either text."""

    def __init__(self, folded: bool) -> None:
        def f(rx: re.Pattern[str]) -> re.Pattern[str]:
            return re.compile(_unmarked(rx.pattern), rx.flags) if folded else rx

        self.byline, self.author, self.date_words, self.date_long = f(_BYLINE_RE), f(_AUTHOR_RE), f(_DATE_WORDS_RE), f(_DATE_LONG_RE)
        self.review, self.title_phrase, self.plan_before, self.year = f(_REVIEW_RE), f(_TITLE_PHRASE_RE), f(_PLAN_BEFORE_RE), f(_YEAR_RE)
        self.bare_year, self.opening_after_title, self.period_span = f(_BARE_YEAR_RE), f(_OPENING_AFTER_TITLE_RE), f(PERIOD_SPAN_RE)
        self.title_plan, self.full_date, self.national_motto, self.doc_type = f(_TITLE_PLAN_RE), f(_FULL_DATE_RE), f(NATIONAL_MOTTO_RE), f(_DOC_TYPE_RE)
        self.title_part_ahead = f(_TITLE_PART_AHEAD_RE)
        self.months = {_unmarked(k) if folded else k: v for k, v in _MONTHS.items()}


def _unmarked(text: str) -> str:
    """``text`` without its Vietnamese marks, case kept ("Tổng kết" → "Tong ket"; a pattern's \\W stays)."""
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))


_PATTERNS = {False: _Patterns(False), True: _Patterns(True)}
NATIONAL_MOTTO_UNMARKED_RE = _PATTERNS[True].national_motto  # "CONG HOA XA HOI CHU NGHIA VIET NAM"


@dataclass
class ReportMetadata:
    title: str
    year: int | None
    date: str | None  # ISO yyyy-mm-dd
    author: str | None
    accentless: bool = False  # typed without diacritics: matched accent-folded
    official_title: str | None = None  # the type line and subject of an official document (:func:`official_title`)


def _looks_like_heading(line: str, R: _Patterns) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= 220
        and not line.rstrip().endswith((".", ";", ":", ","))
        and not is_caption(line)
        and not R.byline.match(line)
    )


# a machine's date ("2025-06-30" of ``<time datetime>``, Logseq's "<2023-03-31 Fri>")
ISO_DATE_RE = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")


def written_date(m: re.Match[str]) -> str:
    """A date matched as year, month, day (``ISO_DATE_RE``'s groups) written the way reports write it: "30/6/2025"."""
    return f"{int(m.group(3))}/{int(m.group(2))}/{m.group(1)}"


def extract_date(text: str, folded: bool = False) -> str | None:
    R = _PATTERNS[folded]
    head = text[:3000]
    m = R.date_words.search(head)
    if m:
        return f"{int(m.group(3)):04d}-{R.months[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = R.date_long.search(head)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    for line in head.split("\n")[:5]:
        if R.byline.match(line):
            m = _DATE_NUM_RE.search(line)
            if m:
                return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None


def extract_author(text: str, folded: bool = False) -> str | None:
    R = _PATTERNS[folded]
    m = R.author.search(text[:3000])
    return m.group(1).strip() if m else None


def usable_title(title: str | None) -> str | None:
    """A title from a file's own metadata, or None when it is junk (a web address, a file name, a
    placeholder such as "Untitled", "Microsoft Word - x.doc")."""
    if not title:
        return None
    title = " ".join(title.split())
    title = re.sub(r"^Microsoft (?:Word|PowerPoint|Excel) - ", "", title)
    if len(title) < 4 or _JUNK_TITLE_RE.search(title) or not re.search(r"[^\W\d_]{2}", title):
        return None
    if " " not in title and re.search(r"[._/\\]", title):  # one token: a file or host name
        return None
    if title.isupper() and _LETTERHEAD_LINE_RE.match(title):  # "SỞ KHOA HỌC VÀ CÔNG NGHỆ": who issued it, not what
        return None
    return title


_JUNK_AUTHOR_RE = re.compile(
    r"^(?:python-docx|docx4j|openpyxl|reportlab|microsoft office user|windows user|administrator|admin|user|owner|"
    r"author|unknown|default|pc|hp|dell|lenovo|asus|acer)$", re.IGNORECASE)


def usable_author(author: str | None) -> str | None:
    """A file's own author field, or None when it is a tool's or a machine's placeholder ("python-docx",
    "Microsoft Office User", "Administrator")."""
    author = " ".join((author or "").split())
    if len(author) < 2 or _JUNK_AUTHOR_RE.match(author):
        return None
    return author


def extract_year(text: str, date: str | None = None, folded: bool = False, official: str | None = None) -> int | None:
    """The year the report is about; ``official``: its :func:`official_title`, when already read."""
    R = _PATTERNS[folded]
    pub_year = int(date[:4]) if date else None
    titled = _title_year((official if official is not None else official_title(text, folded)) or "", pub_year, R)
    if titled:  # "BÁO CÁO / Kết quả kiểm tra … trong kinh doanh xăng dầu năm 2019": what its subject says
        return titled
    review = Counter(int(y) for y in R.review.findall(text))
    if review:
        return review.most_common(1)[0][0]
    in_dates = [(m.start(), m.end()) for m in R.full_date.finditer(text)]
    counts: Counter[int] = Counter()
    for m in R.year.finditer(text):
        y = int(m.group(1))
        if pub_year and y > pub_year:
            continue
        if any(s <= m.start() < e for s, e in in_dates):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        counts[y] += 0.3 if R.plan_before.search(before) else 1.0
    if counts:
        return counts.most_common(1)[0][0]
    return pub_year


# "Trích yếu nội dung: BÁO CÁO Sơ kết công tác …": the subject field of a document's record (an e-office system's)
_SUMMARY_FIELD_RE = re.compile(r"(?:trích yếu|trich yeu)(?: nội dung| noi dung)?\s*:\s*(\S.{10,})", re.I)
_FIELD_RE = re.compile(r":\s*\S")  # a label and the value after it


def official_title(text: str, folded: bool = False) -> str | None:
    """Type line + subject of an official document: "Thông tư Hướng dẫn một số nội dung về …"."""
    R = _PATTERNS[folded]
    head = text[:3000]
    if not R.national_motto.search(head) and (far := R.national_motto.search(text)):
        head = text[max(0, far.start() - 1500) : far.start() + 3000]  # a report posted in a chat after a
        # day of messages ("Số: 45/BC-TĐC" in the fourth message of a Telegram export): its own letterhead
    head = head.split("\n")
    for line in head[:60]:  # an e-office system's record of the document: its "Trích yếu" field is the subject
        summary = _SUMMARY_FIELD_RE.match(line.strip())
        if summary and R.doc_type.match(summary.group(1)):
            return " ".join(summary.group(1).split())
    # the national motto opens the letterhead, most often on the first lines; a report forwarded in an
    # e-mail or published on a portal page has its letterhead further down
    at = next((i for i, line in enumerate(head) if R.national_motto.search(line)), None)
    national = at is not None
    start = max(0, at - 8) if national and at >= 8 else 0
    for i, line in enumerate(head[: start + 30] if national else head[:12]):
        if i < start:
            continue
        line = line.strip()
        if not R.doc_type.match(line) or len(line.split()) > 8 or R.national_motto.search(line) or _FIELD_RE.search(line):
            continue  # (nor a form's field, "Kế hoạch kiểm định năm 2023 (PTĐ): 23700")
        if not national and not (line.isupper() and len(line.split()) <= 3):
            continue  # a letterhead without the national motto: only a bare "BÁO CÁO" line starts the title
        parts = [line]
        blank = False
        for nxt in head[i + 1 : i + 7]:
            nxt = nxt.strip()
            if not nxt:  # a blank line after each paragraph (catdoc's text of a Word file): the subject may
                if blank:  # follow it, and so may its lower-case second line ("và phương hướng, nhiệm vụ …")
                    break
                blank = True
                continue
            opening = R.opening_after_title.search(nxt)
            if len(parts) == 1 and opening and 0 < opening.start() <= 160:  # the subject run together with the
                parts.append(nxt[: opening.start()])  # paragraph that opens the body ("… năm 2019 Thực hiện Kế hoạch …")
                break
            if len(parts) > 1 and all(p.isupper() for p in parts[1:]) and nxt[0].isupper() and not nxt.isupper():
                break  # a subject in capitals ends where a line in sentence case starts ("Hội nghị tổng kết …, ngày …")
            if (blank and len(parts) > 1 and not nxt[0].islower()) or nxt.endswith((";", ":", ".")) \
                    or not re.search(r"[^\W_]", nxt) or sum(len(p) for p in parts) > 160:
                break
            parts.append(nxt)
            blank = False
        return " ".join(" ".join(parts).split())
    return None


def extract_title(text: str, fallback: str, folded: bool = False, official: str | None = None) -> str:
    """The report's title; ``official``: its :func:`official_title`, when already read."""
    R = _PATTERNS[folded]
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    official = official if official is not None else official_title(text, folded)
    if official:
        return official
    if lines and _looks_like_heading(lines[0], R):
        return lines[0]
    m = R.title_phrase.search(text[:4000])
    if m:
        title = " ".join(m.group(1).split())
        return title[0].upper() + title[1:]
    for line in lines[:10]:
        if is_caption(line) or R.byline.match(line):
            continue
        sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
        words = sentence.split()
        return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return fallback


def _title_year(title: str, pub_year: int | None, R: _Patterns) -> int | None:
    """The one year an official document's subject line names ("… năm 2019", or "giai đoạn 2016–2020": its
    last), not as a plan ("phương hướng, nhiệm vụ năm 2020") nor after its publication; None when it names none
    or several."""
    years = {int(m.group(1)) for m in R.year.finditer(title) if not R.title_plan.search(title[: m.start()])}
    # a period review ("Tổng kết … giai đoạn 2016–2020 và phương hướng … giai đoạn 2021–2025"): its last year
    years |= {int(m.group(2)) for m in R.period_span.finditer(title) if not R.title_plan.search(title[: m.start()])}
    if not years:  # no "năm …": a year written bare ("dịp Tết Nguyên đán Giáp Thìn 2024", "tháng 10/2022")
        years = {int(m.group(1)) for m in R.bare_year.finditer(title) if not R.title_plan.search(title[: m.start()])}
    if not years:  # "Kết quả … quý II và phương hướng, nhiệm vụ quý III năm 2022": a part of the year ahead,
        # the year written once for both periods (never a whole year ahead: "… và phương hướng năm 2020")
        years = {int(m.group(1)) for m in R.year.finditer(title)
                 if R.title_part_ahead.search(title[max(0, m.start() - 30) : m.start()])}
    years = {y for y in years if pub_year is None or y <= pub_year}
    return years.pop() if len(years) == 1 else None


def extract_metadata(text: str, fallback_title: str) -> ReportMetadata:
    folded = typed_without_diacritics(text)  # "BAO CAO … 6 thang dau nam 2019": read with folded patterns
    date = extract_date(text, folded)
    official = official_title(text, folded)
    return ReportMetadata(
        title=extract_title(text, fallback_title, folded, official or ""),  # ("": read, and there is none)
        year=extract_year(text, date, folded, official or ""),
        date=date,
        author=extract_author(text, folded),
        accentless=folded,
        official_title=official,
    )


def typed_without_diacritics(text: str) -> bool:
    """A report typed without Vietnamese diacritics (an old e-mail, a phone's keyboard): at least 300 words,
    fewer than 1 in 200 of them marked."""
    words = _WORD_RE.findall(text[:200_000])
    if len(words) < 300:
        return False
    marked = sum(1 for w in words if _unmarked(w) != w)
    return marked * 200 < len(words)
