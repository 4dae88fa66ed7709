"""``evidence-kit gui``: start the desktop app from the command line.

The core never imports Qt at import time: PySide6 and ``ui`` are imported inside the
handler, so every other command (and a machine without a display) is unaffected.
"""

from __future__ import annotations

import argparse
from argparse import Namespace


def cmd_gui(args: Namespace) -> int:
    from ui.app import main as gui_main  # lazily: Qt loads only for this command

    argv = ["--demo"] if args.demo else []
    if args.vault:
        argv += ["--vault", str(args.vault)]
    return gui_main(argv)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add) -> None:  # noqa: ANN001 - main's _add
    p = add(sub, "gui", cmd_gui, "start the desktop app", common)
    p.add_argument("--demo", action="store_true",
                   help="open the fictional demo case in a throw-away vault")
