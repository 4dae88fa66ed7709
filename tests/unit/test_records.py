"""Every record type survives a lock/reopen round trip; the testimony JSON is strict;
identities live apart from accounts; metadata edits and links are logged without values.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from evidence_kit import cases, consent, exhibits, sources, testimonies
from evidence_kit.errors import InvalidInput, NotFound
from evidence_kit.ingest import ExhibitDetails, ingest_file
from evidence_kit.records import get_case
from evidence_kit.vault import Vault

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
WITNESS = "Ruslan Testovich Demoyev"


def reopen(vault: Vault, passphrase: str) -> Vault:
    vault.lock()
    return Vault.open(vault.folder, passphrase)


def demo_testimony() -> dict:
    return json.loads((DEMO / "testimony-01.json").read_text(encoding="utf-8"))


def table_counts(vault: Vault) -> dict[str, int]:
    return {t: vault.db[t].count for t in ("testimonies", "witnesses", "incidents", "consents",
                                            "consent_scopes", "custody_events")}


def test_case_round_trip(vault, passphrase):
    row = cases.add_case(vault, "  Shelling of Kharkiv market  ", summary="Three strikes.",
                         situation="Armed conflict", country="Ukraine", target_body="icc")
    again = reopen(vault, passphrase)
    stored = get_case(again.db, row["id"])
    assert stored["title"] == "Shelling of Kharkiv market"
    assert (stored["summary"], stored["situation"], stored["country"]) == \
        ("Three strikes.", "Armed conflict", "Ukraine")
    assert (stored["target_body"], stored["status"]) == ("icc", "open")
    assert stored["uid"] == row["uid"] and stored["created_at"].endswith("Z")
    assert [c["id"] for c in cases.list_cases(again)] == [row["id"]]
    again.lock()


@pytest.mark.parametrize("title, body", [("", "icc"), ("   ", "icc"), ("ok", "interpol")])
def test_case_rejects_bad_input(vault, title, body):
    with pytest.raises(InvalidInput):
        cases.add_case(vault, title, target_body=body)
    assert vault.db["cases"].count == 0


def test_exhibit_round_trip_with_all_metadata(vault, passphrase):
    case = cases.add_case(vault, "Case")
    photo = DEMO / "photos" / "street-grozny.jpg"
    details = ExhibitDetails(description="Street near the arrest", location_text="Grozny",
                             acquired_how="USB copy from the witness's phone",
                             acquired_by="Interviewer A", received_from="W-07",
                             source_url="https://example.org/p/1", tags=["street", "grozny"])
    result = ingest_file(vault, case, photo, details)
    assert not result.duplicate and result.code == "E0001"
    again = reopen(vault, passphrase)
    row = exhibits.list_exhibits(again, case["id"])[0]
    data = photo.read_bytes()
    assert row["sha256"] == hashlib.sha256(data).hexdigest() and row["size"] == len(data)
    assert (row["original_filename"], row["media_type"], row["declared_type"], row["kind"]) == \
        ("street-grozny.jpg", "image/jpeg", "image/jpeg", "photo")
    assert (row["description"], row["location_text"], row["acquired_how"], row["acquired_by"],
            row["received_from"], row["source_url"]) == \
        ("Street near the arrest", "Grozny", "USB copy from the witness's phone",
         "Interviewer A", "W-07", "https://example.org/p/1")
    assert json.loads(row["tags"]) == ["street", "grozny"]
    assert (row["capture_time"], row["capture_offset"]) == ("2017-03-24T16:42:07", "+03:00")
    assert (row["camera_make"], row["camera_model"], row["camera_serial"], row["software"]) == \
        ("samsung", "SM-G930F", "DEMO-SN-S7-0001", "G930FXXU1DQB7")
    assert row["gps_lat"] == pytest.approx(43.317, abs=1e-5)
    assert row["gps_lon"] == pytest.approx(45.698, abs=1e-5)
    assert row["acquired_at"].endswith("Z") and row["number"] == 1
    blob = again.db["blobs"].get(row["blob_id"])
    assert (blob["sha256"], blob["size"]) == (row["sha256"], row["size"])
    assert b"".join(again.read_blob(row["blob_id"])) == data
    again.lock()


def test_acquired_by_defaults_to_the_vault_actor(vault):
    case = cases.add_case(vault, "Case")
    row = ingest_file(vault, case, DEMO / "photos" / "gate-argun.jpg").exhibit
    assert row["acquired_by"] == vault.actor and vault.fingerprint in row["acquired_by"]


def test_testimony_round_trip_keeps_identity_apart(vault, passphrase):
    case = cases.add_case(vault, "Case")
    doc = demo_testimony()
    row = testimonies.add_testimony(vault, case, doc)
    again = reopen(vault, passphrase)
    stored = testimonies.list_testimonies(again, case["id"])[0]
    for key in ("pseudonym", "role", "interview_date", "interview_place", "interview_mode",
                "interviewer", "interviewer_org", "interpreter", "language", "referral",
                "prior_accounts", "narrative", "welfare_followup", "feedback_promised"):
        assert stored[key] == doc[key], key
    assert json.loads(stored["persons_present"]) == doc["persons_present"]
    assert stored["read_back"] == int(doc["read_back"]) and stored["number"] == 1
    # identity: only in the witnesses table
    witness = testimonies.witness_of(again, stored)
    assert witness["full_name"] == WITNESS and witness["pseudonym"] == "W-07"
    assert witness["contact"] == doc["witness_contact"]
    columns = set(again.db["testimonies"].columns_dict)
    assert not columns & {"witness_name", "full_name", "contact", "witness_contact"}
    for table in ("testimonies", "incidents", "consents", "consent_scopes", "custody_events"):
        dump = json.dumps(list(again.db[table].rows), default=str, ensure_ascii=False)
        assert WITNESS not in dump and doc["witness_contact"] not in dump, table
    # incidents, in order, with their basis of knowledge
    incidents = testimonies.incidents_of(again, stored["id"])
    assert [(i["date"], i["basis"], i["told_by"], i["position"]) for i in incidents] == \
        [(i["date"], i["basis"], i["told_by"], n) for n, i in enumerate(doc["incidents"], 1)]
    # consent: one scope row per body
    scopes = consent.scopes_of(again, stored["id"])
    assert [s["body"] for s in scopes] == doc["consent"]["share_with"] == ["un-sp", "icc"]
    assert {s["identity"] for s in scopes} == {"pseudonym"}
    assert {s["may_contact"] for s in scopes} == {0}
    assert {(s["given_on"], s["how"]) for s in scopes} == \
        {(doc["consent"]["given_on"], doc["consent"]["how"])}
    assert consent.summary(again, stored["id"])["share_with"] == ["un-sp", "icc"]
    # the custody event commits to the words, not the person
    event = [e for e in again.db["custody_events"].rows if e["action"] == "testimony-added"][0]
    assert event["item_uid"] == row["uid"]
    assert json.loads(event["hashes"]) == {
        "narrative_sha256": hashlib.sha256(doc["narrative"].encode()).hexdigest()}
    again.lock()


def test_arabic_testimony_and_numbering(vault):
    case = cases.add_case(vault, "Case")
    other = cases.add_case(vault, "Other case")
    testimonies.add_testimony(vault, case, demo_testimony())
    second = testimonies.add_testimony(
        vault, case, json.loads((DEMO / "testimony-02-ar.json").read_text(encoding="utf-8")))
    first_elsewhere = testimonies.add_testimony(vault, other, demo_testimony())
    assert (second["number"], first_elsewhere["number"]) == (2, 1)
    assert vault.db.execute(
        "SELECT count(*) FROM testimonies_fts WHERE testimonies_fts MATCH 'Argun'"
    ).fetchone()[0] == 2


def _set(doc: dict, path: tuple, value: object) -> dict:
    doc = copy.deepcopy(doc)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@pytest.mark.parametrize("path, value, needle", [
    (("witness_nmae",), "x", "witness_nmae"),
    (("consent", "share_to"), ["icc"], "share_to"),
    (("incidents", 0, "witnessed"), True, "witnessed"),
    (("role",), "bystander", "bystander"),
    (("incidents", 1, "basis"), "rumour", "rumour"),
    (("interview_date",), "14/06/2017", "14/06/2017"),
    (("incidents", 0, "date"), "March 2017", "March 2017"),
    (("incidents", 0, "date_precision"), "roughly", "roughly"),
    (("interview_mode",), "carrier pigeon", "carrier pigeon"),
    (("consent", "share_with"), ["icc", "interpol"], "interpol"),
    (("consent", "be_named"), "nickname", "be_named"),
    (("consent", "contact"), "yes", "contact"),
    (("pseudonym",), "  ", "pseudonym"),
    (("read_back",), "yes", "read_back"),
    (("narrative",), 42, "narrative"),
    (("persons_present",), "A and B", "persons_present"),
])
def test_strict_testimony_json(vault, path, value, needle):
    case = cases.add_case(vault, "Case")
    before = table_counts(vault)
    with pytest.raises(InvalidInput) as info:
        testimonies.add_testimony(vault, case, _set(demo_testimony(), path, value))
    assert needle in info.value.message
    assert table_counts(vault) == before, "a rejected testimony must leave nothing behind"


def test_testimony_must_be_an_object(vault):
    case = cases.add_case(vault, "Case")
    with pytest.raises(InvalidInput):
        testimonies.add_testimony(vault, case, ["not", "an", "object"])


def test_testimony_json_file_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid UTF-8 JSON"):
        testimonies.load_json(bad)
    with pytest.raises(NotFound):
        testimonies.load_json(tmp_path / "missing.json")


def test_source_round_trip_with_grades(vault, passphrase):
    case = cases.add_case(vault, "Case")
    src = sources.SourceInput(
        title="They Have Long Arms and They Can Find Me", kind="ngo-report",
        author="Human Rights Watch", publisher="Human Rights Watch",
        url="https://www.hrw.org/report/2017/05/26/", published_date="2017-05-26",
        accessed_date="2026-11-01", quote="men were held in unofficial detention",
        locator="p. 12", reliability="B", credibility="2", language="en", notes="checked")
    row = sources.add_source(vault, case, src)
    again = reopen(vault, passphrase)
    stored = sources.list_sources(again, case["id"])[0]
    for key, value in vars(src).items():
        assert stored[key] == value, key
    assert stored["number"] == 1 and stored["uid"] == row["uid"]
    again.lock()


@pytest.mark.parametrize("field, value", [
    ("reliability", "G"), ("credibility", "7"), ("kind", "rumour"), ("title", " "),
    ("url", "ftp://example.org"), ("published_date", "May 2017"),
])
def test_source_rejects_bad_input(vault, field, value):
    case = cases.add_case(vault, "Case")
    src = sources.SourceInput(title="T", **{field: value}) if field != "title" else \
        sources.SourceInput(title=value)
    with pytest.raises(InvalidInput):
        sources.add_source(vault, case, src)
    assert vault.db["sources"].count == 0


def test_metadata_edit_logs_field_names_only(vault):
    case = cases.add_case(vault, "Case")
    result = ingest_file(vault, case, DEMO / "photos" / "gate-argun.jpg",
                         ExhibitDetails(description="old words"))
    secret_words = "compound of the Argun police regiment, seen by W-07"
    updated = exhibits.update_exhibit(vault, case, "e0001", {
        "description": secret_words, "tags": ["facility"], "location_text": ""})
    assert updated["description"] == secret_words
    assert json.loads(updated["tags"]) == ["facility"]
    assert updated["sha256"] == result.exhibit["sha256"]
    event = list(vault.db["custody_events"].rows)[-1]
    assert event["action"] == "exhibit-metadata-edited"
    assert json.loads(event["details"]) == {"code": "E0001", "fields": ["description", "tags"]}
    assert json.loads(event["hashes"]) == {"sha256": result.exhibit["sha256"]}
    assert secret_words not in json.dumps(event, ensure_ascii=False)
    count = vault.db["custody_events"].count
    exhibits.update_exhibit(vault, case, "E0001", {"description": secret_words})
    assert vault.db["custody_events"].count == count, "a no-op edit is not an event"
    with pytest.raises(InvalidInput, match="sha256"):
        exhibits.update_exhibit(vault, case, "E0001", {"sha256": "0" * 64})
    with pytest.raises(NotFound):
        exhibits.update_exhibit(vault, case, "E0009", {"description": "x"})


def test_links(vault):
    case = cases.add_case(vault, "Case")
    ingest_file(vault, case, DEMO / "photos" / "gate-argun.jpg")
    ingest_file(vault, case, DEMO / "photos" / "street-grozny.jpg")
    tst = testimonies.add_testimony(vault, case, demo_testimony())
    src = sources.add_source(vault, case, sources.SourceInput(title="HRW report"))
    exhibits.link(vault, case, "E0001", "T0001", "recording-of")
    exhibits.link(vault, case, "S0001", "E0002")
    e1 = next(vault.db["exhibits"].rows_where("number = 1"))
    links = exhibits.links_of(vault, "exhibit", e1["id"])
    assert [(lk["from_kind"], lk["from_id"], lk["to_kind"], lk["to_id"], lk["relation"])
            for lk in links] == [("exhibit", e1["id"], "testimony", tst["id"], "recording-of")]
    assert [lk["from_id"] for lk in exhibits.links_of(vault, "source", src["id"])] == [src["id"]]
    assert len(exhibits.links_of(vault, "testimony", tst["id"])) == 1
    event = list(vault.db["custody_events"].rows)[-1]
    assert event["action"] == "items-linked"
    assert json.loads(event["details"]) == {"from": "S0001", "to": "E0002", "relation": "related"}
    with pytest.raises(InvalidInput):
        exhibits.link(vault, case, "E0001", "e0001")
    with pytest.raises(NotFound):
        exhibits.link(vault, case, "E0001", "T0002")
    with pytest.raises(InvalidInput):
        exhibits.link(vault, case, "E0001", "X0001")
