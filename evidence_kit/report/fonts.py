"""The report's embedded fonts, always loaded from resources/fonts (never the system's).

DejaVu Sans covers Latin and Cyrillic; Noto Naskh Arabic covers Arabic script (it has no
Latin letters, so mixed lines switch font per character run: see ``bidi_text``).
"""

from __future__ import annotations

import threading

from evidence_kit.resources import resource

SANS = "EK-DejaVuSans"
SANS_BOLD = "EK-DejaVuSans-Bold"
ARABIC = "EK-NotoNaskhArabic"
ARABIC_BOLD = "EK-NotoNaskhArabic-Bold"
FAMILY = "EK-DejaVu"

FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}

_lock = threading.Lock()
_arabic_cmap: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Register the four faces with reportlab once per process (thread-safe)."""
    global _arabic_cmap
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _arabic_cmap:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        for bold in (0, 1):
            for italic in (0, 1):  # no oblique face is shipped: italic maps to upright
                addMapping(FAMILY, bold, italic, SANS_BOLD if bold else SANS)
                addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
        _arabic_cmap = frozenset(pdfmetrics.getFont(ARABIC).face.charToGlyph)


def arabic_covers(char: str) -> bool:
    register_fonts()
    return ord(char) in _arabic_cmap


def bold_of(font: str) -> str:
    return {SANS: SANS_BOLD, ARABIC: ARABIC_BOLD}.get(font, font)
