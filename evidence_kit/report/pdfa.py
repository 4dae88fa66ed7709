"""Optional PDF/A-2b conversion with pikepdf (the ``pdfa`` extra), done in memory.

reportlab alone writes no XMP metadata and no output intent, so it cannot make PDF/A.
When pikepdf is installed, the finished PDF is reopened and made PDF/A-2b: the empty
page-transition dictionaries reportlab writes are dropped, pikepdf adds the sRGB output
intent and the XMP packet (its own repairs never touch page content), the metadata keeps
naming only Evidence Kit, and the result is written once to memory (``pikepdf.pdfa.save``
would write a temporary file on disk: a report holds the accounts, and nothing of them
may be written unencrypted outside the vault).

pikepdf's validator re-reads those bytes and walks every object and content stream: it
is 95% of the conversion's cost (0.6-1 s for a 500-exhibit report, over the report's
1 s budget). What it checks is fixed by this conversion and by reportlab, except one
thing user text decides: a character no embedded font can draw (PDF/A forbids the
.notdef glyph). ``fonts.glyph_audit`` catches exactly that while the report is laid out
(a document with such a character stays plain PDF), so exports convert without
re-validating (``validate=False``), and the tests validate the output of that same path
for every language, level and template. ``pdfa=True`` (asked explicitly) validates.
The validator is pikepdf's own: the output has NOT been checked with veraPDF (the
reference validator), so we call it "PDF/A-2b as validated by pikepdf", not certified.

Everything stays embedded (the fonts were already), and the text layer is untouched, so
pdftotext still extracts Latin, Cyrillic and Arabic (tests check both kinds of output).
"""

from __future__ import annotations

import io

FLAVOUR = "2b"


def available() -> bool:
    try:
        import pikepdf.pdfa  # noqa: F401
    except ImportError:
        return False
    return True


def to_pdfa(pdf_bytes: bytes, metadata_date: str, *, validate: bool = True) -> bytes:
    """PDF/A-2b bytes for ``pdf_bytes``; raises ImportError, or pikepdf.pdfa.PdfaError when
    ``validate`` and pikepdf's validator finds a violation."""
    import pikepdf
    import pikepdf.pdfa

    settings = pikepdf.pdfa.resolve_save_kwargs(FLAVOUR, deterministic_id=True)
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        pikepdf.pdfa.prepare(pdf, FLAVOUR)
        # prepare() names pikepdf as the producer and stamps the time of the conversion:
        # keep the report's own producer and a reproducible date (the dossier's).
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["pdf:Producer"] = "Evidence Kit"
            meta["xmp:MetadataDate"] = metadata_date
        pdf.docinfo["/Producer"] = "Evidence Kit"
        pdf.save(out, **settings)
    if validate:
        out.seek(0)
        report = pikepdf.pdfa.validate_written(out, FLAVOUR, save_kwargs=settings)
        if report.verdict != "pass":
            raise pikepdf.pdfa.PdfaError(report)
    return out.getvalue()
