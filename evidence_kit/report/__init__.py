"""The submission report: the court-ready PDF every dossier carries as data/report.pdf.

Public API::

    data = report_data_from_plan(vault, plan, signer_fingerprint=..., signer_label=...,
                                 missing_ok=True, answers={...})
    missing = missing_required(data)           # template fields to ask for before export
    build_report(data, out, language="en")     # out: any binary stream

Qt-free. The data model, templates and labels import without reportlab; the PDF builder
(``build_report``, ``report_bytes``) and ``report_data_from_plan`` load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .labels import LANGUAGES, label
from .model import (
    CaseInfo,
    ConsentInfo,
    CustodyInfo,
    ExhibitInfo,
    FileInfo,
    IncidentInfo,
    ReportData,
    SourceInfo,
    TestimonyInfo,
)
from .templates import (
    Field,
    MissingTemplateFields,
    Template,
    describe_missing,
    field_values,
    load_template,
    missing_fields,
)

if TYPE_CHECKING:
    from .build import build_report, report_bytes
    from .from_plan import report_data_from_plan

__all__ = [
    "LANGUAGES", "CaseInfo", "ConsentInfo", "CustodyInfo", "ExhibitInfo", "Field", "FileInfo",
    "IncidentInfo", "MissingTemplateFields", "ReportData", "SourceInfo", "Template",
    "TestimonyInfo", "build_report", "describe_missing", "field_values", "label",
    "load_template", "missing_fields", "missing_required", "report_bytes",
    "report_data_from_plan",
]

_LAZY = {"build_report": "build", "report_bytes": "build", "report_data_from_plan": "from_plan"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)


def missing_required(data: ReportData) -> list[Field]:
    """Required fields of the recipient's template that have no value in ``data``."""
    return missing_fields(load_template(data.recipient_body), data.template_answers, data)
