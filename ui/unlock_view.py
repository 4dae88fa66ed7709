"""The first screen: unlock the vault, create one, or open the demo (issue 6, flow 1).

It is also what a locked window shows, so it holds nothing about any case. It imports no
part of the core that loads heavy libraries, and not even PySide6's large ``Qt`` namespace
(its enums are built on first use, ~17 ms): this screen has to appear at once.
"""

from __future__ import annotations

import math
import string
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_kit.locations import default_vault_dir

from .widgets import heading, named

HEADER_NAME = "vault.json"  # evidence_kit.header.HEADER_NAME (a test keeps them equal)
MIN_PASSPHRASE_CHARS = 8  # evidence_kit.vault.MIN_PASSPHRASE_CHARS (idem)


def default_vault_folder() -> Path:
    return default_vault_dir()


def passphrase_strength(text: str) -> int:
    """A rough 0-4 score for the meter: a hint to use several words, not a guarantee."""
    if len(text) < MIN_PASSPHRASE_CHARS:
        return 0
    words = [w for w in text.replace("-", " ").replace("_", " ").split() if len(w) >= 3]
    if len(words) >= 3:
        bits = 11.0 * len(words)  # a person's word choice: far below a random word list
    else:
        pools = (string.ascii_lowercase, string.ascii_uppercase, string.digits,
                 string.punctuation + " ")
        pool = sum(len(p) for p in pools if any(c in p for c in text))
        pool += 60 if any(ord(c) > 127 for c in text) else 0  # Cyrillic, Arabic, ...
        bits = 0.5 * len(set(text)) * math.log2(max(pool, 2))
    for score, limit in ((1, 28), (2, 40), (3, 52)):
        if bits < limit:
            return score
    return 4


