"""Carrying out an arithmetic :class:`~assistant.reasoning.Plan` with cited, stated numbers.

Every operand is a candidate found in a passage (and cited); the result is shown with its working,
e.g. ``654 + 227 = 881``. When any operand is missing the computation is refused (the answerer then
abstains or falls back to a plain lookup) — a computed number is never built on a guess.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from assistant.candidates import (COUNTERS, CUMULATIVE_RE, NEGATION_RE, TOTAL_RE, WITHIN_RE, Candidate, Scorer, clauses, count_label, is_total, money_words, quantity_candidates,
                                  table_candidates)
from assistant.compose import Citations, templates
from assistant.models import Value
from assistant.numbers import SCALE, format_vn_number, split_scale, parse_vn_number
from assistant.question import YEAR_PLAN_Q_RE, YEAR_RE, plan_of_part, question_unit
from assistant.reasoning import NOT_DONE_RE, SAID_UNDONE, Plan
from ingest.normalize import fold

if TYPE_CHECKING:  # pragma: no cover
    from assistant.matching import Matcher
    from assistant.answerer import ExtractiveAnswerer, Lookup

Result = tuple[str, bool, Value | None, Citations, str | None, int | None]


# the words of a question about the plan, left out when looking up the figure done
_PLAN_PHRASE_RE = re.compile(r"\b(?:muốn hoàn thành|còn phải|còn thiếu)\b|\b(?:vượt|so với|cao hơn)\s+(?:so với\s+)?(?:chỉ tiêu\s+)?kế hoạch(?:\s+năm)?\b|"
                           r"\bso với kế hoạch\b|\bvượt\b", re.I)
OVER_PLAN_Q_RE = re.compile(r"\bvượt\b.{0,40}\bkế hoạch\b|\bkế hoạch\b.{0,30}\bvượt\b", re.I)
# "muốn hoàn thành chỉ tiêu … còn phải công bố thêm bao nhiêu": what the plan still wants
SAME_REPORT_SHARE = 0.6  # one report's operands, each scoring this share of the best mix, are preferred
_PLAN_REACH = 240  # how far after a figure done its clause's plan may be written
PLAN_PAIR_COVERAGE = 0.4  # a figure with its plan beside it in one clause needs less overlap with the question
_REST_PERIOD_RE = re.compile(r"\b(?:trong\s+)?(?:quý\s+(?:I{1,3}|IV|[1-4])|\d{1,2}\s+tháng\s+cuối(?:\s+năm)?|những tháng cuối năm)\b", re.I)
_MONTH_REPORT_RE = re.compile(r"\bbáo cáo\s+(?:kết quả\s+)?(?:công tác\s+)?tháng\s+\d{1,2}(?:\s*/\s*(?:19|20)\d{2}|"
                              r"\s+năm\s+(?:19|20)\d{2})?", re.I)  # "Theo báo cáo tháng 5/2024, …": its source
_TO_YEAR_END_RE = re.compile(r"\b(?:từ nay|từ giờ|từ bây giờ)\s+(?:đến|tới)\s+cuối\s+năm\b", re.I)
# ("Còn chỉ tiêu kế hoạch … là bao nhiêu?" opens a follow-up: "còn" is no rest there)
SHORT_OF_PLAN_Q_RE = re.compile(r"\b(?:còn phải|còn thiếu|thêm)\b.{0,60}\b(?:kế hoạch|chỉ tiêu)\b|"
                                r"(?<!^)(?<!^\s)\bcòn\b.{0,60}\b(?:kế hoạch|chỉ tiêu)\b|"
                                r"\b(?:kế hoạch|chỉ tiêu)\b.{0,60}\b(?:còn phải|còn thiếu|thêm)\b|"
                                # ("Để hoàn thành kế hoạch kiểm định năm 2023, trong 2 tháng cuối năm Trung tâm … còn phải")
                                # (or "Muốn đạt đúng kế hoạch năm về nguồn thu … thì 6 tháng cuối năm … còn phải thu thêm")
                                r"\b(?:hoàn thành|đạt)\s+(?:đúng\s+)?(?:kế hoạch|chỉ tiêu)\b.{0,150}\b(?:còn phải|còn thiếu)\b", re.I)


_PLAN_COL_RE = re.compile(r"\b(?:kế hoạch|kh|chỉ tiêu)\b", re.I)
_DONE_COL_RE = re.compile(r"\b(?:thực hiện|th|kết quả|đạt)\b", re.I)
_SO_FAR_COL_RE = re.compile(rf"{CUMULATIVE_RE.pattern}|\btính đến\b", re.I)
_RATIO_COL_RE = re.compile(r"%|\b(?:tỷ lệ|so sánh|so với|tăng|giảm)\b", re.I)


def _period_of(column: str) -> str:
    """A column's period without its year, folded ("Năm 2025 9 tháng" → "9 thang"; "" for a bare year's): the
    words the question names it by (a quarter's "quý iii", finer than the answerer's ``_period``, "quý")."""
    return " ".join(fold(re.sub(r"\b(?:năm|nam)\b", " ", YEAR_RE.sub(" ", column), flags=re.I)).lower().split())


def _years(column: str) -> set[str]:
    return set(YEAR_RE.findall(column))  # (not the edition of "TCVN ISO 9001:2015")


def _plan_after(done: Candidate, matcher: "Matcher | None" = None, year: bool = False) -> Candidate | None:
    """The plan figure of ``done``'s own clause: "…, vượt kế hoạch năm (180 TCVN)" after "187 TCVN"; ``year``: the
    year's plan asked, not "kế hoạch 6 tháng (20.000 PTĐ)" written before "kế hoạch năm 2024 (42.000 PTĐ)"."""
    passage = done.clause.passage
    after = passage.text[done.end - passage.start :][:_PLAN_REACH]
    stop = re.search(r"[;.]\s", after)
    after = after[: stop.start()] if stop else after
    figures = quantity_candidates([done.clause.whole_sentence()], "number")

    def same(q: Candidate) -> bool:
        return same_unit(q, done) or _abbreviates(q, done) or _abbreviates(done, q) or _same_concept(q, done, matcher)

    for m in re.finditer(r"\bkế hoạch\b", after, re.I):
        if year and plan_of_part(after, m.start()):  # ("kế hoạch 6 tháng": a part of the year's)
            continue
        at = done.end + m.end()
        # ("hỗ trợ 12 doanh nghiệp … với tổng kinh phí 540 triệu đồng (kế hoạch: 15 doanh nghiệp)": a figure of
        # another unit may stand between; one of the same unit is another figure's plan)
        between = [q for q in figures if q.value is not None and done.end <= q.start < at and same(q)
                   and not _in_brackets(q)]
        if between:
            return None
        for q in figures:
            if q.value is not None and 0 <= q.start - at <= 30 and same(q):
                return q
    return None


