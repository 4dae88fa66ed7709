"""Argument parsing and the one place user errors become a single line on stderr."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from evidence_kit import __version__
from evidence_kit.cases import STATUSES
from evidence_kit.db import DatabaseError
from evidence_kit.errors import EvidenceKitError
from evidence_kit.offline import install_guard
from evidence_kit.records import BODIES
from evidence_kit.sources import CREDIBILITY, KINDS, RELIABILITY

from . import cmd_dossier, cmd_gui, cmd_keys, cmd_protect, cmd_report, cmd_testimony
from . import cmd_records as rec
from . import cmd_vault as vlt

Handler = Callable[[argparse.Namespace], int]


def _common() -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand (SUPPRESS keeps either from erasing
    the other)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS,
                        help="vault folder (default: $EVIDENCE_KIT_VAULT or your data folder)")
    common.add_argument("--passphrase-file", metavar="F", default=argparse.SUPPRESS,
                        help="read the vault passphrase from the first line of F")
    return common


def _add(sub: argparse._SubParsersAction, name: str, handler: Handler, help_text: str,
         common: argparse.ArgumentParser, json_flag: bool = False) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
    parser.set_defaults(handler=handler)
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parser


Subparsers = argparse._SubParsersAction


def _group(sub: Subparsers, name: str, help_text: str) -> Subparsers:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")


def _records(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    case = _group(sub, "case", "create and list cases")
    p = _add(case, "add", rec.cmd_case_add, "create a case", common, json_flag=True)
    p.add_argument("title")
    p.add_argument("--summary")
    p.add_argument("--situation")
    p.add_argument("--country")
    p.add_argument("--target", choices=sorted(BODIES), default="other",
                   help="body the case is prepared for")
    _add(case, "list", rec.cmd_case_list, "list cases", common, json_flag=True)
    p = _add(case, "edit", rec.cmd_case_edit, "change a case's status, title or summary",
             common, json_flag=True)
    p.add_argument("case", metavar="ID")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--title")
    p.add_argument("--summary")
    p.add_argument("--situation")
    p.add_argument("--country")
    p.add_argument("--target", choices=sorted(BODIES), help="body the case is prepared for")

    exhibit = _group(sub, "exhibit", "import and list evidence files")
    p = _add(exhibit, "add", rec.cmd_exhibit_add, "import files or folders into a case",
             common, json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--description")
    p.add_argument("--location", help="where it was captured, as text")
    p.add_argument("--acquired-how", help="e.g. 'USB copy from the witness's phone'")
    p.add_argument("--received-from", help="person (pseudonym) or organisation")
    p.add_argument("--source-url", help="where it was downloaded from")
    p.add_argument("--tag", action="append", help="a tag (repeatable)")
    p = _add(exhibit, "list", rec.cmd_exhibit_list, "list a case's exhibits", common,
             json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p = _add(exhibit, "edit", rec.cmd_exhibit_edit,
             "edit an exhibit's description, location or tags (the file never changes)",
             common, json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("code", metavar="CODE", help="the exhibit, e.g. E0001")
    p.add_argument("--description")
    p.add_argument("--location", help="where it was captured, as text")
    p.add_argument("--tag", action="append",
                   help="a tag (repeatable); the given tags replace the old ones")
    p.add_argument("--no-tags", action="store_true", help="remove every tag")

    p = _add(sub, "link", rec.cmd_link,
             "link two items of a case, e.g. a recording to its testimony", common,
             json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("from_ref", metavar="FROM", help="an item code: E0001, T0001 or S0001")
    p.add_argument("to_ref", metavar="TO", help="an item code: E0001, T0001 or S0001")
    p.add_argument("--relation", default="related",
                   help="how they relate, e.g. 'recording-of' (default: related)")

    testimony = _group(sub, "testimony", "add, list, show and edit testimonies")
    p = _add(testimony, "add", rec.cmd_testimony_add, "add a testimony from a JSON file",
             common, json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--from", dest="from_file", required=True, metavar="FILE.json")
    p = _add(testimony, "list", rec.cmd_testimony_list, "list a case's testimonies", common,
             json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    cmd_testimony.register(testimony, common, _add)

    source = _group(sub, "source", "add and list source citations")
    p = _add(source, "add", rec.cmd_source_add, "add a source citation", common, json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--title", required=True)
    p.add_argument("--kind", choices=KINDS, default="other")
    p.add_argument("--author")
    p.add_argument("--url")
    p.add_argument("--publisher")
    p.add_argument("--published", metavar="DATE")
    p.add_argument("--accessed", metavar="DATE")
    p.add_argument("--quote", metavar="TEXT")
    p.add_argument("--reliability", choices=RELIABILITY, help="source reliability, A-F")
    p.add_argument("--credibility", choices=CREDIBILITY, help="information credibility, 1-6")
    p.add_argument("--notes")
    p.add_argument("--archived", metavar="CODE",
                   help="the exhibit holding an archived copy, e.g. E0003")
    p = _add(source, "list", rec.cmd_source_list, "list a case's sources", common,
             json_flag=True)
    p.add_argument("--case", required=True, metavar="ID")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="evidence-kit", parents=[common],
        description="Gather evidence offline into an encrypted vault and export signed, "
                    "encrypted dossiers.")
    parser.add_argument("--version", action="version", version=f"evidence-kit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = _add(sub, "init", vlt.cmd_init, "create a new encrypted vault", common)
    p.add_argument("--label", help="your name or organisation, shown with your signing key")
    p = _add(sub, "passwd", vlt.cmd_passwd, "change the vault passphrase", common)
    p.add_argument("--new-passphrase-file", metavar="F")
    p = _add(sub, "check", vlt.cmd_check, "full integrity check of the vault", common,
             json_flag=True)
    p.add_argument("--repair", action="store_true",
                   help="also remove encrypted files left by interrupted imports")
    log = _group(sub, "log", "the chain-of-custody log")
    _add(log, "show", vlt.cmd_log_show, "list custody events", common, json_flag=True)
    _add(log, "verify", vlt.cmd_log_verify, "verify the hash chain and signatures", common)
    _add(sub, "demo", vlt.cmd_demo, "create a vault holding the built-in demo case", common)
    _records(sub, common)
    cmd_keys.register(sub, common, _add, _group)
    cmd_dossier.register(sub, common, _add)
    cmd_gui.register(sub, common, _add)
    cmd_protect.register(sub, common, _add, _group)
    cmd_report.register(sub, common, _add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    install_guard()
    args = build_parser().parse_args(argv)
    for name in ("vault", "passphrase_file"):
        setattr(args, name, getattr(args, name, None))
    try:
        return args.handler(args)
    except EvidenceKitError as exc:
        print(f"evidence-kit: {exc.message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("evidence-kit: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        if os.environ.get("EVIDENCE_KIT_DEBUG") == "1":
            raise
        if type(exc) is DatabaseError:  # "malformed" / "not a database": a damaged page
            print("evidence-kit: The vault's record database is damaged or was altered; "
                  "run 'evidence-kit check' for details.", file=sys.stderr)
            return 2
        print(f"evidence-kit: unexpected error ({type(exc).__name__}). Your vault was not "
              "changed by the failed step. Run again with EVIDENCE_KIT_DEBUG=1 for details.",
              file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
