"""The cover page: what this is, for whom, from whom, and how to check it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from .bidi_text import BidiParagraph
from .blocks import SECTION_KEYS, boxed, key_values
from .direction import rtl
from .labels import addressee, label, level_name, recipient
from .model import ReportData
from .styles import MUTED, NAVY, esc, markup, para, styles


def group_fingerprint(fingerprint: str) -> str:
    fp = fingerprint.strip()
    if " " in fp or len(fp) % 4:
        return fp
    return " ".join(fp[i:i + 4] for i in range(0, len(fp), 4))


def when(created_at: str) -> str:
    """'2026-11-25T18:20:52Z' -> '2026-11-25 18:20 UTC'."""
    if len(created_at) >= 16 and created_at[10] == "T":
        return f"{created_at[:10]} {created_at[11:16]} UTC"
    return created_at


def build_cover(data: ReportData, lang: str) -> list[Flowable]:
    fingerprint = group_fingerprint(data.signer_fingerprint)
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        para(label("report.title", lang).upper(), "kicker"),
        para(data.case.title, "title"),
        para(f"{label('cover.prepared_for', lang)}: {addressee(data, lang)}", "subtitle"),
    ]
    confidentiality = para(level_name(data, lang), "alert_cell")
    facts = key_values([
        (label("cover.recipient", lang), recipient(data, lang)),
        (label("cover.organisation", lang), data.signer_label or "—"),
        (label("cover.country", lang), data.case.country),
        (label("cover.date", lang), when(data.created_at)),
        (label("cover.dossier_id", lang), data.dossier_id),
        (label("cover.fingerprint", lang), fingerprint),
        (label("cover.confidentiality", lang), confidentiality),
        (label("cover.contents", lang), label(
            "cover.contents_value", lang, exhibits=len(data.exhibits),
            testimonies=len(data.testimonies), sources=len(data.sources))),
    ], label_width=0.3)
    if facts is not None:
        story.append(facts)
    if data.level == "redacted":
        story += [Spacer(1, 3 * mm), para(label("cover.redacted_note", lang), "small")]
    story += [
        Spacer(1, 9 * mm),
        boxed([para(label("cover.verify_title", lang), "h3"),
               para(label("text.verify", lang, dossier_id=data.dossier_id,
                          fingerprint=fingerprint), "small")]),
        Spacer(1, 8 * mm),
        para(label("cover.sections", lang), "h3"),
        *contents(lang),
        Spacer(1, 8 * mm),
        para(label("text.cover_note_named" if any(t.identity for t in data.testimonies)
                   else "text.cover_note", lang), "small_muted"),
        NextPageTemplate("body"), PageBreak(),
    ]
    return story


def contents(lang: str) -> list[Flowable]:
    """The numbered list of sections, each a link to its page."""
    if rtl():  # reportlab's markup cannot shape Arabic: one linked bidi line per section
        return [BidiParagraph(f"{number}  {label('sec.' + key, lang)}",
                              styles()["toc_link"], link=f"sec-{key}")
                for number, key in enumerate(SECTION_KEYS, 1)]
    links = "<br/>".join(
        f'<font color="{MUTED.hexval()}">{number}</font>&nbsp;&nbsp;&nbsp;'
        f'<a href="#sec-{key}" color="{NAVY.hexval()}">{esc(label("sec." + key, lang))}</a>'
        for number, key in enumerate(SECTION_KEYS, 1))
    return [markup(links, "toc")]
