"""Arithmetic questions: what to compute and over which parts.

The operation is read from the question's wording (Vietnamese markers, not report sentences):

* ``sum``        "tổng cộng", "cộng cả", "tính cả A và B", "cộng A với B"
* ``diff``       "A nhiều hơn / ít hơn / chênh lệch B bao nhiêu"
* ``remainder``  "ngoài A (và B) … còn (lại) bao nhiêu"
* ``complement`` "đạt yêu cầu", "không vi phạm", "chưa …" — the total minus the stated opposite
* ``ratio``      "tỷ lệ …", "chiếm bao nhiêu phần trăm …" (when no percentage is stated)
* ``average``    "bình quân / trung bình mỗi X … bao nhiêu Y"

Each part is a sub-question answered by the same extractive machinery; the computation is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.question import COUNT_WORDS

_ROUND_WORDS = {"một": 1, "1": 1, "hai": 2, "2": 2, "ba": 3, "3": 3, "không": 0, "0": 0}


@dataclass
class Plan:
    op: str
    parts: list[str] = field(default_factory=list)
    shared: str = ""  # words of the question outside the parts (context for every part)
    flipped: str | None = None  # complement: the question about the stated opposite
    count_unit: str | None = None  # average: "mỗi X"
    total_phrase: str | None = None  # ratio: "trên tổng số Y"
    decimals: int | None = None
    shared_weight: float = 0.35  # how much the words outside the parts count for each part
    explicit: bool = True  # the question says to add ("tổng cộng", "cộng"), not just "tổng số X …, …"
    periods: bool = False  # the parts are periods of one figure ("quý I và quý II"): a total row's cells serve
    optional: bool = False  # worked when the text allows it, else the question is a plain lookup ("không tính X, …")


def rounding(q: str) -> int | None:
    m = re.search(r"làm tròn\s+(?:đến\s+)?(\w+)\s+chữ số", q, re.I)
    if m and m.group(1).lower() in _ROUND_WORDS:
        return _ROUND_WORDS[m.group(1).lower()]
    if re.search(r"làm tròn (?:đến )?(?:số )?(?:nguyên|hàng đơn vị)", q, re.I):
        return 0
    return None


def _clean(q: str) -> str:
    q = re.sub(r"\((?:làm tròn|tính|lam tron)[^)]*\)", " ", q, flags=re.I)
    return " ".join(q.split())


def _split_items(text: str) -> list[str]:
    # "(cân phân tích, kỹ thuật; cân bàn, đĩa; cân ô tô)": a list parted by ";" keeps each item's commas
    sep = r";" if ";" in text else r",|\s(?:và|hoặc|với|cùng|lẫn)\s"
    items = [p.strip(" ,.?") for p in re.split(sep, text)]
    items = [re.sub(r"^(?:và|hoặc)\s+", "", p, flags=re.I) for p in items]
    return [p for p in items if len(p.split()) >= 1 and re.search(r"[^\W\d_]", p)]


# a part left out at the question's head, before its comma
_LEFT_OUT_RE = re.compile(r"\s*(?:không tính|không kể|trừ|khong tinh|khong ke)\s+((?:(?!\bthì\b)[^,?]){3,80}?)(?:,|\s+thì\b)\s*"
                          r"(?=.*\b(?:bao nhiêu|bao nhieu|mấy)\b)", re.I)
NOT_DONE_RE = re.compile(r"\bkhông\s+(vi phạm|bị|phát hiện|nộp|được giải quyết|do|thuộc)\b", re.I)
# those a report states as such when it does ("không nộp trực tuyến", "không do Chi cục trưởng quyết định"): asked,
# a figure stated without them is no direct answer (not "63 hồ sơ" received, for "không nộp trực tuyến")
SAID_UNDONE = frozenset({"phát hiện", "nộp", "được giải quyết", "do", "thuộc"})
_ADD_PARTS = r"cộng cả|cộng lại|gộp|cộng số"  # words that add named parts up ("tổng cộng" may just name a total)
_ADDING_RE = re.compile(rf"(tổng cộng|{_ADD_PARTS})")
_ADD_PARTS_RE = re.compile(_ADD_PARTS)


def plan(question: str, kind: str) -> Plan | None:
    """The arithmetic a question asks for, or None for a plain lookup."""
    q = _clean(question)
    dec = rounding(question)
    low = q.lower()
    m = re.search(r"(bình quân|trung bình)\s+(?:mỗi|một)\s+(.+?)\s+(?:có|được|gửi|in|là|đạt|nhận|có khối lượng|\w+\s+bao nhiêu)", q, re.I)
    if not m:  # "số học viên trung bình mỗi lớp tập huấn năm 2019"
        m = re.search(r"(bình quân|trung bình)\s+(?:mỗi|một|trên mỗi|trên một)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)"
                      r"(?:\s+(?:năm|trong|của|tại)\b|\s*[,?(]|$)", q, re.I)
    if m:
        return Plan("average", count_unit=" ".join(m.group(2).split()[:4]), shared=q, decimals=dec)
    m = _TO_PLAN_RE.search(q)
    if m and _TO_REACH_RE.match(m.group(1)):  # "Để đạt kế hoạch doanh thu năm 2025, … cần tăng thêm bao nhiêu triệu
        # đồng so với doanh thu thực hiện năm 2024?": the plan less the result it is set against
        return Plan("diff", parts=[m.group(1).strip(" ,"), _result_of(m.group(2).strip(" ,"), m.group(1))], shared=q,
                    decimals=dec)
    m = re.search(r"^(.*?)\s*(nhiều hơn|ít hơn|cao hơn|thấp hơn|chênh lệch(?: so)? với|chênh lệch giữa|so với)\s+(.+?)\s*(?:là\s+)?(?:bao nhiêu|mấy)", q, re.I)
    if m and re.search(r"(nhiều hơn|ít hơn|cao hơn|thấp hơn|chênh lệch|hơn .*bao nhiêu)", low):
        a, b = m.group(1), m.group(3)
        a = re.sub(r"^(?:năm \d{4},?\s*)?", "", a, flags=re.I) if a.strip() else a
        return Plan("diff", parts=[a.strip(" ,"), _result_of(b.strip(" ,"), a)], shared=q, decimals=dec)
    m = re.search(r"\bngoài\s+(.+?)\s*,?\s*(?:thì\s+)?còn(?:\s+lại)?\b", q, re.I) or re.search(
        r"\bngoài\s+([^,]+?)\s*,\s*(?=.*\b(?:loại khác|khác)\b)", q, re.I)  # "ngoài công tơ điện, … loại khác"
    if m:
        return Plan("remainder", parts=_split_items(m.group(1)), shared=q, decimals=dec)
    m = _LEFT_OUT_RE.match(q)
    if m and kind == "number":  # "Không tính Trạm … Bảo Lộc, năm 2019 Trung tâm kiểm định bao nhiêu PTĐ?": the
        # whole less that part, when the text gives it as a part ("…; trong đó Trạm … thực hiện 6.118 PTĐ")
        return Plan("remainder", parts=[m.group(1).strip()], shared=q, decimals=dec, optional=True)
    if kind == "percent" and re.search(r"(tỷ lệ|tỉ lệ|chiếm|phần trăm)", low):
        t = re.search(r"(tổng số .+?)(?:\s+là\b|\s+bao nhiêu|\s*\(|\?|$)", q, re.I) or re.search(
            r"(?:trên|so với)\s+(số .+?)(?:\s+là\b|\s+bao nhiêu|\s*\(|\?|$)", q, re.I)
        return Plan("ratio", shared=q, total_phrase=t.group(1) if t else None, decimals=dec)
    sum_marker = re.search(r"(tổng cộng|cộng cả|cộng lại|tính cả(?! năm)|tính chung cả|gộp|cộng số|tổng số)", low) or _ADD_WITH_RE.search(q) \
        or _ADD_LEADING_RE.search(q) or (_VERBS_ADDED_RE.search(q) if _verbs_added(q) else None)
    if sum_marker and sum_marker.group(0) == "tổng số" and re.search(r"\btổng số tiền\b", low) and not (
            _ADDING_RE.search(low) or "tính cả" in low):
        sum_marker = None  # "Tổng số tiền XPVPHC qua kiểm tra đo lường, chất lượng": how an amount is named
    periods = _PERIODS_NAMED_RE.search(q)
    if periods and re.search(r"\btổng\b", low) and not sum_marker:
        # "Tổng doanh thu 6 tháng đầu năm 2023 (quý I và quý II)": the periods' figures added up, each part the
        # question asked of one period, the span they make up left out ("6 tháng đầu năm 2023": quý I năm 2023);
        # the year's report tells them apart in its columns or its words
        rest = q.replace(periods.group(0), " ")
        span = _SPAN_RE.search(rest)
        parts = [" ".join((rest[: span.start()] + f"{p} năm" + rest[span.end():]).split()) if span else f"{p} {rest}"
                 for p in _split_items(periods.group(1))]
        return Plan("sum", parts=parts, shared=q, decimals=dec, periods=True)
    inclusion = re.search(r"[,(]\s*(?:tính cả|kể cả|bao gồm cả)\s+(.+?)\s*[)?]?$", q, re.I)
    leading = re.match(r"\s*(?:tính cả|kể cả|bao gồm cả)\s+([^,]+),", q, re.I)
    if inclusion and len(_split_items(inclusion.group(1))) < 2 and not _ADDING_RE.search(low) or (
            leading and len(_split_items(leading.group(1))) < 2 and not _ADD_PARTS_RE.search(low)):
        sum_marker = None  # "X, tính cả Y": a figure that includes Y, not a sum of named parts; so "Tính cả phần công
        # tơ do Điện lực kiểm định, … có tổng cộng bao nhiêu": the whole that includes that part
    if sum_marker:
        items, shared = _sum_items(q)
        if sum_marker.group(0) in ("tổng số", "tổng cộng") and len(items) == 2 and len(items[1].split()) <= 2 \
                and re.search(r",\s*" + re.escape(items[1]), q) and not _ADD_PARTS_RE.search(low) \
                and (sum_marker.group(0) == "tổng số" or len(items[0].split()) >= 3):
            items = []  # "Tổng số PTĐ … kiểm định, hiệu chuẩn": one count of a twofold activity, not two to add
        if any(_TIME_ONLY_RE.fullmatch(i.strip(" ,")) for i in items):
            items = []  # "Tính cả năm 2025, … tổng cộng bao nhiêu": a whole year's figure, not a year to add
        if len(items) >= 2:
            # "mẫu không đạt …, tính cả mẫu kiểm tra và mẫu khảo sát": the words around qualify each part; not
            # so a bracket that names the members of what precedes it ("người có trình độ sau đại học (tiến sĩ
            # và thạc sĩ)": the report counts "21 tiến sĩ", never saying "sau đại học")
            qualifiers = "tính cả" in low or "(" in q and not _members_named(q, items)
            explicit = bool(re.search(r"(tổng cộng|cộng cả|cộng lại|tính cả|gộp|cộng số|\bcộng\b)", low))
            return Plan("sum", parts=items, shared=shared, decimals=dec, shared_weight=0.8 if qualifiers else 0.35,
                        explicit=explicit)
    if kind in ("number", "reasoning"):
        flipped = None
        if NOT_DONE_RE.search(low):  # "không vi phạm", "không phát hiện vi phạm", "không nộp trực tuyến"
            flipped = NOT_DONE_RE.sub(r"\1", q, count=1)
        elif re.search(r"(?<!không )\bđạt yêu cầu\b", low) or re.search(r"(?<!không )\bđạt\b(?! được)", low) \
                and "không đạt" not in low and not _AWARD_RE.search(low):  # ("đạt giải vàng": won, no verdict)
            flipped = re.sub(r"\bđạt\b", "không đạt", q, count=1, flags=re.I)
        elif re.search(r"\bchưa\b", low):
            flipped = re.sub(r"\bchưa\s+(?:được\s+)?", "", q, count=1, flags=re.I)
        if flipped:
            return Plan("complement", flipped=flipped, shared=q, decimals=dec)
    return None


# the periods a figure is made of, named in a bracket: "(quý I và quý II)", "(tháng 1, tháng 2 và tháng 3)"
_PERIOD = r"(?:quý|tháng)\s+(?:[IVX]+|\d{1,2})"
_SPAN_RE = re.compile(r"\b(?:\d{1,2}|sáu|chín|ba)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+(?:của\s+)?năm)?", re.I)
_PERIODS_NAMED_RE = re.compile(rf"\(\s*(?:gồm\s+|bao gồm\s+)?({_PERIOD}(?:\s*(?:,|và)\s*{_PERIOD})+)\s*\)", re.I)


# a part that names only a result and its time ("kết quả năm 2024", "số thực hiện năm trước"), its subject being
# the other part's; and a part's plan and time words ("Kế hoạch năm 2025 của …"), the rest being its subject
_BARE_RESULT_RE = re.compile(r"(?:(?:(?:số|mức|so|muc)\s+)?(?:(?:đã|được|da|duoc)\s+)?(?:(?:kết quả|ket qua)\s+(?:thực hiện|thuc hien)|kết quả|"
                             r"thực hiện|thực tế|ket qua|thuc hien|thuc te)\s+)(?:của\s+|cua\s+)?"
                             r"(?:(?:cả\s+)?(?:năm|nam)\s+(?:19|20)\d{2}|(?:năm|nam)\s+(?:trước|ngoái|truoc|ngoai)|"
                             r"(?:cùng kỳ|cung ky)(?:\s+(?:năm|nam)\s+(?:19|20)\d{2})?)", re.I)
_YEAR_WORDS_RE = re.compile(r"\b(?:năm|nam)\s+(?:19|20)\d{2}\b", re.I)
_TO_REACH = r"(?:để|de)\s+(?:đạt|hoàn thành|dat|hoan thanh)"  # "để đạt (kế hoạch …)"
_TIMED_PLAN_RE = re.compile(rf"^\s*(?:{_TO_REACH}\s+)?(?:theo\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|phương hướng|ke hoach|chi tieu|muc tieu|phuong huong)"
                            r"(?:\s+(?:năm|nam)\s+(?:19|20)\d{2})?\s*,?|\b(?:phấn đấu|dự kiến|phan dau|du kien)\b", re.I)


def _result_of(b: str, a: str) -> str:
    """A part naming only a result and its time (b says its own year) is of the other part's subject: "Kế hoạch năm
    2025 … về số lượt PTĐ kiểm định, hiệu chuẩn cao hơn kết quả năm 2024 bao nhiêu" asks the result of that same
    thing in 2024, not any "Kết quả" column's figure of that year."""
    subject = _YEAR_WORDS_RE.sub(" ", _TIMED_PLAN_RE.sub(" ", a)).strip(" ,")
    return f"{b} {subject}" if _BARE_RESULT_RE.fullmatch(b) and subject else b


