"""Start-up: the window appears before heavy libraries load; entry points; no Qt in the core."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_kit.cli import session
from evidence_kit.header import HEADER_NAME
from evidence_kit.vault import MIN_PASSPHRASE_CHARS
from ui import unlock_view

BIN = Path(sys.executable).parent


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("EVIDENCE_KIT_VAULT", None)
    return env


def test_window_shown_before_heavy_libraries(tmp_path: Path) -> None:
    script = BIN / "evidence-kit-gui"
    assert script.is_file(), "pip install -e . creates the evidence-kit-gui script"
    proc = subprocess.run([str(script), "--smoke-test", "--vault", str(tmp_path / "v")],
                          capture_output=True, text=True, timeout=120, env=_env())
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["heavy_loaded"] == [], report
    assert "Traceback" not in proc.stderr


def test_core_never_imports_qt() -> None:
    code = ("import sys, evidence_kit.cli.main, evidence_kit.thumbnails, "
            "evidence_kit.exhibit_query, evidence_kit.cli.cmd_gui; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'ui'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=_env())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_gui_subcommand_is_registered() -> None:
    proc = subprocess.run([str(BIN / "evidence-kit"), "gui", "--help"], capture_output=True,
                          text=True, timeout=120, env=_env())
    assert proc.returncode == 0 and "--demo" in proc.stdout


def test_first_screen_constants_match_the_core(monkeypatch: pytest.MonkeyPatch) -> None:
    assert unlock_view.HEADER_NAME == HEADER_NAME
    assert unlock_view.MIN_PASSPHRASE_CHARS == MIN_PASSPHRASE_CHARS
    monkeypatch.delenv("EVIDENCE_KIT_VAULT", raising=False)
    assert unlock_view.default_vault_folder() == session.default_vault_dir()


def _no_screen_env() -> dict[str, str]:
    env = _env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


@pytest.mark.parametrize("command", [["evidence-kit-gui"], ["evidence-kit", "gui", "--demo"]])
def test_no_screen_says_so_in_one_line(command: list[str], tmp_path: Path) -> None:
    """Linux without a display: one readable line and exit 2, not Qt's abort (134) and dump."""
    if not sys.platform.startswith("linux"):
        pytest.fail("this check is for Linux, where Qt aborts without a display")
    proc = subprocess.run([str(BIN / command[0]), *command[1:], "--vault", str(tmp_path / "v")],
                          capture_output=True, text=True, timeout=120, env=_no_screen_env())
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "No screen found" in lines[0], proc.stderr
    assert "evidence-kit demo" in lines[0] and "Traceback" not in proc.stderr


def test_has_screen_rules() -> None:
    from evidence_kit.screen import has_screen

    assert not has_screen({}, "linux")
    assert has_screen({"DISPLAY": ":0"}, "linux")
    assert has_screen({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_screen({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert has_screen({}, "win32") and has_screen({}, "darwin")


def test_demo_opens_straight_onto_the_demo_case(tmp_path: Path) -> None:
    """`evidence-kit-gui --demo` (the README's first command), offscreen: the demo case is
    open when the app reports ready, and it quits by itself (--smoke-test)."""
    proc = subprocess.run([str(BIN / "evidence-kit-gui"), "--demo", "--smoke-test"],
                          capture_output=True, text=True, timeout=180,
                          env=_env(XDG_CONFIG_HOME=str(tmp_path / "config"),
                                   XDG_DATA_HOME=str(tmp_path / "data")))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    from evidence_kit.resources import resource

    title = json.loads(resource("demo", "case.json").read_text(encoding="utf-8"))["case"]["title"]
    assert report["case"] == title, report
    assert "Traceback" not in proc.stderr


def test_a_bug_in_a_slot_shows_one_readable_line(monkeypatch) -> None:
    import sys

    from evidence_kit.errors import InvalidInput
    from ui.app import _install_excepthook

    shown: list[tuple[str, str]] = []

    class Messages:
        def show_message(self, text: str, kind: str) -> None:
            shown.append((text, kind))

    class Window:
        messages = Messages()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.delenv("EVIDENCE_KIT_DEBUG", raising=False)
    _install_excepthook(Window())
    error = InvalidInput("The folder {folder} does not exist.", folder="/nowhere")
    sys.excepthook(InvalidInput, error, None)
    assert shown == [("The folder /nowhere does not exist.", "error")]
