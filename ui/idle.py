"""Auto-lock after a configurable idle time.

An application-wide event filter notes the time of the last keyboard or mouse input (cheap:
one float per event) and a coarse timer compares it with the limit, so moving the mouse
never restarts a timer thousands of times a minute.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits ``idle`` once the user has not touched the app for ``timeout_ms``."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = 0
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """0 disables auto-lock. The check runs about four times per period (at most 5 s)."""
        self._timeout_ms = max(0, int(timeout_ms))
        self.touch()
        if self._timeout_ms:
            self._timer.start(max(20, min(5000, self._timeout_ms // 4)))
        else:
            self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def touch(self) -> None:
        self._last = time.monotonic()

    def pause(self) -> None:
        """While locked there is nothing to lock."""
        self._timer.stop()

    def resume(self) -> None:
        self.set_timeout_ms(self._timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if self._timeout_ms and (time.monotonic() - self._last) * 1000 >= self._timeout_ms:
            self._timer.stop()
            self.idle.emit()

    def shutdown(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
