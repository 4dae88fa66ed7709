"""The inner bag zip in one canonical form: written streaming, read in one strict pass.

Canonical form (docs/dossier-format.md): every member STORED, sizes and CRC-32 in the
local header (no data descriptors), UTF-8 flag set, DOS time 1980-01-01 00:00, Unix
mode 0644, no extra fields except ZIP64 where a size or offset needs it, no comments,
members in byte order of their names, ZIP64 end records only when a count, size or
offset needs them. Because the writer's output is a function of (names, sizes, CRCs)
alone, the reader can regenerate every header byte and compare: any deviation is named.
"""

from __future__ import annotations

import stat
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from .errors import DossierError, IntegrityError
from .safenames import NameSet

LOCAL = struct.Struct("<4sHHHHHIIIHH")
CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
END = struct.Struct("<4sHHHHIIH")
END64 = struct.Struct("<4sQHHIIQQQQ")
LOCATOR = struct.Struct("<4sIQI")
LIMIT32 = 0xFFFFFFFF
UTF8_FLAG = 0x0800
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
UNIX_MODE = (stat.S_IFREG | 0o644) << 16
MADE_BY_UNIX = 3 << 8
MAX_MEMBERS = 100_000
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    crc: int
    offset: int


def _zip64_local(size: int) -> bool:
    return size >= LIMIT32


def local_header(name: str, size: int, crc: int) -> bytes:
    raw = name.encode("utf-8")
    if _zip64_local(size):
        extra = struct.pack("<HHQQ", 1, 16, size, size)
        return LOCAL.pack(b"PK\x03\x04", 45, UTF8_FLAG, 0, 0, DOS_DATE, crc, LIMIT32, LIMIT32,
                          len(raw), len(extra)) + raw + extra
    return LOCAL.pack(b"PK\x03\x04", 20, UTF8_FLAG, 0, 0, DOS_DATE, crc, size, size,
                      len(raw), 0) + raw


def central_header(entry: Entry) -> bytes:
    raw = entry.name.encode("utf-8")
    fields64 = []
    size32 = entry.size
    if entry.size >= LIMIT32:
        fields64 += [entry.size, entry.size]
        size32 = LIMIT32
    offset32 = entry.offset
    if entry.offset >= LIMIT32:
        fields64.append(entry.offset)
        offset32 = LIMIT32
    extra = struct.pack(f"<HH{len(fields64)}Q", 1, 8 * len(fields64), *fields64) if fields64 \
        else b""
    version = 45 if fields64 else 20
    return CENTRAL.pack(b"PK\x01\x02", MADE_BY_UNIX | version, version, UTF8_FLAG, 0, 0,
                        DOS_DATE, entry.crc, size32, size32, len(raw), len(extra), 0, 0, 0,
                        UNIX_MODE, offset32) + raw + extra


def tail(entries: list[Entry], cd_offset: int) -> bytes:
    """Central directory plus end records, exactly as the writer emits them."""
    directory = b"".join(central_header(e) for e in entries)
    count, size = len(entries), len(directory)
    out = directory
    if count >= 0xFFFF or size >= LIMIT32 or cd_offset >= LIMIT32:
        end64_offset = cd_offset + size
        out += END64.pack(b"PK\x06\x06", 44, MADE_BY_UNIX | 45, 45, 0, 0, count, count, size,
                          cd_offset)
        out += LOCATOR.pack(b"PK\x06\x07", 0, end64_offset, 1)
    out += END.pack(b"PK\x05\x06", 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
                    min(size, LIMIT32), min(cd_offset, LIMIT32), 0)
    return out


def archive_size(members: Iterable[tuple[str, int]]) -> int:
    """Exact byte size of the zip holding ``(name, size)`` members (CRCs do not matter)."""
    entries, offset = [], 0
    for name, size in sorted(members, key=lambda m: m[0].encode("utf-8")):
        entries.append(Entry(name, size, 0, offset))
        offset += len(local_header(name, size, 0)) + size
    return offset + len(tail(entries, offset))


