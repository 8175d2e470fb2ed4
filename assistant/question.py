"""Question analysis: what is asked (quantity, percentage, date, person, place, list, text), in which
unit, about which years, with which arithmetic; and follow-up resolution from the conversation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import Turn
from ingest.normalize import fold, normalize_text
from vectorstore.tokenize import has_diacritics, syllables

# Question words and generic words that carry no subject matter.
QUESTION_WORDS = frozenset(
    "bao nhiêu mấy gì ai nào đâu sao khi thế không chưa hay hỏi cho biết là những các có được đã bị thì "
    "của và với trong tại theo về từ đến này đó như vậy bao nhiêu cộng lượng "
    "nhiêu hãy vui lòng xin ạ nhỉ à vậy còn năm so phần trăm tỷ tỉ lệ gồm ở bởi mà nữa nhé thuộc sẽ đem".split()
)
_FOLDED_QWORDS = frozenset(fold(w) for w in QUESTION_WORDS)
_STOP_UNIT = frozenset(
    "của và với trong tại theo về từ đến đã được đang bị cho là năm so có này đó được mà thì nào gì trên dưới "
    "khoảng gần hơn tổ_chức_ được ở".split()
)
_NAMED_YEAR_RE = re.compile(r"\b(?!(?:Nam|Nang|Thang|Quy|Ke|Thuc)\s*$)[A-Z][a-z]{2,}\s+$")  # a foreign name's year
YEAR_RE = re.compile(r"(?<![\d:])((?:19|20)\d{2})(?!\d)")  # (not the edition of "ISO 9001:2015")
# words that end the unit after "bao nhiêu" ("bao nhiêu hồ sơ được …", "bao nhiêu để hỗ trợ …")
_ENDS_UNIT = frozenset("được đã đạt là phần trăm nhiêu bao không chưa có bị mà để nữa vì do nhằm rồi ạ nhỉ nhé vậy thế đấy như cuối".split())
# verbs that follow the thing counted: "mấy doanh nghiệp nâng cao năng suất", "… áp dụng ISO" (never its first word)
_VERB_AFTER_UNIT = frozenset("áp nâng tham xây sử triển hoàn làm".split())


@dataclass
class Analysis:
    question: str  # normalised (and follow-up-resolved) question
    kind: str  # number | percent | date | person | place | list | text
    op: str | None = None  # sum | diff | remainder | ratio | compare_years
    unit: str | None = None  # expected unit after the number ("hồ sơ", "TCVN", ...)
    years: list[int] = field(default_factory=list)  # years named in the question
    folded: bool = False  # the question has no diacritics: match in folded space
    plan: bool = False  # asks about plans / tasks ahead
    ordinal: bool = False  # "lần thứ mấy": the answer is an ordinal
    future: list[int] = field(default_factory=list)  # years asked that only a previous year's plans cover
    past: list[int] = field(default_factory=list)  # years asked that only the next year's report compares with
    prefix: str = ""  # a framing prefix ("Trong số hồ sơ … được thẩm xét, …"): weighs less for counts
    follow: str = ""  # context inherited from the previous question of a conversation
    search_text: str = ""  # what retrieval searches (the question as typed)
    core: str = ""  # the question without follow-up context and exclusions ("không tính khảo sát")
    supplied: set[str] = field(default_factory=set)  # words the routed reports supply (their unit's name)
    unit_said: list[str] = field(default_factory=list)  # the question's text naming the routed reports' unit
    elsewhere: list[str] = field(default_factory=list)  # units named that only other units' reports mention
    # per routed report, question words its letterhead says of every figure ("Chi cục" of a Chi cục's report):
    # met by any of its figures, though one whose own words say them still scores more
    issuer: dict[str, frozenset[str]] = field(default_factory=dict)
    given: set[float] = field(default_factory=set)  # the whole a "trong đó …" follow-up asks a part of
    # the year a change is asked against ("năm 2022 tăng bao nhiêu % so với năm 2021" → [2021]): worked from
    # both years' figures when no change is stated
    compared: list[int] = field(default_factory=list)
    previous: set[float] = field(default_factory=set)  # the figures the previous answer gave (a follow-up's subject)
    previous_unit: str | None = None  # what the previous answer's first figure counts ("126 mẫu hàng đóng gói sẵn")
    previous_heads: dict[float, str] = field(default_factory=dict)  # each previous figure's unit head ("214" → "hồ")
    identifier: str | None = None  # the kind of identifier asked (``asked_identifier``): "QĐ", "QCVN", "*", …


# which one has the most or the least of something: "huyện nào phát hiện nhiều cân không đạt nhất", "Hai loại PTĐ nào có
# số lượng không đạt nhiều nhất", "địa phương nào bị xử phạt nhiều tiền nhất" (the count asked in ``many``)
EXTREME_WHICH_RE = re.compile(r"(?:^|[\s,])(?:(?P<many>hai|ba|bốn|[2-5])\s+)?(?P<what>[^\W\d_]+(?:[\s,]+[^\W\d_]+){0,3}?)"
                              r"\s+nào\b(?P<rest>.*?)\b(?P<way>nhiều|cao|lớn|ít|thấp|nhỏ)\s+(?P<measure>(?:[^\W\d_]+\s+){0,8}?)nhất\b",
                              re.I)
# "… kiểm định được nhiều phương tiện đo nhất ở huyện nào?": the same asked after the measure
_EXTREME_THEN_WHICH_RE = re.compile(r"\b(?P<way>nhiều|cao|lớn|ít|thấp|nhỏ)\s+(?P<measure>(?:[^\W\d_]+\s+){0,8}?)nhất\s+"
                                    r"(?:ở|tại|là|thuộc)\s+(?P<what>[^\W\d_]+(?:[\s,]+[^\W\d_]+){0,3}?)\s+nào\b", re.I)
_HOW_MANY_RE = re.compile(r"\b(?:bao nhiêu|mấy|bao nhieu)\b", re.I)


@dataclass
class Extreme:
    """Which rows a question asks for by the most or the least of something."""

    what: str  # the kind of row ("huyện", "loại PTĐ")
    measure: str  # the words naming what is counted ("phát hiện … cân không đạt")
    most: bool
    many: int  # how many rows ("Hai loại … nào": 2)


COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "2": 2, "3": 3, "4": 4, "5": 5}  # "Hai loại … nào", "cộng ba lĩnh vực"


def extreme_asked(q: str) -> Extreme | None:
    """The rows asked by the most or the least of something ("huyện nào phát hiện nhiều cân không đạt nhất"), if
    the question asks that."""
    m = EXTREME_WHICH_RE.search(q)
    if m:
        measure, many = f"{m.group('rest')} {m.group('measure')}", COUNT_WORDS.get((m.group("many") or "").lower(), 1)
    elif m := _EXTREME_THEN_WHICH_RE.search(q):
        measure, many = f"{q[: m.start()].split(',')[-1]} {m.group('measure')}", 1
    else:
        return None
    return Extreme(m.group("what"), " ".join(measure.split()), most_way(m.group("way")), many)


def most_way(word: str) -> bool:
    """Does the word of an extreme ("nhiều", "cao", "lớn" … "nhất"; unaccented too) ask for the most, not the least?"""
    return fold(word).lower() in ("nhieu", "cao", "lon")


PERCENT_RE = re.compile(r"(phần trăm|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|bao nhiêu %|mấy %|\bphan tram\b|\bty le\b|%)", re.I)
_DATE_RE = re.compile(r"(ngày nào|ngày bao nhiêu|ngày mấy|ngày tháng nào|ngày tháng năm nào|ngày, tháng, năm nào|khi nào|thời gian nào|lúc nào|bao giờ|vào ngày|thời điểm nào|ngay nao|khi nao|"
                      r"\bhôm nào|\bhom nao\b)", re.I)
_PERSON_RE = re.compile(r"(\bai\b|người nào|vị nào|đồng chí nào|ông nào|bà nào|là ai)", re.I)
_PLACE_RE = re.compile(r"(ở đâu|tại đâu|nơi nào|địa phương nào|tỉnh nào|thành phố nào|tỉnh, thành phố nào|o dau|tai dau|những địa phương nào|những tỉnh nào)", re.I)
_LIST_RE = re.compile(r"(gồm những|bao gồm|những gì|những nhiệm vụ|các nhiệm vụ|những nội dung|liệt kê|kể tên|những tổ chức nào|các tổ chức nào|nhiệm vụ trọng tâm|những hoạt động|những lĩnh vực|các lĩnh vực|những mặt hàng|các mặt hàng|những (?:\w+ ){0,3}nào)", re.I)
_QUANTITY_RE = re.compile(r"(bao nhiêu|mấy|số lượng|bao nhieu|may\b|tổng số|tổng cộng|là bao nhiêu|con số|^(?:riêng |tổng )?số\s+(?!hiệu\b|ký hiệu\b|văn bản\b)\w+)", re.I)
_SUM_RE = re.compile(r"(tổng cộng|cộng lại|tổng số .+ và |cả hai|gộp|tong cong|cộng cả|^\s*(?:nếu\s+)?cộng\s.+\svới\s)", re.I)
# a comparative asks a difference when the question word follows it ("nhiều hơn … bao nhiêu"), not in "có mấy mẫu
# có hàm lượng thấp hơn công bố" (a description of what is counted)
_DIFF_RE = re.compile(r"(chênh lệch|chenh lech|(?:nhiều|ít|cao|thấp|nhieu|it|cao|thap)? ?hơn .{0,60}(?:bao nhiêu|mấy|bao nhieu|\bmay\b)|"
                      r"kém .{0,30}bao nhiêu|hon .{0,60}(?:bao nhieu|\bmay\b))", re.I)
_REMAIN_RE = re.compile(r"(còn lại|chưa được|chưa giải quyết|chưa xong|không đạt|con lai|chua)", re.I)
_RATIO_RE = re.compile(r"(tỷ lệ|tỉ lệ|tỷ trọng|chiếm bao nhiêu|bao nhiêu phần trăm|ty le|chiem)", re.I)
# the question asks about plans or targets, not results ("kế hoạch năm 2022", "phấn đấu đạt")
# "chỉ tiêu" as an indicator, no target: a quality criterion a sample fails ("vi phạm chỉ tiêu nào", "không đạt chỉ
# tiêu hàm lượng …"), a table of indicators ("biểu tổng hợp chỉ tiêu", "các chỉ tiêu chủ yếu")
_CRITERION_Q_RE = re.compile(r"\b(?:(?:vi phạm|không đạt|vi pham|khong dat|(?:biểu|bảng|bieu|bang)(?: tổng hợp| tong hop)?)\s+"
                             r"(?:các\s+|cac\s+)?(?:chỉ tiêu|chi tieu)|(?:chỉ tiêu|chi tieu)\s+(?:chủ yếu|chu yeu))\b", re.I)
PLAN_RE = re.compile(r"\b(kế hoạch|phấn đấu|mục tiêu|chỉ tiêu|dự kiến|định hướng|phương hướng|nhiệm vụ năm|sẽ|"
                      r"ke hoach|phan dau|muc tieu|chi tieu|du kien)\b", re.I)
# the plan abbreviated ("KH năm 2024 giao …"), not "Sở KH&CN" nor a document's number "05/KH-TĐC"
PLAN_ABBR_RE = re.compile(r"(?<![/-])\bKH\b(?!\s*[&/-])")
# a percentage of the plan: "bao nhiêu % kế hoạch (năm)", "bao nhiêu phần trăm so với chỉ tiêu"
OF_PLAN_Q_RE = re.compile(r"(?:%|phần trăm|phan tram)\s*(?:so với\s+|so voi\s+)?(?:kế hoạch|chỉ tiêu|ke hoach|chi tieu|KH\b)", re.I)
# the year's plan named ("kế hoạch năm", "chỉ tiêu cả năm"), not a span's ("kế hoạch năm 2021-2025")
YEAR_PLAN_Q_RE = re.compile(r"\b(?:kế hoạch|chỉ tiêu|ke hoach|chi tieu|KH)\s+(?:cả\s+|ca\s+)?(?:năm|nam)\b(?!\s+(?:19|20)\d{2}\s*[-–])",
                            re.I)
# the span of a plan written at a position: "kế hoạch 6 tháng", "kế hoạch năm" ("104,7% kế hoạch 6 tháng (…)")
_PLAN_SPAN_RE = re.compile(r"\s*(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu)\s+(\d{1,2}\s+tháng|quý\s+[IV]{1,3}|(?:cả\s+)?năm)\b", re.I)


def plan_of_part(text: str, at: int) -> bool:
    """Is the plan written at ``at`` a part of the year's ("kế hoạch 6 tháng", "kế hoạch quý II"), not the year's
    own ("kế hoạch năm")?"""
    span = _PLAN_SPAN_RE.match(text, at)
    return bool(span) and not span.group(1).lower().endswith("năm")


_FOLLOW_RE = re.compile(r"^(còn|thế còn|vậy còn|vậy|thế|con|the con|vay con)\b|(thì sao|thế nào|ra sao|thi sao|the nao)\s*\??$", re.I)


def question_unit(q: str) -> str | None:
    """The unit noun phrase right after "bao nhiêu"/"mấy"/"số" ("bao nhiêu hồ sơ" → "hồ sơ"; "Số PTĐ … tăng
    bao nhiêu so với …" → "PTĐ")."""
    asked = re.search(r"(?:bao nhiêu|bao nhieu|mấy)\s+(.+)", q, re.I)
    degree = _DEGREE_ASKED_RE.match(asked.group(1)) if asked else None
    if degree:  # "bao nhiêu người có trình độ thạc sĩ": counted as the report counts them, "06 thạc sĩ"
        return degree.group(1)
    unit = _unit_words(asked.group(1)) if asked else None
    if unit is None:
        m = re.search(r"(?:tổng số|số lượng|\bsố)(?!\s+liệu\b)\s+(.+)", q, re.I)  # "bảng số liệu" is no count
        if m and (asked is None or m.start() < asked.start() and not _RATE_WORDS_RE.search(q)):
            unit = _unit_words(m.group(1))  # (the subject before "bao nhiêu", not "… so với số lô được kiểm tra")
    return unit


# a span of years as a question or a title writes it: "2021-2025", "2016 – 2020"
YEAR_SPAN_RE = re.compile(r"\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b")
# people counted by their degree: "người có trình độ thạc sĩ", "cán bộ có bằng tiến sĩ"
_DEGREE_ASKED_RE = re.compile(r"(?:người|cán bộ|viên chức|công chức|nhân viên|lao động|nguoi|can bo|vien chuc)\s+"
                              r"(?:có\s+|co\s+)?(?:trình độ|học vị|bằng|trinh do|hoc vi|bang)\s+(?:chuyên môn\s+)?"
                              r"(tiến sĩ|thạc sĩ|đại học|cao đẳng|trung cấp|kỹ sư|cử nhân|tien si|thac si|dai hoc|cao dang|"
                              r"trung cap|ky su|cu nhan)\b", re.I)
_RATE_WORDS_RE = re.compile(r"(tỷ lệ|tỉ lệ|phần trăm|%)", re.I)


# an organisation's name as a question writes it after the unit (capitalised: "phòng thử nghiệm" is a unit)
_ORG_OPENS_RE = re.compile(r"(?:Chi cục|Trung tâm|Tổng cục|Sở|Viện|Cục|Công ty|UBND|QUATEST|TTKT|TĐC)\b")


def _unit_words(text: str) -> str | None:
    words = []
    found = re.findall(r"[^\W\d_]+(?:&[^\W\d_]+)?|%|[,;:(]|(?<![^\W\d_-])\d+", text)
    for i, w in enumerate(found):
        lw = w.lower()
        if lw == "áp" and words and i + 1 < len(found) and found[i + 1].lower() != "dụng":
            words.append(w)  # "huyết áp kế", "áp suất": a thing's name, not "áp dụng"
            continue
        if lw in ",;:(" or lw.isdigit():  # "bao nhiêu đồng hồ nước 6 tháng đầu năm": the unit ends at a number
            break
        if lw in _STOP_UNIT or lw in _ENDS_UNIT:
            break
        if words and _ORG_OPENS_RE.match(" ".join(found[i : i + 2])):
            break  # "Số phương tiện đo Chi cục TĐC Đồng Nai kiểm định": the unit, not who did it
        if words and (lw in ("lĩnh", "thuộc", "riêng") or lw in _VERB_AFTER_UNIT):
            # "hồ sơ đăng ký lĩnh vực giám định": the kind, not the unit; "doanh nghiệp áp dụng …": what they did
            break
        words.append(w)
        if len(words) == 6:
            break
    return " ".join(words) or None


_MONEY_HEAD_RE = re.compile(r"^(?:số\s+)?(?:tiền|kinh phí|doanh thu|nguồn thu|trị giá|giá trị|vốn|chi phí|ngân sách|dự toán)\b", re.I)
_MONEY_Q_RE = re.compile(r"(bao nhiêu tiền|số tiền|tiền phạt|\bphạt\b|kinh phí|doanh thu|nguồn thu|trị giá|giá trị|"
                         r"mức đầu tư|vốn đầu tư|chi phí|ngân sách|thu được|thu về|bỏ ra|chi ra|chi trả|giải ngân)", re.I)
_SCALE_HEAD_RE = re.compile(r"^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+(?=\S)", re.I)


def money_unit(q: str, unit: str | None) -> str | None:
    """Amounts of money are written "45 triệu đồng", "2,5 tỷ đồng": a question about money (a fine, revenue,
    an investment, "bao nhiêu tiền") wants "đồng", whatever scale it names."""
    if unit and _SCALE_HEAD_RE.match(unit):
        return _SCALE_HEAD_RE.sub("", unit)  # "bao nhiêu tỷ đồng": the scale is part of the number
    if unit and _MONEY_HEAD_RE.match(unit):
        return "đồng"
    if not unit and _MONEY_Q_RE.search(q):
        return "đồng"
    if not unit and _MASS_Q_RE.search(q):
        return MASS_UNIT
    return unit


# "tổng khối lượng thép … là bao nhiêu" asks tonnes or litres, never the "lô hàng" counted beside them
# (not "khối lượng công việc", nor the metrology field "lĩnh vực khối lượng")
_MASS_Q_RE = re.compile(r"(?<!lĩnh vực )\b(?:khối lượng|sản lượng|trọng lượng)\b(?!\s+công việc)", re.I)
MASS_UNIT = "khối lượng"


_MONEY_FOLDED_RE = re.compile(r"\b(?:bao nhieu tien|so tien|tien phat|kinh phi|doanh thu|nguon thu|nop ngan sach)\b")


def money_folded(q: str) -> bool:
    """A question typed without diacritics asks about money ("bao nhieu tien": restoring the accents
    cannot tell "tiền" from "tiện")."""
    return bool(_MONEY_FOLDED_RE.search(fold(q)))


def _asks_count(q: str) -> bool:
    """"Tỷ lệ 32,9% … được tính trên bao nhiêu mẫu?" asks a count, not a percentage."""
    unit = question_unit(q)
    return bool(re.search(r"(bao nhiêu|mấy)\s+(?!phần trăm|%)[^\W\d_]", q, re.I)) and bool(unit) and unit.split()[0].lower() not in ("phần", "%")


# the kinds of documents and standards a question may ask the identifier of, as the identifier writes them
# ("Quyết định số 1523/QĐ-TĐC", "QCVN 7:2019/BKHCN"); "*": any document's number ("văn bản", "biểu mẫu")
_IDENTIFIER_TYPES = (
    (r"quyết định|quyet dinh", "QĐ"), (r"thông tư(?: liên tịch)?|thong tu", "TT"), (r"nghị định|nghi dinh", "NĐ"),
    (r"nghị quyết|nghi quyet", "NQ"), (r"chỉ thị|chi thi", "CT"), (r"kế hoạch|ke hoach", "KH"),
    (r"báo cáo|bao cao", "BC"), (r"quy chuẩn(?: kỹ thuật)?(?: quốc gia| địa phương)?|quy chuan|QCVN|QCĐP", "QCVN"),
    (r"tiêu chuẩn(?: quốc gia)?|tieu chuan|TCVN", "TCVN"), (r"VILAS|VICAS|VIAS", "VILAS"),
    (r"văn bản(?: quy phạm pháp luật)?|van ban|công văn|cong van|biểu mẫu|bieu mau|mẫu(?= số)|mau(?= so)", "*"),
)
_IDENTIFIER_TYPE_RE = re.compile("|".join(rf"(?P<t{i}>\b(?:{w})\b)" for i, (w, _) in enumerate(_IDENTIFIER_TYPES)), re.I)
# the identifier asked after the document's name: "… số mấy / số nào / số hiệu là gì", "QCVN nào" (right after the
# name: "những quy chuẩn nào" is a list, and "tổng số bao nhiêu" a count)
_IDENTIFIER_ASK_RE = re.compile(r"\b(?:(?<!những )số\s+(?:mấy|nào|gì)|so\s+(?:may|nao)|(?<!tổng )số\s+bao nhiêu(?=\s*\??\s*$)"
                                r"|(?:số|so)\s+(?:ký\s+|ky\s+)?(?:hiệu|hieu))\b", re.I)
_IDENTIFIER_NEXT_RE = re.compile(r"\s+(?:nào|gì|nao)\b", re.I)
# an accreditation's code asked right after its name: "mã số VILAS bao nhiêu?", "mã số công nhận VILAS là gì?" (not
# "được công nhận VILAS bao nhiêu chỉ tiêu": a count)
_CODE_NEXT_RE = re.compile(r"\s+(?:là\s+)?(?:số\s+)?(?:nào|gì|nao|(?:bao nhiêu|mấy|bao nhieu|may)(?=\s*(?:\?|$|,|;|và\b)))", re.I)
_CODE_NAMED_RE = re.compile(r"\b(?:mã số|số hiệu|mã hiệu|ký hiệu|mã|ma so|so hieu)(?:\s+\S+){0,2}\s+$", re.I)
_NUMBER_OF_RE = re.compile(r"\b(?:số|so)\s+(?:ký\s+|ky\s+)?(?:hiệu|hieu)\s+$", re.I)  # "số (ký) hiệu" before "văn bản"
IDENTIFIER_GAP = 100  # how far before "số mấy / số hiệu" the document's name may stand


def _kind_named(m: re.Match[str]) -> str:
    return _IDENTIFIER_TYPES[int(m.lastgroup[1:])][1]


def identifier_kind(name: str) -> str | None:
    """The kind of identifier a document's name gives ("Quyết định số" → "QĐ", "Mẫu số" → "*"), else None."""
    m = _IDENTIFIER_TYPE_RE.search(name)
    return _kind_named(m) if m else None


def asked_identifier(q: str) -> str | None:
    """The identifier a question asks, as the kind its identifier writes ("QĐ", "TT", "QCVN", "TCVN", "BC", "*"
    for any document's), else None: "Năm 2023 … chỉ định bổ sung … tại quyết định số mấy?" → "QĐ"; "Các mẫu
    xăng không đạt … theo QCVN nào?" → "QCVN". The name nearest before the asking words decides."""
    found = None
    for m in _IDENTIFIER_TYPE_RE.finditer(q):
        kind = _kind_named(m)
        if kind == "*" and _NUMBER_OF_RE.search(q[: m.start()]):
            continue  # "Báo cáo … mang số hiệu văn bản nào?": "số hiệu văn bản" is how a number is asked, of the report
        if re.search(r"\b(?:những|các|nhung|cac)(?:\s+\S+){0,3}\s+$", q[: m.start()], re.I):
            continue  # "những nghị định nào", "những ban kỹ thuật tiêu chuẩn quốc gia nào": a list
        if m.group(0)[0].isupper() and not m.group(0).isupper() and re.search(r"(?<!^)\b[A-ZĐ]\w*\s+$", q[: m.start()]):
            continue  # a name: "Tạp chí Tiêu chuẩn Đo lường Chất lượng", "Chi cục Tiêu chuẩn …"
        coded = kind == "VILAS" and _CODE_NAMED_RE.search(q[: m.start()])
        if (_CODE_NEXT_RE if coded else _IDENTIFIER_NEXT_RE).match(q, m.end()):
            found = (m.end(), kind)
            continue
        ask = _IDENTIFIER_ASK_RE.search(q, m.end(), m.end() + IDENTIFIER_GAP)
        if ask and not _IDENTIFIER_TYPE_RE.search(q, m.end(), ask.start()):
            found = (ask.end(), kind)
    return found[1] if found else None


def content_terms(q: str) -> list[str]:
    folded = not has_diacritics(q)
    stop = _FOLDED_QWORDS if folded else QUESTION_WORDS
    return [s for s in syllables(q, fold=folded) if s not in stop and not YEAR_RE.fullmatch(s)]


# "năm" (year) and the folded "sau" (after), "bay", "tam" are left alone: they are other words too
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                 "mười": 10, "mười một": 11, "mười hai": 12, "mot": 1, "bon": 4, "chin": 9, "muoi": 10}
_PERIOD_RE = re.compile(r"\b(mười một|mười hai|một|hai|ba|bốn|sáu|bảy|tám|chín|mười|mot|bon|chin|muoi)"
                        r"(\s+)(tháng|quý|tuần|thang|quy|tuan|pha)\b(?!\s*\d)", re.I)  # ("công tơ điện một pha" as written: "1 pha")
