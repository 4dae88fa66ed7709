"""Right-to-left and mixed-script text for reportlab, which does no bidi of its own.

The approach (tech notes §10, option D applied per line):

1. Shape each logical paragraph with arabic-reshaper (contextual letter forms and the
   mandatory lam-alef ligatures; vowel marks are kept, never deleted).
2. Break it into lines in *logical* order, measuring every word in the font that will
   draw it. Shaping never crosses a space, so a word's width does not depend on the line.
3. Only then reorder each line on its own with the Unicode bidi algorithm (python-bidi,
   paragraph direction fixed per paragraph), and draw it right-aligned for RTL.

Reordering a whole paragraph before wrapping would put the *last* words of the paragraph
on the first line; doing it per wrapped line keeps the reading order right over any number
of lines. The text layer holds presentation forms in visual order; poppler (pdftotext)
turns that back into logical order, and NFKC maps the forms back to ordinary letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable

from . import direction, fonts

ARABIC_SCALE = 1.12  # Naskh looks smaller than DejaVu at the same point size
RTL_LEADING = 1.75  # Naskh's ascenders and descenders need room

_RESHAPER_CONFIG = {
    "delete_harakat": False,  # a witness's vowel marks are part of their words
    "support_ligatures": True,
    "ARABIC LIGATURE ALLAH": False,  # word ligatures would change the extracted text
}


def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def has_rtl(text: str) -> bool:
    return any(is_rtl_char(c) for c in text if ord(c) >= 0x590)


def is_arabic_char(char: str) -> bool:
    cp = ord(char)
    return (0x600 <= cp <= 0x6FF or 0x750 <= cp <= 0x77F or 0x8A0 <= cp <= 0x8FF
            or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF)


def base_direction(text: str) -> str:
    """'R' when most strong characters are right-to-left, else 'L'. In a right-to-left
    report a paragraph that opens in Arabic is right to left too: our own label followed by
    a value in English ("نقلًا عن: The witness's aunt") must read from the right."""
    rtl = ltr = 0
    first = ""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
        else:
            continue
        first = first or kind
    return "R" if rtl > ltr or (first in ("R", "AL") and direction.rtl()) else "L"


@lru_cache(maxsize=1)
def _reshaper():  # noqa: ANN202 - arabic_reshaper.ArabicReshaper
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration=_RESHAPER_CONFIG)


def shape(text: str) -> str:
    """Contextual forms for Arabic letters; other scripts pass through unchanged."""
    if not any(is_arabic_char(c) for c in text):
        return text
    return _reshaper().reshape(text)


_LRI, _PDI = "\u2066", "\u2069"
_STRONG_LTR = ("L", "EN")  # a run of left-to-right text starts and ends with one of these
_LEADING = ("ES", "ET")  # kept in front of it: "-c", "+7", "#12", "$5"
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">", "«": "»", "‹": "›"}
_MIRROR = {**_PAIRS, **{close: open_ for open_, close in _PAIRS.items()}}


def _scan_run(line: str, kinds: list[str], start: int, first: int) -> tuple[int, int, bool]:
    """From ``start`` (``first`` is its first strong LTR character): where the run's text
    ends, where the scan stopped, and whether every bracket opened before ``first`` closed."""
    end = last = first + 1
    expected = [_PAIRS[c] for c in line[start:first] if c in _PAIRS]
    leading = len(expected)
    while end < len(line) and kinds[end] not in ("R", "AL"):
        char = line[end]
        if char in _PAIRS:
            expected.append(_PAIRS[char])
        elif char in _MIRROR:
            if not expected or expected[-1] != char:
                break
            expected.pop()
            last = end + 1  # "(Chechen Republic)": the run keeps its own bracket
            leading = min(leading, len(expected))
        if kinds[end] in _STRONG_LTR:
            last = end + 1
        end += 1
    return last, end, leading == 0


def _ltr_runs(line: str) -> list[tuple[int, int]]:
    """(start, end) of every run of left-to-right text (words, numbers, codes, hashes and
    what lies between them) that no right-to-left letter interrupts. Brackets opened in a
    run close in it; a bracket opened outside ends the run before its closing one. A run
    takes in the brackets just before it when it closes them: "(the witness's aunt), by"."""
    kinds = [unicodedata.bidirectional(c) for c in line]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(line):
        if kinds[i] not in _STRONG_LTR:
            i += 1
            continue
        floor = found[-1][1] if found else 0
        start = i
        while start > floor and kinds[start - 1] in _LEADING:
            start -= 1
        opened = start
        while opened > floor and line[opened - 1] in _PAIRS:
            opened -= 1
        last, end, closed = _scan_run(line, kinds, opened, i)
        if opened < start and not closed:
            last, end, _ = _scan_run(line, kinds, start, i)
        else:
            start = opened
        found.append((start, last))
        i = end
    return found


def _mirrored(text: str) -> str:
    return "".join(_MIRROR.get(c, c) for c in text)


def prepare_rtl(line: str) -> str:
    """A right-to-left line made ready for the bidi algorithm, which python-bidi's Rust
    implementation applies without isolates of our own and without mirroring.

    Each left-to-right run goes into an LTR isolate (LRI..PDI): otherwise a run that begins
    with digits is split, and "7-Zip" reads "Zip-7", a fingerprint "5271 BA23" shows as
    "BA23 5271". Punctuation around a run stays outside and follows the Arabic sentence.
    Outside the runs everything is then right to left, so brackets and guillemets there are
    mirrored here (rule L4: "(" must open towards the text on its left).
    """
    parts, done = [], 0
    for start, end in _ltr_runs(line):
        parts += [_mirrored(line[done:start]), _LRI, line[start:end], _PDI]
        done = end
    return "".join(parts) + _mirrored(line[done:])


def visual(line: str, base_dir: str) -> str:
    """One shaped line in display order (left to right as drawn)."""
    if base_dir != "R" and not has_rtl(line):
        return line
    from bidi import get_display

    if base_dir != "R":
        return get_display(line, base_dir=base_dir)
    shown = get_display(prepare_rtl(line), base_dir="R")
    return shown.replace(_LRI, "").replace(_PDI, "")


def font_for(char: str, base_dir: str, bold: bool, in_latin_word: bool = False) -> str:
    arabic = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    sans = fonts.SANS_BOLD if bold else fonts.SANS
    if is_arabic_char(char):
        return arabic if fonts.arabic_covers(char) else sans
    if base_dir == "R" and not char.isalpha() and not in_latin_word \
            and fonts.arabic_covers(char):
        return arabic  # digits, spaces and punctuation inside Arabic text match it
    return sans  # ...but a code or hash ("T0001", "9d08…") keeps one face throughout


def _latin_words(text: str) -> list[bool]:
    """Per character: whether the word (run of non-spaces) it is in has a non-Arabic letter."""
    marks: list[bool] = []
    for word in re.split(r"(\s+)", text):
        latin = any(c.isalpha() and not is_arabic_char(c) for c in word)
        marks += [latin] * len(word)
    return marks


def runs(text: str, base_dir: str, bold: bool) -> list[tuple[str, str]]:
    """Split text into (font, text) runs; combining marks stay with their base letter."""
    result: list[tuple[str, list[str]]] = []
    latin = _latin_words(text) if base_dir == "R" else [False] * len(text)
    for char, in_latin_word in zip(text, latin, strict=True):
        if result and unicodedata.combining(char):
            result[-1][1].append(char)
            continue
        font = font_for(char, base_dir, bold, in_latin_word)
        if result and result[-1][0] == font:
            result[-1][1].append(char)
        else:
            result.append((font, [char]))
    return [(font, "".join(chars)) for font, chars in result]


def run_size(font: str, size: float) -> float:
    return size * ARABIC_SCALE if font in (fonts.ARABIC, fonts.ARABIC_BOLD) else size


def text_width(text: str, size: float, base_dir: str = "L", bold: bool = False) -> float:
    return sum(stringWidth(part, font, run_size(font, size))
               for font, part in runs(text, base_dir, bold))


def draw_runs(canvas, x: float, y: float, text: str, size: float, base_dir: str,  # noqa: ANN001
              bold: bool = False) -> float:
    """Draw already-visual text from x; returns the width drawn."""
    obj = canvas.beginText(x, y)
    width = 0.0
    for font, part in runs(text, base_dir, bold):
        font_size = run_size(font, size)
        obj.setFont(font, font_size)
        obj.textOut(part)
        width += stringWidth(part, font, font_size)
    canvas.drawText(obj)
    return width


def line_width(text: str, size: float, *, bold: bool = False,
               base_dir: str | None = None) -> float:
    """The drawn width of one logical line of any script (as ``draw_line`` draws it)."""
    base_dir = base_dir or base_direction(text)
    return text_width(visual(shape(text), base_dir), size, base_dir, bold)


def draw_line(canvas, text: str, x: float, y: float, size: float, *,  # noqa: ANN001
              bold: bool = False, align: str = "left", base_dir: str | None = None) -> float:
    """One logical line of any script at (x, y); align is relative to x. ``base_dir``
    forces the paragraph direction (e.g. 'R' for a Latin label in an Arabic report, so its
    colon lands on the left). Returns the width drawn."""
    base_dir = base_dir or base_direction(text)
    shown = visual(shape(text), base_dir)
    width = text_width(shown, size, base_dir, bold)
    start = {"left": x, "right": x - width, "centre": x - width / 2}[align]
    draw_runs(canvas, start, y, shown, size, base_dir, bold)
    return width


@dataclass(frozen=True)
class _Line:
    text: str  # shaped, logical order
    base_dir: str
    gap_after: bool  # last line of a source paragraph


def _split_long(word: str, avail: float, size: float, base_dir: str, bold: bool) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, size, base_dir, bold) > avail:
            pieces.append(current)
            current = ""
        current += char
    return pieces + ([current] if current else [])


_BREAKABLE = re.compile(r"[^\S\u00a0\u202f\u2007]+")  # whitespace but the no-break spaces
_OPTION = re.compile(r"--?[A-Za-z]")  # "-c", "--validate": a command-line option


def units(paragraph: str) -> list[str]:
    """The paragraph's unbreakable pieces: words, except that a no-break space joins two,
    and a command's option stays with the word before it ("sha256sum -c", "bagit.py
    --validate"): split, the option would open the next line and, in Arabic, read "c-"."""
    found: list[str] = []
    for word in _BREAKABLE.split(paragraph.strip()):
        if found and _OPTION.match(word) and \
                any(c.isalpha() and not is_arabic_char(c) for c in found[-1]):
            found[-1] += " " + word
        elif word:
            found.append(word)
    return found


