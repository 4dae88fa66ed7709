"""Editing a testimony: the same checks as adding, identity kept apart, consent history
kept, a custody event with the narrative's SHA-256 before and after; `testimony show/edit`."""

from __future__ import annotations

import hashlib
import json

import pytest

from evidence_kit import consent, consent_gate, testimonies
from evidence_kit.errors import InvalidInput, NotFound

WITNESS = "Ruslan Testovich Demoyev"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def events(vault, action: str) -> list[dict]:
    return [e for e in vault.db["custody_events"].rows if e["action"] == action]


def test_edit_changes_only_given_keys_and_logs_hashes(demo_vault, demo_case):
    before = testimonies.get_testimony(demo_vault, demo_case, "T0001")
    doc_before = testimonies.document_of(demo_vault, before)
    new_words = "FICTIONAL SAMPLE — corrected: it was a Tuesday evening."
    result = testimonies.update_testimony(demo_vault, demo_case, "t0001", {
        "narrative": new_words, "incidents": [{"date": "2017-03-28", "basis": "saw",
                                               "description": "Detention"}]})
    assert result.changed == ["incidents", "narrative"]
    row = demo_vault.db["testimonies"].get(before["id"])
    assert row["narrative"] == new_words and row["updated_at"] >= before["updated_at"]
    assert row["interview_place"] == before["interview_place"], "keys left out stay"
    assert [(i["position"], i["date"], i["description"]) for i in
            testimonies.incidents_of(demo_vault, row["id"])] == [(1, "2017-03-28", "Detention")]
    after_doc = testimonies.document_of(demo_vault, row)
    assert after_doc["consent"] == doc_before["consent"], "no consent key: consent unchanged"
    [event] = events(demo_vault, "testimony-edited")
    assert json.loads(event["hashes"]) == {"narrative_sha256_before": sha(before["narrative"]),
                                           "narrative_sha256": sha(new_words)}
    assert json.loads(event["details"]) == {"code": "T0001",
                                            "fields": ["incidents", "narrative"]}
    assert "Tuesday" not in json.dumps(event, ensure_ascii=False)
    count = demo_vault.db["custody_events"].count
    again = testimonies.update_testimony(demo_vault, demo_case, "T0001",
                                         testimonies.document_of(demo_vault, row))
    assert again.changed == [] and demo_vault.db["custody_events"].count == count


def test_edit_refuses_what_add_refuses_and_changes_nothing(demo_vault, demo_case):
    snapshot = testimonies.document_of(
        demo_vault, testimonies.get_testimony(demo_vault, demo_case, "T0001"), identity=True)
    count = demo_vault.db["custody_events"].count
    for bad, needle in (({"witness_nmae": "x"}, "witness_nmae"),
                        ({"interview_date": "last spring"}, "interview_date"),
                        ({"pseudonym": " "}, "pseudonym"), ({"role": "boss"}, "role"),
                        ({"incidents": [{"basis": "guessed"}]}, "guessed"),
                        ({"consent": {"share_with": ["icc"], "be_named": "nick"}}, "be_named"),
                        (["not", "an", "object"], "object")):
        with pytest.raises(InvalidInput, match=needle):
            testimonies.update_testimony(demo_vault, demo_case, "T0001", bad)
    with pytest.raises(NotFound):
        testimonies.update_testimony(demo_vault, demo_case, "T0009", {"notes": "x"})
    with pytest.raises(InvalidInput, match="not a testimony"):
        testimonies.update_testimony(demo_vault, demo_case, "E0001", {"notes": "x"})
    assert testimonies.document_of(demo_vault, testimonies.get_testimony(
        demo_vault, demo_case, "T0001"), identity=True) == snapshot
    assert demo_vault.db["custody_events"].count == count


def test_identity_edit_stays_in_the_witness_record(demo_vault, demo_case):
    row = testimonies.get_testimony(demo_vault, demo_case, "T0001")
    result = testimonies.update_testimony(demo_vault, demo_case, "T0001", {
        "witness_name": "Corrected Name Only Local", "pseudonym": "W-70"})
    assert result.changed == ["pseudonym", "witness_name"]
    witness = demo_vault.db["witnesses"].get(row["witness_id"])
    assert (witness["full_name"], witness["pseudonym"]) == ("Corrected Name Only Local", "W-70")
    assert result.testimony["pseudonym"] == "W-70"
    assert "Corrected Name" not in json.dumps(result.testimony, ensure_ascii=False)
    assert "witness_name" not in testimonies.document_of(demo_vault, result.testimony)
    event = events(demo_vault, "testimony-edited")[-1]
    assert "Corrected Name" not in json.dumps(event, ensure_ascii=False)
    other = testimonies.get_testimony(demo_vault, demo_case, "T0002")
    with pytest.raises(InvalidInput, match="W-70"):
        testimonies.update_testimony(demo_vault, demo_case, "T0002", {"pseudonym": "W-70"})
    assert testimonies.get_testimony(demo_vault, demo_case, "T0002") == other


