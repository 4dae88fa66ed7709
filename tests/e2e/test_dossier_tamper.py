"""Any change to a dossier makes verification fail, with a message naming what is wrong.

A Hypothesis property flips one byte anywhere in the file; deterministic tests delete, add
and replace files of the bag and re-zip it canonically under a real envelope with the same
password (so only the signed manifests can catch it), re-sign with another key, truncate,
append, feed a non-zip, use a wrong password, and re-pack the envelope with 7-Zip.
"""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from evidence_kit.bag import (
    MANIFESTS,
    SIGNATURE,
    TAG_FILES,
    TAGMANIFEST,
    PayloadFile,
    manifest,
    tag_manifest,
)
from evidence_kit.envelope import OVERHEAD, SALT_LEN, expected_local, expected_tail
from evidence_kit.errors import DossierError, IntegrityError, WrongPassphrase
from evidence_kit.minisign import SecretKey, format_public_key, sign_stream
from evidence_kit.verify import verdict

from .kit import (
    DOSSIER_PASS,
    canonical_zip,
    export,
    failed,
    make_vault,
    members_of,
    payload_of,
    run_tool,
    small_case,
    verify,
    wrap,
)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    """(vault, dossier path, its bytes, its bag members) for a three-exhibit case."""
    root = tmp_path_factory.mktemp("tamper")
    vault = make_vault(root / "vault")
    case = small_case(vault, root / "files")
    result = export(vault, case, root / "small.zip")
    assert verify(result.path, vault).ok, "the untouched dossier must verify"
    yield vault, result.path, result.path.read_bytes(), members_of(payload_of(result.path))
    vault.lock()


def _outcome(path: Path, vault) -> str:  # noqa: ANN001
    """Verify a damaged dossier; assert it is refused with a message; return that message."""
    try:
        report = verify(path, vault)
    except (WrongPassphrase, DossierError, IntegrityError) as exc:
        assert exc.message.strip()
        return f"raised {type(exc).__name__}: {exc.message}"
    assert not report.ok and not report.intact, verdict(report)
    problems = failed(report)
    assert problems, verdict(report)
    first = report.checks[[c.ok for c in report.checks].index(False)]
    assert first.detail.strip(), f"failed check without a reason: {first.what}"
    assert "FAILED" in verdict(report)
    return problems[0]


def _flip(small, tmp_path: Path, position: int, mask: int) -> str:  # noqa: ANN001
    vault, _, original, _ = small
    data = bytearray(original)
    data[position] ^= mask
    damaged = tmp_path / "flipped.zip"
    damaged.write_bytes(bytes(data))
    return _outcome(damaged, vault)


def _assert_header_damage_message(message: str) -> None:
    """Salt and verifier are not authenticated: damage there must not be blamed on the
    password alone. (A changed salt keeps the 2-byte verifier matching once in 65536; the
    HMAC then fails instead.)"""
    if message.startswith("raised WrongPassphrase"):
        assert message == ("raised WrongPassphrase: The dossier password is not correct, "
                           "or the file's header is damaged."), message
    else:
        assert "fails its authentication check" in message, message


def _region(original: bytes, position: int) -> str:
    """Which part of the envelope a position falls in (header sizes are fixed below 2 GiB)."""
    local, tail = len(expected_local(0)), len(expected_tail(0))
    parts = [("local header", local), ("salt", SALT_LEN), ("verifier", 2),
             ("ciphertext", len(original) - local - OVERHEAD - tail), ("hmac", 10)]
    start = 0
    for name, length in parts:
        if position < start + length:
            return name
        start += length
    return "directory"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_flipping_any_byte_is_detected(small, data) -> None:
    original = small[2]
    position = data.draw(st.integers(0, len(original) - 1), label="position")
    mask = data.draw(st.integers(1, 255), label="xor mask")
    region = _region(original, position)
    event(region)
    message = _flip(small, small[1].parent, position, mask)
    if region in ("salt", "verifier"):
        _assert_header_damage_message(message)
    event(message.split(":")[0][:60])


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_flipping_any_byte_is_detected_many(small, data) -> None:
    original = small[2]
    position = data.draw(st.integers(0, len(original) - 1), label="position")
    _flip(small, small[1].parent, position, data.draw(st.integers(1, 255)))


def test_flips_at_every_landmark(small, tmp_path: Path) -> None:
    """First and last byte of every region of the envelope, deterministically."""
    original = small[2]
    local = len(expected_local(0))
    tail = len(expected_tail(0))
    end = len(original)
    positions = [0, 3, 4, 8, 14, 26, local - 1, local, local + SALT_LEN - 1, local + SALT_LEN,
                 local + SALT_LEN + 1, local + SALT_LEN + 2, end - tail - 11, end - tail - 10,
                 end - tail - 1, end - tail, end - tail + 20, end - 22, end - 1]
    for position in positions:
        for mask in (0x01, 0x80, 0xFF):
            message = _flip(small, tmp_path, position, mask)
            if _region(original, position) in ("salt", "verifier"):
                _assert_header_damage_message(message)


