"""The export wizard's review page: plan the dossier, then show what will go out.

Validate, then act: nothing is written until the export page. One task here (a) for a
redacted dossier first gives every chosen photo without one a metadata-stripped copy
(``make_redacted_copies``: no human choice is needed for that), (b) plans the dossier with
the consent gate and any recorded overrides, and (c) makes the PDF report, which names the
recipient template's required fields that are still empty. Typed answers only remake the
report (``attach_report`` on the same plan), so "Check again" is quick.
"""

from __future__ import annotations

import contextlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from . import file_dialogs
from .context import AppContext
from .review_panels import AnswersPanel, ExclusionsPanel, ReportPanel
from .widgets import human_size
from .workers import TaskContext

REPORT_PATH = "data/report.pdf"  # evidence_kit.export.REPORT_PATH (not imported: it is heavy)
_SECTION_KEYS = ("sec.summary", "sec.methodology", "sec.exhibits", "sec.testimonies",
                 "sec.sources", "sec.custody", "sec.verification")


@dataclass
class Review:
    """What one planning task hands back to the GUI thread."""

    plan: Any
    missing: list[tuple[str, str]]  # (field id, label) of required fields still empty
    outline: dict[str, Any]
    made_copies: list[str] = field(default_factory=list)
    answered: list[tuple[str, str, str]] = field(default_factory=list)  # id, label, text
    withdrawn: set[str] = field(default_factory=set)  # left out: consent withdrawn


def withdrawn_codes(vault: Any, plan: Any) -> set[str]:
    """Codes of the testimonies the plan leaves out because the witness withdrew consent:
    no override can include those (``consent_gate``), so the page offers none (a task)."""
    from evidence_kit.consent_gate import evaluate
    from evidence_kit.records import get_item

    found = set()
    for ref, _why in plan.exclusions:
        if ref.startswith("T"):
            _table, row = get_item(vault.db, plan.case["id"], ref)
            if evaluate(vault, row, plan.recipient_body, plan.level).withdrawn:
                found.add(ref)
    return found


def report_bytes_of(plan: Any) -> bytes:
    for planned in plan.files:
        if planned.path == REPORT_PATH:
            return b"".join(planned.chunks())
    return b""


def report_outline(pdf: bytes, body: str, language: str) -> dict[str, Any]:
    """Page count, (depth, title) sections and bytes ("pdf": for the page pictures,
    in memory only) of the report.

    With pikepdf (the optional ``pdfa`` extra) both are read from the PDF itself (its
    bookmarks); without it the pages are counted in reportlab's plain output and the
    sections are the report's fixed parts plus the template's sections.
    """
    with contextlib.suppress(Exception):  # pikepdf missing or unhappy: fall back, never fail
        return {**_outline_from_pdf(pdf), "pdf": pdf}
    from evidence_kit.report import label, load_template

    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))
    template = load_template(body)
    sections = []
    for key in _SECTION_KEYS:
        sections.append((0, label(key, language)))
        if key == "sec.summary":
            sections += [(1, s.title(language)) for s in template.sections]
    return {"pages": pages, "size": len(pdf), "sections": sections, "pdf": pdf}


def _outline_from_pdf(pdf: bytes) -> dict[str, Any]:
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        sections: list[tuple[int, str]] = []
        with doc.open_outline() as outline:
            stack = [(0, item) for item in reversed(outline.root)]
            while stack:
                depth, item = stack.pop()
                sections.append((depth, str(item.title)))
                stack += [(depth + 1, child) for child in reversed(item.children)]
        return {"pages": len(doc.pages), "size": len(pdf), "sections": sections}


def _missing(body: str, language: str, names: list[str]) -> list[tuple[str, str]]:
    """``attach_report`` names fields as "id (label)"; the form needs the id and label."""
    from evidence_kit.report import load_template

    fields = {f.id: f for f in load_template(body).fields}
    out = []
    for name in names:
        field_id = name.split(" ", 1)[0]
        found = fields.get(field_id)
        out.append((field_id, found.label(language) if found else name))
    return out


def _answered(body: str, language: str,
              answers: dict[str, str]) -> list[tuple[str, str, str]]:
    """(id, label, text) of the template's fields the user has answered."""
    from evidence_kit.report import load_template

    return [(f.id, f.label(language), answers[f.id]) for f in load_template(body).fields
            if answers.get(f.id)]


