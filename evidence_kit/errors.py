"""Typed errors with stable codes: the CLI prints one line, the GUI a translated message.

Every message must make sense to a field activist who has never seen a traceback.

A message is a literal template plus keyword parameters, never an f-string::

    raise DossierError("'{name}' fails its CRC check: it was altered.", name=member.name)

``.message`` is the English text (what the CLI prints); the GUI looks ``.template`` up in
its translations (context "errors", extracted by ``scripts/translations.py update``) and
fills in the same parameters. Parameters are data that stays as it is (paths, names,
numbers, the OS's own error text), except a ``Phrase``: an English phrase the code chose
("the report", "the folder {path}"), which the GUI translates too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _format(template: str, params: dict[str, Any]) -> str:
    """``template.format(**params)``; the bare template if they do not fit (an error
    message must never raise an error of its own)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


class Phrase(str):
    """An English phrase a message takes as a parameter, translated by the GUI.

    It is the English text (a ``str``), and keeps its literal ``template`` and ``params``
    so the GUI can translate it: ``storage_error(exc, Phrase("the report"))``,
    ``Phrase("the folder {path}", path=str(folder))``.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Phrase:
        self = super().__new__(cls, _format(template, params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_phrase, (type(self), self.template, self.params))


def _phrase(cls: type[Phrase], template: str, params: dict[str, Any]) -> Phrase:
    return cls(template, **params)


class Listing(str):
    """Several phrases in one parameter ("T0001: no recorded consent...; T0002: ..."): the
    English items joined by ``separator``; the GUI translates each item."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Iterable[str], separator: str = "; ") -> Listing:
        items = tuple(items)
        self = super().__new__(cls, separator.join(items))
        self.items = items
        self.separator = separator
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Listing, (self.items, self.separator))


def _restore(cls: type[EvidenceKitError], state: dict[str, Any]) -> EvidenceKitError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, state.get("message", ""))
    exc.__dict__.update(state)
    return exc


class EvidenceKitError(Exception):
    """Base for every error a user may see. ``code`` is stable across versions.

    ``template`` is the literal English message with ``{name}`` placeholders, ``params``
    what fills them, ``message`` the English result.
    """

    code = "error"

    def __init__(self, template: str, /, **params: Any) -> None:
        message = _format(template, params)
        super().__init__(message)
        self.template = template
        self.params = params
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # (subclasses take other arguments: rebuild from the state, not from ``args``)
        return (_restore, (type(self), dict(self.__dict__)))


class WrongPassphrase(EvidenceKitError):
    code = "wrong-passphrase"


class VaultNotFound(EvidenceKitError):
    code = "vault-not-found"


class VaultExists(EvidenceKitError):
    code = "vault-exists"


class VaultLocked(EvidenceKitError):
    code = "vault-locked"


class VaultCorrupt(EvidenceKitError):
    code = "vault-corrupt"


class IntegrityError(EvidenceKitError):
    """Data failed an authenticity or hash check: tampering or disk damage."""

    code = "integrity"


class NotFound(EvidenceKitError):
    code = "not-found"


class InvalidInput(EvidenceKitError):
    code = "invalid-input"


class StorageError(EvidenceKitError):
    """The disk refused a write (full, read-only, missing)."""

    code = "storage"


class Cancelled(EvidenceKitError):
    code = "cancelled"


class DossierError(EvidenceKitError):
    """A dossier could not be read, or is not in the canonical form export writes."""

    code = "dossier"


class NotADossier(DossierError):
    """The file is missing or is no dossier at all: the user picked the wrong file.

    Unlike damage found inside a dossier (a failed verification check), this stops
    ``verify``/``open``/``import`` with one plain message.
    """

    code = "not-a-dossier"
