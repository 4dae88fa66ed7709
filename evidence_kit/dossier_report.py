"""A dossier's report (``data/report.pdf``) read while the dossier is verified, in memory.

Legal teams open a dossier to read it: the desktop app shows the report's pages without
extracting anything. The report's bytes are caught as the dossier streams past (one
pass: decrypt, hash, verify) and kept in memory only, never written to disk; they are
handed back only when the dossier is intact (every file matches the signed manifest).
"""

from __future__ import annotations

from pathlib import Path

from .verify import KeyResolver, VerifyReport, verify_dossier

REPORT_PATH = "data/report.pdf"  # evidence_kit.export.REPORT_PATH (export is heavy)
MAX_REPORT_BYTES = 64 * 1024 * 1024  # as dossier_read.MAX_KEPT_BYTES


class MemoryCapture:
    """A member sink keeping the named files (each at most ``cap`` bytes) in memory."""

    def __init__(self, wanted: tuple[str, ...] = (REPORT_PATH,),
                 cap: int = MAX_REPORT_BYTES) -> None:
        self.wanted, self.cap = frozenset(wanted), cap
        self.files: dict[str, bytes] = {}
        self._current: str | None = None
        self._parts: list[bytes] = []

    def begin(self, rel_path: str, size: int) -> None:
        self._current = rel_path if rel_path in self.wanted and size <= self.cap else None
        self._parts = []

    def write(self, chunk: bytes) -> None:
        if self._current is not None:
            self._parts.append(bytes(chunk))

    def end(self) -> None:
        if self._current is not None:
            self.files[self._current] = b"".join(self._parts)
        self._current, self._parts = None, []


def verify_with_report(path: Path, password: str, resolve: KeyResolver,
                       **kwargs: object) -> tuple[VerifyReport, bytes | None]:
    """``verify_dossier`` that also returns the report PDF's bytes (None unless the dossier
    is intact and holds a report of at most MAX_REPORT_BYTES)."""
    capture = MemoryCapture()
    report = verify_dossier(path, password, resolve, sink=capture, **kwargs)  # type: ignore[arg-type]
    return report, capture.files.get(REPORT_PATH) if report.intact else None