class ReviewPage(QWizardPage):
    """Plans the dossier in a task and shows it; Next is allowed once the plan is ready and
    every required field has a value, or the user chose to export anyway."""

    copies_made = Signal(list)  # codes of the metadata-stripped copies a redacted plan made

    def __init__(self, ctx: AppContext, case: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case = case
        self.plan: Any = None
        self.busy = False
        self.missing: list[tuple[str, str]] = []
        self.overrides: dict[str, Any] = {}
        self.answers: dict[str, str] = {}
        self._key: tuple[Any, ...] | None = None
        self._body = ""
        self._language = "en"
        self.setTitle(self.tr("Check before export"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.summary = QLabel(self.tr("Preparing…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exclusions = ExclusionsPanel()
        self.exclusions.override_requested.connect(self._override)
        self.exclusions.override_withdrawn.connect(self._withdraw)
        self.exclusions.hide()
        self.answers_panel = AnswersPanel()
        self.answers_panel.recheck_requested.connect(self.recheck)
        self.answers_panel.changed.connect(self.completeChanged.emit)
        self.answers_panel.hide()
        # REPORT PREVIEW SLOT (issue 5): the report panel is placed in ``self.report_slot``
        # through ``set_report_widget``; the missing fields have their own panel above.
        self.report_box = QGroupBox(self.tr("The report"))
        self.report_box.setObjectName("ReportPreviewSlot")
        self.report_slot = QVBoxLayout(self.report_box)
        self.report_placeholder = QLabel(self.tr("The PDF report is made with the plan."))
        self.report_placeholder.setWordWrap(True)
        self.report_slot.addWidget(self.report_placeholder)
        self.report = ReportPanel(ctx)
        self.report.save_requested.connect(self.save_report)
        self.set_report_widget(self.report)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.summary)
        inner.addWidget(self.exclusions)
        inner.addWidget(self.answers_panel)
        inner.addWidget(self.report_box)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_report_widget(self, widget: QWidget) -> None:
        """Where issue 5's report preview plugs in."""
        self.report_placeholder.hide()
        self.report_slot.addWidget(widget)

    # -- planning ------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard: Any = self.wizard()
        codes, everything = wizard.items_page.codes()
        recipient = wizard.recipient_page
        body, level, language = (recipient.recipient(), recipient.level_code(),
                                 recipient.report_language())
        key = (body, level, language, tuple(codes), everything,
               tuple(sorted((k, v.decided_by, v.reason) for k, v in self.overrides.items())))
        if key == self._key and (self.plan is not None or self.busy):
            return
        self._sync_answers()
        if body != self._body:
            self.answers_panel.reset()
        self._key, self.plan, self._body, self._language = key, None, body, language
        self._set_busy(True, self.tr("Preparing the dossier plan…"))
        self.report.show_outline(None)
        vault, case, overrides = self._ctx.require_vault(), self._case, dict(self.overrides)
        answers = self._answers_for(body)
        items = None if everything else codes

        def work(task: TaskContext) -> Review:
            from evidence_kit.dossier_plan import plan_dossier
            from evidence_kit.export import attach_report
            from evidence_kit.redact import make_redacted_copies

            made = make_redacted_copies(vault, case, items) if level == "redacted" else []
            task.check()
            plan = plan_dossier(vault, case, items=items, recipient_body=body, level=level,
                                overrides=overrides)
            task.check()
            names = attach_report(vault, plan, language=language, answers=answers)
            return Review(plan, _missing(body, language, names),
                          report_outline(report_bytes_of(plan), body, language), made,
                          _answered(body, language, answers), withdrawn_codes(vault, plan))

        self._ctx.run(work, name="plan", on_done=lambda r: self._planned(key, r),
                      on_error=lambda message: self._failed(key, message))

    def _sync_answers(self) -> None:
        """The text boxes into ``self.answers`` (a box emptied removes its answer)."""
        for field_id, text in self.answers_panel.typed().items():
            if text:
                self.answers[field_id] = text
            else:
                self.answers.pop(field_id, None)

    def _answers_for(self, body: str) -> dict[str, str]:
        from evidence_kit.report import load_template

        self._sync_answers()
        ids = {f.id for f in load_template(body).fields}
        return {k: v for k, v in self.answers.items() if k in ids and v}

    def _planned(self, key: tuple[Any, ...], review: Review) -> None:
        if key != self._key:
            return  # the user went back and changed something meanwhile
        from .i18n import body_name

        self.plan = review.plan
        plan = review.plan
        size = sum(f.size for f in plan.files)
        level = self.tr("redacted") if plan.level == "redacted" else self.tr("confidential")
        text = self.tr(
            "<b>Dossier {id}</b> for {body} ({level})<br>{exhibits}, {testimonies}, "
            "{sources} and the PDF report: {size} before encryption.<br>Testimonies "
            "travel under their pseudonyms; witnesses' names and contacts stay in this "
            "vault unless they consented to share them.").format(
            id=plan.dossier_id, body=html.escape(body_name(plan.recipient_body)),
            level=level, exhibits=self.tr("%Ln exhibit(s)", "", len(plan.exhibits)),
            testimonies=self.tr("%Ln testimony(ies)", "", len(plan.testimonies)),
            sources=self.tr("%Ln source(s)", "", len(plan.sources)), size=human_size(size))
        if review.made_copies:
            text += "<br>" + self.tr(
                "Metadata-stripped copies were made for the redacted dossier: {codes}. The "
                "originals stay in the vault.").format(codes=", ".join(review.made_copies))
            self.copies_made.emit(review.made_copies)
        self.summary.setText(text)
        self.exclusions.show_plan(plan.exclusions, plan.overrides, review.withdrawn)
        self._show_report(review)
        self._set_busy(False)

    def _failed(self, key: tuple[Any, ...], message: str) -> None:
        if key != self._key:
            return
        self._key = None  # coming back to this page tries again
        self.summary.setText("<span style='color:#b3261e'>" + html.escape(message) + "</span>")
        self._set_busy(False)

    def _show_report(self, review: Review) -> None:
        self.missing = review.missing
        self.answers_panel.show_missing(review.missing, review.answered)
        self.report.show_outline(review.outline)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if text:
            self.summary.setText(text)
        self.answers_panel.recheck_button.setEnabled(not busy)
        self.exclusions.setEnabled(not busy)
        self.completeChanged.emit()

    # -- overrides and answers -----------------------------------------------------------

    def _override(self, item_code: str, decided_by: str, reason: str) -> None:
        from evidence_kit.dossier_plan import Override

        self.overrides[item_code] = Override(decided_by, reason)
        self.initializePage()

    def _withdraw(self, item_code: str) -> None:
        self.overrides.pop(item_code, None)
        self.initializePage()

    def recheck(self) -> None:
        """Remake the report with the typed answers; the plan itself stays as it is."""
        plan = self.plan
        if plan is None or self.busy:
            return
        body, language, key = self._body, self._language, self._key
        answers = self._answers_for(body)
        self._set_busy(True)
        self.report.show_outline(None)
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> Review:
            from evidence_kit.export import attach_report

            names = attach_report(vault, plan, language=language, answers=answers)
            return Review(plan, _missing(body, language, names),
                          report_outline(report_bytes_of(plan), body, language),
                          answered=_answered(body, language, answers))

        def done(review: Review) -> None:
            if key == self._key:
                self._show_report(review)
                self._set_busy(False)

        self._ctx.run(work, name="report", on_done=done,
                      on_error=lambda message: self._failed(key, message))

    def save_report(self, target: Path | None = None) -> None:
        """Write the report PDF where the user chooses (atomically, in a task)."""
        plan = self.plan
        if plan is None:
            return
        if not isinstance(target, Path):
            chosen = file_dialogs.save_file(self, self.tr("Save the report as"),
                                            str(Path.home() / f"{plan.dossier_id}-report.pdf"),
                                            self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            target = Path(chosen)
        out = target

        def work(task: TaskContext) -> str:
            from evidence_kit.atomic import atomic_writer
            from evidence_kit.errors import Phrase

            with atomic_writer(out, Phrase("the report")) as fh:
                fh.write(report_bytes_of(plan))
            return str(out)

        self._ctx.run(work, name="save-report",
                      on_done=lambda path: self.report.saved.setText(
                          self.tr("Saved to {path}").format(path=path)),
                      on_error=self.report.saved.setText)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        if self.plan is None or self.busy:
            return False
        return not self.missing or self.answers_panel.export_anyway.isChecked()
