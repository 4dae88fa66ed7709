"""Record commands: case, exhibit, testimony, source."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from pathlib import Path

from evidence_kit import cases, exhibits, sources, testimonies
from evidence_kit.errors import EvidenceKitError, InvalidInput
from evidence_kit.ingest import ExhibitDetails, file_name, ingest_file, iter_files
from evidence_kit.records import code, get_case

from . import session
from .output import emit_json, human_size, short, table


def cmd_case_add(args: Namespace) -> int:
    vault = session.open_vault(args)
    row = cases.add_case(vault, args.title, summary=args.summary or "",
                         situation=args.situation or "", country=args.country or "",
                         target_body=args.target)
    if args.json:
        emit_json(row)
    else:
        print(f"Created case {row['id']}: {row['title']}")
    return 0


def cmd_case_list(args: Namespace) -> int:
    vault = session.open_vault(args)
    rows = cases.list_cases(vault)
    counts = {row["id"]: cases.count_items(vault, row["id"]) for row in rows}
    if args.json:
        emit_json([{**row, "counts": counts[row["id"]]} for row in rows])
        return 0
    table(((r["id"], short(r["title"], 50), r["target_body"], r["status"],
            counts[r["id"]]["exhibits"], counts[r["id"]]["testimonies"],
            counts[r["id"]]["sources"]) for r in rows),
          ("ID", "TITLE", "TARGET", "STATUS", "EXHIBITS", "TESTIMONIES", "SOURCES"))
    return 0


def cmd_case_edit(args: Namespace) -> int:
    changes = {key: value for key, value in (
        ("status", args.status), ("title", args.title), ("summary", args.summary),
        ("situation", args.situation), ("country", args.country),
        ("target_body", args.target)) if value is not None}
    if not changes:
        raise InvalidInput("Nothing to change: give --status, --title, --summary, --situation, "
                           "--country or --target.")
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    row = cases.update_case(vault, case["id"], changes)
    if args.json:
        emit_json(row)
    else:
        print(f"Case {row['id']}: {row['title']}  ({row['status']})")
    return 0


def cmd_exhibit_add(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    details = ExhibitDetails(description=args.description or "",
                             location_text=args.location or "",
                             acquired_how=args.acquired_how or "copied from file",
                             received_from=args.received_from or "",
                             source_url=args.source_url or "", tags=args.tag or [])
    results, failures = [], 0
    for path in iter_files([Path(p) for p in args.files]):
        try:
            result = ingest_file(vault, case, path, details)
        except EvidenceKitError as exc:
            failures += 1
            print(f"skipped {path}: {exc.message}", file=sys.stderr)
            continue
        results.append(result)
        if not args.json:
            status = f"already in the case as {result.code}" if result.duplicate else "added"
            print(f"{result.code}  {status}  {file_name(path)}")
            for warning in result.warnings:
                print(f"      note: {warning}")
    if args.json:
        emit_json([{**r.exhibit, "code": r.code, "duplicate": r.duplicate} for r in results])
    return 1 if failures else 0


def cmd_exhibit_list(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    rows = exhibits.list_exhibits(vault, case["id"])
    if args.json:
        emit_json([{**r, "code": code("exhibits", r["number"]), "tags": json.loads(r["tags"])}
                   for r in rows])
        return 0
    table(((code("exhibits", r["number"]), r["kind"], human_size(r["size"]),
            _captured(r), _gps(r), short(r["description"], 40), r["sha256"][:16])
           for r in rows), ("CODE", "KIND", "SIZE", "CAPTURED", "GPS", "DESCRIPTION", "SHA-256"))
    return 0


def _captured(row: dict) -> str:
    """The camera's local time with the UTC offset it recorded (ISO 8601), when it did."""
    if not row["capture_time"]:
        return ""
    return row["capture_time"] + (row["capture_offset"] or "").strip()


def cmd_exhibit_edit(args: Namespace) -> int:
    changes: dict[str, object] = {key: value for key, value in (
        ("description", args.description), ("location_text", args.location))
        if value is not None}
    if args.tag is not None or args.no_tags:
        changes["tags"] = [] if args.no_tags else args.tag
    if not changes:
        raise InvalidInput("Nothing to change: give --description, --location, --tag or "
                           "--no-tags.")
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    row = exhibits.update_exhibit(vault, case, args.code, changes)
    if args.json:
        emit_json({**row, "code": code("exhibits", row["number"]),
                   "tags": json.loads(row["tags"])})
    else:
        print(f"{code('exhibits', row['number'])}  updated")
    return 0


def cmd_link(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    added = exhibits.link(vault, case, args.from_ref, args.to_ref, args.relation)
    a, b = args.from_ref.strip().upper(), args.to_ref.strip().upper()
    if args.json:
        emit_json({"from": a, "to": b, "relation": args.relation.strip(), "added": added})
    elif added:
        print(f"Linked {a} -> {b} ({args.relation.strip()})")
    else:
        print(f"{a} -> {b} ({args.relation.strip()}) was already linked; nothing changed")
    return 0


def _gps(row: dict) -> str:
    if row["gps_lat"] is None:
        return ""
    return f"{row['gps_lat']:.5f},{row['gps_lon']:.5f}"


def cmd_testimony_add(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    row = testimonies.add_testimony(vault, case, testimonies.load_json(Path(args.from_file)))
    if args.json:
        emit_json({**row, "code": code("testimonies", row["number"])})
    else:
        print(f"{code('testimonies', row['number'])}  added  testimony of {row['pseudonym']}")
    return 0


def cmd_testimony_list(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    rows = testimonies.list_testimonies(vault, case["id"])
    if args.json:  # identities stay out of listings; they live in the witnesses table
        emit_json([{**r, "code": code("testimonies", r["number"])} for r in rows])
        return 0
    table(((code("testimonies", r["number"]), r["pseudonym"], r["role"], r["interview_date"],
            r["language"], short(r["narrative"], 50)) for r in rows),
          ("CODE", "PSEUDONYM", "ROLE", "INTERVIEWED", "LANG", "NARRATIVE"))
    return 0


def cmd_source_add(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    row = sources.add_source(vault, case, sources.SourceInput(
        title=args.title, kind=args.kind, author=args.author or "",
        publisher=args.publisher or "", url=args.url or "", published_date=args.published or "",
        accessed_date=args.accessed or "", quote=args.quote or "",
        reliability=args.reliability or "", credibility=args.credibility or "",
        notes=args.notes or "", archived_exhibit=args.archived or ""))
    if args.json:
        emit_json({**row, "code": code("sources", row["number"])})
    else:
        print(f"{code('sources', row['number'])}  added  {row['title']}")
    return 0


def cmd_source_list(args: Namespace) -> int:
    vault = session.open_vault(args)
    case = get_case(vault.db, args.case)
    rows = sources.list_sources(vault, case["id"])
    if args.json:
        emit_json([{**r, "code": code("sources", r["number"])} for r in rows])
        return 0
    table(((code("sources", r["number"]), short(r["title"], 50), r["publisher"],
            r["published_date"], f"{r['reliability'] or '-'}{r['credibility'] or '-'}")
           for r in rows), ("CODE", "TITLE", "PUBLISHER", "PUBLISHED", "GRADE"))
    return 0
