"""Ed25519 keys and signatures in minisign's file formats, using only ``cryptography``.

Legal teams verify our dossiers with the stock ``minisign -V`` (tech notes §4), so keys and
signatures must be byte-compatible with it. We sign in the prehashed ``ED`` mode so files of any
size stream through BLAKE2b-512 in bounded memory; we also verify minisign's legacy ``Ed`` mode,
which signs the whole message and therefore needs it in memory (bounded by LEGACY_MAX_BYTES).

Files (all lines end in ``\\n``; ``\\r\\n`` is accepted when reading):
  public key: ``untrusted comment: ...`` / base64("Ed" || key_id[8] || pk[32])
  signature:  ``untrusted comment: ...`` / base64(alg[2] || key_id[8] || sig[64])
              ``trusted comment: <tc>`` / base64(Ed25519(sig || tc))
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from evidence_kit.errors import IntegrityError, InvalidInput, Phrase

CHUNK_SIZE = 1 << 20
LEGACY_MAX_BYTES = 64 << 20  # legacy "Ed" signatures need the whole file in memory

UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
# minisign reads each line with fgets() into 1024- and 8192-byte buffers; longer lines break it.
MAX_UNTRUSTED_COMMENT_BYTES = 1024 - len(UNTRUSTED_PREFIX) - 2
MAX_TRUSTED_COMMENT_BYTES = 8192 - len(TRUSTED_PREFIX) - 2
DEFAULT_UNTRUSTED_COMMENT = "signature from minisign secret key"

KEY_ALG = b"Ed"
SIG_ALG_PREHASHED = b"ED"
SIG_ALG_LEGACY = b"Ed"
KEY_ID_LEN = 8

Message = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO | Iterable[bytes]


class MalformedSignature(IntegrityError):
    """The signature file cannot be parsed: truncated, edited, or not minisign at all."""


class WrongSigningKey(IntegrityError):
    """The signature is valid-looking but was made by another key than the one we trust."""

    def __init__(self, template: str, key_id: bytes, /, **params: object) -> None:
        super().__init__(template, **params)
        self.key_id = key_id


class FileAltered(IntegrityError):
    """The signature does not match the bytes we were given."""


class TrustedCommentAltered(IntegrityError):
    """The signed comment line (case number, time, file name) was edited after signing."""


def _fingerprint(key_id: bytes) -> str:
    # minisign prints the key id as a little-endian uint64 in upper-case hex.
    return key_id[::-1].hex().upper()


def fingerprint_of(raw: bytes) -> str:
    """80 bits of SHA-256 over the key itself, as 20 hex digits.

    A minisign key id is chosen by the key's owner, so anyone can give a key of their own
    the id of someone else's; the fingerprint humans compare over the phone must come from
    the key material instead. Our own key ids are derived the same way, so the id minisign
    prints is the first 16 digits of this fingerprint.
    """
    return hashlib.sha256(raw).digest()[:10].hex().upper()


def _group(fingerprint: str) -> str:
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: what a legal team pins and compares by fingerprint."""

    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_LEN or len(self.raw) != 32:
            raise InvalidInput("A public key needs an 8-byte key id and 32 key bytes.")

    @property
    def fingerprint(self) -> str:
        """What people compare: derived from the key, e.g. ``1A2B3C4D5E6F7A8B9C0D``."""
        return fingerprint_of(self.raw)

    @property
    def key_id_hex(self) -> str:
        """The key id as minisign prints it (chosen by the key's owner: not proof of anything)."""
        return _fingerprint(self.key_id)

    @property
    def short_fingerprint(self) -> str:
        """Fingerprint in groups of four, for reading aloud over a second channel."""
        return _group(self.fingerprint)

    def to_base64(self) -> str:
        """The single line minisign accepts with ``-P``."""
        return base64.b64encode(KEY_ALG + self.key_id + self.raw).decode("ascii")


