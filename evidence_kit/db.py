"""The encrypted record store: SQLCipher under sqlite-utils, WAL, one connection per thread.

SQLCipher encrypts every page, the WAL and the FTS index, so full-text search works
without leaking an index in the clear. The raw key comes from the master key, which
skips SQLCipher's own per-connection PBKDF2.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3
import sqlite_utils

from .errors import StorageError, VaultCorrupt

DB_NAME = "vault.db"
# Raised for damaged pages ("database disk image is malformed"); callers map it to
# VaultCorrupt or a check problem without importing sqlcipher3 themselves.
DatabaseError = sqlcipher3.DatabaseError
# A value SQLite cannot take (an unsupported type, NULL into NOT NULL): bad input data, not a
# damaged database.
BAD_VALUE_ERRORS = (sqlcipher3.InterfaceError, sqlcipher3.IntegrityError)


def connect(folder: Path, key: bytes) -> sqlite_utils.Database:
    """Open (or create) the vault database; raise VaultCorrupt when pages fail to decrypt."""
    conn = sqlcipher3.connect(str(folder / DB_NAME), timeout=30)
    try:
        # SQLCipher otherwise prints its own "ERROR CORE ... hmac check failed" lines to
        # stderr on a damaged page; the error raised here is what the user should see.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Plaintext must not spill into temp files, and deleted rows must not linger.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if not (os.access(folder, os.W_OK) and os.access(folder / DB_NAME, os.W_OK)):
            # SQLite must create its WAL index beside the database even to read it: on
            # read-only media it fails with "unable to open", which is no damage at all.
            raise StorageError(
                "The vault folder {folder} is read-only or protected; Evidence Kit needs to "
                "write there even to open it. Copy the vault to a writable disk.",
                folder=str(folder)) from exc
        raise VaultCorrupt(
            "The vault's record database cannot be read: it is damaged or was altered.") from exc
    return sqlite_utils.Database(conn)


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """SQLite's own structural check; SQLCipher's page HMACs make it catch tampering too."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
        cipher = db.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        return [f"the record database is damaged: {exc}"]
    problems = [row[0] for row in rows if row[0] != "ok"]
    problems += [f"database page fails authentication: {row[0]}" for row in cipher]
    return problems
