"""Helpers for the GUI tests: make a vault through the window, run core calls on the
window's worker pool, deliver real drag-and-drop events."""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"  # noqa: S105 - a test secret
WAIT_MS = 30_000

assert os.environ.get("EVIDENCE_KIT_INSECURE_FAST_KDF") == "1"


def create_vault(qtbot: Any, win: MainWindow, label: str = "Test field team") -> None:
    with qtbot.waitSignal(win.workspace_ready, timeout=WAIT_MS):
        win.create(win.unlock_view.folder, PASSPHRASE, label)


def call_core(qtbot: Any, win: MainWindow, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(vault)`` on the window's worker pool and return its result."""
    vault = win.vault
    task = win.runner.start(lambda _ctx: fn(vault), name="test")
    results: list[Any] = []
    errors: list[str] = []
    task.succeeded.connect(results.append)
    task.errored.connect(errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=WAIT_MS)
    assert not errors, errors
    return results[0]


def add_case(qtbot: Any, win: MainWindow, title: str = "Test case") -> int:
    from evidence_kit.cases import add_case as core_add_case

    case_id = call_core(qtbot, win, lambda v: core_add_case(v, title, target_body="icc")["id"])
    win.workspace.load_cases(case_id)
    qtbot.waitUntil(lambda: win.case is not None and win.case["id"] == case_id, timeout=WAIT_MS)
    return case_id


def drop_files(target: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    """Deliver a real drag-enter + drop of file URLs to ``target`` (as a file manager would);
    Qt hands it to the first ancestor that accepts drops. Returns (enter, drop) accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def wait_import(qtbot: Any, win: MainWindow, paths: list[Path], target: QWidget | None = None,
                timeout: int = WAIT_MS) -> Any:
    """Drop ``paths`` on the window and wait for the import summary."""
    with qtbot.waitSignal(win.imports.finished, timeout=timeout) as blocker:
        entered, dropped = drop_files(target or win.workspace.exhibits.table.viewport(), paths)
        assert entered and dropped
    return blocker.args[0]


def make_jpeg(path: Path, size: tuple[int, int] = (640, 480), colour: tuple[int, int, int] =
              (200, 30, 30), orientation: int | None = None) -> Path:
    from PIL import Image

    img = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    img.save(path, "JPEG", exif=exif.tobytes())
    return path


def face_jpeg(path: Path, size: tuple[int, int] = (500, 400),
              at: tuple[int, int] = (250, 200)) -> Path:
    """A photo of a drawn frontal face that OpenCV's cascade finds, centred on ``at``: the
    drawing tests/unit/test_redact.py checks the detector with (one face for both suites;
    that module is loaded from its file, it is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "redact_face_drawing", Path(__file__).resolve().parents[1] / "unit" / "test_redact.py")
    assert spec is not None and spec.loader is not None
    drawing = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(drawing)
    drawing._face_image(size, at).save(path, "JPEG", quality=90)  # noqa: SLF001
    return path


def tick(qtbot: Any, box: QAbstractButton) -> None:
    """Click a check box on its box (a click in the empty middle of a wide row misses it):
    at its left end, or its right end in a right-to-left (Arabic) layout."""
    x = box.width() - 8 if box.isRightToLeft() else 8
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(x, box.height() // 2))


def add_synthetic_exhibits(vault: Any, case_id: int, count: int, photo: Path) -> None:
    """``count`` exhibit rows sharing one real ingested photo (run on a worker thread).

    Only the listing is under test: rows go straight into the table, in one transaction.
    """
    from evidence_kit.ingest import ingest_file
    from evidence_kit.records import get_case

    case = get_case(vault.db, case_id)
    first = ingest_file(vault, case, photo).exhibit
    kinds = ("photo", "video", "audio", "document")
    rows = []
    for number in range(2, count + 1):
        row = {k: v for k, v in first.items() if k != "id"}
        kind = kinds[number % 4]
        row.update(uid=f"synthetic-{case_id}-{number}", number=number,
                   original_filename=f"IMG_{number:05d}.jpg", kind=kind,
                   media_type="image/jpeg" if kind == "photo" else "application/octet-stream",
                   description=f"Synthetic exhibit {number} near checkpoint {number % 97}",
                   size=1000 + number)
        rows.append(row)
    with vault.transaction():
        vault.db["exhibits"].insert_all(rows, batch_size=1000)


def wizard_next(qtbot: Any, wizard: Any) -> None:
    """Press the export wizard's Next (or Export, on the commit page) once it is enabled."""
    from PySide6.QtWidgets import QWizard

    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_review(qtbot: Any, wizard: Any, export_anyway: bool = True) -> Any:
    """Wait until the review page has planned; tick "Export anyway" if fields are missing
    (the demo case leaves some of its recipient's required form fields empty)."""
    review = wizard.review_page
    qtbot.waitUntil(lambda: review.plan is not None and not review.busy, timeout=WAIT_MS)
    box = review.answers_panel.export_anyway
    if export_anyway and review.missing and not box.isChecked():
        tick(qtbot, box)
    return review


def wizard_to_review(qtbot: Any, window: MainWindow, body: str | None = None,
                     level: str | None = None) -> Any:
    """Open the export wizard, choose the recipient body and disclosure level, and go on to
    the review page (which starts planning)."""
    wizard = window.export_dossier()
    qtbot.waitUntil(wizard.isVisible)
    page = wizard.recipient_page
    if body is not None:
        page.body.setCurrentIndex(page.body.findData(body))
    if level is not None:
        page.level.setCurrentIndex(page.level.findData(level))
    wizard_next(qtbot, wizard)
    qtbot.waitUntil(wizard.items_page.isComplete, timeout=WAIT_MS)
    wizard_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.review_page
    return wizard


def wizard_export(qtbot: Any, wizard: Any, out: Path,
                  recipients: list[str] | None = None) -> tuple[Any, str]:
    """From the review page: protect with a generated password (or encrypt to the
    recipients with these labels) and export to ``out``; returns the ExportResult and the
    password ("" for recipients)."""
    wait_review(qtbot, wizard)
    wizard_next(qtbot, wizard)
    page = wizard.password_page
    assert wizard.currentPage() is page
    if recipients is None:
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    else:
        tick(qtbot, page.recipients_mode)
        qtbot.waitUntil(lambda: page.recipient_list.count() > 0, timeout=WAIT_MS)
        for i in range(page.recipient_list.count()):
            item = page.recipient_list.item(i)
            if any(item.text().startswith(label) for label in recipients):
                item.setCheckState(Qt.CheckState.Checked)
    password = page.password() if recipients is None else ""
    wizard_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.export_page
    wizard.export_page.path.setText(str(out))
    with qtbot.waitSignal(wizard.exported, timeout=WAIT_MS, raising=False) as blocker:
        wizard_next(qtbot, wizard)
    assert blocker.signal_triggered, wizard.export_page.status.text()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.finish_page, timeout=WAIT_MS)
    return blocker.args[0], password


@functools.cache
def translations_tool() -> Any:
    """scripts/translations.py as a module (the catalogue tests and the on-screen checks)."""
    path = Path(__file__).resolve().parents[2] / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_tool", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module