# a plan to reach set against a result, the amount asked before it: "Để đạt kế hoạch …, … cần tăng thêm bao nhiêu triệu đồng so
# với doanh thu thực hiện năm 2024"
_TO_REACH_RE = re.compile(rf"\s*{_TO_REACH}\s+(?:kế hoạch|chỉ tiêu|mục tiêu|ke hoach|chi tieu|muc tieu)\b", re.I)
_TO_PLAN_RE = re.compile(r"^(.*?)\s*,?\s*(?:cần|phải)\s+(?:tăng\s+thêm|tăng|thêm)\s+(?:bao nhiêu|mấy)(?:\s+[^\W\d_]+){0,3}?\s+"
                         r"so với\s+(.+?)\s*\??\s*$", re.I)


# "đạt" of an award won, not of a verdict passed: "đạt giải vàng", "đạt danh hiệu"
_AWARD_RE = re.compile(r"\bđạt\s+(?:giải|danh hiệu|huy chương|bằng khen|cờ thi đua)\b")


def _members_named(q: str, items: list[str]) -> bool:
    """Are ``items`` a bracket's members of the group the question counts before it, each a noun of its own
    ("bao nhiêu người có trình độ sau đại học (tiến sĩ và thạc sĩ)"), not that noun's kinds ("bao nhiêu tổ
    chức (chứng nhận và công nhận)", completed as "tổ chức chứng nhận")?"""
    from assistant.question import question_unit

    paren = re.search(r"\(([^)]*)\)", q)
    head = question_unit(q[: paren.start()]) if paren else None
    return bool(paren and head and items) and not any(i.lower().startswith(head.lower()) for i in items) and all(
        question_unit(f"bao nhiêu {i}") == i for i in items)


