"""Key commands: show and export this vault's signing key; trust, list and untrust others.

``register`` adds the ``key`` command group; ``main.py`` passes its own ``_add``/``_group``
helpers so every command gets the same common options without this module importing main.
"""

from __future__ import annotations

import argparse
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path

from evidence_kit import minisign, recipients, trust
from evidence_kit.atomic import write_atomic
from evidence_kit.errors import InvalidInput, NotFound, Phrase

from . import session
from .output import emit_json, table

MAX_PUB_FILE_BYTES = 64 * 1024  # a .pub file is ~150 bytes; anything huge is not one

Handler = Callable[[Namespace], int]
AddCommand = Callable[..., argparse.ArgumentParser]
AddGroup = Callable[..., argparse._SubParsersAction]

SECOND_CHANNEL = ("Compare this fingerprint with the one the sender tells you by another "
                  "channel (phone, Signal, in person) before relying on it.")


def cmd_key_show(args: Namespace) -> int:
    vault = session.open_vault(args)
    if getattr(args, "age", False):
        recipient = recipients.own_recipient(vault)
        if getattr(args, "json", False):
            emit_json({"label": vault.label, "age_recipient": recipient})
        else:
            print(f"Your age public key (give it to senders; dossiers encrypted to it open "
                  f"only with this vault):\n{recipient}")
        return 0
    pk = trust.own_public_key(vault)
    if getattr(args, "json", False):
        emit_json({"label": vault.label, "fingerprint": pk.fingerprint,
                   "short_fingerprint": pk.short_fingerprint, "public_key": pk.to_base64(),
                   "public_key_file": trust.export_public_key_text(vault)})
        return 0
    print(f"Label:       {vault.label or '(none)'}")
    print(f"Fingerprint: {pk.short_fingerprint}")
    print(f"Public key:  {pk.to_base64()}")
    print("Give the fingerprint to recipients by another channel (phone, Signal, in person); "
          "'evidence-kit key export FILE.pub' writes the key file for 'minisign -V'.")
    return 0


def cmd_key_export(args: Namespace) -> int:
    vault = session.open_vault(args)
    path = Path(args.file).expanduser()
    if path.exists() and not getattr(args, "force", False):
        raise InvalidInput("{path} already exists; choose another name or add --force "
                           "to replace it.", path=str(path))
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give a file name such as signer.pub.",
                           path=str(path))
    if getattr(args, "age", False):
        recipient = recipients.own_recipient(vault)
        label = " ".join(vault.label.split()) or "Evidence Kit vault"
        write_atomic(path, f"# {label}: age public key\n{recipient}\n".encode(),
                     what=Phrase("the key file {path}", path=str(path)))
        print(f"Wrote your age public key to {path}")
        return 0
    text = trust.export_public_key_text(vault)
    write_atomic(path, text.encode("utf-8"), what=Phrase("the key file {path}", path=str(path)))
    print(f"Wrote public key {trust.own_public_key(vault).short_fingerprint} to {path}")
    return 0


def cmd_recipient_add(args: Namespace) -> int:
    vault = session.open_vault(args)
    text = args.key if args.key.startswith("age1") else _read_pub_file(args.key)
    added = recipients.add_recipient(vault, text, args.label)
    print(f"Added recipient {added.label} ({added.recipient}).")
    return 0


def cmd_recipient_list(args: Namespace) -> int:
    vault = session.open_vault(args)
    rows = recipients.list_recipients(vault)
    if getattr(args, "json", False):
        emit_json([{"label": r.label, "recipient": r.recipient} for r in rows])
        return 0
    table(((r.label, r.recipient) for r in rows), ("LABEL", "AGE PUBLIC KEY"))
    return 0


def cmd_recipient_remove(args: Namespace) -> int:
    vault = session.open_vault(args)
    removed = recipients.remove_recipient(vault, args.recipient)
    print(f"Removed recipient {removed.label}.")
    return 0


