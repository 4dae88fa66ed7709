"""Trusted signer keys: own key export, trust/relabel/untrust, identify, and the CLI handlers.

The exported .pub must work with the real ``minisign -V`` (legal teams verify with it), and keys
made by the real ``minisign -G`` must be trustable here; both run the installed binary.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from argparse import Namespace
from pathlib import Path

import pytest

from evidence_kit import custody, minisign, trust
from evidence_kit.cli import cmd_keys
from evidence_kit.errors import InvalidInput, NotFound
from evidence_kit.vault import Vault

MINISIGN = shutil.which("minisign") or "/usr/bin/minisign"


def other_key() -> tuple[minisign.SecretKey, str]:
    secret = minisign.SecretKey.generate()
    return secret, minisign.format_public_key(secret.public_key(), "someone else")


def actions(vault: Vault) -> list[tuple[str, dict[str, str]]]:
    return [(e["action"], json.loads(e["details"])) for e in custody.events(vault.db)]


# -- own key ------------------------------------------------------------------------------


def test_own_public_key_matches_the_vault_signer(vault: Vault) -> None:
    pk = trust.own_public_key(vault)
    assert pk.key_id == vault.key_id
    assert pk.raw == vault.public_key.public_bytes_raw()
    assert pk.key_id_hex == vault.key_id[::-1].hex().upper()
    assert pk.fingerprint.startswith(pk.key_id_hex) and len(pk.fingerprint) == 20


def test_export_parse_round_trip(vault: Vault) -> None:
    text = trust.export_public_key_text(vault)
    first, second, *rest = text.split("\n")
    pk = trust.own_public_key(vault)
    assert first == (f"untrusted comment: Evidence Kit signer: Test field team "
                     f"({pk.short_fingerprint})")
    assert second == pk.to_base64() and rest == [""]
    assert minisign.parse_public_key(text) == pk


def test_export_comment_stays_one_line(vault: Vault) -> None:
    vault.label = "Team\nwith a newline " + "x" * 2000
    text = trust.export_public_key_text(vault)
    assert len(text.splitlines()) == 2
    assert minisign.parse_public_key(text) == trust.own_public_key(vault)
    vault.label = ""
    assert "Evidence Kit signer: " in trust.export_public_key_text(vault)


def test_real_minisign_verifies_with_the_exported_key(vault: Vault, tmp_path: Path) -> None:
    data = tmp_path / "tagmanifest-sha256.txt"
    data.write_bytes(b"0123abcd  bagit.txt\n" * 50)
    secret = minisign.SecretKey(vault.key_id, vault.signer)
    sig = tmp_path / "tagmanifest-sha256.txt.minisig"
    sig.write_text(minisign.sign_file(secret, data, "dossier D-1 case C1"), encoding="utf-8")
    pub = tmp_path / "signer.pub"
    pub.write_text(trust.export_public_key_text(vault), encoding="utf-8")

    ok = subprocess.run([MINISIGN, "-Vm", str(data), "-x", str(sig), "-p", str(pub)],
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "dossier D-1 case C1" in ok.stdout

    data.write_bytes(data.read_bytes() + b"extra line\n")
    bad = subprocess.run([MINISIGN, "-Vm", str(data), "-x", str(sig), "-p", str(pub)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode != 0


def test_key_made_by_real_minisign_is_trusted_and_identified(vault: Vault,
                                                              tmp_path: Path) -> None:
    pub, sec = tmp_path / "partner.pub", tmp_path / "partner.key"
    subprocess.run([MINISIGN, "-G", "-W", "-p", str(pub), "-s", str(sec)],
                   capture_output=True, check=True, stdin=subprocess.DEVNULL)
    doc = tmp_path / "receipt.txt"
    doc.write_text("received\n", encoding="utf-8")
    subprocess.run([MINISIGN, "-S", "-s", str(sec), "-m", str(doc), "-t", "receipt"],
                   capture_output=True, check=True, stdin=subprocess.DEVNULL)
    sig_text = (tmp_path / "receipt.txt.minisig").read_text(encoding="utf-8")
    key_id = minisign.parse_signature(sig_text).key_id

    assert trust.identify(vault, key_id).trusted is False
    trust.trust_key(vault, pub.read_text(encoding="utf-8"), "Partner NGO")
    who = trust.identify(vault, key_id)
    assert (who.label, who.trusted, who.own) == ("Partner NGO", True, False)
    key = trust.public_key_for(vault, key_id)
    assert key is not None
    assert minisign.verify(key, doc, sig_text).trusted_comment == "receipt"


# -- trust, relabel, list, untrust ----------------------------------------------------------


def test_trust_relabel_list_untrust(vault: Vault) -> None:
    secret, text = other_key()
    fp = secret.public_key().fingerprint

    key = trust.trust_key(vault, text, "  Field   team B ")
    assert (key.label, key.fingerprint) == ("Field team B", fp)
    assert key.public_key == secret.public_key()
    assert [k.label for k in trust.list_trusted(vault)] == ["Field team B"]

    again = trust.trust_key(vault, text, "Field team B (Kharkiv)")
    assert again.label == "Field team B (Kharkiv)" and again.added_at == key.added_at
    assert [k.label for k in trust.list_trusted(vault)] == ["Field team B (Kharkiv)"]

    _, text2 = other_key()
    trust.trust_key(vault, text2, "accountability lab")
    assert [k.label for k in trust.list_trusted(vault)] == [
        "accountability lab", "Field team B (Kharkiv)"]

    removed = trust.untrust_key(vault, secret.public_key().short_fingerprint.lower())
    assert removed.fingerprint == fp
    assert [k.label for k in trust.list_trusted(vault)] == ["accountability lab"]
    assert trust.identify(vault, secret.key_id).trusted is False

    logged = [a for a in actions(vault) if a[0].startswith("key-")]
    assert logged[:2] == [("key-trusted", {"fingerprint": fp})] * 2
    assert logged[-1] == ("key-untrusted", {"fingerprint": fp})
    assert "Field team" not in json.dumps(actions(vault))  # labels stay out of custody
    assert custody.verify_chain(vault.db, vault.public_key).ok


@pytest.mark.parametrize("label", ["", "   ", "\n"])
def test_empty_label_is_refused(vault: Vault, label: str) -> None:
    _, text = other_key()
    with pytest.raises(InvalidInput, match="label"):
        trust.trust_key(vault, text, label)
    assert trust.list_trusted(vault) == []


def test_garbage_key_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="minisign"):
        trust.trust_key(vault, "untrusted comment: x\nnot base64 at all\n", "X")


def test_same_key_id_different_key_is_refused(vault: Vault) -> None:
    secret, text = other_key()
    trust.trust_key(vault, text, "Genuine")
    impostor = minisign.SecretKey.generate()
    forged = minisign.PublicKey(secret.key_id, impostor.public_key().raw)
    with pytest.raises(InvalidInput, match="different key"):
        trust.trust_key(vault, minisign.format_public_key(forged), "Genuine")
    assert trust.public_key_for(vault, secret.key_id) == secret.public_key()


def test_own_key_cannot_be_trusted_impersonated_or_untrusted(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="own key"):
        trust.trust_key(vault, trust.export_public_key_text(vault), "Me")
    fake = minisign.PublicKey(vault.key_id, minisign.SecretKey.generate().public_key().raw)
    with pytest.raises(InvalidInput, match="impersonate"):
        trust.trust_key(vault, minisign.format_public_key(fake), "Me")
    with pytest.raises(InvalidInput, match="own key"):
        trust.untrust_key(vault, trust.own_public_key(vault).fingerprint)


def test_untrust_unknown_or_malformed_fingerprint(vault: Vault) -> None:
    with pytest.raises(NotFound):
        trust.untrust_key(vault, "0000 1111 2222 3333 4444")
    with pytest.raises(InvalidInput, match="not a key fingerprint"):
        trust.untrust_key(vault, "1234")


# -- identify ------------------------------------------------------------------------------


def test_identify_own_trusted_unknown(vault: Vault) -> None:
    own = trust.identify(vault, vault.key_id)
    assert (own.label, own.trusted, own.own) == ("Test field team", True, True)
    assert own.fingerprint == trust.own_public_key(vault).fingerprint
    assert own.short_fingerprint == trust.own_public_key(vault).short_fingerprint

    secret, text = other_key()
    unknown = trust.identify(vault, secret.key_id)
    assert (unknown.label, unknown.trusted, unknown.own) == (None, False, False)
    assert unknown.fingerprint == secret.public_key().key_id_hex
    assert trust.public_key_for(vault, secret.key_id) is None

    trust.trust_key(vault, text, "Partner")
    known = trust.identify(vault, secret.key_id)
    assert (known.label, known.trusted, known.own) == ("Partner", True, False)
    assert known.fingerprint == secret.public_key().fingerprint


def test_trusted_keys_survive_reopening(vault: Vault, passphrase: str) -> None:
    secret, text = other_key()
    trust.trust_key(vault, text, "Partner")
    vault.lock()
    reopened = Vault.open(vault.folder, passphrase)
    try:
        assert trust.identify(reopened, secret.key_id).label == "Partner"
    finally:
        reopened.lock()


# -- CLI handlers ----------------------------------------------------------------------------


def _add(sub, name, handler, help_text, common, json_flag=False):  # mirrors cli.main._add
    parser = sub.add_parser(name, help=help_text, parents=[common])
    parser.set_defaults(handler=handler)
    if json_flag:
        parser.add_argument("--json", action="store_true")
    return parser


def _group(sub, name, help_text):  # mirrors cli.main._group
    parser = sub.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name}_command", required=True)


@pytest.fixture
def run(vault: Vault, passphrase_file: Path, capsys: pytest.CaptureFixture[str]):
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", default=str(vault.folder))
    common.add_argument("--passphrase-file", default=str(passphrase_file))
    parser = argparse.ArgumentParser(parents=[common])
    cmd_keys.register(parser.add_subparsers(dest="command", required=True), common,
                      _add, _group)

    def invoke(*argv: str) -> tuple[int, str]:
        capsys.readouterr()
        args = parser.parse_args(["key", *argv])
        code = args.handler(args)
        return code, capsys.readouterr().out

    return invoke


def test_cli_show(run, vault: Vault) -> None:
    pk = trust.own_public_key(vault)
    code, out = run("show")
    assert code == 0
    assert "Test field team" in out and pk.short_fingerprint in out and pk.to_base64() in out
    code, out = run("show", "--json")
    data = json.loads(out)
    assert data["fingerprint"] == pk.fingerprint and data["public_key"] == pk.to_base64()
    assert minisign.parse_public_key(data["public_key_file"]) == pk


def test_cli_export_refuses_overwrite_without_force(run, vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "owner.pub"
    assert run("export", str(target))[0] == 0
    assert minisign.parse_public_key(target.read_text()) == trust.own_public_key(vault)
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already exists"):
        run("export", str(target))
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run("export", str(target), "--force")[0] == 0
    assert minisign.parse_public_key(target.read_text()) == trust.own_public_key(vault)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_cli_trust_list_untrust(run, tmp_path: Path) -> None:
    secret, text = other_key()
    pub = tmp_path / "partner.pub"
    pub.write_text(text, encoding="utf-8")
    fp = secret.public_key().short_fingerprint

    code, out = run("trust", str(pub), "--label", "Partner NGO")
    assert code == 0 and f"Trusted Partner NGO ({fp})" in out and "another channel" in out
    code, out = run("trust", str(pub), "--label", "Partner NGO (Lviv)")
    assert code == 0 and "Updated label" in out

    code, out = run("list")
    assert code == 0 and "Partner NGO (Lviv)" in out and fp in out and "own key" in out
    code, out = run("list", "--json")
    rows = json.loads(out)
    assert [(r["label"], r["own"]) for r in rows] == [
        ("Test field team", True), ("Partner NGO (Lviv)", False)]

    code, out = run("untrust", *fp.split())
    assert code == 0 and "No longer trusted" in out
    assert len(json.loads(run("list", "--json")[1])) == 1


def test_cli_trust_bad_files(run, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        run("trust", str(tmp_path / "missing.pub"), "--label", "X")
    big = tmp_path / "big.pub"
    big.write_bytes(b"A" * (cmd_keys.MAX_PUB_FILE_BYTES + 1))
    with pytest.raises(InvalidInput, match="too large"):
        run("trust", str(big), "--label", "X")
    binary = tmp_path / "binary.pub"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidInput, match="not text"):
        run("trust", str(binary), "--label", "X")


def test_cli_handlers_take_plain_namespaces(vault: Vault, passphrase_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    args = Namespace(vault=str(vault.folder), passphrase_file=str(passphrase_file), json=False)
    assert cmd_keys.cmd_key_list(args) == 0
    assert trust.own_public_key(vault).short_fingerprint in capsys.readouterr().out
