"""Finding bundled resources the same way from a checkout, an install or a frozen app.

The files live in ``resources/`` at the top of the source tree. PyInstaller copies that
folder to ``<bundle>/resources`` (build.spec); a wheel installs it as the package
``evidence_kit_resources`` (pyproject.toml), a namespace package since the folder has no
``__init__.py``. Callers always get a real folder: Qt, reportlab and the demo loader open
the files by path.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = "evidence_kit_resources"
# A file no other project's folder has: tells our resources/ from a stray one (some
# distributions install a top-level "resources" folder into site-packages).
MARKER = "evidence-kit.desktop"
CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """The frozen app's copy, else the checkout's folder, else the installed package."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    for candidate in _unfrozen_candidates():
        if (candidate / MARKER).is_file():
            return candidate
    return CHECKOUT  # nothing found: errors then name the place a checkout would use


def _unfrozen_candidates() -> Iterator[Path]:
    yield CHECKOUT
    spec = importlib.util.find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        yield from (Path(location) for location in spec.submodule_search_locations)


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
