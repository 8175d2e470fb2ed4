"""Loaders by file type: the registry, text encodings, PDF (pages, damage, encryption, no text
layer, the legacy /Fl PDFs), DOCX and HTML — each through the loader and through DocumentReader."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from assistant.errors import IngestError, UnsupportedFileError
from ingest.legacy_tables import encode_legacy
from ingest.loaders import RawDocument, RawPage, loader_for, register_loader, supported_suffixes
from ingest.loaders.docx import DocxLoader
from ingest.loaders.html import HtmlLoader
from ingest.loaders.pdf import PdfLoader
from ingest.loaders.text import TextLoader
from ingest.ocr import TesseractOCR
from ingest.pipeline import DocumentReader

ROOT = Path(__file__).resolve().parents[2]
LEGACY = ROOT / "tests" / "fixtures" / "legacy"
LARGE_LEGACY = LEGACY / "2006-1E499_ND109veDKKD_dacotrenmucPTDNN-V.pdf"
pytestmark = pytest.mark.filterwarnings("ignore:The filter name /Fl:DeprecationWarning")

VI = "Tổng cục Tiêu chuẩn Đo lường Chất lượng đã thẩm định, trình công bố 389 TCVN trong năm 2021."


def _no_ocr() -> TesseractOCR:
    return TesseractOCR(tesseract_cmd="/nonexistent/tesseract")  # a real OCR that is not installed


# --- registry -------------------------------------------------------------------------------------
def test_builtin_loaders_are_registered_by_suffix() -> None:
    assert {".txt", ".md", ".pdf", ".docx", ".html", ".htm"} <= set(supported_suffixes())
    assert isinstance(loader_for(Path("a.TXT")), TextLoader)
    assert isinstance(loader_for(Path("a.md")), TextLoader)
    assert isinstance(loader_for(Path("b.PDF")), PdfLoader)
    assert isinstance(loader_for(Path("c.docx")), DocxLoader)
    assert isinstance(loader_for(Path("d.html")), HtmlLoader)


def test_unsupported_type_names_the_suffix_and_the_supported_ones() -> None:
    with pytest.raises(UnsupportedFileError) as err:
        loader_for(Path("report.xyz"))
    assert "'.xyz'" in str(err.value) and ".pdf" in str(err.value)
    with pytest.raises(UnsupportedFileError, match=r"\(none\)"):
        loader_for(Path("README"))


def test_a_new_loader_registers_like_the_builtin_ones(tmp_path: Path) -> None:
    from ingest import loaders

    @register_loader(".rtf")
    class RtfLoader:
        def load(self, path: Path) -> RawDocument:
            return RawDocument(path=path, pages=[RawPage(text=path.read_text(encoding="utf-8").strip("{}"))])

    try:
        f = tmp_path / "r.rtf"
        f.write_text("{" + VI + "}", encoding="utf-8")
        assert ".rtf" in supported_suffixes()
        assert DocumentReader().read(f).text == VI
    finally:
        loaders._REGISTRY.pop(".rtf", None)


# --- text -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("utf-16"), "utf-16"),  # with BOM
        (lambda s: s.encode("utf-16-le"), "utf-16-le"),  # without BOM
        (lambda s: encode_legacy(s, "cp1258").encode("latin-1"), "cp1258"),  # Windows-1258 bytes
        (lambda s: encode_legacy(s, "tcvn3").encode("latin-1"), "8-bit (tcvn3)"),
        (lambda s: encode_legacy(s, "vni").encode("latin-1"), "8-bit (vni)"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-le", "cp1258", "tcvn3", "vni"],
)
def test_text_file_encodings_come_back_as_the_same_vietnamese(tmp_path: Path, encode, encoding: str) -> None:  # noqa: ANN001
    text = f"Báo cáo tổng kết\n\n{VI}\nHoà bình, thuỷ sản, Uỷ ban."
    f = tmp_path / "r.txt"
    f.write_bytes(encode(text))
    doc = DocumentReader().read(f)
    assert doc.text == "Báo cáo tổng kết\n\n" + VI + "\nHòa bình, thủy sản, Ủy ban."
    assert doc.file_encoding == encoding
    if encoding.startswith("8-bit"):
        assert doc.encoding == encoding[7:-1]  # the legacy repair is reported (tcdlcl docs shows it)


def test_binary_garbage_with_a_text_suffix_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "garbage.txt"
    f.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(IngestError, match="binary file|encoding not recognised"):
        DocumentReader().read(f)


def test_markdown_heading_markers_are_dropped(tmp_path: Path) -> None:
    f = tmp_path / "r.md"
    f.write_text("# Báo cáo năm 2021\n\n* mục một\n\n" + VI, encoding="utf-8")
    doc = DocumentReader().read(f)
    assert doc.text.startswith("Báo cáo năm 2021\n\n- mục một\n\n")
    assert doc.title == "Báo cáo năm 2021"


def test_empty_and_whitespace_only_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="the file is empty"):
        DocumentReader().read(empty)
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\u00a0\n\t\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no text could be extracted"):
        DocumentReader().read(blank)


def test_paths_that_are_not_readable_files(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError, match="not a regular file"):
        DocumentReader().read(tmp_path / "folder.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(IngestError, match="broken symbolic link"):
        DocumentReader().read(tmp_path / "dangling.txt")
    with pytest.raises(IngestError, match="file not found"):
        DocumentReader().read(tmp_path / "missing.txt")


# --- PDF ------------------------------------------------------------------------------------------
def test_pdf_text_per_page_with_page_numbers(pdf_factory) -> None:  # noqa: ANN001
    pdf = pdf_factory.text("r.pdf", [["Báo cáo tổng kết năm 2021", VI], ["Trang hai: thuỷ sản đạt 6.946.305,937 tấn."]],
                           title="Báo cáo tổng kết năm 2021", author="Trương Vân")
    raw = PdfLoader().load(pdf)
    assert [p.page for p in raw.pages] == [1, 2]
    assert VI in raw.pages[0].text and not any(p.ocr for p in raw.pages)
    assert raw.title == "Báo cáo tổng kết năm 2021" and raw.author == "Trương Vân"
    doc = DocumentReader().read(pdf)
    second = doc.text.index("Trang hai")
    assert doc.page_starts == [0, second]
    assert doc.text[second:] == "Trang hai: thủy sản đạt 6.946.305,937 tấn."  # normalised tone mark
    assert doc.encoding is None  # Unicode PDFs are not "repaired"


def _dejavu() -> None:
    """Registers DejaVuSans (Vietnamese glyphs) with reportlab, or skips the test where the font is missing."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip(f"{font} is missing")
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))


def test_pdf_raised_footnote_marks_on_figures_are_set_apart(pdf_factory, tmp_path: Path) -> None:  # noqa: ANN001
    """A web page printed to PDF sets "58<sup>2</sup> hồ sơ" as a small raised "2": the plain text reads "582
    hồ sơ". The mark comes out as "[2]"; a unit's power ("m2") and figures at the line's size stay as they are."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf_factory.text("warm.pdf", [["x"]])  # (registers the font)
    path = tmp_path / "sup.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)

    def line(y: float, parts: list[tuple[str, float, float]]) -> None:
        drawn = c.beginText(50, y)
        for text, size, rise in parts:  # (a superscript: a smaller size and a text rise, as word processors set it)
            drawn.setFont("DejaVuSans", size)
            drawn.setRise(rise)
            drawn.textOut(text)
        c.drawText(drawn)

    line(800, [("Năm 2021, Chi cục đã tiếp nhận và xử lý 58", 11, 0), ("2", 7, 4), (" hồ sơ công bố hợp quy.", 11, 0)])
    line(780, [("Toàn tỉnh có 146", 11, 0), ("3", 7, 4), (" cơ quan áp dụng HTQLCL.", 11, 0)])
    line(760, [("Diện tích kho 250 m", 11, 0), ("2", 7, 4), (" và 4.094 chiếc đồng hồ nước.", 11, 0)])
    c.showPage()
    c.save()
    text = PdfLoader().load(path).pages[0].text
    assert "xử lý 58[2] hồ sơ" in text and "có 146[3] cơ quan" in text, text
    assert "250 m2 và 4.094 chiếc" in text, text


def test_pdf_junk_metadata_title_is_ignored(pdf_factory) -> None:  # noqa: ANN001
    pdf = pdf_factory.text("r.pdf", [["Báo cáo tổng kết năm 2021", VI]], title="Microsoft Word - BC2021.doc")
    assert DocumentReader().read(pdf).title == "Báo cáo tổng kết năm 2021"


def test_pdf_empty_page_keeps_page_numbers(pdf_factory, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader, PdfWriter

    text_pdf = pdf_factory.text("t.pdf", [["Trang một có chữ."], ["Trang ba có chữ."]])
    blank = pdf_factory.blank("b.pdf")
    writer = PdfWriter()
    reader, blank_reader = PdfReader(str(text_pdf)), PdfReader(str(blank))
    writer.add_page(reader.pages[0])
    writer.add_page(blank_reader.pages[0])
    writer.add_page(reader.pages[1])
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as fh:
        writer.write(fh)
    doc = DocumentReader().read(mixed)  # page 2 has no text (OCR, if installed, finds nothing)
    assert doc.text == "Trang một có chữ.\n\nTrang ba có chữ."
    import bisect

    assert bisect.bisect_right(doc.page_starts, doc.text.index("Trang ba")) == 3
    assert bisect.bisect_right(doc.page_starts, 0) == 1


def test_corrupt_pdfs(tmp_path: Path, pdf_factory) -> None:  # noqa: ANN001
    no_header = tmp_path / "fake.pdf"
    no_header.write_bytes(b"this is not a pdf at all\n" * 20)
    with pytest.raises(IngestError, match="not a PDF file"):
        PdfLoader().load(no_header)
    good = pdf_factory.text("good.pdf", [[VI]]).read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good[: len(good) // 2])
    with pytest.raises(IngestError, match="corrupt PDF"):
        PdfLoader().load(truncated)
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    with pytest.raises(IngestError, match="corrupt PDF"):
        PdfLoader().load(garbage)


def test_encrypted_pdf_needs_a_password(pdf_factory) -> None:  # noqa: ANN001
    pdf = pdf_factory.text("locked.pdf", [[VI]], password="bí-mật")
    with pytest.raises(IngestError, match="encrypted PDF: it needs a password"):
        PdfLoader().load(pdf)


def test_encrypted_pdf_with_empty_user_password_is_read(pdf_factory) -> None:  # noqa: ANN001
    pdf = pdf_factory.text("owner-only.pdf", [[VI]], password="")
    assert VI in DocumentReader().read(pdf).text


def test_pdf_without_text_layer_and_without_ocr(pdf_factory) -> None:  # noqa: ANN001
    pdf = pdf_factory.blank("scan.pdf", pages=2)
    with pytest.raises(IngestError, match="no text layer .* OCR is not installed: install it"):
        PdfLoader(ocr=_no_ocr()).load(pdf)


def test_pdf_without_text_layer_with_ocr_finding_nothing(pdf_factory) -> None:  # noqa: ANN001
    if not TesseractOCR().available():
        pytest.skip("tesseract-ocr-vie is not installed")
    with pytest.raises(IngestError, match="no text layer, and OCR found no text"):
        PdfLoader().load(pdf_factory.blank("scan.pdf"))


def test_large_legacy_pdf_with_abbreviated_filter_extracts() -> None:
    # pypdf 7 refuses its /Fl streams (pages come back empty); pypdf 6 reads all 30 pages.
    raw = PdfLoader(ocr=_no_ocr()).load(LARGE_LEGACY)
    assert len(raw.pages) == 30
    assert sum(1 for p in raw.pages if p.text.strip()) >= 29
    assert all(p.relayout is not None for p in raw.pages)
    assert "NGHÞ §ÞNH" in raw.pages[0].text  # TCVN3 bytes, repaired later by DocumentReader


# --- DOCX -----------------------------------------------------------------------------------------
def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Báo cáo tổng kết công tác năm 2021"
    document.core_properties.author = "Trương Vân"
    document.add_heading("Hoạt động đo lường", level=1)
    document.add_paragraph("Năm 2021 đã kiểm định 4.094 phương tiện đo, tăng 15,9% so với năm 2020.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Số lượng"
    table.cell(1, 0).text, table.cell(1, 1).text = "TCVN công bố", "389"
    document.save(str(path))
    return path


def test_docx_paragraphs_tables_and_properties(tmp_path: Path) -> None:
    doc = DocumentReader().read(_docx(tmp_path / "r.docx"))
    assert doc.text == (
        "Hoạt động đo lường\nNăm 2021 đã kiểm định 4.094 phương tiện đo, tăng 15,9% so với năm 2020.\n"
        "Chỉ tiêu | Số lượng\nTCVN công bố | 389"
    )
    assert doc.title == "Báo cáo tổng kết công tác năm 2021"
    assert doc.author == "Trương Vân"
    assert doc.page_starts == []


def test_docx_tabs_and_line_breaks_are_whitespace(tmp_path: Path) -> None:
    """A line break or a tab inside a paragraph or a table cell separates words ("Công ty<br/>TNHH")."""
    import docx

    document = docx.Document()
    run = document.add_paragraph().add_run("Giải Bạc: Công ty")
    run.add_break()
    run.add_text("TNHH Bao bì Sầm Sơn")
    para = document.add_paragraph()
    para.add_run("Kiểm định")
    para.add_run().add_tab()
    para.add_run("4.094 PTĐ")
    table = document.add_table(rows=1, cols=2)
    cell_run = table.cell(0, 0).paragraphs[0].add_run("Công tơ")
    cell_run.add_break()
    cell_run.add_text("điện")
    table.cell(0, 1).text = "389"
    document.save(str(tmp_path / "b.docx"))
    text = DocumentReader().read(tmp_path / "b.docx").text
    assert text.split("\n") == ["Giải Bạc: Công ty", "TNHH Bao bì Sầm Sơn", "Kiểm định 4.094 PTĐ", "Công tơ điện | 389"]


def _docx_with_parts(path: Path, body: str, footnotes: str | None = None) -> Path:
    """A .docx whose body XML is written by hand (text boxes, tracked changes, content controls and
    footnotes have no python-docx API), with a footnotes part when given."""
    import zipfile

    import docx

    docx.Document().save(str(path))
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/document.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>'.encode()
    if footnotes is not None:
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        parts["word/footnotes.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {w}>{footnotes}</w:footnotes>'.encode()
        rels = parts["word/_rels/document.xml.rels"].decode()
        parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
            '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
            'Target="footnotes.xml"/></Relationships>')).encode()
        types = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = types.replace("</Types>", (
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.footnotes+xml"/></Types>')).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_docx_text_box_is_read_once_with_its_own_lines(tmp_path: Path) -> None:
    """A text box is stored twice (DrawingML and a VML copy for old Word): its paragraphs are read once,
    each on its own line, after the paragraph that anchors it."""
    box = _p(_r("KẾT QUẢ NỔI BẬT")) + _p(_r("- Doanh thu đạt 152,7 tỷ đồng;")) + _p(_r("- 1.240 giấy chứng nhận."))
    body = (_p(_r("Trước hộp."))
            + _p('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
                 f"{box}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
                 f"<w:txbxContent>{box}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
            + _p(_r("Sau hộp.")))
    text = DocumentReader().read(_docx_with_parts(tmp_path / "box.docx", body)).text
    assert text.split("\n") == ["Trước hộp.", "KẾT QUẢ NỔI BẬT", "- Doanh thu đạt 152,7 tỷ đồng;",
                                 "- 1.240 giấy chứng nhận.", "Sau hộp."]


def test_docx_footnotes_tracked_changes_and_content_controls(tmp_path: Path) -> None:
    """A footnote reads "[1]" where Word prints its number and its text follows the paragraph that refers
    to it; a tracked deletion is not read, an insertion is; a content control's paragraphs are read."""
    body = (
        _p(_r("Cấp mới 402 chứng chỉ") + '<w:r><w:footnoteReference w:id="7"/></w:r>' + _r(" (năm 2022: 371)."))
        + _p(_r("Doanh thu đạt ") + '<w:del w:id="1" w:author="A"><w:r><w:delText>148,2</w:delText></w:r></w:del>'
             + '<w:ins w:id="2" w:author="A">' + _r("152,7") + "</w:ins>" + _r(" tỷ đồng."))
        + "<w:sdt><w:sdtPr/><w:sdtContent>" + _p(_r("MỤC LỤC")) + "</w:sdtContent></w:sdt>"
    )
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> Trong đó 37 chứng chỉ cấp cho khách hàng nước ngoài.</w:t></w:r></w:p></w:footnote>')
    text = DocumentReader().read(_docx_with_parts(tmp_path / "notes.docx", body, notes)).text
    assert text.split("\n") == [
        "Cấp mới 402 chứng chỉ[1] (năm 2022: 371).",
        "[1] Trong đó 37 chứng chỉ cấp cho khách hàng nước ngoài.",
        "Doanh thu đạt 152,7 tỷ đồng.",
        "MỤC LỤC",
    ]


