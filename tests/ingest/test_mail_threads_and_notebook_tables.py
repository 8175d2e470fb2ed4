"""Reports that arrive inside other documents: a Gmail conversation printed whole ("Print all") pastes the report
in its first message and quotes it again under every reply; a notebook exported by nbconvert shows its
DataFrames as raw HTML inside the Markdown; MarkItDown's Markdown of a spreadsheet keeps pandas' marks of empty
cells ("NaN", "Unnamed: 3") and a two-level header typed as merged cells."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.html import HtmlLoader
from ingest.markdown import markdown_to_text

MESSAGE = """<table width="100%" class="message"><tbody><tr><td><font size="-1"><b>{who}</b></font></td>
<td align="right"><font size="-1">{when}</font></td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="12"><tbody><tr><td><div style="overflow:hidden"><font size="-1">
{body}
</font></div></td></tr></tbody></table></td></tr></tbody></table><hr>"""

REPORT = """<div dir="ltr"><div>Kính gửi: Phòng Quản lý chuyên ngành,</div><div>Chi cục dán nội dung báo cáo dưới đây.</div>
<p class="m_1MsoNormal">Quý III/2024, Chi cục đã kiểm định 5.305 PTĐ, tăng 12,5% so với quý II/2024 (4.715 PTĐ).</p>
<p class="m_1MsoNormal">Lũy kế 9 tháng năm 2024, Chi cục đã kiểm định 14.268 PTĐ, đạt 79,3% kế hoạch năm.</p>
<table class="m_1MsoNormalTable"><tr><td><p>Loại phương tiện đo</p></td><td><p>Quý III/2024</p></td><td><p>9 tháng 2024</p></td></tr>
<tr><td><p>Huyết áp kế</p></td><td><p>121</p></td><td><p>402</p></td></tr></table>
<p class="m_1MsoNormal">Chi cục trưởng Vũ Đức Thắng</p></div>"""

QUOTE = """<div class="m_2gmail_quote"><div dir="ltr" class="m_2gmail_attr">Vào Th 6, 4 thg 10, 2024 vào lúc 16:25
Phạm Thị Thu Hà đã viết:<br></div><blockquote class="m_2gmail_quote">{quoted}</blockquote></div>"""

HEAD = """<html><body><div class="bodycontainer"><hr><div class="maincontent">
<table width="100%"><tbody><tr><td><font size="+1"><b>V/v gửi báo cáo quý III năm 2024</b></font><br>
<font size="-1" color="#777">2 thư</font></td></tr></tbody></table><hr>"""


def _thread(tmp_path: Path, first: str, reply: str) -> list[str]:
    page = (HEAD + MESSAGE.format(who="Phạm Thị Thu Hà", when="Thứ Sáu, 4 tháng 10, 2024", body=first)
            + MESSAGE.format(who="Đinh Quang Huy", when="Thứ Hai, 7 tháng 10, 2024", body=reply) + "</div></div></body></html>")
    path = tmp_path / "thread.html"
    path.write_text(page, encoding="utf-8")
    return HtmlLoader().load(path).pages[0].text.split("\n")


def test_a_printed_messages_body_keeps_its_lines_after_the_subject_table(tmp_path: Path) -> None:
    lines = _thread(tmp_path, REPORT, "<div>Đề nghị Chi cục kiểm tra lại số liệu.</div>")
    # the message's layout table is no continuation of the subject's one-row table: its paragraphs stay lines
    assert "Lũy kế 9 tháng năm 2024, Chi cục đã kiểm định 14.268 PTĐ, đạt 79,3% kế hoạch năm." in lines
    assert "Huyết áp kế | 121 | 402" in lines
    assert "Chi cục trưởng Vũ Đức Thắng" in lines


def test_a_quote_of_a_message_shown_above_goes_and_a_reply_alone_keeps_its_quote(tmp_path: Path) -> None:
    reply = "<div>Đề nghị Chi cục kiểm tra lại số liệu.</div>" + QUOTE.format(quoted=REPORT)
    lines = _thread(tmp_path, REPORT, reply)
    assert sum("14.268 PTĐ" in line for line in lines) == 1  # read once, in the first message
    assert "Đề nghị Chi cục kiểm tra lại số liệu." in lines
    assert not any("đã viết:" in line for line in lines)
    # a reply saved alone: its quote is the only copy of the report
    alone = tmp_path / "reply.html"
    alone.write_text("<html><body>" + MESSAGE.format(who="Đinh Quang Huy", when="Thứ Hai", body=reply)
                     + "</body></html>", encoding="utf-8")
    text = HtmlLoader().load(alone).pages[0].text
    assert "14.268 PTĐ" in text and "Huyết áp kế | 121 | 402" in text


NOTEBOOK = """## Số liệu theo loại phương tiện đo

