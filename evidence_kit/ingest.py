"""Importing evidence files: one streaming pass, originals untouched, all-or-nothing.

The file is read once: hashing, sniffing and encryption share the pass, and EXIF is
parsed from the head kept in memory. The encrypted copy is finished and fsynced before
the record and its custody event are committed in one transaction, so a crash leaves
either nothing or a complete exhibit (at worst an orphan ciphertext that ``check``
reports).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .blobstore import FileIdentity, SealedBlob
from .clock import utc_now
from .errors import InvalidInput, NotFound, StorageError
from .exif import read_capture_metadata
from .records import Record, code, new_uid, next_number
from .sniff import declared_type, sniff
from .vault import Vault

Progress = Callable[[int], None]


@dataclass
class ExhibitDetails:
    description: str = ""
    location_text: str = ""
    acquired_how: str = "copied from file"
    acquired_by: str = ""
    received_from: str = ""
    source_url: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IngestResult:
    exhibit: Record
    duplicate: bool  # True: this exact file was already in the case; nothing was added
    warnings: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        return code("exhibits", self.exhibit["number"])


def file_name(path: Path) -> str:
    """The file's name as text that can be stored and printed. A name that is not valid
    UTF-8 (an old camera, a USB stick written in another encoding) keeps its odd bytes
    visible as ``\\xNN`` escapes instead of breaking the database or the terminal."""
    return os.fsencode(Path(path).name).decode("utf-8", "backslashreplace")


def _open_source(path: Path):  # noqa: ANN202 - a binary file object
    try:
        if not path.exists():  # is_file() alone would call a missing file "not regular"
            raise NotFound("File not found: {path}", path=str(path))
        if not path.is_file():
            raise InvalidInput("{path} is not a regular file.", path=str(path))
        return path.open("rb")
    except FileNotFoundError as exc:
        raise NotFound("File not found: {path}", path=str(path)) from exc
    except PermissionError as exc:
        raise StorageError("Not allowed to read {path}.", path=str(path)) from exc
    except OSError as exc:
        raise StorageError("Could not read {path}: {reason}", path=str(path),
                           reason=exc.strerror or str(exc)) from exc


def _existing(vault: Vault, case_id: int, blob_id: str) -> Record | None:
    rows = vault.db["exhibits"].rows_where("case_id = ? AND blob_id = ?", [case_id, blob_id],
                                           order_by="number", limit=1)
    return next(iter(rows), None)


def _exhibit_row(vault: Vault, case_id: int, name: str, sealed: SealedBlob,
                 details: ExhibitDetails) -> tuple[Record, list[str]]:
    """The exhibit's fields, all but its number (given under the write lock)."""
    media = sniff(sealed.head)
    meta = read_capture_metadata(sealed.head, media)
    now = utc_now()
    row: Record = {
        "uid": new_uid(), "case_id": case_id, "number": None,
        "kind": media.kind, "blob_id": sealed.blob_id, "sha256": sealed.sha256,
        "sha512": sealed.sha512, "size": sealed.size, "original_filename": name,
        "media_type": media.mime,
        "declared_type": declared_type(name), "acquired_at": now,
        "acquired_by": details.acquired_by or vault.actor, "acquired_how": details.acquired_how,
        "received_from": details.received_from, "source_url": details.source_url,
        "capture_time": meta.capture_time, "capture_offset": meta.capture_offset,
        "gps_lat": meta.gps_lat, "gps_lon": meta.gps_lon, "gps_alt": meta.gps_alt,
        "camera_make": meta.camera_make, "camera_model": meta.camera_model,
        "camera_serial": meta.camera_serial, "software": meta.software,
        "description": details.description, "location_text": details.location_text,
        "tags": json.dumps(details.tags, ensure_ascii=False), "parent_id": None,
        "derivation": None, "created_at": now, "updated_at": now,
    }
    return row, meta.warnings


@dataclass(frozen=True)
class Derivation:
    """How a derived copy (redaction, transcode, still) came from its evidentiary original."""

    parent: Record
    steps: list[dict]


