"""Right-to-left text: Arabic is shaped, wrapped in logical order and drawn right to left,
with the right word order over several wrapped lines (checked by where poppler finds each
word on the page, `pdftotext -bbox`), and Arabic and Cyrillic text round-trip through
`pdftotext`."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest
from report_helpers import ARABIC_WORDS, CYRILLIC, needs_poppler, normalise, pdftotext, sample_data
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from evidence_kit.report import LANGUAGES, build_report
from evidence_kit.report.bidi_text import (
    BidiParagraph,
    base_direction,
    break_lines,
    shape,
    text_width,
    visual,
)
from evidence_kit.report.direction import writing
from evidence_kit.report.fonts import register_fonts
from evidence_kit.report.labels import label
from evidence_kit.report.styles import para, styles

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"(.*?)</word>")
ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def bbox_words(pdf: Path) -> list[tuple[float, float, str]]:
    """(x, y, text) of every word poppler finds; y (the word's middle) grows downwards."""
    return [(float(m[1]), (float(m[2]) + float(m[4])) / 2, html.unescape(m[5]))
            for m in WORD.finditer(pdftotext(pdf, "-bbox"))]


def logical_arabic(text: str) -> str:
    """A word as poppler reports it (visual order, presentation forms) -> logical letters."""
    return unicodedata.normalize("NFKC", text[::-1])


def reading_order(words: list[tuple[float, float, str]], rtl: bool) -> list[list[str]]:
    """Words grouped into lines (top to bottom), each line in reading order."""
    lines: list[list[tuple[float, float, str]]] = []
    for word in sorted(words, key=lambda w: w[1]):
        if lines and abs(lines[-1][0][1] - word[1]) < 4:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [[w[2] for w in sorted(line, key=lambda w: -w[0] if rtl else w[0])]
            for line in lines]


def one_paragraph_pdf(path: Path, text: str, width: float = 200) -> None:
    register_fonts()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=100,
                            rightMargin=A4[0] - 100 - width)
    doc.build([BidiParagraph(text, styles()["narrative"])])


def test_lines_break_in_logical_order_and_fit():
    register_fonts()
    text = " ".join(ARABIC_WORDS * 3)
    lines = break_lines(text, 180, 10)
    assert len(lines) >= 4
    assert " ".join(line.text for line in lines) == shape(text)  # nothing lost or moved
    assert all(line.base_dir == "R" for line in lines)
    for line in lines:
        assert text_width(visual(line.text, "R"), 10, "R") <= 180 + 0.01


def test_direction_and_marks():
    assert base_direction("FICTIONAL SAMPLE — " + " ".join(ARABIC_WORDS)) == "R"
    assert base_direction("A photo of a sign reading مدرسة") == "L"
    vowelled = "أُخذ وتوقّفت"
    assert "\u064f" in shape(vowelled) and "\u0651" in shape(vowelled)  # harakat kept
    assert isinstance(para("Hello"), type(para("Привет")))  # no bidi needed for Cyrillic
    assert isinstance(para("مرحبا"), BidiParagraph)


def test_left_to_right_runs_of_an_arabic_line_keep_their_order():
    """python-bidi alone shows "7-Zip" as "Zip-7" and splits "5271 BA23" in Arabic text."""
    assert "7-Zip" in visual("افتح الغلاف باستخدام 7-Zip ثم أدخل", "R")
    assert "5271 BA23 487B" in visual("وبصمته 5271 BA23 487B؛ ثم شغِّل", "R")
    assert "2017-03 – 2017-04" in visual("الفترة 2017-03 – 2017-04 تقريبًا", "R")
    shown = visual("البلد Russian Federation (Chechen Republic). ثم", "R")
    assert "Russian Federation (Chechen Republic)" in shown
    assert shown.index(".") < shown.index("Russian")  # the full stop follows, at its left
    assert visual("SHA-256:", "R") == ":SHA-256"  # a Latin label in an Arabic line


def test_brackets_in_an_arabic_line_are_mirrored():
    """Drawn left to right, "(word)" must show "(" at the left: python-bidi's Rust
    implementation does not mirror, so the logical "(" would face the wrong way."""
    assert visual("نص (كلمة) نص", "R") == "صن (ةملك) صن"
    assert visual("«نص»", "R") == "«صن»"
    assert visual("مثل (UTF-8) هنا", "R") == "انه (UTF-8) لثم"


def test_a_paragraph_opening_in_arabic_reads_right_to_left_in_an_arabic_report():
    text = "نقلًا عن: The missing man's mother, by telephone"
    assert base_direction(text) == "L"  # most letters are Latin
    with writing("ar"):
        assert base_direction(text) == "R"  # our Arabic label starts it
        assert base_direction("A photo of a sign reading مدرسة") == "L"


