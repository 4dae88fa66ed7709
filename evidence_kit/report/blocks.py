"""Building blocks shared by the report's sections: headings, key/value tables, boxes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table

from .direction import drawn_order
from .styles import FRAME_WIDTH, box_style, key_value_style, para

SECTION_KEYS = ("summary", "methodology", "exhibits", "testimonies", "sources", "custody",
                "verification")


def heading(text: str, level: int, key: str, style: str | None = None,
            room: float = 30 * mm) -> list[Flowable]:
    """A heading that also becomes a PDF outline entry (bookmark) at ``level``.

    It starts a new page when less than ``room`` is left, so it is never stranded at the
    bottom of a page (cheaper and less gappy than keepWithNext on a long table).
    """
    if key.startswith("sec-") and key[4:] in SECTION_KEYS:  # numbered as on the cover
        text = f"{SECTION_KEYS.index(key[4:]) + 1}  {text}"
    flowable = para(text, style or ("h1", "h2", "h3")[min(level, 2)])
    flowable.outline = (text, level, key)  # read by ReportDoc.afterFlowable
    return [CondPageBreak(room), flowable]


def subheading(text: str, room: float = 40 * mm) -> list[Flowable]:
    """A minor heading (no bookmark) that is never left alone at the foot of a page."""
    return [CondPageBreak(room), para(text, "h3")]


def key_values(rows: Iterable[tuple[str, object]], label_width: float = 0.28,
               width: float = FRAME_WIDTH, value_style: str = "cell") -> Table | None:
    """Label/value rows with light rules; values may be text (any script) or flowables.
    The label column is on the left, or on the right in a right-to-left report."""
    data = []
    for name, value in rows:
        if value is None or value == "":
            continue
        cell = value if isinstance(value, Flowable) else para(value, value_style)
        data.append(drawn_order([para(name, "label"), cell]))
    if not data:
        return None
    table = Table(data, colWidths=drawn_order([width * label_width, width * (1 - label_width)]),
                  splitInRow=1)
    table.setStyle(key_value_style())
    return table


def boxed(flowables: Sequence[Flowable] | Flowable, width: float = FRAME_WIDTH,
          **style: object) -> Table:
    content = list(flowables) if isinstance(flowables, Sequence) else [flowables]
    table = Table([[content]], colWidths=[width], splitInRow=1)
    table.setStyle(box_style(**style))  # type: ignore[arg-type]
    return table


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]
