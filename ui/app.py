"""``evidence-kit-gui``: start the desktop app.

Start-up order matters (issue 6: the window appears before heavy libraries load): only
PySide6 and the light first screen are imported before ``show()``; the core (SQLCipher,
cryptography, Pillow, pyzipper, reportlab) loads on a worker thread when a vault is opened.

Hidden options for tests, CI and the benchmark: ``--smoke-test`` shows the window, prints
one JSON line (time to shown window, which heavy modules were loaded) and quits; with
``--demo`` it first opens the demo case (the README's first command) and names it;
``--screenshot PNG`` opens the demo case and saves a real-window grab.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

STARTED = time.perf_counter()
HEAVY_MODULES = ("reportlab", "pyzipper", "PIL", "cryptography", "sqlcipher3", "sqlite_utils")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="evidence-kit-gui",
        description="Evidence Kit desktop app: organise cases, import evidence, export and "
                    "open signed, encrypted dossiers.")
    parser.add_argument("--demo", action="store_true",
                        help="open the fictional demo case in a throw-away vault")
    parser.add_argument("--vault", metavar="DIR", type=Path,
                        help="vault folder (default: $EVIDENCE_KIT_VAULT or your data folder)")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", metavar="PNG", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _load_fonts() -> None:
    """Bundled fonts (DejaVu/Noto, if shipped in resources/fonts) for Cyrillic and Arabic."""
    from PySide6.QtGui import QFontDatabase

    from evidence_kit.resources import resource

    folder = resource("fonts")
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf"):
                QFontDatabase.addApplicationFont(str(path))


def app_icon() -> object:
    """The application icon (resources/icons/app-<size>.png, drawn from app.svg)."""
    from PySide6.QtGui import QIcon

    from evidence_kit.resources import resource

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = resource("icons", f"app-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _install_excepthook(window: object) -> None:
    """A bug in a slot must not show a traceback to a field activist: one readable line."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from .workers import readable_error  # imported here: 15 ms off the first frame

        if os.environ.get("EVIDENCE_KIT_DEBUG") == "1":
            previous(kind, exc, tb)
        messages = getattr(window, "messages", None)
        if messages is not None:
            messages.show_message(readable_error(exc), "error")

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from evidence_kit.screen import has_screen

    if not has_screen():  # before Qt: without a screen it aborts with a core dump
        from evidence_kit.cli.cmd_gui import require_screen
        from evidence_kit.errors import InvalidInput

        try:
            require_screen()
        except InvalidInput as exc:
            print(f"evidence-kit-gui: {exc.message}", file=sys.stderr)
            return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "evidence-kit"])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Evidence Kit")
    app.setApplicationName("Evidence Kit")
    app.setApplicationDisplayName("Evidence Kit")
    app.setDesktopFileName("evidence-kit")
    from . import i18n  # translators and layout direction before any widget exists

    i18n.install(app)
    app.setWindowIcon(app_icon())
    _load_fonts()
    from .main_window import MainWindow

    if args.smoke_test:  # registered first: fires on the first turn, before the deferred setup
        QTimer.singleShot(0, _report_shown)
    window = MainWindow(args.vault.expanduser() if args.vault else None, defer_setup=True)
    _install_excepthook(window)
    window.show()
    if args.smoke_test and args.demo:
        window.workspace_ready.connect(lambda: _report_ready(
            app, case=window.case["title"] if window.case else None))
        QTimer.singleShot(0, window.start_demo)
    elif args.smoke_test:
        window.setup_finished.connect(lambda: _report_ready(app))
    elif args.screenshot:
        from .screenshot import Screenshotter

        shooter = Screenshotter(window, args.screenshot)
        window.workspace_ready.connect(shooter.workspace_ready)
        QTimer.singleShot(0, window.start_demo)
    elif args.demo:
        QTimer.singleShot(0, window.start_demo)
    else:
        window.unlock_view.focus_first()
    code = app.exec()
    window.shutdown()
    return code


def _report(key: str, **extra: object) -> None:
    with contextlib.suppress(OSError):  # a closed pipe must not keep the app running
        print(json.dumps({key: round(time.perf_counter() - STARTED, 4), "heavy_loaded":
                          sorted(m for m in HEAVY_MODULES if m in sys.modules), **extra},
                         ensure_ascii=False), flush=True)


def _bundle_checks(app: object) -> dict[str, object]:
    """What a broken build (a frozen app missing a plugin or resource) would lose."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from evidence_kit.resources import resource

    from . import i18n

    svg = QIcon(str(resource("icons", "lock.svg"))).pixmap(QSize(22, 22))
    return {"language": i18n.current_language(), "rtl": QApplication.isRightToLeft(),
            "catalogues": i18n.installed_catalogues(),
            "icons": not svg.isNull() and not QApplication.windowIcon().isNull()}


def _report_shown() -> None:
    """Runs on the event loop's first turn: the window is shown (unlock screen)."""
    _report("shown_after_s")


def _report_ready(app: object, **extra: object) -> None:
    """Then the rest of the window (menus, toolbar, worker pool) is built: say when."""
    from PySide6.QtWidgets import QApplication

    try:
        _report("ready_after_s", **_bundle_checks(app), **extra)
    finally:
        QApplication.quit()


if __name__ == "__main__":
    sys.exit(main())
