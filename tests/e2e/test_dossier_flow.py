"""A dossier's journey between two organisations, through the API and the real CLI.

Signer identity (UNKNOWN until trusted), the exit codes a script relies on, one-line
errors, ``open``, ``import`` with provenance and a signed receipt that stock minisign
accepts, idempotent import, recognition of exhibits already held, refusal of untrusted
signers, partial exports, atomic export and refusal to overwrite.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_kit import custody, signers, trust
from evidence_kit.cases import add_case
from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_import import import_dossier
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.errors import Cancelled, InvalidInput, StorageError
from evidence_kit.export import export_dossier
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault
from evidence_kit.verify import verdict

from .kit import (
    DEMO,
    DOSSIER_PASS,
    VAULT_PASS,
    cli,
    export,
    make_vault,
    members_of,
    one_error_line,
    payload_of,
    run_tool,
    verify,
)


@dataclass
class Parties:
    root: Path
    field: Path  # the field team's vault folder (demo case 1)
    legal: Path  # the legal team's vault folder (empty)
    field_pub: Path
    legal_pub: Path
    vault_pass: Path
    dossier_pass: Path
    dossier: Path
    dossier_id: str
    dossier_sha256: str

    def vault(self, which: Path) -> Vault:
        return Vault.open(which, VAULT_PASS)

    def args(self, which: Path) -> list[object]:
        return ["--vault", which, "--passphrase-file", self.vault_pass]


@pytest.fixture
def parties(tmp_path: Path) -> Parties:
    field, legal = make_vault(tmp_path / "field", "Field team"), make_vault(tmp_path / "legal",
                                                                             "Legal team")
    case = add_demo_case(field)
    (tmp_path / "out").mkdir()
    result = export(field, case, tmp_path / "out" / "demo.zip")
    (tmp_path / "field.pub").write_text(trust.export_public_key_text(field))
    (tmp_path / "legal.pub").write_text(trust.export_public_key_text(legal))
    (tmp_path / "vault-pass.txt").write_text(VAULT_PASS + "\n")
    (tmp_path / "dossier-pass.txt").write_text(DOSSIER_PASS + "\n")
    field.lock()
    legal.lock()
    return Parties(tmp_path, tmp_path / "field", tmp_path / "legal", tmp_path / "field.pub",
                   tmp_path / "legal.pub", tmp_path / "vault-pass.txt",
                   tmp_path / "dossier-pass.txt", result.path, result.dossier_id, result.sha256)


@pytest.fixture
def legal(parties: Parties) -> Iterator[Vault]:
    vault = parties.vault(parties.legal)
    yield vault
    vault.lock()


class _opened:
    """``with _opened(parties[, folder]) as vault``: open a vault and always lock it."""

    def __init__(self, parties: Parties, folder: Path | None = None) -> None:
        self._folder = folder or parties.legal

    def __enter__(self) -> Vault:
        self._vault = Vault.open(self._folder, VAULT_PASS)
        return self._vault

    def __exit__(self, *exc: object) -> None:
        self._vault.lock()


def _trust_field(vault: Vault, parties: Parties) -> None:
    trust.trust_key(vault, parties.field_pub.read_text(), "Field team")


def _counts(vault: Vault) -> dict[str, int]:
    return {t: vault.db[t].count for t in ("cases", "exhibits", "testimonies", "sources",
                                            "witnesses", "blobs", "dossiers", "custody_events")}


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# -- who signed it -------------------------------------------------------------------------

def test_another_vaults_dossier_is_unknown_until_its_key_is_trusted(parties, legal) -> None:
    report = verify(parties.dossier, legal)
    assert report.intact and not report.ok
    assert report.signer is not None and not report.signer.trusted
    text = verdict(report)
    assert "UNKNOWN" in text and "signed by an UNKNOWN key" in text, text
    _trust_field(legal, parties)
    report = verify(parties.dossier, legal)
    assert report.ok, verdict(report)
    text = verdict(report)
    assert text.startswith("VERIFIED") and "signed by Field team" in text
    assert parties.dossier_sha256 in text
    # Every line of a verified report reads as a success (a lawyer pastes it as is).
    for word in ("UNKNOWN", "FAIL", "update Evidence Kit", "missing", "altered"):
        assert word not in text, f"'{word}' in a verified report:\n{text}"


# -- the command line ----------------------------------------------------------------------

def test_cli_verify_exit_codes(parties: Parties, tmp_path: Path) -> None:
    pw = ["--password-file", parties.dossier_pass]
    home = tmp_path / "home"
    ok = cli(home, "verify", parties.dossier, *pw, *parties.args(parties.field))
    assert ok.returncode == 0 and "VERIFIED" in ok.stdout, ok.stdout + ok.stderr
    assert parties.dossier_sha256 in ok.stdout
    unknown = cli(home, "verify", parties.dossier, *pw, *parties.args(parties.legal))
    assert unknown.returncode == 3 and "UNKNOWN" in unknown.stdout, unknown.stdout
    no_vault = cli(home, "verify", parties.dossier, *pw)
    assert no_vault.returncode == 3 and "UNKNOWN" in no_vault.stdout, no_vault.stdout
    given = cli(home, "verify", parties.dossier, *pw, "--public-key", parties.field_pub)
    assert given.returncode == 0, given.stdout + given.stderr
    data = bytearray(parties.dossier.read_bytes())
    data[len(data) // 2] ^= 0x04
    tampered = tmp_path / "tampered.zip"
    tampered.write_bytes(bytes(data))
    bad = cli(home, "verify", tampered, *pw, *parties.args(parties.field))
    assert bad.returncode == 1 and "FAILED" in bad.stdout, bad.stdout + bad.stderr
    assert "Traceback" not in bad.stdout + bad.stderr


@pytest.mark.parametrize("command", ["verify", "open", "import"])
@pytest.mark.parametrize("problem", ["wrong password", "missing file", "not a dossier",
                                     "a folder", "missing password file"])
def test_cli_errors_are_one_line(parties: Parties, tmp_path: Path, command: str,
                                 problem: str) -> None:
    dossier, password = parties.dossier, parties.dossier_pass
    if problem == "wrong password":
        password = tmp_path / "wrong.txt"
        password.write_text("not the password at all, sorry\n")
    elif problem == "missing file":
        dossier = tmp_path / "nowhere.zip"
    elif problem == "not a dossier":
        dossier = tmp_path / "notes.txt"
        dossier.write_text("just some notes\n")
    elif problem == "a folder":
        dossier = tmp_path / "a-folder.zip"
        dossier.mkdir()
    else:
        password = tmp_path / "no-such-password.txt"
    extra = ["--to", tmp_path / "opened"] if command == "open" else []
    proc = cli(tmp_path / "home", command, dossier, "--password-file", password, *extra,
               *parties.args(parties.legal))
    line = one_error_line(proc)
    assert proc.returncode == 2, (proc.returncode, proc.stdout, line)
    assert line.startswith("evidence-kit: ")
    expected = {"wrong password": "password is not correct", "missing file": "not found",
                "not a dossier": "not an Evidence Kit dossier", "a folder": "is a folder",
                "missing password file": "does not exist"}[problem]
    assert expected in line, line
    assert not (tmp_path / "opened").exists() or not any((tmp_path / "opened").iterdir())


def test_cli_open_extracts_into_the_folder(parties: Parties, tmp_path: Path) -> None:
    target = tmp_path / "opened"
    proc = cli(tmp_path / "home", "open", parties.dossier, "--to", target, "--password-file",
               parties.dossier_pass, *parties.args(parties.field))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"Extracted to {target / parties.dossier_id}" in proc.stdout
    assert [p.name for p in target.iterdir()] == [parties.dossier_id]
    bag = target / parties.dossier_id
    for photo in (DEMO / "photos").glob("*.jpg"):
        assert any(p.read_bytes() == photo.read_bytes() for p in (bag / "data" / "exhibits")
                   .iterdir()), photo.name
    run_tool("bagit.py", "--validate", bag)


def test_cli_import_after_trusting_writes_a_receipt_minisign_accepts(
        parties: Parties, tmp_path: Path) -> None:
    with _opened(parties) as legal:
        _trust_field(legal, parties)
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    proc = cli(tmp_path / "home", "import", parties.dossier, "--password-file",
               parties.dossier_pass, "--receipt-dir", receipts, *parties.args(parties.legal))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "11 item(s) added" in proc.stdout, proc.stdout
    receipt = receipts / f"{parties.dossier_id}.receipt.json"
    assert _files(receipts) == [receipt.name, receipt.name + ".minisig"]
    run_tool("minisign", "-Vm", receipt, "-p", parties.legal_pub)
    document = json.loads(receipt.read_text())
    assert document["dossier_sha256"] == parties.dossier_sha256
    assert document["dossier_id"] == parties.dossier_id
    assert len(document["items"]) == 11
    with _opened(parties) as legal:
        counts = _counts(legal)
        assert (counts["exhibits"], counts["testimonies"], counts["sources"]) == (4, 2, 5)
        actions = [e["action"] for e in custody.events(legal.db)]
        assert actions.count("dossier-imported") == 1
        assert actions.count("exhibit-received") == 4
        assert custody.verify_chain(legal.db, legal.public_key).ok
        originals = {p.read_bytes() for p in (DEMO / "photos").glob("*.jpg")}
        held = {b"".join(legal.read_blob(row["blob_id"])) for row in legal.db["exhibits"].rows}
        assert held == originals
        row = next(legal.db["dossiers"].rows)
        assert (row["direction"], row["file_sha256"]) == ("received", parties.dossier_sha256)
        exhibit = next(legal.db["exhibits"].rows)
        assert parties.dossier_id in exhibit["acquired_how"]
        assert "Field team" in exhibit["received_from"]


def test_importing_the_same_dossier_twice_adds_nothing(parties: Parties, legal: Vault) -> None:
    _trust_field(legal, parties)
    resolve = signers.resolver(legal)
    first = import_dossier(legal, parties.dossier, DOSSIER_PASS, resolve)
    assert len(first.added) == 11 and first.receipt is not None
    counts, blobs = _counts(legal), _files(legal.folder / "blobs")
    assert len(blobs) == 4
    second = import_dossier(legal, parties.dossier, DOSSIER_PASS, resolve)
    assert second.duplicate_dossier and second.added == [] and second.receipt is None
    assert _counts(legal) == counts
    assert _files(legal.folder / "blobs") == blobs
    assert _files(legal.folder / "tmp") == []


def test_a_second_export_of_the_same_items_is_recognised(parties: Parties, legal: Vault) -> None:
    _trust_field(legal, parties)
    resolve = signers.resolver(legal)
    import_dossier(legal, parties.dossier, DOSSIER_PASS, resolve)
    counts, blobs = _counts(legal), _files(legal.folder / "blobs")
    with _opened(parties, parties.field) as field:
        again = export(field, field.db["cases"].get(1), parties.root / "out" / "again.zip")
    result = import_dossier(legal, again.path, DOSSIER_PASS, resolve)
    assert result.added == [] and len(result.already_held) == 11
    assert {k: v for k, v in _counts(legal).items() if k not in ("dossiers", "custody_events")} \
        == {k: v for k, v in counts.items() if k not in ("dossiers", "custody_events")}
    assert _files(legal.folder / "blobs") == blobs


def test_an_exhibit_already_held_with_the_same_bytes_is_recognised(parties: Parties,
                                                                     legal: Vault) -> None:
    _trust_field(legal, parties)
    with _opened(parties, parties.field) as field:
        case_uid = field.db["cases"].get(1)["uid"]
    case = add_case(legal, "Same case, held by the legal team", uid=case_uid)
    ingest_file(legal, case, DEMO / "photos" / "street-grozny.jpg")
    result = import_dossier(legal, parties.dossier, DOSSIER_PASS, signers.resolver(legal))
    assert len(result.already_held) == 1 and result.already_held[0].startswith("E")
    assert len(result.added) == 10
    assert legal.db["exhibits"].count_where("case_id = ?", [case["id"]]) == 4
    assert legal.db["blobs"].count == 4 and len(_files(legal.folder / "blobs")) == 4


def test_import_is_refused_when_the_signer_is_not_trusted(parties: Parties,
                                                          legal: Vault) -> None:
    before, blobs = _counts(legal), _files(legal.folder / "blobs")
    with pytest.raises(InvalidInput) as caught:
        import_dossier(legal, parties.dossier, DOSSIER_PASS, signers.resolver(legal))
    assert "not trusted" in caught.value.message
    assert _counts(legal) == before
    assert _files(legal.folder / "blobs") == blobs == []
    assert _files(legal.folder / "tmp") == []
    assert not list(parties.dossier.parent.glob("*.receipt.json"))


def test_importing_into_the_vault_that_exported_it_is_refused_cleanly(
        parties: Parties, tmp_path: Path) -> None:
    with _opened(parties, parties.field) as field:
        before = _counts(field)
        with pytest.raises(InvalidInput) as caught:
            import_dossier(field, parties.dossier, DOSSIER_PASS, signers.resolver(field))
        assert "exported this dossier itself" in caught.value.message
        assert _counts(field) == before
        assert _files(field.folder / "tmp") == []
    line = one_error_line(cli(tmp_path / "home", "import", parties.dossier, "--password-file",
                              parties.dossier_pass, *parties.args(parties.field)))
    assert "exported this dossier itself" in line


def test_cli_export_of_chosen_items_holds_only_those(parties: Parties, tmp_path: Path) -> None:
    out = tmp_path / "chosen.zip"
    proc = cli(tmp_path / "home", "export", "--case", "1", "--out", out, "--items",
               "E0001,S0001", "--password-file", parties.dossier_pass, "--json",
               "--allow-missing", *parties.args(parties.field))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["items"] == ["E0001", "S0001"] and "password" not in summary
    members = members_of(payload_of(out))
    document = json.loads(next(b for n, b in members.items() if n.endswith("data/dossier.json")))
    assert [e["code"] for e in document["exhibits"]] == ["E0001"]
    assert [s["code"] for s in document["sources"]] == ["S0001"]
    assert document["testimonies"] == []
    exhibits = [n for n in members if "/data/exhibits/" in n]
    assert len(exhibits) == 1 and "/data/exhibits/E0001-" in exhibits[0]
    assert not [n for n in members if "/data/testimonies/" in n]
    report = next(b for n, b in members.items() if n.endswith("/data/report.pdf"))
    assert report.startswith(b"%PDF-")
    with _opened(parties, parties.field) as field:
        assert verify(out, field).ok


def test_cli_export_refuses_to_overwrite_without_force(parties: Parties, tmp_path: Path) -> None:
    out = tmp_path / "existing.zip"
    out.write_bytes(b"an older dossier")
    args = ["export", "--case", "1", "--out", out, "--password-file", parties.dossier_pass,
            "--allow-missing", *parties.args(parties.field)]
    line = one_error_line(cli(tmp_path / "home", *args))
    assert "already exists" in line
    assert out.read_bytes() == b"an older dossier"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    forced = cli(tmp_path / "home", *args, "--force")
    assert forced.returncode == 0, forced.stderr
    with _opened(parties, parties.field) as field:
        assert verify(out, field).ok


@pytest.mark.parametrize("how", ["read error", "crash", "cancel"])
def test_a_failed_export_leaves_no_file(tmp_path: Path, field_vault: Vault,
                                        monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    case = add_case(field_vault, "Video case")
    video = tmp_path / "video.bin"
    video.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    ingest_file(field_vault, case, video)
    before = _counts(field_vault)
    plan = plan_dossier(field_vault, case)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "dossier.zip"
    real, streamed = field_vault.read_blob, []

    def failing(blob_id: str):  # noqa: ANN202 - a chunk iterator
        for number, chunk in enumerate(real(blob_id)):
            if number == 2:
                streamed.append(number)
                raise OSError(5, "Input/output error") if how == "read error" else \
                    RuntimeError("simulated crash")
            yield chunk

    kwargs = {}
    if how == "cancel":
        kwargs["cancel"] = lambda: bool(streamed)
        kwargs["progress"] = lambda done, total: streamed.append(done) if done > 2 << 20 else None
    else:
        monkeypatch.setattr(field_vault, "read_blob", failing)
    expected = {"read error": StorageError, "crash": RuntimeError, "cancel": Cancelled}[how]
    with pytest.raises(expected):
        export_dossier(field_vault, plan, out, DOSSIER_PASS, **kwargs)
    assert streamed, "the failure was not reached midway"
    assert list(out_dir.iterdir()) == [], "a partial dossier was left behind"
    assert _counts(field_vault) == before, "a failed export must not be recorded"


def _small_export_setup(vault: Vault, tmp_path: Path):  # noqa: ANN202
    case = add_case(vault, "Rename case")
    note = tmp_path / "note.txt"
    note.write_text("a short note\n")
    ingest_file(vault, case, note)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    return plan_dossier(vault, case), out_dir / "dossier.zip"


def test_the_export_is_in_the_custody_log_before_the_file_takes_its_name(
        tmp_path: Path, field_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kill between the rename and the record used to leave a dossier nobody logged."""
    plan, out = _small_export_setup(field_vault, tmp_path)
    seen: list[list[str]] = []
    real_replace = os.replace

    def replace(src, dst):  # noqa: ANN001, ANN202
        if Path(dst) == out:
            seen.append([e["action"] for e in custody.events(field_vault.db)
                         if e["item_uid"] == plan.dossier_id])
            assert not out.exists()
        return real_replace(src, dst)

    monkeypatch.setattr("evidence_kit.export.os.replace", replace)
    result = export_dossier(field_vault, plan, out, DOSSIER_PASS)
    assert seen == [["dossier-exported"]]
    assert field_vault.db["dossiers"].get(plan.dossier_id)["file_sha256"] == result.sha256


