"""Render the application icon, resources/icons/app.svg, to the PNGs and .ico the app,
the .desktop file and the bundles use (committed; run again after editing the SVG):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render-icons.py [--check]

Writes resources/icons/app-{16,32,48,64,128,256}.png (QSvgRenderer, antialiased, on a
transparent background) and app.ico (all six sizes, for the Windows build). ``--check``
renders to memory and fails when a committed PNG is missing or differs noticeably from
what the SVG gives now (tests run this).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def differs(a: QImage, b: QImage) -> bool:
    """More than a rounding difference in any pixel (renderers may differ by one step)."""
    if a.size() != b.size():
        return True
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if any(abs(((p >> s) & 255) - ((q >> s) & 255)) > 24 for s in (0, 8, 16, 24)):
                return True
    return False


def main(argv: list[str]) -> int:
    check = "--check" in argv
    app = QGuiApplication.instance() or QGuiApplication([])
    assert app is not None
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    if not renderer.isValid():
        print("app.svg is not a valid SVG", file=sys.stderr)
        return 1
    problems = []
    for size in SIZES:
        image = render(renderer, size)
        path = ICONS / f"app-{size}.png"
        if check:
            committed = QImage(str(path))
            if committed.isNull() or differs(committed.convertToFormat(image.format()), image):
                problems.append(f"{path.name} is missing or out of date")
        elif not image.save(str(path), "PNG"):
            problems.append(f"could not write {path}")
    if not check:
        from PIL import Image

        with Image.open(ICONS / "app-256.png") as big:
            big.save(ICONS / "app.ico", sizes=[(s, s) for s in SIZES])
        print(f"wrote app-{{{','.join(map(str, SIZES))}}}.png and app.ico in {ICONS}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems and check:
        print("run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render-icons.py",
              file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
