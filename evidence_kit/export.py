"""Export: plan → signed tag files → one streaming pass into the encrypted envelope.

Atomic: the dossier is written under a temporary name beside the target and renamed
only when complete and fsynced; a crash or cancel leaves no file under the final name.
The export is then logged (with the dossier's SHA-256) and a sealed record of exactly
what was sent stays in the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from . import __version__
from .age_envelope import write_age_envelope
from .atomic import (
    TEMP_SUFFIX,
    fsync_dir,
    lock_temp,
    remove_stale_temps,
    storage_error,
    temp_prefix,
)
from .bag import BAGIT_TXT, MANIFESTS, SIGNATURE, TAGMANIFEST, bag_info, manifest, tag_manifest
from .dossier_plan import DossierPlan, PlannedFile, memory_file
from .envelope import expected_local, write_envelope
from .errors import Cancelled, InvalidInput
from .hashing import ParallelHash
from .minisign import format_public_key, sign_digest, sign_stream
from .recipients import list_recipients, own_recipient
from .records import BODIES, code
from .sent_records import sent_items
from .vault import Vault
from .writeback import EarlyWriteback
from .zipcanon import CanonicalZipWriter, archive_size

Progress = Callable[[int, int], None]
REPORT_PATH = "data/report.pdf"


@dataclass(frozen=True)
class ExportResult:
    dossier_id: str
    path: Path
    sha256: str
    size: int
    signer_fingerprint: str
    items: list[str]


class _HashingFile:
    """Hashes the envelope as pyzipper writes it, so no second read pass is needed.

    pyzipper rewrites the entry's local header at offset 0 once the size is known; that
    header is predictable, so the digest starts from it and follows every later write.
    """

    def __init__(self, fh: BinaryIO, header: bytes) -> None:
        self._fh = fh
        self._header = header
        self._pos = 0
        self._next = len(header)
        self._digest = ParallelHash("sha256")  # on a worker thread, one chunk behind
        self._digest.update(header)
        self.sequential = True

    def write(self, data: bytes) -> int:
        if self._pos >= len(self._header):
            if self._pos == self._next:
                self._digest.update(bytes(data))  # a copy only if pyzipper passed a buffer
                self._next += len(data)
            else:
                self.sequential = False
        written = self._fh.write(data)
        self._pos += len(data)
        return written

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pos = self._fh.seek(offset, whence)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        self._fh.flush()

    def hexdigest(self) -> str:
        return self._digest.hexdigest()

    def close(self) -> None:
        self._digest.close()


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _tag_files(vault: Vault, plan: DossierPlan, payload: list[PlannedFile]) -> list[PlannedFile]:
    info = bag_info([
        ("Source-Organization", vault.label), ("Contact-Name", vault.label),
        ("External-Identifier", plan.dossier_id),
        ("External-Description", f"Evidence Kit dossier for {BODIES[plan.recipient_body]}"),
        ("Bagging-Date", plan.created_at[:10]), ("Bag-Group-Identifier", plan.case["uid"]),
        ("Bag-Software-Agent", f"Evidence Kit {__version__}"),
        # dossier.json's case title: in a redacted dossier, through the case's text rules
        ("Case-Title", plan.case_entry["title"]), ("Recipient-Body", plan.recipient_body),
        ("Disclosure-Level", plan.level),
        ("Signer-Fingerprint", vault.signing_key.public_key().fingerprint),
    ], [f.payload() for f in payload])
    tags = [memory_file("bagit.txt", BAGIT_TXT.encode()),
            memory_file("bag-info.txt", info.encode("utf-8"))]
    tags += [memory_file(name, manifest([f.payload() for f in payload], algo).encode())
             for algo, name in MANIFESTS.items()]
    tagmanifest = tag_manifest({t.path: t.sha256 for t in tags}).encode()
    comment = (f"dossier:{plan.dossier_id}\tcase:{plan.case['uid']}\t"
               f"signed:{plan.created_at}")
    signature = sign_stream(vault.signing_key, tagmanifest, comment,
                            f"Evidence Kit signature by {vault.fingerprint}")
    return tags + [memory_file(TAGMANIFEST, tagmanifest),
                   memory_file(SIGNATURE, signature.encode())]


def bag_members(vault: Vault, plan: DossierPlan, envelope_name: str,
                envelope: str = "password") -> list[PlannedFile]:
    """Every file of the bag (paths under the bag folder), sorted as they are written;
    ``envelope`` ("password" or "age") chooses VERIFY.txt's instructions."""
    from .verify_text import verify_txt  # noqa: PLC0415

    public = vault.signing_key.public_key()
    extra = [
        memory_file("data/signer.pub", format_public_key(
            public, f"Evidence Kit signer: {vault.label} ({public.fingerprint})").encode()),
        memory_file("data/VERIFY.txt", verify_txt(
            dossier_id=plan.dossier_id, bag_dir=plan.dossier_id, envelope_name=envelope_name,
            signer_fingerprint=public.short_fingerprint, signer_label=vault.label,
            created_at=plan.created_at, envelope=envelope).encode("utf-8")),
    ]
    payload = sorted(plan.files + extra, key=lambda f: f.path.encode())
    members = payload + _tag_files(vault, plan, payload)
    for member in members:
        member.path = f"{plan.dossier_id}/{member.path}"
    return sorted(members, key=lambda f: f.path.encode())


