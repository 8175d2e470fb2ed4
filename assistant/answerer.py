"""The extractive answerer: retrieval → question analysis → candidates → an answer that cites the
exact passage, or an honest abstention. No LLM needed; an LLM (``TCDLCL_LLM``) may rewrite answers but
is held to the numeric guard (see :mod:`assistant.llm`)."""

from __future__ import annotations

import copy
import functools
import logging
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace

from assistant.candidates import (BARE_COUNTERS, COUNTED_RE, COUNTERS, CUMULATIVE_RE, EXTREME_RE, NEGATION_RE, OTHER_KINDS_RE, PART_ASKED_RE, RATIO_COL_RE, ROUND_Q_RE, SCALE_WORDS, TOTAL_RE, WITHIN_RE, Candidate, Scorer, candidate_of, is_total,
                                  clause_before as _clause_before, clauses, line_start, list_lead, quantity_candidates, remainder_candidates, round_said, spell_column, table_candidates, unit_after)
from assistant.compose import Citations, templates, value_sentence
from assistant.compute import (OVER_PLAN_Q_RE, SAME_REPORT_SHARE, SHORT_OF_PLAN_Q_RE, Calculator, is_money, part_of, rate_shown,
                              report_places, same_unit)
from assistant.evidence import _FAULT_ASKED_RE, _negated_words, polarity_mismatch
from assistant.textual import DescriptiveAnswers
from assistant.reasoning import NOT_DONE_RE, plan as plan_arithmetic, rounding
from assistant.errors import AnswerError
from assistant.matching import ABSENT_WEIGHT, Matcher
from assistant.models import Answer, Passage, Turn, Value
from assistant.numbers import SCALE, find_quantities, format_vn_number, split_scale
from assistant.question import (
    PLAN_ABBR_RE, PLAN_RE, YEAR_PLAN_Q_RE, YEAR_RE, YEAR_SPAN_RE, Analysis, analyze, earlier_named, last_answer, money_folded, money_unit,
    plan_of_part,
    question_unit, reference_years, resolve_followup, searched, spell_names, unsaid,
)
from assistant.routing import CENTRE_RE, ReportRouter, _key as _name_key, _letterhead
from ingest.metadata import PERIOD_SPAN_RE
from ingest.normalize import fold, normalize_text
from vectorstore.tokenize import STOPWORDS, has_diacritics

log = logging.getLogger(__name__)
TRACE = None  # set to a list (tests, debugging) to record each lookup's best candidates


class Lookup:
    """Everything one question's answering shares: analysis, matcher, passages, clauses, filters, citations."""

    def __init__(self, a: Analysis, m: Matcher, passages: list[Passage], years: list[int], doc_ids: list[str] | None,
                 k: int, available: list[int] | None = None) -> None:
        self.a, self.m, self.passages, self.years, self.doc_ids, self.k = a, m, passages, years, doc_ids, k
        self.available = available or []
        self.trace: list | None = TRACE
        self.cl = clauses(passages)
        self.cites = Citations()

    def fresh(self) -> "Lookup":
        """The same lookup (its clauses not read again) with no citations yet: a second way of answering."""
        other = copy.copy(self)
        other.cites = Citations()
        return other

_PERIOD_FIGURE_RE = re.compile(r"\d{1,2}\s+(?:tháng|thang)\s+(?:đầu|cuối|dau|cuoi)\b", re.I)  # "6 tháng đầu": a period, no count
_MONTHS_RE = re.compile(r"\b(\d{1,2})\s+(?:tháng|thang)\b", re.I)  # "9 tháng", "6 thang đầu năm": a period
_REST_ASKED_RE = re.compile(r"\bcòn\s+(?:lại\s+)?(?:bao nhiêu|mấy)\b|\bcòn lại\b|\bchưa\b", re.I)
_YEAR_RANGE_RE = re.compile(r"(?<![\d/-])((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}(?![\d/-])")
_CARRIED_OVER_RE = re.compile(r"\bchuyển\s+(?:tiếp\s+)?sang\s+(?:năm\s+)?(?:19|20)\d{2}", re.I)  # carried over, not planned
_BY_PLAN_RE = re.compile(r"\s*theo kế hoạch\b(?!\s+số)", re.I)  # (not "Theo Kế hoạch số 25/KH-TĐC, Chi cục đã …")
_DONE_RE = re.compile(r"\b(?:đã|được)\b", re.I)
_PLAN_WORDS_RE = re.compile(r"\b(phấn đấu|dự kiến|mục tiêu|chỉ tiêu đề ra|kế hoạch năm|định hướng)\b", re.I)
_MEASURED_AGAINST_PLAN_RE = re.compile(r"\b(?:đạt|bằng|vượt|so với)\s+(?:[\d.,]+\s*%\s+)?(?:so với\s+)?kế hoạch năm", re.I)
# a bracket that opens with the plan, right before its figure: the target beside the result
_PLAN_BRACKET_RE = re.compile(r"\(\s*(?:kế hoạch|KH|chỉ tiêu)(?:\s+(?:năm|giao|đề ra))?(?:\s+(?:19|20)\d{2})?\s*(?:là\s*|:\s*)?$", re.I)
# a plan's column: "Kế hoạch 2024", "KH", or under a year's or a period's cell ("Năm 2023 Kế hoạch", "Năm 2024 KH",
# "6 tháng đầu năm 2023 KH" beside "6 tháng đầu năm 2023 TH")
_PLAN_COLUMN_RE = re.compile(r"(?:(?:(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?|quý\s+[IV]{1,3})\s+)?(?:năm\s+)?(?:19|20)\d{2}\s+)?"
                             r"(?:kế hoạch|kh|chỉ tiêu|mục tiêu)\b", re.I)
# the question asks for a target itself, not for a result measured against it ("vượt kế hoạch bao nhiêu")
_TARGET_ASKED_RE = re.compile(r"\b(?:kế hoạch|chỉ tiêu|mục tiêu|ke hoach|chi tieu|muc tieu)\b|" + PLAN_ABBR_RE.pattern, re.I)
_AGAINST_TARGET_RE = re.compile(r"\b(?:so với|vượt|đạt|bằng|hoàn thành|so voi|vuot|dat|bang|hoan thanh|thực hiện|thuc hien|"
                                r"thực tế|thuc te|đủ)\b", re.I)  # ("… thêm bao nhiêu PTĐ nữa mới đủ kế hoạch năm")
# a quality criterion met or failed, no target: "đạt chỉ tiêu chất lượng", "3 mẫu xăng không đạt chỉ tiêu trị số octan"
_MET_CRITERION = r"\bđạt\s+(?:các\s+)?chỉ tiêu\s+(?!kế hoạch|năm|được giao|đề ra|đặt ra|giao)"
# a plan's words that ask no plan: parameters counted or failed ("bao nhiêu chỉ tiêu", "không đạt chỉ tiêu clo dư"),
# a doing by plan ("kiểm tra theo kế hoạch phối hợp với Tổng cục")
_COUNTED_TARGET_RE = re.compile(r"\b(?:bao nhiêu|mấy|bao nhieu|may)\s+(?:chỉ tiêu|chi tieu)\b|\btheo\s+kế hoạch\b|"
                                + _MET_CRITERION + r"\w", re.I)
# what is left to do against a plan ("còn phải kiểm định thêm bao nhiêu"): the done figure is an operand
_STILL_TO_DO_RE = re.compile(r"\b(?:còn|con)\s+(?:phải|thiếu|lại|cần|phai|thieu|lai|can)\b|\b(?:thêm|them)\b", re.I)
# a target's words in a sentence: a plan's figure may be told in it ("được giao", "đề ra", "theo kế hoạch")
_TARGET_WORDS = r"kế hoạch|mục tiêu|giao|phấn đấu|dự kiến"  # (a cell's: "chỉ tiêu" there names an indicator column)
_TARGET_SAID_RE = re.compile(rf"\b(?:{_TARGET_WORDS}|chỉ tiêu|đề ra|đặt ra)\b|" + PLAN_ABBR_RE.pattern, re.I)
_ASSIGNED_RE = re.compile(r"\bgiao\b", re.I)  # "được giao", "giao chỉ tiêu": a target in other words
_ACTUAL_RE = re.compile(r"\b(thực tế|đã thực hiện được|đã đạt được|đạt|thuc te)\b", re.I)  # results, not plans
MAX_QUESTION_CHARS = 2000
RELAXED_COVERAGE = 0.45
FULLER_COVERAGE, FULLER_SCORE = 0.3, 0.85  # a figure meeting this much more of the question, scoring nearly as well
ROUNDED_FACTOR = 0.8  # a figure written as rounded ("gần 9.500"), beside the exact ones
ROUNDED_EXACT_SCORE = 0.5  # … which answers instead when it scores at least this share of the rounded one
ROUNDED_NEAR = 0.1  # how far a rounded figure ("gần 2.000 mẫu") may stand from the exact one it rounds ("1.968 mẫu")
EXACT_UNIT_SCORE = 0.8  # a figure of the asked unit itself, scoring nearly as well as one of a partly matching unit
ROUNDED_STATED_COVERAGE = 0.8  # a stated rate answering a share the question asks to work out and round
# a place the question asks about by name, after "tại" / "ở" ("tại Đà Nẵng", "ở TP. Hồ Chí Minh")
_AT_PLACE_RE = re.compile(r"\b(?:tại|ở|tai)\s+((?:TP\.?\s*)?[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})")
# a place below the province the question names ("huyện Hoài Nhơn", "xã Tân Lập"): its figure is written with it
_LOCAL_PLACE_RE = re.compile(r"\b(?:[hH]uyện|[hH]uyen|[tT]hị xã|[tT]hi xa|[tT]hị trấn|[tT]hi tran|[xX]ã|[pP]hường|[pP]huong|[qQ]uận|Chợ"
                             r"|[tT]hành phố|[tT]hanh pho)"
                             r"((?:\s+[^\W\d_]+){1,4})")
_COMPARED_PERIOD_RE = re.compile(r"\b(?:cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?|năm\s+(?:trước|ngoái)|(?:kết quả\s+)?thực hiện|kết quả)\b", re.I)
TIE = 0.95  # a rival figure scoring this close to the best is a tie …
TIE_SETTLED = 1.25  # … that the words of each figure alone settle only by this margin
UNIT_SHARE = 0.5  # what a word of a tied figure's unit weighs against one of its lead
_TOTAL_Q_RE = re.compile(r"\b(?:tổng|tong|cả|ca|toàn bộ|tất cả|chung)\b", re.I)  # the whole asked, not a part
_OVER_WHOLE_Q_RE = re.compile(r"\btrên\s+(?:tổng\s+)?số\b", re.I)  # a rate of a part over its whole
_TOTAL_NOUN_Q_RE = re.compile(r"\btổng\s+(doanh thu|thu|kinh phí|số tiền|chi phí)\b", re.I)  # "Tổng doanh thu …"
_OF_PLAN_AFTER_RE = re.compile(r"\s*(?:kế hoạch|KH|chỉ tiêu|dự toán)\b")  # "đạt 58,0% kế hoạch năm": no change
SAME_FIGURE_COVERAGE = 0.85  # … when said in words meeting this much of the question
SAME_FIGURE_SCORE = 0.25  # the same figure said again (a table's cell, a sentence) supports the best one from this share
HEAVY_TERM_SHARE = 0.6  # a question's word this share of its heaviest one's weight is what it is about
STRONG_TERM_SHARE = 0.4  # a question's word this share of its heaviest one's weight tells a figure apart
UNASKED_REST_FACTOR = 0.5  # "số mẫu còn lại" of a whole, of no kind of its own, when the question asks no rest
from assistant.textual import COVERAGE_MIN  # noqa: E402  (one table for every kind)


