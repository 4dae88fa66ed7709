"""Typography and colours: one sans family, a navy accent, light grey rules.

``para()`` is the one way section code turns user text into a flowable: escaped reportlab
markup for left-to-right text, ``BidiParagraph`` as soon as any right-to-left character
appears (reportlab would otherwise draw Arabic unjoined and in the wrong order). In a
right-to-left report (``direction.rtl()``) every style is right-aligned and table paddings
are mirrored.
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, TableStyle

from . import fonts
from .bidi_text import BidiParagraph, has_rtl
from .direction import rtl

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1C232B")
MUTED = colors.HexColor("#5B6673")
RULE = colors.HexColor("#C9D0D8")
FAINT = colors.HexColor("#F2F4F7")
ALERT = colors.HexColor("#9B2C2C")
ALERT_BG = colors.HexColor("#FBF1F1")
NOTE_BG = colors.HexColor("#EEF3F8")


@lru_cache(maxsize=2)
def _styles(right_to_left: bool) -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9.5, leading=13.5,
                          textColor=INK, alignment=TA_RIGHT if right_to_left else TA_LEFT,
                          spaceAfter=4)
    s = {"body": base}

    def add(name: str, **kw: object) -> None:
        s[name] = ParagraphStyle(name, parent=base, **kw)

    add("title", fontName=fonts.SANS_BOLD, fontSize=21, leading=27, textColor=NAVY,
        spaceAfter=10)
    add("subtitle", fontSize=12.5, leading=17, textColor=MUTED, spaceAfter=18)
    add("kicker", fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11, textColor=MUTED,
        spaceAfter=6)
    add("h1", fontName=fonts.SANS_BOLD, fontSize=15, leading=19, textColor=NAVY,
        spaceBefore=4, spaceAfter=8)
    add("h2", fontName=fonts.SANS_BOLD, fontSize=11.5, leading=15, textColor=NAVY,
        spaceBefore=10, spaceAfter=5)
    add("h3", fontName=fonts.SANS_BOLD, fontSize=9.5, leading=13, textColor=INK,
        spaceBefore=6, spaceAfter=3)
    add("small", fontSize=8, leading=10.5, textColor=INK, spaceAfter=0)
    add("small_muted", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0)
    add("label", fontName=fonts.SANS_BOLD, fontSize=8, leading=10.5, textColor=MUTED,
        spaceAfter=0)
    add("cell", fontSize=8.5, leading=11.5, spaceAfter=0)
    add("cell_bold", fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11.5, spaceAfter=0)
    add("hash", fontSize=7.2, leading=9.5, textColor=INK, spaceAfter=0)
    add("toc", fontSize=9, leading=15, spaceAfter=0)
    add("intro", fontSize=9, leading=13, textColor=MUTED, spaceAfter=8)
    add("narrative", fontSize=9.5, leading=14, spaceAfter=6)
    add("missing", fontSize=8.5, leading=11.5, textColor=ALERT, spaceAfter=0)
    add("copy", fontSize=9, leading=12.5, spaceAfter=0)
    add("alert", fontSize=9, leading=13, textColor=ALERT, spaceAfter=4)
    add("alert_cell", fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11.5, textColor=ALERT,
        spaceAfter=0)
    add("th", fontName=fonts.SANS_BOLD, fontSize=7.5, leading=9.5, textColor=MUTED,
        spaceAfter=0)
    add("toc_link", fontSize=9, leading=15, textColor=NAVY, spaceAfter=0)
    return s


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles for the direction of the report being built."""
    return _styles(rtl())


def esc(text: object) -> str:
    """User text as reportlab markup: escaped, newlines kept."""
    return escape(str(text)).replace("\n", "<br/>")


def para(text: object, style: str | ParagraphStyle = "body") -> Flowable:
    st = styles()[style] if isinstance(style, str) else style
    text = "" if text is None else str(text)
    if has_rtl(text):
        return BidiParagraph(text, st)
    return Paragraph(esc(text), st)


def markup(text: str, style: str = "body") -> Paragraph:
    """Trusted markup we wrote ourselves (links, colours; escaped values). Left-to-right
    text only: reportlab neither shapes Arabic nor reorders it (use ``para``)."""
    return Paragraph(text, styles()[style])


def _mirrored(commands: list[tuple]) -> list[tuple]:
    """Left and right paddings swapped, for right-to-left tables."""
    if not rtl():
        return commands
    swap = {"LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING"}
    return [(swap.get(c[0], c[0]), *c[1:]) for c in commands] + [
        ("ALIGN", (0, 0), (-1, -1), "RIGHT")]


def ruled_table(header: bool = True, zebra: bool = False) -> TableStyle:
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("FONT", (0, 0), (-1, 0), fonts.SANS_BOLD, 7.5),
                     ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, FAINT]))
    return TableStyle(_mirrored(commands))


def key_value_style() -> TableStyle:
    return TableStyle(_mirrored([
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),  # never reportlab's default Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]))


def box_style(background: colors.Color = NOTE_BG, border: colors.Color = RULE) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("BOX", (0, 0), (-1, -1), 0.6, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])
