"""The methodology statement: who collected, when, how, and which standards were followed."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from .blocks import heading, key_values
from .labels import label, maybe
from .model import ReportData
from .styles import para

MAX_LISTED = 10


def _listed(values: list[str]) -> str:
    unique = list(dict.fromkeys(v.strip() for v in values if v and v.strip()))
    extra = len(unique) - MAX_LISTED
    return "\n".join(unique[:MAX_LISTED]) + (f"\n(+{extra})" if extra > 0 else "")


def build_methodology(data: ReportData, lang: str) -> list[Flowable]:
    testimonies = data.testimonies
    dates = sorted(t.interview_date for t in testimonies if t.interview_date)
    period = ""
    if dates:
        period = dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"
        period = f"{period} ({len(testimonies)})"
    collectors = [data.signer_label] + [
        ", ".join(p for p in (t.interviewer, t.interviewer_org) if p) for t in testimonies
    ] + [e.acquired_by for e in data.exhibits]
    rows = [
        (label("meth.collected_by", lang), _listed(collectors)),
        (label("meth.interview_period", lang), period),
        (label("meth.modes", lang), label("list.sep", lang).join(dict.fromkeys(
            maybe("mode", t.interview_mode, lang) for t in testimonies if t.interview_mode))),
        (label("meth.languages", lang), ", ".join(dict.fromkeys(
            t.language for t in testimonies if t.language))),
        (label("meth.acquisition", lang), _listed([e.acquired_how for e in data.exhibits])),
    ]
    story: list[Flowable] = [*heading(label("sec.methodology", lang), 0, "sec-methodology")]
    table = key_values(rows)
    if table is not None:
        story += [table, Spacer(1, 8)]
    statement = data.template_answers.get("methodology", "").strip()
    if statement:
        story += [para(label("meth.statement", lang), "h3"), para(statement)]
    story += [para(label("text.meth_integrity", lang)),
              para(label("text.meth_standards", lang)),
              para(label("text.meth_responsibility", lang), "small_muted")]
    return story
