"""The standalone app (issue 8): build.spec builds, and the built programs work.

Runs scripts/build-and-smoke.sh, which builds the PyInstaller bundle for this platform and
smoke-tests the built binaries, never the source tree: ``--version``; the CLI makes the
demo vault, exports the demo case as a password dossier and verifies it (and writes a
PDF/A report); the desktop app starts offscreen in English and in Arabic (right to left)
and quits. About a minute; deselect with ``-m "not bundle"`` while iterating. It needs the
"build" extra (``pip install -e '.[build]'``, which ``./dev test`` installs): without
PyInstaller it fails, it is never skipped.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.bundle
def test_bundle_builds_and_passes_the_smoke_test(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHON=sys.executable)
    env.pop("EVIDENCE_KIT_VAULT", None)
    proc = subprocess.run(["sh", str(REPO / "scripts" / "build-and-smoke.sh"),
                           str(REPO / "build" / "bundle")],
                          capture_output=True, text=True, timeout=1800, env=env, cwd=REPO)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    assert "SMOKE OK" in proc.stdout, output[-6000:]
    app = REPO / "build" / "bundle" / "dist" / "evidence-kit"
    for program in ("evidence-kit", "evidence-kit-gui"):
        assert (app / program).is_file()
    internal = app / "_internal"
    bundled = {p.name for p in (internal / "PySide6").glob("Qt*.so")} | \
              {p.name for p in (internal / "PySide6").glob("Qt*.pyd")}
    modules = {name.split(".")[0] for name in bundled}
    assert {"QtCore", "QtGui", "QtWidgets"} <= modules
    unused = modules - {"QtCore", "QtGui", "QtWidgets", "QtSvg"}
    assert unused == set(), f"Qt modules the app never imports were bundled: {unused}"
    libs = {p.name for p in (internal / "PySide6" / "Qt" / "lib").glob("*")} \
        if (internal / "PySide6" / "Qt" / "lib").is_dir() else set()
    for heavy in ("Qt6WebEngineCore", "Qt6Quick", "Qt6Qml", "Qt6Network", "Qt6Multimedia",
                  "Qt63DCore", "Qt6Pdf"):
        assert not any(heavy in name for name in libs), f"{heavy} was bundled"
    resources = internal / "resources"
    for part in ("translations/evidence_kit_ar.qm", "translations/evidence_kit_ru.qm",
                 "translations/evidence_kit_fr.qm", "icons/app.svg", "icons/app-256.png",
                 "fonts/NotoNaskhArabic-Regular.ttf", "demo/case.json", "templates/un-sp.json",
                 "wordlists/eff_large_wordlist.txt", "evidence-kit.desktop"):
        assert (resources / part).is_file(), part
    assert "GNU GENERAL PUBLIC LICENSE" in (internal / "LICENSE").read_text(encoding="utf-8")
    assert (internal / "cv2" / "data" / "haarcascade_frontalface_default.xml").is_file()
    size = re.search(r"SMOKE OK: .* is (\S+) \((\d+) MB as \.tar\.gz\)", proc.stdout)
    assert size, proc.stdout[-2000:]
    print(f"\nbundle: {size.group(1)} on disk, {size.group(2)} MB as .tar.gz")
