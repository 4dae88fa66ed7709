"""Fast line breaking for plain text, for flowables that draw many short texts.

reportlab's Paragraph parses markup and re-measures every word each time a table asks for
a size; for the hundreds of exhibit cards and custody rows of a large dossier that was
most of the build time. Here a line is measured in one pass over its characters with the
font's width table, and right-to-left or Arabic text goes through ``bidi_text`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from . import bidi_text


@lru_cache(maxsize=16)
def _widths(font: str) -> tuple[dict[int, int], float]:
    face = pdfmetrics.getFont(font).face
    return face.charWidths, face.defaultWidth


def width_of(text: str, font: str, size: float) -> float:
    widths, default = _widths(font)
    get = widths.get
    return 0.001 * size * sum(get(ord(c), default) for c in text)


def wrap_plain(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap at spaces; a word wider than the line is cut between characters."""
    widths, default = _widths(font)
    get = widths.get
    scale = 0.001 * size
    limit = width / scale
    space = get(32, default)
    result: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = sum(get(ord(c), default) for c in word)
            if line and used + space + w <= limit:
                line.append(word)
                used += space + w
                continue
            if w <= limit:
                if line:
                    result.append(" ".join(line))
                line, used = [word], w
                continue
            # A word wider than the line (a URL, a hash): cut it between characters,
            # starting on the current line when there is room.
            piece = " ".join(line) + " " if line else ""
            used = used + space if line else 0.0
            for c in word:
                cw = get(ord(c), default)
                if piece.strip() and used + cw > limit:
                    result.append(piece.rstrip())
                    piece, used = "", 0.0
                piece += c
                used += cw
            line = [piece] if piece else []
        result.append(" ".join(line))
    return result


@dataclass(frozen=True)
class LaidLine:
    text: str  # plain lines: logical = visual; bidi lines: shaped, logical order
    bidi: bool = False
    base_dir: str = "L"


def needs_bidi(text: str) -> bool:
    """True for text that plain drawing would get wrong (right-to-left or Arabic)."""
    return any(ord(c) >= 0x590 for c in text) and (bidi_text.has_rtl(text) or any(
        bidi_text.is_arabic_char(c) for c in text))


def measure(text: str, font: str, size: float) -> float:
    """Drawn width of one line: the fast sum for plain text, shaped and reordered else."""
    if needs_bidi(text):
        return bidi_text.line_width(text, size, bold=font == bidi_text.fonts.SANS_BOLD)
    return width_of(text, font, size)


def lay_out(text: str, font: str, size: float, width: float) -> list[LaidLine]:
    """Lines of any script: the fast path for plain text, bidi_text for RTL or Arabic."""
    if needs_bidi(text):
        bold = font == bidi_text.fonts.SANS_BOLD
        return [LaidLine(line.text, True, line.base_dir)
                for line in bidi_text.break_lines(text, width, size, bold)]
    return [LaidLine(line) for line in wrap_plain(text, font, size, width)]


def laid_width(line: LaidLine, font: str, size: float) -> float:
    if not line.bidi:
        return width_of(line.text, font, size)
    bold = font == bidi_text.fonts.SANS_BOLD
    return bidi_text.text_width(bidi_text.visual(line.text, line.base_dir), size,
                                line.base_dir, bold)


def draw_laid(canvas, line: LaidLine, x: float, right: float, y: float,  # noqa: ANN001
              font: str, size: float, *, align_right: bool = False) -> None:
    """One laid-out line between x and right: right-aligned when it is right to left or
    when ``align_right`` asks for it (every line of a right-to-left report)."""
    if align_right or (line.bidi and line.base_dir == "R"):
        x = right - laid_width(line, font, size)
    if not line.bidi:
        canvas.setFont(font, size)
        canvas.drawString(x, y, line.text)
        return
    bold = font == bidi_text.fonts.SANS_BOLD
    shown = bidi_text.visual(line.text, line.base_dir)
    bidi_text.draw_runs(canvas, x, y, shown, size, line.base_dir, bold)
