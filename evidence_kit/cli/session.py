"""Where the vault is and how the passphrase arrives, for every command alike."""

from __future__ import annotations

import getpass
import os
import sys
from argparse import Namespace
from pathlib import Path

from evidence_kit.errors import InvalidInput, NotFound, Phrase
from evidence_kit.locations import VAULT_ENV, default_vault_dir  # noqa: F401 - re-exported
from evidence_kit.vault import Vault

PASSPHRASE_ENV = "EVIDENCE_KIT_PASSPHRASE"  # noqa: S105 - a variable name


def vault_dir(args: Namespace) -> Path:
    if args.vault:
        return Path(args.vault).expanduser()
    return default_vault_dir()


def read_secret_file(path: str, what: str = Phrase("passphrase")) -> str:
    """First line of a file, without its line ending; refuses an empty secret. ``what``
    names the secret: a ``Phrase`` ("dossier password")."""
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline(4096)
    except FileNotFoundError as exc:
        raise NotFound("The {what} file {path} does not exist.", what=what, path=path) from exc
    except UnicodeDecodeError as exc:
        raise InvalidInput("The {what} file {path} is not UTF-8 text.", what=what,
                           path=path) from exc
    secret = line.rstrip("\r\n")
    if not secret:
        raise InvalidInput("The {what} file {path} is empty.", what=what, path=path)
    return secret


def passphrase(args: Namespace, *, confirm: bool = False,
               prompt: str = "Vault passphrase: ") -> str:
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise InvalidInput("No passphrase given: use --passphrase-file, the "
                           "{variable} variable, or run in a terminal to be asked.",
                           variable=PASSPHRASE_ENV)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise InvalidInput("The two passphrases differ; nothing was changed.")
    return first


def open_vault(args: Namespace) -> Vault:
    return Vault.open(vault_dir(args), passphrase(args))
