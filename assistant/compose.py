"""Answer texts: short Vietnamese sentences with ``[n]`` markers, and the citations behind them."""

from __future__ import annotations

from importlib import resources

from assistant.candidates import Candidate, Clause
from assistant.models import Citation, Passage

_TEMPLATES: dict[str, str] | None = None


def templates() -> dict[str, str]:
    """Answer templates, kept in ``assistant/prompts/templates.txt`` (``key = text`` lines)."""
    global _TEMPLATES
    if _TEMPLATES is None:
        text = resources.files("assistant").joinpath("prompts/templates.txt").read_text(encoding="utf-8")
        _TEMPLATES = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                _TEMPLATES[k.strip()] = v.strip()
    return _TEMPLATES


def label_start(cand: Candidate) -> int:
    """Where the text that labels a figure starts (absolute offset): the figure's own piece, or the earlier
    piece it inherits its label or verb from ("…cho 38 tổ chức thử nghiệm; 12 tổ chức chứng nhận")."""
    from assistant.candidates import Scorer

    clause = cand.clause
    seg = Scorer.segment(clause, cand.start - clause.start, cand.end - clause.start)
    words = seg.split()
    probe = " ".join(words[:4]) if words else ""
    idx = clause.sentence.find(probe) if probe else -1
    return clause.sentence_start + idx if idx >= 0 else clause.start


def snippet(text: str, start: int, end: int, width: int = 110) -> str:
    """The part of ``text`` around ``start:end``, cut at word boundaries, with ellipses."""
    a = max(0, start - width)
    b = min(len(text), end + width // 2)
    if a > 0:
        a = text.find(" ", a) + 1 or a
    if b < len(text):
        sp = text.rfind(" ", end, b)
        b = sp if sp > end else b
    out = text[a:b].strip(" ;,.")
    return ("…" if a > 0 else "") + out + ("…" if b < len(text) else "")


def quote_span(clause: Clause, limit: int = 380) -> tuple[int, int]:
    """The cited span: the whole sentence when short enough, else the clause."""
    if clause.sentence_end - clause.sentence_start <= limit:
        return clause.sentence_start, clause.sentence_end
    return clause.start, clause.end


def citation(n: int, passage: Passage, start: int, end: int) -> Citation:
    """A citation of ``start:end`` (absolute offsets) inside ``passage``."""
    local_a, local_b = start - passage.start, end - passage.start
    return Citation(
        n=n, doc_id=passage.doc_id, title=passage.title, year=passage.year, source=passage.source,
        page=passage.page, section=passage.section, quote=(passage.original or passage.text)[local_a:local_b],
        start=start, end=end, passage=passage.original or passage.text, passage_start=passage.start,
    )


class Citations:
    """Collects citations, one number per distinct span."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def add_clause(self, clause: Clause, cand: "Candidate | None" = None) -> int:
        a, b = quote_span(clause)
        if cand is not None:
            a = min(a, label_start(cand))
        return self.add_span(clause.passage, a, b)

    def add_span(self, passage: Passage, a: int, b: int) -> int:
        """Cite ``a:b`` (absolute offsets inside ``passage``), reusing an identical citation."""
        clause_doc = passage.doc_id
        for c in self.items:
            if c.doc_id == clause_doc and c.start == a and c.end == b:
                return c.n
        n = len(self.items) + 1
        self.items.append(citation(n, passage, a, b))
        return n

    def add_passage(self, p: Passage, limit: int = 300) -> int:
        n = len(self.items) + 1
        end = p.start + min(len(p.text), limit)
        if end < p.end:
            sp = p.text.rfind(" ", 0, end - p.start)
            end = p.start + (sp if sp > 0 else end - p.start)
        self.items.append(citation(n, p, p.start, end))
        return n


def value_sentence(year: int | None, cand: Candidate, n: int, period: str | None = None) -> str:
    """The answer sentence of a stated figure, led by its year, or by the span of years (``period``,
    "2016–2020") it is the whole of."""
    t = templates()
    clause = cand.clause
    snip = snippet(clause.written(), cand.start - clause.start, cand.end - clause.start)
    value = f"{cand.text} {cand.unit}" if cand.unit and cand.kind == "number" else cand.text
    if period:
        return t["value_period"].format(period=period, value=value, snippet=snip, n=n)
    if year:
        return t["value_year"].format(year=year, value=value, snippet=snip, n=n)
    return t["value"].format(value=value, snippet=snip, n=n)
