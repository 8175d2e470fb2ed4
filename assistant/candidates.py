"""Candidate answers inside retrieved passages: sentences → clauses → quantities, dates and names,
each scored against the question (IDF-weighted terms, proximity to the value, expected unit)."""

from __future__ import annotations

import itertools
import re
from functools import cached_property, lru_cache
from typing import Callable
from dataclasses import dataclass, field

from assistant.matching import Matcher

from assistant.models import Passage
from assistant.numbers import SCALE, Quantity, english_figures, find_quantities, format_vn_number, split_scale
from assistant.question import OF_PLAN_Q_RE, question_unit
from ingest.splitter import split_sentences
from ingest.normalize import fold
from vectorstore.tokenize import STOPWORDS, syllables

# a negated or adverse predicate said of a figure ("không đạt", "chưa giải quyết", "vi phạm")
NEGATION_RE = re.compile(r"\b(không|chưa|vi phạm)\b", re.I)
TOTAL_RE = re.compile(r"\b(tổng số|tổng cộng|tổng khối lượng|tổng giá trị|tổng kinh phí|tổng lượng|cộng chung)\b|\btổng\s*:", re.I)
_TOPIC_RE = re.compile(r"^(?:Về|Đối với|Riêng|Còn về|Trong công tác|Cụ thể trong công tác|Trong hoạt động|Về công tác)\s+([^,:;]{3,80})[,:]", re.I)
_SINGLED_RE = re.compile(r"\b(riêng|lĩnh vực|rieng|linh vuc)\b", re.I)
PART_ASKED_RE = re.compile(r"\b(riêng|chỉ tính|rieng)\b", re.I)  # "Riêng công tơ điện, …": one part is asked
WITHIN_RE = re.compile(r"\btrong (?:số )?đó\b", re.I)  # "178 hồ sơ …, trong đó 152 hồ sơ …": a breakdown follows
# a sentence that opens on it ("Trong đó, 03 đoàn … kiểm tra 71 cơ sở"): it breaks down the one before
# ("Trong tổng số PTĐ nêu trên, … là 8.839 PTĐ": the whole the sentence before stated, broken down)
_PART_OPENS_RE = re.compile(rf"\s*(?:[-+•]\s*)?(?:{WITHIN_RE.pattern}|\btrong (?:so )?do\b|"
                            r"\btrong (?:tổng )?số\b[^\d,.;:]{0,60}?\b(?:nêu|kể|nói)?\s*trên\b)", re.I)
# a figure followed by a list of three or more kinds ("412 hồ sơ đăng ký hoạt động thử nghiệm, giám định, kiểm định, …")
_ENUMERATION_RE = re.compile(r"[^\d,;:()]{0,80}?(?:[^\W\d_]+(?:\s[^\W\d_]+){0,3},\s){2,}[^\W\d_]")
PAREN_RE = re.compile(r"\(([^()]*)\)")  # a bracket, and what it holds
_SEG_BOUND_RE = re.compile(r",\s+|;\s*|\(\s*|\)\s*|\svà\s(?=\d)")  # "15,9" is a number, not a boundary
# a question about a change or a comparison: a "tăng 12,7%" may answer it
_CHANGE_Q_RE = re.compile(r"\b(?:tăng|giảm|tang|giam|so với|so voi|cùng kỳ|cung ky|chênh|chenh|hơn|hon|vượt|vuot|kém|kem)\b", re.I)
# "riêng đồng hồ nước lạnh chỉ đạt 89,7%": the figure of one part singled out, its subject up to its verb
_SINGLED_PART_RE = re.compile(r"\b(?:riêng|rieng)\s+((?:(?!(?:chỉ|chi|đạt|dat|là|la|có|co|được|duoc|đã|da|cũng|cung|thì|thi|tăng|tang|"
                              r"giảm|giam|vượt|vuot|chiếm|chiem)\b)[^\W\d_]+\s+){1,8})[^,;:()]{0,40}$", re.I)
# one group's extreme: "có tỷ lệ mẫu không đạt cao nhất (9,5%)"
# the group an extreme is of, before "có", less the word saying it is a group ("Lĩnh vực", "Nhóm", "Mặt hàng")
_GROUP_HAS_RE = re.compile(r"\s*(.{3,80}?)\s+có\s", re.I | re.S)
_GROUP_KIND_RE = re.compile(r"\b(?:lĩnh vực|nhóm|mặt hàng|loại|ngành|địa bàn)\b", re.I)
EXTREME_RE = re.compile(r"\b(?:cao|thấp|nhiều|ít|lớn|nhỏ|thap|nhieu|it|lon|nho)\s+(?:nhất|nhat)\b", re.I)
_SEG_END_RE = re.compile(r",\s|;|\(|\)|\svà\s(?=\d)")
# a date that is all of its piece: "Ngày 17/8/2018", "Vào ngày 05/3/2019", "Đến ngày 30/6"
_OPENING_DATE_RE = re.compile(r"\s*(?:(?:vào|đến|tới|từ|trong)\s+)?(?:ngày|hôm)?\s*[\d/.\-]+(?:\s+năm\s+\d{4})?\s*", re.I)
_UNIT_FUNCTION = frozenset(
    "đã được đang của và cho tại trong về với là có năm các những này đó mới xin bị do từ đến theo mà thì "
    "da duoc dang cua va cho tai trong ve voi la co nam cac nhung nay do moi xin bi tu den theo ma thi".split()
)
# words that count or package the noun that follows ("bộ hồ sơ", "sự kiện hội nghị", "lượt doanh
# nghiệp"): a unit written with or without one names the same thing
_CLASSIFIERS = (("sự", "kiện"), ("số", "lượng"), ("bộ",), ("lượt",), ("đợt",), ("chiếc",), ("cái",), ("bản",))
_SHORT_LABEL = 4  # words of a row label whose first one is its head (a longer one may open with its group's name)
# words that count whatever the sentence names ("312 người", "bao nhiêu chiếc")
_SUBJECT_RE = re.compile(r"^\s*(?:số(?: lượng)?|riêng|về|đối với|so(?: luong)?|rieng|ve|doi voi)\s+([^,?]+?)"
                         r"(?:,|\s+(?:được|đã|của|năm|trong|ở|tại|dự|là|duoc|da|cua|nam|trong|o|tai|du|la)\b)", re.I)
_PROVISIONAL_RE = re.compile(r"\b(?:tạm tính|số liệu tạm|số tạm|tam tinh)\b", re.I)  # a figure the report replaces later
_OFFICIAL_RE = re.compile(r"\b(?:chính thức|chinh thuc)\b", re.I)


def _provisional(before: str) -> bool:
    """Do the words before a figure call it provisional, with no "chính thức" after that ("… là số tạm tính; số
    liệu chính thức … là 2.139" is official)?"""
    said = list(_PROVISIONAL_RE.finditer(before))
    return bool(said) and not _OFFICIAL_RE.search(before[said[-1].end() :])


_KIND_COUNTERS = frozenset({"nguoi", "chiec", "cai"})  # a total counted so, whose parts are named by their kind
_TIME_WORDS = frozenset({"thang", "nam", "ngay", "quy", "tuan", "gio", "phut"})  # "6 tháng đầu năm": a period, no count
# (folded) words that link a thing to another figure's count, not name a kind of it: "tiêu chuẩn cho", "thông báo
# cảnh báo đến", "mẫu của"
_LINK_WORDS = frozenset("cho cua voi tai va duoc da co trong tu den theo ve gom tren nhu khi cac nhung mot so bang dat "
                        "tang giam con thuc hien kiem dinh".split())
COUNTERS = frozenset({"nguoi", "chiec", "cai", "con", "luot", "lan", "bo"})
BARE_COUNTERS = frozenset({"chiec", "cai"})  # (folded) a counter any object is counted in, naming no kind
# the rest of the kinds a table lists ("PTĐ khác (taximet, áp kế, …)"), asked only in that word
OTHER_KINDS_RE = re.compile(r"\bkh[áa]c\b", re.I)
_SAME_COUNTER = {"cai": "chiec", "kilogam": "kg"}
SCALE_WORDS = frozenset(fold(w) for w in SCALE)  # "tỷ", "trieu": a scale, not a unit
# what a question counts, named first: "Số lượt học viên …", "Lượng PTĐ được kiểm định …", "Lượt người dự …"
COUNTED_RE = re.compile(r"\W*(?:(?:tổng\s+)?(?:số|tong so|so)\s+(?:lượng\s+|luong\s+)?|lượng\s+|luong\s+|(?=lượt\s|luot\s))"
                        r"(?=[^\W\d_])", re.I)
_TOTAL_ASKED_RE = re.compile(r"\s*(?:tổng số|tổng cộng|tong so|tong cong)\b", re.I)
# "<two words> về <what>", up to the verb or question word after it
_ABOUT_Q_RE = re.compile(r"([^\W\d_]+\s+[^\W\d_]+)\s+về\s+((?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)(?=\s+(?:được|đã|là|vào|có|"
                         r"trong|năm|tại|do|của|bao|mấy|ngày|khi|thì)\b|\s*[?,;]|$)")
_MOVED_TO_RE = re.compile(r"\b(?:chuyển|trở|đưa|gửi|quay|mang|dời|dọn|đi|trả)$", re.I)
_POINTING_RE = re.compile(r"\b(?:đó|này|ấy|kia|nào)\b", re.I)
# a rate said of the whole: "tỷ lệ mẫu không đạt chung là 5,7%", "tính chung"
_OVERALL_SAID_RE = re.compile(r"\b(?:chung|tính chung|nói chung)\b", re.I)
_OVERALL_ASKED_RE = re.compile(r"\b(?:chung của|tính chung|nói chung|chung cho|chung cua|tinh chung)\b", re.I)
_ALL_ASKED_RE = re.compile(r"(?<!trong )\b(?:tổng cộng|tất cả|toàn bộ|tong cong|tat ca|toan bo)\b", re.I)
_SCALED_RE = re.compile(rf"({'|'.join(SCALE)})\s+(\S.*)$", re.I)  # a unit cell "tỷ đồng", "triệu đồng/người/tháng"
# staff in general, counted in người (not a category of them: "viên chức" is not every người)
_STAFF = frozenset({"nhan su", "nhan luc", "nhan vien"})
# units of measure (folded): asked, only the same unit written answers ("lít", "kg", "tấn", …)
_MEASURES = frozenset({"lit", "kg", "kilogam", "tan", "ta", "gam", "m3", "km", "met", "ha", "usd"})
_MASS = frozenset({"lit", "kg", "kilogam", "tan", "ta", "gam", "m3"})
_KINDS_FOLDED = frozenset({"loai", "nhom"})  # "24 loại PTĐ", "03 nhóm PTĐ": kinds of a thing, counted as kinds
_CLASSIFIERS_FOLDED = tuple(tuple(fold(w) for w in c) for c in _CLASSIFIERS)


_CURRENCIES = frozenset({"dong", "vnd", "usd", "vnđ"})


def _drop_classifier(words: list[str]) -> int:
    """How many leading words of ``words`` (folded) are a classifier followed by more words."""
    for c in _CLASSIFIERS_FOLDED:
        if len(words) > len(c) and tuple(words[: len(c)]) == c:
            return len(c)
    return 0


_SAID_OF_IT = frozenset({"khong", "chua", "dat", "duoc", "bi", "da"})  # "11 chai không đạt …": what is said of the thing
_UNIT_STOP = frozenset(
    "của và với trong tại theo về từ đến đã được đang bị cho là năm so có này đó mà thì trên dưới "
    "khoảng gần hơn nhằm để như thuộc trong đó gồm".split()
)


@dataclass
class Clause:
    passage: Passage
    rank: int
    start: int  # absolute offsets in the report's normalised text
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    sentence: str
    context: str = ""  # a table cell's row label and column header ("Tổng doanh thu Thực hiện 2022")
    column: str = ""  # a table cell's column header
    label: str = ""  # a table cell's row label ("VILAS Med (phòng xét nghiệm y tế)")
    name: str = ""  # … its last text cell, under a group's ("Cân ô tô" of "Khối lượng | Cân ô tô")
    parent: str = ""  # … the label of the row it is a part of ("Tổng doanh thu" over "- | Chứng nhận")

    def written(self) -> str:
        """The clause as its report writes it: ``text``, or the same span of the report's own text when the passage
        is a reading of it with restored diacritics (:attr:`Passage.original`, same offsets)."""
        p = self.passage
        if p.original is None:
            return self.text
        shown = p.original[self.start - p.start : self.end - p.start]
        return shown if len(shown) == len(self.text) else self.text

    def whole_sentence(self) -> "Clause":
        """This clause's whole sentence as one clause (for figures that rest on several of its parts)."""
        return Clause(self.passage, self.rank, self.sentence_start, self.sentence_end, self.sentence,
                      self.sentence_start, self.sentence_end, self.sentence)


@dataclass
class Candidate:
    clause: Clause
    kind: str  # number | percent | date | person | place | sentence
    value: float | None
    text: str  # the value as written ("389", "15,9%", "15/01/2021", "Trần Văn Vinh")
    start: int  # absolute offsets of the value
    end: int
    unit: str | None = None
    score: float = 0.0
    coverage: float = 0.0
    unit_match: float | None = None
    fraction: str | None = None  # "num" / "den" for the two sides of "261/1.641"
    unit_end: int = 0  # where the unit is looked for (after the denominator for a numerator)
    label_unit: bool = False  # the unit comes from a "Số mẫu …:" label before the value
    raw_unit: str | None = None  # the words after the value before display shortening
    notes: list[str] = field(default_factory=list)
    working: str | None = None  # a figure the text implies ("143 …, trong đó 97 …, còn lại là …"): its arithmetic

    def __post_init__(self) -> None:
        if not self.unit_end:
            self.unit_end = self.end


# a clause ends at ";" and before a bullet glyph set inside a line ("■ 12.486 PTĐ được kiểm định ■ Gần 2.000 mẫu
# được thử nghiệm": a summary box's items, each a figure of its own)
_CLAUSE_BREAK_RE = re.compile(r"(?<=;)\s+|\s+(?=[■▪●◆❖➢►□◦]\s)")


def clauses(passages: list[Passage]) -> list[Clause]:
    out: list[Clause] = []
    for rank, p in enumerate(passages):
        if p.is_caption:
            continue
        for s, e in split_sentences(p.text):
            sentence = p.text[s:e]
            pos = s
            for piece in _CLAUSE_BREAK_RE.split(sentence):
                idx = p.text.find(piece, pos)
                if idx < 0:
                    continue
                pos = idx + len(piece)
                out.append(Clause(p, rank, p.start + idx, p.start + idx + len(piece), piece,
                                  p.start + s, p.start + e, sentence))
    return out


def money_words(unit: str | None) -> bool:
    """Do these words name money ("đồng", "triệu đồng" as a unit cell writes it, "USD"), not "đồng hồ nước"?"""
    words = [fold(w) for w in (unit or "").lower().split()[:2]]
    return bool(words) and words[0] in _CURRENCIES and words[1:2] != ["ho"]


def unit_after(text: str, end: int, max_words: int = 4) -> str | None:
    words = []
    mark = NOTE_AFTER_RE.match(text, end)  # "58[2] hồ sơ": a footnote's reference set against the figure
    end = mark.end() if mark else end
    for m in re.finditer(r"[^\W\d_]+(?:&[^\W\d_]+)?|[^\w\s]|\n", text[end : end + 60]):
        w = m.group(0)
        if not w[0].isalnum() or w.lower() in _UNIT_STOP:
            break
        words.append(w)
        if len(words) == max_words:
            break
    return " ".join(words) or None


