"""The PySide6 desktop app: a thin layer over evidence_kit (issue 6)."""
