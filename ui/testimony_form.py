"""The testimony editor: every field of the testimony schema, incidents, consent, recording.

The form builds exactly the JSON document ``evidence_kit.testimonies.add_testimony`` (and
``update_testimony``, when it edits one) takes (the same keys NGOs bulk-import), and the
core's ``validate`` checks it before anything is saved, so the GUI and the command line
accept and refuse the same testimonies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs
from .error_text import error_text
from .widgets import named, quiet_buttons

INCIDENT_COLUMNS = ("date", "date_precision", "place", "description", "basis", "told_by")


def _text_edit(name: str, height: int = 70) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setMinimumHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class TestimonyForm(QDialog):
    """Collects a testimony; ``document()`` is the JSON object, ``recording`` an optional file."""

    def __init__(self, parent: QWidget | None = None, document: dict[str, Any] | None = None,
                 code: str = "", others: list[tuple[str, str]] | None = None) -> None:
        """``document`` (with ``code``, e.g. "T0002") opens the form to edit that testimony;
        ``others``: (code, pseudonym) of the case's other testimonies, which this one may
        translate."""
        super().__init__(parent)
        from evidence_kit import consent, testimonies

        self._schema = testimonies
        self.code = code if document is not None else ""
        self._others = [(c, name) for c, name in others or [] if c != self.code]
        self.setWindowTitle(self.tr("Edit testimony {code}").format(code=code)
                            if self.code else self.tr("New testimony"))
        self.resize(760, 640)
        self.edits: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        tabs = QTabWidget()
        tabs.addTab(self._witness_page(testimonies), self.tr("Witness and interview"))
        tabs.addTab(self._account_page(testimonies), self.tr("Account and incidents"))
        tabs.addTab(self._consent_page(consent), self.tr("Consent"))
        tabs.addTab(self._followup_page(), self.tr("Follow-up"))
        self.tabs = named(tabs, self.tr("Testimony sections"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.save_button = named(buttons.button(QDialogButtonBox.StandardButton.Save),
                                 self.tr("Save testimony"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.validated: dict[str, Any] | None = None
        self._original: dict[str, Any] | None = None
        quiet_buttons(self, self.save_button)
        if document is not None:
            self.load(document)

    # -- pages ---------------------------------------------------------------------------

    def _line(self, form: QFormLayout, key: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = named(QLineEdit(), label.rstrip(":*").strip())
        edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        form.addRow(label, edit)
        return edit

    def _vocabulary(self) -> dict[str, str]:
        """Display names of the schema's stored values (the values themselves stay English)."""
        tr = self.tr
        return {
            "victim": tr("Victim"), "witness": tr("Witness"), "relative": tr("Relative"),
            "insider": tr("Insider"), "intermediary": tr("Intermediary"), "other": tr("Other"),
            "in-person": tr("In person"), "remote": tr("Remote"), "written": tr("Written"),
            "saw": tr("Saw it"), "heard": tr("Heard it"), "told": tr("Was told"),
            "document": tr("From a document"), "day": tr("Exact day"), "month": tr("Month"),
            "year": tr("Year"), "approximate": tr("Approximate"),
            "full": tr("Full name"), "initials": tr("Initials only"),
            "pseudonym": tr("Pseudonym only"), "none": tr("Not at all"),
        }

    def _combo(self, label: str, values: tuple[str, ...], blank: bool = True) -> QComboBox:
        combo = named(QComboBox(), label)
        if blank:
            combo.addItem(self.tr("(not recorded)"), "")
        names = self._vocabulary()
        for value in values:
            combo.addItem(names.get(value, value), value)
        return combo

    def _witness_page(self, schema: Any) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._line(form, "pseudonym", self.tr("Pseudonym:"),
                   self.tr("Leave empty to have one generated (used in every output)"))
        identity = QLabel(self.tr("The name and contact below stay in this vault; dossiers carry "
                                  "only the pseudonym."))
        identity.setWordWrap(True)
        form.addRow("", identity)
        self._line(form, "witness_name", self.tr("Full name:"))
        self._line(form, "witness_contact", self.tr("Contact:"))
        self.role = self._combo(self.tr("Role"), schema.ROLES)
        form.addRow(self.tr("Role:"), self.role)
        self._line(form, "interview_date", self.tr("Interview date:"), self.tr("YYYY-MM-DD"))
        self._line(form, "interview_place", self.tr("Interview place:"))
        self.mode = self._combo(self.tr("Interview mode"), schema.MODES)
        form.addRow(self.tr("Interview mode:"), self.mode)
        self._line(form, "interviewer", self.tr("Interviewer:"))
        self._line(form, "interviewer_org", self.tr("Interviewer's organisation:"))
        self._line(form, "interpreter", self.tr("Interpreter:"))
        self._line(form, "language", self.tr("Language:"), self.tr("e.g. ru, ar, fr"))
        self.translation_of = named(QComboBox(), self.tr("Translation of"))
        self.translation_of.addItem(self.tr("(none: this is the original account)"), "")
        for other, pseudonym in self._others:
            self.translation_of.addItem(f"{other} · {pseudonym}", other)
        form.addRow(self.tr("Translation of:"), self.translation_of)
        self.texts["persons_present"] = _text_edit(self.tr("Persons present, one per line"), 50)
        form.addRow(self.tr("Persons present\n(one per line):"), self.texts["persons_present"])
        self._line(form, "referral", self.tr("Referred by:"))
        self.texts["prior_accounts"] = _text_edit(self.tr("Prior accounts"), 50)
        form.addRow(self.tr("Prior accounts:"), self.texts["prior_accounts"])
        return page

    def _account_page(self, schema: Any) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Account in the witness's own words:")))
        self.texts["narrative"] = _text_edit(self.tr("Narrative"), 160)
        layout.addWidget(self.texts["narrative"], 2)
        box = QGroupBox(self.tr("Incidents"))
        inner = QVBoxLayout(box)
        self.incidents = named(QTableWidget(0, len(INCIDENT_COLUMNS)), self.tr("Incidents"))
        self.incidents.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Precision"), self.tr("Place"), self.tr("What happened"),
            self.tr("Basis"), self.tr("Told by")])
        self.incidents.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self._precisions, self._bases = schema.PRECISIONS, schema.BASES
        buttons = QHBoxLayout()
        add = named(QPushButton(self.tr("Add incident")), self.tr("Add incident"))
        remove = named(QPushButton(self.tr("Remove incident")), self.tr("Remove incident"))
        add.clicked.connect(lambda: self.add_incident())
        remove.clicked.connect(self._remove_incident)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        inner.addWidget(self.incidents)
        inner.addLayout(buttons)
        layout.addWidget(box, 1)
        return page

    def _consent_page(self, consent: Any) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(self.tr("Record what the witness agreed to. Exports to a body the "
                               "witness did not agree to leave this account out."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.consent_given = named(QCheckBox(self.tr("Consent was recorded")),
                                   self.tr("Consent was recorded"))
        form.addRow(self.consent_given)
        self.consent_record = named(QLineEdit(), self.tr("Consent record"))
        self.consent_record.setPlaceholderText(self.tr("e.g. signed form no. 12, or audio at "
                                                       "00:01:10"))
        form.addRow(self.tr("Record of consent:"), self.consent_record)
        names = {"icc": self.tr("International Criminal Court"),
                 "un-sp": self.tr("UN Special Procedures"),
                 "un-mechanism": self.tr("UN investigative mechanism"),
                 "national": self.tr("National authorities"), "public": self.tr("Public")}
        share = QWidget()
        share_layout = QVBoxLayout(share)
        share_layout.setContentsMargins(0, 0, 0, 0)
        self.share: dict[str, QCheckBox] = {}
        for body in consent.SHARE_TARGETS:
            box = named(QCheckBox(names.get(body, body)),
                        self.tr("May be shared with {body}").format(body=names.get(body, body)))
            self.share[body] = box
            if body != "un-sp":  # asked as question 1 of the UN Special Procedures group
                share_layout.addWidget(box)
        self.onward_sharing = named(QCheckBox(self.tr(
            "Agrees that the account may be passed on to national or regional courts "
            "(needed for a UN investigative mechanism)")), self.tr("Agrees to onward sharing"))
        share_layout.addWidget(self.onward_sharing)
        form.addRow(self.tr("May be shared with:"), share)
        self.be_named = self._combo(self.tr("How the witness may be named"),
                                    consent.IDENTITY_LEVELS, blank=False)
        self.be_named.setCurrentIndex(self.be_named.findData("pseudonym"))
        form.addRow(self.tr("May be named as:"), self.be_named)
        form.addRow(self._un_sp_questions())
        self.may_contact = named(QCheckBox(self.tr("The body may contact the witness")),
                                 self.tr("The body may contact the witness"))
        form.addRow("", self.may_contact)
        self.consent_date = named(QLineEdit(), self.tr("Consent given on"))
        self.consent_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        form.addRow(self.tr("Given on:"), self.consent_date)
        self.consent_how = named(QLineEdit(), self.tr("How consent was given"))
        self.consent_how.setPlaceholderText(self.tr("e.g. orally, recorded; written form"))
        form.addRow(self.tr("How:"), self.consent_how)
        self.consent_obtained_by = named(QLineEdit(), self.tr("Consent obtained by"))
        self.consent_obtained_by.setPlaceholderText(self.tr("Name or role of the person who "
                                                            "asked for consent"))
        form.addRow(self.tr("Obtained by:"), self.consent_obtained_by)
        self.withdraw_hint = QLabel(self.tr(
            "To take back consent for a body, use “Withdraw consent…” on the Testimonies tab: "
            "the recipients of earlier dossiers are then sent a signed notice."))
        self.withdraw_hint.setWordWrap(True)
        self.withdraw_hint.setVisible(bool(self.code))
        form.addRow(self.withdraw_hint)
        return page

    def _un_sp_questions(self) -> QGroupBox:
        """The four questions of the UN Special Procedures submission form, in its words."""
        box = QGroupBox(self.tr("UN Special Procedures: the four questions of the "
                                "submission form"))
        layout = QVBoxLayout(box)
        self.share["un-sp"].setText(self.tr(
            "1. Consents to this account being submitted to UN Special Procedures"))
        self.aware_government_letter = named(QCheckBox(self.tr(
            "2. Knows that a letter naming the victim is sent to the government concerned")),
            self.tr("Knows a letter naming the victim goes to the government"))
        self.aware_publication = named(QCheckBox(self.tr(
            "3. Knows that the communication is published in the UN's public report")),
            self.tr("Knows the communication is published in a public report"))
        fourth = QLabel(self.tr("4. Full name or initials in the communication: choose it "
                                "under “May be named as” (“Pseudonym only”: neither)."))
        fourth.setWordWrap(True)
        for widget in (self.share["un-sp"], self.aware_government_letter,
                       self.aware_publication, fourth):
            layout.addWidget(widget)
        return box

    def _followup_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._line(form, "welfare_followup", self.tr("Welfare follow-up:"))
        self._line(form, "feedback_promised", self.tr("Feedback promised:"))
        self.read_back = named(QCheckBox(self.tr("The account was read back to the witness")),
                               self.tr("The account was read back to the witness"))
        form.addRow("", self.read_back)
        self.texts["notes"] = _text_edit(self.tr("Notes"), 80)
        form.addRow(self.tr("Notes:"), self.texts["notes"])
        row = QHBoxLayout()
        self.recording = named(QLineEdit(), self.tr("Recording file"))
        self.recording.setReadOnly(True)
        self.recording.setPlaceholderText(self.tr("No recording attached"))
        choose = named(QPushButton(self.tr("Attach recording…")), self.tr("Attach recording"))
        choose.clicked.connect(self._choose_recording)
        row.addWidget(self.recording, 1)
        row.addWidget(choose)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(self.tr("Recording:"), holder)
        return page

    # -- incidents -----------------------------------------------------------------------

    def add_incident(self, values: dict[str, str] | None = None) -> int:
        values = values or {}
        row = self.incidents.rowCount()
        self.incidents.insertRow(row)
        for column, key in enumerate(INCIDENT_COLUMNS):
            if key in ("date_precision", "basis"):
                what = self.tr("Date precision") if key == "date_precision" else \
                    self.tr("Basis of knowledge")
                combo = self._combo(self.tr("Incident {n}: {what}").format(n=row + 1, what=what),
                                    self._precisions if key == "date_precision" else self._bases)
                index = combo.findData(values.get(key, ""))
                combo.setCurrentIndex(max(0, index))
                self.incidents.setCellWidget(row, column, combo)
            else:
                self.incidents.setItem(row, column, QTableWidgetItem(values.get(key, "")))
        return row

    def _remove_incident(self) -> None:
        row = self.incidents.currentRow()
        if row >= 0:
            self.incidents.removeRow(row)

    def _incident_rows(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.incidents.rowCount()):
            values: dict[str, str] = {}
            for column, key in enumerate(INCIDENT_COLUMNS):
                widget = self.incidents.cellWidget(row, column)
                if isinstance(widget, QComboBox):
                    values[key] = widget.currentData() or ""
                else:
                    item = self.incidents.item(row, column)
                    values[key] = item.text().strip() if item else ""
            if any(values.values()):
                rows.append(values)
        return rows

    def _choose_recording(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Attach a recording"))
        if path:
            self.recording.setText(path)

    # -- result --------------------------------------------------------------------------

    @property
    def recording_path(self) -> Path | None:
        return Path(self.recording.text()) if self.recording.text() else None

    def document(self) -> dict[str, Any]:
        """The testimony as the JSON object the core's ``add_testimony`` takes."""
        data: dict[str, Any] = {key: edit.text().strip() for key, edit in self.edits.items()}
        data["role"] = self.role.currentData() or ""
        data["interview_mode"] = self.mode.currentData() or ""
        data["narrative"] = self.texts["narrative"].toPlainText().strip()
        data["prior_accounts"] = self.texts["prior_accounts"].toPlainText().strip()
        data["notes"] = self.texts["notes"].toPlainText().strip()
        data["persons_present"] = [line.strip() for line in
                                   self.texts["persons_present"].toPlainText().splitlines()
                                   if line.strip()]
        data["read_back"] = self.read_back.isChecked()
        data["translation_of"] = self.translation_of.currentData() or ""
        data["incidents"] = self._incident_rows()
        if self.consent_given.isChecked():
            data["consent"] = {
                "record": self.consent_record.text().strip(),
                "share_with": [body for body, box in self.share.items() if box.isChecked()],
                "be_named": self.be_named.currentData(), "contact": self.may_contact.isChecked(),
                "given_on": self.consent_date.text().strip(),
                "how": self.consent_how.text().strip(),
                "obtained_by": self.consent_obtained_by.text().strip(),
                "aware_government_letter": self.aware_government_letter.isChecked(),
                "aware_publication": self.aware_publication.isChecked(),
                "onward_sharing": self.onward_sharing.isChecked()}
        if not data["pseudonym"]:  # left out, the core generates one (or keeps it, on edit)
            del data["pseudonym"]
        return self._keep_original(data) if self._original is not None else data

    def _keep_original(self, data: dict[str, Any]) -> dict[str, Any]:
        """On edit, a value that differs from the stored one only in white space (the form
        trims, a text box turns CR LF into LF) is sent as stored: the narrative's SHA-256,
        which proves the account unchanged, must not move because the form was opened."""
        original = self._original or {}

        def same(old: Any, new: Any) -> bool:
            if isinstance(old, str) and isinstance(new, str):
                return old.split() == new.split()
            if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
                return all(same(a, b) for a, b in zip(old, new, strict=True))
            if isinstance(old, dict) and isinstance(new, dict) and old.keys() == new.keys():
                return all(same(old[k], new[k]) for k in old)
            return bool(old == new)

        return {key: original[key] if key in original and same(original[key], value) else value
                for key, value in data.items()}

    def load(self, document: dict[str, Any]) -> None:
        """Fill the form with a testimony document (``testimonies.document_of``)."""
        self._original = document
        for key, edit in self.edits.items():
            edit.setText(str(document.get(key) or ""))
        for key in ("narrative", "prior_accounts", "notes"):
            self.texts[key].setPlainText(document.get(key) or "")
        self.texts["persons_present"].setPlainText("\n".join(document.get("persons_present")
                                                              or []))
        self.role.setCurrentIndex(max(0, self.role.findData(document.get("role") or "")))
        self.mode.setCurrentIndex(max(0, self.mode.findData(document.get("interview_mode")
                                                            or "")))
        self.read_back.setChecked(bool(document.get("read_back")))
        original = document.get("translation_of") or ""
        if original and self.translation_of.findData(original) < 0:  # kept, even if unlisted
            self.translation_of.addItem(original, original)
        self.translation_of.setCurrentIndex(max(0, self.translation_of.findData(original)))
        self.incidents.setRowCount(0)
        for incident in document.get("incidents") or []:
            self.add_incident(incident)
        consent = document.get("consent")
        self.consent_given.setChecked(consent is not None)
        if consent is None:
            return
        self.consent_record.setText(consent.get("record") or "")
        for body, box in self.share.items():
            box.setChecked(body in consent.get("share_with", []))
        self.be_named.setCurrentIndex(max(0, self.be_named.findData(consent.get("be_named"))))
        self.may_contact.setChecked(bool(consent.get("contact")))
        self.consent_date.setText(consent.get("given_on") or "")
        self.consent_how.setText(consent.get("how") or "")
        self.consent_obtained_by.setText(consent.get("obtained_by") or "")
        for key in ("aware_government_letter", "aware_publication", "onward_sharing"):
            getattr(self, key).setChecked(bool(consent.get(key)))

    def accept(self) -> None:
        from evidence_kit.errors import InvalidInput

        document = self.document()
        try:
            self.validated = self._schema.validate(document)
        except InvalidInput as exc:
            self.error.setText(error_text(exc))
            return
        if not document["narrative"] and self.recording_path is None:
            # There is no deleting a testimony: never store a blank one by a stray Save.
            self.error.setText(self.tr("Write the account in the witness's words (“Account "
                                       "and incidents”), or attach its recording, first."))
            return
        if self.recording_path is not None and not self.recording_path.is_file():
            self.error.setText(self.tr("The recording file no longer exists."))
            return
        super().accept()
