"""The recipient template's structured summary, the ICC jurisdiction pre-check, and the
UN SP form answers as copy-paste-ready text."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from . import jurisdiction
from .blocks import boxed, heading, key_values
from .labels import label
from .model import ReportData
from .styles import ALERT, ALERT_BG, FAINT, RULE, para
from .templates import Template, field_values


def _field_label(text: str, required: bool, lang: str) -> str:
    return text + (f" ({label('tpl.required', lang)})" if required else "")


def _value(value: str) -> Flowable:
    return para(value, "cell")


def _not_provided(lang: str) -> Flowable:
    return para(label("tpl.not_provided", lang), "missing")


def jurisdiction_block(data: ReportData, lang: str) -> list[Flowable]:
    result = jurisdiction.check(data.case.country, data.template_answers)
    if result.status == "no-basis":
        message = label("juris.no_basis", lang, country=result.country)
    elif result.status == "basis-given":
        message = label("juris.basis_given", lang, country=result.country, basis=result.basis)
    elif result.status == "withdrawn":
        message = label("juris.withdrawn", lang, country=result.country,
                        date=result.withdrawn_on)
    elif result.status == "unlisted":
        message = label("juris.unlisted", lang, country=result.country)
    else:
        message = label("juris.no_country", lang)
    content: list[Flowable] = [para(label("sec.jurisdiction", lang), "h3"),
                               para(message, "alert" if result.suggest_other_bodies else
                                    "body")]
    if result.note:
        content.append(para(result.note, "small_muted"))
    if result.suggest_other_bodies:
        content.append(para(label("sec.other_bodies", lang), "h3"))
        for key in ("juris.suggest_sp", "juris.suggest_osce", "juris.suggest_uj"):
            content.append(para(f"•\u00a0\u00a0{label(key, lang)}", "small"))
    content.append(Spacer(1, 2))
    content.append(para(label("juris.disclaimer", lang), "small_muted"))
    style = {"background": ALERT_BG, "border": ALERT} if result.suggest_other_bodies else {}
    return [boxed(content, **style), Spacer(1, 4 * mm)]


def copy_paste(template: Template, values: dict[str, str], lang: str) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(),
                             *heading(label("sec.copy_paste", lang), 1, "sum-copy-paste"),
                             para(label("text.copy_paste_intro", lang), "intro")]
    number = 0
    for section in template.sections:
        for f in section.fields:
            number += 1
            value = values[f.id] or label("tpl.not_provided", lang)
            story.append(KeepTogether([
                para(f"{number}. {f.label(lang)}", "label"),
                Spacer(1, 2),
                boxed(para(value, "copy" if values[f.id] else "missing"),
                      background=FAINT, border=RULE),
                Spacer(1, 5)]))
    return story


def build_summary(data: ReportData, template: Template, lang: str) -> list[Flowable]:
    values = field_values(template, data, lang)
    missing = [f for f in template.fields if f.required and not values[f.id]]
    story: list[Flowable] = [
        *heading(label("sec.summary", lang), 0, "sec-summary"),
        para(f"{label('tpl.template', lang)}: {template.title(lang)}", "h3"),
    ]
    if template.intro(lang):
        story.append(para(template.intro(lang), "intro"))
    if missing:
        names = label("list.sep", lang).join(f.label(lang) for f in missing)
        story.append(boxed(para(label("tpl.missing", lang, fields=names), "alert"),
                           background=ALERT_BG, border=ALERT))
    else:
        story.append(para(label("tpl.complete", lang), "small_muted"))
    story.append(Spacer(1, 4 * mm))
    if template.jurisdiction_check:
        story += jurisdiction_block(data, lang)
    for section in template.sections:
        story.extend(heading(section.title(lang), 1, f"sum-{section.id}"))
        rows = [(_field_label(f.label(lang), f.required, lang),
                 _value(values[f.id]) if values[f.id] else _not_provided(lang))
                for f in section.fields]
        table = key_values(rows, label_width=0.36)
        if table is not None:
            story.append(table)
    if template.copy_paste:
        story += copy_paste(template, values, lang)
    return story
