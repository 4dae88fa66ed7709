"""The one worker shape for all long work: a QRunnable on a QThreadPool plus a signals carrier.

Why one shape: ingest, thumbnails, export, verify, import and every database read go through
``TaskRunner.start``; cancellation, error reporting and shutdown then work the same way
everywhere (SecureDrop's ``APICallRunner`` and OnionShare's callbacks are the models).

- The core reports progress and asks "cancelled?" through plain callbacks. A task function
  receives a ``TaskContext`` whose ``progress`` re-emits as a Qt signal and whose
  ``cancelled`` reads a ``threading.Event`` set from the GUI thread.
- Errors arrive as readable messages in the UI's language (``ui.error_text``), never
  tracebacks.
- The vault's database connection is per thread (``vault.db`` is thread-local), so a task
  simply uses ``vault.db`` on its pool thread; the GUI thread never touches it.
- Signals are delivered to slots of a QObject living in the GUI thread (queued), so the
  callbacks given to ``start`` always run on the GUI thread.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)

from evidence_kit.errors import Cancelled, EvidenceKitError

from .error_text import error_text, message_text

TaskFn = Callable[["TaskContext"], Any]
PROGRESS_INTERVAL = 0.05  # seconds between progress signals (the GUI repaints at most ~20/s)


def readable_error(exc: BaseException) -> str:
    """The message a field activist sees, in the UI's language; the traceback goes to
    stderr only in debug mode."""
    if isinstance(exc, EvidenceKitError):
        return error_text(exc)
    if os.environ.get("EVIDENCE_KIT_DEBUG") == "1":
        traceback.print_exception(exc, file=sys.stderr)
    if type(exc).__name__ == "DatabaseError":  # sqlcipher3: a damaged or altered page
        return message_text(QT_TRANSLATE_NOOP(
            "errors", "The vault's record database is damaged or was altered; run "
            "'evidence-kit check' for details."))
    if isinstance(exc, MemoryError):
        return message_text(QT_TRANSLATE_NOOP(
            "errors", "Not enough memory for this step; close other programs and try again."))
    if isinstance(exc, OSError):
        return message_text(QT_TRANSLATE_NOOP(
            "errors", "The disk refused the operation: {reason}."),
            reason=exc.strerror or str(exc))
    return message_text(QT_TRANSLATE_NOOP(
        "errors", "Unexpected error ({kind}). Nothing was changed by the failed step. Run "
        "with EVIDENCE_KIT_DEBUG=1 for details."), kind=type(exc).__name__)


class TaskSignals(QObject):
    """Emitted from the worker thread; connected (queued) to the GUI-thread handle."""

    progress = Signal(object, object, str)  # done, total, text (object: may exceed 2**31)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, cancelled


class TaskContext:
    """What a task function sees: progress reporting and the cancel flag."""

    def __init__(self, signals: TaskSignals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self.cancel_event = cancel_event
        self._last = 0.0

    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None:
        """Report progress, throttled so a fast loop cannot flood the GUI's event queue."""
        now = time.monotonic()
        if force or done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._signals.progress.emit(done, total, text)

    def cancelled(self) -> bool:
        """The core's ``cancel`` callback: True once the user pressed Cancel (or locked)."""
        return self.cancel_event.is_set()

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled("Cancelled.")


class Task(QObject):
    """A handle on one piece of work, living in the GUI thread.

    ``progressed``/``succeeded``/``errored`` are re-emitted on the GUI thread; tests wait on
    them with ``qtbot.waitSignal``.
    """

    progressed = Signal(object, object, str)
    succeeded = Signal(object)
    errored = Signal(str)
    done = Signal()

    def __init__(self, fn: TaskFn, name: str) -> None:
        super().__init__()
        self.name = name
        self.fn = fn
        self.cancel_event = threading.Event()
        # Owned by this task (GUI thread): the worker thread only emits through it and never
        # holds the last reference, so no QObject is ever destroyed on a pool thread.
        self.signals = TaskSignals(self)
        self.signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.finished_ok = False
        self.error: str | None = None
        self.was_cancelled = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    @Slot(object, object, str)
    def _on_progress(self, done: object, total: object, text: str) -> None:
        if not self.cancelled:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.finished_ok = True
        self.succeeded.emit(result)
        self.done.emit()

    @Slot(str, bool)
    def _on_failed(self, message: str, cancelled: bool) -> None:
        self.error = message
        self.was_cancelled = cancelled
        self.errored.emit(message)
        self.done.emit()


class _Runnable(QRunnable):
    """Runs a task function on a pool thread and reports through the task's signals.

    It holds the signals carrier (owned by the Task, on the GUI thread) and never the Task
    itself, and lets go of everything before returning: no QObject is destroyed here.
    """

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._signals: TaskSignals | None = task.signals
        self._fn: TaskFn | None = task.fn
        self._event = task.cancel_event

    def run(self) -> None:  # noqa: D401 - Qt's entry point
        signals, fn = self._signals, self._fn
        self._signals = self._fn = None
        assert signals is not None and fn is not None
        context = TaskContext(signals, self._event)
        try:
            if self._event.is_set():
                raise Cancelled("Cancelled.")
            result = fn(context)
        except Cancelled as exc:
            signals.failed.emit(error_text(exc), True)
        except BaseException as exc:  # noqa: BLE001 - every failure becomes a message
            signals.failed.emit(readable_error(exc), False)
        else:
            signals.finished.emit(result)
        finally:
            del context, fn


class TaskRunner(QObject):
    """Owns the thread pool; starts, tracks, cancels and joins every task."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads or max(4, os.cpu_count() or 2))
        self._active: set[Task] = set()
        self._retired: list[Task] = []

    def start(self, fn: TaskFn, *, name: str = "", on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[str], None] | None = None,
              on_progress: Callable[[Any, Any, str], None] | None = None) -> Task:
        """Run ``fn(context)`` on a pool thread; callbacks run on the GUI thread."""
        self._retired.clear()  # finished tasks are released here, on the GUI thread
        task = Task(fn, name)
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_error is not None:
            task.errored.connect(on_error)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        task.done.connect(self._forget)  # a bound slot: no lambda keeps the task alive
        was_idle = not self._active
        self._active.add(task)
        self.pool.start(_Runnable(task))
        if was_idle:
            self.busy_changed.emit(True)
        return task

    @Slot()
    def _forget(self) -> None:
        # Not destroyed here (we are inside its own signal); released at the next start().
        task = self.sender()
        if not isinstance(task, Task):
            return
        self._active.discard(task)
        self._retired.append(task)
        if not self._active:
            self.busy_changed.emit(False)

    @property
    def active(self) -> list[Task]:
        return list(self._active)

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def idle(self) -> bool:
        return self.pool.activeThreadCount() == 0

    def wait(self, msecs: int = -1) -> bool:
        """Join the pool (on shutdown): True when every task has returned."""
        return self.pool.waitForDone(msecs)