def _font(run, name: str) -> None:  # noqa: ANN001 - a python-docx Run
    from docx.oxml.ns import qn

    props = run._element.get_or_add_rPr()
    fonts = props.makeelement(qn("w:rFonts"), {qn("w:ascii"): name, qn("w:hAnsi"): name})
    props.append(fonts)


def _tcvn3(text: str, capitals: bool = False) -> str:
    """``text`` as typed with a TCVN3 keyboard driver; in ``.VnTimeH`` the ASCII letters may be typed either case."""
    codes = encode_legacy(text.lower() if capitals else text, "tcvn3")
    return "".join(c.upper() if capitals and c.isascii() else c for c in codes)


def _tcvn3_docx(path: Path) -> Path:
    """A report typed in .VnTime (the Normal style's font), its heading in .VnTimeH, with later edits typed
    in Unicode Times New Roman inside the same paragraph and the same table, and a TCVN3 core title."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = ".VnTime"
    normal.element.rPr.rFonts.set(qn("w:hAnsi"), ".VnTime")
    document.core_properties.title = _tcvn3("Báo cáo tổng kết năm 2015")
    _font(document.add_paragraph().add_run(_tcvn3("Báo cáo tổng kết công tác năm 2015", capitals=True)), ".VnTimeH")
    paragraph = document.add_paragraph()
    paragraph.add_run(_tcvn3("Năm 2015, Chi cục đã kiểm định "))
    _font(paragraph.add_run("4.094 phương tiện đo, có 215 công tơ điện; ngày 5/3/2015 Công ty"), "Times New Roman")
    paragraph.add_run(_tcvn3(" được cấp dấu định lượng."))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).paragraphs[0].add_run(_tcvn3("Nội dung"))
    _font(table.cell(0, 1).paragraphs[0].add_run("Năm 2015 (đã sửa)"), "Arial")
    table.cell(1, 0).paragraphs[0].add_run(_tcvn3("Cân đồng hồ"))
    table.cell(1, 1).paragraphs[0].add_run("1.204")
    document.save(str(path))
    return path


def test_docx_legacy_font_runs_are_decoded_by_their_own_font(tmp_path: Path) -> None:
    """Each run is read in the encoding its font names: TCVN3 runs decode, .VnTimeH capitals stay capitals,
    and Unicode runs typed later in the same paragraph or table ("có", "Công", "ngày") are left alone,
    where a guess over the whole paragraph gave "cú", "Cụng", "ngỔy". The TCVN3 core title decodes too."""
    doc = DocumentReader().read(_tcvn3_docx(tmp_path / "tcvn3.docx"))
    assert doc.text.split("\n") == [
        "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2015",
        "Năm 2015, Chi cục đã kiểm định 4.094 phương tiện đo, có 215 công tơ điện; ngày 5/3/2015 Công ty được cấp dấu định lượng.",
        "Nội dung | Năm 2015 (đã sửa)",
        "Cân đồng hồ | 1.204",
    ]
    assert (doc.title, doc.encoding) == ("Báo cáo tổng kết năm 2015", "tcvn3")


def test_docx_legacy_font_from_a_character_style_and_a_based_on_chain(tmp_path: Path) -> None:
    """A run's font may come from its character style or from its paragraph style's ``basedOn`` chain;
    a run in a legacy font that already holds letters only Unicode has is left as typed."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    base = document.styles.add_style("Legacy", WD_STYLE_TYPE.PARAGRAPH)
    base.font.name = ".VnArial"
    child = document.styles.add_style("LegacyBody", WD_STYLE_TYPE.PARAGRAPH)
    child.base_style = base
    caps = document.styles.add_style("LegacyCaps", WD_STYLE_TYPE.CHARACTER)
    caps.font.name = ".VnArialH"
    document.add_paragraph(_tcvn3("Kiểm tra 37 cơ sở"), style="LegacyBody")
    mixed = document.add_paragraph(style="LegacyBody")
    mixed.add_run(_tcvn3("Phụ lục", capitals=True), style="LegacyCaps")
    mixed.add_run(" – Đã kiểm định 12 cột đo")  # Unicode typed into the style's .VnArial
    document.add_paragraph("Tổng số: có 5 cơ sở")  # Normal: a Unicode font
    document.save(str(tmp_path / "styles.docx"))
    text = DocumentReader().read(tmp_path / "styles.docx").text
    assert text.split("\n") == ["Kiểm tra 37 cơ sở", "PHỤ LỤC - Đã kiểm định 12 cột đo", "Tổng số: có 5 cơ sở"]


def test_corrupt_docx(tmp_path: Path) -> None:
    not_zip = tmp_path / "old.docx"
    not_zip.write_bytes(b"\xd0\xcf\x11\xe0 an old binary .doc renamed")
    with pytest.raises(IngestError, match="not a valid .docx"):
        DocumentReader().read(not_zip)
    import zipfile

    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("hello.txt", "not a word document")
    with pytest.raises(IngestError, match="corrupt .docx"):
        DocumentReader().read(other_zip)


# --- HTML -----------------------------------------------------------------------------------------
HTML = """<!doctype html><html><head><title>TCĐLCL - Trang tin</title>
<meta name="author" content="Trương Vân"><style>p { color: red }</style>
<script>var tracking = "không được lập chỉ mục";</script></head>
<body><header>Trang chủ | Giới thiệu</header><nav><a href="/">Menu điều hướng</a></nav>
<div role="navigation">Đường dẫn phụ</div>
<main><h1>Hội nghị tổng kết công tác năm 2021</h1>
<p>Năm 2021,&nbsp;Khối cơ quan Tổng cục đã trình công bố <b>389</b> TCVN.</p>
<table><tr><th>Chỉ tiêu</th><th>Số lượng</th></tr><tr><td>QCVN</td><td>39</td></tr></table>
<figure><img src="a.jpg"><figcaption>Toàn cảnh Hội nghị.</figcaption></figure>
</main><aside>Tin liên quan</aside><footer>Bản quyền © TCĐLCL</footer>
<form><button>Gửi</button></form></body></html>"""


def test_html_keeps_the_article_and_drops_the_page_furniture(tmp_path: Path) -> None:
    f = tmp_path / "r.html"
    f.write_text(HTML, encoding="utf-8")
    doc = DocumentReader().read(f)
    assert doc.text == (
        "Hội nghị tổng kết công tác năm 2021\n"
        "Năm 2021, Khối cơ quan Tổng cục đã trình công bố 389 TCVN.\n"
        "Chỉ tiêu | Số lượng\nQCVN | 39\nToàn cảnh Hội nghị."
    )
    for dropped in ("tracking", "color", "Menu", "Đường dẫn", "Trang chủ", "Tin liên quan", "Bản quyền", "Gửi"):
        assert dropped not in doc.text
    assert doc.title == "Hội nghị tổng kết công tác năm 2021"
    assert doc.author == "Trương Vân"


