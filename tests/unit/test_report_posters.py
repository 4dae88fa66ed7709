"""Video exhibits get a poster frame in the exhibit index when ffmpeg is installed
(scripts/system-deps.sh installs it), made from the decrypted video piped to ffmpeg: no
plaintext on disk, no network, bounded in time, and any failure means "no preview"."""

from __future__ import annotations

import io
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image
from report_helpers import needs_poppler, normalise, pdftotext

from evidence_kit.cases import add_case
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.ingest import ingest_file
from evidence_kit.report import build_report, faststart, posters, report_data_from_plan
from evidence_kit.report.thumbnails import THUMB_PX


def _ffmpeg() -> str:
    found = shutil.which("ffmpeg")
    assert found, "ffmpeg is not installed (scripts/system-deps.sh installs it); cannot test"
    return found


def tiny_video(path: Path) -> Path:
    """One second of ffmpeg's test pattern, 160x120, as MP4 (made by ffmpeg itself)."""
    subprocess.run([_ffmpeg(), "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
                    "testsrc=size=160x120:rate=10", "-t", "1", "-pix_fmt", "yuv420p",
                    "-c:v", "mpeg4", "-y", str(path)], check=True, timeout=60)
    return path


def images_in(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) of every image the PDF embeds (`pdfimages -list`)."""
    lines = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    return [(int(line.split()[3]), int(line.split()[4])) for line in lines]


def _report(vault, tmp_path: Path, name: str) -> tuple[Path, object]:
    case = add_case(vault, "Video case", target_body="icc")
    ingest_file(vault, case, tiny_video(tmp_path / "clip.mp4"))
    data = report_data_from_plan(vault, plan_dossier(vault, case),
                                 signer_fingerprint=vault.fingerprint,
                                 signer_label=vault.label, missing_ok=True)
    pdf = tmp_path / name
    with pdf.open("wb") as fh:
        build_report(data, fh, pdfa=False)
    return pdf, data


@needs_poppler
def test_a_video_exhibit_gets_a_poster_frame(vault, tmp_path):
    pdf, data = _report(vault, tmp_path, "video.pdf")
    [exhibit] = data.exhibits
    assert exhibit.media_type.startswith("video/") and exhibit.thumbnail
    with Image.open(io.BytesIO(exhibit.thumbnail)) as poster:
        assert poster.format == "JPEG" and max(poster.size) == THUMB_PX
        assert poster.size == (THUMB_PX, THUMB_PX * 3 // 4)  # 160x120 keeps its shape
        assert not poster.getexif() and "exif" not in poster.info
    assert images_in(pdf) == [(THUMB_PX, THUMB_PX * 3 // 4)]
    assert "no preview" not in pdftotext(pdf)


@needs_poppler
def test_without_ffmpeg_the_card_says_no_preview(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(posters, "find_tool",
                        lambda name: None if name == "ffmpeg" else shutil.which(name))
    pdf, data = _report(vault, tmp_path, "no-ffmpeg.pdf")
    assert data.exhibits[0].thumbnail is None
    assert images_in(pdf) == []
    assert "no preview" in normalise(pdftotext(pdf))


def _fake_ffmpeg(folder: Path, script: str, monkeypatch) -> None:
    folder.mkdir()
    fake = folder / "ffmpeg"
    fake.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(posters, "find_tool",
                        lambda name: str(fake) if name == "ffmpeg" else shutil.which(name))


def test_a_hanging_ffmpeg_is_stopped_and_gives_no_poster(tmp_path, monkeypatch):
    _fake_ffmpeg(tmp_path / "bin", "exec sleep 60", monkeypatch)
    monkeypatch.setattr(posters, "TIMEOUT", 1.0)
    started = time.monotonic()
    assert posters.poster_from_chunks(iter([b"\x00" * 1024] * 4), "video/mp4") is None
    assert time.monotonic() - started < 10


def test_ffmpeg_cannot_write_a_file(tmp_path, monkeypatch):
    """Under prlimit --fsize=0 a write to any file fails: decrypted frames cannot land on
    disk even if ffmpeg (or a look-alike) tried."""
    assert shutil.which("prlimit"), "prlimit (util-linux) is missing; cannot test"
    leak = tmp_path / "leak.bin"
    _fake_ffmpeg(tmp_path / "bin", f"cat > '{leak}'", monkeypatch)
    assert posters.poster_from_chunks(iter([b"plaintext frame bytes"] * 100),
                                      "video/mp4") is None
    assert not leak.exists() or leak.stat().st_size == 0


def test_ffmpeg_reads_only_its_pipe():
    command = posters.ffmpeg_command("video/mp4")
    assert command is not None
    at = command.index("-protocol_whitelist")
    assert command[at + 1] == "pipe" and "pipe:0" in command and "pipe:1" in command
    assert command[command.index("-f") + 1] == "mov"  # the demuxer is ours, never guessed
    assert posters.ffmpeg_command("video/x-unknown") is None  # not guessed: not tried


def test_at_most_the_first_64_mib_are_read():
    block = b"\x00" * (1024 * 1024)
    consumed = []

    def chunks():
        for n in range(100):
            consumed.append(n)
            yield block

    head, whole = posters.read_head(chunks())
    assert len(head) == posters.MAX_INPUT == 64 * 1024 * 1024 and not whole
    assert len(consumed) == 64  # the rest of the video is not even decrypted
    assert posters.read_head(iter([b"abc", b"def"])) == (bytearray(b"abcdef"), True)


def test_an_index_at_the_end_is_moved_to_the_front(tmp_path):
    """Phones write the MP4 index (moov) last; from a pipe ffmpeg cannot seek back to it.
    Reordered in memory, with the chunk offsets moved by the index's size, it decodes."""
    video = tmp_path / "phone-like.mp4"
    subprocess.run([_ffmpeg(), "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
                    "testsrc=size=640x480:rate=25", "-t", "2", "-pix_fmt", "yuv420p",
                    "-c:v", "mpeg4", "-q:v", "2", "-y", str(video)], check=True, timeout=60)
    data = video.read_bytes()
    kinds = [kind for kind, *_ in faststart.atoms(data, 0, len(data))]
    assert kinds.index(b"mdat") < kinds.index(b"moov")  # ffmpeg's default: index last
    pieces = faststart.moov_first(data)
    assert pieces is not None
    reordered = b"".join(bytes(p) for p in pieces)
    assert len(reordered) == len(data)
    kinds = [kind for kind, *_ in faststart.atoms(reordered, 0, len(reordered))]
    assert kinds.index(b"moov") < kinds.index(b"mdat")
    assert faststart.moov_first(reordered) is None  # already streamable
    first_frames = subprocess.run(
        [_ffmpeg(), "-hide_banner", "-loglevel", "error", "-f", "mov", "-i", "pipe:0",
         "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "pipe:1"],
        input=reordered, capture_output=True, timeout=60)
    assert first_frames.returncode == 0 and first_frames.stdout.startswith(b"\x89PNG")
    unchanged = subprocess.run(  # the same bytes in their original order fail from a pipe
        [_ffmpeg(), "-hide_banner", "-loglevel", "quiet", "-f", "mov", "-i", "pipe:0",
         "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "pipe:1"],
        input=data, capture_output=True, timeout=60)
    assert unchanged.returncode != 0 or not unchanged.stdout
    poster = posters.poster_from_chunks(iter([data]), "video/mp4")
    assert poster is not None and Image.open(io.BytesIO(poster)).size == (128, 96)


@pytest.mark.parametrize("data", [b"", b"\x00\x00\x00\x08moov", b"\x00\x00\x00\x01mdat",
                                  b"\x00\x00\x00\x10ftypisom\x00\x00\x00\x00" * 3])
def test_faststart_leaves_what_it_cannot_parse(data):
    assert faststart.moov_first(data) is None


def test_nested_boxes_do_not_recurse_without_end():
    inner = b"\x00\x00\x00\x08stbl"
    for _ in range(50):
        inner = (8 + len(inner)).to_bytes(4, "big") + b"trak" + inner
    moov = (8 + len(inner)).to_bytes(4, "big") + b"moov" + inner
    data = b"\x00\x00\x00\x08mdat" + moov
    assert faststart.moov_first(data) is None


@pytest.mark.parametrize("data", [b"", b"not a video at all" * 1000])
def test_a_broken_video_gives_no_poster(data):
    _ffmpeg()
    assert posters.poster_from_chunks(iter([data]), "video/mp4") is None