def test_a_rename_that_fails_is_logged_as_abandoned_and_leaves_nothing(
        tmp_path: Path, field_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    plan, out = _small_export_setup(field_vault, tmp_path)

    def replace(src, dst):  # noqa: ANN001, ANN202
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("evidence_kit.export.os.replace", replace)
    with pytest.raises(StorageError, match="Not allowed to write"):
        export_dossier(field_vault, plan, out, DOSSIER_PASS)
    assert list(out.parent.iterdir()) == []
    events = [e for e in custody.events(field_vault.db) if e["item_uid"] == plan.dossier_id]
    assert [e["action"] for e in events] == ["dossier-exported", "dossier-export-abandoned"]
    assert events[0]["hashes"] == events[1]["hashes"]
    assert json.loads(events[1]["details"])["reason"] == "Permission denied"
    assert custody.verify_chain(field_vault.db, field_vault.public_key).ok


def test_an_export_clears_what_a_killed_export_of_the_same_name_left(
        tmp_path: Path, field_vault: Vault) -> None:
    plan, out = _small_export_setup(field_vault, tmp_path)
    leftover = out.parent / ".dossier.zip.0badc0de.part"
    leftover.write_bytes(b"PK\x03\x04 half of an encrypted dossier")
    past = os.stat(leftover).st_mtime - 3600
    os.utime(leftover, (past, past))
    export_dossier(field_vault, plan, out, DOSSIER_PASS)
    assert [p.name for p in out.parent.iterdir()] == ["dossier.zip"]
