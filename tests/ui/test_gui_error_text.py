"""The core's error messages in the UI's language (ui/error_text.py): every template of an
``EvidenceKitError`` raised in evidence_kit/ is translated into Russian, French and Arabic
with the same {placeholders}; a wrong dossier password reads in Russian; an error naming a
file reads in Arabic with the path intact; a broken translation falls back to English.

When a catalogue test fails: ``.venv/bin/python scripts/translations.py update``, translate
the unfinished messages of context "errors" in resources/translations/*.ts, ``... compile``.
"""

from __future__ import annotations

import errno
import string
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WAIT_MS, call_core, translations_tool
from PySide6.QtWidgets import QApplication

from evidence_kit.errors import DossierError, Listing, Phrase, WrongPassphrase
from ui import error_text as error_text_module
from ui import i18n
from ui.error_text import error_text, phrase_text
from ui.main_window import MainWindow
from ui.open_dossier import OpenDossierDialog

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "fr", "ar")


tool = translations_tool()


def placeholders(text: str) -> Counter[str]:
    """The {names} a template or translation formats (``{{`` is a literal brace)."""
    return Counter(name for _lit, name, _spec, _conv in string.Formatter().parse(text)
                   if name is not None)


# -- the catalogues ----------------------------------------------------------------------


def test_placeholder_comparison_catches_mistakes() -> None:
    assert placeholders("Could not write {what}: {reason}") != \
        placeholders("Не удалось записать {что}: {reason}")
    assert placeholders("{path} exists") != placeholders("existe")
    assert placeholders("{a} {a}") != placeholders("{a}")
    assert placeholders('like {{"contact": "..."}} in {path}') == placeholders("{path}")
    with pytest.raises(ValueError):
        placeholders("unbalanced {path")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_error_template_is_translated(language: str) -> None:
    """Fails when an error template of evidence_kit/ (or a Phrase it takes) has no finished
    translation, or when a translation's {placeholders} differ from the English."""
    found, _problems = tool.extract_errors()
    assert len(found) > 250
    entries = tool.read_ts(tool.ts_path(language))
    missing, broken = [], []
    for key in found:
        entry = entries.get(key)
        if entry is None or not entry.finished:
            missing.append(key.source)
            continue
        try:
            same = placeholders(entry.translation) == placeholders(key.source)
        except ValueError as exc:
            same, entry.translation = False, f"{entry.translation} ({exc})"
        if not same:
            broken.append(f"{key.source!r} -> {entry.translation!r}")
    assert missing == [], f"[{language}] untranslated error messages:\n" + "\n".join(missing)
    assert broken == [], f"[{language}] placeholders differ:\n" + "\n".join(broken)


# -- error_text ---------------------------------------------------------------------------


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda language: i18n.install(qapp, language)
    i18n.install(qapp, "en")


def test_english_is_the_core_message(switch: Callable[[str], str]) -> None:
    switch("en")
    exc = DossierError("'{name}' fails its CRC check: it was altered.", name="data/a.jpg")
    assert error_text(exc) == exc.message
    assert error_text(ValueError("plain")) == "plain"


def test_phrases_and_listings_are_translated(switch: Callable[[str], str]) -> None:
    from evidence_kit.atomic import storage_error
    from evidence_kit.consent_gate import decide

    switch("ru")
    full = storage_error(OSError(errno.ENOSPC, "No space left on device"),
                         Phrase("the folder {path}", path="/media/USB/Дело 7"))
    assert error_text(full) == ("Диск заполнен: не удалось записать папку /media/USB/Дело 7. "
                                "Освободите место и повторите попытку.")
    reason = decide([], "un-sp", "confidential").reasons[0]
    assert phrase_text(reason) == ("нет записанного согласия на передачу этого показания: "
                                   "Специальные процедуры ООН"), "body names come translated"
    listing = Listing([Phrase("{code}: {why}", code="T0002", why=reason),
                       Phrase("redacted dossier: pseudonym only")])
    assert phrase_text(listing) == ("T0002: нет записанного согласия на передачу этого "
                                    "показания: Специальные процедуры ООН; обезличенное "
                                    "досье: только псевдоним")
    switch("fr")
    assert error_text(WrongPassphrase("The dossier password is not correct, or the file's "
                                      "header is damaged.")) == \
        "Le mot de passe du dossier est incorrect, ou l'en-tête du fichier est endommagé."


def test_a_broken_translation_shows_the_english_message(
        monkeypatch: pytest.MonkeyPatch, switch: Callable[[str], str]) -> None:
    switch("ru")
    exc = DossierError("'{name}' fails its CRC check: it was altered.", name="data/a.jpg")

    class Broken:
        @staticmethod
        def translate(_context: str, text: str) -> str:
            return "«{имя}» повреждён" if "{name}" in text else text

    monkeypatch.setattr(error_text_module, "QCoreApplication", Broken)
    assert error_text(exc) == "'data/a.jpg' fails its CRC check: it was altered."
    assert error_text(DossierError("The dossier is empty.")) == "The dossier is empty."


def test_an_untranslated_template_shows_english(switch: Callable[[str], str]) -> None:
    switch("ar")
    exc = DossierError("A message no catalogue has: {path}", path="/tmp/x")
    assert error_text(exc) == "A message no catalogue has: /tmp/x"


# -- in the app ---------------------------------------------------------------------------


def _open_dialog(qtbot: Any, window: MainWindow) -> OpenDossierDialog:
    dialog = window.open_dossier()
    assert isinstance(dialog, OpenDossierDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_wrong_dossier_password_reads_in_russian(qtbot: Any, tmp_path: Path,
                                                 switch: Callable[[str], str]) -> None:
    switch("ru")
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
            window.start_demo()
        out = tmp_path / "dossier.zip"

        def export(vault: Any) -> None:
            from evidence_kit.dossier_plan import plan_dossier
            from evidence_kit.export import export_dossier
            from evidence_kit.records import get_case

            case = get_case(vault.db, window.case["id"])
            export_dossier(vault, plan_dossier(vault, case), out,
                           "river lamp orbit stone velvet meadow")

        call_core(qtbot, window, export)
        dialog = _open_dialog(qtbot, window)
        dialog.path.setText(str(out))
        dialog.password.setText("not the password at all")
        dialog.verify()
        qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.status.text()),
                        timeout=WAIT_MS)
        assert dialog.status.text() == "Неверный пароль досье или повреждён заголовок файла."
        dialog.reject()
    finally:
        window.shutdown()


def test_error_naming_a_file_reads_in_arabic_with_the_path_intact(
        qtbot: Any, tmp_path: Path, switch: Callable[[str], str]) -> None:
    switch("ar")
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    try:
        missing = tmp_path / "شهود" / "Досье 2026.zip"
        dialog = _open_dialog(qtbot, window)
        dialog.path.setText(str(missing))
        dialog.password.setText("river lamp orbit stone velvet")
        dialog.verify()
        qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.status.text()),
                        timeout=WAIT_MS)
        text = dialog.status.text()
        assert text == f"الملف غير موجود: \u2068{missing}\u2069"
        assert str(missing) in text
        dialog.reject()
    finally:
        window.shutdown()
