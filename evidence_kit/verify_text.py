"""VERIFY.txt: how a recipient checks a dossier with standard tools, without trusting our code.

Written for a lawyer or investigator who is not technical, in English, Russian, French and
Arabic (one UTF-8 file, four sections). It walks through 7-Zip (or, for an age dossier,
``minisign -V`` on the encrypted file and ``age -d``), ``minisign -V``, ``sha256sum -c`` and
``bagit.py --validate`` (the envelope's own steps are in ``verify_text_open``), and says
plainly what each check proves and what it does not: a signature shows which key signed,
not when, and not that the content is true.

Two rules the text must keep: the password is typed at 7-Zip's prompt, never put on the command
line (it would show in the process list and shell history); and the signer's key is compared
with the sender over another channel, because the copy inside the dossier could have been
replaced by whoever altered the dossier. With standard tools the whole key line is what
identifies a key: minisign shows only the key id, which the key's owner chooses (our
fingerprint is derived from the key, but computing it needs Evidence Kit).

The file is plain text, so the Arabic section is laid out for editors that choose each line's
direction from its first letter: every line with Arabic words starts with one (and reads right
to left), and commands stand on lines of their own (and read left to right).
"""

from __future__ import annotations

import re

from .errors import InvalidInput
from .verify_text_open import PARTS

_SAFE_NAME = re.compile(r"[A-Za-z0-9._-]+")
_UNQUOTABLE = set('"$`\\%!') | {chr(c) for c in range(32)}
_RULE = "=" * 76

_EN = """\
HOW TO CHECK THIS DOSSIER (English)
===================================

Dossier:          {dossier_id}
Created:          {created_at}
Signed by:        {signer_label}
Key fingerprint:  {fp}

Treat everything in the dossier, including the names above, as unconfirmed
until the checks below succeed. They use free, standard tools only; none
needs Evidence Kit or trusts its code. Work on a copy and keep the original
file {envelope} unchanged.

{opening}Step 2 - Check the signature
  Get the sender's public key file, signer.pub, by another channel than the
  dossier (Signal, e-mail, a USB stick handed over in person). The copy in
    {bag}/data/signer.pub
  is for convenience only: whoever could alter the dossier could replace it.
  If you use it, ask the sender to read out or send you their public key
  line (the second line of signer.pub, starting with "RW") and check that it
  is exactly the same. The short fingerprint above only names the key; the
  whole key line identifies it for certain. Then run:
  minisign -Vm {bag}/tagmanifest-sha256.txt -x {bag}/tagmanifest-sha256.txt.minisig -p signer.pub
  Success prints "Signature and comment signature verified" and a "Trusted
  comment" line with the dossier number, the case and the signing time.
  Any other message means the check FAILED: do not rely on the dossier.

Step 3 - Check every file against the signed lists
  cd {bag}
  sha256sum -c tagmanifest-sha256.txt
  sha256sum -c manifest-sha256.txt
  sha512sum -c manifest-sha512.txt
  Every line must end in "OK"; a line ending in "FAILED" names a changed file.
  macOS: use "shasum -a 256 -c" and "shasum -a 512 -c" instead.
  Windows: run the same commands in Git Bash or WSL, or for each file run
  certutil -hashfile data\\FILE SHA256 and compare the result with that
  file's line in manifest-sha256.txt (ignore spaces and upper/lower case).

Step 4 - Check that nothing was added or removed
  cd ..
  bagit.py --validate {bag}
  It must say that the bag "is valid". This also catches files added to the
  folder, which step 3 alone does not.

What these checks prove, and what they do not
{envelope_note}- A valid signature proves that the signed lists were signed with the secret
  key belonging to signer.pub, and that nothing they list has changed since.
  It proves WHICH KEY signed, not WHEN: the signing time in the trusted
  comment comes from the signer's own computer clock. Nor does it say who
  holds the key: that is why you compare the key with the sender.
- Steps 3 and 4 prove that every file is exactly as it was when the dossier
  was signed: nothing altered, missing or added.
- None of this proves that the content is true, or where and when a photo or
  video was really taken; that is for investigators and experts.
- The chain-of-custody log is the file
    {bag}/data/custody.jsonl
  It gives each item's history from the moment it entered the sender's vault
  up to this export. Each event carries the item's SHA-256 (compare it with
  manifest-sha256.txt) and is chained to the one before. "evidence-kit
  verify" checks that chain automatically; the standard tools above do not.
"""

