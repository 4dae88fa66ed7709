"""Where a vault lives by default: one answer for the CLI and the app.

Light on purpose (standard library only): the app's first screen imports it before the
heavy core loads.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

VAULT_ENV = "EVIDENCE_KIT_VAULT"


def default_vault_dir() -> Path:
    """``$EVIDENCE_KIT_VAULT``, else the platform's per-user data folder (never a synced
    Documents folder)."""
    if os.environ.get(VAULT_ENV):
        return Path(os.environ[VAULT_ENV]).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Evidence Kit" / "vault"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Evidence Kit" / "vault"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "evidence-kit" / "vault"
