"""Issue 7 in the app: the redaction editor, the metadata risk preview, redacted dossiers and
consent-gate overrides, driven the way a user drives them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from gui_helpers import (
    WAIT_MS,
    call_core,
    face_jpeg,
    make_jpeg,
    tick,
    wait_import,
    wait_review,
    wizard_export,
    wizard_to_review,
)
from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal

from ui.main_window import MainWindow
from ui.redaction_editor import RedactionDialog
from ui.review_panels import OverrideDialog


def test_signal_emit_keeps_its_references() -> None:
    """PySide6 6.12.0's emit() drops a reference to True per call (ui/emit_fix.py)."""
    import ui  # noqa: F401 - installs the guard

    class Probe(QObject):
        ping = Signal(str)
        pong = Signal(str)

    probe, got = Probe(), []
    probe.pong.connect(got.append)
    probe.ping.connect(probe.pong.emit)  # forwarding to another signal still works
    before = sys.getrefcount(True)
    for _ in range(500):
        probe.ping.emit("x")
    assert sys.getrefcount(True) - before > -10
    assert len(got) == 500


def _drag(qtbot: Any, dialog: RedactionDialog, start: tuple[int, int],
          end: tuple[int, int]) -> None:
    """Press, move and release on the view at these image pixels."""
    view = dialog.view
    viewport = view.viewport()
    p1: QPoint = view.mapFromScene(QPointF(*start))
    p2: QPoint = view.mapFromScene(QPointF(*end))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=p1)
    qtbot.mouseMove(viewport, QPoint((p1.x() + p2.x()) // 2, (p1.y() + p2.y()) // 2))
    qtbot.mouseMove(viewport, p2)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=p2)


def test_redaction_editor_saves_a_linked_copy(qtbot: Any, unlocked: MainWindow,
                                              tmp_path: Path) -> None:
    window = unlocked
    # Stored 640 x 480 with EXIF orientation 6: people (and the editor) see it 480 x 640.
    photo = make_jpeg(tmp_path / "rotated.jpg", orientation=6)
    wait_import(qtbot, window, [photo])
    exhibits = window.workspace.exhibits
    qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
    original = exhibits.selected_row()
    assert exhibits.details.redact_button.isVisible()
    qtbot.mouseClick(exhibits.details.redact_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RedactionDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.detecting, timeout=WAIT_MS)
    assert dialog.status.styleSheet() == "", dialog.status.text()
    assert dialog.faces_found == 0 and dialog.view.boxes == []
    rect = dialog.view.sceneRect()
    assert (rect.width(), rect.height()) == (480, 640), "EXIF orientation applied"
    assert not dialog.undo_button.isEnabled()

    _drag(qtbot, dialog, (100, 150), (300, 400))
    assert len(dialog.view.boxes) == 1
    box = dialog.view.image_boxes()[0]
    assert abs(box[0] - 100) <= 3 and abs(box[1] - 150) <= 3
    assert abs(box[2] - 200) <= 6 and abs(box[3] - 250) <= 6
    _drag(qtbot, dialog, (10, 10), (11, 11))  # a click, not a drag: no box
    assert len(dialog.view.boxes) == 1
    tick(qtbot, dialog.black)
    assert dialog.mode() == "black"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    new_code, new_number = blocker.args
    assert new_code == "E0002"

    def rows(vault: Any) -> list[dict[str, Any]]:
        return list(vault.db["exhibits"].rows_where(order_by="number"))

    first, copy = call_core(qtbot, window, rows)
    assert first["sha256"] == original["sha256"], "the original stays untouched"
    assert copy["parent_id"] == first["id"]
    derivation = json.loads(copy["derivation"])
    assert derivation["parent_sha256"] == first["sha256"]
    assert {"step": "black-region", "x": box[0], "y": box[1], "w": box[2],
            "h": box[3]} in derivation["steps"]

    # The list reloads with the copy selected; its details say where it comes from.
    details = exhibits.details
    qtbot.waitUntil(lambda: (exhibits.selected_row() or {}).get("number") == new_number,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: details.derived.isVisible(), timeout=WAIT_MS)
    assert details.derived.text().startswith("Derived from E0001")
    assert "black-region" in details.derived.text()
    assert exhibits.model.rowCount() == 2


def test_metadata_risk_preview(qtbot: Any, demo_window: MainWindow) -> None:
    exhibits = demo_window.workspace.exhibits
    qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
    risk = exhibits.details.risk
    qtbot.waitUntil(lambda: "GPS position" in risk.text(), timeout=WAIT_MS)
    text = risk.text()
    assert exhibits.details.risk_box.title() == "What this file reveals"
    assert "Device serial number" in text and "High" in text
    assert "A redacted copy keeps: pixels only" in text
    assert "not detected automatically" in text
    assert not exhibits.details.derived.isVisible(), "an original is derived from nothing"


def test_redacted_export_carries_copies_only(qtbot: Any, demo_window: MainWindow,
                                             tmp_path: Path) -> None:
    window = demo_window
    wizard = wizard_to_review(qtbot, window, level="redacted")
    review = wait_review(qtbot, wizard)
    assert review.plan.level == "redacted"
    assert "Metadata-stripped copies were made" in review.summary.text()
    assert all(e["parent_id"] is not None for e in review.plan.exhibits)
    out = tmp_path / "redacted.zip"
    _result, password = wizard_export(qtbot, wizard, out)
    qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 8, timeout=WAIT_MS)

    def read(vault: Any) -> dict[str, Any]:
        from evidence_kit.signers import resolver
        from evidence_kit.verify import verify_dossier

        report = verify_dossier(out, password, resolver(vault, []))
        assert report.ok, report.checks
        return json.loads(report.read.kept["data/dossier.json"])

    document = call_core(qtbot, window, read)
    assert document["disclosure_level"] == "redacted"
    assert [e["code"] for e in document["exhibits"]] == ["E0005", "E0006", "E0007", "E0008"]


