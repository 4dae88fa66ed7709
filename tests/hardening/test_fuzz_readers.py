"""Property-based fuzzing of every reader of untrusted bytes: mutated real dossiers (the
encrypted file; the decrypted inner zip re-wrapped in a genuine envelope; the JSON inside,
re-signed by a sender the receiver trusts) and mutated real vaults (vault.json, vault.db,
blob files, the folder layout).

The only outcomes allowed are success or a clean EvidenceKitError: never another exception,
never a hang (Hypothesis' per-example deadline, plus a hard alarm behind it), never a write
outside the target folder of ``open_dossier``, and never more than a bounded amount of
memory. About 300 examples run every time; ``-m slow`` runs the 10,000-example version.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import hypothesis
import pytest
from e2e.kit import (
    DOSSIER_PASS,
    VAULT_PASS,
    canonical_zip,
    export,
    make_vault,
    members_of,
    payload_of,
    small_case,
    tree,
    wrap,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from evidence_kit import signers, trust
from evidence_kit.check import check_vault
from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_import import ImportResult, import_dossier
from evidence_kit.dossier_open import open_dossier
from evidence_kit.errors import EvidenceKitError
from evidence_kit.vault import Vault
from evidence_kit.verify import VerifyReport, verify_dossier

from .fuzzkit import (
    clean,
    json_bytes,
    json_edit,
    json_paths,
    json_values,
    mutate,
    mutations,
    no_hang,
    peak_rss_growth,
    resign,
)
from .support import assert_sound, orphan_blob_files

MEMORY_LIMIT = 256 * 1024 * 1024
# Absurd JSON (nesting past Python's recursion limit, yet under vault.json's 64 KiB cap).
DEEP = [b"[" * 60_000, b'{"a":' * 10_000 + b"1" + b"}" * 10_000, b"1" * 50_000,
        b"\xff\xfe not utf-8", b"", b"null", b"NaN", b'{"exhibits": Infinity}']


def event(text: str) -> None:
    """Hypothesis statistics (``--hypothesis-show-statistics``) about where examples end."""
    if currently_in_test_context():
        hypothesis.event(text)


def _settings(examples: int, deadline: float) -> settings:
    return settings(max_examples=examples, deadline=timedelta(seconds=deadline),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                    print_blob=True)


@dataclass
class World:
    root: Path
    sandboxes: Path
    field: Vault  # the sender; its key signs every dossier (and the re-signed ones)
    legal: Vault  # the receiver; trusts the field key
    legal_template: Path  # a locked copy of the receiver before any import
    small: bytes  # a three-exhibit dossier, a few KiB
    small_inner: bytes
    demo_members: dict[str, bytes]  # the demo case (exhibits, testimonies, sources)
    vault_template: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("fuzz")
    field = make_vault(root / "field", "Field team")
    small = export(field, small_case(field, root / "files"), root / "small.zip").path
    demo = export(field, add_demo_case(field), root / "demo.zip").path
    legal = make_vault(root / "legal", "Legal team")
    trust.trust_key(legal, trust.export_public_key_text(field), "Field team")
    legal.lock()
    shutil.copytree(legal.folder, root / "legal-template")
    legal = Vault.open(legal.folder, VAULT_PASS)
    template = make_vault(root / "vault-template")
    small_case(template, root / "template-files")
    template.lock()
    (root / "sandboxes").mkdir()
    yield World(root, root / "sandboxes", field, legal, root / "legal-template",
                small.read_bytes(), payload_of(small), members_of(payload_of(demo)),
                template.folder)
    assert_sound(legal)  # whatever was imported, the receiving vault is sound
    field.lock()
    legal.lock()


# -- one hostile dossier through verify, open and import --------------------------------------

def _open_into_target(w: World, receiver: Vault, dossier: Path, sandbox: Path) -> None:
    target = sandbox / "target"
    before, siblings = tree(sandbox), sorted(os.listdir(w.root))
    result = clean(lambda: open_dossier(dossier, target, DOSSIER_PASS,
                                        signers.resolver(receiver)))
    after = {k: v for k, v in tree(sandbox, skip=[target]).items() if k != "target"}
    assert after == before, "open_dossier wrote outside its target folder"
    assert sorted(os.listdir(w.root)) == siblings, "open_dossier wrote outside its sandbox"
    inside = sorted(os.listdir(target)) if target.exists() else []
    if isinstance(result, tuple) and result[1] is not None:
        assert result[0].intact and inside == [result[1].name]
    else:
        assert inside == [], f"a refused dossier left files in the target: {inside}"


def _import(receiver: Vault, dossier: Path) -> None:
    held = receiver.db["exhibits"].count
    result = clean(lambda: import_dossier(receiver, dossier, DOSSIER_PASS,
                                          signers.resolver(receiver)))
    assert list(receiver.blobs.tmp.iterdir()) == [], "import left temp files"
    assert orphan_blob_files(receiver) == set(), "a failed import left blob files"
    event(f"import: {type(result).__name__}")
    if not (isinstance(result, ImportResult) and result.report.ok):
        assert receiver.db["exhibits"].count == held, "a refused dossier added exhibits"


def attack(w: World, write: Callable[[Path], None], fresh_receiver: bool = False) -> None:
    """Verify, open and import one hostile dossier; with ``fresh_receiver`` import into a
    new copy of the receiving vault, so every example meets the import code afresh
    (a shared one would recognise the dossier or its items from an earlier example)."""
    sandbox = Path(tempfile.mkdtemp(dir=w.sandboxes))
    receiver = w.legal
    if fresh_receiver:
        shutil.copytree(w.legal_template, sandbox / "legal")
        receiver = Vault.open(sandbox / "legal", VAULT_PASS)
    try:
        dossier = sandbox / "in" / "dossier.zip"
        dossier.parent.mkdir()
        write(dossier)
        with no_hang():
            report = clean(lambda: verify_dossier(dossier, DOSSIER_PASS,
                                                  signers.resolver(receiver)))
            if isinstance(report, VerifyReport) and not report.intact:
                failed = [c for c in report.checks if not c.ok]
                assert failed and all(c.what for c in failed)
                event(f"refused at: {failed[0].what}")
            else:
                event(f"verify: {type(report).__name__}"
                      f"{' intact' if isinstance(report, VerifyReport) else ''}")
            _open_into_target(w, receiver, dossier, sandbox)
            _import(receiver, dossier)
        if fresh_receiver:
            assert_sound(receiver)
    finally:
        if fresh_receiver:
            receiver.lock()
        shutil.rmtree(sandbox)


def outer(w: World, changes) -> None:  # noqa: ANN001
    attack(w, lambda path: path.write_bytes(mutate(w.small, changes)))


def inner(w: World, changes) -> None:  # noqa: ANN001
    attack(w, lambda path: wrap(mutate(w.small_inner, changes), path))


def signed(w: World, data: st.DataObject) -> None:
    """The JSON a trusted sender signed is hostile: it still must fail cleanly."""
    members = dict(w.demo_members)
    name = data.draw(st.sampled_from(sorted(n for n in members if n.endswith(
        ("/data/dossier.json", "/data/custody.jsonl", ".json")))), label="file")
    mode = data.draw(st.sampled_from(["edit", "edit", "edit", "bytes", "deep"]), label="mode")
    original = members[name]
    if mode == "deep":
        members[name] = data.draw(st.sampled_from(DEEP), label="content")
    elif mode == "bytes":
        members[name] = mutate(original, data.draw(mutations, label="mutations"))
    elif name.endswith(".jsonl"):
        lines = original.decode().splitlines()
        index = data.draw(st.integers(0, len(lines) - 1), label="line")
        event = json.loads(lines[index])
        path = data.draw(st.sampled_from(json_paths(event)), label="path")
        lines[index] = json_bytes(json_edit(event, path, data.draw(
            st.sampled_from(["replace", "delete", "add"])), data.draw(json_values))).decode()
        members[name] = ("\n".join(lines) + "\n").encode()
    else:
        doc = json.loads(original)
        path = data.draw(st.sampled_from(json_paths(doc)[1:] or [()]), label="path")
        action = data.draw(st.sampled_from(["replace", "delete", "add"]), label="action")
        members[name] = json_bytes(json_edit(doc, path, action, data.draw(json_values)))
    forged = resign(members, w.field.signing_key)
    attack(w, lambda path: wrap(canonical_zip(forged), path), fresh_receiver=True)


def _run_dossier_fuzz(w: World, body, strategy, examples: int) -> None:  # noqa: ANN001
    @_settings(examples, deadline=5)
    @given(strategy)
    def run(value) -> None:  # noqa: ANN001
        body(w, value)

    with peak_rss_growth(MEMORY_LIMIT):
        run()


def test_mutated_dossier_files(world: World) -> None:
    _run_dossier_fuzz(world, outer, mutations, 90)


def test_mutated_inner_archives_in_genuine_envelopes(world: World) -> None:
    _run_dossier_fuzz(world, inner, mutations, 90)


def test_hostile_json_signed_by_a_trusted_sender(world: World) -> None:
    _run_dossier_fuzz(world, signed, st.data(), 60)


@pytest.mark.slow
def test_mutated_dossiers_long_run(world: World) -> None:
    _run_dossier_fuzz(world, outer, mutations, 3000)
    _run_dossier_fuzz(world, inner, mutations, 3000)
    _run_dossier_fuzz(world, signed, st.data(), 2000)


# -- mutated vaults ----------------------------------------------------------------------------

def _first_blob(folder: Path) -> Path:
    return next(p for p in sorted((folder / "blobs").rglob("*")) if p.is_file())


def _replace_with_dir(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()
    path.mkdir()


def _replace_with_file(path: Path) -> None:
    shutil.rmtree(path) if path.is_dir() else path.unlink()
    path.write_bytes(b"not what it should be")


LAYOUT = {
    "no vault.db": lambda f: (f / "vault.db").unlink(),
    "empty vault.db": lambda f: (f / "vault.db").write_bytes(b""),
    "vault.db is a folder": lambda f: _replace_with_dir(f / "vault.db"),
    "vault.json is a folder": lambda f: _replace_with_dir(f / "vault.json"),
    "blobs is a file": lambda f: _replace_with_file(f / "blobs"),
    "tmp is a file": lambda f: _replace_with_file(f / "tmp"),
    "a blob is a folder": lambda f: _replace_with_dir(_first_blob(f)),
    "a blob is missing": lambda f: _first_blob(f).unlink(),
    "a blob is empty": lambda f: _first_blob(f).write_bytes(b""),
    "junk in blobs": lambda f: (f / "blobs" / "junk.txt").write_bytes(b"junk"),
    "junk folder in a blob folder": lambda f: (_first_blob(f).parent / ("0" * 64)).mkdir(),
    "leftover in tmp": lambda f: (f / "tmp" / "x.part").write_bytes(b"partial"),
}


def _mutate_vault(folder: Path, data: st.DataObject) -> None:
    what = data.draw(st.sampled_from(["vault.json", "vault.json", "vault.db", "blob",
                                      "layout"]), label="target")
    if what == "layout":
        LAYOUT[data.draw(st.sampled_from(sorted(LAYOUT)), label="layout")](folder)
        return
    path = _first_blob(folder) if what == "blob" else folder / what
    mode = data.draw(st.sampled_from(["bytes", "json", "special"] if what == "vault.json"
                                     else ["bytes"]), label="mode")
    if mode == "bytes":
        path.write_bytes(mutate(path.read_bytes(), data.draw(mutations, label="mutations")))
    elif mode == "special":
        path.write_bytes(data.draw(st.sampled_from(DEEP + [
            path.read_bytes().replace(b'"iterations": 1', b'"iterations": Infinity'),
            path.read_bytes().replace(b'"iterations": 1', b'"iterations": 1e999')]),
            label="content"))
    else:
        doc = json.loads(path.read_bytes())
        where = data.draw(st.sampled_from(json_paths(doc)), label="path")
        value = data.draw(st.one_of(json_values, st.sampled_from(["", "AAAA", "AAAAAAAAAAA="])),
                          label="value")
        action = data.draw(st.sampled_from(["replace", "delete", "add"]), label="action")
        path.write_bytes(json_bytes(json_edit(doc, where, action if where else "replace",
                                              value)))


def mutated_vault(w: World, data: st.DataObject) -> None:
    sandbox = Path(tempfile.mkdtemp(dir=w.sandboxes))
    folder = sandbox / "vault"
    try:
        shutil.copytree(w.vault_template, folder)
        _mutate_vault(folder, data)
        with no_hang(90):
            opened = clean(lambda: Vault.open(folder, VAULT_PASS))
            if isinstance(opened, Vault):
                try:
                    report = check_vault(opened)  # reports damage; never raises
                    if report.ok:
                        for row in opened.db["exhibits"].rows:
                            assert b"".join(opened.read_blob(row["blob_id"]))
                finally:
                    opened.lock()
    finally:
        shutil.rmtree(sandbox)


def _run_vault_fuzz(w: World, examples: int) -> None:
    # A mutated header may legally ask Argon2 for up to 2 GiB (kdf.MAX_MEMORY_KIB): slow,
    # bounded, and refused afterwards; hence the longer deadline and no memory limit here.
    @_settings(examples, deadline=20)
    @given(st.data())
    def run(data: st.DataObject) -> None:
        mutated_vault(w, data)

    run()


def test_mutated_vaults_open_or_fail_cleanly(world: World) -> None:
    _run_vault_fuzz(world, 60)


@pytest.mark.slow
def test_mutated_vaults_long_run(world: World) -> None:
    _run_vault_fuzz(world, 2000)


@pytest.mark.parametrize("layout", sorted(LAYOUT))
def test_every_damaged_layout_opens_or_fails_cleanly(world: World, layout: str) -> None:
    """The layout damage the fuzzer draws from, each once, deterministically."""
    sandbox = Path(tempfile.mkdtemp(dir=world.sandboxes))
    try:
        shutil.copytree(world.vault_template, sandbox / "vault")
        LAYOUT[layout](sandbox / "vault")
        opened = clean(lambda: Vault.open(sandbox / "vault", VAULT_PASS))
        if isinstance(opened, Vault):
            report = check_vault(opened)
            opened.lock()
            if layout in ("a blob is a folder", "a blob is missing", "a blob is empty"):
                assert not report.ok, f"{layout} must be reported as a problem"
    finally:
        shutil.rmtree(sandbox)


# -- absurd JSON, deterministically ------------------------------------------------------------

@pytest.mark.parametrize("content", DEEP, ids=range(len(DEEP)))
@pytest.mark.parametrize("where", ["data/dossier.json", "data/custody.jsonl",
                                   "data/testimonies/T0001.json"])
def test_absurd_json_signed_by_a_trusted_sender(world: World, where: str, content: bytes) -> None:
    members = dict(world.demo_members)
    name = next(n for n in members if n.endswith("/" + where))
    members[name] = content
    forged = resign(members, world.field.signing_key)
    attack(world, lambda path: wrap(canonical_zip(forged), path), fresh_receiver=True)


@pytest.mark.parametrize("content", DEEP, ids=range(len(DEEP)))
def test_absurd_vault_headers_are_refused_cleanly(world: World, content: bytes) -> None:
    sandbox = Path(tempfile.mkdtemp(dir=world.sandboxes))
    try:
        shutil.copytree(world.vault_template, sandbox / "vault")
        (sandbox / "vault" / "vault.json").write_bytes(content)
        assert isinstance(clean(lambda: Vault.open(sandbox / "vault", VAULT_PASS)),
                          EvidenceKitError)
    finally:
        shutil.rmtree(sandbox)
