"""Crash-safe file writes: a reader sees the old file or the new one, never a torn one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import StorageError


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
    """Turn an OSError into a message a non-technical user can act on."""
    if exc.errno == errno.ENOSPC:
        return StorageError(f"The disk is full: could not write {what}. Free some space and retry.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(f"Not allowed to write {what}: the folder is read-only or protected.")
    return StorageError(f"Could not write {what}: {exc.strerror or exc}")


@contextlib.contextmanager
def atomic_writer(path: Path, what: str = "the file") -> Iterator[BinaryIO]:
    """Yield a temp file beside ``path``; on success fsync it and rename it into place.

    On any error the temp file is removed and ``path`` is untouched.
    """
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise storage_error(exc, what) from exc
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


def write_atomic(path: Path, data: bytes, what: str = "the file") -> None:
    with atomic_writer(path, what) as fh:
        fh.write(data)
