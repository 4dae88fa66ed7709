"""Redacted copies: metadata gone, regions destroyed, original untouched and linked."""

from __future__ import annotations

import io
import json
import random
import struct
import subprocess
import sys

import pytest
from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageFilter, ImageStat

from evidence_kit import cases, custody, faces, metadata_risk
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.errors import InvalidInput
from evidence_kit.ingest import ExhibitDetails, ingest_bytes
from evidence_kit.records import get_item
from evidence_kit.redact import (
    Box,
    make_redacted_copies,
    redact_exhibit,
    redact_image,
)


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


# -- embedded thumbnails and XMP, undecodable files, faces ---------------------------------

def _jpeg(image: Image.Image, **save: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, **save)
    return out.getvalue()


def _exif_with_thumbnail(thumbnail: bytes) -> bytes:
    """A little-endian EXIF block: IFD0 (Make) and IFD1 holding a JPEG thumbnail (Pillow
    does not write IFD1 itself)."""
    make = b"ThumbMake\x00"  # 10 bytes, stored after IFD0 at offset 26
    ifd0 = struct.pack("<H", 1) + struct.pack("<HHII", 0x010F, 2, len(make), 26) + \
        struct.pack("<I", 36)
    ifd1 = struct.pack("<H", 3) + struct.pack("<HHIHH", 0x0103, 3, 1, 6, 0) + \
        struct.pack("<HHII", 0x0201, 4, 1, 78) + \
        struct.pack("<HHII", 0x0202, 4, 1, len(thumbnail)) + struct.pack("<I", 0)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd0 + make + ifd1 + thumbnail
    assert tiff.index(thumbnail) == 78
    return b"Exif\x00\x00" + tiff


XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
       b'dc:creator="Secret Photographer"/></rdf:RDF></x:xmpmeta>')


def test_embedded_thumbnail_and_xmp_are_flagged_and_then_removed(vault):
    thumbnail = _jpeg(Image.new("RGB", (64, 48), (200, 10, 10)))
    photo = _jpeg(Image.frombytes("RGB", (320, 240), bytes(range(256)) * 900),
                  exif=_exif_with_thumbnail(thumbnail), xmp=XMP)
    with Image.open(io.BytesIO(photo)) as image:  # the test file is what it claims to be
        assert image.getexif().get_ifd(ExifTags.IFD.IFD1)[0x0202] == len(thumbnail)
        assert b"Secret Photographer" in image.info["xmp"]
    case = cases.add_case(vault, "Thumbnail case")
    row = ingest_bytes(vault, case, photo, "with-thumbnail.jpg").exhibit
    found = {f.what: f for f in metadata_risk.assess(vault, row, faces=False).findings}
    assert found["Embedded thumbnail"].severity == "high"
    assert any("XMP" in f.value for f in found.values() if f.what == "Embedded block")
    clean = redact_image(photo, [])
    assert thumbnail not in clean and b"Secret Photographer" not in clean
    assert b"http://ns.adobe.com/xap/1.0/" not in clean and b"Exif\x00\x00" not in clean
    assert clean.count(b"\xff\xd8") == 1
    copy = redact_exhibit(vault, case, "E0001", []).exhibit
    after = {f.what for f in metadata_risk.assess(vault, copy, faces=False).findings}
    assert not {"Embedded thumbnail", "Embedded block"} & after


def test_original_file_name_is_not_called_never_exported(demo_vault, demo_case):
    _, photo = get_item(demo_vault.db, demo_case["id"], "E0001")
    found = {f.what: f for f in metadata_risk.assess(demo_vault, photo, faces=False).findings}
    [what] = [w for w in found if w.startswith("Original file name")]
    assert "never" not in what and "confidential" in what
    assert found[what].value == photo["original_filename"]


def test_redacted_copy_does_not_copy_location_text(vault):
    case = cases.add_case(vault, "Location case")
    details = ExhibitDetails(description="Gate", location_text="Safe house, 12 Lenin St")
    ingest_bytes(vault, case, _noisy_jpeg(), "gate.jpg", details)
    copy = redact_exhibit(vault, case, "E0001", []).exhibit
    assert not copy["location_text"]
    assert "Lenin" not in json.dumps(copy, default=str)


