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
from .bidi_text import draw_line, line_width, text_width
from .direction import is_rtl_language
from .labels import label, level_name, recipient
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
            # The total follows "Page N of": to its right, or to its left right to left,
            # drawn leftwards from the origin (the form's box must then reach left of it).
            rtl = is_rtl_language(language)
            self.beginForm(TOTAL_FORM, lowerx=-40 if rtl else 0)
            self.setFont(fonts.SANS, 7.5)
            self.setFillColor(MUTED)
            (self.drawRightString if rtl else self.drawString)(0, 0, str(max(total, 1)))
            self.endForm()
            super().save()

    return ReportCanvas


def shorten(text: str, width: float, size: float, bold: bool = False) -> str:
    if line_width(text, size, bold=bold) <= width:
        return text
    while text and line_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class ReportDoc(BaseDocTemplate):
    """A4 document with a cover template and a body template; headings feed the outline."""

    def __init__(self, out: object, data: ReportData, language: str) -> None:
        self.data = data
        self.language = language
        self.rtl = is_rtl_language(language)
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

    def running_title(self) -> str:
        """The start of the running header: the case title."""
        return self.data.case.title

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
        """Confidentiality at the start of the line, "Page N of M" centred, our name at
        its end (start and end swap places right to left)."""
        lang = self.language
        y = MARGIN_BOTTOM - 11 * 2.83
        left, right = MARGIN_X, PAGE[0] - MARGIN_X
        start, end = (right, left) if self.rtl else (left, right)
        near, far = ("right", "left") if self.rtl else ("left", "right")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, y + 10, right, y + 10)
        canvas.setFillColor(ALERT)
        draw_line(canvas, level_name(self.data, lang).upper(), start, y, 7.5, bold=True,
                  align=near)
        canvas.setFillColor(MUTED)
        page = label("footer.page", lang, page=canvas.getPageNumber())
        gap = text_width(" ", 7.5)
        width = line_width(page, 7.5) + gap + text_width("00", 7.5)
        x = (left + right) / 2 - width / 2
        if self.rtl:  # the total is drawn right-aligned at its origin, left of the label
            drawn = draw_line(canvas, page, x + width, y, 7.5, align="right")
            total_at = x + width - drawn - gap
        else:
            drawn = draw_line(canvas, page, x, y, 7.5)
            total_at = x + drawn + gap
        canvas.saveState()
        canvas.translate(total_at, y)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        draw_line(canvas, label("footer.generated", lang), end, y, 7.5, align=far)

    def _decorate_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()  # open the bookmarks panel in viewers
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE[1] - 9, PAGE[0], 9, stroke=0, fill=1)
        self._footer(canvas)
        canvas.restoreState()

    def _decorate_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Running header: ``running_title`` at the start of the line, the dossier and its
        disclosure level at its end."""
        canvas.saveState()
        top = PAGE[1] - MARGIN_TOP + 12
        right = PAGE[0] - MARGIN_X
        start, end = (right, MARGIN_X) if self.rtl else (MARGIN_X, right)
        near, far = ("right", "left") if self.rtl else ("left", "right")
        dossier = level_name(self.data, self.language) + " · " + \
            label("header.dossier", self.language, dossier_id=self.data.dossier_id)
        dossier_width = line_width(dossier, 7.5, bold=True)
        canvas.setFillColor(MUTED)
        title = shorten(self.running_title(), right - MARGIN_X - dossier_width - 24, 7.5)
        draw_line(canvas, title, start, top, 7.5, align=near)
        canvas.setFillColor(NAVY)
        draw_line(canvas, dossier, end, top, 7.5, bold=True, align=far)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5, right, top - 5)
        self._footer(canvas)
        canvas.restoreState()
