"""Chunking that follows the text: blocks (lines/paragraphs) → headings, captions and body;
body paragraphs → Vietnamese sentences → chunks of whole sentences inside one section.

Every chunk keeps exact character offsets into the normalised report text (``text[start:end]`` is the
chunk), its section heading and its PDF page (a chunk never spans two pages).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ingest.reflow import ENDS_WITH_FIGURES_RE

# Abbreviations after which a period does not end a sentence.
_ABBREV = (
    "TP", "Tp", "tp", "TX", "Th.S", "ThS", "TS", "PGS", "GS", "BS", "KS", "CN", "Q", "P", "St", "No", "VD", "vd",
    "v.v", "Mr", "Mrs", "Dr", "ông", "bà", "Ths", "TT", "Tr", "tr", "Đ/c", "đ/c",
)
_SENT_END_RE = re.compile(r"[.!?…]+[\"')\]]*\s+|;\s+(?=[-•])|\n")
_CAPTION_VERB_RE = re.compile(
    r"\b(phát biểu|phát động|điều hành|trao tặng|trao|tặng|chụp ảnh|tham dự|chủ trì|khai mạc|bế mạc|tặng hoa|"
    r"nhận|ký kết|ký|đón|thăm|báo cáo tham luận|toàn cảnh|quang cảnh)\b",
    re.IGNORECASE,
)
# compounds that only look like those verbs: "đăng ký", "chữ ký", "tiếp nhận", "giấy chứng nhận" …
_NOT_CAPTION_VERB_RE = re.compile(
    r"\b(?:đăng|đãng|chữ)\s+ký\b|\b(?:tiếp|xác|công|chứng|ghi|thừa|biên|tiếp)\s+nhận\b|\bnhận\s+(?:được|thấy|định|xét)\b",
    re.IGNORECASE,
)
_PHOTO_CREDIT_RE = re.compile(r"(?:\(\s*)?\bẢnh\s*:?\s*[\w .&-]{1,30}\)?\s*$")
_PHOTO_START_RE = re.compile(r"^(Toàn cảnh|Quang cảnh|Ảnh:|Hình:|Hình \d+[.:])", re.IGNORECASE)
_APPENDIX_RE = re.compile(r"^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?[\dIVX]{1,4}[a-z]?)?\s*(?:[.:–-]|$)")
_BULLET_RE = re.compile(r"^\s*([-•+*☐☒☑]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,5}[.)])\s+")  # (a ticked or empty box: a form's answer)


def is_caption(line: str) -> bool:
    """A photo caption: "… Ảnh HT", "Toàn cảnh Hội nghị.", or a short one-sentence line about who
    does what on a photo ("… phát biểu chỉ đạo tại Hội nghị.")."""
    line = line.strip()
    if not line or _SIGNED_MARK_RE.fullmatch(line):  # "(Đã ký)" in a signature block: no photo's
        return False
    if _PHOTO_START_RE.match(line) and len(line) < 250:
        return True
    if _PHOTO_CREDIT_RE.search(line) and len(line) < 400:
        return True
    words = line.split()
    if len(words) > 28 or re.search(r"\d", re.sub(r"(19|20)\d{2}", "", line)):
        return False
    single_sentence = len(re.findall(r"[.!?](?:\s|$)", line)) <= 1 and ";" not in line and ":" not in line
    if not single_sentence or line.count(",") > 1 or _BULLET_RE.match(line):
        return False
    return bool(_CAPTION_VERB_RE.search(_NOT_CAPTION_VERB_RE.sub(" ", line)))


_OUTLINE_RE = re.compile(r"^(?:(?P<roman>[IVX]{1,5})|(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})|(?P<alpha>[a-zđ]))[.)]\s+(?P<rest>\S.*)$")
PATH_SEP = " › "


def outline_level(line: str) -> int | None:
    """The depth of a numbered heading ("II. KẾT QUẢ …" 1, "2. Công tác đo lường" 2, "2.1. …" 3,
    "a) Kiểm định" 5), or None: a numbered line that is a sentence ("2. Kiểm định khoảng 19.500 PTĐ;
    …") is a list item, not a heading."""
    m = _OUTLINE_RE.match(line.strip())
    if not m:
        return None
    rest = m.group("rest").strip()
    if len(rest.split()) > 22 or len(rest) > 180 or rest.endswith((".", ";", ",", ":", "…")) or ";" in rest:
        return None
    if m.group("roman"):
        return 1
    if m.group("num"):
        return 2 + m.group("num").count(".")
    return 5


_SIGNED_MARK_RE = re.compile(r"\((?:Đã|đã|ĐÃ) (?:ký|KÝ)[^()]{0,30}\)")
_PERSON_NAME_RE = re.compile(r"[A-ZĐ][a-zà-ỹđ]+(?: [A-ZĐ][a-zà-ỹđ]+){1,3}")
_SIGNATURE_RE = re.compile(r"^(?:KT|TM|TL|Q|TUQ)\.|TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|NƠI NHẬN|CỘNG HÒA|ĐỘC LẬP")


def _is_part(line: str, next_line: str) -> bool:
    """An unnumbered upper-case title of a part of the report ("PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, NHIỆM VỤ
    NĂM 2023") standing over a numbered heading or another such title (not a signature's "PHÓ CHI
    CỤC TRƯỞNG", which a name or "(Đã ký)" follows)."""
    s = line.strip()
    if not (2 <= len(s.split()) <= 16) or len(s) > 150 or s != s.upper() or not re.search(r"[^\W\d_]{2}", s):
        return False
    if outline_level(s) is not None or is_caption(s) or "|" in s or _SIGNATURE_RE.search(s):
        return False
    nxt = next_line.strip()
    return outline_level(nxt) is not None or (nxt == nxt.upper() and bool(re.search(r"[^\W\d_]{2}", nxt))
                                                 and outline_level(nxt) is None and len(nxt.split()) >= 2)


# a heading's own number ("1.", "1.2.", "II.", "a)"), and a figure that a heading does not state: a percentage or a
# number written with a thousands or decimal separator (a year, "6 tháng" or "Nghị định 105/2016/NĐ-CP" is no such figure)
_SECTION_NUMBER_RE = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*")
_STATED_FIGURE_RE = re.compile(r"\d\s*%|(?<![\d/.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d/.])|(?<![\d/.,])\d+,\d+(?![\d/])")
_LEAD_LINE_CHARS = 100  # a line that leads into the lines below it ("Cả năm 2023:") is short
# a table's caption or unit line, leading into its rows: "Bảng 3. Doanh thu năm 2022 theo lĩnh vực", "(Table 3. …)",
# "Đơn vị tính: triệu đồng"
_TABLE_LEAD_RE = re.compile(r"\(?(?:Bảng|Biểu|Table)\s*(?:số\s*)?[\dIVX]+\b|\(?(?:Đơn vị tính|ĐVT|Unit)\s*:", re.I)


def is_heading(line: str, next_line: str | None) -> bool:
    """A section heading: a short line without final punctuation, followed by body text (not a signer's
    name, "Phạm Văn Thắng", each of its words capitalised)."""
    s = line.strip()
    words = s.split()
    if not (2 <= len(words) <= 22) or len(s) > 180 or _PERSON_NAME_RE.fullmatch(s):
        return False
    if s.endswith((".", ";", ",", ":", "…")) or is_caption(s) or _BULLET_RE.match(s):
        return False
    if s.startswith(('"', "'", "(")) or s[0].islower() or " | " in s:  # a table row is no heading
        return False
    if ENDS_WITH_FIGURES_RE.search(s):  # nor is a row of figures ("1 Công tơ điện 61.245 68.930")
        return False
    if re.search(r":\s*[-+]?\d[\d.,]*(?:\s|%|$)", s):  # nor an item of a list of figures ("Lượt truy cập:
        # 18.426.700 lượt"); "Số: 215/BC-TĐC" is a document's number
        return False
    if re.match(r"(?:đơn vị(?: tính)?|đvt)\b", s, re.I):  # "Đơn vị tính: triệu đồng" belongs to its table
        return False
    if _STATED_FIGURE_RE.search(_SECTION_NUMBER_RE.sub("", s, count=1)):
        return False  # nor a value a web page shows as a card or badge ("Đạt 48,3% KH năm", "4.872,9 triệu đồng")
    return next_line is not None and len(next_line.split()) > len(words)


_TERMINAL = (".", "!", "?", ":", ";", "…", '."', ".)", '!"', '?"')
# words a heading or a caption does not end on: a line stopping on one goes on in the next line
_CONTINUATION_WORDS = frozenset(
    "của và các cho với trong về theo tại từ đến để là được có những thì mà hoặc hay như bằng do "
    "trên dưới sau trước khi nếu đã sẽ đang phải không số".split()
)


def _continues(line: str, nxt: str, gap: str) -> bool:
    """Whether ``nxt`` is the rest of the paragraph that ``line`` started (a wrapped line)."""
    if gap.count("\n") > 1:  # a blank line between: a new paragraph
        return False
    line, nxt = line.strip(), nxt.strip()
    if not line or not nxt or line.endswith(_TERMINAL) or _BULLET_RE.match(nxt):
        return False
    last = line.split()[-1].lower()
    return nxt[0].islower() or last in _CONTINUATION_WORDS


@dataclass
class Block:
    start: int
    end: int
    kind: str  # heading | caption | body | title | byline
    section: str | None


@dataclass
class ChunkSpan:
    start: int
    end: int
    section: str | None
    page: int | None
    is_caption: bool
    text: str


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets). Does not cut "TP. Hồ Chí Minh", "6.946.305,937" or "1.641"."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        end = m.end()
        piece = text[start : m.start() + 1]
        if m.group(0)[0] == ".":
            before = re.search(r"([\w./]+)\.$", text[max(0, m.start() - 12) : m.start() + 1])
            if before and before.group(1) in _ABBREV:
                continue
            nxt = text[end : end + 1]
            if nxt and (nxt.islower() or nxt.isdigit()):
                continue
        if piece.strip():
            s, e = start, m.start() + len(m.group(0).rstrip())
            while s < e and text[s].isspace():
                s += 1
            spans.append((offset + s, offset + e))
        start = end
    if text[start:].strip():
        s, e = start, len(text.rstrip())
        while s < e and text[s].isspace():
            s += 1
        spans.append((offset + s, offset + e))
    return spans


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at '; ' (then ', ') boundaries into pieces under ``limit``."""
    if end - start <= limit:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    s = start
    while end - s > limit:
        window = text[s : s + limit]
        cut = max(window.rfind("; "), window.rfind(": "))
        if cut < limit // 3:
            cut = window.rfind(", ")
        if cut < limit // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit - 1
        pieces.append((s, s + cut + 1))
        s = s + cut + 1
        while s < end and text[s] == " ":
            s += 1
    pieces.append((s, end))
    return pieces


def _appendix_heading(line: str, prev: str | None, nxt: str | None) -> bool:
    """"Phụ lục 2. Kết quả thử nghiệm mẫu" heading an appendix, not one entry of a list of them (a table of
    contents, a page's links to its appendices: "… tại các phụ lục:" over "Phụ lục: …" lines one after another)."""
    if not _APPENDIX_RE.match(line) or len(line.split()) > 22 or line.endswith((".", ";", ",")):
        return False
    return not any(other and _APPENDIX_RE.match(other) for other in (prev, nxt))


class SentenceSplitter:
    """Normalised report text → chunks of whole sentences within sections."""

    def __init__(self, chunk_chars: int = 700, overlap_sentences: int = 1) -> None:
        if chunk_chars < 100:
            raise ValueError("chunk_chars must be at least 100")
        self.chunk_chars = chunk_chars
        self.overlap = overlap_sentences

    def blocks(self, text: str, title: str | None = None) -> list[Block]:
        """Lines → blocks. Lines that a PDF wrapped inside one paragraph (no final punctuation, and
        the next line goes on in lower case or the line stops on a word such as "của", "và") are one
        block: a wrapped line is never taken for a heading or a photo caption."""
        physical: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                physical.append((pos, pos + len(line)))
            pos += len(line) + 1
        lines: list[tuple[int, int]] = []
        for i, (s, e) in enumerate(physical):
            if lines and _continues(text[lines[-1][0] : lines[-1][1]], text[s:e], text[lines[-1][1] : s]):
                lines[-1] = (lines[-1][0], e)
            else:
                lines.append((s, e))
        out: list[Block] = []
        section: str | None = None
        path: list[tuple[int, str]] = []  # the open headings, outermost first
        outlined = False  # a numbered outline ("I. …") has begun: the letterhead and title are behind
        for i, (s, e) in enumerate(lines):
            line = " ".join(text[s:e].split())
            nxt = " ".join(text[lines[i + 1][0] : lines[i + 1][1]].split()) if i + 1 < len(lines) else None
            prev = " ".join(text[lines[i - 1][0] : lines[i - 1][1]].split()) if i else None
            if i == 0 and title and line == " ".join(title.split()):
                out.append(Block(s, e, "title", None))
            elif i < 4 and re.match(r"^(Người viết|Tác giả|Ngày viết)", line):
                out.append(Block(s, e, "byline", section))
            elif is_caption(line):
                out.append(Block(s, e, "caption", section))
            elif outlined and nxt is not None and _is_part(line, nxt):
                # "PHẦN THỨ HAI" / "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023" above "1. …": a part of the report,
                # above its numbered headings (two such lines in a row are one title)
                joined = out and out[-1].kind == "heading" and path and path[-1][0] == 0
                path = [(0, f"{path[-1][1]} {line}" if joined else line)]
                section = PATH_SEP.join(h for _, h in path)
                out.append(Block(s, e, "heading", section))
            elif (level := outline_level(line)) is not None and nxt is not None and (
                    level == 1 or any(lv <= 1 for lv, _ in path)):  # "2. …" is a heading only under "II. …"
                outlined = outlined or level == 1
                path = [(lv, h) for lv, h in path if lv < level] + [(level, line)]
                section = PATH_SEP.join(h for _, h in path)
                out.append(Block(s, e, "heading", section))
            elif _appendix_heading(line, prev, nxt):
                # "Phụ lục: Kết quả thực hiện các chỉ tiêu năm 2024" after the signature: outside the body's
                # outline, not a part of its last section ("B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")
                path = [(0, line)]
                section = line
                out.append(Block(s, e, "heading", section))
            elif is_heading(line, nxt):
                # an unnumbered heading inside a numbered outline is its deepest level
                path = [(lv, h) for lv, h in path if lv < 9] + [(9, line)] if path and path[0][0] < 9 else [(9, line)]
                section = PATH_SEP.join(h for _, h in path)
                out.append(Block(s, e, "heading", section))
            else:
                out.append(Block(s, e, "body", section))
        return out

    def split(self, text: str, page_starts: list[int] | None = None, title: str | None = None) -> list[ChunkSpan]:
        page_starts = page_starts or []

        def page_of(offset: int) -> int | None:
            if not page_starts:
                return None
            return bisect.bisect_right(page_starts, offset)

        flat = text.replace("\n", " ")  # same offsets; a block's wrapped lines read as one paragraph
        chunks: list[ChunkSpan] = []
        pending: list[tuple[int, int]] = []
        pending_section: str | None = None

        carried = 0  # a lead line carried over to open the next chunk: alone, it is no chunk of its own

        trail = 0  # the pieces of the lead lines that end ``pending`` (a table's caption and unit line)

        def flush(keep_overlap: bool, lead: bool = False) -> None:
            nonlocal pending, carried, trail
            if len(pending) > carried:
                s, e = pending[0][0], pending[-1][1]
                chunks.append(ChunkSpan(s, e, pending_section, page_of(s), False, text[s:e]))
            keep = max(self.overlap, trail) if lead else self.overlap
            pending = pending[-keep:] if ((keep_overlap or lead) and keep) else []
            carried = trail = len(pending) if lead else 0

        for block in self.blocks(text, title):
            if pending and page_starts and page_of(block.start) != page_of(pending[0][0]):
                flush(False)  # a chunk never spans two PDF pages: its page is where its text is
            if block.kind in ("caption", "title", "byline"):
                flush(False)
                chunks.append(ChunkSpan(block.start, block.end, block.section, page_of(block.start),
                                        block.kind == "caption", text[block.start : block.end]))
                continue
            if block.kind == "heading":
                flush(False)
                pending_section = block.section
                pending.append((block.start, block.end))  # the heading opens its section's first chunk
                continue
            if block.section != pending_section:
                flush(False)
                pending_section = block.section
            line = text[block.start : block.end].strip()
            leads = len(line) <= _LEAD_LINE_CHARS and (line.endswith(":") or bool(_TABLE_LEAD_RE.match(line)))
            if not leads:
                trail = 0
            for s, e in split_sentences(flat[block.start : block.end], block.start):
                for ps, pe in _split_long(flat, s, e, self.chunk_chars):
                    if pending and pe - pending[0][0] > self.chunk_chars:
                        flush(True)
                        if pending and pe - pending[0][0] > self.chunk_chars:
                            pending = []
                    pending.append((ps, pe))
                    carried = 0
                    trail += leads
            # paragraph boundary: close the chunk when it is already reasonably full, unless the paragraph leads
            # into the next ("Cả năm 2023:" over its figures, a table's caption over its rows): a full chunk then
            # goes on with it (and the lead lines just before it) as its overlap
            if pending and pending[-1][1] - pending[0][0] > self.chunk_chars * 0.6:
                flush(False, lead=leads)
        flush(False)
        return chunks