# "Cộng tiền phạt của hai nhóm …", "Cộng tất cả các loại cân (…) thì …": a question that opens by adding
_ADD_LEADING_RE = re.compile(r"^\s*cộng\s+(?:tất cả\s+|cả\s+)?(?!cả\s+năm)(.+?)\s+(?:thì|được|là|năm\s+\d{4}|trong)\b", re.I)
# "cấp mới và tái chứng nhận tổng cộng bao nhiêu giấy chứng nhận": two doings, their figures added
_VERBS_ADDED_RE = re.compile(r"(?<!\S)((?:[a-zà-ỹđ]+\s+){0,2}[a-zà-ỹđ]+\s(?:và|lẫn)\s(?:[a-zà-ỹđ]+\s+){0,2}[a-zà-ỹđ]+)\s+"
                             r"(?:tổng cộng|tất cả|cả thảy)\s+(?:bao nhiêu|mấy)\b")  # short doings in small letters only


def _verbs_added(q: str) -> str | None:
    """The doings added up, in small letters only: a name ("Vụ … Hợp chuẩn và Hợp quy") is none; the name's
    words before the first doing are left out ("Chi cục Lâm Đồng chủ trì và tham gia tất cả …")."""
    m = _VERBS_ADDED_RE.search(q)
    if not m:
        return None
    words = m.group(1).split()
    while words and words[0] != words[0].lower():
        words.pop(0)
    text = " ".join(words)
    first = re.split(r"\s(?:và|lẫn)\s", text)[0] if text else ""
    return text if first and text == text.lower() else None