def test_html_numbered_section_heading_is_no_title(tmp_path: Path) -> None:
    """LibreOffice's "Save as HTML" writes Heading 1 as <h1>: the report's first section ("I.ĐẶC ĐIỂM TÌNH
    HÌNH") is not its title, the <title> is; a page's headline <h1> still is."""
    f = tmp_path / "lo.html"
    f.write_text(
        '<html><head><title>Báo cáo tổng kết công tác TĐC năm 2021</title></head><body>'
        '<p align="center">BÁO CÁO</p><p>Tổng kết công tác năm 2021</p>'
        '<h1 class="western">I.ĐẶC ĐIỂM TÌNH HÌNH</h1><p>Năm 2021 Chi cục kiểm định 37.975 phương tiện đo.</p>'
        '<h1 class="western">II. KẾT QUẢ THỰC HIỆN</h1><p>Trong năm …</p></body></html>', encoding="utf-8")
    doc = DocumentReader().read(f)
    assert doc.title == "Báo cáo tổng kết công tác TĐC năm 2021"
    assert "I.ĐẶC ĐIỂM TÌNH HÌNH" in doc.text


def test_html_source_line_ends_are_spaces(tmp_path: Path) -> None:
    """Word's "Save as Web Page" wraps its HTML source at about 80 columns, mid-sentence and inside table
    cells: a browser shows those line ends as spaces, and so must the reader. <pre> keeps its lines."""
    f = tmp_path / "word.htm"
    f.write_text(
        '<html><body><div class="WordSection1"><p class="MsoNormal"><span lang="VI">Trung tâm Kỹ thuật\n'
        "đã tiếp nhận\r\n2.147 lượt yêu cầu kiểm định; thực hiện kiểm định\n19.355 phương tiện đo (PTĐ).</span></p>\n"
        "<table><tr><td><p>Kết quả thực\nhiện 6 tháng\n2024</p></td><td>19.355</td></tr></table>\n"
        "<pre>Dòng 1\nDòng 2</pre></div></body></html>",
        encoding="utf-8",
    )
    text = DocumentReader().read(f).text
    assert text.split("\n") == [
        "Trung tâm Kỹ thuật đã tiếp nhận 2.147 lượt yêu cầu kiểm định; thực hiện kiểm định 19.355 phương tiện đo (PTĐ).",
        "Kết quả thực hiện 6 tháng 2024 | 19.355",
        "Dòng 1",
        "Dòng 2",
    ]


def test_html_table_cell_keeps_a_figure_split_over_spans(tmp_path: Path) -> None:
    """Word splits a figure over two spans whose tags wrap in the source ("<span>1.</span><span\\nlang=VI>874"):
    a cell reads it as the browser shows it, 1.874, while its paragraphs and line breaks stay apart."""
    f = tmp_path / "outlook.htm"
    f.write_text(
        '<html><body><table><tr><td><p class=MsoNormal>Cân đồng<br>hồ</p><p>lò xo</p></td>'
        '<td><p class=MsoNormal><span lang=VI>1.</span><span\nlang=VI\nstyle="font-size:12pt">874<o:p></o:p></span></p></td>'
        "</tr></table></body></html>",
        encoding="utf-8",
    )
    assert DocumentReader().read(f).text == "Cân đồng hồ lò xo | 1.874"


def test_html_inside_a_page_wide_form_is_read(tmp_path: Path) -> None:
    """An ASP.NET page wraps its whole body in <form id="aspnetForm">: the article inside is read, the
    form's controls (the __VIEWSTATE field, a search box, a select of links) are not."""
    f = tmp_path / "aspnet.html"
    f.write_text(
        '<html><body><form id="aspnetForm" method="post" action="./tin.aspx">'
        '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg==">'
        '<table><tr><td><select><option>Liên kết website</option><option>Bộ KH&amp;CN</option></select>'
        '<input type="text" value="Tìm kiếm"></td>'
        "<td><b>BÁO CÁO</b><br>&nbsp;&nbsp;&nbsp;Chi cục đã kiểm định 1.254&nbsp;phương tiện đo.<br>"
        "&nbsp;&nbsp;&nbsp;Lấy 36 mẫu phân bón.</td></tr></table></form></body></html>",
        encoding="utf-8",
    )
    text = DocumentReader().read(f).text
    assert "Chi cục đã kiểm định 1.254 phương tiện đo." in text
    assert "Lấy 36 mẫu phân bón." in text
    for dropped in ("wEPDwU", "Liên kết website", "Bộ KH&CN", "Tìm kiếm"):
        assert dropped not in text


def test_html_page_laid_out_with_tables_keeps_its_paragraphs(tmp_path: Path) -> None:
    """An old portal lays out the whole page with tables: a cell holding headings, paragraphs and a table
    of figures is a block of its own, not one table row with all the article run into it."""
    f = tmp_path / "portal.html"
    f.write_text(
        "<html><body><table><tr><td>Trang chủ</td></tr><tr><td><h2>Sơ kết 9 tháng</h2>"
        "<p>Tính đến ngày 15/9/2023, đã kiểm định được 15.872 PTĐ.</p><p>Tiếp nhận 286 hồ sơ nhập khẩu.</p>"
        '<table border="1"><tr><td>TT</td><td>Loại PTĐ</td><td>Năm 2022</td><td>Năm 2023</td></tr>'
        "<tr><td>1</td><td>Cột đo xăng dầu</td><td>1.984</td><td>2.146</td></tr></table></td>"
        "<td>Tin mới</td></tr></table></body></html>",
        encoding="utf-8",
    )
    lines = DocumentReader().read(f).text.split("\n")
    assert "Tính đến ngày 15/9/2023, đã kiểm định được 15.872 PTĐ." in lines
    assert "Tiếp nhận 286 hồ sơ nhập khẩu." in lines
    assert "1 | Cột đo xăng dầu | 1.984 | 2.146" in lines
    assert "TT | Loại PTĐ | Năm 2022 | Năm 2023" in lines


def test_docx_nested_table_is_read_once(tmp_path: Path) -> None:
    """A table inside a cell follows the row that holds it, its rows as lines; its text is not also run
    into the outer cell."""
    import docx

    d = docx.Document()
    outer = d.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Lĩnh vực", "Kết quả"
    outer.cell(1, 0).text = "Thư viện"
    cell = outer.cell(1, 1)
    cell.text = "Khai thác thư viện (lượt):"
    inner = cell.add_table(rows=2, cols=3)
    for j, x in enumerate(("Nội dung", "Năm 2023", "Năm 2024")):
        inner.cell(0, j).text = x
    for j, x in enumerate(("Lượt bạn đọc", "3.912", "4.386")):
        inner.cell(1, j).text = x
    d.save(tmp_path / "nested.docx")
    text = DocumentReader().read(tmp_path / "nested.docx").text
    assert text.split("\n") == ["Lĩnh vực | Kết quả", "Thư viện | Khai thác thư viện (lượt):",
                                 "Nội dung | Năm 2023 | Năm 2024", "Lượt bạn đọc | 3.912 | 4.386"]


def test_docx_body_typed_in_a_one_column_layout_table_reads_as_text(tmp_path: Path) -> None:
    """A report typed inside a one-column frame (and a section in a bordered one-cell box): each paragraph is a
    line of its own and each nested table stands where it is, between the paragraphs around it, not after the
    cell's whole text run into one line."""
    import docx

    d = docx.Document()
    frame = d.add_table(rows=2, cols=1)
    body = frame.cell(0, 0)
    body.text = "1. Công tác đo lường"
    body.add_paragraph("Năm 2022, Chi cục kiểm tra cân tại 3 chợ. Kết quả tại Bảng 1.")
    body.add_paragraph("Bảng 1. Kết quả kiểm tra cân tại chợ")
    table = body.add_table(rows=2, cols=3)
    for j, x in enumerate(("Tên chợ", "Số cân kiểm tra", "Số cân không đạt")):
        table.cell(0, j).text = x
    for j, x in enumerate(("Chợ Cái Răng", "186", "15")):
        table.cell(1, j).text = x
    body.add_paragraph("2. Công tác tiêu chuẩn")
    box = frame.cell(1, 0).add_table(rows=1, cols=1).cell(0, 0)
    box.text = "Chỉ tiêu năm 2023:"
    box.add_paragraph("- Kiểm định 23.000 PTĐ.")
    d.save(tmp_path / "frame.docx")
    lines = [x for x in DocumentReader().read(tmp_path / "frame.docx").text.split("\n") if x.strip()]
    assert lines == ["1. Công tác đo lường", "Năm 2022, Chi cục kiểm tra cân tại 3 chợ. Kết quả tại Bảng 1.",
                     "Bảng 1. Kết quả kiểm tra cân tại chợ", "Tên chợ | Số cân kiểm tra | Số cân không đạt",
                     "Chợ Cái Răng | 186 | 15", "2. Công tác tiêu chuẩn", "Chỉ tiêu năm 2023:", "- Kiểm định 23.000 PTĐ."]


def test_docx_nested_tables_of_one_header_and_figures_spread_into_their_rows(tmp_path: Path) -> None:
    """A column whose cells each hold a small table, "Quý I | Quý II | Quý III | Quý IV" over one row of figures:
    the figures become the row's own cells and the column's header one cell per quarter, so "quý III" finds
    its figure in its row, not a line of figures apart."""
    import docx

    d = docx.Document()
    outer = d.add_table(rows=3, cols=4)
    for j, x in enumerate(("TT", "Chỉ tiêu", "Cả năm 2024", "Chi tiết theo quý")):
        outer.cell(0, j).text = x
    for i, (label, year, quarters) in enumerate((("Kiểm định PTĐ", "68.215", ("14.326", "17.842", "16.905", "19.142")),
                                                  ("Thử nghiệm mẫu", "2.086", ("418", "538", "497", "633"))), 1):
        outer.cell(i, 0).text, outer.cell(i, 1).text, outer.cell(i, 2).text = str(i), label, year
        inner = outer.cell(i, 3).add_table(rows=2, cols=4)
        for j, (q, v) in enumerate(zip(("Quý I", "Quý II", "Quý III", "Quý IV"), quarters)):
            inner.cell(0, j).text, inner.cell(1, j).text = q, v
    d.save(tmp_path / "quarters.docx")
    text = DocumentReader().read(tmp_path / "quarters.docx").text
    assert text.split("\n") == [
        "TT | Chỉ tiêu | Cả năm 2024 | Chi tiết theo quý Quý I | Chi tiết theo quý Quý II | Chi tiết theo quý Quý III"
        " | Chi tiết theo quý Quý IV",
        "1 | Kiểm định PTĐ | 68.215 | 14.326 | 17.842 | 16.905 | 19.142",
        "2 | Thử nghiệm mẫu | 2.086 | 418 | 538 | 497 | 633",
    ]


