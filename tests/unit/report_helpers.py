"""Shared helpers for the report tests: poppler's text extraction and page rendering, and
a small hand-made ReportData (no vault needed)."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
import unicodedata
import zlib
from pathlib import Path

import pytest

from evidence_kit.report import (
    CaseInfo,
    ConsentInfo,
    CustodyInfo,
    ExhibitInfo,
    IncidentInfo,
    ReportData,
    SourceInfo,
    TestimonyInfo,
)

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                       "\u2066\u2067\u2068\u2069"))

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext, pdftoppm) not installed")


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def normalise(text: str) -> str:
    """Presentation forms back to letters (NFKC), bidi marks dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text.translate(BIDI_CONTROLS))
    return " ".join(text.split())


def strip_punctuation(text: str) -> str:
    """Punctuation and symbols become spaces (letters, marks and digits stay), and a space
    separates Arabic from other letters (poppler may glue an Arabic word to a Latin one)."""
    text = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in text)
    return re.sub(r"(?<=[\u0600-\u06ff])(?=[^\u0600-\u06ff\s])|"
                  r"(?<=[^\u0600-\u06ff\s])(?=[\u0600-\u06ff])", " ", text)


@dataclasses.dataclass(frozen=True)
class Word:
    """A word where poppler finds it: x grows rightwards, y (the middle) downwards. Arabic
    ``text`` is as drawn (visual order, presentation forms); ``logical`` reads it."""

    x0: float
    x1: float
    y: float
    text: str

    @property
    def logical(self) -> str:
        if any(c.isalpha() and unicodedata.bidirectional(c) == "AL" for c in self.text):
            return unicodedata.normalize("NFKC", self.text[::-1])
        return self.text


_BBOX_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                        r'yMax="([\d.]+)">(.*?)</word>')


def bbox_pages(pdf: Path) -> list[list[Word]]:
    """Every page's words with their boxes (`pdftotext -bbox`)."""
    out = pdftotext(pdf, "-bbox")
    return [[Word(float(m[1]), float(m[3]), (float(m[2]) + float(m[4])) / 2,
                  html.unescape(m[5])) for m in _BBOX_WORD.finditer(page)]
            for page in out.split("</page>")[:-1]]


def render(pdf: Path, out_prefix: Path, dpi: int = 50, first: int = 1,
           last: int | None = None) -> list[Path]:
    args = ["pdftoppm", "-r", str(dpi), "-png", "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf), str(out_prefix)], check=True, capture_output=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))


def inflated_streams(pdf_bytes: bytes) -> bytes:
    """Every Flate stream of the PDF, decompressed and concatenated (for leak checks)."""
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf_bytes, re.S):
        try:
            out.append(zlib.decompress(match.group(1)))
        except zlib.error:
            out.append(match.group(1))
    return b"\n".join(out)


ARABIC_WORDS = ("شاهد عيان رأيت القصف قرب المدرسة في يوم الثلاثاء ثم ذهبت إلى البيت "
                "وسمعت صوت الطائرات فوق الحي القديم وكان الناس يركضون نحو الملجأ الكبير "
                "قرب السوق").split()
CYRILLIC = "Один охранник сказал нам: «Здесь вас никто не найдёт»."


def sample_data(**overrides: object) -> ReportData:
    """A small report: one photo (no thumbnail), one Russian and one Arabic testimony."""
    data = ReportData(
        dossier_id="EK-20261125-ABC123", created_at="2026-11-25T10:00:00Z",
        case=CaseInfo(title="Sample case", summary="What happened, in brief.",
                      situation="Detentions in spring 2017.",
                      country="Russian Federation (Chechen Republic)", uid="case-uid"),
        recipient_body="un-sp", signer_fingerprint="ABCD1234" * 3, signer_label="Field team",
        exhibits=[ExhibitInfo(code="E0001", kind="photo", media_type="image/jpeg", size=1234,
                              sha256="ab" * 32, description="A street.",
                              file="data/exhibits/E0001-photo-2017-03-24.jpg")],
        testimonies=[
            TestimonyInfo(code="T0001", pseudonym="W-01", role="victim", language="ru",
                          narrative=CYRILLIC, narrative_sha256="cd" * 32,
                          incidents=[IncidentInfo("2017-03", "approximate", "Argun",
                                                  "Held for eleven days.", "saw")],
                          consent=ConsentInfo(["un-sp"], {"un-sp": "pseudonym"},
                                              {"un-sp": False}),
                          linked_exhibits=["E0001"]),
            TestimonyInfo(code="T0002", pseudonym="W-02", role="relative", language="ar",
                          narrative=" ".join(ARABIC_WORDS * 3), narrative_sha256="ef" * 32)],
        sources=[SourceInfo(code="S0001", title="A report on detentions", author="An NGO",
                            url="https://example.org/r", accessed_date="2026-11-25",
                            reliability="B", credibility="2")],
        custody=[CustodyInfo(2, "2026-11-25T09:00:00Z", "exhibit-ingested", "E0001", "ab" * 32,
                             "12" * 32)])
    if "recipient_body" in overrides:
        overrides.setdefault("recipient_name", "")  # derive it again from the body
    return dataclasses.replace(data, **overrides)
