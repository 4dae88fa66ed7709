"""Keep sqlite-utils from importing numpy.

sqlite-utils imports numpy whenever it is installed, only to map numpy scalar types to
SQL column types, which this project never stores. numpy is installed because OpenCV
(face detection, loaded only when a photo is checked for faces) needs it, and importing
it with every vault open cost about 17 MB of memory and 0.1 s. While ``sqlite_utils.db``
is executed, numpy is hidden from it (a ``None`` entry in ``sys.modules`` makes its
``import numpy`` fail as if numpy were absent); numpy stays importable for OpenCV.
"""

from __future__ import annotations

import importlib.util
import sys
from importlib.machinery import ModuleSpec
from types import ModuleType

TARGET = "sqlite_utils.db"


class _HideNumpy:
    """A ``sys.meta_path`` finder (no importlib.abc base: importing it cost 4 ms of start-up)."""

    def find_spec(self, name: str, path: object = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name != TARGET:
            return None
        sys.meta_path.remove(self)  # once; the real finders locate the module
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        real_exec = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            hide = "numpy" not in sys.modules
            if hide:
                sys.modules["numpy"] = None  # type: ignore[assignment]
            try:
                real_exec(module)
            finally:
                if hide and sys.modules.get("numpy", ModuleType("numpy")) is None:
                    del sys.modules["numpy"]

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install() -> None:
    """Hide numpy from sqlite-utils, unless either is already imported."""
    if TARGET in sys.modules or "numpy" in sys.modules:
        return
    if not any(isinstance(finder, _HideNumpy) for finder in sys.meta_path):
        sys.meta_path.insert(0, _HideNumpy())
