"""The report's own words exist in English, Russian, French and Arabic, with the same
placeholders, and every label the code asks for exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from evidence_kit.report.labels import LABELS, LANGUAGES, label, maybe, table
from evidence_kit.report.texts import TEXTS

REPORT_CODE = Path(__file__).resolve().parents[2] / "evidence_kit" / "report"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(table()))
def test_every_label_is_in_every_language_with_the_same_placeholders(key):
    entry = table()[key]
    assert len(entry) == len(LANGUAGES), f"{key} must have {LANGUAGES}"
    for language, text in zip(LANGUAGES, entry, strict=True):
        assert text.strip(), f"{key} is empty in {language}"
        assert placeholders(text) == placeholders(entry[0]), f"{key}: {language} placeholders"


def test_label_and_text_keys_do_not_collide():
    assert not set(LABELS) & set(TEXTS)


def test_every_label_used_in_the_code_exists():
    used: set[str] = set()
    for path in REPORT_CODE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\blabel\(\s*["']([a-z_]+\.[\w.-]+|yes|no|none|unknown)["']""",
                               source))
    assert used, "the scan found no label() calls"
    missing = sorted(key for key in used if key not in table())
    assert not missing, f"labels used but not defined: {missing}"


def test_lookup_falls_back_and_fills_placeholders():
    assert label("sec.testimonies", "ru") == "Показания"
    assert label("sec.testimonies", "fr") == "Témoignages"
    assert label("sec.custody", "ar") == "سلسلة العهدة"
    assert label("footer.page", "ar", page=3) == "الصفحة 3 من"
    assert label("sec.testimonies", "de") == "Testimonies"  # unknown language: English
    assert label("footer.page", "fr", page=3) == "Page 3 sur"
    assert maybe("role", "victim", "ru") == "потерпевший"
    assert maybe("role", "custom-role", "ru") == "custom-role"  # unknown values as stored
    assert maybe("role", "witness", "ar") == "شاهد"


def test_arabic_entries_are_written_in_arabic():
    """No entry was left in English (or copied from another language) in the Arabic slot."""
    arabic = LANGUAGES.index("ar")
    untranslated = [key for key, entry in table().items()
                    if not re.search(r"[\u0600-\u06ff]", entry[arabic])]
    assert untranslated == []
