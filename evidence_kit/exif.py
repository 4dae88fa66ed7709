"""Capture metadata (time, GPS, device) from the first bytes of an image, as found.

It reads what the file claims and never edits it. Parsing is bounded: only the head
buffer already in memory is given to Pillow, nothing is decoded, and any malformed
EXIF yields "no metadata" plus a warning rather than a failed import.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from typing import Any

from .sniff import MediaType

EXIF_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP",
                "image/tiff": "TIFF", "image/avif": "AVIF"}
# Read only when this Pillow can open them: AVIF is built in (Pillow >= 11.2, with libavif);
# HEIC/HEIF need a plugin (pillow-heif registers "HEIF"), which is not a dependency.
OPTIONAL_FORMATS = {"image/avif": "AVIF", "image/heic": "HEIF", "image/heif": "HEIF"}
# EXIF tag numbers (Pillow's ExifTags.Base values), kept here to avoid importing at start.
MAKE, MODEL, SOFTWARE, DATETIME = 0x010F, 0x0110, 0x0131, 0x0132
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATETIME_ORIGINAL, OFFSET_TIME_ORIGINAL, BODY_SERIAL = 0x9003, 0x9011, 0xA431


@dataclass
class CaptureMetadata:
    capture_time: str | None = None
    capture_offset: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    gps_alt: float | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    camera_serial: str | None = None
    software: str | None = None
    warnings: list[str] = field(default_factory=list)


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if value is None:
        return None
    text = str(value).replace("\x00", "").strip()
    return text[:200] or None


def _dms(value: Any, ref: Any) -> float | None:
    degrees, minutes, seconds = (float(part) for part in value)
    result = degrees + minutes / 60 + seconds / 3600
    if not (0 <= result <= 180):
        return None
    if _text(ref) in ("S", "W"):
        result = -result
    return round(result, 7)


def _iso_time(value: Any) -> str | None:
    text = _text(value)
    if not text or len(text) < 19 or text.startswith("0000"):
        return None
    return f"{text[0:4]}-{text[5:7]}-{text[8:10]}T{text[11:19]}"


def _gps(gps: dict[int, Any], meta: CaptureMetadata) -> None:
    if 2 in gps and 4 in gps:
        lat, lon = _dms(gps[2], gps.get(1)), _dms(gps[4], gps.get(3))
        if lat is not None and lon is not None and abs(lat) <= 90:
            meta.gps_lat, meta.gps_lon = lat, lon
    if 6 in gps:
        alt = float(gps[6])
        meta.gps_alt = -alt if gps.get(5) in (1, b"\x01") else alt


def _malformed(raw: object) -> bool:
    if not isinstance(raw, bytes) or not raw:
        return False
    body = raw[6:] if raw.startswith(b"Exif\x00\x00") else raw
    return body[:4] not in (b"II*\x00", b"MM\x00*")


def read_capture_metadata(head: bytes, media: MediaType) -> CaptureMetadata:
    meta = CaptureMetadata()
    fmt = EXIF_FORMATS.get(media.mime) or OPTIONAL_FORMATS.get(media.mime)
    if fmt is None:
        return meta
    from PIL import Image

    if media.mime in OPTIONAL_FORMATS and not _can_open(Image, fmt):
        return meta

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(head), formats=[fmt]) as img:
                raw = img.info.get("exif")
                exif = img.getexif()
                sub = exif.get_ifd(EXIF_IFD)
                gps = exif.get_ifd(GPS_IFD)
        # Pillow skips a corrupt EXIF block with a UserWarning (or silently when the TIFF
        # header is garbage): say so instead of reporting "no metadata" as if none existed.
        if caught or _malformed(raw):
            meta.warnings.append("capture metadata partly unreadable (malformed EXIF)")
        meta.camera_make, meta.camera_model = _text(exif.get(MAKE)), _text(exif.get(MODEL))
        meta.software = _text(exif.get(SOFTWARE))
        meta.camera_serial = _text(sub.get(BODY_SERIAL))
        meta.capture_time = _iso_time(sub.get(DATETIME_ORIGINAL) or exif.get(DATETIME))
        meta.capture_offset = _text(sub.get(OFFSET_TIME_ORIGINAL))
        _gps(gps, meta)
    except Exception as exc:  # noqa: BLE001 - hostile files raise anything; import must go on
        meta.warnings.append(f"capture metadata unreadable ({type(exc).__name__})")
    return meta


def _can_open(image_module: Any, fmt: str) -> bool:
    """Whether a Pillow plugin for ``fmt`` is registered (plugins load on ``init``)."""
    image_module.init()
    return fmt in image_module.OPEN
