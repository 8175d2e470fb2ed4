"""Plain text and Markdown, in UTF-8 or the usual Vietnamese alternatives (UTF-16, Windows-1258,
and 8-bit legacy fonts such as TCVN3/VNI, which the legacy repair stage converts)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from assistant.errors import IngestError
from ingest.boxtables import box_tables, dashed_tables
from ingest.loaders import RawDocument, RawPage, register_loader
from ingest.markdown import front_matter, looks_like_markdown, markdown_to_text
from ingest.outline import looks_like_outline, outline_page

_VIET_LETTERS = set(
    "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ĂÂĐÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
)


def vietnamese_score(text: str) -> float:
    """Share of non-ASCII characters that are Vietnamese letters (1.0 for clean Vietnamese)."""
    text = unicodedata.normalize("NFC", text)
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not non_ascii:
        return 0.5
    return sum(c in _VIET_LETTERS for c in non_ascii) / len(non_ascii)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else the best of
    Windows-1258 and an 8-bit reading (latin-1) that the legacy-font repair stage can convert."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if data[:200].count(b"\x00") > 20:  # UTF-16 without BOM
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                continue
    candidates: list[tuple[float, str, str]] = []
    try:
        cp = unicodedata.normalize("NFC", data.decode("cp1258"))
        candidates.append((vietnamese_score(cp), cp, "cp1258"))
    except UnicodeDecodeError:
        pass
    raw8 = data.decode("latin-1")
    try:
        from ingest.legacy import LegacyRepairer

        repaired = LegacyRepairer().repair(raw8)
        if repaired.encoding and repaired.encoding != "cp1258":  # that one the cp1258 codec reads directly
            candidates.append((vietnamese_score(repaired.text) + 0.01, raw8, f"8-bit ({repaired.encoding})"))
    except ImportError:  # pragma: no cover - legacy stage always ships
        pass
    if not candidates:
        raise IngestError("not a text file in UTF-8, UTF-16, Windows-1258 or a legacy Vietnamese encoding")
    score, text, enc = max(candidates, key=lambda c: c[0])
    if score < 0.6:
        raise IngestError(
            "text encoding not recognised (not UTF-8; Windows-1258/TCVN3/VNI readings look wrong): "
            "save the file as UTF-8 and ingest it again"
        )
    return text, enc


@register_loader(".txt", ".md", ".markdown", ".text")
class TextLoader:
    """One page of text. Markdown (a .md file, or a .txt file that :func:`~ingest.markdown.looks_like_markdown`)
    is read without its marks (:func:`~ingest.markdown.markdown_to_text`).
    Lines wrapped at a fixed width are joined downstream (``wrapped``), as a PDF page's are."""

    def load(self, path: Path) -> RawDocument:
        data = path.read_bytes()
        if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            if data[:200].count(b"\x00") <= 20:
                raise IngestError("binary file, not text")
        text, enc = decode_bytes(data)
        text = dashed_tables(box_tables(unquote_mail(mail_headers(lynx_links(text)))))  # a mail's quoted table is a table
        fields: dict[str, str] = {}
        if path.suffix.lower() in (".md", ".markdown") and looks_like_outline(text):
            fields, text = outline_page(text)  # a Logseq page: its blocks as Markdown paragraphs
            text = markdown_to_text(text)
        elif path.suffix.lower() in (".md", ".markdown") or looks_like_markdown(text):
            fields, text = front_matter(text)
            text = markdown_to_text(text)
        text = side_by_side_blocks(text)
        return RawDocument(path=path, pages=[RawPage(text=text)], file_encoding=enc, wrapped=True,
                           title=fields.get("title") or None, author=fields.get("author") or None,
                           date=_iso_date(fields.get("date")))


# lynx -dump's list of the page's links at its end: "References" then "   1. https://…" (newer versions part
# it into "Visible links:" and "Hidden links:")
_LINK_LIST_RE = re.compile(r"\n[ \t]*References[ \t]*\n(?:[ \t]*\n)*((?:[ \t]*(?:\d{1,4}\.[ \t]+\S[^\n]*|(?:Visible|Hidden) links:?)[ \t]*\n?"
                           r"(?:[ \t]*\n)*)+)\Z")
