"""Recipient templates as data: resources/templates/<id>.json, one file per body.

A template declares sections and fields. Each field names where its value comes from:

- ``case.title`` / ``case.summary`` / ``case.situation`` / ``case.country``: the case;
- ``computed.<name>``: derived from the dossier's records (see ``computed.COMPUTED``);
- ``answer``: free text the user gives per dossier (``ReportData.template_answers``).

A per-dossier answer with a field's id always wins, so any value can be corrected. A
required field with no value is *missing*: ``missing_fields`` names them before export;
the user may export anyway, and the report then says "not provided".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from evidence_kit.errors import InvalidInput, Phrase
from evidence_kit.resources import resource

from .computed import COMPUTED
from .labels import LANGUAGES
from .model import ReportData

TEMPLATE_FORMAT = "evidence-kit-template/1"
CASE_FIELDS = ("title", "summary", "situation", "country")
# Recipient bodies (evidence_kit.records.BODIES) to template files.
BODY_TEMPLATES = {"icc": "icc-art15", "un-sp": "un-sp", "un-mechanism": "un-mechanism",
                  "national": "generic", "other": "generic"}


def _text(value: object, where: str) -> dict[str, str]:
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict) or not isinstance(value.get("en"), str):
        raise InvalidInput("{where} must be text or an object with at least 'en'.",
                           where=where)
    return {k: v for k, v in value.items() if isinstance(v, str)}


@dataclass(frozen=True)
class Field:
    id: str
    labels: dict[str, str]
    required: bool
    source: str  # "answer", "case.<field>" or "computed.<name>"
    section: str = ""

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels["en"]

    def __str__(self) -> str:
        return self.label("en")


@dataclass(frozen=True)
class Section:
    id: str
    titles: dict[str, str]
    fields: tuple[Field, ...]

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles["en"]


@dataclass(frozen=True)
class Template:
    id: str
    bodies: tuple[str, ...]
    titles: dict[str, str]
    intros: dict[str, str]
    sections: tuple[Section, ...]
    copy_paste: bool = False
    jurisdiction_check: bool = False

    def title(self, language: str = "en") -> str:
        return self.titles.get(language) or self.titles["en"]

    def intro(self, language: str = "en") -> str:
        return self.intros.get(language) or self.intros.get("en", "")

    @property
    def fields(self) -> list[Field]:
        return [f for s in self.sections for f in s.fields]


def _check_source(source: object, where: str) -> str:
    if source == "answer":
        return source
    if isinstance(source, str) and source.startswith("case.") and source[5:] in CASE_FIELDS:
        return source
    if isinstance(source, str) and source.startswith("computed.") and source[9:] in COMPUTED:
        return source
    raise InvalidInput("{where}: unknown source {source} (use 'answer', "
                       "'case.<{fields}>' or 'computed.<name>').", where=where,
                       source=repr(source), fields="|".join(CASE_FIELDS))


def parse_template(raw: object, name: str = "template") -> Template:
    if not isinstance(raw, dict) or raw.get("format") != TEMPLATE_FORMAT:
        raise InvalidInput("{name} is not an Evidence Kit template ({format}).", name=name,
                           format=TEMPLATE_FORMAT)
    sections, seen = [], set()
    for s_raw in raw.get("sections", []):
        fields = []
        for f_raw in s_raw.get("fields", []):
            fid = f_raw.get("id")
            if not isinstance(fid, str) or not fid or fid in seen:
                raise InvalidInput("{name}: field id {field} is missing or repeated.",
                                   name=name, field=repr(fid))
            seen.add(fid)
            where = Phrase("{name} field '{field}'", name=name, field=fid)
            fields.append(Field(fid, _text(f_raw.get("label"), where),
                                bool(f_raw.get("required", False)),
                                _check_source(f_raw.get("source", "answer"), where),
                                s_raw.get("id", "")))
        sections.append(Section(s_raw.get("id", ""),
                                _text(s_raw.get("title"), Phrase("{name} section", name=name)),
                                tuple(fields)))
    return Template(id=raw.get("id", name), bodies=tuple(raw.get("bodies", [])),
                    titles=_text(raw.get("title"), Phrase("{name} title", name=name)),
                    intros=_text(raw.get("intro", {"en": ""}), Phrase("{name} intro", name=name)),
                    sections=tuple(sections), copy_paste=bool(raw.get("copy_paste")),
                    jurisdiction_check=bool(raw.get("jurisdiction_check")))


@lru_cache(maxsize=16)
def _load(template_id: str) -> Template:
    path = resource("templates", f"{template_id}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InvalidInput("There is no report template '{name}'.", name=template_id) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput("The report template {name} is not valid JSON: {reason}",
                           name=path.name, reason=str(exc)) from exc
    return parse_template(raw, path.name)


def load_template(body: str) -> Template:
    """The template for a recipient body ('icc', 'un-sp', ...) or a template id."""
    return _load(BODY_TEMPLATES.get(body, body))


def template_ids() -> list[str]:
    return sorted(p.stem for p in resource("templates").glob("*.json")
                  if json.loads(p.read_text(encoding="utf-8")).get("format") == TEMPLATE_FORMAT)


def field_value(f: Field, answers: Mapping[str, str], data: ReportData | None = None,
                language: str = "en") -> str:
    answer = answers.get(f.id, "")
    if isinstance(answer, str) and answer.strip():
        return answer.strip()
    if data is None or f.source == "answer":
        return ""
    if f.source.startswith("case."):
        return str(getattr(data.case, f.source[5:]) or "").strip()
    return COMPUTED[f.source[9:]](data, language).strip()


def field_values(template: Template, data: ReportData, language: str = "en") -> dict[str, str]:
    """Every field's value (answers first, then the case and computed values)."""
    return {f.id: field_value(f, data.template_answers, data, language)
            for f in template.fields}


def missing_fields(template: Template, answers: Mapping[str, str],
                   data: ReportData | None = None) -> list[Field]:
    """Required fields with no value, in template order.

    With ``data``, values from the case and the records count; without it only
    ``answers`` does (so pass the data when you have it).
    """
    return [f for f in template.fields
            if f.required and not field_value(f, answers, data)]


class MissingTemplateFields(InvalidInput):
    """Required template fields have no value (raised only when the caller asks for it)."""

    code = "missing-template-fields"

    def __init__(self, template: Template, fields: list[Field]) -> None:
        super().__init__("The {title} template needs: {fields}. Fill them in, or export "
                         "anyway and the report will say \"not provided\".",
                         title=template.title("en"), fields=describe_missing(fields))
        self.report_template = template  # (``template`` is the message's, as every error's)
        self.fields = fields


def describe_missing(fields: list[Field], language: str = "en") -> str:
    """'Alleged perpetrator(s), Contact details' — for warnings before export."""
    return ", ".join(f.label(language) for f in fields)


def check_languages(template: Template) -> list[str]:
    """Labels a template lacks in one of the report languages (for tests and linting)."""
    gaps = [f"title/{lang}" for lang in LANGUAGES if lang not in template.titles]
    if template.intros.get("en"):
        gaps += [f"intro/{lang}" for lang in LANGUAGES if lang not in template.intros]
    for section in template.sections:
        gaps += [f"{section.id}/{lang}" for lang in LANGUAGES if lang not in section.titles]
        for f in section.fields:
            gaps += [f"{f.id}/{lang}" for lang in LANGUAGES if lang not in f.labels]
    return gaps
