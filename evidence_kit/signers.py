"""Who may have signed a dossier: keys named on the command line, the vault's own key and
the keys it trusts. Anything else is reported as an UNKNOWN signer."""

from __future__ import annotations

from collections.abc import Iterable

from . import trust
from .minisign import PublicKey
from .vault import Vault
from .verify import KeyResolver, Signer


def resolver(vault: Vault | None = None, given: Iterable[tuple[PublicKey, str]] = ()) -> \
        KeyResolver:
    """Keys given explicitly (e.g. ``--public-key``) count as trusted for this check."""
    explicit = {key.key_id: Signer(key, label, True) for key, label in given}

    def resolve(key_id: bytes) -> Signer | None:
        if key_id in explicit:
            return explicit[key_id]
        if vault is None:
            return None
        key = trust.public_key_for(vault, key_id)
        if key is None:
            return None
        identity = trust.identify(vault, key_id)
        return Signer(key, identity.label or identity.fingerprint, identity.trusted)

    return resolve
