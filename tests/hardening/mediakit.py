"""Hostile media files, made byte by byte (deterministic), and the child-process script that
ingests, previews and redacts them while measuring its own peak memory."""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Callable

from PIL import Image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rows: Callable[[], bytes] | None = None, *,
        bit_depth: int = 1, colour: int = 0, extra: bytes = b"") -> bytes:
    """A PNG whose header declares ``width`` x ``height``; its IDAT holds every row (zeros,
    compressed: a real decompression bomb) unless ``rows`` gives other data."""
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    if rows is None:
        row = bytes(1 + (width * bit_depth + 7) // 8)
        packer = zlib.compressobj(9)
        idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    else:
        idat = rows()
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + extra + _chunk(b"IDAT", idat) +
            _chunk(b"IEND", b""))


def png_text_bomb() -> bytes:
    """A 4x4 PNG carrying a zTXt chunk that inflates to 200 MB."""
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(bytes(1 << 20)) for _ in range(200)) + packer.flush()
    return png(4, 4, extra=_chunk(b"zTXt", b"Comment\x00\x00" + body))


def gif_canvas(width: int = 65535, height: int = 65535) -> bytes:
    """A GIF whose logical screen is huge but whose only frame is one pixel."""
    header = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + bytes(6)
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    return header + frame + b"\x3b"


def noise_png(size: int = 256, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (size, size), rng.randbytes(size * size * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def plain_jpeg(size: int = 64) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), (90, 120, 30)).save(out, "JPEG", quality=80)
    return out.getvalue()


def with_app1(jpeg: bytes, payload: bytes) -> bytes:
    """``jpeg`` with an APP1 segment holding ``payload`` right after SOI."""
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def _ifd(entries: list[tuple[int, int, int, int]], next_ifd: int = 0) -> bytes:
    return struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHII", *entry) for entry in entries) + struct.pack("<I", next_ifd)


def malformed_exif() -> dict[str, bytes]:
    base = plain_jpeg()
    tiff = b"II*\x00" + struct.pack("<I", 8)
    return {
        "exif-garbage-header.jpg": with_app1(base, b"Exif\x00\x00" + b"NOT A TIFF HEADER" * 3),
        "exif-ifd-count-65535.jpg": with_app1(base, b"Exif\x00\x00" + tiff +
                                              struct.pack("<H", 0xFFFF) + bytes(24)),
        "exif-ifd-loop.jpg": with_app1(base, b"Exif\x00\x00" + tiff + _ifd(
            [(0x8769, 4, 1, 8), (0x8825, 4, 1, 8)], next_ifd=8)),
        "exif-offsets-out-of-range.jpg": with_app1(base, b"Exif\x00\x00" + tiff + _ifd(
            [(0x010F, 2, 0x7FFFFFFF, 0x7FFFFFF0), (0x9003, 2, 20, 0xFFFFFF00),
             (0x8825, 4, 1, 0xFFFFFFF0)])),
        "exif-gps-wrong-types.jpg": with_app1(base, b"Exif\x00\x00" + tiff + _ifd(
            [(0x8825, 4, 1, 26)]) + _ifd([(2, 2, 4, 0x41424344), (4, 3, 3, 60),
                                          (6, 1, 1, 0)])),
        "exif-truncated.jpg": with_app1(base, b"Exif\x00\x00" + tiff[:5]),
    }