def test_consent_edit_keeps_history_and_opens_the_gate(demo_vault, demo_case):
    row = testimonies.get_testimony(demo_vault, demo_case, "T0001")
    assert not consent_gate.evaluate(demo_vault, row, "un-mechanism", "confidential").include
    doc = testimonies.document_of(demo_vault, row)["consent"]
    widened = {**doc, "share_with": [*doc["share_with"], "un-mechanism"],
               "onward_sharing": True}
    result = testimonies.update_testimony(demo_vault, demo_case, "T0001", {"consent": widened})
    assert result.changed == ["consent"]
    assert consent_gate.evaluate(demo_vault, row, "un-mechanism", "confidential").include
    scopes = consent.scopes_of(demo_vault, row["id"])
    old = [s for s in scopes if s["withdrawn_on"]]
    assert sorted(s["body"] for s in old) == sorted(doc["share_with"])
    assert all("superseded" in s["withdrawal_note"] for s in old)
    assert testimonies.document_of(demo_vault, row)["consent"]["share_with"] == \
        widened["share_with"]
    narrowed = {**widened, "share_with": ["icc"]}
    with pytest.raises(InvalidInput, match="withdraw"):
        testimonies.update_testimony(demo_vault, demo_case, "T0001", {"consent": narrowed})
    assert len(consent.scopes_of(demo_vault, row["id"])) == len(scopes)


@pytest.fixture
def v(demo_vault, passphrase_file) -> list[str]:
    return ["--vault", str(demo_vault.folder), "--passphrase-file", str(passphrase_file)]


def test_cli_show_and_edit_round_trip(cli, v, tmp_path, demo_vault):
    res = cli("testimony", "show", "--case", "1", "T0001", *v)
    assert res.code == 0 and res.out.startswith("T0001  W-07")
    assert "Narrative SHA-256:" in res.out and WITNESS not in res.out
    assert WITNESS in cli("testimony", "show", "--case", "1", "T0001", "--identity", *v).out
    doc = json.loads(cli("testimony", "show", "--case", "1", "T0001", "--json", *v).out)
    assert "witness_name" not in doc and doc["consent"]["share_with"] == ["un-sp", "icc"]
    doc["notes"] = "Second interview planned."
    path = tmp_path / "edit.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    res = cli("testimony", "edit", "--case", "1", "T0001", "--from", path, *v)
    assert res.code == 0 and res.out.strip() == "T0001  edited  notes"
    res = cli("testimony", "edit", "--case", "1", "T0001", "--from", path, "--json", *v)
    assert json.loads(res.out)["changed"] == []
    shown = json.loads(cli("testimony", "show", "--case", "1", "T0001", "--json", *v).out)
    assert shown == doc
    assert cli("testimony", "show", "--case", "1", "T0001", "--identity", "--json",
               *v).out.count(WITNESS) == 1


@pytest.mark.parametrize(("content", "needle"), [
    ('{"narative": "x"}', "narative"), ("{not json", "not valid UTF-8 JSON"),
    ('{"consent": {"share_with": []}}', "withdraw it instead")])
def test_cli_edit_errors_are_one_line(cli, v, tmp_path, content, needle):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    res = cli("testimony", "edit", "--case", "1", "T0001", "--from", path, *v)
    assert needle in res.assert_user_error()
    assert "T0009" in cli("testimony", "show", "--case", "1", "T0009", *v).assert_user_error()


def test_an_edit_of_who_obtained_the_consent_alone_is_saved(vault) -> None:
    from evidence_kit.cases import add_case

    case = add_case(vault, "Case")
    given = {"record": "oral", "share_with": ["icc"], "be_named": "pseudonym",
             "given_on": "2026-11-01", "how": "in person"}
    testimonies.add_testimony(vault, case, {"narrative": "An account.", "consent": given})
    first = testimonies.update_testimony(
        vault, case, "T0001", {"consent": {**given, "obtained_by": "Interviewer A"}})
    assert first.changed == ["consent"]
    shown = testimonies.document_of(vault, first.testimony)["consent"]
    assert shown["obtained_by"] == "Interviewer A"
    again = testimonies.update_testimony(vault, case, "T0001", {"consent": shown})
    assert again.changed == []