def _same_concept(a: Candidate, b: Candidate, m: "Matcher | None") -> bool:
    """Both units name one glossary concept: "TCVN" and "tiêu chuẩn quốc gia"."""
    if m is None or not a.unit or not b.unit:
        return False
    ca = m.tokens(" ".join(a.unit.split()[:4])).concepts
    return bool(ca) and ca == m.tokens(" ".join(b.unit.split()[:4])).concepts


def _abbreviates(short: Candidate, long: Candidate) -> bool:
    """``short``'s unit is the abbreviation of ``long``'s: "7.000 PTĐ" of "7.310 phương tiện đo"."""
    abbr = (short.unit or "").split()[:1]
    return bool(abbr) and abbr[0].isupper() and _counts(long, abbr[0])


_VERDICT_WORDS_RE = re.compile(r"\b(đạt|phù hợp|hợp lệ|đúng hạn)\b", re.I)
_SAME_VERDICT = {"đạt": "đạt|đáp ứng|phù hợp", "phù hợp": "phù hợp|đạt|đáp ứng"}  # a verdict in other words


# the scale a question asks its amount in: "bao nhiêu triệu đồng", "mấy tỷ"
_ASKED_SCALE_RE = re.compile(r"\b(?:bao nhiêu|mấy|bao nhieu|may)\s+(nghìn|ngàn|triệu|tỷ|tỉ)\b", re.I)


def _fmt(x: float | None, decimals: int | None = None) -> str:
    x = x if x is not None else 0.0
    if decimals is None and not float(x).is_integer() and abs(x - round(x, 3)) < 1e-9:
        decimals = 3  # a figure written "5,214 tỷ đồng" (and 5,214 - 4,673 = 0,541) keeps its three decimals
    return format_vn_number(x, decimals)


def _round(x: float, decimals: int | None, default: int) -> float:
    d = default if decimals is None else decimals
    # as a reader rounds it, half up ("6,25%" to one place is 6,3%, where round() gives 6,2), once float noise
    # beyond nine places is gone
    r = float(Decimal(repr(round(x, 9))).quantize(Decimal(1).scaleb(-d), ROUND_HALF_UP))
    return float(int(r)) if float(r).is_integer() else r


# a percentage written with decimals ("tăng 9,1%", "đạt 107,45%"): how many
_WRITTEN_PERCENT_RE = re.compile(r"(?<![\d.,])\d{1,3},(\d{1,2})\s*%")
DEFAULT_PLACES = 2  # a report that writes no percentage with decimals: two places


