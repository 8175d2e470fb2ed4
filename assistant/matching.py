"""Term matching between a question and report text: syllables weighted by IDF, abbreviations and
their expansions folded into one concept token (so "tiêu chuẩn quốc gia" matches "TCVN"), optional
accent folding for questions typed without diacritics."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.glossary import Glossary
from assistant.question import QUESTION_WORDS
from ingest.normalize import fold
from vectorstore.tokenize import STOPWORDS, syllables

_YEAR = re.compile(r"(?:19|20)\d{2}")
ABSENT_WEIGHT = 1.0
# phrases that frame a question rather than name its topic ("con số này", "tính đến tháng 6/2023"): when
# it is asked ("hiện nay", "vừa qua", "tính đến giữa tháng 12"), how it is said ("cụ thể")
_FRAMING_RE = re.compile(
    # ("ở mức bao nhiêu phần trăm": the level asked, no word of the figure)
    r"\b(?:(?:ở\s+|o\s+)?(?:mức|muc)(?=\s+(?:bao nhiêu|bao nhieu|mấy|may)\b)|"
    # ("… so với cùng kỳ năm trước": the earlier period a rate is against, "So sánh (%)", not a word of the figure)
    r"(?:(?<=so với )|(?<=so với cùng kỳ )|(?<=so voi )|(?<=so voi cung ky ))(?:năm trước|nam truoc)\b|"
    # ("Tính đến hết tháng 9/2024 … kể từ đầu năm": up to a month since the year began, the period's own words)
    r"(?:tính|tinh) (?:đến|tới|den|toi) (?:hết|het)(?= (?:\d{1,2} )?(?:tháng|quý|năm|thang|quy|nam)\b)|"
    r"(?:kể |ke )?(?:từ|tu) (?:đầu|dau) (?:năm|nam)(?! (?:19|20)\d\d)|"
    r"con số|tính đến|tính tới|tinh den|tổng cộng|tong cong|tất cả|tat ca|khoản|khoan|hiện nay|hien nay|"
    r"hiện tại|hien tai|(?<!phát )(?<!thực )(?<!thể )(?<!xuất )(?<!phat )(?<!thuc )(?<!the )(?<!xuat )(?:hiện|hien)|vừa qua|vua qua|năm qua|cụ thể|cu the|giữa tháng|giua thang|"
    r"(?<!tháng )(?<!thang )(?:cuối năm|cuoi nam)|đến hết|den het|"
    # ("phải kiểm định": the modal before the work to be done, not what is done)
    r"(?:còn\s+|con\s+)?(?:phải|phai)(?=\s+(?:kiểm định|thực hiện|hoàn thành|thử nghiệm|hiệu chuẩn|"
    r"kiem dinh|thuc hien|hoan thanh|thu nghiem|hieu chuan)\b))\b"
    r"|^\s*(?:cả năm|ca nam)\b", re.I)  # ("Cả năm 2023 …" asks the whole year; "kế hoạch cả năm" is a plan's)


@dataclass
class Tokens:
    words: list[str]  # syllables in order (folded if the matcher folds)
    concepts: set[str]

    def bag(self) -> set[str]:
        return set(self.words) | self.concepts


_PROPER_NAME_RE = re.compile(r"[A-ZĐ]\w*(?: [A-ZĐ]\w*)*")  # every word capitalised


class Matcher:
    def __init__(self, glossary: Glossary, idf: Callable[[str, bool], float], folded: bool,
                 df: Callable[[str, bool], int] | None = None) -> None:
        self.glossary = glossary
        self._idf = idf
        self._df = df
        self.folded = folded
        # one pattern per concept: the abbreviation as written (case-sensitive) or any expansion (any case);
        # plus lowercase needles so that most texts are rejected by a cheap substring test
        self._patterns: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = []
        for abbr, exps in glossary.entries.items():
            # a name in a synonym group ("Hoa Kỳ", "Mỹ") is matched as written, never folded: "mỹ nghệ", "mỹ phẩm"
            # are no country
            named = [e for e in exps if abbr.startswith("≈") and _PROPER_NAME_RE.fullmatch(e)]
            plain = [e for e in exps if e not in named]
            forms = [fold(e) for e in plain] + [fold(abbr)] if folded else plain
            forms = sorted({f for f in forms if f and not f.startswith("≈")}, key=len, reverse=True)
            named = [] if folded else named
            if not forms and not named:
                continue
            loose = "|".join(re.escape(f) for f in forms)
            body = f"(?i:{loose})" if folded else f"{re.escape(abbr)}|(?i:{loose})"
            if named:
                body = "|".join(re.escape(f) for f in named) + (f"|{body}" if loose else "")
            # (a footnote mark glued to the last word, "vi phạm hành chính³", ends it)
            pat = re.compile(r"(?<![\w&])(?:" + body + r")(?![^\W¹²³⁰⁴-⁹]|&)")
            needles = tuple({f.lower() for f in forms + named} | {abbr.lower()})
            self._patterns.append((abbr, pat, needles))
        self._cache: dict[str, Tokens] = {}

    def _prep(self, text: str) -> str:
        return fold(text) if self.folded else text

    def concept_spans(self, prepared: str) -> list[tuple[str, int, int]]:
        low = prepared.lower()
        out = []
        for abbr, pat, needles in self._patterns:
            if any(n in low for n in needles):
                out.extend((abbr, m.start(), m.end()) for m in pat.finditer(prepared))
        return out

    def tokens(self, text: str, strip_concepts: bool = False) -> Tokens:
        key = f"{int(strip_concepts)}|{text}"
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        prepared = self._prep(text)
        spans = self.concept_spans(prepared)
        concepts = {"§" + abbr for abbr, _, _ in spans}
        if strip_concepts and spans:
            chars = list(prepared)
            for _, a, b in spans:
                chars[a:b] = " " * (b - a)
            prepared = "".join(chars)
        tok = Tokens(syllables(prepared, fold=self.folded), concepts)
        if len(self._cache) > 20000:
            self._cache.clear()
        self._cache[key] = tok
        return tok

    def weight(self, term: str) -> float:
        if term.startswith("§"):
            base = self._idf(fold(term[1:]).lower() if self.folded else term[1:].lower(), self.folded)
            return max(base, 1.5)
        return max(0.15, self._idf(term, self.folded))

    def absent(self, term: str) -> bool:
        """No indexed report uses this word."""
        return not term.startswith("§") and self._df is not None and self._df(term, self.folded) == 0

    def question_terms(self, question: str) -> dict[str, float]:
        """Content terms of a question with their weights (question words, years and stopwords dropped).

        Which words are question words is decided on the text as written (restored diacritics for a
        question typed without them), then the content words are folded if the matcher folds."""
        concepts = self.tokens(question).concepts
        question = _FRAMING_RE.sub(lambda m: " " * len(m.group(0)), question)
        stripped = question
        prepared = self._prep(question)
        if len(prepared) == len(question):
            chars = list(question)
            for _, a, b in self.concept_spans(prepared):
                chars[a:b] = " " * (b - a)
            stripped = "".join(chars)
        words = [w for w in syllables(stripped) if w not in QUESTION_WORDS and w not in STOPWORDS and not _YEAR.fullmatch(w)]
        out = {c: self.weight(c) for c in concepts}
        if len(prepared) == len(question):  # one phrase, two concepts ("cây xăng": CHXD and its synonyms): counted once
            by_span: dict[tuple[int, int], list[str]] = {}
            for abbr, a, b in self.concept_spans(prepared):
                by_span.setdefault((a, b), []).append("§" + abbr)
            for same in by_span.values():
                for c in sorted(same, key=lambda c: -out.get(c, 0.0))[1:]:
                    if all(c not in other for other in by_span.values() if other is not same):
                        out.pop(c, None)
        for w in words:
            if self.folded:
                # matched accent-folded, weighted by the word as restored ("hồi" is rare, folded "hoi" is not)
                out[fold(w)] = max(out.get(fold(w), 0.0), max(0.15, self._idf(w, False)) if w != fold(w) else self.weight(w))
            else:
                out[w] = self.weight(w)
        return out

    def compound(self, a: str, b: str) -> bool:
        """Do two syllables form one word in this corpus ("hồ sơ", "tổ chức") rather than a phrase
        ("lô xăng")? Decided by how often ``a`` is followed by ``b`` in the indexed chunks."""
        if self._df is None:
            return True
        da = self._df(a, self.folded)
        dab = self._df(f"{a}_{b}", self.folded)
        return da > 0 and dab / da >= 0.5

    def bigrams(self, question: str) -> dict[str, float]:
        """Adjacent content-word pairs of the question ("chỉ định"), weighted by the pair's IDF: the
        evidence that tells "chỉ định" from "kiểm định"."""
        words = self.tokens(question).words
        content = self.question_terms(question)
        out = {}
        for a, b in zip(words, words[1:]):
            if a in content and b in content:
                out[f"{a} {b}"] = max(0.15, self._idf(f"{a}_{b}", self.folded))
        return out
