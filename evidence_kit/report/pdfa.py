"""Optional PDF/A-2b conversion with pikepdf (the ``pdfa`` extra), done in memory.

reportlab alone writes no XMP metadata and no output intent, so it cannot make PDF/A.
When pikepdf is installed, the finished PDF is reopened and made PDF/A-2b: the empty
page-transition dictionaries reportlab writes are dropped, pikepdf adds the sRGB output
intent and the XMP packet (its own repairs never touch page content), the metadata keeps
naming only Evidence Kit, and ``pikepdf.pdfa.save`` re-reads what it wrote and validates
it. That validator is pikepdf's own: the output has NOT been checked with veraPDF (the
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


def to_pdfa(pdf_bytes: bytes, metadata_date: str) -> bytes:
    """PDF/A-2b bytes for ``pdf_bytes``; raises ImportError or pikepdf.pdfa.PdfaError."""
    import pikepdf
    import pikepdf.pdfa

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
        out = io.BytesIO()
        pikepdf.pdfa.save(pdf, out, FLAVOUR, repair=False, deterministic_id=True)
    return out.getvalue()
