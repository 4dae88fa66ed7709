"""Shared plumbing of dialogs that run core work on a worker and report in one line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .workers import TaskFn


class TaskDialogMixin:
    """Needs ``self._ctx`` (AppContext), ``self.status`` (QLabel), ``self.busy`` and
    ``self._update()`` (enables the dialog's buttons); ``_task_name`` names the worker."""

    _task_name = "dialog"

    def _run(self, work: TaskFn, on_done: Callable[[Any], None]) -> None:
        self.busy = True
        self._update()

        def done(result: Any) -> None:
            self.busy = False
            on_done(result)
            self._update()

        def failed(message: str) -> None:
            self.busy = False
            self._say(message, error=True)
            self._update()

        self._ctx.run(work, name=self._task_name, on_done=done, on_error=failed)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setText(text)
