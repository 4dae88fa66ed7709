"""Vault-wide commands: init, passwd, check, log, demo."""

from __future__ import annotations

import json
import os
import sys
from argparse import Namespace

from evidence_kit import custody
from evidence_kit.check import check_vault, remove_orphans
from evidence_kit.demo import DEMO_PASSPHRASE, add_demo_case
from evidence_kit.kdf import FAST_ENV
from evidence_kit.vault import Vault

from . import session
from .output import emit_json, short, table


def cmd_init(args: Namespace) -> int:
    folder = session.vault_dir(args)
    secret = session.passphrase(args, confirm=True, prompt="New vault passphrase: ")
    if os.environ.get(FAST_ENV) == "1":
        print(f"warning: {FAST_ENV}=1 makes the passphrase easy to guess; tests only.",
              file=sys.stderr)
    if sys.stderr.isatty():  # progress for people; a script sees only a failure's one line
        print("Deriving the vault key (about a second)…", file=sys.stderr)
    vault = Vault.create(folder, secret, label=args.label or "")
    print(f"Created vault {folder}")
    print(f"Signing key fingerprint: {vault.fingerprint}")
    print("Keep the passphrase safe: if it is lost, nobody can recover this vault.")
    return 0


def cmd_passwd(args: Namespace) -> int:
    old = session.passphrase(args)  # asked once: it opens the vault and authorises the change
    vault = Vault.open(session.vault_dir(args), old)
    new = session.read_secret_file(args.new_passphrase_file) if args.new_passphrase_file else \
        session.passphrase(Namespace(), confirm=True, prompt="New passphrase: ")
    vault.change_passphrase(old, new)
    print("Passphrase changed. The old passphrase no longer opens this vault.")
    return 0


def cmd_check(args: Namespace) -> int:
    vault = session.open_vault(args)
    report = check_vault(vault)
    if args.repair and any("interrupted import" in n for n in report.notes):
        removed = remove_orphans(vault)
        report.notes = [n for n in report.notes if "interrupted import" not in n]
        report.notes.append(f"removed {removed} encrypted file(s) that had no record")
    if args.json:
        emit_json({"ok": report.ok, "blobs_checked": report.blobs_checked,
                   "blobs_passed": report.blobs_passed,
                   "events_checked": report.events_checked, "problems": report.problems,
                   "notes": report.notes})
    else:
        for note in report.notes:
            print(f"note: {note}")
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        verdict = "OK" if report.ok else "FAILED"
        print(f"Integrity check {verdict}: {report.blobs_passed} of {report.blobs_checked} "
              "encrypted file(s) decrypted and matched their SHA-256; "
              f"{report.events_checked} custody event(s) verified.")
    return 0 if report.ok else 1


def cmd_log_show(args: Namespace) -> int:
    vault = session.open_vault(args)
    rows = list(custody.events(vault.db))
    if args.json:
        emit_json([{**r, "hashes": json.loads(r["hashes"]), "details": json.loads(r["details"])}
                   for r in rows])
        return 0
    table(((r["seq"], r["at"], r["action"], r["item_kind"] or "",
            short(json.loads(r["details"]).get("code", ""), 8), r["hash"][:16])
           for r in rows), ("SEQ", "AT (UTC)", "ACTION", "ITEM", "CODE", "HASH"))
    return 0


def cmd_log_verify(args: Namespace) -> int:
    vault = session.open_vault(args)
    report = custody.verify_chain(vault.db, vault.public_key)
    if report.ok:
        print(f"Custody log intact: {report.count} event(s), each signed by {vault.fingerprint} "
              "and chained to the one before.")
        return 0
    print(f"Custody log BROKEN at event {report.broken_at}: {report.problem}. "
          f"{report.count} event(s) before it verified.")
    return 1


def cmd_demo(args: Namespace) -> int:
    folder = session.vault_dir(args)
    secret = session.read_secret_file(args.passphrase_file) if args.passphrase_file else \
        os.environ.get(session.PASSPHRASE_ENV, DEMO_PASSPHRASE)
    vault = Vault.create(folder, secret, label="Demo field team")
    case = add_demo_case(vault)
    print(f"Created a demo vault in {folder} holding case {case['id']}: {case['title']}")
    if secret == DEMO_PASSPHRASE:
        print(f"Its passphrase is: {DEMO_PASSPHRASE}")
    return 0
