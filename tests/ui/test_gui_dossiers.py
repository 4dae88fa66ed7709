"""Flows 4 and 5: export a dossier with the wizard, then open it and see it verified."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WAIT_MS, call_core, create_vault, tick, wait_review, wizard_next
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from ui.export_wizard import ExportWizard
from ui.main_window import MainWindow
from ui.open_dossier import OpenDossierDialog

_next = wizard_next


def export_with_wizard(qtbot: Any, window: MainWindow, out: Path,
                       untick: str | None = None) -> tuple[ExportWizard, str]:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(ExportWizard)
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.currentPage() is wizard.recipient_page
    assert wizard.recipient_page.recipient() == window.case["target_body"]
    _next(qtbot, wizard)
    items = wizard.items_page
    qtbot.waitUntil(items.isComplete, timeout=WAIT_MS)
    if untick:
        found = items.tree.findItems(untick, Qt.MatchFlag.MatchExactly |
                                     Qt.MatchFlag.MatchRecursive)
        found[0].setCheckState(0, Qt.CheckState.Unchecked)
    _next(qtbot, wizard)
    review = wait_review(qtbot, wizard)
    assert review.isComplete()
    assert "Dossier EK-" in review.summary.text()
    assert review.report_box.objectName() == "ReportPreviewSlot"
    _next(qtbot, wizard)
    page = wizard.password_page
    assert page.generate_radio.isChecked()
    password = page.generated.text()
    assert len(password.split("-")) == 7
    assert not page.isComplete(), "the user must confirm they noted the password"
    assert "another channel" in page.findChild(type(page.error), "PasswordWarning").text()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == password
    assert page.noted.isChecked()
    _next(qtbot, wizard)
    export_page = wizard.export_page
    assert export_page.path.text().endswith(".zip")
    export_page.path.setText(str(out))
    with qtbot.waitSignal(wizard.exported, timeout=WAIT_MS) as blocker:
        _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.finish_page, timeout=WAIT_MS)
    result = blocker.args[0]
    assert page.generated.text() == "", "the password is not kept once used"
    return wizard, password if result else ""


def test_export_wizard_then_open_and_verify(qtbot: Any, demo_window: MainWindow,
                                            tmp_path: Path) -> None:
    window = demo_window
    out = tmp_path / "dossier.zip"
    wizard, password = export_with_wizard(qtbot, window, out, untick="E0004")
    finish = wizard.finish_page
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert finish.sha.text() == digest
    assert finish.fingerprint.text().replace(" ", "") == window.vault.fingerprint
    assert "10 item(s)" in finish.info.text()  # 3 exhibits + 2 testimonies + 5 sources
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    exported = call_core(qtbot, window, lambda v: v.db["dossiers"].count)
    assert exported == 1

    # Flow 5: open it (as the legal team would) and see "verified", item by item.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(OpenDossierDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.path.setText(str(out))
    qtbot.keyClicks(dialog.password, password)
    with qtbot.waitSignal(dialog.verified, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    summary = blocker.args[0]
    assert summary["ok"] and dialog.state == "verified"
    assert dialog.verdict.text().startswith("✔ Verified")
    assert dialog.fingerprint.text().replace(" ", "") == window.vault.fingerprint
    assert dialog.sha.text() == digest
    assert window.vault.label in dialog.signer.text()
    assert dialog.checks.count() >= 8
    assert all("FAIL" not in dialog.checks.item(i).text() for i in range(dialog.checks.count()))
    codes = [dialog.exhibits.item(r, 0).text() for r in range(dialog.exhibits.rowCount())]
    assert codes == ["E0001", "E0002", "E0003"]
    assert [dialog.testimonies.item(r, 0).text().strip("\u2068\u2069")
            for r in range(dialog.testimonies.rowCount())] == ["T0001", "T0002"]
    assert dialog.sources.rowCount() == 5
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Checks", "Exhibits (3)", "Testimonies (2)", "Sources (5)", "Report"]
    # the report's pages, from the bytes read while verifying (nothing extracted)
    report_tab = dialog.tabs.indexOf(dialog.report)
    assert dialog.tabs.isTabEnabled(report_tab)
    dialog.tabs.setCurrentIndex(report_tab)
    qtbot.waitUntil(lambda: len(dialog.report.pages) > 0, timeout=WAIT_MS)
    assert dialog.report.total >= 3 and not list(tmp_path.glob("**/report*.pdf"))
    assert dialog.extract_button.isEnabled() and dialog.import_button.isEnabled()

    target = tmp_path / "extracted"
    dialog.extract(target)
    qtbot.waitUntil(lambda: "Extracted to" in dialog.status.text(), timeout=WAIT_MS)
    bag = target / summary["dossier_id"]
    assert (bag / "data" / "dossier.json").is_file()
    assert len(list((bag / "data" / "exhibits").iterdir())) == 3

    # Importing one's own dossier is refused by the core, as one readable line.
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.status.text()),
                    timeout=WAIT_MS)
    assert "exported this dossier itself" in dialog.status.text()


def test_legal_team_imports_into_its_own_vault(qtbot: Any, demo_window: MainWindow,
                                               tmp_path: Path) -> None:
    from evidence_kit.trust import export_public_key_text

    window = demo_window
    out = tmp_path / "sent.zip"
    wizard, password = export_with_wizard(qtbot, window, out)
    wizard.close()
    key_file = tmp_path / "field-team.pub"
    key_file.write_text(call_core(qtbot, window, export_public_key_text), encoding="utf-8")
    window.lock_now()
    # The legal team's own, new vault.
    window.unlock_view.set_folder(tmp_path / "legal-vault")
    create_vault(qtbot, window, "Legal team")
    assert window.case is None
    dialog = window.open_dossier()
    dialog.path.setText(str(out))
    dialog.password.setText(password)
    dialog.key_file.setText(str(key_file))
    with qtbot.waitSignal(dialog.verified, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0]["ok"], blocker.args[0]["verdict"]
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "11 item(s) added" in dialog.status.text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.case is not None, timeout=WAIT_MS)
    assert window.case["title"].startswith("DEMO")
    qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 4, timeout=WAIT_MS)


def test_wrong_dossier_password_is_a_readable_message(qtbot: Any, demo_window: MainWindow,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "d.zip"
    export_with_wizard(qtbot, demo_window, out)
    dialog = demo_window.open_dossier()
    dialog.path.setText(str(out))
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.status.text()) and dialog.task is None,
                    timeout=WAIT_MS)
    assert "password" in dialog.status.text().lower()
    assert "Traceback" not in dialog.status.text()
    assert not dialog.verdict.isVisible()


def test_open_dossier_without_vault_shows_unknown_signer(qtbot: Any, demo_window: MainWindow,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "d.zip"
    _wizard, password = export_with_wizard(qtbot, demo_window, out)
    _wizard.close()
    demo_window.lock_now()
    qtbot.mouseClick(demo_window.unlock_view.dossier_button, Qt.MouseButton.LeftButton)
    dialog = demo_window.findChild(OpenDossierDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    dialog.path.setText(str(out))
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.verified, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args[0]["intact"] and not blocker.args[0]["ok"]
    assert dialog.state == "unknown"
    assert "confirm this fingerprint" in dialog.signer.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("typed, ok", [("short", False),
                                       ("river lamp orbit stone velvet", True)])
def test_typed_password_is_checked_by_the_core(qtbot: Any, demo_window: MainWindow,
                                               typed: str, ok: bool) -> None:
    wizard = demo_window.export_dossier()
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.items_page.isComplete, timeout=WAIT_MS)
    _next(qtbot, wizard)
    wait_review(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.password_page
    tick(qtbot, page.type_radio)
    assert not page.generated.isEnabled() and page.typed.isEnabled()
    qtbot.keyClicks(page.typed, typed)
    qtbot.keyClicks(page.repeat, typed)
    _next(qtbot, wizard)
    assert (wizard.currentPage() is wizard.export_page) is ok
    assert bool(page.error.text()) is not ok
    wizard.reject()


def test_cancel_export_leaves_no_file(qtbot: Any, demo_window: MainWindow,
                                      tmp_path: Path) -> None:
    wizard = demo_window.export_dossier()
    for _ in range(2):
        _next(qtbot, wizard)
    wait_review(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.password_page, timeout=WAIT_MS)
    tick(qtbot, wizard.password_page.noted)
    _next(qtbot, wizard)
    out = tmp_path / "never.zip"
    wizard.export_page.path.setText(str(out))
    wizard.export_page.task = None
    # Cancel before the first chunk: the core's cancel callback is read while streaming.
    wizard.export_page.start()
    cancel = wizard.export_page.cancel_button
    assert cancel.isVisible() and cancel.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.export_page.task is None, timeout=WAIT_MS)
    assert "cancelled" in wizard.export_page.status.text().lower()
    assert not out.exists() and not list(tmp_path.glob(".never.zip*"))
