"""VERIFY.txt's envelope-specific parts: how to open the dossier, and what that proves.

A password dossier is opened with 7-Zip (the password typed at its prompt, never on the
command line); an age dossier is first checked with ``minisign -V`` against its detached
``.minisig`` (who sent it, before decrypting anything), then decrypted with ``age -d``.
Each part exists in English, Russian, French and Arabic, laid out by ``verify_text``'s rules
(Arabic lines start with an Arabic word; commands stand on lines of their own).
"""

from __future__ import annotations

_EN_PW_OPEN = """\
What you need
- 7-Zip (https://www.7-zip.org; on macOS and Linux "7zz" or "7z"), minisign
  (https://jedisct1.github.io/minisign/) and BagIt (pip install bagit).
- The dossier password, which the sender gave you separately (it is not
  written anywhere in the dossier), and the sender's public key (step 2).

Step 0 - Note the fingerprint of the dossier file itself
  sha256sum {envelope}
  macOS: shasum -a 256 {envelope}
  Windows: certutil -hashfile {envelope} SHA256
  Keep the result. If you can, confirm it with the sender: their custody
  record of the export holds the same value.

Step 1 - Open the encrypted envelope
  7z x {envelope}
  7-Zip asks for the password: type it there. Never put the password on the
  command line (7z -p...): others can see it in the process list, and it
  stays in the command history. On Windows you can instead right-click the
  file and choose 7-Zip > Extract Here. This gives one file, payload.zip,
  which has no password. Unpack it:
  7z x payload.zip
  This creates the folder {bag}
  with the dossier's contents in its "data" folder.

"""

_EN_PW_NOTE = """\
- The password only shows that you hold the right password: zip encryption
  does not say who made the file.
"""

_RU_PW_OPEN = """\
Что понадобится
- 7-Zip (https://www.7-zip.org; в macOS и Linux — «7zz» или «7z»), minisign
  (https://jedisct1.github.io/minisign/) и BagIt (pip install bagit).
- Пароль досье, который отправитель передал вам отдельно (в самом досье он
  нигде не записан), и открытый ключ отправителя (см. шаг 2).

Шаг 0. Запишите отпечаток самого файла досье
  sha256sum {envelope}
  macOS: shasum -a 256 {envelope}
  Windows: certutil -hashfile {envelope} SHA256
  Сохраните результат. Если можно, сверьте его с отправителем: в его журнале
  цепочки хранения записано то же значение.

Шаг 1. Откройте зашифрованный конверт
  7z x {envelope}
  7-Zip запросит пароль — введите его в ответ на запрос. Никогда не
  указывайте пароль в самой команде (7z -p...): его увидят в списке
  процессов, и он останется в истории команд. В Windows можно вместо этого
  щёлкнуть по файлу правой кнопкой мыши и выбрать 7-Zip > Распаковать здесь.
  Получится один файл payload.zip, без пароля. Распакуйте его:
  7z x payload.zip
  Появится папка {bag}
  с материалами досье во вложенной папке «data».

"""

_RU_PW_NOTE = """\
- Пароль показывает лишь то, что у вас верный пароль: шифрование zip не
  говорит, кто создал файл.
"""

_FR_PW_OPEN = """\
Ce qu'il vous faut
- 7-Zip (https://www.7-zip.org ; sous macOS et Linux, « 7zz » ou « 7z »),
  minisign (https://jedisct1.github.io/minisign/) et BagIt
  (pip install bagit).
- Le mot de passe du dossier, que l'expéditeur vous a communiqué à part (il
  n'est écrit nulle part dans le dossier), et sa clé publique (étape 2).

Étape 0 - Notez l'empreinte du fichier du dossier lui-même
  sha256sum {envelope}
  macOS : shasum -a 256 {envelope}
  Windows : certutil -hashfile {envelope} SHA256
  Conservez le résultat. Si possible, vérifiez-le avec l'expéditeur : son
  registre de la chaîne de possession contient la même valeur.

Étape 1 - Ouvrez l'enveloppe chiffrée
  7z x {envelope}
  7-Zip demande le mot de passe : saisissez-le à ce moment-là. Ne mettez
  jamais le mot de passe dans la commande (7z -p...) : il serait visible dans
  la liste des processus et resterait dans l'historique des commandes. Sous
  Windows, vous pouvez aussi faire un clic droit sur le fichier et choisir
  7-Zip > Extraire ici. Vous obtenez un seul fichier, payload.zip, sans mot
  de passe. Extrayez-le :
  7z x payload.zip
  Vous obtenez le répertoire {bag}
  dont le sous-répertoire « data » contient les pièces du dossier.

"""

