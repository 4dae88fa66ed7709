"""A 4.3 GB exhibit: ZIP64 in the inner zip and in the envelope, streamed in bounded memory.

Export and verify run in child processes so each one's peak RSS (VmHWM) is its own;
7-Zip must test the envelope as "Everything is Ok". About a minute; marked slow. A fast
test checks the envelope's headers just above pyzipper's 2 GiB ZIP64 switch without disk.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_kit.cases import add_case
from evidence_kit.envelope import OVERHEAD
from evidence_kit.ingest import ingest_file

from .kit import DOSSIER_PASS, VAULT_PASS, make_vault, run_tool

SIZE = 4_300_000_000  # above 0xFFFFFFFF: needs ZIP64 everywhere
NEEDED = 12 * 1024**3  # vault copy + dossier + headroom
RSS_LIMIT_MB = 200

CHILD = """
import json, sys, time
from pathlib import Path
from evidence_kit import signers
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.export import export_dossier
from evidence_kit.records import get_case
from evidence_kit.vault import Vault
from evidence_kit.verify import verdict, verify_dossier

op, folder, dossier, vault_pass, password = sys.argv[1:6]
vault = Vault.open(Path(folder), vault_pass)
start = time.perf_counter()
if op == "export":
    result = export_dossier(vault, plan_dossier(vault, get_case(vault.db, 1)), Path(dossier),
                            password)
    out = {"sha256": result.sha256, "size": result.size}
else:
    report = verify_dossier(Path(dossier), password, signers.resolver(vault))
    out = {"ok": report.ok, "verdict": verdict(report), "sizes": report.read.sizes,
           "sha256": report.file_sha256}
out["seconds"] = time.perf_counter() - start
# VmHWM, not ru_maxrss: Linux carries the parent's (pytest's) peak over fork + exec.
out["rss_mb"] = int(next(f.split()[1] for f in open('/proc/self/status')
                         if f.startswith('VmHWM:'))) / 1024
vault.lock()
print(json.dumps(out))
"""


def _child(op: str, vault: Path, dossier: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, op, str(vault), str(dossier), VAULT_PASS,
                           DOSSIER_PASS], capture_output=True, text=True, timeout=1800,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, f"{op} failed:\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_4_3_gb_exhibit_exports_and_verifies_in_bounded_memory(tmp_path: Path) -> None:
    free = shutil.disk_usage(tmp_path).free
    assert free >= NEEDED, (f"this test needs {NEEDED / 1024**3:.0f} GiB free in {tmp_path}, "
                            f"only {free / 1024**3:.1f} GiB are")
    work = tmp_path / "large"
    work.mkdir()
    try:
        source = work / "interview-video.bin"
        with source.open("wb") as fh:
            fh.truncate(SIZE)  # sparse: costs no disk until the vault encrypts it
        vault = make_vault(work / "vault")
        case = add_case(vault, "Large video case")
        exhibit = ingest_file(vault, case, source).exhibit
        assert exhibit["size"] == SIZE
        vault.lock()
        source.unlink()

        dossier = work / "large-dossier.zip"
        exported = _child("export", work / "vault", dossier)
        print(f"\nexport: {exported['seconds']:.1f} s, peak RSS {exported['rss_mb']:.0f} MB")
        assert exported["size"] == dossier.stat().st_size > SIZE
        assert exported["rss_mb"] < RSS_LIMIT_MB, f"export peak RSS {exported['rss_mb']:.0f} MB"

        # The envelope's local header is ZIP64: 32-bit sizes saturated, real ones in the
        # ZIP64 extra field (pyzipper leaves "version needed" at 20 there; the central
        # directory says 45).
        with dossier.open("rb") as fh:
            head = fh.read(30 + len("payload.zip") + 20)
        csize, usize = struct.unpack("<II", head[18:26])
        assert (csize, usize) == (0xFFFFFFFF, 0xFFFFFFFF)
        tag, length, payload_size, encrypted_size = struct.unpack("<HHQQ", head[41:61])
        assert (tag, length) == (1, 16)
        assert payload_size > SIZE and encrypted_size == payload_size + OVERHEAD

        verified = _child("verify", work / "vault", dossier)
        print(f"verify: {verified['seconds']:.1f} s, peak RSS {verified['rss_mb']:.0f} MB")
        assert verified["ok"], verified["verdict"]
        assert verified["sha256"] == exported["sha256"]
        assert verified["rss_mb"] < RSS_LIMIT_MB, f"verify peak RSS {verified['rss_mb']:.0f} MB"
        # The inner zip held the member at its full size (its canonical form needs ZIP64).
        big = [size for path, size in verified["sizes"].items() if path.startswith(
            "data/exhibits/")]
        assert big == [SIZE]

        proc = run_tool("7z", "t", f"-p{DOSSIER_PASS}", dossier, timeout=1800)
        assert "Everything is Ok" in proc.stdout, proc.stdout
    finally:
        shutil.rmtree(work, ignore_errors=True)
        assert not work.exists()



class _HeadAndTail:
    """A writable, seekable file that keeps only its first and last bytes (no disk use)."""

    def __init__(self, keep_from: int) -> None:
        self.head, self.tail = bytearray(4096), bytearray()
        self._keep_from, self._pos, self.size = keep_from, 0, 0

    def write(self, data: bytes) -> int:
        end = self._pos + len(data)
        if self._pos < len(self.head):
            chunk = data[:len(self.head) - self._pos]
            self.head[self._pos:self._pos + len(chunk)] = chunk
        if end > self._keep_from:
            start = max(self._pos, self._keep_from)
            assert start - self._keep_from == len(self.tail), "tail written out of order"
            self.tail += data[start - self._pos:]
        self._pos, self.size = end, max(self.size, end)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pos = offset if whence == 0 else self.size + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        pass


def test_envelope_headers_above_2_gib_are_in_the_form_the_verifier_expects() -> None:
    """pyzipper switches to ZIP64 above 2 GiB - 1; the verifier must predict its bytes."""
    from evidence_kit.envelope import envelope_size, expected_local, expected_tail, write_envelope

    size = (1 << 31) + 5
    keep_from = len(expected_local(size)) + size + OVERHEAD
    sink = _HeadAndTail(keep_from)
    zeros = bytes(1 << 20)

    def payload(entry) -> None:  # noqa: ANN001 - pyzipper's writable entry
        left = size
        while left:
            entry.write(zeros[:min(left, len(zeros))])
            left -= min(left, len(zeros))

    write_envelope(sink, DOSSIER_PASS, payload)
    local = expected_local(size)
    assert bytes(sink.head[:len(local)]) == local
    assert bytes(sink.tail) == expected_tail(size)
    assert sink.size == envelope_size(size)
