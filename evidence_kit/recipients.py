"""age recipients: dossiers only the intended legal team can open, no password to pass on.

The vault has its own age identity (X25519, secret kept in the encrypted database) so the
field team can always reopen its exports, and a list of recipients (published age
public keys of legal teams and mechanisms), each under a label. Only X25519 recipients
are accepted: Debian's age 1.1.1, which recipients may use, knows no other kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clock import utc_now
from .errors import InvalidInput, NotFound
from .vault import Vault

MAX_LABEL = 200


@dataclass(frozen=True)
class Recipient:
    label: str
    recipient: str  # "age1..."

    @property
    def short(self) -> str:
        return f"{self.recipient[:12]}…{self.recipient[-8:]}"


def parse_recipient(text: str) -> str:
    """An age X25519 recipient from a bare ``age1…`` string or a file's lines."""
    from pyrage import x25519

    for line in text.splitlines() or [text]:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("AGE-SECRET-KEY-"):
            raise InvalidInput("That is an age SECRET key. Ask the recipient for their public "
                               "key (it starts with age1…); never share a secret key.")
        try:
            return str(x25519.Recipient.from_str(line))
        except Exception as exc:  # noqa: BLE001 - pyrage raises its own types
            raise InvalidInput("'{start}…' is not an age X25519 public key (age1…).",
                               start=line[:24]) from exc
    raise InvalidInput("No age public key (age1…) found.")


def own_identity(vault: Vault) -> str:
    """The vault's age secret key, created on first use."""
    from pyrage import x25519

    row = next(iter(vault.db["age_identity"].rows_where("id = 1")), None)
    if row is not None:
        return row["secret"]
    identity = x25519.Identity.generate()
    with vault.transaction():
        vault.db["age_identity"].insert({"id": 1, "secret": str(identity),
                                         "created_at": utc_now()})
        vault.log("age-identity-created",
                  details={"recipient": str(identity.to_public())})
    return str(identity)


def own_recipient(vault: Vault) -> str:
    from pyrage import x25519

    return str(x25519.Identity.from_str(own_identity(vault)).to_public())


def add_recipient(vault: Vault, text: str, label: str) -> Recipient:
    recipient = parse_recipient(text)
    label = " ".join(label.split())
    if not label or len(label) > MAX_LABEL:
        raise InvalidInput("Give the recipient a label (who they are), at most 200 characters.")
    if recipient == own_recipient(vault):
        raise InvalidInput("That is this vault's own age key; it is always added to exports.")
    with vault.transaction():
        for row in vault.db["recipients"].rows_where("label = ? OR recipient = ?",
                                                     [label, recipient]):
            if row["label"] == label:
                raise InvalidInput("A recipient with that label is already known as "
                                   "'{label}'.", label=row["label"])
            raise InvalidInput("A recipient with that key is already known as '{label}'.",
                               label=row["label"])
        vault.db["recipients"].insert({"label": label, "recipient": recipient,
                                       "added_at": utc_now()})
        vault.log("recipient-added", details={"recipient": recipient})
    return Recipient(label, recipient)


def list_recipients(vault: Vault) -> list[Recipient]:
    return [Recipient(r["label"], r["recipient"])
            for r in vault.db["recipients"].rows_where(order_by="label")]


def remove_recipient(vault: Vault, label_or_key: str) -> Recipient:
    with vault.transaction():
        row = next(iter(vault.db["recipients"].rows_where(
            "label = ? OR recipient = ?", [label_or_key, label_or_key.strip()])), None)
        if row is None:
            raise NotFound("No recipient '{label}' (see 'evidence-kit recipient list').",
                           label=label_or_key)
        vault.db["recipients"].delete(row["id"])
        vault.log("recipient-removed", details={"recipient": row["recipient"]})
    return Recipient(row["label"], row["recipient"])


def resolve(vault: Vault, labels: list[str]) -> list[Recipient]:
    """Recipients by label (or age1 key); the vault's own key is always added by export."""
    known = {r.label: r for r in list_recipients(vault)}
    by_key = {r.recipient: r for r in known.values()}
    chosen = []
    for label in labels:
        found = known.get(label) or by_key.get(label.strip())
        if found is None:
            raise NotFound("No recipient '{label}'. Add it first with 'evidence-kit recipient "
                           "add FILE --label ...' (see 'recipient list').", label=label)
        chosen.append(found)
    return chosen
