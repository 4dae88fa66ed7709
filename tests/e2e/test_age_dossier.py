"""Issue 10: dossiers encrypted to recipients' age keys, checked with the stock age tools."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from evidence_kit import custody, recipients, signers
from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.errors import InvalidInput, NotFound, StorageError, WrongPassphrase
from evidence_kit.export import export_dossier
from evidence_kit.ingest import ingest_file
from evidence_kit.trust import export_public_key_text
from evidence_kit.verify import verify_dossier

from .kit import (
    VAULT_PASS,
    cli,
    make_vault,
    members_of,
    one_error_line,
    payload_of,
    run_tool,
    small_case,
)

AGE_CHUNK = 64 * 1024 + 16  # age's payload chunk with its tag


def _age_keypair(folder: Path, name: str) -> tuple[Path, str]:
    key = folder / f"{name}.key"
    run_tool("age-keygen", "-o", key)
    return key, run_tool("age-keygen", "-y", key).stdout.strip()


def _export_to(vault, case, out: Path, *keys: str):
    plan = plan_dossier(vault, case)
    return export_dossier(vault, plan, out, recipients=list(keys))


def test_stock_age_opens_it_and_the_bag_and_signatures_check(tmp_path, field_vault):
    case = add_demo_case(field_vault)
    key, recipient = _age_keypair(tmp_path, "legal")
    out = tmp_path / "case.dossier.age"
    result = _export_to(field_vault, case, out, recipient)
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n")
    pub = tmp_path / "field.pub"
    pub.write_text(export_public_key_text(field_vault), encoding="utf-8")
    outer = run_tool("minisign", "-Vm", out, "-p", pub)
    assert result.dossier_id in outer.stdout + outer.stderr
    inner = tmp_path / "payload.zip"
    run_tool("age", "-d", "-i", key, "-o", inner, out)
    run_tool("7z", "x", f"-o{tmp_path / 'x'}", inner)
    bag = tmp_path / "x" / result.dossier_id
    run_tool("bagit.py", "--validate", bag)
    run_tool("minisign", "-Vm", bag / "tagmanifest-sha256.txt", "-p", pub)
    run_tool("sha256sum", "-c", "manifest-sha256.txt", cwd=bag)
    report = verify_dossier(out, "", signers.resolver(field_vault),
                            identities=[recipients.own_identity(field_vault)])
    assert report.ok, [c for c in report.checks if not c.ok]
    assert report.checks[0].what == "signature of the encrypted file" and report.checks[0].ok
    assert report.file_sha256 == result.sha256


def test_each_of_two_recipients_can_open_it(tmp_path, field_vault):
    case = add_demo_case(field_vault)
    keys = [_age_keypair(tmp_path, name) for name in ("otp", "iiim")]
    out = tmp_path / "two.age"
    _export_to(field_vault, case, out, *(r for _, r in keys))
    for key, _ in keys:
        run_tool("age", "-d", "-i", key, "-o", tmp_path / f"{key.stem}.zip", out)
        assert (tmp_path / f"{key.stem}.zip").read_bytes().startswith(b"PK\x03\x04")


def test_a_dossier_for_a_cannot_be_opened_by_b(tmp_path, field_vault):
    case = add_demo_case(field_vault)
    other = make_vault(tmp_path / "b-vault", "Team B")
    out = tmp_path / "for-a.age"
    _, recipient = _age_keypair(tmp_path, "a")
    _export_to(field_vault, case, out, recipient)
    with pytest.raises(WrongPassphrase, match="not encrypted to this vault's age key"):
        verify_dossier(out, "", signers.resolver(other),
                       identities=[recipients.own_identity(other)])
    other.lock()
    (tmp_path / "pp").write_text(VAULT_PASS + "\n", encoding="utf-8")
    line = one_error_line(cli(tmp_path / "home", "--vault", tmp_path / "b-vault",
                              "--passphrase-file", tmp_path / "pp", "verify", out))
    assert "not encrypted to this vault's age key" in line


def test_recipient_list_management(tmp_path, field_vault):
    key, recipient = _age_keypair(tmp_path, "legal")
    added = recipients.add_recipient(field_vault, recipient, "ICC OTP evidence unit")
    assert [r.label for r in recipients.list_recipients(field_vault)] == [added.label]
    with pytest.raises(InvalidInput, match="SECRET"):
        recipients.add_recipient(field_vault, key.read_text(), "oops")
    with pytest.raises(InvalidInput, match="not an age"):
        recipients.add_recipient(field_vault, "age1notakey", "bad")
    with pytest.raises(InvalidInput, match="already known"):
        recipients.add_recipient(field_vault, recipient, "again")
    with pytest.raises(InvalidInput, match="own age key"):
        recipients.add_recipient(field_vault, recipients.own_recipient(field_vault), "me")
    assert recipients.resolve(field_vault, ["ICC OTP evidence unit"])[0].recipient == recipient
    recipients.remove_recipient(field_vault, "ICC OTP evidence unit")
    with pytest.raises(NotFound):
        recipients.resolve(field_vault, ["ICC OTP evidence unit"])


def test_cli_export_to_recipient_then_open_and_import(tmp_path):
    home = tmp_path / "home"
    (tmp_path / "pp").write_text(VAULT_PASS + "\n", encoding="utf-8")
    field = ["--vault", tmp_path / "field", "--passphrase-file", tmp_path / "pp"]
    legal = ["--vault", tmp_path / "legal", "--passphrase-file", tmp_path / "pp"]
    assert cli(home, "demo", *field).returncode == 0
    assert cli(home, "init", "--label", "Legal team", *legal).returncode == 0
    assert cli(home, "key", "export", "--age", tmp_path / "legal.age.pub", *legal).returncode == 0
    assert cli(home, "key", "export", tmp_path / "field.pub", *field).returncode == 0
    added = cli(home, "recipient", "add", tmp_path / "legal.age.pub", "--label", "Legal team",
                *field)
    assert added.returncode == 0, added.stderr
    shown = cli(home, "key", "show", "--age", "--json", *legal)
    assert json.loads(shown.stdout)["age_recipient"] == \
        (tmp_path / "legal.age.pub").read_text(encoding="utf-8").splitlines()[-1]
    listed = cli(home, "recipient", "list", "--json", *field)
    assert [r["label"] for r in json.loads(listed.stdout)] == ["Legal team"]
    exported = cli(home, "export", "--case", "1", "--out", tmp_path / "case1",
                   "--recipient", "Legal team", "--allow-missing", *field)
    assert exported.returncode == 0, exported.stderr
    dossier = tmp_path / "case1.dossier.age"
    assert dossier.is_file() and Path(str(dossier) + ".minisig").is_file()
    again = cli(home, "export", "--case", "1", "--out", tmp_path / "case1",
                "--recipient", "Legal team", "--allow-missing", *field)
    assert again.returncode == 2 and "case1.dossier.age already exists" in again.stderr
    named = cli(home, "export", "--case", "1", "--out", tmp_path / "mine.age",
                "--recipient", "Legal team", "--allow-missing", *field)
    assert named.returncode == 0 and (tmp_path / "mine.age").is_file(), named.stderr
    assert "Password" not in exported.stdout
    unknown = cli(home, "verify", dossier, *legal)
    assert unknown.returncode == 3, unknown.stdout + unknown.stderr
    trusted = cli(home, "key", "trust", tmp_path / "field.pub", "--label", "Field", *legal)
    assert trusted.returncode == 0
    assert cli(home, "verify", dossier, *legal).returncode == 0
    opened = cli(home, "open", dossier, "--to", tmp_path / "out", *legal)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    imported = cli(home, "import", dossier, *legal)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "item(s) added" in imported.stdout
    removed = cli(home, "recipient", "remove", "Legal team", *field)
    assert removed.returncode == 0, removed.stderr
    assert json.loads(cli(home, "recipient", "list", "--json", *field).stdout) == []
    gone = cli(home, "export", "--case", "1", "--out", tmp_path / "case2",
               "--recipient", "Legal team", "--allow-missing", *field)
    assert gone.returncode == 2 and "No recipient 'Legal team'" in gone.stderr
    for vault_dir in (tmp_path / "field", tmp_path / "legal"):
        for path in vault_dir.rglob("*"):
            if path.is_file():
                assert b"AGE-SECRET-KEY" not in path.read_bytes().upper(), path


def test_large_file_streams_in_bounded_memory(tmp_path):
    """1 GiB through the age envelope, export and verify each in a child process."""
    big = tmp_path / "big.bin"
    with big.open("wb") as fh:
        fh.truncate(1024 ** 3)
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["EVIDENCE_KIT_INSECURE_FAST_KDF"] = "1"
        from pathlib import Path
        from evidence_kit import recipients, signers
        from evidence_kit.cases import add_case
        from evidence_kit.dossier_plan import plan_dossier
        from evidence_kit.export import export_dossier
        from evidence_kit.ingest import ingest_file
        from evidence_kit.vault import Vault
        from evidence_kit.verify import verify_dossier
        work = Path({str(tmp_path)!r})
        if sys.argv[1] == "export":
            vault = Vault.create(work / "v", {VAULT_PASS!r}, label="Big")
            case = add_case(vault, "Big")
            ingest_file(vault, case, work / "big.bin")
            export_dossier(vault, plan_dossier(vault, case), work / "big.age", recipients=[])
        else:
            vault = Vault.open(work / "v", {VAULT_PASS!r})
            report = verify_dossier(work / "big.age", "", signers.resolver(vault),
                                    identities=[recipients.own_identity(vault)])
            assert report.ok, [c for c in report.checks if not c.ok]
        # VmHWM, not ru_maxrss: Linux carries pytest's peak over fork + exec.
        print(int(next(f.split()[1] for f in open('/proc/self/status')
                      if f.startswith('VmHWM:'))) // 1024)
    """)
    for step in ("export", "verify"):
        proc = subprocess.run([sys.executable, "-c", script, step], capture_output=True,
                              text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
        peak_mib = int(proc.stdout.strip().splitlines()[-1])
        assert peak_mib < 200, f"{step} peaked at {peak_mib} MiB"


def _failing_replace(monkeypatch, suffix: str) -> None:  # noqa: ANN001
    real = os.replace

    def replace(src, dst):  # noqa: ANN001, ANN202
        if str(dst).endswith(suffix):
            raise PermissionError(13, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr("evidence_kit.export.os.replace", replace)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_failed_rename_leaves_no_orphan_signature(tmp_path, field_vault, monkeypatch):
    case = small_case(field_vault, tmp_path / "files", count=1)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _failing_replace(monkeypatch, ".age")
    plan = plan_dossier(field_vault, case)
    with pytest.raises(StorageError, match="Not allowed to write"):
        export_dossier(field_vault, plan, out_dir / "d.dossier.age", recipients=[])
    assert list(out_dir.iterdir()) == [], "neither the dossier nor its signature, nor a temp"
    events = [e for e in custody.events(field_vault.db) if e["item_uid"] == plan.dossier_id]
    assert [e["action"] for e in events] == ["dossier-exported", "dossier-export-abandoned"]
    assert json.loads(events[1]["details"])["reason"] == "Permission denied"


def test_a_failed_overwrite_keeps_the_old_dossier_and_its_signature(
        tmp_path, field_vault, monkeypatch):
    case = small_case(field_vault, tmp_path / "files", count=1)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "d.dossier.age"
    export_dossier(field_vault, plan_dossier(field_vault, case), out, recipients=[])
    before = _snapshot(out_dir)
    assert sorted(before) == ["d.dossier.age", "d.dossier.age.minisig"]
    _failing_replace(monkeypatch, ".age")
    with pytest.raises(StorageError):
        export_dossier(field_vault, plan_dossier(field_vault, case), out, recipients=[],
                       overwrite=True)
    assert _snapshot(out_dir) == before
    pub = tmp_path / "field.pub"
    pub.write_text(export_public_key_text(field_vault), encoding="utf-8")
    run_tool("minisign", "-Vm", out, "-p", pub)  # the old pair still matches


def test_a_failed_signature_rename_leaves_no_mismatched_signature(
        tmp_path, field_vault, monkeypatch):
    case = small_case(field_vault, tmp_path / "files", count=1)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "d.dossier.age"
    export_dossier(field_vault, plan_dossier(field_vault, case), out, recipients=[])
    old = out.read_bytes()
    _failing_replace(monkeypatch, ".minisig")
    with pytest.raises(StorageError, match="minisig"):
        export_dossier(field_vault, plan_dossier(field_vault, case), out, recipients=[],
                       overwrite=True)
    assert [p.name for p in out_dir.iterdir()] == ["d.dossier.age"]
    assert out.read_bytes() != old  # the new dossier is in place, unsigned: verify says so
    report = verify_dossier(out, "", signers.resolver(field_vault),
                            identities=[recipients.own_identity(field_vault)])
    assert not report.intact
    assert [c.what for c in report.checks if not c.ok] == ["signature of the encrypted file"]


@pytest.fixture
def small_age(tmp_path, field_vault):
    """(vault, dossier, its bytes, its signature bytes) of a one-exhibit age dossier."""
    case = small_case(field_vault, tmp_path / "files", count=1)
    (tmp_path / "files" / "noise.bin").write_bytes(os.urandom(200_000))  # several age chunks
    ingest_file(field_vault, case, tmp_path / "files" / "noise.bin")
    out = tmp_path / "small.dossier.age"
    export_dossier(field_vault, plan_dossier(field_vault, case), out, recipients=[])
    return field_vault, out, out.read_bytes(), Path(f"{out}.minisig").read_bytes()


def _verify_own(vault, path: Path):  # noqa: ANN001, ANN202
    return verify_dossier(path, "", signers.resolver(vault),
                          identities=[recipients.own_identity(vault)])


def _failures(report) -> dict[str, str]:  # noqa: ANN001
    return {c.what: c.detail for c in report.checks if not c.ok}


def test_a_missing_outer_signature_is_a_failed_check(small_age):
    vault, out, _, _ = small_age
    Path(f"{out}.minisig").unlink()
    report = _verify_own(vault, out)
    assert not report.intact
    assert "small.dossier.age.minisig is missing" in \
        _failures(report)["signature of the encrypted file"]
    assert list(_failures(report)) == ["signature of the encrypted file"]


def test_an_unknown_sender_is_checked_with_the_enclosed_key(tmp_path, small_age):
    vault, out, _, _ = small_age
    legal = make_vault(tmp_path / "legal", "Legal team")
    try:
        # The legal team can decrypt (the field vault's identity is lent for the test).
        report = verify_dossier(out, "", signers.resolver(legal),
                                identities=[recipients.own_identity(vault)])
        outer = report.checks[0]
        assert outer.what == "signature of the encrypted file" and outer.ok
        assert "UNKNOWN key" in outer.detail and "enclosed in the dossier" in outer.detail
        assert report.intact and not report.ok
        # ...and a signature that does not match fails even then.
        data = bytearray(out.read_bytes())
        data[-1] ^= 1
        (tmp_path / "bad.age").write_bytes(bytes(data))
        Path(f"{tmp_path / 'bad.age'}.minisig").write_bytes(Path(f"{out}.minisig").read_bytes())
        bad = verify_dossier(tmp_path / "bad.age", "", signers.resolver(legal),
                             identities=[recipients.own_identity(vault)])
        assert "which this vault does not know" in \
            _failures(bad)["signature of the encrypted file"]
    finally:
        legal.lock()


@pytest.mark.parametrize("change", ["truncate", "truncate-chunk", "append", "flip-body"])
def test_truncated_or_extended_files_fail_authentication(tmp_path, small_age, change):
    vault, _, data, sig = small_age
    body = data.index(b"\n", data.index(b"\n---")) + 1 + 16  # header, then the nonce
    whole_chunks = body + (len(data) - body) // AGE_CHUNK * AGE_CHUNK  # the last one gone
    changed = {"truncate": data[:-100], "truncate-chunk": data[:whole_chunks],
               "append": data + b"\0\0", "flip-body": data[:-50] + bytes([data[-50] ^ 4]) +
               data[-49:]}[change]
    path = tmp_path / "changed.dossier.age"
    path.write_bytes(changed)
    Path(f"{path}.minisig").write_bytes(sig)
    failures = _failures(_verify_own(vault, path))
    assert "does not match the file" in failures["signature of the encrypted file"]
    assert "fails its authentication check" in \
        failures["dossier decrypts, authenticates and is in canonical form"]


def test_an_altered_header_is_reported_as_altered_not_as_someone_elses(tmp_path, small_age):
    vault, _, data, sig = small_age
    at = data.index(b"X25519 ") + 20  # inside the stanza: no key seems to match any more
    other = b"B" if data[at:at + 1] == b"A" else b"A"  # still valid base64
    path = tmp_path / "header.dossier.age"
    path.write_bytes(data[:at] + other + data[at + 1:])
    Path(f"{path}.minisig").write_bytes(sig)
    failures = _failures(_verify_own(vault, path))
    assert "the file was altered" in \
        failures["dossier decrypts, authenticates and is in canonical form"]
    Path(f"{path}.minisig").unlink()  # without a signature: nothing says it was altered
    with pytest.raises(WrongPassphrase):
        _verify_own(vault, path)


def test_verify_txt_steps_work_as_written_with_the_real_tools(tmp_path, field_vault):
    """The English VERIFY.txt of an age dossier, its commands run one after the other."""
    case = small_case(field_vault, tmp_path / "files", count=2)
    key, recipient = _age_keypair(tmp_path, "legal")
    desk = tmp_path / "desk"
    desk.mkdir()
    out = desk / "case.dossier.age"
    result = export_dossier(field_vault, plan_dossier(field_vault, case), out,
                            recipients=[recipient])
    (desk / "signer.pub").write_text(export_public_key_text(field_vault), encoding="utf-8")
    (desk / "key.txt").write_bytes(key.read_bytes())
    peek = tmp_path / "peek"
    run_tool("age", "-d", "-i", key, "-o", tmp_path / "peek.zip", out)
    run_tool("7z", "x", f"-o{peek}", tmp_path / "peek.zip")
    text = (peek / result.dossier_id / "data" / "VERIFY.txt").read_text(encoding="utf-8")
    english = text.split("=" * 76)[0]
    assert "password" not in english.lower()
    commands = [line.strip() for line in english.splitlines() if line.startswith("  ") and
                line.strip().startswith(("minisign -Vm", "sha256sum", "sha512sum", "age -d",
                                         "7z x", "cd ", "bagit.py"))]
    assert commands[:3] == ["minisign -Vm case.dossier.age -p signer.pub",
                            "sha256sum case.dossier.age",
                            "age -d -i key.txt -o payload.zip case.dossier.age"]
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    proc = subprocess.run(["bash", "-euo", "pipefail", "-c", "\n".join(commands)], cwd=desk,
                          capture_output=True, text=True, env=env, timeout=300,
                          stdin=subprocess.DEVNULL)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert output.count("Signature and comment signature verified") == 2, output
    assert "file:case.dossier.age" in output and result.sha256 in output
    trusted = [line for line in output.splitlines() if line.startswith("Trusted comment:")]
    assert len(trusted) == 2  # the outer signature's, then the tag manifest's
    plan_time = json.loads((peek / result.dossier_id / "data" / "dossier.json").read_text(
        encoding="utf-8"))["created_at"]
    for line in trusted:
        assert f"dossier:{result.dossier_id}\tcase:{case['uid']}\tsigned:{plan_time}" in line
    assert "is valid" in output and "FAILED" not in output


def test_the_dossier_password_is_nowhere_in_the_bag_or_the_vault(tmp_path, field_vault):
    case = small_case(field_vault, tmp_path / "files", count=1)
    password = "quartz meadow lantern violet harbour seven"
    out = tmp_path / "pw.dossier.zip"
    export_dossier(field_vault, plan_dossier(field_vault, case), out, password)
    members = members_of(payload_of(out, password))
    info = next(data for name, data in members.items() if name.endswith("/bag-info.txt"))
    assert b"Contact-Name: Field team\n" in info  # RFC 8493's reserved contact field
    for name, data in members.items():
        for form in (password.encode(), password.upper().encode(),
                     password.encode("utf-16-le")):
            assert form not in data, name
    field_vault.lock()  # everything flushed to disk
    files = [path for path in field_vault.folder.rglob("*") if path.is_file()]
    assert len(files) >= 3  # header, database, a blob
    for path in files:
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path
