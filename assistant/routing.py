"""Which reports a question is about, by the unit it names.

Reports of several units share years: a 2018 review of QUATEST 3 and a 2018 review of a provincial
Chi cục are both "2018". When a question names a unit ("QUATEST 3", "Chi cục TCĐLCL Quảng Nam",
"Trung tâm Kỹ thuật 3") and some reports are that unit's own — the name is in their title or opening
lines — only those reports answer it, just as a year in the question keeps other years out.

A name that no report's opening carries (a unit only mentioned inside a report, "Khu Công nghệ cao")
routes nothing: the words then simply count as content words of the question.

Units are also called by their short names: the initials of the unit's name as its letterhead writes it
("VĂN PHÒNG CÔNG NHẬN CHẤT LƯỢNG" is "VPCNCL") or an alias the report declares for itself ("Văn phòng
Công nhận Chất lượng (sau đây gọi tắt là Văn phòng hoặc BoA)"). A question's abbreviation that is such a
short name of some reports routes to them like a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from vectorstore.tokenize import has_diacritics, syllables
from ingest.metadata import NATIONAL_MOTTO_RE, NATIONAL_MOTTO_UNMARKED_RE
from ingest.normalize import fold

HEAD_CHARS = 600  # the opening of a report that names its unit (title, letterhead, first sentence)

# the field's long name, which reports insert or drop at will
# ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3" = "Trung tâm Kỹ thuật 3" = "QUATEST 3")
_FILLER = ("tiêu chuẩn đo lường chất lượng", "tcđlcl", "tieu chuan do luong chat luong", "tcdlcl", "tđc", "tdc")
CENTRE_RE = re.compile(r"\b(?:quatest|trung t[âa]m k[ỹy] thu[ậa]t(?:\s+(?:ti[êe]u chu[ẩa]n [đd]o l[ưu][ờo]ng ch[ấa]t "
                        r"l[ưu][ợo]ng|tc[đd]lcl))?)\s+\d+\b", re.I)
_UNIT_BEFORE_RE = re.compile(r"(?:\bchi c[ụu]c|\bs[ởo]\b[^,.?]{0,30}|\bt[ỉi]nh|\bth[àa]nh ph[ốo]|\btp\.?|\btrung t[âa]m k[ỹy] thu[ậa]t)\s*"
                             r"(?:(?:ti[êe]u chu[ẩa]n [đd]o l[ưu][ờo]ng ch[ấa]t l[ưu][ợo]ng|tc[đd]lcl|t[đd]c)\s*)?"
                             r"(?:(?:t[ỉi]nh|th[àa]nh ph[ốo]|tp\.?)\s*)?$", re.I)
_UNIT_BEFORE_KEY_RE = re.compile(r"\b(?:chi c[ụu]c|s[ởo]|t[ỉi]nh|th[àa]nh ph[ốo]|tp|quatest|trung t[âa]m)(?: \S+){0,4} $")
_UNIT_WORD_RE = re.compile(r"(?:Viện|Vụ|Cục|Tổng cục|Chi cục|Trung tâm|Sở)\b")
LETTERHEAD_CHARS = 300  # about a report's national motto: its letterhead, the unit that issues it
ALIAS_CHARS = 2000  # where a report declares its own short name: letterhead, title, opening paragraph
# the words a unit's name opens with ("Văn phòng Công nhận Chất lượng", "CHI CỤC TIÊU CHUẨN …")
_UNIT_OPENERS = (("văn", "phòng"), ("chi", "cục"), ("tổng", "cục"), ("trung", "tâm"), ("viện",), ("vụ",), ("cục",),
                 ("ban",))
_SYLLABLE_RE = re.compile(r"[^\W\d_]+|[^\w\s]|_|\n")
# "(sau đây gọi tắt là Văn phòng hoặc BoA)", "(viết tắt là BoA)"
_DECLARED_RE = re.compile(r"\((?:sau đây\s+)?(?:gọi|viết)\s+tắt\s+(?:là\s+)?([^()]{1,80})\)", re.I)
# a bracket right after a unit's name (its opener, then only words): "Viện … Việt Nam (VSQI, …)"
_NAMED_BRACKET_RE = re.compile(r"\b(?:Văn phòng|VĂN PHÒNG|Viện|VIỆN|Vụ|VỤ|Cục|CỤC|Chi cục|CHI CỤC|Trung tâm|TRUNG TÂM)"
                               r"(?:\s+[^\W\d_]+){1,10}\s*\(([^()]{1,80})\)")
_ABBR_TOKEN_RE = re.compile(r"(?<![\w&])[^\W\d_]*[A-ZĐ][^\W\d_]*[A-ZĐ][^\W\d_]*(?![\w&])")
_WORD_RE = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)?")
# capitalised words that are not a proper name of their own
_GENERIC = {"tcđlcl", "tổng", "cục", "chi", "trung", "tâm", "kh&cn", "ubnd", "năm", "bộ", "sở", "quý", "tháng",
            "theo", "trong", "còn", "vậy", "thế", "tỉnh", "thành", "phố", "kỹ", "thuật", "khoa", "học", "công", "nghệ",
            "và", "báo", "cáo", "hội", "nghị"}


def _opener_at(words: list[str], i: int) -> int:
    """How many words of a unit's opener ("Văn phòng", "Viện") start at ``words[i]``, capitalised; 0 if none."""
    if not words[i][:1].isupper():
        return 0
    for opener in _UNIT_OPENERS:
        if tuple(w.lower() for w in words[i : i + len(opener)]) == opener:
            return len(opener)
    return 0


