"""Vault keys and integrity: passphrase, header binding, KDF calibration, lock, passphrase
change, and detection of any tampering with blobs, the database or the custody log.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import sqlcipher3

from evidence_kit import cases, custody, header, kdf, keys
from evidence_kit.blobstore import CHUNK, HEADER, TAG
from evidence_kit.check import check_vault
from evidence_kit.errors import (
    EvidenceKitError,
    IntegrityError,
    InvalidInput,
    NotFound,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def flip(path: Path, pos: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[pos] ^= mask
    path.write_bytes(bytes(data))


# -- passphrase and header --------------------------------------------------------------


def test_wrong_passphrase_fails_clearly(vault, passphrase):
    folder = vault.folder
    vault.lock()
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(folder, passphrase + "x")
    assert info.value.message == "The passphrase is not correct for this vault."
    assert snapshot(folder) == before
    Vault.open(folder, passphrase).lock()


def _edit(doc: dict, what: str) -> None:
    if what == "garbage":
        raise ValueError
    key, _, value = what.partition("=")
    target = doc
    *parents, leaf = key.split(".")
    for name in parents:
        target = target[name]
    target[leaf] = json.loads(value)


@pytest.mark.parametrize("edit, error", [
    ('kdf.iterations=2', WrongPassphrase),
    ('kdf.memory_kib=16384', WrongPassphrase),
    ('kdf.lanes=2', WrongPassphrase),
    ('salt="AAAAAAAAAAAAAAAAAAAAAA=="', WrongPassphrase),
    ('vault_id="00000000-0000-4000-8000-000000000000"', WrongPassphrase),
    ('kdf.memory_kib=104857600', VaultCorrupt),     # 100 GiB: refused before deriving
    ('kdf.iterations=100000', VaultCorrupt),
    ('kdf.algorithm="pbkdf2"', VaultCorrupt),
    ('salt="not base64!"', VaultCorrupt),
    ('wrapped_master_key="AAAA"', WrongPassphrase),
    ('version=2', VaultCorrupt),
    ('format="something-else"', VaultCorrupt),
    ('garbage', VaultCorrupt),
])
def test_edited_header_fails_cleanly(vault, passphrase, edit, error):
    folder = vault.folder
    vault.lock()
    path = folder / header.HEADER_NAME
    doc = json.loads(path.read_text())
    try:
        _edit(doc, edit)
        path.write_text(json.dumps(doc))
    except ValueError:
        path.write_bytes(b"\x00{ not json")
    start = time.perf_counter()
    with pytest.raises(error) as info:
        Vault.open(folder, passphrase)
    assert time.perf_counter() - start < 5
    assert "Traceback" not in info.value.message and info.value.message.endswith(".")


def test_flipped_wrapped_key_byte_fails(vault, passphrase):
    vault.lock()
    path = vault.folder / header.HEADER_NAME
    doc = json.loads(path.read_text())
    raw = bytearray(header._unb64(doc["wrapped_master_key"]))
    raw[20] ^= 0x80
    doc["wrapped_master_key"] = header._b64(bytes(raw))
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.folder, passphrase)


def test_calibration_gives_bounded_argon2id(monkeypatch):
    monkeypatch.delenv(kdf.FAST_ENV, raising=False)
    params = kdf.calibrate()
    params.check()
    assert params.algorithm == "argon2id" and params.lanes == 4
    assert 64 * 1024 <= params.memory_kib <= 1024 * 1024
    assert 3 <= params.iterations <= kdf.MAX_ITERATIONS
    assert params.memory_kib * params.iterations <= 3 * 1024 * 1024, "too slow to try"
    start = time.perf_counter()
    kdf.derive("a passphrase", os.urandom(16), params)
    elapsed = time.perf_counter() - start
    assert 0.1 < elapsed < 6, f"calibrated to ~1 s, took {elapsed:.2f} s"
    assert kdf.calibrate() != kdf.insecure_fast_params()


@pytest.mark.parametrize("probe_seconds", [0.0001, 0.02, 0.1, 0.5, 3.0, 60.0])
def test_calibration_stays_in_bounds_on_any_machine(monkeypatch, probe_seconds):
    monkeypatch.delenv(kdf.FAST_ENV, raising=False)
    clock = iter([100.0, 100.0 + probe_seconds])

    class FakeTime:
        @staticmethod
        def perf_counter() -> float:
            return next(clock)

    monkeypatch.setattr(kdf, "time", FakeTime)
    monkeypatch.setattr(kdf, "derive", lambda *args, **kwargs: b"")
    params = kdf.calibrate()
    params.check()
    assert 64 * 1024 <= params.memory_kib <= 1024 * 1024
    assert 3 <= params.iterations <= kdf.MAX_ITERATIONS
    if probe_seconds >= 1.0:  # slow machine: the floor
        assert (params.memory_kib, params.iterations) == (64 * 1024, 3)
    if probe_seconds <= 0.02:  # fast machine: memory capped, time cost fills in
        assert params.memory_kib == 1024 * 1024 and params.iterations > 3


def test_fast_kdf_only_with_the_variable(monkeypatch):
    monkeypatch.setenv(kdf.FAST_ENV, "1")
    assert kdf.calibrate() == kdf.insecure_fast_params()


def test_create_refuses_short_passphrase_and_existing_folders(tmp_path, vault, passphrase):
    with pytest.raises(InvalidInput):
        Vault.create(tmp_path / "new", "short")
    assert not (tmp_path / "new").exists()
    with pytest.raises(VaultExists):
        Vault.create(vault.folder, passphrase)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(VaultExists):
        Vault.create(busy, passphrase)


@pytest.mark.parametrize("setup", ["missing", "empty", "other-files", "vault.json-is-a-dir"])
def test_not_a_vault(tmp_path, passphrase, setup):
    folder = tmp_path / "folder"
    if setup != "missing":
        folder.mkdir()
    if setup == "other-files":
        (folder / "vault.db").write_bytes(os.urandom(4096))
    if setup == "vault.json-is-a-dir":
        (folder / "vault.json").mkdir()
    with pytest.raises(VaultNotFound, match="evidence-kit init"):
        Vault.open(folder, passphrase)


# -- passphrase change and lock ----------------------------------------------------------


def test_passphrase_change_rewraps_only(demo_vault, passphrase):
    folder = demo_vault.folder
    blobs_before = {k: v for k, v in snapshot(folder).items() if k.startswith("blobs/")}
    old_header = demo_vault.header
    with pytest.raises(WrongPassphrase):
        demo_vault.change_passphrase("not the passphrase", "new passphrase 2")
    assert header.read_header(folder) == old_header
    demo_vault.change_passphrase(passphrase, "new passphrase 2")
    new_header = header.read_header(folder)
    assert new_header.vault_id == old_header.vault_id
    assert new_header.salt != old_header.salt
    assert new_header.wrapped_master_key != old_header.wrapped_master_key
    demo_vault.lock()
    assert {k: v for k, v in snapshot(folder).items() if k.startswith("blobs/")} == blobs_before
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, passphrase)
    again = Vault.open(folder, "new passphrase 2")
    assert check_vault(again).ok
    assert [e["action"] for e in custody.events(again.db)][-1] == "passphrase-changed"
    again.lock()


def test_lock_drops_keys(demo_vault, demo_case, tmp_path):
    blob_id = demo_vault.db["exhibits"].get(1)["blob_id"]
    demo_vault.lock()
    assert demo_vault.locked
    for attempt in (lambda: demo_vault.db, lambda: demo_vault.master,
                    lambda: demo_vault.signer, lambda: b"".join(demo_vault.read_blob(blob_id)),
                    lambda: cases.add_case(demo_vault, "after lock")):
        with pytest.raises(VaultLocked):
            attempt()
    source = tmp_path / "late.txt"
    source.write_text("late evidence", encoding="utf-8")
    with pytest.raises(VaultLocked):
        ingest_file(demo_vault, demo_case, source)
    assert list(demo_vault.blobs.tmp.iterdir()) == []
    assert not (demo_vault.folder / "vault.db-wal").exists(), "lock() closes the database"


# -- blobs --------------------------------------------------------------------------------


@pytest.fixture
def big_blob(vault, tmp_path):
    """A three-chunk exhibit E0001 (plus a small E0002); returns (vault, blob path)."""
    case = cases.add_case(vault, "Case")
    source = tmp_path / "three-chunks.bin"
    source.write_bytes(os.urandom(2 * CHUNK + 12345))
    row = ingest_file(vault, case, source).exhibit
    small = tmp_path / "small.txt"
    small.write_text("a small second exhibit", encoding="utf-8")
    ingest_file(vault, case, small)
    assert check_vault(vault).ok
    return vault, vault.blobs.path_for(row["blob_id"])


def assert_blob_damage_detected(vault, path: Path) -> None:
    blob_id = path.name
    with pytest.raises(IntegrityError):
        b"".join(vault.read_blob(blob_id))
    report = check_vault(vault)
    assert not report.ok
    assert len(report.problems) == 1 and report.problems[0].startswith("E0001: ")


@pytest.mark.parametrize("pos", [
    0, 7,                          # magic
    8, 11,                         # chunk size
    12, 18,                        # nonce prefix
    19,                            # reserved byte (authenticated as associated data)
    HEADER.size,                   # first ciphertext byte
    HEADER.size + CHUNK + 3,       # first chunk's tag
    HEADER.size + CHUNK + TAG + 999,  # middle chunk
    -TAG - 1,                      # last plaintext byte of the last chunk
    -1,                            # last tag's last byte
])
def test_flipped_blob_byte_detected(big_blob, pos):
    vault, path = big_blob
    flip(path, pos if pos >= 0 else path.stat().st_size + pos)
    assert_blob_damage_detected(vault, path)


@pytest.mark.parametrize("cut", ["header-only", "inside-header", "inside-chunk",
                                 "chunk-boundary", "one-byte", "last-tag"])
def test_truncated_blob_detected(big_blob, cut):
    vault, path = big_blob
    size = path.stat().st_size
    new_size = {"header-only": HEADER.size, "inside-header": HEADER.size - 3,
                "inside-chunk": HEADER.size + 5000, "chunk-boundary": HEADER.size + CHUNK + TAG,
                "one-byte": size - 1, "last-tag": size - TAG}[cut]
    os.truncate(path, new_size)
    assert_blob_damage_detected(vault, path)


@pytest.mark.parametrize("extra", [b"\x00", os.urandom(TAG), os.urandom(CHUNK + TAG)])
def test_extended_blob_detected(big_blob, extra):
    vault, path = big_blob
    with path.open("ab") as fh:
        fh.write(extra)
    assert_blob_damage_detected(vault, path)


def test_reordered_chunks_detected(big_blob):
    vault, path = big_blob
    data = path.read_bytes()
    first = slice(HEADER.size, HEADER.size + CHUNK + TAG)
    second = slice(HEADER.size + CHUNK + TAG, HEADER.size + 2 * (CHUNK + TAG))
    path.write_bytes(data[:HEADER.size] + data[second] + data[first] + data[second.stop:])
    assert_blob_damage_detected(vault, path)


def test_swapped_blob_files_detected(big_blob):
    vault, path = big_blob
    other = vault.blobs.path_for(vault.db["exhibits"].get(2)["blob_id"])
    a, b = path.read_bytes(), other.read_bytes()
    path.write_bytes(b)
    other.write_bytes(a)
    report = check_vault(vault)
    assert sorted(p.split(":")[0] for p in report.problems) == ["E0001", "E0002"]


def test_missing_blob_detected(big_blob):
    vault, path = big_blob
    path.unlink()
    with pytest.raises(NotFound):
        b"".join(vault.read_blob(path.name))
    report = check_vault(vault)
    assert [p.split(":")[0] for p in report.problems] == ["E0001"]


# -- the database and the custody log -----------------------------------------------------


@pytest.mark.parametrize("where", [0, 17, 100, 4095, 4096 + 50, 2 * 4096 + 3000, 0.5, 0.75, -1])
def test_flipped_database_byte_detected(demo_vault, passphrase, where):
    folder = demo_vault.folder
    demo_vault.lock()
    assert not (folder / "vault.db-wal").exists()
    path = folder / "vault.db"
    size = path.stat().st_size
    pos = where if isinstance(where, int) and where >= 0 else \
        (size - 1 if where == -1 else int(size * where))
    flip(path, pos, 0x10)
    try:
        vault = Vault.open(folder, passphrase)
    except VaultCorrupt as exc:
        assert "damaged or was altered" in exc.message
        return
    report = check_vault(vault)
    vault.lock()
    assert not report.ok, f"byte {pos} of {size} flipped, yet the check passed"
    assert any("database" in p for p in report.problems), report.problems


def raw_connection(folder: Path, passphrase: str) -> sqlcipher3.Connection:
    """A plain sqlcipher3 connection keyed the way db.connect keys it."""
    master = header.unlock(header.read_header(folder), passphrase)
    conn = sqlcipher3.connect(str(folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.subkey(master, 'database').hex()}'\"")
    return conn


def test_triggers_refuse_to_rewrite_the_log(demo_vault, passphrase):
    conn = raw_connection(demo_vault.folder, passphrase)
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        conn.execute("UPDATE custody_events SET details = '{}' WHERE seq = 3")
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM custody_events WHERE seq = 13")
    conn.close()
    assert custody.verify_chain(demo_vault.db, demo_vault.public_key).ok


def _tamper(vault: Vault, passphrase: str, sql: str, args: tuple = ()) -> None:
    conn = raw_connection(vault.folder, passphrase)
    conn.execute("DROP TRIGGER custody_no_update")
    conn.execute("DROP TRIGGER custody_no_delete")
    conn.execute(sql, args)
    conn.commit()
    conn.close()


def test_altered_event_is_named(demo_vault, passphrase):
    _tamper(demo_vault, passphrase,
            "UPDATE custody_events SET details = ? WHERE seq = 3", ('{"code":"E0009"}',))
    report = custody.verify_chain(demo_vault.db, demo_vault.public_key)
    assert (report.ok, report.broken_at, report.count) == (False, 3, 2)
    assert report.problem == "event 3 was altered after it was written"
    assert "custody log broken: event 3 was altered after it was written" in \
        check_vault(demo_vault).problems


def test_rehashed_event_fails_its_signature(demo_vault, passphrase):
    row = demo_vault.db["custody_events"].get(5)
    row["actor"] = "someone else"
    _tamper(demo_vault, passphrase, "UPDATE custody_events SET actor = ?, hash = ? WHERE seq = 5",
            (row["actor"], custody.event_hash(row)))
    report = custody.verify_chain(demo_vault.db, demo_vault.public_key)
    assert (report.ok, report.broken_at) == (False, 5)
    assert report.problem == "event 5 has an invalid signature"


def test_deleted_event_is_named(demo_vault, passphrase):
    _tamper(demo_vault, passphrase, "DELETE FROM custody_events WHERE seq = 7")
    report = custody.verify_chain(demo_vault.db, demo_vault.public_key)
    assert (report.ok, report.broken_at, report.problem) == (False, 8, "event 7 is missing")


def test_every_error_is_a_user_error():
    for cls in (WrongPassphrase, VaultCorrupt, VaultNotFound, IntegrityError, NotFound):
        assert issubclass(cls, EvidenceKitError) and cls.code != EvidenceKitError.code


def test_passphrase_is_unicode_normalised(tmp_path):
    """A Cyrillic passphrase with й typed composed (NFC) or decomposed (NFD) is the same."""
    import unicodedata

    composed = unicodedata.normalize("NFC", "мой пароль длинный")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    Vault.create(tmp_path / "v", composed).lock()
    Vault.open(tmp_path / "v", decomposed).lock()
