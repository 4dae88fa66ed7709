"""The report command: the submission report PDF for a case, without making a dossier.

    evidence-kit report --case 1 --out report.pdf [--recipient-body un-sp] [--items ...]
                        [--level confidential|redacted] [--language en|ru|fr|ar]
                        [--answers answers.json]

The PDF is the same document an export at that disclosure level puts in data/report.pdf
(with its own dossier id, since no dossier is made): the consent gate runs as for export,
the items it leaves out are printed with the reason, and a redacted report shows only
what a redacted dossier carries (photos get their metadata-stripped copies first, as
export does). It is written atomically: a crash leaves no half-written file. Required
template fields with no value are printed as warnings; the report says "not provided"
for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from argparse import Namespace
from pathlib import Path

from evidence_kit.atomic import atomic_writer
from evidence_kit.consent_gate import LEVELS
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.errors import InvalidInput, NotFound, Phrase
from evidence_kit.records import BODIES, get_case
from evidence_kit.redact import make_redacted_copies
from evidence_kit.report import LANGUAGES, missing_required

from . import session
from .output import emit_json

MAX_ANSWERS_BYTES = 1024 * 1024


def read_answers(path: str | None) -> dict[str, str]:
    """A JSON object of template answers: {"contact": "...", "alleged_perpetrators": "..."}."""
    if not path:
        return {}
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_ANSWERS_BYTES + 1)
    except FileNotFoundError as exc:
        raise NotFound("The answers file {path} does not exist.", path=path) from exc
    if len(raw) > MAX_ANSWERS_BYTES:
        raise InvalidInput("The answers file {path} is too large (over 1 MiB).", path=path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput("The answers file {path} is not valid UTF-8 JSON: {reason}",
                           path=path, reason=str(exc)) from exc
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                             for k, v in data.items()):
        raise InvalidInput("The answers file {path} must be a JSON object of texts, like "
                           '{{"contact": "...", "national_steps": "..."}}.', path=path)
    return data


def cmd_report(args: Namespace) -> int:
    from evidence_kit.report import build_report, report_data_from_plan

    out = Path(args.out)
    if out.exists() and not args.force:
        raise InvalidInput("{path} already exists; use --force to replace it.", path=str(out))
    if not out.parent.is_dir():
        raise NotFound("The folder {folder} does not exist.", folder=str(out.parent))
    answers = read_answers(args.answers)
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    items = [i for i in (args.items or "").split(",") if i.strip()] or None
    if args.level == "redacted":  # as export does: a redacted dossier carries copies only
        make_redacted_copies(vault, case, items)
    plan = plan_dossier(vault, case, items=items, recipient_body=args.recipient_body,
                        level=args.level)
    data = report_data_from_plan(vault, plan, signer_fingerprint=vault.fingerprint,
                                 signer_label=vault.label, missing_ok=True, answers=answers)
    missing = missing_required(data)
    with atomic_writer(out, Phrase("the report")) as fh:
        build_report(data, fh, language=args.language)
    if args.json:
        emit_json({"path": str(out), "dossier_id": plan.dossier_id,
                   "recipient_body": plan.recipient_body, "level": plan.level,
                   "language": args.language, "items": plan.item_codes(),
                   "excluded": [{"code": ref, "reason": str(why)}
                                for ref, why in plan.exclusions],
                   "missing_fields": [{"id": f.id, "label": f.label("en")} for f in missing]})
        return 0
    for ref, why in plan.exclusions:
        print(f"excluded {ref}: {why}", file=sys.stderr)
    for field in missing:
        print(f"warning: required field not provided: {field.label('en')} "
              f"(answer id '{field.id}')", file=sys.stderr)
    print(f"Wrote the {plan.level} report for case {case['id']} "
          f"({len(plan.item_codes())} item(s)) to {out}")
    if plan.exclusions:
        print(f"{len(plan.exclusions)} item(s) left out (see the reasons above).")
    if missing:
        print(f"{len(missing)} required field(s) say \"not provided\"; give them with "
              "--answers FILE.json and run again.")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add) -> None:  # noqa: ANN001 - main's _add
    p = add(sub, "report", cmd_report, "write the submission report (PDF) for a case",
            common, json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--recipient-body", choices=sorted(BODIES),
                   help="whose template to follow (default: the case's target body)")
    p.add_argument("--items", metavar="E0001,T0001,...", help="only these items")
    p.add_argument("--level", choices=LEVELS, default="confidential",
                   help="disclosure level, as for export: redacted shows no identity, no "
                        "interview place or people present, and marked words replaced "
                        "(default: confidential)")
    p.add_argument("--language", choices=LANGUAGES, default="en",
                   help="language of the report's own labels; ar is laid out right to "
                        "left (default: en)")
    p.add_argument("--answers", metavar="FILE.json",
                   help="template answers as a JSON object (field id -> text)")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
