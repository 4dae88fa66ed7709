"""One PDF per testimony (``data/testimonies/T0001.pdf``), beside its JSON record.

The page is the report's own testimony section (``testimony_pages``), built from the same
``TestimonyInfo`` the report shows, so at the dossier's disclosure level: a redacted
dossier's PDF holds the redacted account and no identity. Same language, fonts (embedded),
page furniture and PDF/A path as the report; the running header names the testimony and
the dossier, so a printed page that leaves the dossier still says where it belongs. Built
in memory (a few pages each); nothing is written to disk.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from reportlab.platypus import Flowable

from .blocks import heading
from .build import check_language, render
from .direction import writing
from .labels import label
from .model import ReportData, TestimonyInfo
from .page import ReportDoc
from .styles import para
from .testimony_pages import testimony_section


def testimony_pdf_path(code: str) -> str:
    return f"data/testimonies/{code}.pdf"


class TestimonyDoc(ReportDoc):
    """The report's page furniture without its cover; the header starts with the
    testimony's code and pseudonym instead of the case title."""

    def __init__(self, out: BinaryIO, data: ReportData, language: str,
                 testimony: TestimonyInfo) -> None:
        self.testimony = testimony
        super().__init__(out, data, language)
        self.title = label("tpdf.title", language, code=testimony.code,
                           dossier_id=data.dossier_id)
        self.pageTemplates = [t for t in self.pageTemplates if t.id == "body"]

    def running_title(self) -> str:
        return f"{self.testimony.code} · {self.testimony.pseudonym}"


def _story(data: ReportData, testimony: TestimonyInfo, lang: str) -> list[Flowable]:
    title = label("tpdf.title", lang, code=testimony.code, dossier_id=data.dossier_id)
    return [*heading(title, 0, "testimony"),
            para(label("text.testimonies_intro", lang), "intro"),
            *testimony_section(testimony, data, lang)]


def testimony_pdf(data: ReportData, testimony: TestimonyInfo, *, language: str = "en",
                  pdfa: bool | None = None) -> bytes:
    """The PDF of ``testimony`` (one of ``data.testimonies``), as ``build_report`` makes
    the report (``pdfa`` likewise)."""
    check_language(language)

    def lay_out(stream: BinaryIO) -> None:
        with writing(language):
            TestimonyDoc(stream, data, language, testimony).build_story(
                _story(data, testimony, language))

    out = io.BytesIO()
    render(lay_out, data.created_at, out, pdfa)
    return out.getvalue()


def testimony_pdfs(data: ReportData, *, language: str = "en", pdfa: bool | None = None
                   ) -> Iterator[tuple[str, bytes]]:
    """(path in the bag, PDF) of every testimony of ``data``."""
    for testimony in data.testimonies:
        yield testimony_pdf_path(testimony.code), testimony_pdf(
            data, testimony, language=language, pdfa=pdfa)
