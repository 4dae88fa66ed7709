"""The report's embedded fonts, always loaded from resources/fonts (never the system's).

DejaVu Sans covers Latin and Cyrillic; Noto Naskh Arabic covers Arabic script (it has no
Latin letters, so mixed lines switch font per character run: see ``bidi_text``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

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
_unrenderable: ContextVar[set[int] | None] = ContextVar("unrenderable", default=None)
_NBSP = 0xA0  # reportlab draws it as a space


@contextmanager
def glyph_audit() -> Iterator[set[int]]:
    """Collect, while laying out, every character drawn in a face that has no glyph for it.

    reportlab draws such a character as the font's .notdef glyph, which PDF/A forbids
    (ISO 19005-2, 6.2.11.8): a non-empty set means the document must stay plain PDF.
    """
    found: set[int] = set()
    token = _unrenderable.set(found)
    try:
        yield found
    finally:
        _unrenderable.reset(token)


def _audited_font_class() -> type:
    from reportlab.pdfbase.ttfonts import TTFont

    class AuditedTTFont(TTFont):
        """A TTFont that reports the characters it cannot draw to ``glyph_audit``."""

        def splitString(self, text, doc, encoding="utf-8"):  # noqa: ANN001, ANN202, N802
            found = _unrenderable.get()
            if found is not None:
                chars = text if isinstance(text, str) else text.decode(encoding)
                missing = set(map(ord, chars)).difference(self.face.charToGlyph)
                missing.discard(_NBSP)
                found.update(missing)
            return super().splitString(text, doc, encoding)

    return AuditedTTFont


def register_fonts() -> None:
    """Register the four faces with reportlab once per process (thread-safe)."""
    global _arabic_cmap
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        if _arabic_cmap:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        font_class = _audited_font_class()
        for name, filename in FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(font_class(name, str(resource("fonts", filename))))
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