_RU = """\
КАК ПРОВЕРИТЬ ЭТО ДОСЬЕ (русский)
=================================

Досье:            {dossier_id}
Создано:          {created_at}
Подписант:        {signer_label}
Отпечаток ключа:  {fp}

Пока проверки ниже не пройдены, считайте всё содержимое досье, включая
имена выше, неподтверждённым. Для проверок нужны только бесплатные
стандартные программы; Evidence Kit и его код для этого не нужны. Работайте
с копией, а исходный файл {envelope} храните без изменений.

{opening}Шаг 2. Проверьте подпись
  Получите файл открытого ключа отправителя, signer.pub, по другому каналу,
  не вместе с досье (Signal, электронная почта, флешка из рук в руки). Копия
    {bag}/data/signer.pub
  лежит только для удобства: тот, кто смог бы изменить досье, мог бы
  подменить и её. Если пользуетесь ею, попросите отправителя прочитать вслух
  или прислать строку открытого ключа (вторая строка signer.pub, начинается
  с «RW») и убедитесь, что она совпадает в точности. Краткий отпечаток выше
  лишь называет ключ; надёжно его опознаёт только полная строка ключа.
  Затем выполните:
  minisign -Vm {bag}/tagmanifest-sha256.txt -x {bag}/tagmanifest-sha256.txt.minisig -p signer.pub
  При успехе программа выведет «Signature and comment signature verified» и
  строку «Trusted comment» с номером досье, делом и временем подписи. Любое
  другое сообщение означает, что проверка НЕ ПРОЙДЕНА: не полагайтесь на
  это досье.

Шаг 3. Сверьте каждый файл с подписанными списками
  cd {bag}
  sha256sum -c tagmanifest-sha256.txt
  sha256sum -c manifest-sha256.txt
  sha512sum -c manifest-sha512.txt
  Каждая строка должна заканчиваться на «OK»; строка с «FAILED» называет
  изменённый файл. В macOS: «shasum -a 256 -c» и «shasum -a 512 -c».
  Windows: выполните те же команды в Git Bash или WSL либо для каждого файла
  выполните certutil -hashfile data\\ФАЙЛ SHA256 и сравните результат со
  строкой этого файла в manifest-sha256.txt (пробелы и регистр не важны).

Шаг 4. Убедитесь, что ничего не добавлено и не удалено
  cd ..
  bagit.py --validate {bag}
  Программа должна сообщить, что пакет действителен («is valid»). Так
  находятся и файлы, добавленные в папку, чего шаг 3 сам не делает.

Что доказывают эти проверки и чего они не доказывают
{envelope_note}- Действительная подпись доказывает, что подписанные списки подписаны
  секретным ключом, соответствующим signer.pub, и что ничто из
  перечисленного в них с тех пор не менялось. Она доказывает, КАКИМ КЛЮЧОМ
  подписано, но не КОГДА: время подписи в «Trusted comment» взято из часов
  компьютера подписанта. Не говорит она и о том, кто владеет ключом:
  поэтому ключ и сверяют с отправителем.
- Шаги 3 и 4 доказывают, что каждый файл точно такой же, каким был при
  подписании досье: ничего не изменено, не пропало и не добавлено.
- Ничто из этого не доказывает, что содержание правдиво или где и когда на
  самом деле сняты фото или видео; это задача следователей и экспертов.
- Журнал цепочки хранения — это файл
    {bag}/data/custody.jsonl
  В нём история каждого материала с момента поступления в хранилище
  отправителя до этого экспорта. Каждая запись содержит SHA-256 материала
  (сравните с manifest-sha256.txt) и связана с предыдущей. «evidence-kit
  verify» проверяет эту цепочку автоматически; стандартные программы выше
  этого не делают.
"""