def ingest_file(vault: Vault, case: Record, path: Path, details: ExhibitDetails | None = None,
                *, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> IngestResult:
    """Add one file to a case, or report it as a duplicate of an exhibit already there."""
    path = Path(path)
    with _open_source(path) as source:
        try:
            sealed = vault.blobs.seal(source, progress, cancel)
        except OSError as exc:  # a read error mid-file (unplugged USB stick, bad sector)
            raise StorageError("Could not read {path}: {reason}", path=str(path),
                               reason=exc.strerror or str(exc)) from exc
    return _record(vault, case, file_name(path), sealed, details or ExhibitDetails())


def ingest_bytes(vault: Vault, case: Record, data: bytes, name: str,
                 details: ExhibitDetails | None = None,
                 derivation: Derivation | None = None) -> IngestResult:
    """Add bytes made in memory (e.g. a redacted copy): they never touch the disk in clear."""
    sealed = vault.blobs.seal(io.BytesIO(data))
    return _record(vault, case, name, sealed, details or ExhibitDetails(), derivation)


def _record(vault: Vault, case: Record, name: str, sealed: SealedBlob, details: ExhibitDetails,
            derivation: Derivation | None = None) -> IngestResult:
    """Store the sealed file and its record. Every decision that depends on what else is
    in the vault (duplicate? blob already stored? which number?) is taken inside the write
    transaction (``BEGIN IMMEDIATE``), so two imports at once (the app and the CLI, or two
    app threads) are serialised: neither can remove the other's blob or take its number."""
    placed = None  # the blob file this call put in place, until its record is committed
    duplicate: Record | None = None
    try:
        row, warnings = _exhibit_row(vault, case["id"], name, sealed, details)
        hashes = {"sha256": sealed.sha256}
        action = "exhibit-ingested"
        if derivation is not None:
            row["parent_id"] = derivation.parent["id"]
            row["derivation"] = json.dumps({"parent_sha256": derivation.parent["sha256"],
                                            "steps": derivation.steps}, ensure_ascii=False)
            hashes["parent_sha256"] = derivation.parent["sha256"]
            action = "exhibit-derived"
        with vault.transaction():
            duplicate = _existing(vault, case["id"], sealed.blob_id)
            if duplicate is None:
                placed = _store_blob(vault, sealed, row["created_at"])
                try:
                    row["number"] = next_number(vault.db, "exhibits", case["id"])
                    row["id"] = vault.db["exhibits"].insert(row).last_pk
                    vault.log(action, case_uid=case["uid"], item_kind="exhibit",
                              item_uid=row["uid"], hashes=hashes,
                              details={"code": code("exhibits", row["number"]),
                                       "size": sealed.size, "media_type": row["media_type"]})
                except BaseException:
                    # Still holding the write lock: no other import can have taken the name.
                    vault.blobs.remove_placed(sealed.blob_id, placed)
                    placed = None
                    raise
    except BaseException:
        vault.blobs.discard(sealed)
        # If the commit itself failed, the placed ciphertext has no key any more. Only the
        # file this call placed goes; one another import put there since is left alone.
        vault.blobs.remove_placed(sealed.blob_id, placed)
        raise
    vault.blobs.discard(sealed)  # a duplicate, or bytes already stored: the temp copy goes
    if duplicate is not None:
        return IngestResult(duplicate, True)
    return IngestResult(row, False, tuple(warnings))


def _store_blob(vault: Vault, sealed: SealedBlob, now: str) -> FileIdentity | None:
    """Inside the write transaction: move the ciphertext in place and store its wrapped
    key, unless the same bytes are already held (for another case): stored once."""
    if vault.db["blobs"].count_where("id = ?", [sealed.blob_id]) > 0:
        return None
    ident = vault.blobs.identity(sealed)
    vault.blobs.commit(sealed)
    try:
        vault.db["blobs"].insert({
            "id": sealed.blob_id, "sha256": sealed.sha256, "sha512": sealed.sha512,
            "crc32": sealed.crc32, "size": sealed.size,
            "wrapped_key": vault.wrap_blob_key(sealed.blob_id, sealed.key),
            "created_at": now})
    except BaseException:
        vault.blobs.remove_placed(sealed.blob_id, ident)
        raise
    return ident


def iter_files(paths: list[Path]) -> list[Path]:
    """Expand folders (recursively, sorted, skipping hidden files) into a file list."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and not any(part.startswith(".") for part in
                                                       p.relative_to(path).parts))
        else:
            found.append(path)
    return found
