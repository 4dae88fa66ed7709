"""The full integrity check a field team runs before exporting and after a scare.

Every blob decrypts and matches its hash, every record points at an existing blob,
the custody chain is intact, and the database pages pass SQLCipher's authentication.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from . import custody
from .db import DatabaseError, quick_check
from .errors import EvidenceKitError
from .vault import Vault


@dataclass
class CheckReport:
    blobs_checked: int = 0
    blobs_passed: int = 0  # of those checked, decrypted and matched their SHA-256
    events_checked: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_vault(vault: Vault, progress: Callable[[int, int], None] | None = None) -> CheckReport:
    report = CheckReport()
    report.problems += quick_check(vault.db)
    try:
        _check_records(vault, report, progress)
    except DatabaseError as exc:  # a damaged page: report it, never crash the check
        report.problems.append(
            f"the record database is damaged ({exc}); the records behind the damage "
            "could not be checked")
    return report


def _check_records(vault: Vault, report: CheckReport,
                   progress: Callable[[int, int], None] | None) -> None:
    if vault.meta("vault_id") != vault.vault_id:
        report.problems.append("the record database belongs to a different vault")
    blobs = list(vault.db["blobs"].rows_where(order_by="id"))
    for index, blob in enumerate(blobs, 1):
        try:
            key = vault.unwrap_blob_key(blob["id"], blob["wrapped_key"])
            vault.blobs.verify(blob["id"], key, blob["sha256"])
            report.blobs_passed += 1
        except EvidenceKitError as exc:
            users = [row["number"] for row in
                     vault.db["exhibits"].rows_where("blob_id = ?", [blob["id"]])]
            codes = ", ".join(f"E{n:04d}" for n in users) or "no exhibit"
            report.problems.append(f"{codes}: {exc.message}")
        report.blobs_checked += 1
        if progress:
            progress(index, len(blobs))
    for row in vault.db.query(
            "SELECT e.case_id, e.number FROM exhibits e LEFT JOIN blobs b ON b.id = e.blob_id "
            "WHERE b.id IS NULL"):
        report.problems.append(
            f"case {row['case_id']} E{row['number']:04d} points at an encrypted file the vault "
            "does not hold")
    orphans = _orphans(vault)
    if orphans:
        report.notes.append(
            f"{len(orphans)} encrypted file(s) have no record (left by an interrupted import); "
            "they hold no readable data and can be removed with 'evidence-kit check --repair'")
    chain = custody.verify_chain(vault.db, vault.public_key)
    report.events_checked = chain.count
    if not chain.ok:
        report.problems.append(f"custody log broken: {chain.problem}")


def _orphans(vault: Vault) -> list[str]:
    """Blob files without a ``blobs`` row. The rows are read after the files are listed, so
    a blob another import committed meanwhile is not mistaken for one."""
    files = list(vault.blobs.all_blob_ids())
    known = {row["id"] for row in vault.db["blobs"].rows_where(select="id")}
    return [blob_id for blob_id in files if blob_id not in known]


def remove_orphans(vault: Vault) -> int:
    """Delete blob files that have no record. Holds the write lock while it looks: an
    import moves its blob in place and commits its record under that lock, so a blob
    another process has placed but not yet committed is never taken for an orphan."""
    removed = 0
    with vault.transaction():
        for blob_id in _orphans(vault):
            vault.blobs.path_for(blob_id).unlink(missing_ok=True)
            removed += 1
    return removed
