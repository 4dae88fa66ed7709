"""One section per testimony: pseudonym, interview, account, incidents with the basis of
knowledge, consent scopes and linked exhibits. The identity (full name or initials) shows
only when the data holds one, which ``from_plan`` fills only where the dossier carries it
(confidential, and consented for this recipient). Fields a redacted dossier leaves out
arrive empty and are not shown."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from .blocks import heading, key_values, subheading
from .direction import drawn_order
from .labels import label, maybe
from .model import ConsentInfo, IncidentInfo, ReportData, TestimonyInfo
from .styles import FRAME_WIDTH, para, ruled_table

# When, where, what, basis: "When" fits "2017-03 (приблизительно)" without breaking a word.
INCIDENT_COLUMNS = (0.18, 0.22, 0.38, 0.22)


def _interview(t: TestimonyInfo, lang: str) -> str:
    mode = maybe("mode", t.interview_mode, lang) if t.interview_mode else ""
    return " · ".join(p for p in (t.interview_date, t.interview_place, mode) if p)


def _when(incident: IncidentInfo, lang: str) -> str:
    if not incident.date:
        return label("unknown", lang)
    if incident.date_precision and incident.date_precision != "day":
        return f"{incident.date} ({maybe('precision', incident.date_precision, lang)})"
    return incident.date


def _basis(incident: IncidentInfo, lang: str) -> str:
    text = maybe("basis", incident.basis, lang) if incident.basis else label("unknown", lang)
    if incident.told_by:
        text += "; " + label("basis.told_by", lang, who=incident.told_by)
    return text


def incidents_table(t: TestimonyInfo, lang: str) -> Table:
    header = [label(key, lang) for key in ("t.when", "t.where", "t.what", "t.basis")]
    rows: list[list[object]] = [drawn_order([para(name, "th") for name in header])]
    for incident in t.incidents:
        rows.append(drawn_order([
            para(_when(incident, lang), "small"), para(incident.place, "small"),
            para(incident.description, "small"), para(_basis(incident, lang), "small")]))
    widths = drawn_order(INCIDENT_COLUMNS)
    table = Table(rows, colWidths=[FRAME_WIDTH * w for w in widths], repeatRows=1,
                  splitInRow=1)
    table.setStyle(ruled_table())
    return table


def consent_rows(consent: ConsentInfo | None, body: str, lang: str) -> list[Flowable]:
    if consent is None:
        return [para(label("t.no_consent", lang), "alert")]
    body_name = maybe("body", body, lang)
    shared = label("list.sep", lang).join(maybe("body", b, lang) for b in consent.share_with) \
        or label("none", lang)
    rows: list[tuple[str, object]] = [(label("c.share", lang), shared)]
    if body in consent.share_with:
        rows += [
            (label("c.identity", lang, body=body_name),
             maybe("identity", consent.identity.get(body, ""), lang)),
            (label("c.contact", lang, body=body_name),
             label("yes" if consent.may_contact.get(body) else "no", lang)),
            (label("c.onward", lang, body=body_name),
             label("yes" if consent.onward_sharing.get(body) else "no", lang)),
        ]
    rows += [(label("c.given", lang), consent.given_on), (label("c.how", lang), consent.how)]
    story: list[Flowable] = []
    if body not in consent.share_with:
        story.append(para(label("c.not_for_recipient", lang), "alert"))
    table = key_values(rows)
    return story + ([table] if table is not None else [])


def testimony_section(t: TestimonyInfo, data: ReportData, lang: str) -> list[Flowable]:
    story: list[Flowable] = [
        *heading(f"{t.code} · {t.pseudonym}", 1, f"t-{t.code}", room=70 * mm),
    ]
    names = {"full": label("t.identity_full", lang),
             "initials": label("t.identity_initials", lang)}
    identity = (names[t.identity_kind], t.identity) if t.identity_kind in names else ("", "")
    read_back = "" if t.read_back is None else label("yes" if t.read_back else "no", lang)
    facts = key_values([
        identity,
        (label("t.role", lang), maybe("role", t.role, lang) if t.role else ""),
        (label("t.interview", lang), _interview(t, lang)),
        (label("t.interviewer", lang),
         ", ".join(p for p in (t.interviewer, t.interviewer_org) if p)),
        (label("t.interpreter", lang), t.interpreter),
        (label("t.present", lang), "\n".join(t.persons_present)),
        (label("t.language", lang), t.language),
        (label("t.referral", lang), t.referral),
        (label("t.prior", lang), t.prior_accounts),
        (label("t.read_back", lang), read_back),
    ])
    if facts is not None:
        story.append(facts)
    story += [*subheading(label("t.narrative", lang)), para(t.narrative, "narrative")]
    if t.narrative_sha256:
        story.append(para(f"{label('t.narrative_hash', lang)}: {t.narrative_sha256}",
                          "hash"))
    if t.incidents:
        story += [*subheading(label("t.incidents", lang)), incidents_table(t, lang)]
    story += [*subheading(label("t.consent", lang)),
              *consent_rows(t.consent, data.recipient_body, lang)]
    if t.linked_exhibits:
        story += [*subheading(label("t.linked", lang), 15 * mm),
                  para(", ".join(t.linked_exhibits))]
    story.append(Spacer(1, 6 * mm))
    return story


def build_testimonies(data: ReportData, lang: str) -> list[Flowable]:
    story: list[Flowable] = [*heading(label("sec.testimonies", lang), 0, "sec-testimonies"),
                             para(label("text.testimonies_intro", lang), "intro")]
    if not data.testimonies:
        return story + [para(label("t.none", lang))]
    for testimony in data.testimonies:
        story += testimony_section(testimony, data, lang)
    return story
