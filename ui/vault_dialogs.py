"""Vault ▸ Check vault integrity… and Vault ▸ Change passphrase…

The check (``evidence_kit.check``: every blob decrypts and matches its hash, every record
points at a blob, the custody chain holds, the database pages authenticate) can take
minutes on a large vault: it runs in a worker with progress and can be cancelled; the
findings are shown when it ends. Leftover encrypted files of interrupted imports can then
be removed, as ``evidence-kit check --repair`` does.

Changing the passphrase rewraps the master key only (about two seconds of key derivation);
it too runs in a worker. The strength meter is the unlock screen's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .dialog_tasks import TaskDialogMixin
from .i18n import number
from .unlock_view import MIN_PASSPHRASE_CHARS, passphrase_strength
from .widgets import named, quiet_buttons
from .workers import Task, TaskContext

ORPHAN_NOTE = "interrupted import"  # evidence_kit.check's note on leftover blob files


def run_check(vault: Any, task: TaskContext) -> Any:
    """``check_vault`` with progress, stopping when the user cancels (runs in a task)."""
    from evidence_kit.check import check_vault

    def progress(done: int, total: int) -> None:
        task.check()
        task.progress(done, total)

    return check_vault(vault, progress)


class CheckVaultDialog(QDialog):
    """Runs the full integrity check at once and shows what it found."""

    finished_check = Signal(object)  # the CheckReport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self.report: Any = None
        self.setWindowTitle(self.tr("Check vault integrity"))
        self.resize(640, 420)
        self.summary = QLabel(self.tr("Checking every encrypted file, record and custody "
                                      "event…"))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("CheckSummary")
        self.progress = named(QProgressBar(), self.tr("Check progress"))
        self.progress.setRange(0, 0)
        self.findings = named(QPlainTextEdit(), self.tr("Check findings"))
        self.findings.setReadOnly(True)
        self.findings.hide()
        self.repair_button = named(
            QPushButton(self.tr("Remove leftover files")),
            self.tr("Remove encrypted files left by interrupted imports"),
            self.tr("They have no record and no key: nobody can read them"))
        self.repair_button.clicked.connect(self.repair)
        self.repair_button.hide()
        self.close_button = named(QPushButton(self.tr("Cancel")), self.tr("Cancel the check"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.findings, 1)
        layout.addLayout(buttons)
        quiet_buttons(self, self.close_button)
        self.start()

    def start(self) -> None:
        vault = self._ctx.require_vault()
        self._task = self._ctx.run(lambda task: run_check(vault, task), name="check-vault",
                                   on_done=self._checked, on_error=self._failed,
                                   on_progress=self._progressed)

    @property
    def running(self) -> bool:
        return self._task is not None and not (self._task.finished_ok or self._task.error)

    def _progressed(self, done: Any, total: Any, _text: str) -> None:
        self.progress.setRange(0, max(int(total), 1))
        self.progress.setValue(int(done))
        self.summary.setText(self.tr("Decrypting encrypted file {done} of {total}…").format(
            done=number(int(done)), total=number(int(total))))

    def _checked(self, report: Any) -> None:
        self.report = report
        self.progress.hide()
        self.close_button.setText(self.tr("Close"))
        named(self.close_button, self.tr("Close"))
        verdict = self.tr("Vault intact.") if report.ok else self.tr("Problems found.")
        self.summary.setText(verdict + " " + self.tr(
            "{passed} of {checked} encrypted files decrypted and matched their SHA-256; "
            "{events} custody events verified.").format(
            passed=number(report.blobs_passed), checked=number(report.blobs_checked),
            events=number(report.events_checked)))
        self.summary.setStyleSheet("" if report.ok else "color: #b3261e;")
        lines = [self.tr("Problem: {text}").format(text=p) for p in report.problems]
        lines += [self.tr("Note: {text}").format(text=n) for n in report.notes]
        self.findings.setPlainText("\n".join(lines) if lines else
                                   self.tr("No problems and nothing to note."))
        self.findings.show()
        self.repair_button.setVisible(any(ORPHAN_NOTE in n for n in report.notes))
        self.finished_check.emit(report)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.setText(message)
        self.close_button.setText(self.tr("Close"))

    def repair(self) -> None:
        vault = self._ctx.require_vault()
        self.repair_button.setEnabled(False)

        def work(task: TaskContext) -> int:
            from evidence_kit.check import remove_orphans

            return remove_orphans(vault)

        def done(removed: int) -> None:
            self.repair_button.hide()
            self.findings.appendPlainText(self.tr("Removed {n} leftover encrypted files.")
                                          .format(n=number(removed)))

        self._ctx.run(work, name="repair-vault", on_done=done, on_error=self._failed)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # a running check stops at its next file
        super().reject()


def _strength_text(key: str) -> str:
    """The unlock screen's own words for the meter (translated once, in its context)."""
    return QCoreApplication.translate("UnlockView", key)


