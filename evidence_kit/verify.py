"""Verification: what a lawyer needs to know about a dossier, item by item.

Checks, in order: the envelope decrypts and authenticates; the inner archive is in
canonical form; the bag is complete (no missing, extra or altered file); the signature
matches the tag manifest; the signer is trusted or not; the custody excerpt is intact and
matches the exhibits' hashes. ``ok`` only when every check holds and the signer is known.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from . import custody
from .age_envelope import is_age_file
from .bag import (
    BAGIT_TXT,
    MANIFESTS,
    SIGNATURE,
    TAG_FILES,
    TAGMANIFEST,
    parse_bag_info,
    parse_manifest,
)
from .dossier_plan import DOSSIER_SCHEMA
from .dossier_read import MemberSink, Progress, ReadResult, read_dossier
from .errors import DossierError, IntegrityError, InvalidInput, NotADossier, WrongPassphrase
from .minisign import PublicKey, parse_public_key, parse_signature
from .minisign import verify as verify_signature


@dataclass(frozen=True)
class Signer:
    key: PublicKey
    label: str | None
    trusted: bool


KeyResolver = Callable[[bytes], Signer | None]
# Custody actions that bring an exhibit's bytes into a vault, each recording its SHA-256.
INGEST_ACTIONS = ("exhibit-ingested", "exhibit-received", "exhibit-derived")
DECRYPTS = "dossier decrypts, authenticates and is in canonical form"
MAX_SIGNATURE_BYTES = 64 * 1024


@dataclass
class Check:
    what: str
    ok: bool
    detail: str = ""


@dataclass
class VerifyReport:
    path: Path
    file_sha256: str = ""
    dossier_id: str = ""
    signer: Signer | None = None
    signed_comment: str = ""
    checks: list[Check] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    read: ReadResult | None = None

    @property
    def intact(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def ok(self) -> bool:
        return self.intact and self.signer is not None and self.signer.trusted

    def add(self, what: str, ok: bool, detail: str = "") -> bool:
        self.checks.append(Check(what, ok, detail))
        return ok


def _signer_text(signer: Signer) -> str:
    fp = signer.key.short_fingerprint
    if signer.trusted:
        return f"signed by {signer.label} ({fp})"
    return f"signed by an UNKNOWN key {fp}"


def _check_bag_files(report: VerifyReport, result: ReadResult) -> None:
    missing = [name for name in (*TAG_FILES, TAGMANIFEST, SIGNATURE) if name not in result.kept]
    if not report.add("all BagIt files present", not missing,
                      f"missing: {', '.join(missing)}" if missing else ""):
        raise _Stop
    report.add("bagit.txt declares BagIt 1.0, UTF-8",
               result.kept["bagit.txt"] == BAGIT_TXT.encode())


class _Stop(Exception):
    """No point in further checks: the dossier lacks what they need."""


def _check_signature(report: VerifyReport, result: ReadResult, resolve: KeyResolver) -> None:
    sig_text = result.kept[SIGNATURE]
    try:
        sig = parse_signature(sig_text)
    except IntegrityError as exc:
        report.add("signature of the tag manifest", False, exc.message)
        raise _Stop from exc
    signer = resolve(sig.key_id)
    if signer is None and "data/signer.pub" in result.kept:
        try:
            enclosed = parse_public_key(result.kept["data/signer.pub"])
        except Exception:  # noqa: BLE001 - a hostile file may hold anything
            enclosed = None
        if enclosed is not None and enclosed.key_id == sig.key_id:
            signer = Signer(enclosed, None, False)
    if signer is None:
        report.add("signature of the tag manifest", False,
                   f"made by key id {sig.key_id_hex}, whose public key is not available")
        raise _Stop
    try:
        verified = verify_signature(signer.key, result.kept[TAGMANIFEST], sig_text)
    except IntegrityError as exc:
        report.add("signature of the tag manifest", False, exc.message)
        raise _Stop from exc
    report.signer = signer
    report.signed_comment = verified.trusted_comment
    report.add("signature of the tag manifest", True, _signer_text(signer))
    fields = dict(p.partition(":")[::2] for p in verified.trusted_comment.split("\t"))
    report.add("signed dossier id matches the bag", fields.get("dossier") == result.bag,
               f"signed for {fields.get('dossier')!r}, bag is {result.bag!r}")


def _check_tagmanifest(report: VerifyReport, result: ReadResult) -> None:
    listed = parse_manifest(result.kept[TAGMANIFEST], "sha256", "tagmanifest-sha256.txt")
    problems = [f"{n}: not listed" for n in TAG_FILES if n not in listed]
    problems += [f"{n}: unexpected" for n in listed if n not in TAG_FILES]
    problems += [f"{n}: altered" for n in TAG_FILES
                 if n in listed and result.sha256.get(n) != listed[n]]
    if not report.add("tag files match the signed tag manifest", not problems,
                      "; ".join(problems)):
        raise _Stop


def _check_payload(report: VerifyReport, result: ReadResult) -> None:
    payload = {p for p in result.sha256 if p.startswith("data/")}
    for algo, name in MANIFESTS.items():
        listed = parse_manifest(result.kept[name], algo, name)
        digests = result.sha256 if algo == "sha256" else result.sha512
        problems = [f"{p}: missing" for p in sorted(set(listed) - payload)]
        problems += [f"{p}: extra file, not in the signed manifest"
                     for p in sorted(payload - set(listed))]
        if algo == "sha256" or digests:
            problems += [f"{p}: altered ({algo.upper()} differs)" for p in sorted(payload)
                         if p in listed and digests.get(p) != listed[p]]
        what = f"every file matches {name}" if (algo == "sha256" or digests) else \
            f"{name} lists exactly the files present"
        report.add(what, not problems, "; ".join(problems[:10]))
    info = parse_bag_info(result.kept["bag-info.txt"])
    oxum = f"{sum(result.sizes[p] for p in payload)}.{len(payload)}"
    report.add("bag-info Payload-Oxum matches", info.get("Payload-Oxum") == oxum,
               f"declared {info.get('Payload-Oxum')}, found {oxum}")
    report.add("bag-info External-Identifier matches", info.get("External-Identifier") ==
               result.bag)


def _check_custody(report: VerifyReport, result: ReadResult) -> None:
    """dossier.json and custody.jsonl are signed but may still be hostile (an unknown
    signer's own key signs whatever it likes), so any shape of JSON must fail cleanly."""
    try:
        _check_index(report, result)
    except (KeyError, TypeError, AttributeError, ValueError, RecursionError) as exc:
        report.add("dossier.json and custody.jsonl are well formed", False,
                   f"malformed ({type(exc).__name__})")


def _check_index(report: VerifyReport, result: ReadResult) -> None:
    try:
        document = json.loads(result.kept["data/dossier.json"])
        events = [json.loads(line) for line in
                  result.kept["data/custody.jsonl"].decode("utf-8").splitlines()]
        exhibits = document["exhibits"]
    except (KeyError, ValueError, TypeError, RecursionError) as exc:  # Recursion: nesting
        report.add("dossier.json and custody.jsonl are readable", False, str(exc)[:200])
        return
    known = document.get("schema") == DOSSIER_SCHEMA
    if not report.add("dossier.json uses a known format version", known,
                      "" if known else
                      f"found {str(document.get('schema'))[:40]!r}; update Evidence Kit"):
        return
    report.counts = {k: len(document.get(k, [])) for k in ("exhibits", "testimonies", "sources")}
    assert report.signer is not None
    chain = custody.verify_events(sorted(events, key=lambda e: e.get("seq", 0)),
                                  Ed25519PublicKey.from_public_bytes(report.signer.key.raw),
                                  contiguous=False)
    report.add("custody events are intact and signed by the signer", chain.ok, chain.problem)
    ingested = {e.get("item_uid"): json.loads(e.get("hashes") or "{}").get("sha256")
                for e in events if e.get("action") in INGEST_ACTIONS}
    problems = []
    for exhibit in exhibits:
        if result.sha256.get(exhibit.get("file")) != exhibit.get("sha256"):
            problems.append(f"{exhibit.get('code')}: file does not match dossier.json")
        elif ingested.get(exhibit.get("uid")) != exhibit.get("sha256"):
            problems.append(f"{exhibit.get('code')}: no matching ingest event")
    report.add("every exhibit's hash matches its ingest event in the custody log",
               not problems, "; ".join(problems[:10]))


def outer_signature_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".minisig")


