"""Media-type sniffing from content, never from the file name.

A mismatch between the extension and the content is recorded (it matters to an
investigator: a ".jpg" that is really a PDF is a red flag), not silently corrected.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass


@dataclass(frozen=True)
class MediaType:
    mime: str
    kind: str  # photo | video | audio | document | web-capture | other


_FTYP_BRANDS = {
    b"heic": ("image/heic", "photo"), b"heix": ("image/heic", "photo"),
    b"mif1": ("image/heif", "photo"), b"msf1": ("image/heif", "photo"),
    b"avif": ("image/avif", "photo"), b"qt  ": ("video/quicktime", "video"),
    b"M4A ": ("audio/mp4", "audio"), b"M4B ": ("audio/mp4", "audio"),
    b"3gp4": ("video/3gpp", "video"), b"3gp5": ("video/3gpp", "video"),
    b"3g2a": ("video/3gpp2", "video"),
}

_PREFIXES: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg", "photo"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "photo"),
    (b"GIF87a", "image/gif", "photo"),
    (b"GIF89a", "image/gif", "photo"),
    (b"II*\x00", "image/tiff", "photo"),
    (b"MM\x00*", "image/tiff", "photo"),
    (b"BM", "image/bmp", "photo"),
    (b"%PDF-", "application/pdf", "document"),
    (b"ID3", "audio/mpeg", "audio"),
    (b"OggS", "audio/ogg", "audio"),
    (b"fLaC", "audio/flac", "audio"),
    (b"#!AMR", "audio/amr", "audio"),
    (b"\x1aE\xdf\xa3", "video/x-matroska", "video"),
    (b"{\\rtf", "application/rtf", "document"),
    (b"WARC/", "application/warc", "web-capture"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage", "document"),
)


def _riff(head: bytes) -> MediaType | None:
    fourcc = head[8:12]
    return {b"WEBP": MediaType("image/webp", "photo"),
            b"WAVE": MediaType("audio/wav", "audio"),
            b"AVI ": MediaType("video/x-msvideo", "video")}.get(fourcc)


def _ftyp(head: bytes) -> MediaType:
    brand = head[8:12]
    if brand in _FTYP_BRANDS:
        return MediaType(*_FTYP_BRANDS[brand])
    return MediaType("video/mp4", "video")


def _zip(head: bytes) -> MediaType:
    if b"[Content_Types].xml" in head[:4096] or b"word/" in head[:4096]:
        return MediaType("application/vnd.openxmlformats-officedocument", "document")
    if head[30:38] == b"mimetype":
        if b"application/vnd.oasis.opendocument" in head[38:120]:
            return MediaType("application/vnd.oasis.opendocument", "document")
        if b"application/epub+zip" in head[38:80]:
            return MediaType("application/epub+zip", "document")
    if b"datapackage.json" in head[:4096] or b"pages/pages.jsonl" in head[:4096]:
        return MediaType("application/wacz", "web-capture")
    return MediaType("application/zip", "other")


def _text(head: bytes) -> MediaType | None:
    sample = head[:4096]
    if b"\x00" in sample:
        return None
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # only a cut multi-byte char at the end is fine
            return None
        text = sample[: exc.start].decode("utf-8")
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith("mime-version:") or "content-type: multipart/related" in lowered[:2000]:
        return MediaType("multipart/related", "web-capture")
    if lowered.startswith(("<!doctype html", "<html")):
        return MediaType("text/html", "web-capture")
    return MediaType("text/plain", "document")


def sniff(head: bytes) -> MediaType:
    """Classify a file from its first bytes (at least 4 KiB when the file is that long)."""
    if not head:
        return MediaType("application/octet-stream", "other")
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _ftyp(head)
    if head.startswith(b"RIFF") and (riff := _riff(head)):
        return riff
    for prefix, mime, kind in _PREFIXES:
        if head.startswith(prefix):
            return MediaType(mime, kind)
    if head.startswith(b"PK\x03\x04"):
        return _zip(head)
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return MediaType("audio/mpeg", "audio")
    return _text(head) or MediaType("application/octet-stream", "other")


def declared_type(filename: str) -> str:
    """What the file's extension claims, for the mismatch flag."""
    guess, _ = mimetypes.guess_type(filename, strict=False)
    return guess or ""
