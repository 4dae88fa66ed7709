"""An import killed at any moment (SIGKILL, in a subprocess) leaves a vault that opens,
verifies and holds no half-record: an exhibit exists completely, or not at all.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidence_kit import cases
from evidence_kit.check import check_vault, remove_orphans
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault

BIG = 300 * 1024 * 1024
RUNS = 5
SEED = int(os.environ.get("EVIDENCE_KIT_TEST_SEED", time.time_ns() % 1_000_000))


def zeros_sha256(size: int) -> str:
    digest, block = hashlib.sha256(), bytes(1024 * 1024)
    for _ in range(size // len(block)):
        digest.update(block)
    return digest.hexdigest()


def assert_consistent(folder: Path, passphrase: str, size: int, sha: str) -> tuple[int, Vault]:
    """Open, check, and compare records, custody events and blobs; returns exhibit count."""
    vault = Vault.open(folder, passphrase)
    assert list(vault.blobs.tmp.iterdir()) == [], "opening must clear interrupted temp files"
    report = check_vault(vault)
    assert report.ok, report.problems
    exhibits = list(vault.db["exhibits"].rows)
    ingested = [e for e in vault.db["custody_events"].rows if e["action"] == "exhibit-ingested"]
    assert sorted(e["uid"] for e in exhibits) == sorted(e["item_uid"] for e in ingested)
    assert {e["blob_id"] for e in exhibits} == {b["id"] for b in vault.db["blobs"].rows}
    for row in exhibits:
        assert (row["size"], row["sha256"]) == (size, sha)
    return len(exhibits), vault


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("big") / "video.mp4"
    with path.open("wb") as fh:
        fh.truncate(BIG)  # sparse: costs no disk, still 300 MiB to hash and encrypt
    return path, zeros_sha256(BIG)


@pytest.mark.parametrize("run", range(RUNS))
def test_cli_killed_mid_ingest(tmp_path, passphrase, big_file, cli_script, run):
    source, sha = big_file
    folder = tmp_path / "vault"
    vault = Vault.create(folder, passphrase)
    cases.add_case(vault, "Case")
    vault.lock()
    rng = random.Random(SEED * 100 + run)
    delay = 0.0 if run == 0 else rng.uniform(0.0, 1.5)
    env = {**os.environ, "EVIDENCE_KIT_PASSPHRASE": passphrase}
    proc = subprocess.Popen([str(cli_script), "--vault", str(folder), "exhibit", "add",
                             "--case", "1", str(source)], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not any(folder.joinpath("tmp").glob("*.part")):
            assert proc.poll() is None, f"ingest ended before it began: {proc.communicate()}"
            assert time.monotonic() < deadline, "no .part file appeared"
            time.sleep(0.002)
        time.sleep(delay)
        was_running = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.communicate()
    if run == 0:
        assert was_running, "the first kill must land while the file is being encrypted"
    try:
        count, vault = assert_consistent(folder, passphrase, BIG, sha)
        assert count in (0, 1), f"seed {SEED}, run {run}, delay {delay:.3f}s"
        if run == 0:
            assert count == 0
        vault.lock()
    finally:
        shutil.rmtree(folder)


CHILD = r"""
import os, signal, sys
from pathlib import Path
from evidence_kit import blobstore, custody
from evidence_kit.ingest import ingest_file
from evidence_kit.records import get_case
from evidence_kit.vault import Vault

folder, source, point = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
die = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
commit, append = blobstore.BlobStore.commit, custody.append
if point == "after-seal":
    blobstore.BlobStore.commit = die
elif point == "after-rename":
    blobstore.BlobStore.commit = lambda self, sealed: (commit(self, sealed), die())
elif point == "in-transaction":
    custody.append = lambda *a, **k: (append(*a, **k), die())
vault = Vault.open(folder, os.environ["EVIDENCE_KIT_PASSPHRASE"])
progress = (lambda done: done >= 2 * 1024 * 1024 and die()) if point == "mid-seal" else None
ingest_file(vault, get_case(vault.db, 1), source, progress=progress)
print("finished")
"""


@pytest.mark.parametrize("point, orphans", [("mid-seal", 0), ("after-seal", 0),
                                            ("after-rename", 1), ("in-transaction", 1),
                                            ("none", 0)])
def test_killed_at_each_step(tmp_path, passphrase, point, orphans):
    folder = tmp_path / "vault"
    vault = Vault.create(folder, passphrase)
    case = cases.add_case(vault, "Case")
    vault.lock()
    source = tmp_path / "recording.wav"
    data = os.urandom(3 * 1024 * 1024 + 77)
    source.write_bytes(data)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(source), point],
                          env={**os.environ, "EVIDENCE_KIT_PASSPHRASE": passphrase},
                          capture_output=True, text=True, timeout=120)
    if point == "none":
        assert proc.returncode == 0 and "finished" in proc.stdout, proc.stderr
    else:
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        assert "finished" not in proc.stdout
    leftovers = list((folder / "tmp").iterdir())
    assert len(leftovers) == (1 if point in ("mid-seal", "after-seal") else 0)
    count, vault = assert_consistent(folder, passphrase, len(data),
                                     hashlib.sha256(data).hexdigest())
    assert count == (1 if point == "none" else 0)
    report = check_vault(vault)
    assert len(report.notes) == orphans
    assert remove_orphans(vault) == orphans
    assert check_vault(vault).notes == []
    # the interrupted file can simply be imported again
    again = ingest_file(vault, case, source)
    assert again.duplicate == (point == "none")
    assert b"".join(vault.read_blob(again.exhibit["blob_id"])) == data
    vault.lock()


def test_second_open_during_an_import_leaves_it_alone(vault, passphrase, tmp_path):
    """Opening a vault empties tmp/ of leftovers, but a temp file still being written is
    locked and kept, so an import running elsewhere completes (docs/vault-format.md §7)."""
    case = cases.add_case(vault, "Case")
    source = tmp_path / "clip.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    others: list[Vault] = []

    def open_elsewhere(done: int) -> None:
        if not others:
            others.append(Vault.open(vault.folder, passphrase))

    result = ingest_file(vault, case, source, progress=open_elsewhere)
    assert others, "the second open happened during the import"
    others[0].lock()
    assert not result.duplicate
    assert vault.db["exhibits"].count == 1 and vault.db["blobs"].count == 1
    assert list(vault.blobs.tmp.iterdir()) == []
    assert b"".join(vault.read_blob(result.exhibit["blob_id"])) == source.read_bytes()
    assert check_vault(vault).ok
