"""Helpers of the dossier end-to-end tests: vaults, exports, the real tools, and taking a
dossier apart and putting a (modified) one back together.

The real tools (7z, minisign, sha256sum, bagit.py) are required: a missing tool fails
the test with a message naming it, it never skips (house rule).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

from evidence_kit import signers
from evidence_kit.cases import add_case
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.envelope import ENTRY_NAME, write_envelope
from evidence_kit.export import ExportResult, export_dossier
from evidence_kit.ingest import ingest_file
from evidence_kit.records import Record
from evidence_kit.vault import Vault
from evidence_kit.verify import VerifyReport, verify_dossier
from evidence_kit.winzip_aes import FastAESZipFile
from evidence_kit.zipcanon import CanonicalZipWriter

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo"
VAULT_PASS = "correct horse battery"
DOSSIER_PASS = "violet harbour granite lantern meadow copper"
CHUNK = 1024 * 1024


# -- the real tools ------------------------------------------------------------------------

def tool(name: str) -> str:
    """Absolute path of a required external tool; fails (never skips) when it is missing."""
    if name == "bagit.py":
        found = Path(sys.executable).parent / "bagit.py"
        assert found.is_file(), f"{found} is missing: install the 'bagit' package in the venv"
        return str(found)
    found_str = shutil.which(name)
    assert found_str, f"the tool '{name}' is not installed (.ci/run installs it); cannot test"
    return found_str


def run_tool(*argv: object, cwd: Path | None = None, check: bool = True,
             timeout: float = 600) -> subprocess.CompletedProcess[str]:
    cmd = [tool(str(argv[0])), *map(str, argv[1:])]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    if check:
        assert proc.returncode == 0, (f"{' '.join(cmd)} failed ({proc.returncode}):\n"
                                      f"{proc.stdout}\n{proc.stderr}")
    return proc


# -- vaults and exports ----------------------------------------------------------------------

def make_vault(folder: Path, label: str = "Field team") -> Vault:
    return Vault.create(folder, VAULT_PASS, label=label)


def small_case(vault: Vault, folder: Path, count: int = 3) -> Record:
    """A case holding ``count`` tiny text exhibits (fast dossiers for many examples)."""
    case = add_case(vault, "Small test case", target_body="icc")
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        path = folder / f"note-{n}.txt"
        path.write_bytes(f"tiny exhibit {n}\n".encode() * (n + 1))
        ingest_file(vault, case, path)
    return case


def export(vault: Vault, case: Record, out: Path, password: str = DOSSIER_PASS,
           **plan_kwargs: object) -> ExportResult:
    plan = plan_dossier(vault, case, **plan_kwargs)  # type: ignore[arg-type]
    return export_dossier(vault, plan, out, password)


def verify(path: Path, vault: Vault | None, password: str = DOSSIER_PASS) -> VerifyReport:
    return verify_dossier(path, password, signers.resolver(vault))


def failed(report: VerifyReport) -> list[str]:
    """'what: detail' of every failed check."""
    return [f"{c.what}: {c.detail}" for c in report.checks if not c.ok]


# -- taking a dossier apart and putting it back together ------------------------------------

def payload_of(dossier: Path, password: str = DOSSIER_PASS) -> bytes:
    """The decrypted inner zip (small dossiers only: it is read into memory)."""
    with FastAESZipFile(dossier) as zf:
        zf.setpassword(password.encode())
        assert zf.namelist() == [ENTRY_NAME]
        return zf.read(ENTRY_NAME)


def members_of(payload: bytes) -> dict[str, bytes]:
    """Name -> bytes of every member of a (trusted, test-made) inner zip, in order."""
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def canonical_zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    writer = CanonicalZipWriter(out)
    for name in sorted(members, key=str.encode):
        writer.add_bytes(name, members[name])
    writer.close()
    return out.getvalue()


def wrap(payload: bytes, out: Path, password: str = DOSSIER_PASS) -> Path:
    """A real AE-2 envelope around ``payload`` (any bytes), written as export writes it."""

    def write(entry) -> None:  # noqa: ANN001 - pyzipper's writable entry
        for start in range(0, len(payload), CHUNK):
            entry.write(payload[start:start + CHUNK])

    with out.open("wb") as fh:
        write_envelope(fh, password, write)
    return out


def tree(root: Path, skip: Iterable[Path] = ()) -> dict[str, tuple[int, int]]:
    """Every path under ``root`` (not following links) -> (mode, size), minus ``skip`` trees."""
    skipped = [Path(p) for p in skip]
    found: dict[str, tuple[int, int]] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if here / d not in skipped]
        for name in dirnames + filenames:
            st = (here / name).lstat()
            found[str((here / name).relative_to(root))] = (st.st_mode, st.st_size)
    return found


# -- the command line --------------------------------------------------------------------

def cli(home: Path, *argv: object, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the installed ``evidence-kit`` with a private HOME and no vault/passphrase env."""
    script = Path(sys.executable).parent / "evidence-kit"
    assert script.is_file(), f"{script} is missing: pip install -e ."
    env = {k: v for k, v in os.environ.items()
           if k not in ("EVIDENCE_KIT_VAULT", "EVIDENCE_KIT_PASSPHRASE", "EVIDENCE_KIT_DEBUG")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    return subprocess.run([str(script), *map(str, argv)], capture_output=True, text=True,
                          env=env, timeout=timeout, stdin=subprocess.DEVNULL)


def one_error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exactly one line on stderr and no traceback; return it."""
    assert proc.returncode != 0, f"expected a failure:\n{proc.stdout}"
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one stderr line, got {proc.stderr!r}"
    return lines[0]
