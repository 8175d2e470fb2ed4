"""An OCR'd report's dropped or misread marks, mended from how the same report writes the words elsewhere;
a typed report's look-alike words are left alone."""

from __future__ import annotations

from ingest.diacritics import mend_diacritics

CLEAN = (
    "Năm 2024, Chi cục đã kiểm tra chất lượng hàng hóa tại 46 cửa hàng xăng dầu và thủ tục hành chính được giải quyết "
    "đúng hạn. Năm 2024, Chi cục hướng dẫn doanh nghiệp nâng cao năng suất và chất lượng sản phẩm. Năm 2024, thủ tục "
    "hành chính được công khai. Chất lượng hàng hóa được kiểm soát so với năm 2023. Doanh nghiệp được hướng dẫn áp dụng "
    "tiêu chuẩn; năng suất lao động tăng so với năm 2023. "
) * 6


def _misread(text: str) -> str:
    """What a scan's OCR makes of it: a few words with their marks dropped or changed, once each."""
    for right, wrong in (("Năm 2024, Chi cục đã kiểm", "Nam 2024, Chi cục đã kiểm"), ("thủ tục hành chính được giải",
                         "thủ tục hành chinh được giải"), ("nâng cao năng suất", "nâng cao nang suất"),
                         ("tăng so với năm", "tăng so vơi năm"), ("Chi cục hướng dẫn doanh", "Chi cục huớng dẫn doanh"),
                         ("Chất lượng hàng hóa được kiểm", "Chất lương hàng hóa được kiểm"), ("công khai", "cong khai"),
                         ("chất lượng sản phẩm", "chật lượng sản phẩm"), ("Doanh nghiệp được hướng", "Doanh nghiẹp được hướng"),
                         ("đúng hạn. Năm", "đúng hạn. Nam"), ("kiểm soát", "kiềm soát")):
        text = text.replace(right, wrong, 1)
    return text


def test_an_ocr_scan_gets_back_the_marks_the_report_writes_elsewhere() -> None:
    scanned = _misread(CLEAN)
    assert scanned != CLEAN and len(scanned) == len(CLEAN)
    assert mend_diacritics(scanned) == CLEAN


def test_a_typed_report_is_left_as_it_is() -> None:
    # "thanh toán" beside many "thành lập", "đình chỉ" beside "quyết định": words in their own right
    typed = CLEAN + "Chi cục thanh toán kinh phí đúng hạn; đình chỉ hiệu lực 2 quyết định. " + (
        "Chi cục thành lập đoàn kiểm tra theo quyết định hiệu lực. " * 6)
    assert mend_diacritics(typed) == typed
    assert mend_diacritics(_misread(CLEAN)[:300]) == _misread(CLEAN)[:300]  # too little text to judge