def _read_pub_file(name: str) -> str:
    path = Path(name).expanduser()
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_PUB_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise NotFound("The key file {path} does not exist.", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise InvalidInput("{path} is a folder, not a key file.", path=str(path)) from exc
    except OSError as exc:
        raise InvalidInput("The key file {path} cannot be read: {reason}.", path=str(path),
                           reason=exc.strerror) from exc
    if len(data) > MAX_PUB_FILE_BYTES:
        raise InvalidInput("{path} is far too large to be a minisign public key file.",
                           path=str(path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput("{path} is not a minisign public key file (not text).",
                           path=str(path)) from exc


def cmd_key_trust(args: Namespace) -> int:
    vault = session.open_vault(args)
    text = _read_pub_file(args.file)
    before = trust.identify(vault, minisign.parse_public_key(text).key_id)
    key = trust.trust_key(vault, text, args.label)
    if before.trusted:
        print(f"Updated label: {key.short_fingerprint} is now '{key.label}' "
              f"(was '{before.label}').")
    else:
        print(f"Trusted {key.label} ({key.short_fingerprint}).")
        print(SECOND_CHANNEL)
    return 0


def cmd_key_list(args: Namespace) -> int:
    vault = session.open_vault(args)
    own = trust.own_public_key(vault)
    keys = trust.list_trusted(vault)
    if getattr(args, "json", False):
        emit_json([{"fingerprint": own.fingerprint, "label": vault.label,
                    "public_key": own.to_base64(), "added_at": None, "own": True}]
                  + [{**k.as_dict(), "own": False} for k in keys])
        return 0
    rows = [(own.short_fingerprint, vault.label or "", "(this vault's own key)")]
    rows += [(k.short_fingerprint, k.label, k.added_at) for k in keys]
    table(rows, ("FINGERPRINT", "LABEL", "TRUSTED SINCE (UTC)"))
    if not keys:
        print("No other signer keys are trusted yet: add one with "
              "'evidence-kit key trust FILE.pub --label NAME'.")
    return 0


def cmd_key_untrust(args: Namespace) -> int:
    vault = session.open_vault(args)
    fingerprint = " ".join(args.fingerprint) if isinstance(args.fingerprint, list) \
        else args.fingerprint
    key = trust.untrust_key(vault, fingerprint)
    print(f"No longer trusted: {key.label} ({key.short_fingerprint}). Dossiers it signed "
          "will now verify as signed by an UNKNOWN key.")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
             add: AddCommand, group: AddGroup) -> None:
    """Add ``evidence-kit key show|export|trust|list|untrust`` to the parser."""
    key = group(sub, "key", "your signing key, and the signer keys you trust")
    p = add(key, "show", cmd_key_show, "show this vault's public signing key and fingerprint",
            common, json_flag=True)
    p.add_argument("--age", action="store_true",
                   help="show your age public key (for receiving dossiers) instead")
    p = add(key, "export", cmd_key_export,
            "write this vault's public key to FILE.pub (minisign format)", common)
    p.add_argument("file", metavar="FILE.pub")
    p.add_argument("--force", action="store_true", help="replace FILE.pub if it exists")
    p.add_argument("--age", action="store_true",
                   help="write your age public key (for senders) instead")
    p = add(key, "trust", cmd_key_trust, "trust a sender's public key (a minisign .pub file)",
            common)
    p.add_argument("file", metavar="FILE.pub")
    p.add_argument("--label", required=True,
                   help="the person or organisation the key belongs to")
    add(key, "list", cmd_key_list, "list this vault's key and the signer keys it trusts",
        common, json_flag=True)
    p = add(key, "untrust", cmd_key_untrust, "stop trusting a signer key", common)
    p.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT",
                   help="as shown by 'key list', e.g. 1A2B 3C4D 5E6F 7A8B")
    rec = group(sub, "recipient", "legal teams' age public keys, to export without a password")
    p = add(rec, "add", cmd_recipient_add, "add a recipient's age public key", common)
    p.add_argument("key", metavar="FILE|age1...")
    p.add_argument("--label", required=True, help="who the key belongs to")
    add(rec, "list", cmd_recipient_list, "list recipients", common, json_flag=True)
    p = add(rec, "remove", cmd_recipient_remove, "remove a recipient", common)
    p.add_argument("recipient", metavar="LABEL|age1...")
