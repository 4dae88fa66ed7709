"""The exhibit index: one card per exhibit, with a thumbnail for images.

A card is a flowable that lays out its own lines (``textlayout``) and draws them directly:
for the hundreds of exhibits of a large dossier, reportlab Paragraphs inside tables were
most of the build time. Thumbnails reach the PDF as the small JPEG's bytes held in memory
(``JpegSource``): no temporary file ever holds evidence pixels.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.platypus import Flowable

from . import fonts
from .bidi_text import RTL_LEADING, draw_line, line_width
from .blocks import heading
from .direction import rtl
from .labels import label, maybe
from .model import ExhibitInfo, ReportData
from .styles import FAINT, INK, MUTED, NAVY, RULE, para
from .textlayout import LaidLine, draw_laid, lay_out, needs_bidi, width_of

THUMB_BOX = 28 * mm
THUMB_COL = THUMB_BOX + 6
TEXT_GAP = 9
PAD_TOP = 5
PAD_BOTTOM = 6
MIN_SPLIT_LINES = 3


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            if unit == "bytes":
                return f"{size:,} bytes"
            return f"{value:.1f} {unit} ({size:,} bytes)"
        value /= 1024
    return f"{size:,} bytes"


def capture_text(exhibit: ExhibitInfo, lang: str) -> str:
    if not exhibit.capture_time:
        return label("ex.not_in_metadata", lang)
    text = exhibit.capture_time.replace("T", " ")
    return f"{text} {exhibit.capture_offset}".strip()


def gps_text(exhibit: ExhibitInfo) -> str:
    if exhibit.gps_lat is None or exhibit.gps_lon is None:
        return ""
    return f"{exhibit.gps_lat:.6f}, {exhibit.gps_lon:.6f}"


class JpegSource:
    """A small JPEG for canvas.drawImage, embedded as-is (DCTDecode) without decoding it.

    reportlab names an image by hashing its decoded pixels when given an ImageReader; this
    object takes the "file" path instead, naming it by the JPEG's own hash, so a preview
    costs one copy of its compressed bytes and nothing else.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.key = hashlib.sha256(data).hexdigest()
        self.width, self.height = readJPEGInfo(io.BytesIO(data))[:2]

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)

    def __str__(self) -> str:
        return f"ek-thumbnail-{self.key}"


@dataclass
class _Line:
    text: LaidLine
    size: float
    leading: float
    color: Color = INK
    font: str = fonts.SANS
    prefix: str = ""  # drawn before the text (a field label, the exhibit code)
    prefix_color: Color = MUTED
    prefix_font: str = fonts.SANS
    indent: float = 0.0  # right to left: room kept at the right for the field's name


def _field(name: str, value: str, width: float, size: float, leading: float,
           color: Color = INK) -> list[_Line]:
    """'Name: value' wrapped to width, the name drawn muted on the first line."""
    prefix = f"{name}: " if name else ""
    laid = lay_out(prefix + value, fonts.SANS, size, width)
    if not any(line.bidi for line in laid):
        first = laid[0].text
        if prefix and first.startswith(prefix.rstrip()):
            rest = first[len(prefix.rstrip()):].lstrip()
            head = _Line(LaidLine(rest), size, leading, color, prefix=prefix)
        else:
            head = _Line(laid[0], size, leading, color)
        return [head] + [_Line(line, size, leading, color) for line in laid[1:]]
    # Right-to-left value: the name on its own line, then the value laid out by bidi_text.
    lines = [_Line(LaidLine(""), size, leading, prefix=prefix)] if prefix else []
    for line in lay_out(value, fonts.SANS, size, width):
        rtl_leading = max(leading, size * RTL_LEADING) if line.bidi else leading
        lines.append(_Line(line, size, rtl_leading, color))
    return lines


def _field_rtl(name: str, value: str, width: float, size: float, leading: float,
               color: Color = INK, *, bold_name: bool = False) -> list[_Line]:
    """Right to left: the name at the right edge, its value wrapped in the room to its left
    (a hanging indent), every line right-aligned."""
    indent = line_width(name, size, bold=bold_name, base_dir="R") + size if name else 0.0
    lines = []
    for line in lay_out(value, fonts.SANS, size, width - indent):
        arabic = line.bidi or (not lines and needs_bidi(name))
        lines.append(_Line(line, size, max(leading, size * RTL_LEADING) if arabic else leading,
                           color, prefix="" if lines else name, indent=indent))
    return lines


