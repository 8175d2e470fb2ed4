"""Answers that are not quantities: dates, people, places, list items and sentences — each quoted from
the report, with the same coverage rule as quantities (an unsupported answer is an abstention)."""

from __future__ import annotations

import re

from assistant.candidates import (EXTREME_RE, PAREN_RE, ROLES, ROUND_Q_RE, Candidate, Clause, Scorer, clause_before, clauses,
                                  is_total, person_candidates, place_candidates, quantity_candidates, round_said,
                                  rounds_named, spell_column, table_candidates)
from assistant.compose import Citations, citation, snippet, templates
from assistant.evidence import _DOCID_RE, _id_key, _negated_words, date_follows_id, doc_ids_in, list_position
from assistant.matching import Matcher
from assistant.models import Passage, Value
from assistant.question import PERCENT_RE, Analysis, extreme_asked, identifier_kind, most_way
from ingest.normalize import fold

# the report itself is asked about: "Báo cáo tổng kết … đề ngày bao nhiêu / được ký ngày nào?"
_OWN_DATE_Q_RE = re.compile(r"^\W*(?:bản\s+)?(?:báo cáo|bao cao)\b|\bngày\s+(?:ký|ban hành)\s+(?:bản\s+)?báo cáo\b", re.I)
_SIGNED_Q_RE = re.compile(r"\b(?:được\s+|duoc\s+)?(?:ký|ky|ban hành|ban hanh|đề ngày|de ngay|lập|lap)\b.*$", re.I)
# a letterhead's own number: "Số: 118/BC-TĐC", "Số 215/BC-TĐC"
_OWN_NUMBER_RE = re.compile(r"\bSố\s*:?\s*(\d+[^\s,;|]*/[^\s,;|]+)")
# a letterhead's place-and-date line: "Thanh Hóa, ngày …", "Hà Nội, ngày …"
_DATE_LINE_RE = re.compile(r"(?:^|[\s|*_])(?<!Thứ\s)(?!Thứ\s|Chủ nhật)[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s*,\s*(?:ngày\s*)?$")
# (not a web page's "Thứ Năm, 10/10/2019 | 15:42": the day a page was posted)
# the report's digital signature asked ("được ký số ngày nào"), and the time its stamp gives ("Thời gian ký: 16.01.2023
# 08:42:17 +07:00", moved to the report's opening when it is read)
_DIGITALLY_SIGNED_Q_RE = re.compile(r"\b(?:ký số|ký điện tử|chữ ký số|ky so|ky dien tu)\b", re.I)
_STAMP_TIME_RE = re.compile(r"\b(?:Thời gian ký|Ngày ký)\s*:\s*$", re.I)
# "số hiệu / số ký hiệu của báo cáo", "báo cáo này số mấy": the report's own number is asked
_NUMBER_ASKED_RE = re.compile(r"\b(?:số hiệu|số ký hiệu|ký hiệu văn bản|số văn bản|so hieu|so ky hieu)\b|"
                              r"\b(?:báo cáo|văn bản)\b(?:\s+này)?\s+(?:có\s+)?số\s+(?:mấy|bao nhiêu|gì)\b", re.I)
OPENING_CHARS = 2500  # where a report's place-and-date line is
HEAD_CHARS = 1200  # a report's letterhead and title: who writes it, about what
OWN_DATE_REPORTS = 4  # the reports (best-matching first) whose openings are weighed for "báo cáo … ký ngày nào"
DOCUMENT_BASE = 0.5  # a dated document's score: this much, plus the share of the question its own words name
OTHER_DATE_FACTOR = 0.7  # a date of the same clause whose own words fit the question less
RANGE_END_FACTOR = 2.0  # the start or the end asked of a span "từ ngày … đến ngày …": that end of it
# the start or the end of something asked ("bắt đầu từ ngày nào", "kết thúc vào ngày nào")
# ("triển khai lại từ ngày nào" asks when something resumed, not where a span starts)
_START_ASKED_RE = re.compile(r"\b(?:bắt đầu|khởi công|khai mạc|bat dau|có hiệu lực|co hieu luc)\b", re.I)
_END_ASKED_RE = re.compile(r"\b(?:kết thúc|hoàn thành|bế mạc|ket thuc)\b", re.I)
# a date opening a span ("từ ngày 25/3/2019 …") or closing one ("… đến ngày 24/5/2019")
_SPAN_FROM_RE = re.compile(r"\btừ\s+(?:ngày\s+)?$", re.I)
_START_SAID_RE = re.compile(r"\b(?:bắt đầu|có hiệu lực(?: thi hành)?(?: kể)?)\s+(?:từ\s+)?(?:ngày\s+)?$", re.I)
_END_SAID_RE = re.compile(r"\b(?:kết thúc|hoàn thành)\s+(?:vào\s+|từ\s+)?(?:ngày\s+)?$", re.I)
_SPAN_TO_RE = re.compile(r"\b(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$", re.I)
OWN_WORDS = 10  # a date's own words: at most this many before it
FALLBACK_SHARE = 0.5  # a date that covers the question answers when the best does not, if it scores this share of it


# identifiers as reports write them: a standard ("QCVN 01-189:2019/BNNPTNT", "TCVN ISO/IEC 17025:2017") and a
# document's number ("1523/QĐ-TĐC", "18/2018/QĐ-UBND", "612.2023/QĐ-VPCNCL"), its kind the code after the number
_STANDARD_ID_RE = re.compile(r"\b(?:(?P<code>QCVN|QCĐP|TCVN)\s+(?:ISO(?:/IEC)?\s+)?|(?P<iso>ISO(?:/IEC)?)\s+)\d[\w.\-]*"
                             r"(?:\s?:\s?\d{4})?(?:\s?/\s?[A-ZĐ][A-ZĐa-z]*)?")
_ACCREDITATION_ID_RE = re.compile(r"\b(?P<code>VILAS|VICAS|VIAS)\s+(?:Med\s+)?\d{2,4}\b")
_DOCUMENT_ID_RE = re.compile(r"(?<![\w/.])\d+[a-zA-Z]?(?:[./]\d{2,4})?\s?/\s?(?P<code>[A-ZĐ][A-ZĐa-zđ]*)"
                             r"(?:\s?[-–]\s?[A-ZĐ][\wĐđ&]*)*")