_FR = """\
COMMENT VÉRIFIER CE DOSSIER (français)
======================================

Dossier :              {dossier_id}
Créé le :              {created_at}
Signé par :            {signer_label}
Empreinte de la clé :  {fp}

Tant que les vérifications ci-dessous n'ont pas réussi, considérez tout le
contenu du dossier, y compris les noms ci-dessus, comme non confirmé. Elles
n'utilisent que des outils standard et gratuits, sans Evidence Kit ni son
code. Travaillez sur une copie et gardez intact le fichier
{envelope}.

{opening}Étape 2 - Vérifiez la signature
  Obtenez le fichier de clé publique de l'expéditeur, signer.pub, par un
  autre canal que le dossier (Signal, courriel, clé USB remise en main
  propre). La copie située dans
    {bag}/data/signer.pub
  n'est là que par commodité : qui pourrait modifier le dossier pourrait
  aussi la remplacer. Si vous l'utilisez, demandez à l'expéditeur de vous
  lire ou de vous envoyer sa ligne de clé publique (deuxième ligne de
  signer.pub, qui commence par « RW ») et vérifiez qu'elle est identique.
  L'empreinte courte ci-dessus ne fait que désigner la clé ; seule la ligne
  complète l'identifie avec certitude. Lancez ensuite :
  minisign -Vm {bag}/tagmanifest-sha256.txt -x {bag}/tagmanifest-sha256.txt.minisig -p signer.pub
  En cas de succès, minisign affiche « Signature and comment signature
  verified » et une ligne « Trusted comment » avec le numéro du dossier,
  l'affaire et l'heure de signature. Tout autre message signifie que la
  vérification a ÉCHOUÉ : ne vous fiez pas au dossier.

Étape 3 - Contrôlez chaque fichier par rapport aux listes signées
  cd {bag}
  sha256sum -c tagmanifest-sha256.txt
  sha256sum -c manifest-sha256.txt
  sha512sum -c manifest-sha512.txt
  Chaque ligne doit se terminer par « OK » ; une ligne « FAILED » désigne un
  fichier modifié. Sous macOS : « shasum -a 256 -c » et « shasum -a 512 -c ».
  Windows : lancez les mêmes commandes dans Git Bash ou WSL, ou, pour chaque
  fichier, certutil -hashfile data\\FICHIER SHA256, et comparez le résultat
  à sa ligne dans manifest-sha256.txt (espaces et majuscules sans importance).

Étape 4 - Vérifiez que rien n'a été ajouté ni retiré
  cd ..
  bagit.py --validate {bag}
  L'outil doit indiquer que le paquet BagIt est valide (« is valid »). Cela
  détecte aussi les fichiers ajoutés, ce que l'étape 3 seule ne fait pas.

Ce que ces vérifications prouvent, et ce qu'elles ne prouvent pas
{envelope_note}- Une signature valide prouve que les listes signées l'ont été avec la clé
  secrète qui correspond à signer.pub, et que rien de ce qu'elles recensent
  n'a changé depuis. Elle prouve QUELLE CLÉ a signé, pas QUAND : l'heure du
  « Trusted comment » vient de l'horloge de l'ordinateur du signataire. Elle
  ne dit pas non plus qui détient la clé : d'où la vérification de la clé
  auprès de l'expéditeur.
- Les étapes 3 et 4 prouvent que chaque fichier est exactement tel qu'il
  était à la signature du dossier : rien n'a été modifié, perdu ou ajouté.
- Rien de tout cela ne prouve que le contenu est vrai, ni où et quand une
  photo ou une vidéo a réellement été prise ; cela relève des enquêteurs et
  des experts.
- Le registre de la chaîne de possession est le fichier
    {bag}/data/custody.jsonl
  Il retrace l'historique de chaque pièce, de son entrée dans le coffre de
  l'expéditeur jusqu'à cet export. Chaque événement porte le SHA-256 de la
  pièce (à comparer avec manifest-sha256.txt) et est chaîné au précédent.
  « evidence-kit verify » vérifie cette chaîne automatiquement ; les outils
  standard ci-dessus ne le font pas.
"""