_LINK_ENTRY_RE = re.compile(r"^[ \t]*(\d{1,4})\.[ \t]+\S", re.M)
_LINK_MARK_RE = re.compile(r"\[(\d{1,4})\](?=\S)")  # "[26]PTĐ", "[27]1.973": a link's number glued to its text


def lynx_links(text: str) -> str:
    """A web page saved as text by ``lynx -dump``, without its link numbers and its closing list of links.

    lynx writes "[n]" right before each link's text and lists the addresses at the end under "References".
    In a report's text those numbers are noise glued to words and figures ("kiểm định 21.585 [26]PTĐ",
    "phát hiện [30]21 cơ sở vi phạm", which reads as the year 2021): with the list present, each "[n]" it
    numbers is dropped, and the list too. A text without such a list keeps every bracket."""
    found = _LINK_LIST_RE.search(text)
    if not found:
        return text
    listed = {int(n) for n in _LINK_ENTRY_RE.findall(found.group(1))}
    if len(listed) < 2:
        return text
    body = text[: found.start()] + "\n"
    return _LINK_MARK_RE.sub(lambda m: "" if int(m.group(1)) in listed else m.group(0), body)


def _iso_date(value: str | None) -> str | None:
    """A front matter's date ("2022-07-05", "2022-07-05T08:00:00+07:00") as YYYY-MM-DD, else None."""
    m = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})\b", value or "")
    return m.group(0) if m else None


_SIDE_GAP_RE = re.compile(r"(?<=\S) {4,}(?=\S)")
_NARROW_GAP_RE = re.compile(r"(?<=\S) {2,}(?=\S)")  # the spaces between two blocks set side by side on a line
# what a letterhead or a closing set in two columns holds: the national motto beside the unit, "Nơi nhận" beside
# the signature
_SIDE_BLOCK_RE = re.compile(r"cộng\s+hòa\s+xã\s+hội|độc\s+lập\s*-\s*tự\s+do|nơi\s+nhận|"
                            r"cong\s+hoa\s+xa\s+hoi|doc\s+lap\s*-\s*tu\s+do|noi\s+nhan", re.IGNORECASE)  # (or typed without marks)
_SIDE_BLOCK_LINES = 16  # a letterhead's or a closing's lines, at most


def side_by_side_blocks(text: str, apart: bool = False) -> str:
    """A letterhead or a closing typed as two columns padded with spaces ("SỞ KH&CN NAM ĐỊNH      CỘNG HÒA
    XÃ HỘI …" over "CHI CỤC TIÊU CHUẨN      Độc lập - Tự do - Hạnh phúc"; "Nơi nhận:      CHI CỤC TRƯỞNG" over
    "- Lưu: VT.      Nguyễn Hữu Thắng"), written as its left column's lines, then its right column's: the unit's
    name and the signer's then read whole. Only a block (lines between blank lines) of two lines or more with
    one such gap each (a third of its lines at least, sixteen lines at most), holding the national motto or "Nơi
    nhận"; a table's rows have more cells. ``apart``: a blank line between the two columns, each then a block
    of its own (one typed in a legacy font, the other retyped in Unicode, are repaired apart)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        block = lines[i:j] or lines[i : i + 1]
        out += _columns_apart(block, apart) or block
        i += len(block)
    return "\n".join(out)


def _columns_apart(block: list[str], apart: bool = False) -> list[str] | None:
    if len(block) > _SIDE_BLOCK_LINES:
        return None
    gaps = [list(_SIDE_GAP_RE.finditer(line.rstrip())) for line in block]
    paired = sum(len(g) == 1 for g in gaps)
    if paired < 2 or 3 * paired < len(block) or any(len(g) > 1 for g in gaps) or not _SIDE_BLOCK_RE.search(" ".join(block)):
        return None
    col = min(g[0].end() for g in gaps if g)
    left: list[str] = []
    right: list[str] = []
    for line, g in zip(block, gaps):
        if not g:  # a narrower gap where the right column starts ("… BAC LIEU   CONG HOA …")
            g = [m for m in _NARROW_GAP_RE.finditer(line.rstrip()) if abs(m.end() - col) <= 4][:1]
        if g:
            left.append(line[: g[0].start()].rstrip())
            right.append(line[g[0].end() :].rstrip())
        elif len(line) - len(line.lstrip()) >= col - 2:
            right.append(line.rstrip())
        else:
            left.append(line.rstrip())
    return left + [""] * apart + right


_QUOTE_RE = re.compile(r"^(?:[ \t]*>)+ ?")  # "> ", ">> ", "> > ": an e-mail's quoted lines
_QUOTED_MIN = 10  # lines


_HEADER_FIELD_RE = re.compile(
    r"(from|to|cc|bcc|subject|date|sent|reply-to|message-id|in-reply-to|references|mime-version|content-[\w-]+|"
    r"x-[\w-]+|thread-[\w-]+|importance|organization|user-agent|return-path|delivered-to|received|"
    r"người gửi|người nhận|gửi|tiêu đề|chủ đề|ngày gửi):[ \t]*(.*)$", re.IGNORECASE)
_HEADER_NEEDED = {"from", "date", "subject", "người gửi", "tiêu đề", "chủ đề", "ngày gửi"}


def mail_headers(text: str) -> str:
    """An e-mail saved as text without the header block it opens with ("From: …", "To: …", "Date: …",
    "Content-Type: …"): the sender's address and the mail program's fields are no part of the report. The
    subject stays, as a line of its own. Only a block of three fields or more, one of them From, Date or
    Subject, at the very top and ended by a blank line."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    fields: list[tuple[str, str]] = []
    end = start
    while end < len(lines) and lines[end].strip():
        m = _HEADER_FIELD_RE.match(lines[end].strip())
        if m:
            fields.append((m.group(1).lower(), m.group(2)))
        elif lines[end][:1] in " \t" and fields:  # a folded field's next line
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {lines[end].strip()}")
        else:
            return text
        end += 1
    if len(fields) < 3 or not _HEADER_NEEDED & {name for name, _ in fields}:
        return text
    subject = [_decoded(value.strip()) for name, value in fields
               if name in ("subject", "tiêu đề", "chủ đề") and value.strip()]
    return "\n".join(lines[:start] + subject + lines[end:])