def test_consent_exclusion_and_recorded_override(qtbot: Any, demo_window: MainWindow,
                                                 tmp_path: Path) -> None:
    window = demo_window
    wizard = wizard_to_review(qtbot, window, body="icc")
    review = wait_review(qtbot, wizard)
    panel = review.exclusions
    assert panel.isVisible()
    row = panel.tree.topLevelItem(0)
    assert row.text(0) == "T0002" and "no recorded consent" in row.text(1)
    assert [t["number"] for t in review.plan.testimonies] == [1]
    assert not panel.include_button.isEnabled()
    panel.tree.setCurrentItem(row)
    assert panel.include_button.isEnabled()
    qtbot.mouseClick(panel.include_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(OverrideDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.ok_button.isEnabled(), "both fields are required"
    qtbot.keyClicks(dialog.decided_by, "Field coordinator A. Example")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("Oral consent to the ICC recorded on 2026-03-02")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.plan is not None and "T0002" in review.plan.overrides,
                    timeout=WAIT_MS)
    assert [t["number"] for t in review.plan.testimonies] == [1, 2]
    texts = [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]
    assert any("Included by decision of Field coordinator A. Example" in t for t in texts)

    wizard_export(qtbot, wizard, tmp_path / "icc.zip")

    def overrides(vault: Any) -> list[dict[str, Any]]:
        from evidence_kit import custody

        return [json.loads(e["details"]) for e in custody.events(vault.db)
                if e["action"] == "consent-override"]

    logged = call_core(qtbot, window, overrides)
    assert len(logged) == 1
    assert logged[0]["code"] == "T0002"
    assert logged[0]["decided_by"] == "Field coordinator A. Example"
    assert logged[0]["reason"] == "Oral consent to the ICC recorded on 2026-03-02"


def test_an_override_can_be_withdrawn(qtbot: Any, demo_window: MainWindow) -> None:
    wizard = wizard_to_review(qtbot, demo_window, body="icc")
    review = wait_review(qtbot, wizard)
    review._override("T0002", "Someone", "A reason")
    qtbot.waitUntil(lambda: review.plan is not None and bool(review.plan.overrides),
                    timeout=WAIT_MS)
    panel = review.exclusions
    panel.select("T0002")
    assert panel.withdraw_button.isEnabled() and not panel.include_button.isEnabled()
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.plan is not None and not review.plan.overrides,
                    timeout=WAIT_MS)
    assert review.plan.exclusions[0][0] == "T0002"
    wizard.reject()


