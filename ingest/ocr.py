"""OCR of scanned PDF pages with Tesseract (Vietnamese language data).

A page is rendered to a PNG with ``pdftoppm`` (Debian ``poppler-utils``) when it is installed;
otherwise the images embedded in the page are extracted with pypdf (a scanned page is one big
image). Each image goes through the ``tesseract`` command line; the text comes back in NFC.

System packages: ``apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils``
(``poppler-utils`` is optional but renders pages faithfully: crops, rotation, several images).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from assistant.errors import IngestError

INSTALL_HINT = "install it with `apt-get install tesseract-ocr tesseract-ocr-vie`"
_TIMEOUT_S = 600


class TesseractOCR:
    """Reads the text of a scanned PDF page with Tesseract."""

    pdftoppm_cmd = "pdftoppm"  # class attribute: set it on an instance to use another renderer

    def __init__(self, lang: str = "vie", dpi: int = 300, tesseract_cmd: str = "tesseract") -> None:
        self.lang = lang
        self.dpi = dpi
        self.tesseract_cmd = tesseract_cmd
        self._ready = False  # set once tesseract and the language have been found

    def available(self) -> bool:
        """Whether the tesseract binary is on PATH and has the language data installed."""
        return self._problem() is None

    def read_pdf_page(self, pdf_path: Path, page_index: int) -> str:
        """OCR page ``page_index`` (0-based) of ``pdf_path``; NFC text, ``""`` for a blank page."""
        problem = self._problem()
        if problem:
            raise IngestError(f"{pdf_path}: page {page_index + 1} needs OCR, but {problem}")
        pdf_path = Path(pdf_path)
        with tempfile.TemporaryDirectory(prefix="tcdlcl-ocr-") as tmp:
            images, dpi = self._page_images(pdf_path, page_index, Path(tmp))
            texts = [self._tesseract(image, dpi) for image in images]
        text = "\n\n".join(t.strip() for t in texts if t.strip())
        return unicodedata.normalize("NFC", text)

    # --- helpers -------------------------------------------------------------------------------
    def _problem(self) -> str | None:
        """Why OCR cannot run here, or ``None``."""
        if self._ready:
            return None
        binary = shutil.which(self.tesseract_cmd)
        if binary is None:
            return f"the Tesseract program `{self.tesseract_cmd}` is not installed: {INSTALL_HINT}"
        try:
            listed = subprocess.run(
                [binary, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return f"`{self.tesseract_cmd} --list-langs` failed ({exc}): {INSTALL_HINT}"
        langs = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
        missing = [lang for lang in self.lang.split("+") if lang not in langs]
        if missing:
            packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
            return (
                f"Tesseract has no language data for {', '.join(missing)}: install it with "
                f"`apt-get install tesseract-ocr {packages}`"
            )
        self._ready = True
        return None

    def _page_images(
        self, pdf_path: Path, page_index: int, tmp: Path
    ) -> tuple[list[Path], int | None]:
        """The page as images, and their resolution when known (rendered pages)."""
        page_count = self._page_count(pdf_path)
        if not 0 <= page_index < page_count:
            raise IngestError(f"{pdf_path}: no page {page_index + 1} (the file has {page_count})")
        renderer = shutil.which(self.pdftoppm_cmd)
        if renderer:
            return [self._render(renderer, pdf_path, page_index, tmp)], self.dpi
        return self._embedded_images(pdf_path, page_index, tmp), None

    @staticmethod
    def _page_count(pdf_path: Path) -> int:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            return len(PdfReader(pdf_path).pages)
        except (OSError, PyPdfError, ValueError) as exc:
            raise IngestError(f"{pdf_path}: cannot open the PDF for OCR ({exc})") from exc

    def _render(self, renderer: str, pdf_path: Path, page_index: int, tmp: Path) -> Path:
        prefix = tmp / "page"
        number = str(page_index + 1)
        command = [
            renderer,
            "-r",
            str(self.dpi),
            "-f",
            number,
            "-l",
            number,
            "-png",
            "-singlefile",
            str(pdf_path),
            str(prefix),
        ]
        self._run(command, f"{pdf_path}: pdftoppm could not render page {number}")
        return prefix.with_suffix(".png")

    @staticmethod
    def _embedded_images(pdf_path: Path, page_index: int, tmp: Path) -> list[Path]:
        from pypdf import PdfReader

        paths = []
        try:
            for n, image in enumerate(PdfReader(pdf_path).pages[page_index].images):
                path = tmp / f"image-{n}.png"
                image.image.save(path, "PNG")
                paths.append(path)
        except Exception as exc:  # pypdf/Pillow raise many kinds on odd image encodings
            raise IngestError(
                f"{pdf_path}: cannot extract the images of page {page_index + 1} for OCR ({exc}); "
                "installing `poppler-utils` (pdftoppm) renders the page instead"
            ) from exc
        return paths

    def _tesseract(self, image: Path, dpi: int | None) -> str:
        command = [self.tesseract_cmd, str(image), "stdout", "-l", self.lang]
        if dpi:
            command += ["--dpi", str(dpi)]
        return self._run(command, f"Tesseract failed on {image.name}")

    @staticmethod
    def _run(command: list[str], what: str) -> str:
        try:
            done = subprocess.run(command, capture_output=True, timeout=_TIMEOUT_S, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            raise IngestError(f"{what}: {exc}") from exc
        if done.returncode != 0:
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
            raise IngestError(f"{what} (exit {done.returncode}): {detail[0]}")
        return done.stdout.decode("utf-8", "replace")
