"""Flow 1 (first run: create, unlock, demo) and flow 6 (lock now, auto-lock), by the widgets."""

from __future__ import annotations

from typing import Any

from gui_helpers import PASSPHRASE, WAIT_MS, add_case, create_vault, tick
from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from ui.unlock_view import passphrase_strength


def test_create_vault_by_typing(qtbot: Any, window: MainWindow) -> None:
    view = window.unlock_view
    assert view.creating, "an empty folder offers to create a vault"
    assert "cannot be recovered" in view.understand_box.text()
    qtbot.keyClicks(view.label_edit, "Field team")
    qtbot.keyClicks(view.create_edit, "short")
    assert view.meter.value() == 0 and "Too short" in view.meter.format()
    view.create_edit.clear()
    qtbot.keyClicks(view.create_edit, PASSPHRASE)
    assert view.meter.value() >= 3
    assert not view.create_button.isEnabled(), "needs the repeat and the acknowledgement"
    qtbot.keyClicks(view.repeat_edit, PASSPHRASE)
    assert not view.create_button.isEnabled()
    tick(qtbot, view.understand_box)
    assert view.create_button.isEnabled()
    with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
        qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert window.vault.label == "Field team"
    assert (view.folder / "vault.json").is_file()
    assert view.create_edit.text() == "" and view.repeat_edit.text() == ""
    assert window.workspace.title.text() == "No case open"
    assert not window.actions_.export.isEnabled()


def test_new_case_dialog(qtbot: Any, window: MainWindow) -> None:
    create_vault(qtbot, window)
    window.actions_.new_case.trigger()
    from ui.workspace import NewCaseDialog

    dialog = window.workspace.findChild(NewCaseDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "title" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Shelling of the market")
    dialog.body.setCurrentIndex(dialog.body.findData("icc"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.case is not None, timeout=WAIT_MS)
    assert window.case["title"] == "Shelling of the market"
    assert window.workspace.title.text() == "Shelling of the market"
    assert window.actions_.export.isEnabled()


def test_wrong_passphrase_then_unlock(qtbot: Any, window: MainWindow) -> None:
    create_vault(qtbot, window)
    add_case(qtbot, window, "Kept case")
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.unlock_view
    assert not view.creating
    qtbot.keyClicks(view.unlock_edit, "wrong passphrase")
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passphrase" in view.status.text().lower() and not view.busy
                    .isVisible(), timeout=WAIT_MS)
    assert window.vault is None
    assert "Traceback" not in view.status.text()
    view.unlock_edit.clear()
    qtbot.keyClicks(view.unlock_edit, PASSPHRASE)
    with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
        qtbot.keyClick(view.unlock_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case is not None, timeout=WAIT_MS)
    assert window.case["title"] == "Kept case"
    assert view.unlock_edit.text() == ""


def test_demo_button_opens_demo_case(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
        qtbot.mouseClick(window.unlock_view.demo_button, Qt.MouseButton.LeftButton)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.exhibits.model.rowCount() == 4, timeout=WAIT_MS)
    assert window.case["title"].startswith("DEMO")
    qtbot.waitUntil(lambda: workspace.testimonies.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: workspace.sources.model.rowCount() == 5, timeout=WAIT_MS)


def _case_visible_anywhere(window: MainWindow, title: str) -> bool:
    from PySide6.QtWidgets import QLabel, QListWidget

    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [lst.item(i).text() for lst in window.findChildren(QListWidget)
              for i in range(lst.count())]
    return any(title in text for text in texts)


def test_lock_hides_everything_and_unlock_restores(qtbot: Any,
                                                   demo_window: MainWindow) -> None:
    window, workspace = demo_window, demo_window.workspace
    vault = window.vault
    title = window.case["title"]
    qtbot.waitUntil(lambda: workspace.testimonies.model.rowCount() == 2, timeout=WAIT_MS)
    assert _case_visible_anywhere(window, title)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.unlock_view
    assert window.vault is None and window.case is None
    for model in (workspace.exhibits.model, workspace.testimonies.model,
                  workspace.sources.model, workspace.custody.model):
        assert model.rowCount() == 0
    assert workspace.cases.count() == 0
    assert not _case_visible_anywhere(window, title)
    assert workspace.exhibits.details.fields["sha256"].text() == ""
    qtbot.waitUntil(lambda: vault.locked, timeout=WAIT_MS)
    for action in window.actions_.needing_case():
        assert not action.isEnabled()
    # The demo vault can be unlocked again with its public passphrase.
    from evidence_kit.demo import DEMO_PASSPHRASE

    view = window.unlock_view
    assert view.folder == vault.folder and not view.creating
    view.unlock_edit.setText(DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
        qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.exhibits.model.rowCount() == 4, timeout=WAIT_MS)


def test_auto_lock_after_idle_time(qtbot: Any, unlocked: MainWindow) -> None:
    unlocked.idle.set_timeout_ms(150)  # the preference is in minutes; tests use ms
    with qtbot.waitSignal(unlocked.locked, timeout=WAIT_MS):
        pass
    assert unlocked.stack.currentWidget() is unlocked.unlock_view


def test_activity_postpones_auto_lock(qtbot: Any, unlocked: MainWindow) -> None:
    from PySide6.QtCore import QTimer

    unlocked.idle.set_timeout_ms(400)
    locked: list[bool] = []
    unlocked.locked.connect(lambda: locked.append(True))
    ticks: list[int] = []
    typist = QTimer()
    typist.setInterval(50)

    def type_a_key() -> None:  # a user still at work: a key press every 50 ms
        ticks.append(1)
        qtbot.keyClick(unlocked.workspace.cases, Qt.Key.Key_Down)

    typist.timeout.connect(type_a_key)
    typist.start()
    qtbot.waitUntil(lambda: len(ticks) >= 16, timeout=WAIT_MS)  # 800 ms: twice the limit
    typist.stop()
    assert not locked
    qtbot.waitUntil(lambda: bool(locked), timeout=WAIT_MS)


def test_auto_lock_minutes_are_a_preference(qtbot: Any, unlocked: MainWindow) -> None:
    unlocked.prefs.set_idle_minutes(3)
    assert unlocked.prefs.idle_minutes() == 3
    unlocked.prefs.set_idle_minutes(10_000)
    assert unlocked.prefs.idle_minutes() == 240


def test_strength_meter_scores() -> None:
    assert passphrase_strength("") == 0
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("password") <= 1
    assert passphrase_strength("river lamp orbit stone velvet") == 4
    assert passphrase_strength("река лампа орбита камень") >= 3


def test_lock_with_the_export_wizard_open_closes_every_dialog(
        qtbot: Any, demo_window: MainWindow) -> None:
    """Ctrl+L while the wizard shows the report (and an override dialog is open on top of
    it): no window of the case stays on screen."""
    from gui_helpers import wait_review, wizard_to_review
    from PySide6.QtWidgets import QApplication

    window = demo_window
    wizard = wizard_to_review(qtbot, window, body="icc", level="redacted")
    review = wait_review(qtbot, wizard, export_anyway=False)
    preview = review.report.preview
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=WAIT_MS)
    from ui.review_panels import OverrideDialog

    extra = OverrideDialog("T0002", "no consent", wizard)
    extra.open()
    qtbot.waitUntil(extra.isVisible)
    assert wizard.isVisible()
    with qtbot.waitSignal(window.locked):
        window.lock_now()
    qtbot.wait(20)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert visible == [], [type(w).__name__ for w in visible]
    assert window.stack.currentWidget() is window.unlock_view
