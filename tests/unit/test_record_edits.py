"""Fields and commands that used to be unreachable: a testimony's ``translation_of``, a
consent's ``obtained_by``, a source's archived copy, editing exhibits and cases, linking
items from the command line; and the old passphrase asked once by ``passwd``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_kit import cases, consent, exhibits, sources, testimonies
from evidence_kit.errors import InvalidInput, NotFound
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault


def actions(vault: Vault) -> list[str]:
    return [e["action"] for e in vault.db["custody_events"].rows_where(order_by="seq")]


def add_files(vault: Vault, case: dict, tmp_path: Path, count: int) -> None:
    for n in range(count):
        path = tmp_path / f"file{n}.txt"
        path.write_text(f"evidence {n}", encoding="utf-8")
        ingest_file(vault, case, path)


# -- translation_of, obtained_by, archived_exhibit -----------------------------------------

def test_translation_of_points_at_the_original_testimony(vault, passphrase) -> None:
    case = cases.add_case(vault, "Case")
    original = testimonies.add_testimony(vault, case, {"narrative": "Исходный текст"})
    translated = testimonies.add_testimony(vault, case, {"narrative": "The original text",
                                                         "language": "en",
                                                         "translation_of": "t0001"})
    assert translated["translation_of"] == original["id"]
    again = Vault.open(vault.folder, passphrase)
    rows = testimonies.list_testimonies(again, case["id"])
    assert [r["translation_of"] for r in rows] == [None, original["id"]]
    again.lock()


@pytest.mark.parametrize("ref, error, match", [
    ("E0001", InvalidInput, "not a testimony"),
    ("T0009", NotFound, "T0009"),
    ("hello", InvalidInput, "not an item code"),
])
def test_translation_of_must_name_a_testimony_of_the_case(vault, ref, error, match) -> None:
    case = cases.add_case(vault, "Case")
    testimonies.add_testimony(vault, case, {"narrative": "first"})
    with pytest.raises(error, match=match):
        testimonies.add_testimony(vault, case, {"narrative": "x", "translation_of": ref})
    assert len(testimonies.list_testimonies(vault, case["id"])) == 1


def test_translation_of_another_case_is_refused(vault) -> None:
    first, second = cases.add_case(vault, "One"), cases.add_case(vault, "Two")
    testimonies.add_testimony(vault, first, {"narrative": "in case one"})
    with pytest.raises(NotFound, match="T0001"):
        testimonies.add_testimony(vault, second, {"narrative": "x", "translation_of": "T0001"})


def test_unknown_testimony_keys_are_still_an_error() -> None:
    with pytest.raises(InvalidInput, match="translated_from"):
        testimonies.validate({"narrative": "x", "translated_from": "T0001"})


def test_consent_obtained_by_is_stored(vault, passphrase) -> None:
    case = cases.add_case(vault, "Case")
    row = testimonies.add_testimony(vault, case, {"narrative": "x", "consent": {
        "record": "signed form", "share_with": ["icc"], "obtained_by": "Interviewer A-3"}})
    again = Vault.open(vault.folder, passphrase)
    [stored] = list(again.db["consents"].rows_where("testimony_id = ?", [row["id"]]))
    assert stored["obtained_by"] == "Interviewer A-3"
    assert consent.scopes_of(again, row["id"])[0]["obtained_by"] == "Interviewer A-3"
    again.lock()
    with pytest.raises(InvalidInput, match="obtained_by"):
        consent.parse_consent({"obtained_by": 3})
    with pytest.raises(InvalidInput, match="obtainer"):
        consent.parse_consent({"obtainer": "A-3"})


def test_source_archived_exhibit_round_trip(vault, passphrase, tmp_path) -> None:
    case = cases.add_case(vault, "Case")
    add_files(vault, case, tmp_path, 3)
    row = sources.add_source(vault, case, sources.SourceInput(title="Web page",
                                                              archived_exhibit="e3"))
    exhibit = next(vault.db["exhibits"].rows_where("number = 3"))
    assert row["archived_exhibit_id"] == exhibit["id"] and row["archived_exhibit"] == "E0003"
    again = Vault.open(vault.folder, passphrase)
    [stored] = sources.list_sources(again, case["id"])
    assert (stored["archived_exhibit_id"], stored["archived_exhibit"]) == (exhibit["id"], "E0003")
    again.lock()


@pytest.mark.parametrize("ref, error", [("T0001", InvalidInput), ("E0042", NotFound),
                                        ("3", InvalidInput)])
def test_source_archived_exhibit_must_be_an_exhibit_of_the_case(vault, tmp_path, ref,
                                                                error) -> None:
    case = cases.add_case(vault, "Case")
    add_files(vault, case, tmp_path, 1)
    with pytest.raises(error):
        sources.add_source(vault, case, sources.SourceInput(title="S", archived_exhibit=ref))
    assert sources.list_sources(vault, case["id"]) == []


# -- links and case edits (core) -------------------------------------------------------

def test_link_logs_only_a_new_link(vault, tmp_path) -> None:
    case = cases.add_case(vault, "Case")
    add_files(vault, case, tmp_path, 1)
    testimonies.add_testimony(vault, case, {"narrative": "x"})
    assert exhibits.link(vault, case, "e1", "T0001", "recording-of") is True
    assert exhibits.link(vault, case, "E0001", "T0001", "recording-of") is False
    assert actions(vault).count("items-linked") == 1
    assert exhibits.link(vault, case, "E0001", "T0001") is True  # another relation
    assert actions(vault).count("items-linked") == 2
    last = json.loads(list(vault.db["custody_events"].rows_where(
        order_by="seq desc", limit=1))[0]["details"])
    assert last == {"from": "E0001", "to": "T0001", "relation": "related"}


def test_update_case_status_and_texts(vault, passphrase) -> None:
    case = cases.add_case(vault, "Case", summary="old")
    updated = cases.update_case(vault, case["id"], {"status": "closed", "summary": "new"})
    assert (updated["status"], updated["summary"]) == ("closed", "new")
    assert updated["updated_at"] >= case["updated_at"]
    event = list(vault.db["custody_events"].rows_where(order_by="seq desc", limit=1))[0]
    assert event["action"] == "case-edited" and event["item_uid"] == case["uid"]
    assert json.loads(event["details"]) == {"fields": ["status", "summary"], "status": "closed"}
    count = len(actions(vault))
    assert cases.update_case(vault, case["id"], {"status": "closed"})["status"] == "closed"
    assert len(actions(vault)) == count, "no change, no event"
    for bad in ({"status": "deleted"}, {"title": "  "}, {"uid": "x"}):
        with pytest.raises(InvalidInput):
            cases.update_case(vault, case["id"], bad)
    again = Vault.open(vault.folder, passphrase)
    assert cases.list_cases(again)[0]["status"] == "closed"
    again.lock()


# -- command line ----------------------------------------------------------------------

@pytest.fixture
def cli_vault(vault, passphrase_file, tmp_path):  # noqa: ANN201 - argv prefix and vault
    case = cases.add_case(vault, "Case")
    add_files(vault, case, tmp_path, 3)
    testimonies.add_testimony(vault, case, {"narrative": "x"})
    return ["--vault", str(vault.folder), "--passphrase-file", str(passphrase_file)], vault


def test_cli_exhibit_edit(cli, cli_vault) -> None:
    v, vault = cli_vault
    res = cli("exhibit", "edit", "--case", "1", "E0002", "--description", "Gate at night",
              "--location", "Argun", "--tag", "gate", "--tag", "night", "--json", *v)
    assert res.code == 0, res.err
    row = json.loads(res.out)
    assert (row["code"], row["description"], row["location_text"], row["tags"]) == \
        ("E0002", "Gate at night", "Argun", ["gate", "night"])
    assert actions(vault)[-1] == "exhibit-metadata-edited"
    res = cli("exhibit", "edit", "--case", "1", "E0002", "--no-tags", *v)
    assert res.code == 0 and "E0002  updated" in res.out
    assert json.loads(vault.db["exhibits"].get(2)["tags"]) == []
    assert "nothing to change" in cli("exhibit", "edit", "--case", "1", "E0002",
                                      *v).assert_user_error().lower()
    assert "T0001 is not an exhibit" in cli("exhibit", "edit", "--case", "1", "T0001",
                                            "--description", "x", *v).assert_user_error()


def test_cli_link(cli, cli_vault) -> None:
    v, vault = cli_vault
    res = cli("link", "--case", "1", "E0001", "T0001", "--relation", "recording-of", *v)
    assert res.code == 0 and "Linked E0001 -> T0001 (recording-of)" in res.out, res.err
    res = cli("link", "--case", "1", "E0001", "T0001", "--relation", "recording-of",
              "--json", *v)
    assert res.code == 0 and json.loads(res.out)["added"] is False
    assert actions(vault).count("items-linked") == 1
    assert "itself" in cli("link", "--case", "1", "E0001", "e1", *v).assert_user_error()
    assert "X0001" in cli("link", "--case", "1", "E0001", "X0001", *v).assert_user_error()


def test_cli_case_edit(cli, cli_vault) -> None:
    v, vault = cli_vault
    res = cli("case", "edit", "1", "--status", "archived", "--title", "Renamed", *v)
    assert res.code == 0 and "Renamed" in res.out and "(archived)" in res.out, res.err
    listed = json.loads(cli("case", "list", "--json", *v).out)
    assert (listed[0]["status"], listed[0]["title"]) == ("archived", "Renamed")
    assert cli("case", "edit", "1", "--status", "gone", *v).code == 2  # argparse choices
    assert "Nothing to change" in cli("case", "edit", "1", *v).assert_user_error()
    assert "no case 7" in cli("case", "edit", "7", "--status", "open", *v).assert_user_error()


def test_cli_source_add_archived(cli, cli_vault) -> None:
    v, _vault = cli_vault
    res = cli("source", "add", "--case", "1", "--title", "Page", "--archived", "E0003",
              "--json", *v)
    assert res.code == 0, res.err
    assert json.loads(res.out)["archived_exhibit"] == "E0003"
    [listed] = json.loads(cli("source", "list", "--case", "1", "--json", *v).out)
    assert listed["archived_exhibit"] == "E0003"
    line = cli("source", "add", "--case", "1", "--title", "P", "--archived", "T0001",
               *v).assert_user_error()
    assert "T0001 is not an exhibit" in line


def test_cli_check_counts_passed_apart_from_checked(cli, cli_vault) -> None:
    v, vault = cli_vault
    res = cli("check", *v)
    assert res.code == 0 and "3 of 3 encrypted file(s) decrypted and matched" in res.out
    blob = vault.blobs.path_for(vault.db["exhibits"].get(1)["blob_id"])
    data = bytearray(blob.read_bytes())
    data[-1] ^= 1
    blob.write_bytes(bytes(data))
    res = cli("check", *v)
    assert res.code == 1 and "2 of 3 encrypted file(s) decrypted and matched" in res.out
    report = json.loads(cli("check", "--json", *v).out)
    assert (report["blobs_checked"], report["blobs_passed"]) == (3, 2)


def test_passwd_at_a_terminal_asks_the_old_passphrase_once(cli, vault, passphrase,
                                                          monkeypatch) -> None:
    from evidence_kit.cli import session

    folder = vault.folder
    vault.lock()
    new = "a brand new passphrase"
    answers = iter([passphrase, new, new])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(session.getpass, "getpass", fake_getpass)
    monkeypatch.setattr(session.sys.stdin, "isatty", lambda: True)
    res = cli("passwd", "--vault", folder)
    assert res.code == 0, res.err
    assert prompts == ["Vault passphrase: ", "New passphrase: ", "Repeat the passphrase: "]
    Vault.open(folder, new).lock()


def test_an_edit_sets_and_shows_translation_of(vault) -> None:
    case = cases.add_case(vault, "Case")
    original = testimonies.add_testimony(vault, case, {"narrative": "Исходный текст"})
    other = testimonies.add_testimony(vault, case, {"narrative": "The original text"})
    assert testimonies.document_of(vault, other)["translation_of"] == ""
    result = testimonies.update_testimony(vault, case, "T0002", {"translation_of": "T0001"})
    assert result.changed == ["translation_of"]
    assert result.testimony["translation_of"] == original["id"]
    assert testimonies.document_of(vault, result.testimony)["translation_of"] == "T0001"
    unchanged = testimonies.update_testimony(vault, case, "T0002", {"translation_of": "t0001"})
    assert unchanged.changed == []
