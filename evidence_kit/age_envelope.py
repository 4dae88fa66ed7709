"""The age envelope: the inner bag zip encrypted to recipients' X25519 keys (pyrage).

A recipient opens it with the stock ``age -d -i key.txt`` or with this app; no password
travels. age authenticates every 64 KiB chunk and the end of the stream, and hides the
names, count and sizes inside. pyrage's streaming calls take a reader, so the zip
writer (or reader) runs on the other side of a pipe, on a second thread: memory stays
bounded for files of any size.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import DossierError, IntegrityError, WrongPassphrase
from .hashing import ParallelHash

MAGIC = b"age-encryption.org/v1\n"


def is_age_file(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


class _Pipe:
    def __init__(self) -> None:
        read_fd, write_fd = os.pipe()
        self.reader = os.fdopen(read_fd, "rb", buffering=1024 * 1024)
        self.writer = os.fdopen(write_fd, "wb", buffering=1024 * 1024)

    def close(self) -> None:
        for end in (self.writer, self.reader):
            try:
                end.close()
            except OSError:
                pass


def write_age_envelope(out: BinaryIO, recipients: list[str],
                       write_payload: Callable[[BinaryIO], None]) -> None:
    """Encrypt what ``write_payload`` streams, for every recipient in ``recipients``."""
    import pyrage
    from pyrage import x25519

    keys = [x25519.Recipient.from_str(r) for r in recipients]
    pipe = _Pipe()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            write_payload(pipe.writer)
        except BaseException as exc:  # noqa: BLE001 - re-raised on the caller's thread
            failure.append(exc)
        finally:
            try:
                pipe.writer.close()
            except OSError:
                pass

    producer = threading.Thread(target=produce, name="age-payload", daemon=True)
    producer.start()
    try:
        pyrage.encrypt_io(pipe.reader, out, keys)
    finally:
        pipe.reader.close()  # unblocks a producer still writing if encryption failed
        producer.join()
        pipe.close()
    if failure:
        raise failure[0]


class _HashingInput:
    """The encrypted file as pyrage reads it, hashed on the way (the dossier's SHA-256)."""

    def __init__(self, fh: BinaryIO, digest: ParallelHash) -> None:
        self._fh, self._digest = fh, digest
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        if data:
            self._digest.update(data)
            self.consumed += len(data)
        return data


class AgeReader:
    """Decrypts an age dossier as a forward-only stream; ``read`` returns b"" only once
    the whole file has been authenticated."""

    def __init__(self, fh: BinaryIO, file_size: int, identities: list[str]) -> None:
        import pyrage
        from pyrage import x25519

        if not identities:
            raise WrongPassphrase("This dossier is encrypted to age keys: open it with the "
                                  "vault whose key it was sent to.")
        self.file_size = file_size
        self.payload_size = file_size  # only an upper bound is known before decrypting
        self._hash = ParallelHash("sha256")
        self._input = _HashingInput(fh, self._hash)
        self._pipe = _Pipe()
        self._error: BaseException | None = None
        self._done = False
        keys = [x25519.Identity.from_str(i) for i in identities]

        def consume() -> None:
            try:
                pyrage.decrypt_io(self._input, self._pipe.writer, keys)
            except BaseException as exc:  # noqa: BLE001 - reported by read()
                self._error = exc
            finally:
                try:
                    self._pipe.writer.close()
                except OSError:
                    pass

        self._thread = threading.Thread(target=consume, name="age-decrypt", daemon=True)
        self._thread.start()

    def read(self, size: int) -> bytes:
        if size <= 0:
            return b""
        data = self._pipe.reader.read(size)
        if len(data) == size:
            return data
        # A short read is the end of the plaintext: first learn whether age authenticated
        # it, so a truncated or extended file is reported as such, not as a short archive.
        self._thread.join()
        if self._error is not None:
            raise self._translate(self._error)
        if data:
            return data
        if self._input.consumed != self.file_size:
            raise DossierError("The dossier has extra bytes after its encrypted content.")
        self._done = True
        return b""

    @staticmethod
    def _translate(exc: BaseException) -> Exception:
        text = str(exc)
        if "No matching keys" in text:
            return WrongPassphrase("This dossier was not encrypted to this vault's age key: "
                                   "it is meant for someone else, or was sent to another "
                                   "of your keys.")
        if "fill whole buffer" in text or "header" in text.lower():
            return DossierError("This file is not a valid age-encrypted dossier.")
        return IntegrityError("The dossier's encrypted content fails its authentication "
                              "check: the file was altered, truncated or damaged.")

    def file_sha256(self) -> str:
        if not self._done:
            raise DossierError("The dossier has not been read to its end.")
        return self._hash.hexdigest()

    def __enter__(self) -> AgeReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pipe.reader.close()  # a decryptor blocked on a full pipe gets EPIPE and ends
        self._thread.join()
        self._pipe.close()
        self._hash.close()