_CODE_KINDS = {"QĐ": "QĐ", "QD": "QĐ", "TT": "TT", "TTLT": "TT", "NĐ": "NĐ", "ND": "NĐ", "NQ": "NQ", "CT": "CT",
               "KH": "KH", "BC": "BC", "QCVN": "QCVN", "QCĐP": "QCVN", "TCVN": "TCVN"}
# the document's name written right before its number ("Quyết định số", "Thông tư", "QĐ")
_ID_NAME_BEFORE_RE = re.compile(r"((?:Quyết định|Thông tư(?: liên tịch)?|Nghị định|Nghị quyết|Chỉ thị|Kế hoạch|Công văn|"
                                r"Văn bản|Báo cáo|Biểu mẫu|Mẫu|QĐ|TT|NĐ|NQ)(?:\s+số)?\s*:?\s*)$", re.I)
# the sentence must cover this much of the question: less than other sentences' (COVERAGE_MIN["text"]), as it
# must also write an identifier of the kind asked
IDENTIFIER_COVERAGE = 0.45
IDENTIFIER_YEAR_BONUS = 0.2  # an identifier whose own piece writes the year asked
IDENTIFIER_QUOTE = 240  # how much of the sentence around an identifier its answer shows


def identifiers_in(text: str) -> list[tuple[int, int, str]]:
    """The identifiers a text writes: (start, end, kind), the kind as ``question.identifier_kind`` names it."""
    out = [(m.start(), m.end(), _CODE_KINDS[m.group("code") or "TCVN"]) for m in _STANDARD_ID_RE.finditer(text)]
    out += [(m.start(), m.end(), "VILAS") for m in _ACCREDITATION_ID_RE.finditer(text)]
    for m in _DOCUMENT_ID_RE.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in out):  # (not "2019/BNNPTNT" inside a QCVN's)
            out.append((m.start(), m.end(), _CODE_KINDS.get(m.group("code").upper(), "*")))
    return sorted(out)


def _fits_identifier(asked: str, kind: str, before: str) -> bool:
    """An identifier of ``kind`` (``before``: the text right before it) is the kind asked: "*" (a document, a
    form) is any document's number, not a standard's."""
    if asked == "*":
        return kind not in ("QCVN", "TCVN", "VILAS")
    if kind == asked:
        return True
    name = _ID_NAME_BEFORE_RE.search(before)  # ("Quyết định số 12/2019/UBND": named so, its code says less)
    return bool(name) and kind == "*" and identifier_kind(name.group(1)) == asked


def _amended_ids(question: str) -> set[str]:
    """Identifiers the question names as amended or replaced by the document it asks about."""
    return {_id_key(m.group(1)) for m in re.finditer(
        rf"\b(?:sửa đổi|bổ sung|thay thế|hướng dẫn)\b[^?]{{0,40}}?({_DOCID_RE.pattern})", question, re.I)}


# the verb a date is written after: "nộp ngày 22/11/2023", "gửi vào ngày …"
_DATE_VERB_RE = re.compile(r"\b(nộp|gửi|tiếp nhận|nhận|đăng ký|họp|khai giảng|bế mạc|khai mạc|kiểm tra|làm việc)"
                           r"\s+(?:vào\s+)?(?:từ\s+)?(?:ngày\s+)?$", re.I)
_ISSUED_RE = re.compile(r"\b(ban hành|phê duyệt|được duyệt|ký ban hành|ký quyết định|ra quyết định|đề ngày|ban hanh|phe duyet|"
                        r"de ngay|được ký|duoc ky|"  # ("Quyết định thành lập đoàn … được ký ngày nào?"; "được thành lập theo
                        r"(?:theo|tại|tai) (?:quyết định|công văn|văn bản|quyet dinh|cong van|van ban))\b", re.I)  # quyết định ngày nào")
ENUMERATION_COVERAGE = 0.7  # a sentence that lists items answers a list question only when it covers it well
NAMED_LIST_BONUS = 0.25  # … or nearly, when its items follow the very noun asked ("những huyện nào")
_PRESENTER_Q_RE = re.compile(r"\b(?:trình bày|báo cáo viên|thuyết trình)\b", re.I)
EXTREME_COLUMN_COVERAGE = 0.4  # how much of "nhiều … nhất"'s measure (and the rows' kind) a column's header must cover
# a sentence that leaves the naming to a table ("Danh mục 10 Ban kỹ thuật có số TCVN công bố nhiều nhất … được nêu tại
# Phụ lục", "… chi tiết tại Bảng 2"), and a table's caption ("Danh mục Ban kỹ thuật có số TCVN công bố nhiều nhất …")
_POINTS_ELSEWHERE_RE = re.compile(r"\b(?:nêu tại|chi tiết tại|tại (?:phụ lục|bảng|biểu)|xem (?:phụ lục|bảng|biểu))\b|"
                                  r"^\W*(?:danh mục|bảng|biểu|phụ lục|hình|biểu đồ)\b", re.I)
EXTREME_SAID_COVERAGE = 0.6  # a sentence saying "… cao nhất" that covers this much of the question answers instead


def _extreme_way(sentence: str) -> bool | None:
    """Does a sentence say which has the most (True: "cao nhất", "nhiều nhất") or the least (False: "thấp nhất");
    None if it says neither."""
    said = EXTREME_RE.search(sentence)
    return None if said is None else most_way(said.group(0).split()[0])


_WHOLE_ROW_RE = re.compile(r"\s*(?:toàn|cả)\s+(?:tỉnh|thành phố|quốc|ngành|đơn vị)\b", re.I)  # "Toàn tỉnh | 35 | 1.458"
_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_NAME = rf"[{_CAPITAL}][^\W\d_]*(?:\s+[{_CAPITAL}][^\W\d_]*){{0,3}}"  # a proper name: "Hòa Bình", "Tân Cương Xanh"
_LIST_NOUN_RE = re.compile(r"\bnhững\s+((?:[^\W\d_]+\s+){0,5}?[^\W\d_]+)\s+(?:nào|gì)\b", re.I)
# a list opener, then two or more items: "gồm A, B và C", "tại các huyện A, B và C", "là A và B"
_ENUMERATION_RE = re.compile(r"(?:\bgồm\b|\blà\b|:|\btại\b|\bnhư\b|\bvào\b|\bcho\b)[^.;:]{0,80}?[^\W\d_]+"
                             r"(?:,\s*[^,.;]{2,60}){0,8}?(?:,|\svà\s)\s*[^\W\d_]", re.I)
