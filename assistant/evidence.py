"""Evidence checks shared by the answerers: legal-document identifiers and their dates, which item of a
list is asked for, and whether a figure states the opposite of what is asked (polarity)."""

from __future__ import annotations

import re

from assistant.candidates import Candidate, Scorer, clause_before

_DOCID_RE = re.compile(r"\d+[a-zA-Z]?(?:\s*/\s*\d{2,4})?\s*/\s*[A-ZĐa-zđ][\wĐđ&.]*(?:\s*[-–]\s*[\wĐđ&]+)*")


def _id_key(text: str) -> str:
    return re.sub(r"[\s\-–]", "", text).lower()


_NAMED_DOC_RE = re.compile(r"\b(?:Đề án|Quyết định|Nghị định|Thông tư|Chỉ thị|Nghị quyết|Chương trình)\s+(?:số\s+)?(\d+)(?![\d/])", re.I)


def doc_ids_in(text: str) -> set[str]:
    """Identifiers of legal documents named in ``text`` ("350/QĐ-TĐC", "19/2014/QĐ-TTg"), as match keys;
    a bare "Đề án 996" gives the prefix key "996/" (the document "996/QĐ-TTg")."""
    keys = {_id_key(m.group(0)) for m in _DOCID_RE.finditer(text) if "/" in m.group(0) and re.search(r"[^\W\d_]", m.group(0))}
    if re.search(r"(ban hành|phê duyệt|được ký|ký ngày|\bký\b|có hiệu lực|đề ngày|ra đời|hiệu lực)", text, re.I):
        keys |= {f"{m.group(1)}/" for m in _NAMED_DOC_RE.finditer(text)}  # the question is about the document itself
    return keys


def date_follows_id(c: Candidate, ids: set[str] | None) -> bool:
    """Is the date candidate written within a few words after one of ``ids``, with no other identifier between?"""
    before = clause_before(c)
    found = list(_DOCID_RE.finditer(before))
    if not found or re.search(r"\b(?:từ|đến|tới)\s+(?:hết\s+)?ngày\s*$", before, re.I):
        return False  # ("… Chỉ thị số 16/CT-TTg trên địa bàn nhiều huyện từ ngày 11/5/2021": a span's, no document's)
    last = found[-1]
    near = len(before) - last.end() <= 45
    key = _id_key(last.group(0))
    return near if ids is None else (near and any(key == i or (i.endswith("/") and key.startswith(i)) for i in ids))


_ORDINAL_WORDS = {"nhất": 1, "đầu tiên": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                  "tám": 8, "chín": 9, "mười": 10}


def list_position(question: str) -> int | None:
    """"nhiệm vụ thứ tám" → 8, "đầu tiên" → 1, "cuối cùng" → -1; None when no item position is asked."""
    q = question.lower()
    if not re.search(r"(nhiệm vụ|mục|nội dung|giải pháp|ý|điểm)", q):
        return None
    if re.search(r"\bcuối cùng\b", q):
        return -1
    if re.search(r"\bđầu tiên\b", q):
        return 1
    m = re.search(r"\bthứ\s+(\d+|mười|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)\b", q)
    if not m:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else _ORDINAL_WORDS.get(word)


_NEG_RE = re.compile(r"\b(không|chưa|thiếu)\s+((?:[^\W\d_]+\s*){1,4})", re.I)


# the words after a negation that leave a count out rather than deny: "chưa bao gồm", "không tính", "không kể"
_LEAVES_OUT_RE = re.compile(r"(?:bao\s+gồm|gồm|tính|kể)\b", re.I)


def _negated_words(text: str) -> set[str]:
    """The head word each negation applies to: "không đạt" → đạt, "không có dấu CR" → dấu."""
    out: set[str] = set()
    for m in _NEG_RE.finditer(text):
        if _LEAVES_OUT_RE.match(m.group(2)):
            continue  # "chưa bao gồm 318 mẫu thử nghiệm thành thạo" leaves a count out; it denies nothing of it
        words = [w.lower() for w in m.group(2).split() if w.lower() not in ("có", "được", "đã", "bị", "về", "qua", "phải")]
        if words:
            out.add(words[0])
    return out


_ASKING_WORDS = frozenset({"còn"})
_FAULT_ASKED_RE = re.compile(r"\b(?:thiếu|vi phạm|sai phạm|hư hỏng|hỏng|lỗi|kém chất lượng|gian lận|thieu|vi pham)\b", re.I)


# opposites said without a negation: "sai số vượt quá giới hạn cho phép" / "nằm trong giới hạn cho phép",
# "giải quyết đúng hạn" / "quá hạn"
_OPPOSITES = [
    (re.compile(r"\bvượt(?:\s+quá)?\s+(?:giới hạn|mức|ngưỡng)", re.I),
     re.compile(r"\b(?:trong|không vượt(?:\s+quá)?)\s+(?:giới hạn|mức|ngưỡng|phạm vi)", re.I)),
    (re.compile(r"\b(?:đúng|trước)\s+hạn\b", re.I), re.compile(r"\b(?:quá|trễ|chậm)\s+hạn\b", re.I)),
]


def _opposed(question: str, seg: str) -> bool:
    return any((a.search(question) and b.search(seg) and not a.search(seg))
               or (b.search(question) and a.search(seg) and not b.search(seg)) for a, b in _OPPOSITES)


def polarity_mismatch(question: str, c: Candidate) -> bool:
    """The figure states the opposite of what is asked: "không đạt" found for "đạt", "có" asked, "không có" stated.
    A denominator asked for as such ("tính trên tổng số bao nhiêu mẫu") is the whole, not an opposite."""
    if c.fraction == "den" and re.search(r"(tổng số|tính trên|trên tổng|trên số)", question, re.I):
        return False
    if "implied" in c.notes and re.search(r"\b(?:còn|chưa)\b", question, re.I):
        return False  # "số mẫu còn lại …" worked as a rest answers "còn bao nhiêu … chưa …" as it is
    seg = Scorer.segment(c.clause, c.start - c.clause.start, c.end - c.clause.start)
    if _opposed(question, seg):
        return True
    q_words = {w.lower() for w in re.findall(r"[^\W\d_]+", question)}
    q_neg, c_neg = _negated_words(question), _negated_words(seg)
    seg_words = {w.lower() for w in re.findall(r"[^\W\d_]+", seg)}
    if c_neg and _FAULT_ASKED_RE.search(question):
        return False  # "bị thiếu lượng so với yêu cầu" asks the failures in other words: "64 mẫu không đạt yêu cầu"
    flipped_in_text = (c_neg & q_words) - q_neg - _ASKING_WORDS  # "còn bao nhiêu" asks; "không còn phù hợp" is no opposite
    flipped_in_question = (q_neg & seg_words) - c_neg
    return bool(flipped_in_text) or bool(flipped_in_question)
