"""Whether the desktop app can show a window here (kept import-free: the app asks it
before its first frame, and every millisecond there is start-up time)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping


def has_screen(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Always off Linux/BSD; there, a display server or an explicit Qt platform plugin
    (``offscreen`` for tests) is needed, or Qt aborts with a core dump."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
