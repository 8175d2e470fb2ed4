"""TesseractOCR on an image-only PDF page, and its errors when OCR cannot run."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from assistant.errors import IngestError
from ingest.ocr import TesseractOCR

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINE = "Tổng cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội nghị tổng kết năm"


def _require_tesseract() -> TesseractOCR:
    ocr = TesseractOCR()
    if not ocr.available():
        pytest.skip(
            "tesseract with Vietnamese data is not installed "
            "(apt-get install tesseract-ocr tesseract-ocr-vie)"
        )
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (apt-get install fonts-dejavu-core)")
    return ocr


def _scanned_pdf(path: Path, lines: list[str]) -> Path:
    """An image-only PDF page: the lines drawn with DejaVu Sans, saved by Pillow."""
    font = ImageFont.truetype(str(FONT), 44)
    image = Image.new("RGB", (2000, 120 + 90 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((60, 60 + 90 * n), line, font=font, fill="black")
    image.save(path, "PDF", resolution=200)
    return path


def _syllables_found(text: str, expected: str) -> float:
    words = set(text.split())
    wanted = expected.split()
    return sum(word in words for word in wanted) / len(wanted)


@pytest.mark.parametrize("renderer", ["pdftoppm", "embedded-images"])
def test_reads_vietnamese_from_an_image_only_page(tmp_path: Path, renderer: str) -> None:
    ocr = _require_tesseract()
    if renderer == "pdftoppm" and shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    if renderer == "embedded-images":
        ocr.pdftoppm_cmd = str(tmp_path / "no-pdftoppm")  # forces the pypdf image fallback
    second = "Độc lập - Tự do - Hạnh phúc"
    pdf = _scanned_pdf(tmp_path / "scan.pdf", [LINE, second])
    text = ocr.read_pdf_page(pdf, 0)
    assert text == unicodedata.normalize("NFC", text)
    assert _syllables_found(text, LINE) >= 0.8, text
    assert _syllables_found(text, second) >= 0.8, text


def test_missing_tesseract_raises_with_the_install_hint(tmp_path: Path) -> None:
    ocr = TesseractOCR(tesseract_cmd=str(tmp_path / "no-such-tesseract"))
    assert not ocr.available()
    with pytest.raises(IngestError, match="apt-get install tesseract-ocr tesseract-ocr-vie"):
        ocr.read_pdf_page(tmp_path / "scan.pdf", 0)


def test_missing_language_data_names_the_package(tmp_path: Path) -> None:
    _require_tesseract()
    ocr = TesseractOCR(lang="xyz")
    assert not ocr.available()
    with pytest.raises(IngestError, match="tesseract-ocr-xyz"):
        ocr.read_pdf_page(tmp_path / "scan.pdf", 0)


def test_page_out_of_range(tmp_path: Path) -> None:
    ocr = _require_tesseract()
    pdf = _scanned_pdf(tmp_path / "scan.pdf", [LINE])
    with pytest.raises(IngestError, match="no page 3"):
        ocr.read_pdf_page(pdf, 2)


def test_blank_page_reads_as_empty_text(tmp_path: Path) -> None:
    ocr = _require_tesseract()
    pdf = tmp_path / "blank.pdf"
    Image.new("RGB", (1200, 800), "white").save(pdf, "PDF", resolution=150)
    assert ocr.read_pdf_page(pdf, 0) == ""
