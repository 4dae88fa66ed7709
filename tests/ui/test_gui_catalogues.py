"""The translation catalogues (issue 8): every UI string and core error template found,
translated into Russian, French and Arabic with its placeholders and plural forms, no
untranslated literal handed to a widget, and the compiled .qm files current.

When a test here fails: ``.venv/bin/python scripts/translations.py update``, translate
the unfinished messages in resources/translations/*.ts, then ``... compile``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import translations_tool

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "fr", "ar")


tool = translations_tool()


def _literals_lint() -> Any:
    spec = importlib.util.spec_from_file_location("ui_literals", REPO / "scripts" /
                                                  "ui_literals.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the catalogues ----------------------------------------------------------------------


def test_every_translatable_string_is_found() -> None:
    messages, errors = tool.extract()
    assert errors == [], errors
    assert len(messages) > 500
    contexts = {key.context for key in messages}
    assert {"MainWindow", "UnlockView", "Workspace", "ExportWizard", "Formats"} <= contexts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    """Fails for a tr() string of ui/ with no translation, an unfinished one, or one that
    lost a placeholder ({name}, %1), an HTML tag or a keyboard accelerator (&)."""
    problems = tool.problems(language)
    assert problems == [], (f"{len(problems)} problem(s):\n" + "\n".join(problems[:30]) +
                            "\nrun scripts/translations.py update, translate, compile")


def test_placeholder_check_catches_mistakes() -> None:
    check = tool.placeholder_problems
    assert check("{n} events", "{m} событий")
    assert check("{n} events", "несколько событий")
    assert check("Open %1", "Ouvrir")
    assert check("<b>Lost</b> forever", "Perdu pour toujours")
    assert check("&File", "Файл")
    assert not check("{n} events", "Событий: {n}")
    assert not check("<b>{id}</b> — {n}", "<b>{id}</b> — العناصر: {n}")


def test_no_untranslated_literal_reaches_a_widget(tmp_path: Path) -> None:
    """A literal with letters handed straight to setText/QLabel/addRow... in ui/ stays
    English in every language (scripts/ui_literals.py)."""
    lint = _literals_lint()
    assert lint.check() == []
    planted = tmp_path / "planted.py"
    planted.write_text(
        "def f(self, box, form, combo, menu, tabs, w):\n"
        "    box.setText('Save')\n"
        "    QLabel('Name:')\n"
        "    form.addRow('Kind:', w)\n"
        "    combo.addItem('Photos', 'photo')\n"
        "    w.setToolTip(self.tr('Fine') + ' — extra words')\n"
        "    w.setWindowTitle(f'Open {x}')\n"
        "    tabs.addTab(w, 'Report')\n"
        "    box.setText(self.tr('Fine {n}').format(n=row.get('count')))\n"
        "    box.setText(row.get('description') or '')\n"
        "    combo.addItem(self.tr('All'), 'every-kind')\n"
        "    w.setPlaceholderText('https://…')\n"
        "    box.setText(f'E{number:04d}')\n"
        "    box.setText('<b>' + self.tr('Bold') + '</b>')\n", encoding="utf-8")
    found = [line.split(": ", 1)[1] for line in lint.check_file(planted, tmp_path)]
    assert found == ["setText: 'Save'", "QLabel: 'Name:'", "addRow: 'Kind:'",
                     "addItem: 'Photos'", "setToolTip: ' — extra words'",
                     "setWindowTitle: 'Open '", "addTab: 'Report'"]


def test_counted_strings_have_plural_forms(tmp_path: Path) -> None:
    """tr("%Ln event(s)", "", n) is a numerus message: the .ts keeps one form per plural
    category of the language (Arabic six), and a form may leave the count out."""
    messages, errors = tool.extract()
    assert errors == [], errors
    counted = [key for key in messages if key.numerus]
    assert any(key.source == "%Ln event(s)" for key in counted), counted
    key = tool.Key("Demo", "%Ln minute(s)", "", True)
    path = tmp_path / "demo_ar.ts"
    forms = ["%Ln دقيقة", "دقيقة واحدة", "دقيقتان", "%Ln دقائق", "%Ln دقيقة", "%Ln دقيقة"]
    tool.write_ts(path, "ar", {key: tool.Entry(key, forms[0], "", [], forms)})
    assert 'numerus="yes"' in path.read_text(encoding="utf-8")
    again = tool.read_ts(path)[key]
    assert again.forms == forms and again.finished
    tool.write_ts(path, "ar", {key: tool.Entry(key, "", "unfinished", [])})
    empty = tool.read_ts(path)[key]
    assert empty.forms == [""] * 6 and not empty.finished


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language: str) -> None:
    """The committed .qm says what the .ts says (nobody forgot to compile)."""
    assert tool.stale_messages(language) == []
