"""Restoring diacritics to questions typed without them, from the corpus's own vocabulary.

"so the kiem dinh vien do luong duoc cap" → "số thẻ kiểm định viên đo lường được cấp": each folded
syllable pair is replaced by the most frequent corpus bigram that folds to it (then single syllables
by the most frequent syllable), with a small built-in list for question words the reports rarely use.
Retrieval keeps its accent-folded index; restoration serves the answering stage, which needs the
words themselves (folding merges "thẻ", "thế" and "the").
"""

from __future__ import annotations

import re

from ingest.normalize import fold

_QUESTION_PHRASES = (
    "bao nhiêu", "là bao nhiêu", "mấy", "là gì", "ở đâu", "khi nào", "ngày nào", "ai", "những", "nào", "không",
    "chưa", "tỷ lệ", "phần trăm", "tổng cộng", "tổng số", "được", "đã", "năm", "có", "của", "và", "trong", "cho",
    "biết", "số", "các", "là", "với", "về", "tại", "thì", "sao", "còn", "nhiều hơn", "ít hơn", "chênh lệch",
    "trung bình", "bình quân", "mỗi", "gồm", "bao gồm", "đâu", "gì", "hãy", "cho biết",
)


# the words of periods and plans, as a report writes them, however often the corpus marks them otherwise ("6
# thang" is "6 tháng", never "thắng"): the answerer's period and plan patterns read them
_PERIOD_PHRASES = ("tháng", "đầu năm", "cuối năm", "cùng kỳ", "kế hoạch", "lũy kế", "so với", "thực hiện")


# what a question says right before "bao nhiêu", "mấy" …: "giam bao nhieu" is "giảm", never "giám" (of "giám
# định"), "dat bao nhieu phan tram" "đạt", never "đặt" (of "Chi cục đặt mục tiêu")
_BEFORE_ASKED = {"giam": "giảm", "tang": "tăng", "dat": "đạt"}
_ASKED_WORDS = ("bao\u00a0nhiêu", "mấy", "may", "là\u00a0bao\u00a0nhiêu")

# i/y spellings typed without diacritics ("ti le" for "tỷ lệ")
_SPELLING_VARIANTS = {"ti le": "tỷ lệ", "ty le": "tỷ lệ", "ki niem": "kỷ niệm", "ky niem": "kỷ niệm"}


# a quarter ("quy I/2024", "quy 3"): "quý", never the fund "quỹ" the reports name more often
_QUARTER_RE = re.compile(r"(?<!\w)quy(?=\s+(?:I{1,3}|IV|[1-4])(?![\w.,]))", re.I)


