"""The Testimonies tab: the case's accounts, one selected account's details, and "New".

Saving runs ``add_testimony`` (and, with a recording, ``ingest_file`` + ``link``) in a task.
The witness's real name is never shown in the list: only the pseudonym.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .i18n import body_name, calendar_date, isolate, number, vocabulary
from .records_model import RecordTableModel
from .table_columns import ColumnFitter
from .testimony_form import TestimonyForm
from .widgets import select_row, text_direction
from .workers import TaskContext


def _code(row: dict[str, Any]) -> str:
    return f"T{row['number']:04d}"


class TestimoniesTab(QWidget):
    changed = Signal()  # a testimony (and maybe a recording exhibit) was added

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case: dict[str, Any] | None = None
        self.model = RecordTableModel([
            ("number", self.tr("Code"), _code), ("pseudonym", self.tr("Pseudonym"), None),
            ("role", self.tr("Role"), lambda r: vocabulary(r.get("role"))),
            ("interview_date", self.tr("Interviewed"),
             lambda r: calendar_date(r.get("interview_date"))),
            ("interview_place", self.tr("Place"), None), ("language", self.tr("Language"), None),
            ("incidents", self.tr("Incidents"), None)])
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Testimonies table"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.columns = ColumnFitter(self.table, "testimonies", stretch=4, fixed=(0,))
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Testimony details"))
        self.new_button = QPushButton(self.tr("New testimony…"))
        self.new_button.setAccessibleName(self.tr("New testimony"))
        self.new_button.clicked.connect(self.new_testimony)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.new_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([650, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.form: TestimonyForm | None = None

    def load(self, case: dict[str, Any]) -> None:
        self._case = case
        vault = self._ctx.require_vault()
        case_id = case["id"]

        def work(task: TaskContext) -> list[dict[str, Any]]:
            rows = list(vault.db.query(
                "SELECT t.id, t.number, t.pseudonym, t.role, t.interview_date, "
                "t.interview_place, t.language, "
                "(SELECT count(*) FROM incidents i WHERE i.testimony_id = t.id) AS incidents "
                "FROM testimonies t WHERE t.case_id = ? ORDER BY t.number", [case_id]))
            return rows

        self._ctx.run(work, name="testimonies", on_done=self._loaded)

    def clear(self) -> None:
        self._case = None
        self.model.clear()
        self.details.clear()
        self.count.clear()
        if self.form is not None:
            self.form.reject()

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} testimonies").format(n=number(len(rows))))
        if rows:
            select_row(self.table, 0)
        else:
            self.details.setHtml("<p>" + html.escape(self.tr(
                "No testimony yet. Use “New testimony…” to record one.")) + "</p>")

    def _selected(self, *_args: object) -> None:
        row = self.model.row_dict(self.table.selectionModel().currentIndex().row())
        if row is None:
            self.details.clear()
            return
        vault, testimony_id = self._ctx.require_vault(), row["id"]

        def work(task: TaskContext) -> dict[str, Any]:
            from evidence_kit import consent, testimonies

            record = vault.db["testimonies"].get(testimony_id)
            return {"row": record, "incidents": testimonies.incidents_of(vault, testimony_id),
                    "consent": consent.summary(vault, testimony_id)}

        self._ctx.run(work, name="testimony", on_done=self._show)

    def _show(self, info: dict[str, Any]) -> None:
        row, esc = info["row"], html.escape
        parts = [f"<h3>T{row['number']:04d} · {esc(row['pseudonym'] or '')}</h3>",
                 "<p>" + esc(" · ".join(isolate(x) for x in (vocabulary(row.get("role")),
                                                   calendar_date(row.get("interview_date")),
                                                   row.get("interview_place")) if x)) + "</p>",
                 f"<p dir='{text_direction(row.get('narrative') or '')}' "
                 f"style='white-space: pre-wrap'>{esc(row.get('narrative') or '')}</p>"]
        if info["incidents"]:
            parts.append("<h4>" + esc(self.tr("Incidents")) + "</h4><ol>")
            for item in info["incidents"]:
                description = item.get("description") or ""
                parts.append("<li>" + esc(" · ".join(isolate(x) for x in (
                    item.get("date"), item.get("place"), vocabulary(item.get("basis"))) if x)) +
                    f"<br><span dir='{text_direction(description)}'>" + esc(description) +
                    "</span></li>")
            parts.append("</ol>")
        shared = [self.tr("the public") if body == "public" else body_name(body)
                  for body in info["consent"]["share_with"]]
        parts.append("<h4>" + esc(self.tr("Consent")) + "</h4><p>" + esc(
            self.tr("May be shared with: {bodies}").format(bodies="; ".join(shared))
            if shared else self.tr("No consent to share is recorded.")) + "</p>")
        self.details.setHtml("".join(parts))
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeading)

    def new_testimony(self) -> None:
        if self._case is None:
            return
        self.form = TestimonyForm(self)
        self.form.finished.connect(self._form_closed)
        self.form.open()

    def _form_closed(self, result: int) -> None:
        form, self.form = self.form, None
        if form is None or not result or self._case is None:
            return
        self.save(form.document(), form.recording_path)

    def save(self, document: dict[str, Any], recording: Any = None) -> None:
        """Store a testimony document (and link its recording) in a task."""
        vault, case = self._ctx.require_vault(), dict(self._case or {})

        def work(task: TaskContext) -> str:
            from evidence_kit.exhibits import link
            from evidence_kit.ingest import ExhibitDetails, ingest_file
            from evidence_kit.testimonies import add_testimony

            row = add_testimony(vault, case, document)
            code = f"T{row['number']:04d}"
            if recording is not None:
                details = ExhibitDetails(description=f"Recording of testimony {code}",
                                         acquired_how="attached to the testimony")
                result = ingest_file(vault, case, recording, details,
                                     cancel=task.cancelled)
                link(vault, case, result.code, code, "recording-of")
            return code

        def saved(code: str) -> None:
            self._ctx.success(self.tr("Testimony {code} saved.").format(code=code))
            self.changed.emit()
            if self._case is not None:
                self.load(self._case)

        self._ctx.run(work, name="add-testimony", on_done=saved)