def test_redaction_editor_predraws_the_faces_it_finds(qtbot: Any, unlocked: MainWindow,
                                                      tmp_path: Path) -> None:
    """Faces found by OpenCV are pre-drawn, removable like drawn boxes, and blurred on save;
    the note says detection can miss faces."""
    window = unlocked
    wait_import(qtbot, window, [face_jpeg(tmp_path / "face.jpg", (500, 400), (250, 200))])
    exhibits = window.workspace.exhibits
    qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
    dialog = exhibits.redact()
    assert isinstance(dialog, RedactionDialog)
    qtbot.waitUntil(lambda: dialog.faces_found is not None, timeout=WAIT_MS)
    assert dialog.faces_note.isVisible()
    assert dialog.faces_note.text() == ("Faces found automatically: 1. Check for others: "
                                        "automatic detection can miss faces.")
    [face] = dialog.view.image_boxes()
    x, y, w, h = face
    assert abs(x + w / 2 - 250) < 25 and abs(y + h / 2 - 200) < 25 and 120 < w < 300
    assert dialog.save_button.isEnabled()

    # A box drawn by hand is removed by clicking it, then "Remove box"; the face stays.
    _drag(qtbot, dialog, (10, 10), (60, 60))
    assert len(dialog.view.boxes) == 2 and not dialog.remove_button.isEnabled()
    _drag(qtbot, dialog, (30, 30), (30, 30))  # a click inside it selects it
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.view.image_boxes() == [face]

    assert dialog.mode() == "blur"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "E0002"

    def copy_of(vault: Any) -> tuple[list[dict[str, Any]], list[Any]]:
        from evidence_kit import faces

        copy = vault.db["exhibits"].get(2)
        return json.loads(copy["derivation"])["steps"], faces.exhibit_faces(vault, copy)

    steps, faces_left = call_core(qtbot, window, copy_of)
    assert {"step": "blur-region", "x": x, "y": y, "w": w, "h": h} in steps
    assert [s for s in steps if s["step"].endswith("-region")] == steps[1:], "one region"
    assert len(steps) == 2
    assert faces_left == [], "the blurred face is no longer found"


def test_redaction_editor_says_when_no_face_is_found(qtbot: Any, unlocked: MainWindow,
                                                     tmp_path: Path) -> None:
    window = unlocked
    wait_import(qtbot, window, [make_jpeg(tmp_path / "plain.jpg")])
    exhibits = window.workspace.exhibits
    qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
    dialog = exhibits.redact()
    qtbot.waitUntil(lambda: dialog.faces_found is not None, timeout=WAIT_MS)
    assert dialog.view.boxes == []
    assert dialog.faces_note.text().startswith("No face found automatically")
    assert "can miss faces" in dialog.faces_note.text()
    dialog.reject()


def test_redaction_editor_without_face_detection(qtbot: Any, unlocked: MainWindow,
                                                 tmp_path: Path, monkeypatch: Any) -> None:
    """A bundle without OpenCV: the editor says so and still redacts what is drawn."""
    from evidence_kit import faces

    def missing() -> None:
        raise ImportError("cv2")

    monkeypatch.setattr(faces, "_classifier", missing)
    window = unlocked
    wait_import(qtbot, window, [face_jpeg(tmp_path / "face.jpg")])
    exhibits = window.workspace.exhibits
    qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
    dialog = exhibits.redact()
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.detecting, timeout=WAIT_MS)
    assert dialog.faces_found is None and dialog.view.boxes == []
    assert dialog.faces_note.text() == (
        "Faces were not looked for: Face detection is not available (OpenCV is missing). "
        "Draw a rectangle over every face yourself.")
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_a_withdrawn_consent_cannot_be_overridden(qtbot: Any, demo_window: MainWindow,
                                                  tmp_path: Path) -> None:
    """T0001 consented to the ICC, then withdrew: it is left out with the reason, and
    "Include anyway…" stays off for it (not for T0002, which has no consent on record)."""
    window = demo_window

    def withdraw(vault: Any) -> None:
        from evidence_kit.records import get_case
        from evidence_kit.withdrawal import withdraw as core_withdraw

        core_withdraw(vault, get_case(vault.db, 1), "T0001", ["icc"], "asked by phone",
                      tmp_path)

    call_core(qtbot, window, withdraw)
    wizard = wizard_to_review(qtbot, window, body="icc")
    review = wait_review(qtbot, wizard)
    panel = review.exclusions
    rows = {panel.tree.topLevelItem(i).text(0): panel.tree.topLevelItem(i)
            for i in range(panel.tree.topLevelItemCount())}
    assert rows["T0001"].text(1).startswith(
        "consent to share with International Criminal Court, Office of the Prosecutor was "
        "withdrawn on ")
    panel.tree.setCurrentItem(rows["T0001"])
    assert not panel.include_button.isEnabled()
    assert panel.note.isVisible()
    assert panel.note.text() == ("T0001 cannot be included: the witness withdrew consent, "
                                 "and only the witness can give it again.")
    panel._include()  # noqa: SLF001 - even called directly, no override dialog opens
    assert panel.findChild(OverrideDialog) is None
    panel.tree.setCurrentItem(rows["T0002"])
    assert panel.include_button.isEnabled() and panel.note.text() == ""
    wizard.reject()
