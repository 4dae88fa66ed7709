"""The outer envelope: one WinZip AE-2 (AES-256) entry, ``payload.zip``, written by pyzipper.

It hides names, count and sizes of the files inside. WinZip AES authenticates only the
entry's bytes (HMAC-SHA1-80), never the zip headers, so the reader here is strict: it
regenerates the exact header bytes pyzipper writes for an entry of that size and reports
any difference; the inner bag's signed manifests do the rest.
"""

from __future__ import annotations

import hmac
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import DossierError, IntegrityError, NotADossier, WrongPassphrase
from .hashing import ParallelHash
from .pipeline import ReadAhead, WriteBehind
from .winzip_aes import HMAC_SIZE, FastAESZipFile, derive_keys, stored_entry
from .winzip_aes import _WinZipCTR as WinZipCTR  # noqa: PLC2701 - to be made public

ENTRY_NAME = "payload.zip"
SALT_LEN, VERIFIER_LEN, KEY_LEN = 16, 2, 32
OVERHEAD = SALT_LEN + VERIFIER_LEN + HMAC_SIZE
PY_ZIP64_LIMIT = (1 << 31) - 1  # pyzipper (like CPython's zipfile) switches to ZIP64 here
LIMIT32 = 0xFFFFFFFF
AES_EXTRA = struct.pack("<HHH2sBH", 0x9901, 7, 2, b"AE", 3, 0)  # AE-2, AES-256, STORED
EXTERNAL_ATTR = 0o100600 << 16
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sBBBBHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
_END64 = struct.Struct("<4sQHHIIQQQQ")
_LOCATOR = struct.Struct("<4sIQI")
CHUNK = 1024 * 1024
READ_AHEAD = 2  # decrypted blocks held ahead of the reader


def expected_local(size: int) -> bytes:
    """The local header pyzipper writes for a ``size``-byte entry after it seeks back.

    "Version needed" is 20 even when the sizes are in ZIP64 form: pyzipper's FileHeader
    takes min() instead of max() of the versions, so only the central directory says 45.
    """
    csize = size + OVERHEAD
    big = csize > PY_ZIP64_LIMIT
    name = ENTRY_NAME.encode()
    extra = struct.pack("<HHQQ", 1, 16, size, csize) + AES_EXTRA
    return _LOCAL.pack(b"PK\x03\x04", 20, 0x0001, 99, 0, 0x21, 0,
                       LIMIT32 if big else csize, LIMIT32 if size > PY_ZIP64_LIMIT else size,
                       len(name), len(extra)) + name + extra


def expected_tail(size: int) -> bytes:
    """Central directory and end records for the single entry."""
    csize = size + OVERHEAD
    name = ENTRY_NAME.encode()
    fields = [v for v in (size, csize) if v > PY_ZIP64_LIMIT]
    version = 45 if fields else 20
    extra = (struct.pack(f"<HH{len(fields)}Q", 1, 8 * len(fields), *fields) if fields
             else b"") + AES_EXTRA
    central = _CENTRAL.pack(
        b"PK\x01\x02", version, 3, version, 0, 0x0001, 99, 0, 0x21, 0,
        LIMIT32 if csize > PY_ZIP64_LIMIT else csize, LIMIT32 if size > PY_ZIP64_LIMIT else size,
        len(name), len(extra), 0, 0, 0, EXTERNAL_ATTR, 0) + name + extra
    cd_offset = len(expected_local(size)) + csize
    out = central
    if cd_offset > PY_ZIP64_LIMIT:
        out += _END64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, 1, 1, len(central), cd_offset)
        out += _LOCATOR.pack(b"PK\x06\x07", 0, cd_offset + len(central), 1)
    return out + _END.pack(b"PK\x05\x06", 0, 0, 1, 1, len(central), min(cd_offset, LIMIT32), 0)


def envelope_size(payload_size: int) -> int:
    return len(expected_local(payload_size)) + payload_size + OVERHEAD + \
        len(expected_tail(payload_size))


def write_envelope(out: BinaryIO, password: str, write_payload: Callable[[BinaryIO], None]) -> None:
    """Encrypt what ``write_payload`` streams into the single ``payload.zip`` entry."""
    info = stored_entry(ENTRY_NAME)
    info.create_system = 3
    info.external_attr = EXTERNAL_ATTR
    zf = FastAESZipFile(out, "w")
    try:
        zf.setpassword(password.encode("utf-8"))
        with zf.open(info, "w", force_zip64=True) as entry:
            # The caller reads evidence out of the vault while a worker encrypts and writes.
            behind = WriteBehind(entry.write, CHUNK)
            try:
                write_payload(behind)  # type: ignore[arg-type]
            except BaseException:
                behind.abort()
                raise
            behind.close()
    except BaseException:
        # Abandon the archive (the caller deletes the partial file). Closing it would raise
        # pyzipper's "open writing handle" ValueError over the real error when the entry
        # could not be finished (disk full), and so would the garbage collector later.
        zf.fp = None
        raise
    zf.close()


