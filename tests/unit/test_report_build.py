"""Building the report: thumbnails made in memory only, no temporary files, large and
unusual inputs laid out without errors, and the `report` command (cmd_report)."""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image
from report_helpers import ARABIC_WORDS, CYRILLIC, needs_poppler, normalise, pdftotext, sample_data

from evidence_kit.cli import cmd_report
from evidence_kit.cli.main import _add, _common
from evidence_kit.errors import EvidenceKitError
from evidence_kit.report import ExhibitInfo, build_report, report_bytes
from evidence_kit.report.pdfa import to_pdfa
from evidence_kit.report.thumbnails import THUMB_PX, thumbnail_from_bytes


def jpeg(size=(400, 200), orientation: int | None = None) -> bytes:
    img = Image.new("RGB", size, "red")
    img.paste("blue", (0, 0, size[0] // 4, size[1]))  # a blue band on the left
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    exif[0x010F] = "SecretCam"  # camera make: must not survive into the thumbnail
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_thumbnail_is_small_clean_and_upright():
    thumb = thumbnail_from_bytes(jpeg(orientation=6))  # rotate 90° clockwise to display
    assert thumb is not None
    with Image.open(io.BytesIO(thumb)) as img:
        assert max(img.size) <= THUMB_PX and img.height > img.width
        assert img.getpixel((img.width // 2, 3))[2] > 200  # the blue band is now on top
        assert not img.getexif() and "icc_profile" not in img.info
    assert b"SecretCam" not in thumb


@pytest.mark.parametrize("data", [b"", b"not an image", jpeg()[:200]])
def test_thumbnail_of_a_broken_file_is_none(data):
    assert thumbnail_from_bytes(data) is None


def test_thumbnail_refuses_a_decompression_bomb():
    header = io.BytesIO()
    Image.new("1", (20000, 20000)).save(header, "PNG")  # 400 Mpx, a few KB on disk
    assert thumbnail_from_bytes(header.getvalue()) is None


def refuse_temporary_files(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the report must not write temporary files")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile",
                 "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, refuse)


def test_building_writes_no_temporary_files(monkeypatch):
    refuse_temporary_files(monkeypatch)
    exhibit = sample_data().exhibits[0]
    exhibit.thumbnail = thumbnail_from_bytes(jpeg())
    assert report_bytes(sample_data(exhibits=[exhibit])).startswith(b"%PDF-")


@needs_poppler
def test_long_and_odd_content_lays_out(tmp_path):
    long_text = "A long description of the scene. " * 400  # longer than a page
    exhibits = [
        ExhibitInfo(code="E0001", kind="photo", media_type="image/jpeg", size=10,
                    sha256="aa" * 32, description=long_text, acquired_how=long_text,
                    thumbnail=thumbnail_from_bytes(jpeg())),
        ExhibitInfo(code="E0002", kind="document", media_type="application/pdf", size=10,
                    sha256="bb" * 32, description="لافتة مكتوب عليها: مدرسة البنات",
                    location_text="قرب السوق", source_url="https://example.org/" + "x" * 300),
        ExhibitInfo(code="E0003", kind="other", media_type="", size=0, sha256="cc" * 32),
    ]
    data = sample_data(exhibits=exhibits, case=sample_data().case)
    data.case.title = "قضية — " + "Very long case title " * 10
    pdf = tmp_path / "odd.pdf"
    with pdf.open("wb") as fh:
        build_report(data, fh)
    text = normalise(pdftotext(pdf))
    for code in ("E0001", "E0002", "E0003"):
        assert code in text
    assert "cc" * 32 in text


def run_report(args: list[str], capsys) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(parents=[_common()])
    sub = parser.add_subparsers(dest="command", required=True)
    cmd_report.register(sub, _common(), _add)
    ns = parser.parse_args(args)
    for name in ("vault", "passphrase_file"):
        setattr(ns, name, getattr(ns, name, None))
    code = ns.handler(ns)
    out = capsys.readouterr()
    return code, out.out, out.err


@needs_poppler
def test_report_command_writes_the_pdf_and_warns_about_missing_fields(
        demo_vault, passphrase_file, tmp_path, capsys):
    out = tmp_path / "case1.pdf"
    base = ["report", "--vault", str(demo_vault.folder), "--passphrase-file",
            str(passphrase_file), "--case", "1", "--out", str(out)]
    code, stdout, stderr = run_report(base, capsys)
    assert code == 0 and out.read_bytes().startswith(b"%PDF-")
    assert "warning: required field not provided: Alleged perpetrator(s)" in stderr
    assert "Wrote the confidential report for case 1" in stdout
    assert not list(tmp_path.glob(".case1.pdf.*"))  # atomic: no leftover part file
    with pytest.raises(EvidenceKitError, match="already exists"):
        run_report(base, capsys)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({
        "contact": "Via Signal, through the organisation", "alleged_perpetrators": "Unknown",
        "national_steps": "None", "national_outcome": "Not possible: risk of reprisals",
        "publication_awareness": "Yes"}), encoding="utf-8")
    code, stdout, stderr = run_report(base + ["--force", "--answers", str(answers),
                                              "--language", "fr", "--json"], capsys)
    result = json.loads(stdout)
    assert code == 0 and result["missing_fields"] == [] and stderr == ""
    text = normalise(pdftotext(out))
    assert "Via Signal, through the organisation" in text and "Témoignages" in text
    code, stdout, _ = run_report(base + ["--force", "--items", "E0001,S0002",
                                         "--recipient-body", "icc", "--json"], capsys)
    result = json.loads(stdout)
    assert result["items"] == ["E0001", "S0002"] and result["recipient_body"] == "icc"
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(EvidenceKitError, match="must be a JSON object"):
        run_report(base + ["--force", "--answers", str(bad)], capsys)


@needs_poppler
def test_pdfa_output_is_validated_and_keeps_its_text(tmp_path, monkeypatch):
    pdf = tmp_path / "archival.pdf"
    refuse_temporary_files(monkeypatch)  # converted and validated in memory
    pdf.write_bytes(report_bytes(sample_data(), pdfa=True))
    monkeypatch.undo()
    meta = subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert "<pdfaid:part>2</pdfaid:part>" in meta
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    assert "<pdf:Producer>Evidence Kit</pdf:Producer>" in meta and "pikepdf" not in meta
    text = normalise(pdftotext(pdf))
    assert normalise(CYRILLIC) in text and normalise(" ".join(ARABIC_WORDS)) in text
    assert report_bytes(sample_data(), pdfa=True) == pdf.read_bytes()  # reproducible


def validation_verdict(pdf: bytes) -> str:
    import pikepdf.pdfa

    return pikepdf.pdfa.validate_written(io.BytesIO(pdf), "2b").verdict


@pytest.mark.parametrize("language", ["en", "ru", "fr", "ar"])
@pytest.mark.parametrize("body", ["icc", "un-sp", "un-mechanism", "other"])
def test_what_export_writes_passes_pikepdfs_validation(language, body):
    """Export converts without re-validating (the validator is 95% of the cost): the
    output of exactly that path must pass it, in every language and template."""
    pdf = report_bytes(sample_data(recipient_body=body), language=language)
    assert b"pdfaid" in pdf, "converted to PDF/A-2b"
    assert validation_verdict(pdf) == "pass"


def test_a_character_no_font_can_draw_keeps_the_report_plain_or_is_refused():
    """PDF/A forbids the .notdef glyph: the glyph audit decides, without the validator."""
    unrenderable = sample_data(case=dataclasses.replace(
        sample_data().case, summary="Witness quoted a sign: 漢字\tend."))
    plain = report_bytes(unrenderable)
    assert b"pdfaid" not in plain and plain.startswith(b"%PDF-1.4")
    with pytest.raises(EvidenceKitError, match=r"could not be made PDF/A-2b.*U\+6F22"):
        report_bytes(unrenderable, pdfa=True)
    forced = to_pdfa(report_bytes(unrenderable, pdfa=False), "2026-11-25T10:00:00+00:00",
                     validate=False)
    assert validation_verdict(forced) == "fail", "the audit agrees with pikepdf"


def test_asked_for_pdfa_the_validators_verdict_decides(monkeypatch):
    import pikepdf.pdfa

    real = pikepdf.pdfa.validate_written
    verdicts = []

    def failing(*args, **kwargs):
        report = real(*args, **kwargs)
        verdicts.append(report.verdict)
        report.findings.append(pikepdf.pdfa.Finding("test", "document", "made to fail"))
        return report

    monkeypatch.setattr(pikepdf.pdfa, "validate_written", failing)
    with pytest.raises(EvidenceKitError, match="could not be made PDF/A-2b"):
        report_bytes(sample_data(), pdfa=True)
    assert verdicts == ["pass"]


@needs_poppler
def test_plain_pdf_when_pdfa_is_off(tmp_path):
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(report_bytes(sample_data(), pdfa=False))
    assert pdf.read_bytes().startswith(b"%PDF-1.4")
    assert normalise(CYRILLIC) in normalise(pdftotext(pdf))


@needs_poppler
def test_only_the_shipped_fonts_are_used_and_all_are_embedded(tmp_path):
    pdf = tmp_path / "fonts.pdf"
    pdf.write_bytes(report_bytes(sample_data(), pdfa=False))
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[-1] for line in listing}
    assert names == {"DejaVuSans", "DejaVuSans-Bold", "NotoNaskhArabic-Regular"}
    assert all(line.split()[-5] == "yes" for line in listing)  # the "emb" column
    fonts_dir = Path(report_bytes.__code__.co_filename).parents[2] / "resources" / "fonts"
    shipped = sorted(p.name for p in fonts_dir.iterdir())
    assert shipped == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "LICENSE-DejaVu.txt",
                       "LICENSE-Noto-OFL.txt", "NotoNaskhArabic-Bold.ttf",
                       "NotoNaskhArabic-Regular.ttf"]
    assert sum(p.stat().st_size for p in fonts_dir.iterdir()) < 2_000_000


@needs_poppler
def test_report_command_prints_what_the_consent_gate_left_out_and_honours_the_level(
        demo_vault, passphrase_file, tmp_path, capsys):
    out = tmp_path / "icc.pdf"
    base = ["report", "--vault", str(demo_vault.folder), "--passphrase-file",
            str(passphrase_file), "--case", "1", "--out", str(out), "--recipient-body", "icc"]
    code, stdout, stderr = run_report(base, capsys)
    assert code == 0
    assert "excluded T0002: no recorded consent to share this account with International " \
        "Criminal Court" in stderr  # the demo's Arabic testimony consented to the UN only
    assert "1 item(s) left out" in stdout
    code, stdout, _ = run_report(base + ["--force", "--level", "redacted", "--json"], capsys)
    result = json.loads(stdout)
    assert result["level"] == "redacted"
    assert [e["code"] for e in result["excluded"]] == ["T0002"]
    assert "T0002" not in result["items"] and "T0001" in result["items"]
    assert all(not ref.startswith("E") or int(ref[1:]) > 4 for ref in result["items"])  # copies
    text = normalise(pdftotext(out))
    assert "REDACTED" in text and "Ruslan" not in text and "Anna Primerova" not in text