def _stream(members: list[PlannedFile], out: BinaryIO, total: int,
            progress: Progress | None, cancel: Callable[[], bool] | None) -> None:
    writer = CanonicalZipWriter(out)
    done = 0

    def counted(member: PlannedFile):  # noqa: ANN202 - a generator of chunks
        nonlocal done
        for chunk in member.chunks():
            if cancel and cancel():
                raise Cancelled("Export cancelled; no dossier was written.")
            done += len(chunk)
            if progress:
                progress(done, total)
            yield chunk

    for member in members:
        # Vault blobs are authenticated chunk by chunk, their CRC taken at ingest over the
        # same bytes; a memory file's CRC was just computed from its bytes.
        writer.add(member.path, member.size, member.crc, counted(member), check_crc=False)
    writer.close()


class _SequentialHashing:
    """SHA-256 (the dossier's) and BLAKE2b-512 (minisign's prehash) of an output written
    strictly in order, each on its own worker thread."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.sha256 = ParallelHash("sha256")
        self.blake2b = ParallelHash("blake2b")

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        self.sha256.update(chunk)
        self.blake2b.update(chunk)
        return self._fh.write(chunk)

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        self.sha256.close()
        self.blake2b.close()


def _write_password(raw: BinaryIO, members: list[PlannedFile], password: str,
                    stream: Callable[[BinaryIO], None]) -> tuple[str | None, bytes | None]:
    payload_size = archive_size([(m.path, m.size) for m in members])
    hashing = _HashingFile(raw, expected_local(payload_size))
    try:
        write_envelope(hashing, password, stream)
        return (hashing.hexdigest() if hashing.sequential else None), None
    finally:
        hashing.close()


def _write_age(raw: BinaryIO, recipients: list[str],
               stream: Callable[[BinaryIO], None]) -> tuple[str, bytes]:
    hashing = _SequentialHashing(raw)
    try:
        write_age_envelope(hashing, recipients, stream)
        return hashing.sha256.hexdigest(), bytes.fromhex(hashing.blake2b.hexdigest())
    finally:
        hashing.close()


def attach_report(vault: Vault, plan: DossierPlan, *, language: str = "en",
                  answers: dict[str, str] | None = None) -> list[str]:
    """Add ``data/report.pdf`` and each testimony's ``data/testimonies/T0001.pdf`` (in the
    report's language) to the plan; return the names of required template fields left
    empty (the report says "not provided" for them)."""
    from .report import missing_required, report_bytes, report_data_from_plan
    from .report.from_plan import files_of
    from .report.testimony_pdf import testimony_pdfs

    data = report_data_from_plan(vault, plan, signer_fingerprint=vault.fingerprint,
                                 signer_label=vault.label, missing_ok=True, answers=answers)
    made = dict(testimony_pdfs(data, language=language))
    plan.files = [f for f in plan.files if f.path != REPORT_PATH and not (
        f.path.startswith("data/testimonies/") and f.path.endswith(".pdf"))]
    plan.files += [memory_file(path, pdf) for path, pdf in made.items()]
    data.files = files_of(plan)  # the report's file list includes the testimony PDFs
    plan.files.append(memory_file(REPORT_PATH, report_bytes(data, language=language)))
    return [f"{field.id} ({field.label(language)})" for field in missing_required(data)]


def export_dossier(vault: Vault, plan: DossierPlan, out: Path, password: str | None = None,
                   *, recipients: list[str] | None = None, overwrite: bool = False,
                   progress: Progress | None = None,
                   cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the dossier to ``out``: a password envelope, or (with ``recipients``, age
    public keys) an age envelope plus ``out.minisig``, the signature of the file itself."""
    out = Path(out)
    if (password is None) == (recipients is None):
        raise InvalidInput("Choose either a dossier password or age recipients.")
    if out.exists() and not overwrite:
        raise InvalidInput("{path} already exists; choose another name.", path=str(out))
    if not out.parent.is_dir():
        raise InvalidInput("The folder {folder} does not exist.", folder=str(out.parent))
    members = bag_members(vault, plan, out.name,
                          "password" if recipients is None else "age")
    total = sum(m.size for m in members)

    def stream(entry: BinaryIO) -> None:
        _stream(members, entry, total, progress, cancel)

    remove_stale_temps(out)
    sig_out = out.with_name(out.name + ".minisig")
    temp = _temp_beside(out)
    sig_temp: Path | None = None
    try:
        with temp.open("xb") as raw:
            lock_temp(raw.fileno())
            sink = cast(BinaryIO, EarlyWriteback(raw))  # the fsync below then waits less
            if recipients is not None:
                everyone = list(dict.fromkeys([*recipients, own_recipient(vault)]))
                digest, blake = _write_age(sink, everyone, stream)
            else:
                digest, blake = _write_password(sink, members, password or "", stream)
            raw.flush()
            os.fsync(raw.fileno())
        digest = digest or _sha256_of(temp)
        size = temp.stat().st_size
        if blake is not None:
            remove_stale_temps(sig_out)
            sig_temp = _write_outer_signature(vault, plan, out, blake)
        # Recorded before the rename: a dossier under its final name is always in the
        # custody log. A kill between the two leaves a record and an unrenamed temp.
        _record(vault, plan, digest, size, recipients or [], out.name)
    except OSError as exc:
        _unlink(temp, sig_temp)
        raise storage_error(exc, str(out)) from exc
    except BaseException:
        _unlink(temp, sig_temp)
        raise
    _put_in_place(vault, plan, digest, (temp, out), (sig_temp, sig_out))
    return ExportResult(plan.dossier_id, out, digest, size,
                        vault.signing_key.public_key().fingerprint, plan.item_codes())


