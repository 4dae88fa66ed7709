"""Reading a dossier in one pass: decrypt, parse the inner zip strictly, hash every file.

Nothing here trusts the dossier. Small tag and metadata files are kept in memory (each
capped); every other file is hashed and handed to an optional sink (extraction or
import) that must not commit anything until the whole dossier has verified.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .age_envelope import AgeReader, is_age_file
from .bag import SIGNATURE, TAG_FILES, TAGMANIFEST
from .envelope import open_envelope
from .errors import Cancelled, DossierError
from .hashing import ParallelHash
from .zipcanon import CanonicalZipReader

KEPT = frozenset(TAG_FILES) | {TAGMANIFEST, SIGNATURE, "data/dossier.json",
                               "data/custody.jsonl", "data/signer.pub"}
MAX_KEPT_BYTES = 64 * 1024 * 1024
Progress = Callable[[int, int], None]


class MemberSink(Protocol):
    """Receives each file's bytes (path relative to the bag) as the dossier streams past."""

    def begin(self, rel_path: str, size: int) -> None: ...
    def write(self, chunk: bytes) -> None: ...
    def end(self) -> None: ...


@dataclass
class ReadResult:
    bag: str
    file_sha256: str
    file_size: int
    kept: dict[str, bytes] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)  # rel path -> digest
    sha512: dict[str, str] = field(default_factory=dict)  # only with full=True
    sizes: dict[str, int] = field(default_factory=dict)
    envelope: str = "password"  # or "age"


class _HashingSource:
    """The envelope's plaintext, counting bytes for progress and cancellation."""

    def __init__(self, reader, total: int, progress: Progress | None,  # noqa: ANN001
                 cancel: Callable[[], bool] | None) -> None:
        self._reader, self._total = reader, total
        self._progress, self._cancel = progress, cancel
        self.done = 0

    def read(self, size: int) -> bytes:
        if self._cancel and self._cancel():
            raise Cancelled("Cancelled; nothing was kept.")
        data = self._reader.read(size)
        self.done += len(data)
        if self._progress:
            self._progress(self.done, self._total)
        return data


def _split(path: str, result: ReadResult) -> str:
    bag, _, rel = path.partition("/")
    if not result.bag:
        result.bag = bag
    if bag != result.bag or not rel:
        raise DossierError("'{path}' lies outside the dossier's single bag folder.", path=path)
    if rel not in KEPT and not rel.startswith("data/"):
        raise DossierError("The dossier holds an unexpected file '{path}'.", path=path)
    return rel


def _open(path: Path, password: str, identities: list[str] | None):  # noqa: ANN202
    """The password (WinZip AES) or age envelope, by the file's first bytes."""
    if is_age_file(path):
        fh = Path(path).open("rb")
        try:
            return fh, AgeReader(fh, Path(path).stat().st_size, identities or [])
        except BaseException:
            fh.close()
            raise
    return open_envelope(path, password)


def read_dossier(path: Path, password: str, *, sink: MemberSink | None = None,
                 full: bool = False, progress: Progress | None = None,
                 cancel: Callable[[], bool] | None = None,
                 identities: list[str] | None = None) -> ReadResult:
    """Stream the whole dossier; raise DossierError/IntegrityError at the first problem."""
    fh, envelope = _open(path, password, identities)
    with fh, envelope:
        result = ReadResult(bag="", file_sha256="", file_size=envelope.file_size,
                            envelope="age" if isinstance(envelope, AgeReader) else "password")
        source = _HashingSource(envelope, envelope.payload_size, progress, cancel)
        for member, chunks in CanonicalZipReader(source).members():
            rel = _split(member.name, result)
            _consume(rel, member.size, chunks, result, sink, full)
        if envelope.read(1):  # EOF: checks the HMAC / age's final chunk
            raise DossierError("The dossier has extra bytes after its inner archive.")
        result.file_sha256 = envelope.file_sha256()
    if not result.bag:
        raise DossierError("The dossier is empty.")
    return result


def _consume(rel: str, size: int, chunks, result: ReadResult,  # noqa: ANN001
             sink: MemberSink | None, full: bool) -> None:
    keep = rel in KEPT
    if keep and size > MAX_KEPT_BYTES:
        raise DossierError("{name} is unexpectedly large ({size} bytes).", name=rel, size=size)
    to_sink = sink is not None
    if to_sink:
        sink.begin(rel, size)
    parts: list[bytes] = []
    # SHA-256 here, on the reading thread: decryption already runs on its own thread.
    sha256 = hashlib.sha256()
    with ParallelHash("sha512") as sha512:
        for chunk in chunks:
            sha256.update(chunk)
            if full:
                sha512.update(chunk)
            if keep:
                parts.append(chunk)
            if to_sink:
                sink.write(chunk)
        result.sha256[rel] = sha256.hexdigest()
        if full:
            result.sha512[rel] = sha512.hexdigest()
    result.sizes[rel] = size
    if keep:
        result.kept[rel] = b"".join(parts)
    if to_sink:
        sink.end()