COVERAGE_MIN = {"number": 0.62, "percent": 0.62, "date": 0.55, "person": 0.5, "place": 0.5, "list": 0.45, "text": 0.55}


_SUBJECT_END = r"[;:]|,\s"  # where a document's subject written after its date ends


def _after_date(c: Candidate) -> str:
    """The rest of a date's sentence after it, brackets blanked ("(sau đây gọi tắt là Chi cục)")."""
    return PAREN_RE.sub(" ", c.clause.sentence[c.end - c.clause.sentence_start:])


def _document_words(c: Candidate) -> str:
    """A dated document's own words: its kind and identifier before the date, its issuer and subject after
    it, up to the next clause ("Kế hoạch số 11/KH-TĐC ngày 20/01/2025 về kiểm tra nhà nước về đo lường …")."""
    before = c.clause.sentence[: c.start - c.clause.sentence_start]
    at = max((m.start() for m in _DOCID_RE.finditer(before)), default=len(before))
    kind = re.search(r"[^,;:()]{0,40}$", before[:at])
    if before[: kind.start()].endswith("("):  # "… Chương trình đảm bảo đo lường tại doanh nghiệp (Quyết định số 510/…
        kind = re.search(r"[^;:()]{0,160}\(?[^,;:()]{0,40}$", before[:at])  # ngày 17/3/2021)": what the bracket names
    after = _after_date(c)  # "(sau đây gọi tắt là Chi cục)" aside
    subject = re.split(_SUBJECT_END, after, maxsplit=1)[0]
    return f"{kind.group(0)} {before[at:]} {subject}"


NAMED_FACTOR = 1.5  # a date written where the question's name of an event is ("Ngày Đo lường Thế giới") …
UNNAMED_FACTOR = 0.7  # … and one that is not, when some are


def _title_names(question: str) -> list[str]:
    """The names a question writes in title case past its first word, three capitalised words or more
    each followed by at most one in lower case ("… lễ kỷ niệm Ngày Đo lường Thế giới năm 2019", "Giải
    thưởng Chất lượng Quốc gia"), folded."""
    words = re.findall(r"[^\W\d_]+|\d\S*|[^\w\s]", question)  # (a figure or a mark parts two names)
    names: list[str] = []
    i = 1
    while i < len(words):
        if not words[i][0].isupper():
            i += 1
            continue
        j, caps = i, 0
        while j < len(words) and words[j][0].isupper():
            caps += 1
            j += 1
            if j + 1 < len(words) and words[j].isalpha() and words[j].islower() and words[j + 1][0].isupper():
                j += 1  # "Đo lường Thế": one word in lower case between two capitalised ones
        if caps >= 3:
            end = j + 1 if j < len(words) and words[j].isalpha() and words[j].islower() else j
            names.append(fold(" ".join(words[i:end])).lower())
        i = max(j, i + 1)
    return names


def _by_name(cands: list[Candidate], question: str) -> list[Candidate]:
    """Dates written where the question's own name of an event is ("Ngày Đo lường Thế giới") count more
    than those by another name of the same pattern ("Ngày Tiêu chuẩn Thế giới"), when any is."""
    names = _title_names(question)
    if not names:
        return cands
    named = {id(c) for c in cands if any(n in fold(c.clause.sentence).lower() for n in names)}
    if named:
        for c in cands:
            c.score *= NAMED_FACTOR if id(c) in named else UNNAMED_FACTOR
    return cands


def _by_span_end(cands: list[Candidate], question: str) -> list[Candidate]:
    """"… bắt đầu từ ngày nào?" is answered by the date opening a span ("kiểm tra từ ngày 25/3/2019 đến
    ngày 24/5/2019"), "… kết thúc vào ngày nào?" by the one closing it; the other end counts less."""
    start, end = bool(_START_ASKED_RE.search(question)), bool(_END_ASKED_RE.search(question))
    if start == end:
        return cands
    for c in cands:
        before = c.clause.text[max(0, c.start - c.clause.start - 20): c.start - c.clause.start]
        after = c.clause.text[c.end - c.clause.start: c.end - c.clause.start + 20]
        opens = bool(_SPAN_FROM_RE.search(before)) and re.match(r"\s*(?:đến|tới)\b", after, re.I) is not None \
            or bool(_START_SAID_RE.search(before))  # ("… dự kiến bắt đầu từ ngày 05/12/2022")
        closes = bool(_SPAN_TO_RE.search(before)) and bool(  # (a span's "từ" within the words before it)
            re.search(r"\btừ\b", c.clause.text[max(0, c.start - c.clause.start - 60): c.start - c.clause.start], re.I))
        closes = closes or bool(_END_SAID_RE.search(before))
        if (opens and start) or (closes and end):
            c.score *= RANGE_END_FACTOR
        elif opens or closes:
            c.score /= RANGE_END_FACTOR
    cands.sort(key=lambda c: -c.score)
    return cands


def _subject_after(c: Candidate) -> str:
    """What a dated document is about, written after its date, up to the next document or clause ("… ngày
    12/5/2023 ban hành Danh mục sản phẩm, hàng hóa trọng điểm …", not "… và Kế hoạch số 09/KH-TĐC …")."""
    after = re.split(rf"{_SUBJECT_END}|\d{{1,2}}/\d{{1,2}}/\d{{4}}", _after_date(c), maxsplit=1)[0]
    at = _DOCID_RE.search(after)
    if at:  # the next document's words start with its kind, a few words before its number
        after = re.sub(r"(?:\s+\S+){0,3}\s*$", "", after[: at.start()])
    return after


_OPENING_DATE_RE = re.compile(r"\W*(?:vào\s+|trong\s+)?ngày\s*", re.I)  # "Ngày 15/8/2023, …": the sentence's opening