def report_places(text: str) -> int:
    """The decimal places a report writes its percentages with ("tăng 9,1%", "đạt 107,4%": one), the most
    used of them; a rate worked from its figures is given the same way."""
    counts: dict[int, int] = {}
    for m in _WRITTEN_PERCENT_RE.finditer(text):
        counts[len(m.group(1))] = counts.get(len(m.group(1)), 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else DEFAULT_PLACES


def rate_shown(exact: float, places: int) -> tuple[float, str]:
    """A worked percentage rounded to ``places`` and how the working ends: "8,51%", then "≈ 8,5%" when
    the report's way of writing rounds it further."""
    fine = _round(exact, max(places, DEFAULT_PLACES), DEFAULT_PLACES)
    value = _round(exact, places, places)
    shown_places = None
    read = float(Decimal(str(fine)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))  # as a reader rounds it
    if value != fine and read != value:  # "12,7456%" shown "12,75%", "9,4488%" shown "9,45%": read as 12,8%, 9,5%
        shown_places = max(places, DEFAULT_PLACES) + 1
        fine = _round(exact, shown_places, shown_places)
    shown = f"{format_vn_number(fine, shown_places)}%"
    return value, shown if value == fine else f"{shown} ≈ {format_vn_number(value)}%"


# a part's own share written right after it: "… là 137 chiếc, chiếm 2,1% tổng số …"
_OWN_SHARE_AFTER_RE = re.compile(r"[^.;()\d]{0,30}?\bchiếm\s+(\d{1,3}(?:,\d+)?)\s*%", re.I)


def is_money(c: Candidate) -> bool:
    """Does the figure count money ("89,0 triệu đồng", a "triệu đồng" column's cell), not things?"""
    return money_words(c.raw_unit or c.unit)


def same_unit(a: Candidate, b: Candidate) -> bool:
    ua, ub = (a.unit or "").lower().split()[:1], (b.unit or "").lower().split()[:1]
    return bool(ua) and ua == ub


_BREAKDOWN_RE = re.compile(r"^\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,5}\s*(?:\(|[,;:]?\s*trong đó\b|\.\s*Trong đó\b)", re.I)


def total_for(part: Candidate) -> Candidate | None:
    """The whole that ``part`` belongs to: its fraction's denominator; else, among larger quantities of
    the same unit in the same passage (same sentence first), one that is broken down ("928 hồ sơ (…),
    trong đó …", "375 phương tiện đo. Trong đó …"), else the largest."""
    passage = part.clause.passage
    cands = [c for c in quantity_candidates(clauses([passage]), "number") if c.value is not None]
    if part.fraction == "num":
        den = [c for c in cands if c.fraction == "den" and c.start > part.start and c.start - part.end <= 2]
        if den:
            return den[0]
    p0 = passage.start
    within = list(WITHIN_RE.finditer(passage.text[part.clause.sentence_start - p0 : part.start - p0]))
    if within:  # "kiểm định 24.615 PTĐ, trong đó … đạt … 24.187 chiếc, không đạt 428 chiếc": the figure broken
        marker = part.clause.sentence_start + within[-1].start()  # down, not a sibling after "trong đó"
        broken = [c for c in cands if c.clause.sentence_start == part.clause.sentence_start and c.end <= marker
                  and c.value and part.value and c.value > part.value and not _in_brackets(c)]
        if broken:
            return broken[-1]
    named = _label_of(part)  # "Số PTĐ không đạt … là 2.617 chiếc": the whole counts PTĐ, not chiếc
    larger = [c for c in cands if c.value and part.value and c.value > part.value and c.start != part.start
              and (_counts(c, named) if named else same_unit(c, part))]
    if not larger:
        return None
    if _in_brackets(part):  # "(năm 2021: lấy 131 mẫu, 21 mẫu không đạt)": that year's whole, beside it
        same = [c for c in larger if _bracket_at(c) == _bracket_at(part)]
        if same:
            return max(same, key=lambda c: c.value or 0)
    # (a bracketed figure beside the whole is its plan or another year's: "2.146 mẫu, … (kế hoạch 4.200 mẫu)")
    larger = [c for c in larger if not _in_brackets(c)] or larger
    in_sentence = [c for c in larger if c.clause.sentence_start == part.clause.sentence_start]
    pool = in_sentence or [c for c in larger if c.start < part.start]
    if not pool:
        return None

    return max(pool, key=lambda c: (broken_down(c), c.value or 0))


def _counts_as(c: Candidate, unit: str) -> bool:
    """Does the figure count ``unit`` (its first word), or in a counter ("428 chiếc" of phương tiện đo)?"""
    head = fold((c.unit or "").split()[0].lower()) if c.unit else ""
    return not head or head == fold(unit.split()[0].lower()) or head in COUNTERS


def _restated(c: Candidate, other: Candidate) -> bool:
    """Is ``c`` the figure ``other`` is, written again elsewhere in its report (a table cell restating a sentence)?"""
    return c.start != other.start and c.value is not None and c.value == other.value \
        and c.clause.passage.doc_id == other.clause.passage.doc_id and same_unit(c, other)


def _in_brackets(c: Candidate) -> bool:
    """Is the figure inside parentheses ("(năm 2021: 22.645 PTĐ)", "(kế hoạch 21.900 PTĐ)"): another time's?"""
    return _bracket_at(c) is not None


def _bracket_at(c: Candidate) -> int | None:
    """Where the parenthesis the figure stands in opens (an offset in its passage), None outside any."""
    p0 = c.clause.passage.start
    before = c.clause.passage.text[c.clause.sentence_start - p0 : c.start - p0]
    at = before.rfind("(")
    return c.clause.sentence_start - p0 + at if at > before.rfind(")") else None


def _label_of(part: Candidate) -> str | None:
    """The abbreviation a counter's figure is labelled with: "Số PTĐ … là 2.617 chiếc" → "PTĐ"."""
    c = part.clause
    label = count_label(c.passage.text[c.sentence_start - c.passage.start : part.start - c.passage.start])
    m = re.match(r"[A-ZĐ]{2,8}\b", label or "")
    return m.group(0) if m else None


def _counts(c: Candidate, abbr: str) -> bool:
    """The figure counts ``abbr``: written right after it, or as the words it abbreviates ("phương tiện đo")."""
    after = c.clause.passage.text[c.end - c.clause.passage.start :][:60]
    words = re.findall(r"[^\W\d_]+", after)[: len(abbr)]
    return bool(words) and (words[0] == abbr or "".join(fold(w[0]) for w in words) == fold(abbr.lower()))


def broken_down(c: Candidate) -> bool:
    """Is the figure followed by its breakdown ("928 hồ sơ (…), trong đó …", "375 phương tiện đo. Trong đó …")?"""
    passage = c.clause.passage
    after = passage.text[c.end - passage.start : c.end - passage.start + 60]
    return bool(_BREAKDOWN_RE.match(after))


def part_of(part: Candidate, whole: Candidate) -> bool:
    """``part`` is a breakdown of ``whole`` in the same sentence ("178 hồ sơ …, trong đó 152 hồ sơ …")."""
    if part.clause.sentence_start != whole.clause.sentence_start or part.start <= whole.end:
        return False
    between = part.clause.passage.text[whole.end - part.clause.passage.start : part.start - part.clause.passage.start]
    within = list(WITHIN_RE.finditer(between))  # (a figure after the breakdown's ";" is no part: "…; cấp 214 …")
    return bool(within) and not re.search(r"\.\s", between) and ";" not in between[within[-1].end():]


_DATE_OR_YEAR_RE = re.compile(r"\b(?:\d{1,2}/)?\d{1,2}/\d{4}\b|\b(?:19|20)\d{2}\b")


def _lead_text(c: Candidate, chars: int = 80, in_sentence: bool = False) -> str:
    """Up to ``chars`` characters of the passage right before the figure (not before its sentence, if asked)."""
    p0 = c.clause.passage.start
    start = max(0, c.start - p0 - chars, c.clause.sentence_start - p0 if in_sentence else 0)
    return c.clause.passage.text[start : c.start - p0]


def _says(c: Candidate, doing: list[str]) -> bool:
    """Do the figure's own leading words say the doing ("đã giải ngân 2.145 triệu"; not "chưa giải ngân")?"""
    lead = _DATE_OR_YEAR_RE.sub(" ", _lead_text(c))  # back to the figure or the full stop before it, across a
    lead = re.split(r"\d|[.;!?]\s", lead)[-1]  # line break (a date is no figure: "đã giải ngân đến ngày 30/6/2024 là 2.071")
    return any(re.search(rf"(?<!chưa )\b{re.escape(v)}\b", lead, re.I) for v in doing)


_SHARE_AFTER_RE = re.compile(r"^(?:\s*[^\W\d_]+){0,3}?[\s,;]*(?:đạt|bằng)\s+(?:khoảng\s+)?(\d{1,3}(?:,(\d+))?)\s*%\s*((?:[^\W\d_]+\s*){1,2})?", re.I)


def _whole_of_share(done: Candidate, cl: list) -> Candidate | None:
    """The whole a figure's stated share is of ("2.071 triệu đồng, đạt 47,2% dự toán được giao"): a larger figure
    of its unit in the same report that the share fits (2.071 / 4.386 = 47,2%), the one named like the share's
    noun first."""
    m = _SHARE_AFTER_RE.match(done.clause.text[done.end - done.clause.start :])
    if not m or not done.value:
        return None
    share = float(m.group(1).replace(",", "."))
    slack = 0.5 * 10 ** -len(m.group(2) or "") + 0.05
    noun = " ".join((m.group(3) or "").split()).lower()
    fits = [c for c in quantity_candidates(cl, "number") if c.value and c.value > done.value
            and c.clause.passage.doc_id == done.clause.passage.doc_id and same_unit(c, done) and not _in_brackets(c)
            and abs(done.value / c.value * 100 - share) <= slack]
    named = [c for c in fits if noun and noun in _lead_text(c, in_sentence=True).lower()]
    return (named or fits or [None])[0]


def _done_after(whole: Candidate, doing: list[str]) -> Candidate | None:
    """What is done of a whole the question asks the rest of ("còn bao nhiêu … chưa giải ngân"): the first
    figure after ``whole``, in its sentence or the next, of its unit and smaller, outside brackets, whose own
    words say the doing ("Tổng dự toán … là 4.826 triệu đồng; đến ngày 15/6/2023 đã giải ngân 2.145 triệu")."""
    passage = whole.clause.passage
    p0 = passage.start
    for c in quantity_candidates(clauses([passage]), "number"):
        if c.start <= whole.end or c.value is None or not same_unit(c, whole) or _in_brackets(c):
            continue
        between = passage.text[whole.end - p0 : c.start - p0]
        if len(re.findall(r"[.!?]\s", between)) > 1 or re.search(r"\n\s*\n", between):
            return None  # past the next sentence
        if c.value >= (whole.value or 0):
            continue
        if _says(c, doing):
            return c
    return None


def numerator_of(den: Candidate) -> Candidate | None:
    """The numerator written before a denominator ("460" of "460/1.399")."""
    cands = quantity_candidates(clauses([den.clause.passage]), "number")
    return next((c for c in cands if c.fraction == "num" and c.end < den.start and den.start - c.end <= 2), None)


def _total_of_parts(c: Candidate, part: str, others: list[str]) -> bool:
    """Is ``c`` a stated total ("Tổng số …") whose words also name what another part of the working asks?"""
    seg = Scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start).lower()
    if not TOTAL_RE.search(seg):
        return False
    own, said = set(re.findall(r"\w+", part.lower())), set(re.findall(r"\w+", seg))
    return any((words := set(re.findall(r"[^\W\d_]+", o.lower())) - own) and words <= said for o in others)


