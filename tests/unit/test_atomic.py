"""Atomic writes and the temps that killed writes leave behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from evidence_kit.atomic import (
    STALE_AFTER,
    atomic_writer,
    lock_temp,
    remove_stale_temps,
    write_atomic,
)
from evidence_kit.errors import StorageError


def _aged(path: Path, seconds: float = STALE_AFTER + 60) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past))
    return path


def test_old_unlocked_temps_of_the_same_name_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "dossier.zip"
    stale = tmp_path / ".dossier.zip.a1b2c3d4.part"
    stale.write_bytes(b"half a dossier")
    _aged(stale)
    fresh = tmp_path / ".dossier.zip.00ff00ff.part"
    fresh.write_bytes(b"being written right now")
    other_name = tmp_path / ".receipt.json.a1b2c3d4.part"
    other_name.write_bytes(b"")
    _aged(other_name)
    not_ours = tmp_path / ".dossier.zip.notatemp.partial"
    not_ours.write_bytes(b"")
    _aged(not_ours)
    assert remove_stale_temps(target) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, other_name.name, not_ours.name])


def test_a_temp_another_writer_holds_locked_is_left_alone(tmp_path: Path) -> None:
    temp = tmp_path / ".dossier.zip.12345678.part"
    with temp.open("wb") as fh:
        lock_temp(fh.fileno())
        fh.write(b"still writing")
        fh.flush()
        _aged(temp)
        assert remove_stale_temps(tmp_path / "dossier.zip") == []
        assert temp.exists()
    assert remove_stale_temps(tmp_path / "dossier.zip") == [temp]


def test_symlinks_and_folders_named_like_temps_are_not_touched(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / ".dossier.zip.abcdefgh.part"
    link.symlink_to(victim)
    folder = tmp_path / ".dossier.zip.ijklmnop.part"
    folder.mkdir()
    _aged(folder)
    assert remove_stale_temps(tmp_path / "dossier.zip", older_than=0) == []
    assert victim.read_text() == "keep me" and link.is_symlink() and folder.is_dir()


def test_the_next_atomic_write_of_a_name_clears_its_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "receipt.json"
    leftover = tmp_path / ".receipt.json.k1ll3d_x.part"
    leftover.write_bytes(b"{\"half")
    _aged(leftover)
    write_atomic(target, b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["receipt.json"]


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as fh:
        fh.write(b"new, half")
        raise RuntimeError("simulated crash")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_missing_folder_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="Could not write the key file"):
        write_atomic(tmp_path / "no" / "such" / "key.pub", b"x", "the key file")