# "tiền phạt của hai nhóm xăng dầu và LPG": the group word parts the head from the first member
_GROUP_RE = re.compile(r"^(.+?)\s+(?:(?:của|về|cho|ở)\s+)?(?:cả\s+)?(?:hai|ba|bốn|các)\s+(?:nhóm|loại|lĩnh vực|mặt hàng|"
                       r"đợt|đơn vị|khoản|hạng mục)\s+(.+)$", re.I)
_TIME_ONLY_RE = re.compile(r"(?:cả\s+)?(?:năm|nam)(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2}", re.I)
_ADD_WITH_RE = re.compile(r"^\s*(?:nếu\s+)?cộng\s+(?:cả\s+)?(.+?)\s+với\s+(.+?)\s+(?:thì|là|sẽ|(?:được|là)\s+(?:tổng\s+)?(?:bao nhiêu|mấy))\b", re.I)


def _sum_items(q: str) -> tuple[list[str], str]:
    items, shared = _sum_items_as_written(q)
    return _with_head(_grouped(items)), shared


def _grouped(items: list[str]) -> list[str]:
    """"tiền phạt của hai nhóm xăng dầu" and "khí dầu mỏ hóa lỏng": each member takes the head before the group
    word ("tiền phạt xăng dầu", "tiền phạt khí dầu mỏ hóa lỏng")."""
    m = _GROUP_RE.match(items[0]) if len(items) >= 2 else None
    if not m or not re.search(r"[^\W\d_]", m.group(1)):
        return items
    head = m.group(1).strip()
    return [f"{head} {m.group(2).strip()}"] + [i if i.lower().startswith(head.lower()) else f"{head} {i}" for i in items[1:]]


