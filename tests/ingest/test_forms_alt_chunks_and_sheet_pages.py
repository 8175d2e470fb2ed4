"""A PDF form filled in and not flattened: what was typed is read from its fields, as a viewer shows them, where they
stand (a reviewer's sticky note stays out); a Word file whose body is imported HTML and MHT parts (w:altChunk), as
reporting systems export "Word"; an element a page hides by its own style is no text, unless it holds a table; a
spreadsheet printed "down, then over": the page of columns without row labels is read beside the page of the rows it
continues; a header's wrapped words set closer than a cell gap over narrow columns stay in their columns."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ingest.loaders.html import HtmlLoader
from ingest.loaders.pdf import positioned_text
from ingest.pipeline import DocumentReader

FORM_REPORT = Path(__file__).parents[2] / "eval/data/newdocs73/reports/BM-BC-Q3-2024_ChiCucTDC_DakNong_dadien.pdf"
SHEET_REPORT = Path(__file__).parents[2] / "eval/data/newdocs72/reports/BieuSoLieu_TDC_2024_SoKHCN_LangSon.pdf"


def _text(path: Path) -> str:
    return DocumentReader().read(path).text


def test_a_filled_form_is_read_from_its_fields_where_they_stand(pdf_factory, tmp_path: Path) -> None:  # noqa: ANN001
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bieu_mau_da_dien.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuSans", 11)
    c.drawString(50, 800, "BÁO CÁO KẾT QUẢ KIỂM ĐỊNH QUÝ III/2024")
    c.drawString(50, 770, "Số:")
    c.drawString(50, 740, "Kiểm định phương tiện đo")
    c.drawString(50, 720, "Hiệu chuẩn phương tiện đo")
    c.drawString(50, 700, "Có phát sinh vi phạm")
    form = c.acroForm
    form.textfield(name="txt_SoHieu", value="87/BC-TDC", x=90, y=765, width=120, height=16, borderWidth=0)
    form.textfield(name="txt_KD", value="4.198", x=300, y=735, width=80, height=16, borderWidth=0)
    form.textfield(name="txt_HC", value="64", x=300, y=715, width=80, height=16, borderWidth=0)
    form.checkbox(name="cb_ViPham", checked=True, x=300, y=696, size=12)
    c.textAnnotation("Số theo phần mềm là 4.215, đề nghị rà soát", Rect=(400, 730, 420, 750))
    c.showPage()
    c.save()
    lines = _text(path).split("\n")
    assert "Số: 87/BC-TDC" in lines, lines  # a label and its field: one phrase
    assert "Kiểm định phương tiện đo | 4.198" in lines and "Hiệu chuẩn phương tiện đo | 64" in lines, lines
    assert "Có phát sinh vi phạm | ☒" in lines, lines
    assert "4.215" not in "\n".join(lines)  # the reviewer's note is no part of the report


def test_a_real_forms_fields_read_as_shown_not_as_stored() -> None:
    text = _text(FORM_REPORT)
    # the field stores the raw "110.32217308907137" and "0.7558…"; the page shows "110,3" and "75,6%"
    assert "1.1 | Công tơ điện (1 pha, 3 pha) | 2.946 | 8.732 | 7.915 | 110,3 | 11.500 | 75,9%" in text
    assert "- | Cộng kiểm định | 4.198 | 12.471 | 11.582 | 107,7 | 16.500 | 75,6%" in text
    assert "Kỳ báo cáo: Quý III năm 2024" in text and "Đắk Nông, ngày 04/10/2024" in text
    assert "110.322" not in text and "4.215" not in text  # (nor the reviewer's sticky note)


_CHUNK_HTML = ("<html><head><meta charset='utf-8'></head><body><h3>I. KẾT QUẢ</h3><p>Chi cục đã kiểm định "
               "<b>13.862</b>&nbsp;PTĐ, đạt 56,6% kế hoạch năm.</p><div style=\"display:none\">[Bản nháp] Chi cục đã "
               "kiểm định 13.258 PTĐ.</div></body></html>")
_CHUNK_MHT = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
              "------=_NextPart_01\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
              "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
              "<html><body><p>Ph=E1=BB=A5 l=E1=BB=A5c</p><table border=3D\"1\"><tr><td>TT</td><td>Lo=E1=BA=A1i</td>"
              "<td>6 th=C3=A1ng 2023</td></tr><tr><td>1</td><td>C=C3=B4ng t=C6=A1 =C4=91i=E1=BB=87n</td><td>5.73=\r\n"
              "1</td></tr></table></body></html>\r\n------=_NextPart_01--\r\n")


def _with_alt_chunks(path: Path) -> Path:
    """A python-docx document whose body imports an HTML part and an MHT web archive between two of its paragraphs."""
    import docx

    document = docx.Document()
    document.add_paragraph("Số: 58/BC-TĐC")
    marker = document.add_paragraph("CHUNKS")
    document.add_paragraph("Nơi nhận:")
    document.save(str(path))
    rels_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    chunks = ('<w:altChunk xmlns:r="%s" r:id="htmlChunk1"/><w:altChunk xmlns:r="%s" r:id="mhtChunk2"/>'
              % (rels_ns, rels_ns))
    start = body.index("<w:p>", body.index("<w:body>")) if "<w:p>" in body else None
    assert marker.text == "CHUNKS" and start is not None
    at = body.index("CHUNKS")
    p_start, p_end = body.rindex("<w:p>", 0, at), body.index("</w:p>", at) + len("</w:p>")
    parts["word/document.xml"] = (body[:p_start] + chunks + body[p_end:]).encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8").replace(
        "</Relationships>",
        f'<Relationship Id="htmlChunk1" Type="{rels_ns}/aFChunk" Target="/word/afchunk1.htm"/>'
        f'<Relationship Id="mhtChunk2" Type="{rels_ns}/aFChunk" Target="/word/afchunk2.mht"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8").replace(
        "</Types>", '<Default Extension="htm" ContentType="text/html"/>'
                    '<Default Extension="mht" ContentType="message/rfc822"/></Types>')
    parts["[Content_Types].xml"] = types.encode("utf-8")
    parts["word/afchunk1.htm"] = _CHUNK_HTML.encode("utf-8")
    parts["word/afchunk2.mht"] = _CHUNK_MHT.encode("ascii")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_word_files_imported_html_and_mht_parts_are_its_body(tmp_path: Path) -> None:
    lines = [x for x in _text(_with_alt_chunks(tmp_path / "xuat_word.docx")).split("\n") if x.strip()]
    at = {x: i for i, x in enumerate(lines)}
    assert "Chi cục đã kiểm định 13.862 PTĐ, đạt 56,6% kế hoạch năm." in at, lines
    assert "1 | Công tơ điện | 5.731" in at, lines  # quoted-printable decoded, its soft line break joined
    assert at["Số: 58/BC-TĐC"] < at["I. KẾT QUẢ"] < at["Phụ lục"] < at["Nơi nhận:"], lines
    assert "13.258" not in "\n".join(lines)  # the system's hidden draft


def test_an_element_its_own_style_hides_is_no_text_unless_it_holds_a_table(tmp_path: Path) -> None:
    path = tmp_path / "ban_tin.html"
    path.write_text(
        '<html><body><span class="mcnPreviewText" style="display:none; font-size:0px; mso-hide:all;">Gần 9 nghìn '
        'phương tiện đo được kiểm định</span><p>Chi cục đã kiểm định 8.947 phương tiện đo.</p>'
        '<div id="sheet2" style="display:none;position:relative;"><table><tr><td>Taximet</td><td>214</td></tr>'
        '</table></div><div style="height:0px;visibility:hidden"><p>Phụ lục 2. Kiểm tra 30 cơ sở</p></div>'
        '</body></html>', encoding="utf-8")
    text = HtmlLoader().load(path).pages[0].text
    assert "Gần 9 nghìn" not in text and "8.947" in text
    assert "Taximet | 214" in text  # a published sheet's other tab
    assert "Phụ lục 2. Kiểm tra 30 cơ sở" in text  # a collapsed accordion's panel


def test_a_sheet_printed_down_then_over_is_read_row_by_row(pdf_factory, tmp_path: Path) -> None:  # noqa: ANN001
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bieu_01.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    rows = [("1", "Cân ô tô", "cái", "46", "52", "104,0%", "234.000.000"),
            ("2", "Cột đo xăng dầu", "cột", "612", "688", "105,8%", "619.200.000"),
            ("3", "Công tơ điện 1 pha, 3 pha", "cái", "10.245", "12.846", "116,8%", "578.070.000"),
            ("4", "Taximet", "cái", "138", "97", "64,7%", "24.250.000")]
    for page in (1, 2):  # the rows' labels and first columns, then the columns that did not fit
        c.setFont("DejaVuSans", 10)
        c.drawString(250, 810, "Bieu01_PTD")
        c.drawString(250, 30, f"Trang {page} / 2")
        if page == 1:
            for x, head in ((20, "STT"), (60, "Nội dung"), (250, "ĐVT"), (310, "Năm 2023"), (390, "Năm 2024")):
                c.drawString(x, 760, head)
        else:
            for x, head in ((20, "TH/KH (%)"), (120, "Doanh thu (đồng)")):
                c.drawString(x, 760, head)
        for k, row in enumerate(rows):
            y = 735 - 20 * k
            if page == 1:
                c.drawString(24, y, row[0])
                c.drawString(60, y, row[1])
                c.drawString(250, y, row[2])
                c.drawRightString(360, y, row[3])
                c.drawRightString(440, y, row[4])
            else:
                c.drawRightString(70, y, row[5])
                c.drawRightString(200, y, row[6])
        c.showPage()
    c.save()
    lines = _text(path).split("\n")
    assert "3 | Công tơ điện 1 pha, 3 pha | cái | 10.245 | 12.846 | 116,8% | 578.070.000" in lines, lines
    assert "STT | Nội dung | ĐVT | Năm 2023 | Năm 2024 | TH/KH (%) | Doanh thu (đồng)" in lines, lines
    assert sum("578.070.000" in x for x in lines) == 1 and not any(x.startswith("Bieu01_PTD | ") for x in lines), lines


def test_a_real_sheet_prints_over_pages_join_their_rows() -> None:
    text = _text(SHEET_REPORT)
    assert ("6 | Công tơ điện 1 pha, 3 pha | cái | 10.245 | 11.000 | 12.846 | 116,8% | 125,4% | 129 | 578.070.000"
            in text)
    assert "23 | Huyện Hữu Lũng | cái | 204 | 220 | 236 | 107,3% | 115,7% | 12 | - | -" in text  # (no revenue, no note)
    assert "STT | Nội dung | ĐVT | Thực hiện năm 2023 | Kế hoạch năm 2024 | Thực hiện năm 2024 |" in text


def _placed(x0: float, x1: float, y: float, text: str) -> dict:
    return {"x0": x0, "x1": x1, "y": y, "h": 11.0, "text": text}


def test_a_headers_wrapped_words_close_beside_each_other_stay_in_their_columns() -> None:
    # Excel's narrow columns: "Thực hiện  Kế hoạch  Thực hiện" over "năm 2023  năm 2024  năm 2024", six points apart
    strings = [_placed(264, 320, 658.6, "Thực hiện"), _placed(327, 379, 658.6, "Kế hoạch"),
               _placed(387, 443, 658.6, "Thực hiện"), _placed(2, 24, 652.0, "STT"), _placed(99, 150, 652.0, "Nội dung"),
               _placed(229, 253, 652.0, "ĐVT"), _placed(264, 319, 645.4, "năm 2023"), _placed(326, 381, 645.4, "năm 2024"),
               _placed(387, 442, 645.4, "năm 2024"), _placed(9, 16, 620, "6"), _placed(30, 172, 620, "Công tơ điện"),
               _placed(233, 249, 620, "cái"), _placed(282, 320, 620, "10.245"), _placed(344, 382, 620, "11.000"),
               _placed(405, 443, 620, "12.846")]
    assert positioned_text(strings).split("\n") == [
        "STT | Nội dung | ĐVT | Thực hiện năm 2023 | Kế hoạch năm 2024 | Thực hiện năm 2024",
        "6 | Công tơ điện | cái | 10.245 | 11.000 | 12.846"]
