"""Flow 3: import by drag-and-drop (files and folders), one summary, Cancel, responsiveness."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

from gui_helpers import WAIT_MS, call_core, drop_files, make_jpeg, wait_import
from PySide6.QtCore import Qt, QTimer

from ui.main_window import MainWindow


def test_drop_files_adds_exhibits(qtbot: Any, unlocked: MainWindow, tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "market.jpg")
    note = tmp_path / "note.txt"
    note.write_text("witness statement draft", encoding="utf-8")
    summary = wait_import(qtbot, unlocked, [photo, note])
    assert len(summary.added) == 2 and not summary.failed and not summary.duplicates
    model = unlocked.workspace.exhibits.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    names = {model.index(r, 1).data() for r in range(2)}
    assert names == {"market.jpg", "note.txt"}
    panel = unlocked.import_panel
    assert panel.isVisible() and "Imported 2 file(s)." in panel.label.text()
    # The core holds them, with their custody events.
    rows = call_core(qtbot, unlocked, lambda v: [e["action"] for e in v.db.query(
        "SELECT action FROM custody_events WHERE action = 'exhibit-ingested'")])
    assert len(rows) == 2


def test_duplicates_and_unreadable_files_are_listed_once(qtbot: Any, unlocked: MainWindow,
                                                        tmp_path: Path) -> None:
    photo = make_jpeg(tmp_path / "gate.jpg")
    wait_import(qtbot, unlocked, [photo])
    copy = tmp_path / "copy-of-gate.jpg"
    copy.write_bytes(photo.read_bytes())
    missing = tmp_path / "gone.jpg"
    missing.symlink_to(tmp_path / "nowhere.jpg")  # a dangling link: cannot be read
    fresh = make_jpeg(tmp_path / "fresh.jpg", colour=(10, 200, 10))
    summary = wait_import(qtbot, unlocked, [copy, missing, fresh])
    assert summary.added == ["E0002  fresh.jpg"]
    assert summary.duplicates == ["copy-of-gate.jpg (already in the case as E0001)"]
    assert len(summary.failed) == 1 and summary.failed[0][0].endswith("gone.jpg")
    assert "not found" in summary.failed[0][1].lower()
    panel = unlocked.import_panel
    text = panel.label.text()
    assert "1 already in the case" in text and "1 could not be read" in text
    assert panel.details.isVisible()
    lines = [panel.details.item(i).text() for i in range(panel.details.count())]
    assert any(line.startswith("Not imported: gone.jpg") for line in lines)
    assert any(line.startswith("Duplicate:") for line in lines)
    from PySide6.QtWidgets import QDialog, QMessageBox

    assert not [w for w in unlocked.findChildren(QDialog) if w.isVisible()]
    assert not [w for w in unlocked.findChildren(QMessageBox) if w.isVisible()]


def test_drop_a_folder(qtbot: Any, unlocked: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "phone-dump"
    (folder / "DCIM").mkdir(parents=True)
    for i in range(3):
        make_jpeg(folder / "DCIM" / f"IMG_{i}.jpg", colour=(i * 60, 20, 20))
    (folder / ".hidden").write_text("x", encoding="utf-8")
    summary = wait_import(qtbot, unlocked, [folder])
    assert len(summary.added) == 3 and summary.files == 3


def test_drop_without_open_case_is_refused(qtbot: Any, window: MainWindow,
                                           tmp_path: Path) -> None:
    entered, _dropped = drop_files(window, [make_jpeg(tmp_path / "a.jpg")])
    assert not entered
    assert not window.imports.running


def _big_file(path: Path, size: int) -> Path:
    block = os.urandom(1024 * 1024)
    with path.open("wb") as fh:
        for _ in range(size // len(block)):
            fh.write(block)
    return path


def test_cancel_stops_import_and_keeps_nothing_half(qtbot: Any, unlocked: MainWindow,
                                                    tmp_path: Path) -> None:
    big = _big_file(tmp_path / "video.mp4", 200 * 1024 * 1024)
    small = make_jpeg(tmp_path / "after.jpg")
    with qtbot.waitSignal(unlocked.imports.finished, timeout=WAIT_MS) as blocker:
        drop_files(unlocked.workspace.exhibits.table.viewport(), [big, small])
        qtbot.waitUntil(lambda: unlocked.import_panel.bar.value() > 0, timeout=WAIT_MS)
        qtbot.mouseClick(unlocked.import_panel.cancel_button, Qt.MouseButton.LeftButton)
    summary = blocker.args[0]
    assert summary.cancelled and not summary.added
    assert "Import cancelled." in unlocked.import_panel.label.text()
    count = call_core(qtbot, unlocked, lambda v: v.db["exhibits"].count)
    assert count == 0
    assert not any((unlocked.vault.folder / "tmp").iterdir())


def test_gui_thread_keeps_running_during_200_mb_import(qtbot: Any, unlocked: MainWindow,
                                                      tmp_path: Path) -> None:
    """A timer on the GUI thread keeps firing while 200 MB are hashed and encrypted."""
    big = _big_file(tmp_path / "long-video.mp4", 200 * 1024 * 1024)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    panel = unlocked.import_panel
    shown: set[tuple[str, str]] = set()  # (label, rate) as the user saw them
    timer.timeout.connect(lambda: shown.add((panel.label.text(), panel.rate.text())))
    progress: list[int] = []
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(unlocked.imports.finished, timeout=120_000) as blocker:
        drop_files(unlocked.workspace.exhibits.table.viewport(), [big])
        unlocked.imports.task.progressed.connect(lambda d, _t, _x: progress.append(d))
    elapsed = time.monotonic() - started
    timer.stop()
    assert blocker.args[0].added == ["E0001  long-video.mp4"]
    expected = elapsed / 0.010
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    print(f"\n200 MB import: {elapsed:.2f} s, {len(ticks)} timer ticks "
          f"({len(ticks) / expected:.0%} of ideal), longest GUI stall {max(gaps) * 1000:.0f} ms, "
          f"{len(progress)} progress updates")
    assert len(ticks) >= 0.5 * expected, "the GUI thread was blocked"
    assert max(gaps) < 0.25, f"the GUI thread stalled for {max(gaps) * 1000:.0f} ms"
    assert len(progress) >= 3, "progress was reported while the file streamed"
    # the progress line names the file and counts files; beside it, bytes and throughput
    labels = {label for label, _rate in shown}
    assert "File 1 of 1: long-video.mp4" in labels, labels
    rates = [rate for _label, rate in shown if rate]
    assert rates and all(re.fullmatch(r"[\d.,]+ [KMG]?B of 200\.0 MB · [\d.,]+ [KMG]?B/s", r)
                         for r in rates), rates