def _with_head(items: list[str]) -> list[str]:
    """Parts that leave out their noun take the first part's: "tiền phạt về đo lường lẫn về chất lượng"
    is "tiền phạt về đo lường" and "tiền phạt về chất lượng"."""
    if len(items) < 2:
        return items
    m = _HEADLESS_RE.search(items[0])
    head = items[0][: m.start()].strip() if m else ""
    return [items[0]] + [f"{head} {i}" if head and _HEADLESS_RE.match(i) else i for i in items[1:]]


_HEADLESS_RE = re.compile(r"(?:^|\s)(?:về|của|cho|đối với|trong|tại|thuộc)\s", re.I)


# "gộp hai lĩnh vực xăng dầu và vàng trang sức, mỹ nghệ, số tiền phạt …": as many parts as the count word says,
# parted by "và" only (an item's own commas kept), the words after the last comma the figure's
_COUNTED_PARTS_RE = re.compile(r"\b(?:cộng|tính|gộp)(?:\s+(?:gộp|chung|cả))*\s+(hai|ba|bốn|[2-4])\s+(.+?\s(?:và|với)\s.+?)"
                               r"(?:\s+(?:là|thì|được)\s+bao nhiêu|\?|$)", re.I)
_KIND_NOUN_RE = re.compile(r"^(?:lĩnh vực|nhóm hàng|nhóm|loại|mặt hàng|hoạt động|đợt|chỉ tiêu)\s+(?=\S)", re.I)