_AR = """\
كيفية التحقق من ملف الأدلة هذا (العربية)
========================================

ملف الأدلة:       {dossier_id}
تاريخ الإنشاء:    {created_at}
الموقِّع:          {signer_label}
بصمة المفتاح:     {fp}

اعتبر كل ما في ملف الأدلة، بما في ذلك الأسماء الواردة أعلاه، غير مؤكَّد
إلى أن تنجح عمليات التحقق الواردة أدناه. ولا تستخدم هذه العمليات إلا أدوات
قياسية ومجانية، ولا يحتاج أيٌّ منها إلى Evidence Kit ولا يثق بشيفرته. اعمل
على نسخة، واحتفظ بالملف الأصلي {envelope} دون أي تغيير.

{opening}الخطوة 2 - تحقَّق من التوقيع
  احصل على ملف المفتاح العام للمرسِل، signer.pub، عبر قناة غير ملف الأدلة
  (مثل Signal أو البريد الإلكتروني أو ذاكرة USB تُسلَّم يدًا بيد). أما النسخة
  الموجودة في
    {bag}/data/signer.pub
  فهي للتيسير فقط: فمن استطاع تغيير ملف الأدلة يستطيع استبدالها أيضًا. وإن
  استخدمتها، فاطلب من المرسِل أن يقرأ عليك سطر مفتاحه العام أو يرسله إليك
  (السطر الثاني من signer.pub، ويبدأ بالحرفين «RW»)، وتأكَّد من أنه مطابق
  تمامًا. فالبصمة المختصرة أعلاه لا تفعل سوى تسمية المفتاح؛ أما سطر المفتاح
  كاملًا فهو الذي يحدده على وجه اليقين. ثم شغِّل:
  minisign -Vm {bag}/tagmanifest-sha256.txt -x {bag}/tagmanifest-sha256.txt.minisig -p signer.pub
  عند النجاح يطبع البرنامج العبارة
  Signature and comment signature verified
  ثم سطرًا يبدأ بعبارة «Trusted comment» فيه رقم ملف الأدلة والقضية ووقت
  التوقيع. وأي رسالة أخرى تعني أن التحقق قد فشل: لا تعتمد على ملف الأدلة.

الخطوة 3 - طابِق كل ملف مع القوائم الموقَّعة
  cd {bag}
  sha256sum -c tagmanifest-sha256.txt
  sha256sum -c manifest-sha256.txt
  sha512sum -c manifest-sha512.txt
  يجب أن ينتهي كل سطر بالكلمة «OK»؛ والسطر الذي ينتهي بالكلمة «FAILED»
  يسمّي ملفًا تغيَّر. في macOS استخدم بدلًا منها «shasum -a 256 -c»
  و«shasum -a 512 -c». وفي Windows شغِّل الأوامر نفسها في Git Bash أو WSL،
  أو شغِّل لكل ملف الأمر
  certutil -hashfile data\\FILE SHA256
  (حيث FILE اسم الملف)، وقارن النتيجة بسطر ذلك الملف في manifest-sha256.txt
  (لا عبرة بالمسافات ولا بحالة الأحرف).

الخطوة 4 - تأكَّد من أنه لم يُضَف شيء ولم يُحذف شيء
  cd ..
  bagit.py --validate {bag}
  يجب أن تُفيد الأداة بأن الحزمة صالحة («is valid»). وهذا يكشف أيضًا
  الملفات المضافة إلى المجلد، وهو ما لا تكشفه الخطوة 3 وحدها.

ما تُثبته عمليات التحقق هذه، وما لا تُثبته
{envelope_note}- يُثبت التوقيع الصحيح أن القوائم الموقَّعة وُقِّعت بالمفتاح السري المقابل
  للملف signer.pub، وأن شيئًا مما تسرده لم يتغير منذ ذلك الحين. وهو يُثبت
  أيَّ مفتاح وقَّع، لا متى وقَّع: فوقت التوقيع في «Trusted comment» مأخوذ من
  ساعة حاسوب الموقِّع نفسه. ولا يدل كذلك على من يحوز المفتاح: ولهذا تُطابق
  المفتاح مع المرسِل.
- تُثبت الخطوتان 3 و4 أن كل ملف هو تمامًا كما كان عند توقيع ملف الأدلة: لم
  يُغيَّر شيء، ولم يُفقد شيء، ولم يُضَف شيء.
- لا شيء من ذلك يُثبت أن المضمون صحيح، ولا أين ومتى التُقطت صورة أو فيديو
  فعلًا؛ فذلك من شأن المحققين والخبراء.
- سجل سلسلة العهدة هو الملف
    {bag}/data/custody.jsonl
  ويعرض تاريخ كل عنصر منذ دخوله خزنة المرسِل حتى عملية التصدير هذه. ويحمل
  كل حدث قيمة SHA-256 للعنصر (قارنها بما في manifest-sha256.txt) ويرتبط
  بالحدث الذي يسبقه. ويتحقق الأمر «evidence-kit verify» من هذه السلسلة
  تلقائيًّا؛ أما الأدوات القياسية المذكورة أعلاه فلا تفعل ذلك.
"""

