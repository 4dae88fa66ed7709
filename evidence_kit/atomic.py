"""Crash-safe file writes: a reader sees the old file or the new one, never a torn one.

A write goes to a hidden temp beside the target (``.NAME.<random>.part``), locked while it
is written, then fsynced and renamed. A process killed mid-write leaves its temp behind;
the next write of the same name removes such leftovers (old and unlocked only, so never a
temp another process is still writing).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import Phrase, StorageError

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there anyway
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".part"
STALE_AFTER = 120.0  # seconds without a write before an unlocked temp counts as left over


def fsync_dir(path: Path) -> None:
    """Persist a rename: on POSIX the directory entry itself must be flushed."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(exc: OSError, what: str) -> StorageError:
    """Turn an OSError into a message a non-technical user can act on.

    ``what`` names what could not be written: a ``Phrase`` ("the report") so the GUI
    translates it, or a path shown as it is."""
    if exc.errno == errno.ENOSPC:
        return StorageError("The disk is full: could not write {what}. Free some space and "
                            "retry.", what=what)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("Not allowed to write {what}: the folder is read-only or "
                            "protected.", what=what)
    return StorageError("Could not write {what}: {reason}", what=what,
                        reason=exc.strerror or str(exc))


def temp_prefix(path: Path) -> str:
    return f".{Path(path).name}."


def lock_temp(fd: int) -> None:
    """Mark a temp as being written: ``remove_stale_temps`` leaves a locked temp alone."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def remove_stale_temps(path: Path, older_than: float = STALE_AFTER) -> list[Path]:
    """Delete temps that killed writes of ``path`` left beside it; return what went."""
    path = Path(path)
    pattern = re.compile(re.escape(temp_prefix(path)) + r"[A-Za-z0-9_]{8}" +
                         re.escape(TEMP_SUFFIX))
    removed = []
    try:
        candidates = [c for c in path.parent.iterdir() if pattern.fullmatch(c.name)]
    except OSError:
        return removed
    for candidate in candidates:
        if _remove_if_stale(candidate, older_than):
            removed.append(candidate)
    return removed


def _remove_if_stale(candidate: Path, older_than: float) -> bool:
    try:
        fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or time.time() - info.st_mtime < older_than:
            return False
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # still being written
        candidate.unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, what: str = Phrase("the file")) -> Iterator[BinaryIO]:
    """Yield a temp file beside ``path``; on success fsync it and rename it into place.

    On any error the temp file is removed and ``path`` is untouched.
    """
    path = Path(path)
    remove_stale_temps(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX,
                                        dir=path.parent)
    except OSError as exc:
        raise storage_error(exc, what) from exc
    lock_temp(fd)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise storage_error(exc, what) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes, what: str = Phrase("the file")) -> None:
    with atomic_writer(path, what) as fh:
        fh.write(data)