VERIFY_AR = label("text.verify", "ar", dossier_id="EK-20261125-ABC123",
                  fingerprint="5271 BA23 0C11 77D4")


def test_a_quoted_command_keeps_its_option_on_its_line():
    """The Arabic cover's «sha256sum -c» must not break before "-c": the option would open
    the next line and read "c-»". Checked at every width from narrow to the frame's."""
    register_fonts()
    for avail in range(100, 480, 2):
        lines = [line.text for line in break_lines(VERIFY_AR, avail, 8)]
        assert " ".join(lines) == " ".join(shape(VERIFY_AR).split()), avail  # nothing lost
        for line in lines:
            assert not re.search(r"(sha256sum|bagit\.py)$", line), (avail, line)
            assert not re.match(r"--?[a-z]", line), (avail, line)
        shown = " ".join(visual(line, "R") for line in lines)
        assert "sha256sum -c" in shown and "bagit.py --validate" in shown, avail
    # a no-break space holds two words together as well
    narrow = text_width("one two", 10) + 1  # "two six" is as wide
    assert [line.text for line in break_lines("one two\u00a0six", narrow, 10)] == \
        ["one", "two\u00a0six"]


@needs_poppler
@pytest.mark.parametrize("width", [188, 248, 292])  # each split "sha256sum | -c" before
def test_the_arabic_verify_note_shows_the_command_in_order(tmp_path, width):
    pdf = tmp_path / "verify.pdf"
    one_paragraph_pdf(pdf, VERIFY_AR, width=width)
    words = bbox_words(pdf)
    command = next((x, y) for x, y, t in words if "sha256sum" in t)
    option = [(x, y) for x, y, t in words if re.fullmatch(r"\W?-c\W?", t)]
    assert option, "the option is missing or glued to something else"
    assert abs(option[0][1] - command[1]) < 4, "sha256sum and -c are on different lines"
    assert option[0][0] > command[0], "-c must follow sha256sum, at its right"


@needs_poppler
def test_arabic_word_order_over_several_wrapped_lines(tmp_path):
    pdf = tmp_path / "arabic.pdf"
    expected = ARABIC_WORDS * 3
    one_paragraph_pdf(pdf, " ".join(expected))
    words = [(x, y, logical_arabic(t)) for x, y, t in bbox_words(pdf) if ARABIC.search(t)]
    lines = reading_order(words, rtl=True)
    assert len(lines) >= 4, "the paragraph should wrap over several lines"
    assert [w for line in lines for w in line] == expected
    # right-aligned: every line ends at the same right edge (the frame's, less padding)
    right_edges = [float(m[3]) for m in WORD.finditer(pdftotext(pdf, "-bbox"))]
    lines_right = {round(max(r for r, (_, y, _) in zip(right_edges, words, strict=True)
                             if abs(y - line_y) < 4)) for line_y in {y for _, y, _ in words}}
    assert len(lines_right) == 1


@needs_poppler
def test_mixed_rtl_line_keeps_latin_run_at_the_right(tmp_path):
    pdf = tmp_path / "mixed.pdf"
    one_paragraph_pdf(pdf, "FICTIONAL SAMPLE — " + " ".join(ARABIC_WORDS), width=400)
    words = bbox_words(pdf)
    first_y = min(y for _, y, _ in words)
    first_line = [(x, t) for x, y, t in words if abs(y - first_y) < 4]
    latin_x = min(x for x, t in first_line if t == "FICTIONAL")
    arabic_x = [x for x, t in first_line if ARABIC.search(t)]
    assert arabic_x and all(x < latin_x for x in arabic_x)  # RTL paragraph: Latin run first
    assert [logical_arabic(t) for _, t in sorted(
        ((x, t) for x, t in first_line if ARABIC.search(t)), key=lambda w: -w[0])] == \
        ARABIC_WORDS[:len(arabic_x)]


@needs_poppler
def test_arabic_in_a_left_to_right_line(tmp_path):
    pdf = tmp_path / "ltr.pdf"
    one_paragraph_pdf(pdf, "A sign reading شاهد عيان was photographed", width=400)
    words = reading_order(bbox_words(pdf), rtl=False)[0]
    assert words[:3] == ["A", "sign", "reading"] and words[-2:] == ["was", "photographed"]
    arabic = [logical_arabic(w) for w in words if ARABIC.search(w)]
    assert arabic == ["عيان", "شاهد"]  # the RTL run reads right to left inside the line


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_arabic_and_cyrillic_round_trip_through_pdftotext(tmp_path, language):
    pdf = tmp_path / "report.pdf"
    with pdf.open("wb") as fh:
        build_report(sample_data(), fh, language=language)
    flat = normalise(pdftotext(pdf))
    assert normalise(CYRILLIC) in flat
    assert normalise(" ".join(ARABIC_WORDS * 3)) in flat  # logical order, all lines