@dataclass(frozen=True, repr=False)
class SecretKey:
    """An Ed25519 signing key plus its minisign key id.

    We keep the seed in our own encrypted vault, so minisign's secret-key file is not needed.
    """

    key_id: bytes
    _private: Ed25519PrivateKey = field(compare=False)

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_LEN:
            raise InvalidInput("A key id is exactly 8 bytes.")

    @classmethod
    def generate(cls) -> SecretKey:
        """A new key whose minisign key id is the start of its fingerprint."""
        private = Ed25519PrivateKey.generate()
        raw = private.public_key().public_bytes_raw()
        key_id = hashlib.sha256(raw).digest()[:KEY_ID_LEN][::-1]
        return cls(key_id, private)

    @classmethod
    def from_raw(cls, seed: bytes, key_id: bytes) -> SecretKey:
        """Rebuild a key from the 32-byte seed and key id stored in the vault."""
        if len(seed) != 32:
            raise InvalidInput("An Ed25519 secret key seed is exactly 32 bytes.")
        return cls(bytes(key_id), Ed25519PrivateKey.from_private_bytes(bytes(seed)))

    def to_raw(self) -> bytes:
        """The 32-byte seed, for storing in the vault (pair it with ``key_id``)."""
        return self._private.private_bytes_raw()

    def public_key(self) -> PublicKey:
        return PublicKey(self.key_id, self._private.public_key().public_bytes_raw())

    def sign(self, data: bytes) -> bytes:
        """A raw 64-byte Ed25519 signature."""
        return self._private.sign(data)

    def __repr__(self) -> str:
        return f"SecretKey(key_id={_fingerprint(self.key_id)})"