def _decoded(value: str) -> str:
    """A header's MIME encoded words read ("=?UTF-8?B?xJDhu4E…?=" is "Đề nghị …"); other text as it is."""
    if "=?" not in value:
        return value
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeDecodeError):
        return value


# the line a mail program writes over the message it quotes: "On Wed, 4 Oct 2023 … wrote:", "Vào 14:05 Th 4,
# 4 thg 10, 2023 … đã viết:", "-----Original Message-----"
_ATTRIBUTION_RE = re.compile(r"^\s*(?:(?:on|vào)\s.{4,200}\s(?:wrote|đã viết):|"
                             r"-{2,}\s*(?:original message|thư gốc)\s*-{2,})\s*$", re.IGNORECASE)
_OWN_REPORT_MIN = 30  # lines of its own a message holds when it is the report, not a note over a quoted one
_MAIL_PART_RE = re.compile(r"^\s*\[cid:[^\]]+\]\s*$", re.IGNORECASE)  # an inline image's placeholder


def unquote_mail(text: str) -> str:
    """An e-mail saved as text, read for the report it carries (ten quoted lines at least: a lone "> 5 mẫu"
    line stays).

    A short note over a quoted or forwarded report ("Em gửi lại báo cáo bên dưới"; a quarter or more of the
    non-empty lines quoted) is read without the "> " marks, so that the report's wrapped paragraphs and tables
    read as it wrote them. A reply that is itself the report (thirty lines of its own or more, over "Vào … đã
    viết:" or "On … wrote:") quotes an earlier message of the thread, most often the draft it replaces, whose
    figures differ: the quoted lines and the line over them go, with inline images' placeholders ("[cid:…]");
    the sender's signature stays (who sent it)."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    quoted = sum(1 for line in filled if _QUOTE_RE.match(line))
    if quoted < _QUOTED_MIN:
        return text
    own = sum(1 for line in filled if not _QUOTE_RE.match(line) and not _ATTRIBUTION_RE.match(line))
    replied = any(_ATTRIBUTION_RE.match(line) for line in filled)
    if not (replied and own >= _OWN_REPORT_MIN):
        if quoted < 0.25 * len(filled):
            return text
        return "\n".join(_QUOTE_RE.sub("", line, count=1) for line in lines)
    return "\n".join(line for line in lines
                     if not (_QUOTE_RE.match(line) or _ATTRIBUTION_RE.match(line) or _MAIL_PART_RE.match(line)))
