"""The sealed sent record, ``dossier list`` and checking a recipient's signed receipt
against what was sent (what they acknowledged, and that a trusted key signed it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_kit import recipients, signers, trust
from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_import import import_dossier
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.errors import IntegrityError, NotFound
from evidence_kit.export import export_dossier
from evidence_kit.minisign import sign_stream
from evidence_kit.sent_records import check_receipt, entry_sha256, list_dossiers

from .kit import VAULT_PASS, cli, make_vault, members_of


@pytest.fixture
def exchange(tmp_path: Path, field_vault):
    """Field exports the demo case to Legal's age key; Legal imports it and signs a receipt."""
    legal = make_vault(tmp_path / "legal-vault", "Legal team")
    recipients.add_recipient(field_vault, recipients.own_recipient(legal), "Legal team")
    trust.trust_key(legal, trust.export_public_key_text(field_vault), "Field team")
    case = add_demo_case(field_vault)
    out = tmp_path / "demo.dossier.age"
    result = export_dossier(field_vault, plan_dossier(field_vault, case), out,
                            recipients=[recipients.own_recipient(legal)])
    imported = import_dossier(legal, out, "", signers.resolver(legal),
                              receipt_dir=tmp_path, identities=[recipients.own_identity(legal)])
    assert imported.report.ok and imported.receipt is not None
    yield field_vault, legal, result, imported.receipt
    legal.lock()


def test_the_sent_record_holds_every_items_hash_and_the_recipients(exchange, tmp_path):
    field, legal, result, _ = exchange
    sent = list_dossiers(field)
    assert [(r.id, r.direction) for r in sent] == [(result.dossier_id, "sent")]
    record = sent[0]
    assert record.file_sha256 == result.sha256 and record.envelope == "age"
    assert record.file_name == "demo.dossier.age"
    assert record.recipients == [
        {"label": "Legal team", "recipient": recipients.own_recipient(legal)},
        {"label": "this vault", "recipient": recipients.own_recipient(field)}]
    # The hashes are those of the dossier itself, as a recipient recomputes them.
    document = json.loads(next(
        data for name, data in members_of(payload_of_age(legal, result.path)).items()
        if name.endswith("/data/dossier.json")))
    by_code = {item["code"]: item for item in record.items}
    assert {t["code"] for t in document["testimonies"]} and \
        {s["code"] for s in document["sources"]}
    for entry in document["testimonies"]:
        assert by_code[entry["code"]]["narrative_sha256"] == entry["narrative_sha256"]
    for entry in document["sources"]:
        assert by_code[entry["code"]]["sha256"] == entry_sha256(entry)
    for entry in document["exhibits"]:
        assert by_code[entry["code"]]["sha256"] == entry["sha256"]
    received = list_dossiers(legal, "received")
    assert [r.id for r in received] == [result.dossier_id]
    assert sorted(i["code"] for i in received[0].items) == sorted(by_code)


def payload_of_age(vault, path: Path) -> bytes:  # noqa: ANN001
    import io

    import pyrage
    from pyrage import x25519

    out = io.BytesIO()
    pyrage.decrypt_io(path.open("rb"), out,
                      [x25519.Identity.from_str(recipients.own_identity(vault))])
    return out.getvalue()


def test_a_matching_receipt_from_a_trusted_key_checks(exchange):
    field, legal, result, receipt = exchange
    with pytest.raises(IntegrityError, match="does not trust"):
        check_receipt(field, receipt)
    trust.trust_key(field, trust.export_public_key_text(legal), "Legal team")
    checked = check_receipt(field, receipt)
    assert checked.ok, checked.problems
    assert checked.dossier_id == result.dossier_id and checked.receiver_label == "Legal team"
    assert checked.acknowledged == checked.sent == len(result.items)
    assert checked.signer.startswith("Legal team (")


def _resign(legal, receipt: Path, change) -> Path:  # noqa: ANN001
    data = json.loads(receipt.read_text(encoding="utf-8"))
    change(data)
    raw = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    forged = receipt.with_name("forged.receipt.json")
    forged.write_bytes(raw)
    Path(f"{forged}.minisig").write_text(
        sign_stream(legal.signing_key, raw, "receipt", "forged"), encoding="utf-8")
    return forged


def test_a_receipt_that_differs_from_what_was_sent_is_reported(exchange):
    field, legal, _, receipt = exchange
    trust.trust_key(field, trust.export_public_key_text(legal), "Legal team")

    def change(data) -> None:  # noqa: ANN001
        data["items"][0]["sha256"] = "0" * 64
        data["items"] = [i for i in data["items"] if not i["code"].startswith("S")]
        data["items"].append({"code": "E0999", "sha256": "1" * 64})
        data["dossier_sha256"] = "2" * 64

    checked = check_receipt(field, _resign(legal, receipt, change))
    assert not checked.ok
    text = "\n".join(checked.problems)
    assert "SHA-256 differs" in text
    assert f"{json.loads(receipt.read_text())['items'][0]['code']}: acknowledged with a " \
           "different sha256" in text
    assert "S0001: sent, not acknowledged" in text
    assert "E0999: acknowledged, but not sent" in text


def test_an_altered_or_unknown_receipt_is_refused(exchange):
    field, legal, _, receipt = exchange
    trust.trust_key(field, trust.export_public_key_text(legal), "Legal team")
    receipt.write_bytes(receipt.read_bytes().replace(b"Legal team", b"Legal tean"))
    with pytest.raises(IntegrityError):
        check_receipt(field, receipt)
    unknown = _resign(legal, receipt, lambda data: data.update(dossier_id="EK-20000101-000000"))
    with pytest.raises(NotFound, match="no record of sending"):
        check_receipt(field, unknown)


def test_cli_dossier_list_and_receipt_check(exchange, tmp_path):
    field, legal, result, receipt = exchange
    pub = tmp_path / "legal.pub"
    pub.write_text(trust.export_public_key_text(legal), encoding="utf-8")
    field.lock()
    home = tmp_path / "home"
    (tmp_path / "pp").write_text(VAULT_PASS + "\n", encoding="utf-8")
    args = ["--vault", field.folder, "--passphrase-file", tmp_path / "pp"]
    listed = cli(home, "dossier", "list", "--json", *args)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["direction"], r["envelope"]) for r in rows] == \
        [(result.dossier_id, "sent", "age")]
    human = cli(home, "dossier", "list", *args)
    assert result.dossier_id in human.stdout and "Legal team" in human.stdout
    untrusted = cli(home, "receipt", "check", receipt, *args)
    assert untrusted.returncode == 2 and "does not trust" in untrusted.stderr
    assert cli(home, "key", "trust", pub, "--label", "Legal team", *args).returncode == 0
    checked = cli(home, "receipt", "check", receipt, *args)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith(f"RECEIPT MATCHES: dossier {result.dossier_id}")
    bad = _resign(legal, receipt, lambda data: data["items"].pop())
    mismatch = cli(home, "receipt", "check", bad, "--json", *args)
    assert mismatch.returncode == 1
    assert "sent, not acknowledged" in json.loads(mismatch.stdout)["problems"][0]
