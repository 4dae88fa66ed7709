"""Shared fixtures: fresh vaults, the demo vault, and two ways to run the command line.

Tests use the insecure fast KDF (set here at import time, before any vault is made);
the calibration itself is tested in tests/unit/test_vault.py with the variable removed.
"""

from __future__ import annotations

import os

os.environ.setdefault("EVIDENCE_KIT_INSECURE_FAST_KDF", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EVIDENCE_KIT_LANG", "en")  # the app in English whatever the locale

import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from evidence_kit.offline import install_guard  # noqa: E402

install_guard()  # every test fails on any network access (issue 9: the offline guarantee)

from evidence_kit.demo import add_demo_case  # noqa: E402
from evidence_kit.records import Record, get_case  # noqa: E402
from evidence_kit.vault import Vault  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEMO_DIR = REPO / "resources" / "demo"
PASSPHRASE = "correct horse battery staple"  # noqa: S105 - a test secret


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    def assert_user_error(self) -> str:
        """Non-zero exit, exactly one line on stderr, no traceback anywhere; returns the line."""
        assert self.code != 0, f"expected a failure, got exit 0; stdout={self.out!r}"
        assert "Traceback" not in self.err + self.out, self.err
        assert len(self.err_lines) == 1, f"expected one stderr line, got: {self.err!r}"
        return self.err_lines[0]


def console_script() -> Path:
    """The installed ``evidence-kit`` entry point beside the running interpreter."""
    script = Path(sys.executable).parent / "evidence-kit"
    if not script.is_file():
        raise RuntimeError(f"{script} is missing: install the project with 'pip install -e .'")
    return script


@pytest.fixture
def cli_script() -> Path:
    return console_script()


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def passphrase_file(tmp_path: Path, passphrase: str) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


@pytest.fixture
def vault(tmp_path: Path, passphrase: str) -> Iterator[Vault]:
    """A fresh, empty, unlocked vault in ``tmp_path / "vault"``; locked at teardown."""
    v = Vault.create(tmp_path / "vault", passphrase, label="Test field team")
    yield v
    v.lock()


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    """The fresh vault holding the built-in demo case (case id 1)."""
    add_demo_case(vault)
    return vault


@pytest.fixture
def demo_case(demo_vault: Vault) -> Record:
    return get_case(demo_vault.db, 1)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    """Run ``evidence_kit.cli.main.main(argv)`` in this process, capturing its output.

    The passphrase and vault variables start unset; a test may set them with monkeypatch.
    """
    from evidence_kit.cli.main import main

    monkeypatch.delenv("EVIDENCE_KIT_PASSPHRASE", raising=False)
    monkeypatch.delenv("EVIDENCE_KIT_VAULT", raising=False)

    def run(*argv: object) -> CliResult:
        capsys.readouterr()
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def run_cli() -> Callable[..., CliResult]:
    """Run the real ``evidence-kit`` console script in a subprocess.

    ``env`` adds variables to this process's environment; a value of None removes one.
    """
    script = console_script()

    def run(*argv: object, env: dict[str, str | None] | None = None,
            cwd: Path | None = None, timeout: float = 120) -> CliResult:
        full_env = dict(os.environ)
        full_env.pop("EVIDENCE_KIT_PASSPHRASE", None)
        full_env.pop("EVIDENCE_KIT_VAULT", None)
        for key, value in (env or {}).items():
            if value is None:
                full_env.pop(key, None)
            else:
                full_env[key] = value
        proc = subprocess.run([str(script), *map(str, argv)], capture_output=True, text=True,
                              env=full_env, cwd=cwd, timeout=timeout,
                              stdin=subprocess.DEVNULL)
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run