def break_lines(text: str, avail: float, size: float, bold: bool = False) -> list[_Line]:
    """Wrap logical text (any direction, newlines = paragraphs) into lines of width avail."""
    lines: list[_Line] = []
    for paragraph in text.split("\n"):
        base_dir = base_direction(paragraph)
        words = units(shape(paragraph))
        if not words:
            lines.append(_Line("", base_dir, True))
            continue
        space = text_width(" ", size, base_dir, bold)
        current: list[str] = []
        width = 0.0
        for word in words:
            word_width = text_width(word, size, base_dir, bold)
            if word_width > avail:
                parts = _split_long(word, avail, size, base_dir, bold)
                if current:
                    lines.append(_Line(" ".join(current), base_dir, False))
                lines += [_Line(p, base_dir, False) for p in parts[:-1]]
                current, width = [parts[-1]], text_width(parts[-1], size, base_dir, bold)
                continue
            needed = word_width + (space if current else 0.0)
            if current and width + needed > avail:
                lines.append(_Line(" ".join(current), base_dir, False))
                current, width = [word], word_width
            else:
                current.append(word)
                width += needed
        lines.append(_Line(" ".join(current), base_dir, True))
    return lines


def _join(lines: list[_Line]) -> str:
    """Lines back to text (already shaped: shaping shaped text changes nothing)."""
    return "".join(line.text + ("\n" if line.gap_after else " ") for line in lines).rstrip()