def _temp_beside(path: Path) -> Path:
    """The export's temp naming (``.NAME.<8 random>.part``): ``remove_stale_temps`` knows it."""
    return path.parent / f"{temp_prefix(path)}{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"


def _unlink(*paths: Path | None) -> None:
    for path in paths:
        if path is not None:
            path.unlink(missing_ok=True)


def _put_in_place(vault: Vault, plan: DossierPlan, digest: str,
                  dossier: tuple[Path, Path], signature: tuple[Path | None, Path]) -> None:
    """Rename the dossier, then its outer signature, into place.

    The signature goes second so it never stands beside a file it does not match: if the
    dossier's rename fails, both temps go and an older ``.minisig`` stays untouched with
    its own dossier. A kill between the two renames leaves the new dossier beside no
    signature (or the old one, with ``overwrite``), which ``verify`` reports as a failed
    check; the export record holds the dossier's SHA-256 and the signature's temp is
    removed by the next export of that name.
    """
    temp, out = dossier
    sig_temp, sig_out = signature
    try:
        os.replace(temp, out)
    except OSError as exc:
        _unlink(temp, sig_temp)
        _record_abandoned(vault, plan, digest, exc)
        raise storage_error(exc, str(out)) from exc
    try:
        if sig_temp is not None:
            os.replace(sig_temp, sig_out)
        fsync_dir(out.parent)
    except OSError as exc:
        if sig_temp is not None and sig_temp.exists():  # the old signature no longer matches
            _unlink(sig_temp, sig_out)
        raise storage_error(exc, str(sig_out if sig_temp is not None else out)) from exc