class EnvelopeReader:
    """Checks the envelope's headers, then decrypts its entry as a forward-only stream.

    A worker thread reads, hashes, authenticates and decrypts the entry one block ahead of
    the caller, who meanwhile checks CRCs and hashes the plaintext: on two cores the two
    halves of a verify overlap. ``read`` returns b"" only once the whole entry has been
    read and its HMAC verified.
    """

    def __init__(self, fh: BinaryIO, file_size: int, password: str) -> None:
        self._fh = fh
        self.file_size = file_size
        self.payload_size = self._check_headers(file_size)
        salt = fh.read(SALT_LEN)
        aes_key, mac_key, verifier = derive_keys(password.encode("utf-8"), salt, KEY_LEN)
        check = fh.read(VERIFIER_LEN)
        if not hmac.compare_digest(check, verifier):
            # Only 2 unauthenticated bytes: a damaged salt or verifier looks just like this.
            raise WrongPassphrase("The dossier password is not correct, or the file's "
                                  "header is damaged.")
        # The file's own SHA-256 (what a lawyer cites) is taken in the same pass.
        self._file_hash = ParallelHash("sha256")
        self._file_hash.update(expected_local(self.payload_size) + salt + check)
        self._ctr = WinZipCTR(aes_key)
        self._mac = hmac.new(mac_key, digestmod="sha1")
        self._ahead = ReadAhead(self._blocks(), depth=READ_AHEAD)
        self._block = memoryview(b"")
        self._done = False

    def _check_headers(self, file_size: int) -> int:
        fh = self._fh
        head = fh.read(_LOCAL.size)
        if len(head) < _LOCAL.size or head[:4] != b"PK\x03\x04":
            raise NotADossier("This file is not an Evidence Kit dossier (not a zip file).")
        name_len, extra_len = _LOCAL.unpack(head)[9:11]
        rest = fh.read(name_len + extra_len)
        if rest[:name_len] != ENTRY_NAME.encode() and len(rest) == name_len + extra_len:
            raise NotADossier("This file is not an Evidence Kit dossier (its first entry is "
                              "not payload.zip).")
        not_canonical = DossierError("The dossier's envelope headers are not in the canonical "
                                     "form export writes: it was altered, truncated or "
                                     "re-packed.")
        # A ZIP64 extra field comes first in export's header; another tool's need not.
        if len(rest) < name_len + 20 or rest[name_len:name_len + 4] != b"\x01\x00\x10\x00":
            raise not_canonical
        size = struct.unpack("<Q", rest[name_len + 4:name_len + 12])[0]
        if head + rest != expected_local(size) or envelope_size(size) != file_size:
            raise not_canonical
        data_start = len(head) + len(rest)
        fh.seek(data_start + size + OVERHEAD)
        if fh.read() != expected_tail(size):
            raise DossierError("The dossier's envelope directory is not in the canonical form "
                               "export writes: entries were added, renamed or altered.")
        fh.seek(data_start)
        return size

    def _blocks(self) -> Iterator[bytes]:
        """Runs on the worker: ciphertext in, plaintext out, the HMAC checked at the end."""
        remaining = self.payload_size
        while remaining:
            data = self._fh.read(min(CHUNK, remaining))
            if not data:
                raise DossierError("The dossier is truncated.")
            remaining -= len(data)
            self._file_hash.update(data)
            yield self._ctr.apply(data, lambda data=data: self._mac.update(data))
        tag = self._fh.read(HMAC_SIZE)
        if not hmac.compare_digest(self._mac.digest()[:HMAC_SIZE], tag):
            raise IntegrityError("The dossier's encrypted content fails its authentication "
                                 "check: the file was altered or damaged.")
        self._file_hash.update(tag + expected_tail(self.payload_size))

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes (fewer only at the end of the entry)."""
        if not self._block:
            self._block = memoryview(self._ahead.next() or b"")
            if not self._block:
                self._done = True
                return b""
        if size <= len(self._block):
            out, self._block = self._block[:size], self._block[size:]
            return bytes(out)
        parts = [bytes(self._block)]
        want = size - len(parts[0])
        self._block = memoryview(b"")
        while want:
            block = self._ahead.next()
            if not block:
                self._done = True
                break
            parts.append(block[:want])
            self._block = memoryview(block)[want:]
            want -= len(parts[-1])
        return b"".join(parts)

    def file_sha256(self) -> str:
        if not self._done:
            raise DossierError("The dossier has not been read to its end.")
        return self._file_hash.hexdigest()

    def __enter__(self) -> EnvelopeReader:
        return self

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "_ahead"):
            self._ahead.close()
        if hasattr(self, "_file_hash"):
            self._file_hash.close()


def open_envelope(path: Path, password: str) -> tuple[BinaryIO, EnvelopeReader]:
    try:
        fh = Path(path).open("rb")
    except FileNotFoundError as exc:
        raise NotADossier("File not found: {path}", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise NotADossier("{path} is a folder, not a dossier file.", path=str(path)) from exc
    try:
        size = fh.seek(0, 2)
        fh.seek(0)
        return fh, EnvelopeReader(fh, size, password)
    except BaseException:
        fh.close()
        raise
