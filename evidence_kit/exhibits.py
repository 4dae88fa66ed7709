"""Exhibits after import: listing, editing descriptive metadata, linking to other items.

The evidence bytes and their hash never change; only descriptive fields are editable,
and each edit is logged by field name (never by value: the log travels in dossiers).
"""

from __future__ import annotations

import json
from typing import Any

from .clock import utc_now
from .errors import InvalidInput
from .records import Record, code, get_item
from .vault import Vault

EDITABLE = frozenset({"description", "location_text", "acquired_how", "acquired_by",
                      "received_from", "source_url", "tags"})
LINKABLE = {"exhibits": "exhibit", "testimonies": "testimony", "sources": "source"}


def list_exhibits(vault: Vault, case_id: int) -> list[Record]:
    return list(vault.db["exhibits"].rows_where("case_id = ?", [case_id], order_by="number"))


def update_exhibit(vault: Vault, case: Record, ref: str, changes: dict[str, Any]) -> Record:
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput("These exhibit fields cannot be edited: {fields}.",
                           fields=", ".join(sorted(unknown)))
    if "tags" in changes:
        tags = [str(tag).strip() for tag in changes["tags"]]
        changes = {**changes, "tags": json.dumps(list(dict.fromkeys(t for t in tags if t)),
                                                 ensure_ascii=False)}
    with vault.transaction():
        table, row = get_item(vault.db, case["id"], ref)
        if table != "exhibits":
            raise InvalidInput("{ref} is not an exhibit.", ref=ref)
        changed = sorted(k for k, v in changes.items() if row.get(k) != v)
        if not changed:
            return row
        vault.db["exhibits"].update(row["id"], {**changes, "updated_at": utc_now()})
        vault.log("exhibit-metadata-edited", case_uid=case["uid"], item_kind="exhibit",
                  item_uid=row["uid"], hashes={"sha256": row["sha256"]},
                  details={"code": code("exhibits", row["number"]), "fields": changed})
    return vault.db["exhibits"].get(row["id"])


def link(vault: Vault, case: Record, from_ref: str, to_ref: str,
         relation: str = "related") -> bool:
    """Link two items of a case (e.g. an audio recording to the testimony it records).
    True when the link is new; an existing link is left as it is and logs nothing."""
    relation = relation.strip()
    if not relation:
        raise InvalidInput("A link needs a relation, such as 'records' or 'related'.")
    from_table, from_row = get_item(vault.db, case["id"], from_ref)
    to_table, to_row = get_item(vault.db, case["id"], to_ref)
    if (from_table, from_row["id"]) == (to_table, to_row["id"]):
        raise InvalidInput("An item cannot be linked to itself.")
    key = {"case_id": case["id"], "from_kind": LINKABLE[from_table], "from_id": from_row["id"],
           "to_kind": LINKABLE[to_table], "to_id": to_row["id"], "relation": relation}
    with vault.transaction():
        if vault.db["links"].count_where(
                "from_kind = ? AND from_id = ? AND to_kind = ? AND to_id = ? AND relation = ?",
                [key["from_kind"], key["from_id"], key["to_kind"], key["to_id"], relation]):
            return False
        vault.db["links"].insert(key)
        vault.log("items-linked", case_uid=case["uid"], item_kind=LINKABLE[from_table],
                  item_uid=from_row["uid"],
                  details={"from": code(from_table, from_row["number"]),
                           "to": code(to_table, to_row["number"]), "relation": relation})
    return True


def links_of(vault: Vault, kind: str, item_id: int) -> list[Record]:
    return list(vault.db.query(
        "SELECT * FROM links WHERE (from_kind = ? AND from_id = ?) OR (to_kind = ? AND to_id = ?)"
        " ORDER BY id", [kind, item_id, kind, item_id]))
