"""The case workspace: the case list on the left, the open case's tabs on the right.

Tabs load when the case opens (the custody log only when first shown: it can hold tens of
thousands of events). ``clear`` empties every model and view for the lock screen.
``view_state``/``restore_view_state`` let a workspace built in a new language show what
the old one showed (ui/language_switch.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .case_edit import EditCaseDialog
from .context import AppContext
from .custody_tab import CustodyTab
from .exhibits_tab import ExhibitsTab
from .i18n import body_name, case_status, number
from .prefs import Prefs
from .sources_tab import SourcesTab
from .testimonies_tab import TestimoniesTab
from .widgets import heading, named, quiet_buttons
from .workers import TaskContext

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_kit.records import BODIES

        self.setWindowTitle(self.tr("New case"))
        self.resize(520, 320)
        form = QFormLayout()
        self.title_edit = named(QLineEdit(), self.tr("Case title"))
        self.summary_edit = named(QPlainTextEdit(), self.tr("Case summary"))
        self.summary_edit.setTabChangesFocus(True)
        self.country_edit = named(QLineEdit(), self.tr("Country"))
        self.body = named(QComboBox(), self.tr("Body the case is prepared for"))
        for key in BODIES:
            self.body.addItem(body_name(key), key)
        self.body.setCurrentIndex(self.body.findData("other"))
        form.addRow(self.tr("Title *:"), self.title_edit)
        form.addRow(self.tr("Summary:"), self.summary_edit)
        form.addRow(self.tr("Country:"), self.country_edit)
        form.addRow(self.tr("Prepared for:"), self.body)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = named(buttons.button(QDialogButtonBox.StandardButton.Ok),
                               self.tr("Create case"))
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

    def values(self) -> dict[str, str]:
        return {"title": self.title_edit.text().strip(),
                "summary": self.summary_edit.toPlainText().strip(),
                "country": self.country_edit.text().strip(),
                "target_body": self.body.currentData()}


class Workspace(QWidget):
    case_opened = Signal(object)   # the case dict, or None
    cases_loaded = Signal(int)

    def __init__(self, ctx: AppContext, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.case: dict[str, Any] | None = None
        self._custody_loaded = False

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Cases"), 1.1))
        self.cases = named(QListWidget(), self.tr("Cases"))
        self.cases.setWordWrap(True)
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases.setSpacing(2)
        self.cases.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.cases.currentItemChanged.connect(self._case_selected)
        self.cases.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.cases.customContextMenuRequested.connect(self._case_menu)
        self.new_case_button = named(QPushButton(self.tr("New case…")), self.tr("New case"))
        self.new_case_button.clicked.connect(self.new_case)
        left_layout.addWidget(self.cases, 1)
        left_layout.addWidget(self.new_case_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        header = QFrame()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 4)
        self.title = heading("", 1.45)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        header_layout.addWidget(self.title)
        header_layout.addWidget(self.subtitle)
        self.tabs = named(QTabWidget(), self.tr("Case sections"))
        self.tabs.setDocumentMode(True)
        self.exhibits = ExhibitsTab(ctx, prefs)
        self.testimonies = TestimoniesTab(ctx)
        self.sources = SourcesTab(ctx)
        self.custody = CustodyTab(ctx)
        self.tabs.addTab(self.exhibits, self.tr("Exhibits"))
        self.tabs.addTab(self.testimonies, self.tr("Testimonies"))
        self.tabs.addTab(self.sources, self.tr("Sources"))
        self.tabs.addTab(self.custody, self.tr("Custody log"))
        self.tabs.currentChanged.connect(self._tab_changed)
        for tab in (self.exhibits, self.testimonies, self.sources):
            tab.changed.connect(self.refresh_counts)
        self.testimonies.changed.connect(self.exhibits.reload)
        for tab in (self.exhibits, self.testimonies, self.sources):
            tab.changed.connect(self.custody_changed)  # each change logs custody events
        right_layout.addWidget(header)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1100])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(splitter)
        self._set_header(None)

    # -- cases ---------------------------------------------------------------------------

    def load_cases(self, select_id: int | None = None) -> None:
        vault = self._ctx.require_vault()
        keep = select_id if select_id is not None else (self.case or {}).get("id")

        def work(task: TaskContext) -> list[dict[str, Any]]:
            from evidence_kit.cases import count_items, list_cases

            return [{**case, "counts": count_items(vault, case["id"])}
                    for case in list_cases(vault)]

        self._ctx.run(work, name="cases", on_done=lambda rows: self._cases_loaded(rows, keep))

    def _cases_loaded(self, rows: list[dict[str, Any]], select_id: int | None) -> None:
        self.cases.blockSignals(True)
        self.cases.clear()
        chosen = None
        for case in rows:
            counts = case["counts"]
            item = QListWidgetItem(case["title"] + "\n" + self.tr(
                "{e} exhibits · {t} testimonies · {s} sources").format(
                e=number(counts["exhibits"]), t=number(counts["testimonies"]),
                s=number(counts["sources"])))
            item.setData(CASE_ROLE, case)
            item.setToolTip(case["title"])
            self.cases.addItem(item)
            if case["id"] == select_id:
                chosen = item
        if chosen is None and self.cases.count():
            chosen = self.cases.item(0)
        self.cases.blockSignals(False)
        if chosen is not None:
            self.cases.setCurrentItem(chosen)
        elif not rows:
            self._open(None)
        self.cases_loaded.emit(len(rows))

    def refresh_counts(self) -> None:
        if self.case is not None:
            self.load_cases(self.case["id"])

    def select_case(self, case_id: int) -> None:
        for row in range(self.cases.count()):
            if self.cases.item(row).data(CASE_ROLE)["id"] == case_id:
                self.cases.setCurrentRow(row)
                return
        self.load_cases(case_id)

    def _case_selected(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        case = item.data(CASE_ROLE) if item is not None else None
        if case is not None and self.case is not None and case["id"] == self.case["id"]:
            self.case = case  # counts refreshed: keep the open tabs as they are
            self._set_header(case)
            return
        self._open(case)

    def _open(self, case: dict[str, Any] | None) -> None:
        self.case = case
        self._set_header(case)
        self._custody_loaded = False
        if case is None:
            for tab in (self.exhibits, self.testimonies, self.sources, self.custody):
                tab.clear()
        else:
            self.exhibits.load(case["id"])
            self.testimonies.load(case)
            self.sources.load(case)
            self.custody.clear()
            self._tab_changed(self.tabs.currentIndex())
        self.tabs.setEnabled(case is not None)
        self.case_opened.emit(case)

    def _set_header(self, case: dict[str, Any] | None) -> None:
        if case is None:
            self.title.setText(self.tr("No case open"))
            self.subtitle.setText(self.tr("Create a case with “New case…” to start gathering "
                                          "evidence."))
            return
        self.title.setText(case["title"])
        body = body_name(case.get("target_body") or "other")
        bits = [self.tr("Status: {status}").format(status=case_status(case.get("status")
                                                                      or "open")),
                self.tr("Prepared for: {body}").format(body=body)]
        if case.get("country"):
            bits.append(case["country"])
        counts = case.get("counts")
        if counts:
            bits.append(self.tr("{e} exhibits · {t} testimonies · {s} sources").format(
                e=number(counts["exhibits"]), t=number(counts["testimonies"]),
                s=number(counts["sources"])))
        self.subtitle.setText("   ·   ".join(bits))
        self.subtitle.setToolTip(case.get("summary") or "")

    # -- a rebuilt workspace shows the same (language switch) ---------------------------

    def view_state(self) -> dict[str, Any]:
        """The open case, the selected tab and the exhibit list's search and selection."""
        return {"case": self.case, "tab": self.tabs.currentIndex(),
                "exhibits": self.exhibits.view_state()}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Open the same case on the same tab at once; the case list follows in a task."""
        self.tabs.setCurrentIndex(state["tab"])
        self.exhibits.restore_view_state(state["exhibits"])
        case = state["case"]
        if case is not None:
            self._open(case)
        self.load_cases(case["id"] if case is not None else None)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.custody and self.case and not self._custody_loaded:
            self._custody_loaded = True
            self.custody.load(self.case)

    def reload_case(self) -> None:
        """After an import or export: new exhibits, counts and custody events."""
        if self.case is None:
            return
        self.exhibits.reload()
        self.custody_changed()
        self.refresh_counts()

    def custody_changed(self) -> None:
        """New custody events: reload the log now if it shows, else when next shown."""
        self._custody_loaded = False
        self._tab_changed(self.tabs.currentIndex())

    def new_case(self) -> None:
        dialog = NewCaseDialog(self)
        dialog.finished.connect(lambda result: self._create_case(dialog, result))
        dialog.open()

    def _create_case(self, dialog: NewCaseDialog, result: int) -> None:
        if not result:
            return
        values, vault = dialog.values(), self._ctx.require_vault()

        def work(task: TaskContext) -> int:
            from evidence_kit.cases import add_case

            return add_case(vault, values.pop("title"), **values)["id"]

        self._ctx.run(work, name="add-case", on_done=lambda case_id: self.load_cases(case_id))

    def case_menu(self, item: QListWidgetItem | None) -> QMenu:
        """The case list's context menu for ``item`` (a case row, or empty space)."""
        menu = QMenu(self)
        case = item.data(CASE_ROLE) if item is not None else None
        edit = menu.addAction(self.tr("Edit case…"))
        edit.setEnabled(case is not None)
        edit.triggered.connect(lambda: self.edit_case(case))
        menu.addAction(self.tr("New case…")).triggered.connect(self.new_case)
        return menu

    def _case_menu(self, pos: QPoint) -> None:
        self.case_menu(self.cases.itemAt(pos)).popup(self.cases.viewport().mapToGlobal(pos))

    def edit_case(self, case: dict[str, Any] | None = None) -> EditCaseDialog | None:
        """Case ▸ Edit case…: the open case, or the one right-clicked in the list."""
        case = case or self.case
        if case is None:
            return None
        dialog = EditCaseDialog(case, self)
        dialog.finished.connect(lambda result: self._save_case(dialog, result))
        dialog.open()
        return dialog

    def _save_case(self, dialog: EditCaseDialog, result: int) -> None:
        changes = dialog.changes()
        if not result or not changes:
            return
        vault, case_id = self._ctx.require_vault(), dialog.case["id"]

        def work(task: TaskContext) -> int:
            from evidence_kit.cases import update_case

            return update_case(vault, case_id, changes)["id"]

        def done(saved_id: int) -> None:
            self.custody_changed()  # a case-edited event to show
            self.load_cases(self.case["id"] if self.case else saved_id)

        self._ctx.run(work, name="edit-case", on_done=done)

    def clear(self) -> None:
        """Show nothing of any case (lock)."""
        self.case = None
        self.cases.blockSignals(True)
        self.cases.clear()
        self.cases.blockSignals(False)
        for tab in (self.exhibits, self.testimonies, self.sources, self.custody):
            tab.clear()
        self._set_header(None)
        self.case_opened.emit(None)