class Scorer:
    """Scores candidates for one analysed question."""

    def __init__(self, matcher: Matcher, terms: dict[str, float], unit: str | None, bigrams: dict[str, float],
                 question: str = "", one_figure: bool = True, doc_given: dict[str, frozenset[str]] | None = None,
                 doc_near: dict[str, frozenset[str]] | None = None) -> None:
        self.m = matcher
        self.question = question
        self.one_figure = one_figure  # the question's own figure is sought, not one item of a sum it asks
        self.terms = terms
        self.total = sum(terms.values()) or 1.0
        self.unit_tokens = matcher.tokens(unit, strip_concepts=True) if unit else None
        self.unit_text = unit
        # an abbreviation that heads the asked unit ("TCVN mới ban hành"): the noun counted
        lead = [ab for ab, a0, _ in matcher.concept_spans(matcher._prep(unit.strip())) if a0 == 0] if unit else []
        self.lead_concept = "§" + lead[0] if lead else None
        self.bigrams = bigrams
        # per report: question words its own title says of every figure ("6 tháng đầu" of a half-year review)
        self.doc_given = doc_given or {}
        # … and words said of the report as a whole, not of each figure (its issuer's kind, "Chi cục"): counted half
        self.doc_near = doc_near or {}

    def coverage(self, *texts: str, near: str = "", given: set[str] = frozenset(),
                 near_given: set[str] = frozenset()) -> float:
        """Share of the question's weight found in ``texts`` (or ``given``, terms known to hold); words only
        found ``near`` (elsewhere in the same passage, or in ``near_given``) count half."""
        bag: set[str] = set(given)
        for t in texts:
            if t:
                bag |= self.m.tokens(t).bag()
        near_bag = (self.m.tokens(near).bag() if near else set()) | set(near_given)
        got = sum(w if t in bag else 0.5 * w if t in near_bag else 0.0 for t, w in self.terms.items())
        return got / self.total

    def _money_cell(self, cand: Candidate) -> bool:
        """A cell of a money column ("Doanh thu (triệu đồng)") while the question asks a count, not money."""
        asked = [fold(w) for w in self.unit_tokens.words[:1]]  # ("bao nhiêu tiền", "bao nhiêu đồng hồ": no count asked)
        return bool(cand.label_unit) and money_words(cand.unit) and not (asked and asked[0] in _CURRENCIES)

    def unit_match(self, text: str, end: int) -> float | None:
        """How well the words after the value fit the asked unit: 1.0 when its head (first two words,
        or the abbreviation) is there, 0.5 when only its first word is or when another noun follows
        the head ("tổ chức thử nghiệm" asked as "tổ chức chứng nhận"), 0 otherwise."""
        if not self.unit_tokens:
            return None
        mark = NOTE_AFTER_RE.match(text, end)  # ("58[2] hồ sơ": a footnote's mark on the figure)
        window = _GLUED_MARK_RE.sub("", text[mark.end() if mark else end : end + 80])  # "12.964 PTĐ2, giảm …": on PTĐ
        cut = re.search(r"[,;:()=/.|\n]|\s-\s", window)  # (nor past its line: the next row of a table)
        window = window[: cut.start()] if cut else window
        after = self.m.tokens(window)
        written = re.findall(r"[^\W_]+", window)  # (as written: "chai LPG" keeps its capitals, which the tokens do not)
        raw_head = after.words[:6]
        # accent-insensitive ("tổ chúc", a typo, is "tổ chức"); "cái" and "chiếc" count the same things
        head = [_SAME_COUNTER.get(fold(w), fold(w)) for w in raw_head]
        want_words = [_SAME_COUNTER.get(fold(w), fold(w)) for w in self.unit_tokens.words]
        if head[:1] and head[0] in SCALE_WORDS and want_words[:1] and want_words[0] not in SCALE_WORDS:
            raw_head, head = raw_head[1:], head[1:]  # a "tỷ đồng" column holds đồng ("bao nhiêu tiền")
        if head[:1] and head[0] in _KINDS_FOLDED and want_words[:1] != head[:1] and (
                not want_words or want_words[0] not in _KINDS_FOLDED):
            return 0.5  # "24 loại phương tiện đo" counts kinds of what is asked, not the things themselves
        if head[:2] == ["linh", "vuc"] and want_words[:2] != ["linh", "vuc"] and len(head) > 2:
            return 0.5  # "21 lĩnh vực phương tiện đo" counts fields of what is asked
        if self.unit_tokens.concepts and not want_words:
            # the abbreviation must be among the first words of the unit ("389 TCVN", "39 dự thảo QCVN")
            return 1.0 if self.unit_tokens.concepts & self._head_concepts(window) else 0.0
        if self.lead_concept and want_words:
            heads = self._head_concepts(window)
            if heads:  # "23 QCVN mới ban hành" is not "TCVN mới ban hành": the abbreviations are the nouns
                return 1.0 if self.lead_concept in heads else 0.0
        if want_words == ["khoi", "luong"]:  # a quantity of matter: any measure of mass or volume written
            return 1.0 if head and head[0] in _MASS else 0.0
        concept_ok = bool(self.unit_tokens.concepts & after.concepts)
        if want_words and want_words[0] in _MEASURES and (not head or head[0] != want_words[0]):
            return 0.0  # "bao nhiêu lít xăng dầu" is not "96 mẫu xăng dầu": a measure is its own unit
        if not want_words:
            return 1.0 if concept_ok else None
        if want_words in (["chiec"], ["cai"]) and head[:1] != want_words and head[:1] != ["loai"] and \
                self._counted_concepts & self._head_concepts(window):
            return 1.0  # "Lượng PTĐ … bao nhiêu chiếc": "23.418 phương tiện đo" counts the PTĐ the question names
        if after.concepts and self._expansion_starts(window, want_words):
            return 1.0  # "quy chuẩn kỹ thuật" asked, "QCĐP" (quy chuẩn kỹ thuật địa phương) written
        raw = self.unit_tokens.words
        # "hồ sơ xin thử nghiệm" asked, "hồ sơ đề nghị thử nghiệm" written: a request is a request
        asked_req, written_req = _without_request(raw, want_words), _without_request(raw_head, head)
        said_alike = _requests(want_words) & _requests(head)  # "đăng ký" on both sides: compared as written
        if len(asked_req[1]) < len(want_words) and len(written_req[1]) < len(head) and len(asked_req[1]) >= 3 \
                and not said_alike:
            (raw, want_words), (raw_head, head) = asked_req, written_req  # both ask for it, in their own words
        elif len(asked_req[1]) == len(want_words) >= 3 and len(written_req[1]) < len(head) \
                and head[:2] == want_words[_drop_classifier(want_words):][:2]:
            raw_head, head = written_req  # "hồ sơ công bố hợp quy" asked, "hồ sơ đăng ký công bố hợp quy" written
        best = self._head_match(raw, want_words, raw_head, head, written)
        if best < 1.0:  # "bộ hồ sơ" asked, "hồ sơ" written (or the other way round)
            sw, sh = _drop_classifier(want_words), _drop_classifier(head)
            if sw or sh:
                best = max(best, self._head_match(raw[sw:], want_words[sw:], raw_head[sh:], head[sh:], written))
        if best < 1.0 and concept_ok:  # "PXN y tế" asked, "phòng xét nghiệm y tế" written: past the spelt-out words
            for concept in self.unit_tokens.concepts:
                for e in self.m.glossary.entries.get(concept[1:], []):
                    spelt = [fold(w) for w in syllables(e.lower())]
                    if head[: len(spelt)] == spelt and len(head) > len(spelt):
                        best = max(best, self._head_match(raw, want_words, raw_head[len(spelt):], head[len(spelt):], written))
        # the asked abbreviation is there but after another noun ("126 cơ sở … xăng dầu" for "cột đo xăng dầu")
        if concept_ok:  # the asked abbreviation follows the value: the head noun decides
            if best < 0.5 and all(c.startswith("§≈") for c in self.unit_tokens.concepts & after.concepts) \
                    and not self.unit_tokens.concepts & self._head_concepts(window):
                return 0.0  # (a synonym written after another noun: "01 hệ thống … đồng hồ đo nước lạnh" counts systems)
            return 1.0 if best >= 0.5 else 0.5
        if self.unit_tokens.concepts and self._head_concepts(window):  # "dự thảo QCVN" written, "dự thảo TCVN" asked
            return min(best, 0.5)
        if best == 1.0 and self.unit_tokens.concepts and len(head) > len(want_words) and head[:len(want_words)] == want_words:
            # "mẫu mũ bảo hiểm" asked (mẫu and a concept), "24 mẫu vàng" written: a noun after the counted word that
            # the question does not say names the samples of another thing
            nxt = head[len(want_words)]
            if nxt not in _UNIT_FUNCTION and nxt not in ("khong", "chua") and nxt not in {fold(t) for t in self.terms} \
                    and nxt not in self._question_folded:  # (not what is said of them: "64 mẫu không đạt yêu cầu")
                return 0.5
        return best

    def _other_noun(self, raw_head: list[str], want_words: list[str], written: list[str]) -> bool:
        """A two-word unit asked and another second word written, in small letters and no synonym of the asked one:
        another noun ("cơ quan" is no "cơ sở", "doanh thu" no "doanh nghiệp"; "chai LPG" may well be "chai gas")."""
        return len(want_words) == 2 and len(raw_head) > 1 and len(written) > 1 and written[1].islower() \
            and fold(written[1].lower()) not in _SAID_OF_IT \
            and not self.m.tokens(" ".join(raw_head[1:3])).concepts & self.unit_tokens.concepts

    def _head_match(self, raw: list[str], want_words: list[str], raw_head: list[str], head: list[str],
                    written: list[str]) -> float:
        core = want_words[:2] if len(raw) > 1 and self.m.compound(raw[0], raw[1]) else want_words[:1]
        if core[0] == "dong" and head and head[0] in _CURRENCIES:  # "đồng" asked: any currency written
            # … but "458 đồng hồ nước" counts meters, not money, and "bao nhiêu đồng hồ nước" asks meters
            asked_meter = len(want_words) > 1 and want_words[1] == "ho"
            if asked_meter != (head[0] == "dong" and len(head) > 1 and head[1] == "ho"):
                return 0.0
            if not asked_meter:
                return 1.0
        if not head or head[0] != core[0]:
            return 0.0 if core[0] not in head[:2] else 0.5
        if len(core) > 1 and len(head) >= 2 and head[1] != core[1] and head[1] not in _UNIT_FUNCTION:
            return 0.0 if self._other_noun(raw_head, want_words, written) else 0.5
        for i in range(len(core), min(len(want_words), len(head), len(core) + 4)):
            if head[i] == want_words[i]:
                continue
            ends = i + 1 == len(head) or head[i + 1] in _UNIT_FUNCTION  # the written noun phrase ends here
            # (a word the question says elsewhere is no other noun: "lấy bao nhiêu mẫu phân bón", column "Số mẫu lấy")
            if ends and head[i] not in _UNIT_FUNCTION and want_words[i] not in _UNIT_FUNCTION and head[i] not in want_words \
                    and head[i] not in self._question_folded:
                # "hồ sơ công bố hợp quy" written, "hồ sơ công bố hợp chuẩn" asked; a two-word noun's other second
                # word is another noun, though: "cơ quan" is no "cơ sở", "doanh thu" no "doanh nghiệp"
                return 0.0 if i == 1 and self._other_noun(raw_head, want_words, written) else 0.5
            break
        if len(want_words) > len(core) and _in_order(want_words, head[: len(want_words) + 2]):
            return 1.0  # "chuẩn quốc gia" asked, "chuẩn đo lường quốc gia" written: one word more inside
        if head[len(core) : len(core) + 1] in (["khong"], ["chua"]):
            return 1.0  # "62 hồ sơ không phù hợp …": the thing counted ends where what is said of it starts
        nxt = [fold(w) for w in raw_head[len(core) : len(core) + 2] if w not in _UNIT_FUNCTION]
        folded_terms = {fold(t) for t in self.terms}
        if nxt and nxt[0] not in want_words and nxt[0] not in folded_terms and len(want_words) > len(core):
            return 0.5
        return 1.0

    @cached_property
    def _question_folded(self) -> frozenset[str]:
        """The question's words before what it counts ("lấy" of "lấy bao nhiêu mẫu phân bón"), folded: not the
        asked unit's own ("hồ sơ công bố hợp chuẩn, hợp quy" asks no "hồ sơ … hợp quy" by its "quy")."""
        asked = re.search(r"\b(?:bao nhiêu|bao nhieu|mấy)\b", self.question, re.I)
        lead = self.question[: asked.start()] if asked and self.one_figure else ""  # (not a working's operand)
        return frozenset(fold(w).lower() for w in re.findall(r"[^\W\d_]+", lead))

    def _kind_only_listed(self, cand: Candidate) -> bool:
        """The kind the asked unit names ("phân bón" of "mẫu phân bón") is only one of the kinds a bracket of the
        figure's sentence lists ("318 mẫu sản phẩm, hàng hóa (xăng dầu, vàng trang sức, phân bón, nước sinh hoạt),
        năm 2022 là 276 mẫu"): the sentence's figures count them all."""
        asked = fold(self.unit_text or "").lower().split()
        written = fold(cand.unit or "").lower().split()
        shared = len(list(itertools.takewhile(lambda p: p[0] == p[1], zip(asked, written))))
        if not 0 < shared < len(asked):  # the counted noun written as asked, and the asked one names a kind of it
            return False  # (not "phương tiện đo" asked of "18.975 PTĐ các loại (cân, …, phương tiện đo điện trở …)")
        kind = " ".join(asked[shared:])
        if kind in " ".join(written):
            return False
        sentence = fold(cand.clause.sentence).lower()
        # a bracket of kinds, no figures of its own ("(xăng dầu: 12, vàng: 8, phân bón: 5)" gives each kind's), and
        # the kind nowhere else in the sentence ("… 20 mẫu phân bón (đạm, lân, kali, NPK)" counts it)
        lists = [b for b in re.findall(r"\(([^()\d]*)\)", sentence) if b.count(",") >= 2 and kind in b]
        return bool(lists) and kind not in re.sub(r"\([^()]*\)", " ", sentence)

    def _counted(self, cand: Candidate) -> bool:
        """A counter word on one side names the thing on the other: "bao nhiêu chiếc" asked of "96.214
        công tơ điện" when the question is about công tơ điện; "tổng số viên chức … là 312 người" for
        "bao nhiêu viên chức"."""
        asked = [fold(w) for w in (self.unit_text or "").split()]
        written = [fold(w) for w in (cand.unit or "").split()]
        if asked and cand.clause.column and asked[0] not in COUNTERS and not written:
            # a cell under the thing's own column ("Đơn vị | Công tơ điện | Đồng hồ nước", counted in the caption)
            return set(asked) <= {fold(w) for w in re.findall(r"[^\W\d_]+", cand.clause.column.lower())}
        if not asked or not written:
            return False
        if written[0] == "nguoi" and " ".join(asked[:2]) in _STAFF:  # "bao nhiêu nhân sự" of "395 người"
            return True
        if asked[0] in COUNTERS and len(asked) == 1:  # the question names the thing as its topic
            topic = _SUBJECT_RE.match(self.question)  # "Riêng công tơ điện, …", "Số học viên … bao nhiêu người"
            named = {fold(w) for w in re.findall(r"[^\W\d_]+", topic.group(1).lower())} if topic else set()
            if not named and re.match(r"\s*trong (?:số )?đó\b", self.question, re.I):
                # a follow-up's "Trong đó có bao nhiêu bộ …?" after a question about hồ sơ
                named = self._weighty_words
            return written[0] not in COUNTERS and written[0] not in _TIME_WORDS and written[0] not in _CURRENCIES \
                and all(w in named for w in written[:2])  # (money is never what "chiếc" counts: "đồng" of "đồng hồ")
        money = asked[0] in _CURRENCIES and asked[1:2] != ["ho"]  # "đồng", not "đồng hồ nước"
        if cand.clause.column and written[0] in COUNTERS and not money:  # a table row "Huyết áp kế | … (chiếc)"
            # (its label and caption name what is counted: "PTĐ nhóm 2" asked of "Kết quả kiểm định phương
            # tiện đo nhóm 2 … Đơn vị tính: chiếc")
            label = self.m.tokens(cand.clause.context)
            words = {fold(w) for w in label.words}
            want = self.m.tokens(self.unit_text or "")
            needed = [w for w in want.words if fold(w) not in COUNTERS and f"§{w.upper()}" not in want.concepts]
            return all(fold(w) in words for w in needed) and want.concepts <= label.concepts
        if written[0] in COUNTERS and asked[0] not in COUNTERS:  # the sentence names it before the figure
            before = fold(cand.clause.passage.text[cand.clause.start - cand.clause.passage.start :
                                                   cand.start - cand.clause.passage.start]).lower()
            # the thing itself, right before its count: "công tơ điện là 31.540 chiếc", "- Đồng hồ nước lạnh: 8.947
            # chiếc", "…, đồng hồ nước lạnh 9.876 chiếc"
            named = re.search(r"\b" + re.escape(" ".join(asked[:4])) + r"\b((?:\s+[^\W\d_]+){0,3})\s*(?:\bla|:)?\s*$", before[-80:])
            if named and not set(named.group(1).split()) & _LINK_WORDS and asked[0] not in _CURRENCIES:
                # (not "1.105 tiêu chuẩn cho 187 lượt …", nor "đồng" asked of "hợp đồng lao động 27 người")
                return True
            # the noun phrase counted, as a whole, is the question's: "tổng số viên chức và người lao động … là
            # 312 người" answers "bao nhiêu viên chức và người lao động", not "bao nhiêu công chức"
            m = re.search(r"\bso (?:luong )?(" + re.escape(" ".join(asked[:4])) + r"\b.*?)\s*(?:\bcua\b|\bla\b|"
                          r"\bhien\b|\bdat\b|\bduoc\b|\bco\b|:|$)", before)
            asked_q = set(re.findall(r"[^\W\d_]+", fold(self.question).lower()))
            if m is not None and set(re.findall(r"[^\W\d_]+", m.group(1))) <= asked_q:
                return True
            # "nâng tổng số cân đối chứng tại các chợ … lên 95 chiếc": the level of the thing named after "tổng số"
            raised = _RAISED_COUNT_RE.search(before)
            if raised:
                named_words = raised.group(1).split()
                shared = len(list(itertools.takewhile(lambda p: p[0] == p[1], zip(named_words, asked))))
                if shared >= min(2, len(asked)):
                    return True
            # "Số PTĐ không đạt … là 2.617 chiếc": the label names the asked unit by its abbreviation
            want = self.m.tokens(self.unit_text or "")
            label = count_label(cand.clause.passage.text[cand.clause.start - cand.clause.passage.start :
                                                         cand.start - cand.clause.passage.start])
            return bool(want.concepts) and label is not None and want.concepts <= self.m.tokens(label).concepts
        return False

    def _part_of_whole(self, cand: Candidate) -> bool:
        """A part that shortens its whole's unit: "14 bài báo khoa học, trong đó 4 bài trên tạp chí quốc
        tế" counts bài báo in both figures when the whole's unit is the one asked."""
        at = self._whole_at(cand)
        if at is None:
            at = self._among_at(cand)
        return at is not None and self.unit_match(cand.clause.passage.text, at) == 1.0

    @staticmethod
    def _among_at(cand: Candidate) -> int | None:
        """Where the unit of the whole a part is counted among starts, when the part counts it with a bare
        counter ("Trong số 2.407 cân đồng hồ lò xo do Chi cục kiểm định có 1.286 chiếc …")."""
        c = cand.clause
        if not cand.unit or fold(cand.unit.split()[0].lower()) not in COUNTERS:
            return None
        p0 = c.passage.start
        before = c.passage.text[c.sentence_start - p0 : cand.start - p0]
        m = _AMONG_WHOLE_RE.search(before)
        return c.sentence_start - p0 + m.end(1) if m else None

    def _whole_at(self, cand: Candidate) -> int | None:
        """Where the unit of the whole a "trong đó" part belongs to starts in its passage, when both count
        the same thing ("64 hồ sơ công bố hợp chuẩn, hợp quy; trong đó … 58 hồ sơ")."""
        c = cand.clause
        p0 = c.passage.start
        before = c.passage.text[c.sentence_start - p0 : cand.start - p0]
        within = list(WITHIN_RE.finditer(before))
        head = fold((cand.unit or "").split()[0]) if cand.unit else ""
        if not within or not head or re.search(r"\.(?!\d)", before[within[-1].end():]):  # (not "1.171")
            return None
        for q in reversed(find_quantities(before[: within[-1].start()])):
            if q.kind != "number":
                continue
            at = c.sentence_start - p0 + q.end
            whole = unit_after(c.passage.text, at) or ""
            return at if whole and fold(whole.split()[0]) == head else None
        return None

    @cached_property
    def _counted_concepts(self) -> set[str]:
        """The abbreviations a clause of the question opens its count with ("Lượng PTĐ …", "…, số phương tiện
        đo …"): what a bare counter ("bao nhiêu chiếc") counts."""
        return {t for part in re.split(r"[,:;]\s*", self.question) if (counted := COUNTED_RE.match(part))
                for t in self.m.tokens(part[counted.end():][:40]).concepts}

    def _head_concepts(self, window: str) -> set[str]:
        """Abbreviations among the first three words of ``window`` (as ``§ABBR`` concept tokens)."""
        near = len(" ".join(window.split()[:3])) + (len(window) - len(window.lstrip()))
        return {"§" + ab for ab, a0, _ in self.m.concept_spans(self.m._prep(window)) if a0 <= near}

    def _expansion_starts(self, window: str, want_words: list[str]) -> bool:
        """An abbreviation among the first words of ``window`` expands to a phrase that begins with the
        asked unit's words ("người học" of "học viên" for "người"; not "đồng hồ đo nước" for money)."""
        for concept in self._head_concepts(window):
            if concept.startswith("§≈") and want_words[:1] and want_words[0] in _CURRENCIES:
                continue
            for e in self.m.glossary.entries.get(concept[1:], []):
                words = [fold(w) for w in syllables(e.lower())]
                if words[: len(want_words)] == want_words:
                    return True
        return False

    def _direction(self, before: str, ctok, percent: bool = False) -> float:  # noqa: ANN001
        """"tăng" asked but "giảm" right before the value (or the reverse): the wrong figure."""
        asked = {t for t in ("tăng", "giảm", "tang", "giam") if t in self.terms}
        near = self.m.tokens(before[-25:]).words
        if not asked:
            if percent and any(w in ("tăng", "giảm", "tang", "giam") for w in near) and not _CHANGE_Q_RE.search(self.question):
                return 0.6  # "tỷ lệ cơ sở vi phạm" asked; "số cơ sở được kiểm tra tăng 12,7%" is a change, no share
            return 1.0
        up = any(w in ("tăng", "tang") for w in near)
        down = any(w in ("giảm", "giam") for w in near)
        want_up = bool(asked & {"tăng", "tang"})
        if (want_up and down and not up) or (not want_up and up and not down):
            return 0.4
        if want_up and not up and any(w in ("vượt", "vuot") for w in near) and not any(
                t in self.terms for t in ("vượt", "vuot", "kế", "ke")):
            return 0.5  # "vượt 5,4% kế hoạch" is not a rise over last year
        if percent and not up and not down:
            return 0.7  # "tăng bao nhiêu %" asked; "100% hồ sơ được xử lý đúng hạn" is no change at all
        return 1.0

    def may_answer_share(self, cand: Candidate) -> bool:
        """May ``cand`` answer "X chiếm bao nhiêu phần trăm …"? Not a change ("tăng 9,7% so với …"), a share
        of the plan ("đạt 58,3% kế hoạch", a "Tỷ lệ (%)" column), nor a share of another subject ("Y …,
        chiếm 2,1% …" where Y carries less than half the weight of X's terms). True for other questions."""
        clause = cand.clause
        if not _SHARE_Q_RE.search(self.question):
            return True
        if re.search(r"\b(?:tăng|giảm)\s*$", clause.text[: cand.start - clause.start]) or re.match(
                r"\s*(?:so với|kế hoạch)", clause.text[cand.end - clause.start :]) or (
                clause.column and RATIO_COL_RE.match(clause.column)):
            return False
        before = clause.sentence[: cand.start - clause.sentence_start]
        at = max(before.lower().rfind("chiếm"), before.lower().rfind("chiem"))
        weights = self._share_subject
        if not weights or at < 0:
            return True
        bag = self.m.tokens(before[:at]).bag()
        return sum(w for t, w in weights.items() if t in bag) >= 0.5 * sum(weights.values())

    @cached_property
    def _weighty_words(self) -> set[str]:
        """The question's weighty words, folded, with its abbreviations spelt out ("PTĐ" asked before:
        "7.412 phương tiện đo" counts them); computed once per question."""
        named = {fold(t) for t, w in self.terms.items() if not t.startswith("§") and w >= 0.5}
        for t in self.terms:
            if t.startswith("§"):
                named |= {fold(x) for e in self.m.glossary.entries.get(t[1:], []) for x in syllables(e.lower())}
        return named

    @cached_property
    def _share_subject(self) -> dict[str, float]:
        """The weighted terms of X in "X chiếm bao nhiêu phần trăm …" (once per question)."""
        asked = re.match(r"\s*(.+?)\s+(?:chiếm|chiem)\b", self.question, re.I)
        return {t: self.terms[t] for t in self.m.question_terms(asked.group(1)) if t in self.terms} if asked else {}

    def _asked_words(self, text: str) -> bool:
        """Does the question say every word of ``text`` (years and "năm" aside)?"""
        words = [w for w in self.m.tokens(text).words if not w[0].isdigit() and fold(w) != "nam"]
        asked = {fold(w) for w in self.m.tokens(self.question).words}
        return bool(words) and all(fold(w) in asked for w in words)

    @cached_property
    def _asked_about(self) -> tuple[str, set[str]] | None:
        """The thing the question names with what it is about: ("quốc gia", {"độ", "ẩm"}) of "Chuẩn quốc gia về
        độ ẩm được phê duyệt …" (the two words before "về", the content words after it)."""
        m = _ABOUT_Q_RE.search(self.question)
        # (not an abbreviation, which the report may spell out, "về ĐLCL"; nor "chuyển về địa chỉ đó", a move)
        if not m or re.search(r"[A-ZĐ]{2}", m.group(2)) or _MOVED_TO_RE.search(m.group(1)) or _POINTING_RE.search(m.group(2)):
            return None
        want = {w for w in self.m.tokens(m.group(2)).words if w not in _UNIT_FUNCTION and w not in STOPWORDS}
        return (m.group(1), want) if want else None

    def _qualifier(self, text: str, end: int) -> float:
        """A value narrowed by a qualifier the question does not ask about ("61 TCVN về trang thiết bị y tế"),
        or a question narrowing by a qualifier the value does not have ("TCVN về khẩu trang")."""
        asked = re.search(r"(?:bao nhiêu|mấy)\s+(?:[^\W\d_]+\s+){0,3}?(?:về|trong lĩnh vực|đối với)\s+([^,;?()]{3,60})", self.question, re.I)
        if asked:
            stated = re.match(r"\s*(?:[^\W\d_]+\s+){0,6}?(?:về|trong lĩnh vực|thuộc lĩnh vực|đối với)\s+([^,;()]{3,60})", text[end:])
            want = {w for w in self.m.tokens(asked.group(1)).words if w not in _UNIT_FUNCTION}
            have = set(self.m.tokens(stated.group(1)).words) if stated else set()
            named = self.m.tokens(asked.group(1)).concepts  # ("về hàng rào kỹ thuật trong thương mại": §TBT)
            if want and not want <= have and not (stated is None and named and named <= self.m.tokens(text).concepts):
                return 0.2  # (a figure of no field of its own, in a clause naming the field asked, abbreviated: met)
        if self._asked_about is not None:  # "chuẩn quốc gia về độ ẩm" asked, "chuẩn quốc gia về độ cứng" written
            head, want = self._asked_about
            for said in re.finditer(rf"\b{re.escape(head)}\s+về\s+([^;.()]{{3,60}})", text, re.I):  # ("về đo lường, chất lượng")
                if not want <= set(self.m.tokens(said.group(1)).words):
                    return 0.2
        m = re.match(r"\s*(?:[^\W\d_]+\s+){0,3}?(về|trong lĩnh vực|thuộc lĩnh vực|đối với)\s+([^,;()]{3,60})", text[end:])
        if not m:
            return 1.0
        words = set(self.m.tokens(m.group(2)).words)
        return 1.0 if words & set(self.terms) else 0.7

    @staticmethod
    def segment(clause: Clause, local_start: int, local_end: int, percent: bool = False) -> str:
        """The piece of the sentence that holds the value, between commas, semicolons, parentheses and
        "và" before another number. A value that opens its piece ("12 tổ chức chứng nhận" after
        "cấp … cho 38 tổ chức thử nghiệm;") inherits the previous piece, where the verb is; a value
        that opens a parenthesis ("…trong nước (tăng 19% …)") takes the piece before it too."""
        # a parenthesis without figures ("ĐGSPH (đăng ký và chỉ định), tư vấn ISO …") is part of the text around it
        sent = _plain_brackets(clause.sentence)
        off = clause.start - clause.sentence_start
        ls, le = off + local_start, off + local_end
        matches = list(_SEG_BOUND_RE.finditer(sent[:ls]))
        bounds = [m.end() for m in matches]
        a = bounds[-1] if bounds else 0
        m = _SEG_END_RE.search(sent[le:])
        b = le + m.start() if m else len(sent)
        # enumeration commas ("kiểm định, hiệu chuẩn, thử nghiệm … cho 128 lượt đơn vị") are not
        # boundaries: extend back over comma pieces that hold no figure of their own
        i = len(matches) - 1
        while i >= 0 and a > 0 and matches[i].end() == a and matches[i].group(0).strip() == ",":
            prev = bounds[i - 1] if i >= 1 else 0
            if _has_figure(sent[prev:a]):
                break
            a = prev
            i -= 1
        lead = sent[a:ls]
        unlabeled = not re.search(r"[^\W\d_]", lead)  # "107/659 = 16,2%": an item continuing the previous label
        if a > 0 and percent and (sent[:a].rstrip().endswith("(") and len(lead.split()) <= 2
                                  or _SHARE_LEAD_RE.fullmatch(lead)):  # (", chiếm 53,4%": the share of the piece before)
            earlier = [x for x in bounds if x < a - 1]
            return sent[(earlier[-1] if earlier else 0) : b]  # "(tăng 19% …)" belongs to the piece before
        if a > 0 and unlabeled:
            # "12 tổ chức chứng nhận" after "cấp … cho 38 tổ chức thử nghiệm;": take the label / verb of the
            # nearest earlier piece that has one — the text before that piece's own figure
            starts = [0] + [x for x in bounds if x < a]
            for j in range(len(starts) - 1, -1, -1):
                piece = sent[starts[j] : (starts[j + 1] if j + 1 < len(starts) else a)]
                first = next((q for q in find_quantities(piece) if q.kind in ("number", "percent")), None)
                label = piece[: first.start] if first else piece
                if re.search(r"[^\W\d_]{2,}", label):
                    return label + " " + sent[a:b]
        return sent[a:b]

    @staticmethod
    def bracket_host(clause: Clause, local_start: int) -> str:
        """What a bracket holding the value comments on: the sentence before it, from its last semicolon
        ("Chi cục đã kiểm định 29.340 PTĐ các loại, đạt 52,4% kế hoạch năm" for "(kế hoạch năm 2023 là 56.000
        PTĐ)"). Empty out of brackets."""
        sent = _plain_brackets(clause.sentence)
        ls = clause.start - clause.sentence_start + local_start
        opened = sent.rfind("(", 0, ls)
        if opened < 0 or ")" in sent[opened:ls]:
            return ""
        return sent[sent.rfind(";", 0, opened) + 1 : opened]

    @staticmethod
    def tail(clause: Clause, local_end: int) -> str:
        m = _SEG_END_RE.search(clause.text[local_end:])
        return clause.text[local_end : local_end + (m.start() if m else 60)]

    def _group_asked(self, lead: str) -> bool:
        """Does the question name the group an extreme is of ("Lĩnh vực xăng dầu có số cơ sở được kiểm tra nhiều nhất
        (38 cơ sở, …)" for "kiểm tra bao nhiêu cơ sở kinh doanh xăng dầu")? The group is what comes before "có"."""
        group = _GROUP_HAS_RE.match(lead)
        if not group:
            return False
        heavy = {t for t, w in self.terms.items() if w >= 0.5}
        return bool(set(self.m.tokens(_GROUP_KIND_RE.sub(" ", group.group(1))).bag()) & heavy)

    def _label_fits(self, label: str) -> bool:
        """Is a table row's label the thing asked, not a narrower one? A total row is; another row is
        when the question's words weigh at least half the label's others ("Phương tiện đo nồng độ cồn trong
        hơi thở" is not "số PTĐ"; a counter word, "chiếc", is none of them), and a row of the rest ("Phương tiện đo khác") only when "khác" is asked."""
        if is_total(label):
            return True
        kinds = _ALL_KINDS_Q_RE.search(self.question)  # "cân các loại" asked: "Cân ô tô, cân bàn, cân đĩa" is every kind
        if kinds:
            items = [i.strip().lower() for i in re.split(r",|;|\svà\s", label) if i.strip()]
            heads = kinds.group(1).lower().split()
            if len(items) >= 2 and any(all(i.startswith(" ".join(heads[k:]) + " ") for i in items) for k in range(len(heads))):
                return True
        main = re.sub(r"\([^)]*\)", " ", label)
        tok = self.m.tokens(main, strip_concepts=True)
        units = {w for w in tok.words if not w.isdigit() and w not in STOPWORDS and fold(w) not in COUNTERS} | tok.concepts
        # (an abbreviation in brackets names the row as well as its words: "Cột đo khí dầu mỏ hóa lỏng (LPG)")
        units |= set(self.m.tokens(" ".join(_BRACKET_ABBR_RE.findall(label))).words)
        if any(fold(w) == "khac" for w in units) and not OTHER_KINDS_RE.search(self.question):
            return False
        covered = sum(self.m.weight(u) for u in units if u in self.terms)
        if covered > 0 and 2 * covered >= sum(self.m.weight(u) for u in units if u not in self.terms):
            return True
        # the asked thing, then whom it serves: "Mũ bảo hiểm cho người đi mô tô, xe máy" is the "mũ bảo hiểm" asked
        lead = _ROW_USE_RE.split(main, maxsplit=1)[0]
        lead_tok = self.m.tokens(lead, strip_concepts=True)
        named = {w for w in lead_tok.words if not w.isdigit() and w not in STOPWORDS and fold(w) not in COUNTERS} | lead_tok.concepts
        return lead != main and (len(named) >= 2 or bool(lead_tok.concepts)) and named <= set(self.terms)

    def _group_unsaid(self, text: str) -> bool:
        """Does ``text`` lack a word the question weighs heavily (the group it asks of: "nước sinh hoạt")?"""
        top = max(self.terms.values(), default=0.0)
        said = self.m.tokens(text).bag()
        return any(w >= 0.5 * top and t not in said for t, w in self.terms.items())

    def names_head(self, thing: str, text: str, within: int = 0) -> bool:
        """Does ``text`` name the head of ``thing`` -- its first two words ("cơ sở" of "cơ sở vi phạm", "tổ chức"
        of "tổ chức đánh giá sự phù hợp có vi phạm"), or an abbreviation it is spelt out in ("PTĐ" of "phương
        tiện đo không đạt")? ``within``: its first word, or an abbreviation spelt out in its first so many words
        only (not "PTĐ" of "quyết định phê duyệt mẫu PTĐ": its head is the "quyết định")."""
        if within:  # (the head noun may be one word: "mẫu" of "mẫu thử nghiệm" in "thử nghiệm 1.532 mẫu, tăng 6,4%")
            first = thing.split()[0]
            return bool(re.search(rf"(?<!\w){re.escape(first)}(?!\w)", text, re.I)) or bool(
                self.m.tokens(" ".join(thing.split()[:within])).concepts & self.m.tokens(text).concepts)
        head = " ".join(thing.split()[:2]).lower()
        return head in text.lower() or bool(self.m.tokens(thing).concepts & self.m.tokens(text).concepts)

    def _among_listed(self, label: str) -> bool:
        """Is the thing asked only one of the kinds a group row lists in brackets ("PTĐ trong lĩnh vực y tế (huyết
        áp kế, PTĐ điện tim, điện não)" for "huyết áp kế")? The row's figure counts them all, not the one asked."""
        inner = " ".join(re.findall(r"\(([^()]*)\)", label))
        if len([i for i in re.split(r",|;|\svà\s", inner) if i.strip()]) < 2:
            return False
        main = re.sub(r"\([^)]*\)", " ", label)
        return bool(self.m.tokens(inner).bag() & set(self.terms)) and not self.m.tokens(main).bag() & set(self.terms)

    @cached_property
    def _said(self) -> set[str]:
        """Every word the question writes, folded (also those within a synonym: "thu" of "nguồn thu")."""
        return {fold(w) for w in re.findall(r"[^\W\d_]+", self.question.lower())}

    def _other_head(self, label: str) -> bool:
        """Does a row's label open with a word the question lacks, before words it asks ("Huyết áp kế" for
        "áp kế")? A Vietnamese noun phrase puts its head first: such a row counts another thing."""
        main = re.sub(r"\([^)]*\)", " ", label)
        if self.m.tokens(main).concepts & set(self.terms):  # (an asked term or synonym: "Thu từ …" of "nguồn thu")
            return False
        # (a concept the question does not ask stays words: "Huyết áp kế", a synonym of "máy đo huyết áp", opens
        # with "huyết" before the "áp kế" asked)
        words = [w for w in self.m.tokens(main).words
                 if not w.isdigit() and w not in STOPWORDS and fold(w) not in COUNTERS]
        return 2 <= len(words) <= _SHORT_LABEL and words[0] not in self.terms and fold(words[0].lower()) not in self._said \
            and any(w in self.terms for w in words[1:])

    def _total_of_others(self, clause: Clause) -> bool:
        """A total row ("Tổng cộng | chiếc | 18.746") whose label, column and caption lack most of what the
        question names besides its counter: the question is about one of the rows ("đồng hồ nước" of a
        table of PTĐ groups), not the table's whole."""
        if not is_total(clause.label):
            return False
        if _TOTAL_ASKED_RE.search(self.question) or _ALL_ASKED_RE.search(self.question):
            return False  # "kiểm định tổng cộng bao nhiêu phương tiện đo": the whole is asked
        named = {t: w for t, w in self.terms.items() if fold(t) not in COUNTERS}
        if not named:
            return False
        top = max(named.values())
        heavy = {t: w for t, w in named.items() if w >= 0.6 * top}
        said = self.m.tokens(f"{clause.context} {clause.sentence}").bag()  # (its unit cell too: "PTĐ")
        return 2 * sum(w for t, w in heavy.items() if t in said) < sum(heavy.values())

    @cached_property
    def _part_asked(self) -> bool:
        """The question asks a part ("riêng …", "trong đó …")."""
        return bool(PART_ASKED_RE.search(self.question) or WITHIN_RE.search(self.question))

    @cached_property
    def _asked_standards(self) -> frozenset[tuple[str, str]]:
        """The standards the question names by code ("ISO 14001"), read once for all its candidates."""
        return _standards_named(self.question)

    @cached_property
    def _asked_activities(self) -> frozenset[str]:
        """The services the question asks of ("kiểm định"); a source it opens with ("Theo bảng kết quả kiểm định,
        hiệu chuẩn PTĐ …, ") names the table's, not the one asked, when the rest names one."""
        q = f" {fold(self.question).lower()} "
        named = frozenset(a for a in _ACTIVITIES if f" {a} " in q)
        source = _SOURCE_OPENING_RE.match(self.question)
        if source and len(named) > 1:  # (the source may list services itself: the rest follows its last comma)
            asked = re.search(r"\b(?:bao nhiêu|bao nhieu|mấy|may)\b", self.question, re.I)
            head = self.question[: asked.start() if asked else len(self.question)]
            rest = f" {fold(self.question[max(source.end(), head.rfind(',') + 1):]).lower()} "
            own = frozenset(a for a in _ACTIVITIES if f" {a} " in rest)
            return own or named
        return named

    def _other_activity(self, segment: str, clause: Clause) -> bool:
        """The figure's own words (or its row's label) name one of the technical services -- kiểm định, hiệu
        chuẩn, thử nghiệm, giám định, chứng nhận -- and none the question asks for."""
        asked = self._asked_activities
        if not asked:
            return False
        own = " " + fold(f"{segment} {clause.label or ''} {clause.column or ''} {clause.parent}").lower() + " "
        named = {a for a in _ACTIVITIES if f" {a} " in own}
        return bool(named) and not named & asked

    @staticmethod
    def _rate_said_of(cand: Candidate, whole_row: bool) -> str:
        """Where a rate says what it is of: its sentence up to it; a cell's row label, column and caption (with
        ``whole_row``, its whole row too: the unit cell "mẫu" of "Hàng đóng gói sẵn … | mẫu | 215 | 264 | 122,8")."""
        clause = cand.clause
        if not clause.column:
            return clause.sentence[: cand.start - clause.sentence_start]
        return f"{clause.sentence} {clause.context}" if whole_row else clause.context

    def _whole_of_services(self, segment: str, clause: Clause) -> bool:
        """The figure's own words (or its row's label) say a total of revenue and name none of the technical
        services, one of which the question asks the revenue of (and no total)."""
        if not self._asked_activities or re.search(r"\b(?:tổng|cộng|tong)\b", self.question, re.I) \
                or not _REVENUE_Q_RE.search(self.question):  # (a table of one service: its "Tổng cộng" row is it)
            return False
        own = f"{segment} {clause.label or ''} {clause.parent}"
        said = f" {fold(f'{own} {clause.context}').lower()} "  # (a table's caption: "Kết quả kiểm định …")
        return bool(re.search(r"\b(?:tổng|cộng)\b", own, re.I)) and not any(f" {a} " in said for a in _ACTIVITIES)

    def _narrower_part(self, cand: Candidate, whole_words: str) -> bool:
        """A "trong đó" part whose own words after its unit ("58 mẫu xăng dầu") name a kind that neither the
        question nor its whole ("146 mẫu sản phẩm, hàng hóa gửi thử nghiệm") says, the question asking no part."""
        if self._part_asked or _SINGLED_RE.search(self.question):
            return False
        text = cand.clause.passage.text[cand.end - cand.clause.passage.start :][:80]
        own = re.split(r"[,;.:()\[]|\s(?:và|hoặc|của|tại|trên|với)\s", text, maxsplit=1)[0]
        head = set(self.m.tokens(cand.unit or "").words[:1])
        known = set(self.terms) | self.m.tokens(whole_words).bag() | head
        concepts = self.m.tokens(own).concepts
        # ("121 GCN hệ thống quản lý chất lượng" asked as "GCN HTQLCL": the words of a term asked are asked)
        words = [w for w in self.m.tokens(own, strip_concepts=bool(concepts) and concepts <= known).words
                 if w not in STOPWORDS]
        return any(w not in known and not w.isdigit() for w in words)

    def _aspect(self, clause: Clause, local_end: int) -> float:
        """"đã (giải quyết) xong" asked but "đang giải quyết" stated, or the reverse."""
        tail = self.tail(clause, local_end).lower()
        q = self.question.lower()
        if "đang" in q and "đang" not in tail:
            return 0.7
        if "đang" not in q and re.search(r"\b(đã|xong)\b", q) and "đang" in tail:
            return 0.6
        return 1.0

    def score(self, cand: Candidate) -> Candidate:
        clause = cand.clause
        local = cand.start - clause.start
        ctok = self.m.tokens(clause.text)
        own_segment = self.segment(clause, local, cand.end - clause.start, cand.kind == "percent")
        seg_text = own_segment
        if cand.kind == "date" and _OPENING_DATE_RE.fullmatch(seg_text.rsplit(": ", 1)[-1]):
            # "Ngày 17/8/2018, Văn phòng Công nhận … ban hành quyết định …": a date opening its sentence (or what
            # follows a lead-in "Nâng cao năng lực thử nghiệm: …") dates the piece after its comma
            rest = _plain_brackets(clause.text[cand.end - clause.start :])
            nxt = re.match(r"\s*,\s*", rest)
            if nxt:
                end = _SEG_END_RE.search(rest, nxt.end())
                seg_text += " " + rest[nxt.end() : end.start() if end else len(rest)]
        seg_bag = self.m.tokens(seg_text).bag()
        if clause.context:  # a table cell: its row and column say what the figure is
            seg_bag |= self.m.tokens(clause.context).bag()
        inherited = ""
        if not clause.context and cand.kind == "number" and cand.unit and (at := self._whole_at(cand)) is not None:
            # "Tiếp nhận 64 hồ sơ công bố hợp chuẩn, hợp quy; trong đó đã ban hành thông báo tiếp nhận 58 hồ
            # sơ": the part counts the whole's kind of thing, named once
            after = clause.passage.text[at : at + 120]
            inherited = after[: (re.search(r";|\.\s|\(|:|\btrong (?:số )?đó\b", after) or re.search(r"$", after)).start()]
            seg_bag |= self.m.tokens(inherited).bag()
        topic = _TOPIC_RE.match(clause.sentence)
        if topic:  # "Về công tác mã số mã vạch, …": the sentence's topic applies to each of its figures
            seg_bag |= self.m.tokens(topic.group(1)).bag()
        pos = len(syllables(clause.text[:local], fold=self.m.folded))
        positions: dict[str, list[int]] = {}
        for i, w in enumerate(ctok.words):
            positions.setdefault(w, []).append(i)
        s = 0.0
        sent_bag = self.m.tokens(clause.sentence).bag()
        sec_bag = self.m.tokens(clause.passage.section or "").bag()
        # ("- | Chứng nhận | …" under "1 | Tổng doanh thu": its doanh thu, though less its own than its label's words)
        parent_bag = self.m.tokens(clause.parent).bag() if clause.parent else frozenset()
        for t, w in self.terms.items():
            if t in seg_bag:
                s += w
            elif t in parent_bag:
                s += PARENT_SHARE * w
            elif t in positions:
                d = min(abs(p - pos) for p in positions[t])
                s += w * (0.3 + 0.3 / (1 + d / 8))
            elif t in ctok.concepts:
                s += w * 0.5
            elif t in sent_bag:
                s += w * 0.3
            elif t in sec_bag:
                s += w * 0.25
        seg_pairs = " " + " ".join(self.m.tokens(seg_text if cand.kind == "date" else self.segment(
            clause, local, cand.end - clause.start)).words) + " " + (
            " ".join(self.m.tokens(inherited).words) + " " if inherited else "")
        text_pairs = " " + " ".join(ctok.words) + " "
        for b, w in self.bigrams.items():
            if f" {b} " in seg_pairs:
                s += 0.6 * w
            elif f" {b} " in text_pairs:
                s += 0.25 * w
        if cand.kind == "number" and cand.label_unit:  # (a "triệu đồng" column's cell: "158.267 triệu" đồng)
            cand.unit_match = self.unit_match(f" {split_scale(cand.text)[1] or ''} {cand.unit}", 0)
        if cand.kind == "number" and clause.label and self.unit_tokens and (cand.unit_match or 0.0) < 1.0 and not (
                self._money_cell(cand)) and not (  # (a "triệu đồng" table's "Kiểm định phương tiện đo" row is money, not PTĐ)
                _counts_events(cand, clause, self.unit_tokens.words)):  # (nor a "Số đợt" column's: it counts đợt)
            # a table's row label names what its row counts ("VILAS Med (phòng xét nghiệm y tế)" of "tổ chức")
            parts = [p for p in re.split(r"[()]", clause.label) if p.strip()]
            if clause.name and clause.name != clause.label and 0 <= clause.sentence.find(clause.name) < (
                    cand.start - clause.sentence_start):  # ("Kiểm định | Huyết áp kế": the row's own name cell, not a note after it)
                parts += [p for p in re.split(r"[()]", clause.name) if p.strip()]
            if " | " not in clause.sentence:  # a row read out of a PDF: its "Đơn vị tính" cell ends the label
                words = clause.label.split()
                parts += [" ".join(words[-k:]) for k in (1, 2, 3) if len(words) > k]
            cand.unit_match = max([self.unit_match(f" {part}", 0) or 0.0 for part in parts] + [cand.unit_match or 0.0])
        elif cand.kind == "number" and not cand.label_unit:
            cand.unit_match = self.unit_match(clause.passage.text, cand.unit_end - clause.passage.start)
        if cand.kind == "number" and (cand.unit_match or 0.0) < 1.0 and self.unit_tokens and (lead := _counted_label(cand)):
            # "Công tơ điện 1 pha, 3 pha: 5.214 chiếc": the counter counts what the line's label names
            cand.unit_match = max(cand.unit_match or 0.0, self.unit_match(f" {lead}", 0) or 0.0)
        if cand.kind == "number" and cand.unit_match is not None and cand.unit_match < 1.0 and self._counted(cand):
            cand.unit_match = 1.0
        if cand.kind == "number" and cand.unit_match is not None and cand.unit_match < 1.0 and self._part_of_whole(cand):
            # ("39.708 phương tiện đo …; trong đó có 428 phương tiện không đạt": the part's "phương tiện" is the PTĐ)
            cand.unit_match = 1.0
        # "bao nhiêu chiếc" met by "96.214 công tơ" or a row its table counts in chiếc: the counter holds
        counter = cand.unit_match == 1.0 and len(self.unit_tokens.words) == 1 and fold(self.unit_tokens.words[0]) in BARE_COUNTERS
        cand.coverage = self.coverage(clause.text, clause.sentence, clause.passage.section or "", clause.context, clause.parent,
                                      list_lead(clause), paragraph_label(clause), _referent(clause, cand),
                                      near=clause.passage.text,
                                      given=(self.unit_tokens.bag() if counter else frozenset())
                                      | self.doc_given.get(clause.passage.doc_id, frozenset()),
                                      near_given=self.doc_near.get(clause.passage.doc_id, frozenset()))
        if cand.unit_match is not None:
            avg = self.total / max(1, len(self.terms))
            s += 3.0 * cand.unit_match * avg
            if cand.unit_match == 0:
                s *= 0.35
            elif cand.unit_match < 0.99:
                s *= 0.6
        if PART_ASKED_RE.search(self.question) and TOTAL_RE.search(
                self.segment(clause, local, cand.end - clause.start)):
            s *= 0.5
        elif _TOTAL_ASKED_RE.match(self.question) and TOTAL_RE.search(self.segment(clause, local, cand.end - clause.start)):
            s *= 1.1  # "Tổng số tiền xử phạt …" asked: "… tổng số tiền 214,5 triệu đồng", not one decision's
        elif inherited and self.one_figure and _ALL_ASKED_RE.search(self.question):
            s *= 0.8  # "tổng cộng bao nhiêu hồ sơ" asked: the whole, not a part after its "trong đó"
        elif self.one_figure and _ALL_ASKED_RE.search(self.question) and _PART_OPENS_RE.match(clause.sentence):
            s *= 0.6  # … nor "Trong đó, 03 đoàn kiểm tra của Chi cục kiểm tra 71 cơ sở", a part of the sentence before
        elif inherited and self.one_figure and self._narrower_part(cand, inherited):
            s *= 0.8  # "146 mẫu sản phẩm, hàng hóa …, trong đó có 58 mẫu xăng dầu": the part names a kind not asked
        elif self.one_figure and not clause.column and not self._part_asked and _AMONG_ALL_RE.search(clause.text[:local]):
            s *= 0.7  # "Trong tổng số đồng hồ nước được kiểm định có 4.318 chiếc do Công ty … gửi": a part of the whole
        if not clause.column and self._kind_only_listed(cand):
            # "mẫu phân bón" asked: "318 mẫu sản phẩm, hàng hóa (xăng dầu, vàng trang sức, phân bón, …)" counts all
            # those kinds and says nothing of one: not the unit asked (where it ranks first, nothing is said)
            cand.unit_match = 0.0
        if not clause.column and _provisional(clause.sentence[: cand.start - clause.sentence_start]) \
                and not _PROVISIONAL_RE.search(self.question):
            s *= 0.5  # "… đã nêu số liệu tạm tính đến hết tháng 11/2023: kiểm định 15.874 PTĐ": the official is asked
        if _SINGLED_RE.search(self.question) and not clause.column and _ENUMERATION_RE.match(
                clause.text[cand.end - clause.start :][:160]):
            s *= 0.6  # "riêng lĩnh vực chứng nhận" asked; "412 hồ sơ … thử nghiệm, giám định, kiểm định, chứng nhận" is all of them
        if cand.fraction:
            seg = self.segment(clause, local, cand.end - clause.start)
            negated_label = bool(NEGATION_RE.search(seg))
            asks_negated = bool(NEGATION_RE.search(self.question))
            wants_total = bool(re.search(r"(tổng số|trên tổng|tong so|tính trên|trên số)", self.question, re.I)) or (
                negated_label and not asks_negated)
            if (cand.fraction == "den") != wants_total:
                s *= 0.6
        s += 0.3 / (1 + clause.rank)
        qualifier = self._qualifier(clause.text, cand.end - clause.start)
        if qualifier <= 0.2:  # the question narrows ("TCVN về khẩu trang") where the figure does not
            cand.unit_match = 0.0
        s *= self._direction(clause.text[:local], ctok, cand.kind == "percent") * qualifier
        if _PART_COLUMN_RE.match(clause.column) and not self._asked_words(_PART_COLUMN_RE.sub("", clause.column)):
            s *= 0.6  # a "Trong đó công nhận lần đầu" column is a part of the row's whole, unless that part is asked
        if cand.kind == "percent" and re.search(r"kế hoạch|\bkh\b", clause.column, re.I) and not re.search(
                r"kế hoạch|ke hoach|\bkh\b|dự toán|du toan", self.question, re.I):
            s *= 0.5  # a "Tỷ lệ so với kế hoạch (%)" column answers only a question about the plan (or the budget)
        elif cand.kind == "percent" and re.search(r"kế hoạch|ke hoach|\bkh\b|chỉ tiêu|chi tieu|dự toán|du toan", self.question,
                                                  re.I) and (
                re.search(r"(?:19|20)\d{2}\s*/\s*(?:19|20)\d{2}|so với (?:năm|cùng kỳ)", clause.column, re.I)
                or (not clause.column and re.match(r"\s*so với (?:năm|cùng kỳ)", clause.text[cand.end - clause.start :], re.I)
                    and not re.search(r"so với (?:năm|cùng kỳ|cung ky|nam)", self.question, re.I))):
            s *= 0.5  # … and a "Tỷ lệ 2024/2023 (%)" column or "giảm 16,6% so với năm 2019" none about it
        if cand.kind == "percent" and not clause.column and re.match(
                r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)", clause.text[cand.end - clause.start :], re.I) and re.search(
                r"so với (?:năm|cùng kỳ|cung ky|nam)", self.question, re.I) and not re.search(
                r"kế hoạch|ke hoach|chỉ tiêu|chi tieu", self.question, re.I):
            s *= 0.5  # "bằng 108,5% kế hoạch" is no answer to "bằng bao nhiêu phần trăm so với năm 2022"
        if cand.kind == "percent" and not clause.column and OF_PLAN_Q_RE.search(self.question) and re.search(
                r"\b(?:chiếm|chiem)\s*$", clause.text[:local]):
            s *= 0.5  # "chiếm 63,8%" is a share, no answer to "đạt bao nhiêu phần trăm kế hoạch"
        elif cand.kind == "percent" and (share := _RATE_OF_Q_RE.search(self.question) or _CHANGE_OF_Q_RE.match(self.question)) \
                and not self.names_head(share.group(1), self._rate_said_of(cand, whole_row=share.re is _CHANGE_OF_Q_RE),
                                         0 if share.re is _RATE_OF_Q_RE else 4):
            # "tỷ lệ cơ sở vi phạm trên tổng số cơ sở …" is not "… xử phạt vi phạm …, đã nộp vào ngân sách nhà nước
            # 100%": its sentence up to it (a cell: its row, column and caption) does not name what the rate is of
            cand.coverage = min(cand.coverage, UNNAMED_COVERAGE)
        elif cand.kind == "percent" and not clause.column and _OVERALL_SAID_RE.search(own_segment) \
                and not _OVERALL_ASKED_RE.search(self.question) and self._group_unsaid(clause.sentence):
            # "tỷ lệ mẫu nước sinh hoạt không đạt" is not "tỷ lệ mẫu không đạt chung là 5,7%": the whole's rate,
            # its sentence naming no group the question names
            cand.coverage = min(cand.coverage, UNNAMED_COVERAGE)
        elif cand.kind == "percent" and not clause.column and OF_PLAN_Q_RE.search(self.question) and re.match(
                r"\s*(?:tổng|so với|cùng kỳ|của)\b", clause.text[cand.end - clause.start :], re.I):
            s *= 0.6  # "tương đương 53,7% tổng thu cả năm 2024" is measured against another whole than the plan asked
        if cand.kind == "number" and (undone := _UNDOING_Q_RE.search(self.question)) and fold(undone.group(1)).lower() not in fold(
                f"{clause.sentence}\n{clause.context}\n{clause.passage.section or ''}").lower():
            # "thu hồi bao nhiêu quyết định phê duyệt mẫu" is not "ban hành 412 quyết định phê duyệt mẫu": a figure
            # of things undone is only where the undoing is said
            cand.coverage = min(cand.coverage, UNNAMED_COVERAGE)
        if self._asked_standards and _other_standard(self._asked_standards, self.question,
                                                     f"{clause.sentence if not clause.column else clause.label} {clause.column}"):
            # "áp dụng ISO 14001" asked: not the row "… áp dụng ISO 9001", whatever words the two share
            s *= 0.6
            cand.coverage = min(cand.coverage, UNNAMED_COVERAGE)
        other_head = bool(clause.label and clause.column and self._other_head(clause.name or clause.label))
        if clause.label and (not self._label_fits(clause.label) or self._total_of_others(clause)):
            s *= 0.6  # a row of another thing ("Công tơ điện" asked of "số PTĐ"): the total row or prose says it
            if self._among_listed(clause.label):
                cand.coverage = min(cand.coverage, UNNAMED_COVERAGE)
        elif other_head:
            s *= 0.8  # "Huyết áp kế" is no "áp kế": a word before the asked ones names another thing
        if other_head:  # (nor, when no row is of "áp kế", the figure asked: the words its label shares with the
            # question name another thing, and so cover nothing asked)
            named = self.m.tokens(clause.name or clause.label).bag()
            cand.coverage = max(0.0, cand.coverage - sum(w for t, w in self.terms.items() if t in named) / self.total)
        if clause.label and clause.column and _OVERALL_ASKED_RE.search(self.question) and not is_total(clause.label):
            s *= 0.6  # "tỷ lệ thực hiện chung của tất cả các nguồn": the table's total row, not one source's
        elif clause.label and clause.column and clause.name and _ALL_ASKED_RE.search(self.question) \
                and not is_total(clause.label) and not self._label_fits(clause.name):
            s *= 0.8  # "kiểm định tổng cộng bao nhiêu PTĐ": "Cân các loại" under the group "Kiểm định PTĐ" is one kind
        s *= self._aspect(clause, cand.end - clause.start)
        extreme = EXTREME_RE.search(own_segment[:200])
        if extreme and not EXTREME_RE.search(self.question) and not self._group_asked(own_segment[:extreme.start()]):
            s *= 0.3  # "Nhóm nước sạch có tỷ lệ mẫu không đạt cao nhất (9,5%)": one group's extreme, not the rate asked
        singled = None if clause.column or _SINGLED_RE.search(self.question) else _SINGLED_PART_RE.search(clause.text[:local])
        if singled and not set(self.m.tokens(singled.group(1)).words) & {t for t, w in self.terms.items() if w >= 0.5}:
            s *= 0.6  # "… đều đạt kế hoạch; riêng đồng hồ nước lạnh chỉ đạt 89,7%": a part the question does not name
        if self._other_activity(own_segment + " " + self.bracket_host(clause, local), clause):
            s *= 0.6  # "hiệu chuẩn bao nhiêu PTĐ" asked; "đã kiểm định tổng số 69.396 PTĐ" counts another service
        elif self._whole_of_services(own_segment + " " + self.bracket_host(clause, local), clause):  # ("Tổng doanh thu
            # … tăng 11,2% so với năm 2022 (17,21 tỷ đồng)": the bracket's figure is its host's, of 2022)
            s *= 0.6  # "doanh thu từ hoạt động hiệu chuẩn" asked; "Tổng doanh thu … đạt 11,46 tỷ đồng" is every service's
        if cand.kind == "number" and _RATE_RE.match(clause.text[cand.end - clause.start :]) \
                and not _RATE_ASKED_RE.search(self.question):
            s *= 0.3  # "20 triệu đồng/đơn vị" is a rate, no answer to "tổng số tiền hỗ trợ"
        cand.score = s / self.total
        return cand