def _counted_parts(q: str) -> tuple[list[str], str] | None:
    m = _COUNTED_PARTS_RE.search(q)
    if not m:
        return None
    phrase = m.group(2)
    items = [p.strip(" ,") for p in re.split(r",?\s(?:và|với)\s", phrase)]
    if len(items) != COUNT_WORDS[m.group(1).lower()]:
        return None
    items[0] = _KIND_NOUN_RE.sub("", items[0])  # ("hai lĩnh vực xăng dầu và …": the kind's noun counts them all)
    # (the words after the last item: from its first comma the rest of the question runs on from ("áp suất, nửa đầu
    # năm 2023 … bao nhiêu chuẩn, PTĐ"), else from its last one ("vàng trang sức, mỹ nghệ, số tiền phạt …"))
    commas = [comma.start() for comma in re.finditer(r", ", items[-1])]
    asking = [at for at in commas if re.search(r"\b(?:bao nhiêu|mấy)\b", items[-1][at:], re.I)]
    cut = asking[0] if asking else commas[-1] if commas else -1
    if cut > 0 and len(items[-1][cut + 2 :].split()) >= 3:  # ("…, mỹ nghệ, số tiền phạt qua kiểm tra …": the figure asked)
        rest = items[-1][cut + 2 :]
        items[-1] = items[-1][:cut]
    else:
        rest = ""
    return items, f"{q[: m.start()]} {rest}{q[m.end(2):]}"  # (the adding words go too: no words of a figure)


# places of one kind added up, their kind said once before them: "tại hai thành phố Ninh Bình và Tam Điệp"
_PLACES_NAMED_RE = re.compile(r"\b(?:tại|ở|của|trên địa bàn)\s+(hai|ba|bốn|[2-4]|các)\s+(thành phố|huyện|thị xã|quận|xã|phường|"
                              r"chợ|tỉnh)\s+([A-ZÀ-ỸĐ][^,?]*?\s(?:và)\s[A-ZÀ-ỸĐ][^,?]*?)(?=\s+(?:là|thì|được|đã|năm|có)\b|\s*[,?]|$)")
# "Tổng cộng …, Trung tâm đã kiểm định và hiệu chuẩn bao nhiêu phương tiện đo, chuẩn đo lường": the two doings
# are the parts, the things after "bao nhiêu" what both count
_DONE_VERBS_ASKED_RE = re.compile(r"\b(?:đã|được)\s+([a-zà-ỹđ]+(?:\s[a-zà-ỹđ]+)?\s(?:và|lẫn)\s[a-zà-ỹđ]+(?:\s[a-zà-ỹđ]+)?)"
                                  r"\s+(?:được\s+)?(?:bao nhiêu|mấy)\b")