_FR_PW_NOTE = """\
- Le mot de passe montre seulement que vous avez le bon mot de passe : le
  chiffrement zip n'indique pas qui a créé le fichier.
"""

_AR_PW_OPEN = """\
ما تحتاج إليه
- البرامج: 7-Zip من https://www.7-zip.org (واسمه في macOS و Linux
  هو «7zz» أو «7z»)، و minisign من https://jedisct1.github.io/minisign/
  وأداة BagIt (تُثبَّت بالأمر pip install bagit).
- كلمة مرور ملف الأدلة، التي أرسلها إليك المرسِل على حدة (فهي غير مكتوبة
  في أي مكان داخل ملف الأدلة)، والمفتاح العام للمرسِل (الخطوة 2).

الخطوة 0 - دوِّن بصمة ملف الأدلة نفسه
  sha256sum {envelope}
  macOS: shasum -a 256 {envelope}
  Windows: certutil -hashfile {envelope} SHA256
  احتفظ بالنتيجة. وإن أمكن، تأكَّد منها مع المرسِل: فسجل العهدة لديه الخاص
  بعملية التصدير يتضمن القيمة نفسها.

الخطوة 1 - افتح الغلاف المشفَّر
  7z x {envelope}
  سيطلب برنامج 7-Zip كلمة المرور: اكتبها عند الطلب. ولا تضع كلمة المرور
  أبدًا في سطر الأوامر (7z -p...): إذ يستطيع الآخرون رؤيتها في قائمة
  العمليات، وتبقى محفوظة في سجل الأوامر. وفي Windows يمكنك بدلًا من ذلك
  النقر على الملف بزر الفأرة الأيمن واختيار 7-Zip > Extract Here. ستحصل
  على ملف واحد، payload.zip، لا تحميه كلمة مرور. فُكَّ ضغطه:
  7z x payload.zip
  سيُنشأ بذلك المجلد {bag}
  وفيه محتويات ملف الأدلة داخل المجلد الفرعي «data».

"""

_AR_PW_NOTE = """\
- لا تُثبت كلمة المرور إلا أنك تملك كلمة المرور الصحيحة: فتشفير zip لا يدل
  على من أنشأ الملف.
"""

_EN_AGE_OPEN = """\
What you need
- age (https://age-encryption.org), minisign
  (https://jedisct1.github.io/minisign/), 7-Zip (https://www.7-zip.org; on
  macOS and Linux "7zz" or "7z") and BagIt (pip install bagit).
- Your age identity file, called key.txt below: the secret key your team
  made with age-keygen, whose public key (age1...) you gave the sender.
  Never send key.txt to anyone. You also need the sender's public key file,
  signer.pub, obtained by another channel (see step 2).

Step 0 - Check who sent the file, before decrypting it
  minisign -Vm {envelope} -p signer.pub
  minisign reads the signature file that came with the dossier (the same
  name ending in .minisig). Success prints "Signature and comment signature
  verified" and a "Trusted comment" line with the dossier number, the case,
  the signing time and the file name. Any other message means the file is
  not the one the sender signed: do not open it, ask the sender.
  Then note the fingerprint of the dossier file itself:
  sha256sum {envelope}
  macOS: shasum -a 256 {envelope}
  Windows: certutil -hashfile {envelope} SHA256
  Keep the result. If you can, confirm it with the sender: their custody
  record of the export holds the same value.

Step 1 - Decrypt the envelope
  age -d -i key.txt -o payload.zip {envelope}
  Only a key the dossier was encrypted to can do this; if age reports that
  no identity matched, the dossier was sent to another key. This gives one
  file, payload.zip, which is not encrypted. Unpack it:
  7z x payload.zip
  This creates the folder {bag}
  with the dossier's contents in its "data" folder.

"""