_HALF_RE = re.compile(r"\b(nửa|nua)\s+(đầu|cuối|dau|cuoi)(\s+năm|\s+nam)?\b", re.I)


def spell_periods(q: str) -> str:
    """Periods as reports write them: "sáu tháng đầu năm" / "nửa đầu năm" → "6 tháng đầu năm" (and "ba pha" → "3 pha")."""
    q = _HALF_RE.sub(lambda m: f"6 tháng {m.group(2)} năm", q)
    return _PERIOD_RE.sub(lambda m: f"{_NUMBER_WORDS[m.group(1).lower()]}{m.group(2)}{m.group(3)}", q)


# the way staff write the name of Hồ Chí Minh City, which reports spell out ("Chi cục TĐC Thành phố Hồ Chí Minh")
_HCM_RE = re.compile(r"\b(?:TP|Tp|tp)\s?\.?\s?(?:HCM|HCMC|Hồ Chí Minh|Ho Chi Minh)\b|\bTPHCM\b")


def spell_names(q: str) -> str:
    """Names as reports write them: "TP.HCM" / "TP. Hồ Chí Minh" → "Thành phố Hồ Chí Minh"."""
    return _HCM_RE.sub("Thành phố Hồ Chí Minh", q)


def analyze(question: str, followup: bool = True) -> Analysis:
    """``followup``: a closing bracket may hold the previous question's words (``resolve_followup``); a
    question of its own ("… sau đại học (tiến sĩ và thạc sĩ)?") is read whole."""
    q = spell_periods(normalize_text(question))
    # years the question is about — not those inside document numbers or dates ("19/2014/QĐ-TTg", "24/2/2021")
    from assistant.numbers import find_quantities

    quantities = find_quantities(q)
    years = sorted({int(x.value) for x in quantities if x.kind == "year" and x.value
                    and not re.search(r"\d/\s*$", q[: x.start])  # "Thông tư 24/2013": a document number
                    and not _NAMED_YEAR_RE.search(q[: x.start])}  # "GS1 Sunrise 2027": part of a name
                   | _asked_at_years(q, quantities))
    refs = reference_years(q)
    if not refs and len(years) == 1 and _PRIOR_REF_RE.search(q) and _CHANGE_ASKED_RE.search(q):
        refs = {years[0] - 1}  # "năm 2023 … giảm bao nhiêu so với cùng kỳ năm trước": against 2022
    if refs and set(years) - refs:
        years = sorted(set(years) - refs)  # "năm 2021 … tăng bao nhiêu so với năm 2020": the 2021 report
    elif refs and years:
        years = sorted({y + 1 for y in refs})  # "tăng bao nhiêu so với năm 2018": the figure of 2019
    identifier = asked_identifier(q)
    if _DATE_RE.search(q):
        kind = "date"
    elif identifier:
        kind = "text"  # "quyết định số mấy?", "theo QCVN nào?": a document's or standard's identifier
    elif _PERSON_RE.search(q) and not _QUANTITY_RE.search(q):
        kind = "person"
    elif extreme_asked(q) and not _HOW_MANY_RE.search(q):
        kind = "place" if _PLACE_RE.search(q) else "text"  # "mặt hàng nào có tỷ lệ mẫu không đạt cao nhất", "Hai
        # loại PTĐ nào có số lượng không đạt nhiều nhất": a row's name, not its rate or count
    elif _PLACE_RE.search(q) and not _QUANTITY_RE.search(q):
        kind = "place"
    elif PERCENT_RE.search(q) and not _asks_count(q):
        kind = "percent"
    elif _QUANTITY_RE.search(q):
        kind = "number"
    elif _LIST_RE.search(q):
        kind = "list"
    else:
        kind = "text"
    op = None
    follow = re.search(r"\s\(([^()]{3,300})\)\?$", q) if followup else None
    asked = q[: follow.start()] + "?" if follow else q  # a follow-up's own words decide the operation, not its context
    if kind in ("number", "percent"):
        if _DIFF_RE.search(asked):
            op = "diff"
        elif _SUM_RE.search(asked):
            op = "sum"
        elif _REMAIN_RE.search(asked) and re.search(r"(còn lại|con lai|trong số|trong tổng|trong \d|trên tổng)", q, re.I):
            op = "remainder"
        elif kind == "percent" and _RATIO_RE.search(asked):
            op = "ratio"  # tried only when no percentage is stated
        # (the two ends of one span, "giai đoạn 2021-2025 đạt bao nhiêu % so với mục tiêu", are no two years compared)
        spanned = {int(y) for span in YEAR_SPAN_RE.findall(asked) for y in span}
        compared = len(years) >= 2 and not set(years) <= spanned
        if op == "diff" and compared:
            op = "compare_years"
        if op in (None, "ratio") and compared and re.search(r"(tăng|giảm|so với|so voi|tang|giam)", asked, re.I):
            op = "compare_years"
    exclusion = (r"^(?:theo|trong|ở)\s+(?:các\s+)?báo cáo(?:\s+tổng kết)?(?:\s+(?:công tác\s+)?năm)?\s+\d{4}\s*,?\s*"
                 rf"|{_SOURCE_SAID}"
                 r"|\((?:không tính|không kể|trừ|ngoài)[^)]*\)|\bkhông (?:tính|kể)\s+[^,?]+"
                 r"|\(\s*(?:làm tròn|lam tron)[^)]*\)|,?\s*làm tròn (?:đến )?(?:\w+ )?(?:chữ số|số)[^,?]*")
    core = re.sub(exclusion, " ", q[: follow.start()] + "?" if follow else q, flags=re.I)
    planned = _CRITERION_Q_RE.sub(" ", OF_PLAN_Q_RE.sub(" ", q) if kind == "percent" else q)
    ctx = re.match(r"^\s*((?:trong|đối với|về|riêng|khi|qua|sau khi)\s+(?:tổng\s+)?(?:số\s+)?[^,?]{3,120}),\s*(?=.*(?:bao nhiêu|mấy|nào|gì|ai))", core, re.I)
    return Analysis(
        prefix=ctx.group(1) if ctx else "", follow=follow.group(1) if follow else "", search_text=q,
        core=" ".join(core.split()),
        question=q, kind=kind, op=op, unit=money_unit(q, question_unit(q)) if kind == "number" else question_unit(q) if kind == "percent" else None,
        years=years, folded=not has_diacritics(q),
        compared=sorted(refs - set(years)) if kind in ("number", "percent") and op in (None, "ratio", "diff")
        and len(years) == 1 and len(refs) == 1 and _CHANGE_VERB_RE.search(asked) else [],
        # ("đạt bao nhiêu % kế hoạch năm" measures a result against its plan; "phấn đấu đạt …" asks the plan)
        plan=bool(PLAN_RE.search(planned) or PLAN_ABBR_RE.search(planned)),
        ordinal=bool(re.search(r"\b(?:lần )?thứ (?:mấy|bao nhiêu)", q, re.I)),
        identifier=identifier,
    )


