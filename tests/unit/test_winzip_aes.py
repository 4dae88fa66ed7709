"""evidence_kit.winzip_aes against the real 7-Zip, both ways, plus tamper and password checks."""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from Cryptodome.Cipher import AES
from Cryptodome.Util import Counter

from evidence_kit import winzip_aes
from evidence_kit.errors import IntegrityError, InvalidInput, WrongPassphrase
from evidence_kit.winzip_aes import FastAESZipFile, add_entry

MIB = 1 << 20
SIZES = [0, 1, 15, 16, 17, MIB - 1, MIB, MIB + 1]
PASSWORD = "correct horse battery staple"
PWD = PASSWORD.encode()


def sevenzip(*args: str | Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("7z")
    if exe is None:
        pytest.fail("7z (p7zip-full) is required for these tests")
    return subprocess.run(
        [exe, *map(str, args)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def ragged(data: bytes) -> Iterator[bytes]:
    """Chunks of awkward sizes, so the keystream is resumed mid-block and mid-segment."""
    sizes = [1, 15, 17, 4095, 70001, MIB]
    pos, i = 0, 0
    while pos < len(data):
        yield data[pos : pos + sizes[i % len(sizes)]]
        pos += sizes[i % len(sizes)]
        i += 1


def write_ours(path: Path, files: dict[str, bytes], force_zip64: bool = True) -> None:
    with FastAESZipFile(path, "w") as zf:
        zf.setpassword(PWD)
        for name, data in files.items():
            add_entry(zf, name, ragged(data), force_zip64=force_zip64)


def read_ours(path: Path, name: str, pwd: bytes = PWD, size: int = MIB) -> bytes:
    out = bytearray()
    with FastAESZipFile(path) as zf:
        zf.setpassword(pwd)
        with zf.open(name) as f:
            while chunk := f.read(size):
                out += chunk
    return bytes(out)


def data_offset(path: Path, name: str) -> int:
    """Where an entry's ciphertext starts: after its local header, salt and verifier."""
    with zipfile.ZipFile(path) as zf:
        start = zf.getinfo(name).header_offset
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", raw[start + 26 : start + 30])
    return start + 30 + name_len + extra_len + 16 + 2


@pytest.mark.parametrize("force_zip64", [True, False], ids=["zip64", "zip32"])
@pytest.mark.parametrize("size", SIZES)
def test_7zip_extracts_what_we_write(tmp_path, size, force_zip64):
    data = os.urandom(size)
    archive = tmp_path / "ours.zip"
    write_ours(archive, {"payload.bin": data}, force_zip64)

    tested = sevenzip("t", f"-p{PASSWORD}", archive)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "Everything is Ok" in tested.stdout
    listing = sevenzip("l", "-slt", f"-p{PASSWORD}", archive).stdout
    assert "AES-256" in listing
    out = tmp_path / "out"
    extracted = sevenzip("x", f"-p{PASSWORD}", f"-o{out}", archive)
    assert extracted.returncode == 0, extracted.stdout + extracted.stderr
    assert (out / "payload.bin").read_bytes() == data


@pytest.mark.parametrize("size", SIZES)
def test_we_read_what_7zip_writes(tmp_path, size):
    data = os.urandom(size)
    (tmp_path / "payload.bin").write_bytes(data)
    archive = tmp_path / "7z.zip"
    made = sevenzip(
        "a", "-tzip", "-mem=AES256", "-mx=0", f"-p{PASSWORD}", archive, tmp_path / "payload.bin"
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert read_ours(archive, "payload.bin") == data
    assert read_ours(archive, "payload.bin", size=4097) == data


def test_many_entries_get_fresh_salts_and_read_back(tmp_path):
    files = {f"f{i}.bin": os.urandom(i * 1000) for i in range(5)}
    archive = tmp_path / "multi.zip"
    write_ours(archive, files)
    raw = archive.read_bytes()
    salts = {raw[data_offset(archive, n) - 18 : data_offset(archive, n) - 2] for n in files}
    assert len(salts) == len(files)
    with FastAESZipFile(archive) as zf:
        zf.setpassword(PWD)
        assert {n: zf.read(n) for n in zf.namelist()} == files  # read(-1): one big chunk
    assert "Everything is Ok" in sevenzip("t", f"-p{PASSWORD}", archive).stdout


def test_stock_pyzipper_interoperates(tmp_path):
    import pyzipper

    data = os.urandom(3 * MIB + 5)
    ours = tmp_path / "ours.zip"
    write_ours(ours, {"a.bin": data})
    with pyzipper.AESZipFile(ours) as zf:
        zf.setpassword(PWD)
        assert zf.read("a.bin") == data
    stock = tmp_path / "stock.zip"
    with pyzipper.AESZipFile(stock, "w", encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(PWD)
        zf.writestr(winzip_aes.stored_entry("a.bin"), data)
    assert read_ours(stock, "a.bin") == data


@pytest.mark.parametrize("writer", ["ours", "7z"])
def test_wrong_password_is_reported(tmp_path, writer):
    archive = tmp_path / "a.zip"
    if writer == "ours":
        write_ours(archive, {"payload.bin": b"secret testimony"})
    else:
        (tmp_path / "payload.bin").write_bytes(b"secret testimony")
        sevenzip("a", "-tzip", "-mem=AES256", f"-p{PASSWORD}", archive, tmp_path / "payload.bin")
    with pytest.raises(WrongPassphrase, match="Wrong password for 'payload.bin'"):
        read_ours(archive, "payload.bin", pwd=b"not the password")


@pytest.mark.parametrize("where", [0, MIB // 2, MIB])
def test_flipped_ciphertext_byte_fails_hmac(tmp_path, where):
    data = os.urandom(MIB + 1)
    archive = tmp_path / "a.zip"
    write_ours(archive, {"payload.bin": data})
    raw = bytearray(archive.read_bytes())
    raw[data_offset(archive, "payload.bin") + where] ^= 0x01
    archive.write_bytes(raw)
    with pytest.raises(IntegrityError, match="Bad HMAC check for 'payload.bin'"):
        read_ours(archive, "payload.bin")


def test_unencrypted_entry_is_refused(tmp_path):
    archive = tmp_path / "plain.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("payload.bin", b"swapped in by an attacker")
    with FastAESZipFile(archive) as zf:
        zf.setpassword(PWD)
        with pytest.raises(IntegrityError, match="not AES-encrypted"):
            zf.read("payload.bin")


def test_missing_password_is_invalid_input(tmp_path):
    archive = tmp_path / "a.zip"
    with FastAESZipFile(archive, "w") as zf, pytest.raises(InvalidInput, match="password"):
        add_entry(zf, "x", [b"data"])
    write_ours(archive, {"x": b"data"})
    with FastAESZipFile(archive) as zf, pytest.raises(InvalidInput, match="password"):
        zf.read("x")


def test_only_winzip_aes_is_accepted(tmp_path):
    with pytest.raises(InvalidInput):
        FastAESZipFile(tmp_path / "a.zip", "w", encryption=None)


def test_add_entry_streams_a_file_object(tmp_path):
    data = os.urandom(2 * MIB + 3)
    archive = tmp_path / "a.zip"
    with FastAESZipFile(archive, "w") as zf:
        zf.setpassword(PWD)
        info = add_entry(zf, "payload.bin", io.BytesIO(data))
    assert info.compress_type == winzip_aes.ZIP_STORED
    assert info.date_time == (1980, 1, 1, 0, 0, 0)
    assert read_ours(archive, "payload.bin", size=999_999) == data


@pytest.mark.parametrize("start_block", [0, 65535, 255 * 65536 - 3, (1 << 40) - 7])
def test_keystream_matches_reference_ctr_far_into_a_stream(start_block):
    """Counter blocks past 1 MiB, 256 MiB and 2^40 blocks, against pycryptodomex's LE CTR."""
    key = os.urandom(32)
    offset = start_block * 16 + 5
    data = os.urandom(MIB + 100_000)  # large enough to take the worker-thread path
    ctr = winzip_aes.WinZipCTR(key)
    ctr._pos = offset
    ours = ctr.apply(data[:70_000], lambda: None) + ctr.apply(data[70_000:], lambda: None)
    counter = Counter.new(128, little_endian=True, initial_value=start_block + 1)
    reference = AES.new(key, AES.MODE_CTR, counter=counter).encrypt(bytes(5) + data)[5:]
    assert ours == reference


@pytest.mark.parametrize("kwargs,crc_written", [
    ({}, False),
    ({"force_wz_aes_version": 2}, False),
    ({"force_wz_aes_version": 1}, True),
    ({"conditionally_include_crc": True, "min_bytes_to_include_crc": 20}, True),
])
def test_crc_is_skipped_only_when_ae2_discards_it(tmp_path, kwargs, crc_written):
    """AE-2 stores CRC 0, so the writer skips computing it; AE-1 must carry a real CRC."""
    data = os.urandom(100_000)
    archive = tmp_path / "crc.zip"
    with FastAESZipFile(archive, "w", encryption_kwargs=kwargs) as zf:
        zf.setpassword(PASSWORD.encode())
        add_entry(zf, "payload.bin", [data])
    with zipfile.ZipFile(archive) as plain:
        stored_crc = plain.getinfo("payload.bin").CRC
    assert stored_crc == (zlib.crc32(data) if crc_written else 0)
    tested = sevenzip("t", f"-p{PASSWORD}", archive)
    assert "Everything is Ok" in tested.stdout, tested.stdout + tested.stderr
