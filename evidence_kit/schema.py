"""Versioned schema migrations for the record store.

Designed from the Eurojust/ICC civil-society guidelines and the Berkeley Protocol:
testimony-first, identifying fields (``witnesses``) stored apart from content, and an
append-only custody log that SQL triggers forbid rewriting.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("evidence_kit")

_RECORD = {"id": int, "uid": str, "created_at": str, "updated_at": str}


@migrations()
def m001_core(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["identity"].create({"id": int, "secret": bytes, "key_id": bytes, "label": str,
                           "created_at": str}, pk="id")
    db["cases"].create({**_RECORD, "title": str, "summary": str, "situation": str,
                        "country": str, "target_body": str, "status": str}, pk="id")
    db["blobs"].create({"id": str, "sha256": str, "sha512": str, "crc32": int, "size": int,
                        "wrapped_key": bytes, "created_at": str}, pk="id")
    db["exhibits"].create({
        **_RECORD, "case_id": int, "number": int, "kind": str, "blob_id": str,
        "sha256": str, "sha512": str, "size": int, "original_filename": str, "media_type": str,
        "declared_type": str, "acquired_at": str, "acquired_by": str, "acquired_how": str,
        "received_from": str, "source_url": str, "capture_time": str, "capture_offset": str,
        "gps_lat": float, "gps_lon": float, "gps_alt": float, "camera_make": str,
        "camera_model": str, "camera_serial": str, "software": str, "description": str,
        "location_text": str, "tags": str, "parent_id": int, "derivation": str,
    }, pk="id", foreign_keys=[("case_id", "cases", "id"), ("blob_id", "blobs", "id"),
                              ("parent_id", "exhibits", "id")])
    db["witnesses"].create({
        **_RECORD, "case_id": int, "pseudonym": str, "full_name": str, "other_names": str,
        "contact": str, "sex_gender": str, "age": str, "nationality": str, "residence": str,
        "vulnerability": str, "notes": str,
    }, pk="id", foreign_keys=[("case_id", "cases", "id")])
    db["testimonies"].create({
        **_RECORD, "case_id": int, "number": int, "witness_id": int, "pseudonym": str,
        "role": str, "interview_date": str, "interview_place": str, "interview_mode": str,
        "interviewer": str, "interviewer_org": str, "interpreter": str,
        "persons_present": str, "language": str, "referral": str, "prior_accounts": str,
        "narrative": str, "welfare_followup": str, "feedback_promised": str,
        "read_back": int, "notes": str, "translation_of": int,
    }, pk="id", foreign_keys=[("case_id", "cases", "id"), ("witness_id", "witnesses", "id"),
                              ("translation_of", "testimonies", "id")])
    db["incidents"].create({
        "id": int, "testimony_id": int, "position": int, "date": str, "date_precision": str,
        "place": str, "description": str, "basis": str, "told_by": str,
    }, pk="id", foreign_keys=[("testimony_id", "testimonies", "id")])
    db["consents"].create({
        **_RECORD, "testimony_id": int, "record": str, "given_on": str, "how": str,
        "obtained_by": str,
    }, pk="id", foreign_keys=[("testimony_id", "testimonies", "id")])
    db["consent_scopes"].create({
        "id": int, "consent_id": int, "body": str, "share_account": int, "identity": str,
        "may_contact": int, "publication": int, "onward_sharing": int,
        "aware_government_letter": int, "conditions": str, "withdrawn_on": str,
        "withdrawal_note": str,
    }, pk="id", foreign_keys=[("consent_id", "consents", "id")])
    # Words to hide in redacted exports (names of places, people, units the witness gave).
    db["text_redactions"].create({"id": int, "testimony_id": int, "term": str,
                                  "replacement": str, "created_at": str}, pk="id",
                                 foreign_keys=[("testimony_id", "testimonies", "id")])
    db["sources"].create({
        **_RECORD, "case_id": int, "number": int, "kind": str, "title": str, "author": str,
        "publisher": str, "url": str, "published_date": str, "accessed_date": str,
        "archived_exhibit_id": int, "quote": str, "locator": str, "reliability": str,
        "credibility": str, "language": str, "notes": str,
    }, pk="id", foreign_keys=[("case_id", "cases", "id"),
                              ("archived_exhibit_id", "exhibits", "id")])
    db["links"].create({"id": int, "case_id": int, "from_kind": str, "from_id": int,
                        "to_kind": str, "to_id": int, "relation": str}, pk="id",
                       foreign_keys=[("case_id", "cases", "id")])
    db["custody_events"].create({
        "seq": int, "at": str, "actor": str, "vault_id": str, "action": str, "case_uid": str,
        "item_kind": str, "item_uid": str, "hashes": str, "details": str, "prev_hash": str,
        "hash": str, "signature": str,
    }, pk="seq")
    db["dossiers"].create({
        "id": str, "direction": str, "case_id": int, "created_at": str, "file_sha256": str,
        "file_size": int, "recipient_body": str, "signer_fingerprint": str, "manifest": str,
    }, pk="id", foreign_keys=[("case_id", "cases", "id")])
    for table, cols in (("exhibits", ["case_id", "number"]), ("testimonies", ["case_id", "number"]),
                        ("sources", ["case_id", "number"])):
        db[table].create_index(cols, unique=True)
    for table in ("cases", "exhibits", "testimonies", "sources", "witnesses", "consents"):
        db[table].create_index(["uid"], unique=True)
    db["exhibits"].create_index(["blob_id"])
    db["links"].create_index(["from_kind", "from_id", "to_kind", "to_id", "relation"],
                             unique=True)
    for verb in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER custody_no_{verb.lower()} BEFORE {verb} ON custody_events
            BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END""")


