<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AnswersPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="209" />
            <source>Required fields of the recipient's form</source>
            <translation>Обязательные поля формы получателя</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="212" />
            <source>Required fields still empty</source>
            <translation>Незаполненные обязательные поля</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="220" />
            <source>Check again</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="221" />
            <source>Check the answers again</source>
            <translation>Проверить ответы снова</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="223" />
            <source>Export anyway: the report will say “not provided”</source>
            <translation>Всё равно экспортировать: в отчёте будет «не указано»</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="225" />
            <source>Export anyway: the report will say not provided</source>
            <translation>Всё равно экспортировать: в отчёте будет не указано</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review_panels.py" line="249" />
            <source>%Ln required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation>
                <numerusform>%Ln обязательное поле формы этого получателя ещё не заполнено. Введите ответы ниже и нажмите «Проверить снова» или всё равно экспортируйте.</numerusform>
                <numerusform>%Ln обязательных поля формы этого получателя ещё не заполнены. Введите ответы ниже и нажмите «Проверить снова» или всё равно экспортируйте.</numerusform>
                <numerusform>%Ln обязательных полей формы этого получателя ещё не заполнены. Введите ответы ниже и нажмите «Проверить снова» или всё равно экспортируйте.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="254" />
            <source>Every required field of the form has a value.</source>
            <translation>Все обязательные поля формы заполнены.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="263" />
            <source>Answer: {label}</source>
            <translation>Ответ: {label}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="266" />
            <source>Your answer for the report</source>
            <translation>Ваш ответ для отчёта</translation>
        </message>
        <message>
            <source>{n} required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation type="vanished">Обязательных полей формы этого получателя без значения: {n}. Введите ответы ниже и нажмите «Проверить снова» или всё равно экспортируйте.</translation>
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
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="172" />
            <location filename="../../ui/vault_dialogs.py" line="195" />
            <source>Change passphrase</source>
            <translation>Сменить парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="174" />
            <source>Current passphrase</source>
            <translation>Текущая парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="175" />
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="176" />
            <source>Repeat the new passphrase</source>
            <translation>Повторите новую парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="181" />
            <source>Passphrase strength</source>
            <translation>Надёжность парольной фразы</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="186" />
            <source>Current passphrase:</source>
            <translation>Текущая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="187" />
            <source>New passphrase:</source>
            <translation>Новая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="188" />
            <source>Repeat:</source>
            <translation>Повтор:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="189" />
            <source>Strength:</source>
            <translation>Надёжность:</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="190" />
            <source>Only the key that unlocks the vault is re-encrypted: your evidence is not rewritten. The old passphrase stops working.</source>
            <translation>Заново шифруется только ключ, который открывает хранилище: ваши доказательства не перезаписываются. Старая парольная фраза перестанет действовать.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="196" />
            <source>Change the passphrase</source>
            <translation>Сменить парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="198" />
            <location filename="../../ui/vault_dialogs.py" line="198" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="232" />
            <source>The two new passphrases differ.</source>
            <translation>Новые парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="237" />
            <source>Changing the passphrase… (this takes a few seconds on purpose)</source>
            <translation>Смена парольной фразы… (это намеренно занимает несколько секунд)</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="248" />
            <source>Passphrase changed. The old passphrase no longer opens this vault.</source>
            <translation>Парольная фраза изменена. Старая парольная фраза больше не открывает это хранилище.</translation>
        </message>
    </context>
    <context>
        <name>CheckVaultDialog</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="62" />
            <source>Check vault integrity</source>
            <translation>Проверка целостности хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="64" />
            <source>Checking every encrypted file, record and custody event…</source>
            <translation>Проверка всех зашифрованных файлов, записей и событий журнала хранения…</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="68" />
            <source>Check progress</source>
            <translation>Ход проверки</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="70" />
            <source>Check findings</source>
            <translation>Результаты проверки</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="74" />
            <source>Remove leftover files</source>
            <translation>Удалить лишние файлы</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="75" />
            <source>Remove encrypted files left by interrupted imports</source>
            <translation>Удалить зашифрованные файлы, оставшиеся после прерванного импорта</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="76" />
            <source>They have no record and no key: nobody can read them</source>
            <translation>У них нет ни записи, ни ключа: прочитать их не может никто</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="79" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="79" />
            <source>Cancel the check</source>
            <translation>Отменить проверку</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="106" />
            <source>Decrypting encrypted file {done} of {total}…</source>
            <translation>Расшифровка зашифрованного файла {done} из {total}…</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="112" />
            <location filename="../../ui/vault_dialogs.py" line="113" />
            <location filename="../../ui/vault_dialogs.py" line="133" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="114" />
            <source>Vault intact.</source>
            <translation>Хранилище не повреждено.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="114" />
            <source>Problems found.</source>
            <translation>Обнаружены проблемы.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="115" />
            <source>{passed} of {checked} encrypted files decrypted and matched their SHA-256; {events} custody events verified.</source>
            <translation>{passed} из {checked} зашифрованных файлов расшифрованы и совпали со своим SHA-256; проверено событий журнала хранения: {events}.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="121" />
            <source>Problem: {text}</source>
            <translation>Проблема: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="122" />
            <source>Note: {text}</source>
            <translation>Замечание: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="124" />
            <source>No problems and nothing to note.</source>
            <translation>Ни проблем, ни замечаний.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="146" />
            <source>Removed {n} leftover encrypted files.</source>
            <translation>Удалено лишних зашифрованных файлов: {n}.</translation>
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
        <message numerus="yes">
            <location filename="../../ui/custody_tab.py" line="99" />
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln событие</numerusform>
                <numerusform>%Ln события</numerusform>
                <numerusform>%Ln событий</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="105" />
            <source>Checking every event…</source>
            <translation>Проверка всех событий…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/custody_tab.py" line="115" />
            <source>✔ Chain intact: %Ln event(s), every link and signature verified.</source>
            <translation>
                <numerusform>✔ Цепочка цела: %Ln событие, все связи и подписи проверены.</numerusform>
                <numerusform>✔ Цепочка цела: %Ln события, все связи и подписи проверены.</numerusform>
                <numerusform>✔ Цепочка цела: %Ln событий, все связи и подписи проверены.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="119" />
            <source>✘ Chain broken: {problem}</source>
            <translation>✘ Цепочка нарушена: {problem}</translation>
        </message>
        <message>
            <source>{n} events</source>
            <translation type="vanished">Событий: {n}</translation>
        </message>
        <message>
            <source>✔ Chain intact: {n} events, every link and signature verified.</source>
            <translation type="vanished">✔ Цепочка цела: событий — {n}, все связи и подписи проверены.</translation>
        </message>
    </context>
    <context>
        <name>EditCaseDialog</name>
        <message>
            <location filename="../../ui/case_edit.py" line="32" />
            <source>Edit case</source>
            <translation>Редактирование дела</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="34" />
            <source>Case title</source>
            <translation>Название дела</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="36" />
            <source>Case summary</source>
            <translation>Краткое описание дела</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="38" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="39" />
            <source>Body the case is prepared for</source>
            <translation>Для какого органа готовится дело</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="43" />
            <source>Case status</source>
            <translation>Статус дела</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="48" />
            <source>Title *:</source>
            <translation>Название *:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="49" />
            <source>Summary:</source>
            <translation>Краткое описание:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="50" />
            <source>Country:</source>
            <translation>Страна:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="51" />
            <source>Prepared for:</source>
            <translation>Для кого:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="52" />
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="58" />
            <source>Save the case</source>
            <translation>Сохранить дело</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="59" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="70" />
            <source>A case needs a title.</source>
            <translation>У дела должно быть название.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="247" />
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="248" />
            <source>Submitted</source>
            <translation>Передано</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="249" />
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="250" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
    </context>
    <context>
        <name>EvidenceKit</name>
        <message>
            <location filename="../../ui/widgets.py" line="28" />
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="105" />
            <source>Left out of this dossier</source>
            <translation>Не вошло в это досье</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="106" />
            <source>Items left out and overrides</source>
            <translation>Исключённые элементы и исключения из правил</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="107" />
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="107" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="113" />
            <source>Include anyway…</source>
            <translation>Всё же включить…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="114" />
            <source>Include the selected item anyway</source>
            <translation>Всё же включить выбранный элемент</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="115" />
            <source>Keep it out</source>
            <translation>Не включать</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="116" />
            <source>Withdraw the override of the selected item</source>
            <translation>Отозвать исключение для выбранного элемента</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="145" />
            <source>Included by decision of {who}: {why}</source>
            <translation>Включено по решению {who}: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="177" />
            <source>{code} cannot be included: the witness withdrew consent, and only the witness can give it again.</source>
            <translation>{code} нельзя включить: свидетель отозвал согласие, и дать его снова может только сам свидетель.</translation>
        </message>
    </context>
    <context>
        <name>ExhibitDetails</name>
        <message>
            <location filename="../../ui/exhibit_details.py" line="125" />
            <source>Redact…</source>
            <translation>Скрыть фрагменты…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="126" />
            <source>Make a redacted copy of this photo</source>
            <translation>Сделать обезличенную копию этой фотографии</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="129" />
            <source>Edit details…</source>
            <translation>Изменить сведения…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="130" />
            <source>Edit the description, location and tags</source>
            <translation>Изменить описание, место и метки</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="143" />
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="143" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="144" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="144" />
            <source>Captured</source>
            <translation>Снято</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="145" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="145" />
            <source>Camera</source>
            <translation>Камера</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="146" />
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="146" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="147" />
            <source>Acquired</source>
            <translation>Получено</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="147" />
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="148" />
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="148" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="151" />
            <source>SHA-256 of the file</source>
            <translation>SHA-256 файла</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="160" />
            <source>What this file reveals</source>
            <translation>Что раскрывает этот файл</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="185" />
            <source>No exhibit selected</source>
            <translation>Материал не выбран</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="205" />
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="230" />
            <source>Checking what the file reveals…</source>
            <translation>Проверка того, что раскрывает файл…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="246" />
            <source>Derived from {parent}</source>
            <translation>Получено из {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>Medium</source>
            <translation>Средний</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>Info</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="256" />
            <source>&lt;p&gt;Nothing identifying was found in the file's metadata.&lt;/p&gt;</source>
            <translation>&lt;p&gt;В метаданных файла не найдено ничего идентифицирующего.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="257" />
            <source>A redacted copy keeps: {keeps}</source>
            <translation>Обезличенная копия сохраняет: {keeps}</translation>
        </message>
    </context>
    <context>
        <name>ExhibitEditDialog</name>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="57" />
            <source>Edit {code}</source>
            <translation>Редактирование {code}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="60" />
            <source>Exhibit description</source>
            <translation>Описание материала</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="63" />
            <source>Where it was captured</source>
            <translation>Где снято</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="64" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="65" />
            <source>Separate tags with commas</source>
            <translation>Разделяйте метки запятыми</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="67" />
            <source>Description:</source>
            <translation>Описание:</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="68" />
            <source>Location:</source>
            <translation>Место:</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="69" />
            <source>Tags:</source>
            <translation>Метки:</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="70" />
            <source>The file itself and its hashes never change; the custody log records which fields were edited.</source>
            <translation>Сам файл и его хеши никогда не меняются; в журнал хранения записывается, какие поля были изменены.</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="75" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="75" />
            <source>Save the details</source>
            <translation>Сохранить сведения</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="77" />
            <location filename="../../ui/exhibit_edit.py" line="77" />
            <source>Cancel</source>
            <translation>Отмена</translation>
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
            <location filename="../../ui/exhibits_tab.py" line="110" />
            <source>Search exhibits</source>
            <translation>Поиск материалов</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="111" />
            <source>Search descriptions, places, tags, file names, hashes and codes</source>
            <translation>Поиск по описаниям, местам, меткам, именам файлов, хешам и кодам</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="113" />
            <source>Search description, place, tag, file name, hash or code…</source>
            <translation>Описание, место, метка, имя файла, хеш или код…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="117" />
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="123" />
            <source>Filter by kind</source>
            <translation>Фильтр по виду</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Photos</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Videos</source>
            <translation>Видео</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Audio</source>
            <translation>Аудио</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="127" />
            <source>Web captures</source>
            <translation>Веб-снимки</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="127" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="131" />
            <source>Show as table</source>
            <translation>Показать таблицей</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="132" />
            <source>Show as thumbnail grid</source>
            <translation>Показать миниатюрами</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="133" />
            <source>Table</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="134" />
            <source>Grid</source>
            <translation>Сетка</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="152" />
            <source>Exhibits table</source>
            <translation>Таблица материалов</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="170" />
            <source>Exhibits thumbnail grid</source>
            <translation>Миниатюры материалов</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="215" />
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exhibits_tab.py" line="277" />
            <source>%Ln matching</source>
            <translation>
                <numerusform>%Ln совпадение</numerusform>
                <numerusform>%Ln совпадения</numerusform>
                <numerusform>%Ln совпадений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exhibits_tab.py" line="279" />
            <source>%Ln exhibits</source>
            <translation>
                <numerusform>%Ln материал</numerusform>
                <numerusform>%Ln материала</numerusform>
                <numerusform>%Ln материалов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="313" />
            <source>Redact…</source>
            <translation>Скрыть фрагменты…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="338" />
            <source>{code} saved: a redacted copy; the original is unchanged.</source>
            <translation>{code} сохранён: это обезличенная копия, оригинал не изменён.</translation>
        </message>
        <message>
            <source>{n} matching</source>
            <translation type="vanished">Найдено: {n}</translation>
        </message>
        <message>
            <source>{n} exhibits</source>
            <translation type="vanished">Материалов: {n}</translation>
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
            <location filename="../../ui/export_wizard.py" line="218" />
            <source>Export a dossier</source>
            <translation>Экспорт досье</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="232" />
            <source>Next</source>
            <translation>Далее</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="233" />
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="234" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="235" />
            <source>Finish</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="236" />
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
            <source>&lt;b&gt;{id}&lt;/b&gt; — {items}, {size}&lt;br&gt;{path}</source>
            <translation>&lt;b&gt;{id}&lt;/b&gt; — {items}, {size}&lt;br&gt;{path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_wizard.py" line="197" />
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln элемент</numerusform>
                <numerusform>%Ln элемента</numerusform>
                <numerusform>%Ln элементов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="201" />
            <source>&lt;b&gt;No password is needed.&lt;/b&gt; Only these recipients can open it with their age key: {names} (and this vault). Send the signature file {sig} with it: it shows who sent the dossier before anything is decrypted.</source>
            <translation>&lt;b&gt;Пароль не нужен.&lt;/b&gt; Открыть досье своим ключом age могут только эти получатели: {names} (и это хранилище). Отправьте вместе с ним файл подписи {sig}: он показывает, кто отправил досье, ещё до расшифровки.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{id}&lt;/b&gt; — {n} item(s), {size}&lt;br&gt;{path}</source>
            <translation type="vanished">&lt;b&gt;{id}&lt;/b&gt; — элементов: {n}, {size}&lt;br&gt;{path}</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>B</source>
            <translation>Б</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>KB</source>
            <translation>КБ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>MB</source>
            <translation>МБ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>GB</source>
            <translation>ГБ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>TB</source>
            <translation>ТБ</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../ui/import_flow.py" line="226" />
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>Импорт уже идёт; дождитесь его окончания или отмените его.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="231" />
            <source>Preparing to import…</source>
            <translation>Подготовка к импорту…</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="242" />
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
            <location filename="../../ui/import_flow.py" line="91" />
            <source>{name} (already in the case as {code})</source>
            <translation>{name} (уже есть в деле как {code})</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../../ui/import_flow.py" line="116" />
            <source>Import progress</source>
            <translation>Ход импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="118" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="118" />
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="120" />
            <location filename="../../ui/import_flow.py" line="203" />
            <source>Show details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="121" />
            <source>Show import details</source>
            <translation>Показать подробности импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="124" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="124" />
            <source>Close import summary</source>
            <translation>Закрыть итоги импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="126" />
            <source>Import details</source>
            <translation>Подробности импорта</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="163" />
            <source>{done} of {total} · {rate}/s</source>
            <translation>{done} из {total} · {rate}/с</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="171" />
            <source>Imported %Ln file(s).</source>
            <translation>
                <numerusform>Импортирован %Ln файл.</numerusform>
                <numerusform>Импортировано %Ln файла.</numerusform>
                <numerusform>Импортировано %Ln файлов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="173" />
            <source>Import cancelled.</source>
            <translation>Импорт отменён.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="175" />
            <source>%Ln already in the case.</source>
            <translation>
                <numerusform>%Ln уже есть в деле.</numerusform>
                <numerusform>%Ln уже есть в деле.</numerusform>
                <numerusform>%Ln уже есть в деле.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="177" />
            <source>%Ln could not be read.</source>
            <translation>
                <numerusform>%Ln не удалось прочитать.</numerusform>
                <numerusform>%Ln не удалось прочитать.</numerusform>
                <numerusform>%Ln не удалось прочитать.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="179" />
            <source>%Ln warning(s).</source>
            <translation>
                <numerusform>%Ln предупреждение.</numerusform>
                <numerusform>%Ln предупреждения.</numerusform>
                <numerusform>%Ln предупреждений.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="182" />
            <source>Not imported: {name} — {reason}</source>
            <translation>Не импортирован: {name} — {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="185" />
            <source>Duplicate: {line}</source>
            <translation>Повтор: {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="187" />
            <source>Warning: {line}</source>
            <translation>Предупреждение: {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="189" />
            <source>Added: {line}</source>
            <translation>Добавлен: {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="203" />
            <source>Hide details</source>
            <translation>Скрыть подробности</translation>
        </message>
        <message>
            <source>Imported {n} file(s).</source>
            <translation type="vanished">Импортировано файлов: {n}.</translation>
        </message>
        <message>
            <source>{n} already in the case.</source>
            <translation type="vanished">Уже были в деле: {n}.</translation>
        </message>
        <message>
            <source>{n} could not be read.</source>
            <translation type="vanished">Не удалось прочитать: {n}.</translation>
        </message>
        <message>
            <source>{n} warning(s).</source>
            <translation type="vanished">Предупреждений: {n}.</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="118" />
            <source>Choose what to include</source>
            <translation>Выберите, что включить</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="119" />
            <source>Untick anything that must not leave this vault.</source>
            <translation>Снимите отметку со всего, что не должно покидать хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Items to export</source>
            <translation>Элементы для экспорта</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Item</source>
            <translation>Элемент</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Select all</source>
            <translation>Выбрать все</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Select all items</source>
            <translation>Выбрать все элементы</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="125" />
            <source>Select none</source>
            <translation>Снять выбор</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="125" />
            <source>Select no items</source>
            <translation>Снять выбор со всех элементов</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="128" />
            <source>Loading the case's items…</source>
            <translation>Загрузка элементов дела…</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="161" />
            <source>Exhibits</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="161" />
            <source>Testimonies</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="162" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_pages.py" line="182" />
            <source>%Ln items in this case.</source>
            <translation>
                <numerusform>В этом деле %Ln элемент.</numerusform>
                <numerusform>В этом деле %Ln элемента.</numerusform>
                <numerusform>В этом деле %Ln элементов.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} items in this case.</source>
            <translation type="vanished">Элементов в деле: {n}.</translation>
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
            <location filename="../../ui/actions.py" line="69" />
            <source>Exhibits</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Testimonies</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="70" />
            <source>Custody log</source>
            <translation>Журнал хранения</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>Import files…</source>
            <translation>Импорт файлов…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="73" />
            <source>Import evidence files into the open case (Ctrl+I); you can also drop files on the window</source>
            <translation>Импортировать файлы доказательств в открытое дело (Ctrl+I); файлы можно также перетащить в окно</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="75" />
            <source>Import folder…</source>
            <translation>Импорт папки…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="77" />
            <source>Import every file of a folder (Ctrl+Shift+I)</source>
            <translation>Импортировать все файлы папки (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="78" />
            <source>Export dossier…</source>
            <translation>Экспорт досье…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="79" />
            <source>Export the case as a signed, encrypted dossier (Ctrl+E)</source>
            <translation>Экспортировать дело в подписанное зашифрованное досье (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="80" />
            <source>Open dossier…</source>
            <translation>Открыть досье…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="82" />
            <source>Verify and read a dossier you received (Ctrl+O)</source>
            <translation>Проверить и прочитать полученное досье (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="83" />
            <source>New case…</source>
            <translation>Новое дело…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="85" />
            <source>Edit case…</source>
            <translation>Изменить дело…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="86" />
            <source>Change the open case's title, summary or status</source>
            <translation>Изменить название, описание или статус открытого дела</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="87" />
            <source>New testimony…</source>
            <translation>Новое показание…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>New source…</source>
            <translation>Новый источник…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="91" />
            <source>Find exhibits</source>
            <translation>Найти материалы</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="93" />
            <source>Lock</source>
            <translation>Заблокировать</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="94" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="95" />
            <source>Auto-lock…</source>
            <translation>Автоблокировка…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Recipients…</source>
            <translation>Получатели…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>The age public keys dossiers can be encrypted to, and your own</source>
            <translation>Открытые ключи age, которыми можно шифровать досье, и ваш собственный</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="99" />
            <source>Trusted signer keys…</source>
            <translation>Доверенные ключи подписи…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="100" />
            <source>Whose signatures this vault recognises, and your own public key</source>
            <translation>Чьи подписи признаёт это хранилище, и ваш открытый ключ</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="102" />
            <source>Check vault integrity…</source>
            <translation>Проверить целостность хранилища…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="103" />
            <source>Decrypt every evidence file and verify its hash, the records and the custody log</source>
            <translation>Расшифровать каждый файл доказательств и проверить его хеш, а также записи и журнал хранения</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="105" />
            <source>Change passphrase…</source>
            <translation>Сменить парольную фразу…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="107" />
            <source>Choose a new passphrase for this vault</source>
            <translation>Выбрать новую парольную фразу для этого хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="108" />
            <source>Sent dossiers…</source>
            <translation>Отправленные досье…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="109" />
            <source>Dossiers sent and received, and recipients' receipts</source>
            <translation>Отправленные и полученные досье и квитанции получателей</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="110" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="112" />
            <source>Exhibits as table</source>
            <translation>Материалы таблицей</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="113" />
            <source>Exhibits as thumbnail grid</source>
            <translation>Материалы миниатюрами</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="120" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="124" />
            <source>&amp;Case</source>
            <translation>&amp;Дело</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="127" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="130" />
            <source>V&amp;ault</source>
            <translation>&amp;Хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="137" />
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
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
            <translation>Перетащите файлы или папки, чтобы импортировать их в это дело</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="178" />
            <source>Auto-lock after %Ln min</source>
            <translation>
                <numerusform>Автоблокировка через %Ln мин</numerusform>
                <numerusform>Автоблокировка через %Ln мин</numerusform>
                <numerusform>Автоблокировка через %Ln мин</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>Auto-lock off</source>
            <translation>Автоблокировка выключена</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>Locked</source>
            <translation>Заблокировано</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Signing as {label} · key {fp}</source>
            <translation>Подпись от имени {label} · ключ {fp}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="183" />
            <source>(no name)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="206" />
            <source>Unlocking… (this takes a second on purpose: it makes guessing your passphrase slow)</source>
            <translation>Разблокировка… (это намеренно занимает секунду: так подбирать вашу парольную фразу медленно)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="214" />
            <source>Creating your encrypted vault…</source>
            <translation>Создание зашифрованного хранилища…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="221" />
            <source>Creating a throw-away vault with the fictional demo case…</source>
            <translation>Создание временного хранилища с вымышленным демо-делом…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>Auto-lock</source>
            <translation>Автоблокировка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>Lock the vault after this many idle minutes (0 = never):</source>
            <translation>Блокировать хранилище после стольких минут бездействия (0 — никогда):</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>Import evidence files</source>
            <translation>Импорт файлов доказательств</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Import a folder of evidence</source>
            <translation>Импорт папки с доказательствами</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>Open or create a case first, then import into it.</source>
            <translation>Сначала откройте или создайте дело, затем импортируйте в него.</translation>
        </message>
        <message>
            <source>Auto-lock after {n} min</source>
            <translation type="vanished">Автоблокировка через {n} мин</translation>
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
            <location filename="../../ui/workspace.py" line="53" />
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="56" />
            <source>Case title</source>
            <translation>Название дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="57" />
            <source>Case summary</source>
            <translation>Краткое описание дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="59" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="60" />
            <source>Body the case is prepared for</source>
            <translation>Для какого органа готовится дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>Title *:</source>
            <translation>Название *:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="65" />
            <source>Summary:</source>
            <translation>Краткое описание:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="66" />
            <source>Country:</source>
            <translation>Страна:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="67" />
            <source>Prepared for:</source>
            <translation>Для кого:</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="73" />
            <source>Create case</source>
            <translation>Создать дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="74" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="85" />
            <source>A case needs a title.</source>
            <translation>У дела должно быть название.</translation>
        </message>
    </context>
    <context>
        <name>OpenDossierDialog</name>
        <message>
            <location filename="../../ui/open_dossier.py" line="64" />
            <location filename="../../ui/open_dossier.py" line="190" />
            <source>Open a dossier</source>
            <translation>Открыть досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <source>Dossier file</source>
            <translation>Файл досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="69" />
            <location filename="../../ui/open_dossier.py" line="76" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="69" />
            <source>Choose the dossier file</source>
            <translation>Выберите файл досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="71" />
            <source>Dossier password</source>
            <translation>Пароль досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Signer's public key file (optional)</source>
            <translation>Файл открытого ключа подписанта (необязательно)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="74" />
            <source>Only if the signer is not trusted in your vault</source>
            <translation>Только если подписант не является доверенным в вашем хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="76" />
            <source>Choose a signer key file</source>
            <translation>Выберите файл ключа подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Verify</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Verify the dossier</source>
            <translation>Проверить досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="81" />
            <source>Dossier:</source>
            <translation>Досье:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="82" />
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="83" />
            <source>Signer key:</source>
            <translation>Ключ подписанта:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="90" />
            <source>Verification progress</source>
            <translation>Ход проверки</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="101" />
            <source>Signer fingerprint</source>
            <translation>Отпечаток подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="104" />
            <source>Dossier file SHA-256</source>
            <translation>SHA-256 файла досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Verification checks</source>
            <translation>Проверки</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="109" />
            <source>Exhibits in the dossier</source>
            <translation>Материалы в досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <location filename="../../ui/open_dossier.py" line="113" />
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="112" />
            <source>Testimonies in the dossier</source>
            <translation>Показания в досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Pseudonym</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Interviewed</source>
            <translation>Опрошен(а)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="114" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="114" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="115" />
            <source>Sources in the dossier</source>
            <translation>Источники в досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="117" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="121" />
            <source>What the dossier holds</source>
            <translation>Содержимое досье</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="122" />
            <source>Checks</source>
            <translation>Проверки</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="126" />
            <source>Report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="129" />
            <source>Extract to folder…</source>
            <translation>Извлечь в папку…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="130" />
            <source>Extract the dossier to a folder</source>
            <translation>Извлечь досье в папку</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="131" />
            <source>Import into vault</source>
            <translation>Импортировать в хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="132" />
            <source>Import the dossier into the vault</source>
            <translation>Импортировать досье в хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="133" />
            <location filename="../../ui/open_dossier.py" line="133" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="148" />
            <source>Signer fingerprint:</source>
            <translation>Отпечаток подписанта:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="149" />
            <source>Dossier SHA-256:</source>
            <translation>SHA-256 досье:</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="191" />
            <source>Dossiers (*.zip *.age);;All files (*)</source>
            <translation>Досье (*.zip *.age);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="196" />
            <source>Signer's public key</source>
            <translation>Открытый ключ подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="197" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Открытые ключи (*.pub);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="208" />
            <source>Not needed for an age dossier</source>
            <translation>Не нужен для досье age</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="211" />
            <source>This dossier is encrypted to age keys: no password is needed. It opens with this vault's key if it was sent to this vault.</source>
            <translation>Это досье зашифровано ключами age: пароль не нужен. Оно откроется ключом этого хранилища, если было отправлено ему.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="217" />
            <source>This dossier is encrypted to age keys, not with a password: it opens only with the vault it was sent to. Unlock that vault first, then open the dossier.</source>
            <translation>Это досье зашифровано ключами age, а не паролем: оно откроется только в том хранилище, которому было отправлено. Сначала разблокируйте то хранилище, затем откройте досье.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="225" />
            <source>Choose the dossier file.</source>
            <translation>Выберите файл досье.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="232" />
            <source>Choose the dossier file and enter its password.</source>
            <translation>Выберите файл досье и введите его пароль.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="281" />
            <source>Verifying every file…</source>
            <translation>Проверка каждого файла…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="307" />
            <source>✔ Verified</source>
            <translation>✔ Проверено</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="308" />
            <source>⚠ Intact, but signed by a key you have not trusted</source>
            <translation>⚠ Не изменено, но подписано ключом, которому вы не доверяете</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="309" />
            <source>✘ Verification failed</source>
            <translation>✘ Проверка не пройдена</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="320" />
            <source>an unknown signer</source>
            <translation>неизвестный подписант</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="321" />
            <source>Signed by: {who}</source>
            <translation>Подписано: {who}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="322" />
            <source>(confirm this fingerprint with the sender by another channel)</source>
            <translation>(сверьте этот отпечаток с отправителем по другому каналу)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="346" />
            <source>Exhibits</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="346" />
            <source>Testimonies</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="347" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="348" />
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="362" />
            <source>Extract into folder</source>
            <translation>Извлечь в папку</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="383" />
            <source>Extracted to {folder}</source>
            <translation>Извлечено в {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="384" />
            <source>Nothing was extracted: the dossier failed verification.</source>
            <translation>Ничего не извлечено: досье не прошло проверку.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="387" />
            <source>Extracting…</source>
            <translation>Извлечение…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="410" />
            <source>This dossier was imported before; nothing was added.</source>
            <translation>Это досье уже импортировалось; ничего не добавлено.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="412" />
            <source>Imported: {added}, {held} already held. Signed receipt: {receipt}</source>
            <translation>Импортировано: {added}, уже были в хранилище: {held}. Подписанная квитанция: {receipt}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/open_dossier.py" line="414" />
            <source>%Ln item(s) added</source>
            <translation>
                <numerusform>добавлен %Ln элемент</numerusform>
                <numerusform>добавлено %Ln элемента</numerusform>
                <numerusform>добавлено %Ln элементов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="421" />
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <source>Checks:</source>
            <translation type="vanished">Проверки:</translation>
        </message>
        <message>
            <source>Exhibits:</source>
            <translation type="vanished">Материалы:</translation>
        </message>
        <message>
            <source>Imported: {added} item(s) added, {held} already held. Signed receipt: {receipt}</source>
            <translation type="vanished">Импортировано: добавлено элементов — {added}, уже были — {held}. Подписанная расписка: {receipt}</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/review_panels.py" line="54" />
            <source>Include {code} anyway</source>
            <translation>Всё же включить {code}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="56" />
            <source>&lt;b&gt;{code}&lt;/b&gt; was left out: {reason}.&lt;br&gt;&lt;br&gt;Including it anyway is recorded in the custody log with the name and reason you give here. Only the pseudonym travels; an override never discloses the witness's identity.</source>
            <translation>&lt;b&gt;{code}&lt;/b&gt; исключён: {reason}.&lt;br&gt;&lt;br&gt;Включение вопреки этому записывается в журнал хранения с именем и причиной, которые вы укажете здесь. Передаётся только псевдоним; такое решение никогда не раскрывает личность свидетеля.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="63" />
            <source>Decided by</source>
            <translation>Кто решил</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="64" />
            <source>Name and role of the person who decided</source>
            <translation>Имя и роль принявшего решение</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="65" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="67" />
            <source>Why this account may go to this recipient (e.g. consent given orally on …, recorded in …)</source>
            <translation>Почему это показание можно передать этому получателю (например, согласие дано устно …, записано в …)</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="72" />
            <source>Record the decision and include</source>
            <translation>Записать решение и включить</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="73" />
            <source>Include and record</source>
            <translation>Включить и записать</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="74" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="78" />
            <source>Decided by *:</source>
            <translation>Кто решил *:</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="79" />
            <source>Reason *:</source>
            <translation>Причина *:</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/pdf_preview.py" line="81" />
            <source>Previous pages</source>
            <translation>Предыдущие страницы</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="82" />
            <source>Show the previous pages of the report</source>
            <translation>Показать предыдущие страницы отчёта</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="83" />
            <source>Next pages</source>
            <translation>Следующие страницы</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="84" />
            <source>Show the next pages of the report</source>
            <translation>Показать следующие страницы отчёта</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="90" />
            <source>Report pages</source>
            <translation>Страницы отчёта</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="128" />
            <source>Drawing the pages…</source>
            <translation>Отрисовка страниц…</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="144" />
            <source>The pages cannot be drawn: {why}</source>
            <translation>Не удаётся отрисовать страницы: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="169" />
            <source>Pages {first}–{last} of {total}</source>
            <translation>Страницы {first}–{last} из {total}</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="173" />
            <source>The report has no pages.</source>
            <translation>В отчёте нет страниц.</translation>
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
        <message numerus="yes">
            <location filename="../../ui/export_protection.py" line="196" />
            <source>%Ln recipient(s) known to this vault.</source>
            <translation>
                <numerusform>В этом хранилище записан %Ln получатель.</numerusform>
                <numerusform>В этом хранилище записано %Ln получателя.</numerusform>
                <numerusform>В этом хранилище записано %Ln получателей.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="197" />
            <source>No recipients yet: add the legal team's age public key (age1…) with “Manage recipients…”.</source>
            <translation>Получателей пока нет: добавьте открытый ключ age юридической команды (age1…) через «Управление получателями…».</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="225" />
            <source>The dossier is encrypted with this password. The recipient needs it to open the dossier.</source>
            <translation>Досье зашифровано этим паролем. Получателю он нужен, чтобы открыть досье.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="227" />
            <source>The dossier is encrypted to the recipients' public keys; only they (and this vault) can open it.</source>
            <translation>Досье зашифровано открытыми ключами получателей; открыть его могут только они (и это хранилище).</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="266" />
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>{n} recipient(s) known to this vault.</source>
            <translation type="vanished">Получателей в этом хранилище: {n}.</translation>
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
            <location filename="../../ui/export_pages.py" line="65" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>French</source>
            <translation>Французский</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="69" />
            <source>Recipient:</source>
            <translation>Получатель:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="70" />
            <source>Report template:</source>
            <translation>Шаблон отчёта:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="71" />
            <source>Disclosure level:</source>
            <translation>Уровень раскрытия:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="73" />
            <source>Report language:</source>
            <translation>Язык отчёта:</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="91" />
            <source>No names or contacts of witnesses, pseudonyms only; photos travel as metadata-stripped copies (made for you where missing), never the originals. For public reports, the press or partner NGOs.</source>
            <translation>Никаких имён и контактов свидетелей, только псевдонимы; фотографии передаются копиями без метаданных (недостающие будут созданы), никогда не оригиналами. Для публичных докладов, прессы или партнёрских НКО.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="95" />
            <source>Identities travel only where the witness consented to share them with this recipient. For a court or prosecutor.</source>
            <translation>Личные данные передаются, только если свидетель согласился раскрыть их этому получателю. Для суда или прокурора.</translation>
        </message>
    </context>
    <context>
        <name>RecipientsDialog</name>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="67" />
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Recipients</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="69" />
            <location filename="../../ui/recipients_dialog.py" line="70" />
            <source>Your age public key</source>
            <translation>Ваш открытый ключ age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="73" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="73" />
            <source>Copy your age public key</source>
            <translation>Копировать ваш открытый ключ age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="78" />
            <source>Give this key to partners who send dossiers to your team. Add the legal teams you send to below: their public key starts with age1…</source>
            <translation>Дайте этот ключ партнёрам, которые отправляют досье вашей команде. Ниже добавьте юридические команды, которым отправляете вы: их открытый ключ начинается с age1…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="83" />
            <source>Label</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="83" />
            <source>Public key</source>
            <translation>Открытый ключ</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="87" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="88" />
            <source>Remove the selected recipient</source>
            <translation>Удалить выбранного получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="90" />
            <source>Add a recipient</source>
            <translation>Добавить получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="91" />
            <source>Recipient label</source>
            <translation>Название получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="92" />
            <source>Who they are, e.g. ICC OTP evidence unit</source>
            <translation>Кто это, например группа доказательств Канцелярии прокурора МУС</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="93" />
            <source>Recipient public key</source>
            <translation>Открытый ключ получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="96" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="96" />
            <source>Add the recipient</source>
            <translation>Добавить получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="98" />
            <source>From file…</source>
            <translation>Из файла…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="99" />
            <source>Add the recipient from a key file</source>
            <translation>Добавить получателя из файла ключа</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="105" />
            <source>Label *:</source>
            <translation>Название *:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="106" />
            <source>Public key:</source>
            <translation>Открытый ключ:</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="110" />
            <location filename="../../ui/recipients_dialog.py" line="110" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="155" />
            <source>Your age public key is copied.</source>
            <translation>Ваш открытый ключ age скопирован.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="160" />
            <source>Give both a label and the public key (age1…).</source>
            <translation>Укажите и название, и открытый ключ (age1…).</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="169" />
            <source>Give the recipient a label first, then choose the key file.</source>
            <translation>Сначала укажите название получателя, затем выберите файл ключа.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="173" />
            <source>Recipient's age public key</source>
            <translation>Открытый ключ age получателя</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="174" />
            <source>Key files (*.txt *.pub *.age);;All files (*)</source>
            <translation>Файлы ключей (*.txt *.pub *.age);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="193" />
            <source>Added {label}.</source>
            <translation>Добавлен: {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="211" />
            <source>Removed {label}.</source>
            <translation>Удалён: {label}.</translation>
        </message>
    </context>
    <context>
        <name>RedactionDialog</name>
        <message>
            <location filename="../../ui/redaction_editor.py" line="236" />
            <source>Redact {code}</source>
            <translation>Скрыть фрагменты {code}</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="238" />
            <source>Drag rectangles over faces, tattoos, street signs, number plates — anything that could identify someone. The copy keeps pixels only: every metadata block (GPS, device, time, embedded thumbnail) is removed. {code} itself stays unchanged.</source>
            <translation>Обведите прямоугольниками лица, татуировки, уличные таблички, номерные знаки — всё, что может выдать человека. Копия сохраняет только пиксели: все блоки метаданных (GPS, устройство, время, встроенная миниатюра) удаляются. Сам {code} не меняется.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="248" />
            <source>Image to redact</source>
            <translation>Изображение для обезличивания</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="249" />
            <source>Drag with the mouse to draw a rectangle to hide</source>
            <translation>Протащите мышью, чтобы нарисовать скрываемый прямоугольник</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>Blur</source>
            <translation>Размытие</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>Blur the regions</source>
            <translation>Размыть области</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="252" />
            <source>Black</source>
            <translation>Чёрный</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="252" />
            <source>Black out the regions</source>
            <translation>Закрасить области чёрным</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="257" />
            <source>Undo last box</source>
            <translation>Отменить последний</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="258" />
            <source>Remove the last rectangle</source>
            <translation>Удалить последний прямоугольник</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="260" />
            <source>Clear boxes</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="261" />
            <source>Remove every rectangle</source>
            <translation>Удалить все прямоугольники</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="263" />
            <source>Remove box</source>
            <translation>Удалить рамку</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="264" />
            <source>Remove the selected rectangle</source>
            <translation>Удалить выбранный прямоугольник</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="265" />
            <source>Click a rectangle to select it, then remove it (or press Delete)</source>
            <translation>Щёлкните прямоугольник, чтобы выбрать его, затем удалите (или нажмите Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="268" />
            <source>Save redacted copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="269" />
            <source>Save the redacted copy as a new exhibit</source>
            <translation>Сохранить обезличенную копию как новый материал</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="271" />
            <location filename="../../ui/redaction_editor.py" line="271" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="273" />
            <source>Decrypting the photo…</source>
            <translation>Расшифровка фотографии…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="276" />
            <source>Hide regions by:</source>
            <translation>Способ скрытия:</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="319" />
            <source>{w} × {h} pixels. Draw the regions to hide.</source>
            <translation>{w} × {h} пикселей. Нарисуйте области, которые нужно скрыть.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="327" />
            <source>Looking for faces…</source>
            <translation>Поиск лиц…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="342" />
            <source>Found automatically: remove it if it is not a face</source>
            <translation>Найдено автоматически: удалите, если это не лицо</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="345" />
            <source>Faces found automatically: {n}. Check for others: automatic detection can miss faces.</source>
            <translation>Автоматически найдено лиц: {n}. Проверьте, нет ли других: автоматический поиск может пропустить лица.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="347" />
            <source>No face found automatically. Check the whole photo: automatic detection can miss faces.</source>
            <translation>Автоматически лица не найдены. Проверьте весь снимок: автоматический поиск может пропустить лица.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="357" />
            <source>Faces were not looked for: {reason} Draw a rectangle over every face yourself.</source>
            <translation>Лица не искались: {reason} Обведите каждое лицо прямоугольником сами.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/redaction_editor.py" line="383" />
            <source>%Ln region(s) will be hidden; all metadata is removed.</source>
            <translation>
                <numerusform>Будет скрыта %Ln область; все метаданные удаляются.</numerusform>
                <numerusform>Будут скрыты %Ln области; все метаданные удаляются.</numerusform>
                <numerusform>Будет скрыто %Ln областей; все метаданные удаляются.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="385" />
            <source>No region drawn: the copy only has its metadata removed.</source>
            <translation>Области не нарисованы: у копии будут только удалены метаданные.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="394" />
            <source>Saving the redacted copy…</source>
            <translation>Сохранение обезличенной копии…</translation>
        </message>
        <message>
            <source>{n} region(s) will be hidden; all metadata is removed.</source>
            <translation type="vanished">Будет скрыто областей: {n}; все метаданные удаляются.</translation>
        </message>
    </context>
    <context>
        <name>RedactionTerms</name>
        <message>
            <location filename="../../ui/redaction_terms.py" line="42" />
            <source>Mark for redaction</source>
            <translation>Пометить для скрытия</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="43" />
            <source>Mark the selected words for redaction</source>
            <translation>Пометить выбранные слова для скрытия</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="44" />
            <source>Select words of the account above (a name, a place, a unit), then mark them: redacted dossiers show “[redacted]” instead</source>
            <translation>Выделите слова в рассказе выше (имя, место, подразделение) и пометьте их: в обезличенных досье вместо них будет «[redacted]»</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="49" />
            <source>Words marked for redaction</source>
            <translation>Слова, помеченные для скрытия</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="51" />
            <source>Marked for redaction:</source>
            <translation>Помечено для скрытия:</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="101" />
            <source>Redacted dossiers will show “[redacted]” for “{term}”.</source>
            <translation>В обезличенных досье вместо «{term}» будет «[redacted]».</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="303" />
            <source>The report is made once the plan is ready.</source>
            <translation>Отчёт создаётся, когда план готов.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="305" />
            <source>Report sections</source>
            <translation>Разделы отчёта</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="308" />
            <source>Save report as PDF…</source>
            <translation>Сохранить отчёт в PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="309" />
            <source>Save the report as a PDF file</source>
            <translation>Сохранить отчёт в файл PDF</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="331" />
            <source>Making the report…</source>
            <translation>Создание отчёта…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="334" />
            <source>The report (data/report.pdf, {size}, {pages}) is signed into the dossier. Turn its pages below, or save it to read it in a PDF viewer.</source>
            <translation>Отчёт (data/report.pdf, {size}, {pages}) подписан в составе досье. Листайте его страницы ниже или сохраните его, чтобы прочитать в программе просмотра PDF.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review_panels.py" line="338" />
            <source>%Ln page(s)</source>
            <translation>
                <numerusform>%Ln страница</numerusform>
                <numerusform>%Ln страницы</numerusform>
                <numerusform>%Ln страниц</numerusform>
            </translation>
        </message>
        <message>
            <source>The report (data/report.pdf, {size}, {pages} page(s)) is signed into the dossier. A picture preview needs Qt's PDF module, which this build of the app does not include; save the report to read it in a PDF viewer.</source>
            <translation type="vanished">Отчёт (data/report.pdf, {size}, страниц: {pages}) подписан в составе досье. Для предпросмотра нужен модуль PDF из Qt, которого нет в этой сборке; сохраните отчёт, чтобы прочитать его в программе просмотра PDF.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/export_review.py" line="147" />
            <source>Check before export</source>
            <translation>Проверка перед экспортом</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="148" />
            <source>Nothing has been written yet.</source>
            <translation>Пока ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="149" />
            <source>Preparing…</source>
            <translation>Подготовка…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="162" />
            <source>The report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="165" />
            <source>The PDF report is made with the plan.</source>
            <translation>PDF-отчёт создаётся вместе с планом.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="207" />
            <source>Preparing the dossier plan…</source>
            <translation>Подготовка плана досье…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="254" />
            <source>redacted</source>
            <translation>обезличенное</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="254" />
            <source>confidential</source>
            <translation>конфиденциальное</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="255" />
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{exhibits}, {testimonies}, {sources} and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation>&lt;b&gt;Досье {id}&lt;/b&gt; для: {body} ({level})&lt;br&gt;{exhibits}, {testimonies}, {sources} и PDF-отчёт: {size} до шифрования.&lt;br&gt;Показания передаются под псевдонимами; имена и контакты свидетелей остаются в этом хранилище, если они не согласились их раскрыть.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="261" />
            <source>%Ln exhibit(s)</source>
            <translation>
                <numerusform>%Ln материал</numerusform>
                <numerusform>%Ln материала</numerusform>
                <numerusform>%Ln материалов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="262" />
            <source>%Ln testimony(ies)</source>
            <translation>
                <numerusform>%Ln показание</numerusform>
                <numerusform>%Ln показания</numerusform>
                <numerusform>%Ln показаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="263" />
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="265" />
            <source>Metadata-stripped copies were made for the redacted dossier: {codes}. The originals stay in the vault.</source>
            <translation>Для обезличенного досье сделаны копии без метаданных: {codes}. Оригиналы остаются в хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="339" />
            <source>Save the report as</source>
            <translation>Сохранить отчёт как</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="341" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="357" />
            <source>Saved to {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{e} exhibit(s), {t} testimony(ies), {s} source(s) and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation type="vanished">&lt;b&gt;Досье {id}&lt;/b&gt; для: {body} ({level})&lt;br&gt;Материалов: {e}, показаний: {t}, источников: {s}, а также PDF-отчёт: {size} до шифрования.&lt;br&gt;Показания передаются под псевдонимами; имена и контакты свидетелей остаются в этом хранилище, если они не согласились их раскрыть.</translation>
        </message>
    </context>
    <context>
        <name>SentDossiersDialog</name>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="40" />
            <source>Sent dossiers</source>
            <translation>Отправленные досье</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="42" />
            <source>Every dossier this vault exported or imported, with the SHA-256 of the file. When a recipient imports your dossier, their vault writes a signed receipt: check it here against what you sent.</source>
            <translation>Все досье, которые это хранилище экспортировало или импортировало, с SHA-256 файла. Когда получатель импортирует ваше досье, его хранилище создаёт подписанную квитанцию: сверьте её здесь с тем, что вы отправили.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="47" />
            <source>Dossiers</source>
            <translation>Досье</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Dossier</source>
            <translation>Досье</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Items</source>
            <translation>Элементы</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Protection</source>
            <translation>Защита</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="50" />
            <source>Recipients</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="50" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="53" />
            <source>Receipt check result</source>
            <translation>Результат проверки квитанции</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="57" />
            <source>Check a receipt…</source>
            <translation>Проверить квитанцию…</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="58" />
            <source>Check a recipient's signed receipt against what was sent</source>
            <translation>Сверить подписанную квитанцию получателя с тем, что было отправлено</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="63" />
            <location filename="../../ui/sent_dossiers_dialog.py" line="63" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="89" />
            <source>sent</source>
            <translation>отправлено</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="89" />
            <source>received</source>
            <translation>получено</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="90" />
            <source>recipient keys</source>
            <translation>ключи получателей</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="90" />
            <source>password</source>
            <translation>пароль</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="102" />
            <source>No dossier was sent or received yet.</source>
            <translation>Досье ещё не отправлялись и не получались.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="110" />
            <source>Signed receipt</source>
            <translation>Подписанная квитанция</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="111" />
            <source>Receipts (*.receipt.json);;All files (*)</source>
            <translation>Квитанции (*.receipt.json);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="128" />
            <source>The receipt matches what was sent.</source>
            <translation>Квитанция совпадает с тем, что было отправлено.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="129" />
            <source>The receipt does NOT match what was sent.</source>
            <translation>Квитанция НЕ совпадает с тем, что было отправлено.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="130" />
            <source>Dossier: {id}</source>
            <translation>Досье: {id}</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="131" />
            <source>Signed by: {who}</source>
            <translation>Подписано: {who}</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="132" />
            <source>Received at: {when}</source>
            <translation>Получено: {when}</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="133" />
            <source>{acknowledged} item(s) acknowledged of {sent} sent</source>
            <translation>Получение подтверждено для элементов: {acknowledged} из {sent} отправленных</translation>
        </message>
    </context>
    <context>
        <name>SourceForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="225" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Web page</source>
            <translation>Веб-страница</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="226" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Social media post</source>
            <translation>Публикация в соцсетях</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="227" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>News article</source>
            <translation>Новостная статья</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="228" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>NGO report</source>
            <translation>Доклад НКО</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="229" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>UN report</source>
            <translation>Доклад ООН</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="230" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>Official document</source>
            <translation>Официальный документ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="231" />
            <location filename="../../ui/sources_tab.py" line="68" />
            <source>Court document</source>
            <translation>Судебный документ</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="232" />
            <location filename="../../ui/sources_tab.py" line="68" />
            <source>Satellite imagery</source>
            <translation>Спутниковые снимки</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="233" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Dataset</source>
            <translation>Набор данных</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="234" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Book</source>
            <translation>Книга</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="235" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Leaked document</source>
            <translation>Утечка документа</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="236" />
            <location filename="../../ui/sources_tab.py" line="70" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="52" />
            <source>New source</source>
            <translation>Новый источник</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Title *</source>
            <translation>Заголовок *</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Published on</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="58" />
            <source>Accessed on</source>
            <translation>Дата обращения</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Page or timestamp</source>
            <translation>Страница или отметка времени</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="60" />
            <source>Archived copy (exhibit)</source>
            <translation>Архивная копия (материал)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Kind of source</source>
            <translation>Вид источника</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="76" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="80" />
            <source>e.g. E0003: the saved page or file</source>
            <translation>например, E0003: сохранённая страница или файл</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="84" />
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="85" />
            <source>Quote or summary</source>
            <translation>Цитата или краткое содержание</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>Quote:</source>
            <translation>Цитата:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>Source reliability, A to F</source>
            <translation>Надёжность источника, от A до F</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="90" />
            <location filename="../../ui/sources_tab.py" line="98" />
            <source>(not graded)</source>
            <translation>(не оценено)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>A: completely reliable</source>
            <translation>A: полностью надёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>B: usually reliable</source>
            <translation>B: обычно надёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>C: fairly reliable</source>
            <translation>C: достаточно надёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>D: not usually reliable</source>
            <translation>D: обычно ненадёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="94" />
            <source>E: unreliable</source>
            <translation>E: ненадёжен</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="94" />
            <source>F: reliability cannot be judged</source>
            <translation>F: надёжность нельзя оценить</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="97" />
            <source>Information credibility, 1 to 6</source>
            <translation>Достоверность информации, от 1 до 6</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>1: confirmed by other sources</source>
            <translation>1: подтверждено другими источниками</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>2: probably true</source>
            <translation>2: вероятно, правда</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>3: possibly true</source>
            <translation>3: возможно, правда</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>4: doubtful</source>
            <translation>4: сомнительно</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>5: improbable</source>
            <translation>5: маловероятно</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="102" />
            <source>6: truth cannot be judged</source>
            <translation>6: достоверность нельзя оценить</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="104" />
            <source>Reliability of the source:</source>
            <translation>Надёжность источника:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="105" />
            <source>Credibility of the information:</source>
            <translation>Достоверность информации:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="106" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="109" />
            <source>Notes:</source>
            <translation>Заметки:</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="116" />
            <source>Save source</source>
            <translation>Сохранить источник</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="117" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="241" />
            <source>Grade</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="165" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="166" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="167" />
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="168" />
            <location filename="../../ui/sources_tab.py" line="238" />
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="170" />
            <location filename="../../ui/sources_tab.py" line="239" />
            <source>Accessed</source>
            <translation>Просмотрено</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="171" />
            <location filename="../../ui/sources_tab.py" line="240" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="172" />
            <source>Sources table</source>
            <translation>Таблица источников</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="181" />
            <source>New source…</source>
            <translation>Новый источник…</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="181" />
            <source>New source</source>
            <translation>Новый источник</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="184" />
            <source>Grade: reliability of the source (A–F), then credibility of the information (1–6).</source>
            <translation>Оценка: надёжность источника (A–F), затем достоверность информации (1–6).</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="191" />
            <source>Source details</source>
            <translation>Сведения об источнике</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sources_tab.py" line="224" />
            <source>%Ln sources</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="236" />
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="242" />
            <source>Archived copy</source>
            <translation>Архивная копия</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="246" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="246" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="272" />
            <source>Source {code} saved.</source>
            <translation>Источник {code} сохранён.</translation>
        </message>
        <message>
            <source>{n} sources</source>
            <translation type="vanished">Источников: {n}</translation>
        </message>
    </context>
    <context>
        <name>TestimoniesTab</name>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Pseudonym</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="52" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="53" />
            <source>Interviewed</source>
            <translation>Опрошен(а)</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="55" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="55" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="56" />
            <location filename="../../ui/testimonies_tab.py" line="189" />
            <source>Incidents</source>
            <translation>Инциденты</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="58" />
            <source>Testimonies table</source>
            <translation>Таблица показаний</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="69" />
            <source>Testimony details</source>
            <translation>Сведения о показании</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="72" />
            <source>New testimony…</source>
            <translation>Новое показание…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="72" />
            <source>New testimony</source>
            <translation>Новое показание</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="75" />
            <source>From JSON file…</source>
            <translation>Из файла JSON…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="75" />
            <location filename="../../ui/testimonies_tab.py" line="300" />
            <source>Add a testimony from a JSON file</source>
            <translation>Добавить показание из файла JSON</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="77" />
            <source>The testimony JSON of 'evidence-kit testimony add' and of NGO form tools</source>
            <translation>JSON показания в формате «evidence-kit testimony add» и анкетных программ НКО</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="79" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="79" />
            <source>Edit the testimony</source>
            <translation>Изменить показание</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="82" />
            <source>Withdraw consent…</source>
            <translation>Отозвать согласие…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="82" />
            <source>Withdraw consent</source>
            <translation>Отозвать согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="144" />
            <source>{n} testimonies</source>
            <translation>Показаний: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="152" />
            <source>No testimony yet. Use “New testimony…” to record one.</source>
            <translation>Показаний пока нет. Запишите первое через «Новое показание…».</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="197" />
            <source>the public</source>
            <translation>общественность</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="199" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="200" />
            <source>May be shared with: {bodies}</source>
            <translation>Можно передавать: {bodies}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="201" />
            <source>No consent to share is recorded.</source>
            <translation>Согласие на передачу не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="272" />
            <source>Testimony {code} saved under the pseudonym {pseudonym}.</source>
            <translation>Показание {code} сохранено под псевдонимом {pseudonym}.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="274" />
            <source>Testimony {code} saved; changed: {fields}.</source>
            <translation>Показание {code} сохранено; изменено: {fields}.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="276" />
            <source>Nothing to save: testimony {code} is unchanged.</source>
            <translation>Сохранять нечего: показание {code} не изменилось.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="301" />
            <source>Testimony JSON (*.json);;All files (*)</source>
            <translation>JSON показания (*.json);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="316" />
            <source>{file} was not added: {reason}</source>
            <translation>{file} не добавлен: {reason}</translation>
        </message>
        <message>
            <source>Testimony {code} saved.</source>
            <translation type="vanished">Показание {code} сохранено.</translation>
        </message>
    </context>
    <context>
        <name>TestimonyForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="206" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Victim</source>
            <translation>Потерпевший</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="207" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Witness</source>
            <translation>Свидетель</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="208" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Relative</source>
            <translation>Родственник</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="209" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Insider</source>
            <translation>Инсайдер</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="210" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Intermediary</source>
            <translation>Посредник</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="211" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="212" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>In person</source>
            <translation>Лично</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="213" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>Remote</source>
            <translation>Удалённо</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="214" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>Written</source>
            <translation>Письменно</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="215" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Saw it</source>
            <translation>Видел(а) сам(а)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="216" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Heard it</source>
            <translation>Слышал(а) сам(а)</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Was told</source>
            <translation>Узнал(а) от других</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="218" />
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>From a document</source>
            <translation>Из документа</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="62" />
            <source>Edit testimony {code}</source>
            <translation>Редактирование показания {code}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="63" />
            <source>New testimony</source>
            <translation>Новое показание</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="68" />
            <source>Witness and interview</source>
            <translation>Свидетель и интервью</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="69" />
            <source>Account and incidents</source>
            <translation>Рассказ и инциденты</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="70" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="71" />
            <source>Follow-up</source>
            <translation>Дальнейшие действия</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="72" />
            <source>Testimony sections</source>
            <translation>Разделы показания</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="79" />
            <source>Save testimony</source>
            <translation>Сохранить показание</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="80" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>Exact day</source>
            <translation>Точный день</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="111" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="111" />
            <source>Approximate</source>
            <translation>Приблизительно</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="112" />
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="112" />
            <source>Initials only</source>
            <translation>Только инициалы</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="113" />
            <source>Pseudonym only</source>
            <translation>Только псевдоним</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="113" />
            <source>Not at all</source>
            <translation>Никак</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="119" />
            <source>(not recorded)</source>
            <translation>(не записано)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="128" />
            <source>Pseudonym:</source>
            <translation>Псевдоним:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="129" />
            <source>Leave empty to have one generated (used in every output)</source>
            <translation>Оставьте пустым, и псевдоним будет создан автоматически (используется во всех выходных документах)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="130" />
            <source>The name and contact below stay in this vault; dossiers carry only the pseudonym.</source>
            <translation>Имя и контакт ниже остаются в этом хранилище; в досье попадает только псевдоним.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="134" />
            <source>Full name:</source>
            <translation>Полное имя:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="135" />
            <source>Contact:</source>
            <translation>Контакт:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="136" />
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="137" />
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <source>Interview date:</source>
            <translation>Дата интервью:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <location filename="../../ui/testimony_form.py" line="228" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="139" />
            <source>Interview place:</source>
            <translation>Место интервью:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="140" />
            <source>Interview mode</source>
            <translation>Формат интервью</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="141" />
            <source>Interview mode:</source>
            <translation>Формат интервью:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="142" />
            <source>Interviewer:</source>
            <translation>Интервьюер:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="143" />
            <source>Interviewer's organisation:</source>
            <translation>Организация интервьюера:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="144" />
            <source>Interpreter:</source>
            <translation>Переводчик:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>e.g. ru, ar, fr</source>
            <translation>например, ru, ar, fr</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="146" />
            <source>Translation of</source>
            <translation>Перевод показания</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="147" />
            <source>(none: this is the original account)</source>
            <translation>(нет: это исходное показание)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="150" />
            <source>Translation of:</source>
            <translation>Перевод показания:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Persons present, one per line</source>
            <translation>Присутствовавшие, по одному в строке</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Persons present
(one per line):</source>
            <translation>Присутствовавшие
(по одному в строке):</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="153" />
            <source>Referred by:</source>
            <translation>Кто направил:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="154" />
            <source>Prior accounts</source>
            <translation>Прежние показания</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="155" />
            <source>Prior accounts:</source>
            <translation>Прежние показания:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="161" />
            <source>Account in the witness's own words:</source>
            <translation>Рассказ свидетеля его словами:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="162" />
            <source>Narrative</source>
            <translation>Рассказ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="164" />
            <location filename="../../ui/testimony_form.py" line="166" />
            <source>Incidents</source>
            <translation>Инциденты</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Precision</source>
            <translation>Точность</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="169" />
            <source>Basis</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="169" />
            <source>Told by</source>
            <translation>Со слов</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="174" />
            <location filename="../../ui/testimony_form.py" line="174" />
            <source>Add incident</source>
            <translation>Добавить инцидент</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="175" />
            <location filename="../../ui/testimony_form.py" line="175" />
            <source>Remove incident</source>
            <translation>Удалить инцидент</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="189" />
            <source>Record what the witness agreed to. Exports to a body the witness did not agree to leave this account out.</source>
            <translation>Запишите, на что согласился свидетель. При экспорте органу, на который он не давал согласия, это показание не включается.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="193" />
            <location filename="../../ui/testimony_form.py" line="194" />
            <source>Consent was recorded</source>
            <translation>Согласие записано</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="196" />
            <source>Consent record</source>
            <translation>Запись о согласии</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="197" />
            <source>e.g. signed form no. 12, or audio at 00:01:10</source>
            <translation>например, подписанная форма № 12 или аудио на 00:01:10</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="199" />
            <source>Record of consent:</source>
            <translation>Запись о согласии:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="200" />
            <source>International Criminal Court</source>
            <translation>Международный уголовный суд</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="201" />
            <source>UN Special Procedures</source>
            <translation>Специальные процедуры ООН</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="202" />
            <source>UN investigative mechanism</source>
            <translation>Следственный механизм ООН</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="203" />
            <source>National authorities</source>
            <translation>Национальные органы</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="203" />
            <source>Public</source>
            <translation>Публично</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="210" />
            <source>May be shared with {body}</source>
            <translation>Можно передать: {body}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="214" />
            <source>Agrees that the account may be passed on to national or regional courts (needed for a UN investigative mechanism)</source>
            <translation>Согласен(на), чтобы рассказ передавался национальным или региональным судам (нужно для следственного механизма ООН)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="216" />
            <source>Agrees to onward sharing</source>
            <translation>Согласен(на) на дальнейшую передачу</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="218" />
            <source>May be shared with:</source>
            <translation>Можно передавать:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="219" />
            <source>How the witness may be named</source>
            <translation>Как можно называть свидетеля</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="222" />
            <source>May be named as:</source>
            <translation>Можно называть:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="224" />
            <location filename="../../ui/testimony_form.py" line="225" />
            <source>The body may contact the witness</source>
            <translation>Орган может связаться со свидетелем</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="227" />
            <source>Consent given on</source>
            <translation>Дата согласия</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="229" />
            <source>Given on:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="230" />
            <source>How consent was given</source>
            <translation>Как дано согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="231" />
            <source>e.g. orally, recorded; written form</source>
            <translation>например, устно, с записью; письменная форма</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="232" />
            <source>How:</source>
            <translation>Как:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="233" />
            <source>Consent obtained by</source>
            <translation>Кто получил согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="234" />
            <source>Name or role of the person who asked for consent</source>
            <translation>Имя или роль человека, который запросил согласие</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="236" />
            <source>Obtained by:</source>
            <translation>Кем получено:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="237" />
            <source>To take back consent for a body, use “Withdraw consent…” on the Testimonies tab: the recipients of earlier dossiers are then sent a signed notice.</source>
            <translation>Чтобы отозвать согласие для органа, используйте «Отозвать согласие…» на вкладке «Показания»: получателям прежних досье тогда отправляется подписанное уведомление.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="247" />
            <source>UN Special Procedures: the four questions of the submission form</source>
            <translation>Специальные процедуры ООН: четыре вопроса формы подачи</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="250" />
            <source>1. Consents to this account being submitted to UN Special Procedures</source>
            <translation>1. Согласен(на) на передачу этого рассказа в Специальные процедуры ООН</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="252" />
            <source>2. Knows that a letter naming the victim is sent to the government concerned</source>
            <translation>2. Знает, что соответствующему правительству направляется письмо с именем потерпевшего</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="254" />
            <source>Knows a letter naming the victim goes to the government</source>
            <translation>Знает, что правительство получит письмо с именем потерпевшего</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="255" />
            <source>3. Knows that the communication is published in the UN's public report</source>
            <translation>3. Знает, что сообщение публикуется в публичном докладе ООН</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="257" />
            <source>Knows the communication is published in a public report</source>
            <translation>Знает, что сообщение публикуется в публичном докладе</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="258" />
            <source>4. Full name or initials in the communication: choose it under “May be named as” (“Pseudonym only”: neither).</source>
            <translation>4. Полное имя или инициалы в сообщении: выберите в поле «Можно называть» («Только псевдоним» — ни то, ни другое).</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="269" />
            <source>Welfare follow-up:</source>
            <translation>Поддержка и сопровождение:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="270" />
            <source>Feedback promised:</source>
            <translation>Обещана обратная связь:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="271" />
            <location filename="../../ui/testimony_form.py" line="272" />
            <source>The account was read back to the witness</source>
            <translation>Рассказ был зачитан свидетелю</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="274" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="275" />
            <source>Notes:</source>
            <translation>Заметки:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="277" />
            <source>Recording file</source>
            <translation>Файл записи</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="279" />
            <source>No recording attached</source>
            <translation>Запись не приложена</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="280" />
            <source>Attach recording…</source>
            <translation>Приложить запись…</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="280" />
            <source>Attach recording</source>
            <translation>Приложить запись</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="286" />
            <source>Recording:</source>
            <translation>Запись:</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="297" />
            <source>Date precision</source>
            <translation>Точность даты</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="298" />
            <source>Basis of knowledge</source>
            <translation>Основание знания</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="299" />
            <source>Incident {n}: {what}</source>
            <translation>Инцидент {n}: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="329" />
            <source>Attach a recording</source>
            <translation>Приложить запись</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="432" />
            <source>Write the account in the witness's words (“Account and incidents”), or attach its recording, first.</source>
            <translation>Сначала запишите рассказ словами свидетеля («Рассказ и инциденты») или приложите его запись.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="436" />
            <source>The recording file no longer exists.</source>
            <translation>Файл записи больше не существует.</translation>
        </message>
        <message>
            <source>Pseudonym *</source>
            <translation type="vanished">Псевдоним *</translation>
        </message>
        <message>
            <source>e.g. W-07 (used in every output)</source>
            <translation type="vanished">например, W-07 (используется во всех выходных документах)</translation>
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
            <location filename="../../ui/trusted_keys_dialog.py" line="51" />
            <source>Trusted signer keys</source>
            <translation>Доверенные ключи подписи</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="53" />
            <source>Your signing key</source>
            <translation>Ваш ключ подписи</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="55" />
            <source>Your key fingerprint</source>
            <translation>Отпечаток вашего ключа</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="58" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="58" />
            <source>Copy your key fingerprint</source>
            <translation>Копировать отпечаток вашего ключа</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="61" />
            <source>Export my public key…</source>
            <translation>Экспорт моего открытого ключа…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="62" />
            <source>Export my public key to a file</source>
            <translation>Экспортировать мой открытый ключ в файл</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Trusted keys</source>
            <translation>Доверенные ключи</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Label</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Fingerprint</source>
            <translation>Отпечаток</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Added</source>
            <translation>Добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="74" />
            <source>Stop trusting</source>
            <translation>Больше не доверять</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="75" />
            <source>Stop trusting the selected key</source>
            <translation>Больше не доверять выбранному ключу</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="77" />
            <source>Trust a signer's key</source>
            <translation>Доверять ключу подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="78" />
            <source>Signer label</source>
            <translation>Название подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="79" />
            <source>Who they are, e.g. Partner NGO field team</source>
            <translation>Кто это, например полевая группа партнёрской НКО</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="80" />
            <source>Signer public key</source>
            <translation>Открытый ключ подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="83" />
            <source>Paste the content of their .pub file</source>
            <translation>Вставьте содержимое его файла .pub</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="85" />
            <source>Trust</source>
            <translation>Доверять</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="85" />
            <source>Trust the pasted key</source>
            <translation>Доверять вставленному ключу</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="87" />
            <source>From file…</source>
            <translation>Из файла…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="88" />
            <source>Trust a key from a file</source>
            <translation>Доверять ключу из файла</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="90" />
            <source>Trust a key only after you compared its fingerprint with its owner by another channel (a call, in person).</source>
            <translation>Доверяйте ключу, только сверив его отпечаток с владельцем по другому каналу (звонком, лично).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="98" />
            <source>Label *:</source>
            <translation>Название *:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="99" />
            <source>Public key:</source>
            <translation>Открытый ключ:</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="104" />
            <location filename="../../ui/trusted_keys_dialog.py" line="104" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="140" />
            <source>Give both a label and the public key.</source>
            <translation>Укажите и название, и открытый ключ.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="147" />
            <source>Give the signer a label first, then choose the key file.</source>
            <translation>Сначала укажите название подписанта, затем выберите файл ключа.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="151" />
            <source>Signer's public key</source>
            <translation>Открытый ключ подписанта</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="152" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Открытые ключи (*.pub);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="170" />
            <source>Trusted {label} ({fp}).</source>
            <translation>Теперь доверенный: {label} ({fp}).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="189" />
            <source>No longer trusted: {label}.</source>
            <translation>Больше не доверенный: {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="197" />
            <source>Export my public key</source>
            <translation>Экспорт моего открытого ключа</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="199" />
            <source>Public keys (*.pub)</source>
            <translation>Открытые ключи (*.pub)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="214" />
            <source>Saved to {path}. Give it to partners, and confirm the fingerprint with them by another channel.</source>
            <translation>Сохранено в {path}. Передайте файл партнёрам и сверьте с ними отпечаток по другому каналу.</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <location filename="../../ui/unlock_view.py" line="90" />
            <source>Evidence Kit</source>
            <translation>Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="91" />
            <source>Everything you gather stays encrypted on this computer. Nothing is sent anywhere.</source>
            <translation>Всё, что вы собираете, хранится на этом компьютере в зашифрованном виде. Ничего никуда не отправляется.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="99" />
            <source>Other folder…</source>
            <translation>Другая папка…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="100" />
            <source>Choose vault folder</source>
            <translation>Выбрать папку хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="101" />
            <source>Use a vault in another folder, or create one there</source>
            <translation>Открыть хранилище в другой папке или создать его там</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="124" />
            <location filename="../../ui/unlock_view.py" line="125" />
            <source>Open the demo case</source>
            <translation>Открыть демо-дело</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="126" />
            <source>A fictional sample case in a throw-away vault</source>
            <translation>Вымышленное учебное дело во временном хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="128" />
            <source>Open a dossier…</source>
            <translation>Открыть досье…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="129" />
            <source>Open a dossier without a vault</source>
            <translation>Открыть досье без хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="130" />
            <source>Verify and read a dossier you received</source>
            <translation>Проверить и прочитать полученное досье</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="144" />
            <source>Enter your passphrase to unlock the vault.</source>
            <translation>Введите парольную фразу, чтобы разблокировать хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="145" />
            <source>Vault passphrase</source>
            <translation>Парольная фраза хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="147" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="149" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="149" />
            <source>Unlock the vault</source>
            <translation>Разблокировать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="162" />
            <source>There is no vault here yet. Create one:</source>
            <translation>Здесь ещё нет хранилища. Создайте его:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="164" />
            <source>Your name or organisation</source>
            <translation>Ваше имя или организация</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="165" />
            <source>Shown with your signature on the dossiers you export</source>
            <translation>Показывается вместе с вашей подписью на экспортируемых досье</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="166" />
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="167" />
            <source>Repeat the passphrase</source>
            <translation>Повторите парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="172" />
            <source>Passphrase strength</source>
            <translation>Надёжность парольной фразы</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="176" />
            <source>Name or organisation:</source>
            <translation>Имя или организация:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="177" />
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="178" />
            <source>Repeat:</source>
            <translation>Повтор:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="179" />
            <source>Strength:</source>
            <translation>Надёжность:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="181" />
            <source>&lt;b&gt;If you lose this passphrase, your evidence is lost.&lt;/b&gt; Nobody can recover it: not your organisation, not the developers, not anyone. Use four or more unrelated words and write them down somewhere safe, away from this computer.</source>
            <translation>&lt;b&gt;Если вы потеряете эту парольную фразу, ваши доказательства будут потеряны.&lt;/b&gt; Восстановить её не сможет никто: ни ваша организация, ни разработчики, ни кто-либо ещё. Возьмите четыре или больше не связанных между собой слова и запишите их в надёжном месте вдали от этого компьютера.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="190" />
            <location filename="../../ui/unlock_view.py" line="192" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>Я понимаю, что потерянную парольную фразу восстановить нельзя</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="195" />
            <source>Create vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="196" />
            <source>Create the vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="211" />
            <source>Vault: {folder}</source>
            <translation>Хранилище: {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="211" />
            <source>New vault in: {folder}</source>
            <translation>Новое хранилище в: {folder}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock_view.py" line="260" />
            <source>Too short (at least %Ln characters)</source>
            <translation>
                <numerusform>Слишком коротко (не менее %Ln символа)</numerusform>
                <numerusform>Слишком коротко (не менее %Ln символов)</numerusform>
                <numerusform>Слишком коротко (не менее %Ln символов)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Weak</source>
            <translation>Слабая</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Fair</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Good</source>
            <translation>Хорошая</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="217" />
            <source>Strong</source>
            <translation>Надёжная</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="264" />
            <location filename="../../ui/vault_dialogs.py" line="220" />
            <source>Enter a passphrase</source>
            <translation>Введите парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="276" />
            <source>Choose the vault folder</source>
            <translation>Выберите папку хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="283" />
            <source>Enter your passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="290" />
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock_view.py" line="293" />
            <source>Use at least %Ln characters.</source>
            <translation>
                <numerusform>Используйте не менее %Ln символа.</numerusform>
                <numerusform>Используйте не менее %Ln символов.</numerusform>
                <numerusform>Используйте не менее %Ln символов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="296" />
            <source>Please confirm that you understand the warning.</source>
            <translation>Подтвердите, что вы поняли предупреждение.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="214" />
            <source>Too short (at least {n} characters)</source>
            <translation>Слишком коротко (не менее {n} символов)</translation>
        </message>
        <message>
            <source>Use at least {n} characters.</source>
            <translation type="vanished">Используйте не менее {n} символов.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="47" />
            <source>Withdraw consent for {code}</source>
            <translation>Отзыв согласия: {code}</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="49" />
            <source>From now on, exports leave this account out for the bodies chosen below. Every body that already received it in a dossier gets a signed withdrawal notice, saved in the folder you choose, for you to send on.</source>
            <translation>С этого момента при экспорте для выбранных ниже органов это показание не включается. Каждый орган, уже получивший его в досье, получит подписанное уведомление об отзыве: оно сохраняется в выбранную вами папку, чтобы вы его переслали.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="54" />
            <source>Withdraw consent for which body</source>
            <translation>Для какого органа отозвать согласие</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="55" />
            <source>Every body (all consent)</source>
            <translation>Все органы (согласие целиком)</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="59" />
            <source>Date the person withdrew consent</source>
            <translation>Дата, когда человек отозвал согласие</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="60" />
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="61" />
            <source>How the person withdrew consent</source>
            <translation>Как человек отозвал согласие</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="62" />
            <source>e.g. by phone to the interviewer</source>
            <translation>например, по телефону интервьюеру</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="63" />
            <source>Folder for the signed notices</source>
            <translation>Папка для подписанных уведомлений</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="65" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="65" />
            <source>Choose the notices folder</source>
            <translation>Выбрать папку для уведомлений</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="71" />
            <source>Body:</source>
            <translation>Орган:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="72" />
            <source>Withdrawn on:</source>
            <translation>Дата отзыва:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="73" />
            <source>How:</source>
            <translation>Как:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="74" />
            <source>Save notices in:</source>
            <translation>Сохранить уведомления в:</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="79" />
            <location filename="../../ui/withdraw_dialog.py" line="80" />
            <source>Withdraw consent</source>
            <translation>Отозвать согласие</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="83" />
            <location filename="../../ui/withdraw_dialog.py" line="107" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="93" />
            <source>the public</source>
            <translation>общественность</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="96" />
            <source>Folder for the signed withdrawal notices</source>
            <translation>Папка для подписанных уведомлений об отзыве</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="107" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="116" />
            <source>Write the date like 2026-11-25.</source>
            <translation>Укажите дату в виде 2026-11-25.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="133" />
            <source>Consent for {code} withdrawn for: {bodies}. Future exports leave it out.</source>
            <translation>Согласие по {code} отозвано для: {bodies}. При дальнейшем экспорте показание не включается.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="136" />
            <source>Signed withdrawal notices (send each to its dossier's recipient):</source>
            <translation>Подписанные уведомления об отзыве (отправьте каждое получателю соответствующего досье):</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="140" />
            <source>No dossier sent so far held this account for those bodies: no notice was needed.</source>
            <translation>Ни одно отправленное до сих пор досье не содержало это показание для этих органов: уведомления не нужны.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="109" />
            <location filename="../../ui/workspace.py" line="110" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="118" />
            <location filename="../../ui/workspace.py" line="317" />
            <source>New case…</source>
            <translation>Новое дело…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="118" />
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="136" />
            <source>Case sections</source>
            <translation>Разделы дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="142" />
            <source>Exhibits</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="143" />
            <source>Testimonies</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="144" />
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="145" />
            <source>Custody log</source>
            <translation>Журнал хранения</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="185" />
            <location filename="../../ui/workspace.py" line="253" />
            <source>{e} exhibits · {t} testimonies · {s} sources</source>
            <translation>Материалов: {e} · показаний: {t} · источников: {s}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="240" />
            <source>No case open</source>
            <translation>Нет открытого дела</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="241" />
            <source>Create a case with “New case…” to start gathering evidence.</source>
            <translation>Создайте дело через «Новое дело…», чтобы начать собирать доказательства.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="246" />
            <source>Status: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="248" />
            <source>Prepared for: {body}</source>
            <translation>Для кого: {body}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="314" />
            <source>Edit case…</source>
            <translation>Изменить дело…</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/workers.py" line="54" />
            <source>The vault's record database is damaged or was altered; run 'evidence-kit check' for details.</source>
            <translation>База записей хранилища повреждена или изменена; подробности покажет команда «evidence-kit check».</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="58" />
            <source>Not enough memory for this step; close other programs and try again.</source>
            <translation>Недостаточно памяти для этого шага; закройте другие программы и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="61" />
            <source>The disk refused the operation: {reason}.</source>
            <translation>Диск отказал в операции: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="64" />
            <source>Unexpected error ({kind}). Nothing was changed by the failed step. Run with EVIDENCE_KIT_DEBUG=1 for details.</source>
            <translation>Непредвиденная ошибка ({kind}). Неудавшийся шаг ничего не изменил. Подробности: запустите с EVIDENCE_KIT_DEBUG=1.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="155" />
            <source>The dossier's encrypted content fails its authentication check: the file was altered, truncated or damaged.</source>
            <translation>Зашифрованное содержимое досье не прошло проверку подлинности: файл изменён, обрезан или повреждён.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="103" />
            <source>This dossier is encrypted to age keys: open it with the vault whose key it was sent to.</source>
            <translation>Это досье зашифровано для ключей age: откройте его в том хранилище, чей ключ указан как получатель.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="142" />
            <source>The dossier has extra bytes after its encrypted content.</source>
            <translation>После зашифрованного содержимого досье есть лишние байты.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="150" />
            <source>This dossier was not encrypted to this vault's age key: it is meant for someone else, or was sent to another of your keys.</source>
            <translation>Это досье зашифровано не для ключа age этого хранилища: оно предназначено кому-то другому или отправлено на другой ваш ключ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="154" />
            <source>This file is not a valid age-encrypted dossier.</source>
            <translation>Этот файл не является корректным досье, зашифрованным age.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="160" />
            <location filename="../../evidence_kit/envelope.py" line="202" />
            <source>The dossier has not been read to its end.</source>
            <translation>Досье не было прочитано до конца.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="55" />
            <source>Could not write {what}: {reason}</source>
            <translation>Не удалось записать {what}: {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="109" />
            <location filename="../../evidence_kit/atomic.py" line="138" />
            <source>the file</source>
            <translation>файл</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="50" />
            <source>The disk is full: could not write {what}. Free some space and retry.</source>
            <translation>Диск заполнен: не удалось записать {what}. Освободите место и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="53" />
            <source>Not allowed to write {what}: the folder is read-only or protected.</source>
            <translation>Нет разрешения записать {what}: папка доступна только для чтения или защищена.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="67" />
            <source>{name} does not end with a line break.</source>
            <translation>{name} не оканчивается переводом строки.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="55" />
            <source>{name} is not UTF-8 text.</source>
            <translation>{name} — не текст в UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="61" />
            <source>{name}, line {number}, is malformed.</source>
            <translation>{name}, строка {number}: неверный формат.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="64" />
            <source>{name} lists '{path}' twice.</source>
            <translation>{name} дважды указывает «{path}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="75" />
            <source>bag-info.txt is not UTF-8 text.</source>
            <translation>bag-info.txt — не текст в UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="80" />
            <source>bag-info.txt has a malformed line.</source>
            <translation>В bag-info.txt есть строка неверного формата.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="65" />
            <source>File too large for one blob (over 4 PiB).</source>
            <translation>Файл слишком велик для одного блока хранения (больше 4 ПиБ).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="224" />
            <source>A record points at a malformed blob id.</source>
            <translation>Запись ссылается на неверный идентификатор блока хранения.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="338" />
            <source>Encrypted file {blob}… does not match its recorded hash.</source>
            <translation>Зашифрованный файл {blob}… не совпадает со своим записанным хешем.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="303" />
            <source>Encrypted file {blob}… is missing from the vault.</source>
            <translation>Зашифрованный файл {blob}… отсутствует в хранилище.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="306" />
            <source>Encrypted file {blob}… cannot be read: {reason}.</source>
            <translation>Не удаётся прочитать зашифрованный файл {blob}…: {reason}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="311" />
            <source>Encrypted file {blob}… is truncated.</source>
            <translation>Зашифрованный файл {blob}… обрезан.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="314" />
            <source>Encrypted file {blob}… has a damaged header.</source>
            <translation>У зашифрованного файла {blob}… повреждён заголовок.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="131" />
            <location filename="../../evidence_kit/blobstore.py" line="162" />
            <location filename="../../evidence_kit/blobstore.py" line="186" />
            <location filename="../../evidence_kit/blobstore.py" line="270" />
            <source>the encrypted copy</source>
            <translation>зашифрованную копию</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="214" />
            <source>The vault is damaged: '{name}' should be a folder but is a file.</source>
            <translation>Хранилище повреждено: «{name}» должно быть папкой, а это файл.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="251" />
            <source>Import cancelled.</source>
            <translation>Импорт отменён.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="217" />
            <source>the folder {path}</source>
            <translation>папку {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="325" />
            <source>Encrypted file {blob}… is damaged or was tampered with (chunk {chunk} fails authentication).</source>
            <translation>Зашифрованный файл {blob}… повреждён или подделан (блок {chunk} не прошёл проверку подлинности).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="20" />
            <location filename="../../evidence_kit/cases.py" line="51" />
            <source>A case needs a title.</source>
            <translation>Делу нужно название.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="21" />
            <location filename="../../evidence_kit/cases.py" line="53" />
            <source>target body</source>
            <translation>целевой орган</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="46" />
            <source>These case fields cannot be edited: {fields}.</source>
            <translation>Эти поля дела нельзя изменить: {fields}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="55" />
            <source>case status</source>
            <translation>статус дела</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="42" />
            <source>No dossier password given: use --password-file or run in a terminal to be asked.</source>
            <translation>Пароль досье не указан: используйте --password-file или запустите в терминале, чтобы ввести его по запросу.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="72" />
            <location filename="../../evidence_kit/envelope.py" line="221" />
            <source>{path} is a folder, not a dossier file.</source>
            <translation>{path} — это папка, а не файл досье.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="74" />
            <location filename="../../evidence_kit/envelope.py" line="219" />
            <location filename="../../evidence_kit/ingest.py" line="62" />
            <location filename="../../evidence_kit/ingest.py" line="67" />
            <location filename="../../evidence_kit/sent_records.py" line="120" />
            <location filename="../../evidence_kit/testimonies.py" line="107" />
            <source>File not found: {path}</source>
            <translation>Файл не найден: {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="103" />
            <source>{path} already exists; choose another name or add --force.</source>
            <translation>{path} уже существует; выберите другое имя или добавьте --force.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="40" />
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="138" />
            <source>dossier password</source>
            <translation>пароль досье</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="80" />
            <source>No vault found in {folder}.</source>
            <translation>В {folder} хранилище не найдено.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="82" />
            <source>This dossier is encrypted to age keys: open it with the vault whose age key it was sent to (--vault DIR).</source>
            <translation>Это досье зашифровано для ключей age: откройте его в том хранилище, на чей ключ age оно отправлено (--vault DIR).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="111" />
            <source>--override needs --decided-by and --reason (both are logged).</source>
            <translation>Для --override нужны --decided-by и --reason (оба записываются в журнал).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="124" />
            <source>The recipient's template needs: {fields}. Give them with --answers FILE.json, or export anyway with --allow-missing (the report then says 'not provided').</source>
            <translation>Шаблону получателя нужны: {fields}. Укажите их через --answers FILE.json или всё равно экспортируйте с --allow-missing (тогда в отчёте будет «не указано»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="132" />
            <source>Use either --password-file or --recipient, not both.</source>
            <translation>Используйте либо --password-file, либо --recipient, но не оба сразу.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="53" />
            <location filename="../../ui/dossier_reading.py" line="25" />
            <source>Cannot read the public key file {path}.</source>
            <translation>Не удаётся прочитать файл открытого ключа {path}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_gui.py" line="37" />
            <source>No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set): the desktop app needs one. Use the command line instead, e.g. `evidence-kit demo`.</source>
            <translation>Экран не найден (не задана ни DISPLAY, ни WAYLAND_DISPLAY): он нужен настольному приложению. Используйте вместо этого командную строку, например `evidence-kit demo`.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="59" />
            <source>{path} already exists; choose another name or add --force to replace it.</source>
            <translation>{path} уже существует; выберите другое имя или добавьте --force, чтобы заменить его.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="62" />
            <source>{path} is a folder; give a file name such as signer.pub.</source>
            <translation>{path} — это папка; укажите имя файла, например signer.pub.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="115" />
            <source>{path} is far too large to be a minisign public key file.</source>
            <translation>{path} слишком велик для файла открытого ключа minisign.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="72" />
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="68" />
            <source>the key file {path}</source>
            <translation>файл ключа {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="108" />
            <source>The key file {path} does not exist.</source>
            <translation>Файл ключа {path} не существует.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="110" />
            <source>{path} is a folder, not a key file.</source>
            <translation>{path} — это папка, а не файл ключа.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="112" />
            <source>The key file {path} cannot be read: {reason}.</source>
            <translation>Не удаётся прочитать файл ключа {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="120" />
            <source>{path} is not a minisign public key file (not text).</source>
            <translation>{path} — не файл открытого ключа minisign (это не текст).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="37" />
            <location filename="../../evidence_kit/exhibits.py" line="38" />
            <location filename="../../evidence_kit/redact.py" line="99" />
            <source>{ref} is not an exhibit.</source>
            <translation>{ref} — не материал.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="58" />
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="92" />
            <location filename="../../evidence_kit/testimonies.py" line="191" />
            <location filename="../../evidence_kit/withdrawal.py" line="108" />
            <source>{ref} is not a testimony.</source>
            <translation>{ref} — не показание.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="76" />
            <location filename="../../evidence_kit/cli/cmd_report.py" line="68" />
            <location filename="../../evidence_kit/export.py" line="244" />
            <location filename="../../ui/withdraw_dialog.py" line="125" />
            <source>The folder {folder} does not exist.</source>
            <translation>Папка {folder} не существует.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_records.py" line="51" />
            <source>Nothing to change: give --status, --title, --summary, --situation, --country or --target.</source>
            <translation>Изменять нечего: укажите --status, --title, --summary, --situation, --country или --target.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_records.py" line="118" />
            <source>Nothing to change: give --description, --location, --tag or --no-tags.</source>
            <translation>Изменять нечего: укажите --description, --location, --tag или --no-tags.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="48" />
            <source>The answers file {path} is too large (over 1 MiB).</source>
            <translation>Файл ответов {path} слишком велик (больше 1 МиБ).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="56" />
            <source>The answers file {path} must be a JSON object of texts, like {{"contact": "...", "national_steps": "..."}}.</source>
            <translation>Файл ответов {path} должен содержать JSON-объект с текстами, например {{"contact": "...", "national_steps": "..."}}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="66" />
            <source>{path} already exists; use --force to replace it.</source>
            <translation>{path} уже существует; чтобы заменить его, используйте --force.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="46" />
            <source>The answers file {path} does not exist.</source>
            <translation>Файл ответов {path} не существует.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="52" />
            <source>The answers file {path} is not valid UTF-8 JSON: {reason}</source>
            <translation>Файл ответов {path} — некорректный JSON в UTF-8: {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="80" />
            <location filename="../../ui/export_review.py" line="351" />
            <source>the report</source>
            <translation>отчёт</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="24" />
            <source>passphrase</source>
            <translation>парольная фраза</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="37" />
            <source>The {what} file {path} is empty.</source>
            <translation>Файл «{what}» {path} пуст.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="48" />
            <source>No passphrase given: use --passphrase-file, the {variable} variable, or run in a terminal to be asked.</source>
            <translation>Парольная фраза не указана: используйте --passphrase-file, переменную {variable} или запустите в терминале, чтобы ввести её по запросу.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="53" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>Две парольные фразы не совпадают; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="31" />
            <source>The {what} file {path} does not exist.</source>
            <translation>Файл «{what}» {path} не существует.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="33" />
            <source>The {what} file {path} is not UTF-8 text.</source>
            <translation>Файл «{what}» {path} — не текст в UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="29" />
            <source>'consent' must be an object.</source>
            <translation>«consent» должно быть объектом.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="32" />
            <source>Unknown key(s) in consent: {keys}. Allowed: {allowed}.</source>
            <translation>Неизвестные ключи в consent: {keys}. Допустимы: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="37" />
            <source>consent 'share_with' must be a list such as ["icc", "un-sp"].</source>
            <translation>consent «share_with» должно быть списком, например ["icc", "un-sp"].</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="46" />
            <source>consent 'be_named' must be one of {allowed} (or true/false).</source>
            <translation>consent «be_named» должно быть одним из: {allowed} (или true/false).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="142" />
            <source>Editing cannot take back consent for {bodies}: withdraw it instead (Withdraw consent…, or 'evidence-kit consent withdraw'), so earlier recipients are told.</source>
            <translation>Правкой нельзя отменить согласие для: {bodies}. Вместо этого отзовите его («Отозвать согласие…» или «evidence-kit consent withdraw»), чтобы прежние получатели были уведомлены.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="40" />
            <source>consent 'share_with' has '{body}'; allowed: {allowed}.</source>
            <translation>В consent «share_with» указано «{body}»; допустимы: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="50" />
            <source>consent '{key}' must be true or false.</source>
            <translation>consent «{key}» должно быть true или false.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="53" />
            <source>consent '{key}' must be text.</source>
            <translation>consent «{key}» должно быть текстом.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="69" />
            <source>redacted dossier: pseudonym only</source>
            <translation>обезличенное досье: только псевдоним</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="73" />
            <source>identity withheld: the witness was not told the government receives a letter naming them</source>
            <translation>личность скрыта: свидетелю не сообщили, что правительство получит письмо с его именем</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="56" />
            <source>no recorded consent to share this account with {body}</source>
            <translation>нет записанного согласия на передачу этого показания: {body}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="59" />
            <source>the witness was not told that UN Special Procedures communications are published</source>
            <translation>свидетелю не сообщили, что сообщения Специальных процедур ООН публикуются</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="62" />
            <source>consent does not cover onward sharing with national or regional jurisdictions</source>
            <translation>согласие не распространяется на дальнейшую передачу национальным или региональным юрисдикциям</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="53" />
            <source>consent to share with {body} was withdrawn on {date}</source>
            <translation>согласие на передачу ({body}) отозвано {date}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/db.py" line="52" />
            <location filename="../../evidence_kit/vault.py" line="107" />
            <source>The vault's record database cannot be read: it is damaged or was altered.</source>
            <translation>Базу записей хранилища не удаётся прочитать: она повреждена или изменена.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/db.py" line="48" />
            <source>The vault folder {folder} is read-only or protected; Evidence Kit needs to write there even to open it. Copy the vault to a writable disk.</source>
            <translation>Папка хранилища {folder} доступна только для чтения или защищена; Evidence Kit нужно записывать туда даже для открытия. Скопируйте хранилище на диск с возможностью записи.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/demo.py" line="29" />
            <source>{path} is not a demo case description.</source>
            <translation>{path} — не описание демо-дела.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="170" />
            <source>{code}: its file is missing or does not match.</source>
            <translation>{code}: его файл отсутствует или не совпадает.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="278" />
            <location filename="../../evidence_kit/dossier_import.py" line="280" />
            <source>the receipt</source>
            <translation>квитанцию</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="80" />
            <source>The dossier is intact but signed by a key you have not trusted; nothing was imported. Confirm the signer's fingerprint, trust the key, and import again.</source>
            <translation>Досье не повреждено, но подписано ключом, которому вы не доверяете; ничего не импортировано. Сверьте отпечаток подписанта, добавьте ключ в доверенные и повторите импорт.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="135" />
            <source>This vault exported this dossier itself; there is nothing to import.</source>
            <translation>Это досье экспортировано из этого же хранилища; импортировать нечего.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="88" />
            <source>The dossier's index (dossier.json) is malformed; nothing was imported.</source>
            <translation>Оглавление досье (dossier.json) имеет неверный формат; ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="62" />
            <source>{path} exists and is not a folder.</source>
            <translation>{path} существует и не является папкой.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="66" />
            <source>Not enough free space in {folder}: the dossier needs about {size} MiB.</source>
            <translation>Недостаточно свободного места в {folder}: досье нужно около {size} МиБ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="36" />
            <source>Refusing to write outside the target folder: {path}</source>
            <translation>Запись за пределами целевой папки запрещена: {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="86" />
            <source>{path} already exists; choose an empty folder.</source>
            <translation>{path} уже существует; выберите пустую папку.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="93" />
            <source>the files in {folder}</source>
            <translation>файлы в {folder}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="235" />
            <source>Unknown recipient body '{body}'.</source>
            <translation>Неизвестный орган-получатель «{body}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="237" />
            <source>Unknown disclosure level '{level}'; use confidential or redacted.</source>
            <translation>Неизвестный уровень раскрытия «{level}»; используйте confidential или redacted.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="241" />
            <source>Nothing to export: the case has no exhibits, testimonies or sources.</source>
            <translation>Экспортировать нечего: в деле нет ни материалов, ни показаний, ни источников.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="249" />
            <source>Nothing may be exported: {reasons}</source>
            <translation>Ничего нельзя экспортировать: {reasons}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="79" />
            <source>An override needs the name of the person who decided and the reason; both go into the custody log.</source>
            <translation>Для исключения нужны имя принявшего решение и причина; и то и другое записывается в журнал хранения.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="179" />
            <source>an override cannot include it: the witness withdrew consent</source>
            <translation>исключение не может его включить: свидетель отозвал согласие</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="219" />
            <source>linked to {testimony} ({relation}), which is left out: {why}</source>
            <translation>связан с {testimony} ({relation}), а это показание исключено: {why}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="221" />
            <source>linked to {testimony} ({relation}), which is left out: {why}; an override of {testimony} also includes this exhibit</source>
            <translation>связан с {testimony} ({relation}), а это показание исключено: {why}; исключение для {testimony} включит и этот материал</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="156" />
            <source>a redacted dossier carries only redacted copies, and files of this kind cannot be redacted yet (share it in a confidential dossier)</source>
            <translation>обезличенное досье содержит только обезличенные копии, а файлы этого вида пока нельзя обезличить (передайте его в конфиденциальном досье)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="250" />
            <source>{code}: {why}</source>
            <translation>{code}: {why}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="160" />
            <source>cannot be redacted: not a decodable image</source>
            <translation>нельзя обезличить: изображение не удаётся декодировать</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="163" />
            <source>a redacted dossier carries only redacted copies, and this exhibit has none (make one with 'evidence-kit redact')</source>
            <translation>обезличенное досье содержит только обезличенные копии, а у этого материала её нет (создайте её через «Скрыть фрагменты…» или «evidence-kit redact»)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="86" />
            <source>'{path}' lies outside the dossier's single bag folder.</source>
            <translation>«{path}» находится вне единственной папки bag в досье.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="88" />
            <source>The dossier holds an unexpected file '{path}'.</source>
            <translation>В досье есть неожиданный файл «{path}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="121" />
            <source>The dossier is empty.</source>
            <translation>Досье пусто.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="163" />
            <source>{name} is unexpectedly large ({size} bytes).</source>
            <translation>{name} неожиданно большой ({size} байт).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="165" />
            <source>The dossier's metadata files are unexpectedly large together ({size} bytes or more).</source>
            <translation>Файлы метаданных досье в сумме неожиданно велики ({size} байт или больше).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="73" />
            <source>Cancelled; nothing was kept.</source>
            <translation>Отменено; ничего не сохранено.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="118" />
            <source>The dossier has extra bytes after its inner archive.</source>
            <translation>После внутреннего архива досье есть лишние байты.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="145" />
            <source>{name} is longer than its header says.</source>
            <translation>{name} длиннее, чем указано в его заголовке.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="144" />
            <source>The dossier's envelope headers are not in the canonical form export writes: it was altered, truncated or re-packed.</source>
            <translation>Заголовки конверта досье не в той канонической форме, в которой их записывает экспорт: досье изменено, обрезано или перепаковано.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="123" />
            <source>The dossier password is not correct, or the file's header is damaged.</source>
            <translation>Неверный пароль досье или повреждён заголовок файла.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="138" />
            <source>This file is not an Evidence Kit dossier (not a zip file).</source>
            <translation>Этот файл не является досье Evidence Kit (это не zip-файл).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="142" />
            <source>This file is not an Evidence Kit dossier (its first entry is not payload.zip).</source>
            <translation>Этот файл не является досье Evidence Kit (его первый элемент — не payload.zip).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="156" />
            <source>The dossier's envelope directory is not in the canonical form export writes: entries were added, renamed or altered.</source>
            <translation>Каталог конверта досье не в канонической форме, которую записывает экспорт: элементы добавлены, переименованы или изменены.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="173" />
            <source>The dossier's encrypted content fails its authentication check: the file was altered or damaged.</source>
            <translation>Зашифрованное содержимое досье не прошло проверку подлинности: файл изменён или повреждён.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="167" />
            <source>The dossier is truncated.</source>
            <translation>Досье обрезано.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="29" />
            <source>These exhibit fields cannot be edited: {fields}.</source>
            <translation>Эти поля материала нельзя изменить: {fields}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="55" />
            <source>A link needs a relation, such as 'records' or 'related'.</source>
            <translation>Для связи нужен тип отношения, например «records» или «related».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="59" />
            <source>An item cannot be linked to itself.</source>
            <translation>Элемент нельзя связать с самим собой.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="240" />
            <source>Choose either a dossier password or age recipients.</source>
            <translation>Выберите либо пароль досье, либо получателей age.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="242" />
            <source>{path} already exists; choose another name.</source>
            <translation>{path} уже существует; выберите другое имя.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="164" />
            <source>Export cancelled; no dossier was written.</source>
            <translation>Экспорт отменён; досье не записано.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/faces.py" line="63" />
            <location filename="../../evidence_kit/redact.py" line="57" />
            <source>This file is not an image that can be redacted ({reason}).</source>
            <translation>Этот файл — не изображение, на котором можно скрыть фрагменты ({reason}).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/faces.py" line="78" />
            <source>Face detection is not available (OpenCV is missing).</source>
            <translation>Распознавание лиц недоступно (отсутствует OpenCV).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="113" />
            <source>The vault header (vault.json) is too large to be genuine.</source>
            <translation>Заголовок хранилища (vault.json) слишком велик, чтобы быть подлинным.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="118" />
            <source>the vault header</source>
            <translation>заголовок хранилища</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="101" />
            <source>The passphrase is not correct for this vault.</source>
            <translation>Неверная парольная фраза для этого хранилища.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="110" />
            <source>{folder} has no vault.json: it is not an Evidence Kit vault.</source>
            <translation>В {folder} нет vault.json: это не хранилище Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="63" />
            <source>This folder is not an Evidence Kit vault.</source>
            <translation>Эта папка не является хранилищем Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="65" />
            <source>This vault uses format version {version}, which this version of Evidence Kit cannot open. Please update Evidence Kit.</source>
            <translation>Это хранилище использует формат версии {version}, который эта версия Evidence Kit открыть не может. Обновите Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="78" />
            <source>The vault header (vault.json) is damaged.</source>
            <translation>Заголовок хранилища (vault.json) повреждён.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="64" />
            <source>{path} is not a regular file.</source>
            <translation>{path} — не обычный файл.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="69" />
            <source>Not allowed to read {path}.</source>
            <translation>Нет разрешения на чтение {path}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="71" />
            <location filename="../../evidence_kit/ingest.py" line="123" />
            <source>Could not read {path}: {reason}</source>
            <translation>Не удалось прочитать {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="51" />
            <source>Unsupported key derivation '{algorithm}'.</source>
            <translation>Неподдерживаемый способ формирования ключа «{algorithm}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="54" />
            <source>The vault header asks for an unreasonable amount of memory.</source>
            <translation>Заголовок хранилища запрашивает неразумно большой объём памяти.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="56" />
            <source>The vault header's key-derivation settings are out of range.</source>
            <translation>Параметры формирования ключа в заголовке хранилища вне допустимых пределов.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="45" />
            <source>The vault header's key-derivation settings are damaged.</source>
            <translation>Параметры формирования ключа в заголовке хранилища повреждены.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/keys.py" line="41" />
            <source>A wrapped key is truncated.</source>
            <translation>Зашифрованный ключ обрезан.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/keys.py" line="45" />
            <source>A wrapped key failed its authenticity check.</source>
            <translation>Зашифрованный ключ не прошёл проверку подлинности.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="200" />
            <source>The {what} must be a single line of text.</source>
            <translation>Поле «{what}» должно быть одной строкой текста.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="203" />
            <source>The {what} is too long ({size} bytes, at most {limit}).</source>
            <translation>Поле «{what}» слишком длинное ({size} байт, максимум {limit}).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="214" />
            <source>The signature file is damaged: its {what} line is not valid.</source>
            <translation>Файл подписи повреждён: строка «{what}» недействительна.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="235" />
            <source>This is not a minisign public key (expected one base64 line).</source>
            <translation>Это не открытый ключ minisign (ожидалась одна строка base64).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="241" />
            <source>This is not a minisign Ed25519 public key.</source>
            <translation>Это не открытый ключ minisign Ed25519.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="249" />
            <source>public key comment</source>
            <translation>комментарий открытого ключа</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="259" />
            <source>The signature file is damaged: it should have four lines.</source>
            <translation>Файл подписи повреждён: в нём должно быть четыре строки.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="262" />
            <source>The signature file is damaged: the first line is wrong.</source>
            <translation>Файл подписи повреждён: первая строка неверна.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="264" />
            <source>The signature file is damaged: no trusted comment line.</source>
            <translation>Файл подписи повреждён: нет строки доверенного комментария.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="265" />
            <source>signature</source>
            <translation>подпись</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="267" />
            <source>The signature uses an algorithm this app does not know.</source>
            <translation>Подпись использует алгоритм, неизвестный этой программе.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="333" />
            <location filename="../../evidence_kit/minisign.py" line="346" />
            <source>trusted comment</source>
            <translation>доверенный комментарий</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="345" />
            <source>A prehashed minisign signature needs a 64-byte BLAKE2b digest.</source>
            <translation>Для подписи minisign по предварительному хешу нужен 64-байтовый хеш BLAKE2b.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="347" />
            <source>untrusted comment</source>
            <translation>недоверенный комментарий</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="371" />
            <source>This signature was made with key id {key_id}, not with the expected key (id {expected_id}, fingerprint {fingerprint}).</source>
            <translation>Эта подпись сделана ключом с идентификатором {key_id}, а не ожидаемым ключом (идентификатор {expected_id}, отпечаток {fingerprint}).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="99" />
            <source>A public key needs an 8-byte key id and 32 key bytes.</source>
            <translation>Открытому ключу нужны 8-байтовый идентификатор и 32 байта ключа.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="133" />
            <source>A key id is exactly 8 bytes.</source>
            <translation>Идентификатор ключа — ровно 8 байт.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="147" />
            <source>An Ed25519 secret key seed is exactly 32 bytes.</source>
            <translation>Начальное значение секретного ключа Ed25519 — ровно 32 байта.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="239" />
            <source>This is not a minisign public key (the key is not base64).</source>
            <translation>Это не открытый ключ minisign (ключ не в base64).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="317" />
            <source>This signature uses minisign's old (legacy) format, which this app only checks for files up to {size} MiB. Ask the signer to sign again with a current minisign (without -l).</source>
            <translation>Эта подпись в старом формате minisign, который программа проверяет только для файлов до {size} МиБ. Попросите подписанта подписать заново актуальной версией minisign (без -l).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="382" />
            <source>The signature does not match the file: the file was changed after it was signed, or it is not the file that was signed.</source>
            <translation>Подпись не совпадает с файлом: файл изменён после подписания или это не тот файл, который подписывали.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="389" />
            <source>The signed comment of this signature was altered after signing; do not trust it.</source>
            <translation>Подписанный комментарий этой подписи изменён после подписания; не доверяйте ему.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="224" />
            <source>The signature file is not text (not UTF-8).</source>
            <translation>Файл подписи — не текст (не UTF-8).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="273" />
            <source>comment signature</source>
            <translation>подпись комментария</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="302" />
            <source>Message chunks must be bytes.</source>
            <translation>Фрагменты сообщения должны быть байтами.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="144" />
            <source>This dossier password is too easy to guess: use at least {min_words} different unrelated words (e.g. 'river lamp orbit stone velvet'), or mix upper case, lower case, digits and punctuation — or let Evidence Kit generate one.</source>
            <translation>Этот пароль досье слишком легко угадать: используйте не менее {min_words} разных несвязанных слов (например, «river lamp orbit stone velvet») или сочетайте заглавные и строчные буквы, цифры и знаки препинания — или пусть Evidence Kit создаст пароль сам.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="58" />
            <source>The bundled word list {path} is damaged ({count} distinct words, expected {expected}); reinstall Evidence Kit.</source>
            <translation>Встроенный список слов {path} повреждён (различных слов: {count}, ожидалось {expected}); переустановите Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="67" />
            <source>A generated dossier password has {min} to {max} words (asked for {words}); fewer words are too easy to guess for the zip encryption.</source>
            <translation>Созданный пароль досье содержит от {min} до {max} слов (запрошено {words}); меньшее число слов слишком легко угадать при zip-шифровании.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="100" />
            <source>Use only Latin letters (a-z, A-Z), digits, spaces and common punctuation in a dossier password: the recipient may have another keyboard layout, and zip tools do not agree on how to encode other characters, so the dossier might not open.</source>
            <translation>Используйте в пароле досье только латинские буквы (a-z, A-Z), цифры, пробелы и обычные знаки препинания: у получателя может быть другая раскладка клавиатуры, а zip-программы по-разному кодируют другие символы, и досье может не открыться.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="105" />
            <source>The dossier password starts or ends with a space; spaces at the ends get lost when a password is read out or copied. Remove them.</source>
            <translation>Пароль досье начинается или заканчивается пробелом; пробелы по краям теряются, когда пароль диктуют или копируют. Удалите их.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="130" />
            <source>This dossier password is too short ({length} characters): use at least {min_chars}, for example {min_words} or more unrelated words, or let Evidence Kit generate one.</source>
            <translation>Этот пароль досье слишком короткий (символов: {length}): используйте не менее {min_chars}, например {min_words} или больше несвязанных слов, или пусть Evidence Kit создаст пароль сам.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="137" />
            <source>This dossier password repeats too few different characters to be hard to guess; use several unrelated words, or let Evidence Kit generate one.</source>
            <translation>В этом пароле досье слишком мало различных символов, чтобы его было трудно угадать; используйте несколько несвязанных слов или пусть Evidence Kit создаст пароль сам.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="53" />
            <source>The bundled word list {path} cannot be read; reinstall Evidence Kit.</source>
            <translation>Встроенный список слов {path} не удаётся прочитать; переустановите Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="46" />
            <source>No age public key (age1…) found.</source>
            <translation>Открытый ключ age (age1…) не найден.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="75" />
            <source>Give the recipient a label (who they are), at most 200 characters.</source>
            <translation>Дайте получателю подпись (кто это), не более 200 символов.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="77" />
            <source>That is this vault's own age key; it is always added to exports.</source>
            <translation>Это собственный ключ age этого хранилища; он всегда добавляется при экспорте.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="39" />
            <source>That is an age SECRET key. Ask the recipient for their public key (it starts with age1…); never share a secret key.</source>
            <translation>Это СЕКРЕТНЫЙ ключ age. Попросите у получателя его открытый ключ (он начинается с age1…); никогда не передавайте секретный ключ.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="84" />
            <source>A recipient with that key is already known as '{label}'.</source>
            <translation>Получатель с этим ключом уже записан как «{label}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="102" />
            <source>No recipient '{label}' (see 'evidence-kit recipient list').</source>
            <translation>Получателя «{label}» нет (см. «evidence-kit recipient list»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="117" />
            <source>No recipient '{label}'. Add it first with 'evidence-kit recipient add FILE --label ...' (see 'recipient list').</source>
            <translation>Получателя «{label}» нет. Сначала добавьте его: «evidence-kit recipient add FILE --label ...» (см. «recipient list»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="44" />
            <source>'{start}…' is not an age X25519 public key (age1…).</source>
            <translation>«{start}…» — не открытый ключ age X25519 (age1…).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="82" />
            <source>A recipient with that label is already known as '{label}'.</source>
            <translation>Получатель с такой подписью уже есть: «{label}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="23" />
            <source>an exhibit</source>
            <translation>материал</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="23" />
            <source>a testimony</source>
            <translation>показание</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="24" />
            <source>a source</source>
            <translation>источник</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="38" />
            <source>'{value}' is not a valid {what}; choose one of: {choices}.</source>
            <translation>«{value}» — недопустимое значение поля «{what}»; выберите одно из: {choices}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="59" />
            <source>There is no case {case} in this vault (see 'evidence-kit case list').</source>
            <translation>В этом хранилище нет дела {case} (см. «evidence-kit case list»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="69" />
            <source>'{ref}' is not an item code like E0001, T0001 or S0001.</source>
            <translation>«{ref}» — не код элемента вида E0001, T0001 или S0001.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="77" />
            <source>There is no item {ref} in case {case}.</source>
            <translation>В деле {case} нет элемента {ref}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="85" />
            <source>{ref} is not {what}: give a code like {example}.</source>
            <translation>{ref} — не {what}: укажите код вида {example}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="54" />
            <source>'{case}' is not a case number (try 'evidence-kit case list').</source>
            <translation>«{case}» — не номер дела (попробуйте «evidence-kit case list»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="66" />
            <source>The box {box} lies outside the {width}x{height} image.</source>
            <translation>Область {box} лежит за пределами изображения {width}x{height}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="84" />
            <source>Unknown redaction mode '{mode}'; use black or blur.</source>
            <translation>Неизвестный способ скрытия «{mode}»; используйте black или blur.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="101" />
            <source>{ref} is not an image; only images can be redacted here.</source>
            <translation>{ref} — не изображение; здесь можно скрывать фрагменты только на изображениях.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="41" />
            <source>The box {box} is empty or starts outside the image.</source>
            <translation>Область {box} пуста или начинается за пределами изображения.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="38" />
            <source>'{box}' is not a box: use x,y,width,height in pixels.</source>
            <translation>«{box}» — не область: укажите x,y,ширина,высота в пикселях.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/build.py" line="71" />
            <source>Unsupported report language '{language}': use one of {choices}.</source>
            <translation>Язык отчёта «{language}» не поддерживается: используйте один из: {choices}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/build.py" line="89" />
            <source>The report could not be made PDF/A-2b: {reason}</source>
            <translation>Не удалось сделать отчёт в формате PDF/A-2b: {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="97" />
            <source>{where}: unknown source {source} (use 'answer', 'case.&lt;{fields}&gt;' or 'computed.&lt;name&gt;').</source>
            <translation>{where}: неизвестный источник {source} (используйте «answer», «case.&lt;{fields}&gt;» или «computed.&lt;name&gt;»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="39" />
            <source>{where} must be text or an object with at least 'en'.</source>
            <translation>{where}: должно быть текстом или объектом, где есть хотя бы «en».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="104" />
            <source>{name} is not an Evidence Kit template ({format}).</source>
            <translation>{name} — не шаблон Evidence Kit ({format}).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="188" />
            <source>The {title} template needs: {fields}. Fill them in, or export anyway and the report will say "not provided".</source>
            <translation>Шаблону «{title}» нужны: {fields}. Заполните их или всё равно экспортируйте — тогда в отчёте будет «не указано».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="115" />
            <source>{name} field '{field}'</source>
            <translation>{name}, поле «{field}»</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="136" />
            <source>There is no report template '{name}'.</source>
            <translation>Шаблона отчёта «{name}» нет.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="138" />
            <source>The report template {name} is not valid JSON: {reason}</source>
            <translation>Шаблон отчёта {name} — некорректный JSON: {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="112" />
            <source>{name}: field id {field} is missing or repeated.</source>
            <translation>{name}: идентификатор поля {field} отсутствует или повторяется.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="124" />
            <source>{name} title</source>
            <translation>{name}, название</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="125" />
            <source>{name} intro</source>
            <translation>{name}, вступление</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="121" />
            <source>{name} section</source>
            <translation>{name}, раздел</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="25" />
            <source>The dossier holds a file with an empty name.</source>
            <translation>В досье есть файл с пустым именем.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="27" />
            <source>The dossier holds a file name that is too long: '{name}'.</source>
            <translation>В досье есть слишком длинное имя файла: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="29" />
            <source>The dossier holds a file name with control characters: '{name}'.</source>
            <translation>В досье есть имя файла с управляющими символами: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="32" />
            <source>The dossier holds a file name with a backslash: '{name}'.</source>
            <translation>В досье есть имя файла с обратной косой чертой: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="34" />
            <source>The dossier holds an absolute path: '{name}'.</source>
            <translation>В досье есть абсолютный путь: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="37" />
            <source>The dossier holds a path that climbs out of its folder: '{name}'.</source>
            <translation>В досье есть путь, выходящий за пределы своей папки: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="40" />
            <source>The dossier holds a path nested too deeply: '{name}'.</source>
            <translation>В досье есть путь со слишком большой вложенностью: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="43" />
            <source>The dossier holds a reserved device name: '{name}'.</source>
            <translation>В досье есть зарезервированное имя устройства: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="45" />
            <source>The dossier holds a file name with unexpected characters: '{name}'.</source>
            <translation>В досье есть имя файла с неожиданными символами: «{name}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="63" />
            <source>The dossier holds the same file as both '{first}' and '{second}'.</source>
            <translation>В досье один и тот же файл записан и как «{first}», и как «{second}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="66" />
            <location filename="../../evidence_kit/safenames.py" line="72" />
            <source>The dossier holds '{name}' as both a file and a folder.</source>
            <translation>В досье «{name}» — одновременно и файл, и папка.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="62" />
            <source>The dossier holds the same file twice.</source>
            <translation>В досье один и тот же файл записан дважды.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="93" />
            <source>This vault has no record of sending dossier {dossier}.</source>
            <translation>В этом хранилище нет записи об отправке досье {dossier}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="125" />
            <source>{path} is far too large to be {what}.</source>
            <translation>{path} слишком велик для {what}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="130" />
            <source>a receipt</source>
            <translation>квитанции</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="138" />
            <source>{path} is not an Evidence Kit receipt this version knows.</source>
            <translation>{path} — квитанция Evidence Kit в формате, неизвестном этой версии.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="145" />
            <source>a signature</source>
            <translation>подписи</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="149" />
            <source>The receipt is signed by a key this vault does not trust. Confirm the recipient's fingerprint, trust their key ('evidence-kit key trust'), and check again.</source>
            <translation>Квитанция подписана ключом, которому это хранилище не доверяет. Сверьте отпечаток получателя, добавьте его ключ в доверенные («evidence-kit key trust») и проверьте снова.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="122" />
            <source>Cannot read {path}: {reason}</source>
            <translation>Не удаётся прочитать {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="136" />
            <source>{path} is not an Evidence Kit receipt.</source>
            <translation>{path} — не квитанция Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="40" />
            <source>A source needs a title.</source>
            <translation>Источнику нужно название.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="41" />
            <source>source kind</source>
            <translation>вид источника</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="42" />
            <source>reliability grade (A-F)</source>
            <translation>оценка надёжности (A-F)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="43" />
            <source>credibility grade (1-6)</source>
            <translation>оценка достоверности (1-6)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="50" />
            <source>A source URL must start with http:// or https://.</source>
            <translation>URL источника должен начинаться с http:// или https://.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="44" />
            <source>published date</source>
            <translation>дата публикации</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="45" />
            <source>accessed date</source>
            <translation>дата обращения</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="48" />
            <source>{field} must look like 2017-04-01.</source>
            <translation>Поле «{field}» должно иметь вид 2017-04-01.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="43" />
            <source>'{key}' must be text.</source>
            <translation>«{key}» должно быть текстом.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="49" />
            <source>'{key}' must be a date like 2017-04-01 (got '{value}').</source>
            <translation>«{key}» должно быть датой вида 2017-04-01 (получено «{value}»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="58" />
            <source>'incidents' must be a list of objects.</source>
            <translation>«incidents» должно быть списком объектов.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="77" />
            <source>A testimony must be a JSON object.</source>
            <translation>Показание должно быть JSON-объектом.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="80" />
            <source>Unknown key(s) in the testimony: {keys}. Allowed: {allowed}.</source>
            <translation>Неизвестные ключи в показании: {keys}. Допустимы: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="85" />
            <source>'pseudonym' is empty: leave the key out to have one generated.</source>
            <translation>«pseudonym» пусто: не указывайте этот ключ, и псевдоним будет создан автоматически.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="86" />
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="87" />
            <source>interview mode</source>
            <translation>формат интервью</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="91" />
            <source>'persons_present' must be a list of names or roles.</source>
            <translation>«persons_present» должно быть списком имён или ролей.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="94" />
            <source>'read_back' must be true or false.</source>
            <translation>«read_back» должно быть true или false.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="109" />
            <source>{path} is too large for a testimony (over 8 MiB).</source>
            <translation>{path} слишком велик для показания (больше 8 МиБ).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="267" />
            <source>The pseudonym {pseudonym} is already another witness's; choose another.</source>
            <translation>Псевдоним {pseudonym} уже принадлежит другому свидетелю; выберите другой.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="63" />
            <source>Unknown key(s) in incident {position}: {keys}.</source>
            <translation>Неизвестные ключи в эпизоде {position}: {keys}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="66" />
            <source>basis of knowledge</source>
            <translation>основание осведомлённости</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="67" />
            <source>date precision</source>
            <translation>точность даты</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="113" />
            <source>{path} is not valid UTF-8 JSON: {reason}</source>
            <translation>{path} — некорректный JSON в UTF-8: {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/text_redaction.py" line="29" />
            <source>A term to redact needs at least two characters.</source>
            <translation>Скрываемый фрагмент должен содержать не меньше двух символов.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="94" />
            <source>Give the key a label: the person or organisation it belongs to.</source>
            <translation>Дайте ключу подпись: человек или организация, которым он принадлежит.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="96" />
            <source>The label is too long (at most {limit} characters).</source>
            <translation>Подпись слишком длинная (не более {limit} символов).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="105" />
            <source>'{text}' is not a key fingerprint: expected 20 hexadecimal characters such as 1A2B 3C4D 5E6F 7A8B 9C0D (see 'evidence-kit key list').</source>
            <translation>«{text}» — не отпечаток ключа: ожидается 20 шестнадцатеричных символов, например 1A2B 3C4D 5E6F 7A8B 9C0D (см. «evidence-kit key list»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="127" />
            <source>This key claims the id {key_id} of this vault's own key but is a different key. It was not trusted: it may be an attempt to impersonate you.</source>
            <translation>Этот ключ выдаёт себя за ключ этого хранилища (идентификатор {key_id}), но это другой ключ. Он не добавлен в доверенные: возможно, это попытка выдать себя за вас.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="132" />
            <source>A different key with the same key id {key_id} is already trusted as '{label}'. Nothing was changed. If the sender really has a new key, confirm it with them, then run 'evidence-kit key untrust' first.</source>
            <translation>Другой ключ с тем же идентификатором {key_id} уже в доверенных как «{label}». Ничего не изменено. Если у отправителя действительно новый ключ, подтвердите это у него, затем сначала выполните «evidence-kit key untrust».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="158" />
            <source>This vault's own key cannot be untrusted.</source>
            <translation>Собственный ключ этого хранилища нельзя убрать из доверенных.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="126" />
            <source>This is this vault's own key; it is always trusted.</source>
            <translation>Это собственный ключ этого хранилища; ему всегда доверяют.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="162" />
            <source>No trusted key has the fingerprint {fingerprint} (see 'evidence-kit key list').</source>
            <translation>Нет доверенного ключа с отпечатком {fingerprint} (см. «evidence-kit key list»).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="40" />
            <source>The passphrase is too short: use at least {min_chars} characters (a few unrelated words are best).</source>
            <translation>Парольная фраза слишком короткая: используйте не менее {min_chars} символов (лучше всего — несколько несвязанных слов).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="68" />
            <source>There is already a vault in {folder}.</source>
            <translation>В {folder} уже есть хранилище.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="70" />
            <source>{folder} is not empty; choose an empty or new folder.</source>
            <translation>{folder} не пуста; выберите пустую или новую папку.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="87" />
            <source>No vault found in {folder}. Create one with 'evidence-kit init'.</source>
            <translation>В {folder} хранилище не найдено. Создайте его командой «evidence-kit init».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="96" />
            <source>The vault's record database ({name}) is missing or empty: restore the vault from a backup.</source>
            <translation>База записей хранилища ({name}) отсутствует или пуста: восстановите хранилище из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="143" />
            <location filename="../../evidence_kit/vault.py" line="204" />
            <source>The vault is locked. Unlock it with your passphrase.</source>
            <translation>Хранилище заблокировано. Разблокируйте его парольной фразой.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="166" />
            <source>The disk is full: could not save the change to the vault's records. Free some space and retry.</source>
            <translation>Диск заполнен: не удалось сохранить изменение в записях хранилища. Освободите место и повторите попытку.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="169" />
            <source>Not allowed to save the change to the vault's records: its folder is read-only or protected.</source>
            <translation>Нет разрешения сохранить изменение в записях хранилища: его папка доступна только для чтения или защищена.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="311" />
            <source>'{name}' cannot be a bag folder name: use letters, digits, '.', '_' and '-' only.</source>
            <translation>«{name}» не может быть именем папки bag: используйте только буквы, цифры, «.», «_» и «-».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="321" />
            <source>'{name}' is not usable as a dossier file name in the instructions: avoid quotes, $, %, !, backslashes and slashes.</source>
            <translation>«{name}» нельзя использовать как имя файла досье в инструкции: избегайте кавычек, $, %, !, обратных и прямых косых черт.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="334" />
            <source>Unknown dossier envelope '{kind}'.</source>
            <translation>Неизвестный тип конверта досье «{kind}».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="207" />
            <source>AES key size must be 128, 192 or 256 bits.</source>
            <translation>Размер ключа AES должен быть 128, 192 или 256 бит.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="209" />
            <source>force_wz_aes_version must be 1 or 2.</source>
            <translation>force_wz_aes_version должно быть 1 или 2.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="212" />
            <source>Use force_wz_aes_version or conditionally_include_crc, not both.</source>
            <translation>Используйте force_wz_aes_version или conditionally_include_crc, но не оба сразу.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="214" />
            <source>min_bytes_to_include_crc must be set, and at least 20.</source>
            <translation>min_bytes_to_include_crc должно быть задано и не меньше 20.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="216" />
            <source>min_bytes_to_include_crc needs conditionally_include_crc=True.</source>
            <translation>Для min_bytes_to_include_crc нужно conditionally_include_crc=True.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="231" />
            <source>An encrypted archive needs a password: call setpassword() first.</source>
            <translation>Зашифрованному архиву нужен пароль: сначала вызовите setpassword().</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="274" />
            <source>{name} uses an unknown AES key size.</source>
            <translation>{name} использует неизвестный размер ключа AES.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="277" />
            <source>{name} is truncated: the archive is damaged.</source>
            <translation>{name} обрезан: архив повреждён.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="282" />
            <source>Wrong password for {name}.</source>
            <translation>Неверный пароль для {name}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="293" />
            <source>Bad HMAC check for {name}: the encrypted data was altered or damaged (or the password is wrong).</source>
            <translation>Проверка HMAC для {name} не прошла: зашифрованные данные изменены или повреждены (или пароль неверный).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="305" />
            <source>{name} is not AES-encrypted; refusing to read it.</source>
            <translation>{name} не зашифрован AES; чтение отклонено.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="313" />
            <source>{name} is encrypted: a password is needed.</source>
            <translation>{name} зашифрован: нужен пароль.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="352" />
            <location filename="../../evidence_kit/winzip_aes.py" line="357" />
            <source>FastAESZipFile only supports WinZip AES encryption.</source>
            <translation>FastAESZipFile поддерживает только шифрование WinZip AES.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="115" />
            <source>{ref} has no active consent for any body; nothing to withdraw.</source>
            <translation>У {ref} нет действующего согласия ни для одного органа; отзывать нечего.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="181" />
            <location filename="../../evidence_kit/withdrawal.py" line="183" />
            <source>the withdrawal notice</source>
            <translation>уведомление об отзыве</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="113" />
            <source>{ref} has no active consent for {bodies}; nothing to withdraw.</source>
            <translation>У {ref} нет действующего согласия для: {bodies}; отзывать нечего.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="129" />
            <source>{name} changed while it was being exported (size or CRC differs from the vault's record).</source>
            <translation>{name} изменился во время экспорта (размер или CRC отличается от записи в хранилище).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="165" />
            <source>The dossier's inner archive is truncated.</source>
            <translation>Внутренний архив досье обрезан.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="195" />
            <source>The dossier holds too many files.</source>
            <translation>В досье слишком много файлов.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="197" />
            <source>'{name}' is compressed; dossiers store files uncompressed.</source>
            <translation>«{name}» сжат; досье хранят файлы без сжатия.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="200" />
            <source>'{name}' is encrypted inside the envelope, which export never does.</source>
            <translation>«{name}» зашифрован внутри конверта, чего экспорт никогда не делает.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="206" />
            <source>The header of '{name}' is not in the canonical form export writes (it was altered or made by another tool).</source>
            <translation>Заголовок «{name}» не в канонической форме, которую записывает экспорт (он изменён или создан другой программой).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="210" />
            <source>'{name}' is out of order in the dossier's inner archive.</source>
            <translation>«{name}» стоит не на своём месте во внутреннем архиве досье.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="225" />
            <source>'{name}' fails its CRC check: it was altered.</source>
            <translation>«{name}» не прошёл проверку CRC: он был изменён.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="233" />
            <source>The dossier's inner archive directory does not match its files (first difference at byte {offset} of the directory): files were added, removed, renamed or overlap.</source>
            <translation>Каталог внутреннего архива досье не совпадает с его файлами (первое различие в байте {offset} каталога): файлы добавлены, удалены, переименованы или перекрываются.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="237" />
            <source>The dossier's inner archive has extra bytes after its end.</source>
            <translation>После конца внутреннего архива досье есть лишние байты.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="178" />
            <source>The dossier's inner archive has unexpected bytes at offset {offset}.</source>
            <translation>Во внутреннем архиве досье неожиданные байты по смещению {offset}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="192" />
            <source>The dossier holds a file name that is not valid UTF-8.</source>
            <translation>В досье есть имя файла, не являющееся корректным UTF-8.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="55" />
            <source>{name} is too large to be a key file.</source>
            <translation>{name} слишком велик для файла ключа.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="52" />
            <source>Cannot read {name}: {reason}.</source>
            <translation>Не удаётся прочитать {name}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="211" />
            <source>the key file</source>
            <translation>файл ключа</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="98" />
            <location filename="../../ui/workers.py" line="174" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
        <message>
            <source>The dossier password is not correct.</source>
            <translation type="vanished">Неверный пароль досье.</translation>
        </message>
        <message>
            <source>the signature file</source>
            <translation type="vanished">файл подписи</translation>
        </message>
    </context>
</TS>