def card_lines(exhibit: ExhibitInfo, lang: str, width: float, rtl: bool = False) -> list[_Line]:
    kind = maybe("kind", exhibit.kind, lang) if exhibit.kind else ""
    meta = " · ".join(p for p in (kind, exhibit.media_type, human_size(exhibit.size)) if p)
    if rtl:
        return _card_lines_rtl(exhibit, lang, width, meta)
    lines = [_Line(LaidLine(meta), 8.5, 12.5, MUTED, prefix=f"{exhibit.code}   ",
                   prefix_color=NAVY, prefix_font=fonts.SANS_BOLD)]
    if exhibit.description.strip():
        lines += _field("", exhibit.description.strip(), width, 8.5, 11.5)
    for name, value in _facts(exhibit, lang):
        if value:
            lines += _field(name, value, width, 7.6, 10)
    lines[-1].leading += 3
    lines += _field("SHA-256", exhibit.sha256, width, 7.2, 9.5)
    if exhibit.file:
        lines += _field(label("ex.file", lang), exhibit.file, width, 7.2, 9.5, MUTED)
    return lines


def _facts(exhibit: ExhibitInfo, lang: str) -> list[tuple[str, str]]:
    acquired = " — ".join(p for p in (exhibit.acquired_at[:10], exhibit.acquired_how,
                                      exhibit.acquired_by, exhibit.received_from) if p)
    return [(label("ex.captured", lang), capture_text(exhibit, lang)),
            (label("ex.place", lang), exhibit.location_text),
            (label("ex.gps", lang), gps_text(exhibit)),
            (label("ex.camera", lang), exhibit.camera),
            (label("ex.derived_from", lang), exhibit.derived_from),
            (label("ex.acquired", lang), acquired),
            ("URL", exhibit.source_url)]


def _card_lines_rtl(exhibit: ExhibitInfo, lang: str, width: float, meta: str) -> list[_Line]:
    """The same facts as ``card_lines``, each name at the right of its value."""
    lines = _field_rtl(exhibit.code, meta, width, 8.5, 12.5, MUTED, bold_name=True)
    lines[0].prefix_color, lines[0].prefix_font = NAVY, fonts.SANS_BOLD
    if exhibit.description.strip():
        lines += _field_rtl("", exhibit.description.strip(), width, 8.5, 11.5)
    for name, value in _facts(exhibit, lang):
        if value:
            lines += _field_rtl(f"{name}:", value, width, 7.6, 10)
    lines[-1].leading += 3
    lines += _field_rtl("SHA-256:", exhibit.sha256, width, 7.2, 9.5)
    if exhibit.file:
        lines += _field_rtl(f"{label('ex.file', lang)}:", exhibit.file, width, 7.2, 9.5, MUTED)
    return lines


