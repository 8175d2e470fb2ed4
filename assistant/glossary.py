"""Abbreviations: the field's common terms plus those mined from the indexed reports themselves.

Mining: a parenthesised abbreviation right after the words it abbreviates — ``đánh giá sự phù hợp
(ĐGSPH)`` — is accepted when the initials of the preceding words spell it (``&`` counts as ``và``).
Queries are expanded both ways, so "tiêu chuẩn quốc gia" also finds "TCVN" and "ĐGSPH" finds
"đánh giá sự phù hợp".
"""

from __future__ import annotations

import re
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
