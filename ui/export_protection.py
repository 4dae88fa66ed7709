"""The export wizard's protection page: a password, or recipients' age keys (issue 10).

A password has to travel by another channel and can be guessed, phished or coerced; a
legal team that publishes an age public key needs none. So the page offers both:

- Password: generated (shown once, with a copy button and the warning to send it by
  another channel) or typed (checked by the core's ``check_typed_password``). It lives only
  in this page's memory and is cleared once the export has run.
- Recipients (age keys): a checkable list of the vault's recipients, by label and a short
  form of the key. The vault's own key is always added by the core, so the field team can
  reopen what it sent. Recipients are managed in "Recipients…" (also reachable from here).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from .context import AppContext
from .error_text import error_text
from .widgets import machine_text, mono_font, named
from .workers import TaskContext

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2


class ProtectionPage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setTitle(self.tr("How the dossier is protected"))
        self.password_mode = named(QRadioButton(self.tr("Password")),
                                   self.tr("Protect with a password"))
        self.recipients_mode = named(QRadioButton(self.tr("Recipients (age keys)")),
                                     self.tr("Encrypt to recipients' age keys"))
        modes = QButtonGroup(self)
        for button in (self.password_mode, self.recipients_mode):
            modes.addButton(button)
        self.password_mode.setChecked(True)
        self.password_box = self._password_box()
        self.recipients_box = self._recipients_box()
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.password_mode)
        mode_row.addWidget(self.recipients_mode)
        mode_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(mode_row)
        layout.addWidget(self.password_box)
        layout.addWidget(self.recipients_box)
        layout.addStretch(1)
        self.password_mode.toggled.connect(lambda _c: self._mode_changed())
        self.generate_radio.toggled.connect(lambda _c: self._mode_changed())
        self._loaded = False
        self._mode_changed()

    # -- building ------------------------------------------------------------------------

    def _password_box(self) -> QWidget:
        box = QWidget()
        self.generate_radio = named(QRadioButton(self.tr("Generate a strong password "
                                                         "(recommended)")),
                                    self.tr("Generate a password"))
        self.type_radio = named(QRadioButton(self.tr("Type my own password")),
                                self.tr("Type my own password"))
        kinds = QButtonGroup(box)
        kinds.addButton(self.generate_radio)
        kinds.addButton(self.type_radio)
        self.generate_radio.setChecked(True)
        self.generated = named(QLineEdit(), self.tr("Generated password"))
        self.generated.setReadOnly(True)
        font = mono_font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        machine_text(self.generated, font)
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
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.generate_radio)
        layout.addLayout(gen_row)
        layout.addWidget(self.noted)
        layout.addWidget(self.type_radio)
        layout.addWidget(self.typed_form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        return box

    def _recipients_box(self) -> QWidget:
        box = QWidget()
        self.recipient_list = named(QListWidget(), self.tr("Recipients to encrypt to"))
        self.recipient_list.itemChanged.connect(lambda _i: self.completeChanged.emit())
        self.recipients_status = QLabel()
        self.recipients_status.setWordWrap(True)
        self.manage_button = named(QPushButton(self.tr("Manage recipients…")),
                                   self.tr("Add or remove recipients"))
        self.manage_button.clicked.connect(self.manage_recipients)
        note = QLabel(self.tr(
            "Only the ticked recipients can open the dossier, with their age secret key (the "
            "standard 'age' tool or Evidence Kit); no password travels. This vault's own key "
            "is always added so your team can reopen it. A signature of the encrypted file "
            "(.minisig) is saved beside it: send both."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.recipients_status, 1)
        row.addWidget(self.manage_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recipient_list, 1)
        layout.addLayout(row)
        layout.addWidget(note)
        return box

    # -- state ---------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if not self.generated.text():
            self._generate()
        if not self._loaded:
            self.load_recipients()

    def load_recipients(self) -> None:
        vault = self._ctx.require_vault()
        ticked = {label for label, _key in self.recipients()}
        self.recipients_status.setText(self.tr("Loading recipients…"))

        def work(task: TaskContext) -> list[Any]:
            from evidence_kit.recipients import list_recipients

            return list_recipients(vault)

        self._ctx.run(work, name="recipients", on_done=lambda rows: self._fill(rows, ticked),
                      on_error=self.recipients_status.setText)

    def _fill(self, rows: list[Any], ticked: set[str]) -> None:
        self.recipient_list.blockSignals(True)
        self.recipient_list.clear()
        for recipient in rows:
            item = QListWidgetItem(f"{recipient.label}  —  {recipient.short}")
            item.setToolTip(recipient.recipient)
            item.setData(KEY_ROLE, recipient.recipient)
            item.setData(LABEL_ROLE, recipient.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if recipient.label in ticked
                               else Qt.CheckState.Unchecked)
            self.recipient_list.addItem(item)
        self.recipient_list.blockSignals(False)
        self._loaded = True
        self.recipients_status.setText(
            self.tr("%Ln recipient(s) known to this vault.", "", len(rows)) if rows else
            self.tr("No recipients yet: add the legal team's age public key (age1…) with "
                    "“Manage recipients…”."))
        self.completeChanged.emit()

    def manage_recipients(self) -> Any:
        from .recipients_dialog import RecipientsDialog

        dialog = RecipientsDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.load_recipients)
        dialog.open()
        return dialog

    def _generate(self) -> None:
        from evidence_kit.passwords import generate_passphrase

        self.generated.setText(generate_passphrase())
        self.noted.setChecked(False)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.generated.text())
        self.noted.setChecked(True)

    def _mode_changed(self) -> None:
        by_password = self.password_mode.isChecked()
        self.password_box.setVisible(by_password)
        self.recipients_box.setVisible(not by_password)
        self.setSubTitle(
            self.tr("The dossier is encrypted with this password. The recipient needs it to "
                    "open the dossier.") if by_password else
            self.tr("The dossier is encrypted to the recipients' public keys; only they (and "
                    "this vault) can open it."))
        generating = self.generate_radio.isChecked()
        for widget in (self.generated, self.copy_button, self.new_button, self.noted):
            widget.setEnabled(generating)
        self.typed_form.setEnabled(not generating)
        self.error.clear()
        self.completeChanged.emit()

    def mode(self) -> str:
        """"password" or "recipients"."""
        return "password" if self.password_mode.isChecked() else "recipients"

    def password(self) -> str:
        return self.generated.text() if self.generate_radio.isChecked() else self.typed.text()

    def recipients(self) -> list[tuple[str, str]]:
        """(label, age1… key) of every ticked recipient."""
        out = []
        for i in range(self.recipient_list.count()):
            item = self.recipient_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append((item.data(LABEL_ROLE), item.data(KEY_ROLE)))
        return out

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        if self.mode() == "recipients":
            return bool(self.recipients())
        if self.generate_radio.isChecked():
            return bool(self.generated.text()) and self.noted.isChecked()
        return bool(self.typed.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self.mode() == "recipients" or self.generate_radio.isChecked():
            return True
        from evidence_kit.errors import InvalidInput
        from evidence_kit.passwords import check_typed_password

        if self.typed.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        try:
            check_typed_password(self.typed.text())
        except InvalidInput as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        return True

    def forget(self) -> None:
        for edit in (self.generated, self.typed, self.repeat):
            edit.clear()
