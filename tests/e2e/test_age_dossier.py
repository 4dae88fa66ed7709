"""Issue 10: dossiers encrypted to recipients' age keys, checked with the stock age tools."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from evidence_kit import recipients, signers
from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.errors import InvalidInput, NotFound, WrongPassphrase
from evidence_kit.export import export_dossier
from evidence_kit.trust import export_public_key_text
from evidence_kit.verify import verify_dossier

from .kit import VAULT_PASS, cli, make_vault, one_error_line, run_tool


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
    exported = cli(home, "export", "--case", "1", "--out", tmp_path / "case1",
                   "--recipient", "Legal team", "--allow-missing", *field)
    assert exported.returncode == 0, exported.stderr
    dossier = tmp_path / "case1.age"
    assert dossier.is_file() and Path(str(dossier) + ".minisig").is_file()
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
