"""Words of a testimony marked for redaction: select them in the account, mark them.

Redacted dossiers replace every marked word (``evidence_kit.text_redaction``) with
"[redacted]"; the witness's own name is always replaced by the pseudonym. The core keeps
marks for good (it has no removal), so the list here is read-only. Reads and writes run on
workers, like every database access of the app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .workers import TaskContext


class RedactionTerms(QWidget):
    """A "Mark for redaction" button for the selection of ``selected_text`` and the list
    of terms already marked in the shown testimony."""

    marked = Signal(str)  # the term, once stored

    def __init__(self, ctx: AppContext, selected_text: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._selected_text = selected_text
        self._case: dict[str, Any] | None = None
        self._testimony_id: int | None = None
        self.busy = False
        self.mark_button = QPushButton(self.tr("Mark for redaction"))
        self.mark_button.setAccessibleName(self.tr("Mark the selected words for redaction"))
        self.mark_button.setToolTip(self.tr(
            "Select words of the account above (a name, a place, a unit), then mark them: "
            "redacted dossiers show “[redacted]” instead"))
        self.mark_button.clicked.connect(self.mark_selection)
        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Words marked for redaction"))
        self.terms.setMaximumHeight(90)
        self.heading = QLabel(self.tr("Marked for redaction:"))
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.terms)
        self.update_button()

    def show_testimony(self, case: dict[str, Any] | None, testimony_id: int | None) -> None:
        self._case, self._testimony_id = case, testimony_id
        self.terms.clear()
        self.update_button()
        if case is None or testimony_id is None:
            return
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> list[str]:
            return [r["term"] for r in vault.db["text_redactions"].rows_where(
                "testimony_id = ?", [testimony_id], order_by="id")]

        self._ctx.run(work, name="redaction-terms",
                      on_done=lambda terms: self._listed(testimony_id, terms))

    def _listed(self, testimony_id: int, terms: list[str]) -> None:
        if testimony_id == self._testimony_id:
            self.terms.clear()
            self.terms.addItems(terms)

    def update_button(self) -> None:
        self.mark_button.setEnabled(not self.busy and self._testimony_id is not None and
                                    bool(self._selected_text().strip()))

    def mark_selection(self) -> None:
        term = " ".join(self._selected_text().split())  # U+2029 paragraph breaks too
        if not term or self._case is None or self._testimony_id is None:
            return
        vault, case, testimony_id = self._ctx.require_vault(), dict(self._case), \
            self._testimony_id

        def work(task: TaskContext) -> str:
            from evidence_kit.text_redaction import add_term

            add_term(vault, case, vault.db["testimonies"].get(testimony_id), term)
            return term

        def done(stored: str) -> None:
            self.busy = False
            self.update_button()
            self._ctx.success(self.tr("Redacted dossiers will show “[redacted]” for “{term}”.")
                              .format(term=stored))
            self.marked.emit(stored)
            self.show_testimony(self._case, self._testimony_id)

        def failed(message: str) -> None:
            self.busy = False
            self.update_button()
            self._ctx.error(message)

        self.busy = True
        self.update_button()
        self._ctx.run(work, name="redact-term", on_done=done, on_error=failed)
