"""The report speaks its reader's language about stored things (kinds, custody actions),
shows the real disclosure level, names the recipient the user gave, and lays out
Russian dates and custody actions without breaking or cutting them."""

from __future__ import annotations

import pytest
from report_helpers import needs_poppler, normalise, pdftotext, sample_data

from evidence_kit.report import CustodyInfo, SourceInfo, report_bytes
from evidence_kit.report import fonts as report_fonts
from evidence_kit.report.custody_table import CUSTODY_COLUMNS, CUSTODY_SIZE, action_text
from evidence_kit.report.fasttable import PAD_X, fit, header_lines
from evidence_kit.report.labels import LANGUAGES, label, maybe
from evidence_kit.report.styles import FRAME_WIDTH
from evidence_kit.report.testimony_pages import INCIDENT_COLUMNS
from evidence_kit.report.textlayout import measure
from evidence_kit.report.vocabulary import VOCABULARY
from evidence_kit.sources import KINDS as SOURCE_KINDS
from evidence_kit.verify import INGEST_ACTIONS

EXHIBIT_KINDS = ("photo", "video", "audio", "document", "web-capture", "other")


def _pdf(tmp_path, language: str, **changes: object):
    path = tmp_path / f"report-{language}.pdf"
    path.write_bytes(report_bytes(sample_data(**changes), language=language, pdfa=False))
    return path


def test_every_stored_code_has_a_translation():
    for kind in EXHIBIT_KINDS:
        assert f"kind.{kind}" in VOCABULARY, kind
    for kind in SOURCE_KINDS:
        assert f"source.{kind}" in VOCABULARY, kind
    for action in INGEST_ACTIONS + ("case-created", "testimony-added", "source-added",
                                    "consent-override", "dossier-exported"):
        assert f"action.{action}" in VOCABULARY, action
    assert maybe("kind", "photo", "ru") == "фото"
    assert action_text("exhibit-ingested", "en") == "Exhibit ingested (exhibit-ingested)"
    assert action_text("exhibit-ingested", "fr") == "Pièce versée (exhibit-ingested)"
    assert action_text("some-new-action", "ru") == "some-new-action"  # unknown: as stored


def test_no_custody_action_or_hash_prefix_is_cut_in_any_language():
    report_fonts.register_fonts()
    inner = [FRAME_WIDTH * w - 2 * PAD_X for w in CUSTODY_COLUMNS]
    actions = [k.split(".", 1)[1] for k in VOCABULARY if k.startswith("action.")]
    for language in LANGUAGES:
        for action in actions:
            text = action_text(action, language)
            assert fit(text, inner[2], report_fonts.SANS, CUSTODY_SIZE) == text, text
        case = label("cu.case", language)
        assert fit(case, inner[3], report_fonts.SANS, CUSTODY_SIZE) == case
    for text, column in (("d" * 16, 4), ("0" * 16, 5), ("2026-11-25 09:00:00", 1),
                         ("99999", 0), ("E0001", 3)):
        assert fit(text, inner[column], report_fonts.SANS, CUSTODY_SIZE) == text, text
    for language in LANGUAGES:  # each header word fits, in at most three lines
        for key, width in zip(("cu.seq", "cu.time", "cu.action", "cu.item", "cu.item_hash",
                               "cu.event_hash"), inner, strict=True):
            lines = header_lines(label(key, language), width, 7.0)
            assert len(lines) <= 3, (language, key)
            for line in lines:
                assert measure(line, report_fonts.SANS_BOLD, 7.0) <= width, (language, line)


def test_the_when_column_never_breaks_a_word():
    report_fonts.register_fonts()
    inner = FRAME_WIDTH * INCIDENT_COLUMNS[0] - 8  # the ruled table's paddings
    for language in LANGUAGES:
        for precision in ("approximate", "day", "month", "year"):
            text = f"2017-03-24 ({maybe('precision', precision, language)})"
            for word in text.split():
                assert measure(word, report_fonts.SANS, 8) <= inner, (language, word)


@needs_poppler
def test_russian_report_translates_stored_words_and_keeps_dates_whole(tmp_path):
    source = SourceInfo(code="S0001", title="A report on detentions", kind="news-article")
    custody = [CustodyInfo(2, "2026-11-25T09:00:00Z", "exhibit-ingested", "E0001", "ab" * 32,
                           "12" * 32)]
    data = sample_data(sources=[source], custody=custody)
    assert data.testimonies[0].incidents[0].date_precision == "approximate"
    text = pdftotext(_pdf(tmp_path, "ru", sources=[source], custody=custody))
    flat = normalise(text)
    assert "2017-03 (приблизительно)" in text  # on one line, not "(прибл" / "изительно)"
    assert "E0001 фото · image/jpeg" in flat
    assert "S0001 · новостная статья" in flat
    assert "Материал принят (exhibit-ingested)" in flat
    assert "news-article" not in flat


@needs_poppler
@pytest.mark.parametrize(("language", "word"), [
    ("en", "Redacted"), ("ru", "Обезличено"), ("fr", "Caviardé"), ("ar", "منقَّح")])
def test_cover_header_and_footer_show_the_real_level(tmp_path, language, word):
    def count(pdf, text: str) -> int:
        return normalise(pdftotext(pdf)).casefold().count(normalise(text).casefold())

    redacted = _pdf(tmp_path, language, level="redacted")
    confidential = tmp_path / "confidential.pdf"
    confidential.write_bytes(report_bytes(sample_data(), language=language, pdfa=False))
    pages = count(redacted, label("footer.generated", language))
    assert pages >= 5
    # the cover's row, then every page's footer and every body page's header
    assert count(redacted, word) >= 2 * pages
    secret = label("level.confidential", language)  # templates may say it in their text
    assert count(confidential, secret) - count(redacted, secret) >= 2 * pages
    note = normalise(label("cover.redacted_note", language)).split(":")[0].strip()
    assert note in normalise(pdftotext(redacted, "-l", "1"))  # "Redacted version: ..."


@needs_poppler
def test_prepared_for_uses_the_recipient_detail_for_other_bodies(tmp_path):
    answers = {"recipient_detail": "OSCE Moscow Mechanism rapporteur"}
    cover = normalise(pdftotext(_pdf(tmp_path, "en", recipient_body="other",
                                     template_answers=answers), "-l", "1"))
    assert "Prepared for: OSCE Moscow Mechanism rapporteur" in cover
    assert "Recipient body Other body" in cover  # the body itself is still named
    cover = normalise(pdftotext(_pdf(tmp_path, "fr", recipient_body="national",
                                     template_answers=answers), "-l", "1"))
    assert "Préparé pour: OSCE Moscow Mechanism rapporteur" in cover.replace(" :", ":")
    cover = normalise(pdftotext(_pdf(tmp_path, "en", recipient_body="icc",
                                     template_answers=answers), "-l", "1"))
    assert "Prepared for: International Criminal Court" in cover  # a named body: its name
