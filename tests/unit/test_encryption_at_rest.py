"""Encryption at rest: someone who copies the vault folder learns nothing.

After a testimony with a distinctive phrase and a photo of random noise are added, no file
under the vault (vault.db and its -wal/-shm, blobs, tmp, header), whether the vault is
still open or locked, contains the phrase, the witness's name, the photo's original file
name, its camera make, its SHA-256, or any run of 64 bytes of the photo.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
from pathlib import Path

import pytest
from PIL import Image
from PIL.ExifTags import GPS, IFD, Base
from PIL.TiffImagePlugin import IFDRational

from evidence_kit import cases, testimonies
from evidence_kit.check import check_vault
from evidence_kit.ingest import ExhibitDetails, ingest_file
from evidence_kit.vault import Vault

RUN = 64
BLOCK = RUN // 2
PHRASE = "the quartermaster burned the ledgers behind the cannery at Ust-Zhuravka"
WITNESS = "Ruslan Testovich Demoyev"
FILENAME = "zhuravka-cannery-yard-0419.jpg"
CAMERA = "LeakyCam Quasar-9"


def find_run(photo: bytes, data: bytes, run: int = RUN) -> int | None:
    """Offset in ``data`` of a run of at least ``run`` consecutive bytes of ``photo``.

    Exact, and fast: ``data`` is cut into blocks of run/2 bytes at offsets that are
    multiples of run/2. Any common run of ``run`` bytes starting at data offset s covers
    the whole block starting at j = ceil(s / (run/2)) * (run/2), because j <= s + run/2 - 1
    and so j + run/2 <= s + run - 1. Each such block is looked up among all run/2-byte
    windows of the photo (every offset, so no alignment is assumed on the photo side);
    every hit is then extended left and right byte by byte, so shorter accidental
    matches are not reported.
    """
    block = run // 2
    index: dict[bytes, list[int]] = {}
    for offset in range(len(photo) - block + 1):
        index.setdefault(photo[offset:offset + block], []).append(offset)
    for j in range(0, len(data) - block + 1, block):
        for p in index.get(data[j:j + block], ()):
            left = 0
            while left < min(p, j) and data[j - left - 1] == photo[p - left - 1] \
                    and left + block < run:
                left += 1
            right = block
            while p + right < len(photo) and j + right < len(data) \
                    and data[j + right] == photo[p + right] and left + right < run:
                right += 1
            if left + right >= run:
                return j - left
    return None


def noise_photo() -> bytes:
    """A JPEG of random pixels with EXIF: no two vaults or photos share 64 bytes of it."""
    exif = Image.Exif()
    exif[Base.Make], exif[Base.Model] = CAMERA, "Q9"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef], gps[GPS.GPSLatitude] = "N", (IFDRational(47), IFDRational(13),
                                                          IFDRational(1234, 100))
    gps[GPS.GPSLongitudeRef], gps[GPS.GPSLongitude] = "E", (IFDRational(39), IFDRational(42),
                                                            IFDRational(5678, 100))
    img = Image.frombytes("RGB", (192, 128), os.urandom(192 * 128 * 3))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92, exif=exif.tobytes())
    return buf.getvalue()


def needles(photo: bytes) -> dict[str, bytes]:
    found = {}
    for label, text in (("phrase", PHRASE), ("witness name", WITNESS),
                        ("file name", FILENAME), ("camera make", CAMERA),
                        ("sha256", hashlib.sha256(photo).hexdigest())):
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{label} ({codec})"] = text.encode(codec)
    return found


def assert_nothing_leaks(folder: Path, photo: bytes) -> list[str]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    sha = hashlib.sha256(photo).hexdigest()
    for path in files:
        assert sha not in path.name and FILENAME not in path.name, path
        data = path.read_bytes()
        for label, needle in needles(photo).items():
            assert needle not in data, f"{label} found in {path.relative_to(folder)}"
        offset = find_run(photo, data)
        assert offset is None, f"64 bytes of the photo at {path.relative_to(folder)}:{offset}"
    return [p.relative_to(folder).as_posix() for p in files]


def test_find_run_is_exact():
    rng = random.Random(20171)  # fixed: random filler could extend a run by chance
    photo, filler = rng.randbytes(5000), rng.randbytes(3000)
    for start in (0, 1, 17, 31, 32, 33, 4936):
        leak = photo[start:start + RUN]
        for pad in (0, 1, 5, 31, 32, 63):
            assert find_run(photo, filler[:pad] + leak + filler) == pad, (start, pad)
            # The byte after the cut run must differ from the dropped one, or the run is whole.
            after = bytes([leak[-1] ^ 0xFF]) + filler
            assert find_run(photo, filler[:pad] + leak[:-1] + after) is None, (start, pad)
    assert find_run(photo, photo) == 0
    assert find_run(photo, filler) is None


@pytest.fixture
def loaded_vault(vault, tmp_path):
    photo = noise_photo()
    source = tmp_path / "source" / FILENAME
    source.parent.mkdir()
    source.write_bytes(photo)
    case = cases.add_case(vault, "Case")
    doc = {"pseudonym": "W-31", "witness_name": WITNESS, "role": "witness",
           "narrative": f"I saw how {PHRASE}. It was at night.",
           "incidents": [{"description": f"Seen: {PHRASE}", "basis": "saw"}],
           "consent": {"share_with": ["icc"], "be_named": "pseudonym"}}
    testimonies.add_testimony(vault, case, doc)
    result = ingest_file(vault, case, source, ExhibitDetails(description=PHRASE))
    assert result.exhibit["camera_make"] == CAMERA
    return vault, photo


def test_nothing_readable_while_open(loaded_vault):
    vault, photo = loaded_vault
    names = assert_nothing_leaks(vault.folder, photo)
    assert "vault.db-wal" in names, "the WAL should exist while the vault is open"
    # The secrets really are in there, readable through the keys.
    row = vault.db["testimonies"].get(1)
    assert PHRASE in row["narrative"]
    blob_id = vault.db["exhibits"].get(1)["blob_id"]
    assert b"".join(vault.read_blob(blob_id)) == photo


def test_nothing_readable_after_lock(loaded_vault, passphrase):
    vault, photo = loaded_vault
    vault.lock()
    assert_nothing_leaks(vault.folder, photo)
    again = Vault.open(vault.folder, passphrase)
    assert check_vault(again).ok
    assert testimonies.witness_of(again, again.db["testimonies"].get(1))["full_name"] == WITNESS
    again.lock()
    names = assert_nothing_leaks(vault.folder, photo)
    assert {"vault.json", "vault.db"} <= set(names)
    assert [n for n in names if n.startswith("tmp/")] == []


def test_blob_names_are_keyed_not_plain_hashes(loaded_vault, tmp_path, passphrase):
    vault, photo = loaded_vault
    sha = hashlib.sha256(photo).hexdigest()
    blob_id = vault.db["exhibits"].get(1)["blob_id"]
    assert blob_id != sha and vault.blobs.path_for(blob_id).is_file()
    # A second vault names the same photo differently: names cannot be matched across
    # seized vaults, nor against a list of known files' hashes.
    other = Vault.create(tmp_path / "other", passphrase)
    case = cases.add_case(other, "Case")
    source = tmp_path / "again.jpg"
    source.write_bytes(photo)
    other_id = ingest_file(other, case, source).exhibit["blob_id"]
    assert other_id not in (blob_id, sha)
    other.lock()