class UnlockView(QWidget):
    """Emits what the user asked for; the main window does the slow work in a task."""

    unlock_requested = Signal(Path, str)
    create_requested = Signal(Path, str, str)
    demo_requested = Signal()
    open_dossier_requested = Signal()

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or default_vault_folder()
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame()
        card.setObjectName("UnlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setStyleSheet("#UnlockCard { background: palette(base); border: 1px solid "
                           "palette(mid); border-radius: 8px; }")
        card.setMaximumWidth(560)
        card.setMinimumWidth(460)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Evidence Kit"), 1.8))
        intro = QLabel(self.tr("Everything you gather stays encrypted on this computer. "
                               "Nothing is sent anywhere."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.choose_button = named(QPushButton(self.tr("Other folder…")),
                                   self.tr("Choose vault folder"),
                                   self.tr("Use a vault in another folder, or create one there"))
        self.choose_button.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        layout.addLayout(folder_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_unlock_page())
        self.pages.addWidget(self._build_create_page())
        layout.addWidget(self.pages)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("UnlockStatus")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

        others = QHBoxLayout()
        self.demo_button = named(QPushButton(self.tr("Open the demo case")),
                                 self.tr("Open the demo case"),
                                 self.tr("A fictional sample case in a throw-away vault"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.dossier_button = named(QPushButton(self.tr("Open a dossier…")),
                                    self.tr("Open a dossier without a vault"),
                                    self.tr("Verify and read a dossier you received"))
        self.dossier_button.clicked.connect(self.open_dossier_requested)
        others.addWidget(self.demo_button)
        others.addWidget(self.dossier_button)
        others.addStretch(1)
        layout.addLayout(others)
        self.set_folder(self.folder)

    # -- pages ---------------------------------------------------------------------------

    def _build_unlock_page(self) -> QWidget:
        page = QWidget()
        form = QVBoxLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(QLabel(self.tr("Enter your passphrase to unlock the vault.")))
        self.unlock_edit = named(QLineEdit(), self.tr("Vault passphrase"))
        self.unlock_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_edit.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_edit.returnPressed.connect(self._unlock)
        self.unlock_button = named(QPushButton(self.tr("Unlock")), self.tr("Unlock the vault"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        line = QHBoxLayout()
        line.addWidget(self.unlock_edit, 1)
        line.addWidget(self.unlock_button)
        form.addLayout(line)
        return page

    def _build_create_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("There is no vault here yet. Create one:")))
        form = QFormLayout()
        self.label_edit = named(QLineEdit(), self.tr("Your name or organisation"),
                                self.tr("Shown with your signature on the dossiers you export"))
        self.create_edit = named(QLineEdit(), self.tr("New passphrase"))
        self.repeat_edit = named(QLineEdit(), self.tr("Repeat the passphrase"))
        for edit in (self.create_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update_strength)
        self.repeat_edit.returnPressed.connect(self._create)
        self.meter = named(QProgressBar(), self.tr("Passphrase strength"))
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setMaximumHeight(18)
        form.addRow(self.tr("Name or organisation:"), self.label_edit)
        form.addRow(self.tr("Passphrase:"), self.create_edit)
        form.addRow(self.tr("Repeat:"), self.repeat_edit)
        form.addRow(self.tr("Strength:"), self.meter)
        layout.addLayout(form)
        warning = QLabel(self.tr(
            "<b>If you lose this passphrase, your evidence is lost.</b> Nobody can recover it: "
            "not your organisation, not the developers, not anyone. Use four or more unrelated "
            "words and write them down somewhere safe, away from this computer."))
        warning.setWordWrap(True)
        warning.setObjectName("LossWarning")
        warning.setStyleSheet("#LossWarning { background: #fff4e5; color: #6b3d00;"
                              " border: 1px solid #f0c47a; border-radius: 4px; padding: 8px; }")
        layout.addWidget(warning)
        self.understand_box = named(QCheckBox(self.tr(
            "I understand that a lost passphrase cannot be recovered")),
            self.tr("I understand that a lost passphrase cannot be recovered"))
        self.understand_box.toggled.connect(self._update_strength)
        layout.addWidget(self.understand_box)
        self.create_button = named(QPushButton(self.tr("Create vault")),
                                   self.tr("Create the vault"))
        self.create_button.clicked.connect(self._create)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.create_button)
        layout.addLayout(button_row)
        self._update_strength()
        return page

    # -- state ---------------------------------------------------------------------------

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        exists = (folder / HEADER_NAME).is_file()
        self.pages.setCurrentIndex(0 if exists else 1)
        where = self.tr("Vault: {folder}") if exists else self.tr("New vault in: {folder}")
        self.folder_label.setText(where.format(folder=folder))
        self.status.clear()

    @property
    def creating(self) -> bool:
        return self.pages.currentIndex() == 1

    def reset(self) -> None:
        """Forget anything typed (after unlocking, and whenever the window locks)."""
        for edit in (self.unlock_edit, self.create_edit, self.repeat_edit):
            edit.clear()
        self.understand_box.setChecked(False)
        self.set_busy("")
        self.set_folder(self.folder)

    def set_busy(self, text: str) -> None:
        busy = bool(text)
        self.busy.setVisible(busy)
        self.status.setStyleSheet("")
        self.status.setText(text)
        for widget in (self.unlock_button, self.create_button, self.demo_button,
                       self.choose_button, self.unlock_edit, self.create_edit,
                       self.repeat_edit):
            widget.setEnabled(not busy)
        if not busy:
            self._update_strength()

    def show_error(self, text: str) -> None:
        self.set_busy("")
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        (self.unlock_edit if not self.creating else self.create_edit).setFocus()
        if not self.creating:
            self.unlock_edit.selectAll()

    def take_input(self, other: UnlockView) -> None:
        """What was typed on ``other``, the screen this one replaces (language switch)."""
        for name in ("unlock_edit", "label_edit", "create_edit", "repeat_edit"):
            getattr(self, name).setText(getattr(other, name).text())
        self.understand_box.setChecked(other.understand_box.isChecked())

    def focus_first(self) -> None:
        (self.create_edit if self.creating else self.unlock_edit).setFocus()

    def _update_strength(self) -> None:
        text = self.create_edit.text()
        score = passphrase_strength(text)
        labels = [self.tr("Too short (at least %Ln characters)", "", MIN_PASSPHRASE_CHARS),
                  self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        colours = ["#b3261e", "#b3261e", "#c77700", "#3c8d40", "#1e6b2a"]
        self.meter.setValue(score)
        self.meter.setFormat(labels[score] if text else self.tr("Enter a passphrase"))
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[score]}; }}")
        self.meter.setAccessibleDescription(self.meter.format())
        same = text == self.repeat_edit.text()
        self.create_button.setEnabled(len(text) >= MIN_PASSPHRASE_CHARS and same and
                                      self.understand_box.isChecked())

    # -- actions -------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        from . import file_dialogs  # (not at import: the first frame does not need it)

        chosen = file_dialogs.folder(self, self.tr("Choose the vault folder"),
                                                  str(self.folder.parent))
        if chosen:
            self.set_folder(Path(chosen))

    def _unlock(self) -> None:
        if not self.unlock_edit.text():
            self.show_error(self.tr("Enter your passphrase."))
            return
        self.unlock_requested.emit(self.folder, self.unlock_edit.text())

    def _create(self) -> None:
        text = self.create_edit.text()
        if text != self.repeat_edit.text():
            self.show_error(self.tr("The two passphrases differ."))
            return
        if len(text) < MIN_PASSPHRASE_CHARS:
            self.show_error(self.tr("Use at least %Ln characters.", "", MIN_PASSPHRASE_CHARS))
            return
        if not self.understand_box.isChecked():
            self.show_error(self.tr("Please confirm that you understand the warning."))
            return
        self.create_requested.emit(self.folder, text, self.label_edit.text().strip())
