"""A plain-text table for long listings (custody events, file hashes).

Cells are single-line strings in one font, columns have fixed widths, the header repeats on
every page, rows alternate a faint background and sit on light rules. Splitting is by whole
rows and costs nothing (no re-measuring), and each page's rows are drawn as one text object.
Cells too wide for their column are cut with an ellipsis; hashes and ids are sized to fit.
In a right-to-left report the first column is the rightmost and text is right-aligned in
its cell; a cell or header in Arabic is shaped and reordered (``bidi_text``).
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from . import fonts
from .bidi_text import draw_line
from .direction import rtl
from .styles import FAINT, INK, MUTED, NAVY, RULE
from .textlayout import measure, needs_bidi

PAD_X = 4
MAX_HEADER_LINES = 3


def header_lines(name: str, inner: float, size: float) -> list[str]:
    """A header label broken at spaces into lines of at most ``inner`` points (up to
    MAX_HEADER_LINES; a word wider than the column is cut when drawn)."""
    lines: list[str] = []
    for word in name.split():
        if lines and measure(f"{lines[-1]} {word}", fonts.SANS_BOLD, size) <= inner:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > MAX_HEADER_LINES:
        lines = lines[:MAX_HEADER_LINES - 1] + [" ".join(lines[MAX_HEADER_LINES - 1:])]
    return lines or [""]


def fit(text: str, width: float, font: str, size: float) -> str:
    if measure(text, font, size) <= width:
        return text
    while text and measure(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class StringTable(Flowable):
    def __init__(self, header: list[str], rows: list[list[str]], widths: list[float], *,
                 size: float = 7.2, row_height: float = 11.5,
                 header_size: float = 7.0, color: Color = INK) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.col_widths = widths
        self.size = size
        self.row_height = row_height
        self.header_size = header_size
        self._header_lines = [header_lines(name, col - 2 * PAD_X, header_size)
                              for name, col in zip(header, widths, strict=True)]
        lines = max(len(lines) for lines in self._header_lines)
        self.header_height = header_size * 1.25 * lines + 6
        self.color = color
        self.first_index = 0  # zebra phase continues across pages
        self.rtl = rtl()
        # where each column (in reading order) starts, from the left edge of the table
        total = sum(widths)
        starts = [sum(widths[:i]) for i in range(len(widths))]
        self.col_lefts = [total - s - w for s, w in zip(starts, widths, strict=True)] \
            if self.rtl else starts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = sum(self.col_widths)
        self.height = self.header_height + self.row_height * len(self.rows)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fit_rows = int((availHeight - self.header_height) // self.row_height)
        if fit_rows < 2 or fit_rows >= len(self.rows):
            return [] if fit_rows < 2 else [self]
        parts = []
        for start, rows in ((0, self.rows[:fit_rows]), (fit_rows, self.rows[fit_rows:])):
            part = StringTable(self.header, rows, self.col_widths, size=self.size,
                               row_height=self.row_height, header_size=self.header_size,
                               color=self.color)
            part.first_index = self.first_index + start
            part.rtl, part.col_lefts = self.rtl, self.col_lefts
            parts.append(part)
        return parts

    def _text_at(self, col: int, text: str, font: str, size: float) -> tuple[float, str]:
        """Where a cell's text starts (left- or right-aligned in its column), and the text
        cut to fit."""
        inner = self.col_widths[col] - 2 * PAD_X
        shown = fit(text, inner, font, size)
        left = self.col_lefts[col] + PAD_X
        if self.rtl:
            return left + inner - measure(shown, font, size), shown
        return left, shown

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        width = self.width
        # header: muted bold labels, up to three lines, navy rule below
        canvas.setFillColor(MUTED)
        for col, lines in enumerate(self._header_lines):
            for index, text in enumerate(lines):
                baseline = top - (1 + 1.25 * index) * self.header_size - 1
                if text:
                    x, shown = self._text_at(col, text, fonts.SANS_BOLD, self.header_size)
                    draw_line(canvas, shown, x, baseline, self.header_size, bold=True)
        y = top - self.header_height
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(0, y, width, y)
        # zebra backgrounds, then rules, then all text in one text object
        canvas.setFillColor(FAINT)
        for index in range(len(self.rows)):
            if (self.first_index + index) % 2:
                canvas.rect(0, y - (index + 1) * self.row_height, width, self.row_height,
                            stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        for index in range(1, len(self.rows) + 1):
            canvas.line(0, y - index * self.row_height, width, y - index * self.row_height)
        text = canvas.beginText()
        text.setFont(fonts.SANS, self.size)
        text.setFillColor(self.color)
        shaped = []  # cells in Arabic or another right-to-left script, drawn after
        for index, row in enumerate(self.rows):
            baseline = y - (index + 1) * self.row_height + (self.row_height - self.size) / 2 + 1.2
            for col, cell in enumerate(row):
                if not cell:
                    continue
                x, shown = self._text_at(col, cell, fonts.SANS, self.size)
                if needs_bidi(shown):
                    shaped.append((x, baseline, shown))
                else:
                    text.setTextOrigin(x, baseline)
                    text.textOut(shown)
        canvas.drawText(text)
        canvas.setFillColor(self.color)
        for x, baseline, shown in shaped:
            draw_line(canvas, shown, x, baseline, self.size)
