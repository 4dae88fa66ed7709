<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AnswersPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="192" />
            <source>Required fields of the recipient's form</source>
            <translation>الحقول الإلزامية في استمارة الجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="195" />
            <source>Required fields still empty</source>
            <translation>حقول إلزامية ما زالت فارغة</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="203" />
            <source>Check again</source>
            <translation>إعادة التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="204" />
            <source>Check the answers again</source>
            <translation>إعادة التحقق من الإجابات</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="206" />
            <source>Export anyway: the report will say “not provided”</source>
            <translation>التصدير رغم ذلك: سيذكر التقرير «لم يُقدَّم»</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="208" />
            <source>Export anyway: the report will say not provided</source>
            <translation>التصدير رغم ذلك: سيذكر التقرير لم يُقدَّم</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="232" />
            <source>{n} required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation>عدد الحقول الإلزامية في استمارة هذه الجهة التي لا قيمة لها بعد: ⁨{n}⁩. اكتب الإجابات أدناه واضغط «إعادة التحقق»، أو صدّر رغم ذلك.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="237" />
            <source>Every required field of the form has a value.</source>
            <translation>كل الحقول الإلزامية في الاستمارة لها قيمة.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="246" />
            <source>Answer: {label}</source>
            <translation>الإجابة: ⁨{label}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="249" />
            <source>Your answer for the report</source>
            <translation>إجابتك للتقرير</translation>
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
        <message>
            <location filename="../../ui/custody_tab.py" line="99" />
            <source>{n} events</source>
            <translation>عدد الأحداث: ⁨{n}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="105" />
            <source>Checking every event…</source>
            <translation>جارٍ التحقق من كل حدث…</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="115" />
            <source>✔ Chain intact: {n} events, every link and signature verified.</source>
            <translation>✔ السلسلة سليمة: ⁨{n}⁩ حدثًا، تم التحقق من كل رابط وتوقيع.</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="119" />
            <source>✘ Chain broken: {problem}</source>
            <translation>✘ السلسلة مكسورة: ⁨{problem}⁩</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="102" />
            <source>Left out of this dossier</source>
            <translation>مستبعد من ملف الأدلة هذا</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="103" />
            <source>Items left out and overrides</source>
            <translation>العناصر المستبعدة والاستثناءات</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="104" />
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="104" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="110" />
            <source>Include anyway…</source>
            <translation>تضمين رغم ذلك…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="111" />
            <source>Include the selected item anyway</source>
            <translation>تضمين العنصر المحدّد رغم ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="112" />
            <source>Keep it out</source>
            <translation>إبقاؤه مستبعدًا</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="113" />
            <source>Withdraw the override of the selected item</source>
            <translation>سحب الاستثناء عن العنصر المحدّد</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="134" />
            <source>Included by decision of {who}: {why}</source>
            <translation>ضُمّن بقرار من ⁨{who}⁩: ⁨{why}⁩</translation>
        </message>
    </context>
    <context>
        <name>ExhibitDetails</name>
        <message>
            <location filename="../../ui/exhibit_details.py" line="86" />
            <source>Redact…</source>
            <translation>حجب…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="87" />
            <source>Make a redacted copy of this photo</source>
            <translation>إنشاء نسخة محجوبة من هذه الصورة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="98" />
            <source>File name</source>
            <translation>اسم الملف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="98" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="99" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="99" />
            <source>Captured</source>
            <translation>تاريخ الالتقاط</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="100" />
            <source>GPS</source>
            <translation>الإحداثيات</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="100" />
            <source>Camera</source>
            <translation>الكاميرا</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="101" />
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="101" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="102" />
            <source>Acquired</source>
            <translation>تاريخ الحصول</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="102" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="103" />
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="103" />
            <source>SHA-256</source>
            <translation>بصمة SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="113" />
            <source>What this file reveals</source>
            <translation>ما يكشفه هذا الملف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="136" />
            <source>No exhibit selected</source>
            <translation>لم يُحدَّد أي دليل</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="156" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="169" />
            <source>Checking what the file reveals…</source>
            <translation>جارٍ فحص ما يكشفه الملف…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="185" />
            <source>Derived from {parent}</source>
            <translation>مشتق من ⁨{parent}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>Info</source>
            <translation>معلومة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="195" />
            <source>&lt;p&gt;Nothing identifying was found in the file's metadata.&lt;/p&gt;</source>
            <translation>&lt;p&gt;لم يُعثر على أي شيء يكشف الهوية في البيانات الوصفية للملف.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="196" />
            <source>A redacted copy keeps: {keeps}</source>
            <translation>تحتفظ النسخة المحجوبة بما يلي: ⁨{keeps}⁩</translation>
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
            <location filename="../../ui/exhibits_tab.py" line="109" />
            <source>Search exhibits</source>
            <translation>البحث في الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="110" />
            <source>Search descriptions, places, tags, file names, hashes and codes</source>
            <translation>البحث في الأوصاف والأماكن والوسوم وأسماء الملفات والبصمات والرموز</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="112" />
            <source>Search description, place, tag, file name, hash or code…</source>
            <translation>وصف أو مكان أو وسم أو اسم ملف أو بصمة أو رمز…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="116" />
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="122" />
            <source>Filter by kind</source>
            <translation>التصفية حسب النوع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="123" />
            <source>All kinds</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>Photos</source>
            <translation>صور</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>Videos</source>
            <translation>فيديوهات</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Audio</source>
            <translation>صوت</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Documents</source>
            <translation>مستندات</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Web captures</source>
            <translation>لقطات ويب</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="130" />
            <source>Show as table</source>
            <translation>العرض كجدول</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="131" />
            <source>Show as thumbnail grid</source>
            <translation>العرض كصور مصغّرة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="132" />
            <source>Table</source>
            <translation>جدول</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="133" />
            <source>Grid</source>
            <translation>شبكة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="151" />
            <source>Exhibits table</source>
            <translation>جدول الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="169" />
            <source>Exhibits thumbnail grid</source>
            <translation>شبكة الصور المصغّرة للأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="213" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="275" />
            <source>{n} matching</source>
            <translation>النتائج: ⁨{n}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="277" />
            <source>{n} exhibits</source>
            <translation>عدد الأدلة: ⁨{n}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="311" />
            <source>Redact…</source>
            <translation>حجب…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="330" />
            <source>{code} saved: a redacted copy; the original is unchanged.</source>
            <translation>حُفظ ⁨{code}⁩: نسخة محجوبة، والأصل لم يتغيّر.</translation>
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
            <location filename="../../ui/export_wizard.py" line="217" />
            <source>Export a dossier</source>
            <translation>تصدير ملف أدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="231" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="232" />
            <source>Back</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="233" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="234" />
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="235" />
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
            <source>&lt;b&gt;{id}&lt;/b&gt; — {n} item(s), {size}&lt;br&gt;{path}</source>
            <translation>&lt;b&gt;⁨{id}⁩&lt;/b&gt; — العناصر: ⁨{n}⁩، ⁨{size}⁩&lt;br&gt;⁨{path}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="200" />
            <source>&lt;b&gt;No password is needed.&lt;/b&gt; Only these recipients can open it with their age key: {names} (and this vault). Send the signature file {sig} with it: it shows who sent the dossier before anything is decrypted.</source>
            <translation>&lt;b&gt;لا حاجة إلى كلمة مرور.&lt;/b&gt; لا يمكن فتحه إلا لهذه الجهات بمفتاح age الخاص بها: ⁨{names}⁩ (ولهذه الخزنة). أرسل معه ملف التوقيع ⁨{sig}⁩: فهو يُظهر مَن أرسل ملف الأدلة قبل فك تشفير أي شيء.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>B</source>
            <translation>بايت</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>KB</source>
            <translation>ك.ب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>MB</source>
            <translation>م.ب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>GB</source>
            <translation>غ.ب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>TB</source>
            <translation>ت.ب</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../ui/import_flow.py" line="227" />
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>هناك استيراد جارٍ بالفعل؛ انتظر انتهاءه أو ألغِه.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="232" />
            <source>Preparing to import…</source>
            <translation>جارٍ التحضير للاستيراد…</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="243" />
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
            <location filename="../../ui/import_flow.py" line="90" />
            <source>{name} (already in the case as {code})</source>
            <translation>⁨{name}⁩ (موجود في القضية باسم ⁨{code}⁩)</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../../ui/import_flow.py" line="115" />
            <source>Import progress</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="117" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="117" />
            <source>Cancel import</source>
            <translation>إلغاء الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="119" />
            <location filename="../../ui/import_flow.py" line="204" />
            <source>Show details</source>
            <translation>عرض التفاصيل</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="120" />
            <source>Show import details</source>
            <translation>عرض تفاصيل الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="123" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="123" />
            <source>Close import summary</source>
            <translation>إغلاق ملخّص الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="125" />
            <source>Import details</source>
            <translation>تفاصيل الاستيراد</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="162" />
            <source>{done} of {total} · {rate}/s</source>
            <translation>⁨{done}⁩ من ⁨{total}⁩ · ⁨{rate}⁩/ث</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="171" />
            <source>Imported {n} file(s).</source>
            <translation>عدد الملفات المستوردة: ⁨{n}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="173" />
            <source>Import cancelled.</source>
            <translation>أُلغي الاستيراد.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="175" />
            <source>{n} already in the case.</source>
            <translation>موجود مسبقًا في القضية: ⁨{n}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="178" />
            <source>{n} could not be read.</source>
            <translation>تعذّرت قراءته: ⁨{n}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="180" />
            <source>{n} warning(s).</source>
            <translation>التحذيرات: ⁨{n}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="183" />
            <source>Not imported: {name} — {reason}</source>
            <translation>لم يُستورد: ⁨{name}⁩ — ⁨{reason}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="186" />
            <source>Duplicate: {line}</source>
            <translation>مكرّر: ⁨{line}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="188" />
            <source>Warning: {line}</source>
            <translation>تحذير: ⁨{line}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="190" />
            <source>Added: {line}</source>
            <translation>أُضيف: ⁨{line}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="204" />
            <source>Hide details</source>
            <translation>إخفاء التفاصيل</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="114" />
            <source>Choose what to include</source>
            <translation>اختر ما تريد تضمينه</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="115" />
            <source>Untick anything that must not leave this vault.</source>
            <translation>ألغِ تحديد كل ما يجب ألا يغادر هذه الخزنة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="116" />
            <source>Items to export</source>
            <translation>العناصر المراد تصديرها</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="117" />
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="117" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Select all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Select all items</source>
            <translation>تحديد كل العناصر</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Select none</source>
            <translation>إلغاء التحديد</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Select no items</source>
            <translation>عدم تحديد أي عنصر</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Loading the case's items…</source>
            <translation>جارٍ تحميل عناصر القضية…</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="157" />
            <source>Exhibits</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="157" />
            <source>Testimonies</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="158" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="178" />
            <source>{n} items in this case.</source>
            <translation>عدد العناصر في هذه القضية: ⁨{n}⁩.</translation>
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
            <location filename="../../ui/actions.py" line="63" />
            <source>Exhibits</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Testimonies</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="64" />
            <source>Custody log</source>
            <translation>سجل العهدة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="66" />
            <source>Import files…</source>
            <translation>استيراد ملفات…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="67" />
            <source>Import evidence files into the open case (Ctrl+I); you can also drop files on the window</source>
            <translation>استيراد ملفات الأدلة إلى القضية المفتوحة (Ctrl+I)؛ ويمكنك أيضًا إفلات الملفات على النافذة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Import folder…</source>
            <translation>استيراد مجلد…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="71" />
            <source>Import every file of a folder (Ctrl+Shift+I)</source>
            <translation>استيراد كل ملفات مجلد (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>Export dossier…</source>
            <translation>تصدير ملف الأدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="73" />
            <source>Export the case as a signed, encrypted dossier (Ctrl+E)</source>
            <translation>تصدير القضية كملف أدلة موقّع ومشفّر (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="74" />
            <source>Open dossier…</source>
            <translation>فتح ملف أدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="76" />
            <source>Verify and read a dossier you received (Ctrl+O)</source>
            <translation>التحقق من ملف أدلة استلمته وقراءته (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="77" />
            <source>New case…</source>
            <translation>قضية جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="79" />
            <source>New testimony…</source>
            <translation>شهادة جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="81" />
            <source>New source…</source>
            <translation>مصدر جديد…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="83" />
            <source>Find exhibits</source>
            <translation>البحث في الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="85" />
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="86" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>قفل الخزنة الآن (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="87" />
            <source>Auto-lock…</source>
            <translation>القفل التلقائي…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="88" />
            <source>Recipients…</source>
            <translation>الجهات المستلمة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>The age public keys dossiers can be encrypted to, and your own</source>
            <translation>مفاتيح age العامة التي يمكن تشفير ملفات الأدلة لها، ومفتاحك أنت</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="91" />
            <source>Trusted signer keys…</source>
            <translation>مفاتيح التوقيع الموثوقة…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="92" />
            <source>Whose signatures this vault recognises, and your own public key</source>
            <translation>التوقيعات التي تعترف بها هذه الخزنة، ومفتاحك العام</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="94" />
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Exhibits as table</source>
            <translation>الأدلة كجدول</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>Exhibits as thumbnail grid</source>
            <translation>الأدلة كصور مصغّرة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="104" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="108" />
            <source>&amp;Case</source>
            <translation>&amp;قضية</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="111" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="114" />
            <source>V&amp;ault</source>
            <translation>&amp;خزنة</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="120" />
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="48" />
            <location filename="../../ui/main_window.py" line="122" />
            <source>Evidence Kit</source>
            <translation>Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Drop files or folders to import them into this case</source>
            <translation>أفلت ملفات أو مجلدات لاستيرادها إلى هذه القضية</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="231" />
            <source>Auto-lock after {n} min</source>
            <translation>القفل التلقائي بعد ⁨{n}⁩ دقيقة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>Auto-lock off</source>
            <translation>القفل التلقائي معطّل</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>Locked</source>
            <translation>مقفلة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="235" />
            <source>Signing as {label} · key {fp}</source>
            <translation>التوقيع باسم ⁨{label}⁩ · المفتاح ⁨{fp}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="236" />
            <source>(no name)</source>
            <translation>(بلا اسم)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="259" />
            <source>Unlocking… (this takes a second on purpose: it makes guessing your passphrase slow)</source>
            <translation>جارٍ الفتح… (يستغرق ذلك ثانية عن قصد: لجعل تخمين عبارة المرور بطيئًا)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>Creating your encrypted vault…</source>
            <translation>جارٍ إنشاء خزنتك المشفّرة…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>Creating a throw-away vault with the fictional demo case…</source>
            <translation>جارٍ إنشاء خزنة مؤقتة فيها القضية التجريبية الخيالية…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Auto-lock</source>
            <translation>القفل التلقائي</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Lock the vault after this many idle minutes (0 = never):</source>
            <translation>قفل الخزنة بعد هذا العدد من دقائق الخمول (0 = أبدًا):</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>Import evidence files</source>
            <translation>استيراد ملفات الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="356" />
            <source>Import a folder of evidence</source>
            <translation>استيراد مجلد أدلة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>Open or create a case first, then import into it.</source>
            <translation>افتح قضية أو أنشئها أولًا، ثم استورد إليها.</translation>
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
            <location filename="../../ui/workspace.py" line="51" />
            <source>New case</source>
            <translation>قضية جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="54" />
            <source>Case title</source>
            <translation>عنوان القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="55" />
            <source>Case summary</source>
            <translation>ملخّص القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="57" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="58" />
            <source>Body the case is prepared for</source>
            <translation>الجهة التي تُعدّ لها القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="62" />
            <source>Title *:</source>
            <translation>العنوان *:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="63" />
            <source>Summary:</source>
            <translation>الملخّص:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>Country:</source>
            <translation>البلد:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="65" />
            <source>Prepared for:</source>
            <translation>مُعدّة لـ:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="71" />
            <source>Create case</source>
            <translation>إنشاء القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="72" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="83" />
            <source>A case needs a title.</source>
            <translation>يجب أن يكون للقضية عنوان.</translation>
        </message>
    </context>
    <context>
        <name>OpenDossierDialog</name>
        <message>
            <location filename="../../ui/open_dossier.py" line="61" />
            <location filename="../../ui/open_dossier.py" line="157" />
            <source>Open a dossier</source>
            <translation>فتح ملف أدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="63" />
            <source>Dossier file</source>
            <translation>ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <source>Choose the dossier file</source>
            <translation>اختر ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="68" />
            <source>Dossier password</source>
            <translation>كلمة مرور ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="70" />
            <source>Signer's public key file (optional)</source>
            <translation>ملف المفتاح العام للموقّع (اختياري)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="71" />
            <source>Only if the signer is not trusted in your vault</source>
            <translation>فقط إن لم يكن الموقّع موثوقًا في خزنتك</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Choose a signer key file</source>
            <translation>اختر ملف مفتاح الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="75" />
            <source>Verify</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="75" />
            <source>Verify the dossier</source>
            <translation>التحقق من ملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Dossier:</source>
            <translation>ملف الأدلة:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="79" />
            <source>Password:</source>
            <translation>كلمة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="80" />
            <source>Signer key:</source>
            <translation>مفتاح الموقّع:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="87" />
            <source>Verification progress</source>
            <translation>تقدّم التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="98" />
            <source>Signer fingerprint</source>
            <translation>بصمة الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="101" />
            <source>Dossier file SHA-256</source>
            <translation>SHA-256 لملف الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="104" />
            <source>Verification checks</source>
            <translation>عمليات التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="106" />
            <source>Exhibits in the dossier</source>
            <translation>الأدلة في الملف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="108" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="108" />
            <source>SHA-256</source>
            <translation>بصمة SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="115" />
            <source>Extract to folder…</source>
            <translation>الاستخراج إلى مجلد…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Extract the dossier to a folder</source>
            <translation>استخراج ملف الأدلة إلى مجلد</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="117" />
            <source>Import into vault</source>
            <translation>الاستيراد إلى الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="118" />
            <source>Import the dossier into the vault</source>
            <translation>استيراد ملف الأدلة إلى الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="119" />
            <location filename="../../ui/open_dossier.py" line="119" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="134" />
            <source>Signer fingerprint:</source>
            <translation>بصمة الموقّع:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="135" />
            <source>Dossier SHA-256:</source>
            <translation>SHA-256 لملف الأدلة:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="137" />
            <source>Checks:</source>
            <translation>عمليات التحقق:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="139" />
            <source>Exhibits:</source>
            <translation>الأدلة:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="158" />
            <source>Dossiers (*.zip *.age);;All files (*)</source>
            <translation>ملفات الأدلة (*.zip *.age);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="163" />
            <source>Signer's public key</source>
            <translation>المفتاح العام للموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="164" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>المفاتيح العامة (*.pub);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="175" />
            <source>Not needed for an age dossier</source>
            <translation>غير لازم لملف أدلة age</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="178" />
            <source>This dossier is encrypted to age keys: no password is needed. It opens with this vault's key if it was sent to this vault.</source>
            <translation>ملف الأدلة هذا مشفّر لمفاتيح age: لا حاجة إلى كلمة مرور. ويُفتح بمفتاح هذه الخزنة إن كان مُرسلًا إليها.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="184" />
            <source>This dossier is encrypted to age keys, not with a password: it opens only with the vault it was sent to. Unlock that vault first, then open the dossier.</source>
            <translation>ملف الأدلة هذا مشفّر لمفاتيح age وليس بكلمة مرور: لا يُفتح إلا بالخزنة التي أُرسل إليها. افتح تلك الخزنة أولًا، ثم افتح ملف الأدلة.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="192" />
            <source>Choose the dossier file.</source>
            <translation>اختر ملف الأدلة.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="199" />
            <source>Choose the dossier file and enter its password.</source>
            <translation>اختر ملف الأدلة وأدخل كلمة مروره.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="246" />
            <source>Verifying every file…</source>
            <translation>جارٍ التحقق من كل ملف…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="265" />
            <source>✔ Verified</source>
            <translation>✔ تم التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="266" />
            <source>⚠ Intact, but signed by a key you have not trusted</source>
            <translation>⚠ سليم، لكنه موقّع بمفتاح لم تمنحه الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="267" />
            <source>✘ Verification failed</source>
            <translation>✘ فشل التحقق</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="278" />
            <source>an unknown signer</source>
            <translation>موقّع غير معروف</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="279" />
            <source>Signed by: {who}</source>
            <translation>الموقّع: ⁨{who}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="280" />
            <source>(confirm this fingerprint with the sender by another channel)</source>
            <translation>(طابِق هذه البصمة مع المرسِل عبر قناة أخرى)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="306" />
            <source>Extract into folder</source>
            <translation>الاستخراج إلى المجلد</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="327" />
            <source>Extracted to {folder}</source>
            <translation>استُخرج إلى ⁨{folder}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="328" />
            <source>Nothing was extracted: the dossier failed verification.</source>
            <translation>لم يُستخرج شيء: فشل ملف الأدلة في التحقق.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="331" />
            <source>Extracting…</source>
            <translation>جارٍ الاستخراج…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="354" />
            <source>This dossier was imported before; nothing was added.</source>
            <translation>استُورد ملف الأدلة هذا من قبل؛ لم يُضف شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="356" />
            <source>Imported: {added} item(s) added, {held} already held. Signed receipt: {receipt}</source>
            <translation>تم الاستيراد: أُضيف ⁨{added}⁩ عنصرًا، و⁨{held}⁩ موجود مسبقًا. الإيصال الموقّع: ⁨{receipt}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="363" />
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/review_panels.py" line="51" />
            <source>Include {code} anyway</source>
            <translation>تضمين {code} رغم ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="53" />
            <source>&lt;b&gt;{code}&lt;/b&gt; was left out: {reason}.&lt;br&gt;&lt;br&gt;Including it anyway is recorded in the custody log with the name and reason you give here. Only the pseudonym travels; an override never discloses the witness's identity.</source>
            <translation>&lt;b&gt;⁨{code}⁩&lt;/b&gt; استُبعد: ⁨{reason}⁩.&lt;br&gt;&lt;br&gt;يُسجَّل تضمينه رغم ذلك في سجل العهدة مع الاسم والسبب اللذين تُدخلهما هنا. لا يُرسل إلا الاسم المستعار؛ ولا يكشف الاستثناء هوية الشاهد أبدًا.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="60" />
            <source>Decided by</source>
            <translation>صاحب القرار</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="61" />
            <source>Name and role of the person who decided</source>
            <translation>اسم صاحب القرار وصفته</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="62" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="64" />
            <source>Why this account may go to this recipient (e.g. consent given orally on …, recorded in …)</source>
            <translation>لماذا يجوز إرسال هذه الشهادة إلى هذه الجهة (مثلًا: موافقة شفهية بتاريخ …، مسجّلة في …)</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="69" />
            <source>Record the decision and include</source>
            <translation>تسجيل القرار والتضمين</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="70" />
            <source>Include and record</source>
            <translation>تضمين وتسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="71" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="75" />
            <source>Decided by *:</source>
            <translation>صاحب القرار *:</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="76" />
            <source>Reason *:</source>
            <translation>السبب *:</translation>
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
        <message>
            <location filename="../../ui/export_protection.py" line="196" />
            <source>{n} recipient(s) known to this vault.</source>
            <translation>عدد الجهات المستلمة المعروفة لهذه الخزنة: ⁨{n}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="198" />
            <source>No recipients yet: add the legal team's age public key (age1…) with “Manage recipients…”.</source>
            <translation>لا جهات مستلمة بعد: أضف مفتاح age العام للفريق القانوني (age1…) من «إدارة الجهات المستلمة…».</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="226" />
            <source>The dossier is encrypted with this password. The recipient needs it to open the dossier.</source>
            <translation>ملف الأدلة مشفّر بكلمة المرور هذه، وتحتاجها الجهة المستلمة لفتحه.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="228" />
            <source>The dossier is encrypted to the recipients' public keys; only they (and this vault) can open it.</source>
            <translation>ملف الأدلة مشفّر للمفاتيح العامة للجهات المستلمة؛ ولا يمكن فتحه إلا لها (ولهذه الخزنة).</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="267" />
            <source>The two passwords differ.</source>
            <translation>كلمتا المرور غير متطابقتين.</translation>
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
            <location filename="../../ui/export_pages.py" line="61" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="61" />
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="62" />
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>Recipient:</source>
            <translation>الجهة المستلمة:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="66" />
            <source>Report template:</source>
            <translation>قالب التقرير:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="67" />
            <source>Disclosure level:</source>
            <translation>مستوى الإفصاح:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="69" />
            <source>Report language:</source>
            <translation>لغة التقرير:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="87" />
            <source>No names or contacts of witnesses, pseudonyms only; photos travel as metadata-stripped copies (made for you where missing), never the originals. For public reports, the press or partner NGOs.</source>
            <translation>لا أسماء ولا بيانات اتصال للشهود، بل أسماء مستعارة فقط؛ وتُرسل الصور كنسخ مجرّدة من البيانات الوصفية (تُنشأ لك إن لم توجد)، ولا تُرسل الأصول أبدًا. للتقارير العامة أو الصحافة أو المنظمات الشريكة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="91" />
            <source>Identities travel only where the witness consented to share them with this recipient. For a court or prosecutor.</source>
            <translation>لا تُرسل الهويات إلا إذا وافق الشاهد على مشاركتها مع هذه الجهة. لمحكمة أو مدعٍ عام.</translation>
        </message>
    </context>
    <context>
        <name>RecipientsDialog</name>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="66" />
            <location filename="../../ui/recipients_dialog.py" line="81" />
            <source>Recipients</source>
            <translation>الجهات المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="68" />
            <location filename="../../ui/recipients_dialog.py" line="69" />
            <source>Your age public key</source>
            <translation>مفتاح age العام الخاص بك</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="72" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="72" />
            <source>Copy your age public key</source>
            <translation>نسخ مفتاح age العام الخاص بك</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="77" />
            <source>Give this key to partners who send dossiers to your team. Add the legal teams you send to below: their public key starts with age1…</source>
            <translation>أعطِ هذا المفتاح للشركاء الذين يرسلون ملفات أدلة إلى فريقك. وأضف أدناه الفرق القانونية التي ترسل إليها: يبدأ مفتاحها العام بـ age1…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Public key</source>
            <translation>المفتاح العام</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="86" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="87" />
            <source>Remove the selected recipient</source>
            <translation>إزالة الجهة المستلمة المحدّدة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="89" />
            <source>Add a recipient</source>
            <translation>إضافة جهة مستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="90" />
            <source>Recipient label</source>
            <translation>تسمية الجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="91" />
            <source>Who they are, e.g. ICC OTP evidence unit</source>
            <translation>مَن هم، مثلًا وحدة الأدلة في مكتب المدعي العام للمحكمة الجنائية الدولية</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="92" />
            <source>Recipient public key</source>
            <translation>المفتاح العام للجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="95" />
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="95" />
            <source>Add the recipient</source>
            <translation>إضافة الجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="97" />
            <source>From file…</source>
            <translation>من ملف…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="98" />
            <source>Add the recipient from a key file</source>
            <translation>إضافة الجهة المستلمة من ملف مفتاح</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="104" />
            <source>Label *:</source>
            <translation>التسمية *:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="105" />
            <source>Public key:</source>
            <translation>المفتاح العام:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="109" />
            <location filename="../../ui/recipients_dialog.py" line="109" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="154" />
            <source>Your age public key is copied.</source>
            <translation>نُسخ مفتاح age العام الخاص بك.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="159" />
            <source>Give both a label and the public key (age1…).</source>
            <translation>أدخل التسمية والمفتاح العام (age1…) كليهما.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="168" />
            <source>Give the recipient a label first, then choose the key file.</source>
            <translation>أدخل تسمية للجهة المستلمة أولًا، ثم اختر ملف المفتاح.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="172" />
            <source>Recipient's age public key</source>
            <translation>مفتاح age العام للجهة المستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="173" />
            <source>Key files (*.txt *.pub *.age);;All files (*)</source>
            <translation>ملفات المفاتيح (*.txt *.pub *.age);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="192" />
            <source>Added {label}.</source>
            <translation>أُضيف: ⁨{label}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="210" />
            <source>Removed {label}.</source>
            <translation>أُزيل: ⁨{label}⁩.</translation>
        </message>
    </context>
    <context>
        <name>RedactionDialog</name>
        <message>
            <location filename="../../ui/redaction_editor.py" line="161" />
            <source>Redact {code}</source>
            <translation>حجب أجزاء من {code}</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="163" />
            <source>Drag rectangles over faces, tattoos, street signs, number plates — anything that could identify someone. The copy keeps pixels only: every metadata block (GPS, device, time, embedded thumbnail) is removed. {code} itself stays unchanged.</source>
            <translation>اسحب مستطيلات فوق الوجوه والوشوم ولافتات الشوارع ولوحات السيارات — كل ما قد يكشف هوية شخص. لا تحتفظ النسخة إلا بالبكسلات: تُزال كل كتل البيانات الوصفية (الموقع، الجهاز، الوقت، الصورة المصغّرة المضمّنة). ويبقى ⁨{code}⁩ نفسه دون تغيير.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="169" />
            <source>Image to redact</source>
            <translation>الصورة المراد حجب أجزاء منها</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="170" />
            <source>Drag with the mouse to draw a rectangle to hide</source>
            <translation>اسحب بالفأرة لرسم مستطيل يُراد إخفاؤه</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="172" />
            <source>Blur</source>
            <translation>تمويه</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="172" />
            <source>Blur the regions</source>
            <translation>تمويه المناطق</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="173" />
            <source>Black</source>
            <translation>أسود</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="173" />
            <source>Black out the regions</source>
            <translation>تسويد المناطق</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="178" />
            <source>Undo last box</source>
            <translation>التراجع عن آخر مستطيل</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="179" />
            <source>Remove the last rectangle</source>
            <translation>إزالة آخر مستطيل</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="181" />
            <source>Clear boxes</source>
            <translation>مسح المستطيلات</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="182" />
            <source>Remove every rectangle</source>
            <translation>إزالة كل المستطيلات</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="184" />
            <source>Save redacted copy</source>
            <translation>حفظ النسخة المحجوبة</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="185" />
            <source>Save the redacted copy as a new exhibit</source>
            <translation>حفظ النسخة المحجوبة كدليل جديد</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="187" />
            <location filename="../../ui/redaction_editor.py" line="187" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="189" />
            <source>Decrypting the photo…</source>
            <translation>جارٍ فك تشفير الصورة…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="192" />
            <source>Hide regions by:</source>
            <translation>طريقة الإخفاء:</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="227" />
            <source>{w} × {h} pixels. Draw the regions to hide.</source>
            <translation>⁨{w}⁩ × ⁨{h}⁩ بكسل. ارسم المناطق المراد إخفاؤها.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="249" />
            <source>{n} region(s) will be hidden; all metadata is removed.</source>
            <translation>عدد المناطق التي ستُخفى: ⁨{n}⁩؛ وتُزال كل البيانات الوصفية.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>No region drawn: the copy only has its metadata removed.</source>
            <translation>لم تُرسم أي منطقة: ستُزال البيانات الوصفية من النسخة فقط.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="260" />
            <source>Saving the redacted copy…</source>
            <translation>جارٍ حفظ النسخة المحجوبة…</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="284" />
            <source>The report is made once the plan is ready.</source>
            <translation>يُنشأ التقرير عندما تجهز الخطة.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="286" />
            <source>Report sections</source>
            <translation>أقسام التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="288" />
            <source>Save report as PDF…</source>
            <translation>حفظ التقرير بصيغة PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="289" />
            <source>Save the report as a PDF file</source>
            <translation>حفظ التقرير في ملف PDF</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="308" />
            <source>Making the report…</source>
            <translation>جارٍ إنشاء التقرير…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="311" />
            <source>The report (data/report.pdf, {size}, {pages} page(s)) is signed into the dossier. A picture preview needs Qt's PDF module, which this build of the app does not include; save the report to read it in a PDF viewer.</source>
            <translation>التقرير (data/report.pdf، ⁨{size}⁩، عدد الصفحات: ⁨{pages}⁩) موقّع ضمن ملف الأدلة. تتطلب المعاينة وحدة PDF من Qt، وهي غير مضمّنة في هذا الإصدار من التطبيق؛ احفظ التقرير لقراءته في عارض PDF.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/export_review.py" line="130" />
            <source>Check before export</source>
            <translation>مراجعة قبل التصدير</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="131" />
            <source>Nothing has been written yet.</source>
            <translation>لم يُكتب أي شيء بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="132" />
            <source>Preparing…</source>
            <translation>جارٍ التحضير…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="145" />
            <source>The report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="148" />
            <source>The PDF report is made with the plan.</source>
            <translation>يُنشأ تقرير PDF مع الخطة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="190" />
            <source>Preparing the dossier plan…</source>
            <translation>جارٍ تحضير خطة ملف الأدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="237" />
            <source>redacted</source>
            <translation>منقّح</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="237" />
            <source>confidential</source>
            <translation>سرّي</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="238" />
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{e} exhibit(s), {t} testimony(ies), {s} source(s) and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation>&lt;b&gt;ملف الأدلة ⁨{id}⁩&lt;/b&gt; إلى ⁨{body}⁩ (⁨{level}⁩)&lt;br&gt;الأدلة: ⁨{e}⁩، الشهادات: ⁨{t}⁩، المصادر: ⁨{s}⁩، وتقرير PDF: ⁨{size}⁩ قبل التشفير.&lt;br&gt;تُرسل الشهادات بالأسماء المستعارة؛ وتبقى أسماء الشهود وبيانات اتصالهم في هذه الخزنة ما لم يوافقوا على مشاركتها.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="247" />
            <source>Metadata-stripped copies were made for the redacted dossier: {codes}. The originals stay in the vault.</source>
            <translation>أُنشئت نسخ مجرّدة من البيانات الوصفية لملف الأدلة المنقّح: ⁨{codes}⁩. وتبقى الأصول في الخزنة.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="321" />
            <source>Save the report as</source>
            <translation>حفظ التقرير باسم</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="323" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="338" />
            <source>Saved to {path}</source>
            <translation>حُفظ في ⁨{path}⁩</translation>
        </message>
    </context>
    <context>
        <name>SourceForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="225" />
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Web page</source>
            <translation>صفحة ويب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="226" />
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Social media post</source>
            <translation>منشور على وسائل التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="227" />
            <location filename="../../ui/sources_tab.py" line="63" />
            <source>News article</source>
            <translation>مقال إخباري</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="228" />
            <location filename="../../ui/sources_tab.py" line="63" />
            <source>NGO report</source>
            <translation>تقرير منظمة غير حكومية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="229" />
            <location filename="../../ui/sources_tab.py" line="64" />
            <source>UN report</source>
            <translation>تقرير للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="230" />
            <location filename="../../ui/sources_tab.py" line="64" />
            <source>Official document</source>
            <translation>وثيقة رسمية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="231" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Court document</source>
            <translation>وثيقة قضائية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="232" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Satellite imagery</source>
            <translation>صور الأقمار الصناعية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="233" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Dataset</source>
            <translation>مجموعة بيانات</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="234" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Book</source>
            <translation>كتاب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="235" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Leaked document</source>
            <translation>وثيقة مسرّبة</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="236" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="50" />
            <source>New source</source>
            <translation>مصدر جديد</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="53" />
            <source>Title *</source>
            <translation>العنوان *</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="53" />
            <source>Author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="54" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="54" />
            <source>URL</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Published on</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>Accessed on</source>
            <translation>تاريخ الاطلاع</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Page or timestamp</source>
            <translation>الصفحة أو التوقيت</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Kind of source</source>
            <translation>نوع المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="73" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="79" />
            <source>Kind:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="80" />
            <source>Quote or summary</source>
            <translation>اقتباس أو ملخّص</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="83" />
            <source>Quote:</source>
            <translation>الاقتباس:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="84" />
            <source>Source reliability, A to F</source>
            <translation>موثوقية المصدر، من A إلى F</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="85" />
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>(not graded)</source>
            <translation>(غير مقيَّم)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="87" />
            <source>A: completely reliable</source>
            <translation>A: موثوق تمامًا</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="87" />
            <source>B: usually reliable</source>
            <translation>B: موثوق عادةً</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>C: fairly reliable</source>
            <translation>C: موثوق إلى حدّ ما</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>D: not usually reliable</source>
            <translation>D: غير موثوق عادةً</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>E: unreliable</source>
            <translation>E: غير موثوق</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>F: reliability cannot be judged</source>
            <translation>F: لا يمكن الحكم على الموثوقية</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>Information credibility, 1 to 6</source>
            <translation>مصداقية المعلومة، من 1 إلى 6</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="95" />
            <source>1: confirmed by other sources</source>
            <translation>1: مؤكَّدة من مصادر أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="95" />
            <source>2: probably true</source>
            <translation>2: صحيحة على الأرجح</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>3: possibly true</source>
            <translation>3: ربما صحيحة</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>4: doubtful</source>
            <translation>4: مشكوك فيها</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>5: improbable</source>
            <translation>5: غير مرجّحة</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="97" />
            <source>6: truth cannot be judged</source>
            <translation>6: لا يمكن الحكم على صحتها</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="99" />
            <source>Reliability of the source:</source>
            <translation>موثوقية المصدر:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>Credibility of the information:</source>
            <translation>مصداقية المعلومة:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="104" />
            <source>Notes:</source>
            <translation>ملاحظات:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="111" />
            <source>Save source</source>
            <translation>حفظ المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="112" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <location filename="../../ui/sources_tab.py" line="159" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="159" />
            <location filename="../../ui/sources_tab.py" line="233" />
            <source>Grade</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="160" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="161" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="162" />
            <location filename="../../ui/sources_tab.py" line="230" />
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="163" />
            <location filename="../../ui/sources_tab.py" line="231" />
            <source>Published</source>
            <translation>النشر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="232" />
            <source>Accessed</source>
            <translation>الاطلاع</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="232" />
            <source>URL</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="165" />
            <source>Sources table</source>
            <translation>جدول المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="174" />
            <source>New source…</source>
            <translation>مصدر جديد…</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="174" />
            <source>New source</source>
            <translation>مصدر جديد</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="177" />
            <source>Grade: reliability of the source (A–F), then credibility of the information (1–6).</source>
            <translation>التقييم: موثوقية المصدر (A–F)، ثم مصداقية المعلومة (1–6).</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="184" />
            <source>Source details</source>
            <translation>تفاصيل المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="217" />
            <source>{n} sources</source>
            <translation>عدد المصادر: ⁨{n}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="229" />
            <source>Author</source>
            <translation>المؤلف</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="263" />
            <source>Source {code} saved.</source>
            <translation>حُفظ المصدر ⁨{code}⁩.</translation>
        </message>
    </context>
    <context>
        <name>TestimoniesTab</name>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="45" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="45" />
            <source>Pseudonym</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="46" />
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="47" />
            <source>Interviewed</source>
            <translation>تاريخ المقابلة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="48" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="48" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="49" />
            <location filename="../../ui/testimonies_tab.py" line="138" />
            <source>Incidents</source>
            <translation>الوقائع</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Testimonies table</source>
            <translation>جدول الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="63" />
            <source>Testimony details</source>
            <translation>تفاصيل الشهادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="64" />
            <source>New testimony…</source>
            <translation>شهادة جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="65" />
            <source>New testimony</source>
            <translation>شهادة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="106" />
            <source>{n} testimonies</source>
            <translation>عدد الشهادات: ⁨{n}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="110" />
            <source>No testimony yet. Use “New testimony…” to record one.</source>
            <translation>لا شهادات بعد. استخدم «شهادة جديدة…» لتسجيل واحدة.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="146" />
            <source>the public</source>
            <translation>العموم</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="148" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="149" />
            <source>May be shared with: {bodies}</source>
            <translation>يجوز مشاركتها مع: ⁨{bodies}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="150" />
            <source>No consent to share is recorded.</source>
            <translation>لم تُسجَّل موافقة على المشاركة.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="187" />
            <source>Testimony {code} saved.</source>
            <translation>حُفظت الشهادة ⁨{code}⁩.</translation>
        </message>
    </context>
    <context>
        <name>TestimonyForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="206" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Victim</source>
            <translation>ضحية</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="207" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Witness</source>
            <translation>شاهد</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="208" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Relative</source>
            <translation>قريب</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="209" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Insider</source>
            <translation>مطّلع من الداخل</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="210" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Intermediary</source>
            <translation>وسيط</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="211" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="212" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>In person</source>
            <translation>حضوريًا</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="213" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>Remote</source>
            <translation>عن بُعد</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="214" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>Written</source>
            <translation>كتابيًا</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="215" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Saw it</source>
            <translation>رأى ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="216" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Heard it</source>
            <translation>سمع ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Was told</source>
            <translation>أُخبر بذلك</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="218" />
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>From a document</source>
            <translation>من وثيقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="54" />
            <source>New testimony</source>
            <translation>شهادة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="59" />
            <source>Witness and interview</source>
            <translation>الشاهد والمقابلة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="60" />
            <source>Account and incidents</source>
            <translation>الإفادة والوقائع</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="61" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="62" />
            <source>Follow-up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="63" />
            <source>Testimony sections</source>
            <translation>أقسام الشهادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="70" />
            <source>Save testimony</source>
            <translation>حفظ الشهادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="71" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>Exact day</source>
            <translation>اليوم بالضبط</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="99" />
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="99" />
            <source>Approximate</source>
            <translation>تقريبي</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="100" />
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="100" />
            <source>Initials only</source>
            <translation>الأحرف الأولى فقط</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="101" />
            <source>Pseudonym only</source>
            <translation>الاسم المستعار فقط</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="101" />
            <source>Not at all</source>
            <translation>لا يُذكر إطلاقًا</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>(not recorded)</source>
            <translation>(غير مسجّل)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="116" />
            <source>Pseudonym *</source>
            <translation>الاسم المستعار *</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="116" />
            <source>e.g. W-07 (used in every output)</source>
            <translation>مثلًا W-07 (يُستخدم في كل المخرجات)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="118" />
            <source>The name and contact below stay in this vault; dossiers carry only the pseudonym.</source>
            <translation>يبقى الاسم وبيانات الاتصال أدناه في هذه الخزنة؛ ولا تحمل ملفات الأدلة إلا الاسم المستعار.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="122" />
            <source>Full name:</source>
            <translation>الاسم الكامل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="123" />
            <source>Contact:</source>
            <translation>بيانات الاتصال:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="124" />
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="125" />
            <source>Role:</source>
            <translation>الصفة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="126" />
            <source>Interview date:</source>
            <translation>تاريخ المقابلة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="126" />
            <location filename="../../ui/testimony_form.py" line="205" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="127" />
            <source>Interview place:</source>
            <translation>مكان المقابلة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="128" />
            <source>Interview mode</source>
            <translation>طريقة المقابلة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="129" />
            <source>Interview mode:</source>
            <translation>طريقة المقابلة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="130" />
            <source>Interviewer:</source>
            <translation>المقابِل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="131" />
            <source>Interviewer's organisation:</source>
            <translation>منظمة المقابِل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="132" />
            <source>Interpreter:</source>
            <translation>المترجم الشفهي:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="133" />
            <source>Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="133" />
            <source>e.g. ru, ar, fr</source>
            <translation>مثلًا ru أو ar أو fr</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="134" />
            <source>Persons present, one per line</source>
            <translation>الحاضرون، واحد في كل سطر</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="135" />
            <source>Persons present
(one per line):</source>
            <translation>الحاضرون
(واحد في كل سطر):</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="136" />
            <source>Referred by:</source>
            <translation>أحاله:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="137" />
            <source>Prior accounts</source>
            <translation>إفادات سابقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <source>Prior accounts:</source>
            <translation>إفادات سابقة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="144" />
            <source>Account in the witness's own words:</source>
            <translation>الإفادة بكلمات الشاهد نفسه:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>Narrative</source>
            <translation>الإفادة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="147" />
            <location filename="../../ui/testimony_form.py" line="149" />
            <source>Incidents</source>
            <translation>الوقائع</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Precision</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>What happened</source>
            <translation>ما حدث</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Basis</source>
            <translation>مصدر المعرفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Told by</source>
            <translation>نقلًا عن</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="157" />
            <location filename="../../ui/testimony_form.py" line="157" />
            <source>Add incident</source>
            <translation>إضافة واقعة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="158" />
            <location filename="../../ui/testimony_form.py" line="158" />
            <source>Remove incident</source>
            <translation>إزالة الواقعة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="172" />
            <source>Record what the witness agreed to. Exports to a body the witness did not agree to leave this account out.</source>
            <translation>سجّل ما وافق عليه الشاهد. عند التصدير إلى جهة لم يوافق عليها الشاهد تُستبعد هذه الشهادة.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="176" />
            <location filename="../../ui/testimony_form.py" line="177" />
            <source>Consent was recorded</source>
            <translation>سُجّلت الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="179" />
            <source>Consent record</source>
            <translation>سجل الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="180" />
            <source>e.g. signed form no. 12, or audio at 00:01:10</source>
            <translation>مثلًا الاستمارة الموقّعة رقم 12، أو التسجيل الصوتي عند 00:01:10</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="182" />
            <source>Record of consent:</source>
            <translation>سجل الموافقة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="183" />
            <source>International Criminal Court</source>
            <translation>المحكمة الجنائية الدولية</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="184" />
            <source>UN Special Procedures</source>
            <translation>الإجراءات الخاصة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="185" />
            <source>UN investigative mechanism</source>
            <translation>آلية التحقيق التابعة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="186" />
            <source>National authorities</source>
            <translation>السلطات الوطنية</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="186" />
            <source>Public</source>
            <translation>العموم</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="193" />
            <source>May be shared with {body}</source>
            <translation>يجوز مشاركتها مع: ⁨{body}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="196" />
            <source>May be shared with:</source>
            <translation>يجوز مشاركتها مع:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="197" />
            <source>How the witness may be named</source>
            <translation>كيف يجوز ذكر الشاهد</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="200" />
            <source>May be named as:</source>
            <translation>يجوز ذكره بـ:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="201" />
            <location filename="../../ui/testimony_form.py" line="202" />
            <source>The body may contact the witness</source>
            <translation>يجوز للجهة التواصل مع الشاهد</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="204" />
            <source>Consent given on</source>
            <translation>تاريخ الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="206" />
            <source>Given on:</source>
            <translation>تاريخها:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="207" />
            <source>How consent was given</source>
            <translation>كيف أُعطيت الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="208" />
            <source>e.g. orally, recorded; written form</source>
            <translation>مثلًا شفهيًا مع تسجيل؛ استمارة مكتوبة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="209" />
            <source>How:</source>
            <translation>الطريقة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="215" />
            <source>Welfare follow-up:</source>
            <translation>متابعة الرعاية:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="216" />
            <source>Feedback promised:</source>
            <translation>الإفادة بالنتائج الموعودة:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="218" />
            <source>The account was read back to the witness</source>
            <translation>قُرئت الإفادة على الشاهد</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="220" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="221" />
            <source>Notes:</source>
            <translation>ملاحظات:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="223" />
            <source>Recording file</source>
            <translation>ملف التسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="225" />
            <source>No recording attached</source>
            <translation>لا تسجيل مرفق</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="226" />
            <source>Attach recording…</source>
            <translation>إرفاق تسجيل…</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="226" />
            <source>Attach recording</source>
            <translation>إرفاق التسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="232" />
            <source>Recording:</source>
            <translation>التسجيل:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="243" />
            <source>Date precision</source>
            <translation>دقة التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="244" />
            <source>Basis of knowledge</source>
            <translation>مصدر المعرفة</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="245" />
            <source>Incident {n}: {what}</source>
            <translation>الواقعة ⁨{n}⁩: ⁨{what}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="275" />
            <source>Attach a recording</source>
            <translation>إرفاق تسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="316" />
            <source>The recording file no longer exists.</source>
            <translation>ملف التسجيل لم يعد موجودًا.</translation>
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
            <location filename="../../ui/trusted_keys_dialog.py" line="50" />
            <source>Trusted signer keys</source>
            <translation>مفاتيح التوقيع الموثوقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="52" />
            <source>Your signing key</source>
            <translation>مفتاح التوقيع الخاص بك</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="54" />
            <source>Your key fingerprint</source>
            <translation>بصمة مفتاحك</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="57" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="57" />
            <source>Copy your key fingerprint</source>
            <translation>نسخ بصمة مفتاحك</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="60" />
            <source>Export my public key…</source>
            <translation>تصدير مفتاحي العام…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="61" />
            <source>Export my public key to a file</source>
            <translation>تصدير مفتاحي العام إلى ملف</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="67" />
            <source>Trusted keys</source>
            <translation>المفاتيح الموثوقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Fingerprint</source>
            <translation>البصمة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="73" />
            <source>Stop trusting</source>
            <translation>إلغاء الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="74" />
            <source>Stop trusting the selected key</source>
            <translation>إلغاء الثقة في المفتاح المحدّد</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="76" />
            <source>Trust a signer's key</source>
            <translation>منح الثقة لمفتاح موقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="77" />
            <source>Signer label</source>
            <translation>تسمية الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="78" />
            <source>Who they are, e.g. Partner NGO field team</source>
            <translation>مَن هم، مثلًا الفريق الميداني لمنظمة شريكة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="79" />
            <source>Signer public key</source>
            <translation>المفتاح العام للموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="82" />
            <source>Paste the content of their .pub file</source>
            <translation>الصق محتوى ملف ‎.pub الخاص به</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="84" />
            <source>Trust</source>
            <translation>منح الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="84" />
            <source>Trust the pasted key</source>
            <translation>منح الثقة للمفتاح الملصوق</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="86" />
            <source>From file…</source>
            <translation>من ملف…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="87" />
            <source>Trust a key from a file</source>
            <translation>منح الثقة لمفتاح من ملف</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="89" />
            <source>Trust a key only after you compared its fingerprint with its owner by another channel (a call, in person).</source>
            <translation>لا تمنح الثقة لمفتاح إلا بعد مطابقة بصمته مع صاحبه عبر قناة أخرى (مكالمة، أو شخصيًا).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="97" />
            <source>Label *:</source>
            <translation>التسمية *:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="98" />
            <source>Public key:</source>
            <translation>المفتاح العام:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="103" />
            <location filename="../../ui/trusted_keys_dialog.py" line="103" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="139" />
            <source>Give both a label and the public key.</source>
            <translation>أدخل التسمية والمفتاح العام كليهما.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="146" />
            <source>Give the signer a label first, then choose the key file.</source>
            <translation>أدخل تسمية للموقّع أولًا، ثم اختر ملف المفتاح.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="150" />
            <source>Signer's public key</source>
            <translation>المفتاح العام للموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="151" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>المفاتيح العامة (*.pub);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="169" />
            <source>Trusted {label} ({fp}).</source>
            <translation>أصبح موثوقًا: ⁨{label}⁩ (⁨{fp}⁩).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="188" />
            <source>No longer trusted: {label}.</source>
            <translation>لم يعد موثوقًا: ⁨{label}⁩.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="196" />
            <source>Export my public key</source>
            <translation>تصدير مفتاحي العام</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="198" />
            <source>Public keys (*.pub)</source>
            <translation>المفاتيح العامة (*.pub)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="211" />
            <source>Saved to {path}. Give it to partners, and confirm the fingerprint with them by another channel.</source>
            <translation>حُفظ في ⁨{path}⁩. أعطه للشركاء، وطابِق البصمة معهم عبر قناة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <location filename="../../ui/unlock_view.py" line="91" />
            <source>Evidence Kit</source>
            <translation>‏Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="92" />
            <source>Everything you gather stays encrypted on this computer. Nothing is sent anywhere.</source>
            <translation>كل ما تجمعه يبقى مشفّرًا على هذا الحاسوب. لا يُرسل أي شيء إلى أي مكان.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="100" />
            <source>Other folder…</source>
            <translation>مجلد آخر…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="101" />
            <source>Choose vault folder</source>
            <translation>اختيار مجلد الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="102" />
            <source>Use a vault in another folder, or create one there</source>
            <translation>استخدام خزنة في مجلد آخر، أو إنشاء واحدة هناك</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="125" />
            <location filename="../../ui/unlock_view.py" line="126" />
            <source>Open the demo case</source>
            <translation>فتح القضية التجريبية</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="127" />
            <source>A fictional sample case in a throw-away vault</source>
            <translation>قضية نموذجية خيالية في خزنة مؤقتة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="129" />
            <source>Open a dossier…</source>
            <translation>فتح ملف أدلة…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="130" />
            <source>Open a dossier without a vault</source>
            <translation>فتح ملف أدلة دون خزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="131" />
            <source>Verify and read a dossier you received</source>
            <translation>التحقق من ملف أدلة استلمته وقراءته</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="145" />
            <source>Enter your passphrase to unlock the vault.</source>
            <translation>أدخل عبارة المرور لفتح الخزنة.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="146" />
            <source>Vault passphrase</source>
            <translation>عبارة مرور الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="148" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="150" />
            <source>Unlock</source>
            <translation>فتح</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="150" />
            <source>Unlock the vault</source>
            <translation>فتح الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="163" />
            <source>There is no vault here yet. Create one:</source>
            <translation>لا توجد خزنة هنا بعد. أنشئ واحدة:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="165" />
            <source>Your name or organisation</source>
            <translation>اسمك أو اسم منظمتك</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="166" />
            <source>Shown with your signature on the dossiers you export</source>
            <translation>يظهر مع توقيعك على ملفات الأدلة التي تصدّرها</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="167" />
            <source>New passphrase</source>
            <translation>عبارة مرور جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="168" />
            <source>Repeat the passphrase</source>
            <translation>أعد كتابة عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="173" />
            <source>Passphrase strength</source>
            <translation>قوة عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="177" />
            <source>Name or organisation:</source>
            <translation>الاسم أو المنظمة:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="178" />
            <source>Passphrase:</source>
            <translation>عبارة المرور:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="179" />
            <source>Repeat:</source>
            <translation>التكرار:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="180" />
            <source>Strength:</source>
            <translation>القوة:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="182" />
            <source>&lt;b&gt;If you lose this passphrase, your evidence is lost.&lt;/b&gt; Nobody can recover it: not your organisation, not the developers, not anyone. Use four or more unrelated words and write them down somewhere safe, away from this computer.</source>
            <translation>&lt;b&gt;إذا فقدت عبارة المرور هذه، تضيع أدلتك.&lt;/b&gt; لا يستطيع أحد استعادتها: لا منظمتك ولا المطوّرون ولا أي شخص آخر. استخدم أربع كلمات أو أكثر لا رابط بينها، ودوّنها في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="191" />
            <location filename="../../ui/unlock_view.py" line="193" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>أفهم أن عبارة المرور المفقودة لا يمكن استعادتها</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="196" />
            <source>Create vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="197" />
            <source>Create the vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="212" />
            <source>Vault: {folder}</source>
            <translation>الخزنة: ⁨{folder}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="212" />
            <source>New vault in: {folder}</source>
            <translation>خزنة جديدة في: ⁨{folder}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <source>Too short (at least {n} characters)</source>
            <translation>قصيرة جدًا (على الأقل ⁨{n}⁩ أحرف)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Weak</source>
            <translation>ضعيفة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Fair</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Strong</source>
            <translation>قوية</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="266" />
            <source>Enter a passphrase</source>
            <translation>أدخل عبارة مرور</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="278" />
            <source>Choose the vault folder</source>
            <translation>اختر مجلد الخزنة</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="285" />
            <source>Enter your passphrase.</source>
            <translation>أدخل عبارة المرور.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="292" />
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="295" />
            <source>Use at least {n} characters.</source>
            <translation>استخدم ⁨{n}⁩ أحرف على الأقل.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="299" />
            <source>Please confirm that you understand the warning.</source>
            <translation>يُرجى تأكيد أنك فهمت التحذير.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="107" />
            <location filename="../../ui/workspace.py" line="108" />
            <source>Cases</source>
            <translation>القضايا</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="114" />
            <source>New case…</source>
            <translation>قضية جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="114" />
            <source>New case</source>
            <translation>قضية جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="132" />
            <source>Case sections</source>
            <translation>أقسام القضية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="138" />
            <source>Exhibits</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="139" />
            <source>Testimonies</source>
            <translation>الشهادات</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="140" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="141" />
            <source>Custody log</source>
            <translation>سجل العهدة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="179" />
            <location filename="../../ui/workspace.py" line="245" />
            <source>{e} exhibits · {t} testimonies · {s} sources</source>
            <translation>الأدلة: ⁨{e}⁩ · الشهادات: ⁨{t}⁩ · المصادر: ⁨{s}⁩</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="234" />
            <source>No case open</source>
            <translation>لا قضية مفتوحة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="235" />
            <source>Create a case with “New case…” to start gathering evidence.</source>
            <translation>أنشئ قضية من «قضية جديدة…» لتبدأ جمع الأدلة.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="240" />
            <source>Prepared for: {body}</source>
            <translation>مُعدّة لـ: ⁨{body}⁩</translation>
        </message>
    </context>
</TS>
