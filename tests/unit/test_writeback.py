"""Early writeback (a dossier's final fsync waits for its last stretch only) and the
inner zip writer's size and CRC checks."""

from __future__ import annotations

import io
import os
import sys
import zlib
from pathlib import Path

import pytest

from evidence_kit import writeback
from evidence_kit.errors import IntegrityError
from evidence_kit.writeback import EarlyWriteback
from evidence_kit.zipcanon import CanonicalZipWriter


class Recorder:
    def __init__(self, result: int = 0) -> None:
        self.calls: list[tuple[int, int, int]] = []
        self.result = result

    def __call__(self, fd: int, offset: int, nbytes: int, flags: int) -> int:
        self.calls.append((offset, nbytes, flags))
        return self.result


def test_writeback_is_started_window_by_window_and_the_bytes_are_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(writeback, "_sync_file_range", lambda: recorder)
    path = tmp_path / "out.bin"
    pieces = [os.urandom(300) for _ in range(10)]
    with path.open("wb") as fh:
        sink = EarlyWriteback(fh, window=1000)
        sink.write(b"HEAD")
        for piece in pieces:
            sink.write(piece)
        sink.seek(0)
        sink.write(b"head")  # a header rewritten in place, as pyzipper does
        sink.seek(0, 2)
        sink.flush()
    assert path.read_bytes() == b"head" + b"".join(pieces)
    flag = writeback.SYNC_FILE_RANGE_WRITE
    assert recorder.calls == [(0, 1204, flag), (1204, 1200, flag)]


def test_a_refused_writeback_is_not_asked_again(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(result=-1)
    monkeypatch.setattr(writeback, "_sync_file_range", lambda: recorder)
    with (tmp_path / "out.bin").open("wb") as fh:
        sink = EarlyWriteback(fh, window=10)
        for _ in range(5):
            sink.write(b"x" * 20)
    assert len(recorder.calls) == 1
    assert (tmp_path / "out.bin").read_bytes() == b"x" * 100


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sync_file_range is Linux's")
def test_the_c_librarys_sync_file_range_is_found_and_accepts_a_real_file(tmp_path: Path) -> None:
    function = writeback._sync_file_range()
    assert function is not None
    with (tmp_path / "out.bin").open("wb") as fh:
        fh.write(b"y" * 4096)
        fh.flush()
        assert function(fh.fileno(), 0, 4096, writeback.SYNC_FILE_RANGE_WRITE) == 0


def test_the_zip_writer_checks_size_always_and_crc_unless_told_not_to() -> None:
    data = b"evidence bytes"
    writer = CanonicalZipWriter(io.BytesIO())
    with pytest.raises(IntegrityError, match="changed while"):
        writer.add("a.txt", len(data), zlib.crc32(data) ^ 1, [data])
    writer.add("b.txt", len(data), zlib.crc32(data) ^ 1, [data], check_crc=False)
    with pytest.raises(IntegrityError, match="changed while"):
        writer.add("c.txt", len(data) + 1, zlib.crc32(data), [data], check_crc=False)
