"""Fixtures of the dossier end-to-end tests (helpers live in kit.py)."""

from __future__ import annotations

import os

os.environ.setdefault("EVIDENCE_KIT_INSECURE_FAST_KDF", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from evidence_kit.demo import add_demo_case  # noqa: E402
from evidence_kit.export import ExportResult  # noqa: E402
from evidence_kit.records import Record  # noqa: E402
from evidence_kit.vault import Vault  # noqa: E402

from .kit import export, make_vault  # noqa: E402


@pytest.fixture
def field_vault(tmp_path: Path):
    vault = make_vault(tmp_path / "field-vault", "Field team")
    yield vault
    vault.lock()


@pytest.fixture
def demo_export(tmp_path: Path, field_vault: Vault) -> tuple[Vault, Record, ExportResult]:
    """The demo case exported from the field vault into ``tmp_path / "out" / "demo.zip"``."""
    case = add_demo_case(field_vault)
    (tmp_path / "out").mkdir(exist_ok=True)
    return field_vault, case, export(field_vault, case, tmp_path / "out" / "demo.zip")
