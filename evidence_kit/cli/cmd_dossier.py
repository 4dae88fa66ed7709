"""Dossier commands: export, verify, open, import."""

from __future__ import annotations

import argparse
import getpass
import sys
from argparse import Namespace
from pathlib import Path

from evidence_kit.consent_gate import LEVELS
from evidence_kit.dossier_import import import_dossier
from evidence_kit.dossier_open import open_dossier
from evidence_kit.dossier_plan import Override, plan_dossier
from evidence_kit.errors import InvalidInput, VaultNotFound
from evidence_kit.export import export_dossier
from evidence_kit.header import HEADER_NAME
from evidence_kit.minisign import parse_public_key
from evidence_kit.passwords import check_typed_password, generate_passphrase
from evidence_kit.records import BODIES, get_case
from evidence_kit.redact import make_redacted_copies
from evidence_kit.signers import resolver
from evidence_kit.verify import KeyResolver, VerifyReport, verdict, verify_dossier

from . import session
from .output import emit_json, human_size

EXIT_UNKNOWN_SIGNER = 3


def _dossier_password(args: Namespace) -> str:
    if args.password_file:
        return session.read_secret_file(args.password_file, "dossier password")
    if not sys.stdin.isatty():
        raise InvalidInput("No dossier password given: use --password-file or run in a "
                           "terminal to be asked.")
    return getpass.getpass("Dossier password: ")


def _given_keys(args: Namespace) -> list:
    keys = []
    for name in args.public_key or []:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"Cannot read the public key file {name}.") from exc
        keys.append((parse_public_key(text), f"the key in {Path(name).name}"))
    return keys


def _resolver(args: Namespace) -> KeyResolver:
    """Use the vault's trusted keys when a vault exists, unless keys were given."""
    given = _given_keys(args)
    folder = session.vault_dir(args)
    if given and not args.vault:
        return resolver(None, given)
    if not (folder / HEADER_NAME).is_file():
        if args.vault:
            raise VaultNotFound(f"No vault found in {folder}.")
        return resolver(None, given)
    return resolver(session.open_vault(args), given)


def cmd_export(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    items = [i for i in (args.items or "").split(",") if i.strip()] or None
    overrides = {}
    if args.override:
        if not (args.decided_by and args.reason):
            raise InvalidInput("--override needs --decided-by and --reason (both are logged).")
        overrides = {ref.strip().upper(): Override(args.decided_by, args.reason)
                     for ref in args.override.split(",") if ref.strip()}
    if args.level == "redacted":
        make_redacted_copies(vault, case, items)
    plan = plan_dossier(vault, case, items=items, recipient_body=args.recipient_body,
                        level=args.level, overrides=overrides)
    for ref, why in plan.exclusions:
        print(f"excluded {ref}: {why}", file=sys.stderr)
    generated = not args.password_file
    if generated:
        password = generate_passphrase()
    else:
        password = session.read_secret_file(args.password_file, "dossier password")
        check_typed_password(password)
    result = export_dossier(vault, plan, Path(args.out), password, overwrite=args.force)
    if args.json:
        emit_json({"dossier_id": result.dossier_id, "path": str(result.path),
                   "sha256": result.sha256, "size": result.size,
                   "signer_fingerprint": result.signer_fingerprint, "items": result.items,
                   **({"password": password} if generated else {})})
        return 0
    print(f"Exported {len(result.items)} item(s) of case {case['id']} to {result.path}")
    print(f"Dossier id:      {result.dossier_id}")
    print(f"Size:            {human_size(result.size)}")
    print(f"SHA-256:         {result.sha256}")
    print(f"Signed with key: {result.signer_fingerprint}")
    print(f"Disclosure:      {plan.level}")
    if generated:
        print("\nPassword (shown only now; it is not stored anywhere):\n")
        print(f"    {password}\n")
        print("Send it by ANOTHER channel than the dossier (e.g. a call or Signal), never in "
              "the same e-mail or upload.")
    return 0


def _print_report(report: VerifyReport, as_json: bool) -> int:
    if as_json:
        emit_json({"ok": report.ok, "intact": report.intact, "file_sha256": report.file_sha256,
                   "dossier_id": report.dossier_id,
                   "signer": None if report.signer is None else {
                       "fingerprint": report.signer.key.fingerprint,
                       "label": report.signer.label, "trusted": report.signer.trusted},
                   "checks": [{"what": c.what, "ok": c.ok, "detail": c.detail}
                              for c in report.checks]})
    else:
        print(verdict(report))
    if report.ok:
        return 0
    return EXIT_UNKNOWN_SIGNER if report.intact else 1


def cmd_verify(args: Namespace) -> int:
    resolve = _resolver(args)
    report = verify_dossier(Path(args.dossier), _dossier_password(args), resolve,
                            full=args.full)
    return _print_report(report, args.json)


def cmd_open(args: Namespace) -> int:
    resolve = _resolver(args)
    report, folder = open_dossier(Path(args.dossier), Path(args.to), _dossier_password(args),
                                  resolve)
    code = _print_report(report, args.json)
    if not args.json:
        print(f"\nExtracted to {folder}" if folder else "\nNothing was extracted.")
    return code


def cmd_import(args: Namespace) -> int:
    vault = session.open_vault(args)
    resolve = resolver(vault, _given_keys(args))
    result = import_dossier(vault, Path(args.dossier), _dossier_password(args), resolve,
                            receipt_dir=Path(args.receipt_dir) if args.receipt_dir else None)
    code = _print_report(result.report, args.json)
    if not result.report.intact or args.json:
        return code
    if result.duplicate_dossier:
        print("\nThis dossier was imported before; nothing was added.")
        return 0
    print(f"\nImported into case {result.case['id']}: {len(result.added)} item(s) added"
          + (f", {len(result.already_held)} already held" if result.already_held else ""))
    print(f"Signed receipt: {result.receipt} (send it back to the sender)")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add) -> None:  # noqa: ANN001 - main's _add
    p = add(sub, "export", cmd_export, "export a case as a signed, encrypted dossier", common,
            json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--password-file", metavar="F",
                   help="the dossier password (first line); default: generate one")
    p.add_argument("--items", metavar="E0001,T0001,...", help="only these items")
    p.add_argument("--recipient-body", choices=sorted(BODIES))
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--level", choices=LEVELS, default="confidential",
                   help="redacted: pseudonyms only, redacted copies of images, no metadata")
    p.add_argument("--override", metavar="T0001,...",
                   help="include these testimonies although consent does not cover them")
    p.add_argument("--decided-by", help="who decided the override (logged)")
    p.add_argument("--reason", help="why (logged)")
    for name, handler, text in (
            ("verify", cmd_verify, "check a dossier's signature and every hash"),
            ("open", cmd_open, "verify a dossier, then extract it into a folder"),
            ("import", cmd_import, "verify a dossier and bring it into this vault")):
        p = add(sub, name, handler, text, common, json_flag=True)
        p.add_argument("dossier", metavar="DOSSIER")
        p.add_argument("--password-file", metavar="F", help="the dossier password (first line)")
        p.add_argument("--public-key", action="append", metavar="FILE.pub",
                       help="a signer key you have confirmed (repeatable)")
        if name == "verify":
            p.add_argument("--full", action="store_true",
                           help="also recompute every SHA-512 (slower)")
        if name == "open":
            p.add_argument("--to", required=True, metavar="DIR")
        if name == "import":
            p.add_argument("--receipt-dir", metavar="DIR",
                           help="where to write the signed receipt (default: beside DOSSIER)")
