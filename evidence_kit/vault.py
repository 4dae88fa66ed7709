"""A vault: one folder, encrypted at rest, that holds a field team's whole collection.

Layout: ``vault.json`` (header; the only non-ciphertext), ``vault.db`` (SQLCipher records
and custody log), ``blobs/xx/<keyed hash>`` (encrypted evidence), ``tmp/`` (ciphertext of
imports in progress). Keys live only in this object; ``lock()`` drops them.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from . import custody, db, header, keys
from .blobstore import BlobStore
from .clock import utc_now
from .errors import (
    InvalidInput,
    StorageError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from .kdf import KdfParams, calibrate
from .minisign import SecretKey
from .schema import migrations

MIN_PASSPHRASE_CHARS = 8


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            "The passphrase is too short: use at least {min_chars} characters "
            "(a few unrelated words are best).", min_chars=MIN_PASSPHRASE_CHARS)


class Vault:
    """An unlocked vault. Create with ``Vault.create`` or ``Vault.open``."""

    def __init__(self, folder: Path, hdr: header.Header, master: bytes) -> None:
        self.folder = folder
        self.header = hdr
        self._master: bytes | None = master
        self._local = threading.local()
        self._connections: list[sqlite_utils.Database] = []
        self._conn_lock = threading.Lock()
        self.blobs = BlobStore(folder, keys.subkey(master, "blob-id"))
        self._signer: Ed25519PrivateKey | None = None
        self.key_id = b""
        self.label = ""

    # -- lifecycle ---------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, *, kdf: KdfParams | None = None,
               label: str = "") -> Vault:
        folder = Path(folder)
        _check_passphrase(passphrase)
        if (folder / header.HEADER_NAME).exists():
            raise VaultExists("There is already a vault in {folder}.", folder=str(folder))
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists("{folder} is not empty; choose an empty or new folder.",
                              folder=str(folder))
        os.umask(0o077)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        master = keys.random_key()
        hdr = header.new_header(passphrase, kdf or calibrate(), master, utc_now())
        vault = cls(folder, hdr, master)
        vault.blobs.create_dirs()
        vault._initialise(label)
        # The header goes last: a folder without it is not yet a vault.
        header.write_header(folder, hdr)
        return vault

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        folder = Path(folder)
        if not (folder / header.HEADER_NAME).is_file():
            raise VaultNotFound(
                "No vault found in {folder}. Create one with 'evidence-kit init'.",
                folder=str(folder))
        os.umask(0o077)
        hdr = header.read_header(folder)
        master = header.unlock(hdr, passphrase)
        database = folder / db.DB_NAME
        if not database.is_file() or database.stat().st_size == 0:
            # Connecting would silently create an empty database in its place.
            raise VaultCorrupt("The vault's record database ({name}) is missing or "
                               "empty: restore the vault from a backup.", name=db.DB_NAME)
        vault = cls(folder, hdr, master)
        vault.blobs.create_dirs()
        vault.blobs.clean_temp()
        try:
            migrations.apply(vault.db)
            vault._load_identity()
        except (db.DatabaseError, sqlite_utils.db.NotFoundError) as exc:
            # page 1 decrypted, but a later page is damaged, or the identity row is gone
            vault.lock()
            raise VaultCorrupt(
                "The vault's record database cannot be read: it is damaged or was altered."
            ) from exc
        return vault

    def lock(self) -> None:
        """Drop every key and connection; the object is useless afterwards."""
        with self._conn_lock:
            for conn in self._connections:
                with contextlib.suppress(Exception):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()
        self._master = None
        self._signer = None
        self.blobs = BlobStore(self.folder, b"")

    @property
    def locked(self) -> bool:
        return self._master is None

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the master key only; no blob or record is rewritten."""
        _check_passphrase(new)
        master = header.unlock(self.header, old)
        new_hdr = header.rewrap(self.header, new, master, calibrate())
        with self.transaction():
            self.log("passphrase-changed")
        header.write_header(self.folder, new_hdr)
        self.header = new_hdr

    # -- plumbing ----------------------------------------------------------------------

    @property
    def master(self) -> bytes:
        if self._master is None:
            raise VaultLocked("The vault is locked. Unlock it with your passphrase.")
        return self._master

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection (SQLite connections must not cross threads)."""
        conn = getattr(self._local, "db", None)
        if conn is None:
            conn = db.connect(self.folder, keys.subkey(self.master, "database"))
            self._local.db = conn
            with self._conn_lock:
                self._connections.append(conn)
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic change. A full or read-only disk is a StorageError, not a database
        error: the change is rolled back, so nothing of it is kept."""
        try:
            with self._atomic() as conn:
                yield conn
        except db.DatabaseError as exc:
            if "disk is full" in str(exc):
                raise StorageError("The disk is full: could not save the change to the vault's "
                                   "records. Free some space and retry.") from exc
            if "readonly database" in str(exc):
                raise StorageError("Not allowed to save the change to the vault's records: "
                                   "its folder is read-only or protected.") from exc
            raise

    @contextlib.contextmanager
    def _atomic(self) -> Iterator[sqlite_utils.Database]:
        """``BEGIN IMMEDIATE``, not sqlite-utils' deferred ``BEGIN``: a deferred transaction
        whose first statement reads (sqlite-utils' insert reads the schema first) fails at
        once with "database is locked" when another thread's connection wrote meanwhile
        (WAL snapshot), without waiting; taking the write lock first waits (busy_timeout).
        The app writes from several worker threads (thumbnail cache, age identity, ...)."""
        database = self.db
        if database.conn.in_transaction:  # nested: sqlite-utils' savepoint
            with database.atomic() as conn:
                yield conn
            return
        database.conn.execute("BEGIN IMMEDIATE")
        try:
            yield database
        except BaseException:
            database.rollback()
            raise
        try:
            database.conn.execute("COMMIT")
        except BaseException:
            database.rollback()
            raise

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def signer(self) -> Ed25519PrivateKey:
        if self._signer is None:
            raise VaultLocked("The vault is locked. Unlock it with your passphrase.")
        return self._signer

    @property
    def signing_key(self) -> SecretKey:
        """The owner's key in minisign form (signatures a legal team checks with minisign)."""
        return SecretKey(self.key_id, self.signer)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.signer.public_key()

    @property
    def fingerprint(self) -> str:
        """The same fingerprint ``key show``, verification and dossiers print."""
        return self.signing_key.public_key().fingerprint

    @property
    def actor(self) -> str:
        return f"{self.label} ({self.fingerprint})" if self.label else self.fingerprint

    def log(self, action: str, **fields: Any) -> dict[str, Any]:
        return custody.append(self.db, self.signer, self.vault_id, self.actor, action, **fields)

    def wrap_blob_key(self, blob_id: str, key: bytes) -> bytes:
        return keys.wrap(keys.subkey(self.master, "blob-key"), key, blob_id.encode())

    def unwrap_blob_key(self, blob_id: str, wrapped: bytes) -> bytes:
        return keys.unwrap(keys.subkey(self.master, "blob-key"), wrapped, blob_id.encode())

    def blob_key(self, blob_id: str) -> bytes:
        row = self.db["blobs"].get(blob_id)
        return self.unwrap_blob_key(blob_id, row["wrapped_key"])

    def read_blob(self, blob_id: str) -> Iterator[bytes]:
        """Authenticated plaintext chunks of an evidence file (never written to disk)."""
        return self.blobs.open_chunks(blob_id, self.blob_key(blob_id))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    # -- setup -------------------------------------------------------------------------

    def _initialise(self, label: str) -> None:
        migrations.apply(self.db)
        key = SecretKey.generate()
        seed, key_id = key.to_raw(), key.key_id
        with self.transaction():
            self.db["identity"].insert({"id": 1, "secret": seed, "key_id": key_id,
                                        "label": label, "created_at": utc_now()})
            self.db["meta"].insert({"key": "vault_id", "value": self.vault_id})
            self._load_identity()
            self.log("vault-created", details={"format_version": header.VERSION})

    def _load_identity(self) -> None:
        row = self.db["identity"].get(1)
        self._signer = Ed25519PrivateKey.from_private_bytes(row["secret"])
        self.key_id = row["key_id"]
        self.label = row["label"] or ""
