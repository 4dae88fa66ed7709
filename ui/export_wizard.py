"""The export wizard (issue 6, flow 4): recipient → items → review → protection → export →
done.

The pages before the export only decide (recipient body, disclosure level, items, consent
overrides, template answers, password or age recipients); the export page writes, in a
task with progress and Cancel. The last page shows the dossier's SHA-256 and the signer's
fingerprint, which the recipient compares when verifying, and for an age dossier names who
can open it (no password is needed).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from . import file_dialogs
from .context import AppContext
from .export_pages import ItemsPage, RecipientPage
from .export_protection import ProtectionPage
from .export_review import ReviewPage
from .widgets import grouped, human_size, machine_text, named, quiet_buttons
from .workers import Task, TaskContext


class ExportPage(QWizardPage):
    """Choose the file; Next starts the export, which moves on by itself when done."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.result: Any = None
        self.recipient_labels: list[str] = []
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

    def _age(self) -> bool:
        return self.wizard().password_page.mode() == "recipients"  # type: ignore[attr-defined]

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        """Suggest ``ID.zip`` for a password dossier, ``ID.dossier.age`` for recipients;
        a suggestion of the other kind (the user went back and switched) is replaced."""
        plan = self.wizard().review_page.plan  # type: ignore[attr-defined]
        text = self.path.text().strip()
        suffix = ".dossier.age" if self._age() else ".zip"
        if plan is not None and (not text or text.endswith((".zip", ".age"))
                                 and not text.endswith(suffix)):
            folder = Path(text).parent if text else Path.home()
            self.path.setText(str(folder / f"{plan.dossier_id}{suffix}"))
        self.status.clear()

    def _browse(self) -> None:
        kind = (self.tr("age dossier (*.age)") if self._age() else self.tr("Dossier (*.zip)"))
        path = file_dialogs.save_file(self, self.tr("Save the dossier as"), self.path.text(),
                                      kind)
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
        protection = wizard.password_page
        plan, age = wizard.review_page.plan, protection.mode() == "recipients"
        password = None if age else protection.password()
        recipients = [key for _label, key in protection.recipients()] if age else None
        out, vault = Path(self.path.text().strip()).expanduser(), self._ctx.require_vault()
        if age and not out.name.endswith(".age"):
            self._failed(self.tr("An age dossier's file name must end with .age "
                                 "(e.g. {name}.dossier.age).").format(name=plan.dossier_id))
            return
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Encrypting and signing…"))

        def work(task: TaskContext) -> Any:
            from evidence_kit.export import export_dossier

            return export_dossier(vault, plan, out, password, recipients=recipients,
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
        if wizard.password_page.mode() == "recipients":
            self.recipient_labels = [label for label, _key in wizard.password_page.recipients()]
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
            machine_text(edit)
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
        wizard: Any = self.wizard()
        result = wizard.export_page.result
        self.sha.setText(result.sha256)
        self.fingerprint.setText(grouped(result.signer_fingerprint))
        text = self.tr("<b>{id}</b> — {items}, {size}<br>{path}").format(
            id=html.escape(result.dossier_id),
            items=self.tr("%Ln item(s)", "", len(result.items)),
            size=human_size(result.size), path=html.escape(str(result.path)))
        labels = wizard.export_page.recipient_labels
        if labels:
            text += "<br><br>" + self.tr(
                "<b>No password is needed.</b> Only these recipients can open it with their "
                "age key: {names} (and this vault). Send the signature file {sig} with it: "
                "it shows who sent the dossier before anything is decrypted.").format(
                names=html.escape(", ".join(labels)),
                sig=html.escape(result.path.name + ".minisig"))
        self.info.setText(text)


class ExportWizard(QWizard):
    exported = Signal(object)  # ExportResult
    copies_made = Signal(list)  # new redacted copies (exhibit codes): the case changed

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
        self.password_page = ProtectionPage(ctx)  # password or age recipients
        self.review_page.copies_made.connect(self.copies_made.emit)
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