# -- re-zipped bags: only the signed manifests can tell --------------------------------------

def _exhibit(members: dict[str, bytes]) -> str:
    return sorted(n for n in members if "/data/exhibits/" in n)[0]


def _rewrapped(tmp_path: Path, members: dict[str, bytes], name: str = "modified.zip") -> Path:
    return wrap(canonical_zip(members), tmp_path / name)


def test_rewrapping_the_untouched_bag_still_verifies(small, tmp_path: Path) -> None:
    """Control: the helpers themselves produce a dossier identical to export's."""
    vault, path, original, members = small
    again = _rewrapped(tmp_path, members)
    assert verify(again, vault).ok
    assert len(again.read_bytes()) == len(original)


def _failed_text(path: Path, vault) -> str:  # noqa: ANN001
    report = verify(path, vault)
    assert not report.intact and not report.ok, verdict(report)
    return "\n".join(failed(report))


def test_deleting_a_payload_file_is_named_missing(small, tmp_path: Path) -> None:
    vault, _, _, members = small
    victim = _exhibit(members)
    changed = {n: b for n, b in members.items() if n != victim}
    text = _failed_text(_rewrapped(tmp_path, changed), vault)
    rel = victim.split("/", 1)[1]
    assert f"{rel}: missing" in text, text


def test_adding_a_payload_file_is_named_extra(small, tmp_path: Path) -> None:
    vault, _, _, members = small
    bag = next(iter(members)).split("/")[0]
    changed = {**members, f"{bag}/data/exhibits/E0099-planted.txt": b"not from the sender\n"}
    text = _failed_text(_rewrapped(tmp_path, changed), vault)
    assert "data/exhibits/E0099-planted.txt: extra file" in text, text


@pytest.mark.parametrize("new", [b"same length!", b"", b"x" * 5000], ids=["short", "empty", "long"])
def test_replacing_a_payload_file_is_named_altered(small, tmp_path: Path, new: bytes) -> None:
    vault, _, _, members = small
    victim = _exhibit(members)
    if new == b"same length!":
        new = bytes(b ^ 0x20 for b in members[victim])
    text = _failed_text(_rewrapped(tmp_path, {**members, victim: new}), vault)
    assert f"{victim.split('/', 1)[1]}: altered" in text, text


@pytest.mark.parametrize("tag", ["bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
                                 "bagit.txt"])
def test_replacing_a_tag_file_is_named_altered(small, tmp_path: Path, tag: str) -> None:
    vault, _, _, members = small
    name = next(n for n in members if n.endswith("/" + tag))
    text = _failed_text(_rewrapped(tmp_path, {**members, name: members[name] + b"\n"}), vault)
    assert f"{tag}: altered" in text, text


@pytest.mark.parametrize("tag", [*TAG_FILES, TAGMANIFEST, SIGNATURE])
def test_deleting_a_tag_file_is_named_missing(small, tmp_path: Path, tag: str) -> None:
    vault, _, _, members = small
    changed = {n: b for n, b in members.items() if not n.endswith("/" + tag)}
    assert len(changed) == len(members) - 1
    text = _failed_text(_rewrapped(tmp_path, changed), vault)
    assert tag in text and "missing" in text, text


def _rebag(members: dict[str, bytes], signer: SecretKey | None, *,
           replace_key: bool = False) -> dict[str, bytes]:
    """Recompute manifests and tag manifest (as a forger would); re-sign with ``signer``."""
    bag = next(iter(members)).split("/")[0]
    rel = {n.split("/", 1)[1]: b for n, b in members.items()}
    if replace_key and signer is not None:
        rel["data/signer.pub"] = format_public_key(signer.public_key()).encode()
    payload = [PayloadFile(p, len(b), hashlib.sha256(b).hexdigest(), hashlib.sha512(b).hexdigest())
               for p, b in rel.items() if p.startswith("data/")]
    for algo, name in MANIFESTS.items():
        rel[name] = manifest(payload, algo).encode()
    info = [line for line in rel["bag-info.txt"].decode().splitlines()
            if not line.startswith("Payload-Oxum")]
    info.append(f"Payload-Oxum: {sum(f.size for f in payload)}.{len(payload)}")
    rel["bag-info.txt"] = ("\n".join(info) + "\n").encode()
    rel[TAGMANIFEST] = tag_manifest({n: hashlib.sha256(rel[n]).hexdigest()
                                     for n in TAG_FILES}).encode()
    if signer is not None:
        rel[SIGNATURE] = sign_stream(signer, rel[TAGMANIFEST], f"dossier:{bag}\tforged").encode()
    return {f"{bag}/{p}": b for p, b in rel.items()}


