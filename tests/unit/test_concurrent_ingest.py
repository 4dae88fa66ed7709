"""Two imports at once on one vault (the app and the CLI, or two app threads), each with
its own ``Vault`` and database connection: nothing is lost, numbers are not shared, and
``check --repair`` never removes a blob an import has placed but not yet committed.

The interleave is forced: each import waits at a barrier where it first looks at the
vault (``ingest._existing``), so both look before either writes unless the looking is
done under the write lock, as it must be.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from evidence_kit import cases, ingest
from evidence_kit.check import check_vault, remove_orphans
from evidence_kit.ingest import IngestResult, ingest_file
from evidence_kit.vault import Vault


@pytest.fixture
def two_vaults(vault: Vault, passphrase: str):  # noqa: ANN201 - a pair of vaults
    case = cases.add_case(vault, "Shared case")
    other = Vault.open(vault.folder, passphrase)
    yield vault, other, case
    other.lock()


def force_interleave(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both imports reach their first look at the vault together (when they can)."""
    barrier = threading.Barrier(2, timeout=2)
    real = ingest._existing

    def existing(vault, case_id, blob_id):  # noqa: ANN001, ANN202
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass  # the other import holds the write lock: it cannot get here meanwhile
        return real(vault, case_id, blob_id)

    monkeypatch.setattr(ingest, "_existing", existing)


Outcome = tuple[list[IngestResult], list[BaseException]]


def run_both(jobs: list[tuple[Vault, dict, Path]]) -> Outcome:
    results: list[IngestResult] = []
    errors: list[BaseException] = []

    def work(vault: Vault, case: dict, path: Path) -> None:
        try:
            results.append(ingest_file(vault, case, path))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=work, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results, errors


def test_the_same_file_imported_twice_at_once_is_stored_once(two_vaults, tmp_path,
                                                            monkeypatch) -> None:
    first, second, case = two_vaults
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(300_000))
    force_interleave(monkeypatch)
    results, errors = run_both([(first, case, photo), (second, case, photo)])
    assert errors == []
    assert sorted(r.duplicate for r in results) == [False, True]
    assert {r.code for r in results} == {"E0001"}
    report = check_vault(first)
    assert report.ok, report.problems
    assert report.notes == []
    assert (report.blobs_checked, report.blobs_passed) == (1, 1)
    assert b"".join(first.read_blob(results[0].exhibit["blob_id"])) == photo.read_bytes()
    assert list(first.blobs.tmp.iterdir()) == []


def test_different_files_imported_at_once_get_their_own_numbers(two_vaults, tmp_path,
                                                                monkeypatch) -> None:
    first, second, case = two_vaults
    files = [tmp_path / "a.bin", tmp_path / "b.bin"]
    for path in files:
        path.write_bytes(os.urandom(200_000))
    force_interleave(monkeypatch)
    results, errors = run_both([(first, case, files[0]), (second, case, files[1])])
    assert errors == []
    assert sorted(r.code for r in results) == ["E0001", "E0002"]
    assert not any(r.duplicate for r in results)
    report = check_vault(second)
    assert report.ok, report.problems
    assert (report.blobs_checked, report.blobs_passed) == (2, 2)
    for result in results:
        wanted = (tmp_path / result.exhibit["original_filename"]).read_bytes()
        assert b"".join(first.read_blob(result.exhibit["blob_id"])) == wanted


def test_same_file_into_two_cases_at_once_shares_one_blob(two_vaults, tmp_path,
                                                         monkeypatch) -> None:
    first, second, case = two_vaults
    other_case = cases.add_case(first, "Second case")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(100_000))
    force_interleave(monkeypatch)
    results, errors = run_both([(first, case, photo), (second, other_case, photo)])
    assert errors == []
    assert [r.duplicate for r in results] == [False, False]
    assert first.db["blobs"].count == 1
    report = check_vault(first)
    assert report.ok, report.problems
    assert report.notes == []


def test_repair_waits_for_an_import_that_placed_its_blob(two_vaults, tmp_path) -> None:
    """An import has moved its blob in place but not yet committed its record; a repair
    started in another process then must not take the blob for an orphan."""
    importer, repairer, case = two_vaults
    placed, release = threading.Event(), threading.Event()
    real_commit = importer.blobs.commit

    def commit_then_pause(sealed):  # noqa: ANN001 - a SealedBlob
        real_commit(sealed)
        placed.set()
        release.wait(10)

    importer.blobs.commit = commit_then_pause  # type: ignore[method-assign]
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(100_000))
    imported: list[IngestResult] = []
    removed: list[int] = []
    worker = threading.Thread(target=lambda: imported.append(ingest_file(importer, case, photo)))
    worker.start()
    assert placed.wait(10)
    repair = threading.Thread(target=lambda: removed.append(remove_orphans(repairer)))
    repair.start()
    repair.join(0.5)
    release.set()
    worker.join(30)
    repair.join(30)
    assert imported and removed == [0]
    report = check_vault(repairer)
    assert report.ok, report.problems
    assert (report.blobs_checked, report.blobs_passed) == (1, 1)


def test_repair_still_removes_a_real_orphan(vault, tmp_path) -> None:
    case = cases.add_case(vault, "Case")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(1000))
    blob_id = ingest_file(vault, case, photo).exhibit["blob_id"]
    orphan = vault.blobs.path_for("ab" * 32)
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"noise")
    assert remove_orphans(vault) == 1
    assert not orphan.exists() and vault.blobs.path_for(blob_id).exists()


def test_an_orphan_at_the_same_name_is_replaced_by_a_new_import(vault, tmp_path) -> None:
    """A killed import left ciphertext at the blob's name but no key: importing the same
    file again stores a readable copy there."""
    case = cases.add_case(vault, "Case")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(5000))
    blob_id = vault.blobs.blob_id(hashlib.sha256(photo.read_bytes()).hexdigest())
    orphan = vault.blobs.path_for(blob_id)
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"left by a killed import")
    result = ingest_file(vault, case, photo)
    assert b"".join(vault.read_blob(result.exhibit["blob_id"])) == photo.read_bytes()
    assert check_vault(vault).ok
