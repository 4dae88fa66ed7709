"""Witness-protection commands: redact, risk, consent show/withdraw, testimony redact-term."""

from __future__ import annotations

import argparse
from argparse import Namespace
from pathlib import Path

from evidence_kit import metadata_risk, text_redaction, withdrawal
from evidence_kit.consent import scopes_of
from evidence_kit.errors import InvalidInput
from evidence_kit.records import BODIES, code, get_case, get_item
from evidence_kit.redact import MODES, Box, redact_exhibit

from . import session
from .output import emit_json, table


def cmd_redact(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    boxes = [Box.parse(b) for b in args.box or []]
    result = redact_exhibit(vault, case, args.exhibit, boxes, args.mode)
    if args.json:
        emit_json({**result.exhibit, "code": result.code})
    else:
        print(f"{result.code}  redacted copy of {args.exhibit.upper()} ({len(boxes)} region(s) "
              f"{args.mode}ed, all metadata removed); the original is unchanged.")
    return 0


def cmd_risk(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    table_name, row = get_item(vault.db, case["id"], args.exhibit)
    if table_name != "exhibits":
        raise InvalidInput("{ref} is not an exhibit.", ref=args.exhibit)
    report = metadata_risk.assess(vault, row)
    if args.json:
        emit_json({"worst": report.worst, "findings": [f.__dict__ for f in report.findings],
                   "faces": [b.__dict__ for b in report.faces],
                   "redacted_copy_keeps": report.redacted_copy_keeps,
                   "not_checked": report.not_checked})
        return 0
    print(f"What {args.exhibit.upper()} reveals (risk: {report.worst}):")
    table(((f.severity.upper(), f.what, f.value) for f in report.findings),
          ("RISK", "WHAT", "VALUE"))
    print(f"\nA redacted copy keeps: {report.redacted_copy_keeps}.")
    print(report.not_checked)
    return 0


def cmd_consent_show(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    table_name, row = get_item(vault.db, case["id"], args.testimony)
    if table_name != "testimonies":
        raise InvalidInput("{ref} is not a testimony.", ref=args.testimony)
    scopes = scopes_of(vault, row["id"])
    if args.json:
        emit_json(scopes)
        return 0
    yes = {0: "no", 1: "yes", None: "no"}
    table(((s["body"], s["identity"], yes[s["may_contact"]], yes[s["publication"]],
            yes[s["aware_government_letter"]], yes[s["onward_sharing"]],
            s["withdrawn_on"] or "") for s in scopes),
          ("BODY", "IDENTITY", "CONTACT", "PUBLICATION", "GOV-LETTER", "ONWARD", "WITHDRAWN"))
    return 0


def cmd_consent_withdraw(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    folder = Path(args.notices)
    if not folder.is_dir():
        raise InvalidInput("The folder {folder} does not exist.", folder=str(folder))
    result = withdrawal.withdraw(vault, case, args.testimony, args.body, args.note or "", folder)
    print(f"Consent for {result.testimony_code} withdrawn for: {', '.join(result.bodies)}. "
          "Future exports will exclude it.")
    for path in result.notices:
        print(f"Signed withdrawal notice: {path} (send it to that dossier's recipient)")
    if not result.notices:
        print("No dossier sent so far held this testimony for those bodies.")
    return 0


def cmd_redact_term(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    table_name, row = get_item(vault.db, case["id"], args.testimony)
    if table_name != "testimonies":
        raise InvalidInput("{ref} is not a testimony.", ref=args.testimony)
    text_redaction.add_term(vault, case, row, args.term, args.replacement)
    print(f"Redacted dossiers will show '{args.replacement}' wherever "
          f"{code('testimonies', row['number'])} says that term.")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add, group) -> None:  # noqa: ANN001 - main's _add and _group
    p = add(sub, "redact", cmd_redact, "make a redacted copy of an image exhibit", common,
            json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("exhibit", metavar="EXHIBIT")
    p.add_argument("--box", action="append", metavar="X,Y,W,H",
                   help="a region to destroy, in pixels (repeatable)")
    p.add_argument("--mode", choices=MODES, default="blur")
    p = add(sub, "risk", cmd_risk, "show what an exhibit's file reveals before sharing", common,
            json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("exhibit", metavar="EXHIBIT")
    consent = group(sub, "consent", "see and withdraw a testimony's consent")
    p = add(consent, "show", cmd_consent_show, "list a testimony's consent scopes", common,
            json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("testimony", metavar="TESTIMONY")
    p = add(consent, "withdraw", cmd_consent_withdraw,
            "withdraw consent and write signed notices for earlier recipients", common)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("testimony", metavar="TESTIMONY")
    p.add_argument("--body", action="append", choices=sorted(BODIES),
                   help="only for this body (repeatable; default: every body)")
    p.add_argument("--note", help="how and when the person withdrew")
    p.add_argument("--notices", required=True, metavar="DIR",
                   help="where to write the signed withdrawal notices")
    p = add(sub, "redact-term", cmd_redact_term,
            "hide a word or name of a testimony in redacted dossiers", common)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("testimony", metavar="TESTIMONY")
    p.add_argument("term")
    p.add_argument("--replacement", default=text_redaction.DEFAULT_REPLACEMENT)
