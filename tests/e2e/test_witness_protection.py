"""Issue 7 end to end: redacted dossiers re-identify nobody; consent gates hold; withdrawal
notices reach earlier recipients."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PIL import Image

from evidence_kit import custody, withdrawal
from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_plan import Override, plan_dossier
from evidence_kit.exhibits import link
from evidence_kit.export import REPORT_PATH, attach_report, export_dossier
from evidence_kit.ingest import ingest_bytes
from evidence_kit.records import get_item
from evidence_kit.redact import Box, make_redacted_copies, redact_exhibit
from evidence_kit.report import report_data_from_plan
from evidence_kit.testimonies import add_testimony, witness_of
from evidence_kit.text_redaction import add_term
from evidence_kit.trust import export_public_key_text

from .kit import DEMO, DOSSIER_PASS, export, members_of, payload_of, run_tool, tool, verify

DEMO_TESTIMONIES = [json.loads((DEMO / n).read_text(encoding="utf-8"))
                    for n in ("testimony-01.json", "testimony-02-ar.json")]
DEMO_NAMES = [t["witness_name"] for t in DEMO_TESTIMONIES]
EXPECTED = json.loads((DEMO / "photos" / "EXPECTED.json").read_text(encoding="utf-8"))["files"]


def _context_needles() -> list[str]:
    """Where and by whom each demo witness was interviewed, who was present, who told them:
    a redacted dossier (its report included) carries none of it."""
    found = []
    for testimony in DEMO_TESTIMONIES:  # "Anna Primerova (fictional interviewer)" -> the name
        found += [text.split(" (")[0] for text in (
            testimony["interview_place"], testimony["interviewer"],
            *testimony["persons_present"])]
        found += [i["told_by"] for i in testimony["incidents"] if i["told_by"]]
    return found


def _needles() -> list[bytes]:
    """Everything that would re-identify someone or locate a photo, in the encodings used."""
    found: list[bytes] = [n.encode() for n in _context_needles()]
    for name in DEMO_NAMES:
        for part in [name, *name.split()]:
            if len(part) >= 4:
                found += [part.encode("utf-8"), part.encode("utf-16-le")]
    for photo, info in EXPECTED.items():
        found.append(photo.encode())  # the original file name
        found.append(Path(photo).stem.encode())
        for key in ("make", "model", "body_serial", "software"):
            if info.get(key):
                found.append(str(info[key]).encode())
        if info.get("has_gps"):
            for key in ("lat", "lon"):
                found.append(f"{info[key]:.3f}".encode())
    return found


def _redacted_demo(tmp_path: Path, field_vault):
    case = add_demo_case(field_vault)
    redact_exhibit(field_vault, case, "E0001", [Box(0, 0, 400, 300)], "blur")
    make_redacted_copies(field_vault, case, None)
    out = tmp_path / "redacted.zip"
    plan = plan_dossier(field_vault, case, level="redacted")
    attach_report(field_vault, plan)  # as the CLI and the app export it: with its report
    result = export_dossier(field_vault, plan, out, DOSSIER_PASS)
    return case, out, result


def _pdf_text(tmp_path: Path, members: dict[str, bytes], path: str) -> str:
    """pdftotext of the bag member ``path`` (e.g. data/report.pdf), whitespace collapsed."""
    pdf = tmp_path / path.replace("/", "_")
    pdf.write_bytes(next(v for k, v in members.items() if k.endswith("/" + path)))
    text = subprocess.run([tool("pdftotext"), str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    return " ".join(text.split())


def test_redacted_dossier_reidentifies_nobody(tmp_path, field_vault):
    case, out, _ = _redacted_demo(tmp_path, field_vault)
    members = members_of(payload_of(out))
    haystack = b"\n".join(k.encode() for k in members) + b"\n" + b"\n".join(members.values())
    for needle in _needles():
        assert needle not in haystack, f"redacted dossier leaks {needle!r}"
    flat = _pdf_text(tmp_path, members, REPORT_PATH)
    assert "W-07" in flat and "REDACTED" in flat
    document = json.loads(next(v for k, v in members.items() if k.endswith("dossier.json")))
    pdfs = {t["code"]: _pdf_text(tmp_path, members, f"data/testimonies/{t['code']}.pdf")
            for t in document["testimonies"]}
    assert len(pdfs) == 2
    for entry in document["testimonies"]:  # the redacted account, and nothing more
        assert entry["pseudonym"] in pdfs[entry["code"]]
        if entry["language"] != "ar":  # (Arabic is checked by the report's own tests)
            assert " ".join(entry["narrative"].split()[:40]) in pdfs[entry["code"]]
    for where, text in [("report", flat), *pdfs.items()]:
        for needle in _context_needles() + [part for name in DEMO_NAMES for part in
                                            [name, *name.split()] if len(part) >= 4]:
            assert needle not in text, f"the redacted {where} PDF shows {needle!r}"
    images = {k: v for k, v in members.items() if "/data/exhibits/" in k}
    assert len(images) == 4
    for name, data in images.items():
        assert b"Exif\x00\x00" not in data, f"{name} carries an EXIF block"
        with Image.open(io.BytesIO(data)) as image:
            assert not image.getexif(), name
            assert not {"exif", "xmp", "icc_profile", "photoshop"} & set(image.info), name
    assert document["disclosure_level"] == "redacted"
    for exhibit in document["exhibits"]:
        assert exhibit["derived_from_sha256"], "every exhibit is a derived copy"
        assert not {"gps_lat", "camera_model", "camera_serial", "original_filename"} & \
            set(exhibit)
    assert verify(out, field_vault).ok


def test_confidential_export_carries_identity_only_where_consented(tmp_path, field_vault):
    case = add_demo_case(field_vault)
    plan = plan_dossier(field_vault, case, recipient_body="un-sp")
    entries = {t["pseudonym"]: t for t in json.loads(plan.files[0].chunks().__next__())
               ["testimonies"]}
    assert "witness_name" not in entries["W-07"], "W-07 consented to a pseudonym only"
    assert entries["W-12"]["witness_initials"].count(".") >= 2, "W-12 agreed to initials"
    assert "witness_name" not in entries["W-12"]


def test_consent_gate_excludes_and_override_is_logged(tmp_path, field_vault):
    case = add_demo_case(field_vault)
    icc_only = add_testimony(field_vault, case, {
        "narrative": "ICC only.", "consent": {"share_with": ["icc"], "be_named": "full"}})
    plan = plan_dossier(field_vault, case, recipient_body="un-sp")
    code = f"T{icc_only['number']:04d}"
    assert code not in plan.item_codes()
    assert any(ref == code and "no recorded consent" in why for ref, why in plan.exclusions)
    decided = Override("Programme director", "imminent risk to others")
    plan = plan_dossier(field_vault, case, recipient_body="un-sp", overrides={code: decided})
    assert code in plan.item_codes()
    export(field_vault, case, tmp_path / "override.zip", recipient_body="un-sp",
           overrides={code: decided})
    event = next(e for e in custody.events(field_vault.db) if e["action"] == "consent-override")
    details = json.loads(event["details"])
    assert (details["code"], details["decided_by"], details["reason"]) == \
        (code, "Programme director", "imminent risk to others")
    assert event["item_uid"] == icc_only["uid"]


def test_marked_words_and_the_witness_name_are_replaced(tmp_path, field_vault):
    case = add_demo_case(field_vault)
    _, testimony = get_item(field_vault.db, case["id"], "T0001")
    add_term(field_vault, case, testimony, "Argun")
    name = witness_of(field_vault, testimony)["full_name"]
    field_vault.db["testimonies"].update(testimony["id"], {
        "narrative": testimony["narrative"] + f" My name is {name}."})
    make_redacted_copies(field_vault, case, None)
    plan = plan_dossier(field_vault, case, level="redacted")
    document = json.loads(b"".join(plan.files[0].chunks()))
    narrative = next(t for t in document["testimonies"] if t["pseudonym"] == "W-07")["narrative"]
    assert "Argun" not in narrative and "[redacted]" in narrative
    assert name not in narrative and "W-07" in narrative
    assert not re.search(r"\bRuslan\b", narrative)


def test_withdrawal_notice_is_signed_and_names_the_dossier(tmp_path, field_vault):
    case = add_demo_case(field_vault)
    sent = export(field_vault, case, tmp_path / "sent.zip", recipient_body="un-sp")
    notices = tmp_path / "notices"
    notices.mkdir()
    result = withdrawal.withdraw(field_vault, case, "T0001", ["un-sp"], "by phone", notices)
    assert len(result.notices) == 1
    notice = json.loads(result.notices[0].read_text(encoding="utf-8"))
    assert notice["dossier_id"] == sent.dossier_id
    assert notice["dossier_sha256"] == sent.sha256
    assert notice["testimony"]["code"] == "T0001"
    assert "Demoyev" not in result.notices[0].read_text(encoding="utf-8")
    pub = tmp_path / "field.pub"
    pub.write_text(export_public_key_text(field_vault), encoding="utf-8")
    run_tool("minisign", "-Vm", result.notices[0], "-p", pub)
    again = plan_dossier(field_vault, case, recipient_body="un-sp")
    assert "T0001" not in again.item_codes()
    assert any("withdrawn" in why for ref, why in again.exclusions if ref == "T0001")


# -- custody excerpts of redacted dossiers; withdrawal after an override ---------------------

def _override_then_redacted(tmp_path: Path, field_vault):
    """The demo case; an ICC-only account sent to UN SP by override (with a recording);
    then a redacted dossier to the ICC."""
    case = add_demo_case(field_vault)
    icc_only = add_testimony(field_vault, case, {
        "narrative": "ICC only.", "consent": {"share_with": ["icc"], "be_named": "full"}})
    ref = f"T{icc_only['number']:04d}"
    recording = ingest_bytes(field_vault, case, b"ID3\x03\x00\x00\x00\x00\x00\x00 voice",
                             "interview.mp3").exhibit
    link(field_vault, case, f"E{recording['number']:04d}", ref, "recording-of")
    decided = Override("Programme director Ilse Secretname", "Hidden reason naming Zarema")
    sent = export(field_vault, case, tmp_path / "override.zip", recipient_body="un-sp",
                  overrides={ref: decided})
    return case, icc_only, recording, sent


def test_redacted_custody_excerpt_seals_free_text_and_still_verifies(tmp_path, field_vault):
    case, icc_only, _, _ = _override_then_redacted(tmp_path, field_vault)
    make_redacted_copies(field_vault, case, None)
    out = tmp_path / "redacted-icc.zip"
    export(field_vault, case, out, recipient_body="icc", level="redacted")
    members = members_of(payload_of(out))
    blob = b"\n".join(members.values())
    for needle in (b"Secretname", b"Zarema", b"Hidden reason", b"Programme director"):
        assert needle not in blob, needle
    custody_lines = next(v for k, v in members.items() if k.endswith("/data/custody.jsonl"))
    events = [json.loads(line) for line in custody_lines.splitlines()]
    assert "consent-override" not in {e["action"] for e in events}
    stubs = [json.loads(line) for line in next(
        v for k, v in members.items() if k.endswith("/data/custody-sealed.jsonl")).splitlines()]
    [stub] = [s for s in stubs if s["action"] == "consent-override"]
    assert stub["item_uid"] == icc_only["uid"] and stub["sealed"] == "details"
    assert "details" not in stub and "prev_hash" not in stub
    stored = next(e for e in custody.events(field_vault.db) if e["seq"] == stub["seq"])
    assert stub["hash"] == stored["hash"] == custody.event_hash(stored)
    public = field_vault.signing_key.public_key()
    Ed25519PublicKey.from_public_bytes(public.raw).verify(base64.b64decode(stub["signature"]),
                                                         bytes.fromhex(stub["hash"]))
    document = json.loads(next(v for k, v in members.items() if k.endswith("dossier.json")))
    assert (document["custody_events"], document["custody_sealed"]) == \
        (len(events), len(stubs))
    report = verify(out, field_vault)
    assert report.ok, [c for c in report.checks if not c.ok]
    # A confidential dossier carries the override event whole.
    plain = tmp_path / "confidential-icc.zip"
    export(field_vault, case, plain, recipient_body="icc")
    assert b"Hidden reason naming Zarema" in b"\n".join(members_of(payload_of(plain)).values())


def test_withdrawal_reaches_dossiers_sent_by_override_and_lists_the_recording(tmp_path,
                                                                              field_vault):
    case, icc_only, recording, sent = _override_then_redacted(tmp_path, field_vault)
    ref = f"T{icc_only['number']:04d}"
    notices = tmp_path / "notices"
    notices.mkdir()
    result = withdrawal.withdraw(field_vault, case, ref, ["un-sp"], "by phone", notices)
    assert result.bodies == ["un-sp"]
    [path] = result.notices
    notice = json.loads(path.read_text(encoding="utf-8"))
    assert notice["dossier_id"] == sent.dossier_id
    items = {i["code"]: i for i in notice["items"]}
    rec = items[f"E{recording['number']:04d}"]
    assert (rec["sha256"], rec["relation"]) == (recording["sha256"], "recording-of")
    assert items[ref]["narrative_sha256"] == notice["testimony"]["narrative_sha256"]
    # The withdrawal is on record: no later override can send it to UN SP again, and the
    # recording stays out with it.
    again = plan_dossier(field_vault, case, recipient_body="un-sp",
                         overrides={ref: Override("Director", "again")})
    assert ref not in again.item_codes() and not again.overrides
    assert "withdrawn" in dict(again.exclusions)[ref]
    assert f"E{recording['number']:04d}" in dict(again.exclusions)
    # ICC consent is untouched; withdrawing "everywhere" now covers only the ICC.
    assert plan_dossier(field_vault, case, recipient_body="icc").item_codes().count(ref) == 1
    everywhere = withdrawal.withdraw(field_vault, case, ref, None, "", notices)
    assert everywhere.bodies == ["icc"] and everywhere.notices == []


# -- the case's own text; the report's custody table ------------------------------------------

def test_the_case_title_summary_and_situation_are_redacted_too(tmp_path, field_vault):
    """Typed by the user, they may name a witness or a marked place: a redacted dossier
    carries them through the same rules as the accounts, everywhere (dossier.json,
    bag-info.txt, the CSVs, report.pdf, the testimony PDFs); a confidential one as typed."""
    case = add_demo_case(field_vault)
    _, testimony = get_item(field_vault.db, case["id"], "T0001")
    name = witness_of(field_vault, testimony)["full_name"]
    add_term(field_vault, case, testimony, "Tsotsin-Yurt base")
    title = f"Detention of {name}"
    field_vault.db["cases"].update(case["id"], {
        "title": title, "summary": f"{name.split()[-1]} was held at the Tsotsin-Yurt base.",
        "situation": f"Reported by {name.split()[0]}'s relatives."})
    case = field_vault.db["cases"].get(case["id"])
    confidential = plan_dossier(field_vault, case)
    assert confidential.case_entry["title"] == title  # as typed
    make_redacted_copies(field_vault, case, None)
    plan = plan_dossier(field_vault, case, level="redacted")
    attach_report(field_vault, plan)
    out = tmp_path / "redacted.zip"
    export_dossier(field_vault, plan, out, DOSSIER_PASS)
    members = members_of(payload_of(out))
    document = json.loads(next(v for k, v in members.items() if k.endswith("dossier.json")))
    assert document["case"]["title"] == "Detention of W-07"
    assert document["case"]["summary"] == "W-07 was held at the [redacted]."
    assert document["case"]["situation"] == "Reported by W-07's relatives."
    bag_info = next(v for k, v in members.items() if k.endswith("/bag-info.txt")).decode()
    assert "Case-Title: Detention of W-07\n" in bag_info
    texts = [b"\n".join(members.values()).decode("utf-8", "replace"),
             _pdf_text(tmp_path, members, REPORT_PATH),
             *(_pdf_text(tmp_path, members, f"data/testimonies/{t['code']}.pdf")
               for t in document["testimonies"])]
    assert "Detention of W-07" in texts[1] and "W-07 was held at the [redacted]." in texts[1]
    for text in texts:
        for needle in [name, *name.split(), "Tsotsin-Yurt"]:
            assert needle not in text, needle


def test_the_redacted_report_shows_the_custody_excerpt_the_dossier_carries(tmp_path,
                                                                            field_vault):
    """Its custody table lists exactly custody.jsonl's events: a sealed override (its
    decider and reason) reaches neither report.pdf nor any file of the bag."""
    case, _, _, _ = _override_then_redacted(tmp_path, field_vault)
    make_redacted_copies(field_vault, case, None)
    plan = plan_dossier(field_vault, case, recipient_body="icc", level="redacted")
    attach_report(field_vault, plan)
    out = tmp_path / "redacted-icc.zip"
    export_dossier(field_vault, plan, out, DOSSIER_PASS)
    members = members_of(payload_of(out))
    carried = [json.loads(line) for line in next(
        v for k, v in members.items() if k.endswith("/data/custody.jsonl")).splitlines()]
    data = report_data_from_plan(field_vault, plan, signer_fingerprint="", signer_label="",
                                 missing_ok=True, thumbnails=False)
    assert [(e.seq, e.action, e.event_hash) for e in data.custody] == \
        [(e["seq"], e["action"], e["hash"]) for e in carried]
    assert data.custody_sealed >= 1
    report = _pdf_text(tmp_path, members, REPORT_PATH)
    assert "consent-override" not in report and "(exhibit-derived)" in report
    assert f"{data.custody_sealed} event(s) whose details hold free text" in report
    blob = b"\n".join(members.values())
    for needle in ("Secretname", "Zarema", "Hidden reason", "Programme director"):
        assert needle not in report and needle.encode() not in blob, needle
