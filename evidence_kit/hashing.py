"""Hashing helpers shared by ingest, export and verification."""

from __future__ import annotations

import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any


class ParallelHash:
    """Feed a hash on a worker thread, at most one chunk behind the caller.

    hashlib releases the GIL on large buffers, so on two cores the slowest digest
    (SHA-512 at ingest, SHA-256 when verifying) no longer adds to the wall time.
    Use as a context manager so the worker thread is always joined.
    """

    def __init__(self, name: str) -> None:
        self._digest: Any = hashlib.new(name)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"hash-{name}")
        self._pending: Future[None] | None = None

    def update(self, chunk: bytes) -> None:
        if self._pending is not None:
            self._pending.result()
        self._pending = self._pool.submit(self._digest.update, chunk)

    def hexdigest(self) -> str:
        if self._pending is not None:
            self._pending.result()
            self._pending = None
        return self._digest.hexdigest()

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def __enter__(self) -> ParallelHash:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _limit_malloc_arenas() -> None:
    """glibc gives each thread its own heap arena; with 1 MiB buffers passed between the
    hashing, XOR and pipe threads, freed memory piles up per arena and peak RSS climbs
    under CPU contention. Two arenas keep large streams in bounded memory."""
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-8, 2)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass


_limit_malloc_arenas()
