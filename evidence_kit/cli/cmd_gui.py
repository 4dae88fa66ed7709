"""``evidence-kit gui``: start the desktop app from the command line.

The core never imports Qt or ``ui`` (dependencies point one way, ui -> evidence_kit):
this command hands over to the desktop app's own entry point in the same Python, so
every other command (and a machine without a display) is unaffected.

Without a screen (Linux with neither ``$DISPLAY`` nor ``$WAYLAND_DISPLAY``, and no
``$QT_QPA_PLATFORM`` chosen) Qt would abort with a core dump: both entry points say so in
one line first and exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from argparse import Namespace
from pathlib import Path

from evidence_kit.errors import InvalidInput
from evidence_kit.screen import has_screen


def require_screen() -> None:
    """One clear line instead of Qt's abort (exit 134 and a dump) on a machine without one."""
    if not has_screen():
        raise InvalidInput("No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set): the "
                           "desktop app needs one. Use the command line instead, e.g. "
                           "`evidence-kit demo`.")


def cmd_gui(args: Namespace) -> int:
    require_screen()
    argv = ["--demo"] if args.demo else []
    if args.vault:
        argv += ["--vault", str(args.vault)]
    if getattr(sys, "frozen", False):  # the standalone app (build.spec): the GUI program
        gui = Path(sys.executable).with_name("evidence-kit-gui" + Path(sys.executable).suffix)
        os.execv(gui, [str(gui), *argv])  # noqa: S606
    os.execv(sys.executable, [sys.executable, "-m", "ui.app", *argv])  # noqa: S606
    return 0  # not reached


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add) -> None:  # noqa: ANN001 - main's _add
    p = add(sub, "gui", cmd_gui, "start the desktop app", common)
    p.add_argument("--demo", action="store_true",
                   help="open the fictional demo case in a throw-away vault")
