"""The report in Arabic: it builds for every recipient template, its own words and headings
are Arabic and extract in reading order, it is laid out right to left (headings at the right
margin, the label column on the right, a mirrored running header and footer), and
left-to-right runs inside Arabic lines (codes, hashes, fingerprints, "7-Zip") stay in one
piece and in their own order. Each layout check runs on the English report too, where it
must find the mirror image, so it cannot pass by accident."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest
from report_helpers import (
    Word,
    bbox_pages,
    needs_poppler,
    normalise,
    pdftotext,
    sample_data,
    strip_punctuation,
)

from evidence_kit.report import ReportData, build_report, label, load_template
from evidence_kit.report.blocks import SECTION_KEYS
from evidence_kit.report.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE

pytestmark = needs_poppler

BODIES = ("un-sp", "icc", "un-mechanism", "national")  # one body per template
LEFT, RIGHT = MARGIN_X, PAGE[0] - MARGIN_X
NEAR = 1.5  # points
FINGERPRINT = "5271BA23487B4D743B59"  # a group starting with digits: bidi would split it
GROUPS = ["5271", "BA23", "487B", "4D74", "3B59"]
NARRATIVE_HASH = "0123456789abcdef" * 4  # digits and letters: must stay one word


def plain(text: str) -> str:
    """Text reduced to its words: presentation forms to letters, no vowel marks or
    punctuation, Arabic apart from digits and Latin (as poppler may glue them)."""
    text = "".join(c for c in normalise(text) if unicodedata.category(c) != "Mn")
    return " ".join(strip_punctuation(text).split())


def report_data(body: str) -> ReportData:
    data = sample_data(recipient_body=body, signer_fingerprint=FINGERPRINT)
    first = dataclasses.replace(data.testimonies[0], narrative_sha256=NARRATIVE_HASH)
    return dataclasses.replace(data, testimonies=[first, *data.testimonies[1:]])


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("arabic")
    built = {}
    for body in BODIES:
        for language in ("ar", "en"):
            path = folder / f"{body}-{language}.pdf"
            with path.open("wb") as fh:
                build_report(report_data(body), fh, language=language, pdfa=False)
            built[body, language] = path
    return built


def bare(word: Word) -> str:
    """A word without the punctuation poppler may glue to it ("؛5271")."""
    return word.logical.strip(".,:;؛،()")


def lines_of(page: list[Word]) -> list[list[Word]]:
    """The words of a page grouped into lines (words at the same height)."""
    lines: list[list[Word]] = []
    for word in sorted(page, key=lambda w: w.y):
        if lines and abs(lines[-1][0].y - word.y) < 4:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def lines_with(page: list[Word], *words: str) -> list[list[Word]]:
    """The lines of a page holding all ``words`` (logical)."""
    return [line for line in lines_of(page) if set(words) <= {bare(w) for w in line}]


# -- words ---------------------------------------------------------------------------------


@pytest.mark.parametrize("body", BODIES)
def test_every_heading_is_arabic_and_extracts_in_reading_order(reports, body):
    text = plain(pdftotext(reports[body, "ar"]))
    template = load_template(body)
    headings = [label(f"sec.{key}", "ar") for key in SECTION_KEYS]
    headings += [template.title("ar"), *(section.title("ar") for section in template.sections)]
    headings += [label(key, "ar") for key in ("cover.dossier_id", "t.narrative", "cu.action")]
    for heading in headings:
        assert plain(heading) in text, heading  # whole phrase: its words in logical order
    pages = len(bbox_pages(reports[body, "ar"]))
    assert plain(label("footer.page", "ar", page=2)) + f" {pages}" in text
    english = plain(pdftotext(reports[body, "en"]))
    for key in ("sec.summary", "sec.custody", "cover.dossier_id", "t.narrative"):
        assert plain(label(key, "en")) in english
        assert plain(label(key, "en")) not in text, key


# -- layout ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "en"])
def test_headings_start_at_the_right_margin_in_arabic(reports, language):
    pages = bbox_pages(reports["un-sp", language])
    for key in ("sec.exhibits", "sec.custody", "sec.verification"):
        heading = {*label(key, language).split(), str(SECTION_KEYS.index(key[4:]) + 1)}
        found = [line for page in pages for line in lines_of(page)
                 if {bare(w) for w in line} == heading]
        assert len(found) == 2, key  # the cover's list of contents and the heading itself
        for line in found:
            if language == "ar":
                assert abs(max(w.x1 for w in line) - RIGHT) < NEAR, key
                assert min(w.x0 for w in line) > PAGE[0] / 2, key
            else:
                assert abs(min(w.x0 for w in line) - LEFT) < NEAR, key


@pytest.mark.parametrize("language", ["ar", "en"])
def test_label_column_is_on_the_right_in_arabic(reports, language):
    cover = bbox_pages(reports["un-sp", language])[0]
    first_word = label("cover.dossier_id", language).split()[0]
    [line] = lines_with(cover, first_word, "EK-20261125-ABC123")
    value = next(w for w in line if w.text == "EK-20261125-ABC123")
    name = [w for w in line if w is not value]
    if language == "ar":
        assert value.x1 < min(w.x0 for w in name)
        assert abs(max(w.x1 for w in name) - RIGHT) < NEAR
        assert abs(value.x1 - (LEFT + (RIGHT - LEFT) * 0.7)) < NEAR  # right-aligned value
    else:
        assert value.x0 > max(w.x1 for w in name)
        assert abs(min(w.x0 for w in name) - LEFT) < NEAR


@pytest.mark.parametrize("language", ["ar", "en"])
def test_running_header_and_footer_are_mirrored(reports, language):
    pages = bbox_pages(reports["un-sp", language])
    page = pages[1]
    header = [w for w in page if w.y < MARGIN_TOP]
    footer = [w for w in page if w.y > PAGE[1] - MARGIN_BOTTOM]
    dossier = next(w for w in header if w.text == "EK-20261125-ABC123")
    title = [w for w in header if w.text in ("Sample", "case")]
    confidential = max(footer, key=lambda w: w.x1) if language == "ar" else \
        min(footer, key=lambda w: w.x0)
    assert plain(confidential.logical).casefold() == \
        plain(label("level.confidential", language)).casefold()
    number = next(w for w in footer if w.text == "2")
    total = next(w for w in footer if w.text == str(len(pages)))
    if language == "ar":
        assert abs(dossier.x0 - LEFT) < NEAR and abs(max(w.x1 for w in title) - RIGHT) < NEAR
        assert abs(confidential.x1 - RIGHT) < NEAR
        assert abs(min(w.x0 for w in footer) - LEFT) < NEAR  # "Evidence Kit" at the left
        assert total.x1 < number.x0  # "الصفحة 2 من 12": the total at the left
    else:
        assert abs(dossier.x1 - RIGHT) < NEAR and abs(min(w.x0 for w in title) - LEFT) < NEAR
        assert abs(confidential.x0 - LEFT) < NEAR
        assert number.x1 < total.x0


def test_left_to_right_runs_keep_their_order_inside_arabic_lines(reports):
    pages = bbox_pages(reports["un-sp", "ar"])
    texts = [w.text for page in pages for w in page]
    assert "7-Zip" in texts and "Zip-7" not in texts  # the cover's note on verifying
    assert NARRATIVE_HASH in texts  # after an Arabic label, one word in one face
    cover_lines = lines_with(pages[0], "5271")
    assert len(cover_lines) == 2  # the table value and the Arabic paragraph on verifying
    for line in cover_lines:
        groups = [bare(w) for w in sorted(line, key=lambda w: w.x0) if bare(w) in GROUPS]
        assert groups == GROUPS, groups


# -- command line --------------------------------------------------------------------------


def test_report_and_export_commands_take_arabic(cli, demo_vault, passphrase_file, tmp_path):
    out = tmp_path / "report-ar.pdf"
    result = cli("report", "--vault", demo_vault.folder, "--passphrase-file",
                 passphrase_file, "--case", "1", "--out", out, "--language", "ar")
    assert result.code == 0, result.err
    text = plain(pdftotext(out))
    assert plain(label("sec.testimonies", "ar")) in text
    assert plain(label("sec.testimonies", "en")) not in text
    assert "{en,ru,fr,ar}" in cli("export", "--help").out
