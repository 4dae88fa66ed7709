"""SIGKILL at random moments of every operation that writes: ingest, metadata edit, export,
import and passphrase change. Whatever the moment, the vault opens (with the old or the new
passphrase, never both, never neither), the full check and the custody chain hold, no record
points at a missing blob, orphan blobs are reported as notes only, and no partial dossier
stands under its final name.

Each operation runs for real in a child Python process; the parent waits until it has
started, sleeps a random (seeded) fraction of the operation's measured duration, and kills
it. Set EVIDENCE_KIT_TEST_SEED to replay a failure (every failure message names the seed).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from e2e.kit import DOSSIER_PASS, VAULT_PASS, make_vault, verify

from evidence_kit import cases, trust
from evidence_kit.errors import WrongPassphrase
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault

from .support import open_sound, orphan_blob_files

SEED = int(os.environ.get("EVIDENCE_KIT_TEST_SEED", time.time_ns() % 1_000_000))
NEW_PASS = "a brand new passphrase for the vault"
EDITS = 150  # the edit child edits this many times in a row (each edit is tiny)
PASSWD_CHANGES = 24
BIG = 50 * 1024 * 1024
OPS = ("ingest", "edit", "export", "import", "passwd")

CHILD = r"""
import os, sys, time
from pathlib import Path
from evidence_kit.offline import install_guard
install_guard()
from evidence_kit import signers
from evidence_kit.dossier_import import import_dossier
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.exhibits import update_exhibit
from evidence_kit.export import export_dossier
from evidence_kit.ingest import ingest_file
from evidence_kit.records import get_case
from evidence_kit.vault import Vault

op, folder, arg, old, new, dossier_pass, count = sys.argv[1:8]
folder, count = Path(folder), int(count)
vault = Vault.open(folder, old)
case = get_case(vault.db, 1) if op != "import" else None
print("go", flush=True)
start = time.perf_counter()
if op == "ingest":
    ingest_file(vault, case, Path(arg))
elif op == "edit":
    for n in range(count):
        update_exhibit(vault, case, "E0001", {"description": f"edit {n}"})
elif op == "export":
    export_dossier(vault, plan_dossier(vault, case), Path(arg), dossier_pass)
elif op == "import":
    import_dossier(vault, Path(arg), dossier_pass, signers.resolver(vault),
                   receipt_dir=Path(arg).parent / "receipts")
elif op == "passwd":
    for n in range(count):
        vault.change_passphrase(*((old, new) if n % 2 == 0 else (new, old)))
