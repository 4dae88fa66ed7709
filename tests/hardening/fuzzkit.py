"""Mutations, outcome checks and guards of the fuzz tests (test_fuzz_readers.py)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import strategies as st

from evidence_kit.bag import MANIFESTS, SIGNATURE, TAG_FILES, TAGMANIFEST, PayloadFile, manifest
from evidence_kit.bag import tag_manifest as make_tag_manifest
from evidence_kit.errors import EvidenceKitError
from evidence_kit.minisign import SecretKey, sign_stream

T = TypeVar("T")
HANG_SECONDS = 30


# -- byte-level mutations ----------------------------------------------------------------------

@dataclass(frozen=True)
class Mutation:
    kind: str  # flip | insert | delete | truncate | overwrite
    position: int  # taken modulo the data length, so one strategy fits any file
    data: bytes

    def apply(self, blob: bytes) -> bytes:
        pos = self.position % (len(blob) + 1)
        if self.kind == "flip":
            if not blob:
                return blob
            pos %= len(blob)
            return blob[:pos] + bytes([blob[pos] ^ (self.data[0] or 1)]) + blob[pos + 1:]
        if self.kind == "insert":
            return blob[:pos] + self.data + blob[pos:]
        if self.kind == "delete":
            return blob[:pos] + blob[pos + 1 + len(self.data):]
        if self.kind == "truncate":
            return blob[:pos]
        return blob[:pos] + self.data + blob[pos + len(self.data):]  # overwrite


mutations = st.lists(st.builds(
    Mutation, st.sampled_from(["flip", "flip", "insert", "delete", "truncate", "overwrite"]),
    st.integers(0, 1 << 24), st.binary(min_size=1, max_size=24)), min_size=1, max_size=3)


def mutate(blob: bytes, changes: list[Mutation]) -> bytes:
    for change in changes:
        blob = change.apply(blob)
    return blob


# -- JSON-level mutations ----------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats() |
    st.text(max_size=20) | st.sampled_from(["", "../../escape", "/etc/passwd", "E0001", "x" * 300]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                  max_size=3),
    max_leaves=8)


def json_paths(doc: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys and indices) into ``doc``, the root included."""
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += json_paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found += json_paths(value, (*prefix, index))
    return found


def json_edit(doc: Any, path: tuple, action: str, value: Any) -> Any:
    """A copy of ``doc`` with the node at ``path`` replaced, deleted, or given a new key."""
    doc = json.loads(json.dumps(doc))
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent[last], dict):
        parent[last]["added-by-fuzzer"] = value
    else:
        parent[last] = value
    return doc


def json_bytes(doc: Any) -> bytes:
    """As a hostile writer would: NaN and Infinity allowed, anything else valid JSON."""
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


# -- re-signing a bag (a sender whose key the receiver trusts, writing whatever it likes) ------

def resign(members: dict[str, bytes], signer: SecretKey) -> dict[str, bytes]:
    bag = next(iter(members)).split("/")[0]
    rel = {n.split("/", 1)[1]: b for n, b in members.items()}
    payload = [PayloadFile(p, len(b), hashlib.sha256(b).hexdigest(),
                           hashlib.sha512(b).hexdigest())
               for p, b in rel.items() if p.startswith("data/")]
    for algo, name in MANIFESTS.items():
        rel[name] = manifest(payload, algo).encode()
    info = re.sub(rb"Payload-Oxum: .*\n", b"", rel["bag-info.txt"])
    rel["bag-info.txt"] = info + \
        f"Payload-Oxum: {sum(f.size for f in payload)}.{len(payload)}\n".encode()
    rel[TAGMANIFEST] = make_tag_manifest({n: hashlib.sha256(rel[n]).hexdigest()
                                          for n in TAG_FILES}).encode()
    rel[SIGNATURE] = sign_stream(signer, rel[TAGMANIFEST], f"dossier:{bag}\tresigned").encode()
    return {f"{bag}/{p}": b for p, b in rel.items()}


# -- outcomes and guards -------------------------------------------------------------------------

def clean(call: Callable[[], T]) -> T | EvidenceKitError:
    """Success, or a clean EvidenceKitError with a message; anything else propagates (and
    fails the example, which Hypothesis then shrinks)."""
    try:
        return call()
    except EvidenceKitError as exc:
        assert exc.message.strip(), f"{type(exc).__name__} without a message"
        assert "Traceback" not in exc.message
        return exc


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so no ``except Exception`` can swallow it."""


@contextlib.contextmanager
def no_hang(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """A hard stop behind Hypothesis' deadline (which only measures, never interrupts)."""

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"/proc/self/status has no {field}: cannot measure memory")


@contextlib.contextmanager
def peak_rss_growth(limit: int) -> Iterator[None]:
    """Fail if the process' peak RSS during the block exceeds its RSS at entry by ``limit``
    bytes (Linux: writing 5 to clear_refs resets the peak)."""
    Path("/proc/self/clear_refs").write_text("5")
    start = _status("VmRSS")
    yield
    peak = _status("VmHWM")
    assert peak - start < limit, \
        f"peak memory grew by {(peak - start) >> 20} MiB (limit {limit >> 20} MiB)"
