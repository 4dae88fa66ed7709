"""Put an MP4/QuickTime file's index (``moov``) before its media data, in memory.

Phones usually write the index at the end of the file. ffmpeg reading from a pipe cannot
seek back to it, so such a video would get no poster frame. When the whole file is in
memory (``posters`` reads at most 64 MiB), moving ``moov`` to the front and adding its
size to every chunk offset that pointed past the moved bytes (``stco``/``co64`` tables)
gives the same video in streamable order, as ``qt-faststart`` does on disk. Nothing is
written anywhere; a file this cannot parse is left as it is.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl"}  # the path to the chunk tables
MAX_DEPTH = 8
MAX_STCO = 0xFFFFFFFF


class NotAnIsoFile(ValueError):
    """The bytes are not a well-formed sequence of ISO base media boxes."""


Atom = tuple[bytes, int, int, int]  # type, start, header length, end


def atoms(data: bytes | bytearray, start: int, end: int) -> Iterator[Atom]:
    pos = start
    while pos < end:
        if pos + 8 > end:
            raise NotAnIsoFile("truncated box header")
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise NotAnIsoFile("truncated large size")
            size, header = struct.unpack_from(">Q", data, pos + 8)[0], 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise NotAnIsoFile("box size out of range")
        yield kind, pos, header, pos + size
        pos += size


def _patch(box: bytearray, start: int, end: int, moved: range, shift: int, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise NotAnIsoFile("boxes nested too deep")
    for kind, pos, header, stop in atoms(box, start, end):
        if kind in CONTAINERS:
            _patch(box, pos + header, stop, moved, shift, depth + 1)
        elif kind in (b"stco", b"co64"):
            fmt, width = (">I", 4) if kind == b"stco" else (">Q", 8)
            if pos + header + 8 > stop:
                raise NotAnIsoFile("truncated chunk table")
            count = struct.unpack_from(">I", box, pos + header + 4)[0]
            first = pos + header + 8
            if first + count * width > stop:
                raise NotAnIsoFile("chunk table longer than its box")
            for at in range(first, first + count * width, width):
                offset = struct.unpack_from(fmt, box, at)[0]
                if offset in moved:
                    offset += shift
                    if width == 4 and offset > MAX_STCO:
                        raise NotAnIsoFile("chunk offset overflows")
                    struct.pack_into(fmt, box, at, offset)


def moov_first(data: bytes | bytearray) -> list[bytes | bytearray | memoryview] | None:
    """The file's pieces in streamable order (``ftyp``, ``moov``, the rest), or None when
    it needs no change (index already first) or is not a file this understands."""
    try:
        top = list(atoms(data, 0, len(data)))
    except NotAnIsoFile:
        return None
    kinds = [kind for kind, *_ in top]
    if b"moov" not in kinds or b"mdat" not in kinds or \
            kinds.index(b"moov") < kinds.index(b"mdat"):
        return None
    _, moov_start, moov_header, moov_end = top[kinds.index(b"moov")]
    front = top[1][1] if kinds[0] == b"ftyp" else 0  # the moved atoms start here
    box = bytearray(data[moov_start:moov_end])
    try:
        _patch(box, moov_header, len(box), range(front, moov_start), len(box), 0)
    except NotAnIsoFile:
        return None
    view = memoryview(data)
    return [view[:front], box, view[front:moov_start], view[moov_end:]]