# where the figure is to be read, not what it counts: "Theo số liệu chính thức trong báo cáo tóm tắt của …, ",
# "(số liệu chính xác, không làm tròn)"
# (only where it asks the exact figure of a source it names: "Theo bảng kết quả theo lĩnh vực đo, …", "Theo số liệu
# đã được điều chỉnh …" or "Theo số liệu chính thức tính đến ngày 20/6/2024, …" say what is asked)
_SOURCE_SAID = (r"^theo\s+(?:số liệu|báo cáo|bảng|phụ lục|biểu)\b(?=[^,?]{0,150}\b(?:chính xác|chính thức|làm tròn)\b)"
                r"(?=[^,?]{0,150}\b(?:báo cáo|bài báo|bài viết)\b)"  # (a source named: not "… tính đến ngày 20/6/2024")
                r"[^,?(]{0,150}(?:\([^()]*\)[^,?(]{0,60})?,\s*"
                r"|\([^()]*\b(?:chính xác|chính thức|làm tròn)\b[^()]*\)")
_SOURCE_SAID_RE = re.compile(_SOURCE_SAID, re.I)


def searched(a: Analysis) -> str:
    """What retrieval searches for a question: as typed, less the words saying where to read its figure (they
    would find the passage that talks about the sources, "số liệu trong bài viết có làm tròn") and the unit whose
    reports it is routed to (they would find its letterhead)."""
    text = a.search_text or a.question
    return unsaid(_SOURCE_SAID_RE.sub(" ", text), a) or text


