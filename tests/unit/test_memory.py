"""A 1 GiB file ingests, and reads back, in bounded memory (peak RSS under 150 MB)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from evidence_kit.blobstore import CHUNK, HEADER, TAG

GIB = 1024 * 1024 * 1024
LIMIT_BYTES = 150 * 1000 * 1000
# sha256 of 1 GiB of zero bytes (`head -c 1G /dev/zero | sha256sum`)
ZEROS_SHA256 = "49bc20df15e412a64472421e13fe86ff1c5165e18b2afccf160d4dc19fe68a14"

CHILD = r"""
import hashlib, json, os, resource, sys, time
from pathlib import Path
from evidence_kit import cases
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault

def peak_rss():
    # VmHWM is this process's own peak. ru_maxrss is not: Linux carries the parent's peak
    # over fork/vfork + exec, so under pytest it reports pytest's 80-160 MB, not ours.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


folder, source = Path(sys.argv[1]), Path(sys.argv[2])
vault = Vault.create(folder, "memory test passphrase")
case = cases.add_case(vault, "Big files")
start = time.perf_counter()
row = ingest_file(vault, case, source).exhibit
ingest_seconds = time.perf_counter() - start
ingest_rss = peak_rss()
digest = hashlib.sha256()
for chunk in vault.read_blob(row["blob_id"]):
    digest.update(chunk)
print(json.dumps({
    "ingest_seconds": ingest_seconds, "ingest_peak_rss": ingest_rss,
    "peak_rss": peak_rss(),
    "ru_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    "size": row["size"], "sha256": row["sha256"], "read_back_sha256": digest.hexdigest(),
    "blob_bytes": vault.blobs.path_for(row["blob_id"]).stat().st_size,
}))
"""


def test_one_gib_ingests_in_bounded_memory(tmp_path):
    source = tmp_path / "long-video.mp4"
    with source.open("wb") as fh:
        fh.truncate(GIB)  # sparse: no disk used for the source
    folder = tmp_path / "vault"
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(source)],
                              capture_output=True, text=True, timeout=300,
                              env={**os.environ, "EVIDENCE_KIT_INSECURE_FAST_KDF": "1"})
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # 1 GiB of ciphertext
    print(result)
    assert result["ingest_peak_rss"] < LIMIT_BYTES, result
    assert result["peak_rss"] < LIMIT_BYTES, result
    assert result["size"] == GIB
    assert result["sha256"] == result["read_back_sha256"] == ZEROS_SHA256
    # 1024 full chunks, the last of them flagged last: no empty trailing chunk
    assert result["blob_bytes"] == HEADER.size + (GIB // CHUNK) * (CHUNK + TAG)