print(f"done {time.perf_counter() - start}", flush=True)  # one write: a kill cannot split it
"""


@dataclass
class Templates:
    root: Path
    field: Path  # a vault with case 1 holding three ~4 MiB exhibits
    legal: Path  # an empty vault that trusts the field vault's key
    dossier: Path  # the field case, exported
    big: Path  # a 50 MB file to ingest
    exhibits: int
    sent: str  # id of the dossier exported while making the templates
    durations: dict[str, float]


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    from e2e.kit import export

    root = tmp_path_factory.mktemp("kill")
    field = make_vault(root / "field", "Field team")
    case = cases.add_case(field, "Kill-point case", target_body="icc")
    for n in range(3):
        path = root / f"clip-{n}.bin"
        path.write_bytes(os.urandom(4 * 1024 * 1024 + n))
        ingest_file(field, case, path)
    (root / "dossiers").mkdir()
    exported = export(field, case, root / "dossiers" / "field.zip")
    dossier = exported.path
    legal = make_vault(root / "legal", "Legal team")
    trust.trust_key(legal, trust.export_public_key_text(field), "Field team")
    big = root / "big.mp4"
    with big.open("wb") as fh:
        fh.truncate(BIG)
    t = Templates(root, field.folder, legal.folder, dossier, big, field.db["exhibits"].count,
                  exported.dossier_id, {})
    field.lock()
    legal.lock()
    yield t


@dataclass
class Run:
    folder: Path  # the vault under test
    target: Path  # what the child is told to write / read
    killed_mid_operation: bool
    output: str


def _prepare(t: Templates, op: str, work: Path) -> tuple[Path, Path]:
    work.mkdir(parents=True)
    folder = work / "vault"
    shutil.copytree(t.legal if op == "import" else t.field, folder)
    if op == "ingest":
        return folder, t.big
    if op == "export":
        (work / "out").mkdir()
        return folder, work / "out" / "dossier.zip"
    if op == "import":
        (work / "in" / "receipts").mkdir(parents=True)
        shutil.copy2(t.dossier, work / "in" / "field.zip")
        return folder, work / "in" / "field.zip"
    return folder, work


def _started(op: str, folder: Path, target: Path) -> bool:
    """Evidence on disk that the operation itself (not just the process) is under way."""
    if op in ("ingest", "import"):
        return any((folder / "tmp").glob("*.part"))
    if op == "export":
        return any(target.parent.glob(f".{target.name}.*.part")) or target.exists()
    return True


def run_child(t: Templates, op: str, work: Path, delay: float | None) -> Run:
    """Run ``op`` in a child; with a delay, SIGKILL it that long after it began."""
    folder, target = _prepare(t, op, work)
    count = EDITS if op == "edit" else PASSWD_CHANGES
    argv = [sys.executable, "-c", CHILD, op, str(folder), str(target), VAULT_PASS, NEW_PASS,
            DOSSIER_PASS, str(count)]
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    running = True
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "the child did not start within 60 s"
        first = proc.stdout.readline()
        assert first == "go\n", f"child failed before the operation: {first}{proc.stderr.read()}"
        if delay is not None:
            deadline = time.monotonic() + 30
            while not _started(op, folder, target) and proc.poll() is None:
                assert time.monotonic() < deadline, f"{op}: no sign of the operation starting"
                time.sleep(0.001)
            time.sleep(delay)
            running = proc.poll() is None
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    finished = "done" in out  # the kill may still land during interpreter shutdown
    if delay is None or not running:
        assert proc.returncode == 0 and finished, f"{op} failed unkilled: {err}"
    else:
        assert proc.returncode in ((0, -signal.SIGKILL) if finished else (-signal.SIGKILL,)), \
            f"{op} ended with {proc.returncode}: {err}"
    return Run(folder, target, delay is not None and not finished, first + out)


# -- what must hold after each operation ------------------------------------------------------

def _count(vault: Vault, action: str) -> int:
    return vault.db["custody_events"].count_where("action = ?", [action])


# Each check returns a short outcome (tallied and printed) and, for an uninterrupted run
# (``complete``), also asserts that the operation did its whole job.

def check_ingest(t: Templates, run: Run, complete: bool = False) -> str:
    vault = open_sound(run.folder, VAULT_PASS)
    try:
        added = vault.db["exhibits"].count - t.exhibits
        assert added in ((1,) if complete else (0, 1)), added
        assert _count(vault, "exhibit-ingested") == vault.db["exhibits"].count
        if added:
            row = vault.db["exhibits"].get(t.exhibits + 1)
            assert (row["size"], row["original_filename"]) == (BIG, "big.mp4")
            assert sum(len(c) for c in vault.read_blob(row["blob_id"])) == BIG
        return ("added" if added else "nothing") + (" + orphan noted" if orphan_blob_files(
            vault) else "")
    finally:
        vault.lock()


def check_edit(t: Templates, run: Run, complete: bool = False) -> str:
    vault = open_sound(run.folder, VAULT_PASS, orphans_allowed=False)
    try:
        edits = _count(vault, "exhibit-metadata-edited")
        description = vault.db["exhibits"].get(1)["description"]
        expected = "" if edits == 0 else f"edit {edits - 1}"
        # the change and its custody event commit together, or not at all
        assert description == expected, (description, edits)
        assert vault.db["exhibits"].count == t.exhibits
        assert edits == EDITS or not complete, edits
        return "some edits committed" if edits else "no edit committed"
    finally:
        vault.lock()


def check_export(t: Templates, run: Run, complete: bool = False) -> str:
    out = run.target
    strays = [p.name for p in out.parent.iterdir()
              if p != out and not (p.name.startswith(f".{out.name}.") and p.name.endswith(".part"))]
    assert strays == [], f"unexpected files beside the dossier: {strays}"
    vault = open_sound(run.folder, VAULT_PASS, orphans_allowed=False)
    try:
        # the template already holds the export the import runs read
        rows = list(vault.db["dossiers"].rows_where("id != ?", [t.sent]))
        assert len(rows) == _count(vault, "dossier-exported") - 1 <= 1
        temps = [p for p in out.parent.iterdir() if p != out]
        if out.exists():  # under the final name only ever a complete, valid, logged dossier
            report = verify(out, vault)
            assert report.ok, [f"{c.what}: {c.detail}" for c in report.checks if not c.ok]
            assert rows, "a dossier stands under its final name but the vault has no record"
            assert rows[0]["file_sha256"] == report.file_sha256
        elif rows:  # killed between the record and the rename: the finished temp is there
            assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in temps] == \
                [rows[0]["file_sha256"]], "the vault records an export whose file is missing"
        assert vault.db["exhibits"].count == t.exhibits
        assert (rows and out.exists()) or not complete
        return (("recorded " if rows else "") + ("dossier" if out.exists() else "no dossier") +
                (" + temp left" if temps else ""))
    finally:
        vault.lock()


def check_import(t: Templates, run: Run, complete: bool = False) -> str:
    vault = open_sound(run.folder, VAULT_PASS)
    try:
        received = vault.db["dossiers"].count
        assert received == _count(vault, "dossier-imported") <= 1
        # all or nothing: every exhibit of the dossier, or none of them
        assert vault.db["exhibits"].count == (t.exhibits if received else 0)
        assert _count(vault, "exhibit-received") == vault.db["exhibits"].count
        assert vault.db["cases"].count == received
        receipts = run.target.parent / "receipts"
        for path in receipts.iterdir():
            if path.name.endswith(".part"):
                assert path.name.startswith("."), path.name  # a temp, never a final name
                continue
            assert received, f"a receipt {path.name} for a dossier that was not imported"
            if path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
        assert received or not complete
        return ("imported" if received else "nothing") + (" + orphans noted" if orphan_blob_files(
            vault) else "")
    finally:
        vault.lock()


def check_passwd(t: Templates, run: Run, complete: bool = False) -> str:
    opened: list[str] = []
    for passphrase in (VAULT_PASS, NEW_PASS):
        try:
            Vault.open(run.folder, passphrase).lock()
            opened.append(passphrase)
        except WrongPassphrase:
            pass
    assert len(opened) == 1, f"exactly one passphrase must open the vault; opened: {opened}"
    vault = open_sound(run.folder, opened[0], orphans_allowed=False)
    try:
        changes = _count(vault, "passphrase-changed")
        # each change is logged just before the header is replaced, so the log is never
        # behind: the new passphrase works only after at least one logged change
        assert changes <= PASSWD_CHANGES
        assert changes >= 1 or opened[0] == VAULT_PASS, changes
        assert vault.db["exhibits"].count == t.exhibits
        assert changes == PASSWD_CHANGES or not complete
        return "old passphrase opens" if opened[0] == VAULT_PASS else "new passphrase opens"
    finally:
        vault.lock()


CHECKS = {"ingest": check_ingest, "edit": check_edit, "export": check_export,
          "import": check_import, "passwd": check_passwd}


def _elapsed(run: Run) -> float | None:
    """The child's own "done <seconds>", or None when a kill cut that line short."""
    found = re.search(r"^done (\d+\.\d+)$", run.output, re.MULTILINE)
    return float(found.group(1)) if found else None


