"""Redacted copies: metadata gone, regions destroyed, original untouched and linked."""

from __future__ import annotations

import io
import json
import random

import pytest
from PIL import Image, ImageChops, ImageStat

from evidence_kit import custody, metadata_risk
from evidence_kit.errors import InvalidInput
from evidence_kit.records import get_item
from evidence_kit.redact import Box, redact_exhibit, redact_image


def _noisy_jpeg(width: int = 400, height: int = 300, gps: bool = True) -> bytes:
    rng = random.Random(7)
    image = Image.frombytes("RGB", (width, height),
                            bytes(rng.randrange(256) for _ in range(width * height * 3)))
    exif = Image.Exif()
    exif[0x010F] = "TestMake"
    exif[0x0110] = "TestModel"
    if gps:
        exif.get_ifd(0x8825).update({1: "N", 2: (43.0, 19.0, 1.2), 3: "E", 4: (45.0, 41.0, 5.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif)
    return out.getvalue()


def test_redacted_image_has_no_metadata_at_all():
    clean = redact_image(_noisy_jpeg(), [])
    with Image.open(io.BytesIO(clean)) as image:
        assert not image.getexif(), "EXIF must be gone"
        assert "exif" not in image.info and "icc_profile" not in image.info
        assert "xmp" not in image.info
    assert b"Exif\x00\x00" not in clean and b"TestMake" not in clean


@pytest.mark.parametrize("mode", ["black", "blur"])
def test_region_is_destroyed_beyond_recovery(mode):
    original_bytes = _noisy_jpeg()
    box = Box(100, 80, 160, 120)
    redacted = Image.open(io.BytesIO(redact_image(original_bytes, [box], mode))).convert("RGB")
    original = Image.open(io.BytesIO(original_bytes)).convert("RGB")
    area = (box.x, box.y, box.x + box.w, box.y + box.h)
    diff = ImageStat.Stat(ImageChops.difference(original.crop(area), redacted.crop(area)))
    assert sum(diff.mean) / 3 > 40, "redacted pixels must differ strongly from the original"
    # Noise has high local variance; a destroyed region has almost none left.
    assert max(ImageStat.Stat(redacted.crop(area)).stddev) < 25
    outside = (0, 0, 80, 60)
    kept = ImageStat.Stat(ImageChops.difference(original.crop(outside),
                                                redacted.crop(outside)))
    assert sum(kept.mean) / 3 < 15, "pixels outside the box stay (up to JPEG noise)"


def test_no_original_pixels_hidden_in_the_file():
    original_bytes = _noisy_jpeg()
    clean = redact_image(original_bytes, [Box(0, 0, 400, 300)], "black")
    with Image.open(io.BytesIO(clean)) as image:
        frames = getattr(image, "n_frames", 1)
        assert frames == 1
        assert max(ImageStat.Stat(image.convert("RGB")).extrema[0]) < 30
    assert clean.count(b"\xff\xd8") == 1, "no embedded thumbnail or second image"


def test_bad_boxes_and_files_are_refused():
    with pytest.raises(InvalidInput):
        Box.parse("1,2,3")
    with pytest.raises(InvalidInput):
        Box.parse("0,0,0,10")
    with pytest.raises(InvalidInput):
        redact_image(_noisy_jpeg(), [Box(5000, 5000, 10, 10)])
    with pytest.raises(InvalidInput):
        redact_image(b"%PDF-1.4 not an image", [])


def test_redacted_copy_is_a_linked_exhibit_and_the_original_is_untouched(demo_vault, demo_case):
    _, original = get_item(demo_vault.db, demo_case["id"], "E0001")
    before = b"".join(demo_vault.read_blob(original["blob_id"]))
    result = redact_exhibit(demo_vault, demo_case, "E0001", [Box(10, 10, 200, 150)], "blur")
    copy = result.exhibit
    assert copy["parent_id"] == original["id"]
    derivation = json.loads(copy["derivation"])
    assert derivation["parent_sha256"] == original["sha256"]
    assert [s["step"] for s in derivation["steps"]] == ["strip-metadata", "blur-region"]
    assert copy["gps_lat"] is None and copy["camera_model"] is None
    assert b"".join(demo_vault.read_blob(original["blob_id"])) == before
    event = list(custody.events(demo_vault.db))[-1]
    assert event["action"] == "exhibit-derived"
    assert json.loads(event["hashes"]) == {"sha256": copy["sha256"],
                                           "parent_sha256": original["sha256"]}


def test_metadata_risk_preview_names_what_the_photo_reveals(demo_vault, demo_case):
    _, photo = get_item(demo_vault.db, demo_case["id"], "E0001")
    report = metadata_risk.assess(demo_vault, photo)
    found = {f.what: f for f in report.findings}
    assert found["GPS position"].severity == "high"
    assert "Device serial number" in found and "Device make and model" in found
    assert report.worst == "high"
    assert "pixels only" in report.redacted_copy_keeps
    copy = redact_exhibit(demo_vault, demo_case, "E0001", []).exhibit
    assert metadata_risk.assess(demo_vault, copy).worst != "high"