def _unit_names(text: str) -> list[list[str]]:
    """The unit names ``text`` writes, as syllables: an opener and the name's syllables after it, each
    compound opening with a capital ("Văn phòng Công nhận Chất lượng") or all in capitals, up to
    punctuation, a line's end, a word in lower case after another, or the next unit's opener ("TỔNG CỤC …
    VĂN PHÒNG …"). A name ending in lower case is given with and without that word: "Chất lượng" ends a
    name, "báo" in "… Cần Thơ báo cáo" does not."""
    words = _SYLLABLE_RE.findall(text)
    out: list[list[str]] = []
    i = 0
    while i < len(words):
        n = _opener_at(words, i)
        if not n:
            i += 1
            continue
        j, lower_run = i + n, 0
        while j < len(words) and words[j][0].isalpha() and j - i < 16:
            if j > i + n + 1 and _opener_at(words, j):
                break
            lower_run = 0 if words[j][0].isupper() else lower_run + 1
            if lower_run > 1:
                break
            j += 1
        name = words[i:j]
        if len(name) - n >= 2:
            out.append(name)
        if len(name) - n >= 3 and name[-1][0].islower():  # "Chất lượng" or "… Cần Thơ báo (cáo)": both
            out.append(name[:-1])
        i = max(j, i + 1)
    return out


def _initials(words: list[str]) -> str:
    """["Văn", "phòng", "Công", "nhận", "Chất", "lượng"] → "vpcncl" (folded, lower-cased)."""
    return "".join(fold(w[0].lower()) for w in words)


# the body's first numbered section ("I. KHÁI QUÁT TÌNH HÌNH", "1. Đặc điểm …"): the units it names are
# the report's subject (its "Trung tâm Kỹ thuật"), no longer the unit the report is of
_FIRST_SECTION_RE = re.compile(r"\n\s*(?:I|1)\.\s+\S")


def _before_body(opening: str) -> str:
    """A report's opening up to its first numbered section: letterhead, title and the paragraph that opens it."""
    m = _FIRST_SECTION_RE.search(opening)
    return opening[: m.start()] if m else opening


# the units a report is sent to: "Kính gửi:" and its list ("- Sở Khoa học và Công nghệ tỉnh Hà Nam;"), or its line
_RECIPIENTS_RE = re.compile(r"^[ \t]*Kính gửi\b[^\n]*(?:\n[ \t]*[-+•][^\n]*)*", re.I | re.M)