# "<noun> các loại" asked: every kind of it
_ALL_KINDS_Q_RE = re.compile(r"\b([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+các loại\b", re.I)
# where a row label's thing ends and its use begins: "… cho người đi mô tô", "… dùng trong thương mại"
_ROW_USE_RE = re.compile(r"\s(?:dùng|sử dụng|cho|của|để)\s", re.I)

PARENT_SHARE = 0.5  # what a word of the row a table row is part of weighs, against one of the row's own label


# a line of a list: "Lượt truy cập: 18.426.700 lượt", "Tiêu chuẩn IEC: 1.047 tiêu chuẩn", "- 46 cửa hàng"
_PARA_LABEL_RE = re.compile(r"[ \t]*(?:[-+•*–][ \t]*)?(?P<label>[^\W\d_][^:.;\n]{0,24}):[ \t]+\S")
_LIST_ITEM_RE = re.compile(r"\s*(?:[-+•*–]\s+\S|[^\W\d_][^:.;]{0,60}:\s*\S)")


def clause_before(c: Candidate) -> str:
    """The figure's clause up to the figure."""
    return c.clause.text[: c.start - c.clause.start]


def line_start(clause: Clause) -> int:
    """Where, in its passage's text, the line the clause's sentence stands on starts."""
    text = clause.passage.text
    return text.rfind("\n", 0, max(0, clause.sentence_start - clause.passage.start)) + 1


