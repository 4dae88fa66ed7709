"""The Testimonies tab's actions: generated pseudonym, Edit…, Withdraw consent…, Mark for
redaction, From JSON file… — driven through the widgets, checked in the vault."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WAIT_MS, call_core, tick
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from ui import file_dialogs
from ui.main_window import MainWindow
from ui.testimonies_tab import TestimoniesTab as Tab
from ui.testimony_form import TestimonyForm as Form
from ui.withdraw_dialog import WithdrawConsentDialog

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def _click(qtbot: Any, button: Any) -> None:
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tab(qtbot: Any, window: MainWindow) -> Tab:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = window.workspace.testimonies
    assert window.workspace.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.current is not None, timeout=WAIT_MS)
    return tab


def _wait_form(qtbot: Any, window: MainWindow) -> Form:
    qtbot.waitUntil(lambda: window.findChild(Form) is not None and
                    window.findChild(Form).isVisible(), timeout=WAIT_MS)
    return window.findChild(Form)


def _message(qtbot: Any, window: MainWindow, needle: str) -> str:
    qtbot.waitUntil(lambda: needle in window.messages.text.text(), timeout=WAIT_MS)
    return window.messages.text.text()


def _gate(vault: Any, ref: str, body: str) -> bool:
    from evidence_kit.consent_gate import evaluate
    from evidence_kit.testimonies import get_testimony

    return evaluate(vault, get_testimony(vault, vault.db["cases"].get(1), ref), body,
                    "confidential").include


def test_pseudonym_left_empty_is_generated_and_shown(qtbot: Any, unlocked: MainWindow) -> None:
    window = unlocked
    window.actions_.new_testimony.trigger()
    form = _wait_form(qtbot, window)
    assert form.edits["pseudonym"].text() == ""
    form.texts["narrative"].setPlainText("I saw two vans at the market.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    text = _message(qtbot, window, "saved under the pseudonym")
    pseudonym = re.search(r"W-[A-Z0-9]{5}", text).group(0)
    tab = window.workspace.testimonies
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.model.index(0, 1).data() == pseudonym
    assert call_core(qtbot, window, lambda v: v.db["witnesses"].get(1)["pseudonym"]) == pseudonym


def test_edit_opens_the_form_prefilled_and_saves_through_the_core(qtbot: Any,
                                                                  demo_window: MainWindow
                                                                  ) -> None:
    window = demo_window
    tab = _tab(qtbot, window)
    assert tab.current["row"]["number"] == 1 and not _gate_now(qtbot, window, "un-mechanism")
    _click(qtbot, tab.edit_button)
    form = _wait_form(qtbot, window)
    assert form.windowTitle() == "Edit testimony T0001"
    assert form.edits["pseudonym"].text() == "W-07"
    assert form.edits["witness_name"].text() == "Ruslan Testovich Demoyev"
    assert form.incidents.rowCount() == 5 and form.role.currentData() == "victim"
    assert form.consent_given.isChecked() and form.share["un-sp"].isChecked()
    assert not form.withdraw_hint.isHidden()
    form.texts["narrative"].setPlainText("FICTIONAL SAMPLE — исправлено: corrected account.")
    form.tabs.setCurrentIndex(2)
    tick(qtbot, form.share["un-mechanism"])
    tick(qtbot, form.onward_sharing)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _message(qtbot, window, "Testimony T0001 saved; changed: consent, narrative.")
    qtbot.waitUntil(lambda: "исправлено" in tab.details.toPlainText(), timeout=WAIT_MS)
    assert tab.current["row"]["number"] == 1
    stored = call_core(qtbot, window, lambda v: {
        "event": [e for e in v.db["custody_events"].rows if e["action"] == "testimony-edited"],
        "witnesses": [w["full_name"] for w in v.db["witnesses"].rows],
        "mechanism": _gate(v, "T0001", "un-mechanism")})
    [event] = stored["event"]
    assert json.loads(event["details"])["fields"] == ["consent", "narrative"]
    assert set(json.loads(event["hashes"])) == {"narrative_sha256_before", "narrative_sha256"}
    assert stored["mechanism"] and "Ruslan Testovich Demoyev" in stored["witnesses"]

    # Taking a body back by editing is refused (that is a withdrawal): a readable message.
    _click(qtbot, tab.edit_button)
    form = _wait_form(qtbot, window)
    tick(qtbot, form.share["icc"])
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    text = _message(qtbot, window, "withdraw it instead")
    assert window.messages.level == "error" and "Traceback" not in text
    assert call_core(qtbot, window, lambda v: _gate(v, "T0001", "icc"))


def _gate_now(qtbot: Any, window: MainWindow, body: str) -> bool:
    return call_core(qtbot, window, lambda v: _gate(v, "T0001", body))


def test_withdraw_consent_writes_notices_for_earlier_recipients(qtbot: Any,
                                                                demo_window: MainWindow,
                                                                tmp_path: Path) -> None:
    window = demo_window

    def send(v: Any) -> str:
        from evidence_kit.dossier_plan import plan_dossier
        from evidence_kit.export import export_dossier

        case = v.db["cases"].get(1)
        plan = plan_dossier(v, case, recipient_body="un-sp")
        return export_dossier(v, plan, tmp_path / "sent.zip", "a dossier password").dossier_id

    dossier_id = call_core(qtbot, window, send)
    tab = _tab(qtbot, window)
    _click(qtbot, tab.withdraw_button)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=WAIT_MS)
    dialog: WithdrawConsentDialog = tab.dialog
    assert [dialog.body.itemData(i) for i in range(dialog.body.count())] == ["", "un-sp", "icc"]
    assert not dialog.withdraw_button.isEnabled(), "no folder chosen yet"
    dialog.body.setCurrentIndex(dialog.body.findData("un-sp"))
    dialog.date.clear()
    qtbot.keyClicks(dialog.date, "last week")
    qtbot.keyClicks(dialog.how, "by phone")
    notices = tmp_path / "notices"
    dialog.folder.setText(str(notices))
    _click(qtbot, dialog.withdraw_button)
    assert "2026-11-25" in dialog.status.text()  # the date is checked before anything runs
    dialog.date.setText("2026-11-20")
    _click(qtbot, dialog.withdraw_button)
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=WAIT_MS)
    assert _gate_now(qtbot, window, "un-sp"), "a refused withdrawal changes nothing"
    notices.mkdir()
    _click(qtbot, dialog.withdraw_button)
    qtbot.waitUntil(lambda: dialog.done_, timeout=WAIT_MS)
    [notice] = list(notices.glob("*.json"))
    assert notice.name.startswith(dossier_id) and str(notice) in dialog.status.text()
    assert (notices / (notice.name + ".minisig")).is_file()
    assert json.loads(notice.read_text(encoding="utf-8"))["testimony"]["code"] == "T0001"
    assert not dialog.withdraw_button.isEnabled()
    assert not _gate_now(qtbot, window, "un-sp") and _gate_now(qtbot, window, "icc")
    note = call_core(qtbot, window, lambda v: [s["withdrawal_note"] for s in v.db.query(
        "SELECT withdrawal_note FROM consent_scopes WHERE withdrawn_on IS NOT NULL")])
    assert note == ["2026-11-20; by phone"]
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=WAIT_MS)


def test_mark_selected_words_for_redaction(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    tab = _tab(qtbot, window)
    qtbot.waitUntil(lambda: "Argun" in tab.details.toPlainText(), timeout=WAIT_MS)
    assert not tab.redaction.mark_button.isEnabled(), "nothing selected"
    cursor = tab.details.document().find("water tower", 0, QTextDocument.FindFlag(0))
    assert cursor.hasSelection()
    tab.details.setTextCursor(cursor)
    assert tab.redaction.mark_button.isEnabled()
    _click(qtbot, tab.redaction.mark_button)
    qtbot.waitUntil(lambda: tab.redaction.terms.count() == 1, timeout=WAIT_MS)
    assert tab.redaction.terms.item(0).text() == "water tower"
    _message(qtbot, window, "“water tower”")

    def redacted(v: Any) -> str:
        from evidence_kit import text_redaction
        from evidence_kit.testimonies import get_testimony

        row = get_testimony(v, v.db["cases"].get(1), "T0001")
        return text_redaction.apply(row["narrative"], text_redaction.rules_for(v, row))

    text = call_core(qtbot, window, redacted)
    assert "water tower" not in text and "[redacted]" in text
    one = tab.details.textCursor()
    one.movePosition(QTextCursor.MoveOperation.Start)
    one.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 1)
    tab.details.setTextCursor(one)
    _click(qtbot, tab.redaction.mark_button)
    text = _message(qtbot, window, "at least two characters")
    assert window.messages.level == "error"
    # Another testimony shows its own (empty) list.
    tab.table.selectRow(1)
    qtbot.waitUntil(lambda: tab.current is not None and tab.current["row"]["number"] == 2,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.redaction.terms.count() == 0, timeout=WAIT_MS)


@pytest.mark.parametrize("kind", ["good", "unknown key", "not json"])
def test_add_testimony_from_a_json_file(qtbot: Any, unlocked: MainWindow, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    window = unlocked
    doc = json.loads((DEMO / "testimony-01.json").read_text(encoding="utf-8"))
    path = tmp_path / "from-form-tool.json"
    if kind == "unknown key":
        doc["witness_nmae"] = doc.pop("witness_name")
    path.write_text("{not json" if kind == "not json" else json.dumps(doc, ensure_ascii=False),
                    encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args, **kwargs: str(path))
    window.workspace.tabs.setCurrentWidget(window.workspace.testimonies)
    tab = window.workspace.testimonies
    _click(qtbot, tab.import_button)
    if kind == "good":
        _message(qtbot, window, "Testimony T0001 saved under the pseudonym W-07.")
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
        assert call_core(qtbot, window, lambda v: _gate(v, "T0001", "un-sp"))
        return
    text = _message(qtbot, window, "from-form-tool.json was not added:")
    assert window.messages.level == "error" and "Traceback" not in text
    assert ("witness_nmae" if kind == "unknown key" else "not valid UTF-8 JSON") in text
    assert call_core(qtbot, window, lambda v: v.db["testimonies"].count) == 0


def test_opening_the_editor_does_not_touch_the_narrative(qtbot: Any,
                                                        unlocked: MainWindow) -> None:
    """The form trims and a text box turns CR LF into LF: saving an edit of other fields
    must leave the stored account (and its SHA-256) byte for byte as it was."""
    window = unlocked
    words = "  Line one.\r\nLine two.\n"

    def add(v: Any) -> None:
        from evidence_kit.testimonies import add_testimony

        add_testimony(v, v.db["cases"].get(1), {"narrative": words, "incidents": [
            {"place": " Market ", "description": "Detention"}]})

    call_core(qtbot, window, add)
    window.workspace.testimonies.reload()
    tab = _tab(qtbot, window)
    _click(qtbot, tab.edit_button)
    form = _wait_form(qtbot, window)
    form.tabs.setCurrentIndex(3)
    qtbot.keyClicks(form.texts["notes"], "Follow-up call done")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _message(qtbot, window, "Testimony T0001 saved; changed: notes.")
    assert call_core(qtbot, window, lambda v: v.db["testimonies"].get(1)["narrative"]) == words


def test_translation_of_and_consent_obtained_by(qtbot: Any, demo_window: MainWindow) -> None:
    """A new testimony is the translation of another one and records who obtained the
    consent; the edit form shows both again, and changing "Translation of" is saved."""
    window = demo_window
    tab = _tab(qtbot, window)
    count = tab.model.rowCount()
    window.actions_.new_testimony.trigger()
    form = _wait_form(qtbot, window)
    combo = form.translation_of
    assert combo.currentData() == "" and combo.count() == count + 1
    assert combo.itemText(1) == "T0001 · W-07"
    combo.setCurrentIndex(combo.findData("T0001"))
    form.texts["narrative"].setPlainText("English translation of the account of W-07.")
    tick(qtbot, form.consent_given)
    tick(qtbot, form.share["icc"])
    form.consent_obtained_by.setText("Interviewer A-3")
    new_code = f"T{count + 1:04d}"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _message(qtbot, window, f"Testimony {new_code} saved")

    def stored(vault: Any) -> tuple[Any, list[str]]:
        from evidence_kit.consent import scopes_of
        from evidence_kit.testimonies import get_testimony

        row = get_testimony(vault, vault.db["cases"].get(1), new_code)
        original = vault.db["testimonies"].get(row["translation_of"])["number"] \
            if row["translation_of"] else None
        return original, [s["obtained_by"] for s in scopes_of(vault, row["id"])
                          if not s["withdrawn_on"]]

    assert call_core(qtbot, window, stored) == (1, ["Interviewer A-3"])

    qtbot.waitUntil(lambda: tab.current is not None and
                    tab.current["row"]["number"] == count + 1, timeout=WAIT_MS)
    _click(qtbot, tab.edit_button)
    form = _wait_form(qtbot, window)
    assert form.translation_of.currentData() == "T0001"
    assert form.translation_of.findData(new_code) == -1, "not a translation of itself"
    assert form.consent_obtained_by.text() == "Interviewer A-3"
    document = form.document()
    assert document["translation_of"] == "T0001"
    assert document["consent"]["obtained_by"] == "Interviewer A-3"
    again = Form(window, document, new_code, [("T0001", "W-07"), (new_code, "W-x")])
    assert again.document() == document, "load() and document() round-trip"
    again.deleteLater()
    form.translation_of.setCurrentIndex(0)  # (none: this is the original account)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    _message(qtbot, window, f"Testimony {new_code} saved; changed: translation_of.")
    assert call_core(qtbot, window, stored) == (None, ["Interviewer A-3"])
