"""The report's longer paragraphs in English, Russian, French and Arabic (see ``labels``)."""

from __future__ import annotations

# key: (English, Russian, French, Arabic)
TEXTS: dict[str, tuple[str, str, str, str]] = {
    "text.verify": (
        "This report is the file data/report.pdf inside dossier {dossier_id}. To check that "
        "nothing in the dossier was altered, open the encrypted envelope with 7-Zip, typing "
        "the password you received by a separate channel; check the signature of "
        "tagmanifest-sha256.txt with minisign and the sender's public key, obtained from the "
        "sender by another channel, whose fingerprint is {fingerprint}; then run "
        "\"sha256sum -c\" on tagmanifest-sha256.txt and manifest-sha256.txt (or "
        "\"bagit.py --validate\"). Each exhibit's SHA-256 printed in this report must match "
        "its line in manifest-sha256.txt. Step-by-step instructions in English, Russian, "
        "French and Arabic are in data/VERIFY.txt.",
        "Этот отчёт — файл data/report.pdf в досье {dossier_id}. Чтобы убедиться, что в досье "
        "ничего не изменено, откройте зашифрованный архив в 7-Zip, введя пароль, полученный "
        "по отдельному каналу; проверьте подпись файла tagmanifest-sha256.txt программой "
        "minisign с открытым ключом отправителя, полученным от него по другому каналу (его "
        "отпечаток: {fingerprint}); затем выполните \"sha256sum -c\" для "
        "tagmanifest-sha256.txt и manifest-sha256.txt (или \"bagit.py --validate\"). "
        "SHA-256 каждого материала в этом отчёте должен совпадать с его строкой в "
        "manifest-sha256.txt. Пошаговая инструкция на английском, русском, французском и "
        "арабском языках — в файле data/VERIFY.txt.",
        "Ce rapport est le fichier data/report.pdf du dossier {dossier_id}. Pour vérifier que "
        "rien n'a été modifié, ouvrez l'enveloppe chiffrée avec 7-Zip en saisissant le mot de "
        "passe reçu par un canal distinct ; vérifiez la signature de tagmanifest-sha256.txt "
        "avec minisign et la clé publique de l'expéditeur, obtenue auprès de lui par un autre "
        "canal, dont l'empreinte est {fingerprint} ; puis lancez « sha256sum -c » sur "
        "tagmanifest-sha256.txt et manifest-sha256.txt (ou « bagit.py --validate »). Le "
        "SHA-256 de chaque pièce indiqué dans ce rapport doit correspondre à sa ligne dans "
        "manifest-sha256.txt. Des instructions détaillées en anglais, russe, français et "
        "arabe figurent dans data/VERIFY.txt.",
        "هذا التقرير هو الملف data/report.pdf ضمن ملف الأدلة {dossier_id}. للتحقق من أن شيئًا في "
        "ملف الأدلة لم يُغيَّر، افتح الغلاف المشفَّر باستخدام 7-Zip وأدخل كلمة المرور التي "
        "تلقيتها عبر قناة منفصلة؛ ثم تحقَّق من توقيع الملف tagmanifest-sha256.txt باستخدام "
        "minisign والمفتاح العام للمرسِل، الذي حصلت عليه منه عبر قناة أخرى، وبصمته {fingerprint}؛ "
        "ثم شغِّل الأمر «sha256sum -c» على الملفين tagmanifest-sha256.txt و manifest-sha256.txt "
        "(أو الأمر «bagit.py --validate»). ويجب أن تطابق قيمة SHA-256 لكل دليل، كما هي مطبوعة في "
        "هذا التقرير، سطرَه في manifest-sha256.txt. وتوجد تعليمات مفصَّلة خطوة بخطوة بالإنكليزية "
        "والروسية والفرنسية والعربية في الملف data/VERIFY.txt."),
    "text.cover_note": (
        "This report contains no witness identities: testimonies appear under pseudonyms. "
        "The evidence is the set of files it lists, each identified by its SHA-256.",
        "Отчёт не содержит сведений о личности свидетелей: показания приводятся под "
        "псевдонимами. Доказательствами являются перечисленные файлы, каждый из которых "
        "определяется своим SHA-256.",
        "Ce rapport ne contient aucune identité de témoin : les témoignages figurent sous "
        "pseudonyme. Les preuves sont les fichiers qu'il énumère, chacun identifié par son "
        "SHA-256.",
        "لا يتضمن هذا التقرير هويات الشهود: تَرِد الشهادات بأسماء مستعارة. والأدلة هي الملفات "
        "التي يسردها التقرير، ويُعرَّف كلٌّ منها بقيمة SHA-256 الخاصة به."),
    "text.cover_note_named": (
        "Testimonies appear under pseudonyms; a witness's name or initials are shown only "
        "where the witness consented to share them with this recipient. The evidence is the "
        "set of files this report lists, each identified by its SHA-256.",
        "Показания приводятся под псевдонимами; имя или инициалы свидетеля указаны, только "
        "если он согласился сообщить их этому получателю. Доказательствами являются "
        "перечисленные файлы, каждый из которых определяется своим SHA-256.",
        "Les témoignages figurent sous pseudonyme ; le nom ou les initiales d'un témoin "
        "n'apparaissent que s'il a consenti à les communiquer à ce destinataire. Les preuves "
        "sont les fichiers que ce rapport énumère, chacun identifié par son SHA-256.",
        "تَرِد الشهادات بأسماء مستعارة؛ ولا يُذكر اسم الشاهد أو الأحرف الأولى منه إلا حيث وافق "
        "على إطلاع هذه الجهة المتلقية عليه. والأدلة هي الملفات التي يسردها هذا التقرير، "
        "ويُعرَّف كلٌّ منها بقيمة SHA-256 الخاصة به."),
    "text.meth_integrity": (
        "Each file was hashed (SHA-256 and SHA-512) when it was imported into an encrypted "
        "Evidence Kit vault and has not been modified since; edits to descriptive fields are "
        "logged by field name. Every action on an item is recorded in a hash-chained custody "
        "log signed with the organisation's key (see Chain of custody).",
        "При загрузке в зашифрованное хранилище Evidence Kit для каждого файла были вычислены "
        "SHA-256 и SHA-512; с тех пор файлы не изменялись, а правки описательных полей "
        "записываются в журнал с указанием поля. Каждое действие с объектом фиксируется в "
        "журнале хранения, связанном цепочкой хешей и подписанном ключом организации (см. "
        "«Цепочка хранения»).",
        "Chaque fichier a été haché (SHA-256 et SHA-512) lors de son import dans un coffre "
        "chiffré Evidence Kit et n'a pas été modifié depuis ; les modifications des champs "
        "descriptifs sont journalisées par nom de champ. Chaque action sur un élément est "
        "consignée dans un journal de possession chaîné par hachage et signé avec la clé de "
        "l'organisation (voir Chaîne de possession).",
        "حُسبت لكل ملف قيمتا التجزئة SHA-256 و SHA-512 عند استيراده إلى خزنة مشفَّرة من Evidence "
        "Kit، ولم يُعدَّل منذ ذلك الحين؛ وتُسجَّل التعديلات على الحقول الوصفية مع اسم الحقل. "
        "ويُقيَّد كل إجراء يُتَّخذ بشأن أي عنصر في سجل عهدة مترابط بسلسلة من قيم التجزئة وموقَّع "
        "بمفتاح المنظمة (انظر «سلسلة العهدة»)."),
    "text.meth_standards": (
        "Records follow the fields recommended by the Berkeley Protocol on Digital Open "
        "Source Investigations, the Eurojust–ICC guidelines for civil society organisations "
        "on documenting international crimes, and the Murad Code. Witnesses are identified by "
        "pseudonym; their identities are held apart, and a name or initials appear only "
        "where the witness consented to share them with this recipient. Each "
        "incident records the witness's basis of knowledge (saw, heard, told by another "
        "person, document).",
        "Записи содержат поля, рекомендованные Беркли-протоколом по цифровым расследованиям "
        "на основе открытых источников, руководством Евроюста и МУС для организаций "
        "гражданского общества по документированию международных преступлений и Кодексом "
        "Мурад. Свидетели обозначены псевдонимами; сведения об их личности хранятся отдельно, "
        "а имя или инициалы указываются, только если свидетель согласился сообщить их этому "
        "получателю. Для каждого эпизода указан источник сведений свидетеля (видел, "
        "слышал, со слов другого лица, документ).",
        "Les fiches suivent les champs recommandés par le Protocole de Berkeley sur les "
        "enquêtes numériques en sources ouvertes, les lignes directrices Eurojust–CPI pour les "
        "organisations de la société civile sur la documentation des crimes internationaux et "
        "le Code Murad. Les témoins sont désignés par un pseudonyme ; leur identité est "
        "conservée à part, et un nom ou des initiales n'apparaissent que si le témoin a "
        "consenti à les communiquer à ce destinataire. Chaque incident précise la source "
        "de connaissance du témoin (vu, entendu, rapporté par un tiers, document).",
        "تتبع السجلات الحقول التي يوصي بها بروتوكول بيركلي بشأن التحقيقات الرقمية المفتوحة "
        "المصدر، والمبادئ التوجيهية الصادرة عن يوروجست والمحكمة الجنائية الدولية لمنظمات المجتمع "
        "المدني بشأن توثيق الجرائم الدولية، ومدونة مراد. ويُشار إلى الشهود بأسماء مستعارة؛ وتُحفظ "
        "هوياتهم بمعزل عن السجلات، ولا يُذكر الاسم أو الأحرف الأولى إلا حيث وافق الشاهد على "
        "إطلاع هذه الجهة المتلقية عليه. وتبيِّن كل واقعة مصدر علم الشاهد بها "
        "(رؤية مباشرة، أو سماع مباشر، أو نقلًا عن شخص آخر، أو مستند)."),
    "text.meth_responsibility": (
        "The submitting organisation is responsible for how the interviews and collection "
        "were conducted; this statement describes how the records were kept.",
        "Ответственность за проведение интервью и сбор материалов несёт представляющая "
        "организация; здесь описано, как велись записи.",
        "L'organisation soumettante répond de la conduite des entretiens et de la collecte ; "
        "cette déclaration décrit la tenue des fiches.",
        "تتحمل المنظمة المقدِّمة المسؤولية عن طريقة إجراء المقابلات وجمع المواد؛ ويصف هذا البيان "
        "كيفية حفظ السجلات."),
    "text.exhibits_intro": (
        "Each exhibit is identified by its SHA-256, computed when the file was imported and "
        "unchanged since. Capture times and places are as found in the file's own metadata or "
        "as stated by the person who provided it, and have not been independently verified "
        "unless stated. Thumbnails are reduced previews made for this report; the evidence is "
        "the original file in the dossier.",
        "Каждый материал определяется своим SHA-256, вычисленным при загрузке файла и с тех "
        "пор неизменным. Время и место съёмки взяты из метаданных файла или со слов "
        "передавшего его лица и, если не указано иное, независимо не проверялись. Миниатюры — "
        "уменьшенные превью для этого отчёта; доказательством является исходный файл в досье.",
        "Chaque pièce est identifiée par son SHA-256, calculé lors de l'import du fichier et "
        "inchangé depuis. Les dates et lieux de prise de vue proviennent des métadonnées du "
        "fichier ou de la personne qui l'a remis et n'ont pas été vérifiés de manière "
        "indépendante, sauf mention contraire. Les vignettes sont des aperçus réduits créés "
        "pour ce rapport ; la preuve est le fichier original contenu dans le dossier.",
        "يُعرَّف كل دليل بقيمة SHA-256 الخاصة به، التي حُسبت عند استيراد الملف ولم تتغير منذ ذلك "
        "الحين. ووقت الالتقاط ومكانه مأخوذان من البيانات الوصفية للملف نفسه أو من أقوال الشخص "
        "الذي قدَّمه، ولم يُتحقَّق منهما تحققًا مستقلًّا ما لم يُذكر خلاف ذلك. والصور المصغَّرة "
        "معاينات مصغَّرة أُعدَّت لهذا التقرير؛ أما الدليل فهو الملف الأصلي الموجود في ملف الأدلة."),
    "text.testimonies_intro": (
        "Accounts are reproduced in their original language as recorded. The SHA-256 of each "
        "account lets the recipient confirm that it matches data/testimonies/ in the dossier.",
        "Показания приводятся на языке оригинала в записанном виде. SHA-256 каждого текста "
        "позволяет получателю убедиться, что он совпадает с файлом в data/testimonies/.",
        "Les récits sont reproduits dans leur langue d'origine, tels qu'enregistrés. Le SHA-256 "
        "de chaque récit permet de vérifier qu'il correspond au fichier de data/testimonies/.",
        "تَرِد الإفادات بلغتها الأصلية كما سُجِّلت. وتتيح قيمة SHA-256 لكل إفادة للجهة المتلقية "
        "أن تتأكد من مطابقتها للملف الموجود في data/testimonies/ ضمن ملف الأدلة."),
    "text.sources_intro": (
        "Sources are graded on two separate scales: the reliability of the source (A–F) and "
        "the credibility of the information (1–6).",
        "Источники оцениваются по двум независимым шкалам: надёжность источника (A–F) и "
        "достоверность информации (1–6).",
        "Les sources sont évaluées sur deux échelles distinctes : la fiabilité de la source "
        "(A–F) et la crédibilité de l'information (1–6).",
        "تُقيَّم المصادر وفق مقياسين منفصلين: موثوقية المصدر (A–F) ومصداقية المعلومات (1–6)."),
    "text.custody_intro": (
        "Every action on the included items is recorded in an append-only log. Each event "
        "holds the hash of the previous event and is signed with the organisation's key, so "
        "removing, reordering or editing an event breaks the chain. The complete signed events "
        "are in data/custody.jsonl; this table lists them in order.",
        "Каждое действие с включёнными объектами записывается в журнал, допускающий только "
        "добавление. Каждое событие содержит хеш предыдущего и подписано ключом организации, "
        "поэтому удаление, перестановка или правка события разрывает цепочку. Полные "
        "подписанные события находятся в data/custody.jsonl; в таблице они перечислены по "
        "порядку.",
        "Chaque action sur les éléments inclus est consignée dans un journal en ajout seul. "
        "Chaque événement contient l'empreinte du précédent et est signé avec la clé de "
        "l'organisation : supprimer, réordonner ou modifier un événement rompt la chaîne. Les "
        "événements signés complets sont dans data/custody.jsonl ; ce tableau les liste dans "
        "l'ordre.",
        "يُسجَّل كل إجراء يُتَّخذ بشأن العناصر المدرجة في سجل لا يقبل إلا الإضافة. ويتضمن كل حدث "
        "قيمة تجزئة الحدث السابق له، ويُوقَّع بمفتاح المنظمة، ولذلك فإن حذف أي حدث أو تغيير "
        "ترتيبه أو تعديله يقطع السلسلة. وتوجد الأحداث الموقَّعة كاملةً في data/custody.jsonl؛ "
        "ويسردها هذا الجدول بترتيبها."),
    "text.custody_sealed": (
        "This is a redacted dossier: {count} event(s) whose details hold free text (such as "
        "who decided a consent override and why) are not listed here; they travel as sealed "
        "stubs, signed but without their details, in data/custody-sealed.jsonl.",
        "Это обезличенное досье: события ({count}), сведения о которых содержат свободный "
        "текст (например, кто принял решение вопреки отсутствию согласия и почему), здесь не "
        "перечислены; они включены в data/custody-sealed.jsonl как запечатанные записи — "
        "с подписью, но без подробностей.",
        "Ce dossier est caviardé : {count} événement(s) dont les détails contiennent du texte "
        "libre (par exemple qui a décidé de passer outre l'absence de consentement, et "
        "pourquoi) ne sont pas listés ici ; ils figurent sous forme scellée, signés mais sans "
        "leurs détails, dans data/custody-sealed.jsonl.",
        "هذا ملف أدلة منقَّح: لا تُدرَج هنا الأحداث ({count}) التي تتضمن تفاصيلها نصًا حرًا "
        "(مثل من قرَّر تجاوز غياب الموافقة ولماذا)؛ وهي مرفقة في data/custody-sealed.jsonl "
        "بصيغة مختومة، موقَّعة ولكن من دون تفاصيلها."),
    "text.verify_steps": (
        "1. Note the SHA-256 of the dossier file as received, and if possible confirm it with "
        "the sender.\n2. Open the envelope with 7-Zip and the password sent separately.\n"
        "3. Check the signature of tagmanifest-sha256.txt with minisign and the sender's "
        "public key (fingerprint {fingerprint}), obtained by another channel.\n4. Check every "
        "file with \"sha256sum -c tagmanifest-sha256.txt\" and \"sha256sum -c "
        "manifest-sha256.txt\", or \"bagit.py --validate\".\n5. Compare the SHA-256 values in "
        "this report with manifest-sha256.txt; they must be identical.",
        "1. Запишите SHA-256 полученного файла досье и по возможности сверьте его с "
        "отправителем.\n2. Откройте архив в 7-Zip паролем, переданным отдельно.\n3. Проверьте "
        "подпись tagmanifest-sha256.txt программой minisign с открытым ключом отправителя "
        "(отпечаток {fingerprint}), полученным по другому каналу.\n4. Проверьте все файлы "
        "командами \"sha256sum -c tagmanifest-sha256.txt\" и \"sha256sum -c "
        "manifest-sha256.txt\" или \"bagit.py --validate\".\n5. Сравните значения SHA-256 в "
        "этом отчёте с manifest-sha256.txt: они должны совпадать.",
        "1. Notez le SHA-256 du fichier reçu et, si possible, confirmez-le avec l'expéditeur.\n"
        "2. Ouvrez l'enveloppe avec 7-Zip et le mot de passe transmis séparément.\n3. Vérifiez "
        "la signature de tagmanifest-sha256.txt avec minisign et la clé publique de "
        "l'expéditeur (empreinte {fingerprint}), obtenue par un autre canal.\n4. Vérifiez "
        "chaque fichier avec « sha256sum -c tagmanifest-sha256.txt » et « sha256sum -c "
        "manifest-sha256.txt », ou « bagit.py --validate ».\n5. Comparez les SHA-256 de ce "
        "rapport avec manifest-sha256.txt : ils doivent être identiques.",
        "1. دوِّن قيمة SHA-256 لملف الأدلة كما تسلَّمته، وتأكَّد منها مع المرسِل إن أمكن.\n"
        "2. افتح الغلاف باستخدام 7-Zip وكلمة المرور المرسَلة على حدة.\n"
        "3. تحقَّق من توقيع tagmanifest-sha256.txt باستخدام minisign والمفتاح العام للمرسِل "
        "(البصمة {fingerprint}) الذي حصلت عليه عبر قناة أخرى.\n"
        "4. تحقَّق من كل ملف بالأمرين «sha256sum -c tagmanifest-sha256.txt» و«sha256sum -c "
        "manifest-sha256.txt»، أو بالأمر «bagit.py --validate».\n"
        "5. قارن قيم SHA-256 الواردة في هذا التقرير بما في manifest-sha256.txt؛ ويجب أن تكون "
        "متطابقة."),
    "text.verify_limits": (
        "A valid signature shows which key signed the dossier and that nothing changed since; "
        "it does not show when the material was created, nor that its content is true. This "
        "report is covered by the same signed manifest as every other file.",
        "Действительная подпись показывает, каким ключом подписано досье и что с тех пор "
        "ничего не изменилось; она не доказывает, когда созданы материалы, и не подтверждает "
        "их содержание. Этот отчёт защищён тем же подписанным манифестом, что и остальные "
        "файлы.",
        "Une signature valide montre quelle clé a signé le dossier et que rien n'a changé "
        "depuis ; elle ne prouve ni la date de création des éléments ni la véracité de leur "
        "contenu. Ce rapport est couvert par le même manifeste signé que les autres fichiers.",
        "يُثبت التوقيع الصحيح أيَّ مفتاح وقَّع ملف الأدلة وأن شيئًا لم يتغير منذ ذلك الحين؛ لكنه "
        "لا يُثبت متى أُنشئت المواد، ولا أن مضمونها صحيح. ويشمل البيانُ الموقَّع نفسه هذا "
        "التقريرَ كما يشمل سائر الملفات."),
    "text.copy_paste_intro": (
        "The answers below follow the order of the online submission form of the UN Special "
        "Procedures. Review each answer, then copy it into the matching field.",
        "Ответы ниже приведены в порядке полей онлайн-формы специальных процедур ООН. "
        "Проверьте каждый ответ и скопируйте его в соответствующее поле.",
        "Les réponses ci-dessous suivent l'ordre du formulaire en ligne des procédures "
        "spéciales de l'ONU. Relisez chaque réponse, puis copiez-la dans le champ "
        "correspondant.",
        "تتبع الإجابات أدناه ترتيب استمارة التقديم الإلكترونية للإجراءات الخاصة للأمم المتحدة. "
        "راجِع كل إجابة، ثم انسخها في الحقل المقابل لها."),
    "juris.no_basis": (
        "{country} is not a State Party to the Rome Statute, and no Article 12(3) "
        "declaration, Security Council referral or link to a State Party (part of the conduct "
        "on its territory, or perpetrators of its nationality) was given: no basis for ICC "
        "jurisdiction is apparent.",
        "{country} не является государством — участником Римского статута, а заявление по "
        "статье 12(3), передача ситуации Советом Безопасности или связь с государством-"
        "участником (часть деяния на его территории или граждане этого государства среди "
        "исполнителей) не указаны: оснований для юрисдикции МУС не усматривается.",
        "{country} n'est pas un État partie au Statut de Rome, et aucune déclaration au titre "
        "de l'article 12(3), aucun renvoi par le Conseil de sécurité ni aucun lien avec un État "
        "partie (une partie des faits sur son territoire, ou des auteurs de sa nationalité) "
        "n'a été indiqué : aucun fondement de la compétence de la CPI n'apparaît.",
        "{country} ليست دولة طرفًا في نظام روما الأساسي، ولم يُذكر إعلان بموجب المادة 12 (3) ولا "
        "إحالة من مجلس الأمن ولا صلة بدولة طرف (وقوع جزء من السلوك في إقليمها، أو حمل الجناة "
        "جنسيتها): لا يبدو أن ثمة أساسًا لاختصاص المحكمة الجنائية الدولية."),
    "juris.basis_given": (
        "{country}: a possible basis for ICC jurisdiction was stated ({basis}). The Office of "
        "the Prosecutor will assess it.",
        "{country}: указано возможное основание юрисдикции МУС ({basis}). Его оценит "
        "Канцелярия Прокурора.",
        "{country} : un fondement possible de la compétence de la CPI a été indiqué "
        "({basis}). Le Bureau du Procureur l'appréciera.",
        "{country}: ذُكر أساس محتمل لاختصاص المحكمة الجنائية الدولية ({basis}). وسيتولى مكتب "
        "المدعي العام تقييمه."),
    "juris.withdrawn": (
        "{country} withdrew from the Rome Statute with effect from {date}. The Court may "
        "keep jurisdiction over crimes committed while it was a State Party: check the "
        "incident dates.",
        "{country} вышла из Римского статута с {date}. Суд может сохранять юрисдикцию в "
        "отношении преступлений, совершённых в период участия: проверьте даты эпизодов.",
        "{country} s'est retiré(e) du Statut de Rome à compter du {date}. La Cour peut rester "
        "compétente pour les crimes commis lorsqu'il était État partie : vérifiez les dates.",
        "انسحبت {country} من نظام روما الأساسي اعتبارًا من {date}. وقد يظل للمحكمة اختصاص بشأن "
        "الجرائم المرتكبة حين كانت دولة طرفًا: تحقَّق من تواريخ الوقائع."),
    "juris.unlisted": (
        "{country} is not on Evidence Kit's short list of non-States Parties. Confirm on the "
        "ICC's list of States Parties that it is one (or that another basis applies) before "
        "filing.",
        "{country} нет в кратком списке Evidence Kit государств, не участвующих в Статуте. "
        "Перед подачей убедитесь по списку государств-участников МУС, что это государство — "
        "участник (или что применимо другое основание).",
        "{country} ne figure pas sur la courte liste d'États non parties d'Evidence Kit. "
        "Vérifiez sur la liste des États parties de la CPI qu'il en est un (ou qu'un autre "
        "fondement s'applique) avant de soumettre.",
        "{country} ليست مدرجة في قائمة Evidence Kit المختصرة للدول غير الأطراف. وقبل التقديم، "
        "تأكَّد من قائمة الدول الأطراف لدى المحكمة الجنائية الدولية أنها دولة طرف (أو أن أساسًا "
        "آخر ينطبق)."),
    "juris.no_country": (
        "The case has no country, so the pre-check could not be made.",
        "В деле не указана страна, поэтому проверку провести нельзя.",
        "L'affaire n'indique aucun pays : la vérification n'a pas pu être faite.",
        "لم يُحدَّد بلد للقضية، ولذلك تعذَّر إجراء الفحص الأوّلي."),
    "juris.suggest_sp": (
        "UN Special Procedures: the Special Rapporteur on torture, the Independent Expert on "
        "sexual orientation and gender identity (IE SOGI), the Working Group on Enforced or "
        "Involuntary Disappearances (WGEID).",
        "Специальные процедуры ООН: Специальный докладчик по вопросу о пытках, Независимый "
        "эксперт по вопросам сексуальной ориентации и гендерной идентичности, Рабочая группа "
        "по насильственным или недобровольным исчезновениям.",
        "Procédures spéciales de l'ONU : le Rapporteur spécial sur la torture, l'Expert "
        "indépendant sur l'orientation sexuelle et l'identité de genre, le Groupe de travail "
        "sur les disparitions forcées ou involontaires.",
        "الإجراءات الخاصة للأمم المتحدة: المقرر الخاص المعني بالتعذيب، والخبير المستقل المعني "
        "بالحماية من العنف والتمييز القائمين على أساس الميل الجنسي والهوية الجنسانية، والفريق "
        "العامل المعني بحالات الاختفاء القسري أو غير الطوعي."),
    "juris.suggest_osce": (
        "The OSCE Moscow Mechanism, which OSCE participating States can invoke (it was used "
        "on Chechnya in 2018).",
        "Московский механизм ОБСЕ, который могут задействовать государства — участники ОБСЕ "
        "(применялся по Чечне в 2018 году).",
        "Le Mécanisme de Moscou de l'OSCE, que les États participants peuvent invoquer (il a "
        "été utilisé pour la Tchétchénie en 2018).",
        "آلية موسكو التابعة لمنظمة الأمن والتعاون في أوروبا، التي يجوز للدول المشاركة في المنظمة "
        "تفعيلها (فُعِّلت بشأن الشيشان في عام 2018)."),
    "juris.suggest_uj": (
        "Prosecutors in States that exercise universal jurisdiction over torture and other "
        "international crimes.",
        "Прокуроры государств, применяющих универсальную юрисдикцию в отношении пыток и "
        "других международных преступлений.",
        "Les procureurs des États qui exercent la compétence universelle pour la torture et "
        "les autres crimes internationaux.",
        "المدعون العامون في الدول التي تمارس الولاية القضائية العالمية على التعذيب وغيره من "
        "الجرائم الدولية."),
    "juris.disclaimer": (
        "Information, not legal advice.", "Справочная информация, а не юридическая "
        "консультация.", "Information, et non avis juridique.",
        "معلومات للاسترشاد، وليست مشورة قانونية."),
}
