"""Run every benchmark and print one table: operation, ours, peer, ratio, target, result.

    python bench/run_all.py            # full sizes (about 5-10 minutes on 2 cores)
    python bench/run_all.py --quick    # smaller inputs, for a first look

Each benchmark is its own script (ingest, aes_zip, dossier, report, ui when present),
run in a fresh process so start-up and peak memory are measured honestly. Their own
output is shown in full; the closing table collects every line that states a target
and a PASS/FAIL verdict.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICT = re.compile(r"\b(PASS|FAIL|MET|MISSED)\b")


def _plan(quick: bool) -> list[tuple[str, list[str]]]:
    plan = [
        ("ingest", ["--size-mib", "256" if quick else "1024"]),
        ("aes_zip", ["128" if quick else "512"]),
        ("dossier", ["--size-mib", "256" if quick else "1024",
                     "--photos", "100" if quick else "500"]),
        ("report", []),
    ]
    if (HERE / "ui.py").is_file():
        plan.append(("ui", []))
    return plan


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    args = parser.parse_args()
    verdicts: list[tuple[str, str]] = []
    failures = 0
    for name, extra in _plan(args.quick):
        print(f"\n=== bench/{name}.py {' '.join(extra)}", flush=True)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *extra],
                              capture_output=True, text=True, timeout=3600)
        print(proc.stdout + proc.stderr, end="")
        print(f"--- {name}: {time.perf_counter() - started:.1f}s, exit {proc.returncode}")
        if proc.returncode not in (0, 1):
            failures += 1
            verdicts.append((name, f"did not finish (exit {proc.returncode})  FAIL"))
        for line in proc.stdout.splitlines():
            if VERDICT.search(line):
                verdicts.append((name, " ".join(line.split())))
    print("\n=== Summary: every measured target")
    width = max((len(n) for n, _ in verdicts), default=5)
    for name, line in verdicts:
        print(f"{name.ljust(width)}  {line}")
    missed = sum(1 for _, line in verdicts if "FAIL" in line or "MISSED" in line)
    print(f"\n{len(verdicts) - missed} target(s) met, {missed} missed.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
