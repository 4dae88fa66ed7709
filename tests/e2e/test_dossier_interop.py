"""A dossier exported from the demo case checks out with standard tools alone.

7-Zip opens both layers, bagit.py validates the bag, minisign accepts the signature,
sha256sum/sha512sum accept the manifests; without the password nothing of the contents
shows; no witness identity travels; the exhibits are the original bytes; each testimony
travels as JSON and as PDF; the export is recorded in the custody log and in the sealed
record of what was sent. The demo case is exported as the CLI and the app export it: with
its report (here in French), which also adds the testimony PDFs.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from evidence_kit import custody, trust
from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.export import attach_report, export_dossier
from evidence_kit.minisign import format_public_key
from evidence_kit.vault import Vault

from .kit import DEMO, DOSSIER_PASS, run_tool

TESTIMONY_FILES = sorted(DEMO.glob("testimony-*.json"))
PAGE_BODY = ("-x", "0", "-y", "68", "-W", "596", "-H", "717")  # A4 minus header and footer


@pytest.fixture
def demo_export(tmp_path: Path, field_vault: Vault):
    """The demo case exported with its report in French, into ``tmp_path / "out"``."""
    case = add_demo_case(field_vault)
    (tmp_path / "out").mkdir(exist_ok=True)
    plan = plan_dossier(field_vault, case)
    attach_report(field_vault, plan, language="fr")
    return field_vault, case, export_dossier(field_vault, plan, tmp_path / "out" / "demo.zip",
                                             DOSSIER_PASS)


@pytest.fixture
def unpacked(tmp_path: Path, demo_export) -> tuple[Vault, object, Path]:
    """7z x of the envelope, then 7z x of payload.zip; returns (vault, export, bag dir)."""
    vault, _, result = demo_export
    outer = tmp_path / "outer"
    run_tool("7z", "x", f"-p{DOSSIER_PASS}", f"-o{outer}", result.path)
    assert sorted(p.name for p in outer.iterdir()) == ["payload.zip"]
    inner = tmp_path / "inner"
    run_tool("7z", "x", f"-o{inner}", outer / "payload.zip")
    assert [p.name for p in inner.iterdir()] == [result.dossier_id]
    return vault, result, inner / result.dossier_id


def test_7zip_opens_both_layers_and_lists_the_bag(unpacked) -> None:
    _, result, bag = unpacked
    names = {str(p.relative_to(bag)) for p in bag.rglob("*") if p.is_file()}
    for required in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
                     "tagmanifest-sha256.txt", "tagmanifest-sha256.txt.minisig",
                     "data/dossier.json", "data/custody.jsonl", "data/signer.pub",
                     "data/VERIFY.txt", "data/exhibits.csv", "data/testimonies.csv",
                     "data/sources.csv", "data/testimonies/T0001.json",
                     "data/testimonies/T0001.pdf", "data/testimonies/T0002.pdf",
                     "data/report.pdf"):
        assert required in names, f"{required} missing from the bag: {sorted(names)}"
    exhibits = sorted(n for n in names if n.startswith("data/exhibits/"))
    assert len(exhibits) == 4
    assert all(re.fullmatch(r"data/exhibits/E000\d-photo-\d{4}-\d\d-\d\d\.jpg", n)
               for n in exhibits), exhibits


def test_bagit_py_validates_the_bag(unpacked) -> None:
    _, _, bag = unpacked
    proc = run_tool("bagit.py", "--validate", bag)
    assert "is valid" in proc.stderr + proc.stdout


def test_each_testimony_travels_as_json_and_pdf(unpacked) -> None:
    """The PDF holds the account as recorded (confidential), in the report's language,
    with every font embedded and a header naming the dossier and the testimony; both
    manifests list it, so bagit.py's validation above covers it."""
    _, result, bag = unpacked
    document = json.loads((bag / "data" / "dossier.json").read_text(encoding="utf-8"))
    codes = [t["code"] for t in document["testimonies"]]
    pdfs = sorted(p.name for p in (bag / "data" / "testimonies").glob("*.pdf"))
    assert pdfs == [f"{c}.pdf" for c in codes] and len(codes) == 2
    manifest = (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    for ref in codes:
        pdf = bag / "data" / "testimonies" / f"{ref}.pdf"
        assert f"{hashlib.sha256(pdf.read_bytes()).hexdigest()}  data/testimonies/{ref}.pdf" \
            in manifest
        fonts = run_tool("pdffonts", pdf).stdout.splitlines()[2:]
        assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb
        head = " ".join(run_tool("pdftotext", "-l", "1", pdf, "-").stdout.split())
        assert f"Témoignage {ref} · Dossier {result.dossier_id}" in head
        assert head.startswith(f"{ref} · {document['testimonies'][codes.index(ref)]['pseudonym']}")
    spec = json.loads(TESTIMONY_FILES[0].read_text(encoding="utf-8"))
    body = run_tool("pdftotext", *PAGE_BODY, bag / "data" / "testimonies" / "T0001.pdf",
                    "-").stdout
    assert " ".join(spec["narrative"].split()) in " ".join(body.split())
    assert spec["interviewer"] in " ".join(body.split())  # confidential: interview context


def test_bagit_py_notices_an_altered_file(unpacked) -> None:
    """The same validation must be able to fail (the tool really checks)."""
    _, _, bag = unpacked
    victim = next((bag / "data" / "exhibits").iterdir())
    victim.write_bytes(victim.read_bytes()[:-1] + b"\x00")
    proc = run_tool("bagit.py", "--validate", bag, check=False)
    assert proc.returncode != 0
    assert victim.name in proc.stderr + proc.stdout


@pytest.mark.parametrize("key_text", ["trust", "minisign"])
def test_minisign_accepts_the_signature(tmp_path: Path, unpacked, key_text: str) -> None:
    vault, result, bag = unpacked
    pub = tmp_path / "signer.pub"
    if key_text == "trust":
        pub.write_text(trust.export_public_key_text(vault), encoding="utf-8")
    else:
        pub.write_text(format_public_key(vault.signing_key.public_key()), encoding="utf-8")
    proc = run_tool("minisign", "-Vm", bag / "tagmanifest-sha256.txt",
                    "-x", bag / "tagmanifest-sha256.txt.minisig", "-p", pub)
    assert f"dossier:{result.dossier_id}" in proc.stdout  # the signed trusted comment


def test_minisign_rejects_an_altered_tag_manifest(tmp_path: Path, unpacked) -> None:
    vault, _, bag = unpacked
    pub = tmp_path / "signer.pub"
    pub.write_text(trust.export_public_key_text(vault), encoding="utf-8")
    manifest = bag / "tagmanifest-sha256.txt"
    manifest.write_bytes(manifest.read_bytes().replace(b"bagit.txt", b"bagit.tx_"))
    proc = run_tool("minisign", "-Vm", manifest, "-x", bag / "tagmanifest-sha256.txt.minisig",
                    "-p", pub, check=False)
    assert proc.returncode != 0


def test_the_enclosed_signer_key_is_the_vaults(unpacked) -> None:
    vault, _, bag = unpacked
    enclosed = (bag / "data" / "signer.pub").read_text(encoding="utf-8").splitlines()[1]
    assert enclosed == vault.signing_key.public_key().to_base64()


def test_sha256sum_and_sha512sum_accept_the_manifests(unpacked) -> None:
    _, _, bag = unpacked
    proc = run_tool("sha256sum", "-c", "tagmanifest-sha256.txt", "manifest-sha256.txt", cwd=bag)
    lines = proc.stdout.splitlines()
    assert lines and all(line.endswith(": OK") for line in lines), proc.stdout
    listed = len((bag / "manifest-sha256.txt").read_text().splitlines()) + \
        len((bag / "tagmanifest-sha256.txt").read_text().splitlines())
    assert len(lines) == listed
    proc = run_tool("sha512sum", "-c", "manifest-sha512.txt", cwd=bag)
    assert all(line.endswith(": OK") for line in proc.stdout.splitlines()), proc.stdout


def test_the_exhibits_are_the_original_photos_byte_for_byte(unpacked) -> None:
    _, _, bag = unpacked
    document = json.loads((bag / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert len(document["exhibits"]) == 4
    for exhibit in document["exhibits"]:
        original = DEMO / "photos" / exhibit["original_filename"]
        extracted = bag / exhibit["file"]
        assert extracted.read_bytes() == original.read_bytes(), exhibit["file"]
        assert hashlib.sha256(original.read_bytes()).hexdigest() == exhibit["sha256"]


def _identities() -> list[str]:
    found = []
    for path in TESTIMONY_FILES:
        spec = json.loads(path.read_text(encoding="utf-8"))
        found += [spec["witness_name"], spec["witness_contact"]]
    assert len(found) >= 2
    return found


def _needles(text: str) -> list[bytes]:
    """The ways a string may sit in a file: UTF-8, JSON-escaped, UTF-16."""
    return [text.encode("utf-8"), json.dumps(text).strip('"').encode("ascii"),
            text.encode("utf-16-le")]


def test_no_witness_identity_anywhere_in_the_bag(unpacked) -> None:
    _, _, bag = unpacked
    files = [p for p in bag.rglob("*") if p.is_file()]
    assert len(files) > 10
    for secret in _identities():
        for needle in _needles(secret):
            hits = [str(p.relative_to(bag)) for p in files if needle in p.read_bytes()]
            assert not hits, f"{secret!r} found in {hits}"
    pseudonyms = {json.loads(p.read_text(encoding="utf-8"))["pseudonym"] for p in TESTIMONY_FILES}
    document = json.loads((bag / "data" / "dossier.json").read_text(encoding="utf-8"))
    assert {t["pseudonym"] for t in document["testimonies"]} == pseudonyms


def test_without_the_password_7z_l_shows_only_payload_zip(demo_export) -> None:
    _, _, result = demo_export
    proc = run_tool("7z", "l", "-slt", result.path, check=False)
    listing = proc.stdout + proc.stderr
    paths = re.findall(r"^Path = (.*)$", listing, flags=re.MULTILINE)
    assert paths[1:] == ["payload.zip"], listing  # paths[0] is the archive itself
    for leak in ("EK-", "exhibits", "dossier.json", "E0001", "bag-info", "manifest", "data/"):
        assert leak not in listing, f"'{leak}' visible without the password:\n{listing}"


def test_raw_dossier_bytes_reveal_no_name_phrase_or_witness(demo_export, unpacked) -> None:
    _, result, bag = unpacked
    raw = result.path.read_bytes()
    inner_names = [str(p.relative_to(bag)) for p in bag.rglob("*") if p.is_file()]
    needles = [result.dossier_id, "dossier.json", "exhibits", "bag-info", "E0001", "T0001",
               "manifest-sha256", *inner_names, *_identities()]
    for path in TESTIMONY_FILES:
        narrative = json.loads(path.read_text(encoding="utf-8"))["narrative"]
        needles += [narrative[20:60], narrative[-40:]]
    needles.append(json.loads((DEMO / "case.json").read_text(encoding="utf-8"))["case"]["title"])
    for text in needles:
        for needle in _needles(text):
            assert needle not in raw, f"{text!r} readable in the encrypted dossier"
    # What `strings -n 8` would print: only the outer entry's name is readable.
    printable = "\n".join(r.decode() for r in re.findall(rb"[\x20-\x7e]{8,}", raw))
    assert not any(name in printable for name in inner_names + [result.dossier_id])
    assert "payload.zip" in printable


def test_export_is_recorded_in_custody_and_dossiers(demo_export) -> None:
    vault, case, result = demo_export
    digest = hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.sha256 == digest and result.size == result.path.stat().st_size
    events = [e for e in custody.events(vault.db, case["uid"]) if e["action"] == "dossier-exported"]
    assert len(events) == 1
    event = events[0]
    assert event["item_uid"] == result.dossier_id and event["item_kind"] == "dossier"
    assert json.loads(event["hashes"]) == {"dossier_sha256": digest}
    assert set(json.loads(event["details"])["items"]) == set(result.items)
    assert custody.verify_chain(vault.db, vault.public_key).ok
    rows = list(vault.db["dossiers"].rows_where("id = ?", [result.dossier_id]))
    assert len(rows) == 1
    row = rows[0]
    assert (row["direction"], row["file_sha256"], row["file_size"], row["case_id"]) == \
        ("sent", digest, result.size, case["id"])
    sent = json.loads(row["manifest"])
    assert [s["code"] for s in sent] == result.items
    photos = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (DEMO / "photos").glob("*.jpg")}
    assert {s["sha256"] for s in sent if s["code"].startswith("E")} == photos