class AccentRestorer:
    def __init__(self, unigrams: dict[str, tuple[str, float]], bigrams: dict[str, tuple[str, float]]) -> None:
        self.unigrams = unigrams
        self.bigrams = bigrams

    @classmethod
    def from_vocabulary(cls, vocab: dict[str, int], df) -> "AccentRestorer":  # noqa: ANN001
        uni: dict[str, tuple[str, float]] = {}
        bi: dict[str, tuple[str, float]] = {}
        for token, j in vocab.items():
            freq = float(df[j]) if j < len(df) else 0.0
            if "_" in token:
                a, _, b = token.partition("_")
                key, original = f"{fold(a)} {fold(b)}", f"{a} {b}"
                target = bi
            else:
                key, original, target = fold(token), token, uni
            if key == original:
                continue
            if key not in target or target[key][1] < freq:
                target[key] = (original, freq)
        for variant, phrase in _SPELLING_VARIANTS.items():
            bi[variant] = (phrase, 1e9)
        for phrase in (*_QUESTION_PHRASES, *_PERIOD_PHRASES):
            words = phrase.split()
            if len(words) == 1:
                uni[fold(phrase)] = (phrase, 1e9)
            elif len(words) == 2:
                bi[fold(phrase)] = (phrase, 1e9)
        return cls(uni, bi)

    def restore(self, text: str) -> str:
        text = _QUARTER_RE.sub(lambda m: _case_like(m.group(0), "quý"), text)
        for phrase in sorted(_QUESTION_PHRASES, key=len, reverse=True):
            if " " in phrase:
                text = re.sub(rf"(?<!\w){re.escape(fold(phrase))}(?!\w)", phrase.replace(" ", "\u00a0"), text)
        spans = list(re.finditer(r"[^\W\d_]+(?:\u00a0[^\W\d_]+)*|\d+(?:[.,]\d+)*|\S", text))
        tokens = [m.group() for m in spans]
        # each word takes the commonest marking of the word pair it stands in, with the word before or after it
        # ("so co so vi pham": "cơ sở" and "vi phạm", not "sở vi" then "phẩm" alone), else of the word alone
        best: list[tuple[float, str] | None] = [None] * len(tokens)
        for i in range(len(tokens) - 1):
            a, b = tokens[i], tokens[i + 1]
            if not (a.isalpha() and b.isalpha()) or text[spans[i].end() : spans[i + 1].start()] != " ":
                continue
            pair = self.bigrams.get(f"{a.lower()} {b.lower()}")
            if pair:
                first, second = pair[0].split(" ", 1)
                for j, word in ((i, first), (i + 1, second)):
                    if best[j] is None or best[j][0] < pair[1]:
                        best[j] = (pair[1], word)
        out: list[str] = []  # each token as restored, after the text that stood before it ("9001:2015" stays whole)
        for i, tok in enumerate(tokens):
            gap = text[spans[i - 1].end() : spans[i].start()] if i else text[: spans[0].start()]
            if "\u00a0" in tok:
                out.append(gap + tok.replace("\u00a0", " "))
            elif tok.lower() in _BEFORE_ASKED and i + 1 < len(tokens) and tokens[i + 1].lower() in _ASKED_WORDS:
                out.append(gap + _case_like(tok, _BEFORE_ASKED[tok.lower()]))
            elif best[i] is not None:
                out.append(gap + _case_like(tok, best[i][1]))
            else:
                hit = self.unigrams.get(tok.lower()) if tok.isalpha() and tok == fold(tok) or tok.isupper() else None
                out.append(gap + (_case_like(tok, hit[0]) if hit and not tok.isupper() else tok))
        return "".join(out) + (text[spans[-1].end() :] if spans else text)


    def restore_aligned(self, text: str) -> str:
        """A text typed without diacritics ("kiem tra 72 cua hang xang dau") with its words' marks restored
        where the corpus knows them ("kiểm tra 72 cửa hàng xăng dầu"), every character in its place: only
        marks change (each Vietnamese letter is one code point in NFC), so offsets into it are offsets into
        ``text``. Each word takes the commonest marking of the word pair it stands in (left or right), else of
        the word alone. Some words come out wrong ("thì xã" for "thị xã"): read the result accent-folded, as the
        answerer does, and use it for the patterns that need marks ("tháng", "kế hoạch", "năm")."""
        out = list(text)
        words = list(_ALIGNED_WORD_RE.finditer(text))
        best: list[tuple[float, str] | None] = [None] * len(words)
        for i, (a, b) in enumerate(zip(words, words[1:])):
            if not text[a.end() : b.start()].isspace() or "\n" in text[a.end() : b.start()]:
                continue
            key = f"{a.group().lower()} {b.group().lower()}"
            pair = self.bigrams.get(key)
            if not pair:
                continue
            first, second = pair[0].split(" ", 1)
            for j, word in ((i, first), (i + 1, second)):
                if best[j] is None or best[j][0] < pair[1]:
                    best[j] = (pair[1], word)
        for i, m in enumerate(words):
            word = m.group()
            if not word.isalpha():
                continue  # a number (an abbreviation, "CHXD", is in no table and stays too)
            low = word.lower()
            choice = best[i][1] if best[i] else None
            if choice is None:
                hit = self.unigrams.get(low)
                choice = hit[0] if hit else None
            if choice:
                new = _case_like(word, choice)
                if len(new) == len(word) and fold(new) == fold(word):
                    out[m.start() : m.end()] = new
        return "".join(out)


_ALIGNED_WORD_RE = re.compile(r"[^\W_]+")  # (a number pairs with its word: "6 thang" is "6 tháng")


def _case_like(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
