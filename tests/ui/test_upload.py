"""ui.upload: size limit, type from content, admin password, then the real ingest service."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.errors import AssistantError
from ui.upload import Uploader, UploadError, check_file, safe_name, sniff

MB = 2**20
REPORT = """Báo cáo tổng kết công tác năm 2029 của Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Kiểm Thử

Công tác thanh tra

Năm 2029, Chi cục đã tiến hành 48 cuộc thanh tra về đo lường và chất lượng hàng hoá.
"""


def pdf_bytes(text: str = "Bao cao nam 2029") -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.save()
    return buf.getvalue()


def docx_bytes(text: str = "Báo cáo năm 2029") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


class TestSniff:
    def test_real_formats_are_recognised(self, tmp_path: Path) -> None:
        assert sniff(write(tmp_path, "a.pdf", pdf_bytes())) == "pdf"
        assert sniff(write(tmp_path, "a.docx", docx_bytes())) == "docx"
        assert sniff(write(tmp_path, "a.html", "<!DOCTYPE html><html><body><p>Báo cáo</p></body></html>")) == "html"
        assert sniff(write(tmp_path, "b.html", "<p>Đoạn báo cáo</p>")) == "html"
        assert sniff(write(tmp_path, "a.txt", REPORT)) == "text"
        assert sniff(write(tmp_path, "u16.txt", "\ufeffBáo cáo năm 2029".encode("utf-16"))) == "text"
        # TCVN3 (a legacy single-byte Vietnamese encoding) is text: the loader repairs it
        assert sniff(write(tmp_path, "tcvn3.txt", b"B\xb8o c\xb8o t\xad\xadng k\xd5t n\xa8m 2029\r\n")) == "text"

    def test_binary_and_plain_zip_are_not_text_or_docx(self, tmp_path: Path) -> None:
        assert sniff(write(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))) == "binary"
        zbuf = io.BytesIO()
        with zipfile.ZipFile(zbuf, "w") as zf:
            zf.writestr("notes.txt", "không phải docx")
        assert sniff(write(tmp_path, "x.docx", zbuf.getvalue())) == "zip"
        assert sniff(write(tmp_path, "broken.docx", b"PK\x03\x04garbage")) == "binary"


class TestCheckFile:
    def test_a_pdf_that_is_really_text_is_rejected(self, tmp_path: Path) -> None:
        reason = check_file(write(tmp_path, "bao-cao.pdf", REPORT), 50 * MB)
        assert reason == "nội dung không khớp với đuôi .pdf: tệp thực chất là văn bản"

    def test_content_must_match_each_suffix(self, tmp_path: Path) -> None:
        assert check_file(write(tmp_path, "ok.pdf", pdf_bytes()), 50 * MB) is None
        assert check_file(write(tmp_path, "ok.docx", docx_bytes()), 50 * MB) is None
        assert check_file(write(tmp_path, "ok.html", "<html><body>x</body></html>"), 50 * MB) is None
        assert check_file(write(tmp_path, "ok.md", "# Báo cáo\n\n<b>giữ nguyên</b>"), 50 * MB) is None
        assert "DOCX" in check_file(write(tmp_path, "doc.txt", docx_bytes()), 50 * MB)  # zip: binary for .txt
        assert "PDF" in check_file(write(tmp_path, "pdf.docx", pdf_bytes()), 50 * MB)
        assert "văn bản" in check_file(write(tmp_path, "plain.html", "chỉ là văn bản"), 50 * MB)
        assert "nhị phân" in check_file(write(tmp_path, "bin.txt", bytes(range(256)) * 4), 50 * MB)

    def test_size_limit_empty_files_and_unsupported_types(self, tmp_path: Path) -> None:
        big = write(tmp_path, "lon.txt", "a" * (MB + 1))
        assert check_file(big, 1 * MB) == "tệp lớn 1.0 MB, vượt giới hạn 1 MB"
        assert check_file(big, 2 * MB) is None
        assert check_file(write(tmp_path, "rong.txt", b""), MB) == "tệp rỗng"
        assert "không được hỗ trợ (.exe)" in check_file(write(tmp_path, "x.exe", b"MZ\x90\x00"), MB)
        assert "không được hỗ trợ (?)" in check_file(write(tmp_path, "README", "text"), MB)

    def test_safe_name_drops_folders(self) -> None:
        assert safe_name("../../etc/passwd") == "passwd"
        assert safe_name("C:\\x\\Báo cáo 2029.pdf") == "Báo cáo 2029.pdf"
        assert safe_name("..") == "report"


@pytest.fixture(scope="module")
def service(make_service):  # noqa: ANN001, ANN201 - the real service (shared MiniLM) on an empty store
    return make_service()


class TestUploader:
    def test_password_is_required_when_configured(self, service, tmp_path: Path) -> None:  # noqa: ANN001
        up = Uploader(service, tmp_path / "uploads", 50, admin_password="bí-mật")
        good = write(tmp_path, "bao_cao_kiem_thu_2029.txt", REPORT)
        for wrong in (None, "", "bi-mat"):
            with pytest.raises(UploadError, match="Sai mật khẩu quản trị"):
                up.run([good], wrong)
        assert not (tmp_path / "uploads").exists()
        assert up.authorised("bí-mật") and not Uploader(service, tmp_path, 50).needs_password
        with pytest.raises(UploadError, match="Chưa chọn tệp"):
            up.run([], "bí-mật")
        assert isinstance(UploadError("x"), AssistantError)

    def test_good_files_are_indexed_and_bad_ones_reported_in_order(self, service, tmp_path: Path) -> None:  # noqa: ANN001
        uploads = tmp_path / "uploads"
        up = Uploader(service, uploads, 1, admin_password="bí-mật")
        files = [write(tmp_path, "gia_mao.pdf", REPORT),
                 write(tmp_path, "bao_cao_kiem_thu_2029.txt", REPORT),
                 write(tmp_path, "qua_lon.txt", "a" * (MB + 10))]
        seen: list[tuple[int, int]] = []
        summary = up.run(files, "bí-mật", progress=lambda i, n, name: seen.append((i, n)))
        assert [(r.path, r.status) for r in summary.results] == [
            ("gia_mao.pdf", "failed"), ("bao_cao_kiem_thu_2029.txt", "indexed"), ("qua_lon.txt", "failed")]
        assert "văn bản" in summary.results[0].reason and "vượt giới hạn 1 MB" in summary.results[2].reason
        indexed = summary.results[1]
        assert indexed.doc_id == "bao-cao-kiem-thu-2029" and indexed.year == 2029 and indexed.chunks_added > 0
        assert seen[-1] == (1, 1)  # only the accepted file reached the ingest service
        assert {d.doc_id for d in service.docs()} == {"bao-cao-kiem-thu-2029"}
        kept = [p for p in uploads.rglob("*") if p.is_file()]
        assert [p.name for p in kept] == ["bao_cao_kiem_thu_2029.txt"]
        assert kept[0].read_text(encoding="utf-8") == REPORT

        ans = service.ask("Năm 2029 Chi cục đã tiến hành bao nhiêu cuộc thanh tra?")
        assert not ans.abstained and ans.value and ans.value.number == 48
        assert ans.citations[0].source == "bao_cao_kiem_thu_2029.txt"

        again = up.run([files[1]], "bí-mật")
        assert [r.status for r in again.results] == ["unchanged"]
        (tmp_path / "v2").mkdir()
        changed = write(tmp_path / "v2", "bao_cao_kiem_thu_2029.txt", REPORT.replace("48 cuộc", "49 cuộc"))
        replaced = up.run([changed], "bí-mật")
        assert [r.status for r in replaced.results] == ["replaced"] and replaced.results[0].chunks_removed > 0
        assert service.ask("Năm 2029 Chi cục đã tiến hành bao nhiêu cuộc thanh tra?").value.number == 49
