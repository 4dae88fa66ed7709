"""Small preview images of photo exhibits, made in memory and cached encrypted in the vault.

Why this shape:
- The evidence is decrypted into memory only (``vault.read_blob``); neither the original nor
  the preview is ever written to disk in the clear. The cache lives in the ``thumbnails``
  table of the SQLCipher database, so it is encrypted like every other record.
- ``draft()`` lets the JPEG decoder scale by 1/2, 1/4 or 1/8 while decoding, and
  ``thumbnail()`` finishes the resize; the EXIF rotation is applied to the *small* image
  afterwards. Rotating first would decode every pixel of a 24 MP photo (about 3x slower).
- Files come from the field and may be hostile: only a few decoders are allowed, the
  declared pixel count is checked before any decoding, and every failure yields ``None``
  (the caller shows a generic icon) instead of an exception.

Pillow is imported inside the functions, so that importing this module costs nothing at
start-up.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from .clock import utc_now

if TYPE_CHECKING:
    from .vault import Vault

DEFAULT_SIZE = 256
# Formats Pillow may use to decode an exhibit for a preview (never the exotic plugins).
FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "GIF", "BMP")
THUMBNAIL_MIMES = frozenset({"image/jpeg", "image/png", "image/webp", "image/tiff",
                             "image/gif", "image/bmp"})
# Declared size refused before decoding: Pillow's own decompression-bomb threshold.
MAX_PIXELS = 89_478_485
# Larger files are not decrypted into memory just for a preview.
MAX_BYTES = 256 * 1024 * 1024
JPEG_QUALITY = 80


def can_thumbnail(media_type: str | None, size: int | None = None) -> bool:
    """Whether an exhibit of this type (and size) is worth trying to preview."""
    return media_type in THUMBNAIL_MIMES and (size is None or size <= MAX_BYTES)


def make_thumbnail(data: bytes, size: int = DEFAULT_SIZE) -> bytes | None:
    """A JPEG of at most ``size`` x ``size`` pixels, upright, or None if it cannot be made."""
    try:
        return _make(data, size)
    except Exception:  # noqa: BLE001 - a hostile or broken file may raise anything
        return None


def _make(data: bytes, size: int) -> bytes | None:
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data), formats=list(FORMATS)) as img:
        width, height = img.size
        if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
            return None
        img.draft("RGB", (size, size))  # JPEG only: decode at 1/2, 1/4 or 1/8 scale
        img.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
        small = ImageOps.exif_transpose(img)  # on the small image: cheap
        small = _to_rgb(small)
        out = io.BytesIO()
        small.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return out.getvalue()


def _to_rgb(img: Any) -> Any:
    """JPEG holds RGB only: flatten transparency on white, convert palettes, CMYK, 16-bit."""
    from PIL import Image

    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if img.mode.startswith("I;16") or img.mode in ("I", "F"):
        return img.point(lambda v: v / 256).convert("L").convert("RGB")
    return img.convert("RGB")


def cached_thumbnail(vault: Vault, exhibit_id: int, size: int = DEFAULT_SIZE) -> bytes | None:
    """The cached preview, if one was made at this size (an empty entry means "no preview")."""
    row = vault.db.execute("SELECT jpeg, size FROM thumbnails WHERE exhibit_id = ?",
                           [exhibit_id]).fetchone()
    if row is None or row[1] != size:
        return None
    return row[0]


def thumbnail_for(vault: Vault, exhibit_id: int, size: int = DEFAULT_SIZE) -> bytes | None:
    """The exhibit's preview: from the encrypted cache, else made now and cached.

    Returns None for exhibits that are not images or cannot be decoded; that outcome is
    cached too (as an empty entry), so a broken file is not decrypted again on every scroll.
    """
    row = vault.db.execute(
        "SELECT e.blob_id, e.media_type, e.size, t.jpeg, t.size FROM exhibits e "
        "LEFT JOIN thumbnails t ON t.exhibit_id = e.id WHERE e.id = ?", [exhibit_id]).fetchone()
    if row is None:
        return None
    blob_id, media_type, byte_size, jpeg, cached_size = row
    if cached_size == size and jpeg is not None:
        return jpeg or None
    if not can_thumbnail(media_type, byte_size):
        return None
    try:
        data = b"".join(vault.read_blob(blob_id))
    except Exception:  # noqa: BLE001 - a damaged blob: 'check' reports it; show an icon
        return None
    result = make_thumbnail(data, size)
    del data
    with vault.transaction():
        vault.db["thumbnails"].upsert({"exhibit_id": exhibit_id, "jpeg": result or b"",
                                       "size": size, "created_at": utc_now()},
                                      pk="exhibit_id")
    return result