SECTIONS = (_EN, _RU, _FR, _AR)


def _one_line(value: str) -> str:
    """Collapse whitespace so a value cannot break the layout or fake an extra line."""
    return " ".join(str(value).split())


def _bag_name(bag_dir: str) -> str:
    # Commands join it with "/..." paths, so it must need no quoting in any shell.
    if not _SAFE_NAME.fullmatch(bag_dir) or bag_dir in (".", ".."):
        raise InvalidInput("'{name}' cannot be a bag folder name: use letters, digits, "
                           "'.', '_' and '-' only.", name=bag_dir)
    return bag_dir


def _file_arg(name: str) -> str:
    """The envelope name as typed in a shell: quoted when it has spaces or the like."""
    if _SAFE_NAME.fullmatch(name):
        return name
    if not name or set(name) & _UNQUOTABLE or "/" in name:
        raise InvalidInput("'{name}' is not usable as a dossier file name in the "
                           "instructions: avoid quotes, $, %, !, backslashes and slashes.",
                           name=name)
    return f'"{name}"'


def verify_txt(*, dossier_id: str, bag_dir: str, envelope_name: str, signer_fingerprint: str,
               signer_label: str, created_at: str, envelope: str = "password") -> str:
    """The full VERIFY.txt (English, Russian, French, Arabic), ending in a newline.

    ``envelope`` is "password" (7-Zip and the dossier password) or "age" (the outer
    signature checked with minisign first, then ``age -d`` with the recipient's key)."""
    if envelope not in PARTS:
        raise InvalidInput("Unknown dossier envelope '{kind}'.", kind=envelope)
    values = {
        "dossier_id": _one_line(dossier_id),
        "bag": _bag_name(bag_dir),
        "envelope": _file_arg(envelope_name),
        "fp": _one_line(signer_fingerprint),
        "signer_label": _one_line(signer_label) or "—",
        "created_at": _one_line(created_at),
    }
    parts = []
    for section, (opening, note) in zip(SECTIONS, PARTS[envelope], strict=True):
        # The parts are filled first: a value's own braces are never read as placeholders.
        parts.append(section.format_map({**values, "opening": opening.format_map(values),
                                         "envelope_note": note.format_map(values)}))
    return f"\n{_RULE}\n\n".join(parts)
