"""A full disk during ingest, export and open: one clear "disk is full" error, the vault
exactly as it was, and nothing half-written left behind.

The small disk is a real 8 MiB tmpfs (mounting needs root, as in CI; the test fails, never
skips, where it cannot mount).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e.kit import DOSSIER_PASS, VAULT_PASS, export, make_vault

from evidence_kit import cases, signers
from evidence_kit.dossier_open import open_dossier
from evidence_kit.errors import InvalidInput, StorageError
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault

from .support import assert_sound, fill, state, tmpfs

MIB = 1024 * 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "small-disk", "8m") as mount:
        yield mount


@pytest.fixture
def field(tmp_path: Path) -> Iterator[Vault]:
    """A vault on the ordinary disk with one case of three 4 MiB exhibits (12 MiB)."""
    vault = make_vault(tmp_path / "field")
    case = cases.add_case(vault, "Disk-full case", target_body="icc")
    for n in range(3):
        path = tmp_path / f"clip-{n}.bin"
        path.write_bytes(os.urandom(4 * MIB + n))
        ingest_file(vault, case, path)
    yield vault
    vault.lock()


def _free(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def _full_message(exc: pytest.ExceptionInfo[StorageError]) -> str:
    message = exc.value.message
    assert "disk is full" in message.lower(), message
    assert "Traceback" not in message and "Errno" not in message, message
    return message


def test_the_small_disk_is_really_small(small_disk: Path) -> None:
    assert _free(small_disk) <= 8 * MIB
    with pytest.raises(OSError, match="No space left"):
        (small_disk / "too-big").write_bytes(bytes(9 * MIB))


def test_ingest_of_a_file_bigger_than_the_free_space(small_disk: Path, tmp_path: Path) -> None:
    vault = make_vault(small_disk / "vault")
    case = cases.add_case(vault, "Case on a small disk")
    kept = tmp_path / "kept.txt"
    kept.write_bytes(b"an exhibit that fits\n")
    ingest_file(vault, case, kept)
    before = state(vault)
    source = tmp_path / "video.mp4"
    source.write_bytes(os.urandom(12 * MIB))  # larger than the whole disk
    with pytest.raises(StorageError) as caught:
        ingest_file(vault, case, source)
    _full_message(caught)
    assert "encrypted copy" in caught.value.message  # not "could not read" the source
    assert state(vault) == before
    assert list(vault.blobs.tmp.iterdir()) == []
    assert_sound(vault, orphans_allowed=False)
    vault.lock()
    again = Vault.open(small_disk / "vault", VAULT_PASS)
    assert state(again) == before
    assert_sound(again, orphans_allowed=False)
    again.lock()


def test_ingest_when_the_disk_fills_while_the_record_is_written(small_disk: Path,
                                                                 tmp_path: Path) -> None:
    """The encrypted copy fits, then the disk fills before its record is committed: the
    transaction rolls back, the blob goes, and the error says the disk is full."""
    vault = make_vault(small_disk / "vault")
    case = cases.add_case(vault, "Case on a small disk")
    before = state(vault)
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(2 * MIB))
    real_commit = vault.blobs.commit
    committed: list[Path] = []

    def commit_then_fill(sealed):  # noqa: ANN001 - a SealedBlob
        real_commit(sealed)
        committed.append(vault.blobs.path_for(sealed.blob_id))
        fill(small_disk)

    vault.blobs.commit = commit_then_fill  # type: ignore[method-assign]
    with pytest.raises(StorageError) as caught:
        ingest_file(vault, case, source)
    _full_message(caught)
    assert committed and not committed[0].exists(), "the uncommitted blob must be removed"
    (small_disk / ".filler").unlink()
    assert state(vault) == before
    vault.lock()
    again = Vault.open(small_disk / "vault", VAULT_PASS)
    assert state(again) == before
    assert_sound(again, orphans_allowed=False)
    assert not ingest_file(again, case, source).duplicate  # usable once space is freed
    again.lock()


def test_cli_ingest_on_a_full_disk_names_the_problem(small_disk: Path, tmp_path: Path,
                                                     cli) -> None:  # noqa: ANN001
    vault = make_vault(small_disk / "vault")
    cases.add_case(vault, "Case")
    vault.lock()
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(10 * MIB))
    secret = tmp_path / "pass.txt"
    secret.write_text(VAULT_PASS + "\n")
    result = cli("--vault", small_disk / "vault", "--passphrase-file", secret, "exhibit", "add",
                 "--case", "1", source)
    assert result.code == 1 and "Traceback" not in result.err
    assert "disk is full" in result.err.lower(), result.err
    assert len(result.err_lines) == 1, result.err
    listed = cli("--vault", small_disk / "vault", "--passphrase-file", secret, "exhibit", "list",
                 "--case", "1", "--json")
    assert listed.code == 0 and listed.out.strip() == "[]", listed.out


# A failed envelope must be abandoned cleanly, not left for the garbage collector to "close".
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_export_into_a_full_folder(field: Vault, small_disk: Path) -> None:
    before = state(field)
    sent = field.db["dossiers"].count
    out = small_disk / "dossier.zip"
    with pytest.raises(StorageError) as caught:
        export(field, field.db["cases"].get(1), out)
    assert str(out) in _full_message(caught)
    assert not out.exists(), "no file may stand under the final name"
    assert list(small_disk.iterdir()) == [], "the temporary dossier must be removed"
    assert state(field) == before and field.db["dossiers"].count == sent
    assert_sound(field, orphans_allowed=False)


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_export_when_the_folder_is_already_full(field: Vault, small_disk: Path) -> None:
    filler = fill(small_disk)
    out = small_disk / "dossier.zip"
    before = state(field)
    with pytest.raises(StorageError) as caught:
        export(field, field.db["cases"].get(1), out)
    _full_message(caught)
    assert sorted(p.name for p in small_disk.iterdir()) == [filler.name]
    assert state(field) == before


def _dossier(field: Vault, tmp_path: Path) -> Path:
    (tmp_path / "out").mkdir()
    return export(field, field.db["cases"].get(1), tmp_path / "out" / "case.zip").path


def test_open_into_a_folder_too_small_for_the_dossier(field: Vault, small_disk: Path,
                                                      tmp_path: Path) -> None:
    dossier = _dossier(field, tmp_path)
    target = small_disk / "opened"
    with pytest.raises((StorageError, InvalidInput)) as caught:
        open_dossier(dossier, target, DOSSIER_PASS, signers.resolver(field))
    message = caught.value.message
    assert "free space" in message or "disk is full" in message.lower(), message
    assert not target.exists() or list(target.iterdir()) == []


def test_open_when_the_disk_fills_during_extraction(field: Vault, tmp_path: Path) -> None:
    """Enough space when opening starts (the up-front check passes), then something else
    fills the disk: the staging folder goes and the target stays empty."""
    small = field.db["exhibits"].get(1)
    (tmp_path / "out").mkdir()
    dossier = export(field, field.db["cases"].get(1), tmp_path / "out" / "one.zip",
                     items=[f"E{small['number']:04d}"]).path
    with tmpfs(tmp_path / "disk-32", "32m") as disk:
        target = disk / "opened"
        filled: list[Path] = []

        def fill_once(done: int, total: int) -> None:
            if not filled and done > 64 * 1024:
                filled.append(fill(disk))

        with pytest.raises(StorageError) as caught:
            open_dossier(dossier, target, DOSSIER_PASS, signers.resolver(field),
                         progress=fill_once)
        _full_message(caught)
        assert filled, "the disk was never filled: the test did not test anything"
        assert list(target.iterdir()) == [], "nothing may be left in the target folder"
        filled[0].unlink()
        report, bag = open_dossier(dossier, target, DOSSIER_PASS, signers.resolver(field))
        assert report.ok and bag is not None and bag.parent == target
        shutil.rmtree(bag)
