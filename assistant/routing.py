"""Which reports a question is about, by the unit it names.

Reports of several units share years: a 2018 review of QUATEST 3 and a 2018 review of a provincial
Chi cục are both "2018". When a question names a unit ("QUATEST 3", "Chi cục TCĐLCL Quảng Nam",
"Trung tâm Kỹ thuật 3") and some reports are that unit's own — the name is in their title or opening
lines — only those reports answer it, just as a year in the question keeps other years out.

A name that no report's opening carries (a unit only mentioned inside a report, "Khu Công nghệ cao")
routes nothing: the words then simply count as content words of the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vectorstore.tokenize import syllables

HEAD_CHARS = 600  # the opening of a report that names its unit (title, letterhead, first sentence)

# the field's long name, which reports insert or drop at will
# ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3" = "Trung tâm Kỹ thuật 3" = "QUATEST 3")
_FILLER = ("tiêu chuẩn đo lường chất lượng", "tcđlcl", "tieu chuan do luong chat luong", "tcdlcl", "tđc", "tdc")
_CENTRE_RE = re.compile(r"\b(?:quatest|trung t[âa]m k[ỹy] thu[ậa]t(?:\s+(?:ti[êe]u chu[ẩa]n [đd]o l[ưu][ờo]ng ch[ấa]t "
                        r"l[ưu][ợo]ng|tc[đd]lcl))?)\s+\d+\b", re.I)
_UNIT_BEFORE_RE = re.compile(r"(?:\bchi c[ụu]c|\bs[ởo]\b[^,.?]{0,30}|\bt[ỉi]nh|\bth[àa]nh ph[ốo]|\btp\.?)\s*"
                             r"(?:(?:ti[êe]u chu[ẩa]n [đd]o l[ưu][ờo]ng ch[ấa]t l[ưu][ợo]ng|tc[đd]lcl)\s*)?"
                             r"(?:(?:t[ỉi]nh|th[àa]nh ph[ốo]|tp\.?)\s*)?$", re.I)
_UNIT_BEFORE_KEY_RE = re.compile(r"\b(?:chi c[ụu]c|s[ởo]|t[ỉi]nh|th[àa]nh ph[ốo]|tp|quatest|trung t[âa]m)(?: \S+){0,4} $")
_UNIT_WORD_RE = re.compile(r"(?:Viện|Vụ|Cục|Tổng cục|Chi cục|Trung tâm|Sở)\b")
_WORD_RE = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)?")
# capitalised words that are not a proper name of their own
_GENERIC = {"tcđlcl", "tổng", "cục", "chi", "trung", "tâm", "kh&cn", "ubnd", "năm", "bộ", "sở", "quý", "tháng",
            "theo", "trong", "còn", "vậy", "thế", "tỉnh", "thành", "phố", "kỹ", "thuật", "khoa", "học", "công", "nghệ",
            "và", "báo", "cáo", "hội", "nghị"}


def _key(text: str, folded: bool) -> str:
    """Lower-cased syllables without the field's long name, for contiguous matching."""
    s = " ".join(syllables(text, fold=folded))
    for f in _FILLER:
        s = s.replace(f, " ")
    return f" {' '.join(s.split())} "


@dataclass
class Route:
    doc_ids: list[str] | None = None  # the reports of the units named (None: no restriction)
    names: list[str] = field(default_factory=list)  # the unit names that routed
    words: set[str] = field(default_factory=set)  # their syllables: supplied by the report itself
    strong: bool = False  # a centre's number or a name in a report's title: no other report answers for it
    # units named as such that no report opens with: (as written with its designation, the name) —
    # ("Chi cục TCĐLCL Đà Nẵng", "TCĐLCL Đà Nẵng")
    unknown: list[tuple[str, str]] = field(default_factory=list)


