"""Odd places and odd names: a read-only vault folder (really read-only, even for root: a
read-only bind mount), a vault on a path with Cyrillic, Arabic and spaces, and evidence
files whose names are not UTF-8 at all (old cameras, USB sticks written in cp1251).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from e2e.kit import DOSSIER_PASS, VAULT_PASS, export, make_vault, verify

from evidence_kit import cases, signers, trust
from evidence_kit.dossier_import import import_dossier
from evidence_kit.dossier_open import open_dossier
from evidence_kit.errors import StorageError
from evidence_kit.exhibits import list_exhibits, update_exhibit
from evidence_kit.ingest import ingest_file
from evidence_kit.vault import Vault

from .support import assert_sound, read_only, state

ODD_DIR = Path("Дело 17") / "ملف العمل"
RAW_NAMES = [b"photo-\xff\xfe.jpg", b"\xcf\xf0\xee\xf2\xee\xea\xee\xeb 1.txt",  # cp1251
             b"clip \xe9t\xe9.mp4"]  # latin-1


def _case_with_one_exhibit(folder: Path, tmp_path: Path) -> Vault:
    vault = make_vault(folder)
    case = cases.add_case(vault, "Case", target_body="icc")
    first = tmp_path / "first.txt"
    first.write_bytes(b"the first exhibit\n")
    ingest_file(vault, case, first)
    return vault


def _secret(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


# -- read-only vault folder -----------------------------------------------------------------

def test_opening_a_vault_on_read_only_media_says_so(tmp_path: Path) -> None:
    """Closed cleanly, the vault has no WAL index; SQLite cannot make one on read-only media:
    the error must say "read-only", not "damaged"."""
    vault = _case_with_one_exhibit(tmp_path / "vault", tmp_path)
    before = state(vault)
    vault.lock()
    (tmp_path / "vault" / "tmp" / "left-by-a-crash.part").write_bytes(b"ciphertext")
    with read_only(tmp_path / "vault"):
        with pytest.raises(StorageError, match="read-only") as caught:
            Vault.open(tmp_path / "vault", VAULT_PASS)
        assert "damaged" not in caught.value.message
    vault = Vault.open(tmp_path / "vault", VAULT_PASS)
    assert state(vault) == before
    assert_sound(vault, orphans_allowed=False)
    vault.lock()


def test_a_vault_read_from_read_only_media_refuses_every_change_clearly(tmp_path: Path) -> None:
    """After a crash the WAL files are still there, so the vault opens for reading; every
    change must then fail with a plain "read-only" error and change nothing."""
    vault = _case_with_one_exhibit(tmp_path / "vault", tmp_path)
    case = vault.db["cases"].get(1)
    new = tmp_path / "second.txt"
    new.write_bytes(b"a second exhibit\n")
    crashed = tmp_path / "crashed"  # a copy taken while open: as a power cut leaves it
    shutil.copytree(tmp_path / "vault", crashed)
    vault.lock()
    assert (crashed / "vault.db-wal").exists()
    with read_only(crashed):
        vault = Vault.open(crashed, VAULT_PASS)  # reading still works
        try:
            before = state(vault)
            with pytest.raises(StorageError, match="read-only") as caught:
                ingest_file(vault, case, new)
            assert "Errno" not in caught.value.message
            with pytest.raises(StorageError, match="read-only"):
                update_exhibit(vault, case, "E0001", {"description": "changed"})
            with pytest.raises(StorageError, match="read-only"):
                cases.add_case(vault, "Another case")
            assert state(vault) == before
            assert list_exhibits(vault, case["id"])[0]["description"] == ""
            assert_sound(vault, orphans_allowed=False)
        finally:
            vault.lock()
    vault = Vault.open(crashed, VAULT_PASS)
    assert state(vault) == before
    assert_sound(vault, orphans_allowed=False)
    vault.lock()


def test_a_vault_whose_folder_turns_read_only_while_open(tmp_path: Path) -> None:
    """A USB stick the kernel remounts read-only after an error, under an open vault."""
    vault = _case_with_one_exhibit(tmp_path / "vault", tmp_path)
    case = vault.db["cases"].get(1)
    before = state(vault)
    new = tmp_path / "second.jpg"
    new.write_bytes(os.urandom(3 * 1024 * 1024))
    try:
        with read_only(tmp_path / "vault"):
            with pytest.raises(StorageError, match="read-only"):
                ingest_file(vault, case, new)
            assert state(vault) == before
    finally:
        vault.lock()
    vault = Vault.open(tmp_path / "vault", VAULT_PASS)
    assert state(vault) == before
    assert_sound(vault, orphans_allowed=False)
    assert not ingest_file(vault, case, new).duplicate  # writable again: works
    vault.lock()


def test_cli_on_a_read_only_vault_answers_in_one_line(tmp_path: Path,
                                                     run_cli) -> None:  # noqa: ANN001
    _case_with_one_exhibit(tmp_path / "vault", tmp_path).lock()
    secret = _secret(tmp_path, VAULT_PASS, "pass.txt")
    extra = tmp_path / "extra.txt"
    extra.write_text("more\n")
    common = ("--vault", tmp_path / "vault", "--passphrase-file", secret)
    with read_only(tmp_path / "vault"):
        for argv in (("exhibit", "list", "--case", "1"), ("check",),
                     ("exhibit", "add", "--case", "1", extra), ("case", "add", "Another")):
            result = run_cli(*common, *argv)
            assert result.code != 0 and "Traceback" not in result.err, result.err
            assert len(result.err_lines) == 1 and "read-only" in result.err, (argv, result.err)
    listed = run_cli(*common, "exhibit", "list", "--case", "1", "--json")
    assert [row["code"] for row in json.loads(listed.out)] == ["E0001"]


# -- a vault on a path with non-ASCII characters and spaces -----------------------------------

def test_every_step_works_on_a_non_ascii_path_with_spaces(tmp_path: Path) -> None:
    root = tmp_path / ODD_DIR
    vault = make_vault(root / "хранилище")
    case = cases.add_case(vault, "Дело № 17 — دراسة", target_body="icc")
    source = root / "свидетель 1 — صورة.txt"
    source.write_text("показания\n", encoding="utf-8")
    result = ingest_file(vault, case, source)
    assert result.exhibit["original_filename"] == source.name
    update_exhibit(vault, case, result.code, {"description": "Описание — وصف"})
    out = root / "Досье 17 ملف.zip"
    exported = export(vault, case, out)
    assert exported.path == out and verify(out, vault).ok
    report, bag = open_dossier(out, root / "открыто مفتوح", DOSSIER_PASS,
                               signers.resolver(vault))
    assert report.ok and bag is not None
    assert any(p.read_text(encoding="utf-8") == "показания\n"
               for p in (bag / "data" / "exhibits").iterdir())
    legal = make_vault(root / "юристы فريق")
    trust.trust_key(legal, trust.export_public_key_text(vault), "Полевая группа")
    imported = import_dossier(legal, out, DOSSIER_PASS, signers.resolver(legal))
    assert imported.report.ok and len(imported.added) == 1
    assert imported.receipt is not None and imported.receipt.parent == root
    assert_sound(legal, orphans_allowed=False)
    legal.lock()
    vault.change_passphrase(VAULT_PASS, "новая фраза — عبارة جديدة")
    vault.lock()
    vault = Vault.open(root / "хранилище", "новая фраза — عبارة جديدة")
    assert_sound(vault, orphans_allowed=False)
    vault.lock()


def test_cli_on_a_non_ascii_path_with_spaces(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    root = tmp_path / ODD_DIR
    root.mkdir(parents=True)
    folder = root / "хранилище с пробелами"
    secret = _secret(tmp_path, VAULT_PASS, "pass.txt")
    password = _secret(tmp_path, DOSSIER_PASS, "dossier-pass.txt")
    common = ("--vault", folder, "--passphrase-file", secret)
    env = {"PYTHONIOENCODING": "utf-8:strict"}
    assert run_cli(*common, "init", "--label", "Группа", env=env).code == 0
    assert run_cli(*common, "case", "add", "Дело 17", env=env).code == 0
    photo = root / "фото 1 صورة.txt"
    photo.write_text("evidence\n")
    added = run_cli(*common, "exhibit", "add", "--case", "1", photo, env=env)
    assert added.code == 0 and photo.name in added.out, added.err
    listed = run_cli(*common, "exhibit", "list", "--case", "1", env=env)
    assert listed.code == 0 and "E0001" in listed.out, listed.err
    out = root / "Досье 17.zip"
    exported = run_cli(*common, "export", "--case", "1", "--out", out, "--password-file",
                       password, "--no-report", env=env)
    assert exported.code == 0 and out.is_file(), exported.err
    verified = run_cli(*common, "verify", out, "--password-file", password, env=env)
    assert verified.code == 0 and "VERIFIED" in verified.out, verified.out + verified.err
    opened = run_cli(*common, "open", out, "--password-file", password, "--to",
                     root / "открыто", env=env)
    assert opened.code == 0, opened.err
    checked = run_cli(*common, "check", env=env)
    assert checked.code == 0 and "OK" in checked.out, checked.out


# -- evidence files whose names are not UTF-8 ------------------------------------------------

def _raw_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, raw in enumerate(RAW_NAMES):
        path = folder / os.fsdecode(raw)
        path.write_bytes(f"exhibit with an odd name {n}\n".encode())
        paths.append(path)
    return paths


def test_files_with_non_utf8_names_ingest_list_and_export(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault")
    case = cases.add_case(vault, "Case", target_body="icc")
    paths = _raw_files(tmp_path / "odd")
    for path, raw in zip(paths, RAW_NAMES, strict=True):
        result = ingest_file(vault, case, path)
        stored = result.exhibit["original_filename"]
        stored.encode("utf-8")  # storable, printable text (no lone surrogates)
        assert stored == raw.decode("utf-8", "backslashreplace"), stored
    rows = list_exhibits(vault, case["id"])
    assert [r["original_filename"] for r in rows] == \
        [raw.decode("utf-8", "backslashreplace") for raw in RAW_NAMES]
    out = tmp_path / "out"
    out.mkdir()
    exported = export(vault, case, out / "odd.zip")
    report, bag = open_dossier(exported.path, tmp_path / "opened", DOSSIER_PASS,
                               signers.resolver(vault))
    assert report.ok and bag is not None
    names = [p.name for p in (bag / "data" / "exhibits").iterdir()]
    assert len(names) == len(RAW_NAMES)
    for name in names:
        name.encode("utf-8")
        assert "photo-" not in name and "clip" not in name, name  # never the original name
    assert_sound(vault, orphans_allowed=False)
    vault.lock()


def test_cli_prints_non_utf8_names_without_crashing(tmp_path: Path,
                                                   run_cli) -> None:  # noqa: ANN001
    """With a strict UTF-8 terminal (what most desktops have) and with the C locale."""
    secret = _secret(tmp_path, VAULT_PASS, "pass.txt")
    folder = tmp_path / "vault"
    common = ("--vault", folder, "--passphrase-file", secret)
    assert run_cli(*common, "init").code == 0
    assert run_cli(*common, "case", "add", "Case").code == 0
    paths = _raw_files(tmp_path / "odd")
    strict = {"PYTHONIOENCODING": "utf-8:strict"}
    one = run_cli(*common, "exhibit", "add", "--case", "1", paths[0], env=strict)
    assert one.code == 0 and "Traceback" not in one.err, one.err
    assert "E0001  added  photo-\\xff\\xfe.jpg" in one.out, one.out
    folder_add = run_cli(*common, "exhibit", "add", "--case", "1", tmp_path / "odd", env=strict)
    assert folder_add.code == 0, folder_add.err
    assert folder_add.out.count("added") == 2 and "already in the case" in folder_add.out
    for env in (strict, {"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": None}):
        table = run_cli(*common, "exhibit", "list", "--case", "1", env=env)
        assert table.code == 0 and table.out.count("\nE000") == 3, table.out + table.err
        as_json = run_cli(*common, "exhibit", "list", "--case", "1", "--json", env=env)
        assert as_json.code == 0, as_json.err
        names = sorted(row["original_filename"] for row in json.loads(as_json.out))
        assert names == sorted(raw.decode("utf-8", "backslashreplace") for raw in RAW_NAMES)
    missing = run_cli(*common, "exhibit", "add", "--case", "1",
                      tmp_path / os.fsdecode(b"gone-\xff.jpg"), env=strict)
    assert missing.code == 1 and "Traceback" not in missing.err
    assert len(missing.err_lines) == 1 and "not found" in missing.err.lower(), missing.err
    shutil.rmtree(tmp_path / "odd")
