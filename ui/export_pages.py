"""The export wizard's first pages: recipient (body, template, disclosure level, report
language) and items. The review page, which plans the dossier, is in ``export_review``.

The recipient body decides the report template and the consent rules, and the disclosure
level decides whether identities may travel at all (issue 7): both are asked first, before
anything is planned, because everything after depends on them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from .context import AppContext
from .error_text import error_text
from .widgets import named
from .workers import TaskContext

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class RecipientPage(QWizardPage):
    def __init__(self, case: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_kit.records import BODIES

        self.setTitle(self.tr("Who is this dossier for?"))
        self.setSubTitle(self.tr("The recipient decides which template and consent rules "
                                 "apply."))
        self.body = named(QComboBox(), self.tr("Recipient body"))
        from .i18n import body_name

        for key in BODIES:
            self.body.addItem(body_name(key), key)
        self.body.setCurrentIndex(max(0, self.body.findData(case.get("target_body") or "other")))
        # TEMPLATE SLOT (issue 5): the report template follows from the recipient body
        # (evidence_kit.report.templates.BODY_TEMPLATES); it is shown, not chosen apart, so
        # a body can never get another body's form.
        self.template = QLabel()
        self.template.setWordWrap(True)
        self.level = named(QComboBox(), self.tr("Disclosure level"))
        self.level.addItem(self.tr("Confidential"), "confidential")
        self.level.addItem(self.tr("Redacted"), "redacted")
        self.level_help = QLabel()
        self.level_help.setWordWrap(True)
        self.level_help.setStyleSheet("color: palette(placeholder-text);")
        self.language = named(QComboBox(), self.tr("Report language"))
        from evidence_kit.report import LANGUAGES as REPORT_LANGUAGES

        from .i18n import LANGUAGES as OWN_NAMES

        names = {"en": self.tr("English"), "ru": self.tr("Russian"), "fr": self.tr("French")}
        for key in REPORT_LANGUAGES:  # the core's list; others named in their own language
            self.language.addItem(names.get(key) or OWN_NAMES.get(key, key), key)
        form = QFormLayout(self)
        form.addRow(self.tr("Recipient:"), self.body)
        form.addRow(self.tr("Report template:"), self.template)
        form.addRow(self.tr("Disclosure level:"), self.level)
        form.addRow("", self.level_help)
        form.addRow(self.tr("Report language:"), self.language)
        self.body.currentIndexChanged.connect(lambda _i: self._show_template())
        self.level.currentIndexChanged.connect(lambda _i: self._show_level())
        self._show_template()
        self._show_level()

    def _show_template(self) -> None:
        """The template's title, read from its data file (a small resource, no database)."""
        from evidence_kit.errors import EvidenceKitError
        from evidence_kit.report import load_template

        try:
            self.template.setText(load_template(self.recipient()).title("en"))
        except EvidenceKitError as exc:
            self.template.setText(error_text(exc))

    def _show_level(self) -> None:
        if self.level_code() == "redacted":
            text = self.tr("No names or contacts of witnesses, pseudonyms only; photos travel "
                           "as metadata-stripped copies (made for you where missing), never "
                           "the originals. For public reports, the press or partner NGOs.")
        else:
            text = self.tr("Identities travel only where the witness consented to share them "
                           "with this recipient. For a court or prosecutor.")
        self.level_help.setText(text)

    def recipient(self) -> str:
        return self.body.currentData()

    def level_code(self) -> str:
        """"confidential" or "redacted" (evidence_kit.consent_gate.LEVELS)."""
        return self.level.currentData()

    def report_language(self) -> str:
        return self.language.currentData()


class ItemsPage(QWizardPage):
    """Every exhibit, testimony and source of the case, ticked by default."""

    def __init__(self, ctx: AppContext, case: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case = case
        self.setTitle(self.tr("Choose what to include"))
        self.setSubTitle(self.tr("Untick anything that must not leave this vault."))
        self.tree = named(QTreeWidget(), self.tr("Items to export"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Description")])
        self.tree.setColumnWidth(0, 260)
        self.tree.itemChanged.connect(lambda *_: self.completeChanged.emit())
        all_button = named(QPushButton(self.tr("Select all")), self.tr("Select all items"))
        none_button = named(QPushButton(self.tr("Select none")), self.tr("Select no items"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.status = QLabel(self.tr("Loading the case's items…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._groups: list[QTreeWidgetItem] = []
        self._loaded = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self._loaded:
            return
        vault, case_id = self._ctx.require_vault(), self._case["id"]

        def work(task: TaskContext) -> dict[str, list[tuple[str, str]]]:
            db = vault.db
            out: dict[str, list[tuple[str, str]]] = {}
            for table, prefix, label in (
                    ("exhibits", "E", "coalesce(description, original_filename, '')"),
                    ("testimonies", "T", "coalesce(pseudonym, '')"),
                    ("sources", "S", "coalesce(title, '')")):
                rows = db.execute(f"SELECT number, {label} FROM {table} "  # noqa: S608
                                  "WHERE case_id = ? ORDER BY number", [case_id]).fetchall()
                out[table] = [(f"{prefix}{n:04d}", text) for n, text in rows]
            return out

        self._ctx.run(work, name="export-items", on_done=self._fill,
                      on_error=self.status.setText)

    def _fill(self, items: dict[str, list[tuple[str, str]]]) -> None:
        self.tree.blockSignals(True)
        names = {"exhibits": self.tr("Exhibits"), "testimonies": self.tr("Testimonies"),
                 "sources": self.tr("Sources")}
        for table, rows in items.items():
            group = QTreeWidgetItem([f"{names[table]} ({len(rows)})"])
            group.setFlags(group.flags() | Qt.ItemFlag.ItemIsAutoTristate |
                           Qt.ItemFlag.ItemIsUserCheckable)
            group.setCheckState(0, Qt.CheckState.Checked)
            children = []
            for code, text in rows:
                child = QTreeWidgetItem([code, text.replace("\n", " ")[:200]])
                child.setData(0, CODE_ROLE, code)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                children.append(child)
            group.addChildren(children)
            self.tree.addTopLevelItem(group)
            group.setExpanded(len(rows) <= 50)
            self._groups.append(group)
        self.tree.blockSignals(False)
        self._loaded = True
        total = sum(len(rows) for rows in items.values())
        self.status.setText(self.tr("%Ln items in this case.", "", total))
        self.completeChanged.emit()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for group in self._groups:
            group.setCheckState(0, state)

    def codes(self) -> tuple[list[str], bool]:
        """The ticked item codes, and whether that is everything in the case."""
        chosen, everything = [], True
        for group in self._groups:
            for i in range(group.childCount()):
                child = group.child(i)
                if child.checkState(0) == Qt.CheckState.Checked:
                    chosen.append(child.data(0, CODE_ROLE))
                else:
                    everything = False
        return chosen, everything

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._loaded and bool(self.codes()[0])