# an act that undoes another, asked ("đã thu hồi bao nhiêu …", "bị đình chỉ"): its stem, as the report must say it
_UNDOING_Q_RE = re.compile(r"\b(thu hồi|hủy bỏ|huỷ bỏ|đình chỉ|từ chối|thu hoi|huy bo|dinh chi|tu choi)\b", re.I)
_GRAND_TOTAL_RE = re.compile(r"\s*(?:tổng cộng|tổng số)\s*$", re.I)  # not "Cộng B", "Tổng cộng (A+B)": a part's or its sum's
# a standard or regulation named by its code: "ISO 14001", "ISO/IEC 17025:2017", "TCVN 5699", "QCVN 01:2022/BKHCN"
_STANDARD_RE = re.compile(r"\b(ISO(?:/IEC)?|TCVN|QCVN|IEC|OIML|ĐLVN)\s*(\d+)", re.I)


def _standards_named(question: str) -> frozenset[tuple[str, str]]:
    """The standards a question names by code, as (family, number): {("ISO", "14001")}."""
    return frozenset((f.upper(), n) for f, n in _STANDARD_RE.findall(question))


def _other_standard(asked: frozenset[tuple[str, str]], question: str, text: str) -> bool:
    """Does ``text`` name another standard of a family the question names by code (``asked``), and not that one
    ("ISO 9001" where "ISO 14001" is asked), or another system by name ("HACCP")? Text naming none may mean the
    one asked."""
    for family, number in asked:
        said = {n for f, n in _STANDARD_RE.findall(text) if f.upper() == family}
        if said and number not in said or not said and _SYSTEM_RE.search(text) and not _SYSTEM_RE.search(question):
            return True  # (or another system by name: the row "… áp dụng HACCP")
    return False


