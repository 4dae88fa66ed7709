"""The report's own words in English, Russian and French (short labels; longer paragraphs
are in ``texts``). Every key must exist in every language with the same {placeholders}:
tests/unit/test_report_labels.py fails otherwise. Unknown languages fall back to English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import ReportData

LANGUAGES = ("en", "ru", "fr")

# key: (English, Russian, French)
LABELS: dict[str, tuple[str, str, str]] = {
    "report.title": ("Submission report", "Отчёт к представлению", "Rapport de soumission"),
    "report.subject": ("Evidence dossier {dossier_id} for {recipient}",
                       "Досье доказательств {dossier_id} для: {recipient}",
                       "Dossier de preuves {dossier_id} pour : {recipient}"),
    "cover.prepared_for": ("Prepared for", "Подготовлено для", "Préparé pour"),
    "cover.recipient": ("Recipient body", "Получатель", "Destinataire"),
    "cover.organisation": ("Submitting organisation", "Представляющая организация",
                           "Organisation soumettante"),
    "cover.country": ("Country", "Страна", "Pays"),
    "cover.date": ("Date", "Дата", "Date"),
    "cover.dossier_id": ("Dossier ID", "Номер досье", "Identifiant du dossier"),
    "cover.fingerprint": ("Signer's key fingerprint", "Отпечаток ключа подписавшего",
                          "Empreinte de la clé du signataire"),
    "cover.confidentiality": ("Confidentiality", "Конфиденциальность", "Confidentialité"),
    "cover.contents": ("Contents", "Состав", "Contenu"),
    "cover.contents_value": ("Exhibits: {exhibits} · Testimonies: {testimonies} · "
                             "Sources: {sources}",
                             "Материалы: {exhibits} · Показания: {testimonies} · "
                             "Источники: {sources}",
                             "Pièces : {exhibits} · Témoignages : {testimonies} · "
                             "Sources : {sources}"),
    "cover.verify_title": ("How to verify this dossier", "Как проверить это досье",
                           "Comment vérifier ce dossier"),
    "cover.sections": ("In this report", "В этом отчёте", "Dans ce rapport"),
    "confidentiality.Confidential": ("Confidential", "Конфиденциально", "Confidentiel"),
    "header.dossier": ("Dossier {dossier_id}", "Досье {dossier_id}", "Dossier {dossier_id}"),
    "footer.page": ("Page {page} of", "Страница {page} из", "Page {page} sur"),
    "footer.generated": ("Prepared with Evidence Kit", "Подготовлено в Evidence Kit",
                         "Préparé avec Evidence Kit"),
    "sec.summary": ("Structured summary", "Структурированное резюме", "Résumé structuré"),
    "sec.methodology": ("Methodology", "Методология", "Méthodologie"),
    "sec.exhibits": ("Exhibit index", "Перечень материалов", "Index des pièces"),
    "sec.testimonies": ("Testimonies", "Показания", "Témoignages"),
    "sec.sources": ("Sources", "Источники", "Sources"),
    "sec.custody": ("Chain of custody", "Цепочка хранения", "Chaîne de possession"),
    "sec.verification": ("Verification appendix", "Приложение: проверка",
                         "Annexe : vérification"),
    "sec.copy_paste": ("Form answers, ready to copy", "Ответы для онлайн-формы",
                       "Réponses prêtes à copier"),
    "sec.jurisdiction": ("Jurisdiction pre-check", "Предварительная проверка юрисдикции",
                         "Vérification préalable de la compétence"),
    "sec.other_bodies": ("Other bodies that may act", "Другие органы, которые могут принять меры",
                         "Autres instances susceptibles d'agir"),
    "sec.files": ("Files and their SHA-256", "Файлы и их SHA-256", "Fichiers et leur SHA-256"),
    "tpl.template": ("Template", "Шаблон", "Modèle"),
    "tpl.not_provided": ("Not provided", "Не указано", "Non fourni"),
    "tpl.required": ("required", "обязательно", "obligatoire"),
    "tpl.missing": ("Required fields not provided: {fields}.",
                    "Не заполнены обязательные поля: {fields}.",
                    "Champs obligatoires non fournis : {fields}."),
    "tpl.complete": ("Every required field of this template is filled.",
                     "Все обязательные поля шаблона заполнены.",
                     "Tous les champs obligatoires du modèle sont remplis."),
    "meth.collected_by": ("Collected by", "Собрано", "Collecté par"),
    "meth.interview_period": ("Interviews", "Интервью", "Entretiens"),
    "meth.modes": ("Interview modes", "Формат интервью", "Modes d'entretien"),
    "meth.languages": ("Languages of the accounts", "Языки показаний",
                       "Langues des témoignages"),
    "meth.acquisition": ("How exhibits were acquired", "Как получены материалы",
                         "Mode d'obtention des pièces"),
    "meth.statement": ("Statement", "Заявление", "Déclaration"),
    "ex.type": ("Type", "Тип", "Type"),
    "ex.size": ("Size", "Размер", "Taille"),
    "ex.captured": ("Captured", "Снято", "Prise de vue"),
    "ex.place": ("Place", "Место", "Lieu"),
    "ex.gps": ("GPS", "GPS", "GPS"),
    "ex.acquired": ("Acquired", "Получено", "Obtenu"),
    "ex.camera": ("Device", "Устройство", "Appareil"),
    "ex.file": ("File", "Файл", "Fichier"),
    "ex.derived_from": ("Derived from", "Производное от", "Dérivé de"),
    "ex.no_preview": ("no preview", "нет превью", "pas d'aperçu"),
    "ex.not_in_metadata": ("not in the file's metadata", "нет в метаданных файла",
                           "absent des métadonnées"),
    "ex.none": ("No exhibits are included.", "Материалы не включены.",
                "Aucune pièce n'est incluse."),
    "t.role": ("Role", "Роль", "Rôle"),
    "t.interview": ("Interview", "Интервью", "Entretien"),
    "t.interviewer": ("Interviewer", "Интервьюер", "Enquêteur"),
    "t.interpreter": ("Interpreter", "Переводчик", "Interprète"),
    "t.present": ("Persons present", "Присутствовали", "Personnes présentes"),
    "t.language": ("Language", "Язык", "Langue"),
    "t.referral": ("How the interview came about", "Как состоялось интервью",
                   "Origine de l'entretien"),
    "t.prior": ("Prior accounts", "Ранее данные показания", "Déclarations antérieures"),
    "t.read_back": ("Read back and confirmed", "Зачитано и подтверждено", "Relu et confirmé"),
    "t.narrative": ("Account", "Показания", "Récit"),
    "t.narrative_hash": ("SHA-256 of the account (UTF-8)", "SHA-256 текста показаний (UTF-8)",
                         "SHA-256 du récit (UTF-8)"),
    "t.incidents": ("Incidents", "Эпизоды", "Incidents"),
    "t.when": ("When", "Когда", "Quand"),
    "t.where": ("Where", "Где", "Où"),
    "t.what": ("What", "Что", "Quoi"),
    "t.basis": ("Basis of knowledge", "Источник сведений", "Source de connaissance"),
    "t.consent": ("Consent", "Согласие", "Consentement"),
    "t.linked": ("Linked exhibits", "Связанные материалы", "Pièces liées"),
    "t.none": ("No testimonies are included.", "Показания не включены.",
               "Aucun témoignage n'est inclus."),
    "t.no_consent": ("No consent record", "Нет записи о согласии",
                     "Aucun consentement enregistré"),
    "c.share": ("May be shared with", "Можно передавать", "Peut être transmis à"),
    "c.identity": ("Identity shown to {body}", "Раскрытие личности для: {body}",
                   "Identité communiquée à : {body}"),
    "c.contact": ("{body} may contact the witness", "{body}: можно связаться со свидетелем",
                  "{body} peut contacter le témoin"),
    "c.onward": ("Onward sharing by {body}", "Дальнейшая передача: {body}",
                 "Transmission ultérieure par : {body}"),
    "c.given": ("Given on", "Дата согласия", "Donné le"),
    "c.how": ("How it was obtained", "Как получено", "Recueilli comment"),
    "c.not_for_recipient": ("NOT covered: the consent does not include this recipient.",
                            "НЕ охвачено: согласие не распространяется на этого получателя.",
                            "NON couvert : le consentement n'inclut pas ce destinataire."),
    "s.kind": ("Kind", "Вид", "Nature"),
    "s.published": ("Published", "Опубликовано", "Publié"),
    "s.accessed": ("Accessed", "Дата обращения", "Consulté le"),
    "s.grading": ("Grading", "Оценка", "Évaluation"),
    "s.reliability": ("Source reliability", "Надёжность источника", "Fiabilité de la source"),
    "s.credibility": ("Information credibility", "Достоверность информации",
                      "Crédibilité de l'information"),
    "s.quote": ("Quotation", "Цитата", "Citation"),
    "s.notes": ("Notes", "Примечания", "Notes"),
    "s.none": ("No sources are included.", "Источники не включены.",
               "Aucune source n'est incluse."),
    "cu.seq": ("No.", "№", "N°"),
    "cu.time": ("Time (UTC)", "Время (UTC)", "Heure (UTC)"),
    "cu.action": ("Action", "Действие", "Action"),
    "cu.item": ("Item", "Объект", "Élément"),
    "cu.item_hash": ("Item SHA-256 (start)", "SHA-256 объекта (начало)",
                     "SHA-256 de l'élément (début)"),
    "cu.event_hash": ("Event hash (start)", "Хеш события (начало)", "Empreinte de l'événement"),
    "cu.case": ("case", "дело", "affaire"),
    "v.path": ("Path in the dossier", "Путь в досье", "Chemin dans le dossier"),
    "yes": ("yes", "да", "oui"),
    "no": ("no", "нет", "non"),
    "none": ("none", "нет", "aucun"),
    "unknown": ("unknown", "неизвестно", "inconnu"),
    "role.victim": ("victim", "потерпевший", "victime"),
    "role.witness": ("witness", "свидетель", "témoin"),
    "role.relative": ("relative", "родственник", "proche"),
    "role.insider": ("insider", "инсайдер", "initié"),
    "role.intermediary": ("intermediary", "посредник", "intermédiaire"),
    "role.other": ("other", "другое", "autre"),
    "mode.in-person": ("in person", "очно", "en personne"),
    "mode.remote": ("remote", "дистанционно", "à distance"),
    "mode.written": ("written", "письменно", "par écrit"),
    "basis.saw": ("saw it", "видел(а) сам(а)", "l'a vu"),
    "basis.heard": ("heard it", "слышал(а) сам(а)", "l'a entendu"),
    "basis.told": ("was told", "со слов других", "l'a appris d'un tiers"),
    "basis.document": ("document", "документ", "document"),
    "basis.told_by": ("told by {who}", "со слов: {who}", "selon : {who}"),
    "precision.approximate": ("approximate", "приблизительно", "approximatif"),
    "precision.day": ("exact day", "точная дата", "jour exact"),
    "precision.month": ("month", "с точностью до месяца", "au mois près"),
    "precision.year": ("year", "с точностью до года", "à l'année près"),
    "identity.full": ("full name", "полное имя", "nom complet"),
    "identity.initials": ("initials only", "только инициалы", "initiales seulement"),
    "identity.pseudonym": ("pseudonym only", "только псевдоним", "pseudonyme seulement"),
    "identity.none": ("not to be identified", "не раскрывать", "ne pas identifier"),
    "body.icc": ("ICC Office of the Prosecutor", "Канцелярия Прокурора МУС",
                 "Bureau du Procureur de la CPI"),
    "body.un-sp": ("UN Special Procedures", "Специальные процедуры ООН",
                   "Procédures spéciales de l'ONU"),
    "body.un-mechanism": ("UN investigative mechanism", "Следственный механизм ООН",
                          "Mécanisme d'enquête de l'ONU"),
    "body.national": ("national authorities", "национальные органы", "autorités nationales"),
    "body.public": ("publication", "публикация", "publication"),
    "body.other": ("other body", "другой орган", "autre instance"),
    "grade.A": ("A – completely reliable", "A – полностью надёжен", "A – entièrement fiable"),
    "grade.B": ("B – usually reliable", "B – обычно надёжен", "B – habituellement fiable"),
    "grade.C": ("C – fairly reliable", "C – достаточно надёжен", "C – assez fiable"),
    "grade.D": ("D – not usually reliable", "D – обычно ненадёжен",
                "D – habituellement peu fiable"),
    "grade.E": ("E – unreliable", "E – ненадёжен", "E – pas fiable"),
    "grade.F": ("F – reliability cannot be judged", "F – надёжность нельзя оценить",
                "F – fiabilité impossible à évaluer"),
    "grade.1": ("1 – confirmed by other sources", "1 – подтверждено другими источниками",
                "1 – confirmée par d'autres sources"),
    "grade.2": ("2 – probably true", "2 – вероятно, достоверно", "2 – probablement vraie"),
    "grade.3": ("3 – possibly true", "3 – возможно, достоверно", "3 – peut-être vraie"),
    "grade.4": ("4 – doubtful", "4 – сомнительно", "4 – douteuse"),
    "grade.5": ("5 – improbable", "5 – маловероятно", "5 – improbable"),
    "grade.6": ("6 – truth cannot be judged", "6 – достоверность нельзя оценить",
                "6 – véracité impossible à évaluer"),
    "grade.none": ("not graded", "без оценки", "non évaluée"),
}


def table() -> dict[str, tuple[str, str, str]]:
    from .texts import TEXTS

    return {**LABELS, **TEXTS}


def label(key: str, language: str = "en", **values: object) -> str:
    """The text for ``key`` in ``language`` (English when unknown), placeholders filled."""
    entry = LABELS.get(key)
    if entry is None:
        from .texts import TEXTS

        entry = TEXTS[key]
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    text = entry[index]
    return text.format(**values) if values else text


def recipient(data: ReportData, language: str) -> str:
    """The recipient's name: as given in English, the body's translated name otherwise."""
    if language == "en" or f"body.{data.recipient_body}" not in LABELS:
        return data.recipient_name
    return label(f"body.{data.recipient_body}", language)


def maybe(prefix: str, value: str, language: str) -> str:
    """Translate a vocabulary value (role, mode, ...) when known, else show it as stored."""
    key = f"{prefix}.{value}"
    return label(key, language) if key in LABELS else value
