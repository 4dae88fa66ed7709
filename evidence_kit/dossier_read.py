"""Reading a dossier in one pass: decrypt, parse the inner zip strictly, hash every file.

Nothing here trusts the dossier. Small tag and metadata files are kept in memory, each
capped and all of them together, so a dossier declaring huge ones is refused before they
are read; every other file is hashed and handed to an optional sink (extraction or
import) that must not commit anything until the whole dossier has verified.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .age_envelope import AgeReader, is_age_file
from .bag import SIGNATURE, TAGMANIFEST
from .envelope import open_envelope
from .errors import Cancelled, DossierError
from .hashing import ParallelHash
from .zipcanon import MAX_MEMBERS, CanonicalZipReader

KIB, MIB = 1024, 1024 * 1024
_LINE = 2 + 512 + 1  # a manifest line beyond its digest: two spaces, a long path, newline
# What each kept file may weigh (a hostile dossier could declare anything): what export
# writes, with room to spare; the manifests in proportion to the member limit.
KEPT_LIMITS = {
    "bagit.txt": KIB, "bag-info.txt": MIB, TAGMANIFEST: 4 * KIB, SIGNATURE: 4 * KIB,
    "data/signer.pub": 4 * KIB,
    "manifest-sha256.txt": MAX_MEMBERS * (64 + _LINE),
    "manifest-sha512.txt": MAX_MEMBERS * (128 + _LINE),
    "data/dossier.json": 64 * MIB, "data/custody.jsonl": 64 * MIB,
}
KEPT = frozenset(KEPT_LIMITS)
# All of them together: a verify's peak memory is about 65 MiB plus what it keeps, and
# must stay under 200 MB whatever a dossier declares.
MAX_KEPT_TOTAL = 100 * MIB
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
    kept: dict[str, bytes | bytearray] = field(default_factory=dict)
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
    kept: bytearray | None = None
    if keep:
        _check_kept_size(rel, size, result)
        kept = bytearray(size)  # filled in place: no list of chunks, no joined copy
    to_sink = sink is not None
    if to_sink:
        sink.begin(rel, size)
    filled = 0
    # SHA-256 here, on the reading thread: decryption already runs on its own thread.
    sha256 = hashlib.sha256()
    with ParallelHash("sha512") as sha512:
        for chunk in chunks:
            sha256.update(chunk)
            if full:
                sha512.update(chunk)
            if kept is not None:
                if filled + len(chunk) > size:
                    raise DossierError("{name} is longer than its header says.", name=rel)
                kept[filled:filled + len(chunk)] = chunk
                filled += len(chunk)
            if to_sink:
                sink.write(chunk)
        result.sha256[rel] = sha256.hexdigest()
        if full:
            result.sha512[rel] = sha512.hexdigest()
    result.sizes[rel] = size
    if kept is not None:
        result.kept[rel] = kept  # a bytearray: reads like bytes, and costs no second copy
    if to_sink:
        sink.end()


def _check_kept_size(rel: str, size: int, result: ReadResult) -> None:
    """Refuse, before reading a byte of it, a kept file larger than export could write."""
    if size > KEPT_LIMITS[rel]:
        raise DossierError("{name} is unexpectedly large ({size} bytes).", name=rel, size=size)
    if sum(map(len, result.kept.values())) + size > MAX_KEPT_TOTAL:
        raise DossierError("The dossier's metadata files are unexpectedly large together "
                           "({size} bytes or more).",
                           size=sum(map(len, result.kept.values())) + size)
