"""Struck-out text of a PDF page: what a draft printed with its tracked changes shown ("All Markup" in Word,
"Show changes" in LibreOffice Writer) deletes.

Such a print draws a deleted figure in colour with a line through it, right before the figure that replaces
it ("1.987" struck, "2.010" underlined): the text layer holds both, and a plain reading runs them together
("1.9872.010"). Deleted text is what the document no longer says, as the Word loader drops ``w:del`` and the
HTML loader ``<del>``/``<s>``: :func:`strike_out` blanks every string a horizontal line crosses at the middle
of its glyphs (a stroked line, or a thin filled bar), in the page's own content stream, so that every later
reading of the page (plain, layout, positioned) sees the document as amended. Underlines (below the
baseline), table rules (between lines) and highlights (as tall as the text) are no strike.

A watermark is no text of the report either: "DỰ THẢO" or the agency's name drawn large and slanted across
every page (pdfmake's ``watermark``, a stamp added by a PDF tool) is read by pypdf as upright text, in pieces
that land inside sentences and table rows. :func:`drop_watermarks` blanks the strings drawn at a slant (not
along a multiple of 90°, as rotated pages and landscape tables are) in a large type.
"""

from __future__ import annotations

import logging
import math
from bisect import bisect_left, bisect_right

log = logging.getLogger(__name__)

