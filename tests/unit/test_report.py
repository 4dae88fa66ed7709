"""The submission report of the built-in demo case, end to end: from a vault, through
``report_data_from_plan`` and ``build_report``, to what poppler reads and renders.

A rendering of the first pages is kept in test-artifacts/report/ for people to look at.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from report_helpers import (
    inflated_streams,
    needs_poppler,
    normalise,
    pdftotext,
    render,
    sample_data,
    strip_punctuation,
)

from evidence_kit.demo import add_demo_case
from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.report import (
    ReportData,
    build_report,
    missing_required,
    report_bytes,
    report_data_from_plan,
)
from evidence_kit.vault import Vault

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "report"
WITNESS_NAMES = ("Ruslan Testovich Demoyev", "Zarema Primerovna Demoyeva")
WITNESS_CONTACTS = ("w07-demo-contact@example.invalid", "+000 0000 0012")

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Vault, ReportData, Path]:
    folder = tmp_path_factory.mktemp("report")
    vault = Vault.create(folder / "vault", "correct horse battery staple",
                         label="Demo Documentation Collective")
    case = add_demo_case(vault)
    plan = plan_dossier(vault, case)
    data = report_data_from_plan(vault, plan, signer_fingerprint=vault.fingerprint,
                                 signer_label=vault.label, missing_ok=True)
    pdf = folder / "report.pdf"
    with pdf.open("wb") as fh:
        build_report(data, fh)
    yield vault, data, pdf
    vault.lock()


def test_every_exhibit_hash_and_source_title_is_in_the_text(demo):
    _, data, pdf = demo
    text = pdftotext(pdf)
    flat = normalise(text)
    assert len(data.exhibits) == 4 and len(data.sources) == 5
    for exhibit in data.exhibits:
        assert exhibit.sha256 in text, exhibit.code
        assert exhibit.thumbnail, f"{exhibit.code} is a JPEG and should have a thumbnail"
    for source in data.sources:
        assert normalise(source.title) in flat, source.title
    for testimony in data.testimonies:
        assert testimony.narrative_sha256 in text


def test_cyrillic_and_arabic_narratives_round_trip(demo):
    _, data, pdf = demo
    flat = normalise(pdftotext(pdf))
    russian, arabic = (t.narrative for t in data.testimonies)
    assert "«Здесь вас никто не найдёт»" in flat
    assert normalise(russian) in flat
    # Every Arabic word extracts intact: shaped forms map back to letters, vowel marks are
    # kept. (Word *order* is checked by position in test_report_bidi.py: poppler's own
    # logical reordering is heuristic around neutral characters such as the Arabic comma,
    # and reorders clauses of any punctuated right-to-left line, however it was drawn.)
    extracted = set(strip_punctuation(flat).split())
    for word in strip_punctuation(normalise(arabic)).split():
        assert word in extracted, word


def test_witness_identity_never_reaches_the_report(demo):
    _, data, pdf = demo
    raw = pdf.read_bytes()
    text = pdftotext(pdf)
    everything = (raw + inflated_streams(raw)).decode("latin-1") + text + repr(data)
    for secret in WITNESS_NAMES + WITNESS_CONTACTS:
        assert secret not in everything
        assert secret.encode("utf-16-be").decode("latin-1") not in everything
    assert "W-07" in text and "W-12" in text  # the pseudonyms are what appears


def test_report_code_never_reads_the_witnesses_table():
    """An identity reaches the report only as dossier_entries.testimony_entry gives it
    (after the consent gate and the level): the report package never reads it itself."""
    for path in (REPO / "evidence_kit" / "report").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ('"witnesses"', "'witnesses'", "witness_of", "full_name",
                          "witness_contact"):
            assert forbidden not in source, (path.name, forbidden)
        if path.name != "from_plan.py":  # which reads the entry's identity keys
            assert "witness_name" not in source and "witness_initials" not in source


def test_metadata_header_footer_and_outline(demo):
    vault, data, pdf = demo
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Producer"].strip() == "Evidence Kit"
    assert fields["Creator"].strip().startswith("Evidence Kit")
    assert fields["Author"].strip() == "Demo Documentation Collective"
    assert data.case.title in fields["Title"]
    assert data.dossier_id in fields["Subject"]
    assert "UTC" in fields["CreationDate"]
    pages = int(fields["Pages"])
    assert pages >= 8
    text = pdftotext(pdf)
    assert f"Page 2 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert text.count(f"Dossier {data.dossier_id}") >= pages - 1  # running header
    raw = pdf.read_bytes()
    raw += inflated_streams(raw)  # PDF/A output keeps its objects in compressed streams
    assert b"/Outlines" in raw and b"/UseOutlines" in raw
    for title in (b"Exhibit index", b"Testimonies", b"Chain of custody", b"E0004", b"T0002"):
        assert title in raw, title


def test_cover_and_sections(demo):
    vault, data, pdf = demo
    text = normalise(pdftotext(pdf, "-l", "1"))
    for expected in ("UN Special Procedures", "Demo Documentation Collective",
                     data.dossier_id, "Confidential", "How to verify this dossier",
                     data.created_at[:10]):
        assert expected in text, expected
    assert " ".join(vault.fingerprint[i:i + 4] for i in range(0, 20, 4)) in text
    full = normalise(pdftotext(pdf))
    for heading in ("Structured summary", "Methodology", "Exhibit index", "Testimonies",
                    "Sources", "Chain of custody", "Verification appendix",
                    "Form answers, ready to copy"):
        assert heading in full
    # the demo has no answers: the UN SP template's required answers say so
    assert [f.id for f in missing_required(data)] == [
        "contact", "alleged_perpetrators", "national_steps", "national_outcome",
        "publication_awareness"]
    assert "Not provided" in full
    for event in data.custody:
        assert event.event_hash[:16] in full


def test_pages_render_non_blank_and_artifacts_are_kept(demo, tmp_path):
    _, _, pdf = demo
    pages = render(pdf, tmp_path / "page", dpi=50)
    assert len(pages) >= 8
    for page in pages:
        with Image.open(page) as img:
            lo, hi = img.convert("L").getextrema()
            assert hi - lo > 100, f"{page.name} looks blank"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("demo-report-*.png"):
        old.unlink()
    kept = render(pdf, ARTIFACTS / "demo-report", dpi=80, first=1, last=3)
    assert len(kept) == 3
    (ARTIFACTS / "demo-report.pdf").write_bytes(pdf.read_bytes())


def test_report_is_reproducible_and_languages_work(tmp_path):
    data = sample_data()
    assert report_bytes(data) == report_bytes(data)  # same data, same bytes
    for language, words in (("ru", ("Показания", "Страница 2 из")),
                            ("fr", ("Témoignages", "Page 2 sur"))):
        out = io.BytesIO()
        build_report(data, out, language=language)
        path = tmp_path / f"report-{language}.pdf"
        path.write_bytes(out.getvalue())
        text = pdftotext(path)
        for word in words:
            assert word in text
