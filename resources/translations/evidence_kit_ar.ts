<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AnswersPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="209" />
            <source>Required fields of the recipient's form</source>
            <translation>الحقول الإلزامية في استمارة الجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="212" />
            <source>Required fields still empty</source>
            <translation>حقول إلزامية ما زالت فارغة</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="220" />
            <source>Check again</source>
            <translation>إعادة التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="221" />
            <source>Check the answers again</source>
            <translation>إعادة التحقق من الإجابات</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="223" />
            <source>Export anyway: the report will say “not provided”</source>
            <translation>التصدير رغم ذلك: سيذكر التقرير «لم يُقدَّم»</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="225" />
            <source>Export anyway: the report will say not provided</source>
            <translation>التصدير رغم ذلك: سيذكر التقرير لم يُقدَّم</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review_panels.py" line="249" />
            <source>%Ln required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation>
                <numerusform>لا توجد في استمارة هذه الجهة حقول إلزامية بلا قيمة. اكتب الإجابات أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</numerusform>
                <numerusform>في استمارة هذه الجهة حقل إلزامي واحد لا قيمة له بعد. اكتب الإجابة أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</numerusform>
                <numerusform>في استمارة هذه الجهة حقلان إلزاميان لا قيمة لهما بعد. اكتب الإجابات أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</numerusform>
                <numerusform>في استمارة هذه الجهة %Ln حقول إلزامية لا قيمة لها بعد. اكتب الإجابات أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</numerusform>
                <numerusform>في استمارة هذه الجهة %Ln حقلًا إلزاميًا لا قيمة لها بعد. اكتب الإجابات أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</numerusform>
                <numerusform>في استمارة هذه الجهة %Ln حقل إلزامي لا قيمة لها بعد. اكتب الإجابات أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="254" />
            <source>Every required field of the form has a value.</source>
            <translation>كل الحقول الإلزامية في الاستمارة لها قيمة.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="263" />
            <source>Answer: {label}</source>
            <translation>الإجابة: ⁨{label}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="266" />
            <source>Your answer for the report</source>
            <translation>إجابتك للتقرير</translation>
        </message>
        <message>
            <source>{n} required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation type="vanished">عدد الحقول الإلزامية في استمارة هذه الجهة التي لا قيمة لها بعد: ⁨{n}⁩. اكتب الإجابات أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ui/context.py" line="46" />
            <source>The vault is locked. Unlock it with your passphrase.</source>
            <translation>الخزنة مقفلة. افتحها بعبارة المرور.</translation>
        </message>
    </context>
    <context>
        <name>Bodies</name>
        <message>
            <location filename="../../ui/i18n.py" line="195" />
            <source>International Criminal Court, Office of the Prosecutor</source>
            <translation>المحكمة الجنائية الدولية، مكتب المدعي العام</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="196" />
            <source>UN Special Procedures</source>
            <translation>الإجراءات الخاصة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="197" />
            <source>UN investigative mechanism</source>
            <translation>آلية التحقيق التابعة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="198" />
            <source>National authorities or court</source>
            <translation>السلطات أو المحاكم الوطنية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="199" />
            <source>Other body</source>
            <translation>جهة أخرى</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="172" />
            <location filename="../../ui/vault_dialogs.py" line="195" />
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="174" />
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="175" />
            <source>New passphrase</source>
            <translation>عبارة مرور جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="176" />
            <source>Repeat the new passphrase</source>
            <translation>أعد كتابة عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="181" />
            <source>Passphrase strength</source>
            <translation>قوة عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="186" />
            <source>Current passphrase:</source>
            <translation>عبارة المرور الحالية:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="187" />
            <source>New passphrase:</source>
            <translation>عبارة المرور الجديدة:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="188" />
            <source>Repeat:</source>
            <translation>التكرار:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="189" />
            <source>Strength:</source>
            <translation>القوة:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="190" />
            <source>Only the key that unlocks the vault is re-encrypted: your evidence is not rewritten. The old passphrase stops working.</source>
            <translation>لا يُعاد تشفير إلا المفتاح الذي يفتح الخزنة: لا تُعاد كتابة أدلتك. وتتوقف عبارة المرور القديمة عن العمل.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="196" />
            <source>Change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="198" />
            <location filename="../../ui/vault_dialogs.py" line="198" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="232" />
            <source>The two new passphrases differ.</source>
            <translation>عبارتا المرور الجديدتان غير متطابقتين.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="237" />
            <source>Changing the passphrase… (this takes a few seconds on purpose)</source>
            <translation>جارٍ تغيير عبارة المرور… (يستغرق ذلك بضع ثوانٍ عن قصد)</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="248" />
            <source>Passphrase changed. The old passphrase no longer opens this vault.</source>
            <translation>تغيّرت عبارة المرور. لم تعد عبارة المرور القديمة تفتح هذه الخزنة.</translation>
        </message>
    </context>
    <context>
        <name>CheckVaultDialog</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="62" />
            <source>Check vault integrity</source>
            <translation>التحقق من سلامة الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="64" />
            <source>Checking every encrypted file, record and custody event…</source>
            <translation>جارٍ التحقق من كل ملف مشفّر وكل سجلّ وكل حدث في سجل العهدة…</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="68" />
            <source>Check progress</source>
            <translation>تقدّم التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="70" />
            <source>Check findings</source>
            <translation>نتائج التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="74" />
            <source>Remove leftover files</source>
            <translation>إزالة الملفات المتبقية</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="75" />
            <source>Remove encrypted files left by interrupted imports</source>
            <translation>إزالة الملفات المشفّرة التي خلّفتها عمليات استيراد متقطّعة</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="76" />
            <source>They have no record and no key: nobody can read them</source>
            <translation>لا سجلّ لها ولا مفتاح: لا يستطيع أحد قراءتها</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="79" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="79" />
            <source>Cancel the check</source>
            <translation>إلغاء التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="106" />
            <source>Decrypting encrypted file {done} of {total}…</source>
            <translation>جارٍ فك تشفير الملف ⁨{done}⁩ من ⁨{total}⁩…</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="112" />
            <location filename="../../ui/vault_dialogs.py" line="113" />
            <location filename="../../ui/vault_dialogs.py" line="133" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="114" />
            <source>Vault intact.</source>
            <translation>الخزنة سليمة.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="114" />
            <source>Problems found.</source>
            <translation>عُثر على مشكلات.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="115" />
            <source>{passed} of {checked} encrypted files decrypted and matched their SHA-256; {events} custody events verified.</source>
            <translation>الملفات المشفّرة التي فُكّ تشفيرها وطابقت بصمة SHA-256 الخاصة بها: ⁨{passed}⁩ من ⁨{checked}⁩؛ أحداث العهدة التي تم التحقق منها: ⁨{events}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="121" />
            <source>Problem: {text}</source>
            <translation>مشكلة: ⁨{text}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="122" />
            <source>Note: {text}</source>
            <translation>ملاحظة: ⁨{text}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="124" />
            <source>No problems and nothing to note.</source>
            <translation>لا مشكلات ولا ملاحظات.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="146" />
            <source>Removed {n} leftover encrypted files.</source>
            <translation>الملفات المشفّرة المتبقية التي أُزيلت: ⁨{n}⁩.</translation>
        </message>
    </context>
    <context>
        <name>CustodyTab</name>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Event</source>
            <translation>الحدث</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>Event hash</source>
            <translation>بصمة الحدث</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="54" />
            <source>Custody log</source>
            <translation>سجل العهدة</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="62" />
            <source>Verify chain</source>
            <translation>التحقق من السلسلة</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="63" />
            <source>Verify the custody chain</source>
            <translation>التحقق من سلسلة العهدة</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="64" />
            <source>Re-check every event's hash link and signature</source>
            <translation>إعادة التحقق من رابط البصمة والتوقيع لكل حدث</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/custody_tab.py" line="99" />
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>لا أحداث</numerusform>
                <numerusform>حدث واحد</numerusform>
                <numerusform>حدثان</numerusform>
                <numerusform>%Ln أحداث</numerusform>
                <numerusform>%Ln حدثًا</numerusform>
                <numerusform>%Ln حدث</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="105" />
            <source>Checking every event…</source>
            <translation>جارٍ التحقق من كل حدث…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/custody_tab.py" line="115" />
            <source>✔ Chain intact: %Ln event(s), every link and signature verified.</source>
            <translation>
                <numerusform>✔ السلسلة سليمة: %Ln حدث، تم التحقق من كل رابط وتوقيع.</numerusform>
                <numerusform>✔ السلسلة سليمة: حدث واحد، تم التحقق من كل رابط وتوقيع.</numerusform>
                <numerusform>✔ السلسلة سليمة: حدثان، تم التحقق من كل رابط وتوقيع.</numerusform>
                <numerusform>✔ السلسلة سليمة: %Ln أحداث، تم التحقق من كل رابط وتوقيع.</numerusform>
                <numerusform>✔ السلسلة سليمة: %Ln حدثًا، تم التحقق من كل رابط وتوقيع.</numerusform>
                <numerusform>✔ السلسلة سليمة: %Ln حدث، تم التحقق من كل رابط وتوقيع.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="119" />
            <source>✘ Chain broken: {problem}</source>
            <translation>✘ السلسلة مكسورة: ⁨{problem}⁩</translation>
        </message>
        <message>
            <source>{n} events</source>
            <translation type="vanished">عدد الأحداث: ⁨{n}⁩</translation>
        </message>
        <message>
            <source>✔ Chain intact: {n} events, every link and signature verified.</source>
            <translation type="vanished">✔ السلسلة سليمة: ⁨{n}⁩ حدثًا، تم التحقق من كل رابط وتوقيع.</translation>
        </message>
    </context>
    <context>
        <name>EditCaseDialog</name>
        <message>
            <location filename="../../ui/case_edit.py" line="32" />
            <source>Edit case</source>
            <translation>تعديل القضية</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="34" />
            <source>Case title</source>
            <translation>عنوان القضية</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="36" />
            <source>Case summary</source>
            <translation>ملخّص القضية</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="38" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="39" />
            <source>Body the case is prepared for</source>
            <translation>الجهة التي تُعدّ لها القضية</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="43" />
            <source>Case status</source>
            <translation>حالة القضية</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="48" />
            <source>Title *:</source>
            <translation>العنوان *:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="49" />
            <source>Summary:</source>
            <translation>الملخّص:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="50" />
            <source>Country:</source>
            <translation>البلد:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="51" />
            <source>Prepared for:</source>
            <translation>مُعدّة لـ:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="52" />
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="58" />
            <source>Save the case</source>
            <translation>حفظ القضية</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="59" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="70" />
            <source>A case needs a title.</source>
            <translation>يجب أن يكون للقضية عنوان.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="247" />
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="248" />
            <source>Submitted</source>
            <translation>مُقدَّمة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="249" />
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="250" />
            <source>Archived</source>
            <translation>مؤرشفة</translation>
        </message>
    </context>
    <context>
        <name>EvidenceKit</name>
        <message>
            <location filename="../../ui/widgets.py" line="28" />
            <source>{label}:</source>
            <translation>⁨{label}⁩:</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="105" />
            <source>Left out of this dossier</source>
            <translation>مستبعد من ملف الأدلة هذا</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="106" />
            <source>Items left out and overrides</source>
            <translation>العناصر المستبعدة والاستثناءات</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="107" />
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="107" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="113" />
            <source>Include anyway…</source>
            <translation>تضمين رغم ذلك…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="114" />
            <source>Include the selected item anyway</source>
            <translation>تضمين العنصر المحدّد رغم ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="115" />
            <source>Keep it out</source>
            <translation>إبقاؤه مستبعدًا</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="116" />
            <source>Withdraw the override of the selected item</source>
            <translation>سحب الاستثناء عن العنصر المحدّد</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="145" />
            <source>Included by decision of {who}: {why}</source>
            <translation>ضُمّن بقرار من ⁨{who}⁩: ⁨{why}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="177" />
            <source>{code} cannot be included: the witness withdrew consent, and only the witness can give it again.</source>
            <translation>لا يمكن تضمين ⁨{code}⁩: سحب الشاهد موافقته، ولا يستطيع أحد غيره أن يمنحها من جديد.</translation>
        </message>
    </context>
    <context>
        <name>ExhibitDetails</name>
        <message>
            <location filename="../../ui/exhibit_details.py" line="125" />
            <source>Redact…</source>
            <translation>حجب…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="126" />
            <source>Make a redacted copy of this photo</source>
            <translation>إنشاء نسخة محجوبة من هذه الصورة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="129" />
            <source>Edit details…</source>
            <translation>تعديل التفاصيل…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="130" />
            <source>Edit the description, location and tags</source>
            <translation>تعديل الوصف والمكان والوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="143" />
            <source>File name</source>
            <translation>اسم الملف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="143" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="144" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="144" />
            <source>Captured</source>
            <translation>تاريخ الالتقاط</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="145" />
            <source>GPS</source>
            <translation>الإحداثيات</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="145" />
            <source>Camera</source>
            <translation>الكاميرا</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="146" />
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="146" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="147" />
            <source>Acquired</source>
            <translation>تاريخ الحصول</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="147" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="148" />
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="148" />
            <source>SHA-256</source>
            <translation>بصمة SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="151" />
            <source>SHA-256 of the file</source>
            <translation>بصمة SHA-256 للملف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="160" />
            <source>What this file reveals</source>
            <translation>ما يكشفه هذا الملف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="185" />
            <source>No exhibit selected</source>
            <translation>لم يُحدَّد أي دليل</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="205" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="230" />
            <source>Checking what the file reveals…</source>
            <translation>جارٍ فحص ما يكشفه الملف…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="246" />
            <source>Derived from {parent}</source>
            <translation>مشتق من ⁨{parent}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>Info</source>
            <translation>معلومة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="256" />
            <source>&lt;p&gt;Nothing identifying was found in the file's metadata.&lt;/p&gt;</source>
            <translation>&lt;p&gt;لم يُعثر على أي شيء يكشف الهوية في البيانات الوصفية للملف.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="257" />
            <source>A redacted copy keeps: {keeps}</source>
            <translation>تحتفظ النسخة المحجوبة بما يلي: ⁨{keeps}⁩</translation>
        </message>
    </context>
    <context>
        <name>ExhibitEditDialog</name>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="57" />
            <source>Edit {code}</source>
            <translation>تعديل {code}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="60" />
            <source>Exhibit description</source>
            <translation>وصف الدليل</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="63" />
            <source>Where it was captured</source>
            <translation>مكان الالتقاط</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="64" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="65" />
            <source>Separate tags with commas</source>
            <translation>افصل بين الوسوم بفواصل لاتينية (,)</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="67" />
            <source>Description:</source>
            <translation>الوصف:</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="68" />
            <source>Location:</source>
            <translation>المكان:</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="69" />
            <source>Tags:</source>
            <translation>الوسوم:</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="70" />
            <source>The file itself and its hashes never change; the custody log records which fields were edited.</source>
            <translation>لا يتغيّر الملف نفسه ولا بصماته أبدًا؛ ويسجّل سجل العهدة الحقول التي عُدِّلت.</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="75" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="75" />
            <source>Save the details</source>
            <translation>حفظ التفاصيل</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="77" />
            <location filename="../../ui/exhibit_edit.py" line="77" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsModel</name>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>File name</source>
            <translation>اسم الملف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Captured</source>
            <translation>تاريخ الالتقاط</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Type</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>SHA-256</source>
            <translation>بصمة SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Photo</source>
            <translation>صورة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Video</source>
            <translation>فيديو</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Audio</source>
            <translation>صوت</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Document</source>
            <translation>مستند</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Web capture</source>
            <translation>لقطة ويب</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsTab</name>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="110" />
            <source>Search exhibits</source>
            <translation>البحث في الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="111" />
            <source>Search descriptions, places, tags, file names, hashes and codes</source>
            <translation>البحث في الأوصاف والأماكن والوسوم وأسماء الملفات والبصمات والرموز</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="113" />
            <source>Search description, place, tag, file name, hash or code…</source>
            <translation>وصف أو مكان أو وسم أو اسم ملف أو بصمة أو رمز…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="117" />
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="123" />
            <source>Filter by kind</source>
            <translation>التصفية حسب النوع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>All kinds</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Photos</source>
            <translation>صور</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Videos</source>
            <translation>فيديوهات</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Audio</source>
            <translation>صوت</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Documents</source>
            <translation>مستندات</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="127" />
            <source>Web captures</source>
            <translation>لقطات ويب</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="127" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="131" />
            <source>Show as table</source>
            <translation>العرض كجدول</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="132" />
            <source>Show as thumbnail grid</source>
            <translation>العرض كصور مصغّرة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="133" />
            <source>Table</source>
            <translation>جدول</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="134" />
            <source>Grid</source>
            <translation>شبكة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="152" />
            <source>Exhibits table</source>
            <translation>جدول الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="170" />
            <source>Exhibits thumbnail grid</source>
            <translation>شبكة الصور المصغّرة للأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="215" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exhibits_tab.py" line="277" />
            <source>%Ln matching</source>
            <translation>
                <numerusform>لا أدلة مطابقة</numerusform>
                <numerusform>دليل واحد مطابق</numerusform>
                <numerusform>دليلان مطابقان</numerusform>
                <numerusform>%Ln أدلة مطابقة</numerusform>
                <numerusform>%Ln دليلًا مطابقًا</numerusform>
                <numerusform>%Ln دليل مطابق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exhibits_tab.py" line="279" />
            <source>%Ln exhibits</source>
            <translation>
                <numerusform>لا أدلة</numerusform>
                <numerusform>دليل واحد</numerusform>
                <numerusform>دليلان</numerusform>
                <numerusform>%Ln أدلة</numerusform>
                <numerusform>%Ln دليلًا</numerusform>
                <numerusform>%Ln دليل</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="313" />
            <source>Redact…</source>
            <translation>حجب…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="338" />
            <source>{code} saved: a redacted copy; the original is unchanged.</source>
            <translation>حُفظ ⁨{code}⁩: نسخة محجوبة، والأصل لم يتغيّر.</translation>
        </message>
        <message>
            <source>{n} matching</source>
            <translation type="vanished">النتائج: ⁨{n}⁩</translation>
        </message>
        <message>
            <source>{n} exhibits</source>
            <translation type="vanished">عدد الأدلة: ⁨{n}⁩</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="50" />
            <source>Save the dossier</source>
            <translation>حفظ ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="51" />
            <source>Choose where to save it, then press Export.</source>
            <translation>اختر مكان الحفظ، ثم اضغط «تصدير».</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="52" />
            <source>Dossier file</source>
            <translation>ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose where to save</source>
            <translation>اختيار مكان الحفظ</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="59" />
            <source>Export progress</source>
            <translation>تقدّم التصدير</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="64" />
            <location filename="../../ui/export_wizard.py" line="65" />
            <source>Cancel export</source>
            <translation>إلغاء التصدير</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="75" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>age dossier (*.age)</source>
            <translation>ملف أدلة age (*.age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>Dossier (*.zip)</source>
            <translation>ملف أدلة (*.zip)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="94" />
            <source>Save the dossier as</source>
            <translation>حفظ ملف الأدلة باسم</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="117" />
            <source>An age dossier's file name must end with .age (e.g. {name}.dossier.age).</source>
            <translation>يجب أن ينتهي اسم ملف أدلة age بـ ‎.age (مثل ⁨{name}⁩.dossier.age).</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="124" />
            <source>Encrypting and signing…</source>
            <translation>جارٍ التشفير والتوقيع…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="140" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="144" />
            <source>Encrypting and signing… {done} of {total}</source>
            <translation>جارٍ التشفير والتوقيع… ⁨{done}⁩ من ⁨{total}⁩</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="218" />
            <source>Export a dossier</source>
            <translation>تصدير ملف أدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="232" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="233" />
            <source>Back</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="234" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="235" />
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="236" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="169" />
            <source>Dossier exported</source>
            <translation>صُدِّر ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="170" />
            <source>Give the recipient these two values by another channel; they check them when they verify the dossier.</source>
            <translation>أعطِ الجهة المستلمة هاتين القيمتين عبر قناة أخرى؛ لتطابقهما عند التحقق من ملف الأدلة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="172" />
            <source>Dossier SHA-256</source>
            <translation>SHA-256 لملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="173" />
            <source>Signer fingerprint</source>
            <translation>بصمة الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy SHA-256</source>
            <translation>نسخ SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy the SHA-256</source>
            <translation>نسخ قيمة SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="187" />
            <source>SHA-256:</source>
            <translation>بصمة SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="188" />
            <source>Signed by key:</source>
            <translation>موقّع بالمفتاح:</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="195" />
            <source>&lt;b&gt;{id}&lt;/b&gt; — {items}, {size}&lt;br&gt;{path}</source>
            <translation>&lt;b&gt;⁨{id}⁩&lt;/b&gt; — ⁨{items}⁩، ⁨{size}⁩&lt;br&gt;⁨{path}⁩</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_wizard.py" line="197" />
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln عنصر</numerusform>
                <numerusform>عنصر واحد</numerusform>
                <numerusform>عنصران</numerusform>
                <numerusform>%Ln عناصر</numerusform>
                <numerusform>%Ln عنصرًا</numerusform>
                <numerusform>%Ln عنصر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="201" />
            <source>&lt;b&gt;No password is needed.&lt;/b&gt; Only these recipients can open it with their age key: {names} (and this vault). Send the signature file {sig} with it: it shows who sent the dossier before anything is decrypted.</source>
            <translation>&lt;b&gt;لا حاجة إلى كلمة مرور.&lt;/b&gt; لا يمكن فتحه إلا لهذه الجهات بمفتاح age الخاص بها: ⁨{names}⁩ (ولهذه الخزنة). أرسل معه ملف التوقيع ⁨{sig}⁩: فهو يُظهر مَن أرسل ملف الأدلة قبل فك تشفير أي شيء.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{id}&lt;/b&gt; — {n} item(s), {size}&lt;br&gt;{path}</source>
            <translation type="vanished">&lt;b&gt;⁨{id}⁩&lt;/b&gt; — العناصر: ⁨{n}⁩، ⁨{size}⁩&lt;br&gt;⁨{path}⁩</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>B</source>
            <translation>بايت</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>KB</source>
            <translation>ك.ب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>MB</source>
            <translation>م.ب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>GB</source>
            <translation>غ.ب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>TB</source>
            <translation>ت.ب</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../ui/import_flow.py" line="226" />
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>هناك استيراد جارٍ بالفعل؛ انتظر انتهاءه أو ألغِه.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="231" />
            <source>Preparing to import…</source>
            <translation>جارٍ التحضير للاستيراد…</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="242" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <location filename="../../ui/import_flow.py" line="73" />
            <source>File {i} of {n}: {name}</source>
            <translation>الملف ⁨{i}⁩ من ⁨{n}⁩: ⁨{name}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="91" />
            <source>{name} (already in the case as {code})</source>
            <translation>⁨{name}⁩ (موجود في القضية باسم ⁨{code}⁩)</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../../ui/import_flow.py" line="116" />
            <source>Import progress</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="118" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="118" />
            <source>Cancel import</source>
            <translation>إلغاء الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="120" />
            <location filename="../../ui/import_flow.py" line="203" />
            <source>Show details</source>
            <translation>عرض التفاصيل</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="121" />
            <source>Show import details</source>
            <translation>عرض تفاصيل الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="124" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="124" />
            <source>Close import summary</source>
            <translation>إغلاق ملخّص الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="126" />
            <source>Import details</source>
            <translation>تفاصيل الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="163" />
            <source>{done} of {total} · {rate}/s</source>
            <translation>⁨{done}⁩ من ⁨{total}⁩ · ⁨{rate}⁩/ث</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="171" />
            <source>Imported %Ln file(s).</source>
            <translation>
                <numerusform>لم يُستورد أي ملف.</numerusform>
                <numerusform>تم استيراد ملف واحد.</numerusform>
                <numerusform>تم استيراد ملفين.</numerusform>
                <numerusform>تم استيراد %Ln ملفات.</numerusform>
                <numerusform>تم استيراد %Ln ملفًا.</numerusform>
                <numerusform>تم استيراد %Ln ملف.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="173" />
            <source>Import cancelled.</source>
            <translation>أُلغي الاستيراد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="175" />
            <source>%Ln already in the case.</source>
            <translation>
                <numerusform>لا ملفات موجودة مسبقًا في القضية.</numerusform>
                <numerusform>ملف واحد موجود مسبقًا في القضية.</numerusform>
                <numerusform>ملفان موجودان مسبقًا في القضية.</numerusform>
                <numerusform>%Ln ملفات موجودة مسبقًا في القضية.</numerusform>
                <numerusform>%Ln ملفًا موجودًا مسبقًا في القضية.</numerusform>
                <numerusform>%Ln ملف موجود مسبقًا في القضية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="177" />
            <source>%Ln could not be read.</source>
            <translation>
                <numerusform>لم تتعذّر قراءة أي ملف.</numerusform>
                <numerusform>تعذّرت قراءة ملف واحد.</numerusform>
                <numerusform>تعذّرت قراءة ملفين.</numerusform>
                <numerusform>تعذّرت قراءة %Ln ملفات.</numerusform>
                <numerusform>تعذّرت قراءة %Ln ملفًا.</numerusform>
                <numerusform>تعذّرت قراءة %Ln ملف.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="179" />
            <source>%Ln warning(s).</source>
            <translation>
                <numerusform>لا تحذيرات.</numerusform>
                <numerusform>تحذير واحد.</numerusform>
                <numerusform>تحذيران.</numerusform>
                <numerusform>%Ln تحذيرات.</numerusform>
                <numerusform>%Ln تحذيرًا.</numerusform>
                <numerusform>%Ln تحذير.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="182" />
            <source>Not imported: {name} — {reason}</source>
            <translation>لم يُستورد: ⁨{name}⁩ — ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="185" />
            <source>Duplicate: {line}</source>
            <translation>مكرّر: ⁨{line}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="187" />
            <source>Warning: {line}</source>
            <translation>تحذير: ⁨{line}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="189" />
            <source>Added: {line}</source>
            <translation>أُضيف: ⁨{line}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="203" />
            <source>Hide details</source>
            <translation>إخفاء التفاصيل</translation>
        </message>
        <message>
            <source>Imported {n} file(s).</source>
            <translation type="vanished">عدد الملفات المستوردة: ⁨{n}⁩.</translation>
        </message>
        <message>
            <source>{n} already in the case.</source>
            <translation type="vanished">موجود مسبقًا في القضية: ⁨{n}⁩.</translation>
        </message>
        <message>
            <source>{n} could not be read.</source>
            <translation type="vanished">تعذّرت قراءته: ⁨{n}⁩.</translation>
        </message>
        <message>
            <source>{n} warning(s).</source>
            <translation type="vanished">التحذيرات: ⁨{n}⁩.</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="118" />
            <source>Choose what to include</source>
            <translation>اختر ما تريد تضمينه</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="119" />
            <source>Untick anything that must not leave this vault.</source>
            <translation>ألغِ تحديد كل ما يجب ألا يغادر هذه الخزنة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Items to export</source>
            <translation>العناصر المراد تصديرها</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Select all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Select all items</source>
            <translation>تحديد كل العناصر</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="125" />
            <source>Select none</source>
            <translation>إلغاء التحديد</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="125" />
            <source>Select no items</source>
            <translation>عدم تحديد أي عنصر</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="128" />
            <source>Loading the case's items…</source>
            <translation>جارٍ تحميل عناصر القضية…</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="161" />
            <source>Exhibits</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="161" />
            <source>Testimonies</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="162" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_pages.py" line="182" />
            <source>%Ln items in this case.</source>
            <translation>
                <numerusform>لا تحتوي هذه القضية على أي عنصر.</numerusform>
                <numerusform>تحتوي هذه القضية على عنصر واحد.</numerusform>
                <numerusform>تحتوي هذه القضية على عنصرين.</numerusform>
                <numerusform>تحتوي هذه القضية على %Ln عناصر.</numerusform>
                <numerusform>تحتوي هذه القضية على %Ln عنصرًا.</numerusform>
                <numerusform>تحتوي هذه القضية على %Ln عنصر.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} items in this case.</source>
            <translation type="vanished">عدد العناصر في هذه القضية: ⁨{n}⁩.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../ui/i18n.py" line="174" />
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="179" />
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <location filename="../../ui/language_switch.py" line="79" />
            <source>The language changes as soon as the running task ends.</source>
            <translation>ستتغير اللغة فور انتهاء المهمة الجارية.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Exhibits</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Testimonies</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="70" />
            <source>Custody log</source>
            <translation>سجل العهدة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>Import files…</source>
            <translation>استيراد ملفات…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="73" />
            <source>Import evidence files into the open case (Ctrl+I); you can also drop files on the window</source>
            <translation>استيراد ملفات الأدلة إلى القضية المفتوحة (Ctrl+I)؛ ويمكنك أيضًا إفلات الملفات على النافذة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="75" />
            <source>Import folder…</source>
            <translation>استيراد مجلد…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="77" />
            <source>Import every file of a folder (Ctrl+Shift+I)</source>
            <translation>استيراد كل ملفات مجلد (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="78" />
            <source>Export dossier…</source>
            <translation>تصدير ملف الأدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="79" />
            <source>Export the case as a signed, encrypted dossier (Ctrl+E)</source>
            <translation>تصدير القضية كملف أدلة موقّع ومشفّر (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="80" />
            <source>Open dossier…</source>
            <translation>فتح ملف أدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="82" />
            <source>Verify and read a dossier you received (Ctrl+O)</source>
            <translation>التحقق من ملف أدلة استلمته وقراءته (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="83" />
            <source>New case…</source>
            <translation>قضية جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="85" />
            <source>Edit case…</source>
            <translation>تعديل القضية…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="86" />
            <source>Change the open case's title, summary or status</source>
            <translation>تغيير عنوان القضية المفتوحة أو ملخّصها أو حالتها</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="87" />
            <source>New testimony…</source>
            <translation>شهادة جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>New source…</source>
            <translation>مصدر جديد…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="91" />
            <source>Find exhibits</source>
            <translation>البحث في الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="93" />
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="94" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>قفل الخزنة الآن (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="95" />
            <source>Auto-lock…</source>
            <translation>القفل التلقائي…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Recipients…</source>
            <translation>الجهات المستلمة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>The age public keys dossiers can be encrypted to, and your own</source>
            <translation>مفاتيح age العامة التي يمكن تشفير ملفات الأدلة لها، ومفتاحك أنت</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="99" />
            <source>Trusted signer keys…</source>
            <translation>مفاتيح التوقيع الموثوقة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="100" />
            <source>Whose signatures this vault recognises, and your own public key</source>
            <translation>التوقيعات التي تعترف بها هذه الخزنة، ومفتاحك العام</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="102" />
            <source>Check vault integrity…</source>
            <translation>التحقق من سلامة الخزنة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="103" />
            <source>Decrypt every evidence file and verify its hash, the records and the custody log</source>
            <translation>فك تشفير كل ملف دليل والتحقق من بصمته، ومن السجلات وسجل العهدة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="105" />
            <source>Change passphrase…</source>
            <translation>تغيير عبارة المرور…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="107" />
            <source>Choose a new passphrase for this vault</source>
            <translation>اختيار عبارة مرور جديدة لهذه الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="108" />
            <source>Sent dossiers…</source>
            <translation>ملفات الأدلة المُرسلة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="109" />
            <source>Dossiers sent and received, and recipients' receipts</source>
            <translation>ملفات الأدلة المُرسلة والمستلَمة، وإيصالات الجهات المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="110" />
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="112" />
            <source>Exhibits as table</source>
            <translation>الأدلة كجدول</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="113" />
            <source>Exhibits as thumbnail grid</source>
            <translation>الأدلة كصور مصغّرة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="120" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="124" />
            <source>&amp;Case</source>
            <translation>&amp;قضية</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="127" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="130" />
            <source>V&amp;ault</source>
            <translation>&amp;خزنة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="137" />
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="49" />
            <location filename="../../ui/main_window.py" line="123" />
            <source>Evidence Kit</source>
            <translation>Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="124" />
            <source>Drop files or folders to import them into this case</source>
            <translation>أفلت ملفات أو مجلدات لاستيرادها إلى هذه القضية</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="178" />
            <source>Auto-lock after %Ln min</source>
            <translation>
                <numerusform>القفل التلقائي بعد %Ln دقيقة</numerusform>
                <numerusform>القفل التلقائي بعد دقيقة واحدة</numerusform>
                <numerusform>القفل التلقائي بعد دقيقتين</numerusform>
                <numerusform>القفل التلقائي بعد %Ln دقائق</numerusform>
                <numerusform>القفل التلقائي بعد %Ln دقيقة</numerusform>
                <numerusform>القفل التلقائي بعد %Ln دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>Auto-lock off</source>
            <translation>القفل التلقائي معطّل</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>Locked</source>
            <translation>مقفلة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Signing as {label} · key {fp}</source>
            <translation>التوقيع باسم ⁨{label}⁩ · المفتاح ⁨{fp}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="183" />
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="206" />
            <source>Unlocking… (this takes a second on purpose: it makes guessing your passphrase slow)</source>
            <translation>جارٍ الفتح… (يستغرق ذلك ثانية عن قصد: لجعل تخمين عبارة المرور بطيئًا)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="214" />
            <source>Creating your encrypted vault…</source>
            <translation>جارٍ إنشاء خزنتك المشفّرة…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="221" />
            <source>Creating a throw-away vault with the fictional demo case…</source>
            <translation>جارٍ إنشاء خزنة مؤقتة فيها القضية التجريبية الخيالية…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>Auto-lock</source>
            <translation>القفل التلقائي</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>Lock the vault after this many idle minutes (0 = never):</source>
            <translation>قفل الخزنة بعد هذا العدد من دقائق الخمول (0 = أبدًا):</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>Import evidence files</source>
            <translation>استيراد ملفات الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Import a folder of evidence</source>
            <translation>استيراد مجلد أدلة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>Open or create a case first, then import into it.</source>
            <translation>افتح قضية أو أنشئها أولًا، ثم استورد إليها.</translation>
        </message>
        <message>
            <source>Auto-lock after {n} min</source>
            <translation type="vanished">القفل التلقائي بعد ⁨{n}⁩ دقيقة</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/message_bar.py" line="47" />
            <source>Dismiss message</source>
            <translation>إغلاق الرسالة</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../ui/workspace.py" line="53" />
            <source>New case</source>
            <translation>قضية جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="56" />
            <source>Case title</source>
            <translation>عنوان القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="57" />
            <source>Case summary</source>
            <translation>ملخّص القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="59" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="60" />
            <source>Body the case is prepared for</source>
            <translation>الجهة التي تُعدّ لها القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>Title *:</source>
            <translation>العنوان *:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="65" />
            <source>Summary:</source>
            <translation>الملخّص:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="66" />
            <source>Country:</source>
            <translation>البلد:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="67" />
            <source>Prepared for:</source>
            <translation>مُعدّة لـ:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="73" />
            <source>Create case</source>
            <translation>إنشاء القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="74" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="85" />
            <source>A case needs a title.</source>
            <translation>يجب أن يكون للقضية عنوان.</translation>
        </message>
    </context>
    <context>
        <name>OpenDossierDialog</name>
        <message>
            <location filename="../../ui/open_dossier.py" line="64" />
            <location filename="../../ui/open_dossier.py" line="190" />
            <source>Open a dossier</source>
            <translation>فتح ملف أدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <source>Dossier file</source>
            <translation>ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="69" />
            <location filename="../../ui/open_dossier.py" line="76" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="69" />
            <source>Choose the dossier file</source>
            <translation>اختر ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="71" />
            <source>Dossier password</source>
            <translation>كلمة مرور ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Signer's public key file (optional)</source>
            <translation>ملف المفتاح العام للموقّع (اختياري)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="74" />
            <source>Only if the signer is not trusted in your vault</source>
            <translation>فقط إن لم يكن الموقّع موثوقًا في خزنتك</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="76" />
            <source>Choose a signer key file</source>
            <translation>اختر ملف مفتاح الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Verify</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Verify the dossier</source>
            <translation>التحقق من ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="81" />
            <source>Dossier:</source>
            <translation>ملف الأدلة:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="82" />
            <source>Password:</source>
            <translation>كلمة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="83" />
            <source>Signer key:</source>
            <translation>مفتاح الموقّع:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="90" />
            <source>Verification progress</source>
            <translation>تقدّم التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="101" />
            <source>Signer fingerprint</source>
            <translation>بصمة الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="104" />
            <source>Dossier file SHA-256</source>
            <translation>SHA-256 لملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Verification checks</source>
            <translation>عمليات التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="109" />
            <source>Exhibits in the dossier</source>
            <translation>الأدلة في الملف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <location filename="../../ui/open_dossier.py" line="113" />
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>SHA-256</source>
            <translation>بصمة SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="112" />
            <source>Testimonies in the dossier</source>
            <translation>الشهادات في الملف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Interviewed</source>
            <translation>تاريخ المقابلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="114" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="114" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="115" />
            <source>Sources in the dossier</source>
            <translation>المصادر في الملف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="117" />
            <source>URL</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="121" />
            <source>What the dossier holds</source>
            <translation>محتويات ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="122" />
            <source>Checks</source>
            <translation>عمليات التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="126" />
            <source>Report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="129" />
            <source>Extract to folder…</source>
            <translation>الاستخراج إلى مجلد…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="130" />
            <source>Extract the dossier to a folder</source>
            <translation>استخراج ملف الأدلة إلى مجلد</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="131" />
            <source>Import into vault</source>
            <translation>الاستيراد إلى الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="132" />
            <source>Import the dossier into the vault</source>
            <translation>استيراد ملف الأدلة إلى الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="133" />
            <location filename="../../ui/open_dossier.py" line="133" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="148" />
            <source>Signer fingerprint:</source>
            <translation>بصمة الموقّع:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="149" />
            <source>Dossier SHA-256:</source>
            <translation>SHA-256 لملف الأدلة:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="191" />
            <source>Dossiers (*.zip *.age);;All files (*)</source>
            <translation>ملفات الأدلة (*.zip *.age);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="196" />
            <source>Signer's public key</source>
            <translation>المفتاح العام للموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="197" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>المفاتيح العامة (*.pub);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="208" />
            <source>Not needed for an age dossier</source>
            <translation>غير لازم لملف أدلة age</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="211" />
            <source>This dossier is encrypted to age keys: no password is needed. It opens with this vault's key if it was sent to this vault.</source>
            <translation>ملف الأدلة هذا مشفّر لمفاتيح age: لا حاجة إلى كلمة مرور. ويُفتح بمفتاح هذه الخزنة إن كان مُرسلًا إليها.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="217" />
            <source>This dossier is encrypted to age keys, not with a password: it opens only with the vault it was sent to. Unlock that vault first, then open the dossier.</source>
            <translation>ملف الأدلة هذا مشفّر لمفاتيح age وليس بكلمة مرور: لا يُفتح إلا بالخزنة التي أُرسل إليها. افتح تلك الخزنة أولًا، ثم افتح ملف الأدلة.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="225" />
            <source>Choose the dossier file.</source>
            <translation>اختر ملف الأدلة.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="232" />
            <source>Choose the dossier file and enter its password.</source>
            <translation>اختر ملف الأدلة وأدخل كلمة مروره.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="281" />
            <source>Verifying every file…</source>
            <translation>جارٍ التحقق من كل ملف…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="307" />
            <source>✔ Verified</source>
            <translation>✔ تم التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="308" />
            <source>⚠ Intact, but signed by a key you have not trusted</source>
            <translation>⚠ سليم، لكنه موقّع بمفتاح لم تمنحه الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="309" />
            <source>✘ Verification failed</source>
            <translation>✘ فشل التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="320" />
            <source>an unknown signer</source>
            <translation>موقّع غير معروف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="321" />
            <source>Signed by: {who}</source>
            <translation>الموقّع: ⁨{who}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="322" />
            <source>(confirm this fingerprint with the sender by another channel)</source>
            <translation>(طابِق هذه البصمة مع المرسِل عبر قناة أخرى)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="346" />
            <source>Exhibits</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="346" />
            <source>Testimonies</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="347" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="348" />
            <source>{name} ({n})</source>
            <translation>⁨{name}⁩ (⁨{n}⁩)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="362" />
            <source>Extract into folder</source>
            <translation>الاستخراج إلى المجلد</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="383" />
            <source>Extracted to {folder}</source>
            <translation>استُخرج إلى ⁨{folder}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="384" />
            <source>Nothing was extracted: the dossier failed verification.</source>
            <translation>لم يُستخرج شيء: فشل ملف الأدلة في التحقق.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="387" />
            <source>Extracting…</source>
            <translation>جارٍ الاستخراج…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="410" />
            <source>This dossier was imported before; nothing was added.</source>
            <translation>استُورد ملف الأدلة هذا من قبل؛ لم يُضف شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="412" />
            <source>Imported: {added}, {held} already held. Signed receipt: {receipt}</source>
            <translation>تم الاستيراد: ⁨{added}⁩؛ الموجود مسبقًا: ⁨{held}⁩. الإيصال الموقّع: ⁨{receipt}⁩</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/open_dossier.py" line="414" />
            <source>%Ln item(s) added</source>
            <translation>
                <numerusform>لم يُضف أي عنصر</numerusform>
                <numerusform>أُضيف عنصر واحد</numerusform>
                <numerusform>أُضيف عنصران</numerusform>
                <numerusform>أُضيفت %Ln عناصر</numerusform>
                <numerusform>أُضيف %Ln عنصرًا</numerusform>
                <numerusform>أُضيف %Ln عنصر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="421" />
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <source>Checks:</source>
            <translation type="vanished">عمليات التحقق:</translation>
        </message>
        <message>
            <source>Exhibits:</source>
            <translation type="vanished">الأدلة:</translation>
        </message>
        <message>
            <source>Imported: {added} item(s) added, {held} already held. Signed receipt: {receipt}</source>
            <translation type="vanished">تم الاستيراد: أُضيف ⁨{added}⁩ عنصرًا، و⁨{held}⁩ موجود مسبقًا. الإيصال الموقّع: ⁨{receipt}⁩</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/review_panels.py" line="54" />
            <source>Include {code} anyway</source>
            <translation>تضمين {code} رغم ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="56" />
            <source>&lt;b&gt;{code}&lt;/b&gt; was left out: {reason}.&lt;br&gt;&lt;br&gt;Including it anyway is recorded in the custody log with the name and reason you give here. Only the pseudonym travels; an override never discloses the witness's identity.</source>
            <translation>&lt;b&gt;⁨{code}⁩&lt;/b&gt; استُبعد: ⁨{reason}⁩.&lt;br&gt;&lt;br&gt;يُسجَّل تضمينه رغم ذلك في سجل العهدة مع الاسم والسبب اللذين تُدخلهما هنا. لا يُرسل إلا الاسم المستعار؛ ولا يكشف الاستثناء هوية الشاهد أبدًا.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="63" />
            <source>Decided by</source>
            <translation>صاحب القرار</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="64" />
            <source>Name and role of the person who decided</source>
            <translation>اسم صاحب القرار وصفته</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="65" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="67" />
            <source>Why this account may go to this recipient (e.g. consent given orally on …, recorded in …)</source>
            <translation>لماذا يجوز إرسال هذه الشهادة إلى هذه الجهة (مثلًا: موافقة شفهية بتاريخ …، مسجّلة في …)</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="72" />
            <source>Record the decision and include</source>
            <translation>تسجيل القرار والتضمين</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="73" />
            <source>Include and record</source>
            <translation>تضمين وتسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="74" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="78" />
            <source>Decided by *:</source>
            <translation>صاحب القرار *:</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="79" />
            <source>Reason *:</source>
            <translation>السبب *:</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/pdf_preview.py" line="81" />
            <source>Previous pages</source>
            <translation>الصفحات السابقة</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="82" />
            <source>Show the previous pages of the report</source>
            <translation>عرض الصفحات السابقة من التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="83" />
            <source>Next pages</source>
            <translation>الصفحات التالية</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="84" />
            <source>Show the next pages of the report</source>
            <translation>عرض الصفحات التالية من التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="90" />
            <source>Report pages</source>
            <translation>صفحات التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="128" />
            <source>Drawing the pages…</source>
            <translation>جارٍ رسم الصفحات…</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="144" />
            <source>The pages cannot be drawn: {why}</source>
            <translation>يتعذّر رسم الصفحات: ⁨{why}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="169" />
            <source>Pages {first}–{last} of {total}</source>
            <translation>الصفحات ⁨{first}⁩–⁨{last}⁩ من ⁨{total}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="173" />
            <source>The report has no pages.</source>
            <translation>لا صفحات في التقرير.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionPage</name>
        <message>
            <location filename="../../ui/export_protection.py" line="49" />
            <source>How the dossier is protected</source>
            <translation>كيف يُحمى ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="50" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="51" />
            <source>Protect with a password</source>
            <translation>الحماية بكلمة مرور</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="52" />
            <source>Recipients (age keys)</source>
            <translation>جهات مستلمة (مفاتيح age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="53" />
            <source>Encrypt to recipients' age keys</source>
            <translation>التشفير لمفاتيح age الخاصة بالجهات المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="78" />
            <source>Generate a strong password (recommended)</source>
            <translation>توليد كلمة مرور قوية (موصى به)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="80" />
            <source>Generate a password</source>
            <translation>توليد كلمة مرور</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="81" />
            <location filename="../../ui/export_protection.py" line="82" />
            <source>Type my own password</source>
            <translation>كتابة كلمة مرور من اختياري</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="87" />
            <source>Generated password</source>
            <translation>كلمة المرور المولّدة</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy the password</source>
            <translation>نسخ كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="94" />
            <source>New one</source>
            <translation>واحدة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="95" />
            <source>Generate another password</source>
            <translation>توليد كلمة مرور أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="97" />
            <source>&lt;b&gt;Send this password by another channel&lt;/b&gt; than the dossier: a phone call, Signal, or in person — never in the same e-mail or upload. It is shown only now and is not stored anywhere.</source>
            <translation>&lt;b&gt;أرسل كلمة المرور هذه عبر قناة أخرى&lt;/b&gt; غير قناة ملف الأدلة: مكالمة هاتفية أو Signal أو شخصيًا — لا ترسلها أبدًا في البريد نفسه أو التحميل نفسه. إنها تُعرض الآن فقط ولا تُحفظ في أي مكان.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="105" />
            <location filename="../../ui/export_protection.py" line="106" />
            <source>I have copied or written down the password</source>
            <translation>نسختُ كلمة المرور أو دوّنتها</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="108" />
            <source>Dossier password</source>
            <translation>كلمة مرور ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="109" />
            <source>Repeat the dossier password</source>
            <translation>أعد كتابة كلمة مرور ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="122" />
            <source>Password:</source>
            <translation>كلمة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="123" />
            <source>Repeat:</source>
            <translation>التكرار:</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="137" />
            <source>Recipients to encrypt to</source>
            <translation>الجهات المستلمة للتشفير</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="141" />
            <source>Manage recipients…</source>
            <translation>إدارة الجهات المستلمة…</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="142" />
            <source>Add or remove recipients</source>
            <translation>إضافة جهات مستلمة أو إزالتها</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="144" />
            <source>Only the ticked recipients can open the dossier, with their age secret key (the standard 'age' tool or Evidence Kit); no password travels. This vault's own key is always added so your team can reopen it. A signature of the encrypted file (.minisig) is saved beside it: send both.</source>
            <translation>لن يتمكن من فتح ملف الأدلة إلا الجهات المحدّدة، بمفتاح age السري الخاص بها (أداة age القياسية أو Evidence Kit)؛ ولا تُرسل أي كلمة مرور. يُضاف مفتاح هذه الخزنة دائمًا ليتمكن فريقك من إعادة فتحه. ويُحفظ توقيع للملف المشفّر (‎.minisig) بجانبه: أرسل الملفين معًا.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="171" />
            <source>Loading recipients…</source>
            <translation>جارٍ تحميل الجهات المستلمة…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_protection.py" line="196" />
            <source>%Ln recipient(s) known to this vault.</source>
            <translation>
                <numerusform>لا توجد جهات مستلمة معروفة لهذه الخزنة.</numerusform>
                <numerusform>جهة مستلمة واحدة معروفة لهذه الخزنة.</numerusform>
                <numerusform>جهتان مستلمتان معروفتان لهذه الخزنة.</numerusform>
                <numerusform>%Ln جهات مستلمة معروفة لهذه الخزنة.</numerusform>
                <numerusform>%Ln جهة مستلمة معروفة لهذه الخزنة.</numerusform>
                <numerusform>%Ln جهة مستلمة معروفة لهذه الخزنة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="197" />
            <source>No recipients yet: add the legal team's age public key (age1…) with “Manage recipients…”.</source>
            <translation>لا جهات مستلمة بعد: أضف مفتاح age العام للفريق القانوني (age1…) من «إدارة الجهات المستلمة…».</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="225" />
            <source>The dossier is encrypted with this password. The recipient needs it to open the dossier.</source>
            <translation>ملف الأدلة مشفّر بكلمة المرور هذه، وتحتاجها الجهة المستلمة لفتحه.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="227" />
            <source>The dossier is encrypted to the recipients' public keys; only they (and this vault) can open it.</source>
            <translation>ملف الأدلة مشفّر للمفاتيح العامة للجهات المستلمة؛ ولا يمكن فتحه إلا لها (ولهذه الخزنة).</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="266" />
            <source>The two passwords differ.</source>
            <translation>كلمتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <source>{n} recipient(s) known to this vault.</source>
            <translation type="vanished">عدد الجهات المستلمة المعروفة لهذه الخزنة: ⁨{n}⁩.</translation>
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="40" />
            <source>Who is this dossier for?</source>
            <translation>لمن ملف الأدلة هذا؟</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="41" />
            <source>The recipient decides which template and consent rules apply.</source>
            <translation>تحدّد الجهة المستلمة القالب وقواعد الموافقة المطبّقة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="43" />
            <source>Recipient body</source>
            <translation>الجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="54" />
            <source>Disclosure level</source>
            <translation>مستوى الإفصاح</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="55" />
            <source>Confidential</source>
            <translation>سرّي</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="56" />
            <source>Redacted</source>
            <translation>منقّح</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="60" />
            <source>Report language</source>
            <translation>لغة التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="69" />
            <source>Recipient:</source>
            <translation>الجهة المستلمة:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="70" />
            <source>Report template:</source>
            <translation>قالب التقرير:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="71" />
            <source>Disclosure level:</source>
            <translation>مستوى الإفصاح:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="73" />
            <source>Report language:</source>
            <translation>لغة التقرير:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="91" />
            <source>No names or contacts of witnesses, pseudonyms only; photos travel as metadata-stripped copies (made for you where missing), never the originals. For public reports, the press or partner NGOs.</source>
            <translation>لا أسماء ولا بيانات اتصال للشهود، بل أسماء مستعارة فقط؛ وتُرسل الصور كنسخ مجرّدة من البيانات الوصفية (تُنشأ لك إن لم توجد)، ولا تُرسل الأصول أبدًا. للتقارير العامة أو الصحافة أو المنظمات الشريكة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="95" />
            <source>Identities travel only where the witness consented to share them with this recipient. For a court or prosecutor.</source>
            <translation>لا تُرسل الهويات إلا إذا وافق الشاهد على مشاركتها مع هذه الجهة. لمحكمة أو مدعٍ عام.</translation>
        </message>
    </context>
    <context>
        <name>RecipientsDialog</name>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="67" />
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Recipients</source>
            <translation>الجهات المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="69" />
            <location filename="../../ui/recipients_dialog.py" line="70" />
            <source>Your age public key</source>
            <translation>مفتاح age العام الخاص بك</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="73" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="73" />
            <source>Copy your age public key</source>
            <translation>نسخ مفتاح age العام الخاص بك</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="78" />
            <source>Give this key to partners who send dossiers to your team. Add the legal teams you send to below: their public key starts with age1…</source>
            <translation>أعطِ هذا المفتاح للشركاء الذين يرسلون ملفات أدلة إلى فريقك. وأضف أدناه الفرق القانونية التي ترسل إليها: يبدأ مفتاحها العام بـ age1…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="83" />
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="83" />
            <source>Public key</source>
            <translation>المفتاح العام</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="87" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="88" />
            <source>Remove the selected recipient</source>
            <translation>إزالة الجهة المستلمة المحدّدة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="90" />
            <source>Add a recipient</source>
            <translation>إضافة جهة مستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="91" />
            <source>Recipient label</source>
            <translation>تسمية الجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="92" />
            <source>Who they are, e.g. ICC OTP evidence unit</source>
            <translation>مَن هم، مثلًا وحدة الأدلة في مكتب المدعي العام للمحكمة الجنائية الدولية</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="93" />
            <source>Recipient public key</source>
            <translation>المفتاح العام للجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="96" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="96" />
            <source>Add the recipient</source>
            <translation>إضافة الجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="98" />
            <source>From file…</source>
            <translation>من ملف…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="99" />
            <source>Add the recipient from a key file</source>
            <translation>إضافة الجهة المستلمة من ملف مفتاح</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="105" />
            <source>Label *:</source>
            <translation>التسمية *:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="106" />
            <source>Public key:</source>
            <translation>المفتاح العام:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="110" />
            <location filename="../../ui/recipients_dialog.py" line="110" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="155" />
            <source>Your age public key is copied.</source>
            <translation>نُسخ مفتاح age العام الخاص بك.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="160" />
            <source>Give both a label and the public key (age1…).</source>
            <translation>أدخل التسمية والمفتاح العام (age1…) كليهما.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="169" />
            <source>Give the recipient a label first, then choose the key file.</source>
            <translation>أدخل تسمية للجهة المستلمة أولًا، ثم اختر ملف المفتاح.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="173" />
            <source>Recipient's age public key</source>
            <translation>مفتاح age العام للجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="174" />
            <source>Key files (*.txt *.pub *.age);;All files (*)</source>
            <translation>ملفات المفاتيح (*.txt *.pub *.age);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="193" />
            <source>Added {label}.</source>
            <translation>أُضيف: ⁨{label}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="211" />
            <source>Removed {label}.</source>
            <translation>أُزيل: ⁨{label}⁩.</translation>
        </message>
    </context>
    <context>
        <name>RedactionDialog</name>
        <message>
            <location filename="../../ui/redaction_editor.py" line="236" />
            <source>Redact {code}</source>
            <translation>حجب أجزاء من {code}</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="238" />
            <source>Drag rectangles over faces, tattoos, street signs, number plates — anything that could identify someone. The copy keeps pixels only: every metadata block (GPS, device, time, embedded thumbnail) is removed. {code} itself stays unchanged.</source>
            <translation>اسحب مستطيلات فوق الوجوه والوشوم ولافتات الشوارع ولوحات السيارات — كل ما قد يكشف هوية شخص. لا تحتفظ النسخة إلا بالبكسلات: تُزال كل كتل البيانات الوصفية (الموقع، الجهاز، الوقت، الصورة المصغّرة المضمّنة). ويبقى ⁨{code}⁩ نفسه دون تغيير.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="248" />
            <source>Image to redact</source>
            <translation>الصورة المراد حجب أجزاء منها</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="249" />
            <source>Drag with the mouse to draw a rectangle to hide</source>
            <translation>اسحب بالفأرة لرسم مستطيل يُراد إخفاؤه</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>Blur</source>
            <translation>تمويه</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>Blur the regions</source>
            <translation>تمويه المناطق</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="252" />
            <source>Black</source>
            <translation>أسود</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="252" />
            <source>Black out the regions</source>
            <translation>تسويد المناطق</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="257" />
            <source>Undo last box</source>
            <translation>التراجع عن آخر مستطيل</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="258" />
            <source>Remove the last rectangle</source>
            <translation>إزالة آخر مستطيل</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="260" />
            <source>Clear boxes</source>
            <translation>مسح المستطيلات</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="261" />
            <source>Remove every rectangle</source>
            <translation>إزالة كل المستطيلات</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="263" />
            <source>Remove box</source>
            <translation>إزالة المستطيل</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="264" />
            <source>Remove the selected rectangle</source>
            <translation>إزالة المستطيل المحدَّد</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="265" />
            <source>Click a rectangle to select it, then remove it (or press Delete)</source>
            <translation>انقر على مستطيل لتحديده، ثم أزِله (أو اضغط Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="268" />
            <source>Save redacted copy</source>
            <translation>حفظ النسخة المحجوبة</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="269" />
            <source>Save the redacted copy as a new exhibit</source>
            <translation>حفظ النسخة المحجوبة كدليل جديد</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="271" />
            <location filename="../../ui/redaction_editor.py" line="271" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="273" />
            <source>Decrypting the photo…</source>
            <translation>جارٍ فك تشفير الصورة…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="276" />
            <source>Hide regions by:</source>
            <translation>طريقة الإخفاء:</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="319" />
            <source>{w} × {h} pixels. Draw the regions to hide.</source>
            <translation>⁨{w}⁩ × ⁨{h}⁩ بكسل. ارسم المناطق المراد إخفاؤها.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="327" />
            <source>Looking for faces…</source>
            <translation>جارٍ البحث عن الوجوه…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="342" />
            <source>Found automatically: remove it if it is not a face</source>
            <translation>عُثر عليه تلقائيًا: أزِله إن لم يكن وجهًا</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="345" />
            <source>Faces found automatically: {n}. Check for others: automatic detection can miss faces.</source>
            <translation>الوجوه التي عُثر عليها تلقائيًا: ⁨{n}⁩. تحقّق من وجود غيرها: قد يفوت الكشفَ التلقائي بعضُ الوجوه.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="347" />
            <source>No face found automatically. Check the whole photo: automatic detection can miss faces.</source>
            <translation>لم يُعثر تلقائيًا على أي وجه. افحص الصورة كلها: قد يفوت الكشفَ التلقائي بعضُ الوجوه.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="357" />
            <source>Faces were not looked for: {reason} Draw a rectangle over every face yourself.</source>
            <translation>لم يجرِ البحث عن الوجوه: ⁨{reason}⁩ ارسم بنفسك مستطيلًا فوق كل وجه.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/redaction_editor.py" line="383" />
            <source>%Ln region(s) will be hidden; all metadata is removed.</source>
            <translation>
                <numerusform>لن تُخفى أي منطقة؛ وتُزال كل البيانات الوصفية.</numerusform>
                <numerusform>ستُخفى منطقة واحدة؛ وتُزال كل البيانات الوصفية.</numerusform>
                <numerusform>ستُخفى منطقتان؛ وتُزال كل البيانات الوصفية.</numerusform>
                <numerusform>ستُخفى %Ln مناطق؛ وتُزال كل البيانات الوصفية.</numerusform>
                <numerusform>ستُخفى %Ln منطقة؛ وتُزال كل البيانات الوصفية.</numerusform>
                <numerusform>ستُخفى %Ln منطقة؛ وتُزال كل البيانات الوصفية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="385" />
            <source>No region drawn: the copy only has its metadata removed.</source>
            <translation>لم تُرسم أي منطقة: ستُزال البيانات الوصفية من النسخة فقط.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="394" />
            <source>Saving the redacted copy…</source>
            <translation>جارٍ حفظ النسخة المحجوبة…</translation>
        </message>
        <message>
            <source>{n} region(s) will be hidden; all metadata is removed.</source>
            <translation type="vanished">عدد المناطق التي ستُخفى: ⁨{n}⁩؛ وتُزال كل البيانات الوصفية.</translation>
        </message>
    </context>
    <context>
        <name>RedactionTerms</name>
        <message>
            <location filename="../../ui/redaction_terms.py" line="42" />
            <source>Mark for redaction</source>
            <translation>تعليم للحجب</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="43" />
            <source>Mark the selected words for redaction</source>
            <translation>تعليم الكلمات المحدّدة للحجب</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="44" />
            <source>Select words of the account above (a name, a place, a unit), then mark them: redacted dossiers show “[redacted]” instead</source>
            <translation>حدّد كلمات من الإفادة أعلاه (اسمًا أو مكانًا أو وحدة)، ثم علّمها: تُظهر ملفات الأدلة المنقّحة «⁦[redacted]⁩» بدلًا منها</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="49" />
            <source>Words marked for redaction</source>
            <translation>الكلمات المعلَّمة للحجب</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="51" />
            <source>Marked for redaction:</source>
            <translation>المعلَّم للحجب:</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="101" />
            <source>Redacted dossiers will show “[redacted]” for “{term}”.</source>
            <translation>ستُظهر ملفات الأدلة المنقّحة «⁦[redacted]⁩» بدلًا من «⁨{term}⁩».</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="303" />
            <source>The report is made once the plan is ready.</source>
            <translation>يُنشأ التقرير عندما تجهز الخطة.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="305" />
            <source>Report sections</source>
            <translation>أقسام التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="308" />
            <source>Save report as PDF…</source>
            <translation>حفظ التقرير بصيغة PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="309" />
            <source>Save the report as a PDF file</source>
            <translation>حفظ التقرير في ملف PDF</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="331" />
            <source>Making the report…</source>
            <translation>جارٍ إنشاء التقرير…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="334" />
            <source>The report (data/report.pdf, {size}, {pages}) is signed into the dossier. Turn its pages below, or save it to read it in a PDF viewer.</source>
            <translation>التقرير (data/report.pdf، ⁨{size}⁩، ⁨{pages}⁩) موقّع ضمن ملف الأدلة. تصفّح صفحاته أدناه، أو احفظه لقراءته في عارض PDF.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review_panels.py" line="338" />
            <source>%Ln page(s)</source>
            <translation>
                <numerusform>%Ln صفحة</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%Ln صفحات</numerusform>
                <numerusform>%Ln صفحة</numerusform>
                <numerusform>%Ln صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>The report (data/report.pdf, {size}, {pages} page(s)) is signed into the dossier. A picture preview needs Qt's PDF module, which this build of the app does not include; save the report to read it in a PDF viewer.</source>
            <translation type="vanished">التقرير (data/report.pdf، ⁨{size}⁩، عدد الصفحات: ⁨{pages}⁩) موقّع ضمن ملف الأدلة. تتطلب المعاينة وحدة PDF من Qt، وهي غير مضمّنة في هذا الإصدار من التطبيق؛ احفظ التقرير لقراءته في عارض PDF.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/export_review.py" line="147" />
            <source>Check before export</source>
            <translation>مراجعة قبل التصدير</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="148" />
            <source>Nothing has been written yet.</source>
            <translation>لم يُكتب أي شيء بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="149" />
            <source>Preparing…</source>
            <translation>جارٍ التحضير…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="162" />
            <source>The report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="165" />
            <source>The PDF report is made with the plan.</source>
            <translation>يُنشأ تقرير PDF مع الخطة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="207" />
            <source>Preparing the dossier plan…</source>
            <translation>جارٍ تحضير خطة ملف الأدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="254" />
            <source>redacted</source>
            <translation>منقّح</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="254" />
            <source>confidential</source>
            <translation>سرّي</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="255" />
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{exhibits}, {testimonies}, {sources} and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation>&lt;b&gt;ملف الأدلة ⁨{id}⁩&lt;/b&gt; إلى ⁨{body}⁩ (⁨{level}⁩)&lt;br&gt;⁨{exhibits}⁩، و⁨{testimonies}⁩، و⁨{sources}⁩، وتقرير PDF: ⁨{size}⁩ قبل التشفير.&lt;br&gt;تُرسل الشهادات بالأسماء المستعارة؛ وتبقى أسماء الشهود وبيانات اتصالهم في هذه الخزنة ما لم يوافقوا على مشاركتها.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="261" />
            <source>%Ln exhibit(s)</source>
            <translation>
                <numerusform>لا أدلة</numerusform>
                <numerusform>دليل واحد</numerusform>
                <numerusform>دليلان</numerusform>
                <numerusform>%Ln أدلة</numerusform>
                <numerusform>%Ln دليلًا</numerusform>
                <numerusform>%Ln دليل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="262" />
            <source>%Ln testimony(ies)</source>
            <translation>
                <numerusform>لا شهادات</numerusform>
                <numerusform>شهادة واحدة</numerusform>
                <numerusform>شهادتان</numerusform>
                <numerusform>%Ln شهادات</numerusform>
                <numerusform>%Ln شهادة</numerusform>
                <numerusform>%Ln شهادة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="263" />
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>لا مصادر</numerusform>
                <numerusform>مصدر واحد</numerusform>
                <numerusform>مصدران</numerusform>
                <numerusform>%Ln مصادر</numerusform>
                <numerusform>%Ln مصدرًا</numerusform>
                <numerusform>%Ln مصدر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="265" />
            <source>Metadata-stripped copies were made for the redacted dossier: {codes}. The originals stay in the vault.</source>
            <translation>أُنشئت نسخ مجرّدة من البيانات الوصفية لملف الأدلة المنقّح: ⁨{codes}⁩. وتبقى الأصول في الخزنة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="339" />
            <source>Save the report as</source>
            <translation>حفظ التقرير باسم</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="341" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="357" />
            <source>Saved to {path}</source>
            <translation>حُفظ في ⁨{path}⁩</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{e} exhibit(s), {t} testimony(ies), {s} source(s) and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation type="vanished">&lt;b&gt;ملف الأدلة ⁨{id}⁩&lt;/b&gt; إلى ⁨{body}⁩ (⁨{level}⁩)&lt;br&gt;الأدلة: ⁨{e}⁩، الشهادات: ⁨{t}⁩، المصادر: ⁨{s}⁩، وتقرير PDF: ⁨{size}⁩ قبل التشفير.&lt;br&gt;تُرسل الشهادات بالأسماء المستعارة؛ وتبقى أسماء الشهود وبيانات اتصالهم في هذه الخزنة ما لم يوافقوا على مشاركتها.</translation>
        </message>
    </context>
    <context>
        <name>SentDossiersDialog</name>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="40" />
            <source>Sent dossiers</source>
            <translation>ملفات الأدلة المُرسلة</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="42" />
            <source>Every dossier this vault exported or imported, with the SHA-256 of the file. When a recipient imports your dossier, their vault writes a signed receipt: check it here against what you sent.</source>
            <translation>كل ملف أدلة صدّرته هذه الخزنة أو استوردته، مع بصمة SHA-256 للملف. عندما تستورد جهة مستلمة ملف الأدلة الذي أرسلته، تكتب خزنتها إيصالًا موقّعًا: طابِقه هنا مع ما أرسلته.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="47" />
            <source>Dossiers</source>
            <translation>ملفات الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Direction</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Dossier</source>
            <translation>ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Case</source>
            <translation>القضية</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Items</source>
            <translation>العناصر</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Protection</source>
            <translation>الحماية</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="50" />
            <source>Recipients</source>
            <translation>الجهات المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="50" />
            <source>SHA-256</source>
            <translation>بصمة SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="53" />
            <source>Receipt check result</source>
            <translation>نتيجة التحقق من الإيصال</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="57" />
            <source>Check a receipt…</source>
            <translation>التحقق من إيصال…</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="58" />
            <source>Check a recipient's signed receipt against what was sent</source>
            <translation>مطابقة الإيصال الموقّع من جهة مستلمة مع ما أُرسل</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="63" />
            <location filename="../../ui/sent_dossiers_dialog.py" line="63" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="89" />
            <source>sent</source>
            <translation>مُرسَل</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="89" />
            <source>received</source>
            <translation>مُستلَم</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="90" />
            <source>recipient keys</source>
            <translation>مفاتيح الجهات المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="90" />
            <source>password</source>
            <translation>كلمة مرور</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="102" />
            <source>No dossier was sent or received yet.</source>
            <translation>لم يُرسَل أو يُستلَم أي ملف أدلة بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="110" />
            <source>Signed receipt</source>
            <translation>الإيصال الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="111" />
            <source>Receipts (*.receipt.json);;All files (*)</source>
            <translation>الإيصالات (*.receipt.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="128" />
            <source>The receipt matches what was sent.</source>
            <translation>يطابق الإيصال ما أُرسل.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="129" />
            <source>The receipt does NOT match what was sent.</source>
            <translation>الإيصال لا يطابق ما أُرسل.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="130" />
            <source>Dossier: {id}</source>
            <translation>ملف الأدلة: ⁨{id}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="131" />
            <source>Signed by: {who}</source>
            <translation>الموقّع: ⁨{who}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="132" />
            <source>Received at: {when}</source>
            <translation>وقت الاستلام: ⁨{when}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="133" />
            <source>{acknowledged} item(s) acknowledged of {sent} sent</source>
            <translation>العناصر المُرسلة: ⁨{sent}⁩؛ المؤكَّد استلامها منها: ⁨{acknowledged}⁩</translation>
        </message>
    </context>
    <context>
        <name>SourceForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="225" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Web page</source>
            <translation>صفحة ويب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="226" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Social media post</source>
            <translation>منشور على وسائل التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="227" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>News article</source>
            <translation>مقال إخباري</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="228" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>NGO report</source>
            <translation>تقرير منظمة غير حكومية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="229" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>UN report</source>
            <translation>تقرير للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="230" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>Official document</source>
            <translation>وثيقة رسمية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="231" />
            <location filename="../../ui/sources_tab.py" line="68" />
            <source>Court document</source>
            <translation>وثيقة قضائية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="232" />
            <location filename="../../ui/sources_tab.py" line="68" />
            <source>Satellite imagery</source>
            <translation>صور الأقمار الصناعية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="233" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Dataset</source>
            <translation>مجموعة بيانات</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="234" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Book</source>
            <translation>كتاب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="235" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Leaked document</source>
            <translation>وثيقة مسرّبة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="236" />
            <location filename="../../ui/sources_tab.py" line="70" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="52" />
            <source>New source</source>
            <translation>مصدر جديد</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Title *</source>
            <translation>العنوان *</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>URL</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Published on</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="58" />
            <source>Accessed on</source>
            <translation>تاريخ الاطلاع</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Page or timestamp</source>
            <translation>الصفحة أو التوقيت</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="60" />
            <source>Archived copy (exhibit)</source>
            <translation>النسخة المؤرشفة (دليل)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Kind of source</source>
            <translation>نوع المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="76" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="80" />
            <source>e.g. E0003: the saved page or file</source>
            <translation>مثلًا E0003: الصفحة أو الملف المحفوظ</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="84" />
            <source>Kind:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="85" />
            <source>Quote or summary</source>
            <translation>اقتباس أو ملخّص</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>Quote:</source>
            <translation>الاقتباس:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>Source reliability, A to F</source>
            <translation>موثوقية المصدر، من A إلى F</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="90" />
            <location filename="../../ui/sources_tab.py" line="98" />
            <source>(not graded)</source>
            <translation>(غير مقيَّم)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>A: completely reliable</source>
            <translation>A: موثوق تمامًا</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>B: usually reliable</source>
            <translation>B: موثوق عادةً</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>C: fairly reliable</source>
            <translation>C: موثوق إلى حدّ ما</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>D: not usually reliable</source>
            <translation>D: غير موثوق عادةً</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="94" />
            <source>E: unreliable</source>
            <translation>E: غير موثوق</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="94" />
            <source>F: reliability cannot be judged</source>
            <translation>F: لا يمكن الحكم على الموثوقية</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="97" />
            <source>Information credibility, 1 to 6</source>
            <translation>مصداقية المعلومة، من 1 إلى 6</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>1: confirmed by other sources</source>
            <translation>1: مؤكَّدة من مصادر أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>2: probably true</source>
            <translation>2: صحيحة على الأرجح</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>3: possibly true</source>
            <translation>3: ربما صحيحة</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>4: doubtful</source>
            <translation>4: مشكوك فيها</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>5: improbable</source>
            <translation>5: غير مرجّحة</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="102" />
            <source>6: truth cannot be judged</source>
            <translation>6: لا يمكن الحكم على صحتها</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="104" />
            <source>Reliability of the source:</source>
            <translation>موثوقية المصدر:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="105" />
            <source>Credibility of the information:</source>
            <translation>مصداقية المعلومة:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="106" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="109" />
            <source>Notes:</source>
            <translation>ملاحظات:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="116" />
            <source>Save source</source>
            <translation>حفظ المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="117" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="241" />
            <source>Grade</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="165" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="166" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="167" />
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="168" />
            <location filename="../../ui/sources_tab.py" line="238" />
            <source>Published</source>
            <translation>النشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="170" />
            <location filename="../../ui/sources_tab.py" line="239" />
            <source>Accessed</source>
            <translation>الاطلاع</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="171" />
            <location filename="../../ui/sources_tab.py" line="240" />
            <source>URL</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="172" />
            <source>Sources table</source>
            <translation>جدول المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="181" />
            <source>New source…</source>
            <translation>مصدر جديد…</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="181" />
            <source>New source</source>
            <translation>مصدر جديد</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="184" />
            <source>Grade: reliability of the source (A–F), then credibility of the information (1–6).</source>
            <translation>التقييم: موثوقية المصدر (A–F)، ثم مصداقية المعلومة (1–6).</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="191" />
            <source>Source details</source>
            <translation>تفاصيل المصدر</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sources_tab.py" line="224" />
            <source>%Ln sources</source>
            <translation>
                <numerusform>لا مصادر</numerusform>
                <numerusform>مصدر واحد</numerusform>
                <numerusform>مصدران</numerusform>
                <numerusform>%Ln مصادر</numerusform>
                <numerusform>%Ln مصدرًا</numerusform>
                <numerusform>%Ln مصدر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="236" />
            <source>Author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="242" />
            <source>Archived copy</source>
            <translation>النسخة المؤرشفة</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="246" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="246" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="272" />
            <source>Source {code} saved.</source>
            <translation>حُفظ المصدر ⁨{code}⁩.</translation>
        </message>
        <message>
            <source>{n} sources</source>
            <translation type="vanished">عدد المصادر: ⁨{n}⁩</translation>
        </message>
    </context>
    <context>
        <name>TestimoniesTab</name>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="52" />
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="53" />
            <source>Interviewed</source>
            <translation>تاريخ المقابلة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="55" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="55" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="56" />
            <location filename="../../ui/testimonies_tab.py" line="189" />
            <source>Incidents</source>
            <translation>الوقائع</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="58" />
            <source>Testimonies table</source>
            <translation>جدول الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="69" />
            <source>Testimony details</source>
            <translation>تفاصيل الشهادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="72" />
            <source>New testimony…</source>
            <translation>شهادة جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="72" />
            <source>New testimony</source>
            <translation>شهادة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="75" />
            <source>From JSON file…</source>
            <translation>من ملف JSON…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="75" />
            <location filename="../../ui/testimonies_tab.py" line="300" />
            <source>Add a testimony from a JSON file</source>
            <translation>إضافة شهادة من ملف JSON</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="77" />
            <source>The testimony JSON of 'evidence-kit testimony add' and of NGO form tools</source>
            <translation>ملف JSON للشهادة الذي يستخدمه «⁦evidence-kit testimony add⁩» وأدوات الاستمارات لدى المنظمات غير الحكومية</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="79" />
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="79" />
            <source>Edit the testimony</source>
            <translation>تعديل الشهادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="82" />
            <source>Withdraw consent…</source>
            <translation>سحب الموافقة…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="82" />
            <source>Withdraw consent</source>
            <translation>سحب الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="144" />
            <source>{n} testimonies</source>
            <translation>عدد الشهادات: ⁨{n}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="152" />
            <source>No testimony yet. Use “New testimony…” to record one.</source>
            <translation>لا شهادات بعد. استخدم «شهادة جديدة…» لتسجيل واحدة.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="197" />
            <source>the public</source>
            <translation>العموم</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="199" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="200" />
            <source>May be shared with: {bodies}</source>
            <translation>يجوز مشاركتها مع: ⁨{bodies}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="201" />
            <source>No consent to share is recorded.</source>
            <translation>لم تُسجَّل موافقة على المشاركة.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="272" />
            <source>Testimony {code} saved under the pseudonym {pseudonym}.</source>
            <translation>حُفظت الشهادة ⁨{code}⁩ بالاسم المستعار ⁨{pseudonym}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="274" />
            <source>Testimony {code} saved; changed: {fields}.</source>
            <translation>حُفظت الشهادة ⁨{code}⁩؛ الحقول المعدّلة: ⁨{fields}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="276" />
            <source>Nothing to save: testimony {code} is unchanged.</source>
            <translation>لا يوجد ما يُحفظ: الشهادة ⁨{code}⁩ لم تتغيّر.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="301" />
            <source>Testimony JSON (*.json);;All files (*)</source>
            <translation>شهادات JSON (*.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="316" />
            <source>{file} was not added: {reason}</source>
            <translation>لم يُضف ⁨{file}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <source>Testimony {code} saved.</source>
            <translation type="vanished">حُفظت الشهادة ⁨{code}⁩.</translation>
        </message>
    </context>
    <context>
        <name>TestimonyForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="206" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Victim</source>
            <translation>ضحية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="207" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Witness</source>
            <translation>شاهد</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="208" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Relative</source>
            <translation>قريب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="209" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Insider</source>
            <translation>مطّلع من الداخل</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="210" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Intermediary</source>
            <translation>وسيط</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="211" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="212" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>In person</source>
            <translation>حضوريًا</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="213" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>Remote</source>
            <translation>عن بُعد</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="214" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>Written</source>
            <translation>كتابيًا</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="215" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Saw it</source>
            <translation>رأى ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="216" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Heard it</source>
            <translation>سمع ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Was told</source>
            <translation>أُخبر بذلك</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="218" />
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>From a document</source>
            <translation>من وثيقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="62" />
            <source>Edit testimony {code}</source>
            <translation>تعديل الشهادة {code}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="63" />
            <source>New testimony</source>
            <translation>شهادة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="68" />
            <source>Witness and interview</source>
            <translation>الشاهد والمقابلة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="69" />
            <source>Account and incidents</source>
            <translation>الإفادة والوقائع</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="70" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="71" />
            <source>Follow-up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="72" />
            <source>Testimony sections</source>
            <translation>أقسام الشهادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="79" />
            <source>Save testimony</source>
            <translation>حفظ الشهادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="80" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>Exact day</source>
            <translation>اليوم بالضبط</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="111" />
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="111" />
            <source>Approximate</source>
            <translation>تقريبي</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="112" />
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="112" />
            <source>Initials only</source>
            <translation>الأحرف الأولى فقط</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="113" />
            <source>Pseudonym only</source>
            <translation>الاسم المستعار فقط</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="113" />
            <source>Not at all</source>
            <translation>لا يُذكر إطلاقًا</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="119" />
            <source>(not recorded)</source>
            <translation>(غير مسجّل)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="128" />
            <source>Pseudonym:</source>
            <translation>الاسم المستعار:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="129" />
            <source>Leave empty to have one generated (used in every output)</source>
            <translation>اتركه فارغًا ليُولَّد تلقائيًا (يُستخدم في كل المخرجات)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="130" />
            <source>The name and contact below stay in this vault; dossiers carry only the pseudonym.</source>
            <translation>يبقى الاسم وبيانات الاتصال أدناه في هذه الخزنة؛ ولا تحمل ملفات الأدلة إلا الاسم المستعار.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="134" />
            <source>Full name:</source>
            <translation>الاسم الكامل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="135" />
            <source>Contact:</source>
            <translation>بيانات الاتصال:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="136" />
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="137" />
            <source>Role:</source>
            <translation>الصفة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <source>Interview date:</source>
            <translation>تاريخ المقابلة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <location filename="../../ui/testimony_form.py" line="228" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="139" />
            <source>Interview place:</source>
            <translation>مكان المقابلة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="140" />
            <source>Interview mode</source>
            <translation>طريقة المقابلة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="141" />
            <source>Interview mode:</source>
            <translation>طريقة المقابلة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="142" />
            <source>Interviewer:</source>
            <translation>المقابِل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="143" />
            <source>Interviewer's organisation:</source>
            <translation>منظمة المقابِل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="144" />
            <source>Interpreter:</source>
            <translation>المترجم الشفهي:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>e.g. ru, ar, fr</source>
            <translation>مثلًا ru أو ar أو fr</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="146" />
            <source>Translation of</source>
            <translation>ترجمة لـ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="147" />
            <source>(none: this is the original account)</source>
            <translation>(لا شيء: هذه هي الإفادة الأصلية)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="150" />
            <source>Translation of:</source>
            <translation>ترجمة لـ:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Persons present, one per line</source>
            <translation>الحاضرون، واحد في كل سطر</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Persons present
(one per line):</source>
            <translation>الحاضرون
(واحد في كل سطر):</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="153" />
            <source>Referred by:</source>
            <translation>أحاله:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="154" />
            <source>Prior accounts</source>
            <translation>إفادات سابقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="155" />
            <source>Prior accounts:</source>
            <translation>إفادات سابقة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="161" />
            <source>Account in the witness's own words:</source>
            <translation>الإفادة بكلمات الشاهد نفسه:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="162" />
            <source>Narrative</source>
            <translation>الإفادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="164" />
            <location filename="../../ui/testimony_form.py" line="166" />
            <source>Incidents</source>
            <translation>الوقائع</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Precision</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>What happened</source>
            <translation>ما حدث</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="169" />
            <source>Basis</source>
            <translation>مصدر المعرفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="169" />
            <source>Told by</source>
            <translation>نقلًا عن</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="174" />
            <location filename="../../ui/testimony_form.py" line="174" />
            <source>Add incident</source>
            <translation>إضافة واقعة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="175" />
            <location filename="../../ui/testimony_form.py" line="175" />
            <source>Remove incident</source>
            <translation>إزالة الواقعة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="189" />
            <source>Record what the witness agreed to. Exports to a body the witness did not agree to leave this account out.</source>
            <translation>سجّل ما وافق عليه الشاهد. عند التصدير إلى جهة لم يوافق عليها الشاهد تُستبعد هذه الشهادة.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="193" />
            <location filename="../../ui/testimony_form.py" line="194" />
            <source>Consent was recorded</source>
            <translation>سُجّلت الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="196" />
            <source>Consent record</source>
            <translation>سجل الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="197" />
            <source>e.g. signed form no. 12, or audio at 00:01:10</source>
            <translation>مثلًا الاستمارة الموقّعة رقم 12، أو التسجيل الصوتي عند 00:01:10</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="199" />
            <source>Record of consent:</source>
            <translation>سجل الموافقة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="200" />
            <source>International Criminal Court</source>
            <translation>المحكمة الجنائية الدولية</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="201" />
            <source>UN Special Procedures</source>
            <translation>الإجراءات الخاصة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="202" />
            <source>UN investigative mechanism</source>
            <translation>آلية التحقيق التابعة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="203" />
            <source>National authorities</source>
            <translation>السلطات الوطنية</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="203" />
            <source>Public</source>
            <translation>العموم</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="210" />
            <source>May be shared with {body}</source>
            <translation>يجوز مشاركتها مع: ⁨{body}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="214" />
            <source>Agrees that the account may be passed on to national or regional courts (needed for a UN investigative mechanism)</source>
            <translation>يوافق على جواز إحالة الإفادة إلى محاكم وطنية أو إقليمية (شرط لآلية تحقيق تابعة للأمم المتحدة)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="216" />
            <source>Agrees to onward sharing</source>
            <translation>يوافق على المشاركة اللاحقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="218" />
            <source>May be shared with:</source>
            <translation>يجوز مشاركتها مع:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="219" />
            <source>How the witness may be named</source>
            <translation>كيف يجوز ذكر الشاهد</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="222" />
            <source>May be named as:</source>
            <translation>يجوز ذكره بـ:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="224" />
            <location filename="../../ui/testimony_form.py" line="225" />
            <source>The body may contact the witness</source>
            <translation>يجوز للجهة التواصل مع الشاهد</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="227" />
            <source>Consent given on</source>
            <translation>تاريخ الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="229" />
            <source>Given on:</source>
            <translation>تاريخها:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="230" />
            <source>How consent was given</source>
            <translation>كيف أُعطيت الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="231" />
            <source>e.g. orally, recorded; written form</source>
            <translation>مثلًا شفهيًا مع تسجيل؛ استمارة مكتوبة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="232" />
            <source>How:</source>
            <translation>الطريقة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="233" />
            <source>Consent obtained by</source>
            <translation>من حصل على الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="234" />
            <source>Name or role of the person who asked for consent</source>
            <translation>اسم أو دور الشخص الذي طلب الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="236" />
            <source>Obtained by:</source>
            <translation>حصل عليها:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="237" />
            <source>To take back consent for a body, use “Withdraw consent…” on the Testimonies tab: the recipients of earlier dossiers are then sent a signed notice.</source>
            <translation>لسحب الموافقة الممنوحة لجهة ما، استخدم «سحب الموافقة…» في تبويب «الشهادات»: فيُرسَل عندئذٍ إشعار موقّع إلى مستلمي ملفات الأدلة السابقة.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="247" />
            <source>UN Special Procedures: the four questions of the submission form</source>
            <translation>الإجراءات الخاصة للأمم المتحدة: الأسئلة الأربعة في استمارة التقديم</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="250" />
            <source>1. Consents to this account being submitted to UN Special Procedures</source>
            <translation>1. يوافق على تقديم هذه الإفادة إلى الإجراءات الخاصة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="252" />
            <source>2. Knows that a letter naming the victim is sent to the government concerned</source>
            <translation>2. يعلم أن رسالة تذكر اسم الضحية تُرسَل إلى الحكومة المعنية</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="254" />
            <source>Knows a letter naming the victim goes to the government</source>
            <translation>يعلم أن رسالة تذكر اسم الضحية تُرسَل إلى الحكومة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="255" />
            <source>3. Knows that the communication is published in the UN's public report</source>
            <translation>3. يعلم أن المراسلة تُنشر في التقرير العلني للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="257" />
            <source>Knows the communication is published in a public report</source>
            <translation>يعلم أن المراسلة تُنشر في تقرير علني</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="258" />
            <source>4. Full name or initials in the communication: choose it under “May be named as” (“Pseudonym only”: neither).</source>
            <translation>4. الاسم الكامل أو الأحرف الأولى في المراسلة: اختر ذلك في «يجوز ذكره بـ» («الاسم المستعار فقط»: لا هذا ولا ذاك).</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="269" />
            <source>Welfare follow-up:</source>
            <translation>متابعة الرعاية:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="270" />
            <source>Feedback promised:</source>
            <translation>الإفادة بالنتائج الموعودة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="271" />
            <location filename="../../ui/testimony_form.py" line="272" />
            <source>The account was read back to the witness</source>
            <translation>قُرئت الإفادة على الشاهد</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="274" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="275" />
            <source>Notes:</source>
            <translation>ملاحظات:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="277" />
            <source>Recording file</source>
            <translation>ملف التسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="279" />
            <source>No recording attached</source>
            <translation>لا تسجيل مرفق</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="280" />
            <source>Attach recording…</source>
            <translation>إرفاق تسجيل…</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="280" />
            <source>Attach recording</source>
            <translation>إرفاق التسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="286" />
            <source>Recording:</source>
            <translation>التسجيل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="297" />
            <source>Date precision</source>
            <translation>دقة التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="298" />
            <source>Basis of knowledge</source>
            <translation>مصدر المعرفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="299" />
            <source>Incident {n}: {what}</source>
            <translation>الواقعة ⁨{n}⁩: ⁨{what}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="329" />
            <source>Attach a recording</source>
            <translation>إرفاق تسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="432" />
            <source>Write the account in the witness's words (“Account and incidents”), or attach its recording, first.</source>
            <translation>اكتب أولًا الإفادة بكلمات الشاهد («الإفادة والوقائع»)، أو أرفق تسجيلها.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="436" />
            <source>The recording file no longer exists.</source>
            <translation>ملف التسجيل لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>Pseudonym *</source>
            <translation type="vanished">الاسم المستعار *</translation>
        </message>
        <message>
            <source>e.g. W-07 (used in every output)</source>
            <translation type="vanished">مثلًا W-07 (يُستخدم في كل المخرجات)</translation>
        </message>
    </context>
    <context>
        <name>Thumbnails</name>
        <message>
            <location filename="../../ui/thumbs.py" line="39" />
            <source>IMG</source>
            <translation>صورة</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="40" />
            <source>VID</source>
            <translation>فيديو</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="41" />
            <source>AUD</source>
            <translation>صوت</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="42" />
            <source>DOC</source>
            <translation>مستند</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="43" />
            <source>WEB</source>
            <translation>ويب</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="44" />
            <source>FILE</source>
            <translation>ملف</translation>
        </message>
    </context>
    <context>
        <name>TrustedKeysDialog</name>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="51" />
            <source>Trusted signer keys</source>
            <translation>مفاتيح التوقيع الموثوقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="53" />
            <source>Your signing key</source>
            <translation>مفتاح التوقيع الخاص بك</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="55" />
            <source>Your key fingerprint</source>
            <translation>بصمة مفتاحك</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="58" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="58" />
            <source>Copy your key fingerprint</source>
            <translation>نسخ بصمة مفتاحك</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="61" />
            <source>Export my public key…</source>
            <translation>تصدير مفتاحي العام…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="62" />
            <source>Export my public key to a file</source>
            <translation>تصدير مفتاحي العام إلى ملف</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Trusted keys</source>
            <translation>المفاتيح الموثوقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Fingerprint</source>
            <translation>البصمة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="74" />
            <source>Stop trusting</source>
            <translation>إلغاء الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="75" />
            <source>Stop trusting the selected key</source>
            <translation>إلغاء الثقة في المفتاح المحدّد</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="77" />
            <source>Trust a signer's key</source>
            <translation>منح الثقة لمفتاح موقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="78" />
            <source>Signer label</source>
            <translation>تسمية الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="79" />
            <source>Who they are, e.g. Partner NGO field team</source>
            <translation>مَن هم، مثلًا الفريق الميداني لمنظمة شريكة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="80" />
            <source>Signer public key</source>
            <translation>المفتاح العام للموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="83" />
            <source>Paste the content of their .pub file</source>
            <translation>الصق محتوى ملف ‎.pub الخاص به</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="85" />
            <source>Trust</source>
            <translation>منح الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="85" />
            <source>Trust the pasted key</source>
            <translation>منح الثقة للمفتاح الملصوق</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="87" />
            <source>From file…</source>
            <translation>من ملف…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="88" />
            <source>Trust a key from a file</source>
            <translation>منح الثقة لمفتاح من ملف</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="90" />
            <source>Trust a key only after you compared its fingerprint with its owner by another channel (a call, in person).</source>
            <translation>لا تمنح الثقة لمفتاح إلا بعد مطابقة بصمته مع صاحبه عبر قناة أخرى (مكالمة، أو شخصيًا).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="98" />
            <source>Label *:</source>
            <translation>التسمية *:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="99" />
            <source>Public key:</source>
            <translation>المفتاح العام:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="104" />
            <location filename="../../ui/trusted_keys_dialog.py" line="104" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="140" />
            <source>Give both a label and the public key.</source>
            <translation>أدخل التسمية والمفتاح العام كليهما.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="147" />
            <source>Give the signer a label first, then choose the key file.</source>
            <translation>أدخل تسمية للموقّع أولًا، ثم اختر ملف المفتاح.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="151" />
            <source>Signer's public key</source>
            <translation>المفتاح العام للموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="152" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>المفاتيح العامة (*.pub);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="170" />
            <source>Trusted {label} ({fp}).</source>
            <translation>أصبح موثوقًا: ⁨{label}⁩ (⁨{fp}⁩).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="189" />
            <source>No longer trusted: {label}.</source>
            <translation>لم يعد موثوقًا: ⁨{label}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="197" />
            <source>Export my public key</source>
            <translation>تصدير مفتاحي العام</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="199" />
            <source>Public keys (*.pub)</source>
            <translation>المفاتيح العامة (*.pub)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="214" />
            <source>Saved to {path}. Give it to partners, and confirm the fingerprint with them by another channel.</source>
            <translation>حُفظ في ⁨{path}⁩. أعطه للشركاء، وطابِق البصمة معهم عبر قناة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <location filename="../../ui/unlock_view.py" line="90" />
            <source>Evidence Kit</source>
            <translation>‏Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="91" />
            <source>Everything you gather stays encrypted on this computer. Nothing is sent anywhere.</source>
            <translation>كل ما تجمعه يبقى مشفّرًا على هذا الحاسوب. لا يُرسل أي شيء إلى أي مكان.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="99" />
            <source>Other folder…</source>
            <translation>مجلد آخر…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="100" />
            <source>Choose vault folder</source>
            <translation>اختيار مجلد الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="101" />
            <source>Use a vault in another folder, or create one there</source>
            <translation>استخدام خزنة في مجلد آخر، أو إنشاء واحدة هناك</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="124" />
            <location filename="../../ui/unlock_view.py" line="125" />
            <source>Open the demo case</source>
            <translation>فتح القضية التجريبية</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="126" />
            <source>A fictional sample case in a throw-away vault</source>
            <translation>قضية نموذجية خيالية في خزنة مؤقتة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="128" />
            <source>Open a dossier…</source>
            <translation>فتح ملف أدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="129" />
            <source>Open a dossier without a vault</source>
            <translation>فتح ملف أدلة دون خزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="130" />
            <source>Verify and read a dossier you received</source>
            <translation>التحقق من ملف أدلة استلمته وقراءته</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="144" />
            <source>Enter your passphrase to unlock the vault.</source>
            <translation>أدخل عبارة المرور لفتح الخزنة.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="145" />
            <source>Vault passphrase</source>
            <translation>عبارة مرور الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="147" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="149" />
            <source>Unlock</source>
            <translation>فتح</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="149" />
            <source>Unlock the vault</source>
            <translation>فتح الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="162" />
            <source>There is no vault here yet. Create one:</source>
            <translation>لا توجد خزنة هنا بعد. أنشئ واحدة:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="164" />
            <source>Your name or organisation</source>
            <translation>اسمك أو اسم منظمتك</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="165" />
            <source>Shown with your signature on the dossiers you export</source>
            <translation>يظهر مع توقيعك على ملفات الأدلة التي تصدّرها</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="166" />
            <source>New passphrase</source>
            <translation>عبارة مرور جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="167" />
            <source>Repeat the passphrase</source>
            <translation>أعد كتابة عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="172" />
            <source>Passphrase strength</source>
            <translation>قوة عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="176" />
            <source>Name or organisation:</source>
            <translation>الاسم أو المنظمة:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="177" />
            <source>Passphrase:</source>
            <translation>عبارة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="178" />
            <source>Repeat:</source>
            <translation>التكرار:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="179" />
            <source>Strength:</source>
            <translation>القوة:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="181" />
            <source>&lt;b&gt;If you lose this passphrase, your evidence is lost.&lt;/b&gt; Nobody can recover it: not your organisation, not the developers, not anyone. Use four or more unrelated words and write them down somewhere safe, away from this computer.</source>
            <translation>&lt;b&gt;إذا فقدت عبارة المرور هذه، تضيع أدلتك.&lt;/b&gt; لا يستطيع أحد استعادتها: لا منظمتك ولا المطوّرون ولا أي شخص آخر. استخدم أربع كلمات أو أكثر لا رابط بينها، ودوّنها في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="190" />
            <location filename="../../ui/unlock_view.py" line="192" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>أفهم أن عبارة المرور المفقودة لا يمكن استعادتها</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="195" />
            <source>Create vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="196" />
            <source>Create the vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="211" />
            <source>Vault: {folder}</source>
            <translation>الخزنة: ⁨{folder}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="211" />
            <source>New vault in: {folder}</source>
            <translation>خزنة جديدة في: ⁨{folder}⁩</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock_view.py" line="260" />
            <source>Too short (at least %Ln characters)</source>
            <translation>
                <numerusform>قصيرة جدًا (%Ln حرف على الأقل)</numerusform>
                <numerusform>قصيرة جدًا (حرف واحد على الأقل)</numerusform>
                <numerusform>قصيرة جدًا (حرفان على الأقل)</numerusform>
                <numerusform>قصيرة جدًا (%Ln أحرف على الأقل)</numerusform>
                <numerusform>قصيرة جدًا (%Ln حرفًا على الأقل)</numerusform>
                <numerusform>قصيرة جدًا (%Ln حرف على الأقل)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Weak</source>
            <translation>ضعيفة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Fair</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="217" />
            <source>Strong</source>
            <translation>قوية</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="264" />
            <location filename="../../ui/vault_dialogs.py" line="220" />
            <source>Enter a passphrase</source>
            <translation>أدخل عبارة مرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="276" />
            <source>Choose the vault folder</source>
            <translation>اختر مجلد الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="283" />
            <source>Enter your passphrase.</source>
            <translation>أدخل عبارة المرور.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="290" />
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور غير متطابقتين.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock_view.py" line="293" />
            <source>Use at least %Ln characters.</source>
            <translation>
                <numerusform>استخدم %Ln حرف على الأقل.</numerusform>
                <numerusform>استخدم حرفًا واحدًا على الأقل.</numerusform>
                <numerusform>استخدم حرفين على الأقل.</numerusform>
                <numerusform>استخدم %Ln أحرف على الأقل.</numerusform>
                <numerusform>استخدم %Ln حرفًا على الأقل.</numerusform>
                <numerusform>استخدم %Ln حرف على الأقل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="296" />
            <source>Please confirm that you understand the warning.</source>
            <translation>يُرجى تأكيد أنك فهمت التحذير.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="214" />
            <source>Too short (at least {n} characters)</source>
            <translation>قصيرة جدًا (على الأقل ⁨{n}⁩ أحرف)</translation>
        </message>
        <message>
            <source>Use at least {n} characters.</source>
            <translation type="vanished">استخدم ⁨{n}⁩ أحرف على الأقل.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="47" />
            <source>Withdraw consent for {code}</source>
            <translation>سحب الموافقة على الشهادة {code}</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="49" />
            <source>From now on, exports leave this account out for the bodies chosen below. Every body that already received it in a dossier gets a signed withdrawal notice, saved in the folder you choose, for you to send on.</source>
            <translation>من الآن فصاعدًا، تستبعد عمليات التصدير هذه الإفادة عن الجهات المختارة أدناه. وكل جهة سبق أن تلقّتها ضمن ملف أدلة يُعَدّ لها إشعار سحب موقّع، يُحفظ في المجلد الذي تختاره، لتُرسله أنت إليها.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="54" />
            <source>Withdraw consent for which body</source>
            <translation>الجهة التي تُسحب الموافقة بالنسبة إليها</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="55" />
            <source>Every body (all consent)</source>
            <translation>كل الجهات (الموافقة كلها)</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="59" />
            <source>Date the person withdrew consent</source>
            <translation>تاريخ سحب الشخص لموافقته</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="60" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="61" />
            <source>How the person withdrew consent</source>
            <translation>كيف سحب الشخص موافقته</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="62" />
            <source>e.g. by phone to the interviewer</source>
            <translation>مثلًا هاتفيًا إلى المقابِل</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="63" />
            <source>Folder for the signed notices</source>
            <translation>مجلد الإشعارات الموقّعة</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="65" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="65" />
            <source>Choose the notices folder</source>
            <translation>اختيار مجلد الإشعارات</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="71" />
            <source>Body:</source>
            <translation>الجهة:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="72" />
            <source>Withdrawn on:</source>
            <translation>تاريخ السحب:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="73" />
            <source>How:</source>
            <translation>الطريقة:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="74" />
            <source>Save notices in:</source>
            <translation>حفظ الإشعارات في:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="79" />
            <location filename="../../ui/withdraw_dialog.py" line="80" />
            <source>Withdraw consent</source>
            <translation>سحب الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="83" />
            <location filename="../../ui/withdraw_dialog.py" line="107" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="93" />
            <source>the public</source>
            <translation>العموم</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="96" />
            <source>Folder for the signed withdrawal notices</source>
            <translation>مجلد إشعارات السحب الموقّعة</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="107" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="116" />
            <source>Write the date like 2026-11-25.</source>
            <translation>اكتب التاريخ بالشكل ⁦2026-11-25⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="133" />
            <source>Consent for {code} withdrawn for: {bodies}. Future exports leave it out.</source>
            <translation>سُحبت الموافقة الخاصة بـ⁨{code}⁩ بالنسبة إلى: ⁨{bodies}⁩. وستستبعدها عمليات التصدير القادمة.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="136" />
            <source>Signed withdrawal notices (send each to its dossier's recipient):</source>
            <translation>إشعارات السحب الموقّعة (أرسل كلًّا منها إلى الجهة المستلمة لملف الأدلة الخاص به):</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="140" />
            <source>No dossier sent so far held this account for those bodies: no notice was needed.</source>
            <translation>لم يتضمّن أي ملف أدلة أُرسل حتى الآن هذه الإفادة لتلك الجهات: لم تكن هناك حاجة إلى إشعار.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="109" />
            <location filename="../../ui/workspace.py" line="110" />
            <source>Cases</source>
            <translation>القضايا</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="118" />
            <location filename="../../ui/workspace.py" line="317" />
            <source>New case…</source>
            <translation>قضية جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="118" />
            <source>New case</source>
            <translation>قضية جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="136" />
            <source>Case sections</source>
            <translation>أقسام القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="142" />
            <source>Exhibits</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="143" />
            <source>Testimonies</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="144" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="145" />
            <source>Custody log</source>
            <translation>سجل العهدة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="185" />
            <location filename="../../ui/workspace.py" line="253" />
            <source>{e} exhibits · {t} testimonies · {s} sources</source>
            <translation>الأدلة: ⁨{e}⁩ · الشهادات: ⁨{t}⁩ · المصادر: ⁨{s}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="240" />
            <source>No case open</source>
            <translation>لا قضية مفتوحة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="241" />
            <source>Create a case with “New case…” to start gathering evidence.</source>
            <translation>أنشئ قضية من «قضية جديدة…» لتبدأ جمع الأدلة.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="246" />
            <source>Status: {status}</source>
            <translation>الحالة: ⁨{status}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="248" />
            <source>Prepared for: {body}</source>
            <translation>مُعدّة لـ: ⁨{body}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="314" />
            <source>Edit case…</source>
            <translation>تعديل القضية…</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/workers.py" line="54" />
            <source>The vault's record database is damaged or was altered; run 'evidence-kit check' for details.</source>
            <translation>قاعدة سجلات الخزنة تالفة أو عُدِّلت؛ شغّل «⁦evidence-kit check⁩» لمعرفة التفاصيل.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="58" />
            <source>Not enough memory for this step; close other programs and try again.</source>
            <translation>لا تكفي الذاكرة لهذه الخطوة؛ أغلق البرامج الأخرى وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="61" />
            <source>The disk refused the operation: {reason}.</source>
            <translation>رفض القرص العملية: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="64" />
            <source>Unexpected error ({kind}). Nothing was changed by the failed step. Run with EVIDENCE_KIT_DEBUG=1 for details.</source>
            <translation>خطأ غير متوقع (⁨{kind}⁩). لم تغيّر الخطوة الفاشلة شيئًا. شغّل البرنامج مع ⁦EVIDENCE_KIT_DEBUG=1⁩ لمعرفة التفاصيل.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="155" />
            <source>The dossier's encrypted content fails its authentication check: the file was altered, truncated or damaged.</source>
            <translation>فشل المحتوى المشفّر لملف الأدلة في فحص الأصالة: الملف عُدِّل أو اقتُطع أو تلف.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="103" />
            <source>This dossier is encrypted to age keys: open it with the vault whose key it was sent to.</source>
            <translation>ملف الأدلة هذا مشفّر لمفاتيح age: افتحه بالخزنة التي أُرسل إلى مفتاحها.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="142" />
            <source>The dossier has extra bytes after its encrypted content.</source>
            <translation>يحتوي ملف الأدلة على بايتات زائدة بعد محتواه المشفّر.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="150" />
            <source>This dossier was not encrypted to this vault's age key: it is meant for someone else, or was sent to another of your keys.</source>
            <translation>لم يُشفَّر ملف الأدلة هذا لمفتاح age الخاص بهذه الخزنة: فهو موجَّه إلى شخص آخر، أو أُرسل إلى مفتاح آخر من مفاتيحك.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="154" />
            <source>This file is not a valid age-encrypted dossier.</source>
            <translation>هذا الملف ليس ملف أدلة صالحًا مشفّرًا بـ age.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="160" />
            <location filename="../../evidence_kit/envelope.py" line="202" />
            <source>The dossier has not been read to its end.</source>
            <translation>لم يُقرأ ملف الأدلة حتى نهايته.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="55" />
            <source>Could not write {what}: {reason}</source>
            <translation>تعذّرت كتابة ⁨{what}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="109" />
            <location filename="../../evidence_kit/atomic.py" line="138" />
            <source>the file</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="50" />
            <source>The disk is full: could not write {what}. Free some space and retry.</source>
            <translation>القرص ممتلئ: تعذّرت كتابة ⁨{what}⁩. أفرغ بعض المساحة وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="53" />
            <source>Not allowed to write {what}: the folder is read-only or protected.</source>
            <translation>غير مسموح بكتابة ⁨{what}⁩: المجلد للقراءة فقط أو محميّ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="67" />
            <source>{name} does not end with a line break.</source>
            <translation>لا ينتهي ⁨{name}⁩ بفاصل أسطر.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="55" />
            <source>{name} is not UTF-8 text.</source>
            <translation>⁨{name}⁩ ليس نصًا بترميز UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="61" />
            <source>{name}, line {number}, is malformed.</source>
            <translation>⁨{name}⁩، السطر ⁨{number}⁩: صيغته غير صحيحة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="64" />
            <source>{name} lists '{path}' twice.</source>
            <translation>يذكر ⁨{name}⁩ «⁨{path}⁩» مرتين.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="75" />
            <source>bag-info.txt is not UTF-8 text.</source>
            <translation>⁦bag-info.txt⁩ ليس نصًا بترميز UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="80" />
            <source>bag-info.txt has a malformed line.</source>
            <translation>يحتوي ⁦bag-info.txt⁩ على سطر صيغته غير صحيحة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="65" />
            <source>File too large for one blob (over 4 PiB).</source>
            <translation>الملف أكبر من أن يُخزَّن في كتلة واحدة (أكثر من 4 بيبي بايت).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="224" />
            <source>A record points at a malformed blob id.</source>
            <translation>يشير سجلّ إلى معرّف كتلة تخزين غير صحيح.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="338" />
            <source>Encrypted file {blob}… does not match its recorded hash.</source>
            <translation>الملف المشفّر ⁨{blob}⁩… لا يطابق البصمة (hash) المسجّلة له.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="303" />
            <source>Encrypted file {blob}… is missing from the vault.</source>
            <translation>الملف المشفّر ⁨{blob}⁩… مفقود من الخزنة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="306" />
            <source>Encrypted file {blob}… cannot be read: {reason}.</source>
            <translation>تتعذّر قراءة الملف المشفّر ⁨{blob}⁩…: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="311" />
            <source>Encrypted file {blob}… is truncated.</source>
            <translation>الملف المشفّر ⁨{blob}⁩… مقتطع.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="314" />
            <source>Encrypted file {blob}… has a damaged header.</source>
            <translation>ترويسة الملف المشفّر ⁨{blob}⁩… تالفة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="131" />
            <location filename="../../evidence_kit/blobstore.py" line="162" />
            <location filename="../../evidence_kit/blobstore.py" line="186" />
            <location filename="../../evidence_kit/blobstore.py" line="270" />
            <source>the encrypted copy</source>
            <translation>النسخة المشفّرة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="214" />
            <source>The vault is damaged: '{name}' should be a folder but is a file.</source>
            <translation>الخزنة تالفة: يجب أن يكون «⁨{name}⁩» مجلدًا لكنه ملف.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="251" />
            <source>Import cancelled.</source>
            <translation>أُلغي الاستيراد.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="217" />
            <source>the folder {path}</source>
            <translation>المجلد ⁨{path}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="325" />
            <source>Encrypted file {blob}… is damaged or was tampered with (chunk {chunk} fails authentication).</source>
            <translation>الملف المشفّر ⁨{blob}⁩… تالف أو جرى العبث به (فشل الجزء ⁨{chunk}⁩ في فحص الأصالة).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="20" />
            <location filename="../../evidence_kit/cases.py" line="51" />
            <source>A case needs a title.</source>
            <translation>تحتاج القضية إلى عنوان.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="21" />
            <location filename="../../evidence_kit/cases.py" line="53" />
            <source>target body</source>
            <translation>الجهة المستهدفة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="46" />
            <source>These case fields cannot be edited: {fields}.</source>
            <translation>لا يمكن تعديل حقول القضية هذه: ⁨{fields}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="55" />
            <source>case status</source>
            <translation>حالة القضية</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="42" />
            <source>No dossier password given: use --password-file or run in a terminal to be asked.</source>
            <translation>لم تُعطَ كلمة مرور ملف الأدلة: استخدم ⁦--password-file⁩ أو شغّل البرنامج في طرفية ليُطلب منك إدخالها.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="72" />
            <location filename="../../evidence_kit/envelope.py" line="221" />
            <source>{path} is a folder, not a dossier file.</source>
            <translation>⁨{path}⁩ مجلد، وليس ملف أدلة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="74" />
            <location filename="../../evidence_kit/envelope.py" line="219" />
            <location filename="../../evidence_kit/ingest.py" line="62" />
            <location filename="../../evidence_kit/ingest.py" line="67" />
            <location filename="../../evidence_kit/sent_records.py" line="120" />
            <location filename="../../evidence_kit/testimonies.py" line="107" />
            <source>File not found: {path}</source>
            <translation>الملف غير موجود: ⁨{path}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="103" />
            <source>{path} already exists; choose another name or add --force.</source>
            <translation>⁨{path}⁩ موجود مسبقًا؛ اختر اسمًا آخر أو أضف ⁦--force⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="40" />
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="138" />
            <source>dossier password</source>
            <translation>كلمة مرور ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="80" />
            <source>No vault found in {folder}.</source>
            <translation>لم يُعثر على خزنة في ⁨{folder}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="82" />
            <source>This dossier is encrypted to age keys: open it with the vault whose age key it was sent to (--vault DIR).</source>
            <translation>ملف الأدلة هذا مشفّر لمفاتيح age: افتحه بالخزنة التي أُرسل إلى مفتاح age الخاص بها (⁦--vault DIR⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="111" />
            <source>--override needs --decided-by and --reason (both are logged).</source>
            <translation>يتطلب ⁦--override⁩ الخيارين ⁦--decided-by⁩ و⁦--reason⁩ (ويُسجَّل كلاهما).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="124" />
            <source>The recipient's template needs: {fields}. Give them with --answers FILE.json, or export anyway with --allow-missing (the report then says 'not provided').</source>
            <translation>يتطلب نموذج الجهة المستلمة: ⁨{fields}⁩. قدّمها عبر ⁦--answers FILE.json⁩، أو صدّر رغم ذلك مع ⁦--allow-missing⁩ (وسيذكر التقرير حينها «لم يُقدَّم»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="132" />
            <source>Use either --password-file or --recipient, not both.</source>
            <translation>استخدم ⁦--password-file⁩ أو ⁦--recipient⁩، لا كليهما.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="53" />
            <location filename="../../ui/dossier_reading.py" line="25" />
            <source>Cannot read the public key file {path}.</source>
            <translation>تتعذّر قراءة ملف المفتاح العام ⁨{path}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_gui.py" line="37" />
            <source>No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set): the desktop app needs one. Use the command line instead, e.g. `evidence-kit demo`.</source>
            <translation>لم يُعثر على شاشة (لم يُعيَّن ⁦DISPLAY⁩ ولا ⁦WAYLAND_DISPLAY⁩): يحتاج تطبيق سطح المكتب إلى شاشة. استخدم سطر الأوامر بدلًا من ذلك، مثلًا «⁦evidence-kit demo⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="59" />
            <source>{path} already exists; choose another name or add --force to replace it.</source>
            <translation>⁨{path}⁩ موجود مسبقًا؛ اختر اسمًا آخر أو أضف ⁦--force⁩ لاستبداله.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="62" />
            <source>{path} is a folder; give a file name such as signer.pub.</source>
            <translation>⁨{path}⁩ مجلد؛ أعطِ اسم ملف مثل ⁦signer.pub⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="115" />
            <source>{path} is far too large to be a minisign public key file.</source>
            <translation>⁨{path}⁩ أكبر بكثير من أن يكون ملف مفتاح عام لـ minisign.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="72" />
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="68" />
            <source>the key file {path}</source>
            <translation>ملف المفتاح ⁨{path}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="108" />
            <source>The key file {path} does not exist.</source>
            <translation>ملف المفتاح ⁨{path}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="110" />
            <source>{path} is a folder, not a key file.</source>
            <translation>⁨{path}⁩ مجلد، وليس ملف مفتاح.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="112" />
            <source>The key file {path} cannot be read: {reason}.</source>
            <translation>تتعذّر قراءة ملف المفتاح ⁨{path}⁩: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="120" />
            <source>{path} is not a minisign public key file (not text).</source>
            <translation>⁨{path}⁩ ليس ملف مفتاح عام لـ minisign (ليس نصًا).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="37" />
            <location filename="../../evidence_kit/exhibits.py" line="38" />
            <location filename="../../evidence_kit/redact.py" line="99" />
            <source>{ref} is not an exhibit.</source>
            <translation>⁨{ref}⁩ ليس دليلًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="58" />
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="92" />
            <location filename="../../evidence_kit/testimonies.py" line="191" />
            <location filename="../../evidence_kit/withdrawal.py" line="108" />
            <source>{ref} is not a testimony.</source>
            <translation>⁨{ref}⁩ ليس شهادة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="76" />
            <location filename="../../evidence_kit/cli/cmd_report.py" line="68" />
            <location filename="../../evidence_kit/export.py" line="244" />
            <location filename="../../ui/withdraw_dialog.py" line="125" />
            <source>The folder {folder} does not exist.</source>
            <translation>المجلد ⁨{folder}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_records.py" line="51" />
            <source>Nothing to change: give --status, --title, --summary, --situation, --country or --target.</source>
            <translation>لا يوجد ما يُغيَّر: أعطِ ⁦--status⁩ أو ⁦--title⁩ أو ⁦--summary⁩ أو ⁦--situation⁩ أو ⁦--country⁩ أو ⁦--target⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_records.py" line="118" />
            <source>Nothing to change: give --description, --location, --tag or --no-tags.</source>
            <translation>لا يوجد ما يُغيَّر: أعطِ ⁦--description⁩ أو ⁦--location⁩ أو ⁦--tag⁩ أو ⁦--no-tags⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="48" />
            <source>The answers file {path} is too large (over 1 MiB).</source>
            <translation>ملف الإجابات ⁨{path}⁩ كبير جدًا (أكثر من 1 ميبي بايت).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="56" />
            <source>The answers file {path} must be a JSON object of texts, like {{"contact": "...", "national_steps": "..."}}.</source>
            <translation>يجب أن يكون ملف الإجابات ⁨{path}⁩ كائن JSON من نصوص، مثل ⁦{{"contact": "...", "national_steps": "..."}}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="66" />
            <source>{path} already exists; use --force to replace it.</source>
            <translation>⁨{path}⁩ موجود مسبقًا؛ استخدم ⁦--force⁩ لاستبداله.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="46" />
            <source>The answers file {path} does not exist.</source>
            <translation>ملف الإجابات ⁨{path}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="52" />
            <source>The answers file {path} is not valid UTF-8 JSON: {reason}</source>
            <translation>ملف الإجابات ⁨{path}⁩ ليس JSON صالحًا بترميز UTF-8: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="80" />
            <location filename="../../ui/export_review.py" line="351" />
            <source>the report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="24" />
            <source>passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="37" />
            <source>The {what} file {path} is empty.</source>
            <translation>ملف «⁨{what}⁩» ⁨{path}⁩ فارغ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="48" />
            <source>No passphrase given: use --passphrase-file, the {variable} variable, or run in a terminal to be asked.</source>
            <translation>لم تُعطَ عبارة المرور: استخدم ⁦--passphrase-file⁩ أو المتغيّر ⁨{variable}⁩، أو شغّل البرنامج في طرفية ليُطلب منك إدخالها.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="53" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>عبارتا المرور مختلفتان؛ لم يتغيّر شيء.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="31" />
            <source>The {what} file {path} does not exist.</source>
            <translation>ملف «⁨{what}⁩» ⁨{path}⁩ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="33" />
            <source>The {what} file {path} is not UTF-8 text.</source>
            <translation>ملف «⁨{what}⁩» ⁨{path}⁩ ليس نصًا بترميز UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="29" />
            <source>'consent' must be an object.</source>
            <translation>يجب أن يكون «consent» كائنًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="32" />
            <source>Unknown key(s) in consent: {keys}. Allowed: {allowed}.</source>
            <translation>مفاتيح غير معروفة في consent: ⁨{keys}⁩. المسموح بها: ⁨{allowed}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="37" />
            <source>consent 'share_with' must be a list such as ["icc", "un-sp"].</source>
            <translation>يجب أن يكون «share_with» في consent قائمة مثل ⁦["icc", "un-sp"]⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="46" />
            <source>consent 'be_named' must be one of {allowed} (or true/false).</source>
            <translation>يجب أن تكون قيمة «be_named» في consent إحدى القيم: ⁨{allowed}⁩ (أو ⁦true/false⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="142" />
            <source>Editing cannot take back consent for {bodies}: withdraw it instead (Withdraw consent…, or 'evidence-kit consent withdraw'), so earlier recipients are told.</source>
            <translation>لا يمكن بالتعديل سحب الموافقة الممنوحة لـ: ⁨{bodies}⁩؛ اسحبها بدلًا من ذلك («سحب الموافقة…» أو «⁦evidence-kit consent withdraw⁩»)، ليُبلَّغ المستلمون السابقون.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="40" />
            <source>consent 'share_with' has '{body}'; allowed: {allowed}.</source>
            <translation>يحتوي «share_with» في consent على «⁨{body}⁩»؛ المسموح به: ⁨{allowed}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="50" />
            <source>consent '{key}' must be true or false.</source>
            <translation>يجب أن تكون قيمة «⁨{key}⁩» في consent ⁦true⁩ أو ⁦false⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="53" />
            <source>consent '{key}' must be text.</source>
            <translation>يجب أن تكون قيمة «⁨{key}⁩» في consent نصًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="69" />
            <source>redacted dossier: pseudonym only</source>
            <translation>ملف أدلة محجوب: الاسم المستعار فقط</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="73" />
            <source>identity withheld: the witness was not told the government receives a letter naming them</source>
            <translation>حُجبت الهوية: لم يُبلَّغ الشاهد بأن الحكومة تتلقى رسالة تذكر اسمه</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="56" />
            <source>no recorded consent to share this account with {body}</source>
            <translation>لا توجد موافقة مسجّلة على مشاركة هذه الإفادة مع: ⁨{body}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="59" />
            <source>the witness was not told that UN Special Procedures communications are published</source>
            <translation>لم يُبلَّغ الشاهد بأن مراسلات الإجراءات الخاصة للأمم المتحدة تُنشر</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="62" />
            <source>consent does not cover onward sharing with national or regional jurisdictions</source>
            <translation>لا تشمل الموافقة المشاركة اللاحقة مع جهات قضائية وطنية أو إقليمية</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="53" />
            <source>consent to share with {body} was withdrawn on {date}</source>
            <translation>سُحبت الموافقة على المشاركة مع (⁨{body}⁩) بتاريخ ⁨{date}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/db.py" line="52" />
            <location filename="../../evidence_kit/vault.py" line="107" />
            <source>The vault's record database cannot be read: it is damaged or was altered.</source>
            <translation>تتعذّر قراءة قاعدة سجلات الخزنة: إنها تالفة أو عُدِّلت.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/db.py" line="48" />
            <source>The vault folder {folder} is read-only or protected; Evidence Kit needs to write there even to open it. Copy the vault to a writable disk.</source>
            <translation>مجلد الخزنة ⁨{folder}⁩ للقراءة فقط أو محميّ؛ يحتاج Evidence Kit إلى الكتابة فيه حتى لفتحه. انسخ الخزنة إلى قرص قابل للكتابة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/demo.py" line="29" />
            <source>{path} is not a demo case description.</source>
            <translation>⁨{path}⁩ ليس وصفًا لقضية تجريبية.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="170" />
            <source>{code}: its file is missing or does not match.</source>
            <translation>⁨{code}⁩: ملفه مفقود أو غير مطابق.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="278" />
            <location filename="../../evidence_kit/dossier_import.py" line="280" />
            <source>the receipt</source>
            <translation>إيصال الاستلام</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="80" />
            <source>The dossier is intact but signed by a key you have not trusted; nothing was imported. Confirm the signer's fingerprint, trust the key, and import again.</source>
            <translation>ملف الأدلة سليم لكنه موقّع بمفتاح لم تعتمده موثوقًا؛ لم يُستورد شيء. تأكّد من بصمة الموقّع، واعتمد المفتاح موثوقًا، ثم أعد الاستيراد.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="135" />
            <source>This vault exported this dossier itself; there is nothing to import.</source>
            <translation>صدّرت هذه الخزنة ملف الأدلة هذا بنفسها؛ لا يوجد ما يُستورد.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="88" />
            <source>The dossier's index (dossier.json) is malformed; nothing was imported.</source>
            <translation>فهرس ملف الأدلة (⁦dossier.json⁩) صيغته غير صحيحة؛ لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="62" />
            <source>{path} exists and is not a folder.</source>
            <translation>⁨{path}⁩ موجود وليس مجلدًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="66" />
            <source>Not enough free space in {folder}: the dossier needs about {size} MiB.</source>
            <translation>لا تكفي المساحة الحرة في ⁨{folder}⁩: يحتاج ملف الأدلة إلى نحو ⁨{size}⁩ ميبي بايت.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="36" />
            <source>Refusing to write outside the target folder: {path}</source>
            <translation>رُفضت الكتابة خارج المجلد الهدف: ⁨{path}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="86" />
            <source>{path} already exists; choose an empty folder.</source>
            <translation>⁨{path}⁩ موجود مسبقًا؛ اختر مجلدًا فارغًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="93" />
            <source>the files in {folder}</source>
            <translation>الملفات في ⁨{folder}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="235" />
            <source>Unknown recipient body '{body}'.</source>
            <translation>جهة مستلمة غير معروفة: «⁨{body}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="237" />
            <source>Unknown disclosure level '{level}'; use confidential or redacted.</source>
            <translation>مستوى إفصاح غير معروف: «⁨{level}⁩»؛ استخدم ⁦confidential⁩ أو ⁦redacted⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="241" />
            <source>Nothing to export: the case has no exhibits, testimonies or sources.</source>
            <translation>لا يوجد ما يُصدَّر: لا تحتوي القضية على أدلة أو شهادات أو مصادر.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="249" />
            <source>Nothing may be exported: {reasons}</source>
            <translation>لا يجوز تصدير أي شيء: ⁨{reasons}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="79" />
            <source>An override needs the name of the person who decided and the reason; both go into the custody log.</source>
            <translation>يحتاج الاستثناء إلى اسم صاحب القرار وإلى السبب؛ ويُسجَّل كلاهما في سجل العهدة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="179" />
            <source>an override cannot include it: the witness withdrew consent</source>
            <translation>لا يمكن تضمينها باستثناء: سحب الشاهد موافقته</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="219" />
            <source>linked to {testimony} ({relation}), which is left out: {why}</source>
            <translation>مرتبط بـ⁨{testimony}⁩ (⁨{relation}⁩)، وهي مستبعدة: ⁨{why}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="221" />
            <source>linked to {testimony} ({relation}), which is left out: {why}; an override of {testimony} also includes this exhibit</source>
            <translation>مرتبط بـ⁨{testimony}⁩ (⁨{relation}⁩)، وهي مستبعدة: ⁨{why}⁩؛ واستثناء ⁨{testimony}⁩ يضمّن هذا الدليل أيضًا</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="156" />
            <source>a redacted dossier carries only redacted copies, and files of this kind cannot be redacted yet (share it in a confidential dossier)</source>
            <translation>لا يحمل ملف الأدلة المحجوب إلا نسخًا محجوبة، ولا يمكن بعدُ الحجب في ملفات من هذا النوع (شاركه في ملف أدلة سرّي)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="250" />
            <source>{code}: {why}</source>
            <translation>⁨{code}⁩: ⁨{why}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="160" />
            <source>cannot be redacted: not a decodable image</source>
            <translation>لا يمكن الحجب فيه: ليس صورة يمكن فك ترميزها</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="163" />
            <source>a redacted dossier carries only redacted copies, and this exhibit has none (make one with 'evidence-kit redact')</source>
            <translation>لا يحمل ملف الأدلة المحجوب إلا نسخًا محجوبة، وليس لهذا الدليل نسخة منها (أنشئ واحدة عبر «حجب…» أو «⁦evidence-kit redact⁩»)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="86" />
            <source>'{path}' lies outside the dossier's single bag folder.</source>
            <translation>يقع «⁨{path}⁩» خارج مجلد bag الوحيد في ملف الأدلة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="88" />
            <source>The dossier holds an unexpected file '{path}'.</source>
            <translation>يحتوي ملف الأدلة على ملف غير متوقع: «⁨{path}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="121" />
            <source>The dossier is empty.</source>
            <translation>ملف الأدلة فارغ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="163" />
            <source>{name} is unexpectedly large ({size} bytes).</source>
            <translation>⁨{name}⁩ كبير على نحو غير متوقع (⁨{size}⁩ بايت).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="165" />
            <source>The dossier's metadata files are unexpectedly large together ({size} bytes or more).</source>
            <translation>ملفات البيانات الوصفية في ملف الأدلة كبيرة معًا على نحو غير متوقع (⁨{size}⁩ بايت أو أكثر).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="73" />
            <source>Cancelled; nothing was kept.</source>
            <translation>أُلغي؛ لم يُحتفَظ بشيء.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="118" />
            <source>The dossier has extra bytes after its inner archive.</source>
            <translation>يحتوي ملف الأدلة على بايتات زائدة بعد أرشيفه الداخلي.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="145" />
            <source>{name} is longer than its header says.</source>
            <translation>⁨{name}⁩ أطول مما تذكره ترويسته.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="144" />
            <source>The dossier's envelope headers are not in the canonical form export writes: it was altered, truncated or re-packed.</source>
            <translation>ترويسات غلاف ملف الأدلة ليست بالصيغة القياسية التي يكتبها التصدير: عُدِّل الملف أو اقتُطع أو أعيد حزمه.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="123" />
            <source>The dossier password is not correct, or the file's header is damaged.</source>
            <translation>كلمة مرور ملف الأدلة غير صحيحة، أو ترويسة الملف تالفة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="138" />
            <source>This file is not an Evidence Kit dossier (not a zip file).</source>
            <translation>هذا الملف ليس ملف أدلة من Evidence Kit (ليس ملف zip).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="142" />
            <source>This file is not an Evidence Kit dossier (its first entry is not payload.zip).</source>
            <translation>هذا الملف ليس ملف أدلة من Evidence Kit (أول عنصر فيه ليس ⁦payload.zip⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="156" />
            <source>The dossier's envelope directory is not in the canonical form export writes: entries were added, renamed or altered.</source>
            <translation>دليل محتويات غلاف ملف الأدلة ليس بالصيغة القياسية التي يكتبها التصدير: أُضيفت عناصر أو أعيدت تسميتها أو عُدِّلت.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="173" />
            <source>The dossier's encrypted content fails its authentication check: the file was altered or damaged.</source>
            <translation>فشل المحتوى المشفّر لملف الأدلة في فحص الأصالة: الملف عُدِّل أو تلف.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="167" />
            <source>The dossier is truncated.</source>
            <translation>ملف الأدلة مقتطع.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="29" />
            <source>These exhibit fields cannot be edited: {fields}.</source>
            <translation>لا يمكن تعديل حقول الدليل هذه: ⁨{fields}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="55" />
            <source>A link needs a relation, such as 'records' or 'related'.</source>
            <translation>يحتاج الربط إلى علاقة، مثل «⁦records⁩» أو «⁦related⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="59" />
            <source>An item cannot be linked to itself.</source>
            <translation>لا يمكن ربط عنصر بنفسه.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="240" />
            <source>Choose either a dossier password or age recipients.</source>
            <translation>اختر إمّا كلمة مرور لملف الأدلة وإمّا جهات مستلمة بمفاتيح age.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="242" />
            <source>{path} already exists; choose another name.</source>
            <translation>⁨{path}⁩ موجود مسبقًا؛ اختر اسمًا آخر.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="164" />
            <source>Export cancelled; no dossier was written.</source>
            <translation>أُلغي التصدير؛ لم يُكتب أي ملف أدلة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/faces.py" line="63" />
            <location filename="../../evidence_kit/redact.py" line="57" />
            <source>This file is not an image that can be redacted ({reason}).</source>
            <translation>هذا الملف ليس صورة يمكن الحجب فيها (⁨{reason}⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/faces.py" line="78" />
            <source>Face detection is not available (OpenCV is missing).</source>
            <translation>كشف الوجوه غير متاح (مكتبة OpenCV غير مثبّتة).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="113" />
            <source>The vault header (vault.json) is too large to be genuine.</source>
            <translation>ترويسة الخزنة (⁦vault.json⁩) أكبر من أن تكون أصلية.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="118" />
            <source>the vault header</source>
            <translation>ترويسة الخزنة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="101" />
            <source>The passphrase is not correct for this vault.</source>
            <translation>عبارة المرور غير صحيحة لهذه الخزنة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="110" />
            <source>{folder} has no vault.json: it is not an Evidence Kit vault.</source>
            <translation>لا يحتوي ⁨{folder}⁩ على ⁦vault.json⁩: إنه ليس خزنة Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="63" />
            <source>This folder is not an Evidence Kit vault.</source>
            <translation>هذا المجلد ليس خزنة Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="65" />
            <source>This vault uses format version {version}, which this version of Evidence Kit cannot open. Please update Evidence Kit.</source>
            <translation>تستخدم هذه الخزنة الإصدار ⁨{version}⁩ من الصيغة، ولا يستطيع هذا الإصدار من Evidence Kit فتحه. يُرجى تحديث Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="78" />
            <source>The vault header (vault.json) is damaged.</source>
            <translation>ترويسة الخزنة (⁦vault.json⁩) تالفة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="64" />
            <source>{path} is not a regular file.</source>
            <translation>⁨{path}⁩ ليس ملفًا عاديًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="69" />
            <source>Not allowed to read {path}.</source>
            <translation>غير مسموح بقراءة ⁨{path}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="71" />
            <location filename="../../evidence_kit/ingest.py" line="123" />
            <source>Could not read {path}: {reason}</source>
            <translation>تعذّرت قراءة ⁨{path}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="51" />
            <source>Unsupported key derivation '{algorithm}'.</source>
            <translation>طريقة اشتقاق مفتاح غير مدعومة: «⁨{algorithm}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="54" />
            <source>The vault header asks for an unreasonable amount of memory.</source>
            <translation>تطلب ترويسة الخزنة كمية غير معقولة من الذاكرة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="56" />
            <source>The vault header's key-derivation settings are out of range.</source>
            <translation>إعدادات اشتقاق المفتاح في ترويسة الخزنة خارج النطاق المسموح.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="45" />
            <source>The vault header's key-derivation settings are damaged.</source>
            <translation>إعدادات اشتقاق المفتاح في ترويسة الخزنة تالفة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/keys.py" line="41" />
            <source>A wrapped key is truncated.</source>
            <translation>مفتاح مغلَّف مقتطع.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/keys.py" line="45" />
            <source>A wrapped key failed its authenticity check.</source>
            <translation>فشل مفتاح مغلَّف في فحص الأصالة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="200" />
            <source>The {what} must be a single line of text.</source>
            <translation>يجب أن يكون «⁨{what}⁩» سطرًا واحدًا من النص.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="203" />
            <source>The {what} is too long ({size} bytes, at most {limit}).</source>
            <translation>«⁨{what}⁩» طويل جدًا (⁨{size}⁩ بايت، والحد الأقصى ⁨{limit}⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="214" />
            <source>The signature file is damaged: its {what} line is not valid.</source>
            <translation>ملف التوقيع تالف: سطر «⁨{what}⁩» فيه غير صالح.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="235" />
            <source>This is not a minisign public key (expected one base64 line).</source>
            <translation>هذا ليس مفتاحًا عامًا لـ minisign (كان المتوقع سطرًا واحدًا بترميز base64).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="241" />
            <source>This is not a minisign Ed25519 public key.</source>
            <translation>هذا ليس مفتاحًا عامًا من نوع Ed25519 لـ minisign.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="249" />
            <source>public key comment</source>
            <translation>تعليق المفتاح العام</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="259" />
            <source>The signature file is damaged: it should have four lines.</source>
            <translation>ملف التوقيع تالف: يجب أن يتكوّن من أربعة أسطر.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="262" />
            <source>The signature file is damaged: the first line is wrong.</source>
            <translation>ملف التوقيع تالف: السطر الأول غير صحيح.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="264" />
            <source>The signature file is damaged: no trusted comment line.</source>
            <translation>ملف التوقيع تالف: لا يوجد سطر التعليق الموثوق.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="265" />
            <source>signature</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="267" />
            <source>The signature uses an algorithm this app does not know.</source>
            <translation>يستخدم التوقيع خوارزمية لا يعرفها هذا التطبيق.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="333" />
            <location filename="../../evidence_kit/minisign.py" line="346" />
            <source>trusted comment</source>
            <translation>التعليق الموثوق</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="345" />
            <source>A prehashed minisign signature needs a 64-byte BLAKE2b digest.</source>
            <translation>يحتاج توقيع minisign المسبق التجزئة إلى خلاصة BLAKE2b بطول 64 بايت.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="347" />
            <source>untrusted comment</source>
            <translation>التعليق غير الموثوق</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="371" />
            <source>This signature was made with key id {key_id}, not with the expected key (id {expected_id}, fingerprint {fingerprint}).</source>
            <translation>صُنع هذا التوقيع بالمفتاح ذي المعرّف ⁨{key_id}⁩، لا بالمفتاح المتوقع (المعرّف ⁨{expected_id}⁩، البصمة ⁨{fingerprint}⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="99" />
            <source>A public key needs an 8-byte key id and 32 key bytes.</source>
            <translation>يحتاج المفتاح العام إلى معرّف بطول 8 بايت و32 بايت للمفتاح.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="133" />
            <source>A key id is exactly 8 bytes.</source>
            <translation>معرّف المفتاح 8 بايت بالضبط.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="147" />
            <source>An Ed25519 secret key seed is exactly 32 bytes.</source>
            <translation>بذرة المفتاح السري من نوع Ed25519 طولها 32 بايت بالضبط.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="239" />
            <source>This is not a minisign public key (the key is not base64).</source>
            <translation>هذا ليس مفتاحًا عامًا لـ minisign (المفتاح ليس بترميز base64).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="317" />
            <source>This signature uses minisign's old (legacy) format, which this app only checks for files up to {size} MiB. Ask the signer to sign again with a current minisign (without -l).</source>
            <translation>يستخدم هذا التوقيع الصيغة القديمة لـ minisign، ولا يتحقق منها هذا التطبيق إلا للملفات حتى ⁨{size}⁩ ميبي بايت. اطلب من الموقّع أن يوقّع من جديد بإصدار حديث من minisign (من دون ⁦-l⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="382" />
            <source>The signature does not match the file: the file was changed after it was signed, or it is not the file that was signed.</source>
            <translation>التوقيع لا يطابق الملف: إمّا أن الملف تغيّر بعد توقيعه، وإمّا أنه ليس الملف الذي وُقِّع.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="389" />
            <source>The signed comment of this signature was altered after signing; do not trust it.</source>
            <translation>عُدِّل التعليق الموقَّع في هذا التوقيع بعد التوقيع؛ لا تثق به.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="224" />
            <source>The signature file is not text (not UTF-8).</source>
            <translation>ملف التوقيع ليس نصًا (ليس بترميز UTF-8).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="273" />
            <source>comment signature</source>
            <translation>توقيع التعليق</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="302" />
            <source>Message chunks must be bytes.</source>
            <translation>يجب أن تكون أجزاء الرسالة بايتات.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="144" />
            <source>This dossier password is too easy to guess: use at least {min_words} different unrelated words (e.g. 'river lamp orbit stone velvet'), or mix upper case, lower case, digits and punctuation — or let Evidence Kit generate one.</source>
            <translation>كلمة مرور ملف الأدلة هذه سهلة التخمين: استخدم ⁨{min_words}⁩ كلمات مختلفة غير مترابطة على الأقل (مثل «⁦river lamp orbit stone velvet⁩»)، أو امزج بين الأحرف الكبيرة والصغيرة والأرقام وعلامات الترقيم — أو دع Evidence Kit يولّد واحدة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="58" />
            <source>The bundled word list {path} is damaged ({count} distinct words, expected {expected}); reinstall Evidence Kit.</source>
            <translation>قائمة الكلمات المرفقة ⁨{path}⁩ تالفة (⁨{count}⁩ كلمة مختلفة، والمتوقع ⁨{expected}⁩)؛ أعد تثبيت Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="67" />
            <source>A generated dossier password has {min} to {max} words (asked for {words}); fewer words are too easy to guess for the zip encryption.</source>
            <translation>تتكوّن كلمة مرور ملف الأدلة المولَّدة من ⁨{min}⁩ إلى ⁨{max}⁩ كلمات (طُلب ⁨{words}⁩)؛ فالعدد الأقل يسهل تخمينه مع تشفير zip.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="100" />
            <source>Use only Latin letters (a-z, A-Z), digits, spaces and common punctuation in a dossier password: the recipient may have another keyboard layout, and zip tools do not agree on how to encode other characters, so the dossier might not open.</source>
            <translation>لا تستخدم في كلمة مرور ملف الأدلة إلا الأحرف اللاتينية (⁦a-z, A-Z⁩) والأرقام والمسافات وعلامات الترقيم الشائعة: فقد تكون لدى الجهة المستلمة لوحة مفاتيح مختلفة، ولا تتفق أدوات zip على طريقة ترميز الأحرف الأخرى، فقد لا يُفتح الملف.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="105" />
            <source>The dossier password starts or ends with a space; spaces at the ends get lost when a password is read out or copied. Remove them.</source>
            <translation>تبدأ كلمة مرور ملف الأدلة أو تنتهي بمسافة؛ والمسافات في الطرفين تضيع عند قراءة كلمة المرور بصوت عالٍ أو نسخها. احذفها.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="130" />
            <source>This dossier password is too short ({length} characters): use at least {min_chars}, for example {min_words} or more unrelated words, or let Evidence Kit generate one.</source>
            <translation>كلمة مرور ملف الأدلة هذه قصيرة جدًا (⁨{length}⁩ حرفًا): استخدم ⁨{min_chars}⁩ حرفًا على الأقل، مثل ⁨{min_words}⁩ كلمات غير مترابطة أو أكثر، أو دع Evidence Kit يولّد واحدة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="137" />
            <source>This dossier password repeats too few different characters to be hard to guess; use several unrelated words, or let Evidence Kit generate one.</source>
            <translation>تحتوي كلمة مرور ملف الأدلة هذه على عدد قليل جدًا من الأحرف المختلفة بحيث يسهل تخمينها؛ استخدم عدة كلمات غير مترابطة، أو دع Evidence Kit يولّد واحدة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="53" />
            <source>The bundled word list {path} cannot be read; reinstall Evidence Kit.</source>
            <translation>تتعذّر قراءة قائمة الكلمات المرفقة ⁨{path}⁩؛ أعد تثبيت Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="46" />
            <source>No age public key (age1…) found.</source>
            <translation>لم يُعثر على مفتاح age عام (⁦age1…⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="75" />
            <source>Give the recipient a label (who they are), at most 200 characters.</source>
            <translation>أعطِ الجهة المستلمة تسمية (من هي)، بحدّ أقصى 200 حرف.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="77" />
            <source>That is this vault's own age key; it is always added to exports.</source>
            <translation>هذا مفتاح age الخاص بهذه الخزنة نفسها؛ ويُضاف دائمًا إلى عمليات التصدير.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="39" />
            <source>That is an age SECRET key. Ask the recipient for their public key (it starts with age1…); never share a secret key.</source>
            <translation>هذا مفتاح age سرّي. اطلب من الجهة المستلمة مفتاحها العام (يبدأ بـ ⁦age1…⁩)؛ ولا تشارك مفتاحًا سريًا أبدًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="84" />
            <source>A recipient with that key is already known as '{label}'.</source>
            <translation>توجد مسبقًا جهة مستلمة بهذا المفتاح باسم «⁨{label}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="102" />
            <source>No recipient '{label}' (see 'evidence-kit recipient list').</source>
            <translation>لا توجد جهة مستلمة «⁨{label}⁩» (انظر «⁦evidence-kit recipient list⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="117" />
            <source>No recipient '{label}'. Add it first with 'evidence-kit recipient add FILE --label ...' (see 'recipient list').</source>
            <translation>لا توجد جهة مستلمة «⁨{label}⁩». أضفها أولًا عبر «⁦evidence-kit recipient add FILE --label ...⁩» (انظر «⁦recipient list⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="44" />
            <source>'{start}…' is not an age X25519 public key (age1…).</source>
            <translation>«⁨{start}⁩…» ليس مفتاح age عامًا من نوع X25519 (⁦age1…⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="82" />
            <source>A recipient with that label is already known as '{label}'.</source>
            <translation>توجد مسبقًا جهة مستلمة بهذه التسمية: «⁨{label}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="23" />
            <source>an exhibit</source>
            <translation>دليلًا</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="23" />
            <source>a testimony</source>
            <translation>شهادة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="24" />
            <source>a source</source>
            <translation>مصدرًا</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="38" />
            <source>'{value}' is not a valid {what}; choose one of: {choices}.</source>
            <translation>«⁨{value}⁩» ليست قيمة صالحة لـ«⁨{what}⁩»؛ اختر إحدى القيم: ⁨{choices}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="59" />
            <source>There is no case {case} in this vault (see 'evidence-kit case list').</source>
            <translation>لا توجد القضية ⁨{case}⁩ في هذه الخزنة (انظر «⁦evidence-kit case list⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="69" />
            <source>'{ref}' is not an item code like E0001, T0001 or S0001.</source>
            <translation>«⁨{ref}⁩» ليس رمز عنصر مثل ⁦E0001⁩ أو ⁦T0001⁩ أو ⁦S0001⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="77" />
            <source>There is no item {ref} in case {case}.</source>
            <translation>لا يوجد العنصر ⁨{ref}⁩ في القضية ⁨{case}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="85" />
            <source>{ref} is not {what}: give a code like {example}.</source>
            <translation>⁨{ref}⁩ ليس ⁨{what}⁩: أعطِ رمزًا مثل ⁨{example}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="54" />
            <source>'{case}' is not a case number (try 'evidence-kit case list').</source>
            <translation>«⁨{case}⁩» ليس رقم قضية (جرّب «⁦evidence-kit case list⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="66" />
            <source>The box {box} lies outside the {width}x{height} image.</source>
            <translation>يقع المربع ⁨{box}⁩ خارج الصورة ذات الأبعاد ⁨{width}⁩x⁨{height}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="84" />
            <source>Unknown redaction mode '{mode}'; use black or blur.</source>
            <translation>طريقة حجب غير معروفة: «⁨{mode}⁩»؛ استخدم ⁦black⁩ أو ⁦blur⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="101" />
            <source>{ref} is not an image; only images can be redacted here.</source>
            <translation>⁨{ref}⁩ ليس صورة؛ لا يمكن الحجب هنا إلا في الصور.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="41" />
            <source>The box {box} is empty or starts outside the image.</source>
            <translation>المربع ⁨{box}⁩ فارغ أو يبدأ خارج الصورة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="38" />
            <source>'{box}' is not a box: use x,y,width,height in pixels.</source>
            <translation>«⁨{box}⁩» ليس مربعًا: استخدم ⁦x,y,width,height⁩ بالبكسل.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/build.py" line="71" />
            <source>Unsupported report language '{language}': use one of {choices}.</source>
            <translation>لغة التقرير «⁨{language}⁩» غير مدعومة: استخدم إحدى اللغات: ⁨{choices}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/build.py" line="89" />
            <source>The report could not be made PDF/A-2b: {reason}</source>
            <translation>تعذّر إنتاج التقرير بصيغة PDF/A-2b: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="97" />
            <source>{where}: unknown source {source} (use 'answer', 'case.&lt;{fields}&gt;' or 'computed.&lt;name&gt;').</source>
            <translation>⁨{where}⁩: مصدر غير معروف ⁨{source}⁩ (استخدم «⁦answer⁩» أو «⁦case.&lt;⁨{fields}⁩&gt;⁩» أو «⁦computed.&lt;name&gt;⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="39" />
            <source>{where} must be text or an object with at least 'en'.</source>
            <translation>⁨{where}⁩: يجب أن يكون نصًا أو كائنًا فيه «en» على الأقل.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="104" />
            <source>{name} is not an Evidence Kit template ({format}).</source>
            <translation>⁨{name}⁩ ليس نموذجًا من Evidence Kit (⁨{format}⁩).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="188" />
            <source>The {title} template needs: {fields}. Fill them in, or export anyway and the report will say "not provided".</source>
            <translation>يتطلب نموذج «⁨{title}⁩»: ⁨{fields}⁩. املأ هذه الحقول، أو صدّر رغم ذلك وسيذكر التقرير «لم يُقدَّم».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="115" />
            <source>{name} field '{field}'</source>
            <translation>⁨{name}⁩، الحقل «⁨{field}⁩»</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="136" />
            <source>There is no report template '{name}'.</source>
            <translation>لا يوجد نموذج تقرير باسم «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="138" />
            <source>The report template {name} is not valid JSON: {reason}</source>
            <translation>نموذج التقرير ⁨{name}⁩ ليس JSON صالحًا: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="112" />
            <source>{name}: field id {field} is missing or repeated.</source>
            <translation>⁨{name}⁩: معرّف الحقل ⁨{field}⁩ مفقود أو مكرّر.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="124" />
            <source>{name} title</source>
            <translation>⁨{name}⁩، العنوان</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="125" />
            <source>{name} intro</source>
            <translation>⁨{name}⁩، المقدّمة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="121" />
            <source>{name} section</source>
            <translation>⁨{name}⁩، القسم</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="25" />
            <source>The dossier holds a file with an empty name.</source>
            <translation>يحتوي ملف الأدلة على ملف باسم فارغ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="27" />
            <source>The dossier holds a file name that is too long: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على اسم ملف طويل جدًا: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="29" />
            <source>The dossier holds a file name with control characters: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على اسم ملف فيه محارف تحكّم: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="32" />
            <source>The dossier holds a file name with a backslash: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على اسم ملف فيه شرطة مائلة عكسية: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="34" />
            <source>The dossier holds an absolute path: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على مسار مطلق: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="37" />
            <source>The dossier holds a path that climbs out of its folder: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على مسار يخرج من مجلده: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="40" />
            <source>The dossier holds a path nested too deeply: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على مسار متداخل بعمق زائد: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="43" />
            <source>The dossier holds a reserved device name: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على اسم جهاز محجوز: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="45" />
            <source>The dossier holds a file name with unexpected characters: '{name}'.</source>
            <translation>يحتوي ملف الأدلة على اسم ملف فيه محارف غير متوقعة: «⁨{name}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="63" />
            <source>The dossier holds the same file as both '{first}' and '{second}'.</source>
            <translation>يحتوي ملف الأدلة على الملف نفسه باسمين: «⁨{first}⁩» و«⁨{second}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="66" />
            <location filename="../../evidence_kit/safenames.py" line="72" />
            <source>The dossier holds '{name}' as both a file and a folder.</source>
            <translation>يحتوي ملف الأدلة على «⁨{name}⁩» بوصفه ملفًا ومجلدًا معًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="62" />
            <source>The dossier holds the same file twice.</source>
            <translation>يحتوي ملف الأدلة على الملف نفسه مرتين.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="93" />
            <source>This vault has no record of sending dossier {dossier}.</source>
            <translation>لا يوجد في هذه الخزنة سجلّ لإرسال ملف الأدلة ⁨{dossier}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="125" />
            <source>{path} is far too large to be {what}.</source>
            <translation>⁨{path}⁩ أكبر بكثير من أن يكون ⁨{what}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="130" />
            <source>a receipt</source>
            <translation>ملف إيصال</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="138" />
            <source>{path} is not an Evidence Kit receipt this version knows.</source>
            <translation>⁨{path}⁩ ليس إيصالًا من Evidence Kit يعرفه هذا الإصدار.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="145" />
            <source>a signature</source>
            <translation>ملف توقيع</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="149" />
            <source>The receipt is signed by a key this vault does not trust. Confirm the recipient's fingerprint, trust their key ('evidence-kit key trust'), and check again.</source>
            <translation>الإيصال موقّع بمفتاح لا تثق به هذه الخزنة. تأكّد من بصمة الجهة المستلمة، واعتمد مفتاحها موثوقًا («⁦evidence-kit key trust⁩»)، ثم أعد التحقق.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="122" />
            <source>Cannot read {path}: {reason}</source>
            <translation>تتعذّر قراءة ⁨{path}⁩: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="136" />
            <source>{path} is not an Evidence Kit receipt.</source>
            <translation>⁨{path}⁩ ليس إيصالًا من Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="40" />
            <source>A source needs a title.</source>
            <translation>يحتاج المصدر إلى عنوان.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="41" />
            <source>source kind</source>
            <translation>نوع المصدر</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="42" />
            <source>reliability grade (A-F)</source>
            <translation>درجة الموثوقية (A-F)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="43" />
            <source>credibility grade (1-6)</source>
            <translation>درجة المصداقية (1-6)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="50" />
            <source>A source URL must start with http:// or https://.</source>
            <translation>يجب أن يبدأ عنوان URL للمصدر بـ ⁦http://⁩ أو ⁦https://⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="44" />
            <source>published date</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="45" />
            <source>accessed date</source>
            <translation>تاريخ الاطلاع</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="48" />
            <source>{field} must look like 2017-04-01.</source>
            <translation>يجب أن يكون «⁨{field}⁩» بالشكل ⁦2017-04-01⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="43" />
            <source>'{key}' must be text.</source>
            <translation>يجب أن تكون قيمة «⁨{key}⁩» نصًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="49" />
            <source>'{key}' must be a date like 2017-04-01 (got '{value}').</source>
            <translation>يجب أن تكون قيمة «⁨{key}⁩» تاريخًا مثل ⁦2017-04-01⁩ (المُدخل: «⁨{value}⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="58" />
            <source>'incidents' must be a list of objects.</source>
            <translation>يجب أن يكون «incidents» قائمة كائنات.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="77" />
            <source>A testimony must be a JSON object.</source>
            <translation>يجب أن تكون الشهادة كائن JSON.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="80" />
            <source>Unknown key(s) in the testimony: {keys}. Allowed: {allowed}.</source>
            <translation>مفاتيح غير معروفة في الشهادة: ⁨{keys}⁩. المسموح بها: ⁨{allowed}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="85" />
            <source>'pseudonym' is empty: leave the key out to have one generated.</source>
            <translation>«pseudonym» فارغ: احذف هذا المفتاح ليُولَّد اسم مستعار تلقائيًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="86" />
            <source>role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="87" />
            <source>interview mode</source>
            <translation>طريقة المقابلة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="91" />
            <source>'persons_present' must be a list of names or roles.</source>
            <translation>يجب أن يكون «persons_present» قائمة أسماء أو أدوار.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="94" />
            <source>'read_back' must be true or false.</source>
            <translation>يجب أن تكون قيمة «read_back» ⁦true⁩ أو ⁦false⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="109" />
            <source>{path} is too large for a testimony (over 8 MiB).</source>
            <translation>⁨{path}⁩ أكبر من أن يكون شهادة (أكثر من 8 ميبي بايت).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="267" />
            <source>The pseudonym {pseudonym} is already another witness's; choose another.</source>
            <translation>الاسم المستعار ⁨{pseudonym}⁩ مستخدم مسبقًا لشاهد آخر؛ اختر اسمًا آخر.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="63" />
            <source>Unknown key(s) in incident {position}: {keys}.</source>
            <translation>مفاتيح غير معروفة في الواقعة ⁨{position}⁩: ⁨{keys}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="66" />
            <source>basis of knowledge</source>
            <translation>أساس المعرفة</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="67" />
            <source>date precision</source>
            <translation>دقة التاريخ</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="113" />
            <source>{path} is not valid UTF-8 JSON: {reason}</source>
            <translation>⁨{path}⁩ ليس JSON صالحًا بترميز UTF-8: ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/text_redaction.py" line="29" />
            <source>A term to redact needs at least two characters.</source>
            <translation>يجب أن يتكوّن المصطلح المراد حجبه من حرفين على الأقل.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="94" />
            <source>Give the key a label: the person or organisation it belongs to.</source>
            <translation>أعطِ المفتاح تسمية: الشخص أو المنظمة التي يعود إليها.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="96" />
            <source>The label is too long (at most {limit} characters).</source>
            <translation>التسمية طويلة جدًا (الحد الأقصى ⁨{limit}⁩ حرفًا).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="105" />
            <source>'{text}' is not a key fingerprint: expected 20 hexadecimal characters such as 1A2B 3C4D 5E6F 7A8B 9C0D (see 'evidence-kit key list').</source>
            <translation>«⁨{text}⁩» ليس بصمة مفتاح: المتوقع 20 محرفًا ست عشريًا مثل ⁦1A2B 3C4D 5E6F 7A8B 9C0D⁩ (انظر «⁦evidence-kit key list⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="127" />
            <source>This key claims the id {key_id} of this vault's own key but is a different key. It was not trusted: it may be an attempt to impersonate you.</source>
            <translation>يدّعي هذا المفتاح المعرّف ⁨{key_id}⁩ الخاص بمفتاح هذه الخزنة لكنه مفتاح مختلف. لم يُعتمد موثوقًا: قد يكون محاولة لانتحال صفتك.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="132" />
            <source>A different key with the same key id {key_id} is already trusted as '{label}'. Nothing was changed. If the sender really has a new key, confirm it with them, then run 'evidence-kit key untrust' first.</source>
            <translation>مفتاح آخر بالمعرّف نفسه ⁨{key_id}⁩ معتمد موثوقًا مسبقًا باسم «⁨{label}⁩». لم يتغيّر شيء. إن كان لدى المرسل مفتاح جديد فعلًا، فتأكّد من ذلك معه، ثم شغّل «⁦evidence-kit key untrust⁩» أولًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="158" />
            <source>This vault's own key cannot be untrusted.</source>
            <translation>لا يمكن سحب الثقة من مفتاح هذه الخزنة نفسها.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="126" />
            <source>This is this vault's own key; it is always trusted.</source>
            <translation>هذا مفتاح هذه الخزنة نفسها؛ وهو موثوق دائمًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="162" />
            <source>No trusted key has the fingerprint {fingerprint} (see 'evidence-kit key list').</source>
            <translation>لا يوجد مفتاح موثوق بالبصمة ⁨{fingerprint}⁩ (انظر «⁦evidence-kit key list⁩»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="40" />
            <source>The passphrase is too short: use at least {min_chars} characters (a few unrelated words are best).</source>
            <translation>عبارة المرور قصيرة جدًا: استخدم ⁨{min_chars}⁩ أحرف على الأقل (والأفضل بضع كلمات غير مترابطة).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="68" />
            <source>There is already a vault in {folder}.</source>
            <translation>توجد خزنة مسبقًا في ⁨{folder}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="70" />
            <source>{folder} is not empty; choose an empty or new folder.</source>
            <translation>⁨{folder}⁩ ليس فارغًا؛ اختر مجلدًا فارغًا أو جديدًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="87" />
            <source>No vault found in {folder}. Create one with 'evidence-kit init'.</source>
            <translation>لم يُعثر على خزنة في ⁨{folder}⁩. أنشئ واحدة عبر «⁦evidence-kit init⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="96" />
            <source>The vault's record database ({name}) is missing or empty: restore the vault from a backup.</source>
            <translation>قاعدة سجلات الخزنة (⁨{name}⁩) مفقودة أو فارغة: استعِد الخزنة من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="143" />
            <location filename="../../evidence_kit/vault.py" line="204" />
            <source>The vault is locked. Unlock it with your passphrase.</source>
            <translation>الخزنة مقفلة. افتحها بعبارة المرور.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="166" />
            <source>The disk is full: could not save the change to the vault's records. Free some space and retry.</source>
            <translation>القرص ممتلئ: تعذّر حفظ التغيير في سجلات الخزنة. أفرغ بعض المساحة وحاول مجددًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="169" />
            <source>Not allowed to save the change to the vault's records: its folder is read-only or protected.</source>
            <translation>غير مسموح بحفظ التغيير في سجلات الخزنة: مجلدها للقراءة فقط أو محميّ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="311" />
            <source>'{name}' cannot be a bag folder name: use letters, digits, '.', '_' and '-' only.</source>
            <translation>لا يصلح «⁨{name}⁩» اسمًا لمجلد bag: استخدم الأحرف والأرقام و«.» و«_» و«-» فقط.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="321" />
            <source>'{name}' is not usable as a dossier file name in the instructions: avoid quotes, $, %, !, backslashes and slashes.</source>
            <translation>لا يصلح «⁨{name}⁩» اسمًا لملف الأدلة في التعليمات: تجنّب علامات الاقتباس و⁦$ % !⁩ والشرطات المائلة والمائلة العكسية.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="334" />
            <source>Unknown dossier envelope '{kind}'.</source>
            <translation>غلاف ملف أدلة غير معروف: «⁨{kind}⁩».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="207" />
            <source>AES key size must be 128, 192 or 256 bits.</source>
            <translation>يجب أن يكون طول مفتاح AES 128 أو 192 أو 256 بت.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="209" />
            <source>force_wz_aes_version must be 1 or 2.</source>
            <translation>يجب أن تكون قيمة ⁦force_wz_aes_version⁩ 1 أو 2.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="212" />
            <source>Use force_wz_aes_version or conditionally_include_crc, not both.</source>
            <translation>استخدم ⁦force_wz_aes_version⁩ أو ⁦conditionally_include_crc⁩، لا كليهما.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="214" />
            <source>min_bytes_to_include_crc must be set, and at least 20.</source>
            <translation>يجب تعيين ⁦min_bytes_to_include_crc⁩ بقيمة 20 على الأقل.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="216" />
            <source>min_bytes_to_include_crc needs conditionally_include_crc=True.</source>
            <translation>يتطلب ⁦min_bytes_to_include_crc⁩ ضبط ⁦conditionally_include_crc=True⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="231" />
            <source>An encrypted archive needs a password: call setpassword() first.</source>
            <translation>يحتاج الأرشيف المشفّر إلى كلمة مرور: استدعِ ⁦setpassword()⁩ أولًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="274" />
            <source>{name} uses an unknown AES key size.</source>
            <translation>يستخدم ⁨{name}⁩ طول مفتاح AES غير معروف.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="277" />
            <source>{name} is truncated: the archive is damaged.</source>
            <translation>⁨{name}⁩ مقتطع: الأرشيف تالف.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="282" />
            <source>Wrong password for {name}.</source>
            <translation>كلمة مرور خاطئة لـ⁨{name}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="293" />
            <source>Bad HMAC check for {name}: the encrypted data was altered or damaged (or the password is wrong).</source>
            <translation>فشل فحص HMAC لـ⁨{name}⁩: البيانات المشفّرة عُدِّلت أو تلفت (أو أن كلمة المرور خاطئة).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="305" />
            <source>{name} is not AES-encrypted; refusing to read it.</source>
            <translation>⁨{name}⁩ غير مشفّر بـ AES؛ رُفضت قراءته.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="313" />
            <source>{name} is encrypted: a password is needed.</source>
            <translation>⁨{name}⁩ مشفّر: تلزم كلمة مرور.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="352" />
            <location filename="../../evidence_kit/winzip_aes.py" line="357" />
            <source>FastAESZipFile only supports WinZip AES encryption.</source>
            <translation>لا يدعم ⁦FastAESZipFile⁩ إلا تشفير WinZip AES.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="115" />
            <source>{ref} has no active consent for any body; nothing to withdraw.</source>
            <translation>لا توجد لـ⁨{ref}⁩ موافقة سارية لأي جهة؛ لا يوجد ما يُسحب.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="181" />
            <location filename="../../evidence_kit/withdrawal.py" line="183" />
            <source>the withdrawal notice</source>
            <translation>إشعار السحب</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="113" />
            <source>{ref} has no active consent for {bodies}; nothing to withdraw.</source>
            <translation>لا توجد لـ⁨{ref}⁩ موافقة سارية لـ: ⁨{bodies}⁩؛ لا يوجد ما يُسحب.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="129" />
            <source>{name} changed while it was being exported (size or CRC differs from the vault's record).</source>
            <translation>تغيّر ⁨{name}⁩ أثناء تصديره (الحجم أو CRC يختلف عن سجلّ الخزنة).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="165" />
            <source>The dossier's inner archive is truncated.</source>
            <translation>الأرشيف الداخلي لملف الأدلة مقتطع.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="195" />
            <source>The dossier holds too many files.</source>
            <translation>يحتوي ملف الأدلة على عدد كبير جدًا من الملفات.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="197" />
            <source>'{name}' is compressed; dossiers store files uncompressed.</source>
            <translation>«⁨{name}⁩» مضغوط؛ ملفات الأدلة تخزّن الملفات بلا ضغط.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="200" />
            <source>'{name}' is encrypted inside the envelope, which export never does.</source>
            <translation>«⁨{name}⁩» مشفّر داخل الغلاف، وهو ما لا يفعله التصدير أبدًا.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="206" />
            <source>The header of '{name}' is not in the canonical form export writes (it was altered or made by another tool).</source>
            <translation>ترويسة «⁨{name}⁩» ليست بالصيغة القياسية التي يكتبها التصدير (عُدِّلت أو أنشأتها أداة أخرى).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="210" />
            <source>'{name}' is out of order in the dossier's inner archive.</source>
            <translation>«⁨{name}⁩» في غير موضعه في الأرشيف الداخلي لملف الأدلة.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="225" />
            <source>'{name}' fails its CRC check: it was altered.</source>
            <translation>فشل «⁨{name}⁩» في فحص CRC: لقد عُدِّل.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="233" />
            <source>The dossier's inner archive directory does not match its files (first difference at byte {offset} of the directory): files were added, removed, renamed or overlap.</source>
            <translation>دليل محتويات الأرشيف الداخلي لملف الأدلة لا يطابق ملفاته (أول اختلاف عند البايت ⁨{offset}⁩ من الدليل): أُضيفت ملفات أو حُذفت أو أعيدت تسميتها أو تتداخل.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="237" />
            <source>The dossier's inner archive has extra bytes after its end.</source>
            <translation>يحتوي الأرشيف الداخلي لملف الأدلة على بايتات زائدة بعد نهايته.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="178" />
            <source>The dossier's inner archive has unexpected bytes at offset {offset}.</source>
            <translation>يحتوي الأرشيف الداخلي لملف الأدلة على بايتات غير متوقعة عند الموضع ⁨{offset}⁩.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="192" />
            <source>The dossier holds a file name that is not valid UTF-8.</source>
            <translation>يحتوي ملف الأدلة على اسم ملف ليس بترميز UTF-8 صالح.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="55" />
            <source>{name} is too large to be a key file.</source>
            <translation>⁨{name}⁩ أكبر من أن يكون ملف مفتاح.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="52" />
            <source>Cannot read {name}: {reason}.</source>
            <translation>تتعذّر قراءة ⁨{name}⁩: ⁨{reason}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="211" />
            <source>the key file</source>
            <translation>ملف المفتاح</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="98" />
            <location filename="../../ui/workers.py" line="174" />
            <source>Cancelled.</source>
            <translation>أُلغي.</translation>
        </message>
        <message>
            <source>The dossier password is not correct.</source>
            <translation type="vanished">كلمة مرور ملف الأدلة غير صحيحة.</translation>
        </message>
        <message>
            <source>the signature file</source>
            <translation type="vanished">ملف التوقيع</translation>
        </message>
    </context>
</TS>