# a strike crosses a string between these fractions of its font height above the baseline (through its small
# letters: a rule under a title set too close still leaves their bottoms alone) …
STRIKE_LOW, STRIKE_HIGH = 0.22, 0.5
# … along at least this share of the string's width; a filled bar is a strike only this thin (of the font height)
STRIKE_COVER, BAR_THIN = 0.7, 0.15
STRIKE_EDGE = 1.5  # how near a strike's ends are to the ends of the text it crosses (points)
_SHOW_OPS = (b"Tj", b"TJ", b"'", b'"')
_FILL_OPS = (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*")
_STROKE_OPS = (b"S", b"s", b"B", b"B*", b"b", b"b*")


def strike_out(page) -> int:  # noqa: ANN001 - a pypdf PageObject
    """Blank the struck-out strings of ``page`` in its content stream; the number of strings blanked (0 leaves
    the page untouched: one without horizontal lines is not read twice)."""
    read = _content_ops(page)
    if read is None:
        return 0
    stream, ops = read
    bars = _horizontal_marks(ops)
    if not bars:
        return 0
    try:
        shown = _shown_strings(page, ops)
    except Exception as exc:  # noqa: BLE001 - pypdf's layout internals: never fatal, the page stays as it is
        log.debug("struck text not looked for: %s", exc)
        return 0
    strikes = _strikes(shown, bars)
    struck = [(index, item) for index, item, s in shown if any(_crossed(s, bar) for bar in strikes)]
    if not struck:
        return 0
    for index, item in struck:
        _blank(ops[index][0], item)
    _write_back(page, stream, ops)
    return len(struck)


def _content_ops(page) -> tuple | None:  # noqa: ANN001 - a pypdf PageObject
    """The page's content stream and its operations, or None for a page without one that pypdf can parse."""
    from pypdf.generic import ArrayObject, ContentStream, StreamObject

    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return None
    try:
        stream = ContentStream(contents, page.pdf, "bytes")
        return stream, stream.operations
    except Exception:  # noqa: BLE001 - a page pypdf cannot parse is read as it is
        return None


def _blank(operands: list, item: int | None) -> None:
    """Empty the string a show operation draws: its one string, or the ``item``-th of a TJ array (None: every one)."""
    text = operands[-1]
    if item is not None:
        operands[0][item] = type(operands[0][item])(b"")
    elif isinstance(text, list):  # (a TJ array: its strings, not its kerning numbers)
        for k, piece in enumerate(text):
            if isinstance(piece, bytes):
                text[k] = type(piece)(b"")
    else:
        operands[-1] = type(text)(b"") if isinstance(text, bytes) else ""


def _write_back(page, stream, ops: list) -> None:  # noqa: ANN001 - pypdf objects
    from pypdf.generic import NameObject

    stream.operations = ops
    page[NameObject("/Contents")] = stream  # (in memory: the page as read, amended; the file stays as it is)


# a watermark's slant: more than this many degrees off every multiple of 90° (a scan's deskew is a degree or two)
SLANT_MIN = 10.0
WATERMARK_SIZE = 20.0  # points: a string drawn at a slant this large is a watermark (a slanted header cell is small)


def drop_watermarks(page) -> int:  # noqa: ANN001 - a pypdf PageObject
    """Blank the strings of ``page`` drawn at a slant in a large type (a watermark) in its content stream; the
    number of strings blanked (0 leaves the page untouched: one with no slanted matrix is not walked)."""
    read = _content_ops(page)
    if read is None:
        return 0
    stream, ops = read
    if not any(op in (b"cm", b"Tm") and len(operands) == 6 and _slanted(_floats(operands)) for operands, op in ops):
        return 0
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    ctm, tm, size = identity, identity, 0.0
    stack: list[tuple] = []
    blanked = 0
    for operands, op in ops:
        try:
            if op == b"q":
                stack.append(ctm)
            elif op == b"Q":
                ctm = stack.pop() if stack else ctm
            elif op == b"cm" and len(operands) == 6:
                ctm = _multiply(_floats(operands), ctm)
            elif op == b"BT":
                tm = identity
            elif op == b"Tm" and len(operands) == 6:
                tm = _floats(operands)
            elif op == b"Tf" and len(operands) == 2:
                size = abs(float(operands[1]))
            elif op in _SHOW_OPS and operands:
                m = _multiply(tm, ctm)
                if _slanted(m) and size * abs(m[0] * m[3] - m[1] * m[2]) ** 0.5 >= WATERMARK_SIZE:
                    _blank(operands, None)
                    blanked += 1
        except (TypeError, ValueError, IndexError):
            continue
    if blanked:
        _write_back(page, stream, ops)
    return blanked


def _floats(operands: list) -> tuple:
    return tuple(float(v) for v in operands)


def _slanted(m: tuple) -> bool:
    """Does the matrix ``m`` turn text off every multiple of 90° by more than :data:`SLANT_MIN` degrees?"""
    if not (m[0] or m[1]):
        return False
    angle = abs(math.degrees(math.atan2(m[1], m[0]))) % 90.0
    return SLANT_MIN < angle < 90.0 - SLANT_MIN


def _strikes(shown: list, bars: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """The bars that strike text out: each starts where a string it crosses starts and ends where one ends, as a
    strike drawn over deleted words does (a table's rule runs on past its cells' text, from the cell's edge)."""
    out = []
    placed = sorted((s.ty, k) for k, (_, _, s) in enumerate(shown))
    tallest = max((s.font_height or s.font_size or 0.0 for _, _, s in shown), default=0.0)
    lows = [ty for ty, _ in placed]
    for bar in bars:  # (the strings whose baselines lie just under the bar, found by bisection)
        near = placed[bisect_left(lows, bar[2] - STRIKE_HIGH * tallest): bisect_right(lows, bar[2])]
        crossed = [shown[k][2] for _, k in near if _crossed(shown[k][2], bar)]
        if crossed and min(abs(min(s.tx, s.displaced_tx) - bar[0]) for s in crossed) <= STRIKE_EDGE \
                and min(abs(max(s.tx, s.displaced_tx) - bar[1]) for s in crossed) <= STRIKE_EDGE:
            out.append(bar)
    return out


def _crossed(s, bar: tuple[float, float, float, float]) -> bool:  # noqa: ANN001 - pypdf TextStateParams
    height = s.font_height or s.font_size or 0.0
    x0, x1 = sorted((s.tx, s.displaced_tx))
    width = x1 - x0
    if height <= 0 or width <= 0 or not s.text:
        return False
    bx0, bx1, y, thick = bar
    return (s.ty + STRIKE_LOW * height <= y <= s.ty + STRIKE_HIGH * height and thick <= BAR_THIN * height
            and min(bx1, x1) - max(bx0, x0) >= STRIKE_COVER * width)


def _horizontal_marks(ops: list) -> list[tuple[float, float, float, float]]:
    """The page's horizontal strokes and thin filled bars, in page space: (x0, x1, y, thickness)."""
    marks: list[tuple[float, float, float, float]] = []
    ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple] = []
    path: list[tuple] = []  # ("seg", (x, y), (x, y)) or ("rect", x, y, w, h), in user space
    point = None
    width, dashed = 1.0, False
    for operands, op in ops:
        try:
            if op == b"q":
                stack.append((ctm, width, dashed))
            elif op == b"Q":
                ctm, width, dashed = stack.pop() if stack else (ctm, width, dashed)
            elif op == b"d" and operands:  # a dotted connector to a comment balloon is no strike
                dashed = bool(len(operands[0]))
            elif op == b"cm" and len(operands) == 6:
                ctm = _multiply(_floats(operands), ctm)
            elif op == b"w" and operands:
                width = float(operands[0])
            elif op == b"m" and len(operands) == 2:
                point = (float(operands[0]), float(operands[1]))
            elif op == b"l" and len(operands) == 2 and point is not None:
                nxt = (float(operands[0]), float(operands[1]))
                path.append(("seg", point, nxt))
                point = nxt
            elif op == b"re" and len(operands) == 4:
                path.append(("rect", *(float(v) for v in operands)))
            elif op in _STROKE_OPS or op in _FILL_OPS or op == b"n":
                if op != b"n" and not (dashed and op in _STROKE_OPS and op not in _FILL_OPS):
                    marks.extend(_marks_of(path, ctm, width, op))
                path, point = [], None
        except (TypeError, ValueError):
            path, point = [], None
    return marks


def _marks_of(path: list[tuple], ctm: tuple, width: float, op: bytes) -> list[tuple[float, float, float, float]]:
    out = []
    scale = abs(ctm[3]) or 1.0
    for part in path:
        if part[0] == "seg" and op in _STROKE_OPS:
            (ax, ay), (bx, by) = _apply(ctm, *part[1]), _apply(ctm, *part[2])
            if abs(ay - by) < 0.5 and abs(bx - ax) > 1.0:
                out.append((min(ax, bx), max(ax, bx), (ay + by) / 2, width * scale))
        elif part[0] == "rect":
            x, y, w, h = part[1:]
            (ax, ay), (bx, by) = _apply(ctm, x, y), _apply(ctm, x + w, y + h)
            thick = abs(by - ay)
            if abs(bx - ax) > 1.0 and (op in _FILL_OPS or thick < 0.5):
                out.append((min(ax, bx), max(ax, bx), (ay + by) / 2, thick if op in _FILL_OPS else width * scale))
    return out


def _shown_strings(page, ops: list) -> list[tuple[int, int | None, object]]:  # noqa: ANN001
    """Every string the page shows, placed: (its operation's index, its index in a TJ array or None, pypdf's
    text state of it: tx, displaced_tx, ty, font_height, text)."""
    from pypdf._text_extraction._layout_mode._fixed_width_page import recurse_to_target_op, set_font_operation
    from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager

    at = {"index": -1}
    shown: list[tuple[int, int | None, object]] = []

    class _Tracking(TextStateManager):
        def text_state_params(self, value=""):  # noqa: ANN001, ANN202 - pypdf's signature
            params = super().text_state_params(value)
            if value:
                index = at["index"]
                operands, op = ops[index]
                item = None
                if op == b"TJ":  # the array's strings in order: the next one not yet placed
                    taken = sum(1 for i, _, _ in shown if i == index)
                    strings = [k for k, v in enumerate(operands[0]) if isinstance(v, bytes)]
                    item = strings[taken] if taken < len(strings) else None
                if op != b"TJ" or item is not None:
                    shown.append((index, item, params))
                following = operands[0][item + 1] if op == b"TJ" and item + 1 < len(operands[0]) else None
                if not isinstance(following, (int, float)):  # (pypdf's layout reading moves on after a TJ's
                    # string only by the kerning number after it: a run of Tj, one word each, would all stand
                    # where the first does)
                    self.add_trm(params.displacement_matrix())
            return params

    def walk():  # noqa: ANN202
        for index, operation in enumerate(ops):
            at["index"] = index
            yield operation

    fonts = page._layout_mode_fonts()  # noqa: SLF001
    state = _Tracking()
    it = walk()
    for operands, op in it:  # as pypdf's text_show_operations reads a page
        if op in (b"BT", b"q"):
            recurse_to_target_op(it, state, b"ET" if op == b"BT" else b"Q", fonts, True)
        elif op == b"Tf":
            set_font_operation(state, fonts, operands)
        elif op == b"cm":  # (a page-wide matrix outside any q, as WeasyPrint sets one: the lines are drawn in it too)
            state.add_cm(*operands)
        else:
            state.set_state_param(op, operands)
    return [(i, item, s) for i, item, s in shown if ops[i][1] in _SHOW_OPS]


def _apply(m: tuple, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _multiply(a: tuple, b: tuple) -> tuple:
    """``a`` then ``b`` (a new ``cm`` ``a`` applies before the current matrix ``b``)."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])
