"""A real-window screenshot of the demo case, under Xvfb with the xcb platform (artefact).

Saved as test-artifacts/main-window.png (plus -grid, -testimonies with the Arabic account,
and -sources with Cyrillic titles). Look at them after a UI change.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"


def _distinct_colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


def test_main_window_screenshot_under_xvfb(tmp_path: Path) -> None:
    xvfb = shutil.which("xvfb-run")
    assert xvfb, "xvfb-run is missing: install the 'xvfb' package (scripts/system-deps.sh)"
    out = ARTIFACTS / "main-window.png"
    for suffix in ("", "-grid", "-testimonies", "-sources"):  # (not -ar/-ru: test_gui_i18n)
        (ARTIFACTS / f"main-window{suffix}.png").unlink(missing_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("EVIDENCE_KIT_VAULT", None)
    proc = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "ui.app",
         "--screenshot", str(out)],
        capture_output=True, text=True, timeout=300, env=env, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    for suffix in ("", "-grid", "-testimonies", "-sources"):
        path = ARTIFACTS / f"main-window{suffix}.png"
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) == (1400, 860), path
        assert _distinct_colours(image) > 50, f"{path} looks blank"
