#!/usr/bin/env python3
"""Benchmark: ingest of a large file against this machine's SHA-256 speed limit.

Ingest reads the file once, hashes it, encrypts it in 1 MiB AES-256-GCM chunks, writes the
ciphertext and fsyncs it, then commits the record. Its time is compared, in the same run,
with `openssl dgst -sha256` (the SHA-256 speed limit: OpenSSL uses SHA-NI) and coreutils'
`sha256sum` (no SHA-NI path in coreutils 9.1) on the same file. Medians of several runs;
a run during which other processes took a real share of the CPU (read from /proc/stat) is
shown but not counted, and another run is made (at most 3x --runs in all).

Targets (issue 3): ingest <= 2.5x `openssl dgst -sha256`; peak RSS < 150 MB.

    .venv/bin/python bench/ingest.py [--size-mib 1024] [--runs 3] [--dir DIR]

Exits 0 when both targets are met, 1 otherwise. A tool that is missing is an error.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RATIO_TARGET = 2.5
RSS_TARGET = 150 * 1000 * 1000
# A run during which other processes used this much CPU (on a 2-core machine) measured
# the contention, not the ingest: it is reported, and another run is made in its place.
DISTURBED = 0.5
MIB = 1024 * 1024

# Runs in a fresh interpreter, so its peak RSS is the ingest's alone (plus imports).
CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
os.environ["EVIDENCE_KIT_INSECURE_FAST_KDF"] = "1"  # the KDF is not what is measured
from evidence_kit import cases
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault

folder, source = Path(sys.argv[1]), Path(sys.argv[2])
vault = Vault.create(folder, "benchmark passphrase")
case = cases.add_case(vault, "Benchmark")
start = time.perf_counter()
row = ingest_file(vault, case, source).exhibit
seconds = time.perf_counter() - start
vault.lock()
usage = resource.getrusage(resource.RUSAGE_SELF)
peak = usage.ru_maxrss * 1024
# VmHWM is this process's own peak; Linux carries ru_maxrss over exec from the parent.
status = Path("/proc/self/status")
if status.exists():
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) * 1024
print(json.dumps({"seconds": seconds, "sha256": row["sha256"], "size": row["size"],
                  "peak_rss": peak, "cpu": usage.ru_utime + usage.ru_stime}))
"""


def busy_seconds() -> float | None:
    """CPU time used by the whole machine so far (Linux /proc/stat), to spot other load."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def make_file(path: Path, size_mib: int) -> None:
    """Incompressible, not sparse: one random MiB, each copy stamped with its index."""
    block = bytearray(os.urandom(MIB))
    with path.open("wb") as fh:
        for index in range(size_mib):
            block[:8] = index.to_bytes(8, "big")
            fh.write(block)
        fh.flush()
        os.fsync(fh.fileno())


def timed(argv: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, proc.stdout


def settle() -> None:
    """Flush other writes (the last run's deleted vault: discards, journal) before timing."""
    os.sync()
    time.sleep(0.5)


def run_ingest(source: Path, workdir: Path) -> dict:
    folder = workdir / "vault"
    shutil.rmtree(folder, ignore_errors=True)
    settle()
    busy = busy_seconds()
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(source)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    busy_after = busy_seconds()
    shutil.rmtree(folder, ignore_errors=True)
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed:\n{proc.stderr}")
    result = json.loads(proc.stdout)
    result["wall"] = wall
    # CPU seconds other processes used meanwhile: on 2 cores, a second or more of it
    # means the run was measured under contention, not on a quiet machine.
    result["others"] = None if busy is None or busy_after is None else \
        max(0.0, busy_after - busy - result["cpu"])
    return result


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"{name} is not installed; it is needed as the speed reference.")
    return path


def measure(source: Path, workdir: Path, openssl: str, sha256sum: str, size: int) -> dict:
    """One side-by-side round: openssl dgst, sha256sum and our ingest on the same file."""
    ssl_seconds, out = timed([openssl, "dgst", "-sha256", str(source)])
    reference = out.strip().rsplit(" ", 1)[-1]
    sum_seconds, _ = timed([sha256sum, str(source)])
    result = run_ingest(source, workdir)
    if result["sha256"] != reference or result["size"] != size:
        raise SystemExit("ingest recorded a different hash or size than openssl")
    result.update(openssl=ssl_seconds, sha256sum=sum_seconds)
    result["disturbed"] = result["others"] is not None and result["others"] >= DISTURBED
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024, help="file size (default 1024)")
    parser.add_argument("--runs", type=int, default=3,
                        help="undisturbed side-by-side runs wanted (median; default 3)")
    parser.add_argument("--dir", type=Path, default=None,
                        help="where to put the test file and vault (default: a temp folder)")
    args = parser.parse_args(argv)
    openssl, sha256sum = tool("openssl"), tool("sha256sum")
    workdir = Path(tempfile.mkdtemp(prefix="ek-bench-", dir=args.dir))
    rounds: list[dict] = []
    try:
        source = workdir / "evidence.bin"
        print(f"Writing a {args.size_mib} MiB test file in {workdir} …", flush=True)
        make_file(source, args.size_mib)
        timed([openssl, "dgst", "-sha256", str(source)])  # warm the page cache
        while sum(not r["disturbed"] for r in rounds) < args.runs and \
                len(rounds) < 3 * args.runs:
            r = measure(source, workdir, openssl, sha256sum, args.size_mib * MIB)
            rounds.append(r)
            others = "" if r["others"] is None else \
                f", other processes used {r['others']:.1f} CPU-s meanwhile"
            flag = "  [disturbed by other load: not counted]" if r["disturbed"] else ""
            print(f"run {len(rounds)}: ingest {r['seconds']:.2f} s (process {r['wall']:.2f} s, "
                  f"peak RSS {r['peak_rss'] / 1e6:.0f} MB{others}), openssl dgst "
                  f"{r['openssl']:.2f} s, sha256sum {r['sha256sum']:.2f} s{flag}", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    counted = [r for r in rounds if not r["disturbed"]]
    if len(counted) < args.runs:
        print(f"\nwarning: only {len(counted)} of {len(rounds)} runs were undisturbed; "
              "the verdict uses every run. Rerun on a quiet machine.")
        counted = rounds
    ingest = statistics.median(r["seconds"] for r in counted)
    ssl = statistics.median(r["openssl"] for r in counted)
    s256 = statistics.median(r["sha256sum"] for r in counted)
    rss = max(r["peak_rss"] for r in rounds)
    ratio = ingest / ssl
    ratio_ok, rss_ok = ratio <= RATIO_TARGET, rss < RSS_TARGET
    print()
    print(f"ingest of {args.size_mib} MiB (read once, SHA-256 + SHA-512 + CRC-32, AES-256-GCM, "
          f"write, fsync, commit): median {ingest:.2f} s = {args.size_mib / ingest:.0f} MiB/s "
          f"over {len(counted)} run(s)")
    print(f"openssl dgst -sha256: median {ssl:.2f} s   sha256sum: median {s256:.2f} s")
    print(f"ratio vs openssl dgst -sha256: {ratio:.2f}x (target <= {RATIO_TARGET}x)  "
          f"{'PASS' if ratio_ok else 'FAIL'}")
    print(f"ratio vs sha256sum:            {ingest / s256:.2f}x (for reference)")
    print(f"peak RSS of the ingest process: {rss / 1e6:.0f} MB (target < {RSS_TARGET / 1e6:.0f} "
          f"MB)  {'PASS' if rss_ok else 'FAIL'}")
    return 0 if ratio_ok and rss_ok else 1


if __name__ == "__main__":
    sys.exit(main())
