"""The PySide6 desktop app: a thin layer over evidence_kit (issue 6)."""

from . import emit_fix  # noqa: F401 - first: see its docstring (PySide6 6.12.0 emit bug)