def test_consistent_manifests_without_a_new_signature_fail_the_signature(
        small, tmp_path: Path) -> None:
    vault, _, _, members = small
    victim = _exhibit(members)
    forged = _rebag({**members, victim: b"forged evidence\n"}, None)
    text = _failed_text(_rewrapped(tmp_path, forged), vault)
    assert "signature of the tag manifest" in text and "does not match" in text, text


def test_resigned_with_another_key_is_not_accepted(small, tmp_path: Path) -> None:
    vault, _, _, members = small
    victim = _exhibit(members)
    forged = _rebag({**members, victim: b"forged evidence\n"}, SecretKey.generate())
    report = verify(_rewrapped(tmp_path, forged), vault)
    assert not report.ok and not report.intact
    text = "\n".join(failed(report))
    assert "signature of the tag manifest" in text and "not available" in text, text


def test_resigned_with_another_key_and_its_pub_is_unknown(small, tmp_path: Path) -> None:
    vault, _, _, members = small
    victim = _exhibit(members)
    forged = _rebag({**members, victim: b"forged evidence\n"}, SecretKey.generate(),
                    replace_key=True)
    report = verify(_rewrapped(tmp_path, forged), vault)
    assert not report.ok and report.signer is not None and not report.signer.trusted
    text = verdict(report)
    assert "UNKNOWN" in text, text
    # The custody excerpt is signed by the real sender: the forger cannot re-sign it.
    assert not report.intact
    assert "custody events are intact" in "\n".join(failed(report)), text


# -- damaged files, wrong passwords, other tools ----------------------------------------------

@pytest.mark.parametrize("keep", [1, 0.5, 100, 30, 0], ids=["minus-1", "half", "100", "30", "0"])
def test_a_truncated_dossier_is_refused(small, tmp_path: Path, keep: float) -> None:
    vault, _, original, _ = small
    size = len(original) - 1 if keep == 1 else int(len(original) * keep) if keep < 1 else keep
    damaged = tmp_path / "truncated.zip"
    damaged.write_bytes(original[:size])
    message = _outcome(damaged, vault)
    assert any(w in message for w in ("truncated", "canonical", "not an Evidence Kit")), message


@pytest.mark.parametrize("extra", [b"\x00", b"PK\x05\x06" + bytes(18), b"x" * 4096])
def test_appended_bytes_are_refused(small, tmp_path: Path, extra: bytes) -> None:
    vault, _, original, _ = small
    damaged = tmp_path / "appended.zip"
    damaged.write_bytes(original + extra)
    message = _outcome(damaged, vault)
    assert "canonical" in message, message


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\nnot a zip\n", b"PK\x03\x04" + bytes(40)],
                         ids=["empty", "pdf", "zip-magic-only"])
def test_a_non_dossier_is_refused_with_one_clear_message(small, tmp_path: Path,
                                                        content: bytes) -> None:
    vault = small[0]
    path = tmp_path / "not-a-dossier.zip"
    path.write_bytes(content)
    message = _outcome(path, vault)
    assert "not an Evidence Kit dossier" in message, message


def test_a_plain_zip_is_not_a_dossier(small, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "plain.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    message = _outcome(path, small[0])
    assert "not an Evidence Kit dossier" in message, message


def test_a_wrong_password_says_so(small) -> None:
    vault, path, _, _ = small
    with pytest.raises(WrongPassphrase) as caught:
        verify(path, vault, password=DOSSIER_PASS + "x")
    assert "password is not correct" in caught.value.message


def test_an_envelope_repacked_by_7zip_is_refused_as_not_canonical(small, tmp_path: Path) -> None:
    vault, path, original, _ = small
    inner = tmp_path / "payload.zip"
    inner.write_bytes(payload_of(path))
    repacked = tmp_path / "repacked.zip"
    run_tool("7z", "a", "-tzip", "-mem=AES256", "-mx=0", f"-p{DOSSIER_PASS}", repacked, inner)
    # 7-Zip made a valid archive of the very same payload...
    run_tool("7z", "t", f"-p{DOSSIER_PASS}", repacked)
    assert repacked.read_bytes() != original
    message = _outcome(repacked, vault)
    assert "canonical" in message, message


def test_the_inner_zip_repacked_by_7zip_is_refused(small, tmp_path: Path) -> None:
    """Same bag, inner zip re-made by 7-Zip (stored), wrapped in a genuine envelope."""
    vault, path, _, members = small
    staging = tmp_path / "bag"
    for name, data in members.items():
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_bytes(data)
    inner = tmp_path / "inner.zip"
    bag = next(iter(members)).split("/")[0]
    run_tool("7z", "a", "-tzip", "-mx=0", inner, bag, cwd=staging)
    message = _outcome(wrap(inner.read_bytes(), tmp_path / "rewrapped.zip"), vault)
    assert "canonical" in message or "not match" in message, message
    assert zlib.crc32(inner.read_bytes()) != zlib.crc32(payload_of(path))
