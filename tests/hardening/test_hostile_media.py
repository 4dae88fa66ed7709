"""Hostile media: decompression bombs, absurd canvases, truncated images, malformed EXIF, a
HEIC-like file full of garbage, an empty file, sparse giants, and the real EXIF corpus.

Ingest succeeds (maybe with a warning) or fails with a clean EvidenceKitError; previews
(thumbnails) return an image or None and never raise; redaction raises nothing but
InvalidInput; and nothing decodes a bomb: each file is handled in a child process that
measures its own peak memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from evidence_kit.blobstore import CHUNK, HEADER, TAG
from evidence_kit.thumbnails import can_thumbnail

from .mediakit import CHILD, hostile_files
from .support import open_sound

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "exif"
MEMORY_LIMIT = 256 * 1024 * 1024
BOMBS = ("bomb-30000x30000.png", "bomb-text-chunk.png", "gif-65535-canvas.gif",
         "jpeg-declares-65500x65500.jpg", "tiff-declares-60000x60000.tif",
         "bmp-declares-50000x50000.bmp")
BROKEN = ("truncated.jpg", "truncated.png", "png-header-only.png", "heic-like.heic",
          "webp-garbage.webp", "empty.jpg")
# EXIF damage the importer promises to mention (exif.py: "say so instead of reporting 'no
# metadata' as if none existed").
WARNS = ("exif-garbage-header.jpg", "exif-ifd-count-65535.jpg", "exif-offsets-out-of-range.jpg",
         "exif-gps-wrong-types.jpg")
HOSTILE = sorted(hostile_files())
CHILD_PASS = "child passphrase"


def corpus_files() -> list[Path]:
    assert CORPUS.is_dir(), f"the EXIF corpus is missing: {CORPUS} (see /work/shared)"
    files = sorted(CORPUS.glob("*.jpg"))
    assert len(files) >= 20, f"the EXIF corpus holds only {len(files)} JPEGs"
    return files


def run_media_child(vault: Path, files: list[Path]) -> dict[str, dict[str, Any]]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(vault), *map(str, files)],
                          capture_output=True, text=True, timeout=600,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, f"the media child died ({proc.returncode}): {proc.stderr}"
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["name"] for r in results] == [f.name for f in files]
    return {r["name"]: r for r in results}


@pytest.fixture(scope="module")
def handled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, Any]]]:
    root = tmp_path_factory.mktemp("media")
    (root / "files").mkdir()
    paths = []
    for name, data in hostile_files().items():
        (root / "files" / name).write_bytes(data)
        paths.append(root / "files" / name)
    return root / "vault", run_media_child(root / "vault", paths + corpus_files())


def _assert_clean(name: str, result: dict[str, Any]) -> None:
    """Nothing escaped, nothing ran away (checked for every file)."""
    unexpected = {step: r["unexpected"] for step, r in result.items()
                  if isinstance(r, dict) and "unexpected" in r}
    assert not unexpected, f"{name}: {unexpected}"
    for step in ("make_thumbnail", "thumbnail_for"):
        if step in result:
            assert result[step]["ok"], f"{name}: {step} raised {result[step]}"
    assert result["peak_growth"] < MEMORY_LIMIT, \
        f"{name}: peak memory grew by {result['peak_growth'] >> 20} MiB"
    assert result["seconds"] < 30, f"{name}: took {result['seconds']:.1f}s"


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_file_is_handled(handled, name: str) -> None:  # noqa: ANN001
    result = handled[1][name]
    _assert_clean(name, result)
    assert result["ingest"]["ok"], f"{name}: evidence must be kept even if it is odd: {result}"
    if name in BOMBS or name in BROKEN:
        assert result["make_thumbnail"]["value"] is None, f"{name}: a preview of a bomb?"
        assert result["thumbnail_for"]["value"] is None
        assert result["redact_image"]["error"] == "InvalidInput", result["redact_image"]
        if "redact_exhibit" in result:
            assert result["redact_exhibit"]["error"] == "InvalidInput"
    if name in WARNS:
        assert any("EXIF" in w or "metadata" in w for w in result["ingest"]["warnings"]), \
            f"{name}: damaged EXIF must be mentioned: {result['ingest']}"
        assert result["thumbnail_for"]["value"], f"{name}: the pixels are fine; preview them"
        assert result["redact_image"]["ok"], result["redact_image"]
    if name == "empty.jpg":
        assert result["ingest"]["kind"] == "other"


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_every_corpus_photo_ingests_previews_and_redacts(handled, path: Path) -> None:  # noqa: ANN001
    result = handled[1][path.name]
    _assert_clean(path.name, result)
    assert result["ingest"]["ok"] and result["ingest"]["kind"] == "photo", result["ingest"]
    assert result["thumbnail_for"]["value"], f"{path.name}: no preview of a readable photo"
    assert result["redact_image"]["ok"] or result["redact_image"]["error"] == "InvalidInput"


def test_the_vault_is_sound_after_all_the_hostile_media(handled) -> None:  # noqa: ANN001
    vault = open_sound(handled[0], CHILD_PASS, orphans_allowed=False)
    try:
        originals = [r for r in vault.db["exhibits"].rows if r["parent_id"] is None]
        assert len(originals) == len(HOSTILE) + len(corpus_files())
        previewable = {r["id"] for r in originals if can_thumbnail(r["media_type"], r["size"])}
        cached = {r["exhibit_id"] for r in vault.db["thumbnails"].rows}
        assert previewable <= cached, "every preview attempt, even a failed one, is cached"
    finally:
        vault.lock()


def test_cli_adds_a_folder_of_hostile_media_with_notes(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    folder = tmp_path / "media"
    folder.mkdir()
    for name, data in hostile_files().items():
        (folder / name).write_bytes(data)
    secret = tmp_path / "pass.txt"
    secret.write_text("hostile media passphrase\n")
    common = ("--vault", tmp_path / "vault", "--passphrase-file", secret)
    assert run_cli(*common, "init").code == 0
    assert run_cli(*common, "case", "add", "Media").code == 0
    added = run_cli(*common, "exhibit", "add", "--case", "1", folder)
    assert added.code == 0 and "Traceback" not in added.out + added.err, added.err
    assert added.out.count("  added  ") == len(HOSTILE), added.out
    assert added.out.count("note: capture metadata") >= len(WARNS), added.out


# -- sparse giants: zeros to read, bounded memory ----------------------------------------------

SPARSE_CHILD = r"""
import json, sys, time
from pathlib import Path
from evidence_kit.cases import add_case
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault

def status(field):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024

vault = Vault.create(Path(sys.argv[1]), "child passphrase")
case = add_case(vault, "Giant")
Path("/proc/self/clear_refs").write_text("5")
rss, start = status("VmRSS"), time.monotonic()
result = ingest_file(vault, case, Path(sys.argv[2]))
print(json.dumps({"seconds": time.monotonic() - start, "peak_growth": status("VmHWM") - rss,
                  "size": result.exhibit["size"], "kind": result.exhibit["kind"],
                  "blob": str(vault.blobs.path_for(result.exhibit["blob_id"])),
                  "warnings": list(result.warnings)}))
vault.lock()
"""


def sparse_ingest(tmp_path: Path, size: int, seconds: float) -> None:
    source = tmp_path / "recording.mp4"
    with source.open("wb") as fh:
        fh.truncate(size)  # no disk used; still `size` bytes to hash and encrypt
    try:
        proc = subprocess.run([sys.executable, "-c", SPARSE_CHILD, str(tmp_path / "vault"),
                               str(source)], capture_output=True, text=True,
                              timeout=seconds * 3, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout)
        assert result["size"] == size and result["kind"] == "other", result
        chunks = max(1, -(-size // CHUNK))
        assert Path(result["blob"]).stat().st_size == HEADER.size + size + chunks * TAG
        assert result["peak_growth"] < MEMORY_LIMIT, \
            f"ingest of {size >> 30} GiB grew memory by {result['peak_growth'] >> 20} MiB"
        assert result["seconds"] < seconds, f"{size >> 30} GiB took {result['seconds']:.0f}s"
    finally:
        source.unlink()
        blobs = tmp_path / "vault" / "blobs"
        for blob in blobs.rglob("*"):
            if blob.is_file():
                blob.unlink()  # gigabytes of ciphertext: do not keep them in /tmp


def test_a_1_gib_sparse_file_ingests_in_bounded_memory(tmp_path: Path) -> None:
    sparse_ingest(tmp_path, 1 << 30, seconds=60)


@pytest.mark.slow
def test_a_10_gb_sparse_file_ingests_in_bounded_time_and_memory(tmp_path: Path) -> None:
    sparse_ingest(tmp_path, 10 * 1000**3, seconds=600)