class ExtractiveAnswerer(DescriptiveAnswers):
    def __init__(self, retriever, top_k: int = 8) -> None:  # noqa: ANN001
        self.retriever = retriever
        self.top_k = top_k
        self._matchers: dict[tuple, Matcher] = {}
        self._periods: dict[tuple, tuple[int, int] | None] = {}  # (doc_id, version) → its review period
        self._per_index: dict[str, tuple] = {}  # name → (identities, keys, value): what one index state gives
        self.router = ReportRouter()


    # -- public ---------------------------------------------------------------------------------
    def answer(self, question: str, history: list[Turn] | None = None, year: int | None = None,
               doc_id: str | None = None, top_k: int | None = None) -> Answer:
        t0 = time.perf_counter()
        raw = question if isinstance(question, str) else ""
        q = normalize_text(raw)
        if not q:
            return Answer(question=raw, answer=templates()["empty"], abstained=True, kind=None,
                          timings_ms={"total": 0.0})
        if len(q) > MAX_QUESTION_CHARS:
            q = q[:MAX_QUESTION_CHARS]
        q = spell_names(q)  # ("TP.HCM" as reports write it, before "TP" is spelled out; the earlier question a
        resolved = resolve_followup(q, history or [])  # follow-up carries stays as it was asked)
        followup = resolved != q
        folded = not has_diacritics(resolved)
        resolved = self.retriever.spell_out(resolved, folded)
        if folded:  # typed without diacritics: restore them for analysis, keep matching accent-folded
            self.retriever.index.sync()
            a = analyze(self.retriever.restorer.restore(resolved), followup)
            a.folded, a.search_text = True, resolved
            if a.kind == "number" and money_folded(resolved):
                a.unit = "đồng"
        else:
            a = analyze(resolved, followup)
        a.previous, a.previous_unit, a.previous_heads = _read_previous(history or [])
        a.given = a.previous if _PART_OF_PREVIOUS_RE.search(q) else set()  # "Trong đó …": a part of that figure
        whole = _PART_OF_STATED_RE.match(q)
        if whole and not a.given:  # "Trong 7 cơ sở xăng dầu vi phạm, bao nhiêu …": a part of the whole it names
            a.given = {x.value for x in find_quantities(whole.group(1)) if x.kind == "number" and x.value}
        docs = self.retriever.index.committed()
        if not docs:
            return self._finish(raw, a, templates()["no_reports"], True, None, Citations(), t0, {}, None)
        available = sorted({d.get("year") for d in docs.values() if d.get("year")})
        years, doc_ids, refusal = self._scope(a, docs, available, year, doc_id)
        if refusal:
            return self._finish(raw, a, refusal, True, None, Citations(), t0, {}, None)
        scoped = set(doc_ids) if doc_ids else {d for d, meta in docs.items() if meta.get("year") in years} if years else set()
        if scoped and not a.folded and scoped <= self.retriever.unmarked_reports():
            # the reports asked are typed without diacritics ("kiem tra 72 cua hang xang dau"): searched and
            # matched accent-folded, as a question typed so is
            a.folded, a.search_text = True, fold(a.search_text or a.question)
            # (the unit the question names is the one whose report is read: all its words are given, "tdc" too)
            a.supplied = a.supplied | {fold(w) for w in a.supplied} | {w for s in a.unit_said for w in fold(s).split()}
            a.unit_said = [fold(s) for s in a.unit_said]
        if followup and doc_id is None and year is None and len(docs) > 1 and not self.router.names(q):
            # "Còn năm trước thì sao?" after "Năm 2023 Trung tâm Kỹ thuật hiệu chuẩn 2.846 …": the report that
            # gave that figure, not another unit's report of the earlier year (unless the follow-up names one)
            pinned = self._previous_report(history or [], docs)
            own = self._report_years(a, [docs[pinned]["year"]], None) if pinned and docs[pinned].get("year") else None
            if own and own[0]:
                years, _, a.future, a.past = own
                doc_ids = [pinned]
        k = top_k or self.top_k
        t1 = time.perf_counter()
        asked = sorted(set(a.years) | set(a.past))
        own = sorted({docs[d]["year"] for d in doc_ids if docs.get(d, {}).get("year")}) if doc_ids else available
        anchored = None
        period_years = _spanned_years(docs[d] for d in (doc_ids or docs) if d in docs)  # "giai đoạn 2016–2020"
        if a.previous and a.kind == "percent" and a.op == "compare_years":
            # "So với năm trước thì số hồ sơ đó tăng bao nhiêu phần trăm?" after "… 97.482 hồ sơ … (năm 2024:
            # 89.316 hồ sơ)": the earlier figure the answer's own sentence gives, before another report's
            passages = self._search(searched(a), years=years or None, doc_ids=doc_ids, top_k=k,
                                    exclude_captions=True)
            anchored = self._anchored_change(Lookup(a, self._matcher(a), passages, years, doc_ids, k, available))
        summed = _summed_years(a)
        if anchored is not None:
            result = anchored
        elif a.op == "compare_years" and not (a.previous and a.plan) and (len(years) >= 2 or (
                len(asked) >= 2 and years and all(y in own or y + 1 in own or y in period_years for y in asked))):
            # two years, each from its own review, or the earlier one as the later review states it
            # ("68.930 chiếc năm 2023 … 61.245 năm 2022" in one table), or both as a period's review does ("giai
            # đoạn 2016–2020": a column a year); a follow-up setting the plan just given against a year's result is
            # a difference worked from that plan figure (Calculator._diff), not this
            result = self._compare_years(a, asked if len(years) < 2 else years, doc_ids, k, own, period_years)
        elif summed and not _YEAR_SPAN_Q_RE.search(a.core or a.question):
            # "Cộng cả hai năm 2022 và 2023, … bao nhiêu hồ sơ": never one year's figure; each year's, added
            result = self._sum_years(a, summed, doc_ids, k, own, period_years) or (
                templates()["abstain"].format(scope=""), True, None, Citations(), None, None)
        else:
            passages = self._neighbours(self._search(
                searched(a), years=years or None, doc_ids=doc_ids, top_k=k, exclude_captions=True))
            look = Lookup(a, self._matcher(a), passages, years, doc_ids, k, available)
            # "Vậy so với năm trước thì tăng bao nhiêu phần trăm?" after "… 24.619 PTĐ … (năm 2023 là 22.870)":
            # worked from the figure just given and the earlier one beside it, before any rate another sentence states
            first = self._anchored_change(look.fresh()) if a.previous and a.kind == "percent" else None
            result = first or self._answer_from(a, passages, years[0] if len(years) == 1 else None, look)
            if result[1] and a.previous and a.kind == "percent":  # "tăng bao nhiêu % so với cùng kỳ?" with no rate
                anchored = self._anchored_change(look.fresh())
                result = anchored or result  # stated: worked from the figure just given and the earlier one beside it
            if result[1] and summed:  # "trong cả 3 năm 2022-2024" with no total of the span stated: the years', added
                result = self._sum_years(a, summed, doc_ids, k, own, period_years) or result
            if result[1] and not (year or doc_id or doc_ids):  # no unit named, the year's own reports silent
                result = self._from_next_review(a, available, k) or result
            spans = period_years if result[1] and a.compared else {}
            if result[1] and a.compared and years and all(y in own or y + 1 in own or y in spans for y in a.compared):
                # "năm 2022 tăng bao nhiêu % so với năm 2021" with no change stated: both years' figures —
                # in a follow-up, of the figure the previous answer gave ("So với năm 2020 thì … ít hơn bao nhiêu?")
                worked = self._compare_years(a, sorted(set(a.years) | set(a.compared)), doc_ids, k, own, spans)
                if not worked[1] and (not a.previous or a.previous & _figures_in(worked[4])):
                    result = worked
        t2 = time.perf_counter()
        text, abstained, value, cites, working, ans_year = result
        timings = {"retrieve": (t2 - t1) * 1000}
        return self._finish(raw, a, text, abstained, value, cites, t0, timings, working, ans_year)

    def _search(self, query: str, **kwargs) -> list[Passage]:  # noqa: ANN003 - HybridRetriever.search's
        """The retriever's passages, those of reports typed without diacritics read with their marks restored."""
        return self.retriever.readable(self.retriever.search(query, **kwargs))

    def _neighbours(self, passages: list[Passage]) -> list[Passage]:
        """The retriever's table neighbours of ``passages``, read as :meth:`_search` reads them."""
        return self.retriever.readable(self.retriever.table_neighbours(passages))

    def _from_next_review(self, a: Analysis, available: list[int], k: int):  # noqa: ANN202
        """"Năm 2023 Tạp chí … phát hành bao nhiêu bản?" when no 2023 report says it: the figure of 2023 as a 2024
        review states it ("Năm 2023" column, "(năm 2023: 57.600 bản)"), if it counts what is asked (None if not)."""
        if a.kind not in ("number", "percent") or a.past or a.future or a.previous or a.plan or a.compared \
                or len(a.years) != 1 or a.years[0] + 1 not in available:
            return None
        later = a.years[0] + 1
        a.past = list(a.years)
        passages = self._neighbours(self._search(
            searched(a), years=[later], doc_ids=None, top_k=k, exclude_captions=True))
        stated = self._answer_from(a, passages, later, Lookup(a, self._matcher(a), passages, [later], None, k, available))
        if stated[1] or not _fits_asked(a, stated[2], stated[3]):
            a.past = []
            return None
        return stated

    # -- helpers --------------------------------------------------------------------------------
    def _finish(self, raw: str, a: Analysis, text: str, abstained: bool, value: Value | None, cites: Citations,
                t0: float, timings: dict, working: str | None, year: int | None = None) -> Answer:
        total = (time.perf_counter() - t0) * 1000
        timings = {**timings, "answer": max(0.0, total - timings.get("retrieve", 0.0)), "total": total}
        return Answer(question=raw, answer=text, abstained=abstained, value=value, citations=cites.items,
                      timings_ms=timings, kind=a.kind if not a.op else f"{a.kind}:{a.op}", working=working, year=year)

    def _scope(self, a: Analysis, docs: dict[str, dict], available: list[int], year: int | None,
               doc_id: str | None) -> tuple[list[int], list[str] | None, str | None]:
        """The years and reports that answer ``a``, or why none can: (years, doc_ids, refusal). Sets
        ``a.future``/``a.past`` (years only a neighbouring review covers) and ``a.supplied``."""
        doc_ids = [doc_id] if doc_id else None
        # ("cả giai đoạn 2016–2020" asks the period, not its first year)
        covered = {} if _YEAR_SPAN_Q_RE.search(a.question) else self._covered_years(docs)
        years, missing, a.future, a.past = self._report_years(a, available, year, covered)
        route = None if doc_id else self.router.route(a.search_text or a.question, self.retriever.identities(), a.folded,
                                                       self.retriever.document_text)
        if route and route.unknown and not route.doc_ids:  # "Chi cục TCĐLCL Đà Nẵng": no report is of, or names, it
            return [], None, templates()["abstain_no_unit"].format(names=", ".join(route.unknown))
        a.elsewhere = route.elsewhere if route and not route.doc_ids else []
        if route and route.doc_ids:  # "QUATEST 3", "Chi cục … Quảng Nam": that unit's own reports, in its own years
            own_years = sorted({docs[d]["year"] for d in route.doc_ids if docs.get(d, {}).get("year")})
            own = self._report_years(a, own_years, year, covered and self._covered_years(
                {d: docs[d] for d in route.doc_ids if d in docs}))
            if own[0] or not a.years:  # "năm 2021" of a unit whose last review is of 2020: its plans
                years, missing, a.future, a.past = own
                doc_ids, a.supplied = route.doc_ids, route.words | self._named_concepts(a, route.names)
                a.unit_said = route.said
                singled = _SINGLED_UNIT_RE.search(a.core or a.question)
                if singled:  # "riêng Chi cục … (không tính Trung tâm)": its kind tells its column from the centre's
                    a.supplied = a.supplied - set(singled.group(1).lower().split()) - set(fold(singled.group(1)).lower().split())
                # (the unit named by the question itself, not by the earlier turn a follow-up inherits)
                own_words = route.issuer and any(n in (a.core or a.question) for n in route.names)
                a.issuer = {d: frozenset(route.issuer) for d in route.doc_ids} if own_words else {}
            elif route.strong or not any(self._names_place(d, route.names) for d in docs if docs[d].get("year") in years):
                # (a place named: never another place's report of that year, "Bình Định" for "Quảng Ninh")
                return [], None, templates()["abstain_unit"].format(names=", ".join(route.names),
                                                                   years=", ".join(map(str, own[1])))
            # else a place its opening names, not its unit, that the asked year's reports also name: no routing
        elif route and route.words:  # every report is the named unit's own: its name is no topic
            a.supplied = route.words
        if missing and not years:
            return [], None, templates()["abstain_year"].format(years=", ".join(map(str, missing)),
                                                               available=", ".join(map(str, available)))
        return years, doc_ids, None

    def _covered_years(self, docs: dict[str, dict]) -> dict[int, int]:
        """The years before its own that a period review reports ("Tổng kết … giai đoạn 2016–2020" of 2020,
        read from its opening), each mapped to the review's year; a year two reviews cover goes to neither."""
        out: dict[int, int] = {}
        shared: set[int] = set()
        for d, meta in docs.items():
            own = meta.get("year")
            if not own:
                continue
            span = self._period_of(d, meta.get("version"), own)
            for y in range(span[0], min(span[1], own) + 1) if span else ():
                if y != own and out.setdefault(y, own) != own:
                    shared.add(y)
        return {y: r for y, r in out.items() if y not in shared}

    def _period_of(self, doc_id: str, version: object, own: int) -> tuple[int, int] | None:
        """The years a review's opening says it covers ("giai đoạn 2016–2020"), read once per report version."""
        key = (doc_id, version)
        if key not in self._periods:
            text = self.retriever.document_text(doc_id)
            m = _PERIOD_RE.search(text[:PERIOD_OPENING_CHARS])
            first, last = (int(m.group(1)), int(m.group(2))) if m else _year_columns(text)
            self._periods[key] = (first, last) if first < last <= own + 1 and last - first <= 10 else None
        return self._periods[key]

    def _previous_report(self, history: list[Turn], docs: dict[str, dict]) -> str | None:
        """The one report that writes every distinctive figure of the previous answer ("2.846", "21,7"; not a
        year nor a small count), or None."""
        last = last_answer(history)
        written = {q.text for q in find_quantities(last) if q.kind == "number" and q.value is not None
                   and len(re.sub(r"\D", "", q.text)) >= 3 and not YEAR_RE.fullmatch(q.text)}
        if not written:
            return None
        pats = [re.compile(rf"(?<![\d.,]){re.escape(w)}(?![\d]|[.,]\d)") for w in written]
        having = [d for d in docs if all(p.search(self.retriever.document_text(d)) for p in pats)]
        return having[0] if len(having) == 1 else None

    def _named_concepts(self, a: Analysis, names: list[str]) -> set[str]:
        """The field's abbreviations that the question writes only inside the unit names it routed by: "Viện
        Đo lường Việt Nam" spells out ĐLVN, which the unit's own report need not repeat by every figure."""
        m = self._matcher(a)
        rest = a.search_text or a.question
        for name in sorted(names, key=len, reverse=True):
            rest = rest.replace(name, " ")
        return m.tokens(a.search_text or a.question).concepts - m.tokens(rest).concepts

    def _names_place(self, doc_id: str, names: list[str]) -> bool:
        """Does report ``doc_id`` write any of ``names`` (accents and case aside)?"""
        text = fold(self.retriever.document_text(doc_id)).lower()
        return any(fold(n).lower() in text for n in names)

    @staticmethod
    def _report_years(a: Analysis, available: list[int], forced: int | None, covered: dict[int, int] | None = None
                      ) -> tuple[list[int], list[int], list[int], list[int]]:
        """(years whose reports answer, years missing, years asked that the previous review plans for,
        years asked that the next review compares with). ``covered``: the earlier years of a period review
        ("giai đoạn 2016–2020"), each to the year of the review that reports it."""
        if forced:
            return ([forced], [], [], []) if forced in available else ([], [forced], [], [])
        years, missing, future, past = [], [], [], []
        for y in a.years:
            if y in available:
                years.append(y)
                if a.plan and y - 1 in available and y - 1 not in a.years and len(a.years) == 1:
                    years.append(y - 1)  # "kế hoạch năm 2021": set in the 2020 review as much as met in 2021's
                    future.append(y)
            elif covered and covered.get(y) in available:
                years.append(covered[y])  # "năm 2018" of the 2016–2020 review: a year it reports, as it writes it
                past.append(y)
            elif y - 1 in available and y - 1 not in a.years and not (
                    (_ACTUAL_RE.search(a.question) or y + 1 in available and a.kind in ("number", "percent"))
                    and not a.plan):  # (a result, as the next review states it, before a plan for it)
                years.append(y - 1)  # next year's plans live in this year's review
                future.append(y)
            elif y + 1 in available and y + 1 not in a.years and a.kind in ("number", "percent"):
                years.append(y + 1)  # last year's figure, as the next report states it: "so với năm 2018 (174 hồ sơ)"
                past.append(y)
            else:
                missing.append(y)
        span = _YEAR_SPAN_Q_RE.search(a.core or a.question)
        if not years and span:  # "Chương trình … giai đoạn 2021–2025": a running period's name, reported on mid-way
            first, last = sorted((int(span.group(1)), int(span.group(2))))
            inside = [y for y in available if first <= y <= last]
            if inside:
                return inside, [], [], []
        return sorted(set(years)), missing, future, past

    def _matcher(self, a: Analysis) -> Matcher:
        """One matcher per index state and folding mode, reused across questions (its token cache too)."""
        key = (self.retriever.index.lexical.fingerprint, id(self.retriever.glossary), a.folded)
        m = self._matchers.get(key)
        if m is None:
            if len(self._matchers) > 8:
                self._matchers.clear()
            m = self._matchers[key] = self._new_matcher(a)
        return m

    def _new_matcher(self, a: Analysis) -> Matcher:
        lexical = self.retriever.index.lexical
        return Matcher(self.retriever.glossary, lambda t, f: lexical.idf(t, folded=f), a.folded,
                       lambda t, f: lexical.df(t, folded=f))

    def _scorer(self, m: Matcher, question: str, unit: str | None, supplied: set[str] = frozenset()) -> Scorer:
        return Scorer(m, _without(m.question_terms(question), supplied), unit, m.bigrams(question), question)

    def _answer_from(self, a: Analysis, passages: list[Passage], year: int | None, look: Lookup):  # noqa: ANN202
        cites = look.cites
        if not passages:
            return self._abstain(a, [], year, cites)
        m = look.m
        cl = clauses(passages)
        if a.kind in ("number", "percent"):
            return self._quantity_answer(look, passages, year)
        return self._descriptive_answer(a, m, cl, passages, year, cites)

    def find(self, look: Lookup, query: str, unit: str | None, *, want: str | None = None,
             exclude: set[int] | None = None, shared: str | None = None, own_search: bool = False,
             years: list[int] | None = None, parts_only: bool = False, shared_weight: float = 0.35,
             analysis: Analysis | None = None, within: Passage | None = None,
             min_coverage: float | None = None, fresh: bool = False, ties: bool = False,
             among: set[float] | None = None) -> Candidate | None:
        """The best-supported quantity for ``query`` (None when nothing passes the coverage and unit checks);
        ``fresh``: not a figure the previous answer gave (a follow-up asking something new already has that one);
        ``among``: only one of these values (the figure the previous answer gave, read again where it is cited);
        ``ties``: the figure answers the question itself, so two figures that tie settle it or leave it
        unanswered (:func:`_tied`); a working's operands keep the order, the working checks them."""
        a, m = look.a, look.m
        top = analysis is None and query == a.question  # the question itself, not an operand of its working
        want = want or ("percent" if a.kind == "percent" else "ordinal" if a.ordinal else "number")
        if want == "number" and unit and unit.strip() in ("%", "phần trăm"):
            want = "percent"
        cl = look.cl if within is None else clauses([within])
        if own_search:
            part_years = years or self._report_years(analyze(query), look.available, None)[0] or look.years
            extra = self._search(f"{query} {shared or ''}", years=part_years or None, doc_ids=look.doc_ids,
                                 top_k=look.k, exclude_captions=True)
            seen = {c.start for c in cl}
            cl = cl + [c for c in clauses(extra) if c.start not in seen and (not part_years or c.passage.year in part_years)]
        if analysis is not None:
            terms = self._question_weights(analysis, m)
            query = analysis.core or analysis.question
        elif query == a.question:
            terms = self._question_weights(a, m)
            query = a.core or a.question
        else:
            terms = m.question_terms(query)
        if shared:
            for t, w in m.question_terms(shared).items():
                terms.setdefault(t, shared_weight * w)
        terms = _without(terms, a.supplied)
        # (the period a report's title gives counts for the question's own figure; a working's operands keep their words)
        scorer = Scorer(m, terms, unit, m.bigrams(query), f"{query} {shared}" if shared else query, one_figure=not shared,
                        doc_given=self._period_given(query, m) if top else None,
                        doc_near=self._subject_near(m, a.issuer))
        # (a period's months, "9 tháng đầu năm", are no figure given: a cell of 9 may well be the answer; the
        # period written again, "9 tháng", is none either)
        stated = {q.value for q in find_quantities(_MONTHS_RE.sub(" ", a.core or a.question)) if q.kind in ("number", "percent")}
        months = {float(m.group(1)) for m in _MONTHS_RE.finditer(a.core or a.question)}
        cells: set[int] = set()
        table = table_candidates(cl, want, self._text_before, cells)
        raw = [c for c in quantity_candidates(cl, want) if c.start not in cells] + table + (
            remainder_candidates(cl) if want == "number" and not parts_only else [])
        stated |= a.given | (a.previous if fresh else set())
        whole = max(a.given, default=None) if want == "number" else None  # a part of it is no larger
        cands = [scorer.score(c) for c in raw
                 if c.start not in (exclude or ()) and (c.value not in stated or want == "ordinal")
                 and (among is None or c.value in among)
                 and (whole is None or c.value is None or c.value <= whole) and not (
                     c.value in months and _MONTHS_RE.match(f"{c.text} {c.unit or ''}"))
                 and not _PERIOD_FIGURE_RE.match(f"{c.text} {c.unit or ''}")]
        if top:
            cands = _by_question_scope(cands, a, query, whole, m)
        cands = _by_left_out(cands, query)  # (an operand of a working too: "công tơ điện và đồng hồ nước")
        if want in ("number", "percent"):  # "gần 9.500 phương tiện đo", "hơn 1.300 khách hàng": a rounded figure
            exact_asked = bool(_EXACT_ASKED_RE.search(a.question))
            rounded_asked = bool(_ROUNDED_ASKED_RE.search(a.question))  # "cho gần bao nhiêu lượt khách hàng?"
            cands = [c for c in cands if not (exact_asked and _ROUNDED_BEFORE_RE.search(_just_before(c, 20)))]
            for c in cands:  # … counts less than the exact one stated elsewhere, and never answers "chính xác"
                if not rounded_asked and _rounded(c):
                    c.score *= ROUNDED_FACTOR
        named = _sub_unit_words(query)
        if named:  # "Phòng Điện thử nghiệm bao nhiêu mẫu": a figure said of that department, not the centre's
            cands = [c for c in cands if named <= set(re.findall(r"\w+", (
                f"{c.clause.sentence} {c.clause.context} {c.clause.passage.section or ''}")))]
        excluded = _EXCLUDED_RE.search(a.question) if top or ties else None
        if excluded:  # "hồ sơ công bố hợp quy (không tính hợp chuẩn)": not the whole that counts that kind too
            left_out = set(m.tokens(excluded.group(1)).words)
            for c in cands:  # (a table's cells: their caption may name both kinds, its rows tell them apart)
                if left_out and not c.clause.column and left_out <= set(m.tokens(scorer.segment(c.clause, c.start - c.clause.start,
                                                                        c.end - c.clause.start)).words):
                    c.score *= 0.5
        asked_words = set(m.tokens(unit).words) if unit else set()
        top_terms = _weighty(terms, 0.8)
        strong = _weighty(terms, STRONG_TERM_SHARE)
        for c in cands:  # "84 hồ sơ …, trong đó 59 …, còn lại là hồ sơ công bố hợp chuẩn": the kind named, not the whole
            if "unnamed" in c.notes and _REST_ASKED_RE.search(query):
                c.score *= 1.3  # "còn bao nhiêu … chưa trả kết quả": the rest the text names as such ("số mẫu còn lại")
            elif ("unnamed" in c.notes or "of-whole" in c.notes) and not (top_terms & m.tokens(
                    " ".join(c.clause.sentence[c.end - c.clause.sentence_start:].split()[:8])).bag()):
                # … and no answer when no rest is asked ("trả kết quả được cho bao nhiêu mẫu") unless what follows
                # it names what the question asks ("số hồ sơ còn lại được giải quyết đúng hạn")
                c.score *= UNASKED_REST_FACTOR
                continue
            if not c.working or "implied" not in c.notes or "unnamed" in c.notes:
                continue
            rivals = [o for o in cands if o is not c and o.clause.sentence_start == c.clause.sentence_start]
            rest_words = m.tokens(c.unit or "").words
            # (the rest's kind asked, not only the whole's noun: "bao nhiêu mẫu" is met by the whole "1.736 mẫu")
            named = c.unit_match == 1.0 and asked_words and asked_words <= set(rest_words) and bool(asked_words - set(rest_words[:1]))
            if not named:  # "…, phần còn lại từ nguồn ngân sách nhà nước": the rarest word asked names the rest only
                seg = scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start)
                label = m.tokens(([p for p in re.split(r"[,;.()]", seg) if p.strip()] or [""])[-1]).bag()
                said = top_terms & label
                rival_bag = set().union(*(m.tokens(scorer.segment(o.clause, o.start - o.clause.start,
                                                                  o.end - o.clause.start)).bag() for o in rivals))
                # ("phần còn lại do doanh nghiệp đối ứng": "doanh nghiệp" is said of the whole too, "đối ứng" not)
                named = bool(said) and not said & rival_bag or bool((strong & label) - rival_bag - asked_words)
            if named:
                c.score = max([c.score, *(1.05 * o.score for o in rivals)])
        if want == "number" and not _TOTAL_Q_RE.search(query):
            self._prefer_named_parts(cands, scorer, terms, asked_words)
        if want == "number" and _LEVEL_ASKED_RE.search(query) and not _ADDED_ASKED_RE.search(_AFTER_ADDING_RE.sub(" ", query)):
            for c in cands:  # "tổng số cân đối chứng … là bao nhiêu": "nâng tổng số … lên 74 cân", not "bàn giao thêm 6"
                before = _just_before(c, 90)
                if _RAISED_TO_RE.search(before):
                    c.score *= 1.2
                elif _ADDED_BEFORE_RE.search(before):
                    c.score *= 0.6
        if top and a.previous and want == "percent":  # a rate of the figure just given: its own sentence says it
            for c in cands:  # ("28.415 PTĐ …, bằng 103,3% kế hoạch" for "Con số đó đạt bao nhiêu % kế hoạch?")
                if c.value not in a.previous and _anchor(c.clause.sentence, a) is not None:
                    c.coverage = min(1.0, c.coverage + 0.15)
                    c.score *= 1.3
        if want == "percent":  # "Số PTĐ không đạt … chiếm 2,1% …, chủ yếu là công tơ điện" is no share of công tơ điện
            cands = [c for c in cands if scorer.may_answer_share(c)]
            of = _PERCENT_OF_Q_RE.search(query)
            asked_of = fold(of.group(1)) if of and not _NOT_A_SUBJECT_RE.match(of.group(1)) else None
            for c in cands:  # "bao nhiêu phần trăm hồ sơ …": not "100% TTHC được cung cấp …", nor "đạt 82,9% kế hoạch"
                after = _PERCENT_OF_RE.match(c.clause.passage.text, c.end - c.clause.passage.start)
                if asked_of and after and not c.clause.column and fold(after.group(1)) != asked_of \
                        and after.group(1).split()[0].lower() not in _NOT_A_NOUN:
                    c.score *= 0.5
            if top:  # "100% hồ sơ được giải quyết đúng hạn" says another thing of the records than "tiếp nhận trực tuyến"
                _by_own_predicate(cands, terms, m)
            rate_of = _RATED_Q_RE.search(query)
            rated = m.tokens(rate_of.group(1)) if rate_of else None
            for c in cands if rate_of else ():  # "Tỷ lệ mẫu … không đạt": "… chiếm tỷ lệ 13,2% tổng số mẫu" names
                of_whole = _SHARE_OF_WHOLE_RE.match(c.clause.passage.text, c.end - c.clause.passage.start)  # its whole
                named = m.tokens(of_whole.group(1)) if of_whole else None  # ("PTĐ" is "phương tiện đo")
                if named and (named.words[:1] == rated.words[:1] or named.concepts & rated.concepts):
                    c.score *= SHARE_OF_WHOLE_FACTOR
                elif not _RANGE_ASKED_RE.search(query) and _RANGE_AROUND_RE.search(
                        c.clause.passage.text, max(0, c.start - c.clause.passage.start - 12), c.end - c.clause.passage.start + 30):
                    c.score *= 0.7  # "thấp hơn … từ 0,4% đến 0,9%": a spread, not the rate of the things asked
            if top and _CHANGE_ASKED_RE.search(query) and a.compared:  # "tăng bao nhiêu % so với năm 2023": a
                # rate said as a change ("tăng 9,5%", "… 9,5% so với"), never a share ("96,8% khách hàng hài lòng")
                # (a "% KH" column's cell is a share of the plan, no change against a year or period)
                cands = [c for c in cands if c.clause.column and not (
                    (PLAN_RE.search(c.clause.column) or PLAN_ABBR_RE.search(c.clause.column)) and not PLAN_RE.search(query))
                         or _CHANGE_BEFORE_RE.search(_just_before(c, 40))
                         or _AGAINST_AFTER_RE.match(c.clause.text, c.end - c.clause.start)]
            total_noun = _TOTAL_NOUN_Q_RE.search(query)
            for c in cands if top and total_noun else ():  # "Tổng doanh thu … đạt bao nhiêu %": not "Doanh thu thử
                seg = scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start)  # nghiệm mới đạt 47,0%"
                said = re.search(rf"(?<!tổng )\b{re.escape(total_noun.group(1))}\s+([^\W\d_]+)", seg, re.I)
                if said and said.group(1).lower() not in query.lower() and not _TOTAL_Q_RE.search(seg):
                    c.score *= 0.6
            if top and YEAR_PLAN_Q_RE.search(query):  # "đạt bao nhiêu phần trăm kế hoạch năm": not "bằng 104,7%
                for c in cands:  # kế hoạch 6 tháng" beside "đạt 50,3% kế hoạch năm"
                    if plan_of_part(c.clause.passage.text, c.end - c.clause.passage.start):
                        c.score *= 0.5
            elif top and (a.compared or _OVER_WHOLE_Q_RE.search(query)) and not PLAN_RE.search(query) \
                    and not PLAN_ABBR_RE.search(query):
                # "bằng bao nhiêu % so với năm 2021": a rate against that year, not "bằng 105,9% dự toán được giao";
                # "tỷ lệ cơ sở vi phạm trên tổng số cơ sở được kiểm tra": not "đạt 76,8% kế hoạch năm"
                cands = [c for c in cands if not _OF_PLAN_AFTER_RE.match(c.clause.passage.text, c.end - c.clause.passage.start)]
            if top and _OVER_WHOLE_Q_RE.search(query) and not _CHANGE_ASKED_RE.search(query):
                # "tỷ lệ cơ sở vi phạm trên tổng số lượt cơ sở được kiểm tra": a share, never "tăng 15,4% so với cùng kỳ"
                cands = [c for c in cands if c.clause.column or not (
                    self._is_change(c) or _AGAINST_AFTER_RE.match(c.clause.text, c.end - c.clause.start))]
            if top and _CHANGE_ASKED_RE.search(query):
                heavy = _weighty(terms, HEAVY_TERM_SHARE)  # (the "tăng" asked is said of any change: the thing is asked)
                heavy = heavy - _CHANGE_TERMS or heavy
                cands = [c for c in cands if not self._change_of_other(c, heavy, set(terms), m) and not (
                    not PLAN_RE.search(query) and _OF_PLAN_AFTER_RE.match(c.clause.passage.text, c.end - c.clause.passage.start))]
        if top and want == "percent" and not _TOTAL_Q_RE.search(query):  # (a count or an amount of the whole stays a
            # rival of the part's: ties settle them, :func:`_settled`)
            cands = [c for c in cands if not _whole_of_asked_part(c, query, m)]
        if top and want == "number" and EXTREME_RE.search(query):  # "mức phạt cao nhất": one case's, never
            cands = [c for c in cands if not (c.clause.label and is_total(c.clause.label))  # the total
                     and not TOTAL_RE.search(scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start))]
        cands = self._by_polarity(cands, query, want, scorer)
        _by_owner(cands, a.core or a.question, self._departments())
        _by_centre(cands, query)
        if top and want == "number":
            _by_doing(cands, query)
            _by_asked_verb(cands, query)
        _by_company(cands, query)
        _by_award_won(cands, query)
        _by_area_total(cands, query)
        _by_set_aside(cands, query, m)
        _by_area_stock(cands, query)
        _by_sub_unit_row(cands, query)
        _by_named_row(cands, query)
        if want == "percent":
            _by_row_thing(cands, terms, m)
            _by_money_table(cands, query)
        _by_other_kinds_row(cands, query)
        _by_month_row(cands, a.core or a.question)
        named = set() if top else {int(y) for y in YEAR_RE.findall(query)}
        # an operand is judged by its own year and plan words ("chỉ tiêu năm 2023" … "thực hiện năm 2022")
        cands = self._by_time(cands, a, look.years, query, named, None if top else bool(PLAN_RE.search(query)),
                              working=exclude is not None)
        self._by_quarter(cands, query, a.core or a.question)
        if round_asked := ROUND_Q_RE.search(query):
            # "đợt 2 … kiểm tra bao nhiêu cửa hàng": not "Trong đợt 1, Đoàn đã kiểm tra 38 cửa hàng", nor the plan
            # or the total of both rounds; what names no round it belongs to is not that round's figure
            cands = [c for c in cands if round_said(c, round_asked.group(1))]
        if parts_only:  # a part of a sum is never a stated total ("tổng số …: 614"); "với tổng số tiền 87,5 triệu
            # đồng" is how any fine is written, not a total of the parts asked
            cands = [c for c in cands if not TOTAL_RE.search(
                _AMOUNT_RE.sub(" ", scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start)))]
        cands = [c for c in cands if c.score > 0]  # (scored out: another quarter's figure, "Quý III/2023, … 6.482 PTĐ")
        best = self._pick(cands, a, min_coverage, scorer if top and ties else None, part=None if top else query)
        if best is not None and top and (place := _named_place(a.core or a.question)) \
                and place not in fold(self.retriever.document_text(best.clause.passage.doc_id)).lower():
            best = None  # "… tổ chức bao nhiêu lớp tại Đà Nẵng": a place its report never names has no figure there
        if best is not None and top and (station := _sub_unit_name(a.core or a.question)) \
                and station.lower() not in self.retriever.document_text(best.clause.passage.doc_id).lower():
            best = None  # "Trạm Kiểm định Ô Môn …": a station its report never names has no figure there
        if best is not None and top and a.elsewhere and not any(
                f" {k} " in _name_key(f"{best.clause.passage.section or ''} {best.clause.context} {best.clause.sentence}", True)
                for k in a.elsewhere):
            best = None  # "Chi cục TCĐLCL Bắc Ninh kiểm định …" of QUATEST 1's report: only a passage naming that unit
        if look.trace is not None:
            look.trace.append((query, unit, sorted(cands, key=lambda c: -c.score), scorer))
        if best is not None and best.kind == "number":
            best.raw_unit = best.unit
            best.unit = self._display_unit(best, scorer)
        return best

    def _subject_near(self, m: Matcher, issuer: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        """Words said of a report as a whole, counted half for each of its figures: its issuer's (see
        ``Route.issuer``), and the subject a thematic report's title gives ("Báo cáo kết quả kiểm tra … trong
        kinh doanh xăng dầu năm 2019": every figure is of that inspection of petrol retail)."""
        subjects = self._of_index("subjects", lambda identities: {
            d: words for d, (title, _, _) in identities.items() if (words := _subject_words(title, m))}, m)
        if not issuer:
            return subjects
        return {d: subjects.get(d, frozenset()) | issuer.get(d, frozenset()) for d in {*subjects, *issuer}}

    def _places(self, question: str, doc_id: str) -> int:
        """The places a worked percentage is given to: as the question asks ("làm tròn một chữ số"), else as
        the report writes its own (:meth:`percent_places`)."""
        asked = rounding(question)
        return self.percent_places(doc_id) if asked is None else asked

    def percent_places(self, doc_id: str) -> int:
        """The decimal places the report writes its percentages with (:func:`report_places`)."""
        held = self._of_index("percent_places", lambda identities: {})
        if doc_id not in held:
            held[doc_id] = report_places(self.retriever.document_text(doc_id))
        return held[doc_id]

    def _departments(self) -> frozenset[str]:
        """The reports issued by a department over several units (a Sở's letterhead, no Chi cục's nor centre's):
        there a Trung tâm's figure is no Chi cục's (in a Chi cục's own report its centre's work is its own)."""
        return self._of_index("departments", lambda identities: frozenset(
            d for d, (_, opening, _) in identities.items()
            if not re.search(r"\b(?:chi cuc|trung tam)\b", fold(_letterhead(opening)).lower())))

    def _of_index(self, name: str, build, *keys: object):  # noqa: ANN001, ANN202
        """``build(identities)``, kept while the index (and each of ``keys``, a matcher) stays the same."""
        identities = self.retriever.identities()
        held = self._per_index.get(name)
        if held is None or held[0] is not identities or any(a is not b for a, b in zip(held[1], keys)):
            held = self._per_index[name] = (identities, keys, build(identities))
        return held[2]

    def _by_quarter(self, cands: list[Candidate], query: str, question: str) -> None:
        """"Quý II … bao nhiêu": a figure its own words give to that quarter ("(Quý I: 4.108 PTĐ; Quý II: 4.809
        PTĐ)") counts more, one given to another quarter far less, and one given to none (the half-year's
        8.917 PTĐ) less, unless its report is that quarter's own review ("Báo cáo kết quả quý II")."""
        asked = _quarters_in(query)
        if not asked and not _quarters_in(question) and _PERIOD_PHRASE_RE.search(f"{query} {question}"):
            for c in cands:  # "9 tháng đầu năm 2024 … bao nhiêu": not the "9 tháng 2024 Quý III" cell beside the
                # row's "9 tháng 2024 Lũy kế" (an operand too: the question's span is its)
                said = _quarters_said(c)  # (a cell's column; a sentence's words, or its paragraph's opening: "Riêng
                # quý III năm 2023, …" — not a quarter its own clause names before the figure, a bracket's)
                if said and (c.clause.column or not _quarters_in(_clause_before(c))):
                    c.score *= 0.6
        if len(asked) != 1:
            return
        # (a review's own quarter, not the one its plan is for: "… nhiệm vụ quý I năm 2025 và phương hướng, nhiệm
        # vụ quý II năm 2025" reviews quý I only)
        titles = {d: _quarters_in(_PLANNED_PART_RE.split(title, 1)[0])
                  for d, (title, _, _) in self.retriever.identities().items()}
        planned = bool(PLAN_RE.search(query) or PLAN_ABBR_RE.search(query))
        for c in cands:
            if planned and (_YEAR_PLAN_RE.search(c.clause.column) if c.clause.column
                            else _YEAR_PLAN_BEFORE_RE.search(_just_before(c, 40))):
                c.score = 0.0  # "kế hoạch … giao riêng cho quý I": never the year's ("Kế hoạch năm 2025 | 5.200")
                continue
            said = _quarters_said(c)
            after = set() if said or c.clause.column else _quarters_after(c)
            if after and not after & asked:
                c.score = 0.0  # "386 PTĐ trong quý III" is no figure of quý II (nor, named after it, more of quý III's)
                continue
            if titles.get(c.clause.passage.doc_id, set()) & asked and not said - asked:
                continue  # (a review of that quarter: each of its figures is the quarter's, "Trong quý I, … 126 TCVN" too)
            if not said and not c.clause.column and not re.search(r"\bnăm\s+(?:19|20)\d{2}\b", _clause_before(c)):
                said = _quarters_in(c.clause.passage.section or "")  # under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM
                # 2025": that quarter's (not "Dự toán ngân sách năm 2025 giao cho Chi cục là 3.146 triệu đồng")
            if said & asked:
                c.score *= 1.5
            elif said or (titles.get(c.clause.passage.doc_id) and not c.clause.column):
                c.score = 0.0  # (another quarter's figure: never this one's; nor one of another quarter's review that
                # names none: "(cùng kỳ năm 2024: 2.880 PTĐ)" of the quý I review is no figure of quý II)
            else:
                c.score *= 0.6

    def _period_given(self, query: str, m: Matcher) -> dict[str, frozenset[str]]:
        """The words of the period asked ("6 tháng đầu năm") for each report of that period (its title says
        it: "Báo cáo sơ kết 6 tháng đầu năm 2021"): every figure of such a report is of that period."""
        phrase = _PERIOD_PHRASE_RE.search(query)
        asked = _period(phrase.group(0)) if phrase else None
        if asked is None or asked == "year":
            return {}
        words = frozenset(m.tokens(phrase.group(0)).bag())
        late = _LATE_HALF_RE.search(phrase.group(0))  # "6 tháng cuối năm" is no half-year review's own period
        return {d: words for d, (title, _, _) in self.retriever.identities().items() if _period(title) == asked
                and (own := _PERIOD_PHRASE_RE.search(title)) and bool(_LATE_HALF_RE.search(own.group(0))) == bool(late)}

    @staticmethod
    def _by_polarity(cands: list[Candidate], query: str, want: str, scorer: Scorer) -> list[Candidate]:
        """Negation: a figure stated negated ("11 mẫu không đạt") answers a negated question, and the other way round."""
        asked_negated = _negated_words(query)
        if not asked_negated and want in ("number", "percent"):
            asked = {w.lower() for w in re.findall(r"[^\W\d_]+", query)}
            for c in cands:  # "không phát hiện vi phạm về lượng nhưng có 2 cơ sở ghi nhãn …": what the question asks is
                # denied right before the figure, which is an exception of another kind
                lead = re.split(r"\d", _clause_before(c))[-1]
                if not c.clause.column and _DENIED_BUT_RE.search(lead) and _negated_words(lead) & asked:
                    c.score *= DENIED_BUT_FACTOR
        if asked_negated and want in ("number", "percent"):
            # "bao nhiêu … không đạt yêu cầu": the negated predicate must be stated with the figure
            # ("không đủ điều kiện" asked, "không đáp ứng điều kiện" stated: another negated word counts less)
            kept = []
            for c in cands:  # (a table cell's column says it too: "Trong đó không đạt")
                said = f"{c.clause.sentence} {c.clause.column or ''}"
                words = {w.lower() for w in re.findall(r"[^\W\d_]+", said)}
                if not asked_negated & words:
                    if not _negated_words(said):
                        continue
                    c.score *= 0.7
                kept.append(c)
            cands = kept
            kept = []
            for c in cands:  # said of this very figure ("có 11 mẫu không đạt"), not of its neighbour ("lấy 64 mẫu";
                # "kiểm tra 2.946 PTĐ cho thấy có 87 PTĐ không đạt": the words between it and the next figure)
                seg = scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start)
                if c.clause.column and _negated_words(c.clause.column):
                    kept.append(c)  # the "Trong đó không đạt" column's cell
                    continue
                if _NOT_YET_RE.search(query) and _REST_WORD_RE.search(seg):
                    pass  # "còn bao nhiêu mẫu chưa trả kết quả": "số mẫu còn lại" is what is not yet done
                elif want == "percent" and _SHARE_OF_COUNT_RE.search(lead := _sentence_before(c)[-120:]) \
                        and asked_negated & _negated_words(lead) \
                        and ((rated := _RATED_Q_RE.search(query)) is None or scorer.names_head(rated.group(1), lead, 3)):
                    pass  # "05 mẫu không đạt, chiếm tỷ lệ 13,2% tổng số mẫu": the share of the count said before it,
                    # when that names what the rate is of ("223 PTĐ, chiếm 3,8%" is no rate of mẫu)
                elif not _negated_words(seg) or not c.fraction and not _negated_words(_own_words(c)):
                    if want == "percent" and not c.clause.column and not _negated_words(seg) and not _negated_words(
                            _clause_before(c)):
                        continue  # "tỷ lệ … không đạt" is never "đạt 112,4% kế hoạch", "tăng 8,7%"
                    c.score *= 0.5
                kept.append(c)
            cands = kept
        elif want in ("number", "percent") and re.search(r"\b(?:đạt|đáp ứng|phù hợp)\b", query, re.I):
            verdict = _VERDICT_Q_RE.search(query) if want == "percent" else None
            for c in cands:  # "đạt yêu cầu" asked: "cho 05 hồ sơ không đáp ứng yêu cầu" is the opposite
                lead = _sentence_before(c)[-120:] if verdict and not c.clause.column else ""
                if lead and _SHARE_OF_COUNT_RE.search(lead) and fold(verdict.group(0)).lower() in fold(lead).lower():
                    # "tỷ lệ PTĐ đạt yêu cầu": the share said right after the count that meets it ("14.105 PTĐ đạt yêu
                    # cầu, chiếm 98,1%, các PTĐ không đạt …"), not how far the work met its plan ("đạt 53,3% kế hoạch")
                    c.score *= VERDICT_SHARE_FACTOR
                elif c.fraction != "den" and _negated_words(_own_words(c)):
                    c.score *= 0.6
                elif lead and not PLAN_RE.search(query) and _OF_PLAN_AFTER_RE.match(
                        c.clause.passage.text, c.end - c.clause.passage.start):
                    c.score *= 0.5
        elif want == "number" and not _VERDICT_RE.search(query):
            # nothing negated nor any verdict asked: "lấy bao nhiêu mẫu" is not "2 mẫu … không đạt"
            for c in cands:  # (a denominator, "56/1267 mẫu", counts all, whatever its numerator's label)
                seg = scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start)
                column = c.clause.column or ""  # (a cell of the "Số cơ sở vi phạm" column)
                if c.fraction != "den" and (_negated_words(f"{seg} {column}") or _FOUND_RE.search(f"{seg} {column}")
                                            or _FAULT_ASKED_RE.search(column)):
                    c.score *= 0.7  # "phát hiện 07 cửa hàng …": the ones found at fault, not all checked
                elif not column and (_AT_FAULT_WHOLE_RE.search(_clause_before(c)) or _AT_FAULT_UNIT_RE.search(c.unit or "")):
                    c.score *= 0.7  # "Trong 15 cơ sở vi phạm có 07 cơ sở kinh doanh xăng dầu": those at fault, and a
                    # part of them
        return cands

    def _said_of_years(self, c: Candidate, years: list[int]) -> bool:
        """Is ``c`` said of one of ``years``: written right after or before it, in a column or row naming it, as a
        change from it, under a scope or lead line of that year?"""
        return bool(self._year_before(c, years) or _year_after(c, years)
                    or c.clause.column and len(row_years := _row_label_years(c)) == 1 and row_years <= set(years)
                    or _column_years(c) & set(years) or _change_of_year(c, years)
                    or ((scope := _SCOPE_YEAR_RE.match(c.clause.sentence)) and int(scope.group(1)) in years)
                    or (not c.clause.column and _lead_year(self._text_before(c.clause)) in years))

    def _by_time(self, cands: list[Candidate], a: Analysis, years: list[int], query: str,
                 operand_years: set[int] = frozenset(), operand_plan: bool | None = None,
                 working: bool = False) -> list[Candidate]:
        """Plans, other years, other periods and change columns: a figure of another time than the one asked
        counts less or not."""
        timed = a.core or a.question
        unsourced = _REPORT_NAMED_RE.sub(" ", timed)  # "Theo báo cáo 9 tháng 2025, doanh thu 6 tháng đầu năm …": the
        if unsourced != timed and _period(unsourced, monthly=True) not in (None, "year"):  # source's period is not the one asked
            timed = unsourced
        timed = _PLAN_WHOLE_YEAR_RE.sub(r"\1 năm", timed)  # ("… % kế hoạch kiểm định PTĐ của cả năm 2023": the plan's)
        asked_period = _period(timed, monthly=True)
        periods = {d: _period(title, monthly=True) for d, (title, _, _) in self.retriever.identities().items()}  # (None: a year's)
        if asked_period in _MONTHLY_PERIODS and not any(_months_of(p) for p in periods.values()) \
                and not _ONE_MONTH_ASKED_RE.search(timed):
            asked_period = _period(timed)  # "cuối tháng 11/2019": a time, where no report is a month's (but "riêng
            # trong tháng 3/2025 … bao nhiêu" asks that month's own figure, which a quarter's review may not give)
        if asked_period:
            phrase = _PERIOD_PHRASE_RE.search(timed)
            late = bool(phrase and _LATE_HALF_RE.search(phrase.group(0))) and not a.plan  # (its tasks: under their heading)
            titles = self.retriever.identities()
            one_period = len({name for _, name in _period_matches(timed)}) == 1  # (none compared)
            kept = []
            for c in cands:  # "6 tháng đầu năm 2024" of a 9-month review; "cả năm 2022" of "cùng kỳ năm 2022":
                own = periods.get(c.clause.passage.doc_id) or "year"  # a figure of another period never answers
                said = f"{c.clause.sentence} {c.clause.column}"
                monthly_pair = _months_of(own) is not None and _months_of(own) == _months_of(asked_period)
                if asked_period != own and asked_period != "year" and c.clause.column and monthly_pair:
                    if _period(c.clause.column, monthly=True) not in (None, asked_period):  # a monthly report's other own period,
                        continue  # "Lũy kế 11 tháng" of the "tháng 11" report: only a column naming another is not it
                elif asked_period == own and one_period and _months_of(own) is None:  # the review's own period: not
                    if c.clause.column and _period(c.clause.column) not in (None, asked_period):  # its "6 tháng đầu năm
                        continue  # 2020" column, nor "trong đó 6 tháng đầu năm kiểm định 2.298 PTĐ" of the 9 months
                    if not c.clause.column and _nearest_period(c) not in (None, asked_period):
                        c.score *= 0.5
                elif asked_period != own and asked_period != "year":
                    nearest = _nearest_period(c, monthly=_months_of(own) is not None or asked_period in _MONTHLY_PERIODS)
                    if (nearest or ("" if _says_period(said, asked_period) else None)) not in ("", asked_period) and not (
                            monthly_pair and not any(_period_matches(said))):
                        continue  # (the period said last before it: "6 tháng đầu năm kiểm định 1.987 PTĐ; 9 tháng đầu
                        # năm kiểm định 3.054 PTĐ"; else one its sentence or column says; in a monthly report, a
                        # sentence naming no period at all may be of the months so far: "Ghi chú: … đã bao gồm …")
                    if not c.clause.column:  # "kiểm định 4.178 PTĐ, … (6 tháng đầu năm: 1.962 PTĐ; …)": the period is
                        # said of the figure after it (in a monthly report, no more than its tables' figures are)
                        c.score *= (1.3 if _months_of(own) is None else 1.0) if nearest == asked_period else 0.7
                if late and not _LATE_HALF_RE.search(f"{said} {c.clause.passage.section or ''}") and (
                        _EARLY_HALF_RE.search(said) or own == asked_period
                                                                 and not _LATE_HALF_RE.search(titles.get(c.clause.passage.doc_id, ("",))[0])):
                    continue  # "6 tháng cuối năm 2023" asked: not "6 tháng đầu", nor a first half's review ("cùng kỳ năm 2023")
                if asked_period == "year" and own != "year" and re.search(r"\bcùng kỳ\b", said, re.I):
                    continue
                if asked_period == "year" and c.clause.column and not (
                        _PLAN_COLUMN_RE.match(c.clause.column) and not _PERIOD_PHRASE_RE.match(c.clause.column)) \
                        and _period(c.clause.column, monthly=True) not in (None, "year"):
                    continue  # "cả năm 2020" asked: not the "Thực hiện 9 tháng năm 2020" column
                if asked_period == "year" and _QUARTER_BRACKET_RE.search(_just_before(c, 40)):
                    continue  # "Cả năm 2023 … bao nhiêu": never "so với quý III/2023 (15.356 PTĐ)"
                if asked_period == "year" and _period(_clause_before(c)) not in (None, "year"):
                    c.score *= 0.3  # "cả năm 2020" asked: "9 tháng đầu năm 2020 kiểm định được 13.268 …" is not it
                elif not c.clause.column and _period(_lead_line(self._text_before(c.clause))) not in (None, asked_period):
                    c.score *= 0.3  # "6 tháng đầu năm 2024:" over "Kiểm định 26.930 PTĐ" when the whole year is asked
                kept.append(c)
            cands = kept
        elif not re.search(r"\bqu[ýy]\b", a.question, re.I):
            for c in cands:  # "Phấn đấu … 3.800 PTĐ trong quý IV": a quarter's figure, when no quarter is asked
                if not c.clause.column and _QUARTER_RE.search(c.clause.text):
                    c.score *= 0.5
                elif a.past and c.clause.column and _period(c.clause.column) not in (None, "year"):
                    c.score *= 0.5  # "năm 2022" asked of a 2023 quarter's report: not its "Thực hiện quý I/2022"
                elif not c.clause.column and _period(_clause_before(c)) in ("9 tháng", "6 tháng") \
                        and periods.get(c.clause.passage.doc_id) is None:
                    c.score *= 0.5  # nor "trong 9 tháng đạt 4,82 tỷ đồng" of a year's review, when no period is asked
        # (an operand planned for a year after the report's own, "Theo kế hoạch năm 2023, … phải kiểm định" against
        # "số thực hiện năm 2022" of the 2022 review, is of that next year too)
        future, past = a.future, a.past
        if operand_years:  # (an operand naming its own year is of that year, whatever the others')
            future = [y for y in a.future if y in operand_years] or (
                sorted(operand_years) if operand_plan and years and min(operand_years) > max(years) else [])
            past = [y for y in a.past if y in operand_years]
            if a.past and not past and not future:  # "số thực hiện năm 2017" beside the plan for 2018 read in the
                # 2019 review: its own year's report's figure, or one said of its year
                cands = [c for c in cands if c.clause.passage.year in operand_years
                         or self._said_of_years(c, sorted(operand_years))]
        if future:  # a question about next year is answered only by text that names that year
            cands = [c for c in cands if self._names_year(c, future)]
            if a.plan if operand_plan is None else operand_plan:  # ("KH năm 2024" beside "6 tháng đầu năm 2024")
                # (the plan asked: not the "Thực hiện năm 2023" cell of a row whose plan cell is "x")
                cands = [c for c in cands if not (c.clause.column and _column_years(c)
                                                  and not _PLAN_COLUMN_RE.search(c.clause.column))]
                self._prefer_plans(cands, a, operand_plan)
            elif _DONE_ASKED_RE.search(a.core or a.question):  # "Năm 2024 … đã kiểm định được bao nhiêu" of the 2023
                # review: what it plans for 2024 ("phấn đấu kiểm định 47.500 PTĐ") was not done
                cands = [c for c in cands if not (self._is_plan(c) or (_PLAN_COLUMN_RE.match(c.clause.column)
                                                                        if c.clause.column else _AIMED_RE.search(_clause_before(c))))]
        elif past:  # only a figure written right after that year, or in a table column (or row: "Cùng kỳ năm 2020 |
            # … | 89,0") naming it
            cands = [c for c in cands if self._said_of_years(c, past)]
            if not (a.plan if operand_plan is None else operand_plan):
                for c in cands:  # "Năm 2023 KH" beside "Năm 2023 TH": what was done that year
                    if c.clause.column and _PLAN_COLUMN_RE.match(c.clause.column):
                        c.score *= 0.3
        elif not (a.plan if operand_plan is None else operand_plan):
            done = bool(_DONE_ASKED_RE.search(a.core or a.question))
            for c in cands:  # what was done, not what is planned ("phấn đấu … đạt 4,5 tỷ đồng" in next year's tasks)
                if self._is_plan(c):
                    c.score *= 0.3
            if done:  # "đã kiểm định được bao nhiêu": what was done, never "phấn đấu kiểm định khoảng 1.400 PTĐ"
                cands = [c for c in cands if not (_PLAN_COLUMN_RE.match(c.clause.column) if c.clause.column
                                                  else _AIMED_RE.search(_clause_before(c)))]
        else:
            self._prefer_plans(cands, a, operand_plan)
            asked_q = a.core or a.question  # (the plan itself asked in the question's own words: not "còn thiếu bao
            # nhiêu so với kế hoạch", nor "thực tế đã kiểm tra được bao nhiêu" after a question about the plan)
            if operand_plan is None and a.kind == "number" and PLAN_RE.search(asked_q) and not (
                    _DONE_ASKED_RE.search(asked_q) or OVER_PLAN_Q_RE.search(asked_q) or SHORT_OF_PLAN_Q_RE.search(asked_q)
                    or _AGAINST_RE.search(asked_q)):  # the plan asked of a table with a plan column: a row
                planned = {c.clause.passage.doc_id for c in cands  # whose plan cell is empty ("- | 14 | 38") has none
                           if c.clause.column and _PLAN_COLUMN_RE.match(c.clause.column)}
                cands = [c for c in cands if not (c.clause.column and c.clause.passage.doc_id in planned
                                                  and not _PLAN_COLUMN_RE.match(c.clause.column))]
                if not working and _TARGET_ASKED_RE.search(_COUNTED_TARGET_RE.sub(" ", asked_q)) \
                        and not _STILL_TO_DO_RE.search(asked_q):  # "Kế hoạch năm 2025 … đặt ra hướng dẫn bao nhiêu tổ chức" of
                    # the 2025 review: never "Trung tâm hướng dẫn 17 tổ chức …", a result told in no target's words
                    cands = [c for c in cands if (_planned_cell(c) if c.clause.column else self._is_plan(c) or _TARGET_SAID_RE.search(
                        _CRITERION_RE.sub(" ", re.sub(r"\([^()]*\)", " ", c.clause.sentence[: max(0, c.start - c.clause.sentence_start)]))))]
                    # (before it, outside brackets: not "…, đạt 24,7% kế hoạch năm", nor "11 cuộc kiểm tra (07 cuộc
                    # theo kế hoạch, …), … kiểm tra tại 203 cơ sở")
                    if a.years:  # "Kế hoạch năm 2023" of the 2023 review: not its plan for 2024
                        cands = [c for c in cands if c.clause.column or self._names_year(c, a.years) or not any(
                            int(y) > (c.clause.passage.year or 9999) for y in YEAR_RE.findall(
                                f"{c.clause.sentence} {c.clause.passage.section or ''}"))]
        if a.years and not a.compared and not operand_years:  # "Sáu tháng đầu năm 2023, Trung tâm … kiểm định 8.913
            # phương tiện đo" (a related post's summary) is no figure of 2024, the year asked, where a figure of the
            # asked unit is left to answer (else what is left is no better: the later checks judge the figure)
            other = [_opened_by_other_year(c, a.years) for c in cands]
            if any(other) and any(c.unit_match == 1.0 for c, o in zip(cands, other) if not o):
                for c, o in zip(cands, other):
                    if o:
                        c.score *= 0.3
        same = _SAME_PERIOD_ASKED_RE.search(a.core or a.question)
        if same and not a.compared:  # "cùng kỳ năm 2024 … đã nhận bao nhiêu hồ sơ" of the 2025 review: the
            year = int(same.group(1))  # figure it recalls "(cùng kỳ năm 2024: 251 hồ sơ)", not its own
            for c in cands:
                if not (self._year_before(c, [year]) or _column_years(c) & {year}):
                    c.score *= 0.5
        if a.years and not a.compared:  # "tăng 9,4% so với năm 2020" is a figure of a later year than 2020
            against = re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,3}}so với (?:cùng kỳ )?(?:năm )?(?:{'|'.join(map(str, a.years))})\b",
                                 re.I)
            for c in cands:
                if against.match(c.clause.text[c.end - c.clause.start :][:40]):
                    c.score *= 0.3
        if a.compared:  # "tăng bao nhiêu % so với năm 2016": not "tăng 13,5% so với năm 2019"
            kept = []
            for c in cands:
                said = _AGAINST_YEAR_AFTER_RE.match(c.clause.text[c.end - c.clause.start :][:60])
                if said is None or int(said.group(1)) in a.compared:
                    kept.append(c)
            cands = kept
        wanted = set(a.years) | set(a.past) | set(years)
        asked_years = set(operand_years) or set(a.years) | set(a.past)
        span = bool(_YEAR_SPAN_Q_RE.search(a.core or a.question)) and not operand_years
        for c in cands:  # a table's "Năm 2019" column does not answer for 2020, nor "(năm 2019 là 356 hồ sơ)"
            named = _column_years(c)  # (a column is judged by the year the question names, if it names one:
            # "Chỉ tiêu năm 2023" of the 2022 review is its "Kế hoạch năm 2023" column, not "Thực hiện năm 2022")
            if span and (len(named) == 1 or c.clause.column and len(_row_label_years(c)) == 1):
                c.score *= 0.3  # "cả giai đoạn 2016–2020" asked: not its first or last year's column (nor row)
            elif not span and wanted and (_SPAN_SCOPE_RE.match(c.clause.sentence)
                                          or c.clause.column and _SPAN_COLUMN_RE.search(c.clause.column)):
                c.score *= 0.3  # one year asked: not "Giai đoạn 2016-2020, … tổng cộng 61.110 PTĐ", nor "Cả giai đoạn"
            elif named and wanted and not named & (asked_years or wanted):
                c.score *= 0.3
            elif named and not wanted and c.clause.passage.year and max(named) < c.clause.passage.year:
                c.score *= 0.5  # no year asked ("Hiện có bao nhiêu …"): the report's own year, not its "Năm 2023" column
            elif wanted and not c.clause.column and not a.past and (self._year_before(c, sorted(_other_years(c, wanted)
                                                                                             | _bracket_years(c) - wanted))
                                                                    or _PRIOR_YEAR_RE.search(_clause_before(c))):
                c.score *= 0.3  # "(năm 2021: 356 hồ sơ)"; "năm trước đó, … chỉ đạt 488.150.000.000 đồng"
            elif wanted and not c.clause.column and (said := _YEAR_RIGHT_AFTER_RE.match(c.clause.sentence, c.end - c.clause.sentence_start)) \
                    and int(said.group(1)) not in wanted:
                c.score *= 0.3  # "giảm từ 11,3% năm 2018 xuống 9,6% năm 2022": 11,3% is 2018's
            elif wanted and not a.past and (scope := _SCOPE_YEAR_RE.match(c.clause.sentence)) and int(scope.group(1)) not in wanted:
                c.score *= 0.3  # "Tính đến năm 2023, tỉnh đã có 56 lượt …" does not answer for 2024
            elif wanted and not c.clause.column and not a.past and (year := _clause_year(c)) and year not in wanted:
                c.score *= 0.3  # "…; năm 2021 phục hồi, đạt 19.876 phương tiện đo; năm 2022 đạt 22.065 và năm 2023 …"
            elif wanted and not c.clause.column and not a.past and (lead := _lead_year(self._text_before(c.clause))) \
                    and lead not in wanted:
                c.score *= 0.3  # "6 tháng đầu năm 2023:" above "Doanh thu …; nộp ngân sách 376,4 triệu đồng." (for 2024)
            elif not wanted and not a.compared and not c.clause.column and (own := c.clause.passage.year) \
                    and self._year_before(c, list(range(own - 5, own))):
                c.score *= 0.3  # no year asked: the report's own figure, not the earlier one it recalls "(cùng kỳ năm 2023: 15 hồ sơ)"
            if c.clause.column and (_CHANGE_COLUMN_RE.search(c.clause.column) or re.match(r"[+-]\d", c.text)) \
                    and not _CHANGE_COLUMN_RE.search(query) and not _base_asked(c, query):
                c.score *= 0.3  # a "Tăng/giảm" or "So sánh (%)" column: a change, unless a change is asked
        if wanted:  # "Tổng doanh thu của giai đoạn trước (2019-2021) chỉ đạt 48.316,4 triệu đồng": not for 2024
            for c in cands:
                before = _sentence_before(c).rsplit(";", 1)[-1]
                spans = [(int(m.group(1)), int(m.group(2))) for m in YEAR_SPAN_RE.finditer(before)]
                if not c.clause.column and spans and not any(lo <= min(wanted) and max(wanted) <= hi for lo, hi in spans):
                    c.score *= 0.3
        if _CHANGE_WORD_RE.search(timed) and not _RATIO_ASKED_RE.search(timed):
            # "tăng bao nhiêu % so với cùng kỳ" is no "So sánh cùng kỳ (%)" cell that is one figure of its row over
            # another ("4.016 | 3.562 | 112,7"): the rate is worked from the row's figures instead
            cands = [c for c in cands if not self._row_ratio(c)]
            rise, fall = (bool(re.search(rf"\b{w}\b", timed, re.I)) for w in ("tăng|tang", "giảm|giam"))
            if rise != fall:  # "tăng bao nhiêu %" of a figure stated "giảm 4,5%": the premise is wrong, no answer
                opposite = "giảm" if rise else "tăng"
                cands = [c for c in cands if not (c.kind == "percent" and (said := _CHANGE_SAID_RE.search(_clause_before(c)))
                                                  and said.group(0).split()[0].lower() == opposite)]
        elif _RATIO_ASKED_RE.search(timed):  # "bằng bao nhiêu % so với cùng kỳ" is no "tăng 6,7%": a ratio is asked
            cands = [c for c in cands if not (c.kind == "percent" and not c.clause.column
                                              and _CHANGE_SAID_RE.search(_clause_before(c)))]
            if _earlier_period_asked(timed):  # … and of an earlier period, never "bằng 49,6% kế hoạch năm"
                cands = [c for c in cands if not (c.kind == "percent" and not c.clause.column and (
                    _OF_PLAN_AFTER_RE.match(c.clause.passage.text, c.end - c.clause.passage.start)
                    or not _RATE_LEAD_RE.search(_just_before(c, 30)) and not _AGAINST_AFTER_RE.match(
                        c.clause.passage.text, c.end - c.clause.passage.start)))]  # (nor "100% được xử lý đúng hạn":
                # a share of the items, compared with nothing)
        return cands

    def _row_ratio(self, c: Candidate) -> bool:
        """A percent cell of a ratio column ("So sánh (%)", "Tỷ lệ"; not "Tăng/giảm") that is 100 × one figure of its
        table row over another, to the places it is written."""
        if c.kind != "percent" or not c.clause.column or c.value is None or not (
                RATIO_COL_RE.match(c.clause.column) or _SHARE_COLUMN_RE.search(c.clause.column)) \
                or re.search(r"\b(?:tăng|giảm|chênh)\b", c.clause.column, re.I) or re.match(r"[+-]", c.text):
            return False
        row = [t.value for t in table_candidates([c.clause.whole_sentence()], "number", self._text_before) if t.value]
        tolerance = 0.5 * 10 ** -_places_written(c.text) + 1e-9
        return any(x != y and abs(100 * x / y - c.value) <= tolerance for x in row for y in row)

    def _prefer_plans(self, cands: list[Candidate], a: Analysis, operand_plan: bool | None) -> None:
        """A plan asked: its figures count more, and a result counts less when a target is asked."""
        target = operand_plan is None and bool(_TARGET_ASKED_RE.search(a.core or a.question)) \
            and not _AGAINST_TARGET_RE.search(a.core or a.question)
        labelled = {c.clause.sentence_start for c in cands if c.kind == "number" and _bracketed_plan(c)}
        done_asked = bool(_DONE_ASKED_RE.search(a.core or a.question))
        for c in cands:  # a target asked ("được giao chỉ tiêu doanh thu"): the "Kế hoạch 2022" cell, not the done one
            if target and not done_asked and c.kind == "number" and not c.clause.column \
                    and _DONE_BEFORE_RE.search(_clause_before(c)):
                c.unit_match = 0.0  # "… và đã kiểm định 06 taximet đầu tiên": a result, never the plan asked
                continue
            plan = c.kind == "number" and self._is_plan(c)
            if c.kind == "number" and not plan and c.clause.sentence_start in labelled:
                c.score *= 0.7  # the result beside its plan "(kế hoạch: 4.300 PTĐ)": the plan is asked
            elif plan:  # (labelled so right before it, beside the result: the plan itself)
                c.score *= 1.4 if _bracketed_plan(c) else 1.1
            elif c.kind == "number" and target and not _ASSIGNED_RE.search(_clause_before(c)):
                c.score *= 0.7  # "Chỉ tiêu kế hoạch năm 2024 … là bao nhiêu PTĐ": not what was done
                # (but "Viện được giao biên soạn 214 dự thảo" is the target, in other words)

    def _text_after(self, c) -> str:  # noqa: ANN001 - a Clause
        """The report's text after ``c``'s sentence (up to 300 characters)."""
        text = self.retriever.document_text(c.passage.doc_id)
        return text[c.sentence_end : c.sentence_end + 300]

    def _text_before(self, c) -> str:  # noqa: ANN001 - a Clause
        """The report's text before ``c`` (up to 3,000 characters): where a table's header row is."""
        text = self.retriever.document_text(c.passage.doc_id)
        return text[max(0, c.sentence_start - 3000) : c.sentence_start]

    @staticmethod
    def _year_before(c: Candidate, years: list[int]) -> bool:
        before = _just_before(c)
        # (not the year a previous figure is compared with: "tăng 8,6% so với năm 2022 và bằng 103,3% kế hoạch")
        if any((m := _year_at_end(before, y)) and not (
                _AGAINST_BEFORE_RE.search(before[: m.start()])
                and re.match(rf"{y}\s+(?:và|,)\s", before[m.start():])) and not (
                _OF_FIGURE_BEFORE_RE.search(before[: m.start()]) and re.match(rf"{y}\s+(?:xuống|lên|đến|tới)\s", before[m.start():]))
               for y in years):  # (nor the year of the figure before it: "giảm từ 11,3% năm 2018 xuống 9,6%")
            return True
        # "(năm 2021: 17 khóa, 962 lượt học viên)": every figure of a bracket opened by the year (or its period:
        # "(6 tháng đầu năm 2017: 5.231 PTĐ)", "(quý II/2017: 2.874 PTĐ)")
        return bool(_bracket_years(c) & set(years))

    @staticmethod
    def _is_plan(c: Candidate) -> bool:
        """The figure is a target for a later year: said in a plan's words, or under a heading (or in a
        sentence) naming a year after the report's."""
        year = c.clause.passage.year
        sentence = c.clause.sentence
        section = c.clause.passage.section or ""
        if c.clause.column:  # a table cell: its column says it ("Kế hoạch 2022" vs "Thực hiện 2022")
            if _PLAN_COLUMN_RE.match(c.clause.column):
                return True
            if c.kind == "percent" and RATIO_COL_RE.match(c.clause.column):
                return False  # "Tỷ lệ so với KH (%)": a result against its plan, whatever plan the next column holds
            if year and _column_years(c) and max(_column_years(c)) <= year and not _PLAN_WORDS_RE.search(c.clause.column):
                return False  # "Năm 2021", "9 tháng năm 2021" of the 2021 review, whatever "giai đoạn 2020 - 2022" or
                # "so với cùng kỳ và kế hoạch năm" its caption says
            sentence = c.clause.context
        else:  # plan words before the figure or beside it, not a later "đạt 76,8% kế hoạch năm 2024 (24.000 PTĐ)"
            at = c.start - c.clause.sentence_start
            seg = Scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start)
            # (a bracket with a figure of its own before it is that figure's: "14 lớp (kế hoạch năm là 12 lớp), thu hút 1.326 …")
            if _BY_PLAN_RE.match(sentence) and not _DONE_RE.search(sentence[:at]):
                return True  # "Theo Kế hoạch, năm 2019 Chi cục kiểm tra 150 CHXD …, lấy 120 mẫu": what the plan says
            sentence = f"{_FIGURE_BRACKET_RE.sub(' ', sentence[:at])} {seg}"
        if _PLAN_WORDS_RE.search(_MEASURED_AGAINST_PLAN_RE.sub(" ", sentence)):
            return True
        if _bracketed_plan(c):
            return True  # "đạt 110,4% kế hoạch năm (kế hoạch: 4.300 PTĐ)", "(kế hoạch 80 cơ sở)"
        if _LATER_PERIOD_TASKS_RE.search(section):
            return True  # under "PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2024" of the first quarter's review
        if not year:
            return False
        where = _CARRIED_OVER_RE.sub(" ", f"{sentence} {section}")  # "chuyển sang năm 2024"
        # (a period begun by the report's year is running, not planned: "Dự án … giai đoạn 2021 - 2023" of 2022)
        where = _YEAR_RANGE_RE.sub(lambda r: " " if int(r.group(1)) <= year else r.group(), where)
        return any(int(y) > year for y in re.findall(r"(?<![\d/-])((?:19|20)\d{2})(?![\d/-])", where))

    @staticmethod
    def _names_year(c: Candidate, years: list[int]) -> bool:
        if c.clause.column and (own := _column_years(c)):  # a cell is of its column's year ("Kế hoạch năm 2025")
            return bool(own & set(years))
        where = f"{c.clause.sentence} {c.clause.passage.section or ''}"
        return any(str(y) in where for y in years)

    @staticmethod
    def _question_weights(a: Analysis, m: Matcher) -> dict[str, float]:
        """Term weights of the question: a framing prefix ("Trong số hồ sơ … được thẩm xét, …") describes
        the whole rather than the part asked (for counts), and a follow-up's inherited context counts less."""
        core = a.core or a.question
        terms = m.question_terms(core)
        if a.prefix and a.kind != "percent":
            rest = m.question_terms(core.replace(a.prefix, " "))
            for t in list(terms):
                if t not in rest:
                    terms[t] *= 0.35
        if a.follow:
            for t, w in m.question_terms(a.follow).items():
                terms.setdefault(t, 0.6 * w)
        # words that say when, which plan or how it is put, not what is counted: each counts half at the most
        framing = set(_TIME_FRAME_WORDS)  # "cùng kỳ năm 2023": when, not what (tables say "9 tháng 2023")
        if _WHOLE_SPAN_RE.search(core) or a.kind == "percent" and _WHOLE_YEAR_PLAN_RE.search(core):
            # "cả giai đoạn 2016–2020", "bao nhiêu phần trăm kế hoạch cả năm": the span's whole, written "giai đoạn …",
            framing |= {"cả", "ca"}  # "đạt 58,6% kế hoạch năm" (not a count: "Kế hoạch cả năm 2018 … là bao nhiêu"
            # then meets too little to pass for any figure of the plan)
        if _AFTER_PERIOD_RE.search(core):  # "sau 9 tháng"
            framing |= _AFTER_WORDS
        if a.kind == "percent" and _DONE_SHARE_RE.search(core):  # "hoàn thành bao nhiêu phần trăm kế hoạch": the
            framing |= _DONE_SHARE_WORDS  # share of the plan, which a report writes "đạt/bằng 75,6% kế hoạch"
        if a.kind == "number" and _CHANGE_ASKED_RE.search(core):  # "tăng thêm bao nhiêu cơ sở": what is worked, not
            framing |= _CHANGE_TERMS  # what the figures are ("148 cơ sở (năm 2022: 132 cơ sở)")
        if a.plan:  # "chỉ tiêu … đặt ra": a plan asked, which a "Kế hoạch" column says in its own word
            framing |= _PLAN_FRAME_WORDS
        if _SINGLED_UNIT_RE.search(core):  # "riêng Chi cục": which unit, told by its column, not a word to find
            framing |= {"riêng", "rieng"}
        if a.unit == "đồng" and _HOW_MUCH_MONEY_RE.search(core):  # "bao nhiêu tiền": the unit asked ("14,82 tỷ đồng")
            framing |= {"tiền", "tien"}
        for t in framing & set(terms):
            terms[t] = min(terms[t], 0.5)
        if a.kind == "number":
            # a word no report uses ("đứng ra chủ trì", "họp") cannot tell figures apart; it still counts, so
            # that a count of something absent stays short of evidence (the unit check guards too), but not
            # as the rarest word of all. Dates and texts keep it whole: "thời tiết" must stay unanswered.
            for t in terms:
                if m.absent(t):
                    terms[t] = min(terms[t], ABSENT_WEIGHT)
        return terms

    def _quantity_answer(self, look: Lookup, passages: list[Passage], year: int | None):  # noqa: ANN202
        a = look.a
        plan = plan_arithmetic(a.core or a.question, a.kind)
        if plan is None and a.core and a.core != a.question:  # (the core leaves out "Không tính Trạm …,")
            left_out = plan_arithmetic(a.question, a.kind)
            plan = left_out if left_out is not None and left_out.optional else None
        if plan is not None and plan.op == "ratio" and a.compared:
            plan = None  # "tăng bao nhiêu phần trăm so với cùng kỳ năm 2020": a rate of change, no share of a whole
        if plan is not None and plan.op == "complement" and a.unit == "đồng" and not _NOT_YET_RE.search(
                a.core or a.question) and not NOT_DONE_RE.search(a.core or a.question):
            plan = None  # "doanh thu đạt bao nhiêu": revenue reached, not the items that passed
        if plan is not None and plan.decimals is None:
            plan.decimals = rounding(a.question)  # "(làm tròn một chữ số)" is not part of the core
        calc = Calculator(self)
        anchored = self._anchored_change(look) if a.kind != "percent" else None  # (a rate: stated ones first)
        if anchored:
            return anchored
        rest = self._rest_of_previous(look) if a.kind != "percent" else None
        if rest:
            return rest
        plus = self._plus_previous(look) if a.kind != "percent" else None
        if plus:
            return plus
        earlier = self._anchored_earlier(look) if a.kind == "number" else None
        if earlier:
            return earlier
        if plan is not None and plan.op == "sum":
            direct = self.find(look, a.question, a.unit)
            if direct is not None:
                seg = Scorer.segment(direct.clause, direct.start - direct.clause.start, direct.end - direct.clause.start)
                figures = [q for q in find_quantities(seg) if q.kind in ("number", "percent")]
                is_part = bool(direct.fraction) or len(figures) != 1 or any(
                    calc._names(look, p, direct.raw_unit or "") for p in plan.parts)
                if not is_part and all(calc._names(look, p, seg) for p in plan.parts):  # the text states this very total
                    return self._value_result(look, direct)
                if direct.clause.column and not direct.fraction and all(calc._names(look, p, _row_lead(direct))
                                                                        for p in plan.parts):
                    return self._value_result(look, direct)  # a row "Kiểm định, hiệu chuẩn PTĐ, chuẩn đo lường | …"
                rest = direct.clause.text[direct.end - direct.clause.start:]
                broken = re.match(r"[^\d();,]{0,30}\([^()]*\)", direct.clause.sentence[direct.end - direct.clause.sentence_start:])
                after = broken.group(0) if broken else rest[: (re.search(r",\s|;|\svà\s(?=\d)", rest) or re.search(r"$", rest)).start()]
                # (its breakdown in brackets after it: "68,5 triệu đồng (lĩnh vực chất lượng 49,0 …; lĩnh vực đo lường …)")
                lead = seg[: seg.rfind(direct.text)] if direct.text in seg else ""
                lead = _AMOUNT_RE.sub(" ", lead)
                total_here = any(not re.search(r"\d", lead[m.end():]) for m in TOTAL_RE.finditer(lead))
                if not direct.fraction and broken and all(calc._names(look, p, after) for p in plan.parts):
                    return self._value_result(look, direct)  # the items asked are its breakdown: it is their total
                if not direct.fraction and total_here and all(calc._names(look, p, f"{seg} {after}") for p in plan.parts):
                    return self._value_result(look, direct)  # "tổng số 186.450 phương tiện đo (PTĐ) và chuẩn đo lường"
        if a.kind == "number" and OVER_PLAN_Q_RE.search(a.core or a.question):  # "vượt kế hoạch bao nhiêu PTĐ"
            res = calc.over_plan(look)
            if res:
                return res
        elif a.kind == "number" and SHORT_OF_PLAN_Q_RE.search(a.core or a.question):
            res = calc.over_plan(look, short=True)
            if res:
                return res
        # an average the report states ("thu nhập bình quân … đạt 9,8 triệu đồng/người/tháng") is not worked again
        # (unless a difference is asked: "mục tiêu bình quân … cao hơn số thực tế năm 2020 bao nhiêu")
        if plan is not None and plan.op == "average" and a.op not in ("diff", "compare_years"):
            direct = self.find(look, a.question, a.unit)
            if direct is not None and direct.kind == "number" and _STATED_AVERAGE_RE.search(
                    direct.clause.text[: direct.start - direct.clause.start] + " " + direct.clause.text[
                        direct.end - direct.clause.start :][:40]):
                return self._value_result(look, direct)
        if plan is not None and plan.op == "diff" and a.compared:  # "… nhiều hơn cùng kỳ năm 2023 bao nhiêu chiếc"
            direct = self.find(look, a.question, a.unit)
            if a.kind == "percent" and direct is not None and self._is_change(direct):
                return self._value_result(look, direct)  # "tăng 9,4% so với năm 2023" is stated, not worked again
            res = self._row_change(look, direct) if direct is not None and direct.clause.column else None
            if res is None and direct is not None and direct.kind == "number" and not direct.clause.column \
                    and not self._is_change(direct):  # "23.418 PTĐ, … tăng 8,6% so với cùng kỳ năm 2024 (21.564 PTĐ)"
                res = self._anchored_change(look, at=direct)
            if res:
                return res
        if plan is None and a.kind == "number" and not a.previous and _CHANGE_WORD_RE.search(a.core or a.question) \
                and _ANCHOR_AGAINST_RE.search(a.core or a.question):  # "… tăng bao nhiêu tỷ đồng so với cùng kỳ?"
            direct = self.find(look, a.question, a.unit)  # of a figure stated with last year's beside it: the change
            if direct is not None and direct.kind == "number" and not direct.clause.column and not self._is_change(direct):
                res = self._anchored_change(look, at=direct)
                if res:
                    return res
        if plan is not None and plan.op in ("sum", "diff", "remainder", "average"):
            res = calc.run(plan, look)
            if res and plan.op == "diff" and a.previous and not a.previous & _figures_in(res[4]):
                res = None  # "Vậy … cao hơn bao nhiêu?": a difference from the figure just given, or none
            if res:
                return res
            rest = self._stated_rest(look) if plan.op == "remainder" else None
            if rest is None and plan.optional:
                plan = None  # "Không tính Trạm …, … bao nhiêu": no part to take away; the figure the text states
            else:
                return self._value_result(look, rest) if rest else self._abstain(a, passages, year, look.cites)
        if plan is not None and plan.op == "complement":
            res = calc.run(plan, look)
            if res:
                return res
        worked = plan is not None and plan.op == "ratio" and plan.decimals is not None
        if worked:
            res = calc.run(plan, look)  # "(làm tròn một chữ số)": a share to work out and round, not one stated
            if res and not (a.previous and not a.previous & _figures_in(res[4])):
                return res
        quarters = _quarters_in(_REPORT_NAMED_RE.sub(" ", a.core or a.question))  # (not "Theo báo cáo quý III/2024, …")
        if a.kind == "number" and not a.plan and len(quarters) == 1 and not a.op:
            direct = self.find(look, a.question, a.unit)  # "riêng quý I … bao nhiêu": said of that quarter, or worked
            if direct is not None and quarters <= _quarters_said(direct):
                return self._value_result(look, direct)
            opening = _QUARTER_OPENING_RE.match(direct.clause.sentence) if direct is not None else None
            res = self._quarter_worked(look, calc, next(iter(quarters)))
            if res:
                return res
            if opening and not _quarters_in(opening.group(0)) & quarters:  # "Riêng quý IV/2021, … 1.486 PTĐ, bằng
                return self._abstain(a, passages, year, look.cites)  # 86,3% so với cùng kỳ (1.722 PTĐ)": another quarter's
        if a.kind == "number" and not a.plan and _LATE_HALF_ASKED_RE.search(a.core or a.question):
            direct = self.find(look, a.question, a.unit)  # "ba tháng cuối năm 2022": said of those months, or worked
            if direct is not None and _LATE_HALF_RE.search(
                    f"{direct.clause.sentence} {direct.clause.column or ''} {direct.clause.passage.section or ''}"):
                return self._value_result(look, direct)  # (its tasks' heading: "NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024")
            return self._late_half(look, calc) or self._abstain(a, passages, year, look.cites)
        # (a complement asked, "còn bao nhiêu … chưa giải ngân", is worked from the whole and its part: they do not tie)
        direct = self.find(look, a.question, a.unit, ties=not _NOT_YET_RE.search(a.core or a.question))
        if direct is None and a.kind == "number" and not a.plan and not a.op:
            early = self._early_half(look, calc)  # "6 tháng đầu năm" asked of a nine months' report: worked
            if early:
                return early
        if worked and direct is not None and direct.coverage < ROUNDED_STATED_COVERAGE:
            direct = None  # … nor a stated rate the question's words hardly meet ("19/154 mẫu = 12,3%" of others)
        if direct is None and a.op == "remainder":
            direct = self._stated_rest(look)
        if direct is not None and a.follow and direct.value in a.previous and not (
                direct.kind == "number" and polarity_mismatch(a.core or a.question, direct)):
            direct = self.find(look, a.question, a.unit, fresh=True, ties=True)  # a follow-up asks something new
        if direct is not None and direct.kind == "number" and polarity_mismatch(a.core or a.question, direct):
            res = calc.complement_of(direct, look)  # "có dấu CR" asked, "không có dấu CR: 56/1267" stated
            return res if res else self._abstain(a, passages, year, look.cites)
        if plan is not None and plan.op == "complement" and direct is not None and NEGATION_RE.search(
                Scorer.segment(direct.clause, direct.start - direct.clause.start, direct.end - direct.clause.start)
        ) and not NEGATION_RE.search(a.core or a.question):
            return self._abstain(a, passages, year, look.cites)  # only the opposite figure is stated
        if direct is not None and direct.kind == "number" and direct.clause.column:
            res = self._row_change(look, direct)
            if res:
                return res
        if direct is not None and direct.kind == "number" and a.compared and not self._is_change(direct):
            res = self._anchored_change(look, at=direct)  # the earlier figure written beside it
            if res:
                return res
            direct = None  # "giảm bao nhiêu so với năm 2021" is not the level "đạt 14,8 triệu đồng": worked instead
        if direct is not None and not self._states_derived(a, direct):
            direct = None  # "vượt kế hoạch bao nhiêu", "còn bao nhiêu … chưa": not the plan, not the whole
        if direct is not None:
            return self._value_result(look, direct)
        if plan is not None and plan.op == "ratio":
            res = calc.run(plan, look)
            if res and a.previous and not a.previous & _figures_in(res[4]):
                res = None  # "Vậy số đó … bao nhiêu phần trăm?": a share of the figure just given, or none
            if res:
                return res
        return self._abstain(a, passages, year, look.cites)

    def _quarter_worked(self, look: Lookup, calc: Calculator, quarter: int):  # noqa: ANN202
        """A quarter no figure is said of, worked from its period's figures of one report: quý I or II as the first
        half's less the other quarter's ("125 lượt cơ sở … Riêng Quý II đã kiểm tra 74 lượt": 125 - 74), quý III as
        the nine months' less the first half's, quý IV as the year's less the nine months'."""
        q = look.a.core or look.a.question
        whole_said, part_said = {1: ("6 tháng đầu năm", "quý II"), 2: ("6 tháng đầu năm", "quý I"),
                                 3: ("9 tháng đầu năm", "6 tháng đầu năm"), 4: ("cả năm", "9 tháng đầu năm")}[quarter]
        # ("riêng quý I": the half is no part singled out, "Riêng Quý II đã kiểm tra 74 …")
        found = self._period_pair(look, _QUARTER_RE.search(q), whole_said, part_said, unsingled=True)
        if found is None or _quarters_said(found[0]) or quarter <= 2 and {3 - quarter} != _quarters_said(found[1]):
            return None  # (the other quarter's figure must be said of it, the half's of no quarter)
        return self._worked_less(look, calc, *found)

    def _late_half(self, look: Lookup, calc: Calculator):  # noqa: ANN202
        """"6 tháng cuối năm 2024 … bao nhiêu" when no figure of the late half is stated: the whole year's less the
        first half's, both of one report and counting the same thing ("Trong 6 tháng đầu năm 2024, … 31 cơ sở …;
        lũy kế cả năm kiểm tra 64 cơ sở"); "ba tháng cuối năm": the year's less its first nine months'."""
        phrase = _LATE_HALF_ASKED_RE.search(look.a.core or look.a.question)
        if phrase is None:
            return None
        found = self._period_pair(look, phrase, "cả năm", _EARLY_PART[phrase.group(1).lower()])
        return self._worked_less(look, calc, *found) if found else None

    def _early_half(self, look: Lookup, calc: Calculator):  # noqa: ANN202
        """"Theo báo cáo quý III/2024, 6 tháng đầu năm 2024 … bao nhiêu" of a report stating no figure of the first
        half: the nine months' less the third quarter's, both of one report and counting the same thing ("Lũy kế 9
        tháng … 29.255 PTĐ", "Trong quý III … 10.673 PTĐ")."""
        q = look.a.core or look.a.question
        phrase = _EARLY_HALF_ASKED_RE.search(q)
        if phrase is None:
            return None
        if not _NINE_MONTHS_TITLE_RE.search(q[: phrase.start()] + q[phrase.end():]) and self._half_reviews(look.a.years):
            return None  # (a question naming no nine months' report may be of a first half's review the index holds)
        found = self._period_pair(look, phrase, "9 tháng đầu năm", "quý III")
        title = self.retriever.identities().get(found[0].clause.passage.doc_id, ("",))[0] if found else ""
        if found is None or not _NINE_MONTHS_TITLE_RE.search(title) \
                or 3 not in (_quarters_said(found[1]) or _quarters_in(_clause_before(found[1]))) \
                or _quarters_said(found[0]):  # ("Trong quý III năm 2024, Trung tâm Kỹ thuật (…) đã kiểm định 10.673")
            return None
        return self._worked_less(look, calc, *found)

    def _half_reviews(self, years: list[int]) -> bool:
        """Does the index hold a review of a first half ("Sơ kết 6 tháng đầu năm 2023") of one of ``years`` or of
        the year after (which states the earlier half as its "cùng kỳ"); of any year, when none is given?"""
        docs = self.retriever.index.committed()
        return any((own := _PERIOD_PHRASE_RE.search(title)) and _period(own.group(0)) == "6 tháng"
                   and not _LATE_HALF_RE.search(own.group(0))  # (its first period: "… và phương hướng 6 tháng cuối năm")
                   and (not years or docs.get(d, {}).get("year") in {*years, *(y + 1 for y in years)})
                   for d, (title, _, _) in self.retriever.identities().items())

    def _period_pair(self, look: Lookup, phrase: re.Match, whole_said: str, part_said: str,
                     unsingled: bool = False) -> tuple[Candidate, Candidate] | None:
        """The figures of the question with its period ``phrase`` read as ``whole_said`` and as ``part_said``:
        both of one report, counting the same thing, the whole larger; None otherwise."""
        a = look.a
        q = a.core or a.question
        found = []
        given = None
        for said in (whole_said, part_said):
            query = f"{q[: phrase.start()]}{said}{q[phrase.end():]}"
            if unsingled and said == whole_said:
                query = re.sub(r"\b(?:riêng|rieng)\s+", "", query, flags=re.I)
            sub = copy.copy(look)
            sub.a = replace(a, question=query if not a.follow else f"{query} ({a.follow})", core=query)
            if said == whole_said and a.previous:  # (the whole the answer before gave, "125 lượt cơ sở" of the half
                # year, read where it is said; not a row of it, "Kiểm tra về đo lường | 125 | 57", the same words meet)
                given = self.find(sub, query, a.unit, want="number", among=a.previous)
            found.append(self.find(sub, query, a.unit, want="number"))
        for whole in ([given] if given is not None else []) + found[:1]:
            part = found[1]
            if whole is not None and whole.clause.column:  # "Lũy kế 9 tháng 2025 | … ": the row's "Quý III/2025" cell,
                part = self._row_period_cell(whole, part_said) or part  # not "3,46 tỷ đồng" the text rounds it to
            if not (whole is None or part is None or whole.value is None or part.value is None or whole.start == part.start
                    or whole.clause.passage.doc_id != part.clause.passage.doc_id or not same_unit(whole, part)
                    or not whole.value > part.value):
                return whole, part
        return None

    def _row_period_cell(self, cell: Candidate, said: str) -> Candidate | None:
        """The cell of ``cell``'s table row whose column is of the period ``said`` ("quý III", "9 tháng đầu năm")
        and of the same year as ``cell``'s column; None if the row has none (or several)."""
        quarters, period = _quarters_in(said), _period(said)
        row = [t for t in table_candidates([cell.clause.whole_sentence()], "number", self._text_before)
               if t.start != cell.start and t.value is not None and _column_years(t) == _column_years(cell)
               and (_quarters_in(t.clause.column) == quarters if quarters else _period(t.clause.column) == period)]
        return row[0] if len(row) == 1 else None

    @staticmethod
    def _worked_less(look: Lookup, calc: Calculator, whole: Candidate, part: Candidate):  # noqa: ANN205
        diff = whole.value - part.value
        working = f"{format_vn_number(whole.value)} - {format_vn_number(part.value)} = {format_vn_number(diff)}"
        unit = " ".join((whole.unit or look.a.unit or "").split()[:3]) or None
        return calc._answer(diff, unit, working, [whole, part], look)

    def _anchored_change(self, look: Lookup, at: Candidate | None = None):  # noqa: ANN202
        """"So với năm trước thì tăng bao nhiêu?" after an answer that gave a figure: the change from the
        earlier figure its own sentence states ("92,5 triệu đồng (cùng kỳ năm 2024: 81,0 triệu đồng)", "tăng
        30,4% so với năm 2022 (163,0 triệu đồng)"), in the question's terms (an amount or a percentage).
        ``at``: the figure a question asking the change itself found ("Tiền phạt … giảm bao nhiêu so với cùng
        kỳ năm trước?" finds "268,4 triệu đồng (cùng kỳ năm 2022: 301,2 triệu đồng)"), instead of the previous answer's."""
        a = look.a
        asked = a.core or a.question
        if not (a.previous or at) or not (_CHANGE_WORD_RE.search(asked) or _MORE_RE.search(asked)) \
                or not _ANCHOR_AGAINST_RE.search(asked):
            return None
        stated = False  # the sentence of the figure just given states a rate: a plain lookup reads it
        for c in ([at.clause] if at is not None else look.cl):
            sent = c.sentence
            if c.start != c.sentence_start and at is None:
                continue  # each sentence once
            figures = [q for q in find_quantities(sent) if q.kind == "number" and q.value is not None]
            for q in figures:
                if q is not (_anchor(sent, a, figures) if at is None else next(
                        (x for x in figures if c.sentence_start + x.start == at.start), None)):
                    continue
                stated = stated or bool(_STATED_RATE_RE.search(sent, q.end))
                earlier, end = _earlier_figure(sent, q, figures)
                if earlier is None or not earlier.value:
                    continue
                if a.kind == "percent" and (re.search(r"\d\s?%", sent[q.end : earlier.start])
                                            or _STATED_RATE_RE.match(sent, end)):
                    return None  # "… tăng 18,3% so với năm 2021 (60 …)", "(năm 2022 là 219 hợp đồng), tăng 12,8%":
                    # the change is stated, not worked
                if not _counted_alike(sent, q, earlier, spelt_out=True):
                    continue  # "214 hồ sơ (năm 2023: 187 hồ sơ)": the same thing counted in both years
                whole = c.whole_sentence()
                now, then = candidate_of(whole, q, "number"), candidate_of(whole, earlier, "number")
                diff = (q.value or 0.0) - earlier.value
                if _wrong_direction(asked, diff):
                    return None
                calc = Calculator(self)
                if a.kind == "percent":
                    places = self._places(a.question, c.passage.doc_id)
                    value, ends = rate_shown(100 * diff / earlier.value, places)
                    (n, s_now), (t, s_then) = split_scale(q.text), split_scale(earlier.text)
                    shown = (n, t) if s_now == s_then and n is not None and t is not None else (now.value, then.value)
                    working = f"({format_vn_number(shown[0])} - {format_vn_number(shown[1])}) / {format_vn_number(shown[1])} × 100 = {ends}"
                    return calc._answer(value, "%", working, [now, then], look, percent=True, decimals=places)
                bare_scale = bool(a.unit) and fold(a.unit.lower()) in SCALE_WORDS
                unit = (now.unit or then.unit) if bare_scale or not a.unit else a.unit  # "bao nhiêu triệu": đồng
                big, small = (now, then) if diff >= 0 else (then, now)  # a fall: the larger less the smaller
                working = f"{format_vn_number(big.value)} - {format_vn_number(small.value)} = {format_vn_number(abs(diff))}"
                return calc._answer(abs(diff), unit, working, [now, then], look)  # (in the scale both are written in)
        if at is None and not stated:  # the figure just given is a table's cell: the same row's cell of the year asked against
            for cell in table_candidates(look.cl, "number", self._text_before):
                if cell.value in a.previous and _column_years(cell):
                    worked = self._row_change(look, cell)
                    if worked is not None:
                        return worked
        return None

    def _anchored_earlier(self, look: Lookup):  # noqa: ANN202
        """"Còn năm trước đó thì bao nhiêu?" after an answer that gave a figure, with no report of that year:
        the figure the answer's own sentence gives for it ("24.615 PTĐ, … tăng 8,7% so với năm 2021 (22.645
        PTĐ)", "38 chuẩn …, tăng 02 chuẩn so với năm 2022 (36 chuẩn)"), counting the same thing."""
        a = look.a
        if not a.previous or len(a.years) != 1 or a.compared or any(p.year == a.years[0] for p in look.passages):
            return None  # (a report of that year, when searched, says it itself)
        y = a.years[0]
        said = re.compile(_earlier_said(str(y)), re.I)
        whole_year = _period(a.core or a.question) == "year"  # ("Thế còn cả năm 2023 …": not "cùng kỳ năm 2023 (8.917")
        for c in look.cl:
            if c.start != c.sentence_start:
                continue
            sent = c.sentence
            figures = [q for q in find_quantities(sent) if q.kind == "number" and q.value is not None]
            now = _anchor(sent, a, figures)
            m = said.search(sent, now.end) if now is not None else None
            earlier = next((x for x in figures if m and x.start == m.start(1)), None)
            if earlier is None or whole_year and re.search(r"\bcùng kỳ\b", m.group(0), re.I):
                continue
            if not _counted_alike(sent, now, earlier, spelt_out=True):
                continue
            best = candidate_of(c.whole_sentence(), earlier, "number")
            best.raw_unit = best.unit
            n = look.cites.add_clause(best.clause, best)
            return value_sentence(y, best, n), False, _value_of(best), look.cites, None, y
        return None

    def _plus_previous(self, look: Lookup):  # noqa: ANN202
        """"Cộng cả công tơ 3 pha thì tổng số công tơ điện là bao nhiêu?" after an answer that gave "2.415 công
        tơ điện 1 pha": the figure just given plus the one the question adds, both cited where a passage found
        states them."""
        a = look.a
        if not a.previous or not _PLUS_PREVIOUS_RE.match(a.core or a.question):
            return None
        first = next((v for v in a.previous_heads if v in a.previous), None)  # what the answer gave, first
        added = self.find(look, a.question, a.unit, fresh=True) if first is not None else None
        if added is None or added.value is None:
            return None
        stated = table_candidates(look.cl, "number", self._text_before) + quantity_candidates(look.cl, "number")
        given = next((c for c in stated if c.value == first), None)
        if given is None:
            return None
        total = first + added.value
        working = f"{format_vn_number(first)} + {format_vn_number(added.value)} = {format_vn_number(total)}"
        unit = " ".join((added.unit or a.unit or "").split()[:3]) or None
        return Calculator(self)._answer(total, unit, working, [given, added], look)

    def _rest_of_previous(self, look: Lookup):  # noqa: ANN202
        """"Vậy số kinh phí chưa giải ngân còn lại là bao nhiêu?" after an answer that gave a whole and a part
        of it ("được giao 9,85 tỷ đồng …; đã giải ngân 9,12 tỷ đồng"): the whole minus the part, worked from the
        sentence(s) of one passage that state both."""
        a = look.a
        if len(a.previous_heads) < 2 or not _REST_ASKED_RE.search(a.core or a.question):
            return None
        for p in look.passages:
            found = {}
            for c in quantity_candidates(clauses([p]), "number"):
                if c.value in a.previous_heads and c.value not in found:
                    head = (c.unit or "").split()[:1]
                    if head and fold(head[0].lower()) == a.previous_heads[c.value]:
                        found[c.value] = c
            by_head: dict[str, list[Candidate]] = {}
            for c in found.values():
                by_head.setdefault(a.previous_heads[c.value], []).append(c)
            pair = next((sorted(cs, key=lambda c: c.start) for cs in by_head.values() if len(cs) == 2), None)
            if pair is None:
                continue
            whole, part = max(pair, key=lambda c: c.value or 0.0), min(pair, key=lambda c: c.value or 0.0)
            if whole.start > part.start and not re.search(r"\b(?:tổng|giao|kế hoạch|dự toán)\b", whole.clause.sentence, re.I):
                continue  # the whole is written first, or named as such
            return Calculator(self)._whole_minus(whole, part, look)
        return None

    def _states_derived(self, a: Analysis, c: Candidate) -> bool:
        """A question asking for a figure worked from others -- how far over the plan ("vượt kế hoạch bao nhiêu"),
        what is left ("còn bao nhiêu … chưa nộp"), by how much a figure changed ("có thêm bao nhiêu", "giảm bao
        nhiêu") -- is answered by a stated figure only when its own words say that: "vượt 68 phương tiện",
        "còn lại 9 hồ sơ", "06 hồ sơ đang trong thời hạn", "tăng 38 chỉ tiêu"; not by the plan or the whole."""
        q = a.core or a.question
        if a.kind != "number":
            return True
        if OVER_PLAN_Q_RE.search(q) or _CHANGE_ASKED_RE.search(q) or (_MORE_ASKED_RE.search(q) and _AGAINST_RE.search(q)) \
                or a.op in ("diff", "compare_years"):  # ("… cao hơn số PTĐ thực tế kiểm định năm 2020 bao nhiêu?")
            return self._is_change(c)
        if _REST_ASKED_Q_RE.search(q) or SHORT_OF_PLAN_Q_RE.search(q):  # (… and "còn phải kiểm tra bao nhiêu cơ
            # sở nữa" of a plan: not the plan's "180 cơ sở dự kiến được kiểm tra")
            said = f"{_just_before(c, 60)} {c.clause.text[c.end - c.clause.start:][:60]}"
            return "implied" in c.notes or bool(_REST_SAID_RE.search(said) or _SHORT_SAID_RE.search(said))
        return True

    @staticmethod
    def _change_of_other(c: Candidate, heavy: set[str], asked: set[str], m: Matcher) -> bool:
        """Is a rate of change said of a figure counting something the question does not name, with none of the
        question's heaviest words in its sentence or section ("18.642 phương tiện đo được kiểm định, tăng 12,3% so
        với cùng kỳ" for "tổng số tiền xử phạt … tăng bao nhiêu phần trăm")?"""
        if c.clause.column:
            return False
        sent = c.clause.sentence
        before = sent[: c.start - c.clause.sentence_start]
        if before.rfind("(") > before.rfind(")"):
            return False
        figures = [q for q in find_quantities(before) if q.kind == "number" and q.value is not None]
        if not figures:
            return False
        counted = unit_after(before, figures[-1].end)
        if not counted:
            return False
        said = m.tokens(f"{sent} {c.clause.passage.section or ''} {c.clause.context or ''}").bag()
        return not heavy & said and not m.tokens(counted).bag() & asked

    @staticmethod
    def _prefer_named_parts(cands: list[Candidate], scorer: Scorer, terms: dict[str, float], asked_words: set[str]) -> None:
        """A part after "trong đó" that the question names by words its whole is not said with ("tổng kinh phí hỗ
        trợ 1,45 tỷ đồng, trong đó kinh phí ngân sách tỉnh 980 triệu đồng" asked as "kinh phí ngân sách tỉnh") ranks
        over that whole; the whole's words are all those before "trong đó" ("tiếp nhận 141 hồ sơ công bố hợp chuẩn,
        hợp quy, trong đó 108 hồ sơ công bố hợp quy" asked of "hợp chuẩn, hợp quy" is the whole); only the part's own
        item counts ("…, trả lại 5 hồ sơ"), not its siblings before it."""
        m = scorer.m
        strong = {t for t in _weighty(terms, STRONG_TERM_SHARE) if fold(t) not in SCALE_WORDS} - asked_words
        for whole in sorted(cands, key=lambda c: -c.score)[:3]:
            if whole.clause.column:
                continue
            for part in cands:
                if part is whole or part.score >= whole.score or part.clause.column or part.working \
                        or not part_of(part, whole) or not same_unit(part, whole):
                    continue
                p0 = part.clause.passage.start
                sent = part.clause.passage.text[whole.clause.sentence_start - p0 : part.end - p0]
                within = list(WITHIN_RE.finditer(sent))[-1]
                marker = within.start()
                tail = part.clause.passage.text[part.end - p0 :][:80]
                before = sent[: part.start - whole.clause.sentence_start]
                item = max([within.end(), *(x.end() for x in re.finditer(r"[,;:]", before))])  # the part's own item
                own = sent[item:] + tail[: (re.search(r"[,;.()]", tail) or re.search(r"$", tail)).start()]
                own_bag, whole_bag = m.tokens(own).bag(), m.tokens(sent[:marker]).bag()
                named = (strong & own_bag) - whole_bag
                # (a concept counts when the part writes words its whole does not: "trả lại 5 hồ sơ" of "trả về"; not
                # "108 hồ sơ công bố hợp quy" of "141 hồ sơ công bố hợp chuẩn, hợp quy", every word of it the whole's)
                if named and (any(not t.startswith("§") for t in named)
                              or {t for t in own_bag if t[:1].isalpha()} - whole_bag) \
                        and (part.value or 0.0) < (whole.value or 0.0):
                    # (over its whole only: a figure of another sentence ranking above the whole keeps its place)
                    above = [c.score for c in cands if c.score > whole.score
                             and c.clause.sentence_start != whole.clause.sentence_start]
                    part.score = max(part.score, min([1.05 * whole.score, *(x - 1e-6 for x in above)]))

    def _stated_rest(self, look: Lookup) -> Candidate | None:
        """"Còn lại bao nhiêu …" with no parts to work from: the rest the text implies ("327 cơ sở, trong đó
        148 …, 96 …, còn lại là cơ sở kinh doanh vàng bạc") or writes as such ("còn lại 47 hồ sơ"), on less
        overlap than a plain lookup needs: the question's "còn lại" and the text's say the same."""
        a = look.a
        best = self.find(look, a.question, a.unit, min_coverage=RELAXED_COVERAGE)
        if best is not None and best.kind == "number" and ("implied" in best.notes or re.search(
                r"còn lại\W*(?:là\W*)?$", _just_before(best, 40), re.I)):
            return best
        return None

    def _value_result(self, look: Lookup, best: Candidate):  # noqa: ANN202
        if best.working:  # implied by the text: shown as the computation it is
            return Calculator(self)._answer(best.value or 0.0, best.unit, best.working, [best], look)
        if best.clause.column:  # a table cell is quoted with its whole row
            c = best.clause
            best.clause = replace(c, start=c.sentence_start, end=c.sentence_end, text=c.sentence)
        n = look.cites.add_clause(best.clause, best)
        a = look.a
        ans_year = best.clause.passage.year
        column_years = _column_years(best)
        if len(column_years) == 1:  # a table's "9 tháng 2023" column in the 2024 report
            ans_year = column_years.pop()
        elif len(a.past) == 1 and (self._year_before(best, a.past) or _year_after(best, a.past)
                                   or _change_of_year(best, a.past)):  # "(năm 2018 là 356 hồ sơ)"
            ans_year = a.past[0]
        elif scope := _SCOPE_YEAR_RE.match(best.clause.sentence):
            said = int(scope.group(1))
            if a.years and said not in {*a.years, *a.past, *a.compared}:  # "Năm 2022, tỉnh có 01 doanh nghiệp được
                # tặng Giải Bạc …" is 2022's, whatever it scored: never another year's figure for the year asked
                return self._abstain(a, look.passages, a.years[0], Citations())
            if ans_year:  # "Cả năm 2020, … kiểm định được 17.935 phương tiện đo" in the 2021 review; "Năm 2024, Chi cục
                ans_year = said  # phấn đấu: kiểm tra ít nhất 135 cơ sở" in the 2023 review
        if a.plan and len(a.years) == 1 and ans_year and a.years[0] == ans_year + 1 and not column_years \
                and ans_year == best.clause.passage.year:
            ans_year = a.years[0]  # "Kế hoạch năm 2025 …": "- Kiểm định 70.500 PTĐ" of the 2024 review's plan is 2025's
        return value_sentence(ans_year, best, n, self._span_of(a, best, ans_year)), False, _value_of(best), \
            look.cites, None, ans_year

    def _span_of(self, a: Analysis, best: Candidate, year: int | None) -> str | None:
        """The span of years ("2016–2020") a question asks the whole of, when the figure is of it: its sentence
        or its period review says that span and the year read is the span's last."""
        asked = _YEAR_SPAN_Q_RE.search(a.question)
        if not asked or year is None:
            return None
        first, last = int(asked.group(1)), int(asked.group(2))
        said = {(int(m.group(1)), int(m.group(2))) for m in _PERIOD_RE.finditer(best.clause.sentence)}
        doc = best.clause.passage.doc_id
        meta = self.retriever.index.committed().get(doc, {})
        said.add(self._period_of(doc, meta.get("version"), meta["year"]) if meta.get("year") else None)
        return f"{first}–{last}" if (first, last) in said and year == last else None

    @staticmethod
    def _display_unit(c: Candidate, scorer: Scorer) -> str | None:
        """The unit as written: the words that match the question's unit, else the first two."""
        words = (c.unit or "").split()
        if not words:
            return None
        asked = [fold(w) for w in (scorer.unit_text or "").split()]
        n = 0
        for w, q in zip(words, asked):  # the common prefix of the written and the asked unit
            if fold(w) == q:
                n += 1
            else:
                break
        if n == 0:
            n = 1 if len(words) > 1 and words[1].lower() in ("xin", "đã", "được", "đang", "mới", "là", "các", "những",
                                                             "trong", "của", "tại", "cho") else (
                3 if len(words) > 2 and words[1].lower() in ("không", "chưa") else 2)  # "87 PTĐ không đạt"
        elif 1 < n == len(words) < len(asked) and not c.label_unit and scorer.m.compound(words[n - 1].lower(),
                                                                    (scorer.unit_text or "").split()[n].lower()):
            n -= 1  # "46 Ban kỹ thuật tiêu" cut mid-word ("tiêu chuẩn"): "46 Ban kỹ thuật" (a unit cell is whole)
        return " ".join(words[:n])

    @staticmethod
    def _pick(cands: list[Candidate], a: Analysis, min_coverage: float | None = None,
              scorer: Scorer | None = None, part: str | None = None) -> Candidate | None:
        # the places asked: an operand's own ("huyện Lộc Bình" of a sum over two districts), else the question's
        names = part and _local_places(part) or _local_places(a.core or a.question)
        if names:  # "… tại Chợ Long Hồ": a table row of another place is not its figure
            cands = [c for c in cands if not c.clause.column or any(_places_there(c, n) for n in names)]
        if not cands:
            return None
        cands.sort(key=lambda c: (-c.score, -c.coverage))  # (of equal scores, the one meeting more of the question)
        singled = _SINGLED_UNIT_RE.search(a.core or a.question)
        own = next((c for c in cands if c.clause.column and c.clause.sentence_start == cands[0].clause.sentence_start
                    and c.score >= TIE * cands[0].score and _names_unit(c, singled.group(1))),
                   None) if singled and cands[0].clause.column else None
        if own is not None:  # "riêng Chi cục …": the row's "Thực hiện Chi cục" cell, not its "Trung tâm" or "Tổng"
            _to_front(cands, own)
        elif singled and not _names_unit(cands[0], singled.group(1)):  # "Riêng Trung tâm Kỹ thuật … bao nhiêu": the
            # figure its own clause says that unit did ("…, Trung tâm Kỹ thuật thực hiện 11.240 PTĐ"), not a tie of the whole's
            said = next((c for c in cands[1:] if c.score >= TIE * cands[0].score and _names_unit(c, singled.group(1))), None)
            if said is not None:
                _to_front(cands, said)
        elif cands[0].clause.column and not PART_ASKED_RE.search(a.core or a.question):
            total = next((c for c in cands if c.clause.sentence_start == cands[0].clause.sentence_start
                          and c.score >= TIE * cands[0].score and _TOTAL_COLUMN_RE.search(c.clause.column or "")), None)
            if total is not None:  # "bao nhiêu mẫu": the row's "Thực hiện Tổng" cell, not the parts its words do not tell apart
                _to_front(cands, total)
            elif not (cands[0].clause.label and is_total(cands[0].clause.label)):
                whole = next((c for c in cands[1:] if c.score >= cands[0].score and c.clause.column == cands[0].clause.column
                              and c.clause.passage.doc_id == cands[0].clause.passage.doc_id
                              and c.clause.label and is_total(c.clause.label)), None)
                if whole is not None:  # a row its words meet no better than the total row ("Phương tiện đo huyết áp" for
                    _to_front(cands, whole)  # "phương tiện đo … bao nhiêu phần trăm kế hoạch"): the total asked
        fuller = next((c for c in cands[1:] if c.coverage >= cands[0].coverage + FULLER_COVERAGE and c.unit_match == 1.0
                       and c.score >= FULLER_SCORE * cands[0].score), None) \
            if COVERAGE_MIN.get(a.kind, 0.6) <= cands[0].coverage < 0.7 else None  # (one it would answer with)
        if fuller is not None:  # "… kiểm định miễn phí tại các chợ": the note saying it all, not the row saying part
            _to_front(cands, fuller)
        if cands[0].unit_match is not None and 0 < cands[0].unit_match < 1.0 and _KINDS_UNIT_RE.match(cands[0].unit or ""):
            exact = next((c for c in cands[1:] if c.unit_match == 1.0 and c.score >= EXACT_UNIT_SCORE * cands[0].score), None)
            if exact is not None:  # "bao nhiêu PTĐ": "12.964 PTĐ", not "26 loại phương tiện đo" (its kinds) scoring more
                _to_front(cands, exact)
        if _rounded(cands[0]) and not _ROUNDED_ASKED_RE.search(a.question):
            exact = next((c for c in cands[1:] if c.kind == cands[0].kind and _rounding_of(cands[0], c)
                          and (c.unit_match or 0.0) >= (cands[0].unit_match or 0.0)
                          and c.score >= ROUNDED_EXACT_SCORE * cands[0].score), None)
            if exact is not None:  # "gần 2.000 mẫu" of a summary box is the "1.968 mẫu" the text states
                _to_front(cands, exact)
        finer = next((c for c in cands[1:] if c.score >= TIE * cands[0].score and _coarser_of(cands[0], c)
                      and (c.unit_match or 0.0) >= (cands[0].unit_match or 0.0)), None)
        if finer is not None:  # the same amount written with more digits ("11.121,5 triệu" for "11,12 tỷ đồng")
            _to_front(cands, finer)
        best = cands[0]
        if best.unit_match == 0:
            return None
        need = COVERAGE_MIN.get(a.kind, 0.6)
        singled = PART_ASKED_RE.search(a.core or a.question)  # a part is asked: parts compete
        rival = next((c for c in cands[1:] if c.value != best.value and (singled or not part_of(c, best))
                      and not _rounding_of(c, best) and not _coarser_of(c, best)), None)  # (not "1,3 tỷ đồng" of
        # a lead restating "1.327.500.000 đồng" rounded)
        # … and to tie with it, no part its own text calls a share of the whole ("14.218 mẫu, chiếm 36,7% tổng số mẫu
        # của Trung tâm"): it may still make the coverage needed stricter
        tying = rival if rival is None or singled or not _share_of_total(rival) or _share_of_total(best) else next(
            (c for c in cands[1:] if c.value != best.value and not part_of(c, best) and not _share_of_total(c)), None)
        if scorer is not None and tying is not None and _tied(best, tying) and (
                singled or _in_breakdown(best) == _in_breakdown(tying)):  # (a part "trong đó" is no rival of its whole)
            settled = _settled(best, tying, scorer)
            if settled is None:
                return None
            if settled is tying:
                best, rival = tying, next((c for c in cands if c.value not in (best.value, tying.value)), None)
        # any object is counted in chiếc: a bare counter is no evidence, unless the figure's text names what the
        # question counts ("Số áp kế … bao nhiêu chiếc" is not met by "356 chiếc" of scales)
        bare_counter = a.unit and fold(a.unit.lower()) in BARE_COUNTERS and not _names_counted(best, a)
        if best.unit_match == 1.0 and not bare_counter and (
                rival is None or rival.unit_match != 1.0 or rival.score < 0.6 * best.score):
            # the asked unit is matched exactly and no other figure of that unit competes: paraphrased
            # wording ("gửi sang … để thẩm định" for "tiếp nhận, thẩm định") needs less overlap
            need = RELAXED_COVERAGE
        if min_coverage is not None:  # the caller holds other evidence (a plan figure in the same clause)
            need = min(need, min_coverage)
        if best.coverage < need:
            # the same figure stated again, in words meeting the question ("1 | Kiểm định phương tiện đo (PTĐ) | … |
            # 10.673" and "Trong quý III năm 2024, … đã kiểm định 10.673 PTĐ các loại"): the better said one answers
            said = [c for c in cands[1:] if c.value == best.value and c.kind == best.kind
                    and c.coverage >= max(need, SAME_FIGURE_COVERAGE) and c.unit_match == best.unit_match
                    and c.clause.passage.doc_id == best.clause.passage.doc_id
                    and c.score >= SAME_FIGURE_SCORE * best.score] if best.kind in ("number", "percent") \
                and best.value is not None else []
            if not said:
                return None
            best = max(said, key=lambda c: c.coverage)
        if not names or best.clause.column:
            return best
        if not any(_writes_place(best.clause.passage.text, n) for n in names):
            return None  # "huyện Hoài Nhơn có bao nhiêu …": a figure its passage never places there is the province's
        if _other_place_named(best, names):
            return None  # "huyện Tân Hưng …": "số liệu chính thức của huyện Đức Hòa … là 2.139 PTĐ" is Đức Hòa's
        if any(_listed_with_others(best.clause.sentence, n) for n in names):
            return None  # "huyện Hải Hậu": "38 cửa hàng … thành phố Nam Định và các huyện Hải Hậu, Giao Thủy" is theirs together
        return best

    def _compare_years(self, a: Analysis, years: list[int], doc_ids: list[str] | None, k: int,  # noqa: ANN202
                       available: list[int] | None = None, spans: dict[int, int] | None = None):
        cites = Citations()
        base_q, sub = self._per_year_question(a)
        found: list[Candidate | None] = []
        m = self._matcher(sub)
        for y in sorted(years)[:2]:
            best = self._year_figure(a, sub, base_q, y, found[0] if found else None, doc_ids, k, available, spans, m)
            if best is None and found:  # the later year missing (or neither read): nothing to work from
                missing = y if found[0] is not None else sorted(years)[0]
                return (templates()["abstain"].format(scope=f" cho năm {missing}"), True, None, cites, None, missing)
            found.append(best)
        early, late = found
        if early is None:  # the earlier year read nowhere on its own: as the later figure's row or sentence gives it
            y0 = sorted(years)[0]
            early = self._same_row(late, y0) if late.clause.column else self._stated_beside(late, y0, m)
            if early is None or early.value is None:
                return (templates()["abstain"].format(scope=f" cho năm {y0}"), True, None, cites, None, y0)
            found = [early, late]
        if early.clause.passage.doc_id != late.clause.passage.doc_id and len(years) == 2:
            # a change is measured within one unit's figures: the other year's as the same report states it
            asked_years = sorted(set(a.years))
            y0, y1 = asked_years if len(asked_years) == 2 else sorted(years)  # (as asked, not as read)
            # (a figure read from its own year's report is replaced only by the other's table row of its year)
            stated = self._stated_before(late, y0, base_q, sub, k, early, early.clause.passage.year == y0)
            if stated is not None:
                early = stated
            elif late.clause.passage.year != y1:
                late = self._stated_after(early, y1, base_q, sub, k, late) or late
            found = [early, late]
        if early.start == late.start and early.clause.passage.doc_id == late.clause.passage.doc_id:
            return templates()["abstain"].format(scope=""), True, None, cites, None, None  # one figure read for both
        if is_money(early) != is_money(late):  # "89,0 triệu đồng" against "64 cơ sở": no change of one thing
            return templates()["abstain"].format(scope=""), True, None, cites, None, None
        ns = [cites.add_clause(c.clause) for c in found]
        diff = (late.value or 0) - (early.value or 0)
        if _wrong_direction(a.core or a.question, diff):  # "tăng bao nhiêu" of a fall: the premise is wrong
            return templates()["abstain"].format(scope=""), True, None, cites, None, None
        unit = late.unit or ""
        (w_late, s_late), (w_early, s_early) = _as_written(late), _as_written(early)
        written = bool(s_late) and s_late == s_early and w_late is not None and w_early is not None
        if a.kind == "percent":
            late_n, early_n = (w_late, w_early) if written else (late.value, early.value)  # "214,5" as written
            places = rounding(a.question)  # "(làm tròn một chữ số thập phân)": as asked, else as the report writes them
            # "bằng bao nhiêu phần trăm so với quý I/2023": the later as a share of the earlier, not the change
            ratio = bool(_RATIO_ASKED_RE.search(a.core or a.question)) and not _CHANGE_WORD_RE.search(a.core or a.question)
            exact = 100 * (late.value or 0) / (early.value or 1) if ratio else 100 * diff / (early.value or 1)
            stated = self._row_percent(early, late, exact) if places is None else None
            if stated is not None:  # the row's "So sánh (%)" cell states it: as written
                look = Lookup(a, self._matcher(a), [stated.clause.passage], [late.clause.passage.year or 0], doc_ids, k)
                look.cites = cites
                return self._value_result(look, stated)
            places = self._places(a.question, late.clause.passage.doc_id)
            if ratio:
                pct, ends = rate_shown(exact, places)
                value = Value(pct, "%", f"{format_vn_number(pct)}%")
                working = f"{format_vn_number(late_n)} / {format_vn_number(early_n)} × 100 = {ends}"
            else:
                value, working = _rate(late_n, early_n, exact, a.core or a.question, places)
        else:
            if written:
                # "724 triệu đồng" and "595 triệu đồng": worked and answered in triệu, as written
                late_n, early_n, diff = w_late, w_early, round(w_late - w_early, 6)
                unit = f"{s_late} {unit}".strip()
            else:
                late_n, early_n = late.value, early.value
            working = f"{format_vn_number(late_n)} - {format_vn_number(early_n)} = {format_vn_number(diff)}"
            if _CHANGE_WORD_RE.search(a.core or a.question) or _COMPARED_RE.search(a.core or a.question):
                # "giảm bao nhiêu", "ít hơn bao nhiêu", "thấp hơn … bao nhiêu": its size, worked as the larger less the smaller
                diff = abs(diff)
                big, small = max(late_n or 0.0, early_n or 0.0), min(late_n or 0.0, early_n or 0.0)
                working = f"{format_vn_number(big)} - {format_vn_number(small)} = {format_vn_number(diff)}"
            value = Value(diff, unit or None, f"{format_vn_number(diff)} {unit}".strip())
        refs = ", ".join(dict.fromkeys(f"[{n}]" for n in ns))  # both years in one table row: one citation
        text = templates()["computed"].format(value=value.text, working=working, refs=refs)
        return text, False, value, cites, working, None

    def _sum_years(self, a: Analysis, years: list[int], doc_ids: list[str] | None, k: int,  # noqa: ANN202
                   available: list[int] | None = None, spans: dict[int, int] | None = None):
        """A total over years no figure states ("Tổng doanh thu … trong cả 3 năm 2022-2024"): each year's figure
        of one thing, added ("18.642,5 + 20.815,3 + 23.476,8 = 62.934,6"). None when a year's figure is not read,
        two years read one figure, or the figures are not of one kind (an amount and a count, a change, a rate)."""
        base_q, sub = self._per_year_question(a, adding=True)
        m = self._matcher(sub)
        found: list[Candidate] = []
        for y in sorted(years, reverse=True):  # (the latest first: its own report's, whose table may hold the others)
            best = self._year_figure(a, sub, base_q, y, found[0] if found else None, doc_ids, k, available, spans, m,
                                     span_first=True)
            if not found and best is not None and not best.clause.column:
                # "Năm 2023, Trung tâm đã thử nghiệm 4.512 mẫu" and a row of the years "3.126 | … | 4.512": the row
                best = self._year_cell(best, y, f"{base_q} {' '.join(map(str, years))}", k) or best
            if best is None or best.kind != "number" or self._is_change(best) or (
                    best.clause.column and _column_years(best) != {y}):
                return None  # (a "Tổng 5 năm" or "So sánh" cell is no year's own figure)
            found.append(best)
        if len({(c.clause.passage.doc_id, c.start) for c in found}) < len(found) or len({is_money(c) for c in found}) > 1:
            return None
        found.reverse()
        cites = Citations()
        ns = [cites.add_clause(c.clause) for c in found]
        written = [_as_written(c) for c in found]
        scales = {s for _, s in written}
        if len(scales) == 1 and None not in scales:  # "18.642,5 triệu" each: added and answered in triệu, as written
            numbers, unit = [w for w, _ in written], f"{written[0][1]} {found[-1].unit or ''}".strip()
        else:
            numbers, unit = [c.value or 0.0 for c in found], found[-1].unit or ""
        total = round(sum(numbers), 6)
        working = " + ".join(format_vn_number(n) for n in numbers) + f" = {format_vn_number(total)}"
        value = Value(total, unit or None, f"{format_vn_number(total)} {unit}".strip())
        refs = ", ".join(dict.fromkeys(f"[{n}]" for n in ns))  # all years in one table row: one citation
        text = templates()["computed"].format(value=value.text, working=working, refs=refs)
        return text, False, value, cites, working, None

    def _year_cell(self, stated: Candidate, y: int, query: str, k: int) -> Candidate | None:
        """The cell of year ``y``'s column in a table of the same report stating the same figure as ``stated``
        (a sentence's "4.512 mẫu" in a row of the years "3.126 | 2.874 | 3.058 | 3.967 | 4.512"), searched with the
        years' own words, which the table's header writes; None if none."""
        passages = self._search(query, doc_ids=[stated.clause.passage.doc_id], top_k=k, exclude_captions=True)
        cells = table_candidates(clauses(passages), "number", self._text_before)
        return next((c for c in cells if c.value == stated.value and _column_years(c) == {y}), None)

    def _per_year_question(self, a: Analysis, adding: bool = False) -> tuple[str, Analysis]:
        """The question less its years and its comparing words (``adding``: its adding words), and its analysis:
        what each year's figure counts ("Tổng doanh thu của Trung tâm … trong cả 3 năm 2022-2024" → "doanh thu của
        Trung tâm …")."""
        base_q = re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", " ", _ROUNDING_ASKED_RE.sub(" ", a.question))  # (not "(làm tròn …)")
        base_q = _YEARS_COUNTED_RE.sub(" ", base_q)  # ("cộng cả 5 năm", "trong cả 3 năm": the years, not what is counted)
        if adding:
            base_q = _ADDING_WORDS_RE.sub(" ", base_q)
        base_q = re.sub(r"(nhiều hơn|ít hơn|so với|chênh lệch|tăng|giảm|hơn)", " ", base_q, flags=re.I)
        base_q = re.sub(r"\b(?:cùng kỳ|cung ky)(?:\s+(?:năm|nam))?(?=\s*\?|\s*$)", " ", base_q, flags=re.I)  # (each year's own)
        base_q = _PERCENT_ASKED_RE.sub(" bao nhiêu ", base_q)  # ("bằng bao nhiêu phần trăm": each year's figure is a count)
        sub = analyze(base_q)
        if sub.unit and _COMPARED_PERIOD_RE.match(sub.unit):
            # (the period compared with is no unit: "… giảm bao nhiêu so với cùng kỳ năm trước" counts cơ sở)
            sub = replace(sub, unit=analyze(_COMPARED_PERIOD_RE.sub(" ", base_q)).unit)
        sub.kind, sub.folded, sub.supplied = "number", a.folded, a.supplied  # typed without diacritics: matched folded
        counted = COUNTED_RE.match(base_q)
        if not sub.unit and counted:  # "Số lượt học viên … tăng bao nhiêu phần trăm": a count of lượt học viên
            sub.unit = question_unit(f"bao nhiêu {base_q[counted.end():]}")
        if not sub.unit and a.previous_unit:  # "Vậy số mẫu đó tăng bao nhiêu phần trăm?": what was just counted
            sub.unit = a.previous_unit
        sub.unit = money_unit(base_q, sub.unit)  # "tổng số tiền xử phạt … tăng bao nhiêu phần trăm": amounts in đồng
        return base_q, sub

    def _year_figure(self, a: Analysis, sub: Analysis, base_q: str, y: int, first: Candidate | None,  # noqa: PLR0913
                     doc_ids: list[str] | None, k: int, available: list[int] | None, spans: dict[int, int] | None,
                     m: Matcher, span_first: bool = False) -> Candidate | None:
        """The figure of year ``y`` counting what ``sub`` asks: in the row of the ``first`` year's cell, or the
        sentence listing the years ("năm 2022 là 4.087 mẫu; năm 2023 là …"), else read from the year's report (last
        year as next year's review states it, a period's year as the period's review does: first, when
        ``span_first``, a total over the period's years being asked)."""
        read, asked = y, sub
        spanned = available and y not in available and (spans or {}).get(y) in available
        if spanned and span_first:
            read, asked = spans[y], replace(sub, past=[y], years=[y])
        elif available and y not in available and y + 1 in available:  # last year, as next year's review states it
            read, asked = y + 1, replace(sub, past=[y], years=[y])
        elif spanned:  # as a period's review does
            read, asked = spans[y], replace(sub, past=[y], years=[y])
        best = self._same_row(first, y) if first is not None and first.clause.column else None
        if best is None and first is not None and not first.clause.column:
            # the years listed one after the other: "năm 2022 là 4.087 mẫu; năm 2023 là …; năm 2024 là 5.063 mẫu"
            beside = self._stated_beside(first, y, m, before=True)
            if beside is not None and re.search(rf"\bnăm\s+{y}\s*(?:là|:)\s*$", _just_before(beside, 20), re.I):
                best = beside
        if best is None:
            # (searched as asked, and without the name of the unit the question is routed to, which finds its
            # letterhead and the passages naming it, not "Năm 2024, Chi cục đã kiểm định 14.862 PTĐ": the better read)
            matcher = self._matcher(asked)
            for query in dict.fromkeys([base_q, unsaid(base_q, a) or base_q]):
                passages = self._search(query, years=[read], doc_ids=doc_ids, top_k=k, exclude_captions=True)
                look = Lookup(asked, matcher, passages, [read], doc_ids, k, [read])
                found = self.find(look, base_q, sub.unit or a.unit, want="number")
                if found is not None and (best is None or found.score > best.score):
                    best = found
        return None if best is None or best.value is None else best

    @staticmethod
    def _is_change(c: Candidate) -> bool:
        """Does the figure state a change ("tăng 12 hồ sơ", "nhiều hơn 3 cơ sở", a "Tăng/giảm" column)?"""
        if c.clause.column:
            return bool(_CHANGE_COLUMN_RE.search(c.clause.column))
        return bool(re.search(r"\b(tăng|giảm|nhiều hơn|ít hơn|chênh lệch|vượt|hơn|hụt|sụt)\s+(?:thêm\s+|được\s+|là\s+|đi\s+)?$",
                              _clause_before(c), re.I))

    def _row_change(self, look: Lookup, cell: Candidate):  # noqa: ANN202
        """A change asked against a year ("giảm bao nhiêu chiếc so với năm 2023") met by a table cell of the
        year asked: the change worked from the same row's cell of that year. Asked as a fall that is a
        rise (or the reverse): the question's premise is wrong, and the answer abstains. None: no such cell."""
        a = look.a
        q = a.core or a.question
        asked = _CHANGE_WORD_RE.findall(q)
        refs = reference_years(q)
        years = _column_years(cell)
        if not asked or len(refs) != 1 or len(years) != 1 or years == refs or _CHANGE_COLUMN_RE.search(
                cell.clause.column):
            return None
        other = self._same_row(cell, next(iter(refs)))
        if other is None or other.value is None or cell.value is None:
            return None
        if a.previous and not a.previous & {cell.value, other.value}:
            return None  # a follow-up asks the change of the figure just given, not of another row's
        early, late = (other, cell) if next(iter(refs)) < next(iter(years)) else (cell, other)
        diff = late.value - early.value
        if _wrong_direction(q, diff):  # a fall asked of a rise: the premise is wrong
            return self._abstain(a, [cell.clause.passage], None, look.cites)
        n = look.cites.add_clause(replace(cell.clause, start=cell.clause.sentence_start, end=cell.clause.sentence_end,
                                          text=cell.clause.sentence), cell)
        if a.kind == "percent" and early.value:  # "tăng bao nhiêu phần trăm so với năm 2023": the rate of change
            value, working = _rate(late.value, early.value, 100 * diff / early.value, q,
                                   self._places(a.question, cell.clause.passage.doc_id))
        else:
            amount, unit, working = _change_worked(late, early, late.unit or "")
            value = Value(amount, unit or None, f"{format_vn_number(amount)} {unit}".strip())
        text = templates()["computed"].format(value=value.text, working=working, refs=f"[{n}]")
        return text, False, value, look.cites, working, None

    def _stated_before(self, late: Candidate, year: int, base_q: str, sub: Analysis, k: int,
                       other: Candidate, rows_only: bool = False) -> Candidate | None:
        """The year before's figure as the later figure's own report states it (its row's column of that year,
        or "so với năm 2020 (…)"), preferred to another unit's report of that year when it scores nearly as
        well: a change is measured within one unit's figures. ``rows_only``: only from a table row giving both
        years (the other figure was read from its own year's report, which may well be the same unit's)."""
        read = late.clause.passage.year
        if not read or read - year != 1:
            return None
        if late.clause.column and (row := self._same_row(late, year)) is not None:
            return row
        look = self._report_lookup(late, replace(sub, past=[year], years=[year]), base_q, k)
        if late.clause.column:  # a row without that year's column: the same figure in prose, with the year beside it
            return next((b for twin in quantity_candidates(look.cl, "number") if twin.value == late.value
                         and (b := self._stated_beside(twin, year, look.m)) is not None), None)
        for twin in table_candidates(look.cl, "number", self._text_before):
            # the figure as a table's row also gives it ("38.742 PTĐ" and "Tổng cộng | 36.130 | 38.742 | 35.117")
            if twin.value == late.value and twin.clause.column and (row := self._same_row(twin, year)) is not None:
                return row
        beside = self._stated_beside(late, year, look.m)
        if beside is not None or rows_only:
            return beside
        return self._as_well(self.find(look, base_q, sub.unit, want="number"), late, other)

    def _stated_beside(self, late: Candidate, year: int, m: Matcher, before: bool = False) -> Candidate | None:
        """The figure of ``year`` the later figure's own sentence gives in the same unit ("4.749 phương tiện đo
        (PTĐ) …, tăng 9,8% so với năm 2021 (năm 2021: 4.324 PTĐ; …)"); ``before``: written before it too (the
        years listed one after the other, read from the last)."""
        sentence = [c for c in quantity_candidates(clauses([late.clause.passage]), "number")
                    if c.clause.sentence_start == late.clause.sentence_start]
        # (the unit as the sentence writes it: "phương tiện đo" of "4.749 phương tiện đo (PTĐ)")
        own = m.tokens(" ".join(c.unit or "" for c in sentence if c.start == late.start) or late.unit or "")
        for c in sentence:
            if c.start == late.start or c.start < late.start and not before or c.value is None or not c.unit or not self._year_before(c, [year]):
                continue
            other = m.tokens(c.unit)
            if own.concepts & other.concepts or own.words[:1] and [fold(w) for w in own.words[:2]] == [
                    fold(w) for w in other.words[:2]]:
                return c
        return None

    def _stated_after(self, early: Candidate, year: int, base_q: str, sub: Analysis, k: int,
                      other: Candidate) -> Candidate | None:
        """The next year's figure as the earlier figure's own report plans it ("Dự toán kinh phí năm 2022 là
        3.380 triệu đồng" in the 2021 review), preferred to another unit's report when it scores nearly as well."""
        read = early.clause.passage.year
        if not read or year - read != 1:
            return None
        look = self._report_lookup(early, replace(sub, future=[year], years=[year]), base_q, k)
        return self._as_well(self.find(look, base_q, sub.unit, want="number"), early, other)

    def _report_lookup(self, cand: Candidate, asked: Analysis, base_q: str, k: int) -> Lookup:
        """A lookup over the report ``cand`` was read from, for ``asked``."""
        read, doc = cand.clause.passage.year, [cand.clause.passage.doc_id]
        passages = self._search(base_q, years=[read], doc_ids=doc, top_k=k, exclude_captions=True)
        return Lookup(asked, self._matcher(asked), passages, [read], doc, k, [read])

    @staticmethod
    def _as_well(best: Candidate | None, beside: Candidate, other: Candidate) -> Candidate | None:
        """``best``, when it is another figure than ``beside`` and scores nearly as well as ``other``."""
        if best is None or best.value is None or best.start == beside.start or best.score < SAME_REPORT_SHARE * other.score:
            return None
        return best

    def _row_percent(self, early: Candidate, late: Candidate, exact: float) -> Candidate | None:
        """The percent the table row of both figures states for the rate worked from them ("512 | 468 | 91,4" of
        a "So sánh (%)" column), to the places it is written; None when the figures are no one row's or it
        states none that agrees."""
        c = late.clause
        if not c.column or not early.clause.column or early.clause.sentence_start != c.sentence_start \
                or early.clause.passage.doc_id != c.passage.doc_id:
            return None
        for t in table_candidates([c.whole_sentence()], "percent", self._text_before):
            if t.value is not None and abs(abs(t.value) - abs(exact)) <= 0.5 * 10 ** -_places_written(t.text) + 1e-9:
                return t
        return None

    def _same_row(self, cell: Candidate, year: int) -> Candidate | None:
        """The figure of ``year`` in the table row of ``cell`` (the other year's figure of the same thing)."""
        c = cell.clause
        row = table_candidates([c.whole_sentence()], "number", self._text_before)
        found = [t for t in row if _column_years(t) == {year}]
        if not _PLAN_COLUMN_RE.match(c.column):  # ("Năm 2022" beside "Kế hoạch 2023 | Thực hiện 2023": what was done)
            done = [t for t in found if not _PLAN_COLUMN_RE.match(t.clause.column)]
            if found and not done and c.passage.year == year:  # "Cùng kỳ 2023 (lũy kế 5 tháng)" in the 2024 report: its own
                done = _own_period_cell(cell, row)   # period's column, "Lũy kế 5 tháng", not "KH năm 2024"
            found = done or found
        period = _period(c.column)  # ("Cùng kỳ 2024 (9 tháng)": "Lũy kế 9 tháng 2025", not "Quý III/2025")
        found = [t for t in found if _period(t.clause.column) == period] or found if period else found
        # (of a row with two kinds of figure per year, "Kiểm định … (lượt) 9 tháng 2018 | … | Thử nghiệm … (mẫu) 9 tháng
        # 2018 | …", the cell under the same words)
        kind = YEAR_RE.sub(" ", c.column).split()
        return next((t for t in found if YEAR_RE.sub(" ", t.clause.column).split() == kind), found[0] if found else None)

    def _abstain(self, a: Analysis, passages: list[Passage], year: int | None, cites: Citations):  # noqa: ANN202
        scope = f" cho năm {year}" if year else ""
        near = [p for p in passages[:2] if not p.is_caption]
        if near:
            refs = ", ".join(f"[{cites.add_passage(p)}]" for p in near)
            text = templates()["abstain_near"].format(scope=scope, refs=refs)
        else:
            text = templates()["abstain"].format(scope=scope)
        return text, True, None, cites, None, year