def _caps_lines_joined(text: str) -> str:
    """``text`` with each line in capitals run on into the next one in capitals (a letterhead's unit name wrapped:
    "TỔNG CỤC TIÊU CHUẨN" / "ĐO LƯỜNG CHẤT LƯỢNG")."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if out[-1].strip().isupper() and line.strip().isupper():
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def short_names(opening: str) -> set[str]:
    """The short names a report's opening gives its own unit, folded and lower-cased: the initials of each
    unit name it writes ("vpcncl") and the abbreviations it declares for itself ("boa")."""
    # (not a unit's kind alone: "TRUNG TÂM KỸ THUẬT" on a letterhead line of its own names no unit, "ttkt"; a name
    # in capitals may run on to the next line: "TỔNG CỤC TIÊU CHUẨN" / "ĐO LƯỜNG CHẤT LƯỢNG"; not the units it is
    # sent to: "Kính gửi: - Tổng cục Tiêu chuẩn Đo lường Chất lượng.")
    opening = _RECIPIENTS_RE.sub("\n", opening)
    names = _unit_names(opening) + _unit_names(_caps_lines_joined(opening))
    out = {_initials(name) for name in names if not all(w.lower() in _KIND_WORDS for w in name)}
    for m in _DECLARED_RE.finditer(opening):
        out |= {fold(t.lower()) for t in _ABBR_TOKEN_RE.findall(m.group(1))}
    for m in _NAMED_BRACKET_RE.finditer(opening):  # "Viện Tiêu chuẩn Chất lượng Việt Nam (VSQI, sau đây …)"
        out |= {fold(t.lower()) for t in _ABBR_TOKEN_RE.findall(m.group(1))}
    return {n for n in out if len(n) >= 3 and n not in _FILLER}


# the words that open a unit's name without naming it: what is left is its place ("sở kh&cn quảng ngãi" → "quảng ngãi")
_KIND_WORDS = frozenset({"sở", "so", "chi", "cục", "cuc", "trung", "tâm", "tam", "kỹ", "ky", "thuật", "thuat", "kh&cn",
                         "tỉnh", "tinh", "thành", "thanh", "phố", "pho", "tp", "ubnd", "khoa", "học", "hoc", "và", "va",
                         "công", "cong", "nghệ", "nghe"})


_OWNER_BEFORE_RE = re.compile(r"\b(?:thuộc|của|thuoc|cua|được|do|bởi|duoc|boi)\s*$", re.I)  # (the agent: "được Trung tâm … kiểm định")
_LETTERHEAD_END_RE = re.compile(r"ngày\s+\d{1,2}\s+tháng|\n\s*BÁO CÁO", re.I)
_PLACE_WORDS = frozenset({"tỉnh", "tinh", "thành", "thanh", "phố", "pho", "tp"})


def _letterhead(opening: str) -> str:
    """The lines of a report's opening about its national motto (the issuing unit's block stands beside or
    just below it), or its first lines when it has none."""
    m = NATIONAL_MOTTO_RE.search(opening) or NATIONAL_MOTTO_UNMARKED_RE.search(opening)
    if not m:
        return opening[:LETTERHEAD_CHARS]
    after = opening[m.end() : m.end() + LETTERHEAD_CHARS // 2]
    end = _LETTERHEAD_END_RE.search(after)  # (up to its place and date: the title and body are below)
    return opening[max(0, m.start() - LETTERHEAD_CHARS) : m.end()] + (after[: end.start()] if end else after)


def _place_key(key: str) -> str | None:
    """A name's key less the words of its kind of unit, when at least two words of a place remain."""
    words = key.split()
    n = 0
    while n < len(words) and words[n] in _KIND_WORDS:
        n += 1
    rest = words[n:]
    return f" {' '.join(rest)} " if n and len(rest) >= 2 else None


