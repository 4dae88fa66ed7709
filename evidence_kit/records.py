"""What every record shares: ids, per-case numbers (E0007, T0002, S0003) and vocabularies."""

from __future__ import annotations

import uuid
from typing import Any

import sqlite_utils

from .errors import InvalidInput, NotFound, Phrase

Record = dict[str, Any]

BODIES = {
    "icc": "International Criminal Court, Office of the Prosecutor",
    "un-sp": "UN Special Procedures",
    "un-mechanism": "UN investigative mechanism",
    "national": "National authorities or court",
    "other": "Other body",
}
PREFIX = {"exhibits": "E", "testimonies": "T", "sources": "S"}
KIND_OF_PREFIX = {v: k for k, v in PREFIX.items()}
ITEM_PHRASE = {"exhibits": Phrase("an exhibit"), "testimonies": Phrase("a testimony"),
               "sources": Phrase("a source")}


def new_uid() -> str:
    return str(uuid.uuid4())


def code(table: str, number: int) -> str:
    return f"{PREFIX[table]}{number:04d}"


def check_choice(value: str | None, allowed: object, what: Phrase) -> None:
    if value is not None and value not in allowed:  # type: ignore[operator]
        choices = ", ".join(sorted(allowed))  # type: ignore[call-overload]
        raise InvalidInput("'{value}' is not a valid {what}; choose one of: {choices}.",
                           value=value, what=what, choices=choices)


def next_number(db: sqlite_utils.Database, table: str, case_id: int) -> int:
    if table not in PREFIX:
        raise ValueError(table)
    sql = f"SELECT max(number) FROM {table} WHERE case_id = ?"  # noqa: S608 - fixed names
    row = db.execute(sql, [case_id]).fetchone()
    return (row[0] or 0) + 1


def get_case(db: sqlite_utils.Database, case_ref: int | str) -> Record:
    try:
        case_id = int(str(case_ref).removeprefix("C").removeprefix("c"))
    except ValueError as exc:
        raise NotFound(
            "'{case}' is not a case number (try 'evidence-kit case list').",
            case=str(case_ref)) from exc
    rows = list(db["cases"].rows_where("id = ?", [case_id]))
    if not rows:
        raise NotFound("There is no case {case} in this vault (see 'evidence-kit case list').",
                       case=case_id)
    return rows[0]


def parse_item_code(ref: str) -> tuple[str, int]:
    """'E0007' -> ('exhibits', 7)."""
    ref = ref.strip().upper()
    table = KIND_OF_PREFIX.get(ref[:1])
    if table is None or not ref[1:].isdigit():
        raise InvalidInput("'{ref}' is not an item code like E0001, T0001 or S0001.", ref=ref)
    return table, int(ref[1:])


def get_item(db: sqlite_utils.Database, case_id: int, ref: str) -> tuple[str, Record]:
    table, number = parse_item_code(ref)
    rows = list(db[table].rows_where("case_id = ? AND number = ?", [case_id, number]))
    if not rows:
        raise NotFound("There is no item {ref} in case {case}.", ref=ref.upper(), case=case_id)
    return table, rows[0]


def check_code(ref: str, table: str) -> None:
    """``ref`` must be a code of ``table``'s kind (E/T/S), e.g. before any database look-up."""
    found, _number = parse_item_code(ref)
    if found != table:
        raise InvalidInput("{ref} is not {what}: give a code like {example}.",
                           ref=ref.strip().upper(), what=ITEM_PHRASE[table],
                           example=code(table, 1))


def item_in_case(db: sqlite_utils.Database, case_id: int, ref: str | None,
                 table: str) -> Record | None:
    """The item a field names by its code (a translation's original "T0002", a source's
    archived copy "E0003"): it must be of ``table`` and of the same case. None when empty."""
    ref = (ref or "").strip()
    if not ref:
        return None
    check_code(ref, table)
    return get_item(db, case_id, ref)[1]


def item_id(db: sqlite_utils.Database, case_id: int, ref: str | None, table: str) -> int | None:
    """``item_in_case``'s id, for a column that points at another item."""
    row = item_in_case(db, case_id, ref, table)
    return None if row is None else row["id"]