def _write_outer_signature(vault: Vault, plan: DossierPlan, out: Path, blake: bytes) -> Path:
    """So a recipient can check who sent the file before decrypting anything.

    Written to a locked temp beside ``out`` (fsynced); the caller renames it into place
    only once the dossier itself is in place, and returns the temp's path."""
    comment = (f"dossier:{plan.dossier_id}\tcase:{plan.case['uid']}\t"
               f"signed:{plan.created_at}\tfile:{out.name}")
    text = sign_digest(vault.signing_key, blake, comment,
                       f"Evidence Kit signature by {vault.fingerprint}")
    temp = _temp_beside(out.with_name(out.name + ".minisig"))
    try:
        with temp.open("xb") as fh:
            lock_temp(fh.fileno())
            fh.write(text.encode())
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _document(plan: DossierPlan) -> dict:
    """The plan's dossier.json, as it goes into the dossier."""
    names = ("data/dossier.json", f"{plan.dossier_id}/data/dossier.json")  # bag_members
    index = next(f for f in plan.files if f.path in names)  # moves files into the bag
    return json.loads(b"".join(index.chunks()))


def _labelled(vault: Vault, recipients: list[str]) -> list[dict[str, str]]:
    """The age recipients with the labels this vault knows them by (its own included)."""
    known = {r.recipient: r.label for r in list_recipients(vault)}
    own = own_recipient(vault) if recipients else ""
    return [{"label": "this vault" if key == own else known.get(key, ""), "recipient": key}
            for key in dict.fromkeys([*recipients, *([own] if own else [])])]


def _record(vault: Vault, plan: DossierPlan, digest: str, size: int,
            recipients: list[str], file_name: str) -> None:
    """The sealed local record of exactly what was sent, and its custody event."""
    sent = sent_items(_document(plan))
    with vault.transaction():
        vault.db["dossiers"].insert({
            "id": plan.dossier_id, "direction": "sent", "case_id": plan.case["id"],
            "created_at": plan.created_at, "file_sha256": digest, "file_size": size,
            "recipient_body": plan.recipient_body,
            "signer_fingerprint": vault.signing_key.public_key().fingerprint,
            "manifest": json.dumps(sent, ensure_ascii=False),
            "envelope": "age" if recipients else "password", "file_name": file_name,
            "age_recipients": json.dumps(_labelled(vault, recipients), ensure_ascii=False)})
        by_code = {code("testimonies", t["number"]): t for t in plan.testimonies}
        for ref, override in plan.overrides.items():
            vault.log("consent-override", case_uid=plan.case["uid"], item_kind="testimony",
                      item_uid=by_code[ref]["uid"],
                      details={"code": ref, "dossier": plan.dossier_id,
                               "recipient_body": plan.recipient_body,
                               "decided_by": override.decided_by, "reason": override.reason})
        vault.log("dossier-exported", case_uid=plan.case["uid"], item_kind="dossier",
                  item_uid=plan.dossier_id, hashes={"dossier_sha256": digest},
                  details={"items": [s["code"] for s in sent], "age_recipients": recipients,
                           "recipient_body": plan.recipient_body,
                           "envelope": "age" if recipients else "password"})


def _record_abandoned(vault: Vault, plan: DossierPlan, digest: str, exc: OSError) -> None:
    """The export was recorded but its file could not be put in place: say so in the log.

    Best effort: if the vault cannot take the event either, the disk error is what the user
    must see, so this one is not raised over it.
    """
    with contextlib.suppress(Exception), vault.transaction():
        vault.log("dossier-export-abandoned", case_uid=plan.case["uid"], item_kind="dossier",
                  item_uid=plan.dossier_id, hashes={"dossier_sha256": digest},
                  details={"reason": exc.strerror or type(exc).__name__})
