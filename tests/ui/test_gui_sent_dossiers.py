"""Vault ▸ Sent dossiers…: the sent record listed, and a recipient's receipt checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import WAIT_MS, call_core

from ui.main_window import MainWindow
from ui.sent_dossiers_dialog import SentDossiersDialog

LEGAL_PASS = "legal team passphrase for tests"


def _send_and_receive(vault: Any, folder: Path) -> tuple[str, Path, str]:
    """Export the open case to a legal team's vault, which imports it and signs a receipt.
    Returns (dossier id, receipt, the legal team's public key file text)."""
    from evidence_kit import recipients, signers, trust
    from evidence_kit.dossier_import import import_dossier
    from evidence_kit.dossier_plan import plan_dossier
    from evidence_kit.export import export_dossier
    from evidence_kit.ingest import ingest_file
    from evidence_kit.records import get_case
    from evidence_kit.vault import Vault

    legal = Vault.create(folder / "legal", LEGAL_PASS, label="Legal team")
    try:
        recipients.add_recipient(vault, recipients.own_recipient(legal), "Legal team")
        trust.trust_key(legal, trust.export_public_key_text(vault), "Field")
        case = get_case(vault.db, "1")
        note = folder / "note.txt"
        note.write_text("what the witness showed us\n", encoding="utf-8")
        ingest_file(vault, case, note)
        out = folder / "case.dossier.age"
        result = export_dossier(vault, plan_dossier(vault, case), out,
                                recipients=[recipients.own_recipient(legal)])
        imported = import_dossier(legal, out, "", signers.resolver(legal), receipt_dir=folder,
                                  identities=[recipients.own_identity(legal)])
        assert imported.receipt is not None
        return result.dossier_id, imported.receipt, trust.export_public_key_text(legal)
    finally:
        legal.lock()


def _open(qtbot: Any, window: MainWindow) -> SentDossiersDialog:
    window.actions_.sent_dossiers.trigger()
    dialog = window.findChild(SentDossiersDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.busy, timeout=WAIT_MS)
    return dialog


def test_sent_dossiers_lists_the_record_and_checks_a_receipt(
        qtbot: Any, unlocked: MainWindow, tmp_path: Path) -> None:
    window = unlocked
    vault_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "V&ault")
    assert window.actions_.sent_dossiers in vault_menu.actions()
    dialog = _open(qtbot, window)
    assert dialog.rows() == [] and "No dossier" in dialog.status.text()
    dialog.close()

    dossier_id, receipt, legal_key = call_core(
        qtbot, window, lambda v: _send_and_receive(v, tmp_path))
    dialog = _open(qtbot, window)
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1, timeout=WAIT_MS)
    row = dialog.rows()[0]
    assert row[:2] == ["sent", dossier_id] and row[4] == "1"
    assert row[5] == "recipient keys" and "Legal team" in row[6]
    assert row[2].endswith(" UTC") and not row[2][:4].isdigit(), "not ISO: in the locale format"

    # Signed by a key the vault does not trust yet: refused, in one readable line.
    dialog.check_receipt_file(receipt)
    qtbot.waitUntil(lambda: not dialog.busy and "does not trust" in dialog.status.text(),
                    timeout=WAIT_MS)
    assert "Traceback" not in dialog.status.text()

    from evidence_kit import trust

    call_core(qtbot, window, lambda v: trust.trust_key(v, legal_key, "Legal team"))
    dialog.check_receipt_file(receipt)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.result.toPlainText() != "",
                    timeout=WAIT_MS)
    text = dialog.result.toPlainText()
    assert text.startswith("The receipt matches what was sent.")
    assert dossier_id in text and "Legal team" in text
    assert "1 item(s) acknowledged of 1 sent" in text

    # A receipt whose signed content was changed afterwards is refused.
    receipt.write_bytes(receipt.read_bytes().replace(b"Legal team", b"Legal tean"))
    dialog.check_receipt_file(receipt)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.status.styleSheet() != "",
                    timeout=WAIT_MS)
    assert "signature" in dialog.status.text().lower()
