"""The Testimonies tab: the case's accounts, one selected account's details, and the
actions on them: New, From JSON file, Edit, Withdraw consent, Mark for redaction.

Saving runs ``add_testimony`` or ``update_testimony`` (and, with a recording, ``ingest_file``
+ ``link``) in a task. The witness's real name is never shown in the list or the details:
only the pseudonym (the edit form shows it, as the form it was typed into did).
"""

from __future__ import annotations

import html
from pathlib import Path
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

from . import file_dialogs
from .context import AppContext
from .i18n import body_name, calendar_date, isolate, number, vocabulary
from .records_model import RecordTableModel
from .redaction_terms import RedactionTerms
from .table_columns import ColumnFitter
from .testimony_form import TestimonyForm
from .widgets import select_row, text_direction
from .workers import TaskContext


def _code(row: dict[str, Any]) -> str:
    return f"T{row['number']:04d}"


class TestimoniesTab(QWidget):
    changed = Signal()  # a testimony (maybe with a recording) added or edited, or a withdrawal

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
        self.table.doubleClicked.connect(lambda _index: self.edit_testimony())
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Testimony details"))
        self.redaction = RedactionTerms(ctx, lambda: self.details.textCursor().selectedText())
        self.details.selectionChanged.connect(self.redaction.update_button)
        self.new_button = self._button(self.tr("New testimony…"), self.tr("New testimony"),
                                       self.new_testimony)
        self.import_button = self._button(
            self.tr("From JSON file…"), self.tr("Add a testimony from a JSON file"),
            self.import_json)
        self.import_button.setToolTip(self.tr(
            "The testimony JSON of 'evidence-kit testimony add' and of NGO form tools"))
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Edit the testimony"),
                                        self.edit_testimony)
        self.withdraw_button = self._button(
            self.tr("Withdraw consent…"), self.tr("Withdraw consent"), self.withdraw_consent)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for button in (self.edit_button, self.withdraw_button, self.import_button,
                       self.new_button):
            bar.addWidget(button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        side_layout.addWidget(self.redaction)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([650, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.form: TestimonyForm | None = None
        self.current: dict[str, Any] | None = None  # what _show shows
        self.dialog: QWidget | None = None
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _update_buttons(self) -> None:
        shown = self.current is not None
        self.edit_button.setEnabled(shown)
        self.withdraw_button.setEnabled(shown and bool(
            self.current and self.current["consent"]["share_with"]))

    def load(self, case: dict[str, Any]) -> None:
        self._case = case
        vault = self._ctx.require_vault()
        case_id = case["id"]

        def work(task: TaskContext) -> list[dict[str, Any]]:
            return _rows(vault, case_id)

        self._ctx.run(work, name="testimonies", on_done=self._loaded)

    def clear(self) -> None:
        self._case = None
        self.model.clear()
        self.details.clear()
        self.count.clear()
        self.current = None
        self.redaction.show_testimony(None, None)
        self._update_buttons()
        if self.form is not None:
            self.form.reject()
        if self.dialog is not None:
            self.dialog.close()

    def _loaded(self, rows: list[dict[str, Any]], select: int | None = None) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} testimonies").format(n=number(len(rows))))
        self.current = None
        self._update_buttons()
        if rows:
            numbers = [row["number"] for row in self.model.rows]
            select_row(self.table, numbers.index(select) if select in numbers else 0)
        else:
            self.redaction.show_testimony(None, None)
            self.details.setHtml("<p>" + html.escape(self.tr(
                "No testimony yet. Use “New testimony…” to record one.")) + "</p>")

    def _selected(self, *_args: object) -> None:
        row = self.model.row_dict(self.table.selectionModel().currentIndex().row())
        self.current = None
        self._update_buttons()
        if row is None:
            self.details.clear()
            self.redaction.show_testimony(None, None)
            return
        self.redaction.show_testimony(self._case, row["id"])
        vault, testimony_id = self._ctx.require_vault(), row["id"]

        def work(task: TaskContext) -> dict[str, Any]:
            from evidence_kit import consent, testimonies

            record = vault.db["testimonies"].get(testimony_id)
            return {"row": record, "incidents": testimonies.incidents_of(vault, testimony_id),
                    "consent": consent.summary(vault, testimony_id)}

        self._ctx.run(work, name="testimony", on_done=self._show)

    def _show(self, info: dict[str, Any]) -> None:
        selected = self.model.row_dict(self.table.selectionModel().currentIndex().row())
        if selected is None or selected["id"] != info["row"]["id"]:
            return  # another row was chosen meanwhile
        self.current = info
        self._update_buttons()
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
        self._open_form(TestimonyForm(self, others=self._others()))

    def _others(self) -> list[tuple[str, str]]:
        """(code, pseudonym) of the listed testimonies: what a new one may translate."""
        return [(_code(row), row.get("pseudonym") or "") for row in self.model.rows]

    def edit_testimony(self) -> None:
        """Open the form on the shown testimony, its identity read on a worker."""
        if self._case is None or self.current is None:
            return
        vault, testimony_id = self._ctx.require_vault(), self.current["row"]["id"]
        code = _code(self.current["row"])

        def work(task: TaskContext) -> dict[str, Any]:
            from evidence_kit import testimonies

            row = vault.db["testimonies"].get(testimony_id)
            return _with_obtained_by(vault, testimonies.document_of(vault, row, identity=True),
                                     testimony_id)

        def loaded(document: dict[str, Any]) -> None:
            if self._case is not None and self.form is None:
                self._open_form(TestimonyForm(self, document, code, self._others()))

        self._ctx.run(work, name="testimony-document", on_done=loaded)

    def _open_form(self, form: TestimonyForm) -> None:
        self.form = form
        self.form.finished.connect(self._form_closed)
        self.form.open()

    def _form_closed(self, result: int) -> None:
        form, self.form = self.form, None
        if form is None:
            return
        form.deleteLater()  # a closed form (the witness's name in it) does not linger
        if result and self._case is not None:
            self.save(form.document(), form.recording_path, edit=form.code)

    def save(self, document: dict[str, Any], recording: Any = None, edit: str = "") -> None:
        """Store a testimony document, new or (``edit``: its code) changed, and link its
        recording, in a task."""
        vault, case = self._ctx.require_vault(), dict(self._case or {})

        def work(task: TaskContext) -> dict[str, Any]:
            from evidence_kit.testimonies import add_testimony, update_testimony

            if edit:
                result = update_testimony(vault, case, edit, document)
                row, changed = result.testimony, result.changed
            else:
                row, changed = add_testimony(vault, case, document), []
            code = _code(row)
            if recording is not None:
                _attach_recording(vault, case, code, recording, task)
                changed = [*changed, "recording"]
            return {"code": code, "number": row["number"], "pseudonym": row["pseudonym"],
                    "changed": changed}

        self._ctx.run(work, name="edit-testimony" if edit else "add-testimony",
                      on_done=lambda info: self._saved(info, bool(edit)))

    def _saved(self, info: dict[str, Any], edited: bool) -> None:
        if not edited:
            text = self.tr("Testimony {code} saved under the pseudonym {pseudonym}.")
        elif info["changed"]:
            text = self.tr("Testimony {code} saved; changed: {fields}.")
        else:
            text = self.tr("Nothing to save: testimony {code} is unchanged.")
        self._ctx.success(text.format(code=info["code"], pseudonym=info["pseudonym"],
                                      fields=", ".join(info["changed"])))
        if info["changed"] or not edited:
            self.changed.emit()
        self.reload(info["number"])

    def reload(self, select: int | None = None) -> None:
        """Reload the list, then show testimony number ``select`` (else the first)."""
        if self._case is None:
            return
        case_id = self._case["id"]
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> list[dict[str, Any]]:
            return _rows(vault, case_id)

        self._ctx.run(work, name="testimonies",
                      on_done=lambda rows: self._loaded(rows, select))

    def import_json(self) -> None:
        """Add a testimony from the JSON file NGOs' form tools (and the CLI) use."""
        if self._case is None:
            return
        path = file_dialogs.open_file(self, self.tr("Add a testimony from a JSON file"),
                                      filters=self.tr("Testimony JSON (*.json);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        vault, case = self._ctx.require_vault(), dict(self._case or {})

        def work(task: TaskContext) -> dict[str, Any]:
            from evidence_kit.testimonies import add_testimony, load_json

            row = add_testimony(vault, case, load_json(path))
            return {"code": _code(row), "number": row["number"], "pseudonym": row["pseudonym"],
                    "changed": []}

        def failed(message: str) -> None:
            self._ctx.error(self.tr("{file} was not added: {reason}").format(
                file=path.name, reason=message))

        self._ctx.run(work, name="import-testimony", on_error=failed,
                      on_done=lambda info: self._saved(info, False))

    def withdraw_consent(self) -> None:
        if self._case is None or self.current is None:
            return
        from .withdraw_dialog import WithdrawConsentDialog

        dialog = WithdrawConsentDialog(self._ctx, self._case, _code(self.current["row"]),
                                       self.current["consent"]["share_with"], self)
        dialog.withdrawn.connect(lambda _result: self.reload(self.current and
                                                            self.current["row"]["number"]))
        dialog.withdrawn.connect(lambda _result: self.changed.emit())
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()


def _rows(vault: Any, case_id: int) -> list[dict[str, Any]]:
    return list(vault.db.query(
        "SELECT t.id, t.number, t.pseudonym, t.role, t.interview_date, "
        "t.interview_place, t.language, "
        "(SELECT count(*) FROM incidents i WHERE i.testimony_id = t.id) AS incidents "
        "FROM testimonies t WHERE t.case_id = ? ORDER BY t.number", [case_id]))


def _with_obtained_by(vault: Any, document: dict[str, Any],
                      testimony_id: int) -> dict[str, Any]:
    """The active consent's ``obtained_by`` in the edit form's document (in a task):
    ``document_of`` leaves it out, and a form showing it empty would save it empty."""
    from evidence_kit.consent import scopes_of

    consent = document.get("consent")
    if consent is not None and "obtained_by" not in consent:
        active = [s for s in scopes_of(vault, testimony_id) if not s["withdrawn_on"]]
        consent["obtained_by"] = (active[-1]["obtained_by"] or "") if active else ""
    return document


def _attach_recording(vault: Any, case: dict[str, Any], code: str, recording: Path,
                      task: TaskContext) -> None:
    """Import the recording as an exhibit and link it to testimony ``code`` (in a task)."""
    from evidence_kit.exhibits import link
    from evidence_kit.ingest import ExhibitDetails, ingest_file

    details = ExhibitDetails(description=f"Recording of testimony {code}",
                             acquired_how="attached to the testimony")
    result = ingest_file(vault, case, recording, details, cancel=task.cancelled)
    link(vault, case, result.code, code, "recording-of")