@migrations()
def m002_search(db: sqlite_utils.Database) -> None:
    tokenize = "unicode61 remove_diacritics 2"
    db["testimonies"].enable_fts(["narrative", "pseudonym"], fts_version="FTS5",
                                 create_triggers=True, tokenize=tokenize)
    db["exhibits"].enable_fts(["description", "location_text", "tags"], fts_version="FTS5",
                              create_triggers=True, tokenize=tokenize)
    db["sources"].enable_fts(["title", "quote", "author", "publisher"], fts_version="FTS5",
                             create_triggers=True, tokenize=tokenize)
    db["incidents"].enable_fts(["description", "place"], fts_version="FTS5",
                               create_triggers=True, tokenize=tokenize)


@migrations()
def m003_trusted_keys(db: sqlite_utils.Database) -> None:
    # Signer keys a legal team has decided to trust (``evidence-kit key trust``). ``key_id``
    # is minisign's 8-byte key id; ``public_key`` the base64 line of the .pub file.
    db["trusted_keys"].create({"key_id": bytes, "public_key": str, "label": str,
                               "added_at": str}, pk="key_id")


@migrations()
def m004_thumbnails(db: sqlite_utils.Database) -> None:
    # Preview JPEGs of photo exhibits (evidence_kit/thumbnails.py), cached so the app does not
    # decrypt and decode every photo on each scroll. Inside SQLCipher they are encrypted like
    # every record; an empty ``jpeg`` records "no preview possible" for that ``size``.
    db["thumbnails"].create({"exhibit_id": int, "jpeg": bytes, "size": int, "created_at": str},
                            pk="exhibit_id", foreign_keys=[("exhibit_id", "exhibits", "id")])


@migrations()
def m005_age_recipients(db: sqlite_utils.Database) -> None:
    # The vault's own age identity (X25519; created on first use) and the recipients
    # (legal teams' published age keys) dossiers can be encrypted to instead of a password.
    db["age_identity"].create({"id": int, "secret": str, "created_at": str}, pk="id")
    db["recipients"].create({"id": int, "label": str, "recipient": str, "added_at": str},
                            pk="id")
    db["recipients"].create_index(["label"], unique=True)
    db["recipients"].create_index(["recipient"], unique=True)


@migrations()
def m006_sent_record(db: sqlite_utils.Database) -> None:
    # The sealed record of a sent dossier also says how it was protected ("password" or
    # "age"), to whom (age recipients' labels and public keys, JSON) and under which file
    # name; its ``manifest`` now holds testimony and source hashes too (sent_records.py).
    db["dossiers"].add_column("envelope", str)
    db["dossiers"].add_column("age_recipients", str)
    db["dossiers"].add_column("file_name", str)
