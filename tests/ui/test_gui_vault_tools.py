"""Vault ▸ Check vault integrity… and Change passphrase…, Case ▸ Edit case… (and the case
list's context menu), and the exhibit details pane's "Edit details…": each runs its core
call on a worker and shows the result."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui_helpers import PASSPHRASE, WAIT_MS, call_core
from PySide6.QtCore import Qt

from evidence_kit import header
from evidence_kit.sources import list_sources
from ui.case_edit import EditCaseDialog
from ui.exhibit_edit import ExhibitEditDialog
from ui.main_window import MainWindow
from ui.sources_tab import SourceForm
from ui.vault_dialogs import ChangePassphraseDialog, CheckVaultDialog


def menu_texts(window: MainWindow, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text() == title:
            return [a.text() for a in action.menu().actions() if a.text()]
    raise AssertionError(title)


def events(vault: Any) -> list[dict[str, Any]]:
    return list(vault.db["custody_events"].rows_where(order_by="seq"))


def open_check(qtbot: Any, window: MainWindow) -> CheckVaultDialog:
    dialog = window.actions_.check_vault.trigger() or window.findChildren(CheckVaultDialog)[-1]
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    return dialog


def test_check_vault_from_the_vault_menu(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    assert "Check vault integrity…" in menu_texts(window, "V&ault")
    assert "Change passphrase…" in menu_texts(window, "V&ault")
    dialog = open_check(qtbot, window)
    blobs = call_core(qtbot, window, lambda v: v.db["blobs"].count)
    assert dialog.report.ok
    assert f"{blobs} of {blobs} encrypted files decrypted and matched" in \
        dialog.summary.text()
    assert "No problems" in dialog.findings.toPlainText()
    assert not dialog.repair_button.isVisible()
    dialog.accept()

    # A damaged blob and a leftover file: both shown; the leftover can be removed.
    def damage(vault: Any) -> Path:
        blob = vault.blobs.path_for(vault.db["exhibits"].get(2)["blob_id"])
        data = bytearray(blob.read_bytes())
        data[len(data) // 2] ^= 1
        blob.write_bytes(bytes(data))
        orphan = vault.blobs.path_for("cd" * 32)
        orphan.parent.mkdir(exist_ok=True)
        orphan.write_bytes(b"left by a killed import")
        return orphan

    orphan = call_core(qtbot, window, damage)
    dialog = open_check(qtbot, window)
    assert not dialog.report.ok
    assert f"{blobs - 1} of {blobs} encrypted files" in dialog.summary.text()
    text = dialog.findings.toPlainText()
    assert "Problem: E0002: " in text and "interrupted import" in text
    assert dialog.repair_button.isVisible()
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Removed 1 leftover" in dialog.findings.toPlainText(),
                    timeout=WAIT_MS)
    assert not orphan.exists()


def test_change_passphrase_dialog(qtbot: Any, unlocked: MainWindow) -> None:
    window = unlocked
    folder = window.vault.folder
    dialog = window.actions_.change_passphrase.trigger() or \
        window.findChild(ChangePassphraseDialog)
    assert isinstance(dialog, ChangePassphraseDialog)
    new = "four unrelated words here"
    dialog.old_edit.setText("not the passphrase")
    dialog.new_edit.setText("short")
    assert not dialog.change_button.isEnabled()
    assert dialog.meter.value() == 0 and dialog.meter.format().startswith("Too short")
    dialog.new_edit.setText(new)
    assert dialog.meter.value() >= 2
    dialog.repeat_edit.setText(new + "x")
    assert not dialog.change_button.isEnabled(), "the repeat differs"
    dialog.repeat_edit.setText(new)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.status.text())
                    and "Changing" not in dialog.status.text(), timeout=WAIT_MS)
    assert "passphrase" in dialog.status.text().lower() and dialog.isVisible()
    header.unlock(header.read_header(folder), PASSPHRASE)  # still the old one

    dialog.old_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    header.unlock(header.read_header(folder), new)
    assert call_core(qtbot, window, lambda v: events(v)[-1]["action"]) == "passphrase-changed"


def test_edit_case_from_the_case_menu_and_the_list(qtbot: Any, unlocked: MainWindow) -> None:
    window = unlocked
    assert "Edit case…" in menu_texts(window, "&Case")
    workspace = window.workspace
    case_id = workspace.case["id"]
    assert workspace.subtitle.text().startswith("Status: Open   ·   Prepared for: ")
    workspace.tabs.setCurrentWidget(workspace.custody)  # the log shows: it follows the edit
    qtbot.waitUntil(lambda: workspace.custody.model.rowCount() == 1, timeout=WAIT_MS)
    window.actions_.edit_case.trigger()
    dialog = window.findChild(EditCaseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.title_edit.setText("Renamed case")
    dialog.status.setCurrentIndex(dialog.status.findData("closed"))
    dialog.accept()
    qtbot.waitUntil(lambda: workspace.case["status"] == "closed", timeout=WAIT_MS)
    assert workspace.title.text() == "Renamed case"
    qtbot.waitUntil(lambda: workspace.subtitle.text().startswith("Status: Closed   ·   "),
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: workspace.custody.model.rowCount() == 2, timeout=WAIT_MS)
    assert workspace.custody.model.index(1, 2).data() == "case-edited"
    assert workspace.case["id"] == case_id
    assert workspace.cases.item(0).text().startswith("Renamed case")
    last = call_core(qtbot, window, lambda v: events(v)[-1])
    assert last["action"] == "case-edited"
    assert json.loads(last["details"]) == {"fields": ["status", "title"], "status": "closed"}

    menu = workspace.case_menu(workspace.cases.item(0))
    [edit] = [a for a in menu.actions() if a.text() == "Edit case…"]
    assert edit.isEnabled()
    edit.trigger()
    second = [d for d in window.findChildren(EditCaseDialog) if d.isVisible()][-1]
    assert second.status.currentData() == "closed"
    second.status.setCurrentIndex(second.status.findData("archived"))
    second.accept()
    qtbot.waitUntil(lambda: workspace.case["status"] == "archived", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: workspace.subtitle.text().startswith("Status: Archived"),
                    timeout=WAIT_MS)
    assert not [a for a in workspace.case_menu(None).actions()
                if a.text() == "Edit case…"][0].isEnabled()


def custody_actions(window: MainWindow) -> list[str]:
    model = window.workspace.custody.model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_edit_exhibit_details(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    workspace = window.workspace
    tab = workspace.exhibits
    details = tab.details
    workspace.tabs.setCurrentWidget(workspace.custody)  # the log, loaded before the edit
    qtbot.waitUntil(lambda: "exhibit-ingested" in custody_actions(window), timeout=WAIT_MS)
    before = len(custody_actions(window))
    workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: details.title.text() == "E0001", timeout=WAIT_MS)
    assert details.edit_button.isVisible()
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ExhibitEditDialog)
    assert dialog is not None and dialog.code == "E0001"
    dialog.description.setPlainText("Gate of the compound, seen from the road")
    dialog.location.setText("Argun, north gate")
    dialog.tags.setText("gate,  night, gate")
    with qtbot.waitSignal(details.edited, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: details.description.text() ==
                    "Gate of the compound, seen from the road", timeout=WAIT_MS)
    assert details.fields["location_text"].text() == "Argun, north gate"
    assert details.fields["tags"].text() == "gate, night"
    assert tab.selected_row()["number"] == 1
    row, last = call_core(qtbot, window, lambda v: (v.db["exhibits"].get(1), events(v)[-1]))
    assert json.loads(row["tags"]) == ["gate", "night"]
    assert last["action"] == "exhibit-metadata-edited"
    assert json.loads(last["details"])["fields"] == ["description", "location_text", "tags"]
    workspace.tabs.setCurrentWidget(workspace.custody)  # shows the new event
    qtbot.waitUntil(lambda: len(custody_actions(window)) == before + 1, timeout=WAIT_MS)
    assert custody_actions(window)[-1] == "exhibit-metadata-edited"


def test_source_form_archived_copy(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    tab = window.workspace.sources
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT_MS)
    before = tab.model.rowCount()
    window.actions_.new_source.trigger()
    form = window.findChild(SourceForm)
    assert form is not None and form.isVisible()
    form.edits["title"].setText("Archived web page")
    form.edits["archived_exhibit"].setText("T0001")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "T0001 is not an exhibit" in form.error.text()
    form.edits["archived_exhibit"].setText("e3")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=WAIT_MS)
    stored = call_core(qtbot, window, lambda v: [
        (s["title"], s["archived_exhibit"]) for s in list_sources(v, 1)])
    assert ("Archived web page", "E0003") in stored
    tab.table.selectRow(before)
    qtbot.waitUntil(lambda: "E0003" in tab.details.toPlainText(), timeout=WAIT_MS)