# management systems and tools named without a code (a text naming none may still mean the one asked: "HTQLCL")
_SYSTEM_RE = re.compile(r"\b(?:HACCP|VietGAP|GlobalGAP|5S|Kaizen|Lean|GMP|BRC|FSSC)\b", re.I)


_REVENUE_Q_RE = re.compile(r"\b(?:doanh thu|nguồn thu|số thu|thu phí|thu sự nghiệp|nguon thu|so thu|thu phi)\b", re.I)
# one round of a campaign the question names: "đợt 2 năm 2024", "trong đợt 1" (not "2 đợt", "đợt kiểm tra")
ROUND_Q_RE = re.compile(r"\b(?:đợt|dot)\s+(\d{1,2})\b(?!\s*(?:/|%|\.\d|,\d))", re.I)


def round_said(cand: Candidate, n: str) -> bool:
    """Does the figure's own line up to it or its section name round ``n`` ("Trong đợt 2 (…), Đoàn đã kiểm tra 28
    cửa hàng"; "Đợt 1: … do ông Trần Đức Hưng … làm Trưởng đoàn"), or, for a table cell, its column or its row's
    name?"""
    clause = cand.clause
    if clause.column:  # a cell: its column ("Đợt 2") or a cell of its row ("Xăng dầu | Đợt 2: tháng 10/2024 | 20"),
        cells = clause.sentence.split(" | ")  # not the note closing a district's row ("… | 10.000.000 | Đợt 2")
        return n in rounds_named(clause.column) or any(n in rounds_named(x) for x in cells[:-1])
    line = clause.passage.text[line_start(clause) : max(0, cand.start - clause.passage.start)]
    return n in rounds_named(f"{clause.passage.section or ''}\n{line}")


_ROUND_NAMED_RE = re.compile(r"\b(?:đợt|dot)\s+(\d+)\b", re.I)


def rounds_named(text: str) -> set[str]:
    """The rounds ``text`` names: {"1", "2"} of "… năm 2023 (đợt 1) và … (đợt 2)"."""
    return set(_ROUND_NAMED_RE.findall(text))


def _counted_label(cand: Candidate) -> str:
    """The label of a line "Công tơ điện 1 pha, 3 pha: 5.214 chiếc" when the figure right after its colon is
    counted in a bare counter ("chiếc", "cái"): what it counts. Empty for any other figure."""
    if cand.clause.column or fold((cand.unit or "").split(" ")[0]).lower() not in BARE_COUNTERS:
        return ""
    text, at = cand.clause.passage.text, cand.start - cand.clause.passage.start
    before = text[text.rfind("\n", 0, at) + 1 : at]
    found = _COUNTED_LABEL_RE.match(before)
    return found.group(1) if found else ""


_COUNTED_LABEL_RE = re.compile(r"\s*(?:[-+•*–]\s*)?([^\W\d_][^:;\n]{0,60}):\s*$")


def paragraph_label(clause: Clause) -> str:
    """The short label a paragraph opens with ("Đợt 1: Chi cục trưởng ban hành Quyết định … Đoàn tiến hành
    kiểm tra từ ngày …"): what each of its sentences is about. Empty for other text and for table cells."""
    if clause.column:
        return ""
    found = _PARA_LABEL_RE.match(clause.passage.text, line_start(clause))
    return found.group("label") if found and len(found.group("label").split()) <= 4 else ""


def list_lead(clause: Clause) -> str:
    """The line a list item hangs from ("Tạp chí điện tử Vietq.vn …. Kết quả năm 2024:" above "Lượt truy cập:
    18.426.700 lượt"): what every item of the list is about. Empty for other text."""
    if clause.column or len(clause.sentence) > 160 or not _LIST_ITEM_RE.match(clause.sentence):
        return ""
    before = clause.passage.text[: max(0, clause.sentence_start - clause.passage.start)].split("\n")
    for line in reversed(before[-12:]):
        line = line.strip()
        if not line:
            continue
        if line.endswith(":"):
            return line
        if len(line) > 160 or not _LIST_ITEM_RE.match(line):
            return ""
    return ""


def is_total(label: str) -> bool:
    """Is a table row's label its total ("Tổng cộng", "Cộng", "Tổng số PTĐ")?"""
    return bool(TOTAL_RE.search(label) or _TOTAL_LABEL_RE.match(label))


def _plain_brackets(text: str) -> str:
    """``text`` with each bracket that holds no figure opened: "Văn phòng Công nhận (BoA) ban hành" reads on."""
    return PAREN_RE.sub(lambda mm: mm.group(0) if _has_figure(mm.group(1)) else f" {mm.group(1)} ", text)


_SHARE_LEAD_RE = re.compile(r"\s*(?:chiếm|chiem|tương ứng|tuong ung|tương đương|tuong duong)(?:\s+(?:tỷ lệ|ty le|khoảng|khoang))?\s*", re.I)


def _has_figure(text: str) -> bool:
    return any(q.kind in ("number", "percent") for q in find_quantities(text))


_ENGLISH_WORDS = frozenset("the of and in to was were with for by from on at than as is are this that which".split())
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def english(sentence: str) -> bool:
    """Is a sentence English (a bilingual report's translation)? Words of plain ASCII letters only, English
    function words among them: its figures are written "18,652", "116.6%", not the Vietnamese way."""
    words = _LETTER_WORD_RE.findall(sentence)
    if len(words) < 6:
        return False
    plain = sum(w.isascii() for w in words)
    return plain >= 0.9 * len(words) and sum(w.lower() in _ENGLISH_WORDS for w in words) >= 2


def english_table(c: Clause) -> bool:
    """Is the clause a row of a table whose figures are written the English way (a sheet pasted from an
    English-locale Excel: "12,450 | 622,500 | 16.2")? Judged on all the rows of its table in the passage."""
    if "|" not in c.sentence:
        return False
    return _english_block(c.passage.text, c.sentence_start - c.passage.start)


@lru_cache(maxsize=4096)
def _english_block(text: str, at: int) -> bool:
    lines = text.split("\n")
    first = last = min(text.count("\n", 0, at), len(lines) - 1)
    while first > 0 and "|" in lines[first - 1]:
        first -= 1
    while last + 1 < len(lines) and "|" in lines[last + 1]:
        last += 1
    return english_figures([cell for line in lines[first : last + 1] for cell in _pipe_cells(line)])


_ITEM_NUMBER_RE = re.compile(r"[.)](?:\s+([^\W\d_])|\s*$)")  # "4. Khởi công", "2) Kiểm tra": an item's number


def _item_number(text: str, start: int, end: int) -> bool:
    """Is the number at ``start:end`` a list item's at the head of its line ("…Tết Nguyên đán 2026.\n4. Khởi công
    …"), no figure?"""
    item = _ITEM_NUMBER_RE.match(text, end)
    if not item or not (item.group(1) is None or item.group(1).isupper()):
        return False
    line = text.rfind("\n", 0, start)
    return line >= 0 and not text[line + 1 : start].strip(" \t")


def quantity_candidates(cl: list[Clause], want: str) -> list[Candidate]:
    """Numbers (want='number'), percentages ('percent') or dates ('date') in the clauses."""
    out: list[Candidate] = []
    for c in cl:
        if english(c.sentence):
            continue  # "[EN] … verified 18,652 instruments": English writes its figures the other way round
        qs = find_quantities(c.text, english_table(c))
        index = _row_index(c)
        for i, q in enumerate(qs):
            if index is not None and c.start + q.start == index:
                continue  # a table row's number ("6 Huyết áp kế 95 212"), not a figure
            if q.kind == "number" and _item_number(c.text, q.start, q.end):
                continue
            if want == "date":
                if q.kind == "date":
                    out.append(Candidate(c, "date", None, q.text, c.start + q.start, c.start + q.end))
                continue
            if q.kind != want and not (want == "ordinal" and q.kind == "number"):
                continue
            cand = candidate_of(c, q, want)
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            prev = qs[i - 1] if i > 0 else None
            if want == "number" and nxt is not None and nxt.kind == "number" and c.text[q.end : nxt.start] == "/":
                cand.fraction = "num"
                cand.unit = unit_after(c.text, nxt.end)
                cand.unit_end = c.start + nxt.end
            elif want == "number" and prev is not None and prev.kind == "number" and c.text[prev.end : q.start] == "/":
                cand.fraction = "den"
            if want == "number" and not cand.unit and (field := _FIELD_UNIT_RE.search(
                    c.sentence[: c.start - c.sentence_start + q.start])):
                cand.unit = field.group(1)  # a field's label giving its unit: "Tổng số tiền xử phạt (đồng): 46500000"
                cand.unit_end = 0
                cand.label_unit = True
            if want == "number" and not cand.unit:
                before = c.sentence[: c.start - c.sentence_start + q.start]
                label = re.search(r"\b[Ss]ố\s+(?:lượng\s+)?([^\W\d_]+)[^:]*:[^:]*$", before)
                named = None if label else re.search(r"\b[Ss]ố\s+(?:lượng\s+)?(?=[^\W\d_])[^:;()]*(?:\([^()]*\)[^:;()]*)*\blà\s*$",
                                                    before)  # "Số doanh nghiệp được hỗ trợ … năm 2023 là 14"
                if named and (words := unit_after(before, named.start() + 2)):
                    cand.unit = words
                    cand.unit_end = 0
                    cand.label_unit = True
                elif label:
                    cand.unit = label.group(1)
                    cand.unit_end = 0
                    cand.label_unit = True
            out.append(cand)
    return out


# a field's label ending on its unit in brackets, right before its value: "Kinh phí hỗ trợ (triệu đồng): ", "(PTĐ): "
_FIELD_UNIT_RE = re.compile(r"\w[^:()\n]*\(((?:[^\W\d_]+\s?){1,3})\)\s*:\s*$")


