"""The one worker shape: results, readable errors, progress, cancellation, shutdown."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from gui_helpers import WAIT_MS, call_core

from evidence_kit.errors import InvalidInput
from ui.workers import TaskContext, TaskRunner, readable_error


def test_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[Any] = []
    main = threading.get_ident()

    def work(ctx: TaskContext) -> int:
        assert threading.get_ident() != main, "tasks never run on the GUI thread"
        return 42

    task = runner.start(work, on_done=lambda r: seen.append((r, threading.get_ident())))
    with qtbot.waitSignal(task.done, timeout=WAIT_MS):
        pass
    assert seen == [(42, main)]
    assert runner.wait(WAIT_MS)


def test_core_errors_become_one_readable_line(qtbot: Any) -> None:
    runner = TaskRunner()

    def work(ctx: TaskContext) -> None:
        raise InvalidInput("A case needs a title.")

    task = runner.start(work)
    with qtbot.waitSignal(task.errored, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["A case needs a title."]


def test_unexpected_errors_are_not_tracebacks(qtbot: Any) -> None:
    runner = TaskRunner()
    task = runner.start(lambda ctx: {}["missing"])
    with qtbot.waitSignal(task.errored, timeout=WAIT_MS) as blocker:
        pass
    message = blocker.args[0]
    assert message.startswith("Unexpected error (KeyError)") and "Traceback" not in message
    assert "disk refused" in readable_error(OSError(28, "No space left on device"))


def test_progress_and_cancel(qtbot: Any) -> None:
    runner = TaskRunner()
    started = threading.Event()

    def work(ctx: TaskContext) -> int:
        done = 0
        started.set()
        while not ctx.cancelled():
            done += 1
            ctx.progress(done, 10**12, "working")
        ctx.check()
        return done

    progress: list[Any] = []
    task = runner.start(work, on_progress=lambda d, t, x: progress.append((d, t, x)))
    qtbot.waitUntil(lambda: bool(progress), timeout=WAIT_MS)
    assert progress[0][1] == 10**12 and progress[0][2] == "working"  # beyond 32-bit ints
    task.cancel()
    with qtbot.waitSignal(task.done, timeout=WAIT_MS):
        pass
    assert task.was_cancelled and task.error == "Cancelled."
    assert not task.finished_ok


def test_cancel_all_and_join_on_shutdown(qtbot: Any) -> None:
    runner = TaskRunner()

    def work(ctx: TaskContext) -> None:
        ctx.cancel_event.wait(60)
        ctx.check()

    tasks = [runner.start(work) for _ in range(3)]
    qtbot.waitUntil(lambda: runner.pool.activeThreadCount() == 3, timeout=WAIT_MS)
    assert not runner.idle()
    runner.cancel_all()
    assert runner.wait(WAIT_MS)
    assert runner.idle()
    qtbot.waitUntil(lambda: all(t.was_cancelled for t in tasks), timeout=WAIT_MS)


def test_the_vault_guard_catches_the_gui_thread(qtbot: Any, unlocked: Any,
                                                vault_off_gui_thread: list[str]) -> None:
    """tests/ui/conftest.py's guard (autouse) sees a database read or an evidence file
    opened on the GUI thread, and nothing the app itself did while it opened a case."""
    assert vault_off_gui_thread == []
    blob = call_core(qtbot, unlocked, lambda v: v.db["blobs"].count)  # a worker: allowed
    assert blob == 0 and vault_off_gui_thread == []
    unlocked.vault.meta("vault_id")  # the GUI thread: caught
    assert vault_off_gui_thread[0].startswith("Vault.db on the GUI thread:")
    assert "test_the_vault_guard_catches_the_gui_thread" in vault_off_gui_thread[0]
    vault_off_gui_thread.clear()
    with contextlib.suppress(Exception):  # no such file: only the guard's record matters
        unlocked.vault.blobs.open_chunks("ab" * 32, b"\0" * 32)
    assert vault_off_gui_thread[0].startswith("BlobStore.open_chunks on the GUI thread:")
    vault_off_gui_thread.clear()  # (else this test fails at teardown, as it should)
