"""Issue 10 in the app: recipients (age keys) managed in the vault, a dossier exported to a
recipient, and that dossier opened and verified with the vault's own age identity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import WAIT_MS, call_core, wizard_export, wizard_to_review
from pyrage import x25519
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.main_window import MainWindow
from ui.open_dossier import OpenDossierDialog
from ui.recipients_dialog import RecipientsDialog
from ui.trusted_keys_dialog import TrustedKeysDialog


def _open_recipients(qtbot: Any, window: MainWindow) -> RecipientsDialog:
    window.actions_.recipients.trigger()
    dialog = window.findChild(RecipientsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.own_key.text() != "",
                    timeout=WAIT_MS)
    return dialog


def _add(qtbot: Any, dialog: RecipientsDialog, label: str, key: str) -> None:
    dialog.label.setText(label)
    dialog.key.setText(key)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.status.text()), timeout=WAIT_MS)


def test_recipients_dialog_add_and_remove(qtbot: Any, unlocked: MainWindow,
                                          tmp_path: Path) -> None:
    window = unlocked
    dialog = _open_recipients(qtbot, window)
    own = dialog.own_key.text()
    assert own.startswith("age1")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == own

    legal = str(x25519.Identity.generate().to_public())
    _add(qtbot, dialog, "ICC OTP evidence unit", legal)
    assert "Added ICC OTP evidence unit" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.labels() == ["ICC OTP evidence unit"], timeout=WAIT_MS)
    assert dialog.tree.topLevelItem(0).text(1).startswith(legal[:12])

    # A secret key is refused with a readable message and never listed.
    secret = str(x25519.Identity.generate())
    _add(qtbot, dialog, "Oops", secret)
    assert "SECRET key" in dialog.status.text() and "Traceback" not in dialog.status.text()
    assert dialog.key.text() == "", "a pasted secret does not stay on screen"
    # ...also from a file, whose content is never put on screen.
    key_file = tmp_path / "key.txt"
    key_file.write_text(f"# created: today\n{secret}\n", encoding="utf-8")
    dialog.label.setText("From a file")
    dialog.add_from_file(key_file)
    qtbot.waitUntil(lambda: "SECRET key" in dialog.status.text() and not dialog.busy,
                    timeout=WAIT_MS)
    assert secret not in dialog.key.text()
    # Missing label, and a key that is no age key at all.
    dialog.label.clear()
    dialog.key.setText(legal)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "label" in dialog.status.text()
    _add(qtbot, dialog, "Bad", "age1notakey")
    assert "is not an age X25519 public key" in dialog.status.text()
    # A public key file works.
    other = str(x25519.Identity.generate().to_public())
    pub_file = tmp_path / "un.txt"
    pub_file.write_text(other + "\n", encoding="utf-8")
    dialog.label.setText("UN mechanism")
    dialog.add_from_file(pub_file)
    qtbot.waitUntil(lambda: len(dialog.labels()) == 2, timeout=WAIT_MS)

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.labels() == ["UN mechanism"], timeout=WAIT_MS)
    listed = call_core(qtbot, window, lambda v: __import__(
        "evidence_kit.recipients", fromlist=["x"]).list_recipients(v))
    assert [r.label for r in listed] == ["UN mechanism"]
    dialog.accept()


def test_export_to_a_recipient_then_open_the_age_dossier(qtbot: Any, demo_window: MainWindow,
                                                         tmp_path: Path) -> None:
    window = demo_window
    legal = x25519.Identity.generate()
    dialog = _open_recipients(qtbot, window)
    _add(qtbot, dialog, "ICC OTP evidence unit", str(legal.to_public()))
    dialog.accept()

    wizard = wizard_to_review(qtbot, window)
    out = tmp_path / "sent.dossier.age"
    result, _ = wizard_export(qtbot, wizard, out, recipients=["ICC OTP evidence unit"])
    assert result.path == out and out.is_file()
    assert (tmp_path / "sent.dossier.age.minisig").is_file()
    info = wizard.finish_page.info.text()
    assert "No password is needed" in info and "ICC OTP evidence unit" in info
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n")

    def verify(vault: Any) -> Any:
        from evidence_kit.recipients import own_identity
        from evidence_kit.signers import resolver
        from evidence_kit.verify import verify_dossier

        return verify_dossier(out, "", resolver(vault, []), identities=[own_identity(vault)])

    report = call_core(qtbot, window, verify)
    assert report.ok, report.checks
    wizard.close()

    # The legal team's key opens it too (the standard age format).
    import pyrage

    assert pyrage.decrypt(out.read_bytes(), [legal])[:2] == b"PK"

    opened = window.open_dossier()
    opened.path.setText(str(out))
    assert not opened.password.isEnabled() and opened.age_note.isVisible()
    with qtbot.waitSignal(opened.verified, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(opened.verify_button, Qt.MouseButton.LeftButton)
    summary = blocker.args[0]
    assert summary["ok"] and opened.state == "verified"
    assert opened.verdict.text().startswith("✔ Verified")
    checks = [opened.checks.item(i).text() for i in range(opened.checks.count())]
    assert any(c.startswith("signature of the encrypted file") for c in checks)
    assert any("age (X25519) envelope authenticated" in c for c in checks)
    opened.reject()


def test_age_dossier_needs_the_vault_it_was_sent_to(qtbot: Any, demo_window: MainWindow,
                                                    tmp_path: Path) -> None:
    window = demo_window
    legal = str(x25519.Identity.generate().to_public())
    call_core(qtbot, window, lambda v: __import__(
        "evidence_kit.recipients", fromlist=["x"]).add_recipient(v, legal, "Legal team"))
    out = tmp_path / "x.dossier.age"
    wizard = wizard_to_review(qtbot, window)
    wizard_export(qtbot, wizard, out, recipients=["Legal team"])
    wizard.close()
    window.lock_now()
    qtbot.mouseClick(window.unlock_view.dossier_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(OpenDossierDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    dialog.path.setText(str(out))
    assert "only with the vault it was sent to" in dialog.age_note.text()
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None
    assert "only with the vault it was sent to" in dialog.status.text()
    assert not dialog.verdict.isVisible()


def test_trusted_keys_dialog(qtbot: Any, unlocked: MainWindow, tmp_path: Path) -> None:
    window = unlocked
    window.actions_.trusted_keys.trigger()
    dialog = window.findChild(TrustedKeysDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible() and not dialog.busy,
                    timeout=WAIT_MS)
    assert dialog.own_fingerprint.text().replace(" ", "") == window.vault.fingerprint
    key_file = tmp_path / "me.pub"
    dialog.export_own_key(key_file)
    qtbot.waitUntil(lambda: "Saved to" in dialog.status.text(), timeout=WAIT_MS)
    text = key_file.read_text(encoding="utf-8")
    assert text.startswith("untrusted comment: Evidence Kit signer")
    dialog.label.setText("Myself")
    dialog.trust_file(key_file)
    qtbot.waitUntil(lambda: not dialog.busy and "own key" in dialog.status.text(),
                    timeout=WAIT_MS)
    assert dialog.tree.topLevelItemCount() == 0

    # A partner's key (another vault's), pasted.
    partner = tmp_path / "partner"
    partner_key = call_core(qtbot, window, lambda _v: _partner_key(partner))
    dialog.label.setText("Partner NGO")
    dialog.key_text.setPlainText(partner_key)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert dialog.tree.topLevelItem(0).text(0) == "Partner NGO"
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.untrust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0 and not dialog.busy,
                    timeout=WAIT_MS)
    assert "No longer trusted: Partner NGO" in dialog.status.text()


def _partner_key(folder: Path) -> str:
    from evidence_kit.trust import export_public_key_text
    from evidence_kit.vault import Vault

    vault = Vault.create(folder, "partner passphrase for tests", label="Partner NGO")
    try:
        return export_public_key_text(vault)
    finally:
        vault.lock()
