"""Recipient templates as data: every template loads, is translated, fills every field it
declares, names the required fields that are missing, and the ICC template's jurisdiction
pre-check says plainly when no basis is apparent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_helpers import needs_poppler, normalise, pdftotext, sample_data

from evidence_kit.dossier_plan import plan_dossier
from evidence_kit.errors import InvalidInput
from evidence_kit.records import BODIES
from evidence_kit.report import (
    MissingTemplateFields,
    build_report,
    describe_missing,
    field_values,
    jurisdiction,
    load_template,
    missing_fields,
    missing_required,
    report_data_from_plan,
)
from evidence_kit.report import templates as templates_module
from evidence_kit.report.templates import check_languages, parse_template, template_ids

TEMPLATES = ["generic", "icc-art15", "un-mechanism", "un-sp"]


def answers_for(template) -> dict[str, str]:
    return {f.id: f"Answer for {f.id.replace('_', ' ')} ({template.id})"
            for f in template.fields}


def test_one_file_per_body_and_every_body_has_a_template():
    assert template_ids() == TEMPLATES
    for body in BODIES:
        assert load_template(body).id in TEMPLATES
        assert body in load_template(body).bodies


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_label_is_translated(template_id):
    assert check_languages(load_template(template_id)) == []


@needs_poppler
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_template_fills_every_field_it_declares(template_id, tmp_path):
    template = load_template(template_id)
    body = template.bodies[0]
    data = sample_data(recipient_body=body, template_answers=answers_for(template))
    assert missing_fields(template, data.template_answers, data) == []
    assert missing_required(data) == []
    values = field_values(template, data)
    assert all(values[f.id] == data.template_answers[f.id] for f in template.fields)
    pdf = tmp_path / "report.pdf"
    with pdf.open("wb") as fh:
        build_report(data, fh)
    text = normalise(pdftotext(pdf, "-raw"))  # content order: a wrapped label stays whole
    assert template.title("en") in text
    for f in template.fields:
        assert normalise(f.label("en")) in text, f.id
        assert data.template_answers[f.id] in text, f.id
    assert "Not provided" not in text
    assert "Every required field of this template is filled." in text


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_case_and_record_values_fill_all_but_the_free_text_answers(template_id):
    template = load_template(template_id)
    data = sample_data(recipient_body=template.bodies[0])
    missing = missing_fields(template, {}, data)
    assert all(f.source == "answer" for f in missing), [f.id for f in missing]
    assert {f.id for f in missing} == {f.id for f in template.fields
                                       if f.required and f.source == "answer"}
    # without the data only answers count: every required field is then missing
    assert [f.id for f in missing_fields(template, {})] == [
        f.id for f in template.fields if f.required]


@needs_poppler
def test_missing_required_fields_are_named_and_reported_as_not_provided(tmp_path):
    data = sample_data()  # UN Special Procedures, no answers
    missing = missing_required(data)
    names = describe_missing(missing)
    assert "Contact details of the submitter (kept confidential)" in names
    assert "Alleged perpetrator(s)" in names
    pdf = tmp_path / "report.pdf"
    with pdf.open("wb") as fh:
        build_report(data, fh)
    text = normalise(pdftotext(pdf))
    assert f"Required fields not provided: {normalise(names)}." in text
    assert text.count("Not provided") >= len(missing)


def test_export_can_refuse_missing_fields_before_anything_is_built(demo_vault, demo_case):
    plan = plan_dossier(demo_vault, demo_case)
    with pytest.raises(MissingTemplateFields) as caught:
        report_data_from_plan(demo_vault, plan, signer_fingerprint=demo_vault.fingerprint,
                              signer_label=demo_vault.label, missing_ok=False)
    assert "Alleged perpetrator(s)" in caught.value.message
    assert "national_steps" in [f.id for f in caught.value.fields]
    answers = answers_for(load_template("un-sp"))
    data = report_data_from_plan(demo_vault, plan, signer_fingerprint=demo_vault.fingerprint,
                                 signer_label=demo_vault.label, missing_ok=False,
                                 answers=answers, thumbnails=False)
    assert missing_required(data) == []


@pytest.mark.parametrize(("country", "answers", "status"), [
    ("Russian Federation (Chechen Republic)", {}, "no-basis"),
    ("Russia", {}, "no-basis"),
    ("Чечня", {}, "no-basis"),
    ("Russian Federation", {"art12_3_declaration": "Declaration of 2026-01-01"}, "basis-given"),
    ("Russian Federation", {"state_party_link": "Perpetrators are nationals of X"},
     "basis-given"),
    ("Burundi", {}, "withdrawn"),
    ("France", {}, "unlisted"),
    ("", {}, "no-country"),
])
def test_icc_jurisdiction_pre_check(country, answers, status):
    assert jurisdiction.check(country, answers).status == status


@needs_poppler
def test_icc_report_says_plainly_that_no_basis_is_apparent(tmp_path):
    data = sample_data(recipient_body="icc")
    pdf = tmp_path / "icc.pdf"
    with pdf.open("wb") as fh:
        build_report(data, fh)
    text = normalise(pdftotext(pdf))
    assert "Russian Federation is not a State Party to the Rome Statute" in text
    assert "no basis for ICC jurisdiction is apparent" in text
    for suggestion in ("Special Rapporteur on torture", "sexual orientation and gender identity",
                       "Enforced or Involuntary Disappearances", "OSCE Moscow Mechanism",
                       "universal jurisdiction", "Information, not legal advice."):
        assert suggestion in text
    data.template_answers = {"unsc_referral": "Resolution 9999 (fictional)"}
    with pdf.open("wb") as fh:
        build_report(data, fh)
    text = normalise(pdftotext(pdf))
    assert "no basis for ICC jurisdiction is apparent" not in text
    assert "Resolution 9999 (fictional)" in text


@needs_poppler
def test_un_sp_answers_are_ready_to_copy_in_the_form_order(tmp_path):
    template = load_template("un-sp")
    data = sample_data(template_answers=answers_for(template))
    pdf = tmp_path / "un-sp.pdf"
    with pdf.open("wb") as fh:
        build_report(data, fh)
    text = normalise(pdftotext(pdf, "-raw"))
    section = text[text.index("Form answers, ready to copy"):]
    positions = [section.index(data.template_answers[f.id]) for f in template.fields]
    assert positions == sorted(positions)
    for number, f in enumerate(template.fields, 1):
        assert f"{number}. {normalise(f.label('en'))}" in section


def test_adding_a_body_is_adding_a_file(tmp_path, monkeypatch):
    folder = tmp_path / "templates"
    folder.mkdir()
    for name in TEMPLATES:
        (folder / f"{name}.json").write_text(
            (Path(templates_module.__file__).parents[2] / "resources" / "templates" /
             f"{name}.json").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "osce.json").write_text(json.dumps({
        "format": "evidence-kit-template/1", "id": "osce", "bodies": ["osce"],
        "title": {"en": "OSCE Moscow Mechanism", "ru": "Московский механизм ОБСЕ",
                  "fr": "Mécanisme de Moscou de l'OSCE",
                  "ar": "آلية موسكو التابعة لمنظمة الأمن والتعاون في أوروبا"},
        "sections": [{"id": "s", "title": {"en": "Facts", "ru": "Факты", "fr": "Faits",
                                           "ar": "الوقائع"},
                      "fields": [{"id": "facts", "label": {"en": "Facts", "ru": "Факты",
                                                           "fr": "Faits", "ar": "الوقائع"},
                                  "required": True, "source": "case.summary"}]}]}),
        encoding="utf-8")
    monkeypatch.setattr(templates_module, "resource", lambda *parts: tmp_path.joinpath(*parts))
    templates_module._load.cache_clear()
    try:
        assert "osce" in template_ids()
        osce = load_template("osce")
        assert [f.id for f in osce.fields] == ["facts"] and check_languages(osce) == []
    finally:
        templates_module._load.cache_clear()


def test_a_broken_template_is_refused_with_a_clear_message():
    with pytest.raises(InvalidInput, match="unknown source"):
        parse_template({"format": "evidence-kit-template/1", "title": "T", "sections": [
            {"title": "S", "fields": [{"id": "x", "label": "X", "source": "case.witness"}]}]})
    with pytest.raises(InvalidInput, match="repeated"):
        parse_template({"format": "evidence-kit-template/1", "title": "T", "sections": [
            {"title": "S", "fields": [{"id": "x", "label": "X"}, {"id": "x", "label": "Y"}]}]})
    with pytest.raises(InvalidInput, match="no report template"):
        load_template("no-such-body")