def _word_by_word_pdf(path: Path) -> Path:
    """A PDF as a "Microsoft Print to PDF"-like driver writes it: every word drawn as a string of its own at
    its own x (no space characters), justified lines, a table row whose label wraps above and below its
    figures, a raised footnote reference with its note at the page's foot, page numbers at the top."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    _dejavu()
    c = canvas.Canvas(str(path), pagesize=A4)

    def words(text: str, x: float, y: float, size: float = 11, width: float | None = None) -> float:
        ws = text.split()
        widths = [pdfmetrics.stringWidth(w, "DejaVuSans", size) for w in ws]
        space = pdfmetrics.stringWidth(" ", "DejaVuSans", size)
        if width is not None and len(ws) > 1:  # justified: the words spread to the right margin
            space = (width - sum(widths)) / (len(ws) - 1)
        for w, wd in zip(ws, widths):
            c.setFont("DejaVuSans", size)
            c.drawString(x, y, w)
            x += wd + space
        return x

    body = [
        ("Năm 2023, Chi cục đã tiếp nhận 1.262 hồ sơ thủ tục hành chính, trong đó", True),
        ("1.105 hồ sơ được nộp trực tuyến; trả lại 5 hồ sơ do không đáp ứng", True),
        ("điều kiện theo quy định.", False),
    ]
    for page in range(1, 5):
        y = 800
        if page > 1:
            words(str(page), 290, 815)
        other = {2: "Kiểm tra 54 cửa hàng xăng dầu.", 3: "Lấy 92 mẫu xăng dầu.", 4: "Hỗ trợ 14 doanh nghiệp."}
        for line, justified in body if page == 1 else [(other[page], False)]:
            words(line, 60, y, width=470 if justified else None)
            y -= 17
        if page == 1:
            x = words("Tổng số tiền phạt là 186,5 triệu đồng", 60, y)
            c.setFont("DejaVuSans", 7)
            c.drawString(x + 1, y + 4, "1")
            words(", tăng 31,3% so với năm 2022.", x + 6, y)
            y -= 40
            words("Cân thương mại (cân đĩa,", 90, y + 7)
            words("1", 62, y)
            for i, figure in enumerate(("chiếc", "3.412", "3.500", "3.687")):
                words(figure, 260 + 70 * i, y)
            words("cân bàn)", 90, y - 7)
            c.setFont("DejaVuSans", 6)
            c.drawString(60, 64, "1")
            words("Trong đó: vi phạm về đo lường 9 cơ sở, số tiền phạt 92,0 triệu đồng.", 64, 60, size=8)
        c.showPage()
    c.save()
    return path


SPREADSHEET_PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "calc_sheet_wrapped_label.pdf"


def test_pdf_printed_from_a_spreadsheet_reads_row_by_row() -> None:
    """A sheet printed by LibreOffice Calc (the fixture: an .xlsx made with openpyxl, printed landscape with
    ``soffice --convert-to pdf``): the cell "Cân các loại (…)" wraps, and Calc draws it after every other
    string of the page, so the plain extraction leaves it after the last row and row 1.3 without it
    ("1.3 chiếc 2.000 1.976 98,8"). Such a page is read from where its strings stand, a row per line, the
    wrapped label's two lines with the row whose baseline they surround, though the rows are set tight."""
    lines = DocumentReader().read(SPREADSHEET_PDF).text.split("\n")
    assert lines[1:5] == [
        "1.1 | Công tơ điện 1 pha, 3 pha | chiếc | 15.000 | 15.862 | 105,7",
        "1.2 | Đồng hồ đo nước lạnh | chiếc | 3.500 | 3.214 | 91,8",
        "1.3 | Cân các loại (cân bàn, cân đồng hồ lò xo, cân phân tích, cân kỹ thuật) | chiếc | 2.000 | 1.976 | 98,8",
        "1.4 | Cân ô tô | chiếc | 60 | 58 | 96,7",
    ]


def test_pdf_drawn_word_by_word_is_read_as_lines_of_words(tmp_path: Path) -> None:
    pdf = _word_by_word_pdf(tmp_path / "print.pdf")
    from pypdf import PdfReader

    assert PdfReader(str(pdf)).pages[0].extract_text().count("\n") > 40  # pypdf alone: a word per line
    text = DocumentReader().read(pdf).text
    assert ("Năm 2023, Chi cục đã tiếp nhận 1.262 hồ sơ thủ tục hành chính, trong đó 1.105 hồ sơ được nộp "
            "trực tuyến; trả lại 5 hồ sơ do không đáp ứng điều kiện theo quy định.") in text
    assert "Tổng số tiền phạt là 186,5 triệu đồng[1], tăng 31,3% so với năm 2022." in text
    assert "1 | Cân thương mại (cân đĩa, cân bàn) | chiếc | 3.412 | 3.500 | 3.687" in text.split("\n")
    assert "[1] Trong đó: vi phạm về đo lường 9 cơ sở, số tiền phạt 92,0 triệu đồng." in text.split("\n")
    assert "Kiểm tra 54 cửa hàng xăng dầu." in text.split("\n")  # a short page is read the same way
    assert not {"2", "3", "4"} & set(text.split("\n"))  # the page numbers counting up with the pages


def test_html_without_content_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("   \n", encoding="utf-8")
    with pytest.raises(IngestError):
        DocumentReader().read(f)


def _pdf2htmlex_page(lines: list[tuple[str, str, str]]) -> str:
    """A page as pdf2htmlEX writes one: each (x class, y class, inner HTML) an absolutely placed line."""
    divs = "".join(f'<div class="t m0 {x} h1 {y} ff1 fs1 fc0 sc0 ls0 ws0">{inner}</div>' for x, y, inner in lines)
    return f'<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">{divs}</div></div>'


PDF2HTMLEX_STYLE = (
    "<style>.t{position:absolute;white-space:pre}._{display:inline-block}._0{margin-left:-1.0px;}"
    "._1{width:5.95px;}._2{width:4.35px;}.m0{transform:matrix(0.25,0,0,0.25,0,0);}"
    ".fs1{font-size:61.332px;}.x0{left:120.0px;}.x1{left:148.0px;}.x2{left:377.0px;}.x3{left:460.0px;}"
    ".x4{left:545.0px;}.y1{bottom:900.0px;}.y2{bottom:880.0px;}.y3{bottom:840.0px;}.y4{bottom:829.5px;}"
    ".y5{bottom:819.0px;}.y6{bottom:790.0px;}</style>"
)


def test_html_from_pdf2htmlex_reads_as_the_pdfs_lines_and_table_rows(tmp_path: Path) -> None:
    """pdf2htmlEX: a positioned div per printed line, spacer spans where the PDF had gaps (an empty one
    between two syllables that make no word is a space: "thời"+"điểm"), a table's cells as divs of their
    own, a label wrapped above and below its row's figures."""
    page = _pdf2htmlex_page([
        ("x0", "y1", 'Tổng số công chức của Chi cục tại thời<span class="_ _1"></span>điểm ngày 30/11/2021 là 24'),
        ("x0", "y2", 'người, trong đó 17 công<span class="_ _2"> </span>chức; Chi<span class="_ _0"></span> cục có 03 phòng.'),
        ("x0", "y4", "7"), ("x1", "y3", "Công tơ điện xoay chiều"), ("x1", "y5", "1 pha"),
        ("x2", "y4", "chiếc"), ("x3", "y4", "10.980"), ("x4", "y4", "10.317"),
        ("x0", "y6", "8"), ("x1", "y6", "Taximet"), ("x2", "y6", "chiếc"), ("x3", "y6", "1.187"), ("x4", "y6", "654"),
    ])
    f = tmp_path / "bc.html"
    f.write_text(f'<!DOCTYPE html><html><head><meta name="generator" content="pdf2htmlEX"/>{PDF2HTMLEX_STYLE}</head>'
                 f'<body><div id="page-container">{page}</div></body></html>', encoding="utf-8")
    raw = HtmlLoader().load(f)
    assert raw.paged and [p.page for p in raw.pages] == [1]
    text = DocumentReader().read(f).text
    assert "tại thời điểm ngày 30/11/2021 là 24 người, trong đó 17 công chức; Chi cục có 03 phòng." in text
    assert "7 | Công tơ điện xoay chiều 1 pha | chiếc | 10.980 | 10.317" in text
    assert "8 | Taximet | chiếc | 1.187 | 654" in text


def test_docx_converted_from_a_pdf_has_its_printed_lines_joined(tmp_path: Path) -> None:
    """A PDF-to-Word conversion keeps each printed line as a paragraph; the reader joins them as it joins a
    hard-wrapped text file's. A Word document of real paragraphs keeps them."""
    import docx

    printed = [
        "Trung tâm Kỹ thuật đã thực hiện kiểm định, hiệu chuẩn 48.736 PTĐ các loại (năm 2021:",
        "42.676 PTĐ), tăng 14,2% so với năm 2021 và bằng 107,6% kế hoạch năm; số PTĐ không đạt",
        "yêu cầu, phải hiệu chỉnh hoặc loại bỏ là 1.218 chiếc, chiếm 2,5%. Số lượng kiểm định một",
        "số loại PTĐ chủ yếu (cân, taximet, đồng hồ nước, công tơ điện, cột đo nhiên liệu) được",
        "tổng hợp tại Bảng 1.",
        "Tổng nguồn thu từ hoạt động dịch vụ kiểm định, hiệu chuẩn, thử nghiệm năm 2022 đạt 9.215",
        "triệu đồng, bằng 108,4% kế hoạch, tăng 15,7% so với năm 2021 (7.962 triệu đồng). Trong năm,",
        "Trung tâm Kỹ thuật được chỉ định bổ sung lĩnh vực kiểm định đồng hồ đo khí dầu mỏ hóa lỏng.",
    ]
    d = docx.Document()
    for line in printed:
        d.add_paragraph(line)
    d.save(tmp_path / "converted.docx")
    text = DocumentReader().read(tmp_path / "converted.docx").text
    assert "(năm 2021: 42.676 PTĐ), tăng 14,2%" in text and "đạt 9.215 triệu đồng, bằng 108,4% kế hoạch" in text
    assert text.count("\n") == 1  # two paragraphs
    d = docx.Document()
    for line in ("Kiểm định 48.736 PTĐ.", "Thu 9.215 triệu đồng.", "Kiểm tra 64 cửa hàng.", "Lấy 64 mẫu.", "Phạt 127,5 triệu đồng."):
        d.add_paragraph(line)
    d.save(tmp_path / "word.docx")
    assert DocumentReader().read(tmp_path / "word.docx").text.count("\n") == 4


def test_an_email_saved_as_text_loses_its_quote_marks(tmp_path: Path) -> None:
    """A forwarded report quoted with "> " and wrapped at 72 columns, with a nested ">>" reply: the marks go
    and the wrapped lines join; a text with one line starting with ">" keeps it."""
    report = [
        "Trong quý I năm 2024, Chi cục đã thực hiện kiểm định 4.872",
        "phương tiện đo (PTĐ) các loại, đạt 27,3% kế hoạch năm (kế hoạch năm",
        "2024 là 17.850 PTĐ), tăng 12,5% so với cùng kỳ năm 2023 (4.331 PTĐ).",
        "Số PTĐ không đạt yêu cầu kiểm định là 163 PTĐ, chiếm 3,3% tổng số",
        "PTĐ được kiểm định; các PTĐ không đạt đã được yêu cầu sửa chữa.",
        "",
        "- Tại các chợ: kiểm tra đo lường tại 9 chợ, kiểm tra 328 cân, phát",
        "hiện 21 cân không đạt yêu cầu, chiếm 6,4% số cân được kiểm tra.",
        "- Tại cửa hàng xăng dầu: kiểm tra 42 cửa hàng xăng dầu, 168 cột đo.",
        "- Đối với hàng đóng gói sẵn: kiểm tra 11 cơ sở sản xuất nước mắm.",
    ]
    mail = "\n".join(["Kính gửi anh/chị,", "", "---------- Forwarded message ---------", "From: Chi cục TĐC", ""]
                     + [f"> {line}".rstrip() for line in report]
                     + [">", ">> Chào chị Hà, chị gửi lại giúp em số liệu quý I của Chi cục", ">> để em tổng hợp."])
    f = tmp_path / "fwd.txt"
    f.write_text(mail, encoding="utf-8")
    text = DocumentReader().read(f).text
    assert ">" not in text
    assert "kiểm định 4.872 phương tiện đo (PTĐ) các loại, đạt 27,3% kế hoạch năm (kế hoạch năm 2024 là 17.850 PTĐ)" in text
    assert "\n- Tại cửa hàng xăng dầu: kiểm tra 42 cửa hàng xăng dầu, 168 cột đo." in text
    assert "Chào chị Hà, chị gửi lại giúp em số liệu quý I của Chi cục để em tổng hợp." in text
    g = tmp_path / "note.txt"
    g.write_text("Ghi chú\n> 5 mẫu xăng dầu không đạt\nChi cục đã xử phạt.", encoding="utf-8")
    assert "> 5 mẫu" in DocumentReader().read(g).text


WRITER_TABLE_PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "writer_table_wrapped_cells.pdf"