_EN_AGE_NOTE = """\
- Decrypting with age only shows that the file was encrypted to your key:
  anyone who has your public key can do that. Who made the file is shown by
  the signatures (steps 0 and 2).
"""

_RU_AGE_OPEN = """\
Что понадобится
- age (https://age-encryption.org), minisign
  (https://jedisct1.github.io/minisign/), 7-Zip (https://www.7-zip.org; в
  macOS и Linux — «7zz» или «7z») и BagIt (pip install bagit).
- Файл вашего ключа age, ниже он называется key.txt: секретный ключ,
  созданный вашей командой программой age-keygen; его открытый ключ
  (age1...) вы передали отправителю. Никому не пересылайте key.txt. Нужен
  и файл открытого ключа отправителя, signer.pub, полученный по другому
  каналу (см. шаг 2).

Шаг 0. До расшифровки проверьте, кто прислал файл
  minisign -Vm {envelope} -p signer.pub
  minisign читает файл подписи, пришедший вместе с досье (то же имя с
  окончанием .minisig). При успехе программа выведет «Signature and comment
  signature verified» и строку «Trusted comment» с номером досье, делом,
  временем подписи и именем файла. Любое другое сообщение означает, что это
  не тот файл, который подписал отправитель: не открывайте его, свяжитесь
  с отправителем.
  Затем запишите отпечаток самого файла досье:
  sha256sum {envelope}
  macOS: shasum -a 256 {envelope}
  Windows: certutil -hashfile {envelope} SHA256
  Сохраните результат. Если можно, сверьте его с отправителем: в его журнале
  цепочки хранения записано то же значение.

Шаг 1. Расшифруйте конверт
  age -d -i key.txt -o payload.zip {envelope}
  Это удастся только с ключом, для которого зашифровано досье; если age
  сообщает, что ни один ключ не подошёл, досье отправлено на другой ключ.
  Получится один файл payload.zip, уже не зашифрованный. Распакуйте его:
  7z x payload.zip
  Появится папка {bag}
  с материалами досье во вложенной папке «data».

"""

_RU_AGE_NOTE = """\
- Расшифровка программой age показывает лишь то, что файл зашифрован для
  вашего ключа: это может сделать любой, у кого есть ваш открытый ключ. Кто
  создал файл, показывают подписи (шаги 0 и 2).
"""

_FR_AGE_OPEN = """\
Ce qu'il vous faut
- age (https://age-encryption.org), minisign
  (https://jedisct1.github.io/minisign/), 7-Zip (https://www.7-zip.org ;
  sous macOS et Linux, « 7zz » ou « 7z ») et BagIt (pip install bagit).
- Votre fichier d'identité age, appelé key.txt ci-dessous : la clé secrète
  que votre équipe a créée avec age-keygen, et dont vous avez donné la clé
  publique (age1...) à l'expéditeur. N'envoyez jamais key.txt à personne.
  Il vous faut aussi le fichier de clé publique de l'expéditeur,
  signer.pub, obtenu par un autre canal (étape 2).

Étape 0 - Vérifiez qui a envoyé le fichier, avant de le déchiffrer
  minisign -Vm {envelope} -p signer.pub
  minisign lit le fichier de signature reçu avec le dossier (le même nom,
  terminé par .minisig). En cas de succès, il affiche « Signature and
  comment signature verified » et une ligne « Trusted comment » avec le
  numéro du dossier, l'affaire, l'heure de signature et le nom du fichier.
  Tout autre message signifie que ce n'est pas le fichier signé par
  l'expéditeur : ne l'ouvrez pas, contactez l'expéditeur.
  Notez ensuite l'empreinte du fichier du dossier lui-même :
  sha256sum {envelope}
  macOS : shasum -a 256 {envelope}
  Windows : certutil -hashfile {envelope} SHA256
  Conservez le résultat. Si possible, vérifiez-le avec l'expéditeur : son
  registre de la chaîne de possession contient la même valeur.

Étape 1 - Déchiffrez l'enveloppe
  age -d -i key.txt -o payload.zip {envelope}
  Seule une clé pour laquelle le dossier a été chiffré le permet ; si age
  indique qu'aucune identité ne correspond, le dossier a été envoyé à une
  autre clé. Vous obtenez un seul fichier, payload.zip, non chiffré.
  Extrayez-le :
  7z x payload.zip
  Vous obtenez le répertoire {bag}
  dont le sous-répertoire « data » contient les pièces du dossier.

"""