class ChangePassphraseDialog(TaskDialogMixin, QDialog):
    """Old passphrase, new one twice; rewraps the key in a worker."""

    _task_name = "change-passphrase"
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.busy = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.resize(520, 300)
        self.old_edit = named(QLineEdit(), self.tr("Current passphrase"))
        self.new_edit = named(QLineEdit(), self.tr("New passphrase"))
        self.repeat_edit = named(QLineEdit(), self.tr("Repeat the new passphrase"))
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(lambda _t: self._update())
        self.repeat_edit.returnPressed.connect(self.submit)
        self.meter = named(QProgressBar(), self.tr("Passphrase strength"))
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setMaximumHeight(18)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.old_edit)
        form.addRow(self.tr("New passphrase:"), self.new_edit)
        form.addRow(self.tr("Repeat:"), self.repeat_edit)
        form.addRow(self.tr("Strength:"), self.meter)
        hint = QLabel(self.tr("Only the key that unlocks the vault is re-encrypted: your "
                              "evidence is not rewritten. The old passphrase stops working."))
        hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.change_button = named(QPushButton(self.tr("Change passphrase")),
                                   self.tr("Change the passphrase"))
        self.change_button.clicked.connect(self.submit)
        cancel = named(QPushButton(self.tr("Cancel")), self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        quiet_buttons(self, self.change_button)
        self._update()

    def _update(self) -> None:
        text = self.new_edit.text()
        score = passphrase_strength(text)
        labels = [_strength_text("Too short (at least {n} characters)").format(
                      n=number(MIN_PASSPHRASE_CHARS)),
                  _strength_text("Weak"), _strength_text("Fair"), _strength_text("Good"),
                  _strength_text("Strong")]
        colours = ["#b3261e", "#b3261e", "#c77700", "#3c8d40", "#1e6b2a"]
        self.meter.setValue(score)
        self.meter.setFormat(labels[score] if text else _strength_text("Enter a passphrase"))
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[score]}; }}")
        self.meter.setAccessibleDescription(self.meter.format())
        ready = (bool(self.old_edit.text()) and len(text) >= MIN_PASSPHRASE_CHARS and
                 text == self.repeat_edit.text())
        self.change_button.setEnabled(ready and not self.busy)
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEnabled(not self.busy)

    def submit(self) -> None:
        old, new = self.old_edit.text(), self.new_edit.text()
        if new != self.repeat_edit.text():
            self._say(self.tr("The two new passphrases differ."), error=True)
            return
        if len(new) < MIN_PASSPHRASE_CHARS or not old:
            return
        vault = self._ctx.require_vault()
        self._say(self.tr("Changing the passphrase… (this takes a few seconds on purpose)"))

        def work(task: TaskContext) -> None:
            vault.change_passphrase(old, new)

        self._run(work, self._changed)

    def _changed(self, _result: object) -> None:
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.changed.emit()
        self._ctx.success(self.tr("Passphrase changed. The old passphrase no longer opens "
                                  "this vault."))
        self.accept()

    def _say(self, text: str, error: bool = False) -> None:
        super()._say(text, error)
        if error:
            self.old_edit.setFocus()