class ReportRouter:
    """Routes a question to the reports of the unit it names (see module docstring)."""

    def __init__(self) -> None:
        # the matching keys of the reports, per identities mapping (the retriever makes a new one when
        # the index changes) and folding mode: not re-tokenised for every question
        self._cache: dict[bool, tuple[dict, dict[str, str], dict[str, str]]] = {}
        self._names_cache: tuple[dict, list[str]] | None = None

    def _keys(self, identities: dict[str, tuple[str, str, int | None]], folded: bool
              ) -> tuple[dict[str, str], dict[str, str]]:
        hit = self._cache.get(folded)
        if hit is None or hit[0] is not identities:
            titles = {d: _key(t, folded) for d, (t, _, _) in identities.items()}
            keys = {d: _key(f"{t} {h}", folded) for d, (t, h, _) in identities.items()}
            hit = self._cache[folded] = (identities, titles, keys)
        return hit[1], hit[2]

    def names(self, question: str) -> list[str]:
        """Unit names in ``question``: a technical centre with its number ("QUATEST 3", "Trung tâm Kỹ
        thuật 3"), or a run of two or more capitalised words after the first ("Quảng Nam")."""
        out = [m.group(0) for m in _CENTRE_RE.finditer(question)]
        run: list[str] = []
        words = list(_WORD_RE.finditer(question))
        for i, m in enumerate(words + [None]):
            w = m.group(0) if m else ""
            gap = m is not None and run and not question[words[i - 1].end() : m.start()].strip() == ""
            if m is not None and i > 0 and w[0].isupper() and not gap:
                run.append(w)
                continue
            proper = [x for x in run if x.lower() not in _GENERIC and not x.isupper()]
            if len(run) >= 2 and proper:
                out.append(" ".join(run))
            run = [w] if m is not None and i > 0 and w[0].isupper() else []
        return out

    @staticmethod
    def _designated(question: str, name: str) -> str | None:
        """``name`` as written with its unit designation, when it is written as a unit of the sector: a
        centre with its number, or a name right after "Chi cục …", "Sở KH&CN …", "tỉnh", "thành phố"
        ("Chi cục TCĐLCL Đà Nẵng", "QUATEST 5"); None for any other name."""
        if _CENTRE_RE.fullmatch(name):
            return name
        at = question.find(name)
        m = _UNIT_BEFORE_RE.search(question[max(0, at - 60) : at]) if at >= 0 else None
        return question[max(0, at - 60) + m.start() : at + len(name)] if m else None

    @staticmethod
    def mentions_unit(text: str, name: str, folded: bool = False) -> bool:
        """Does ``text`` name ``name`` as a unit ("… Chi cục TCĐLCL Đà Nẵng …"), not just the place?"""
        key = _key(name, folded).strip()
        if not key:
            return True
        flat = _key(text, folded)
        at = flat.find(f" {key} ")
        while at >= 0:
            if _UNIT_BEFORE_KEY_RE.search(flat[max(0, at - 40) : at + 1]):
                return True
            at = flat.find(f" {key} ", at + 1)
        return False

    def _own_names(self, identities: dict[str, tuple[str, str, int | None]]) -> list[str]:
        """The unit names the reports' titles and openings write (for questions typed in lower case)."""
        hit = self._names_cache
        if hit is None or hit[0] is not identities:
            found = {n for t, h, _ in identities.values() for n in self.names(f"{t}\n{h}")}
            hit = self._names_cache = (identities, sorted(found, key=len, reverse=True))
        return hit[1]

    def route(self, question: str, identities: dict[str, tuple[str, str, int | None]], folded: bool = False) -> Route:
        """``identities``: doc_id → (title, opening text, year) of every report."""
        route = Route()
        titles, keys = self._keys(identities, folded)
        chosen: set[str] | None = None
        names = self.names(question)
        if not names:  # "so cong to dien … o binh duong …": the reports' own names, found in the question
            asked = _key(question, folded)
            names = [n for n in self._own_names(identities) if len(_key(n, folded).split()) >= 2
                     and f" {_key(n, folded).strip()} " in asked]
        for name in names:
            # an abbreviation in the name ("Chi cục TĐC Bình Dương") is the field's, not the unit's own word
            plain = name if _CENTRE_RE.fullmatch(name) else " ".join(
                w for w in name.split() if not (w.isupper() and len(w) > 1))
            key = _key(plain, folded)
            if not key.strip():
                continue
            own = {d for d, k in keys.items() if key in k}
            shown = self._designated(question, name)
            if not own and shown:
                route.unknown.append((shown, plain))
            if own and own == set(keys):
                route.words |= set(key.split())  # every report is this unit's: its name is supplied, not asked
                continue
            if not own:
                continue  # no report is this unit's own: nothing to route by
            route.names.append(name)
            route.words |= set(key.split())
            # a centre's number or a name in a report's title is the report's own unit; a place in the
            # opening lines may only be where its conference was held
            # … and so is a name the question writes as a unit ("Viện Đo lường", "Chi cục TCĐLCL Bình Dương")
            route.strong = (route.strong or bool(_CENTRE_RE.fullmatch(name)) or any(key in titles[d] for d in own)
                            or bool(_UNIT_WORD_RE.match(name)) or shown is not None)
            chosen = own if chosen is None else chosen & own
        if chosen is not None:
            route.doc_ids = sorted(chosen)
        return route