_FR_AGE_NOTE = """\
- Le déchiffrement par age montre seulement que le fichier a été chiffré
  pour votre clé : quiconque possède votre clé publique peut le faire. Qui
  a créé le fichier, ce sont les signatures qui le montrent (étapes 0 et 2).
"""

_AR_AGE_OPEN = """\
ما تحتاج إليه
- البرامج: age من الموقع https://age-encryption.org
  و minisign من الموقع https://jedisct1.github.io/minisign/
  و 7-Zip من الموقع https://www.7-zip.org (واسمه في macOS و Linux
  هو «7zz» أو «7z»)، وأداة BagIt (تُثبَّت بالأمر pip install bagit).
- ملف هوية age الخاص بك، ويُسمّى أدناه key.txt: وهو المفتاح السري الذي
  أنشأه فريقك بالبرنامج age-keygen، والذي أعطيتَ مفتاحه العام (age1...)
  للمرسِل. لا ترسل key.txt إلى أحد أبدًا. وتحتاج أيضًا إلى ملف المفتاح العام
  للمرسِل، signer.pub، تحصل عليه عبر قناة أخرى (الخطوة 2).

الخطوة 0 - تحقَّق ممن أرسل الملف، قبل فك تشفيره
  minisign -Vm {envelope} -p signer.pub
  يقرأ البرنامج minisign ملف التوقيع الذي وصل مع ملف الأدلة (الاسم نفسه
  منتهيًا بـ .minisig). عند النجاح يطبع العبارة
  Signature and comment signature verified
  ثم سطرًا يبدأ بعبارة «Trusted comment» فيه رقم ملف الأدلة والقضية ووقت
  التوقيع واسم الملف. وأي رسالة أخرى تعني أن هذا ليس الملف الذي وقَّعه
  المرسِل: لا تفتحه، واتصل بالمرسِل.
  ثم دوِّن بصمة ملف الأدلة نفسه:
  sha256sum {envelope}
  macOS: shasum -a 256 {envelope}
  Windows: certutil -hashfile {envelope} SHA256
  احتفظ بالنتيجة. وإن أمكن، تأكَّد منها مع المرسِل: فسجل العهدة لديه الخاص
  بعملية التصدير يتضمن القيمة نفسها.

الخطوة 1 - فُكَّ تشفير الغلاف
  age -d -i key.txt -o payload.zip {envelope}
  لا ينجح ذلك إلا بمفتاح شُفِّر له ملف الأدلة؛ فإن أفاد age بأنه لم تتطابق
  أي هوية، فقد أُرسل ملف الأدلة إلى مفتاح آخر. ستحصل على ملف واحد غير
  مشفَّر اسمه payload.zip. فُكَّ ضغطه:
  7z x payload.zip
  سيُنشأ بذلك المجلد {bag}
  وفيه محتويات ملف الأدلة داخل المجلد الفرعي «data».

"""

_AR_AGE_NOTE = """\
- لا يُثبت فك التشفير بالبرنامج age إلا أن الملف شُفِّر لمفتاحك: إذ يستطيع
  ذلك كلُّ من لديه مفتاحك العام. أما من أنشأ الملف فتُبيِّنه التوقيعات
  (الخطوتان 0 و2).
"""

# (opening, note) per language, in the order of verify_text.SECTIONS.
PARTS = {
    "password": ((_EN_PW_OPEN, _EN_PW_NOTE), (_RU_PW_OPEN, _RU_PW_NOTE),
                 (_FR_PW_OPEN, _FR_PW_NOTE), (_AR_PW_OPEN, _AR_PW_NOTE)),
    "age": ((_EN_AGE_OPEN, _EN_AGE_NOTE), (_RU_AGE_OPEN, _RU_AGE_NOTE),
            (_FR_AGE_OPEN, _FR_AGE_NOTE), (_AR_AGE_OPEN, _AR_AGE_NOTE)),
}
