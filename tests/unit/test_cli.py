"""The `evidence-kit` command line, through the installed console script (subprocess) and
in-process: the issue's commands work, --json parses, options go before or after the
subcommand, and every user error is one line on stderr, a non-zero exit, no traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_kit.demo import DEMO_PASSPHRASE, add_demo_case
from evidence_kit.vault import Vault

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
WITNESS = "Ruslan Testovich Demoyev"


def flip(path: Path, pos: int) -> None:
    data = bytearray(path.read_bytes())
    data[pos] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def photo_dir(tmp_path) -> Path:
    """The four demo photos, in a folder of their own (the demo folder also has JSON)."""
    folder = tmp_path / "phone"
    folder.mkdir()
    for photo in (DEMO / "photos").glob("*.jpg"):
        (folder / photo.name).write_bytes(photo.read_bytes())
    return folder


def test_console_script_init_and_records(run_cli, tmp_path, passphrase, passphrase_file,
                                         photo_dir):
    vault = tmp_path / "vault"
    res = run_cli("init", "--vault", vault, "--passphrase-file", passphrase_file)
    assert res.code == 0 and "Created vault" in res.out, res.err
    env = {"EVIDENCE_KIT_PASSPHRASE": passphrase}
    res = run_cli("--vault", vault, "case", "add", "Detentions in Argun", "--target", "un-sp",
                  "--json", env=env)
    assert res.code == 0, res.err
    assert json.loads(res.out)["title"] == "Detentions in Argun"
    res = run_cli("--vault", vault, "exhibit", "add", "--case", "1", photo_dir,
                  "--json", "--passphrase-file", passphrase_file)
    assert res.code == 0, res.err
    assert [r["code"] for r in json.loads(res.out)] == ["E0001", "E0002", "E0003", "E0004"]
    res = run_cli("--passphrase-file", passphrase_file, "case", "list", "--json",
                  "--vault", vault)
    assert res.code == 0, res.err
    [case] = json.loads(res.out)
    assert case["counts"] == {"exhibits": 4, "testimonies": 0, "sources": 0}
    res = run_cli("check", env={**env, "EVIDENCE_KIT_VAULT": str(vault)})
    assert res.code == 0 and "Integrity check OK" in res.out, res.out + res.err


def test_console_script_init_with_env_passphrase(run_cli, tmp_path, passphrase):
    vault = tmp_path / "vault"
    res = run_cli("--vault", vault, "init", env={"EVIDENCE_KIT_PASSPHRASE": passphrase})
    assert res.code == 0, res.err
    Vault.open(vault, passphrase).lock()


def test_demo_then_check_detects_a_flipped_blob_byte(run_cli, tmp_path):
    vault = tmp_path / "demo-vault"
    res = run_cli("demo", "--vault", vault)
    assert res.code == 0 and DEMO_PASSPHRASE in res.out, res.err
    env = {"EVIDENCE_KIT_PASSPHRASE": DEMO_PASSPHRASE}
    res = run_cli("--vault", vault, "testimony", "list", "--case", "1", "--json", env=env)
    assert res.code == 0 and [t["pseudonym"] for t in json.loads(res.out)] == ["W-07", "W-12"]
    assert WITNESS not in res.out, "listings never show identities"
    res = run_cli("--vault", vault, "check", env=env)
    assert res.code == 0, res.out + res.err
    opened = Vault.open(vault, DEMO_PASSPHRASE)
    blob = opened.blobs.path_for(opened.db["exhibits"].get(2)["blob_id"])
    opened.lock()
    flip(blob, blob.stat().st_size // 2)
    res = run_cli("--vault", vault, "check", env=env)
    assert res.code == 1
    problems = [line for line in res.out.splitlines() if line.startswith("PROBLEM")]
    assert len(problems) == 1 and problems[0].startswith("PROBLEM: E0002: "), res.out
    assert "Integrity check FAILED" in res.out and "Traceback" not in res.err


def test_full_workflow_in_process(cli, tmp_path, passphrase_file, photo_dir):
    v = ["--vault", str(tmp_path / "vault"), "--passphrase-file", str(passphrase_file)]
    assert cli("init", *v).code == 0
    res = cli("case", "add", "Case A", "--summary", "S", "--country", "RU", "--json", *v)
    assert res.code == 0 and json.loads(res.out)["country"] == "RU"
    assert [c["id"] for c in json.loads(cli("case", "list", "--json", *v).out)] == [1]
    res = cli("exhibit", "add", "--case", "1", DEMO / "photos" / "gate-argun.jpg",
              "--description", "Gate", "--tag", "gate", "--tag", "argun", *v)
    assert res.code == 0 and res.out.startswith("E0001  added  gate-argun.jpg")
    res = cli("exhibit", "add", "--case", "1", photo_dir, *v)
    assert res.code == 0 and "already in the case as E0001" in res.out
    rows = json.loads(cli("exhibit", "list", "--case", "1", "--json", *v).out)
    assert [r["code"] for r in rows] == ["E0001", "E0002", "E0003", "E0004"]
    assert rows[0]["tags"] == ["gate", "argun"] and rows[0]["gps_lat"] == pytest.approx(43.29)
    res = cli("testimony", "add", "--case", "1", "--from", DEMO / "testimony-01.json", *v)
    assert res.code == 0 and "T0001" in res.out and WITNESS not in res.out
    res = cli("source", "add", "--case", "1", "--title", "Novaya Gazeta report", "--url",
              "https://novayagazeta.ru/", "--published", "2017-04-01", "--accessed",
              "2026-11-01", "--quote", "Q", "--reliability", "B", "--credibility", "2",
              "--json", *v)
    assert res.code == 0 and json.loads(res.out)["code"] == "S0001"
    [src] = json.loads(cli("source", "list", "--case", "1", "--json", *v).out)
    assert (src["reliability"], src["credibility"], src["quote"]) == ("B", "2", "Q")
    events = json.loads(cli("log", "show", "--json", *v).out)
    assert [e["action"] for e in events] == ["vault-created", "case-created"] + \
        ["exhibit-ingested"] * 4 + ["testimony-added", "source-added"]
    assert "exhibit-ingested" in cli("log", "show", *v).out
    res = cli("log", "verify", *v)
    assert res.code == 0 and "8 event(s)" in res.out
    res = cli("check", "--json", *v)
    assert res.code == 0 and json.loads(res.out)["ok"] is True


@pytest.mark.parametrize("order", ["before", "after", "split", "split-reversed"])
def test_global_options_before_or_after_the_subcommand(cli, demo_vault, passphrase_file,
                                                       order):
    vault, pfile = ["--vault", str(demo_vault.folder)], ["--passphrase-file",
                                                          str(passphrase_file)]
    argv = {"before": [*vault, *pfile, "case", "list"],
            "after": ["case", "list", *vault, *pfile],
            "split": [*vault, "case", "list", *pfile],
            "split-reversed": [*pfile, "case", "list", *vault]}[order]
    res = cli(*argv)
    assert res.code == 0, res.err
    assert "DEMO" in res.out and res.err == ""


@pytest.fixture
def error_vault(tmp_path, passphrase) -> Path:
    vault = Vault.create(tmp_path / "vault", passphrase)
    add_demo_case(vault)
    vault.lock()
    bad = tmp_path / "bad-testimony.json"
    bad.write_text(json.dumps({"pseudonym": "W-1", "witness_nmae": "typo"}), encoding="utf-8")
    (tmp_path / "not-json.json").write_text("{", encoding="utf-8")
    return vault.folder


def _corrupt(folder: Path, how: str) -> None:
    if how == "header":
        (folder / "vault.json").write_text('{"format": "evidence-kit-vault", "version"',
                                            encoding="utf-8")
    elif how == "db-page-1":
        flip(folder / "vault.db", 200)
    elif how == "db-page-2":
        flip(folder / "vault.db", 4096 + 200)


USER_ERRORS = {
    # name: (argv after the vault options, extra env, corruption, text in the message)
    "wrong passphrase": (["case", "list"], {"EVIDENCE_KIT_PASSPHRASE": "not it at all"}, None,
                         "passphrase is not correct"),
    "missing file": (["exhibit", "add", "--case", "1", "{tmp}/no-such.jpg"], {}, None,
                     "File not found"),
    "unknown case id": (["exhibit", "list", "--case", "99"], {}, None, "no case 99"),
    "case id not a number": (["exhibit", "list", "--case", "abc"], {}, None, "not a case"),
    "no vault": (["case", "list", "--vault", "{tmp}/nowhere"], {}, None, "No vault found"),
    "unknown testimony key": (["testimony", "add", "--case", "1", "--from",
                               "{tmp}/bad-testimony.json"], {}, None, "witness_nmae"),
    "testimony not json": (["testimony", "add", "--case", "1", "--from",
                            "{tmp}/not-json.json"], {}, None, "not valid UTF-8 JSON"),
    "testimony file missing": (["testimony", "add", "--case", "1", "--from",
                                "{tmp}/none.json"], {}, None, "not found"),
    "bad source url": (["source", "add", "--case", "1", "--title", "T", "--url", "ftp://x"],
                       {}, None, "http"),
    "corrupt header": (["case", "list"], {}, "header", "damaged"),
    "corrupt db page 1": (["case", "list"], {}, "db-page-1", "damaged or was altered"),
    "corrupt db page 2": (["case", "list"], {}, "db-page-2", "damaged or was altered"),
    "init over a vault": (["init"], {"EVIDENCE_KIT_INSECURE_FAST_KDF": None}, None,
                          "already a vault"),
    "passphrase file missing": (["case", "list", "--passphrase-file", "{tmp}/nofile"],
                                {"EVIDENCE_KIT_PASSPHRASE": None}, None, "does not exist"),
    "no passphrase at all": (["case", "list"], {"EVIDENCE_KIT_PASSPHRASE": None}, None,
                             "No passphrase given"),
}


@pytest.mark.parametrize("runner", ["subprocess", "in-process"])
@pytest.mark.parametrize("name", list(USER_ERRORS))
def test_user_errors_are_one_clean_line(run_cli, cli, monkeypatch, error_vault, passphrase,
                                        runner, name):
    argv, env, corruption, text = USER_ERRORS[name]
    tmp = error_vault.parent
    if corruption:
        _corrupt(error_vault, corruption)
    argv = [a.replace("{tmp}", str(tmp)) for a in argv]
    env = {"EVIDENCE_KIT_PASSPHRASE": passphrase, **env}
    full = ["--vault", str(error_vault), *argv]  # a later --vault in argv wins
    if runner == "subprocess":
        res = run_cli(*full, env=env)
    else:
        for key, value in env.items():
            if value is None:
                monkeypatch.delenv(key, raising=False)
            else:
                monkeypatch.setenv(key, value)
        res = cli(*full)
    line = res.assert_user_error()
    assert text in line, line
    assert line.startswith(("evidence-kit: ", "skipped ")), line
    assert res.code in (1, 2), res.code


def test_usage_errors_do_not_trace(run_cli):
    res = run_cli("exhibit", "add")
    assert res.code == 2 and "Traceback" not in res.err and "usage:" in res.err


def test_exhibit_list_shows_the_recorded_utc_offset(cli, tmp_path, passphrase_file, photo_dir):
    """CAPTURED is the camera's local time with the offset its EXIF recorded (+03:00);
    a file without a capture time leaves the cell empty."""
    v = ["--vault", str(tmp_path / "vault"), "--passphrase-file", str(passphrase_file)]
    assert cli("init", *v).code == 0
    assert cli("case", "add", "Case A", *v).code == 0
    (photo_dir / "no-exif.png").write_bytes(_png_without_exif())
    assert cli("exhibit", "add", "--case", "1", photo_dir / "street-grozny.jpg",
               photo_dir / "no-exif.png", *v).code == 0
    header, *rows = cli("exhibit", "list", "--case", "1", *v).out.splitlines()
    start, end = header.index("CAPTURED"), header.index("GPS")
    captured = {row[:5]: row[start:end].strip() for row in rows}
    assert captured == {"E0001": "2017-03-24T16:42:07+03:00", "E0002": ""}, rows


def _png_without_exif() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, "PNG")
    return out.getvalue()
