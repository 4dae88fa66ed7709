<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AnswersPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="209" />
            <source>Required fields of the recipient's form</source>
            <translation>Champs obligatoires du formulaire du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="212" />
            <source>Required fields still empty</source>
            <translation>Champs obligatoires encore vides</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="220" />
            <source>Check again</source>
            <translation>Revérifier</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="221" />
            <source>Check the answers again</source>
            <translation>Revérifier les réponses</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="223" />
            <source>Export anyway: the report will say “not provided”</source>
            <translation>Exporter quand même : le rapport indiquera « non fourni »</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="225" />
            <source>Export anyway: the report will say not provided</source>
            <translation>Exporter quand même : le rapport indiquera non fourni</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review_panels.py" line="249" />
            <source>%Ln required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation>
                <numerusform>%Ln champ obligatoire du formulaire de ce destinataire n'a pas encore de valeur. Saisissez les réponses ci-dessous et appuyez sur « Revérifier », ou exportez quand même.</numerusform>
                <numerusform>%Ln champs obligatoires du formulaire de ce destinataire n'ont pas encore de valeur. Saisissez les réponses ci-dessous et appuyez sur « Revérifier », ou exportez quand même.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="254" />
            <source>Every required field of the form has a value.</source>
            <translation>Chaque champ obligatoire du formulaire a une valeur.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="263" />
            <source>Answer: {label}</source>
            <translation>Réponse : {label}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="266" />
            <source>Your answer for the report</source>
            <translation>Votre réponse pour le rapport</translation>
        </message>
        <message>
            <source>{n} required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation type="vanished">{n} champ(s) obligatoire(s) du formulaire de ce destinataire n'ont pas encore de valeur. Saisissez les réponses ci-dessous et appuyez sur « Revérifier », ou exportez quand même.</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ui/context.py" line="46" />
            <source>The vault is locked. Unlock it with your passphrase.</source>
            <translation>Le coffre est verrouillé. Déverrouillez-le avec votre phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>Bodies</name>
        <message>
            <location filename="../../ui/i18n.py" line="195" />
            <source>International Criminal Court, Office of the Prosecutor</source>
            <translation>Cour pénale internationale, Bureau du Procureur</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="196" />
            <source>UN Special Procedures</source>
            <translation>Procédures spéciales de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="197" />
            <source>UN investigative mechanism</source>
            <translation>Mécanisme d'enquête de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="198" />
            <source>National authorities or court</source>
            <translation>Autorités ou juridiction nationales</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="199" />
            <source>Other body</source>
            <translation>Autre organe</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="172" />
            <location filename="../../ui/vault_dialogs.py" line="195" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="174" />
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="175" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="176" />
            <source>Repeat the new passphrase</source>
            <translation>Répétez la nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="181" />
            <source>Passphrase strength</source>
            <translation>Robustesse de la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="186" />
            <source>Current passphrase:</source>
            <translation>Phrase secrète actuelle :</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="187" />
            <source>New passphrase:</source>
            <translation>Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="188" />
            <source>Repeat:</source>
            <translation>Répétition :</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="189" />
            <source>Strength:</source>
            <translation>Robustesse :</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="190" />
            <source>Only the key that unlocks the vault is re-encrypted: your evidence is not rewritten. The old passphrase stops working.</source>
            <translation>Seule la clé qui déverrouille le coffre est rechiffrée : vos preuves ne sont pas réécrites. L'ancienne phrase secrète cesse de fonctionner.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="196" />
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="198" />
            <location filename="../../ui/vault_dialogs.py" line="198" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="232" />
            <source>The two new passphrases differ.</source>
            <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="237" />
            <source>Changing the passphrase… (this takes a few seconds on purpose)</source>
            <translation>Changement de la phrase secrète… (cela prend quelques secondes exprès)</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="248" />
            <source>Passphrase changed. The old passphrase no longer opens this vault.</source>
            <translation>Phrase secrète changée. L'ancienne phrase secrète n'ouvre plus ce coffre.</translation>
        </message>
    </context>
    <context>
        <name>CheckVaultDialog</name>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="62" />
            <source>Check vault integrity</source>
            <translation>Vérifier l'intégrité du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="64" />
            <source>Checking every encrypted file, record and custody event…</source>
            <translation>Vérification de chaque fichier chiffré, enregistrement et événement de la chaîne de possession…</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="68" />
            <source>Check progress</source>
            <translation>Progression de la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="70" />
            <source>Check findings</source>
            <translation>Résultats de la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="74" />
            <source>Remove leftover files</source>
            <translation>Supprimer les fichiers résiduels</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="75" />
            <source>Remove encrypted files left by interrupted imports</source>
            <translation>Supprimer les fichiers chiffrés laissés par des imports interrompus</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="76" />
            <source>They have no record and no key: nobody can read them</source>
            <translation>Ils n'ont ni enregistrement ni clé : personne ne peut les lire</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="79" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="79" />
            <source>Cancel the check</source>
            <translation>Annuler la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="106" />
            <source>Decrypting encrypted file {done} of {total}…</source>
            <translation>Déchiffrement du fichier chiffré {done} sur {total}…</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="112" />
            <location filename="../../ui/vault_dialogs.py" line="113" />
            <location filename="../../ui/vault_dialogs.py" line="133" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="114" />
            <source>Vault intact.</source>
            <translation>Coffre intact.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="114" />
            <source>Problems found.</source>
            <translation>Problèmes détectés.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="115" />
            <source>{passed} of {checked} encrypted files decrypted and matched their SHA-256; {events} custody events verified.</source>
            <translation>Fichiers chiffrés déchiffrés et conformes à leur SHA-256 : {passed} sur {checked} ; événements de la chaîne de possession vérifiés : {events}.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="121" />
            <source>Problem: {text}</source>
            <translation>Problème : {text}</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="122" />
            <source>Note: {text}</source>
            <translation>Remarque : {text}</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="124" />
            <source>No problems and nothing to note.</source>
            <translation>Aucun problème, rien à signaler.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="146" />
            <source>Removed {n} leftover encrypted files.</source>
            <translation>Fichiers chiffrés résiduels supprimés : {n}.</translation>
        </message>
    </context>
    <context>
        <name>CustodyTab</name>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>Event hash</source>
            <translation>Empreinte de l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="54" />
            <source>Custody log</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="62" />
            <source>Verify chain</source>
            <translation>Vérifier la chaîne</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="63" />
            <source>Verify the custody chain</source>
            <translation>Vérifier la chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="64" />
            <source>Re-check every event's hash link and signature</source>
            <translation>Revérifier le lien d'empreinte et la signature de chaque événement</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/custody_tab.py" line="99" />
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln événement</numerusform>
                <numerusform>%Ln événements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="105" />
            <source>Checking every event…</source>
            <translation>Vérification de chaque événement…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/custody_tab.py" line="115" />
            <source>✔ Chain intact: %Ln event(s), every link and signature verified.</source>
            <translation>
                <numerusform>✔ Chaîne intacte : %Ln événement, chaque lien et chaque signature vérifiés.</numerusform>
                <numerusform>✔ Chaîne intacte : %Ln événements, chaque lien et chaque signature vérifiés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="119" />
            <source>✘ Chain broken: {problem}</source>
            <translation>✘ Chaîne rompue : {problem}</translation>
        </message>
        <message>
            <source>{n} events</source>
            <translation type="vanished">Événements : {n}</translation>
        </message>
        <message>
            <source>✔ Chain intact: {n} events, every link and signature verified.</source>
            <translation type="vanished">✔ Chaîne intacte : {n} événements, chaque lien et chaque signature vérifiés.</translation>
        </message>
    </context>
    <context>
        <name>EditCaseDialog</name>
        <message>
            <location filename="../../ui/case_edit.py" line="32" />
            <source>Edit case</source>
            <translation>Modifier l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="34" />
            <source>Case title</source>
            <translation>Titre de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="36" />
            <source>Case summary</source>
            <translation>Résumé de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="38" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="39" />
            <source>Body the case is prepared for</source>
            <translation>Organe auquel l'affaire est destinée</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="43" />
            <source>Case status</source>
            <translation>Statut de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="48" />
            <source>Title *:</source>
            <translation>Titre * :</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="49" />
            <source>Summary:</source>
            <translation>Résumé :</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="50" />
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="51" />
            <source>Prepared for:</source>
            <translation>Destiné à :</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="52" />
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="58" />
            <source>Save the case</source>
            <translation>Enregistrer l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="59" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/case_edit.py" line="70" />
            <source>A case needs a title.</source>
            <translation>Une affaire doit avoir un titre.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="247" />
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="248" />
            <source>Submitted</source>
            <translation>Soumise</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="249" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="250" />
            <source>Archived</source>
            <translation>Archivée</translation>
        </message>
    </context>
    <context>
        <name>EvidenceKit</name>
        <message>
            <location filename="../../ui/widgets.py" line="28" />
            <source>{label}:</source>
            <translation>{label} :</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="105" />
            <source>Left out of this dossier</source>
            <translation>Écarté de ce dossier</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="106" />
            <source>Items left out and overrides</source>
            <translation>Éléments écartés et dérogations</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="107" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="107" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="113" />
            <source>Include anyway…</source>
            <translation>Inclure malgré tout…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="114" />
            <source>Include the selected item anyway</source>
            <translation>Inclure malgré tout l'élément sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="115" />
            <source>Keep it out</source>
            <translation>Le laisser de côté</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="116" />
            <source>Withdraw the override of the selected item</source>
            <translation>Retirer la dérogation de l'élément sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="145" />
            <source>Included by decision of {who}: {why}</source>
            <translation>Inclus sur décision de {who} : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="177" />
            <source>{code} cannot be included: the witness withdrew consent, and only the witness can give it again.</source>
            <translation>{code} ne peut pas être inclus : le témoin a retiré son consentement, et lui seul peut le redonner.</translation>
        </message>
    </context>
    <context>
        <name>ExhibitDetails</name>
        <message>
            <location filename="../../ui/exhibit_details.py" line="125" />
            <source>Redact…</source>
            <translation>Caviarder…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="126" />
            <source>Make a redacted copy of this photo</source>
            <translation>Faire une copie caviardée de cette photo</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="129" />
            <source>Edit details…</source>
            <translation>Modifier les détails…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="130" />
            <source>Edit the description, location and tags</source>
            <translation>Modifier la description, le lieu et les étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="143" />
            <source>File name</source>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="143" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="144" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="144" />
            <source>Captured</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="145" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="145" />
            <source>Camera</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="146" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="146" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="147" />
            <source>Acquired</source>
            <translation>Acquis le</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="147" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="148" />
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="148" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="151" />
            <source>SHA-256 of the file</source>
            <translation>SHA-256 du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="160" />
            <source>What this file reveals</source>
            <translation>Ce que ce fichier révèle</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="185" />
            <source>No exhibit selected</source>
            <translation>Aucune pièce sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="205" />
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="230" />
            <source>Checking what the file reveals…</source>
            <translation>Analyse de ce que révèle le fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="246" />
            <source>Derived from {parent}</source>
            <translation>Dérivé de {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="250" />
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="256" />
            <source>&lt;p&gt;Nothing identifying was found in the file's metadata.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Rien d'identifiant n'a été trouvé dans les métadonnées du fichier.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="257" />
            <source>A redacted copy keeps: {keeps}</source>
            <translation>Une copie caviardée conserve : {keeps}</translation>
        </message>
    </context>
    <context>
        <name>ExhibitEditDialog</name>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="57" />
            <source>Edit {code}</source>
            <translation>Modifier {code}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="60" />
            <source>Exhibit description</source>
            <translation>Description de la pièce</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="63" />
            <source>Where it was captured</source>
            <translation>Lieu où la pièce a été prise</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="64" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="65" />
            <source>Separate tags with commas</source>
            <translation>Séparez les étiquettes par des virgules</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="67" />
            <source>Description:</source>
            <translation>Description :</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="68" />
            <source>Location:</source>
            <translation>Lieu :</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="69" />
            <source>Tags:</source>
            <translation>Étiquettes :</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="70" />
            <source>The file itself and its hashes never change; the custody log records which fields were edited.</source>
            <translation>Le fichier lui-même et ses empreintes ne changent jamais ; la chaîne de possession consigne les champs modifiés.</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="75" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="75" />
            <source>Save the details</source>
            <translation>Enregistrer les détails</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_edit.py" line="77" />
            <location filename="../../ui/exhibit_edit.py" line="77" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsModel</name>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>File name</source>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Captured</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Type</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Web capture</source>
            <translation>Capture web</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsTab</name>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="110" />
            <source>Search exhibits</source>
            <translation>Rechercher des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="111" />
            <source>Search descriptions, places, tags, file names, hashes and codes</source>
            <translation>Rechercher dans les descriptions, lieux, étiquettes, noms de fichiers, empreintes et codes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="113" />
            <source>Search description, place, tag, file name, hash or code…</source>
            <translation>Description, lieu, étiquette, nom de fichier, empreinte ou code…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="117" />
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="123" />
            <source>Filter by kind</source>
            <translation>Filtrer par nature</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>All kinds</source>
            <translation>Toutes natures</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Videos</source>
            <translation>Vidéos</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="127" />
            <source>Web captures</source>
            <translation>Captures web</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="127" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="131" />
            <source>Show as table</source>
            <translation>Afficher en tableau</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="132" />
            <source>Show as thumbnail grid</source>
            <translation>Afficher en vignettes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="133" />
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="134" />
            <source>Grid</source>
            <translation>Grille</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="152" />
            <source>Exhibits table</source>
            <translation>Tableau des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="170" />
            <source>Exhibits thumbnail grid</source>
            <translation>Vignettes des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="215" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exhibits_tab.py" line="277" />
            <source>%Ln matching</source>
            <translation>
                <numerusform>%Ln pièce correspondante</numerusform>
                <numerusform>%Ln pièces correspondantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/exhibits_tab.py" line="279" />
            <source>%Ln exhibits</source>
            <translation>
                <numerusform>%Ln pièce</numerusform>
                <numerusform>%Ln pièces</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="313" />
            <source>Redact…</source>
            <translation>Caviarder…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="338" />
            <source>{code} saved: a redacted copy; the original is unchanged.</source>
            <translation>{code} enregistrée : une copie caviardée ; l'original reste inchangé.</translation>
        </message>
        <message>
            <source>{n} matching</source>
            <translation type="vanished">Trouvées : {n}</translation>
        </message>
        <message>
            <source>{n} exhibits</source>
            <translation type="vanished">Pièces : {n}</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="50" />
            <source>Save the dossier</source>
            <translation>Enregistrer le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="51" />
            <source>Choose where to save it, then press Export.</source>
            <translation>Choisissez où l'enregistrer, puis appuyez sur Exporter.</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="52" />
            <source>Dossier file</source>
            <translation>Fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose where to save</source>
            <translation>Choisir l'emplacement</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="59" />
            <source>Export progress</source>
            <translation>Progression de l'export</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="64" />
            <location filename="../../ui/export_wizard.py" line="65" />
            <source>Cancel export</source>
            <translation>Annuler l'export</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="75" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>age dossier (*.age)</source>
            <translation>Dossier age (*.age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>Dossier (*.zip)</source>
            <translation>Dossier (*.zip)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="94" />
            <source>Save the dossier as</source>
            <translation>Enregistrer le dossier sous</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="117" />
            <source>An age dossier's file name must end with .age (e.g. {name}.dossier.age).</source>
            <translation>Le nom d'un dossier age doit finir par .age (p. ex. {name}.dossier.age).</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="124" />
            <source>Encrypting and signing…</source>
            <translation>Chiffrement et signature…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="140" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="144" />
            <source>Encrypting and signing… {done} of {total}</source>
            <translation>Chiffrement et signature… {done} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="218" />
            <source>Export a dossier</source>
            <translation>Exporter un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="232" />
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="233" />
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="234" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="235" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="236" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="169" />
            <source>Dossier exported</source>
            <translation>Dossier exporté</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="170" />
            <source>Give the recipient these two values by another channel; they check them when they verify the dossier.</source>
            <translation>Transmettez ces deux valeurs au destinataire par un autre canal ; il les contrôlera en vérifiant le dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="172" />
            <source>Dossier SHA-256</source>
            <translation>SHA-256 du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="173" />
            <source>Signer fingerprint</source>
            <translation>Empreinte du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy SHA-256</source>
            <translation>Copier le SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy the SHA-256</source>
            <translation>Copier le SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="187" />
            <source>SHA-256:</source>
            <translation>SHA-256 :</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="188" />
            <source>Signed by key:</source>
            <translation>Signé avec la clé :</translation>
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
                <numerusform>%Ln élément</numerusform>
                <numerusform>%Ln éléments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="201" />
            <source>&lt;b&gt;No password is needed.&lt;/b&gt; Only these recipients can open it with their age key: {names} (and this vault). Send the signature file {sig} with it: it shows who sent the dossier before anything is decrypted.</source>
            <translation>&lt;b&gt;Aucun mot de passe n'est nécessaire.&lt;/b&gt; Seuls ces destinataires peuvent l'ouvrir avec leur clé age : {names} (et ce coffre). Joignez le fichier de signature {sig} : il montre qui a envoyé le dossier avant tout déchiffrement.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{id}&lt;/b&gt; — {n} item(s), {size}&lt;br&gt;{path}</source>
            <translation type="vanished">&lt;b&gt;{id}&lt;/b&gt; — {n} élément(s), {size}&lt;br&gt;{path}</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>B</source>
            <translation>o</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>KB</source>
            <translation>Ko</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>MB</source>
            <translation>Mo</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>GB</source>
            <translation>Go</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="291" />
            <source>TB</source>
            <translation>To</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../ui/import_flow.py" line="226" />
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>Un import est déjà en cours ; attendez qu'il se termine ou annulez-le.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="231" />
            <source>Preparing to import…</source>
            <translation>Préparation de l'import…</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="242" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <location filename="../../ui/import_flow.py" line="73" />
            <source>File {i} of {n}: {name}</source>
            <translation>Fichier {i} sur {n} : {name}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="91" />
            <source>{name} (already in the case as {code})</source>
            <translation>{name} (déjà dans l'affaire sous {code})</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../../ui/import_flow.py" line="116" />
            <source>Import progress</source>
            <translation>Progression de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="118" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="118" />
            <source>Cancel import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="120" />
            <location filename="../../ui/import_flow.py" line="203" />
            <source>Show details</source>
            <translation>Afficher le détail</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="121" />
            <source>Show import details</source>
            <translation>Afficher le détail de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="124" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="124" />
            <source>Close import summary</source>
            <translation>Fermer le bilan de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="126" />
            <source>Import details</source>
            <translation>Détail de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="163" />
            <source>{done} of {total} · {rate}/s</source>
            <translation>{done} sur {total} · {rate}/s</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="171" />
            <source>Imported %Ln file(s).</source>
            <translation>
                <numerusform>%Ln fichier importé.</numerusform>
                <numerusform>%Ln fichiers importés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="173" />
            <source>Import cancelled.</source>
            <translation>Import annulé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="175" />
            <source>%Ln already in the case.</source>
            <translation>
                <numerusform>%Ln déjà dans l'affaire.</numerusform>
                <numerusform>%Ln déjà dans l'affaire.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="177" />
            <source>%Ln could not be read.</source>
            <translation>
                <numerusform>%Ln n'a pas pu être lu.</numerusform>
                <numerusform>%Ln n'ont pas pu être lus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_flow.py" line="179" />
            <source>%Ln warning(s).</source>
            <translation>
                <numerusform>%Ln avertissement.</numerusform>
                <numerusform>%Ln avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="182" />
            <source>Not imported: {name} — {reason}</source>
            <translation>Non importé : {name} — {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="185" />
            <source>Duplicate: {line}</source>
            <translation>Doublon : {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="187" />
            <source>Warning: {line}</source>
            <translation>Avertissement : {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="189" />
            <source>Added: {line}</source>
            <translation>Ajouté : {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="203" />
            <source>Hide details</source>
            <translation>Masquer le détail</translation>
        </message>
        <message>
            <source>Imported {n} file(s).</source>
            <translation type="vanished">Fichiers importés : {n}.</translation>
        </message>
        <message>
            <source>{n} already in the case.</source>
            <translation type="vanished">Déjà dans l'affaire : {n}.</translation>
        </message>
        <message>
            <source>{n} could not be read.</source>
            <translation type="vanished">Illisibles : {n}.</translation>
        </message>
        <message>
            <source>{n} warning(s).</source>
            <translation type="vanished">Avertissements : {n}.</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="118" />
            <source>Choose what to include</source>
            <translation>Choisir le contenu</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="119" />
            <source>Untick anything that must not leave this vault.</source>
            <translation>Décochez tout ce qui ne doit pas quitter ce coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Items to export</source>
            <translation>Éléments à exporter</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Select all items</source>
            <translation>Sélectionner tous les éléments</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="125" />
            <source>Select none</source>
            <translation>Ne rien sélectionner</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="125" />
            <source>Select no items</source>
            <translation>Ne sélectionner aucun élément</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="128" />
            <source>Loading the case's items…</source>
            <translation>Chargement des éléments de l'affaire…</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="161" />
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="161" />
            <source>Testimonies</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="162" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_pages.py" line="182" />
            <source>%Ln items in this case.</source>
            <translation>
                <numerusform>%Ln élément dans cette affaire.</numerusform>
                <numerusform>%Ln éléments dans cette affaire.</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} items in this case.</source>
            <translation type="vanished">Éléments dans cette affaire : {n}.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../ui/i18n.py" line="174" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="179" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <location filename="../../ui/language_switch.py" line="79" />
            <source>The language changes as soon as the running task ends.</source>
            <translation>La langue changera dès que la tâche en cours sera terminée.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Testimonies</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="70" />
            <source>Custody log</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>Import files…</source>
            <translation>Importer des fichiers…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="73" />
            <source>Import evidence files into the open case (Ctrl+I); you can also drop files on the window</source>
            <translation>Importer des fichiers de preuve dans l'affaire ouverte (Ctrl+I) ; vous pouvez aussi les déposer sur la fenêtre</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="75" />
            <source>Import folder…</source>
            <translation>Importer un dossier de fichiers…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="77" />
            <source>Import every file of a folder (Ctrl+Shift+I)</source>
            <translation>Importer tous les fichiers d'un dossier (Ctrl+Maj+I)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="78" />
            <source>Export dossier…</source>
            <translation>Exporter un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="79" />
            <source>Export the case as a signed, encrypted dossier (Ctrl+E)</source>
            <translation>Exporter l'affaire en dossier signé et chiffré (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="80" />
            <source>Open dossier…</source>
            <translation>Ouvrir un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="82" />
            <source>Verify and read a dossier you received (Ctrl+O)</source>
            <translation>Vérifier et lire un dossier reçu (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="83" />
            <source>New case…</source>
            <translation>Nouvelle affaire…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="85" />
            <source>Edit case…</source>
            <translation>Modifier l'affaire…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="86" />
            <source>Change the open case's title, summary or status</source>
            <translation>Modifier le titre, le résumé ou le statut de l'affaire ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="87" />
            <source>New testimony…</source>
            <translation>Nouveau témoignage…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>New source…</source>
            <translation>Nouvelle source…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="91" />
            <source>Find exhibits</source>
            <translation>Rechercher des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="93" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="94" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="95" />
            <source>Auto-lock…</source>
            <translation>Verrouillage automatique…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Recipients…</source>
            <translation>Destinataires…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>The age public keys dossiers can be encrypted to, and your own</source>
            <translation>Les clés publiques age pour lesquelles chiffrer les dossiers, et la vôtre</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="99" />
            <source>Trusted signer keys…</source>
            <translation>Clés de signature de confiance…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="100" />
            <source>Whose signatures this vault recognises, and your own public key</source>
            <translation>Les signatures que ce coffre reconnaît, et votre clé publique</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="102" />
            <source>Check vault integrity…</source>
            <translation>Vérifier l'intégrité du coffre…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="103" />
            <source>Decrypt every evidence file and verify its hash, the records and the custody log</source>
            <translation>Déchiffrer chaque fichier de preuve et vérifier son empreinte, les enregistrements et la chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="105" />
            <source>Change passphrase…</source>
            <translation>Changer la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="107" />
            <source>Choose a new passphrase for this vault</source>
            <translation>Choisir une nouvelle phrase secrète pour ce coffre</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="108" />
            <source>Sent dossiers…</source>
            <translation>Dossiers envoyés…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="109" />
            <source>Dossiers sent and received, and recipients' receipts</source>
            <translation>Dossiers envoyés et reçus, et accusés de réception des destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="110" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="112" />
            <source>Exhibits as table</source>
            <translation>Pièces en tableau</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="113" />
            <source>Exhibits as thumbnail grid</source>
            <translation>Pièces en vignettes</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="120" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="124" />
            <source>&amp;Case</source>
            <translation>&amp;Affaire</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="127" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="130" />
            <source>V&amp;ault</source>
            <translation>&amp;Coffre</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="137" />
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
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
            <translation>Déposez des fichiers ou des dossiers pour les importer dans cette affaire</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="178" />
            <source>Auto-lock after %Ln min</source>
            <translation>
                <numerusform>Verrouillage auto après %Ln min</numerusform>
                <numerusform>Verrouillage auto après %Ln min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>Auto-lock off</source>
            <translation>Verrouillage auto désactivé</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Signing as {label} · key {fp}</source>
            <translation>Signé en tant que {label} · clé {fp}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="183" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="206" />
            <source>Unlocking… (this takes a second on purpose: it makes guessing your passphrase slow)</source>
            <translation>Déverrouillage… (cela prend une seconde exprès : deviner votre phrase secrète en devient lent)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="214" />
            <source>Creating your encrypted vault…</source>
            <translation>Création de votre coffre chiffré…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="221" />
            <source>Creating a throw-away vault with the fictional demo case…</source>
            <translation>Création d'un coffre jetable avec l'affaire de démonstration fictive…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>Auto-lock</source>
            <translation>Verrouillage automatique</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="278" />
            <source>Lock the vault after this many idle minutes (0 = never):</source>
            <translation>Verrouiller le coffre après ce nombre de minutes d'inactivité (0 = jamais) :</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>Import evidence files</source>
            <translation>Importer des fichiers de preuve</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Import a folder of evidence</source>
            <translation>Importer un dossier de preuves</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>Open or create a case first, then import into it.</source>
            <translation>Ouvrez ou créez d'abord une affaire, puis importez-y.</translation>
        </message>
        <message>
            <source>Auto-lock after {n} min</source>
            <translation type="vanished">Verrouillage auto après {n} min</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/message_bar.py" line="47" />
            <source>Dismiss message</source>
            <translation>Fermer le message</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../ui/workspace.py" line="53" />
            <source>New case</source>
            <translation>Nouvelle affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="56" />
            <source>Case title</source>
            <translation>Titre de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="57" />
            <source>Case summary</source>
            <translation>Résumé de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="59" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="60" />
            <source>Body the case is prepared for</source>
            <translation>Organe auquel l'affaire est destinée</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>Title *:</source>
            <translation>Titre * :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="65" />
            <source>Summary:</source>
            <translation>Résumé :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="66" />
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="67" />
            <source>Prepared for:</source>
            <translation>Destiné à :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="73" />
            <source>Create case</source>
            <translation>Créer l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="74" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="85" />
            <source>A case needs a title.</source>
            <translation>Une affaire doit avoir un titre.</translation>
        </message>
    </context>
    <context>
        <name>OpenDossierDialog</name>
        <message>
            <location filename="../../ui/open_dossier.py" line="64" />
            <location filename="../../ui/open_dossier.py" line="190" />
            <source>Open a dossier</source>
            <translation>Ouvrir un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <source>Dossier file</source>
            <translation>Fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="69" />
            <location filename="../../ui/open_dossier.py" line="76" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="69" />
            <source>Choose the dossier file</source>
            <translation>Choisir le fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="71" />
            <source>Dossier password</source>
            <translation>Mot de passe du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Signer's public key file (optional)</source>
            <translation>Fichier de clé publique du signataire (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="74" />
            <source>Only if the signer is not trusted in your vault</source>
            <translation>Seulement si le signataire n'est pas de confiance dans votre coffre</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="76" />
            <source>Choose a signer key file</source>
            <translation>Choisir un fichier de clé de signataire</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Verify the dossier</source>
            <translation>Vérifier le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="81" />
            <source>Dossier:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="82" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="83" />
            <source>Signer key:</source>
            <translation>Clé du signataire :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="90" />
            <source>Verification progress</source>
            <translation>Progression de la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="101" />
            <source>Signer fingerprint</source>
            <translation>Empreinte du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="104" />
            <source>Dossier file SHA-256</source>
            <translation>SHA-256 du fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Verification checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="109" />
            <source>Exhibits in the dossier</source>
            <translation>Pièces du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <location filename="../../ui/open_dossier.py" line="113" />
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="110" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="112" />
            <source>Testimonies in the dossier</source>
            <translation>Témoignages du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="113" />
            <source>Interviewed</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="114" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="114" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="115" />
            <source>Sources in the dossier</source>
            <translation>Sources du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="117" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="121" />
            <source>What the dossier holds</source>
            <translation>Contenu du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="122" />
            <source>Checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="126" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="129" />
            <source>Extract to folder…</source>
            <translation>Extraire dans un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="130" />
            <source>Extract the dossier to a folder</source>
            <translation>Extraire le dossier dans un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="131" />
            <source>Import into vault</source>
            <translation>Importer dans le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="132" />
            <source>Import the dossier into the vault</source>
            <translation>Importer le dossier dans le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="133" />
            <location filename="../../ui/open_dossier.py" line="133" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="148" />
            <source>Signer fingerprint:</source>
            <translation>Empreinte du signataire :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="149" />
            <source>Dossier SHA-256:</source>
            <translation>SHA-256 du dossier :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="191" />
            <source>Dossiers (*.zip *.age);;All files (*)</source>
            <translation>Dossiers (*.zip *.age);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="196" />
            <source>Signer's public key</source>
            <translation>Clé publique du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="197" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="208" />
            <source>Not needed for an age dossier</source>
            <translation>Inutile pour un dossier age</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="211" />
            <source>This dossier is encrypted to age keys: no password is needed. It opens with this vault's key if it was sent to this vault.</source>
            <translation>Ce dossier est chiffré pour des clés age : aucun mot de passe n'est nécessaire. Il s'ouvre avec la clé de ce coffre s'il lui a été envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="217" />
            <source>This dossier is encrypted to age keys, not with a password: it opens only with the vault it was sent to. Unlock that vault first, then open the dossier.</source>
            <translation>Ce dossier est chiffré pour des clés age, pas avec un mot de passe : il ne s'ouvre qu'avec le coffre auquel il a été envoyé. Déverrouillez d'abord ce coffre, puis ouvrez le dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="225" />
            <source>Choose the dossier file.</source>
            <translation>Choisissez le fichier du dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="232" />
            <source>Choose the dossier file and enter its password.</source>
            <translation>Choisissez le fichier du dossier et saisissez son mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="281" />
            <source>Verifying every file…</source>
            <translation>Vérification de chaque fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="307" />
            <source>✔ Verified</source>
            <translation>✔ Vérifié</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="308" />
            <source>⚠ Intact, but signed by a key you have not trusted</source>
            <translation>⚠ Intact, mais signé par une clé à laquelle vous n'avez pas fait confiance</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="309" />
            <source>✘ Verification failed</source>
            <translation>✘ Échec de la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="320" />
            <source>an unknown signer</source>
            <translation>un signataire inconnu</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="321" />
            <source>Signed by: {who}</source>
            <translation>Signé par : {who}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="322" />
            <source>(confirm this fingerprint with the sender by another channel)</source>
            <translation>(confirmez cette empreinte avec l'expéditeur par un autre canal)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="346" />
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="346" />
            <source>Testimonies</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="347" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="348" />
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="362" />
            <source>Extract into folder</source>
            <translation>Extraire dans le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="383" />
            <source>Extracted to {folder}</source>
            <translation>Extrait dans {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="384" />
            <source>Nothing was extracted: the dossier failed verification.</source>
            <translation>Rien n'a été extrait : le dossier n'a pas passé la vérification.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="387" />
            <source>Extracting…</source>
            <translation>Extraction…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="410" />
            <source>This dossier was imported before; nothing was added.</source>
            <translation>Ce dossier a déjà été importé ; rien n'a été ajouté.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="412" />
            <source>Imported: {added}, {held} already held. Signed receipt: {receipt}</source>
            <translation>Importé : {added}, déjà présents : {held}. Accusé de réception signé : {receipt}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/open_dossier.py" line="414" />
            <source>%Ln item(s) added</source>
            <translation>
                <numerusform>%Ln élément ajouté</numerusform>
                <numerusform>%Ln éléments ajoutés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="421" />
            <source>Importing…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Checks:</source>
            <translation type="vanished">Contrôles :</translation>
        </message>
        <message>
            <source>Exhibits:</source>
            <translation type="vanished">Pièces :</translation>
        </message>
        <message>
            <source>Imported: {added} item(s) added, {held} already held. Signed receipt: {receipt}</source>
            <translation type="vanished">Importé : {added} élément(s) ajouté(s), {held} déjà présent(s). Accusé de réception signé : {receipt}</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/review_panels.py" line="54" />
            <source>Include {code} anyway</source>
            <translation>Inclure {code} malgré tout</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="56" />
            <source>&lt;b&gt;{code}&lt;/b&gt; was left out: {reason}.&lt;br&gt;&lt;br&gt;Including it anyway is recorded in the custody log with the name and reason you give here. Only the pseudonym travels; an override never discloses the witness's identity.</source>
            <translation>&lt;b&gt;{code}&lt;/b&gt; a été écarté : {reason}.&lt;br&gt;&lt;br&gt;L'inclure malgré tout est consigné dans la chaîne de possession avec le nom et le motif que vous indiquez ici. Seul le pseudonyme part ; une dérogation ne divulgue jamais l'identité du témoin.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="63" />
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="64" />
            <source>Name and role of the person who decided</source>
            <translation>Nom et fonction de la personne qui a décidé</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="65" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="67" />
            <source>Why this account may go to this recipient (e.g. consent given orally on …, recorded in …)</source>
            <translation>Pourquoi ce témoignage peut aller à ce destinataire (p. ex. consentement donné oralement le …, consigné dans …)</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="72" />
            <source>Record the decision and include</source>
            <translation>Consigner la décision et inclure</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="73" />
            <source>Include and record</source>
            <translation>Inclure et consigner</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="74" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="78" />
            <source>Decided by *:</source>
            <translation>Décidé par * :</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="79" />
            <source>Reason *:</source>
            <translation>Motif * :</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/pdf_preview.py" line="81" />
            <source>Previous pages</source>
            <translation>Pages précédentes</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="82" />
            <source>Show the previous pages of the report</source>
            <translation>Afficher les pages précédentes du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="83" />
            <source>Next pages</source>
            <translation>Pages suivantes</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="84" />
            <source>Show the next pages of the report</source>
            <translation>Afficher les pages suivantes du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="90" />
            <source>Report pages</source>
            <translation>Pages du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="128" />
            <source>Drawing the pages…</source>
            <translation>Affichage des pages…</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="144" />
            <source>The pages cannot be drawn: {why}</source>
            <translation>Impossible d'afficher les pages : {why}</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="169" />
            <source>Pages {first}–{last} of {total}</source>
            <translation>Pages {first}–{last} sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/pdf_preview.py" line="173" />
            <source>The report has no pages.</source>
            <translation>Le rapport n'a aucune page.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionPage</name>
        <message>
            <location filename="../../ui/export_protection.py" line="49" />
            <source>How the dossier is protected</source>
            <translation>Protection du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="50" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="51" />
            <source>Protect with a password</source>
            <translation>Protéger par un mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="52" />
            <source>Recipients (age keys)</source>
            <translation>Destinataires (clés age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="53" />
            <source>Encrypt to recipients' age keys</source>
            <translation>Chiffrer pour les clés age des destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="78" />
            <source>Generate a strong password (recommended)</source>
            <translation>Générer un mot de passe robuste (recommandé)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="80" />
            <source>Generate a password</source>
            <translation>Générer un mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="81" />
            <location filename="../../ui/export_protection.py" line="82" />
            <source>Type my own password</source>
            <translation>Saisir mon propre mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="87" />
            <source>Generated password</source>
            <translation>Mot de passe généré</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy the password</source>
            <translation>Copier le mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="94" />
            <source>New one</source>
            <translation>Un autre</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="95" />
            <source>Generate another password</source>
            <translation>Générer un autre mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="97" />
            <source>&lt;b&gt;Send this password by another channel&lt;/b&gt; than the dossier: a phone call, Signal, or in person — never in the same e-mail or upload. It is shown only now and is not stored anywhere.</source>
            <translation>&lt;b&gt;Envoyez ce mot de passe par un autre canal&lt;/b&gt; que le dossier : un appel, Signal ou en personne — jamais dans le même e-mail ou le même envoi. Il n'est affiché que maintenant et n'est enregistré nulle part.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="105" />
            <location filename="../../ui/export_protection.py" line="106" />
            <source>I have copied or written down the password</source>
            <translation>J'ai copié ou noté le mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="108" />
            <source>Dossier password</source>
            <translation>Mot de passe du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="109" />
            <source>Repeat the dossier password</source>
            <translation>Répétez le mot de passe du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="122" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="123" />
            <source>Repeat:</source>
            <translation>Répétition :</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="137" />
            <source>Recipients to encrypt to</source>
            <translation>Destinataires du chiffrement</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="141" />
            <source>Manage recipients…</source>
            <translation>Gérer les destinataires…</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="142" />
            <source>Add or remove recipients</source>
            <translation>Ajouter ou retirer des destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="144" />
            <source>Only the ticked recipients can open the dossier, with their age secret key (the standard 'age' tool or Evidence Kit); no password travels. This vault's own key is always added so your team can reopen it. A signature of the encrypted file (.minisig) is saved beside it: send both.</source>
            <translation>Seuls les destinataires cochés pourront ouvrir le dossier, avec leur clé secrète age (l'outil standard « age » ou Evidence Kit) ; aucun mot de passe ne circule. La clé de ce coffre est toujours ajoutée pour que votre équipe puisse le rouvrir. Une signature du fichier chiffré (.minisig) est enregistrée à côté : envoyez les deux.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="171" />
            <source>Loading recipients…</source>
            <translation>Chargement des destinataires…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_protection.py" line="196" />
            <source>%Ln recipient(s) known to this vault.</source>
            <translation>
                <numerusform>%Ln destinataire connu de ce coffre.</numerusform>
                <numerusform>%Ln destinataires connus de ce coffre.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="197" />
            <source>No recipients yet: add the legal team's age public key (age1…) with “Manage recipients…”.</source>
            <translation>Aucun destinataire pour l'instant : ajoutez la clé publique age de l'équipe juridique (age1…) avec « Gérer les destinataires… ».</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="225" />
            <source>The dossier is encrypted with this password. The recipient needs it to open the dossier.</source>
            <translation>Le dossier est chiffré avec ce mot de passe. Le destinataire en a besoin pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="227" />
            <source>The dossier is encrypted to the recipients' public keys; only they (and this vault) can open it.</source>
            <translation>Le dossier est chiffré pour les clés publiques des destinataires ; eux seuls (et ce coffre) peuvent l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="266" />
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
        <message>
            <source>{n} recipient(s) known to this vault.</source>
            <translation type="vanished">Destinataires connus de ce coffre : {n}.</translation>
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="40" />
            <source>Who is this dossier for?</source>
            <translation>À qui ce dossier est-il destiné ?</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="41" />
            <source>The recipient decides which template and consent rules apply.</source>
            <translation>Le destinataire détermine le modèle et les règles de consentement applicables.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="43" />
            <source>Recipient body</source>
            <translation>Organe destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="54" />
            <source>Disclosure level</source>
            <translation>Niveau de divulgation</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="55" />
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="56" />
            <source>Redacted</source>
            <translation>Caviardé</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="60" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="69" />
            <source>Recipient:</source>
            <translation>Destinataire :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="70" />
            <source>Report template:</source>
            <translation>Modèle de rapport :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="71" />
            <source>Disclosure level:</source>
            <translation>Niveau de divulgation :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="73" />
            <source>Report language:</source>
            <translation>Langue du rapport :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="91" />
            <source>No names or contacts of witnesses, pseudonyms only; photos travel as metadata-stripped copies (made for you where missing), never the originals. For public reports, the press or partner NGOs.</source>
            <translation>Ni noms ni coordonnées des témoins, seulement des pseudonymes ; les photos partent en copies sans métadonnées (créées au besoin), jamais en originaux. Pour les rapports publics, la presse ou les ONG partenaires.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="95" />
            <source>Identities travel only where the witness consented to share them with this recipient. For a court or prosecutor.</source>
            <translation>Les identités ne partent que si le témoin a consenti à les communiquer à ce destinataire. Pour une juridiction ou un procureur.</translation>
        </message>
    </context>
    <context>
        <name>RecipientsDialog</name>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="67" />
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="69" />
            <location filename="../../ui/recipients_dialog.py" line="70" />
            <source>Your age public key</source>
            <translation>Votre clé publique age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="73" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="73" />
            <source>Copy your age public key</source>
            <translation>Copier votre clé publique age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="78" />
            <source>Give this key to partners who send dossiers to your team. Add the legal teams you send to below: their public key starts with age1…</source>
            <translation>Donnez cette clé aux partenaires qui envoient des dossiers à votre équipe. Ajoutez ci-dessous les équipes juridiques à qui vous envoyez : leur clé publique commence par age1…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="83" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="83" />
            <source>Public key</source>
            <translation>Clé publique</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="87" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="88" />
            <source>Remove the selected recipient</source>
            <translation>Retirer le destinataire sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="90" />
            <source>Add a recipient</source>
            <translation>Ajouter un destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="91" />
            <source>Recipient label</source>
            <translation>Libellé du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="92" />
            <source>Who they are, e.g. ICC OTP evidence unit</source>
            <translation>Qui ils sont, p. ex. unité des preuves du Bureau du Procureur de la CPI</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="93" />
            <source>Recipient public key</source>
            <translation>Clé publique du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="96" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="96" />
            <source>Add the recipient</source>
            <translation>Ajouter le destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="98" />
            <source>From file…</source>
            <translation>Depuis un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="99" />
            <source>Add the recipient from a key file</source>
            <translation>Ajouter le destinataire depuis un fichier de clé</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="105" />
            <source>Label *:</source>
            <translation>Libellé * :</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="106" />
            <source>Public key:</source>
            <translation>Clé publique :</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="110" />
            <location filename="../../ui/recipients_dialog.py" line="110" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="155" />
            <source>Your age public key is copied.</source>
            <translation>Votre clé publique age est copiée.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="160" />
            <source>Give both a label and the public key (age1…).</source>
            <translation>Indiquez un libellé et la clé publique (age1…).</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="169" />
            <source>Give the recipient a label first, then choose the key file.</source>
            <translation>Donnez d'abord un libellé au destinataire, puis choisissez le fichier de clé.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="173" />
            <source>Recipient's age public key</source>
            <translation>Clé publique age du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="174" />
            <source>Key files (*.txt *.pub *.age);;All files (*)</source>
            <translation>Fichiers de clé (*.txt *.pub *.age);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="193" />
            <source>Added {label}.</source>
            <translation>{label} ajouté.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="211" />
            <source>Removed {label}.</source>
            <translation>{label} retiré.</translation>
        </message>
    </context>
    <context>
        <name>RedactionDialog</name>
        <message>
            <location filename="../../ui/redaction_editor.py" line="236" />
            <source>Redact {code}</source>
            <translation>Caviarder {code}</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="238" />
            <source>Drag rectangles over faces, tattoos, street signs, number plates — anything that could identify someone. The copy keeps pixels only: every metadata block (GPS, device, time, embedded thumbnail) is removed. {code} itself stays unchanged.</source>
            <translation>Tracez des rectangles sur les visages, tatouages, plaques de rue, plaques d'immatriculation — tout ce qui pourrait identifier quelqu'un. La copie ne garde que les pixels : tous les blocs de métadonnées (GPS, appareil, heure, vignette intégrée) sont supprimés. {code} lui-même reste inchangé.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="248" />
            <source>Image to redact</source>
            <translation>Image à caviarder</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="249" />
            <source>Drag with the mouse to draw a rectangle to hide</source>
            <translation>Faites glisser la souris pour tracer un rectangle à masquer</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>Blur</source>
            <translation>Flou</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>Blur the regions</source>
            <translation>Flouter les zones</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="252" />
            <source>Black</source>
            <translation>Noir</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="252" />
            <source>Black out the regions</source>
            <translation>Noircir les zones</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="257" />
            <source>Undo last box</source>
            <translation>Annuler le dernier cadre</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="258" />
            <source>Remove the last rectangle</source>
            <translation>Supprimer le dernier rectangle</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="260" />
            <source>Clear boxes</source>
            <translation>Effacer les cadres</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="261" />
            <source>Remove every rectangle</source>
            <translation>Supprimer tous les rectangles</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="263" />
            <source>Remove box</source>
            <translation>Retirer le cadre</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="264" />
            <source>Remove the selected rectangle</source>
            <translation>Retirer le rectangle sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="265" />
            <source>Click a rectangle to select it, then remove it (or press Delete)</source>
            <translation>Cliquez sur un rectangle pour le sélectionner, puis retirez-le (ou appuyez sur Suppr)</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="268" />
            <source>Save redacted copy</source>
            <translation>Enregistrer la copie caviardée</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="269" />
            <source>Save the redacted copy as a new exhibit</source>
            <translation>Enregistrer la copie caviardée comme nouvelle pièce</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="271" />
            <location filename="../../ui/redaction_editor.py" line="271" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="273" />
            <source>Decrypting the photo…</source>
            <translation>Déchiffrement de la photo…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="276" />
            <source>Hide regions by:</source>
            <translation>Masquer les zones par :</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="319" />
            <source>{w} × {h} pixels. Draw the regions to hide.</source>
            <translation>{w} × {h} pixels. Tracez les zones à masquer.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="327" />
            <source>Looking for faces…</source>
            <translation>Recherche des visages…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="342" />
            <source>Found automatically: remove it if it is not a face</source>
            <translation>Trouvé automatiquement : retirez-le si ce n'est pas un visage</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="345" />
            <source>Faces found automatically: {n}. Check for others: automatic detection can miss faces.</source>
            <translation>Visages trouvés automatiquement : {n}. Cherchez-en d'autres : la détection automatique peut en manquer.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="347" />
            <source>No face found automatically. Check the whole photo: automatic detection can miss faces.</source>
            <translation>Aucun visage trouvé automatiquement. Vérifiez toute la photo : la détection automatique peut en manquer.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="357" />
            <source>Faces were not looked for: {reason} Draw a rectangle over every face yourself.</source>
            <translation>Les visages n'ont pas été recherchés : {reason} Tracez vous-même un rectangle sur chaque visage.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/redaction_editor.py" line="383" />
            <source>%Ln region(s) will be hidden; all metadata is removed.</source>
            <translation>
                <numerusform>%Ln zone sera masquée ; toutes les métadonnées sont supprimées.</numerusform>
                <numerusform>%Ln zones seront masquées ; toutes les métadonnées sont supprimées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="385" />
            <source>No region drawn: the copy only has its metadata removed.</source>
            <translation>Aucune zone tracée : la copie perd seulement ses métadonnées.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="394" />
            <source>Saving the redacted copy…</source>
            <translation>Enregistrement de la copie caviardée…</translation>
        </message>
        <message>
            <source>{n} region(s) will be hidden; all metadata is removed.</source>
            <translation type="vanished">{n} zone(s) seront masquée(s) ; toutes les métadonnées sont supprimées.</translation>
        </message>
    </context>
    <context>
        <name>RedactionTerms</name>
        <message>
            <location filename="../../ui/redaction_terms.py" line="42" />
            <source>Mark for redaction</source>
            <translation>Marquer pour caviardage</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="43" />
            <source>Mark the selected words for redaction</source>
            <translation>Marquer les mots sélectionnés pour caviardage</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="44" />
            <source>Select words of the account above (a name, a place, a unit), then mark them: redacted dossiers show “[redacted]” instead</source>
            <translation>Sélectionnez des mots du récit ci-dessus (un nom, un lieu, une unité), puis marquez-les : les dossiers caviardés affichent « [redacted] » à la place</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="49" />
            <source>Words marked for redaction</source>
            <translation>Mots marqués pour caviardage</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="51" />
            <source>Marked for redaction:</source>
            <translation>Marqués pour caviardage :</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_terms.py" line="101" />
            <source>Redacted dossiers will show “[redacted]” for “{term}”.</source>
            <translation>Les dossiers caviardés afficheront « [redacted] » à la place de « {term} ».</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="303" />
            <source>The report is made once the plan is ready.</source>
            <translation>Le rapport est établi une fois le plan prêt.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="305" />
            <source>Report sections</source>
            <translation>Sections du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="308" />
            <source>Save report as PDF…</source>
            <translation>Enregistrer le rapport en PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="309" />
            <source>Save the report as a PDF file</source>
            <translation>Enregistrer le rapport dans un fichier PDF</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="331" />
            <source>Making the report…</source>
            <translation>Établissement du rapport…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="334" />
            <source>The report (data/report.pdf, {size}, {pages}) is signed into the dossier. Turn its pages below, or save it to read it in a PDF viewer.</source>
            <translation>Le rapport (data/report.pdf, {size}, {pages}) est signé dans le dossier. Feuilletez ses pages ci-dessous, ou enregistrez-le pour le lire dans une visionneuse PDF.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review_panels.py" line="338" />
            <source>%Ln page(s)</source>
            <translation>
                <numerusform>%Ln page</numerusform>
                <numerusform>%Ln pages</numerusform>
            </translation>
        </message>
        <message>
            <source>The report (data/report.pdf, {size}, {pages} page(s)) is signed into the dossier. A picture preview needs Qt's PDF module, which this build of the app does not include; save the report to read it in a PDF viewer.</source>
            <translation type="vanished">Le rapport (data/report.pdf, {size}, {pages} page(s)) est signé dans le dossier. Un aperçu nécessite le module PDF de Qt, absent de cette version de l'application ; enregistrez le rapport pour le lire dans une visionneuse PDF.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/export_review.py" line="147" />
            <source>Check before export</source>
            <translation>Vérifier avant l'export</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="148" />
            <source>Nothing has been written yet.</source>
            <translation>Rien n'a encore été écrit.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="149" />
            <source>Preparing…</source>
            <translation>Préparation…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="162" />
            <source>The report</source>
            <translation>Le rapport</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="165" />
            <source>The PDF report is made with the plan.</source>
            <translation>Le rapport PDF est établi avec le plan.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="207" />
            <source>Preparing the dossier plan…</source>
            <translation>Préparation du plan du dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="254" />
            <source>redacted</source>
            <translation>caviardé</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="254" />
            <source>confidential</source>
            <translation>confidentiel</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="255" />
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{exhibits}, {testimonies}, {sources} and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation>&lt;b&gt;Dossier {id}&lt;/b&gt; pour {body} ({level})&lt;br&gt;{exhibits}, {testimonies}, {sources} et le rapport PDF : {size} avant chiffrement.&lt;br&gt;Les témoignages partent sous leur pseudonyme ; noms et coordonnées des témoins restent dans ce coffre sauf s'ils ont consenti à les communiquer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="261" />
            <source>%Ln exhibit(s)</source>
            <translation>
                <numerusform>%Ln pièce</numerusform>
                <numerusform>%Ln pièces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="262" />
            <source>%Ln testimony(ies)</source>
            <translation>
                <numerusform>%Ln témoignage</numerusform>
                <numerusform>%Ln témoignages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_review.py" line="263" />
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln source</numerusform>
                <numerusform>%Ln sources</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="265" />
            <source>Metadata-stripped copies were made for the redacted dossier: {codes}. The originals stay in the vault.</source>
            <translation>Des copies sans métadonnées ont été faites pour le dossier caviardé : {codes}. Les originaux restent dans le coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="339" />
            <source>Save the report as</source>
            <translation>Enregistrer le rapport sous</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="341" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="357" />
            <source>Saved to {path}</source>
            <translation>Enregistré dans {path}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{e} exhibit(s), {t} testimony(ies), {s} source(s) and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation type="vanished">&lt;b&gt;Dossier {id}&lt;/b&gt; pour {body} ({level})&lt;br&gt;{e} pièce(s), {t} témoignage(s), {s} source(s) et le rapport PDF : {size} avant chiffrement.&lt;br&gt;Les témoignages partent sous leur pseudonyme ; noms et coordonnées des témoins restent dans ce coffre sauf s'ils ont consenti à les communiquer.</translation>
        </message>
    </context>
    <context>
        <name>SentDossiersDialog</name>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="40" />
            <source>Sent dossiers</source>
            <translation>Dossiers envoyés</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="42" />
            <source>Every dossier this vault exported or imported, with the SHA-256 of the file. When a recipient imports your dossier, their vault writes a signed receipt: check it here against what you sent.</source>
            <translation>Chaque dossier que ce coffre a exporté ou importé, avec le SHA-256 du fichier. Quand un destinataire importe votre dossier, son coffre produit un accusé de réception signé : vérifiez-le ici par rapport à ce que vous avez envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="47" />
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="48" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Case</source>
            <translation>Affaire</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Items</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="49" />
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="50" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="50" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="53" />
            <source>Receipt check result</source>
            <translation>Résultat de la vérification de l'accusé de réception</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="57" />
            <source>Check a receipt…</source>
            <translation>Vérifier un accusé de réception…</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="58" />
            <source>Check a recipient's signed receipt against what was sent</source>
            <translation>Vérifier l'accusé de réception signé d'un destinataire par rapport à ce qui a été envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="63" />
            <location filename="../../ui/sent_dossiers_dialog.py" line="63" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="89" />
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="89" />
            <source>received</source>
            <translation>reçu</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="90" />
            <source>recipient keys</source>
            <translation>clés des destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="90" />
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="102" />
            <source>No dossier was sent or received yet.</source>
            <translation>Aucun dossier n'a encore été envoyé ni reçu.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="110" />
            <source>Signed receipt</source>
            <translation>Accusé de réception signé</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="111" />
            <source>Receipts (*.receipt.json);;All files (*)</source>
            <translation>Accusés de réception (*.receipt.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="128" />
            <source>The receipt matches what was sent.</source>
            <translation>L'accusé de réception correspond à ce qui a été envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="129" />
            <source>The receipt does NOT match what was sent.</source>
            <translation>L'accusé de réception NE correspond PAS à ce qui a été envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="130" />
            <source>Dossier: {id}</source>
            <translation>Dossier : {id}</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="131" />
            <source>Signed by: {who}</source>
            <translation>Signé par : {who}</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="132" />
            <source>Received at: {when}</source>
            <translation>Reçu le : {when}</translation>
        </message>
        <message>
            <location filename="../../ui/sent_dossiers_dialog.py" line="133" />
            <source>{acknowledged} item(s) acknowledged of {sent} sent</source>
            <translation>Réception confirmée pour {acknowledged} élément(s) sur {sent} envoyé(s)</translation>
        </message>
    </context>
    <context>
        <name>SourceForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="225" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Web page</source>
            <translation>Page web</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="226" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Social media post</source>
            <translation>Publication sur les réseaux sociaux</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="227" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>News article</source>
            <translation>Article de presse</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="228" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>NGO report</source>
            <translation>Rapport d'ONG</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="229" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>UN report</source>
            <translation>Rapport de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="230" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>Official document</source>
            <translation>Document officiel</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="231" />
            <location filename="../../ui/sources_tab.py" line="68" />
            <source>Court document</source>
            <translation>Document judiciaire</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="232" />
            <location filename="../../ui/sources_tab.py" line="68" />
            <source>Satellite imagery</source>
            <translation>Imagerie satellitaire</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="233" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Dataset</source>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="234" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Book</source>
            <translation>Livre</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="235" />
            <location filename="../../ui/sources_tab.py" line="69" />
            <source>Leaked document</source>
            <translation>Document divulgué</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="236" />
            <location filename="../../ui/sources_tab.py" line="70" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="52" />
            <source>New source</source>
            <translation>Nouvelle source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Title *</source>
            <translation>Titre *</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Published on</source>
            <translation>Publié le</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="58" />
            <source>Accessed on</source>
            <translation>Consulté le</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Page or timestamp</source>
            <translation>Page ou horodatage</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="60" />
            <source>Archived copy (exhibit)</source>
            <translation>Copie archivée (pièce)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Kind of source</source>
            <translation>Nature de la source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="76" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="80" />
            <source>e.g. E0003: the saved page or file</source>
            <translation>p. ex. E0003 : la page ou le fichier enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="84" />
            <source>Kind:</source>
            <translation>Nature :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="85" />
            <source>Quote or summary</source>
            <translation>Citation ou résumé</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>Quote:</source>
            <translation>Citation :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>Source reliability, A to F</source>
            <translation>Fiabilité de la source, de A à F</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="90" />
            <location filename="../../ui/sources_tab.py" line="98" />
            <source>(not graded)</source>
            <translation>(non coté)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>A: completely reliable</source>
            <translation>A : entièrement fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>B: usually reliable</source>
            <translation>B : généralement fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>C: fairly reliable</source>
            <translation>C : assez fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>D: not usually reliable</source>
            <translation>D : généralement peu fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="94" />
            <source>E: unreliable</source>
            <translation>E : non fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="94" />
            <source>F: reliability cannot be judged</source>
            <translation>F : fiabilité impossible à évaluer</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="97" />
            <source>Information credibility, 1 to 6</source>
            <translation>Crédibilité de l'information, de 1 à 6</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>1: confirmed by other sources</source>
            <translation>1 : confirmée par d'autres sources</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>2: probably true</source>
            <translation>2 : probablement vraie</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>3: possibly true</source>
            <translation>3 : peut-être vraie</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>4: doubtful</source>
            <translation>4 : douteuse</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>5: improbable</source>
            <translation>5 : improbable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="102" />
            <source>6: truth cannot be judged</source>
            <translation>6 : véracité impossible à évaluer</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="104" />
            <source>Reliability of the source:</source>
            <translation>Fiabilité de la source :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="105" />
            <source>Credibility of the information:</source>
            <translation>Crédibilité de l'information :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="106" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="109" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="116" />
            <source>Save source</source>
            <translation>Enregistrer la source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="117" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="241" />
            <source>Grade</source>
            <translation>Cote</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="165" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="166" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="167" />
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="168" />
            <location filename="../../ui/sources_tab.py" line="238" />
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="170" />
            <location filename="../../ui/sources_tab.py" line="239" />
            <source>Accessed</source>
            <translation>Consulté</translation>
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
            <translation>Tableau des sources</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="181" />
            <source>New source…</source>
            <translation>Nouvelle source…</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="181" />
            <source>New source</source>
            <translation>Nouvelle source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="184" />
            <source>Grade: reliability of the source (A–F), then credibility of the information (1–6).</source>
            <translation>Cote : fiabilité de la source (A–F), puis crédibilité de l'information (1–6).</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="191" />
            <source>Source details</source>
            <translation>Détails de la source</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sources_tab.py" line="224" />
            <source>%Ln sources</source>
            <translation>
                <numerusform>%Ln source</numerusform>
                <numerusform>%Ln sources</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="236" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="242" />
            <source>Archived copy</source>
            <translation>Copie archivée</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="246" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="246" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="272" />
            <source>Source {code} saved.</source>
            <translation>Source {code} enregistrée.</translation>
        </message>
        <message>
            <source>{n} sources</source>
            <translation type="vanished">Sources : {n}</translation>
        </message>
    </context>
    <context>
        <name>TestimoniesTab</name>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="52" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="53" />
            <source>Interviewed</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="55" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="55" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="56" />
            <location filename="../../ui/testimonies_tab.py" line="189" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="58" />
            <source>Testimonies table</source>
            <translation>Tableau des témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="69" />
            <source>Testimony details</source>
            <translation>Détails du témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="72" />
            <source>New testimony…</source>
            <translation>Nouveau témoignage…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="72" />
            <source>New testimony</source>
            <translation>Nouveau témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="75" />
            <source>From JSON file…</source>
            <translation>Depuis un fichier JSON…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="75" />
            <location filename="../../ui/testimonies_tab.py" line="300" />
            <source>Add a testimony from a JSON file</source>
            <translation>Ajouter un témoignage depuis un fichier JSON</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="77" />
            <source>The testimony JSON of 'evidence-kit testimony add' and of NGO form tools</source>
            <translation>Le JSON de témoignage de « evidence-kit testimony add » et des outils de formulaires d'ONG</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="79" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="79" />
            <source>Edit the testimony</source>
            <translation>Modifier le témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="82" />
            <source>Withdraw consent…</source>
            <translation>Retirer le consentement…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="82" />
            <source>Withdraw consent</source>
            <translation>Retirer le consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="144" />
            <source>{n} testimonies</source>
            <translation>Témoignages : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="152" />
            <source>No testimony yet. Use “New testimony…” to record one.</source>
            <translation>Aucun témoignage pour l'instant. Utilisez « Nouveau témoignage… » pour en consigner un.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="197" />
            <source>the public</source>
            <translation>le public</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="199" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="200" />
            <source>May be shared with: {bodies}</source>
            <translation>Peut être communiqué à : {bodies}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="201" />
            <source>No consent to share is recorded.</source>
            <translation>Aucun consentement au partage n'est consigné.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="272" />
            <source>Testimony {code} saved under the pseudonym {pseudonym}.</source>
            <translation>Témoignage {code} enregistré sous le pseudonyme {pseudonym}.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="274" />
            <source>Testimony {code} saved; changed: {fields}.</source>
            <translation>Témoignage {code} enregistré ; champs modifiés : {fields}.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="276" />
            <source>Nothing to save: testimony {code} is unchanged.</source>
            <translation>Rien à enregistrer : le témoignage {code} n'a pas changé.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="301" />
            <source>Testimony JSON (*.json);;All files (*)</source>
            <translation>Témoignages JSON (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="316" />
            <source>{file} was not added: {reason}</source>
            <translation>{file} n'a pas été ajouté : {reason}</translation>
        </message>
        <message>
            <source>Testimony {code} saved.</source>
            <translation type="vanished">Témoignage {code} enregistré.</translation>
        </message>
    </context>
    <context>
        <name>TestimonyForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="206" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="207" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="208" />
            <location filename="../../ui/testimony_form.py" line="106" />
            <source>Relative</source>
            <translation>Proche</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="209" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Insider</source>
            <translation>Source interne</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="210" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Intermediary</source>
            <translation>Intermédiaire</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="211" />
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="212" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>In person</source>
            <translation>En personne</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="213" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>Remote</source>
            <translation>À distance</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="214" />
            <location filename="../../ui/testimony_form.py" line="108" />
            <source>Written</source>
            <translation>Par écrit</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="215" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Saw it</source>
            <translation>L'a vu</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="216" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Heard it</source>
            <translation>L'a entendu</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="109" />
            <source>Was told</source>
            <translation>On le lui a dit</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="218" />
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>From a document</source>
            <translation>D'après un document</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="62" />
            <source>Edit testimony {code}</source>
            <translation>Modifier le témoignage {code}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="63" />
            <source>New testimony</source>
            <translation>Nouveau témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="68" />
            <source>Witness and interview</source>
            <translation>Témoin et entretien</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="69" />
            <source>Account and incidents</source>
            <translation>Récit et incidents</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="70" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="71" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="72" />
            <source>Testimony sections</source>
            <translation>Sections du témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="79" />
            <source>Save testimony</source>
            <translation>Enregistrer le témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="80" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>Exact day</source>
            <translation>Jour exact</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="110" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="111" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="111" />
            <source>Approximate</source>
            <translation>Approximative</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="112" />
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="112" />
            <source>Initials only</source>
            <translation>Initiales seulement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="113" />
            <source>Pseudonym only</source>
            <translation>Pseudonyme seulement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="113" />
            <source>Not at all</source>
            <translation>Pas du tout</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="119" />
            <source>(not recorded)</source>
            <translation>(non consigné)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="128" />
            <source>Pseudonym:</source>
            <translation>Pseudonyme :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="129" />
            <source>Leave empty to have one generated (used in every output)</source>
            <translation>Laissez vide pour en faire générer un (utilisé dans tout ce qui sort)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="130" />
            <source>The name and contact below stay in this vault; dossiers carry only the pseudonym.</source>
            <translation>Le nom et les coordonnées ci-dessous restent dans ce coffre ; les dossiers ne portent que le pseudonyme.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="134" />
            <source>Full name:</source>
            <translation>Nom complet :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="135" />
            <source>Contact:</source>
            <translation>Coordonnées :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="136" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="137" />
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <source>Interview date:</source>
            <translation>Date de l'entretien :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <location filename="../../ui/testimony_form.py" line="228" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="139" />
            <source>Interview place:</source>
            <translation>Lieu de l'entretien :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="140" />
            <source>Interview mode</source>
            <translation>Mode d'entretien</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="141" />
            <source>Interview mode:</source>
            <translation>Mode d'entretien :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="142" />
            <source>Interviewer:</source>
            <translation>Enquêteur :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="143" />
            <source>Interviewer's organisation:</source>
            <translation>Organisation de l'enquêteur :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="144" />
            <source>Interpreter:</source>
            <translation>Interprète :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>e.g. ru, ar, fr</source>
            <translation>p. ex. ru, ar, fr</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="146" />
            <source>Translation of</source>
            <translation>Traduction de</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="147" />
            <source>(none: this is the original account)</source>
            <translation>(aucun : c'est le récit original)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="150" />
            <source>Translation of:</source>
            <translation>Traduction de :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Persons present, one per line</source>
            <translation>Personnes présentes, une par ligne</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Persons present
(one per line):</source>
            <translation>Personnes présentes
(une par ligne) :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="153" />
            <source>Referred by:</source>
            <translation>Orienté par :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="154" />
            <source>Prior accounts</source>
            <translation>Déclarations antérieures</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="155" />
            <source>Prior accounts:</source>
            <translation>Déclarations antérieures :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="161" />
            <source>Account in the witness's own words:</source>
            <translation>Récit dans les mots du témoin :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="162" />
            <source>Narrative</source>
            <translation>Récit</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="164" />
            <location filename="../../ui/testimony_form.py" line="166" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Precision</source>
            <translation>Précision</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="168" />
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="169" />
            <source>Basis</source>
            <translation>Source de connaissance</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="169" />
            <source>Told by</source>
            <translation>Rapporté par</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="174" />
            <location filename="../../ui/testimony_form.py" line="174" />
            <source>Add incident</source>
            <translation>Ajouter un incident</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="175" />
            <location filename="../../ui/testimony_form.py" line="175" />
            <source>Remove incident</source>
            <translation>Supprimer l'incident</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="189" />
            <source>Record what the witness agreed to. Exports to a body the witness did not agree to leave this account out.</source>
            <translation>Consignez ce que le témoin a accepté. Les exports vers un organe auquel il n'a pas consenti écartent ce témoignage.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="193" />
            <location filename="../../ui/testimony_form.py" line="194" />
            <source>Consent was recorded</source>
            <translation>Le consentement a été consigné</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="196" />
            <source>Consent record</source>
            <translation>Trace du consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="197" />
            <source>e.g. signed form no. 12, or audio at 00:01:10</source>
            <translation>p. ex. formulaire signé n° 12, ou audio à 00:01:10</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="199" />
            <source>Record of consent:</source>
            <translation>Trace du consentement :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="200" />
            <source>International Criminal Court</source>
            <translation>Cour pénale internationale</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="201" />
            <source>UN Special Procedures</source>
            <translation>Procédures spéciales de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="202" />
            <source>UN investigative mechanism</source>
            <translation>Mécanisme d'enquête de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="203" />
            <source>National authorities</source>
            <translation>Autorités nationales</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="203" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="210" />
            <source>May be shared with {body}</source>
            <translation>Peut être communiqué à : {body}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="214" />
            <source>Agrees that the account may be passed on to national or regional courts (needed for a UN investigative mechanism)</source>
            <translation>Accepte que le récit soit transmis à des juridictions nationales ou régionales (nécessaire pour un mécanisme d'enquête de l'ONU)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="216" />
            <source>Agrees to onward sharing</source>
            <translation>Accepte la transmission ultérieure</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="218" />
            <source>May be shared with:</source>
            <translation>Peut être communiqué à :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="219" />
            <source>How the witness may be named</source>
            <translation>Comment le témoin peut être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="222" />
            <source>May be named as:</source>
            <translation>Peut être nommé par :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="224" />
            <location filename="../../ui/testimony_form.py" line="225" />
            <source>The body may contact the witness</source>
            <translation>L'organe peut contacter le témoin</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="227" />
            <source>Consent given on</source>
            <translation>Consentement donné le</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="229" />
            <source>Given on:</source>
            <translation>Donné le :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="230" />
            <source>How consent was given</source>
            <translation>Comment le consentement a été donné</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="231" />
            <source>e.g. orally, recorded; written form</source>
            <translation>p. ex. oralement, enregistré ; formulaire écrit</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="232" />
            <source>How:</source>
            <translation>Comment :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="233" />
            <source>Consent obtained by</source>
            <translation>Consentement recueilli par</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="234" />
            <source>Name or role of the person who asked for consent</source>
            <translation>Nom ou rôle de la personne qui a demandé le consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="236" />
            <source>Obtained by:</source>
            <translation>Recueilli par :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="237" />
            <source>To take back consent for a body, use “Withdraw consent…” on the Testimonies tab: the recipients of earlier dossiers are then sent a signed notice.</source>
            <translation>Pour retirer un consentement donné à un organe, utilisez « Retirer le consentement… » dans l'onglet Témoignages : les destinataires des dossiers déjà envoyés reçoivent alors un avis signé.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="247" />
            <source>UN Special Procedures: the four questions of the submission form</source>
            <translation>Procédures spéciales de l'ONU : les quatre questions du formulaire de soumission</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="250" />
            <source>1. Consents to this account being submitted to UN Special Procedures</source>
            <translation>1. Consent à ce que ce récit soit soumis aux Procédures spéciales de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="252" />
            <source>2. Knows that a letter naming the victim is sent to the government concerned</source>
            <translation>2. Sait qu'une lettre nommant la victime est envoyée au gouvernement concerné</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="254" />
            <source>Knows a letter naming the victim goes to the government</source>
            <translation>Sait qu'une lettre nommant la victime est envoyée au gouvernement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="255" />
            <source>3. Knows that the communication is published in the UN's public report</source>
            <translation>3. Sait que la communication est publiée dans le rapport public de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="257" />
            <source>Knows the communication is published in a public report</source>
            <translation>Sait que la communication est publiée dans un rapport public</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="258" />
            <source>4. Full name or initials in the communication: choose it under “May be named as” (“Pseudonym only”: neither).</source>
            <translation>4. Nom complet ou initiales dans la communication : choisissez sous « Peut être nommé par » (« Pseudonyme seulement » : ni l'un ni les autres).</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="269" />
            <source>Welfare follow-up:</source>
            <translation>Suivi psychosocial :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="270" />
            <source>Feedback promised:</source>
            <translation>Retour promis :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="271" />
            <location filename="../../ui/testimony_form.py" line="272" />
            <source>The account was read back to the witness</source>
            <translation>Le récit a été relu au témoin</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="274" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="275" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="277" />
            <source>Recording file</source>
            <translation>Fichier d'enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="279" />
            <source>No recording attached</source>
            <translation>Aucun enregistrement joint</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="280" />
            <source>Attach recording…</source>
            <translation>Joindre un enregistrement…</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="280" />
            <source>Attach recording</source>
            <translation>Joindre l'enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="286" />
            <source>Recording:</source>
            <translation>Enregistrement :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="297" />
            <source>Date precision</source>
            <translation>Précision de la date</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="298" />
            <source>Basis of knowledge</source>
            <translation>Source de connaissance</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="299" />
            <source>Incident {n}: {what}</source>
            <translation>Incident {n} : {what}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="329" />
            <source>Attach a recording</source>
            <translation>Joindre un enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="432" />
            <source>Write the account in the witness's words (“Account and incidents”), or attach its recording, first.</source>
            <translation>Rédigez d'abord le récit dans les mots du témoin (« Récit et incidents »), ou joignez-en l'enregistrement.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="436" />
            <source>The recording file no longer exists.</source>
            <translation>Le fichier d'enregistrement n'existe plus.</translation>
        </message>
        <message>
            <source>Pseudonym *</source>
            <translation type="vanished">Pseudonyme *</translation>
        </message>
        <message>
            <source>e.g. W-07 (used in every output)</source>
            <translation type="vanished">p. ex. W-07 (utilisé dans tout ce qui sort)</translation>
        </message>
    </context>
    <context>
        <name>Thumbnails</name>
        <message>
            <location filename="../../ui/thumbs.py" line="39" />
            <source>IMG</source>
            <translation>IMG</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="40" />
            <source>VID</source>
            <translation>VID</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="41" />
            <source>AUD</source>
            <translation>AUD</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="42" />
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="43" />
            <source>WEB</source>
            <translation>WEB</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="44" />
            <source>FILE</source>
            <translation>FICH</translation>
        </message>
    </context>
    <context>
        <name>TrustedKeysDialog</name>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="51" />
            <source>Trusted signer keys</source>
            <translation>Clés de signature de confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="53" />
            <source>Your signing key</source>
            <translation>Votre clé de signature</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="55" />
            <source>Your key fingerprint</source>
            <translation>Empreinte de votre clé</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="58" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="58" />
            <source>Copy your key fingerprint</source>
            <translation>Copier l'empreinte de votre clé</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="61" />
            <source>Export my public key…</source>
            <translation>Exporter ma clé publique…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="62" />
            <source>Export my public key to a file</source>
            <translation>Exporter ma clé publique dans un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Trusted keys</source>
            <translation>Clés de confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="69" />
            <source>Added</source>
            <translation>Ajoutée le</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="74" />
            <source>Stop trusting</source>
            <translation>Retirer la confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="75" />
            <source>Stop trusting the selected key</source>
            <translation>Retirer la confiance à la clé sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="77" />
            <source>Trust a signer's key</source>
            <translation>Faire confiance à la clé d'un signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="78" />
            <source>Signer label</source>
            <translation>Libellé du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="79" />
            <source>Who they are, e.g. Partner NGO field team</source>
            <translation>Qui ils sont, p. ex. équipe de terrain d'une ONG partenaire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="80" />
            <source>Signer public key</source>
            <translation>Clé publique du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="83" />
            <source>Paste the content of their .pub file</source>
            <translation>Collez le contenu de son fichier .pub</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="85" />
            <source>Trust</source>
            <translation>Faire confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="85" />
            <source>Trust the pasted key</source>
            <translation>Faire confiance à la clé collée</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="87" />
            <source>From file…</source>
            <translation>Depuis un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="88" />
            <source>Trust a key from a file</source>
            <translation>Faire confiance à une clé depuis un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="90" />
            <source>Trust a key only after you compared its fingerprint with its owner by another channel (a call, in person).</source>
            <translation>Ne faites confiance à une clé qu'après avoir comparé son empreinte avec son propriétaire par un autre canal (un appel, en personne).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="98" />
            <source>Label *:</source>
            <translation>Libellé * :</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="99" />
            <source>Public key:</source>
            <translation>Clé publique :</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="104" />
            <location filename="../../ui/trusted_keys_dialog.py" line="104" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="140" />
            <source>Give both a label and the public key.</source>
            <translation>Indiquez un libellé et la clé publique.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="147" />
            <source>Give the signer a label first, then choose the key file.</source>
            <translation>Donnez d'abord un libellé au signataire, puis choisissez le fichier de clé.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="151" />
            <source>Signer's public key</source>
            <translation>Clé publique du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="152" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="170" />
            <source>Trusted {label} ({fp}).</source>
            <translation>Confiance accordée à {label} ({fp}).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="189" />
            <source>No longer trusted: {label}.</source>
            <translation>Plus de confiance : {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="197" />
            <source>Export my public key</source>
            <translation>Exporter ma clé publique</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="199" />
            <source>Public keys (*.pub)</source>
            <translation>Clés publiques (*.pub)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="214" />
            <source>Saved to {path}. Give it to partners, and confirm the fingerprint with them by another channel.</source>
            <translation>Enregistrée dans {path}. Donnez-la aux partenaires et confirmez l'empreinte avec eux par un autre canal.</translation>
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
            <translation>Tout ce que vous recueillez reste chiffré sur cet ordinateur. Rien n'est envoyé nulle part.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="99" />
            <source>Other folder…</source>
            <translation>Autre dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="100" />
            <source>Choose vault folder</source>
            <translation>Choisir le dossier du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="101" />
            <source>Use a vault in another folder, or create one there</source>
            <translation>Utiliser un coffre dans un autre dossier, ou en créer un</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="124" />
            <location filename="../../ui/unlock_view.py" line="125" />
            <source>Open the demo case</source>
            <translation>Ouvrir l'affaire de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="126" />
            <source>A fictional sample case in a throw-away vault</source>
            <translation>Une affaire fictive d'exemple dans un coffre jetable</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="128" />
            <source>Open a dossier…</source>
            <translation>Ouvrir un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="129" />
            <source>Open a dossier without a vault</source>
            <translation>Ouvrir un dossier sans coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="130" />
            <source>Verify and read a dossier you received</source>
            <translation>Vérifier et lire un dossier reçu</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="144" />
            <source>Enter your passphrase to unlock the vault.</source>
            <translation>Saisissez votre phrase secrète pour déverrouiller le coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="145" />
            <source>Vault passphrase</source>
            <translation>Phrase secrète du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="147" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="149" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="149" />
            <source>Unlock the vault</source>
            <translation>Déverrouiller le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="162" />
            <source>There is no vault here yet. Create one:</source>
            <translation>Il n'y a pas encore de coffre ici. Créez-en un :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="164" />
            <source>Your name or organisation</source>
            <translation>Votre nom ou organisation</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="165" />
            <source>Shown with your signature on the dossiers you export</source>
            <translation>Affiché avec votre signature sur les dossiers que vous exportez</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="166" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="167" />
            <source>Repeat the passphrase</source>
            <translation>Répétez la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="172" />
            <source>Passphrase strength</source>
            <translation>Robustesse de la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="176" />
            <source>Name or organisation:</source>
            <translation>Nom ou organisation :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="177" />
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="178" />
            <source>Repeat:</source>
            <translation>Répétition :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="179" />
            <source>Strength:</source>
            <translation>Robustesse :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="181" />
            <source>&lt;b&gt;If you lose this passphrase, your evidence is lost.&lt;/b&gt; Nobody can recover it: not your organisation, not the developers, not anyone. Use four or more unrelated words and write them down somewhere safe, away from this computer.</source>
            <translation>&lt;b&gt;Si vous perdez cette phrase secrète, vos preuves sont perdues.&lt;/b&gt; Personne ne peut la retrouver : ni votre organisation, ni les développeurs, ni personne. Utilisez au moins quatre mots sans rapport entre eux et notez-les en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="190" />
            <location filename="../../ui/unlock_view.py" line="192" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>Je comprends qu'une phrase secrète perdue ne peut pas être retrouvée</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="195" />
            <source>Create vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="196" />
            <source>Create the vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="211" />
            <source>Vault: {folder}</source>
            <translation>Coffre : {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="211" />
            <source>New vault in: {folder}</source>
            <translation>Nouveau coffre dans : {folder}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock_view.py" line="260" />
            <source>Too short (at least %Ln characters)</source>
            <translation>
                <numerusform>Trop courte (au moins %Ln caractère)</numerusform>
                <numerusform>Trop courte (au moins %Ln caractères)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="216" />
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <location filename="../../ui/vault_dialogs.py" line="217" />
            <source>Strong</source>
            <translation>Robuste</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="264" />
            <location filename="../../ui/vault_dialogs.py" line="220" />
            <source>Enter a passphrase</source>
            <translation>Saisissez une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="276" />
            <source>Choose the vault folder</source>
            <translation>Choisir le dossier du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="283" />
            <source>Enter your passphrase.</source>
            <translation>Saisissez votre phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="290" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/unlock_view.py" line="293" />
            <source>Use at least %Ln characters.</source>
            <translation>
                <numerusform>Utilisez au moins %Ln caractère.</numerusform>
                <numerusform>Utilisez au moins %Ln caractères.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="296" />
            <source>Please confirm that you understand the warning.</source>
            <translation>Veuillez confirmer que vous avez compris l'avertissement.</translation>
        </message>
        <message>
            <location filename="../../ui/vault_dialogs.py" line="214" />
            <source>Too short (at least {n} characters)</source>
            <translation>Trop courte (au moins {n} caractères)</translation>
        </message>
        <message>
            <source>Use at least {n} characters.</source>
            <translation type="vanished">Utilisez au moins {n} caractères.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="47" />
            <source>Withdraw consent for {code}</source>
            <translation>Retirer le consentement pour {code}</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="49" />
            <source>From now on, exports leave this account out for the bodies chosen below. Every body that already received it in a dossier gets a signed withdrawal notice, saved in the folder you choose, for you to send on.</source>
            <translation>Désormais, les exports vers les organes choisis ci-dessous écartent ce récit. Chaque organe qui l'a déjà reçu dans un dossier obtient un avis de retrait signé, enregistré dans le dossier de fichiers de votre choix, que vous lui ferez suivre.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="54" />
            <source>Withdraw consent for which body</source>
            <translation>Organe pour lequel retirer le consentement</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="55" />
            <source>Every body (all consent)</source>
            <translation>Tous les organes (tout le consentement)</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="59" />
            <source>Date the person withdrew consent</source>
            <translation>Date à laquelle la personne a retiré son consentement</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="60" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="61" />
            <source>How the person withdrew consent</source>
            <translation>Comment la personne a retiré son consentement</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="62" />
            <source>e.g. by phone to the interviewer</source>
            <translation>p. ex. par téléphone auprès de l'enquêteur</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="63" />
            <source>Folder for the signed notices</source>
            <translation>Dossier des avis signés</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="65" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="65" />
            <source>Choose the notices folder</source>
            <translation>Choisir le dossier des avis</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="71" />
            <source>Body:</source>
            <translation>Organe :</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="72" />
            <source>Withdrawn on:</source>
            <translation>Retiré le :</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="73" />
            <source>How:</source>
            <translation>Comment :</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="74" />
            <source>Save notices in:</source>
            <translation>Enregistrer les avis dans :</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="79" />
            <location filename="../../ui/withdraw_dialog.py" line="80" />
            <source>Withdraw consent</source>
            <translation>Retirer le consentement</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="83" />
            <location filename="../../ui/withdraw_dialog.py" line="107" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="93" />
            <source>the public</source>
            <translation>le public</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="96" />
            <source>Folder for the signed withdrawal notices</source>
            <translation>Dossier des avis de retrait signés</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="107" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="116" />
            <source>Write the date like 2026-11-25.</source>
            <translation>Écrivez la date sous la forme 2026-11-25.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="133" />
            <source>Consent for {code} withdrawn for: {bodies}. Future exports leave it out.</source>
            <translation>Consentement de {code} retiré pour : {bodies}. Les prochains exports l'écarteront.</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="136" />
            <source>Signed withdrawal notices (send each to its dossier's recipient):</source>
            <translation>Avis de retrait signés (envoyez chacun au destinataire de son dossier) :</translation>
        </message>
        <message>
            <location filename="../../ui/withdraw_dialog.py" line="140" />
            <source>No dossier sent so far held this account for those bodies: no notice was needed.</source>
            <translation>Aucun dossier envoyé jusqu'ici à ces organes ne contenait ce récit : aucun avis n'était nécessaire.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="109" />
            <location filename="../../ui/workspace.py" line="110" />
            <source>Cases</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="118" />
            <location filename="../../ui/workspace.py" line="317" />
            <source>New case…</source>
            <translation>Nouvelle affaire…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="118" />
            <source>New case</source>
            <translation>Nouvelle affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="136" />
            <source>Case sections</source>
            <translation>Sections de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="142" />
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="143" />
            <source>Testimonies</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="144" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="145" />
            <source>Custody log</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="185" />
            <location filename="../../ui/workspace.py" line="253" />
            <source>{e} exhibits · {t} testimonies · {s} sources</source>
            <translation>Pièces : {e} · témoignages : {t} · sources : {s}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="240" />
            <source>No case open</source>
            <translation>Aucune affaire ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="241" />
            <source>Create a case with “New case…” to start gathering evidence.</source>
            <translation>Créez une affaire avec « Nouvelle affaire… » pour commencer à recueillir des preuves.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="246" />
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="248" />
            <source>Prepared for: {body}</source>
            <translation>Destiné à : {body}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="314" />
            <source>Edit case…</source>
            <translation>Modifier l'affaire…</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/workers.py" line="54" />
            <source>The vault's record database is damaged or was altered; run 'evidence-kit check' for details.</source>
            <translation>La base des enregistrements du coffre est endommagée ou a été modifiée ; lancez « evidence-kit check » pour en savoir plus.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="58" />
            <source>Not enough memory for this step; close other programs and try again.</source>
            <translation>Mémoire insuffisante pour cette étape ; fermez d'autres programmes et réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="61" />
            <source>The disk refused the operation: {reason}.</source>
            <translation>Le disque a refusé l'opération : {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="64" />
            <source>Unexpected error ({kind}). Nothing was changed by the failed step. Run with EVIDENCE_KIT_DEBUG=1 for details.</source>
            <translation>Erreur inattendue ({kind}). L'étape qui a échoué n'a rien modifié. Lancez avec EVIDENCE_KIT_DEBUG=1 pour en savoir plus.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="155" />
            <source>The dossier's encrypted content fails its authentication check: the file was altered, truncated or damaged.</source>
            <translation>Le contenu chiffré du dossier échoue au contrôle d'authenticité : le fichier a été modifié, tronqué ou endommagé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="103" />
            <source>This dossier is encrypted to age keys: open it with the vault whose key it was sent to.</source>
            <translation>Ce dossier est chiffré pour des clés age : ouvrez-le avec le coffre dont la clé en est destinataire.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="142" />
            <source>The dossier has extra bytes after its encrypted content.</source>
            <translation>Le dossier contient des octets en trop après son contenu chiffré.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="150" />
            <source>This dossier was not encrypted to this vault's age key: it is meant for someone else, or was sent to another of your keys.</source>
            <translation>Ce dossier n'a pas été chiffré pour la clé age de ce coffre : il est destiné à quelqu'un d'autre, ou a été envoyé à une autre de vos clés.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="154" />
            <source>This file is not a valid age-encrypted dossier.</source>
            <translation>Ce fichier n'est pas un dossier chiffré avec age valide.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/age_envelope.py" line="160" />
            <location filename="../../evidence_kit/envelope.py" line="202" />
            <source>The dossier has not been read to its end.</source>
            <translation>Le dossier n'a pas été lu jusqu'au bout.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="55" />
            <source>Could not write {what}: {reason}</source>
            <translation>Impossible d'écrire {what} : {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="109" />
            <location filename="../../evidence_kit/atomic.py" line="138" />
            <source>the file</source>
            <translation>le fichier</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="50" />
            <source>The disk is full: could not write {what}. Free some space and retry.</source>
            <translation>Le disque est plein : impossible d'écrire {what}. Libérez de la place et réessayez.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/atomic.py" line="53" />
            <source>Not allowed to write {what}: the folder is read-only or protected.</source>
            <translation>Écriture de {what} non autorisée : le dossier est en lecture seule ou protégé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="67" />
            <source>{name} does not end with a line break.</source>
            <translation>{name} ne se termine pas par un saut de ligne.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="55" />
            <source>{name} is not UTF-8 text.</source>
            <translation>{name} n'est pas du texte UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="61" />
            <source>{name}, line {number}, is malformed.</source>
            <translation>{name}, ligne {number} : format incorrect.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="64" />
            <source>{name} lists '{path}' twice.</source>
            <translation>{name} mentionne « {path} » deux fois.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="75" />
            <source>bag-info.txt is not UTF-8 text.</source>
            <translation>bag-info.txt n'est pas du texte UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/bag.py" line="80" />
            <source>bag-info.txt has a malformed line.</source>
            <translation>bag-info.txt contient une ligne mal formée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="65" />
            <source>File too large for one blob (over 4 PiB).</source>
            <translation>Fichier trop volumineux pour un seul bloc de stockage (plus de 4 Pio).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="224" />
            <source>A record points at a malformed blob id.</source>
            <translation>Un enregistrement pointe vers un identifiant de bloc mal formé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="338" />
            <source>Encrypted file {blob}… does not match its recorded hash.</source>
            <translation>Le fichier chiffré {blob}… ne correspond pas à son empreinte enregistrée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="303" />
            <source>Encrypted file {blob}… is missing from the vault.</source>
            <translation>Le fichier chiffré {blob}… manque dans le coffre.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="306" />
            <source>Encrypted file {blob}… cannot be read: {reason}.</source>
            <translation>Impossible de lire le fichier chiffré {blob}… : {reason}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="311" />
            <source>Encrypted file {blob}… is truncated.</source>
            <translation>Le fichier chiffré {blob}… est tronqué.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="314" />
            <source>Encrypted file {blob}… has a damaged header.</source>
            <translation>L'en-tête du fichier chiffré {blob}… est endommagé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="131" />
            <location filename="../../evidence_kit/blobstore.py" line="162" />
            <location filename="../../evidence_kit/blobstore.py" line="186" />
            <location filename="../../evidence_kit/blobstore.py" line="270" />
            <source>the encrypted copy</source>
            <translation>la copie chiffrée</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="214" />
            <source>The vault is damaged: '{name}' should be a folder but is a file.</source>
            <translation>Le coffre est endommagé : « {name} » devrait être un dossier mais c'est un fichier.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="251" />
            <source>Import cancelled.</source>
            <translation>Importation annulée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="217" />
            <source>the folder {path}</source>
            <translation>le dossier {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/blobstore.py" line="325" />
            <source>Encrypted file {blob}… is damaged or was tampered with (chunk {chunk} fails authentication).</source>
            <translation>Le fichier chiffré {blob}… est endommagé ou a été falsifié (le bloc {chunk} échoue au contrôle d'authenticité).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="20" />
            <location filename="../../evidence_kit/cases.py" line="51" />
            <source>A case needs a title.</source>
            <translation>Une affaire doit avoir un titre.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="21" />
            <location filename="../../evidence_kit/cases.py" line="53" />
            <source>target body</source>
            <translation>organe destinataire</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="46" />
            <source>These case fields cannot be edited: {fields}.</source>
            <translation>Ces champs de l'affaire ne sont pas modifiables : {fields}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cases.py" line="55" />
            <source>case status</source>
            <translation>statut de l'affaire</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="42" />
            <source>No dossier password given: use --password-file or run in a terminal to be asked.</source>
            <translation>Aucun mot de passe de dossier : utilisez --password-file ou lancez dans un terminal pour qu'il soit demandé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="72" />
            <location filename="../../evidence_kit/envelope.py" line="221" />
            <source>{path} is a folder, not a dossier file.</source>
            <translation>{path} est un répertoire, pas un fichier de dossier.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="74" />
            <location filename="../../evidence_kit/envelope.py" line="219" />
            <location filename="../../evidence_kit/ingest.py" line="62" />
            <location filename="../../evidence_kit/ingest.py" line="67" />
            <location filename="../../evidence_kit/sent_records.py" line="120" />
            <location filename="../../evidence_kit/testimonies.py" line="107" />
            <source>File not found: {path}</source>
            <translation>Fichier introuvable : {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="103" />
            <source>{path} already exists; choose another name or add --force.</source>
            <translation>{path} existe déjà ; choisissez un autre nom ou ajoutez --force.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="40" />
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="138" />
            <source>dossier password</source>
            <translation>mot de passe du dossier</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="80" />
            <source>No vault found in {folder}.</source>
            <translation>Aucun coffre trouvé dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="82" />
            <source>This dossier is encrypted to age keys: open it with the vault whose age key it was sent to (--vault DIR).</source>
            <translation>Ce dossier est chiffré pour des clés age : ouvrez-le avec le coffre dont la clé age en est destinataire (--vault DIR).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="111" />
            <source>--override needs --decided-by and --reason (both are logged).</source>
            <translation>--override exige --decided-by et --reason (tous deux sont consignés).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="124" />
            <source>The recipient's template needs: {fields}. Give them with --answers FILE.json, or export anyway with --allow-missing (the report then says 'not provided').</source>
            <translation>Le modèle du destinataire exige : {fields}. Fournissez-les avec --answers FILE.json, ou exportez quand même avec --allow-missing (le rapport indiquera alors « non fourni »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="132" />
            <source>Use either --password-file or --recipient, not both.</source>
            <translation>Utilisez --password-file ou --recipient, pas les deux.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_dossier.py" line="53" />
            <location filename="../../ui/dossier_reading.py" line="25" />
            <source>Cannot read the public key file {path}.</source>
            <translation>Impossible de lire le fichier de clé publique {path}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_gui.py" line="37" />
            <source>No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set): the desktop app needs one. Use the command line instead, e.g. `evidence-kit demo`.</source>
            <translation>Aucun écran trouvé (ni DISPLAY ni WAYLAND_DISPLAY n'est défini) : l'application de bureau en a besoin. Utilisez plutôt la ligne de commande, p. ex. `evidence-kit demo`.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="59" />
            <source>{path} already exists; choose another name or add --force to replace it.</source>
            <translation>{path} existe déjà ; choisissez un autre nom ou ajoutez --force pour le remplacer.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="62" />
            <source>{path} is a folder; give a file name such as signer.pub.</source>
            <translation>{path} est un dossier ; indiquez un nom de fichier, comme signer.pub.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="115" />
            <source>{path} is far too large to be a minisign public key file.</source>
            <translation>{path} est bien trop volumineux pour être un fichier de clé publique minisign.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="72" />
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="68" />
            <source>the key file {path}</source>
            <translation>le fichier de clé {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="108" />
            <source>The key file {path} does not exist.</source>
            <translation>Le fichier de clé {path} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="110" />
            <source>{path} is a folder, not a key file.</source>
            <translation>{path} est un dossier, pas un fichier de clé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="112" />
            <source>The key file {path} cannot be read: {reason}.</source>
            <translation>Impossible de lire le fichier de clé {path} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_keys.py" line="120" />
            <source>{path} is not a minisign public key file (not text).</source>
            <translation>{path} n'est pas un fichier de clé publique minisign (ce n'est pas du texte).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="37" />
            <location filename="../../evidence_kit/exhibits.py" line="38" />
            <location filename="../../evidence_kit/redact.py" line="99" />
            <source>{ref} is not an exhibit.</source>
            <translation>{ref} n'est pas une pièce.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="58" />
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="92" />
            <location filename="../../evidence_kit/testimonies.py" line="191" />
            <location filename="../../evidence_kit/withdrawal.py" line="108" />
            <source>{ref} is not a testimony.</source>
            <translation>{ref} n'est pas un témoignage.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_protect.py" line="76" />
            <location filename="../../evidence_kit/cli/cmd_report.py" line="68" />
            <location filename="../../evidence_kit/export.py" line="244" />
            <location filename="../../ui/withdraw_dialog.py" line="125" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_records.py" line="51" />
            <source>Nothing to change: give --status, --title, --summary, --situation, --country or --target.</source>
            <translation>Rien à modifier : indiquez --status, --title, --summary, --situation, --country ou --target.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_records.py" line="118" />
            <source>Nothing to change: give --description, --location, --tag or --no-tags.</source>
            <translation>Rien à modifier : indiquez --description, --location, --tag ou --no-tags.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="48" />
            <source>The answers file {path} is too large (over 1 MiB).</source>
            <translation>Le fichier de réponses {path} est trop volumineux (plus de 1 Mio).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="56" />
            <source>The answers file {path} must be a JSON object of texts, like {{"contact": "...", "national_steps": "..."}}.</source>
            <translation>Le fichier de réponses {path} doit être un objet JSON de textes, comme {{"contact": "...", "national_steps": "..."}}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="66" />
            <source>{path} already exists; use --force to replace it.</source>
            <translation>{path} existe déjà ; utilisez --force pour le remplacer.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="46" />
            <source>The answers file {path} does not exist.</source>
            <translation>Le fichier de réponses {path} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="52" />
            <source>The answers file {path} is not valid UTF-8 JSON: {reason}</source>
            <translation>Le fichier de réponses {path} n'est pas du JSON UTF-8 valide : {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/cmd_report.py" line="80" />
            <location filename="../../ui/export_review.py" line="351" />
            <source>the report</source>
            <translation>le rapport</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="24" />
            <source>passphrase</source>
            <translation>phrase secrète</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="37" />
            <source>The {what} file {path} is empty.</source>
            <translation>Le fichier « {what} » {path} est vide.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="48" />
            <source>No passphrase given: use --passphrase-file, the {variable} variable, or run in a terminal to be asked.</source>
            <translation>Aucune phrase secrète : utilisez --passphrase-file, la variable {variable}, ou lancez dans un terminal pour qu'elle soit demandée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="53" />
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>Les deux phrases secrètes diffèrent ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="31" />
            <source>The {what} file {path} does not exist.</source>
            <translation>Le fichier « {what} » {path} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/cli/session.py" line="33" />
            <source>The {what} file {path} is not UTF-8 text.</source>
            <translation>Le fichier « {what} » {path} n'est pas du texte UTF-8.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="29" />
            <source>'consent' must be an object.</source>
            <translation>« consent » doit être un objet.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="32" />
            <source>Unknown key(s) in consent: {keys}. Allowed: {allowed}.</source>
            <translation>Clé(s) inconnue(s) dans consent : {keys}. Autorisées : {allowed}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="37" />
            <source>consent 'share_with' must be a list such as ["icc", "un-sp"].</source>
            <translation>consent « share_with » doit être une liste, comme ["icc", "un-sp"].</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="46" />
            <source>consent 'be_named' must be one of {allowed} (or true/false).</source>
            <translation>consent « be_named » doit valoir {allowed} (ou true/false).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="142" />
            <source>Editing cannot take back consent for {bodies}: withdraw it instead (Withdraw consent…, or 'evidence-kit consent withdraw'), so earlier recipients are told.</source>
            <translation>Une modification ne peut pas retirer le consentement pour : {bodies} ; retirez-le plutôt (« Retirer le consentement… » ou « evidence-kit consent withdraw »), afin que les destinataires antérieurs en soient informés.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="40" />
            <source>consent 'share_with' has '{body}'; allowed: {allowed}.</source>
            <translation>consent « share_with » contient « {body} » ; autorisés : {allowed}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="50" />
            <source>consent '{key}' must be true or false.</source>
            <translation>consent « {key} » doit valoir true ou false.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent.py" line="53" />
            <source>consent '{key}' must be text.</source>
            <translation>consent « {key} » doit être du texte.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="69" />
            <source>redacted dossier: pseudonym only</source>
            <translation>dossier caviardé : pseudonyme uniquement</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="73" />
            <source>identity withheld: the witness was not told the government receives a letter naming them</source>
            <translation>identité non communiquée : le témoin n'a pas été informé que le gouvernement reçoit une lettre le nommant</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="56" />
            <source>no recorded consent to share this account with {body}</source>
            <translation>aucun consentement enregistré pour communiquer ce récit à : {body}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="59" />
            <source>the witness was not told that UN Special Procedures communications are published</source>
            <translation>le témoin n'a pas été informé que les communications des Procédures spéciales de l'ONU sont publiées</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="62" />
            <source>consent does not cover onward sharing with national or regional jurisdictions</source>
            <translation>le consentement ne couvre pas la transmission ultérieure à des juridictions nationales ou régionales</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/consent_gate.py" line="53" />
            <source>consent to share with {body} was withdrawn on {date}</source>
            <translation>le consentement à la communication ({body}) a été retiré le {date}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/db.py" line="52" />
            <location filename="../../evidence_kit/vault.py" line="107" />
            <source>The vault's record database cannot be read: it is damaged or was altered.</source>
            <translation>La base des enregistrements du coffre est illisible : elle est endommagée ou a été modifiée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/db.py" line="48" />
            <source>The vault folder {folder} is read-only or protected; Evidence Kit needs to write there even to open it. Copy the vault to a writable disk.</source>
            <translation>Le dossier du coffre {folder} est en lecture seule ou protégé ; Evidence Kit doit pouvoir y écrire, même pour l'ouvrir. Copiez le coffre sur un disque accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/demo.py" line="29" />
            <source>{path} is not a demo case description.</source>
            <translation>{path} n'est pas une description d'affaire de démonstration.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="170" />
            <source>{code}: its file is missing or does not match.</source>
            <translation>{code} : son fichier manque ou ne correspond pas.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="278" />
            <location filename="../../evidence_kit/dossier_import.py" line="280" />
            <source>the receipt</source>
            <translation>l'accusé de réception</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="80" />
            <source>The dossier is intact but signed by a key you have not trusted; nothing was imported. Confirm the signer's fingerprint, trust the key, and import again.</source>
            <translation>Le dossier est intact mais signé par une clé à laquelle vous ne faites pas confiance ; rien n'a été importé. Vérifiez l'empreinte du signataire, faites confiance à la clé, puis importez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="135" />
            <source>This vault exported this dossier itself; there is nothing to import.</source>
            <translation>Ce coffre a lui-même exporté ce dossier ; il n'y a rien à importer.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_import.py" line="88" />
            <source>The dossier's index (dossier.json) is malformed; nothing was imported.</source>
            <translation>L'index du dossier (dossier.json) est mal formé ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="62" />
            <source>{path} exists and is not a folder.</source>
            <translation>{path} existe et n'est pas un dossier.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="66" />
            <source>Not enough free space in {folder}: the dossier needs about {size} MiB.</source>
            <translation>Pas assez d'espace libre dans {folder} : le dossier a besoin d'environ {size} Mio.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="36" />
            <source>Refusing to write outside the target folder: {path}</source>
            <translation>Écriture hors du dossier cible refusée : {path}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="86" />
            <source>{path} already exists; choose an empty folder.</source>
            <translation>{path} existe déjà ; choisissez un dossier vide.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_open.py" line="93" />
            <source>the files in {folder}</source>
            <translation>les fichiers dans {folder}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="235" />
            <source>Unknown recipient body '{body}'.</source>
            <translation>Organe destinataire inconnu : « {body} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="237" />
            <source>Unknown disclosure level '{level}'; use confidential or redacted.</source>
            <translation>Niveau de divulgation inconnu : « {level} » ; utilisez confidential ou redacted.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="241" />
            <source>Nothing to export: the case has no exhibits, testimonies or sources.</source>
            <translation>Rien à exporter : l'affaire n'a ni pièces, ni témoignages, ni sources.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="249" />
            <source>Nothing may be exported: {reasons}</source>
            <translation>Rien ne peut être exporté : {reasons}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="79" />
            <source>An override needs the name of the person who decided and the reason; both go into the custody log.</source>
            <translation>Une dérogation exige le nom de la personne qui a décidé et le motif ; tous deux sont consignés dans la chaîne de possession.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="179" />
            <source>an override cannot include it: the witness withdrew consent</source>
            <translation>une dérogation ne peut pas l'inclure : le témoin a retiré son consentement</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="219" />
            <source>linked to {testimony} ({relation}), which is left out: {why}</source>
            <translation>liée à {testimony} ({relation}), qui est écarté : {why}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="221" />
            <source>linked to {testimony} ({relation}), which is left out: {why}; an override of {testimony} also includes this exhibit</source>
            <translation>liée à {testimony} ({relation}), qui est écarté : {why} ; une dérogation pour {testimony} inclut aussi cette pièce</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="156" />
            <source>a redacted dossier carries only redacted copies, and files of this kind cannot be redacted yet (share it in a confidential dossier)</source>
            <translation>un dossier caviardé ne contient que des copies caviardées, et les fichiers de ce type ne peuvent pas encore être caviardés (communiquez cette pièce dans un dossier confidentiel)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="250" />
            <source>{code}: {why}</source>
            <translation>{code} : {why}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="160" />
            <source>cannot be redacted: not a decodable image</source>
            <translation>caviardage impossible : ce n'est pas une image décodable</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_plan.py" line="163" />
            <source>a redacted dossier carries only redacted copies, and this exhibit has none (make one with 'evidence-kit redact')</source>
            <translation>un dossier caviardé ne contient que des copies caviardées, et cette pièce n'en a pas (créez-en une avec « Caviarder… » ou « evidence-kit redact »)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="86" />
            <source>'{path}' lies outside the dossier's single bag folder.</source>
            <translation>« {path} » se trouve hors de l'unique dossier bag du dossier.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="88" />
            <source>The dossier holds an unexpected file '{path}'.</source>
            <translation>Le dossier contient un fichier inattendu : « {path} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="121" />
            <source>The dossier is empty.</source>
            <translation>Le dossier est vide.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="163" />
            <source>{name} is unexpectedly large ({size} bytes).</source>
            <translation>{name} est anormalement volumineux ({size} octets).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="165" />
            <source>The dossier's metadata files are unexpectedly large together ({size} bytes or more).</source>
            <translation>Les fichiers de métadonnées du dossier sont anormalement volumineux au total ({size} octets ou plus).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="73" />
            <source>Cancelled; nothing was kept.</source>
            <translation>Annulé ; rien n'a été conservé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="118" />
            <source>The dossier has extra bytes after its inner archive.</source>
            <translation>Le dossier contient des octets en trop après son archive interne.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/dossier_read.py" line="145" />
            <source>{name} is longer than its header says.</source>
            <translation>{name} est plus long que ne l'indique son en-tête.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="144" />
            <source>The dossier's envelope headers are not in the canonical form export writes: it was altered, truncated or re-packed.</source>
            <translation>Les en-têtes de l'enveloppe du dossier ne sont pas sous la forme canonique qu'écrit l'export : il a été modifié, tronqué ou ré-empaqueté.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="123" />
            <source>The dossier password is not correct, or the file's header is damaged.</source>
            <translation>Le mot de passe du dossier est incorrect, ou l'en-tête du fichier est endommagé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="138" />
            <source>This file is not an Evidence Kit dossier (not a zip file).</source>
            <translation>Ce fichier n'est pas un dossier Evidence Kit (ce n'est pas un fichier zip).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="142" />
            <source>This file is not an Evidence Kit dossier (its first entry is not payload.zip).</source>
            <translation>Ce fichier n'est pas un dossier Evidence Kit (sa première entrée n'est pas payload.zip).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="156" />
            <source>The dossier's envelope directory is not in the canonical form export writes: entries were added, renamed or altered.</source>
            <translation>Le répertoire de l'enveloppe du dossier n'est pas sous la forme canonique qu'écrit l'export : des entrées ont été ajoutées, renommées ou modifiées.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="173" />
            <source>The dossier's encrypted content fails its authentication check: the file was altered or damaged.</source>
            <translation>Le contenu chiffré du dossier échoue au contrôle d'authenticité : le fichier a été modifié ou endommagé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/envelope.py" line="167" />
            <source>The dossier is truncated.</source>
            <translation>Le dossier est tronqué.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="29" />
            <source>These exhibit fields cannot be edited: {fields}.</source>
            <translation>Ces champs de la pièce ne sont pas modifiables : {fields}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="55" />
            <source>A link needs a relation, such as 'records' or 'related'.</source>
            <translation>Un lien exige une relation, comme « records » ou « related ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/exhibits.py" line="59" />
            <source>An item cannot be linked to itself.</source>
            <translation>Un élément ne peut pas être lié à lui-même.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="240" />
            <source>Choose either a dossier password or age recipients.</source>
            <translation>Choisissez soit un mot de passe de dossier, soit des destinataires age.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="242" />
            <source>{path} already exists; choose another name.</source>
            <translation>{path} existe déjà ; choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/export.py" line="164" />
            <source>Export cancelled; no dossier was written.</source>
            <translation>Export annulé ; aucun dossier n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/faces.py" line="63" />
            <location filename="../../evidence_kit/redact.py" line="57" />
            <source>This file is not an image that can be redacted ({reason}).</source>
            <translation>Ce fichier n'est pas une image qui puisse être caviardée ({reason}).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/faces.py" line="78" />
            <source>Face detection is not available (OpenCV is missing).</source>
            <translation>La détection des visages n'est pas disponible (OpenCV manque).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="113" />
            <source>The vault header (vault.json) is too large to be genuine.</source>
            <translation>L'en-tête du coffre (vault.json) est trop volumineux pour être authentique.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="118" />
            <source>the vault header</source>
            <translation>l'en-tête du coffre</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="101" />
            <source>The passphrase is not correct for this vault.</source>
            <translation>La phrase secrète est incorrecte pour ce coffre.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="110" />
            <source>{folder} has no vault.json: it is not an Evidence Kit vault.</source>
            <translation>{folder} n'a pas de vault.json : ce n'est pas un coffre Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="63" />
            <source>This folder is not an Evidence Kit vault.</source>
            <translation>Ce dossier n'est pas un coffre Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="65" />
            <source>This vault uses format version {version}, which this version of Evidence Kit cannot open. Please update Evidence Kit.</source>
            <translation>Ce coffre utilise la version de format {version}, que cette version d'Evidence Kit ne sait pas ouvrir. Mettez Evidence Kit à jour.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/header.py" line="78" />
            <source>The vault header (vault.json) is damaged.</source>
            <translation>L'en-tête du coffre (vault.json) est endommagé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="64" />
            <source>{path} is not a regular file.</source>
            <translation>{path} n'est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="69" />
            <source>Not allowed to read {path}.</source>
            <translation>Lecture de {path} non autorisée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/ingest.py" line="71" />
            <location filename="../../evidence_kit/ingest.py" line="123" />
            <source>Could not read {path}: {reason}</source>
            <translation>Impossible de lire {path} : {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="51" />
            <source>Unsupported key derivation '{algorithm}'.</source>
            <translation>Dérivation de clé non prise en charge : « {algorithm} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="54" />
            <source>The vault header asks for an unreasonable amount of memory.</source>
            <translation>L'en-tête du coffre demande une quantité de mémoire déraisonnable.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="56" />
            <source>The vault header's key-derivation settings are out of range.</source>
            <translation>Les paramètres de dérivation de clé de l'en-tête du coffre sont hors limites.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/kdf.py" line="45" />
            <source>The vault header's key-derivation settings are damaged.</source>
            <translation>Les paramètres de dérivation de clé de l'en-tête du coffre sont endommagés.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/keys.py" line="41" />
            <source>A wrapped key is truncated.</source>
            <translation>Une clé chiffrée est tronquée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/keys.py" line="45" />
            <source>A wrapped key failed its authenticity check.</source>
            <translation>Une clé chiffrée a échoué au contrôle d'authenticité.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="200" />
            <source>The {what} must be a single line of text.</source>
            <translation>Le champ « {what} » doit tenir sur une seule ligne de texte.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="203" />
            <source>The {what} is too long ({size} bytes, at most {limit}).</source>
            <translation>Le champ « {what} » est trop long ({size} octets, {limit} au plus).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="214" />
            <source>The signature file is damaged: its {what} line is not valid.</source>
            <translation>Le fichier de signature est endommagé : sa ligne « {what} » n'est pas valide.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="235" />
            <source>This is not a minisign public key (expected one base64 line).</source>
            <translation>Ce n'est pas une clé publique minisign (une ligne base64 était attendue).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="241" />
            <source>This is not a minisign Ed25519 public key.</source>
            <translation>Ce n'est pas une clé publique minisign Ed25519.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="249" />
            <source>public key comment</source>
            <translation>commentaire de la clé publique</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="259" />
            <source>The signature file is damaged: it should have four lines.</source>
            <translation>Le fichier de signature est endommagé : il devrait compter quatre lignes.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="262" />
            <source>The signature file is damaged: the first line is wrong.</source>
            <translation>Le fichier de signature est endommagé : la première ligne est incorrecte.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="264" />
            <source>The signature file is damaged: no trusted comment line.</source>
            <translation>Le fichier de signature est endommagé : la ligne du commentaire de confiance manque.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="265" />
            <source>signature</source>
            <translation>signature</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="267" />
            <source>The signature uses an algorithm this app does not know.</source>
            <translation>La signature utilise un algorithme que cette application ne connaît pas.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="333" />
            <location filename="../../evidence_kit/minisign.py" line="346" />
            <source>trusted comment</source>
            <translation>commentaire de confiance</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="345" />
            <source>A prehashed minisign signature needs a 64-byte BLAKE2b digest.</source>
            <translation>Une signature minisign pré-hachée exige une empreinte BLAKE2b de 64 octets.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="347" />
            <source>untrusted comment</source>
            <translation>commentaire non fiable</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="371" />
            <source>This signature was made with key id {key_id}, not with the expected key (id {expected_id}, fingerprint {fingerprint}).</source>
            <translation>Cette signature a été faite avec la clé d'identifiant {key_id}, et non avec la clé attendue (identifiant {expected_id}, empreinte {fingerprint}).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="99" />
            <source>A public key needs an 8-byte key id and 32 key bytes.</source>
            <translation>Une clé publique exige un identifiant de 8 octets et 32 octets de clé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="133" />
            <source>A key id is exactly 8 bytes.</source>
            <translation>Un identifiant de clé fait exactement 8 octets.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="147" />
            <source>An Ed25519 secret key seed is exactly 32 bytes.</source>
            <translation>La graine d'une clé secrète Ed25519 fait exactement 32 octets.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="239" />
            <source>This is not a minisign public key (the key is not base64).</source>
            <translation>Ce n'est pas une clé publique minisign (la clé n'est pas en base64).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="317" />
            <source>This signature uses minisign's old (legacy) format, which this app only checks for files up to {size} MiB. Ask the signer to sign again with a current minisign (without -l).</source>
            <translation>Cette signature utilise l'ancien format de minisign, que cette application ne vérifie que pour les fichiers jusqu'à {size} Mio. Demandez au signataire de signer à nouveau avec un minisign récent (sans -l).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="382" />
            <source>The signature does not match the file: the file was changed after it was signed, or it is not the file that was signed.</source>
            <translation>La signature ne correspond pas au fichier : le fichier a été modifié après sa signature, ou ce n'est pas le fichier signé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="389" />
            <source>The signed comment of this signature was altered after signing; do not trust it.</source>
            <translation>Le commentaire signé de cette signature a été modifié après la signature ; ne vous y fiez pas.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="224" />
            <source>The signature file is not text (not UTF-8).</source>
            <translation>Le fichier de signature n'est pas du texte (pas en UTF-8).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="273" />
            <source>comment signature</source>
            <translation>signature du commentaire</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/minisign.py" line="302" />
            <source>Message chunks must be bytes.</source>
            <translation>Les fragments du message doivent être des octets.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="144" />
            <source>This dossier password is too easy to guess: use at least {min_words} different unrelated words (e.g. 'river lamp orbit stone velvet'), or mix upper case, lower case, digits and punctuation — or let Evidence Kit generate one.</source>
            <translation>Ce mot de passe de dossier est trop facile à deviner : utilisez au moins {min_words} mots différents sans rapport entre eux (p. ex. « river lamp orbit stone velvet »), ou mélangez majuscules, minuscules, chiffres et ponctuation — ou laissez Evidence Kit en générer un.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="58" />
            <source>The bundled word list {path} is damaged ({count} distinct words, expected {expected}); reinstall Evidence Kit.</source>
            <translation>La liste de mots fournie {path} est endommagée ({count} mots distincts, {expected} attendus) ; réinstallez Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="67" />
            <source>A generated dossier password has {min} to {max} words (asked for {words}); fewer words are too easy to guess for the zip encryption.</source>
            <translation>Un mot de passe de dossier généré compte de {min} à {max} mots ({words} demandés) ; avec moins de mots, il serait trop facile à deviner pour le chiffrement zip.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="100" />
            <source>Use only Latin letters (a-z, A-Z), digits, spaces and common punctuation in a dossier password: the recipient may have another keyboard layout, and zip tools do not agree on how to encode other characters, so the dossier might not open.</source>
            <translation>N'utilisez dans un mot de passe de dossier que des lettres latines (a-z, A-Z), des chiffres, des espaces et la ponctuation courante : le destinataire peut avoir un autre clavier, et les outils zip ne codent pas tous les autres caractères de la même façon, si bien que le dossier pourrait ne pas s'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="105" />
            <source>The dossier password starts or ends with a space; spaces at the ends get lost when a password is read out or copied. Remove them.</source>
            <translation>Le mot de passe du dossier commence ou finit par une espace ; les espaces aux extrémités se perdent quand on dicte ou copie un mot de passe. Supprimez-les.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="130" />
            <source>This dossier password is too short ({length} characters): use at least {min_chars}, for example {min_words} or more unrelated words, or let Evidence Kit generate one.</source>
            <translation>Ce mot de passe de dossier est trop court ({length} caractères) : utilisez-en au moins {min_chars}, par exemple {min_words} mots ou plus sans rapport entre eux, ou laissez Evidence Kit en générer un.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="137" />
            <source>This dossier password repeats too few different characters to be hard to guess; use several unrelated words, or let Evidence Kit generate one.</source>
            <translation>Ce mot de passe de dossier répète trop peu de caractères différents pour être difficile à deviner ; utilisez plusieurs mots sans rapport entre eux, ou laissez Evidence Kit en générer un.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/passwords.py" line="53" />
            <source>The bundled word list {path} cannot be read; reinstall Evidence Kit.</source>
            <translation>La liste de mots fournie {path} est illisible ; réinstallez Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="46" />
            <source>No age public key (age1…) found.</source>
            <translation>Aucune clé publique age (age1…) trouvée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="75" />
            <source>Give the recipient a label (who they are), at most 200 characters.</source>
            <translation>Donnez un libellé au destinataire (qui il est), 200 caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="77" />
            <source>That is this vault's own age key; it is always added to exports.</source>
            <translation>C'est la propre clé age de ce coffre ; elle est toujours ajoutée aux exports.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="39" />
            <source>That is an age SECRET key. Ask the recipient for their public key (it starts with age1…); never share a secret key.</source>
            <translation>C'est une clé age SECRÈTE. Demandez au destinataire sa clé publique (elle commence par age1…) ; ne partagez jamais une clé secrète.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="84" />
            <source>A recipient with that key is already known as '{label}'.</source>
            <translation>Un destinataire avec cette clé est déjà enregistré sous « {label} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="102" />
            <source>No recipient '{label}' (see 'evidence-kit recipient list').</source>
            <translation>Aucun destinataire « {label} » (voir « evidence-kit recipient list »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="117" />
            <source>No recipient '{label}'. Add it first with 'evidence-kit recipient add FILE --label ...' (see 'recipient list').</source>
            <translation>Aucun destinataire « {label} ». Ajoutez-le d'abord avec « evidence-kit recipient add FILE --label ... » (voir « recipient list »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="44" />
            <source>'{start}…' is not an age X25519 public key (age1…).</source>
            <translation>« {start}… » n'est pas une clé publique age X25519 (age1…).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/recipients.py" line="82" />
            <source>A recipient with that label is already known as '{label}'.</source>
            <translation>Un destinataire porte déjà ce libellé : « {label} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="23" />
            <source>an exhibit</source>
            <translation>une pièce</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="23" />
            <source>a testimony</source>
            <translation>un témoignage</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="24" />
            <source>a source</source>
            <translation>une source</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="38" />
            <source>'{value}' is not a valid {what}; choose one of: {choices}.</source>
            <translation>« {value} » n'est pas une valeur valide pour « {what} » ; choisissez parmi : {choices}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="59" />
            <source>There is no case {case} in this vault (see 'evidence-kit case list').</source>
            <translation>Il n'y a pas d'affaire {case} dans ce coffre (voir « evidence-kit case list »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="69" />
            <source>'{ref}' is not an item code like E0001, T0001 or S0001.</source>
            <translation>« {ref} » n'est pas un code d'élément comme E0001, T0001 ou S0001.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="77" />
            <source>There is no item {ref} in case {case}.</source>
            <translation>Il n'y a pas d'élément {ref} dans l'affaire {case}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="85" />
            <source>{ref} is not {what}: give a code like {example}.</source>
            <translation>{ref} n'est pas {what} : indiquez un code comme {example}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/records.py" line="54" />
            <source>'{case}' is not a case number (try 'evidence-kit case list').</source>
            <translation>« {case} » n'est pas un numéro d'affaire (essayez « evidence-kit case list »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="66" />
            <source>The box {box} lies outside the {width}x{height} image.</source>
            <translation>Le cadre {box} se trouve hors de l'image de {width}x{height}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="84" />
            <source>Unknown redaction mode '{mode}'; use black or blur.</source>
            <translation>Mode de caviardage inconnu : « {mode} » ; utilisez black ou blur.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="101" />
            <source>{ref} is not an image; only images can be redacted here.</source>
            <translation>{ref} n'est pas une image ; seules les images peuvent être caviardées ici.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="41" />
            <source>The box {box} is empty or starts outside the image.</source>
            <translation>Le cadre {box} est vide ou commence hors de l'image.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/redact.py" line="38" />
            <source>'{box}' is not a box: use x,y,width,height in pixels.</source>
            <translation>« {box} » n'est pas un cadre : indiquez x,y,largeur,hauteur en pixels.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/build.py" line="71" />
            <source>Unsupported report language '{language}': use one of {choices}.</source>
            <translation>Langue de rapport non prise en charge : « {language} » ; utilisez l'une de : {choices}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/build.py" line="89" />
            <source>The report could not be made PDF/A-2b: {reason}</source>
            <translation>Le rapport n'a pas pu être produit en PDF/A-2b : {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="97" />
            <source>{where}: unknown source {source} (use 'answer', 'case.&lt;{fields}&gt;' or 'computed.&lt;name&gt;').</source>
            <translation>{where} : source inconnue {source} (utilisez « answer », « case.&lt;{fields}&gt; » ou « computed.&lt;name&gt; »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="39" />
            <source>{where} must be text or an object with at least 'en'.</source>
            <translation>{where} : doit être du texte ou un objet contenant au moins « en ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="104" />
            <source>{name} is not an Evidence Kit template ({format}).</source>
            <translation>{name} n'est pas un modèle Evidence Kit ({format}).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="188" />
            <source>The {title} template needs: {fields}. Fill them in, or export anyway and the report will say "not provided".</source>
            <translation>Le modèle « {title} » exige : {fields}. Remplissez ces champs, ou exportez quand même : le rapport indiquera « non fourni ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="115" />
            <source>{name} field '{field}'</source>
            <translation>{name}, champ « {field} »</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="136" />
            <source>There is no report template '{name}'.</source>
            <translation>Il n'y a pas de modèle de rapport « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="138" />
            <source>The report template {name} is not valid JSON: {reason}</source>
            <translation>Le modèle de rapport {name} n'est pas du JSON valide : {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="112" />
            <source>{name}: field id {field} is missing or repeated.</source>
            <translation>{name} : l'identifiant de champ {field} manque ou est répété.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="124" />
            <source>{name} title</source>
            <translation>{name}, titre</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="125" />
            <source>{name} intro</source>
            <translation>{name}, introduction</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/report/templates.py" line="121" />
            <source>{name} section</source>
            <translation>{name}, section</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="25" />
            <source>The dossier holds a file with an empty name.</source>
            <translation>Le dossier contient un fichier au nom vide.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="27" />
            <source>The dossier holds a file name that is too long: '{name}'.</source>
            <translation>Le dossier contient un nom de fichier trop long : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="29" />
            <source>The dossier holds a file name with control characters: '{name}'.</source>
            <translation>Le dossier contient un nom de fichier avec des caractères de contrôle : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="32" />
            <source>The dossier holds a file name with a backslash: '{name}'.</source>
            <translation>Le dossier contient un nom de fichier avec une barre oblique inverse : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="34" />
            <source>The dossier holds an absolute path: '{name}'.</source>
            <translation>Le dossier contient un chemin absolu : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="37" />
            <source>The dossier holds a path that climbs out of its folder: '{name}'.</source>
            <translation>Le dossier contient un chemin qui sort de son dossier : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="40" />
            <source>The dossier holds a path nested too deeply: '{name}'.</source>
            <translation>Le dossier contient un chemin trop profondément imbriqué : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="43" />
            <source>The dossier holds a reserved device name: '{name}'.</source>
            <translation>Le dossier contient un nom de périphérique réservé : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="45" />
            <source>The dossier holds a file name with unexpected characters: '{name}'.</source>
            <translation>Le dossier contient un nom de fichier avec des caractères inattendus : « {name} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="63" />
            <source>The dossier holds the same file as both '{first}' and '{second}'.</source>
            <translation>Le dossier contient le même fichier sous « {first} » et sous « {second} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="66" />
            <location filename="../../evidence_kit/safenames.py" line="72" />
            <source>The dossier holds '{name}' as both a file and a folder.</source>
            <translation>Le dossier contient « {name} » à la fois comme fichier et comme dossier.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/safenames.py" line="62" />
            <source>The dossier holds the same file twice.</source>
            <translation>Le dossier contient deux fois le même fichier.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="93" />
            <source>This vault has no record of sending dossier {dossier}.</source>
            <translation>Ce coffre n'a aucune trace de l'envoi du dossier {dossier}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="125" />
            <source>{path} is far too large to be {what}.</source>
            <translation>{path} est bien trop volumineux pour être {what}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="130" />
            <source>a receipt</source>
            <translation>un accusé de réception</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="138" />
            <source>{path} is not an Evidence Kit receipt this version knows.</source>
            <translation>{path} n'est pas un accusé de réception Evidence Kit que cette version connaît.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="145" />
            <source>a signature</source>
            <translation>une signature</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="149" />
            <source>The receipt is signed by a key this vault does not trust. Confirm the recipient's fingerprint, trust their key ('evidence-kit key trust'), and check again.</source>
            <translation>L'accusé de réception est signé par une clé à laquelle ce coffre ne fait pas confiance. Vérifiez l'empreinte du destinataire, faites confiance à sa clé (« evidence-kit key trust »), puis vérifiez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="122" />
            <source>Cannot read {path}: {reason}</source>
            <translation>Impossible de lire {path} : {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sent_records.py" line="136" />
            <source>{path} is not an Evidence Kit receipt.</source>
            <translation>{path} n'est pas un accusé de réception Evidence Kit.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="40" />
            <source>A source needs a title.</source>
            <translation>Une source doit avoir un titre.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="41" />
            <source>source kind</source>
            <translation>type de source</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="42" />
            <source>reliability grade (A-F)</source>
            <translation>note de fiabilité (A-F)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="43" />
            <source>credibility grade (1-6)</source>
            <translation>note de crédibilité (1-6)</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="50" />
            <source>A source URL must start with http:// or https://.</source>
            <translation>L'URL d'une source doit commencer par http:// ou https://.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="44" />
            <source>published date</source>
            <translation>date de publication</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="45" />
            <source>accessed date</source>
            <translation>date de consultation</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/sources.py" line="48" />
            <source>{field} must look like 2017-04-01.</source>
            <translation>Le champ « {field} » doit avoir la forme 2017-04-01.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="43" />
            <source>'{key}' must be text.</source>
            <translation>« {key} » doit être du texte.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="49" />
            <source>'{key}' must be a date like 2017-04-01 (got '{value}').</source>
            <translation>« {key} » doit être une date comme 2017-04-01 (reçu : « {value} »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="58" />
            <source>'incidents' must be a list of objects.</source>
            <translation>« incidents » doit être une liste d'objets.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="77" />
            <source>A testimony must be a JSON object.</source>
            <translation>Un témoignage doit être un objet JSON.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="80" />
            <source>Unknown key(s) in the testimony: {keys}. Allowed: {allowed}.</source>
            <translation>Clé(s) inconnue(s) dans le témoignage : {keys}. Autorisées : {allowed}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="85" />
            <source>'pseudonym' is empty: leave the key out to have one generated.</source>
            <translation>« pseudonym » est vide : omettez la clé pour qu'un pseudonyme soit généré.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="86" />
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="87" />
            <source>interview mode</source>
            <translation>mode d'entretien</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="91" />
            <source>'persons_present' must be a list of names or roles.</source>
            <translation>« persons_present » doit être une liste de noms ou de rôles.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="94" />
            <source>'read_back' must be true or false.</source>
            <translation>« read_back » doit valoir true ou false.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="109" />
            <source>{path} is too large for a testimony (over 8 MiB).</source>
            <translation>{path} est trop volumineux pour un témoignage (plus de 8 Mio).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="267" />
            <source>The pseudonym {pseudonym} is already another witness's; choose another.</source>
            <translation>Le pseudonyme {pseudonym} est déjà celui d'un autre témoin ; choisissez-en un autre.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="63" />
            <source>Unknown key(s) in incident {position}: {keys}.</source>
            <translation>Clé(s) inconnue(s) dans l'incident {position} : {keys}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="66" />
            <source>basis of knowledge</source>
            <translation>source de la connaissance</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="67" />
            <source>date precision</source>
            <translation>précision de la date</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/testimonies.py" line="113" />
            <source>{path} is not valid UTF-8 JSON: {reason}</source>
            <translation>{path} n'est pas du JSON UTF-8 valide : {reason}</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/text_redaction.py" line="29" />
            <source>A term to redact needs at least two characters.</source>
            <translation>Un terme à caviarder doit compter au moins deux caractères.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="94" />
            <source>Give the key a label: the person or organisation it belongs to.</source>
            <translation>Donnez un libellé à la clé : la personne ou l'organisation à qui elle appartient.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="96" />
            <source>The label is too long (at most {limit} characters).</source>
            <translation>Le libellé est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="105" />
            <source>'{text}' is not a key fingerprint: expected 20 hexadecimal characters such as 1A2B 3C4D 5E6F 7A8B 9C0D (see 'evidence-kit key list').</source>
            <translation>« {text} » n'est pas une empreinte de clé : 20 caractères hexadécimaux sont attendus, comme 1A2B 3C4D 5E6F 7A8B 9C0D (voir « evidence-kit key list »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="127" />
            <source>This key claims the id {key_id} of this vault's own key but is a different key. It was not trusted: it may be an attempt to impersonate you.</source>
            <translation>Cette clé prétend avoir l'identifiant {key_id} de la propre clé de ce coffre mais c'est une autre clé. Elle n'a pas été ajoutée aux clés de confiance : il peut s'agir d'une tentative d'usurper votre identité.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="132" />
            <source>A different key with the same key id {key_id} is already trusted as '{label}'. Nothing was changed. If the sender really has a new key, confirm it with them, then run 'evidence-kit key untrust' first.</source>
            <translation>Une autre clé avec le même identifiant {key_id} est déjà de confiance sous « {label} ». Rien n'a été modifié. Si l'expéditeur a vraiment une nouvelle clé, confirmez-le avec lui, puis lancez d'abord « evidence-kit key untrust ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="158" />
            <source>This vault's own key cannot be untrusted.</source>
            <translation>La propre clé de ce coffre ne peut pas être retirée des clés de confiance.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="126" />
            <source>This is this vault's own key; it is always trusted.</source>
            <translation>C'est la propre clé de ce coffre ; elle est toujours de confiance.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/trust.py" line="162" />
            <source>No trusted key has the fingerprint {fingerprint} (see 'evidence-kit key list').</source>
            <translation>Aucune clé de confiance n'a l'empreinte {fingerprint} (voir « evidence-kit key list »).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="40" />
            <source>The passphrase is too short: use at least {min_chars} characters (a few unrelated words are best).</source>
            <translation>La phrase secrète est trop courte : utilisez au moins {min_chars} caractères (quelques mots sans rapport entre eux, c'est le mieux).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="68" />
            <source>There is already a vault in {folder}.</source>
            <translation>Il y a déjà un coffre dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="70" />
            <source>{folder} is not empty; choose an empty or new folder.</source>
            <translation>{folder} n'est pas vide ; choisissez un dossier vide ou nouveau.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="87" />
            <source>No vault found in {folder}. Create one with 'evidence-kit init'.</source>
            <translation>Aucun coffre trouvé dans {folder}. Créez-en un avec « evidence-kit init ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="96" />
            <source>The vault's record database ({name}) is missing or empty: restore the vault from a backup.</source>
            <translation>La base des enregistrements du coffre ({name}) manque ou est vide : restaurez le coffre depuis une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="143" />
            <location filename="../../evidence_kit/vault.py" line="204" />
            <source>The vault is locked. Unlock it with your passphrase.</source>
            <translation>Le coffre est verrouillé. Déverrouillez-le avec votre phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="166" />
            <source>The disk is full: could not save the change to the vault's records. Free some space and retry.</source>
            <translation>Le disque est plein : impossible d'enregistrer la modification dans les enregistrements du coffre. Libérez de la place et réessayez.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/vault.py" line="169" />
            <source>Not allowed to save the change to the vault's records: its folder is read-only or protected.</source>
            <translation>Enregistrement de la modification dans les enregistrements du coffre non autorisé : son dossier est en lecture seule ou protégé.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="311" />
            <source>'{name}' cannot be a bag folder name: use letters, digits, '.', '_' and '-' only.</source>
            <translation>« {name} » ne peut pas être un nom de dossier bag : n'utilisez que des lettres, des chiffres, « . », « _ » et « - ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="321" />
            <source>'{name}' is not usable as a dossier file name in the instructions: avoid quotes, $, %, !, backslashes and slashes.</source>
            <translation>« {name} » n'est pas utilisable comme nom de fichier de dossier dans les instructions : évitez les guillemets, $, %, !, les barres obliques et les barres obliques inverses.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/verify_text.py" line="334" />
            <source>Unknown dossier envelope '{kind}'.</source>
            <translation>Enveloppe de dossier inconnue : « {kind} ».</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="207" />
            <source>AES key size must be 128, 192 or 256 bits.</source>
            <translation>La taille de clé AES doit être de 128, 192 ou 256 bits.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="209" />
            <source>force_wz_aes_version must be 1 or 2.</source>
            <translation>force_wz_aes_version doit valoir 1 ou 2.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="212" />
            <source>Use force_wz_aes_version or conditionally_include_crc, not both.</source>
            <translation>Utilisez force_wz_aes_version ou conditionally_include_crc, pas les deux.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="214" />
            <source>min_bytes_to_include_crc must be set, and at least 20.</source>
            <translation>min_bytes_to_include_crc doit être défini, et valoir au moins 20.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="216" />
            <source>min_bytes_to_include_crc needs conditionally_include_crc=True.</source>
            <translation>min_bytes_to_include_crc exige conditionally_include_crc=True.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="231" />
            <source>An encrypted archive needs a password: call setpassword() first.</source>
            <translation>Une archive chiffrée exige un mot de passe : appelez d'abord setpassword().</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="274" />
            <source>{name} uses an unknown AES key size.</source>
            <translation>{name} utilise une taille de clé AES inconnue.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="277" />
            <source>{name} is truncated: the archive is damaged.</source>
            <translation>{name} est tronqué : l'archive est endommagée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="282" />
            <source>Wrong password for {name}.</source>
            <translation>Mot de passe incorrect pour {name}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="293" />
            <source>Bad HMAC check for {name}: the encrypted data was altered or damaged (or the password is wrong).</source>
            <translation>Échec du contrôle HMAC pour {name} : les données chiffrées ont été modifiées ou endommagées (ou le mot de passe est incorrect).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="305" />
            <source>{name} is not AES-encrypted; refusing to read it.</source>
            <translation>{name} n'est pas chiffré en AES ; lecture refusée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="313" />
            <source>{name} is encrypted: a password is needed.</source>
            <translation>{name} est chiffré : un mot de passe est nécessaire.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/winzip_aes.py" line="352" />
            <location filename="../../evidence_kit/winzip_aes.py" line="357" />
            <source>FastAESZipFile only supports WinZip AES encryption.</source>
            <translation>FastAESZipFile ne prend en charge que le chiffrement WinZip AES.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="115" />
            <source>{ref} has no active consent for any body; nothing to withdraw.</source>
            <translation>{ref} n'a de consentement actif pour aucun organe ; rien à retirer.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="181" />
            <location filename="../../evidence_kit/withdrawal.py" line="183" />
            <source>the withdrawal notice</source>
            <translation>l'avis de retrait</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/withdrawal.py" line="113" />
            <source>{ref} has no active consent for {bodies}; nothing to withdraw.</source>
            <translation>{ref} n'a pas de consentement actif pour : {bodies} ; rien à retirer.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="129" />
            <source>{name} changed while it was being exported (size or CRC differs from the vault's record).</source>
            <translation>{name} a changé pendant l'export (la taille ou le CRC diffère de l'enregistrement du coffre).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="165" />
            <source>The dossier's inner archive is truncated.</source>
            <translation>L'archive interne du dossier est tronquée.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="195" />
            <source>The dossier holds too many files.</source>
            <translation>Le dossier contient trop de fichiers.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="197" />
            <source>'{name}' is compressed; dossiers store files uncompressed.</source>
            <translation>« {name} » est compressé ; les dossiers stockent les fichiers sans compression.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="200" />
            <source>'{name}' is encrypted inside the envelope, which export never does.</source>
            <translation>« {name} » est chiffré à l'intérieur de l'enveloppe, ce que l'export ne fait jamais.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="206" />
            <source>The header of '{name}' is not in the canonical form export writes (it was altered or made by another tool).</source>
            <translation>L'en-tête de « {name} » n'est pas sous la forme canonique qu'écrit l'export (il a été modifié ou produit par un autre outil).</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="210" />
            <source>'{name}' is out of order in the dossier's inner archive.</source>
            <translation>« {name} » n'est pas à sa place dans l'archive interne du dossier.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="225" />
            <source>'{name}' fails its CRC check: it was altered.</source>
            <translation>« {name} » échoue au contrôle CRC : il a été modifié.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="233" />
            <source>The dossier's inner archive directory does not match its files (first difference at byte {offset} of the directory): files were added, removed, renamed or overlap.</source>
            <translation>Le répertoire de l'archive interne du dossier ne correspond pas à ses fichiers (première différence à l'octet {offset} du répertoire) : des fichiers ont été ajoutés, supprimés, renommés ou se chevauchent.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="237" />
            <source>The dossier's inner archive has extra bytes after its end.</source>
            <translation>L'archive interne du dossier contient des octets en trop après sa fin.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="178" />
            <source>The dossier's inner archive has unexpected bytes at offset {offset}.</source>
            <translation>L'archive interne du dossier contient des octets inattendus à la position {offset}.</translation>
        </message>
        <message>
            <location filename="../../evidence_kit/zipcanon.py" line="192" />
            <source>The dossier holds a file name that is not valid UTF-8.</source>
            <translation>Le dossier contient un nom de fichier qui n'est pas de l'UTF-8 valide.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="55" />
            <source>{name} is too large to be a key file.</source>
            <translation>{name} est trop volumineux pour être un fichier de clé.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="52" />
            <source>Cannot read {name}: {reason}.</source>
            <translation>Impossible de lire {name} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="211" />
            <source>the key file</source>
            <translation>le fichier de clé</translation>
        </message>
        <message>
            <location filename="../../ui/workers.py" line="98" />
            <location filename="../../ui/workers.py" line="174" />
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>The dossier password is not correct.</source>
            <translation type="vanished">Le mot de passe du dossier est incorrect.</translation>
        </message>
        <message>
            <source>the signature file</source>
            <translation type="vanished">le fichier de signature</translation>
        </message>
    </context>
</TS>