class ExhibitCard(Flowable):
    """Thumbnail on the left, the exhibit's facts on the right, a light rule below.

    Splits between text lines when a card is taller than the space left (the thumbnail
    stays with the first part), so no description is ever too long to lay out.
    """

    def __init__(self, exhibit: ExhibitInfo, lang: str, *, lines: list[_Line] | None = None,
                 thumbnail: bool = True) -> None:
        super().__init__()
        self.exhibit = exhibit
        self.lang = lang
        self.rtl = rtl()  # mirrored: thumbnail on the right, names right of their values
        self._lines = lines
        self._for_width = -1.0
        self.show_thumbnail = thumbnail
        self.source = None
        if thumbnail and exhibit.thumbnail:
            try:
                self.source = JpegSource(exhibit.thumbnail)
            except Exception:  # noqa: BLE001 - a bad preview must not stop the report
                self.source = None

    def _text_width(self, avail: float) -> float:
        return avail - THUMB_COL - TEXT_GAP

    def _layout(self, avail: float) -> list[_Line]:
        if self._lines is None or (self._for_width >= 0 and avail != self._for_width):
            self._lines = card_lines(self.exhibit, self.lang, self._text_width(avail), self.rtl)
        self._for_width = avail
        return self._lines

    def _height(self, lines: list[_Line]) -> float:
        text = PAD_TOP + sum(line.leading for line in lines) + PAD_BOTTOM
        return max(text, THUMB_BOX + 2 * PAD_TOP) if self.show_thumbnail else text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self._height(self._layout(availWidth))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        if self._height(lines) <= availHeight:
            return [self]
        used, fit = PAD_TOP + PAD_BOTTOM, 0
        for line in lines:
            if used + line.leading > availHeight:
                break
            used += line.leading
            fit += 1
        if fit < MIN_SPLIT_LINES or (self.show_thumbnail and
                                     THUMB_BOX + 2 * PAD_TOP > availHeight):
            return []
        first = ExhibitCard(self.exhibit, self.lang, lines=lines[:fit],
                            thumbnail=self.show_thumbnail)
        rest = ExhibitCard(self.exhibit, self.lang, lines=lines[fit:], thumbnail=False)
        first.outline = getattr(self, "outline", None)
        for card in (first, rest):
            card._for_width, card.rtl = availWidth, self.rtl
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        height = self.height
        canvas.setFillColor(FAINT)
        thumb_x = self.width - THUMB_COL if self.rtl else 0.0
        canvas.rect(thumb_x, 0, THUMB_COL, height, stroke=0, fill=1)
        if self.show_thumbnail:
            self._draw_thumbnail(canvas, thumb_x, height)
        if self.rtl:
            self._draw_lines_rtl(canvas, height)
        else:
            self._draw_lines(canvas, height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, 0, self.width, 0)

    def _draw_lines_rtl(self, canvas, height: float) -> None:  # noqa: ANN001
        right = self.width - THUMB_COL - TEXT_GAP
        y = height - PAD_TOP
        for line in self._lines or []:
            baseline = y - line.size
            if line.prefix:
                canvas.setFillColor(line.prefix_color)
                draw_line(canvas, line.prefix, right, baseline, line.size, align="right",
                          bold=line.prefix_font == fonts.SANS_BOLD, base_dir="R")
            if line.text.text:
                canvas.setFillColor(line.color)
                draw_laid(canvas, line.text, 0, right - line.indent, baseline, line.font,
                          line.size, align_right=True)
            y -= line.leading

    def _draw_lines(self, canvas, height: float) -> None:  # noqa: ANN001
        x = THUMB_COL + TEXT_GAP
        right = self.width
        y = height - PAD_TOP
        text = canvas.beginText()  # one text object per card: far cheaper than drawString
        state: list[object] = [None, None]
        deferred = []

        def style(font: str, size: float, color: Color) -> None:
            if state[0] != (font, size):
                text.setFont(font, size)
                state[0] = (font, size)
            if state[1] != color:
                text.setFillColor(color)
                state[1] = color

        for line in self._lines or []:
            baseline = y - line.size
            text.setTextOrigin(x, baseline)
            if line.prefix:
                style(line.prefix_font, line.size, line.prefix_color)
                text.textOut(line.prefix)
            if line.text.bidi:
                start = x + width_of(line.prefix, line.prefix_font, line.size)
                deferred.append((line, start, baseline))
            elif line.text.text:
                style(line.font, line.size, line.color)
                text.textOut(line.text.text)
            y -= line.leading
        canvas.drawText(text)
        for line, start, baseline in deferred:
            canvas.setFillColor(line.color)
            draw_laid(canvas, line.text, start, right, baseline, line.font, line.size)

    def _draw_thumbnail(self, canvas, x: float, height: float) -> None:  # noqa: ANN001
        if self.source is None:
            canvas.setFillColor(MUTED)
            draw_line(canvas, label("ex.no_preview", self.lang), x + THUMB_COL / 2,
                      height - PAD_TOP - 10, 7, align="centre")
            return
        scale = min(THUMB_BOX / self.source.width, THUMB_BOX / self.source.height)
        w, h = self.source.width * scale, self.source.height * scale
        canvas.drawImage(self.source, x + (THUMB_COL - w) / 2, height - PAD_TOP - h, w, h)


def exhibit_card(exhibit: ExhibitInfo, lang: str) -> ExhibitCard:
    card = ExhibitCard(exhibit, lang)
    card.outline = (exhibit.code, 1, f"ex-{exhibit.code}")  # a bookmark per exhibit
    return card


def build_exhibit_index(data: ReportData, lang: str) -> list[Flowable]:
    story: list[Flowable] = [*heading(label("sec.exhibits", lang), 0, "sec-exhibits"),
                             para(label("text.exhibits_intro", lang), "intro")]
    if not data.exhibits:
        return story + [para(label("ex.none", lang))]
    story += [exhibit_card(exhibit, lang) for exhibit in data.exhibits]
    return story
