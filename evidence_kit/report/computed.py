"""Template values computed from the report data ("computed.<name>" in a template file).

Each function returns plain text (lines separated by newlines), or "" when the data has
nothing to say, so an empty required field is reported as missing.
"""

from __future__ import annotations

from collections.abc import Callable

from .labels import label, maybe, recipient
from .model import IncidentInfo, ReportData


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _incidents(data: ReportData) -> list[tuple[str, IncidentInfo]]:
    return [(t.code, i) for t in data.testimonies for i in t.incidents]


def incident_dates(data: ReportData, lang: str) -> str:
    dates = sorted(i.date for _, i in _incidents(data) if i.date)
    if not dates:
        return ""
    span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"
    approximate = any(i.date_precision == "approximate"
                      for _, i in _incidents(data))
    return f"{span} ({label('precision.approximate', lang)})" if approximate else span


def incident_places(data: ReportData, lang: str) -> str:
    return "\n".join(_unique([i.place for _, i in _incidents(data)]))


def incidents(data: ReportData, lang: str) -> str:
    lines = []
    for code, i in _incidents(data):
        basis = maybe("basis", i.basis, lang) if i.basis else ""
        when = ", ".join(p for p in (i.date, i.place) if p)
        lines.append(f"{when}: {i.description} [{code}{'; ' + basis if basis else ''}]")
    return "\n".join(lines)


def victims(data: ReportData, lang: str) -> str:
    sep = label("list.sep", lang)
    return "\n".join(f"{t.pseudonym} ({maybe('role', t.role, lang)}{sep}{t.code})"
                     for t in data.testimonies if t.role in ("victim", "relative"))


def testimonies(data: ReportData, lang: str) -> str:
    sep = label("list.sep", lang)
    return "\n".join(f"{t.code} {t.pseudonym} ({maybe('role', t.role, lang)}"
                     f"{sep + t.interview_date if t.interview_date else ''})"
                     for t in data.testimonies)


def exhibits(data: ReportData, lang: str) -> str:
    if not data.exhibits:
        return ""
    kinds: dict[str, int] = {}
    for exhibit in data.exhibits:
        kind = maybe("kind", exhibit.kind, lang)
        kinds[kind] = kinds.get(kind, 0) + 1
    first, last = data.exhibits[0].code, data.exhibits[-1].code
    span = first if first == last else f"{first}–{last}"
    summary = ", ".join(f"{kind} × {count}" for kind, count in kinds.items())
    return f"{span}: {summary} ({label('sec.exhibits', lang)}, SHA-256)"


def sources(data: ReportData, lang: str) -> str:
    return "\n".join(f"{s.code} {s.title}"
                     + (f" ({s.reliability}{s.credibility})" if s.reliability or s.credibility
                        else "")
                     for s in data.sources)


def custody(data: ReportData, lang: str) -> str:
    if not data.custody:
        return ""
    return (f"{label('sec.custody', lang)}: {len(data.custody)} "
            f"(#{data.custody[0].seq}–#{data.custody[-1].seq}), data/custody.jsonl")


def originals(data: ReportData, lang: str) -> str:
    if not data.exhibits:
        return ""
    return label("text.meth_integrity", lang)


def consent(data: ReportData, lang: str) -> str:
    body = data.recipient_body
    lines = []
    for t in data.testimonies:
        c = t.consent
        if c is None:
            lines.append(f"{t.code} {t.pseudonym}: {label('t.no_consent', lang)}")
        elif body not in c.share_with:
            lines.append(f"{t.code} {t.pseudonym}: {label('c.not_for_recipient', lang)}")
        else:
            identity = maybe("identity", c.identity.get(body, ""), lang)
            contact = label("yes" if c.may_contact.get(body) else "no", lang)
            lines.append(f"{t.code} {t.pseudonym}: {label('c.share', lang)} "
                         f"{maybe('body', body, lang)}; {identity}; "
                         f"{label('c.contact', lang, body=maybe('body', body, lang))}: "
                         f"{contact}")
    return "\n".join(lines)


def onward_sharing(data: ReportData, lang: str) -> str:
    body = data.recipient_body
    lines = []
    for t in data.testimonies:
        allowed = bool(t.consent and t.consent.onward_sharing.get(body))
        lines.append(f"{t.code} {t.pseudonym}: "
                     f"{label('c.onward', lang, body=maybe('body', body, lang))}: "
                     f"{label('yes' if allowed else 'no', lang)}")
    return "\n".join(lines)


def languages(data: ReportData, lang: str) -> str:
    return ", ".join(_unique([t.language for t in data.testimonies]))


def methodology(data: ReportData, lang: str) -> str:
    return data.template_answers.get("methodology", "") or label("text.meth_standards", lang)


COMPUTED: dict[str, Callable[[ReportData, str], str]] = {
    "organisation": lambda d, lang: d.signer_label,
    "recipient": recipient,
    "dossier_id": lambda d, lang: d.dossier_id,
    "date": lambda d, lang: d.created_at[:10],
    "incident_dates": incident_dates,
    "incident_places": incident_places,
    "incidents": incidents,
    "victims": victims,
    "testimonies": testimonies,
    "exhibits": exhibits,
    "sources": sources,
    "custody": custody,
    "originals": originals,
    "consent": consent,
    "onward_sharing": onward_sharing,
    "languages": languages,
    "methodology": methodology,
}