_QUARTER = r"\bqu[ýy]\s+(?:I{1,3}|IV|[1-4])\b"
_PERIODS = (("9 tháng", r"\b(?:9|chín) tháng\b"), ("6 tháng", r"\b(?:6|sáu) tháng\b|\bnửa đầu năm\b"),
            ("quý", _QUARTER), ("year", r"\bcả năm\b|\btoàn năm\b"))


# the word that frames a plan asked ("Chỉ tiêu … năm 2021 mà Chi cục đặt ra"), which no plan column says
_PLAN_FRAME_WORDS = frozenset({"đặt", "dat"})  # (not "giao", "phấn đấu": reports write them with the figure too)
# one unit singled out of those a report's figures add up ("riêng Chi cục TĐC An Giang (không tính Trung tâm)")
_SINGLED_UNIT_RE = re.compile(r"\b(?:riêng|rieng)\s+(?:các\s+|cac\s+)?(chi cục|chi cuc|trung tâm|trung tam|văn phòng|van phong)\b", re.I)
# a report title's own subject: what follows "Báo cáo [kết quả …]" up to the period it covers
_SUBJECT_TITLE_RE = re.compile(r"^\s*báo\s+cáo\b(?P<subject>.*?)(?=\b(?:năm|giai đoạn|quý|\d+\s+tháng|sáu tháng|chín tháng)\b|[-–:(]|$)",
                               re.I | re.S)
