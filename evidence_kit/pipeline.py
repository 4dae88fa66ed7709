"""Hand one half of a stream to a worker thread: read-ahead and write-behind.

Decrypting and authenticating a dossier and hashing what it holds are two halves of one
stream, as are reading evidence out of the vault and encrypting it into a dossier; with
one half on its own thread they overlap on two cores. Queues are bounded, so memory stays
at a few blocks however large the stream.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

_ITEM, _END, _ERROR = range(3)


class ReadAhead(Generic[T]):
    """``next()`` returns the producer's items in order, ``None`` at its end, and raises
    (in the consumer's thread) whatever the producer raised."""

    def __init__(self, source: Iterator[T], depth: int = 2) -> None:
        self._queue: queue.Queue[tuple[int, object]] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._finished = False
        self._thread = threading.Thread(target=self._run, args=(source,), daemon=True,
                                        name="read-ahead")
        self._thread.start()

    def _run(self, source: Iterator[T]) -> None:
        try:
            for item in source:
                if not self._put((_ITEM, item)):
                    return
            self._put((_END, None))
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, re-raised there
            self._put((_ERROR, exc))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    def _put(self, entry: tuple[int, object]) -> bool:
        """Block while the queue is full, but give up once the consumer has closed."""
        while not self._stop.is_set():
            try:
                self._queue.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def next(self) -> T | None:
        if self._finished:
            return None
        kind, value = self._queue.get()
        if kind == _ITEM:
            return value  # type: ignore[return-value]
        self._finished = True
        if kind == _ERROR:
            raise value  # type: ignore[misc]
        return None

    def close(self) -> None:
        """Stop the producer (after its current item) and wait for its thread."""
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> ReadAhead[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class WriteBehind:
    """A write-only file whose writes run on a worker thread, gathered into blocks.

    Small writes (zip headers) are coalesced into ``block``-sized pieces so the worker's
    per-write costs (encryption set-up, HMAC, a system call) are paid per block. An error
    in the worker (a full disk) is raised by the next ``write`` or by ``close``.
    """

    def __init__(self, write: Callable[[bytes], object], block: int, depth: int = 2) -> None:
        self._write = write
        self._block = block
        self._buffer = bytearray()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="write-behind")
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._write(data)
                except BaseException as exc:  # noqa: BLE001 - re-raised in the writer's thread
                    self._error = exc

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._raise_error()
        n = len(data)
        if not self._buffer and n >= self._block:
            self._queue.put(bytes(data))
        else:
            self._buffer += data
            if len(self._buffer) >= self._block:
                self._queue.put(bytes(self._buffer))
                self._buffer.clear()
        return n

    def close(self) -> None:
        """Write what is buffered, wait for the worker, raise its error if it had one."""
        if self._buffer and self._error is None:
            self._queue.put(bytes(self._buffer))
            self._buffer.clear()
        self.abort()
        self._raise_error()

    def abort(self) -> None:
        """Stop without writing what is still buffered (the output is being abandoned)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error