def _by_own_words(cands: list[Candidate], scorer: Scorer) -> list[Candidate]:
    """Dates of one clause ("… Ngày Đo lường Việt Nam ngày 19/01/2024 và Hội nghị … Ngày Tiêu chuẩn Thế giới
    ngày 14/10/2024") are told apart by the words between the previous date and each: the one whose own
    words fit the question less counts less. ``scorer`` scores the question as asked (a follow-up's own
    words: "Luật này … có hiệu lực từ khi nào?" after "… được thông qua khi nào?")."""
    by_clause: dict[tuple[str, int], list[Candidate]] = {}
    for c in cands:
        by_clause.setdefault((c.clause.passage.chunk_id, c.clause.start), []).append(c)
    for group in by_clause.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda c: c.start)
        # each date's own words: those since the previous date, at most the few right before it (the first
        # date's share of the clause is not the subject both dates have: "Luật … thông qua … ngày 18/6/2025
        # và có hiệu lực … từ ngày 01/01/2026")
        # (a document's date is told by all its words since the previous date and by what follows it, the
        # document's subject: "… (Quyết định số 1102/QĐ-BKHCN ngày 17/4/2023) và chuẩn quốc gia về công suất điện
        # (Quyết định số … ngày 22/5/2023)", "Quyết định số 1124/QĐ-UBND ngày 12/5/2023 ban hành Danh mục …")
        own = []
        for prev, c in zip([None] + group[:-1], group):
            words = c.clause.text[(prev.end if prev else c.clause.start) - c.clause.start: c.start - c.clause.start].split()
            if date_follows_id(c, None):
                before = c.clause.sentence[: c.start - c.clause.sentence_start]
                subject = "" if before.rfind("(") > before.rfind(")") else _subject_after(c)  # "(Quyết định … ngày …)"
                own.append(scorer.coverage(" ".join(words) + " " + subject))  # names what is before the bracket
            elif prev is None and _OPENING_DATE_RE.fullmatch(c.clause.sentence[: c.start - c.clause.sentence_start]):
                # a date opening its sentence ("Ngày 15/8/2023, Ủy ban nhân dân tỉnh đã ký Quyết định … ban hành QCĐP
                # …, có hiệu lực từ ngày 01/9/2023") is of what follows it, up to the piece the next date opens
                after = c.clause.text[c.end - c.clause.start : group[1].start - c.clause.start]
                cut = max(after.rfind(", "), after.rfind("; "))
                own.append(scorer.coverage(after[:cut] if cut > 0 else after))
            else:
                own.append(scorer.coverage(" ".join(words[-OWN_WORDS:])))
        for c, cov in zip(group, own):
            if cov < max(own) - 1e-9:
                c.score *= OTHER_DATE_FACTOR
    return cands


