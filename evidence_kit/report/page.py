"""The page: running header and footer, "page N of M", outline and PDF metadata.

"Of M" is a form XObject drawn on every page and defined once, when the last page is
known, so the document is laid out in a single pass. The PDF's dates are the dossier's
creation time in UTC (never the machine's clock or time zone), and Producer/Creator name
only Evidence Kit.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from evidence_kit import __version__

from . import fonts
from .bidi_text import draw_line, text_width
from .labels import label, recipient
from .model import ReportData
from .styles import ALERT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, NAVY, PAGE, RULE

TOTAL_FORM = "ekPageTotal"


class _UtcStamp:
    """What reportlab's TimeStamp offers, for a fixed UTC time."""

    def __init__(self, when: datetime) -> None:
        self.t = when.timestamp()
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"

    @property
    def datetime(self) -> datetime:
        return datetime.fromtimestamp(self.t, UTC)


def _created(data: ReportData) -> datetime:
    try:
        return datetime.fromisoformat(data.created_at.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=UTC)


def _canvas_class(data: ReportData, language: str) -> type[Canvas]:
    stamp = _UtcStamp(_created(data))

    class ReportCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = stamp

        def save(self) -> None:
            total = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
            self.beginForm(TOTAL_FORM)
            self.setFont(fonts.SANS, 7.5)
            self.setFillColor(MUTED)
            self.drawString(0, 0, str(max(total, 1)))
            self.endForm()
            super().save()

    return ReportCanvas


def shorten(text: str, width: float, size: float, bold: bool = False) -> str:
    if text_width(text, size, bold=bold) <= width:
        return text
    while text and text_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class ReportDoc(BaseDocTemplate):
    """A4 document with a cover template and a body template; headings feed the outline."""

    def __init__(self, out: object, data: ReportData, language: str) -> None:
        self.data = data
        self.language = language
        title = f"{label('report.title', language)}: {data.case.title}"
        subject = label("report.subject", language, dossier_id=data.dossier_id,
                        recipient=recipient(data, language))
        super().__init__(
            out, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, subject=subject,
            author=data.signer_label or "—", creator=f"Evidence Kit {__version__}",
            producer="Evidence Kit", keywords=[data.dossier_id], invariant=1,
            initialFontName=fonts.SANS, initialFontSize=9, lang=language,
            displayDocTitle=1)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, PAGE[0] - 2 * MARGIN_X,
                      PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=self._decorate_cover),
            PageTemplate("body", [frame], onPage=self._decorate_body)])

    def build_story(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=_canvas_class(self.data, self.language))

    # -- outline ------------------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab hook
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        text, level, key = outline
        canvas = self.canv
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(text, key, level=level, closed=level > 0)

    # -- decoration ---------------------------------------------------------------------

    def _footer(self, canvas: Canvas) -> None:
        lang = self.language
        y = MARGIN_BOTTOM - 11 * 2.83
        right = PAGE[0] - MARGIN_X
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 10, right, y + 10)
        canvas.setFillColor(ALERT)
        canvas.setFont(fonts.SANS_BOLD, 7.5)
        conf = self.data.confidentiality
        key = f"confidentiality.{conf}"
        canvas.drawString(MARGIN_X, y, (label(key, lang) if conf == "Confidential" else conf)
                          .upper())
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.SANS, 7.5)
        page = label("footer.page", lang, page=canvas.getPageNumber()) + " "
        width = text_width(page, 7.5) + text_width("00", 7.5)
        x = (MARGIN_X + right) / 2 - width / 2
        canvas.drawString(x, y, page)
        canvas.saveState()
        canvas.translate(x + text_width(page, 7.5), y)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        canvas.drawRightString(right, y, label("footer.generated", lang))

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()  # open the bookmarks panel in viewers
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE[1] - 9, PAGE[0], 9, stroke=0, fill=1)
        self._footer(canvas)
        canvas.restoreState()

    def _decorate_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE[1] - MARGIN_TOP + 12
        right = PAGE[0] - MARGIN_X
        dossier = label("header.dossier", self.language, dossier_id=self.data.dossier_id)
        dossier_width = text_width(dossier, 7.5, bold=True)
        canvas.setFillColor(MUTED)
        title = shorten(self.data.case.title, right - MARGIN_X - dossier_width - 24, 7.5)
        draw_line(canvas, title, MARGIN_X, top, 7.5)
        canvas.setFillColor(NAVY)
        canvas.setFont(fonts.SANS_BOLD, 7.5)
        canvas.drawRightString(right, top, dossier)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, right, top - 5)
        self._footer(canvas)
        canvas.restoreState()
