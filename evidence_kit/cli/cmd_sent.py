"""What this vault sent and received: ``dossier list`` and ``receipt check RECEIPT``.

A receipt is what the recipient's vault signs on import; checking it against the sealed
sent record shows what they acknowledged against what was sent.
"""

from __future__ import annotations

import argparse
from argparse import Namespace
from pathlib import Path

from evidence_kit.sent_records import check_receipt, list_dossiers

from . import session
from .output import emit_json, human_size, table

EXIT_RECEIPT_MISMATCH = 1


def cmd_dossier_list(args: Namespace) -> int:
    vault = session.open_vault(args)
    records = list_dossiers(vault)
    if args.json:
        emit_json([r.as_dict() for r in records])
        return 0
    if not records:
        print("No dossier was sent or received yet.")
        return 0
    table(((r.direction, r.id, r.created_at, r.case_title, len(r.items),
            r.envelope or "-", ", ".join(x["label"] or x["recipient"][:16] for x in r.recipients)
            or r.recipient_body or "", human_size(r.file_size), r.file_sha256[:16])
           for r in records),
          ("DIRECTION", "DOSSIER", "DATE (UTC)", "CASE", "ITEMS", "ENVELOPE", "TO",
           "SIZE", "SHA-256"))
    return 0


def cmd_receipt_check(args: Namespace) -> int:
    vault = session.open_vault(args)
    result = check_receipt(vault, Path(args.receipt))
    if args.json:
        emit_json({"ok": result.ok, "dossier_id": result.dossier_id,
                   "receiver_label": result.receiver_label,
                   "receiver_fingerprint": result.receiver_fingerprint,
                   "received_at": result.received_at, "signed_by": result.signer,
                   "sent": result.sent, "acknowledged": result.acknowledged,
                   "problems": result.problems, "notes": result.notes})
        return 0 if result.ok else EXIT_RECEIPT_MISMATCH
    head = "RECEIPT MATCHES" if result.ok else "RECEIPT DOES NOT MATCH"
    print(f"{head}: dossier {result.dossier_id}")
    print(f"Signed by:     {result.signer}")
    print(f"Received by:   {result.receiver_label} ({result.receiver_fingerprint})")
    print(f"Received at:   {result.received_at}")
    print(f"Items:         {result.acknowledged} acknowledged of {result.sent} sent")
    for problem in result.problems:
        print(f"  [FAIL] {problem}")
    for note in result.notes:
        print(f"  note: {note}")
    return 0 if result.ok else EXIT_RECEIPT_MISMATCH


def _group(sub: argparse._SubParsersAction, name: str, text: str) -> argparse._SubParsersAction:
    parser = sub.add_parser(name, help=text, description=text)
    return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add) -> None:  # noqa: ANN001 - main's _add
    dossier = _group(sub, "dossier", "the dossiers this vault sent and received")
    add(dossier, "list", cmd_dossier_list,
        "list sent and received dossiers (hash, items, recipients)", common, json_flag=True)
    receipt = _group(sub, "receipt", "receipts recipients sign when they import a dossier")
    p = add(receipt, "check", cmd_receipt_check,
            "check a returned receipt against what was sent (needs RECEIPT.minisig)", common,
            json_flag=True)
    p.add_argument("receipt", metavar="RECEIPT.json")
