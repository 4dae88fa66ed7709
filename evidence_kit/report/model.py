"""What a submission report shows, as plain data (no vault, no Qt, no reportlab).

``report_data_from_plan`` fills these from a vault at the dossier's disclosure level;
tests and benchmarks build them by hand. Testimonies appear under their pseudonyms; an
identity is held only where the dossier carries one (confidential, and the witness
consented for this recipient). Thumbnails are small re-encoded JPEGs, never the evidence
bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CaseInfo:
    title: str
    summary: str = ""
    situation: str = ""
    country: str = ""
    uid: str = ""


@dataclass
class ExhibitInfo:
    code: str  # E0007
    kind: str  # photo | video | audio | document | web-capture | other
    media_type: str
    size: int
    sha256: str
    description: str = ""
    file: str = ""  # path inside the dossier (data/exhibits/...)
    capture_time: str = ""  # as found in the file's metadata, local time
    capture_offset: str = ""  # e.g. +03:00
    gps_lat: float | None = None
    gps_lon: float | None = None
    location_text: str = ""
    camera: str = ""
    acquired_at: str = ""
    acquired_by: str = ""
    acquired_how: str = ""
    received_from: str = ""
    source_url: str = ""
    derived_from: str = ""  # parent exhibit code for redacted or other derived copies
    thumbnail: bytes | None = None  # a small JPEG (about 128 px) made in memory


@dataclass
class IncidentInfo:
    date: str = ""
    date_precision: str = ""
    place: str = ""
    description: str = ""
    basis: str = ""  # saw | heard | told | document
    told_by: str = ""


@dataclass
class ConsentInfo:
    """Scopes only: who may receive the account and with which identity level."""

    share_with: list[str] = field(default_factory=list)
    identity: dict[str, str] = field(default_factory=dict)  # body -> full|initials|...
    may_contact: dict[str, bool] = field(default_factory=dict)
    onward_sharing: dict[str, bool] = field(default_factory=dict)
    given_on: str = ""
    how: str = ""
    record: str = ""


@dataclass
class TestimonyInfo:
    code: str  # T0002
    pseudonym: str
    role: str = ""
    interview_date: str = ""
    interview_place: str = ""
    interview_mode: str = ""
    interviewer: str = ""
    interviewer_org: str = ""
    interpreter: str = ""
    persons_present: list[str] = field(default_factory=list)
    language: str = ""
    referral: str = ""
    prior_accounts: str = ""
    narrative: str = ""
    narrative_sha256: str = ""
    read_back: bool | None = False  # None: not carried (a redacted dossier)
    incidents: list[IncidentInfo] = field(default_factory=list)
    consent: ConsentInfo | None = None
    linked_exhibits: list[str] = field(default_factory=list)
    identity: str = ""  # the consented full name or initials; "" = pseudonym only
    identity_kind: str = ""  # full | initials (as in dossier.json), "" with no identity


@dataclass
class SourceInfo:
    code: str  # S0003
    title: str
    kind: str = ""
    author: str = ""
    publisher: str = ""
    url: str = ""
    published_date: str = ""
    accessed_date: str = ""
    quote: str = ""
    locator: str = ""
    reliability: str = ""  # A-F
    credibility: str = ""  # 1-6
    language: str = ""
    notes: str = ""


@dataclass
class CustodyInfo:
    seq: int
    at: str  # UTC, ISO 8601
    action: str
    item: str  # E0001, T0001, S0001, "case" or ""
    item_sha256: str = ""
    event_hash: str = ""


@dataclass
class FileInfo:
    path: str  # inside the dossier's bag, e.g. data/exhibits/E0001-photo-2017-03-24.jpg
    sha256: str
    size: int = 0


@dataclass
class ReportData:
    """Everything the PDF shows, and nothing else."""

    dossier_id: str
    created_at: str  # UTC, ISO 8601 (the dossier's creation time)
    case: CaseInfo
    recipient_body: str  # a key of evidence_kit.records.BODIES
    signer_fingerprint: str
    signer_label: str  # the submitting organisation
    recipient_name: str = ""  # defaults to BODIES[recipient_body]
    level: str = "confidential"  # the dossier's disclosure level: confidential | redacted
    exhibits: list[ExhibitInfo] = field(default_factory=list)
    testimonies: list[TestimonyInfo] = field(default_factory=list)
    sources: list[SourceInfo] = field(default_factory=list)
    custody: list[CustodyInfo] = field(default_factory=list)  # custody.jsonl's events
    custody_sealed: int = 0  # events a redacted dossier carries as stubs only
    files: list[FileInfo] = field(default_factory=list)  # the dossier's other payload files
    template_answers: dict[str, str] = field(default_factory=dict)
    software: str = "Evidence Kit"

    def __post_init__(self) -> None:
        if not self.recipient_name:
            from evidence_kit.records import BODIES  # noqa: PLC0415 - keeps this module light

            self.recipient_name = BODIES.get(self.recipient_body, self.recipient_body)