def duration(t: Templates, op: str, tmp: Path) -> float:
    """Two uninterrupted runs (checked like the others, and for a complete job); the faster
    (warm caches) bounds the first kill delays."""
    if op not in t.durations:
        times = []
        for n in range(2):
            run = run_child(t, op, tmp / f"{op}-full-{n}", None)
            CHECKS[op](t, run, complete=True)
            elapsed = _elapsed(run)
            assert elapsed is not None, f"an uninterrupted {op} printed no time: {run.output!r}"
            times.append(elapsed)
            shutil.rmtree(tmp / f"{op}-full-{n}")
        t.durations[op] = min(times)
        print(f"{op}: an uninterrupted run takes {t.durations[op]:.3f}s")
    return t.durations[op]


def kill_runs(t: Templates, op: str, runs: int, tmp: Path) -> None:
    full = duration(t, op, tmp)
    mid, outcomes = 0, Counter()
    for n in range(runs):
        rng = random.Random(f"{SEED}-{op}-{n}")
        # the first kill early, then half anywhere and half near the end (the commits)
        fraction = (rng.uniform(0.0, 0.3) if n == 0 else rng.uniform(0.0, 1.0) if n % 2 == 0
                    else rng.uniform(0.8, 1.05))
        delay = full * fraction
        context = (f"seed={SEED} op={op} run={n} delay={delay:.4f}s "
                   f"({fraction:.3f} of {full:.3f}s)")
        try:
            run = run_child(t, op, tmp / f"{op}-{n}", delay)
            mid += run.killed_mid_operation
            outcomes[CHECKS[op](t, run)] += 1
        except AssertionError as exc:
            raise AssertionError(f"[{context}; replay with EVIDENCE_KIT_TEST_SEED={SEED}] "
                                 f"{exc}") from exc
        if not run.killed_mid_operation:
            full = _elapsed(run) or full  # follow the machine's current speed
        shutil.rmtree(tmp / f"{op}-{n}")
    print(f"{op}: {mid} of {runs} kills landed mid-operation (seed {SEED}); outcomes: "
          f"{dict(outcomes)}")
    assert mid > 0, (f"seed={SEED} op={op}: no kill landed mid-operation in {runs} runs "
                     f"(operation takes {full:.3f}s)")


@pytest.mark.parametrize("op", OPS)
def test_sigkill_at_random_moments(templates: Templates, op: str, tmp_path: Path) -> None:
    kill_runs(templates, op, 5, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("op", OPS)
def test_sigkill_at_random_moments_many(templates: Templates, op: str, tmp_path: Path) -> None:
    kill_runs(templates, op, 50, tmp_path)


def test_the_checks_catch_a_broken_outcome(templates: Templates, tmp_path: Path) -> None:
    """Control: the same checks fail on a vault a crash could have left broken (an exhibit
    whose blob is gone, and a half-written dossier under the final name)."""
    run = run_child(templates, "export", tmp_path / "broken", None)
    data = run.target.read_bytes()
    run.target.write_bytes(data[: len(data) // 2])
    with pytest.raises(AssertionError):
        check_export(templates, run)
    run.target.unlink()
    vault = Vault.open(run.folder, VAULT_PASS)
    vault.blobs.path_for(vault.db["exhibits"].get(2)["blob_id"]).unlink()
    vault.lock()
    with pytest.raises(AssertionError, match="check_vault problems"):
        check_ingest(templates, run)