def unsaid(text: str, a: Analysis) -> str:
    """``text`` less the words naming the unit whose reports the question is routed to ("… của Trung tâm Kỹ thuật TĐC
    Bắc Giang": the reports searched are that unit's own, and its name would find their letterhead), spaces tidied."""
    for said in a.unit_said:
        text = text.replace(said, " ")
    return " ".join(text.split())


_REF_YEAR_RE = re.compile(r"(?:so với|so voi|cùng kỳ|cung ky)\s+(?:cùng kỳ\s+|cung ky\s+)?(?:năm\s+|nam\s+)?((?:19|20)\d{2})(?!\d)", re.I)


# a change against the year before, not named ("so với cùng kỳ năm trước", "so với năm ngoái", "so với cùng kỳ")
_PRIOR_REF_RE = re.compile(r"\b(?:so với|so voi|hơn|hon)\s+(?:(?:cùng kỳ|cung ky)(?:\s+(?:năm trước|nam truoc|năm ngoái|nam ngoai))?"
                           r"|năm trước|nam truoc|năm ngoái|nam ngoai)(?!\s*(?:đó|do)?\s*\d)", re.I)
_CHANGE_ASKED_RE = re.compile(r"\b(tăng|giảm|hơn|chênh|tang|giam|hon|chenh|hụt|sụt|hut|sut)\b", re.I)