def hostile_files() -> dict[str, bytes]:
    """Name -> bytes of every hostile file (all small on disk)."""
    rng = random.Random(9)
    jpeg = plain_jpeg(256)
    noise = noise_png()
    sof_huge = jpeg.replace(b"\xff\xc0\x00\x11\x08\x01\x00\x01\x00",
                            b"\xff\xc0\x00\x11\x08\xff\xdc\xff\xdc", 1)
    assert sof_huge != jpeg, "the JPEG frame header was not found"
    tiff_huge = b"II*\x00" + struct.pack("<I", 8) + _ifd(
        [(256, 4, 1, 60000), (257, 4, 1, 60000), (258, 3, 1, 8), (259, 3, 1, 1),
         (262, 3, 1, 1), (273, 4, 1, 200), (277, 3, 1, 1), (279, 4, 1, 10)])
    bmp_huge = b"BM" + struct.pack("<IHHI", 0, 0, 0, 54) + struct.pack(
        "<IiiHHIIiiII", 40, 50000, 50000, 1, 24, 0, 0, 0, 0, 0, 0)
    return {
        "bomb-30000x30000.png": png(30000, 30000),
        "bomb-text-chunk.png": png_text_bomb(),
        "gif-65535-canvas.gif": gif_canvas(),
        "jpeg-declares-65500x65500.jpg": sof_huge,
        "tiff-declares-60000x60000.tif": tiff_huge,
        "bmp-declares-50000x50000.bmp": bmp_huge,
        "truncated.jpg": jpeg[: len(jpeg) // 2],
        "truncated.png": noise[: len(noise) // 2],
        "png-header-only.png": noise[:33],
        "heic-like.heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" +
                          rng.randbytes(4096),
        "webp-garbage.webp": b"RIFF\x00\x10\x00\x00WEBPVP8 " + rng.randbytes(2048),
        "empty.jpg": b"",
        **malformed_exif(),
    }


CHILD = r"""
import json, os, sys, time
from pathlib import Path
from evidence_kit.offline import install_guard
install_guard()
from evidence_kit.cases import add_case
from evidence_kit.errors import EvidenceKitError, InvalidInput
from evidence_kit.ingest import ingest_file
from evidence_kit.redact import Box, redact_exhibit, redact_image
from evidence_kit.thumbnails import make_thumbnail, thumbnail_for
from evidence_kit.vault import Vault

def status(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024

def attempt(call, allowed=EvidenceKitError):
    try:
        value = call()
        return {"ok": True, "value": None if value is None else len(value)}
    except allowed as exc:
        return {"ok": False, "error": type(exc).__name__, "message": exc.message}
    except BaseException as exc:
        return {"ok": False, "unexpected": f"{type(exc).__name__}: {exc}"[:300]}

vault = Vault.create(Path(sys.argv[1]), "child passphrase")
case = add_case(vault, "Hostile media")
for name in sys.argv[2:]:
    path = Path(name)
    Path("/proc/self/clear_refs").write_text("5")
    start, rss = time.monotonic(), status("VmRSS")
    out = {"name": path.name}
    try:
        result = ingest_file(vault, case, path)
        out["ingest"] = {"ok": True, "kind": result.exhibit["kind"],
                         "warnings": list(result.warnings)}
        exhibit = result.exhibit
    except EvidenceKitError as exc:
        out["ingest"] = {"ok": False, "error": type(exc).__name__, "message": exc.message}
        exhibit = None
    except BaseException as exc:
        out["ingest"] = {"ok": False, "unexpected": f"{type(exc).__name__}: {exc}"[:300]}
        exhibit = None
    data = path.read_bytes()
    out["make_thumbnail"] = attempt(lambda: make_thumbnail(data), ())
    out["redact_image"] = attempt(lambda: redact_image(data, [Box(0, 0, 8, 8)]), InvalidInput)
    if exhibit is not None:
        out["thumbnail_for"] = attempt(lambda: thumbnail_for(vault, exhibit["id"]), ())
        if exhibit["kind"] == "photo":
            out["redact_exhibit"] = attempt(lambda: redact_exhibit(
                vault, case, "E%04d" % exhibit["number"], [Box(0, 0, 8, 8)]).exhibit, InvalidInput)
    out["seconds"] = time.monotonic() - start
    out["peak_growth"] = status("VmHWM") - rss
    print(json.dumps(out), flush=True)
vault.lock()
"""
