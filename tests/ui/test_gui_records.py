"""Flow 2: testimonies (full form, consent, recording) and sources (graded), custody log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui_helpers import WAIT_MS, call_core, tick
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ui.main_window import MainWindow
from ui.sources_tab import SourceForm
from ui.testimony_form import TestimonyForm as Form


def _open_form(qtbot: Any, window: MainWindow, action: Any, kind: type) -> Any:
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(kind) is not None and
                    window.findChild(kind).isVisible(), timeout=WAIT_MS)
    return window.findChild(kind)


def test_add_testimony_through_the_form(qtbot: Any, unlocked: MainWindow,
                                        tmp_path: Path) -> None:
    window = unlocked
    form: Form = _open_form(qtbot, window, window.actions_.new_testimony, Form)
    assert window.workspace.tabs.currentWidget() is window.workspace.testimonies
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Account and incidents" in form.error.text() and form.isVisible(), \
        "a stray Save of a blank form stores nothing"

    form.tabs.setCurrentIndex(0)
    qtbot.keyClicks(form.edits["pseudonym"], "W-31")
    qtbot.keyClicks(form.edits["witness_name"], "Real Name Kept Local")
    form.role.setCurrentIndex(form.role.findData("witness"))
    qtbot.keyClicks(form.edits["interview_date"], "2017-05-02")
    form.mode.setCurrentIndex(form.mode.findData("in-person"))
    qtbot.keyClicks(form.edits["language"], "ru")
    qtbot.keyClicks(form.texts["persons_present"], "Interviewer")
    # Unicode goes in with setText (QTest can only type ASCII).
    form.tabs.setCurrentIndex(1)
    form.texts["narrative"].setPlainText("Меня задержали у рынка. I saw two vans.")
    row = form.add_incident({"date": "2017-04", "place": "Market", "description": "Detention",
                             "basis": "saw", "date_precision": "month"})
    assert row == 0
    form.tabs.setCurrentIndex(2)  # the Consent section, as a user would open it
    tick(qtbot, form.consent_given)
    qtbot.keyClicks(form.consent_record, "signed form 12")
    tick(qtbot, form.share["icc"])
    tick(qtbot, form.share["un-sp"])
    tick(qtbot, form.share["un-mechanism"])
    # The UN Special Procedures form's questions 2 and 3, and onward sharing (mechanisms).
    tick(qtbot, form.aware_government_letter)
    tick(qtbot, form.aware_publication)
    tick(qtbot, form.onward_sharing)
    form.be_named.setCurrentIndex(form.be_named.findData("initials"))
    qtbot.keyClicks(form.consent_date, "2017-05-02")
    form.tabs.setCurrentIndex(3)
    tick(qtbot, form.read_back)
    recording = tmp_path / "interview.ogg"
    recording.write_bytes(b"OggS" + bytes(4000))
    form.recording.setText(str(recording))

    tab = window.workspace.testimonies
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.model.index(0, 0).data() == "T0001"
    assert tab.model.index(0, 1).data() == "W-31"
    assert "Real Name" not in " ".join(tab.model.index(0, c).data() or ""
                                       for c in range(tab.model.columnCount()))
    qtbot.waitUntil(lambda: "Меня задержали" in tab.details.toPlainText(), timeout=WAIT_MS)
    assert "International Criminal Court" in tab.details.toPlainText()

    def gate(v: Any, body: str) -> tuple[bool, str]:
        from evidence_kit.consent_gate import evaluate

        decision = evaluate(v, v.db["testimonies"].get(1), body, "confidential")
        return decision.include, decision.identity

    stored = call_core(qtbot, window, lambda v: {
        "t": v.db["testimonies"].get(1), "w": v.db["witnesses"].get(1),
        "scopes": list(v.db.query("SELECT body, identity, publication, "
                                  "aware_government_letter, onward_sharing FROM "
                                  "consent_scopes ORDER BY body")),
        "gate": {body: gate(v, body) for body in ("icc", "un-sp", "un-mechanism")},
        "incidents": list(v.db["incidents"].rows),
        "links": list(v.db.query("SELECT from_kind, to_kind, relation FROM links")),
        "exhibits": [e["original_filename"] for e in v.db["exhibits"].rows]})
    assert stored["t"]["language"] == "ru" and stored["t"]["read_back"] == 1
    assert json.loads(stored["t"]["persons_present"]) == ["Interviewer"]
    assert stored["w"]["full_name"] == "Real Name Kept Local"
    flags = {"publication": 1, "aware_government_letter": 1, "onward_sharing": 1}
    assert stored["scopes"] == [{"body": "icc", "identity": "initials", **flags},
                                {"body": "un-mechanism", "identity": "initials", **flags},
                                {"body": "un-sp", "identity": "initials", **flags}]
    # "Public" was not ticked: the UN questions alone let the account through the gate.
    assert stored["gate"] == {"icc": (True, "initials"), "un-sp": (True, "initials"),
                              "un-mechanism": (True, "initials")}
    assert stored["incidents"][0]["basis"] == "saw"
    assert stored["exhibits"] == ["interview.ogg"]
    assert stored["links"] == [{"from_kind": "exhibit", "to_kind": "testimony",
                                "relation": "recording-of"}]
    qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 1, timeout=WAIT_MS)


def test_testimony_form_refuses_what_the_core_refuses(qtbot: Any, unlocked: MainWindow) -> None:
    form: Form = _open_form(qtbot, unlocked, unlocked.actions_.new_testimony,
                                     Form)
    qtbot.keyClicks(form.edits["pseudonym"], "W-1")
    qtbot.keyClicks(form.edits["interview_date"], "last spring")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "interview_date" in form.error.text()
    assert form.isVisible()
    form.reject()


def test_add_graded_source(qtbot: Any, unlocked: MainWindow) -> None:
    window = unlocked
    form: SourceForm = _open_form(qtbot, window, window.actions_.new_source, SourceForm)
    qtbot.keyClicks(form.edits["title"], "Report on detentions")
    form.kind.setCurrentIndex(form.kind.findData("ngo-report"))
    qtbot.keyClicks(form.edits["url"], "ftp://example.org")
    form.reliability.setCurrentIndex(form.reliability.findData("B"))
    form.credibility.setCurrentIndex(form.credibility.findData("2"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "http" in form.error.text()
    form.edits["url"].clear()
    qtbot.keyClicks(form.edits["url"], "https://example.org/report")
    qtbot.keyClicks(form.edits["accessed_date"], "2026-11-25")
    form.edits["publisher"].setText("Новая газета")
    assert [form.reliability.itemData(i) for i in range(form.reliability.count())] == \
        ["", "A", "B", "C", "D", "E", "F"]
    assert [form.credibility.itemData(i) for i in range(form.credibility.count())] == \
        ["", "1", "2", "3", "4", "5", "6"]
    tab = window.workspace.sources
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert [tab.model.index(0, c).data() for c in range(4)] == \
        ["S0001", "B2", "NGO report", "Report on detentions"]
    assert tab.model.index(0, 4).data() == "Новая газета"
    assert isinstance(form.kind, QComboBox)


def test_custody_log_and_verify_chain(qtbot: Any, demo_window: MainWindow) -> None:
    workspace = demo_window.workspace
    qtbot.keyClick(demo_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert workspace.tabs.currentWidget() is workspace.custody
    tab = workspace.custody
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 12, timeout=WAIT_MS)
    actions = [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]
    assert actions[0] == "case-created" and "exhibit-ingested" in actions
    with qtbot.waitSignal(tab.verified, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    ok, text = blocker.args
    assert ok and "Chain intact" in text and tab.result.text() == text