class CanonicalZipWriter:
    """Streams members into ``out`` (which need not be seekable)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._entries: list[Entry] = []
        self._offset = 0
        self._last = b""

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._offset += len(data)

    def add(self, name: str, size: int, crc: int, chunks: Iterable[bytes], *,
            check_crc: bool = True) -> None:
        """Add a member whose size and CRC are known before its bytes are streamed.

        ``check_crc=False`` skips recomputing the CRC (0.19 s per GiB) where the bytes are
        already authenticated and the CRC was taken over those same bytes (vault blobs:
        AES-GCM per chunk, CRC at ingest); the size is always checked.
        """
        key = name.encode("utf-8")
        if key <= self._last:
            raise ValueError(f"members must be added in name order ({name})")
        self._last = key
        entry = Entry(name, size, crc, self._offset)
        self._write(local_header(name, size, crc))
        written, actual = 0, 0
        for chunk in chunks:
            if check_crc:
                actual = zlib.crc32(chunk, actual)
            written += len(chunk)
            self._write(chunk)
        if written != size or (check_crc and actual != crc):
            raise IntegrityError("{name} changed while it was being exported (size or CRC "
                                 "differs from the vault's record).", name=name)
        self._entries.append(entry)

    def add_bytes(self, name: str, data: bytes) -> None:
        self.add(name, len(data), zlib.crc32(data), [data])

    def close(self) -> int:
        self._write(tail(self._entries, self._offset))
        return self._offset


class ByteSource(Protocol):
    def read(self, size: int) -> bytes: ...


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    crc: int


class CanonicalZipReader:
    """One forward pass over a canonical zip; every header byte is checked."""

    def __init__(self, source: ByteSource) -> None:
        self._src = source
        self._offset = 0
        self._entries: list[Entry] = []
        self._names = NameSet()
        self._last = b""

    def _read(self, size: int) -> bytes:
        data = self._src.read(size)
        if len(data) != size:
            raise DossierError("The dossier's inner archive is truncated.")
        self._offset += size
        return data

    def members(self) -> Iterator[tuple[Member, Iterator[bytes]]]:
        """Yield each member with an iterator over its bytes (consume it before moving on)."""
        while True:
            start = self._offset
            signature = self._read(4)
            if signature == b"PK\x01\x02":
                self._finish(signature)
                return
            if signature != b"PK\x03\x04":
                raise DossierError("The dossier's inner archive has unexpected bytes at "
                                   "offset {offset}.", offset=start)
            member = self._local_header(signature, start)
            yield member, self._data(member)

    def _local_header(self, signature: bytes, start: int) -> Member:
        fixed = signature + self._read(LOCAL.size - 4)
        (_, version, flags, method, _, _, crc, csize, usize, name_len,
         extra_len) = LOCAL.unpack(fixed)
        raw_name = self._read(name_len)
        extra = self._read(extra_len)
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DossierError("The dossier holds a file name that is not valid UTF-8.") from exc
        self._names.add(name)
        if len(self._entries) >= MAX_MEMBERS:
            raise DossierError("The dossier holds too many files.")
        if method != 0:
            raise DossierError("'{name}' is compressed; dossiers store files uncompressed.",
                               name=name)
        if flags & 0x0001:
            raise DossierError("'{name}' is encrypted inside the envelope, which export never "
                               "does.", name=name)
        size = usize
        if usize == LIMIT32 and len(extra) == 20:
            size = struct.unpack("<HHQQ", extra)[2]
        if local_header(name, size, crc) != fixed + raw_name + extra:
            raise DossierError("The header of '{name}' is not in the canonical form export "
                               "writes (it was altered or made by another tool).", name=name)
        key = raw_name
        if key <= self._last:
            raise DossierError("'{name}' is out of order in the dossier's inner archive.",
                               name=name)
        self._last = key
        self._entries.append(Entry(name, size, crc, start))
        del version, csize
        return Member(name, size, crc)

    def _data(self, member: Member) -> Iterator[bytes]:
        remaining, crc = member.size, 0
        while remaining:
            chunk = self._read(min(CHUNK, remaining))
            crc = zlib.crc32(chunk, crc)
            remaining -= len(chunk)
            yield chunk
        if crc != member.crc:
            raise DossierError("'{name}' fails its CRC check: it was altered.", name=member.name)

    def _finish(self, signature: bytes) -> None:
        expected = tail(self._entries, self._offset - 4)
        got = signature + self._src.read(len(expected) - 4)
        if got != expected:
            where = next((i for i, (a, b) in enumerate(zip(got, expected, strict=False))
                          if a != b), min(len(got), len(expected)))
            raise DossierError("The dossier's inner archive directory does not match its "
                               "files (first difference at byte {offset} of the directory): "
                               "files were added, removed, renamed or overlap.", offset=where)
        if self._src.read(1):
            raise DossierError("The dossier's inner archive has extra bytes after its end.")
