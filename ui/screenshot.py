"""Real-window screenshots of the demo case (test artefacts, made under Xvfb + xcb).

It waits until the case is open, its first page of exhibits is shown and every visible
thumbnail has arrived, then grabs the window from the screen (``QScreen.grabWindow``), so
the picture is what a user would see, fonts and all. Then, beside ``NAME.png``: the
thumbnail grid (``NAME-grid.png``), the Arabic testimony (``NAME-testimonies.png``) and
the sources with their Cyrillic titles (``NAME-sources.png``).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow
from .widgets import select_row

TIMEOUT_S = 60.0


class Screenshotter(QObject):
    def __init__(self, window: MainWindow, out: Path) -> None:
        super().__init__(window)
        self._window = window
        self._out = out
        self._deadline = time.monotonic() + TIMEOUT_S
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)

    def workspace_ready(self) -> None:
        from . import i18n

        print(f"screenshot language: {i18n.current_language()} "
              f"rtl: {str(QApplication.isRightToLeft()).lower()}", flush=True)
        self._window.resize(1400, 860)
        self._timer.start()

    def _ready(self) -> bool:
        workspace = self._window.workspace
        if workspace is None or workspace.case is None:
            return False
        model, thumbs = workspace.exhibits.model, workspace.exhibits.thumbs
        if model.rowCount() == 0 or workspace.testimonies.model.rowCount() == 0:
            return False
        rows = [model.row_dict(r) for r in range(model.rowCount())]
        return all(row is not None and thumbs.known(row["id"]) for row in rows)

    def _poll(self) -> None:
        if not self._ready() and time.monotonic() < self._deadline:
            return
        self._timer.stop()
        self._steps = [self._shot_main, self._shot_grid, self._shot_testimonies,
                       self._shot_sources]
        self._ok = True
        QTimer.singleShot(300, self._next)  # let the last repaint land

    def _next(self) -> None:
        if not self._steps:
            QApplication.exit(0 if self._ok else 1)
            return
        self._steps.pop(0)()

    def _grab(self, suffix: str = "") -> None:
        window = self._window  # (no processEvents: PySide6 6.12 leaks a None ref per call)
        screen = window.screen() or QApplication.primaryScreen()
        pixmap = screen.grabWindow(window.winId())
        out = self._out.with_name(self._out.stem + suffix + self._out.suffix)
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = pixmap.save(str(out), "PNG") and not pixmap.isNull()
        self._ok = self._ok and ok
        print(f"screenshot {'saved' if ok else 'FAILED'}: {out} "
              f"({pixmap.width()}x{pixmap.height()})", flush=True)

    def _then(self, wait_ms: int = 400) -> None:
        QTimer.singleShot(wait_ms, self._next)

    def _shot_main(self) -> None:
        self._grab()
        self._window.workspace.exhibits.set_view("grid")
        self._then()

    def _shot_grid(self) -> None:
        self._grab("-grid")
        workspace = self._window.workspace
        workspace.exhibits.set_view("table")
        workspace.tabs.setCurrentWidget(workspace.testimonies)
        select_row(workspace.testimonies.table, 1)  # T0002: the Arabic account
        self._then(800)

    def _shot_testimonies(self) -> None:
        self._grab("-testimonies")
        workspace = self._window.workspace
        workspace.tabs.setCurrentWidget(workspace.sources)
        self._then()

    def _shot_sources(self) -> None:
        self._grab("-sources")
        workspace = self._window.workspace
        workspace.tabs.setCurrentWidget(workspace.exhibits)
        self._then(0)
