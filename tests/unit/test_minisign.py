"""evidence_kit.minisign against the real minisign binary (Debian minisign 0.11), both ways."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from evidence_kit import minisign
from evidence_kit.errors import IntegrityError, InvalidInput

MIB = 1 << 20
TC = "timestamp:1764000000\tfile:dossier.zip\tcase:ICC-TEST \u00fc"


def minisign_bin() -> str:
    path = shutil.which("minisign")
    if path is None:
        pytest.fail("the minisign binary is required for these tests (apt install minisign)")
    return path


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [minisign_bin(), *map(str, args)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


@pytest.fixture
def cli_keys(tmp_path: Path) -> tuple[Path, Path]:
    """A key pair made by `minisign -G -W` (no password)."""
    pub, sec = tmp_path / "cli.pub", tmp_path / "cli.key"
    result = run("-G", "-W", "-p", pub, "-s", sec)
    assert result.returncode == 0, result.stderr
    return pub, sec


@pytest.fixture
def ours(tmp_path: Path) -> tuple[minisign.SecretKey, Path]:
    secret = minisign.SecretKey.generate()
    pub = tmp_path / "ours.pub"
    pub.write_text(minisign.format_public_key(secret.public_key()))
    return secret, pub


def make_file(tmp_path: Path, size: int, name: str = "dossier.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(os.urandom(size))
    return path


def cli_sign(sec: Path, message: Path, legacy: bool, tc: str = TC) -> str:
    sig = message.with_name(message.name + (".legacy" if legacy else ".minisig"))
    args = ["-S", "-s", sec, "-m", message, "-x", sig, "-t", tc] + (["-l"] if legacy else [])
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return sig.read_text()


@pytest.mark.parametrize("size", [0, 1, MIB + 1])
def test_our_signature_verifies_with_minisign(tmp_path, ours, size):
    secret, pub = ours
    message = make_file(tmp_path, size)
    sig = tmp_path / "dossier.zip.minisig"
    sig.write_text(minisign.sign_file(secret, message, TC))

    for extra in ([], ["-H"]):  # -H: minisign insists on a prehashed signature
        result = run("-V", *extra, "-m", message, "-p", pub, "-x", sig)
        assert result.returncode == 0, result.stderr
        assert "Signature and comment signature verified" in result.stdout
        assert f"Trusted comment: {TC}" in result.stdout

    inline = run("-V", "-m", message, "-P", secret.public_key().to_base64(), "-x", sig)
    assert inline.returncode == 0, inline.stderr


def test_minisign_rejects_our_signature_on_altered_file(tmp_path, ours):
    secret, pub = ours
    message = make_file(tmp_path, 1000)
    sig = tmp_path / "s.minisig"
    sig.write_text(minisign.sign_file(secret, message, TC))
    data = bytearray(message.read_bytes())
    data[500] ^= 1
    message.write_bytes(data)
    result = run("-V", "-m", message, "-p", pub, "-x", sig)
    assert result.returncode == 1
    assert "Signature verification failed" in result.stderr


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
@pytest.mark.parametrize("size", [0, 17, MIB + 1])
def test_minisign_signature_verifies_in_python(tmp_path, cli_keys, legacy, size):
    pub, sec = cli_keys
    message = make_file(tmp_path, size)
    text = cli_sign(sec, message, legacy)
    pk = minisign.parse_public_key(pub.read_text())

    result = minisign.verify(pk, message, text)
    assert result == minisign.Verified(TC, pk.key_id, prehashed=not legacy)
    assert minisign.parse_signature(text).prehashed is (not legacy)
    # Same answer whether the message comes as a path, an open file, chunks or bytes.
    with message.open("rb") as f:
        assert minisign.verify(pk, f, text) == result
    data = message.read_bytes()
    assert minisign.verify(pk, [data[:5], data[5:]], text) == result
    assert minisign.verify(pk, data, text) == result


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_altered_file_is_reported(tmp_path, cli_keys, legacy):
    pub, sec = cli_keys
    message = make_file(tmp_path, 4096)
    text = cli_sign(sec, message, legacy)
    data = bytearray(message.read_bytes())
    data[-1] ^= 0x80
    with pytest.raises(minisign.FileAltered, match="does not match the file") as exc:
        minisign.verify(minisign.parse_public_key(pub.read_text()), bytes(data), text)
    assert isinstance(exc.value, IntegrityError)


def test_altered_trusted_comment_is_reported(tmp_path, cli_keys):
    pub, sec = cli_keys
    message = make_file(tmp_path, 100)
    text = cli_sign(sec, message, legacy=False)
    forged = text.replace("case:ICC-TEST", "case:ICC-FAKE")
    assert forged != text
    with pytest.raises(minisign.TrustedCommentAltered, match="comment .* altered"):
        minisign.verify(minisign.parse_public_key(pub.read_text()), message, forged)


def test_signature_by_another_key_names_that_key(tmp_path, cli_keys, ours):
    pub, sec = cli_keys
    message = make_file(tmp_path, 100)
    text = cli_sign(sec, message, legacy=False)
    signer = minisign.parse_public_key(pub.read_text())
    trusted = ours[0].public_key()
    with pytest.raises(minisign.WrongSigningKey) as exc:
        minisign.verify(trusted, message, text)
    assert exc.value.key_id == signer.key_id
    assert signer.key_id_hex in exc.value.message
    assert trusted.short_fingerprint in exc.value.message
    assert minisign.parse_signature(text).key_id == signer.key_id


def edit_line(index: int, new: str):
    def mangle(text: str) -> str:
        lines = text.splitlines()
        lines[index] = new.format(line=lines[index])
        return "\n".join(lines) + "\n"

    return mangle


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: "",
        lambda t: "\n".join(t.splitlines()[:3]),
        lambda t: t + "extra line\n",
        edit_line(0, "comment: x"),
        edit_line(2, "comment: x"),
        edit_line(1, "!!not base64!!"),
        edit_line(1, "RVg{line}"),  # shifts the blob: wrong length
        edit_line(3, "AAAA"),
    ],
    ids=[
        "empty",
        "truncated",
        "extra",
        "no-untrusted",
        "no-trusted",
        "bad-b64",
        "bad-len",
        "short-global",
    ],
)
def test_malformed_signature_is_reported(ours, mangle):
    secret, _ = ours
    text = minisign.sign_stream(secret, b"data", TC)
    with pytest.raises(minisign.MalformedSignature) as exc:
        minisign.verify(secret.public_key(), b"data", mangle(text))
    assert isinstance(exc.value, IntegrityError)


def test_unknown_algorithm_is_malformed(ours):
    secret, _ = ours
    lines = minisign.sign_stream(secret, b"data", TC).splitlines()
    blob = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"EX" + blob[2:]).decode()
    with pytest.raises(minisign.MalformedSignature, match="algorithm"):
        minisign.parse_signature("\n".join(lines))


def test_crlf_signature_and_key_files_are_accepted(ours):
    secret, pub = ours
    text = minisign.sign_stream(secret, b"data", TC).replace("\n", "\r\n")
    pk = minisign.parse_public_key(pub.read_text().replace("\n", "\r\n"))
    assert minisign.verify(pk, b"data", text).trusted_comment == TC


def test_legacy_signature_over_limit_is_refused(tmp_path, cli_keys, monkeypatch):
    pub, sec = cli_keys
    message = make_file(tmp_path, 2000)
    text = cli_sign(sec, message, legacy=True)
    pk = minisign.parse_public_key(pub.read_text())
    monkeypatch.setattr(minisign, "LEGACY_MAX_BYTES", 2000)
    assert minisign.verify(pk, message, text).prehashed is False  # exactly at the limit
    monkeypatch.setattr(minisign, "LEGACY_MAX_BYTES", 1999)
    with pytest.raises(InvalidInput, match="legacy"):
        minisign.verify(pk, message, text)


def test_streaming_sign_matches_whole_file_sign(tmp_path, ours):
    secret, _ = ours
    message = make_file(tmp_path, 3 * MIB + 7)
    data = message.read_bytes()
    expected = minisign.sign_file(secret, message, TC, "u")
    chunks = (data[i : i + 12345] for i in range(0, len(data), 12345))
    assert minisign.sign_stream(secret, chunks, TC, "u") == expected
    assert minisign.sign_stream(secret, io.BytesIO(data), TC, "u") == expected
    assert minisign.sign_stream(secret, data, TC, "u") == expected


def test_public_key_file_round_trips(cli_keys):
    pub, _ = cli_keys
    text = pub.read_text()
    pk = minisign.parse_public_key(text)
    comment = text.splitlines()[0].removeprefix("untrusted comment: ")
    assert minisign.format_public_key(pk, comment) == text
    # minisign prints the key id as %PRIX64 (no zero padding) in the comment.
    assert int(comment.rsplit(" ", 1)[1], 16) == int(pk.key_id_hex, 16)
    assert minisign.parse_public_key(text.splitlines()[1]) == pk  # bare base64 line
    assert minisign.parse_public_key(minisign.format_public_key(pk)) == pk


def test_fingerprint_formats():
    pk = minisign.PublicKey(bytes.fromhex("8b7a6f5e4d3c2b1a"), bytes(32))
    assert pk.key_id_hex == "1A2B3C4D5E6F7A8B"  # as minisign prints the id
    expected = hashlib.sha256(bytes(32)).hexdigest()[:20].upper()
    assert pk.fingerprint == expected
    assert pk.short_fingerprint == " ".join(expected[i:i + 4] for i in range(0, 20, 4))


def test_fingerprint_comes_from_the_key_not_the_copyable_key_id():
    genuine = minisign.SecretKey.generate().public_key()
    impostor = minisign.PublicKey(genuine.key_id, minisign.SecretKey.generate().public_key().raw)
    assert impostor.key_id_hex == genuine.key_id_hex
    assert impostor.fingerprint != genuine.fingerprint
    # Our own keys' ids are derived from the key: minisign's printed id starts the fingerprint.
    assert genuine.fingerprint.startswith(genuine.key_id_hex)


@pytest.mark.parametrize("bad", ["", "untrusted comment: x\n", "RWQ=", "not base64 at all"])
def test_bad_public_key_is_invalid_input(bad):
    with pytest.raises(InvalidInput):
        minisign.parse_public_key(bad)


def test_secret_key_round_trips_through_raw_seed(ours):
    secret, _ = ours
    again = minisign.SecretKey.from_raw(secret.to_raw(), secret.key_id)
    assert again.public_key() == secret.public_key()
    assert again.sign(b"m") == secret.sign(b"m")  # Ed25519 is deterministic
    assert secret.to_raw().hex() not in repr(secret)


@pytest.mark.parametrize(
    ("trusted", "untrusted"),
    [
        ("two\nlines", "u"),
        ("carriage\rreturn", "u"),
        ("nul\0", "u"),
        ("ok", "two\nlines"),
        ("x" * (minisign.MAX_TRUSTED_COMMENT_BYTES + 1), "u"),
        ("ok", "x" * (minisign.MAX_UNTRUSTED_COMMENT_BYTES + 1)),
    ],
)
def test_comments_must_be_single_short_lines(ours, trusted, untrusted):
    with pytest.raises(InvalidInput):
        minisign.sign_stream(ours[0], b"data", trusted, untrusted)


def test_longest_comments_are_accepted_by_minisign(tmp_path, ours):
    secret, pub = ours
    message = make_file(tmp_path, 10)
    tc = "t" * minisign.MAX_TRUSTED_COMMENT_BYTES
    sig = tmp_path / "s.minisig"
    sig.write_text(
        minisign.sign_file(secret, message, tc, "u" * minisign.MAX_UNTRUSTED_COMMENT_BYTES)
    )
    result = run("-V", "-m", message, "-p", pub, "-x", sig)
    assert result.returncode == 0, result.stderr
    assert tc in result.stdout
