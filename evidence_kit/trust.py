"""Which signer keys this vault trusts, and who signed something.

A legal team receives dossiers from several field organisations. It pins each sender's public
key once (``evidence-kit key trust FILE.pub --label ...``), after comparing the fingerprint
with the sender over a second channel; from then on verification can say "signed by <label>"
instead of "signed by an UNKNOWN key". The vault's own key is always trusted.

Keys are in minisign's format (see ``minisign.py``). Signatures name their key by minisign's
key id, which is how a key is looked up here; people compare the *fingerprint*, derived from
the key material (``PublicKey.fingerprint``), because a key id is chosen by the key's owner
and can be copied. A second key claiming an already trusted id is refused rather than
allowed to replace the first one silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import minisign
from .clock import utc_now
from .errors import InvalidInput, NotFound
from .vault import Vault

TABLE = "trusted_keys"
MAX_LABEL_CHARS = 200
_FINGERPRINT_RE = re.compile(r"[0-9A-F]{20}")


@dataclass(frozen=True)
class TrustedKey:
    """A key this vault trusts, with the name the legal team gave it."""

    public_key: minisign.PublicKey
    label: str
    added_at: str

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    @property
    def short_fingerprint(self) -> str:
        return self.public_key.short_fingerprint

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form for ``--json`` output."""
        return {"fingerprint": self.fingerprint, "label": self.label,
                "public_key": self.public_key.to_base64(), "added_at": self.added_at}


@dataclass(frozen=True)
class SignerIdentity:
    """Who a key id belongs to, as far as this vault knows."""

    fingerprint: str
    label: str | None
    trusted: bool
    own: bool

    @property
    def short_fingerprint(self) -> str:
        """Groups of four, as ``PublicKey.short_fingerprint`` prints it."""
        return " ".join(self.fingerprint[i:i + 4] for i in range(0, len(self.fingerprint), 4))


def own_public_key(vault: Vault) -> minisign.PublicKey:
    """The vault owner's signing key as a minisign public key."""
    return minisign.PublicKey(vault.key_id, vault.public_key.public_bytes_raw())


def _comment_label(label: str) -> str:
    """The label squeezed onto one short line, as minisign's comment line requires."""
    text = " ".join(label.split())
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "…"


def export_public_key_text(vault: Vault) -> str:
    """The vault's public key in minisign's ``.pub`` format, for ``minisign -V -p``.

    The comment line is not signed and proves nothing; it only tells a reader whose key the
    file claims to be. The fingerprint must still be compared over a second channel.
    """
    pk = own_public_key(vault)
    label = _comment_label(vault.label)
    who = f"{label} ({pk.short_fingerprint})" if label else pk.short_fingerprint
    return minisign.format_public_key(pk, f"Evidence Kit signer: {who}")


def _clean_label(label: str) -> str:
    text = " ".join((label or "").split())
    if not text:
        raise InvalidInput("Give the key a label: the person or organisation it belongs to.")
    if len(text) > MAX_LABEL_CHARS:
        raise InvalidInput("The label is too long (at most {limit} characters).",
                           limit=MAX_LABEL_CHARS)
    return text


def parse_fingerprint(text: str) -> str:
    """A fingerprint as printed (``1A2B 3C4D 5E6F 7A8B 9C0D``, any case/spacing), normalised."""
    compact = re.sub(r"[\s:-]", "", text or "").upper()
    if not _FINGERPRINT_RE.fullmatch(compact):
        raise InvalidInput(
            "'{text}' is not a key fingerprint: expected 20 hexadecimal characters such as "
            "1A2B 3C4D 5E6F 7A8B 9C0D (see 'evidence-kit key list').", text=text)
    return compact


def _row_to_key(row: dict[str, Any]) -> TrustedKey:
    return TrustedKey(minisign.parse_public_key(row["public_key"]), row["label"],
                      row["added_at"])


