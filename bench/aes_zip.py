"""Speed check: OpenSSL-backed WinZip AES (evidence_kit.winzip_aes) vs stock pyzipper vs 7-Zip.

Usage: python bench/aes_zip.py [SIZE_MIB] [--repeat N]     (default 256 MiB, 3 runs, median)

Writes one STORED AES-256 entry from random data and reads it back (HMAC checked), printing
wall times and ratios to ``7z a -tzip -mem=AES256 -mx=0`` and ``7z t``.
Targets (tech notes §17): write <= 1.5x 7z, read <= 2.0x 7z t.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyzipper
from pyzipper.zipfile_aes import AESZipInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evidence_kit.winzip_aes import CHUNK_SIZE, FastAESZipFile, add_entry  # noqa: E402

PASSWORD = b"correct horse battery staple"


def timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_ours(src: Path, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    with FastAESZipFile(dst, "w") as zf, src.open("rb") as f:
        zf.setpassword(PASSWORD)
        add_entry(zf, "payload.bin", f)


def write_stock(src: Path, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    info = AESZipInfo("payload.bin")
    info.compress_type = pyzipper.ZIP_STORED
    with pyzipper.AESZipFile(dst, "w", encryption=pyzipper.WZ_AES) as zf, src.open("rb") as f:
        zf.setpassword(PASSWORD)
        with zf.open(info, "w", force_zip64=True) as out:
            while chunk := f.read(CHUNK_SIZE):
                out.write(chunk)


def write_7z(src: Path, dst: Path) -> None:
    dst.unlink(missing_ok=True)
    cmd = ["7z", "a", "-tzip", "-mem=AES256", "-mx=0", f"-p{PASSWORD.decode()}", str(dst), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def read_with(cls: type[pyzipper.AESZipFile], archive: Path) -> None:
    with cls(archive) as zf:
        zf.setpassword(PASSWORD)
        with zf.open(zf.namelist()[0]) as f:
            while f.read(CHUNK_SIZE):
                pass


def test_7z(archive: Path) -> None:
    cmd = ["7z", "t", f"-p{PASSWORD.decode()}", str(archive)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    if "Everything is Ok" not in out:
        raise SystemExit(f"7z t failed on {archive}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size_mib", nargs="?", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("7z") is None:
        raise SystemExit("7z (p7zip-full) is required")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        src = d / "payload.bin"
        with src.open("wb") as f:
            for _ in range(args.size_mib):
                f.write(os.urandom(CHUNK_SIZE))
        ours, stock, sz = d / "ours.zip", d / "stock.zip", d / "7z.zip"
        w = {
            "7z a": timed(lambda: write_7z(src, sz), args.repeat),
            "ours": timed(lambda: write_ours(src, ours), args.repeat),
            "stock pyzipper": timed(lambda: write_stock(src, stock), args.repeat),
        }
        r = {
            "7z t": timed(lambda: test_7z(ours), args.repeat),
            "ours": timed(lambda: read_with(FastAESZipFile, ours), args.repeat),
            "stock pyzipper": timed(lambda: read_with(pyzipper.AESZipFile, ours), args.repeat),
        }
    print(f"{args.size_mib} MiB, median of {args.repeat}")
    for title, results, base in (("write", w, w["7z a"]), ("read+HMAC", r, r["7z t"])):
        for name, secs in results.items():
            rate = args.size_mib / secs
            print(f"  {title:9s} {name:15s} {secs:7.3f} s  {rate:7.0f} MiB/s  {secs / base:5.2f}x")


if __name__ == "__main__":
    main()