# the words every report's title may hold: its kind, its period, the field's name, a unit's kind
_TITLE_FRAME = ("báo cáo kết quả tổng kết sơ kết thống kê tóm tắt công tác hoạt động tình hình thực hiện nhiệm vụ "
                "phương hướng kế hoạch triển khai và về trong của các tại đối với lĩnh vực quản lý nhà nước "
                "tiêu chuẩn đo lường chất lượng TĐC TCĐLCL TC-ĐL-CL khoa học công nghệ KH&CN "
                "chi cục trung tâm tổng cục sở tỉnh thành phố đơn vị "
                # (and its activity: a figure of the report may count what was not inspected, "436 cửa hàng đang
                # hoạt động" beside "kiểm tra 158 cửa hàng")
                "kiểm tra thanh tra giám sát khảo sát kiểm định hiệu chuẩn thử nghiệm đánh giá")


def _subject_words(title: str, m: Matcher) -> frozenset[str]:
    """The subject words of a thematic report's title ("kiểm tra", "kinh doanh", "xăng dầu"); none for a
    review of the field's work as a whole ("Báo cáo tổng kết công tác tiêu chuẩn đo lường chất lượng năm 2021")."""
    found = _SUBJECT_TITLE_RE.match(normalize_text(title))
    if not found:
        return frozenset()
    return frozenset(m.tokens(found.group("subject")).bag() - _frame_words(m))


