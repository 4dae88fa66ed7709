"""Case ▸ Edit case… (also on the case list's context menu): title, summary, country,
target body and status (open, submitted, closed, archived). The change is saved by
``evidence_kit.cases.update_case`` in a worker, which logs which fields changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .i18n import body_name, case_status
from .widgets import named, quiet_buttons


class EditCaseDialog(QDialog):
    def __init__(self, case: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_kit.cases import STATUSES
        from evidence_kit.records import BODIES

        self.case = case
        self.setWindowTitle(self.tr("Edit case"))
        self.resize(520, 340)
        self.title_edit = named(QLineEdit(case.get("title") or ""), self.tr("Case title"))
        self.summary_edit = named(QPlainTextEdit(case.get("summary") or ""),
                                  self.tr("Case summary"))
        self.summary_edit.setTabChangesFocus(True)
        self.country_edit = named(QLineEdit(case.get("country") or ""), self.tr("Country"))
        self.body = named(QComboBox(), self.tr("Body the case is prepared for"))
        for key in BODIES:
            self.body.addItem(body_name(key), key)
        self.body.setCurrentIndex(max(0, self.body.findData(case.get("target_body") or "other")))
        self.status = named(QComboBox(), self.tr("Case status"))
        for key in STATUSES:
            self.status.addItem(case_status(key), key)
        self.status.setCurrentIndex(max(0, self.status.findData(case.get("status") or "open")))
        form = QFormLayout()
        form.addRow(self.tr("Title *:"), self.title_edit)
        form.addRow(self.tr("Summary:"), self.summary_edit)
        form.addRow(self.tr("Country:"), self.country_edit)
        form.addRow(self.tr("Prepared for:"), self.body)
        form.addRow(self.tr("Status:"), self.status)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = named(buttons.button(QDialogButtonBox.StandardButton.Save),
                               self.tr("Save the case"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        quiet_buttons(self, self.ok_button)

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("A case needs a title."))
            return
        super().accept()

    def changes(self) -> dict[str, str]:
        """Only the fields that differ from the case as it was shown."""
        values = {"title": self.title_edit.text().strip(),
                  "summary": self.summary_edit.toPlainText().strip(),
                  "country": self.country_edit.text().strip(),
                  "target_body": self.body.currentData(), "status": self.status.currentData()}
        return {key: value for key, value in values.items()
                if value != (self.case.get(key) or "")}
