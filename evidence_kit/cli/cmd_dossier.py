"""Dossier commands: export, verify, open, import."""

from __future__ import annotations

import argparse
import getpass
import sys
from argparse import Namespace
from dataclasses import dataclass, field
from pathlib import Path

from evidence_kit import recipients
from evidence_kit.age_envelope import is_age_file
from evidence_kit.consent_gate import LEVELS
from evidence_kit.dossier_import import import_dossier
from evidence_kit.dossier_open import open_dossier
from evidence_kit.dossier_plan import Override, plan_dossier
from evidence_kit.errors import InvalidInput, NotADossier, Phrase, VaultNotFound
from evidence_kit.export import attach_report, export_dossier
from evidence_kit.header import HEADER_NAME
from evidence_kit.minisign import parse_public_key
from evidence_kit.passwords import check_typed_password, generate_passphrase
from evidence_kit.recipients import own_identity
from evidence_kit.records import BODIES, get_case
from evidence_kit.redact import make_redacted_copies
from evidence_kit.report import LANGUAGES
from evidence_kit.signers import resolver
from evidence_kit.vault import Vault
from evidence_kit.verify import KeyResolver, VerifyReport, verdict, verify_dossier

from . import cmd_sent, session
from .cmd_report import read_answers
from .output import emit_json, human_size

EXIT_UNKNOWN_SIGNER = 3


def _dossier_password(args: Namespace) -> str:
    if args.password_file:
        return session.read_secret_file(args.password_file, Phrase("dossier password"))
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
            raise InvalidInput("Cannot read the public key file {path}.", path=name) from exc
        keys.append((parse_public_key(text), f"the key in {Path(name).name}"))
    return keys


@dataclass
class _Reading:
    """What reading a dossier needs: signer keys, and the password or age identities."""

    resolve: KeyResolver
    password: str = ""
    identities: list[str] = field(default_factory=list)


def _reading(args: Namespace, vault: Vault | None = None) -> _Reading:
    """Use the vault's trusted keys when a vault exists, unless keys were given; an age
    dossier always needs the vault (its age identity decrypts it)."""
    given = _given_keys(args)
    if Path(args.dossier).is_dir():
        raise NotADossier("{path} is a folder, not a dossier file.", path=args.dossier)
    if not Path(args.dossier).is_file():
        raise NotADossier("File not found: {path}", path=args.dossier)
    age = is_age_file(Path(args.dossier))
    if vault is None:
        folder = session.vault_dir(args)
        has_vault = (folder / HEADER_NAME).is_file()
        if args.vault and not has_vault:
            raise VaultNotFound("No vault found in {folder}.", folder=str(folder))
        if age and not has_vault:
            raise VaultNotFound("This dossier is encrypted to age keys: open it with the "
                                "vault whose age key it was sent to (--vault DIR).")
        if has_vault and (age or not (given and not args.vault)):
            vault = session.open_vault(args)
    if age:
        assert vault is not None
        return _Reading(resolver(vault, given), identities=[own_identity(vault)])
    return _Reading(resolver(vault, given), password=_dossier_password(args))


def age_dossier_path(out: Path) -> Path:
    """``case1`` (or ``case1.zip``) becomes ``case1.dossier.age``; a ``.age`` name is kept."""
    if out.suffix == ".age":
        return out
    stem = out.name.removesuffix(".zip")
    return out.with_name(stem + ("" if stem.endswith(".dossier") else ".dossier") + ".age")


def cmd_export(args: Namespace) -> int:
    target = age_dossier_path(Path(args.out)) if args.recipient else Path(args.out)
    if target.exists() and not args.force:
        raise InvalidInput("{path} already exists; choose another name or add --force.",
                           path=str(target))
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
    if not args.no_report:
        missing = attach_report(vault, plan, language=args.language,
                                answers=read_answers(args.answers))
        if missing and not args.allow_missing:
            raise InvalidInput("The recipient's template needs: {fields}. Give them with "
                               "--answers FILE.json, or export anyway with --allow-missing "
                               "(the report then says 'not provided').",
                               fields="; ".join(missing))
        for name in missing:
            print(f"warning: required field not provided: {name}", file=sys.stderr)
    if args.recipient:
        if args.password_file:
            raise InvalidInput("Use either --password-file or --recipient, not both.")
        return _export_to_recipients(args, vault, plan)
    generated = not args.password_file
    if generated:
        password = generate_passphrase()
    else:
        password = session.read_secret_file(args.password_file, Phrase("dossier password"))
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


def _export_to_recipients(args: Namespace, vault: Vault, plan) -> int:  # noqa: ANN001
    chosen = recipients.resolve(vault, args.recipient)
    out = age_dossier_path(Path(args.out))
    result = export_dossier(vault, plan, out, recipients=[r.recipient for r in chosen],
                            overwrite=args.force)
    if args.json:
        emit_json({"dossier_id": result.dossier_id, "path": str(result.path),
                   "signature": str(result.path) + ".minisig", "sha256": result.sha256,
                   "size": result.size, "signer_fingerprint": result.signer_fingerprint,
                   "items": result.items, "recipients": [r.label for r in chosen]})
        return 0
    print(f"Exported {len(result.items)} item(s) to {result.path}")
    print(f"Signature:       {result.path}.minisig")
    print(f"Dossier id:      {result.dossier_id}")
    print(f"SHA-256:         {result.sha256}")
    print(f"Signed with key: {result.signer_fingerprint}")
    print("Only these can open it: " + ", ".join(r.label for r in chosen) +
          ", and this vault. No password is needed.")
    return 0


def cmd_verify(args: Namespace) -> int:
    reading = _reading(args)
    report = verify_dossier(Path(args.dossier), reading.password, reading.resolve,
                            full=args.full, identities=reading.identities)
    return _print_report(report, args.json)


def cmd_open(args: Namespace) -> int:
    reading = _reading(args)
    report, folder = open_dossier(Path(args.dossier), Path(args.to), reading.password,
                                  reading.resolve, identities=reading.identities)
    code = _print_report(report, args.json)
    if not args.json:
        print(f"\nExtracted to {folder}" if folder else "\nNothing was extracted.")
    return code


def cmd_import(args: Namespace) -> int:
    vault = session.open_vault(args)
    reading = _reading(args, vault)
    result = import_dossier(vault, Path(args.dossier), reading.password, reading.resolve,
                            receipt_dir=Path(args.receipt_dir) if args.receipt_dir else None,
                            identities=reading.identities)
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
    cmd_sent.register(sub, common, add)
    p = add(sub, "export", cmd_export, "export a case as a signed, encrypted dossier", common,
            json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="with --recipient, NAME becomes NAME.dossier.age (a .age name is kept)")
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
    p.add_argument("--language", choices=LANGUAGES, default="en",
                   help="language of the report's labels (ar: right to left)")
    p.add_argument("--answers", metavar="FILE.json",
                   help="answers to the recipient template's fields")
    p.add_argument("--allow-missing", action="store_true",
                   help="export although required template fields are empty")
    p.add_argument("--no-report", action="store_true", help="leave out data/report.pdf")
    p.add_argument("--recipient", action="append", metavar="LABEL",
                   help="encrypt to this recipient's age key instead of a password "
                        "(repeatable; see 'evidence-kit recipient')")
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
