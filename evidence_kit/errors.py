"""Typed errors with stable codes: the CLI prints one line, the GUI a translated message.

Every message must make sense to a field activist who has never seen a traceback.
"""

from __future__ import annotations


class EvidenceKitError(Exception):
    """Base for every error a user may see. ``code`` is stable across versions."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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
