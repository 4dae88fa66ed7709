"""Helpers of the hardening tests: the soundness check every fault test ends with, a
logical snapshot of a vault, and small file systems (tmpfs, read-only) for fault injection.

Mounting needs root; CI runs as root. Where a mount is impossible the test FAILS with a
message saying so (house rule: never skip).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from evidence_kit import custody
from evidence_kit.check import CheckReport, check_vault
from evidence_kit.vault import Vault

ORPHAN_NOTE = "have no record (left by an interrupted import)"


@dataclass(frozen=True)
class VaultState:
    """What a failed operation must leave exactly as it was."""

    exhibits: int
    blobs: int
    events: int
    blob_files: tuple[str, ...]
    temp_files: tuple[str, ...]


def state(vault: Vault) -> VaultState:
    return VaultState(vault.db["exhibits"].count, vault.db["blobs"].count,
                      vault.db["custody_events"].count, tuple(sorted(vault.blobs.all_blob_ids())),
                      tuple(sorted(p.name for p in vault.blobs.tmp.iterdir())))


def orphan_blob_files(vault: Vault) -> set[str]:
    known = {row["id"] for row in vault.db["blobs"].rows_where(select="id")}
    return {bid for bid in vault.blobs.all_blob_ids() if bid not in known}


def assert_sound(vault: Vault, *, orphans_allowed: bool = True) -> CheckReport:
    """Everything issue 9 promises after a fault: the full check has no problem, the
    custody chain verifies, no record points at a missing blob, and every orphan blob
    file is reported (as a note, never as a problem)."""
    assert list(vault.blobs.tmp.iterdir()) == [], "opening must clear interrupted temp files"
    report = check_vault(vault)
    assert report.ok, f"check_vault problems: {report.problems}"
    chain = custody.verify_chain(vault.db, vault.public_key)
    assert chain.ok, f"custody chain broken: {chain.problem}"
    missing_rows = list(vault.db.query(
        "SELECT e.number FROM exhibits e LEFT JOIN blobs b ON b.id = e.blob_id "
        "WHERE b.id IS NULL"))
    assert missing_rows == [], f"exhibit rows without a blob row: {missing_rows}"
    for row in vault.db["blobs"].rows_where(select="id"):
        assert vault.blobs.path_for(row["id"]).is_file(), f"blob file {row['id']} is missing"
    orphans = orphan_blob_files(vault)
    noted = [n for n in report.notes if ORPHAN_NOTE in n]
    assert bool(orphans) == bool(noted), f"orphans {orphans} vs notes {report.notes}"
    if noted:
        assert noted[0].startswith(f"{len(orphans)} encrypted file(s)"), noted
    assert len(noted) == len(report.notes), f"unexpected notes: {report.notes}"
    if not orphans_allowed:
        assert not orphans, f"this operation must never leave orphans: {orphans}"
    return report


def open_sound(folder: Path, passphrase: str, *, orphans_allowed: bool = True) -> Vault:
    vault = Vault.open(folder, passphrase)
    try:
        assert_sound(vault, orphans_allowed=orphans_allowed)
    except BaseException:
        vault.lock()
        raise
    return vault


# -- small and read-only file systems --------------------------------------------------------

def _mount(*argv: str) -> None:
    if os.geteuid() != 0:
        raise AssertionError(
            "this fault-injection test needs root to mount a small tmpfs / read-only bind "
            f"mount (CI runs as root); running as uid {os.geteuid()}, cannot test")
    proc = subprocess.run(["mount", *argv], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, (f"'mount {' '.join(argv)}' failed ({proc.returncode}): "
                                  f"{proc.stderr.strip()}; this test cannot run without it")


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30, check=False)


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "8m") -> Iterator[Path]:
    """A size-limited tmpfs at ``path`` (created), unmounted on exit whatever happens."""
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path))
    try:
        yield path
    finally:
        _umount(path)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """Make ``path`` (a folder) truly read-only, even for root, by a read-only bind mount
    of it onto itself; restored on exit."""
    _mount("--bind", str(path), str(path))
    try:
        _mount("-o", "remount,bind,ro", str(path))
        probe = path / ".write-probe"
        try:
            probe.write_bytes(b"x")
        except OSError:
            pass
        else:
            probe.unlink()
            raise AssertionError(f"{path} is still writable after a read-only remount")
        yield path
    finally:
        _umount(path)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system holding ``folder`` until at most ``leave`` bytes are free."""
    filler = folder / ".filler"
    block = bytes(64 * 1024)
    with filler.open("ab") as fh:
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                fh.write(block[: max(1, min(len(block), free - leave))])
                fh.flush()
        except OSError:
            pass
    return filler