def _sum_items_as_written(q: str) -> tuple[list[str], str]:
    counted = _counted_parts(q)
    if counted:
        return counted
    places = _PLACES_NAMED_RE.search(q)  # "… tại hai thành phố Ninh Bình và Tam Điệp": each place by its kind, with
    # what is counted there ("tổng số cột đo xăng dầu được kiểm tra tại hai huyện …": cột đo … of each)
    if places and len(named := _split_items(places.group(3))) == COUNT_WORDS.get(places.group(1).lower(), len(named)) > 1:
        from assistant.question import question_unit

        lead = re.sub(r"^.*?\b(?:tổng cộng|tổng số|tổng)\s+", "", q[: places.start()], flags=re.I)
        kind, counted = places.group(2), question_unit(f"bao nhiêu {lead}") or ""
        return ([f"{counted} {n if n.lower().startswith(kind.lower()) else f'{kind} {n}'}".strip() for n in named],
                f"{q[: places.start()]} {q[places.end():]}")
    verbs = _verbs_added(q) or ((m := _DONE_VERBS_ASKED_RE.search(q)) and m.group(1))
    if verbs:  # "QUATEST 3 cấp mới và tái chứng nhận tổng cộng …": the two doings
        items = _split_items(verbs)
        if len(items) == 2:
            return items, q.replace(verbs, " ", 1)
    pair = _ADD_WITH_RE.search(q)  # "Cộng kinh phí đào tạo, bồi dưỡng … với kinh phí đoàn ra, đoàn vào … thì được"
    if pair:
        second = re.sub(r"\s+(?:năm \d{4}|của|tại|trong)\b.*$", "", pair.group(2), flags=re.I)
        return [pair.group(1).strip(" ,"), second.strip(" ,")], q.replace(pair.group(1), " ", 1).replace(second, " ", 1)
    paren = re.search(r"\(([^)]*(?:,|;|\svà\s|\shoặc\s)[^)]*)\)", q)
    if paren:
        items = _split_items(paren.group(1))
        from assistant.question import question_unit

        head = question_unit(q[: paren.start()])  # "bao nhiêu tổ chức (chứng nhận và công nhận)"
        if head and q[: paren.start()].rstrip().lower().endswith(head.lower()):
            items = [f"{head} {i}" for i in items]
        return items, q.replace(paren.group(0), " ")
    for pattern in (r"([^,?]+?\s(?:và|với|lẫn)\s[^,?]+?)\s+(?:cộng lại|gộp lại|cộng chung)\b",  # "A và B cộng lại"
                    r"\bcả\s+(.+?\slẫn\s[^,?]+?)(?=\s+(?:thì|là|được|đã)\b|\s*[,?]|$)",
                    r"\b(?:cộng|tính|gộp)(?: chung)? cả\s+([^,?]+?\s(?:và|với)\s[^,?]+?)\s*,",  # "Cộng cả A và B, năm 2022 …"
                    r"tính cả\s+(.+?)(?:\?|$)", r"\bcộng\s+(số .+?)\s+(?:thì|là)\b",
                    r"(?:bao nhiêu|tổng số)\s+(.+?)(?:\s+(?:được|đã|bị|có|là|mà|trong|tại|của|năm)\b|\?|$)",
                    r"(?:tổng cộng|tổng số|cộng cả|gộp)\s+(?:bao nhiêu\s+)?(.+?)\s*(?:là bao nhiêu|bao nhiêu|\?|$)",
                    r"(?:bao nhiêu)\s+(.+?)\s*(?:\?|$)"):
        m = re.search(pattern, q, re.I)
        if m:
            items = [re.sub(r"^(bao nhiêu|mấy|tổng cộng|tổng số)\s+", "", i, flags=re.I) for i in _split_items(m.group(1))]
            items = [t for t in (re.sub(r"\s+(?:là\s+)?(?:bao nhiêu|mấy)\b.*$", "", i, flags=re.I) for i in items) if t]
            if len(items) >= 2:
                return items, re.sub(r"\btính(?: chung)? cả\b", " ", q.replace(m.group(1), " "), flags=re.I)
    leading = _ADD_LEADING_RE.search(q)  # "Cộng tiền phạt của hai nhóm xăng dầu và khí dầu mỏ hóa lỏng (LPG) năm 2023 …"
    if leading:
        items = _split_items(leading.group(1))
        if len(items) >= 2:
            return items, q.replace(leading.group(1), " ", 1)
    return [], q
