"""The Sources tab and its citation form, graded the intelligence way (Berkeley Protocol):
the source's reliability (A-F) apart from the information's credibility (1-6).

The form fills ``evidence_kit.sources.SourceInput``; its ``check`` runs before saving, so
the GUI refuses exactly what the command line refuses.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .error_text import error_text
from .i18n import calendar_date, isolate, source_kind
from .records_model import RecordTableModel
from .table_columns import ColumnFitter, MiddleElide
from .widgets import field_label, named, quiet_buttons, select_row, text_direction
from .workers import TaskContext


class SourceForm(QDialog):
    """A citation: what, where, when accessed, the quote, and the two grades."""

    FIELDS = ("title", "author", "publisher", "url", "published_date", "accessed_date",
              "locator", "language", "archived_exhibit")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_kit import sources

        self._sources = sources
        self.setWindowTitle(self.tr("New source"))
        self.resize(620, 560)
        form = QFormLayout()
        labels = {"title": self.tr("Title *"), "author": self.tr("Author"),
                  "publisher": self.tr("Publisher"), "url": self.tr("URL"),
                  "published_date": self.tr("Published on"),
                  "accessed_date": self.tr("Accessed on"),
                  "locator": self.tr("Page or timestamp"), "language": self.tr("Language"),
                  "archived_exhibit": self.tr("Archived copy (exhibit)")}
        self.edits: dict[str, QLineEdit] = {}
        self.kind = named(QComboBox(), self.tr("Kind of source"))
        tr = self.tr
        kind_names = {  # stored values stay English; the names are translatable
            "web-page": tr("Web page"), "social-media": tr("Social media post"),
            "news-article": tr("News article"), "ngo-report": tr("NGO report"),
            "un-report": tr("UN report"), "official-document": tr("Official document"),
            "court-document": tr("Court document"), "satellite-imagery": tr("Satellite imagery"),
            "dataset": tr("Dataset"), "book": tr("Book"), "leaked-document": tr("Leaked document"),
            "other": tr("Other")}
        for kind in sources.KINDS:
            self.kind.addItem(kind_names.get(kind, kind), kind)
        for key in self.FIELDS:
            edit = named(QLineEdit(), labels[key].rstrip(" *"))
            if key.endswith("_date"):
                edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            if key == "url":
                edit.setPlaceholderText("https://…")
            if key == "archived_exhibit":
                edit.setPlaceholderText(self.tr("e.g. E0003: the saved page or file"))
            self.edits[key] = edit
            form.addRow(field_label(labels[key]), edit)
            if key == "title":
                form.addRow(self.tr("Kind:"), self.kind)
        self.quote = named(QPlainTextEdit(), self.tr("Quote or summary"))
        self.quote.setTabChangesFocus(True)
        self.quote.setMaximumHeight(90)
        form.addRow(self.tr("Quote:"), self.quote)
        self.reliability = named(QComboBox(), self.tr("Source reliability, A to F"))
        self.reliability.addItem(self.tr("(not graded)"), "")
        for grade, text in zip("ABCDEF", (
                self.tr("A: completely reliable"), self.tr("B: usually reliable"),
                self.tr("C: fairly reliable"), self.tr("D: not usually reliable"),
                self.tr("E: unreliable"), self.tr("F: reliability cannot be judged")),
                strict=True):
            self.reliability.addItem(text, grade)
        self.credibility = named(QComboBox(), self.tr("Information credibility, 1 to 6"))
        self.credibility.addItem(self.tr("(not graded)"), "")
        for grade, text in zip("123456", (
                self.tr("1: confirmed by other sources"), self.tr("2: probably true"),
                self.tr("3: possibly true"), self.tr("4: doubtful"), self.tr("5: improbable"),
                self.tr("6: truth cannot be judged")), strict=True):
            self.credibility.addItem(text, grade)
        form.addRow(self.tr("Reliability of the source:"), self.reliability)
        form.addRow(self.tr("Credibility of the information:"), self.credibility)
        self.notes = named(QPlainTextEdit(), self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes:"), self.notes)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.save_button = named(buttons.button(QDialogButtonBox.StandardButton.Save),
                                 self.tr("Save source"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.source: Any = None
        quiet_buttons(self, self.save_button)

    def build(self) -> Any:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        return self._sources.SourceInput(
            kind=self.kind.currentData(), quote=self.quote.toPlainText().strip(),
            reliability=self.reliability.currentData() or "",
            credibility=self.credibility.currentData() or "",
            notes=self.notes.toPlainText().strip(), **values)

    def accept(self) -> None:
        from evidence_kit.errors import InvalidInput

        source = self.build()
        try:
            source.check()
        except InvalidInput as exc:
            self.error.setText(error_text(exc))
            return
        self.source = source
        super().accept()


def _code(row: dict[str, Any]) -> str:
    return f"S{row['number']:04d}"


def _grade(row: dict[str, Any]) -> str:
    return f"{row.get('reliability') or '–'}{row.get('credibility') or '–'}"


class SourcesTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case: dict[str, Any] | None = None
        self.model = RecordTableModel([
            ("number", self.tr("Code"), _code), ("grade", self.tr("Grade"), _grade),
            ("kind", self.tr("Kind"), lambda r: source_kind(r.get("kind"))),
            ("title", self.tr("Title"), None),
            ("publisher", self.tr("Publisher"), None),
            ("published_date", self.tr("Published"),
             lambda r: calendar_date(r.get("published_date"))),
            ("accessed_date", self.tr("Accessed"),
             lambda r: calendar_date(r.get("accessed_date"))), ("url", self.tr("URL"), None)])
        self.table = named(QTableView(), self.tr("Sources table"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(7, MiddleElide(self.table))  # URL
        self.columns = ColumnFitter(self.table, "sources", stretch=3, fixed=(0,),
                                    caps={2: 160, 4: 200, 7: 260})
        self.new_button = named(QPushButton(self.tr("New source…")), self.tr("New source"))
        self.new_button.clicked.connect(self.new_source)
        self.count = QLabel()
        legend = QLabel(self.tr("Grade: reliability of the source (A–F), then credibility of "
                                "the information (1–6)."))
        legend.setStyleSheet("color: palette(mid);")
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addWidget(legend, 1)
        bar.addWidget(self.new_button)
        self.details = named(QTextBrowser(), self.tr("Source details"))
        self.details.setOpenLinks(False)  # offline tool: a click never opens a browser
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.form: SourceForm | None = None

    def load(self, case: dict[str, Any]) -> None:
        self._case = case
        vault, case_id = self._ctx.require_vault(), case["id"]

        def work(task: TaskContext) -> list[dict[str, Any]]:
            from evidence_kit.sources import list_sources

            return list_sources(vault, case_id)

        self._ctx.run(work, name="sources", on_done=self._loaded)

    def clear(self) -> None:
        self._case = None
        self.model.clear()
        self.count.clear()
        if self.form is not None:
            self.form.reject()

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("%Ln sources", "", len(rows)))
        if rows:
            select_row(self.table, 0)
        else:
            self.details.clear()

    def _selected(self, *_args: object) -> None:
        row = self.model.row_dict(self.table.selectionModel().currentIndex().row())
        if row is None:
            self.details.clear()
            return
        esc = html.escape
        facts = [(self.tr("Author"), row.get("author")),
                 (self.tr("Publisher"), row.get("publisher")),
                 (self.tr("Published"), calendar_date(row.get("published_date"))),
                 (self.tr("Accessed"), calendar_date(row.get("accessed_date"))),
                 (self.tr("URL"), row.get("url")),
                 (self.tr("Grade"), _grade(row)),
                 (self.tr("Archived copy"), row.get("archived_exhibit"))]
        parts = [f"<h3>{esc(_code(row))} · {esc(row.get('title') or '')}</h3>", "<p>"]
        parts += [f"<b>{esc(field_label(k))}</b> {esc(isolate(v))}<br>" for k, v in facts if v]
        parts.append("</p>")
        for label, key in ((self.tr("Quote"), "quote"), (self.tr("Notes"), "notes")):
            if row.get(key):
                text = row[key]
                parts.append(f"<h4>{esc(label)}</h4><p dir='{text_direction(text)}'>"
                             f"{esc(text)}</p>")
        self.details.setHtml("".join(parts))

    def new_source(self) -> None:
        if self._case is None:
            return
        self.form = SourceForm(self)
        self.form.finished.connect(self._form_closed)
        self.form.open()

    def _form_closed(self, result: int) -> None:
        form, self.form = self.form, None
        if form is None or not result or self._case is None or form.source is None:
            return
        vault, case, source = self._ctx.require_vault(), dict(self._case), form.source

        def work(task: TaskContext) -> str:
            from evidence_kit.sources import add_source

            return _code(add_source(vault, case, source))

        def saved(code: str) -> None:
            self._ctx.success(self.tr("Source {code} saved.").format(code=code))
            self.changed.emit()
            if self._case is not None:
                self.load(self._case)

        self._ctx.run(work, name="add-source", on_done=saved)