def _stored(vault: Vault, key_id: bytes) -> TrustedKey | None:
    rows = list(vault.db[TABLE].rows_where("key_id = ?", [key_id]))
    return _row_to_key(rows[0]) if rows else None


def _refuse_conflicts(vault: Vault, pk: minisign.PublicKey,
                      existing: TrustedKey | None) -> None:
    own = own_public_key(vault)
    if pk.key_id == own.key_id:
        if pk == own:
            raise InvalidInput("This is this vault's own key; it is always trusted.")
        raise InvalidInput(
            "This key claims the id {key_id} of this vault's own key but is a "
            "different key. It was not trusted: it may be an attempt to impersonate you.",
            key_id=pk.key_id_hex)
    if existing is not None and existing.public_key != pk:
        raise InvalidInput(
            "A different key with the same key id {key_id} is already "
            "trusted as '{label}'. Nothing was changed. If the sender really has a "
            "new key, confirm it with them, then run 'evidence-kit key untrust' first.",
            key_id=pk.key_id_hex, label=existing.label)


def trust_key(vault: Vault, text: str | bytes, label: str) -> TrustedKey:
    """Trust the minisign public key in ``text`` under ``label``; re-trusting relabels it."""
    clean = _clean_label(label)
    pk = minisign.parse_public_key(text)
    with vault.transaction():
        existing = _stored(vault, pk.key_id)
        _refuse_conflicts(vault, pk, existing)
        added_at = existing.added_at if existing else utc_now()
        vault.db[TABLE].upsert({"key_id": pk.key_id, "public_key": pk.to_base64(),
                                "label": clean, "added_at": added_at}, pk="key_id")
        # The label names a person or organisation: custody events carry only fingerprints.
        vault.log("key-trusted", details={"fingerprint": pk.fingerprint})
    return TrustedKey(pk, clean, added_at)


def untrust_key(vault: Vault, fingerprint: str) -> TrustedKey:
    """Stop trusting a key; returns what was removed."""
    wanted = parse_fingerprint(fingerprint)
    if wanted == own_public_key(vault).fingerprint:
        raise InvalidInput("This vault's own key cannot be untrusted.")
    with vault.transaction():
        existing = next((k for k in list_trusted(vault) if k.fingerprint == wanted), None)
        if existing is None:
            raise NotFound("No trusted key has the fingerprint {fingerprint} "
                           "(see 'evidence-kit key list').", fingerprint=fingerprint.strip())
        vault.db[TABLE].delete(existing.public_key.key_id)
        vault.log("key-untrusted", details={"fingerprint": existing.fingerprint})
    return existing


def list_trusted(vault: Vault) -> list[TrustedKey]:
    """Trusted keys of other signers (not the vault's own), by label."""
    keys = [_row_to_key(row) for row in vault.db[TABLE].rows]
    return sorted(keys, key=lambda k: (k.label.casefold(), k.fingerprint))


def public_key_for(vault: Vault, key_id: bytes) -> minisign.PublicKey | None:
    """The trusted key (own or pinned) to verify a signature made with ``key_id``, if any."""
    if key_id == vault.key_id:
        return own_public_key(vault)
    stored = _stored(vault, bytes(key_id))
    return stored.public_key if stored else None


def identify(vault: Vault, key_id: bytes) -> SignerIdentity:
    """Name the holder of ``key_id``: own key, a trusted key, or unknown.

    This only looks the id up. A signature must still be verified with ``public_key_for``'s
    key: anyone can write any key id into a signature file. For an unknown key only its id
    is known, so ``fingerprint`` is then the key id as minisign prints it.
    """
    if key_id == vault.key_id:
        return SignerIdentity(own_public_key(vault).fingerprint, vault.label or None,
                              trusted=True, own=True)
    stored = _stored(vault, bytes(key_id))
    if stored is None:
        return SignerIdentity(minisign.PublicKey(bytes(key_id), bytes(32)).key_id_hex, None,
                              trusted=False, own=False)
    return SignerIdentity(stored.fingerprint, stored.label, trusted=True, own=False)
