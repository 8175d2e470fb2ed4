"""A Logseq page as the text its reader sees.

Logseq, an outliner, stores each page as a Markdown file in which every paragraph is a block: a list item
(``- ``) indented by tabs under its parent. A block carries properties on its own lines (``collapsed:: true``,
``id:: 6385f2c1-…``, ``heading:: true``), the page its own in the lines before the first block (``title:: …``,
``tags:: …``). Another block is cited by its id (``((6385f2c1-…))``, ``{{embed ((…))}}``), which the app shows
as that block's text; a task opens with its marker (``TODO``, ``DONE``, ``LATER``) and may have a
``SCHEDULED: <2023-03-31 Fri>`` line; ``{{query …}}`` and ``{{renderer …}}`` are the app's widgets, and
``#+BEGIN_NOTE`` … ``#+END_NOTE`` frame a block of org-mode kind. :func:`outline_page` turns such a page into
plain Markdown for :func:`ingest.markdown.markdown_to_text`: one paragraph per block, a reference read as the
text it cites, properties, widgets and markers gone, a struck-out figure (``~~1.245~~ 1.254``) gone with its
marks and a highlight (``==…==``) kept without them, page links and tags (``[[Trung tâm …]]``, ``#[[mũ bảo
hiểm]]``) read as their names, a schedule as the date a report writes ("(thời hạn: 31/3/2023)"), the items of a
numbered block (``logseq.order-list-type:: number``) numbered "1.", "2.", …
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.markdown import STRIKE_RE
from ingest.metadata import ISO_DATE_RE, written_date

# a property line: "collapsed:: true", "id:: 6385f2c1-3b7e-…", "logseq.order-list-type:: number"
_PROPERTY_RE = re.compile(r"^([A-Za-z][\w.\-]*)::(?:[ \t]+(.*?))?[ \t]*$")
_BLOCK_RE = re.compile(r"^(\t*)- ?(.*)$")
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_REF_RE = re.compile(rf"\{{\{{embed\s+\(\(({_UUID})\)\)\s*\}}\}}|\(\(({_UUID})\)\)")
_MACRO_RE = re.compile(r"\{\{.*?\}\}")
_MARKER_RE = re.compile(r"^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)\s+(?:\[#[ABC]\]\s+)?")
_SCHEDULE_RE = re.compile(rf"^(?:SCHEDULED|DEADLINE):\s*<{ISO_DATE_RE.pattern}[^>]*>\s*$")
_ORG_FRAME_RE = re.compile(r"^#\+(?:BEGIN|END)_\w+.*$", re.I)
_STRUCK_RE = re.compile(STRIKE_RE.pattern + r"\s*")  # (the figure that replaces it, written next, stays)
_HIGHLIGHT_RE = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_TAG_RE = re.compile(r"(?<!\S)#\[\[([^\]\n]+)\]\]|(?<![\S])#(?!#|\+)([^\s#.,;:!?()\[\]]+)")
_PAGE_LINK_RE = re.compile(r"\[\[([^\]\n]+)\]\]")
_TRAILING_YEAR_LINK_RE = re.compile(r"\s+\[\[(?:19|20)\d{2}\]\]\s*$")  # "… [[2022]]": the year's page, a tag
_SPACE_BEFORE_MARK_RE = re.compile(r"[ \t]+([,.;:!?])")  # where a tag was taken out: "Xăng dầu #xăng-dầu: …"
_SIGNS_NEEDED = 3  # property lines or block references that tell a Logseq page


@dataclass
class _Block:
    depth: int  # tabs before its "- "
    lines: list[str]  # its text lines (the first after "- ", the rest continuing it: a table's rows)
    props: dict[str, str] = field(default_factory=dict)


def looks_like_outline(text: str) -> bool:
    """Is ``text`` a Logseq page: list blocks with ``key:: value`` property lines or ``((uuid))`` references?"""
    lines = text.split("\n")
    props = sum(1 for line in lines if _PROPERTY_RE.match(line.strip()))
    refs = len(_REF_RE.findall(text))
    blocks = sum(1 for line in lines if _BLOCK_RE.match(line) and line.lstrip("\t").startswith("-"))
    return blocks >= 3 and props + refs >= _SIGNS_NEEDED


def outline_page(text: str) -> tuple[dict[str, str], str]:
    """The page's own properties (``title``, ``tags`` …) and its blocks as Markdown paragraphs."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and not _BLOCK_RE.match(lines[i]):
        m = _PROPERTY_RE.match(lines[i].strip())
        if m:
            fields[m.group(1).lower()] = _PAGE_LINK_RE.sub(r"\1", m.group(2) or "").strip()
        i += 1
    blocks: list[_Block] = []
    for line in lines[i:]:
        block = _BLOCK_RE.match(line)
        if block and line.lstrip("\t").startswith("-") and (line.lstrip("\t")[1:2] in (" ", "")):
            blocks.append(_Block(len(block.group(1)), [block.group(2)]))
            continue
        if not blocks:
            continue
        inner = line.strip()
        prop = _PROPERTY_RE.match(inner)
        if prop and not inner.startswith("|"):
            blocks[-1].props[prop.group(1).lower()] = (prop.group(2) or "").strip()
        else:
            blocks[-1].lines.append(line.lstrip("\t")[2:] if line.lstrip("\t").startswith("  ") else line.lstrip("\t"))
    by_id = {b.props["id"]: _first_line(b) for b in blocks if b.props.get("id")}
    out: list[str] = []
    counters: dict[int, int] = {}
    lead: dict[int, str] = {}  # the last block's first line at each depth: a child of "Nơi nhận:" is a list item
    for b in blocks:
        depth = b.depth
        for d in [d for d in counters if d > depth]:
            del counters[d]
        if b.props.get("logseq.order-list-type") == "number":
            counters[depth] = counters.get(depth, 0) + 1
        else:
            counters.pop(depth, None)
        text_lines = _block_text(b.lines, by_id)
        if not text_lines:
            continue
        if depth in counters:
            text_lines[0] = f"{counters[depth]}. {text_lines[0]}"
        elif depth and lead.get(depth - 1, "").rstrip("*_ ").endswith(":"):
            text_lines[0] = f"- {text_lines[0]}"
        lead[depth] = text_lines[0]
        out.extend(text_lines)
    return fields, "\n".join(out)


