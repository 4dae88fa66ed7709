"""EXIF from AVIF photos (Pillow opens them), and HEIC/HEIF only when a plugin can."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PIL.ExifTags import GPS, IFD, Base
from PIL.TiffImagePlugin import IFDRational

from evidence_kit import cases, exif
from evidence_kit.exif import read_capture_metadata
from evidence_kit.ingest import ingest_file
from evidence_kit.sniff import sniff


def make_avif(path: Path) -> Path:
    meta = Image.Exif()
    meta[Base.Make], meta[Base.Model] = "AvifMake", "Phone 9"
    meta.get_ifd(IFD.Exif)[Base.DateTimeOriginal] = "2023:05:06 07:08:09"
    gps = meta.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef], gps[GPS.GPSLatitude] = "N", (
        IFDRational(43, 1), IFDRational(17, 1), IFDRational(24, 1))
    gps[GPS.GPSLongitudeRef], gps[GPS.GPSLongitude] = "W", (
        IFDRational(45, 1), IFDRational(52, 1), IFDRational(12, 1))
    Image.new("RGB", (40, 30), "olive").save(path, "AVIF", exif=meta.tobytes())
    return path


def test_avif_exif_make_gps_and_time_are_read(vault, tmp_path) -> None:
    case = cases.add_case(vault, "Case")
    result = ingest_file(vault, case, make_avif(tmp_path / "photo.avif"))
    row = result.exhibit
    assert (row["media_type"], row["kind"]) == ("image/avif", "photo")
    assert (row["camera_make"], row["camera_model"]) == ("AvifMake", "Phone 9")
    assert row["gps_lat"] == 43.29 and row["gps_lon"] == -45.87
    assert row["capture_time"] == "2023-05-06T07:08:09"
    assert result.warnings == ()


def test_heic_is_not_parsed_without_a_plugin(monkeypatch) -> None:
    head = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    media = sniff(head)
    assert media.mime == "image/heic"
    monkeypatch.setattr(exif, "_can_open", lambda _image, fmt: False)
    assert read_capture_metadata(head, media) == exif.CaptureMetadata()
    monkeypatch.setattr(exif, "_can_open", lambda _image, fmt: True)  # "a plugin is there"
    assert read_capture_metadata(head, media).warnings  # it tried, and says so
