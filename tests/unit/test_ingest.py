"""Importing files: EXIF/GPS as found, media type from content, duplicates stored once,
hostile or odd files handled, failures leave nothing behind.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
from pathlib import Path

import pytest
from PIL import Image
from PIL.ExifTags import GPS, IFD, Base
from PIL.TiffImagePlugin import IFDRational

from evidence_kit import cases
from evidence_kit.check import check_vault
from evidence_kit.errors import Cancelled, InvalidInput, NotFound
from evidence_kit.ingest import ingest_file, iter_files

PHOTOS = Path(__file__).resolve().parents[2] / "resources" / "demo" / "photos"
EXPECTED = json.loads((PHOTOS / "EXPECTED.json").read_text(encoding="utf-8"))["files"]


def blob_files(vault) -> list[Path]:
    return sorted(p for p in vault.blobs.blobs.rglob("*") if p.is_file())


def tmp_files(vault) -> list[Path]:
    return list(vault.blobs.tmp.iterdir())


def dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 100)
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(seconds, 100)


def make_jpeg(path: Path, lat: float, lon: float, alt: float | None = None) -> Path:
    exif = Image.Exif()
    exif[Base.Make], exif[Base.Model] = "TestMake", "TestModel 1"
    exif.get_ifd(IFD.Exif)[Base.DateTimeOriginal] = "2022:02:24 05:07:09"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef], gps[GPS.GPSLatitude] = ("N" if lat >= 0 else "S"), dms(lat)
    gps[GPS.GPSLongitudeRef], gps[GPS.GPSLongitude] = ("E" if lon >= 0 else "W"), dms(lon)
    if alt is not None:
        gps[GPS.GPSAltitudeRef] = 0 if alt >= 0 else 1
        gps[GPS.GPSAltitude] = IFDRational(round(abs(alt) * 10), 10)
    Image.new("RGB", (32, 24), "navy").save(path, "JPEG", exif=exif.tobytes())
    return path


def with_app1(payload: bytes) -> bytes:
    """A small valid JPEG with an extra APP1 segment holding ``payload``."""
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), "red").save(buf, "JPEG")
    jpeg = buf.getvalue()
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


@pytest.fixture
def case(vault):
    return cases.add_case(vault, "Ingest case")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_demo_photo_exif_extracted(vault, case, name):
    exp = EXPECTED[name]
    result = ingest_file(vault, case, PHOTOS / name)
    row = result.exhibit
    assert result.warnings == ()
    assert (row["camera_make"], row["camera_model"], row["software"], row["camera_serial"]) == \
        (exp["make"], exp["model"], exp["software"], exp["body_serial"])
    date, time = exp["datetime_original"].split(" ")
    assert row["capture_time"] == f"{date.replace(':', '-')}T{time}"
    assert row["capture_offset"] == exp["offset_time_original"]
    if exp["has_gps"]:
        assert row["gps_lat"] == pytest.approx(exp["lat"], abs=1e-5)
        assert row["gps_lon"] == pytest.approx(exp["lon"], abs=1e-5)
    else:
        assert row["gps_lat"] is None and row["gps_lon"] is None and row["gps_alt"] is None
    assert row["size"] == exp["bytes"] == (PHOTOS / name).stat().st_size


@pytest.mark.parametrize("lat, lon, alt", [
    (-33.8688, 151.2093, 58.0),     # Sydney: south, east
    (-22.9068, -43.1729, -12.5),    # Rio de Janeiro: south, west, below sea level
    (40.7128, -74.0060, None),      # New York: north, west
    (0.5, -0.25, 0.0),              # near the origin
])
def test_gps_hemisphere_signs(vault, case, tmp_path, lat, lon, alt):
    path = make_jpeg(tmp_path / "gps.jpg", lat, lon, alt)
    row = ingest_file(vault, case, path).exhibit
    assert row["gps_lat"] == pytest.approx(lat, abs=1e-5)
    assert row["gps_lon"] == pytest.approx(lon, abs=1e-5)
    if alt is None:
        assert row["gps_alt"] is None
    else:
        assert row["gps_alt"] == pytest.approx(alt, abs=0.05)
    assert (row["camera_make"], row["capture_time"]) == ("TestMake", "2022-02-24T05:07:09")


@pytest.mark.parametrize("name, content, mime, kind, declared", [
    ("report.jpg", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf",
     "document", "image/jpeg"),
    ("photo.txt", None, "image/jpeg", "photo", "text/plain"),
    ("notes.pdf", b"Witness notes, plain text.\n", "text/plain", "document", "application/pdf"),
    ("noextension", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "image/png", "photo", ""),
])
def test_media_type_sniffed_from_content(vault, case, tmp_path, name, content, mime, kind,
                                         declared):
    path = tmp_path / name
    path.write_bytes(content if content is not None else (PHOTOS / "gate-argun.jpg").read_bytes())
    row = ingest_file(vault, case, path).exhibit
    assert (row["media_type"], row["kind"], row["declared_type"]) == (mime, kind, declared)
    assert row["original_filename"] == name


def test_duplicate_in_same_case_reported_not_stored(vault, case, tmp_path):
    first = ingest_file(vault, case, PHOTOS / "gate-argun.jpg")
    copy = tmp_path / "renamed-copy.jpg"
    copy.write_bytes((PHOTOS / "gate-argun.jpg").read_bytes())
    blobs, events = blob_files(vault), vault.db["custody_events"].count
    again = ingest_file(vault, case, copy)
    assert again.duplicate and again.code == "E0001"
    assert again.exhibit["uid"] == first.exhibit["uid"]
    assert blob_files(vault) == blobs and len(blobs) == 1
    assert vault.db["exhibits"].count == 1 and vault.db["blobs"].count == 1
    assert vault.db["custody_events"].count == events
    assert tmp_files(vault) == []


def test_same_file_in_two_cases_stored_once(vault, case):
    other = cases.add_case(vault, "Second case")
    one = ingest_file(vault, case, PHOTOS / "vehicle-argun.jpg")
    two = ingest_file(vault, other, PHOTOS / "vehicle-argun.jpg")
    assert not one.duplicate and not two.duplicate
    assert (one.code, two.code) == ("E0001", "E0001")
    assert one.exhibit["blob_id"] == two.exhibit["blob_id"]
    assert one.exhibit["id"] != two.exhibit["id"]
    assert len(blob_files(vault)) == 1 and vault.db["blobs"].count == 1
    assert vault.db["exhibits"].count == 2 and tmp_files(vault) == []
    data = b"".join(vault.read_blob(two.exhibit["blob_id"]))
    assert data == (PHOTOS / "vehicle-argun.jpg").read_bytes()
    assert check_vault(vault).ok


@pytest.mark.parametrize("payload", [
    b"Exif\x00\x00" + bytes(range(256)) * 2,                       # garbage, no TIFF header
    b"Exif\x00\x00II*\x00\xff\xff\xff\x7f" + b"\x00" * 50,         # IFD offset past the end
    b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff" + b"\x01" * 40,  # 65535 entries, cut short
    b"Exif\x00\x00MM",                                             # truncated header
])
def test_malformed_exif_ingests_with_a_warning(vault, case, tmp_path, payload):
    path = tmp_path / "broken-exif.jpg"
    path.write_bytes(with_app1(payload))
    result = ingest_file(vault, case, path)
    assert result.warnings and "EXIF" in result.warnings[0]
    row = result.exhibit
    assert row["media_type"] == "image/jpeg" and row["gps_lat"] is None
    assert b"".join(vault.read_blob(row["blob_id"])) == path.read_bytes()
    assert check_vault(vault).ok


def test_empty_file_ingests(vault, case, tmp_path):
    path = tmp_path / "empty.bin"
    path.touch()
    row = ingest_file(vault, case, path).exhibit
    assert row["size"] == 0 and row["sha256"] == hashlib.sha256(b"").hexdigest()
    assert (row["media_type"], row["kind"]) == ("application/octet-stream", "other")
    assert b"".join(vault.read_blob(row["blob_id"])) == b""
    assert check_vault(vault).ok


def test_missing_file_is_not_found_and_changes_nothing(vault, case, tmp_path):
    events = vault.db["custody_events"].count
    with pytest.raises(NotFound, match="missing.jpg"):
        ingest_file(vault, case, tmp_path / "missing.jpg")
    with pytest.raises(InvalidInput):
        ingest_file(vault, case, tmp_path)  # a folder is not a file
    assert vault.db["exhibits"].count == 0 and vault.db["custody_events"].count == events
    assert blob_files(vault) == [] and tmp_files(vault) == []


def test_folder_is_expanded(vault, case, tmp_path):
    folder = tmp_path / "phone-dump"
    (folder / "DCIM" / "100").mkdir(parents=True)
    (folder / ".thumbnails").mkdir()
    (folder / "b.txt").write_text("b", encoding="utf-8")
    (folder / "a.txt").write_text("a", encoding="utf-8")
    (folder / "DCIM" / "100" / "img.jpg").write_bytes((PHOTOS / "gate-argun.jpg").read_bytes())
    (folder / ".hidden").write_text("h", encoding="utf-8")
    (folder / ".thumbnails" / "t.jpg").write_text("t", encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text("s", encoding="utf-8")
    files = iter_files([folder, single])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "phone-dump/DCIM/100/img.jpg", "phone-dump/a.txt", "phone-dump/b.txt", "single.txt"]
    codes = [ingest_file(vault, case, p).code for p in files]
    assert codes == ["E0001", "E0002", "E0003", "E0004"]


def test_original_is_not_modified(vault, case, tmp_path):
    path = tmp_path / "orig.jpg"
    path.write_bytes((PHOTOS / "street-grozny.jpg").read_bytes())
    before = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode)
    ingest_file(vault, case, path)
    assert (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode) == before


def test_progress_and_cancel_leave_nothing(vault, case, tmp_path):
    path = tmp_path / "three-chunks.bin"
    path.write_bytes(os.urandom(2 * 1024 * 1024 + 5))
    seen: list[int] = []
    with pytest.raises(Cancelled):
        ingest_file(vault, case, path, progress=seen.append, cancel=lambda: len(seen) >= 2)
    assert seen == [1024 * 1024, 2 * 1024 * 1024]
    assert vault.db["exhibits"].count == 0 and blob_files(vault) == [] and tmp_files(vault) == []
    seen.clear()
    row = ingest_file(vault, case, path, progress=seen.append).exhibit
    assert seen[-1] == row["size"] == path.stat().st_size and len(seen) == 3