def _first_line(block: _Block) -> str:
    """What a reference to ``block`` shows in a sentence: its first line (without the references it makes itself;
    a table's caption, not its rows)."""
    return next(iter(_block_text(block.lines[:1], {})), "")


def _block_text(raw: list[str], by_id: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for line in raw:
        stripped = line.strip()
        if _ORG_FRAME_RE.match(stripped):
            continue
        sched = _SCHEDULE_RE.match(stripped)
        if sched and lines:
            lines[-1] = f"{lines[-1].rstrip()} (thời hạn: {written_date(sched)})"
            continue
        line = _REF_RE.sub(lambda m: by_id.get(m.group(1) or m.group(2), ""), line)
        line = _MACRO_RE.sub("", line)
        line = _MARKER_RE.sub("", line) if not lines else line
        line = _HIGHLIGHT_RE.sub(r"\1", _STRUCK_RE.sub("", line))
        untagged = _TAG_RE.sub("", line)  # a tag labels the block; alone on it, it is the block's text
        line = untagged if untagged.strip() else _TAG_RE.sub(lambda m: m.group(1) or m.group(2), line)
        line = _PAGE_LINK_RE.sub(r"\1", _TRAILING_YEAR_LINK_RE.sub("", line))
        line = _SPACE_BEFORE_MARK_RE.sub(r"\1", re.sub(r"[ \t]{2,}", " ", line)).rstrip()
        if line.strip():
            lines.append(line)
    return lines