def test_a_writer_pdf_table_is_read_by_its_columns_with_wrapped_cells_and_spanning_headers() -> None:
    """A LibreOffice Writer table exported to PDF (the fixture: a .docx made with python-docx, converted with
    ``soffice --convert-to pdf``): pypdf alone writes a row's cells apart ("1 Công tơ điện 1 pha" over
    "14.215 15.842 111,4"), a label wrapped inside its narrow cell on lines of its own, and the footnote
    mark glued ("các loại3,"). The page is read from where its strings stand: a row per line, each wrapped
    label and header cell whole, the merged "Kết quả thực hiện" heading both years under it, the mark "[3]"."""
    text = DocumentReader().read(WRITER_TABLE_PDF).text
    lines = text.split("\n")
    assert "31.406 phương tiện đo các loại[3], đạt 104,7%" in text
    at = lines.index("STT | Loại phương tiện đo | Kết quả thực hiện Năm 2023 | Kết quả thực hiện Năm 2024 | Tỷ lệ (%)")
    assert lines[at + 1] == "1 | Công tơ điện 1 pha | 14.215 | 15.842 | 111,4"
    assert lines[at + 9] == "9 | Cân đồng hồ lò xo | 498 | 524 | 105,2"
    assert lines[at + 12] == "12 | Taximet | 147 | 119 | 81,0"


def test_html_footnote_references_and_ordered_lists_read_as_shown(tmp_path: Path) -> None:
    """WordPress writes a note's reference as <sup><a href="#…">1</a></sup> right after a year ("năm 20221"
    when read as text); LibreOffice's HTML export puts it in an sdfootnote anchor and starts the note with
    the bare number. An <ol> shows its numbers; a power (m<sup>2</sup>) stays a power."""
    f = tmp_path / "bc.html"
    f.write_text(
        "<html><body><p>Luật Thanh tra năm 2022<sup class='fn'><a href='#fn1'>1</a></sup> có hiệu lực; "
        "hỗ trợ 06 doanh nghiệp<a class='sdfootnoteanc' href='#sdfootnote2sym'><sup>2</sup></a> áp dụng ISO; "
        "kho 250 m<sup>2</sup>.</p><ol><li>Kiểm định 43.000 phương tiện đo.</li><li>Kiểm tra 120 cơ sở.</li></ol>"
        "<div id='sdfootnote2'><p><a class='sdfootnotesym' href='#sdfootnote2anc'>2</a>Gồm 4 doanh nghiệp chè.</p></div>"
        "</body></html>", encoding="utf-8")
    text = HtmlLoader().load(f).pages[0].text
    assert "Luật Thanh tra năm 2022 [1] có hiệu lực" in text
    assert "06 doanh nghiệp [2] áp dụng ISO" in text and "250 m2." in text
    assert "1. Kiểm định 43.000 phương tiện đo." in text and "2. Kiểm tra 120 cơ sở." in text
    assert "[2] Gồm 4 doanh nghiệp chè." in text


def test_html_struck_through_runs_and_reviewers_comments_are_not_the_reports_text(tmp_path: Path) -> None:
    """A Google Docs or Word export keeps a corrected figure struck through beside the new one and the
    reviewers' comments at the end: "đã cấp 126132 giấy" and "bản trước ghi 1.250" would be read as figures."""
    f = tmp_path / "bc.html"
    f.write_text(
        "<html><head><style>.c3{font-weight:400}.c15{color:#000;text-decoration:line-through;font-size:13pt}</style>"
        "</head><body><p><span class='c3'>Trung tâm đã cấp </span><span class='c15'>126</span><span class='c3'>132 "
        "giấy chứng nhận; kiểm định 1.268 PTĐ</span><sup><a href='#cmnt1' id='cmnt_ref1'>[a]</a></sup>"
        "<span class='c3'> trong năm.</span></p><p>Thử nghiệm <del>9.120</del> <s>9.200</s> "
        "<span style='text-decoration: line-through'>9.250</span> 9.314 mẫu.</p><p>Đào tạo<sup><a href='#ftnt1' "
        "id='ftnt_ref1'>[1]</a></sup> 24 khóa.</p><div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a><span>Gồm 3 khóa "
        "trực tuyến.</span></p></div><div class='c19'><p><a href='#cmnt_ref1' id='cmnt1'>[a]</a><span>Chị xem lại số "
        "này, bản trước ghi 1.250</span></p><p>Đã sửa.</p></div></body></html>", encoding="utf-8")
    text = HtmlLoader().load(f).pages[0].text
    assert "Trung tâm đã cấp 132 giấy chứng nhận; kiểm định 1.268 PTĐ trong năm." in text
    assert "Thử nghiệm 9.314 mẫu." in text and "9.120" not in text and "9.250" not in text
    assert "[1] Gồm 3 khóa trực tuyến." in text and "Đào tạo [1] 24 khóa." in text  # a footnote stays
    assert "1.250" not in text and "[a]" not in text and "Đã sửa" not in text


def test_a_reply_that_is_the_report_drops_the_earlier_draft_it_quotes(tmp_path: Path) -> None:
    """A mail whose own text is the report, over "Vào … đã viết:" and the draft it replaces, quoted with
    other figures: the quoted draft goes (and an inline image's placeholder), the signature stays; the
    headers go, "In-Reply-To" among them, and the subject's MIME encoded words are read."""
    body = [f"- Nội dung {k}: Chi cục đã kiểm tra {k + 10} cơ sở sản xuất, kinh doanh trên địa bàn tỉnh." for k in range(30)]
    mail = "\n".join(
        ["From: Phòng QL TĐC <pqltdc@binhdinh.gov.vn>", "To: Văn phòng Sở <vp@binhdinh.gov.vn>",
         "Date: Thu, 05 Oct 2023 16:42:10 +0700", "Subject: =?UTF-8?B?QsOhbyBjw6FvIHF1w70gSUlJLzIwMjM=?=",
         "In-Reply-To: <CAJ7p2qV8k3@binhdinh.gov.vn>", "", "Trong quý III, Trung tâm đã thử nghiệm 1.284 mẫu.", *body, "",
         "Trân trọng,", "--", "Nguyễn Văn Hùng", "[cid:image001.png]", "",
         "Vào 14:05 Th 4, 4 thg 10, 2023 Phòng QL TĐC <pqltdc@binhdinh.gov.vn> đã viết:"]
        + [f"> Dự thảo: Trung tâm đã thử nghiệm 1.263 mẫu, dòng {k}." for k in range(12)])
    f = tmp_path / "mail.txt"
    f.write_text(mail, encoding="utf-8")
    text = TextLoader().load(f).pages[0].text
    assert text.startswith("Báo cáo quý III/2023\n") and "In-Reply-To" not in text and "From:" not in text
    assert "1.284 mẫu" in text and "1.263" not in text and "đã viết" not in text and "cid:" not in text
    assert "Nguyễn Văn Hùng" in text and "Nội dung 29" in text


def test_a_table_in_one_of_two_text_columns_takes_its_cells_from_where_its_strings_stand() -> None:
    """Read from where its strings stand, a table in the left column of a two-column page runs on into the
    right column's prose ("Vàng trang sức | 24 | 5 | 54,5 | được nộp qua dịch vụ …"); the table's part of each
    such line is its row, for the plain text's rows and header."""
    from ingest.loaders.pdf import _spliced_rows

    plain = "\n".join(["Bảng 2. Kết quả thanh tra năm 2018", "Lĩnh vực Số cơ sở Cơ sở viphạm Tiền phạt(triệu đồng)",
                       "Xăng dầu 82 11 168,0", "Vàng trang sức 24 5 54,5", "Hàng đóng gói sẵn 38 9 72,0",
                       "Năm 2018, Chi cục tiếp nhận và giải quyết 134 hồ sơ TTHC, 100% hồ sơ được giải quyết đúng hạn."])
    laid = "\n".join([
        "Bảng 2. Kết quả thanh tra năm 2018 | 7. Cải cách hành chính",
        "Lĩnh vực | Số cơ sở | Cơ sở vi phạm | Tiền phạt (triệu đồng) | Năm 2018, Chi cục tiếp nhận và giải quyết 134",
        "Xăng dầu | 82 | 11 | 168,0 | hồ sơ TTHC, 100% hồ sơ được giải quyết đúng hạn.",
        "Vàng trang sức | 24 | 5 | 54,5 | được nộp qua dịch vụ công trực tuyến mức độ 3. Chi",
        "Hàng đóng gói sẵn | 38 | 9 | 72,0 | cục duy trì áp dụng HTQLCL theo TCVN ISO"])
    lines = _spliced_rows(plain, laid).split("\n")
    assert lines[1:5] == ["Lĩnh vực | Số cơ sở | Cơ sở vi phạm | Tiền phạt (triệu đồng)", "Xăng dầu | 82 | 11 | 168,0",
                          "Vàng trang sức | 24 | 5 | 54,5", "Hàng đóng gói sẵn | 38 | 9 | 72,0"]
    assert lines[-1].startswith("Năm 2018, Chi cục tiếp nhận")


