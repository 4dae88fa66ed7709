"""Passphrase key derivation: Argon2id, calibrated once per vault to about one second.

The cost parameters live in the vault header so a vault made on a fast machine still
opens on a slow one (just more slowly).
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import InvalidInput

# Bounds keep a hostile header from asking for 100 GB of RAM or an hour of CPU.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 64
FAST_ENV = "EVIDENCE_KIT_INSECURE_FAST_KDF"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    algorithm: str = "argon2id"

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        try:
            params = cls(
                memory_kib=int(data["memory_kib"]),  # type: ignore[arg-type]
                iterations=int(data["iterations"]),  # type: ignore[arg-type]
                lanes=int(data["lanes"]),  # type: ignore[arg-type]
                algorithm=str(data.get("algorithm", "argon2id")),
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:  # Overflow: Infinity
            raise InvalidInput("The vault header's key-derivation settings are damaged.") from exc
        params.check()
        return params

    def check(self) -> None:
        if self.algorithm != "argon2id":
            raise InvalidInput("Unsupported key derivation '{algorithm}'.",
                               algorithm=self.algorithm)
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise InvalidInput("The vault header asks for an unreasonable amount of memory.")
        if not (1 <= self.iterations <= MAX_ITERATIONS and 1 <= self.lanes <= 16):
            raise InvalidInput("The vault header's key-derivation settings are out of range.")


def derive(passphrase: str, salt: bytes, params: KdfParams, length: int = 32) -> bytes:
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=length,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # NFC: the same passphrase typed on another keyboard or OS must give the same key.
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def insecure_fast_params() -> KdfParams:
    """Cheap parameters for test suites only (selected by the FAST_ENV variable)."""
    return KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    """Pick Argon2id costs that take about ``target_seconds`` on this machine.

    Memory is the main lever (it is what makes GPU guessing expensive); time cost
    fills the rest once memory reaches 1 GiB.
    """
    if os.environ.get(FAST_ENV) == "1":
        return insecure_fast_params()
    lanes = 4
    memory_kib = 64 * 1024
    probe = KdfParams(memory_kib=memory_kib, iterations=3, lanes=lanes)
    start = time.perf_counter()
    derive("calibration", os.urandom(16), probe)
    elapsed = max(time.perf_counter() - start, 1e-3)
    scale = target_seconds / elapsed
    memory_kib = int(min(max(memory_kib * scale, 64 * 1024), 1024 * 1024))
    iterations = 3
    if memory_kib == 1024 * 1024:
        iterations = int(min(max(3 * scale * (64 * 1024) / memory_kib, 3), MAX_ITERATIONS))
    return KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes)