OUTER = "signature of the encrypted file"


@dataclass
class _Outer:
    """The outer signature's state between the check before decrypting and the one after."""

    sig_text: bytes = b""
    key_id: bytes = b""
    key_id_hex: str = ""
    failed: bool = False


def _check_outer_signature(report: VerifyReport, path: Path,
                           resolve: KeyResolver) -> _Outer | None:
    """The detached signature of the encrypted file: who sent it, checkable before opening.

    An age dossier travels with it, so its absence is a failed check. A signature by a key
    this vault does not know is left for ``_check_outer_with_enclosed`` (after decrypting).
    """
    sig_path = outer_signature_path(path)
    if not sig_path.is_file():
        if is_age_file(path):
            report.add(OUTER, False, f"{sig_path.name} is missing: it should come with the "
                       "dossier (ask the sender for it); without it nobody can check who "
                       "sent the file before decrypting it")
            return _Outer()  # missing is not altered: a decryption error stays as it is
        return None
    try:
        sig_text = sig_path.read_bytes()[:MAX_SIGNATURE_BYTES]
        parsed = parse_signature(sig_text)
        signer = resolve(parsed.key_id)
        if signer is None:
            return _Outer(sig_text, parsed.key_id, parsed.key_id_hex)
        verify_signature(signer.key, path, sig_text)
    except (IntegrityError, InvalidInput, OSError) as exc:  # InvalidInput: legacy, too big
        report.add(OUTER, False, getattr(exc, "message", None) or str(exc))
        return _Outer(failed=True)
    report.add(OUTER, True, _signer_text(signer))
    return _Outer()


