"""A dossier cannot make the reader hold huge metadata in memory.

The tag and index files a verify keeps (bagit.txt, bag-info.txt, the manifests, the
signature, dossier.json, custody.jsonl, signer.pub) are capped one by one and together,
and refused from their declared size before a byte of them is read. The hostile samples
are genuine password envelopes around canonical inner zips, so only the sizes are wrong.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from evidence_kit import signers
from evidence_kit.dossier_read import KEPT_LIMITS, MAX_KEPT_TOTAL
from evidence_kit.envelope import write_envelope
from evidence_kit.verify import verify_dossier
from evidence_kit.zipcanon import CanonicalZipWriter

from .kit import DOSSIER_PASS

BAG = "EK-20240101-ABCDEF"
MIB = 1024 * 1024
ALL_KEPT = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt",
            "tagmanifest-sha256.txt", "tagmanifest-sha256.txt.minisig", "data/dossier.json",
            "data/custody.jsonl", "data/signer.pub"]


def _sample(path: Path, sizes: dict[str, int]) -> Path:
    """An envelope whose bag holds ``sizes[name]`` bytes of ``a`` per member, streamed."""
    block = b"a" * MIB

    def chunks(size: int):  # noqa: ANN202
        while size:
            yield block[:min(size, MIB)]
            size -= min(size, MIB)

    def crc(size: int) -> int:
        value = 0
        for chunk in chunks(size):
            value = zlib.crc32(chunk, value)
        return value

    def payload(entry) -> None:  # noqa: ANN001
        writer = CanonicalZipWriter(entry)
        for name in sorted(sizes, key=lambda n: f"{BAG}/{n}".encode()):
            writer.add(f"{BAG}/{name}", sizes[name], crc(sizes[name]), chunks(sizes[name]))
        writer.close()

    with path.open("wb") as fh:
        write_envelope(fh, DOSSIER_PASS, payload)
    return path


def _refusal(path: Path) -> str:
    report = verify_dossier(path, DOSSIER_PASS, signers.resolver(None))
    assert not report.intact
    return report.checks[-1].detail


@pytest.mark.parametrize("name", ["bagit.txt", "bag-info.txt", "tagmanifest-sha256.txt.minisig",
                                  "data/signer.pub", "tagmanifest-sha256.txt"])
def test_each_small_file_has_its_own_cap(tmp_path: Path, name: str) -> None:
    sizes = dict.fromkeys(ALL_KEPT, 10)
    sizes[name] = KEPT_LIMITS[name] + 1
    assert f"{name} is unexpectedly large" in _refusal(_sample(tmp_path / "s.zip", sizes))
    sizes[name] = KEPT_LIMITS[name]  # at the cap: read, then refused for what it says
    assert "unexpectedly large" not in _refusal(_sample(tmp_path / "t.zip", sizes))


def test_the_caps_fit_what_export_writes() -> None:
    assert MAX_KEPT_TOTAL <= 128 * MIB
    assert KEPT_LIMITS["bagit.txt"] <= 1024 and KEPT_LIMITS["data/signer.pub"] <= 4096
    assert KEPT_LIMITS["bag-info.txt"] <= MIB
    assert 100_000 * 64 < KEPT_LIMITS["manifest-sha256.txt"] <= 100 * MIB


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from evidence_kit import signers
    from evidence_kit.verify import verify_dossier
    report = verify_dossier(Path(sys.argv[1]), sys.argv[2], signers.resolver(None))
    assert not report.intact
    print(report.checks[-1].detail)
    # VmHWM, not ru_maxrss: Linux carries pytest's peak over fork + exec.
    print(int(next(f.split()[1] for f in open('/proc/self/status')
                   if f.startswith('VmHWM:'))) // 1024)
""")


@pytest.mark.parametrize(("sizes", "refusal"), [
    # The audit's sample: every kept file 63 MiB (the old per-file cap was 64 MiB).
    (dict.fromkeys(ALL_KEPT, 63 * MIB), "bag-info.txt is unexpectedly large"),
    # Each under its own cap, together over the total.
    ({**dict.fromkeys(ALL_KEPT, 100), "data/custody.jsonl": 63 * MIB,
      "data/dossier.json": 36 * MIB, "manifest-sha256.txt": 8 * MIB},
     "metadata files are unexpectedly large together"),
], ids=["nine-times-63-MiB", "over-the-total"])
def test_hostile_metadata_sizes_stay_in_bounded_memory(tmp_path: Path, sizes, refusal) -> None:
    sample = _sample(tmp_path / "bomb.zip", sizes)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(sample), DOSSIER_PASS],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    detail, peak = proc.stdout.strip().splitlines()[-2:]
    assert refusal in detail
    assert int(peak) < 200, f"verify peaked at {peak} MiB"
