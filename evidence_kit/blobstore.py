"""Encrypted, content-addressed blob files: evidence bytes never touch the disk in clear.

Each blob has its own random key (wrapped by the vault; dropping the wrapped key is
crypto-erasure) and is sealed with AES-256-GCM in fixed-size chunks, STREAM-style:
nonce = prefix(7) || counter(4, big-endian) || last-flag(1). Reordering, truncation,
extension or any flipped byte fails authentication. Blob files are named by a keyed
hash, so a name never reveals the plaintext's SHA-256.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from .atomic import fsync_dir, storage_error
from .errors import Cancelled, IntegrityError, NotFound, Phrase, VaultCorrupt
from .hashing import ParallelHash

MAGIC = b"EKBLOB1\0"
CHUNK = 1024 * 1024
TAG = 16
HEADER = struct.Struct(">8sI7sx")  # magic, chunk size, nonce prefix, reserved
MAX_CHUNK = 16 * 1024 * 1024
# Ask the kernel to start writing ciphertext out every WRITEBACK bytes, so the final fsync
# waits for the tail only instead of the whole file (Linux; a no-op hint elsewhere).
WRITEBACK = 32 * CHUNK
_FADVISE = getattr(os, "posix_fadvise", None)

Progress = Callable[[int], None]
FileIdentity = tuple[int, int]  # (st_dev, st_ino)


@dataclass(frozen=True)
class SealedBlob:
    """What ``BlobStore.seal`` learnt in its single pass over the plaintext."""

    blob_id: str
    sha256: str
    sha512: str
    crc32: int
    size: int
    key: bytes
    head: bytes  # the first chunk of plaintext, kept in memory for sniffing/EXIF
    temp_path: Path


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter >= 2**32:
        raise IntegrityError("File too large for one blob (over 4 PiB).")
    return prefix + struct.pack(">I?", counter, last)


def _read_full(fh: BinaryIO, size: int) -> bytes:
    """Read exactly ``size`` bytes unless EOF comes first (pipes return short reads)."""
    parts = []
    remaining = size
    while remaining:
        part = fh.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _lock(fh: BinaryIO) -> None:
    """Advisory lock held while a temp file is being written (POSIX; no-op elsewhere)."""
    if fcntl is not None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _in_use(path: Path) -> bool:
    if fcntl is None:
        return False  # Windows refuses to delete a file another process holds open
    try:
        with path.open("rb") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


class Sealer:
    """Push-style sealing: ``write`` plaintext as it arrives, then ``finish``.

    Hashes (SHA-256, SHA-512 on a second core, CRC-32) and encryption share the single
    pass; only ciphertext reaches the disk. The last chunk is held back until ``finish``
    so it can carry the last-chunk flag.
    """

    def __init__(self, store: BlobStore) -> None:
        self._store = store
        self.key = os.urandom(32)
        self._prefix = os.urandom(7)
        self._aead = AESGCM(self.key)
        self._header = HEADER.pack(MAGIC, CHUNK, self._prefix)
        self._sha256 = hashlib.sha256()
        self._sha512 = ParallelHash("sha512")
        self._crc = 0
        self._counter = 0
        self.size = 0
        self._head = b""
        self._buf = bytearray()
        self._held: bytes | None = None  # a whole chunk that may yet turn out to be the last
        self._synced = 0
        self.temp_path = store.tmp / f"{uuid.uuid4().hex}.part"
        try:
            self._out = self.temp_path.open("xb")
            _lock(self._out)  # another process opening the vault must not delete it
            self._out.write(self._header)
        except OSError as exc:
            self._sha512.close()
            raise storage_error(exc, Phrase("the encrypted copy")) from exc

    def write(self, data: bytes) -> None:
        if not data:
            return
        if not self._buf and len(data) == CHUNK:  # whole chunks (seal): no copying
            if self._held is not None:
                self._emit(self._held, last=False)
            self._held = bytes(data)
            return
        if self._held is not None:
            self._emit(self._held, last=False)
            self._held = None
        self._buf += data
        while len(self._buf) > CHUNK:
            chunk = bytes(self._buf[:CHUNK])
            del self._buf[:CHUNK]
            self._emit(chunk, last=False)

    def _emit(self, chunk: bytes, last: bool) -> None:
        if self._counter == 0:
            self._head = chunk
        self._sha512.update(chunk)
        self._sha256.update(chunk)
        self._crc = zlib.crc32(chunk, self._crc)
        try:
            self._out.write(self._aead.encrypt(_nonce(self._prefix, self._counter, last), chunk,
                                               self._header))
            self._start_writeback()
        except OSError as exc:
            self.abort()
            raise storage_error(exc, Phrase("the encrypted copy")) from exc
        self.size += len(chunk)
        self._counter += 1

    def _start_writeback(self) -> None:
        if _FADVISE is None:
            return
        written = self._out.tell()
        if written - self._synced >= WRITEBACK:
            self._out.flush()
            _FADVISE(self._out.fileno(), self._synced, written - self._synced,
                     os.POSIX_FADV_DONTNEED)
            self._synced = written

    def finish(self) -> SealedBlob:
        try:
            last = self._held if self._held is not None else bytes(self._buf)
            self._held = None
            self._emit(last, last=True)
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
        except OSError as exc:
            self.abort()
            raise storage_error(exc, Phrase("the encrypted copy")) from exc
        sha512 = self._sha512.hexdigest()
        self._sha512.close()
        sha = self._sha256.hexdigest()
        return SealedBlob(self._store.blob_id(sha), sha, sha512, self._crc, self.size, self.key,
                          self._head, self.temp_path)

    def abort(self) -> None:
        self._sha512.close()
        try:
            self._out.close()  # flushes buffered bytes: fails again when the disk is full
        except OSError:
            pass  # the error that brought us here is the one to report
        self.temp_path.unlink(missing_ok=True)


class BlobStore:
    def __init__(self, root: Path, id_key: bytes) -> None:
        self.root = root
        self.blobs = root / "blobs"
        self.tmp = root / "tmp"
        self._id_key = id_key

    def create_dirs(self) -> None:
        for path in (self.blobs, self.tmp):
            try:
                path.mkdir(mode=0o700, exist_ok=True)
            except FileExistsError as exc:
                raise VaultCorrupt("The vault is damaged: '{name}' should be a folder "
                                   "but is a file.", name=path.name) from exc
            except OSError as exc:
                raise storage_error(exc, Phrase("the folder {path}", path=str(path))) from exc

    def blob_id(self, sha256_hex: str) -> str:
        return hmac.new(self._id_key, bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest()

    def path_for(self, blob_id: str) -> Path:
        if len(blob_id) != 64 or not all(c in "0123456789abcdef" for c in blob_id):
            raise IntegrityError("A record points at a malformed blob id.")
        return self.blobs / blob_id[:2] / blob_id

    def clean_temp(self) -> int:
        """Remove ciphertext left by an interrupted import. Returns how many."""
        removed = 0
        if self.tmp.is_dir():
            for leftover in self.tmp.iterdir():
                if _in_use(leftover):
                    continue  # an import still running in another process
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    continue  # read-only media: removed on the next writable open
                removed += 1
        return removed

    def seal(self, source: BinaryIO, progress: Progress | None = None,
             cancel: Callable[[], bool] | None = None) -> SealedBlob:
        """Hash, keep the head, and encrypt ``source`` in one pass into a temp file."""
        sealer = Sealer(self)
        try:
            while chunk := _read_full(source, CHUNK):
                sealer.write(chunk)
                if progress:
                    progress(sealer.size + len(chunk))
                if cancel and cancel():
                    raise Cancelled("Import cancelled.")
            return sealer.finish()
        except BaseException:
            sealer.abort()
            raise

    def commit(self, sealed: SealedBlob) -> None:
        """Move a sealed temp file to its final, content-addressed name.

        Callers hold the database's write lock and have seen no ``blobs`` row for this id,
        so a file already at that name is an orphan (an import killed between this rename
        and its commit): it has no key anywhere, and replacing it loses nothing."""
        final = self.path_for(sealed.blob_id)
        try:
            final.parent.mkdir(mode=0o700, exist_ok=True)
            os.replace(sealed.temp_path, final)
            fsync_dir(final.parent)
        except OSError as exc:
            sealed.temp_path.unlink(missing_ok=True)
            raise storage_error(exc, Phrase("the encrypted copy")) from exc

    def discard(self, sealed: SealedBlob) -> None:
        sealed.temp_path.unlink(missing_ok=True)

    @staticmethod
    def identity(sealed: SealedBlob) -> FileIdentity | None:
        """Which file this import wrote (a rename keeps it), so that undoing the import
        removes that file only, never one another import put at the same name since."""
        try:
            info = sealed.temp_path.stat()
        except OSError:
            return None
        return info.st_dev, info.st_ino

    def remove_placed(self, blob_id: str, ident: FileIdentity | None) -> None:
        """Remove a blob file this import placed but whose record was not committed."""
        if ident is None:
            return
        path = self.path_for(blob_id)
        try:
            info = path.stat()
            if (info.st_dev, info.st_ino) == ident:
                path.unlink()
        except OSError:
            pass  # gone already, or unreadable: at worst an orphan that 'check' reports

    def open_chunks(self, blob_id: str, key: bytes) -> Iterator[bytes]:
        """Yield authenticated plaintext chunks; raise IntegrityError on any tampering."""
        path = self.path_for(blob_id)
        try:
            fh = path.open("rb")
        except FileNotFoundError as exc:
            raise NotFound("Encrypted file {blob}… is missing from the vault.",
                           blob=blob_id[:12]) from exc
        except OSError as exc:  # e.g. a folder where the file should be, or no permission
            raise IntegrityError("Encrypted file {blob}… cannot be read: {reason}.",
                                 blob=blob_id[:12], reason=exc.strerror or str(exc)) from exc
        with fh:
            header = fh.read(HEADER.size)
            if len(header) != HEADER.size:
                raise IntegrityError("Encrypted file {blob}… is truncated.", blob=blob_id[:12])
            magic, chunk, prefix = HEADER.unpack(header)
            if magic != MAGIC or not (0 < chunk <= MAX_CHUNK):
                raise IntegrityError("Encrypted file {blob}… has a damaged header.",
                                     blob=blob_id[:12])
            aead = AESGCM(key)
            counter = 0
            current = fh.read(chunk + TAG)
            while True:
                nxt = fh.read(chunk + TAG) if len(current) == chunk + TAG else b""
                last = not nxt
                try:
                    yield aead.decrypt(_nonce(prefix, counter, last), current, header)
                except InvalidTag as exc:
                    raise IntegrityError(
                        "Encrypted file {blob}… is damaged or was tampered with "
                        "(chunk {chunk} fails authentication).", blob=blob_id[:12],
                        chunk=counter) from exc
                if last:
                    return
                current, counter = nxt, counter + 1

    def verify(self, blob_id: str, key: bytes, sha256_hex: str) -> None:
        digest = hashlib.sha256()
        for chunk in self.open_chunks(blob_id, key):
            digest.update(chunk)
        if digest.hexdigest() != sha256_hex:
            raise IntegrityError(
                "Encrypted file {blob}… does not match its recorded hash.", blob=blob_id[:12])

    def all_blob_ids(self) -> Iterator[str]:
        if not self.blobs.is_dir():
            return
        for sub in sorted(self.blobs.iterdir()):
            if sub.is_dir():
                for item in sorted(sub.iterdir()):
                    yield item.name