def earlier_named(q: str) -> bool:
    """Does the question measure against an earlier period ("so với năm 2022", "so với cùng kỳ năm trước", "hơn năm
    ngoái")?"""
    return bool(reference_years(q) or _PRIOR_REF_RE.search(q))


def reference_years(q: str) -> set[int]:
    """Years a figure is compared with ("tăng 19% so với năm 2020"), not the year asked about."""
    # ("cùng kỳ năm 2024" with no change asked is the question's own year)
    return {int(m.group(1)) for m in _REF_YEAR_RE.finditer(q)
            if m.group(0).lower().startswith("so") or _CHANGE_ASKED_RE.search(q)}


def last_answer(history: list[Turn]) -> str:
    """The assistant's last answer in a conversation ("" when there is none)."""
    return next((t.content for t in reversed(history) if t.role == "assistant" and t.content.strip()), "")


def resolve_followup(question: str, history: list[Turn]) -> str:
    """Turn a follow-up into a self-contained question using the last user question.

    * "Còn năm 2016 thì sao?" after "Năm 2021 trình công bố bao nhiêu TCVN?" → the same with 2016;
    * "Còn quy chuẩn kỹ thuật quốc gia thì sao?" → the same question about QCVN;
    * "Tăng bao nhiêu phần trăm?", "Trong đó khảo sát bao nhiêu cơ sở?" → the new question, with the
      previous question's subject (and year) added as context.
    """
    q = normalize_text(question)
    at = next((i for i in range(len(history) - 1, -1, -1) if history[i].role == "user" and history[i].content.strip()), None)
    prev = normalize_text(history[at].content) if at is not None else None
    if not prev or normalize_text(prev) == q:
        return q
    if any(t.role == "user" and t.content.strip() for t in history[:at]):
        # (the previous question was itself a follow-up, "Còn lũy kế từ đầu năm đến hết tháng 10 thì được bao
        # nhiêu?": read as it was answered)
        prev = resolve_followup(prev, history[:at])
    # (a question without a year, "VMI hiện giữ bao nhiêu chuẩn …?", is about the year its answer gave)
    prev_year = next(iter(YEAR_RE.findall(prev)), None) or next(iter(YEAR_RE.findall(normalize_text(last_answer(history)))), None)
    relative = bool(_RELATIVE_YEAR_RE.search(q))  # "năm trước đó" points back at the previous question
    if prev_year:  # "Năm trước đó …?" after a question about 2019: 2018
        q = _RELATIVE_YEAR_RE.sub(lambda m: f"năm {int(prev_year) + (1 if m.group(1).lower() in ('sau', 'tiếp theo', 'tiep theo') else -1)}", q)
    against = _against_previous(q, prev)
    if against:
        return against
    # another period of the same thing ("Cả năm ngoái thì được bao nhiêu?" after "6 tháng đầu năm nay … bao nhiêu
    # PTĐ?"): the previous question with its period replaced (``again``); the period is no subject of the follow-up
    period, prev_period = _FOLLOW_PERIOD_RE.search(q), _FOLLOW_PERIOD_RE.search(prev)
    again, rest = prev, q
    if period and (prev_period is None or period.group(0).lower() != prev_period.group(0).lower()):
        said = period.group(0)
        if prev_period is None:  # "Cả năm 2016 thì sao?" after "Năm 2021 …": the period takes the year's place
            prev_period = re.search(r"\b(?:năm|nam)\s+((?:19|20)\d{2})\b", prev, re.I)
        kept = YEAR_RE.search(prev_period.group(0)) if prev_period else None
        if kept and not YEAR_RE.search(said):  # (the year asked before holds: "Cả năm 2018" → "6 tháng đầu năm 2018")
            said += f" {kept.group(0)}" if said.lower().endswith(("năm", "nam")) else f" năm {kept.group(0)}"
        again = f"{prev[: prev_period.start()]}{said}{prev[prev_period.end():]}" if prev_period else f"{said} {prev}"
        again = again[0].upper() + again[1:]
        rest = " ".join(f"{q[: period.start()]} {q[period.end():]}".split())
    compared = reference_years(q)
    q_years = [y for y in YEAR_RE.findall(q) if int(y) not in compared]
    prev_years = YEAR_RE.findall(prev)
    # ("Thế kế hoạch năm 2025 là bao nhiêu?": the plan of what was just asked, nothing of its own)
    own_words = _FILLER_RE.sub(" ", YEAR_RE.sub(" ", _FOLLOW_STRIP_RE.sub(" ", rest))).strip(" ,.?")
    plan_only = bool(_PLAN_ONLY_RE.fullmatch(own_words))
    deictic = relative or bool(_DEICTIC_RE.search(q)) or plan_only and bool(_OPENER_RE.match(q))
    if not (deictic or (prev_years and not q_years) or len(q.split()) <= 6):
        return q
    if plan_only and prev_years and not PERCENT_RE.search(q) and _QUANTITY_RE.search(prev):
        # "Thế kế hoạch năm 2025 là bao nhiêu?" after "Năm 2024 … kiểm định tổng cộng bao nhiêu phương tiện đo?": the
        # same question of the plan ("Kế hoạch năm 2025 … kiểm định tổng cộng bao nhiêu phương tiện đo?")
        plan = _ASKED_TAIL_RE.sub("", " ".join(_FOLLOW_STRIP_RE.sub(" ", rest).split())).strip(" ,")
        if not YEAR_RE.search(plan):
            plan += f" năm {prev_years[0]}"
        body = " ".join(_YEAR_PHRASE_RE.sub(" ", prev).split())
        return f"{plan[0].upper()}{plan[1:]} {body}"
    asks_new = bool(_ASKS_RE.search(rest)) and bool(own_words)
    base = again
    if q_years:
        first = YEAR_RE.search(again)  # (every mention of the year asked before: "tháng 10/2022 … lũy kế 10 tháng 2022")
        base = re.sub(rf"(?<!\d){first.group(0)}(?!\d)", q_years[0], again) if first else f"{again.rstrip('?')} năm {q_years[0]}?"
    if not asks_new:
        # same question, another subject and/or year
        subject = _FOLLOW_STRIP_RE.sub(" ", rest)
        subject = YEAR_RE.sub(" ", subject)
        subject = re.sub(r"\bnăm\b", " ", subject, flags=re.I)
        subject = " ".join(subject.split()).strip(" ,.?")
        if not _FILLER_RE.sub(" ", subject).strip(" ,.?"):  # "thì con số là bao nhiêu": no subject of its own
            subject = ""
        unit = question_unit(base)
        if subject and unit and _QUANTITY_RE.search(base) and len(subject.split()) >= 2:
            # "Thế còn số giấy chứng nhận bị thu hồi?": ask about the new subject, with its own verb;
            # the previous question (minus its subject) is context
            context = base.replace(unit, " ", 1)
            context = re.sub(r"(bao nhiêu|mấy|là|\?)", " ", context, flags=re.I)
            subject = re.sub(r"^(?:số|số lượng)\s+", "", subject, flags=re.I)
            return f"Bao nhiêu {subject} ({' '.join(context.split())})?"
        if subject and unit and subject.lower() != unit.lower():
            return base.replace(unit, subject, 1)
        return base if not subject else f"{base.rstrip('?')} {subject}?"
    # (the previous question with the period the follow-up names in place of its own: "Thế còn cả năm 2023 thì …"
    # after "Nửa đầu năm 2024 …" is no question about a half year)
    # (a part of the period asked before keeps it: "Vậy riêng quý I …" after "6 tháng đầu năm 2018 …")
    whole_year = bool(period and prev_period and _WHOLE_YEAR_RE.match(period.group(0)) and not _WHOLE_YEAR_RE.match(prev_period.group(0)))
    context = re.sub(r"(bao nhiêu|mấy|là ai|\bai\b|là gì|ngày nào|khi nào|\?)", " ", again if whole_year else prev, flags=re.I)
    if q_years:
        context = YEAR_RE.sub(" ", context)
    return f"{q.rstrip('?')} ({' '.join(context.split())})?"