class BidiParagraph(Flowable):
    """A plain-text paragraph in any script mix, wrapped logically and drawn visually.

    Takes a reportlab ParagraphStyle for size, leading, colour, spacing and alignment
    (right-to-left paragraphs are right-aligned unless the style centres them). ``link``
    names a destination (a bookmark key) that a click on the text jumps to.
    """

    def __init__(self, text: str, style: ParagraphStyle, link: str = "") -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.link = link
        self.bold = style.fontName == fonts.SANS_BOLD
        self.rtl = has_rtl(text)
        self._lines: list[_Line] = []
        self._avail = -1.0
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    @property
    def leading(self) -> float:
        size = self.style.fontSize
        return max(self.style.leading, size * RTL_LEADING) if self.rtl else self.style.leading

    def _layout(self, avail_width: float) -> list[_Line]:
        avail = avail_width - self.style.leftIndent - self.style.rightIndent
        if avail != self._avail:
            self._lines = break_lines(self.text, avail, self.style.fontSize, self.bold)
            self._avail = avail
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lines = self._layout(availWidth)
        self.width, self.height = availWidth, len(lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        fit = int(availHeight // self.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        pieces = []
        for part in (lines[:fit], lines[fit:]):
            piece = BidiParagraph(_join(part), self.style, self.link)
            piece._lines, piece._avail = part, self._avail  # no re-wrap at the same width
            pieces.append(piece)
        pieces[0].spaceAfter, pieces[1].spaceBefore = 0, 0
        return pieces

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        size = style.fontSize
        canvas.setFillColor(style.textColor)
        left = style.leftIndent
        right = self.width - style.rightIndent
        y = self.height - size * (1.2 if self.rtl else 1.0)
        for line in self._lines:
            shown = visual(line.text, line.base_dir)
            width = text_width(shown, size, line.base_dir, self.bold)
            if style.alignment == TA_CENTER:
                x = (left + right - width) / 2
            elif line.base_dir == "R" or style.alignment == TA_RIGHT:
                x = right - width
            else:
                x = left
            if shown:
                draw_runs(canvas, x, y, shown, size, line.base_dir, self.bold)
                if self.link:
                    canvas.linkRect("", self.link, (x, y - 0.3 * size, x + width, y + size),
                                    relative=1)
            y -= self.leading
