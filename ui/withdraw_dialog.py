"""Withdraw consent…: the person who gave an account takes back consent to its use.

Runs ``evidence_kit.withdrawal.withdraw`` on a worker: future exports exclude the account at
once, and every body that already received it in a dossier gets a signed withdrawal notice,
saved in the folder chosen here (to be sent on). The dialog stays open on the result, so
the user sees where the notices went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs
from .context import AppContext
from .dialog_tasks import TaskDialogMixin
from .i18n import body_name
from .widgets import named, quiet_buttons
from .workers import TaskContext


class WithdrawConsentDialog(TaskDialogMixin, QDialog):
    _task_name = "withdraw-consent"
    withdrawn = Signal(object)  # evidence_kit.withdrawal.WithdrawalResult

    def __init__(self, ctx: AppContext, case: dict[str, Any], code: str, bodies: list[str],
                 parent: QWidget | None = None) -> None:
        """``bodies``: those the account's consent is active for."""
        super().__init__(parent)
        self._ctx, self._case, self.code = ctx, dict(case), code
        self.busy = False
        self.done_ = False
        self.setWindowTitle(self.tr("Withdraw consent for {code}").format(code=code))
        self.resize(620, 360)
        intro = QLabel(self.tr(
            "From now on, exports leave this account out for the bodies chosen below. Every "
            "body that already received it in a dossier gets a signed withdrawal notice, "
            "saved in the folder you choose, for you to send on."))
        intro.setWordWrap(True)
        self.body = named(QComboBox(), self.tr("Withdraw consent for which body"))
        self.body.addItem(self.tr("Every body (all consent)"), "")
        for body in bodies:
            self.body.addItem(self._name(body), body)
        self.date = named(QLineEdit(QDate.currentDate().toString("yyyy-MM-dd")),
                          self.tr("Date the person withdrew consent"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.how = named(QLineEdit(), self.tr("How the person withdrew consent"))
        self.how.setPlaceholderText(self.tr("e.g. by phone to the interviewer"))
        self.folder = named(QLineEdit(), self.tr("Folder for the signed notices"))
        self.folder.textChanged.connect(lambda _text: self._update())
        choose = named(QPushButton(self.tr("Choose…")), self.tr("Choose the notices folder"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Body:"), self.body)
        form.addRow(self.tr("Withdrawn on:"), self.date)
        form.addRow(self.tr("How:"), self.how)
        form.addRow(self.tr("Save notices in:"), row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.withdraw_button = named(self.buttons.addButton(
            self.tr("Withdraw consent"), QDialogButtonBox.ButtonRole.ActionRole),
            self.tr("Withdraw consent"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.buttons.rejected.connect(self.reject)
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.buttons)
        quiet_buttons(self, self.withdraw_button)
        self._update()

    def _name(self, body: str) -> str:
        return self.tr("the public") if body == "public" else body_name(body)

    def _choose(self) -> None:
        path = file_dialogs.folder(self, self.tr("Folder for the signed withdrawal notices"))
        if path:
            self.folder.setText(path)

    def _update(self) -> None:
        ready = not self.busy and not self.done_ and bool(self.folder.text().strip())
        self.withdraw_button.setEnabled(ready)
        for widget in (self.body, self.date, self.how, self.folder):
            widget.setEnabled(not self.busy and not self.done_)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setEnabled(not self.busy)
        close.setText(self.tr("Close") if self.done_ else self.tr("Cancel"))

    def withdraw(self) -> None:
        vault, case, ref = self._ctx.require_vault(), self._case, self.code
        body = self.body.currentData()
        bodies = [body] if body else None
        folder = Path(self.folder.text().strip())
        date, how = self.date.text().strip(), self.how.text().strip()
        if date and not QDate.fromString(date, "yyyy-MM-dd").isValid():
            self._say(self.tr("Write the date like 2026-11-25."), error=True)
            return
        note = "; ".join(x for x in (date, how) if x)

        def work(task: TaskContext) -> Any:
            from evidence_kit.errors import InvalidInput
            from evidence_kit.withdrawal import withdraw

            if not folder.is_dir():
                raise InvalidInput("The folder {folder} does not exist.", folder=str(folder))
            return withdraw(vault, case, ref, bodies, note, folder)

        self._run(work, self._withdrawn)

    def _withdrawn(self, result: Any) -> None:
        self.done_ = True
        bodies = ", ".join(self._name(b) for b in result.bodies)
        lines = [self.tr("Consent for {code} withdrawn for: {bodies}. Future exports leave it "
                         "out.").format(code=result.testimony_code, bodies=bodies)]
        if result.notices:
            lines.append(self.tr("Signed withdrawal notices (send each to its dossier's "
                                 "recipient):"))
            lines += [str(path) for path in result.notices]
        else:
            lines.append(self.tr("No dossier sent so far held this account for those bodies: "
                                 "no notice was needed."))
        self._say("\n".join(lines))
        self.withdrawn.emit(result)