_WHOLE_YEAR_RE = re.compile(r"(?:cả|ca)\s+(?:năm|nam)\b", re.I)


def _against_previous(q: str, prev: str) -> str | None:
    """A follow-up that sets the figure just asked against another one it names by a year ("So với số thực hiện
    năm 2020 thì phải kiểm định thêm bao nhiêu PTĐ nữa?", "Như vậy nhiều hơn số thực hiện năm 2020 bao nhiêu cơ sở?"
    after "Kế hoạch năm 2021 kiểm định bao nhiêu phương tiện đo?"): one question asking the difference of the two,
    the earlier question's subject first. A rate ("tăng bao nhiêu phần trăm") and an earlier time named alone
    ("So với năm 2020 thì …") are left to the answerer, which works them from the figure just given."""
    m = _AGAINST_RE.match(q) or _MORE_THAN_RE.match(q)
    if not m or PERCENT_RE.search(q) or _TIMES_RE.search(q) or not _QUANTITY_RE.search(prev):
        return None
    other = " ".join(m.group("other").split()).strip(" ,")
    other = re.sub(r"^(?:số liệu|con số|số)\s+", "", other, flags=re.I)  # "số thực hiện": no count of "thực hiện"
    if not YEAR_RE.search(other) or not _FILLER_RE.sub(" ", YEAR_RE.sub(" ", re.sub(
            r"\b(?:so với|cùng kỳ|số|năm)\b", " ", other, flags=re.I))).strip(" ,.?"):
        return None  # "so với năm 2020": an earlier time alone
    subject = re.sub(r"\b(?:là\s+)?(?:bao nhiêu|mấy|bao nhieu)\b|\?", " ", prev, flags=re.I)
    subject = " ".join(subject.split()).strip(" ,.")
    asked = re.search(r"\b(?:bao nhiêu|mấy|bao nhieu)\b.*", q, re.I)
    unit = (question_unit(asked.group(0)) if asked else None) or question_unit(prev) or ""
    # what the other figure counts, as the earlier question says it, less its plan words and years
    doing = _SET_TARGET_RE.sub(" ", PLAN_RE.sub(" ", YEAR_RE.sub(" ", subject)))
    doing = re.sub(r"\b(?:năm|nam)\b", " ", doing, flags=re.I)
    named = set(other.lower().split())
    doing = " ".join(w for w in doing.split() if w.lower() not in named)
    return f"{subject} nhiều hơn {other} {doing} bao nhiêu {unit}".rstrip() + "?"