@functools.lru_cache(maxsize=4)
def _frame_words(m: Matcher) -> frozenset[str]:
    return frozenset(m.tokens(_TITLE_FRAME).bag())


# a monthly report's periods: the months so far ("11 tháng năm 2022", "lũy kế 10 tháng"; not "3 tháng cuối năm",
# the rest of a year) and one month ("tháng 11/2022", "trong tháng 10"; not a date, "ngày 25 tháng 11 năm 2022")
_MONTHS_SO_FAR_RE = re.compile(r"\b(1[01]|[2-578])\s+(?:tháng|thang)\b(?!\s+(?:cuối|cuoi)\b)", re.I)
_ONE_MONTH_RE = re.compile(r"(?<!\d\s)(?<!\d)\b(?:tháng|thang)\s+(1[0-2]|0?[1-9])\b(?!\s*(?:tháng|thang)\b)", re.I)


_MONTHLY_PERIODS = frozenset({f"{n} tháng" for n in (2, 3, 4, 5, 7, 8, 10, 11)} | {f"tháng {n}" for n in range(1, 13)})


def _months_of(period: str | None) -> str | None:
    """The month a monthly report's period counts to: "11" for "tháng 11" and "11 tháng"; None for others."""
    return period.replace("tháng", "").strip() if period in _MONTHLY_PERIODS else None


def _period_matches(text: str, monthly: bool = True) -> Iterator[tuple[int, str]]:
    """Where ``text`` names a reporting period, and which: "9 tháng", "6 tháng", "quý", "year" ("cả năm"),
    and with ``monthly`` a monthly report's "11 tháng" (so far) or "tháng 11" (that month alone)."""
    for name, pattern in _PERIODS:
        for m in re.finditer(pattern, text, re.I):
            yield m.start(), name
    if not monthly:  # (a quarter's "tháng 7, 8, 9" is no period of its own when none of a month is in play)
        return
    for m in _MONTHS_SO_FAR_RE.finditer(text):
        yield m.start(), f"{int(m.group(1))} tháng"
    for m in _ONE_MONTH_RE.finditer(text):
        if not re.search(r"\bngày\s*$", text[max(0, m.start() - 12) : m.start()], re.I):
            yield m.start(), f"tháng {int(m.group(1))}"


def _period(text: str, monthly: bool = False) -> str | None:
    """The reporting period a text names: "9 tháng", "6 tháng", "quý", "year" ("cả năm"); with ``monthly``
    (a question's, a title's), else the first a monthly report's ("11 tháng", "tháng 11"); or None."""
    classic = next((name for name, pattern in _PERIODS if re.search(pattern, text, re.I)), None)
    if classic or not monthly:
        return classic
    return next((name for _, name in sorted(_period_matches(text))), None)


def _nearest_period(c: Candidate, monthly: bool = False) -> str | None:
    """The reporting period named last before the figure in its sentence, if any (outside the brackets closed
    before it: "Trong 9 tháng …, 05 đoàn kiểm tra (quý III: 02 đoàn) …, 86,5 triệu đồng" is of the 9 months)."""
    if c.clause.column:
        return None
    before = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), c.clause.sentence[: max(0, c.start - c.clause.sentence_start)])
    found = list(_period_matches(before, monthly))
    if not found and (opening := _PERIOD_OPENING_RE.match(_line_before(c))):
        found = list(_period_matches(opening.group(0), monthly))  # "Riêng quý III năm 2023, qua kiểm tra … . Chi cục
        # đã ban hành 04 quyết định … 38,25 triệu đồng": the paragraph's opening period scopes its sentences
    return max(found)[1] if found else None


# a paragraph opening on its period: "Riêng quý III năm 2023, …", "Trong 9 tháng đầu năm, …" (its first clause)
_PERIOD_OPENING_RE = re.compile(r"\W*(?:(?:trong|riêng|tính riêng|lũy kế)\s+)?[^,.;:\n]{0,40},", re.I)


def _says_period(text: str, period: str) -> bool:
    """Does ``text`` name that reporting period (among others: "6 tháng đầu năm …; 9 tháng đầu năm …")?"""
    return any(name == period for _, name in _period_matches(text, period in _MONTHLY_PERIODS))


def _counted_alike(sent: str, now, earlier, spelt_out: bool = False) -> bool:  # noqa: ANN001 - Quantities
    """Do two figures of a sentence count the same thing ("214 hồ sơ (năm 2023: 187 hồ sơ)")? With
    ``spelt_out``, also when the earlier one uses the abbreviation the current one introduces
    ("24.615 phương tiện đo (PTĐ) … (22.645 PTĐ)")."""
    head_now = (unit_after(sent, now.end) or "").split()[:1]
    head_then = (unit_after(sent, earlier.end) or "").split()[:1]
    if not (head_now and head_then) or fold(head_now[0]) == fold(head_then[0]):
        return True
    if fold(head_then[0].lower()) in COUNTERS:  # "276 taximet, … (401 chiếc)": a counter counts the same thing
        return True
    return spelt_out and head_then[0].isupper() and bool(
        re.search(rf"\({re.escape(head_then[0])}\)", sent[now.end : earlier.start]))


def _as_written(c: Candidate) -> tuple[float | None, str | None]:
    """``"12,7 tỷ"`` → ``(12.7, "tỷ")``: a figure's number before its scale word, read back from its value (so
    "1,482,650 nghìn" of a sheet in English notation too), and the word; ``(None, None)`` without one."""
    scale = split_scale(c.text)[1]
    if not scale or c.value is None:
        return None, None
    return round(c.value / SCALE[scale.lower()], 6), scale


def _value_of(best: Candidate) -> Value:
    """A stated figure's value, its number as written ("12,7 tỷ đồng": 12.7 in "tỷ đồng")."""
    if best.kind != "number":
        return Value(best.value, "%", best.text)
    number, unit = best.value, best.unit
    written, scale = _as_written(best)
    if scale and written is not None:
        number = written
        unit = f"{scale} {unit}" if unit else scale
    return Value(number, unit, f"{best.text} {best.unit}" if best.unit else best.text)


def _rate(late: float, early: float, exact: float, question: str, places: int) -> tuple[Value, str]:
    """A rate of change worked from two figures (as shown) and its working, to ``places`` decimals; its size
    when the question names the direction ("giảm bao nhiêu phần trăm")."""
    pct, ends = rate_shown(exact, places)
    working = f"({format_vn_number(late)} - {format_vn_number(early)}) / {format_vn_number(early)} × 100 = {ends}"
    if _CHANGE_WORD_RE.search(question):
        pct = abs(pct)
    return Value(pct, "%", f"{format_vn_number(pct)}%"), working


# a rate followed by what it is said of ("100% hồ sơ được giải quyết đúng và trước hạn", "100% được giải quyết đúng
# hẹn"): the things (optional) and what is done to them
_OWN_PREDICATE_RE = re.compile(r"\s*%?\s*(?:(?:tổng số|số|các)\s+)?(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)?"
                               r"(?:đã\s+|đều\s+)?(?:được|bị)\s+([^,;.()\n]{3,80})", re.I)


def _by_own_predicate(cands: list[Candidate], terms: dict[str, float], m: Matcher) -> None:
    """A rate whose own words say what was done to its things, none of it asked ("Tỷ lệ hồ sơ … được tiếp nhận trực
    tuyến toàn trình" against "100% hồ sơ được giải quyết đúng và trước hạn"), counts half: the rate of another
    measure of the same things. A table's cell has no such words."""
    asked = set(terms)
    for c in cands:
        said = None if c.clause.column else _OWN_PREDICATE_RE.match(c.clause.passage.text, c.end - c.clause.passage.start)
        if said and not m.tokens(said.group(1)).bag() & asked:
            c.score *= 0.5


def _weighty(terms: dict[str, float], share: float) -> set[str]:
    """The question's words weighing at least ``share`` of its heaviest one's weight."""
    heaviest = max(terms.values(), default=0.0)
    return {t for t, w in terms.items() if w >= share * heaviest}


def _by_question_scope(cands: list[Candidate], a: Analysis, query: str, whole: float | None, m: Matcher) -> list[Candidate]:
    """The figures of the question itself weighed by what its words bound: a whole it names ("Trong 7 cơ sở …
    vi phạm, …": the part is told where 7 is), a part it singles out ("Riêng chi phí thử nghiệm …": never a whole
    "(bao gồm chi phí mua mẫu, thử nghiệm mẫu …)"), a single month ("Riêng tháng 5 năm 2023": no cumulative figure)
    and a document it names ("theo Quyết định số 2315/QĐ-TĐC": the figure told beside it)."""
    if whole is not None and _PART_OF_STATED_RE.match(a.question):
        best = max((c.score for c in cands), default=0.0)
        for c in cands:  # (an order among the figures, no more support than the best had)
            if any(q.value == whole for q in find_quantities(c.clause.sentence)):
                c.score = min(c.score * STATED_WHOLE_FACTOR, best + 1e-3)
    if singled := _SINGLED_OUT_RE.search(query):
        part = set(m.tokens(singled.group(1)).bag()) - STOPWORDS
        for c in cands:  # (a bracket listing it among others holds it: no answer; naming it alone, a weak one)
            inner = _INCLUDES_AFTER_RE.match(c.clause.passage.text, c.end - c.clause.passage.start)
            if inner and len(part & set(m.tokens(inner.group(1)).bag())) >= 2:
                c.score = 0.0 if re.search(r",|\svà\s", inner.group(1)) else c.score * NOT_COUNTED_FACTOR
                continue
            served = _SERVED_LIST_RE.match(_FIGURE_BRACKET_RE.sub(" ", _clause_after(c)))
            named = set(m.tokens(served.group(1)).bag()) if served else set()
            if len(part & named) >= 2 and named - part - STOPWORDS:
                c.score = 0.0  # "hiệu chuẩn 153 PTĐ … cho các doanh nghiệp thủy điện, xây dựng và bệnh viện"
        cands = [c for c in cands if c.score > 0.0]
    if _MONTH_ASKED_RE.search(query) and not _cumulative(query) and not _UP_TO_MONTH_RE.search(query):
        # (nor a "Cùng kỳ 2023 (lũy kế 5 tháng)" cell)
        cands = [c for c in cands if not _cumulative(f"{c.clause.column or ''} {_sentence_before(c).rsplit(';', 1)[-1]}")]
    named_docs = {q.text for q in find_quantities(a.core or a.question) if q.kind == "id" and "/" in q.text}
    for c in cands:
        if named_docs and any(d in c.clause.sentence for d in named_docs):
            c.score *= NAMED_DOCUMENT_FACTOR
    return cands


def _by_left_out(cands: list[Candidate], query: str) -> list[Candidate]:
    """A figure the report leaves out of its own ("Công ty Điện lực tự kiểm định 31.540 công tơ điện (không tính vào
    số liệu của Chi cục)") counts far less, and answers nothing asked of that very unit."""
    kept = []
    for c in cands:
        left_out = _NOT_COUNTED_RE.match(c.clause.passage.text, c.end - c.clause.passage.start)
        if left_out and left_out.group(1) and fold(left_out.group(1)).lower() in fold(query).lower():
            continue
        if left_out:
            c.score *= NOT_COUNTED_FACTOR
        kept.append(c)
    return kept


def _own_period_cell(cell: Candidate, row: list[Candidate]) -> list[Candidate]:
    """The cell of the report's own period among ``row``, the cells of the row of ``cell`` (an earlier year's,
    "Cùng kỳ 2023 (lũy kế 5 tháng)"): the column that names no year, no plan and no change, sharing most words with
    its column."""
    words = set(re.sub(r"[()]", " ", YEAR_RE.sub(" ", cell.clause.column)).lower().split()) - {"cùng", "kỳ", "năm"}
    best, most = [], 0
    for t in row:
        col = t.clause.column or ""
        if t.start == cell.start or _column_years(t) or _PLAN_COLUMN_RE.match(col) or RATIO_COL_RE.match(col) \
                or _CHANGE_COLUMN_RE.search(col) or "%" in col:
            continue
        shared = len(words & set(re.sub(r"[()]", " ", col).lower().split()))
        if shared > most:
            best, most = [t], shared
    return best


def _names_unit(c: Candidate, unit: str) -> bool:
    """Does the clause before a figure (or its row's label) name ``unit`` ("trung tâm", "chi cục")?"""
    return fold(unit).lower() in fold(c.clause.column or _clause_before(c)).lower()


def _row_lead(c: Candidate) -> str:
    """A table row's label cells, those before its first figure: "Cùng kỳ năm 2020" of "Cùng kỳ năm 2020 | 64 | 7"."""
    return " ".join(_lead_cells(c))


def _lead_cells(c: Candidate) -> list[str]:
    lead: list[str] = []
    for cell in c.clause.sentence.split(" | "):
        if re.fullmatch(r"\s*[-+]?\d[\d.,]*\s*%?\s*", cell) and lead:
            break
        lead.append(cell)
    return lead


def _row_label_years(c: Candidate) -> set[int]:
    """The years a table row's label cells name: "Cùng kỳ năm 2020 | 64 | 7 | 89,0"; a label cell that is a year
    alone names the row's ("Báo cáo tổng kết năm 2022 và kế hoạch năm 2023 | Năm 2022 | 33.518": 2022)."""
    cells = _lead_cells(c)
    alone = {int(m.group(1)) for cell in cells if (m := _YEAR_CELL_RE.fullmatch(cell.strip()))}
    return alone or set(map(int, YEAR_RE.findall(" ".join(cells))))


def _change_worked(late: Candidate, early: Candidate, unit: str) -> tuple[float, str, str]:
    """The size of the change between two figures, its unit and its working: as written when both carry
    the same scale ("236.904 triệu" and "248.315 triệu": in triệu đồng), the larger less the smaller."""
    (w_late, s_late), (w_early, s_early) = _as_written(late), _as_written(early)
    if s_late and s_late == s_early and w_late is not None and w_early is not None:
        x, y, unit = w_late, w_early, f"{s_late} {unit}".strip()
    else:
        x, y = late.value or 0.0, early.value or 0.0
    big, small = max(x, y), min(x, y)
    amount = round(big - small, 6)
    return amount, unit, f"{format_vn_number(big)} - {format_vn_number(small)} = {format_vn_number(amount)}"


