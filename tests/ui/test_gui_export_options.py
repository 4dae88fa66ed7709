"""Issue 5 in the export wizard: recipient template and disclosure level, the required form
fields still empty (answered in the wizard, re-checked), and the report panel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import WAIT_MS, tick, wait_review, wizard_export, wizard_next, wizard_to_review
from PySide6.QtCore import Qt

from evidence_kit.report import LANGUAGES as REPORT_LANGUAGES
from ui.main_window import MainWindow


def test_recipient_page_shows_template_and_levels(qtbot: Any, demo_window: MainWindow) -> None:
    wizard = demo_window.export_dossier()
    qtbot.waitUntil(wizard.isVisible)
    page = wizard.recipient_page
    assert page.recipient() == "un-sp" and page.level_code() == "confidential"
    assert "Special Procedures" in page.template.text()
    page.body.setCurrentIndex(page.body.findData("icc"))
    assert "Article 15" in page.template.text() or "ICC" in page.template.text()
    page.level.setCurrentIndex(page.level.findData("redacted"))
    assert "pseudonyms only" in page.level_help.text()
    assert [page.level.itemText(i) for i in range(page.level.count())] == \
        ["Confidential", "Redacted"]
    assert page.report_language() == "en"
    codes = [page.language.itemData(i) for i in range(page.language.count())]
    assert codes == list(REPORT_LANGUAGES) and "ar" in codes  # the core's list, Arabic too
    assert page.language.itemText(codes.index("ar")) == "العربية"
    wizard.reject()


def test_missing_fields_answered_in_the_wizard(qtbot: Any, demo_window: MainWindow,
                                               tmp_path: Path) -> None:
    wizard = wizard_to_review(qtbot, demo_window)
    review = wait_review(qtbot, wizard, export_anyway=False)
    panel = review.answers_panel
    ids = [field_id for field_id, _label in review.missing]
    assert "contact" in ids and "alleged_perpetrators" in ids
    listed = [panel.missing.item(i).text() for i in range(panel.missing.count())]
    assert any(text.endswith("(contact)") for text in listed)
    assert set(panel.edits) == set(ids), "one text box per missing field"
    assert not review.isComplete(), "missing fields: export only when the user says so"
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()

    panel.edits["contact"].setPlainText("Secure e-mail via the coordinator")
    panel.edits["alleged_perpetrators"].setPlainText("Officers of a fictional unit")
    qtbot.mouseClick(panel.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.busy, timeout=WAIT_MS)
    remaining = [field_id for field_id, _label in review.missing]
    assert "contact" not in remaining and "alleged_perpetrators" not in remaining
    assert len(remaining) == len(ids) - 2
    listed = [panel.missing.item(i).text() for i in range(panel.missing.count())]
    assert not any("(contact)" in text or "(alleged_perpetrators)" in text for text in listed)
    assert not review.isComplete()
    tick(qtbot, panel.export_anyway)
    assert review.isComplete()

    for field_id in remaining:
        panel.edits[field_id].setPlainText(f"Answer for {field_id}")
    qtbot.mouseClick(panel.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.busy, timeout=WAIT_MS)
    assert review.missing == [] and not panel.export_anyway.isVisible()
    assert review.isComplete()
    assert "Every required field" in panel.status.text()

    # The answers are in the report that goes out (and Back/Next keeps them).
    wizard.back()
    wizard_next(qtbot, wizard)
    qtbot.waitUntil(lambda: review.plan is not None and not review.busy, timeout=WAIT_MS)
    assert review.missing == []
    out = tmp_path / "answered.zip"
    wizard_export(qtbot, wizard, out)
    assert out.is_file()


def test_report_panel_lists_sections_and_saves_the_pdf(qtbot: Any, demo_window: MainWindow,
                                                       tmp_path: Path) -> None:
    wizard = wizard_to_review(qtbot, demo_window)
    review = wait_review(qtbot, wizard)
    report = review.report
    assert report.parent() is not None and review.report_box.isAncestorOf(report)
    sections = [report.sections.item(i).text().strip() for i in range(report.sections.count())]
    assert any(s.endswith("Structured summary") for s in sections)
    assert any(s.endswith("Chain of custody") for s in sections)
    assert "page(s)" in report.info.text()
    # the pages themselves, drawn in a task (pypdfium2), at most two at a time
    preview = report.preview
    qtbot.waitUntil(lambda: len(preview.pages) == 2, timeout=WAIT_MS)
    assert preview.total >= 3 and preview.first == 0
    assert f"of {preview.total}" in preview.status.text()
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    first_page = preview.pages[0].pixmap().toImage()
    assert max(first_page.width(), first_page.height()) <= 1000
    colours = {first_page.pixel(x, y) for x in range(0, first_page.width(), 7)
               for y in range(0, first_page.height(), 7)}
    assert len(colours) > 2, "a drawn page, not a blank one"
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.first == 2 and bool(preview.pages), timeout=WAIT_MS)
    assert preview.previous_button.isEnabled()
    assert preview.status.text().startswith("Pages 3–")
    target = tmp_path / "report.pdf"
    review.save_report(target)
    qtbot.waitUntil(lambda: "Saved to" in report.saved.text(), timeout=WAIT_MS)
    assert target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".report.pdf.*")), "written atomically"
    wizard.reject()


def test_report_outline_without_pikepdf() -> None:
    """Without the optional pikepdf the panel still has pages and sections."""
    from ui.export_review import report_outline

    pdf = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj 2 0 obj << /Type /Pages >> endobj"
    outline = report_outline(pdf, "un-sp", "en")
    assert outline["pages"] == 1
    assert (0, "Structured summary") in outline["sections"]
    assert any(depth == 1 for depth, _title in outline["sections"])


def test_answers_follow_a_change_of_recipient(qtbot: Any, demo_window: MainWindow) -> None:
    wizard = wizard_to_review(qtbot, demo_window)  # UN Special Procedures
    review = wait_review(qtbot, wizard, export_anyway=False)
    panel = review.answers_panel
    panel.edits["contact"].setPlainText("Secure e-mail via the coordinator")
    # Back to the recipient page: the ICC form also asks for "contact".
    wizard.back()
    wizard.back()
    page = wizard.recipient_page
    page.body.setCurrentIndex(page.body.findData("icc"))
    wizard_next(qtbot, wizard)
    wizard_next(qtbot, wizard)
    qtbot.waitUntil(lambda: review.plan is not None and not review.busy, timeout=WAIT_MS)
    assert review.plan.recipient_body == "icc"
    assert "contact" not in [field_id for field_id, _label in review.missing]
    assert panel.edits["contact"].toPlainText() == "Secure e-mail via the coordinator"
    assert "alleged_crimes" in panel.edits, "the ICC form's own fields are asked"
    # Emptying an answer and checking again asks for the field again.
    panel.edits["contact"].clear()
    qtbot.mouseClick(panel.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.busy, timeout=WAIT_MS)
    assert "contact" in [field_id for field_id, _label in review.missing]
    wizard.reject()