# "So với số thực hiện năm 2020 thì phải kiểm định thêm bao nhiêu PTĐ nữa?", "Vậy so với … thì cao hơn bao nhiêu?"
_AGAINST_RE = re.compile(r"^\s*(?:(?:như vậy|vậy|thế|còn|nhu vay|vay|the|con)\s*,?\s+)?(?:so với|so voi)\s+(?P<other>.+?)\s+"
                         r"(?:thì|thi)\s+(?=.*\b(?:nhiều hơn|ít hơn|cao hơn|thấp hơn|chênh lệch|thêm|tăng|giảm|hơn|nhieu hon|"
                         r"it hon|them|tang|giam|hon)\b)(?=.*\b(?:bao nhiêu|mấy|bao nhieu)\b)", re.I)
# "Như vậy nhiều hơn số thực hiện năm 2020 bao nhiêu cơ sở?"
_MORE_THAN_RE = re.compile(r"^\s*(?:(?:như vậy|vậy|thế|nhu vay|vay|the)\s*,?\s+)?(?:nhiều hơn|ít hơn|cao hơn|thấp hơn|"
                           r"nhieu hon|it hon|cao hon|thap hon)\s+(?P<other>.+?)\s+(?:là\s+)?(?:bao nhiêu|mấy|bao nhieu)\b", re.I)
