"""Read-ahead and write-behind: order, bounded memory, errors crossing threads, shutdown."""

from __future__ import annotations

import threading
import time

import pytest

from evidence_kit.pipeline import ReadAhead, WriteBehind


def test_read_ahead_yields_in_order_then_none_for_good() -> None:
    with ReadAhead(iter([b"a", b"b", b"c"])) as ahead:
        assert [ahead.next() for _ in range(5)] == [b"a", b"b", b"c", None, None]


def test_a_producer_error_reaches_the_consumer_after_the_items_before_it() -> None:
    def produce():
        yield 1
        yield 2
        raise OSError("disk read failed")

    with ReadAhead(produce()) as ahead:
        assert (ahead.next(), ahead.next()) == (1, 2)
        with pytest.raises(OSError, match="disk read failed"):
            ahead.next()
        assert ahead.next() is None


def test_the_producer_runs_at_most_depth_items_ahead() -> None:
    produced: list[int] = []

    def produce():
        for n in range(100):
            produced.append(n)
            yield n

    with ReadAhead(produce(), depth=3) as ahead:
        time.sleep(0.3)
        # three queued, one more made and waiting for room
        assert len(produced) <= 4
        assert ahead.next() == 0
        time.sleep(0.3)
        assert len(produced) <= 5


def test_close_stops_an_endless_producer_and_finalises_it() -> None:
    finalised = threading.Event()

    def produce():
        try:
            while True:
                yield b"x"
        finally:
            finalised.set()

    ahead = ReadAhead(produce(), depth=1)
    assert ahead.next() == b"x"
    start = time.monotonic()
    ahead.close()
    assert time.monotonic() - start < 2
    assert finalised.is_set()


def test_write_behind_coalesces_small_writes_and_keeps_order() -> None:
    received: list[bytes] = []
    behind = WriteBehind(received.append, block=64)
    pieces = [bytes([n]) * (n % 7 + 1) for n in range(200)] + [b"B" * 500, b"tail"]
    for piece in pieces:
        assert behind.write(piece) == len(piece)
    behind.close()
    assert b"".join(received) == b"".join(pieces)
    assert all(len(block) >= 64 for block in received[:-1])
    assert len(received) < len(pieces) / 4


def test_write_behind_passes_large_writes_through_when_nothing_is_buffered() -> None:
    received: list[bytes] = []
    behind = WriteBehind(received.append, block=16)
    behind.write(memoryview(b"0123456789abcdefXYZ"))
    behind.close()
    assert received == [b"0123456789abcdefXYZ"]


def test_a_write_error_is_raised_in_the_writer_and_later_writes_are_dropped() -> None:
    received: list[bytes] = []

    def write(data: bytes) -> None:
        if received:
            raise OSError(28, "No space left on device")
        received.append(data)

    behind = WriteBehind(write, block=4)
    behind.write(b"first")
    with pytest.raises(OSError, match="No space"):
        for _ in range(100):
            behind.write(b"more data")
            time.sleep(0.01)
    with pytest.raises(OSError, match="No space"):
        behind.close()
    assert received == [b"first"]


def test_abort_drops_what_is_buffered() -> None:
    received: list[bytes] = []
    behind = WriteBehind(received.append, block=1024)
    behind.write(b"header")
    behind.abort()
    assert received == []
