"""Sources: full citations with access dates and the two separate grades (A-F / 1-6)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from .blocks import heading, key_values
from .labels import label, maybe
from .model import ReportData, SourceInfo
from .styles import para


def citation(source: SourceInfo) -> str:
    """Author. “Title”. Publisher, date."""
    parts = []
    if source.author:
        parts.append(source.author.rstrip(".") + ".")
    title = source.title.strip()
    quoted = any(q in title for q in "“”\"«»")  # keep the title's own quotation marks
    parts.append(f"{title}." if quoted else f"“{title}”.")
    tail = ", ".join(p for p in (source.publisher, source.published_date) if p)
    if tail:
        parts.append(tail + ".")
    return " ".join(parts)


def grade(value: str, lang: str) -> str:
    return label(f"grade.{value}", lang) if value else label("grade.none", lang)


def source_block(source: SourceInfo, lang: str) -> list[Flowable]:
    kind = maybe("source", source.kind, lang) if source.kind else ""
    head = para(f"{source.code} · {kind}" if kind else source.code, "h3")
    head.outline = (source.code, 1, f"src-{source.code}")
    head.keepWithNext = True
    rows = [
        ("URL", source.url),
        (label("s.published", lang), source.published_date),
        (label("s.accessed", lang), source.accessed_date),
        (label("s.reliability", lang), grade(source.reliability, lang)),
        (label("s.credibility", lang), grade(source.credibility, lang)),
        (label("s.quote", lang), f"{source.quote}" + (f" ({source.locator})"
                                                      if source.locator else "")),
        (label("s.notes", lang), source.notes),
    ]
    story: list[Flowable] = [CondPageBreak(40), head, para(citation(source))]
    table = key_values(rows, label_width=0.24)
    if table is not None:
        story.append(table)
    return story + [Spacer(1, 8)]


def build_sources(data: ReportData, lang: str) -> list[Flowable]:
    story: list[Flowable] = [*heading(label("sec.sources", lang), 0, "sec-sources"),
                             para(label("text.sources_intro", lang), "intro")]
    if not data.sources:
        return story + [para(label("s.none", lang))]
    for source in data.sources:
        story += source_block(source, lang)
    return story
