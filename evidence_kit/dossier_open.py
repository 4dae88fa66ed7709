"""``open``: verify a dossier and extract it, all or nothing, inside one target folder.

Files are written into a hidden staging folder inside the target while the dossier
streams; only when every check has passed is the bag moved into place. A failure removes
the staging folder, so no half-extracted tree is ever left. Nothing is written outside
the target: member names were already refused unless they are plain relative paths, and
each file is created exclusively, never through a symbolic link.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from .atomic import storage_error
from .errors import InvalidInput, Phrase
from .verify import KeyResolver, VerifyReport, verify_dossier

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | \
    getattr(os, "O_BINARY", 0)


class StagingSink:
    def __init__(self, staging: Path) -> None:
        self.root = staging
        self.bag = ""
        self._fd: int | None = None

    def begin(self, rel_path: str, size: int) -> None:
        del size
        target = self.root / "bag" / rel_path
        if os.path.commonpath([self.root.resolve(), target.parent.resolve()]) != \
                str(self.root.resolve()):
            raise InvalidInput("Refusing to write outside the target folder: {path}",
                               path=rel_path)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._fd = os.open(target, _FLAGS, 0o600)

    def write(self, chunk: bytes) -> None:
        assert self._fd is not None
        view = memoryview(chunk)
        while view:
            view = view[os.write(self._fd, view):]

    def end(self) -> None:
        assert self._fd is not None
        os.fsync(self._fd)
        os.close(self._fd)
        self._fd = None

    def abort(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        shutil.rmtree(self.root, ignore_errors=True)


def _prepare_target(target: Path, needed: int) -> None:
    if target.exists() and not target.is_dir():
        raise InvalidInput("{path} exists and is not a folder.", path=str(target))
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    free = shutil.disk_usage(target).free
    if free < needed + 16 * 1024 * 1024:
        raise InvalidInput("Not enough free space in {folder}: the dossier needs about "
                           "{size} MiB.", folder=str(target), size=needed // (1024 * 1024) + 1)


def open_dossier(path: Path, target: Path, password: str, resolve: KeyResolver,
                 **kwargs: object) -> tuple[VerifyReport, Path | None]:
    """Verify and extract; return the report and the extracted bag folder (None if refused)."""
    path, target = Path(path), Path(target)
    _prepare_target(target, path.stat().st_size if path.exists() else 0)
    staging = target / f".evidence-kit-partial-{uuid.uuid4().hex[:8]}"
    staging.mkdir(mode=0o700)
    sink = StagingSink(staging)
    try:
        report = verify_dossier(path, password, resolve, sink=sink, **kwargs)  # type: ignore[arg-type]
        if not report.intact:
            sink.abort()
            return report, None
        final = target / report.dossier_id
        if final.exists():
            sink.abort()
            raise InvalidInput("{path} already exists; choose an empty folder.",
                               path=str(final))
        os.replace(staging / "bag", final)
        staging.rmdir()
        return report, final
    except OSError as exc:
        sink.abort()
        raise storage_error(exc, Phrase("the files in {folder}", folder=str(target))) from exc
    except BaseException:
        sink.abort()
        raise
