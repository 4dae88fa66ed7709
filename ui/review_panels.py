"""The review page's three panels: consent exclusions, template answers, report preview.

Each panel only shows state and asks for decisions; the review page owns the plan and runs
every re-plan or re-check in a task (issue 5 and issue 7):

- ``ExclusionsPanel``: items the consent gate left out, with the reason, and the one way to
  include one anyway: a person's recorded decision (``OverrideDialog``), which export writes
  to the custody log. An override never discloses an identity (the core sends only the
  pseudonym), and it can be taken back before export. An account whose witness withdrew
  consent has no such way: the withdrawal is the witness's own word (``consent_gate``).
- ``AnswersPanel``: the recipient template's required fields that are still empty, one text
  box each, and "Check again"; or the explicit choice to export anyway ("not provided").
- ``ReportPanel``: the PDF report itself: its pages as pictures (``pdf_preview``: PDFium
  through pypdfium2, in a task, in memory; QtPdf is not part of PySide6-Essentials), its
  page count and section list, and "Save report as PDF…".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .error_text import phrase_text
from .widgets import field_label, human_size, named, quiet_buttons

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERRIDDEN_ROLE = Qt.ItemDataRole.UserRole + 2
WITHDRAWN_ROLE = Qt.ItemDataRole.UserRole + 3


class OverrideDialog(QDialog):
    """Who decided to include an excluded item, and why: both required, both logged."""

    def __init__(self, item_code: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Include {code} anyway").format(code=item_code))
        self.resize(520, 320)
        why = QLabel(self.tr(
            "<b>{code}</b> was left out: {reason}.<br><br>Including it anyway is recorded in "
            "the custody log with the name and reason you give here. Only the pseudonym "
            "travels; an override never discloses the witness's identity.").format(
            code=item_code, reason=reason))
        why.setWordWrap(True)
        why.setTextFormat(Qt.TextFormat.RichText)
        self.decided_by = named(QLineEdit(), self.tr("Decided by"))
        self.decided_by.setPlaceholderText(self.tr("Name and role of the person who decided"))
        self.reason = named(QPlainTextEdit(), self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why this account may go to this recipient "
                                               "(e.g. consent given orally on …, recorded in …)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = named(buttons.button(QDialogButtonBox.StandardButton.Ok),
                               self.tr("Record the decision and include"))
        self.ok_button.setText(self.tr("Include and record"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Decided by *:"), self.decided_by)
        form.addRow(self.tr("Reason *:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.decided_by.textChanged.connect(lambda _t: self._update())
        self.reason.textChanged.connect(self._update)
        quiet_buttons(self, self.ok_button)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.values()))

    def values(self) -> tuple[str, str] | None:
        """(decided_by, reason), or None while either is blank."""
        who, why = self.decided_by.text().strip(), self.reason.toPlainText().strip()
        return (who, why) if who and why else None


class ExclusionsPanel(QGroupBox):
    """What the consent gate left out, and the recorded overrides."""

    override_requested = Signal(str, str, str)  # code, decided_by, reason
    override_withdrawn = Signal(str)             # code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Left out of this dossier"), parent)
        self.tree = named(QTreeWidget(), self.tr("Items left out and overrides"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Why")])
        self.tree.setColumnWidth(0, 90)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setMaximumHeight(150)
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self.include_button = named(QPushButton(self.tr("Include anyway…")),
                                    self.tr("Include the selected item anyway"))
        self.withdraw_button = named(QPushButton(self.tr("Keep it out")),
                                     self.tr("Withdraw the override of the selected item"))
        self.include_button.clicked.connect(self._include)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.note = QLabel()
        self.note.setObjectName("ExclusionNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b3261e;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.include_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.dialog: OverrideDialog | None = None
        self._update()

    def show_plan(self, exclusions: list[tuple[str, str]], overrides: dict[str, Any],
                  withdrawn: set[str] | None = None) -> None:
        """``withdrawn``: codes left out because the witness withdrew consent."""
        self.tree.clear()
        for item_code, english in exclusions:
            reason = str(phrase_text(english))  # the core's reasons are Phrases
            row = QTreeWidgetItem([item_code, reason])
            row.setData(0, CODE_ROLE, item_code)
            row.setData(0, WITHDRAWN_ROLE, item_code in (withdrawn or set()))
            row.setToolTip(1, reason)
            self.tree.addTopLevelItem(row)
        for item_code, override in overrides.items():
            text = self.tr("Included by decision of {who}: {why}").format(
                who=override.decided_by, why=override.reason)
            row = QTreeWidgetItem([item_code, text])
            row.setData(0, CODE_ROLE, item_code)
            row.setData(0, OVERRIDDEN_ROLE, True)
            row.setToolTip(1, text)
            self.tree.addTopLevelItem(row)
        self.setVisible(bool(exclusions or overrides))
        self._update()

    def select(self, item_code: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            if self.tree.topLevelItem(i).data(0, CODE_ROLE) == item_code:
                self.tree.setCurrentItem(self.tree.topLevelItem(i))
                return

    def _current(self) -> tuple[str, bool] | None:
        row = self.tree.currentItem()
        if row is None:
            return None
        return row.data(0, CODE_ROLE), bool(row.data(0, OVERRIDDEN_ROLE))

    def _update(self) -> None:
        current = self._current()
        row = self.tree.currentItem()
        withdrawn = bool(row is not None and row.data(0, WITHDRAWN_ROLE))
        # Only testimonies pass the consent gate; an exhibit left out of a redacted dossier
        # (no redacted copy) cannot be overridden: its original must never travel there.
        # Nor can a testimony whose witness withdrew consent.
        self.include_button.setEnabled(bool(current and not current[1] and not withdrawn and
                                            current[0].startswith("T")))
        self.withdraw_button.setEnabled(bool(current and current[1]))
        self.note.setText(self.tr(
            "{code} cannot be included: the witness withdrew consent, and only the witness "
            "can give it again.").format(code=current[0]) if current and withdrawn else "")

    def _include(self) -> None:
        row = self.tree.currentItem()
        current = self._current()
        if row is None or current is None or row.data(0, WITHDRAWN_ROLE):
            return
        self.dialog = OverrideDialog(current[0], row.text(1), self)
        self.dialog.finished.connect(lambda result: self._decided(current[0], result))
        self.dialog.open()

    def _decided(self, item_code: str, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        values = dialog.values() if dialog is not None else None
        if result and values:
            self.override_requested.emit(item_code, *values)

    def _withdraw(self) -> None:
        current = self._current()
        if current and current[1]:
            self.override_withdrawn.emit(current[0])


class AnswersPanel(QGroupBox):
    """Required template fields still empty: a text box each, re-check, or export anyway."""

    recheck_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Required fields of the recipient's form"), parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.missing = named(QListWidget(), self.tr("Required fields still empty"))
        self.missing.setMaximumHeight(110)
        self.missing.setWordWrap(True)
        self.missing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_holder = QWidget()
        self.form = QFormLayout(self.form_holder)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.recheck_button = named(QPushButton(self.tr("Check again")),
                                    self.tr("Check the answers again"))
        self.recheck_button.clicked.connect(self.recheck_requested.emit)
        self.export_anyway = named(QCheckBox(self.tr(
            "Export anyway: the report will say \u201cnot provided\u201d")),
            self.tr("Export anyway: the report will say not provided"))
        self.export_anyway.toggled.connect(lambda _c: self.changed.emit())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.missing)
        layout.addWidget(self.export_anyway)  # in sight at once, not below every text box
        layout.addWidget(self.form_holder)
        layout.addLayout(row)

    def show_missing(self, missing: list[tuple[str, str]],
                     answered: list[tuple[str, str, str]] | None = None) -> None:
        """``missing``: (field id, label) of each required field without a value;
        ``answered``: (field id, label, text) of fields the user answered before, kept
        editable (also after a change of recipient body)."""
        self.missing.clear()
        for field_id, label, text in answered or []:
            self._row(field_id, label, text)
        for field_id, label in missing:
            self.missing.addItem(f"{label} ({field_id})")
            self._row(field_id, label)
        if missing:
            self.status.setText(self.tr(
                "%Ln required field(s) of this recipient's form have no value yet. Type "
                "answers below and press \u201cCheck again\u201d, or export anyway.", "",
                len(missing)))
        else:
            self.status.setText(self.tr("Every required field of the form has a value."))
        self.missing.setVisible(bool(missing))
        self.export_anyway.setVisible(bool(missing))
        self.recheck_button.setVisible(bool(self.edits))
        self.setVisible(bool(missing or self.edits))

    def _row(self, field_id: str, label: str, text: str = "") -> None:
        if field_id in self.edits:
            return
        edit = named(QPlainTextEdit(), self.tr("Answer: {label}").format(label=label))
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        edit.setPlaceholderText(self.tr("Your answer for the report"))
        edit.setPlainText(text)
        edit.textChanged.connect(self.changed.emit)
        self.edits[field_id] = edit
        label_widget = QLabel(field_label(label))
        label_widget.setWordWrap(True)
        label_widget.setBuddy(edit)
        self.form.addRow(label_widget, edit)

    def typed(self) -> dict[str, str]:
        """Every text box's current text, empty ones included (an answer can be deleted)."""
        return {field_id: edit.toPlainText().strip() for field_id, edit in self.edits.items()}

    def answers(self) -> dict[str, str]:
        return {field_id: text for field_id, text in self.typed().items() if text}

    def missing_count(self) -> int:
        return self.missing.count()

    def reset(self) -> None:
        """A new recipient body means another form: drop its text boxes (the page keeps
        the typed answers and offers those the new form uses again)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edits.clear()
        self.export_anyway.setChecked(False)


class ReportPanel(QWidget):
    """The report's pages, page count and sections, and "Save report as PDF…"."""

    save_requested = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .pdf_preview import PdfPreview

        self.info = QLabel(self.tr("The report is made once the plan is ready."))
        self.info.setWordWrap(True)
        self.sections = named(QListWidget(), self.tr("Report sections"))
        self.sections.setMaximumHeight(120)
        self.preview = PdfPreview(ctx)
        self.save_button = named(QPushButton(self.tr("Save report as PDF…")),
                                 self.tr("Save the report as a PDF file"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.save_button.setEnabled(False)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.sections)
        layout.addLayout(row)

    def show_outline(self, outline: dict[str, Any] | None) -> None:
        """``outline``: pages, size, sections and the PDF's bytes ("pdf", in memory)."""
        self.sections.clear()
        self.saved.clear()
        self.save_button.setEnabled(outline is not None)
        self.preview.set_pdf(outline.get("pdf") if outline is not None else None)
        if outline is None:
            self.info.setText(self.tr("Making the report…"))
            return
        pages = outline["pages"]
        self.info.setText(self.tr(
            "The report (data/report.pdf, {size}, {pages}) is signed into the dossier. "
            "Turn its pages below, or save it to read it in a PDF viewer.").format(
            size=human_size(outline["size"]),
            pages=self.tr("%Ln page(s)", "", pages) if pages else "?"))
        for depth, title in outline["sections"]:
            self.sections.addItem("    " * depth + title)
