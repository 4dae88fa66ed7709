"""``build_report``: ReportData in, a finished PDF out (one layout pass, no temp files)."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import BinaryIO

from reportlab import rl_config
from reportlab.platypus import Flowable, PageBreak

from evidence_kit.errors import InvalidInput

from . import fonts
from . import pdfa as pdfa_module
from .cover import build_cover
from .custody_table import build_custody, build_verification
from .direction import writing
from .exhibit_index import build_exhibit_index
from .labels import LANGUAGES
from .methodology import build_methodology
from .model import ReportData
from .page import ReportDoc
from .source_list import build_sources
from .summary import build_summary
from .templates import load_template
from .testimony_pages import build_testimonies

# Without the optional rl-accel C extension, reportlab's ASCII85 encoding is pure Python and
# dominated the time of image-heavy reports (tech notes §17). Binary streams are valid PDF.
rl_config.useA85 = 0


def build_story(data: ReportData, language: str) -> list[Flowable]:
    template = load_template(data.recipient_body)
    story: list[Flowable] = []
    story += build_cover(data, language)
    story += build_summary(data, template, language)
    story += [PageBreak()]
    story += build_methodology(data, language)
    story += [PageBreak()]
    story += build_exhibit_index(data, language)
    story += [PageBreak()]
    story += build_testimonies(data, language)
    story += [PageBreak()]
    story += build_sources(data, language)
    story += [PageBreak()]
    story += build_custody(data, language)
    story += [PageBreak()]
    story += build_verification(data, language)
    return story


def _lay_out(data: ReportData, language: str, out: BinaryIO) -> None:
    with writing(language):  # right to left for Arabic, from the first flowable to the last
        ReportDoc(out, data, language).build_story(build_story(data, language))


def _metadata_date(created_at: str) -> str:
    return created_at.replace("Z", "+00:00") if created_at.endswith("Z") else created_at


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise InvalidInput("Unsupported report language '{language}': use one of "
                           "{choices}.", language=language, choices=", ".join(LANGUAGES))


def render(lay_out: Callable[[BinaryIO], None], created_at: str, out: BinaryIO,
           pdfa: bool | None) -> None:
    """Lay a document out with ``lay_out`` (into a stream) and write it to ``out``, made
    PDF/A-2b as ``pdfa`` asks (see ``build_report``). Shared by the report and the
    per-testimony PDFs, so both are made the same way."""
    fonts.register_fonts()
    rl_config.useA85 = 0
    if pdfa is False:
        lay_out(out)
        return
    buffer = io.BytesIO()
    with fonts.glyph_audit() as unrenderable:
        lay_out(buffer)
    plain = buffer.getvalue()
    del buffer
    if pdfa is None and (unrenderable or not pdfa_module.available()):
        out.write(plain)  # a character no font can draw: PDF/A is impossible, plain is not
        return
    try:
        if unrenderable:
            raise ValueError("no embedded font can draw " + ", ".join(
                f"U+{code:04X}" for code in sorted(unrenderable)[:8]))
        result = pdfa_module.to_pdfa(plain, _metadata_date(created_at), validate=bool(pdfa))
    except Exception as exc:  # noqa: BLE001 - optional step: fall back unless required
        if pdfa:
            raise InvalidInput("The report could not be made PDF/A-2b: {reason}",
                               reason=str(exc)) from exc
        result = plain
    out.write(result)


def build_report(data: ReportData, out: BinaryIO, *, language: str = "en",
                 pdfa: bool | None = None) -> None:
    """Write the submission report for ``data`` as PDF to the binary stream ``out``.

    ``pdfa``: None (default) makes PDF/A-2b when the optional pikepdf is installed and
    every character has a glyph (see ``pdfa``: not re-validated), else a plain PDF; True
    requires PDF/A-2b and runs pikepdf's validator (raises when it cannot be made); False
    never converts. Nothing is written to disk but ``out``.
    """
    check_language(language)
    render(lambda stream: _lay_out(data, language, stream), data.created_at, out, pdfa)


def report_bytes(data: ReportData, *, language: str = "en", pdfa: bool | None = None) -> bytes:
    """The report as bytes (e.g. for ``dossier_plan.memory_file('data/report.pdf', ...)``)."""
    buffer = io.BytesIO()
    build_report(data, buffer, language=language, pdfa=pdfa)
    return buffer.getvalue()