def _key(text: str, folded: bool) -> str:
    """Lower-cased syllables without the field's long name, for contiguous matching."""
    s = " ".join(syllables(text, fold=folded))
    for f in _FILLER:
        s = s.replace(f, " ")
    s = _QUATEST_RE.sub(r"trung tâm kỹ thuật \1" if not folded else r"trung tam ky thuat \1", s)
    return f" {' '.join(s.split())} "


_QUATEST_RE = re.compile(r"\bquatest (\d+)\b")  # "QUATEST 1" is "Trung tâm Kỹ thuật (TCĐLCL) 1"


@dataclass
class Route:
    doc_ids: list[str] | None = None  # the reports of the units named (None: no restriction)
    names: list[str] = field(default_factory=list)  # the unit names that routed
    words: set[str] = field(default_factory=set)  # their syllables: supplied by the report itself
    strong: bool = False  # a centre's number or a name in a report's title: no other report answers for it
    # the kind of the unit the question names as the owner of what it asks ("Trung tâm … thuộc Chi cục TĐC Hòa
    # Bình"), when the letterheads say it: said of every figure of those reports
    issuer: set[str] = field(default_factory=set)
    # units named as such ("Chi cục TCĐLCL Đà Nẵng", as written) that no report is of, nor even names as a
    # unit (needs the reports' texts: see ``route``)
    unknown: list[str] = field(default_factory=list)
    # the question's words for the routed unit, as written ("Trung tâm Kỹ thuật TĐC Bắc Giang"), where the routed
    # reports' letterheads are of that kind of unit: they say whose report, not what to read in it
    said: list[str] = field(default_factory=list)
    # units named as such that no report is of but some report mentions ("Chi cục TCĐLCL Bắc Ninh" in QUATEST 1's
    # report): the folded keys of their names, which a passage giving their figure writes
    elsewhere: list[str] = field(default_factory=list)


