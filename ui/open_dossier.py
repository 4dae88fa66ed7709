"""Open a dossier (issue 6, flow 5): verify, then browse, extract or import.

For legal teams: works with or without an unlocked vault. With a vault, its own key and the
keys it trusts name the signer; without one, a signer key file can be given. The verdict is
green only when every check holds and the signer is trusted; amber when intact but signed by
an unknown key; red otherwise. Every check is listed, as the CLI prints them. Tabs list
the dossier's exhibits, testimonies and sources, and show its report's pages (read in the
same pass as the verification, kept in memory, shown only for an intact dossier).

An age dossier (``NAME.dossier.age``, issue 10) needs no password: it opens with the age
identity of the vault it was sent to, so it needs that vault unlocked. The signature of
the encrypted file (``.minisig`` beside it) is then one more line in the checks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs, i18n
from .context import AppContext
from .dossier_reading import identities_for as _identities
from .dossier_reading import resolver_for as _resolver
from .dossier_reading import summarise
from .widgets import grouped, machine_text, named, quiet_buttons
from .workers import Task, TaskContext

VERDICT_STYLE = {
    "verified": ("#e6f4ea", "#14532d", "#8cc9a0"),
    "unknown": ("#fff4e5", "#6b3d00", "#f0c47a"),
    "failed": ("#fdecea", "#7f1d1d", "#ef9a9a"),
}


class OpenDossierDialog(QDialog):
    verified = Signal(object)   # the summary dict
    imported = Signal(object)   # the case id the dossier went into

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.summary: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Open a dossier"))
        self.resize(820, 680)
        self.path = named(QLineEdit(), self.tr("Dossier file"))
        self.path.textChanged.connect(lambda _t: self._path_changed())
        self.age = False
        choose = named(QPushButton(self.tr("Choose…")), self.tr("Choose the dossier file"))
        choose.clicked.connect(self._choose)
        self.password = named(QLineEdit(), self.tr("Dossier password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_file = named(QLineEdit(), self.tr("Signer's public key file (optional)"))
        self.key_file.setPlaceholderText(self.tr("Only if the signer is not trusted in your "
                                                 "vault"))
        key_choose = named(QPushButton(self.tr("Choose…")), self.tr("Choose a signer key file"))
        key_choose.clicked.connect(self._choose_key)
        self.verify_button = named(QPushButton(self.tr("Verify")), self.tr("Verify the dossier"))
        self.verify_button.clicked.connect(self.verify)
        form = QFormLayout()
        form.addRow(self.tr("Dossier:"), self._row(self.path, choose))
        form.addRow(self.tr("Password:"), self._row(self.password, self.verify_button))
        form.addRow(self.tr("Signer key:"), self._row(self.key_file, key_choose))

        self.age_note = QLabel()
        self.age_note.setWordWrap(True)
        self.age_note.hide()
        form.addRow("", self.age_note)

        self.progress = named(QProgressBar(), self.tr("Verification progress"))
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.verdict = QLabel()
        self.verdict.setObjectName("Verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = named(QLineEdit(), self.tr("Signer fingerprint"))
        self.fingerprint.setReadOnly(True)
        machine_text(self.fingerprint)
        self.sha = named(QLineEdit(), self.tr("Dossier file SHA-256"))
        self.sha.setReadOnly(True)
        machine_text(self.sha)
        self.checks = named(QListWidget(), self.tr("Verification checks"))
        self.checks.setIconSize(QSize(16, 16))
        self.exhibits = self._table(self.tr("Exhibits in the dossier"), [
            self.tr("Code"), self.tr("Kind"), self.tr("Description"), self.tr("SHA-256")])
        self.exhibits.setColumnWidth(2, 360)
        self.testimonies = self._table(self.tr("Testimonies in the dossier"), [
            self.tr("Code"), self.tr("Pseudonym"), self.tr("Role"), self.tr("Interviewed"),
            self.tr("Place"), self.tr("Language")])
        self.sources = self._table(self.tr("Sources in the dossier"), [
            self.tr("Code"), self.tr("Title"), self.tr("Publisher"), self.tr("Published"),
            self.tr("URL")])
        from .pdf_preview import PdfPreview

        self.report = PdfPreview(ctx)
        self.tabs = named(QTabWidget(), self.tr("What the dossier holds"))
        self.tabs.addTab(self.checks, self.tr("Checks"))
        for table, part in ((self.exhibits, "exhibits"), (self.testimonies, "testimonies"),
                            (self.sources, "sources")):
            self.tabs.addTab(table, self._tab_name(part))
        self.tabs.addTab(self.report, self.tr("Report"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.extract_button = named(QPushButton(self.tr("Extract to folder…")),
                                    self.tr("Extract the dossier to a folder"))
        self.import_button = named(QPushButton(self.tr("Import into vault")),
                                   self.tr("Import the dossier into the vault"))
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        self.extract_button.clicked.connect(self.extract)
        self.import_button.clicked.connect(self.import_into_vault)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.extract_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.signer)
        facts = QFormLayout()
        facts.addRow(self.tr("Signer fingerprint:"), self.fingerprint)
        facts.addRow(self.tr("Dossier SHA-256:"), self.sha)
        layout.addLayout(facts)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.finished.connect(self._closed)
        quiet_buttons(self, self.verify_button)
        self.state = ""
        self._show_summary(None)

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = named(QTableWidget(0, len(headers)), name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[dict[str, Any]], keys: tuple[str, ...]) -> None:
        table.setRowCount(0)
        dates = {"interview_date", "published_date"}
        for item in rows:
            row = table.rowCount()
            table.insertRow(row)
            for column, key in enumerate(keys):
                value = str(item.get(key) or "")
                text = i18n.calendar_date(value) if key in dates else \
                    i18n.vocabulary(value) if key == "role" else value
                table.setItem(row, column, QTableWidgetItem(i18n.isolate(text)))

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 1 if i == 0 else 0)
        return holder

    def _choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open a dossier"), "",
                                      self.tr("Dossiers (*.zip *.age);;All files (*)"))
        if path:
            self.path.setText(path)

    def _choose_key(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Signer's public key"), "",
                                      self.tr("Public keys (*.pub);;All files (*)"))
        if path:
            self.key_file.setText(path)

    def _path_changed(self) -> None:
        """An age dossier needs no password (a 22-byte read of the chosen file)."""
        from evidence_kit.age_envelope import is_age_file

        text = self.path.text().strip()
        self.age = bool(text) and Path(text).is_file() and is_age_file(Path(text))
        self.password.setEnabled(not self.age)
        self.password.setPlaceholderText(self.tr("Not needed for an age dossier")
                                         if self.age else "")
        self.age_note.setVisible(self.age)
        self.age_note.setText(self.tr(
            "This dossier is encrypted to age keys: no password is needed. It opens with "
            "this vault's key if it was sent to this vault.") if self._ctx.vault is not None
            else self._no_vault_text())

    def _no_vault_text(self) -> str:
        return self.tr("This dossier is encrypted to age keys, not with a password: it opens "
                       "only with the vault it was sent to. Unlock that vault first, then "
                       "open the dossier.")

    def _ready(self) -> bool:
        """Whether what is needed to read the dossier is there; says what is missing."""
        self._path_changed()
        if not self.path.text().strip():
            self.status.setText(self.tr("Choose the dossier file."))
            return False
        if self.age and self._ctx.vault is None:
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(self._no_vault_text())
            return False
        if not self.age and not self.password.text():
            self.status.setText(self.tr("Choose the dossier file and enter its password."))
            return False
        return True

    # -- verification --------------------------------------------------------------------

    def _run(self, fn: Any, busy: str, on_done: Any) -> None:
        if self.task is not None:
            return
        self.progress.setValue(0)
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(busy)
        for button in (self.verify_button, self.extract_button, self.import_button):
            button.setEnabled(False)

        def done(result: Any) -> None:
            self.task = None
            self.progress.hide()
            on_done(result)

        def failed(message: str) -> None:
            self.task = None
            self.progress.hide()
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(message)
            self._enable()

        self.task = self._ctx.run(fn, name="dossier", on_done=done, on_error=failed,
                                  on_progress=lambda d, t, _x: self.progress.setValue(
                                      int(1000 * d / max(1, t))))

    def verify(self) -> None:
        if not self._ready():
            return
        path, password, age = Path(self.path.text().strip()), self.password.text(), self.age
        vault, key_file = self._ctx.vault, self.key_file.text().strip()
        self._show_summary(None)

        def work(task: TaskContext) -> dict[str, Any]:
            from evidence_kit.dossier_report import verify_with_report

            report, pdf = verify_with_report(path, "" if age else password,
                                             _resolver(vault, key_file),
                                             progress=lambda d, t: task.progress(d, t),
                                             cancel=task.cancelled,
                                             identities=_identities(vault, age))
            return summarise(report, pdf)

        self._run(work, self.tr("Verifying every file…"), self._verified)

    def _verified(self, summary: dict[str, Any]) -> None:
        self.status.clear()
        self._show_summary(summary)
        self.verified.emit(summary)

    def _show_summary(self, summary: dict[str, Any] | None) -> None:
        self.summary = summary
        self.checks.clear()
        self.exhibits.setRowCount(0)
        self.testimonies.setRowCount(0)
        self.sources.setRowCount(0)
        self.report.set_pdf(None)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.report), False)
        for table, part in ((self.exhibits, "exhibits"), (self.testimonies, "testimonies"),
                            (self.sources, "sources")):
            self.tabs.setTabText(self.tabs.indexOf(table), self._tab_name(part))
        self.verdict.setVisible(summary is not None)
        self.signer.clear()
        self.fingerprint.clear()
        self.sha.clear()
        self._enable()
        if summary is None:
            return
        state = "verified" if summary["ok"] else "unknown" if summary["intact"] else "failed"
        title = {"verified": self.tr("✔ Verified"),
                 "unknown": self.tr("⚠ Intact, but signed by a key you have not trusted"),
                 "failed": self.tr("✘ Verification failed")}[state]
        background, foreground, border = VERDICT_STYLE[state]
        self.verdict.setStyleSheet(
            f"#Verdict {{ background: {background}; color: {foreground}; border: 1px solid "
            f"{border}; border-radius: 4px; padding: 10px; font-size: 15px; font-weight: bold; }}")
        self.verdict.setText(title + (f"  —  {summary['dossier_id']}"
                                      if summary["dossier_id"] else ""))
        self.verdict.setAccessibleName(title)
        self.verdict.setToolTip(summary["verdict"])
        self.state = state
        if summary["fingerprint"]:
            who = summary["signer_label"] or self.tr("an unknown signer")
            self.signer.setText(self.tr("Signed by: {who}").format(who=who) + (
                "" if summary["trusted"] else "  " + self.tr(
                    "(confirm this fingerprint with the sender by another channel)")))
            self.fingerprint.setText(grouped(summary["fingerprint"]))
        self.sha.setText(summary["sha256"])
        style = self.style()
        for what, ok, detail in summary["checks"]:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton if ok else
                                      QStyle.StandardPixmap.SP_MessageBoxCritical)
            self.checks.addItem(QListWidgetItem(icon, what + (f": {detail}" if detail else "")))
        self._fill(self.exhibits, summary["exhibits"], ("code", "kind", "description", "sha256"))
        self._fill(self.testimonies, summary.get("testimonies", []),
                   ("code", "pseudonym", "role", "interview_date", "interview_place",
                    "language"))
        self._fill(self.sources, summary.get("sources", []),
                   ("code", "title", "publisher", "published_date", "url"))
        for table, part in ((self.exhibits, "exhibits"), (self.testimonies, "testimonies"),
                            (self.sources, "sources")):
            self.tabs.setTabText(self.tabs.indexOf(table), self._tab_name(part, len(
                summary.get(part, []))))
        pdf = summary.get("report_pdf")
        self.tabs.setTabEnabled(self.tabs.indexOf(self.report), bool(pdf))
        self.report.set_pdf(pdf)

    def _tab_name(self, part: str, count: int | None = None) -> str:
        name = {"exhibits": self.tr("Exhibits"), "testimonies": self.tr("Testimonies"),
                "sources": self.tr("Sources")}[part]
        return name if count is None else self.tr("{name} ({n})").format(
            name=name, n=i18n.number(count))

    def _enable(self) -> None:
        summary = self.summary
        self.verify_button.setEnabled(self.task is None)
        self.extract_button.setEnabled(bool(summary and summary["intact"]) and self.task is None)
        self.import_button.setEnabled(bool(summary and summary["ok"]) and self.task is None and
                                      self._ctx.vault is not None)

    # -- extract / import ----------------------------------------------------------------

    def extract(self, target: Path | None = None) -> None:
        if target is None or not isinstance(target, Path):
            chosen = file_dialogs.folder(self, self.tr("Extract into folder"))
            if not chosen:
                return
            target = Path(chosen)
        if not self._ready():
            return
        path, password, age = Path(self.path.text().strip()), self.password.text(), self.age
        vault, key_file = self._ctx.vault, self.key_file.text().strip()

        def work(task: TaskContext) -> str:
            from evidence_kit.dossier_open import open_dossier

            report, folder = open_dossier(path, target, password, _resolver(vault, key_file),
                                          progress=lambda d, t: task.progress(d, t),
                                          cancel=task.cancelled,
                                          identities=_identities(vault, age))
            return str(folder) if folder else ""

        def done(folder: str) -> None:
            self._enable()
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Extracted to {folder}").format(folder=folder) if folder
                                else self.tr("Nothing was extracted: the dossier failed "
                                             "verification."))

        self._run(work, self.tr("Extracting…"), done)

    def import_into_vault(self) -> None:
        vault = self._ctx.require_vault()
        if not self._ready():
            return
        path, password, key_file, age = (Path(self.path.text().strip()), self.password.text(),
                                         self.key_file.text().strip(), self.age)

        def work(task: TaskContext) -> dict[str, Any]:
            from evidence_kit.dossier_import import import_dossier

            result = import_dossier(vault, path, password, _resolver(vault, key_file),
                                    progress=lambda d, t: task.progress(d, t),
                                    cancel=task.cancelled, identities=_identities(vault, age))
            return {"case_id": result.case["id"] if result.case else None,
                    "added": len(result.added), "held": len(result.already_held),
                    "duplicate": result.duplicate_dossier,
                    "receipt": str(result.receipt) if result.receipt else ""}

        def done(info: dict[str, Any]) -> None:
            self._enable()
            if info["duplicate"]:
                text = self.tr("This dossier was imported before; nothing was added.")
            else:
                text = self.tr("Imported: {added}, {held} already held. Signed receipt: "
                               "{receipt}").format(
                    added=self.tr("%Ln item(s) added", "", info["added"]),
                    held=i18n.number(info["held"]), receipt=info["receipt"])
            self.status.setStyleSheet("")
            self.status.setText(text)
            if info["case_id"] is not None:
                self.imported.emit(info["case_id"])

        self._run(work, self.tr("Importing…"), done)

    def _closed(self, _result: int) -> None:
        if self.task is not None:
            self.task.cancel()
        self.password.clear()
        self._show_summary(None)
