"""The export wizard (issue 6, flow 4): recipient → items → review → password → export → done.

The password is generated (shown once, with a copy button and the warning to send it by
another channel) or typed (checked by the core's ``check_typed_password``). It lives only
in this wizard's memory and is cleared once the export has run. The export runs in a task
with progress and Cancel; the last page shows the dossier's SHA-256 and the signer's
fingerprint, which the recipient compares when verifying.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from . import file_dialogs
from .context import AppContext
from .export_pages import ItemsPage, RecipientPage, ReviewPage
from .widgets import grouped, human_size, mono_font, named, quiet_buttons
from .workers import Task, TaskContext


class PasswordPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dossier password"))
        self.setSubTitle(self.tr("The dossier is encrypted with this password. The recipient "
                                 "needs it to open the dossier."))
        self.generate_radio = named(QRadioButton(self.tr("Generate a strong password "
                                                         "(recommended)")),
                                    self.tr("Generate a password"))
        self.type_radio = named(QRadioButton(self.tr("Type my own password")),
                                self.tr("Type my own password"))
        self.generate_radio.setChecked(True)
        self.generated = named(QLineEdit(), self.tr("Generated password"))
        self.generated.setReadOnly(True)
        font = mono_font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.generated.setFont(font)
        self.copy_button = named(QPushButton(self.tr("Copy")), self.tr("Copy the password"))
        self.copy_button.clicked.connect(self._copy)
        self.new_button = named(QPushButton(self.tr("New one")),
                                self.tr("Generate another password"))
        self.new_button.clicked.connect(self._generate)
        warning = QLabel(self.tr(
            "<b>Send this password by another channel</b> than the dossier: a phone call, "
            "Signal, or in person — never in the same e-mail or upload. It is shown only now "
            "and is not stored anywhere."))
        warning.setWordWrap(True)
        warning.setObjectName("PasswordWarning")
        warning.setStyleSheet("#PasswordWarning { background: #fff4e5; color: #6b3d00; "
                              "border: 1px solid #f0c47a; border-radius: 4px; padding: 8px; }")
        self.noted = named(QCheckBox(self.tr("I have copied or written down the password")),
                           self.tr("I have copied or written down the password"))
        self.noted.toggled.connect(lambda _c: self.completeChanged.emit())
        self.typed = named(QLineEdit(), self.tr("Dossier password"))
        self.repeat = named(QLineEdit(), self.tr("Repeat the dossier password"))
        for edit in (self.typed, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")

        gen_row = QHBoxLayout()
        gen_row.addWidget(self.generated, 1)
        gen_row.addWidget(self.copy_button)
        gen_row.addWidget(self.new_button)
        self.typed_form = QWidget()
        typed_layout = QFormLayout(self.typed_form)
        typed_layout.addRow(self.tr("Password:"), self.typed)
        typed_layout.addRow(self.tr("Repeat:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.generate_radio)
        layout.addLayout(gen_row)
        layout.addWidget(self.noted)
        layout.addWidget(self.type_radio)
        layout.addWidget(self.typed_form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.generate_radio.toggled.connect(self._mode_changed)
        self._mode_changed()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if not self.generated.text():
            self._generate()

    def _generate(self) -> None:
        from evidence_kit.passwords import generate_passphrase

        self.generated.setText(generate_passphrase())
        self.noted.setChecked(False)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.generated.text())
        self.noted.setChecked(True)

    def _mode_changed(self) -> None:
        generating = self.generate_radio.isChecked()
        for widget in (self.generated, self.copy_button, self.new_button, self.noted):
            widget.setEnabled(generating)
        self.typed_form.setEnabled(not generating)
        self.error.clear()
        self.completeChanged.emit()

    def password(self) -> str:
        return self.generated.text() if self.generate_radio.isChecked() else self.typed.text()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        if self.generate_radio.isChecked():
            return bool(self.generated.text()) and self.noted.isChecked()
        return bool(self.typed.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.generate_radio.isChecked():
            return True
        from evidence_kit.errors import InvalidInput
        from evidence_kit.passwords import check_typed_password

        if self.typed.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        try:
            check_typed_password(self.typed.text())
        except InvalidInput as exc:
            self.error.setText(exc.message)
            return False
        self.error.clear()
        return True

    def forget(self) -> None:
        for edit in (self.generated, self.typed, self.repeat):
            edit.clear()


class ExportPage(QWizardPage):
    """Choose the file; Next starts the export, which moves on by itself when done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.result: Any = None
        self.setTitle(self.tr("Save the dossier"))
        self.setSubTitle(self.tr("Choose where to save it, then press Export."))
        self.path = named(QLineEdit(), self.tr("Dossier file"))
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = named(QPushButton(self.tr("Choose…")), self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.bar = named(QProgressBar(), self.tr("Export progress"))
        self.bar.setRange(0, 1000)
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = named(QPushButton(self.tr("Cancel export")),
                                   self.tr("Cancel export"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Export"))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        plan = self.wizard().review_page.plan  # type: ignore[attr-defined]
        if not self.path.text() and plan is not None:
            self.path.setText(str(Path.home() / f"{plan.dossier_id}.zip"))

    def _browse(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save the dossier as"), self.path.text(),
                                      self.tr("Dossier (*.zip)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path.text().strip()) and self.task is None

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.result is not None:
            return True
        if self.task is None:
            self.start()
        return False

    def start(self) -> None:
        wizard: Any = self.wizard()
        plan, password = wizard.review_page.plan, wizard.password_page.password()
        out, vault = Path(self.path.text().strip()).expanduser(), self._ctx.require_vault()
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Encrypting and signing…"))

        def work(task: TaskContext) -> Any:
            from evidence_kit.export import export_dossier

            return export_dossier(vault, plan, out, password,
                                  progress=lambda d, t: task.progress(d, t),
                                  cancel=task.cancelled)

        self.task = self._ctx.run(work, name="export", on_done=self._done,
                                  on_error=self._failed, on_progress=self._progress)
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.bar.setValue(int(1000 * done / max(1, total)))
        self.status.setText(self.tr("Encrypting and signing… {done} of {total}").format(
            done=human_size(done), total=human_size(total)))

    def _done(self, result: Any) -> None:
        self.task, self.result = None, result
        self.cancel_button.hide()
        wizard: Any = self.wizard()
        wizard.password_page.forget()
        wizard.exported.emit(result)
        wizard.next()

    def _failed(self, message: str) -> None:
        self.task = None
        self.bar.hide()
        self.cancel_button.hide()
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)
        self.completeChanged.emit()


class FinishPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dossier exported"))
        self.setSubTitle(self.tr("Give the recipient these two values by another channel; they "
                                 "check them when they verify the dossier."))
        self.sha = named(QLineEdit(), self.tr("Dossier SHA-256"))
        self.fingerprint = named(QLineEdit(), self.tr("Signer fingerprint"))
        for edit in (self.sha, self.fingerprint):
            edit.setReadOnly(True)
            edit.setFont(mono_font())
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = named(QPushButton(self.tr("Copy SHA-256")), self.tr("Copy the SHA-256"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.sha.text()))
        sha_row = QHBoxLayout()
        sha_row.addWidget(self.sha, 1)
        sha_row.addWidget(copy)
        form = QFormLayout(self)
        form.addRow(self.info)
        form.addRow(self.tr("SHA-256:"), sha_row)
        form.addRow(self.tr("Signed by key:"), self.fingerprint)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        result = self.wizard().export_page.result  # type: ignore[attr-defined]
        self.sha.setText(result.sha256)
        self.fingerprint.setText(grouped(result.signer_fingerprint))
        self.info.setText(self.tr("<b>{id}</b> — {n} item(s), {size}<br>{path}").format(
            id=html.escape(result.dossier_id), n=len(result.items),
            size=human_size(result.size), path=html.escape(str(result.path))))


class ExportWizard(QWizard):
    exported = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, case: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Export a dossier"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(760, 560)
        self.recipient_page = RecipientPage(case)
        self.items_page = ItemsPage(ctx, case)
        self.review_page = ReviewPage(ctx, case)
        self.password_page = PasswordPage()
        self.export_page = ExportPage(ctx)
        self.finish_page = FinishPage()
        for page in (self.recipient_page, self.items_page, self.review_page,
                     self.password_page, self.export_page, self.finish_page):
            self.addPage(page)
        for button, name in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                             (QWizard.WizardButton.BackButton, self.tr("Back")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                             (QWizard.WizardButton.CommitButton, self.tr("Export"))):
            self.button(button).setAccessibleName(name)
        self.finished.connect(self._closed)
        for page in self.pageIds():
            quiet_buttons(self.page(page))  # the wizard's own Next/Export/Finish answer Enter

    def _closed(self, _result: int) -> None:
        self.export_page.cancel()
        self.password_page.forget()
