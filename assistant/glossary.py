"""Abbreviations: the field's common terms plus those mined from the indexed reports themselves.

Mining: a parenthesised abbreviation right after the words it abbreviates — ``đánh giá sự phù hợp
(ĐGSPH)`` — is accepted when the initials of the preceding words spell it (``&`` counts as ``và``).
Queries are expanded both ways, so "tiêu chuẩn quốc gia" also finds "TCVN" and "ĐGSPH" finds
"đánh giá sự phù hợp".
"""

from __future__ import annotations

import re
from typing import Callable
from importlib import resources

from ingest.normalize import fold, normalize_text

_PAREN_RE = re.compile(r"\(([A-ZĐ][A-ZĐ&\-]{1,11})\)")
_WORD_RE = re.compile(r"[^\W\d_]+|&", re.UNICODE)


def _initials(abbr: str) -> list[str]:
    return [("&" if c == "&" else fold(c)) for c in abbr if c.isalpha() or c == "&"]


def mine_abbreviations(text: str) -> dict[str, str]:
    """``{ABBR: expansion}`` found in ``text``."""
    found: dict[str, str] = {}
    for m in _PAREN_RE.finditer(text):
        abbr = m.group(1)
        letters = _initials(abbr)
        before = text[max(0, m.start() - 200) : m.start()]
        words = list(_WORD_RE.finditer(before))
        n = len(letters)
        if len(words) < n:
            continue
        cand = words[-n:]
        initials = ["&" if w.group(0) == "&" else fold(w.group(0)[0]) for w in cand]
        initials = ["&" if (i == "v" and w.group(0).lower() == "và" and l == "&") else i
                    for i, w, l in zip(initials, cand, letters)]
        if initials == letters:
            phrase = before[cand[0].start() :].strip()
            found.setdefault(abbr, " ".join(phrase.split()))
    return found


class Glossary:
    def __init__(self, entries: dict[str, list[str]] | None = None) -> None:
        self.entries: dict[str, list[str]] = {}
        for abbr, exps in (entries or {}).items():
            for e in exps:
                self.add(abbr, e)

    @classmethod
    def builtin(cls) -> "Glossary":
        text = resources.files("assistant").joinpath("resources/glossary.tsv").read_text(encoding="utf-8")
        g = cls()
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                abbr, *exps = line.split("\t")
                for e in exps:
                    g.add(normalize_text(abbr), normalize_text(e))
        synonyms = resources.files("assistant").joinpath("resources/synonyms.tsv").read_text(encoding="utf-8")
        for line in synonyms.splitlines():
            if line.strip() and not line.startswith("#"):
                words = [normalize_text(w) for w in line.split("\t") if w.strip()]
                for w in words:
                    g.add("≈" + words[0], w)
                for abbr, exps in list(g.entries.items()):  # "CHXD" is "cửa hàng bán lẻ xăng dầu" too
                    if not abbr.startswith("≈") and any(fold(e) == fold(w) for e in exps for w in words):
                        for w in words:
                            g.add(abbr, w)
        return g

    def add(self, abbr: str, expansion: str) -> None:
        lst = self.entries.setdefault(abbr, [])
        if all(fold(expansion) != fold(e) for e in lst):
            lst.append(expansion)

    def merged(self, other: dict[str, str]) -> "Glossary":
        g = Glossary(self.entries)
        for abbr, exp in other.items():
            g.add(abbr, exp)
        return g

    def expand(self, query: str) -> list[str]:
        """Extra phrases to search for: expansions of abbreviations in the query, and back."""
        extra: list[str] = []
        folded_q = fold(query)
        for abbr, exps in self.entries.items():
            if re.search(rf"(?<![\w&]){re.escape(abbr)}(?![\w&])", query) or re.search(
                rf"(?<![\w&]){re.escape(fold(abbr))}(?![\w&])", folded_q
            ) and len(abbr) >= 4:
                extra.extend(exps)
            else:
                for e in exps:
                    if fold(e) in folded_q:
                        extra.append(abbr)
                        break
        return extra


_RUN_WORD_RE = re.compile(r"[^\W\d_]+|[^\w\s]|\d+|\n")
_ABBR_RE = re.compile(r"(?<![\w&])[^\W\d_]{2,7}(?![\w&])")
_VOWELS = set("aeiouy")


def _is_abbreviation(token: str, folded: bool) -> bool:
    """``NSNN``, ``KĐ`` as written; typed without diacritics, also ``chxd`` (no Vietnamese syllable
    lacks a vowel). Roman numerals ("III") are not abbreviations."""
    if re.fullmatch(r"[IVXLC]+", token):
        return False
    if token.isupper():
        return True
    return folded and token.islower() and not (set(fold(token)) & _VOWELS)


class InitialsIndex:
    """Abbreviations no report defines, read from the words the reports use: "NSNN" is the phrase whose
    syllables' initials spell it ("ngân sách nhà nước") when that phrase clearly outnumbers every other
    phrase so spelled. Vietnamese abbreviations take one letter a syllable, so the reports' own
    wording decides what "CHXD" or "VPHC" stands for, whatever the unit or the field."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._built: tuple[list[str], str, str] | None = None
        self._cache: dict[tuple[str, bool], str | None] = {}

    def _build(self) -> tuple[list[str], str, str]:
        """Every word in text order, with its initial (as written and folded); "|" where a run of words
        breaks (punctuation, digits, line ends), so that no phrase crosses it."""
        if self._built is None:
            words: list[str] = []
            for text in self._texts:
                for m in _RUN_WORD_RE.finditer(text):
                    w = m.group(0)
                    words.append(w.lower() if w[0].isalpha() else "|")
                words.append("|")
            initials = "".join(w[0] for w in words)
            folded = "".join(fold(ch)[:1] or ch for ch in initials)  # one character each: positions stay aligned
            self._built = (words, initials, folded)
        return self._built

    def expansion(self, abbr: str, folded: bool = False) -> str | None:
        """The phrase ``abbr`` stands for in these reports, or None when none stands out."""
        key = (abbr.lower(), folded)
        if key in self._cache:
            return self._cache[key]
        words, initials, folded_initials = self._build()
        counts: dict[str, int] = {}
        # as written first; then with "Đ" and "D" alike ("PĐM" written for "phê duyệt mẫu")
        for hay, needle in ((initials, abbr.lower()), (folded_initials, fold(abbr.lower())))[1 if folded else 0:]:
            at = hay.find(needle)
            while at >= 0:
                phrase = " ".join(words[at : at + len(needle)])
                counts[phrase] = counts.get(phrase, 0) + 1
                at = hay.find(needle, at + 1)
            if counts:
                break
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        best = None
        if ranked:
            top, n = ranked[0]
            second = ranked[1][1] if len(ranked) > 1 else 0
            short = len(abbr) == 2  # "KĐ": kiểm định, không đạt, khóa đào tạo … only a clear winner
            if n >= 2 and ((n >= 3 and n >= 3 * second) if short else n >= 2 * second):
                best = top
        self._cache[key] = best
        return best

    def spell_out(self, question: str, known: Callable[[str], bool], folded: bool) -> str:
        """``question`` with each abbreviation that no report uses (``known`` says which words the
        reports use) replaced by the phrase it stands for there."""
        def repl(m: re.Match[str]) -> str:
            token = m.group(0)
            if not _is_abbreviation(token, folded) or known(token):
                return token
            return self.expansion(token, folded) or token

        return _ABBR_RE.sub(repl, question)