```python
df = pd.DataFrame({"Loại PTĐ": ["Công tơ điện"], "6T/2025": [8590]})
html = "<table><tr><td>99999</td></tr></table>"
```

<div>
<style scoped>
    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>
<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th></th>
      <th>Loại PTĐ</th>
      <th>6T/2024</th>
      <th>6T/2025</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th>0</th>
      <td>Công tơ điện</td>
      <td>7986</td>
      <td>8590</td>
    </tr>
  </tbody>
</table>
<p>1 rows × 3 columns</p>
</div>

<details>
<summary>Phụ lục 1</summary>

| Nội dung | Năm 2020 |
|---|---:|
| Độ dài | 6.815 |

</details>
"""


def test_a_notebooks_dataframe_reads_as_table_rows_and_code_stays_code() -> None:
    lines = markdown_to_text(NOTEBOOK).split("\n")
    assert "0 | Công tơ điện | 7986 | 8590" in lines
    assert not any("<t" in line or "vertical-align" in line for line in lines if not line.startswith("html ="))
    assert 'html = "<table><tr><td>99999</td></tr></table>"' in lines  # (inside a code fence: as written)
    assert "Độ dài | 6.815" in lines  # (Markdown inside an HTML block is Markdown)


SHEET = """## TongHop
| SỞ KHOA HỌC VÀ CÔNG NGHỆ TIỀN GIANG | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 | Unnamed: 4 | Unnamed: 5 |
| --- | --- | --- | --- | --- | --- |
| BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023 | NaN | NaN | NaN | NaN | NaN |
| TT | Chỉ tiêu | Năm 2022 | Năm 2023 | NaN | 2023/2022 (%) |
| NaN | NaN | NaN | KH 2023 | TH 2023 | NaN |
| 6 | Hỗ trợ đăng ký mã số mã vạch | 41 | 45 | 52 | 1.2683 |
| 9 | Trích nộp ngân sách | 1268.2 | NaN | 1402.6 | 1.106 |
"""


def test_a_spreadsheets_empty_marks_go_and_its_merged_header_names_both_levels() -> None:
    lines = markdown_to_text(SHEET).split("\n")
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ TIỀN GIANG" in lines
    assert "BẢNG TỔNG HỢP KẾT QUẢ NĂM 2023" in lines
    assert "TT | Chỉ tiêu | Năm 2022 | Năm 2023 KH 2023 | Năm 2023 TH 2023 | 2023/2022 (%)" in lines
    assert "9 | Trích nộp ngân sách | 1268.2 | - | 1402.6 | 1.106" in lines
    assert not any("NaN" in line or "Unnamed" in line for line in lines)


def test_two_header_rows_of_their_own_are_not_merged() -> None:
    text = "| Nội dung | Năm 2022 | Năm 2023 |\n|---|---|---|\n| Ghi chú | Đã ký | Chưa ký |\n| Cân | 12 | 15 |\n"
    lines = markdown_to_text(text).split("\n")
    assert "Nội dung | Năm 2022 | Năm 2023" in lines and "Ghi chú | Đã ký | Chưa ký" in lines