def _check_outer_with_enclosed(report: VerifyReport, path: Path, outer: _Outer,
                               result: ReadResult) -> None:
    """An unknown sender: check the outer signature with the key enclosed in the dossier,
    and say so (that key proves only that the same key signed outside and inside)."""
    enclosed = None
    try:
        enclosed = parse_public_key(result.kept.get("data/signer.pub", b""))
    except Exception:  # noqa: BLE001 - a hostile file may hold anything
        enclosed = None
    if enclosed is None or enclosed.key_id != outer.key_id:
        check = Check(OUTER, False, f"made by key id {outer.key_id_hex}, whose "
                      "public key is neither known nor enclosed in the dossier")
    else:
        try:
            verify_signature(enclosed, path, outer.sig_text)
            check = Check(OUTER, True, f"signed by an UNKNOWN key {enclosed.short_fingerprint}"
                          ", checked with the key enclosed in the dossier (data/signer.pub)")
        except IntegrityError as exc:
            check = Check(OUTER, False, exc.message)
    report.checks.insert(0, check)


def verify_dossier(path: Path, password: str, resolve: KeyResolver, *,
                   sink: MemberSink | None = None, full: bool = False,
                   progress: Progress | None = None,
                   cancel: Callable[[], bool] | None = None,
                   identities: list[str] | None = None) -> VerifyReport:
    """Read and check a dossier; errors that stop reading become failed checks.

    A missing file, a file that is no dossier at all (NotADossier) and a wrong password
    (WrongPassphrase) are raised instead: nothing was verified, so there is no report.
    An age dossier whose outer signature already failed is reported as altered, though:
    its header may have been changed so that no key seems to match.
    """
    report = VerifyReport(Path(path))
    outer = _check_outer_signature(report, Path(path), resolve) if Path(path).is_file() \
        else None
    try:
        result = read_dossier(path, password, sink=sink, full=full, progress=progress,
                              cancel=cancel, identities=identities)
    except NotADossier:
        raise
    except (WrongPassphrase, DossierError, IntegrityError) as exc:
        altered = outer is not None and outer.failed
        if isinstance(exc, WrongPassphrase) and not altered:
            raise
        if outer is not None and outer.key_id:
            report.add(OUTER, False, f"made by key id {outer.key_id_hex}, which this vault "
                       "does not know; not checked, as the dossier did not decrypt")
        report.add(DECRYPTS, False, exc.message if isinstance(exc, IntegrityError) or
                   not altered else "the file was altered: its signature does not match "
                   "it, and it cannot be decrypted")
        return report
    report.read, report.file_sha256, report.dossier_id = result, result.file_sha256, result.bag
    if outer is not None and outer.key_id and not outer.failed:
        _check_outer_with_enclosed(report, Path(path), outer, result)
    report.add(DECRYPTS, True,
               "age (X25519) envelope authenticated" if result.envelope == "age" else
               "AES-256 envelope and HMAC verified")
    try:
        _check_bag_files(report, result)
        _check_signature(report, result, resolve)
        _check_tagmanifest(report, result)
        _check_payload(report, result)
        _check_custody(report, result)
    except _Stop:
        pass
    except DossierError as exc:
        report.add("dossier metadata is well formed", False, exc.message)
    return report


def verdict(report: VerifyReport) -> str:
    """A plain-language paragraph a lawyer can paste into a filing."""
    if report.ok:
        head = "VERIFIED"
    elif report.intact:
        head = "INTACT, BUT SIGNED BY AN UNKNOWN KEY"
    else:
        head = "FAILED"
    lines = [f"{head}: {report.path.name}"]
    if report.file_sha256:
        lines.append(f"Dossier file SHA-256: {report.file_sha256}")
    if report.dossier_id:
        lines.append(f"Dossier id: {report.dossier_id}")
    if report.signer:
        lines.append(f"Signature: {_signer_text(report.signer)}; {report.signed_comment}")
    if report.counts:
        lines.append("Contents: {exhibits} exhibit(s), {testimonies} testimony(ies), "
                     "{sources} source(s)".format(**report.counts))
    for check in report.checks:
        mark = "ok  " if check.ok else "FAIL"
        lines.append(f"  [{mark}] {check.what}" + (f": {check.detail}" if check.detail else ""))
    if report.intact and not report.ok:
        lines.append("The contents are intact and signed, but the signing key is not one you "
                     "trust. Confirm its fingerprint with the sender by another channel (phone, "
                     "Signal, in person), then run 'evidence-kit key trust SIGNER.pub --label "
                     "NAME' and verify again.")
    if report.ok:
        lines.append("Every file was re-hashed and matches the signed manifest; the signature "
                     "was made by the trusted key named above; nothing was added or removed.")
    return "\n".join(lines)