def test_every_builtin_loader_is_there_after_one_was_imported_on_its_own() -> None:
    import subprocess
    import sys

    code = ("import ingest.loaders.docx\nfrom ingest.loaders import supported_suffixes\n"
            "print(' '.join(supported_suffixes()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout.split()
    assert {".txt", ".pdf", ".docx", ".html"} <= set(out), out


def _platypus_report(path: Path) -> Path:
    """A report as a web reporting system writes one with reportlab's platypus: a running header and a
    "Trang x" footer drawn on each page's canvas, a table of cells (a Paragraph that wraps in a label cell,
    a regulation's code wrapped onto two lines) whose header row repeats on the next page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    _dejavu()
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=11, leading=15)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11)

    def furniture(canvas, doc) -> None:  # noqa: ANN001
        canvas.setFont("DejaVuSans", 8)
        canvas.drawString(60, 810, "Chi cục TĐC Hà Nam - Báo cáo năm 2022")
        canvas.drawRightString(535, 810, "Số: 118/BC-TĐC")
        canvas.drawString(60, 30, "Kết xuất từ Hệ thống báo cáo trực tuyến - 19/12/2022 16:05")
        canvas.drawRightString(535, 30, f"Trang {doc.page}")

    groups = [("Xăng dầu", "QCVN 1:2015/BKHCN", 40, 46, "22,5"), ("Khí dầu mỏ hóa lỏng (LPG)", "QCVN 8:2019/BKHCN", 18, 20, "9,0"),
              ("Mũ bảo hiểm cho người đi mô tô, xe máy", "QCVN 2:2021/BKHCN", 12, 14, "5,0")] * 12
    rows = [["Nhóm sản phẩm, hàng hóa", "Quy chuẩn áp dụng", "Kế hoạch (cơ sở)", "Thực hiện (cơ sở)", "Tiền phạt (triệu đồng)"]]
    rows += [[Paragraph(name, cell), Paragraph(code, cell), str(plan), str(done), fine] for name, code, plan, done, fine in groups]
    table = Table([[Paragraph(str(c), cell) if isinstance(c, str) and i == 0 else c for c in row] for i, row in enumerate(rows)],
                  colWidths=[150, 80, 70, 70, 80], repeatRows=1)
    table.setStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                    ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    story = [Paragraph("Năm 2022, Chi cục đã kiểm tra 92 cơ sở sản xuất, kinh doanh, đạt 115,0% kế hoạch.", body),
             Spacer(1, 12), table, Spacer(1, 12),
             Paragraph("Qua kiểm tra phát hiện 11 cơ sở vi phạm, tổng số tiền phạt 38,5 triệu đồng.", body)]
    story += [Paragraph(f"Nhiệm vụ {i}: tiếp tục kiểm tra chất lượng, đo lường hàng hóa lưu thông trên thị trường, "
                        "tập trung vào xăng dầu, khí dầu mỏ hóa lỏng và mũ bảo hiểm.", body) for i in range(1, 40)]
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=60, bottomMargin=60).build(
        story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def test_pdf_table_written_cell_by_cell_is_read_row_by_row(tmp_path: Path) -> None:
    """reportlab's tables come out of the plain extraction a cell per line, and a wrapped label or a code on
    two lines ("QCVN" / "1:2015/BKHCN") keeps the stacked-cell reading from rebuilding them: such pages are
    read from where their strings stand, each row a line; the running header and footer, read as cells
    there ("… 16:05 | Trang 2") and as lines on the plain pages, go from every page."""
    pdf = _platypus_report(tmp_path / "hanam.pdf")
    from pypdf import PdfReader

    assert "QCVN\n1:2015/BKHCN" in PdfReader(str(pdf)).pages[0].extract_text()  # pypdf alone: a cell per line
    lines = DocumentReader().read(pdf).text.split("\n")
    assert "Xăng dầu | QCVN 1:2015/BKHCN | 40 | 46 | 22,5" in lines
    assert "Mũ bảo hiểm cho người đi mô tô, xe máy | QCVN 2:2021/BKHCN | 12 | 14 | 5,0" in lines
    assert lines.count("Nhóm sản phẩm, hàng hóa | Quy chuẩn áp dụng | Kế hoạch (cơ sở) | Thực hiện (cơ sở) | Tiền phạt (triệu đồng)") >= 2
    assert not [line for line in lines if "Kết xuất" in line or "Trang " in line or "Số: 118" in line]
    assert "Qua kiểm tra phát hiện 11 cơ sở vi phạm, tổng số tiền phạt 38,5 triệu đồng." in lines


def _placed(x0: float, x1: float, y: float, text: str) -> dict:
    return {"x0": x0, "x1": x1, "y": y, "h": 11.0, "text": text}


def test_positioned_pdf_rows_keep_a_justified_wrapped_label_and_a_count_beside_a_note_column() -> None:
    # WeasyPrint's narrow justified cell: "Huyện" and "Bình" spread to the cell's width, "Sơn" on the line
    # below; the count "2" stands a little left of the note column's text on its baseline
    from ingest.loaders.pdf import positioned_text

    strings = [_placed(9, 16, -100, "TT"), _placed(30, 70, -100, "Địa bàn"), _placed(110, 160, -100, "Số cửa hàng"),
               _placed(180, 220, -100, "Vi phạm"), _placed(240, 330, -100, "Ghi chú")]
    for n, (y, first, second, below, shops, faults, note) in enumerate([
            (-120, "Huyện", "Bình", "Sơn", "38", "2", "đã niêm phong cột đo"),
            (-150, "Huyện", "Sơn", "Tịnh", "22", "1", "không niêm yết giá")], start=3):
        strings += [_placed(9, 14, y, str(n)), _placed(34, 55, y, first), _placed(67, 83, y, second),
                    _placed(28, 40, y - 7, below), _placed(126, 132, y - 7, shops), _placed(200, 204, y - 7, faults),
                    _placed(212, 300, y - 7, note)]
    assert positioned_text(strings).split("\n") == [
        "TT | Địa bàn | Số cửa hàng | Vi phạm | Ghi chú",
        "3 | Huyện Bình Sơn | 38 | 2 | đã niêm phong cột đo",
        "4 | Huyện Sơn Tịnh | 22 | 1 | không niêm yết giá"]


def test_a_pdf_string_setting_a_whole_row_is_parted_into_its_cells() -> None:
    from ingest.loaders.pdf import _spread_cells

    pieces = _spread_cells(_placed(10, 110, -10, "1     Cân ô tô     58     60"))
    assert [p["text"] for p in pieces] == ["1", "Cân ô tô", "58", "60"]
    assert all(a["x1"] < b["x0"] for a, b in zip(pieces, pieces[1:]))
    assert [p["text"] for p in _spread_cells(_placed(10, 60, -10, "Xăng dầu (đo"))] == ["Xăng dầu (đo"]


def test_a_typesetters_even_word_spaces_neither_part_nor_stretch_cells() -> None:
    """XeLaTeX in a landscape table: the layout reading writes each word space as three spaces (not cells set
    apart), and a stretched label sets a word a string, a font height apart, a little more after its colon
    ("Trong đó:  cửa hàng"): one cell all the same, the row's figures each in its own."""
    from ingest.loaders.pdf import _spread_cells, positioned_text

    assert [p["text"] for p in _spread_cells(_placed(10, 110, -10, "Số   cuộc   kiểm   tra"))] == ["Số cuộc kiểm tra"]
    words = [(23, 39, "Trong"), (48, 58, "đó:"), (70, 79, "cửa"), (89, 101, "hàng"), (110, 123, "xăng"), (132, 142, "dầu")]
    strings = [_placed(1, 13, -100, "2.1")] + [_placed(x0, x1, -100, w) for x0, x1, w in words]
    strings += [_placed(238, 274, -100, "cửa hàng"), _placed(300, 310, -100, "38"), _placed(345, 355, -100, "45")]
    assert positioned_text(strings) == "2.1 | Trong đó: cửa hàng xăng dầu | cửa hàng | 38 | 45"
    heads = [(10, 40, "Số mẫu"), (60, 90, "Mẫu không"), (110, 140, "Cơ sở vi")]
    strings = [_placed(x0, x1, -100, w) for x0, x1, w in heads] + [
        _placed(10, 22, -111, "thử"), _placed(60, 72, -111, "đạt"), _placed(110, 124, -111, "phạm")]
    assert positioned_text(strings).split("\n")[0].count(" | ") == 2


def test_a_footnote_reference_glued_to_a_word_by_the_plain_pdf_reading_is_marked() -> None:
    from ingest.loaders.pdf import _glued_note_marks

    assert _glued_note_marks("tổng số tiền phạt 186,5 triệu đồng3, tăng 20,9%") == "tổng số tiền phạt 186,5 triệu đồng[3], tăng 20,9%"
    for kept in ("xử lý 5 m3 nước", "khí CO2 và", "sử dụng02 cột đo", "Thực hiện9 thángnăm 2023", "NĐ-CP2, ngày"):
        assert _glued_note_marks(kept) == kept


def test_catdoc_text_of_a_word_report_reads_its_tables_and_title() -> None:
    doc = DocumentReader().read(Path(__file__).parents[2] / "eval/data/newdocs20/reports/bc_tongket_2016_TDC_CaoBang.txt")
    assert doc.title.startswith("BÁO CÁO Tổng kết công tác tiêu chuẩn đo lường chất lượng năm 2016 và phương hướng")
    assert "- | Tổng cộng | 119 | 17 | 49 | 7 | 51,5" in doc.text
    assert "10 | Taximet | 36 | 28 | 77,8" in doc.text


def test_an_fpdf2_report_reads_its_tables_with_middle_aligned_wrapped_labels_and_close_header_names() -> None:
    # fpdf2's table(): a running header "Chi cục … | Báo cáo số …" on every page (no text set side by side), a
    # label wrapped over three lines with its row's figures on the middle one, the first line as near to the
    # row above, and header names set a little apart ("Kế hoạch  Thực hiện", "Số cơ sở  Số mẫu  Số mẫu  Số cơ")
    doc = DocumentReader().read(Path(__file__).parents[2] / "eval/data/newdocs21/reports/BC_287_TDC_ket_qua_cong_tac_2024.pdf")
    assert ("TT | Loại phương tiện đo | Năm 2023 (thực hiện) | Năm 2024 Kế hoạch | Năm 2024 Thực hiện | Tỷ lệ (%) TH/KH"
            " | Tỷ lệ (%) So với năm 2023") in doc.text
    assert "7 | Taximet | 214 | 250 | 187 | 74,8 | 87,4" in doc.text
    assert "8 | Phương tiện đo khác (áp kế, nhiệt kế y học, bể đong, phương tiện đo độ ẩm hạt...) | 3.333 |" in doc.text
    assert ("Thời gian | Số cơ sở được kiểm tra | Số mẫu thử nghiệm | Số mẫu không đạt | Số cơ sở vi phạm | Tiền phạt"
            " (triệu đồng)") in doc.text
    assert "5 | Thiết bị điện, điện tử gia dụng (dây và cáp điện, ổ cắm, phích cắm, bàn là) | Tháng 9/2024 | 16 |" in doc.text


NEWDOCS22 = Path(__file__).parents[2] / "eval/data/newdocs22/reports"


def test_a_typst_report_has_its_words_whole_where_its_runs_are_cut_at_accented_letters() -> None:
    # Typst draws a line in runs cut at each accented letter, a run's space at its start (" 168 c" where "ố"
    # ends): the positioned reading keeps that space; the plain one, where a run starts apart from the one
    # before, splits a word ("chu ẩn", "ng ười", "Quy ết"), mended from the runs' positions
    text = DocumentReader().read(NEWDOCS22 / "BC_tong_ket_2023_ChicucTDC_QuangNinh.pdf").text
    assert "kiểm tra tổng số 168 cơ sở sản xuất, kinh doanh (năm 2022: 154 cơ sở), phát hiện 21 cơ sở vi phạm" in text
    assert "10 | Áp kế (áp kế lò xo, áp kế điện tử) | 2.500 | 2.731 | 2.406 | 109,2 | 113,5" in text.split("\n")
    assert "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Quảng Ninh (sau đây gọi tắt là Chi cục)" in text
    assert "được thành lập theo Quyết định số 215/QĐ-TĐC ngày 3/7/2023" in text
    assert not [split for split in ("chu ẩn", "ng ười", "Quy ết", "c ục", "duy ệt") if split in text]
    assert "1. Kết quả đạt được" in text.split("\n")  # a short heading ending on "được" keeps its line


def test_html_from_pdftohtml_reads_as_the_pdfs_lines_and_table_rows() -> None:
    # pdftohtml -s -i: a <p> placed absolutely per run of a printed line (a wrapped label's second line apart,
    # some font classes used but never defined), a paragraph's lines sometimes in one <p> parted by <br/>
    doc = DocumentReader().read(NEWDOCS22 / "BC_tongket_2020_VDL.html")
    lines = doc.text.split("\n")
    assert "2 | Kinh phí sự nghiệp khoa học và công nghệ | 6.820 | 6.405 | 93,9" in lines
    assert "11 | Lực - Độ cứng | 2.086 | 2.000 | 2.109 | 105,5" in lines
    assert ("Năm 2020, Viện đã hiệu chuẩn, kiểm định tổng số 29.624 phương tiện đo (PTĐ) các loại, đạt 104,3% kế "
            "hoạch năm, giảm nhẹ 0,2% so với năm 2019.") in doc.text
    assert "a) Duy trì, bảo quản và liên kết chuẩn" in lines
    assert doc.year == 2020


def test_docx2txt_text_of_a_word_report_reads_its_tables() -> None:
    text = DocumentReader().read(NEWDOCS22 / "BC_quy_I_2025_ChiCucTDC_HaTinh.txt").text
    assert "1 | Vật liệu xây dựng (xi măng, gạch, đá ốp lát, cát nghiền) | 21 | 3 | 24" in text.split("\n")


def test_pdftohtml_header_cells_joined_on_one_line_are_parted_over_their_columns() -> None:
    # pdftohtml writes "Thực hiện Tỷ lệ so với" as one <p> over two columns, under a group cell "Năm 2020"
    doc = DocumentReader().read(NEWDOCS22 / "BC_tongket_2020_VDL.html")
    assert "TT | Lĩnh vực đo | Thực hiện năm 2019 | Kế hoạch | Năm 2020 Thực hiện | Tỷ lệ so với KH (%)" in doc.text.split("\n")
    # the PDF's own title, typed without accents ("Bao cao tong ket …"), yields to the report's heading
    assert doc.title.startswith("BÁO CÁO Tổng kết công tác năm 2020")


NEWDOCS23 = Path(__file__).parents[2] / "eval/data/newdocs23/reports"


def test_a_web_page_saved_as_text_by_w3m_reads_its_box_drawn_tables() -> None:
    # w3m -dump: tables drawn with "┌ ─ ┬ │ ├ ┼ ┤", a header over four lines with "Số lượng (chiếc)" spanning
    # three columns, a label wrapped over two lines inside its box, "Cộng" merged over two columns
    lines = DocumentReader().read(NEWDOCS23 / "bao_cao_so_ket_6_thang_2023_chi_cuc_tdc_hai_phong.txt").text.split("\n")
    assert ("STT | Loại phương tiện đo | Số lượng (chiếc) Kế hoạch năm 2023 | Số lượng (chiếc) Thực hiện 6 tháng 2023"
            " | Số lượng (chiếc) Cùng kỳ năm 2022 | Tỷ lệ TH/KH (%)") in lines
    assert ("10 | Phương tiện đo khác (xitec ô tô, bể đong, ca đong, phương tiện đo độ ẩm hạt...) | 530 | 289 | 260"
            " | 54,5") in lines
    assert "Cộng | - | 72.400 | 35.596 | 36.384 | 49,2" in lines
    assert "6 | Sản phẩm, hàng hóa khác | 85 | 84 | 0 | - | -" in lines  # a cell's "-" is no rule
    assert not [ln for ln in lines if "│" in ln or "─" in ln]


def test_a_docx_letterhead_in_a_text_box_of_the_first_page_header_is_read() -> None:
    # docxtpl report: the letterhead is a two-column table inside a text box of the first page's header
    doc = DocumentReader().read(NEWDOCS23 / "BC_9thang_2024_ChicucTDC_NgheAn.docx")
    assert "Số: 236/BC-TĐC" in doc.text.split("\n")[0]
    assert doc.date == "2024-09-27"
    assert doc.title.startswith("BÁO CÁO Kết quả thực hiện nhiệm vụ công tác 9 tháng đầu năm 2024")


def test_an_xhtml2pdf_table_parts_figures_from_the_note_column_and_numbers_beside_wrapped_labels() -> None:
    lines = DocumentReader().read(NEWDOCS23 / "BC_tong_ket_2022_QUATEST3.pdf").text.split("\n")
    assert any(ln.startswith("3 | Dung tích - Lưu lượng | 20.477 | 22.318 | 4.620 | 5.106 | Cột đo xăng dầu") for ln in lines)
    assert ("1 | Kiểm định, hiệu chuẩn, đo, thử nghiệm phương tiện đo, chuẩn đo lường | phương tiện đo | 168.420 |"
            " 175.000 | 183.916 | 105,1 | 109,2") in lines


def test_a_signature_stamp_drawn_over_a_signed_pdf_opens_its_text(pdf_factory) -> None:  # noqa: ANN001
    """Signing software draws its box ("Người ký: …", "Thời gian ký: …") and a margin line on each page after
    the page's own text: its lines go to the start, once, and a sentence running on to the next page is whole."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = pdf_factory.text("signed.pdf", [
        ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG GIA LAI", "BÁO CÁO", "Tổng kết công tác năm 2022", "",
         "Chi cục đã tham mưu Sở KH&CN ban hành 09 văn bản (năm"],
        ["2021: 07 văn bản), trong đó có các văn bản sau.", "Năm 2022, Chi cục kiểm tra 219 cơ sở."],
    ])
    stamp = path.with_name("stamp.pdf")
    c = canvas.Canvas(str(stamp), pagesize=A4)
    for page in (1, 2):
        c.setFont("DejaVuSans", 7)
        if page == 1:
            for k, line in enumerate(["Người ký: Chi cục Tiêu chuẩn Đo lường Chất lượng",
                                      "Email: chicuctdc.skhcn@gialai.gov.vn",
                                      "Thời gian ký: 16.01.2023 08:42:17 +07:00"]):
                c.drawString(400, 820 - 9 * k, line)
        c.drawString(20, 20, "Văn bản được ký số bởi Chi cục Tiêu chuẩn Đo lường Chất lượng ngày 16/01/2023")
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    for page, over in zip(writer.pages, PdfReader(str(stamp)).pages):
        page.merge_page(over)
    with path.open("wb") as fh:
        writer.write(fh)
    text = DocumentReader().read(path).text
    assert "09 văn bản (năm 2021: 07 văn bản), trong đó" in text
    assert text.index("Thời gian ký: 16.01.2023 08:42:17 +07:00") < text.index("BÁO CÁO")
    assert text.count("Văn bản được ký số bởi") == 1


def test_a_web_application_page_is_titled_by_the_report_it_shows(tmp_path: Path) -> None:
    path = tmp_path / "chi_tiet.html"
    path.write_text(
        "<html><head><title>Chi tiết báo cáo - Hệ thống quản lý báo cáo</title></head><body>"
        "<div class='ant-layout-header'>Trang chủ</div>"
        "<div>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div>Độc lập - Tự do - Hạnh phúc</div>"
        "<div>BÁO CÁO</div><div>Sơ kết công tác 6 tháng đầu năm 2024</div>"
        "<div>Trong 6 tháng đầu năm 2024, Trung tâm đã kiểm định 36.234 phương tiện đo.</div></body></html>",
        encoding="utf-8")
    doc = DocumentReader().read(path)
    assert doc.title == "BÁO CÁO Sơ kết công tác 6 tháng đầu năm 2024"
    portal = tmp_path / "tin.html"  # a portal's headline that names the year stays the title
    portal.write_text(path.read_text(encoding="utf-8").replace(
        "Chi tiết báo cáo - Hệ thống quản lý báo cáo", "Trung tâm sơ kết 6 tháng đầu năm 2024 - Sở KH&CN"), encoding="utf-8")
    assert DocumentReader().read(portal).title == "Trung tâm sơ kết 6 tháng đầu năm 2024 - Sở KH&CN"


def test_a_latex_report_takes_its_table_rows_from_where_they_stand_and_keeps_its_justified_prose() -> None:
    # XeLaTeX: justified lines with a wider space after a full stop, which the positioned reading parts as cells
    # ("… điện tử. | Chi tiết …"), and a longtable whose rows the plain reading runs together, their labels and
    # units wrapped over lines above the figures and the header's last column over two ("Cả giai" / "đoạn")
    doc = DocumentReader().read(Path(__file__).parents[2] / "eval/data/newdocs29/reports/BC_TongKet_2016-2020_HoaBinh.pdf")
    text = " ".join(doc.text.split(" "))
    assert "TT | Chủng loại PTĐ | ĐVT | 2016 | 2017 | 2018 | 2019 | 2020 | Cả giai đoạn" in text
    assert "13 | Huyết áp kế | chiếc | 168 | 182 | 207 | 226 | 264 | 1.047" in text
    assert "- | Cộng | PTĐ | 10.872 | 11.506 | 12.450 | 13.318 | 12.964 | 61.110" in text
    assert "TT | Chỉ tiêu | ĐVT | Kế hoạch 2016-2020 | Thực hiện 2016-2020 | Tỷ lệ (%)" in text
    assert "Riêng năm 2018, QUATEST 1 kiểm định trên địa bàn tỉnh 12.045 PTĐ" in text  # prose stays prose


def test_a_header_read_from_where_its_words_stand_is_fitted_to_its_rows() -> None:
    from ingest.loaders.pdf import _fitted_header

    row = ["13", "Huyết áp kế", "chiếc", "168", "182", "207", "226", "264", "1.047"]
    head = ["TT", "Chủng", "loại", "PTĐ", "ĐVT", "2016", "2017", "2018", "2019", "2020", "Cả", "giai đoạn"]
    assert _fitted_header(head, row) == ["TT", "Chủng loại PTĐ", "ĐVT", "2016", "2017", "2018", "2019", "2020", "Cả giai đoạn"]
    assert _fitted_header(["TT", "Chỉ", "tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
                          ["1", "PTĐ được kiểm định", "PTĐ", "55.000", "61.110", "111,1"]) == [
        "TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
    assert _fitted_header(["TT", "2016", "Ghi", "2018"], row) is None  # years that do not run: no header made up


def test_a_landscape_table_drawn_sideways_on_a_turned_portrait_page_is_read_row_by_row(tmp_path: Path) -> None:
    """An annex table set landscape on a portrait page that carries /Rotate 90 (LibreOffice and reportlab draw it
    turned, the viewer turns it back): pypdf's plain text gives its cells a line each, and its layout reading
    drops text that stands rotated against the page. The page is read in the frame the viewer shows it in."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Table

    _dejavu()
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11)
    head = ["TT", "Nội dung kiểm tra", "KH năm 2018 (lượt cơ sở)", "TH 6 tháng 2018", "", "", "Tỷ lệ (%)", ""]
    sub = ["", "", "", "Số lượt cơ sở", "Số cơ sở vi phạm", "Tiền phạt (triệu đồng)", "% so KH", "% so CK"]
    centred = ParagraphStyle("centred", parent=cell, alignment=1)  # header cells centred, as office suites set them
    rows = [[Paragraph(h, centred) for h in head], [Paragraph(h, centred) for h in sub],
            ["A", Paragraph("Kiểm tra về đo lường", cell), "125", "57", "5", "26,5", "45,6", "103,6"],
            ["1", Paragraph("Đo lường tại cửa hàng bán lẻ xăng dầu", cell), "35", "16", "2", "18,0", "45,7", "114,3"],
            ["2", Paragraph("Lượng của hàng đóng gói sẵn", cell), "25", "11", "-", "-", "44,0", "78,6"],
            ["", Paragraph("Cộng", cell), "260", "125", "11", "47,5", "48,1", "93,3"]]
    table = Table(rows, colWidths=[30, 230, 80, 65, 65, 70, 55, 55])
    table.setStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
                    ("SPAN", (3, 0), (5, 0)), ("SPAN", (6, 0), (7, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                    ("SPAN", (2, 0), (2, 1)),
                    ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    path = tmp_path / "turned.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuSans", 11)
    c.drawString(60, 780, "Năm 2018, Chi cục đã kiểm tra 28 lượt cơ sở.")
    c.showPage()
    width, height = A4
    c.setPageRotation(90)
    c.saveState()
    c.translate(width, 0)
    c.rotate(90)  # landscape coordinates from here on, drawn sideways on the portrait page
    c.setFont("DejaVuSans", 11)
    c.drawString(60, 540, "Phụ lục 2: Kết quả kiểm tra 6 tháng đầu năm 2018")
    table.wrapOn(c, height, width)
    table.drawOn(c, 60, 380)
    c.restoreState()
    c.showPage()
    c.save()
    from pypdf import PdfReader

    assert PdfReader(str(path)).pages[1].get("/Rotate") == 90
    lines = DocumentReader().read(path).text.split("\n")
    assert "1 | Đo lường tại cửa hàng bán lẻ xăng dầu | 35 | 16 | 2 | 18,0 | 45,7 | 114,3" in lines, lines
    assert "2 | Lượng của hàng đóng gói sẵn | 25 | 11 | - | - | 44,0 | 78,6" in lines, lines
    assert ("TT | Nội dung kiểm tra | KH năm 2018 (lượt cơ sở) | TH 6 tháng 2018 Số lượt cơ sở | TH 6 tháng 2018 Số cơ sở vi "
            "phạm | TH 6 tháng 2018 Tiền phạt (triệu đồng) | Tỷ lệ (%) % so KH | Tỷ lệ (%) % so CK") in lines, lines


def test_a_letterhead_and_a_closing_typed_side_by_side_are_read_a_column_at_a_time(tmp_path: Path) -> None:
    """A report saved as plain text with its letterhead and its closing as two columns padded with spaces: the
    unit's name and the signer's name are read whole, not run into the motto and the recipients."""
    text = ("  SỞ KHOA HỌC VÀ CÔNG NGHỆ NAM ĐỊNH       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "          CHI CỤC TIÊU CHUẨN                 Độc lập - Tự do - Hạnh phúc\n"
            "         ĐO LƯỜNG CHẤT LƯỢNG                 ---------------------------\n"
            "\n            Số: 46/BC-TĐC                 Nam Định, ngày 01 tháng 3 năm 2024\n\n"
            "                                   BÁO CÁO\n"
            "Dịp Tết, các đoàn kiểm tra đã kiểm tra 115 cơ sở.\n"
            "Bảng 1.\n"
            "STT    Nội dung        Kế hoạch    Thực hiện\n"
            "1      Cơ sở           100         115\n\n"
            "Nơi nhận:                                             CHI CỤC TRƯỞNG\n"
            "- Như trên;\n"
            "- Ban Chỉ đạo 389 tỉnh (để b/c);                         (Đã ký)\n"
            "- Lưu: VT, QLĐL.                                    Nguyễn Hữu Thắng\n")
    path = tmp_path / "namdinh.txt"
    path.write_text(text, encoding="utf-8")
    lines = [line.strip() for line in DocumentReader().read(path).text.split("\n")]
    assert lines[:3] == ["SỞ KHOA HỌC VÀ CÔNG NGHỆ NAM ĐỊNH", "CHI CỤC TIÊU CHUẨN", "ĐO LƯỜNG CHẤT LƯỢNG"], lines
    assert "- Lưu: VT, QLĐL." in lines and lines[-1] == "Nguyễn Hữu Thắng", lines
    assert any(line.startswith("Số: 46/BC-TĐC") and "Nam Định, ngày 01" in line for line in lines), lines


def test_docx_form_controls_are_read_and_unfilled_placeholders_are_not(tmp_path: Path) -> None:
    """A form filled in through content controls: a cell a control wraps is still its row's cell, and a
    control still showing its template's placeholder ("Nhấp hoặc gõ vào đây …", "Ví dụ: 125") is no text
    of the report."""
    def cell(text: str) -> str:
        return f"<w:tc>{_p(_r(text))}</w:tc>"

    def control(inner: str, placeholder: bool = False) -> str:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return f'<w:sdt><w:sdtPr><w:alias w:val="Số liệu"/>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'

    body = (
        "<w:tbl>"
        f"<w:tr>{cell('TT')}{cell('Loại phương tiện đo')}{cell('Quý I/2022')}{cell('Quý I/2023')}</w:tr>"
        f"<w:tr>{cell('1')}{cell('Cân ô tô')}{cell('131')}{control(cell('147'))}</w:tr>"
        f"{control('<w:tr>' + cell('2') + cell('Taximet') + cell('268') + control(cell('231')) + '</w:tr>')}"
        "</w:tbl>"
        + _p(_r("Số lượt được tư vấn trong kỳ: ") + control(_r("Ví dụ: 125"), placeholder=True))
        + control(_p(_r("Nhấp hoặc gõ vào đây để nhập văn bản.")), placeholder=True)
        + _p(_r("Khiếu nại trong kỳ: ") + control(_r("☒ Không")))
    )
    text = DocumentReader().read(_docx_with_parts(tmp_path / "form.docx", body)).text
    assert text.split("\n") == [
        "TT | Loại phương tiện đo | Quý I/2022 | Quý I/2023",
        "1 | Cân ô tô | 131 | 147",
        "2 | Taximet | 268 | 231",
        "Số lượt được tư vấn trong kỳ:",
        "Khiếu nại trong kỳ: ☒ Không",
    ]


def test_html_aria_grid_is_read_as_a_table_and_its_headings_as_headings(tmp_path: Path) -> None:
    """A React portal draws its tables with <div>s and ARIA roles (no <table>): the grid's rows are read as
    rows of cells, a span given in aria-colspan kept; a bare "BÁO CÁO" heading does not title the page."""
    page = """<html><head><title>Kết quả công tác 6 tháng đầu năm 2019 | Chi cục TĐC Hà Nam</title></head><body>
    <div role="heading" aria-level="1">BÁO CÁO</div><div>Kết quả công tác 6 tháng đầu năm 2019</div>
    <div role="heading" aria-level="2" class="css-x1">1. Kiểm định phương tiện đo</div>
    <div role="table" class="css-t9"><div role="rowgroup"><div role="row">
      <div role="columnheader">STT</div><div role="columnheader"><span>Loại PTĐ</span></div>
      <div role="columnheader">Kế hoạch năm 2019</div><div role="columnheader">Thực hiện 6 tháng</div></div></div>
    <div role="rowgroup"><div role="row"><div role="cell">1</div><div role="cell"><div>Công tơ điện</div></div>
      <div role="cell">4.000</div><div role="cell">1.930</div></div>
    <div role="row"><div role="cell" aria-colspan="2">Tổng cộng</div><div role="cell">7.200</div>
      <div role="cell">3.516</div></div></div></div>
    </body></html>"""
    path = tmp_path / "portal.html"
    path.write_text(page, encoding="utf-8")
    raw = HtmlLoader().load(path)
    lines = raw.pages[0].text.split("\n")
    assert "STT | Loại PTĐ | Kế hoạch năm 2019 | Thực hiện 6 tháng" in lines
    assert "1 | Công tơ điện | 4.000 | 1.930" in lines
    assert "Tổng cộng | - | 7.200 | 3.516" in lines  # (as a <td colspan="2"> is written)
    assert "1. Kiểm định phương tiện đo" in lines
    assert raw.title == "Kết quả công tác 6 tháng đầu năm 2019 | Chi cục TĐC Hà Nam"


def test_a_middle_aligned_table_keeps_each_label_line_and_header_line_in_its_own_row(tmp_path: Path) -> None:
    """LibreOffice's table with cells middle-aligned: a label of three lines stands with its first line above the
    row's figures and its last below, nearer its own figures than the row above ("Biên soạn dự thảo TCVN (Viện"
    over "2 | Tiêu chuẩn Chất lượng Việt | 240 | …" over "Nam)"); the header's narrow cells start a line above
    "TT | Nội dung" ("Kế" of "Kế hoạch năm 2019", beside the group cell "Tỷ lệ (%)"). Each is read in its own row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Table

    _dejavu()
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11)
    centred = ParagraphStyle("centred", parent=cell, alignment=1)
    head = ["TT", "Nội dung", "Đơn vị tính", "Kế hoạch năm 2019", "Thực hiện 6 tháng 2019", "Cùng kỳ 2018", "Tỷ lệ (%)", ""]
    sub = ["", "", "", "", "", "", "So với KH", "So với cùng kỳ"]
    rows = [[Paragraph(h, centred) for h in head], [Paragraph(h, centred) for h in sub],
            ["1", Paragraph("Thẩm định, trình công bố TCVN", cell), "TCVN", "650", "286", "247", "44,0", "115,8"],
            ["2", Paragraph("Biên soạn dự thảo TCVN (Viện Tiêu chuẩn Chất lượng Việt Nam)", cell), "dự thảo", "240", "124",
             "109", "51,7", "113,8"],
            ["3", Paragraph("Thẩm định dự thảo QCVN", cell), "dự thảo", "40", "17", "21", "42,5", "81,0"]]
    table = Table(rows, colWidths=[25, 140, 45, 45, 45, 45, 40, 45])
    table.setStyle([("FONT", (0, 0), (-1, -1), "DejaVuSans", 9), ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
                    ("SPAN", (6, 0), (7, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                    ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (5, 1)),
                    ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    path = tmp_path / "middle.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuSans", 11)
    c.drawString(60, 780, "Bảng 1. Kết quả thực hiện 6 tháng đầu năm 2019")
    table.wrapOn(c, 500, 700)
    table.drawOn(c, 60, 560)
    c.showPage()
    c.save()
    lines = DocumentReader().read(path).text.split("\n")
    assert "2 | Biên soạn dự thảo TCVN (Viện Tiêu chuẩn Chất lượng Việt Nam) | dự thảo | 240 | 124 | 109 | 51,7 | 113,8" \
        in lines, lines
    assert "1 | Thẩm định, trình công bố TCVN | TCVN | 650 | 286 | 247 | 44,0 | 115,8" in lines, lines


def test_pdf_footnotes_at_a_pages_foot_cut_no_sentence(pdf_factory, tmp_path: Path) -> None:  # noqa: ANN001
    """A footnote drawn at a page's foot is read after the page's last line: in the middle of a sentence that
    runs on to the next page ("3.123 công" | "tơ 3 pha)"), and with a bare number that reads as a figure ("1 Đề
    án …"). It comes out as "[1] …" after the sentence; a mark drawn smaller after a figure ("9001:2015³",
    at 0.8 of the line's size, its rise not reported) is "[2]", not a digit of the figure."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf_factory.text("warm.pdf", [["x"]])  # (registers the font)
    path = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)

    def line(y: float, parts: list[tuple[str, float]]) -> None:
        drawn = c.beginText(50, y)
        for text, size in parts:
            drawn.setFont("DejaVuSans", size)
            drawn.textOut(text)
        c.drawText(drawn)

    line(800, [("Chi cục triển khai Kế hoạch thực hiện Đề án trên địa bàn thành phố", 10.5), ("1", 8.5),
               (", từ tháng 7/2019.", 10.5)])
    line(780, [("Trong đó, công tơ điện là 31.540 chiếc (gồm 28.417 công tơ 1 pha và 3.123 công", 10.5)])
    line(80, [("1 Đề án được Thủ tướng Chính phủ phê duyệt; năm 2019 được bố trí 420 triệu đồng.", 8)])
    line(40, [("Trang 1/2", 8)])
    c.showPage()
    line(800, [("tơ 3 pha), đồng hồ nước lạnh 9.876 chiếc.", 10.5)])
    line(780, [("Có 118 cơ quan áp dụng TCVN ISO 9001:2015", 10.5), ("2", 8.5), (", tăng 27 cơ quan.", 10.5)])
    line(80, [("2 Gồm 21 cơ quan chuyên môn và 97 Ủy ban nhân dân cấp xã.", 8)])
    line(40, [("Trang 2/2", 8)])
    c.showPage()
    c.save()
    text = " ".join(DocumentReader().read(path).text.split())
    assert "3.123 công tơ 3 pha), đồng hồ nước lạnh 9.876 chiếc. [1] Đề án được Thủ tướng" in text, text
    assert "TCVN ISO 9001:2015[2], tăng 27 cơ quan. [2] Gồm 21 cơ quan" in text, text
    assert "thành phố[1], từ tháng 7/2019" in text, text


def test_markdown_front_matter_is_metadata_and_footnotes_follow_their_paragraph(tmp_path: Path) -> None:
    """A note-taking app's Markdown export opens with a YAML block (title, date, tags): the file's title and
    date, not a line of its text. A footnote's text, written at the end, is read right after the paragraph
    that refers to it (after the table, when a table row does), as a Word file's footnotes are."""
    path = tmp_path / "BaoCao_QuyII_2022.md"
    path.write_text(
        '---\ntitle: "Báo cáo kết quả thực hiện nhiệm vụ quý II năm 2022"\ndate: 2022-07-05\n'
        "tags: [bao-cao, quy-II-2022]\n---\n\n# BÁO CÁO QUÝ II/2022\n\n"
        "Tổng số biên chế của Chi cục là 24 người[^1], trong đó có 7 kiểm định viên.\n\n"
        "| Nội dung | Số cơ sở |\n|---|---:|\n| Xăng dầu[^2] | 38 |\n| Mũ bảo hiểm | 21 |\n\n"
        "Đoạn tiếp theo.\n\n[^1]: Gồm 15 công chức, 6 viên chức và 3 lao động hợp đồng.\n"
        "[^2]: Kể cả 4 cửa hàng\n    trên Quốc lộ 14.\n", encoding="utf-8")
    raw = TextLoader().load(path)
    assert raw.title == "Báo cáo kết quả thực hiện nhiệm vụ quý II năm 2022" and raw.date == "2022-07-05"
    text = raw.pages[0].text
    assert "tags:" not in text and "title:" not in text, text
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines[2] == "[1] Gồm 15 công chức, 6 viên chức và 3 lao động hợp đồng.", lines
    assert lines[5] == "Mũ bảo hiểm | 21" and lines[6] == "[2] Kể cả 4 cửa hàng trên Quốc lộ 14.", lines
    assert DocumentReader().read(path).title == "Báo cáo kết quả thực hiện nhiệm vụ quý II năm 2022"
