"""Metadata risk preview: what an exhibit's file reveals before it is shared.

Field teams often do not know that a photo carries the phone's serial number or the
exact GPS position of a safe house. This lists what the file itself says (from the
values recorded at import and from markers in its first bytes), how many faces a local
detector finds in a photo (``faces``), and what a redacted copy keeps: only pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import faces as face_detection
from .errors import InvalidInput
from .records import Record
from .redact import Box
from .vault import Vault

HEAD_BYTES = 1024 * 1024
_MARKERS = (
    (b"http://ns.adobe.com/xap/1.0/", "XMP metadata block (may hold location, author, edit "
                                      "history)"),
    (b"jumb", "JUMBF / Content Credentials (C2PA) block (may name the device or person)"),
    (b"ICC_PROFILE", "colour profile (may name the device model)"),
    (b"Photoshop 3.0", "Photoshop / IPTC block (may hold captions, names, places)"),
)


@dataclass(frozen=True)
class Finding:
    what: str
    value: str
    severity: str  # "high" (locates or identifies), "medium", "info"


@dataclass
class RiskReport:
    findings: list[Finding] = field(default_factory=list)
    redacted_copy_keeps: str = ""
    not_checked: str = ("Tattoos, street signs, number plates and voices are not detected "
                        "automatically, and face detection can miss faces: look at the "
                        "content before sharing.")
    faces: list[Box] = field(default_factory=list)  # for the redaction editor to pre-draw

    @property
    def worst(self) -> str:
        levels = [f.severity for f in self.findings]
        return "high" if "high" in levels else "medium" if "medium" in levels else "info"


def _from_record(row: Record) -> list[Finding]:
    found = []
    if row.get("gps_lat") is not None:
        found.append(Finding("GPS position", f"{row['gps_lat']:.6f}, {row['gps_lon']:.6f}",
                             "high"))
    if row.get("camera_serial"):
        found.append(Finding("Device serial number", row["camera_serial"], "high"))
    device = " ".join(v for v in (row.get("camera_make"), row.get("camera_model")) if v)
    if device:
        found.append(Finding("Device make and model", device, "medium"))
    if row.get("capture_time"):
        offset = f" ({row['capture_offset']})" if row.get("capture_offset") else ""
        found.append(Finding("Capture time", row["capture_time"] + offset, "medium"))
    if row.get("software"):
        found.append(Finding("Software", row["software"], "info"))
    if row.get("original_filename"):
        # Confidential dossiers carry it (dossier.json); redacted ones never do.
        found.append(Finding("Original file name (in confidential dossiers only)",
                             row["original_filename"], "medium"))
    return found


def _from_bytes(head: bytes) -> list[Finding]:
    found = [Finding("Embedded block", label, "medium")
             for marker, label in _MARKERS if marker in head]
    exif = head.find(b"Exif\x00\x00")
    if exif != -1 and head.find(b"\xff\xd8\xff", exif) != -1:
        found.append(Finding("Embedded thumbnail", "a small preview image inside the EXIF "
                             "block (may show the unredacted picture)", "high"))
    return found


def _faces(vault: Vault, exhibit: Record, report: RiskReport) -> None:
    try:
        report.faces = face_detection.exhibit_faces(vault, exhibit)
    except InvalidInput:  # undecodable, or no OpenCV: say it was not checked
        report.findings.append(Finding("Faces", "not checked (the image could not be "
                                       "analysed)", "info"))
        return
    count = len(report.faces)
    report.findings.append(Finding(
        "Faces", f"{count} detected (automatic detection can miss faces)" if count else
        "none detected (automatic detection can miss faces)", "high" if count else "info"))


def assess(vault: Vault, exhibit: Record, *, faces: bool = True) -> RiskReport:
    """What the exhibit reveals; ``faces=False`` skips face detection (decodes the image)."""
    head = b""
    for chunk in vault.read_blob(exhibit["blob_id"]):
        head = chunk[:HEAD_BYTES]
        break
    report = RiskReport(_from_record(exhibit) + _from_bytes(head))
    if faces and exhibit["kind"] == "photo":
        _faces(vault, exhibit, report)
    if exhibit["kind"] == "photo":
        report.redacted_copy_keeps = ("pixels only: no EXIF, GPS, device, time, XMP, "
                                      "colour profile or embedded thumbnail")
    else:
        report.redacted_copy_keeps = ("this file type cannot be redacted here yet; share it "
                                      "only in confidential dossiers")
    return report
