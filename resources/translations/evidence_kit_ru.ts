<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AnswersPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="192" />
            <source>Required fields of the recipient's form</source>
            <translation>Обязательные поля формы получателя</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="195" />
            <source>Required fields still empty</source>
            <translation>Незаполненные обязательные поля</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="203" />
            <source>Check again</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="204" />
            <source>Check the answers again</source>
            <translation>Проверить ответы снова</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="206" />
            <source>Export anyway: the report will say “not provided”</source>
            <translation>Всё равно экспортировать: в отчёте будет «не указано»</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="208" />
            <source>Export anyway: the report will say not provided</source>
            <translation>Всё равно экспортировать: в отчёте будет не указано</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="232" />
            <source>{n} required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation>Обязательных полей формы этого получателя без значения: {n}. Введите ответы ниже и нажмите «Проверить снова» или всё равно экспортируйте.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="237" />
            <source>Every required field of the form has a value.</source>
            <translation>Все обязательные поля формы заполнены.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="246" />
            <source>Answer: {label}</source>
            <translation>Ответ: {label}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="249" />
            <source>Your answer for the report</source>
            <translation>Ваш ответ для отчёта</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ui/context.py" line="46" />
            <source>The vault is locked. Unlock it with your passphrase.</source>
            <translation>Хранилище заблокировано. Разблокируйте его парольной фразой.</translation>
        </message>
    </context>
    <context>
        <name>Bodies</name>
        <message>
            <location filename="../../ui/i18n.py" line="195" />
            <source>International Criminal Court, Office of the Prosecutor</source>
            <translation>Международный уголовный суд, Канцелярия прокурора</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="196" />
            <source>UN Special Procedures</source>
            <translation>Специальные процедуры ООН</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="197" />
            <source>UN investigative mechanism</source>
            <translation>Следственный механизм ООН</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="198" />
            <source>National authorities or court</source>
            <translation>Национальные органы или суд</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="199" />
            <source>Other body</source>
            <translation>Другой орган</translation>
        </message>
    </context>
    <context>
        <name>CustodyTab</name>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>Event hash</source>
            <translation>Хеш события</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="54" />
            <source>Custody log</source>
            <translation>Журнал хранения</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="62" />
            <source>Verify chain</source>
            <translation>Проверить цепочку</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="63" />
            <source>Verify the custody chain</source>
            <translation>Проверить цепочку хранения</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="64" />
            <source>Re-check every event's hash link and signature</source>
            <translation>Заново проверить хеш-связь и подпись каждого события</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="99" />
            <source>{n} events</source>
            <translation>Событий: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="105" />
            <source>Checking every event…</source>
            <translation>Проверка всех событий…</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="115" />
            <source>✔ Chain intact: {n} events, every link and signature verified.</source>
            <translation>✔ Цепочка цела: событий — {n}, все связи и подписи проверены.</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="119" />
            <source>✘ Chain broken: {problem}</source>
            <translation>✘ Цепочка нарушена: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="102" />
            <source>Left out of this dossier</source>
            <translation>Не вошло в это досье</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="103" />
            <source>Items left out and overrides</source>
            <translation>Исключённые элементы и исключения из правил</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="104" />
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="104" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="110" />
            <source>Include anyway…</source>
            <translation>Всё же включить…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="111" />
            <source>Include the selected item anyway</source>
            <translation>Всё же включить выбранный элемент</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="112" />
            <source>Keep it out</source>
            <translation>Не включать</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="113" />
            <source>Withdraw the override of the selected item</source>
            <translation>Отозвать исключение для выбранного элемента</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="134" />
            <source>Included by decision of {who}: {why}</source>
            <translation>Включено по решению {who}: {why}</translation>
        </message>
    </context>
    <context>
        <name>ExhibitDetails</name>
        <message>
            <location filename="../../ui/exhibit_details.py" line="86" />
            <source>Redact…</source>
            <translation>Скрыть фрагменты…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="87" />
            <source>Make a redacted copy of this photo</source>
            <translation>Сделать обезличенную копию этой фотографии</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="98" />
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="98" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="99" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="99" />
            <source>Captured</source>
            <translation>Снято</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="100" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="100" />
            <source>Camera</source>
            <translation>Камера</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="101" />
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="101" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="102" />
            <source>Acquired</source>
            <translation>Получено</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="102" />
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="103" />
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="103" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="113" />
            <source>What this file reveals</source>
            <translation>Что раскрывает этот файл</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="136" />
            <source>No exhibit selected</source>
            <translation>Материал не выбран</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="156" />
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="169" />
            <source>Checking what the file reveals…</source>
            <translation>Проверка того, что раскрывает файл…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="185" />
            <source>Derived from {parent}</source>
            <translation>Получено из {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>Medium</source>
            <translation>Средний</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>Info</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="195" />
            <source>&lt;p&gt;Nothing identifying was found in the file's metadata.&lt;/p&gt;</source>
            <translation>&lt;p&gt;В метаданных файла не найдено ничего идентифицирующего.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="196" />
            <source>A redacted copy keeps: {keeps}</source>
            <translation>Обезличенная копия сохраняет: {keeps}</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsModel</name>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Captured</source>
            <translation>Снято</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Type</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Audio</source>
            <translation>Аудио</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Web capture</source>
            <translation>Веб-снимок</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsTab</name>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="109" />
            <source>Search exhibits</source>
            <translation>Поиск материалов</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="110" />
            <source>Search descriptions, places, tags, file names, hashes and codes</source>
            <translation>Поиск по описаниям, местам, меткам, именам файлов, хешам и кодам</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="112" />
            <source>Search description, place, tag, file name, hash or code…</source>
            <translation>Описание, место, метка, имя файла, хеш или код…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="116" />
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="122" />
            <source>Filter by kind</source>
            <translation>Фильтр по виду</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="123" />
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>Photos</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>Videos</source>
            <translation>Видео</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Audio</source>
            <translation>Аудио</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Web captures</source>
            <translation>Веб-снимки</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="130" />
            <source>Show as table</source>
            <translation>Показать таблицей</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="131" />
            <source>Show as thumbnail grid</source>
            <translation>Показать миниатюрами</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="132" />
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="133" />
            <source>Grid</source>
            <translation>Сетка</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="151" />
            <source>Exhibits table</source>
            <translation>Таблица материалов</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="169" />
            <source>Exhibits thumbnail grid</source>
            <translation>Миниатюры материалов</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="213" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="275" />
            <source>{n} matching</source>
            <translation>Найдено: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="277" />
            <source>{n} exhibits</source>
            <translation>Материалов: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="311" />
            <source>Redact…</source>
            <translation>Скрыть фрагменты…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="330" />
            <source>{code} saved: a redacted copy; the original is unchanged.</source>
            <translation>{code} сохранён: это обезличенная копия, оригинал не изменён.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="50" />
            <source>Save the dossier</source>
            <translation>Сохранение досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="51" />
            <source>Choose where to save it, then press Export.</source>
            <translation>Выберите, куда сохранить, и нажмите «Экспорт».</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="52" />
            <source>Dossier file</source>
            <translation>Файл досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose where to save</source>
            <translation>Выбрать место сохранения</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="59" />
            <source>Export progress</source>
            <translation>Ход экспорта</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="64" />
            <location filename="../../ui/export_wizard.py" line="65" />
            <source>Cancel export</source>
            <translation>Отменить экспорт</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="75" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>age dossier (*.age)</source>
            <translation>Досье age (*.age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>Dossier (*.zip)</source>
            <translation>Досье (*.zip)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="94" />
            <source>Save the dossier as</source>
            <translation>Сохранить досье как</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="117" />
            <source>An age dossier's file name must end with .age (e.g. {name}.dossier.age).</source>
            <translation>Имя файла досье age должно оканчиваться на .age (например, {name}.dossier.age).</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="124" />
            <source>Encrypting and signing…</source>
            <translation>Шифрование и подпись…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="140" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="144" />
            <source>Encrypting and signing… {done} of {total}</source>
            <translation>Шифрование и подпись… {done} из {total}</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="217" />
            <source>Export a dossier</source>
            <translation>Экспорт досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="231" />
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="232" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="233" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="234" />
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="235" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="169" />
            <source>Dossier exported</source>
            <translation>Досье экспортировано</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="170" />
            <source>Give the recipient these two values by another channel; they check them when they verify the dossier.</source>
            <translation>Передайте получателю эти два значения по другому каналу; он сверит их при проверке досье.</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="172" />
            <source>Dossier SHA-256</source>
            <translation>SHA-256 досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="173" />
            <source>Signer fingerprint</source>
            <translation>Отпечаток подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy SHA-256</source>
            <translation>Копировать SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy the SHA-256</source>
            <translation>Копировать SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="187" />
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="188" />
            <source>Signed by key:</source>
            <translation>Подписано ключом:</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="195" />
            <source>&lt;b&gt;{id}&lt;/b&gt; — {n} item(s), {size}&lt;br&gt;{path}</source>
            <translation>&lt;b&gt;{id}&lt;/b&gt; — элементов: {n}, {size}&lt;br&gt;{path}</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="200" />
            <source>&lt;b&gt;No password is needed.&lt;/b&gt; Only these recipients can open it with their age key: {names} (and this vault). Send the signature file {sig} with it: it shows who sent the dossier before anything is decrypted.</source>
            <translation>&lt;b&gt;Пароль не нужен.&lt;/b&gt; Открыть досье своим ключом age могут только эти получатели: {names} (и это хранилище). Отправьте вместе с ним файл подписи {sig}: он показывает, кто отправил досье, ещё до расшифровки.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>B</source>
            <translation>Б</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>KB</source>
            <translation>КБ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>MB</source>
            <translation>МБ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>GB</source>
            <translation>ГБ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>TB</source>
            <translation>ТБ</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../ui/import_flow.py" line="227" />
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>Импорт уже идёт; дождитесь его окончания или отмените его.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="232" />
            <source>Preparing to import…</source>
            <translation>Подготовка к импорту…</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="243" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <location filename="../../ui/import_flow.py" line="73" />
            <source>File {i} of {n}: {name}</source>
            <translation>Файл {i} из {n}: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="90" />
            <source>{name} (already in the case as {code})</source>
            <translation>{name} (уже есть в деле как {code})</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../../ui/import_flow.py" line="115" />
            <source>Import progress</source>
            <translation>Ход импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="117" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="117" />
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="119" />
            <location filename="../../ui/import_flow.py" line="204" />
            <source>Show details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="120" />
            <source>Show import details</source>
            <translation>Показать подробности импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="123" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="123" />
            <source>Close import summary</source>
            <translation>Закрыть итоги импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="125" />
            <source>Import details</source>
            <translation>Подробности импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="162" />
            <source>{done} of {total} · {rate}/s</source>
            <translation>{done} из {total} · {rate}/с</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="171" />
            <source>Imported {n} file(s).</source>
            <translation>Импортировано файлов: {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="173" />
            <source>Import cancelled.</source>
            <translation>Импорт отменён.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="175" />
            <source>{n} already in the case.</source>
            <translation>Уже были в деле: {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="178" />
            <source>{n} could not be read.</source>
            <translation>Не удалось прочитать: {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="180" />
            <source>{n} warning(s).</source>
            <translation>Предупреждений: {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="183" />
            <source>Not imported: {name} — {reason}</source>
            <translation>Не импортирован: {name} — {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="186" />
            <source>Duplicate: {line}</source>
            <translation>Повтор: {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="188" />
            <source>Warning: {line}</source>
            <translation>Предупреждение: {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="190" />
            <source>Added: {line}</source>
            <translation>Добавлен: {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="204" />
            <source>Hide details</source>
            <translation>Скрыть подробности</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="114" />
            <source>Choose what to include</source>
            <translation>Выберите, что включить</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="115" />
            <source>Untick anything that must not leave this vault.</source>
            <translation>Снимите отметку со всего, что не должно покидать хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="116" />
            <source>Items to export</source>
            <translation>Элементы для экспорта</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="117" />
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="117" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Select all</source>
            <translation>Выбрать все</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Select all items</source>
            <translation>Выбрать все элементы</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Select none</source>
            <translation>Снять выбор</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Select no items</source>
            <translation>Снять выбор со всех элементов</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Loading the case's items…</source>
            <translation>Загрузка элементов дела…</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="157" />
            <source>Exhibits</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="157" />
            <source>Testimonies</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="158" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="178" />
            <source>{n} items in this case.</source>
            <translation>Элементов в деле: {n}.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../ui/i18n.py" line="174" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="179" />
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <location filename="../../ui/language_switch.py" line="79" />
            <source>The language changes as soon as the running task ends.</source>
            <translation>Язык сменится, как только завершится текущая задача.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Exhibits</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Testimonies</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="64" />
            <source>Custody log</source>
            <translation>Журнал хранения</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="66" />
            <source>Import files…</source>
            <translation>Импорт файлов…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="67" />
            <source>Import evidence files into the open case (Ctrl+I); you can also drop files on the window</source>
            <translation>Импортировать файлы доказательств в открытое дело (Ctrl+I); файлы можно также перетащить в окно</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Import folder…</source>
            <translation>Импорт папки…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="71" />
            <source>Import every file of a folder (Ctrl+Shift+I)</source>
            <translation>Импортировать все файлы папки (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>Export dossier…</source>
            <translation>Экспорт досье…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="73" />
            <source>Export the case as a signed, encrypted dossier (Ctrl+E)</source>
            <translation>Экспортировать дело в подписанное зашифрованное досье (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="74" />
            <source>Open dossier…</source>
            <translation>Открыть досье…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="76" />
            <source>Verify and read a dossier you received (Ctrl+O)</source>
            <translation>Проверить и прочитать полученное досье (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="77" />
            <source>New case…</source>
            <translation>Новое дело…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="79" />
            <source>New testimony…</source>
            <translation>Новое показание…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="81" />
            <source>New source…</source>
            <translation>Новый источник…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="83" />
            <source>Find exhibits</source>
            <translation>Найти материалы</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="85" />
            <source>Lock</source>
            <translation>Заблокировать</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="86" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="87" />
            <source>Auto-lock…</source>
            <translation>Автоблокировка…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="88" />
            <source>Recipients…</source>
            <translation>Получатели…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>The age public keys dossiers can be encrypted to, and your own</source>
            <translation>Открытые ключи age, которыми можно шифровать досье, и ваш собственный</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="91" />
            <source>Trusted signer keys…</source>
            <translation>Доверенные ключи подписи…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="92" />
            <source>Whose signatures this vault recognises, and your own public key</source>
            <translation>Чьи подписи признаёт это хранилище, и ваш открытый ключ</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="94" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Exhibits as table</source>
            <translation>Материалы таблицей</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>Exhibits as thumbnail grid</source>
            <translation>Материалы миниатюрами</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="104" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="108" />
            <source>&amp;Case</source>
            <translation>&amp;Дело</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="111" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="114" />
            <source>V&amp;ault</source>
            <translation>&amp;Хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="120" />
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
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
            <translation>Перетащите файлы или папки, чтобы импортировать их в это дело</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="231" />
            <source>Auto-lock after {n} min</source>
            <translation>Автоблокировка через {n} мин</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>Auto-lock off</source>
            <translation>Автоблокировка выключена</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>Locked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="235" />
            <source>Signing as {label} · key {fp}</source>
            <translation>Подпись от имени {label} · ключ {fp}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="236" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="259" />
            <source>Unlocking… (this takes a second on purpose: it makes guessing your passphrase slow)</source>
            <translation>Разблокировка… (это намеренно занимает секунду: так подбирать вашу парольную фразу медленно)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>Creating your encrypted vault…</source>
            <translation>Создание зашифрованного хранилища…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>Creating a throw-away vault with the fictional demo case…</source>
            <translation>Создание временного хранилища с вымышленным демо-делом…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Auto-lock</source>
            <translation>Автоблокировка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Lock the vault after this many idle minutes (0 = never):</source>
            <translation>Блокировать хранилище после стольких минут бездействия (0 — никогда):</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>Import evidence files</source>
            <translation>Импорт файлов доказательств</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="356" />
            <source>Import a folder of evidence</source>
            <translation>Импорт папки с доказательствами</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>Open or create a case first, then import into it.</source>
            <translation>Сначала откройте или создайте дело, затем импортируйте в него.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/message_bar.py" line="47" />
            <source>Dismiss message</source>
            <translation>Закрыть сообщение</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../ui/workspace.py" line="51" />
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="54" />
            <source>Case title</source>
            <translation>Название дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="55" />
            <source>Case summary</source>
            <translation>Краткое описание дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="57" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="58" />
            <source>Body the case is prepared for</source>
            <translation>Для какого органа готовится дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="62" />
            <source>Title *:</source>
            <translation>Название *:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="63" />
            <source>Summary:</source>
            <translation>Краткое описание:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>Country:</source>
            <translation>Страна:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="65" />
            <source>Prepared for:</source>
            <translation>Для кого:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="71" />
            <source>Create case</source>
            <translation>Создать дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="72" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="83" />
            <source>A case needs a title.</source>
            <translation>У дела должно быть название.</translation>
        </message>
    </context>
    <context>
        <name>OpenDossierDialog</name>
        <message>
            <location filename="../../ui/open_dossier.py" line="61" />
            <location filename="../../ui/open_dossier.py" line="157" />
            <source>Open a dossier</source>
            <translation>Открыть досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="63" />
            <source>Dossier file</source>
            <translation>Файл досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <source>Choose the dossier file</source>
            <translation>Выберите файл досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="68" />
            <source>Dossier password</source>
            <translation>Пароль досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="70" />
            <source>Signer's public key file (optional)</source>
            <translation>Файл открытого ключа подписанта (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="71" />
            <source>Only if the signer is not trusted in your vault</source>
            <translation>Только если подписант не является доверенным в вашем хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Choose a signer key file</source>
            <translation>Выберите файл ключа подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="75" />
            <source>Verify</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="75" />
            <source>Verify the dossier</source>
            <translation>Проверить досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Dossier:</source>
            <translation>Досье:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="79" />
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="80" />
            <source>Signer key:</source>
            <translation>Ключ подписанта:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="87" />
            <source>Verification progress</source>
            <translation>Ход проверки</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="98" />
            <source>Signer fingerprint</source>
            <translation>Отпечаток подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="101" />
            <source>Dossier file SHA-256</source>
            <translation>SHA-256 файла досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="104" />
            <source>Verification checks</source>
            <translation>Проверки</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="106" />
            <source>Exhibits in the dossier</source>
            <translation>Материалы в досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="108" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="108" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="115" />
            <source>Extract to folder…</source>
            <translation>Извлечь в папку…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Extract the dossier to a folder</source>
            <translation>Извлечь досье в папку</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="117" />
            <source>Import into vault</source>
            <translation>Импортировать в хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="118" />
            <source>Import the dossier into the vault</source>
            <translation>Импортировать досье в хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="119" />
            <location filename="../../ui/open_dossier.py" line="119" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="134" />
            <source>Signer fingerprint:</source>
            <translation>Отпечаток подписанта:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="135" />
            <source>Dossier SHA-256:</source>
            <translation>SHA-256 досье:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="137" />
            <source>Checks:</source>
            <translation>Проверки:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="139" />
            <source>Exhibits:</source>
            <translation>Материалы:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="158" />
            <source>Dossiers (*.zip *.age);;All files (*)</source>
            <translation>Досье (*.zip *.age);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="163" />
            <source>Signer's public key</source>
            <translation>Открытый ключ подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="164" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Открытые ключи (*.pub);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="175" />
            <source>Not needed for an age dossier</source>
            <translation>Не нужен для досье age</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="178" />
            <source>This dossier is encrypted to age keys: no password is needed. It opens with this vault's key if it was sent to this vault.</source>
            <translation>Это досье зашифровано ключами age: пароль не нужен. Оно откроется ключом этого хранилища, если было отправлено ему.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="184" />
            <source>This dossier is encrypted to age keys, not with a password: it opens only with the vault it was sent to. Unlock that vault first, then open the dossier.</source>
            <translation>Это досье зашифровано ключами age, а не паролем: оно откроется только в том хранилище, которому было отправлено. Сначала разблокируйте то хранилище, затем откройте досье.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="192" />
            <source>Choose the dossier file.</source>
            <translation>Выберите файл досье.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="199" />
            <source>Choose the dossier file and enter its password.</source>
            <translation>Выберите файл досье и введите его пароль.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="246" />
            <source>Verifying every file…</source>
            <translation>Проверка каждого файла…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="265" />
            <source>✔ Verified</source>
            <translation>✔ Проверено</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="266" />
            <source>⚠ Intact, but signed by a key you have not trusted</source>
            <translation>⚠ Не изменено, но подписано ключом, которому вы не доверяете</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="267" />
            <source>✘ Verification failed</source>
            <translation>✘ Проверка не пройдена</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="278" />
            <source>an unknown signer</source>
            <translation>неизвестный подписант</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="279" />
            <source>Signed by: {who}</source>
            <translation>Подписано: {who}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="280" />
            <source>(confirm this fingerprint with the sender by another channel)</source>
            <translation>(сверьте этот отпечаток с отправителем по другому каналу)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="306" />
            <source>Extract into folder</source>
            <translation>Извлечь в папку</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="327" />
            <source>Extracted to {folder}</source>
            <translation>Извлечено в {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="328" />
            <source>Nothing was extracted: the dossier failed verification.</source>
            <translation>Ничего не извлечено: досье не прошло проверку.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="331" />
            <source>Extracting…</source>
            <translation>Извлечение…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="354" />
            <source>This dossier was imported before; nothing was added.</source>
            <translation>Это досье уже импортировалось; ничего не добавлено.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="356" />
            <source>Imported: {added} item(s) added, {held} already held. Signed receipt: {receipt}</source>
            <translation>Импортировано: добавлено элементов — {added}, уже были — {held}. Подписанная расписка: {receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="363" />
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/review_panels.py" line="51" />
            <source>Include {code} anyway</source>
            <translation>Всё же включить {code}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="53" />
            <source>&lt;b&gt;{code}&lt;/b&gt; was left out: {reason}.&lt;br&gt;&lt;br&gt;Including it anyway is recorded in the custody log with the name and reason you give here. Only the pseudonym travels; an override never discloses the witness's identity.</source>
            <translation>&lt;b&gt;{code}&lt;/b&gt; исключён: {reason}.&lt;br&gt;&lt;br&gt;Включение вопреки этому записывается в журнал хранения с именем и причиной, которые вы укажете здесь. Передаётся только псевдоним; такое решение никогда не раскрывает личность свидетеля.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="60" />
            <source>Decided by</source>
            <translation>Кто решил</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="61" />
            <source>Name and role of the person who decided</source>
            <translation>Имя и роль принявшего решение</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="62" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="64" />
            <source>Why this account may go to this recipient (e.g. consent given orally on …, recorded in …)</source>
            <translation>Почему это показание можно передать этому получателю (например, согласие дано устно …, записано в …)</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="69" />
            <source>Record the decision and include</source>
            <translation>Записать решение и включить</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="70" />
            <source>Include and record</source>
            <translation>Включить и записать</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="71" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="75" />
            <source>Decided by *:</source>
            <translation>Кто решил *:</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="76" />
            <source>Reason *:</source>
            <translation>Причина *:</translation>
        </message>
    </context>
    <context>
        <name>ProtectionPage</name>
        <message>
            <location filename="../../ui/export_protection.py" line="49" />
            <source>How the dossier is protected</source>
            <translation>Как защищено досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="50" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="51" />
            <source>Protect with a password</source>
            <translation>Защитить паролем</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="52" />
            <source>Recipients (age keys)</source>
            <translation>Получатели (ключи age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="53" />
            <source>Encrypt to recipients' age keys</source>
            <translation>Зашифровать ключами age получателей</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="78" />
            <source>Generate a strong password (recommended)</source>
            <translation>Создать надёжный пароль (рекомендуется)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="80" />
            <source>Generate a password</source>
            <translation>Создать пароль</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="81" />
            <location filename="../../ui/export_protection.py" line="82" />
            <source>Type my own password</source>
            <translation>Ввести свой пароль</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="87" />
            <source>Generated password</source>
            <translation>Созданный пароль</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy the password</source>
            <translation>Копировать пароль</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="94" />
            <source>New one</source>
            <translation>Другой</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="95" />
            <source>Generate another password</source>
            <translation>Создать другой пароль</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="97" />
            <source>&lt;b&gt;Send this password by another channel&lt;/b&gt; than the dossier: a phone call, Signal, or in person — never in the same e-mail or upload. It is shown only now and is not stored anywhere.</source>
            <translation>&lt;b&gt;Передайте этот пароль по другому каналу&lt;/b&gt;, не вместе с досье: звонком, в Signal или лично — никогда в том же письме или загрузке. Он показывается только сейчас и нигде не сохраняется.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="105" />
            <location filename="../../ui/export_protection.py" line="106" />
            <source>I have copied or written down the password</source>
            <translation>Я скопировал(а) или записал(а) пароль</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="108" />
            <source>Dossier password</source>
            <translation>Пароль досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="109" />
            <source>Repeat the dossier password</source>
            <translation>Повторите пароль досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="122" />
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="123" />
            <source>Repeat:</source>
            <translation>Повтор:</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="137" />
            <source>Recipients to encrypt to</source>
            <translation>Получатели для шифрования</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="141" />
            <source>Manage recipients…</source>
            <translation>Управление получателями…</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="142" />
            <source>Add or remove recipients</source>
            <translation>Добавить или удалить получателей</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="144" />
            <source>Only the ticked recipients can open the dossier, with their age secret key (the standard 'age' tool or Evidence Kit); no password travels. This vault's own key is always added so your team can reopen it. A signature of the encrypted file (.minisig) is saved beside it: send both.</source>
            <translation>Открыть досье смогут только отмеченные получатели своим секретным ключом age (стандартной программой age или Evidence Kit); пароль не передаётся. Ключ этого хранилища добавляется всегда, чтобы ваша команда могла открыть досье снова. Рядом сохраняется подпись зашифрованного файла (.minisig): отправьте оба файла.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="171" />
            <source>Loading recipients…</source>
            <translation>Загрузка получателей…</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="196" />
            <source>{n} recipient(s) known to this vault.</source>
            <translation>Получателей в этом хранилище: {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="198" />
            <source>No recipients yet: add the legal team's age public key (age1…) with “Manage recipients…”.</source>
            <translation>Получателей пока нет: добавьте открытый ключ age юридической команды (age1…) через «Управление получателями…».</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="226" />
            <source>The dossier is encrypted with this password. The recipient needs it to open the dossier.</source>
            <translation>Досье зашифровано этим паролем. Получателю он нужен, чтобы открыть досье.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="228" />
            <source>The dossier is encrypted to the recipients' public keys; only they (and this vault) can open it.</source>
            <translation>Досье зашифровано открытыми ключами получателей; открыть его могут только они (и это хранилище).</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="267" />
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="40" />
            <source>Who is this dossier for?</source>
            <translation>Для кого это досье?</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="41" />
            <source>The recipient decides which template and consent rules apply.</source>
            <translation>От получателя зависят шаблон и правила согласия.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="43" />
            <source>Recipient body</source>
            <translation>Орган-получатель</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="54" />
            <source>Disclosure level</source>
            <translation>Уровень раскрытия</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="55" />
            <source>Confidential</source>
            <translation>Конфиденциальное</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="56" />
            <source>Redacted</source>
            <translation>Обезличенное</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="60" />
            <source>Report language</source>
            <translation>Язык отчёта</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="61" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="61" />
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="62" />
            <source>French</source>
            <translation>Французский</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>Recipient:</source>
            <translation>Получатель:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="66" />
            <source>Report template:</source>
            <translation>Шаблон отчёта:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="67" />
            <source>Disclosure level:</source>
            <translation>Уровень раскрытия:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="69" />
            <source>Report language:</source>
            <translation>Язык отчёта:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="87" />
            <source>No names or contacts of witnesses, pseudonyms only; photos travel as metadata-stripped copies (made for you where missing), never the originals. For public reports, the press or partner NGOs.</source>
            <translation>Никаких имён и контактов свидетелей, только псевдонимы; фотографии передаются копиями без метаданных (недостающие будут созданы), никогда не оригиналами. Для публичных докладов, прессы или партнёрских НКО.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="91" />
            <source>Identities travel only where the witness consented to share them with this recipient. For a court or prosecutor.</source>
            <translation>Личные данные передаются, только если свидетель согласился раскрыть их этому получателю. Для суда или прокурора.</translation>
        </message>
    </context>
    <context>
        <name>RecipientsDialog</name>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="66" />
            <location filename="../../ui/recipients_dialog.py" line="81" />
            <source>Recipients</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="68" />
            <location filename="../../ui/recipients_dialog.py" line="69" />
            <source>Your age public key</source>
            <translation>Ваш открытый ключ age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="72" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="72" />
            <source>Copy your age public key</source>
            <translation>Копировать ваш открытый ключ age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="77" />
            <source>Give this key to partners who send dossiers to your team. Add the legal teams you send to below: their public key starts with age1…</source>
            <translation>Дайте этот ключ партнёрам, которые отправляют досье вашей команде. Ниже добавьте юридические команды, которым отправляете вы: их открытый ключ начинается с age1…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Label</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Public key</source>
            <translation>Открытый ключ</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="86" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="87" />
            <source>Remove the selected recipient</source>
            <translation>Удалить выбранного получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="89" />
            <source>Add a recipient</source>
            <translation>Добавить получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="90" />
            <source>Recipient label</source>
            <translation>Название получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="91" />
            <source>Who they are, e.g. ICC OTP evidence unit</source>
            <translation>Кто это, например группа доказательств Канцелярии прокурора МУС</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="92" />
            <source>Recipient public key</source>
            <translation>Открытый ключ получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="95" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="95" />
            <source>Add the recipient</source>
            <translation>Добавить получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="97" />
            <source>From file…</source>
            <translation>Из файла…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="98" />
            <source>Add the recipient from a key file</source>
            <translation>Добавить получателя из файла ключа</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="104" />
            <source>Label *:</source>
            <translation>Название *:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="105" />
            <source>Public key:</source>
            <translation>Открытый ключ:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="109" />
            <location filename="../../ui/recipients_dialog.py" line="109" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="154" />
            <source>Your age public key is copied.</source>
            <translation>Ваш открытый ключ age скопирован.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="159" />
            <source>Give both a label and the public key (age1…).</source>
            <translation>Укажите и название, и открытый ключ (age1…).</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="168" />
            <source>Give the recipient a label first, then choose the key file.</source>
            <translation>Сначала укажите название получателя, затем выберите файл ключа.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="172" />
            <source>Recipient's age public key</source>
            <translation>Открытый ключ age получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="173" />
            <source>Key files (*.txt *.pub *.age);;All files (*)</source>
            <translation>Файлы ключей (*.txt *.pub *.age);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="192" />
            <source>Added {label}.</source>
            <translation>Добавлен: {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="210" />
            <source>Removed {label}.</source>
            <translation>Удалён: {label}.</translation>
        </message>
    </context>
    <context>
        <name>RedactionDialog</name>
        <message>
            <location filename="../../ui/redaction_editor.py" line="161" />
            <source>Redact {code}</source>
            <translation>Скрыть фрагменты {code}</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="163" />
            <source>Drag rectangles over faces, tattoos, street signs, number plates — anything that could identify someone. The copy keeps pixels only: every metadata block (GPS, device, time, embedded thumbnail) is removed. {code} itself stays unchanged.</source>
            <translation>Обведите прямоугольниками лица, татуировки, уличные таблички, номерные знаки — всё, что может выдать человека. Копия сохраняет только пиксели: все блоки метаданных (GPS, устройство, время, встроенная миниатюра) удаляются. Сам {code} не меняется.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="169" />
            <source>Image to redact</source>
            <translation>Изображение для обезличивания</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="170" />
            <source>Drag with the mouse to draw a rectangle to hide</source>
            <translation>Протащите мышью, чтобы нарисовать скрываемый прямоугольник</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="172" />
            <source>Blur</source>
            <translation>Размытие</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="172" />
            <source>Blur the regions</source>
            <translation>Размыть области</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="173" />
            <source>Black</source>
            <translation>Чёрный</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="173" />
            <source>Black out the regions</source>
            <translation>Закрасить области чёрным</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="178" />
            <source>Undo last box</source>
            <translation>Отменить последний</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="179" />
            <source>Remove the last rectangle</source>
            <translation>Удалить последний прямоугольник</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="181" />
            <source>Clear boxes</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="182" />
            <source>Remove every rectangle</source>
            <translation>Удалить все прямоугольники</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="184" />
            <source>Save redacted copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="185" />
            <source>Save the redacted copy as a new exhibit</source>
            <translation>Сохранить обезличенную копию как новый материал</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="187" />
            <location filename="../../ui/redaction_editor.py" line="187" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="189" />
            <source>Decrypting the photo…</source>
            <translation>Расшифровка фотографии…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="192" />
            <source>Hide regions by:</source>
            <translation>Способ скрытия:</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="227" />
            <source>{w} × {h} pixels. Draw the regions to hide.</source>
            <translation>{w} × {h} пикселей. Нарисуйте области, которые нужно скрыть.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="249" />
            <source>{n} region(s) will be hidden; all metadata is removed.</source>
            <translation>Будет скрыто областей: {n}; все метаданные удаляются.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>No region drawn: the copy only has its metadata removed.</source>
            <translation>Области не нарисованы: у копии будут только удалены метаданные.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="260" />
            <source>Saving the redacted copy…</source>
            <translation>Сохранение обезличенной копии…</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="284" />
            <source>The report is made once the plan is ready.</source>
            <translation>Отчёт создаётся, когда план готов.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="286" />
            <source>Report sections</source>
            <translation>Разделы отчёта</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="288" />
            <source>Save report as PDF…</source>
            <translation>Сохранить отчёт в PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="289" />
            <source>Save the report as a PDF file</source>
            <translation>Сохранить отчёт в файл PDF</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="308" />
            <source>Making the report…</source>
            <translation>Создание отчёта…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="311" />
            <source>The report (data/report.pdf, {size}, {pages} page(s)) is signed into the dossier. A picture preview needs Qt's PDF module, which this build of the app does not include; save the report to read it in a PDF viewer.</source>
            <translation>Отчёт (data/report.pdf, {size}, страниц: {pages}) подписан в составе досье. Для предпросмотра нужен модуль PDF из Qt, которого нет в этой сборке; сохраните отчёт, чтобы прочитать его в программе просмотра PDF.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/export_review.py" line="130" />
            <source>Check before export</source>
            <translation>Проверка перед экспортом</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="131" />
            <source>Nothing has been written yet.</source>
            <translation>Пока ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="132" />
            <source>Preparing…</source>
            <translation>Подготовка…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="145" />
            <source>The report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="148" />
            <source>The PDF report is made with the plan.</source>
            <translation>PDF-отчёт создаётся вместе с планом.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="190" />
            <source>Preparing the dossier plan…</source>
            <translation>Подготовка плана досье…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="237" />
            <source>redacted</source>
            <translation>обезличенное</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="237" />
            <source>confidential</source>
            <translation>конфиденциальное</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="238" />
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{e} exhibit(s), {t} testimony(ies), {s} source(s) and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation>&lt;b&gt;Досье {id}&lt;/b&gt; для: {body} ({level})&lt;br&gt;Материалов: {e}, показаний: {t}, источников: {s}, а также PDF-отчёт: {size} до шифрования.&lt;br&gt;Показания передаются под псевдонимами; имена и контакты свидетелей остаются в этом хранилище, если они не согласились их раскрыть.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="247" />
            <source>Metadata-stripped copies were made for the redacted dossier: {codes}. The originals stay in the vault.</source>
            <translation>Для обезличенного досье сделаны копии без метаданных: {codes}. Оригиналы остаются в хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="321" />
            <source>Save the report as</source>
            <translation>Сохранить отчёт как</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="323" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="338" />
            <source>Saved to {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
    </context>
    <context>
        <name>SourceForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="225" />
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Web page</source>
            <translation>Веб-страница</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="226" />
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Social media post</source>
            <translation>Публикация в соцсетях</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="227" />
            <location filename="../../ui/sources_tab.py" line="63" />
            <source>News article</source>
            <translation>Новостная статья</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="228" />
            <location filename="../../ui/sources_tab.py" line="63" />
            <source>NGO report</source>
            <translation>Доклад НКО</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="229" />
            <location filename="../../ui/sources_tab.py" line="64" />
            <source>UN report</source>
            <translation>Доклад ООН</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="230" />
            <location filename="../../ui/sources_tab.py" line="64" />
            <source>Official document</source>
            <translation>Официальный документ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="231" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Court document</source>
            <translation>Судебный документ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="232" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Satellite imagery</source>
            <translation>Спутниковые снимки</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="233" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Dataset</source>
            <translation>Набор данных</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="234" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Book</source>
            <translation>Книга</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="235" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Leaked document</source>
            <translation>Утечка документа</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="236" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="50" />
            <source>New source</source>
            <translation>Новый источник</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="53" />
            <source>Title *</source>
            <translation>Заголовок *</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="53" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="54" />
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="54" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Published on</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>Accessed on</source>
            <translation>Дата обращения</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Page or timestamp</source>
            <translation>Страница или отметка времени</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Kind of source</source>
            <translation>Вид источника</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="73" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="79" />
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="80" />
            <source>Quote or summary</source>
            <translation>Цитата или краткое содержание</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="83" />
            <source>Quote:</source>
            <translation>Цитата:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="84" />
            <source>Source reliability, A to F</source>
            <translation>Надёжность источника, от A до F</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="85" />
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>(not graded)</source>
            <translation>(не оценено)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="87" />
            <source>A: completely reliable</source>
            <translation>A: полностью надёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="87" />
            <source>B: usually reliable</source>
            <translation>B: обычно надёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>C: fairly reliable</source>
            <translation>C: достаточно надёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>D: not usually reliable</source>
            <translation>D: обычно ненадёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>E: unreliable</source>
            <translation>E: ненадёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>F: reliability cannot be judged</source>
            <translation>F: надёжность нельзя оценить</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>Information credibility, 1 to 6</source>
            <translation>Достоверность информации, от 1 до 6</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="95" />
            <source>1: confirmed by other sources</source>
            <translation>1: подтверждено другими источниками</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="95" />
            <source>2: probably true</source>
            <translation>2: вероятно, правда</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>3: possibly true</source>
            <translation>3: возможно, правда</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>4: doubtful</source>
            <translation>4: сомнительно</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>5: improbable</source>
            <translation>5: маловероятно</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="97" />
            <source>6: truth cannot be judged</source>
            <translation>6: достоверность нельзя оценить</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="99" />
            <source>Reliability of the source:</source>
            <translation>Надёжность источника:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>Credibility of the information:</source>
            <translation>Достоверность информации:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="104" />
            <source>Notes:</source>
            <translation>Заметки:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="111" />
            <source>Save source</source>
            <translation>Сохранить источник</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="112" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <location filename="../../ui/sources_tab.py" line="159" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="159" />
            <location filename="../../ui/sources_tab.py" line="233" />
            <source>Grade</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="160" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="161" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="162" />
            <location filename="../../ui/sources_tab.py" line="230" />
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="163" />
            <location filename="../../ui/sources_tab.py" line="231" />
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="232" />
            <source>Accessed</source>
            <translation>Просмотрено</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="232" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="165" />
            <source>Sources table</source>
            <translation>Таблица источников</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="174" />
            <source>New source…</source>
            <translation>Новый источник…</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="174" />
            <source>New source</source>
            <translation>Новый источник</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="177" />
            <source>Grade: reliability of the source (A–F), then credibility of the information (1–6).</source>
            <translation>Оценка: надёжность источника (A–F), затем достоверность информации (1–6).</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="184" />
            <source>Source details</source>
            <translation>Сведения об источнике</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="217" />
            <source>{n} sources</source>
            <translation>Источников: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="229" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="263" />
            <source>Source {code} saved.</source>
            <translation>Источник {code} сохранён.</translation>
        </message>
    </context>
    <context>
        <name>TestimoniesTab</name>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="45" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="45" />
            <source>Pseudonym</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="46" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="47" />
            <source>Interviewed</source>
            <translation>Опрошен(а)</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="48" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="48" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="49" />
            <location filename="../../ui/testimonies_tab.py" line="138" />
            <source>Incidents</source>
            <translation>Инциденты</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Testimonies table</source>
            <translation>Таблица показаний</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="63" />
            <source>Testimony details</source>
            <translation>Сведения о показании</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="64" />
            <source>New testimony…</source>
            <translation>Новое показание…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="65" />
            <source>New testimony</source>
            <translation>Новое показание</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="106" />
            <source>{n} testimonies</source>
            <translation>Показаний: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="110" />
            <source>No testimony yet. Use “New testimony…” to record one.</source>
            <translation>Показаний пока нет. Запишите первое через «Новое показание…».</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="146" />
            <source>the public</source>
            <translation>общественность</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="148" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="149" />
            <source>May be shared with: {bodies}</source>
            <translation>Можно передавать: {bodies}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="150" />
            <source>No consent to share is recorded.</source>
            <translation>Согласие на передачу не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="187" />
            <source>Testimony {code} saved.</source>
            <translation>Показание {code} сохранено.</translation>
        </message>
    </context>
    <context>
        <name>TestimonyForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="206" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Victim</source>
            <translation>Потерпевший</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="207" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Witness</source>
            <translation>Свидетель</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="208" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Relative</source>
            <translation>Родственник</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="209" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Insider</source>
            <translation>Инсайдер</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="210" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Intermediary</source>
            <translation>Посредник</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="211" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="212" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>In person</source>
            <translation>Лично</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="213" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>Remote</source>
            <translation>Удалённо</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="214" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>Written</source>
            <translation>Письменно</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="215" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Saw it</source>
            <translation>Видел(а) сам(а)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="216" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Heard it</source>
            <translation>Слышал(а) сам(а)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Was told</source>
            <translation>Узнал(а) от других</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="218" />
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>From a document</source>
            <translation>Из документа</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="54" />
            <source>New testimony</source>
            <translation>Новое показание</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="59" />
            <source>Witness and interview</source>
            <translation>Свидетель и интервью</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="60" />
            <source>Account and incidents</source>
            <translation>Рассказ и инциденты</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="61" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="62" />
            <source>Follow-up</source>
            <translation>Дальнейшие действия</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="63" />
            <source>Testimony sections</source>
            <translation>Разделы показания</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="70" />
            <source>Save testimony</source>
            <translation>Сохранить показание</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="71" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>Exact day</source>
            <translation>Точный день</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="99" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="99" />
            <source>Approximate</source>
            <translation>Приблизительно</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="100" />
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="100" />
            <source>Initials only</source>
            <translation>Только инициалы</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="101" />
            <source>Pseudonym only</source>
            <translation>Только псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="101" />
            <source>Not at all</source>
            <translation>Никак</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="116" />
            <source>Pseudonym *</source>
            <translation>Псевдоним *</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="116" />
            <source>e.g. W-07 (used in every output)</source>
            <translation>например, W-07 (используется во всех выходных документах)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="118" />
            <source>The name and contact below stay in this vault; dossiers carry only the pseudonym.</source>
            <translation>Имя и контакт ниже остаются в этом хранилище; в досье попадает только псевдоним.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="122" />
            <source>Full name:</source>
            <translation>Полное имя:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="123" />
            <source>Contact:</source>
            <translation>Контакт:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="124" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="125" />
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="126" />
            <source>Interview date:</source>
            <translation>Дата интервью:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="126" />
            <location filename="../../ui/testimony_form.py" line="205" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="127" />
            <source>Interview place:</source>
            <translation>Место интервью:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="128" />
            <source>Interview mode</source>
            <translation>Формат интервью</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="129" />
            <source>Interview mode:</source>
            <translation>Формат интервью:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="130" />
            <source>Interviewer:</source>
            <translation>Интервьюер:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="131" />
            <source>Interviewer's organisation:</source>
            <translation>Организация интервьюера:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="132" />
            <source>Interpreter:</source>
            <translation>Переводчик:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="133" />
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="133" />
            <source>e.g. ru, ar, fr</source>
            <translation>например, ru, ar, fr</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="134" />
            <source>Persons present, one per line</source>
            <translation>Присутствовавшие, по одному в строке</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="135" />
            <source>Persons present
(one per line):</source>
            <translation>Присутствовавшие
(по одному в строке):</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="136" />
            <source>Referred by:</source>
            <translation>Кто направил:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="137" />
            <source>Prior accounts</source>
            <translation>Прежние показания</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <source>Prior accounts:</source>
            <translation>Прежние показания:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="144" />
            <source>Account in the witness's own words:</source>
            <translation>Рассказ свидетеля его словами:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>Narrative</source>
            <translation>Рассказ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="147" />
            <location filename="../../ui/testimony_form.py" line="149" />
            <source>Incidents</source>
            <translation>Инциденты</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Precision</source>
            <translation>Точность</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Basis</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Told by</source>
            <translation>Со слов</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="157" />
            <location filename="../../ui/testimony_form.py" line="157" />
            <source>Add incident</source>
            <translation>Добавить инцидент</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="158" />
            <location filename="../../ui/testimony_form.py" line="158" />
            <source>Remove incident</source>
            <translation>Удалить инцидент</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="172" />
            <source>Record what the witness agreed to. Exports to a body the witness did not agree to leave this account out.</source>
            <translation>Запишите, на что согласился свидетель. При экспорте органу, на который он не давал согласия, это показание не включается.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="176" />
            <location filename="../../ui/testimony_form.py" line="177" />
            <source>Consent was recorded</source>
            <translation>Согласие записано</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="179" />
            <source>Consent record</source>
            <translation>Запись о согласии</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="180" />
            <source>e.g. signed form no. 12, or audio at 00:01:10</source>
            <translation>например, подписанная форма № 12 или аудио на 00:01:10</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="182" />
            <source>Record of consent:</source>
            <translation>Запись о согласии:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="183" />
            <source>International Criminal Court</source>
            <translation>Международный уголовный суд</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="184" />
            <source>UN Special Procedures</source>
            <translation>Специальные процедуры ООН</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="185" />
            <source>UN investigative mechanism</source>
            <translation>Следственный механизм ООН</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="186" />
            <source>National authorities</source>
            <translation>Национальные органы</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="186" />
            <source>Public</source>
            <translation>Публично</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="193" />
            <source>May be shared with {body}</source>
            <translation>Можно передать: {body}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="196" />
            <source>May be shared with:</source>
            <translation>Можно передавать:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="197" />
            <source>How the witness may be named</source>
            <translation>Как можно называть свидетеля</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="200" />
            <source>May be named as:</source>
            <translation>Можно называть:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="201" />
            <location filename="../../ui/testimony_form.py" line="202" />
            <source>The body may contact the witness</source>
            <translation>Орган может связаться со свидетелем</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="204" />
            <source>Consent given on</source>
            <translation>Дата согласия</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="206" />
            <source>Given on:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="207" />
            <source>How consent was given</source>
            <translation>Как дано согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="208" />
            <source>e.g. orally, recorded; written form</source>
            <translation>например, устно, с записью; письменная форма</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="209" />
            <source>How:</source>
            <translation>Как:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="215" />
            <source>Welfare follow-up:</source>
            <translation>Поддержка и сопровождение:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="216" />
            <source>Feedback promised:</source>
            <translation>Обещана обратная связь:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="218" />
            <source>The account was read back to the witness</source>
            <translation>Рассказ был зачитан свидетелю</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="220" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="221" />
            <source>Notes:</source>
            <translation>Заметки:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="223" />
            <source>Recording file</source>
            <translation>Файл записи</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="225" />
            <source>No recording attached</source>
            <translation>Запись не приложена</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="226" />
            <source>Attach recording…</source>
            <translation>Приложить запись…</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="226" />
            <source>Attach recording</source>
            <translation>Приложить запись</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="232" />
            <source>Recording:</source>
            <translation>Запись:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="243" />
            <source>Date precision</source>
            <translation>Точность даты</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="244" />
            <source>Basis of knowledge</source>
            <translation>Основание знания</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="245" />
            <source>Incident {n}: {what}</source>
            <translation>Инцидент {n}: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="275" />
            <source>Attach a recording</source>
            <translation>Приложить запись</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="316" />
            <source>The recording file no longer exists.</source>
            <translation>Файл записи больше не существует.</translation>
        </message>
    </context>
    <context>
        <name>Thumbnails</name>
        <message>
            <location filename="../../ui/thumbs.py" line="39" />
            <source>IMG</source>
            <translation>ФОТО</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="40" />
            <source>VID</source>
            <translation>ВИДЕО</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="41" />
            <source>AUD</source>
            <translation>АУДИО</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="42" />
            <source>DOC</source>
            <translation>ДОК</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="43" />
            <source>WEB</source>
            <translation>ВЕБ</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="44" />
            <source>FILE</source>
            <translation>ФАЙЛ</translation>
        </message>
    </context>
    <context>
        <name>TrustedKeysDialog</name>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="50" />
            <source>Trusted signer keys</source>
            <translation>Доверенные ключи подписи</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="52" />
            <source>Your signing key</source>
            <translation>Ваш ключ подписи</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="54" />
            <source>Your key fingerprint</source>
            <translation>Отпечаток вашего ключа</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="57" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="57" />
            <source>Copy your key fingerprint</source>
            <translation>Копировать отпечаток вашего ключа</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="60" />
            <source>Export my public key…</source>
            <translation>Экспорт моего открытого ключа…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="61" />
            <source>Export my public key to a file</source>
            <translation>Экспортировать мой открытый ключ в файл</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="67" />
            <source>Trusted keys</source>
            <translation>Доверенные ключи</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Label</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Fingerprint</source>
            <translation>Отпечаток</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Added</source>
            <translation>Добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="73" />
            <source>Stop trusting</source>
            <translation>Больше не доверять</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="74" />
            <source>Stop trusting the selected key</source>
            <translation>Больше не доверять выбранному ключу</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="76" />
            <source>Trust a signer's key</source>
            <translation>Доверять ключу подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="77" />
            <source>Signer label</source>
            <translation>Название подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="78" />
            <source>Who they are, e.g. Partner NGO field team</source>
            <translation>Кто это, например полевая группа партнёрской НКО</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="79" />
            <source>Signer public key</source>
            <translation>Открытый ключ подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="82" />
            <source>Paste the content of their .pub file</source>
            <translation>Вставьте содержимое его файла .pub</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="84" />
            <source>Trust</source>
            <translation>Доверять</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="84" />
            <source>Trust the pasted key</source>
            <translation>Доверять вставленному ключу</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="86" />
            <source>From file…</source>
            <translation>Из файла…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="87" />
            <source>Trust a key from a file</source>
            <translation>Доверять ключу из файла</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="89" />
            <source>Trust a key only after you compared its fingerprint with its owner by another channel (a call, in person).</source>
            <translation>Доверяйте ключу, только сверив его отпечаток с владельцем по другому каналу (звонком, лично).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="97" />
            <source>Label *:</source>
            <translation>Название *:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="98" />
            <source>Public key:</source>
            <translation>Открытый ключ:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="103" />
            <location filename="../../ui/trusted_keys_dialog.py" line="103" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="139" />
            <source>Give both a label and the public key.</source>
            <translation>Укажите и название, и открытый ключ.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="146" />
            <source>Give the signer a label first, then choose the key file.</source>
            <translation>Сначала укажите название подписанта, затем выберите файл ключа.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="150" />
            <source>Signer's public key</source>
            <translation>Открытый ключ подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="151" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Открытые ключи (*.pub);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="169" />
            <source>Trusted {label} ({fp}).</source>
            <translation>Теперь доверенный: {label} ({fp}).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="188" />
            <source>No longer trusted: {label}.</source>
            <translation>Больше не доверенный: {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="196" />
            <source>Export my public key</source>
            <translation>Экспорт моего открытого ключа</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="198" />
            <source>Public keys (*.pub)</source>
            <translation>Открытые ключи (*.pub)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="211" />
            <source>Saved to {path}. Give it to partners, and confirm the fingerprint with them by another channel.</source>
            <translation>Сохранено в {path}. Передайте файл партнёрам и сверьте с ними отпечаток по другому каналу.</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <location filename="../../ui/unlock_view.py" line="91" />
            <source>Evidence Kit</source>
            <translation>Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="92" />
            <source>Everything you gather stays encrypted on this computer. Nothing is sent anywhere.</source>
            <translation>Всё, что вы собираете, хранится на этом компьютере в зашифрованном виде. Ничего никуда не отправляется.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="100" />
            <source>Other folder…</source>
            <translation>Другая папка…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="101" />
            <source>Choose vault folder</source>
            <translation>Выбрать папку хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="102" />
            <source>Use a vault in another folder, or create one there</source>
            <translation>Открыть хранилище в другой папке или создать его там</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="125" />
            <location filename="../../ui/unlock_view.py" line="126" />
            <source>Open the demo case</source>
            <translation>Открыть демо-дело</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="127" />
            <source>A fictional sample case in a throw-away vault</source>
            <translation>Вымышленное учебное дело во временном хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="129" />
            <source>Open a dossier…</source>
            <translation>Открыть досье…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="130" />
            <source>Open a dossier without a vault</source>
            <translation>Открыть досье без хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="131" />
            <source>Verify and read a dossier you received</source>
            <translation>Проверить и прочитать полученное досье</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="145" />
            <source>Enter your passphrase to unlock the vault.</source>
            <translation>Введите парольную фразу, чтобы разблокировать хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="146" />
            <source>Vault passphrase</source>
            <translation>Парольная фраза хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="148" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="150" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="150" />
            <source>Unlock the vault</source>
            <translation>Разблокировать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="163" />
            <source>There is no vault here yet. Create one:</source>
            <translation>Здесь ещё нет хранилища. Создайте его:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="165" />
            <source>Your name or organisation</source>
            <translation>Ваше имя или организация</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="166" />
            <source>Shown with your signature on the dossiers you export</source>
            <translation>Показывается вместе с вашей подписью на экспортируемых досье</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="167" />
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="168" />
            <source>Repeat the passphrase</source>
            <translation>Повторите парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="173" />
            <source>Passphrase strength</source>
            <translation>Надёжность парольной фразы</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="177" />
            <source>Name or organisation:</source>
            <translation>Имя или организация:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="178" />
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="179" />
            <source>Repeat:</source>
            <translation>Повтор:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="180" />
            <source>Strength:</source>
            <translation>Надёжность:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="182" />
            <source>&lt;b&gt;If you lose this passphrase, your evidence is lost.&lt;/b&gt; Nobody can recover it: not your organisation, not the developers, not anyone. Use four or more unrelated words and write them down somewhere safe, away from this computer.</source>
            <translation>&lt;b&gt;Если вы потеряете эту парольную фразу, ваши доказательства будут потеряны.&lt;/b&gt; Восстановить её не сможет никто: ни ваша организация, ни разработчики, ни кто-либо ещё. Возьмите четыре или больше не связанных между собой слова и запишите их в надёжном месте вдали от этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="191" />
            <location filename="../../ui/unlock_view.py" line="193" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>Я понимаю, что потерянную парольную фразу восстановить нельзя</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="196" />
            <source>Create vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="197" />
            <source>Create the vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="212" />
            <source>Vault: {folder}</source>
            <translation>Хранилище: {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="212" />
            <source>New vault in: {folder}</source>
            <translation>Новое хранилище в: {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <source>Too short (at least {n} characters)</source>
            <translation>Слишком коротко (не менее {n} символов)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Weak</source>
            <translation>Слабая</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Fair</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Good</source>
            <translation>Хорошая</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Strong</source>
            <translation>Надёжная</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="266" />
            <source>Enter a passphrase</source>
            <translation>Введите парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="278" />
            <source>Choose the vault folder</source>
            <translation>Выберите папку хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="285" />
            <source>Enter your passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="292" />
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="295" />
            <source>Use at least {n} characters.</source>
            <translation>Используйте не менее {n} символов.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="299" />
            <source>Please confirm that you understand the warning.</source>
            <translation>Подтвердите, что вы поняли предупреждение.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="107" />
            <location filename="../../ui/workspace.py" line="108" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="114" />
            <source>New case…</source>
            <translation>Новое дело…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="114" />
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="132" />
            <source>Case sections</source>
            <translation>Разделы дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="138" />
            <source>Exhibits</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="139" />
            <source>Testimonies</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="140" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="141" />
            <source>Custody log</source>
            <translation>Журнал хранения</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="179" />
            <location filename="../../ui/workspace.py" line="245" />
            <source>{e} exhibits · {t} testimonies · {s} sources</source>
            <translation>Материалов: {e} · показаний: {t} · источников: {s}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="234" />
            <source>No case open</source>
            <translation>Нет открытого дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="235" />
            <source>Create a case with “New case…” to start gathering evidence.</source>
            <translation>Создайте дело через «Новое дело…», чтобы начать собирать доказательства.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="240" />
            <source>Prepared for: {body}</source>
            <translation>Для кого: {body}</translation>
        </message>
    </context>
</TS>
