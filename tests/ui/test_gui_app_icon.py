"""The application icon and the .desktop file (issue 8)."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from ui.app import app_icon

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def test_pngs_are_rendered_from_the_svg() -> None:
    """Every committed PNG is what scripts/render-icons.py makes from app.svg now."""
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "render-icons.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for size in SIZES:
        image = QImage(str(ICONS / f"app-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0, "transparent corners"
        assert image.pixelColor(size // 2, size // 2).alpha() == 255, "an opaque middle"
    assert (ICONS / "app.ico").stat().st_size > 1000


def test_window_icon_has_every_size() -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {(s.width(), s.height()) for s in icon.availableSizes()} >= {(s, s) for s in SIZES}
    assert not icon.pixmap(QSize(32, 32)).isNull()


def test_desktop_file() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(REPO / "resources" / "evidence-kit.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Evidence Kit"
    assert entry["Exec"].split()[0] == "evidence-kit-gui"  # the bundle's and pip's program
    assert entry["Icon"] == "evidence-kit"
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "evidence-kit-gui"  # X11 WM_CLASS: the program name
    for language in ("ru", "fr", "ar"):
        assert entry[f"Comment[{language}]"]
