"""The export wizard's first pages: recipient, items, review (validate, then act).

The review page runs ``plan_dossier`` in a task and shows what will go out before a byte is
written. It also holds the marked slot where the report preview and the template's list of
missing required fields will be placed (issue 5's report module plugs in there).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
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
from .widgets import human_size, named
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
        for key, name in BODIES.items():
            self.body.addItem(name, key)
        self.body.setCurrentIndex(max(0, self.body.findData(case.get("target_body") or "other")))
        form = QFormLayout(self)
        form.addRow(self.tr("Recipient:"), self.body)
        # TEMPLATE SLOT (issue 5): the report templates for the chosen body go here, e.g.
        # ``form.addRow(self.tr("Template:"), template_combo)``, once evidence_kit.report
        # exposes its template list.
        self.template_slot = QVBoxLayout()
        form.addRow(self.template_slot)

    def recipient(self) -> str:
        return self.body.currentData()


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
        self.status.setText(self.tr("{n} items in this case.").format(n=total))
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


class ReviewPage(QWizardPage):
    """Plans the dossier in a task and shows it; Next is allowed once the plan is ready."""

    def __init__(self, ctx: AppContext, case: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case = case
        self.plan: Any = None
        self._key: tuple[Any, ...] | None = None
        self.setTitle(self.tr("Check before export"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.summary = QLabel(self.tr("Preparing…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # REPORT PREVIEW SLOT (issue 5): the report preview and the template's list of missing
        # required fields are placed in ``self.report_slot`` (see ``set_report_widget``). The
        # report module is written separately; until it lands this box says so.
        self.report_box = QGroupBox(self.tr("Report preview and missing fields"))
        self.report_box.setObjectName("ReportPreviewSlot")
        self.report_slot = QVBoxLayout(self.report_box)
        self.report_placeholder = QLabel(self.tr(
            "The PDF report and its list of missing required fields will be shown here."))
        self.report_placeholder.setWordWrap(True)
        self.report_slot.addWidget(self.report_placeholder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_box, 1)

    def set_report_widget(self, widget: QWidget) -> None:
        """Where issue 5's report preview plugs in."""
        self.report_placeholder.hide()
        self.report_slot.addWidget(widget)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard: Any = self.wizard()
        codes, everything = wizard.items_page.codes()
        body = wizard.recipient_page.recipient()
        key = (body, tuple(codes), everything)
        if key == self._key and self.plan is not None:
            return
        self._key, self.plan = key, None
        self.summary.setText(self.tr("Preparing the dossier plan…"))
        self.completeChanged.emit()
        vault, case = self._ctx.require_vault(), self._case
        items = None if everything else codes

        def work(task: TaskContext) -> Any:
            from evidence_kit.dossier_plan import plan_dossier

            return plan_dossier(vault, case, items=items, recipient_body=body)

        self._ctx.run(work, name="plan", on_done=self._planned,
                      on_error=lambda message: self.summary.setText(
                          "<span style='color:#b3261e'>" + html.escape(message) + "</span>"))

    def _planned(self, plan: Any) -> None:
        from evidence_kit.records import BODIES

        self.plan = plan
        size = sum(f.size for f in plan.files)
        self.summary.setText(self.tr(
            "<b>Dossier {id}</b> for {body}<br>{e} exhibit(s), {t} testimony(ies), {s} "
            "source(s): {size} before encryption.<br>Testimonies travel under their pseudonyms; "
            "witnesses' names and contacts stay in this vault.").format(
            id=plan.dossier_id, body=BODIES.get(plan.recipient_body, plan.recipient_body),
            e=len(plan.exhibits), t=len(plan.testimonies), s=len(plan.sources),
            size=human_size(size)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.plan is not None