_SET_TARGET_RE = re.compile(r"\b(?:đặt ra|đề ra)\b", re.I)  # a target's verb, beside PLAN_RE's nouns
_TIMES_RE = re.compile(r"\b(?:mấy|bao nhiêu) lần\b", re.I)  # "gấp mấy lần": a ratio, not a difference


def _asked_at_years(q: str, quantities: list) -> set[int]:  # noqa: ANN001 - Quantity list
    """The years of the time points a question is asked at: "tháng 11/2022", "đến 30/6/2024" (not a
    document's date, "Quyết định … ngày 24/2/2021")."""
    out = set()
    for x in quantities:
        m = re.fullmatch(r"(?:\d{1,2}/)?(\d{1,2})/((?:19|20)\d{2})", x.text) if x.kind == "date" else None
        if m and 1 <= int(m.group(1)) <= 12 and (x.text.count("/") == 1 or _AS_OF_RE.search(
                q[: x.start] + x.text[: x.text.rfind("/") + 1])):
            out.add(int(m.group(2)))
    return out


# a change asked of a figure ("năm 2022 tăng bao nhiêu … so với năm 2021"): worked from both years when not stated
_CHANGE_VERB_RE = re.compile(r"\b(tăng|giảm|tang|giam|hơn|hon|hụt|sụt|hut|sut)\b"
                             # ("năm 2024 bằng bao nhiêu phần trăm so với năm 2023": one year's figure over the other's)
                             r"|\b(?:bằng|bang)\s+(?:bao nhiêu|bao nhieu|mấy)\s*(?:phần trăm|phan tram|%)", re.I)
# a time point the question is asked at: "(cuối) tháng 11/", "đến (hết) ngày 30/6/"
_AS_OF_RE = re.compile(r"(?:\btháng\s+\d{1,2}|\b(?:đến|tới|tính đến|den|toi)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+)?"
                       r"\d{1,2}/\d{1,2})/\s*$", re.I)
# a reporting period with its year, as a follow-up names it: "cả năm 2023", "6 tháng đầu năm nay", "9 tháng", "quý III/2023",
# "lũy kế 9 tháng"
_FOLLOW_PERIOD_RE = re.compile(r"\b(?:(?:lũy kế|luỹ kế|luy ke|cộng dồn|cong don)\s+)?(?:cả năm|ca nam|nửa (?:đầu|cuối) năm|(?:\d{1,2}|sáu|chín) tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?|"
                               r"quý\s+(?:[IV]+|\d)(?:\s+năm)?)(?:\s*/?\s*(?:nay|(?:19|20)\d{2}))?\b", re.I)
_RELATIVE_YEAR_RE = re.compile(r"\b(?:năm|nam) (trước|ngoái|liền trước|sau|tiếp theo|truoc|ngoai|lien truoc|tiep theo)(?: đó| do)?\b", re.I)
# the words of a follow-up that asks the previous question again ("Còn năm trước thì con số là bao nhiêu?")
_FILLER_RE = re.compile(r"\b(?:năm|nam|con số|con so|số liệu|so lieu|kết quả|ket qua|là|la|được|duoc|đạt|dat|thì|thi|"
                        r"có|co|bao nhiêu|bao nhieu|mấy|may|đó|do|này|nay|ạ|nhỉ|vậy|vay|thế|the|riêng|rieng)\b", re.I)
_FOLLOW_STRIP_RE = re.compile(r"^(còn|thế còn|vậy còn|vậy|thế|con|the con|vay con)\b|(thì sao|thế nào|ra sao|thi sao|the nao)|"
                              r"\b(cùng kỳ|cung ky)\b|\?", re.I)
# a follow-up asking only the plan of what was just asked: "Thế kế hoạch năm 2025 (là bao nhiêu)?"
_PLAN_ONLY_RE = re.compile(r"(?:(?:kế hoạch|chỉ tiêu|mục tiêu|dự kiến|của|cho|cả|đề ra|giao|được giao)\s*)+", re.I)
# what a follow-up asks after naming its subject: "(kế hoạch năm 2025) là bao nhiêu", "thì được mấy"
_ASKED_TAIL_RE = re.compile(r"\s*\b(?:là|thì|được|đạt)?\s*\b(?:bao nhiêu|mấy|bao nhieu)\b.*$", re.I)
# a year as a question names it: "Năm 2024", "trong năm 2024"
_YEAR_PHRASE_RE = re.compile(r"\b(?:trong\s+)?(?:năm|nam)\s+(?:19|20)\d{2}\b,?", re.I)
# a follow-up's opening word: "Thế …", "Vậy …" (so, then)
_OPENER_RE = re.compile(r"^\s*(?:thế|vậy)\b", re.I)
_DEICTIC_RE = re.compile(r"(^còn\b|^thế còn|^vậy còn|thì sao|ra sao|trong (?:số )?đó|\bđó\b|\bnày\b|\btrên\b|năm trước|^con\b|thi sao)", re.I)
_ASKS_RE = re.compile(r"(bao nhiêu|mấy|\bgì\b|\bai\b|\bnào\b|\bđâu\b|phần trăm|tỷ lệ|tỉ lệ|bao nhieu|\bgi\b)", re.I)
