"""evidence_kit.thumbnails: small, upright, safe on hostile input, cached encrypted."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from evidence_kit import thumbnails
from evidence_kit.demo import add_demo_case
from evidence_kit.vault import Vault


def _jpeg(size: tuple[int, int], orientation: int | None = None) -> bytes:
    img = Image.new("RGB", size, (250, 0, 0))
    img.paste((0, 0, 250), (0, 0, size[0] // 2, size[1]))  # left half blue
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_small_jpeg_of_requested_size() -> None:
    data = thumbnails.make_thumbnail(_jpeg((4000, 3000)), 256)
    assert data is not None and data[:3] == b"\xff\xd8\xff"
    assert Image.open(io.BytesIO(data)).size == (256, 192)
    assert len(data) < 20_000


def test_exif_rotation_is_applied_to_the_small_image() -> None:
    data = thumbnails.make_thumbnail(_jpeg((800, 600), orientation=6), 256)
    img = Image.open(io.BytesIO(data))
    assert img.size == (192, 256), "orientation 6: portrait once rotated"
    top = img.getpixel((96, 10))
    assert top[2] > 150 and top[0] < 100, "the blue left half is now on top"


@pytest.mark.parametrize("blob", [b"", b"garbage", b"\xff\xd8\xff\xe0" + bytes(100),
                                  b"%PDF-1.7\n" + bytes(100)])
def test_bad_input_gives_none(blob: bytes) -> None:
    assert thumbnails.make_thumbnail(blob) is None


def test_decompression_bomb_refused_before_decoding() -> None:
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")  # a few KB on disk, 400 MP decoded
    assert thumbnails.make_thumbnail(out.getvalue()) is None


def test_unusual_modes_become_rgb() -> None:
    for mode, fmt in (("RGBA", "PNG"), ("P", "GIF"), ("I;16", "PNG"), ("CMYK", "TIFF"),
                      ("L", "BMP")):
        out = io.BytesIO()
        Image.new(mode, (300, 200)).save(out, fmt)
        data = thumbnails.make_thumbnail(out.getvalue(), 128)
        assert data is not None, mode
        assert Image.open(io.BytesIO(data)).mode == "RGB"


def _in_thread(fn: Any) -> Any:
    """Database work off the test's main thread, as the app does it."""
    box: list[Any] = []
    worker = threading.Thread(target=lambda: box.append(fn()))
    worker.start()
    worker.join()
    return box[0]


def test_cached_encrypted_in_the_vault(tmp_path: Path) -> None:
    def work() -> tuple[bytes | None, bytes | None, int, Path]:
        vault = Vault.create(tmp_path / "v", "passphrase for tests")
        add_demo_case(vault)
        first = thumbnails.thumbnail_for(vault, 1)
        again = thumbnails.cached_thumbnail(vault, 1)
        count = vault.db["thumbnails"].count
        vault.lock()
        return first, again, count, vault.folder

    first, again, count, folder = _in_thread(work)
    assert first is not None and first == again and count == 1
    needle = first[200:264]  # a run of the JPEG's entropy-coded bytes
    for path in folder.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), f"thumbnail in the clear in {path}"


def test_non_images_and_failures_are_remembered(tmp_path: Path) -> None:
    def work() -> tuple[Any, Any, int]:
        from evidence_kit.cases import add_case
        from evidence_kit.ingest import ingest_file

        vault = Vault.create(tmp_path / "v", "passphrase for tests")
        case = add_case(vault, "c")
        note = tmp_path / "note.txt"
        note.write_text("hello", encoding="utf-8")
        fake = tmp_path / "fake.png"
        fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # sniffs as PNG, cannot decode
        a = ingest_file(vault, case, note).exhibit["id"]
        b = ingest_file(vault, case, fake).exhibit["id"]
        results = (thumbnails.thumbnail_for(vault, a), thumbnails.thumbnail_for(vault, b))
        cached = vault.db.execute("SELECT count(*) FROM thumbnails WHERE jpeg = ?",
                                  [b""]).fetchone()[0]
        vault.lock()
        return results[0], results[1], cached

    text_thumb, broken_thumb, cached_empty = _in_thread(work)
    assert text_thumb is None and broken_thumb is None
    assert cached_empty == 1, "the undecodable PNG is not decoded again on every scroll"