class ReportRouter:
    """Routes a question to the reports of the unit it names (see module docstring)."""

    def __init__(self) -> None:
        # the matching keys of the reports, per identities mapping (the retriever makes a new one when
        # the index changes) and folding mode: not re-tokenised for every question
        self._cache: dict[bool, tuple[dict, dict[str, str], dict[str, str]]] = {}
        self._names_cache: dict[bool, tuple[dict, list[tuple[str, str]]]] = {}
        self._flat_cache: dict[bool, tuple[dict, dict[str, str]]] = {}
        self._short_cache: tuple[dict, dict[str, set[str]]] | None = None
        self._unmarked_cache: tuple[dict, dict[str, bool]] | None = None

    def _keys(self, identities: dict[str, tuple[str, str, int | None]], folded: bool
              ) -> tuple[dict[str, str], dict[str, str]]:
        hit = self._cache.get(folded)
        if hit is None or hit[0] is not identities:
            titles = {d: _key(t, folded) for d, (t, _, _) in identities.items()}
            keys = {d: _key(f"{t} {h}", folded) for d, (t, h, _) in identities.items()}
            hit = self._cache[folded] = (identities, titles, keys)
        return hit[1], hit[2]

    def unmarked(self, identities: dict[str, tuple[str, str, int | None]]) -> set[str]:
        """The reports whose opening is typed without diacritics, once per identities mapping."""
        hit = self._unmarked_cache
        if hit is None or hit[0] is not identities:
            hit = self._unmarked_cache = (identities, {d: not has_diacritics(h) for d, (_, h, _) in identities.items()})
        return {d for d, plain in hit[1].items() if plain}

    def names(self, question: str) -> list[str]:
        """Unit names in ``question``: a technical centre with its number ("QUATEST 3", "Trung tâm Kỹ
        thuật 3"), or a run of two or more capitalised words after the first ("Quảng Nam")."""
        out = [m.group(0) for m in CENTRE_RE.finditer(question)]
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
        if CENTRE_RE.fullmatch(name):
            return name
        at = question.find(name)
        m = _UNIT_BEFORE_RE.search(question[max(0, at - 60) : at]) if at >= 0 else None
        return question[max(0, at - 60) + m.start() : at + len(name)] if m else None

    @staticmethod
    def _mentions_unit(flat: str, key: str) -> bool:
        """Does a report's matching key ``flat`` name ``key`` as a unit ("… chi cục đà nẵng …"), not just the place?"""
        at = flat.find(f" {key} ")
        while at >= 0:
            if _UNIT_BEFORE_KEY_RE.search(flat[max(0, at - 40) : at + 1]):
                return True
            at = flat.find(f" {key} ", at + 1)
        return False

    def _own_names(self, identities: dict[str, tuple[str, str, int | None]], folded: bool) -> list[tuple[str, str]]:
        """(name, key) of the unit names the reports' titles and openings write, longest first (for questions
        typed in lower case); once per identities mapping and folding mode."""
        hit = self._names_cache.get(folded)
        if hit is None or hit[0] is not identities:
            found = {n for t, h, _ in identities.values() for n in self.names(f"{t}\n{h}")}
            named = [(n, _key(n, folded).strip()) for n in sorted(found, key=len, reverse=True)]
            hit = self._names_cache[folded] = (identities, [(n, k) for n, k in named if len(k.split()) >= 2])
        return hit[1]

    def _flat_texts(self, identities: dict[str, tuple[str, str, int | None]], text_of: Callable[[str], str],
                    folded: bool) -> dict[str, str]:
        """Every report's whole text as a matching key, once per identities mapping and folding mode."""
        hit = self._flat_cache.get(folded)
        if hit is None or hit[0] is not identities:
            hit = self._flat_cache[folded] = (identities, {d: _key(text_of(d), folded) for d in identities})
        return hit[1]

    def _short_names(self, identities: dict[str, tuple[str, str, int | None]],
                     text_of: Callable[[str], str] | None) -> dict[str, set[str]]:
        """Every report's short names (see ``short_names``), once per identities mapping."""
        hit = self._short_cache
        if hit is None or hit[0] is not identities:
            opening = (lambda d: _before_body(text_of(d)[:ALIAS_CHARS])) if text_of is not None else (lambda d: identities[d][1])
            hit = self._short_cache = (identities, {d: short_names(f"{identities[d][0]}\n{opening(d)}")
                                                    for d in identities})
        return hit[1]

    def route(self, question: str, identities: dict[str, tuple[str, str, int | None]], folded: bool = False,
              text_of: Callable[[str], str] | None = None) -> Route:
        """``identities``: doc_id → (title, opening text, year) of every report; ``text_of``: a report's whole
        text, to tell a unit no report is of ("Chi cục TCĐLCL Đà Nẵng") from one a report mentions."""
        route = Route()
        titles, keys = self._keys(identities, folded)
        # a report typed without diacritics ("Chi cuc TDC tinh Bac Lieu") is named by the question's words folded
        unmarked = self.unmarked(identities)
        chosen: set[str] | None = None
        names = self.names(question)
        if not names:  # "so cong to dien … o binh duong …": the reports' own names, found in the question
            asked = _key(question, folded)
            names = [n for n, k in self._own_names(identities, folded) if f" {k} " in asked]
        for name in names:
            # an abbreviation in the name ("Chi cục TĐC Bình Dương") is the field's, not the unit's own word
            plain = name if CENTRE_RE.fullmatch(name) else " ".join(
                w for w in name.split() if not (w.isupper() and len(w) > 1))
            key = _key(plain, folded)
            if not key.strip():
                continue
            key_of = {False: key, True: _key(plain, True)}
            own = {d for d, k in keys.items() if key_of[d in unmarked] in k}
            place = {m: _place_key(k) for m, k in key_of.items()}
            if not own and place[False]:  # "Sở KH&CN Quảng Ngãi" of a letterhead "TỈNH QUẢNG NGÃI / SỞ KHOA HỌC …"
                own = {d for d, k in keys.items() if place[d in unmarked] and place[d in unmarked] in k}
            shown = self._designated(question, name)
            if not own and shown and text_of is not None:
                if not any(self._mentions_unit(flat, key_of[d in unmarked].strip())
                           for d, flat in self._flat_texts(identities, text_of, folded).items()):
                    route.unknown.append(shown)
                elif not CENTRE_RE.fullmatch(name):
                    route.elsewhere.append(_key(plain, True).strip())
            if own and own == set(keys):
                route.words |= set(key.split())  # every report is this unit's: its name is supplied, not asked
                continue
            if not own:
                continue  # no report is this unit's own: nothing to route by
            route.names.append(name)
            route.words |= set(key.split()) | set(syllables(plain, fold=folded))  # ("quatest" of "QUATEST 1")
            # … and so, for any of their figures, is the kind of unit the question writes before it ("Chi cục TĐC
            # Hòa Bình") when the reports' letterheads are of that kind ("CHI CỤC TIÊU CHUẨN …"); still a word that
            # tells the Chi cục's own figures from its Trung tâm's ("Thực hiện | Chi cục | Trung tâm")
            kind = _key(shown[: len(shown) - len(name)], folded) if shown and shown != name else " "
            unit_kind = " " + " ".join(w for w in kind.split() if w not in _PLACE_WORDS) + " "
            if unit_kind.strip():  # "Chi cục TĐC tỉnh Đồng Tháp": its "tỉnh" is the name's own (not "toàn tỉnh …")
                route.words |= {w for w in kind.split() if w in _PLACE_WORDS}
            kind = unit_kind
            owner = shown is not None and bool(_OWNER_BEFORE_RE.search(question[: max(0, question.find(shown))]))
            kinds = {False: kind, True: _key(kind, True)}  # (a report typed without diacritics: its words folded)
            issued = bool(kind.strip()) and all(kinds[d in unmarked] in _key(_letterhead(identities[d][1]), folded)
                                                for d in own)
            if owner and issued:
                route.issuer |= set(kind.split())  # (only as the owner of what is asked: "Trung tâm … thuộc Chi cục …")
            # … and so are the field's abbreviations written in the name ("Sở KH&CN Quảng Ngãi")
            # (as a concept, and as the word the question's terms hold when the glossary has no such concept)
            abbrs = [w for w in name.split() if w.isupper() and len(w) > 1 and plain != name]
            route.words |= {"§" + w for w in abbrs} | {w.lower() for w in abbrs} | {fold(w.lower()) for w in abbrs}
            # a centre's number or a name in a report's title is the report's own unit; a place in the
            # opening lines may only be where its conference was held
            # … and so is a name the question writes as a unit ("Viện Đo lường", "Chi cục TCĐLCL Bình Dương")
            route.said.append(shown if issued else name)
            route.strong = (route.strong or bool(CENTRE_RE.fullmatch(name)) or any(key in titles[d] for d in own)
                            or bool(_UNIT_WORD_RE.match(name)) or shown is not None)
            chosen = own if chosen is None else chosen & own
        shorts = self._short_names(identities, text_of)
        tokens = _ABBR_TOKEN_RE.findall(question) + (re.findall(r"[^\W\d_]{3,}", question) if folded else [])
        asked = [(t, fold(t.lower())) for t in tokens] + [  # "Văn phòng Công nhận Chất lượng": by its initials
            (" ".join(n), _initials(n)) for n in _unit_names(question)]
        for token, name in asked:
            own = {d for d, names_ in shorts.items() if name in names_}
            if not own or name in route.words or any(n.startswith(token) and n != token for n in route.names):
                continue  # (nor the name less its last word, "… Chất" of "… Chất lượng", once the whole one is read)
            route.words |= set(token.lower().split())
            if own == set(shorts):
                continue
            if not any(n.startswith(token) for n in route.names):  # "… Chất lượng" and "… Chất": named once
                route.names.append(token)
            route.strong = True
            chosen = own if chosen is None else chosen & own
        if chosen is not None:
            route.doc_ids = sorted(chosen)
        return route