# the tasks heading of a later part of the report's own year: "Phương hướng, nhiệm vụ quý II năm 2024",
# "Nhiệm vụ 6 tháng cuối năm 2024", "Phương hướng nhiệm vụ quý IV"
# (not the results of the period's own tasks: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III VÀ 9 THÁNG NĂM 2023")
_LATER_PERIOD_TASKS_RE = re.compile(r"\b(?:phương hướng|(?<!thực hiện )(?:nhiệm vụ|kế hoạch))\b[^\n]{0,40}?\b(?:quý\s+(?:II|III|IV|[234])\b|"
                                    r"\d\s+tháng\s+cuối|tháng cuối năm)", re.I)
# what a share asked is of: "bao nhiêu phần trăm hồ sơ …" (two words), and what a percentage written is of:
# "93,37% tổng số hồ sơ", "100% TTHC"
_PERCENT_OF_Q_RE = re.compile(r"\b(?:phần trăm|phan tram)\s+(?:tổng số\s+|số\s+)?([^\W\d_]+\s+[^\W\d_]+)", re.I)
_NOT_A_SUBJECT_RE = re.compile(r"(?:kế hoạch|ke hoach|so với|so voi|chỉ tiêu|chi tieu|tổng số|tong so|dự toán|du toan|"
                               r"cùng kỳ|cung ky|năm|nam|trong|của|cua|trên|tren)\b", re.I)
_NOT_A_NOUN = frozenset("được đã đang của và cho tại trong về với là có so đạt bằng trên theo từ đến do thì mà hoặc "
                        "duoc da dang cua va tai ve voi la co dat bang tren tu den thi ma hoac".split())
_PERCENT_OF_RE = re.compile(r"\s*%?\s*(?:tổng số\s+|số\s+|các\s+)?([^\W\d_]+(?:\s+[^\W\d_]+)?)")
# a level asked ("tổng số … là bao nhiêu", "hiện có", "đang duy trì"), not what was added to it
_LEVEL_ASKED_RE = re.compile(r"\b(?:tổng số|tổng cộng|hiện có|đang duy trì|hiện đang|tong so|tong cong|hien co|dang duy tri)\b", re.I)
_ADDED_ASKED_RE = re.compile(r"\b(?:thêm|bổ sung|them|bo sung)\b", re.I)
# "Sau đợt bổ sung năm 2023, … có tổng cộng bao nhiêu …": when the level is asked, not what was added
_AFTER_ADDING_RE = re.compile(r"\b(?:sau|sau khi)\s+(?:(?:đợt|lần|được|đã|khi)\s+)*(?:[^\W\d_]+\s+)?(?:thêm|bổ sung)\b", re.I)
_RAISED_TO_RE = re.compile(r"\bnâng\b[^.;]{0,160}\blên\s*$", re.I)  # "nâng tổng số cân đối chứng … lên 74"
_ADDED_BEFORE_RE = re.compile(r"\b(?:thêm|bổ sung)\s*$", re.I)  # "bàn giao thêm 6", "trang cấp bổ sung 12"
# the period a question asks, as written: "6 tháng đầu năm", "sáu tháng", "9 tháng đầu", "nửa đầu năm"
_YEAR_PLAN_RE = re.compile(r"\b(?:kế hoạch|KH|chỉ tiêu)\s+(?:cả\s+)?năm\b", re.I)  # the year's plan, no quarter's
_YEAR_PLAN_BEFORE_RE = re.compile(r"\b(?:kế hoạch|KH|chỉ tiêu)\s+(?:cả\s+)?năm(?:\s+(?:19|20)\d{2})?\s*(?:\(|:|là)?\s*$", re.I)
_ONE_MONTH_ASKED_RE = re.compile(r"\b(?:trong|riêng|của)\s+(?:riêng\s+)?tháng\s+(?:1[0-2]|0?[1-9])\b(?!\s*(?:tháng|đầu|cuối)\b)", re.I)
_PLANNED_PART_RE = re.compile(r"\bvà\s+(?:phương hướng|nhiệm vụ|kế hoạch|phuong huong|nhiem vu|ke hoach)\b", re.I)
_PERIOD_PHRASE_RE = re.compile(r"\b(?:(?:6|sáu|9|chín) tháng(?:\s+(?:đầu|cuối))?|nửa đầu)(?:\s+năm)?\b", re.I)
_NINE_MONTHS_TITLE_RE = re.compile(r"\b(?:9|chín) tháng\b|\bquý\s+(?:III|3)\b", re.I)  # a third quarter's report
_EARLY_HALF_ASKED_RE = re.compile(r"\b(?:6|sáu) tháng đầu(?:\s+(?:của\s+)?năm)?|\bnửa đầu năm\b", re.I)
_LATE_HALF_RE = re.compile(r"\bcuối\b", re.I)
_LATE_HALF_ASKED_RE = re.compile(r"\b(6|sáu|3|ba) tháng cuối(?:\s+(?:của\s+)?năm)?", re.I)
_EARLY_PART = {"6": "6 tháng đầu năm", "sáu": "6 tháng đầu năm", "3": "9 tháng đầu năm", "ba": "9 tháng đầu năm"}
_EARLY_HALF_RE = re.compile(r"\b(?:(?:6|sáu) tháng đầu|nửa đầu)\b", re.I)
_SAME_PERIOD_ASKED_RE = re.compile(r"\b(?:cùng kỳ|cung ky)\s+(?:năm\s+|nam\s+)?((?:19|20)\d{2})\b", re.I)
_SAME_PERIOD_RE = re.compile(r"\b(?:cùng kỳ|cung ky)\b", re.I)


def _fits_asked(a: Analysis, value: Value | None, cites: Citations) -> bool:
    """Does another review's figure answer the question: does it count what is asked ("bao nhiêu bản" of
    "57.600 bản", not of "1.196.850 lượt"; a percentage, or a question naming no unit, asks nothing to count),
    and is it of the whole year asked, not of "cùng kỳ năm 2022" in a 9-month review?"""
    if value is None:
        return False
    if not _SAME_PERIOD_RE.search(a.question) and any(_SAME_PERIOD_RE.search(c.quote) for c in cites.items):
        return False
    if a.kind == "percent" or not a.unit:
        return True
    asked = fold(a.unit).lower().replace(",", " ").split()[:1]
    head = [w for w in fold(value.unit or "").lower().replace(",", " ").split() if w not in SCALE_WORDS][:1]
    return bool(asked) and asked == head  # "bao nhiêu người" is not "342 lượt người"


def _wrong_direction(question: str, diff: float) -> bool:
    """A fall asked ("giảm", "ít hơn") of figures that rose, or a rise asked of figures that fell."""
    asked = {w.lower() for w in _CHANGE_WORD_RE.findall(question) + _COMPARED_RE.findall(question)}
    falls = asked & {"giảm", "giam", "ít hơn", "it hon", "hụt", "sụt", "hut", "sut", "thấp hơn", "nhỏ hơn", "thap hon",
                     "nho hon"}
    rises = asked & {"tăng", "tang", "nhiều hơn", "nhieu hon", "cao hơn", "lớn hơn", "cao hon", "lon hon"}
    if (falls or rises) and diff == 0:  # "cao hơn bao nhiêu" of two equal figures: neither is higher
        return True
    return bool(falls and not rises and diff > 0) or bool(rises and not falls and diff < 0)


_COMPARED_RE = re.compile(r"\b(cao hơn|lớn hơn|thấp hơn|nhỏ hơn|cao hon|lon hon|thap hon|nho hon)\b", re.I)


def _planned_cell(c: Candidate) -> bool:
    """Is a table cell a target: its column, row or caption says so ("Kế hoạch", "KH năm 2025"), its section is the
    plan's ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023"), or they name a year after the report's ("Chỉ tiêu năm 2025")?
    (Not the "Năm 2022" column of the 2022 review beside "Năm 2021" and "So sánh (%)": what was done.)"""
    year = c.clause.passage.year
    said = f"{c.clause.context} {c.clause.passage.section or ''}"
    return bool(_CELL_TARGET_RE.search(said) or _PLAN_SECTION_RE.search(c.clause.passage.section or "")
                or year is not None and any(int(y) > year for y in YEAR_RE.findall(said)))


_CRITERION_RE = re.compile(_MET_CRITERION, re.I)  # (a sentence's "không đạt chỉ tiêu trị số octan" says no target)
_PLAN_SECTION_RE = re.compile(r"\b(?:phương hướng|nhiệm vụ trọng tâm)\b", re.I)  # (not "Kết quả thực hiện nhiệm vụ năm 2022")
# a target said of a cell ("Kế hoạch", "KH 2023", "Mục tiêu"; not "chỉ tiêu", a table's "Chỉ tiêu" column of indicators)
_CELL_TARGET_RE = re.compile(rf"\b(?:{_TARGET_WORDS})\b|" + PLAN_ABBR_RE.pattern, re.I)


def _column_years(c: Candidate) -> set[int]:
    """The years a table cell's column names ("Năm 2019", "9 tháng 2023"); empty outside tables. The year a
    column is measured against is not its own: "So với 2022 (%)" is a figure of the report's year."""
    return {int(y) for y in YEAR_RE.findall(_AGAINST_YEAR_RE.sub(" ", c.clause.column))}  # (not "ISO 9001:2015")


# the report a question reads from, by its period: the source, not the time asked ("Theo báo cáo quý III/2024, …",
# "Theo báo cáo 9 tháng 2025, …")
_REPORT_NAMED_RE = re.compile(r"\bbáo cáo\s+(?:kết quả\s+|sơ kết\s+)?(?:(?:quý|quy)\s+(?:IV|III|II|I|[1-4])\b|"
                              r"(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?\b)", re.I)
_ROUNDING_ASKED_RE = re.compile(r"\(\s*(?:làm tròn|lam tron)[^)]*\)", re.I)
_AGAINST_YEAR_RE = re.compile(r"\bso với\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?:19|20)\d{2}", re.I)


# a follow-up adding one more item to the figure just given: "Cộng cả công tơ 3 pha (nữa) thì …", "Thế cộng cả …"
_PLUS_PREVIOUS_RE = re.compile(r"^\s*(?:(?:thế|vậy|còn|nếu|the|vay|con|neu)\s+)*(?:cộng|tính|kể|cong|tinh|ke)\s+(?:cả|ca)\s+\S", re.I)
_AIMED_RE = re.compile(r"\b(?:phấn đấu|dự kiến|dự kiến sẽ|kế hoạch sẽ)\b", re.I)  # a target's verb, said of its figure
_EXCLUDED_RE = re.compile(r"\b(?:không tính|không kể|không bao gồm|khong tinh|khong ke|khong bao gom)\s+([^(),.;?]{2,40})", re.I)


def _share_of_total(c: Candidate) -> bool:
    """Does the figure's own text call it a share of a whole ("14.218 mẫu, chiếm 36,7% tổng số mẫu", "6.284 PTĐ
    trong tổng số nêu trên")?"""
    return bool(_SHARE_OF_TOTAL_RE.match(c.clause.sentence, c.end - c.clause.sentence_start))


_SHARE_OF_TOTAL_RE = re.compile(r"[^\d.;()]{0,30}?\bchiếm\s+(?:khoảng\s+)?\d[\d.,]*\s?%\s+(?:trên\s+)?(?:tổng|toàn bộ)\b"
                                r"|[^\d.;()]{0,40}?\b(?:trong|thuộc)\s+(?:tổng\s+)?số\s+(?:nêu trên|kể trên|trên|này|đó)\b", re.I)
_DONE_BEFORE_RE = re.compile(r"\bđã\s+(?:[^\W\d_]+\s+){1,3}$", re.I)  # "… và đã kiểm định " right before a figure
# asked as done, not as planned: "đã kiểm định", "thu … được bao nhiêu"
_DONE_ASKED_RE = re.compile(r"\bđã\b(?!\s+(?:đề ra|đặt ra|giao|đăng ký|được giao)\b)|\bđược\s+(?:bao nhiêu|mấy)\b", re.I)
_PERIOD_AFTER_RE = re.compile(r"\s*(?:tháng|thang)\s+(?:đầu|cuối|dau|cuoi|năm|nam|(?:19|20)\d{2})\b", re.I)


def _read_previous(history: list[Turn]) -> tuple[set[float], str | None, dict[float, str]]:
    """The previous answer's figures, read once: the figures it gave (10 and more: not "1 pha"; also as written
    before their scale, "14,8 triệu đồng": 14.8 too), what its first figure counts ("126 mẫu hàng đóng gói
    sẵn"), and the first word of what each figure counts, folded ("2.215 triệu đồng" → "dong")."""
    last = last_answer(history)
    figures: set[float] = set()
    unit: str | None = None
    heads: dict[float, str] = {}
    first = True
    for q in find_quantities(last):
        if q.kind != "number" or q.value is None:
            continue
        if first:
            unit, first = unit_after(last, q.end, 3), False
        if q.value >= 10 and not _PERIOD_AFTER_RE.match(last, q.end):  # "lũy kế 11 tháng năm 2022": when, no figure
            written = split_scale(q.text)[0]
            figures |= {q.value} | ({written} if written is not None and written != q.value else set())
        words = (unit_after(last, q.end) or "").split()[:1]
        if words:
            heads.setdefault(q.value, fold(words[0].lower()))
    return figures, unit, heads


def _figures_in(working: str | None) -> set[float]:
    """The numbers a computation's working uses ("127 - 142 = -15" → 127, 142, 15)."""
    return {x.value for x in find_quantities(working or "") if x.value is not None}


# a follow-up asking how the figure just given changed against an earlier time
_MORE_RE = re.compile(r"\bhơn\b", re.I)  # "cao hơn", "thấp hơn" besides the change words
_ANCHOR_AGAINST_RE = re.compile(r"\b(so với|so voi|năm trước|năm ngoái|cùng kỳ|nam truoc|cung ky)\b", re.I)
# the earlier figure a sentence gives right after the current one: "(năm 2023: 187 hồ sơ)", "(cùng kỳ năm 2024:
# 81,0 triệu đồng)", "tăng 30,4% so với năm 2022 (163,0 triệu đồng)", "(năm 2021 là 612 triệu đồng)"
def _earlier_said(year: str) -> str:
    """A pattern of the figure a sentence gives for ``year`` (a regex), as group 1: "(năm 2021: 22.645",
    "(cùng kỳ năm 2022 là 301,2", "so với năm 2021 (22.645"."""
    months = r"\d{1,2}\s+tháng\s+(?:đầu\s+)?"  # "(11 tháng năm 2021: 28.685 PTĐ)": a period, then the figure
    return (rf"(?:\(\s*(?:(?:{months})?năm|cùng kỳ(?: năm)?|quý\s+(?:IV|I{{1,3}}|[1-4])\s*(?:/|năm))\s*{year}\s*(?::|là)\s*"
            rf"|so với (?:cùng kỳ )?(?:năm )?{year}\s*\(\s*(?:(?:{months})?(?:năm\s+)?{year}\s*(?::|là)\s*)?)(\d[\d.,]*)(?![.,]?\d)(?!\s*tháng\b)")


# a rate of change written after a figure: "…, tăng 12,8% so với …", "(…), giảm 3,1%"
_STATED_RATE_RE = re.compile(r"[^.;%]{0,60}?\b(?:tăng|giảm|bằng|đạt|vượt)\s+(?:\w+\s+){0,2}\d[\d.,]*\s?%", re.I)
def _passing(bracket: str) -> str:
    """A pattern of the text between a figure and the earlier one its sentence gives: words, rates, footnote
    marks and brackets (``bracket``, a pattern), lazily, 120 at most."""
    return rf"(?:[^()\d]|\d[\d.,]*\s?%|\[\d{{1,2}}\]|{bracket}){{0,120}}?"


_EARLIER_FIGURE_RE = re.compile(_passing(r"\((?!\s*(?:năm|cùng kỳ)\s)[^()]{1,60}\)") + _earlier_said(r"(?:19|20)\d{2}"), re.I)
# (past another bracket: "23.418 phương tiện đo (PTĐ), … (kế hoạch năm 2025 là 42.000 PTĐ), tăng 8,6% so với cùng kỳ
# năm 2024 (21.564 PTĐ)"; past a footnote mark: "4.318 phương tiện đo các loại[3], …")
# the earlier period's figures listed in a bracket: "so với cùng kỳ năm 2021 (11 tháng năm 2021: kiểm tra 254 cơ sở,
# 15 cơ sở vi phạm, xử phạt 84,0 triệu đồng)"
_EARLIER_LIST_RE = re.compile(_passing(r"\([^()]{1,160}\)") + r"\bso với (?:cùng kỳ )?(?:năm )?(?:19|20)\d{2}\s*\(([^()]{1,240})\)", re.I)


def _earlier_figure(sent: str, q, figures: list):  # noqa: ANN001, ANN202 - (Quantity or None, int)
    """The figure ``sent`` gives for an earlier time right after the figure ``q``, and where what states it
    ends: "(năm 2023: 187 hồ sơ)", or the one of a listed bracket counting what ``q`` counts ("116,5 triệu đồng,
    tăng 38,7% so với cùng kỳ năm 2021 (…: kiểm tra 254 cơ sở, …, xử phạt 84,0 triệu đồng)")."""
    m = _EARLIER_FIGURE_RE.match(sent, q.end)
    if m:
        return next((x for x in figures if x.start == m.start(1)), None), m.end()
    m = _EARLIER_LIST_RE.match(sent, q.end)
    head = (unit_after(sent, q.end) or "").split()[:1]
    if not m or not head:
        return None, 0
    alike = [x for x in figures if m.start(1) <= x.start < m.end(1)
             and fold(((unit_after(sent, x.end) or "").split() or [""])[0].lower()) == fold(head[0].lower())]
    return (alike[0], alike[0].end) if len(alike) == 1 else (None, 0)


def _anchor(sentence: str, a: Analysis, figures: list | None = None):  # noqa: ANN202 - a Quantity or None
    """Where ``sentence`` states the figure the previous answer gave, counting what that answer counted
    ("214 hồ sơ" after "… tiếp nhận 214 hồ sơ đăng ký công bố hợp quy"; a "64" of something else is none)."""
    figures = figures if figures is not None else [q for q in find_quantities(sentence) if q.kind == "number"]
    for q in figures:
        if q.value in a.previous:
            head = a.previous_heads.get(q.value)
            written = (unit_after(sentence, q.end) or "").split()[:1]
            # (a table row's cell is counted in its table's unit: nothing written after it)
            said = fold(written[0].lower()) if written else ""
            # (or the abbreviation of what the answer spelt out: "1.386 PTĐ" for "1.386 phương tiện đo")
            abbreviated = bool(written) and len(written[0]) > 1 and written[0].isupper()
            if head is None or said == head or (not written and " | " in sentence) or (
                    abbreviated and said[:1] == head[:1]):
                return q
    return None


def _own_words(c: Candidate) -> str:
    """The words of a figure's clause that belong to it alone: from the figure before it (or the clause's
    start) to the figure after it (or the clause's end)."""
    text = c.clause.text
    before = re.split(r"\d", text[: max(0, c.start - c.clause.start)])[-1]
    after = re.split(r"\d", text[c.end - c.clause.start :], maxsplit=1)[0]
    return f"{before} {after}" if not c.clause.column else c.clause.text


def _rounded(c: Candidate) -> bool:
    """Is the figure written as rounded ("gần 2.000 mẫu", "khoảng 15.400 PTĐ"; not a table's cell)?"""
    return not c.clause.column and bool(_ROUNDED_BEFORE_RE.search(_just_before(c, 20)))


def _rounding_of(rounded: Candidate, exact: Candidate) -> bool:
    """Is ``rounded`` ("gần 2.000 mẫu") the rounding of the figure ``exact`` writes exactly ("1.968 mẫu")?"""
    return bool(rounded.value and exact.value) and _rounded(rounded) and not _rounded(exact) \
        and abs(rounded.value - exact.value) <= ROUNDED_NEAR * max(rounded.value, exact.value)


def _coarser_of(coarse: Candidate, fine: Candidate) -> bool:
    """Is ``coarse`` ("11,12 tỷ đồng") the same amount as ``fine`` ("11.121,5" of a "triệu đồng" column) written
    in a larger scale, with fewer digits: ``fine`` rounded to the places ``coarse`` is written with?"""
    if coarse.kind != "number" or fine.kind != "number" or not coarse.value or not fine.value \
            or coarse.value == fine.value or (coarse.unit or "").split()[-1:] != (fine.unit or "").split()[-1:]:
        return False
    if split_scale(coarse.text)[1] is None:
        return False
    step = _step_of(coarse)
    return step > 1 and abs(fine.value - coarse.value) <= step / 2 + 1e-6 and _step_of(fine) < step


def _step_of(c: Candidate) -> float:
    """The last written digit's worth: "11.121,5 triệu" → 100.000 (đồng)."""
    scale = split_scale(c.text)[1]
    return (SCALE[scale.lower()] if scale else 1.0) * 10 ** -_places_written(c.text.split()[0])


def _places_written(figure: str) -> int:
    """The decimal places a figure is written with: "11,12" → 2, "91,4%" → 1, "4.094" → 0."""
    return len(figure.rstrip("%").partition(",")[2])


def _tied(best: Candidate, rival: Candidate) -> bool:
    """Two figures of one report that the question's words meet alike ("xử lý 21 cơ sở vi phạm với hình thức
    cảnh cáo 03 cơ sở"), the rival of the asked unit as much, neither worked out nor the whole of the other."""
    return rival.score >= TIE * best.score and (rival.unit_match or 0.0) >= (best.unit_match or 0.0) \
        and not best.working and not rival.working \
        and rival.clause.passage.doc_id == best.clause.passage.doc_id and not _out_of(best, rival)


def _in_breakdown(c: Candidate) -> bool:
    """Is the figure written in a breakdown, after "trong đó" in its sentence ("Trong đó: 214 hồ sơ …",
    "Đã giải quyết 47 hồ sơ, trong đó … đối với 44 hồ sơ")?"""
    return bool(WITHIN_RE.search(_sentence_before(c)))


def _settled(best: Candidate, rival: Candidate, scorer: Scorer) -> Candidate | None:
    """Which of two tied figures the words each says alone pick (:func:`_own_parts`): the question's words in
    one figure's lead and not in the other's, and, counting half, in one's unit and not in the other's
    ("hồ sơ công bố hợp quy" beside "hồ sơ công bố hợp chuẩn"); of two cells of one row that their columns do
    not tell apart, the first in the table's order; of two figures of prose, none. Between two sentences the
    words only confirm the first (a second sentence naming the asked thing as a document, "cấp Thông báo tiếp
    nhận hồ sơ công bố hợp quy cho 171 hồ sơ", is no better evidence): no answer rather than the other."""
    foreign = [c for c in (best, rival) if _other_centre(c, scorer.question)]
    if len(foreign) == 1:  # "QUATEST 1 kiểm định trên địa bàn tỉnh 12.045 PTĐ": another centre's, not asked
        return rival if foreign[0] is best else best
    if not _ROUNDED_ASKED_RE.search(scorer.question):  # "gần 2.000 mẫu" in a summary box is the "1.968 mẫu" stated
        if _rounding_of(best, rival):
            return rival
        if _rounding_of(rival, best):
            return best
    if _coarser_of(best, rival):  # "11,12 tỷ đồng" in the text is the table's "11.121,5" triệu đồng
        return rival
    if _coarser_of(rival, best):
        return best
    apart = best.clause.start != rival.clause.start
    (lead_a, unit_a), (lead_b, unit_b) = (_own_parts(c, scorer, apart) for c in (best, rival))

    def weight(words: set[str]) -> float:
        return sum(w for t, w in scorer.terms.items() if t in words)

    mine = weight(lead_a - lead_b) + UNIT_SHARE * weight(unit_a - unit_b)
    theirs = weight(lead_b - lead_a) + UNIT_SHARE * weight(unit_b - unit_a)
    totals = [c for c in (best, rival) if _TOTAL_WORD_RE.search(_clause_before(c))]  # "Tổng doanh thu … 85,6 tỷ đồng"
    total_asked = bool(_TOTAL_WORD_RE.search(scorer.question))
    if theirs > TIE_SETTLED * mine:
        if best.clause.sentence_start == rival.clause.sentence_start:
            return rival
        # "Doanh thu hiệu chuẩn … bao nhiêu": "Tổng doanh thu … 7,34 tỷ đồng" is the whole, the row naming the
        # asked words the part
        return rival if totals == [best] and not total_asked else None
    if mine > TIE_SETTLED * theirs or (best.clause.column and rival.clause.column):
        return best
    if total_asked:  # "tổng cộng bao nhiêu … doanh thu": the whole the report calls so
        if totals == [best] or totals == [rival] and best.clause.sentence_start == rival.clause.sentence_start:
            return totals[0]
    return None


def _whole_of_asked_part(c: Candidate, question: str, m: Matcher) -> bool:
    """Is the figure said of a whole ("Tổng doanh thu quý I/2024 đạt 1.846,5 triệu đồng, tăng 14,5%") whose
    noun the question narrows with words its sentence never says ("Doanh thu thử nghiệm quý I/2024 … tăng
    bao nhiêu phần trăm")? That is a part of the whole, not the whole."""
    if c.clause.column:
        return False
    whole = _WHOLE_NOUN_RE.search(_sentence_before(c))
    if whole is None:
        return False
    noun = fold(whole.group(1)).lower()
    folded = fold(question).lower()
    asked = re.search(rf"\b{re.escape(noun)}\s+((?:[a-z]+\s*){{1,3}})", folded)
    if asked is None or len(folded) != len(question):
        return False
    words = []  # (as written: "thử nghiệm" folds to "thu nghiem", and "thu" is in "doanh thu")
    for w, raw in zip(asked.group(1).split(), question[asked.start(1):asked.end(1)].lower().split()):
        if w in _QUALIFIER_STOPS:
            break
        words.append(raw if has_diacritics(question) else w)
    sentence = f"{c.clause.sentence} {c.clause.passage.section or ''}".lower()
    said = set(re.findall(r"[^\W\d_]+", sentence if has_diacritics(question) else fold(sentence)))
    return bool(words) and not set(words) & said


# a whole named by "Tổng" and its noun's first two words ("Tổng doanh thu", "Tổng số mẫu"), in the figure's clause
_WHOLE_NOUN_RE = re.compile(r"\btổng\s+(?:số\s+)?([^\W\d_]+\s+[^\W\d_]+)\b[^;:()]{0,80}$", re.I)
# (folded) words after a noun that no longer narrow it: a period, an owner, a verb
_QUALIFIER_STOPS = frozenset("quy nam thang cua tai trong da duoc la dat tang giam so bao o ca chung va cho nay do thi "
                             "co the tu den sau truoc dau cuoi".split())


def _to_front(cands: list[Candidate], c: Candidate) -> None:
    """Put ``c`` first among ``cands`` (the one to answer with)."""
    cands.remove(c)
    cands.insert(0, c)


def _quarters_said(c: Candidate) -> set[int]:
    """The quarters a figure's own words name: its column ("Quý II"), or the words since the figure before
    it ("(Quý I: 4.108 PTĐ; Quý II: 4.809 PTĐ)", "Riêng Quý II đã kiểm tra 74 lượt")."""
    own = c.clause.column or ""
    if not own:
        before = _clause_before(c)
        figures = [q for q in find_quantities(before) if q.kind in ("number", "percent")]
        own = before[figures[-1].end:] if figures else before[-60:]
        if not figures and not _quarters_in(own) and (opening := _QUARTER_OPENING_RE.match(c.clause.sentence)):
            own = opening.group(0)  # "Trong quý III, Trạm Kiểm định … đã thực hiện kiểm định 1.936 PTĐ"
        elif not _quarters_in(own) and not _quarters_in(before) and not _PERIOD_PHRASE_RE.search(before) \
                and (opening := _QUARTER_OPENING_RE.match(_line_before(c))):
            own = opening.group(0)  # "Riêng quý III năm 2023, qua kiểm tra phát hiện 04 cơ sở …. Chi cục đã ban
            # hành 04 quyết định … 38,25 triệu đồng": the paragraph's opening scopes its sentences
    return _quarters_in(own)


def _line_before(c: Candidate) -> str:
    """The text of the figure's line (its paragraph) before its sentence."""
    text, at = c.clause.passage.text, max(0, c.clause.sentence_start - c.clause.passage.start)
    return text[text.rfind("\n", 0, at) + 1 : at]


def _quarters_after(c: Candidate) -> set[int]:
    """The quarters named right after a figure: "kiểm định 386 PTĐ trong quý III, lũy kế 9 tháng …"."""
    return _quarters_in((_QUARTER_AFTER_RE.match(c.clause.sentence[c.end - c.clause.sentence_start :]) or [""])[0])


_QUARTER_AFTER_RE = re.compile(r"[^\d,;.()]{0,25}?\b(?:trong|vào|của|riêng)\s+(?:quý|quy)\s+(?:IV|III|II|I|[1-4])\b", re.I)


# a sentence opening on its quarter: "Trong quý III, …", "Quý III/2023, …", "Riêng quý II năm 2024, …"
_QUARTER_OPENING_RE = re.compile(r"\W*(?:(?:trong|riêng|tính riêng|lũy kế)\s+)?quý\s+(?:I{1,3}|IV|[1-4])\b(?:\s*(?:/|năm)\s*\d{4})?\s*,",
                                 re.I)


