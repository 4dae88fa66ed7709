#!/usr/bin/env python3
"""Benchmark: the submission report (reportlab) for 50 and 500 exhibits with thumbnails.

Each size runs in a fresh interpreter, so its peak RSS (getrusage) is that build's alone
(plus imports). Inside it, synthetic report data is made first (each exhibit gets its own
128 px JPEG thumbnail, made from a 640x480 synthetic photo by the report's own thumbnail
code), then ``build_report`` is timed in process after one small warm-up build.

Targets (issue 5): 500 exhibits in at most 1 s and 100 MB peak RSS; linear cost (the
500-exhibit time at most 11x the 50-exhibit time). They are checked on the path export
takes: ``build_report(..., pdfa=None)``, i.e. PDF/A-2b (the glyph audit during layout and
the in-memory conversion; export does not re-run pikepdf's validator, the tests validate
that path's output) when the optional pikepdf is installed, else the plain PDF. The other
path (plain PDF, ``pdfa=False``) is printed for information.

    .venv/bin/python bench/report.py [--sizes 50 500] [--runs 3]

Exits 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

TIME_TARGET = 1.0
RSS_TARGET = 100 * 1000 * 1000
RATIO_TARGET = 11.0
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evidence_kit.report.pdfa import available as pdfa_available  # noqa: E402

CHILD = r"""
import io, json, random, sys, time
from PIL import Image, ImageDraw
from evidence_kit.report import (CaseInfo, ConsentInfo, CustodyInfo, ExhibitInfo, FileInfo,
                                 IncidentInfo, ReportData, SourceInfo, TestimonyInfo)
from evidence_kit.report.build import build_report
from evidence_kit.report.thumbnails import thumbnail_from_bytes

n, runs = int(sys.argv[1]), int(sys.argv[2])
pdfa = {"export": None, "plain": False}[sys.argv[3]]
rng = random.Random(n)

def photo(i):
    img = Image.new("RGB", (640, 480), (rng.randrange(256), rng.randrange(256), 200))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(600), rng.randrange(440)
        draw.rectangle((x, y, x + rng.randrange(40, 200), y + rng.randrange(30, 150)),
                       fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw.text((20, 20), f"EXHIBIT {i}", fill="white")
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()

def data(count):
    exhibits = []
    for i in range(1, count + 1):
        raw = photo(i)
        sha = f"{i:064x}"
        exhibits.append(ExhibitInfo(
            code=f"E{i:04d}", kind="photo", media_type="image/jpeg", size=len(raw), sha256=sha,
            description=f"Synthetic photo {i}: a street corner with a parked van; "
                        "Снимок улицы с припаркованным фургоном.",
            file=f"data/exhibits/E{i:04d}-photo-2017-03-24.jpg",
            capture_time="2017-03-24T16:42:07", capture_offset="+03:00",
            gps_lat=43.317 + i / 1e4, gps_lon=45.698, location_text="Grozny (GPS in EXIF)",
            camera="samsung SM-G930F", acquired_at="2026-11-25T18:20:52Z",
            acquired_by="Field team", acquired_how="Copied from the witness's phone",
            thumbnail=thumbnail_from_bytes(raw)))
    testimonies = [TestimonyInfo(
        code=f"T{i:04d}", pseudonym=f"W-{i:02d}", role="witness", interview_date="2017-06-14",
        narrative=("Свидетель рассказал о задержании. " * 30) if i % 2 else
                  ("قال الشاهد إنه رأى الاحتجاز قرب المدرسة. " * 20),
        narrative_sha256="0" * 64, language="ru" if i % 2 else "ar",
        incidents=[IncidentInfo("2017-03", "approximate", "Argun", "Detention", "saw")],
        consent=ConsentInfo(["un-sp"], {"un-sp": "pseudonym"}, {"un-sp": False}))
        for i in range(1, 6)]
    sources = [SourceInfo(code=f"S{i:04d}", title=f"Report number {i}", author="NGO",
                          url="https://example.org/report", accessed_date="2026-11-25",
                          reliability="B", credibility="2") for i in range(1, 11)]
    custody = [CustodyInfo(seq=i, at="2026-11-25T18:20:52Z", action="exhibit-ingested",
                           item=e.code, item_sha256=e.sha256, event_hash=f"{i:064x}")
               for i, e in enumerate(exhibits, 2)]
    files = [FileInfo(e.file, e.sha256, e.size) for e in exhibits]
    return ReportData(dossier_id="EK-20261125-BENCH1", created_at="2026-11-25T18:30:00Z",
                      case=CaseInfo("Benchmark case", "Summary.", "Situation.",
                                    "Russian Federation"),
                      recipient_body="un-sp", signer_fingerprint="ABCD" * 5,
                      signer_label="Benchmark team", exhibits=exhibits,
                      testimonies=testimonies, sources=sources, custody=custody, files=files)

start = time.perf_counter()
report = data(n)
prepare = time.perf_counter() - start
build_report(data(1), io.BytesIO(), pdfa=pdfa)  # warm-up: lazy imports, font loading
times, size = [], 0
for _ in range(runs):
    out = io.BytesIO()
    start = time.perf_counter()
    build_report(report, out, pdfa=pdfa)
    times.append(time.perf_counter() - start)
    size = len(out.getvalue())
    del out
print(json.dumps({"exhibits": n, "prepare_s": prepare, "times": times, "pdf_bytes": size,
                  "peak_rss": int(next(f.split()[1] for f in open('/proc/self/status')
                                       if f.startswith('VmHWM:'))) * 1024}))
"""


def run_size(n: int, runs: int, mode: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(n), str(runs), mode], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["median"] = statistics.median(result["times"])
    return result


def line(n: int, r: dict, runs: int) -> str:
    return (f"{n:5d} exhibits: build {r['median']:.3f} s (median of {runs}; "
            f"{1000 * r['median'] / n:.2f} ms per exhibit), peak RSS "
            f"{r['peak_rss'] / 1e6:.1f} MB, PDF {r['pdf_bytes'] / 1e6:.2f} MB")


def measure(sizes: list[int], runs: int, mode: str) -> tuple[dict[int, dict], float]:
    results = {}
    for n in sizes:
        results[n] = run_size(n, runs, mode)
        print(line(n, results[n], runs) + f" (synthetic data and thumbnails made "
              f"beforehand in {results[n]['prepare_s']:.2f} s)")
    small, big = (results[n] for n in sizes)
    ratio = big["median"] / small["median"]
    print(f"ratio {sizes[1]}/{sizes[0]}: {ratio:.2f} (linear would be "
          f"{sizes[1] / sizes[0]:.0f})")
    return results, ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[50, 500], metavar=("SMALL", "BIG"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    kind = ("PDF/A-2b, pikepdf installed: glyph audit and conversion included"
            if pdfa_available() else "plain PDF: pikepdf is not installed")
    print(f"As export builds it (build_report(..., pdfa=None); {kind}): the issue's targets "
          "apply here")
    results, ratio = measure(args.sizes, args.runs, "export")
    big = results[args.sizes[1]]
    ok = (big["median"] <= TIME_TARGET and big["peak_rss"] <= RSS_TARGET
          and ratio <= RATIO_TARGET)
    print(f"targets: {args.sizes[1]} exhibits <= {TIME_TARGET:.0f} s and <= "
          f"{RSS_TARGET / 1e6:.0f} MB, ratio <= {RATIO_TARGET:.0f}: {'MET' if ok else 'NOT MET'}")
    if pdfa_available():
        print("\nPlain PDF (pdfa=False), for information")
        measure(args.sizes, args.runs, "plain")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
