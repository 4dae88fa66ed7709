"""Testimony commands beyond add/list: show one account, edit it from JSON."""

from __future__ import annotations

import argparse
from argparse import Namespace
from pathlib import Path
from typing import Any

from evidence_kit import testimonies
from evidence_kit.records import code, get_case

from . import session
from .output import emit_json

LABELS = (("role", "Role"), ("interview_date", "Interviewed"), ("interview_place", "Place"),
          ("interview_mode", "Mode"), ("interviewer", "Interviewer"),
          ("interviewer_org", "Organisation"), ("interpreter", "Interpreter"),
          ("language", "Language"), ("referral", "Referred by"),
          ("prior_accounts", "Prior accounts"), ("welfare_followup", "Welfare follow-up"),
          ("feedback_promised", "Feedback promised"), ("notes", "Notes"),
          ("witness_name", "Witness name"), ("witness_contact", "Witness contact"))


def cmd_testimony_show(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    row = testimonies.get_testimony(vault, case, args.testimony)
    doc = testimonies.document_of(vault, row, identity=args.identity)
    if args.json:  # the same keys `testimony add/edit --from` take: edit, then feed back
        emit_json(doc)
        return 0
    print(f"{code('testimonies', row['number'])}  {row['pseudonym']}")
    for key, label in LABELS:
        if doc.get(key):
            print(f"{label}: {doc[key]}")
    if doc["persons_present"]:
        print(f"Persons present: {'; '.join(doc['persons_present'])}")
    print(f"Read back to the witness: {'yes' if doc['read_back'] else 'no'}")
    print(f"Narrative SHA-256: {testimonies.content_hash(row)}")
    print(f"\n{doc['narrative']}\n")
    for number, item in enumerate(doc["incidents"], 1):
        when = " ".join(x for x in (item["date"], f"({item['date_precision']})"
                                    if item["date_precision"] else "") if x)
        print(f"Incident {number}: {when} {item['place']} [{item['basis'] or '?'}]".rstrip())
        print(f"    {item['description']}")
    _print_consent(doc.get("consent"))
    return 0


def _print_consent(consent: dict[str, Any] | None) -> None:
    if consent is None:
        print("Consent: none active (no recorded consent, or withdrawn).")
        return
    yes = {True: "yes", False: "no"}
    print(f"Consent: share with {', '.join(consent['share_with'])}; named as "
          f"{consent['be_named']}; given on {consent['given_on'] or '?'} ({consent['record']})")
    print(f"    told about the government letter: {yes[consent['aware_government_letter']]}; "
          f"about publication: {yes[consent['aware_publication']]}; onward sharing: "
          f"{yes[consent['onward_sharing']]}; may be contacted: {yes[consent['contact']]}")


def cmd_testimony_edit(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    result = testimonies.update_testimony(vault, case, args.testimony,
                                          testimonies.load_json(Path(args.from_file)))
    ref = code("testimonies", result.testimony["number"])
    if args.json:
        emit_json({**result.testimony, "code": ref, "changed": result.changed})
    elif result.changed:
        print(f"{ref}  edited  {', '.join(result.changed)}")
    else:
        print(f"{ref}  unchanged (the file holds what is already recorded)")
    return 0


def register(testimony: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add) -> None:  # noqa: ANN001 - main's _add
    """Add ``show`` and ``edit`` to the ``testimony`` command group."""
    p = add(testimony, "show", cmd_testimony_show, "show one testimony in full", common,
            json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("testimony", metavar="TESTIMONY")
    p.add_argument("--identity", action="store_true",
                   help="include the witness's name and contact (left out by default)")
    p = add(testimony, "edit", cmd_testimony_edit,
            "change a testimony from a JSON file (keys left out stay as they are)", common,
            json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("testimony", metavar="TESTIMONY")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json")