@dataclass(frozen=True)
class Signature:
    """A parsed ``.minisig`` file; ``key_id`` tells callers which trusted key to look up."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str

    @property
    def prehashed(self) -> bool:
        return self.algorithm == SIG_ALG_PREHASHED

    @property
    def key_id_hex(self) -> str:
        return _fingerprint(self.key_id)


@dataclass(frozen=True)
class Verified:
    """What a successful verification proves: this key signed this file and this comment."""

    trusted_comment: str
    key_id: bytes
    prehashed: bool

    @property
    def key_id_hex(self) -> str:
        return _fingerprint(self.key_id)


def _check_comment(text: str, max_bytes: int, what: Phrase) -> bytes:
    if any(ch in text for ch in "\r\n\0"):
        raise InvalidInput("The {what} must be a single line of text.", what=what)
    encoded = text.encode("utf-8")
    if len(encoded) > max_bytes:
        raise InvalidInput("The {what} is too long ({size} bytes, at most {limit}).",
                           what=what, size=len(encoded), limit=max_bytes)
    return encoded


def _b64decode(line: str, length: int, what: Phrase) -> bytes:
    try:
        data = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if len(data) != length:
        raise MalformedSignature("The signature file is damaged: its {what} line is not valid.",
                                 what=what)
    return data


def _lines(text: str | bytes) -> list[str]:
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedSignature("The signature file is not text (not UTF-8).") from None
    text = text.removeprefix("\ufeff")
    return [line.removesuffix("\r") for line in text.split("\n")]


def parse_public_key(text: str | bytes) -> PublicKey:
    """Read a minisign public key file, or the bare base64 line shown by ``minisign -G``."""
    lines = [line.strip() for line in _lines(text) if line.strip()]
    if lines and lines[0].startswith("untrusted comment:"):
        lines = lines[1:]
    if len(lines) != 1:
        raise InvalidInput("This is not a minisign public key (expected one base64 line).")
    try:
        data = base64.b64decode(lines[0], validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("This is not a minisign public key (the key is not base64).") from None
    if len(data) != 2 + KEY_ID_LEN + 32 or data[:2] != KEY_ALG:
        raise InvalidInput("This is not a minisign Ed25519 public key.")
    return PublicKey(data[2:10], data[10:])


def format_public_key(pk: PublicKey, comment: str | None = None) -> str:
    """The two-line public key file, byte-identical in layout to ``minisign -G`` output."""
    if comment is None:
        comment = f"minisign public key {pk.key_id_hex}"
    _check_comment(comment, MAX_UNTRUSTED_COMMENT_BYTES, Phrase("public key comment"))
    return f"{UNTRUSTED_PREFIX}{comment}\n{pk.to_base64()}\n"


def parse_signature(text: str | bytes) -> Signature:
    """Parse a ``.minisig`` file without verifying it."""
    lines = _lines(text)
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) != 4:
        raise MalformedSignature("The signature file is damaged: it should have four lines.")
    untrusted, sig_line, trusted, global_line = lines
    if not untrusted.startswith(UNTRUSTED_PREFIX):
        raise MalformedSignature("The signature file is damaged: the first line is wrong.")
    if not trusted.startswith(TRUSTED_PREFIX):
        raise MalformedSignature("The signature file is damaged: no trusted comment line.")
    blob = _b64decode(sig_line, 2 + KEY_ID_LEN + 64, Phrase("signature"))
    if blob[:2] not in (SIG_ALG_PREHASHED, SIG_ALG_LEGACY):
        raise MalformedSignature("The signature uses an algorithm this app does not know.")
    return Signature(
        algorithm=blob[:2],
        key_id=blob[2:10],
        signature=blob[10:],
        trusted_comment=trusted[len(TRUSTED_PREFIX) :],
        global_signature=_b64decode(global_line, 64, Phrase("comment signature")),
        untrusted_comment=untrusted[len(UNTRUSTED_PREFIX) :],
    )


def _read_chunks(stream: BinaryIO) -> Iterator[memoryview | bytes]:
    """Yield successive chunks from one reused buffer, so memory stays at CHUNK_SIZE."""
    readinto = getattr(stream, "readinto", None)
    if readinto is None:
        while chunk := stream.read(CHUNK_SIZE):
            yield chunk
        return
    buf = bytearray(CHUNK_SIZE)
    view = memoryview(buf)
    while n := readinto(view):
        yield view[:n]


def _chunks(message: Message) -> Iterator[memoryview | bytes]:
    if isinstance(message, bytes | bytearray | memoryview):
        yield message
    elif isinstance(message, str | os.PathLike):
        with open(message, "rb") as f:
            yield from _read_chunks(f)
    elif hasattr(message, "read"):
        yield from _read_chunks(message)  # type: ignore[arg-type]
    else:
        for chunk in message:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise InvalidInput("Message chunks must be bytes.")
            yield chunk


def _prehash(message: Message) -> bytes:
    h = hashlib.blake2b(digest_size=64)
    for chunk in _chunks(message):
        h.update(chunk)
    return h.digest()


def _read_bounded(message: Message, limit: int) -> bytes:
    data = bytearray()
    for chunk in _chunks(message):
        if len(data) + len(chunk) > limit:
            raise InvalidInput(
                "This signature uses minisign's old (legacy) format, which this app only checks "
                "for files up to {size} MiB. Ask the signer to sign again with a current "
                "minisign (without -l).", size=limit >> 20
            )
        data += chunk
    return bytes(data)


def sign_stream(
    secret: SecretKey,
    message: Message,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
) -> str:
    """Sign a message (chunks, file object, bytes or path) in prehashed mode; return .minisig."""
    _check_comment(trusted_comment, MAX_TRUSTED_COMMENT_BYTES, Phrase("trusted comment"))
    return sign_digest(secret, _prehash(message), trusted_comment, untrusted_comment)


def sign_digest(
    secret: SecretKey,
    blake2b_512: bytes,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
) -> str:
    """Prehashed signature from a BLAKE2b-512 digest the caller computed while writing."""
    if len(blake2b_512) != 64:
        raise InvalidInput("A prehashed minisign signature needs a 64-byte BLAKE2b digest.")
    tc = _check_comment(trusted_comment, MAX_TRUSTED_COMMENT_BYTES, Phrase("trusted comment"))
    _check_comment(untrusted_comment, MAX_UNTRUSTED_COMMENT_BYTES, Phrase("untrusted comment"))
    sig = secret.sign(blake2b_512)
    global_sig = secret.sign(sig + tc)
    blob = base64.b64encode(SIG_ALG_PREHASHED + secret.key_id + sig).decode("ascii")
    return (
        f"{UNTRUSTED_PREFIX}{untrusted_comment}\n{blob}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n{base64.b64encode(global_sig).decode('ascii')}\n"
    )


def sign_file(
    secret: SecretKey,
    path: str | os.PathLike[str],
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
) -> str:
    """Sign the file at ``path``; the caller writes the returned text next to it."""
    return sign_stream(secret, os.fspath(path), trusted_comment, untrusted_comment)


def verify(pubkey: PublicKey, message: Message, signature_text: str | bytes) -> Verified:
    """Check a .minisig against a trusted key; raise a specific IntegrityError if it fails."""
    sig = parse_signature(signature_text)
    if sig.key_id != pubkey.key_id:
        raise WrongSigningKey(
            "This signature was made with key id {key_id}, not with the expected "
            "key (id {expected_id}, fingerprint {fingerprint}).",
            sig.key_id, key_id=sig.key_id_hex, expected_id=pubkey.key_id_hex,
            fingerprint=pubkey.short_fingerprint,
        )
    key = Ed25519PublicKey.from_public_bytes(pubkey.raw)
    signed = _prehash(message) if sig.prehashed else _read_bounded(message, LEGACY_MAX_BYTES)
    try:
        key.verify(sig.signature, signed)
    except InvalidSignature:
        raise FileAltered(
            "The signature does not match the file: the file was changed after it was signed, "
            "or it is not the file that was signed."
        ) from None
    try:
        key.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise TrustedCommentAltered(
            "The signed comment of this signature was altered after signing; do not trust it."
        ) from None
    return Verified(sig.trusted_comment, sig.key_id, sig.prehashed)
