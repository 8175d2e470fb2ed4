"""Vietnamese text of the chat page, in one place (no user-facing string literals elsewhere in ``ui/``)."""

from __future__ import annotations

APP_TITLE = "Trợ lý báo cáo TCĐLCL"
APP_INTRO = (
    "Hỏi đáp bằng tiếng Việt trên các báo cáo hoạt động của Tổng cục Tiêu chuẩn Đo lường Chất lượng. "
    "Mỗi con số trong câu trả lời có số [n] dẫn tới trích dẫn nguồn ở bảng bên phải."
)

TAB_CHAT = "Hỏi đáp"
TAB_UPLOAD = "Thêm báo cáo"

CHAT_LABEL = "Hội thoại"
CHAT_PLACEHOLDER = "Đặt câu hỏi về các báo cáo, ví dụ: «Năm 2021 đã trình công bố bao nhiêu TCVN?»"
INPUT_LABEL = "Câu hỏi"
INPUT_PLACEHOLDER = "Nhập câu hỏi rồi nhấn Enter…"
SEND = "Gửi"
CLEAR = "🗑️ Xoá hội thoại"
COPY = "📋 Sao chép câu trả lời"
EXAMPLES_LABEL = "Câu hỏi mẫu (nhấn để hỏi):"
EXAMPLES = [
    "Năm 2021 đã trình công bố bao nhiêu TCVN?",
    "Năm 2016 đã thẩm xét bao nhiêu hồ sơ đăng ký mã số mã vạch?",
    "Tổng số TCVN và dự thảo QCVN được thẩm định năm 2021 là bao nhiêu?",
]

FILTER_YEAR = "Năm báo cáo"
FILTER_DOC = "Báo cáo"
ALL_YEARS = "Tất cả các năm"
ALL_DOCS = "Tất cả báo cáo"

SOURCES_TITLE = "Nguồn trích dẫn"
SOURCES_EMPTY = "Nguồn của câu trả lời sẽ hiện ở đây: tên báo cáo, năm, mục, trang, tệp và đoạn trích được tô sáng."
SOURCES_NONE = "Câu trả lời này không có trích dẫn."
SOURCES_TURN = "Câu hỏi {n}: {question}"
SOURCE_SECTION = "Mục"
SOURCE_PAGE = "Trang"
SOURCE_FILE = "Tệp"
SOURCE_YEAR = "Năm"
SOURCE_PASSAGE = "Xem toàn bộ đoạn văn"
SOURCE_NEAREST = "Đoạn gần nhất (không chứa câu trả lời)"

THINKING = "Đang tìm trong các báo cáo…"
ABSTAIN_BADGE = "Không tìm thấy trong báo cáo"
ANSWER_BADGE = "Có nguồn"
WORKING = "Cách tính"
ERROR_PREFIX = "⚠️ Lỗi"
EMPTY_QUESTION = "Vui lòng nhập câu hỏi."

FEEDBACK_LABEL = "Câu trả lời gần nhất có hữu ích không?"
FEEDBACK_UP = "👍 Hữu ích"
FEEDBACK_DOWN = "👎 Chưa đúng"
FEEDBACK_COMMENT = "Góp ý (không bắt buộc)"
FEEDBACK_COMMENT_PLACEHOLDER = "Ví dụ: con số đúng phải là…"
FEEDBACK_THANKS = "✅ Cảm ơn! Đánh giá đã được ghi lại."
FEEDBACK_NOTHING = "Chưa có câu trả lời nào để đánh giá."

UPLOAD_INTRO = (
    "Tải lên báo cáo dạng PDF, DOCX, TXT hoặc HTML (tối đa {mb} MB mỗi tệp). Tệp được kiểm tra theo nội dung "
    "chứ không chỉ theo tên, rồi được lập chỉ mục giống lệnh `tcdlcl ingest`. Trong lúc lập chỉ mục, "
    "trang hỏi đáp vẫn dùng được."
)
UPLOAD_PASSWORD = "Mật khẩu quản trị"
UPLOAD_PASSWORD_PLACEHOLDER = "Nhập mật khẩu để tải báo cáo lên"
UPLOAD_BUTTON = "📤 Chọn tệp và lập chỉ mục"
UPLOAD_WAITING = "Chưa có tệp nào được tải lên."
UPLOAD_CHECKING = "Đang kiểm tra tệp…"
UPLOAD_INDEXING = "Đang lập chỉ mục"
UPLOAD_NO_FILES = "Chưa chọn tệp nào."
UPLOAD_BAD_PASSWORD = "Sai mật khẩu quản trị: chưa tải lên tệp nào."
UPLOAD_DOCS_TITLE = "Các báo cáo đã lập chỉ mục"
UPLOAD_DOCS_EMPTY = "Chưa có báo cáo nào được lập chỉ mục."

# per-file summary (the same facts as `tcdlcl ingest`)
STATUS = {
    "indexed": "đã lập chỉ mục",
    "unchanged": "không thay đổi",
    "replaced": "đã thay thế",
    "failed": "lỗi",
    "deleted": "đã xoá",
}
SUMMARY_TOTALS = (
    "Tệp: {indexed} đã lập chỉ mục, {unchanged} không thay đổi, {replaced} đã thay thế, {failed} lỗi · "
    "Đoạn: {chunks_added} thêm, {chunks_removed} xoá"
)
SUMMARY_HEAD = ("Tệp", "Kết quả", "Mã báo cáo", "Năm", "Tiêu đề", "Đoạn +/−", "Lý do")
DOCS_HEAD = ("Mã báo cáo", "Tiêu đề", "Năm", "Tệp nguồn", "Số đoạn")

# upload rejections (reasons shown in the summary)
REJECT_TOO_BIG = "tệp lớn {size:.1f} MB, vượt giới hạn {mb} MB"
REJECT_EMPTY = "tệp rỗng"
REJECT_SUFFIX = "loại tệp không được hỗ trợ ({suffix}); chỉ nhận PDF, DOCX, TXT, MD, HTML"
REJECT_CONTENT = "nội dung không khớp với đuôi {suffix}: tệp thực chất là {kind}"
KIND_NAMES = {
    "pdf": "PDF",
    "docx": "DOCX",
    "zip": "tệp nén ZIP (không phải DOCX)",
    "html": "HTML",
    "text": "văn bản",
    "binary": "dữ liệu nhị phân",
}
UNEXPECTED = ("Đã xảy ra lỗi không mong muốn. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên "
              "(chi tiết nằm trong nhật ký máy chủ).")
COPIED = "✅ Đã sao chép"
RUNNING_AT = "Trang hỏi đáp đang chạy tại {url} (Ctrl+C để dừng)"