# a rate: an amount per something ("20 triệu đồng/đơn vị", "14,8 triệu đồng/người/tháng"), not "hội nghị/hội thảo"
_RATE_RE = re.compile(r"\s*[^\W\d_]*(?:\s+[^\W\d_]+)?\s*/\s*(?:đơn vị|người|tháng|năm|ngày|giờ|doanh nghiệp|cơ sở|hộ|"
                      r"lần|lượt|mẫu|sản phẩm|hồ sơ|kg|km)\b", re.I)
# a rate asked of something over a whole: "tỷ lệ cơ sở vi phạm trên tổng số cơ sở …", "tỷ lệ mẫu không đạt so với số mẫu"
_RATE_OF_Q_RE = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\s+(?!phần trăm|bao nhiêu|mấy|là\b)([^\W\d_][^?,]{2,60}?)\s+(?:trên|so với)\s+(?:tổng|số)\b", re.I)
# the change or rate of a count asked ("Số cột đo xăng dầu được kiểm tra năm 2024 tăng bao nhiêu phần trăm …", "… đạt
# bao nhiêu % kế hoạch năm"): of that thing
_CHANGE_OF_Q_RE = re.compile(r"\s*(?:số lượng|tổng số|số|so luong|tong so|so)\s+"
                             r"(?!lượng\b|tiền\b|liệu\b|luong\b|tien\b|lieu\b|với\b|voi\b|sánh\b|sanh\b)"
                             r"([^\W\d_][^?,]{2,60}?)\s+(?:năm|nam|của|cua|được|duoc|do|tại|tai|trong|đã|da)\b"
                             r"(?=[^?]*\b(?:tăng|giảm|đạt|bằng|chiếm|tang|giam|dat|bang|chiem)\s+(?:bao nhiêu|bao nhieu|mấy)\s*(?:phần trăm|phan tram|%))", re.I)
_SHARE_Q_RE = re.compile(r"\b(?:chiếm|chiem)\b", re.I)  # "X chiếm bao nhiêu phần trăm …": a share of X
_RATE_ASKED_RE = re.compile(r"\b(?:mỗi|bình quân|trung bình|một|moi|binh quan|trung binh|mot)\b|/", re.I)
# the technical services a centre sells, each counted apart (folded: "kiểm định" and "kiem dinh" alike)
_ACTIVITIES = ("kiem dinh", "hieu chuan", "thu nghiem", "giam dinh", "chung nhan")
# a question opening with its source: "Theo bảng kết quả … của QUATEST 1, …", "Trong Bảng 2 (…), …"
_SOURCE_OPENING_RE = re.compile(r"\s*(?:theo|trong|căn cứ|theo số liệu (?:của|tại|trong))\s+(?:bảng|phụ lục|biểu|báo cáo)\b"
                                r"[^?]{0,160}?,\s*", re.I)
# "Trong tổng số đồng hồ … được kiểm định có": the figure that follows, with no figure between, is a part of all
NOTE_AFTER_RE = re.compile(r"\[\d{1,3}\]")  # a footnote's reference right after a figure (anchored where used)
_GLUED_MARK_RE = re.compile(r"(?<=[A-ZĐ]{2})\d{1,2}(?=[\s,.;:)]|$)")
_AMONG_ALL_RE = re.compile(r"\btrong (?:tổng )?số\b(?:(?!\d)[^;.])*$", re.I)
# "Trong số 2.407 cân … do Chi cục kiểm định có " before a part: the whole, its unit after it
_AMONG_WHOLE_RE = re.compile(r"\btrong (?:tổng )?số\s+(\d[\d.,]*)\s+[^\W\d_](?:(?!\d)[^;.])*\bcó\s*$", re.I)
_PART_COLUMN_RE = re.compile(r"\s*(?:trong đó|riêng|trong do|rieng)\b[\s:,]*", re.I)
# (a bilingual header adds its English: "TT /No.", "ĐVT /Unit", "Đơn vị tính (Unit)")
_ENGLISH_TAIL = r"(?:\s*[/(]\s*[A-Za-z][A-Za-z. ]{0,20}\)?)?"
_UNIT_COL_RE = re.compile(rf"^(?:đơn vị(?: tính)?|đvt){_ENGLISH_TAIL}$", re.I)
_INDEX_COL_RE = re.compile(rf"^(?:tt|stt|số tt){_ENGLISH_TAIL}$", re.I)


# a figure cell: the figure alone ("1.235", "15,9%") or with the unit it counts ("1.235 thông báo", "98 %")
# a table cell holding a figure: "4.094", "15,9%", "1.235 thông báo", "1.418 (tăng 14,7%)" (a remark in brackets)
_FIGURE_CELL_RE = re.compile(r"([-+]?\d[\d.,]*)(?:\s*(%)|\s+([^\W\d_]+(?: [^\W\d_]+){0,2}))?(?:\s*\([^()]{1,40}\))?")
# the line under a Markdown table's header ("|----|:---:|")
_RULE_ROW_RE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*")


def _figure_cell(cell: str) -> re.Match[str] | None:
    return _FIGURE_CELL_RE.fullmatch(cell)


def _pipe_cells(line: str) -> list[str]:
    """The cells of a " | "-separated row; a Markdown row's outer pipes ("| 3 | Điểm cân | điểm | 112 |") are no cells."""
    s = line.strip()
    if s.startswith("|") and s.endswith("|") and len(s) > 1:
        s = s[1:-1]
    return [c.strip() for c in s.split(" | ")]


def _cells(line: str) -> list[str] | None:
    """A table row's cells: " | "-separated, or a label followed by figures ("6 Huyết áp kế 95 212")."""
    if " | " in line:
        return _pipe_cells(line)
    m = re.match(r"^\s*(?:(\d{1,3})\s+)?(\D.*?)((?:\s+-?\d[\d.,]*%?){2,})\s*$", line)
    if not m:
        return None
    return ([m.group(1)] if m.group(1) else []) + [m.group(2).strip()] + m.group(3).split()


# the columns of figures a header row names: a year's ("Năm 2023", "Kế hoạch 2021", "6 tháng 2024"), a ratio
# or change ("Tỷ lệ 2024/2023 (%)", "So sánh (%)", "Tăng/giảm"), or a plan or result without a year
_FIGURE_COL_RE = re.compile(
    r"(?:(?:Năm|Kế hoạch(?: năm)?|Thực hiện(?: năm)?|KH|TH|Ước(?: thực hiện)?(?: năm)?|Cùng kỳ(?: năm)?|"
    r"\d{1,2} tháng(?: đầu năm)?)\s+)?(?:19|20)\d{2}(?:\s*\([^)]{1,20}\))?"
    r"|(?:Tỷ lệ|So sánh|Tăng/giảm|Tăng, giảm|Tăng giảm)(?:\s*(?:\(?(?:19|20)\d{2}\s*/\s*(?:19|20)\d{2}\)?|so với [^()|]{1,30}?))?"
    r"(?:\s*\(%\))?"
    r"|(?:Kế hoạch|Thực hiện|Ước thực hiện|Cùng kỳ)\b", re.I)
RATIO_COL_RE = re.compile(r"^(?:Tỷ lệ|So sánh|Tăng/giảm|Tăng, giảm|Tăng giảm)", re.I)
# a header cell over several columns ("Kết quả thực hiện" over "Năm 2023 | Năm 2024"): no column of its own
_SPANNING_RE = re.compile(r"\bKết quả(?: thực hiện)?\b", re.I)


def _figure_columns(line: str, figures: list[str]) -> list[str] | None:
    """The columns of figures a table's header line names, for a row whose cells are only separated by
    spaces (pypdf's text of a PDF table: "Chỉ tiêu Đơn vị tính Kế hoạch2021 Thực hiện2021 Tỷ lệ (%)").
    Words glued to a year are parted; a spanning cell is no column; a ratio column read out of place
    (pypdf gives a two-line header's second line last) goes where the row's figures show the ratio."""
    line = re.sub(r"(?<=[^\W\d_])(?=(?:19|20)\d{2})", " ", line)
    line = re.sub(r"\)(?=[^\W\d_])", ") ", line)
    line = _SPANNING_RE.sub(" ", line)
    cols = [m.group(0).strip() for m in _FIGURE_COL_RE.finditer(line)]
    if not cols or re.search(r"\d[\d.,]*\s*$", _FIGURE_COL_RE.sub("", line)) or len(cols) != len(figures):
        return None
    if not any(re.match(r"(?:Năm|Kế hoạch|Thực hiện|KH|TH|Ước|Cùng kỳ|\d|19|20)", c, re.I) for c in cols):
        return None  # no year, plan or result column: not a header of figures
    ratios = [i for i, c in enumerate(cols) if RATIO_COL_RE.match(c)]
    if len(ratios) == 1 and len(cols) >= 3:
        values = [q.value for f in figures for q in find_quantities(f)[:1]]
        if len(values) == len(cols) and all(v is not None for v in values):
            def is_ratio(p: int) -> bool:  # (r = 100·a/b also makes b = 100·a/r: the header's place goes first)
                return any(a != p and b != p and a != b and values[b] and abs(100 * values[a] / values[b] - values[p])
                           <= 0.15 for a in range(len(values)) for b in range(len(values)))

            at = None if is_ratio(ratios[0]) else next((p for p in range(len(values)) if is_ratio(p)), None)
            if at is not None:
                ratio = cols.pop(ratios[0])
                cols.insert(at, ratio)
    return cols


def _header(lines: list[str], row: list[str]) -> tuple[list[str], str] | None:
    """The header row above a table row -- the last line before it with as many columns and no figures
    other than years; for space-separated rows, the year columns at the end of that line -- and the
    table's caption: the lines just above the header ("Bảng 1. Số PTĐ được kiểm định (đơn vị: chiếc)")."""
    for n in range(len(lines) - 1, -1, -1):
        line = lines[n]
        if not line.strip():
            continue  # (a table read on after a page or a chunk's break: the blank line between its rows)
        if " | " in line:
            cells = _pipe_cells(line)
            if all(_COLUMN_NO_CELL_RE.fullmatch(c.strip()) for c in cells if c.strip() not in _EMPTY_CELLS):
                continue  # "A | B | C | (1) | (2) | (5)=(2)/(3)" under the header: the columns' numbers, not their names
            unit_col = next((i for i, h in enumerate(cells) if _UNIT_COL_RE.match(h)), None)
            if len(cells) == len(row) + 1 and unit_col is not None and not any(_UNIT_WORD_RE.fullmatch(x) for x in row):
                # a row whose empty unit cell was dropped ("- | Tổng cộng | 50.000 | 52.846" under "TT | Chỉ tiêu |
                # ĐVT | Kế hoạch | Thực hiện"): its figures stand under the columns after the unit's
                cells = cells[:unit_col] + cells[unit_col + 1 :]
            elif len(cells) == len(row) + 1 and _NOTE_COLUMN_RE.fullmatch(cells[-1].strip()) and _figure_cell(row[-1]):
                cells = cells[:-1]  # a row whose empty note cell was dropped ("1 | Tổng doanh thu | 1.450 | 1.612,4 |
                # 1.468,5" under "… | Thực hiện năm 2021 | Ghi chú"): its figures stand under the columns before the note's
            group = sum(c not in ("", "-") for c in cells) <= 2 and len(cells) >= 4  # "I | Kiểm định PTĐ | - | - | -"
            if len(cells) == len(row) and not _figures_beyond_years(cells) and not group:
                upper = _pipe_cells(lines[n - 1]) if n > 0 and " | " in lines[n - 1] else []
                if _EMPTY_CELLS & set(cells) and len(upper) == len(cells) and not any(_figure_cell(c) for c in upper):
                    return _two_tier(upper, cells), _caption(lines[: n - 1])
                return _with_unit_line(cells, lines[n + 1] if n + 1 < len(lines) else ""), _caption(lines[:n])
            if len(cells) > len(row) and not _figures_beyond_years(cells) and not group:
                short = _aligned_right(cells, row)  # a row short of the header's label cells: its figures still
                if short:  # stand under the header's last columns ("3 | Cân đồng hồ lò xo | 5.830 | 6.000" under
                    return short, _caption(lines[:n])  # "TT | Lĩnh vực | Phương tiện đo | Năm 2022 | Kế hoạch 2023")
            continue
        if _RULE_ROW_RE.fullmatch(line):
            continue
        if _cells(line):
            continue  # another row of the table
        if n > 0 and " | " in lines[n - 1] and _GROUP_LINE_RE.fullmatch(line.strip()):
            continue  # a group's line between the header and its rows ("Kiểm định phương tiện đo"), its cells lost
        if n > 0 and " | " in lines[n - 1] and _NOTE_LINE_RE.fullmatch(line.strip()):
            continue  # a form's note under its header ("(Hướng dẫn: ghi số PTĐ đã được cấp chứng chỉ …)")
        first_label = next((i for i, c in enumerate(row) if not _figure_cell(c)), len(row))
        figures = len(row) - first_label - 1
        cols = _figure_columns(line, row[len(row) - figures :])
        if cols and len(cols) == figures:
            return ["" for _ in range(len(row) - figures)] + cols, _caption(lines[:n])
        return None
    return None


CUMULATIVE_RE = re.compile(r"\b(?:lũy kế|luỹ kế|luy ke|cộng dồn|cong don)\b", re.I)  # "Lũy kế 5 tháng": so far
_NOTE_COLUMN_RE = re.compile(r"(?:ghi chú|ghi chu|chú thích|notes?)", re.I)
_NOTE_LINE_RE = re.compile(r"\((?:[^()]|\([^()]*\))+\)")  # a line wholly in brackets, one level nested
_GROUP_LINE_RE = re.compile(r"(?:[IVX]{1,4}\.?\s+|[A-Z]\.\s+)?[^\W\d_][^\d|.;:!?]{2,60}")  # a few words, no figure, no stop


def _aligned_right(head: list[str], row: list[str]) -> list[str] | None:
    """The header's cells over a numbered row that has fewer: a row under a group label that spans several rows
    (the group's cell drawn once, on its first row: "3 | Cân đồng hồ lò xo | 5.830" under "TT | Lĩnh vực |
    Phương tiện đo | Năm 2022"). Its figures stand under the header's last columns, its number under the number
    column, its label under the last label column; None when the header has no column of figures for each of
    the row's figures, or the row no number and label of words."""
    k = 0
    while k < len(row) and (_figure_cell(row[len(row) - 1 - k]) or row[len(row) - 1 - k] in _EMPTY_CELLS):
        k += 1
    labels = len(row) - k
    figure_head, label_head = head[len(head) - k:], head[: len(head) - k]
    # only a numbered row with a label of words: a total ("- | Tổng cộng | …") is not told from its parts so, and a
    # row of a wrapped cell's spill ("| chiếc | 605 | 493") has no label of its own
    if k < 1 or not 2 <= labels <= len(label_head) or any(_figure_cell(h) or h in _EMPTY_CELLS for h in figure_head) \
            or not re.fullmatch(r"\d{1,3}(?:\.\d{1,2}){0,2}", row[0].strip()) or not _INDEX_COL_RE.match(label_head[0]) \
            or not any(re.search(r"[^\W\d_]{2,}", c) for c in row[1:labels]):
        return None
    return label_head[:1] + label_head[len(label_head) - (labels - 1):] + figure_head


def _figures_beyond_years(cells: list[str]) -> bool:
    """Does a row hold figures, other than a header's years ("TT | Chủng loại | ĐVT | 2016 | 2017 | … | Cả giai
    đoạn": two years or more in a run, rising)?"""
    figures = [c.strip() for c in cells if _figure_cell(c)]
    years = [int(c) for c in figures if _BARE_YEAR_RE.fullmatch(c)]
    return bool(figures) and not (len(years) == len(figures) >= 2 and years == sorted(set(years)))


_BARE_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# a column's number or letter under a header, or how it is worked out: "A", "(1)", "(5)=(2)/ (3)", "7=5/3"
_COLUMN_NO_CELL_RE = re.compile(r"\(?[A-Ea-e]\)?|\(\d{1,2}\)(?:\s*=\s*[\d()+\-*/x×:. ]+)?|\d{1,2}\s*=\s*[\d()+\-*/x×:. ]+")
_EMPTY_CELLS = {"", "-"}
_KINDS_HEAD_RE = re.compile(r"^(?:Loại|Các loại|Nhóm)\s+([^\W\d_][^()|]{2,40}?)\s*$", re.I)  # "Loại phương tiện đo"
_BRACKET_ABBR_RE = re.compile(r"\(([A-ZĐ][A-Z0-9Đ]{1,9})\)")  # "(LPG)", "(PTĐ)"
_TOTAL_LABEL_RE = re.compile(r"^(?:Tổng cộng|Tổng số|Tổng|Cộng)\b", re.I)
_UNIT_WORD_RE = re.compile(r"(?:chiếc|cái|PTĐ|mẫu|hồ sơ|cơ sở|triệu đồng|tỷ đồng|đồng|người|lượt|%|cột|bộ|doanh nghiệp)", re.I)


# a column's abbreviations of the plan, the done and the same period ("TH/KH 2019 (%)"), not a document's
# number ("05/KH-TĐC") nor "KH&CN"
COLUMN_ABBREVIATIONS = {"KH": "kế hoạch", "TH": "thực hiện", "CK": "cùng kỳ"}
COLUMN_ABBREVIATION_RE = re.compile(r"(?<![\w-])(?<!\d/)(?:KH|TH|CK)(?![\w&-])")


def spell_column(column: str) -> str:
    """A column header with its plan/done abbreviations spelt out ("TH/KH (%)" → "thực hiện/kế hoạch (%)")."""
    return COLUMN_ABBREVIATION_RE.sub(lambda m: COLUMN_ABBREVIATIONS[m.group(0)], column)