def _quarters_in(text: str) -> set[int]:
    """The quarters ``text`` names ("quý II" → 2, "Quý 3" → 3)."""
    return {{"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(m.group(1).lower()) or int(m.group(1)) for m in _QUARTER_RE.finditer(text)}


_QUARTER_RE = re.compile(r"\b(?:quý|quy)\s+(IV|III|II|I|[1-4])\b", re.I)  # "quý II", "Quý 3"
# a quarter's figure right after its name: "so với quý III/2023 (15.356"
_QUARTER_BRACKET_RE = re.compile(rf"{_QUARTER_RE.pattern}(?:\s*/\s*(?:19|20)\d{{2}}|\s+năm\s+(?:19|20)\d{{2}})?\s*(?:\(|:)\s*$", re.I)


def _by_owner(cands: list[Candidate], question: str, departments: frozenset[str]) -> None:
    """In a department's report on all its units (``departments``), a figure its sentence gives to a kind of
    unit the question does not name ("kết quả kiểm định PTĐ của Trung tâm chỉ đạt 98,1%" asked of the Chi
    cục) counts less: the unit named last before it is taken as its owner. In a unit's own report, only where
    its sentence sets the unit asked aside first ("Bên cạnh hoạt động của Chi cục, Trung tâm Kỹ thuật … đã kiểm
    định 3.216 PTĐ": the centre's, not the Chi cục's)."""
    asked = {_owner_kind(k) for k in _OWNER_KIND_RE.findall(fold(question).lower())}
    if not asked:
        return
    for c in cands:
        if c.clause.column:
            continue  # (a table's columns and rows say whose each cell is)
        lead = fold(c.clause.sentence[: max(0, c.start - c.clause.sentence_start)]).lower()
        kinds = _OWNER_KIND_RE.findall(lead)
        if c.clause.passage.doc_id not in departments:
            aside = _SET_ASIDE_UNIT_RE.search(lead)
            if aside and kinds and _owner_kind(aside.group(1)) in asked and _owner_kind(kinds[-1]) not in asked:
                c.score *= OTHER_OWNER_FACTOR
            continue
        if not kinds:  # (else the unit its paragraph named last: "Trung tâm Kỹ thuật đã kiểm định … Doanh thu … đạt 3.184")
            at = max(0, c.clause.sentence_start - c.clause.passage.start)
            kinds = _OWNER_KIND_RE.findall(fold(c.clause.passage.text[line_start(c.clause) : at]).lower())
        if kinds and _owner_kind(kinds[-1]) not in asked:
            c.score *= OTHER_OWNER_FACTOR


def _by_doing(cands: list[Candidate], question: str) -> None:
    """"Kiểm định bao nhiêu cột đo xăng dầu": a figure whose own lead says another of the measuring trade's doings
    and not the one the question counts ("tham gia kiểm tra kỹ thuật đo lường 112 cột đo xăng dầu") counts less.
    Only the doing right before the question word counts ("Khi kiểm tra …, có mấy mẫu …" counts none)."""
    planned = _DOING_PLANNED_RE.search(question)
    asked = _DOING_ASKED_RE.search(question) or _DOING_DONE_TO_RE.search(question) or planned
    if not asked:
        return
    doing = asked.group(1).lower()
    for c in cands:
        if c.clause.column:
            continue
        # (its own sentence's words, as far back as its doing may stand: "Chi cục đã kiểm tra đo lường đối với 28 cơ
        # sở kinh doanh xăng dầu với 64 cột đo")
        lead = re.split(r"[.;:!?\n]", _just_before(c, 80))[-1].lower()
        if not _DOING_RE.search(lead):  # ("… đã kiểm định 29.340 PTĐ các loại, đạt 52,4% kế hoạch năm (kế hoạch năm
            # 2023 là 56.000 PTĐ)": the plan of its sentence's doing)
            lead = re.split(r"[;:!?\n]", c.clause.sentence[: max(0, c.start - c.clause.sentence_start)])[-1].lower()
        if doing not in lead and (said := _DOING_RE.findall(lead)):
            c.score *= 0.6
            if planned or (doing in _SERVICES and said[-1].lower() in _SERVICES
                           and doing not in c.clause.sentence.lower()):
                # the plan of another doing: its heading's "Kiểm định, hiệu chuẩn" makes it no more the one asked; nor
                # is another service's count the one asked ("hiệu chuẩn bao nhiêu" of "… Bến Cát kiểm định 6.215 PTĐ")
                c.coverage = min(c.coverage, _OTHER_DOING_COVERAGE)


def _by_asked_verb(cands: list[Candidate], question: str) -> None:
    """"… đã tạm giữ bao nhiêu sản phẩm đồ chơi": of a sentence that writes the question's verb right before one of
    its figures ("kiểm tra 2.340 sản phẩm đồ chơi trẻ em, tạm giữ 136 sản phẩm …"), a neighbour led by one of the
    trade's doings instead counts far less, whatever the words of the things counted it fits better. (The doings
    asked themselves are :func:`_by_doing`'s.)"""
    asked = _VERB_ASKED_RE.search(question)
    verb = asked.group(1).lower() if asked else ""
    if not verb or verb.split()[0] in _BARE_VERBS or _DOING_RE.search(verb):
        return
    lead_of = {c.start: re.split(r"[,;:(]", c.clause.sentence[: max(0, c.start - c.clause.sentence_start)])[-1].lower()
               for c in cands if not c.clause.column}
    led = {c.clause.sentence_start for c in cands if c.start in lead_of and (c.unit_match is None or c.unit_match > 0)
           and re.search(rf"(?:^|\s){re.escape(verb)}\s+(?:(?:được|thêm|tổng cộng|tổng số|tổng|khoảng|gần|hơn|trên)\s+)*$",
                         lead_of[c.start])}
    for c in cands:
        if c.start in lead_of and c.clause.sentence_start in led and verb not in lead_of[c.start] \
                and _DOING_RE.search(lead_of[c.start]):
            c.score *= 0.3


# the verb right before the question word ("đã tạm giữ bao nhiêu", "thu hồi mấy"): one or two small words
_VERB_ASKED_RE = re.compile(r"(?:\bđã|\bđược|\bsẽ)\s+((?:[a-zà-ỹđ]+\s+)?[a-zà-ỹđ]+)\s+(?:được\s+)?(?:bao nhiêu|mấy)\b")
# verbs that say no doing of their own ("có", "là", "đạt" …): the figure's words tell it
_BARE_VERBS = frozenset("có là đạt được gồm chiếm thu còn nhận thực hiện tổ chức tiến hành đã".split())


_DOING_RE = re.compile(r"\b(kiểm định|hiệu chuẩn|thử nghiệm|kiểm tra)\b", re.I)
_SERVICES = ("kiểm định", "hiệu chuẩn", "thử nghiệm")  # the technical services a centre sells, each counted apart
_OTHER_DOING_COVERAGE = 0.3  # the most the plan of another doing than the one asked covers of the question
_DOING_ASKED_RE = re.compile(rf"{_DOING_RE.pattern}\s+(?:được\s+|tổng cộng\s+)?(?:bao nhiêu|mấy)\b", re.I)
# … or the doing said of the things counted: "có bao nhiêu cột đo xăng dầu được kiểm định"
# … or the doing a plan is of: "Kế hoạch hiệu chuẩn năm 2023 … là bao nhiêu PTĐ"
_DOING_PLANNED_RE = re.compile(rf"\b(?:kế hoạch|chỉ tiêu|mục tiêu)\s+{_DOING_RE.pattern}(?=.*\b(?:bao nhiêu|mấy)\b)", re.I)
_DOING_DONE_TO_RE = re.compile(rf"\b(?:bao nhiêu|mấy)\s+(?:[^\W\d_]+\s+){{1,6}}?(?:đã\s+)?được\s+{_DOING_RE.pattern}", re.I)


def _by_award_won(cands: list[Candidate], question: str) -> None:
    """"Bao nhiêu doanh nghiệp đạt Giải thưởng Chất lượng Quốc gia": a sentence telling only of entering for it
    ("03 doanh nghiệp … đăng ký tham dự GTCLQG năm 2024", "đề xuất 02 doanh nghiệp lên Hội đồng quốc gia … đang chờ
    kết quả xét tặng") counts those who may win, not the winners; one naming no award counts something else."""
    if not _AWARD_WON_Q_RE.search(question):
        return
    for c in cands:  # (nor a sentence naming no award: "… hồ sơ đăng ký sử dụng mã số, mã vạch, nâng tổng số lên 64
        # doanh nghiệp", "hỗ trợ 14 doanh nghiệp áp dụng hệ thống quản lý")
        said = c.clause.sentence if not c.clause.column else f"{c.clause.context} {c.clause.column}"
        if not _AWARD_NAMED_RE.search(said) or _AWARD_ENTERED_RE.search(said) and not _AWARD_WON_RE.search(
                _AWARD_ENTERED_RE.sub(" ", said)):
            c.score = 0.0  # (never the winners' count)


# an award won, asked ("đạt Giải thưởng …", "được trao giải"), and the words of entering for one and of winning it
_AWARD = r"\b(?:giải|GTCLQG)"
_AWARD_WON_Q_RE = re.compile(rf"\b(?:đạt|đoạt|được trao|được tặng|giành|nhận)\s+(?:[^\W\d_]+\s+){{0,2}}?{_AWARD}", re.I)
_AWARD_ENTERED_RE = re.compile(r"\b(?:đăng ký|tham dự|tham gia|lập hồ sơ|nộp hồ sơ|hướng dẫn|đề xuất|đề nghị|sơ tuyển|"
                               r"xét tặng|(?:đang )?chờ kết quả)\b", re.I)
_AWARD_NAMED_RE = re.compile(_AWARD, re.I)
_AWARD_WON_RE = re.compile(r"\b(?:đạt|đoạt|trao|tặng|giành|vinh danh|nhận)\b", re.I)


def _by_centre(cands: list[Candidate], question: str) -> None:
    """A figure its sentence gives to other numbered technical centres than the one asked ("QUATEST 1 đã kiểm
    định, hiệu chuẩn 82.540 PTĐ, …; QUATEST 3 115.890 PTĐ" asked of QUATEST 3), or to several together ("… và 03
    Trung tâm … (QUATEST 1, QUATEST 2, QUATEST 3) là 268.415 PTĐ"), counts less: the centres named in its piece
    of the sentence (after the last ";" before it) are its owners."""
    asked = {m.group(0).split()[-1] for m in CENTRE_RE.finditer(question)}
    if not asked:
        return
    for c in cands:
        if c.clause.column:  # a table row of another unit ("Viện Tiêu chuẩn Chất lượng Việt Nam | 78.000 | 36.850",
            # "Trung tâm Kỹ thuật 1 (QUATEST 1) | 265.000"): none of its cells is the centre's
            label = c.clause.label or ""
            named = {m.group(0).split()[-1] for m in CENTRE_RE.finditer(label)}
            if _PEER_UNIT_RE.match(label) and not named & asked:  # (not "Phòng Thử nghiệm …", the centre's own)
                c.score *= OTHER_OWNER_FACTOR
                c.coverage = min(c.coverage, OTHER_UNIT_COVERAGE)
            continue
        if any(m.group(0).split()[-1] not in asked for m in CENTRE_RE.finditer(_own_piece(c))):
            c.score *= OTHER_OWNER_FACTOR


def _own_piece(c: Candidate) -> str:
    """The piece of a figure's sentence before it that is its own: from the last ";" before it."""
    return c.clause.sentence[: max(0, c.start - c.clause.sentence_start)].rsplit(";", 1)[-1]


def _by_company(cands: list[Candidate], question: str) -> None:
    """A figure of prose whose own piece of the sentence gives it to a company ("Phòng thử nghiệm điện của Công ty
    Điện lực … đã kiểm định 57.340 công tơ điện") is that company's, not what the report's unit did, unless the
    question names a company."""
    if _COMPANY_RE.search(question):
        return
    unit_asked = bool(_PEER_UNIT_RE.search(question))
    for c in cands:
        if c.clause.column:
            continue
        piece = _own_piece(c)
        if _doer_company(piece):  # (the more so when the question names the unit that did it: "Chi cục … kiểm định":
            # then no answer for it at all)
            c.score *= OTHER_DOER_FACTOR if unit_asked else OTHER_OWNER_FACTOR
            if unit_asked:
                c.coverage = min(c.coverage, OTHER_DOER_COVERAGE)
        elif _OF_COMPANY_RE.search(piece):
            c.score *= OTHER_OWNER_FACTOR


def _by_area_total(cands: list[Candidate], question: str) -> None:
    """A total of the whole province, whoever did the work ("tổng số PTĐ được kiểm định trên địa bàn tỉnh năm 2023
    là 31.905 PTĐ", "nâng tổng số … trên địa bàn tỉnh lên 37.922"), is not the figure of the unit the question
    names as the doer ("Chi cục … đã kiểm định tổng cộng bao nhiêu"), unless it asks the province's."""
    if not _PEER_UNIT_RE.search(question) or _AREA_RE.search(question):
        return
    for c in cands:
        piece = _own_piece(c)
        if not c.clause.column and _AREA_TOTAL_RE.search(piece) and not _PEER_UNIT_RE.search(piece):
            c.score *= OTHER_OWNER_FACTOR


def _by_area_stock(cands: list[Candidate], question: str) -> None:
    """"Tỉnh Quảng Trị có bao nhiêu cơ quan … đang áp dụng ISO 9001": what the province has, the figure its sentence
    says of the whole area ("Đến nay, toàn tỉnh có 155 cơ quan …"), not what the unit did there ("Chi cục đã kiểm
    tra … tại 27 cơ quan")."""
    if not _AREA_STOCK_Q_RE.search(question):
        return
    for c in cands:
        if c.clause.column:
            continue
        piece = _own_piece(c)
        if _AREA_RE.search(piece):
            c.score *= 1.5
        elif _PEER_UNIT_RE.search(piece):
            c.score *= 0.7


# the province asked as the holder of a stock: "tỉnh Quảng Trị có bao nhiêu …", "toàn tỉnh hiện có bao nhiêu …"
_AREA_STOCK_Q_RE = re.compile(r"(?:\b[Tt]oàn tỉnh|\b[Cc]ả tỉnh|\b[Tt]rên địa bàn(?: tỉnh)?|\b[Tt]ỉnh(?:\s+[A-ZĐ]\w*){1,3})(?:\s+hiện)?\s+(?:có|đang có)"
                              r"\s+(?:tổng cộng\s+|tất cả\s+)?(?:bao nhiêu|mấy)\b")


def _by_set_aside(cands: list[Candidate], question: str, m: Matcher) -> None:
    """A figure after what its sentence sets aside first ("Ngoài các cuộc kiểm tra do Chi cục chủ trì, Chi cục đã cử
    công chức phối hợp … kiểm tra 15 cơ sở") is something else than what is set aside: when that is what the
    question asks ("các cuộc kiểm tra nhà nước do Chi cục … tổ chức đã kiểm tra bao nhiêu cơ sở"), it counts less.
    ("Ngoài ra, …" sets nothing aside.)"""
    asked: set[str] | None = None  # (read when a sentence sets something aside)
    for c in cands:
        lead = None if c.clause.column else _SET_ASIDE_RE.match(c.clause.sentence)
        if lead is None or c.start - c.clause.sentence_start < lead.end():
            continue
        if asked is None:
            asked = {w for w in m.tokens(question).words if w not in STOPWORDS}
        aside = {w for w in m.tokens(lead.group(1)).words if w not in STOPWORDS}
        shared = aside & asked
        if len(shared) >= 3 and len(shared) >= 0.6 * len(aside):
            c.score *= OTHER_OWNER_FACTOR


_SET_ASIDE_RE = re.compile(r"\W*Ngoài\s+(?!ra\b)([^,;:]{6,140})[,;:]", re.I)


def _doer_company(piece: str) -> bool:
    """Is the doer right before a figure another body: a company or "các tổ chức … khác" named last before it,
    with no unit of the sector after ("…, trên địa bàn tỉnh còn có Công ty Điện lực Bình Phước (tổ chức được chỉ
    định) kiểm định 18.640 …", "… một số tổ chức kiểm định được chỉ định khác kiểm định 2.783 PTĐ"), not a company
    the unit worked with or for ("phối hợp với Công ty …", "cho Công ty …")?"""
    named = list(_DOER_COMPANY_RE.finditer(piece))
    if not named or len(piece) - named[-1].start() > _DOER_CHARS:
        return False
    last = named[-1]
    before = piece[: last.start()]  # ("Phòng kiểm định của Công ty Điện lực …": the company's own department did it)
    return (not _FOR_COMPANY_RE.search(before) or bool(_COMPANY_PART_RE.search(before))) \
        and not _PEER_UNIT_RE.search(piece[last.end():])


def _by_sub_unit_row(cands: list[Candidate], question: str) -> None:
    """A table row of one of the unit's own departments or stations ("Phòng Kiểm định Đo lường (trụ sở Trung
    tâm) | 15.240 | 6.105", "Trạm Kiểm định Thủy Nguyên | 4.012") is a part of the unit's figure, unless the
    question asks of a department or station: the unit's total row ("Tổng cộng toàn Trung tâm") or its text
    answers it."""
    asked = bool(_SUB_UNIT_RE.search(question))
    named = _sub_unit_name(question) if asked else None  # "Trạm Kiểm định An Dương": not "Trạm … Thủy Nguyên"'s row
    if asked and not named:
        return
    for c in cands:
        label = c.clause.label or ""
        if c.clause.column and _SUB_UNIT_RE.match(label) and not (named and named in label):
            c.score *= OTHER_OWNER_FACTOR
            if named:
                c.coverage = min(c.coverage, OTHER_UNIT_COVERAGE)
        elif not c.clause.column and not asked and _OF_WHOLE_OPENING_RE.match(c.clause.sentence) and _SUB_UNIT_KIND_RE.search(
                re.split(r"[,;:]", c.clause.sentence[: c.start - c.clause.sentence_start])[-1]):
            c.score *= OTHER_DOER_FACTOR  # "Trong tổng số PTĐ đã kiểm định, Trạm Kiểm định … thực hiện … 6.742 PTĐ": a
            # station's part of the whole (not "Quý II/2018, Phòng Thử nghiệm của Trung tâm đã … thử nghiệm 298 mẫu")


def _by_named_row(cands: list[Candidate], question: str) -> None:
    """"… tại Chợ Cái Khế" asked: a table row of another of its kind ("Chợ Cái Răng | 186 | 171") is not its
    figure, whatever the words the two share; nor is "Thị xã Duy Tiên"'s row one of "Thị xã Kim Bảng"; nor, where
    a table has the place's own row, a sentence that never names the place."""
    for kind in _NAMED_KIND_RE.finditer(question):
        if (named := _name_after(question[kind.end():])) is None:
            continue
        name = fold(named).lower()
        rows = any(c.clause.column and name in fold(c.clause.label or "").lower() for c in cands)
        for c in cands:
            label = fold(c.clause.label or "").lower()
            if c.clause.column and label.startswith(fold(kind.group(0)).lower() + " ") and name not in label:
                c.score *= OTHER_OWNER_FACTOR
                c.coverage = min(c.coverage, OTHER_UNIT_COVERAGE)
            elif rows and not c.clause.column and name not in fold(f"{c.clause.sentence} {c.clause.passage.section or ''}").lower():
                c.score *= OTHER_OWNER_FACTOR  # a table has the place's row: a sentence never naming it is another's
                # figure ("Số PTĐ được kiểm định năm 2023 là 12.853" of the province, "Huyện Vũng Liêm" asked)


def _by_row_thing(cands: list[Candidate], terms: dict[str, float], m: Matcher) -> None:
    """"Việc kiểm định công tơ điện … đạt bao nhiêu phần trăm kế hoạch": where a table has a row of the thing the
    question's heaviest words name ("Công tơ điện xoay chiều 1 pha, 3 pha | 5.000 | 5.362 | 107,2"), a sentence
    saying none of them ("… kiểm định 23.718 PTĐ các loại, đạt 107,8% kế hoạch năm") is another thing's rate (read
    for rates only: a count's sentence says its thing in words a row label may not share)."""
    heavy = {t for t in _weighty(terms, HEAVY_TERM_SHARE) if not t.startswith("§")}  # (words, not a glossary's concept)
    named: set[str] = set()
    for c in cands:
        if c.clause.column and c.clause.label:
            named |= heavy & m.tokens(c.clause.label).bag()
    if len(named) < 2:  # (a thing named in two words or more: "công tơ điện", not a row's one word in common)
        return
    for c in cands:
        if not c.clause.column and not named & m.tokens(f"{c.clause.sentence} {c.clause.passage.section or ''}").bag():
            c.score *= OTHER_OWNER_FACTOR


def _by_money_table(cands: list[Candidate], question: str) -> None:
    """"Số phương tiện đo kiểm định … đạt bao nhiêu phần trăm kế hoạch": a rate in a table of money (its caption
    "Doanh thu dịch vụ kỹ thuật (triệu đồng)", its row "Kiểm định PTĐ | 5.600,0 | 2.874,5 | 51,3") is the rate of
    the revenue, not of the count, unless the question asks money."""
    if money_unit(question, None) == "đồng" or _MONEY_ASKED_RE.search(question):
        return  # (nor "khoản thu dịch vụ hiệu chuẩn … đạt bao nhiêu % kế hoạch": what is collected is money)
    for c in cands:
        if c.clause.column and _MONEY_TABLE_RE.search(c.clause.context):
            c.score *= OTHER_OWNER_FACTOR


# a table of money (its caption or row: "Doanh thu dịch vụ kỹ thuật (triệu đồng)"), and money asked in a question
_MONEY_TABLE_RE = re.compile(r"\b(?:doanh thu|kinh phí|nguồn thu|dự toán|(?:nghìn|triệu|tỷ) đồng)\b", re.I)
_MONEY_ASKED_RE = re.compile(rf"{_MONEY_TABLE_RE.pattern}|\b(?:khoản thu|thu phí|thu dịch vụ|phí|tiền|nộp|giá trị)\b", re.I)


def _by_other_kinds_row(cands: list[Candidate], question: str) -> None:
    """A table row of the kinds left over ("PTĐ khác (taximet, áp kế, …)", "Các loại khác") is not the figure of
    the things the question names, unless it asks for those others ("… các loại PTĐ khác"): "số phương tiện đo
    … còn thiếu bao nhiêu so với kế hoạch" is the total row's."""
    if OTHER_KINDS_RE.search(question):
        return
    for c in cands:
        if c.clause.column and c.clause.label and OTHER_KINDS_RE.search(c.clause.label.split("(")[0]):
            c.score *= OTHER_OWNER_FACTOR


def _by_month_row(cands: list[Candidate], question: str) -> None:
    """"Doanh thu tháng 8/2021": a table's row of another month ("1 | Tháng 1 | 1.406 | 88 | 598,7") is not its
    figure, however alike the rows' words."""
    asked = {int(m.group(1)) for m in _MONTH_NAMED_RE.finditer(question)}
    if len(asked) != 1:
        return
    for c in cands:
        row = _MONTH_ROW_RE.match(c.clause.label or "") if c.clause.column else None
        if row and int(row.group(1)) not in asked:
            c.score *= OTHER_OWNER_FACTOR
            c.coverage = min(c.coverage, OTHER_UNIT_COVERAGE)


_MONTH_NAMED_RE = re.compile(r"\btháng\s+(\d{1,2})(?!\s*tháng)(?=\s*(?:/|năm|\W|$))(?!\s+(?:đầu|cuối))", re.I)
_MONTH_ROW_RE = re.compile(r"\s*(?:Tháng|T)\s*(\d{1,2})\s*(?:/\s*(?:19|20)\d{2}\s*)?$", re.I)


# the kinds of place a table lists a row each of, named after them ("Chợ Cái Răng", "Huyện Lý Nhân")
_NAMED_KIND_RE = re.compile(r"\b(?:Chợ|Huyện|Thị xã|Thành phố|Quận|Thị trấn|Phường|Xã|Siêu thị|Khu công nghiệp)(?=\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")


_SUB_UNIT_RE = re.compile(r"\b(?<!hải )(?<!hai )(?:phòng|trạm|tổ|đội|bộ phận|chi nhánh|phong|tram|doi|bo phan|chi nhanh)\b"
                          r"(?!\s+(?:chống|chong|ngừa|ngua|cháy|chay))", re.I)  # (not "Hải Phòng", "phòng chống")
def _sub_unit_name(question: str) -> str | None:
    """The name a question gives a station or department: the capitalised words after its kind ("Trạm Kiểm
    định An Dương" → "An Dương"); None when it names none."""
    m = _SUB_UNIT_KIND_RE.search(question)
    return _name_after(question[m.end():]) if m else None


def _name_after(text: str) -> str | None:
    """The capitalised words ``text`` opens with, less their punctuation ("An Dương" of " An Dương kiểm định …");
    None when it opens with none."""
    words = []
    for w in text.split():
        if not w[:1].isupper():
            break
        words.append(w.strip(",.;:?!()"))
    return " ".join(words) or None


_OF_WHOLE_OPENING_RE = re.compile(r"\W*trong\s+(?:tổng\s+)?số\b", re.I)  # "Trong tổng số PTĐ đã kiểm định, …"
_SUB_UNIT_KIND_RE = re.compile(r"\b(?:Trạm|Phòng|Tổ(?! chức)|Đội|Chi nhánh)(?:\s+(?:Kiểm định|Thử nghiệm|Hiệu chuẩn|Đo lường))*(?=\s)")
# the words of a station's or department's name that say what kind it is, not which ("Trạm Kỹ thuật TĐC Năm Căn")
_UNIT_KIND_WORDS = frozenset(fold(w) for w in ("kỹ thuật tđc tiêu chuẩn đo lường chất lượng kiểm định thử nghiệm hiệu "
                                              "quản lý hành chính tổng hợp kế toán nghiệp vụ").split())
# where its name ends: a comma, "của", or the first word of what it did ("Phòng Điện thử nghiệm bao nhiêu mẫu")
_NAME_END_RE = re.compile(r"[,;:?()]|\b(?:của|thuộc|tại|đã|được|trong|năm|là|có|kiểm|thử|thực|đạt|hoàn|hiệu|tiếp|doanh|"
                          r"giao|phải|còn|bao|mấy)\b")
_LEFT_OUT_BEFORE_RE = re.compile(r"\b(?:không tính|không kể|trừ|ngoài|khong tinh)\s+$", re.I)


def _sub_unit_words(question: str) -> set[str]:
    """The words that tell which station or department the question names, wherever they stand in its name
    ("Phòng Điện" → {"Điện"}, "Trạm Kỹ thuật TĐC Năm Căn" → {"Năm", "Căn"}; ``_sub_unit_name`` reads only the
    capitals right after its kind), as written (a name keeps its capitals: "Bình Định" is not "kiểm định"); empty when it names none, or one it leaves out ("Không tính
    Trạm …")."""
    out: set[str] = set()
    for m in _SUB_UNIT_KIND_RE.finditer(question):
        if _LEFT_OUT_BEFORE_RE.search(question[: m.start()]):
            continue
        rest = question[m.end():]
        end = _NAME_END_RE.search(rest)
        out |= {w for w in re.findall(r"\w+", rest[: end.start() if end else len(rest)])[:6]
                if w[0].isupper() and fold(w).lower() not in _UNIT_KIND_WORDS}
    return out
_COMPANY_RE = re.compile(r"\b(?:công ty|cong ty|doanh nghiệp tư nhân|tập đoàn|tổng công ty)\b", re.I)
# the province as a whole, asked or totalled ("tổng số PTĐ được kiểm định trên địa bàn tỉnh")
_AREA_RE = re.compile(r"\b(?:trên địa bàn|toàn tỉnh|toàn thành phố|cả tỉnh|tren dia ban|toan tinh)\b", re.I)
_AREA_TOTAL_RE = re.compile(r"\btổng(?: số| cộng)?\b[^;]*?\b(?:trên địa bàn|toàn tỉnh|toàn thành phố|cả tỉnh)\b", re.I)
# another body doing the work ("Công ty Điện lực …", "một số tổ chức kiểm định được chỉ định khác"), and the words
# that make a company one the unit worked with or for instead ("phối hợp với", "cho")
_DOER_COMPANY_RE = re.compile(r"\b(?:tổng công ty|công ty|tập đoàn|tổ chức(?:\s+[^\W\d_]+){0,6}?\s+khác)\b", re.I)
_FOR_COMPANY_RE = re.compile(r"\b(?:với|cho|tại|từ|giúp|hỗ trợ|đến|của|và)\s*$", re.I)
_COMPANY_PART_RE = re.compile(r"\b(?:phòng|bộ phận|xí nghiệp|chi nhánh|trạm)\b[^,;()]{0,40}\bcủa\s*$", re.I)
_DOER_CHARS = 120  # the doer stands this close before its figure
# a company owning the piece of the sentence: "… của Công ty Điện lực …", or opening it ("Công ty … đã kiểm định");
# a company named beside the unit ("phối hợp với …, Công ty Điện lực …") leaves the figure the unit's
_OF_COMPANY_RE = re.compile(r"(?:\bcủa\s+|^\s*(?:[^\W\d_]+\s+){0,4}?)(?:tổng công ty|công ty|tập đoàn)\b", re.I)


def _owner_kind(word: str) -> str:
    return "doan" if word.startswith("doan") else word


OTHER_OWNER_FACTOR = 0.6
OTHER_DOER_FACTOR = 0.3
# a row naming a unit beside a centre, not one of its own departments ("Phòng Thử nghiệm Dệt may …")
_PEER_UNIT_RE = re.compile(r"(?:Viện|Trung tâm|Chi cục|Cục|Tổng cục|Sở|Công ty|QUATEST)\b")
OTHER_UNIT_COVERAGE = 0.5  # the most a row of another unit than the centre asked covers of the question
OTHER_DOER_COVERAGE = 0.4  # … and a company's figure of a unit's question, even of the unit asked (below RELAXED_COVERAGE)
# the kinds of unit a provincial report gives figures to (folded): its Chi cục, a technical or application
# centre, the department's inspectorate, an inter-agency inspection team
_OWNER_KIND_RE = re.compile(r"\b(chi cuc|trung tam|thanh tra so|doan (?:kiem tra )?lien nganh)\b")
# (folded) a unit set aside before another's doing is told: "bên cạnh hoạt động của chi cục, trung tâm …"
_SET_ASIDE_UNIT_RE = re.compile(r"\b(?:ben canh|ngoai)\b(?:\s+\w+){0,4}?\s+(chi cuc|trung tam)\b")


def _other_centre(c: Candidate, question: str) -> bool:
    """Does the figure's sentence name, before it, a numbered technical centre ("QUATEST 1", "Trung tâm Kỹ
    thuật 3") the question does not?"""
    asked = {m.group(0).split()[-1] for m in CENTRE_RE.finditer(question)}
    lead = _sentence_before(c)
    return any(m.group(0).split()[-1] not in asked for m in CENTRE_RE.finditer(lead))


def _out_of(a: Candidate, b: Candidate) -> bool:
    """Are the two figures a part and the whole it is out of ("2.017 yêu cầu … trên tổng số 4.884", "261/1.641")?
    They do not compete: the question's words pick one and the other is its whole."""
    if a.clause.sentence_start != b.clause.sentence_start:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    between = first.clause.passage.text[first.end - first.clause.passage.start : second.start - first.clause.passage.start]
    return bool(re.fullmatch(r"\s*/\s*", between) or re.search(r"\btrên\s+(?:tổng\s+)?(?:số\s+)?$", between))


_TOTAL_WORD_RE = re.compile(r"\b(?:tổng|tong)\b", re.I)  # a whole asked ("tổng cộng", "tổng số", "tong so")
_TOTAL_COLUMN_RE = re.compile(r"(?:^|\s)(?:tổng|tổng cộng|tổng số|cộng)\s*$", re.I)  # "Năm 2017 Thực hiện Tổng"


def _own_parts(c: Candidate, scorer: Scorer, lead: bool = True) -> tuple[set[str], set[str]]:
    """The words a figure says alone, as two bags: its lead -- a table cell's column, or the words from the
    previous figure's unit up to it ("với hình thức cảnh cáo" of "03 cơ sở" after "xử lý 21 cơ sở vi phạm") --
    and its unit. What comes before a clause's first figure ("Đoàn kiểm tra liên ngành đã kiểm tra") is its own
    only against a figure of another clause (``lead``); against one of the same clause it says what both are."""
    text, local, end = c.clause.text, c.start - c.clause.start, c.end - c.clause.start
    if c.clause.column:  # ("TH/KH (%)": the plan's and the done's abbreviations spelt out) and its row's label
        said = f"{spell_column(c.clause.column)} {c.clause.label}"  # ("Taximet": no other row's figure says it)
        return scorer.m.tokens(said).bag(), set()
    start = 0 if lead else local
    figures = [q for q in find_quantities(text[:local]) if q.kind in ("number", "percent", "date")]
    if figures:
        start = _after_unit(text, figures[-1].end)
    said = text[start:local] + (f" {list_lead(c.clause)}" if lead and not figures else "")  # (a list's lead line:
    # "Tạp chí điện tử Vietq.vn … Kết quả năm 2024:" over "Lượt truy cập: 18.426.700 lượt")
    unit_end = _after_unit(text, end)
    # (against a figure of the same clause, a unit cut at a comma that goes on naming what is counted, "21 doanh
    # nghiệp, hợp tác xã lập hồ sơ đăng ký cấp mới …" beside "06 doanh nghiệp làm thủ tục cấp lại": what follows, up
    # to a bracket, a stop or the next figure)
    more = None if lead else _UNIT_GOES_ON_RE.match(text, unit_end)
    return scorer.m.tokens(said).bag(), scorer.m.tokens(text[end : more.end() if more else unit_end]).bag()


_UNIT_GOES_ON_RE = re.compile(r",\s+[a-zà-ỹđ][^\d(;.:]{0,80}")


def _after_unit(text: str, end: int) -> int:
    """Where the unit written after a figure ending at ``end`` ends (``end`` when none is): up to six words, so
    that "hồ sơ công bố hợp quy" is whole (the unit stops at "và", "với", "của" …)."""
    unit = unit_after(text, end, max_words=6)
    at = text.find(unit, end) if unit else -1
    return at + len(unit) if at >= 0 else end


def _year_after(c: Candidate, years: list[int]) -> bool:
    """Is the figure's year written right after it ("cao hơn mức 89,1% của năm 2022")?"""
    after = c.clause.sentence[c.end - c.clause.sentence_start :][:30]
    return any(re.match(rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:của|trong|vào)\s+(?:cả\s+)?năm\s+{y}\b", after, re.I) for y in years)


_COUNTED_NOUN_RE = re.compile(r"(?<!\w)(?:tổng\s+)?số\s+(?:lượng\s+)?(?!\d)", re.I)  # "số áp kế", "số lượng công tơ"


def _named_place(question: str) -> str | None:
    """The name, folded, of a place the question asks about after "tại" / "ở" ("tại Đà Nẵng"), two words at
    least and no unit's name ("tại Chi cục", "ở Trung tâm")."""
    m = _AT_PLACE_RE.search(question)
    if not m:
        return None
    words = [w for w in m.group(1).split() if not w.upper().startswith("TP")]
    if len(words) < 2 or words[0].lower() in _UNIT_HEADS:
        return None
    return fold(" ".join(words)).lower()


_UNIT_HEADS = frozenset({"chi", "trung", "tổng", "sở", "viện", "phòng", "cục", "ban", "văn", "bộ", "ủy", "uỷ", "công", "tỉnh",
                         "thành", "huyện", "xã", "quận", "hội", "đoàn", "cửa", "cơ", "doanh", "hợp", "nhà", "trường", "chợ"})


# the cities that are provinces of their own (folded): "thành phố Cần Thơ" is no place below the province
_PROVINCE_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}


def _local_place(question: str) -> str | None:
    """The name of a place below the province the question names with capitals ("huyện Hoài Nhơn"), lower-cased
    (folded when the question is typed without diacritics)."""
    places = _local_places(question)
    return places[0] if places else None


def _local_places(question: str) -> list[str]:
    """Every place below the province the question names: the first one and those written with it ("hai huyện
    Cao Lộc và Lộc Bình", "thành phố Ninh Bình, thị xã Tam Điệp"), lower-cased as :func:`_local_place` gives it."""
    m = _LOCAL_PLACE_RE.search(question)
    name = (_name_after(m.group(1)) or "").lower() if m else ""  # (the group holds letters only)
    if not name or fold(m.group(0).split()[0]).lower() == "thanh" and fold(name) in _PROVINCE_CITIES:
        return []  # ("thành phố Đà Nẵng" is a province: its report's figures are its own)
    names = [name]
    rest = question[m.start(1) + m.group(1).lower().find(name) + len(name):]
    while (more := _PLACE_WITH_RE.match(rest)) and (other := _name_after(more.group(2))) and (
            more.group(1) or other.split()[0].lower() not in _UNIT_HEADS):  # ("…, Trung tâm Kỹ thuật": no place)
        names.append(other.lower())
        rest = rest[more.start(2) + len(other):]
    return [n if has_diacritics(n) else fold(n) for n in names]



def _other_place_named(c: Candidate, names: list[str]) -> bool:
    """Does the figure's sentence name, before it, another place below the province and nowhere any of ``names``?"""
    sentence = c.clause.sentence
    if any(_writes_place(sentence, n) for n in names):
        return False
    lead = sentence[: max(0, c.start - c.clause.sentence_start)]
    return any((named := _local_place(m.group(0))) and named not in names for m in _LOCAL_PLACE_RE.finditer(lead))


def _listed_with_others(sentence: str, name: str) -> bool:
    """Does ``sentence`` write the place ``name`` only in a list of places ("thành phố Nam Định và các huyện Hải
    Hậu, Giao Thủy, Nghĩa Hưng"), so that its figure is theirs together, none of them alone?"""
    text = sentence if has_diacritics(name) else fold(sentence)
    found = False
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I):
        found = True
        before, after = text[: m.start()], text[m.end():]
        if not (_LISTED_BEFORE_RE.search(before) and not _ADDRESS_UP_RE.search(before) or _LISTED_AFTER_RE.match(after)):
            return False  # (written once on its own: that place's figure may be there)
    return found


# a place listed with others: another capitalised name right before it or right after it, parted by a comma or "và",
# with at most the kind of the places between ("và các huyện Hải Hậu, Giao Thủy"); an address ("Phường Bần Yên Nhân,
# thị xã Mỹ Hào", "thị xã Mỹ Hào, tỉnh Hưng Yên") goes up the levels and lists nothing
_DISTRICT_KINDS = r"huyện|huyen|quận|quan|thị xã|thi xa|thành phố|thanh pho"
_COMMUNE_KINDS = r"phường|phuong|xã|xa|thị trấn|thi tran"
_LISTED_BEFORE_RE = re.compile(rf"(?-i:[A-ZĐÀ-Ỹ][^\W\d_]*)\s*(?:,|\bvà|\bva)\s+(?:(?:các|cac)\s+[^\W\d_]+(?:\s+xã)?\s+"
                               rf"|(?:{_DISTRICT_KINDS})\s+)?$")
# … unless the place before is one level down ("Phường Bần Yên Nhân, thị xã Mỹ Hào": its address)
_ADDRESS_UP_RE = re.compile(rf"\b(?:{_COMMUNE_KINDS})\s+[^,;]*,\s*(?:{_DISTRICT_KINDS})\s+$", re.I)
_LISTED_AFTER_RE = re.compile(rf"\s*(?:,|và\b|va\b)\s*(?:(?:các|cac)\s+)?(?:{_DISTRICT_KINDS}|xã|xa|phường|phuong|chợ|cho)?\s*"
                              r"(?-i:[A-ZĐ])(?!\S*\s*\d)")

# another place written right after one the question names, parted by a comma or "và" ("hai huyện Cao Lộc và Lộc
# Bình", "thành phố Ninh Bình, thị xã Tam Điệp"), its kind between or none
_PLACE_WITH_RE = re.compile(rf"\s*(?:,|\b(?:và|va|hoặc)\b)\s*((?:{_DISTRICT_KINDS}|xã|xa|phường|phuong|chợ|cho)\s+)?"
                            r"((?-i:[A-ZĐÀ-Ỹ])\w*(?:\s+(?-i:[A-ZĐÀ-Ỹ])\w*){0,3})", re.I)


def _places_there(c: Candidate, name: str) -> bool:
    """Does a table cell's row (with its caption) name the place ``name``? ("Chợ Cái Răng | 186 | 171" is no
    figure of "Chợ Cái Khế".)"""
    return _writes_place(f"{c.clause.sentence}\n{c.clause.context}", name)


def _writes_place(text: str, name: str) -> bool:
    """Does ``text`` write the place ``name`` as whole words, with its diacritics when the name has them
    ("Lục Yên" is not the "lực Yên" of "Điện lực Yên Bái")?"""
    text = text.lower() if has_diacritics(name) else fold(text).lower()
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _names_counted(c: Candidate, a: Analysis) -> bool:
    """Does the figure's sentence (or row and column) name the thing the question counts ("Số công tơ điện …
    bao nhiêu chiếc": "công tơ điện")? False when the question names none."""
    q = a.core or a.question
    counted = _COUNTED_NOUN_RE.search(q)
    noun = question_unit(f"bao nhiêu {q[counted.end():]}") if counted else None
    if not noun:
        return False
    head = " ".join(fold(w) for w in noun.lower().split()[:2])
    said = " ".join(fold(w) for w in f"{c.clause.sentence} {c.clause.context or ''}".lower().split())
    return f" {head} " in f" {said} "


def _bracketed_plan(c: Candidate) -> bool:
    """Is the figure the plan a bracket opens right before it ("(kế hoạch: 4.300 PTĐ)")?"""
    return not c.clause.column and bool(_PLAN_BRACKET_RE.search(_just_before(c)))


def _change_of_year(c: Candidate, years: list[int]) -> bool:
    """Is a rate the change of the figure right before it, written right after its year ("năm 2018 kiểm định
    12.450 PTĐ, tăng 8,2% so với năm 2017")?"""
    if c.kind != "percent":
        return False
    m = _CHANGE_OF_RE.search(_just_before(c, 80))
    return bool(m) and any(_year_at_end(m.group(1), y) for y in years)


# a figure's own year written right after it ("11,3% năm 2018"), and a figure right before a "năm" ("11,3% năm ")
_YEAR_RIGHT_AFTER_RE = re.compile(r"\s*(?:năm|nam)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)", re.I)
_OF_FIGURE_BEFORE_RE = re.compile(r"\d\s?%?\s+(?:năm|nam)\s+$", re.I)


def _year_at_end(text: str, year: int) -> re.Match[str] | None:
    """The year written at the end of ``text``, only words between it and the end ("năm 2018 kiểm định ")."""
    return re.search(rf"\b{year}\s*(?:\(|:|-|–)?[^\d;.,()]{{0,25}}$", text)


_CHANGE_OF_RE = re.compile(r"(.*?)\d[\d.,]*\s+[^\W\d_][^\d;()]{0,30}?,?\s+(?:tăng|giảm)(?:\s+thêm)?\s*$", re.I | re.S)


def _clause_after(c: Candidate) -> str:
    """The figure's clause after the figure."""
    return c.clause.text[c.end - c.clause.start:]


def _sentence_before(c: Candidate) -> str:
    """The figure's sentence up to the figure."""
    return c.clause.sentence[: c.start - c.clause.sentence_start]


def _just_before(c: Candidate, chars: int = 30) -> str:
    """The text right before a figure (where "năm 2018 là" stands)."""
    at = c.start - c.clause.passage.start
    return c.clause.passage.text[max(0, at - chars) : at]


def _bracket_years(c: Candidate) -> set[int]:
    """The year a bracket still open before the figure starts with ("(năm 2023: kiểm tra 152 cơ sở, phát hiện
    21 cơ sở vi phạm)"): every figure in it is of that year."""
    head = _sentence_before(c)
    at = head.rfind("(")
    m = (_BRACKET_YEAR_RE.match(head[at:]) or _BRACKET_OPENS_YEAR_RE.match(head[at:])) \
        if at >= 0 and ")" not in head[at:] else None
    if m is None and at >= 0 and ")" not in head[at:]:  # "So với cùng kỳ năm 2020 (kiểm tra 64 cơ sở, …, xử phạt 89,0
        m = _YEAR_OPENS_BRACKET_RE.search(head[:at])  # triệu đồng)": the bracket right after the year is that year's
    return {int(m.group(1))} if m else set()


# a rate stated against a year, right after it: "tăng 13,5% so với năm 2019"
_AGAINST_YEAR_AFTER_RE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?((?:19|20)\d{2})\b", re.I)
_YEAR_OPENS_BRACKET_RE = re.compile(r"\b(?:năm|nam)\s+((?:19|20)\d{2})\s*$", re.I)
# "(năm 2021 kiểm tra 876 chiếc cân tại 5 chợ, tỷ lệ không đạt 8,3%)": a bracket opening on a year, no colon
_BRACKET_OPENS_YEAR_RE = re.compile(r"\(\s*(?:năm|nam)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)", re.I)
_BRACKET_YEAR_RE = re.compile(r"\(\s*(?:\d{1,2}\s+(?=tháng))?[^():\d]{0,30}?(?:năm\s+|nam\s+|/)?((?:19|20)\d{2})\s*:", re.I)


def _other_years(c: Candidate, wanted: set[int]) -> set[int]:
    """Years written just before a figure other than the asked ones."""
    return {int(y) for y in re.findall(r"(?<![\d/:.-])((?:19|20)\d{2})(?![\d/])", _just_before(c))} - wanted  # not "17025:2017"


# a question about a verdict ("đạt", "vi phạm", "bị trả về") may be answered by a negated figure
_VERDICT_RE = re.compile(r"\b(đạt|dat|vi phạm|vi pham|phù hợp|có dấu|có bản|bị|bi|trả về|trả lại|từ chối|thu hồi|"
                         r"loại bỏ|sai|phát hiện|phat hien)\b", re.I)
_FOUND_RE = re.compile(r"\bphát hiện\b", re.I)  # what an inspection found wrong
_AT_FAULT_UNIT_RE = re.compile(r"\bvi phạm$", re.I)  # the things counted are those at fault: "15 cơ sở vi phạm"
# a whole of those at fault the figure is a part of: "Trong 15 cơ sở vi phạm có ", "trong số 87 PTĐ không đạt, "
_AT_FAULT_WHOLE_RE = re.compile(r"\btrong\s+(?:tổng\s+)?(?:số\s+)?\d[\d.,]*\s+[^\d;]*?\b(?:vi phạm|không đạt|bị phát hiện)\b[^\d;]*$",
                                re.I)
# a denial the figure after it is an exception to: "không phát hiện vi phạm về lượng nhưng có 2 cơ sở …"
_DENIED_BUT_RE = re.compile(r"\b(?:không|chưa)\s[^\d]*\b(?:nhưng|song|tuy nhiên)\b", re.I)
DENIED_BUT_FACTOR = 0.7
# a sentence that opens on its year: "Tính đến năm 2023, …", "Cả năm 2020, …", "Trong năm 2020, …", "Năm 2022, …"
_SCOPE_YEAR_RE = re.compile(r"\W*(?:(?:lũy kế\s+|tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?|(?:lũy kế\s+)?(?:cả|trong|riêng)\s+năm\s+|"
                            r"năm\s+(?=(?:19|20)\d{2}\s*,))((?:19|20)\d{2})\b", re.I)
def _opened_by_other_year(c: Candidate, years: list[int]) -> bool:
    """Is ``c`` a figure of prose whose sentence opens with a time of a year not among ``years`` and names none of
    them before it ("Sáu tháng đầu năm 2023, … kiểm định 8.913 phương tiện đo" when 2024 is asked)?"""
    opened = None if c.clause.column else _TIME_OPENING_RE.match(c.clause.sentence)
    return bool(opened) and int(opened.group(1)) not in years and not any(
        str(y) in c.clause.sentence[: max(0, c.start - c.clause.sentence_start)] for y in years)


# a sentence opened by the time it tells of, a year in it ("Sáu tháng đầu năm 2023, …", "Quý II/2023, …", "Năm 2023, …")
_TIME_OPENING_RE = re.compile(r"\W*(?:(?:trong|riêng|lũy kế|tính chung)\s+)?(?:(?:\d{1,2}|sáu|chín|ba|mười một|mười hai)\s+tháng"
                              r"(?:\s+(?:đầu|cuối))?\s+(?:của\s+)?năm\s+|(?:cả\s+)?năm\s+|quý\s+(?:[IV]+|\d)\s*(?:/\s*|năm\s+))"
                              r"((?:19|20)\d{2})\s*,", re.I)
_CLAUSE_YEAR_RE = re.compile(r"\W*(?:và\s+|còn\s+)?năm\s+(?:19|20)\d{2}\b", re.I)
_NAMED_YEAR_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.I)
_AGAINST_BEFORE_RE = re.compile(r"\bso với\s+(?:cùng kỳ\s+)?(?:năm\s+)?$", re.I)  # "… so với cùng kỳ năm" before a year


