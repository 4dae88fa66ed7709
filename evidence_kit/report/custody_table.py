"""The chain-of-custody table and the verification appendix.

Both can run to hundreds of rows, so they use ``StringTable`` (plain strings, one text
object per page) rather than reportlab's Table of Paragraphs.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from .blocks import boxed, heading
from .cover import group_fingerprint
from .fasttable import StringTable
from .labels import label, maybe
from .model import ReportData
from .styles import FRAME_WIDTH, para

PREFIX = 16
CUSTODY_SIZE = 6.5
# No., time, action, item, item hash, event hash: sized so a 16-digit hash prefix and the
# longest translated action with its code ("Материал принят (exhibit-ingested)") fit.
CUSTODY_COLUMNS = (0.06, 0.16, 0.387, 0.085, 0.154, 0.154)


def action_text(action: str, lang: str) -> str:
    """The custody action in the report's language, with the code custody.jsonl holds."""
    shown = maybe("action", action, lang)
    return action if shown == action else f"{shown} ({action})"


def _table(keys: list[str], rows: list[list[str]], widths: list[float], lang: str,
           size: float) -> StringTable:
    header = [k if k == "SHA-256" else label(k, lang) for k in keys]
    return StringTable(header, rows, [FRAME_WIDTH * w for w in widths], size=size)


def build_custody(data: ReportData, lang: str) -> list[Flowable]:
    story: list[Flowable] = [*heading(label("sec.custody", lang), 0, "sec-custody"),
                             para(label("text.custody_intro", lang), "intro")]
    rows = [[str(e.seq), e.at.replace("T", " ").replace("Z", ""), action_text(e.action, lang),
             label("cu.case", lang) if e.item == "case" else e.item,
             e.item_sha256[:PREFIX], e.event_hash[:PREFIX]] for e in data.custody]
    if data.custody_sealed:
        story.append(para(label("text.custody_sealed", lang, count=data.custody_sealed),
                          "intro"))
    if rows:
        story.append(_table(["cu.seq", "cu.time", "cu.action", "cu.item", "cu.item_hash",
                             "cu.event_hash"], rows, list(CUSTODY_COLUMNS), lang,
                            CUSTODY_SIZE))
    return story


def build_verification(data: ReportData, lang: str) -> list[Flowable]:
    fingerprint = group_fingerprint(data.signer_fingerprint)
    story: list[Flowable] = [
        *heading(label("sec.verification", lang), 0, "sec-verification"),
        boxed(para(label("text.verify_steps", lang, fingerprint=fingerprint), "small")),
        Spacer(1, 8),
        para(label("text.verify_limits", lang)),
    ]
    files = [[f.path, f.sha256] for f in data.files] or \
        [[e.file, e.sha256] for e in data.exhibits if e.file]
    if files:
        story.extend(heading(label("sec.files", lang), 1, "sec-files"))
        story.append(_table(["v.path", "SHA-256"], files, [0.42, 0.58], lang, 6.5))
    return story