def _two_tier(upper: list[str], lower: list[str]) -> list[str]:
    """A header written on two rows, its merged cells left empty ("TT | Loại PTĐ | Năm 2019 | - | Năm 2018" over
    "- | - | Kế hoạch | Thực hiện | Thực hiện"): each column named by both ("Năm 2019 Thực hiện"); an empty cell
    of the upper row under a span goes on with the name left of it when both rows name the column before."""
    head: list[str] = []
    span = ""  # the upper name over the columns that both rows name, carried over empty upper cells
    for u, lo in zip(upper, lower):
        if u not in _EMPTY_CELLS:
            span = u if lo not in _EMPTY_CELLS else ""
        elif lo in _EMPTY_CELLS:
            span = ""
        head.append(" ".join(x for x in (u if u not in _EMPTY_CELLS else span, lo) if x and x not in _EMPTY_CELLS))
    return head


_UNIT_CELL_RE = re.compile(r"\([^()\d]{1,20}\)")


def _with_unit_line(head: list[str], below: str) -> list[str]:
    """A header whose units stand on a line of their own under it ("TT | Loại PTĐ | Năm 2017 | Năm 2018 | 2018/2017"
    over "(chiếc) | (chiếc) | (%)", as a header repeated over a page break is read): each unit joins its column,
    the units' cells lined up with the header's last ones."""
    units = _pipe_cells(below) if " | " in below else [below.strip()]
    if len(units) > len(head) or not all(_UNIT_CELL_RE.fullmatch(u) for u in units):
        return head
    at = len(head) - len(units)
    return head[:at] + [f"{h} {u}".strip() for h, u in zip(head[at:], units)]


def _repeated_caption(lines: list[str], head: list[str]) -> str | None:
    """The caption of the table whose header ``head`` repeats at a chunk's start (the header a table repeats
    over a page break): the caption above the same header written earlier."""
    for n in range(len(lines) - 1, -1, -1):
        caption = _caption(lines[:n]) if " | " in lines[n] and _pipe_cells(lines[n]) == head else ""
        if caption:
            return caption
    return None


# a unit of an organisation, as an "Đơn vị" column names it ("Trung tâm Kỹ thuật 1 (QUATEST 1)", "Viện …")
_UNIT_NAME_RE = re.compile(r"(?:Viện|Trung tâm|Chi cục|Vụ|Cục|Văn phòng|Phòng|Sở|Ban|Tổng cục|Công ty|UBND|Ủy ban|"
                           r"QUATEST)\b")
# a caption ending on its money unit in brackets: "Bảng 2. Doanh thu theo lĩnh vực (triệu đồng)"
_CAPTION_MONEY_RE = re.compile(r"^(?:Bảng|Biểu|Phụ lục)\b[^\n]*\(((?:nghìn|ngàn|triệu|tỷ)?\s*đồng)\)\s*$", re.I | re.M)
_CAPTION_UNIT_RE = re.compile(r"(?:đơn vị(?: tính)?|đvt)\s*:\s*([^\W\d_][^():;,.\n]{0,24}?)\s*(?:\)|;|,|\.|\n|$)", re.I)


_EVENTS = frozenset({"đợt", "cuộc", "lần", "lượt", "đoàn"})  # counters of events, never of the things a row names


def _counts_events(cand: Candidate, clause: Clause, asked: list[str]) -> bool:
    """Does the cell's column count events ("Số đợt", "Số cuộc kiểm tra"), or anything but the objects asked in
    "chiếc"/"cái"? Its row's label then names the field of what it counts ("Mũ bảo hiểm"), not what the figure
    counts (a "Số cơ sở" column's row "Cửa hàng bán lẻ xăng dầu" names the kind of cơ sở it counts)."""
    counted = _counted_in_caption(clause.column) if cand.unit else None
    if counted is None or counted != cand.unit:
        return False
    head = counted.split()[0].lower()
    return head in _EVENTS or (bool(asked) and fold(asked[0]) in BARE_COUNTERS and fold(head) not in BARE_COUNTERS)


# a column named by the thing it counts, with no "Số" before it: "PTĐ kiểm định", "Mẫu thử nghiệm", "Cơ sở vi phạm"
# (after the work that counts it: "Kiểm định PTĐ (Trung tâm Kỹ thuật TĐC) Năm 2023" counts PTĐ)
_COUNTED_HEAD_RE = re.compile(r"(?:(?:Kiểm định|Hiệu chuẩn|Thử nghiệm|Kiểm tra)\s+)?"
                              r"(PTĐ|Phương tiện đo|Mẫu|Cơ sở|Hồ sơ|Doanh nghiệp|Cửa hàng)\b(?!\s*(?:vật chất|dữ liệu))")


def _counted_head(column: str) -> str | None:
    """The thing a column counts, named first with no "Số" before it ("PTĐ kiểm định", "Cơ sở vi phạm")."""
    m = _COUNTED_HEAD_RE.match(" ".join(column.split()))
    return m.group(1) if m else None


def _counted_in_caption(caption: str) -> str | None:
    """What a table counts when its caption says so: "Bảng 1. Số hồ sơ đăng ký … theo lĩnh vực" → "hồ sơ đăng ký …"."""
    m = re.search(r"(?:^|[.:]\s|\n|(?<=\w)\s)(?:Số lượng|Số|Tổng số)\s+(?=[^\W\d_])", caption)  # (a merged
    # header's group before it: "Đo lường Số cột đo kiểm tra", "Năm 2023 Số cơ sở kiểm tra")
    return question_unit(caption[m.start():]) if m else None


def _caption(lines: list[str]) -> str:
    """The last two non-empty lines above a table's header, unless they are rows or running text (one per line:
    "Đơn vị tính: chiếc" above "Biểu số 02/TĐC – KẾT QUẢ KIỂM ĐỊNH" keeps its unit apart)."""
    near = [ln.strip() for ln in lines if ln.strip()][-2:]
    return "\n".join(ln for ln in near if len(ln) <= 200 and not _cells(ln) and " | " not in ln)


def _row_index(c: Clause) -> int | None:
    """Where a table row's leading row number is ("6 | Huyết áp kế", "1.4 | Cân ô tô"), when the clause starts
    such a row."""
    if c.start != c.sentence_start:
        return None
    m = re.match(r"\s*(\d{1,3}(?:\.\d{1,2}){0,2})\.?\s+(?:\|\s+)?[^\W\d_]", c.sentence)  # "6", "1.4", "2.1.3"
    row = _cells(c.sentence) if m else None
    return c.sentence_start + m.start(1) if row and len(row) >= 4 else None


def _in_order(words: list[str], within: list[str]) -> bool:
    """Do ``words`` occur in ``within`` in this order (others between them)?"""
    it = iter(within)
    return all(w in it for w in words)


def table_candidates(cl: list[Clause], want: str, text_before: Callable[[Clause], str] | None = None,
                     covered: set[int] | None = None) -> list[Candidate]:
    """Figures in table rows, each with its row's label and its column's header as context and the
    unit its "Đơn vị tính" cell or its header's "(chiếc)" gives ("Tổng doanh thu | tỷ đồng | 80,0 | 85,6")."""
    out: list[Candidate] = []
    for c in cl:
        row = _cells(c.sentence)
        if not row or len(row) < 3 or c.start != c.sentence_start:
            continue
        ptext = c.passage.text
        above = ptext[: c.sentence_start - c.passage.start].split("\n")[:-1]
        found = _header(above[-40:], row) if above else None
        if found is None and text_before is not None:  # the header row is in an earlier chunk
            found = _header(text_before(c).split("\n")[-40:-1], row)
        if not found or not found[0]:
            continue
        head, caption = found
        if not caption and text_before is not None:
            caption = _repeated_caption(text_before(c).split("\n")[-80:], head) or caption
        stated = _CAPTION_UNIT_RE.search(caption) or _CAPTION_MONEY_RE.search(caption)
        table_unit = stated.group(1).strip() if stated else _counted_in_caption(caption)
        # "Đơn vị tính: lượt PTĐ; mẫu": a unit per column, which each column's bracket names ("… (mẫu) 9 tháng 2019")
        several = bool(stated) and re.match(r"\s*[;,/]\s*[^\W\d_]", caption[stated.end(1):]) is not None
        unit_col = next((i for i, h in enumerate(head) if _UNIT_COL_RE.match(h)), None)
        if unit_col is not None and _UNIT_NAME_RE.match(row[unit_col]):
            unit_col = None  # an "Đơn vị" column of units of the organisation ("Viện Đo lường Việt Nam"): the row's label
        named = [x for i, x in enumerate(row) if i != unit_col and not _figure_cell(x) and x != "-"
                 and (not _INDEX_COL_RE.match(head[i]) or _worded_index(x))]
        label = " ".join(named)
        parent = _parent_label(above[-40:] if above else [], row, head, unit_col)
        if parent is None and text_before is not None and _SUB_INDEX_RE.fullmatch(row[0].strip()):
            parent = _parent_label(text_before(c).split("\n")[-40:-1], row, head, unit_col)
        kinds = next((m.group(1) for h in head if (m := _KINDS_HEAD_RE.match(h))), None)
        pos = c.sentence_start - c.passage.start
        for i, cell in enumerate(row):
            at = ptext.find(cell, pos, c.sentence_end - c.passage.start)
            if at < 0:
                continue
            pos = at + len(cell)
            fig = _figure_cell(cell)
            if not fig:
                continue
            if covered is not None:  # a cell of a table read with its header: not a figure of running text
                covered.add(c.passage.start + at)  # (nor is the row's number "| 2 | Điểm cân đối chứng …")
            if not head[i] or _INDEX_COL_RE.match(head[i]):
                continue
            figure, cell_unit = fig.group(1), fig.group(3)
            qs = [q for q in find_quantities(figure + (fig.group(2) or ""), english_table(c))
                  if q.kind in ("number", "percent")]
            if len(qs) != 1 or qs[0].value is None:
                continue
            q, column = qs[0], head[i]
            is_percent = q.kind == "percent" or re.search(r"%|tỷ lệ", column, re.I)
            if (want == "percent") != bool(is_percent):
                continue
            bracket = (re.search(r"\(([^)%]{1,20})\)", column) or [None, None])[1]
            if bracket and stated and not several and not _SCALED_RE.match(bracket):  # "Đơn vị tính: triệu đồng" over "Thực hiện (giải
                bracket = None  # ngân)": the caption's unit holds, a bracket only names the column more closely
            # (no unit cell, bracket nor caption unit: what the column counts, "Số cơ sở được kiểm tra Năm 2018")
            # (a column that names its own money unit holds money whatever the row counts: "Doanh thu năm 2024 (đồng)"
            # beside "Công tơ điện | cái | … | 12.846")
            money_col = bool(bracket) and money_words(bracket)
            unit = cell_unit or (row[unit_col] if unit_col is not None and not money_col else bracket or table_unit
                                 or _counted_in_caption(column) or _counted_head(column))
            if (not unit or unit.strip() == "-" and _GRAND_TOTAL_RE.match(label)) and kinds and _TOTAL_LABEL_RE.match(label):
                unit = kinds  # "Tổng cộng" of the rows under "Loại phương tiện đo" (its unit cell empty): phương tiện đo
            if not unit and not is_percent and (own := re.search(r"\(([^()%]{1,20})\)\s*$", label)) \
                    and _SCALED_RE.match(own.group(1)):
                unit = own.group(1)  # a row "Số tiền xử phạt (triệu đồng) | 87,5 | 241,0": its cells in triệu đồng
            value, text = q.value, f"{figure}%" if is_percent else figure
            scaled = _SCALED_RE.match(unit or "") if not is_percent else None
            if scaled:  # a "tỷ đồng" column: "49,9" is 49,9 tỷ đồng, as a sentence would write it
                value, text, unit = value * SCALE[scaled.group(1).lower()], f"{figure} {scaled.group(1)}", scaled.group(2)
            start = c.passage.start + at
            spelt = spell_column(column)  # ("TH/KH" asked as "so với KH" or as "so với kế hoạch": both said)
            context = f"{label} {column} {spelt if spelt != column else ''} {' '.join(caption.split())}"
            if is_percent and RATIO_COL_RE.match(column):  # "Tỷ lệ (%)" of "Kế hoạch 2024 | Thực hiện 2024": of the plan
                context += " " + " ".join(h for j, h in enumerate(head) if h and j != i and j != unit_col
                                          and not _INDEX_COL_RE.match(h))
            cell_clause = Clause(c.passage, c.rank, start, start + len(cell), cell, c.sentence_start, c.sentence_end,
                                 c.sentence, context=context.strip(), column=column,
                                 label=label, name=named[-1] if named else "", parent=parent or "")
            cand = Candidate(cell_clause, "percent" if is_percent else "number", value, text, start, start + len(figure),
                             unit=None if is_percent else unit, label_unit=bool(unit) and not is_percent)
            out.append(cand)
    return out


def _worded_index(cell: str) -> bool:
    """An index ("TT") cell that holds words, not a number: a total row merged across the index column
    ("Cộng kiểm định | - | - | PTĐ | 38.262") is labelled by it."""
    return bool(re.search(r"[^\W\d_]{2,}", cell)) and not _MAIN_INDEX_RE.fullmatch(cell.strip())


# the index cell of a row under another: "-", "+", "a)", "1.2" (a part of the row "1" above it)
_SUB_INDEX_RE = re.compile(r"(?:[-+*•–]|[a-zđ]\)?|(\d{1,2})\.\d{1,2}\.?)", re.I)
_MAIN_INDEX_RE = re.compile(r"(?:\d{1,2}|[IVX]{1,5})\.?")


def _parent_label(lines: list[str], row: list[str], head: list[str], unit_col: int | None) -> str | None:
    """The label of the row a sub-row belongs to: "- | Chứng nhận | tỷ đồng | 21,35" under "1 | Tổng doanh thu |
    tỷ đồng | 168,32", "1.4 | Cân ô tô" under "1 | Kiểm định PTĐ"; None for a row of its own. Only a row whose
    index column marks it as a part; the rows between (its siblings) are passed, the header stops the search."""
    if len(head) != len(row) or not head or not _INDEX_COL_RE.match(head[0]):
        return None
    sub = _SUB_INDEX_RE.fullmatch(row[0].strip())
    if not sub or is_total(" ".join(x for x in row[1:] if not _figure_cell(x))):
        return None  # ("- | Tổng cộng | …" under the last row is the table's total, no part of that row)
    number = sub.group(1)
    for line in reversed(lines):
        cells = _cells(line)
        if not cells or len(cells) != len(row):
            return None  # the table's header (or text) above: no parent row
        index = cells[0].strip()
        if _INDEX_COL_RE.match(index):
            return None
        main = _MAIN_INDEX_RE.fullmatch(index)
        if main and (number is None or index.rstrip(".") == number):
            named = [x for i, x in enumerate(cells) if i and i != unit_col and not _figure_cell(x) and x != "-"]
            return " ".join(named) or None
        if number is not None and main:
            return None  # "2 | …" above "1.1 | …": not its part
    return None


_REST_RE = re.compile(r"(?:\b[Ss]ố\s+((?:[^\W\d_]+\s+){0,3}?))?\bcòn lại\b\s*(?:là\s+|được\s+|thuộc\s+)?", re.I)


_REQUEST = (("xin",), ("de", "nghi"), ("dang", "ky"))
# (folded) "nâng tổng số cân đối chứng tại các chợ trên địa bàn tỉnh lên" right before a count
_RAISED_COUNT_RE = re.compile(r"\bnang\s+(?:tong\s+)?so\s+(?:luong\s+)?((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)[^.;]*\blen\s*$")
_COUNT_LABEL_RE = re.compile(r"\W*(?:tổng\s+)?số\s+(?:lượng\s+)?(\S+)", re.I)


def count_label(text_before: str) -> str | None:
    """The word a figure's label opens with: "Số PTĐ không đạt … là" → "PTĐ"."""
    m = _COUNT_LABEL_RE.match(text_before)
    return m.group(1) if m else None


def _request_at(folded: list[str], i: int) -> tuple[str, ...] | None:
    """The request words ("xin", "đề nghị", "đăng ký") that start at word ``i``, if any."""
    return next((r for r in _REQUEST if tuple(folded[i : i + len(r)]) == r), None)


def _requests(folded: list[str]) -> set[tuple[str, ...]]:
    """The request words a unit's folded words hold."""
    return {r for i in range(len(folded)) if (r := _request_at(folded, i))}


def _without_request(raw: list[str], folded: list[str]) -> tuple[list[str], list[str]]:
    """A unit's words without the words of asking for something ("xin", "đề nghị", "đăng ký"), after
    its first word (aligned raw and folded lists)."""
    out_raw, out_folded, i = raw[:1], folded[:1], 1
    while i < len(folded):
        hit = _request_at(folded, i)
        if hit:
            i += len(hit)
            continue
        out_raw.append(raw[i])
        out_folded.append(folded[i])
        i += 1
    return out_raw, out_folded


