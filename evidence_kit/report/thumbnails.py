"""Small previews of image exhibits, made in memory from the decrypted bytes.

Never written to disk in clear. Cheap even for large photos: ``draft()`` lets the JPEG
decoder scale down by up to 8x while decoding, ``thumbnail()`` finishes the job, and the
EXIF orientation is applied afterwards to the *small* image (``exif_transpose`` before
thumbnailing would decode the full image; tech notes §17). The result is a fresh JPEG
with no metadata at all.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable

THUMB_PX = 128
MAX_PIXELS = 80_000_000  # as for redaction: larger "images" are refused, not decoded
MAX_FULL_DECODE = 40_000_000  # formats without draft() decode in full: keep memory bounded
MAX_BYTES = 256 * 1024 * 1024
FORMATS = ["JPEG", "PNG", "WEBP", "TIFF", "BMP", "GIF"]


def thumbnail_from_bytes(data: bytes, size: int = THUMB_PX) -> bytes | None:
    """A small JPEG preview of ``data``, or None when it is not a decodable image."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as img:
                pixels = img.width * img.height
                if pixels > MAX_PIXELS or (img.format != "JPEG" and pixels > MAX_FULL_DECODE):
                    return None
                img.draft("RGB", (size, size))
                orientation = img.getexif().get(0x0112)
                img.thumbnail((size, size), Image.Resampling.LANCZOS, reducing_gap=2.0)
                small = img.convert("RGB") if img.mode != "RGB" else img.copy()
    except Exception:  # noqa: BLE001 - hostile or unsupported files: no preview, no crash
        return None
    if orientation in range(2, 9):  # rotate/mirror the small image only
        small.getexif()[0x0112] = orientation
        small = ImageOps.exif_transpose(small)
    clean = Image.frombytes("RGB", small.size, small.tobytes())  # no EXIF, ICC or XMP
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def thumbnail_from_chunks(chunks: Iterable[bytes], size: int = THUMB_PX) -> bytes | None:
    """As ``thumbnail_from_bytes`` for a decrypting chunk stream (e.g. vault.read_blob)."""
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        if len(buffer) > MAX_BYTES:
            return None
    return thumbnail_from_bytes(bytes(buffer), size)
