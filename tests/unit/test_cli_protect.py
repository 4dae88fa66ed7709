"""The witness-protection commands from the command line: redact, risk, consent show and
withdraw, redact-term, and dossier export with --level and --override."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from evidence_kit.vault import Vault


@pytest.fixture
def v(demo_vault: Vault, passphrase_file: Path) -> list[str]:
    return ["--vault", str(demo_vault.folder), "--passphrase-file", str(passphrase_file)]


def _opened(cli, v, dossier: Path, to: Path) -> dict[str, bytes]:
    res = cli("open", dossier, "--to", to, "--password-file", v[3], *v)
    assert res.code == 0, res.out + res.err
    return {str(p.relative_to(to)): p.read_bytes() for p in to.rglob("*") if p.is_file()}


def test_redact_makes_a_linked_copy_and_refuses_bad_boxes(cli, v, demo_vault):
    res = cli("redact", "--case", "1", "E0001", "--box", "0,0,120,90", "--box", "10,10,5,5",
              "--mode", "black", *v)
    assert res.code == 0, res.err
    assert res.out.startswith("E0005  redacted copy of E0001 (2 region(s) blacked")
    res = cli("redact", "--case", "1", "E0002", "--json", *v)
    copy = json.loads(res.out)
    assert copy["code"] == "E0006" and copy["parent_id"] == 2 and copy["gps_lat"] is None
    line = cli("redact", "--case", "1", "E0001", "--box", "1,2,3", *v).assert_user_error()
    assert "is not a box" in line
    line = cli("redact", "--case", "1", "T0001", *v).assert_user_error()
    assert "T0001 is not an exhibit" in line


def test_risk_shows_what_the_photo_reveals(cli, v):
    res = cli("risk", "--case", "1", "E0001", *v)
    assert res.code == 0, res.err
    assert "What E0001 reveals (risk: high):" in res.out and "GPS position" in res.out
    assert "Faces" in res.out and "A redacted copy keeps: pixels only" in res.out
    report = json.loads(cli("risk", "--case", "1", "E0001", "--json", *v).out)
    found = {f["what"]: f for f in report["findings"]}
    assert found["GPS position"]["severity"] == "high" and report["worst"] == "high"
    assert found["Faces"]["value"].endswith("(automatic detection can miss faces)")
    assert report["faces"] == []
    cli("redact", "--case", "1", "E0001", *v)
    copy = json.loads(cli("risk", "--case", "1", "E0005", "--json", *v).out)
    assert copy["worst"] != "high"
    assert "T0001 is not an exhibit" in cli("risk", "--case", "1", "T0001",
                                            *v).assert_user_error()


def test_consent_show_and_withdraw_write_signed_notices(cli, v, tmp_path, passphrase_file):
    res = cli("consent", "show", "--case", "1", "T0001", "--json", *v)
    assert sorted(s["body"] for s in json.loads(res.out)) == ["icc", "un-sp"]
    out = tmp_path / "sent.zip"
    res = cli("export", "--case", "1", "--out", out, "--recipient-body", "un-sp",
              "--no-report", "--password-file", passphrase_file, *v)
    assert res.code == 0, res.err
    notices = tmp_path / "notices"
    line = cli("consent", "withdraw", "--case", "1", "T0001", "--notices", notices,
               *v).assert_user_error()
    assert "does not exist" in line
    notices.mkdir()
    res = cli("consent", "withdraw", "--case", "1", "T0001", "--body", "un-sp", "--note",
              "by phone", "--notices", notices, *v)
    assert res.code == 0, res.err
    assert "withdrawn for: un-sp" in res.out and "Signed withdrawal notice:" in res.out
    [notice] = notices.glob("*.json")
    assert json.loads(notice.read_text(encoding="utf-8"))["testimony"]["code"] == "T0001"
    assert (notices / (notice.name + ".minisig")).is_file()
    table = cli("consent", "show", "--case", "1", "T0001", *v).out
    [unsp] = [row for row in table.splitlines() if row.startswith("un-sp")]
    assert unsp.split()[-1].startswith("20"), "the WITHDRAWN column has the date"
    line = cli("consent", "withdraw", "--case", "1", "T0001", "--body", "un-sp", "--notices",
               notices, *v).assert_user_error()
    assert "no active consent for un-sp" in line


def test_override_and_withdrawal_of_an_override_from_the_command_line(cli, v, tmp_path,
                                                                    passphrase_file):
    base = ["export", "--case", "1", "--recipient-body", "icc", "--no-report",
            "--password-file", passphrase_file, *v]
    res = cli(*base, "--out", tmp_path / "plain.zip")
    assert res.code == 0 and "excluded T0002: no recorded consent" in res.err
    line = cli(*base, "--out", tmp_path / "x.zip", "--override", "T0002", "--decided-by",
               "   ", "--reason", "urgent").assert_user_error()
    assert "person who decided and the reason" in line
    assert not (tmp_path / "x.zip").exists()
    res = cli(*base, "--out", tmp_path / "override.zip", "--override", "t0002",
              "--decided-by", "Director", "--reason", "urgent", "--json")
    assert res.code == 0, res.err
    assert "T0002" in json.loads(res.out)["items"]
    events = json.loads(cli("log", "show", "--json", *v).out)
    override = next(e for e in events if e["action"] == "consent-override")
    assert override["details"]["decided_by"] == "Director"
    # T0002 never consented to the ICC, but went there by override: withdrawing for the
    # ICC still works and reaches that dossier.
    notices = tmp_path / "notices"
    notices.mkdir()
    res = cli("consent", "withdraw", "--case", "1", "T0002", "--body", "icc", "--notices",
              notices, *v)
    assert res.code == 0, res.err
    assert len(list(notices.glob("*.withdrawal-T0002.json"))) == 1
    res = cli(*base, "--out", tmp_path / "again.zip", "--override", "T0002", "--decided-by",
              "Director", "--reason", "urgent", "--json")
    assert res.code == 0, res.err
    assert "T0002" not in json.loads(res.out)["items"]
    assert "excluded T0002: consent to share with" in res.err
    assert "an override cannot include it" in res.err


def test_redact_term_and_a_redacted_export(cli, v, tmp_path, passphrase_file):
    res = cli("redact-term", "--case", "1", "T0001", "Argun", "--replacement", "[town]", *v)
    assert res.code == 0 and "'[town]'" in res.out, res.err
    line = cli("redact-term", "--case", "1", "E0001", "Argun", *v).assert_user_error()
    assert "E0001 is not a testimony" in line
    assert "at least two" in cli("redact-term", "--case", "1", "T0001", "x",
                                 *v).assert_user_error()
    out = tmp_path / "redacted.zip"
    res = cli("export", "--case", "1", "--out", out, "--recipient-body", "un-sp",
              "--level", "redacted", "--no-report", "--password-file", passphrase_file, *v)
    assert res.code == 0, res.err
    assert "Disclosure:      redacted" in res.out
    files = _opened(cli, v, out, tmp_path / "opened")
    document = json.loads(next(b for k, b in files.items() if k.endswith("data/dossier.json")))
    assert document["disclosure_level"] == "redacted"
    narrative = next(t for t in document["testimonies"] if t["code"] == "T0001")["narrative"]
    assert "[town]" in narrative and "Argun" not in narrative
    assert all(e["derived_from_sha256"] for e in document["exhibits"])
    for name in files:
        if "/data/exhibits/" in name:
            with Image.open(tmp_path / "opened" / name) as image:
                assert not image.getexif(), name
    line = cli("export", "--case", "1", "--out", tmp_path / "y.zip", "--level",
               "public", *v)
    assert line.code == 2 and "invalid choice" in line.err