def _clause_year(c: Candidate) -> int | None:
    """The year the piece of a clause holding the figure opens on (after a ";" or ":"), when it is the last year
    said there before the figure, not one compared with: "… qua các năm: năm 2022 phục hồi, đạt 3.012 chiếc; năm
    2023 đạt 3.862 chiếc và năm 2024 đạt 4.417 chiếc" (3.012 is 2022's, 4.417 2024's)."""
    before = c.clause.text[: c.start - c.clause.start]
    pieces = re.split(r"[;:]", before)
    if len(pieces) < 2 and c.clause.start == c.clause.sentence_start:
        return None  # (a sentence's own opening, "Năm 2019, …", is ``_SCOPE_YEAR_RE``'s)
    piece = re.sub(r"\([^()]*\)", " ", pieces[-1])  # (not "(năm 2018 là 7 đoàn)": a figure of its own)
    if not _CLAUSE_YEAR_RE.match(piece):
        return None
    said = [m for m in _NAMED_YEAR_RE.finditer(piece) if not _AGAINST_BEFORE_RE.search(piece[: m.start()])]
    return int(said[-1].group(1)) if said else None


_AMOUNT_RE = re.compile(r"\btổng số tiền\b", re.I)  # how any fine or amount is written, not a total of parts
# a part of the previous answer's figure is asked ("Trong đó có bao nhiêu bộ bị trả về?" after "… tiếp nhận
# 1.342 hồ sơ"): that whole is not the part, nor is the part larger
_PART_OF_PREVIOUS_RE = re.compile(r"\btrong (?:số )?(?:đó|này)\b|\btrong do\b", re.I)
# "Trong 7 cơ sở vi phạm, …", "Trong số 142 PTĐ không đạt …" (not a period: "Trong 6 tháng đầu năm …"): a whole named
_PART_OF_STATED_RE = re.compile(r"\s*trong\s+(?:tổng\s+)?(?:số\s+)?(\d[\d.,]*\s+(?!(?:tháng|năm|quý|ngày|tuần)\b)[^\W\d_]+)",
                                re.I)
STATED_WHOLE_FACTOR = 1.15
# "Tỷ lệ mẫu …" asked; "… 13,2% tổng số mẫu" names the whole the share is of; "từ 0,4% đến 0,9%" is a spread
_RATED_Q_RE = re.compile(r"\b(?:tỷ lệ|tỉ lệ|ty le)\s+(?:số\s+)?([^\W\d_]+(?:\s+[^\W\d_]+){0,2})", re.I)
_SHARE_OF_WHOLE_RE = re.compile(r"\s*%?\s*(?:trên\s+|của\s+)?(?:tổng số|tổng)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})", re.I)
SHARE_OF_WHOLE_FACTOR = 1.3
_RANGE_AROUND_RE = re.compile(r"\btừ\s+\d[\d.,]*\s*%?\s*(?:đến|tới|-|–)\s*\d[\d.,]*\s*%", re.I)
_RANGE_ASKED_RE = re.compile(r"\b(?:từ|đến|dao động|khoảng|tu|den|dao dong)\b", re.I)
# a verdict a rate is asked of ("tỷ lệ PTĐ đạt yêu cầu"), and how much more the share after its count weighs
_VERDICT_Q_RE = re.compile(r"\b(?:đạt|đáp ứng|không đạt)\s+(?:yêu cầu|tiêu chuẩn|quy chuẩn)\b", re.I)
VERDICT_SHARE_FACTOR = 1.5
# a share written right after the count it is of: "05 mẫu không đạt, chiếm tỷ lệ " (before "13,2% tổng số mẫu")
_SHARE_OF_COUNT_RE = re.compile(r"\d[\d.,]*\s+[^\d;.]{1,100}?\s*[,(]?\s*(?:chiếm|bằng)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?$", re.I)
# a figure the report says it leaves out of its own: "(không tính vào số liệu của Chi cục)"
_NOT_COUNTED_RE = re.compile(r"[^.;()\d]{0,40}\(\s*(?:không|chưa)\s+(?:tính|được tính|tổng hợp)\s+vào\s+(?:số liệu|kết quả)"
                             r"(?:\s+(?:của|cua)\s+((?:chi cục|trung tâm|sở|tổng cục|viện)\b))?", re.I)
NOT_COUNTED_FACTOR = 0.3
# a single month asked ("tháng 5 năm 2023", "Tháng 5/2024"; not "5 tháng", nor "tính đến tháng 5"); a cumulative figure
_MONTH_ASKED_RE = re.compile(r"(?<!đến )(?<!den )\b(?:tháng|thang)\s+(?:[1-9]|1[0-2])\b(?!\s+tháng)", re.I)
# "Đến hết tháng 6/2023", "Tính đến cuối tháng 11/2022": up to that month, not the month alone
_UP_TO_MONTH_RE = re.compile(r"\b(?:(?:đến|hết|từ|den|het|tu)\s+(?:hết\s+|het\s+|cuối\s+|cuoi\s+)?|cuối\s+|cuoi\s+)(?:tháng|thang)\b", re.I)
# a part singled out ("Riêng chi phí thử nghiệm … là bao nhiêu") and a bracket that holds parts ("(bao gồm …)")
_SINGLED_OUT_RE = re.compile(r"\b(?:riêng|rieng)\s+(.+?)\s*(?:\b(?:năm|của|tại|ở|là|bao nhiêu|trong)\b|,|\?|$)", re.I)
# those a figure was for, several named: "cho các doanh nghiệp thủy điện, xây dựng và bệnh viện"
_SERVED_LIST_RE = re.compile(r"[^\d]{0,80}?\b(?:cho|phục vụ)\s+((?:[^\W\d_]+\s+){0,6}?[^\W\d_]+\s*(?:,|\svà\s)\s*[^\d]+)", re.I)
_INCLUDES_AFTER_RE = re.compile(r"[^.;()\d]{0,40}\(\s*(?:bao gồm|gồm|kể cả)\b([^()]*)\)", re.I)
NAMED_DOCUMENT_FACTOR = 1.3  # a figure whose sentence holds the document number the question names


def _cumulative(text: str) -> bool:
    """Does ``text`` say a figure runs over several months ("lũy kế", "5 tháng")?"""
    return bool(CUMULATIVE_RE.search(text) or _MONTHS_RE.search(text))


_STATED_AVERAGE_RE = re.compile(r"\b(?:bình quân|trung bình|binh quan|trung binh)\b|^\s*\S*\s*[^\W\d_]+/(?:người|tháng|năm)\b",
                                re.I)
_FIGURE_BRACKET_RE = re.compile(r"\([^()]*\d[^()]*\)")
# a whole year said of the plan a result is measured against, not of the result ("đạt bao nhiêu % kế hoạch … cả năm")
_PLAN_WHOLE_YEAR_RE = re.compile(r"(\b(?:kế hoạch|chỉ tiêu|ke hoach|chi tieu|KH)\b[^,?]{0,40}?)\b(?:cả|ca)\s+(?:năm|nam)\b", re.I)
_CHANGE_SAID_RE = re.compile(r"\b(?:tăng|giảm)\s+(?:thêm\s+|khoảng\s+|gần\s+|hơn\s+)?$", re.I)  # "tăng 6,7%"
_RATIO_ASKED_RE = re.compile(r"\b(?:bằng|bang)\s+(?:khoảng\s+)?(?:bao nhiêu|bao nhieu|mấy)\s*(?:%|phần trăm|phan tram)", re.I)
_CHANGE_WORD_RE = re.compile(r"\b(tăng|giảm|tang|giam|nhiều hơn|ít hơn|nhieu hon|it hon|chênh lệch|chenh lech|hụt|sụt|"
                             r"hut|sut)\b", re.I)
# a ratio column that names its base ("So sánh (%) TH/KH năm", "Tỷ lệ so với cùng kỳ") and the base a question names
_RATE_LEAD_RE = re.compile(r"\b(?:bằng|đạt|tăng|giảm|là|chiếm|tương đương)\s+(?:khoảng\s+|gần\s+|hơn\s+)?$", re.I)
_AGAINST_AFTER_RE = re.compile(r"[^.;\d]{0,25}?\b(?:so với|cùng kỳ|năm trước|năm ngoái)\b", re.I)
_RATIO_BASE_RE = re.compile(r"(?:/\s*|\bso với\s+)(kh|kế hoạch|ck|cùng kỳ)\b", re.I)
_BASE_ASKED_RE = re.compile(r"\b(?:(kế hoạch|ke hoach|kh)|(cùng kỳ|cung ky))\b", re.I)


def _earlier_period_asked(query: str) -> bool:
    """Does the question measure against the same period before or an earlier year ("so với cùng kỳ", "so với năm
    2022"), not against the plan?"""
    base = _BASE_ASKED_RE.search(query)
    return bool(base and base.group(2)) or earlier_named(query)


def _base_asked(c: Candidate, query: str) -> bool:
    """A percent against the base the question asks ("đạt bao nhiêu % kế hoạch năm" of "So sánh (%) TH/KH năm";
    "bằng bao nhiêu % so với cùng kỳ" of "TH/cùng kỳ"): the ratio asked, not a change."""
    column = c.clause.column or ""
    base = _RATIO_BASE_RE.search(column)
    if c.kind != "percent" or not base or re.search(r"\b(?:tăng|giảm|chênh)\b", column, re.I):
        return False
    asked = _BASE_ASKED_RE.search(query)
    plan = base.group(1).lower() in ("kh", "kế hoạch")
    return bool(asked) and bool(asked.group(1)) == plan


_CHANGE_COLUMN_RE = re.compile(r"\b(tăng|giảm|so sánh|chênh|tang|giam|so sanh)\b", re.I)
# a column of one figure over another, named so: "Thực hiện/Dự toán (%)", "TH/KH (%)", "2018/2017 (%)"
_SHARE_COLUMN_RE = re.compile(r"\w\s*/\s*\w[^|]*\(\s*%\s*\)", re.I)


def _year_columns(text: str) -> tuple[int, int]:
    """The widest run of three years or more that a table gives a column each, one after the other, in its header
    ("TT | Chỉ tiêu | ĐVT | 2019 | 2020 | 2021 | 2022 | 2023 | …": a year-end report's trend table), or a row each,
    one under the other ("… | Năm 2022 | 33.518 | …" then "… | Năm 2023 | …": a report gathering the years'
    figures), as (first, last); (0, 0) when none does."""
    best, widest = (0, 0), 2
    rows: list[int] = []  # the years of the table rows just read, one a row
    for line in text.split("\n"):
        if line.count(" | ") < 2:
            rows = []
            continue
        years = [int(m.group(1)) for cell in line.split(" | ") if (m := _YEAR_CELL_RE.fullmatch(cell.strip()))]
        if len(years) != 1:
            rows = []
        else:  # (a row's one year cell: the run goes on if it follows the row above's)
            rows = rows + years if rows and years[0] == rows[-1] + 1 else years
        if len(rows) > widest:
            best, widest = (rows[0], rows[-1]), len(rows)
        if line.count(" | ") < 3:
            continue
        run = 1
        for k in range(1, len(years)):
            run = run + 1 if years[k] == years[k - 1] + 1 else 1
            if run > widest:
                best, widest = (years[k] - run + 1, years[k]), run
    return best


_YEAR_CELL_RE = re.compile(r"(?:năm\s+)?((?:19|20)\d{2})", re.IGNORECASE)



def _spanned_years(reports: Iterable[dict]) -> dict[int, int]:
    """The years a period's review covers, as its title says ("… giai đoạn 2018–2022"), each with the year of
    the review that gives it (its tables have a column a year)."""
    years: dict[int, int] = {}
    for meta in reports:
        for m in YEAR_SPAN_RE.finditer(meta.get("title") or ""):
            first, last = int(m.group(1)), int(m.group(2))
            if 0 < last - first <= 10 and meta.get("year") in (last, last + 1):
                years.update({y: meta["year"] for y in range(first, last + 1)})
    return years


# a period review's title: "Báo cáo tổng kết … giai đoạn 2016–2020" (read in the report's opening)
_PERIOD_RE = PERIOD_SPAN_RE  # "giai đoạn 2016–2020"
PERIOD_OPENING_CHARS = 1200
_KINDS_UNIT_RE = re.compile(r"(?:loại|chủng loại|nhóm)\b", re.I)
# (not a stated difference: "nhiều hơn 3 cơ sở", "cao hơn 1,2%")
# (an estimate, "ước đạt 21.684 triệu đồng", is written exactly: no rounding)
_ROUNDED_BEFORE_RE = re.compile(r"\b(?:gần|(?<!nhiều )(?<!cao )(?<!thấp )(?<!ít )hơn|trên|khoảng|xấp xỉ|chừng|gan|khoang)\s+$",
                                re.I)
_ROUNDED_ASKED_RE = re.compile(r"\b(?:gần|hơn|trên|khoảng|xấp xỉ|gan|khoang)\s+(?:bao nhiêu|mấy|bao nhieu|may)\b", re.I)
_EXACT_ASKED_RE = re.compile(r"\b(?:chính xác|chinh xac|chính thức|không (?:phải )?(?:số )?làm tròn|khong lam tron)\b", re.I)
# a sentence opening on a span of years: its figures are the span's ("Giai đoạn 2016-2020, Trung tâm đã kiểm định …")
_SPAN_SCOPE_RE = re.compile(r"\s*(?:trong\s+|cả\s+)?giai đoạn\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\b", re.I)
_SPAN_COLUMN_RE = re.compile(r"\bgiai đoạn\b|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b", re.I)
# the years a total is asked over, said as a count: "cộng cả 5 năm", "trong cả 3 năm", "cả hai năm"
_YEARS_COUNTED_RE = re.compile(r"\b(?:cộng\s+)?(?:cả|trong|suốt|trong\s+cả)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu)\s+năm\b", re.I)
# the words asking a total, said of no one year's figure: "tổng số", "cộng (cả|lại)", "gộp" (not "Tổng doanh thu",
# which a table's "Tổng cộng" row writes)
_ADDING_WORDS_RE = re.compile(r"\b(?:tổng\s+số|cộng\s+(?:cả|lại)|gộp)\b", re.I)
# years listed to be added: "năm 2022 và năm 2023", "2021, 2022 và 2023"
_YEARS_LISTED_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*(?:,|và|va)\s*(?:năm\s+|nam\s+)?(?:19|20)\d{2}(?!\d)", re.I)
# a percentage asked of two years' figures: "bằng bao nhiêu phần trăm", "(tăng) bao nhiêu %"
_PERCENT_ASKED_RE = re.compile(r"\b(?:(?:bằng|bang)\s+)?(?:bao nhiêu|bao nhieu|mấy)\s*(?:phần trăm|phan tram|%)", re.I)
# the words adding a figure up over years: "tổng" (not "tổng kết"), "cộng", "gộp"
_YEARS_ADDED_RE = re.compile(r"\b(?:tổng(?!\s+kết)|cộng|gộp)\b", re.I)


def _summed_years(a: Analysis) -> list[int]:
    """The years whose figures a question asks to add, when it asks a total over them and not of one of them:
    a span with adding words ("cộng cả 5 năm 2019–2023", "tổng doanh thu … 2022-2024") or two years or more
    added ("Cộng cả hai năm 2022 và 2023, … tổng cộng bao nhiêu hồ sơ"). Empty otherwise."""
    q = a.core or a.question
    if a.kind != "number" or a.previous or a.op in ("diff", "compare_years", "remainder"):
        return []
    span = _YEAR_SPAN_Q_RE.search(q)
    if span:
        lo, hi = int(span.group(1)), int(span.group(2))
        if not 0 < hi - lo <= 10 or set(a.years) - {lo, hi} or not (
                _YEARS_ADDED_RE.search(q) or _YEARS_COUNTED_RE.search(q)):
            return []
        return list(range(lo, hi + 1))
    if a.op == "sum" and len(set(a.years)) >= 2 and _YEARS_LISTED_RE.search(q):
        return sorted(set(a.years))  # (named parts to add, "TCVN và QCVN năm 2021", make a plan of their own)
    return []


_YEAR_SPAN_Q_RE = re.compile(r"((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")
_TIME_FRAME_WORDS = frozenset({"cùng", "kỳ", "cung", "ky"})
_WHOLE_SPAN_RE = re.compile(r"\bc[ảa] (?:giai [đd]o[ạa]n|nhi[ệe]m k[ỳy])\b", re.I)
_WHOLE_YEAR_PLAN_RE = re.compile(r"\b(?:kế hoạch|chỉ tiêu|ke hoach|chi tieu|KH)\s+c[ảa]\s+n[ăa]m\b", re.I)
# "Sau 6 tháng đầu năm 2023, …", "qua 9 tháng": when the figure stands, which the report writes "6 tháng đầu năm"
_AFTER_PERIOD_RE = re.compile(r"\b(?:sau|qua|hết|het)\s+\d{1,2}\s+(?:tháng|thang|quý|quy)\b", re.I)
_AFTER_WORDS = frozenset({"sau", "qua", "hết", "het"})
_DONE_SHARE_RE = re.compile(r"\b(?:hoàn thành|hoan thanh)\s+(?:được\s+|duoc\s+)?(?:bao nhiêu|bao nhieu|mấy)\s*(?:%|phần trăm|phan tram)",
                            re.I)
_DONE_SHARE_WORDS = frozenset({"hoàn", "thành", "hoan", "thanh"})
_CHANGE_TERMS = frozenset({"tăng", "giảm", "thêm", "nhiều", "ít", "hơn", "tang", "giam", "them", "nhieu", "it", "hon"})
_NOT_YET_RE = re.compile(r"\b(?:chưa|chua)\b", re.I)
_REST_WORD_RE = re.compile(r"\bcòn lại\b", re.I)
# the question asks what is left of a whole ("còn bao nhiêu hồ sơ chưa giải quyết", "ngoài … còn bao nhiêu")
_REST_ASKED_Q_RE = re.compile(r"\b(?:còn|con)\b[^?]{0,50}\b(?:chưa|chua|lại|lai)\b|\b(?:ngoài|ngoai)\b[^?]{0,80}\b(?:còn|con)\b",
                              re.I)
_SHORT_SAID_RE = re.compile(r"\bcòn (?:phải|thiếu)\b", re.I)  # "còn phải kiểm định 1.535 PTĐ nữa"
_REST_SAID_RE = re.compile(r"\b(?:còn lại|chưa|đang trong (?:thời )?hạn|đang (?:được )?(?:xử lý|giải quyết|thẩm định)|"
                           r"chuyển sang|tồn)\b", re.I)
# a change asked ("giảm bao nhiêu cơ sở", "nhiều hơn … bao nhiêu"; "có thêm bao nhiêu lượt" only against
# something, "so với năm 2023": "cấp thêm bao nhiêu giấy chứng nhận" counts the new ones); "giảm xuống còn mấy
# ngày", "tăng lên bao nhiêu" ask the level reached
_CHANGE_BEFORE_RE = re.compile(r"\b(?:tăng|giảm|tăng trưởng|nhiều hơn|ít hơn|cao hơn|thấp hơn|vượt|hụt|sụt|bằng|"
                               r"(?<!không )đạt(?!\s+(?:yêu cầu|chất lượng|tiêu chuẩn|hàm lượng))|so với|"
                               r"tương đương|chênh lệch|tang|giam)\b[^\d;]{0,25}$", re.I)
_AGAINST_AFTER_RE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:so với|so voi|so cùng kỳ)\b", re.I)
_CHANGE_ASKED_RE = re.compile(
    r"\b(?:tăng|giảm|nhiều hơn|ít hơn|tang|giam|nhieu hon|it hon)\b(?!\s+(?:xuống|lên|xuong|len)\b)(?!\s+(?:còn|con)\b)"
    r"(?:\s+\S+){0,3}\s+(?:bao nhiêu|bao nhieu|mấy)\b"
    r"|\b(?:bao nhiêu|bao nhieu|mấy)\b[^?]{0,40}\b(?:nhiều hơn|ít hơn|nhieu hon|it hon)\b", re.I)
_AGAINST_RE = re.compile(r"\b(?:so với|so voi)\b", re.I)
_MORE_ASKED_RE = re.compile(r"\b(?:thêm|them)\b(?:\s+\S+){0,3}\s+(?:bao nhiêu|bao nhieu|mấy)\b", re.I)
_HOW_MUCH_MONEY_RE = re.compile(r"\b(?:bao nhiêu|bao nhieu)\s+(?:tiền|tien)\b", re.I)
# a line that opens the lines below it on a year: "6 tháng đầu năm 2023:", "Cả năm 2023:", "Năm 2022:"
_YEAR_LEAD_RE = re.compile(r"\W*(?:(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+|cuối\s+)?|cả\s+|trong\s+|lũy kế\s+)?năm\s+"
                           r"((?:19|20)\d{2})\s*:", re.I)


def _lead_line(text_before: str, lines: int = 6) -> str:
    """The lead line naming a year that a sentence's line hangs from ("Cả năm 2023:" over "Kiểm định 71.562 PTĐ
    …"), looked for over a few short lines above it (``text_before``: the report's text up to the sentence); empty
    when there is none."""
    before = text_before[-(lines + 1) * 250 :].split("\n")  # (a line longer than 240 characters ends the search)
    if before[-1].strip():  # the sentence does not start its line
        return ""
    for line in reversed(before[-lines - 1 : -1]):
        line = line.strip()
        if line.endswith(":"):
            return line if _YEAR_LEAD_RE.fullmatch(line) else ""
        if len(line) > 240:
            return ""
    return ""


def _lead_year(text_before: str) -> int | None:
    """The year of the sentence's lead line (:func:`_lead_line`), if it has one."""
    m = _YEAR_LEAD_RE.fullmatch(_lead_line(text_before))
    return int(m.group(1)) if m else None


_PRIOR_YEAR_RE = re.compile(r"\b(?:năm trước(?: đó)?|năm ngoái)\b(?!\s*(?:là|:)?\s*\d)", re.I)  # a figure of the year before


def _without(terms: dict[str, float], supplied: set[str]) -> dict[str, float]:
    """The question's terms less the words its routed reports supply ("QUATEST 3" asked of QUATEST 3's
    own report is not a word each passage must repeat); never all of them."""
    if supplied:  # the field's name is part of the unit's ("Chi cục TCĐLCL Hà Giang"), supplied with it
        supplied = supplied | {"§TCĐLCL"}
    kept = {t: w for t, w in terms.items() if t not in supplied}
    return kept if kept and supplied else terms


def build_answerer(settings, retriever):  # noqa: ANN001, ANN201
    """The answerer chosen by ``TCDLCL_LLM``: extractive by default, an LLM on top when configured."""
    extractive = ExtractiveAnswerer(retriever, top_k=settings.top_k)
    spec = (settings.llm or "none").strip()
    if spec.lower() in ("", "none", "off"):
        return extractive
    try:
        from assistant.llm import LLMAnswerer, load_chat_model
    except ImportError as exc:  # pragma: no cover
        raise AnswerError(f"LLM support is not available: {exc}") from exc
    return LLMAnswerer(load_chat_model(spec, timeout=settings.llm_timeout), extractive)