class DescriptiveAnswers:
    """Mixed into :class:`assistant.answerer.ExtractiveAnswerer` (which provides ``_pick``, ``_scorer``,
    ``_abstain`` and ``retriever``)."""

    def _descriptive_answer(self, a: Analysis, m: Matcher, cl: list[Clause], passages: list[Passage], year: int | None,
                            cites: Citations):  # noqa: ANN202
        # the document asked about, not "được ký / ban hành / đề ngày nào"
        named = self._scorer(m, _SIGNED_Q_RE.sub(" ", a.question), None, a.supplied) if a.kind == "date" else None
        if named is not None and _OWN_DATE_Q_RE.search(a.question) and (
                not (ids := doc_ids_in(a.question)) or ids <= self._own_numbers(passages)):
            # "Báo cáo … đề ngày bao nhiêu?": its own date, also when named by its own number ("Báo cáo … (số
            # 118/BC-TĐC)", its letterhead's "Số: 118/BC-TĐC"); another document's number: that number's date, below
            res = self._own_date(passages, cites, named, stamped=bool(_DIGITALLY_SIGNED_Q_RE.search(a.question)))
            if res:
                return res
        if named is not None:
            scorer = self._scorer(m, a.question, None, a.supplied)
            own = self._scorer(m, a.core, None, a.supplied) if a.follow and a.core else scorer
            cands = _by_name(_by_own_words([scorer.score(c) for c in quantity_candidates(cl, "date")], own), a.core or a.question)
            cands = _by_span_end(cands, a.question)
            ids = doc_ids_in(a.question)
            amended = _amended_ids(a.question)  # "Thông tư sửa đổi Thông tư 23/2013/TT-BKHCN … ngày nào?": not 23/2013's
            ids = {i for i in ids if not any(k == i or (i.endswith("/") and k.startswith(i)) for k in amended)}
            if amended and not ids:
                tied = [c for c in cands if date_follows_id(c, None) and not date_follows_id(c, amended)
                        and any(k in _id_key(c.clause.sentence) for k in amended)]
                for c in tied:  # the date of the document that amends it, written where it is named
                    c.coverage, c.score = max(c.coverage, 1.0), c.score * 3
                cands = tied or [c for c in cands if not date_follows_id(c, amended)]
            if ids:  # "Quyết định 1258/QĐ-TTg … ngày nào?": the date written right after that identifier
                tied = [c for c in cands if date_follows_id(c, ids)]
                for c in tied:
                    c.coverage, c.score = max(c.coverage, 1.0), c.score * 3
                # the asked document's date, else never another document's date
                cands = tied or [c for c in cands if not date_follows_id(c, None)]
            elif not amended and not _ISSUED_RE.search(a.question):  # an event's date is never a document's date
                cands = [c for c in cands if not date_follows_id(c, None)]
            # "Quy chế … ban hành ngày nào?", "UBND tỉnh phê duyệt dự án … vào ngày nào?": a document's date
            # answers when the question asks when something was issued or approved
            for c in cands:  # "Kế hoạch số 05/KH-TĐC ngày 06/01/2025 của Chi cục … về thực hiện nhiệm vụ năm 2025":
                if date_follows_id(c, None):  # a document is told by what follows its date: who issued it, about what
                    c.score *= max(1.0, DOCUMENT_BASE + named.coverage(_document_words(c)))
            if round_asked := ROUND_Q_RE.search(a.core or a.question):
                for c in cands:  # "Quyết định … ngày 20/4/2023 … (đợt 1) và Quyết định … ngày 22/9/2023 … (đợt 2)":
                    words = c.clause.sentence[c.end - c.clause.sentence_start:][:200]  # the round its own words name
                    named = rounds_named(re.split(r"\s(?:và|;)\s|;", words, maxsplit=1)[0])
                    if round_asked.group(1) in named:
                        c.score *= 1.5
                    elif named:
                        c.score *= 0.5
            for c in cands:  # "hồ sơ đã nộp ngày 22/11/2023" dates a submission, not the issuing asked
                verb = _DATE_VERB_RE.search(clause_before(c))
                if verb and not re.search(rf"\b{re.escape(verb.group(1))}\b", a.question, re.I):
                    c.score *= 0.5
            best = self._pick(cands, a)
            if best is None and cands:  # the likeliest date lacks the question's words; one close behind has them
                covered = [c for c in cands[1:] if c.score >= FALLBACK_SHARE * cands[0].score]
                best = self._pick(covered, a)
            if best is None:
                return self._abstain(a, passages, year, cites)
            return self._date_result(best, cites)
        if a.kind in ("place", "text", "list") and (res := self._extreme_row_answer(a, m, cl, cites)):
            return res  # "huyện nào phát hiện nhiều cân không đạt nhất": the row whose cell is the largest
        if a.kind in ("person", "place"):
            if a.kind == "person":
                cands = self._people(a, m, cl, passages)
            else:
                scorer = self._scorer(m, a.question, None, a.supplied)
                cands = [scorer.score(c) for c in place_candidates(cl)]
            best = self._pick(cands, a)
            if best is None:
                return self._text_answer(a, m, cl, passages, year, cites)
            n = cites.add_clause(best.clause)
            snip = snippet(best.clause.written(), best.start - best.clause.start, best.end - best.clause.start)
            key = "person" if a.kind == "person" else "place"
            text = templates()[key].format(value=best.text, role=best.unit or "", snippet=snip, n=n)
            return text, False, None, cites, None, best.clause.passage.year
        if a.kind in ("list", "text") and list_position(a.question) is None and (
                a.kind == "list" or _LIST_NOUN_RE.search(a.core or a.question)):
            res = self._enumeration_answer(a, m, cl, cites)  # "ở những huyện nào": the sentence naming them
            if res:
                return res
        if a.kind == "list" or list_position(a.question) is not None:
            res = self._list_answer(a, m, passages, cites)
            if res:
                return res
        return self._text_answer(a, m, cl, passages, year, cites)

    def _extreme_row_answer(self, a: Analysis, m: Matcher, cl: list[Clause], cites: Citations):  # noqa: ANN202
        """Which row of a table has the most or the least of what its column counts ("Trong đợt kiểm tra cân tại chợ
        …, huyện nào phát hiện nhiều cân không đạt nhất?" → the row with the largest "Số cân không đạt" cell): the
        column whose header covers the question's measure best, read over the whole table (all its rows, also
        those in chunks not retrieved), its total row left out; "Hai loại … nào": the two first. Rows tied at the
        last place asked are all named. None when no table column covers the measure."""
        ask = extreme_asked(a.core or a.question)
        if ask is None:
            return None
        want = "percent" if PERCENT_RE.search(ask.measure) else "number"
        scorer = self._scorer(m, f"{ask.what} {ask.measure}", None, a.supplied)
        full = self._scorer(m, a.core or a.question, None, a.supplied)
        if any(_extreme_way(c.sentence) == ask.most and " | " not in c.sentence
               and not _POINTS_ELSEWHERE_RE.search(c.sentence) and full.coverage(c.sentence) >= EXTREME_SAID_COVERAGE
               for c in cl):  # (not "tỷ lệ thấp nhất là huyện Nho Quan" when the highest is asked)
            return None  # the report says which itself ("mũ bảo hiểm có tỷ lệ mẫu không đạt cao nhất"): its sentence
        denied = bool(_negated_words(ask.measure))
        columns: dict[tuple[str, str], list[Candidate]] = {}
        for c in table_candidates(cl, want, self._text_before):
            if c.clause.column and c.value is not None:
                columns.setdefault((c.clause.passage.doc_id, c.clause.column), []).append(c)
        if not columns:
            return None
        scored = []
        for (doc_id, column), group in columns.items():
            fit = scorer.coverage(spell_column(column), near=group[0].clause.context)
            if bool(_negated_words(column)) != denied:
                fit *= 0.5  # "không đạt" asked: not the "Đạt" column, which shares every other word
            scored.append((fit, doc_id, column))
        cover, doc_id, column = max(scored)
        if cover < EXTREME_COLUMN_COVERAGE:
            return None
        rows = [c for c in table_candidates(clauses([self._whole_table(columns[(doc_id, column)][0])]), want,
                                            self._text_before)
                if c.clause.column == column and c.clause.label and not is_total(c.clause.label)
                and not _WHOLE_ROW_RE.match(c.clause.label)]
        if len(rows) < 2:
            return None
        rows.sort(key=lambda c: c.value, reverse=ask.most)
        many = min(ask.many, len(rows) - 1)
        if rows[0].value == rows[-1].value:
            return None  # every row the same: none has the most
        chosen = rows[:many] + [c for c in rows[many:] if c.value == rows[many - 1].value]
        parts = []
        for c in chosen:
            n = cites.add_clause(c.clause)
            parts.append(templates()["value"].format(value=c.clause.label, snippet=c.clause.sentence, n=n))
        return " ".join(parts), False, None, cites, None, chosen[0].clause.passage.year

    def _whole_table(self, cell: Candidate) -> Passage:
        """The table ``cell`` is in, as one passage: the lines of cells (" | ") around its row in the report."""
        p = cell.clause.passage
        text = self.retriever.document_text(p.doc_id)
        start = text.rfind("\n", 0, cell.clause.sentence_start) + 1
        while start > 0:
            before = text.rfind("\n", 0, start - 1) + 1
            if " | " not in text[before : start - 1]:
                break
            start = before
        end = text.find("\n", cell.clause.sentence_end)
        while end != -1:
            after = text.find("\n", end + 1)
            if " | " not in text[end + 1 : after if after != -1 else len(text)]:
                break
            end = after
        end = len(text) if end == -1 else end
        return Passage(p.chunk_id, p.doc_id, p.title, p.year, p.source, p.section, p.page, start, end, p.score,
                       text[start:end])

    def _own_date(self, passages: list[Passage], cites: Citations, scorer: Scorer,  # noqa: ANN202
                  stamped: bool = False):
        """The date a report is signed: its place-and-date line ("Thanh Hóa, ngày 15 tháng 12 năm 2023"), in
        the opening of the report the question names best (its letterhead and title: "Chi cục … Hà Nội",
        "Báo cáo tổng kết năm 2024"); the best-matching report's when no opening names it better. ``stamped``: the
        digital signature is asked, and its stamp's time answers where the report has one."""
        def line_of(opening: list[Passage]) -> Candidate | None:
            dates = quantity_candidates(clauses(opening), "date")
            line = next((c for c in dates if _STAMP_TIME_RE.search(clause_before(c))), None) if stamped else None
            return line or next((c for c in dates if _DATE_LINE_RE.search(clause_before(c))), None)

        line = self._in_named_opening(passages, scorer, line_of)
        return self._date_result(line, cites) if line is not None else None

    def _in_named_opening(self, passages: list[Passage], scorer: Scorer, find):  # noqa: ANN001, ANN202
        """What ``find`` reads in a report's opening (None: nothing there), taken from the opening of the report
        the question names best (its letterhead and title: "Chi cục … Hà Nội", "Báo cáo tổng kết năm 2024"), the
        best-matching report's when no opening names it better."""
        best = None
        for doc_id in list(dict.fromkeys(p.doc_id for p in passages))[:OWN_DATE_REPORTS]:
            opening = self.retriever.opening_passages(doc_id, OPENING_CHARS)
            found = find(opening)
            if found is None:
                continue
            named = scorer.coverage(" ".join(p.text for p in opening)[:HEAD_CHARS])
            if best is None or named > best[0] + 1e-9:
                best = (named, found)
        return best[1] if best is not None else None

    def _own_numbers(self, passages: list[Passage]) -> set[str]:
        """The numbers the reports behind ``passages`` give themselves in their letterheads ("Số: 118/BC-TĐC"),
        as :func:`doc_ids_in` keys."""
        found: set[str] = set()
        for doc_id in list(dict.fromkeys(p.doc_id for p in passages))[:OWN_DATE_REPORTS]:
            head = self.retriever.opening(doc_id, HEAD_CHARS)
            found |= {k for m in _OWN_NUMBER_RE.finditer(head) for k in doc_ids_in(m.group(1))}
        return found

    def _date_result(self, c: Candidate, cites: Citations):  # noqa: ANN202
        """A date answer: the date in full, quoted where it is written."""
        n = cites.add_clause(c.clause)
        date_text = self._full_date(c)
        snip = snippet(c.clause.written(), c.start - c.clause.start, c.end - c.clause.start)
        text = templates()["date_year"].format(year=c.clause.passage.year, value=date_text, snippet=snip, n=n)
        return text, False, Value(None, None, date_text), cites, None, c.clause.passage.year

    def _enumeration_answer(self, a: Analysis, m: Matcher, cl: list[Clause], cites: Citations):  # noqa: ANN202
        """A sentence that answers the question with a list of its own ("… tại các huyện Lâm Hà, Đức Trọng và
        Di Linh"): the best-covered sentence whose text after a list opener ("gồm", "là", ":", "tại",
        "như", "vào") names two or more items. None when no sentence covers the question well."""
        scorer = self._scorer(m, a.question, None, a.supplied)
        noun = _LIST_NOUN_RE.search(a.core or a.question)
        # the items follow the noun asked about: "những huyện nào" → "tại các huyện Lâm Hà, Đức Trọng và Di Linh"
        named = re.compile(r"\b" + re.escape(fold(noun.group(1)).lower()) + r"\b\s*(?::|là|gồm)?\s*(?:\d+\s+)?"
                           r"[^\W\d_][^.;]{0,60}?(?:,|\svà\s)") if noun else None
        # … or lead their sentence, each a name after the noun: "huyện Hòa Bình và huyện Hồng Dân chưa hoàn thành …"
        head = rf"(?i:\b{re.escape(noun.group(1))})" if noun else ""
        names = re.compile(rf"{head}\s+{_NAME}(?:\s*,\s*(?:{head}\s+)?{_NAME})*\s+(?:và|,)\s+(?:{head}\s+)?{_NAME}") \
            if noun else None
        best, best_cov = None, 0.0
        seen = set()
        for c in cl:
            if c.sentence_start in seen:
                continue
            seen.add(c.sentence_start)
            if not _ENUMERATION_RE.search(c.sentence) and not (names is not None and names.search(c.sentence)):
                continue
            cov = scorer.coverage(c.sentence, c.passage.section or "")
            if named is not None and named.search(fold(c.sentence).lower()):
                cov += NAMED_LIST_BONUS
            if cov > best_cov:
                best, best_cov = c, cov
        if best is None or best_cov < ENUMERATION_COVERAGE:
            return None
        n = cites.add_clause(best.whole_sentence())
        text = templates()["text"].format(sentence=cites.items[n - 1].quote.rstrip(" .;"), n=n)
        return text, False, None, cites, None, best.passage.year

    def _people(self, a: Analysis, m: Matcher, cl: list[Clause], passages: list[Passage]) -> list[Candidate]:
        """Names with their roles, scored for a "who" question: the role asked ("Ai là Vụ trưởng …?") is the
        evidence, searched for in the same reports when the top passages lack it; "Ai ký …?" is answered by
        the signature block only."""
        q = a.question.lower()
        raw = person_candidates(cl, self._text_before, self._text_after)
        asked = re.search(rf"\b({ROLES})\b|\bký\b", a.question, re.I)
        signing = bool(re.search(r"\bký\b", q))
        if asked and passages and not any(c.unit and c.unit.lower() in q for c in raw):
            query = "Nơi nhận Lưu VT đã ký" if asked.group(0).lower() == "ký" else asked.group(0)  # under "Nơi nhận"
            extra = self.retriever.search(query, doc_ids=sorted({p.doc_id for p in passages}), top_k=6,
                                          exclude_captions=True)
            seen = {c.start for c in cl}
            raw += person_candidates([c for c in clauses(extra) if c.start not in seen], self._text_before,
                                     self._text_after)
            if signing and not any("signed" in c.notes for c in raw):
                # the signature block closes the report asked about; its chunk may hold only the role and the name
                seen |= {c.start for c in clauses(extra)}
                raw += self._closing_people(passages[0].doc_id, seen)
        if not raw and passages and _PRESENTER_Q_RE.search(q):  # "Ai trình bày báo cáo …": a deck closes on its
            # presenter ("Trân trọng cảm ơn! / Hoàng Minh Tuấn / Chi cục trưởng")
            raw = self._closing_people(passages[0].doc_id, {c.start for c in cl}, count=3)
        scorer = self._scorer(m, a.question, None, a.supplied)
        cands = [scorer.score(c) for c in raw]
        for c in cands:
            role = (c.unit or "").lower()
            signed = "signed" in c.notes
            if "phó" in role and "phó" not in q and not signed:  # the role must fit the question ("Phó" or not)
                c.score *= 0.5
            if (role and role in q) or (signed and signing) or ("closing" in c.notes and _PRESENTER_Q_RE.search(q)):
                c.score *= 1.5
                c.coverage = max(c.coverage, COVERAGE_MIN["person"])
        if signing and any("signed" in c.notes for c in cands):
            cands = [c for c in cands if "signed" in c.notes]
        if round_asked := ROUND_Q_RE.search(a.core or a.question):  # "Còn đợt 2 thì ai làm trưởng đoàn?": the
            cands = [c for c in cands if round_said(c, round_asked.group(1))] or cands  # one said of that round
        return cands

    def _closing_people(self, doc_id: str, seen: set[int], count: int = 2) -> list[Candidate]:
        """The people named in the last ``count`` chunks of a report (where it is signed or its presenter thanks
        the audience), but in clauses already read (``seen``)."""
        closing = self.retriever.closing_passages(doc_id, count=count)
        return person_candidates([c for c in clauses(closing) if c.start not in seen], self._text_before,
                                 self._text_after)

    def _full_date(self, c: Candidate) -> str:
        from assistant.numbers import date_text

        text = date_text(c.text)
        if re.fullmatch(r"\d{1,2}/\d{1,2}", text):
            y = c.clause.passage.year
            after = c.clause.text[c.end - c.clause.start : c.end - c.clause.start + 12]
            m = re.match(r"\s*năm\s+((?:19|20)\d{2})", after)
            if m:
                y = int(m.group(1))
            if y:
                text = f"{text}/{y}"
        return text

    def _list_answer(self, a: Analysis, m: Matcher, passages: list[Passage], cites: Citations):  # noqa: ANN202
        scorer = self._scorer(m, a.question, None, a.supplied)
        best_section, best_cov = None, 0.0
        for p in passages:
            cov = scorer.coverage(p.section or "", p.text[:200])
            if p.section and cov > best_cov:
                best_section, best_cov = (p.doc_id, p.section), cov
        items: list[tuple[Passage, int, int]] = []
        if best_section and best_cov >= COVERAGE_MIN["list"]:
            rows = [p for p in passages if (p.doc_id, p.section) == best_section]
            rows = self._section_passages(best_section, rows)
            for p in rows:
                # (a table row whose first cell is empty, "- | Tổng cộng | …", is no item)
                for mm in re.finditer(r"(?m)^(?:Thứ \w+(?: \w+)?,|[-•]\s(?!\|)|\d{1,2}[.)]\s)(.+)$", p.text):
                    items.append((p, p.start + mm.start(), p.start + mm.end()))
        if len(items) < 2:
            return None
        seen = set()
        lines = []
        for p, s, e in items:
            if s in seen:
                continue
            seen.add(s)
            local = p.text[s - p.start : e - p.start]
            first = re.split(r"(?<=[.;:])\s", local, maxsplit=1)[0]
            n = len(cites.items) + 1
            cites.items.append(citation(n, p, s, s + len(first)))
            lines.append(f"- {first.rstrip(' .;:')} [{n}]")
        intro = best_section[1]
        pos = list_position(a.question)
        if pos is not None:  # "nhiệm vụ cuối cùng / thứ tám": that one item
            idx = len(lines) - 1 if pos == -1 else pos - 1
            if not 0 <= idx < len(lines):
                return None
            keep = cites.items[idx]
            keep.n = 1
            cites.items[:] = [keep]
            line = re.sub(r"\[\d+\]$", "[1]", lines[idx].lstrip("- "))
            return f"{intro} — {line}", False, None, cites, None, passages[0].year
        text = templates()["list_intro"].format(intro=intro) + "\n" + "\n".join(lines[:15])
        return text, False, None, cites, None, passages[0].year

    def _section_passages(self, key: tuple[str, str], seed: list[Passage]) -> list[Passage]:
        recs = [r for r in self.retriever.index.lexical.records
                if r.meta.get("doc_id") == key[0] and r.meta.get("section") == key[1] and not r.meta.get("is_caption")]
        if not recs:
            return seed
        from assistant.retriever import _passage

        recs.sort(key=lambda r: int(r.meta.get("start", 0)))
        return [_passage(r.id, r.text, r.meta, 1.0) for r in recs]

    def _own_title_answer(self, a: Analysis, passages: list[Passage], cites: Citations):  # noqa: ANN202
        """"Thông tư 01/2006/TT-NHNN hướng dẫn về việc gì?" about a report whose heading carries that number:
        its title says it, quoted where the report writes it."""
        if not re.search(r"(về việc gì|về nội dung gì|về vấn đề gì|\blà gì|quy định gì|hướng dẫn gì|nội dung gì|về gì)",
                         a.question, re.I):
            return None
        ids = doc_ids_in(a.question)
        if not ids:
            return None
        for p in passages:
            if p.start > 800 or not any(_id_key(mm.group(0)) in ids for mm in _DOCID_RE.finditer(p.text[:500])):
                continue
            words = p.title.split()
            opening = self.retriever.opening(p.doc_id)
            for n in range(len(words), 3, -1):  # the longest run of the title written in the report's opening
                for first in range(0, min(3, len(words) - n + 1)):
                    mm = re.search(r"\s+".join(re.escape(w) for w in words[first : first + n]), opening, re.I)
                    if mm:
                        from assistant.models import Passage as _P

                        span = _P(chunk_id=f"{p.doc_id}:opening", doc_id=p.doc_id, title=p.title, year=p.year,
                                  source=p.source, section=None, page=p.page, start=0, end=len(opening), score=1.0,
                                  text=opening)
                        k = cites.add_span(span, mm.start(), mm.end())
                        text = templates()["text"].format(sentence=" ".join(mm.group(0).split()), n=k)
                        return text, False, None, cites, None, p.year
        return None

    def _own_number_answer(self, a: Analysis, m: Matcher, passages: list[Passage], cites: Citations):  # noqa: ANN202
        """"Số hiệu của báo cáo này là gì?": the number the report gives itself in its letterhead ("Số: 1368/BC-SKHCN"),
        of the report whose opening the question names best (the best-matching report's when none names it
        better), quoted where it is written."""
        if not _NUMBER_ASKED_RE.search(a.question) or doc_ids_in(a.question):
            return None
        scorer = self._scorer(m, _NUMBER_ASKED_RE.sub(" ", a.question), None, a.supplied)
        found = self._in_named_opening(passages, scorer, lambda opening: next(
            ((p, mm) for p in opening for mm in [_OWN_NUMBER_RE.search(p.text)] if mm and mm.start() < HEAD_CHARS), None))
        if found is None:
            return None
        p, mm = found
        k = cites.add_span(p, p.start + mm.start(), p.start + mm.end())
        return templates()["text"].format(sentence=mm.group(0), n=k), False, None, cites, None, p.year

    def _identifier_answer(self, a: Analysis, m: Matcher, cl: list[Clause], passages: list[Passage],
                           cites: Citations):  # noqa: ANN202
        """"… tại quyết định số mấy?", "… theo QCVN nào?": the identifier of the kind asked, in the sentence that
        covers the question best (searched for in the same reports when the top passages write none); None when
        no sentence covering the question writes one."""
        asking = re.sub(r"\b(?:có\s+)?số\s+(?:ký\s+)?hiệu(?:\s+(?:văn bản|là))*(?:\s+gì)?|\bsố\s+(?:mấy|nào|gì|bao nhiêu)"
                        r"|\b(?:nào|gì)\b", " ", a.question, flags=re.I)
        scorer = self._scorer(m, asking, None, a.supplied)

        def found(clause_list: list[Clause]) -> list[tuple[float, float, Clause, int, int]]:
            out = []
            for c in clause_list:
                every = identifiers_in(c.text)
                cov = None
                for i, (s, e, kind) in enumerate(every):
                    if not _fits_identifier(a.identifier, kind, c.text[:s]):
                        continue
                    cov = scorer.coverage(c.sentence, c.passage.section or "") if cov is None else cov
                    # an identifier is told by the words before it, back to the previous one or to the colon that
                    # opens a list ("gồm: 21 hồ sơ thép … theo QCVN 7:2019/BKHCN, 08 hồ sơ mũ bảo hiểm … theo QCVN
                    # 2:2021/BKHCN"), and its own piece
                    end = every[i + 1][0] if i + 1 < len(every) else len(c.text)
                    after = re.search(r"[,;(]|\svà\s", c.text[e:end])
                    begin = max(every[i - 1][1] if i else 0, c.text.rfind(":", 0, s) + 1)
                    own = c.text[begin : e + after.start() if after else end]
                    dated = any(str(y) in own for y in a.years)  # ("năm 2020": "42/2020/QĐ-UBND | 18/9/2020")
                    out.append((scorer.coverage(own) + cov + IDENTIFIER_YEAR_BONUS * dated + 0.05 / (1 + c.rank),
                                cov, c, s, e))
            return sorted(out, key=lambda t: -t[0])

        scored = found(cl)
        if (not scored or scored[0][1] < IDENTIFIER_COVERAGE) and passages:
            extra = self.retriever.search(asking, doc_ids=sorted({p.doc_id for p in passages}), top_k=6,
                                          exclude_captions=True)
            seen = {c.start for c in cl}
            scored = sorted(scored + found([c for c in clauses(extra) if c.start not in seen]), key=lambda t: -t[0])
        if not scored or scored[0][1] < IDENTIFIER_COVERAGE:
            return None
        _, _, best, s, e = scored[0]
        name = _ID_NAME_BEFORE_RE.search(best.text[:s])
        value = (name.group(1) if name else "") + best.text[s:e]
        n = cites.add_clause(best)
        written = best.written()
        text = templates()["identifier"].format(value=" ".join(value.split()), n=n,
                                                snippet=snippet(written, s, e, IDENTIFIER_QUOTE))
        return text, False, None, cites, None, best.passage.year

    def _text_answer(self, a: Analysis, m: Matcher, cl: list[Clause], passages: list[Passage], year: int | None,
                     cites: Citations):  # noqa: ANN202
        own = self._own_title_answer(a, passages, cites)
        if not own and a.identifier in (None, "BC"):  # the report's own number: "Số hiệu của báo cáo này là gì?"
            own = self._own_number_answer(a, m, passages, cites)
        if not own and a.identifier:
            own = self._identifier_answer(a, m, cl, passages, cites)
            if not own:
                return self._abstain(a, passages, year, cites)
        if own:
            return own
        scorer = self._scorer(m, a.question, None, a.supplied)
        scored = []
        q_words = set(m.tokens(a.question).words)
        for c in cl:
            cov = scorer.coverage(c.sentence, c.passage.section or "")
            own = scorer.coverage(c.text)
            words = [w for w in m.tokens(c.text).words if not w[0].isdigit()]
            # an answer says something the question does not: a clause that only repeats the question's
            # own identifier and date ("Số: 01/2006/TT-NHNN, ngày …") is not what "… về việc gì?" asks
            novelty = sum(1 for w in words if w not in q_words) / len(words) if words else 0.0
            scored.append((own + 0.3 * cov + 0.3 * min(novelty, 0.8) + 0.05 / (1 + c.rank), cov, c))
        if not scored:
            return self._abstain(a, passages, year, cites)
        scored.sort(key=lambda t: -t[0])
        _, cov, best = scored[0]
        if cov < COVERAGE_MIN.get(a.kind, 0.55):
            return self._abstain(a, passages, year, cites)
        n = cites.add_clause(best)
        text = templates()["text"].format(sentence=cites.items[n - 1].quote.rstrip(" .;"), n=n)
        return text, False, None, cites, None, best.passage.year

