"""The vault's key hierarchy: one random master key, wrapped by the passphrase key.

Changing the passphrase rewraps the master key only; every subkey is derived from the
master key with HKDF, so nothing else is ever re-encrypted.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import IntegrityError

KEY_BYTES = 32
NONCE_BYTES = 12


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def subkey(master: bytes, purpose: str) -> bytes:
    """Independent keys per purpose, so a leak of one never exposes another."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"evidence-kit/v1/{purpose}".encode())
    return hkdf.derive(master)


def wrap(key: bytes, secret: bytes, aad: bytes) -> bytes:
    """AES-256-GCM: nonce || ciphertext || tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, secret, aad)


def unwrap(key: bytes, wrapped: bytes, aad: bytes) -> bytes:
    if len(wrapped) < NONCE_BYTES + 16:
        raise IntegrityError("A wrapped key is truncated.")
    try:
        return AESGCM(key).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise IntegrityError("A wrapped key failed its authenticity check.") from exc