_PARTS_OPEN_RE = re.compile(r"\b(?:gồm|bao gồm|trong đó)\b", re.I)
_TARGET_NAMED_RE = re.compile(r"^\s*(?:chỉ tiêu|kế hoạch|mục tiêu|chi tieu|ke hoach|muc tieu|KH)\s+(?:năm\s+(?:19|20)\d{2}\s+)?", re.I)


class Calculator:
    def __init__(self, answerer: "ExtractiveAnswerer") -> None:
        self.ans = answerer

    def run(self, plan: Plan, look: "Lookup") -> Result | None:
        return getattr(self, f"_{plan.op}")(plan, look)

    # -- helpers ----------------------------------------------------------------------------------
    def _part(self, look: "Lookup", part: str, shared: str, exclude: set[int], weight: float = 0.35,
              years: list[int] | None = None, among: set[float] | None = None,
              beside: str | None = None, parts_only: bool = True) -> Candidate | None:
        # (a part named by its target, "Chỉ tiêu kiểm định phương tiện đo năm 2023", counts what the target counts)
        own = question_unit(f"bao nhiêu {_TARGET_NAMED_RE.sub('', part)}")
        if own and own.lower() in ("số", "số lượng", "tổng số", "so", "so luong", "tong so"):
            own = None  # "số đã thực hiện năm 2022": no unit of its own, the other part's words say what
        units = [u for u in (own, look.a.unit) if u] or [u for u in (beside,) if u]  # (else the other part's unit)
        best: Candidate | None = None
        for unit in units or [None]:
            c = self.ans.find(look, f"{part}", unit, exclude=exclude, shared=shared, own_search=True,
                              want="percent" if look.a.kind == "percent" and look.a.op != "ratio" else "number",
                              parts_only=parts_only, shared_weight=weight, years=years, among=among)
            if c is not None and unit == own and look.a.unit and len(own.split()) > len(look.a.unit.split()) \
                    and own.lower().startswith(look.a.unit.lower()) and (c.unit_match or 0.0) >= 1.0:
                # "tổ chức chứng nhận" of "bao nhiêu tổ chức (chứng nhận và công nhận)": the figure written with
                # the part's own fuller unit ("15 tổ chức chứng nhận"), not its neighbour that the shorter asked
                # unit also fits ("02 tổ chức công nhận"), whatever the two searches' scores
                return c
            if c is not None and unit == look.a.unit and unit != own and money_words(unit) and is_money(c) \
                    and (c.unit_match or 0.0) >= 1.0 and not (best is not None and is_money(best)):
                return c  # "số tiền phạt … xăng dầu": an amount, not what the part's name counts ("112 cột đo xăng dầu")
            if c is not None and (best is None or c.score > best.score):
                best = c
        return best

    def _distinct_parts(self, parts: list[str], plan: Plan, look: "Lookup") -> list[Candidate] | None:
        """One stated figure per part, each a different one; None when any part has none."""
        found: list[Candidate] = []
        for part in parts:
            taken, beside = {f.start for f in found}, found[-1].unit if found else None
            # (a difference's operands may be stated totals, but not one of both parts compared: "Tổng số mẫu … được
            # kiểm tra và khảo sát: 2.300 mẫu")
            c = self._part(look, part, plan.shared, taken, beside=beside, parts_only=plan.op != "diff")
            if c is not None and plan.op == "diff" and _total_of_parts(c, part, [p for p in parts if p is not part]):
                c = self._part(look, part, plan.shared, taken, beside=beside)
            if c is None or c.value is None:
                return None
            found.append(c)
        return self._one_report(parts, plan, look, found)

    def _one_report(self, parts: list[str], plan: Plan, look: "Lookup", found: list[Candidate]) -> list[Candidate]:
        """Operands read from one report when it states them all nearly as well: a difference between a
        report's two columns ("năm 2021 nhiều hơn năm 2020") is not one figure from it and one from another
        unit's report of the other year."""
        docs = {c.clause.passage.doc_id for c in found}
        if len(docs) < 2:
            return found
        ranked = sorted(docs, key=lambda d: -sum(c.score for c in found if c.clause.passage.doc_id == d))
        for doc in ranked:
            year = next(c.clause.passage.year for c in found if c.clause.passage.doc_id == doc)
            sub = look.fresh()
            sub.doc_ids = [doc]
            sub.cl = [c for c in look.cl if c.passage.doc_id == doc]
            alt: list[Candidate] = []
            for part, c in zip(parts, found):  # the operands read from it stay; the others are read again there
                if c.clause.passage.doc_id != doc:
                    c = self._part(sub, part, plan.shared, {f.start for f in found if f.clause.passage.doc_id == doc}
                                   | {f.start for f in alt}, years=[year] if year else None, parts_only=plan.op != "diff")
                    if c is None or c.value is None or c.clause.passage.doc_id != doc:
                        break
                alt.append(c)
            if len(alt) == len(found) and all(n.score >= SAME_REPORT_SHARE * o.score for n, o in zip(alt, found)):
                return alt
        return found

    def _answer(self, value: float, unit: str | None, working: str, operands: list[Candidate],
                look: "Lookup", percent: bool = False, decimals: int | None = None) -> Result:
        cites = look.cites
        # (an average's count, "14 doanh nghiệp", has no scale: the amounts' own, "735 triệu đồng", is the answer's)
        scaled = [c for c in operands if is_money(c)] or operands
        scales = {split_scale(c.text)[1] for c in scaled}
        asked = _ASKED_SCALE_RE.search(look.a.core or look.a.question)
        # (an amount written out in đồng, "580.000.000.000 đồng", has its scale: none, and converts like the others)
        in_full = all(split_scale(c.text)[1] is not None or (c.unit or "").lower().startswith("đồng") for c in scaled)
        if asked and (None not in scales or in_full):  # "còn bao nhiêu triệu đồng": in triệu, whatever scale each amount is written in
            word = asked.group(1).lower()
        elif None not in scales and len(scales) > 1:  # "9,86 tỷ đồng" and "4.212 triệu đồng": the finer scale
            word = min(scales, key=lambda w: SCALE[w.lower()])
        else:  # "450 tỷ đồng - 412,6 tỷ đồng": worked and answered in tỷ, as the report writes them
            word = scales.pop() if len(scales) == 1 else None
        if not percent and word:
            f = SCALE[word.lower()]
            for x in sorted({*(c.value or 0.0 for c in scaled), value}, key=lambda v: -len(_fmt(v))):
                working = re.sub(rf"(?<![\d.,]){re.escape(_fmt(x))}(?![\d]|[.,]\d)", _fmt(_round(x / f, None, 3)), working)
            value = _round(value / f, decimals, 3)
            unit = f"{word} {unit}" if unit else word
        ns = []
        passages = {c.clause.passage.chunk_id for c in operands}
        if len(passages) == 1:  # operands close together: one quote holding all of them
            from assistant.compose import label_start, quote_span

            p = operands[0].clause.passage
            a = min(min(quote_span(c.clause)[0], label_start(c)) for c in operands)
            b = max(quote_span(c.clause)[1] for c in operands)
            if b - a <= 700:
                ns.append(cites.add_span(p, a, b))
        if not ns:
            for c in operands:
                n = cites.add_clause(c.clause, c)
                if n not in ns:
                    ns.append(n)
        if percent:
            vtext = f"{_fmt(value, decimals)}%"
            unit = "%"
        else:
            vtext = f"{_fmt(value, decimals)} {unit}".strip() if unit else _fmt(value, decimals)
        refs = ", ".join(f"[{n}]" for n in ns)
        text = templates()["computed"].format(value=vtext, working=working, refs=refs)
        years = {c.clause.passage.year for c in operands}
        return text, False, Value(value, unit, vtext), cites, working, years.pop() if len(years) == 1 else None

    def _sum_of_periods(self, plan: Plan, look: "Lookup") -> Result | None:
        """"Tổng doanh thu 6 tháng đầu năm 2023 (quý I và quý II)": each period's figure, read as the question
        asked of that period (a total row's cell is one), added up; a figure given twice is no two periods'."""
        from assistant.question import analyze

        found: list[Candidate] = []
        for part in plan.parts[:12]:
            sub = look.fresh()  # (its own time read from the part: the span asked holds no quarter's figure)
            sub.a, sub.cites = analyze(part), look.cites
            for name in ("supplied", "unit_said", "elsewhere", "issuer", "folded", "search_text"):  # (routed: the
                setattr(sub.a, name, getattr(look.a, name))  # unit the question names is its report's)
            c = self.ans.find(sub, sub.a.question, look.a.unit, want="number", exclude={f.start for f in found})
            if c is None or c.value is None or any(c.value == f.value for f in found):
                return None
            found.append(c)
        total = sum(c.value or 0.0 for c in found)
        working = " + ".join(_fmt(c.value) for c in found) + f" = {_fmt(total)}"
        return self._answer(total, found[0].unit, working, found, look, decimals=plan.decimals)

    # -- operations -------------------------------------------------------------------------------
    def _sum(self, plan: Plan, look: "Lookup") -> Result | None:
        if plan.periods:
            return self._sum_of_periods(plan, look)
        found: list[Candidate] = []
        for part in plan.parts[:5]:
            c = self._part(look, part, plan.shared, set(), plan.shared_weight)
            if c is not None and any(c.start == f.start or _restated(c, f) for f in found):
                # one figure may count for two listed items only when its own text names this item too
                # ("86 chương trình đào tạo và hội nghị, hội thảo trực tuyến"); so may the same figure that the
                # report writes again elsewhere (a table row restating a sentence's "648 cột đo xăng dầu")
                tail = c.clause.text[c.start - c.clause.start : c.end - c.clause.start] + Scorer.tail(c.clause, c.end - c.clause.start)
                nxt = re.search(r"\s\d", tail)  # a later figure's own lead is not this one's: "cấp mới 214 giấy chứng
                if nxt:  # nhận và tái chứng nhận 163 …" names "tái chứng nhận" for 163
                    cut = list(re.finditer(r",|;|\s(?:và|còn|với)\s", tail[: nxt.start()]))
                    tail = tail[: cut[-1].start()] if cut else tail
                if self._names(look, part, tail):
                    continue
                c = self._part(look, part, plan.shared, {f.start for f in found} | {c.start}, plan.shared_weight)
                if c is not None and any(_restated(c, f) for f in found):
                    return None
            if c is None or c.value is None:
                return None
            found.append(c)
        for x in found:  # a whole and its own part are never added ("928 hồ sơ …, trong đó … 47 hồ sơ")
            whole = total_for(x)
            inside = whole is not None and part_of(x, whole)
            if whole is not None and (broken_down(whole) or inside) and any(
                    whole.start == y.start for y in found if y is not x):
                # "tiếp nhận 1.236 hồ sơ công bố hợp chuẩn, hợp quy, …, trong đó 1.171 hồ sơ công bố hợp quy": the
                # whole names every item asked; else it is their total only if they are all of its parts: unknown
                p0 = whole.clause.passage.start
                named = whole.clause.passage.text[whole.clause.sentence_start - p0 : x.start - p0]
                if inside and all(self._names(look, p, named, words=True) for p in plan.parts):
                    return self.ans._value_result(look, whole)
                return None
        if len(found) == 1:  # one written figure covers every listed item: it is the answer itself
            return self.ans._value_result(look, found[0])
        if len({is_money(c) for c in found}) > 1:
            return None  # "22,0 triệu đồng" + "09 đợt kiểm tra": amounts and counts are never added
        total = sum(c.value or 0 for c in found)
        working = " + ".join(_fmt(c.value) for c in found) + f" = {_fmt(total)}"
        heads = {" ".join((c.unit or "").split()[:2]) for c in found}
        unit = heads.pop() if len(heads) == 1 else (look.a.unit if all(self._unit_fits(c, look.a.unit) for c in found) else None)
        return self._answer(total, unit or None, working, found, look)

    @staticmethod
    def _names(look: "Lookup", part: str, text: str, words: bool = False) -> bool:
        """Does ``text`` name ``part`` (most of its weight)? By its words alone when ``words`` ("hợp chuẩn, hợp
        quy" names "hồ sơ công bố hợp quy" though the phrase is not written whole)."""
        if words:
            asked, bag = set(look.m.tokens(part).words), set(look.m.tokens(text).words)
            return bool(asked) and len(asked & bag) >= 0.8 * len(asked)
        terms = look.m.question_terms(part)
        bag = look.m.tokens(text).bag()
        total = sum(terms.values()) or 1.0
        return sum(w for t, w in terms.items() if t in bag) / total >= 0.8

    @staticmethod
    def _unit_fits(c: Candidate, unit: str | None) -> bool:
        return bool(unit) and (c.unit or "").lower().startswith(unit.lower().split()[0])

    def _diff(self, plan: Plan, look: "Lookup") -> Result | None:
        found = self._distinct_parts(plan.parts[:2], plan, look)
        previous = look.a.previous
        if previous and (found is None or found[0].value not in previous):
            # "So với số thực hiện năm 2020 thì … thêm bao nhiêu?" after the plan for 2021 was given: the first part
            # is the figure just given, read where the report states it, not another plan the words fit as well
            first = self._part(look, plan.parts[0], plan.shared, set(), among=previous, parts_only=False)
            second = self._part(look, plan.parts[1], plan.shared, {first.start}, parts_only=False) if first is not None else None
            if second is not None and second.value is not None and second.value != first.value:
                found = [first, second]
        if found is None:
            return None
        a, b = found
        d = (a.value or 0) - (b.value or 0)
        if d == 0:  # one figure read for both parts, or "cao hơn bao nhiêu" of equal figures: no difference to give
            return None
        hi, lo = (a, b) if d >= 0 else (b, a)
        working = f"{_fmt(hi.value)} - {_fmt(lo.value)} = {_fmt(abs(d))}"
        percent = a.kind == "percent"
        unit = look.a.unit or (a.unit if a.unit and a.unit == b.unit and not is_money(a) else None)  # ("487 PTĐ")
        return self._answer(abs(d), None if percent else unit, working, found, look, percent=percent)

    def _remainder(self, plan: Plan, look: "Lookup") -> Result | None:
        parts = self._distinct_parts(plan.parts[:4], plan, look)
        if parts is None:
            return None
        whole = total_for(parts[0]) if parts else None
        used = sum(p.value or 0 for p in parts)
        if whole is None or whole.value is None or whole.value <= used:
            return None
        if plan.optional:  # "Không tính Trạm …, … bao nhiêu PTĐ": the part of the very figure the question meets
            direct = self.ans.find(look, look.a.question, look.a.unit)
            if direct is None or direct.start != whole.start or direct.clause.passage.doc_id != whole.clause.passage.doc_id:
                return None
        result = whole.value - used
        working = f"{_fmt(whole.value)} - " + " - ".join(_fmt(p.value) for p in parts) + f" = {_fmt(result)}"
        unit = look.a.unit or (whole.unit or "").split()[0]
        return self._answer(result, unit, working, [whole, *parts], look)

    def _complement(self, plan: Plan, look: "Lookup") -> Result | None:
        direct = self.ans.find(look, look.a.question, look.a.unit, want="number")
        asked = look.a.core or look.a.question
        verdict = verdict_words = _VERDICT_WORDS_RE.findall(asked)
        pending = re.search(r"\bchưa\s+(?:được\s+)?((?:[^\W\d_]+\s*){1,3})", asked, re.I)
        if not verdict and pending:  # "còn bao nhiêu mẫu chưa trả kết quả": stated only if said as pending
            verdict = [" ".join(pending.group(1).split()[:2])]
        undone = NOT_DONE_RE.search(asked)
        if not verdict and undone and undone.group(1).lower() in SAID_UNDONE:
            verdict = [undone.group(0)]  # "không nộp trực tuyến": stated only if said so, not "63 hồ sơ" received
        if direct is not None and "implied" in direct.notes and direct.working:
            # "còn bao nhiêu mẫu chưa trả kết quả" met by "…, số mẫu còn lại …": that rest, worked as the text implies
            return self._answer(direct.value or 0.0, direct.unit, direct.working, [direct], look)
        seg = Scorer.segment(direct.clause, direct.start - direct.clause.start, direct.end - direct.clause.start) if direct else ""
        if pending and direct is not None and direct.value and not verdict_words and _says(direct, verdict):
            # "còn bao nhiêu … chưa giải ngân" met by what is done: "đã giải ngân … 2.071 triệu đồng, đạt 47,2% dự
            # toán được giao", "118 chợ …, trong đó 97 chợ đã bố trí cân đối chứng": less the whole it is of
            whole = _whole_of_share(direct, look.cl)
            if whole is None and (of := total_for(direct)) is not None and part_of(direct, of):
                whole = of
            if whole is not None:
                return self._whole_minus(whole, direct, look)
        said = [_SAME_VERDICT.get(v.lower(), re.escape(v)) for v in verdict]  # "đáp ứng yêu cầu" says "đạt"
        if direct is not None and not NEGATION_RE.search(direct.clause.text) and (
                not verdict or any(re.search(rf"\b(?:{v})\b", seg, re.I) for v in said)):
            return None  # stated directly ("150 mẫu đạt yêu cầu"): a plain lookup answers it; "lấy 160 mẫu" does not
        from assistant.question import analyze

        flipped = analyze(plan.flipped) if plan.flipped else look.a
        part = self.ans.find(look, flipped.question, look.a.unit, want="number", analysis=flipped)
        if part is not None and direct is not None and part.start == direct.start and total_for(part) is None:
            # both questions meet a figure that is no part of anything: the whole ("tiếp nhận 63 hồ sơ TTHC, trong
            # đó 54 hồ sơ nộp trực tuyến"); the part asked the other way is another figure beside it
            inner = self.ans.find(look, flipped.question, look.a.unit, want="number", analysis=flipped,
                                  exclude={direct.start}, within=direct.clause.passage)
            part = inner if inner is not None and part_of(inner, direct) else part  # (its breakdown: "trong đó")
        whole = None
        if part is not None and part.value is not None:
            whole = total_for(part)
            if whole is None and part.clause.column:  # a table cell ("Ban hành ĐLVN | văn bản | 19"): the same
                # figure in running text has the whole beside it ("giao chủ trì xây dựng 24 ĐLVN. … ký ban hành 19 ĐLVN")
                for prose in quantity_candidates(look.cl, "number"):
                    if prose.value == part.value and prose.start != part.start and \
                            prose.clause.passage.doc_id == part.clause.passage.doc_id:
                        whole = total_for(prose)
                        if whole is not None:
                            part = prose
                            break
        if whole is not None and whole.value is not None:
            return self._whole_minus(whole, part, look)
        if pending:  # "còn bao nhiêu … chưa giải ngân": the whole and what is done of it, as the text pairs them
            return self._pending_rest([c for c in (direct, part) if c is not None], verdict, look)
        return None

    def _pending_rest(self, found: list[Candidate], doing: list[str], look: "Lookup") -> Result | None:
        """The rest of a whole not yet done, from the figures the question met: a figure the doing is said of
        ("đã giải ngân 2.071 triệu đồng, đạt 47,2% dự toán") less the whole its share names; else the whole
        ("Tổng dự toán … là 4.826 triệu đồng") less the doing said of a figure right after it."""
        for x in found:
            if not x.value:
                continue
            if _says(x, doing):
                whole = _whole_of_share(x, look.cl)
                if whole is not None:
                    return self._whole_minus(whole, x, look)
            else:
                done = _done_after(x, doing)
                if done is not None:
                    return self._whole_minus(x, done, look)
        return None

    def over_plan(self, look: "Lookup", short: bool = False) -> Result | None:
        """"Vượt kế hoạch bao nhiêu PTĐ?": the figure done minus the plan its own clause states ("63.415 PTĐ,
        bằng 105,3% kế hoạch năm (60.200 PTĐ)" → 63.415 - 60.200 = 3.215). The best-supported figures are
        tried in turn; None when none is followed, in its clause, by a plan figure of its unit that it exceeds."""
        a = look.a
        query = _PLAN_PHRASE_RE.sub(" ", a.core or a.question)
        if short:  # "còn phải … trong quý IV": the period left, not the period of the figure done; "Theo báo cáo
            # tháng 5/2024, từ nay đến cuối năm còn phải …": what is done so far, not the month's own figure
            query = _TO_YEAR_END_RE.sub(" ", _MONTH_REPORT_RE.sub(" ", _REST_PERIOD_RE.sub(" ", query)))
            look = copy.copy(look)
            look.a = replace(a, question=query, core=query)
        tried: set[int] = set()
        # a follow-up's figure just given is what is done ("Vậy so với kế hoạch năm thì còn thiếu bao nhiêu nữa?");
        # a figure done that had no plan is looked for again elsewhere ("thử nghiệm 688 mẫu" in prose, its plan only
        # in the table row "… | 700 | 688")
        again: set[float] | None = set(a.previous) if short and a.previous else None
        for _ in range(6):
            done = self.ans.find(look, query, a.unit, want="number", exclude=tried, min_coverage=0.0, among=again,
                                 own_search=True, shared=a.question) if again else None
            again = None
            done = done or self.ans.find(look, query, a.unit, want="number", exclude=tried, min_coverage=0.0)
            if done is None or done.value is None:
                return None
            tried.add(done.start)
            # (an amount may be written in đồng in one place and in triệu đồng in a table's cell: "3.736,0")
            again = {done.value, *(done.value / f for f in set(SCALE.values()) if done.value >= 1e3 * f)}
            if done.coverage < PLAN_PAIR_COVERAGE:  # (the next figure may meet the question: "21.386 phương tiện
                continue  # đo …, bằng 50,9% kế hoạch năm 2024 (42.000 PTĐ)" after a plan cell meeting less of it)
            if done.clause.column:  # a table row: its plan column and the result column of the same year
                label = done.clause.label or ""
                # (the words of a follow-up's earlier question too: "còn thiếu bao nhiêu (Doanh thu dịch vụ … là)")
                if label and not is_total(label) and not set(look.m.question_terms(f"{query} {a.question}")) \
                        & look.m.tokens(label).bag():
                    continue  # a row of something the question never names ("Quả cân" for "kiểm định PTĐ")
                done, plan = self._row_plan(done, a.question)
                if done is None or plan is None:
                    continue
            else:
                plan = _plan_after(done, look.m, year=bool(YEAR_PLAN_Q_RE.search(a.core or a.question)))
            if plan is None or plan.value is None or (plan.value >= done.value) != short or plan.value == done.value:
                continue
            hi, lo = (plan, done) if short else (done, plan)  # "còn phải … thêm bao nhiêu": the plan minus done
            diff = (hi.value or 0.0) - (lo.value or 0.0)
            working = f"{_fmt(hi.value)} - {_fmt(lo.value)} = {_fmt(diff)}"
            unit = a.unit or " ".join((done.unit or "").split()[:3]) or None  # (in the unit asked: "PTĐ")
            return self._answer(diff, unit, working, [done, plan], look)
        return None

    def _row_plan(self, cell: Candidate, asked: str = "") -> tuple[Candidate | None, Candidate | None]:
        """A table row's result and plan for one year ("Kế hoạch 2023 | Thực hiện 2023", "Năm 2023 KH | Năm 2023 TH"),
        from any of its cells; (None, None) when the row has no plan column."""
        row = table_candidates([cell.clause.whole_sentence()], "number", self.ans._text_before)
        plans = [t for t in row if _PLAN_COL_RE.search(t.clause.column)]
        years = _years(cell.clause.column)
        for plan in plans:
            year = _years(plan.clause.column) or years
            results = [t for t in row if t not in plans and not _RATIO_COL_RE.search(t.clause.column)]
            # a monthly report's "Tháng 5/2024 | Lũy kế 5 tháng | Cùng kỳ 2023 | KH năm 2024": what is done so far
            done = [t for t in results if _SO_FAR_COL_RE.search(t.clause.column) and _years(t.clause.column) <= year]
            if len(done) != 1:
                done = [t for t in results
                        if (_years(t.clause.column) == year if year else _DONE_COL_RE.search(t.clause.column))]
            if len(done) > 1:  # ("Năm 2025 Quý III | Năm 2025 9 tháng" beside "Kế hoạch năm 2025"): the column found,
                # else the one of the period asked ("9 tháng")
                done = [t for t in done if t.clause.column == cell.clause.column] or [
                    t for t in done if (period := _period_of(t.clause.column)) and period in fold(asked).lower()]
            if len(done) == 1:
                return done[0], plan
        return None, None

    def complement_of(self, part: Candidate, look: "Lookup") -> Result | None:
        """The whole minus a stated opposite figure, e.g. 1267 - 56 = 1211 samples that do carry the mark.
        When the figure found is the denominator of the opposite ("không có dấu CR: 56/1267"), it is
        the whole, and its numerator is what to subtract."""
        if part.fraction == "den":
            num = numerator_of(part)
            if num is None:
                return None
            part, whole = num, part
        else:
            whole = total_for(part)
        if whole is None or whole.value is None or part.value is None or whole.value <= part.value:
            return None
        return self._whole_minus(whole, part, look)

    def _whole_minus(self, whole: Candidate, part: Candidate, look: "Lookup") -> Result:
        result = (whole.value or 0.0) - (part.value or 0.0)
        working = f"{_fmt(whole.value)} - {_fmt(part.value)} = {_fmt(result)}"
        unit = look.a.unit or (whole.unit or "").split()[0]
        return self._answer(result, unit, working, [whole, part], look)

    def _ratio(self, plan: Plan, look: "Lookup") -> Result | None:
        q = re.sub(r"(tỷ lệ|tỉ lệ|bao nhiêu phần trăm|phần trăm|chiếm|là bao nhiêu)", " ", look.a.core or look.a.question, flags=re.I)
        if plan.total_phrase:
            q = q.replace(plan.total_phrase, " ")
        q = re.sub(r"\b(trên|so với)\s*(?=\s|\?|$)", " ", q)
        part = self.ans.find(look, q, question_unit(q), want="number")
        named = question_unit(f"bao nhiêu {q.strip()}")
        if part is not None and named and not question_unit(q) and not _counts_as(part, named):
            # the part is named as counted ("cơ sở bị phát hiện vi phạm": cơ sở, not "71 cuộc thanh tra")
            part = self.ans.find(look, q, named, want="number") or part
        if part is None or part.value is None or part.coverage < 0.75:
            return None
        whole = None
        if plan.total_phrase:
            phrase = re.sub(r"^(tổng số|tổng cộng|tổng)\s+", "", plan.total_phrase, flags=re.I)
            unit = question_unit(f"bao nhiêu {phrase}")
            local = self.ans.find(look, plan.total_phrase, unit, exclude={part.start}, shared=look.a.question,
                                  want="number", within=part.clause.passage)  # the whole sits near its part
            whole = local or self.ans.find(look, plan.total_phrase, unit, exclude={part.start},
                                           shared=look.a.question, want="number")
            if whole is not None and (whole.value or 0) <= (part.value or 0):
                whole = None
        whole = whole or total_for(part)
        if whole is None or not whole.value:
            return None
        exact = 100 * (part.value or 0) / whole.value
        stated = _OWN_SHARE_AFTER_RE.match(part.clause.passage.text, part.end - part.clause.passage.start)
        if stated and abs(parse_vn_number(stated.group(1)) - exact) < 0.5:
            return None  # the text gives this part's share itself ("137 chiếc, chiếm 2,1% tổng số PTĐ"), a share the
            # stated lookup did not take for the subject asked ("Công tơ điện chiếm …"): nor is it when worked again
        if plan.decimals is not None:
            pct = _round(exact, plan.decimals, 2)
            shown = f"{_fmt(pct)}%"
        else:  # as the report writes its percentages
            pct, shown = rate_shown(exact, self.ans.percent_places(part.clause.passage.doc_id))
        working = f"{_fmt(part.value)} / {_fmt(whole.value)} × 100 = {shown}"
        return self._answer(pct, "%", working, [part, whole], look, percent=True)

    @staticmethod
    def _count_beside(amount: Candidate, count_unit: str) -> Candidate | None:
        """The count of ``count_unit`` that the amount's own sentence gives it ("12 lớp …, tập huấn cho 684
        học viên"): the nearest one before it, else the only one; None otherwise."""
        head = fold(count_unit.split()[0].lower()) if count_unit.split() else ""
        found = [q for q in quantity_candidates([amount.clause.whole_sentence()], "number")
                 if q.start != amount.start and q.value and fold((q.unit or "").split()[0].lower() if q.unit else "") == head]
        before = [q for q in found if q.end <= amount.start]
        if before:  # "tổ chức 12 lớp …, tập huấn cho 684 học viên, trong đó có 4 lớp …": the count it goes with
            text = amount.clause.passage.text
            start = amount.clause.passage.start
            for q, nxt in zip(before, before[1:]):  # (… not the last part of a whole it lists: "hỗ trợ 14 doanh
                # nghiệp …, gồm: 05 doanh nghiệp …, 02 doanh nghiệp áp dụng Kaizen; tổng kinh phí … 735 triệu đồng")
                if _PARTS_OPEN_RE.search(text[q.end - start : nxt.start - start]):
                    return q
            return before[-1]
        return found[0] if len(found) == 1 else None

    def _average(self, plan: Plan, look: "Lookup") -> Result | None:
        # "Bình quân mỗi lô … bao nhiêu tấn": the amount (tấn) and the count (lô) are both stated figures
        base = re.sub(r"(bình quân|trung bình)\s+(?:mỗi|một)\s+", "", look.a.core or look.a.question, flags=re.I)
        amount = self.ans.find(look, base, look.a.unit, want="number")
        if amount is None or amount.value is None:
            return None
        count_unit = plan.count_unit or ""
        count = self._count_beside(amount, count_unit) or self.ans.find(
            look, base, count_unit, exclude={amount.start}, want="number", within=amount.clause.passage)
        if count is None or not count.value:
            return None
        avg = _round(amount.value / count.value, plan.decimals, 2)
        working = f"{_fmt(amount.value)} / {_fmt(count.value)} = {_fmt(avg)}"
        return self._answer(avg, look.a.unit, working, [amount, count], look)