def test_undecodable_photos_are_left_out_of_redacted_dossiers_not_fatal(vault):
    case = cases.add_case(vault, "Broken photo case")
    ingest_bytes(vault, case, _noisy_jpeg(), "fine.jpg")
    truncated = _noisy_jpeg(gps=False)
    broken = ingest_bytes(vault, case, truncated[: len(truncated) // 2], "cut.jpg").exhibit
    assert broken["kind"] == "photo" and broken["media_type"] == "image/jpeg"
    with pytest.raises(InvalidInput, match="not an image that can be redacted"):
        redact_image(truncated[: len(truncated) // 2], [])
    made = make_redacted_copies(vault, case, None)
    assert made == ["E0003"], "the decodable photo got its copy; the broken one none"
    plan = plan_dossier(vault, case, recipient_body="icc", level="redacted")
    assert dict(plan.exclusions)["E0002"] == "cannot be redacted: not a decodable image"
    assert [e["number"] for e in plan.exhibits] == [3]


def _face_image(size: tuple[int, int], at: tuple[int, int], face: int = 200) -> Image.Image:
    """A plain grey background with a drawn frontal face (skin oval, brows, dark eyes,
    nose, mouth) whose oval is ``face`` pixels tall and centred on ``at``."""
    image = Image.new("RGB", size, (235, 235, 235))
    draw = ImageDraw.Draw(image)
    cx, cy = at
    w, h = int(face * 0.75), face
    draw.ellipse((cx - w // 2, cy - h // 2, cx + w // 2, cy + h // 2), fill=(200, 160, 130))
    eye_y, eye_dx, r = cy - h * 0.12, w * 0.2, face * 0.06
    for side in (-1, 1):
        x = cx + side * eye_dx
        draw.ellipse((x - r * 1.5, eye_y - r, x + r * 1.5, eye_y + r), fill=(40, 30, 30))
        draw.rectangle((x - r * 2, eye_y - r * 2.6, x + r * 2, eye_y - r * 1.8),
                       fill=(50, 35, 30))
    draw.polygon([(cx, eye_y + r), (cx - face * 0.06, cy + h * 0.12),
                  (cx + face * 0.06, cy + h * 0.12)], fill=(160, 110, 90))
    draw.ellipse((cx - w * 0.22, cy + h * 0.22, cx + w * 0.22, cy + h * 0.3), fill=(120, 50, 50))
    return image.filter(ImageFilter.GaussianBlur(2))


def test_a_drawn_face_is_found_where_it_is_and_a_blank_image_has_none():
    photo = _jpeg(_face_image((400, 400), (200, 200)))
    [box] = faces.detect_faces(photo)
    assert abs(box.x + box.w / 2 - 200) < 25 and abs(box.y + box.h / 2 - 200) < 25
    assert 120 < box.w < 300
    assert faces.detect_faces(_jpeg(Image.new("RGB", (400, 400), (235, 235, 235)))) == []
    assert faces.detect_faces(_noisy_jpeg()) == []


def test_faces_of_a_large_photo_are_boxed_in_its_own_pixels():
    """Detection runs on a shrunk copy; the box comes back in the full image's pixels."""
    photo = _jpeg(_face_image((3000, 2000), (2200, 700), face=600))
    [box] = faces.detect_faces(photo)
    assert abs(box.x + box.w / 2 - 2200) < 80 and abs(box.y + box.h / 2 - 700) < 80
    assert 350 < box.w < 900
    redacted = Image.open(io.BytesIO(redact_image(photo, [box], "black"))).convert("RGB")
    assert faces.detect_faces(_jpeg(redacted)) == [], "the boxed face is gone"


def test_risk_preview_counts_faces_and_hands_the_boxes_over(vault):
    case = cases.add_case(vault, "Face case")
    row = ingest_bytes(vault, case, _jpeg(_face_image((500, 400), (250, 200))),
                       "face.jpg").exhibit
    report = metadata_risk.assess(vault, row)
    found = {f.what: f for f in report.findings}
    assert found["Faces"].value == "1 detected (automatic detection can miss faces)"
    assert found["Faces"].severity == "high" and report.worst == "high"
    assert len(report.faces) == 1 and report.faces == faces.exhibit_faces(vault, row)
    blank = ingest_bytes(vault, case, _jpeg(Image.new("RGB", (300, 300), "white")),
                         "blank.jpg").exhibit
    assert {f.what: f for f in metadata_risk.assess(vault, blank).findings}["Faces"].value \
        == "none detected (automatic detection can miss faces)"


def test_opencv_is_not_imported_until_a_detection_runs():
    """(numpy is: sqlite_utils imports it whenever it is installed.)"""
    code = ("import sys, evidence_kit.metadata_risk, evidence_kit.faces, ui.app; "
            "print('cv2' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False"]
