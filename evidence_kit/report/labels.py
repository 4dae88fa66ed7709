"""The report's own words in English, Russian, French and Arabic (short labels; longer
paragraphs are in ``texts``). Every key must exist in every language with the same
{placeholders}: tests/unit/test_report_labels.py fails otherwise. Unknown languages fall back
to English. Arabic is laid out right to left (``direction``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .vocabulary import VOCABULARY

if TYPE_CHECKING:
    from .model import ReportData

LANGUAGES = ("en", "ru", "fr", "ar")

Entry = tuple[str, str, str, str]  # one text per language, in the order of LANGUAGES

# key: (English, Russian, French, Arabic)
LABELS: dict[str, Entry] = {
    "report.title": ("Submission report", "Отчёт к представлению", "Rapport de soumission",
                     "تقرير التقديم"),
    "report.subject": ("Evidence dossier {dossier_id} for {recipient}",
                       "Досье доказательств {dossier_id} для: {recipient}",
                       "Dossier de preuves {dossier_id} pour : {recipient}",
                       "ملف الأدلة {dossier_id} المقدَّم إلى: {recipient}"),
    "cover.prepared_for": ("Prepared for", "Подготовлено для", "Préparé pour", "مقدَّم إلى"),
    "cover.recipient": ("Recipient body", "Получатель", "Destinataire", "الجهة المتلقية"),
    "cover.organisation": ("Submitting organisation", "Представляющая организация",
                           "Organisation soumettante", "المنظمة المقدِّمة"),
    "cover.country": ("Country", "Страна", "Pays", "البلد"),
    "cover.date": ("Date", "Дата", "Date", "التاريخ"),
    "cover.dossier_id": ("Dossier ID", "Номер досье", "Identifiant du dossier", "رقم ملف الأدلة"),
    "cover.fingerprint": ("Signer's key fingerprint", "Отпечаток ключа подписавшего",
                          "Empreinte de la clé du signataire", "بصمة مفتاح الموقِّع"),
    "cover.confidentiality": ("Confidentiality", "Конфиденциальность", "Confidentialité",
                              "درجة السرية"),
    "cover.contents": ("Contents", "Состав", "Contenu", "المحتويات"),
    "cover.contents_value": ("Exhibits: {exhibits} · Testimonies: {testimonies} · "
                             "Sources: {sources}",
                             "Материалы: {exhibits} · Показания: {testimonies} · "
                             "Источники: {sources}",
                             "Pièces : {exhibits} · Témoignages : {testimonies} · "
                             "Sources : {sources}",
                             "الأدلة: {exhibits} · الشهادات: {testimonies} · المصادر: {sources}"),
    "cover.verify_title": ("How to verify this dossier", "Как проверить это досье",
                           "Comment vérifier ce dossier", "كيفية التحقق من ملف الأدلة هذا"),
    "cover.sections": ("In this report", "В этом отчёте", "Dans ce rapport", "في هذا التقرير"),
    "level.confidential": ("Confidential", "Конфиденциально", "Confidentiel", "سرّي"),
    "level.redacted": ("Redacted", "Обезличено", "Caviardé", "منقَّح"),
    "cover.redacted_note": ("Redacted version: no identity, no interview place or people "
                            "present, and marked words in the accounts replaced.",
                            "Обезличенная версия: без данных о личности, месте интервью и "
                            "присутствовавших; отмеченные слова в показаниях заменены.",
                            "Version caviardée : aucune identité, ni lieu d'entretien ni "
                            "personnes présentes ; les mots signalés dans les récits sont "
                            "remplacés.",
                            "نسخة منقَّحة: بلا هوية ولا مكان المقابلة ولا الحاضرين، مع "
                            "استبدال الكلمات المحدَّدة في الإفادات."),
    "tpdf.title": ("Testimony {code} · Dossier {dossier_id}",
                   "Показания {code} · Досье {dossier_id}",
                   "Témoignage {code} · Dossier {dossier_id}",
                   "الشهادة {code} · ملف الأدلة {dossier_id}"),
    "header.dossier": ("Dossier {dossier_id}", "Досье {dossier_id}", "Dossier {dossier_id}",
                       "ملف الأدلة {dossier_id}"),
    "footer.page": ("Page {page} of", "Страница {page} из", "Page {page} sur", "الصفحة {page} من"),
    "footer.generated": ("Prepared with Evidence Kit", "Подготовлено в Evidence Kit",
                         "Préparé avec Evidence Kit", "أُعِدّ باستخدام Evidence Kit"),
    "sec.summary": ("Structured summary", "Структурированное резюме", "Résumé structuré",
                    "الملخص المنظَّم"),
    "sec.methodology": ("Methodology", "Методология", "Méthodologie", "المنهجية"),
    "sec.exhibits": ("Exhibit index", "Перечень материалов", "Index des pièces", "فهرس الأدلة"),
    "sec.testimonies": ("Testimonies", "Показания", "Témoignages", "الشهادات"),
    "sec.sources": ("Sources", "Источники", "Sources", "المصادر"),
    "sec.custody": ("Chain of custody", "Цепочка хранения", "Chaîne de possession", "سلسلة العهدة"),
    "sec.verification": ("Verification appendix", "Приложение: проверка",
                         "Annexe : vérification", "ملحق التحقق"),
    "sec.copy_paste": ("Form answers, ready to copy", "Ответы для онлайн-формы",
                       "Réponses prêtes à copier", "إجابات الاستمارة جاهزة للنسخ"),
    "sec.jurisdiction": ("Jurisdiction pre-check", "Предварительная проверка юрисдикции",
                         "Vérification préalable de la compétence", "فحص أوّلي للاختصاص"),
    "sec.other_bodies": ("Other bodies that may act", "Другие органы, которые могут принять меры",
                         "Autres instances susceptibles d'agir", "جهات أخرى يمكنها التحرك"),
    "sec.files": ("Files and their SHA-256", "Файлы и их SHA-256", "Fichiers et leur SHA-256",
                  "الملفات وقيم SHA-256 الخاصة بها"),
    "tpl.template": ("Template", "Шаблон", "Modèle", "النموذج"),
    "tpl.not_provided": ("Not provided", "Не указано", "Non fourni", "لم يُقدَّم"),
    "tpl.required": ("required", "обязательно", "obligatoire", "إلزامي"),
    "tpl.missing": ("Required fields not provided: {fields}.",
                    "Не заполнены обязательные поля: {fields}.",
                    "Champs obligatoires non fournis : {fields}.",
                    "حقول إلزامية لم تُقدَّم: {fields}."),
    "tpl.complete": ("Every required field of this template is filled.",
                     "Все обязательные поля шаблона заполнены.",
                     "Tous les champs obligatoires du modèle sont remplis.",
                     "جميع الحقول الإلزامية في هذا النموذج مستوفاة."),
    "meth.collected_by": ("Collected by", "Собрано", "Collecté par", "جهة الجمع"),
    "meth.interview_period": ("Interviews", "Интервью", "Entretiens", "المقابلات"),
    "meth.modes": ("Interview modes", "Формат интервью", "Modes d'entretien",
                   "طرق إجراء المقابلات"),
    "meth.languages": ("Languages of the accounts", "Языки показаний",
                       "Langues des témoignages", "لغات الإفادات"),
    "meth.acquisition": ("How exhibits were acquired", "Как получены материалы",
                         "Mode d'obtention des pièces", "كيفية الحصول على الأدلة"),
    "meth.statement": ("Statement", "Заявление", "Déclaration", "بيان"),
    "ex.type": ("Type", "Тип", "Type", "النوع"),
    "ex.size": ("Size", "Размер", "Taille", "الحجم"),
    "ex.captured": ("Captured", "Снято", "Prise de vue", "وقت الالتقاط"),
    "ex.place": ("Place", "Место", "Lieu", "المكان"),
    "ex.gps": ("GPS", "GPS", "GPS", "إحداثيات GPS"),
    "ex.acquired": ("Acquired", "Получено", "Obtenu", "الحصول على الدليل"),
    "ex.camera": ("Device", "Устройство", "Appareil", "الجهاز"),
    "ex.file": ("File", "Файл", "Fichier", "الملف"),
    "ex.derived_from": ("Derived from", "Производное от", "Dérivé de", "مشتق من"),
    "ex.no_preview": ("no preview", "нет превью", "pas d'aperçu", "لا توجد معاينة"),
    "ex.not_in_metadata": ("not in the file's metadata", "нет в метаданных файла",
                           "absent des métadonnées", "غير وارد في البيانات الوصفية للملف"),
    "ex.none": ("No exhibits are included.", "Материалы не включены.",
                "Aucune pièce n'est incluse.", "لم تُدرَج أي أدلة."),
    "t.role": ("Role", "Роль", "Rôle", "الصفة"),
    "t.identity_full": ("Name (the witness consented)", "Имя (с согласия свидетеля)",
                        "Nom (avec le consentement du témoin)", "الاسم (بموافقة الشاهد)"),
    "t.identity_initials": ("Initials (the witness consented)",
                            "Инициалы (с согласия свидетеля)",
                            "Initiales (avec le consentement du témoin)",
                            "الأحرف الأولى (بموافقة الشاهد)"),
    "t.interview": ("Interview", "Интервью", "Entretien", "المقابلة"),
    "t.interviewer": ("Interviewer", "Интервьюер", "Enquêteur", "مُجري المقابلة"),
    "t.interpreter": ("Interpreter", "Переводчик", "Interprète", "المترجم الشفوي"),
    "t.present": ("Persons present", "Присутствовали", "Personnes présentes", "الحاضرون"),
    "t.language": ("Language", "Язык", "Langue", "اللغة"),
    "t.referral": ("How the interview came about", "Как состоялось интервью",
                   "Origine de l'entretien", "كيف جرى ترتيب المقابلة"),
    "t.prior": ("Prior accounts", "Ранее данные показания", "Déclarations antérieures",
                "إفادات سابقة"),
    "t.read_back": ("Read back and confirmed", "Зачитано и подтверждено", "Relu et confirmé",
                    "تُليت على الشاهد وأكَّدها"),
    "t.narrative": ("Account", "Показания", "Récit", "الإفادة"),
    "t.narrative_hash": ("SHA-256 of the account (UTF-8)", "SHA-256 текста показаний (UTF-8)",
                         "SHA-256 du récit (UTF-8)", "قيمة SHA-256 للإفادة (UTF-8)"),
    "t.incidents": ("Incidents", "Эпизоды", "Incidents", "الوقائع"),
    "t.when": ("When", "Когда", "Quand", "متى"),
    "t.where": ("Where", "Где", "Où", "أين"),
    "t.what": ("What", "Что", "Quoi", "ماذا"),
    "t.basis": ("Basis of knowledge", "Источник сведений", "Source de connaissance", "مصدر العلم"),
    "t.consent": ("Consent", "Согласие", "Consentement", "الموافقة"),
    "t.linked": ("Linked exhibits", "Связанные материалы", "Pièces liées", "الأدلة المرتبطة"),
    "t.none": ("No testimonies are included.", "Показания не включены.",
               "Aucun témoignage n'est inclus.", "لم تُدرَج أي شهادات."),
    "t.no_consent": ("No consent record", "Нет записи о согласии",
                     "Aucun consentement enregistré", "لا يوجد سجل موافقة"),
    "c.share": ("May be shared with", "Можно передавать", "Peut être transmis à",
                "يجوز تقديمها إلى"),
    "c.identity": ("Identity shown to {body}", "Раскрытие личности для: {body}",
                   "Identité communiquée à : {body}", "الكشف عن الهوية أمام: {body}"),
    "c.contact": ("{body} may contact the witness", "{body}: можно связаться со свидетелем",
                  "{body} peut contacter le témoin", "{body}: يجوز التواصل مع الشاهد"),
    "c.onward": ("Onward sharing by {body}", "Дальнейшая передача: {body}",
                 "Transmission ultérieure par : {body}", "الإحالة اللاحقة من جانب: {body}"),
    "c.given": ("Given on", "Дата согласия", "Donné le", "تاريخ الموافقة"),
    "c.how": ("How it was obtained", "Как получено", "Recueilli comment", "كيفية الحصول عليها"),
    "c.not_for_recipient": ("NOT covered: the consent does not include this recipient.",
                            "НЕ охвачено: согласие не распространяется на этого получателя.",
                            "NON couvert : le consentement n'inclut pas ce destinataire.",
                            "غير مشمولة: الموافقة لا تشمل هذه الجهة المتلقية."),
    "s.kind": ("Kind", "Вид", "Nature", "النوع"),
    "s.published": ("Published", "Опубликовано", "Publié", "تاريخ النشر"),
    "s.accessed": ("Accessed", "Дата обращения", "Consulté le", "تاريخ الاطلاع"),
    "s.grading": ("Grading", "Оценка", "Évaluation", "التقييم"),
    "s.reliability": ("Source reliability", "Надёжность источника", "Fiabilité de la source",
                      "موثوقية المصدر"),
    "s.credibility": ("Information credibility", "Достоверность информации",
                      "Crédibilité de l'information", "مصداقية المعلومات"),
    "s.quote": ("Quotation", "Цитата", "Citation", "اقتباس"),
    "s.notes": ("Notes", "Примечания", "Notes", "ملاحظات"),
    "s.none": ("No sources are included.", "Источники не включены.",
               "Aucune source n'est incluse.", "لم تُدرَج أي مصادر."),
    "cu.seq": ("No.", "№", "N°", "الرقم"),
    "cu.time": ("Time (UTC)", "Время (UTC)", "Heure (UTC)", "الوقت (UTC)"),
    "cu.action": ("Action", "Действие", "Action", "الإجراء"),
    "cu.item": ("Item", "Объект", "Élément", "العنصر"),
    "cu.item_hash": ("Item SHA-256 (start)", "SHA-256 объекта (начало)",
                     "SHA-256 de l'élément (début)", "SHA-256 للعنصر (بدايته)"),
    "cu.event_hash": ("Event hash (start)", "Хеш события (начало)", "Empreinte de l'événement",
                      "بصمة الحدث (بدايتها)"),
    "cu.case": ("case", "дело", "affaire", "القضية"),
    "v.path": ("Path in the dossier", "Путь в досье", "Chemin dans le dossier",
               "المسار داخل ملف الأدلة"),
    "list.sep": (", ", ", ", ", ", "، "),  # between translated words (Arabic has its comma)
    "yes": ("yes", "да", "oui", "نعم"),
    "no": ("no", "нет", "non", "لا"),
    "none": ("none", "нет", "aucun", "لا شيء"),
    "unknown": ("unknown", "неизвестно", "inconnu", "غير معروف"),
    "role.victim": ("victim", "потерпевший", "victime", "ضحية"),
    "role.witness": ("witness", "свидетель", "témoin", "شاهد"),
    "role.relative": ("relative", "родственник", "proche", "قريب"),
    "role.insider": ("insider", "инсайдер", "initié", "مطَّلع من الداخل"),
    "role.intermediary": ("intermediary", "посредник", "intermédiaire", "وسيط"),
    "role.other": ("other", "другое", "autre", "أخرى"),
    "mode.in-person": ("in person", "очно", "en personne", "حضوريًّا"),
    "mode.remote": ("remote", "дистанционно", "à distance", "عن بُعد"),
    "mode.written": ("written", "письменно", "par écrit", "كتابيًّا"),
    "basis.saw": ("saw it", "видел(а) сам(а)", "l'a vu", "رؤية مباشرة"),
    "basis.heard": ("heard it", "слышал(а) сам(а)", "l'a entendu", "سماع مباشر"),
    "basis.told": ("was told", "со слов других", "l'a appris d'un tiers", "نقلًا عن الغير"),
    "basis.document": ("document", "документ", "document", "مستند"),
    "basis.told_by": ("told by {who}", "со слов: {who}", "selon : {who}", "نقلًا عن: {who}"),
    "precision.approximate": ("approximate", "приблизительно", "approximatif", "تقريبي"),
    "precision.day": ("exact day", "точная дата", "jour exact", "اليوم بدقة"),
    "precision.month": ("month", "с точностью до месяца", "au mois près", "بدقة الشهر"),
    "precision.year": ("year", "с точностью до года", "à l'année près", "بدقة السنة"),
    "identity.full": ("full name", "полное имя", "nom complet", "الاسم الكامل"),
    "identity.initials": ("initials only", "только инициалы", "initiales seulement",
                          "الأحرف الأولى فقط"),
    "identity.pseudonym": ("pseudonym only", "только псевдоним", "pseudonyme seulement",
                           "الاسم المستعار فقط"),
    "identity.none": ("not to be identified", "не раскрывать", "ne pas identifier",
                      "عدم الكشف عن الهوية"),
    "body.icc": ("ICC Office of the Prosecutor", "Канцелярия Прокурора МУС",
                 "Bureau du Procureur de la CPI", "مكتب المدعي العام للمحكمة الجنائية الدولية"),
    "body.un-sp": ("UN Special Procedures", "Специальные процедуры ООН",
                   "Procédures spéciales de l'ONU", "الإجراءات الخاصة للأمم المتحدة"),
    "body.un-mechanism": ("UN investigative mechanism", "Следственный механизм ООН",
                          "Mécanisme d'enquête de l'ONU", "آلية تحقيق تابعة للأمم المتحدة"),
    "body.national": ("national authorities", "национальные органы", "autorités nationales",
                      "السلطات الوطنية"),
    "body.public": ("publication", "публикация", "publication", "النشر"),
    "body.other": ("other body", "другой орган", "autre instance", "جهة أخرى"),
    "grade.A": ("A – completely reliable", "A – полностью надёжен", "A – entièrement fiable",
                "A – موثوق تمامًا"),
    "grade.B": ("B – usually reliable", "B – обычно надёжен", "B – habituellement fiable",
                "B – موثوق عادةً"),
    "grade.C": ("C – fairly reliable", "C – достаточно надёжен", "C – assez fiable",
                "C – موثوق إلى حدٍّ ما"),
    "grade.D": ("D – not usually reliable", "D – обычно ненадёжен",
                "D – habituellement peu fiable", "D – غير موثوق عادةً"),
    "grade.E": ("E – unreliable", "E – ненадёжен", "E – pas fiable", "E – غير موثوق"),
    "grade.F": ("F – reliability cannot be judged", "F – надёжность нельзя оценить",
                "F – fiabilité impossible à évaluer", "F – يتعذر الحكم على موثوقيته"),
    "grade.1": ("1 – confirmed by other sources", "1 – подтверждено другими источниками",
                "1 – confirmée par d'autres sources", "1 – أكَّدتها مصادر أخرى"),
    "grade.2": ("2 – probably true", "2 – вероятно, достоверно", "2 – probablement vraie",
                "2 – صحيحة على الأرجح"),
    "grade.3": ("3 – possibly true", "3 – возможно, достоверно", "3 – peut-être vraie",
                "3 – ربما تكون صحيحة"),
    "grade.4": ("4 – doubtful", "4 – сомнительно", "4 – douteuse", "4 – مشكوك فيها"),
    "grade.5": ("5 – improbable", "5 – маловероятно", "5 – improbable", "5 – مستبعدة"),
    "grade.6": ("6 – truth cannot be judged", "6 – достоверность нельзя оценить",
                "6 – véracité impossible à évaluer", "6 – يتعذر الحكم على صحتها"),
    "grade.none": ("not graded", "без оценки", "non évaluée", "بلا تقييم"),
}


LABELS.update(VOCABULARY)  # stored codes (kinds, custody actions) are labels too


def table() -> dict[str, Entry]:
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


DETAILED_BODIES = ("national", "other")  # the generic template asks who exactly


def recipient(data: ReportData, language: str) -> str:
    """The recipient's name: as given in English, the body's translated name otherwise."""
    if language == "en" or f"body.{data.recipient_body}" not in LABELS:
        return data.recipient_name
    return label(f"body.{data.recipient_body}", language)


def addressee(data: ReportData, language: str) -> str:
    """Who the report is prepared for: the ``recipient_detail`` answer for a national or
    other body when given ("OSCE Moscow Mechanism rapporteur"), else the body's name."""
    detail = data.template_answers.get("recipient_detail", "").strip()
    if data.recipient_body in DETAILED_BODIES and detail:
        return " ".join(detail.split())
    return recipient(data, language)


def level_name(data: ReportData, language: str) -> str:
    """The disclosure level in the report's language ("Confidential", "Обезличено")."""
    return maybe("level", data.level, language)


def maybe(prefix: str, value: str, language: str) -> str:
    """Translate a vocabulary value (role, mode, ...) when known, else show it as stored."""
    key = f"{prefix}.{value}"
    return label(key, language) if key in LABELS else value