def remainder_candidates(cl: list[Clause]) -> list[Candidate]:
    """Figures a sentence implies without writing them: "tiếp nhận 143 hồ sơ …, trong đó có 97 hồ sơ
    công bố hợp quy, còn lại là hồ sơ công bố hợp chuẩn" states 143 - 97 = 46 of the last kind."""
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for c in cl:
        sent = c.sentence
        for m in _REST_RE.finditer(sent):
            said = re.search(r"\btrong đó\b", sent[: m.start()])
            named = None if said else _named_rest(sent, m)  # the rest named by its noun, without "trong đó"
            span = (said.start(), said.end()) if said else (named, named) if named is not None else None
            if span is None or (c.sentence_start, m.start()) in seen:
                continue
            tail = sent[m.end():]
            if re.match(r"\s*\d", tail):
                continue  # "còn lại 47 hồ sơ": the text states it
            # (not a bracketed figure before "trong đó": "1.736 mẫu (…), giảm 9,2% so với cùng kỳ (1.912 mẫu); trong đó")
            totals = [q for q in find_quantities(sent[: span[0]]) if q.kind == "number" and not _in_brackets(sent, q.start)]
            parts = [q for q in find_quantities(sent[span[1] : m.start()]) if q.kind == "number"
                     and not _in_brackets(sent, span[1] + q.start)]
            if not totals or not parts or any(q.value is None for q in parts):
                continue
            scales = {(split_scale(q.text)[1] or "").lower() for q in (totals[-1], *parts)}
            if len(scales) > 1 and "" in scales:
                continue  # "3,4 tỷ … trong đó 900": a scale dropped is no amount to work with
            total = totals[-1]
            head = (unit_after(sent, total.end) or "").split()[:1]
            if named is not None:  # a rest named by its noun: the parts are the same noun's
                parts = [q for q in parts if (unit_after(sent, span[1] + q.end) or "").split()[:1] == head]
            if not head or fold(head[0]) not in _KIND_COUNTERS and any(
                    (unit_after(sent, span[1] + q.end) or "").split()[:1] != head for q in parts):
                continue  # the parts count the same thing as the total ("48 người, trong đó 31 viên chức": kinds of it)
            value = (total.value or 0) - sum(q.value or 0 for q in parts)
            if value <= 0:
                continue
            seen.add((c.sentence_start, m.start()))
            whole = c.whole_sentence()
            unit = (m.group(1) or "").strip() or unit_after(sent, m.end(), max_words=6)
            if fold(head[0]) in _KIND_COUNTERS and unit and fold(unit.split()[0]) != fold(head[0]):
                unit = f"{head[0]} {unit}"  # "48 người, trong đó 31 viên chức, số còn lại là lao động hợp đồng": 17 người
            scale = min(scales, key=lambda w: SCALE.get(w, 1.0))
            if scale:  # "73,9 tỷ đồng, trong đó … 61,2 tỷ đồng, phần còn lại …": 12,7 tỷ đồng, worked as written
                # ("1,45 tỷ đồng, trong đó … 980 triệu đồng, phần còn lại …": in the smaller scale, 1.450 - 980 = 470)
                written = [round((q.value or 0.0) / SCALE[scale], 6) for q in (total, *parts)]
                shown = [format_vn_number(w) for w in written]
                rest = round(written[0] - sum(written[1:]), 6)
                text, unit = f"{format_vn_number(rest)} {scale}", head[0]
                working = f"{' - '.join(shown)} = {format_vn_number(rest)}"
            else:
                text = format_vn_number(value)
                working = " - ".join([format_vn_number(total.value)] + [format_vn_number(q.value) for q in parts])
                working = f"{working} = {text}"
            at = m.end(1) if m.group(1) else m.start()  # "số mẫu còn lại …": "số mẫu" labels it, as words before a figure
            cand = Candidate(whole, "number", value, text, c.sentence_start + at,
                             c.sentence_start + m.end(), unit, label_unit=True, working=working)
            cand.notes.append("implied")
            if named is not None:
                cand.notes.append("unnamed")  # "số mẫu còn lại": the rest of the whole, of no kind of its own
            elif m.group(1):
                cand.notes.append("of-whole")  # "…, trong đó …; số mẫu còn lại …": the whole's own noun, no kind
            out.append(cand)
    return out


def _in_brackets(text: str, at: int) -> bool:
    """Is position ``at`` inside an open bracket ("tăng 12,6% so với năm 2022 (3.415 mẫu)")?"""
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _named_rest(sent: str, rest: re.Match[str]) -> int | None:
    """Without "trong đó": "tiếp nhận 3.846 mẫu …; đã trả kết quả 3.712 mẫu …, số mẫu còn lại …" names the
    rest by the noun of a figure before it. The whole is the first such figure (none in brackets: those are
    other years'); returned: where the parts begin (right after the whole)."""
    noun = (rest.group(1) or "").split()[:1]
    if not noun:
        return None
    for q in find_quantities(sent[: rest.start()]):
        if q.kind != "number" or _in_brackets(sent, q.start):
            continue
        head = (unit_after(sent, q.end) or "").split()[:1]
        if head and fold(head[0].lower()) == fold(noun[0].lower()):
            return q.end
    return None


def candidate_of(c: Clause, q: Quantity, want: str) -> Candidate:
    unit = "%" if q.kind == "percent" else unit_after(c.text, q.end)
    return Candidate(c, q.kind, q.value, q.text, c.start + q.start, c.start + q.end, unit)


_NAME_RE = re.compile(r"(?<![\w])((?:[A-ZĐ][a-zà-ỹđ]+)(?:\s+[A-ZĐ][a-zà-ỹđ]+){1,3})")
_ORG_FIRST = frozenset(
    "Bộ Tổng Cục Hội Ban Sở Ủy Uỷ Trung Chi Viện Vụ Phó Đồng Thủ Luật Nghị Quyết Thông Chương Đề Kế Quốc "
    "Chính Nhà Khối Tập Lãnh Văn Cơ Hiệp Tổ Giải Thứ Năm Ngày Tháng Tạp Lễ Cổng Trường Đại Công Phòng Sản".split()
)
_NOT_NAME = frozenset("Chi Thành Tỉnh Huyện Xã".split())
ROLES = (r"Bộ trưởng|Thứ trưởng|Tổng cục trưởng|Phó Tổng cục trưởng(?: phụ trách Tổng cục \S+)?|Cục trưởng|"
         r"Phó Vụ trưởng|Vụ trưởng|Phó Chi cục trưởng|Chi cục trưởng|Phó Viện trưởng|Viện trưởng|Phó Giám đốc|Giám đốc|"
         r"Phó Chủ tịch|Chủ tịch|Chánh Văn phòng|Chánh Thanh tra|Phó Trưởng phòng|Trưởng phòng|Trưởng ban")
# (an academic title may stand between a role and the name: "Người trình bày:\nThS. Trần Thị Ngọc Hân")
_ROLE_RE = re.compile(rf"({ROLES}|Đồng chí|ông|bà|Người viết|Tác giả|Người trình bày|Báo cáo viên)\s*:?\s*"
                      r"(?:(?:PGS\.\s*)?(?:TS|ThS|Ths|KS|CN|BS)\.\s*)?$")
# the part a person plays, said later in the sentence: "do ông Trần Minh Khoa, Phó Chi cục trưởng …, làm Trưởng đoàn"
_PART_PLAYED_RE = re.compile(r"[^.;]{0,90}?\blàm\s+(Trưởng đoàn|Phó Trưởng đoàn|Tổ trưởng|Trưởng nhóm)\b")
_ROLE_AFTER_RE = re.compile(rf"\s*(?:-|–|,|:)?\s*(?:giữ chức|là|làm)?\s*({ROLES})\b")
_SIGNED_RE = re.compile(r"\([^()]{0,40}?\b(?:Đã|đã|chưa|Chưa)?\s*ký\b[^()]{0,30}\)\s*:?\s*$")  # "(Đã ký)", "(Đã ký và đóng dấu)", "(đã ký): "
# a signature block's role in capitals right before the name, no "(Đã ký)" between: "CHI CỤC TRƯỞNG Lê Hoàng Phúc"
_CAPITAL_ROLE_RE = re.compile(rf"(?<!\w)({ROLES})\s*$", re.I)
_RECIPIENT_RE = re.compile(r"[-+•]\s")  # "- Như trên;", "- Lưu: VT, HCTH."
_RECIPIENTS_HEAD_RE = re.compile(r"Nơi nhận\s*:?\s*(.*)$")


def _signed_role(before: str) -> str | None:
    """The role of a signature block right before a name: "PHÓ CHI CỤC TRƯỞNG\n(Đã ký)\n" → "Phó chi cục trưởng"."""
    m = _SIGNED_RE.search(before)
    if not m:
        role = _CAPITAL_ROLE_RE.search(before)
        if role and role.group(1).isupper():
            return role.group(1).capitalize()
        # a name alone under the recipient list, its role lost ("Nơi nhận: … - Lưu: VT, HCTH.\nPhạm Văn Thắng"), or
        # written above the list ("CHI CỤC TRƯỞNG\n\nNơi nhận:\n\n- Như trên;\n…\n- Lưu: VT.\n\nLương Văn Khiêm")
        under = _UNDER_RECIPIENTS_RE.search(before)
        if under is None:
            return None
        above = _CAPITAL_ROLE_RE.search(before[: under.start()].rstrip())
        return above.group(1).capitalize() if above and above.group(1).isupper() else SIGNER_ROLE
    lines = [ln.strip() for ln in before[: m.start()].split("\n") if ln.strip()]
    role = _capital_role(lines[-1].rsplit(" | ", 1)[-1]) if lines else None  # (the signer's cell beside "Nơi nhận")
    if role is None and lines and len(lines[-1]) <= _ROLE_LINE_CHARS and (typed := _CAPITAL_ROLE_RE.search(lines[-1])):
        role = typed.group(1).capitalize()  # a post's last line typed as "Chi cục trưởng (đã ký): Lê Đình Khôi"
    if role is None:  # a recipient list read between the role and "(Đã ký)": "Nơi nhận: GIÁM ĐỐC\n- Như trên;\n…"
        rest = list(itertools.dropwhile(lambda ln: _RECIPIENT_RE.match(ln), reversed(lines)))
        head = _RECIPIENTS_HEAD_RE.match(rest[0]) if rest and len(rest) < len(lines) else None
        role = _capital_role(head.group(1)) if head else None
    return role


SIGNER_ROLE = "Người ký"


def _line_around(text: str, at: int) -> str:
    """The line of ``text`` that holds the place ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


# a record's or a form's fields naming who signed and in what post ("Người ký: …", "Chức vụ: Phó Chi cục trưởng")
_SIGNER_FIELD_RE = re.compile(r"\b(?:Người ký|Người ký duyệt|Ký bởi|Lãnh đạo ký)\s*:\s*$")
_POST_FIELD_RE = re.compile(r"(?:^|\n)\s*Chức vụ(?: người ký)?\s*:\s*([^\n]{3,60})")
_POST_FIELD_CHARS = 160
_SIGNING_HINT_RE = re.compile(r"\s*\([^()]*\b[Kk]ý\b[^()]*\)\s*$")
_STAMP_LINES, _STAMP_LINE_CHARS = 3, 40
_ROLE_LINE_CHARS = 40  # a line this short ending in a role is the signature's, not a sentence naming someone
# the end of a recipient list ("Nơi nhận:" then its "- …" lines down to "- Lưu: VT, HCTH."), right before a line's start
# (a stamp read over the signer's title leaves a few short lines of its own between: "CHI CỤC TIỆU CHUẨN ĐO LƯỜNG\n- ‹lJ b2")
_UNDER_RECIPIENTS_RE = re.compile(rf"\bNơi nhận\b[^\n]*\n\s*(?:{_RECIPIENT_RE.pattern}[^\n]*\n\s*)*[-+•]\s*Lưu\b[^\n]*\n\s*"
                                  rf"(?:[^\n]{{1,{_STAMP_LINE_CHARS}}}\n\s*){{0,{_STAMP_LINES}}}[_\W]*$")


_CELLS_ABOVE = 8  # how many lines up a signature column is followed


def _report_before(c: Clause, at: int, text_before: Callable[[Clause], str]) -> str:
    """The report's text before ``at`` (a place in ``c``'s passage), reaching back past the passage's start."""
    return text_before(c) + c.passage.text[c.sentence_start - c.passage.start : at]


def _cells_above(lead: str) -> str:
    """The right-hand cells of the lines of ``lead`` (the text up to a name that stands in its line's right cell),
    one per line: the signature column read beside another ("Nơi nhận: | THỦ TRƯỞNG ĐƠN VỊ\n… | PHÓ CHI CỤC
    TRƯỞNG\nNgười lập biểu: …\nEmail: | Đinh Xuân Trường"); the left column's lines alone between are passed over."""
    lines = lead.split("\n")[:-1][-_CELLS_ABOVE:]
    return "".join(ln.rsplit(" | ", 1)[1] + "\n" for ln in lines if " | " in ln)


def _capital_role(line: str) -> str | None:
    line = re.sub(r"^(?:KT|TL|TM|Q)\.\s*", "", line.strip(" |"))
    line = _SIGNING_HINT_RE.sub("", line)  # (a form's hint under the role: "CHI CỤC TRƯỞNG (Ký, ghi rõ họ tên, đóng dấu)")
    return line.capitalize() if line and line == line.upper() and any(ch.isalpha() for ch in line) else None


# a figure whose own words do not name the thing asked covers no more than this: a group row whose brackets list it
# among other kinds, a percent whose sentence names none of what the rate asked is of
UNNAMED_COVERAGE = 0.4
_BEFORE_NAME = 240  # how far back a role is looked for: a signature block's recipient list may stand between


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` all its line holds (but a closing full stop)?"""
    line_end = text.find("\n", end)
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and \
        not text[end : line_end if line_end != -1 else len(text)].strip(" .")


# a subject the sentence names by pointing back ("Sáu tháng đầu năm 2024, các tổ chức này đã kiểm định tổng số 41.538
# PTĐ": those the sentence before names, "05 tổ chức được chỉ định kiểm định … trên địa bàn tỉnh")
_POINTING_BACK_RE = re.compile(r"\b(?:các|những)\s+(?:[^\W\d_]+\s+){1,2}(?:này|nói trên|trên)\b", re.I)


def _referent(clause: Clause, cand: Candidate) -> str:
    """The sentence before ``clause``'s, when the words before the figure point back to what it names."""
    if clause.column or not _POINTING_BACK_RE.search(clause.sentence[: cand.start - clause.sentence_start]):
        return ""
    before = clause.passage.text[: clause.sentence_start - clause.passage.start].rstrip()
    start = max(before.rfind(". "), before.rfind("\n")) + 1
    return before[start:]


def person_candidates(cl: list[Clause], text_before: Callable[[Clause], str] | None = None,
                      text_after: Callable[[Clause], str] | None = None) -> list[Candidate]:
    """Names with a role written right before them ("Vụ trưởng Lê Hoàng Quân", a signature block's
    "PHÓ CHI CỤC TRƯỞNG (Đã ký) Họ Tên"), or alone on their line over it; ``text_before`` reaches back past the
    passage's start, ``text_after`` on past its end (a role line the chunker took for a heading)."""
    out = []
    for c in cl:
        for m in _NAME_RE.finditer(c.text):
            name = m.group(1)
            if name.split()[0] in _ORG_FIRST or name.split()[0] in _NOT_NAME:
                continue
            at = c.start - c.passage.start + m.start()  # the role may stand lines above ("… TRƯỞNG\n(Đã ký)\nHọ Tên")
            before = c.passage.text[max(0, at - _BEFORE_NAME) : at]
            near = at < _BEFORE_NAME and text_before is not None  # the chunk opens less than a role's reach above it
            if near and not before.strip(" \n("):
                before, near = text_before(c)[-_BEFORE_NAME:] + before, False  # the name opens the chunk
            role = _ROLE_RE.search(before)
            after = _ROLE_AFTER_RE.match(c.text[m.end():])  # "ông Trần Quốc Hưng - Chi cục trưởng": said after the name
            closing = False
            if after is None and _alone_on_line(c.passage.text, at, at + len(name)):
                # a closing slide's "Hoàng Minh Tuấn" over "Chi cục trưởng": a name alone on its line, its role next
                rest = c.passage.text[at + len(name):]
                if not rest.strip() and text_after is not None:
                    rest = "\n" + text_after(c)
                after = _ROLE_AFTER_RE.match(rest)
                closing = after is not None
            if after and (not role or role.group(1).lower() in ("ông", "bà", "đồng chí")):
                role = after
            signed = None if role else _signed_role(before)
            if not role and not signed and _SIGNER_FIELD_RE.search(before) and " | " not in _line_around(c.passage.text, at):
                # a form's "Người ký: Huỳnh Thị Ngọc Diễm", its post the "Chức vụ:" field beside it (not a cell of a
                # list of documents: "Ban hành: 19/12/2022 | Người ký: Trần Văn Lợi | Tình trạng: …", another's signer)
                post = _POST_FIELD_RE.search(before[-_POST_FIELD_CHARS:]) or _POST_FIELD_RE.search(c.text[m.end():][:_POST_FIELD_CHARS])
                signed = post.group(1).strip(" .;") if post else SIGNER_ROLE
            if not role and not signed and near:
                # the chunk opens a few lines above the name: its role, or the recipient list it stands under, before
                signed = _signed_role(_report_before(c, at, text_before)[-_BEFORE_NAME:])
            if not role and not signed and re.search(r"\|\s*$", c.passage.text[c.passage.text.rfind("\n", 0, at) + 1 : at]):
                lead = c.passage.text[:at]  # the name in a line's right cell: the signature column's cells above
                if text_before is not None and lead.count("\n") <= _CELLS_ABOVE:
                    lead = _report_before(c, at, text_before)
                signed = _signed_role(_cells_above(lead))
            if not role and not signed:
                continue
            played = _PART_PLAYED_RE.match(c.text[m.end():])
            if played and any(n.group(1).split()[0] not in _ORG_FIRST for n in _NAME_RE.finditer(played.group(0))):
                played = None  # (said of another person named in between: "…, ông B làm Trưởng đoàn")
            cand = Candidate(c, "person", None, name, c.start + m.start(), c.start + m.end(),
                             unit=played.group(1) if played and not signed else signed or role.group(1))
            if signed:
                cand.notes.append("signed")
            elif closing and role is after:
                cand.notes.append("closing")  # a name closing a deck or a letter over its post: who presents or writes
            out.append(cand)
    return out


_PLACE_RE = re.compile(r"\b(?:tại|ở)\s+((?:(?:TP\.|thành phố|tỉnh|\d+ địa phương|các tỉnh)\s+)?[A-ZĐ][\w.]*(?:[ ,]+(?:và\s+)?(?:TP\.\s*)?[A-ZĐ][\w.]*)*)")


def place_candidates(cl: list[Clause]) -> list[Candidate]:
    out = []
    for c in cl:
        for m in _PLACE_RE.finditer(c.text):
            text = m.group(1).rstrip(" ,.")
            first = text.split()[0]
            if first in _ORG_FIRST or first in ("Chi", "Hội"):
                continue
            out.append(Candidate(c, "place", None, text, c.start + m.start(1), c.start + m.start(1) + len(text)))
    return out
