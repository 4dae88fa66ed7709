"""The vault header (``vault.json``): the only file in a vault that is not ciphertext.

It holds nothing about the evidence: a random vault id, the KDF costs, a salt and the
wrapped master key. Its fields are bound to the wrapped key as associated data, so
editing any of them makes the passphrase fail rather than silently weakening the vault.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import keys
from .atomic import write_atomic
from .errors import IntegrityError, InvalidInput, Phrase, VaultCorrupt, WrongPassphrase
from .kdf import KdfParams, derive

FORMAT = "evidence-kit-vault"
VERSION = 1
HEADER_NAME = "vault.json"
MAX_HEADER_BYTES = 64 * 1024
MIN_SALT_BYTES = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class Header:
    vault_id: str
    kdf: KdfParams
    salt: bytes
    wrapped_master_key: bytes
    created_at: str

    def aad(self) -> bytes:
        bound = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                 "kdf": self.kdf.to_dict(), "salt": _b64(self.salt)}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
               "created_at": self.created_at, "kdf": self.kdf.to_dict(),
               "salt": _b64(self.salt), "wrapped_master_key": _b64(self.wrapped_master_key)}
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Header:
        try:
            doc = json.loads(raw)
            if doc.get("format") != FORMAT:
                raise VaultCorrupt("This folder is not an Evidence Kit vault.")
            if doc.get("version") != VERSION:
                raise VaultCorrupt(
                    "This vault uses format version {version}, which this version "
                    "of Evidence Kit cannot open. Please update Evidence Kit.",
                    version=str(doc.get("version")))
            salt = _unb64(doc["salt"])
            if len(salt) < MIN_SALT_BYTES:  # Argon2 itself would refuse it with a ValueError
                raise ValueError("salt too short")
            return cls(vault_id=str(uuid.UUID(doc["vault_id"])),
                       kdf=KdfParams.from_dict(doc["kdf"]), salt=salt,
                       wrapped_master_key=_unb64(doc["wrapped_master_key"]),
                       created_at=str(doc["created_at"]))
        except (ValueError, KeyError, TypeError, AttributeError, InvalidInput,
                RecursionError) as exc:  # RecursionError: absurdly nested JSON
            raise VaultCorrupt("The vault header (vault.json) is damaged.") from exc


def new_header(passphrase: str, kdf: KdfParams, master: bytes, created_at: str) -> Header:
    draft = Header(vault_id=str(uuid.uuid4()), kdf=kdf, salt=os.urandom(16),
                   wrapped_master_key=b"", created_at=created_at)
    return rewrap(draft, passphrase, master, kdf)


def rewrap(header: Header, passphrase: str, master: bytes, kdf: KdfParams) -> Header:
    """A header with a fresh salt whose wrapped key opens with ``passphrase``."""
    draft = Header(vault_id=header.vault_id, kdf=kdf, salt=os.urandom(16),
                   wrapped_master_key=b"", created_at=header.created_at)
    wrapping_key = derive(passphrase, draft.salt, kdf)
    wrapped = keys.wrap(wrapping_key, master, draft.aad())
    return Header(draft.vault_id, kdf, draft.salt, wrapped, draft.created_at)


def unlock(header: Header, passphrase: str) -> bytes:
    wrapping_key = derive(passphrase, header.salt, header.kdf)
    try:
        return keys.unwrap(wrapping_key, header.wrapped_master_key, header.aad())
    except IntegrityError as exc:
        raise WrongPassphrase("The passphrase is not correct for this vault.") from exc


def read_header(folder: Path) -> Header:
    path = folder / HEADER_NAME
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError as exc:
        raise VaultCorrupt("{folder} has no vault.json: it is not an Evidence Kit vault.",
                           folder=str(folder)) from exc
    if len(raw) > MAX_HEADER_BYTES:
        raise VaultCorrupt("The vault header (vault.json) is too large to be genuine.")
    return Header.from_json(raw)


def write_header(folder: Path, header: Header) -> None:
    write_atomic(folder / HEADER_NAME, header.to_json(), Phrase("the vault header"))
