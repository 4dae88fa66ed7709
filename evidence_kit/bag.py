"""BagIt (RFC 8493) tag files for a dossier: written from known hashes, parsed strictly.

Every payload hash is known before export starts (the vault recorded SHA-256 and SHA-512
at ingest), so the manifests, tag manifest and signature are made up front and the
archive is then streamed in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DossierError

BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFESTS = {"sha256": "manifest-sha256.txt", "sha512": "manifest-sha512.txt"}
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.minisig"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt")
HEX_LEN = {"sha256": 64, "sha512": 128}


@dataclass(frozen=True)
class PayloadFile:
    path: str  # relative to the bag root, always under data/
    size: int
    sha256: str
    sha512: str


def _clean_value(value: str) -> str:
    return " ".join(str(value).split())


def bag_info(fields: list[tuple[str, str]], payload: list[PayloadFile]) -> str:
    oxum = f"{sum(f.size for f in payload)}.{len(payload)}"
    lines = [f"{label}: {_clean_value(value)}" for label, value in fields if value != ""]
    lines.append(f"Payload-Oxum: {oxum}")
    return "\n".join(lines) + "\n"


def manifest(payload: list[PayloadFile], algorithm: str) -> str:
    return "".join(f"{getattr(f, algorithm)}  {f.path}\n"
                   for f in sorted(payload, key=lambda f: f.path.encode()))


def tag_manifest(hashes: dict[str, str]) -> str:
    return "".join(f"{hashes[name]}  {name}\n" for name in sorted(hashes))


def parse_manifest(text: bytes, algorithm: str, what: str) -> dict[str, str]:
    """``path -> hex digest``; any malformed, duplicated or odd line is an error."""
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DossierError("{name} is not UTF-8 text.", name=what) from exc
    entries: dict[str, str] = {}
    for number, line in enumerate(decoded.split("\n")[:-1], 1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != HEX_LEN[algorithm] or \
                digest.strip("0123456789abcdef") or not path:
            raise DossierError("{name}, line {number}, is malformed.", name=what,
                               number=number)
        if path in entries:
            raise DossierError("{name} lists '{path}' twice.", name=what, path=path)
        entries[path] = digest
    if not decoded.endswith("\n") and decoded:
        raise DossierError("{name} does not end with a line break.", name=what)
    return entries


def parse_bag_info(text: bytes) -> dict[str, str]:
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DossierError("bag-info.txt is not UTF-8 text.") from exc
    fields: dict[str, str] = {}
    for line in decoded.splitlines():
        label, sep, value = line.partition(": ")
        if not sep:
            raise DossierError("bag-info.txt has a malformed line.")
        fields[label] = value
    return fields
